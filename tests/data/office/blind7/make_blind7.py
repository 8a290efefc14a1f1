# ruff: noqa: E501, E402, E702, F841, C408, B905  (the documents' own paragraphs, one string each; helpers as written)
# Round 7 of blind office checks: a WPS-saved upward report with tab-set 文号/签发人 and a title broken inside
# 《》, a 条例 单行本 with a 目录 page and a 项 list over a page break, a 公告 whose 40 names run in Word's
# two-column layout, a 政府令 carrying a 修改决定 (quoted new articles and items), a 函 with an inline
# 一是…四是 paragraph, a contacts table in the body and a 回执 form with empty rows.
# K  琼商务报〔2023〕12号  报告 as WPS saves it: 发文机关标志 with character scaling, "文号<tab>签发人" on one
#    line with a right tab stop, title over three paragraphs broken inside 《》, indents typed as "　　",
#    一、（一）1.（1）, inline 一是/二是/三是, signature pushed right with full-width spaces, 附注, 附件 table
#    with a 合计 row merged across two columns, 版记 as bordered paragraphs with a tab before 印发日期
# L  福建省…条例 单行本: title, adoption note, 目录 page (chapters only), centred chapter headings, running
#    header (title) from page 2, 第六条 with 项 （一）–（八） running over a page break, cross-reference
#    "本条例第六条第（三）项", 施行 date
# M  上海市商务委员会公告 2023年第5号: 40 enterprise names "1."–"40." in a continuous section with two
#    Word columns (not a table), back to one column for 特此公告 and the signature
# N  福建省人民政府令第241号 + 关于修改《…》的决定: 令 text with 省长 signature, then the decision on a
#    new page, items 一、–六、 quoting new text (“（一）…” paragraphs each opening with “, a quoted
#    “第十三条　…”), 此外…, 本决定自…起施行, 重新公布
# O  商办自贸函〔2023〕156号 函 (letter masthead, double red rule, 文号 right under it): one long paragraph
#    with 一是…四是, a contacts table inside 四、, 附件1 日程 table with 日期 merged down, 附件2 回执 with
#    a 单位（盖章）line, empty rows and a 注, 附注 and 版记
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the files side by side: DOCX and its PDF
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
EXPECTED: dict[str, list[str]] = {}   # clause texts (body paragraphs) in reading order
TABLES: dict[str, list[list[dict]]] = {}  # per file: its tables, each as rows {header: cell}
META: dict[str, list[dict]] = {}      # per file: the documents it holds, with their metadata


# ----------------------------------------------------------------- helpers (after make_blind6.py)
def set_font(run, font, size, bold=False, color=None, wps=False):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if wps:  # WPS writes the CJK font for every script and a hint
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), font)
        rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(p, side, sz=6, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(20)
    section.footer_distance = Mm(25)


def field(p, instr, size, font=ST, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)


class Writer:
    def __init__(self, name, size=16, line=28.95, wps=False):
        self.name = name
        self.doc = Document()
        self.size, self.line, self.wps = size, line, wps
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        EXPECTED[name] = []
        TABLES[name] = []

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0, page_break=False,
             right_chars=None, left_chars=None, style=None, expect=True):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        if page_break:
            pf.page_break_before = True
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if left_chars:
            pf.left_indent = Pt(left_chars * self.size)
        if isinstance(runs, str):
            runs = [(runs,)]
        text = "".join(r[0] for r in runs)
        if expect and text.strip():
            EXPECTED[self.name].append(text.strip("　 ").replace("\t", ""))
        for r in runs:
            t, font, size, bold, color = (tuple(r) + (FS, self.size, False, None)[len(r) - 1:])[:5]
            set_font(p.add_run(t), font, size, bold, color, wps=self.wps)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def title(self, text, size=22):
        self.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)

    def sign(self, org, date, right_chars=4):
        self.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars, before=16)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars)

    def save(self):
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


def table_borders(t, val):
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "auto")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = Mm(w)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcpr.append(va)


def cell_para(cell, text, font=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, color=None, first=True,
              line=None, wps=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line or size + 6)
    if text:
        set_font(p.add_run(text), font, size, bold, color, wps=wps)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def footer_num(section_footer, align, side_chars=1, size=14, wps=False):
    fp = section_footer.paragraphs[0]
    fp.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        fp.paragraph_format.right_indent = Pt(side_chars * size)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        fp.paragraph_format.left_indent = Pt(side_chars * size)
    set_font(fp.add_run("— "), ST, size, wps=wps)
    field(fp, "PAGE", size)
    set_font(fp.add_run(" —"), ST, size, wps=wps)


