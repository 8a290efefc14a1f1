# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 95: when documents take effect and end, written every way offices write it.

Writes next to itself:
  blind95_fujian_tongzhi.docx / .pdf  福建省人民政府办公厅 闽政办〔2024〕31号, 成文日期 二〇二四年六月十八日:
      印发 行动方案（2024—2026年）(period only in the title) + 若干措施 ("自印发之日起实施，有效期3年")
  blind95_xiamen_banfa.docx / .pdf    厦门片区管委会 厦自贸委〔2024〕17号: 印发 办法（试行）("自发布之日起30日后施行，试行期两年")
      + 细则 ("自2025年1月1日起施行，" | page break | "有效期至2027年12月31日。")
  blind95_fuzhou_buchong.docx / .pdf  福州市人民政府办公厅 榕政办〔2025〕21号: 补充通知 extending another
      document (执行期限为2024年7月1日至2026年6月30日) "延长至2027年12月31日"; a new item whose 施行日期另行公布;
      "本通知自印发之日起施行，此前规定与本通知不一致的，以本通知为准"
and expected.json.  All numbers and details are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
S2, S3, S4 = Pt(22), Pt(16), Pt(14)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=S3, align=None, indent=True, bold=False, color=None, before=0, after=0, line=Pt(28.9)):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = line
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """parts: list of (text, font)."""
    p = para(doc, indent=indent)
    for t, f in parts:
        set_font(p.add_run(t), f, S3)
    return p


def rule(doc, color="E60012", sz=12, space_after=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); ppr.append(bdr)
    return p


def top_border_para(doc, text, sz=8, bottom=False, tabs=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (["top", "bottom"] if bottom else ["top"]):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)
    if tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
    set_font(p.add_run(text), FS, S4)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", S4)
    r = fp.add_run(); set_font(r, "宋体", S4); add_field(r, "PAGE")
    set_font(fp.add_run(" —"), "宋体", S4)
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = S3
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def banhead(doc, organ, number, signer=None, corner=None):
    if corner:
        para(doc, corner, font=HT, size=S3, indent=False)
    para(doc, "", indent=False, line=Pt(40))
    p = para(doc, organ, font=XBS, size=Pt(42 if len(organ) <= 8 else (30 if len(organ) <= 12 else 19)), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=Pt(60))
    para(doc, "", indent=False)
    if signer:
        p = para(doc, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
        set_font(p.add_run(number), FS, S3)
        set_font(p.add_run("\t签发人："), FS, S3)
        set_font(p.add_run(signer), KT, S3)
    else:
        para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(doc, sz=18, space_after=12)


def title(doc, lines):
    para(doc, "", indent=False)
    for l in lines:
        para(doc, l, font=XBS, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(35))
    para(doc, "", indent=False)


def signoff(doc, organs, date):
    para(doc, "", indent=False); para(doc, "", indent=False)
    for o in organs:
        p = para(doc, o, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, cc, printer, pdate):
    page_break(doc)
    for _ in range(14):
        para(doc, "", indent=False)
    top_border_para(doc, cc, sz=12)
    p = top_border_para(doc, "", sz=6, bottom=True, tabs=True)
    set_font(p.add_run(printer), FS, S4)
    set_font(p.add_run("\t" + pdate), FS, S4)


def body(doc, items):
    """items: strings; prefix markers '#H ' 黑体 heading, '#K ' 楷体 heading, '#C ' centered 黑体 (章), '#T ' 标题 line."""
    for s in items:
        if s.startswith("#H "):
            para(doc, s[3:], font=HT)
        elif s.startswith("#K "):
            para(doc, s[3:], font=KT)
        elif s.startswith("#C "):
            para(doc, s[3:], font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
        elif s.startswith("#A "):  # 第X条 with 黑体 label
            lab, rest = s[3:].split(" ", 1)
            mixed(doc, [(lab + "　", HT), (rest, FS)])
        elif s.startswith("#KB "):  # （一）heading run-in
            lab, rest = s[4:].split("|", 1)
            mixed(doc, [(lab, KT), (rest, FS)])
        else:
            para(doc, s)


def table(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.width = Mm(widths[i])
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(h), HT, S4)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].width = Mm(widths[i])
            set_font(cells[i].paragraphs[0].add_run(v), FS, S4)
    return t


def attach_head(doc, n):
    para(doc, "附件" + n if n else "附件", font=HT, indent=False)
    para(doc, "", indent=False)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)



