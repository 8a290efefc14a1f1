# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1022: 行政约谈通知书 / 约谈记录 (市商务局, 一带一路资金), Word + PDF + expected.json."""
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
IND = "\u3000\u3000"

expected = {}


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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, underline]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, size, bold, color, ul)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(par, instr, size=14, name=SONG):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = par.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r5 = par.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(table, widths_cm):
    """fixed layout with explicit grid widths (what Word writes)."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    for el in tblpr.findall(qn("w:tblW")):
        tblpr.remove(el)
    total = int(sum(widths_cm) * 567)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tcpr = tc.get_or_add_tcPr()
            for el in tcpr.findall(qn("w:tcW")):
                tcpr.remove(el)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(w * 567))))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1022", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_ningbo_notice():
    """宁波市商务局 行政约谈通知 (红头, 文号, 3-line title, 附件 table)."""
    stem = "blind1022_ningbo_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=HT):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)])

    # 版头
    add_par(doc, [("宁波市商务局", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=0)
    p = add_par(doc, "甬商务约〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for t in ("宁波市商务局关于对宁波恒远", "进出口有限公司进行行政约谈", "的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "宁波恒远进出口有限公司：", indent=False)

    body("根据2025年度宁波市“一带一路”境外市场开拓专项资金专项审计发现的问题线索，经初步核查，你公司在申报和使用该专项资金过程中涉嫌存在虚增境外展会费用、重复申报、挪用资金等违规行为。依据《宁波市商务发展专项资金管理办法》（甬财政发〔2023〕417号）第三十二条和《宁波市商务领域行政约谈工作规程（试行）》有关规定，我局决定对你公司进行行政约谈。现将有关事项通知如下：")
    head("一、约谈事由")
    body("2024年至2025年，你公司先后以参加“2024年哈萨克斯坦（阿拉木图）中国商品展览会”“2025年沙特（利雅得）中国贸易博览会”等5个境外展会名义，申报“一带一路”境外市场开拓专项资金共计186.4万元，已获拨付152.7万元。经核查发现：")
    body("（一）你公司报送的“2025年沙特（利雅得）中国贸易博览会”展位费发票金额与主办方出具的结算单不一致，涉嫌虚增展位费用23.6万元；")
    body("（二）“2024年哈萨克斯坦（阿拉木图）中国商品展览会”项目已获浙江省商务厅省级外经贸发展专项资金支持，你公司在申报市级资金时未如实说明，涉嫌重复申报，涉及金额18万元；")
    body("（三）部分已拨付资金未按规定用于境外市场开拓，其中41.2万元被转入关联企业宁波恒远物流有限公司账户，用于支付国内仓储及运输费用。")
    body("上述涉嫌违规金额合计82.8万元，涉及项目具体情况见附件。")
    runin("二、约谈时间：", "2026年3月18日（星期三）上午9:30。")
    runin("三、约谈地点：", "宁波市商务局（宁波市鄞州区宁穿路2001号行政中心3号楼）1215会议室。")
    head("四、参加人员要求")
    body("1．你公司法定代表人、分管财务负责人及项目经办人员须携带身份证件按时参加，不得委托他人代为参加；确因特殊情况无法参加的，应于约谈前2个工作日书面说明理由。")
    body("2．请于2026年3月16日17:00前将参加约谈人员名单（含姓名、职务、联系电话）加盖公章后报送我局对外贸易处（联系人：陈晓雯，电话：0574-89186327，传真：0574-89186330）。")
    runin("五、请你公司于约谈前准备以下材料：", "专项资金申报材料原件、发票及付款凭证，展位结算单，自查报告。")
    runin("六、有关要求。", "行政约谈不代替行政处罚。对无正当理由拒不参加约谈或约谈后拒不整改的，我局将依法依规采取暂停专项资金申报资格、追回已拨付资金、纳入信用记录等措施；涉嫌违法犯罪的，移送有关部门依法处理。")
    add_par(doc, "附件：宁波恒远进出口有限公司涉嫌违规使用专项资金", first=Pt(32))
    add_par(doc, "\u3000" * 5 + "项目情况表", first=Pt(32))
    empty(doc, 1)
    # 落款 by typed spaces
    add_par(doc, " " * 38 + "宁波市商务局", indent=False)
    add_par(doc, " " * 37 + "2026年3月10日", indent=False)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：市财政局，市审计局，海曙区商务局。", "宁波市商务局办公室", "2026年3月10日印发", gap=1)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("宁波恒远进出口有限公司涉嫌违规使用专项资金", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("项目情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=22)
    top = ["序号", "项目（展会）名称", "举办时间", "资金情况", "资金情况", "资金情况", "核查发现问题"]
    sub = ["序号", "项目（展会）名称", "举办时间", "申报金额", "已拨付金额", "涉嫌违规金额", "核查发现问题"]
    keys = ["序号", "项目（展会）名称", "举办时间", "资金情况／申报金额", "资金情况／已拨付金额",
            "资金情况／涉嫌违规金额", "核查发现问题"]
    rows = [
        ["1", "2024年哈萨克斯坦（阿拉木图）中国商品展览会", "2024年6月", "32.5", "28.0", "18.0",
         "已获省级外经贸发展专项资金支持，重复申报"],
        ["2", "2024年越南（胡志明市）国际工业博览会", "2024年9月", "28.6", "24.3", "15.4",
         "部分资金转入关联企业账户"],
        ["3", "2025年沙特（利雅得）中国贸易博览会", "2025年3月", "52.8", "45.6", "23.6",
         "展位费发票金额与主办方结算单不一致"],
        ["4", "2025年俄罗斯（莫斯科）国际消费品展览会", "2025年9月", "39.7", "31.6", "25.8",
         "部分资金转入关联企业账户"],
        ["5", "2025年乌兹别克斯坦（塔什干）中国商品展", "2025年11月", "32.8", "23.2", "—",
         "暂未发现问题，待进一步核实"],
        ["合计", "—", "—", "186.4", "152.7", "82.8", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [1.1, 5.0, 2.1, 1.6, 1.8, 1.9, 2.9])
    # merges in header
    for ci in (0, 1, 2, 6):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, top[ci], HT, 11)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(m, "资金情况", HT, 11)
    for ci in (3, 4, 5):
        set_cell(t.cell(1, ci), sub[ci], HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 6) and v != "—"
                     else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    note = "注：涉嫌违规金额为初步核查数，最终以专项审计结论为准；第2、4项合计41.2万元系转入宁波恒远物流有限公司账户的资金。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于对宁波恒远进出口有限公司进行行政约谈的通知",
            "doc_number": "甬商务约〔2026〕3号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波恒远进出口有限公司涉嫌违规使用专项资金项目情况表"],
            "doc_type": "通知",
            "recipients": ["宁波恒远进出口有限公司"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_ningbo_record():
    """宁波市商务局 行政约谈记录 (no red head, typed spaces, 第X页共Y页, 签字栏)."""
    stem = "blind1022_ningbo_jilu"
    doc = Document()
    setup(doc, footer="pages")
    clauses = []

    def line(t):  # header info line, no indent
        clauses.append(t)
        add_par(doc, t, indent=False)

    def body(t):  # indent typed as full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], indent=False, before=6)

    p = add_par(doc, [("编号：甬商务约记〔2026〕3号", FS, 14, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    p = add_par(doc, [("宁波市商务局", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政约谈记录"), XBS, 22)
    empty(doc, 1)

    line("时　　间：2026年3月18日9时30分至11时15分")
    line("地　　点：宁波市商务局1215会议室")
    line("约 谈 人：王建军（市商务局副局长）、李　敏（对外贸易处处长）、周海涛（财务审计处副处长）")
    line("被约谈单位：宁波恒远进出口有限公司")
    line("被约谈人：陈国栋(法定代表人)、徐丽萍(财务总监)、吴振宇(外贸业务部经理)")
    line("列席单位：市财政局经济建设处、海曙区商务局")
    line("记 录 人：张　蕾")

    head("约谈内容：")
    body("一、宣布约谈事由。王建军副局长说明本次约谈的依据和事由：根据2025年度宁波市“一带一路”境外市场开拓专项资金专项审计发现的问题线索，市商务局于2026年3月10日向你公司发出《宁波市商务局关于对宁波恒远进出口有限公司进行行政约谈的通知》（甬商务约〔2026〕3号）。本次约谈旨在核实有关情况、督促企业整改，不代替行政处罚。")
    body("二、通报核查情况。李敏处长逐项通报了核查发现的问题：")
    body("（一）“2025年沙特（利雅得）中国贸易博览会”展位费发票金额与主办方结算单不一致，涉嫌虚增展位费用23.6万元；")
    body("（二）“2024年哈萨克斯坦（阿拉木图）中国商品展览会”项目已获省级资金支持，又申报市级资金，涉嫌重复申报18万元；")
    body("（三）41.2万元已拨付资金转入关联企业宁波恒远物流有限公司账户，用于支付国内仓储及运输费用，改变了资金用途。")
    body("以上涉嫌违规金额合计82.8万元。")
    body("三、听取企业陈述。陈国栋、徐丽萍就上述问题逐项作了说明，并提交了自查报告、银行流水及展会结算单等材料。企业对第（一）项、第（三）项问题无异议；对第（二）项问题，企业称省级资金支持的是参展人员差旅费用，市级资金申报的是展位费和展品运输费用，不属于同一费用事项重复申报，但承认申报时未按要求如实说明已获省级资金支持的情况。")
    body("四、提出工作要求。周海涛副处长就专项资金管理有关规定作了解读，强调专项资金必须专款专用，企业是资金使用的第一责任主体，申报材料的真实性、完整性由企业负责。")

    head("企业表态：")
    # two paragraphs typed in one w:p with Shift+Enter
    t1 = "陈国栋代表企业表示：公司对本次约谈指出的问题高度重视，完全接受市商务局的批评和整改要求。问题的发生暴露出公司内部财务管理不规范、对专项资金政策学习不够等问题，公司负有主体责任。"
    t2 = "公司将立即成立由法定代表人任组长的整改工作小组，对涉嫌违规资金逐笔清理，按要求退回违规资金，并举一反三完善内部管理制度，确保按期完成整改。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])

    head("整改要求：")
    body("（一）立即停止违规行为，对涉嫌违规的82.8万元专项资金逐笔说明用途；经核实确属违规的，在整改期限内全额退回市财政。")
    body("（二）对照《宁波市商务发展专项资金管理办法》全面开展自查，重点核查2023年以来申报的各类商务专项资金，形成书面自查报告。")
    body("（三）健全企业内部财务管理和专项资金使用台账制度，明确专人负责，确保专款专用。")
    body("（四）整改期间，暂停你公司申报市级商务专项资金资格。")
    p = add_par(doc, [(IND, FS, 16, False), ("整改期限：", HT, 16, False),
                      ("自约谈之日起30日内，即2026年4月17日前完成整改，并向市商务局对外贸易处报送整改情况书面报告（加盖公章）。逾期未整改或整改不到位的，市商务局将依法依规追回已拨付资金，取消你公司三年内申报市级商务专项资金资格，并将相关情况推送至市公共信用信息平台。", FS, 16, False)],
                indent=False)
    clauses.append("整改期限：自约谈之日起30日内，即2026年4月17日前完成整改，并向市商务局对外贸易处报送整改情况书面报告（加盖公章）。逾期未整改或整改不到位的，市商务局将依法依规追回已拨付资金，取消你公司三年内申报市级商务专项资金资格，并将相关情况推送至市公共信用信息平台。")
    body("以上记录已交被约谈人阅看，确认无误。")
    empty(doc, 2)
    # 签字栏 aligned with tabs (not clauses)
    for left, right in (("约谈人（签字）：", "被约谈人（签字）："),
                        ("", ""),
                        ("记录人（签字）：", "被约谈单位（盖章）"),
                        ("\u3000\u3000年　　月　　日", "\u3000\u3000年　　月　　日")):
        p = add_par(doc, [(left, FS, 16, False), ("\t", FS, 16, False),
                          (right, FS, 16, False)], indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局行政约谈记录",
            "doc_number": "甬商务约记〔2026〕3号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "记录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """厦门: 约谈通知书 (form table) + 约谈记录, two documents in one file."""
    stem = "blind1022_xiamen_yuetan"
    doc = Document()
    setup(doc)

    # ---------------- C1 约谈通知书
    c1 = []
    add_par(doc, [("厦门市商务局", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    add_par(doc, [("约 谈 通 知 书", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, "厦商务约字〔2026〕第7号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    form = [
        ("被约谈单位", "厦门海晟供应链管理有限公司"),
        ("统一社会信用代码", "91350211MA8T2K6Q4R"),
        ("约谈事由", "你单位在申报和使用2025年度厦门市“丝路海运”航线培育及海铁联运扶持资金过程中，存在以未实际开行的海铁联运班列订舱单据申报运费补贴、将补贴资金用于偿还企业借款等问题，涉及金额64.35万元，违反《厦门市“丝路海运”发展扶持资金管理办法》第十八条、第二十一条规定。"),
        ("约谈时间", "2026年4月9日（星期四）下午3:00"),
        ("约谈地点", "厦门市商务局8楼第二会议室（思明区湖滨北路61号）"),
        ("参加人员要求", "法定代表人或主要负责人须本人参加，并由财务负责人、业务经办人陪同；参加人员须携带身份证件和本通知书，提前15分钟到达。"),
        ("需提交材料", "扶持资金申报材料、订舱单据及提单、运费结算凭证、资金使用明细账及情况说明（加盖公章）一式两份。"),
        ("联系人及电话", "对外贸易处　林志斌　0592-2855316"),
    ]
    t = doc.add_table(rows=len(form), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [3.8, 11.8])
    for ri, (k, v) in enumerate(form):
        set_cell(t.cell(ri, 0), k, HT, 12)
        set_cell(t.cell(ri, 1), v, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        c1.append("%s：%s" % (k, v))
    empty(doc, 1, line=14)
    t1 = "请你单位按时参加约谈。无正当理由拒不参加约谈的，我局将暂停你单位各类商务扶持资金申报资格，并依法依规追回已拨付资金；情节严重的，纳入失信记录并移交有关部门处理。"
    add_par(doc, IND + t1, indent=False)
    c1.append(t1)
    add_par(doc, "厦门市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "二〇二六年四月二日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(32)

    expected[stem] = [{
        "meta": {
            "title": "约谈通知书",
            "doc_number": "厦商务约字〔2026〕第7号",
            "issuer": ["厦门市商务局"],
            "date": "2026-04-02",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["厦门海晟供应链管理有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c1,
    }]

    # ---------------- C2 约谈记录 on a new page
    c2 = []
    p = add_par(doc, [("厦门市商务局约谈记录", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def field(label, value):
        c2.append(label + value)
        add_par(doc, [(label, HT, 15, False), (value, FS, 15, False, None, True)],
                indent=False, line=30)

    field("时间：", "2026年4月9日15:00—16:40")
    field("地点：", "厦门市商务局8楼第二会议室")
    field("约谈人：", "厦门市商务局对外贸易处处长郑文华、副处长林志斌")
    field("被约谈人：", "厦门海晟供应链管理有限公司总经理黄志明、财务经理蔡淑芬")
    field("记录人：", "对外贸易处四级主任科员许嘉琪")

    def body(t, h=None):
        c2.append((h or "") + t)
        runs = [(IND, FS, 16, False)]
        if h:
            runs.append((h, HT, 16, False))
        runs.append((t, FS, 16, False))
        add_par(doc, runs, indent=False)

    add_par(doc, [(IND + "约谈内容", HT, 16, False)], indent=False, before=6)
    body("一、郑文华处长通报了约谈事由。经对2025年度“丝路海运”航线培育及海铁联运扶持资金拨付情况开展抽查，发现该公司申报的23个批次海铁联运中有9个批次未实际开行，相关订舱单据系货代公司出具的预订舱单，据此多申领运费补贴38.6万元；另有25.75万元补贴资金到账后用于偿还企业短期借款，未用于航线培育和海铁联运业务。")
    body("二、林志斌副处长宣读了《厦门市“丝路海运”发展扶持资金管理办法》相关条款，要求企业对照问题逐项说明情况。")
    body("三、黄志明总经理对有关情况作了说明。企业承认9个批次因境外收货方取消订单未能开行，但未及时向主管部门报告并撤回申报；补贴资金用于偿还借款系公司资金调度不规范所致。")
    body("公司诚恳接受约谈，对存在的问题没有异议，将严格按照整改要求退回违规资金，规范补贴申报和资金使用管理，今后不再发生类似问题。", "企业表态：")
    add_par(doc, [(IND + "整改要求", HT, 16, False)], indent=False, before=6)
    body("1.于2026年4月30日前将多申领的38.6万元运费补贴退回市财政指定账户。")
    body("2.对改变用途的25.75万元补贴资金，于2026年5月8日前补足至专项资金账户并按规定用于海铁联运业务，或予以退回。")
    body("3.建立扶持资金申报复核和台账管理制度，对2024年以来申报的各类商务扶持资金开展全面自查。")
    body("2026年5月8日前向市商务局对外贸易处书面报送整改报告。整改完成前，暂停该公司商务领域扶持资金申报资格。", "整改期限：")
    empty(doc, 2)
    for left, right in (("约谈人签字：", "被约谈人签字："),
                        ("", ""),
                        ("日期：", "日期：")):
        p = add_par(doc, [(IND + left, FS, 16, False), ("\t", FS, 16, False),
                          (right, FS, 16, False)], indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))

    expected[stem].append({
        "meta": {
            "title": "厦门市商务局约谈记录",
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2026-04-09",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "记录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    paths = [doc_ningbo_notice(), doc_ningbo_record(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
