# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1075: 合作协议 / 合作备忘录 (片区管委会 与 企业、银行、境外园区), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
TNR = "Times New Roman"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, italic=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, cs=16, keep=False):
    pf = p.paragraph_format
    if keep:
        pf.keep_with_next = True
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * cs)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of (text, fontname, size, bold[, italic])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, kw.get("cs", 16), False)]
    for r in runs:
        text, name, size, bold = r[:4]
        italic = r[4] if len(r) > 4 else False
        font(p.add_run(text), name, size, bold, italic)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(par, size=14):
    font(par.add_run("— "), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = par.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, size)
    r5 = par.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(" —"), SONG, size)


def setup(doc, first_page_blank_footer=False, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    """text may contain '\n' -> manual line breaks inside the cell paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s>' % nsdecls("w")
        + "".join('<w:%s w:val="nil"/>' % s for s in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>')
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tblPr.find(qn(tag))
        if old is not None:
            tblPr.remove(old)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[ci:ci + span]))
            ci += span


def keep_rows(table):
    """rows may not break across pages and the block stays together."""
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1075", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# =================================================================== DOC A
def doc_ningbo():
    """投资合作协议：宁波片区管委会 与 企业；协议编号 + 第一条…第十二条。"""
    stem = "blind1075_nb_touzi"
    doc = Document()
    setup(doc, margins=(2.54, 2.54, 3.17, 3.17))
    S, LN = 12, 20  # 小四 仿宋, fixed 20pt lines: typed like a company contract
    clauses = []

    add_par(doc, [("协议编号：NBFTZ-TZXY-2026-018", FS, S, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=LN)
    empty(doc, 1, LN)
    # ---- title, wrapped at an odd place
    add_par(doc, [("大宗商品数字化交割仓及跨境供应链服务", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("中心项目投资合作协议", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1, LN)

    def party(t, bold=False):
        clauses.append(t)
        add_par(doc, [(t, HT if bold else FS, S, False)], indent=False, line=LN)

    party("甲方：中国（浙江）自由贸易试验区宁波片区管理委员会", True)
    party("地　　址：浙江省宁波市北仑区新碶街道明州路399号")
    party("法定代表人：林国栋")
    party("联 系 人：郑雅琴　　联系电话：0574-86872315")
    empty(doc, 1, 10)
    party("乙方：宁波博远数智供应链科技有限公司", True)
    party("统一社会信用代码：91330206MA2KX7R43L")
    party("地　　址：浙江省宁波市北仑区梅山街道港城路188号1幢301室")
    party("法定代表人：沈博远")
    party("联 系 人：钱立　　联系电话：138 5741 2096")
    empty(doc, 1, 10)

    pre = ("为深入贯彻落实中国（浙江）自由贸易试验区扩展区域建设总体部署，加快打造以油气为核心的"
           "大宗商品资源配置基地，甲乙双方本着“平等自愿、优势互补、互利共赢”的原则，根据《中华人民"
           "共和国民法典》等法律法规及有关政策规定，经友好协商，就乙方在宁波片区投资建设大宗商品数字化"
           "交割仓及跨境供应链服务中心项目(以下简称“本项目”)达成如下协议，以资共同遵守。")
    clauses.append(pre)
    add_par(doc, pre, cs=S, line=LN)

    def article(head, paras):
        clauses.append(head + "".join(paras))
        add_par(doc, [(head, HT, S, False)], cs=S, line=LN, keep=True)
        for t in paras:
            add_par(doc, t, cs=S, line=LN)

    article("第一条　项目概况", [
        "（一）项目名称：大宗商品数字化交割仓及跨境供应链服务中心项目。",
        "（二）建设地点：宁波片区梅山港区，四至范围以不动产权证书载明为准，用地面积约86亩（57333平方米）。",
        "（三）建设内容：建设铁矿石、铜精矿、天然橡胶等大宗商品保税交割仓库12万平方米，配套建设数字仓单登记服务平台、跨境供应链结算中心及检验检测实验室。",
        "（四）投资规模：项目计划总投资12.6亿元人民币，其中固定资产投资不低于9.8亿元。",
    ])
    article("第二条　项目用地", [
        "本项目用地由甲方依法依规按照工业用地“标准地”方式组织公开出让，乙方或乙方在宁波片区注册设立的项目公司依法参加竞买。土地出让价格以实际成交价为准，土地使用年限为50年，土地用途为仓储用地。",
        "甲方应于本协议签订后6个月内完成土地出让前期准备工作，确保出让地块达到“七通一平”交地条件。",
    ])
    article("第三条　甲方的权利和义务", [
        "（一）甲方负责协调有关部门为本项目办理立项备案、规划许可、施工许可、环境影响评价等审批手续，提供“一窗受理、并联审批”服务，审批时限按照宁波片区“拿地即开工”有关规定执行。",
        "（二）甲方负责将项目地块红线外的道路、供水、供电、燃气、通信、雨污水管网等市政配套设施建设至地块红线。",
        "（三）甲方支持乙方申报国家、省、市各类产业扶持资金和试点示范项目，支持乙方参与大宗商品期现结合、保税仓单质押融资等制度创新试点。",
        "（四）甲方有权对乙方项目建设进度、投资强度及达产达效情况进行监督检查。",
    ])
    article("第四条　乙方的权利和义务", [
        "（一）乙方应于本协议签订后3个月内在宁波片区注册设立具有独立法人资格的项目公司，注册资本不低于3亿元人民币，项目公司承继乙方在本协议项下的全部权利义务。",
        "（二）乙方应在取得土地不动产权证书后3个月内开工建设，开工后24个月内竣工投产。",
        "（三）乙方应严格遵守国家安全生产、生态环境保护、消防等法律法规，依法合规经营。",
        "（四）未经甲方书面同意，乙方不得擅自改变项目用地用途，不得将本协议项下的权利义务转让给第三方。",
    ])
    article("第五条　投资强度和产出要求", [
        "本项目应当达到以下控制指标：",
        "(一)固定资产投资强度不低于1140万元/亩；",
        "(二)达产后年营业收入不低于30亿元，亩均税收不低于50万元/亩；",
        "(三)达产年度起，年大宗商品保税交割量不低于300万吨。",
        "项目竣工投产后第3个完整会计年度为达产年度。",
    ])
    article("第六条　扶持政策", [
        "甲方按照《中国（浙江）自由贸易试验区宁波片区促进大宗商品贸易自由化便利化若干政策》（甬自贸管〔2025〕21号）等现行政策，对乙方给予相应扶持，具体以有关部门审核结果为准。政策调整的，按照调整后的政策执行。",
    ])
    article("第七条　合作期限", [
        "本协议合作期限自2026年3月18日起至2031年3月17日止。合作期满前3个月，双方可根据项目运营情况协商续签。",
    ])
    article("第八条　保密条款", [
        "双方对在合作过程中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意，不得向任何第三方披露，法律法规另有规定或者有权机关依法要求披露的除外。本条款在本协议终止后3年内持续有效。",
    ])
    article("第九条　违约责任", [
        "（一）任何一方违反本协议约定的，应承担相应的违约责任，赔偿由此给对方造成的直接经济损失。",
        "（二）乙方未按本协议第四条第（二）项约定的期限开工或者竣工的，每逾期一日，按项目已缴纳土地出让价款的万分之三向甲方支付违约金；逾期超过12个月的，甲方有权解除本协议，并按照土地出让合同有关约定处理。",
        "（三）项目达产后考核未达到本协议第五条约定指标的，乙方应就差额部分向甲方作出书面说明并限期整改；整改期满仍未达标的，甲方有权相应调整或停止兑现扶持政策。",
    ])
    article("第十条　不可抗力", [
        "因地震、台风、洪水、重大传染病疫情等不可抗力因素致使本协议无法履行或者不能按期履行的，遭受不可抗力的一方应在不可抗力发生后15日内书面通知对方，并提供相关证明，双方根据不可抗力的影响程度协商部分或全部免除责任。",
    ])
    # 第十一条: second paragraph typed after Shift+Enter, indented with full-width spaces
    a1 = "本协议履行过程中发生争议的，双方应友好协商解决；协商不成的，任何一方均可向宁波仲裁委员会申请仲裁。"
    a2 = "争议解决期间，除争议事项外，双方应继续履行本协议其他条款。"
    clauses.append("第十一条　争议解决" + a1 + a2)
    add_par(doc, [("第十一条　争议解决", HT, S, False)], cs=S, line=LN, keep=True)
    p = doc.add_paragraph()
    font(p.add_run(a1), FS, S)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + a2), FS, S)
    fmt(p, cs=S, line=LN)
    article("第十二条　其他", [
        "（一）本协议未尽事宜，由双方另行协商并签订补充协议，补充协议与本协议具有同等法律效力。",
        "（二）本协议自双方法定代表人或授权代表签字并加盖公章之日起生效。",
        "（三）本协议一式四份，甲乙双方各执二份，具有同等法律效力。",
    ])
    add_par(doc, "（以下无正文）", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, cs=S, line=LN)
    empty(doc, 1, LN)

    # ---- signature block: two-column borderless table
    t = doc.add_table(rows=5, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L = WD_ALIGN_PARAGRAPH.LEFT
    cells = [
        ("甲方（盖章）：", "乙方（盖章）："),
        ("中国（浙江）自由贸易试验区宁波片区管理委员会", "宁波博远数智供应链科技有限公司"),
        ("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
        ("", ""),
        ("签订日期：2026年3月18日", "签订日期：2026年3月18日"),
    ]
    for ri, (l, r) in enumerate(cells):
        set_cell(t.rows[ri].cells[0], l, FS, S, align=L, line=LN)
        set_cell(t.rows[ri].cells[1], r, FS, S, align=L, line=LN)
    col_widths(t, [7.6, 7.0])
    keep_rows(t)
    add_par(doc, [("签订地点：浙江省宁波市北仑区", FS, S, False)], indent=False, line=LN, before=6)

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "大宗商品数字化交割仓及跨境供应链服务中心项目投资合作协议",
            "doc_number": "NBFTZ-TZXY-2026-018",
            "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会", "宁波博远数智供应链科技有限公司"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-18",
            "expires": "2031-03-17",
            "attachments": [],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """金融服务战略合作备忘录：钦州港片区管委会 与 银行；一、二、 自动编号。"""
    stem = "blind1075_qz_beiwanglu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # title in three lines, wrapped at odd places
    for t in ("中国（广西）自由贸易试验区钦州港片区管理委员会",
              "与桂海银行股份有限公司钦州分行金融服务",
              "战略合作备忘录"):
        add_par(doc, [(t, XBS, 19, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, 20)

    SP = "    "  # clerk indents with typed half-width spaces

    def plain(t, lead=SP):
        clauses.append(t)
        add_par(doc, lead + t, indent=False, line=26)

    def party(t):
        clauses.append(t)
        add_par(doc, t, indent=False, line=26)

    party("甲方：中国（广西）自由贸易试验区钦州港片区管理委员会")
    party("住所：广西壮族自治区钦州市钦州港区勒沟大道88号")
    party("法定代表人：黄振宇")
    party("乙方：桂海银行股份有限公司钦州分行")
    party("住所：广西壮族自治区钦州市钦南区永福西大街36号")
    party("负责人：覃立新")
    empty(doc, 1, 10)
    plain("为贯彻落实《西部陆海新通道总体规划》和中国（广西）自由贸易试验区建设有关部署，发挥金融支持实体经济发展作用，加快推动钦州港片区打造国际门户港和向海经济集聚区，甲乙双方经友好协商，本着“依法合规、平等互利、长期合作、共同发展”的原则，就建立金融服务战略合作关系达成如下备忘录。")

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32), line=26, keep=True)
        apply_num(p, n_head)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False, line=26)

    head("合作基础")
    plain("钦州港片区是中国（广西）自由贸易试验区三个片区之一，是西部陆海新通道海铁联运主枢纽所在地。2025年，钦州港完成货物吞吐量2.18亿吨，集装箱吞吐量1052万标准箱，海铁联运班列开行1.36万列。乙方是在钦州设立的区域性股份制商业银行分支机构，在港航物流、跨境结算、供应链金融等领域具有较强的专业能力。")
    head("合作原则")
    plain("双方坚持政府引导、市场运作、风险可控、商业可持续的原则，在各自职责和业务范围内开展合作，实现社会效益和经济效益相统一。")
    head("合作内容")
    item("（一）支持重大项目建设。", "乙方将钦州港片区港口航道、海铁联运、临港产业等重大项目列为优先支持对象，在符合国家产业政策和乙方授信条件的前提下，提供项目贷款、银团贷款、并购贷款等融资支持。")
    item("（二）创新跨境金融服务。", "乙方依托自由贸易账户（FT账户）体系和跨境人民币结算业务，为片区内外向型企业提供跨境结算、贸易融资、汇率避险等一揽子金融服务，积极参与面向东盟的跨境人民币业务创新试点。")
    item("（三）发展供应链金融。", "乙方围绕片区石化、新能源材料、粮油加工等主导产业链，依托核心企业开展应收账款融资、订单融资、仓单质押等供应链金融业务，助力产业链上下游中小微企业融资。")
    item("（四）优化金融服务网点布局。", "乙方在钦州港片区综合服务中心设立自贸金融服务专窗，配备专业团队，为入驻企业提供开户、结算、融资“一站式”服务。")
    plain("在合作期内，乙方计划向钦州港片区提供意向性融资支持合计120亿元，分年度、分领域安排如下：")

    # caption with unit
    add_par(doc, [("乙方意向性融资支持安排表（单位：亿元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4, keep=True)
    rows = [
        ["港口航道及集疏运设施", "12", "10", "8", "30"],
        ["海铁联运及物流枢纽", "8", "9", "8", "25"],
        ["临港产业项目", "15", "14", "11", "40"],
        ["跨境贸易及供应链融资", "7", "8", "10", "25"],
        ["合计", "42", "41", "37", "120"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "支持领域", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "意向融资额度", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(c, "小计", HT, 12)
    for i, y in enumerate(("2026年", "2027年", "2028年")):
        set_cell(t.cell(1, 1 + i), y, HT, 12)
    hdr = ["支持领域", "意向融资额度／2026年", "意向融资额度／2027年", "意向融资额度／2028年", "小计"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [5.6, 2.4, 2.4, 2.4, 2.6])
    keep_rows(t)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    note = "注：上表所列额度为乙方意向性安排，不构成乙方的授信承诺，具体融资金额、期限、利率等以乙方审批结果和双方签订的具体业务合同为准。"
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1, 10)

    head("合作机制")
    item("（一）建立高层会晤机制。", "双方主要负责人每年至少会晤一次，总结合作成效，研究确定下一阶段合作重点。")
    item("（二）建立工作联络机制。", "甲方指定片区金融服务局、乙方指定公司金融部作为日常联络部门，负责本备忘录的具体落实。")
    item("（三）建立项目信息共享机制。", "甲方定期向乙方推介片区重点项目和融资需求，乙方及时反馈项目对接和融资进展情况。")
    head("其他事项")
    plain("（一）本备忘录为双方开展战略合作的框架性文件，不具有法律约束力。双方开展具体业务合作时，应另行签订相关合同，双方的权利义务以具体合同约定为准。")
    plain("（二）双方对合作中获悉的对方商业秘密和客户信息负有保密义务。")
    plain("（三）双方在执行本备忘录过程中如有分歧，应本着友好合作的精神协商解决。")
    plain("（四）本备忘录自双方签署之日起生效，有效期三年。有效期届满前一个月内，双方均未提出书面异议的，有效期自动延续三年。")
    plain("（五）本备忘录一式四份，双方各执两份。")
    empty(doc, 1)

    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    L = WD_ALIGN_PARAGRAPH.LEFT
    sig = [
        ("甲方（盖章）：\n中国（广西）自由贸易试验区\n钦州港片区管理委员会", "乙方（盖章）：\n桂海银行股份有限公司\n钦州分行"),
        ("\n法定代表人或授权代表（签字）：\n", "\n负责人或授权代表（签字）：\n"),
        ("签订日期：二〇二六年五月二十日", "签订日期：二〇二六年五月二十日"),
    ]
    for ri, (l, r) in enumerate(sig):
        set_cell(t.cell(ri, 0), l, FS, 14, align=L, line=24)
        set_cell(t.cell(ri, 1), r, FS, 14, align=L, line=24)
    m = t.cell(3, 0).merge(t.cell(3, 1))
    set_cell(m, "签订地点：广西壮族自治区钦州市", FS, 14, align=L, line=24)
    col_widths(t, [7.8, 7.8])
    keep_rows(t)

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会与桂海银行股份有限公司钦州分行金融服务战略合作备忘录",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会", "桂海银行股份有限公司钦州分行"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-05-20",
            "expires": None,
            "attachments": [],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_urumqi():
    """友好园区合作协议：乌鲁木齐片区管委会 与 哈萨克斯坦工业园；中英文标题；附件清单。"""
    stem = "blind1075_wlmq_youhaoyuanqu"
    doc = Document()
    setup(doc)
    clauses = []
    S, LN = 14, 23  # 四号 仿宋

    for t in ("中国（新疆）自由贸易试验区乌鲁木齐片区",
              "与哈萨克斯坦“丝路门户”工业园",
              "友好园区合作协议"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("Cooperation Agreement on Sister Parks between Urumqi Area of China (Xinjiang) "
                   "Pilot Free Trade Zone and Silk Road Gateway Industrial Park, Kazakhstan",
                   TNR, 13, False, True)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20, before=6)
    empty(doc, 1, LN)

    def party(t):
        clauses.append(t)
        add_par(doc, t, indent=False, cs=S, line=LN)

    party("甲方：中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会")
    party("地址：新疆维吾尔自治区乌鲁木齐市新市区长春南路399号")
    party("法定代表人：艾力·买买提")
    party("联系人：王晓东，电话：+86-991-3681520")
    party("乙方：“丝路门户”工业园管理有限责任合伙企业")
    party("地址：哈萨克斯坦共和国阿拉木图州伊犁区库亚尔村工业大道15号")
    party("法定代表人：努尔兰·萨特巴耶夫（Nurlan Satbayev）")
    party("联系人：阿丽雅·卡西莫娃（Aliya Kassymova），电话：+7-727-355-8042")
    empty(doc, 1, 12)

    def body(t):
        clauses.append(t)
        add_par(doc, t, cs=S, line=LN)

    def art(num, t):
        clauses.append(num + t)
        add_par(doc, [(num, HT, S, False), (t, FS, S, False)], cs=S, line=LN)

    body("为落实共建“一带一路”倡议，深化中国—中亚经贸合作，推动甲乙双方园区在产业、物流、贸易、人才等领域互利合作，双方根据各自所在国法律法规，本着平等互利、优势互补、合作共赢的原则，经友好协商，就建立友好园区合作关系达成协议如下：")
    art("第一条　", "双方同意建立友好园区合作关系，以乌鲁木齐片区和“丝路门户”工业园为载体，共同打造中国—中亚产业合作和跨境物流的示范平台。")
    art("第二条　", "合作原则：坚持政府引导、企业主体、市场运作；坚持优势互补、互利共赢；坚持遵守各自所在国法律法规和国际通行规则。")
    # 第三条 with its numbered items in separate paragraphs
    a3 = "双方在以下领域开展合作："
    items3 = [
        "1．产业合作。共同推动新能源装备、农副产品精深加工、建材、纺织服装等产业项目在两园区布局，鼓励两园区企业建立上下游配套关系。",
        "2．跨境物流。依托中欧（中亚）班列和霍尔果斯、阿拉山口口岸，共同开发乌鲁木齐国际陆港区至“丝路门户”工业园的“点对点”班列和跨境公路运输线路，推动“一单制”多式联运。",
        "3．贸易便利化。加强双方在通关、检验检疫、跨境结算等方面的信息交流，共同推动“单一窗口”数据互联互通试点。",
        "4．招商推介。互设招商联络处，联合举办投资推介活动，互相推荐优质企业入园发展。",
        "5．人才交流。定期组织园区管理人员、技术人员互访培训，每年互派交流人员不少于10人次。",
    ]
    clauses.append("第三条　" + a3 + "".join(items3))
    add_par(doc, [("第三条　", HT, S, False), (a3, FS, S, False)], cs=S, line=LN)
    for it in items3:
        add_par(doc, it, cs=S, line=LN)
    art("第四条　", "甲方负责为入驻“丝路门户”工业园的中国企业提供政策咨询、境外投资备案指导等服务，并为乙方推荐的哈萨克斯坦企业在乌鲁木齐片区投资提供“一站式”服务。")
    art("第五条　", "乙方负责为甲方推荐的中国企业入园提供土地、厂房、基础设施配套及当地法律、税务、用工等咨询服务，并协助办理哈萨克斯坦有关许可手续。")
    art("第六条　", "双方建立联合工作组，由双方各指定一名负责人担任联合工作组组长，每年至少召开一次工作会议（线上或线下），研究解决合作中的重大问题。联合工作组日常联络由甲方投资促进局和乙方国际合作部负责。")
    art("第七条　", "双方商定的具体合作事项详见本协议附件《友好园区合作重点事项清单》。附件是本协议不可分割的组成部分，清单内容可经双方书面确认后调整。")
    art("第八条　", "任何一方未履行本协议约定义务，给对方造成损失的，应当予以赔偿。因一方所在国法律法规或政府政策发生变化致使本协议部分条款无法履行的，不视为违约，双方应及时协商调整合作内容。")
    art("第九条　", "因本协议引起的或与本协议有关的任何争议，双方应首先通过友好协商解决；协商不成的，任何一方可将争议提交中国国际经济贸易仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁地点为北京，仲裁语言为中文和英文。仲裁裁决是终局的，对双方均有约束力。")
    art("第十条　", "本协议有效期五年，自双方签署之日起生效，至2031年6月25日止。有效期届满前三个月，双方可书面协商续签。")
    art("第十一条　", "本协议经双方协商一致可以书面形式修改或补充。任何一方需提前终止本协议的，应提前六个月书面通知对方。")
    art("第十二条　", "本协议以中文和英文书就，一式四份，双方各执中文、英文文本各一份，两种文本具有同等效力。如两种文本解释不一致，以中文文本为准。")
    empty(doc, 1, LN)

    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    L = WD_ALIGN_PARAGRAPH.LEFT
    sig = [
        ("甲方（盖章）：\nParty A (Seal):", "乙方（盖章）：\nParty B (Seal):"),
        ("中国（新疆）自由贸易试验区\n乌鲁木齐片区管理委员会", "“丝路门户”工业园管理\n有限责任合伙企业"),
        ("法定代表人或授权代表（签字）：\nAuthorized Representative (Signature):\n",
         "法定代表人或授权代表（签字）：\nAuthorized Representative (Signature):\n"),
        ("签订日期：2026年6月26日\n签订地点：中国·乌鲁木齐", "签订日期：2026年6月26日\n签订地点：中国·乌鲁木齐"),
    ]
    for ri, (l, r) in enumerate(sig):
        set_cell(t.cell(ri, 0), l, FS, 14, align=L, line=22)
        set_cell(t.cell(ri, 1), r, FS, 14, align=L, line=22)
    col_widths(t, [7.8, 7.8])
    keep_rows(t)

    # ---- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("友好园区合作重点事项清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, 14)
    hdr = ["序号", "合作事项", "主要内容", "甲方牵头单位", "乙方牵头单位", "完成时限"]
    rows = [
        ["1", "开行“点对点”跨境班列", "开通乌鲁木齐国际陆港区至“丝路门户”工业园跨境班列，实现每周1列常态化开行", "片区物流发展局", "物流与运营部", "2026年12月"],
        ["2", "互设招商联络处", "甲方在工业园设立驻哈招商联络处，乙方在乌鲁木齐片区设立驻华代表处", "片区投资促进局", "国际合作部", "2026年10月"],
        ["3", "联合举办投资推介会", "在乌鲁木齐、阿拉木图各举办1场友好园区投资推介会", "片区投资促进局", "国际合作部", "每年"],
        ["4", "新能源装备产业合作", "推动2—3家中国新能源装备企业在工业园设立组装基地", "片区产业发展局", "招商部", "2027年6月"],
        ["5", "农副产品加工合作", "推动哈萨克斯坦小麦、油籽、肉类加工企业与乌鲁木齐片区企业建立稳定购销关系", "片区产业发展局", "招商部", "2027年12月"],
        ["6", "“单一窗口”数据互联试点", "推动双方口岸物流信息共享，实现跨境班列货物运输状态实时查询", "片区物流发展局", "数字化部", "2027年12月"],
        ["7", "人员互访培训", "每年互派园区管理和技术人员交流培训不少于10人次", "片区党政办公室", "人力资源部", "每年"],
        ["8", "合作成效评估", "联合工作组每年对清单事项推进情况进行评估并提出调整建议", "联合工作组", "联合工作组", "每年"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.2, 2.6, 5.8, 2.3, 2.0, 1.7])
    for n in ("注：1．完成时限为双方预期目标，可根据实际推进情况协商调整。",
              "2．“片区”指中国（新疆）自由贸易试验区乌鲁木齐片区。"):
        clauses.append(n)
        add_par(doc, [(n, KT, 12, False)], indent=False, line=20,
                first=Pt(0) if n.startswith("注") else Pt(24))

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（新疆）自由贸易试验区乌鲁木齐片区与哈萨克斯坦“丝路门户”工业园友好园区合作协议",
            "doc_number": None,
            "issuer": ["中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会", "“丝路门户”工业园管理有限责任合伙企业"],
            "date": "2026-06-26",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": "2026-06-26",
            "expires": "2031-06-25",
            "attachments": ["友好园区合作重点事项清单"],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
