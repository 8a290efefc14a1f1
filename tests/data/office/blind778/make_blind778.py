# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 778: 投诉（举报）受理回执 / 不予受理告知书, Word + PDF + expected.json.

blind778_xiamen_huizhi   厦门自贸片区政务服务中心  营商环境投诉受理回执×2 + 不予受理告知书×1
blind778_zhejiang_waitou 浙江省商务厅  外商投资企业投诉受理通知书（附件清单）+ 不予受理告知书
blind778_jinshui_yufuka  郑州市金水区商务局  单用途商业预付卡投诉（举报）受理回执×2 + 不予受理告知书×1
"""
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

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
L, C, R = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT

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


def _field(fp, instr, size, name=SONG):
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


def setup(doc, landscape=False, footer="dash"):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.2)
        s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
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
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def cell_text(cell, paras, name=FS, size=12, bold=False, align=C, line=20):
    """paras: str or list of str (each its own paragraph in the cell)."""
    if isinstance(paras, str):
        paras = [paras]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            try:
                row.cells[i].width = Cm(w)
            except IndexError:
                pass


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_778", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
# 厦门自贸片区政务服务中心：三张表格式回执/告知书，每张一页，无红头
XM_ORG = "中国（福建）自由贸易试验区厦门片区政务服务中心"


def xm_form(doc, title, number, rows, notes, sign_date):
    """rows: list of ("pair", l1, v1, l2, v2) or ("wide", label, value) or ("sign", label, paras)."""
    clauses = []
    add_par(doc, [(XM_ORG, HT, 15, False)], align=C, indent=False, line=28)
    add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=40, before=6, after=6)
    # 编号 pushed to the right with typed spaces
    add_par(doc, [(" " * 30 + "编号：" + number, FS, 14, False)], indent=False, line=26)
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W = [2.9, 5.2, 3.1, 4.4]
    for ri, spec in enumerate(rows):
        cells = t.rows[ri].cells
        kind = spec[0]
        if kind == "pair":
            _, l1, v1, l2, v2 = spec
            cell_text(cells[0], l1, HT, 12)
            cell_text(cells[1], v1, FS, 12, align=L)
            cell_text(cells[2], l2, HT, 12)
            cell_text(cells[3], v2, FS, 12, align=L)
            clauses.append("%s：%s；%s：%s" % (l1, v1, l2, v2))
            row_height(t.rows[ri], 1.1)
        elif kind == "wide":
            _, lab, val = spec
            m = cells[1].merge(cells[3])
            cell_text(cells[0], lab, HT, 12)
            cell_text(m, val, FS, 12, align=L, line=22)
            clauses.append("%s：%s" % (lab, val))
            row_height(t.rows[ri], 1.6)
        else:  # sign
            _, lab, paras = spec
            m = cells[1].merge(cells[3])
            cell_text(cells[0], lab, HT, 12)
            cell_text(m, [""] + paras, FS, 12, align=R, line=24)
            clauses.append("%s：%s" % (lab, "".join(paras)))
            row_height(t.rows[ri], 2.2)
    widths(t, W)
    for i, n in enumerate(notes):
        p = add_par(doc, [(("" if i == 0 else "    ") + n, FS, 12, False)], indent=False,
                    line=22, before=4 if i == 0 else 0)
        clauses.append(n)
    return clauses


def doc_xiamen():
    stem = "blind778_xiamen_huizhi"
    doc = Document()
    setup(doc)
    docs = []

    def sign(d):
        return ("sign", "受理机构（签章）", [XM_ORG + "（盖章）", d])

    # ---- 回执 1
    c = xm_form(doc, "营商环境投诉受理回执", "厦自贸政服投〔2026〕031号", [
        ("pair", "投诉人", "厦门海沧鑫源进出口有限公司", "联系人及电话", "陈丽娟 13906027581"),
        ("pair", "投诉登记时间", "2026年3月6日", "投诉渠道", "“办不成事”反映窗口"),
        ("wide", "被投诉人", "国网厦门供电公司海沧供电服务中心"),
        ("wide", "投诉事项", "投诉人位于海沧保税港区的新建冷链仓储项目于2025年12月15日提交低压用电报装申请，被投诉人承诺30个工作日内完成接电，但至今未完成外线工程施工，已超出承诺办理时限，影响项目按期投产。"),
        ("wide", "受理意见", "经审查，该投诉事项属于营商环境投诉受理范围，投诉材料齐全，予以受理。已转交片区管委会营商环境建设办公室牵头督办，请被投诉单位于3个工作日内书面说明情况。"),
        ("pair", "办理时限", "15个工作日", "承办单位", "片区营商环境建设办公室"),
        ("pair", "经办人", "林晓雯", "查询电话", "0592-6035116"),
        sign("2026年3月9日"),
    ], ["注：1.本回执一式两联，一联交投诉人，一联由受理机构存档。",
        "2.投诉人可凭回执编号登录“i厦门”平台或拨打查询电话查询办理进度。"],
        "2026年3月9日")
    docs.append({"meta": meta(title="营商环境投诉受理回执", doc_number="厦自贸政服投〔2026〕031号",
                              issuer=[XM_ORG], date="2026-03-09", level="municipal",
                              region="厦门市", doc_type="回执"), "clauses": c})
    page_break(doc)

    # ---- 回执 2
    c = xm_form(doc, "营商环境投诉受理回执", "厦自贸政服投〔2026〕033号", [
        ("pair", "投诉人", "厦门宝拓精密机械有限公司", "联系人及电话", "黄志明 0592-6881230"),
        ("pair", "投诉登记时间", "2026年3月10日", "投诉渠道", "12345政务服务便民热线转办"),
        ("wide", "被投诉人", "厦门片区工程建设项目审批服务窗口"),
        ("wide", "投诉事项", "投诉人扩建厂房项目施工许可申请材料已于2026年2月9日按要求补正完毕，被投诉窗口又以“需补充消防设计审查意见”为由再次退件，投诉人认为“一次性告知”制度落实不到位，造成企业多次往返。"),
        ("wide", "受理意见", "符合受理条件，予以受理。由政务服务中心督查科会同片区规划建设与交通局核查窗口办理过程，核查结果及处理意见将书面答复投诉人。"),
        ("pair", "办理时限", "10个工作日", "承办单位", "政务服务中心督查科、片区规划建设与交通局"),
        ("pair", "经办人", "吴俊杰", "查询电话", "0592-6035116"),
        sign("2026年3月11日"),
    ], ["注：1.本回执一式两联，一联交投诉人，一联由受理机构存档。",
        "2.投诉人可凭回执编号登录“i厦门”平台或拨打查询电话查询办理进度。"],
        "2026年3月11日")
    docs.append({"meta": meta(title="营商环境投诉受理回执", doc_number="厦自贸政服投〔2026〕033号",
                              issuer=[XM_ORG], date="2026-03-11", level="municipal",
                              region="厦门市", doc_type="回执"), "clauses": c})
    page_break(doc)

    # ---- 不予受理告知书
    c = xm_form(doc, "营商环境投诉不予受理告知书", "厦自贸政服投不〔2026〕004号", [
        ("pair", "投诉人", "厦门嘉德福供应链管理有限公司", "联系人及电话", "郑雅芳 18650072316"),
        ("pair", "投诉登记时间", "2026年3月9日", "投诉渠道", "政务服务中心综合窗口"),
        ("wide", "被投诉人", "厦门港象物流仓储有限公司"),
        ("wide", "投诉事项", "投诉人与被投诉人签订的仓储服务合同到期后，被投诉人以仓储费结算存在争议为由扣留投诉人存放的进口葡萄酒1200箱，请求政务服务中心责令其放行货物。"),
        ("wide", "不予受理理由", "该事项系平等市场主体之间因合同履行产生的民商事纠纷，不属于营商环境投诉受理范围（营商环境投诉受理范围为行政机关、公共服务单位及其工作人员在政务服务和公共服务中的行为）。"),
        ("wide", "告知事项", "建议投诉人通过协商、申请商事调解、申请仲裁或者向人民法院提起诉讼等方式依法维护自身权益。如需法律咨询，可联系片区公共法律服务中心（电话：0592-6831148）。"),
        ("pair", "经办人", "林晓雯", "查询电话", "0592-6035116"),
        sign("2026年3月12日"),
    ], ["注：本告知书一式两份，一份交投诉人，一份由受理机构存档。"], "2026年3月12日")
    docs.append({"meta": meta(title="营商环境投诉不予受理告知书", doc_number="厦自贸政服投不〔2026〕004号",
                              issuer=[XM_ORG], date="2026-03-12", level="municipal",
                              region="厦门市", doc_type="告知书"), "clauses": c})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC B
# 浙江省商务厅：红头 + 文号 + 红线，受理通知书（带附件清单、续表）+ 不予受理告知书
ZJ = "浙江省商务厅"


def zj_head(doc, number):
    add_par(doc, [(ZJ, XBS, 48, False, RED)], align=C, indent=False, line=64, before=20)
    empty(doc, 1)
    p = add_par(doc, number, align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def doc_zhejiang():
    stem = "blind778_zhejiang_waitou"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------------------------------------------- 受理通知书
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    zj_head(doc, "浙商投诉〔2026〕12号")
    add_par(doc, [("浙江省外商投资企业投诉", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("受理通知书", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "宁波博睿斯汽车零部件有限公司：", indent=False)
    body("你公司于2026年4月2日通过浙江省外商投资企业投诉中心线上平台提交的投诉材料收悉。经审查，你公司投诉事项符合《外商投资企业投诉工作办法》规定的受理条件，我厅决定予以受理。现将有关事项通知如下：")
    hdr = ["编号", "投诉人", "被投诉人", "投诉事项", "受理意见"]
    row = ["ZJWT-2026-031", "宁波博睿斯汽车零部件有限公司（外商独资）", "宁波市北仑区滨港街道办事处",
           "被投诉人未按2023年签订的《招商引资项目投资协议》约定兑现设备购置补助资金386万元，经多次协商未果，请求协调解决。",
           "符合受理条件，予以受理。由省外商投资企业投诉中心会同宁波市商务局协调处理。"]
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for i, v in enumerate(row):
        cell_text(t.rows[1].cells[i], v, FS, 12, align=C if i == 0 else L)
    widths(t, [3.2, 3.0, 2.6, 4.2, 2.6])
    clauses.append("；".join("%s：%s" % hv for hv in zip(hdr, row)))
    empty(doc, 1, line=12)
    body("一、本投诉自2026年4月9日起受理。我厅将在受理之日起60个工作日内办结；情况复杂的，经批准可以适当延长，延长情况将另行告知。")
    body("二、投诉处理期间，你公司应当如实反映情况、提供相关证明材料，配合做好调查核实、协调会商等工作。")
    body("三、你公司撤回投诉的，应当以书面形式提出；就同一事项申请行政复议、提起行政诉讼的，投诉处理程序终止。")
    body("四、联系人：省外商投资企业投诉中心 周敏，联系电话：0571-87701523。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    p = add_par(doc, "附件：投诉材料接收清单", first=Pt(32))
    empty(doc, 2)
    for txt in ("浙江省商务厅", "2026年4月9日"):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("投诉材料接收清单", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("（投诉编号：ZJWT-2026-031）", KT, 14, False)], align=C, indent=False)
    ah = ["序号", "材料名称", "份数", "页数", "备注"]
    arows = [
        ["1", "外商投资企业投诉书", "1", "6", "原件，加盖公章"],
        ["2", "营业执照（副本）", "1", "1", "复印件"],
        ["3", "法定代表人身份证明及授权委托书", "1", "3", "原件"],
        ["4", "《招商引资项目投资协议》", "1", "14", "复印件，与原件核对一致"],
        ["5", "设备购置发票及付款凭证", "1", "42", "复印件"],
        ["6", "补助资金申请材料及递交记录", "1", "9", "复印件"],
        ["7", "与被投诉人往来函件", "1", "11", "复印件"],
        ["8", "会议纪要（2025年6月、2025年11月）", "2", "6", "复印件"],
        ["9", "投诉人认为需要提交的其他材料", "1", "5", "电子版刻录光盘1张"],
    ]

    def att_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(ah):
            cell_text(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, r in enumerate(rows, 1):
            for ci, v in enumerate(r):
                cell_text(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 4) else C)
            row_height(t.rows[ri], 1.6)
            clauses.append("；".join("%s：%s" % hv for hv in zip(ah, r)))
        widths(t, [1.5, 6.0, 1.6, 1.6, 4.9])

    att_table(arows[:6])
    # clerk split the table by hand: page break + 续表 + header typed again
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False)
    att_table(arows[6:])
    add_par(doc, [("注：材料接收人：周敏；接收日期：2026年4月3日。", FS, 12, False)],
            indent=False, line=22, before=4)
    clauses.append("注：材料接收人：周敏；接收日期：2026年4月3日。")
    empty(doc, 1)
    banji(doc, "抄送：宁波市商务局，宁波市北仑区人民政府。", "浙江省商务厅办公室", "2026年4月9日印发")
    docs.append({"meta": meta(title="浙江省外商投资企业投诉受理通知书",
                              doc_number="浙商投诉〔2026〕12号", issuer=[ZJ], date="2026-04-09",
                              level="provincial", region="浙江省",
                              attachments=["投诉材料接收清单"], doc_type="通知书",
                              recipients=["宁波博睿斯汽车零部件有限公司"]),
                 "clauses": clauses})

    # ---------------------------------------------------- 不予受理告知书
    page_break(doc)
    clauses = []
    zj_head(doc, "浙商投诉〔2026〕13号")
    p = doc.add_paragraph()
    font(p.add_run("浙江省外商投资企业投诉不予"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("受理告知书"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "杭州澜芯微电子科技有限公司：", indent=False)
    t1 = "你公司于2026年4月3日提交的投诉材料收悉。经审查，你公司投诉事项不符合受理条件，我厅决定不予受理。"
    t2 = "具体情况告知如下："
    # one paragraph, second sentence after a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    kv = [
        ("编号", "ZJWT-2026-034"),
        ("投诉人", "杭州澜芯微电子科技有限公司（中外合资）"),
        ("被投诉人", "杭州钱塘智造产业园运营管理有限公司"),
        ("投诉事项", "被投诉人在厂房租赁合同解除后拒不退还租赁保证金120万元，请求协调督促退还。"),
        ("受理意见", "不予受理。"),
        ("不予受理理由", "经核实，你公司已就该租赁合同纠纷于2026年3月20日向杭州市钱塘区人民法院提起诉讼，法院已立案受理；且该事项属于你公司与其他法人之间的民商事纠纷，依照《外商投资企业投诉工作办法》有关规定，不属于投诉工作机构受理范围。"),
        ("告知事项", "你公司可依法通过诉讼、仲裁或者商事调解等途径解决该纠纷。如认为行政机关及其工作人员的行政行为侵犯你公司合法权益，可另行提出投诉。"),
    ]
    t = doc.add_table(rows=len(kv), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, (k, v) in enumerate(kv):
        cell_text(t.rows[ri].cells[0], k, HT, 12)
        cell_text(t.rows[ri].cells[1], v, FS, 12, align=L, line=22)
        row_height(t.rows[ri], 1.1)
        clauses.append("%s：%s" % (k, v))
    widths(t, [3.4, 12.2])
    empty(doc, 1, line=12)
    add_par(doc, "特此告知。")
    empty(doc, 2)
    for txt in ("浙江省商务厅", "2026年4月10日"):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    banji(doc, "抄送：杭州市商务局，杭州钱塘新区管理委员会。", "浙江省商务厅办公室", "2026年4月10日印发")
    docs.append({"meta": meta(title="浙江省外商投资企业投诉不予受理告知书",
                              doc_number="浙商投诉〔2026〕13号", issuer=[ZJ], date="2026-04-10",
                              level="provincial", region="浙江省", doc_type="告知书",
                              recipients=["杭州澜芯微电子科技有限公司"]),
                 "clauses": clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC C
# 郑州市金水区商务局：横向页面，七列两级表头登记式回执，中文数字日期，"第X页 共Y页"
JS = "郑州市金水区商务局"
JS_H1 = ["编号", "投诉（举报）人", None, "被投诉（举报）人", "投诉（举报）事项", "受理意见", "签章"]
JS_H2 = ["姓名", "联系电话"]
JS_KEYS = ["编号", "投诉（举报）人／姓名", "投诉（举报）人／联系电话", "被投诉（举报）人",
           "投诉（举报）事项", "受理意见", "签章"]


def js_form(doc, kind, intro, vals, sign_date, after):
    clauses = []
    p = doc.add_paragraph()
    font(p.add_run(JS), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("单用途商业预付卡投诉（举报）" + kind), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=8)
    add_par(doc, [(intro, FS, 15, False)], line=26, first=Pt(30))
    clauses.append(intro)
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h1, h2, d = t.rows
    # vertical merges for single-level headers, horizontal for 投诉（举报）人
    for i in (0, 3, 4, 5, 6):
        m = h1.cells[i].merge(h2.cells[i])
        cell_text(m, JS_H1[i], HT, 12)
    m = h1.cells[1].merge(h1.cells[2])
    cell_text(m, JS_H1[1], HT, 12)
    cell_text(h2.cells[1], JS_H2[0], HT, 12)
    cell_text(h2.cells[2], JS_H2[1], HT, 12)
    repeat_header(h1)
    repeat_header(h2)
    for i, v in enumerate(vals):
        if i == 6:
            cell_text(d.cells[i], v, FS, 12, align=C, line=22)
        else:
            cell_text(d.cells[i], v, FS, 12, align=C if i in (0, 1, 2) else L, line=22)
    row_height(d, 6.5)
    widths(t, [3.0, 1.9, 3.4, 3.2, 5.8, 5.2, 2.2])
    clauses.append("；".join("%s：%s" % (k, "".join(v) if isinstance(v, list) else v)
                            for k, v in zip(JS_KEYS, vals)))
    # note under the table: "说明：1.…" and "2.…" separated by Shift+Enter
    p = doc.add_paragraph()
    for i, a in enumerate(after):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run("      " + a), FS, 12)
        else:
            font(p.add_run(a), FS, 12)
        clauses.append(a)
    fmt(p, indent=False, line=22, before=6)
    return clauses


def doc_jinshui():
    stem = "blind778_jinshui_yufuka"
    doc = Document()
    setup(doc, landscape=True, footer="pages")
    docs = []
    note1 = "说明:1.对处理结果不满意的，可向郑州市商务局反映，或者依法向人民法院提起诉讼。"
    note2 = "2.查询电话:0371-65531287（工作日9:00-12:00、14:30-17:30）。"

    c = js_form(doc, "受理回执",
                "根据《单用途商业预付卡管理办法（试行）》有关规定，本局对你提交的投诉（举报）事项进行了登记审查，现将受理情况回执如下：",
                ["金商预受字〔2026〕第058号", "王秀兰", "139****6271",
                 "郑州悦颜美容美体有限公司（花园路店）",
                 "投诉人于2025年9月在被投诉人处办理美容储值卡，充值8000元，剩余余额5260元。2026年4月下旬该店突然停业，无法继续消费，联系店方要求退款未果。",
                 "予以受理。本局将于受理之日起7个工作日内约谈被投诉企业负责人，核查其预付卡发行备案及预收资金存管情况，并在30日内将处理结果告知投诉人。",
                 [JS + "（章）", "二〇二六年五月十二日"]],
                "二〇二六年五月十二日", [note1, note2])
    docs.append({"meta": meta(title=JS + "单用途商业预付卡投诉（举报）受理回执",
                              doc_number="金商预受字〔2026〕第058号", issuer=[JS],
                              date="2026-05-12", level="county", region="郑州市金水区",
                              doc_type="回执"), "clauses": c})
    page_break(doc)

    c = js_form(doc, "受理回执",
                "根据《单用途商业预付卡管理办法（试行）》有关规定，本局对你提交的投诉（举报）事项进行了登记审查，现将受理情况回执如下：",
                ["金商预受字〔2026〕第061号", "刘振华", "186****3305",
                 "郑州净衣坊洗涤服务有限公司（金水路店）",
                 "举报被举报人向消费者发售面值10000元的不记名“至尊洗护年卡”，超过规定限额；店内未公示预付卡章程及投诉电话，未与消费者签订购卡协议。",
                 "予以受理。本局将对被举报人预付卡发行和经营情况开展现场检查，依法依规处理，并对举报人信息予以保密。",
                 [JS + "（章）", "二〇二六年五月十四日"]],
                "二〇二六年五月十四日", [note1, note2])
    docs.append({"meta": meta(title=JS + "单用途商业预付卡投诉（举报）受理回执",
                              doc_number="金商预受字〔2026〕第061号", issuer=[JS],
                              date="2026-05-14", level="county", region="郑州市金水区",
                              doc_type="回执"), "clauses": c})
    page_break(doc)

    c = js_form(doc, "不予受理告知书",
                "根据《单用途商业预付卡管理办法（试行）》有关规定，本局对你提交的投诉（举报）事项进行了登记审查，决定不予受理，现告知如下：",
                ["金商预不受字〔2026〕第007号", "赵丽萍", "137****0458",
                 "郑州丽都美发有限公司（紫荆山路店）",
                 "投诉人在被投诉人处办理美发储值卡，剩余余额3120元，该店更换经营者后拒绝继续履行服务，要求退还余额。",
                 "不予受理。经核查，被投诉人经营场所位于郑州市管城回族区紫荆山南路，不属于本局管辖范围。已将你的投诉材料转交郑州市管城回族区商务局处理，请与该局联系（电话:0371-66211935）。",
                 [JS + "（章）", "二〇二六年五月十五日"]],
                "二〇二六年五月十五日",
                ["说明:如对本告知有异议，可自收到本告知书之日起5个工作日内向本局书面提出。"])
    docs.append({"meta": meta(title=JS + "单用途商业预付卡投诉（举报）不予受理告知书",
                              doc_number="金商预不受字〔2026〕第007号", issuer=[JS],
                              date="2026-05-15", level="county", region="郑州市金水区",
                              doc_type="告知书"), "clauses": c})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_xiamen(), doc_zhejiang(), doc_jinshui()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
