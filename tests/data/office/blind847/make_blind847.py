# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 847: 自贸试验区制度创新案例汇编 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
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
    doc.core_properties.author = "Administrator"
    footer_pageno(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    for i, col in enumerate(table.columns):
        if i < len(cms):
            col.width = Cm(cms[i])
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_847", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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


CN = "一二三四五六七八九十"


# ======================================================= DOC A  云南 省办公厅通知
def doc_yunnan():
    stem = "blind847_yunnan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("云南省人民政府办公厅文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "云政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in two paragraphs, odd wrap right after 中国
    add_par(doc, [("云南省人民政府办公厅关于复制推广中国", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("（云南）自由贸易试验区第五批制度创新成果的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=FS, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("中国（云南）自由贸易试验区（以下简称云南自贸试验区）设立以来，昆明、红河、德宏三个片区坚持以制度创新为核心，累计形成制度创新成果142项，其中9项在全国复制推广。经省人民政府同意，决定复制推广云南自贸试验区第五批5项制度创新成果。现就有关事项通知如下：")
    runin("一、复制推广内容。", "在全省范围内复制推广的成果2项：中老铁路国际货物列车“一单制”全程联运、外籍人才“一件事一次办”集成服务；在边境州、市及具备条件的口岸复制推广的成果3项：边民互市商品“集中申报+落地加工”全链条监管模式、跨境人民币结算“边贸通”服务模式、进口东南亚水果“检疫准入+指定监管场地”联动机制（详见附件）。", HT)
    add_par(doc, [("二、工作要求", HT, 16, False)])
    runin("（一）加强组织领导。", "各州、市人民政府和省直有关部门要明确责任分工，制定工作方案，于2026年4月30日前将复制推广工作方案报送省商务厅（省自贸办）。", KT, True)
    runin("（二）强化协同联动。", "各牵头单位要加强业务指导，及时制定配套政策和操作规程；涉及调整规章和规范性文件的，要按程序及时清理修订。", KT, True)
    runin("（三）做好跟踪评估。", "省商务厅（省自贸办）要会同有关部门对复制推广情况开展跟踪评估，评估结果纳入年度自贸试验区建设考核。", KT, True)
    body("各地、各有关部门在复制推广工作中遇到的重大问题，请及时报告省人民政府。")
    empty(doc, 1)
    add_par(doc, "附件：中国（云南）自由贸易试验区第五批制度创新成果复制推广清单")
    empty(doc, 1)
    p = add_par(doc, "云南省人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- attachment: landscape section with a merged-header table, split with 续表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("中国（云南）自由贸易试验区第五批制度创新成果复制推广清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)

    sub = ["改革背景", "主要做法", "实践成效"]
    heads = ["序号", "成果名称", "创新内容／改革背景", "创新内容／主要做法",
             "创新内容／实践成效", "推广范围", "牵头单位"]
    W = [1.3, 3.2, 5.0, 6.2, 5.0, 2.0, 3.0]

    def make_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci in (0, 1, 5, 6):
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, ["序号", "成果名称", "", "", "", "推广范围", "牵头单位"][ci], HT, 11)
        m = t.cell(0, 2).merge(t.cell(0, 4))
        set_cell(m, "创新内容", HT, 11)
        for i, s in enumerate(sub):
            set_cell(t.cell(1, 2 + i), s, HT, 11)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10,
                         align=C if ci in (0, 5) else L, line=13)
            t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
        widths(t, W)
        return t

    rows = [
        ["1", "边民互市商品“集中申报+落地加工”全链条监管模式",
         "边民互市进口商品以边民个人申报为主，单票货值小、批次多，落地加工企业采购难以形成规模，通关效率低、质量追溯难。",
         "依托边民互市综合服务平台，推行“边民合作社集中申报、海关集中查验、税务集中开票”，互市商品经二级市场直接进入落地加工企业，实现交易、通关、结算、加工全流程线上闭环管理。",
         "2025年德宏片区互市商品落地加工量达到38.6万吨，同比增长27.4%；单票申报时间由2小时压缩至15分钟，带动边民增收约2.3亿元。",
         "边境州、市", "昆明海关、省商务厅"],
        ["2", "中老铁路国际货物列车“一单制”全程联运",
         "中老铁路开通后跨境货运量快速增长，但铁路、公路、海运等运输方式单证不统一，货物换装换单频繁，中小企业以运单融资难。",
         "推出中老铁路国际联运“一单制”提单，在合同约定基础上赋予提单物权凭证功能，联合金融机构开展提单质押融资，实现“一次委托、一单到底、一次结算”。",
         "累计签发“一单制”提单2186单，货值41.7亿元；帮助企业获得提单质押融资9.3亿元，全程物流时间平均缩短2天。",
         "全省", "省发展改革委、中国铁路昆明局集团有限公司"],
        ["3", "跨境人民币结算“边贸通”服务模式",
         "中越边境贸易主体多为个体工商户和边民，跨境结算渠道少，部分交易通过非正规渠道结算，资金安全风险大。",
         "指导河口县辖内银行推出“边贸通”结算产品，为边民开立个人跨境结算账户，支持越南盾与人民币直接报价、线上结算，将互市贸易结算纳入跨境人民币业务统计监测。",
         "2025年办理跨境人民币结算业务1.6万笔、金额86.4亿元，同比增长35.2%；覆盖边民及个体工商户4300余户。",
         "边境州、市", "中国人民银行云南省分行"],
    ]
    rows2 = [rows.pop()]
    make_table(rows)
    _pb = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    _pb.paragraph_format.page_break_before = True
    rows2 += [
        ["4", "外籍人才“一件事一次办”集成服务",
         "外籍人才来华工作需分别办理工作许可、居留许可、社保登记等事项，涉及多个部门，材料重复提交，办理周期长。",
         "整合科技、公安、人力资源社会保障等部门审批事项，在昆明片区政务服务中心设立外籍人才服务专窗，实行“一表申请、一窗受理、并联审批、一次办结”。",
         "办理时限由25个工作日压缩至7个工作日，申请材料精简42%，累计服务南亚东南亚国家外籍人才1270人次。",
         "全省", "省科技厅、省公安厅、省人力资源社会保障厅"],
        ["5", "进口东南亚水果“检疫准入+指定监管场地”联动机制",
         "越南、老挝、泰国等国热带水果进口需求旺盛，但口岸指定监管场地建设滞后、检疫准入流程长，鲜活农产品易腐损。",
         "推动河口口岸水果指定监管场地建设与检疫准入同步推进，实行“预约查验+绿色通道+即查即放”，对低风险水果实施“抽样后即放行”。",
         "进口水果平均通关时间由6小时缩短至1.5小时，2025年河口口岸进口水果28.3万吨，同比增长19.6%。",
         "具备条件的口岸", "昆明海关"],
    ]
    make_table(rows2)
    note = "注：推广范围为“全省”的，由牵头单位会同各州、市人民政府组织实施；推广范围为边境州、市或具备条件的口岸的，由相关州、市人民政府结合实际推进。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于复制推广中国（云南）自由贸易试验区第五批制度创新成果的通知",
            "doc_number": "云政办发〔2026〕9号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（云南）自由贸易试验区第五批制度创新成果复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B  厦门 上行文报告
def doc_xiamen():
    stem = "blind847_xiamen_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市人民政府", XBS, 44, False, RED)],
            align=C, indent=False, line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, [("厦府〔2026〕41号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄文辉", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # 3-line title in one paragraph with manual line breaks, odd wraps
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府关于报送中国（福建）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区厦门片区2025年度制度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("创新案例的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "福建省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, f=HT):
        add_par(doc, [(IND + t, f, 16, False)], indent=False)

    def runin(h, t, hf=FS, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)], indent=False)

    body("根据省商务厅（省自贸办）《关于做好2025年度自贸试验区制度创新案例总结评估工作的通知》要求，我市组织厦门片区管委会、厦门海关等单位开展梳理评估，遴选出3个制度创新案例。现将有关情况报告如下:")
    head("一、总体情况")
    # two paragraphs typed as one w:p with Shift+Enter
    t1 = "2025年，厦门片区新增制度创新成果41项，其中全国首创12项；累计形成制度创新成果596项，其中32项在全国复制推广。"
    t2 = "片区新增企业1.36万户，实现外贸进出口额3126.8亿元，同比增长7.4%，占全市的比重为35.1%。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("二、重点案例")

    head("（一）“丝路海运”电子运单区块链协同平台", KT)
    runin("1.改革背景。", "“丝路海运”航线通达共建“一带一路”国家和地区147个港口，但海运单证仍以纸质流转为主，各方信息不互通，单证流转平均耗时3至5天，且存在重复质押风险。")
    runin("2.主要做法。", "依托国际贸易“单一窗口”建设区块链协同平台，推动船公司、港口、海关、银行数据“上链”共享；制定电子运单数据标准，联合银行开展基于电子运单的在线贸易融资。")
    runin("3.实践成效。", "平台已接入船公司23家、货代企业316家，累计签发电子运单8.7万票，单证流转时间压缩至2小时以内，为企业节约成本约4600万元；发放贸易融资款12.4亿元。")

    head("（二）台胞台企“同等待遇”一站通办服务机制", KT)
    runin("1．改革背景。", "在厦台资企业超过7800家，但台胞办事需往返多个部门，台湾居民居住证在部分业务系统中无法识别，台企办理经营许可环节多、耗时长。")
    runin("2．主要做法。", "设立台胞台企服务中心，梳理涉台政务服务事项清单236项，推动台湾居民居住证在政务、金融、交通等领域“一证通行”；对台资企业实行“准入即准营”。")
    runin("3．实践成效。", "2025年办理涉台事项4.2万件，平均办理时长缩短60%；片区新设台资企业1126家，同比增长13.8%。")

    head("（三）保税维修“一企一策”分类监管模式", KT)
    runin("1.改革背景。", "片区航空维修、电子产品维修企业集聚，但原有保税维修监管方式单一，难以适应企业差异化需求。")
    runin("2.主要做法。", "厦门海关依据企业信用等级和维修品类实施分级分类监管，推行维修料件“先入区、后报关”，待维修货物“分送集报”。")
    runin("3.实践成效。", "片区保税维修企业增至27家，2025年保税维修业务产值186.3亿元，同比增长22.1%；企业通关时间缩短35%，通关成本下降约30%。")

    runin("三、下一步工作。", "我市将在数字贸易、两岸融合、航运物流等领域加强首创性探索。恳请省政府将“丝路海运”电子运单区块链协同平台列入我省向国家推荐的最佳实践案例。", HT)
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：厦门片区2025年度制度创新案例主要成效指标表", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 40 + "厦门市人民政府", indent=False)
    add_par(doc, " " * 39 + "2026年3月20日", indent=False)
    add_par(doc, IND + "（联系人：陈晓东；联系电话：0592-5053216）", indent=False)

    # attachment on its own page
    _pb = add_par(doc, [("附件", HT, 16, False)], indent=False)
    _pb.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("厦门片区2025年度制度创新案例主要成效指标表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：家，万元", FS, 12, False)], align=R, indent=False, line=22)
    heads = ["案例名称", "牵头单位", "惠及企业数", "节约企业成本", "办理时间压缩比例"]
    rows = [
        ["“丝路海运”电子运单区块链协同平台", "厦门港口管理局、厦门海关", "339", "4600", "95%"],
        ["台胞台企“同等待遇”一站通办服务机制", "市台港澳办、厦门片区管委会", "1126", "2380", "60%"],
        ["保税维修“一企一策”分类监管模式", "厦门海关", "27", "9850", "35%"],
        ["合计", "—", "1492", "16830", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 0 and ri < 4 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    widths(t, [5.6, 4.0, 1.9, 2.2, 1.9])
    note = "注：节约企业成本、办理时间压缩比例为牵头单位测算数据。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    banji(doc, "抄送：省商务厅（省自贸办），厦门海关。", "厦门市人民政府办公厅",
          "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于报送中国（福建）自由贸易试验区厦门片区2025年度制度创新案例的报告",
            "doc_number": "厦府〔2026〕41号",
            "issuer": ["厦门市人民政府"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门片区2025年度制度创新案例主要成效指标表"],
            "doc_type": "报告",
            "recipients": ["福建省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C  河南 自贸办印发案例
def doc_henan():
    stem = "blind847_henan_anli"
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("河南省自由贸易试验区工作领导小组办公室", XBS, 26, False, RED)],
                align=C, indent=False, line=48, before=24)
    p.runs[0]._r.get_or_add_rPr().append(parse_xml('<w:w %s w:val="82"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, "豫自贸办〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, [("河南省自由贸易试验区工作领导小组办公室", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("关于印发中国（河南）自由贸易试验区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("2025年度最佳制度创新案例的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "郑州市、开封市、洛阳市人民政府，省自由贸易试验区工作领导小组各成员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("2025年，中国（河南）自由贸易试验区郑州、开封、洛阳三个片区深入开展首创性、差异化改革探索。经各片区申报、第三方评估和专家评审，并报省自由贸易试验区工作领导小组同意，现将《中国（河南）自由贸易试验区2025年度最佳制度创新案例》印发给你们，请结合实际认真学习借鉴。")
    body("各地、各部门要推动具备条件的改革举措在综合保税区等开放平台先行复制。各片区每半年报送一次制度创新成果复制推广情况。")
    empty(doc, 1)
    # 附件 list with hanging indent
    p = add_par(doc, "附件：中国（河南）自由贸易试验区2025年度最佳制度创新案例", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    # 落款 aligned with tabs, date in Chinese numerals
    for txt in ("河南省自由贸易试验区工作领导小组办公室", "（河南省商务厅代章）", "二〇二六年一月二十二日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4), 1)  # 1 = CENTER
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- attachment
    _pb = add_par(doc, [("附件", HT, 16, False)], indent=False)
    _pb.paragraph_format.page_break_before = True
    add_par(doc, [("中国（河南）自由贸易试验区2025年度", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("最佳制度创新案例", XBS, 22, False)], align=C, indent=False, line=36)

    def case_title(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=8, after=4)

    def sub(t):
        add_par(doc, [(t, KT, 16, True)])

    def item(nid, h, t):
        clauses.append(h + t)
        p = add_par(doc, [(h[3:] if h.startswith("（") else h, FS, 16, True), (t, FS, 16, False)],
                    first=Pt(32))
        apply_num(p, nid)

    # case 1 ------------------------------------------------------------
    case_title("案例一　郑州片区：航空货运“电子货运+空陆联运”一单到底模式")
    sub("一、改革背景")
    body("郑州—卢森堡“空中丝绸之路”开通以来，郑州机场国际货运航线不断加密，但航空货运仍普遍使用纸质运单，航空公司、货站、货代和卡车航班之间信息割裂，货物转运需多次换单、重复申报，平均中转时间超过12小时。")
    sub("二、主要做法")
    n1 = make_numbering(doc, "（%1）")
    item(n1, "（一）统一数据标准。", "对标国际航协电子货运标准，制定航空电子运单等12类数据规范。")
    item(n1, "（二）打通空陆联运链条。", "由航空公司签发覆盖“空运+陆运”全程的电子运单，海关对卡车航班货物实行“一次申报、一次查验、一次放行”。")
    item(n1, "（三）搭建公共服务平台。", "建设航空电子货运公共服务平台，实现订舱、安检、通关、提货等环节数据实时共享。")
    sub("三、实践成效")
    body("平台已接入航空公司31家、货代企业420家，2025年电子运单使用率达到96.5%；空陆联运货物平均中转时间压缩至4小时以内，全年为企业节约成本1.1亿元。")

    # case 3 ------------------------------------------------------------
    case_title("案例二　洛阳片区：重大技术装备出口“保险+融资+结算”一站式服务模式")
    sub("一、改革背景")
    body("洛阳矿山机械、轴承、农机等重大技术装备大量出口共建“一带一路”国家，但装备出口单笔金额大、回款周期长，企业面临买方信用风险、汇率风险和融资难等问题。")
    sub("二、主要做法")
    body("洛阳片区联合中国出口信用保险公司河南分公司和6家商业银行，设立重大技术装备出口综合金融服务站，为企业提供“出口信用保险+保单融资+跨境人民币结算”一站式服务。")
    sub("三、实践成效")
    body("2025年综合金融服务站承保重大技术装备出口项目47个，带动装备出口额31.9亿元，同比增长24.3%；企业平均融资成本下降1.2个百分点，跨境人民币结算占比由2024年的18%提高到35%。具体情况如下：")
    add_par(doc, [("2025年洛阳片区重大技术装备出口情况（单位：亿元）", HT, 14, False)],
            align=C, indent=False, line=24, before=4)
    heads = ["出口市场", "出口额", "同比增长", "承保金额", "保单融资额"]
    rows = [
        ["东盟国家", "12.4", "31.6%", "9.8", "4.1"],
        ["中亚国家", "8.7", "22.5%", "7.2", "2.9"],
        ["中东及非洲国家", "10.8", "18.9%", "8.5", "3.6"],
        ["合计", "31.9", "24.3%", "25.5", "10.6"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    widths(t, [4.6, 2.5, 2.5, 2.5, 2.5])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省自由贸易试验区工作领导小组办公室关于印发中国（河南）自由贸易试验区2025年度最佳制度创新案例的通知",
            "doc_number": "豫自贸办〔2026〕2号",
            "issuer": ["河南省自由贸易试验区工作领导小组办公室"],
            "date": "2026-01-22",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（河南）自由贸易试验区2025年度最佳制度创新案例"],
            "doc_type": "通知",
            "recipients": ["郑州市人民政府", "开封市人民政府", "洛阳市人民政府",
                           "省自由贸易试验区工作领导小组各成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_xiamen(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
