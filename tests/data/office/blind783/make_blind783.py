# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 783: 办事指南 + 办事材料模板（授权委托书、法定代表人身份证明书、企业信用承诺书）.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into this
script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
IND = "\u3000\u3000"          # typed full-width spaces used as indentation
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: plain str, or list of str / (text, font, size, bold[, color[, underline]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, str):
            r = (r, FS, size, False)
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, sz, bold, color, ul)
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(paragraph, dash="— ", tail=" —", size=14):
    font(paragraph.add_run(dash), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = paragraph.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(paragraph.add_run(tail), SONG, size)


def setup(doc, footer_style=("— ", " —"), header_text=None):
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
    fp.alignment = C
    page_field(fp, *footer_style)
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = R
        font(hp.add_run(header_text), SONG, 10.5)
        border(hp, "bottom", "000000", 6, 1)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = 1  # center


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    for row in table.rows:
        g = 0
        for tc in row._tr.tc_lst:
            # merged cells span several grid columns; give them the summed width
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[g:g + span]))
            g += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_783", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def U(n):
    """an underlined blank of n full-width spaces (run spec)."""
    return ("\u3000" * n, FS, 14, False, None, True)


def join_runs(runs):
    # trailing underlined blanks are layout, not text: the clause ends at the label
    return "".join(r if isinstance(r, str) else r[0] for r in runs).rstrip("\u3000 ")


expected = {}


