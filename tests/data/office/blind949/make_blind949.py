# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 949: 联合工作组会议纪要 (江苏省商务厅) + 自贸片区管委会专题会议纪要 (钦州港片区).

Writes blind949_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
RED = RGBColor(0xFF, 0x00, 0x00)
CN = "一二三四五六七八九十"


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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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


def setup(doc, dash="— ", dash_end=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash_end), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def col_widths(t, widths):
    """fix column widths the way Word stores them (tblGrid + tcW), autofit off."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, lines, size=14):
    """版记: lines between black rules; first line gets top rule, last gets bottom."""
    out = []
    for i, runs in enumerate(lines):
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4 if i < len(lines) - 1 else 8, 4)
        out.append(p)
    return out


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, HT, HT, HT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_949", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_jiangsu():
    """江苏省商务厅《会议纪要》第3期：中阿（联酋）产能合作示范园联合工作组第三次全体会议."""
    stem = "blind949_jiangsu_uae_jiyao"
    doc = Document()
    setup(doc)
    clauses = []

    # 内部资料 mark, top left
    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False)
    # red 版头: organ + spaced "会 议 纪 要"
    add_par(doc, [("江苏省商务厅", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46, before=6)
    add_par(doc, [("会 议 纪 要", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58)
    add_par(doc, [("第3期", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # printing office left, date right (right tab stop), red rule underneath
    p = add_par(doc, [("江苏省商务厅办公室", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年3月20日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title typed as two paragraphs, broken in the middle of 阿布扎比
    add_par(doc, [("中阿（联酋）产能合作示范园江苏—阿布", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("扎比联合工作组第三次全体会议纪要", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def label(lab, text):
        clauses.append(lab + text)
        p = add_par(doc, [(lab, HT, 16, False), (text, FS, 16, False)], indent=False)
        p.paragraph_format.left_indent = Pt(32)
        return p

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    label("时间：", "2026年3月12日（星期四）上午9:30")
    label("地点：", "南京市江苏议事园2号楼第三会议室(阿布扎比哈利法经济区管理中心设视频分会场)")
    p = label("主持：", "周立新（江苏省商务厅副厅长）、赛义夫·马哈茂德（哈利法经济区首席执行官）")
    p.paragraph_format.first_line_indent = Pt(-48)
    p.paragraph_format.left_indent = Pt(80)
    label("出席：", "联合工作组中外方成员单位代表（名单附后）")
    empty(doc, 1, line=14)

    body("2026年3月12日，联合工作组第三次全体会议在南京召开，听取了示范园2025年度建设运营情况和2026年工作计划的汇报，研究了二期开发、入园企业服务保障等重点问题。现纪要如下：")
    body("会议认为，2025年示范园新增入园企业9家，累计入园企业达到47家、协议投资额35.6亿美元，全年实现产值28.3亿美元。会议议定以下事项：")

    runin("一、加快推进示范园二期开发建设。", "会议原则同意示范园二期（规划面积12.2平方公里）首期3.5平方公里基础设施建设方案，由江苏海外合作投资有限公司会同哈利法经济区管理中心于2026年6月底前完成配套设施招标。外方同意对二期新入园中国企业继续执行前三年土地租金减免50%的优惠政策。")
    runin("二、强化入园企业服务保障。", "会议要求，中外双方进一步完善示范园“一站式”服务机制，重点做好以下工作：")
    runin("（一）", "由哈利法经济区管理中心牵头，2026年5月底前在示范园服务中心设立中国企业签证、劳工许可、公司注册联合服务窗口，相关事项办理时限压缩至10个工作日以内。", KT)
    runin("（二）", "由江苏省商务厅牵头，会同中国出口信用保险公司江苏分公司、中国银行江苏省分行，年内组织银企对接活动不少于2场。", KT)
    runin("三、拓展江苏—海湾物流通道。", "会议同意推动连云港港、太仓港至哈利法港集装箱直航航线由每周1班加密至每周2班。由江苏省交通运输厅、南京海关按职责分工，研究支持示范园进出口货物“提前申报”等通关便利措施。")
    runin("四、做好重点项目招引。", "会议同意将新能源装备、精细化工、新型建材、智能制造等4个领域作为重点招商方向，力争全年新签约入园项目15个以上、协议投资额8亿美元以上。2026年下半年在南京举办示范园专场推介会，由江苏省商务厅会同江苏省贸促会组织。")
    runin("五、建立常态化工作机制。", "联合工作组全体会议原则上每年召开两次，轮流在江苏、阿布扎比举办；中外方秘书处每月召开一次视频工作例会。第四次全体会议拟于2026年9月在阿布扎比召开。")
    body("各成员单位要按照本纪要确定的分工抓好落实，进展情况于每季度末前报联合工作组中方秘书处。")
    empty(doc, 1)
    p = add_par(doc, "附件：第三次全体会议议定事项任务分工表")

    # attendee list: heading line, then entries; continuation lines indented with typed spaces
    add_par(doc, [("出席人员", HT, 16, False)], indent=False)
    IND = "\u3000" * 3

    def person(prefix, text):
        clauses.append(text if not prefix.strip() else prefix + text)
        p = add_par(doc, [(prefix, HT if prefix.strip() else FS, 16, False), (text, FS, 16, False)],
                    indent=False, line=24)
        return p

    person("中方：", "周立新　江苏省商务厅副厅长、联合工作组中方组长")
    person(IND, "王　蕾　江苏省商务厅对外投资和经济合作处处长")
    person(IND, "陈　健　江苏省发展改革委外资处副处长")
    person(IND, "赵　峰　南京海关综合业务处副处长")
    person(IND, "钱国栋　江苏海外合作投资有限公司董事长")
    person("外方：", "赛义夫·马哈茂德　哈利法经济区首席执行官、外方组长(视频)")
    person(IND, "阿里·哈桑　哈利法经济区投资促进部总监(视频)")
    person("列席：", "省外办、中国银行江苏省分行、省贸促会有关同志")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第三次全体会议议定事项任务分工表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)

    rows = [
        ["1", "完成示范园二期首期道路、供水、供电、污水处理等配套设施招标", "江苏海外合作投资有限公司", "哈利法经济区管理中心", "2026年6月底前"],
        ["2", "二期首期具备项目入驻条件", "江苏海外合作投资有限公司", "哈利法经济区管理中心", "2026年12月底前"],
        ["3", "设立中国企业签证、劳工许可、公司注册联合服务窗口", "哈利法经济区管理中心", "江苏海外合作投资有限公司", "2026年5月底前"],
        ["4", "组织银企对接活动不少于2场", "江苏省商务厅", "中国出口信用保险公司江苏分公司、中国银行江苏省分行", "2026年12月底前"],
        ["5", "推动集装箱直航航线加密至每周2班", "江苏省交通运输厅", "南京海关、江苏海外合作投资有限公司", "2026年9月底前"],
        ["6", "举办示范园专场推介会", "江苏省商务厅", "江苏省贸促会", "2026年下半年"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Cm(1.2), Cm(5.6), Cm(3.4), Cm(3.6), Cm(2.8)])
    h0, h1 = t.rows[0], t.rows[1]
    for i in (0, 1, 4):
        h0.cells[i].merge(h1.cells[i])
    h0.cells[2].merge(h0.cells[3])
    set_cell(h0.cells[0], "序号", HT, 12)
    set_cell(h0.cells[1], "议定事项", HT, 12)
    set_cell(h0.cells[2], "责任单位", HT, 12)
    set_cell(h0.cells[4], "完成时限", HT, 12)
    set_cell(h1.cells[2], "牵头单位", HT, 12)
    set_cell(h1.cells[3], "配合单位", HT, 12)
    repeat_header(h0)
    repeat_header(h1)
    headers = ["序号", "议定事项", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    for ri, row in enumerate(rows):
        tr = t.rows[2 + ri]
        cant_split(tr)
        for ci, v in enumerate(row):
            set_cell(tr.cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    # rows 1 and 2 share the same 牵头单位 and 配合单位: clerk merged them vertically
    for ci in (2, 3):
        top, bot = t.rows[2].cells[ci], t.rows[3].cells[ci]
        m = top.merge(bot)
        set_cell(m, rows[0][ci], FS, 12)

    empty(doc, 1)
    banji(doc, [
        [("分送：联合工作组中外方成员单位，省政府办公厅，商务部对外投资和经济合作司、西亚非洲司，中国驻阿联酋大使馆经商处。", FS, 14, False)],
        [("江苏省商务厅办公室", FS, 14, False), ("\u3000" * 5, FS, 14, False),
         ("2026年3月20日印发", FS, 14, False)],
        [("（共印30份）", FS, 14, False)],
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中阿（联酋）产能合作示范园江苏—阿布扎比联合工作组第三次全体会议纪要",
            "doc_number": "第3期",
            "issuer": ["江苏省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": ["第三次全体会议议定事项任务分工表"],
            "doc_type": "纪要",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州港片区管委会专题会议纪要（中马“两国双园”）."""
    stem = "blind949_qinzhou_zhuanti"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []
    n_item = make_numbering(doc, "%1、")

    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会", XBS, 17, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    add_par(doc, [("专题会议纪要", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64)
    empty(doc, 1)
    add_par(doc, [("钦港片纪〔2026〕9号", FS, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # office + date aligned with typed spaces (no tab), red rule
    p = add_par(doc, [("片区管委会办公室", FS, 16, False), (" " * 27, FS, 16, False),
                      ("2026年4月16日", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title in one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("关于推进中马“两国双园”跨境产业链"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("供应链合作有关事项的专题会议纪要"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    IND = "\u3000\u3000"  # body indented with typed full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("%s、%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    def sub(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("2026年4月14日下午,片区管委会常务副主任黄志明在管委会三楼第一会议室主持召开专题会议，研究推进中马钦州产业园区与马中关丹产业园区（以下简称“两国双园”）跨境产业链供应链合作有关事项。会议听取了片区产业发展局、中马钦州产业园区管委会关于“两国双园”合作进展情况的汇报，片区投资促进局、钦州海关、广西北部湾国际港务集团有限公司等单位作了发言。现将会议议定事项纪要如下：")
    item("建立跨境产业链合作工作专班。", "会议同意成立“两国双园”跨境产业链供应链合作工作专班，由片区管委会常务副主任任组长，片区产业发展局、投资促进局、财政金融局和中马钦州产业园区管委会主要负责同志为成员，专班办公室设在片区产业发展局。专班实行月调度、季通报制度，2026年4月底前完成组建并召开第一次工作会议。")
    item("聚焦重点产业延链补链。", "会议明确，围绕绿色化工、新能源材料、燕窝和榴莲等东盟特色农产品精深加工3条产业链，推动两园区协同招商、错位发展。具体分工如下：")
    sub("1．绿色化工和新能源材料产业链由片区产业发展局牵头，依托钦州石化产业园和马中关丹产业园区钢铁、铝材项目，梳理上下游配套企业清单，2026年6月底前形成两园区产业链图谱。")
    sub("2．东盟特色农产品精深加工产业链由中马钦州产业园区管委会牵头，会同钦州海关推进马来西亚燕窝、冷冻榴莲等产品进境检疫和加工贸易便利化，力争年内新引进加工企业3家以上。")
    item("加大资金和要素保障。", "会议同意从片区产业发展专项资金中安排2000万元，用于支持“两国双园”跨境产业链重点项目的物流补贴和设备购置补助，具体实施细则由片区财政金融局会同片区产业发展局于2026年5月15日前拟定，报片区管委会审定。2026年重点推进项目如下：")

    # table: caption with unit, 序号 column, note underneath
    add_par(doc, [("2026年“两国双园”重点合作项目推进表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    header = ["序号", "项目名称", "所在园区", "计划总投资", "2026年计划投资", "责任单位"]
    rows = [
        ["1", "年产20万吨磷酸铁锂正极材料项目", "中马钦州产业园区", "36.0", "12.5", "片区产业发展局"],
        ["2", "东盟燕窝精深加工及溯源中心项目", "中马钦州产业园区", "4.8", "2.1", "中马钦州产业园区管委会"],
        ["3", "关丹港—钦州港集装箱航线扩能项目", "两园区联动", "6.5", "1.8", "广西北部湾国际港务集团有限公司"],
        ["4", "马中关丹产业园区铝材深加工配套项目", "马中关丹产业园区", "15.2", "4.6", "片区投资促进局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Cm(1.1), Cm(5.0), Cm(3.0), Cm(1.9), Cm(1.9), Cm(2.9)])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：计划总投资含马方园区投资，项目排序不分先后。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    item("提升跨境物流通道能力。", "会议要求，广西北部湾国际港务集团有限公司加快关丹港—钦州港集装箱航线扩能，2026年三季度前实现每周3班常态化运营；钦州海关对“两国双园”项目进口设备和原材料实行“提前申报、抵港直装”，进一步压缩通关时间。")
    item("加强统筹协调和督促落实。", "会议要求，各责任单位按照本纪要确定的分工，细化工作措施，明确完成时限，每月25日前将工作进展情况报专班办公室。片区督查室要将本纪要议定事项纳入年度督查计划，定期通报落实情况。")
    empty(doc, 1)
    body("参加会议人员：片区管委会黄志明、李婷，片区产业发展局梁振宇，片区投资促进局韦丽娟，片区财政金融局蒙晓春，片区规划建设局覃海，钦州海关王成，中马钦州产业园区管委会陆伟，广西北部湾国际港务集团有限公司邓凯，中马钦州产业园区开发有限公司潘宏。")
    body("请假：片区自然资源局周斌（出差）。")

    empty(doc, 3)
    banji(doc, [
        [("抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室，片区督查室。", FS, 14, False)],
        [("钦州港片区管委会办公室", FS, 14, False), ("\u3000" * 6, FS, 14, False),
         ("2026年4月16日印发", FS, 14, False)],
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于推进中马“两国双园”跨境产业链供应链合作有关事项的专题会议纪要",
            "doc_number": "钦港片纪〔2026〕9号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-04-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "纪要",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jiangsu(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
