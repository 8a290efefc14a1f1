# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 417: 自贸片区办事指南 (two guides in one file) + cover notice."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

ZONE = "中国（福建）自由贸易试验区厦门片区"
GUIDE1_TITLE = ZONE + "外商投资企业设立登记办事指南"
GUIDE2_TITLE = ZONE + "外商投资企业注销登记办事指南"
CENTER = "中国（福建）自由贸易试验区厦门片区政务服务中心"
COMMITTEE = "中国（福建）自由贸易试验区厦门片区管理委员会"


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc, runs=(), align=None, indent=True, space_line=28, keep=None):
    """runs: list of (text, east, size, bold) tuples or plain strings."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(space_line)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for r in runs:
        if isinstance(r, str):
            r = (r,)
        text = r[0]
        east = r[1] if len(r) > 1 else FS
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), east, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, [], indent=False)


def border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def border_top_bottom(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
        % (nsdecls("w"), sz, sz)))


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = fp.add_run()
    font(r3, "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    font(r4, "宋体", 14)
    r5 = fp.add_run()
    font(r5, "宋体", 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), "宋体", 14)


def add_numbering(doc, num_id, fmt, lvl_text):
    """Word auto-numbering, single level, no tab after the number."""
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), num_id, fmt, lvl_text, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))


def numbered(doc, num_id, runs):
    p = para(doc, runs, indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))
    # number glyph picks up paragraph-mark formatting as well
    return p


def cell_text(cell, text, east=FS, size=12, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    font(p.add_run(text), east, size, bold)


def material_table(doc, header, rows, widths, shade_header=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
        if shade_header:
            c._tc.get_or_add_tcPr().append(parse_xml(
                '<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % nsdecls("w")))
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 2) else None
            cell_text(t.rows[ri + 1].cells[ci], v, FS, 12, False, al)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    return [
        "；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows
    ]


def runin(doc, label, body, label_font=FS, label_bold=True, clauses=None):
    p = para(doc, [(label, label_font, 16, label_bold), (body, FS, 16, False)])
    if clauses is not None:
        clauses.append(label + body)
    return p


def heading(doc, text, east=HT, split_runs=None):
    if split_runs:
        return para(doc, [(t, east, 16, True) for t in split_runs])
    return para(doc, [(text, east, 16, False)])


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_417", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- guides file
def build_guides():
    doc = Document()
    page_setup(doc)
    add_numbering(doc, 91, "decimal", "%1.")
    add_numbering(doc, 92, "chineseCounting", "（%1）")
    table_header = ["序号", "材料名称", "份数", "要求", "备注"]
    widths = [1.3, 4.2, 1.4, 5.2, 3.5]

    # ======================= guide 1: 设立登记 =======================
    c1 = []
    p = para(doc, [], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    font(p.add_run(ZONE), XBS, 22)
    p.add_run().add_break()          # soft line break inside the title
    font(p.add_run("外商投资企业设立登记办事指南"), XBS, 22)
    empty(doc)

    runin(doc, "一、事项名称：",
          "外商投资企业设立登记（含外商投资的有限责任公司、股份有限公司、合伙企业设立登记）",
          clauses=c1)
    runin(doc, "二、事项类型：", "行政许可", clauses=c1)
    runin(doc, "三、实施机关：",
          "厦门市市场监督管理局（由厦门自贸片区政务服务中心市场主体登记窗口集中受理）",
          clauses=c1)
    heading(doc, "四、设定依据", FS, split_runs=["四、设定依据"])
    laws1 = [
        "1.《中华人民共和国外商投资法》第三十一条：外商投资企业的组织形式、组织机构及其活动准则，适用《中华人民共和国公司法》《中华人民共和国合伙企业法》等法律的规定。",
        "2.《中华人民共和国外商投资法实施条例》（国务院令第723号）第三十七条。",
        "3.《中华人民共和国公司法》（2023年12月29日第十四届全国人民代表大会常务委员会第七次会议修订）。",
        "4.《中华人民共和国市场主体登记管理条例》（国务院令第746号）第三条、第十九条。",
        "5.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）。",
        "6.《外商投资准入特别管理措施（负面清单）（2024年版）》（国家发展改革委、商务部令2024年第23号）。",
    ]
    for t in laws1:
        para(doc, [t])
        c1.append(t)
    heading(doc, "五、申请条件", FS, split_runs=["五、申请条件"])
    conds1 = [
        "（一）申请人应当是依法设立或者取得合法身份的外国投资者，或者与外国投资者共同投资的中国自然人、法人或者其他组织。",
        "（二）投资领域不属于《外商投资准入特别管理措施（负面清单）》规定的禁止投资领域；属于限制投资领域的，应当符合负面清单规定的股权要求、高管要求等限制性准入特别管理措施。",
        "（三）拟设立企业的名称、住所、经营范围、注册资本等登记事项符合法律、行政法规的规定，其中住所应当位于中国（福建）自由贸易试验区厦门片区范围内。",
        "（四）有符合公司章程或者合伙协议规定的组织机构，法定代表人、董事、监事、高级管理人员不存在法律、行政法规规定的不得担任的情形。",
        "（五）法律、行政法规规定的其他条件。",
    ]
    for t in conds1:
        para(doc, [t])
        c1.append(t)
    heading(doc, "六、申请材料", FS, split_runs=["六、申请材料"])
    rows1 = [
        ["1", "《公司登记（备案）申请书》", "1份", "原件，由法定代表人签署",
         "通过“e企办”平台全程网办的，由系统自动生成"],
        ["2", "公司章程", "1份", "原件，由全体股东签署（盖章）",
         "可使用片区提供的章程参考文本"],
        ["3", "股东（投资者）主体资格证明或者自然人身份证明", "1份",
         "外国投资者的主体资格证明应当经所在国公证机关公证并经中国驻该国使（领）馆认证，或者办理附加证明书（Apostille）",
         "“附加证明书”适用于《取消外国公文书认证要求的公约》缔约国"],
        ["4", "法定代表人、董事、监事和经理的任职文件及身份证明", "1份",
         "复印件，核对原件", "外籍人员提交护照复印件"],
        ["5", "住所（经营场所）使用证明", "1份", "产权证明或者租赁合同复印件",
         "入驻片区集中登记地的，提交集中登记地托管协议"],
        ["6", "法律文件送达授权委托书", "1份", "原件，外国投资者签署",
         "指定境内法律文件送达接受人"],
        ["7", "中文翻译件", "1套", "由翻译机构出具并加盖翻译专用章",
         "材料为外文的提交"],
    ]
    c1 += material_table(doc, table_header, rows1, widths)
    note1 = "注：申请材料应当使用A4规格纸张；提交复印件的，应当注明“与原件一致”并由申请人签字或者盖章。"
    para(doc, [(note1, FS, 14)])
    c1.append(note1)
    heading(doc, "七、办理流程", FS, split_runs=["七、办理流程"])
    steps1 = [
        "申请。申请人通过福建省网上办事大厅“e企办”平台或者到片区政务服务中心综合受理窗口提交申请材料。",
        "受理。窗口工作人员对申请材料进行核对，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。",
        "审核。登记机关对申请材料进行形式审查，对涉及外商投资准入负面清单限制类领域的，同步核验是否符合准入特别管理措施。",
        "决定。准予登记的，核发营业执照；不予登记的，出具《登记驳回通知书》并说明理由。",
        "发照。申请人可选择窗口领取或者免费邮寄送达营业执照，同步生成电子营业执照。",
    ]
    for i, t in enumerate(steps1, 1):
        numbered(doc, 91, [t])          # number comes from Word numbering
        c1.append("%d.%s" % (i, t))
    # 办理时限 with a stray soft line break in the middle of the sentence
    p = para(doc, [("八、办理时限：", FS, 16, True),
                   ("法定办结时限为3个工作日，承诺办结时限为1个", FS, 16)])
    p.runs[-1].add_break()
    font(p.add_run("工作日；材料齐全、符合法定形式且采用标准化章程的，当场办结。"), FS, 16)
    c1.append("八、办理时限：法定办结时限为3个工作日，承诺办结时限为1个工作日；"
              "材料齐全、符合法定形式且采用标准化章程的，当场办结。")
    runin(doc, "九、收费标准：", "不收费。", clauses=c1)
    runin(doc, "十、办理结果：", "营业执照（正本、副本）及电子营业执照。", clauses=c1)
    runin(doc, "十一、咨询电话：",
          "0592-5689210（工作日上午8:30—12:00，下午14:30—17:30）", clauses=c1)
    runin(doc, "十二、办公地址：",
          "厦门市湖里区象屿路97号厦门国际航运中心D栋1楼片区政务服务中心A区3—8号窗口",
          clauses=c1)
    empty(doc, 2)
    para(doc, [CENTER], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, ["2025年12月10日　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # ======================= guide 2: 注销登记 =======================
    c2 = []
    p = para(doc, [], indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    # title typed as two separate paragraphs this time
    para(doc, [(ZONE, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    para(doc, [("外商投资企业注销登记办事指南", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    empty(doc)
    runin(doc, "一、事项名称：", "外商投资企业注销登记（含一般注销和简易注销）",
          label_font=HT, label_bold=False, clauses=c2)
    runin(doc, "二、事项类型：", "行政许可", label_font=HT, label_bold=False, clauses=c2)
    runin(doc, "三、实施机关：",
          "厦门市市场监督管理局（由厦门自贸片区政务服务中心市场主体登记窗口集中受理）",
          label_font=HT, label_bold=False, clauses=c2)
    heading(doc, None, HT, split_runs=["四、", "设定", "依据"])
    laws2 = [
        "1.《中华人民共和国公司法》第二百二十九条至第二百四十二条。",
        "2.《中华人民共和国外商投资法实施条例》（国务院令第723号）。",
        "3.《中华人民共和国市场主体登记管理条例》（国务院令第746号）第三十一条至第三十四条。",
        "4.《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）第四十四条至第四十九条。",
        "5.《企业注销指引（2023年修订）》（市场监管总局等五部门公告2023年第58号）。",
    ]
    for t in laws2:
        para(doc, ["　　" + t], indent=False)   # indent typed with full-width spaces
        c2.append(t)
    empty(doc)
    heading(doc, "五、申请条件", HT)
    conds2 = [
        "企业因章程规定的营业期限届满、股东会决议解散、依法被吊销营业执照或者被撤销等原因解散，已依法完成清算的。",
        "企业已经结清应缴纳的税款，海关监管货物已办结海关手续，不存在未结清的税款、滞纳金及罚款。",
        "申请简易注销的，企业应当未发生债权债务或者已将债权债务清偿完结，并通过国家企业信用信息公示系统公示满20日且无异议。",
        "企业不存在被列入严重违法失信名单、股权被冻结或者出质、正在被立案调查等不得注销的情形。",
    ]
    cn = "一二三四五六七八九十"
    for i, t in enumerate(conds2):
        numbered(doc, 92, [t])
        c2.append("（%s）%s" % (cn[i], t))
    heading(doc, "六、申请材料", HT)
    rows2 = [
        ["1", "《公司注销登记申请书》", "1份", "原件，由清算组负责人签署",
         "简易注销使用《简易注销全体投资人承诺书》"],
        ["2", "股东会决议或者人民法院裁定等解散文件", "1份", "原件",
         "外国投资者为公司的，由其有权签字人签署"],
        ["3", "经确认的清算报告", "1份", "原件，全体股东签署确认", "简易注销无需提交"],
        ["4", "清税证明", "1份", "税务部门出具", "已通过信息共享获取的免于提交"],
        ["5", "营业执照正本、副本", "各1份", "原件",
         "遗失的，可在国家企业信用信息公示系统公告作废"],
    ]
    c2 += material_table(doc, table_header, rows2, widths, shade_header=True)
    note2 = "注：外国投资者签署的文件使用外文的，应当同时提交中文翻译件。"
    para(doc, [(note2, KT, 14)])
    c2.append(note2)
    heading(doc, "七、办理流程", HT)
    steps2 = [
        "1.清算备案。企业成立清算组后10日内，通过“e企办”平台向登记机关办理清算组备案，并通过国家企业信用信息公示系统发布债权人公告。",
        "2.申请注销。公告期满后，清算组负责人向片区政务服务中心提交注销登记申请材料。",
        "3.审查决定。登记机关对申请材料进行审查，符合规定的，准予注销登记；不符合规定的，一次性告知需要补正的材料。",
        "4.信息推送。准予注销的，登记机关将注销信息同步推送至商务、海关、税务、外汇管理等部门，外国投资者无需另行报送注销信息。",
    ]
    for t in steps2:
        para(doc, [t])
        c2.append(t)
    runin(doc, "八、办理时限：",
          "一般注销承诺办结时限为1个工作日；简易注销公示期满无异议的，即时办结。",
          label_font=HT, label_bold=False, clauses=c2)
    runin(doc, "九、收费标准：", "不收费。", label_font=HT, label_bold=False, clauses=c2)
    # ASCII colon typed by mistake
    runin(doc, "十、办理结果:", "《准予注销登记通知书》。",
          label_font=HT, label_bold=False, clauses=c2)
    runin(doc, "十一、咨询电话：", "0592-5689210、0592-5689216",
          label_font=HT, label_bold=False, clauses=c2)
    runin(doc, "十二、办公地址：",
          "厦门市湖里区象屿路97号厦门国际航运中心D栋1楼片区政务服务中心A区3—8号窗口",
          label_font=HT, label_bold=False, clauses=c2)
    empty(doc)
    # 落款 aligned with manual spaces
    para(doc, ["　　　" + CENTER], indent=False)
    para(doc, ["　　　　　　　　　　　　　　　　　　2025年12月10日"], indent=False)

    path = os.path.join(HERE, "blind417_xiamen_banshizhinan.docx")
    doc.save(path)

    def meta(title):
        return {
            "title": title,
            "doc_number": None,
            "issuer": [CENTER],
            "date": "2025-12-10",
            "published": None,
            "level": "zone",
            "region": ZONE,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }

    return path, [
        {"meta": meta(GUIDE1_TITLE), "clauses": c1},
        {"meta": meta(GUIDE2_TITLE), "clauses": c2},
    ]


# ---------------------------------------------------------------- cover notice
def build_notice():
    doc = Document()
    page_setup(doc)
    c = []
    empty(doc)
    p = para(doc, [(COMMITTEE + "文件", XBS, 22, False, "FF0000")],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=48)
    # red header squeezed with character scaling, as offices do for long names
    p.runs[0]._element.get_or_add_rPr().append(
        parse_xml('<w:w %s w:val="75"/>' % nsdecls("w")))
    empty(doc)
    p = para(doc, [("厦自贸委〔2025〕41号", FS, 16)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, "FF0000", 18)
    empty(doc)
    # title split over three hard paragraphs
    for t in (ZONE, "管理委员会关于印发外商投资企业设立登记", "等两项办事指南的通知"):
        para(doc, [(t, XBS, 22)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_line=36)
    empty(doc)
    para(doc, ["片区各职能局、片区政务服务中心，各有关单位："], indent=False)

    def body(t):
        para(doc, ["　　" + t], indent=False)   # indentation typed by hand
        c.append(t)

    body("为贯彻落实《中华人民共和国外商投资法》及其实施条例，持续优化片区外商投资环境，"
         "进一步规范外商投资企业登记服务，片区管委会组织编制了《" + GUIDE1_TITLE + "》《"
         + GUIDE2_TITLE + "》，现印发给你们，并就有关事项通知如下。")
    para(doc, [("　　一、做好指南公开和宣传", HT, 16)], indent=False)
    body("片区政务服务中心要在服务大厅、片区门户网站和“e企办”平台同步公开两项办事指南，"
         "各职能局要通过外资企业服务专员、“自贸沙龙”等渠道加强政策宣讲，"
         "确保企业“看得懂、找得到、办得成”。")
    para(doc, [("　　二、严格按照指南受理办理", HT, 16)], indent=False)
    subs = [
        ("（一）一次性告知。",
         "窗口工作人员应当严格按照办事指南列明的申请条件和申请材料受理申请，不得要求申请人提交指南以外的材料；材料需补正的，应当一次性书面告知。"),
        ("（二）容缺受理。",
         "对主要材料齐全、次要材料欠缺的外商投资企业设立登记申请，经申请人书面承诺在5个工作日内补齐的，可先行受理。"),
        ("（三）全程网办。",
         "大力推行“e企办”平台全程网办，对外国投资者主体资格证明已办理附加证明书的，窗口不再要求提交领事认证材料。"),
    ]
    for lab, txt in subs:
        para(doc, [("　　" + lab, KT, 16), (txt, FS, 16)], indent=False)
        c.append(lab + txt)
    para(doc, [("　　三、建立动态更新机制", HT, 16)], indent=False)
    body("法律、法规、规章或者上级政策调整涉及办事指南内容的，片区政务服务中心应当会同相关职能局"
         "在10个工作日内完成修订并重新公布。各单位在执行中遇到的问题，请及时向片区政务服务中心反馈。")
    body("本通知自2026年1月1日起施行，有效期至2030年12月31日。"
         "《中国（福建）自由贸易试验区厦门片区外商投资企业登记服务指南（试行）》"
         "（厦自贸委〔2023〕18号）同时废止。")
    body("联系人：片区政务服务中心林晓岚，联系电话：0592-5689201。")
    empty(doc)
    para(doc, ["　　附件：1." + GUIDE1_TITLE], indent=False)
    para(doc, ["　　　　　2." + GUIDE2_TITLE], indent=False)
    empty(doc, 3)
    para(doc, [COMMITTEE + "　"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, ["　　　　　　　　　　　　　　　　　　2025年12月15日"], indent=False)
    empty(doc)
    para(doc, ["　　（此件公开发布）"], indent=False)
    empty(doc, 4)
    p = para(doc, [("抄送：福建省商务厅（省自贸办），厦门市商务局、厦门市市场监督管理局。", FS, 14)],
             indent=False)
    border_top_bottom(p)
    p = para(doc, [("  厦门自贸片区管委会办公室　　　　　　　　　"
                    "2025年12月16日印发", FS, 14)], indent=False)
    border_top_bottom(p)

    path = os.path.join(HERE, "blind417_xiamen_tongzhi.docx")
    doc.save(path)
    return path, [{
        "meta": {
            "title": COMMITTEE + "关于印发外商投资企业设立登记等两项办事指南的通知",
            "doc_number": "厦自贸委〔2025〕41号",
            "issuer": [COMMITTEE],
            "date": "2025-12-15",
            "published": None,
            "level": "zone",
            "region": ZONE,
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": [GUIDE1_TITLE, GUIDE2_TITLE],
            "doc_type": "通知",
            "recipients": ["片区各职能局", "片区政务服务中心", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《中国（福建）自由贸易试验区厦门片区外商投资企业登记服务指南（试行）》（厦自贸委〔2023〕18号）",
        },
        "clauses": c,
    }]


def main():
    expected = {}
    for builder in (build_guides, build_notice):
        path, docs = builder()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
