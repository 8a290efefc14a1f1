# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 92: documents whose status an analyst must not miss.

Writes next to itself:
  blind92_hubei_zqyj.docx / .pdf     湖北省商务厅 公开征求意见的通知 + 办法（征求意见稿） + 起草说明
  blind92_sichuan_shixing.docx / .pdf 四川省商务厅 四川省财政厅 印发 支持办法（试行），有效期2年
  blind92_shandong_dafu.docx / .pdf  山东省商务厅 对省十四届人大二次会议第0315号代表建议的答复（A类）
and expected.json.  All numbers, names and details are fictional.
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
    p = para(doc, organ, font=XBS, size=Pt(42 if len(organ) <= 8 else 30), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=Pt(60))
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

# ---------------------------------------------------------------- 1 湖北 征求意见
HB_DRAFT_TITLE = "中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）"
hb_notice = [
    "为深入贯彻落实党中央、国务院关于高水平建设自由贸易试验区的决策部署，推动中国（湖北）自由贸易试验区离岸贸易创新发展，更好服务“一带一路”建设和中欧班列（武汉）拓展国际市场，我厅会同有关部门起草了《中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）》（以下简称《办法》），现向社会公开征求意见。有关事项通知如下：",
    "#H 一、征求意见时间",
    "2024年8月21日至2024年9月20日。意见反馈截止时间为2024年9月20日（星期五）17:00，逾期不再受理。",
    "#H 二、意见反馈方式",
    "#KB （一）电子邮件。|请将意见建议发送至hbftz_lanmao@hubei-sw.example.cn，邮件主题请注明“离岸贸易办法意见反馈”。",
    "#KB （二）信函。|请寄至武汉市武昌区中北路某号湖北省商务厅自贸试验区工作处（邮编430071），并在信封上注明“离岸贸易办法意见反馈”字样，以邮戳日期为准。",
    "#KB （三）传真。|传真号码：027-87000315。",
    "#H 三、有关要求",
    "请在反馈意见时注明单位名称（或姓名）及联系方式，并对修改意见说明理由。我厅将认真研究吸收各方面意见，不再逐一反馈。",
    "附件：1.中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）",
    "　　　2.《中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）》起草说明",
]
hb_draft = [
    "#C 第一章　总　　则",
    "#A 第一条 为推动中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）离岸贸易规范创新发展，支持企业依托中欧班列（武汉）和“一带一路”沿线市场拓展国际业务，根据《中华人民共和国对外贸易法》《中国（湖北）自由贸易试验区条例》等有关规定，结合本省实际，制定本办法。",
    "#A 第二条 本办法适用于在湖北自贸试验区武汉片区、襄阳片区、宜昌片区依法登记注册，开展离岸转手买卖、全球采购、委托境外加工等新型离岸国际贸易业务的企业。",
    "#A 第三条 省商务厅负责统筹推进湖北自贸试验区离岸贸易发展工作；中国人民银行湖北省分行、国家外汇管理局湖北省分局、武汉海关等部门按照职责分工做好相关工作；各片区管委会负责本片区离岸贸易企业培育和日常服务。",
    "#C 第二章　支持措施",
    "#A 第四条 建立离岸贸易重点企业名单制度。符合下列条件之一的企业，可申请纳入名单：",
    "（一）上一年度离岸贸易结算额达到2000万美元以上的；",
    "（二）与“一带一路”沿线国家和地区开展离岸贸易业务、年度结算额达到800万美元以上的；",
    "（三）经片区管委会推荐、具有较强国际供应链组织能力的。",
    "#A 第五条 鼓励辖内银行为名单内企业提供便利化结算服务，在真实合规前提下简化单证审核流程，对优质企业实行“白名单”管理。",
    "#A 第六条 对名单内企业年度离岸贸易结算额较上年增长部分，按每1美元奖励人民币0.01元的标准给予支持，单个企业年度支持金额最高不超过200万元。",
    "#A 第七条 支持片区建设离岸贸易综合服务平台，集成物流、资金流、订单信息核验功能，对平台建设运营费用给予不超过实际投入30%的补助，最高不超过500万元。",
    "#C 第三章　监督管理",
    "#A 第八条 企业应当如实报送离岸贸易业务数据，对提供虚假材料骗取支持资金的，追回已拨付资金，并按照有关规定纳入失信记录。",
    "#A 第九条 省商务厅会同有关部门建立离岸贸易运行监测机制，每半年开展一次评估。",
    "#C 第四章　附　　则",
    "#A 第十条 本办法由省商务厅负责解释。",
    "#A 第十一条 本办法自　　年　　月　　日起施行，有效期5年。",
]
hb_note = [
    "#H 一、起草背景",
    "近年来，湖北自贸试验区离岸贸易业务规模逐步扩大，2023年三个片区离岸贸易结算额约18.6亿美元，但仍存在企业认定标准不统一、结算便利度不高等问题，亟需出台专门政策予以规范和支持。",
    "#H 二、起草过程",
    "2024年3月以来，我厅赴武汉、襄阳、宜昌三个片区开展调研，召开企业和金融机构座谈会6场，书面征求了省直有关部门意见，形成了征求意见稿。",
    "#H 三、主要内容",
    "《办法》共4章11条，主要包括总则、支持措施、监督管理和附则，重点明确了重点企业名单制度、结算便利化措施、资金支持标准和监督管理要求。",
]


