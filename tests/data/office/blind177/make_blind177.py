# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 177: the most ordinary documents of north and north-east China offices.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind177_liaoning_tongzhi.docx / .pdf   辽宁省人民政府 通知 (辽政发〔2024〕8号) on the 辽宁自贸试验区,
      一、（一）1. outline, （一）…（十） numbered on across the 一、 sections, items naming one 片区.
  blind177_hlj_xize.docx / .pdf           黑龙江省商务厅 + 哈尔滨海关 joint 印发通知 (黑商联发〔2024〕6号);
      the 附件 is the 实施细则 itself: 第一章…第六章, 第一条…第十六条, 施行/有效期 clause.
      Joint 版头 drawn as a borderless 2x2 table (organ names left, merged “文件” right).
  blind177_manzhouli_fangan.docx / .pdf   满洲里市人民政府办公室 印发通知 + 工作方案 (2024—2026年) with a
      landscape 重点任务分工表 (category rows spanning all columns, 牵头单位/完成时限 merged over rows).
  blind177_tianjin_zhengji.docx / .pdf    天津市商务局 便函 (信函格式, no 文号) 关于征集…典型案例的通知,
      附件1 编写提纲, 附件2 回执 (a blank form table) at the end.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind177.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
XIAOSI = 12   # 小四
LINE = Pt(28)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ------------------------------------------------------------------ helpers
def sf(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(doc_or_cell, text="", east=FS, size=SAN, align=J, indent=2, line=LINE, bold=False, color=None, left=None, right=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        sf(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, hfont=KT, bfont=FS):
    p = P(doc)
    sf(p.add_run(head), hfont)
    sf(p.add_run(body), bfont)
    return p


def rule(p, side="bottom", sz=12, color="FF0000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = P(doc, indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def field_page(p, before, after, size=SI, east=ST):
    sf(p.add_run(before), east, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        sf(rr, east, size)
        if kind == "instr":
            rr._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            rr._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            rr._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    sf(p.add_run(after), east, size)


def setup(doc, footer="oddeven"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        field_page(fp, "— ", " —")
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        field_page(ep, "— ", " —")
    elif footer == "center_dash":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        field_page(fp, "— ", " —")
    elif footer == "center_hyphen":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        field_page(fp, "- ", " -", size=XIAOSI)
    return s


def head_red(doc, text, size=40, scale=None):
    p = P(doc, indent=0, align=C, line=Pt(size * 1.2))
    r = sf(p.add_run(text), XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return p


def docnum(doc, num, align=C):
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, num, indent=0, align=align)
    rule(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)
    return p


def title_paras(doc, parts, soft=False):
    if soft:
        p = P(doc, indent=0, align=C, line=Pt(34))
        for i, t in enumerate(parts):
            r = sf(p.add_run(t), XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            P(doc, t, XBZ, ER, C, 0, line=Pt(34))
    P(doc, indent=0)


def signoff(doc, issuer_line, date, right_chars=4, tab=None):
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, indent=0, align=R, right=Pt(SAN * right_chars))
    if tab:
        p.alignment = L
        p.paragraph_format.left_indent = Pt(SAN * 2)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), tab)))
    sf(p.add_run(issuer_line))
    P(doc, date, indent=0, align=R, right=Pt(SAN * right_chars))


def banji(doc, chaosong, printer, printdate, blanks=0):
    for _ in range(blanks):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24), left=Pt(SI * 4))
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    sf(p.add_run("抄送：" + chaosong), FS, SI)
    rule(p, "top", 12, "000000", 2)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24), left=Pt(SI), right=Pt(SI))
    sf(p.add_run(printer), FS, SI)
    sf(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8520"/></w:tabs>' % nsdecls("w")))
    rule(p, "top", 4, "000000", 2)
    rule(p, "bottom", 12, "000000", 2)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=XIAOSI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if line:
        p.paragraph_format.line_spacing = line
    if text:
        sf(p.add_run(text), east, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(tbl, widths):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in tbl.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w / 635)))
            tcW.set(qn("w:type"), "dxa")


def row_height(row, mm, exact=False):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(mm * 56.7), "exact" if exact else "atLeast")))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def attach_block(doc, items):
    """附件说明: 附件：1．… / 2．… aligned under the first title (hanging)."""
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            p = P(doc, "附件：" + t, indent=0, left=Pt(SAN * 5))
            p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        elif i == 0:
            p = P(doc, "附件：1．" + t, indent=0, left=Pt(SAN * 6.5))
            p.paragraph_format.first_line_indent = Pt(-SAN * 4.5)
        else:
            p = P(doc, "%d．" % (i + 1) + t, indent=0, left=Pt(SAN * 6.5))
            p.paragraph_format.first_line_indent = Pt(-SAN * 1.5)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================== (a) 辽宁
