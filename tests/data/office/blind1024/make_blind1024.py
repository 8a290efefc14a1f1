# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1024: 省商务厅“一带一路”重点境外项目申报通知（嵌套编号附件1-1、1-2、2、3-1），
Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def setup(doc, dash="— ", dash2=" —"):
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
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    """set column widths in tblGrid (what LibreOffice reads) and in every cell."""
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for ri, row in enumerate(table.rows):
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(cms[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s w:w="0" w:type="dxa"/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def grid_table(doc, header, rows, cms, clauses, hsize=12, size=11, lefts=()):
    """header row + data rows; every data row with text becomes a clause."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, hsize)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=L if ci in lefts else C)
        if any(v for v in row):
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, cms)
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def att_head(doc, no, title_lines, break_before=True):
    """附件X-X on its own page, top left in 黑体, then the title."""
    p = add_par(doc, [(no, HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = break_before
    empty(doc, 1)
    for tl in title_lines:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1024", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 浙江省财政厅 联合行文，标准文件式，附件在版记之前。"""
    stem = "blind1024_zhejiang_lianhe"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: two organ names stacked, “文件” to the right spanning both
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "浙江省商务厅", XBS, 34, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=46)
    set_cell(t.cell(1, 0), "浙江省财政厅", XBS, 34, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 42, align=C, color=RED, line=50)
    widths(t, [10.0, 4.2])
    empty(doc, 2)
    p = add_par(doc, "浙商务联发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tl in ["浙江省商务厅 浙江省财政厅关于组织申报",
               "2026年度“一带一路”重点境外项目",
               "支持资金的通知"]:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局、财政局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，支持我省企业稳妥有序开展境外投资和对外承包工程，推动境外经贸合作区和重点境外项目提质增效，根据《浙江省商务发展专项资金管理办法》（浙财企〔2024〕21号）有关规定，现就组织申报2026年度“一带一路”重点境外项目支持资金有关事项通知如下：")
    head("一、支持对象和范围")
    runin("（一）支持对象。", "在我省依法注册、具有独立法人资格的企业，在共建“一带一路”国家和地区开展境外投资、对外承包工程或境外经贸合作区建设，且项目已按规定完成核准或备案手续。")
    runin("（二）支持范围。", "2025年1月1日至2025年12月31日期间实际发生的以下费用：")
    body("1．境外投资项目前期费用，包括法律、技术、商务咨询及可行性研究报告编制费用；")
    body("2．对外承包工程项目投标保函、履约保函手续费和出口信用保险保费；")
    body("3．境外经贸合作区基础设施建设、公共服务平台建设及入区企业服务费用；")
    body("4．境外项目人员安全培训、安保服务及境外突发事件应急处置费用。")
    head("二、支持标准")
    body("按照“突出重点、注重绩效、总量控制”的原则，对符合条件的项目按以下标准予以支持，单个企业年度支持总额不超过300万元：")
    grid_table(doc, ["序号", "支持事项", "支持比例", "单个项目支持上限（万元）"], [
        ["1", "境外投资项目前期费用", "不超过实际发生额的50%", "100"],
        ["2", "对外承包工程保函手续费及出口信用保险保费", "不超过实际发生额的30%", "150"],
        ["3", "境外经贸合作区建设", "不超过实际投入的20%", "300"],
        ["4", "境外安全培训及应急处置", "不超过实际发生额的50%", "50"],
    ], [1.4, 6.2, 4.6, 3.4], clauses, lefts=(1,))
    p = add_par(doc, [("注：同一项目已获得中央外经贸发展专项资金支持的，不得重复申报。", FS, 14, False)],
                line=24, before=4)
    clauses.append("注：同一项目已获得中央外经贸发展专项资金支持的，不得重复申报。")
    head("三、申报条件")
    body("申报企业应同时符合以下条件：")
    body("1．2025年度已在商务部“走出去”公共服务平台按时报送境外投资或对外承包工程业务统计数据；")
    body("2．近三年无重大安全生产事故、无严重违法失信行为，未被列入失信被执行人名单；")
    body("3．境外项目遵守东道国法律法规，尊重当地风俗习惯，积极履行社会责任，未发生造成不良影响的事件；")
    body("4．申报材料真实、完整、有效。")
    head("四、申报程序")
    runin("（一）企业申报。", "符合条件的企业登录“浙江省商务综合管理应用”在线填报附件1-1、附件1-2，并上传相关证明材料，同时将纸质材料一式两份报送所在地设区市商务局。")
    runin("（二）市级审核。", "各设区市商务局会同同级财政局对企业申报材料进行审核，重点审核项目真实性、费用合规性，按照附件3-1格式填写汇总表，于2026年4月30日前将正式文件（含汇总表）报送省商务厅。")
    runin("（三）省级评审。", "省商务厅会同省财政厅委托第三方机构开展评审，评审结果在省商务厅门户网站公示5个工作日，公示无异议后按程序下达资金。")
    head("五、工作要求")
    runin("（一）压实审核责任。", "各地要严格按照申报指南（附件2）要求做好审核把关，对申报材料的真实性、合规性负责，不得将不符合条件的项目推荐上报。")
    runin("（二）加强绩效管理。", "资金使用单位应当按照全面实施预算绩效管理的要求设定绩效目标、开展绩效自评，省商务厅、省财政厅将对资金使用情况进行抽查。")
    runin("（三）严肃财经纪律。", "对弄虚作假、虚报冒领、骗取专项资金的，一经查实，收回已拨付资金，三年内取消申报资格，并依法依规追究相关责任。")
    body("联系人：省商务厅对外投资和经济合作处 陈晓东，电话：0571-87701236；省财政厅企业处 吴佳宁，电话：0571-87058143。")
    empty(doc, 1)
    # 附件 list: first line after “附件：”, the rest hanging-indented under the numbers
    atts = [("1-1．", "2026年度“一带一路”重点境外项目支持资金申报表"),
            ("1-2．", "申报企业信用承诺书"),
            ("2．", "2026年度“一带一路”重点境外项目支持资金申报指南"),
            ("3-1．", "2026年度“一带一路”重点境外项目支持资金申报汇总表")]
    for i, (n, tt) in enumerate(atts):
        p = add_par(doc, ("附件：" if i == 0 else "") + n + tt, indent=False)
        p.paragraph_format.left_indent = Pt(32 + 48 + 48)
        p.paragraph_format.first_line_indent = Pt(-48 if i else -96)
    empty(doc, 3)
    # joint 落款 typed with spaces, date right-aligned
    add_par(doc, "\u3000\u3000\u3000浙江省商务厅\u3000\u3000\u3000\u3000\u3000\u3000浙江省财政厅",
            indent=False)
    p = add_par(doc, "2026年3月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1-1 申报表
    att_head(doc, "附件1-1", ["2026年度“一带一路”重点境外项目", "支持资金申报表"])
    hdr = ["类别", "填报项目", "填报说明"]
    rows = [
        ("企业基本情况", "企业名称", "与营业执照名称一致"),
        ("企业基本情况", "统一社会信用代码", "18位，与营业执照一致"),
        ("企业基本情况", "所在地", "填写至县（市、区）"),
        ("境外项目情况", "项目名称", "与《企业境外投资证书》或项目备案回执一致"),
        ("境外项目情况", "项目所在国家（地区）", "须为共建“一带一路”国家和地区"),
        ("境外项目情况", "中方协议投资额（万美元）", "保留两位小数"),
        ("境外项目情况", "2025年实际发生费用（万元）", "按支持事项分项填列，附发票或支付凭证"),
        ("申报情况", "申请支持金额（万元）", "不超过通知规定的支持上限"),
        ("申报情况", "市级审核意见", "由设区市商务局、财政局填写并加盖公章"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14, line=26)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[1], r[1], FS, 14, line=26)
        set_cell(t.rows[ri].cells[2], r[2], FS, 14, align=L, line=26)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    # vertically merged 类别 cells
    for a, b, txt in [(1, 3, "企业基本情况"), (4, 7, "境外项目情况"), (8, 9, "申报情况")]:
        mc = t.cell(a, 0).merge(t.cell(b, 0))
        set_cell(mc, txt, FS, 14, line=26)
    widths(t, [3.0, 5.6, 7.0])

    # ---- 附件1-2 信用承诺书
    att_head(doc, "附件1-2", ["申报企业信用承诺书"])
    body("本企业自愿申报2026年度“一带一路”重点境外项目支持资金，现郑重承诺如下：")
    body("1．所提交的申报材料真实、准确、完整，不存在虚假记载、误导性陈述或重大遗漏；")
    body("2．申报项目及费用未获得其他省级财政资金重复支持；")
    body("3．严格遵守国家境外投资管理和对外承包工程管理有关规定，依法合规开展境外经营；")
    body("4．自觉接受商务、财政部门的监督检查和绩效评价，如有违反，愿意承担相应法律责任。")
    empty(doc, 2)
    for s in ["法定代表人（签字）：", "企业名称（盖章）：", "年\u3000\u3000月\u3000\u3000日"]:
        p = add_par(doc, s, indent=False)
        p.paragraph_format.left_indent = Pt(16 * 13)

    # ---- 附件2 申报指南
    att_head(doc, "附件2", ["2026年度“一带一路”重点境外项目", "支持资金申报指南"])
    runin("一、申报时间。", "系统填报时间为2026年3月20日9:00至4月20日17:00，逾期系统自动关闭，不再受理。")
    head("二、申报材料")
    body("1．申报表（附件1-1）及信用承诺书（附件1-2），须加盖企业公章；")
    body("2．营业执照复印件，《企业境外投资证书》或对外承包工程项目备案回执复印件；")
    body("3．2025年度费用支付凭证、发票及合同复印件，以外币支付的按支付当日中国人民银行公布的人民币汇率中间价折算；")
    body("4．项目所在国使领馆经商处（室）出具的项目情况说明或其他佐证材料（如有）。")
    head("三、费用认定口径")
    body("（一）前期费用以2025年度实际支付且与境外项目直接相关的费用为限，企业内部人员差旅费、招待费不予认定。")
    body("（二）保函手续费和出口信用保险保费以银行、保险机构出具的收费凭证为准。")
    body("（三）境外经贸合作区投入以会计师事务所出具的专项审计报告确认数为准。")
    runin("四、其他事项。", "申报企业对申报材料的真实性负责，同一项目只能选择一个支持事项申报。")

    # ---- 附件3-1 汇总表 (blank template)
    att_head(doc, "附件3-1", ["2026年度“一带一路”重点境外项目", "支持资金申报汇总表"])
    add_par(doc, [("填报单位：\u3000\u3000\u3000\u3000市商务局、财政局（盖章）", FS, 14, False),
                  ("\u3000" * 5 + "单位：万元", FS, 14, False)], indent=False)
    hdr = ["序号", "企业名称", "项目名称", "所在国家（地区）", "支持事项", "实际发生额",
           "申请支持金额", "市级审核金额"]
    grid_table(doc, hdr, [[""] * 8 for _ in range(5)],
               [1.0, 2.4, 2.4, 1.9, 2.0, 1.9, 2.0, 2.0], clauses, hsize=11)
    p = add_par(doc, [("注：1．本表由设区市商务局汇总填报，按申请支持金额从高到低排序。", FS, 14, False)],
                indent=False, line=24, before=6)
    clauses.append("注：1．本表由设区市商务局汇总填报，按申请支持金额从高到低排序。")
    p = add_par(doc, [("2．“支持事项”按通知第一条第（二）项所列四类费用填写。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(28)
    clauses.append("2．“支持事项”按通知第一条第（二）项所列四类费用填写。")

    banji(doc, "抄送：商务部对外投资和经济合作司，财政部浙江监管局。",
          "浙江省商务厅办公室", "2026年3月17日印发", gap=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅 浙江省财政厅关于组织申报2026年度“一带一路”重点境外项目支持资金的通知",
            "doc_number": "浙商务联发〔2026〕18号",
            "issuer": ["浙江省商务厅", "浙江省财政厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [a[1] for a in atts],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市财政局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """四川省商务厅文件，加急；Word自动编号；软回车；版记在附件之前；附件2含续表。"""
    stem = "blind1024_sichuan_ruku"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("000073", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("加急", HT, 16, False)], indent=False, line=24)
    empty(doc, 1)
    add_par(doc, [("四川省商务厅文件", XBS, 48, False, RED)], align=C, indent=False, line=64)
    empty(doc, 1)
    p = add_par(doc, "川商合〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅关于做好2026年度“一带一路”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点境外项目入库及支持资金申报工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    item_no = [0]

    def auto_item(h, t):
        item_no[0] += 1
        clauses.append("（%s）%s%s" % (CN[item_no[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为贯彻落实省委、省政府关于深度融入共建“一带一路”、推动更高水平对外开放的部署要求，加快培育一批具有示范带动作用的重点境外项目，根据《四川省省级外经贸发展专项资金管理办法》（川财规〔2024〕5号），省商务厅决定开展2026年度“一带一路”重点境外项目入库及支持资金申报工作。现将有关事项通知如下：")
    head("入库范围")
    body("在四川省内注册的企业在共建“一带一路”国家和地区实施的以下项目，可申请纳入省级重点境外项目库：")
    runin("（一）境外投资项目。", "中方协议投资额1000万美元以上、2025年度实际投资额300万美元以上的绿地投资、并购及增资项目。")
    runin("（二）对外承包工程项目。", "合同金额5000万美元以上，采用投建营一体化等模式实施，带动国产设备、材料和技术标准出口的项目。")
    runin("（三）境外经贸合作区项目。", "经商务部确认考核或省商务厅认定的境外经贸合作区，2025年度新增入区企业5家以上。")
    head("支持方式")
    # one paragraph, items separated by Shift+Enter
    lines = ["入库项目按照“分类支持、动态管理”原则给予支持：",
             "1.境外投资项目，按2025年度实际投资额的1%给予贴息，单个项目最高不超过200万元；",
             "2.对外承包工程项目，按投标、履约保函手续费的50%给予补助，单个项目最高不超过100万元；",
             "3.境外经贸合作区项目，按区内公共服务平台建设投入的20%给予补助，单个合作区最高不超过300万元。"]
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND + ln), FS, 16)
        else:
            font(p.add_run(ln), FS, 16)
        clauses.append(ln)
    fmt(p)
    head("申报程序和时间")
    auto_item("企业申报。", "申报企业于2026年4月10日至5月10日登录“四川省商务厅业务系统”填报入库申请，按附件1-1要求准备申报材料，报送所在市（州）商务主管部门；省属企业直接报送省商务厅。")
    auto_item("市（州）初审。", "各市（州）商务主管部门对申报材料进行初审，填写《重点境外项目入库汇总表》（附件3-1），于2026年5月20日前报送省商务厅对外投资和经济合作处。")
    auto_item("专家评审和公示。", "省商务厅组织专家对申报项目进行评审，拟入库项目名单在省商务厅网站公示7天。")
    head("有关要求")
    body("各市（州）商务主管部门要高度重视，加强政策宣传解读，指导企业按照申报指南（附件2）规范申报。入库项目实行动态管理，项目存续期间发生重大变更或出现重大安全事故、重大违法违规行为的，取消入库资格并收回已拨付资金。")
    body("联系人：省商务厅对外投资和经济合作处　李思远　028-83225617")
    empty(doc, 1)
    # 附件 list aligned with typed full-width spaces
    atts = [("1-1．", "重点境外项目入库申报材料清单"),
            ("1-2．", "重点境外项目年度绩效目标表"),
            ("2．", "2026年度“一带一路”重点境外项目入库及支持资金申报指南"),
            ("3-1．", "重点境外项目入库汇总表")]
    for i, (n, tt) in enumerate(atts):
        pre = IND + ("附件：" if i == 0 else "\u3000\u3000\u3000")
        add_par(doc, pre + n + tt, indent=False)
    empty(doc, 3)
    p = add_par(doc, "四川省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月三日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部对外投资和经济合作司，省财政厅，省发展改革委。",
          "四川省商务厅办公室", "2026年4月3日印发")

    # ---- 附件1-1 材料清单 (explicit page break paragraph, not page_break_before)
    page_break(doc)
    att_head(doc, "附件1-1", ["重点境外项目入库申报材料清单"], break_before=False)
    grid_table(doc, ["序号", "材料名称", "要求", "份数"], [
        ["1", "重点境外项目入库申请书", "按申报系统模板填写，加盖企业公章", "2"],
        ["2", "营业执照复印件", "加盖企业公章", "1"],
        ["3", "《企业境外投资证书》或对外承包工程项目备案回执", "复印件，加盖企业公章", "1"],
        ["4", "项目合同或投资协议", "外文材料须附中文译本", "1"],
        ["5", "2025年度项目投资额或保函手续费支付凭证", "银行出具，加盖业务章", "1"],
        ["6", "重点境外项目年度绩效目标表", "按附件1-2格式填写", "1"],
    ], [1.4, 6.4, 6.0, 1.6], clauses, hsize=14, size=13, lefts=(1, 2))

    # ---- 附件1-2 绩效目标表 with merged 一级指标
    page_break(doc)
    att_head(doc, "附件1-2", ["重点境外项目年度绩效目标表"], break_before=False)
    hdr = ["一级指标", "二级指标", "三级指标", "指标说明"]
    rows = [
        ("产出指标", "数量指标", "年度实际投资额（万美元）", "以银行汇出凭证为准"),
        ("产出指标", "数量指标", "带动设备和材料出口额（万美元）", "以海关出口报关单为准"),
        ("产出指标", "时效指标", "项目建设进度", "与合同约定节点对比"),
        ("效益指标", "经济效益", "境外项目营业收入（万美元）", "以项目年度财务报表为准"),
        ("效益指标", "社会效益", "雇用当地员工人数（人）", "年末在岗人数"),
        ("满意度指标", "服务对象满意度", "东道国合作方满意度", "以合作方书面评价为准"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14, line=24)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci in (2, 3):
            set_cell(t.rows[ri].cells[ci], r[ci], FS, 13, align=L, line=24)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    set_cell(t.cell(6, 1), rows[5][1], FS, 13, line=24)
    set_cell(t.cell(5, 1), rows[4][1], FS, 13, line=24)
    set_cell(t.cell(4, 1), rows[3][1], FS, 13, line=24)
    set_cell(t.cell(3, 1), rows[2][1], FS, 13, line=24)
    set_cell(t.cell(1, 1).merge(t.cell(2, 1)), "数量指标", FS, 13, line=24)
    set_cell(t.cell(1, 0).merge(t.cell(3, 0)), "产出指标", FS, 13, line=24)
    set_cell(t.cell(4, 0).merge(t.cell(5, 0)), "效益指标", FS, 13, line=24)
    set_cell(t.cell(6, 0), "满意度指标", FS, 13, line=24)
    widths(t, [2.6, 3.0, 5.4, 4.6])
    p = add_par(doc, [("填报单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"
                       "填报日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日", FS, 13, False)],
                indent=False, before=8)

    # ---- 附件2 申报指南 with a table split by hand (续表)
    page_break(doc)
    att_head(doc, "附件2", ["2026年度“一带一路”重点境外项目", "入库及支持资金申报指南"],
             break_before=False)
    head2 = lambda t: add_par(doc, [(t, HT, 16, False)])
    head2("一、申报主体")
    body("在四川省内依法注册、具有独立法人资格的企业，资产状况良好，近三年无严重失信记录，已在商务部“走出去”公共服务平台按规定报送统计数据。")
    head2("二、重点国别和领域")
    body("优先支持在以下国别（地区）和领域实施的项目：")
    add_par(doc, [("表1\u3000重点支持国别（地区）和领域", HT, 14, False)], align=C, indent=False)
    hdr = ["序号", "区域", "重点国别（地区）", "重点领域"]
    part1 = [
        ["1", "东南亚", "越南、老挝、柬埔寨、泰国、印度尼西亚", "电子信息、纺织服装、农产品加工"],
        ["2", "南亚", "巴基斯坦、孟加拉国、斯里兰卡", "电力能源、基础设施建设"],
        ["3", "中亚", "哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦", "农业合作、矿产资源、物流枢纽"],
        ["4", "西亚北非", "沙特阿拉伯、阿联酋、埃及", "新能源、石油化工、产业园区"],
    ]
    part2 = [
        ["5", "中东欧", "匈牙利、塞尔维亚、波兰", "汽车零部件、装备制造、物流仓储"],
        ["6", "非洲", "埃塞俄比亚、肯尼亚、尼日利亚", "基础设施建设、农业、轻工制造"],
        ["7", "拉丁美洲", "巴西、墨西哥、智利", "新能源汽车、锂电材料、农业"],
    ]
    grid_table(doc, hdr, part1, [1.2, 2.4, 6.0, 6.0], clauses, hsize=13, size=13, lefts=(2, 3))
    p = page_break(doc)
    add_par(doc, [("续表1", HT, 14, False)], indent=False)
    grid_table(doc, hdr, part2, [1.2, 2.4, 6.0, 6.0], clauses, hsize=13, size=13, lefts=(2, 3))
    empty(doc, 1)
    head2("三、评审标准")
    body("专家评审按照项目规模（30分）、带动效应（30分）、风险防控（20分）、社会责任（20分）进行量化打分，得分70分以上的项目纳入省级重点境外项目库。")
    head2("四、其他事项")
    body("入库有效期为三年。入库项目须于每年1月31日前报送上一年度项目进展情况，未按时报送的，视为自动放弃入库资格。")

    # ---- 附件3-1 汇总表
    page_break(doc)
    att_head(doc, "附件3-1", ["重点境外项目入库汇总表"], break_before=False)
    add_par(doc, [("（单位：万美元）", KT, 14, False)], align=R, indent=False)
    grid_table(doc, ["序号", "企业名称", "项目名称", "所在国别（地区）", "项目类型", "协议投资额或合同额",
                     "2025年实际投资额", "初审意见"],
               [[""] * 8 for _ in range(6)],
               [1.0, 2.4, 2.4, 1.9, 1.8, 2.1, 2.0, 2.0], clauses, hsize=11)
    p = add_par(doc, [("说明：项目类型填写“境外投资”“对外承包工程”或“境外经贸合作区”。", FS, 13, False)],
                indent=False, before=6, line=24)
    clauses.append("说明：项目类型填写“境外投资”“对外承包工程”或“境外经贸合作区”。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于做好2026年度“一带一路”重点境外项目入库及支持资金申报工作的通知",
            "doc_number": "川商合〔2026〕7号",
            "issuer": ["四川省商务厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [a[1] for a in atts],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    """广西壮族自治区商务厅 信函式；空格缩进；全半角标点混用；正文含两级表头名额分配表；
    附件列表用软回车+制表符；附件3-1横向页面。"""
    stem = "blind1024_guangxi_xinhan"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("广西壮族自治区商务厅", XBS, 36, False, RED)], align=C, indent=False,
            line=50, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1, val="thickThinSmallGap")
    p = add_par(doc, "桂商外经函〔2026〕23号", align=R, indent=False, before=6)
    empty(doc, 1)
    for tl in ["广西壮族自治区商务厅关于开展2026年度",
               "自治区“一带一路”重点境外项目支持资金",
               "申报工作的通知"]:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为深化与东盟国家经贸合作，推动我区企业高质量“走出去”，根据《广西壮族自治区商务发展专项资金管理办法》和2026年度自治区商务发展专项资金安排计划，现组织开展2026年度自治区“一带一路”重点境外项目支持资金申报工作，有关事项通知如下。")
    head("一、支持重点")
    body("重点支持我区企业在东盟国家及其他共建“一带一路”国家开展的以下项目:")
    body("(一)中国·印度尼西亚经贸合作区、马中关丹产业园区等境外园区基础设施和公共服务平台建设项目;")
    body("（二）依托西部陆海新通道开展的境外物流枢纽、海外仓、跨境产业链合作项目；")
    body("（三）在东盟国家开展的农业、糖业、林浆纸、有色金属等领域产能合作项目；")
    body("（四）带动广西机电产品、技术和标准“走出去”的对外承包工程项目。")
    head("二、名额分配")
    body("根据各设区市2025年度对外投资和经济合作业务规模，确定各设区市推荐名额如下（自贸试验区各片区推荐项目计入所在设区市名额）：")
    add_par(doc, [("2026年度各设区市推荐名额分配表", KT, 15, True)], align=C, indent=False,
            before=6)
    quota = [("南宁市", 6, 4, 1), ("柳州市", 4, 3, 0), ("桂林市", 3, 2, 0), ("梧州市", 2, 1, 0),
             ("北海市", 2, 1, 0), ("防城港市", 2, 1, 1), ("钦州市", 3, 2, 1), ("贵港市", 1, 1, 0),
             ("玉林市", 2, 1, 0), ("百色市", 2, 1, 0), ("贺州市", 1, 1, 0), ("河池市", 1, 1, 0),
             ("来宾市", 1, 1, 0), ("崇左市", 2, 1, 1)]
    t = doc.add_table(rows=2 + len(quota) + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "设区市", HT, 12)
    set_cell(t.cell(0, 1).merge(t.cell(0, 3)), "推荐名额（个）", HT, 12)
    set_cell(t.cell(0, 4).merge(t.cell(1, 4)), "小计（个）", HT, 12)
    subs = ["境外投资类", "对外承包工程类", "境外经贸合作区类"]
    for i, s in enumerate(subs):
        set_cell(t.cell(1, 1 + i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["设区市"] + ["推荐名额（个）／" + s for s in subs] + ["小计（个）"]
    tot = [0, 0, 0]
    for ri, (city, a, b, c) in enumerate(quota, 2):
        vals = [city, str(a), str(b), str(c), str(a + b + c)]
        for ci, v in enumerate(vals):
            set_cell(t.cell(ri, ci), v, FS, 12, line=18)
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
    vals = ["合计", str(tot[0]), str(tot[1]), str(tot[2]), str(sum(tot))]
    for ci, v in enumerate(vals):
        set_cell(t.cell(len(quota) + 2, ci), v, HT if ci == 0 else FS, 12, line=18)
    clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
    widths(t, [3.0, 3.0, 3.4, 3.6, 2.6])
    p = add_par(doc, [(IND + "注：推荐名额不得跨类别调剂使用；确无符合条件项目的，可空缺。", FS, 14, False)],
                indent=False, line=24, before=4)
    clauses.append("注：推荐名额不得跨类别调剂使用；确无符合条件项目的，可空缺。")
    head("三、申报材料")
    body("申报单位按照《项目申报书编写提纲》（附件1-1）编制项目申报书，并提交以下材料：")
    body("1．项目申报书及申报材料真实性承诺书（附件1-2）；")
    body("2．企业境外投资备案（核准）文件或对外承包工程项目相关合同；")
    body("3．2025年度项目投资或建设进度相关证明材料。")
    head("四、时间安排")
    body("各设区市商务局于2026年6月15日前将推荐文件、《推荐项目汇总表》（附件3-1）及申报材料电子版报送自治区商务厅对外投资和经济合作处，逾期不予受理。申报指南详见附件2。")
    body("联系人：韦振华，联系电话:0771-2211836，电子邮箱：gxswt_dwtz@163.com")
    empty(doc, 1)
    # 附件 list: ONE paragraph, Shift+Enter between items, tab to align
    atts = [("1-1.", "项目申报书编写提纲"),
            ("1-2.", "申报材料真实性承诺书"),
            ("2.", "2026年度自治区“一带一路”重点境外项目支持资金申报指南"),
            ("3-1.", "2026年度自治区“一带一路”重点境外项目推荐项目汇总表")]
    p = doc.add_paragraph()
    for i, (n, tt) in enumerate(atts):
        if i == 0:
            font(p.add_run(IND + "附件："), FS, 16)
        else:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run("\t"), FS, 16)
        font(p.add_run(n + tt), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(80))
    empty(doc, 3)
    add_par(doc, " " * 30 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, " " * 34 + "2026年5月8日", indent=False)
    empty(doc, 1)
    add_par(doc, "抄送：自治区财政厅，商务部驻南宁特派员办事处。", indent=False)

    # ---- 附件1-1 提纲
    att_head(doc, "附件1-1", ["项目申报书编写提纲"])
    for h, t in [
        ("一、申报单位基本情况。", "包括企业名称、注册地、股权结构、主营业务、2025年度经营情况及境外业务布局等。"),
        ("二、项目基本情况。", "包括项目所在国别（地区）、建设内容、投资规模、资金来源、建设进度及境内外审批（备案）情况等。"),
        ("三、项目实施成效。", "包括项目带动我区产品、技术、标准和服务出口，促进东道国经济社会发展，以及履行社会责任等方面的情况。"),
        ("四、风险防控措施。", "包括项目面临的政治、安全、汇率、合规等风险及应对措施。"),
        ("五、申请支持金额及测算依据。", "列明申请支持事项、金额及计算过程，并附相关凭证清单。"),
    ]:
        clauses.append(h + t)
        add_par(doc, [(IND + h, HT, 16, False), (t, FS, 16, False)], indent=False)

    # ---- 附件1-2 承诺书
    att_head(doc, "附件1-2", ["申报材料真实性承诺书"])
    body("本单位申报2026年度自治区“一带一路”重点境外项目支持资金，所提交的全部材料真实、准确、完整，不存在虚报、瞒报、重复申报等情况。如有不实，本单位愿意承担由此产生的一切法律责任，并按规定退回已获得的支持资金。")
    empty(doc, 3)
    for s in ["申报单位（盖章）：", "法定代表人（签字）：", "年\u3000\u3000月\u3000\u3000日"]:
        add_par(doc, " " * 26 + s, indent=False)

    # ---- 附件2 申报指南
    att_head(doc, "附件2", ["2026年度自治区“一带一路”重点境外项目", "支持资金申报指南"])
    body("一、申报主体。在广西壮族自治区境内依法注册登记、具有独立法人资格的企业，2025年度无严重失信记录。")
    body("二、支持方式。采取事后补助方式，对符合条件的项目按照实际投入的一定比例给予补助，单个企业补助金额最高不超过200万元。")
    body("三、审核重点。各设区市商务局重点审核以下内容：")
    body("（一）项目是否已按规定办理境外投资备案（核准）手续；")
    body("（二）费用支出是否真实、合理，是否与项目直接相关；")
    body("（三）企业是否按规定报送对外投资合作统计数据。")
    body("四、资金拨付。自治区商务厅会同自治区财政厅确定支持项目和金额后，按程序将资金下达至各设区市财政局，由各设区市及时拨付至项目单位。")

    # ---- 附件3-1 汇总表 on a landscape page (new section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    add_par(doc, [("附件3-1", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度自治区“一带一路”重点境外项目推荐项目汇总表", XBS, 20, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("（单位：万元）", KT, 14, False)], align=C, indent=False)
    hdr = ["序号", "设区市", "企业名称", "项目名称", "所在国家（地区）", "项目类别", "金额", "", "备注"]
    t = doc.add_table(rows=2 + 5, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 3, 4, 5, 8):
        set_cell(t.cell(0, ci).merge(t.cell(1, ci)), hdr[ci], HT, 12)
    set_cell(t.cell(0, 6).merge(t.cell(0, 7)), "金额", HT, 12)
    set_cell(t.cell(1, 6), "2025年度实际投入", HT, 12)
    set_cell(t.cell(1, 7), "申请支持金额", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    widths(t, [1.2, 2.2, 3.6, 3.8, 2.6, 2.4, 2.6, 2.6, 2.9])
    add_par(doc, [("填表说明：", HT, 14, False)], indent=False, before=6, line=24)
    for s in ["1．项目类别填写“境外园区”“物流枢纽”“产能合作”“对外承包工程”之一；",
              "2．同一企业申报多个项目的，应分行填写。"]:
        clauses.append(s)
        add_par(doc, [(s, FS, 14, False)], indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于开展2026年度自治区“一带一路”重点境外项目支持资金申报工作的通知",
            "doc_number": "桂商外经函〔2026〕23号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-05-08",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [a[1] for a in atts],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
