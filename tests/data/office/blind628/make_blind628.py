# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 628: 省自贸办专报（带领导批示框） + 商务厅呈批件/签报. Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman" if name in (FS, KT) else name
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, indent=True, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(container, parts, indent=True, align=None, line=28, before=0, after=0):
    """parts: list of (text, font, size, bold[, color])"""
    p = container.add_paragraph()
    fmt(p, indent, align, line, before, after)
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def body(container, text, **kw):
    return para(container, [(text, FS, 16, False)], **kw)


def empty(container, size=16):
    p = container.add_paragraph()
    fmt(p, indent=False)
    r = p.add_run("")
    set_font(r, FS, size)
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml(r"<w:pBdr %s/>" % nsdecls("w"))
        # pBdr must come after numPr/ before shd, spacing... insert before spacing if present
        sp = ppr.find(qn("w:spacing"))
        if sp is not None:
            sp.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = parse_xml(
        r'<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
        % (side, nsdecls("w"), sz, space, color)
    )
    # order: top, left, bottom, right
    if side == "top":
        pbdr.insert(0, el)
    else:
        pbdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Mm(297)
        s.page_width = Mm(210)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(25)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        fld = parse_xml(
            r'<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/>'
            r'<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")
        )
        fp._p.append(fld)
        r2 = fp.add_run(" —")
        set_font(r2, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def cell_text(cell, text, font=FS, size=14, bold=False, align=None, line=22):
    p = cell.paragraphs[0]
    fmt(p, indent=False, align=align, line=line)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return p


def set_cell_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = parse_xml(r'<w:vAlign %s w:val="center"/>' % nsdecls("w"))
    tcpr.append(v)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def to_pdf(path):
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo_628",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            HERE,
            path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ================================================================ 1. 专报
def make_zhuanbao():
    stem = "blind628_sichuan_zhuanbao"
    doc = Document()
    page_setup(doc)
    clauses = []

    # 密级样标注
    para(doc, [("内部资料", HT, 14, False), ("　", HT, 14, False), ("注意保存", HT, 14, False)],
         indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    # masthead
    para(doc, [("自贸试验区建设情况专报", XBS, 40, False, RED)], indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=60, before=12, after=12)
    # 期号、编印单位、日期同一行（制表位对齐）
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Mm(70), WD_TAB_ALIGNMENT.CENTER)
    ts.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("第3期\t四川省自由贸易试验区工作办公室\t2025年11月5日")
    set_font(r, KT, 14)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 10)

    # 领导批示框
    pishi = ("李明远省长批示：自贸试验区是我省高水平对外开放的重要平台。省自贸办要会同有关部门和各片区，"
             "针对报告反映的问题逐项研究提出解决办法，特别是在中欧班列运贸一体化和跨境数据流动上加大探索力度，"
             "形成更多可复制推广的制度创新成果。")
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    c.width = Mm(156)
    p = c.paragraphs[0]
    fmt(p, indent=True, line=28, before=6)
    r = p.add_run(pishi)
    set_font(r, KT, 16)
    p2 = c.add_paragraph()
    fmt(p2, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, after=6)
    r = p2.add_run("2025年11月7日　　")
    set_font(r, KT, 16)
    clauses.append(pishi)

    empty(doc)
    # title with soft line break
    p = doc.add_paragraph()
    fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    r = p.add_run("全省自贸试验区前三季度建设情况")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("及下一步工作建议")
    set_font(r, XBS, 22)
    empty(doc)

    intro = ("今年以来，全省自贸试验区深入实施提升战略，围绕制度型开放和服务国家战略，扎实推进各项改革试点任务。"
             "1—9月，中国（四川）自由贸易试验区新设企业1.86万户，同比增长9.4%；实际使用外资5.12亿美元，"
             "占全省的21.7%；进出口额2316.5亿元，同比增长6.8%，占全省的36.2%。现将有关情况报告如下。")
    body(doc, intro)
    clauses.append(intro)

    def h1(text):
        para(doc, [(text, HT, 16, False)])

    def runin(head, text):
        para(doc, [(head, KT, 16, True), (text, FS, 16, False)])
        clauses.append(head + text)

    h1("一、主要进展")
    runin("（一）制度创新成果持续涌现。",
          "前三季度，全省新形成制度创新成果47项，累计达到829项，其中“铁路运输单证物权化”“中欧班列运费分段结算估价”"
          "等12项在全国复制推广。对标CPTPP、DEPA等高标准经贸规则开展压力测试，在数字贸易、知识产权保护等领域推出首创性改革举措9项。")
    runin("（二）开放通道能级不断提升。",
          "中欧班列（成渝）开行4127列，同比增长5.3%，其中回程班列1683列，回程比提升至40.8%；"
          "西部陆海新通道铁海联运班列开行3056列，同比增长12.1%。成都国际铁路港综合保税区进出口额412.6亿元，同比增长18.7%。")
    runin("（三）外资外贸稳中提质。",
          "片区新设外商投资企业286家，同比增长15.3%。全省跨境电商交易额586.3亿元，同比增长23.5%，"
          "成都、泸州、德阳、绵阳4个跨境电子商务综合试验区新建公共海外仓17个。")
    runin("（四）协同改革先行区建设有序推进。",
          "全省21个协同改革先行区累计复制推广自贸试验区改革经验案例2418个，德阳、宜宾、南充等协同改革先行区"
          "主要经济指标增速高于所在市平均水平2个百分点以上。")

    # table caption (own line, not a clause)
    para(doc, [("表1　2025年1—9月各片区主要指标完成情况", HT, 14, False)], indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    headers = ["片区", "新设企业（户）", "同比增长（%）", "实际使用外资（亿美元）", "进出口额（亿元）"]
    rows = [
        ["成都天府新区片区", "9862", "10.2", "2.87", "1125.4"],
        ["成都青白江铁路港片区", "3215", "12.6", "0.64", "683.9"],
        ["川南临港片区", "5523", "6.1", "1.61", "507.2"],
        ["合计", "18600", "9.4", "5.12", "2316.5"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(44), Mm(26), Mm(26), Mm(32), Mm(28)]
    for i, h in enumerate(headers):
        cell = t.rows[0].cells[i]
        cell.width = widths[i]
        cell_text(cell, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
        set_cell_vcenter(cell)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            cell = t.rows[ri].cells[ci]
            cell.width = widths[ci]
            cell_text(cell, v, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
        clauses.append(row_clause(headers, row))
    empty(doc)

    h1("二、存在的问题")
    runin("（一）改革系统集成不足。",
          "部分改革事项仍停留在单一环节、单个部门的“单兵突进”，跨部门、跨层级的集成化改革偏少，"
          "前三季度形成的制度创新成果中，集成性成果仅占14.9%。")
    runin("（二）开放平台功能发挥不充分。",
          "中欧班列“重去轻回”问题仍未根本解决，班列运贸一体化发展不够，带动本地产业发展作用有限；"
          "综合保税区保税研发、保税维修等新业态规模偏小。")
    runin("（三）要素保障存在短板。",
          "跨境数据流动、国际人才出入境便利等方面的配套政策尚未完全落地，片区管理机构赋权事项"
          "“放得下、接不住”现象在部分片区仍然存在。")

    h1("三、下一步工作建议")
    runin("（一）加快推进提升战略。",
          "对照国家自贸试验区提升战略要求，研究制定我省实施方案，力争年内报省政府印发实施。")
    runin("（二）着力提升通道平台能级。", "重点抓好以下工作：")
    for s in [
        "1.推动中欧班列（成渝）运贸一体化发展，支持班列运营平台与重点外贸企业开展“班列+贸易”合作，力争全年回程比超过42%。",
        "2.扩大综合保税区保税研发、保税维修、跨境电商等新业态规模，支持成都国际铁路港综合保税区申报开展进口药品和医疗器械保税业务试点。",
        "3.深化与共建“一带一路”国家经贸合作，推动在波兰罗兹、德国杜伊斯堡等中欧班列节点城市设立四川商品展示中心。",
    ]:
        body(doc, s)
        clauses.append(s)
    runin("（三）强化要素保障。",
          "建议省委编办、省司法厅等部门加快研究片区赋权事项评估调整机制；推动出台我省数据出境负面清单，"
          "支持天府新区片区开展跨境数据流动试点。")
    runin("（四）加强督促考核。",
          "建议将自贸试验区建设纳入省政府目标绩效考核，对改革创新成效突出的片区和协同改革先行区给予通报表扬。")

    empty(doc)
    empty(doc)
    # 报送发 block between rules
    p = para(doc, [("报：", HT, 14, False), ("省委、省政府领导同志。", FS, 14, False)], indent=False)
    border(p, "top", "000000", 8, 4)
    para(doc, [("送：", HT, 14, False),
               ("省委办公厅、省政府办公厅，省委改革办、省发展改革委、省经济和信息化厅、省财政厅、省市场监管局，成都海关。",
                FS, 14, False)], indent=False)
    p = para(doc, [("发：", HT, 14, False), ("各市（州）商务主管部门，各片区管委会。", FS, 14, False)], indent=False)
    border(p, "bottom", "000000", 8, 4)
    para(doc, [("（共印60份）", FS, 12, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "全省自贸试验区前三季度建设情况及下一步工作建议",
        "doc_number": None,
        "issuer": ["四川省自由贸易试验区工作办公室"],
        "date": "2025-11-05",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "专报",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ 2. 签报 / 呈批件
def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        r'<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        r'<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        r'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        r'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w")
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(r'<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 90


def numbered(doc, text, num_id):
    p = body(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    return p


def make_qianbao():
    stem = "blind628_sichuan_qianbao"
    doc = Document()
    page_setup(doc)
    num_id = add_numbering(doc)
    clauses = []
    title = "关于召开全省自贸试验区提升战略推进会的签报"

    para(doc, [("四川省商务厅呈批件", XBS, 26, False, RED)], indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=6)
    p = para(doc, [("缓急：急件", FS, 12, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)

    form = [
        ("标题", title),
        ("拟办意见", "拟同意。建议由王厅长出席并讲话，陈副厅长主持会议。请王厅长审示。　陈立新　10月21日"),
        ("领导批示", "同意。会议材料要突出问题导向，请自贸处抓紧筹备。　王志刚　10月22日"),
        ("会签", "办公室：周敏　　规划财务处：吴涛"),
    ]
    t = doc.add_table(rows=len(form) + 2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(26), Mm(62), Mm(22), Mm(46)]
    heights = [Mm(16), Mm(34), Mm(40), Mm(22)]
    for ri, (label, value) in enumerate(form):
        row = t.rows[ri]
        row.height = heights[ri]
        for ci in range(4):
            row.cells[ci].width = widths[ci]
        merged = row.cells[1].merge(row.cells[3])
        cell_text(row.cells[0], label, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_vcenter(row.cells[0])
        font = FS if label in ("标题", "会签") else KT
        cell_text(merged, value, font, 14)
        set_cell_vcenter(merged)
        clauses.append("%s：%s" % (label, value))
    # 承办处室 / 核稿
    row = t.rows[len(form)]
    row.height = Mm(14)
    vals = ["承办处室", "自由贸易试验区建设处", "核稿", "刘建华"]
    for ci, v in enumerate(vals):
        row.cells[ci].width = widths[ci]
        cell_text(row.cells[ci], v, HT if ci % 2 == 0 else FS, 14,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_vcenter(row.cells[ci])
    clauses.append("承办处室：自由贸易试验区建设处；核稿：刘建华")
    # 签发
    row = t.rows[len(form) + 1]
    row.height = Mm(14)
    for ci in range(4):
        row.cells[ci].width = widths[ci]
    merged = row.cells[1].merge(row.cells[3])
    cell_text(row.cells[0], "签发", HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_vcenter(row.cells[0])
    cell_text(merged, "王志刚　2025年10月22日", KT, 14)
    set_cell_vcenter(merged)
    clauses.append("签发：王志刚　2025年10月22日")

    empty(doc)
    # body of 签报
    p = doc.add_paragraph()
    fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    r = p.add_run("关于召开全省自贸试验区提升战略")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("推进会的签报")
    set_font(r, XBS, 22)
    empty(doc)
    body(doc, "厅领导：", indent=False)

    def b(text):
        body(doc, text)
        clauses.append(text)

    def runin(head, text, headfont=HT):
        para(doc, [(head, headfont, 16, headfont == KT), (text, FS, 16, False)])
        clauses.append(head + text)

    b("为贯彻落实国家实施自由贸易试验区提升战略有关部署和省委、省政府工作要求，总结中国（四川）自由贸易试验区"
      "挂牌八年来的建设成效，部署2026年重点工作，我处拟于2025年11月下旬组织召开全省自贸试验区提升战略推进会。"
      "有关事项报告如下：")
    runin("一、会议时间和地点。", "拟定于2025年11月27日（星期四）上午9:30召开，会期半天，地点在成都市金牛宾馆。")
    runin("二、参会人员。", "拟邀请以下人员参会：")
    b("（一）省自贸试验区工作领导小组成员单位分管负责同志及处室负责同志；")
    b("（二）成都、泸州、德阳、宜宾、南充等市（州）政府分管负责同志及商务主管部门主要负责同志；")
    b("（三）天府新区片区、青白江铁路港片区、川南临港片区管委会主要负责同志，21个协同改革先行区所在县（市、区）分管负责同志。")
    runin("三、会议议程。", "会议拟安排以下议程：")
    for s in [
        "通报全省自贸试验区2025年建设情况和2026年重点任务；",
        "成都海关介绍中欧班列（成渝）运贸一体化监管创新举措；",
        "天府新区片区、川南临港片区和德阳协同改革先行区作交流发言；",
        "发布第九批省级制度创新成果（共15项）；",
        "王厅长讲话。",
    ]:
        numbered(doc, s, num_id)
    for i, s in enumerate([
        "通报全省自贸试验区2025年建设情况和2026年重点任务；",
        "成都海关介绍中欧班列（成渝）运贸一体化监管创新举措；",
        "天府新区片区、川南临港片区和德阳协同改革先行区作交流发言；",
        "发布第九批省级制度创新成果（共15项）；",
        "王厅长讲话。",
    ], start=1):
        clauses.append("%d.%s" % (i, s))
    runin("四、有关工作安排。", "为确保会议顺利召开，拟作如下安排：")
    runin("（一）材料准备。", "由我处牵头起草厅领导讲话稿和工作报告，11月14日前完成初稿；请各片区于11月10日前报送交流发言材料。", KT)
    runin("（二）会务保障。", "会议通知以省自贸办名义印发，会务工作由厅办公室协助我处承担，参会人员食宿自理。", KT)
    runin("（三）经费保障。", "会议经费约3.2万元，从2025年省级自贸试验区建设专项经费中列支。", KT)
    b("以上妥否，请审示。")
    b("联系人：赵雪　电话：028-86012345")

    empty(doc)
    p = para(doc, [("附件：1.全省自贸试验区提升战略推进会方案（代拟稿）", FS, 16, False)], indent=True)
    para(doc, [("　　　2.厅领导讲话提纲（代拟稿）", FS, 16, False)], indent=True)
    para(doc, [("　　　3.参会人员名单（建议）", FS, 16, False)], indent=True)
    empty(doc)
    empty(doc)
    para(doc, [("自由贸易试验区建设处　　", FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("2025年10月20日　　　", FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["四川省商务厅自由贸易试验区建设处"],
        "date": "2025-10-20",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [
            "全省自贸试验区提升战略推进会方案（代拟稿）",
            "厅领导讲话提纲（代拟稿）",
            "参会人员名单（建议）",
        ],
        "doc_type": "签报",
        "recipients": ["厅领导"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_zhuanbao, make_qianbao):
        stem, path, docs = maker()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
