# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 810: 规范性文件清理结果通知 (自贸试验区), Word + PDF + expected.json.

Three files:
  blind810_guangxi  广西壮族自治区商务厅 notice, 3 attachments (继续有效/拟修改/废止目录),
                    header rows repeated on page break (tblHeader).
  blind810_zhoushan 舟山市人民政府办公室 notice, landscape attachment section, table split
                    by hand with 续表, two-level merged header, 版记 before the attachments.
  blind810_henan    河南省商务厅 河南省司法厅 joint notice, one attachment holding three
                    tables, 制定机关 column merged vertically.
"""
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


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
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
    font(fp.add_run(right), SONG, 14)


def setup(doc, left="— ", right=" —"):
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
    footer_pageno(s, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    # drop any extra paragraphs (after merges)
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(t, ws):
    t.autofit = False
    for i, w in enumerate(ws):
        t.columns[i].width = Cm(w)
        for cell in t.columns[i].cells:
            cell.width = Cm(w)


def grid_table(doc, header, rows, ws, clauses, size=10.5, hsize=11, repeat=True,
               left_cols=(), vmerge_col=None, line=16, add_clauses=True, cant_split=False):
    """One-level header table. rows: list of lists of cell text.
    left_cols: column indexes aligned left. vmerge_col: merge equal consecutive
    values in that column vertically (value still belongs to each row)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, ws)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, hsize, line=line)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        if cant_split:
            t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for ci, v in enumerate(row):
            if vmerge_col is not None and ci == vmerge_col:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, size,
                     align=L if ci in left_cols else C, line=line)
        if add_clauses:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if vmerge_col is not None:
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][vmerge_col] == rows[start][vmerge_col]:
                end += 1
            a = t.rows[start + 1].cells[vmerge_col]
            if end > start:
                a = a.merge(t.rows[end + 1].cells[vmerge_col])
            set_cell(a, rows[start][vmerge_col], FS, size, line=line)
            start = end + 1
    return t


def banji(doc, cc, printer, date_txt, before=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, before)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_810", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem, meta, clauses):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": meta, "clauses": clauses}]
    return path


def num(rows):
    return [[str(i)] + list(r) for i, r in enumerate(rows, 1)]


