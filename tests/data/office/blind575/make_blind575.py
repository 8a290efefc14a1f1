# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 575: 一带一路 经贸代表团 / 展会组展 通知 + 报名回执."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BR = object()          # soft line break token
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return doc


def para(doc_or_cell, parts, font=FS, size=16, bold=False, align=None,
         indent=True, color=None, line=28, left_indent=None, right_indent=None):
    """parts: str | list of (str | BR | (text, {opts}))"""
    p = doc_or_cell.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if part is BR:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        if isinstance(part, tuple):
            text, o = part
        else:
            text, o = part, {}
        r = p.add_run(text)
        set_font(r, o.get("font", font), o.get("size", size),
                 o.get("bold", bold), o.get("color", color))
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = left_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)


def red_line(p, sz=18, where="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), where, sz))
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page(doc, left="— ", right=" —"):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(left)
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(right)
    set_font(r, "宋体", 14)


_num_counter = [80]


def add_numbering(doc, lvl_text, fmt="decimal"):
    """Create a single-level Word numbering (no tab after the number)."""
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    nid = _num_counter[0]
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), nid, fmt, lvl_text, FS))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), nid, nid))
    numbering.append(num)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    # numPr must come early in pPr (after pStyle, keepNext...); put first
    ppr.insert(0, numpr)


def cell_text(cell, text, font=FS, size=14, bold=False, align="c"):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.line_spacing = Pt(22)


def grid_table(doc, header, rows, widths=None, size=14, header_font=HT):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, font=header_font, size=size)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=size, align="c" if len(v) < 14 else "l")
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(Cm(w).twips))
    for row in t.rows:
        idx = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths[idx:idx + span])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(Cm(w).twips))
            tcw.set(qn("w:type"), "dxa")
            idx += span


def table_clauses(header, rows):
    out = []
    for row in rows:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return out