LN_TITLE_PARTS = ["辽宁省人民政府关于推动中国（辽宁）", "自由贸易试验区高水平开放更好服务", "共建“一带一路”的通知"]
LN_TITLE = "".join(LN_TITLE_PARTS)
LN_NUM = "辽政发〔2024〕8号"
LN_TO = "各市人民政府，省政府各厅委、各直属机构："
LN_INTRO = "中国（辽宁）自由贸易试验区（以下简称辽宁自贸试验区）设立以来，沈阳、大连、营口三个片区累计形成制度创新成果436项，其中32项在全国复制推广。为深入贯彻落实党中央、国务院关于推动东北全面振兴和共建“一带一路”高质量发展的决策部署，进一步发挥辽宁自贸试验区改革开放试验田作用，打造东北亚开放合作枢纽，经省政府同意，现就有关事项通知如下："
# (kind, label/head, text, place)
LN_BODY = [
    ("H", "一、畅通对外开放大通道", None, None),
    ("R", "（一）提升陆海联运通道能级。", "统筹沈阳、大连、营口片区港口、铁路、航空资源，推动“辽满欧”“辽蒙欧”“辽海欧”综合交通运输大通道建设。到2025年，全省中欧班列年开行量达到1200列以上，海铁联运集装箱量达到150万标准箱。", None),
    ("I", "1.", "支持大连片区依托大连港大窑湾港区建设东北亚国际航运中心核心区，加密至日本、韩国及东南亚的集装箱航线，2024年新开辟外贸航线不少于5条。", "大连片区"),
    ("I", "2.", "支持营口片区推进营口港鲅鱼圈港区海铁联运枢纽建设，稳定开行营口至满洲里、二连浩特方向中欧班列，对经营口港中转的班列货物实行“一次申报、一次查验、一次放行”。", "营口片区"),
    ("I", "3.", "支持沈阳片区推动中欧班列（沈阳）集结中心与沈阳综合保税区联动发展，2024年经集结中心开行中欧班列不少于450列。", "沈阳片区"),
    ("R", "（二）提升通关便利化水平。", "沈阳海关、大连海关会同省商务厅等部门，在辽宁自贸试验区全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，进口、出口整体通关时间分别压缩至30小时、1.5小时以内。", None),
    ("H", "二、深化制度型开放", None, None),
    ("R", "（三）深化投资管理体制改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，在辽宁自贸试验区推行企业开办“一网通办、一日办结”，对共建“一带一路”国家投资者设立企业实行“容缺受理”。", None),
    ("R", "（四）推动贸易方式创新。", "支持各片区发展跨境电商、市场采购、保税维修等新业态新模式。", None),
    ("I", "1.", "支持沈阳片区、大连片区建设跨境电商海外仓服务平台，对在共建“一带一路”国家新建或租用面积2000平方米以上海外仓的企业，按实际投入的20%给予最高200万元一次性补助。", "沈阳片区、大连片区"),
    ("I", "2.", "支持大连片区依托大连商品交易所开展铁矿石、大豆等大宗商品期货保税交割，扩大保税交割品种和交割库容。", "大连片区"),
    ("I", "3.", "支持营口片区开展汽车平行进口试点和二手车出口业务，2024年二手车出口额力争达到5亿元。", "营口片区"),
    ("R", "（五）提升金融服务水平。", "支持辽宁自贸试验区内银行机构为真实合规的新型离岸国际贸易提供跨境资金结算便利，扩大人民币在对共建“一带一路”国家贸易和投资中的使用，鼓励政策性、开发性金融机构对区内企业“走出去”项目给予中长期信贷支持。", None),
    ("H", "三、强化产业协同联动", None, None),
    ("R", "（六）打造先进装备制造业开放高地。", "支持沈阳片区联动中德（沈阳）高端装备制造产业园，引进德国及中东欧国家高端装备、汽车零部件企业，到2025年新增外资项目30个以上。", "沈阳片区；中德（沈阳）高端装备制造产业园（沈阳市铁西区，片区外联动）"),
    ("R", "（七）建设石化和冶金新材料产业基地。", "支持营口片区依托营口仙人岛能源化工区承接日韩精细化工产业转移，对年进口额超过1亿美元的加工贸易企业给予物流费用补助，单户企业年度补助不超过100万元。", "营口片区；营口仙人岛能源化工区"),
    ("R", "（八）推动联动创新发展。", "建立辽宁自贸试验区与鞍山、丹东、锦州等联动创新区协同机制，每年向联动创新区复制推广制度创新成果不少于20项。", "鞍山、丹东、锦州联动创新区（with the 辽宁自贸试验区）"),
    ("H", "四、加强组织保障", None, None),
    ("R", "（九）加强组织领导。", "省自贸试验区工作领导小组要统筹推进各项任务，省商务厅（省自贸办）负责日常协调；沈阳、大连、营口市人民政府要落实主体责任，制定年度工作计划并于每年3月底前报省自贸办。", "沈阳市、大连市、营口市 (their 市政府 as 责任主体; the clause as a whole is province-wide — tolerable either way)"),
    ("R", "（十）强化评估考核。", "省自贸办要会同有关部门对本通知落实情况开展年度评估，评估结果纳入各市绩效考核。各市、各有关部门要于每年12月10日前将当年工作进展情况报送省自贸办。", None),
]
LN_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，沈阳海关，大连海关。"


