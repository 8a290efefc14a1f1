# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 987: 跨境电商海外仓服务合同（示范文本） — 印发通知 + 示范文本, Word + PDF + expected.json."""
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
BL = "________"          # typed underscores used as blanks


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


def add_runs(p, runs, dname=FS, dsize=16):
    for r in runs:
        if isinstance(r, str):
            r = (r,)
        text = r[0]
        name = r[1] if len(r) > 1 else dname
        size = r[2] if len(r) > 2 else dsize
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color, ul)
    return p


def add_par(doc, runs, dname=FS, dsize=16, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    add_runs(p, runs, dname, dsize)
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


def footer_page(section, style="dash", name=SONG, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    pre, post = {"dash": ("— ", " —"), "hyph": ("- ", " -"), "plain": ("", "")}[style]
    if pre:
        font(fp.add_run(pre), name, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, name, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    if post:
        font(fp.add_run(post), name, size)


def setup(doc, footer="dash", top=3.7, bottom=3.5, left=2.8, right=2.6):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_page(s, footer)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def new_section(doc, top=2.5, bottom=2.5, left=2.6, right=2.6):
    """attachment in its own section (own margins), starts on a new page"""
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    # python-docx puts the old sectPr into a new empty paragraph; move it onto the
    # last real paragraph (as Word does) so no stray empty page appears
    ps = doc.element.body.findall(qn("w:p"))
    last, prev = ps[-1], ps[-2]
    sect = last.pPr.find(qn("w:sectPr"))
    prev.get_or_add_pPr().append(sect)
    last.getparent().remove(last)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    return s


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size), ("\t", FS, size), (date_txt, FS, size)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_987", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_zhejiang():
    """浙江: 红头联合发文 + 示范文本（封面、使用说明、条款、收费表、签署栏）。"""
    stem = "blind987_zhejiang_hetong"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    LN = 27  # fixed line spacing of the notice

    # ---- 版头: 联合发文机关标志 (two organs stacked + 文件) in a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    set_cell(left, "浙江省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=42, color=RED)
    p = left.add_paragraph()
    font(p.add_run("浙江省市场监督管理局"), XBS, 30, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(42)
    set_cell(right, "文件", XBS, 48, align=C, line=60, color=RED)
    widths(t, [11.8, 3.8])
    empty(doc, 1, line=16)
    p = add_par(doc, "浙商务联发〔2026〕18号", align=C, indent=False, line=LN)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=LN)

    # ---- title: three lines typed as separate paragraphs, broken inside the book title
    for ln in ("浙江省商务厅 浙江省市场监督管理局关于",
               "印发《跨境电商海外仓服务合同（示范",
               "文本）》的通知"):
        add_par(doc, [(ln, XBS, 22)], align=C, indent=False, line=34)
    empty(doc, 1, line=LN)
    add_par(doc, "各设区市商务局、市场监督管理局：", indent=False, line=LN)

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LN)

    body("为规范跨境电商海外仓服务市场秩序，保护合同当事人合法权益，省商务厅、省市场监管局组织制定了《跨境电商海外仓服务合同（示范文本）》，现印发给你们，请做好宣传推广，引导合同当事人参照使用。")
    body("本通知自2026年4月1日起施行，有效期至2031年3月31日。")
    add_par(doc, "附件：跨境电商海外仓服务合同（示范文本）", line=LN)
    empty(doc, 1, line=18)
    # 联合落款: two organs side by side, date under them, typed with spaces
    add_par(doc, "    浙江省商务厅              浙江省市场监督管理局", indent=False, line=LN)
    add_par(doc, " " * 32 + "2026年3月16日", indent=False, line=LN)
    add_par(doc, "（此件公开发布）", line=LN)

    # ---- 附件: cover page (own section, narrower margins)
    new_section(doc)
    add_par(doc, [("附件", HT, 16)], indent=False)
    t_no = "合同编号：" + "______________"
    add_par(doc, [(t_no, FS, 14)], align=R, indent=False)
    clauses.append(t_no)
    empty(doc, 3)
    add_par(doc, [("跨境电商海外仓服务合同", XBS, 30)], align=C, indent=False, line=48)
    add_par(doc, [("（示范文本）", KT, 18)], align=C, indent=False, line=36)
    empty(doc, 4)
    for lab in ("甲方（委托方）：", "乙方（服务方）：", "签订地点：", "签订日期："):
        val = "______年____月____日" if lab == "签订日期：" else "____________________________"
        p = add_par(doc, [(lab, FS, 16), (val, FS, 16)], indent=False, line=40)
        p.paragraph_format.left_indent = Cm(2.2)
        clauses.append(lab + val)
    empty(doc, 3)
    add_par(doc, [("浙江省商务厅", KT, 16), ("\n",), ("浙江省市场监督管理局", KT, 16)], align=C, indent=False, line=30)
    add_par(doc, [("制定", KT, 16)], align=C, indent=False, line=30)
    add_par(doc, [("二〇二六年三月", KT, 16)], align=C, indent=False, line=30)

    # ---- 使用说明 (仿宋 小四), new page via "段前分页"
    S = 12
    LS = 20
    p = add_par(doc, [("使 用 说 明", HT, 14)], align=C, indent=False, line=24)
    p.paragraph_format.page_break_before = True

    def cbody(t):
        clauses.append(t)
        add_par(doc, [(t, FS, S)], indent=False, first=Pt(24), line=LS)

    for t in [
        "一、本合同为示范文本，供跨境电商企业、外贸企业（以下称委托方）与海外仓经营企业（以下称服务方）订立海外仓服务合同时参照使用。",
        "二、对合同中的选择性内容，双方应当协商确定，在“□”中打“√”；不作选择的，在“□”中打“×”。合同中的空白部分，由双方协商填写；无需约定的，应当划“/”。",
        "三、双方可以对本示范文本的条款内容进行修改、增补或者删减。合同签订生效后，未被修改的文本印刷文字视为双方同意的内容。",
    ]:
        cbody(t)
    add_par(doc, [("跨境电商海外仓服务合同", HT, 14)], align=C, indent=False, line=28, before=6)
    cbody("根据《中华人民共和国民法典》《中华人民共和国电子商务法》等法律法规的规定，甲乙双方遵循平等、自愿、公平和诚信原则，就甲方委托乙方提供海外仓服务事宜，经协商一致，订立本合同。")

    def art(head, paras):
        """article: heading run + first text in one paragraph, further paragraphs inside the article."""
        first = paras[0]
        add_par(doc, [(head, HT, S), (first, FS, S)], indent=False, first=Pt(24), line=LS)
        for x in paras[1:]:
            add_par(doc, [(x, FS, S)], indent=False, first=Pt(24), line=LS)
        clauses.append(head + "".join(paras))

    art("第一条　服务内容　", [
        "乙方为甲方提供以下海外仓服务（可多选）：",
        "□头程运输　□目的国（地区）清关代理　□入库验收及仓储管理　□订单处理及一件代发　□退换货处理　□其他：" + BL + "。"])
    art("第二条　海外仓基本情况　", [
        "海外仓位于" + BL + "（国家/地区）" + BL + "（城市），详细地址：" + BL + BL + "，仓库面积约" + BL + "平方米。乙方保证其对海外仓享有合法的所有权或者使用权，并已依法取得当地经营所需的许可或者登记。"])
    art("第三条　服务期限　", [
        "自____年____月____日起至____年____月____日止。期限届满双方均未提出异议的，本合同□自动续期____个月　□另行协商续签。"])
    art("第四条　服务费用及支付　", [
        "（一）服务费用按照下表所列标准计收，结算币种为□人民币　□美元　□欧元　□其他：" + BL + "。",
        "（二）结算周期为□每月　□每季度。乙方应当于结算周期届满后____个工作日内提供费用账单，甲方核对无误后____个工作日内支付。",
        "（三）除下表所列费用外，乙方不得另行收取其他费用。"])

    # fee table: two header rows, 收费标准 merged over two columns, others merged vertically
    rows = [
        ["1", "头程运输费", "元/千克", BL, "按实际计费重量计算"],
        ["2", "清关代理费", "元/票", BL, "不含关税、增值税等税费"],
        ["3", "仓储费", "元/立方米·天", BL, "免费仓储期____天"],
        ["4", "订单处理费", "元/单", BL, "含拣货、包装、贴单"],
        ["5", "尾程派送费", "元/单", BL, "按承运商实际报价"],
        ["6", "退换货处理费", "元/件", BL, "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in ((0, "序号"), (1, "服务项目"), (4, "备注")):
        m = h0[i].merge(h1[i])
        set_cell(m, h, HT, 10.5, line=16)
    m = h0[2].merge(h0[3])
    set_cell(m, "收费标准", HT, 10.5, line=16)
    set_cell(t.rows[1].cells[2], "计费单位", HT, 10.5, line=16)
    set_cell(t.rows[1].cells[3], "单价", HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "服务项目", "收费标准／计费单位", "收费标准／单价", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    widths(t, [1.2, 3.2, 3.2, 2.8, 5.4])

    art("第五条　甲方的权利和义务　", [
        "（一）甲方应当如实提供货物品名、数量、价值、原产地等信息，保证货物来源合法，不属于目的国（地区）禁止或者限制进口的物品，不侵犯他人知识产权。",
        "（二）甲方有权通过乙方仓储管理系统实时查询库存及订单处理情况。"])
    art("第六条　乙方的权利和义务　", [
        "（一）乙方应当对入库货物进行验收，发现数量、外包装与入库预报不符的，应当在____小时内通知甲方。",
        "（二）乙方应当妥善保管货物，收到订单后____小时内完成出库，并对服务中知悉的甲方客户信息、订单数据予以保密。"])
    art("第七条　货物损毁灭失的赔偿　", [
        "货物在乙方保管期间损毁、灭失的，乙方应当按照□货物申报价值　□货物采购成本　□每千克" + BL + "元的标准赔偿，但因不可抗力、货物本身的自然性质或者合理损耗以及甲方过错造成的除外。"])
    art("第八条　违约责任　", [
        "甲方逾期付款的，每逾期一日，按照应付未付金额的____‰支付违约金；乙方未按时完成订单出库的，每单按照" + BL + "元支付违约金。"])
    art("第九条　争议解决　", [
        "因本合同引起的争议，双方协商解决；协商不成的，按照下列第____种方式解决：",
        "1．提交" + BL + "仲裁委员会仲裁；",
        "2．依法向" + BL + "人民法院起诉。"])
    art("第十条　其他　", [
        "本合同一式____份，甲乙双方各执____份，自双方签字并盖章之日起生效。其他约定：" + BL + BL + "。"])

    # ---- 签署栏: borderless two-column table
    add_par(doc, [("（以下无正文）", FS, S)], indent=False, align=C, line=LS)
    sig = [
        ("甲方（盖章）：", "乙方（盖章）："),
        ("法定代表人（签字）：", "法定代表人（签字）："),
        ("委托代理人（签字）：", "委托代理人（签字）："),
        ("签订日期：____年____月____日", "签订日期：____年____月____日"),
    ]
    t = doc.add_table(rows=len(sig), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, (a, b) in enumerate(sig):
        set_cell(t.rows[ri].cells[0], a, FS, S, align=L, line=26)
        set_cell(t.rows[ri].cells[1], b, FS, S, align=L, line=26)
    widths(t, [7.9, 7.9])

    banji(doc, "抄送：商务部外贸司，国家市场监督管理总局网络交易监督管理司，杭州海关、宁波海关。",
          "浙江省商务厅办公室", "2026年3月16日印发", size=12, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅 浙江省市场监督管理局关于印发《跨境电商海外仓服务合同（示范文本）》的通知",
            "doc_number": "浙商务联发〔2026〕18号",
            "issuer": ["浙江省商务厅", "浙江省市场监督管理局"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-04-01",
            "expires": "2031-03-31",
            "attachments": ["跨境电商海外仓服务合同（示范文本）"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市市场监督管理局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangdong():
    """广东: 网上公开版（无红头），文号在标题下，条款内软回车，签署页用制表位，附表在签署页后。"""
    stem = "blind987_guangdong_shifan"
    doc = Document()
    setup(doc, "hyph", top=3.0, bottom=2.8, left=2.8, right=2.6)
    clauses = []

    # title: one paragraph, lines broken with Shift+Enter
    p = add_par(doc, [("广东省商务厅 广东省市场监督管理局", XBS, 22), ("\n",),
                      ("关于印发《跨境电商海外仓服务合同", XBS, 22), ("\n",),
                      ("（示范文本）》的通知", XBS, 22)],
                align=C, indent=False, line=36)
    add_par(doc, [("粤商务贸函〔2026〕45号", KT, 16)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各地级以上市商务局、各地级以上市市场监督管理局：", indent=False)

    def body(t):
        clauses.append(t)
        # indent typed with full-width spaces instead of first-line indent
        add_par(doc, IND + t, indent=False)

    body("为深入贯彻落实《广东省推进跨境电商高质量发展若干政策措施》，引导跨境电商企业与海外仓经营企业规范签约、诚信履约，预防和化解合同纠纷，省商务厅、省市场监管局联合制定了《跨境电商海外仓服务合同（示范文本）》（以下简称示范文本），现印发给你们，请结合实际做好推广使用工作。")
    body("各地在推广使用中遇到的问题，请及时向省商务厅（电子商务处）、省市场监管局（网络交易监督管理处）反映。")
    body("本通知自2026年5月1日起施行。2021年印发的《广东省海外仓仓储服务合同（示范文本）》（粤商务贸函〔2021〕88号）同时废止。")
    empty(doc, 1)
    add_par(doc, IND + "附件：跨境电商海外仓服务合同（示范文本）", indent=False)
    empty(doc, 1)
    add_par(doc, "广东省商务厅　　　　　　广东省市场监督管理局", indent=False, align=R)
    add_par(doc, "2026年4月3日" + "\u3000" * 4, indent=False, align=R)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件: 示范文本 (宋体 小四, 1.5 spacing)
    new_section(doc, top=2.5, bottom=2.2, left=2.5, right=2.5)
    S, LS = 12, 20
    add_par(doc, [("附件", HT, 16)], indent=False)
    add_par(doc, [("跨境电商海外仓服务合同", XBS, 24)], align=C, indent=False, line=40)
    add_par(doc, [("（示范文本）", SONG, 14)], align=C, indent=False, line=26)
    add_par(doc, [("广东省商务厅　广东省市场监督管理局　制定", KT, 12)], align=C, indent=False, line=LS)
    empty(doc, 1, line=LS)
    # 合同编号 + party blocks: blanks are underlined full-width spaces
    U = "\u3000" * 12

    def field(parts, right=False):
        runs = []
        for txt, ul in parts:
            runs.append((txt, SONG, S, False, None, ul))
        p = add_par(doc, runs, indent=False, line=LS, align=R if right else None)
        clauses.append("".join(t for t, _ in parts).rstrip())
        return p

    field([("合同编号：", False), (U, True)], right=True)
    for party in ("甲方（委托方）：", "乙方（服务方）："):
        field([(party, False), (U + "\u3000" * 4, True)])
        field([("统一社会信用代码：", False), (U, True)])
        field([("住所：", False), (U + "\u3000" * 6, True)])
        field([("联系人：", False), ("\u3000" * 6, True), ("　联系电话：", False), ("\u3000" * 7, True)])
    empty(doc, 1, line=LS)

    add_par(doc, [("使用说明", HT, 14)], align=C, indent=False, line=LS)

    def cpar(t, name=SONG, bold=False):
        clauses.append(t)
        add_par(doc, [(t, name, S, bold)], indent=False, first=Pt(24), line=LS)

    # half-width numbering and brackets mixed with full-width text
    cpar("1.本示范文本供广东省行政区域内的跨境电商企业、外贸企业(以下简称“委托方”)与海外仓经营企业(以下简称“服务方”)签订海外仓服务合同时参照使用。")
    cpar("2.合同中“□”为选择项，双方协商确定后在相应“□”内打“√”；空白处由双方协商填写，不需填写的划“/”。")
    cpar("3.示范文本中的条款仅供参考，双方可根据实际情况修改或者补充，但不得违反法律、行政法规的强制性规定。")
    empty(doc, 1, line=LS)
    cpar("甲乙双方根据《中华人民共和国民法典》等法律、法规的规定，在平等、自愿、协商一致的基础上，就甲方委托乙方在境外提供海外仓服务的有关事宜，订立本合同，共同遵守。")

    def art(no, lines):
        """第X条 inline; items after Shift+Enter inside the same paragraph."""
        p = doc.add_paragraph()
        font(p.add_run(no + "　"), HT, S, True)
        for i, x in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run("\u3000\u3000" + x), SONG, S)
            else:
                font(p.add_run(x), SONG, S)
        fmt(p, indent=False, first=Pt(24), line=LS)
        # the full-width spaces typed after each Shift+Enter are indentation, not text
        clauses.append(no + "　" + "".join(lines))

    art("第一条", ["甲方委托乙方在位于____国（地区）____市的海外仓（仓库地址：________________）提供下列服务：",
                  "(一)□仓储保管；",
                  "(二)□订单履约（拣货、包装、贴单、发货）；",
                  "(三)□尾程配送；",
                  "(四)□退货接收、检测、重新上架；",
                  "(五)□其他：________。"])
    art("第二条", ["甲方应于货物发运前____个工作日通过乙方仓储管理系统提交入库预报，载明货物名称、SKU、数量、箱数、单箱尺寸及重量。乙方应自货物到仓之日起____个工作日内完成上架，并向甲方反馈入库差异。"])
    art("第三条", ["合同期限为____年，自____年____月____日起至____年____月____日止。"])
    art("第四条", ["服务费用按本合同附表标准执行。乙方调整收费标准的，应提前____日书面通知甲方；甲方不同意调整的，可以解除本合同，且不承担违约责任。"])
    art("第五条", ["甲方应向乙方支付履约保证金________元（大写：________________）。合同终止且甲方结清全部费用后____个工作日内，乙方应无息退还保证金。"])
    art("第六条", ["乙方不得有下列行为：",
                  "(一)擅自将甲方货物转交第三方保管；",
                  "(二)未经甲方同意擅自处置滞销货物；",
                  "(三)以系统升级、账户冻结等理由拒不发货或者限制甲方查询库存数据；",
                  "(四)泄露、出售甲方及其终端客户的个人信息。"])
    art("第七条", ["因目的国（地区）海关查验、罢工、港口拥堵、自然灾害等原因导致服务延误的，乙方应及时通知甲方并提供相关证明，双方可以协商变更履行期限。"])
    art("第八条", ["乙方违反本合同第六条约定的，应当按照________元/次向甲方支付违约金；造成甲方损失超过违约金的，还应赔偿超出部分。"])
    art("第九条", ["本合同在履行过程中发生争议，由双方协商解决；协商不成的，可以向________行业协会申请调解，或者按下列方式解决：□提交________仲裁委员会仲裁；□依法向________人民法院起诉。"])
    art("第十条", ["本合同未尽事宜，双方可以另行签订补充协议。补充协议及本合同附表是本合同的组成部分，与本合同具有同等法律效力。"])
    art("第十一条", ["本合同自双方签字盖章之日起生效，一式____份，双方各执____份。"])
    add_par(doc, [("（以下无正文）", SONG, S)], indent=False, align=C, line=LS)
    empty(doc, 1, line=LS)
    # 签署页 typed with a tab stop for the second column
    for a, b in [("甲方（盖章）：", "乙方（盖章）："),
                 ("法定代表人或委托代理人（签字）：", "法定代表人或委托代理人（签字）："),
                 ("", ""),
                 ("        年    月    日", "        年    月    日")]:
        p = add_par(doc, [(a, SONG, S), ("\t", SONG, S), (b, SONG, S)], indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))

    # ---- 附表 after the signature block
    page_break(doc)
    add_par(doc, [("附表", HT, 14)], indent=False, line=LS)
    add_par(doc, [("海外仓服务费用明细表", HT, 14)], align=C, indent=False, line=LS)
    add_par(doc, [("（金额单位：元）", SONG, 10.5)], align=R, indent=False, line=18)
    hdr = ["序号", "收费项目", "计费方式", "收费标准（元）", "备注"]
    rows = [
        ["1", "仓储费", "按立方米·天计收", "________", "入库之日起____天内免收"],
        ["2", "入库上架费", "按箱计收", "________", "超重、超大件另计"],
        ["3", "订单处理费", "按单计收", "________", "每单含首件，续件____元/件"],
        ["4", "尾程配送费", "按承运商报价计收", "以实际账单为准", "—"],
        ["5", "退货处理费", "按件计收", "________", "含检测、换标、重新上架"],
        ["6", "增值服务费", "按项目计收", "双方另行约定", "如拍照、质检、组套等"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, SONG, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    widths(t, [1.2, 2.6, 3.6, 3.0, 5.2])
    note = "注：本表所列收费标准不含目的国（地区）增值税及其他税费；乙方不得收取本表未列明的费用。"
    clauses.append(note)
    add_par(doc, [(note, SONG, 10.5)], indent=False, line=18, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广东省商务厅 广东省市场监督管理局关于印发《跨境电商海外仓服务合同（示范文本）》的通知",
            "doc_number": "粤商务贸函〔2026〕45号",
            "issuer": ["广东省商务厅", "广东省市场监督管理局"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": ["跨境电商海外仓服务合同（示范文本）"],
            "doc_type": "通知",
            "recipients": ["各地级以上市商务局", "各地级以上市市场监督管理局"],
            "publicity": "此件主动公开",
            "repeals": "《广东省海外仓仓储服务合同（示范文本）》（粤商务贸函〔2021〕88号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningbo():
    """宁波: 转发通知，单一机关版头联合落款，标题三行怪断，中文数字日期，试点企业名单附件。"""
    stem = "blind987_ningbo_zhuanfa"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)], align=C, indent=False, line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, "甬商务〔2026〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("宁波市商务局 宁波市市场监督管理局关于",
               "转发《浙江省商务厅 浙江省市场监督管理局",
               "关于印发〈跨境电商海外仓服务合同（示范",
               "文本）〉的通知》的通知"):
        add_par(doc, [(ln, XBS, 22)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门，各区（县、市）市场监督管理局，宁波保税区管委会，宁波前湾新区管委会：", indent=False)

    def body(t, runs=None):
        clauses.append(t)
        add_par(doc, runs or [IND + t], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [IND, (h, HT), (t, FS)], indent=False)

    body("现将《浙江省商务厅 浙江省市场监督管理局关于印发〈跨境电商海外仓服务合同（示范文本）〉的通知》（浙商务联发〔2026〕18号）转发给你们，并结合我市实际提出如下要求，请一并抓好贯彻落实。")
    runin("一、抓好推广应用。", "各地要将示范文本推广使用纳入跨境电商综合试验区年度工作要点，重点在宁波保税区、宁波前湾新区、梅山综合保税区等跨境电商集聚区开展集中宣讲，力争2026年底前全市重点跨境电商企业示范文本使用率达到60%以上。")
    runin("二、开展试点示范。", "确定宁波海仓通供应链管理有限公司等10家海外仓经营企业为示范文本推广试点企业（名单见附件），试点企业要带头使用示范文本；未采用示范文本的，应当在签约前向委托方作出说明。")
    runin("三、加强合同监管。", "各区（县、市）市场监督管理局要结合“双随机、一公开”监管，对海外仓服务合同格式条款开展专项检查，发现排除或者限制委托方主要权利等不公平格式条款的，依法予以纠正。")
    runin("四、及时报送情况。", "请各地于2026年6月30日、12月10日前，将示范文本推广使用情况分别报送市商务局对外贸易处和市市场监督管理局合同监管处。")
    empty(doc, 1)
    add_par(doc, IND + "附件：宁波市跨境电商海外仓服务合同示范文本推广试点企业名单", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "宁波市商务局" + "\u3000" * 5 + "宁波市市场监督管理局", indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000" * 16 + "二〇二六年四月二十日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    add_par(doc, IND + "（联系人：林晓东，电话：0574-89186235）", indent=False)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16)], indent=False)
    empty(doc, 1)
    add_par(doc, [("宁波市跨境电商海外仓服务合同示范文本", XBS, 20)], align=C, indent=False, line=32)
    add_par(doc, [("推广试点企业名单", XBS, 20)], align=C, indent=False, line=32)
    empty(doc, 1)
    hdr = ["序号", "企业名称", "所在地", "海外仓所在国家（地区）", "海外仓面积（万平方米）"]
    rows = [
        ["1", "宁波海仓通供应链管理有限公司", "宁波保税区", "美国、德国", "6.8"],
        ["2", "宁波捷越国际物流有限公司", "北仑区", "英国、波兰", "4.2"],
        ["3", "浙江甬欧跨境电商服务有限公司", "鄞州区", "德国、荷兰", "3.5"],
        ["4", "宁波丝路云仓科技有限公司", "宁波前湾新区", "阿联酋、沙特阿拉伯", "2.9"],
        ["5", "宁波东盟通物流有限公司", "海曙区", "泰国、马来西亚、越南", "2.6"],
        ["6", "宁波梅山港仓储服务有限公司", "梅山综合保税区", "墨西哥", "2.1"],
        ["7", "余姚市聚邦跨境供应链有限公司", "余姚市", "美国", "1.8"],
        ["8", "慈溪市家电出海服务有限公司", "慈溪市", "俄罗斯、哈萨克斯坦", "1.6"],
        ["9", "宁波江北中欧仓储有限公司", "江北区", "匈牙利", "1.2"],
        ["10", "象山海鲜跨境冷链有限公司", "象山县", "日本、韩国", "0.7"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    widths(t, [1.1, 5.8, 3.2, 3.6, 1.9])
    note = "注：排名不分先后。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12)], indent=False, line=22, before=4)

    banji(doc, "抄送：省商务厅，省市场监督管理局，市政府办公厅。", "宁波市商务局办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局 宁波市市场监督管理局关于转发《浙江省商务厅 浙江省市场监督管理局关于印发〈跨境电商海外仓服务合同（示范文本）〉的通知》的通知",
            "doc_number": "甬商务〔2026〕27号",
            "issuer": ["宁波市商务局", "宁波市市场监督管理局"],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市跨境电商海外仓服务合同示范文本推广试点企业名单"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "各区（县、市）市场监督管理局", "宁波保税区管委会", "宁波前湾新区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangdong(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
