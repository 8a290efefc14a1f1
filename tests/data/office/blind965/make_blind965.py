# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 965: 自贸片区管委会 外商投资企业登记 办事指南, Word + PDF + expected.json."""
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
IND = "\u3000\u3000"

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
    """runs: str or list of (text, font, size, bold[, color])."""
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
    fmt(p, indent=False, line=12)


def page_number_field(fp, size=14):
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


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
    if footer:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_number_field(fp)
    return s


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, width=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width is not None:
        cell.width = width


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def grid(t, widths):
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)


def fixed_layout(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def material_table(doc, header, widths, rows, clauses, left_cols=(1, 5)):
    """Simple one-header-row table; header row repeats on each page."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fixed_layout(t)
    grid(t, widths)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, width=Cm(widths[i]))
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=(L if ci in left_cols else C), width=Cm(widths[ci]))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_965", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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


CN = "一二三四五六七八九十"

MAT_HEADER = ["序号", "材料名称", "来源渠道", "份数", "纸质/电子", "备注"]
MAT_WIDTHS = [1.2, 3.7, 3.1, 1.2, 2.3, 4.1]


# =================================================================== DOC A
def doc_qinzhou():
    """Stand-alone 办事指南, no 红头; 事项编码 line; typed-space indents."""
    stem = "blind965_qinzhou_sheli"
    doc = Document()
    setup(doc)
    clauses = []
    ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    add_par(doc, [("事项编码：", HT, 12, False), ("450700-ZMQ-XK-0117", SONG, 12, False)],
            align=R, indent=False, line=20)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("外商投资企业设立登记办事指南", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("（2026年版）", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def body(t, typed=False):
        clauses.append(t)
        if typed:  # clerk typed two full-width spaces instead of an indent
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    head("一、事项名称")
    body("外商投资企业设立登记（含外商投资的有限责任公司、股份有限公司、合伙企业设立登记）。")
    body("事项类型：行政许可　　实施主体：钦州港片区管委会", typed=True)

    head("二、设定依据")
    body("1.《中华人民共和国外商投资法》第三十一条：外商投资企业的组织形式、组织机构及其活动准则，适用《中华人民共和国公司法》、《中华人民共和国合伙企业法》等法律的规定。")
    body("2．《中华人民共和国外商投资法实施条例》第三十七条：外商投资企业的登记注册，由国务院市场监督管理部门或者其授权的地方人民政府市场监督管理部门依法办理。")
    body("3.《中华人民共和国市场主体登记管理条例》第三条第一款：市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。", typed=True)

    head("三、申请条件")
    body("（一）投资者为依法设立的外国企业、其他经济组织或者外国自然人(含香港特别行政区、澳门特别行政区和台湾地区投资者)，以及与其共同投资的境内投资者。")
    body("（二）投资领域不属于《外商投资准入特别管理措施（负面清单）》《自由贸易试验区外商投资准入特别管理措施（负面清单）》规定的禁止投资领域；属于限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等特别管理措施。")
    body("（三）企业名称、住所、经营范围、注册资本、组织机构等符合法律法规规定，住所（主要经营场所）位于钦州港片区范围内。")
    body("（四）依法需要办理前置审批的，已取得有关部门的批准文件或者许可证件。")

    head("四、申请材料")
    rows = [
        ["1", "《公司登记（备案）申请书》", "政务服务窗口领取或广西数字政务一体化平台下载", "1", "纸质或电子", "法定代表人签署；通过全程电子化系统申报的，使用电子签名"],
        ["2", "公司章程", "申请人自备", "1", "纸质或电子", "由全体股东签署，股份有限公司由全体发起人签署；外文章程应附中文译本"],
        ["3", "境外投资者主体资格证明或身份证明", "境外投资者所在国（地区）有关机构出具", "1", "纸质", "应经所在国公证机关公证并经中国驻该国使（领）馆认证；所在国为《取消外国公文书认证要求的公约》缔约国的，办理附加证明书即可"],
        ["4", "境内投资者主体资格证明或身份证明", "申请人自备", "1", "电子", "通过数据共享可以获取的，免于提交"],
        ["5", "法定代表人、董事、监事和经理的任职文件及身份证明", "申请人自备", "1", "纸质或电子", "外籍人员提交护照复印件"],
        ["6", "住所（经营场所）使用相关文件", "申请人自备", "1", "纸质或电子", "片区实行住所申报承诺制的，提交《住所（经营场所）申报承诺书》"],
        ["7", "《法律文件送达授权委托书》", "政务服务窗口领取或平台下载", "1", "纸质", "境外投资者指定境内法律文件送达接受人时提交"],
        ["8", "《指定代表或者共同委托代理人授权委托书》及被委托人身份证件", "申请人自备", "1", "纸质或电子", "委托代理人办理的提交"],
        ["9", "前置审批文件或者许可证件", "有关审批部门出具", "1", "纸质或电子", "涉及前置审批事项的提交"],
        ["10", "外商投资信息报告（初始报告）", "登记系统在线填报", "—", "电子", "设立登记时一并报送，由登记机关推送至商务主管部门"],
    ]
    material_table(doc, MAT_HEADER, MAT_WIDTHS, rows, clauses)
    # notes under the table, smaller 仿宋, typed-space hanging
    n1 = "注：申请材料应当使用A4规格纸张，除身份证明外均应提交原件；提交复印件的，应注明“与原件一致”并由申请人签署。"
    clauses.extend([n1])
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)

    head("五、办理流程")
    body("1.申请。申请人通过广西数字政务一体化平台“企业开办一网通办”专区在线提交申请，或者到钦州港片区政务服务中心外商投资服务专窗现场提交纸质材料。")
    body("2.受理。窗口工作人员对申请材料进行核对，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，一次性告知申请人需要补正的全部内容。")
    body("3.审核。登记人员对申请材料进行形式审查；涉及外商投资准入特别管理措施的，同步核查是否符合负面清单规定。")
    body("4.决定。符合登记条件的，作出准予登记决定；不符合登记条件的，作出不予登记决定并书面说明理由。")
    body("5.发照。准予登记的，核发营业执照并同步生成电子营业执照，申请人可选择窗口领取或者免费邮寄送达。")
    body("6.信息报告。设立登记时填报的外商投资初始报告信息，由登记机关推送至商务主管部门，申请人无需另行报送。")

    head("六、办理时限")
    body("法定办结时限：3个工作日。")
    body("承诺办结时限：材料齐全、符合法定形式的，1个工作日内办结；通过“企业开办一网通办”同步申请公章刻制、发票申领的，0.5个工作日内办结。")

    head("七、收费标准")
    body("不收费。")

    head("八、咨询电话")
    body("业务咨询：0777-3695210（片区政务服务中心）", typed=True)
    body("监督投诉：0777-3695018；12345政务服务便民热线", typed=True)
    body("本指南自2026年4月1日起执行。")
    empty(doc, 1)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 14 + ISSUER, indent=False)
    add_par(doc, " " * 36 + "2026年3月16日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区外商投资企业设立登记办事指南（2026年版）",
            "doc_number": None,
            "issuer": [ISSUER],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kunming():
    """Two short guides one after another; auto-numbered run-in headings; page header."""
    stem = "blind965_kunming_biangeng_zhuxiao"
    doc = Document()
    s = setup(doc)
    ISSUER = "中国（云南）自由贸易试验区昆明片区管理委员会"
    hp = s.header.paragraphs[0]
    font(hp.add_run("昆明片区政务服务事项办事指南"), KT, 10.5)
    hp.alignment = R
    border(hp, "bottom", "000000", 6, 1)

    def guide(title_lines, sections, date_txt):
        clauses = []
        nid = make_numbering(doc, "%1、")
        for tl in title_lines:
            add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=36)
        empty(doc, 1)
        for sec in sections:
            kind = sec[0]
            if kind == "h":          # auto-numbered heading, nothing after it
                p = add_par(doc, [(sec[1], HT, 16, False)])
                apply_num(p, nid)
            elif kind == "hr":       # auto-numbered heading + text on the same line
                n = sum(1 for x in sections[:sections.index(sec) + 1] if x[0] in ("h", "hr"))
                clauses.append("%s、%s%s" % (CN[n - 1], sec[1], sec[2]))
                p = add_par(doc, [(sec[1], HT, 16, False), (sec[2], FS, 16, False)])
                apply_num(p, nid)
            elif kind == "p":
                clauses.append(sec[1])
                add_par(doc, sec[1])
            elif kind == "br":       # several items typed in one paragraph with Shift+Enter
                clauses.extend(sec[1])
                p = doc.add_paragraph()
                for i, t in enumerate(sec[1]):
                    if i:
                        p.add_run().add_break(WD_BREAK.LINE)
                        t = IND + t
                    font(p.add_run(t), FS, 16)
                fmt(p)
            elif kind == "t":
                material_table(doc, sec[1], sec[2], sec[3], clauses,
                               left_cols=sec[4] if len(sec) > 4 else (1, 5))
                empty(doc, 1, line=8)
        empty(doc, 1)
        p = add_par(doc, ISSUER, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(32)
        p = add_par(doc, date_txt, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(64)
        return clauses

    # ---------------- guide 1: 变更登记
    c1 = guide(
        ["中国（云南）自由贸易试验区昆明片区", "外商投资企业变更登记办事指南"],
        [
            ("hr", "事项名称：", "外商投资企业变更登记"),
            ("hr", "设定依据：", "《中华人民共和国市场主体登记管理条例》第二十四条第一款：市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。"),
            ("hr", "申请条件：", "已在昆明片区登记注册的外商投资企业，名称、住所、法定代表人、注册资本、经营范围、投资人等登记事项发生变更，且变更后仍符合外商投资准入特别管理措施规定。"),
            ("h", "申请材料"),
            ("t", MAT_HEADER, MAT_WIDTHS, [
                ["1", "《公司变更登记申请书》", "政务服务窗口领取或云南政务服务网下载", "1", "纸质或电子", "法定代表人签署"],
                ["2", "关于变更事项的决议或者决定", "申请人自备", "1", "纸质或电子", "股东会决议、董事会决议或者股东决定"],
                ["3", "修改后的公司章程或者章程修正案", "申请人自备", "1", "纸质或电子", "涉及章程修改的提交"],
                ["4", "变更事项相关证明文件", "申请人自备", "1", "纸质", "变更投资人的，提交股权转让协议及新投资人主体资格证明；境外形成的文件应当办理公证认证或者附加证明书"],
                ["5", "营业执照正、副本", "申请人自备", "1", "纸质", "已领取电子营业执照的，无需提交纸质执照"],
            ]),
            ("h", "办理流程"),
            ("br", [
                "（一）申请：申请人通过云南省市场主体登记全程电子化平台或者昆明片区政务服务中心外商投资企业服务专窗提交申请。",
                "（二）受理审核：窗口对申请材料进行审核，材料齐全、符合法定形式的当场受理。",
                "（三）核准发照：准予变更登记的，换发营业执照；变更事项涉及外商投资信息报告的，系统自动生成变更报告并推送商务主管部门。",
            ]),
            ("hr", "办理时限：", "法定时限3个工作日；承诺时限1个工作日。"),
            ("hr", "收费标准：", "不收费。"),
            ("hr", "咨询电话：", "0871-63127806（昆明片区政务服务中心）；监督电话：12345。"),
        ],
        "二〇二六年五月二十日")
    page_break(doc)

    # ---------------- guide 2: 注销登记 (table without 序号, title broken elsewhere)
    hdr2 = ["材料名称", "来源渠道", "份数", "纸质/电子", "备注"]
    c2 = guide(
        ["中国（云南）自由贸易试验区昆明片区外商", "投资企业注销登记办事指南"],
        [
            ("hr", "事项名称：", "外商投资企业注销登记（含简易注销登记）"),
            ("hr", "设定依据：", "《中华人民共和国市场主体登记管理条例》第三十一条第一款：市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。经登记机关注销登记，市场主体终止。"),
            ("hr", "申请条件：", "（一）一般注销：企业已依法完成清算，清算报告经股东会或者有关机构确认；（二）简易注销：企业未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款），并由全体投资人书面承诺对上述情况的真实性承担法律责任。"),
            ("h", "申请材料"),
            ("t", hdr2, [4.2, 3.6, 1.1, 1.7, 4.9], [
                ["《注销登记申请书》", "窗口领取或云南政务服务网下载", "1", "纸质或电子", "法定代表人或者清算组负责人签署"],
                ["依法作出解散的决议或者决定", "申请人自备", "1", "纸质或电子", "简易注销无需提交"],
                ["经确认的清算报告", "申请人自备", "1", "纸质", "简易注销的，提交《全体投资人承诺书》"],
                ["营业执照正、副本", "申请人自备", "1", "纸质", "遗失的，通过国家企业信用信息公示系统公告作废"],
            ], (0, 4)),
            ("h", "办理流程"),
            ("p", "1.公告。一般注销的，清算组应当自成立之日起10日内通知债权人，并于60日内通过国家企业信用信息公示系统公告；简易注销的，通过国家企业信用信息公示系统进行简易注销公告，公告期为20日。"),
            ("p", "2.申请。公告期满后，申请人通过云南省市场主体登记全程电子化平台或者现场窗口提交注销申请。"),
            ("p", "3.审核决定。登记机关对申请材料进行审查，符合条件的作出准予注销登记决定，收缴营业执照。"),
            ("p", "4.信息推送。注销登记信息推送至商务、税务、海关、外汇管理等部门，企业无需另行报送注销报告。"),
            ("hr", "办理时限：", "法定时限3个工作日；简易注销即时办结。"),
            ("hr", "收费标准：", "不收费。"),
            ("hr", "咨询电话：", "0871-63127806；监督电话：12345。"),
        ],
        "二〇二六年五月二十日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    def meta(title):
        return {
            "title": title,
            "doc_number": None,
            "issuer": [ISSUER],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }
    expected[stem] = [
        {"meta": meta("中国（云南）自由贸易试验区昆明片区外商投资企业变更登记办事指南"), "clauses": c1},
        {"meta": meta("中国（云南）自由贸易试验区昆明片区外商投资企业注销登记办事指南"), "clauses": c2},
    ]
    return path


# =================================================================== DOC C
def doc_ningbo():
    """红头 notice issuing the guide; guide is 附件 on its own page; merged header table."""
    stem = "blind965_ningbo_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    ISSUER = "中国（浙江）自由贸易试验区宁波片区管理委员会"
    GUIDE = "宁波片区外商投资企业设立登记办事指南（2026年版）"
    OLD = "宁波片区外商投资企业设立登记办事指南（2024年版）"

    # 版头 typed as a borderless table: organ name in two lines + 文件 at the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fixed_layout(t)
    no_borders(t)
    grid(t, [12.2, 3.4])
    for r, txt in zip(t.rows, ["中国（浙江）自由贸易试验区", "宁波片区管理委员会"]):
        set_cell(r.cells[0], txt, XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, width=Cm(12.2))
        par = r.cells[0].paragraphs[0]
        par.paragraph_format.line_spacing = Pt(36)
        par.runs[0].font.color.rgb = RED
    right = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(right, "文件", XBS, 44, align=C, width=Cm(3.4))
    right.paragraphs[0].paragraph_format.line_spacing = Pt(56)
    right.paragraphs[0].runs[0].font.color.rgb = RED
    empty(doc, 1)
    p = add_par(doc, "甬自贸片管〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three lines wrapped by the clerk at odd places
    for tl in ["中国（浙江）自由贸易试验区宁波片区管理",
               "委员会关于印发《宁波片区外商投资企业",
               "设立登记办事指南（2026年版）》的通知"]:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门、各区块管理机构，各有关单位：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    body("为深入贯彻《中华人民共和国外商投资法》及其实施条例，持续提升外商投资企业登记便利化水平，我委对《" + OLD + "》进行了修订，形成了《" + GUIDE + "》，现印发给你们，请认真遵照执行。")
    body("本指南自2026年3月1日起施行，《" + OLD + "》（甬自贸片管〔2024〕12号）同时废止。")
    empty(doc, 1)
    # 附件 list with hanging indent (附件： then title wraps under the title)
    p = add_par(doc, "附件：" + GUIDE, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    p = add_par(doc, ISSUER, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年2月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("宁波片区外商投资企业设立登记办事指南", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=C, indent=False, line=30)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    head("一、事项名称")
    body("外商投资企业设立登记（含外商投资企业分公司设立登记）。")
    head("二、设定依据")
    body("《中华人民共和国外商投资法》及其实施条例、《中华人民共和国公司法》、《中华人民共和国市场主体登记管理条例》及其实施细则。")
    head("三、申请条件")
    body("（一）外国投资者及其投资符合《自由贸易试验区外商投资准入特别管理措施（负面清单）》的要求；")
    body("（二）登记事项符合法律法规规定，住所位于宁波片区范围内，申请材料齐全、符合法定形式。")
    head("四、申请材料")

    # two-level header: 材料要求 spans 份数 + 纸质/电子; 来源渠道 merged over rows 2-4
    widths = [1.2, 3.9, 2.8, 1.2, 2.3, 4.2]
    rows = [
        ["1", "《外商投资企业设立登记申请书》", "浙江政务服务网在线生成", "1", "电子", "全体投资人或其授权代表电子签名"],
        ["2", "公司章程", "申请人自备", "1", "纸质或电子", "中外文本不一致的，以中文文本为准"],
        ["3", "投资人主体资格证明或者自然人身份证明", "申请人自备", "1", "纸质", "境外投资者的主体资格证明应当办理公证认证或者附加证明书"],
        ["4", "法定代表人、董事、监事、经理任职文件及身份证明*", "申请人自备", "1", "纸质或电子", "外籍人员可提交护照"],
        ["5", "《法律文件送达授权委托书》*", "浙江政务服务网下载", "1", "纸质", "境外投资者应当指定境内法律文件送达接受人"],
        ["6", "受益所有人信息", "登记系统在线填报", "—", "电子", "按照《受益所有人信息管理办法》填报"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    fixed_layout(t)
    grid(t, widths)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i in (0, 1, 2, 5):
        m = h0[i].merge(h1[i])
        set_cell(m, ["序号", "材料名称", "来源渠道", "", "", "备注"][i], HT, 10.5, width=Cm(widths[i]))
    m = h0[3].merge(h0[4])
    set_cell(m, "材料要求", HT, 10.5)
    set_cell(t.rows[1].cells[3], "份数", HT, 10.5, width=Cm(widths[3]))
    set_cell(t.rows[1].cells[4], "纸质/电子", HT, 10.5, width=Cm(widths[4]))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "材料名称", "来源渠道", "材料要求／份数", "材料要求／纸质/电子", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 2 and ri in (4, 5):
                continue  # filled by the vertical merge below
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=(L if ci in (1, 5) else C),
                     width=Cm(widths[ci]))
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    vm = t.rows[3].cells[2].merge(t.rows[5].cells[2])
    set_cell(vm, "申请人自备", FS, 10.5, width=Cm(widths[2]))
    note = "注：带“*”的材料为容缺受理材料，可在领取营业执照前补齐。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("五、办理流程")
    runin("（一）网上申报。", "申请人登录浙江政务服务网“企业开办一件事”专区，一次填报设立登记、公章刻制、发票申领、社保登记、银行预约开户等信息。")
    runin("（二）受理审核。", "片区政务服务中心外商投资企业服务专窗在线受理并审核；需要补正的，一次性告知。")
    runin("（三）核准发照。", "审核通过的，核发营业执照和电子营业执照，首套印章免费刻制，可免费邮寄送达。")
    head("六、办理时限")
    body("法定时限3个工作日；承诺时限1个工作日。")
    head("七、收费标准")
    body("不收费。")
    head("八、咨询电话")
    body("0574-86887625；投诉电话：12345。")

    banji(doc, "抄送：宁波市市场监督管理局，宁波市商务局，宁波海关。",
          "宁波片区管委会办公室", "2026年2月12日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于印发《" + GUIDE + "》的通知",
            "doc_number": "甬自贸片管〔2026〕7号",
            "issuer": [ISSUER],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [GUIDE],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各区块管理机构", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《" + OLD + "》（甬自贸片管〔2024〕12号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_kunming(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