def mark_header_row(t):
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, lines):
    """版记 as a one-column table with top/bottom rules only."""
    t = doc.add_table(rows=len(lines), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>' % nsdecls("w")))
    for i, ln in enumerate(lines):
        c = t.cell(i, 0)
        c.width = Cm(15.6)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(ln)
        set_font(r, FS, 14)
        c.paragraphs[0].paragraph_format.line_spacing = Pt(26)
    set_widths(t, [15.6])
    return t


def form_table(doc, layout, size=14, widths=None):
    """layout: list of rows, each a list of (text, span)."""
    ncols = max(sum(s for _, s in row) for row in layout)
    t = doc.add_table(rows=len(layout), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(layout):
        j = 0
        for text, span in row:
            c = t.cell(i, j)
            if span > 1:
                c = c.merge(t.cell(i, j + span - 1))
            cell_text(c, text, size=size, font=FS if text else FS)
            j += span
        tr = t.rows[i]._tr
        trpr = tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:trHeight %s w:val="680"/>' % nsdecls("w")))
    set_widths(t, widths or [15.6 / ncols] * ncols)
    return t


def save_and_convert(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_575", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# Document 1: 福建 — joint 商务厅 + 贸促会 组展通知
# ======================================================================
def doc_fujian():
    stem = "blind575_fujian_tongzhi"
    doc = new_doc()
    footer_page(doc)
    C = []

    # joint red header as a layout table: two organ names + merged "文件"
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    big = t.cell(0, 1).merge(t.cell(1, 1))
    for i, name in enumerate(["福建省商务厅", "中国国际贸易促进委员会福建省分会"]):
        c = t.cell(i, 0)
        c.width = Cm(12.5)
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(name)
        set_font(r, XBS, 24 if i == 0 else 20, False, RED)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    big.width = Cm(3)
    big.paragraphs[0].text = ""
    r = big.paragraphs[0].add_run("文件")
    set_font(r, XBS, 36, False, RED)
    big.vertical_alignment = 1
    set_widths(t, [12.0, 3.6])
    empty(doc)
    p = para(doc, "闽商务〔2026〕27号", align="c", indent=False)
    red_line(p)
    empty(doc)

    para(doc, ["福建省商务厅 中国国际贸易促进委员会", BR,
               "福建省分会关于组织企业参加2026年中国", BR,
               "（马来西亚）贸易博览会暨“一带一路”", BR,
               "福建商品展的通知"],
         font=XBS, size=22, align="c", indent=False, line=36)
    title = ("福建省商务厅 中国国际贸易促进委员会福建省分会关于组织企业参加"
             "2026年中国（马来西亚）贸易博览会暨“一带一路”福建商品展的通知")
    empty(doc)
    para(doc, "各设区市商务局、各设区市贸促会，平潭综合实验区经济发展局，各有关企业：", indent=False)

    # intro with a typist's soft line break in mid-sentence
    a = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，支持我省企业"
    b = ("巩固拓展东盟市场，经研究，福建省商务厅、中国国际贸易促进委员会福建省分会（以下简称省贸促会）"
         "决定联合组织我省企业参加2026年中国（马来西亚）贸易博览会暨“一带一路”福建商品展"
         "（以下简称马来西亚展）。现将有关事项通知如下：")
    para(doc, [a, BR, b])
    C.append(a + b)

    para(doc, "一、展会概况", font=HT)
    for lab, val in [
        ("展会名称：", "2026年中国（马来西亚）贸易博览会暨“一带一路”福建商品展"),
        ("时间：", "2026年6月18日至20日（6月16日至17日布展，6月20日下午撤展）"),
        ("地点：", "马来西亚吉隆坡国际贸易展览中心（MITEC）"),
        ("规模：", "展览总面积约20000平方米，设国际标准展位约900个，其中福建商品展区面积约3000平方米、展位约150个。"),
        ("主办单位：", "中国国际贸易促进委员会福建省分会、马来西亚中华总商会"),
        ("展品范围：", "机械设备、建材家居、纺织服装、鞋帽箱包、食品及农产品、电子电器、新能源产品、茶叶及工艺品等。"),
    ]:
        para(doc, [(lab, {"bold": True}), val])
        C.append(lab + val)

    empty(doc)
    para(doc, "二、参展费用", font=HT)
    s = "本次展会福建商品展区展位费用标准如下："
    para(doc, [("（一）展位费用。", {"font": KT}), s])
    C.append("（一）展位费用。" + s)
    hdr = ["展位类型", "面积", "价格（元）", "配置说明"]
    rows = [
        ["标准展位（单开口）", "9平方米（3m×3m）", "26800", "三面围板、楣板、一桌两椅、两支射灯、一个电源插座"],
        ["标准展位（双开口）", "9平方米（3m×3m）", "29800", "两面围板，其余配置同单开口标准展位"],
        ["光地展位", "36平方米起", "2600/平方米", "不含任何搭建及配置，须自行特装"],
    ]
    grid_table(doc, hdr, rows, widths=[3.6, 3.4, 2.6, 6.0])
    C.extend(table_clauses(hdr, rows))
    for lab, val in [
        ("（二）补助政策。", "对符合条件的参展企业，按照省级商务发展专项资金管理有关规定，给予标准展位费70%、每家企业最多2个展位的补助；光地展位按照每9平方米折算1个标准展位参照执行。补助资金在展会结束后按程序申请拨付。"),
        ("（三）其他费用。", "参展人员国际旅费、住宿费、签证费、展品运输费及个人保险费等由参展企业自理。省贸促会委托的展品运输代理将统一组织展品海运集中拼箱，具体费用另行告知。"),
    ]:
        para(doc, [(lab, {"font": KT}), val])
        C.append(lab + val)

    empty(doc)
    para(doc, "三、报名方式", font=HT)
    lab, val = "（一）报名时间。", "即日起至2026年4月30日止。展位数量有限，按照报名先后顺序及企业资质审核情况确定参展名单，额满即止。"
    para(doc, [(lab, {"font": KT}), val])
    C.append(lab + val)
    para(doc, "（二）报名程序", font=KT)      # heading on its own line
    nid = add_numbering(doc, "%1.")
    for i, txt in enumerate([
        "参展企业填写《2026年中国（马来西亚）贸易博览会参展报名回执》（见附件），加盖单位公章后，将扫描件及Word版报名回执发送至省贸促会展览部邮箱。",
        "各设区市商务局、贸促会负责汇总本地区报名情况，对报名企业资质进行初审，并于2026年5月8日前将汇总情况报送省商务厅对外贸易处。",
        "省贸促会在收到报名材料后5个工作日内确认展位，参展企业须在收到参展确认函后10个工作日内足额缴纳展位费，逾期未缴纳的视为自动放弃。",
    ], 1):
        p = para(doc, txt)
        set_num(p, nid)
        C.append("%d.%s" % (i, txt))
    para(doc, "（三）联系方式", font=KT)
    for txt in [
        "省商务厅对外贸易处：陈立新，电话：0591-87270316",
        "省贸促会展览部：黄雅琴，电话：0591-87556108，手机：13905912468，邮箱：fjccpit_expo@126.com",
    ]:
        para(doc, txt)
        C.append(txt)

    empty(doc)
    para(doc, "四、工作要求", font=HT)
    for lab, val in [
        ("（一）高度重视，精心组织。", "各地商务、贸促部门要充分认识组织企业参加马来西亚展对于稳外贸、拓市场的重要意义，加强宣传发动，重点组织“专精特新”企业、外贸新业态企业和具有自主品牌的企业参展。"),
        ("（二）严格审核，确保质量。", "参展企业应为在我省依法注册、具有独立法人资格的生产型或外贸企业，展品须为本企业生产或经营的合法产品，不得展出侵犯他人知识产权的产品，不得转让、转租展位。"),
        ("（三）遵守外事纪律。", "出国（境）参展人员须严格遵守国家外事纪律和所在国法律法规，尊重当地风俗习惯，注意人身和财产安全，维护我省企业良好形象。"),
    ]:
        para(doc, [(lab, {"font": KT}), val])
        C.append(lab + val)

    empty(doc)
    para(doc, "附件：2026年中国（马来西亚）贸易博览会参展报名回执")
    empty(doc, 2)
    # 落款 as a borderless layout table, two organs side by side
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, name in enumerate(["福建省商务厅", "中国国际贸易促进委员会福建省分会"]):
        cell_text(t.cell(0, j), name, size=16)
    d = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(d, "2026年3月16日        ", size=16, align="r")
    set_widths(t, [6.0, 9.6])
    para(doc, "（此件公开发布）")

    # attachment
    para(doc, "附件", font=HT, indent=False).paragraph_format.page_break_before = True
    empty(doc)
    para(doc, "2026年中国（马来西亚）贸易博览会参展报名回执", font=XBS, size=20, align="c", indent=False)
    empty(doc)
    form_table(doc, [
        [("单位名称", 1), ("", 3)],
        [("联系人", 1), ("", 1), ("职务", 1), ("", 1)],
        [("手机", 1), ("", 1), ("邮箱", 1), ("", 1)],
        [("拟参展产品", 1), ("", 3)],
        [("展位需求", 1), ("", 3)],
    ], widths=[3.4, 4.4, 2.4, 5.4])
    txt = "注：请于2026年4月30日前将本回执加盖公章后发送至fjccpit_expo@126.com。"
    para(doc, txt, size=14, indent=False)
    C.append(txt)
    empty(doc, 2)
    banji(doc, ["抄送：中国国际贸易促进委员会，福建省人民政府外事办公室。",
                "福建省商务厅办公室                        2026年3月16日印发"])

    save_and_convert(doc, stem)
    meta = {
        "title": title,
        "doc_number": "闽商务〔2026〕27号",
        "issuer": ["福建省商务厅", "中国国际贸易促进委员会福建省分会"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年中国（马来西亚）贸易博览会参展报名回执"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市贸促会", "平潭综合实验区经济发展局", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


# ======================================================================
# Document 2: 西安 外事办 — 经贸代表团出访 + 商品展
# ======================================================================
def doc_xian():
    stem = "blind575_xian_tongzhi"
    doc = new_doc()
    footer_page(doc)
    C = []

    p = para(doc, "西安市人民政府外事办公室文件", font=XBS, size=30, color=RED,
             align="c", indent=False, line=None)
    empty(doc, 2)
    p = para(doc, "市外办发〔2025〕41号", align="c", indent=False)
    red_line(p, sz=24)
    empty(doc)
    # title typed as bold runs split in pieces
    para(doc, [("西安市人民政府外事办公室", {}), BR, ("关于组织西安市经贸代表团", {}),
               ("赴哈萨克斯坦、", {}), BR,
               ("乌兹别克斯坦开展“一带一路”", {}), BR, ("经贸交流活动的通知", {})],
         font=XBS, size=22, align="c", indent=False, line=34, bold=True)
    title = ("西安市人民政府外事办公室关于组织西安市经贸代表团赴哈萨克斯坦、乌兹别克斯坦"
             "开展“一带一路”经贸交流活动的通知")
    empty(doc)
    para(doc, "各区县人民政府，各开发区管委会，市级有关部门，有关企业：", indent=False)
    txt = ("为深化我市与中亚国家务实合作，推动中欧班列（西安）集结中心建设和“丝路电商”合作走深走实，"
           "经市政府同意，定于2025年10月组织西安市经贸代表团赴哈萨克斯坦、乌兹别克斯坦开展经贸交流活动，"
           "并在阿拉木图举办2025中国（西安）商品展。现将有关事项通知如下：")
    para(doc, txt)
    C.append(txt)

    para(doc, [("一、出访安排", {"bold": True, "font": HT})])
    # three "时间/地点/规模" lines typed in ONE paragraph with soft breaks
    lines = [
        "时间：2025年10月13日至20日（共8天，含往返行程）",
        "地点：哈萨克斯坦阿拉木图市、阿斯塔纳市，乌兹别克斯坦塔什干市",
        "规模：代表团拟由市政府领导带队，成员包括市级有关部门负责同志及企业代表，总人数控制在40人以内，其中企业代表不少于30人。",
    ]
    para(doc, [lines[0], BR, lines[1], BR, lines[2]])
    C.extend(lines)
    para(doc, "主要活动如下：")
    C.append("主要活动如下：")
    for lab, val in [
        ("（一）举办2025中国（西安）商品展。", "展期为2025年10月15日至17日，地点为哈萨克斯坦阿拉木图“阿塔肯特”国际展览中心，设中国（西安）商品展区约1500平方米，重点展示装备制造、汽车及零部件、新能源、农产品、文化旅游等特色产品。"),
        ("（二）举办经贸合作对接会。", "在阿拉木图、塔什干分别举办“一带一路”西安—中亚经贸合作对接会，组织企业与当地采购商、投资机构开展一对一洽谈。"),
        ("（三）考察物流及园区项目。", "赴阿斯塔纳、塔什干考察中欧班列（西安）沿线海外仓、物流节点及中乌工业园区，推动跨境电商、综合保税区等领域合作项目落地。"),
    ]:
        para(doc, [(lab, {"bold": True}), val])
        C.append(lab + val)

    para(doc, [("二、参展及出访费用", {"bold": True, "font": HT})])
    txt = ("代表团出访费用按照“谁派出、谁负担”的原则，由派员单位和企业自行承担。"
           "中国（西安）商品展展位费标准如下：")
    para(doc, txt)
    C.append(txt)
    hdr = ["展位类型", "面积", "价格（元）"]
    rows = [
        ["标准展位", "9平方米", "18000"],
        ["双开口标准展位", "9平方米", "21000"],
        ["光地（特装）", "18平方米起", "1800/平方米"],
    ]
    grid_table(doc, hdr, rows, widths=[5.0, 4.5, 4.5], size=15)
    C.extend(table_clauses(hdr, rows))
    for lab, val in [
        ("（一）", "市商务局对参展企业给予展位费50%的补贴，每家企业限补贴1个标准展位。"),
        ("（二）", "国际旅费、当地食宿及交通费、签证费约2.6万元/人（以实际发生为准），由出访人员所在单位承担。"),
        ("（三）", "展品运输统一经中欧班列（西安）“长安号”发运，由西安国际港务区管委会协调承运企业给予运费优惠。"),
    ]:
        para(doc, lab + val)
        C.append(lab + val)

    para(doc, [("三、报名方式", {"bold": True, "font": HT})])
    nid = add_numbering(doc, "%1.")
    items = [
        "请有意参加的单位和企业于2025年9月5日前填写《出访报名回执》（附件1）和《出访人员信息表》（附件2），加盖公章后报送市外办。",
        "出访人员须持有有效期6个月以上的因公护照或普通护照。无护照人员请尽早办理，以免影响出访。",
        "市外办将会同市商务局对报名单位进行审核，确定代表团名单后另行通知，并组织召开行前培训会。",
        "联系人：市外办经济合作处刘明远，电话：029-86788215；市商务局对外贸易处孙静，电话：029-86786642。",
    ]
    for i, txt in enumerate(items, 1):
        p = para(doc, txt)
        set_num(p, nid)
        C.append("%d.%s" % (i, txt))

    para(doc, [("四、有关要求", {"bold": True, "font": HT})])
    a = "（一）各区县、各开发区要积极宣传动员，组织辖区内有出口意向的重点企业报名参团，"
    b = "优先推荐与中亚国家已有贸易往来或有意在当地设立海外仓、分支机构的企业。"
    para(doc, [a, BR, b])
    C.append(a + b)
    txt = "（二）出访人员要严格遵守外事纪律和保密规定，按照批准的日程开展活动，不得擅自延长在外停留时间或变更行程。"
    para(doc, txt)
    C.append(txt)
    txt = "（三）参展企业要提前做好展品准备、出口报关及检验检疫等工作，确保展品符合哈萨克斯坦及欧亚经济联盟相关技术标准。"
    para(doc, txt)
    C.append(txt)

    empty(doc)
    para(doc, "附件：1.出访报名回执")
    para(doc, "      2.出访人员信息表")
    empty(doc, 3)
    para(doc, "西安市人民政府外事办公室      ", align="r", indent=False)
    para(doc, "2025年8月21日            ", align="r", indent=False)
    empty(doc)
    para(doc, "（此件主动公开）")

    para(doc, "附件1", font=HT, indent=False).paragraph_format.page_break_before = True
    para(doc, "出访报名回执", font=XBS, size=22, align="c", indent=False)
    empty(doc)
    t = grid_table(doc, ["单位名称", "联系人", "手机", "邮箱", "拟参展产品"],
                   [["", "", "", "", ""] for _ in range(4)], size=14)
    for row in t.rows[1:]:
        row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="900"/>' % nsdecls("w")))

    para(doc, "附件2", font=HT, indent=False).paragraph_format.page_break_before = True
    para(doc, "出访人员信息表", font=XBS, size=22, align="c", indent=False)
    empty(doc)
    t = grid_table(doc, ["姓名", "性别", "出生日期", "单位及职务", "护照号码", "手机"],
                   [["", "", "", "", "", ""] for _ in range(6)], size=14)
    for row in t.rows[1:]:
        row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="700"/>' % nsdecls("w")))
    empty(doc, 3)
    banji(doc, ["抄送：陕西省人民政府外事办公室，市委办公厅，市政府办公厅。",
                "西安市人民政府外事办公室                  2025年8月21日印发"])

    save_and_convert(doc, stem)
    meta = {
        "title": title,
        "doc_number": "市外办发〔2025〕41号",
        "issuer": ["西安市人民政府外事办公室"],
        "date": "2025-08-21",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": None,
        "expires": None,
        "attachments": ["出访报名回执", "出访人员信息表"],
        "doc_type": "通知",
        "recipients": ["各区县人民政府", "各开发区管委会", "市级有关部门", "有关企业"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


# ======================================================================
# Document 3: 重庆市贸促会 — 信函格式, 布达佩斯 中国商品博览会
# ======================================================================
def doc_chongqing():
    stem = "blind575_chongqing_tongzhi"
    doc = new_doc()
    footer_page(doc, "- ", " -")
    C = []

    p = para(doc, "中国国际贸易促进委员会重庆市委员会", font=XBS, size=26, color=RED,
             align="c", indent=False, line=None)
    red_line(p, sz=24)
    para(doc, "渝贸促〔2026〕9号", align="r", indent=False)
    empty(doc)
    para(doc, ["关于组织企业参加2026“一带一路”", BR, "（匈牙利·布达佩斯）中国商品博览会的通知"],
         font=XBS, size=22, align="c", indent=False, line=34)
    title = "关于组织企业参加2026“一带一路”（匈牙利·布达佩斯）中国商品博览会的通知"
    empty(doc)
    para(doc, "各区县贸促会，各有关企业：", indent=False)
    txt = ("为贯彻落实共建“一带一路”倡议和中国—中东欧国家合作部署，发挥中欧班列（成渝）通道优势，"
           "帮助我市企业开拓中东欧市场，市贸促会定于2026年9月组织企业参加2026“一带一路”"
           "（匈牙利·布达佩斯）中国商品博览会（以下简称布达佩斯展）。现将有关事项通知如下：")
    para(doc, txt)
    C.append(txt)

    para(doc, "一、展会基本情况", font=HT)
    for txt in [
        "（一）时间：2026年9月8日至11日（9月6日至7日布展）",
        "（二）地点：匈牙利布达佩斯Hungexpo国际展览中心",
        "（三）规模：展览面积约15000平方米，预计参展企业600家，其中重庆展区规划面积1000平方米。",
        "（四）主办单位：中国国际贸易促进委员会重庆市委员会、匈牙利工商会",
        "（五）展品范围：汽车及摩托车零部件、智能终端、装备制造、五金建材、日用消费品、特色食品及中医药产品等。",
    ]:
        para(doc, txt)
        C.append(txt)

    para(doc, "二、参展费用", font=HT)
    txt = "重庆展区展位价格如下（均为人民币报价）："
    para(doc, txt)
    C.append(txt)
    hdr = ["序号", "展位类型", "面积", "价格（元）", "备注"]
    rows = [
        ["1", "标准展位", "9㎡", "32000", "含基本展具"],
        ["2", "转角标准展位", "9㎡", "35000", "两面开口"],
        ["3", "豪华标准展位", "18㎡", "68000", "含展台设计搭建"],
        ["4", "光地", "36㎡起", "3000/㎡", "须自行特装"],
    ]
    t = grid_table(doc, hdr, rows, widths=[1.5, 4.0, 2.5, 3.0, 4.5], size=14)
    mark_header_row(t)
    C.extend(table_clauses(hdr, rows))
    nid = add_numbering(doc, "（%1）")
    for i, txt in enumerate([
        "以上价格含展位费、基本展具、展馆公共保险及会刊基本信息刊登费，不含展品运输、国际旅费及食宿费用。",
        "参展企业可按照《重庆市外经贸发展专项资金管理办法》有关规定申请展位费补贴，具体以当年申报通知为准。",
        "展品统一经中欧班列（成渝）由重庆团结村站发运至布达佩斯，组展单位协调给予运费优惠，运输费用由企业自理。",
    ], 1):
        p = para(doc, txt)
        set_num(p, nid)
        C.append("（%d）%s" % (i, txt))

    para(doc, "三、报名方式", font=HT)
    for lab, val in [
        ("（一）报名截止时间。", "2026年6月30日，展位有限，额满为止。"),
        ("（二）报名材料。", "报名企业请填写《2026“一带一路”（匈牙利·布达佩斯）中国商品博览会报名回执》（见附件），连同营业执照复印件一并加盖公章后发送至cqccpit_zl@163.com。"),
        ("（三）确认及缴费。", "市贸促会审核确认后向企业发出参展确认函，企业须于收到确认函之日起7个工作日内缴纳全额展位费。展位按照缴费先后顺序统一分配。"),
    ]:
        para(doc, [(lab, {"bold": True}), val])
        C.append(lab + val)

    para(doc, "四、其他事项", font=HT)
    for txt in [
        "（一）各区县贸促会要做好本地区企业的宣传动员工作，鼓励跨境电商、外贸综合服务企业及综合保税区内企业组团参展。",
        "（二）参展企业在展会期间应遵守匈牙利及欧盟有关法律法规，所展产品须符合欧盟CE认证等准入要求。",
        "（三）因不可抗力导致展会延期或取消的，已缴费用按照主办方有关规定处理。",
    ]:
        para(doc, txt)
        C.append(txt)

    empty(doc)
    para(doc, ["附件：2026“一带一路”（匈牙利·布达佩斯）中国商品博览会", BR,
               "      报名回执"])
    empty(doc, 3)
    para(doc, "中国国际贸易促进委员会重庆市委员会", align="r", indent=False, right_indent=Cm(0.8))
    para(doc, "二〇二六年五月八日", align="r", indent=False, right_indent=Cm(2.2))
    para(doc, "（联系人：赵婧怡，电话：023-63896712）")

    para(doc, "附件", font=HT, indent=False).paragraph_format.page_break_before = True
    empty(doc)
    para(doc, ["2026“一带一路”（匈牙利·布达佩斯）", BR, "中国商品博览会报名回执"],
         font=XBS, size=20, align="c", indent=False, line=32)
    empty(doc)
    form_table(doc, [
        [("单位名称（盖章）", 2), ("", 4)],
        [("统一社会信用代码", 2), ("", 4)],
        [("联系人", 1), ("", 2), ("手机", 1), ("", 2)],
        [("邮箱", 1), ("", 5)],
        [("拟参展产品", 1), ("", 5)],
        [("展位类型及数量", 2), ("", 4)],
    ], size=14)
    empty(doc, 3)
    banji(doc, ["抄送：中国国际贸易促进委员会，重庆市商务委员会。",
                "重庆市贸促会办公室                          2026年5月8日印发"])

    save_and_convert(doc, stem)
    meta = {
        "title": title,
        "doc_number": "渝贸促〔2026〕9号",
        "issuer": ["中国国际贸易促进委员会重庆市委员会"],
        "date": "2026-05-08",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["2026“一带一路”（匈牙利·布达佩斯）中国商品博览会报名回执"],
        "doc_type": "通知",
        "recipients": ["各区县贸促会", "各有关企业"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for fn in (doc_fujian, doc_xian, doc_chongqing):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
