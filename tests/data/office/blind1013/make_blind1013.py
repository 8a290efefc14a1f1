# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1013: 自贸片区管委会 政府采购公告 (中标结果公告 / 采购合同公告 / 更正公告),
Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, instr, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
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
    if footer == "dash":        # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":    # - 1 -
        font(fp.add_run("- "), SONG, 12)
        _field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)
    elif footer == "of":        # 第 1 页 共 3 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1013", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


expected = {}


# =================================================================== DOC A
def doc_qinzhou():
    """中标（成交）结果公告, 钦州港片区管委会, 公开招标 two lots."""
    stem = "blind1013_qinzhou_zhongbiao"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []

    # title wrapped by hand at odd places, three separate paragraphs
    for line in ("中国（广西）自由贸易试验区钦州港片区西部",
                 "陆海新通道数字物流公共服务平台（二期）建设",
                 "项目中标（成交）结果公告"):
        add_par(doc, [(line, XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("（发布日期：2026年3月20日）", KT, 14, False)], align=C, indent=False,
            line=28, before=6)
    empty(doc, 1)

    def body(t, lead=""):
        """lead: spaces typed by the clerk instead of a first-line indent."""
        clauses.append(t)
        if lead:
            return add_par(doc, lead + t, indent=False)
        return add_par(doc, t)

    def head(t):
        return add_par(doc, [(t, HT, 16, False)])

    # section 一 typed with a half-width colon
    body("一、项目编号:QZGPQ-2026-GK-0007（招标文件编号：GXZC2026-G1-000386-KWZB）")
    body("二、项目名称：西部陆海新通道数字物流公共服务平台（二期）建设项目")
    head("三、中标（成交）信息")

    hdr = ["序号", "包号", "供应商名称", "地址", "中标金额（万元）"]
    rows = [
        ["1", "包1",
         "广西海联数智科技有限公司（联合体牵头人）、深圳前湾智慧物流科技有限公司（联合体成员）",
         "广西壮族自治区钦州市钦南区永福西大街28号海联大厦1201室；深圳市前海深港合作区南山街道桂湾五路128号基金小镇B7栋",
         "1268.5000"],
        ["2", "包2", "北部湾云港信息技术（钦州）有限公司",
         "广西壮族自治区钦州市钦州港经济技术开发区中马大街9号公共服务中心A栋3层",
         "436.8800"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (2, 3) else C)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.4, 1.3, 4.4, 5.5, 3.0])
    empty(doc, 1, line=12)

    head("四、主要标的信息")
    # goods table: two-level header (序号/包号 merged vertically, 货物类 merged horizontally)
    sub = ["名称", "品牌", "规格型号", "数量", "单价（元）"]
    goods = [
        ["1", "包1", "国产化服务器", "华为", "FusionServer 2288H V7", "24台", "168500.00"],
        ["2", "包1", "分布式存储系统", "浪潮", "AS13000G7", "1套", "2386000.00"],
        ["3", "包1", "数据中心交换机", "新华三", "S6850-56HF", "8台", "96800.00"],
        ["4", "包1", "物联网边缘计算网关", "研华", "UNO-2484G", "60台", "18650.00"],
    ]
    t = doc.add_table(rows=2 + len(goods), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "包号", HT, 12)
    g = t.cell(0, 2).merge(t.cell(0, 6))
    set_cell(g, "货物类", HT, 12)
    for i, h in enumerate(sub):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    gh = ["序号", "包号"] + ["货物类／" + s for s in sub]
    for ri, row in enumerate(goods, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11)
        clauses.append(row_clause(gh, row))
    col_widths(t, [1.4, 1.3, 3.2, 1.6, 3.6, 1.5, 3.0])
    empty(doc, 1, line=12)

    ssub = ["名称", "服务范围", "服务要求", "服务时间", "服务标准"]
    serv = [["1", "包2", "平台软件开发及系统集成服务",
             "多式联运“一单制”数据交换、海铁联运在途监测、跨境物流信用信息归集等子系统开发及与国际贸易“单一窗口”对接",
             "详见招标文件第三章“采购需求”", "合同签订之日起180日历天",
             "符合国家及行业相关标准"]]
    t = doc.add_table(rows=2 + len(serv), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "包号", HT, 12)
    g = t.cell(0, 2).merge(t.cell(0, 6))
    set_cell(g, "服务类", HT, 12)
    for i, h in enumerate(ssub):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    sh = ["序号", "包号"] + ["服务类／" + s for s in ssub]
    for ri, row in enumerate(serv, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci == 3 else C)
        clauses.append(row_clause(sh, row))
    col_widths(t, [1.4, 1.3, 2.4, 4.2, 2.6, 1.9, 1.8])
    # note under the table, smaller font, no indent
    note = "注：包1其他标的详见中标供应商投标文件分项报价表。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22)

    head("五、评审专家（单一来源采购人员）名单：")
    body("黄振宇（组长）、韦丽萍、陆海鸥、覃明杰、李晓东（采购人代表）")
    head("六、代理服务收费标准及金额：")
    # two lines typed in one paragraph with Shift+Enter
    f1 = ("代理服务收费标准：参照原国家计委《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）"
          "规定的货物招标、服务招标收费标准，按差额定率累进法计算，由中标人在领取中标通知书时向采购代理机构一次性支付。")
    f2 = "代理服务收费金额（万元）：包1：11.2425，包2：4.1950，合计15.4375。"
    p = doc.add_paragraph()
    font(p.add_run(f1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + f2), FS, 16)
    fmt(p)
    clauses.extend([f1, f2])
    head("七、公告期限")
    body("自本公告发布之日起1个工作日。")
    head("八、其他补充事宜")
    body("1.本项目采购公告于2026年2月12日在中国政府采购网、广西壮族自治区政府采购网发布，于2026年3月6日9时30分在钦州市公共资源交易中心开标。")
    body("2.本项目包1中标供应商为联合体，联合体各方应按联合体协议约定的分工承担合同义务，并就采购合同约定的事项对采购人承担连带责任。")
    body("3.本项目落实政府采购促进中小企业发展政策，包2中标供应商为小型企业。")
    body("4.各有关当事人对中标结果有异议的，可在中标公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。")
    body("九、凡对本次公告内容提出询问，请按以下方式联系。")
    LEAD = "    "  # clerk typed 4 half-width spaces instead of indenting
    add_par(doc, LEAD + "1.采购人信息", indent=False)
    body("名称：中国（广西）自由贸易试验区钦州港片区管理委员会", LEAD)
    body("地址：广西壮族自治区钦州市钦州港区滨海大道2号", LEAD)
    body("联系方式：黄工，0777-3881265", LEAD)
    add_par(doc, LEAD + "2.采购代理机构信息", indent=False)
    body("名称：广西华昇工程咨询有限公司", LEAD)
    body("地址：广西壮族自治区南宁市良庆区秋月路18号五象总部大厦B座21层", LEAD)
    body("联系方式：0771-5581736", LEAD)
    add_par(doc, LEAD + "3.项目联系方式", indent=False)
    body("项目联系人：梁雯、陆一鸣", LEAD)
    body("电话：0771-5581736", LEAD)
    empty(doc, 2)
    add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, indent=False)
    p = add_par(doc, "2026年3月19日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区钦州港片区西部陆海新通道数字物流公共服务平台（二期）建设项目中标（成交）结果公告",
            doc_number=None,
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            date="2026-03-19",
            published="2026-03-20",
            level="municipal",
            region="钦州市",
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kunming():
    """采购合同公告, 昆明片区管委会, 竞争性磋商, with 中小企业声明函 attached."""
    stem = "blind1013_kunming_hetong"
    doc = Document()
    setup(doc, footer="hyphen")
    clauses = []

    add_par(doc, [("昆明片区面向南亚东南亚跨境贸易综合服务", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("平台运维服务采购项目合同公告", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        return add_par(doc, t)

    def head(t):
        return add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        """heading in 黑体 with its text on the same line."""
        clauses.append(h + t)
        return add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    runin("一、合同编号：", "KMZMQ-HT-2026-0042")
    runin("二、合同名称：", "昆明片区面向南亚东南亚跨境贸易综合服务平台运维服务合同")
    runin("三、项目编号：", "KMZMQ-2026-CS-011")
    runin("四、项目名称：", "昆明片区面向南亚东南亚跨境贸易综合服务平台运维服务采购项目")
    head("五、合同主体")
    # labels aligned with full-width spaces
    body("采购人（甲方）：中国（云南）自由贸易试验区昆明片区管理委员会")
    body("地　　址：云南省昆明市经济技术开发区林溪路188号信息产业基地1号楼")
    body("联系方式：0871-67286513")
    body("供应商（乙方）：云南澜湄数链科技有限公司")
    body("地　　址：云南省昆明市五华区滇缅大道2188号云南软件园C座6层")
    body("联系方式：0871-63158820")
    head("六、合同主要信息")
    body("主要标的名称：面向南亚东南亚跨境贸易综合服务平台运维服务")
    body("规格型号（或服务要求）：提供平台基础设施运维、应用系统运维及功能优化、多语种数据服务、驻场技术支持等服务，系统年可用率不低于99.9%，详见磋商文件第三章“采购需求”。")
    body("主要标的数量：1项")
    body("主要标的单价：198.60万元")
    body("合同金额：198.60万元（大写：人民币壹佰玖拾捌万陆仟元整）")
    body("履约期限、地点等简要信息：服务期自2026年6月1日至2027年5月31日；服务地点为采购人指定地点（昆明市经济技术开发区）。")
    body("采购方式：竞争性磋商")

    # caption carrying the unit
    add_par(doc, [("合同分项价格表（单位：元）", HT, 14, False)], align=C, indent=False,
            before=6)
    hdr = ["序号", "服务内容", "服务期限", "金额"]
    period = "2026年6月1日至2027年5月31日"
    rows = [
        ["1", "平台基础设施运维（云资源、网络及安全设备）", period, "628000.00"],
        ["2", "应用系统运维及功能优化（含跨境结算、国际物流、通关申报模块）", period, "745000.00"],
        ["3", "多语种（英语、泰语、越南语、老挝语、缅甸语）数据服务及内容更新", period, "386000.00"],
        ["4", "驻场技术支持及应急响应", period, "227000.00"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        set_cell(t.cell(ri, 0), row[0], FS, 12)
        set_cell(t.cell(ri, 1), row[1], FS, 12, align=L)
        set_cell(t.cell(ri, 3), row[3], FS, 12, align=R)
        clauses.append(row_clause(hdr, row))
    # 服务期限 merged vertically over the four service rows
    m = t.cell(1, 2).merge(t.cell(len(rows), 2))
    set_cell(m, period, FS, 12)
    tot = ["合计", "—", "—", "1986000.00"]
    last = len(rows) + 1
    for ci, v in enumerate(tot):
        set_cell(t.cell(last, ci), v, HT if ci == 0 else FS, 12, align=R if ci == 3 else C)
    clauses.append(row_clause(hdr, tot))
    col_widths(t, [1.4, 6.9, 4.1, 3.2])
    empty(doc, 1, line=12)

    runin("七、合同签订日期：", "2026年5月8日")
    runin("八、合同公告日期：", "2026年5月12日")
    runin("九、其他补充事宜：",
          "本合同由采购人与供应商依据《中华人民共和国政府采购法》《中华人民共和国民法典》等规定签订，"
          "合同文本已在云南省政府采购网同步公开。乙方为小型企业，本项目磋商报价时已按规定对小微企业报价给予10%的价格扣除。")
    empty(doc, 1)
    add_par(doc, "附件：中小企业声明函（服务）")
    empty(doc, 2)
    # 落款 pushed right with tabs, date in Chinese numerals
    p = add_par(doc, "\t\t中国（云南）自由贸易试验区昆明片区管理委员会", indent=False)
    p = add_par(doc, "\t\t\t\t\t\t二〇二六年五月十二日", indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中小企业声明函（服务）", XBS, 22, False)], align=C, indent=False, line=34,
            after=12)
    body("本公司（联合体）郑重声明，根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，"
         "本公司（联合体）参加中国（云南）自由贸易试验区昆明片区管理委员会的昆明片区面向南亚东南亚跨境贸易综合服务平台运维服务采购项目采购活动，"
         "服务全部由符合政策要求的中小企业承接。相关企业（含联合体中的中小企业、签订分包意向协议的中小企业）的具体情况如下：")
    body("1.面向南亚东南亚跨境贸易综合服务平台运维服务，属于软件和信息技术服务业；承接企业为云南澜湄数链科技有限公司，"
         "从业人员86人，营业收入为4350万元，资产总额为2870万元，属于小型企业；")
    body("以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。")
    body("本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。")
    empty(doc, 1)
    add_par(doc, "企业名称（盖章）：云南澜湄数链科技有限公司", indent=False,
            align=L).paragraph_format.left_indent = Cm(5.5)
    add_par(doc, "日　　期：2026年4月21日", indent=False,
            align=L).paragraph_format.left_indent = Cm(5.5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="昆明片区面向南亚东南亚跨境贸易综合服务平台运维服务采购项目合同公告",
            doc_number=None,
            issuer=["中国（云南）自由贸易试验区昆明片区管理委员会"],
            date="2026-05-12",
            published="2026-05-12",
            level="municipal",
            region="昆明市",
            attachments=["中小企业声明函（服务）"],
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_luzhou():
    """更正公告, 川南临港片区管委会 + 代理机构, table split with 续表, attachment 评分表."""
    stem = "blind1013_luzhou_gengzheng"
    doc = Document()
    setup(doc, footer="of", margins=(3.0, 2.8, 2.6, 2.4))
    clauses = []

    # one title paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("川南临港片区多式联运海关监管中心智能查验"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("设备采购项目更正公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    IND = "\u3000\u3000"  # full-width spaces typed instead of first-line indent

    def body(t):
        clauses.append(t)
        return add_par(doc, IND + t, indent=False)

    def head(t):
        return add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    head("一、项目基本情况")
    body("原公告的采购项目编号：CNLG2026-GK-015")
    body("原公告的采购项目名称：川南临港片区多式联运海关监管中心智能查验设备采购项目")
    body("首次公告日期：2026年3月20日")
    head("二、更正信息")
    body("更正事项：采购文件")
    body("更正内容：详见下表。")

    hdr = ["序号", "更正位置", "原内容", "更正后内容"]
    part1 = [
        ["1", "第一章“投标人须知前附表”第3.2条 投标截止时间及开标时间",
         "2026年4月10日9:30（北京时间）", "2026年4月21日9:30（北京时间）"],
        ["2", "第一章“投标人须知前附表”第3.5条 投标保证金",
         "包1：20万元；包2：5万元", "本项目不收取投标保证金"],
        ["3", "第三章“采购需求”包1 集装箱/车辆检查系统 技术参数第5项",
         "穿透力≥300mm钢板", "穿透力≥320mm钢板"],
    ]
    part2 = [
        ["4", "第三章“采购需求”包2 智能卡口系统 交货期",
         "合同签订后60日历天内完成安装调试", "合同签订后90日历天内完成安装调试"],
        ["5", "第四章“评标办法”综合评分表",
         "详见原招标文件", "详见附件"],
    ]

    def table(rows, widths):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 12)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci else C)
            no_split(t.rows[ri])
            clauses.append(row_clause(hdr, row))
        col_widths(t, widths)
        return t

    table(part1, [1.4, 5.6, 4.5, 4.5])
    # the clerk split the table by hand and typed 续表 with the header again
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=26, before=6)
    table(part2, [1.4, 5.6, 4.5, 4.5])
    empty(doc, 1, line=12)
    body("更正日期：2026年4月3日")
    head("三、其他补充事宜")
    body("1.除上述更正内容外，原招标文件其他内容不变。更正内容为招标文件的组成部分，与招标文件具有同等法律效力。")
    body("2.已获取招标文件的潜在供应商，请于2026年4月7日前登录四川政府采购一体化平台重新下载更正后的招标文件,未重新下载的，由此产生的后果由供应商自行承担。")
    body("3.投标截止时间及开标时间顺延至2026年4月21日9:30(北京时间)，开标地点不变，仍为泸州市公共资源交易服务中心第三开标室。")
    body("四、凡对本次公告内容提出询问，请按以下方式联系。")
    add_par(doc, IND + "1.采购人信息", indent=False)
    body("名称：中国（四川）自由贸易试验区川南临港片区管理委员会")
    body("地址：四川省泸州市龙马潭区鱼塘街道临港大道二段18号")
    body("联系方式：王先生，0830-3196580")
    add_par(doc, IND + "2.采购代理机构信息", indent=False)
    body("名称：四川蜀南建信项目管理有限公司")
    body("地址：四川省泸州市江阳区酒城大道三段22号锦绣中心15楼")
    body("联系方式：0830-2287416")
    add_par(doc, IND + "3.项目联系方式", indent=False)
    body("项目联系人：罗静")
    body("电话：0830-2287416")
    empty(doc, 1)
    add_par(doc, "附件：更正后的综合评分表", indent=False)
    empty(doc, 2)
    for line in ("中国（四川）自由贸易试验区川南临港片区管理委员会",
                 "四川蜀南建信项目管理有限公司",
                 "2026年4月3日"):
        add_par(doc, line, align=R, indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("更正后的综合评分表", XBS, 20, False)], align=C, indent=False, line=34)
    add_par(doc, [("（适用于包1、包2；满分100分）", KT, 14, False)], align=C, indent=False)
    shdr = ["序号", "评分项目", "评分因素", "分值", "评分标准"]
    srows = [
        ["1", "价格部分", "投标报价", "30",
         "满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分。其他投标人的价格分统一按照下列公式计算：投标报价得分=（评标基准价/投标报价）×30。"],
        ["2", "技术部分", "技术参数响应", "40",
         "完全满足招标文件技术参数要求的得40分；“★”号条款为实质性要求，不满足的投标无效；“▲”号重要参数每负偏离一项扣4分，一般参数每负偏离一项扣1分，扣完为止。"],
        ["3", "技术部分", "实施方案", "10",
         "根据投标人提供的安装调试、人员培训及与海关监管系统对接方案进行评审：方案完整、针对性强的得7-10分；方案较完整的得4-6分；方案简单的得1-3分；未提供的不得分。"],
        ["4", "商务部分", "类似业绩", "8",
         "投标人2023年1月1日以来承担过海关监管场所或口岸查验设备供货项目的，每提供一个得2分，最高得8分（须提供合同关键页复印件）。"],
        ["5", "商务部分", "售后服务", "12",
         "质保期在招标文件要求基础上每延长1年得3分，最高得6分；在泸州市设有售后服务机构或承诺中标后30日内设立的得6分。"],
        ["合计", "—", "—", "100", "—"],
    ]
    t = doc.add_table(rows=1 + len(srows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(shdr):
        set_cell(t.cell(0, i), h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(srows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 4 else C)
        clauses.append(row_clause(shdr, row))
    col_widths(t, [1.4, 2.0, 2.6, 1.2, 8.8])
    note = "注：各评委评分的算术平均值即为投标人得分，评分结果按四舍五入保留小数点后两位。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="川南临港片区多式联运海关监管中心智能查验设备采购项目更正公告",
            doc_number=None,
            issuer=["中国（四川）自由贸易试验区川南临港片区管理委员会",
                    "四川蜀南建信项目管理有限公司"],
            date="2026-04-03",
            published=None,
            level="municipal",
            region="泸州市",
            attachments=["更正后的综合评分表"],
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_kunming(), doc_luzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