def build_liaoning():
    doc = Document()
    setup(doc, "oddeven")
    head_red(doc, "辽宁省人民政府文件", 44, scale=90)
    docnum(doc, LN_NUM)
    title_paras(doc, LN_TITLE_PARTS, soft=False)
    P(doc, LN_TO, indent=0)
    P(doc, LN_INTRO)
    for kind, h, t, _ in LN_BODY:
        if kind == "H":
            P(doc, h, HT)
        elif kind == "R":
            runin(doc, h, t)
        else:
            P(doc, h + t)
    signoff(doc, "辽宁省人民政府", "2024年4月12日", right_chars=4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）")
    page_break(doc)
    banji(doc, LN_CHAOSONG, "辽宁省人民政府办公厅", "2024年4月15日", blanks=18)
    out = os.path.join(HERE, "blind177_liaoning_tongzhi.docx")
    doc.save(out)
    return out


def expected_liaoning():
    clauses = [LN_INTRO]
    specific = {}
    for kind, h, t, place in LN_BODY:
        if kind == "H":
            continue
        clauses.append(h + t)
        if place:
            key = h if kind == "R" else "%s under %s" % (h, last_r)
            specific[key] = place
        if kind == "R":
            last_r = h[:3]
    return {
        "meta": {
            "title": LN_TITLE,
            "doc_number": LN_NUM,
            "issuer": ["辽宁省人民政府"],
            "date": "2024-04-12",
            "published": "2024-04-15",
            "level": "provincial",
            "region": "辽宁省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "辽宁省 (中国（辽宁）自由贸易试验区 沈阳、大连、营口片区)",
            "specific": specific,
            "note": "（一） names all three 片区 (province-wide FTZ, default). 满洲里、二连浩特 in 1. under （一） are 班列 destinations, not where the item applies; 日本、韩国、东南亚、德国、中东欧 are partners, not places of application. 沈阳海关/大连海关/省商务厅 are organs. 1. under （四） names two 片区 (沈阳 + 大连) — both should be kept.",
        },
        "_note": "Furniture, not clauses: red 版头 辽宁省人民政府文件; 文号 辽政发〔2024〕8号 + red rule; the title typed as THREE centered paragraphs (…关于推动中国（辽宁） / 自由贸易试验区高水平开放更好服务 / 共建“一带一路”的通知) which must be joined into one title without spaces; 主送 line (→ recipients); 落款 辽宁省人民政府 / 2024年4月12日; （此件公开发布）; 版记 on its own last page after 18 empty paragraphs (抄送：… / 辽宁省人民政府办公厅 2024年4月15日印发, tab-separated, between rules); footer page numbers “— N —” odd right / even left. Headings 一、…四、 are 黑体 section titles with no text (tolerable as heading clauses). （一）…（十） are run-in 楷体 headings — numbering runs on across the 一、 sections (（三） is under 二、, （六） under 三、, （九） under 四、): heading + text = ONE clause; labels must be （一）…（十）, not restart at （一） in each section. 1.2.3. items under （一） and under （四） are separate clauses (two sets of 1.2.3. — the second set belongs to （四）, not to （一）); path/parent should reflect that. The intro ends with “通知如下：”. date = 2024-04-12 (落款); 2024-04-15 is the 印发 date. No 施行/有效期 clause → effective/expires null (effective = date tolerable, low). No attachments. level provincial, region 辽宁省.",
        "_pdf": {"note": "same metadata and clauses; in the PDF the title is three centered lines, the 版记 sits alone at the bottom of the last page, page numbers “— N —” alternate right/left. No text missing from the text layer."},
    }


# ================================================================== (b) 黑龙江 joint
HLJ_RULES_TITLE = "中国（黑龙江）自由贸易试验区边民互市贸易进口商品落地加工实施细则"
HLJ_TITLE = "黑龙江省商务厅 哈尔滨海关关于印发《" + HLJ_RULES_TITLE + "》的通知"
HLJ_NUM = "黑商联发〔2024〕6号"
HLJ_TO = "哈尔滨、黑河、牡丹江、佳木斯、双鸭山、鸡西市商务局，中国（黑龙江）自由贸易试验区黑河片区、绥芬河片区管委会，哈尔滨海关各隶属海关："
HLJ_COVER = [
    "为贯彻落实国家关于促进边境贸易创新发展的决策部署和《中国（黑龙江）自由贸易试验区总体方案》，规范和促进边民互市贸易进口商品落地加工，省商务厅、哈尔滨海关制定了《" + HLJ_RULES_TITLE + "》，现印发给你们，请结合实际认真贯彻执行。",
    "执行中遇到的问题，请及时向省商务厅对外贸易处（0451-82620317）和哈尔滨海关口岸监管处（0451-84651328）反映。",
]
# ("CH", chapter) / ("A", 第X条, text, place) / ("X", （一）, text, place) item of the preceding article / ("K", text) 2nd 款
HLJ_RULES = [
    ("CH", "第一章　总　　则"),
    ("A", "第一条", "为规范和促进中国（黑龙江）自由贸易试验区（以下简称黑龙江自贸试验区）边民互市贸易进口商品落地加工，推动边境贸易创新发展，服务中蒙俄经济走廊建设，根据国家边民互市贸易管理有关规定和《中国（黑龙江）自由贸易试验区总体方案》，结合我省实际，制定本细则。", None),
    ("A", "第二条", "本细则适用于黑龙江自贸试验区黑河片区、绥芬河片区内经批准设立的边民互市贸易区（点）。东宁、同江、抚远边民互市贸易区参照本细则执行。", "黑河片区、绥芬河片区；东宁、同江、抚远边民互市贸易区（参照）"),
    ("A", "第三条", "本细则所称落地加工，是指边民或者边民互助组通过边民互市贸易方式进口的商品，由具备加工能力的企业在本省境内进行实质性加工，加工后的产品在境内销售或者出口的经营活动。", None),
    ("CH", "第二章　经营主体和商品范围"),
    ("A", "第四条", "从事互市进口商品落地加工的企业（以下简称加工企业）应当具备下列条件：", None),
    ("X", "（一）", "在黑河市、绥芬河市、东宁市、同江市、抚远市依法注册登记，具有独立法人资格；", "黑河市、绥芬河市、东宁市、同江市、抚远市"),
    ("X", "（二）", "具备与加工规模相适应的生产场所、设备和质量管理制度；", None),
    ("X", "（三）", "近两年内无走私违法记录，海关信用等级不低于一般信用企业。", None),
    ("A", "第五条", "落地加工的互市进口商品限于列入《边民互市贸易进口商品清单》的粮食、油料、木材、水产品、饲料等初级产品。省商务厅会同哈尔滨海关根据国家清单和产业发展需要，对全省落地加工商品目录实行动态调整，每年调整不超过一次。", None),
    ("A", "第六条", "边民应当以边民互助组为单位与加工企业签订购销合同，每个边民互助组成员不少于20人，每名边民每日进口商品价值不超过8000元人民币。", None),
    ("CH", "第三章　申报和监管"),
    ("A", "第七条", "加工企业应当通过“互市贸易综合服务平台”对互市进口商品实行全程电子化申报，做到交易信息、资金流、货物流“三流”一致。", None),
    ("A", "第八条", "黑河海关、绥芬河海关、东宁海关、同江海关、抚远海关按照“先放后检”“集中检验”原则，对符合条件的互市进口粮食、油料实施附条件提离。", None),
    ("K", "对需要实施检疫处理的商品，应当在互市贸易区（点）指定监管场所完成检疫处理后方可运往加工企业。"),
    ("A", "第九条", "加工企业应当建立原料进口、加工、成品销售台账，台账保存期限不少于3年，并于每季度结束后10个工作日内向所在地商务主管部门报送加工情况。", None),
    ("CH", "第四章　支持措施"),
    ("A", "第十条", "对在黑河片区、绥芬河片区内开展落地加工且年加工互市进口商品5000吨以上的加工企业，按照实际加工量每吨给予60元补助，单个企业年度补助最高不超过300万元。补助资金从省级外经贸发展专项资金中列支。", "黑河片区、绥芬河片区"),
    ("A", "第十一条", "支持绥芬河片区依托绥芬河铁路口岸和绥芬河综合保税区，开展互市进口木材“班列+落地加工”模式，对经中欧班列运输至省内加工的互市进口木材，按运费的30%给予补助。", "绥芬河片区（绥芬河铁路口岸、绥芬河综合保税区）"),
    ("A", "第十二条", "支持黑河片区开展卢布现钞使用试点，鼓励银行机构为边民和加工企业提供卢布、人民币双币种结算服务。", "黑河片区"),
    ("CH", "第五章　监督管理"),
    ("A", "第十三条", "各市商务主管部门应当会同当地海关对加工企业实行年度核查，核查结果于每年1月31日前报省商务厅、哈尔滨海关。", None),
    ("A", "第十四条", "加工企业有下列情形之一的，取消其落地加工资格，已享受的补助资金予以追回：", None),
    ("X", "（一）", "以虚假交易骗取补助资金的；", None),
    ("X", "（二）", "将互市进口商品未经加工直接转售的；", None),
    ("X", "（三）", "拒不配合监督检查的。", None),
    ("CH", "第六章　附　　则"),
    ("A", "第十五条", "本细则由省商务厅、哈尔滨海关按照职责分工负责解释。", None),
    ("A", "第十六条", "本细则自2024年6月1日起施行，有效期至2027年5月31日。", None),
]
HLJ_CHAOSONG = "商务部对外贸易司，海关总署口岸监管司，省人民政府办公厅，省财政厅，国家税务总局黑龙江省税务局。"


def build_hlj():
    doc = Document()
    setup(doc, "oddeven")
    # joint 版头 as offices draw it: a borderless table, organ names left, “文件” right over both rows
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    set_widths(tbl, [Mm(112), Mm(40)])
    for ri, name in enumerate(["黑龙江省商务厅", "哈尔滨海关"]):
        c = tbl.cell(ri, 0)
        c.width = Mm(110)
        cell_text(c, name, XBZ, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=Pt(46))
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    m.width = Mm(40)
    cell_text(m, "文件", XBZ, 48, C, color=RED)
    for ps in m.paragraphs[1:]:
        ps._p.getparent().remove(ps._p)
    docnum(doc, HLJ_NUM)
    title_paras(doc, ["黑龙江省商务厅 哈尔滨海关关于印发", "《中国（黑龙江）自由贸易试验区边民互市", "贸易进口商品落地加工实施细则》的通知"], soft=True)
    P(doc, HLJ_TO, indent=0)
    for t in HLJ_COVER:
        P(doc, t)
    attach_block(doc, [HLJ_RULES_TITLE])
    # joint 落款: two organs on one line separated by a tab, date under
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, indent=0, align=L, left=Pt(SAN * 2))
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8200"/></w:tabs>' % nsdecls("w")))
    sf(p.add_run("黑龙江省商务厅\t哈尔滨海关"))
    P(doc, "2024年5月20日", indent=0, align=R, right=Pt(SAN * 4))
    P(doc, indent=0)
    P(doc, "（此件主动公开）")
    # 附件: the 实施细则
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title_paras(doc, ["中国（黑龙江）自由贸易试验区", "边民互市贸易进口商品落地加工实施细则"], soft=False)
    for it in HLJ_RULES:
        if it[0] == "CH":
            P(doc, indent=0)
            P(doc, it[1], HT, SAN, C, 0)
            P(doc, indent=0)
        elif it[0] == "A":
            p = P(doc)
            sf(p.add_run(it[1] + "　"), HT)
            sf(p.add_run(it[2]))
        elif it[0] == "X":
            P(doc, it[1] + it[2])
        elif it[0] == "K":
            P(doc, it[1])
    page_break(doc)
    banji(doc, HLJ_CHAOSONG, "黑龙江省商务厅办公室", "2024年5月22日", blanks=17)
    out = os.path.join(HERE, "blind177_hlj_xize.docx")
    doc.save(out)
    return out


