# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 596 blind test documents: 跨境电子商务零售进口商品清单调整."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def font(run, name, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, runs=(), align=JUSTIFY, indent=True, size=16, line=28,
         before=0, after=0, left=None):
    """runs: list of (text, fontname, bold) or str (FS body).  '\n' in text
    becomes a soft line break (Shift+Enter)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for item in runs:
        if isinstance(item, str):
            item = (item, FS, False)
        text, fname, bold = item[:3]
        color = item[3] if len(item) > 3 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            font(r, fname, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(container, n=1, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run("")
        font(r, FS, size)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
        fp = s.footer.paragraphs[0]
        fp.alignment = CENTER
        r = fp.add_run("— ")
        font(r, "宋体", 14)
        r = fp.add_run()
        font(r, "宋体", 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r = fp.add_run()
        font(r, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._r.append(it)
        r = fp.add_run()
        font(r, "宋体", 14)
        sp = OxmlElement("w:fldChar")
        sp.set(qn("w:fldCharType"), "separate")
        r._r.append(sp)
        r = fp.add_run("1")
        font(r, "宋体", 14)
        r = fp.add_run()
        font(r, "宋体", 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r._r.append(e)
        r = fp.add_run(" —")
        font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def cell_text(cell, text, size=12, fname=FS, bold=False, align=LEFT):
    """text may be a list -> several paragraphs in the cell."""
    items = text if isinstance(text, list) else [text]
    cell.paragraphs[0].text = ""
    for i, t in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(size + 6)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        font(r, fname, size, bold)


def fix_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def goods_table(doc, headers, widths, rows, size=12, code_align=CENTER):
    """rows: ('chap', text) or (seq, code, desc, req, note)."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(headers):
        hdr.cells[i].width = Cm(widths[i])
        cell_text(hdr.cells[i], h, size=size, fname=HT, align=CENTER)
    for row in rows:
        r = t.add_row()
        cant_split(r)
        for i in range(len(headers)):
            r.cells[i].width = Cm(widths[i])
        if row[0] == "chap":
            m = r.cells[0].merge(r.cells[len(headers) - 1])
            cell_text(m, row[1], size=size, fname=HT, align=LEFT)
        else:
            for i, v in enumerate(row):
                al = CENTER if i in (0, 1) else LEFT
                cell_text(r.cells[i], v, size=size, align=al)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    return t


def row_clause(headers, row):
    if row[0] == "chap":
        return row[1]
    out = []
    for h, v in zip(headers, row):
        if isinstance(v, list):
            v = "".join(v)
        if v:
            out.append(f"{h}：{v}")
    return "；".join(out)


