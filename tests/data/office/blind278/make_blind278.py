# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 278: customs and tax documents (海关总署公告, 南宁海关通知, 河南省税务局公告 HTML,
黑龙江省商务厅/哈尔滨海关 联合通知).  Writes every file next to itself plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind278.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
LINE = Pt(28.95)  # 22 lines per page, GB/T 9704
IND2 = Pt(32)     # two characters of 三号
EXPECTED = {}


# ----------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, runs, align=None, indent=True, size=16, font=FS, line=LINE,
         before=0, after=0, right_indent=None, left_indent=None, keep=False):
    """runs: str or list of (text, font, bold) / str / '\\n' (soft line break)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = right_indent
    if left_indent is not None:
        pf.left_indent = left_indent
    if align is not None:
        p.alignment = align
    if keep:
        pf.keep_with_next = True
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if r == "\n":
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r, font, False)
        text, f, b = r[0], r[1], r[2]
        color = r[3] if len(r) > 3 else None
        sz = r[4] if len(r) > 4 else size
        run = p.add_run(text)
        set_font(run, f, sz, b, color)
    return p


def border(p, side, sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, SONG, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, SONG, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, SONG, size)


def setup(doc, landscape=False, section=None):
    sec = section or doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25) if not landscape else Mm(15)
    return sec


def footers(doc):
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup(doc)
    footers(doc)
    return doc


def cell_text(cell, text, size=12, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, pad=3):
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.space_before = Pt(pad)
    p.paragraph_format.space_after = Pt(pad)
    p.alignment = align
    run = p.add_run(text)
    set_font(run, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trpr.append(c)


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def banji(doc, cc, office, date):
    """版记: 抄送 + 印发机关/印发日期 between rules."""
    p = para(doc, [("抄送：", FS, False, None, 14), (cc, FS, False, None, 14)], indent=False,
             size=14, left_indent=Pt(14), right_indent=Pt(14))
    p.paragraph_format.first_line_indent = None
    border(p, "top", sz=8, color="000000")
    border(p, "bottom", sz=4, color="000000")
    p2 = para(doc, [(office, FS, False, None, 14), ("\t", FS, False, None, 14),
                    (date, FS, False, None, 14)], indent=False, size=14,
              left_indent=Pt(14), right_indent=Pt(14))
    p2.paragraph_format.tab_stops.add_tab_stop(Mm(156 - 5), alignment=2)  # right tab
    border(p2, "bottom", sz=8, color="000000")


def new_section(doc, landscape=False):
    """Section break carried by the previous paragraph (as Word does), not by an extra empty one."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body = doc.element.body
    ps = body.findall(qn("w:p"))
    carrier = ps[-1]
    sect = carrier.pPr.find(qn("w:sectPr"))
    prev = carrier.getprevious()
    if prev is not None and prev.tag == qn("w:p") and carrier.xpath("string(.)") == "":
        prev.get_or_add_pPr().append(sect)
        body.remove(carrier)
    return setup(doc, landscape=landscape, section=doc.sections[-1])


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_278",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stem_of(clause):
    return clause[:20]


