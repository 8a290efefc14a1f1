# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 758: 公开征求意见公告 + 征求意见稿全文 + 意见反馈表 (Word + PDF + expected.json)."""
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
SP = "\u3000"  # full-width space
C = WD_ALIGN_PARAGRAPH.CENTER

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


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    if "first" not in kw and kw.get("indent", True):
        kw["first"] = Pt(2 * size)
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


def footer_pagenum(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_pagenum(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def cell_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def set_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in t._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            old = tcpr.find(qn("w:tcW"))
            if old is not None:
                tcpr.remove(old)
            w = sum(widths[col:col + span])
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(w * 567))))
            col += span


def row_clause(headers, vals):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, vals))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_758", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting), as clerks get from the ribbon
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


class Rules:
    """Writes 章/节/条 of a 征求意见稿 and collects clauses."""

    def __init__(self, doc, clauses, size=16, line=28, ind=""):
        self.doc, self.clauses, self.size, self.line, self.ind = doc, clauses, size, line, ind

    def chapter(self, t):
        add_par(self.doc, [(t, HT, self.size, False)], align=C, indent=False,
                line=self.line, before=6, after=3)

    def section(self, t):
        add_par(self.doc, [(t, KT, self.size, True)], align=C, indent=False, line=self.line)

    def art(self, num, text, items=(), paras=()):
        s = self.size
        if self.ind:
            add_par(self.doc, [(self.ind, FS, s, False), (num, HT, s, False),
                               (SP + text, FS, s, False)], size=s, indent=False, line=self.line)
        else:
            add_par(self.doc, [(num, HT, s, False), (SP + text, FS, s, False)],
                    size=s, line=self.line)
        for it in list(items) + list(paras):
            if self.ind:
                add_par(self.doc, self.ind + it, size=s, indent=False, line=self.line)
            else:
                add_par(self.doc, it, size=s, line=self.line)
        self.clauses.append(num + SP + text + "".join(items) + "".join(paras))


