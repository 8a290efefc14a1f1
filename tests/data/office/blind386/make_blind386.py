# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 386 blind test documents: 惠企政策兑现 notices + 办事指南."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, runs, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    """runs: list of (text, font, size, bold) or a plain string (仿宋 三号).
    '\n' inside a text becomes a soft line break."""
    p = doc.add_paragraph()
    fmt_para(p, align, first_indent, line, before, after, left)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for spec in runs:
        text, font, size, bold = spec[:4]
        color = spec[4] if len(spec) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, line=line)


def red_rule(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, shade=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt_para(p, align=align, line=20)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    va = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    va.append(v)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def set_table_borders(table, val="single", sz=4, sides=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        e.set(qn("w:space"), "0")
        borders.append(e)
    tblpr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for r in tbl.tr_lst:
        col = 0
        for tc in r.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            col += span


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, outer=True):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if not outer else WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def add_numbering(doc, abs_id, num_id, fmt, lvl_text, indent_first_pt=32):
    """Add a one-level list definition; returns numId."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.insert(2, suff)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(int(indent_first_pt * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, pdate):
    """版记 as a borderless table with horizontal rules."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    set_table_borders(t, sz=8, sides=("top", "bottom", "insideH"))
    a = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(a, cc, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 0), printer, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 1), pdate, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_386", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


EXPECTED = {}


# ====================================================== document 1: 郑州 通知
def make_zhengzhou_tongzhi():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []

    # 联合发文版头 as layout table: two organ names left, "文件" right (merged)
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    set_table_borders(t, sides=())
    set_cell(t.cell(0, 0), "郑州市商务局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "郑州市财政局", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 48, color=RED)
    set_col_widths(t, [12.0, 3.5])
    empty(doc, 1)
    p = para(doc, "郑商务〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    empty(doc, 1)

    para(doc, [("关于开展2025年度跨境电子商务和\n中欧班列（郑州）惠企政策兑现工作的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "各区县（市）商务局，各开发区经济发展局，各有关企业：")

    intro = ("为贯彻落实《郑州市人民政府关于加快跨境电子商务高质量发展的若干意见》（郑政〔2024〕15号）"
             "和《郑州市支持中欧班列（郑州）高质量发展若干措施》（郑政办〔2024〕33号）精神，进一步优化营商环境，"
             "推动惠企政策“免申即享”“应享快享”，现就做好2025年度相关惠企政策兑现工作通知如下。")
    # manual full-width spaces instead of first-line indent
    para(doc, SP * 2 + intro)
    clauses.append(intro)

    def h1(text):
        para(doc, [(SP * 2 + text, HT, 16, False)])

    def runin(head, body):
        # heading in a bold 楷体 run, body in 仿宋
        para(doc, [(head, KT, 16, True), (body, FS, 16, False)], first_indent=32)
        clauses.append(head + body)

    def plain(text, manual=False):
        if manual:
            para(doc, SP * 2 + text)
        else:
            para(doc, text, first_indent=32)
        clauses.append(text)

    h1("一、兑现范围")
    runin("（一）跨境电商进口业务奖励。",
          "对2025年度在我市综合保税区开展跨境电商网购保税进口（1210）业务、年进口额达到5000万元及以上的企业，"
          "按照进口额每亿元奖励20万元，单个企业最高奖励200万元。")
    runin("（二）跨境电商出口业务奖励。",
          "对2025年度通过跨境电商B2B直接出口（9710）、出口海外仓（9810）模式实现出口额1000万元及以上的企业，"
          "按照出口额的0.5%给予奖励，单个企业最高奖励150万元。")
    runin("（三）海外仓建设补贴。",
          "对在共建“一带一路”国家新建或租赁面积3000平方米以上公共海外仓的企业，按照实际投资额（租赁费）的20%给予补贴，"
          "单个企业最高补贴100万元。")
    runin("（四）中欧班列货源组织奖励。",
          "对通过中欧班列（郑州）发运本地货源的企业，按照每标准箱（TEU）去程500元、回程300元给予奖励，单个企业最高奖励80万元。")
    runin("（五）综合保税区新设企业奖励。",
          "对2025年1月1日以后在郑州新郑综合保税区、郑州经开综合保税区新注册并实际开展业务的外商投资企业，"
          "当年进出口额达到1亿元的，一次性奖励30万元。")

    h1("二、申报条件")
    plain("申报企业应同时符合下列条件：", manual=True)
    for it in ["1.在郑州市行政区域内依法注册登记，具有独立法人资格；",
               "2.财务管理制度健全，按规定报送统计数据；",
               "3.近三年内未被列入严重失信主体名单，无重大安全生产、环境污染事故；",
               "4.同一项目已获得市级其他财政资金支持的，不得重复申报。"]:
        plain(it, manual=True)

    h1("三、办理流程")
    plain("政策兑现按照“企业申报、区县初审、市级复核、社会公示、资金拨付”流程办理，具体如下：")
    steps = ["企业申报", "区县初审", "市级复核", "社会公示", "资金拨付"]
    cells = []
    for i, s in enumerate(steps):
        cells.append(s)
        if i < len(steps) - 1:
            cells.append("→")
    ft = doc.add_table(rows=1, cols=len(cells))
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(ft, sides=())
    for i, c in enumerate(cells):
        if c == "→":
            set_cell(ft.cell(0, i), c, "宋体", 16, bold=True)
        else:
            set_cell(ft.cell(0, i), c, HT, 12, shade="D9E2F3")
            tcpr = ft.cell(0, i)._tc.get_or_add_tcPr()
            bd = OxmlElement("w:tcBorders")
            for side in ("top", "left", "bottom", "right"):
                e = OxmlElement("w:" + side)
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "8")
                e.set(qn("w:color"), "000000")
                bd.append(e)
            tcpr.append(bd)
    set_col_widths(ft, [2.5 if c != "→" else 0.9 for c in cells])
    clauses.append("→".join(steps))
    empty(doc, 1, line=14)
    runin("（一）企业申报。",
          "符合条件的企业于2026年3月20日至4月30日，登录“郑好办”APP“惠企政策”专区或郑州市惠企政策兑现平台在线填报，上传申报材料。")
    runin("（二）区县初审。",
          "各区县（市）商务局、各开发区经济发展局于2026年5月20日前完成初审，会同同级财政部门出具初审意见。")
    runin("（三）市级复核。", "市商务局会同市财政局委托第三方机构对申报材料进行审计复核，必要时开展实地核查。")
    runin("（四）社会公示。", "复核结果在市商务局门户网站公示5个工作日，公示无异议的列入兑现名单。")
    runin("（五）资金拨付。", "市财政局按照国库集中支付有关规定，将奖补资金直接拨付至企业账户。")

    h1("四、申报材料")
    plain("企业按照下表所列企业类型提交申报材料（标“√”的为须提交材料，“—”为无须提交），材料须加盖企业公章。")
    types = ["跨境电商企业", "中欧班列货主企业", "综保区新设企业"]
    rows = [
        ("1", "惠企政策兑现申报表", "√", "√", "√"),
        ("2", "营业执照复印件", "√", "√", "√"),
        ("3", "海关出具的进出口数据证明", "√", "—", "√"),
        ("4", "跨境电商平台交易流水及物流单据", "√", "—", "—"),
        ("5", "中欧班列（郑州）运营平台出具的发运箱量确认函", "—", "√", "—"),
        ("6", "海外仓租赁合同或投资凭证", "√", "—", "—"),
        ("7", "外商投资信息报告回执", "—", "—", "√"),
        ("8", "企业信用承诺书", "√", "√", "√"),
    ]
    mt = doc.add_table(rows=2 + len(rows), cols=5)
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(mt)
    a = mt.cell(0, 0).merge(mt.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = mt.cell(0, 1).merge(mt.cell(1, 1))
    set_cell(b, "材料名称", HT, 12)
    c = mt.cell(0, 2).merge(mt.cell(0, 4))
    set_cell(c, "适用企业类型", HT, 12)
    for i, ty in enumerate(types):
        set_cell(mt.cell(1, 2 + i), ty, HT, 12)
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            set_cell(mt.cell(2 + r, k), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if k == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(["序号", "材料名称"] + types, row))
    set_col_widths(mt, [1.3, 5.6, 2.9, 2.9, 2.9])
    empty(doc, 1, line=14)
    plain("申报海外仓建设补贴的，另需提供海外仓实景照片及第三方审计报告。")
    qr = "扫码申报：［二维码］（请使用微信或“郑好办”APP扫描进入“惠企直达”申报专区）"
    para(doc, [("扫码申报：", HT, 16, False), ("［二维码］（请使用微信或“郑好办”APP扫描进入“惠企直达”申报专区）", FS, 16, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER)
    clauses.append(qr)

    h1("五、工作要求")
    runin("（一）压实审核责任。",
          "各区县（市）、各开发区要严格审核把关，对申报材料的真实性、完整性进行审核，不得擅自提高或降低兑现标准。")
    runin("（二）强化资金监管。",
          "企业对申报材料真实性负责，对弄虚作假、骗取奖补资金的，依法依规追回资金，并纳入信用记录。")
    runin("（三）加强政策宣传。",
          "各地要通过政务新媒体、企业服务专员等渠道做好政策解读，确保应知尽知、应享尽享。")

    h1("六、咨询电话")
    plain("政策兑现业务咨询电话如下（工作日上午9:00—12:00，下午13:00—17:00）：")
    hdr = ["区县（开发区）", "受理部门", "咨询电话"]
    tel = [
        ("金水区", "金水区商务局", "0371-63938126"),
        ("二七区", "二七区商务局", "0371-68183095"),
        ("中原区", "中原区商务局", "0371-67172046"),
        ("管城回族区", "管城回族区商务局", "0371-66281537"),
        ("惠济区", "惠济区商务局", "0371-63532710"),
        ("新郑市", "新郑市商务局", "0371-62697358"),
        ("郑州航空港经济综合实验区", "经济发展局", "0371-86198022"),
        ("郑州经济技术开发区", "经济发展局", "0371-86502317"),
        ("市级", "市商务局对外贸易处", "0371-67180325、67180326"),
    ]
    tt = doc.add_table(rows=1 + len(tel), cols=3)
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(tt)
    for k, h in enumerate(hdr):
        set_cell(tt.cell(0, k), h, HT, 12)
    for r, row in enumerate(tel):
        for k, v in enumerate(row):
            set_cell(tt.cell(1 + r, k), v, FS, 12)
        clauses.append(row_clause(hdr, row))
    set_col_widths(tt, [6.0, 4.6, 5.0])
    empty(doc, 1, line=14)
    plain("平台技术支持电话：0371-55661288。")

    empty(doc, 1)
    para(doc, SP * 2 + "附件：1.郑州市惠企政策兑现申报表")
    para(doc, SP * 5 + "2.企业信用承诺书")
    empty(doc, 3)
    para(doc, SP * 2 + "郑州市商务局" + SP * 7 + "郑州市财政局")
    para(doc, SP * 14 + "2026年3月16日")
    empty(doc, 1)
    para(doc, SP * 2 + "（此件公开发布）")
    banji(doc, "抄送：市人民政府办公厅，市审计局。", "郑州市商务局办公室", "2026年3月17日印发")

    name = "blind386_zhengzhou_tongzhi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": {
            "title": "关于开展2025年度跨境电子商务和中欧班列（郑州）惠企政策兑现工作的通知",
            "doc_number": "郑商务〔2026〕9号",
            "issuer": ["郑州市商务局", "郑州市财政局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": ["郑州市惠企政策兑现申报表", "企业信用承诺书"],
            "doc_type": "通知",
            "recipients": ["各区县（市）商务局", "各开发区经济发展局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================== document 2: 郑州 办事指南
def make_zhengzhou_zhinan():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, outer=False)
    clauses = []

    para(doc, [("郑州市跨境电子商务和中欧班列（郑州）\n惠企政策兑现办事指南", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)

    def field(label, value):
        para(doc, [(label + "：", HT, 16, False), (value, FS, 16, False)], first_indent=32)
        clauses.append(label + "：" + value)

    def fields_softbreak(pairs):
        runs = []
        for i, (label, value) in enumerate(pairs):
            tail = "\n" if i < len(pairs) - 1 else ""
            runs.append((label + "：", HT, 16, False))
            runs.append((value + tail, FS, 16, False))
            clauses.append(label + "：" + value)
        para(doc, runs, first_indent=32)

    field("事项名称", "跨境电子商务和中欧班列（郑州）惠企政策兑现")
    field("事项类型", "行政给付")
    field("实施主体", "郑州市商务局、郑州市财政局")
    field("受理机构", "各区县（市）商务局、各开发区经济发展局")
    field("办理依据", "《郑州市人民政府关于加快跨境电子商务高质量发展的若干意见》（郑政〔2024〕15号）；"
                    "《郑州市支持中欧班列（郑州）高质量发展若干措施》（郑政办〔2024〕33号）；"
                    "《郑州市市级财政专项资金管理办法》（郑财预〔2023〕8号）。")
    field("申报对象", "跨境电商企业、中欧班列货主企业、综合保税区新设外商投资企业。")
    field("受理条件", "在郑州市行政区域内依法注册登记，符合兑现政策规定条件，且近三年内无严重失信记录的企业。")
    # two fields typed in one paragraph separated by Shift+Enter
    fields_softbreak([("法定时限", "无"),
                      ("办理时限", "自受理之日起30个工作日内办结（不含公示及第三方审计时间）。")])
    field("收费标准", "不收费。")
    field("办理方式", "网上办理（“郑好办”APP、郑州市惠企政策兑现平台）；窗口办理（各区县（市）政务服务中心商务窗口）。")
    field("受理时间", "2026年3月20日至2026年4月30日（法定节假日除外）。")

    # label on its own line, list below (label line is a heading, not a clause)
    para(doc, [("申请材料：", HT, 16, False)], first_indent=32)
    for it in ["1.惠企政策兑现申报表（原件1份）；",
               "2.营业执照复印件（加盖企业公章，1份）；",
               "3.海关出具的进出口数据证明（原件1份，综保区新设企业及跨境电商企业提供）；",
               "4.中欧班列（郑州）运营平台出具的发运箱量确认函（原件1份，中欧班列货主企业提供）；",
               "5.企业信用承诺书（原件1份）。"]:
        para(doc, it, first_indent=32)
        clauses.append(it)

    field("办理流程", "企业申报—区县初审—市级复核—社会公示—资金拨付。")
    for it in ["（1）企业通过“郑好办”APP或惠企政策兑现平台提交申请；",
               "（2）区县（市）、开发区在15个工作日内完成初审；",
               "（3）市商务局会同市财政局组织复核，必要时实地核查；",
               "（4）复核结果公示5个工作日；",
               "（5）公示无异议的，市财政局将资金拨付至企业对公账户。"]:
        para(doc, SP * 2 + it)
        clauses.append(it)
    field("结果送达", "审核结果通过短信及平台站内信告知，奖补资金直接拨付至企业对公账户。")
    fields_softbreak([("咨询电话", "0371-67180325（市商务局对外贸易处）"),
                      ("监督投诉电话", "0371-67180399；12345政务服务便民热线")])
    field("办公地址", "郑州市郑东新区商务外环路3号市商务局812室")

    empty(doc, 2)
    para(doc, "郑州市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, left=0)
    para(doc, "2026年3月16日" + SP, align=WD_ALIGN_PARAGRAPH.RIGHT)

    name = "blind386_zhengzhou_zhinan"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": {
            "title": "郑州市跨境电子商务和中欧班列（郑州）惠企政策兑现办事指南",
            "doc_number": None,
            "issuer": ["郑州市商务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ================================================== document 3: 重庆 通知
def make_chongqing_tongzhi():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []
    h1num = add_numbering(doc, 386, 386, "chineseCounting", "%1、", 32)
    itemnum = add_numbering(doc, 387, 387, "decimal", "%1.", 32)

    empty(doc, 2)
    para(doc, [("重庆市商务委员会文件", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    empty(doc, 1)
    p = para(doc, "渝商务〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p, 24)
    empty(doc, 1)
    para(doc, [("重庆市商务委员会\n关于做好2025年度外经贸发展专项资金\n惠企政策兑现工作的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "各区县（自治县）商务主管部门，两江新区经济运行局，重庆高新区改革发展局，有关企业：")

    # intro pasted from elsewhere: hard line break (Shift+Enter) in mid-sentence
    i1 = "为深入贯彻落实党中央、国务院关于稳外贸稳外资决策部署，加快推动西部陆海新通道、中欧班列（成渝）和"
    i2 = ("中国（重庆）自由贸易试验区建设，根据《重庆市外经贸发展专项资金管理办法》（渝财规〔2024〕6号），"
          "现就做好2025年度外经贸发展专项资金惠企政策兑现工作有关事项通知如下：")
    para(doc, i1 + "\n" + i2, first_indent=32)
    clauses.append(i1 + i2)

    def h1(text):
        p = para(doc, [(text, HT, 16, False)])
        apply_num(p, h1num)

    def runin(head, body):
        para(doc, [(head, KT, 16, False), (body, FS, 16, False)], first_indent=32)
        clauses.append(head + body)

    def plain(text):
        para(doc, text, first_indent=32)
        clauses.append(text)

    h1("支持方向")
    runin("（一）西部陆海新通道班列货源奖励。",
          "对经西部陆海新通道铁海联运班列运输本地进出口货物的企业，按照每标准箱400元给予奖励，单个企业年度奖励不超过100万元。")
    runin("（二）中欧班列（成渝）回程货物奖励。",
          "对组织中欧班列（成渝）回程进口货物并在重庆完成通关的企业，按照每标准箱600元给予奖励，单个企业年度奖励不超过120万元。")
    runin("（三）跨境电商海外仓奖励。",
          "对在RCEP成员国及共建“一带一路”国家建设运营海外仓、年服务本地企业20家以上的企业，给予最高80万元奖励。")
    runin("（四）综合保税区加工贸易奖励。",
          "对在西永综合保税区、两路果园港综合保税区新开展保税维修、保税研发业务且年进出口额超过5000万元的企业，给予50万元一次性奖励。")
    runin("（五）外商投资企业增资扩股奖励。",
          "对2025年度实际到资外资金额（不含外方股东贷款）超过3000万美元的外商投资企业，按照实际到资额的1%给予奖励，最高不超过500万元。")

    h1("申报条件")
    items = ["在重庆市依法注册、具有独立法人资格的企业；",
             "申报项目在2025年1月1日至2025年12月31日期间实施；",
             "企业近三年内无海关、税务、外汇、市场监管等领域严重违法失信记录；",
             "申报项目未获得其他市级财政资金重复支持。"]
    for k, it in enumerate(items, 1):
        p = para(doc, it)
        apply_num(p, itemnum)
        clauses.append("%d.%s" % (k, it))

    h1("办理流程")
    plain("政策兑现实行“一网通办”，全流程线上办理：")
    steps = ["网上申报", "区县审核", "市级审定", "公示公告", "资金下达"]
    cells = []
    for i, s in enumerate(steps):
        cells.append(s)
        if i < len(steps) - 1:
            cells.append("→")
    ft = doc.add_table(rows=1, cols=len(cells))
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(ft, sides=())
    for i, c in enumerate(cells):
        if c == "→":
            set_cell(ft.cell(0, i), c, "宋体", 14)
        else:
            set_cell(ft.cell(0, i), c, HT, 12, shade="FCE4D6")
    set_col_widths(ft, [2.5 if c != "→" else 0.9 for c in cells])
    clauses.append("→".join(steps))
    empty(doc, 1, line=14)
    runin("（一）网上申报。",
          "企业于2026年3月10日至4月10日登录“渝快办”平台“惠企政策兑现”专区填报申报书并上传材料。")
    runin("（二）区县审核。",
          "各区县商务主管部门于2026年4月30日前完成审核，出具审核意见并报送市商务委。")
    runin("（三）市级审定。", "市商务委组织第三方机构开展专项审计，形成拟支持项目和资金安排方案。")
    runin("（四）公示公告。", "拟支持项目在市商务委门户网站公示7日。")
    runin("（五）资金下达。", "公示无异议的，由市财政局按程序下达资金。")
    qr = "扫码申报（二维码）：使用“渝快办”APP“扫一扫”功能直达申报专区。"
    para(doc, [("扫码申报（二维码）：", KT, 16, True), ("使用“渝快办”APP“扫一扫”功能直达申报专区。", FS, 16, False)],
         first_indent=32)
    clauses.append(qr)

    h1("申报材料")
    plain("申报材料清单如下（“√”为必备材料，“○”为选报材料）：")
    types = ["生产型企业", "流通型企业", "跨境电商企业"]
    rows = [
        ("基础材料", "专项资金申报书", "√", "√", "√"),
        ("基础材料", "营业执照复印件", "√", "√", "√"),
        ("基础材料", "信用承诺书", "√", "√", "√"),
        ("业务材料", "铁海联运或中欧班列运单及箱量汇总表", "√", "√", "○"),
        ("业务材料", "海关进出口报关单汇总表", "√", "√", "○"),
        ("业务材料", "海外仓运营合同及服务企业清单", "○", "○", "√"),
        ("其他材料", "外汇管理部门出具的外资到资证明", "√", "○", "○"),
    ]
    mt = doc.add_table(rows=2 + len(rows), cols=5)
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(mt)
    set_cell(mt.cell(0, 0).merge(mt.cell(1, 0)), "材料类别", HT, 12)
    set_cell(mt.cell(0, 1).merge(mt.cell(1, 1)), "材料名称", HT, 12)
    set_cell(mt.cell(0, 2).merge(mt.cell(0, 4)), "企业类型", HT, 12)
    for i, ty in enumerate(types):
        set_cell(mt.cell(1, 2 + i), ty, HT, 12)
    for r, row in enumerate(rows):
        for k, v in enumerate(row[1:], 1):
            set_cell(mt.cell(2 + r, k), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if k == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(["材料类别", "材料名称"] + types, row))
    # vertical merges of 材料类别
    set_cell(mt.cell(2, 0).merge(mt.cell(4, 0)), "基础材料", FS, 12)
    set_cell(mt.cell(5, 0).merge(mt.cell(7, 0)), "业务材料", FS, 12)
    set_cell(mt.cell(8, 0), "其他材料", FS, 12)
    set_col_widths(mt, [2.2, 5.5, 2.6, 2.6, 2.6])
    empty(doc, 1, line=14)

    h1("有关要求")
    runin("（一）严格审核把关。",
          "各区县商务主管部门要切实履行属地审核责任，对企业申报材料的真实性、合规性进行审核，审核不通过的应及时告知企业并说明理由。")
    runin("（二）加快兑现进度。",
          "各区县要优化审核流程，推行“容缺受理”，确保政策资金在公示结束后30日内拨付到位。")
    runin("（三）加强绩效管理。",
          "获得支持的企业应于2026年12月31日前报送资金使用绩效自评报告，市商务委将组织开展抽查。")

    h1("咨询电话")
    plain("各区县及市商务委咨询电话如下：")
    hdr = ["区县", "咨询电话", "区县", "咨询电话"]
    tel = [
        ("渝中区", "023-63891245", "江北区", "023-67858310"),
        ("沙坪坝区", "023-65366127", "九龙坡区", "023-68780392"),
        ("南岸区", "023-62988541", "渝北区", "023-67821906"),
        ("两江新区", "023-67463318", "重庆高新区", "023-65338270"),
        ("市商务委外贸处", "023-62662157", "市商务委外资处", "023-62662089"),
    ]
    tt = doc.add_table(rows=1 + len(tel), cols=4)
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(tt)
    for k, h in enumerate(hdr):
        set_cell(tt.cell(0, k), h, HT, 12)
    for r, row in enumerate(tel):
        for k, v in enumerate(row):
            set_cell(tt.cell(1 + r, k), v, FS, 12)
        clauses.append(row_clause(hdr, row))
    set_col_widths(tt, [3.8, 3.8, 3.8, 3.8])
    empty(doc, 1, line=14)
    plain("本通知自2026年3月1日起施行，有效期至2026年12月31日。《重庆市商务委员会关于做好2024年度外经贸发展专项资金惠企政策兑现工作的通知》（渝商务〔2025〕9号）同时废止。")

    empty(doc, 1)
    para(doc, "附件：重庆市外经贸发展专项资金惠企政策兑现申报书（样式）", first_indent=32)
    empty(doc, 3)
    para(doc, "重庆市商务委员会" + SP * 3, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "二〇二六年二月二十七日" + SP * 2, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, "（此件公开发布）", first_indent=32)
    banji(doc, "抄送：市财政局，重庆海关，人民银行重庆市分行。", "重庆市商务委员会办公室", "2026年2月28日印发")

    name = "blind386_chongqing_tongzhi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    EXPECTED[name] = [{
        "meta": {
            "title": "重庆市商务委员会关于做好2025年度外经贸发展专项资金惠企政策兑现工作的通知",
            "doc_number": "渝商务〔2026〕21号",
            "issuer": ["重庆市商务委员会"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-03-01",
            "expires": "2026-12-31",
            "attachments": ["重庆市外经贸发展专项资金惠企政策兑现申报书（样式）"],
            "doc_type": "通知",
            "recipients": ["各区县（自治县）商务主管部门", "两江新区经济运行局", "重庆高新区改革发展局", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《重庆市商务委员会关于做好2024年度外经贸发展专项资金惠企政策兑现工作的通知》（渝商务〔2025〕9号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [make_zhengzhou_tongzhi(), make_zhengzhou_zhinan(), make_chongqing_tongzhi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