EXPECTED = {}


def clean(items):
    out = []
    for s in items:
        if s.startswith("#KB "):
            out.append(s[4:].replace("|", ""))
        elif s.startswith("#A "):
            lab, rest = s[3:].split(" ", 1)
            out.append(lab + "　" + rest)
        elif s.startswith("#"):
            out.append(s[3:])
        else:
            out.append(s)
    return out


def attach_list(doc, titles):
    for i, t in enumerate(titles):
        lead = "附件：" if i == 0 else "　　　"
        para(doc, lead + "%d.%s" % (i + 1, t), indent=True)


# ---------------------------------------------------------------- (a) 福建 闽政办〔2024〕31号
FJ_A1 = "福建自贸试验区深度融入共建“一带一路”行动方案（2024—2026年）"
FJ_A2 = "福建省支持自贸试验区拓展“丝路海运”“丝路电商”若干措施"
FJ_TITLE = "福建省人民政府办公厅关于印发福建自贸试验区深度融入共建“一带一路”行动方案（2024—2026年）和支持自贸试验区拓展“丝路海运”“丝路电商”若干措施的通知"
fj_notice = [
    "《" + FJ_A1 + "》《" + FJ_A2 + "》已经省人民政府同意，现印发给你们，请认真组织实施。",
]
fj_a1 = [
    "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，发挥中国（福建）自由贸易试验区（以下简称福建自贸试验区）和21世纪海上丝绸之路核心区叠加优势，制定本行动方案。",
    "#H 一、主要目标",
    "到2026年，福建自贸试验区对共建“一带一路”国家进出口额达到4200亿元，“丝路海运”命名航线达到160条，跨境电商进出口额年均增长15%以上，新增制度创新成果80项。",
    "#H 二、重点行动",
    "#KB （一）海上通道提升行动。|以福州港、厦门港为枢纽，加密至东南亚、南亚、中东和地中海的集装箱航线，推动“丝路海运”联盟扩容至400家成员单位。",
    "#KB （二）丝路电商拓展行动。|在福州、厦门片区建设“丝路电商”综合服务平台，支持企业在共建国家布局海外仓30个以上。",
    "#KB （三）闽台融合开放行动。|深化对台货物贸易和服务贸易便利化，探索台胞台企参与共建“一带一路”合作新路径。",
    "#KB （四）制度型开放行动。|对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在数字贸易、知识产权、政府采购等领域开展压力测试。",
    "#H 三、保障措施",
    "省自贸办会同省直有关部门建立任务清单和年度评估机制，各片区管委会每季度报送行动进展情况。",
]
fj_a2 = [
    "一、对新开通并纳入“丝路海运”命名的国际集装箱航线，年度完成航次不少于40个的，给予航线运营企业每条航线一次性奖励150万元。",
    "二、对福建自贸试验区内企业新建面积5000平方米以上的“丝路电商”海外仓，按实际投资额的15%给予补助，单个项目最高300万元。",
    "三、对年度跨境电商出口额首次超过5000万元的企业，给予一次性奖励30万元；首次超过1亿元的，给予一次性奖励60万元。",
    "四、支持金融机构为“丝路海运”“丝路电商”企业提供出口信用保险保单融资，省级财政按实际保费的30%给予补贴。",
    "五、本措施所需资金从省级商务发展专项资金中列支，与其他同类政策不重复享受。",
    "六、本措施由省商务厅负责解释，自印发之日起实施，有效期3年。",
]