def banji(w, rows, width_mm=156):
    """版记: a table with only top/bottom rules (first and last thick), one row each."""
    t = w.doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4"), ("left", "0"), ("right", "0"), ("insideV", "0")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if sz != "0" else "none")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for r, runs in zip(t.rows, rows, strict=False):
        c = r.cells[0]
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)
        for txt in runs:
            set_font(p.add_run(txt), FS, 14)
    set_widths(t, [width_mm])
    return t


def grid_table(w, header, rows, widths, size=12, header_repeat=True, merges=(), font=FS):
    """A ruled table; rows of strings; merges: ((r0, c0, r1, c1), …) in data-row coordinates (header = row 0)."""
    t = w.doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single")
    for j, h in enumerate(header):
        cell_para(t.cell(0, j), h, HT, size, wps=w.wps)
    if header_repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_para(t.cell(i, j), v, font, size, align, wps=w.wps)
    for r0, c0, r1, c1 in merges:
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        v_align(m)
    set_widths(t, widths)
    return t


def cn_num(n):
    CN = "一二三四五六七八九十"
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def red_rule(w, sz=18, val="single", before=2):
    p = w.para("", indent=False, line=6, before=before)
    border(p, "bottom", sz=sz, color="FF0000", val=val)
    return p


# ======================================================================= K
K_TITLE_LINES = ["海南省商务厅关于《海南自由贸易港", "跨境服务贸易特别管理措施（负面清单）》", "实施情况的报告"]
K_TITLE = "".join(K_TITLE_LINES)
K_NO, K_SIGNER = "琼商务报〔2023〕12号", "王　勇"
K_BODY = [
    "根据《商务部关于做好〈海南自由贸易港跨境服务贸易特别管理措施（负面清单）〉实施工作的通知》（商服贸函〔2021〕452号）要求，现将我省2022年以来负面清单实施情况报告如下：",
    "一、总体实施情况",
    "负面清单实施以来，我省累计清理与负面清单不符的地方性法规、规章和规范性文件23件，其中修订15件、废止8件；在11个重点园区推行跨境服务贸易“清单之外、内外一致”管理。2022年全省服务进出口额达到418.6亿元，同比增长23.5%，其中与共建“一带一路”国家服务贸易额113.2亿元，同比增长31.7%。",
    "二、主要做法",
    "（一）完善配套制度。出台《海南自由贸易港跨境服务贸易负面清单管理实施细则》，明确清单之外领域按照内外一致原则管理，建立跨境服务贸易企业“白名单”和服务贸易统计监测制度。",
    "（二）推进重点领域开放。",
    "1.专业服务领域。允许符合条件的境外个人参加我国相关职业资格考试，已有36名境外专业人才在洋浦经济开发区取得执业资格。",
    "2.交通运输领域。",
    "（1）实施“中国洋浦港”船籍港国际船舶登记制度，累计登记国际船舶42艘，总运力超过300万载重吨；",
    "（2）试点开放第七航权，新开通至共建“一带一路”国家国际客货航线18条。",
    "3.金融服务领域。开展合格境外有限合伙人（QFLP）和合格境内有限合伙人（QDLP）试点，累计办理跨境投资额度27.5亿美元。",
    "（三）加强事中事后监管。建立跨境服务贸易风险监测预警机制，对清单内事项实施清单式管理，对清单外事项加强信用监管，2022年共开展“双随机、一公开”抽查156次。",
    "三、存在的问题",
    "一是部分领域配套细则尚未出台，清单开放措施落地存在“最后一公里”问题；二是境外专业人员执业资格互认范围较窄，仅覆盖7个职业；三是跨境数据流动规则有待明确，制约数字贸易企业开展业务。",
    "四、下一步工作安排",
    "（一）加快配套细则制定。2023年底前出台法律、会计、建筑设计等领域配套措施，推动清单开放措施全面落地。",
    "（二）扩大职业资格互认。争取国家有关部门支持，将境外职业资格认可范围扩大到20个职业以上，重点面向东盟和共建“一带一路”国家。",
    "（三）探索数据跨境流动安全管理。在海南生态软件园开展数据出境安全评估便利化试点，建立重要数据目录。",
    "特此报告。",
]
K_ATT_TITLE = "海南自由贸易港跨境服务贸易负面清单实施情况统计表"
K_HEADER = ["序号", "领域", "特别管理措施（条）", "已出台配套措施（项）", "备注"]
K_ROWS = [
    ["1", "交通运输、仓储和邮政业", "21", "9", "含第七航权试点"],
    ["2", "金融业", "11", "4", ""],
    ["3", "租赁和商务服务业", "8", "5", ""],
    ["4", "科学研究和技术服务业", "5", "3", ""],
    ["5", "文化、体育和娱乐业", "9", "2", "含演出经纪"],
    ["合计", None, "54", "23", ""],
]


