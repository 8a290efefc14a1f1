# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 755: 项目投资合作协议书 + 补充协议 (自贸片区 / 综合保税区管委会), Word + PDF + expected.json."""
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
SONG = "宋体"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=14, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


LINE = [24]


def fmt(p, align=None, first=None, line=None, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line if line is not None else LINE[0])
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first if first is not None else Pt(0)
    if left is not None:
        pf.left_indent = left
    return p


def par(doc, runs, size=14, **kw):
    """runs: str, or list of (text, font[, bold])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for r in runs:
        font(p.add_run(r[0]), r[1], size, r[2] if len(r) > 2 else False)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p)


def setup(doc, size=14, margins=(2.54, 2.54, 3.0, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def field(p, instr, shown, name=SONG, size=10.5):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def footer(doc, style):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "of":          # 第 1 页 共 4 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", "1")
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", "1")
        font(fp.add_run(" 页"), SONG, 10.5)
    elif style == "dash":      # — 1 —
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", "1", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                      # - 1 -
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", "1", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def vcenter(table):
    for row in table.rows:
        for c in row.cells:
            tcpr = c._tc.get_or_add_tcPr()
            if tcpr.find(qn("w:vAlign")) is None:
                tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
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
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_755", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_xieyi():
    """厦门自贸片区管委会与企业签订的项目投资合作协议书（主协议）。"""
    stem = "blind755_xiamen_xieyi"
    doc = Document()
    setup(doc, 12, margins=(2.3, 2.2, 3.0, 2.6))
    footer(doc, "of")
    clauses = []
    B = 12  # 小四
    LINE[0] = 21

    # 协议编号 typed at top right
    par(doc, "协议编号：厦自贸投协〔2026〕17号", 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    # title wrapped at an odd place, two separate paragraphs
    par(doc, [("厦门自贸片区新型储能系统集成及电芯", XBS)], 22,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    par(doc, [("制造项目投资合作协议书", XBS)], 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)

    # 甲方 block: one paragraph per line, labels padded with full-width spaces
    jia = ["甲　　方：中国（福建）自由贸易试验区厦门片区管理委员会",
           "住　　所：厦门市湖里区象屿路93号厦门国际航运中心C栋",
           "法定代表人：黄明哲",
           "联系电话：0592-5698310"]
    for t in jia:
        par(doc, t, B)
        clauses.append(t)
    empty(doc, 1, 12)
    # 乙方 block: one paragraph, lines separated with Shift+Enter
    yi = ["乙　　方：厦门瀚储新能源科技有限公司",
          "统一社会信用代码：91350200MA8UX3KQ2T",
          "住　　所：厦门市湖里区港中路1688号",
          "法定代表人：林嘉树"]
    p = doc.add_paragraph()
    for i, t in enumerate(yi):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), FS, B)
    fmt(p)
    clauses.extend(yi)
    empty(doc, 1, 12)

    def body(t):
        clauses.append(t)
        par(doc, t, B, first=Pt(24))

    def article(head, items):
        # "第一条　项目概况" heading in 黑体 on its own line, items below
        par(doc, [(head, HT)], B, first=Pt(24), before=4)
        for it in items:
            par(doc, it, B, first=Pt(24))
        clauses.append(head + "".join(items))

    body("为加快培育新型储能产业集群，推动厦门自贸片区先进制造业高质量发展，根据《中华人民共和国民法典》及国家、福建省、厦门市有关法律法规和政策规定，甲乙双方本着平等自愿、诚实信用、互利共赢的原则，经友好协商，就乙方在厦门自贸片区投资建设新型储能系统集成及电芯制造项目（以下简称“本项目”）有关事宜，达成如下协议，以资共同遵守。")
    article("第一条　项目概况", [
        "（一）项目名称：新型储能系统集成及电芯制造项目。",
        "（二）项目选址：厦门自贸片区海沧港区，东至港南路、南至规划三路、西至海新一路、北至兴港路，用地面积约120亩（具体以自然资源主管部门出具的宗地图为准）。",
        "（三）建设内容：建设年产4GWh储能电芯生产线2条、储能系统集成生产线1条及研发中心、检测中心等配套设施，总建筑面积约9.6万平方米。",
        "（四）项目投资：项目计划总投资人民币18亿元，其中固定资产投资不低于15亿元（含设备购置费不低于9亿元）。",
    ])
    article("第二条　项目公司", [
        "乙方应于本协议签订之日起60日内，在厦门自贸片区注册成立具有独立法人资格的项目公司，注册资本不低于人民币3亿元，由项目公司具体负责本项目的投资、建设和运营。项目公司成立后，乙方在本协议项下的权利义务由项目公司承继，乙方对项目公司履行本协议承担连带责任。",
    ])
    article("第三条　建设进度", [
        "乙方承诺按以下进度推进本项目建设：",
        "1．2026年6月30日前取得项目用地不动产权证书并完成规划设计方案报批；",
        "2．2026年9月30日前开工建设；",
        "3．2027年12月31日前主体工程竣工并投产；",
        "4．2028年12月31日前达产。",
    ])
    article("第四条　经济指标", [
        "乙方承诺，本项目达产后（以2029年为达产考核年度）年产值不低于人民币36亿元，年度纳税总额不低于人民币1.2亿元，研发投入占营业收入比重不低于3%。各年度具体指标详见附件1。",
    ])
    article("第五条　甲方的权利和义务", [
        "（一）协助乙方依法依规办理项目备案、环评、能评、规划、施工许可等手续，提供“一站式”代办服务。",
        "（二）负责协调项目用地周边道路、供水、供电、供气、排水等市政配套设施建设，确保在乙方开工前接驳至项目用地红线。",
        "（三）按照《厦门自贸片区促进先进制造业发展若干措施》等规定，支持乙方申报设备投资补助、研发费用补助、人才奖励等扶持资金。",
        "（四）有权对乙方项目建设进度、投资强度和经济指标完成情况进行监督检查。",
    ])
    article("第六条　乙方的权利和义务", [
        "（一）按照本协议约定的建设内容、投资规模和进度进行项目建设，未经甲方书面同意，不得擅自改变项目用地用途。",
        "（二）严格遵守安全生产、生态环境保护、消防等法律法规，依法履行项目建设和运营主体责任。",
        "（三）项目公司的注册地、税收户管地须在厦门自贸片区范围内，且自投产之日起十年内不得迁离。",
        "（四）每季度结束后15日内向甲方报送项目建设进度、投资完成及生产经营情况。",
    ])
    article("第七条　项目用地", [
        "本项目用地通过招标拍卖挂牌方式出让，用地性质为工业用地，出让年限为50年，土地出让价款及相关税费由乙方承担。乙方未能竞得项目用地的，本协议自动终止，双方互不承担违约责任。",
    ])
    article("第八条　违约责任", [
        "（一）乙方未按第三条约定期限开工或投产的，每逾期一日，应按固定资产投资承诺额的万分之一向甲方支付违约金；逾期超过一年的，甲方有权解除本协议。",
        "（二）达产考核年度乙方未完成第四条约定的年度纳税总额的，甲方有权按差额比例追回已兑现的扶持资金。",
        "（三）因甲方未按约定履行义务导致乙方项目无法按期推进的，乙方相关履约期限相应顺延。",
    ])
    article("第九条　争议解决", [
        "因本协议引起的或与本协议有关的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。",
    ])
    article("第十条　其他", [
        "（一）本协议未尽事宜，由双方另行协商签订补充协议，补充协议与本协议具有同等法律效力。",
        "（二）本协议附件为本协议不可分割的组成部分。",
        "（三）本协议一式陆份，甲乙双方各执叁份，具有同等法律效力。",
        "（四）本协议自双方法定代表人或授权代表签字并加盖公章之日起生效。",
    ])
    par(doc, "（以下无正文）", B, first=Pt(24))
    empty(doc, 1, 12)
    # 附件 list typed with full-width spaces for the hanging alignment
    par(doc, "附件：1．项目主要经济指标承诺表", B, first=Pt(24))
    par(doc, "\u3000\u3000\u3000\u3000\u30002．乙方投资主体资格证明文件清单", B)

    # signing block: borderless layout table
    empty(doc, 1, 10)
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L = WD_ALIGN_PARAGRAPH.LEFT
    sign = [("甲方（盖章）：", "乙方（盖章）："),
            ("中国（福建）自由贸易试验区厦门片区管理委员会", "厦门瀚储新能源科技有限公司"),
            ("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
            ("日期：2026年3月18日", "日期：2026年3月18日")]
    for ri, (a, b) in enumerate(sign):
        for ci, v in enumerate((a, b)):
            cp = cell_text(t.rows[ri].cells[ci], v, FS, 12, align=L, line=26)
            cp.paragraph_format.keep_with_next = ri < 3
    col_widths(t, [8.2, 7.2])

    # 附件1 on its own page
    page_break(doc)
    par(doc, [("附件1", HT)], 16)
    empty(doc, 1)
    p = par(doc, [("项目主要经济指标承诺表", XBS)], 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（单位：万元）"), KT, 14)
    empty(doc, 1, 12)
    hdr = ["序号", "指标名称", "2027年", "2028年", "2029年（达产年）", "备注"]
    rows = [
        ["1", "固定资产投资（累计）", "120000", "150000", "150000", "含设备购置费"],
        ["2", "营业收入", "60000", "220000", "360000", "—"],
        ["3", "纳税总额", "1500", "6000", "12000", "不含土地出让相关税费"],
        ["4", "研发投入", "1800", "6600", "10800", "不低于营业收入的3%"],
        ["5", "新增就业人数（人）", "300", "650", "900", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, r))
    col_widths(t, [1.2, 4.0, 2.0, 2.0, 2.6, 3.6])
    vcenter(t)
    note = "注：1．纳税总额指项目公司在厦门自贸片区实际缴纳的增值税、企业所得税等税收总额；2．达产考核以经第三方审计的年度财务报告为准。"
    par(doc, note, 12, line=20, before=6)
    clauses.append(note)

    empty(doc, 2)
    par(doc, [("附件2", HT)], 16)
    empty(doc, 1)
    par(doc, [("乙方投资主体资格证明文件清单", XBS)], 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    empty(doc, 1, 12)
    for t_ in ["1．营业执照副本复印件（加盖公章）；",
               "2．法定代表人身份证明书及身份证复印件；",
               "3．经审计的近三年财务报告；",
               "4．银行出具的资信证明；",
               "5．董事会（股东会）同意投资本项目的决议。"]:
        par(doc, t_, B, first=Pt(24))
        clauses.append(t_)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门自贸片区新型储能系统集成及电芯制造项目投资合作协议书",
            "doc_number": "厦自贸投协〔2026〕17号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门瀚储新能源科技有限公司"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-18",
            "expires": None,
            "attachments": ["项目主要经济指标承诺表", "乙方投资主体资格证明文件清单"],
            "doc_type": "协议书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_buchong():
    """同一项目的补充协议（一）：三方（管委会、投资方、项目公司）。"""
    stem = "blind755_xiamen_buchong"
    doc = Document()
    setup(doc, 16, margins=(3.7, 3.5, 2.8, 2.6))
    footer(doc, "dash")
    clauses = []
    B = 16  # 三号
    LINE[0] = 28
    n_item = make_numbering(doc, "%1、")

    par(doc, "编号：厦自贸投补〔2026〕5号", 14, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    empty(doc, 1, 28)
    # title over three lines, manual line breaks in one paragraph
    p = doc.add_paragraph()
    font(p.add_run("厦门自贸片区新型储能系统集成及电芯"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("制造项目投资合作协议书之"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("补充协议（一）"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1, 28)

    # parties, one per paragraph
    parties = ["甲方：中国（福建）自由贸易试验区厦门片区管理委员会",
               "乙方：厦门瀚储新能源科技有限公司",
               "丙方：厦门瀚储储能科技有限公司（项目公司）"]
    for t in parties:
        par(doc, t, B, line=28)
        clauses.append(t)
    empty(doc, 1, 14)

    IND = "\u3000\u3000"  # indentation typed with full-width spaces

    def body(t):
        clauses.append(t)
        par(doc, IND + t, B, line=28)

    def item(h, t):
        n = len([c for c in clauses if c[:2] in [x + "、" for x in CN]])
        clauses.append("%s、%s%s" % (CN[n], h, t))
        p = par(doc, [(h, HT), (t, FS)], B, line=28, first=Pt(32))
        apply_num(p, n_item)

    body("鉴于甲方与乙方于2026年3月18日签订了《厦门自贸片区新型储能系统集成及电芯制造项目投资合作协议书》（协议编号：厦自贸投协〔2026〕17号，以下简称“原协议”），乙方已按原协议约定于2026年4月28日在厦门自贸片区注册成立项目公司丙方；因项目产品方案由磷酸铁锂储能电芯调整为磷酸铁锂与钠离子储能电芯并行，乙方申请调整项目投资规模和建设进度。为此，甲、乙、丙三方经友好协商，在原协议基础上达成如下补充协议：")
    item("主体承继。", "自本补充协议生效之日起，原协议项下乙方的全部权利和义务由丙方承继，乙方对丙方履行原协议及本补充协议承担连带保证责任。")
    item("投资规模调整。", "项目计划总投资由人民币18亿元调整为人民币22.5亿元，其中固定资产投资由不低于15亿元调整为不低于19亿元；建设内容增加年产2GWh钠离子储能电芯生产线1条。")
    item("建设进度调整。", "原协议第三条约定的投产时间由2027年12月31日前调整为2028年6月30日前，达产时间由2028年12月31日前调整为2029年6月30日前，达产考核年度相应调整为2030年。")
    item("调整事项对照。", "原协议与本补充协议主要约定事项对照如下：")

    # table with a two-level merged header
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "序号", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(a, "调整事项", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    cell_text(a, "约定内容", HT, 12)
    cell_text(t.cell(1, 2), "原协议", HT, 12)
    cell_text(t.cell(1, 3), "本补充协议", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "调整事项", "约定内容／原协议", "约定内容／本补充协议"]
    rows = [
        ["1", "项目总投资", "18亿元", "22.5亿元"],
        ["2", "固定资产投资", "不低于15亿元", "不低于19亿元"],
        ["3", "投产时间", "2027年12月31日前", "2028年6月30日前"],
        ["4", "达产时间", "2028年12月31日前", "2029年6月30日前"],
        ["5", "达产年产值", "不低于36亿元", "不低于45亿元"],
        ["6", "达产年纳税总额", "不低于1.2亿元", "不低于1.5亿元"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for ci, v in enumerate(r):
            cell_text(cells[ci], v, FS, 12)
        clauses.append(row_clause(keys, r))
    col_widths(t, [1.4, 4.2, 4.0, 4.0])
    vcenter(t)
    empty(doc, 1, 14)

    item("违约责任调整。", "原协议第八条第（一）项约定的逾期违约金计算标准不再执行。丙方未按本补充协议约定期限投产的，每逾期一日，按固定资产投资承诺额的万分之零点五向甲方支付违约金；逾期超过一年的，甲方有权解除原协议及本补充协议。")
    item("效力。", "本补充协议是原协议不可分割的组成部分，与原协议具有同等法律效力；本补充协议与原协议约定不一致的，以本补充协议为准；本补充协议未约定的，仍按原协议执行。")
    item("其他。", "本补充协议一式玖份，甲、乙、丙三方各执叁份，经三方法定代表人或授权代表签字并加盖公章后，自2026年9月1日起生效。")
    par(doc, IND + "（以下无正文）", B, line=28)

    # signing page
    page_break(doc)
    par(doc, "（本页无正文，为《厦门自贸片区新型储能系统集成及电芯制造项目投资合作协议书之补充协议（一）》签署页）",
        14, line=26)
    empty(doc, 2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = [
        ["甲方（盖章）", "乙方（盖章）", "丙方（盖章）"],
        ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门瀚储新能源科技有限公司", "厦门瀚储储能科技有限公司"],
        ["法定代表人或授权代表（签字）：\n\n", "法定代表人或授权代表（签字）：\n\n", "法定代表人或授权代表（签字）：\n\n"],
        ["二〇二六年八月二十六日", "二〇二六年八月二十六日", "二〇二六年八月二十六日"],
    ]
    for ri, r in enumerate(grid):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, HT if ri == 0 else FS, 12, line=24)
    col_widths(t, [5.4, 4.6, 4.6])
    vcenter(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门自贸片区新型储能系统集成及电芯制造项目投资合作协议书之补充协议（一）",
            "doc_number": "厦自贸投补〔2026〕5号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门瀚储新能源科技有限公司",
                       "厦门瀚储储能科技有限公司"],
            "date": "2026-08-26",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-09-01",
            "expires": None,
            "attachments": [],
            "doc_type": "补充协议",
            "recipients": [],
            "publicity": None,
            "repeals": "原协议第八条第（一）项约定的逾期违约金计算标准",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhengzhou():
    """综合保税区管委会：主协议 + 补充协议，同一文件前后打印（两份文件）。"""
    stem = "blind755_zhengzhou_zbq"
    doc = Document()
    setup(doc, 12, margins=(2.5, 2.5, 2.8, 2.5))
    footer(doc, "hyphen")
    B = 12  # 小四
    LN = 22
    LINE[0] = 24
    L = WD_ALIGN_PARAGRAPH.LEFT

    # ---------------- C1: main agreement
    c1 = []
    par(doc, [("郑州经开综合保税区中亚跨境电商保税分拨中心", XBS)], 20,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    par(doc, [("项目投资合作协议", XBS)], 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    empty(doc, 1, 14)

    hdr = ["签约方", "名称", "住所", "法定代表人", "联系人及电话"]
    prow = [
        ["甲方", "郑州经开综合保税区管理委员会", "郑州经开区第八大街与经北一路交叉口", "王建业", "赵磊 0371-66881207"],
        ["乙方", "河南丝路远通供应链管理有限公司", "郑州经开区航海东路1508号", "马晓川", "孙悦 13903718826"],
    ]
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5, line=18)
    for ri, r in enumerate(prow, 1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, line=18)
        c1.append(row_clause(hdr, r))
    col_widths(t, [1.5, 3.8, 4.2, 2.0, 3.2])
    vcenter(t)
    empty(doc, 1, 14)

    def body(lst, t):
        lst.append(t)
        par(doc, t, B, line=LN, first=Pt(24))

    def chapter(t):
        par(doc, [(t, HT)], 14, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, before=4)

    def art(lst, num, text, items=()):
        # 第X条 bold 黑体 run-in, items typed as separate paragraphs
        p = par(doc, [(num, HT), ("\u3000" + text, FS)], B, line=LN, first=Pt(24))
        for it in items:
            par(doc, it, B, line=LN, first=Pt(24))
        lst.append(num + "\u3000" + text + "".join(items))

    body(c1, "为推动中欧班列（中豫号）与跨境电商融合发展，甲乙双方本着平等互利、诚实守信的原则，就乙方在郑州经开综合保税区投资建设中亚跨境电商保税分拨中心项目事宜，经充分协商，订立本协议。")
    chapter("第一章　总　则")
    art(c1, "第一条", "本协议依据《中华人民共和国民法典》《中华人民共和国海关综合保税区管理办法》等法律法规及郑州经开综合保税区有关政策制定。")
    art(c1, "第二条", "本协议所称项目，是指乙方在郑州经开综合保税区内租赁甲方所属标准化保税仓库，建设运营中亚跨境电商保税分拨中心（以下简称“分拨中心”）。")
    chapter("第二章　项目内容")
    art(c1, "第三条", "分拨中心租赁仓库面积约3.2万平方米（位于综保区二期A3、A4号库），建设跨境电商保税仓储、分拣包装、集拼分拨、退货处理等功能区，配套建设跨境电商监管作业场所。")
    art(c1, "第四条", "乙方计划总投资人民币2.6亿元，其中设备及信息化系统投资不低于1.1亿元。乙方承诺：", [
        "（一）2026年10月31日前完成装修改造并通过海关验收投入运营；",
        "（二）运营首年跨境电商进出口货值不低于人民币30亿元，第三年不低于人民币80亿元；",
        "（三）依托中欧班列（中豫号）年组织跨境电商货物不少于200个标准箱。",
    ])
    chapter("第三章　双方权利义务")
    art(c1, "第五条", "甲方为乙方提供以下支持：", [
        "（一）自分拨中心投入运营之日起，前三年仓库租金按市场指导价的50%收取，第四、五年按70%收取；",
        "（二）协调海关监管部门为乙方开展跨境电商网购保税进口（1210）、跨境电商出口海外仓（9810）等业务提供通关便利；",
        "（三）按照郑州经开综合保税区产业扶持政策，对乙方通过中欧班列运输的跨境电商货物给予物流补贴，具体标准另行约定。",
    ])
    art(c1, "第六条", "乙方应遵守海关监管规定，建立符合海关要求的计算机管理系统，如实申报进出区货物，不得从事国家禁止或限制的业务。")
    art(c1, "第七条", "乙方应在郑州经开区依法纳税，项目运营期内年度纳税总额不低于人民币2000万元。")
    chapter("第四章　违约责任与争议解决")
    art(c1, "第八条", "乙方未按第四条第（一）项约定期限投入运营的，甲方有权取消第五条第（一）项约定的租金优惠；逾期超过六个月的，甲方有权解除本协议并收回仓库。")
    art(c1, "第九条", "因本协议发生的争议，双方应协商解决；协商不成的，提交郑州仲裁委员会按照其仲裁规则进行仲裁。")
    chapter("第五章　附　则")
    art(c1, "第十条", "本协议有效期自签订之日起至2030年12月31日止。本协议未尽事宜，由双方另行签订补充协议。")
    art(c1, "第十一条", "本协议一式肆份，双方各执贰份，自双方签字盖章之日起生效。")
    par(doc, "（以下无正文）", B, line=LN, first=Pt(24))
    empty(doc, 1, 14)

    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sg = [("甲方（盖章）：郑州经开综合保税区管理委员会", "乙方（盖章）：河南丝路远通供应链管理有限公司"),
          ("法定代表人（签字）：", "法定代表人（签字）："),
          ("签订日期：2026年5月20日", "签订日期：2026年5月20日")]
    for ri, (a, b) in enumerate(sg):
        cell_text(t.rows[ri].cells[0], a, FS, B, align=L, line=30)
        cell_text(t.rows[ri].cells[1], b, FS, B, align=L, line=30)
    m = t.cell(3, 0).merge(t.cell(3, 1))
    cell_text(m, "签订地点：河南省郑州市", FS, B, align=L, line=30)
    col_widths(t, [7.6, 7.6])

    # ---------------- C2: supplementary agreement, printed right after
    c2 = []
    page_break(doc)
    p = par(doc, [("郑州经开综合保税区中亚跨境电商保税", XBS)], 20,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("分拨中心项目投资合作协议之补充协议"), XBS, 20)
    empty(doc, 1, 14)
    for t_ in ["甲方：郑州经开综合保税区管理委员会", "乙方：河南丝路远通供应链管理有限公司"]:
        par(doc, t_, B, line=LN)
        c2.append(t_)
    empty(doc, 1, 10)
    body(c2, "甲乙双方于2026年5月20日签订了《郑州经开综合保税区中亚跨境电商保税分拨中心项目投资合作协议》（以下简称“原协议”）。为支持乙方拓展保税维修和跨境电商B2B出口业务，经双方协商一致，对原协议作如下补充：")
    # half-width "1." numbering typed by hand
    for t_ in [
        "1.在原协议第三条约定的功能区基础上，增加跨境电商退换货商品保税维修功能区，面积约2000平方米，乙方相应增加投资人民币1500万元。",
        "2.原协议第五条第（三）项约定的物流补贴标准明确为：乙方年度通过中欧班列（中豫号）运输的跨境电商货物，按每标准箱2000元给予补贴，单个年度补贴总额不超过人民币300万元。",
        "3.乙方应于2026年12月31日前开展跨境电商B2B直接出口（9710）业务，年度出口货值不低于人民币5亿元。",
        "4.本补充协议自2026年7月1日起执行，有效期至2028年6月30日；有效期届满后，双方可根据乙方业务开展情况协商续签。",
        "5.本补充协议与原协议具有同等法律效力，本补充协议未作约定的，仍按原协议执行。本补充协议一式肆份，双方各执贰份。",
    ]:
        body(c2, t_)
    par(doc, "（以下无正文）", B, line=LN, first=Pt(24))
    empty(doc, 2, 14)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sg = [("甲方（盖章）", "乙方（盖章）"),
          ("郑州经开综合保税区管理委员会\n法定代表人或授权代表：", "河南丝路远通供应链管理有限公司\n法定代表人或授权代表："),
          ("二〇二六年六月二十五日", "二〇二六年六月二十五日")]
    for ri, (a, b) in enumerate(sg):
        cell_text(t.rows[ri].cells[0], a, HT if ri == 0 else FS, B, line=28)
        cell_text(t.rows[ri].cells[1], b, HT if ri == 0 else FS, B, line=28)
    col_widths(t, [7.6, 7.6])
    vcenter(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "doc_number": None,
        "issuer": ["郑州经开综合保税区管理委员会", "河南丝路远通供应链管理有限公司"],
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "attachments": [],
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    m1 = dict(base, title="郑州经开综合保税区中亚跨境电商保税分拨中心项目投资合作协议",
              date="2026-05-20", effective="2026-05-20", expires="2030-12-31", doc_type="协议")
    m2 = dict(base, title="郑州经开综合保税区中亚跨境电商保税分拨中心项目投资合作协议之补充协议",
              date="2026-06-25", effective="2026-07-01", expires="2028-06-30", doc_type="补充协议")
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": c1},
        {"meta": {k: m2[k] for k in order}, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_xieyi(), doc_buchong(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