def make_fujian():
    doc = Document(); setup(doc)
    banhead(doc, "福建省人民政府办公厅", "闽政办〔2024〕31号")
    title(doc, ["福建省人民政府办公厅关于印发", "福建自贸试验区深度融入共建“一带一路”", "行动方案（2024—2026年）和支持自贸试验区", "拓展“丝路海运”“丝路电商”若干措施的通知"])
    para(doc, "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校：", indent=False)
    body(doc, fj_notice)
    para(doc, "", indent=False)
    attach_list(doc, ["福建自贸试验区深度融入共建“一带一路”行动方案（2024—2026年）", FJ_A2])
    signoff(doc, ["福建省人民政府办公厅"], "二〇二四年六月十八日")
    para(doc, "（此件主动公开）")
    page_break(doc)
    attach_head(doc, "1")
    title(doc, ["福建自贸试验区深度融入共建“一带一路”", "行动方案（2024—2026年）"])
    body(doc, fj_a1)
    page_break(doc)
    attach_head(doc, "2")
    title(doc, ["福建省支持自贸试验区拓展", "“丝路海运”“丝路电商”若干措施"])
    body(doc, fj_a2)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。", "福建省人民政府办公厅", "2024年6月19日印发")
    save(doc, "blind95_fujian_tongzhi")


EXPECTED["blind95_fujian_tongzhi"] = [
    {
        "meta": {"title": FJ_TITLE, "doc_number": "闽政办〔2024〕31号", "issuer": ["福建省人民政府办公厅"], "date": "2024-06-18", "printed": "2024-06-19",
                 "level": "provincial", "region": "福建省", "effective": None, "expires": None, "attachments": [FJ_A1, FJ_A2], "doc_type": "通知（印发）"},
        "clauses": clean(fj_notice),
        "_note": "成文日期 is written in Chinese numerals '二〇二四年六月十八日' in the 落款 → date 2024-06-18 (NOT the 印发 date 2024-06-19 from the 版记, and not empty). The notice itself states no period: effective/expires null (effective 2024-06-18 tolerable). Furniture: 版头, 文号, red rule, 4-line title, 主送, 附件说明 (two numbered items), 落款, （此件主动公开）, '附件1'/'附件2' labels and attachment titles, 版记, footer page numbers.",
    },
    {
        "meta": {"title": FJ_A1, "doc_number": None, "issuer": ["福建省人民政府办公厅"], "date": "2024-06-18", "level": "provincial", "region": "福建省",
                 "effective": "2024-01-01", "expires": "2026-12-31", "attachments": [], "doc_type": "行动方案", "parent": "闽政办〔2024〕31号"},
        "clauses": clean(fj_a1),
        "_note": "The period is given ONLY in the title '（2024—2026年）' — no sentence in the text. An analyst reads effective 2024-01-01 and expires 2026-12-31 (computed from the years in the title: 1 Jan of the first year, 31 Dec of the last). Tolerable: effective 2024-06-18 (成文 date, since it cannot apply before it was issued) with expires 2026-12-31; wrong: expires null. '到2026年' in 一、 is a target, consistent with the title. （一）–（四） are run-in headings: one clause each.",
    },
    {
        "meta": {"title": FJ_A2, "doc_number": None, "issuer": ["福建省人民政府办公厅"], "date": "2024-06-18", "level": "provincial", "region": "福建省",
                 "effective": "2024-06-18", "expires": "2027-06-17", "attachments": [], "doc_type": "若干措施", "parent": "闽政办〔2024〕31号"},
        "clauses": clean(fj_a2),
        "_note": "Item 六 '自印发之日起实施，有效期3年': 印发之日 is the date of the 印发 notice's 落款 (成文日期 二〇二四年六月十八日 = 2024-06-18) → effective 2024-06-18; 3 years inclusive → expires 2027-06-17 (2024-06-18 + 3 years − 1 day). Tolerable: expires 2027-06-18 (off by one); effective 2024-06-19 (the 版记 印发 date) is tolerable-but-worse. Wrong: null. Items 一、–六、 are clauses (not headings).",
    },
]