def make_hubei():
    doc = Document(); setup(doc)
    banhead(doc, "湖北省商务厅", "鄂商务函〔2024〕87号")
    title(doc, ["湖北省商务厅关于公开征求《中国（湖北）", "自由贸易试验区离岸贸易发展促进办法", "（征求意见稿）》意见的通知"])
    para(doc, "各有关单位、社会各界人士：", indent=False)
    body(doc, hb_notice)
    signoff(doc, ["湖北省商务厅"], "2024年8月21日")
    para(doc, "（此件公开发布）")
    page_break(doc)
    attach_head(doc, "1")
    title(doc, ["中国（湖北）自由贸易试验区", "离岸贸易发展促进办法", "（征求意见稿）"])
    body(doc, hb_draft)
    page_break(doc)
    attach_head(doc, "2")
    title(doc, ["《中国（湖北）自由贸易试验区离岸贸易", "发展促进办法（征求意见稿）》起草说明"])
    body(doc, hb_note)
    banji(doc, "抄送：商务部自贸区港司，省人民政府办公厅。", "湖北省商务厅办公室", "2024年8月21日印发")
    save(doc, "blind92_hubei_zqyj")


def clean(items):
    out = []
    for s in items:
        if s.startswith("#A "):
            lab, rest = s[3:].split(" ", 1); out.append(lab + "　" + rest)
        elif s.startswith("#KB "):
            out.append(s[4:].replace("|", ""))
        elif s.startswith("#"):
            out.append(s[3:])
        else:
            out.append(s.strip("　"))
    return out