def expected_hlj():
    clauses = list(HLJ_COVER)
    specific = {}
    art = None
    for it in HLJ_RULES:
        if it[0] == "A":
            clauses.append(it[1] + "　" + it[2])
            art = it[1]
            if it[3]:
                specific[it[1]] = it[3]
        elif it[0] == "X":
            clauses.append(it[1] + it[2])
            if it[3]:
                specific[art + it[1]] = it[3]
        elif it[0] == "K":
            clauses[-1] = clauses[-1] + it[1]
    return {
        "meta": {
            "title": HLJ_TITLE,
            "doc_number": HLJ_NUM,
            "issuer": ["黑龙江省商务厅", "哈尔滨海关"],
            "date": "2024-05-20",
            "published": "2024-05-22",
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2024-06-01",
            "expires": "2027-05-31",
            "attachments": [HLJ_RULES_TITLE],
            "doc_type": "通知（印发实施细则）",
            "recipients": ["哈尔滨、黑河、牡丹江、佳木斯、双鸭山、鸡西市商务局", "中国（黑龙江）自由贸易试验区黑河片区、绥芬河片区管委会", "哈尔滨海关各隶属海关"],
            "publicity": "此件主动公开",
            "joint_issuers_note": "联合发文: 黑龙江省商务厅 (主办, 文号 黑商联发) + 哈尔滨海关 (a central vertical organ, 海关总署直属海关)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "黑龙江省 — 中国（黑龙江）自由贸易试验区黑河片区、绥芬河片区 (第二条), 东宁/同江/抚远 互市贸易区参照",
            "specific": specific,
            "note": "哈尔滨海关 is an organ, not 哈尔滨市 (the 哈尔滨片区 is NOT covered: 第二条 names only 黑河、绥芬河片区). 黑河海关/绥芬河海关/东宁海关 in 第八条 are organs (placing 第八条 in those cities is tolerable, low). 中蒙俄经济走廊 and 卢布 do not place anything abroad. 第四条（一） lists five 县级市 where enterprises must be registered.",
        },
        "_note": "One file, one 公文: the 印发通知 (2 paragraphs) + its 附件 = the 实施细则 itself (the rules are the content an analyst cites). Expected here as one document whose clauses are the 2 cover paragraphs then the articles; a second document for the 实施细则 (title = the 细则 title, issuer both organs, date 2024-05-20, effective 2024-06-01, expires 2027-05-31) is equally fine. Furniture: the joint 版头 is a borderless 2x2 TABLE (黑龙江省商务厅 / 哈尔滨海关 in the left cells, distributed; “文件” in the right column merged over both rows) — it must not become a clause, a table row (“黑龙江省商务厅：文件”) or the title; 文号 黑商联发〔2024〕6号 + red rule; title = ONE paragraph with two soft line breaks (after 关于印发, and inside 《…》 after 边民互市) — must be re-joined without a stray space/newline; note the title keeps the ordinary space between the two organ names (黑龙江省商务厅 哈尔滨海关关于…; dropping that space is tolerable); 主送; 附件说明 (附件：title); joint 落款 = ONE paragraph “黑龙江省商务厅<TAB>哈尔滨海关” + date 2024年5月20日 (issuer must be BOTH organs; 哈尔滨海关 alone or 黑龙江省商务厅 alone is medium); （此件主动公开）; the label 附件 and the 细则 title typed as two paragraphs (中国（黑龙江）自由贸易试验区 / 边民互市贸易…实施细则); chapter headings 第一章　总　　则 … 第六章　附　　则 (with spaces inside 总则/附则; headings, not clauses — tolerable as headings, and chapter must not be glued to the next article); 版记 on the last page after 17 empty paragraphs; page numbers “— N —” odd right/even left. Articles: 第X条 in 黑体 + 全角空格 + text = one clause; 第四条 and 第十四条 end with “：” and have （一）（二）（三） items, expected as separate clauses (merging them into the article tolerable, low; but the items must stay with THEIR article — the second （一）（二）（三） belong to 第十四条). 第八条 has two 款 (two paragraphs): expected as one clause (two clauses both labelled 第八条 tolerable); the second 款 must not be lost or attached to 第九条. effective = 2024-06-01 and expires = 2027-05-31 from 第十六条 — NOT the 成文日期 2024-05-20. date = 2024-05-20; 2024-05-22 = 印发. Dates inside articles (每年1月31日前) are deadlines, not metadata.",
        "_pdf": {"note": "same metadata and clauses. In the PDF the 版头 table prints as two red lines of organ names with a large “文件” to their right, vertically centered between them — text extraction may interleave “文件” with the organ names (furniture either way; must not become the title/issuer string). Page numbers alternate right/left."},
    }