# ---------------------------------------------------------------- (b) 厦门片区 厦自贸委〔2024〕17号
XM_A1 = "中国（福建）自由贸易试验区厦门片区“丝路海运”国际航线培育扶持办法（试行）"
XM_A2 = "厦门片区“丝路海运”国际航线培育扶持资金申报审核细则"
XM_TITLE = "中国（福建）自由贸易试验区厦门片区管理委员会关于印发《中国（福建）自由贸易试验区厦门片区“丝路海运”国际航线培育扶持办法（试行）》及申报审核细则的通知"
xm_notice = [
    "为推动“丝路海运”高质量发展，加快建设厦门国际航运中心，我委制定了《" + XM_A1 + "》和《" + XM_A2 + "》，现印发给你们，请遵照执行。",
]
xm_a1 = [
    "#A 第一条 为培育厦门港至共建“一带一路”国家和地区的国际集装箱航线，提升“丝路海运”品牌影响力，根据《福建省支持自贸试验区拓展“丝路海运”“丝路电商”若干措施》等规定，结合厦门片区实际，制定本办法。",
    "#A 第二条 本办法适用于在厦门片区内依法注册、具有独立法人资格，经营厦门港国际集装箱班轮航线的航运企业及其代理企业。",
    "#A 第三条 对新开通至共建“一带一路”国家和地区港口、且纳入“丝路海运”命名的国际集装箱航线，首年完成航次不少于26个的，给予运营企业80万元奖励；完成航次不少于52个的，给予150万元奖励。",
    "#A 第四条 对在厦门港年度新增外贸集装箱吞吐量1万标箱以上的航运企业，按新增量每标箱30元给予奖励，单个企业年度奖励不超过300万元。",
    "#A 第五条 同一航线不得同时享受本办法和厦门市其他同类扶持政策，企业可按“就高不重复”原则选择申报。",
    "#A 第六条 扶持资金的申报、审核和拨付程序按照《" + XM_A2 + "》执行。",
    "#A 第七条 对弄虚作假骗取扶持资金的企业，追回已拨付资金，三年内取消其申报资格，并依法依规纳入失信记录。",
    "#A 第八条 本办法由厦门片区管委会负责解释。",
    "#A 第九条 本办法自发布之日起30日后施行，试行期两年。",
]
xm_a2_pre = [
    "#A 第一条 为规范“丝路海运”国际航线培育扶持资金的申报审核工作，根据《" + XM_A1 + "》，制定本细则。",
    "#A 第二条 扶持资金每年集中申报一次，申报时间为每年3月1日至3月31日，申报上一年度符合条件的事项。",
    "#A 第三条 申报企业通过厦门片区“丝路海运”综合服务平台提交申请表、航次证明、吞吐量统计等材料，并对材料真实性负责。",
    "#A 第四条 厦门片区管委会会同厦门港口管理局、厦门海关对申报材料进行审核，必要时委托第三方机构开展专项审计。",
    "#A 第五条 审核结果在厦门片区门户网站公示5个工作日，公示无异议的，按程序拨付资金。",
]
XM_LAST_A = "第六条　本细则自2025年1月1日起施行，"
XM_LAST_B = "有效期至2027年12月31日。"


