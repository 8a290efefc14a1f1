# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 835: 政府信息公开申请答复书 / 补正通知 / 第三方意见征询函 / 延期告知书
(自贸片区管委会, 外资企业名单), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pagenum(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc, pagenum=True):
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
    if pagenum:
        footer_pagenum(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def fix_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    col_widths(table, widths_cm)


_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
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


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_835", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, row))


# =================================================================== DOC A
# 宁波片区 补正通知书: no red header, title = organ + 文书名 in one paragraph with
# a manual break, 文号 with half-width brackets on the right, typed full-width
# space indents, 1．items, Chinese-numeral date, attachment table with a
# vertically merged 说明 cell.
def doc_ningbo():
    stem = "blind835_ningbo_buzheng"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（浙江）自由贸易试验区宁波片区管理委员会"

    p = doc.add_paragraph()
    font(p.add_run("中国（浙江）自由贸易试验区宁波片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会政府信息公开申请补正通知书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, "甬自贸管信补[2026]9号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            before=10, after=10)
    add_par(doc, "陈立伟：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("本机关于2026年3月2日收到您通过本机关门户网站“政府信息公开”栏目在线提交的政府信息公开申请(登记编号：NBZMQ-YSQ-2026-0031)，您申请获取“片区所有外资企业名单及相关情况”。")
    body("经审查，您提交的申请内容不够明确，本机关无法据此确定您所需要的政府信息。根据《中华人民共和国政府信息公开条例》第二十九条第二款、第三十条的规定，请您对申请内容作出补正，具体事项如下：")
    body("1．请明确所需信息的时间范围。“所有外资企业”未限定时间范围，请明确是截至某一时点在册的外商投资企业，还是某一期间内新设立的外商投资企业（例如2025年1月1日至2025年12月31日）。")
    body("2．请明确所需信息的地域范围。宁波片区实施范围涵盖梅山、北仑、大榭及宁波空港等多个区块，请明确是片区全域还是其中某一区块。")
    body("3．请明确“相关情况”所指的具体信息内容，如企业名称、统一社会信用代码、投资方国别（地区）、所属行业、设立日期等。各类信息是否可以公开，可参考附件所列范围。")
    body("4．您在申请表中填写的通讯地址（浙江省宁波市鄞州区）不完整，请补充详细地址及邮政编码，以便本机关送达答复文书。")
    # one paragraph with a manual line break in the middle (two sentences
    # typed on two visual lines)
    t1 = "请您自收到本通知书之日起15个工作日内，通过原申请渠道或者以书面形式向本机关提交补正材料。答复期限自本机关收到补正的申请之日起计算。"
    t2 = "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False)
    clauses.append(t1 + t2)
    body("联系人：周敏；联系电话：0574-86782311；工作时间：工作日上午8:30—12:00，下午13:30—17:00；通讯地址：浙江省宁波市北仑区新碶街道明州路1号；邮政编码：315800。")
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：外商投资企业政府信息公开范围参考表", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, "\u3000" * 5 + ORG, indent=False)
    add_par(doc, "\u3000" * 14 + "二〇二六年三月六日", indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("外商投资企业政府信息公开范围参考表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    headers = ["序号", "信息项目", "是否可依申请公开", "说明"]
    rows = [
        ["1", "企业名称", "可以公开", "已通过国家企业信用信息公示系统向社会公示"],
        ["2", "统一社会信用代码", "可以公开", "已通过国家企业信用信息公示系统向社会公示"],
        ["3", "投资方国别（地区）", "可以公开", "以外商投资信息报告载明的内容为准"],
        ["4", "所属行业", "可以公开", "按《国民经济行业分类》（GB/T 4754—2017）门类填写"],
        ["5", "设立日期", "可以公开", "以营业执照载明的成立日期为准"],
        ["6", "外方投资者持股比例", "视情况公开", "可能涉及商业秘密，需依法征求第三方意见"],
        ["7", "企业营业收入、利润等财务数据", "一般不予公开", "属于企业经营信息，本机关不掌握或者涉及商业秘密"],
        ["8", "外方投资者身份证件信息", "不予公开", "涉及个人隐私"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ri == 2 and ci == 3:
                continue  # merged with the cell above
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(headers, row))
    t.cell(1, 3).merge(t.cell(2, 3))
    fix_widths(t, [1.4, 4.6, 3.2, 6.4])
    p = add_par(doc, [("注：本表仅供您补正申请时参考，申请信息最终是否公开，以本机关依法作出的答复为准。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：本表仅供您补正申请时参考，申请信息最终是否公开，以本机关依法作出的答复为准。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": ORG + "政府信息公开申请补正通知书",
            "doc_number": "甬自贸管信补[2026]9号",
            "issuer": [ORG],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["外商投资企业政府信息公开范围参考表"],
            "doc_type": "通知",
            "recipients": ["陈立伟"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 钦州港片区 答复书: two-line red 版头, centred 文号 + red rule, title wrapped
# at an odd place over two paragraphs, auto-numbered 一、 items (numbers are
# Word list numbering, not typed), 落款 with right tab, landscape attachment
# section with a two-level merged header repeated on each page, 版记 at end.
def doc_qinzhou():
    stem = "blind835_qinzhou_dafu"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    n_item = make_numbering(doc, "%1、")

    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区"), XBS, 30, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区管理委员会"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=18)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管信复〔2026〕17号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("关于广州恒睿商务信息咨询有限公司政府", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("信息公开申请的答复书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "广州恒睿商务信息咨询有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    CN = "一二三四五六七八九十"
    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append(CN[cnt[0] - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("本机关于2026年4月7日收到你公司通过邮政寄送方式提交的《政府信息公开申请表》（本机关登记编号：QZG-YSQ-2026-012），申请获取以下信息：1.2025年度钦州港片区新设立外商投资企业名单（含企业名称、统一社会信用代码、投资方国别（地区）、所属行业、设立日期）；2.上述企业的外方投资者名称及持股比例；3.上述企业2025年度营业收入和享受的企业所得税优惠金额。")
    body("经审查，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的相关规定，现答复如下：")
    item("关于第1项申请内容。", "经查，你公司申请获取的2025年度钦州港片区新设立外商投资企业名单信息，属于本机关在履行外商投资信息报告管理职责过程中获取并保存的政府信息。根据《条例》第三十六条第二项的规定，本机关予以公开。2025年度钦州港片区共新设立外商投资企业14家，具体名单详见附件。")
    item("关于第2项申请内容。", "你公司申请获取的外方投资者持股比例信息涉及第三方合法权益。本机关依据《条例》第三十二条的规定，于2026年4月14日书面征求了上述14家企业的意见。其中，9家企业同意公开；5家企业明确表示不同意公开，认为相关持股比例信息属于其商业秘密，公开后将对其经营活动造成损害。经审查，本机关认为该5家企业的持股比例信息属于商业秘密，不公开不会对公共利益造成重大影响。根据《条例》第十五条、第三十七条的规定，本机关对该5家企业的持股比例信息不予公开，对外方投资者名称及其余9家企业的持股比例信息予以公开，具体内容详见附件。")
    item("关于第3项申请内容。", "企业年度营业收入属于企业自身经营信息，本机关在履行职责过程中未制作、获取该信息；企业享受的企业所得税优惠金额由税务机关在履行职责过程中掌握。根据《条例》第三十六条第四项、第五项的规定，本机关告知如下：你公司申请的企业2025年度营业收入信息不存在；企业所得税优惠金额信息不属于本机关负责公开，你公司可向国家税务总局钦州港经济技术开发区税务局咨询，联系电话：0777-3882516。")
    body("联系人：黄振宇；联系电话：0777-3882305。")
    body("你公司如对本答复不服，可以自收到本答复书之日起60日内向钦州市人民政府申请行政复议，也可以自收到本答复书之日起6个月内依法向人民法院提起行政诉讼。")
    add_par(doc, "特此答复。")
    empty(doc, 1)
    p = add_par(doc, "附件：2025年度钦州港片区新设立外商投资企业名单", indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 with right tab stops
    for txt in (ORG, "2026年4月28日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6) if txt[0] == "2" else Cm(15.4), 2)

    # ---- landscape attachment section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度钦州港片区新设立外商投资企业名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    H1 = ["序号", "企业名称", "统一社会信用代码", "投资方情况", "投资方情况", "投资方情况",
          "所属行业", "设立日期"]
    H2 = ["", "", "", "国别（地区）", "外方投资者", "持股比例", "", ""]
    headers = ["序号", "企业名称", "统一社会信用代码", "投资方情况／国别（地区）",
               "投资方情况／外方投资者", "投资方情况／持股比例", "所属行业", "设立日期"]
    NP = "不予公开"
    rows = [
        ["1", "广西中马钦州港冷链物流有限公司", "91450700MADB3K8R2L", "马来西亚", "马来西亚丰隆物流控股有限公司", "60%", "交通运输、仓储和邮政业", "2025.01.16"],
        ["2", "钦州港新越化工科技有限公司", "91450700MADC7NQ41W", "新加坡", "新越投资私人有限公司", NP, "制造业", "2025.02.27"],
        ["3", "广西东盟（钦州）粮油加工有限公司", "91450700MADD0H5T6X", "泰国", "泰国正昌国际集团有限公司", "100%", "制造业", "2025.03.10"],
        ["4", "钦州港智联跨境电子商务有限公司", "91450700MADE2PJ8UB", "中国香港", "香港智联环球贸易有限公司", "51%", "批发和零售业", "2025.03.28"],
        ["5", "广西钦州港印尼镍业新材料有限公司", "91450700MADG4W1C9N", "印度尼西亚", "印尼华越镍钴有限公司", NP, "制造业", "2025.04.22"],
        ["6", "钦州东盟港航服务有限公司", "91450700MADH6RK30Y", "越南", "越南海防港航股份公司", "49%", "交通运输、仓储和邮政业", "2025.05.13"],
        ["7", "钦州港德瑞新能源装备有限公司", "91450700MADJ8T2E5F", "德国", "德瑞能源技术有限责任公司", NP, "制造业", "2025.06.05"],
        ["8", "广西北部湾中新供应链管理有限公司", "91450700MADK1Y7M4Q", "新加坡", "新加坡港湾供应链私人有限公司", "70%", "租赁和商务服务业", "2025.06.30"],
        ["9", "钦州港泰和木业有限公司", "91450700MADL3B9P6G", "泰国", "泰国暹罗木业股份有限公司", "100%", "制造业", "2025.07.18"],
        ["10", "钦州港海澄汽车零部件有限公司", "91450700MADM5E0W8R", "中国台湾", "台湾海澄实业股份有限公司", NP, "制造业", "2025.08.21"],
        ["11", "广西钦州港中柬农产品贸易有限公司", "91450700MADN7G2X1C", "柬埔寨", "柬埔寨金边农业发展有限公司", "55%", "批发和零售业", "2025.09.09"],
        ["12", "钦州港瑞丰国际船舶代理有限公司", "91450700MADP9J4Q3T", "中国香港", "瑞丰航运（香港）有限公司", "100%", "交通运输、仓储和邮政业", "2025.10.15"],
        ["13", "钦州港日新精细化工有限公司", "91450700MADR2L6U7H", "日本", "日新化学株式会社", NP, "制造业", "2025.11.04"],
        ["14", "广西钦州港中老数字贸易有限公司", "91450700MADT4N8A0K", "老挝", "老挝万象数字科技有限公司", "65%", "信息传输、软件和信息技术服务业", "2025.12.19"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(8):
        set_cell(t.rows[0].cells[i], H1[i], HT, 11)
        if H2[i]:
            set_cell(t.rows[1].cells[i], H2[i], HT, 11)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(headers, row))
    fix_widths(t, [1.2, 4.4, 5.0, 2.4, 4.0, 2.0, 3.0, 2.6])
    for r in t.rows:
        r._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    # merges: vertical for single-level headers, horizontal for 投资方情况
    for ci in (0, 1, 2, 6, 7):
        a = t.cell(0, ci)
        txt = H1[ci]
        m = a.merge(t.cell(1, ci))
        set_cell(m, txt, HT, 11)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(m, "投资方情况", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    note = "注：企业名称、统一社会信用代码、设立日期以市场监督管理部门登记信息为准；“不予公开”系指经征求第三方意见，相关企业不同意公开且本机关认定属于商业秘密的信息；国别（地区）按外方投资者注册地填写。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    p2 = banji(doc, "抄送：钦州市人民政府办公室。",
               "钦州港片区管理委员会综合办公室", "2026年4月28日印发")
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), 2)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于广州恒睿商务信息咨询有限公司政府信息公开申请的答复书",
            "doc_number": "钦自贸管信复〔2026〕17号",
            "issuer": [ORG],
            "date": "2026-04-28",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度钦州港片区新设立外商投资企业名单"],
            "doc_type": "答复",
            "recipients": ["广州恒睿商务信息咨询有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 乌鲁木齐片区: two documents in one file.  (1) 信函格式 第三方意见征询函:
# red organ name, double red rule (thick-thin), 文号 right under the rule,
# small table with a vertically merged 信息来源 cell, 一、二、三、 typed, 回执
# attachment on its own page; (2) after a section break (page numbers restart)
# a plain 延期答复告知书 with the organ only in the 落款.
def doc_urumqi():
    stem = "blind835_urumqi_zhengxun_yanqi"
    doc = Document()
    setup(doc)
    ORG = "中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"

    # ---------------- document 1: 征询函
    c1 = []
    p = doc.add_paragraph()
    font(p.add_run(ORG), XBS, 17, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    add_par(doc, "乌自贸片管函〔2026〕23号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    add_par(doc, [("关于征求政府信息公开第三方意见的函", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "新疆欧亚丝路国际物流有限公司：", indent=False)

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    body1("本机关于2026年4月20日收到一份政府信息公开申请，申请人申请获取“乌鲁木齐片区内外商投资企业名单及各企业外方股东名称、投资总额”。经检索，该申请涉及贵公司的相关信息如下表所示。因上述信息可能涉及贵公司的商业秘密，公开后可能损害贵公司的合法权益，根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵公司意见。")
    headers = ["序号", "信息项目", "信息内容", "信息来源"]
    rows = [
        ["1", "企业名称", "新疆欧亚丝路国际物流有限公司", "外商投资信息报告（初始报告）"],
        ["2", "外方股东名称", "哈萨克斯坦欧亚通途运输股份公司", "外商投资信息报告（初始报告）"],
        ["3", "投资总额", "2800万美元", "外商投资信息报告（2025年度报告）"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ri == 2 and ci == 3:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        c1.append(row_clause(headers, row))
    t.cell(1, 3).merge(t.cell(2, 3))
    fix_widths(t, [1.4, 3.2, 5.8, 5.2])
    empty(doc, 1, line=14)
    body1("一、请贵公司自收到本函之日起15个工作日内，就是否同意公开上述信息提出书面意见，填写《第三方意见回执》（见附件），加盖公章后以邮寄或者当面递交方式送达本机关。")
    body1("二、如贵公司不同意公开，请具体说明不同意公开的理由，并提供相关信息属于商业秘密的证明材料。")
    body1("三、贵公司逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵公司。")
    body1("联系人：阿不都热合曼·买买提；联系电话：0991-3715286；地址：新疆维吾尔自治区乌鲁木齐市头屯河区陆港大道566号；邮政编码：830023。")
    add_par(doc, "特此函询。")
    empty(doc, 1)
    add_par(doc, "附件：第三方意见回执")
    empty(doc, 2)
    for txt in (ORG, "二〇二六年四月二十三日"):
        p = add_par(doc, txt, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(32) if txt != ORG else Pt(0)
    # attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第三方意见回执", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    for tx in [
        "本单位已收到贵委《关于征求政府信息公开第三方意见的函》（乌自贸片管函〔2026〕23号），经研究，对函中所列拟公开信息的意见如下：",
        "□同意公开。",
        "□部分同意公开。同意公开的信息项目：__________；不同意公开的信息项目及理由：__________。",
        "□不同意公开。理由：____________________。",
        "证明材料共____页（不同意公开的须提供）。",
    ]:
        body1(tx)
    empty(doc, 2)
    for tx in ["单位名称（盖章）：____________________",
               "经办人：__________　联系电话：__________",
               "填报日期：2026年____月____日"]:
        c1.append(tx)
        add_par(doc, tx, indent=False, first=Pt(0)).paragraph_format.left_indent = Pt(64)

    # ---------------- document 2: 延期答复告知书 (new section, page no. restart)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sectpr = sec._sectPr
    sectpr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    c2 = []
    add_par(doc, [("政府信息公开延期答复告知书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, "乌自贸片管延告〔2026〕5号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                before=4, after=4)
    p.paragraph_format.right_indent = Pt(16)
    add_par(doc, "马建新：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    body2("本机关于2026年4月20日收到您通过信函方式提交的政府信息公开申请（登记编号：WLMQ-ZMQ-YSQ-2026-0046），您申请获取“乌鲁木齐片区内外商投资企业名单及各企业外方股东名称、投资总额”。")
    body2("因您申请公开的信息涉及片区内37家外商投资企业，其中外方股东名称、投资总额等信息可能涉及第三方商业秘密，本机关需书面征求相关企业意见，并对相关信息逐一核对，无法在法定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，决定将答复期限延长20个工作日。")
    body2("根据《中华人民共和国政府信息公开条例》第三十二条的规定，本机关征求第三方意见所需时间不计算在答复期限内。本机关将在延长的答复期限届满前依法作出答复。")
    body2("联系人：古丽娜尔·托合提；联系电话：0991-3715286。")
    add_par(doc, "特此告知。")
    for txt in (ORG, "2026年5月15日"):
        p = add_par(doc, txt, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                    before=8 if txt == ORG else 0)
        p.paragraph_format.right_indent = Pt(48) if txt != ORG else Pt(0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {"published": None, "level": "municipal", "region": "乌鲁木齐市",
            "effective": None, "expires": None, "publicity": None, "repeals": None}
    m1 = {
        "title": "关于征求政府信息公开第三方意见的函",
        "doc_number": "乌自贸片管函〔2026〕23号",
        "issuer": [ORG],
        "date": "2026-04-23",
        "attachments": ["第三方意见回执"],
        "doc_type": "函",
        "recipients": ["新疆欧亚丝路国际物流有限公司"],
    }
    m2 = {
        "title": "政府信息公开延期答复告知书",
        "doc_number": "乌自贸片管延告〔2026〕5号",
        "issuer": [ORG],
        "date": "2026-05-15",
        "attachments": [],
        "doc_type": "告知书",
        "recipients": ["马建新"],
    }
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
             "repeals"]
    expected[stem] = [
        {"meta": {k: {**base, **m1}[k] for k in order}, "clauses": c1},
        {"meta": {k: {**base, **m2}[k] for k in order}, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