def blank_form(doc, headers, widths, nrows, size=14, h=1.4):
    t = doc.add_table(rows=1 + nrows, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hd in enumerate(headers):
        set_cell(t.rows[0].cells[i], hd, HT, size)
    repeat_header(t.rows[0])
    for r in t.rows[1:]:
        row_height(r, h)
        for c in r.cells:
            set_cell(c, "", FS, size)
    set_widths(t, widths)
    return t


# =================================================================== DOC A
def doc_ningbo():
    stem = "blind758_ningbo_haiwaicang"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 (organ name only, no 文件), 文号 centred, red rule
    add_par(doc, [("宁波市商务局", XBS, 40, False, RED)], align=C, indent=False, line=56)
    p = add_par(doc, "甬商务公〔2026〕4号", align=C, indent=False, before=6)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("宁波市商务局关于公开征求《宁波市跨境电子",
              "商务公共海外仓专项资金管理办法（征求意见",
              "稿）》意见的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=33)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》有关要求，进一步规范公共海外仓专项资金管理，提高资金使用效益，支持我市外贸企业依托共建“一带一路”国家公共海外仓拓展国际市场，我局会同市财政局起草了《宁波市跨境电子商务公共海外仓专项资金管理办法（征求意见稿）》，现向社会公开征求意见。有关事项公告如下：")
    runin("一、征求意见时间：", "2026年3月2日至2026年3月31日。")
    head("二、意见反馈方式")
    runin("（一）电子邮件：", "将意见建议发送至nbswhwc@163.com，邮件主题请注明“海外仓办法意见反馈”。", KT)
    runin("（二）信函：", "邮寄至宁波市鄞州区宁穿路1901号宁波市商务局对外贸易发展处（邮政编码：315066），并在信封上注明“征求意见”字样。", KT)
    runin("（三）传真：", "0574-89186543。", KT)
    head("三、其他事项")
    body("请在反馈意见时注明真实姓名（单位名称）和联系方式，并填写意见反馈表（见附件2）。我局将认真研究各方意见建议，合理予以吸纳。联系人：王婷婷，联系电话：0574-89186521。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed spaces
    add_par(doc, "附件：1.宁波市跨境电子商务公共海外仓专项资金管理办法（征求意见稿）")
    add_par(doc, SP * 3 + "2.意见反馈表")
    empty(doc, 2)
    p = add_par(doc, "宁波市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月2日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("宁波市跨境电子商务公共海外仓", XBS, 20, False)], align=C, indent=False, line=30, before=6)
    add_par(doc, [("专项资金管理办法", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（征求意见稿）", KT, 14, False)], align=C, indent=False, line=24, after=4)
    R = Rules(doc, clauses, size=14, line=21)
    R.chapter("第一章　总则")
    R.art("第一条", "为支持本市企业建设和运营公共海外仓，完善共建“一带一路”国家国际营销和物流服务网络，规范专项资金管理，结合本市实际，制定本办法。")
    R.art("第二条", "本办法所称公共海外仓，是指由本市企业在境外建设或者租赁，面向跨境电子商务企业及其他外贸企业提供仓储、分拣、配送、退换货等公共服务的境外仓储设施。")
    R.art("第三条", "专项资金由市财政预算安排，纳入市级商务发展专项资金统一管理。市商务局负责组织项目申报和审核、开展绩效评价；市财政局负责资金预算管理、拨付和监督检查。")
    R.chapter("第二章　支持对象和标准")
    R.art("第四条", "申请专项资金的企业应当同时符合下列条件：", items=[
        "（一）在本市依法注册登记，具有独立法人资格；",
        "（二）公共海外仓面积不低于3000平方米，并与宁波跨境电商综合服务平台实现数据对接；",
        "（三）上年度为本市10家以上外贸企业提供海外仓服务；",
        "（四）近三年未发生严重失信行为。"])
    R.art("第五条", "对新建、扩建和运营情况良好的公共海外仓，按照下列标准给予支持：")
    # two-level header with merged cells, header rows repeated
    heads = ["序号", "支持类别", "支持标准／位于共建“一带一路”国家", "支持标准／位于其他国家和地区",
             "单个企业年度最高限额（万元）"]
    rows = [
        ["1", "新建公共海外仓", "按实际投资额的20%给予补助", "按实际投资额的15%给予补助", "200"],
        ["2", "扩建公共海外仓", "按新增投资额的15%给予补助", "按新增投资额的10%给予补助", "100"],
        ["3", "运营奖励", "年服务本市企业50家以上的，给予30万元", "年服务本市企业50家以上的，给予20万元", "30"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); set_cell(a, "序号", HT, 11, line=16); cell_vcenter(a)
    a = h0[1].merge(h1[1]); set_cell(a, "支持类别", HT, 11, line=16); cell_vcenter(a)
    a = h0[2].merge(h0[3]); set_cell(a, "支持标准", HT, 11, line=16)
    set_cell(t.rows[1].cells[2], "位于共建“一带一路”国家", HT, 11, line=16)
    set_cell(t.rows[1].cells[3], "位于其他国家和地区", HT, 11, line=16)
    a = t.rows[0].cells[4].merge(t.rows[1].cells[4])
    set_cell(a, "单个企业年度最高限额（万元）", HT, 11, line=16); cell_vcenter(a)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, line=16,
                     align=C if ci in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append(row_clause(heads, row))
    set_widths(t, [1.25, 2.5, 4.4, 4.4, 2.95])
    note = "注：同一海外仓项目不得重复享受新建和扩建补助；投资额不含土地购置费用。"
    add_par(doc, [(note, FS, 11, False)], size=11, indent=False, line=18, before=2)
    clauses.append(note)
    R.art("第六条", "同一企业同一年度获得的专项资金支持总额不超过300万元。已获得中央和省级财政资金支持的同一项目，市级专项资金不再重复支持。")
    R.chapter("第三章　申报审核和监督管理")
    R.art("第七条", "项目按照“企业申报、区县初审、市级审核、社会公示”的程序办理。审核结果在市商务局门户网站公示5个工作日，公示无异议的，由市财政局按照规定拨付资金。")
    R.art("第八条", "企业以虚报、冒领、伪造材料等方式骗取专项资金的，追回已拨付资金，取消其3年内申报市级商务专项资金资格，并依法纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。")
    R.chapter("第四章　附则")
    R.art("第九条", "本办法由市商务局、市财政局负责解释。")
    R.art("第十条", "本办法自发布之日起施行，有效期3年。")

    # ------------------------------------------------ 附件2: feedback form (flows on)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, before=12)
    add_par(doc, [("意见反馈表", XBS, 20, False)], align=C, indent=False, line=30, after=6)
    blank_form(doc, ["序号", "条款序号", "修改意见", "理由和依据"], [1.4, 2.4, 6.0, 5.6], 3, h=0.9)
    note2 = "注：本表可复制使用，请于2026年3月31日前反馈。"
    add_par(doc, [(note2, FS, 12, False)], size=12, indent=False, line=20, before=4)
    clauses.append(note2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于公开征求《宁波市跨境电子商务公共海外仓专项资金管理办法（征求意见稿）》意见的公告",
            "doc_number": "甬商务公〔2026〕4号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-02",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市跨境电子商务公共海外仓专项资金管理办法（征求意见稿）", "意见反馈表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def textbox_header(doc, lines, size=30):
    """Red organ mark typed into an (inline) VML text box, WPS/Word style."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:color w:val="FF0000"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr>'
        '<w:t>{t}</w:t></w:r></w:p>'.format(f=XBS, s=size * 2, t=t) for t in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:440pt;height:%dpt" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (28 * len(lines) + 6, paras))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    fmt(p, align=C, indent=False, line=12)
    p.paragraph_format.line_spacing = None
    return p


def doc_qinzhou():
    stem = "blind758_qinzhou_pianqu"
    doc = Document()
    setup(doc)
    clauses = []
    IND = SP * 2  # clerk indents with typed full-width spaces

    textbox_header(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"])
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 30, 1)
    empty(doc, 1)
    # title: one paragraph, manual line breaks (Shift+Enter)
    p = doc.add_paragraph()
    parts = ["中国（广西）自由贸易试验区钦州港片区",
             "管理委员会关于《钦州港片区西部陆海新通道",
             "跨境物流发展扶持办法（征求意见稿）》",
             "公开征求意见的公告"]
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=C, indent=False, line=33)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为深入贯彻落实《西部陆海新通道总体规划》，加快建设国际门户港，推动海铁联运、跨境公路运输和国际集装箱航线高质量发展，我委研究起草了《钦州港片区西部陆海新通道跨境物流发展扶持办法(征求意见稿)》，现公开征求社会各界意见。")
    body("征求意见时间为2026年4月9日至2026年5月8日。社会各界可通过以下方式反馈意见：")
    # three numbered items typed into ONE paragraph with soft line breaks
    items = ["1.登录钦州港片区门户网站“政民互动—意见征集”栏目在线提交；",
             "2.发送电子邮件至qzgpq_wlj@163.com，邮件标题注明“跨境物流扶持办法意见”；",
             "3.邮寄至广西钦州市钦州港区金海湾东大街1号钦州港片区管委会物流发展局(邮编:535008)，信封注明“意见征集”。"]
    p = doc.add_paragraph()
    for i, t in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    body("反馈意见时请留下真实姓名(单位名称)和联系方式，以便进一步沟通。联系电话:0777-3882165。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：1.钦州港片区西部陆海新通道跨境物流发展"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP * 7 + "扶持办法（征求意见稿）"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP * 5 + "2.意见反馈表"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 2)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, SP * 3 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, SP * 10 + "二〇二六年四月九日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ------------------------------------------------ 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("钦州港片区西部陆海新通道跨境物流发展扶持办法", XBS, 18, False)], align=C,
            indent=False, line=30, before=6)
    add_par(doc, [("(征求意见稿)", KT, 14, False)], align=C, indent=False, line=24, after=4)
    R = Rules(doc, clauses, size=14, line=22, ind=SP * 2)
    R.chapter("第一章　总　则")
    R.art("第一条", "为加快推进西部陆海新通道建设，提升钦州港片区跨境物流服务能力，促进港口、铁路、公路多式联运发展，根据《中国（广西）自由贸易试验区条例》等有关规定，结合片区实际，制定本办法。")
    R.art("第二条", "本办法适用于在钦州港片区依法登记注册、具有独立法人资格，从事国际集装箱班轮运输、海铁联运、跨境公路运输及相关物流服务的企业。")
    R.art("第三条", "片区管委会物流发展局负责本办法的组织实施，片区财政局负责扶持资金的预算安排和拨付监管。")
    R.chapter("第二章　扶持措施")
    R.section("第一节　海铁联运和国际航线")
    R.art("第四条", "对在钦州港开行西部陆海新通道海铁联运班列的企业，按照实际运输重箱量给予奖励：每标准箱奖励200元；发往或者来自共建“一带一路”国家的，每标准箱奖励300元。单个企业年度奖励总额不超过500万元。")
    R.art("第五条", "对新开辟钦州港至东盟、南亚、中东等国家和地区外贸集装箱航线的船公司，连续稳定运营满6个月且每月不少于4个航次的，给予一次性奖励100万元。")
    R.section("第二节　跨境公路和冷链物流")
    R.art("第六条", "对经凭祥、东兴等口岸开展中国—东盟跨境公路运输，并在钦州港片区集拼、分拨货物的企业，按照每车次1000元给予奖励，单个企业年度奖励不超过200万元。")
    R.art("第七条", "对在片区内新建冷库容积达到1万立方米以上的冷链物流项目，按照设备投资额的10%给予补助，最高不超过300万元。")
    R.chapter("第三章　申报和兑现")
    R.art("第八条", "扶持资金每年申报一次。企业应当在申报通知规定时限内提交申请表、运输单证、财务凭证等材料，并对材料的真实性负责。")
    R.art("第九条", "片区管委会物流发展局会同片区财政局对申报材料进行审核，必要时委托第三方机构核查。审核结果在片区门户网站公示7日，公示无异议后予以兑现。")
    R.chapter("第四章　附　则")
    R.art("第十条", "同一事项同时符合本办法和片区其他扶持政策的，按照“就高不重复”原则执行。")
    R.art("第十一条", "本办法由片区管委会物流发展局负责解释。")
    R.art("第十二条", "本办法自××××年××月××日起施行。")

    # ------------------------------------------------ 附件2 (flows on after 附件1)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, before=14)
    add_par(doc, [("意见反馈表", XBS, 20, False)], align=C, indent=False, line=30, after=6)
    blank_form(doc, ["姓名（单位）", "联系方式", "涉及条款", "修改意见及理由"],
               [3.2, 3.0, 2.4, 7.0], 3, h=1.0)
    empty(doc, 1, line=20)
    # 版记
    p = add_par(doc, [("抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室。", FS, 14, False)],
                size=14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("钦州港片区管委会党政办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年4月9日印发", FS, 14, False)], size=14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于《钦州港片区西部陆海新通道跨境物流发展扶持办法（征求意见稿）》公开征求意见的公告",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-04-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区西部陆海新通道跨境物流发展扶持办法（征求意见稿）", "意见反馈表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_kunming():
    stem = "blind758_kunming_tousu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # joint 版头: two organ names stacked, "公告" in a merged cell to the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "昆明市商务局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=31)
    set_cell(t.rows[1].cells[0], "昆明市投资促进局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=31)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "公告", XBS, 38, color=RED, line=42)
    cell_vcenter(m)
    set_widths(t, [9.6, 4.4])
    p = add_par(doc, "2026年第2号", align=C, indent=False, before=4)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=10)
    for tt in ("昆明市商务局" + SP + "昆明市投资促进局",
               "关于公开征求《昆明市外商投资企业投诉工作",
               "办法（征求意见稿）》意见的公告"):
        add_par(doc, [(tt, XBS, 22, False)], align=C, indent=False, line=31)
    empty(doc, 1, line=12)

    LINE = 25

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LINE)

    body("为保护外商投资合法权益，持续优化营商环境，我们起草了《昆明市外商投资企业投诉工作办法（征求意见稿）》，现向社会公开征求意见。有关事项如下：")
    for i, t in enumerate([
            "征求意见时间：2026年5月15日至6月14日。",
            "反馈方式：请将意见发送至电子邮箱kmswj_wzc@126.com，或者邮寄至昆明市商务局外国投资管理处（邮编650500）。",
            "联系电话：0871-63189247，0871-63195016。"]):
        p = add_par(doc, t, first=Pt(32), line=LINE)
        apply_num(p, n_head)  # "一、" comes from Word numbering, not typed text
        clauses.append("一二三"[i] + "、" + t)
    add_par(doc, "特此公告。", line=LINE)
    p = add_par(doc, "附件：1.昆明市外商投资企业投诉工作办法（征求意见稿）", indent=False, line=LINE)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    p = add_par(doc, "2.意见反馈表", indent=False, line=LINE)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1, line=LINE)
    # joint 落款 on one line with tab stops, date under the second organ
    p = add_par(doc, "\t昆明市商务局\t昆明市投资促进局", indent=False, line=LINE)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    p = add_par(doc, "\t2026年5月15日", indent=False, line=LINE)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.9))

    # ------------------------------------------------ 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("昆明市外商投资企业投诉工作办法", XBS, 20, False)], align=C, indent=False,
            line=30, before=6)
    add_par(doc, [("（征求意见稿）", KT, 14, False)], align=C, indent=False, line=24, after=4)
    R = Rules(doc, clauses, size=14, line=22)
    R.chapter("第一章　总则")
    R.art("第一条", "为及时有效处理外商投资企业投诉，保护外商投资合法权益，持续优化外商投资环境，根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《外商投资企业投诉工作办法》等规定，结合本市实际，制定本办法。")
    R.art("第二条", "本办法所称外商投资企业投诉，是指外商投资企业、外国投资者（以下统称投诉人）认为本市行政机关及其工作人员的行政行为侵犯其合法权益，向投诉工作机构申请协调解决的行为。")
    R.art("第三条", "市商务局会同市投资促进局设立昆明市外商投资企业投诉中心（以下简称市投诉中心），负责处理本市范围内的外商投资企业投诉。各县（市、区）人民政府、开发（度假）园区管委会应当指定部门或者机构负责本地区投诉工作。")
    R.chapter("第二章　投诉的提出与受理")
    R.art("第四条", "投诉人提出投诉，应当提交书面投诉材料。投诉材料应当包括下列内容：", items=[
        "（一）投诉人的姓名或者名称、通讯地址、联系人和联系方式；",
        "（二）被投诉行政机关的名称；",
        "（三）明确的投诉事项和投诉请求；",
        "（四）有关事实、证据和理由。"])
    R.art("第五条", "市投诉中心应当自收到完整投诉材料之日起7个工作日内作出是否受理的决定。",
          paras=["投诉人已就同一事项申请行政复议、提起行政诉讼且已被受理的，或者同一投诉事项已经由其他投诉工作机构受理、处理完毕的，市投诉中心不予受理，并书面告知投诉人。"])
    R.chapter("第三章　投诉处理")
    R.art("第六条", "市投诉中心受理投诉后，应当与投诉人和被投诉人进行充分沟通，了解情况，依法协调处理，推动投诉妥善解决。")
    R.art("第七条", "市投诉中心应当在受理投诉之日起60个工作日内办结；情况复杂的，经市投诉中心负责人批准，可以适当延长，延长期限不超过30个工作日。")
    R.art("第八条", "投诉处理按照下列方式办结：")
    heads = ["序号", "办结方式", "适用情形", "后续措施"]
    rows = [["1", "协调解决", "投诉人与被投诉人达成谅解", "签署书面协议并跟踪落实"],
            ["2", "提交工作建议", "被投诉行政机关行为存在不当", "向有关部门提出完善政策措施的建议"],
            ["3", "终止处理", "投诉人撤回投诉或者不再符合受理条件", "书面告知投诉人并说明理由"]]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=C if ci < 2 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append(row_clause(heads, row))
    set_widths(t, [1.4, 2.8, 5.7, 5.7])
    R.chapter("第四章　附则")
    R.art("第九条", "投诉工作人员应当依法履行职责，对在处理投诉过程中知悉的商业秘密、保密商务信息和个人隐私予以保密。")
    R.art("第十条", "香港特别行政区、澳门特别行政区、台湾地区投资者以及定居在国外的中国公民所投资企业的投诉工作，参照本办法执行。")
    R.art("第十一条", "本办法自印发之日起30日后施行。")

    # ------------------------------------------------ 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("意见反馈表", XBS, 22, False)], align=C, indent=False, line=36, after=12)
    blank_form(doc, ["序号", "意见建议提出人（单位）", "联系电话", "条款", "修改意见", "理由"],
               [1.4, 4.2, 3.2, 2.0, 6.0, 5.6], 5, h=1.3)
    note = "注：请于2026年6月14日前通过电子邮件或者信函方式反馈。"
    add_par(doc, [(note, FS, 14, False)], size=14, indent=False, line=24, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明市商务局" + SP + "昆明市投资促进局关于公开征求《昆明市外商投资企业投诉工作办法（征求意见稿）》意见的公告",
            "doc_number": "2026年第2号",
            "issuer": ["昆明市商务局", "昆明市投资促进局"],
            "date": "2026-05-15",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["昆明市外商投资企业投诉工作办法（征求意见稿）", "意见反馈表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