EXPECTED["blind92_hubei_zqyj"] = [
    {
        "meta": {
            "title": "湖北省商务厅关于公开征求《中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）》意见的通知",
            "doc_number": "鄂商务函〔2024〕87号",
            "issuer": ["湖北省商务厅"],
            "date": "2024-08-21",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "feedback_deadline": "2024-09-20",
            "status": "征求意见通知 (consultation notice): the notice itself is in effect only as a call for comments; comment window 2024-08-21 to 2024-09-20 17:00",
            "attachments": [
                "中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）",
                "《中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）》起草说明",
            ],
            "doc_type": "通知",
        },
        "clauses": clean(hb_notice[:-2]),
        "_note": "Furniture: 版头 湖北省商务厅, 文号 line, red rule, 主送 各有关单位、社会各界人士, 附件说明 (goes to meta.attachments), 落款 + date, （此件公开发布）, 版记 抄送/印发, page numbers. The title ends in 意见的通知, NOT in （征求意见稿） — the notice is not the draft. An analyst must see the 反馈截止 2024-09-20. Headings 一、二、三、 may be labels/headings rather than clauses; tolerable.",
    },
    {
        "meta": {
            "title": HB_DRAFT_TITLE,
            "doc_number": None,
            "issuer": ["湖北省商务厅"],
            "date": "2024-08-21",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "status": "draft (征求意见稿): NOT in force; 第十一条 leaves the 施行 date blank (本办法自　年　月　日起施行) and the 有效期5年 has no start, so effective/expires must stay empty",
            "attachments": [],
            "parent": "湖北省商务厅关于公开征求…意见的通知 附件1",
        },
        "clauses": clean(hb_draft),
        "_note": "附件1 of the notice. 第X章 headings are structure, not clauses (tolerable either way). Items （一）（二）（三） of 第四条 may be split as sub-clauses of 第四条 or kept inside it. Must NOT take 2024-08-21 or any date as effective; must NOT present these articles as binding rules without a draft flag. Reading it as part of the notice is tolerable only if status/draft is visible.",
    },
    {
        "meta": {
            "title": "《中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）》起草说明",
            "doc_number": None,
            "issuer": ["湖北省商务厅"],
            "date": "2024-08-21",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "status": "explanatory note to a draft; not normative",
            "attachments": [],
        },
        "clauses": clean(hb_note),
        "_note": "附件2. Explanatory text, could be merged with the draft's document; 版记 at the end (抄送 商务部自贸区港司…, 湖北省商务厅办公室 2024年8月21日印发) must not become a clause.",
    },
]

# ---------------------------------------------------------------- 2 四川 试行
SC_TITLE = "中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）"
sc_notice = [
    "为贯彻落实《国务院关于印发全面对接国际高标准经贸规则推进中国（四川）自由贸易试验区高水平制度型开放若干措施的通知》精神，加快推进中国（四川）自由贸易试验区协同改革先行区建设，积极融入共建“一带一路”和西部陆海新通道建设，省商务厅、省财政厅研究制定了《中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向省商务厅、省财政厅反映。",
    "附件：中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）",
]
sc_rules_a = [
    "#A 第一条 为发挥中国（四川）自由贸易试验区（以下简称四川自贸试验区）改革开放试验田作用，支持协同改革先行区（以下简称先行区）开展差别化探索，服务共建“一带一路”高质量发展，根据国家和省有关规定，制定本办法。",
    "#A 第二条 本办法所称先行区，是指经省人民政府同意、由省自贸试验区工作领导小组办公室认定的协同改革先行区，包括德阳、资阳、眉山、绵阳、宜宾、泸州等地先行区。",
    "#A 第三条 省级财政每年从商务发展专项资金中安排资金，用于支持先行区制度创新、开放平台建设和外向型产业发展。资金分配采取因素法和项目法相结合的方式。",
    "#A 第四条 支持先行区复制推广四川自贸试验区改革试点经验。先行区每年形成并经省级认定的制度创新成果，按照下表标准给予一次性奖励：",
]
sc_table_h = ["成果类型", "认定层级", "奖励标准（万元/项）"]
sc_table_r = [
    ["首创性制度创新成果", "国务院或国家部委复制推广", "100"],
    ["首创性制度创新成果", "省级复制推广", "30"],
    ["服务“一带一路”建设典型案例", "省级认定", "20"],
]
sc_rules_b = [
    "#A 第五条 支持先行区建设中欧班列集结点、陆港型国家物流枢纽、跨境电商综合服务平台等开放平台，对经认定的项目按照不超过项目实际投资额20%的比例给予补助，单个项目最高不超过800万元。",
    "#A 第六条 支持先行区企业开拓共建“一带一路”国家和地区市场，对参加省商务厅组织的境外重点展会的企业，按照展位费的70%给予补助。",
    "#A 第七条 同一项目已获得其他省级财政资金支持的，不得重复申报。",
    "#A 第八条 省商务厅负责提出资金分配建议方案、组织项目评审和绩效评价；省财政厅负责审核资金分配建议方案并下达资金；先行区所在市商务、财政部门负责项目申报初审和资金监管。",
    "#A 第九条 资金使用单位应当按照规定用途使用资金，对截留、挪用、骗取资金的，依照《财政违法行为处罚处分条例》等有关规定处理。",
    "#A 第十条 本办法由省商务厅、省财政厅负责解释。",
    "#A 第十一条 本办法自2024年8月1日起施行，有效期2年。试行期间，国家和省出台新规定的，从其规定。",
]


