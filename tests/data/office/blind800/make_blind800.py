# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 800: 行政处罚决定信息公开表 (商务局 / 市场监管局), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 8  # rows of the 霍尔果斯 table typed before the clerk's 续表

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"
L = WD_ALIGN_PARAGRAPH.LEFT
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def page_field(fp, size=14, dash="— "):
    font(fp.add_run(dash), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash[::-1]), SONG, size)


def setup(doc, landscape=False, footer_align=C):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
        s.left_margin, s.right_margin = Cm(2.5), Cm(2.3)
    else:
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
    fp.alignment = footer_align
    page_field(fp)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fixed_table(doc, nrows, widths):
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=7):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * gap, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_800", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [900]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


# =================================================================== DOC A
# 厦门市商务局 公告, table in 附件 on its own page, repeated header row,
# vertically merged 处罚依据 cells, notes under table, 落款 by spaces,
# date in Chinese numerals, 版记 after the attachment.
def doc_xiamen():
    stem = "blind800_xiamen_shangwu"
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("厦门市商务局", XBS, 48, False, RED)],
                align=C, indent=False, line=64, before=30)
    empty(doc, 2)
    p = add_par(doc, [("厦商务〔2026〕41号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three centered paragraphs, broken at odd places
    for part in ("厦门市商务局关于公开2026年", "第一季度行政处罚决定", "信息的公告"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("根据《中华人民共和国行政处罚法》《中华人民共和国政府信息公开条例》和《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）有关规定，现将我局2026年第一季度（1月1日至3月31日）作出的行政处罚决定信息予以公开（详见附件）。")
    body("2026年第一季度，我局在单用途商业预付卡、报废机动车回收、商业特许经营、一次性塑料制品使用报告、二手车流通等领域共作出行政处罚决定8件，罚没款合计人民币21.4万元，其中涉及中国（福建）自由贸易试验区厦门片区企业3件。")
    body("公开信息如有错误，或者当事人认为公开内容侵犯其合法权益的，可自本公告发布之日起15个工作日内向我局政策法规处提出书面更正申请。联系电话：0592-5398721。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：厦门市商务局2026年第一季度行政处罚决定信息公开表", indent=True)
    empty(doc, 3)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 38 + "厦门市商务局", indent=False)
    add_par(doc, " " * 34 + "二〇二六年四月十五日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门市商务局2026年第一季度行政处罚", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("决定信息公开表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)

    headers = ["序号", "处罚决定书文号", "当事人名称", "违法事实摘要", "处罚依据", "处罚内容"]
    BASIS_CARD = "《单用途商业预付卡管理办法（试行）》第三十六条"
    rows = [
        ["1", "厦商务罚〔2026〕1号", "厦门悦享健身管理有限公司",
         "当事人自2025年6月起发售会员储值卡，未在开展单用途卡业务之日起30日内向商务主管部门备案，经责令限期改正，逾期仍未改正。",
         BASIS_CARD, "罚款人民币1.2万元"],
        ["2", "厦商务罚〔2026〕2号", "厦门市思明区丽颜美容美发店",
         "当事人发售美容美发服务预付卡，未按规定向商务主管部门备案，经责令限期改正，逾期仍未改正。",
         BASIS_CARD, "罚款人民币1万元"],
        ["3", "厦商务罚〔2026〕4号", "厦门海沧鲜果汇超市有限公司",
         "当事人发售超市购物卡，未按规定办理单用途卡业务备案，经责令限期改正，逾期仍未改正。",
         BASIS_CARD, "罚款人民币1万元"],
        ["4", "厦商务罚〔2026〕5号", "厦门顺驰报废汽车回收拆解有限公司",
         "当事人在回收报废机动车时，未如实核对并登记车辆所有人身份证明、机动车登记证书等信息，涉及报废小型客车12辆。",
         "《报废机动车回收管理办法》第二十三条", "警告，并处罚款人民币2万元"],
        ["5", "厦商务罚〔2026〕7号", "厦门联拓再生资源回收拆解有限公司",
         "当事人将不具备再制造条件的报废机动车发动机、方向机等“五大总成”作为整件出售，违法所得人民币3.6万元。",
         "《报废机动车回收管理办法》第二十一条", "没收违法所得人民币3.6万元，并处罚款人民币8万元"],
        ["6", "厦商务罚〔2026〕9号", "厦门茶语时光餐饮管理有限公司",
         "当事人自2025年3月起以特许经营方式发展加盟店17家，未在首次订立特许经营合同之日起15日内向商务主管部门备案。",
         "《商业特许经营管理条例》第二十五条", "责令限期备案，并处罚款人民币3万元"],
        ["7", "厦商务罚〔2026〕11号", "厦门湖里万家隆商业管理有限公司",
         "当事人作为商品零售场所开办单位，未按规定报告2025年度一次性塑料购物袋等一次性塑料制品使用、回收情况，经责令限期改正，逾期仍未改正。",
         "《商务领域经营者使用、报告一次性塑料制品管理办法》第十五条", "罚款人民币6000元"],
        ["8", "厦商务罚〔2026〕12号", "厦门集美宏达二手车经纪有限公司",
         "当事人未按规定建立二手车交易档案，未如实记录车辆基本信息及交易双方身份信息，涉及交易车辆23辆。",
         "《二手车流通管理办法》第三十三条", "罚款人民币1万元"],
    ]
    widths = [1.0, 2.6, 2.6, 4.4, 2.7, 2.3]
    t = fixed_table(doc, 1 + len(rows), widths)
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = J if ci == 3 else C
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(headers, row))
    # clerk merged identical 处罚依据 cells (rows 1-3)
    m = t.cell(1, 4).merge(t.cell(3, 4))
    set_cell(m, BASIS_CARD, FS, 10.5)

    def note(txt):
        clauses.append(txt)
        add_par(doc, [(txt, FS, 12, False)], indent=False, line=20)

    empty(doc, 1, line=10)
    note("注：1．以上行政处罚决定均已依法送达当事人，截至本表公开之日，当事人均已履行完毕。")
    p = add_par(doc, [("2．当事人对行政处罚决定不服的，可依法申请行政复议或者提起行政诉讼。", FS, 12, False)],
                indent=False, line=20)
    p.paragraph_format.left_indent = Pt(36)
    clauses.append("2．当事人对行政处罚决定不服的，可依法申请行政复议或者提起行政诉讼。")

    banji(doc, "抄送：市司法局，市市场监督管理局，中国（福建）自由贸易试验区厦门片区管委会。",
          "厦门市商务局办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于公开2026年第一季度行政处罚决定信息的公告",
            "doc_number": "厦商务〔2026〕41号",
            "issuer": ["厦门市商务局"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门市商务局2026年第一季度行政处罚决定信息公开表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 上海市浦东新区市场监督管理局 公开表: landscape, no 红头, title with soft
# break, separate 发布日期 line, two-level header (merged cells) repeated on
# every page, merged date cells, 说明 with half-width "1.", 落款 by tab stop.
def doc_pudong():
    stem = "blind800_pudong_scjg"
    doc = Document()
    setup(doc, landscape=True)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("上海市浦东新区市场监督管理局行政处罚决定"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("信息公开表（2026年第4期）"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("发布日期：2026年5月12日", KT, 14, False)], align=C, indent=False, line=26, before=4)
    empty(doc, 1, line=14)

    intro = "依据《中华人民共和国行政处罚法》第四十八条和《市场监督管理行政处罚信息公示规定》，现将本局2026年4月1日至2026年5月8日期间作出的适用普通程序的行政处罚决定信息公开如下："
    clauses.append(intro)
    add_par(doc, intro, align=J)
    empty(doc, 1, line=10)

    # columns
    top = ["序号", "行政处罚决定书文号", "当事人", None, "违法事实摘要", "处罚依据", "处罚内容", None, None, "作出处罚决定日期"]
    sub = [None, None, "名称", "统一社会信用代码", None, None, "罚款（元）", "没收违法所得（元）", "其他", None]
    headers = []
    last_top = None
    for a, b in zip(top, sub):
        if a is not None:
            last_top = a
        headers.append(last_top + "／" + b if b else a)
    rows = [
        ["1", "沪市监浦处〔2026〕152026000418号", "上海鲜丰源食品商行", "92310115MA1P4K7X3B",
         "当事人在其位于浦东新区川沙路的经营场所内销售超过保质期的“橙味多”橙汁饮料48瓶，货值金额384元，违法所得96元。",
         "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
         "50000.00", "96.00", "没收超过保质期的饮料48瓶", "2026年4月8日"],
        ["2", "沪市监浦处〔2026〕152026000431号", "上海瑞光智能科技有限公司", "91310115MA7E8N2Q5K",
         "当事人在其微信公众号发布的扫地机器人广告中使用“行业第一”“最佳选择”等绝对化用语，广告费用无法计算；当事人主动删除涉案广告，消除违法行为危害后果。",
         "《中华人民共和国广告法》第五十七条第（一）项；《中华人民共和国行政处罚法》第三十二条第（一）项",
         "30000.00", "—", "责令停止发布违法广告", "2026年4月10日"],
        ["3", "沪市监浦处〔2026〕152026000445号", "上海临港晨曦商贸有限公司", "91310000MAC3R6T81U",
         "当事人在中国（上海）自由贸易试验区临港新片区经营场所内销售的儿童外套经抽样检验，纤维含量、pH值项目不合格，属于以不合格产品冒充合格产品，货值金额6240元，违法所得1860元。",
         "《中华人民共和国产品质量法》第五十条",
         "9360.00", "1860.00", "没收不合格儿童外套26件", "2026年4月15日"],
        ["4", "沪市监浦处〔2026〕152026000446号", "上海张江惠民便利店", "92310115MA1N6C9W0D",
         "当事人在经营场所内使用的2台电子计价秤未按规定申请周期检定，超过检定周期继续使用。",
         "《中华人民共和国计量法实施细则》第四十三条",
         "800.00", "—", "责令停止使用未经检定的电子计价秤", "2026年4月15日"],
        ["5", "沪市监浦处〔2026〕152026000460号", "上海金桥明远物业管理有限公司", "91310115MA1K3H7Y2P",
         "当事人管理的金桥某小区3号楼1台乘客电梯超过定期检验有效期，未申报定期检验继续使用。",
         "《中华人民共和国特种设备安全法》第八十四条第（一）项",
         "30000.00", "—", "责令停止使用涉案电梯", "2026年4月22日"],
        ["6", "沪市监浦处〔2026〕152026000472号", "上海优品汇电子商务有限公司", "91310115MABW1D4R6J",
         "当事人在第三方电子商务平台开设的网店中，对销售的“保湿修护面霜”标示“七天淡化皱纹”等未经证实的功效，对商品作虚假宣传，违法所得5420元。",
         "《中华人民共和国消费者权益保护法》第五十六条第一款第（六）项",
         "20000.00", "5420.00", "—", "2026年4月27日"],
        ["7", "沪市监浦处〔2026〕152026000485号", "上海陆家嘴悦庭餐饮管理有限公司", "91310115MA1H9L4T8X",
         "当事人经营的餐厅菜单未标明部分菜品的计价单位，酒水单未明码标价。",
         "《中华人民共和国价格法》第四十二条；《价格违法行为行政处罚规定》第十三条",
         "3000.00", "—", "警告", "2026年4月29日"],
        ["8", "沪市监浦处〔2026〕152026000491号", "上海外高桥宏远国际贸易有限公司", "91310115MA1G2P8E7C",
         "当事人未经商标注册人许可，在中国（上海）自由贸易试验区外高桥保税区内仓储、销售侵犯“飞驰”注册商标专用权的运动鞋312双，货值金额46800元。",
         "《中华人民共和国商标法》第六十条第二款",
         "140400.00", "—", "没收、销毁侵权运动鞋312双", "2026年5月6日"],
    ]
    for r in rows:
        assert len(r[3]) == 18, r[3]
    widths = [0.8, 2.9, 2.5, 2.6, 5.0, 3.4, 2.0, 1.9, 1.9, 1.9]
    t = fixed_table(doc, 2 + len(rows), widths)
    for ci in range(len(widths)):
        if sub[ci] is None:
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, top[ci], HT, 10)
        else:
            set_cell(t.cell(1, ci), sub[ci], HT, 10)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "当事人", HT, 10)
    m = t.cell(0, 6).merge(t.cell(0, 8))
    set_cell(m, "处罚内容", HT, 10)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = J if ci in (4, 5) else C
            set_cell(t.cell(ri, ci), v, FS, 10, align=al)
        clauses.append(row_clause(headers, row))
    # same decision date on rows 3 and 4 -> merged by clerk
    m = t.cell(4, 9).merge(t.cell(5, 9))
    set_cell(m, "2026年4月15日", FS, 10)

    empty(doc, 1, line=10)
    add_par(doc, [("说明：", HT, 14, False)], indent=False, line=24)
    for txt in ("1.本表所列行政处罚决定信息同时通过国家企业信用信息公示系统（上海）向社会公示，公示期限为三年。",
                "2.“没收违法所得（元）”栏中“—”表示无违法所得或者违法所得无法计算。",
                "3.当事人可依照《市场监督管理信用修复管理办法》向本局申请信用修复。"):
        clauses.append(txt)
        add_par(doc, [(txt, FS, 14, False)], indent=True, line=24, first=Pt(28))
    empty(doc, 2, line=20)
    # 落款 by right-aligned tab stop
    for txt in ("上海市浦东新区市场监督管理局", "2026年5月11日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(22.5), 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "上海市浦东新区市场监督管理局行政处罚决定信息公开表（2026年第4期）",
            "doc_number": None,
            "issuer": ["上海市浦东新区市场监督管理局"],
            "date": "2026-05-11",
            "published": "2026-05-12",
            "level": "county",
            "region": "上海市浦东新区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 霍尔果斯市市场监督管理局: TWO 公告 in one file. First has 红头, Word auto
# numbering (一、二、三、), table split by hand with typed "续表" and a
# re-typed header; second starts on a new page, 文号 under the title,
# full-width-space indents, merged 停止公示日期 cells, 版记 at the end.
def doc_khorgos():
    stem = "blind800_khorgos_scjg"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")
    docs = []

    # ---------------- first notice
    clauses = []
    add_par(doc, [("霍尔果斯市市场监督管理局", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=6)
    p = add_par(doc, [("霍市监公告〔2026〕7号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("霍尔果斯市市场监督管理局关于2026年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第二季度行政处罚案件信息公开的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def numbered(t, cn):
        clauses.append(cn + "、" + t)
        p = add_par(doc, t, first=Pt(32), align=J)
        apply_num(p, n_head)

    body("为进一步推进行政执法公开透明，强化信用约束，根据《中华人民共和国行政处罚法》《市场监督管理行政处罚信息公示规定》等规定，现将我局2026年第二季度作出的行政处罚案件信息公告如下：")
    numbered("本季度公开行政处罚案件9件，罚没款合计人民币243050元，涉及中国（新疆）自由贸易试验区霍尔果斯片区及中哈霍尔果斯国际边境合作中心经营主体5户。具体案件信息见下表。", "一")

    headers = ["序号", "处罚决定书文号", "当事人名称", "违法事实摘要", "处罚依据", "处罚内容"]
    TM = "《中华人民共和国商标法》第六十条第二款"
    rows = [
        ["1", "霍市监处罚〔2026〕21号", "霍尔果斯丝路通进出口贸易有限公司",
         "当事人销售的进口预包装食品“椴树蜂蜜”（规格500克/罐）无中文标签，货值金额3200元，违法所得850元。",
         "《中华人民共和国食品安全法》第一百二十五条第一款第（二）项", "没收违法所得850元，没收涉案蜂蜜40罐，罚款2万元。"],
        ["2", "霍市监处罚〔2026〕23号", "霍尔果斯市合作中心阿依达商行",
         "当事人在中哈霍尔果斯国际边境合作中心商铺内销售侵犯“雪峰”注册商标专用权的运动服86件，货值金额12900元。",
         TM, "没收侵权运动服86件，罚款3.87万元。"],
        ["3", "霍市监处罚〔2026〕24号", "霍尔果斯市合作中心明珠百货店",
         "当事人在中哈霍尔果斯国际边境合作中心商铺内销售侵犯“天骏”注册商标专用权的运动鞋54双，货值金额9720元。",
         TM, "没收侵权运动鞋54双，罚款2.9万元。"],
        ["4", "霍市监处罚〔2026〕26号", "霍尔果斯市鑫源加油站有限公司",
         "当事人使用的2台燃油加油机超过检定周期未申请检定，且计量偏差超出最大允许误差。",
         "《中华人民共和国计量法实施细则》第四十三条；《加油站计量监督管理办法》第十三条", "责令停止使用涉案加油机，罚款3万元。"],
        ["5", "霍市监处罚〔2026〕27号", "霍尔果斯市惠民粮油店",
         "当事人未取得营业执照，在霍尔果斯市亚欧路商铺从事粮油零售经营活动，经责令改正后逾期仍未办理营业执照，违法所得1200元。",
         "《无证无照经营查处办法》第十三条", "没收违法所得1200元，罚款5000元。"],
        ["6", "霍市监处罚〔2026〕29号", "霍尔果斯亚欧国际物流有限公司",
         "当事人在综合保税区仓库内使用超过定期检验有效期的叉车2台，未申报定期检验。",
         "《中华人民共和国特种设备安全法》第八十四条第（一）项", "责令停止使用涉案叉车，罚款3万元。"],
        ["7", "霍市监处罚〔2026〕31号", "霍尔果斯市天香源餐饮店",
         "当事人在经营场所内使用超过保质期的调味料加工食品。",
         "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", "没收超过保质期的调味料6袋，罚款5万元。"],
        ["8", "霍市监处罚〔2026〕33号", "霍尔果斯市金马汽车维修服务部",
         "当事人提供汽车维修服务未明码标价，未公示工时定额及单价。",
         "《中华人民共和国价格法》第四十二条；《价格违法行为行政处罚规定》第十三条", "警告，罚款2000元。"],
        ["9", "霍市监处罚〔2026〕35号", "霍尔果斯中亚丝路跨境电子商务有限公司",
         "当事人在其跨境电商直播间销售干果时，将新疆本地生产的杏干宣传为“哈萨克斯坦原产”，对商品产地作虚假宣传，违法所得6300元。",
         "《中华人民共和国消费者权益保护法》第五十六条第一款第（六）项", "没收违法所得6300元，罚款3万元。"],
    ]
    widths = [0.9, 2.5, 2.5, 4.6, 3.0, 2.1]

    def part_table(part_rows, rep=False):
        t = fixed_table(doc, 1 + len(part_rows), widths)
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 10, line=14)
        if rep:
            repeat_header(t.rows[0])
        for ri, row in enumerate(part_rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10, align=L if ci in (3, 5) else C, line=14)
            clauses.append(row_clause(headers, row))
        return t

    empty(doc, 1, line=8)
    t1 = part_table(rows[:SPLIT])
    m = t1.cell(2, 4).merge(t1.cell(3, 4))
    set_cell(m, TM, FS, 10, line=14)
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    part_table(rows[SPLIT:], rep=True)
    empty(doc, 1, line=12)
    numbered("当事人对行政处罚决定不服的，可在收到行政处罚决定书之日起60日内向霍尔果斯市人民政府申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。", "二")
    numbered("公告信息与行政处罚决定书不一致的，以行政处罚决定书为准。监督电话：0999-8796315。", "三")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    add_par(doc, "霍尔果斯市市场监督管理局" + IND, indent=False, align=R)
    add_par(doc, "2026年7月10日" + IND + "\u3000", indent=False, align=R)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    docs.append({
        "meta": {
            "title": "霍尔果斯市市场监督管理局关于2026年第二季度行政处罚案件信息公开的公告",
            "doc_number": "霍市监公告〔2026〕7号",
            "issuer": ["霍尔果斯市市场监督管理局"],
            "date": "2026-07-10",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- second notice, new page
    clauses = []
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("霍尔果斯市市场监督管理局"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于停止公示部分行政处罚信息的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    add_par(doc, [("霍市监公告〔2026〕8号", KT, 16, False)], align=C, indent=False, before=6, after=14)
    body("根据《市场监督管理行政处罚信息公示规定》《市场监督管理信用修复管理办法》有关规定，经当事人申请，我局审核，以下3户当事人已履行行政处罚决定规定的义务，行政处罚信息公示已满6个月，并已公开作出信用修复承诺，符合提前停止公示条件。我局已于2026年7月10日停止通过国家企业信用信息公示系统公示其行政处罚信息，现予公告。")
    h2 = ["序号", "当事人名称", "统一社会信用代码", "行政处罚决定书文号", "停止公示日期"]
    r2 = [
        ["1", "霍尔果斯金桥国际贸易有限公司", "91654004MA78K2L5XQ", "霍市监处罚〔2025〕48号", "2026年7月10日"],
        ["2", "霍尔果斯市丝路驿站宾馆", "92654004MA7A3C8N1R", "霍市监处罚〔2025〕56号", "2026年7月10日"],
        ["3", "霍尔果斯通达货运代理有限公司", "91654004MA79P4D6YW", "霍市监处罚〔2025〕71号", "2026年7月10日"],
    ]
    for r in r2:
        assert len(r[2]) == 18, r[2]
    t = fixed_table(doc, 1 + len(r2), [1.2, 4.6, 3.6, 3.6, 2.6])
    for i, h in enumerate(h2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(r2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(h2, row))
    m = t.cell(1, 4).merge(t.cell(3, 4))
    set_cell(m, "2026年7月10日", FS, 12)
    empty(doc, 1, line=12)
    body("停止公示行政处罚信息不影响行政处罚决定的效力，也不免除当事人依法应当承担的其他法律责任。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    add_par(doc, "霍尔果斯市市场监督管理局" + IND, indent=False, align=R)
    add_par(doc, "2026年7月12日" + IND + "\u3000", indent=False, align=R)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：伊犁哈萨克自治州市场监督管理局，霍尔果斯市司法局。",
          "霍尔果斯市市场监督管理局办公室", "2026年7月12日印发", gap=3)
    docs.append({
        "meta": {
            "title": "霍尔果斯市市场监督管理局关于停止公示部分行政处罚信息的公告",
            "doc_number": "霍市监公告〔2026〕8号",
            "issuer": ["霍尔果斯市市场监督管理局"],
            "date": "2026-07-12",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_xiamen(), doc_pudong(), doc_khorgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
