# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 916: 自贸片区审批局 准予/不予行政许可决定书, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # character scaling (字符缩放), as offices squeeze long organ names
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
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
    page_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fix_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def no_split(t):
    for row in t.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        fix_widths(t, widths)
    return t


def two_level_table(doc, top, sub, rows, clauses, widths, left_cols=(), size=12, line=20):
    """top: list of (label, span); sub: labels of 2nd header row for spanned groups.
    Single-span columns are merged vertically over the two header rows."""
    ncol = sum(s for _, s in top)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    keys = []
    col = 0
    si = 0
    for label, span in top:
        if span == 1:
            a = t.cell(0, col).merge(t.cell(1, col))
            set_cell(a, label, HT, 12)
            keys.append(label)
        else:
            a = t.cell(0, col).merge(t.cell(0, col + span - 1))
            set_cell(a, label, HT, 12)
            for k in range(span):
                set_cell(t.cell(1, col + k), sub[si], HT, 12)
                keys.append(label + "／" + sub[si])
                si += 1
        col += span
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, size, align=L if ci in left_cols else C, line=line)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    fix_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, FS, FS, FS))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_916", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "决定书", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 准予行政许可决定书 (南宁片区, 人力资源服务许可) — plain paper, no 红头
def doc_nanning():
    stem = "blind916_nanning_zhunyu"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（广西）自由贸易试验区南宁片区行政审批局"

    empty(doc, 1)
    # title typed as two paragraphs, wrapped at an odd place (inside 行政)
    add_par(doc, [("中国（广西）自由贸易试验区南宁片区行", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("政审批局准予行政许可决定书", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=20)
    # 编号 pushed to the right with typed half-width spaces
    add_par(doc, " " * 26 + "南宁片区审批许准字〔2026〕第0187号", indent=False)
    empty(doc, 1, line=20)

    # 当事人信息: colons aligned by typed spaces, no first-line indent
    party = [
        "申 请 人：广西新航东盟人力资源服务有限公司",
        "统一社会信用代码：91450100MAC7R2KX5T",
        "法定代表人：陈俊豪",
        "住　　所：中国（广西）自由贸易试验区南宁片区五象大道401号航洋信和广场1号楼2306号",
        "企业类型：有限责任公司（外商投资、非独资）",
    ]
    for t in party:
        clauses.append(t)
        add_par(doc, t, indent=False)
    empty(doc, 1, line=14)

    def body(t, first=True):
        clauses.append(t)
        add_par(doc, t)

    body("2026年2月27日，本机关受理了你单位提出的设立经营性人力资源服务机构（从事职业中介活动）许可申请（受理编号:NNPQ-SP-20260227-0413)。经审查，你单位提交的申请材料齐全、符合法定形式；经2026年3月9日实地核查，你单位具有明确的章程和管理制度，有开展业务必备的固定场所、办公设施和开办资金，有5名以上取得相应职业资格的专职工作人员，符合《人力资源市场暂行条例》第十八条和《人力资源服务机构管理规定》第七条规定的条件。")
    body("根据《中华人民共和国行政许可法》第三十八条第一款、《人力资源市场暂行条例》第十八条、第十九条和《广西壮族自治区人民政府关于向中国（广西）自由贸易试验区下放第三批自治区级行政权力事项的决定》（桂政发〔2025〕14号）的规定，本机关决定准予你单位从事职业中介活动的行政许可。许可服务范围如下：")
    simple_table(doc, ["序号", "许可服务项目", "服务方式", "备注"], [
        ["1", "为劳动者介绍用人单位", "现场、网络", "—"],
        ["2", "为用人单位推荐劳动者", "现场、网络", "—"],
        ["3", "为用人单位和个人提供职业介绍信息服务", "现场、网络", "—"],
        ["4", "组织开展现场招聘会", "现场", "每场招聘会举办前按规定报告"],
        ["5", "开展网络招聘", "网络", "取得增值电信业务经营许可后开展"],
        ["6", "开展高级人才寻访服务", "现场、网络", "含面向东盟国家的跨境人才寻访"],
    ], clauses, widths=[1.5, 6.5, 3.0, 5.0], left_cols=(1, 3))
    t = "注：服务方式中“网络”指通过互联网或者移动互联网平台提供服务。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)
    body("你单位应当自收到本决定书之日起10个工作日内，持本决定书和营业执照副本到南宁片区政务服务中心（良庆区五象大道401号）B区12号窗口领取《人力资源服务许可证》（许可证编号：桂人服证字〔2026〕第4501080187号）。许可证有效期为5年，自发证之日起计算。")
    body("你单位取得许可后，应当遵守以下规定：")
    for t in [
        "1.在服务场所明示营业执照、人力资源服务许可证、服务项目、收费标准、监督机关和监督电话等事项；",
        "2.建立服务台账，如实记录服务对象、服务过程、服务结果等信息，服务台账保存期限不少于2年；",
        "3.于每年3月31日前通过广西人力资源服务机构管理信息系统报送上一年度经营情况年度报告；",
        "4.变更名称、住所、法定代表人或者终止经营活动的，应当自市场主体变更登记或者注销登记办理完毕之日起15日内书面报告本机关。",
    ]:
        body(t)
    body("你单位如对本决定不服，可以自收到本决定书之日起60日内向南宁市人民政府申请行政复议，也可以自收到本决定书之日起6个月内直接向南宁市良庆区人民法院提起行政诉讼。")
    empty(doc, 2)
    p = add_par(doc, ORG, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "二〇二六年三月十六日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：南宁市人力资源和社会保障局，南宁片区综合行政执法局。",
          "南宁片区行政审批局", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区南宁片区行政审批局准予行政许可决定书",
            doc_number="南宁片区审批许准字〔2026〕第0187号",
            issuer=[ORG], date="2026-03-16", region="南宁市",
            publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 不予行政许可决定书 (昆明片区, 危险化学品经营许可) — 红头, heading-only sections,
# 附件 on its own page with a two-level header table split into 续表
def doc_kunming():
    stem = "blind916_kunming_buyu"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（云南）自由贸易试验区昆明片区行政审批局"

    # red 版头: long organ name squeezed with character scaling
    add_par(doc, [(ORG, XBS, 30, False, RED, 62)], align=C, indent=False, line=48, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("不予行政许可决定书", XBS, 22, False)], align=C, indent=False, line=36)
    # 文号 right aligned under the title
    p = add_par(doc, "昆自贸审批不许〔2026〕9号", indent=False, align=R, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1, line=16)
    add_par(doc, "云南滇中恒瑞化工贸易有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("你公司于2026年1月5日通过云南政务服务网向本局提出危险化学品经营许可（不带储存设施）申请，本局于2026年1月6日依法受理（受理编号：KMPQ-WH-2026-0008）。经书面审查和现场核查，现将审查结果告知如下：")
    head("一、申请事项")
    body("申请人：云南滇中恒瑞化工贸易有限公司；统一社会信用代码：91530100MADG4T7P3N；法定代表人：杨建平；经营场所：中国（云南）自由贸易试验区昆明片区经开区信息产业基地林溪路188号综合楼5楼502室；申请经营品种：甲醇、乙醇［无水］、丙酮、乙酸乙酯、硫酸、氢氧化钠等12种危险化学品（不带储存设施）；拟开展业务：经中老铁路面向老挝、泰国的危险化学品进出口贸易。")
    head("二、审查认定的事实")
    body("2026年1月14日，本局会同昆明片区综合行政执法局组成核查组，对你公司经营场所进行了现场核查。经核查，你公司存在以下不符合法定条件的情形：")
    body("（一）主要负责人杨建平和安全生产管理人员李春华未取得应急管理部门考核合格的安全生产知识和管理能力合格证明，不符合《危险化学品经营许可证管理办法》第六条第一款第（二）项的规定。")
    body("（二）未建立健全全员安全生产责任制，未制定危险化学品购销、出入库登记等安全生产规章制度和岗位操作规程，不符合《危险化学品经营许可证管理办法》第六条第一款第（四）项的规定。")
    body("（三）未编制危险化学品事故应急预案，未配备必要的应急救援器材、设备，不符合《危险化学品经营许可证管理办法》第六条第一款第（五）项的规定。")
    body("（四）申请材料中提交的经营场所产权证明载明房屋用途为“住宅”，与实际经营用途不一致，不符合《危险化学品经营许可证管理办法》第六条第一款第（一）项关于经营场所的规定。")
    body("上述不符合项的具体情况详见附件。")
    head("三、决定内容")
    body("根据《中华人民共和国行政许可法》第三十八条第二款、《危险化学品安全管理条例》第三十五条以及《危险化学品经营许可证管理办法》第十一条的规定，本局决定对你公司提出的危险化学品经营许可（不带储存设施）申请不予行政许可。")
    body("你公司完成整改、具备法定条件后，可以依法重新提出申请。你公司申请时提交的申请材料原件，可自收到本决定书之日起30日内到昆明片区政务服务中心应急管理窗口领回。")
    head("四、救济途径")
    body("你公司如对本决定不服，可以自收到本决定书之日起60日内向昆明市人民政府申请行政复议；也可以自收到本决定书之日起6个月内，依法向有管辖权的人民法院提起行政诉讼。")
    empty(doc, 1)
    add_par(doc, "附件：现场核查不符合项清单")
    empty(doc, 2)
    p = add_par(doc, ORG, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(8)
    p = add_par(doc, "2026年1月22日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：昆明市应急管理局，中国（云南）自由贸易试验区昆明片区综合行政执法局。",
          "昆明片区行政审批局办公室", "2026年1月22日印发")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("现场核查不符合项清单", XBS, 22, False)], align=C, indent=False, line=36,
            before=6, after=6)
    t = "申请人：云南滇中恒瑞化工贸易有限公司　　核查日期：2026年1月14日"
    clauses.append(t)
    add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
    top = [("序号", 1), ("核查项目", 1), ("核查情况", 2), ("判定", 1)]
    sub = ["标准要求", "现场实际"]
    widths = [1.2, 2.6, 5.5, 4.7, 1.6]
    rows1 = [
        ["1", "主要负责人安全资格", "主要负责人经应急管理部门考核合格，取得安全生产知识和管理能力合格证明", "主要负责人杨建平未参加考核，无合格证明", "不符合"],
        ["2", "安全管理人员资格", "配备专职安全生产管理人员并经考核合格", "安全生产管理人员李春华考核成绩不合格，未取得合格证明", "不符合"],
        ["3", "安全生产责任制", "建立健全全员安全生产责任制", "仅有主要负责人安全生产责任制，其他岗位未建立", "部分符合"],
        ["4", "安全管理制度", "制定购销、出入库登记、安全教育培训、隐患排查治理等管理制度", "仅提供安全教育培训制度，其余制度缺失", "不符合"],
        ["5", "岗位操作规程", "制定与经营活动相适应的岗位安全操作规程", "未制定", "不符合"],
    ]
    rows2 = [
        ["6", "事故应急预案", "编制危险化学品事故应急预案并按规定备案", "未编制", "不符合"],
        ["7", "应急救援器材", "配备必要的应急救援器材、设备和个体防护用品", "办公场所仅配备2具干粉灭火器，无个体防护用品、泄漏处置器材", "部分符合"],
        ["8", "经营场所", "经营场所产权明晰，用途符合规定，不得设在居民住宅内", "房屋产权证明载明用途为“住宅”", "不符合"],
    ]
    tb = two_level_table(doc, top, sub, rows1 + rows2, clauses, widths, left_cols=(2, 3),
                         size=11, line=17)
    no_split(tb)
    t = "注：1.判定结论分为“不符合”“部分符合”两类，“符合”项未列入本清单。2.核查组成员：张立新、王倩、普文杰。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="不予行政许可决定书",
            doc_number="昆自贸审批不许〔2026〕9号",
            issuer=[ORG], date="2026-01-22", region="昆明市",
            attachments=["现场核查不符合项清单"],
            recipients=["云南滇中恒瑞化工贸易有限公司"],
            publicity="此件依申请公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# two decisions printed back to back (喀什片区): 准予变更 + 不予延续
def doc_kashi():
    stem = "blind916_kashi_liangfen"
    doc = Document()
    setup(doc)
    ORG = "中国（新疆）自由贸易试验区喀什片区行政审批局"
    n_item = make_numbering(doc, "（%1）")

    def title_block(name, number):
        # organ name + soft line break + 文书名 in one paragraph
        p = doc.add_paragraph()
        font(p.add_run(ORG), XBS, 20)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(name), XBS, 22)
        fmt(p, align=C, indent=False, line=38)
        empty(doc, 1, line=18)
        # 文号 pushed right with a right tab
        p = add_par(doc, [("\t" + number, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
        empty(doc, 1, line=18)

    def signoff(date_cn):
        empty(doc, 2)
        # 落款 aligned with tabs + typed full-width spaces
        p = add_par(doc, [("\t\t" + ORG, FS, 16, False)], indent=False)
        p2 = add_par(doc, [("\t\t\t\t" + date_cn, FS, 16, False)], indent=False)
        for q in (p, p2):
            for k in range(1, 6):
                q.paragraph_format.tab_stops.add_tab_stop(Cm(1.5 * k), 0)

    # ----------------------------------------------------- C1
    cl1 = []

    def body1(t, runs=None):
        cl1.append(t)
        # typed full-width spaces instead of first-line indent
        add_par(doc, runs or [(IND + t, FS, 16, False)], indent=False)

    title_block("准予变更行政许可决定书", "喀片审许变字〔2025〕第023号")
    add_par(doc, "喀什丝路陆港国际物流有限公司：", indent=False)
    body1("你公司于2025年11月10日向本局提出道路运输经营许可变更申请，申请在原许可基础上增加国际道路货物运输线路和通行口岸、增加营运车辆，本局于同日受理（受理编号：KSPQ-JT-2025-1110-021）。")
    # a hand-typed line break (Shift+Enter) in the middle of a sentence
    a = "经审查，你公司提交的申请材料齐全、符合法定形式，新增的20辆牵引车及挂车技术等级达到一级，拟聘驾驶人员均持有相应从业资格证件，符合《中华人民共和国道路运输条例》第二十一条、第四十九条和《国际道路运输管理规定》"
    b = "第六条规定的条件。根据《中华人民共和国行政许可法》第四十九条的规定，本局决定准予变更，变更内容如下："
    cl1.append(a + b)
    p = doc.add_paragraph()
    font(p.add_run(IND + a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(b), FS, 16)
    fmt(p, indent=False)
    two_level_table(doc, [("序号", 1), ("变更事项", 1), ("许可内容", 2)], ["变更前", "变更后"], [
        ["1", "经营范围", "国际道路普通货物运输（中国—吉尔吉斯斯坦）", "国际道路普通货物运输（中国—吉尔吉斯斯坦、中国—乌兹别克斯坦、中国—塔吉克斯坦）"],
        ["2", "通行口岸", "吐尔尕特口岸", "吐尔尕特口岸、伊尔克什坦口岸、卡拉苏口岸"],
        ["3", "营运车辆（辆）", "35", "55"],
    ], cl1, [1.3, 2.9, 5.4, 6.2], left_cols=(2, 3))
    t = "注：变更后《道路运输经营许可证》证号不变，仍为新交运管许可喀字653101000317号。"
    cl1.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)
    body1("请你公司自收到本决定书之日起15日内到喀什片区政务服务中心交通运输窗口换领《道路运输经营许可证》，并为新增车辆办理《道路运输证》和《国际汽车运输行车许可证》。")
    body1("你公司应当严格遵守《中华人民共和国道路运输条例》《国际道路运输管理规定》以及我国与吉尔吉斯斯坦、乌兹别克斯坦、塔吉克斯坦签订的国际道路运输协定，按照核定的线路和口岸从事国际道路运输经营。")
    body1("如不服本决定，可以自收到本决定书之日起六十日内向喀什地区行政公署申请行政复议，或者自收到本决定书之日起六个月内向喀什市人民法院提起行政诉讼。")
    signoff("二〇二五年十一月二十七日")

    # ----------------------------------------------------- C2 (new section, page no. restarts)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sectpr = sec._sectPr
    sectpr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    cl2 = []

    def body2(t):
        cl2.append(t)
        add_par(doc, [(IND + t, FS, 16, False)], indent=False)

    def item2(t):
        # Word automatic numbering （一）（二）（三）
        cl2.append("（%s）%s" % ("一二三"[len([c for c in cl2 if c.startswith("（")])], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    title_block("不予延续行政许可决定书", "喀片审不延字〔2025〕第004号")
    add_par(doc, "喀什帕米尔人力资源服务有限公司：", indent=False)
    body2("你公司于2025年11月3日向本局提出《人力资源服务许可证》延续申请（原许可证编号：新人服证字〔2020〕第6531010046号，该证将于2025年12月3日有效期届满），本局于同日受理。")
    body2("经审查和实地核查，你公司存在下列情形：")
    item2("2023年度、2024年度未按规定报送经营情况年度报告，经本局2025年6月18日书面责令改正后，逾期仍未改正；")
    item2("许可证载明的服务场所（喀什市人民东路236号）已于2025年8月退租，现场核查时无固定的服务场所及必要的办公设施；")
    item2("现有专职工作人员仅1名，不符合《新疆维吾尔自治区经营性人力资源服务机构许可管理办法》关于专职工作人员数量的要求。")
    body2("你公司已不再具备《人力资源市场暂行条例》第十八条规定的从事职业中介活动的条件。根据《中华人民共和国行政许可法》第五十条的规定，本局决定不予延续你公司《人力资源服务许可证》。")
    body2("原许可证有效期届满后，本局将依法办理注销手续并予以公告。你公司不得继续从事职业中介活动，否则将依照《人力资源市场暂行条例》第四十二条的规定予以处理。")
    body2("如不服本决定，可以在收到本决定书之日起六十日内向喀什地区行政公署申请行政复议，或者在收到本决定书之日起六个月内向喀什市人民法院提起行政诉讼。")
    signoff("二〇二五年十一月二十八日")
    banji(doc, "抄送：喀什地区人力资源和社会保障局，喀什片区综合行政执法局。",
          "喀什片区行政审批局", "2025年11月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title=ORG + "准予变更行政许可决定书",
            doc_number="喀片审许变字〔2025〕第023号",
            issuer=[ORG], date="2025-11-27", region="喀什地区",
            recipients=["喀什丝路陆港国际物流有限公司"]),
         "clauses": cl1},
        {"meta": meta(
            title=ORG + "不予延续行政许可决定书",
            doc_number="喀片审不延字〔2025〕第004号",
            issuer=[ORG], date="2025-11-28", region="喀什地区",
            recipients=["喀什帕米尔人力资源服务有限公司"]),
         "clauses": cl2},
    ]
    return path


def main():
    paths = [doc_nanning(), doc_kunming(), doc_kashi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
