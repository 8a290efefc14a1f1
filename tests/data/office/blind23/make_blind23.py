# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031
"""Write three fictional Chinese government files (round 23) and expected.json.

blind23_draft_for_comment.docx - 湖北省商务厅 征求意见公告 + 附件1 办法（征求意见稿） + 附件2 起草说明
blind23_repeal_decision.pdf    - 河南省人民政府 决定 废止和修改部分省政府规范性文件, Word -> PDF,
                                 附件1 ruled table of 12 repealed documents, 附件2 table of 5 amended ones
blind23_press_conference.txt   - 福建省政府新闻办 新闻发布会 transcript copied from a website

Provinces are real; all organs' documents, 文号, people, figures and wording are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE0, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- docx helpers
def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", name="仿宋_GB2312", size=16, bold=False, align=J, indent=True,
         color=None, before=0, after=0, line=28, left=None, hanging=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def runs(p, parts, size=16):
    """parts: list of (text, fontname, bold)"""
    for text, name, bold in parts:
        font(p.add_run(text), name, size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_rule(p, color="E00000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_rule(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    """Footer '— N —' centred (PAGE field), as GB/T 9704 asks."""
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt
            r._r.append(el)
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = txt
            r._r.append(el)
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
    font(fp.add_run(" —"), "宋体", 14)


def table_borders(table, val="single"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val); e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fix_widths(table, widths):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths))); tw.set(qn("w:type"), "dxa")
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:" + tag)
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cell_paras(cell, texts, name="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """Write one or more paragraphs into a table cell."""
    if isinstance(texts, str):
        texts = [texts]
    for i, t in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(20)
        font(p.add_run(t), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def setup_section(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(15)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return s


def to_pdf(docx_path, keep_docx=False):
    tmp = tempfile.mkdtemp(prefix="b23pdf")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(docx_path))[0]
    out = os.path.join(HERE, stem + ".pdf")
    shutil.move(os.path.join(tmp, stem + ".pdf"), out)
    shutil.rmtree(tmp, ignore_errors=True)
    if not keep_docx:
        os.remove(docx_path)
    return out


# ======================================================= 1. 征求意见稿 (DOCX)
DR_NAME = "中国（湖北）自由贸易试验区服务共建“一带一路”促进办法"
DR_TITLE = DR_NAME + "（征求意见稿）"
GG_TITLE_1 = "湖北省商务厅关于公开征求《中国（湖北）自由贸易试验区"
GG_TITLE_2 = "服务共建“一带一路”促进办法（征求意见稿）》意见的公告"
GG_TITLE = GG_TITLE_1 + GG_TITLE_2
GG_BODY = [
    "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和推动共建“一带一路”高质量发展的决策部署，进一步发挥中国（湖北）自由贸易试验区在服务共建“一带一路”中的示范引领作用，我厅会同省发展改革委、省司法厅等部门起草了《" + DR_TITLE + "》（以下简称《办法》），现向社会公开征求意见。社会各界可通过以下途径和方式提出意见：",
    "一、通过电子邮件将意见发送至：hbzmqyj@126.com，邮件主题请注明“《办法》意见反馈”。",
    "二、通过信函方式将意见寄至：武汉市武昌区东湖西路99号湖北省商务厅自由贸易试验区工作处（邮政编码：430071），并在信封上注明“《办法》征求意见”字样。",
    "三、意见反馈截止时间为2024年7月19日。请在反馈意见时注明真实姓名（单位名称）和联系方式，以便进一步沟通。",
]
GG_CONTACT = "联系人：王晓峰、李　静；联系电话：027-87235616、027-87235618（工作日9:00—12:00，14:00—17:30）；传真：027-87235620。"
GG_ATTS = ["1．" + DR_TITLE, "2．关于《" + DR_TITLE + "》的起草说明"]
GG_DATE_CN = "2024年6月19日"

# draft: list of ("chapter", text) / ("art", label, [款/项 ...])
DR_BODY = [
    ("chapter", "第一章　总　　则"),
    ("art", "第一条", ["为了推动中国（湖北）自由贸易试验区（以下简称自贸试验区）更好服务共建“一带一路”，打造内陆开放新高地，根据《中华人民共和国对外贸易法》《中华人民共和国外商投资法》等法律、法规，结合本省实际，制定本办法。"]),
    ("art", "第二条", ["本办法适用于自贸试验区武汉片区、襄阳片区、宜昌片区（以下统称片区）范围内服务共建“一带一路”的相关活动。",
                      "自贸试验区联动创新区参照本办法执行。"]),
    ("art", "第三条", ["省人民政府建立自贸试验区服务共建“一带一路”工作协调机制，统筹研究解决重大问题。",
                      "省商务厅（省自贸办）负责日常协调、督促检查和评估工作；省发展改革委、省交通运输厅、省财政厅、武汉海关、人民银行湖北省分行等部门和单位按照各自职责做好相关工作。",
                      "片区管理机构负责本片区服务共建“一带一路”的具体实施工作。"]),
    ("chapter", "第二章　通道建设"),
    ("art", "第四条", ["支持片区依托中欧班列（武汉）、长江黄金水道和鄂州花湖国际机场，构建联通共建“一带一路”国家的铁水空多式联运通道体系。"]),
    ("art", "第五条", ["鼓励中欧班列运营平台在共建“一带一路”国家布局海外仓、集结中心和分拨中心。对新开通的国际线路，经认定后按照有关规定给予运营补助。"]),
    ("art", "第六条", ["推行以铁路运单为基础的多式联运“一单制”，探索赋予多式联运单证物权凭证功能。"]),
    ("art", "第七条", ["支持宜昌片区建设三峡枢纽江海联运服务中心，推动翻坝转运与港口作业一体化运营。"]),
    ("chapter", "第三章　贸易投资便利化"),
    ("art", "第八条", ["推进国际贸易“单一窗口”功能向口岸物流、跨境金融、出口信保等领域拓展，推动与共建“一带一路”国家口岸的信息互换、监管互认、执法互助。"]),
    ("art", "第九条", ["对符合条件的企业实施下列便利化措施：",
                      "（一）进口货物“船边直提”、出口货物“抵港直装”；",
                      "（二）跨境电商零售出口“清单核放、汇总申报”；",
                      "（三）保税维修、再制造业务按照有关规定实行目录管理，免于逐批审批；",
                      "（四）经认证的经营者（AEO）享受互认国家或者地区的通关便利。"]),
    ("art", "第十条", ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致原则实施管理。",
                      "支持共建“一带一路”国家企业在片区设立地区总部、研发中心和结算中心。"]),
    ("art", "第十一条", ["鼓励片区企业赴共建“一带一路”国家开展产能合作，建设境外经贸合作区。省商务厅应当会同有关部门建立境外投资风险预警和服务保障机制。"]),
    ("chapter", "第四章　金融服务"),
    ("art", "第十二条", ["支持片区内银行业金融机构按照展业三原则，为企业提供经常项目跨境人民币结算便利化服务。"]),
    ("art", "第十三条", ["鼓励金融机构开发面向中欧班列运营企业和外贸企业的运费融资、仓单质押等供应链金融产品。"]),
    ("art", "第十四条", ["支持政府性融资担保机构在片区设立分支机构。对为小微外贸企业提供融资担保的，按照有关规定给予担保费补贴。"]),
    ("chapter", "第五章　人文交流与服务保障"),
    ("art", "第十五条", ["支持片区高校、科研机构与共建“一带一路”国家开展联合办学、共建联合实验室和人才培训。"]),
    ("art", "第十六条", ["对在片区工作的外籍高层次人才，按照规定在签证、居留、子女入学、医疗保障等方面提供便利。"]),
    ("art", "第十七条", ["支持片区设立国际商事调解组织，推动诉讼、仲裁、调解有机衔接，依法平等保护中外当事人合法权益。"]),
    ("art", "第十八条", ["省财政通过现有专项资金渠道，对自贸试验区服务共建“一带一路”重点项目给予支持。",
                        "片区所在地人民政府应当在年度预算中统筹安排相关资金。"]),
    ("art", "第十九条", ["自贸试验区服务共建“一带一路”的改革创新未能实现预期目标，但符合国家确定的改革方向，决策程序符合法律、法规规定，且勤勉尽责、未牟取私利的，对有关单位和个人依法予以免责或者减轻责任。"]),
    ("chapter", "第六章　附　　则"),
    ("art", "第二十条", ["本办法所称共建“一带一路”国家，是指与我国签署共建“一带一路”合作文件的国家。"]),
    ("art", "第二十一条", ["本办法自　　年　　月　　日起施行。"]),
]

SM_TITLE = "关于《" + DR_TITLE + "》的起草说明"
SM_BODY = [  # (kind, text)  kind: p = ordinary paragraph, h = 一、 heading, l = （一） lead + text in one paragraph
    ("p", "为推动中国（湖北）自由贸易试验区更好服务共建“一带一路”，省商务厅会同有关部门起草了《" + DR_TITLE + "》（以下简称《办法》）。现将有关情况说明如下："),
    ("h", "一、起草背景"),
    ("p", "党的二十大报告提出，推动共建“一带一路”高质量发展，实施自由贸易试验区提升战略。湖北自贸试验区挂牌以来，累计新设企业9.6万家，形成制度创新成果580余项，其中32项在全国复制推广。2023年，三个片区对共建“一带一路”国家进出口额达到786.3亿元，同比增长12.4%，占全省同类贸易的41.7%。"),
    ("p", "同时也要看到，片区在国际物流通道衔接、跨境金融服务、涉外法律服务等方面仍存在短板，部分支持政策分散在不同文件中，缺乏系统集成。为此，有必要制定专门的规范性文件，将行之有效的做法固定下来，为片区服务共建“一带一路”提供制度保障。"),
    ("h", "二、主要内容"),
    ("p", "《办法》共6章21条，主要内容如下："),
    ("l", "（一）明确工作机制。", "规定省级协调机制、省商务厅（省自贸办）和片区管理机构的职责分工（第三条）。"),
    ("l", "（二）畅通国际物流通道。", "支持依托中欧班列（武汉）、长江黄金水道和鄂州花湖国际机场建设多式联运通道，推行多式联运“一单制”（第四条至第七条）。"),
    ("l", "（三）提升贸易投资便利化水平。", "拓展国际贸易“单一窗口”功能，明确四类通关便利化措施，支持企业“走出去”开展产能合作（第八条至第十一条）。"),
    ("l", "（四）强化金融服务支撑。", "围绕跨境人民币结算、供应链金融和融资担保提出支持措施（第十二条至第十四条）。"),
    ("l", "（五）加强人文交流和服务保障。", "对教育合作、外籍人才服务、涉外商事纠纷化解、资金保障和容错免责作出规定（第十五条至第十九条）。"),
    ("h", "三、需要说明的问题"),
    ("l", "（一）关于适用范围。", "考虑到联动创新区承担复制推广自贸试验区改革经验的任务，《办法》第二条第二款规定联动创新区参照执行。"),
    ("l", "（二）关于运营补助标准。", "国际线路运营补助涉及财政资金安排，具体补助标准由省商务厅会同省财政厅另行制定，《办法》不作具体规定。"),
    ("l", "（三）关于容错免责。", ""),
    ("p", "第十九条规定的容错免责情形，与《湖北省优化营商环境条例》等地方性法规的有关规定相衔接，未设定新的免责情形。"),
]


def make_draft_for_comment():
    doc = Document()
    s = setup_section(doc)
    page_number_footer(s)

    # ---- 公告
    para(doc, GG_TITLE_1, "方正小标宋简体", 22, align=C, indent=False, line=35)
    para(doc, GG_TITLE_2, "方正小标宋简体", 22, align=C, indent=False, line=35, after=14)
    for t in GG_BODY:
        para(doc, t)
    para(doc, GG_CONTACT)
    para(doc, "")
    # 附件说明: first line "附件：1．…", second line hanging under "1．"
    para(doc, "附件：" + GG_ATTS[0], left=32 + 48, hanging=48)
    para(doc, GG_ATTS[1], left=32 + 48, hanging=0)
    para(doc, "")
    para(doc, "")
    para(doc, "湖北省商务厅", align=R, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, GG_DATE_CN, align=R, indent=False).paragraph_format.right_indent = Pt(48)

    # ---- 附件1: the draft
    page_break(doc)
    para(doc, "附件1", "黑体", 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, "")
    para(doc, "中国（湖北）自由贸易试验区服务共建", "方正小标宋简体", 22, align=C, indent=False, line=35)
    para(doc, "“一带一路”促进办法", "方正小标宋简体", 22, align=C, indent=False, line=35)
    para(doc, "（征求意见稿）", "楷体_GB2312", 16, align=C, indent=False, after=14)
    for item in DR_BODY:
        if item[0] == "chapter":
            para(doc, item[1], "黑体", 16, align=C, indent=False, before=8, after=8)
        else:
            _, label, parts = item
            p = para(doc)
            runs(p, [(label, "黑体", False), ("　" + parts[0], "仿宋_GB2312", False)])
            for t in parts[1:]:
                para(doc, t)

    # ---- 附件2: 起草说明 (typed with full-width-space indents, as many drafters do)
    page_break(doc)
    para(doc, "附件2", "黑体", 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, "")
    para(doc, "关于《中国（湖北）自由贸易试验区服务共建", "方正小标宋简体", 22, align=C, indent=False, line=35)
    para(doc, "“一带一路”促进办法（征求意见稿）》的起草说明", "方正小标宋简体", 22, align=C, indent=False, line=35, after=14)
    for item in SM_BODY:
        kind = item[0]
        if kind == "h":
            runs(para(doc, indent=False), [("　　" + item[1], "黑体", False)])
        elif kind == "l":
            runs(para(doc, indent=False), [("　　" + item[1], "楷体_GB2312", True), (item[2], "仿宋_GB2312", False)])
        else:
            runs(para(doc, indent=False), [("　　" + item[1], "仿宋_GB2312", False)])

    out = os.path.join(HERE, "blind23_draft_for_comment.docx")
    doc.save(out)

    art_clauses = []
    for item in DR_BODY:
        if item[0] == "art":
            _, label, parts = item
            art_clauses.append(label + "　" + parts[0])
            art_clauses.extend(parts[1:])
    sm_clauses = [it[1] if it[0] != "l" else it[1] + it[2] for it in SM_BODY]
    return {"blind23_draft_for_comment": [
        {"meta": {"title": GG_TITLE, "doc_number": "", "issuer": "湖北省商务厅", "date": "2024-06-19"},
         "clauses": GG_BODY,
         "_note": ("THREE documents in this file. (1) the 公告: title printed on two lines, joined = '" + GG_TITLE + "'; no 文号; issuer 湖北省商务厅; date = 落款 2024-06-19 "
                   "(the 反馈 deadline 2024-07-19 is NOT its date). Clauses: the lead paragraph and items 一、二、三 (email, letter, deadline). "
                   "Not clauses: the 联系人/联系电话/传真 line (contact metadata; keeping it is a minor fault), 附件说明 '附件：1．… 2．…' (the second line is a separate "
                   "paragraph hanging under '1．' and must not become a clause), the 落款, the date.")},
        {"meta": {"title": DR_TITLE, "doc_number": "", "issuer": "湖北省商务厅", "date": ""},
         "clauses": art_clauses,
         "_note": ("(2) 附件1, the draft itself. Title printed on three lines ('中国（湖北）自由贸易试验区服务共建' / '“一带一路”促进办法' / '（征求意见稿）' in 楷体) and must be joined, "
                   "keeping '（征求意见稿）'. No 文号. Undated (第二十一条 leaves the effective date blank '　　年　　月　　日'); inheriting the notice's 2024-06-19 is acceptable, "
                   "but 2024-07-19 or any date taken from the blank is wrong. Issuer: drafted by 湖北省商务厅 (not yet issued). 21 articles; each 款 and each 项 its own string, "
                   "first 款 carries the article label. Not clauses: '附件1' label, title lines, chapter headings 第一章…第六章 (spaced: '第一章　总　　则'), page numbers.")},
        {"meta": {"title": SM_TITLE, "doc_number": "", "issuer": "湖北省商务厅", "date": ""},
         "clauses": sm_clauses,
         "_note": ("(3) 附件2, the 起草说明. Title on two lines, joined = '" + SM_TITLE + "'. Undated, unsigned (inheriting 2024-06-19 acceptable). "
                   "Paragraphs are indented with literal full-width spaces '　　' (strip them). Headings 一、二、三、 are their own strings (attaching them to the next paragraph "
                   "is acceptable). （一）… items have a bold 楷体 lead sentence in the same paragraph and stay one string. TRAP: the last paragraph begins '第十九条规定的…' — it is "
                   "explanation text, NOT an article of the draft, and must not be made into a 第十九条 article or moved into document (2). '（三）关于容错免责。' is a lead-only paragraph.")},
    ]}


# ======================================================= 2. 废止决定 (Word -> PDF)
RP_TITLE = "河南省人民政府关于废止和修改部分省政府规范性文件的决定"
RP_NUMBER = "豫政〔2024〕21号"
RP_MAIN = "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门："
RP_BODY = [
    "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略、推动共建“一带一路”高质量发展的决策部署，维护法制统一，持续优化营商环境，省政府对现行有效的涉及对外开放、自由贸易试验区建设和口岸物流等领域的省政府规范性文件进行了专项清理。经研究，决定：",
    "一、对12件省政府规范性文件予以废止（见附件1）。",
    "二、对5件省政府规范性文件的部分条款予以修改（见附件2）。",
    "三、废止的省政府规范性文件自本决定公布之日起停止执行；此前依据上述文件已经作出的行政行为继续有效。",
    "四、修改的省政府规范性文件根据本决定作相应修改后，由省政府办公厅重新公布。",
    "五、各地、各部门要加强规范性文件管理，建立健全动态清理工作机制，对不符合全面深化改革和高水平对外开放要求的文件，及时提出清理建议。",
    "本决定自公布之日起施行。",
]
RP_REPEALED = [
    ("河南省人民政府关于印发中国（河南）自由贸易试验区建设实施方案的通知", "豫政〔2017〕16号", "工作任务已完成"),
    ("河南省人民政府关于加快推进中欧班列（郑州）建设的若干意见", "豫政〔2016〕45号", "已被豫政〔2023〕12号文件替代"),
    ("河南省人民政府办公厅关于印发河南省参与建设丝绸之路经济带和21世纪海上丝绸之路实施方案的通知", "豫政办〔2015〕82号", "已不适应形势发展需要"),
    ("河南省人民政府关于促进跨境电子商务发展的实施意见", "豫政〔2015〕63号", "已被新文件替代"),
    ("河南省人民政府办公厅关于进一步提高口岸工作效率的通知", "豫政办〔2016〕131号", "调整对象已消失"),
    ("河南省人民政府关于支持中国（河南）自由贸易试验区郑州片区加快发展的若干意见", "豫政〔2018〕7号", "工作任务已完成"),
    ("河南省人民政府办公厅关于印发河南省推进国际贸易“单一窗口”建设工作方案的通知", "豫政办〔2017〕112号", "工作任务已完成"),
    ("河南省人民政府关于推进“四条丝路”融合发展的指导意见", "豫政〔2019〕24号", "已被新文件替代"),
    ("河南省人民政府办公厅关于促进外贸稳增长调结构的实施意见", "豫政办〔2016〕95号", "已不适应形势发展需要"),
    ("河南省人民政府关于进一步扩大对外开放积极利用外资的实施意见", "豫政〔2017〕33号", "已被新文件替代"),
    ("河南省人民政府办公厅关于印发河南省加快发展服务贸易实施方案的通知", "豫政办〔2018〕54号", "有效期已届满"),
    ("河南省人民政府办公厅关于支持中国（河南）自由贸易试验区开展首创性差异化改革探索的若干措施", "豫政办〔2020〕41号", "主要内容已纳入《中国（河南）自由贸易试验区条例》"),
]
RP_AMENDED = [
    ("河南省人民政府关于加快推进中欧班列（郑州）高质量发展的实施意见", "豫政〔2023〕12号",
     ["1．将第三条第（二）项中的“省商务厅”修改为“省商务厅、省发展改革委”。", "2．删去第五条第二款。"]),
    ("河南省人民政府关于印发河南省口岸发展规划（2021—2025年）的通知", "豫政〔2021〕58号",
     ["将附件第四部分中的“郑州航空港经济综合实验区”修改为“郑州航空港经济综合实验区（郑州航空港区）”。"]),
    ("河南省人民政府办公厅关于推进跨境电商综合试验区高质量发展的若干措施", "豫政办〔2022〕37号",
     ["第十二条中的“2023年12月31日”修改为“2026年12月31日”。"]),
    ("河南省人民政府办公厅关于支持郑州—卢森堡“空中丝绸之路”建设的实施意见", "豫政办〔2022〕76号",
     ["1．将第二条中的“中外合资企业”修改为“外商投资企业”。", "2．将第七条修改为：“对新开通的国际全货机航线，按照有关规定给予补助。”"]),
    ("河南省人民政府关于进一步优化外商投资环境的若干意见", "豫政〔2023〕40号",
     ["删去第九条中的“经省商务厅审核同意后”。"]),
]
RP_CC = "抄送：省委各部门，省军区，武警河南省总队。省人大常委会办公厅，省政协办公厅，省法院，省检察院。各民主党派省委。"
RP_PRINT = ("河南省人民政府办公厅", "2024年9月13日印发")


def _ruled_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    fix_widths(t, widths)
    for c, h in zip(t.rows[0].cells, header):
        cell_paras(c, h, "黑体", 12, align=C)
    row_flag(t.rows[0], "tblHeader")
    for r, vals in zip(t.rows[1:], rows):
        row_flag(r, "cantSplit")
        for j, (c, v) in enumerate(zip(r.cells, vals)):
            cell_paras(c, v, align=C if j in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT)
    return t


def make_repeal_decision():
    doc = Document()
    s = setup_section(doc)
    page_number_footer(s)
    # 版头
    para(doc, "")
    para(doc, "河南省人民政府文件", "方正小标宋简体", 48, align=C, indent=False, color=RED, line=None, after=18)
    p = para(doc, RP_NUMBER, align=C, indent=False, after=4)
    bottom_rule(p, sz=18)
    para(doc, "")
    para(doc, "河南省人民政府", "方正小标宋简体", 22, align=C, indent=False, line=35)
    para(doc, "关于废止和修改部分省政府规范性文件的决定", "方正小标宋简体", 22, align=C, indent=False, line=35, after=14)
    para(doc, RP_MAIN, indent=False)
    for t in RP_BODY:
        para(doc, t)
    para(doc, "")
    para(doc, "附件：1．省政府决定废止的规范性文件目录", left=32 + 48, hanging=48)
    para(doc, "2．省政府决定修改的规范性文件目录", left=32 + 48, hanging=0)
    para(doc, "")
    para(doc, "")
    para(doc, "河南省人民政府", align=R, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "2024年9月12日", align=R, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # 附件1
    page_break(doc)
    para(doc, "附件1", "黑体", 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, "省政府决定废止的规范性文件目录", "方正小标宋简体", 22, align=C, indent=False, line=35, before=10, after=14)
    _ruled_table(doc, ["序号", "文件名称", "文号", "废止理由"],
                 [(str(i), n, no, why) for i, (n, no, why) in enumerate(RP_REPEALED, 1)],
                 [Mm(13), Mm(72), Mm(37), Mm(34)])

    # 附件2
    page_break(doc)
    para(doc, "附件2", "黑体", 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, "省政府决定修改的规范性文件目录", "方正小标宋简体", 22, align=C, indent=False, line=35, before=10, after=14)
    _ruled_table(doc, ["序号", "文件名称", "文号", "修改内容"],
                 [(str(i), n, no, ch) for i, (n, no, ch) in enumerate(RP_AMENDED, 1)],
                 [Mm(13), Mm(55), Mm(34), Mm(54)])

    # 版记
    para(doc, "")
    para(doc, "")
    p = para(doc, RP_CC, size=14, indent=False, left=14, hanging=0, line=24)
    p.paragraph_format.left_indent = Pt(14 * 4); p.paragraph_format.first_line_indent = Pt(-14 * 3)
    top_bottom_rule(p)
    p = para(doc, "", size=14, indent=False, line=24)
    font(p.add_run(RP_PRINT[0] + "　　　　　　　　　" + RP_PRINT[1]), "仿宋_GB2312", 14)
    bottom_rule(p, color="000000", sz=6)

    tmp = tempfile.mkdtemp(prefix="b23docx")
    dx = os.path.join(tmp, "blind23_repeal_decision.docx")
    doc.save(dx)
    to_pdf(dx)
    shutil.rmtree(tmp, ignore_errors=True)

    clauses = list(RP_BODY)
    for i, (n, no, why) in enumerate(RP_REPEALED, 1):
        clauses.append("%d | %s | %s | %s" % (i, n, no, why))
    for i, (n, no, ch) in enumerate(RP_AMENDED, 1):
        clauses.append("%d | %s | %s | %s" % (i, n, no, "".join(ch)))
    return {"blind23_repeal_decision": [{
        "meta": {"title": RP_TITLE, "doc_number": RP_NUMBER, "issuer": "河南省人民政府", "date": "2024-09-12",
                 "repeals": [no for _, no, _ in RP_REPEALED]},
        "clauses": clauses,
        "_note": ("One document (附件1/附件2 are its schedules; treating each 附件 as a sub-document is acceptable if the rows survive). Title printed on two lines "
                  "('河南省人民政府' / '关于废止和修改部分省政府规范性文件的决定'), joined. Date = 落款 2024-09-12, NOT 印发 2024-09-13. Issuer 河南省人民政府 "
                  "(the red 版头 '河南省人民政府文件' is not the title). repeals = the 12 文号 in 附件1 column 文号 (NOT 豫政〔2023〕12号, which appears in a 废止理由 cell "
                  "as the replacing document and is itself only amended in 附件2). The 5 amended documents (附件2) are amendments, not repeals: "
                  "豫政〔2023〕12号, 豫政〔2021〕58号, 豫政办〔2022〕37号, 豫政办〔2022〕76号, 豫政〔2023〕40号. "
                  "Clauses: the lead paragraph, items 一、–五、, the closing '本决定自公布之日起施行。', then one string per table row "
                  "'序号 | 文件名称 | 文号 | 理由/修改内容' (separator is the reader's choice). Cell text wraps over 2–3 lines in the PDF (文件名称, some 文号 such as "
                  "豫政办〔2016〕131号, long 废止理由) and must be rejoined without spaces; two 修改内容 cells hold two paragraphs '1．…' '2．…' (joined here without a separator). "
                  "TRAP: 修改内容 lines begin '第十二条中的…' or contain '将第七条修改为：“…”' — these are table text, not articles. Header rows (repeated on the next page) "
                  "are not clauses. Not clauses: 版头, 文号 line, 主送, 附件说明, 落款, '（此件公开发布）', '附件1'/'附件2' labels and table titles, 版记 抄送 and 印发 line, '— n —' page numbers.")
    }]}


# ======================================================= 3. 新闻发布会 (TXT)
PC_TITLE = "福建省人民政府新闻办公室举行中国（福建）自由贸易试验区建设暨高质量共建“一带一路”进展情况新闻发布会"
PC_HEAD = [
    "当前位置：首页 > 新闻发布 > 新闻发布会",
    "",
    PC_TITLE,
    "",
    "发布时间：2024-10-16 15:42　　来源：福建省人民政府新闻办公室　　浏览次数：2386",
    "【字体：大 中 小】　　【打印】　　分享到：",
    "",
    "时间：2024年10月16日（星期三）上午10:00",
    "地点：福建省人民政府新闻发布厅",
    "主持人：福建省人民政府新闻办公室副主任　陈立群",
    "发布人：",
    "福建省商务厅党组成员、副厅长　林建华",
    "中国（福建）自由贸易试验区福州片区管委会常务副主任　黄志明",
    "厦门海关党委委员、副关长　吴晓东",
    "福建省发展和改革委员会二级巡视员　郑海燕",
    "",
]
# transcript: (kind, text)  kind: host = procedural host line (not a clause), lbl = speaker label line only,
#   sp = speech/answer paragraph (clause), q = reporter question (clause), noise = caption etc.
PC_BODY = [
    ("lbl", "主持人　陈立群："),
    ("host", "女士们、先生们，各位媒体朋友：大家上午好！欢迎出席福建省人民政府新闻办公室新闻发布会。今天，我们邀请到省商务厅党组成员、副厅长林建华先生，福州片区管委会常务副主任黄志明先生，厦门海关党委委员、副关长吴晓东先生，省发展改革委二级巡视员郑海燕女士，向大家介绍中国（福建）自由贸易试验区建设暨高质量共建“一带一路”进展情况，并回答大家关心的问题。"),
    ("host", "首先，请林建华副厅长作介绍。"),
    ("noise", "图为新闻发布会现场。（记者 张 帆 摄）"),
    ("lbl", "林建华："),
    ("sp", "各位媒体朋友，大家上午好！感谢大家长期以来对福建自贸试验区建设和共建“一带一路”工作的关心和支持。下面，我简要介绍有关情况。"),
    ("sp", "今年以来，全省商务系统坚持以制度创新为核心，推动自贸试验区提升战略和“海丝核心区”建设走深走实。前三季度，福建自贸试验区新增企业1.26万户，其中外资企业658户，同比增长15.2%；实现进出口总额2365.4亿元，同比增长8.7%，高于全省平均水平4.1个百分点。"),
    ("sp", "一是制度创新取得新突破。今年新推出制度创新成果62项，其中全国首创21项，累计达到612项。“两岸跨境电商‘一站式’通关”等5项举措入选全国自贸试验区最佳实践案例。"),
    ("sp", "二是“海丝核心区”建设成效明显。“丝路海运”联盟成员增至358家，命名航线达到126条，累计开行2.1万航次，集装箱吞吐量超过1800万标箱。中欧（厦门）班列累计开行2160列，通达欧亚12个国家30多个城市。"),
    ("sp", "三是对共建国家经贸合作持续深化。前三季度，全省对共建“一带一路”国家进出口5873.6亿元，同比增长6.9%，占全省外贸总值的51.3%；对共建国家实际投资18.7亿美元，同比增长23.5%。"),
    ("sp", "下一步，我们将对标国际高标准经贸规则，加快推进规则、规制、管理、标准等制度型开放，为全省高水平对外开放作出新的更大贡献。谢谢大家！"),
    ("host", "谢谢林建华副厅长的介绍。下面进入提问环节，请记者朋友围绕今天的发布主题提问，提问前请先通报所在的新闻机构。"),
    ("q", "【福建日报记者】请问福州片区在服务共建“一带一路”方面有哪些特色做法？下一步有什么打算？"),
    ("sp", "黄志明：谢谢您的提问。福州片区立足“海丝”门户区位，重点做了三方面工作。"),
    ("sp", "第一，打造海上通道。联合港口企业开通至东盟、中东的外贸航线14条，今年1—9月江阴港区集装箱吞吐量同比增长18.6%。"),
    ("sp", "第二，做强跨境电商。建设跨境电商产业园3个，引进平台企业47家，前三季度跨境电商进出口额126.8亿元，同比增长32.1%。"),
    ("sp", "第三，深化国际产能合作。支持片区企业在印度尼西亚、马来西亚建设境外园区2个，带动设备和材料出口9.3亿元。"),
    ("sp", "下一步，我们将争取开展离岸贸易、数据跨境流动等试点，力争到2025年片区对共建国家进出口额突破500亿元。"),
    ("q", "【中新社记者】海关在支持“丝路海运”和中欧班列发展方面推出了哪些便利化措施？"),
    ("lbl", "吴晓东："),
    ("sp", "谢谢这位记者朋友的提问。厦门海关主要从三个方面发力："),
    ("sp", "数据显示：今年1—9月，厦门关区“提前申报”比例达到68.5%，进口、出口整体通关时间分别压缩至28.6小时和0.9小时，比2017年分别压缩72.4%和91.3%。"),
    ("sp", "我们在厦门港推广“船边直提”“抵港直装”模式，累计惠及货物32.7万标箱；对中欧班列实行“7×24小时”预约通关，实现“一次申报、一次查验、一次放行”。"),
    ("sp", "同时，我们与东盟国家海关推进AEO互认合作，目前关区共有高级认证企业312家，享受互认便利的出口货值超过860亿元。"),
    ("q", "【东南网记者】省发展改革委在推动“海丝核心区”重大项目建设方面有何进展？"),
    ("sp", "郑海燕：谢谢提问。今年我们滚动实施“海丝核心区”重大项目168个，总投资2860亿元，前三季度完成投资413.5亿元，完成年度计划的81.2%。"),
    ("sp", "林建华：我补充一点。关于“丝路海运”，我们正在会同有关部门编制《“丝路海运”高质量发展三年行动方案》，预计年底前印发实施。"),
    ("host", "由于时间关系，提问就到这里。感谢各位发布人，感谢各位媒体朋友。"),
    ("host", "发布会到此结束。谢谢大家！"),
]


def make_press_conference():
    out_lines = list(PC_HEAD)
    prev = None
    for kind, t in PC_BODY:
        if kind in ("sp", "host"):
            # web copy: paragraph indents come through as two full-width spaces, except right after a label line where the CMS used NBSPs
            out_lines.append(("\u00a0" * 4 if prev == "lbl" else "　　") + t)
        elif kind == "noise":
            out_lines.append("\u00a0\u00a0\u00a0\u00a0" + t)
        else:
            out_lines.append(t)
        out_lines.append("")
        prev = kind
    while out_lines and out_lines[-1] == "":
        out_lines.pop()
    # CRLF line ends as saved by Windows Notepad, ends with the closing line (no trailing newline)
    with open(os.path.join(HERE, "blind23_press_conference.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out_lines))

    clauses = [t for kind, t in PC_BODY if kind in ("sp", "q")]
    return {"blind23_press_conference": [{
        "meta": {"title": PC_TITLE, "doc_number": "", "issuer": "福建省人民政府新闻办公室", "date": "2024-10-16"},
        "clauses": clauses,
        "_note": ("Press-conference transcript, not a 公文: no 文号. Title = the headline line (3rd line, after the breadcrumb). Issuer 福建省人民政府新闻办公室 (来源). "
                  "Date 2024-10-16 (时间 line and 发布时间 agree; the '15:42' clock time and '浏览次数：2386' are not data). "
                  "Metadata, not clauses: breadcrumb, 发布时间/来源/浏览次数 line, 【字体：大 中 小】【打印】分享到, 时间/地点/主持人/发布人 block and the four 发布人 name+title lines. "
                  "Clauses: every paragraph of the speeches and answers (speaker prefix 'X：' kept where it is inline, e.g. '黄志明：谢谢您的提问。…'), and the reporter questions "
                  "'【…记者】…' (context for the answers; dropping them is a lesser fault). Speaker-label-only lines '主持人　陈立群：', '林建华：', '吴晓东：' are not clauses "
                  "(prefixing them to the next paragraph is fine). 'X：' inside text ('数据显示：今年…') is not a speaker. The host's procedural lines (welcome/introductions, "
                  "'首先，请…作介绍。', '下面进入提问环节…', '由于时间关系…', '发布会到此结束。谢谢大家！') and the photo caption '图为新闻发布会现场。（记者 张 帆 摄）' are noise. "
                  "'一是…二是…三是…' and '第一，…第二，…' paragraphs are each their own clause (do not merge; do not treat 第一 as an article). "
                  "Figures must survive exactly (2365.4亿元, 8.7%, 2160列, 1.26万户, 5873.6亿元, 7×24小时). File is UTF-8 with CRLF, full-width-space and NBSP indents, no final newline.")
    }]}


if __name__ == "__main__":
    expected = {}
    expected.update(make_draft_for_comment())
    expected.update(make_repeal_decision())
    expected.update(make_press_conference())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("wrote", sorted(os.listdir(HERE)))