# =================================================================== DOC A
def doc_ningbo():
    """红头通知 印发办事指南，附件1 指南正文（含材料清单表），附件2 授权委托书（下划线用“_”）。"""
    stem = "blind783_nb_jwtz"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- 版头
    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56)
    p = add_par(doc, "甬商务发〔2026〕23号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    # title wrapped at an odd place, typed as two paragraphs
    add_par(doc, [("宁波市商务局关于印发《宁波市企业境外", XBS, 22, False)],
            align=C, indent=False, line=32, before=22)
    add_par(doc, [("投资备案办事指南（2026年版）》的通知", XBS, 22, False)],
            align=C, indent=False, line=32)
    add_par(doc, "各区（县、市）商务主管部门，各功能园区经济发展部门：", indent=False, before=14)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步优化境外投资备案服务，便利企业参与共建“一带一路”，根据《境外投资管理办法》（商务部令2014年第3号）等有关规定，我局修订了《宁波市企业境外投资备案办事指南》，现印发给你们，请认真贯彻执行。")
    body("本指南自2026年3月1日起施行，《宁波市企业境外投资备案办事指南（2023年版）》同时废止。")
    empty(doc, 1)
    # 附件 list with hanging indent aligned by typed spaces
    add_par(doc, "附件：1．宁波市企业境外投资备案办事指南（2026年版）")
    add_par(doc, "\u3000\u3000\u30002．授权委托书（样式）")
    empty(doc, 1)
    p = add_par(doc, "宁波市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月10日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1: the guide
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("宁波市企业境外投资备案办事指南", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    head("一、适用范围")
    body("在宁波市（含宁波国家高新区、宁波杭州湾新区等功能园区）登记注册的地方企业，在境外新设、并购企业或者对已设立的境外企业增资，且不涉及敏感国家和地区、敏感行业的，适用本指南。中国（浙江）自由贸易试验区宁波片区内企业按照片区有关规定办理。")
    head("二、办理依据")
    body("《境外投资管理办法》（商务部令2014年第3号）第六条、第九条、第十条。")
    head("三、申请材料")
    body("申请人应提交下列材料（均须加盖企业公章）：")
    hdr = ["序号", "材料名称", "份数", "要求说明"]
    rows = [
        ["1", "境外投资备案表", "1", "通过商务部业务系统统一平台在线填报后打印"],
        ["2", "企业营业执照复印件", "1", "复印件注明“与原件一致”"],
        ["3", "境外投资真实性承诺书", "1", "按系统模板填写，法定代表人签字"],
        ["4", "前期工作落实情况说明", "1", "涉及并购的提供，包括尽职调查、资产评估等情况"],
        ["5", "授权委托书", "1", "非法定代表人本人办理的提供，样式见附件2"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 3 else C)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 5.2, 1.3, 7.6])
    p = add_par(doc, [("注：境外投资涉及共建“一带一路”国家（地区）的，可同时提交境外投资项目国别风险评估报告，市商务局将优先办理。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：境外投资涉及共建“一带一路”国家（地区）的，可同时提交境外投资项目国别风险评估报告，市商务局将优先办理。")
    head("四、办理流程")
    runin("（一）网上申报。", "企业登录商务部业务系统统一平台，进入“境外投资管理系统”如实填报相关信息，上传申请材料。")
    runin("（二）受理审核。", "市商务局收到申报材料后，对材料齐全、符合法定形式的予以受理；材料不全的，一次性告知需补正的全部内容。")
    runin("（三）颁发证书。", "经审核予以备案的，自受理之日起3个工作日内颁发《企业境外投资证书》。企业可选择窗口领取或免费邮寄送达。")
    runin("五、办理时限：", "法定办结时限为3个工作日，承诺办结时限为2个工作日。", HT)
    runin("六、收费标准：", "不收费。", HT)
    runin("七、咨询方式：", "宁波市商务局对外投资和经济合作处，联系电话0574-87186530；宁波市行政服务中心三楼D区商务窗口，联系电话0574-87186221。", HT)

    # ---- 附件2: 授权委托书 with typed underscores
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("授 权 委 托 书", XBS, 22, False)], align=C, indent=False, line=34,
            before=10, after=12)

    def line(t, indent=False):
        clauses.append(t)
        add_par(doc, (IND + t) if indent else t, size=14, indent=False, line=26)

    line("委托单位：______________________________")
    line("统一社会信用代码：______________________")
    line("法定代表人：____________  职务：____________")
    line("受托人：__________  身份证号码：____________________")
    line("联系电话：______________")
    line("现委托上述受托人代表我单位向宁波市商务局办理______________________（境外企业名称）境外投资备案（□新设　□变更　□注销）事宜。受托人在办理上述事项过程中所签署的有关文件和提交的材料，我单位均予以承认，并承担相应的法律责任。", indent=True)
    line("委托期限：自______年____月____日至______年____月____日。", indent=True)
    line("受托人无转委托权。", indent=True)
    line("附：受托人身份证件复印件", indent=True)
    # signature block pushed right with typed spaces
    for s in ("委托单位（盖章）：", "法定代表人（签字）：", "受托人（签字）："):
        clauses.append(s)
        add_par(doc, "\u3000" * 10 + s, size=14, indent=False, line=28, before=6)
    clauses.append("年　　月　　日")
    add_par(doc, "\u3000" * 17 + "年　　月　　日", size=14, indent=False, line=28)

    banji(doc, "抄送：省商务厅，市发展改革委，国家外汇管理局宁波市分局。",
          "宁波市商务局办公室", "2026年2月11日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于印发《宁波市企业境外投资备案办事指南（2026年版）》的通知",
            "doc_number": "甬商务发〔2026〕23号",
            "issuer": ["宁波市商务局"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["宁波市企业境外投资备案办事指南（2026年版）", "授权委托书（样式）"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "各功能园区经济发展部门"],
            "publicity": "此件主动公开",
            "repeals": "《宁波市企业境外投资备案办事指南（2023年版）》",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sanya():
    """不带红头的办事指南（页眉、空格缩进、手动换行、下划线空格填写栏、制表位落款），
    附件1 企业信用承诺书，附件2 授权委托书。"""
    stem = "blind783_sy_chengnuo"
    doc = Document()
    setup(doc, footer_style=("- ", " -"), header_text="三亚市政务服务事项办事指南")
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("三亚市企业投资项目备案（告知承诺制）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("办事指南"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], indent=False, first=Pt(32))

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    runin("一、事项名称：", "企业投资项目备案（告知承诺制）")
    head("二、实施依据")
    # three items typed in one paragraph separated by Shift+Enter
    items = ["1．《企业投资项目核准和备案管理条例》（国务院令第673号）；",
             "2．《企业投资项目核准和备案管理办法》（国家发展改革委令2017年第2号）；",
             "3．《海南自由贸易港优化营商环境条例》。"]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
        clauses.append(it)
    fmt(p, indent=False)
    head("三、适用范围")
    body("在三亚市行政区域内(含三亚崖州湾科技城、三亚中央商务区)由企业投资建设的固定资产投资项目，不属于《政府核准的投资项目目录》范围的，实行告知承诺制备案。")
    head("四、办理条件")
    body("（一）项目单位为依法登记注册的企业；")
    body("（二）项目符合国家产业政策和国土空间规划；")
    body("（三）项目单位未被列入严重失信主体名单。")
    head("五、申请材料")
    hdr = ["序号", "材料名称", "材料形式", "材料来源", "备注"]
    rows = [
        ["1", "企业投资项目备案信息表", "电子材料", "申请人自备", "通过海南省投资项目在线审批监管平台在线填写"],
        ["2", "企业信用承诺书", "纸质原件1份", "申请人自备", "样式见附件1"],
        ["3", "授权委托书", "纸质原件1份", "申请人自备", "委托他人办理的提供，样式见附件2"],
        ["4", "营业执照", "免提交", "政府部门核发", "通过电子证照库调取"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 2:
                continue  # vertically merged below
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 4 else C)
        clauses.append(row_clause(hdr, row))
    m = t.cell(2, 2).merge(t.cell(3, 2))
    set_cell(m, "纸质原件1份", FS, 10.5)
    col_widths(t, [1.2, 4.6, 2.6, 2.7, 4.5])
    note = "注：通过“海易办”平台在线申报并使用电子签章的，第2、3项材料可提交电子版，无需另行提交纸质材料。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("六、办理流程")
    body("（一）申报。项目单位登录海南省投资项目在线审批监管平台，如实填报项目信息，在线签署或上传《企业信用承诺书》。")
    body("（二）备案。审批服务局对符合要求的即时予以备案并赋予项目代码；不属于备案范围的，告知项目单位按规定办理。")
    body("（三）核查。审批服务局会同行业主管部门在备案后30日内开展核查，发现承诺不实的，依法撤销备案。")
    runin("七、办理时限：", "即来即办。")
    runin("八、收费标准：", "不收费。")
    runin("九、办理地点：", "三亚市政务服务中心二楼综合窗口。")
    runin("十、咨询电话：", "0898-88366251; 投诉电话：12345。")
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：1．企业信用承诺书（样式）"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + "\u3000\u3000\u30002．授权委托书（样式）"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 1)
    # 落款 aligned with a centre tab stop
    for s in ("三亚市行政审批服务局", "2026年1月20日"):
        p = add_par(doc, "\t" + s, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)

    # ---- 附件1 企业信用承诺书, blanks as underlined full-width spaces
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("企业信用承诺书", XBS, 22, False)], align=C, indent=False, line=34,
            before=12, after=14)

    def uline(runs, indent=False):
        txt = join_runs(runs)
        clauses.append(txt)
        add_par(doc, ([IND] if indent else []) + runs, size=14, indent=False, line=28)

    uline(["承诺主体名称：", U(14)])
    uline(["统一社会信用代码：", U(12)])
    uline(["法定代表人：", U(5), "　身份证件号码：", U(9)])
    uline(["项目名称：", U(16)])
    uline(["为维护公平竞争的市场秩序，营造诚实守信的营商环境，本单位郑重承诺如下："], indent=True)
    uline(["一、所提交的全部申请材料真实、合法、有效，复印件与原件一致，不存在虚假记载、误导性陈述或重大遗漏。"], indent=True)
    uline(["二、严格遵守国家法律法规和海南自由贸易港相关规定，依法依规开展生产经营活动，项目建设符合国家产业政策和国土空间规划。"], indent=True)
    uline(["三、自愿接受行政机关及社会各界的监督，按要求通过在线平台报送项目开工建设、建设进度、竣工等基本信息。"], indent=True)
    uline(["四、本承诺书相关信息将通过“信用中国（海南）”网站向社会公开。若违背上述承诺，自愿承担相应法律责任，接受依法撤销备案、列入失信名单等惩戒措施。"], indent=True)
    empty(doc, 1)
    for s in ("承诺单位（公章）：", "法定代表人（签字）："):
        clauses.append(s)
        p = add_par(doc, "\t" + s, size=14, indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7.5), WD_TAB_ALIGNMENT.LEFT)
    clauses.append("年　　月　　日")
    p = add_par(doc, "年　　月　　日", size=14, align=R, indent=False, line=30)
    p.paragraph_format.right_indent = Pt(48)

    # ---- 附件2 授权委托书
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("授权委托书", XBS, 22, False)], align=C, indent=False, line=34,
            before=12, after=14)
    uline(["委托人（单位名称）：", U(12)])
    uline(["统一社会信用代码：", U(12)])
    uline(["受托人姓名：", U(5), "　身份证号码：", U(9)])
    uline(["联系电话：", U(10)])
    uline(["兹委托上述受托人代表我单位办理", U(10), "项目备案相关事宜，受托人在办理过程中签署的文件、作出的承诺，我单位均予认可，并承担相应法律责任。"], indent=True)
    uline(["委托期限：自", U(2), "年", U(2), "月", U(2), "日至", U(2), "年", U(2), "月", U(2), "日。"], indent=True)
    empty(doc, 1)
    for s in ("委托单位（盖章）：", "法定代表人（签字）：", "受托人（签字）："):
        clauses.append(s)
        p = add_par(doc, "\t" + s, size=14, indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7.5), WD_TAB_ALIGNMENT.LEFT)
    clauses.append("年　　月　　日")
    p = add_par(doc, "年　　月　　日", size=14, align=R, indent=False, line=30)
    p.paragraph_format.right_indent = Pt(48)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "三亚市企业投资项目备案（告知承诺制）办事指南",
            "doc_number": None,
            "issuer": ["三亚市行政审批服务局"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "三亚市",
            "effective": None,
            "expires": None,
            "attachments": ["企业信用承诺书（样式）", "授权委托书（样式）"],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_horgos():
    """红色机关标识的公告，正文即办事指南，两级合并表头材料清单，中文数字落款日期，
    附件1 法定代表人身份证明书、附件2 授权委托书（全角下划线“＿”与下划线空格混用）。"""
    stem = "blind783_hegs_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("霍尔果斯市商务和工业信息化局", XBS, 30, False, RED)], align=C,
            indent=False, line=44)
    p = add_par(doc, "霍商工信发〔2026〕9号", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    add_par(doc, [("霍尔果斯市商务和工业信息化局", XBS, 22, False)], align=C, indent=False, line=34)
    p = add_par(doc, [("关于边民互市贸易商品落地加工企业备案", XBS, 22, False)], align=C,
                indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("有关事项的公告"), XBS, 22)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《边民互市贸易管理办法》，推进边民互市贸易进口商品落地加工，依托中哈霍尔果斯国际边境合作中心和中国（新疆）自由贸易试验区霍尔果斯片区，规范边民互市贸易商品落地加工企业（以下简称落地加工企业）备案管理，现将有关事项公告如下：")
    runin("一、备案对象。", "在霍尔果斯市登记注册，从事边民互市贸易进口商品落地加工，具有固定加工场所和相应生产设备的企业，可申请备案。")
    runin("二、申请材料。", "企业申请备案，应当提交下列材料：")
    # two-level header: 提交要求 over 原件 / 复印件
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "序号", HT, 10.5)
    b = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(b, "材料名称", HT, 10.5)
    c = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(c, "提交要求", HT, 10.5)
    set_cell(t.cell(1, 2), "原件", HT, 10.5)
    set_cell(t.cell(1, 3), "复印件", HT, 10.5)
    d = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(d, "备注", HT, 10.5)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    hdr = ["序号", "材料名称", "提交要求／原件", "提交要求／复印件", "备注"]
    rows = [
        ["1", "落地加工企业备案申请表", "1份", "—", "加盖企业公章"],
        ["2", "营业执照", "验原件", "1份", "—"],
        ["3", "法定代表人身份证明书", "1份", "—", "样式见附件1"],
        ["4", "授权委托书", "1份", "—", "委托他人办理的提供，样式见附件2"],
        ["5", "加工场所产权证明或租赁合同", "验原件", "1份", "租赁期限不少于1年"],
        ["6", "与边民互助组（合作社）签订的收购协议", "验原件", "1份", "—"],
    ]
    for row in rows:
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, FS, 10.5, align=L if ci in (1, 4) else C)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 6.0, 1.8, 1.8, 4.7])
    note = "注：复印件均须使用A4纸并加盖企业公章，受托人办理的须出示身份证件原件。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("三、办理程序。", "企业可通过新疆政务服务网在线申报，也可到市政务服务中心商务窗口现场申报。材料齐全、符合要求的，我局自受理之日起5个工作日内完成备案。")
    runin("四、监督管理。", "备案企业应如实记录互市进口商品收购、加工、销售情况，每季度结束后10日内报送台账。提供虚假材料取得备案或连续6个月未开展加工业务的，取消备案。")
    runin("五、施行日期。", "本公告自发布之日起施行，有效期至2028年4月7日。")
    body("咨询电话：0999-8791365（工作日10:00—19:30）")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：1．法定代表人身份证明书")
    add_par(doc, "\u3000\u3000\u3000\u3000\u30002．授权委托书", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 30 + "霍尔果斯市商务和工业信息化局", indent=False)
    add_par(doc, " " * 38 + "二〇二六年四月八日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1 法定代表人身份证明书
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("法定代表人身份证明书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def uline(runs, indent=False):
        txt = join_runs(runs)
        clauses.append(txt)
        add_par(doc, ([IND] if indent else []) + runs, size=14, indent=False, line=28)

    uline(["单位名称：", U(15)])
    uline(["单位性质：", U(15)])
    uline(["地　　址：", U(15)])
    uline(["成立时间：＿＿＿＿年＿＿月＿＿日"])
    uline(["经营期限：", U(15)])
    uline(["姓名：＿＿＿＿　性别：＿＿　年龄：＿＿　职务：＿＿＿＿"])
    uline(["系＿＿＿＿＿＿＿＿＿＿＿＿（单位名称）的法定代表人。"], indent=True)
    add_par(doc, IND + "特此证明。", size=14, indent=False, line=28)
    uline(["附：法定代表人身份证复印件（正反面）"], indent=True)
    empty(doc, 2)
    clauses.append("单位（盖章）：")
    add_par(doc, " " * 28 + "单位（盖章）：", size=14, indent=False, line=32)
    clauses.append("年　　月　　日")
    add_par(doc, " " * 36 + "年　　月　　日", size=14, indent=False, line=32)

    # ---- 附件2 授权委托书
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("授权委托书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    uline(["本授权委托书声明：我＿＿＿＿＿＿（姓名）系＿＿＿＿＿＿＿＿＿＿＿＿（单位名称）的法定代表人，现授权委托＿＿＿＿＿＿（姓名）为我单位代理人，以本单位的名义办理边民互市贸易商品落地加工企业备案事宜。代理人在办理过程中所签署的一切文件和处理与之有关的一切事务，我均予以承认。"], indent=True)
    uline(["代理人无转委托权，特此委托。"], indent=True)
    empty(doc, 1)
    uline(["代理人：", U(5), "　性别：", U(2), "　年龄：", U(2)])
    uline(["身份证号码：", U(12)])
    uline(["联系电话：", U(12)])
    empty(doc, 2)
    for s in ("单位（盖章）：", "法定代表人（签字）："):
        clauses.append(s)
        add_par(doc, " " * 28 + s, size=14, indent=False, line=32)
    clauses.append("年　　月　　日")
    add_par(doc, " " * 36 + "年　　月　　日", size=14, indent=False, line=32)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "霍尔果斯市商务和工业信息化局关于边民互市贸易商品落地加工企业备案有关事项的公告",
            "doc_number": "霍商工信发〔2026〕9号",
            "issuer": ["霍尔果斯市商务和工业信息化局"],
            "date": "2026-04-08",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": "2026-04-08",
            "expires": "2028-04-07",
            "attachments": ["法定代表人身份证明书", "授权委托书"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_sanya(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