def make_xiamen():
    doc = Document(); setup(doc)
    banhead(doc, "中国（福建）自由贸易试验区厦门片区管理委员会", "厦自贸委〔2024〕17号")
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "管理委员会关于印发《中国（福建）自由", "贸易试验区厦门片区“丝路海运”国际", "航线培育扶持办法（试行）》及申报", "审核细则的通知"])
    para(doc, "片区各部门，厦门港口管理局，各有关航运企业：", indent=False)
    body(doc, xm_notice)
    para(doc, "", indent=False)
    attach_list(doc, [XM_A1, XM_A2])
    signoff(doc, ["中国（福建）自由贸易试验区", "厦门片区管理委员会"], "2024年9月10日")
    para(doc, "（此件主动公开）")
    page_break(doc)
    attach_head(doc, "1")
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "“丝路海运”国际航线培育扶持办法（试行）"])
    body(doc, xm_a1)
    page_break(doc)
    attach_head(doc, "2")
    title(doc, ["厦门片区“丝路海运”国际航线培育扶持", "资金申报审核细则"])
    body(doc, xm_a2_pre)
    # last article broken across a page break inside the paragraph
    p = para(doc)
    set_font(p.add_run("第六条　"), HT, S3)
    set_font(p.add_run(XM_LAST_A[4:]), FS, S3)
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run(XM_LAST_B), FS, S3)
    banji(doc, "抄送：厦门市人民政府办公厅，福建省自贸办，厦门海关。", "中国（福建）自由贸易试验区厦门片区管理委员会办公室", "2024年9月11日印发")
    save(doc, "blind95_xiamen_banfa")


EXPECTED["blind95_xiamen_banfa"] = [
    {
        "meta": {"title": XM_TITLE, "doc_number": "厦自贸委〔2024〕17号", "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"], "date": "2024-09-10", "printed": "2024-09-11",
                 "level": "municipal", "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）", "effective": None, "expires": None, "attachments": [XM_A1, XM_A2], "doc_type": "通知（印发）"},
        "clauses": clean(xm_notice),
        "_note": "Issuer is the 片区管委会 (a 厦门市-level body; level municipal, 'other' tolerable), its name is long and the 落款 breaks it over two lines ('中国（福建）自由贸易试验区' / '厦门片区管理委员会') — must be rejoined. 版记 印发机关 is the 管委会办公室, not an issuer. Notice states no period of its own: effective/expires null (2024-09-10 tolerable).",
    },
    {
        "meta": {"title": XM_A1, "doc_number": None, "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"], "date": "2024-09-10", "level": "municipal", "region": "福建省厦门市（厦门片区）",
                 "effective": "2024-10-10", "expires": "2026-10-09", "attachments": [], "doc_type": "办法（试行）", "parent": "厦自贸委〔2024〕17号"},
        "clauses": clean(xm_a1),
        "_note": "第九条 '本办法自发布之日起30日后施行，试行期两年': 发布之日 = 2024-09-10 (the notice's 成文日期; the 版记 印发 date 2024-09-11 is tolerable as 发布) → effective 2024-09-10 + 30 days = 2024-10-10 (2024-10-11 tolerable by the 'after the 30th day' reading). 试行期两年 counted from the effective date → expires 2026-10-09 (2026-10-10 tolerable). Wrong: effective 2024-09-10 (ignoring '30日后') or expires null. Citation of 《福建省…若干措施》 in 第一条 is not this doc's title/number.",
    },
    {
        "meta": {"title": XM_A2, "doc_number": None, "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"], "date": "2024-09-10", "level": "municipal", "region": "福建省厦门市（厦门片区）",
                 "effective": "2025-01-01", "expires": "2027-12-31", "attachments": [], "doc_type": "细则", "parent": "厦自贸委〔2024〕17号"},
        "clauses": clean(xm_a2_pre) + [XM_LAST_A + XM_LAST_B],
        "_note": "第六条 is ONE paragraph with a hard page break inside it: '本细则自2025年1月1日起施行，' on one page, '有效期至2027年12月31日。' on the next (in the PDF the footer page number sits between). Must be one clause, not two, and the footer '— N —' must not get inside it; expires 2027-12-31 must still be read. The 细则's start 2025-01-01 is later than its 成文 date; the 办法 it serves starts 2024-10-10. 第二条's '每年3月1日至3月31日' is an application window, not a period of validity.",
    },
]

