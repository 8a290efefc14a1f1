# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 771: 外商投资信息报告 未按时报送名单公告 / 补报后移出名单公告.

Writes blind771_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
"""
import json
import os
import random
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT

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


def footer_pageno(section, left="— ", right=" —", fname=SONG, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = CENTER
    font(fp.add_run(left), fname, size)
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
    font(fp.add_run(right), fname, size)


def setup(doc, pageno=("— ", " —")):
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
    if pageno:
        footer_pageno(s, *pageno)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, line=16, pad=1):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(pad)
    p.paragraph_format.space_after = Pt(pad)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=20)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_771", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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


CN = "一二三四五六七八九十"

# ---- 统一社会信用代码 (GB 32100-2015, with GB 11714 org-code check) --------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code(body8):
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c9 = 11 - s % 11
    return body8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def uscc(area, rng):
    if rng.random() < 0.55:
        body = "MA" + rng.choice("1234") + "".join(
            rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
    else:
        body = rng.choice(["60", "70", "71", "72", "73", "75", "76", "77", "78", "79"]) + \
            "".join(rng.choice("0123456789") for _ in range(6))
    oc = org_code(body)
    pre = "91" + area + oc
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(pre, USCC_W))
    c18 = (31 - s % 31) % 31
    return pre + USCC_CHARS[c18]


# ======================================================= shared data: Jiangsu
JS_AREA = {
    "南京市江宁区": "320115",
    "中国（江苏）自由贸易试验区南京片区": "320111",
    "南京市玄武区": "320102",
    "无锡市新吴区": "320214",
    "无锡市江阴市": "320281",
    "徐州市铜山区": "320312",
    "常州市新北区": "320411",
    "常州市武进区": "320412",
    "苏州工业园区": "320594",
    "中国（江苏）自由贸易试验区苏州片区": "320594",
    "苏州市吴中区": "320506",
    "苏州市昆山市": "320583",
    "苏州市张家港市": "320582",
    "南通市通州区": "320612",
    "南通市崇川区": "320602",
    "中国（江苏）自由贸易试验区连云港片区": "320703",
    "连云港市海州区": "320706",
    "淮安市清江浦区": "320812",
    "盐城市亭湖区": "320902",
    "扬州市邗江区": "321003",
    "镇江市京口区": "321102",
    "泰州市海陵区": "321202",
    "宿迁市宿城区": "321302",
}

JS_FIRMS = [
    ("南京博越汽车零部件有限公司", "南京市江宁区"),
    ("南京森田精密电子有限公司", "南京市江宁区"),
    ("南京德瑞克流体设备有限公司", "中国（江苏）自由贸易试验区南京片区"),
    ("南京欧朗生物医药科技有限公司", "中国（江苏）自由贸易试验区南京片区"),
    ("南京新桥国际贸易有限公司", "南京市玄武区"),
    ("无锡凯普勒机械制造有限公司", "无锡市新吴区"),
    ("无锡美川半导体材料有限公司", "无锡市新吴区"),
    ("江阴华泰森纺织有限公司", "无锡市江阴市"),
    ("无锡绿谷环保科技有限公司", "无锡市新吴区"),
    ("徐州艾克索工程机械配件有限公司", "徐州市铜山区"),
    ("徐州汉诺食品有限公司", "徐州市铜山区"),
    ("常州斯泰尔光电科技有限公司", "常州市新北区"),
    ("常州瀚宇新能源有限公司", "常州市武进区"),
    ("常州奥德莱医疗用品有限公司", "常州市武进区"),
    ("常州晨光塑胶制品有限公司", "常州市新北区"),
    ("苏州纳维斯精密模具有限公司", "苏州工业园区"),
    ("苏州凯菲尔生物技术有限公司", "中国（江苏）自由贸易试验区苏州片区"),
    ("苏州禾川智能装备有限公司", "苏州市吴中区"),
    ("昆山鼎泰电子科技有限公司", "苏州市昆山市"),
    ("昆山欣隆五金制品有限公司", "苏州市昆山市"),
    ("张家港保税区瑞丰化工贸易有限公司", "苏州市张家港市"),
    ("苏州弗莱德物流有限公司", "苏州工业园区"),
    ("苏州高德诺软件技术有限公司", "中国（江苏）自由贸易试验区苏州片区"),
    ("昆山富盈精密五金有限公司", "苏州市昆山市"),
    ("苏州蓝湾餐饮管理有限公司", "苏州市吴中区"),
    ("南通海伦纳纺织科技有限公司", "南通市通州区"),
    ("南通中马船舶配套有限公司", "南通市崇川区"),
    ("南通利华丰家纺有限公司", "南通市通州区"),
    ("连云港中哈丝路国际物流有限公司", "中国（江苏）自由贸易试验区连云港片区"),
    ("连云港康源医药化工有限公司", "连云港市海州区"),
    ("淮安泰嘉食品有限公司", "淮安市清江浦区"),
    ("淮安嘉盛电子材料有限公司", "淮安市清江浦区"),
    ("盐城韩邦汽车内饰有限公司", "盐城市亭湖区"),
    ("盐城东洋风电设备有限公司", "盐城市亭湖区"),
    ("盐城海川中韩投资有限公司", "盐城市亭湖区"),
    ("扬州新港船舶设计有限公司", "扬州市邗江区"),
    ("扬州诺凡照明科技有限公司", "扬州市邗江区"),
    ("镇江嘉和化学有限公司", "镇江市京口区"),
    ("镇江宏瑞精工有限公司", "镇江市京口区"),
    ("镇江东禾生物饲料有限公司", "镇江市京口区"),
    ("泰州瑞博医药科技有限公司", "泰州市海陵区"),
    ("泰州金港船用设备有限公司", "泰州市海陵区"),
    ("泰州百盛纺织品有限公司", "泰州市海陵区"),
    ("宿迁亚森家具有限公司", "宿迁市宿城区"),
    ("宿迁东方红酒业贸易有限公司", "宿迁市宿城区"),
    ("宿迁彩虹光伏材料有限公司", "宿迁市宿城区"),
]
_rng = random.Random(771)
JS_CODES = [uscc(JS_AREA[loc], _rng) for _, loc in JS_FIRMS]
# 1-based 序号 of the 15 firms that still had not reported by the deadline
JS_STILL_MISSING = {3, 8, 11, 14, 19, 21, 25, 29, 33, 35, 38, 41, 43, 45, 46}
JS_FIX_DATES = ["7月21日", "7月23日", "7月20日", "7月28日", "7月22日", "8月3日", "7月31日",
                "8月5日", "7月24日", "7月20日", "8月10日", "7月27日", "7月29日", "8月6日",
                "7月21日", "8月12日", "7月30日", "7月22日", "8月4日", "7月28日", "8月7日",
                "7月23日", "8月11日", "7月24日", "7月31日", "8月13日", "7月27日", "8月3日",
                "7月21日", "8月10日", "8月12日"]


# =================================================================== DOC A
def doc_js_weibao():
    """江苏省商务厅 公告: 未按时报送名单 (红头, 附件跨页表格, 表头重复)."""
    stem = "blind771_jiangsu_weibao"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("江苏省商务厅", XBS, 48, False, RED)], align=CENTER, indent=False,
            line=66, before=30)
    empty(doc, 1)
    p = add_par(doc, "苏商资〔2026〕158号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as two paragraphs, broken at an odd place
    add_par(doc, [("江苏省商务厅关于未按时报送2025年度外商", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    add_par(doc, [("投资信息报告企业名单的公告", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    # note: half-width parentheses in the first paragraph, as typed
    body("根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》和《外商投资信息报告办法》(商务部、国家市场监督管理总局令2019年第2号，以下简称《办法》)有关规定，外国投资者或者外商投资企业应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度的年度报告。经核查，截至2026年6月30日，我省仍有46家外商投资企业未按规定报送2025年度外商投资信息报告（年度报告）。现将有关事项公告如下：")
    body("一、名单内企业应自本公告发布之日起20个工作日内（即2026年8月13日前），登录国家企业信用信息公示系统（www.gsxt.gov.cn）补报2025年度外商投资信息报告，并将补报情况书面报告所在地设区市商务主管部门。")
    body("二、对逾期仍未补报的企业，由所在地商务主管部门依据《中华人民共和国外商投资法》第三十七条规定责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款，并将有关情况记入企业信用记录，依法通过国家企业信用信息公示系统向社会公示。")
    body("三、已于2026年6月30日后自行补报、但仍被列入本名单的企业，可持补报回执向所在地设区市商务主管部门申请核实，经核实无误的，由我厅统一移出名单并另行公告。")
    body("四、各设区市商务主管部门要切实履行督促职责，逐一通知名单内企业，做好政策解读和操作指导，并于2026年8月18日前将补报情况汇总报送我厅外国投资管理处。")
    body("五、企业在补报过程中如遇系统操作问题，可咨询省商务厅外国投资管理处，联系电话：025-57710235、025-57710238；传真：025-57710240。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 list line with hanging indent typed by hand
    add_par(doc, "附件：未按时报送2025年度外商投资信息报告企业名单")
    empty(doc, 2)
    # 落款 positioned with typed half-width spaces
    add_par(doc, " " * 42 + "江苏省商务厅", indent=False)
    add_par(doc, " " * 40 + "2026年7月16日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("未按时报送2025年度外商投资信息报告企业名单", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "企业名称", "统一社会信用代码", "所在地"]
    t = doc.add_table(rows=1 + len(JS_FIRMS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for k, ((name, loc), code) in enumerate(zip(JS_FIRMS, JS_CODES), 1):
        row = [str(k), name, code, loc]
        cells = t.rows[k].cells
        set_cell(cells[0], row[0], FS, 10.5, line=14, pad=0)
        set_cell(cells[1], row[1], FS, 10.5, align=LEFT, line=14, pad=0)
        set_cell(cells[2], row[2], FS, 10.5, line=14, pad=0)
        set_cell(cells[3], row[3], FS, 10.5, align=LEFT, line=14, pad=0)
        cant_split(t.rows[k])
        clauses.append(row_clause(header, row))
    col_widths(t, [1.2, 5.7, 5.4, 3.3])
    add_par(doc, [("注：名单按企业所在设区市排列，排名不分先后。所在地为自由贸易试验区的，以企业登记注册地所在片区填列。", FS, 12, False)],
            indent=False, line=20, before=6)
    clauses.append("注：名单按企业所在设区市排列，排名不分先后。所在地为自由贸易试验区的，以企业登记注册地所在片区填列。")

    banji(doc, "抄送：商务部外国投资管理司，省市场监管局，各设区市人民政府。",
          "江苏省商务厅办公室", "2026年7月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅关于未按时报送2025年度外商投资信息报告企业名单的公告",
            "doc_number": "苏商资〔2026〕158号",
            "issuer": ["江苏省商务厅"],
            "date": "2026-07-16",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": ["未按时报送2025年度外商投资信息报告企业名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_js_yichu(split_at=5):
    """江苏省商务厅 公告: 补报后移出名单 (无红头, 自动编号, 手工续表)."""
    stem = "blind771_jiangsu_yichu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    IND = "\u3000\u3000"

    # title: one paragraph, soft line break
    p = doc.add_paragraph()
    font(p.add_run("江苏省商务厅关于将已补报2025年度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("外商投资信息报告的企业移出未按时"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("报送名单的公告"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=34, before=24)
    add_par(doc, "苏商资〔2026〕203号", align=CENTER, indent=False, before=6)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    items = [0]

    def item(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)

    body("2026年7月16日，我厅发布《江苏省商务厅关于未按时报送2025年度外商投资信息报告企业名单的公告》（苏商资〔2026〕158号），对46家未按时报送2025年度外商投资信息报告的企业予以公告，并要求其限期补报。截至2026年8月13日补报期限届满，经各设区市商务主管部门核实，共有31家企业已完成补报。现将有关事项公告如下：")
    item("将下列31家已完成补报的企业移出未按时报送2025年度外商投资信息报告企业名单：")

    header = ["序号", "企业名称", "统一社会信用代码", "所在地", "补报完成日期"]
    rows = []
    k = 0
    for i, ((name, loc), code) in enumerate(zip(JS_FIRMS, JS_CODES), 1):
        if i in JS_STILL_MISSING:
            continue
        rows.append([str(k + 1), name, code, loc, JS_FIX_DATES[k]])
        k += 1
    assert len(rows) == 31

    def table(part):
        t = doc.add_table(rows=1 + len(part), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5)
        for r, row in enumerate(part, 1):
            for c, v in enumerate(row):
                set_cell(t.rows[r].cells[c], v, FS, 10.5,
                         align=LEFT if c in (1, 3) else CENTER)
            cant_split(t.rows[r])
            clauses.append(row_clause(header, row))
        col_widths(t, [1.2, 4.2, 5.2, 2.9, 2.1])

    table(rows[:split_at])
    # clerk's manual continuation: page break, "续表", header typed again
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    p.paragraph_format.page_break_before = True
    table(rows[split_at:])
    empty(doc, 1, line=14)
    item("其余15家逾期仍未补报的企业，由所在地设区市商务主管部门依据《中华人民共和国外商投资法》第三十七条规定责令限期改正；逾期不改正的，依法予以罚款，并将相关情况推送至江苏省公共信用信息平台。")
    item("已移出名单的企业要严格按照《外商投资信息报告办法》规定，于每年1月1日至6月30日期间按时报送年度报告，确保报送信息真实、准确、完整。")
    item("各设区市商务主管部门要加强外商投资信息报告日常督导，对企业报送信息开展抽查，对发现的问题及时督促整改。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    # 落款 with right tab stop, date in Chinese numerals
    for txt in ("江苏省商务厅", "二〇二六年八月二十日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), 2)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅关于将已补报2025年度外商投资信息报告的企业移出未按时报送名单的公告",
            "doc_number": "苏商资〔2026〕203号",
            "issuer": ["江苏省商务厅"],
            "date": "2026-08-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
NB_AREA = {"北仑区": "330206", "中国（浙江）自由贸易试验区宁波片区": "330206",
           "鄞州区": "330212", "余姚市": "330281", "慈溪市": "330282"}
NB_GROUPS = [
    ("北仑区", ["宁波艾斯特液压件有限公司", "宁波北仑凯乐斯模具有限公司", "宁波港丰国际物流有限公司"]),
    ("中国（浙江）自由贸易试验区宁波片区", ["宁波梅山汇泽投资管理有限公司", "宁波欧凯能源贸易有限公司"]),
    ("鄞州区", ["宁波华美达服饰有限公司", "宁波新域智能家居有限公司", "宁波拓邦医疗器械有限公司"]),
    ("余姚市", ["余姚日升光电有限公司", "余姚金利塑料制品有限公司"]),
    ("慈溪市", ["慈溪博纳电器有限公司", "慈溪德兴轴承有限公司"]),
]


def doc_nb():
    """宁波市商务局: two 公告 printed one after the other in one file."""
    stem = "blind771_ningbo_gonggao"
    doc = Document()
    setup(doc, pageno=("- ", " -"))
    rng = random.Random(7710)
    firms = []
    for loc, names in NB_GROUPS:
        for n in names:
            firms.append((n, loc, uscc(NB_AREA[loc], rng)))
    assert len(firms) == 12

    IND = "\u3000\u3000"

    # ------------------------------------------------ 公告 2026年第4号
    c1 = []

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    add_par(doc, [("宁波市商务局公告", XBS, 26, False)], align=CENTER, indent=False,
            line=40, before=12)
    add_par(doc, [("2026年第4号", KT, 16, False)], align=CENTER, indent=False)
    empty(doc, 1)
    p = add_par(doc, [("宁波市商务局关于未按时报送2025年度", XBS, 22, False)],
                align=CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("外商投资信息报告企业名单的公告"), XBS, 22)
    empty(doc, 1)
    # half-width comma after 规定, as typed
    body1("根据《中华人民共和国外商投资法》和《外商投资信息报告办法》有关规定,外国投资者或者外商投资企业应当于每年1月1日至6月30日报送上一年度的年度报告。经比对核查，截至2026年6月30日，我市仍有12家外商投资企业未报送2025年度外商投资信息报告（年度报告），现予公告（名单见下表）。")

    # table with two-level header and merged 所在区域 cells
    n = len(firms)
    t = doc.add_table(rows=2 + n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 10.5)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "所在区域", HT, 10.5)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "企业信息", HT, 10.5)
    set_cell(t.cell(1, 2), "企业名称", HT, 10.5)
    set_cell(t.cell(1, 3), "统一社会信用代码", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    k = 0
    for loc, names in NB_GROUPS:
        top = r
        for nm in names:
            k += 1
            code = firms[k - 1][2]
            set_cell(t.cell(r, 0), str(k), FS, 10.5)
            set_cell(t.cell(r, 2), nm, FS, 10.5, align=LEFT)
            set_cell(t.cell(r, 3), code, FS, 10.5)
            c1.append("序号：%d；所在区域：%s；企业信息／企业名称：%s；企业信息／统一社会信用代码：%s"
                      % (k, loc, nm, code))
            r += 1
        m = t.cell(top, 1)
        if r - 1 > top:
            m = m.merge(t.cell(r - 1, 1))
        set_cell(m, loc, FS, 10.5)
    col_widths(t, [1.2, 3.8, 5.4, 5.2])
    empty(doc, 1, line=14)
    body1("请名单内企业于2026年7月24日前，通过国家企业信用信息公示系统补报2025年度外商投资信息报告，并向所在区（县、市）商务主管部门反馈补报情况。逾期仍未补报的，我局将依据《中华人民共和国外商投资法》第三十七条规定责令限期改正；逾期不改正的，依法处以罚款，并将相关情况纳入企业信用记录。")
    body1("已完成补报的企业，经核实后移出名单并另行公告。")
    body1("咨询电话：0574-89388712（市商务局外资管理处）。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    for txt in ("宁波市商务局", "二〇二六年七月十日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 2)

    # ------------------------------------------------ 公告 2026年第6号
    page_break(doc)
    c2 = []

    def body2(t):
        c2.append(t)
        add_par(doc, IND + t, indent=False)

    add_par(doc, [("宁波市商务局公告", XBS, 26, False)], align=CENTER, indent=False,
            line=40, before=12)
    add_par(doc, [("2026年第6号", KT, 16, False)], align=CENTER, indent=False)
    empty(doc, 1)
    for ln in ("宁波市商务局关于将已补报企业移出", "未按时报送2025年度外商投资信息报告",
               "企业名单的公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    body2("我局于2026年7月10日发布《宁波市商务局关于未按时报送2025年度外商投资信息报告企业名单的公告》（2026年第4号），公布了12家未按时报送2025年度外商投资信息报告的企业名单。截至2026年7月24日，经核实，其中7家企业已完成补报，现将其移出名单：")
    moved = [1, 2, 4, 6, 7, 9, 12]
    dates = ["2026年7月14日", "2026年7月20日", "2026年7月15日", "2026年7月22日",
             "2026年7月17日", "2026年7月23日", "2026年7月21日"]
    header = ["序号", "企业名称", "统一社会信用代码", "补报完成日期"]
    t = doc.add_table(rows=1 + len(moved), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for j, (idx, d) in enumerate(zip(moved, dates), 1):
        nm, loc, code = firms[idx - 1]
        row = [str(j), nm, code, d]
        for ci, v in enumerate(row):
            set_cell(t.rows[j].cells[ci], v, FS, 10.5, align=LEFT if ci == 1 else CENTER)
        c2.append(row_clause(header, row))
    col_widths(t, [1.2, 5.2, 5.2, 4.0])
    empty(doc, 1, line=14)
    body2("对仍未补报的5家企业，我局已依法下达责令限期改正通知书，逾期仍不改正的，将依法作出处理。")
    body2("请各外商投资企业高度重视外商投资信息报告工作，按时、如实报送年度报告。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    add_par(doc, "宁波市商务局", align=RIGHT, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "2026年8月3日", align=RIGHT, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {"issuer": ["宁波市商务局"], "published": None, "level": "municipal",
            "region": "宁波市", "effective": None, "expires": None, "attachments": [],
            "doc_type": "公告", "recipients": [], "repeals": None}
    m1 = dict(base, title="宁波市商务局关于未按时报送2025年度外商投资信息报告企业名单的公告",
              doc_number="2026年第4号", date="2026-07-10", publicity=None)
    m2 = dict(base, title="宁波市商务局关于将已补报企业移出未按时报送2025年度外商投资信息报告企业名单的公告",
              doc_number="2026年第6号", date="2026-08-03", publicity="此件公开发布")
    keys = ["title", "doc_number", "issuer", "date", "published", "level", "region",
            "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
            "repeals"]
    expected[stem] = [{"meta": {k: m1[k] for k in keys}, "clauses": c1},
                      {"meta": {k: m2[k] for k in keys}, "clauses": c2}]
    return path


def main():
    paths = [doc_js_weibao(), doc_js_yichu(), doc_nb()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