# =========================================================== document 1
def doc_zongshu():
    """海关总署公告2025年第62号 — 保税维修产品目录（第四批）."""
    doc = new_doc()
    clauses = []
    specific = {}

    # 版头: 公告 form
    para(doc, [("海关总署公告", XBS, False, RED, 40)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=Pt(60), before=30)
    para(doc, "", indent=False)
    p = para(doc, "2025年第62号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)
    para(doc, [("关于公布综合保税区保税维修产品目录", XBS, False), "\n",
               ("（第四批）及有关监管要求的公告", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=Pt(36))
    para(doc, "", indent=False)

    def body(text, spec=None):
        para(doc, text)
        clauses.append(text)
        if spec:
            specific[stem_of(text)] = spec

    body("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，支持综合保税区发展"
         "保税维修业务，服务共建“一带一路”和制造业高端化发展，海关总署会同商务部、生态环境部研究"
         "确定了《综合保税区保税维修产品目录（第四批）》（以下简称《目录》，见附件）。现就有关事项"
         "公告如下：")
    body("一、综合保税区内企业可以按照《目录》开展以保税方式进境的维修业务（以下简称保税维修），"
         "维修对象为《目录》所列商品编号及商品名称对应的产品及其零部件。《目录》未列明的产品，"
         "不得以保税方式进境维修。")
    body("二、开展保税维修业务的企业应当具备相应的维修资质和生产能力，建立符合海关监管要求的"
         "信息化管理系统，对维修货物、维修用料件、维修后旧件和坏件实施全流程电子台账管理，"
         "并与海关联网。")
    body("三、保税维修货物在综合保税区内维修后应当全部复运出境；确需内销的，企业应当向主管海关"
         "申报，按照内销时的实际状态征收关税和进口环节税，涉及许可证件管理的，应当提交许可证件。")
    body("四、维修过程中替换下的旧件、坏件，原则上应当全部复运出境；确实无法复运出境的，"
         "不得擅自丢弃、转让或者内销，企业应当按照固体废物管理有关规定处置，属于危险废物的，"
         "交由具有相应资质的单位处置。")
    body("五、《目录》第三部分所列工程机械类产品（第11项至第15项）的保税维修业务，先在天津东疆"
         "综合保税区、上海外高桥港综合保税区、广州南沙综合保税区和重庆西永综合保税区开展试点，"
         "试点期限为2年。试点期间，由所在地直属海关会同当地商务、生态环境主管部门评估试点成效。",
         ["天津东疆综合保税区", "上海外高桥港综合保税区", "广州南沙综合保税区", "重庆西永综合保税区"])
    body("六、维修后复运出境的货物，企业可以选择在综合保税区主管海关申报，也可以在出境口岸海关"
         "申报；搭乘中欧班列出境的，可以在阿拉山口、霍尔果斯、满洲里、二连浩特等口岸海关办理"
         "出境手续。")
    body("七、各直属海关应当加强对保税维修业务的风险分析和监管。对未按照规定开展保税维修业务的"
         "企业，依照《中华人民共和国海关法》《中华人民共和国海关稽查条例》等有关规定处理。")
    body("八、本公告自2025年5月1日起施行。")
    para(doc, "特此公告。")
    para(doc, "", indent=False)
    para(doc, "附件：综合保税区保税维修产品目录（第四批）")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "海关总署", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(80))
    para(doc, "2025年4月3日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(64))

    # 附件 on a new page
    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, [("综合保税区保税维修产品目录（第四批）", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, line=Pt(36), after=12)

    R_AIR = "维修企业须取得民航主管部门颁发的维修单位许可；维修后全部复运出境"
    R_SHIP = "维修后全部复运出境；维修过程中产生的含油废物、废蓄电池按危险废物管理"
    R_MACH = "维修后全部复运出境；维修用进口料件单独设立电子账册管理"
    R_ELEC = "维修后全部复运出境；旧件、坏件按固体废物管理有关规定处置"
    R_ELEC2 = "仅限设备原制造商或其授权的维修企业开展"
    R_MED = "维修企业须取得医疗器械生产许可或备案凭证；维修后全部复运出境"
    groups = [
        ("一、航空航天类", [
            ("1", "8411121000", "推力超过25千牛顿的涡轮喷气发动机", R_AIR),
            ("2", "8411222000", "功率超过1100千瓦但不超过3730千瓦的涡轮螺桨发动机", R_AIR),
            ("3", "8411910000", "涡轮喷气发动机或涡轮螺桨发动机的零件", R_AIR),
            ("4", "8807300000", "飞机或直升机的其他零件", R_AIR),
            ("5", "9014201000", "航空器用自动驾驶仪", R_AIR),
            ("6", "8526911000", "航空器用无线电导航设备", R_AIR),
        ]),
        ("二、船舶及海洋工程装备类", [
            ("7", "8408100000", "船舶用压燃式活塞内燃发动机（柴油发动机）", R_SHIP),
            ("8", "8406810000", "输出功率超过40兆瓦的其他汽轮机", R_SHIP),
            ("9", "8483409000", "其他齿轮及齿轮传动装置、变速箱", R_SHIP),
            ("10", "9014801000", "船舶用导航仪器及装置", R_SHIP),
        ]),
        ("三、工程机械类", [
            ("11", "8429521200", "履带式挖掘机", R_MACH),
            ("12", "8429510000", "前铲装载机", R_MACH),
            ("13", "8426411000", "装有轮胎的自推进起重机", R_MACH),
            ("14", "8430411000", "钻探深度在6000米及以上的自推进石油钻机", R_MACH),
            ("15", "8431499000", "品目8426、8429、8430所列机械的其他零件", R_MACH),
        ]),
        ("四、电子信息类", [
            ("16", "8471300000", "重量不超过10千克的便携式自动数据处理设备", R_ELEC),
            ("17", "8517130000", "智能手机", R_ELEC),
            ("18", "8528521100", "专用或主要用于自动数据处理系统的液晶监视器", R_ELEC),
            ("19", "8542319000", "其他用作处理器及控制器的集成电路", R_ELEC),
            ("20", "8486209000", "制造半导体器件或集成电路用的其他机器及装置", R_ELEC2),
        ]),
        ("五、医疗器械类", [
            ("21", "9018121000", "彩色超声波诊断仪", R_MED),
            ("22", "9018130000", "核磁共振成像装置", R_MED),
            ("23", "9022120000", "X射线断层检查仪", R_MED),
            ("24", "9019200000", "臭氧治疗器、氧气治疗器、人工呼吸器及其他治疗用呼吸器具", R_MED),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(34), Mm(62), Mm(48)]
    col_widths(t, widths)
    heads = ["序号", "商品编号", "商品名称", "监管要求"]
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, font=HT, size=11)
    repeat_header(t.rows[0])
    r = 1
    for gname, items in groups:
        row = t.rows[r]
        cant_split(row)
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, gname, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        start = r
        # runs of equal 监管要求 -> vertically merged
        for no, code, name, req in items:
            row = t.rows[r]
            cant_split(row)
            cell_text(row.cells[0], no, pad=4)
            cell_text(row.cells[1], code, pad=4)
            cell_text(row.cells[2], name, align=WD_ALIGN_PARAGRAPH.LEFT, pad=4)
            clauses.append("序号：%s；商品编号：%s；商品名称：%s；监管要求：%s" % (no, code, name, req))
            r += 1
        # merge the 监管要求 column over runs of equal text
        i = 0
        while i < len(items):
            j = i
            while j + 1 < len(items) and items[j + 1][3] == items[i][3]:
                j += 1
            top = t.rows[start + i].cells[3]
            if j > i:
                top = top.merge(t.rows[start + j].cells[3])
            cell_text(top, items[i][3], align=WD_ALIGN_PARAGRAPH.LEFT)
            i = j + 1
    col_widths(t, widths)
    note = "注：商品编号以《中华人民共和国进出口税则》（2025年版）为准；商品名称仅供参考，以商品编号对应的商品范围为准。"
    para(doc, [(note, FS, False, None, 12)], indent=False, size=12, line=Pt(20), before=6)
    clauses.append(note)

    out = HERE / "blind278_zongshu_gonggao.docx"
    doc.save(out)
    to_pdf(out)
    EXPECTED["blind278_zongshu_gonggao"] = [{
        "meta": {
            "title": "关于公布综合保税区保税维修产品目录（第四批）及有关监管要求的公告",
            "doc_number": "海关总署公告2025年第62号",
            "issuer": ["海关总署"],
            "date": "2025-04-03",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2025-05-01",
            "expires": None,
            "attachments": ["综合保税区保税维修产品目录（第四批）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =========================================================== document 2
def doc_nanning():
    """南宁海关关于进一步支持综合保税区高质量发展服务面向东盟开放合作的通知 (南关发〔2025〕23号)."""
    doc = new_doc()
    clauses = []
    specific = {}
    SP = "　　"  # the clerk indents with two full-width spaces instead of a first-line indent

    para(doc, "", indent=False)
    para(doc, [("南宁海关文件", XBS, False, RED, 48)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
         indent=False, line=Pt(66), before=24, left_indent=Mm(12), right_indent=Mm(12))
    para(doc, "", indent=False)
    p = para(doc, "南关发〔2025〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)
    # title typed as two paragraphs (Enter), not a soft break
    para(doc, [("南宁海关关于进一步支持综合保税区", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=Pt(36))
    para(doc, [("高质量发展服务面向东盟开放合作的通知", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=Pt(36))
    para(doc, "", indent=False)
    para(doc, "关区各隶属海关，机关各处室、各直属单位：", indent=False)

    def body(runs, spec=None):
        if isinstance(runs, str):
            runs = [runs]
        para(doc, [SP] + runs, indent=False)
        text = "".join(r if isinstance(r, str) else r[0] for r in runs)
        clauses.append(text)
        if spec:
            specific[stem_of(text)] = spec

    def h1(text):
        para(doc, [SP, (text, HT, False)], indent=False, keep=True)

    def runin(head, rest, spec=None):
        body([(head, KT, True), rest], spec)

    body("为深入贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》和海关总署支持"
         "广西加快建设面向东盟开放合作的国际陆海贸易新通道门户的有关部署，推动关区综合保税区"
         "（以下简称综保区）提升能级、优化功能，更好服务中国（广西）自由贸易试验区建设和共建"
         "“一带一路”，结合关区实际，现就有关事项通知如下。")
    h1("一、支持综保区发展保税加工和保税服务")
    runin("（一）推广“保税+”新业态。",
          "支持关区各综保区开展保税研发、保税检测、保税展示交易等业务，对符合条件的企业实行"
          "“一企一策”服务，推行企业集团加工贸易监管模式和“自主备案、自定核销周期”管理。")
    runin("（二）扩大保税维修业务。",
          "支持钦州综合保税区、北海综合保税区内企业开展船舶、海洋工程装备及其零部件保税维修"
          "业务，支持南宁综合保税区内企业开展电子信息产品全球维修业务，维修产品范围按照海关"
          "总署公布的综合保税区保税维修产品目录执行。",
          ["钦州综合保税区", "北海综合保税区", "南宁综合保税区"])
    runin("（三）试点“保税+进口水果加工”。",
          "在凭祥综合保税区试点开展经友谊关口岸、凭祥铁路口岸进境的东盟水果保税仓储、分拣和"
          "初加工业务，加工后的产品可以内销或者复出口，内销时按照实际报验状态征税。",
          ["凭祥综合保税区"])
    h1("二、提升综保区通关便利化水平")
    runin("（四）深化“两步申报”和“提前申报”。",
          "关区各综保区进出境货物全面推广“两步申报”“提前申报”，对区内企业间的保税货物"
          "流转实行“自行运输、分送集报”，一线进出境货物平均通关时间较2024年压缩10%以上。")
    runin("（五）推进“智慧综保”建设。",
          "依托金关工程二期，推动综保区监管数字化转型：")
    body("1.在南宁综合保税区、钦州综合保税区率先应用“智能卡口+电子围网”监管系统，实现车辆"
         "自动核放、货物分类监管。",
         ["南宁综合保税区", "钦州综合保税区"])
    body("2.2025年12月底前，关区各综保区全面应用特殊区域管理系统和辅助管理系统，实现区内企业"
         "账册“一本账”管理。")
    runin("（六）支持跨境电商发展。",
          "支持南宁综合保税区、梧州综合保税区开展跨境电商网购保税进口（“1210”）和出口海外仓"
          "（“9810”）业务，允许跨境电商进口商品在区内开展“仓储+展示”；对经南宁吴圩国际机场"
          "进出境的跨境电商货物实行“7×24小时”预约通关。",
          ["南宁综合保税区", "梧州综合保税区"])
    h1("三、服务西部陆海新通道建设")
    runin("（七）推动“区港联动”。",
          "支持钦州综合保税区与钦州港东站、钦州港集装箱码头实行“区港一体化”监管，经海铁联运"
          "进出区的货物在区内办理报关手续，在港区直接装卸，不再重复查验。",
          ["钦州综合保税区"])
    runin("（八）支持中越跨境物流。",
          "对经凭祥（友谊关）、东兴口岸进出境的中越跨境公路运输货物，支持在凭祥综合保税区、"
          "防城港综合保税区开展集拼、分拨业务，实行“一次申报、分批进出”。",
          ["凭祥综合保税区", "防城港综合保税区"])
    runin("（九）强化统计监测。",
          "各隶属海关要按月对所辖综保区进出口数据开展监测分析，对进出口值连续两个季度下降的"
          "综保区，会同地方政府查找原因、提出改进措施。")
    h1("四、工作要求")
    body("各隶属海关要高度重视，明确责任部门和联系人，于每季度结束后10个工作日内将措施落实情况"
         "报南宁海关自贸区和特殊区域发展处。执行中遇到的问题，请及时报告。")
    body("本通知自印发之日起施行，有效期2年。")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "　　　　　　　　　　　　　　　　南宁海关", indent=False)
    para(doc, "　　　　　　　　　　　　　　2025年5月16日", indent=False)
    para(doc, "　　（此件公开发布）", indent=False)
    for _ in range(6):
        para(doc, "", indent=False)
    banji(doc, "海关总署自贸区和特殊区域发展司、综合业务司，广西壮族自治区商务厅，中国（广西）"
               "自由贸易试验区工作办公室。", "南宁海关办公室", "2025年5月19日印发")

    out = HERE / "blind278_nanning_tongzhi.docx"
    doc.save(out)
    to_pdf(out)
    EXPECTED["blind278_nanning_tongzhi"] = [{
        "meta": {
            "title": "南宁海关关于进一步支持综合保税区高质量发展服务面向东盟开放合作的通知",
            "doc_number": "南关发〔2025〕23号",
            "issuer": ["南宁海关"],
            "date": "2025-05-16",
            "published": "2025-05-19",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2025-05-19",
            "expires": "2027-05-18",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["关区各隶属海关", "机关各处室、各直属单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =========================================================== document 3 (HTML)
def doc_henan():
    clauses = []
    specific = {}
    ZS = ["中国（郑州）跨境电子商务综合试验区", "中国（洛阳）跨境电子商务综合试验区",
          "中国（南阳）跨境电子商务综合试验区", "中国（焦作）跨境电子商务综合试验区",
          "中国（许昌）跨境电子商务综合试验区"]
    FTZ = ["中国（河南）自由贸易试验区郑州片区", "中国（河南）自由贸易试验区开封片区",
           "中国（河南）自由贸易试验区洛阳片区"]
    title = "国家税务总局河南省税务局关于跨境电子商务出口退（免）税服务管理有关事项的公告"
    opening = ("为贯彻落实党中央、国务院关于促进外贸新业态新模式发展的决策部署，支持中国（河南）自由"
               "贸易试验区和跨境电子商务综合试验区建设，优化跨境电子商务出口退（免）税服务，根据"
               "《财政部 税务总局 商务部 海关总署关于跨境电子商务综合试验区零售出口货物税收政策的通知》"
               "（财税〔2018〕103号）、《国家税务总局关于发布〈出口货物劳务增值税和消费税管理办法〉"
               "的公告》（国家税务总局公告2012年第24号）等规定，现将有关事项公告如下：")
    arts = [
        (["第一条", "　本公告所称跨境电子商务出口，是指跨境电子商务企业以跨境电商企业对企业直接出口"
          "（海关监管方式代码“9710”）、跨境电商出口海外仓（海关监管方式代码“9810”）和跨境电商"
          "零售出口（海关监管方式代码“9610”）等方式出口货物。"], None),
        (["第二条", "　跨境电子商务企业以“9710”“9810”方式出口货物，符合出口退（免）税条件的，"
          "按照现行规定适用增值税、消费税退（免）税政策。"], None),
        (["第三条", "　在" + "、".join(ZS[:-1]) + "和" + ZS[-1] + "（以下统称综试区）注册，"
          "并在注册地跨境电子商务线上综合服务平台登记出口日期、货物名称、计量单位、数量、单价、"
          "金额的跨境电子商务零售出口企业，出口未取得有效进货凭证的货物，同时符合下列条件的，"
          "试行增值税、消费税免税政策：",
          "（一）出口货物通过综试区所在地海关办理电子商务出口申报手续；",
          "（二）出口货物不属于财政部和税务总局根据国务院决定明确取消出口退（免）税的货物；",
          "（三）企业应当在出口货物的次月增值税纳税申报期内，通过电子税务局报送《跨境电子商务"
          "零售出口货物免税申报明细表》。"], ZS),
        (["第四条", "　跨境电子商务出口企业应当在首次申报出口退（免）税时，通过电子税务局办理出口"
          "退（免）税备案，并勾选“跨境电子商务企业”标识；本公告施行前已办理备案的，应当于2025年"
          "6月30日前补充报送《跨境电子商务出口企业出口退（免）税备案补充信息表》。"], None),
        (["第五条", "　跨境电子商务出口企业以“9810”方式出口货物，应当在货物报关出口之日次月起至"
          "次年4月30日前的各增值税纳税申报期内，收齐退（免）税凭证及相关电子信息后，申报办理"
          "出口退（免）税。",
          "因海外仓销售周期较长，企业在上述期限内未实现销售的，可以凭海外仓仓储合同或者海外仓"
          "出入库记录等资料，向主管税务机关申请延期申报，延期期限最长不超过1年。"], None),
        (["第六条", "　在" + FTZ[0] + "、开封片区、洛阳片区注册的出口企业申报跨境电子商务出口"
          "退（免）税的，试行“无纸化单证备案”和“即报即审”，对出口企业管理类别为一类、二类的"
          "企业，税务机关在受理申报后1个工作日内办结退（免）税审核。"], FTZ),
        (["第七条", "　跨境电子商务出口货物经郑州新郑国际机场口岸、中欧班列（中豫号）等口岸和通道"
          "出境的，其出口报关单电子信息与出口退（免）税申报信息比对一致后，即可办理退（免）税，"
          "不受出境口岸和运输方式限制。"], None),
        (["第八条", "　税务机关应当加强跨境电子商务出口退（免）税风险防控，对虚构出口业务、虚开"
          "发票骗取出口退税的，依照《中华人民共和国税收征收管理法》等有关规定处理；涉嫌犯罪的，"
          "移送公安机关。"], None),
        (["第九条", "　本公告自2025年5月1日起施行。《国家税务总局河南省税务局关于跨境电子商务零售"
          "出口货物免税管理有关事项的公告》（国家税务总局河南省税务局公告2019年第3号）同时废止；"
          "《国家税务总局河南省税务局关于优化出口退（免）税服务有关事项的公告》（国家税务总局"
          "河南省税务局公告2020年第7号）第五条同时废止。"], None),
    ]
    clauses.append(opening)
    html_arts = []
    for parts, spec in arts:
        label, first = parts[0], parts[1]
        text = "\n".join([label + first] + parts[2:])
        clauses.append(text)
        if spec:
            specific[stem_of(text)] = spec
        h = '<p style="text-indent: 2em; line-height: 2em;"><strong>%s</strong>%s</p>' % (label, first)
        for extra in parts[2:]:
            # the CMS dropped the style on follow-on paragraphs; the editor typed 　　 instead
            h += '\n<p>　　%s</p>' % extra
        html_arts.append(h)

    page = """<!DOCTYPE html>
<!-- saved from url=(0079)https://henan.chinatax.gov.cn/hnsw/zcwj/bjwj/202503/t20250328_1185276.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-03-28 16:30">
<meta name="ContentSource" content="货物和劳务税处">
<meta name="ColumnName" content="本局文件">
<title>{title}_国家税务总局河南省税务局</title>
<link rel="stylesheet" href="./t20250328_1185276_files/common.css">
<style>
 .w1200{{width:1200px;margin:0 auto}} .crumb{{font-size:14px;color:#666;padding:12px 0}}
 .xxgk td{{border:1px solid #ddd;padding:6px 10px;font-size:14px}} .xxgk th{{background:#f3f6fb;font-weight:normal}}
 .TRS_Editor p{{font-size:18px;font-family:仿宋_GB2312,仿宋;margin:0}}
 .fj a{{color:#0a56a8}} .foot{{background:#1e4e9c;color:#fff;font-size:13px;padding:18px 0}}
</style>
</head>
<body>
<div class="top w1200">
  <div class="logo"><img src="./t20250328_1185276_files/logo.png" alt="国家税务总局河南省税务局"></div>
  <div class="topr"><a href="https://henan.chinatax.gov.cn/">首页</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
</div>
<div class="nav w1200"><ul>
  <li><a href="#">首页</a></li><li><a href="#">税务信息</a></li><li class="on"><a href="#">政策文件</a></li>
  <li><a href="#">纳税服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">政府信息公开</a></li>
</ul></div>
<div class="crumb w1200">当前位置：<a href="#">首页</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">税收政策</a> &gt; <a href="#">本局文件</a></div>
<div class="main w1200">
<table class="xxgk" cellspacing="0" cellpadding="0" width="100%">
 <tbody>
 <tr><th>索&nbsp;引&nbsp;号：</th><td>11410000MB1K02317X/2025-00418</td><th>主题分类：</th><td>税收政策\\出口退（免）税</td></tr>
 <tr><th>发布机构：</th><td>国家税务总局河南省税务局</td><th>成文日期：</th><td>2025年03月26日</td></tr>
 <tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{title}</td></tr>
 <tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>国家税务总局河南省税务局公告2025年第2号</td><th>发布日期：</th><td>2025年03月28日</td></tr>
 <tr><th>有&nbsp;效&nbsp;性：</th><td colspan="3">有效</td></tr>
 </tbody>
</table>
<div class="article">
 <h1 class="title">{title}</h1>
 <div class="info">发布时间：2025-03-28 16:30&nbsp;&nbsp;&nbsp;&nbsp;来源：货物和劳务税处&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&nbsp;&nbsp;<a href="#">【打印】</a></div>
 <div class="TRS_Editor">
<p style="text-align: center; line-height: 2em;">国家税务总局河南省税务局公告</p>
<p style="text-align: center; line-height: 2em;">2025年第2号</p>
<p style="text-align: center; line-height: 2em;"><br></p>
<p style="text-align: center; line-height: 2em;"><strong>{title}</strong></p>
<p style="text-align: center; line-height: 2em;"><br></p>
<p style="text-indent: 2em; line-height: 2em;">{opening}</p>
{arts}
<p style="text-indent: 2em; line-height: 2em;">特此公告。</p>
<p style="text-indent: 2em; line-height: 2em;"><br></p>
<p style="text-indent: 2em; line-height: 2em;">附件：<a href="./t20250328_1185276_files/P020250328571204.docx">1.跨境电子商务出口企业出口退（免）税备案补充信息表</a></p>
<p style="text-indent: 5em; line-height: 2em;"><a href="./t20250328_1185276_files/P020250328571389.xlsx">2.跨境电子商务零售出口货物免税申报明细表</a></p>
<p style="text-indent: 2em; line-height: 2em;"><br></p>
<p style="text-align: right; line-height: 2em;">国家税务总局河南省税务局</p>
<p style="text-align: right; line-height: 2em;">2025年3月26日&nbsp;&nbsp;&nbsp;&nbsp;</p>
 </div>
 <div class="fj">相关解读：<a href="#">关于《国家税务总局河南省税务局关于跨境电子商务出口退（免）税服务管理有关事项的公告》的解读</a></div>
 <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>&nbsp;&nbsp;&nbsp;<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
 <div class="pagenav">
  <p>上一篇：<a href="#">国家税务总局河南省税务局关于发布《河南省出口退（免）税企业分类管理实施办法》的公告</a></p>
  <p>下一篇：<a href="#">国家税务总局河南省税务局关于市场采购贸易方式出口货物免税管理有关事项的公告</a></p>
 </div>
</div>
</div>
<div class="foot"><div class="w1200">
 <p>主办单位：国家税务总局河南省税务局&nbsp;&nbsp;地址：郑州市金水区（示例地址）&nbsp;&nbsp;纳税服务热线：12366</p>
 <p>网站标识码：bm29410001&nbsp;&nbsp;豫ICP备05012345号&nbsp;&nbsp;豫公网安备 41010502001234号</p>
</div></div>
</body></html>
""".format(title=title, opening=opening, arts="\n".join(html_arts))
    (HERE / "blind278_henan_gonggao.html").write_text(page, encoding="utf-8")
    EXPECTED["blind278_henan_gonggao"] = [{
        "meta": {
            "title": title,
            "doc_number": "国家税务总局河南省税务局公告2025年第2号",
            "issuer": ["国家税务总局河南省税务局"],
            "date": "2025-03-26",
            "published": "2025-03-28",
            "level": "provincial",
            "region": "河南省",
            "effective": "2025-05-01",
            "expires": None,
            "attachments": ["跨境电子商务出口企业出口退（免）税备案补充信息表",
                            "跨境电子商务零售出口货物免税申报明细表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《国家税务总局河南省税务局关于跨境电子商务零售出口货物免税管理有关事项的公告》"
                       "（国家税务总局河南省税务局公告2019年第3号）；《国家税务总局河南省税务局关于优化"
                       "出口退（免）税服务有关事项的公告》（国家税务总局河南省税务局公告2020年第7号）第五条",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =========================================================== document 4
def doc_heilongjiang():
    """黑龙江省商务厅 哈尔滨海关关于进一步促进边民互市贸易规范发展的通知 (黑商联发〔2025〕9号)."""
    doc = new_doc()
    clauses = []
    specific = {}

    # joint 版头 as a borderless 2x2 table, "文件" merged over both rows
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Mm(112), Mm(40)])
    for i, name in enumerate(["黑龙江省商务厅", "哈尔滨海关"]):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(54)
        set_font(p.add_run(name), XBS, 38, False, RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 38, False, RED)
    para(doc, "", indent=False)
    p = para(doc, "黑商联发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)
    para(doc, [("黑龙江省商务厅 哈尔滨海关", XBS, False), "\n",
               ("关于进一步促进边民互市贸易规范发展的通知", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=Pt(36))
    para(doc, "", indent=False)
    para(doc, "黑河、牡丹江、鸡西、佳木斯、双鸭山、伊春、鹤岗市商务局，大兴安岭地区行署商务局，"
              "哈尔滨海关各隶属海关：", indent=False)

    def body(runs, spec=None):
        if isinstance(runs, str):
            runs = [runs]
        para(doc, runs, line=Pt(27))
        text = "".join(r if isinstance(r, str) else r[0] for r in runs)
        clauses.append(text)
        if spec:
            specific[stem_of(text)] = spec

    def h1(text):
        para(doc, [(text, HT, False)], keep=True)

    def runin(head, rest, spec=None):
        body([(head, KT, False), rest], spec)

    body("为贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》和国家关于边民互市贸易管理"
         "的有关规定，进一步规范我省边民互市贸易秩序，推动互市贸易与落地加工融合发展，助力共建"
         "“一带一路”和中俄地方合作，现就有关事项通知如下。")
    h1("一、规范互市贸易经营")
    runin("（一）明确互市主体。",
          "边民互市贸易的主体为持有边境地区居民身份证明的边民。边民可以自愿组建互助组或者边民"
          "合作社集中申报。边民不得出租、出借本人身份证明，不得为他人代办"
          "互市申报。")
    runin("（二）严格互市地点。",
          "边民互市贸易应当在附件所列互市点内进行。各互市点的开放时间、监管海关按照附件执行，"
          "未列入附件的地点一律不得开展边民互市贸易。")
    runin("（三）落实免税额度。",
          "边民通过互市贸易进口的生活用品（列入边民互市进口商品不予免税清单的除外），每人每日"
          "价值在人民币8000元以下的，免征进口关税和进口环节税；超过部分照章征税。")
    h1("二、推动互市商品落地加工")
    runin("（四）开展落地加工试点。",
          "在黑河市爱辉区、绥芬河市、东宁市开展边民互市进口商品落地加工试点，支持互市商品由试点"
          "地区加工企业就地加工，重点发展大豆、油菜籽、木材、水产品等加工产业。",
          ["黑河市爱辉区", "绥芬河市", "东宁市"])
    runin("（五）规范收购结算。",
          "落地加工企业收购互市进口商品，应当通过边民互市贸易服务平台完成交易结算，做到“货、款、"
          "票”一致；商务主管部门会同所在地海关对落地加工企业实行名录管理。")
    h1("三、优化互市通关监管")
    runin("（六）保障冬季冰上运输。",
          "同江市、抚远市互市点在黑龙江封冻期间经浮箱固冰通道运输互市商品的，所在地海关实行"
          "“随到随检”，每日开放时间可以延长至18时。",
          ["同江市", "抚远市"])
    runin("（七）推进信息化监管。",
          "全面应用边民互市贸易服务平台，推动互市申报、查验、征税、结算全流程线上办理：")
    body("1.边民应当通过边民互市贸易服务平台手机应用程序进行身份认证和交易申报，实现“刷脸”通关。")
    body("2.海关对互市商品实施风险布控，对超出免税额度的部分依法征税，对涉嫌走私的移交缉私部门处理。")
    runin("（八）严格检疫准入。",
          "对从俄罗斯阿穆尔州、滨海边疆区等地进口的粮食、水果、水产品等动植物"
          "源性互市商品，海关依法实施检疫；暂未获得检疫准入的商品，一律不得通过互市贸易进口。")
    h1("四、加强组织保障")
    body("各边境市（地）商务主管部门要会同所在地海关建立互市贸易联席会议机制，每半年向省商务厅、"
         "哈尔滨海关报送一次互市贸易运行情况，重大问题及时报告。")
    body("本通知自2025年7月1日起施行，有效期至2027年6月30日。《黑龙江省商务厅 哈尔滨海关关于规范"
         "边民互市贸易管理的通知》（黑商联发〔2021〕5号）同时废止。")
    para(doc, "", indent=False)
    para(doc, "附件：黑龙江省边民互市点一览表")
    para(doc, "", indent=False)
    para(doc, "黑龙江省商务厅　　　　　　　　　哈尔滨海关", align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False, right_indent=Pt(48))
    para(doc, "2025年6月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(64))
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    new_section(doc, landscape=True)
    para(doc, [("附件", HT, False)], indent=False)
    para(doc, [("黑龙江省边民互市点一览表", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, line=Pt(36), after=10)
    rows = [
        ("1", "黑河市", "爱辉区", "黑河边民互市贸易区", "8:30—17:30", "黑河海关"),
        ("2", "黑河市", "逊克县", "逊克边民互市贸易点", "9:00—16:00", "逊克海关"),
        ("3", "牡丹江市", "绥芬河市", "绥芬河边民互市贸易区", "8:30—17:30", "绥芬河海关"),
        ("4", "牡丹江市", "东宁市", "东宁边民互市贸易区", "8:30—17:00", "东宁海关"),
        ("5", "鸡西市", "密山市", "当壁镇边民互市点", "9:00—16:30", "密山海关"),
        ("6", "鸡西市", "虎林市", "吉祥边民互市点", "9:00—16:30", "虎林海关"),
        ("7", "佳木斯市", "同江市", "同江边民互市点", "9:00—16:00", "同江海关"),
        ("8", "佳木斯市", "抚远市", "抚远边民互市点", "9:00—16:00", "抚远海关"),
        ("9", "双鸭山市", "饶河县", "饶河边民互市点", "9:00—16:00", "饶河海关"),
        ("10", "伊春市", "嘉荫县", "嘉荫边民互市点", "9:00—15:30", "嘉荫海关"),
        ("11", "鹤岗市", "萝北县", "名山边民互市点", "9:00—15:30", "萝北海关"),
        ("12", "大兴安岭地区", "漠河市", "洛古河边民互市点（季节性）", "9:00—15:00", "漠河海关"),
    ]
    heads = ["序号", "市（地）", "县（市、区）", "互市点名称", "开放时间", "监管海关"]
    t = doc.add_table(rows=len(rows) + 1, cols=6)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(16), Mm(36), Mm(34), Mm(68), Mm(38), Mm(33)]
    col_widths(t, widths)
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, font=HT, size=12)
    repeat_header(t.rows[0])

    def merge_runs(col):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col]:
                j += 1
            top = t.rows[i + 1].cells[col]
            if j > i:
                top = top.merge(t.rows[j + 1].cells[col])
            cell_text(top, rows[i][col], size=12)
            i = j + 1

    for k, r in enumerate(rows):
        for c in (0, 2, 3, 5):
            cell_text(t.rows[k + 1].cells[c], r[c], size=12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, r)))
        specific[stem_of(clauses[-1])] = [r[2], r[3]]
    merge_runs(1)   # 市（地）
    merge_runs(4)   # 开放时间 (equal neighbours merged too)
    col_widths(t, widths)
    note = ("注：开放时间为北京时间。黑龙江封冻期和流冰期期间各互市点的开放安排，由所在地海关另行"
            "公告。")
    para(doc, [(note, FS, False, None, 12)], indent=False, size=12, line=Pt(20), before=6)
    clauses.append(note)

    # 版记 on the last page, back in portrait
    new_section(doc)
    for _ in range(17):
        para(doc, "", indent=False)
    banji(doc, "海关总署口岸监管司、自贸区和特殊区域发展司，商务部对外贸易司；省财政厅、"
               "省公安厅，国家税务总局黑龙江省税务局。", "黑龙江省商务厅办公室", "2025年6月12日印发")

    out = HERE / "blind278_heilongjiang_tongzhi.docx"
    doc.save(out)
    to_pdf(out)
    EXPECTED["blind278_heilongjiang_tongzhi"] = [{
        "meta": {
            "title": "黑龙江省商务厅 哈尔滨海关关于进一步促进边民互市贸易规范发展的通知",
            "doc_number": "黑商联发〔2025〕9号",
            "issuer": ["黑龙江省商务厅", "哈尔滨海关"],
            "date": "2025-06-10",
            "published": "2025-06-12",
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2025-07-01",
            "expires": "2027-06-30",
            "attachments": ["黑龙江省边民互市点一览表"],
            "doc_type": "通知",
            "recipients": ["黑河、牡丹江、鸡西、佳木斯、双鸭山、伊春、鹤岗市商务局",
                           "大兴安岭地区行署商务局", "哈尔滨海关各隶属海关"],
            "publicity": "此件公开发布",
            "repeals": "《黑龙江省商务厅 哈尔滨海关关于规范边民互市贸易管理的通知》（黑商联发〔2021〕5号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    doc_zongshu()
    doc_nanning()
    doc_henan()
    doc_heilongjiang()
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
