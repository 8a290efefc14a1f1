# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1041: 省人民政府公报 in two Word section columns, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SZ = 10.5          # 五号, gazette body size
LINE = 17          # exact line spacing in the columns

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=SZ, bold=False, color=None):
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


def fmt(p, align=J, indent=True, line=LINE, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * SZ)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, SZ, False)]
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


def empty(doc, n=1, line=LINE):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def base_style(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SZ)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)


def page_setup(sec, w, h, top, bottom, left, right):
    sec.page_width, sec.page_height = Cm(w), Cm(h)
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(1.5)


def set_cols(sec, num, space_cm=0.75, sep=False):
    sp = sec._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")


def pg_start(sec, start):
    sp = sec._sectPr
    el = parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start))
    sp.find(qn("w:cols")).addprevious(el)


def page_field(p, name=SONG, size=10.5):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def running_head(hdr, left, right, width_cm, align_tab=True):
    p = hdr.paragraphs[0]
    p.text = ""
    font(p.add_run(left), KT, 9)
    if right is not None:
        font(p.add_run("\t"), KT, 9)
        font(p.add_run(right), KT, 9)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 6, 1)
    return p


def set_cell(cell, text, name=FS, size=9, bold=False, align=C, width=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(13)
    p.paragraph_format.first_line_indent = Pt(0)
    if width is not None:
        cell.width = Cm(width)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fix_widths(tb, widths):
    """fixed layout so the table stays inside its column."""
    tbl = tb._tbl
    tw = sum(int(w * 567) for w in widths)
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblPr.find(qn(tag))
        if el is not None:
            tblPr.remove(el)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), tw)))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[ci:ci + span]))
            ci += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1041", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Body:
    """Collects clauses while typing a document's body."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent   # clerk typed two full-width spaces instead of an indent

    def _ind(self):
        return "\u3000\u3000" if self.typed else ""

    def _kw(self):
        return {"indent": not self.typed}

    def body(self, t):
        self.clauses.append(t)
        return add_par(self.doc, [(self._ind() + t, FS, SZ, False)], **self._kw())

    def head(self, t):
        return add_par(self.doc, [(self._ind() + t, HT, SZ, False)], **self._kw())

    def runin(self, h, t, hfont=KT, bold=False):
        self.clauses.append(h + t)
        runs = []
        if self.typed:
            runs.append(("\u3000\u3000", FS, SZ, False))
        runs += [(h, hfont, SZ, bold), (t, FS, SZ, False)]
        return add_par(self.doc, runs, **self._kw())

    def plain(self, t, **kw):
        """a paragraph that is not a clause (主送, 附件 list...)"""
        return add_par(self.doc, t, **kw)


def doc_title(doc, lines, size=14, soft=True, before=14):
    """title in 方正小标宋; soft=True -> one paragraph with manual line breaks."""
    if soft:
        p = doc.add_paragraph()
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(ln), XBS, size)
        fmt(p, align=C, indent=False, line=size + 7, before=before, after=4)
    else:
        for i, ln in enumerate(lines):
            add_par(doc, [(ln, XBS, size, False)], align=C, indent=False, line=size + 7,
                    before=before if i == 0 else 0, after=4 if i == len(lines) - 1 else 0)


def doc_number(doc, num):
    add_par(doc, [("（%s）" % num, KT, SZ, False)], align=C, indent=False, after=8)


def category(doc, label):
    p = add_par(doc, [(label, HT, 12, False)], align=L, indent=False, line=20, before=6, after=2)
    return p


def meta(title, num, issuer, date, level, region, doc_type, recipients, published=None,
         effective=None, expires=None, attachments=(), publicity=None, repeals=None):
    return {"title": title, "doc_number": num, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires, "attachments": list(attachments),
            "doc_type": doc_type, "recipients": list(recipients), "publicity": publicity,
            "repeals": repeals}


# =================================================================== FILE 1: 浙江
def file_zhejiang():
    stem = "blind1041_zhejiang"
    doc = Document()
    base_style(doc)
    sec0 = doc.sections[0]
    page_setup(sec0, 21, 29.7, 2.6, 2.4, 2.0, 2.0)
    running_head(sec0.header, "浙江省人民政府公报", "2026年第8期", 17.0)
    fp = sec0.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("· "), SONG, 10.5)
    page_field(fp)
    font(fp.add_run(" ·"), SONG, 10.5)

    # ---------------- gazette head, single column across the page
    add_par(doc, [("浙江省人民政府公报", XBS, 36, False, RED)], align=C, indent=False, line=50, before=6)
    p = add_par(doc, [("2026年第8期（总第1392期）", KT, 14, False)], align=C, indent=False, line=24)
    p = add_par(doc, [("浙江省人民政府办公厅主办", SONG, 10.5, False), ("\t", SONG, 10.5, False),
                      ("2026年4月20日出版", SONG, 10.5, False)], indent=False, line=20, after=2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 2, "thickThinSmallGap")
    add_par(doc, [("目　　录", HT, 12, False)], align=C, indent=False, line=22, before=4)

    def toc(text, page, lvl=0):
        q = add_par(doc, [(text, FS if lvl else HT, 10.5, False), ("\t", FS, 10.5, False),
                          ("（%d）" % page, FS, 10.5, False)], indent=False, line=18)
        q.paragraph_format.left_indent = Pt(21 if lvl else 0)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    toc("【省政府文件】", 1)
    toc("浙江省人民政府关于同意金华市设立义乌—中亚跨境贸易合作区的批复", 1, 1)
    toc("【省政府办公厅文件】", 1)
    toc("浙江省人民政府办公厅关于复制推广中国（浙江）自由贸易试验区第六批制度创新成果的通知", 1, 1)
    toc("浙江省人民政府办公厅关于调整浙江省推进“一带一路”建设工作领导小组组成人员的通知", 2, 1)
    q = add_par(doc, "", indent=False, line=6)
    border(q, "bottom", "000000", 6, 1)

    # ---------------- two columns from here on
    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec1, 2, 0.8, sep=True)
    docs = []

    # ---- doc 1: 批复
    category(doc, "【省政府文件】")
    b = Body(doc)
    t = ["浙江省人民政府关于同意金华市", "设立义乌—中亚跨境贸易合作区", "的批复"]
    doc_title(doc, t, soft=True, before=6)
    doc_number(doc, "浙政函〔2026〕27号")
    b.plain("金华市人民政府：", indent=False)
    b.body("你市《关于要求设立义乌—中亚跨境贸易合作区的请示》（金政〔2026〕6号）收悉。经研究，现批复如下：")
    b.body("一、同意金华市在义乌市设立义乌—中亚跨境贸易合作区（以下简称合作区）。合作区规划面积12.6平方公里，四至范围为：东至疏港快速路，南至义乌江，西至杭金衢高速公路，北至春晗路。具体以省自然资源厅核定的范围为准。")
    b.body("二、合作区要以服务共建“一带一路”为统领，依托义乌国际陆港和“义新欧”中欧班列，重点发展市场采购贸易、跨境电商、数字贸易和国际物流，打造面向中亚国家的商品集散中心、贸易服务中心和供应链组织中心。到2030年，合作区对中亚五国进出口额力争达到300亿元。")
    b.body("三、金华市、义乌市要切实履行主体责任，建立健全合作区管理体制机制，科学编制发展规划，严格落实耕地保护、生态环境保护等要求，节约集约利用土地，防范化解各类风险。")
    b.body("四、省级有关部门要按照职能分工，在政策、资金、项目、用地等方面给予积极支持，协调解决合作区建设中的重大问题。省商务厅要会同有关单位加强对合作区建设的指导、监测和评估。")
    empty(doc)
    for s in ("浙江省人民政府", "2026年3月18日"):
        q = add_par(doc, s, align=R, indent=False)
        q.paragraph_format.right_indent = Pt(2 * SZ)
    add_par(doc, "（此件公开发布）")
    docs.append({"meta": meta("".join(t), "浙政函〔2026〕27号", ["浙江省人民政府"], "2026-03-18",
                              "provincial", "浙江省", "批复", ["金华市人民政府"],
                              published="2026-04-20", publicity="此件公开发布"),
                 "clauses": b.clauses})

    # ---- doc 2: 通知 on FTZ
    category(doc, "【省政府办公厅文件】")
    b = Body(doc)
    # wrapped by the clerk at odd places with Shift+Enter
    t = ["浙江省人民政府办公厅关于复制", "推广中国（浙江）自由贸易试验区", "第六批制度创新成果的通知"]
    doc_title(doc, t, soft=True, before=6)
    doc_number(doc, "浙政办发〔2026〕11号")
    b.plain("各市、县（市、区）人民政府，省政府直属各单位：", indent=False)
    b.body("中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）设立以来，各片区和有关部门坚持以制度创新为核心，大胆试、大胆闯、自主改，形成了一批可复制可推广的改革试点经验。经省政府同意，现将第六批28项制度创新成果（以下简称创新成果）在全省范围内复制推广。有关事项通知如下：")
    b.head("一、复制推广的主要内容")
    b.body("本批创新成果共28项，分为投资贸易便利化、金融服务、数字经济、政府职能转变4个领域，具体如下：")
    add_par(doc, [("第六批创新成果分领域情况表", HT, 9, False)], align=C, indent=False, line=15, before=2)
    header = ["序号", "领域", "成果数量（项）", "牵头推广单位"]
    rows = [["1", "投资贸易便利化", "11", "省商务厅、杭州海关、宁波海关"],
            ["2", "金融服务", "6", "省委金融办、人民银行浙江省分行"],
            ["3", "数字经济", "7", "省经信厅、省数据局"],
            ["4", "政府职能转变", "4", "省市场监管局、省司法厅"]]
    widths = [0.9, 2.0, 1.5, 3.4]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 9, width=widths[i])
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 9, align=L if ci == 3 else C, width=widths[ci])
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    fix_widths(tb, widths)
    empty(doc, 1, line=6)
    b.body("（一）投资贸易便利化领域。重点复制推广油气贸易“离岸+在岸”联动结算、船用燃料油跨关区直供、跨境电商出口退货集中监管、“义新欧”中欧班列运邮常态化等经验，进一步提升贸易投资自由化便利化水平。")
    b.body("（二）金融服务领域。重点复制推广大宗商品仓单质押融资、跨境贸易投资高水平开放试点便利化措施、数字人民币跨境支付场景应用等经验。")
    b.body("（三）数字经济领域。重点复制推广数据出境“负面清单”管理、跨境数据流动“白名单”互认、数字贸易统计监测等经验。")
    b.body("（四）政府职能转变领域。重点复制推广“证照分离”改革后续监管、涉企经营许可“一件事”集成办理等经验。")
    b.head("二、工作要求")
    b.runin("（一）加强组织领导。", "各地、各有关部门要高度重视创新成果复制推广工作，将其作为深化改革扩大开放的重要举措，明确责任分工，细化工作措施，确保各项创新成果落地见效。")
    b.runin("（二）强化协同联动。", "省自贸办要加强统筹协调和跟踪督促，省级有关部门要加强对口指导，及时出台配套措施。各地要结合实际抓好推广，推动浙江自贸试验区与各联动创新区协同发展。")
    b.runin("（三）做好跟踪评估。", "各地、各有关部门要及时总结复制推广工作进展成效，于2026年11月30日前将工作情况报送省自贸办（省商务厅）。复制推广过程中遇到的重大问题，要及时向省政府报告。")
    empty(doc)
    for s in ("浙江省人民政府办公厅", "2026年4月2日"):
        q = add_par(doc, s, align=R, indent=False)
        q.paragraph_format.right_indent = Pt(2 * SZ)
    add_par(doc, "（此件公开发布）")
    docs.append({"meta": meta("".join(t), "浙政办发〔2026〕11号", ["浙江省人民政府办公厅"], "2026-04-02",
                              "provincial", "浙江省", "通知",
                              ["各市、县（市、区）人民政府", "省政府直属各单位"],
                              published="2026-04-20", publicity="此件公开发布"),
                 "clauses": b.clauses})

    # ---- doc 3: 领导小组调整通知
    b = Body(doc)
    t = ["浙江省人民政府办公厅关于调整", "浙江省推进“一带一路”建设工作", "领导小组组成人员的通知"]
    doc_title(doc, t, soft=False, before=14)
    doc_number(doc, "浙政办函〔2026〕19号")
    b.plain("各市、县（市、区）人民政府，省政府直属各单位：", indent=False)
    b.body("因工作需要和人员变动，经省政府同意，决定对浙江省推进“一带一路”建设工作领导小组（以下简称领导小组）组成人员进行调整。现将调整后的组成人员名单通知如下：")
    # list typed with full-width spaces for alignment, no first-line indent
    names = [("组　长：", "刘建明　省长"),
             ("副组长：", "陈立群　副省长"),
             ("\u3000\u3000\u3000\u3000", "周海涛　省政府副秘书长"),
             ("成　员：", "孙卫国　省发展改革委主任"),
             ("\u3000\u3000\u3000\u3000", "李　静　省商务厅厅长"),
             ("\u3000\u3000\u3000\u3000", "何志远　省外办主任"),
             ("\u3000\u3000\u3000\u3000", "赵东升　省交通运输厅厅长"),
             ("\u3000\u3000\u3000\u3000", "钱慧敏　省财政厅厅长"),
             ("\u3000\u3000\u3000\u3000", "吴晓红　杭州海关关长"),
             ("\u3000\u3000\u3000\u3000", "郑国平　宁波海关关长")]
    for lab, val in names:
        q = add_par(doc, [("\u3000\u3000" + lab + val, FS, SZ, False)], indent=False)
        b.clauses.append((lab + val).lstrip("\u3000"))
    b.body("领导小组办公室设在省发展改革委，承担领导小组日常工作，办公室主任由孙卫国同志兼任。领导小组成员如因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后报领导小组组长审定。")
    empty(doc)
    for s in ("浙江省人民政府办公厅", "二〇二六年四月八日"):
        q = add_par(doc, s, align=R, indent=False)
        q.paragraph_format.right_indent = Pt(2 * SZ)
    docs.append({"meta": meta("".join(t), "浙政办函〔2026〕19号", ["浙江省人民政府办公厅"], "2026-04-08",
                              "provincial", "浙江省", "通知",
                              ["各市、县（市、区）人民政府", "省政府直属各单位"],
                              published="2026-04-20"),
                 "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== FILE 2: 福建 (16开, odd/even heads)
def file_fujian():
    stem = "blind1041_fujian"
    doc = Document()
    base_style(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    sec0 = doc.sections[0]
    page_setup(sec0, 18.4, 26.0, 2.3, 2.2, 1.9, 1.9)
    width = 18.4 - 3.8
    # odd pages: head to the right, page number to the right; even pages mirrored
    p = sec0.header.paragraphs[0]
    font(p.add_run("福建省人民政府公报\u3000\u30002026年第9期"), KT, 9)
    p.alignment = R
    border(p, "bottom", "000000", 6, 1)
    p = sec0.even_page_header.paragraphs[0]
    font(p.add_run("2026年第9期\u3000\u3000福建省人民政府公报"), KT, 9)
    p.alignment = L
    border(p, "bottom", "000000", 6, 1)
    for ftr, al in ((sec0.footer, R), (sec0.even_page_footer, L)):
        fp = ftr.paragraphs[0]
        fp.alignment = al
        font(fp.add_run("—"), SONG, 10.5)
        page_field(fp)
        font(fp.add_run("—"), SONG, 10.5)

    # ---------------- head across the page
    add_par(doc, [("福建省人民政府公报", XBS, 32, False, RED)], align=C, indent=False, line=46, before=4)
    add_par(doc, [("（半月刊）", KT, 12, False)], align=C, indent=False, line=20)
    p = add_par(doc, [("2026年第9期（总第1215期）", SONG, 12, False)], align=C, indent=False, line=22, after=2)
    border(p, "bottom", "FF0000", 18, 3)

    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec1, 2, 0.7)
    pg_start(doc.sections[0], 33)   # annual continuous pagination: this issue starts at page 33
    docs = []

    # ---- doc 1: 通知 issuing FTZ measures (clerk types full-width spaces as indents)
    b = Body(doc, typed_indent=True)
    t = ["福建省人民政府关于印发进一步", "深化中国（福建）自由贸易", "试验区改革开放若干措施的通知"]
    doc_title(doc, t, size=13, soft=False, before=2)
    doc_number(doc, "闽政〔2026〕8号")
    b.plain("各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校：", indent=False)
    b.body("现将《进一步深化中国（福建）自由贸易试验区改革开放若干措施》印发给你们，请认真贯彻执行。")
    empty(doc)
    add_par(doc, "\u3000" * 10 + "福建省人民政府", indent=False)
    add_par(doc, "\u3000" * 10 + "2026年2月26日", indent=False)
    add_par(doc, "\u3000\u3000（此件主动公开）", indent=False)
    empty(doc, 1, line=8)
    add_par(doc, [("进一步深化中国（福建）", XBS, 12, False)], align=C, indent=False, line=20, before=4)
    add_par(doc, [("自由贸易试验区改革开放若干措施", XBS, 12, False)], align=C, indent=False, line=20, after=6)
    b.body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（福建）自由贸易试验区(以下简称福建自贸试验区)在更高起点上深化改革开放，更好服务“一带一路”建设和两岸融合发展，制定以下措施。")
    b.head("一、推进高水平制度型开放")
    b.runin("（一）对接国际高标准经贸规则。", "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等，在货物贸易、服务贸易、数字贸易、知识产权、政府采购等领域率先开展压力测试，每年形成不少于10项制度型开放成果。（责任单位：省商务厅、省发改委，福州、厦门市人民政府，平潭综合实验区管委会）")
    b.runin("（二）深化闽台经贸融合。", "支持台湾地区企业在福建自贸试验区设立独资或合资企业，探索台湾地区职业资格在福建自贸试验区内直接采认，采认范围扩大至80项以上。（责任单位：省台港澳办、省人社厅）")
    b.head("二、提升贸易投资便利化水平")
    b.runin("（三）创新海关监管模式。", "推广“两段准入”“船边直提”“抵港直装”等便利化措施，将“丝路海运”航线货物平均通关时间压缩至24小时以内。2026年底前,“丝路海运”命名航线达到130条以上。(责任单位：福州海关、厦门海关、省港口发展中心)")
    b.runin("（四）支持跨境资金便利流动。", "扩大跨国公司本外币一体化资金池试点，支持符合条件的企业开展跨境贸易投资高水平开放试点，推动对台跨境人民币结算业务扩面增量。（责任单位：人民银行福建省分行、国家外汇管理局福建省分局）")
    b.head("三、强化保障措施")
    b.runin("（五）加大资金支持。", "省级财政每年安排自贸试验区发展专项资金3亿元，重点支持制度创新、平台建设和重大项目引进。（责任单位：省财政厅）")
    b.runin("（六）完善容错纠错机制。", "对在福建自贸试验区改革创新中出现失误错误，符合“三个区分开来”要求的，依规依纪依法予以免责或者从轻、减轻处理。（责任单位：省委组织部、省司法厅）")
    b.body("本措施自2026年3月1日起施行，有效期至2028年12月31日。《福建省人民政府关于支持中国（福建）自由贸易试验区创新发展的若干意见》（闽政〔2021〕11号）同时废止。此前我省有关规定与本措施不一致的，以本措施为准。")
    docs.append({"meta": meta("".join(t), "闽政〔2026〕8号", ["福建省人民政府"], "2026-02-26",
                              "provincial", "福建省", "通知",
                              ["各市、县（区）人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构",
                               "各大企业", "各高等院校"],
                              effective="2026-03-01", expires="2028-12-31", publicity="此件主动公开",
                              repeals="《福建省人民政府关于支持中国（福建）自由贸易试验区创新发展的若干意见》（闽政〔2021〕11号）"),
                 "clauses": b.clauses})

    # clerk forces the next document to the top of a column
    q = doc.add_paragraph()
    q.add_run().add_break(WD_BREAK.COLUMN)
    fmt(q, indent=False, line=8)

    # ---- doc 2: 批复
    b = Body(doc, typed_indent=True)
    t = ["福建省人民政府关于《泉州市", "建设21世纪海上丝绸之路战略", "支点城市实施方案", "（2026—2030年）》的批复"]
    doc_title(doc, t, size=13, soft=False, before=0)
    doc_number(doc, "闽政文〔2026〕45号")
    b.plain("泉州市人民政府：", indent=False)
    b.body("你市《关于提请审批〈泉州市建设21世纪海上丝绸之路战略支点城市实施方案（2026—2030年）〉的请示》（泉政〔2026〕9号）收悉。经研究，现批复如下：")
    b.body("一、原则同意《泉州市建设21世纪海上丝绸之路战略支点城市实施方案（2026—2030年）》（以下简称《实施方案》），请认真组织实施。")
    b.body("二、泉州市要坚持世界遗产保护与开放发展相结合，发挥“宋元中国的世界海洋商贸中心”品牌优势，深化与共建“一带一路”国家港航物流、经贸投资、人文交流合作。到2030年，泉州港集装箱吞吐量达到300万标准箱，对共建“一带一路”国家进出口额占全市比重提高到45%以上。")
    b.body("三、泉州市人民政府要加强组织领导，明确责任分工，抓好《实施方案》各项任务落实。实施中涉及的重大政策、重大项目，按规定程序报批。")
    b.body("四、省直有关部门要按照职责分工，加强对泉州市的指导和支持。省发改委要会同有关部门加强跟踪分析和督促检查，重大问题及时向省政府报告。")
    empty(doc)
    add_par(doc, "\u3000" * 10 + "福建省人民政府", indent=False)
    add_par(doc, "\u3000" * 10 + "2026年3月9日", indent=False)
    add_par(doc, "\u3000\u3000（此件公开发布）", indent=False)
    docs.append({"meta": meta("".join(t), "闽政文〔2026〕45号", ["福建省人民政府"], "2026-03-09",
                              "provincial", "福建省", "批复", ["泉州市人民政府"],
                              publicity="此件公开发布"),
                 "clauses": b.clauses})

    # ---- doc 3: 函 (办公厅 reply letter)
    b = Body(doc, typed_indent=True)
    t = ["福建省人民政府办公厅关于同意", "举办第二届“丝路海运”国际", "合作论坛的函"]
    doc_title(doc, t, size=13, soft=True, before=16)
    doc_number(doc, "闽政办函〔2026〕21号")
    b.plain("厦门市人民政府、省交通运输厅：", indent=False)
    b.body("你们《关于举办第二届“丝路海运”国际合作论坛的请示》（厦府〔2026〕37号）收悉。经省政府同意，现函复如下：")
    b.body("一、同意于2026年5月在厦门市举办第二届“丝路海运”国际合作论坛（以下简称论坛），由厦门市人民政府、省交通运输厅主办，厦门港务控股集团有限公司承办。")
    b.body("二、论坛所需经费由主办单位按照厉行节约的原则统筹解决，省级财政不另行安排。")
    b.body("三、请你们认真做好论坛筹备工作，制定安全保卫、应急处置等工作预案，严格控制规模，确保论坛安全有序、务实高效。论坛结束后，请将举办情况报省政府。")
    empty(doc)
    add_par(doc, "\u3000" * 8 + "福建省人民政府办公厅", indent=False)
    add_par(doc, "\u3000" * 10 + "2026年3月12日", indent=False)
    docs.append({"meta": meta("".join(t), "闽政办函〔2026〕21号", ["福建省人民政府办公厅"], "2026-03-12",
                              "provincial", "福建省", "函", ["厦门市人民政府", "省交通运输厅"]),
                 "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== FILE 3: 云南 (joint 部门文件 + 附件 table)
def file_yunnan():
    stem = "blind1041_yunnan"
    doc = Document()
    base_style(doc)
    sec0 = doc.sections[0]
    page_setup(sec0, 21, 29.7, 2.5, 2.3, 2.2, 2.2)
    running_head(sec0.header, "云南省人民政府公报", "2026年第10期（总第1038期）", 16.6)
    fp = sec0.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 10.5)
    page_field(fp)
    font(fp.add_run(" —"), SONG, 10.5)

    add_par(doc, [("云南省人民政府公报", XBS, 34, False, RED)], align=C, indent=False, line=48, before=2)
    add_par(doc, [("YUNNAN SHENG RENMIN ZHENGFU GONGBAO", "Times New Roman", 10, False, RED)],
            align=C, indent=False, line=16)
    p = add_par(doc, [("2026年第10期（总第1038期）", SONG, 12, False), ("\u3000\u3000\u3000\u3000", SONG, 12, False),
                      ("出版日期：2026年5月15日", SONG, 12, False)], align=C, indent=False, line=22, after=2)
    border(p, "bottom", "FF0000", 24, 3)

    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec1, 2, 0.75)
    docs = []

    # ---- doc 1: 批复
    category(doc, "【省政府文件】")
    b = Body(doc)
    t = ["云南省人民政府关于同意设立中国", "（云南）自由贸易试验区大理联动", "创新区的批复"]
    doc_title(doc, t, soft=True, before=4)
    doc_number(doc, "云政复〔2026〕14号")
    b.plain("大理白族自治州人民政府，省商务厅：", indent=False)
    b.body("大理州人民政府《关于申请设立中国（云南）自由贸易试验区大理联动创新区的请示》（大政请〔2026〕3号）和省商务厅《关于设立中国（云南）自由贸易试验区大理联动创新区的请示》（云商请〔2026〕21号）收悉。经研究，现批复如下：")
    b.body("一、同意设立中国（云南）自由贸易试验区大理联动创新区（以下简称大理联动创新区），实施范围38.5平方公里，涉及大理经济技术开发区、祥云财富工业园区和大理创新工业园区。具体四至范围以省商务厅公布的为准。")
    b.body("二、大理联动创新区要主动服务和融入国家重大战略，加强与中国（云南）自由贸易试验区昆明、红河、德宏片区联动，重点在跨境物流、绿色能源、高原特色农产品加工贸易、文化旅游等领域开展改革创新，每年复制推广自贸试验区改革试点经验不少于20项，形成创新案例不少于3项，更好服务面向南亚东南亚辐射中心建设。")
    # (三) and (四) typed in one paragraph separated by Shift+Enter
    t3 = "三、大理州人民政府要切实承担主体责任，建立健全工作推进机制，制定具体实施方案，报省商务厅备案后组织实施。"
    t4 = "四、省商务厅要会同省级有关部门加强指导服务，建立联动创新区考核评估和动态调整机制，对连续两年评估不合格的，按程序予以调整或者撤销。"
    q = doc.add_paragraph()
    font(q.add_run(t3), FS, SZ)
    q.add_run().add_break(WD_BREAK.LINE)
    font(q.add_run("\u3000\u3000" + t4), FS, SZ)
    fmt(q)
    b.clauses.extend([t3, t4])
    empty(doc)
    # 落款 aligned with a right tab stop
    for s in ("云南省人民政府", "2026年4月3日"):
        q = add_par(doc, [("\t" + s, FS, SZ, False)], indent=False)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(7.2), WD_TAB_ALIGNMENT.RIGHT)
    add_par(doc, "（此件公开发布）")
    docs.append({"meta": meta("".join(t), "云政复〔2026〕14号", ["云南省人民政府"], "2026-04-03",
                              "provincial", "云南省", "批复", ["大理白族自治州人民政府", "省商务厅"],
                              published="2026-05-15", publicity="此件公开发布"),
                 "clauses": b.clauses})

    # ---- doc 2: joint 部门 notice on FTZ evaluation, with 附件 table
    category(doc, "【部门文件】")
    b = Body(doc)
    t = ["云南省商务厅　云南省财政厅", "昆明海关关于开展2026年度", "中国（云南）自由贸易试验区建设", "成效评估工作的通知"]
    doc_title(doc, t, soft=True, before=4)
    doc_number(doc, "云商自贸〔2026〕9号")
    b.plain("昆明市、红河州、德宏州人民政府，中国（云南）自由贸易试验区各片区管委会，各州（市）商务局、财政局：", indent=False)
    b.body("为全面掌握中国（云南）自由贸易试验区（以下简称自贸试验区）建设进展和成效，推动自贸试验区提升战略落地见效，根据《云南省人民政府关于实施自由贸易试验区提升战略的意见》（云政发〔2025〕18号）要求，省商务厅、省财政厅、昆明海关决定开展2026年度自贸试验区建设成效评估工作。现将有关事项通知如下：")
    b.runin("一、评估对象和范围。", "本次评估对象为自贸试验区昆明、红河、德宏3个片区及18个联动创新区，评估期为2025年1月1日至2025年12月31日。", HT)
    b.runin("二、评估内容。", "主要包括制度创新、投资贸易便利化、产业发展、辐射带动和风险防控5个方面，具体评估指标见附件。", HT)
    b.head("三、评估方式和时间安排")
    b.runin("（一）自评阶段（2026年5月20日前）。", "各片区、各联动创新区对照评估指标开展自评，形成自评报告，连同佐证材料一并报送所在州（市）商务局，经州（市）商务局审核后报送省商务厅。")
    b.runin("（二）第三方评估阶段（2026年6月30日前）。", "省商务厅委托第三方机构，采取材料审核、实地核查、企业问卷调查等方式开展评估，形成评估报告。")
    b.runin("（三）结果运用阶段（2026年7月起）。", "评估结果分为优秀、良好、合格、不合格4个等次，作为省级自贸试验区发展专项资金分配的重要依据。对评估结果为优秀的片区，在资金分配上给予倾斜；对评估结果为不合格的联动创新区，予以通报并限期整改。")
    b.runin("四、工作要求。", "各地要高度重视，按时报送材料，确保数据真实准确。对弄虚作假的，一经查实，评估结果直接认定为不合格。联系人及电话：省商务厅自贸处杨丽萍，0871-63215478。", HT)
    empty(doc, 1)
    b.plain("附件：中国（云南）自由贸易试验区建设成效评估指标")
    empty(doc, 1)
    # joint 落款 typed with spaces, date right-aligned
    add_par(doc, "云南省商务厅\u3000\u3000\u3000云南省财政厅", align=R, indent=False)
    q = add_par(doc, "昆明海关", align=R, indent=False)
    q.paragraph_format.right_indent = Pt(3 * SZ)
    add_par(doc, "2026年4月16日", align=R, indent=False)
    add_par(doc, "（此件公开发布）")

    # 附件 on its own page (inside the two-column section)
    q = doc.add_paragraph()
    q.add_run().add_break(WD_BREAK.PAGE)
    fmt(q, indent=False, line=6)
    add_par(doc, [("附件", HT, 12, False)], indent=False, line=20)
    add_par(doc, [("中国（云南）自由贸易试验区建设成效", XBS, 13, False)], align=C, indent=False, line=20, before=6)
    add_par(doc, [("评估指标", XBS, 13, False)], align=C, indent=False, line=20, after=6)
    tb = doc.add_table(rows=2 + 6, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.1, 1.7, 3.6, 1.4]
    # two-level header: 序号 | 评估指标(一级指标, 二级指标) | 分值（分）
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    set_cell(h0[0], "序号", HT, 9, width=widths[0])
    set_cell(h1[0], "", HT, 9, width=widths[0])
    h0[0].merge(h1[0])
    set_cell(h0[3], "分值（分）", HT, 9, width=widths[3])
    set_cell(h1[3], "", HT, 9, width=widths[3])
    h0[3].merge(h1[3])
    set_cell(h0[1], "评估指标", HT, 9)
    set_cell(h0[2], "", HT, 9)
    h0[1].merge(h0[2])
    set_cell(h1[1], "一级指标", HT, 9, width=widths[1])
    set_cell(h1[2], "二级指标", HT, 9, width=widths[2])
    # fix merged cell texts (merge concatenates paragraphs)
    for cell, txt in ((tb.rows[0].cells[0], "序号"), (tb.rows[0].cells[3], "分值（分）"),
                      (tb.rows[0].cells[1], "评估指标")):
        set_cell(cell, txt, HT, 9)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    keys = ["序号", "评估指标／一级指标", "评估指标／二级指标", "分值（分）"]
    rows = [["1", "制度创新", "首创性制度创新成果数量、在全国全省复制推广的经验案例数量", "25"],
            ["2", "投资贸易便利化", "新设外商投资企业数量、实际使用外资金额、进出口额增速、货物平均通关时间", "25"],
            ["3", "产业发展", "重点产业链项目落地数量、跨境电商和服务贸易规模", "20"],
            ["4", "辐射带动", "与联动创新区协同事项数量、面向南亚东南亚合作项目数量", "15"],
            ["5", "风险防控", "风险防控制度建设、重大风险事件发生情况", "15"],
            ["合计", "—", "—", "100"]]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 9, align=L if ci == 2 else C, width=widths[ci])
        b.clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    fix_widths(tb, widths)
    note = "注：评估数据以统计、商务、海关等部门公布的数据为准；发生重大风险事件的，风险防控指标不得分。"
    add_par(doc, [(note, KT, 9, False)], indent=False, line=14, before=4)
    b.clauses.append(note)
    title = "云南省商务厅　云南省财政厅　昆明海关关于开展2026年度中国（云南）自由贸易试验区建设成效评估工作的通知"
    assert title.replace("　", "") == "".join(t).replace("　", "")
    docs.append({"meta": meta(title, "云商自贸〔2026〕9号",
                              ["云南省商务厅", "云南省财政厅", "昆明海关"], "2026-04-16",
                              "provincial", "云南省", "通知",
                              ["昆明市、红河州、德宏州人民政府", "中国（云南）自由贸易试验区各片区管委会",
                               "各州（市）商务局、财政局"],
                              published="2026-05-15",
                              attachments=["中国（云南）自由贸易试验区建设成效评估指标"],
                              publicity="此件公开发布"),
                 "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [file_zhejiang(), file_fujian(), file_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