# ================================================================== (c) 满洲里
MZL_PLAN = "满洲里市推动中欧班列和口岸高质量发展工作方案（2024—2026年）"
MZL_TITLE = "满洲里市人民政府办公室关于印发" + MZL_PLAN + "的通知"
MZL_NUM = "满政办发〔2024〕21号"
MZL_TO = "扎赉诺尔区人民政府，市人民政府各部门，各直属单位，驻满各有关单位："
MZL_COVER = "《" + MZL_PLAN + "》已经2024年6月28日市人民政府第12次常务会议审议通过，现印发给你们，请认真组织实施。"
MZL_TABLE_TITLE = "满洲里市推动中欧班列和口岸高质量发展重点任务分工表"
MZL_INTRO = "为深入贯彻落实习近平总书记关于把内蒙古建设成为我国向北开放重要桥头堡的重要指示精神，抢抓共建“一带一路”和中蒙俄经济走廊建设机遇，巩固提升满洲里中欧班列通道地位，推动口岸经济高质量发展，结合我市实际，制定本方案。"
MZL_BODY = [
    ("H", "一、主要目标", None, None),
    ("T", None, "到2026年，经满洲里铁路口岸进出境中欧班列年通行量达到5500列，口岸年过货量达到3500万吨；中欧班列（满洲里）集结中心年集结班列300列以上；口岸落地加工产值突破80亿元，口岸综合通关效率提升30%以上。", "满洲里铁路口岸"),
    ("H", "二、重点任务", None, None),
    ("R", "（一）提升铁路口岸通行能力。", "配合中国铁路哈尔滨局集团有限公司实施满洲里站换装扩能改造，新增宽准轨换装线4条，2025年底前铁路口岸换装能力达到年5000列以上；推动中俄双方增加后贝加尔斯克站接车计划，减少班列口岸停留时间。", "满洲里站（铁路口岸）"),
    ("R", "（二）建设中欧班列集结中心。", "在满洲里国际物流产业园区建设中欧班列（满洲里）集结中心，完善集装箱场站、海关监管作业场所和冷链查验设施，吸引东北、华北地区货源在满洲里集结编组，开行“满洲里—莫斯科”“满洲里—明斯克”等回程班列。", "满洲里国际物流产业园区"),
    ("R", "（三）推进智慧口岸建设。", "推进满洲里公路口岸货运通道智能化改造，实现货车“无感通关”；在中俄互市贸易区推广“互市贸易+电子结算”模式，2024年底前实现互市交易线上申报全覆盖。", "满洲里公路口岸；中俄互市贸易区"),
    ("R", "（四）发展口岸落地加工。", "依托满洲里综合保税区和扎赉诺尔区进口资源加工园区，重点发展进口木材、粮油、矿产品落地加工，对新入驻园区且年加工进口资源10万吨以上的企业，给予最高50万元一次性奖励。", "满洲里综合保税区；扎赉诺尔区进口资源加工园区"),
    ("R", "（五）激活二卡口岸功能。", "加快推进二卡口岸基础设施改造，争取2025年恢复客货运输常态化运行，打造满洲里—扎赉诺尔—二卡沿边开放带。", "二卡口岸（扎赉诺尔区）"),
    ("R", "（六）优化口岸营商环境。", "严格执行口岸收费目录清单公示制度，口岸经营服务性收费较2023年降低10%以上；推行口岸“7×24小时”预约通关，企业预约申请当日办结率达到100%。", None),
    ("H", "三、保障措施", None, None),
    ("R", "（一）加强组织领导。", "成立由市政府主要领导任组长的中欧班列和口岸高质量发展工作专班，专班办公室设在市口岸办，负责统筹协调、调度推进各项任务。", None),
    ("R", "（二）强化资金保障。", "市财政每年安排口岸发展专项资金不低于3000万元，统筹用于班列集结补贴、口岸基础设施建设和落地加工奖励。", None),
    ("R", "（三）严格督查考核。", "各牵头单位于每季度末月25日前将任务进展情况报送市口岸办，市政府督查室对重点任务实行月调度、季通报，考核结果纳入年度绩效考核。", None),
]
MZL_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
# ("G", group) or (no, task, lead, partners, deadline, place)
MZL_ROWS = [
    ("G", "一、通道能力提升"),
    ("1", "实施满洲里站换装扩能改造，新增宽准轨换装线4条", "市口岸办", "市发改委、满洲里站", "2025年12月底前", "满洲里站"),
    ("2", "争取增加后贝加尔斯克站接车计划，压缩班列口岸停留时间", "市口岸办", "满洲里海关、满洲里站", "长期坚持", None),
    ("3", "在满洲里国际物流产业园区建设中欧班列（满洲里）集结中心", "市商务局", "市发改委、市自然资源局、国际物流产业园区管委会", "2026年6月底前", "满洲里国际物流产业园区"),
    ("4", "开行“满洲里—莫斯科”“满洲里—明斯克”等回程班列", "市商务局", "满洲里站、市口岸办", "长期坚持", None),
    ("G", "二、智慧口岸建设"),
    ("5", "推进满洲里公路口岸货运通道智能化改造，实现货车“无感通关”", "市口岸办", "满洲里海关、满洲里边境检查站、市大数据中心", "2025年6月底前", "满洲里公路口岸"),
    ("6", "在中俄互市贸易区推广“互市贸易+电子结算”模式", "市商务局", "中俄互市贸易区管委会、人民银行满洲里市分行", "2024年12月底前", "中俄互市贸易区"),
    ("G", "三、口岸经济发展"),
    ("7", "依托满洲里综合保税区发展进口木材、粮油、矿产品落地加工", "市工信局", "满洲里综合保税区管委会、扎赉诺尔区人民政府", "2026年12月底前", "满洲里综合保税区"),
    ("8", "对新入驻扎赉诺尔区进口资源加工园区且年加工进口资源10万吨以上的企业给予一次性奖励", "市工信局", "市财政局、扎赉诺尔区人民政府", "2026年12月底前", "扎赉诺尔区进口资源加工园区"),
    ("9", "推进二卡口岸基础设施改造，恢复客货运输常态化运行", "扎赉诺尔区人民政府", "市口岸办、满洲里海关、满洲里边境检查站", "2025年12月底前", "二卡口岸（扎赉诺尔区）"),
    ("10", "降低口岸经营服务性收费，推行“7×24小时”预约通关", "市口岸办", "市市场监管局、满洲里海关", "长期坚持", None),
]
MZL_VMERGE = [(2, "1", "2"), (2, "3", "4"), (2, "7", "8"), (4, "7", "8")]  # (col, from 序号, to 序号)
MZL_CHAOSONG = "市委办公室，市人大常委会办公室，市政协办公室，呼伦贝尔市人民政府办公室，满洲里海关，满洲里边境检查站。"