def make_sichuan():
    doc = Document(); setup(doc)
    # joint 版头: two organs stacked + 文件
    para(doc, "", indent=False, line=Pt(40))
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Mm(118); row.cells[1].width = Mm(38)
    for i, o in enumerate(["四川省商务厅", "四川省财政厅"]):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(p.add_run(o), XBS, Pt(32), color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1]); m.width = Mm(38)
    p = m.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, Pt(44), color=RED)
    para(doc, "", indent=False)
    para(doc, "川商自贸〔2024〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rule(doc, sz=18, space_after=12)
    title(doc, ["四川省商务厅　四川省财政厅", "关于印发《中国（四川）自由贸易试验区", "协同改革先行区建设支持办法（试行）》", "的通知"])
    para(doc, "各市（州）商务主管部门、财政局，省直有关部门：", indent=False)
    body(doc, sc_notice[:1])
    para(doc, "附件：中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）", indent=True)
    signoff(doc, ["四川省商务厅　　　四川省财政厅"], "2024年7月10日")
    para(doc, "（此件公开发布）")
    page_break(doc)
    attach_head(doc, "")
    title(doc, ["中国（四川）自由贸易试验区协同改革", "先行区建设支持办法（试行）"])
    body(doc, sc_rules_a)
    table(doc, sc_table_h, sc_table_r, [55, 60, 45])
    body(doc, sc_rules_b)
    banji(doc, "抄送：商务部，财政部，省人民政府办公厅，省审计厅。", "四川省商务厅办公室", "2024年7月11日印发")
    save(doc, "blind92_sichuan_shixing")


EXPECTED["blind92_sichuan_shixing"] = [
    {
        "meta": {
            "title": "四川省商务厅 四川省财政厅关于印发《中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）》的通知",
            "doc_number": "川商自贸〔2024〕15号",
            "issuer": ["四川省商务厅", "四川省财政厅"],
            "date": "2024-07-10",
            "level": "provincial",
            "region": "四川省",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "status": "trial (试行): in force from 2024-08-01 for 2 years, i.e. until 2026-07-31; superseded by any new national/provincial rule during the trial",
            "attachments": [SC_TITLE],
            "doc_type": "通知",
        },
        "clauses": [sc_notice[0]],
        "_note": "印发通知 + 附件 办法. One document (notice carrying the 办法) or two documents (notice, 办法) both acceptable. Joint 版头 is a 2x2 layout table (四川省商务厅/四川省财政厅 | 文件) — it must not become a clause or table rows. Effective must be 2024-08-01, not the 成文日期 2024-07-10 nor 印发 date 2024-07-11. expires 2026-07-31 (or 2026-08-01 tolerable as off-by-one).",
    },
    {
        "meta": {
            "title": SC_TITLE,
            "doc_number": None,
            "issuer": ["四川省商务厅", "四川省财政厅"],
            "date": "2024-07-10",
            "level": "provincial",
            "region": "四川省",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "status": "trial (试行), 有效期2年",
            "attachments": [],
        },
        "clauses": clean(sc_rules_a) + ["；".join(f"{h}：{v}" for h, v in zip(sc_table_h, r)) for r in sc_table_r] + clean(sc_rules_b),
        "_note": "Table rows after 第四条 as header：value. 版记 (抄送：商务部…; 四川省商务厅办公室 2024年7月11日印发) is furniture. An analyst must see that this is 试行 and lapses 2026-07-31.",
    },
]

# ---------------------------------------------------------------- 3 山东 代表建议答复
sd_body = [
    "您提出的《关于推动山东自贸试验区与中国—上海合作组织地方经贸合作示范区联动发展 更好服务共建“一带一路”的建议》收悉。经认真研究，并商省发展改革委、青岛市人民政府，现答复如下：",
    "#H 一、关于建立联动发展工作机制",
    "您提出的建立中国（山东）自由贸易试验区与中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）联动发展机制的建议，对于我们做好相关工作很有参考价值。2023年，我厅牵头建立了自贸试验区与上合示范区联席会议制度，明确由青岛片区与上合示范区管委会每季度召开一次工作对接会，目前已累计召开5次，协调解决跨区域通关、项目落地等问题17项。",
    "#H 二、关于拓展面向上合组织国家的物流通道",
    "2023年，上合示范区开行中欧班列（齐鲁号）上合专列累计856列，同比增长12.4%；开通“上合—东盟”海铁联运线路3条。下一步，我厅将会同青岛市人民政府，支持上合示范区加密至中亚、俄罗斯方向班列，推动与青岛片区共建多式联运“一单制”试点。",
    "#H 三、关于复制推广制度创新成果",
    "截至2024年3月底，山东自贸试验区累计形成制度创新成果186项，其中在上合示范区复制推广的有42项。我厅将会同有关部门建立制度创新成果双向复制推广清单，每年向上合示范区集中推介一批自贸试验区改革试点经验。",
    "#H 四、下一步工作打算",
    "#KB （一）|强化政策协同。研究出台支持自贸试验区与上合示范区联动发展的若干措施，力争2024年底前报省政府审定。",
    "#KB （二）|深化经贸合作。依托中国—上海合作组织博览会等平台，组织自贸试验区企业赴上合组织国家开展经贸对接活动不少于10场。",
    "#KB （三）|加强跟踪评估。将联动发展成效纳入全省自贸试验区建设评估内容，定期向代表反馈工作进展。",
    "再次感谢您对全省商务工作的关心和支持，欢迎继续提出宝贵意见建议。",
]


def make_shandong():
    doc = Document(); setup(doc)
    banhead(doc, "山东省商务厅", "鲁商建字〔2024〕38号", signer="王志刚", corner="A类")
    title(doc, ["关于省十四届人大二次会议", "第0315号代表建议的答复"])
    para(doc, "孙立华代表：", indent=False)
    body(doc, sd_body)
    signoff(doc, ["山东省商务厅"], "2024年6月18日")
    para(doc, "（此件公开发布）")
    para(doc, "（联系人：刘晓明，联系电话：0531-89010315）")
    banji(doc, "抄送：省人大常委会代表工作委员会，省政府办公厅，省发展改革委，青岛市人民政府。", "山东省商务厅办公室", "2024年6月18日印发")
    save(doc, "blind92_shandong_dafu")


EXPECTED["blind92_shandong_dafu"] = [
    {
        "meta": {
            "title": "关于省十四届人大二次会议第0315号代表建议的答复",
            "doc_number": "鲁商建字〔2024〕38号",
            "issuer": ["山东省商务厅"],
            "date": "2024-06-18",
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "status": "reply (答复) to a 人大代表建议, 答复类别 A类 (the suggestion was adopted/solved or largely so); addressed to 孙立华代表; not a normative document — its commitments (一、二、三、四…) are work plans, not rules binding anyone",
            "answer_category": "A类",
            "addressee": "孙立华代表",
            "contact": "刘晓明，0531-89010315",
            "attachments": [],
            "doc_type": "答复",
        },
        "clauses": clean(sd_body),
        "_note": "Furniture: 'A类' in the top-left corner (but it is status the analyst needs: the 答复类别 — should surface in meta, not as a clause), 版头, 文号 + 签发人：王志刚 (signer line is furniture, 王志刚 is not the issuer), red rule, salutation 孙立华代表：, 落款, （此件公开发布）, （联系人…） line, 版记. Title has no issuing organ in it — issuer must come from 版头/落款. effective should be empty (a reply is not 施行); taking 2024-06-18 as 'effective' is tolerable only if marked as 成文日期. Headings 一、…四、 may be headings.",
    },
]

if __name__ == "__main__":
    make_hubei(); make_sichuan(); make_shandong()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
