# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 779: 政府采购中标（成交）结果公告（采购人为自贸片区管委会或商务局）, Word + PDF + expected.json."""
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


LINE = [28]
SIZE = [16]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LINE[0]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * SIZE[0])
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, SIZE[0], False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def add_lines(doc, lines, prefix="", **kw):
    """one paragraph, lines separated by Shift+Enter (manual line breaks)."""
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(prefix + ln), FS, SIZE[0])
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(p, instr, size=14, name=SONG):
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


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
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, size=12, widths=None, keys=None, hdr_repeat=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys or header, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_779", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "公告", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_qinzhou():
    """钦州港片区管委会 公开招标中标结果公告：两级表头合并单元格、两个落款单位、附件声明函。"""
    stem = "blind779_qinzhou_zhongbiao"
    LINE[0], SIZE[0] = 27, 16
    doc = Document()
    setup(doc)
    clauses = []

    for ln in ("中国（广西）自由贸易试验区钦州港片区",
               "管理委员会制度创新第三方评估及西部陆海",
               "新通道研究服务采购中标结果公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    def head(t, name=HT):
        add_par(doc, [(t, name, 16, False)])

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    runin("一、项目编号：", "QZZC2026-G3-000417-GXGX")
    runin("二、项目名称：", "钦州港片区制度创新第三方评估及西部陆海新通道研究服务采购")
    head("三、中标（成交）信息")
    add_par(doc, [("金额单位：人民币元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22)

    # two-level header with merged cells, header rows repeated
    rows = [
        ["标项一", "制度创新成果第三方评估", "广西智库通咨询服务有限公司",
         "广西南宁市良庆区五象大道401号五象航洋城2号楼1805号", "680,000.00"],
        ["标项二", "西部陆海新通道与东盟经贸合作课题研究", "钦州市北部湾发展研究院",
         "广西钦州市钦南区永福西大街12号", "468,000.00"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(c, "标项", HT, 12)
    c = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(c, "标项名称", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(c, "中标供应商", HT, 12)
    set_cell(t.cell(1, 2), "名称", HT, 12)
    set_cell(t.cell(1, 3), "地址", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(c, "中标金额", HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    keys = ["标项", "标项名称", "中标供应商／名称", "中标供应商／地址", "中标金额"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    set_widths(t, [1.8, 3.5, 3.5, 4.2, 2.6])
    p = add_par(doc, [("注：本项目非专门面向中小企业采购。标项一中标供应商为小型企业，已按规定享受价格扣除优惠；标项二中标供应商为事业单位，不适用中小企业价格扣除政策。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：本项目非专门面向中小企业采购。标项一中标供应商为小型企业，已按规定享受价格扣除优惠；标项二中标供应商为事业单位，不适用中小企业价格扣除政策。")

    head("四、主要标的信息")
    data_table(doc, ["标项", "名称", "服务范围", "服务要求", "服务时间", "服务标准"], [
        ["标项一", "制度创新成果第三方评估", "对钦州港片区2024—2025年形成的制度创新成果开展第三方评估",
         "形成评估报告1份、典型案例汇编1册", "合同签订之日起180日内", "符合招标文件要求"],
        ["标项二", "西部陆海新通道与东盟经贸合作课题研究", "围绕西部陆海新通道建设与中国—东盟经贸合作开展专题研究",
         "形成研究报告1份、政策建议3份", "合同签订之日起240日内", "符合招标文件要求"],
    ], clauses, size=10.5, widths=[1.6, 2.6, 4.2, 3.0, 2.2, 2.0], hdr_repeat=True)

    runin("五、评审专家名单：", "蒙海鹰、韦丽萍、覃建国、黄卫平、卢晓东（采购人代表）")
    head("六、代理服务收费标准及金额：")
    body("1.代理服务收费标准：参照原国家计委《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）服务类收费标准的80%计取，由中标供应商支付。")
    body("2.代理服务收费金额：标项一8,160.00元，标项二5,616.00元，合计13,776.00元。")
    runin("七、公告期限：", "自本公告发布之日起1个工作日。")
    head("八、其他补充事宜")
    body("1.各有关当事人对中标结果有异议的，可以在中标公告期限届满之日起7个工作日内，以书面形式向采购人和采购代理机构提出质疑，逾期不予受理。")
    body("2.中标供应商应在中标通知书发出之日起30日内，按照招标文件和投标文件的约定与采购人签订政府采购合同。")
    body("3.标项一中标供应商中小企业声明函见附件。")
    head("九、凡对本次公告内容提出询问，请按以下方式联系。")
    clauses.append("九、凡对本次公告内容提出询问，请按以下方式联系。")
    for h, lines in (
        ("1.采购人信息", ["名称：中国（广西）自由贸易试验区钦州港片区管理委员会",
                          "地址：广西钦州港经济技术开发区中马大街1号",
                          "联系方式：0777-3881256"]),
        ("2.采购代理机构信息", ["名称：广西桂信招标咨询有限公司",
                                "地址：广西南宁市青秀区民族大道143号德瑞花园11层",
                                "联系方式：0771-5568732"]),
        ("3.项目联系方式", ["项目联系人：梁宇航", "电话：0771-5568732"]),
    ):
        head(h, KT)
        add_lines(doc, lines, prefix="", indent=True)
        clauses.extend(lines)
    add_par(doc, "附件：标项一中标供应商中小企业声明函")
    empty(doc, 1)
    # 落款: two organs, aligned with typed spaces
    add_par(doc, " " * 6 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, " " * 28 + "广西桂信招标咨询有限公司", indent=False)
    add_par(doc, " " * 33 + "2026年3月12日", indent=False)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中小企业声明函（服务）", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    for txt in (
        "本公司（联合体）郑重声明，根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，本公司（联合体）参加中国（广西）自由贸易试验区钦州港片区管理委员会的钦州港片区制度创新第三方评估及西部陆海新通道研究服务采购（标项一）采购活动，服务全部由符合政策要求的中小企业承接。相关企业（含联合体中的中小企业、签订分包意向协议的中小企业）的具体情况如下：",
        "1.制度创新成果第三方评估服务，属于其他未列明行业；承接企业为广西智库通咨询服务有限公司，从业人员46人，营业收入为1860万元，资产总额为1420万元，属于小型企业；",
        "以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。",
        "本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。",
    ):
        body(txt)
    empty(doc, 1)
    add_par(doc, " " * 12 + "企业名称（盖章）：广西智库通咨询服务有限公司", indent=False)
    add_par(doc, " " * 12 + "日      期：2026年2月26日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区钦州港片区管理委员会制度创新第三方评估及西部陆海新通道研究服务采购中标结果公告",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会", "广西桂信招标咨询有限公司"],
            date="2026-03-12", level="municipal", region="钦州市",
            attachments=["标项一中标供应商中小企业声明函"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市商务局公告（红色版头、年第X号）竞争性磋商成交结果公告：续表、汉字日期、此件主动公开。"""
    stem = "blind779_xiamen_chengjiao"
    LINE[0], SIZE[0] = 28, 16
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市商务局公告", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("2026年第5号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed with a manual break at an odd place (inside “一带一路”)
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局2026年“丝路海运”国际"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("航线推介及“一带一路”经贸合作服务"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("项目成交结果公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t, name=HT):
        add_par(doc, [(t, name, 16, False)])

    def item(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）等规定，厦门市商务局委托福建省闽海招标代理有限公司，就2026年“丝路海运”国际航线推介及“一带一路”经贸合作服务项目采用竞争性磋商方式组织采购。经磋商小组评审、采购人确认，现将成交结果公告如下：")
    head("一、项目基本情况")
    item("（一）项目编号：", "[350200]MHZB[CS]2026007")
    item("（二）项目名称：", "2026年“丝路海运”国际航线推介及“一带一路”经贸合作服务项目")
    item("（三）采购方式：", "竞争性磋商")
    item("（四）预算金额：", "人民币286.00万元（包1：150.00万元；包2：136.00万元）")
    item("（五）采购公告发布日期：", "2026年3月20日")
    item("（六）磋商日期：", "2026年4月8日")
    head("二、成交信息")
    data_table(doc, ["包号", "成交供应商名称", "统一社会信用代码", "供应商地址", "成交金额（万元）", "综合得分"], [
        ["包1", "厦门海丝国际会展服务有限公司", "91350200MA2Y8K3L7X", "福建省厦门市思明区环岛东路1699号", "138.60", "91.25"],
        ["包2", "福建自贸通国际商务咨询有限公司", "91350203MA8TQ2N54P",
         "中国（福建）自由贸易试验区厦门片区象屿路97号厦门国际航运中心D栋8层", "129.80", "88.76"],
    ], clauses, size=10.5, widths=[1.3, 3.2, 3.4, 4.2, 1.9, 1.6], hdr_repeat=True)
    note = "注：成交金额含完成本项目服务所需的全部费用，包括人员费、差旅费、场地费、宣传费、税费等。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("三、主要标的信息")
    add_par(doc, [("表  主要标的信息（服务类）", HT, 12, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)
    hdr = ["序号", "包号", "标的名称", "服务范围", "服务时间"]
    W = [1.3, 1.3, 4.0, 6.2, 2.8]
    rows1 = [
        ["1", "包1", "“丝路海运”航线境外推介会", "在东南亚、中东等地区举办“丝路海运”航线推介会3场", "2026年5月—10月"],
        ["2", "包1", "航线宣传品设计制作", "设计制作中英双语宣传册、宣传片各1套", "2026年5月—7月"],
        ["3", "包1", "境外媒体宣传推广", "在境外主流媒体及社交平台投放航线宣传不少于60期", "2026年5月—12月"],
        ["4", "包1", "航线运行监测分析", "编制“丝路海运”航线季度运行监测报告4期", "2026年全年"],
        ["5", "包1", "港航企业对接服务", "组织港航物流企业与境外货主对接洽谈不少于80家次", "2026年6月—11月"],
    ]
    rows2 = [
        ["6", "包2", "“一带一路”经贸合作对接会", "在厦门举办中国—东盟经贸合作对接会1场，参会企业不少于200家", "2026年9月"],
        ["7", "包2", "境外经贸考察组织服务", "组织企业赴马来西亚、印度尼西亚、阿联酋开展经贸考察2批次", "2026年6月—11月"],
        ["8", "包2", "RCEP政策宣讲培训", "举办RCEP原产地规则及关税减让政策专题培训4场", "2026年5月—12月"],
        ["9", "包2", "重点企业“走出去”咨询服务", "为不少于30家重点企业提供境外投资法律、税务咨询", "2026年全年"],
        ["10", "包2", "项目成效评估", "编制项目实施成效评估报告1份", "2026年12月"],
    ]
    data_table(doc, hdr, rows1, clauses, size=10.5, widths=W)
    # clerk breaks the table by hand and types 续表 with the header again
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    data_table(doc, hdr, rows2, clauses, size=10.5, widths=W)
    empty(doc, 1, line=14)

    item("四、磋商小组成员名单：", "黄志坚、陈丽娟、林文斌、吴晓梅（采购人代表）、郑海燕", HT)
    item("五、代理服务收费标准及金额：", "参照《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）服务类收费标准下浮20%收取，由成交供应商支付。包1：人民币1.45万元；包2：人民币1.39万元。", HT)
    item("六、公告期限：", "自本公告发布之日起1个工作日。", HT)
    head("七、其他补充事宜")
    body("（一）各有关当事人对成交结果有异议的，可以在成交公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。")
    body("（二）本项目落实政府采购支持中小企业发展政策，包1、包2成交供应商均为小微企业。")
    body("（三）成交通知书将与本公告同时发出，成交供应商应在成交通知书发出之日起30日内与采购人签订政府采购合同。")
    head("八、凡对本次公告内容提出询问，请按以下方式联系。")
    clauses.append("八、凡对本次公告内容提出询问，请按以下方式联系。")
    for h, lines in (
        ("（一）采购人信息", ["名称：厦门市商务局", "地址：厦门市思明区湖滨北路61号", "联系方式：0592-2855013"]),
        ("（二）采购代理机构信息", ["名称：福建省闽海招标代理有限公司",
                                    "地址：厦门市湖里区高崎南五路208号海西金融广场12层",
                                    "联系方式：0592-5721866"]),
        ("（三）项目联系方式", ["项目联系人：陈思远", "电话：0592-5367218"]),
    ):
        head(h, KT)
        for ln in lines:
            body(ln)
    empty(doc, 1)
    p = add_par(doc, "厦门市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市商务局2026年“丝路海运”国际航线推介及“一带一路”经贸合作服务项目成交结果公告",
            doc_number="2026年第5号", issuer=["厦门市商务局"], date="2026-04-20",
            level="municipal", region="厦门市", publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_kunming():
    """昆明片区管委会：中标结果公告 + 更正公告（一个文件两份公告）；全角空格缩进、半角冒号、Tab对齐落款。"""
    stem = "blind779_kunming_gengzheng"
    LINE[0], SIZE[0] = 24, 14
    doc = Document()
    setup(doc, footer="page_of")
    docs = []
    ORG = "中国（云南）自由贸易试验区昆明片区管理委员会"
    PROJ = "面向南亚东南亚跨境贸易数字服务平台（一期）建设项目"

    def body(cl, t, shown=None):
        cl.append(t)
        add_par(doc, IND + (shown or t), indent=False)

    def head(t, name=HT):
        add_par(doc, [(IND + t, name, 14, False)], indent=False)

    def contacts(cl):
        body(cl, "九、凡对本次公告内容提出询问，请按以下方式联系。") if cl is c1 else \
            body(cl, "四、凡对本次公告内容提出询问，请按以下方式联系。")
        for h, lines in (
            ("1.采购人信息", ["名称：" + ORG, "地址：云南省昆明市官渡区经开区信息产业基地林溪路188号",
                              "联系方式：0871-67266135"]),
            ("2.采购代理机构信息", ["名称：云南中咨工程项目管理有限公司",
                                    "地址：云南省昆明市西山区滇池路569号螺蛳湾国际商贸城写字楼B座15楼",
                                    "联系方式：0871-64589327"]),
            ("3.项目联系方式", ["项目联系人:杨丽", "电话:0871-64589327"]),
        ):
            head(h, FS)
            add_lines(doc, lines, prefix=IND, indent=False)
            cl.extend(lines)

    def luokuan(date_txt):
        empty(doc, 1)
        for t in (ORG, date_txt):
            p = add_par(doc, "\t" + t, indent=False)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)  # right tab

    # ---------------- document 1: 中标结果公告
    c1 = []
    for ln in ("中国（云南）自由贸易试验区昆明片区",
               "管理委员会面向南亚东南亚跨境贸易数字",
               "服务平台（一期）建设项目中标结果公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("发布日期：2026年5月8日", KT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    body(c1, "一、项目编号：KMZC2026-G1-00213-YNZZ")
    body(c1, "二、项目名称:" + ORG + PROJ)
    head("三、中标信息")
    lines = ["供应商名称：云南滇信数智科技有限公司",
             "统一社会信用代码：91530100MA6PX4R83B",
             "供应商地址：云南省昆明市官渡区彩云北路6799号",
             "中标金额：人民币肆佰叁拾捌万陆仟元整（¥4,386,000.00）"]
    add_lines(doc, lines, prefix=IND, indent=False)
    c1.extend(lines)
    head("四、主要标的信息")
    data_table(doc, ["序号", "名称", "品牌", "规格型号", "数量", "单价（元）", "金额（元）"], [
        ["1", "跨境贸易数据中台软件", "滇信", "DX-CBT V3.0", "1套", "1,280,000.00", "1,280,000.00"],
        ["2", "多语种智能翻译及报关辅助系统", "滇信", "DX-MLT V2.1", "1套", "560,000.00", "560,000.00"],
        ["3", "机架式服务器", "浪潮", "NF5280M7", "8台", "96,500.00", "772,000.00"],
        ["4", "分布式存储设备", "华为", "OceanStor Pacific 9540", "2套", "328,000.00", "656,000.00"],
        ["5", "下一代防火墙", "深信服", "AF-2000-FH2100B", "2台", "118,000.00", "236,000.00"],
        ["6", "数据库审计系统", "安恒", "DAS-Gateway", "1套", "142,000.00", "142,000.00"],
        ["7", "系统集成及运维服务", "—", "—", "1项", "740,000.00", "740,000.00"],
        ["合计", "—", "—", "—", "—", "—", "4,386,000.00"],
    ], c1, size=10.5, widths=[1.3, 3.4, 1.3, 2.8, 1.2, 2.8, 2.8], hdr_repeat=True)
    head("五、评审专家名单")
    data_table(doc, ["序号", "姓名", "专家类别", "备注"], [
        ["1", "李卫东", "技术类", "评标委员会组长"],
        ["2", "张小峰", "技术类", "—"],
        ["3", "和丽芬", "技术类", "—"],
        ["4", "段建明", "经济类", "—"],
        ["5", "杨春燕", "采购人代表", "—"],
    ], c1, size=12, widths=[1.6, 3.0, 3.4, 4.6])
    note = "注：评审专家由云南省综合评标评审专家库随机抽取产生，采购人代表由采购人书面授权委派。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    c1.append(note)
    body(c1, "六、代理服务收费标准及金额：代理服务费按原国家发展计划委员会《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）规定的货物类收费标准计取，金额为人民币伍万贰仟贰佰肆拾陆元整（¥52,246.00），由中标人支付。")
    body(c1, "七、公告期限：自本公告发布之日起1个工作日。")
    body(c1, "八、其他补充事宜:本项目预留30%预算面向中小企业采购，中标供应商为中型企业；中标人应在中标通知书发出之日起30日内与采购人签订合同，合同履行期限为合同签订之日起150日。")
    contacts(c1)
    luokuan("2026年5月8日")
    docs.append({
        "meta": meta(
            title=ORG + PROJ + "中标结果公告", issuer=[ORG], date="2026-05-08",
            published="2026-05-08", level="municipal", region="昆明市"),
        "clauses": c1,
    })

    # ---------------- document 2: 更正公告 (next page)
    page_break(doc)
    c2 = []
    for ln in ("中国（云南）自由贸易试验区昆明片区管理",
               "委员会面向南亚东南亚跨境贸易数字服务",
               "平台（一期）建设项目中标结果更正公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    head("一、项目基本情况")
    body(c2, "原公告的采购项目编号：KMZC2026-G1-00213-YNZZ")
    body(c2, "原公告的采购项目名称：" + ORG + PROJ)
    body(c2, "首次公告日期：2026年5月8日")
    head("二、更正信息")
    body(c2, "更正事项：中标结果公告")
    body(c2, "更正原因：原公告中标供应商地址及评审专家姓名录入有误。")
    body(c2, "更正内容：")
    data_table(doc, ["序号", "更正项", "原公告内容", "更正后内容"], [
        ["1", "中标信息中的供应商地址", "云南省昆明市官渡区彩云北路6799号", "云南省昆明市官渡区彩云北路6699号"],
        ["2", "评审专家名单中序号2专家姓名", "张小峰", "章晓峰"],
    ], c2, size=12, widths=[1.4, 4.2, 5.0, 5.0])
    empty(doc, 1, line=14)
    body(c2, "更正日期：2026年5月11日")
    body(c2, "三、其他补充事宜：除上述更正内容外，原公告其他内容不变。本次更正不影响中标结果，公告期限自本更正公告发布之日起重新计算1个工作日。")
    contacts(c2)
    luokuan("2026年5月11日")
    docs.append({
        "meta": meta(
            title=ORG + PROJ + "中标结果更正公告", issuer=[ORG], date="2026-05-11",
            level="municipal", region="昆明市"),
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_qinzhou(), doc_xiamen(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