def build_manzhouli():
    doc = Document()
    s = setup(doc, "center_dash")
    head_red(doc, "满洲里市人民政府办公室文件", 36, scale=85)
    docnum(doc, MZL_NUM)
    p = P(doc, MZL_TITLE, XBZ, ER, C, 0, line=Pt(34))
    P(doc, indent=0)
    P(doc, MZL_TO, indent=0)
    P(doc, MZL_COVER)
    signoff(doc, "满洲里市人民政府办公室", "2024年7月5日", right_chars=4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）")
    page_break(doc)
    # the 方案 (the object of the 印发, no “附件” label, as 办公室 印发通知 usually do)
    title_paras(doc, ["满洲里市推动中欧班列和口岸", "高质量发展工作方案", "（2024—2026年）"], soft=False)
    P(doc, MZL_INTRO)
    for kind, h, t, _ in MZL_BODY:
        if kind == "H":
            P(doc, h, HT)
        elif kind == "T":
            P(doc, t)
        else:
            runin(doc, h, t)
    attach_block(doc, [MZL_TABLE_TITLE])
    # landscape section for the 分工表
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Mm(297), Mm(210)
    ns.top_margin, ns.bottom_margin = Mm(28), Mm(26)
    ns.left_margin, ns.right_margin = Mm(37), Mm(35)
    ns.footer_distance = Mm(15)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, MZL_TABLE_TITLE, XBZ, ER, C, 0, line=Pt(34))
    P(doc, indent=0, line=Pt(14))
    tbl = doc.add_table(rows=1 + len(MZL_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(88), Mm(36), Mm(60), Mm(26)]
    set_widths(tbl, widths)
    for ci, h in enumerate(MZL_HEADER):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        cell_text(c, h, HT, SI)
    repeat_header(tbl.rows[0])
    rowidx = {}
    for ri, row in enumerate(MZL_ROWS, start=1):
        if row[0] == "G":
            c = tbl.cell(ri, 0).merge(tbl.cell(ri, 4))
            cell_text(c, row[1], HT, SI, L)
            for ps in c.paragraphs[1:]:
                ps._p.getparent().remove(ps._p)
            continue
        rowidx[row[0]] = ri
        for ci in range(5):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            cell_text(c, row[ci], FS, SI, L if ci in (1, 3) else C)
        row_height(tbl.rows[ri], 11)
    for col, a, b in MZL_VMERGE:
        r0, r1 = rowidx[a], rowidx[b]
        for r in range(r0 + 1, r1 + 1):
            for run in tbl.cell(r, col).paragraphs[0].runs:
                run.text = ""
        m = tbl.cell(r0, col).merge(tbl.cell(r1, col))
        for ps in m.paragraphs[1:]:
            if not ps.text.strip():
                ps._p.getparent().remove(ps._p)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # back to portrait for the 版记 on the last page
    bs = doc.add_section(WD_SECTION.NEW_PAGE)
    bs.orientation = WD_ORIENT.PORTRAIT
    bs.page_width, bs.page_height = Mm(210), Mm(297)
    bs.top_margin, bs.bottom_margin = Mm(37), Mm(35)
    bs.left_margin, bs.right_margin = Mm(28), Mm(26)
    bs.footer_distance = Mm(28)
    banji(doc, MZL_CHAOSONG, "满洲里市人民政府办公室", "2024年7月8日", blanks=17)
    out = os.path.join(HERE, "blind177_manzhouli_fangan.docx")
    doc.save(out)
    return out


def expected_manzhouli():
    clauses = [MZL_COVER, MZL_INTRO]
    specific = {}
    sec = None
    for kind, h, t, place in MZL_BODY:
        if kind == "H":
            sec = h[:2]
            continue
        if kind == "T":
            clauses.append(t)
            if place:
                specific["一、主要目标 paragraph"] = place
        else:
            clauses.append(h + t)
            if place:
                specific["%s %s" % (sec, h[:3])] = place
    for row in MZL_ROWS:
        if row[0] == "G":
            continue
        clauses.append(row_clause(MZL_HEADER, row[:5]))
        if row[5]:
            specific["分工表 row %s" % row[0]] = row[5]
    return {
        "meta": {
            "title": MZL_TITLE,
            "doc_number": MZL_NUM,
            "issuer": ["满洲里市人民政府办公室"],
            "date": "2024-07-05",
            "published": "2024-07-08",
            "level": "county",
            "region": "内蒙古自治区满洲里市",
            "effective": None,
            "expires": None,
            "attachments": [MZL_TABLE_TITLE],
            "doc_type": "通知（印发工作方案）",
            "recipients": ["扎赉诺尔区人民政府", "市人民政府各部门", "各直属单位", "驻满各有关单位"],
            "publicity": "此件公开发布",
            "period": "2024—2026年 (the 方案's span; not an 有效期 clause)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "内蒙古自治区满洲里市",
            "specific": specific,
            "note": "莫斯科、明斯克、后贝加尔斯克站 (Russia/Belarus) are 班列 destinations/partner stations — clauses must not be placed abroad. 东北、华北地区 (（二）) are source regions of cargo, not places of application. 满洲里海关、满洲里边境检查站、扎赉诺尔区人民政府 in 牵头/配合单位 columns are organs; placing row 9 in 扎赉诺尔区 is right (二卡口岸 is there). 呼伦贝尔市 (抄送 only) must not become the region.",
        },
        "_note": "One 公文: 印发通知 (1 paragraph) + the 工作方案 itself, which follows the 落款 on a new page WITHOUT an “附件” label (the usual way an 办公室 印发通知 is laid out) — the 方案 title (three centered paragraphs: 满洲里市推动中欧班列和口岸 / 高质量发展工作方案 / （2024—2026年）) must not replace the notice title, and the 方案 body must not be lost. Notice title is ONE paragraph (no 书名号 around the 方案 name, as 内蒙古 offices often write it) wrapping over two lines. Furniture: red 版头 满洲里市人民政府办公室文件; 文号 满政办发〔2024〕21号 + red rule; 主送; 落款 + 2024年7月5日; （此件公开发布）; the 方案's 附件说明 (附件：…分工表 → attachments); the label 附件 and the table title on the landscape page; the table header row (repeated on each page); 版记 on a final portrait page (a third section) after 17 empty paragraphs (印发 2024-07-08); centered page numbers “— N —”. 一、主要目标 is a heading followed by its own text paragraph (heading with text under it: the text paragraph is the clause, the heading may be the path). 二、重点任务 （一）…（六） and 三、保障措施 （一）…（三） are run-in 楷体 headings — numbering RESTARTS at （一） under 三、, so labels repeat: the two （一）（二）（三） must keep distinct paths (二、 vs 三、). 分工表 (landscape section): header 序号/重点任务/牵头单位/配合单位/完成时限; three category rows (一、通道能力提升 / 二、智慧口岸建设 / 三、口岸经济发展) span all 5 columns — group headings, not rows (as heading/path fine; as a clause tolerable, low; glued into a row’s text medium); vertically merged cells: 牵头单位 市口岸办 over rows 1–2, 市商务局 over rows 3–4, 市工信局 over rows 7–8, and 完成时限 2026年12月底前 over rows 7–8 — every row must still carry its 牵头单位 and 完成时限 (blank 牵头单位 on rows 2/4/8 = medium: ‘who leads task 4’ is the analyst's question). date = 2024-07-05; 2024-06-28 is the 常务会议 date, 2024-07-08 the 印发 date. No effective/expires (2024—2026年 is the plan period; expires 2026-12-31 tolerable, low). level county: 满洲里 is a 县级市 (自治区计划单列, 呼伦贝尔市代管) — ‘municipal’ tolerable, low.",
        "_pdf": {"note": "same metadata and clauses. PDF pages: cover (1), 方案 (2–4), the landscape 分工表 page(s), then the portrait 版记 page. In the PDF the merged 牵头单位/完成时限 text is printed once, vertically centred across the merged rows (so it sits between row 1 and row 2 lines, etc.) — a PDF table reader must assign it to every merged row (or at least to the top one; blank on the others = medium). The category rows print as full-width bold lines inside the table. The table runs over two landscape pages (rows 1–8 on page 5, rows 9–10 on page 6 under the REPEATED header row — the repeated header is not a row, and rows 9–10 must not be lost or merged into row 8). Narrow cells wrap (完成时限 “2025年12 / 月底前”, 牵头单位 “扎赉诺尔区人 / 民政府”) — the wrapped pieces must be re-joined inside their cell, not glued to the neighbouring cell's text. Centered page numbers “— N —” on landscape and portrait pages alike."},
    }


# ================================================================== (d) 天津 便函
TJ_TITLE_PARTS = ["天津市商务局关于征集2024年度天津市", "企业参与共建“一带一路”典型案例的通知"]
TJ_TITLE = "".join(TJ_TITLE_PARTS)
TJ_TO = "各区商务局，天津经济技术开发区、天津港保税区、滨海高新区、东疆综合保税区商务主管部门，各有关企业："
TJ_INTRO = "为贯彻落实《商务部办公厅关于做好2024年对外投资合作典型案例征集工作的通知》（商办合函〔2024〕186号）要求，总结推广我市企业参与共建“一带一路”的好经验好做法，市商务局决定开展2024年度天津市企业参与共建“一带一路”典型案例征集工作。现将有关事项通知如下："
TJ_ATT1 = "2024年度天津市企业参与共建“一带一路”典型案例编写提纲"
TJ_ATT2 = "回执"
TJ_BODY = [
    ("H", "一、征集范围", None, None),
    ("T", None, "在本市依法注册，2021年1月1日以来在共建“一带一路”国家和地区开展对外投资、对外承包工程、跨境电商等业务，经营状况良好，近三年未发生重大安全生产和质量事故、未被列入严重失信主体名单的企业。", None),
    ("H", "二、征集类别", None, None),
    ("I", "1.境外投资与产能合作类。", "重点征集在境外经贸合作区、重点产业园区开展产能合作，带动装备、技术、标准和服务“走出去”的案例，如中埃·泰达苏伊士经贸合作区入区企业的实践。", None),
    ("I", "2.对外承包工程类。", "重点征集承建交通、能源、通信等基础设施项目，推动“投建营”一体化发展的案例。", None),
    ("I", "3.跨境电商与海外仓类。", "重点征集依托中国（天津）跨境电子商务综合试验区，建设运营海外仓、开拓共建“一带一路”国家市场的案例。", None),
    ("I", "4.融资租赁与航运服务类。", "重点征集中国（天津）自由贸易试验区天津港东疆片区融资租赁企业开展飞机、船舶、海工装备跨境租赁，以及航运企业开辟共建“一带一路”航线的案例。", "天津港东疆片区"),
    ("I", "5.自贸试验区联动创新类。", "重点征集天津机场片区、滨海新区中心商务片区企业运用自贸试验区制度创新成果开展国际合作的案例。", "天津机场片区、滨海新区中心商务片区"),
    ("H", "三、报送要求", None, None),
    ("I", "1.", "各区商务局、各功能区商务主管部门负责组织辖区企业申报，并对案例材料的真实性进行审核，每个区（功能区）推荐案例不超过5个。", None),
    ("I", "2.", "案例材料按照附件1提纲编写，字数控制在3000字以内，可附图片3至5张。请于2024年9月13日前将案例材料（Word版及加盖公章的PDF版）和回执（附件2）发送至电子邮箱swjhzc@tj.gov.cn。", None),
    ("I", "3.", "市商务局将组织专家对案例进行评审，入选案例汇编成册并择优推荐至商务部，入选企业申报市级外经贸发展专项资金时予以优先支持。", None),
    ("H", "四、联系方式", None, None),
    ("T", None, "市商务局对外投资和经济合作处　赵婧　联系电话：022-58665237。", None),
]
TJ_OUTLINE = [
    "一、企业基本情况。企业名称、成立时间、注册地（所在区）、主营业务、境外业务布局等。",
    "二、项目基本情况。项目所在国别（地区）、投资或合同金额、建设运营情况、带动出口及当地就业情况等。",
    "三、主要做法和经验。企业在合规经营、风险防控、本土化经营、履行社会责任等方面的具体做法。",
    "四、取得成效。项目的经济效益和社会效益，尽量以数据说明。",
    "五、下一步工作打算及意见建议。",
]
TJ_RECEIPT_NOTE = "注：请于2024年9月13日前随案例材料一并报送。"


def build_tianjin():
    doc = Document()
    setup(doc, "center_hyphen")
    # 信函格式 / 便函: organ name in red, red double rule, no 文号
    p = head_red(doc, "天津市商务局", 36, scale=100)
    P(doc, indent=0, line=Pt(8))
    q = P(doc, indent=0, line=Pt(6))
    rule(q, "top", 18, "FF0000", 0, val="thinThickSmallGap")
    P(doc, indent=0)
    title_paras(doc, TJ_TITLE_PARTS, soft=False)
    P(doc, TJ_TO, indent=0)
    P(doc, TJ_INTRO)
    for kind, h, t, _ in TJ_BODY:
        if kind == "H":
            P(doc, h, HT)
        elif kind == "T":
            P(doc, t)
        else:
            P(doc, h + t)
    attach_block(doc, [TJ_ATT1, TJ_ATT2])
    signoff(doc, "天津市商务局", "2024年8月23日", right_chars=4)
    # 附件1
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    title_paras(doc, ["2024年度天津市企业参与共建“一带一路”", "典型案例编写提纲"], soft=False)
    for t in TJ_OUTLINE:
        P(doc, t)
    # 附件2 回执
    page_break(doc)
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "回　执", XBZ, ER, C, 0, line=Pt(34))
    P(doc, indent=0)
    tbl = doc.add_table(rows=6, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    w = [Mm(36), Mm(42), Mm(36), Mm(42)]
    set_widths(tbl, w)
    labels = [("单位名称", None, None), ("所属区（功能区）", "推荐案例数（个）", None), ("联系人", "职务", None),
              ("办公电话", "手机", None), ("电子邮箱", None, None), ("案例名称及类别", None, None)]
    for ri, (a, b, _) in enumerate(labels):
        for ci in range(4):
            tbl.cell(ri, ci).width = w[ci]
        cell_text(tbl.cell(ri, 0), a, FS, SI)
        if b:
            cell_text(tbl.cell(ri, 1), "", FS, SI)
            cell_text(tbl.cell(ri, 2), b, FS, SI)
            cell_text(tbl.cell(ri, 3), "", FS, SI)
        else:
            m = tbl.cell(ri, 1).merge(tbl.cell(ri, 3))
            cell_text(m, "", FS, SI)
            for ps in m.paragraphs[1:]:
                ps._p.getparent().remove(ps._p)
        row_height(tbl.rows[ri], 40 if ri == 5 else 14)
    P(doc, TJ_RECEIPT_NOTE, FS, SI, L, 0, line=Pt(26))
    out = os.path.join(HERE, "blind177_tianjin_zhengji.docx")
    doc.save(out)
    return out


def expected_tianjin():
    clauses = [TJ_INTRO]
    specific = {}
    sec = None
    for kind, h, t, place in TJ_BODY:
        if kind == "H":
            sec = h[:2]
            continue
        clauses.append((h or "") + t)
        if place:
            specific["%s %s" % (sec, h[:2])] = place
    clauses += TJ_OUTLINE
    return {
        "meta": {
            "title": TJ_TITLE,
            "doc_number": None,
            "issuer": ["天津市商务局"],
            "date": "2024-08-23",
            "published": None,
            "level": "provincial",
            "region": "天津市",
            "effective": None,
            "expires": None,
            "attachments": [TJ_ATT1, TJ_ATT2],
            "doc_type": "通知（便函）",
            "recipients": ["各区商务局", "天津经济技术开发区、天津港保税区、滨海高新区、东疆综合保税区商务主管部门", "各有关企业"],
            "publicity": None,
            "deadline": "2024-09-13",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "天津市",
            "specific": specific,
            "note": "二、1. names 中埃·泰达苏伊士经贸合作区 (in Egypt) as an example — must not place the clause abroad. 二、3. names 中国（天津）跨境电子商务综合试验区 (city-wide, default is fine). 东疆综合保税区 in 主送 is a recipient, not a place of a clause.",
        },
        "_note": "便函 in 信函格式: the head is only the organ name 天津市商务局 in red with a red double rule under it — NO 文号 (doc_number must be null: the only 〔2024〕 number in the text, 商办合函〔2024〕186号, belongs to the 商务部办公厅 document cited in the intro and must NOT become this notice's 文号 — high if it does). No 版记 (便函 have none), no publicity line. Title typed as TWO centered paragraphs (…2024年度天津市 / 企业参与共建“一带一路”典型案例的通知), to be joined. Furniture: red head, the double rule, 主送, 附件说明 (附件：1．… / 2．回执 → 2 attachments), 落款 天津市商务局 / 2024年8月23日, the labels 附件1 / 附件2, the 附件1 title (two paragraphs), the 回执 title “回　执” (with a full-width space), centered page numbers “- N -”. Body: 一、…四、 are 黑体 headings with their text in separate paragraph(s) below (一、 and 四、 have one text paragraph; 二、 has five items “1.境外投资与产能合作类。…” with run-in category names; 三、 has items 1.2.3.) — two sets of 1.… items: those of 三、 must not be attached to 二、. 联系方式 line under 四、 is a clause. 附件1 outline 一、…五、 (each one paragraph with its heading run in) are clauses — their labels 一、…五、 repeat the body's 一、…四、 labels and must keep a distinct path (附件1). 附件2 回执 is a BLANK FORM table (6 rows: 单位名称 / 所属区（功能区）+推荐案例数（个） / 联系人+职务 / 办公电话+手机 / 电子邮箱 / 案例名称及类别, value cells empty, several merged across 3 columns): no clauses expected; the field labels as one clause or as label-only rows are tolerable (low); rows like “单位名称：” with nothing, many of them, are noise (low). The note under it (注：请于2024年9月13日前随案例材料一并报送。) is tolerable as a clause or dropped. date = 2024-08-23 (落款). 2024-09-13 is the submission deadline, 2021-01-01 a scope date — neither is date/effective. level: 天津 is a 直辖市, so 天津市商务局 is a provincial-level department → provincial (municipal is a common confusion, low).",
        "_pdf": {"note": "same metadata and clauses. In the PDF the red double rule is a drawn line (no text); the 回执 page holds only the form grid and labels. Centered page numbers “- N -”."},
    }


# ------------------------------------------------------------------ PDF + main
def to_pdf(path):
    prof = "/tmp/lo_177"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    outs = [build_liaoning(), build_hlj(), build_manzhouli(), build_tianjin()]
    for o in outs:
        to_pdf(o)
    exp = {
        "blind177_liaoning_tongzhi": [expected_liaoning()],
        "blind177_hlj_xize": [expected_hlj()],
        "blind177_manzhouli_fangan": [expected_manzhouli()],
        "blind177_tianjin_zhengji": [expected_tianjin()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(o) for o in outs])


if __name__ == "__main__":
    main()