# ---------------------------------------------------------------- (c) 福州 榕政办〔2025〕21号 补充通知
FZ_OLD = "福州市进一步支持中国（福建）自由贸易试验区福州片区服务共建“一带一路”若干措施"
FZ_TITLE = "福州市人民政府办公厅关于延长《" + FZ_OLD + "》执行期限的补充通知"
fz_body = [
    "《福州市人民政府办公厅关于印发〈" + FZ_OLD + "〉的通知》（榕政办规〔2024〕6号，以下简称《若干措施》）执行期限为2024年7月1日至2026年6月30日。为保持政策连续性和稳定性，进一步发挥福州片区在共建“一带一路”中的开放平台作用，经市人民政府同意，现就有关事项补充通知如下：",
    "#H 一、延长执行期限",
    "《若干措施》执行期限延长至2027年12月31日。在延长期内，《若干措施》的奖补标准、申报程序等继续按原规定执行。",
    "#H 二、调整部分条款",
    "将《若干措施》第五条中“对新开通至共建‘一带一路’国家的国际货运航线，每条给予一次性奖励100万元”调整为“对新开通至共建‘一带一路’国家的国际货运航线，每条给予一次性奖励150万元，其中至中亚、西亚国家的航线给予200万元”。",
    "#H 三、增加支持事项",
    "在《若干措施》中增加一条，作为第十二条：“支持福州片区企业开展跨境数据流动试点，对纳入国家数据出境安全管理试点的企业，给予一次性奖励50万元。”该条施行日期另行公布。",
    "#H 四、其他事项",
    "本通知自印发之日起施行，此前规定与本通知不一致的，以本通知为准。",
]


def make_fuzhou():
    doc = Document(); setup(doc)
    banhead(doc, "福州市人民政府办公厅", "榕政办〔2025〕21号")
    title(doc, ["福州市人民政府办公厅关于延长《福州市进一步", "支持中国（福建）自由贸易试验区福州片区", "服务共建“一带一路”若干措施》", "执行期限的补充通知"])
    para(doc, "各县（市）区人民政府，高新区管委会，市直各委、办、局（公司），福州片区管委会：", indent=False)
    body(doc, fz_body)
    signoff(doc, ["福州市人民政府办公厅"], "2025年3月12日")
    para(doc, "（此件主动公开）")
    banji(doc, "抄送：省商务厅，省自贸办。", "福州市人民政府办公厅", "2025年3月13日印发")
    save(doc, "blind95_fuzhou_buchong")


EXPECTED["blind95_fuzhou_buchong"] = [
    {
        "meta": {"title": FZ_TITLE, "doc_number": "榕政办〔2025〕21号", "issuer": ["福州市人民政府办公厅"], "date": "2025-03-12", "printed": "2025-03-13",
                 "level": "municipal", "region": "福建省福州市", "effective": "2025-03-12", "expires": None, "attachments": [], "doc_type": "补充通知",
                 "amends": "榕政办规〔2024〕6号"},
        "clauses": clean(fz_body),
        "_note": "effective 2025-03-12 from 四、 '本通知自印发之日起施行' (印发之日 = 成文 date in the 落款; 2025-03-13 from the 版记 tolerable). expires null: this notice gives no end of its own. TRAPS: (1) '执行期限为2024年7月1日至2026年6月30日' in the preamble is the ORIGINAL period of the OTHER document (榕政办规〔2024〕6号) — must not become this notice's effective/expires; (2) '延长至2027年12月31日' is the new end of the OTHER document — reading expires 2027-12-31 for this notice is tolerable (it amends that document and lapses with it) but 2026-06-30 is wrong; (3) '该条施行日期另行公布' concerns only the new 第十二条 — no date; it must not null out or shift the notice's effective date. 文号 is 榕政办〔2025〕21号, not the cited 榕政办规〔2024〕6号; title contains nested 《》 and the body nested 〈〉 — the title is this notice's own. Headings 一、–四、 are heading-kind; their following paragraphs are the clauses.",
    },
]

if __name__ == "__main__":
    make_fujian(); make_xiamen(); make_fuzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