def numbering_chinese(doc, num_id=90):
    """Word automatic numbering （一）（二）… (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{KT}"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    # abstractNum must precede all num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    npr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    ppr.insert(0, npr)
    p.paragraph_format.first_line_indent = Pt(32)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>')
    tblpr.append(b)


def banji(doc, lines):
    """版记 as a one-column table with thick top/bottom rules."""
    t = doc.add_table(rows=len(lines), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>')
    tblpr.append(b)
    for i, ln in enumerate(lines):
        c = t.rows[i].cells[0]
        c.width = Cm(15.6)
        cell_text(c, ln, size=14, fname=FS)
    return t


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ================================================================ doc 1
H1 = ["序号", "税则号列", "商品描述", "监管要求", "备注"]
REQ_MILK = "须符合我国食品安全国家标准；境外生产企业须在海关总署注册"
REQ_PET = "须符合进口宠物食品检验检疫要求；境外生产企业须经海关总署注册"
REQ_COS = "网购保税进口的，免于向药品监督管理部门办理首次进口注册或备案；直购进口按照个人物品有关规定执行"
REQ_CCC = "属于强制性产品认证目录内的，按照相关规定执行"
REQ_GEN = "按照一般消费品实施监管"
ROWS1 = [
    ("chap", "第4章 乳品、蛋品、天然蜂蜜及其他食用动物产品"),
    ("1", "04011000", "脂肪含量按重量计不超过1%的未浓缩及未加糖或其他甜物质的乳及奶油", REQ_MILK, "新增；仅限网购保税商品"),
    ("2", "04012000", "脂肪含量按重量计超过1%，但不超过6%的未浓缩及未加糖或其他甜物质的乳及奶油（包括巴氏杀菌乳、灭菌乳等）", REQ_MILK, "新增；仅限网购保税商品"),
    ("3", "04022100", "未加糖或其他甜物质的固状乳及奶油，脂肪含量按重量计超过1.5%（包括全脂奶粉，但婴幼儿配方乳粉除外）", REQ_MILK, ""),
    ("4", "04041000", "乳清及已浓缩、加糖或其他甜物质的乳清（包括乳清蛋白粉）", REQ_MILK, "新增；不包括婴幼儿配方食品用乳清粉"),
    ("5", "04090000", "天然蜂蜜", "须符合我国食品安全国家标准；须提供原产地证明", "调整备注"),
    ("chap", "第21章 杂项食品"),
    ("6", "21011100", "咖啡浓缩精汁", "须符合我国食品安全国家标准", ""),
    ("7", "21069090", "其他编号未列名的食品（包括蛋白粉、代餐粉、膳食补充剂等）", "属于保健食品的，须取得注册证书或者完成备案", "调整税则号列"),
    ("chap", "第23章 食品工业的残渣及废料；配制的动物饲料"),
    ("8", "23091010", "零售包装的狗食或猫食罐头", REQ_PET, "新增"),
    ("9", "23091090", "其他零售包装的狗食或猫食（罐头除外）", REQ_PET, "新增；不包括处方粮"),
    ("chap", "第33章 精油及香膏；芳香料制品及化妆盥洗品"),
    ("10", "33030000", "香水及花露水", REQ_COS, ""),
    ("11", "33049100", "粉，不论是否压紧", REQ_COS, ""),
    ("12", "33049900", "其他美容品或化妆品及护肤品（包括防晒油或晒黑油，但药品除外），含面膜、精华液、眼霜等", REQ_COS, "特殊化妆品除外"),
    ("13", "33051000", "洗发剂（香波）", REQ_COS, ""),
    ("chap", "第85章 电机、电气设备及其零件"),
    ("14", "85098090", "其他家用电动器具（包括家用美容仪、洁面仪、电动牙刷等）", REQ_CCC, "新增"),
    ("15", "85163100", "电吹风机", REQ_CCC, ""),
    ("16", "85163200", "其他电热理发器具（包括卷发器、直发器等）", REQ_CCC, "调整备注"),
    ("chap", "第95章 玩具、游戏品、运动用品及其零件、附件"),
    ("17", "95061100", "滑雪屐", REQ_GEN, "新增"),
    ("18", "95061200", "滑雪屐扣件（滑雪屐带）", REQ_GEN, "新增"),
    ("19", "95061900", "其他滑雪用具（包括滑雪杖、滑雪板固定器等）", REQ_GEN, "新增"),
    ("20", "95030089", "其他未列名玩具", "属于强制性产品认证目录内的儿童玩具，须符合国家强制性标准", "调整备注"),
]
NOTES1 = [
    "注：1．本表所列商品以税则号列为准，商品描述仅供参考。",
    "2．“新增”指在《跨境电子商务零售进口商品清单（2019年版）》基础上增列的商品；“调整备注”“调整税则号列”指对原清单相应内容的修改。",
    "3．备注中注明“仅限网购保税商品”的，不适用直购进口模式。",
]
BODY1_INTRO = "为贯彻落实党中央、国务院关于促进跨境电子商务健康持续发展的决策部署，更好满足人民群众多样化、品质化消费需求，根据《财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知》（财关税〔2018〕49号）等有关规定，现将调整跨境电子商务零售进口商品清单有关事项公告如下："
BODY1 = [
    ("一、", "自2026年1月1日起，在《跨境电子商务零售进口商品清单（2019年版）》基础上，增列鲜奶、乳清蛋白粉、宠物食品、滑雪用具、家用美容仪器等商品，并根据2026年版《中华人民共和国进出口税则》税目转换情况，相应调整部分商品的税则号列和备注。调整的商品明细见附件。"),
    ("二、", "清单内商品实行限值内关税税率暂设为0%，进口环节增值税、消费税暂按法定应纳税额的70%征收。跨境电子商务零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。"),
    ("三、", "清单内商品免于向海关提交许可证件，但下列情形除外："),
    ("（一）", "依法需要执行首次进口许可批件、注册或者备案要求的化妆品、婴幼儿配方乳粉、药品、医疗器械、特殊食品（包括保健食品、特殊医学用途配方食品等）等，按照国家相关法律法规的规定执行；"),
    ("（二）", "直购进口模式下，对清单中备注“仅限网购保税商品”的商品，依照有关规定执行进口管理措施；"),
    ("（三）", "对相关部门明令暂停进口的疫区商品，以及对出现重大质量安全风险的商品启动风险应急处置的，不适用本条规定。"),
    ("四、", "跨境电子商务企业、跨境电子商务平台、境内服务商应当按照《商务部 发展改革委 财政部 海关总署 税务总局 市场监管总局关于完善跨境电子商务零售进口监管有关工作的通知》（商财发〔2018〕486号）要求，落实主体责任，履行对消费者的提醒告知义务，加强商品质量安全风险防控。"),
    ("五、", "海关总署会同有关部门根据跨境电子商务零售进口发展情况和监管需要，适时对清单进行动态调整。"),
    ("六、", "本公告自2026年1月1日起施行。《财政部 发展改革委 工业和信息化部 生态环境部 农业农村部 商务部 人民银行 海关总署 税务总局 市场监管总局 药监局 密码局 濒管办关于调整扩大跨境电子商务零售进口商品清单的公告》（2019年第96号）所附《跨境电子商务零售进口商品清单（2019年版）》中与本公告不一致的，以本公告为准。"),
]


def make_doc1():
    doc = Document()
    setup(doc)
    empty(doc, 1)
    p = para(doc, [("财政部  海关总署  税务总局  商务部", XBS, False, RED)],
             align=CENTER, indent=False, size=26, line=40)
    p = para(doc, [("公        告", XBS, False, RED)], align=CENTER, indent=False,
             size=48, line=60)
    empty(doc, 1)
    p = para(doc, "2025年第12号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, [("关于调整跨境电子商务零售进口\n商品清单的公告", XBS, False)],
         align=CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    para(doc, BODY1_INTRO)
    for num, text in BODY1:
        para(doc, num + text)
    empty(doc, 1)
    p = para(doc, "附件：跨境电子商务零售进口商品清单调整明细（2026年）", indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 3)
    # 落款：typed with manual spaces, one organ a line
    for org in ["财政部", "海关总署", "税务总局", "商务部"]:
        para(doc, " " * 44 + org, align=LEFT, indent=False)
    para(doc, " " * 40 + "2025年11月28日", align=LEFT, indent=False)
    page_break(doc)
    para(doc, [("附件", HT, False)], align=LEFT, indent=False)
    empty(doc, 1)
    para(doc, [("跨境电子商务零售进口商品清单调整明细（2026年）", XBS, False)],
         align=CENTER, indent=False, size=18, line=32)
    empty(doc, 1)
    goods_table(doc, H1, [1.3, 2.3, 5.6, 4.6, 2.4], ROWS1, size=11)
    for n in NOTES1:
        para(doc, n, indent=False, size=12, line=20,
             left=(0 if n.startswith("注") else 24))
    save(doc, "blind596_guojia_gonggao")

    clauses = [BODY1_INTRO] + [n + t for n, t in BODY1]
    clauses += [row_clause(H1, r) for r in ROWS1]
    clauses += NOTES1
    meta = {
        "title": "关于调整跨境电子商务零售进口商品清单的公告",
        "doc_number": "财政部 海关总署 税务总局 商务部公告2025年第12号",
        "issuer": ["财政部", "海关总署", "税务总局", "商务部"],
        "date": "2025-11-28",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-01-01",
        "expires": None,
        "attachments": ["跨境电子商务零售进口商品清单调整明细（2026年）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return {"blind596_guojia_gonggao": [{"meta": meta, "clauses": clauses}]}


# ================================================================ doc 2
ORGS2 = ["浙江省商务厅", "浙江省财政厅", "杭州海关", "宁波海关", "国家税务总局浙江省税务局"]
INTRO2 = "为贯彻落实《财政部 海关总署 税务总局 商务部关于调整跨境电子商务零售进口商品清单的公告》（2025年第12号，以下简称《公告》）要求，推动我省跨境电子商务零售进口业务规范健康发展，现就做好清单调整落实工作通知如下："
P1_2 = "《公告》自2026年1月1日起施行，在2019年版清单基础上增列鲜奶、乳清蛋白粉、宠物食品、滑雪用具、家用美容仪器等商品，并对部分商品的税则号列和备注进行了调整。各地各部门要组织相关企业认真学习，准确把握新增商品范围、监管要求和备注说明，确保政策落地见效。"
# (kind, heading, text)  kind: run = 楷体 bold run-in, plain = hand typed
SEC2 = [
    ("run", "（一）加强政策宣传解读。", "各设区市商务局要会同当地海关、税务部门，于2026年2月底前组织开展至少1场政策宣讲活动，重点面向跨境电子商务平台、跨境电子商务企业境内代理人、支付企业和物流企业，讲清讲透清单调整内容。"),
    ("run", "（二）做好系统参数调整。", "各综合保税区管理机构要督促区内仓储企业及时更新商品备案信息，对税则号列发生变化的商品，应当在2026年1月31日前完成账册\n商品信息变更。具体要求如下："),
    ("plain", "1．", "已在区内开展网购保税进口业务的企业，应当对照附件逐项核对在库商品，对不再属于清单范围的商品，于2026年3月31日前完成退运、转为一般贸易进口或者依法处置；"),
    ("plain", "2．", "拟新增开展鲜奶、宠物食品等业务的企业，应当提前向主管海关申请办理相关资质备案，并按要求配备冷链仓储设施；"),
    ("plain", "3．", "涉及家用美容仪器等机电产品的，应当核实是否属于强制性产品认证目录范围，不得以跨境电子商务零售进口方式规避认证要求。"),
    ("run", "（三）严格落实监管要求。", "杭州海关、宁波海关要按照“正面清单+负面管理”原则，对清单内商品实施分类监管。对备注“仅限网购保税商品”的鲜奶等商品，不得以直购进口模式申报。"),
    ("plain", "1．", "对高风险商品实施重点监管。具体包括："),
    ("plain", "（1）", "对乳品实施批批核验单证、定期抽样检测；"),
    ("plain", "（2）", "对宠物食品核验境外生产企业注册信息，未获注册企业生产的商品一律不得放行。"),
    ("plain", "2．", "对一般消费品实施风险布控，加大对化妆品、家用电器等商品的抽检力度。"),
    ("run", "（四）落实税收征管政策。", "各设区市税务局要配合海关做好跨境电子商务零售进口税收征管衔接工作，对超过单次交易限值或者个人年度交易限值的，按照一般贸易方式全额征税。"),
    ("run", "（五）加强消费者权益保护。", "各地要督促跨境电子商务平台在商品详情页面显著位置标注“跨境电商零售进口商品”字样及清单备注要求，畅通退换货渠道，依法及时处理消费者投诉。"),
]
AUTO3 = [  # Word automatic numbering （一）（二）（三）
    ("加强组织领导。", "各地各部门要将清单调整落实工作纳入推进跨境电子商务综合试验区建设的重点任务，明确责任分工，形成工作合力。"),
    ("强化信息共享。", "省商务厅会同杭州海关、宁波海关建立跨境电子商务零售进口商品清单执行情况季度通报机制，各设区市商务局应当于每季度结束后10个工作日内报送本地区进口商品结构、退货率和消费者投诉等情况。"),
    ("及时反映问题。", "执行中遇到的重大问题，请及时报告省商务厅、省财政厅、杭州海关、宁波海关和省税务局。"),
]
CN = ["一", "二", "三", "四", "五"]
CONTACT2 = "联系人：省商务厅电子商务处 陈立峰，电话：0571-87701235；杭州海关综合业务二处 刘思远，电话：0571-87652218。"
ROWS2 = [
    ("chap", "第4章 乳品"),
    ("1", "0401.2000", "脂肪含量按重量计超过1%，但不超过6%的未浓缩及未加糖或其他甜物质的乳及奶油（鲜奶）", "仅限网购保税进口；入区前核验境外生产企业注册信息；冷链仓储全程温控", "新增商品；保质期不足30日的不得入区"),
    ("2", "0402.2100", "未加糖的固状乳及奶油，脂肪含量按重量计超过1.5%", "按批核验检验检疫证书；婴幼儿配方乳粉须取得产品配方注册证书", "原清单商品"),
    ("3", "0404.1000", "乳清及已浓缩、加糖或其他甜物质的乳清（乳清蛋白粉）", "按批核验检验检疫证书", "新增商品"),
    ("chap", "第23章 食品工业的残渣及废料；配制的动物饲料"),
    ("4", "2309.1010", "零售包装的狗食或猫食罐头", "核验境外生产企业注册编号；每批次抽样检测", "新增商品"),
    ("5", "2309.1090", "其他零售包装的狗食或猫食", "核验境外生产企业注册编号；每批次抽样检测", "新增商品；不含处方粮"),
    ("chap", "第33章 精油及香膏；芳香料制品及化妆盥洗品"),
    ("6", "3304.9900", "其他美容品或化妆品及护肤品（包括防晒油或晒黑油，但药品除外），含面膜、精华液、眼霜等", "核验境外生产企业信息和产品中文标签；特殊化妆品须取得注册证书", "原清单商品，调整备注"),
    ("7", "3305.1000", "洗发剂（香波）", "核验产品中文标签", "原清单商品"),
    ("chap", "第85章 电机、电气设备及其零件"),
    ("8", "8509.8090", "其他家用电动器具（家用美容仪、洁面仪、电动牙刷等）", "属于强制性产品认证目录的，须取得认证证书", "新增商品"),
    ("9", "8516.3200", "其他电热理发器具（卷发器、直发器等）", "属于强制性产品认证目录的，须取得认证证书", "原清单商品"),
    ("chap", "第95章 玩具、游戏品、运动用品及其零件、附件"),
    ("10", "9506.1100", "滑雪屐", "按一般消费品实施风险布控", "新增商品"),
    ("11", "9506.1900", "其他滑雪用具（滑雪杖、滑雪板固定器等）", "按一般消费品实施风险布控", "新增商品"),
]
NOTE2 = "注：本表仅列示我省跨境电子商务零售进口重点商品，完整商品范围以《跨境电子商务零售进口商品清单》为准。"


def make_doc2():
    doc = Document()
    setup(doc)
    nid = numbering_chinese(doc)
    # 联合发文版头：layout table, organs stacked left, 文件 merged right
    t = doc.add_table(rows=len(ORGS2), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(ORGS2):
        c = t.rows[i].cells[0]
        c.width = Cm(11.5)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = c.paragraphs[0].add_run(o)
        font(r, XBS, 18, color=RED)
    fix_widths(t, [11.8, 3.8])
    m = t.rows[0].cells[1].merge(t.rows[len(ORGS2) - 1].cells[1])
    m.vertical_alignment = 1  # center
    m.paragraphs[0].alignment = CENTER
    r = m.paragraphs[0].add_run("文件")
    font(r, XBS, 42, color=RED)
    empty(doc, 1)
    p = para(doc, "浙商务联发〔2026〕9号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, [("关于做好跨境电子商务零售进口商品\n清单调整落实工作的通知", XBS, False)],
         align=CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    para(doc, "各设区市商务局，各设区市财政局，各隶属海关，国家税务总局各设区市税务局，各综合保税区管理机构：",
         indent=False)
    para(doc, INTRO2)
    para(doc, [("一、准确把握清单调整主要内容", HT, False)])
    para(doc, P1_2)
    para(doc, [("二、重点工作任务", HT, False)])
    for kind, head, text in SEC2:
        if kind == "run":
            para(doc, [(head, KT, True), (text, FS, False)])
        else:
            para(doc, head + text)
    para(doc, [("三、保障措施", HT, False)])
    for head, text in AUTO3:
        p = para(doc, [(head, KT, True), (text, FS, False)])
        set_num(p, nid)
    para(doc, CONTACT2)
    empty(doc, 1)
    para(doc, "附件：浙江省跨境电商零售进口重点商品监管要求对照表")
    empty(doc, 1)
    # 落款 as a borderless layout table
    lt = doc.add_table(rows=3, cols=2)
    no_borders(lt)
    fix_widths(lt, [7.8, 7.8])
    pairs = [("浙江省商务厅", "浙江省财政厅"), ("杭州海关", "宁波海关"),
             ("", "国家税务总局浙江省税务局")]
    for i, (a, b) in enumerate(pairs):
        for j, v in enumerate((a, b)):
            c = lt.rows[i].cells[j]
            c.width = Cm(7.8)
            cell_text(c, v, size=16, align=CENTER)
            c.paragraphs[0].paragraph_format.line_spacing = Pt(30)
    empty(doc, 1)
    para(doc, "2026年1月20日" + "    ", align=RIGHT, indent=False)
    para(doc, "（此件公开发布）", indent=True)
    page_break(doc)
    para(doc, [("附件", HT, False)], align=LEFT, indent=False)
    empty(doc, 1)
    para(doc, [("浙江省跨境电商零售进口重点商品监管要求对照表", XBS, False)],
         align=CENTER, indent=False, size=20, line=32)
    empty(doc, 1)
    goods_table(doc, H1, [1.2, 2.4, 5.2, 4.6, 2.8], ROWS2, size=11)
    para(doc, NOTE2, indent=False, size=12, line=20)
    empty(doc, 3)
    banji(doc, ["抄送：商务部，财政部，海关总署，国家税务总局。",
                "浙江省商务厅办公室" + "\u3000" * 9 + "2026年1月21日印发"])
    save(doc, "blind596_zhejiang_tongzhi")

    clauses = [INTRO2, P1_2]
    for kind, head, text in SEC2:
        clauses.append(head + text.replace("\n", ""))
    for i, (head, text) in enumerate(AUTO3):
        clauses.append(f"（{CN[i]}）" + head + text)
    clauses.append(CONTACT2)
    clauses += [row_clause(H1, r) for r in ROWS2]
    clauses.append(NOTE2)
    meta = {
        "title": "关于做好跨境电子商务零售进口商品清单调整落实工作的通知",
        "doc_number": "浙商务联发〔2026〕9号",
        "issuer": ORGS2,
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": ["浙江省跨境电商零售进口重点商品监管要求对照表"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市财政局", "各隶属海关",
                       "国家税务总局各设区市税务局", "各综合保税区管理机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return {"blind596_zhejiang_tongzhi": [{"meta": meta, "clauses": clauses}]}


# ================================================================ doc 3
ZY = "郑州新郑综合保税区跨境电商零售进口商品清单管理操作指引"
N3 = [
    "现将《" + ZY + "》印发给你们，请结合实际认真贯彻执行。",
    "执行中遇到的问题，请及时向管委会经济发展局反映。",
]
S = "\u3000"
ROWS3 = [
    ("chap", "第4章 乳品"),
    ("1", "0401.1000", "脂肪含量按重量计不超过1%的未浓缩及未加糖或其他甜物质的乳及奶油",
     ["1.入区时核验冷链运输温度记录；", "2.在库温度控制在2℃至6℃。"], "仅限网购保税"),
    ("2", "0401.2000", "脂肪含量按重量计超过1%，但不超过6%的未浓缩及未加糖或其他甜物质的乳及奶油",
     ["1.入区时核验冷链运输温度记录；", "2.在库温度控制在2℃至6℃。"], "仅限网购保税"),
    ("3", "0404.1000", "乳清及已浓缩、加糖或其他甜物质的乳清", "入区时核验检验检疫证书", ""),
    ("chap", "第23章 配制的动物饲料"),
    ("4", "2309.1010", "零售包装的狗食或猫食罐头",
     ["1.入区时核验境外生产企业注册编号；", "2.每批次抽样比例不低于5%。"], ""),
    ("5", "2309.1090", "其他零售包装的狗食或猫食",
     ["1.入区时核验境外生产企业注册编号；", "2.每批次抽样比例不低于5%。"], ""),
    ("chap", "第33章 化妆品"),
    ("6", "3304.9900", "其他美容品或化妆品及护肤品", "入区时核验中文标签", "特殊化妆品除外"),
    ("chap", "第85章 家用电器"),
    ("7", "8509.8090", "其他家用电动器具（家用美容仪等）", "入区时核验强制性产品认证证书", ""),
]
# list of ("h", chapter heading) / ("a", article text) / ("i", item) / ("t", table)
ZY_BODY = [
    ("h", "第一章" + S + "总" + S + "则"),
    ("a", "第一条" + S + "为规范郑州新郑综合保税区（以下简称综保区）跨境电子商务零售进口商品管理，落实《财政部 海关总署 税务总局 商务部关于调整跨境电子商务零售进口商品清单的公告》（2025年第12号）等规定，结合综保区实际，制定本指引。"),
    ("a", "第二条" + S + "本指引适用于在综保区内开展跨境电子商务网购保税进口（监管方式代码1210）业务的跨境电子商务企业、境内代理人、仓储物流企业及相关服务企业。"),
    ("a", "第三条" + S + "综保区管理委员会（以下简称管委会）经济发展局负责跨境电商零售进口商品清单执行的统筹协调；郑州海关所属新郑综合保税区海关（以下简称主管海关）依法实施监管。"),
    ("h", "第二章" + S + "商品准入管理"),
    ("a", "第四条" + S + "区内企业以网购保税进口方式入区的商品，应当属于《跨境电子商务零售进口商品清单》范围，并符合清单备注及监管要求。清单外商品不得以网购保税进口方式入区。"),
    ("a", "第五条" + S + "企业首次开展网购保税进口业务的，应当向管委会经济发展局报备，并具备下列条件："),
    ("i", "（一）在综保区内依法登记注册，或者委托区内已登记的仓储物流企业开展业务；"),
    ("i", "（二）已在主管海关办理报关单位备案，并接入跨境电子商务通关服务平台；"),
    ("i", "（三）建立商品质量安全风险防控、消费者权益保障和退货管理制度；"),
    ("i", "（四）经营乳品、宠物食品等商品的，具备符合要求的冷链或者专用仓储条件。"),
    ("a", "第六条" + S + "企业应当在商品入区前，通过跨境电子商务通关服务平台完成商品备案，如实填报商品名称、税则号列、规格型号、原产国（地区）、品牌等信息。"),
    ("a", "第七条" + S + "清单调整后税则号列发生变化的商品，企业应当在2026年1月31日前完成备案信息变更；逾期未变更的，暂停该商品的出区申报。"),
    ("h", "第三章" + S + "重点商品监管"),
    ("a", "第八条" + S + "主管海关对清单内商品实施分类管理，对乳品、宠物食品、化妆品和家用美容仪器实施重点监管。"),
    ("a", "第九条" + S + "对下列重点商品，区内仓储企业应当按照下表要求实施入区查验和在库管理："),
    ("t", None),
    ("a", "第十条" + S + "宠物食品入区时，企业应当提交境外生产企业注册编号；无注册编号或者注册编号与商品不符的，不得入区。"),
    ("a", "第十一条" + S + "鲜奶等冷链商品在库期间，仓储企业应当全程记录温度数据，数据保存期限不少于2年。"),
    ("h", "第四章" + S + "退货与处置"),
    ("a", "第十二条" + S + "消费者退货的商品，应当自原出区放行之日起30日内原状运抵原监管作业场所，并在45日内完成退货入区。"),
    ("a", "第十三条" + S + "因清单调整不再属于清单范围的在库商品，企业可以选择下列方式处置："),
    ("i", "（一）退运出境；"),
    ("i", "（二）按照一般贸易方式办理进口手续；"),
    ("i", "（三）依法申请放弃或者销毁。"),
    ("a", "第十四条" + S + "企业应当于2026年3月31日前完成前条所列商品的处置，并将处置情况报管委会经济发展局备案。"),
    ("h", "第五章" + S + "附" + S + "则"),
    ("a", "第十五条" + S + "企业违反本指引规定的，由管委会约谈企业负责人，责令限期整改；涉嫌违反海关监管规定的，移交主管海关依法处理。"),
    ("a", "第十六条" + S + "本指引由管委会经济发展局负责解释。"),
    ("a", "第十七条" + S + "本指引自2026年3月1日起施行，有效期至2028年2月29日。《郑州新郑综合保税区网购保税进口商品管理暂行办法》（郑综保管〔2022〕15号）同时废止。"),
]


def make_doc3():
    doc = Document()
    setup(doc)
    empty(doc, 1)
    para(doc, [("郑州新郑综合保税区管理委员会文件", XBS, False, RED)],
         align=CENTER, indent=False, size=30, line=48)
    p = para(doc, "郑综保管〔2026〕7号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, [("关于印发《郑州新郑综合保税区跨境电商零售\n进口商品清单管理操作指引》的通知", XBS, False)],
         align=CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    para(doc, "区内各跨境电子商务企业，各仓储物流企业，管委会各部门：", indent=False)
    # the two sentences typed as two paragraphs
    for t in N3:
        para(doc, t)
    empty(doc, 1)
    para(doc, "附件：" + ZY[:12] + "\n" + " " * 10 + ZY[12:])
    empty(doc, 1)
    para(doc, " " * 28 + "郑州新郑综合保税区管理委员会", align=LEFT, indent=False)
    para(doc, " " * 36 + "二〇二六年二月十日", align=LEFT, indent=False)
    para(doc, "（此件公开发布）", indent=True)
    page_break(doc)
    para(doc, [("附件", HT, False)], align=LEFT, indent=False)
    empty(doc, 1)
    para(doc, [("郑州新郑综合保税区跨境电商零售进口商品\n清单管理操作指引", XBS, False)],
         align=CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    for kind, text in ZY_BODY:
        if kind == "h":
            para(doc, [(text, HT, False)], align=CENTER, indent=False)
        elif kind == "a":
            head, rest = text.split(S, 1)
            para(doc, [(head, HT, False), (S + rest, FS, False)])
        elif kind == "i":
            para(doc, text)
        else:
            goods_table(doc, H1, [1.2, 2.4, 5.0, 5.0, 2.2], ROWS3, size=11)
    empty(doc, 4)
    banji(doc, ["郑州新郑综合保税区管理委员会办公室" + "\u3000" * 4 + "2026年2月10日印发"])
    save(doc, "blind596_zhengzhou_tongzhi")

    zy_clauses = []
    for kind, text in ZY_BODY:
        if kind in ("a", "i"):
            zy_clauses.append(text)
        elif kind == "t":
            zy_clauses += [row_clause(H1, r) for r in ROWS3]
    meta_n = {
        "title": "关于印发《" + ZY + "》的通知",
        "doc_number": "郑综保管〔2026〕7号",
        "issuer": ["郑州新郑综合保税区管理委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "郑州新郑综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [ZY],
        "doc_type": "通知",
        "recipients": ["区内各跨境电子商务企业", "各仓储物流企业", "管委会各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta_z = {
        "title": ZY,
        "doc_number": None,
        "issuer": ["郑州新郑综合保税区管理委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "郑州新郑综合保税区",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": [],
        "doc_type": "指引",
        "recipients": [],
        "publicity": None,
        "repeals": "《郑州新郑综合保税区网购保税进口商品管理暂行办法》（郑综保管〔2022〕15号）",
    }
    return {"blind596_zhengzhou_tongzhi": [
        {"meta": meta_n, "clauses": list(N3)},
        {"meta": meta_z, "clauses": zy_clauses},
    ]}


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_596", "--headless",
         "--convert-to", "pdf", "--outdir", HERE,
         os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


def main():
    expected = {}
    for fn in (make_doc1, make_doc2, make_doc3):
        expected.update(fn())
    for stem in expected:
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
