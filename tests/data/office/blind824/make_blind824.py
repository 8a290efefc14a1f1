# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 824: 自贸片区人才公寓配租公告 / 配租结果公示, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("num", "1"),
                      ("end", None)):
        r = fp.add_run("1" if kind == "num" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "num":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    for el in tblpr.findall(qn("w:tblW")):
        tblpr.remove(el)
    total = sum(int(Cm(w).twips) for w in widths_cm)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[i:i + span])
            tcpr = tc.get_or_add_tcPr()
            for el in tcpr.findall(qn("w:tcW")):
                tcpr.remove(el)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>'
                                     % (nsdecls("w"), int(Cm(w).twips))))
            i += span


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_824", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [800]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


# =================================================================== DOC A
def doc_changsha():
    """长沙片区管委会 配租公告: 文件式红头 (layout table), 3-line title, merged-cell table."""
    stem = "blind824_changsha_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 版头: borderless layout table, organ name in two lines + big 文件
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    set_cell(c0, "中国（湖南）自由贸易试验区", XBS, 23, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
    p = c0.add_paragraph()
    font(p.add_run("长沙片区管理委员会"), XBS, 23, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(32)
    set_cell(c1, "文件", XBS, 46, color=RED, line=56)
    col_widths(t, [11.6, 4.0])
    p = add_par(doc, "长自贸管发〔2026〕6号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, wrapped at odd places
    for line in ("中国（湖南）自由贸易试验区长沙片区", "管理委员会关于2026年第一批人才公寓",
                 "配租的公告"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    body("为解决长沙片区新引进人才阶段性住房困难，根据《中国（湖南）自由贸易试验区长沙片区人才公寓管理办法（试行）》（长自贸管发〔2025〕21号），现将2026年第一批人才公寓配租有关事项公告如下：")
    head("一、房源信息")
    body("本批次共推出人才公寓3个项目312套，具体如下：")
    add_par(doc, [("长沙片区2026年第一批人才公寓房源信息表", HT, 14, False)], align=C, indent=False)
    add_par(doc, [("（面积单位：平方米；租金单位：元/月）", FS, 12, False)], align=R, indent=False, line=20)
    hdr = ["序号", "项目名称", "项目地址", "户型", "建筑面积", "套数", "月租金"]
    rows = [
        ["1", "自贸人才港（一期）", "雨花区环保中路188号", "一室一厅", "45", "96", "1170"],
        ["2", "自贸人才港（一期）", "雨花区环保中路188号", "两室一厅", "68", "60", "1768"],
        ["3", "黄花国际人才公寓", "长沙县黄花镇临空大道19号", "一室一厅", "42", "80", "882"],
        ["4", "黄花国际人才公寓", "长沙县黄花镇临空大道19号", "两室一厅", "75", "36", "1575"],
        ["5", "经开区星沙人才公寓", "长沙县星沙街道凉塘东路1288号", "三室两厅", "96", "40", "2208"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=18)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=18)
        clauses.append(row_clause(hdr, row))
    # vertical merges: 项目名称 / 项目地址 for rows 1-2 and 3-4
    for top in (1, 3):
        for col in (1, 2):
            m = t.cell(top, col).merge(t.cell(top + 1, col))
            set_cell(m, rows[top - 1][col], FS, 12, line=18)
    col_widths(t, [1.3, 3.0, 3.9, 2.2, 2.2, 1.3, 1.7])
    add_par(doc, [("注：1.月租金为第三方机构评估的市场租金，不含物业费、水电气费；2.建筑面积以不动产测绘报告为准。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：1.月租金为第三方机构评估的市场租金，不含物业费、水电气费；2.建筑面积以不动产测绘报告为准。")
    head("二、配租对象")
    runin("（一）基本条件。", "申请人须同时符合以下条件：")
    body("1.在长沙片区企事业单位全职工作，签订1年以上劳动合同，且在片区连续缴纳社会保险3个月以上；")
    body("2.本人及配偶、未成年子女在长沙市内无自有住房，未享受过其他住房保障政策；")
    body("3.具有全日制本科及以上学历或中级及以上职称，年龄在45周岁以下。")
    runin("（二）优先配租对象。", "经认定的A至D类高层次人才，重点产业链企业人才，以及在共建“一带一路”国家有海外工作经历的涉外专业人才，同等条件下优先配租。")
    head("三、租金标准")
    body("以房源信息表所列月租金为基数，A类、B类高层次人才免收租金；C类、D类高层次人才按30%计收；其他人才按50%计收。租赁合同每次签订不超过1年，累计不超过3年。")
    head("四、申请材料")
    body("申请人按《长沙片区人才公寓配租申请材料清单》（见附件）通过“长沙片区人才服务”微信小程序上传材料，并对材料的真实性负责。")
    head("五、配租程序")
    runin("（一）网上申请。", "2026年3月18日9:00至3月31日17:00，申请人在线填报申请并经用人单位确认。")
    runin("（二）资格审核。", "片区人才服务中心会同相关部门于2026年4月10日前完成资格审核。")
    runin("（三）排序公示。", "审核通过人员排序后在片区门户网站公示5个工作日。")
    runin("（四）选房签约。", "公示无异议的，按排序现场选房，选房后10个工作日内签订租赁合同，逾期视为放弃。")
    head("六、咨询电话")
    body("长沙片区人才服务中心：0731-85961238；黄花国际人才公寓项目运营部：0731-84061577。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：长沙片区人才公寓配租申请材料清单")
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 14 + "中国（湖南）自由贸易试验区长沙片区管理委员会", indent=False)
    add_par(doc, " " * 44 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("长沙片区人才公寓配租申请材料清单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    hdr2 = ["序号", "材料名称", "具体要求", "适用对象"]
    rows2 = [
        ["1", "身份证明", "申请人及配偶、未成年子女身份证、户口簿", "全部申请人"],
        ["2", "婚姻状况证明", "结婚证或离婚证、离婚协议（判决书）", "已婚、离异申请人"],
        ["3", "学历或职称证明", "学历学位证书，或专业技术职称证书", "全部申请人"],
        ["4", "劳动合同", "与片区内用人单位签订的1年以上劳动合同", "全部申请人"],
        ["5", "社会保险缴费证明", "近3个月在长沙片区连续缴纳社会保险的证明", "全部申请人"],
        ["6", "无房证明", "长沙市不动产登记中心出具的无房查询结果", "全部申请人"],
        ["7", "人才认定证书", "长沙市或湖南省高层次人才认定证书", "高层次人才"],
        ["8", "个人诚信承诺书", "本人签字并按手印", "全部申请人"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=22)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C, line=22)
        clauses.append(row_clause(hdr2, row))
    col_widths(t, [1.3, 3.4, 7.7, 3.2])
    p = add_par(doc, [("注：所有材料均需上传原件扫描件或清晰照片，现场选房时须提供原件核验。", FS, 12, False)],
                indent=False, line=22, before=6)
    clauses.append("注：所有材料均需上传原件扫描件或清晰照片，现场选房时须提供原件核验。")

    banji(doc, "抄送：市委人才工作领导小组办公室，市住房和城乡建设局，市人力资源和社会保障局。",
          "长沙片区管理委员会党政综合办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖南）自由贸易试验区长沙片区管理委员会关于2026年第一批人才公寓配租的公告",
            "doc_number": "长自贸管发〔2026〕6号",
            "issuer": ["中国（湖南）自由贸易试验区长沙片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": ["长沙片区人才公寓配租申请材料清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州港片区 配租结果公示: no 版头, spaces for indent, half-width punctuation,
    manual line break, joint 落款, Chinese-numeral date, 名单 split with 续表."""
    stem = "blind824_qinzhou_gongshi"
    doc = Document()
    setup(doc, footer=False)
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    add_par(doc, [("关于中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("2026年第一批人才公寓配租结果的公示", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("发布时间：2026年4月10日", KT, 14, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    body("根据《中国（广西）自由贸易试验区钦州港片区人才公寓管理暂行办法》和《关于2026年第一批人才公寓配租的公告》有关规定，经个人申请、用人单位初审、部门联合审核、公开摇号排序和现场选房等程序，2026年第一批人才公寓共有24名申请人符合配租条件，其中选房成功20人，进入轮候库4人。现将配租结果予以公示（名单详见附件），接受社会监督。")
    # one paragraph, two "paragraphs" separated by Shift+Enter
    t1 = "公示时间：2026年4月10日至2026年4月16日（5个工作日）。"
    t2 = "公示期间，任何单位和个人对公示对象有异议的，可通过电话、信函或当面反映等方式向钦州港片区人才公寓配租工作专班提出。反映情况应实事求是，提倡实名反映，并提供必要的证据材料；以单位名义反映的须加盖单位公章。"
    p = doc.add_paragraph()
    font(p.add_run(SP + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("受理电话:0777-3881296(工作日8:00-12:00,15:00-18:00)")
    body("通讯地址:钦州市钦州港经济技术开发区金海湾东大街1号钦州港片区管委会人才工作办公室,邮编:535008。")
    body("公示期满无异议的，由运营单位通知承租人签订租赁合同、办理入住手续；轮候人员按轮候顺序递补配租。")
    empty(doc, 1)
    add_par(doc, SP + "附件:2026年第一批人才公寓配租结果名单", indent=False)
    empty(doc, 2)
    # joint 落款, right aligned, date in Chinese numerals
    for t in ("中国（广西）自由贸易试验区钦州港片区管理委员会", "钦州市住房和城乡建设局",
              "二〇二六年四月九日"):
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(32)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年第一批人才公寓配租结果名单", XBS, 20, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    hdr = ["序号", "姓名", "工作单位", "人才类别", "配租房源", "配租结果"]
    data = [
        ("李*华", "北部湾港钦州码头有限公司", "D类高层次人才", "港城人才公寓3栋1205（两室）", "已选房"),
        ("黄*", "广西北港新材料有限公司", "E类人才", "港城人才公寓3栋0812（一室）", "已选房"),
        ("陈*宇", "中马钦州产业园区开发有限公司", "青年人才（硕士）", "港城人才公寓3栋0907（一室）", "已选房"),
        ("韦*婷", "北部湾大学", "D类高层次人才", "港城人才公寓5栋1503（两室）", "已选房"),
        ("王*军", "钦州港海丰国际物流有限公司", "紧缺人才", "港城人才公寓5栋0606（一室）", "已选房"),
        ("梁*", "钦州港片区开发投资集团有限公司", "青年人才（本科）", "港城人才公寓5栋0711（一室）", "已选房"),
        ("刘*洋", "广西钦州保税港区跨境电商产业园运营有限公司", "青年人才（本科）", "保税港人才驿站A座0415（一室）", "已选房"),
        ("覃*芳", "北部湾港钦州码头有限公司", "E类人才", "保税港人才驿站A座0502（一室）", "已选房"),
        ("张*", "广西北港新材料有限公司", "青年人才（硕士）", "保税港人才驿站A座0609（一室）", "已选房"),
        ("周*明", "钦州港海事服务中心", "紧缺人才", "保税港人才驿站A座0716（一室）", "已选房"),
        ("蒙*", "中马钦州产业园区开发有限公司", "E类人才", "保税港人才驿站B座0303（一室）", "已选房"),
        ("杨*涛", "钦州港片区开发投资集团有限公司", "D类高层次人才", "港城人才公寓6栋1101（两室）", "已选房"),
        ("吴*静", "北部湾大学", "青年人才（硕士）", "港城人才公寓6栋0805（一室）", "已选房"),
        ("莫*锋", "钦州港海丰国际物流有限公司", "青年人才（本科）", "港城人才公寓6栋0910（一室）", "已选房"),
        ("赵*", "广西北港新材料有限公司", "紧缺人才", "保税港人才驿站B座0412（一室）", "已选房"),
        ("何*芸", "钦州港片区跨境人民币结算服务中心", "青年人才（硕士）", "保税港人才驿站B座0508（一室）", "已选房"),
        ("邓*", "北部湾港钦州码头有限公司", "青年人才（本科）", "保税港人才驿站B座0611（一室）", "已选房"),
        ("潘*林", "中马钦州产业园区开发有限公司", "E类人才", "港城人才公寓3栋1008（一室）", "已选房"),
        ("苏*", "钦州港海事服务中心", "青年人才（本科）", "港城人才公寓5栋1202（一室）", "已选房"),
        ("农*宁", "广西钦州保税港区跨境电商产业园运营有限公司", "紧缺人才", "港城人才公寓6栋1306（一室）", "已选房"),
        ("骆*", "钦州港片区开发投资集团有限公司", "青年人才（本科）", "—", "轮候第1位"),
        ("钟*辉", "北部湾大学", "青年人才（本科）", "—", "轮候第2位"),
        ("廖*", "钦州港海丰国际物流有限公司", "青年人才（本科）", "—", "轮候第3位"),
        ("谢*然", "广西北港新材料有限公司", "青年人才（本科）", "—", "轮候第4位"),
    ]
    rows = [[str(i)] + list(r) for i, r in enumerate(data, 1)]

    def list_table(rs):
        t = doc.add_table(rows=1 + len(rs), cols=len(hdr))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, HT, 11, line=18)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, SONG, 10.5, line=18)
            clauses.append(row_clause(hdr, row))
        col_widths(t, [1.2, 1.4, 4.5, 2.4, 3.8, 2.3])
        return t

    list_table(rows[:14])
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    p.paragraph_format.page_break_before = True
    list_table(rows[14:])
    note = "注:1.配租结果为“轮候”的人员，按轮候顺序递补配租;2.根据个人信息保护有关要求，公示名单中姓名作部分隐去处理。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于中国（广西）自由贸易试验区钦州港片区2026年第一批人才公寓配租结果的公示",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会", "钦州市住房和城乡建设局"],
            "date": "2026-04-09",
            "published": "2026-04-10",
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年第一批人才公寓配租结果名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhoushan():
    """舟山片区: two separate 公告 printed one after the other (公告 + 补充公告)."""
    stem = "blind824_zhoushan_gonggao"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")
    out = []

    def banto(number, new_page=False):
        p = add_par(doc, [("中国（浙江）自由贸易试验区舟山片区管理委员会", XBS, 19, False, RED)],
                    align=C, indent=False, line=40)
        p.paragraph_format.page_break_before = new_page
        p = add_par(doc, number, align=C, indent=False, before=12)
        border(p, "bottom", "FF0000", 24, 8)
        empty(doc, 1)

    # ---------------- document 1
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    banto("舟自贸管告〔2026〕5号")
    p = add_par(doc, [("关于2026年度第二批", XBS, 22, False)], align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自贸人才公寓配租的公告"), XBS, 22)
    empty(doc, 1)
    body("为加快集聚油气全产业链、国际海事服务、绿色石化等领域人才，更好服务中国（浙江）自由贸易试验区舟山片区建设和“一带一路”海上合作，根据《舟山市人才安居工程实施办法》《中国（浙江）自由贸易试验区舟山片区人才公寓管理细则》，现就2026年度第二批自贸人才公寓配租有关事项公告如下：")
    head("配租对象")
    body("在舟山片区（含舟山岛北部区块、鱼山岛区块、舟山港综合保税区区块）工作并同时符合下列条件的人才，可申请配租：")
    body("1.与片区内企事业单位签订1年以上劳动（聘用）合同，并在舟山市连续缴纳社会保险6个月以上（新引进的全日制硕士研究生及以上学历人才不受缴纳期限限制）；")
    body("2.具有全日制大学本科及以上学历或中级及以上职称，或取得技师及以上职业资格；")
    body("3.本人及其配偶、未成年子女在舟山本岛无自有住房，且在片区内未享受其他住房保障或购房补贴。")
    body("已在舟山片区人才公寓累计租住满3年的，不得再次申请。")
    head("房源信息")
    body("本批次配租房源共236套，分布于3个项目，具体如下：")
    add_par(doc, [("表1  2026年度第二批自贸人才公寓房源信息表", HT, 14, False)], align=C, indent=False)
    top = ["项目名称", "所在区块", "房源数量（套）"]
    sub = ["一室户（约40㎡）", "两室户（约65㎡）", "小计"]
    hdr = ["项目名称", "所在区块"] + ["房源数量（套）／" + s for s in sub]
    rows = [
        ["鱼山人才公寓", "鱼山岛区块", "80", "40", "120"],
        ["定海港城人才公寓", "舟山岛北部区块", "36", "24", "60"],
        ["综保区人才驿站", "舟山港综合保税区区块", "56", "—", "56"],
        ["合计", "—", "172", "64", "236"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, top[0], HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, top[1], HT, 12)
    g = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(g, top[2], HT, 12)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, 2 + i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [4.0, 4.4, 2.6, 2.6, 2.0])
    head("租金标准")
    body("人才公寓租金按同地段同类型住房市场租金的60%左右确定，具体标准如下：")
    body("1.鱼山人才公寓：一室户每套每月800元，两室户每套每月1200元；")
    body("2.定海港城人才公寓：一室户每套每月950元，两室户每套每月1450元；")
    body("3.综保区人才驿站：一室户每套每月700元。")
    body("经认定的舟山市A至C类高层次人才，租金全额补贴；D类、E类人才租金补贴50%。物业服务费、水电燃气费、网络费等由承租人自行承担。")
    head("申请材料")
    body("1.人才公寓配租申请表（通过“浙里办”舟山人才码专区在线生成）；")
    body("2.身份证、户口簿（或居住证）、婚姻状况证明；")
    body("3.学历学位证书或职称、职业资格证书；")
    body("4.劳动（聘用）合同及社会保险缴纳证明；")
    body("5.用人单位出具的推荐函（加盖公章）。")
    head("配租程序")
    runin("（一）申请受理。", "2026年6月1日至6月15日，申请人通过“浙里办”舟山人才码专区提交申请，由用人单位统一汇总后报片区人力资源服务中心。")
    runin("（二）联合审核。", "片区管委会会同市住房和城乡建设局、市人力资源和社会保障局等部门进行联合审核，审核时间不超过15个工作日。")
    runin("（三）公开摇号。", "审核通过人数超过房源数量的，通过公开摇号确定选房顺序，摇号过程全程录像并邀请公证机构现场公证。")
    runin("（四）结果公示。", "配租结果在舟山片区门户网站公示，公示期为5个工作日。")
    runin("（五）签约入住。", "公示无异议的，申请人持《配租确认书》与运营单位签订租赁合同，合同期限一般为1年，期满符合条件的可续租。")
    head("咨询电话")
    body("舟山片区人力资源服务中心：0580-2286517；鱼山人才公寓服务点：0580-6058213；定海港城人才公寓服务点：0580-2039916；综保区人才驿站服务点：0580-8077352。")
    add_par(doc, "特此公告。")
    empty(doc, 2)
    for txt in ("中国（浙江）自由贸易试验区舟山片区管理委员会", "2026年5月20日"):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(16 if len(txt) > 20 else 64)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市住房和城乡建设局，市人力资源和社会保障局，市委人才办。",
          "舟山片区管理委员会办公室", "2026年5月20日印发", gap=1)
    out.append({
        "meta": {
            "title": "关于2026年度第二批自贸人才公寓配租的公告",
            "doc_number": "舟自贸管告〔2026〕5号",
            "issuer": ["中国（浙江）自由贸易试验区舟山片区管理委员会"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "舟山市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- document 2 (补充公告), on a new page
    clauses = []
    banto("舟自贸管告〔2026〕7号", new_page=True)
    add_par(doc, [("关于2026年度第二批自贸人才公寓配租的", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("补充公告", XBS, 22, False)], align=C, indent=False, line=36, after=14)
    body("我委于2026年5月20日发布《关于2026年度第二批自贸人才公寓配租的公告》（舟自贸管告〔2026〕5号），现将有关事项补充公告如下：")
    body("一、增加房源。新增定海港城人才公寓两室户20套，房源总数调整为256套。")
    body("二、延长申请时间。申请受理截止时间由2026年6月15日延长至2026年6月22日。")
    body("三、放宽社保条件。重点油气企业、国际海事服务企业人才的社会保险连续缴纳期限调整为3个月以上。")
    body("其他事项仍按原公告执行。")
    add_par(doc, "特此公告。", after=20)
    for txt in ("中国（浙江）自由贸易试验区舟山片区管理委员会", "二〇二六年五月二十八日"):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(16 if len(txt) > 20 else 48)
    add_par(doc, "（此件公开发布）")
    out.append({
        "meta": {
            "title": "关于2026年度第二批自贸人才公寓配租的补充公告",
            "doc_number": "舟自贸管告〔2026〕7号",
            "issuer": ["中国（浙江）自由贸易试验区舟山片区管理委员会"],
            "date": "2026-05-28",
            "published": None,
            "level": "municipal",
            "region": "舟山市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = out
    return path


def main():
    paths = [doc_changsha(), doc_qinzhou(), doc_zhoushan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