def wps_app_props(path: Path):
    """Rewrite docProps/app.xml (and add custom.xml) as WPS Office writes them."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>.*?</Application>", b"<Application>WPS Office_11.1.0.14309_F1E327BC-269C-435d-A152-05C5408002CA</Application>", data)
                if b"<Application>" not in data:
                    data = data.replace(b"</Properties>", b"<Application>WPS Office_11.1.0.14309</Application></Properties>")
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdKso" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
            zout.writestr(item, data)
        if "docProps/custom.xml" not in names:
            zout.writestr("docProps/custom.xml", (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
                '<vt:lpwstr>2052-11.1.0.14309</vt:lpwstr></property>'
                '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
                '<vt:lpwstr>8E1F2B3C4D5E4F60A1B2C3D4E5F60718</vt:lpwstr></property></Properties>'))
    shutil.move(tmp, path)


def char_scale(run, pct):
    rpr = run._element.get_or_add_rPr()
    e = OxmlElement("w:w")
    e.set(qn("w:val"), str(pct))
    rpr.append(e)


def doc_k(title_breaks="paragraphs", name="k_hainan_report_wps", number_line="tab"):
    w = Writer(name, wps=True)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, wps=True)
    footer_num(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, wps=True)

    # 发文机关标志, squeezed to 80% as WPS users do to fit
    p = w.para([("海南省商务厅文件", XBS, 48, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12, expect=False)
    char_scale(p.runs[0], 80)
    w.blank(2)
    # 文号 left (indented one char), 签发人 right, on one line: a right tab stop one char inside the margin
    if number_line == "tab":
        p = w.para([(K_NO,), ("\t",), ("签发人：",), (K_SIGNER, KT)], indent=False, left_chars=1, expect=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(16), WD_TAB_ALIGNMENT.RIGHT)
    else:  # typed full-width spaces between them
        p = w.para([(K_NO,), ("　　　　　　　",), ("签发人：",), (K_SIGNER, KT)], indent=False, left_chars=1, expect=False)
    red_rule(w, sz=18)
    w.blank(1)
    if title_breaks == "paragraphs":
        for line in K_TITLE_LINES:
            w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    else:  # one paragraph, Shift+Enter between the lines
        p = w.para([(K_TITLE_LINES[0], XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
        for line in K_TITLE_LINES[1:]:
            p.runs[-1].add_break(WD_BREAK.LINE)
            set_font(p.add_run(line), XBS, 22, wps=True)
    EXPECTED[w.name].append(K_TITLE)
    w.blank(1)
    w.para("商务部：", indent=False)
    for text in K_BODY:
        font = HT if text[:2] in ("一、", "二、", "三、", "四、") else (KT if text == "（二）推进重点领域开放。" else FS)
        # WPS typists: no first-line indent, two full-width spaces typed instead
        w.para([("　　" + text, font)], indent=False)
    w.blank(1)
    w.para("　　附件：" + K_ATT_TITLE, indent=False)
    w.blank(2)
    # signature pushed right with full-width spaces, date under it
    w.para("　　　　　　　　　　　　　　　　海南省商务厅", indent=False)
    w.para("　　　　　　　　　　　　　　　2023年6月1日", indent=False)
    w.para("　　（联系人：陈晓燕，联系电话：0898-65200000）", indent=False)
    # attachment on a new page
    w.para([("附件", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(K_ATT_TITLE, size=20)
    w.blank(1)
    grid_table(w, K_HEADER, K_ROWS, [14, 52, 34, 34, 22], size=14, merges=((6, 0, 6, 1),))
    TABLES[w.name].append([dict(zip(K_HEADER, [c if c is not None else "合计" for c in r])) for r in K_ROWS])
    w.blank(2)
    # 版记 as WPS users make it: paragraphs with rules, a right tab before the 印发日期
    p = w.para([("抄送：国家发展改革委，海南省人民政府办公厅。", FS, 14)], indent=False, left_chars=0.875, expect=False)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p = w.para([("海南省商务厅办公室", FS, 14), ("\t", FS, 14), ("2023年6月2日印发", FS, 14)], indent=False, left_chars=0.875, expect=False)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", sz=8)
    META[w.name] = [dict(title=K_TITLE, doc_number=K_NO, issuers=["海南省商务厅"], signed="2023-06-01",
                         issuing_mark="海南省商务厅文件", signatory="王勇", addressees="商务部",
                         remarks="（联系人：陈晓燕，联系电话：0898-65200000）",
                         cc="国家发展改革委，海南省人民政府办公厅", printed_by="海南省商务厅办公室",
                         printed_date="2023-06-02", attachments=[K_ATT_TITLE])]
    path = w.save()
    wps_app_props(path)
    return path


# ======================================================================= L
L_TITLE = "福建省推进21世纪海上丝绸之路核心区建设条例"
L_NOTE = "（2023年5月30日福建省第十四届人民代表大会常务委员会第三次会议通过）"
# ("ch", "第一章", "总　　则") | ("art", first paragraph, [items], [further 款])
L_BODY = [
    ("ch", "第一章", "总　　则"),
    ("art", "为了推进21世纪海上丝绸之路核心区（以下简称核心区）建设，推动共建“一带一路”高质量发展，构建更高水平开放型经济新体制，根据有关法律、行政法规，结合本省实际，制定本条例。", [], []),
    ("art", "本省行政区域内推进核心区建设及其相关服务保障活动，适用本条例。", [], []),
    ("art", "本条例所称21世纪海上丝绸之路核心区，是指依托本省区位、侨乡和对台优势，面向东南亚、南亚、西亚、非洲和中东欧等共建国家和地区，以福州、厦门、泉州等沿海城市为重点，推进互联互通、经贸合作和人文交流的区域。", [], []),
    ("art", "核心区建设应当坚持共商共建共享原则，坚持政府引导、企业主体、市场运作，发挥中国（福建）自由贸易试验区、福州新区、平潭综合实验区等开放平台的引领作用。", [], []),
    ("art", "县级以上地方人民政府应当加强对核心区建设工作的领导，将其纳入国民经济和社会发展规划，建立健全工作协调机制，所需经费列入本级财政预算。", [], [
        "省人民政府发展改革部门负责核心区建设的综合协调；商务、交通运输、外事、文化和旅游等部门按照各自职责做好相关工作。",
    ]),
    ("art", "各级人民政府及其有关部门应当加强与共建国家地方政府、国际组织和商协会的交流合作，建立友好城市、友好港口关系。", [], [
        "鼓励公民、法人和其他组织参与核心区建设。新闻媒体应当加强核心区建设的宣传报道，营造良好社会氛围。",
    ]),
    ("ch", "第二章", "互联互通"),
    ("art", "省人民政府应当统筹全省港口资源，推进福州港、厦门港和湄洲湾港一体化发展，拓展与共建“一带一路”国家和地区港口的航线网络，建设东南沿海国际航运枢纽。", [], [
        "支持港口企业通过投资、租赁、合作经营等方式参与共建国家港口建设和运营。",
    ]),
    ("art", "县级以上地方人民政府及其有关部门应当推进下列互联互通工程建设：", [
        "沿海港口深水航道、集装箱码头和大宗散货码头建设；",
        "以福州、厦门为节点的中欧（中亚）班列运输通道建设，推动海铁联运发展；",
        "福州长乐国际机场、厦门翔安国际机场国际航线网络建设，加密至东南亚、南亚和中东欧国家的航线；",
        "面向共建国家的国际海缆和陆缆建设，提升国际通信出入口能力；",
        "跨境电子商务综合试验区和海外仓建设，完善跨境物流配送网络；",
        "闽台海上通道和福州至平潭、厦门至金门航线建设；",
        "国际多式联运“一单制”推广应用，推动运输单证电子化；",
        "其他有利于互联互通的基础设施建设。",
    ], [
        "前款规定的工程建设需要使用海域、土地的，有关部门应当依法优先保障。",
    ]),
    ("art", "省人民政府应当推动数字丝绸之路建设，支持企业参与共建国家数字基础设施建设，发展跨境数据服务和数字贸易。", [], []),
    ("ch", "第三章", "经贸合作"),
    ("art", "县级以上地方人民政府应当支持企业拓展共建国家市场，培育外贸新业态新模式，扩大优质产品进口。", [], []),
    ("art", "中国（福建）自由贸易试验区应当在投资贸易便利化、金融开放创新、海事服务等方面先行先试，复制推广经验成果。", [], []),
    ("art", "鼓励企业在共建国家建设境外经贸合作区、农业合作园区和远洋渔业基地，省人民政府有关部门应当在项目审批、外汇管理、出入境等方面提供便利。", [], []),
    ("ch", "第四章", "人文交流"),
    ("art", "县级以上地方人民政府应当发挥华侨华人、台港澳同胞的桥梁作用，加强与共建国家在教育、文化、旅游、卫生等领域的交流合作。", [], []),
    ("art", "支持高等学校、职业院校与共建国家院校开展合作办学，设立“丝路”奖学金，培养国际化人才。", [], []),
    ("ch", "第五章", "保障措施"),
    ("art", "省人民政府应当设立核心区建设专项资金，重点支持本条例第八条第（三）项、第（五）项规定的工程建设和第十二条规定的境外经贸合作区建设。", [], []),
    ("art", "县级以上地方人民政府应当建立核心区建设考核评价制度，对推进工作成效显著的单位和个人，按照国家和本省有关规定给予表彰、奖励。", [], []),
    ("ch", "第六章", "附　　则"),
    ("art", "本条例自2023年7月1日起施行。", [], []),
]


def doc_l(filler=0, name="l_fujian_regulation_toc", toc=True, toc_break=True, toc_font=None, heading_page_break=True):
    w = Writer(name)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run(L_TITLE), ST, 10.5)
    border(hp, "bottom", sz=4)
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    footer_num(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)

    w.blank(1)
    w.title(L_TITLE)
    w.blank(1)
    w.para([(L_NOTE, KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.blank(1)
    if toc:
        w.para([("目　　录", HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
        w.blank(1)
        for item in L_BODY:
            if item[0] == "ch":
                w.para([(item[1] + "　" + item[2], toc_font or KT)], indent=True, expect=False)
    # the text on a new page
    n = 0
    first = True
    for item in L_BODY:
        if item[0] == "ch":
            w.para([(item[1] + "　" + item[2], HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                   before=0 if first else 14, after=14, page_break=first and toc_break and heading_page_break)
            first = False
        else:
            n += 1
            _, text, items, more = item
            if n == 7 and filler:
                text = text + "支持港口企业开展智慧港口建设。" * filler
            w.para([("第" + cn_num(n) + "条", HT), ("　" + text,)])
            for i, it in enumerate(items):
                w.para("（" + cn_num(i + 1) + "）" + it)
            for m in more:
                w.para(m)
    META[w.name] = [dict(title=L_TITLE, doc_number=None, issuers=["福建省人民代表大会常务委员会"], signed="2023-05-30",
                         published=None, effective="2023-07-01", articles=n,
                         chapters=[i[1] + "　" + i[2] for i in L_BODY if i[0] == "ch"])]
    return w.save()


# ======================================================================= M
M_TITLE = "上海市商务委员会关于公布第一批“丝路电商”合作先行区重点企业名单的公告"
M_NAMES = [
    "上海丝路云商供应链管理有限公司", "上海东方海外仓储物流有限公司", "上海临港跨境数字贸易有限公司",
    "上海浦江国际电子商务有限公司", "上海欧亚通跨境电子商务有限公司", "上海中亚优品进出口有限公司",
    "上海虹桥丝路国际贸易有限公司", "上海洋山保税港区全球购供应链有限公司", "上海外高桥跨境电商服务有限公司",
    "上海新丝路数字科技有限公司", "上海东盟优选贸易有限公司", "上海中东欧商品直营有限公司",
    "上海海豚跨境支付服务有限公司", "上海云帆国际物流有限公司", "上海金桥数字商贸有限公司",
    "上海丝路直播电子商务有限公司", "上海陆家嘴跨境结算服务有限公司", "上海环球优品供应链有限公司",
    "上海长宁跨境数字服务有限公司", "上海闵行海外仓运营有限公司", "上海徐汇丝路文化贸易有限公司",
    "上海嘉定汽车零部件跨境电商有限公司", "上海宝山邮轮跨境商贸有限公司", "上海松江智造出海科技有限公司",
    "上海青浦进博会常年展贸易有限公司", "上海奉贤美丽健康跨境电商有限公司", "上海崇明生态农产品国际贸易有限公司",
    "上海杨浦在线新经济出海服务有限公司", "上海普陀跨境物流数字平台有限公司", "上海静安国际品牌运营有限公司",
    "上海黄浦老字号出海服务有限公司", "上海虹口航运数字服务有限公司", "上海浦东机场航空物流有限公司",
    "上海中欧班列运营服务有限公司", "上海非洲好物直采贸易有限公司", "上海拉美优品进口有限公司",
    "上海哈萨克斯坦商品馆运营有限公司", "上海越南咖啡进口贸易有限公司", "上海丝路多语种翻译服务有限公司",
    "上海跨境电商人才培训中心有限公司",
]
M_BODY1 = "为贯彻落实《“丝路电商”合作先行区建设方案》，推动本市与“丝路电商”伙伴国开展电子商务合作，按照《上海市“丝路电商”合作先行区重点企业培育工作方案》（沪商电商〔2023〕88号）要求，经企业自愿申报、各区商务主管部门推荐、专家评审和社会公示，确定上海丝路云商供应链管理有限公司等40家企业为第一批“丝路电商”合作先行区重点企业，现予公布（排名不分先后）。"
M_BODY2 = "入选企业应当发挥示范引领作用，于每年3月31日前向所在区商务主管部门报送上一年度与“丝路电商”伙伴国开展合作情况。市商务委将对重点企业实行动态管理，对连续两年未报送合作情况或者发生严重失信行为的，移出名单。"


def set_cols(section, num, space_twips=425):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def doc_m(numbering="typed", name="m_shanghai_announcement_columns", columns=2, list_heading=True, masthead=True):
    w = Writer(name)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    if masthead:
        w.para([("上海市商务委员会公告", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, expect=False)
        w.blank(1)
        w.para("2023年第5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
        red_rule(w)
    w.blank(1)
    w.title(M_TITLE)
    w.blank(1)
    w.para(M_BODY1)
    if list_heading:
        w.para([("第一批“丝路电商”合作先行区重点企业名单", HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    # the names in Word's two-column layout: a continuous section break before and after
    if columns == 2:
        s2 = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s2, 2)
    for i, nm in enumerate(M_NAMES, start=1):
        p = w.para(f"{i}.{nm}", indent=False, line=24, expect=False)
        p.paragraph_format.left_indent = Pt(16 * 1.2)
        p.paragraph_format.first_line_indent = Pt(-16 * 1.2)
        EXPECTED[w.name].append(f"{i}.{nm}")
    if columns == 2:
        s3 = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s3, 1)
    w.para(M_BODY2)
    w.para("特此公告。")
    w.sign("上海市商务委员会", "2023年6月1日")
    META[w.name] = [dict(title=M_TITLE, doc_number="上海市商务委员会公告2023年第5号", issuers=["上海市商务委员会"],
                         signed="2023-06-01", issuing_mark="上海市商务委员会公告", names=len(M_NAMES))]
    return w.save()


# ======================================================================= N
N_TITLE = "福建省人民政府关于修改《中国（福建）自由贸易试验区管理办法》的决定"
N_ORDER = "《福建省人民政府关于修改〈中国（福建）自由贸易试验区管理办法〉的决定》已经2023年5月26日省人民政府第8次常务会议通过，现予公布，自2023年7月1日起施行。"
N_BODY = [
    "省人民政府决定对《中国（福建）自由贸易试验区管理办法》（福建省人民政府令第172号）作如下修改：",
    "一、将第三条第二款修改为：“自贸试验区包括福州片区、厦门片区和平潭片区，实施范围以国务院批准的总体方案为准。”",
    "二、将第五条修改为：“自贸试验区管理机构履行下列职责：",
    "“（一）组织实施自贸试验区发展规划和改革试点任务；",
    "“（二）统筹推进自贸试验区与共建‘一带一路’国家和地区的经贸合作；",
    "“（三）研究拟订自贸试验区相关政策措施并组织实施；",
    "“（四）省人民政府赋予的其他职责。”",
    "三、在第十二条后增加一条，作为第十三条：“第十三条　自贸试验区应当加强与共建‘一带一路’国家和地区在跨境电商、海上丝路物流、数字贸易等领域的合作，支持企业建设海外仓和境外经贸合作区。”",
    "四、将第二十条第二款中的“省商务主管部门”修改为“省自贸试验区工作领导小组办公室”。",
    "五、删去第二十六条。",
    "六、将第三十二条修改为：“第三十二条　福州、厦门、平潭片区管理机构可以依照本办法制定具体实施细则，报省自贸试验区工作领导小组办公室备案。”",
    "此外，对条文顺序作相应调整。",
    "本决定自2023年7月1日起施行。",
    "《中国（福建）自由贸易试验区管理办法》根据本决定作相应修改，重新公布。",
]


def doc_n(name="n_fujian_decree_amendment", title=None, order=None, page_break=True):
    global N_TITLE, N_ORDER
    saved = N_TITLE, N_ORDER
    if title:
        N_TITLE, N_ORDER = title, order
    try:
        return _doc_n(name, page_break)
    finally:
        N_TITLE, N_ORDER = saved


def _doc_n(name, page_break):
    w = Writer(name)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    w.blank(1)
    w.para([("福建省人民政府令", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, expect=False)
    w.blank(1)
    w.para("第241号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    w.para(N_ORDER)
    w.blank(2)
    w.para([("省长　", FS), ("林文华", KT)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    w.para("2023年6月1日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    # the decision on a new page
    w.para([(N_TITLE, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, page_break=page_break)
    w.blank(1)
    for text in N_BODY:
        w.para(text)
    META[w.name] = [dict(title=N_TITLE, doc_number="福建省人民政府令第241号", issuers=["福建省人民政府"],
                         signed="2023-06-01", effective="2023-07-01", wrapper="福建省人民政府令 第241号",
                         signatory="林文华", repeals=[], items=["一、", "二、", "三、", "四、", "五、", "六、"])]
    return w.save()


# ======================================================================= O
O_TITLE = "商务部办公厅关于举办2023年自由贸易试验区“一带一路”经贸合作专题培训班的函"
O_NO = "商办自贸函〔2023〕156号"
O_TO = "各自由贸易试验区所在省（区、市）商务主管部门："
O_BODY = [
    "为深入贯彻党的二十大关于实施自由贸易试验区提升战略的部署，推动自由贸易试验区更好服务共建“一带一路”，我部定于2023年7月在厦门举办自由贸易试验区“一带一路”经贸合作专题培训班。现将有关事项函告如下：",
    "一、培训时间和地点",
    "培训时间为2023年7月10日至12日，7月9日全天报到。培训地点为厦门国际会议中心酒店（厦门市思明区环岛东路199号）。",
    "二、培训内容和对象",
    "培训围绕自由贸易试验区服务共建“一带一路”的重点任务展开，一是解读《关于推进共建“一带一路”高质量发展的意见》等政策文件，二是交流自由贸易试验区与共建国家开展投资、贸易、物流合作的典型案例，三是赴中国（福建）自由贸易试验区厦门片区开展现场教学，四是组织分组研讨。请各省（区、市）商务主管部门选派1至2名负责自由贸易试验区工作的处级干部参训，各自由贸易试验区片区可选派1名同志参训。",
    "三、有关要求",
    "请于2023年6月20日前将参训人员回执（见附件2）盖章扫描后发送至联系邮箱。培训不收取费用，食宿由会务组统一安排，住宿费按规定标准由派出单位承担；往返交通费用自理。请参训人员遵守培训纪律，不得无故缺课。回执电子版可从商务部自由贸易区港建设协调司网站下载（http://zmqgs.mofcom.gov.cn/article/tzgg/202306/20230603415678.shtml），联系邮箱ftzpx_training2023@mofcom.gov.cn。",
    "四、联系方式",
    "联系人及联系方式如下：",
]
O_CONTACT_HEADER = ["联系事项", "联系单位", "联系人", "联系电话", "电子邮箱"]
O_CONTACTS = [
    ["培训组织", "商务部自由贸易区港建设协调司", "刘　洋", "010-85093456", "ftzpx@mofcom.gov.cn"],
    ["会务安排", "厦门市商务局", "黄丽娟", "0592-2896000", "xmswj_px@163.com"],
    ["现场教学", "厦门片区管委会", "吴　斌", "0592-6890000", "—"],
]
O_ATT = ["1.培训日程安排", "2.参训人员回执"]
O_T1_TITLE = "2023年自由贸易试验区“一带一路”经贸合作专题培训班日程安排"
O_T1_HEADER = ["日期", "时间", "内容", "主讲（负责）"]
O_T1_ROWS = [
    ["7月9日（周日）", "全天", "报到", "会务组"],
    ["7月10日（周一）", "9:00—9:30", "开班式", "商务部自贸区港司"],
    [None, "9:30—12:00", "专题讲座：实施自由贸易试验区提升战略", "国务院发展研究中心专家"],
    [None, "14:30—17:30", "专题讲座：共建“一带一路”高质量发展政策解读", "国家发展改革委有关司局"],
    ["7月11日（周二）", "9:00—12:00", "典型案例交流", "上海、广东、福建自贸试验区"],
    [None, "14:30—17:30", "现场教学：厦门片区国际贸易“单一窗口”和航运物流平台", "厦门片区管委会"],
    ["7月12日（周三）", "9:00—11:30", "分组研讨", "各小组召集人"],
    [None, "11:30—12:00", "结业式", "商务部自贸区港司"],
]
O_T1_MERGES = ((2, 0, 4, 0), (5, 0, 6, 0), (7, 0, 8, 0))
O_T2_HEADER = ["姓名", "性别", "单位及职务", "手机", "电子邮箱", "是否住宿"]


def doc_o(name="o_mofcom_letter_receipt", contact_widths=(22, 48, 20, 30, 40)):
    w = Writer(name)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    sec.top_margin = Mm(30)
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    # 信函格式: organ name in red, double red rule (thick over thin), 文号 right under it
    w.para([("中华人民共和国商务部办公厅", XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, expect=False)
    red_rule(w, sz=24, val="thickThinSmallGap", before=4)
    w.para(O_NO, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, expect=False, before=6)
    w.blank(1)
    w.title(O_TITLE)
    w.blank(1)
    w.para(O_TO, indent=False)
    for text in O_BODY:
        w.para([(text, HT if text[:2] in ("一、", "二、", "三、", "四、") else FS)])
    grid_table(w, O_CONTACT_HEADER, O_CONTACTS, list(contact_widths), size=12, header_repeat=False)
    TABLES[w.name].append([dict(zip(O_CONTACT_HEADER, r)) for r in O_CONTACTS])
    w.blank(1)
    w.para("附件：" + O_ATT[0])
    w.para("　　　" + O_ATT[1], expect=False)
    EXPECTED[w.name].append(O_ATT[1])
    w.sign("商务部办公厅", "2023年6月1日")
    w.blank(1)
    w.para("（此件公开发布）")
    # 附件1: schedule, 日期 merged down
    w.para([("附件1", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(O_T1_TITLE, size=20)
    w.blank(1)
    grid_table(w, O_T1_HEADER, O_T1_ROWS, [34, 28, 62, 36], size=12, merges=O_T1_MERGES)
    rows, last = [], None
    for r in O_T1_ROWS:
        last = r[0] or last
        rows.append(dict(zip(O_T1_HEADER, [last] + r[1:])))
    TABLES[w.name].append(rows)
    # 附件2: 回执 form with empty rows
    w.para([("附件2", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title("参训人员回执", size=20)
    w.blank(1)
    w.para("单位（盖章）：", indent=False)
    grid_table(w, O_T2_HEADER, [["", "", "", "", "", ""] for _ in range(3)], [20, 14, 44, 28, 34, 18], size=12)
    TABLES[w.name].append([])
    w.blank(1)
    w.para("注：请于2023年6月20日前将回执盖章扫描后发送至ftzpx@mofcom.gov.cn。", indent=False)
    w.blank(4)
    banji(w, [("抄送：各自由贸易试验区工作部际联席会议成员单位办公厅（室）。",),
              ("商务部办公厅", "　　　　　　　　　　　　　　", "2023年6月2日印发")])
    META[w.name] = [dict(title=O_TITLE, doc_number=O_NO, issuers=["商务部办公厅"], signed="2023-06-01",
                         issuing_mark="中华人民共和国商务部办公厅", addressees=O_TO.rstrip("："),
                         remarks="（此件公开发布）",
                         cc="各自由贸易试验区工作部际联席会议成员单位办公厅（室）", printed_by="商务部办公厅",
                         printed_date="2023-06-02", attachments=["培训日程安排", "参训人员回执"])]
    return w.save()


def to_pdf(docx: Path, outdir: Path = OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_k, doc_l, doc_m, doc_n, doc_o):
        p = f()
        if "--no-pdf" not in sys.argv:
            to_pdf(p)
        print("made", p.name, "+ pdf")
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "tables": TABLES, "documents": META},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