# =================================================================== DOC A
GX_KEEP = [
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区外商投资项目备案管理办法》的通知", "桂商规〔2020〕5号", "2020年4月28日"],
    ["广西壮族自治区商务厅关于支持中国（广西）自由贸易试验区开展平行进口汽车试点的通知", "桂商自贸发〔2020〕19号", "2020年7月9日"],
    ["广西壮族自治区商务厅 南宁海关关于推进中国（广西）自由贸易试验区跨境电子商务零售进口试点工作的通知", "桂商自贸发〔2020〕33号", "2020年11月16日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区制度创新成果评估办法（试行）》的通知", "桂商规〔2021〕2号", "2021年3月5日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区服务贸易创新发展若干措施》的通知", "桂商服贸发〔2021〕14号", "2021年6月22日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区崇左片区跨境劳务合作管理暂行办法》的通知", "桂商规〔2022〕1号", "2022年1月18日"],
    ["广西壮族自治区商务厅 广西壮族自治区财政厅关于印发《广西自由贸易试验区发展专项资金管理办法》的通知", "桂商规〔2022〕4号", "2022年5月30日"],
    ["广西壮族自治区商务厅关于支持中国（广西）自由贸易试验区建设面向东盟的跨境产业链供应链的若干意见", "桂商自贸发〔2022〕26号", "2022年8月11日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区对接RCEP经贸规则实施方案》的通知", "桂商自贸发〔2022〕38号", "2022年12月2日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区边境贸易商品市场采购贸易方式试点管理办法》的通知", "桂商规〔2023〕3号", "2023年4月17日"],
    ["广西壮族自治区商务厅 广西壮族自治区公安厅 南宁海关关于印发《中国（广西）自由贸易试验区二手车出口业务管理办法》的通知", "桂商规〔2024〕2号", "2024年3月12日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区数字贸易发展三年行动计划（2024—2026年）》的通知", "桂商自贸发〔2024〕17号", "2024年5月20日"],
    ["广西壮族自治区商务厅关于推动中国（广西）自由贸易试验区与西部陆海新通道协同发展的实施意见", "桂商自贸发〔2025〕8号", "2025年2月27日"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区钦州港片区国际船舶登记管理办法》的通知", "桂商规〔2025〕3号", "2025年7月15日"],
]
GX_MOD = [
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区管理权限下放事项清单》的通知", "桂商自贸发〔2019〕45号", "2019年12月20日", "部分事项已取消或调整，需重新梳理"],
    ["广西壮族自治区商务厅关于中国（广西）自由贸易试验区外商投资企业设立及变更备案有关事项的通知", "桂商资发〔2020〕7号", "2020年2月19日", "与外商投资信息报告制度不一致"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区边民互市贸易落地加工实施细则》的通知", "桂商规〔2021〕6号", "2021年10月12日", "需与边民互市贸易最新规定衔接"],
    ["广西壮族自治区商务厅关于促进中国（广西）自由贸易试验区跨境电子商务高质量发展的若干措施", "桂商电发〔2022〕11号", "2022年4月7日", "部分措施执行期限届满"],
]
GX_DEL = [
    ["广西壮族自治区商务厅关于做好中国（广西）自由贸易试验区筹建工作的通知", "桂商自贸发〔2019〕3号", "阶段性工作已完成"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区建设实施方案（2019—2021年）》的通知", "桂商自贸发〔2019〕27号", "有效期已届满"],
    ["广西壮族自治区商务厅关于应对新冠肺炎疫情支持中国（广西）自由贸易试验区企业复工复产的若干措施", "桂商自贸发〔2020〕6号", "适用期已过"],
    ["广西壮族自治区商务厅关于印发《中国（广西）自由贸易试验区建设三年行动计划（2021—2023年）》的通知", "桂商自贸发〔2021〕5号", "有效期已届满"],
]


def doc_guangxi():
    stem = "blind810_guangxi"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("广西壮族自治区商务厅文件", XBS, 36, False, RED)],
            align=C, indent=False, line=50)
    empty(doc, 1)
    p = add_par(doc, "桂商自贸发〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("广西壮族自治区商务厅关于公布中国（广西）",
              "自由贸易试验区相关规范性文件清理结果",
              "的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，厅机关各处室：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据自治区人民政府关于开展自由贸易试验区相关规范性文件专项清理工作的部署要求，我厅对2019年以来本厅制定或者牵头制定的涉及中国（广西）自由贸易试验区（以下简称广西自贸试验区）的规范性文件进行了全面清理，共清理规范性文件22件。现将清理结果通知如下：")
    head("一、清理结果")
    body("（一）继续有效的规范性文件14件（目录见附件1）。上述文件符合法律、法规、规章和国家政策规定，继续执行。")
    body("（二）拟修改的规范性文件4件（目录见附件2）。上述文件修改完成前继续执行。")
    body("（三）废止的规范性文件4件（目录见附件3）。上述文件自本通知印发之日起停止执行。")
    head("二、工作要求")
    runin("（一）抓紧做好文件修改工作。", "拟修改文件的起草处室要于2026年6月30日前完成修改并按程序重新公布。")
    runin("（二）做好政策衔接。", "各设区市商务局、各片区管委会要及时调整相关配套措施，做好过渡衔接。")
    body("联系人：黄立群，联系电话:0771-2118635。")
    empty(doc, 1)
    # 附件 list: continuation lines indented with typed full-width spaces
    add_par(doc, "附件：1．中国（广西）自由贸易试验区相关规范性文件继续有效目录")
    add_par(doc, "\u3000\u3000\u30002．中国（广西）自由贸易试验区相关规范性文件拟修改目录")
    add_par(doc, "\u3000\u3000\u30003．中国（广西）自由贸易试验区相关规范性文件废止目录")
    empty(doc, 2)
    p = add_par(doc, "广西壮族自治区商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # 附件1 on its own page
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（广西）自由贸易试验区相关规范性文件继续有效目录", XBS, 17, False)], align=C, indent=False, line=30, after=6)
    grid_table(doc, ["序号", "文件名称", "文号", "印发日期"], num(GX_KEEP),
               [1.2, 9.2, 3.0, 2.2], clauses, size=10, hsize=10.5, left_cols=(1,), line=13, cant_split=True)

    empty(doc, 1)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区相关规范性文件拟修改目录", XBS, 17, False)], align=C, indent=False, line=30, after=6)
    grid_table(doc, ["序号", "文件名称", "文号", "印发日期", "修改理由"], num(GX_MOD),
               [1.2, 6.0, 3.0, 2.2, 3.2], clauses, size=10, hsize=10.5, left_cols=(1, 4), line=13, cant_split=True)

    empty(doc, 1)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区相关规范性文件废止目录", XBS, 17, False)], align=C, indent=False, line=30, after=6)
    grid_table(doc, ["序号", "文件名称", "文号", "废止理由"], num(GX_DEL),
               [1.2, 8.2, 3.0, 3.2], clauses, size=10, hsize=10.5, left_cols=(1, 3), line=13, cant_split=True)
    note = "注：上述文件自本通知印发之日起废止，依据上述文件已经办结的事项继续有效。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, before=1, cc="抄送：自治区人民政府办公厅，自治区司法厅。",
          printer="广西壮族自治区商务厅办公室", date_txt="2026年3月17日印发")

    meta = {
        "title": "广西壮族自治区商务厅关于公布中国（广西）自由贸易试验区相关规范性文件清理结果的通知",
        "doc_number": "桂商自贸发〔2026〕4号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [
            "中国（广西）自由贸易试验区相关规范性文件继续有效目录",
            "中国（广西）自由贸易试验区相关规范性文件拟修改目录",
            "中国（广西）自由贸易试验区相关规范性文件废止目录",
        ],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会", "厅机关各处室"],
        "publicity": "此件公开发布",
        "repeals": "中国（广西）自由贸易试验区相关规范性文件废止目录（附件3）所列4件规范性文件，自本通知印发之日起停止执行",
    }
    return save(doc, stem, meta, clauses)


