# ruff: noqa
#!/work/venv/bin/python
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 879: 海外仓建设支持资金拨付公示（分批次、含企业名单与金额）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into
this script's own directory.
"""
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
    else:
        pf.first_line_indent = Pt(0)
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def new_page(p):
    """start paragraph p on a new page (段前分页)."""
    p.paragraph_format.page_break_before = True
    return p


def _field_page(fp, fname, size):
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
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
    fp.alignment = C
    if footer == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field_page(fp, SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":      # - 1 -  (typed with half-width hyphens)
        font(fp.add_run("- "), SONG, 12)
        _field_page(fp, SONG, 12)
        font(fp.add_run(" -"), SONG, 12)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w"))
    tblPr.append(b)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for i, col in enumerate(table.columns):
        for cell in col.cells:
            cell.width = Cm(widths_cm[i])


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_879", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wan(x):
    return "%.2f" % x


# =================================================================== DOC A
# 福建省商务厅 福建省财政厅 公示（网站挂网版式，无红头、无文号）
FJ_ROWS = [
    # 地区, 企业名称, 国家, 城市, 面积(㎡), 金额(万元)
    ("福州市", "福州闽海通跨境供应链有限公司", "美国", "洛杉矶", 18600, 200.00),
    ("福州市", "福建融汇达国际物流有限公司", "马来西亚", "吉隆坡", 9200, 126.50),
    ("厦门市", "厦门鹭港海外仓储服务有限公司", "德国", "杜伊斯堡", 12400, 188.00),
    ("厦门市", "厦门嘉屿通供应链管理有限公司", "墨西哥", "蒙特雷", 7800, 97.20),
    ("泉州市", "泉州晋兴跨境电子商务有限公司", "英国", "伯明翰", 6500, 84.60),
    ("泉州市", "石狮市海丝通国际货运代理有限公司", "沙特阿拉伯", "利雅得", 5200, 72.00),
    ("漳州市", "漳州龙海华星物流有限公司", "越南", "胡志明市", 4800, 60.80),
    ("莆田市", "莆田鞋都云仓供应链有限公司", "波兰", "华沙", 8600, 115.40),
    ("宁德市", "宁德蕉城海联新能源物流有限公司", "匈牙利", "布达佩斯", 10200, 152.00),
    ("三明市", "福建明兴国际贸易有限公司", "阿联酋", "迪拜", 3600, 48.00),
    ("龙岩市", "龙岩闽西新丝路供应链有限公司", "哈萨克斯坦", "阿拉木图", 5600, 70.50),
    ("平潭综合实验区", "平潭海峡跨境电商产业发展有限公司", "菲律宾", "马尼拉", 3900, 52.30),
]


def fj_table(doc, rows, start, clauses, total=None):
    """two-level header: 海外仓情况 spans 所在国家/所在城市/仓储面积."""
    n = len(rows) + (1 if total else 0)
    t = doc.add_table(rows=2 + n, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0], t.rows[1]
    for ci, name in ((0, "序号"), (1, "地区"), (2, "企业名称"), (6, "支持金额")):
        a = h0.cells[ci].merge(h1.cells[ci])
        set_cell(a, name, HT, 10.5)
    g = h0.cells[3].merge(h0.cells[5])
    set_cell(g, "海外仓情况", HT, 10.5)
    set_cell(h1.cells[3], "所在国家", HT, 10.5)
    set_cell(h1.cells[4], "所在城市", HT, 10.5)
    set_cell(h1.cells[5], "仓储面积", HT, 10.5)
    repeat_header(h0)
    repeat_header(h1)
    headers = ["序号", "地区", "企业名称", "海外仓情况／所在国家", "海外仓情况／所在城市",
               "海外仓情况／仓储面积", "支持金额"]
    for k, r in enumerate(rows):
        vals = [str(start + k), r[0], r[1], r[2], r[3], str(r[4]), wan(r[5])]
        row = t.rows[2 + k]
        cant_split(row)
        for ci, v in enumerate(vals):
            set_cell(row.cells[ci], v, FS, 10.5, align=L if ci == 2 else C)
        clauses.append(row_clause(headers, vals))
    if total:
        row = t.rows[-1]
        cant_split(row)
        for ci, v in enumerate(total):
            set_cell(row.cells[ci], v, HT if ci == 0 else FS, 10.5)
        clauses.append(row_clause(headers, total))
    col_widths(t, [1.0, 2.1, 4.6, 1.9, 2.0, 2.0, 2.0])
    return t


def doc_fujian():
    stem = "blind879_fujian_gongshi"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    # title wrapped by the clerk over three paragraphs, at odd places
    empty(doc, 1)
    for part in ("福建省商务厅　福建省财政厅关于",
                 "2025年度省级公共海外仓建设支持资金",
                 "（第二批）拟拨付企业名单的公示"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    total_amt = sum(r[5] for r in FJ_ROWS)
    total_area = sum(r[4] for r in FJ_ROWS)
    body("根据《福建省商务厅　福建省财政厅关于做好2025年度省级外经贸发展专项资金（公共海外仓方向）申报工作的通知》（闽商务财务〔2025〕41号）要求，经企业自愿申报、设区市（平潭综合实验区）商务和财政部门初审推荐、第三方机构专项审核、省商务厅和省财政厅联合复核，拟对福州闽海通跨境供应链有限公司等%d家企业给予2025年度省级公共海外仓建设支持资金（第二批），合计%s万元。第一批支持资金已于2025年12月完成公示并下达。现将第二批拟拨付企业名单予以公示。"
         % (len(FJ_ROWS), wan(total_amt)))
    # headings with text on the same line, heading words in 黑体
    for h, t in (
        ("一、公示时间：", "2026年3月10日至2026年3月16日（5个工作日）。"),
        ("二、公示内容：", "拟拨付企业名称、所在地区、海外仓基本情况及支持金额，详见附件。"),
        ("三、异议反映：", "公示期间，任何单位和个人对公示内容有异议的，可通过书面、电话、电子邮件等方式向省商务厅或省财政厅反映。以单位名义反映的，应加盖单位公章；以个人名义反映的，应署真实姓名并提供联系方式。匿名或逾期反映的，不予受理。"),
    ):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])
    add_par(doc, [("四、联系方式", HT, 16, False)])
    body("省商务厅对外贸易发展处：0591-87621457，电子邮箱：fjswtwmc@163.com")
    body("省财政厅经济建设处：0591-87095328")
    empty(doc, 1)
    # 附件 list line (not a clause)
    add_par(doc, "附件：2025年度省级公共海外仓建设支持资金（第二批）拟拨付企业名单")
    empty(doc, 2)
    # joint 落款 aligned with tab stops, date right-aligned under
    p = add_par(doc, "\t福建省商务厅\t福建省财政厅", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6))
    p = add_par(doc, "2026年3月9日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    # ---- attachment on its own page
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    p = add_par(doc, [("2025年度省级公共海外仓建设支持资金（第二批）", XBS, 18, False)],
                align=C, indent=False, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("拟拨付企业名单"), XBS, 18)
    empty(doc, 1, line=14)
    add_par(doc, [("单位：平方米、万元", FS, 12, False)], align=R, indent=False, line=20)
    fj_table(doc, FJ_ROWS[:8], 1, clauses)
    # clerk splits the table by hand and types 续表
    new_page(add_par(doc, [("续表", HT, 14, False)], indent=False, line=24))
    total = ["合计", "—", "%d家" % len(FJ_ROWS), "—", "—", str(total_area), wan(total_amt)]
    fj_table(doc, FJ_ROWS[8:], 9, clauses, total=total)
    empty(doc, 1, line=14)
    notes = [
        "注：1．支持金额按海外仓项目经审核确认的建设投入（含租金、装修改造、仓储设备和信息系统投入）的20%核定，单个企业最高不超过200万元。",
        "2．同一海外仓项目已获得中央外经贸发展专项资金或其他省级财政资金支持的，不重复支持。",
    ]
    add_par(doc, [(notes[0], FS, 12, False)], indent=False, line=20)
    p = add_par(doc, [(notes[1], FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend(notes)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省商务厅　福建省财政厅关于2025年度省级公共海外仓建设支持资金（第二批）拟拨付企业名单的公示",
            "doc_number": None,
            "issuer": ["福建省商务厅", "福建省财政厅"],
            "date": "2026-03-09",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度省级公共海外仓建设支持资金（第二批）拟拨付企业名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 宁波市商务局 宁波市财政局 联合红头 下达资金通知
NB_ROWS = [
    # 区（县、市）, 企业名称, 所在国家（地区）, 支持类别, 核定投资额, 下达资金
    ("海曙区", "宁波甬欧通供应链管理有限公司", "德国", "新建（购置）", 1860.00, 150.00),
    ("海曙区", "宁波鼓楼云仓国际物流有限公司", "英国", "租赁扩容", 620.00, 62.00),
    ("江北区", "宁波慈城跨境电子商务有限公司", "美国", "租赁扩容", 980.00, 98.00),
    ("北仑区", "宁波港融海外仓储有限公司", "美国", "新建（购置）", 3250.00, 150.00),
    ("北仑区", "宁波梅山湾国际物流有限公司", "阿联酋", "新建（购置）", 1420.00, 142.00),
    ("北仑区", "宁波舟港丝路供应链有限公司", "泰国", "信息化建设", 310.00, 31.00),
    ("镇海区", "宁波镇化新材料进出口有限公司", "印度尼西亚", "租赁扩容", 540.00, 54.00),
    ("鄞州区", "宁波鄞商跨境贸易有限公司", "波兰", "新建（购置）", 1150.00, 115.00),
    ("鄞州区", "宁波东钱湖数字物流科技有限公司", "墨西哥", "信息化建设", 260.00, 26.00),
    ("奉化区", "宁波溪口环球仓储有限公司", "西班牙", "租赁扩容", 430.00, 43.00),
    ("余姚市", "余姚舜宇达国际贸易有限公司", "越南", "租赁扩容", 385.00, 38.50),
    ("慈溪市", "慈溪家电出海供应链有限公司", "巴西", "新建（购置）", 1680.00, 150.00),
    ("慈溪市", "慈溪杭州湾跨境物流有限公司", "俄罗斯", "租赁扩容", 720.00, 72.00),
    ("宁海县", "宁海文具国际物流有限公司", "智利", "租赁扩容", 295.00, 29.50),
    ("象山县", "象山针织品海外仓储服务有限公司", "意大利", "信息化建设", 180.00, 18.00),
    ("宁波国家高新区", "宁波甬新智慧物流有限公司", "马来西亚", "新建（购置）", 890.00, 89.00),
]


def doc_ningbo():
    stem = "blind879_ningbo_xiada"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []

    # 份号 / 紧急程度 (top-left, 黑体)
    add_par(doc, [("000126", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    # joint 版头: two organ names stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "宁波市商务局", XBS, 36, align=R, color=RED, line=46)
    set_cell(t.rows[1].cells[0], "宁波市财政局", XBS, 36, align=R, color=RED, line=46)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 36, align=L, color=RED, line=46)
    col_widths(t, [11.6, 4.0])
    empty(doc, 1)
    p = add_par(doc, "甬商务联〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("宁波市商务局　宁波市财政局", XBS, 22, False)],
                align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于下达2025年度宁波市海外仓建设"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("专项资金（第一批）的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门、财政局，宁波国家高新区经济发展局、财政局：",
            indent=False)

    total_inv = sum(r[4] for r in NB_ROWS)
    total_amt = sum(r[5] for r in NB_ROWS)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("根据《宁波市商务发展专项资金管理办法》（甬财政发〔2023〕512号）和《宁波市加快海外仓高质量发展若干措施》（甬商务发〔2025〕36号）有关规定，经企业申报、区（县、市）初审推荐、第三方审计、专家评审和网上公示（公示期2026年1月19日至1月23日），现将2025年度宁波市海外仓建设专项资金（第一批）%s万元下达给你们，用于支持%d家企业的%d个海外仓项目（具体分配见附件1）。现将有关事项通知如下："
         % (wan(total_amt), len(NB_ROWS), len(NB_ROWS)))
    head("一、资金用途")
    body("本批资金用于支持我市外贸企业在境外新建（购置）、租赁扩容海外仓和开展海外仓信息化系统建设，重点支持布局在共建“一带一路”国家和《区域全面经济伙伴关系协定》（RCEP）成员国的海外仓项目。新建（购置）、租赁扩容和信息化建设类项目均按核定投资额的10%给予支持，单个项目最高不超过150万元。")
    head("二、资金拨付")
    runin("（一）及时拨付到位。", "各区（县、市）财政局应在收到资金之日起30日内，会同同级商务主管部门将资金足额拨付至项目企业，不得截留、挤占、挪用。本批资金在2026年度政府收支分类科目“2160299其他商贸事务支出”中列支。")
    runin("（二）做好拨付核对。", "拨付前，各地要对企业银行账户、项目实施主体进行核对，发现企业已注销、被列入严重失信主体名单或项目存在重大变化的，应暂缓拨付并及时书面报告市商务局、市财政局。")
    runin("（三）报送拨付情况。", "各地应于2026年3月31日前将资金拨付情况（含拨付凭证复印件）报送市商务局对外贸易处和市财政局经济建设处。")
    head("三、绩效管理")
    body("各地要按照全面实施预算绩效管理的要求，对照附件2所列绩效目标做好绩效运行监控，督促项目企业规范使用资金、加快项目建设。请于2026年12月15日前将本批资金使用情况和绩效自评报告报送市商务局、市财政局。")
    head("四、监督检查")
    body("市商务局、市财政局将适时对资金使用情况开展抽查。对弄虚作假、骗取套取财政资金的企业，一经查实，全额追回已拨付资金，五年内取消其申报市级商务发展专项资金资格，并依法依规追究相关责任；涉嫌犯罪的，移送司法机关处理。")
    body("联系人：市商务局对外贸易处王颖，电话：0574-89186532；市财政局经济建设处陈立群，电话：0574-89388217。")
    empty(doc, 1)
    # 附件 list: second item aligned with typed full-width spaces
    add_par(doc, "附件：1．2025年度宁波市海外仓建设专项资金（第一批）分配表")
    add_par(doc, "\u3000\u3000\u30002．2025年度宁波市海外仓建设专项资金（第一批）绩效目标表")
    empty(doc, 1)
    # joint 落款: two organs side by side, date centred under (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.rows[0].cells[0], "宁波市商务局", FS, 16, line=28)
    set_cell(t.rows[0].cells[1], "宁波市财政局", FS, 16, line=28)
    set_cell(t.rows[1].cells[1], "2026年2月12日", FS, 16, line=28)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1 on its own page
    new_page(add_par(doc, [("附件1", HT, 16, False)], indent=False))
    empty(doc, 1)
    p = add_par(doc, [("2025年度宁波市海外仓建设专项资金", XBS, 18, False)],
                align=C, indent=False, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（第一批）分配表"), XBS, 18)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=20)
    headers = ["序号", "区（县、市）", "企业名称", "海外仓所在国家（地区）", "支持类别",
               "核定投资额", "下达资金"]
    t = doc.add_table(rows=2 + len(NB_ROWS), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(headers):
        set_cell(t.rows[0].cells[ci], h, HT, 10.5)
    repeat_header(t.rows[0])
    for k, r in enumerate(NB_ROWS):
        vals = [str(k + 1), r[0], r[1], r[2], r[3], wan(r[4]), wan(r[5])]
        row = t.rows[1 + k]
        cant_split(row)
        for ci, v in enumerate(vals):
            set_cell(row.cells[ci], v, FS, 10.5, align=L if ci == 2 else C)
        clauses.append(row_clause(headers, vals))
    tot = ["合计", "—", "%d家" % len(NB_ROWS), "—", "—", wan(total_inv), wan(total_amt)]
    cant_split(t.rows[-1])
    for ci, v in enumerate(tot):
        set_cell(t.rows[-1].cells[ci], v, HT if ci == 0 else FS, 10.5)
    clauses.append(row_clause(headers, tot))
    col_widths(t, [0.9, 2.0, 4.2, 2.0, 2.0, 2.3, 2.2])
    note = "注：核定投资额以第三方审计机构出具的专项审计报告确认金额为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    # ---- 附件2 on its own page
    new_page(add_par(doc, [("附件2", HT, 16, False)], indent=False))
    empty(doc, 1)
    p = add_par(doc, [("2025年度宁波市海外仓建设专项资金", XBS, 18, False)],
                align=C, indent=False, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（第一批）绩效目标表"), XBS, 18)
    empty(doc, 1, line=14)
    h2 = ["一级指标", "二级指标", "三级指标", "指标值"]
    rows2 = [
        ["产出指标", "数量指标", "支持海外仓项目数", "16个"],
        ["产出指标", "数量指标", "新增海外仓面积", "≥8万平方米"],
        ["产出指标", "时效指标", "资金拨付到企业时间", "≤30日"],
        ["效益指标", "经济效益指标", "项目企业通过海外仓实现出口额", "≥45亿元"],
        ["效益指标", "社会效益指标", "服务中小外贸企业数量", "≥600家"],
        ["满意度指标", "服务对象满意度指标", "项目企业满意度", "≥90%"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(h2):
        set_cell(t.rows[0].cells[ci], h, HT, 12)
    for k, r in enumerate(rows2):
        for ci, v in enumerate(r):
            set_cell(t.rows[1 + k].cells[ci], v, FS, 12)
        clauses.append(row_clause(h2, r))
    col_widths(t, [2.6, 3.6, 6.0, 3.2])

    # 版记 at the very end
    empty(doc, 2)
    p = add_par(doc, [("抄送：市审计局，市财政预算绩效评价中心。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("宁波市商务局办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年2月13日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局　宁波市财政局关于下达2025年度宁波市海外仓建设专项资金（第一批）的通知",
            "doc_number": "甬商务联〔2026〕8号",
            "issuer": ["宁波市商务局", "宁波市财政局"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度宁波市海外仓建设专项资金（第一批）分配表",
                            "2025年度宁波市海外仓建设专项资金（第一批）绩效目标表"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "各区（县、市）财政局",
                           "宁波国家高新区经济发展局", "宁波国家高新区财政局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 义乌市商务局：两份分批次公示（第三批、第四批）前后打印在同一文件中
YW3 = [
    ("义乌市嘉跃供应链管理有限公司", "稠城街道", "美国洛杉矶", "新建（购置）", "1,260,000"),
    ("义乌市商城丝路国际物流有限公司", "福田街道", "西班牙马德里", "租赁扩容", "486,200"),
    ("浙江义新欧海外仓储有限公司", "稠江街道", "波兰华沙", "新建（购置）", "1,500,000"),
    ("义乌市北苑小商品出口有限公司", "北苑街道", "阿联酋迪拜", "租赁扩容", "352,800"),
    ("义乌市佛堂跨境电子商务有限公司", "佛堂镇", "墨西哥墨西哥城", "租赁扩容", "417,500"),
    ("义乌市后宅日用品进出口有限公司", "后宅街道", "智利圣地亚哥", "信息化建设", "128,000"),
    ("浙江陆港通国际货运代理有限公司", "廿三里街道", "哈萨克斯坦阿拉木图", "租赁扩容", "263,400"),
    ("义乌市苏溪五金工具贸易有限公司", "苏溪镇", "巴西圣保罗", "信息化建设", "95,600"),
]
YW4 = [
    ("义乌市江东饰品进出口有限公司", "江东街道", "美国纽约", "租赁扩容", "538,000"),
    ("义乌市国际陆港跨境物流有限公司", "稠江街道", "德国杜伊斯堡", "新建（购置）", "1,500,000"),
    ("义乌市大陈服饰贸易有限公司", "大陈镇", "俄罗斯莫斯科", "租赁扩容", "306,700"),
    ("义乌市上溪工艺品出口有限公司", "上溪镇", "沙特阿拉伯吉达", "租赁扩容", "274,300"),
    ("浙江小商品城海外服务有限公司", "福田街道", "卢旺达基加利", "信息化建设", "142,500"),
    ("义乌市赤岸电商供应链有限公司", "赤岸镇", "泰国曼谷", "租赁扩容", "219,800"),
]


def yuan_sum(rows):
    return "{:,}".format(sum(int(r[4].replace(",", "")) for r in rows))


def yw_notice(doc, batch, rows, policy_line, period, date_cn, date_iso, contact,
              first=True):
    clauses = []

    def body(t):
        # indent typed with full-width spaces, no paragraph indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("关于2025年度义乌市海外仓建设扶持资金"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（%s）拨付名单的公示" % batch), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    if not first:
        new_page(p)
    empty(doc, 1)
    n = len(rows)
    total = yuan_sum(rows)
    body(policy_line % (batch, n, total))

    # caption + unit on one line separated by a tab
    p = add_par(doc, [("2025年度义乌市海外仓建设扶持资金（%s）拨付名单" % batch, HT, 14, False),
                      ("\t", FS, 12, False), ("单位：元", FS, 12, False)],
                indent=False, line=24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    headers = ["序号", "企业名称", "所属镇街", "海外仓所在地", "扶持类别", "拨付金额"]
    t = doc.add_table(rows=2 + n, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(headers):
        set_cell(t.rows[0].cells[ci], h, HT, 10.5)
    repeat_header(t.rows[0])
    for k, r in enumerate(rows):
        vals = [str(k + 1)] + list(r)
        cant_split(t.rows[1 + k])
        for ci, v in enumerate(vals):
            set_cell(t.rows[1 + k].cells[ci], v, FS, 10.5,
                     align=L if ci == 1 else (R if ci == 5 else C))
        clauses.append(row_clause(headers, vals))
    tot = ["合计", "%d家" % n, "—", "—", "—", total]
    cant_split(t.rows[-1])
    for ci, v in enumerate(tot):
        set_cell(t.rows[-1].cells[ci], v, HT if ci == 0 else FS, 10.5,
                 align=R if ci == 5 else C)
    clauses.append(row_clause(headers, tot))
    col_widths(t, [1.0, 4.8, 2.2, 3.0, 2.2, 2.4])
    note = "注:扶持类别中\u201c新建（购置）\u201d按实际投资额的15%给予扶持,\u201c租赁扩容\u201d\u201c信息化建设\u201d按实际支出的20%给予扶持,单个企业年度扶持总额最高150万元。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)
    empty(doc, 1, line=14)

    # two logical paragraphs typed in one w:p with Shift+Enter
    t1 = "公示期为%s(5个工作日)。公示期间,如对公示内容有异议,请以书面形式实名向义乌市商务局反映,并提供必要的证明材料;匿名反映不予受理。" % period
    t2 = "公示期满无异议的,由市财政局按规定将扶持资金直接拨付至企业基本账户。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body(contact)
    empty(doc, 2)
    # 落款 aligned with typed spaces; date in Chinese numerals
    add_par(doc, " " * 44 + "义乌市商务局", indent=False)
    add_par(doc, " " * 41 + date_cn, indent=False)
    return {
        "meta": {
            "title": "关于2025年度义乌市海外仓建设扶持资金（%s）拨付名单的公示" % batch,
            "doc_number": None,
            "issuer": ["义乌市商务局"],
            "date": date_iso,
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }


def doc_yiwu():
    stem = "blind879_yiwu_fenpi"
    doc = Document()
    setup(doc, footer="hyphen")
    d1 = yw_notice(
        doc, "第三批", YW3,
        "根据《义乌市人民政府办公室关于印发义乌市进一步促进外贸高质量发展若干政策的通知》(义政办发〔2025〕19号)和《义乌市海外仓建设扶持资金管理细则》有关规定,经企业申报、镇街初审、第三方审计和市商务局、市财政局联合审核,拟对以下企业拨付2025年度海外仓建设扶持资金（%s），共%d家企业，拨付金额合计%s元。现予以公示。",
        "2026年4月21日—2026年4月27日", "二〇二六年四月二十日", "2026-04-20",
        "联系电话：0579-85521863（市商务局外贸科），0579-85539027（市财政局经建科）。")
    d2 = yw_notice(
        doc, "第四批", YW4,
        "根据《义乌市人民政府办公室关于印发义乌市进一步促进外贸高质量发展若干政策的通知》(义政办发〔2025〕19号)和《义乌市海外仓建设扶持资金管理细则》有关规定,经企业申报、镇街初审、第三方审计和市商务局、市财政局联合审核,拟对以下企业拨付2025年度海外仓建设扶持资金（%s），共%d家企业，拨付金额合计%s元。本批为2025年度最后一批。现予以公示。",
        "2026年6月9日—2026年6月15日", "二〇二六年六月八日", "2026-06-08",
        "联系电话：0579-85521863（市商务局外贸科），0579-85539027（市财政局经建科）。",
        first=False)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [d1, d2]
    return path


def main():
    paths = [doc_fujian(), doc_ningbo(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