# =================================================================== DOC B
ZS_KEEP = [
    ["舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区国际航行船舶保税燃料油供应管理办法的通知", "舟政发〔2018〕12号", "2018年4月16日", "市港航和口岸局"],
    ["舟山市人民政府办公室关于推进中国（浙江）自由贸易试验区舟山片区油品储运基地建设的实施意见", "舟政办发〔2018〕77号", "2018年8月30日", "市发展改革委"],
    ["舟山市人民政府关于支持中国（浙江）自由贸易试验区舟山片区大宗商品跨境贸易人民币结算的若干意见", "舟政发〔2019〕9号", "2019年3月22日", "市委金融办"],
    ["舟山市人民政府办公室关于印发舟山片区保税船用燃料油加注企业考核办法的通知", "舟政办发[2019]104号", "2019年11月5日", "市港航和口岸局"],
    ["舟山市人民政府关于印发舟山江海联运服务中心核心区建设若干政策的通知", "舟政发〔2020〕6号", "2020年3月2日", "市交通运输局"],
    ["舟山市人民政府办公室关于加快中国（浙江）自由贸易试验区舟山片区国际海事服务基地建设的实施意见", "舟政办发〔2020〕58号", "2020年7月21日", "市港航和口岸局"],
    ["舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区油气贸易企业培育办法的通知", "舟政发〔2021〕3号", "2021年1月28日", "市商务局"],
    ["舟山市人民政府办公室关于印发舟山片区国际航行船舶船员换班管理暂行办法的通知", "舟政办发〔2021〕39号", "2021年5月14日", "市港航和口岸局"],
    ["舟山市人民政府办公室关于支持舟山片区绿色石化基地配套产业发展的若干意见", "舟政办发〔2022〕15号", "2022年2月25日", "市经信局"],
    ["舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区数字化改革实施方案的通知", "舟政发〔2022〕21号", "2022年9月9日", "市数据局"],
    ["舟山市人民政府办公室关于推进舟山片区LNG接收及加注中心建设的实施意见", "舟政办发〔2023〕11号", "2023年3月3日", "市发展改革委"],
    ["舟山市人民政府办公室关于印发舟山片区跨境贸易投资高水平开放试点实施细则的通知", "舟政办发〔2023〕64号", "2023年10月17日", "市商务局"],
    ["舟山市人民政府关于印发舟山市大宗商品储运基地建设三年行动方案（2024—2026年）的通知", "舟政发〔2024〕7号", "2024年4月1日", "市发展改革委"],
    ["舟山市人民政府办公室关于支持舟山片区船舶和海工装备产业高质量发展的若干意见", "舟政办发〔2025〕19号", "2025年3月26日", "市经信局"],
]
ZS_MOD = [
    ["舟山市人民政府关于加快推进油气全产业链发展的若干意见", "舟政发〔2018〕25号", "根据国家油气体制改革最新要求，调整原油进口资质相关条款", "市发展改革委"],
    ["舟山市人民政府办公室关于印发舟山片区企业投资项目“标准地”改革实施办法的通知", "舟政办发〔2019〕66号", "与省企业投资项目“标准地”最新管理规定相衔接", "市自然资源和规划局"],
    ["舟山市人民政府关于印发舟山片区人才引进若干政策的通知", "舟政发〔2020〕14号", "调整人才认定标准和补贴兑现方式", "市人力社保局"],
    ["舟山市人民政府办公室关于印发舟山片区保税燃料油供应企业准入管理办法的通知", "舟政办发〔2021〕72号", "落实保税燃料油加注资质审批权限下放要求，修改准入条件", "市商务局"],
]
ZS_DEL = [
    ["舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区建设实施方案的通知", "舟政发〔2017〕18号", "已被新的建设实施方案替代"],
    ["舟山市人民政府办公室关于印发舟山片区企业登记注册便利化若干措施的通知", "舟政办发〔2017〕52号", "相关内容已被《中华人民共和国市场主体登记管理条例》及配套规定替代"],
    ["舟山市人民政府办公室关于印发舟山片区保税油加注业务扶持资金管理暂行办法的通知", "舟政办发〔2018〕93号", "已被市级财政专项资金整合政策替代"],
    ["舟山市人民政府关于支持舟山片区企业应对新冠肺炎疫情稳定发展的若干政策", "舟政发〔2020〕4号", "适用期已过"],
]
ZS_SPLIT = 12  # rows of 附件1 on its first landscape page; the rest go under 续表


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def doc_zhoushan():
    stem = "blind810_zhoushan"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("舟山市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=50, before=24)
    empty(doc, 1)
    p = add_par(doc, "舟政办发〔2025〕86号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("舟山市人民政府办公室关于公布中国（浙江）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区舟山片区相关规范性文件清理"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("结果的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市政府直属各单位，中国（浙江）自由贸易试验区舟山片区管委会：",
            indent=False)

    # body indented by typed full-width spaces instead of a first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据省政府办公厅关于开展自由贸易试验区相关规范性文件专项清理工作的要求，市政府对涉及中国（浙江）自由贸易试验区舟山片区（以下简称舟山片区）的市政府及市政府办公室规范性文件进行了集中清理，共涉及规范性文件22件。经市政府同意，现将清理结果通知如下：")
    runin("一、继续有效的规范性文件。", "对14件规范性文件予以保留，继续有效（目录见附件1）。")
    # 二 and 三 typed in one paragraph, separated by Shift+Enter
    h2, t2 = "二、拟修改的规范性文件。", "对4件规范性文件予以修改（目录见附件2）。各责任单位要于2026年3月31日前完成修改，按程序报市政府审议后重新公布。"
    h3, t3 = "三、废止的规范性文件。", "对《舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区建设实施方案的通知》等4件规范性文件予以废止（目录见附件3）。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h2), HT, 16)
    font(p.add_run(t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h3), HT, 16)
    font(p.add_run(t3), FS, 16)
    fmt(p, indent=False)
    clauses.extend([h2 + t2, h3 + t3])
    runin("四、建立长效机制。", "各地各部门要严格落实规范性文件定期清理和动态调整制度，市司法局要加强监督指导。")
    body("本通知自2026年1月1日起施行。")
    # 附件 list aligned with a tab
    p = add_par(doc, [(IND + "附件：", FS, 16, False), ("1.中国（浙江）自由贸易试验区舟山片区相关规范性文件继续有效目录", FS, 16, False)],
                indent=False)
    p.paragraph_format.left_indent = Cm(3.3)
    p.paragraph_format.first_line_indent = Cm(-3.3)
    for t in ("2.中国（浙江）自由贸易试验区舟山片区相关规范性文件拟修改目录",
              "3.中国（浙江）自由贸易试验区舟山片区相关规范性文件废止目录"):
        p = add_par(doc, t, indent=False)
        p.paragraph_format.left_indent = Cm(3.3)
    empty(doc, 2)
    # 落款 typed with spaces; date in Chinese numerals
    add_par(doc, " " * 34 + "舟山市人民政府办公室", indent=False)
    add_par(doc, " " * 35 + "二〇二五年十二月十九日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    # 版记 placed before the landscape attachments
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，舟山军分区。",
          "舟山市人民政府办公室", "2025年12月19日印发", before=1)

    # ----- landscape attachments
    landscape_section(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区舟山片区相关规范性文件继续有效目录", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)
    head = ["序号", "文件名称", "文号", "发文日期", "责任单位"]
    ws = [1.2, 12.5, 4.6, 3.4, 3.0]
    grid_table(doc, head, num(ZS_KEEP)[:ZS_SPLIT], ws, clauses, size=10.5, hsize=11,
               repeat=False, left_cols=(1,), line=14, cant_split=True)
    # table split by hand, header retyped under 续表
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    grid_table(doc, head, num(ZS_KEEP)[ZS_SPLIT:], ws, clauses, size=10.5, hsize=11,
               repeat=False, left_cols=(1,), line=14, cant_split=True)

    empty(doc, 1, line=20)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区舟山片区相关规范性文件拟修改目录", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)
    # two-level header: 清理意见 over 修改内容 | 责任单位
    ws2 = [1.2, 10.6, 4.2, 6.0, 2.7]
    t = doc.add_table(rows=2 + len(ZS_MOD), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, ws2)
    for ci, h in enumerate(["序号", "文件名称", "文号"]):
        m = t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
        set_cell(m, h, HT, 11, line=14)
    m = t.rows[0].cells[3].merge(t.rows[0].cells[4])
    set_cell(m, "清理意见", HT, 11, line=14)
    set_cell(t.rows[1].cells[3], "修改内容", HT, 11, line=14)
    set_cell(t.rows[1].cells[4], "责任单位", HT, 11, line=14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "文件名称", "文号", "清理意见／修改内容", "清理意见／责任单位"]
    for ri, row in enumerate(num(ZS_MOD), 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (1, 3) else C, line=14)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：修改完成时限为2026年3月31日，修改后的文件由责任单位按程序报送市司法局进行合法性审核。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    p = add_par(doc, [("附件3", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（浙江）自由贸易试验区舟山片区相关规范性文件废止目录", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)
    grid_table(doc, ["序号", "文件名称", "文号", "废止理由"], num(ZS_DEL),
               [1.2, 13.6, 4.2, 5.7], clauses, size=10.5, hsize=11, left_cols=(1, 3), line=14,
               cant_split=True)

    meta = {
        "title": "舟山市人民政府办公室关于公布中国（浙江）自由贸易试验区舟山片区相关规范性文件清理结果的通知",
        "doc_number": "舟政办发〔2025〕86号",
        "issuer": ["舟山市人民政府办公室"],
        "date": "2025-12-19",
        "published": None,
        "level": "municipal",
        "region": "舟山市",
        "effective": "2026-01-01",
        "expires": None,
        "attachments": [
            "中国（浙江）自由贸易试验区舟山片区相关规范性文件继续有效目录",
            "中国（浙江）自由贸易试验区舟山片区相关规范性文件拟修改目录",
            "中国（浙江）自由贸易试验区舟山片区相关规范性文件废止目录",
        ],
        "doc_type": "通知",
        "recipients": ["各县（区）人民政府", "市政府直属各单位", "中国（浙江）自由贸易试验区舟山片区管委会"],
        "publicity": "此件公开发布",
        "repeals": "《舟山市人民政府关于印发中国（浙江）自由贸易试验区舟山片区建设实施方案的通知》等4件规范性文件（目录见附件3）",
    }
    return save(doc, stem, meta, clauses)


# =================================================================== DOC C
SW = "河南省商务厅"
FG = "河南省发展和改革委员会"
SJ = "河南省市场监督管理局"
SWJ = "国家税务总局河南省税务局"
KJ = "河南省科学技术厅"
HN_KEEP = [
    [SW, "河南省商务厅关于印发《中国（河南）自由贸易试验区外商投资企业设立备案管理办法》的通知", "豫商资〔2018〕15号", "2018.06.21"],
    [SW, "河南省商务厅关于支持中国（河南）自由贸易试验区开展跨境电商零售进口药品试点的通知", "豫商电〔2020〕9号", "2020.04.13"],
    [SW, "河南省商务厅关于印发《中国（河南）自由贸易试验区制度创新成果复制推广管理办法》的通知", "豫商自贸〔2021〕4号", "2021.03.30"],
    [SW, "河南省商务厅关于印发《中国（河南）自由贸易试验区2.0版建设实施方案配套措施》的通知", "豫商自贸〔2024〕2号", "2024.02.27"],
    [FG, "河南省发展和改革委员会关于中国（河南）自由贸易试验区企业投资项目承诺制改革的实施意见", "豫发改投资〔2019〕318号", "2019.05.08"],
    [FG, "河南省发展和改革委员会关于支持郑州—卢森堡“空中丝绸之路”建设的若干措施", "豫发改外资〔2021〕602号", "2021.08.19"],
    [FG, "河南省发展和改革委员会关于印发《中欧班列（郑州）集结中心建设扶持办法》的通知", "豫发改开放〔2022〕155号", "2022.03.10"],
    [SJ, "河南省市场监督管理局关于中国（河南）自由贸易试验区市场主体登记确认制改革的实施意见", "豫市监〔2021〕87号", "2021.07.06"],
    [SWJ, "国家税务总局河南省税务局关于中国（河南）自由贸易试验区跨境电商企业出口退税服务措施的公告", "国家税务总局河南省税务局公告2022年第3号", "2022.09.14"],
    [SWJ, "国家税务总局河南省税务局关于支持中国（河南）自由贸易试验区开展离境退税“即买即退”的公告", "国家税务总局河南省税务局公告2024年第1号", "2024.01.22"],
]
HN_MOD = [
    [SW, "河南省商务厅关于印发《中国（河南）自由贸易试验区服务外包产业发展扶持办法》的通知", "豫商服贸〔2019〕22号", "修改扶持标准，与我省服务贸易创新发展最新政策相衔接"],
    [KJ, "河南省科学技术厅关于中国（河南）自由贸易试验区外国人来华工作许可便利化的实施办法", "豫科外〔2020〕12号", "外国人来华工作许可已实行“全程网办”，相关办理程序需修改"],
    [SJ, "河南省市场监督管理局关于在中国（河南）自由贸易试验区开展“证照分离”改革全覆盖试点的实施方案", "豫市监〔2020〕9号", "与“证照分离”改革全覆盖最新事项清单相衔接"],
]
HN_DEL = [
    [SW, "河南省商务厅关于做好中国（河南）自由贸易试验区挂牌运行准备工作的通知", "豫商自贸〔2017〕3号", "阶段性工作已完成"],
    [SW, "河南省商务厅关于印发《中国（河南）自由贸易试验区建设三年行动计划（2018—2020年）》的通知", "豫商自贸〔2018〕11号", "有效期已届满"],
    [FG, "河南省发展和改革委员会关于中国（河南）自由贸易试验区企业境外投资项目备案有关事项的通知", "豫发改外资〔2018〕275号", "与现行境外投资项目备案管理规定不一致"],
    ["河南省市场监督管理局（原河南省工商行政管理局）", "河南省工商行政管理局关于支持中国（河南）自由贸易试验区建设的若干意见", "豫工商〔2017〕56号", "制定机关已撤销，相关内容已被新规定替代"],
]


def doc_henan():
    stem = "blind810_henan"
    doc = Document()
    setup(doc, "—", "—")
    clauses = []

    # joint 版头: organ names stacked on the left, 文件 on the right (layout table, no borders)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [10.2, 4.0])
    set_cell(t.rows[0].cells[0], "河南省商务厅", XBS, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=50)
    set_cell(t.rows[1].cells[0], "河南省司法厅", XBS, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=50)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 36, line=50)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RED
    empty(doc, 1)
    p = add_par(doc, "豫商自贸〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("河南省商务厅 河南省司法厅关于公布"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（河南）自由贸易试验区相关规范性文件"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("清理结果的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各省辖市商务局、司法局，中国（河南）自由贸易试验区各片区管委会，省直有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("为维护国家法制统一，优化中国（河南）自由贸易试验区（以下简称河南自贸试验区）法治化营商环境，根据省政府关于开展规范性文件清理工作的部署，省商务厅会同省司法厅组织省直有关部门对涉及河南自贸试验区的规范性文件进行了集中清理。现将有关事项通知如下：")
    head("一、清理情况")
    body("此次共清理涉及河南自贸试验区的规范性文件17件。经清理，继续有效的10件，拟修改的3件，废止的4件，具体目录见附件。")
    head("二、有关要求")
    body("（一）对继续有效的规范性文件，各有关单位要严格执行，做好政策解读和宣传工作。")
    body("（二）对拟修改的规范性文件，制定机关要在2026年5月31日前完成修改并按规定报送备案审查；修改完成前，文件中与现行法律、法规、规章不一致的内容停止执行。")
    body("（三）对废止的规范性文件，自本通知印发之日起不再作为行政管理的依据。")
    body("（四）各片区管委会要于2026年4月30日前完成本片区规范性文件清理，清理结果报省商务厅（自贸试验区工作处）备案。")
    body("联系人：省商务厅 李文博，0371-63576218；省司法厅 王\u3000莹，0371-65906443。")
    empty(doc, 1)
    add_par(doc, "附件：中国（河南）自由贸易试验区相关规范性文件清理结果目录")
    empty(doc, 2)
    # joint 落款 on one line with a tab, date centred under the right-hand organ
    p = add_par(doc, [("河南省商务厅", FS, 16, False), ("\t", FS, 16, False),
                      ("河南省司法厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(2.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    p = add_par(doc, "\t2026年2月9日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4))
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # attachment: one title, three tables
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（河南）自由贸易试验区相关规范性文件"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("清理结果目录"), XBS, 20)
    fmt(p, align=C, indent=False, line=32, after=8)

    add_par(doc, [("一、继续有效的规范性文件（10件）", HT, 14, False)], indent=False, line=26, after=4)
    grid_table(doc, ["序号", "制定机关", "文件名称", "文号", "印发日期"], num(HN_KEEP),
               [1.1, 2.6, 6.9, 2.9, 2.1], clauses, size=10, hsize=10.5, line=13,
               left_cols=(2,), vmerge_col=1)
    empty(doc, 1, line=20)
    add_par(doc, [("二、拟修改的规范性文件（3件）", HT, 14, False)], indent=False, line=26, after=4)
    grid_table(doc, ["序号", "制定机关", "文件名称", "文号", "修改建议"], num(HN_MOD),
               [1.1, 2.6, 6.1, 2.9, 2.9], clauses, size=10, hsize=10.5, line=13,
               left_cols=(2, 4), vmerge_col=1)
    empty(doc, 1, line=20)
    add_par(doc, [("三、废止的规范性文件（4件）", HT, 14, False)], indent=False, line=26, after=4)
    grid_table(doc, ["序号", "制定机关", "文件名称", "文号", "废止理由"], num(HN_DEL),
               [1.1, 2.6, 6.1, 2.9, 2.9], clauses, size=10, hsize=10.5, line=13,
               left_cols=(2, 4), vmerge_col=1)

    banji(doc, before=1, cc="抄送：河南省人民政府办公厅，商务部自由贸易试验区港建设协调司，河南省人大常委会法制工作委员会。",
          printer="河南省商务厅办公室", date_txt="2026年2月10日印发")

    meta = {
        "title": "河南省商务厅 河南省司法厅关于公布中国（河南）自由贸易试验区相关规范性文件清理结果的通知",
        "doc_number": "豫商自贸〔2026〕3号",
        "issuer": ["河南省商务厅", "河南省司法厅"],
        "date": "2026-02-09",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": ["中国（河南）自由贸易试验区相关规范性文件清理结果目录"],
        "doc_type": "通知",
        "recipients": ["各省辖市商务局", "各省辖市司法局", "中国（河南）自由贸易试验区各片区管委会", "省直有关单位"],
        "publicity": "此件主动公开",
        "repeals": "附件所列废止的4件规范性文件，自本通知印发之日起不再作为行政管理的依据",
    }
    return save(doc, stem, meta, clauses)


def main():
    paths = [doc_guangxi(), doc_zhoushan(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
