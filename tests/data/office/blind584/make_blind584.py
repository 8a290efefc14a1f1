# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 584: 边民互市贸易 (西双版纳 / 德宏 / 瑞丽)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    af = ascii_font or east
    run.font.name = af
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), af)
    rf.set(qn("w:hAnsi"), af)
    if color is not None:
        run.font.color.rgb = color


def para(doc, runs, align=None, indent=True, line=28, before=0, after=0, container=None):
    """runs: list of (text, east, size, bold) or plain str. '\n' in text -> soft break."""
    c = container if container is not None else doc
    p = c.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, east, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ascii_font = r[5] if len(r) > 5 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, east, size, bold, color, ascii_font)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1, container=None):
    c = container if container is not None else doc
    for _ in range(n):
        p = c.add_paragraph()
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)


def bottom_border(p, color="FF0000", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def setup(doc):
    s = doc.sections[0]
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer: — page —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14, ascii_font="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for tag, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        elif txt == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14, ascii_font="宋体")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, header, rows, merges, widths, left_cols=()):
    """rows: list of lists (full, filled-down values). merges: list of (col, r0, r1)
    (data-row indices, inclusive) merged vertically. Returns clause strings."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 12)
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    merged_cells = set()
    for col, r0, r1 in merges:
        for k in range(r0 + 1, r1 + 1):
            merged_cells.add((k, col))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in merged_cells:
                t.cell(i + 1, j).text = ""
            else:
                al = WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.cell(i + 1, j), v, FS, 12, align=al)
    for col, r0, r1 in merges:
        top = t.cell(r0 + 1, col)
        val = rows[r0][col]
        m = top.merge(t.cell(r1 + 1, col))
        al = WD_ALIGN_PARAGRAPH.LEFT if col in left_cols else WD_ALIGN_PARAGRAPH.CENTER
        cell_text(m, val, FS, 12, align=al)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h.replace("\n", ""), v.replace("\n", "")) for h, v in zip(header, row)))
    return clauses


def red_header(doc, organ_text, size=36, spacing=None, scale=None, lead=True):
    if lead:
        empty(doc, 1)
    p = para(doc, [(organ_text, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    if scale:
        rpr = p.runs[0]._element.get_or_add_rPr()
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    if spacing:
        rpr = p.runs[0]._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return p


def docno_line(doc, no):
    empty(doc, 1)
    p = para(doc, [(no, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    empty(doc, 1)


def banji(doc, cc, printer, pdate):
    """版记 at end of document."""
    empty(doc, 2)
    p = para(doc, [("抄送：", FS, 14, False), (cc, FS, 14, False)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 4, top=True)
    bottom_border(p, "000000", 4)
    pad = max(2, 28 - len(printer) - 9)
    p = para(doc, [("  " + printer + "\u3000" * pad + pdate + "印发", FS, 14, False)], indent=False)
    bottom_border(p, "000000", 12)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_584", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None,
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ doc 1
def make_xishuangbanna():
    stem = "blind584_xishuangbanna_tongzhi"
    doc = Document()
    setup(doc)
    red_header(doc, "西双版纳傣族自治州人民政府文件", 26, lead=False)
    docno_line(doc, "西政发〔2026〕7号")
    title = "西双版纳傣族自治州人民政府关于印发《西双版纳傣族自治州边民互市贸易管理办法》的通知"
    para(doc, [("西双版纳傣族自治州人民政府\n关于印发《西双版纳傣族自治州边民互市\n贸易管理办法》的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "各县（市）人民政府，州直各委、办、局，西双版纳景洪工业园区管委会：", indent=False)
    n_clauses = [
        "现将《西双版纳傣族自治州边民互市贸易管理办法》印发给你们，请结合实际，认真贯彻执行。",
        "各县（市）人民政府、州直有关部门要按照职责分工，抓紧完善配套措施，确保办法各项规定落到实处。执行中遇到的问题，请及时向州商务局反馈。",
    ]
    for c in n_clauses:
        para(doc, c)
    empty(doc, 1)
    # 落款 by manual spaces
    para(doc, [("\u3000" * 10 + "西双版纳傣族自治州人民政府", FS, 16, False)], indent=False)
    para(doc, [("\u3000" * 15 + "2026年3月6日", FS, 16, False)], indent=False)
    para(doc, "（此件公开发布）")

    # ---- 办法 on new page
    btitle = "西双版纳傣族自治州边民互市贸易管理办法"
    p = para(doc, [(btitle, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc)

    chapters = [
        ("第一章　总　则", [
            ("第一条", "为规范边民互市贸易秩序，促进边境地区经济社会发展，保障边民合法权益，根据《中华人民共和国海关法》等有关法律法规和国家关于促进边境贸易创新发展的政策规定，结合本州实际，制定本办法。"),
            ("第二条", "本办法所称边民互市贸易，是指边境地区边民在国务院批准的开放口岸、边境指定地点或者经批准设立的边民互市贸易区（点），在规定金额或者数量范围内进行的商品交换活动。"),
            ("第三条", "本办法适用于本州行政区域内磨憨口岸、打洛口岸以及勐腊县勐满、景洪市勐龙等经批准设立的边民互市贸易区（点）开展的边民互市贸易活动。"),
            ("第四条", "州人民政府统一领导全州边民互市贸易工作。州商务局是边民互市贸易的主管部门，负责统筹协调、监督管理和政策指导；州财政、公安、市场监管、税务等部门以及海关、移民管理机构按照各自职责做好相关工作。"),
            ("第五条", "县（市）人民政府是本辖区边民互市贸易管理的责任主体，负责互市贸易区（点）的规划建设、日常管理和边民组织工作。"),
        ]),
        ("第二章　经营主体", [
            ("第六条", "参与边民互市贸易的边民，应当同时符合下列条件：", [
                "（一）具有中华人民共和国国籍，户籍登记在本州边境县（市）行政区域内；",
                "（二）年满18周岁，具有完全民事行为能力；",
                "（三）持有效居民身份证及边民证；",
                "（四）自愿加入边民互助组并签订互助协议。",
            ]),
            ("第七条", "边民互助组由同一边境乡（镇）的边民自愿组成，每组人数一般为20人至50人，由所在乡（镇）人民政府指导成立，报县（市）商务主管部门备案。"),
            ("第八条", "边民互助组应当推选组长1名，负责组织组员开展交易、收集申报资料、协调处理组内事务。\n组长不得代替组员签署交易确认或者收取组员应得收益。"),
            ("第九条", "境外边民进入互市贸易区（点）从事交易的，应当持有效出入境证件，接受出入境边防检查机关查验。"),
        ]),
        ("第三章　交易管理", [
            ("第十条", "边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；超过8000元的，对超出部分按照规定征收进口关税和进口环节税。"),
            ("第十一条", "边民互市进口商品实行清单管理。列入《边民互市进口商品清单》（见附表）的商品方可通过边民互市贸易方式进口；清单由州商务局会同有关部门根据国家政策调整情况适时修订。"),
            ("第十二条", "边民互市贸易应当遵守下列规定：", [
                "（一）交易在互市贸易区（点）内进行，不得在区（点）外交易；",
                "（二）交易双方真实、自愿，交易商品为边民自用或者按照规定进入落地加工环节；",
                "（三）如实向海关申报，不得虚报、瞒报、伪报；",
                "（四）不得出借、出租本人边民证件或者利用他人名义进行交易；",
                "（五）不得进口国家禁止进境的物品。",
            ]),
            ("第十三条", "边民互市贸易结算应当通过边民本人银行账户办理，鼓励以人民币结算。金融机构应当为边民开立账户、办理跨境结算提供便利。"),
            ("第十四条", "互市贸易区（点）运营单位应当建设交易申报、资金结算、通关监管一体化信息平台，实现边民身份核验、交易申报、资金结算和物流信息“四流合一”。"),
        ]),
        ("第四章　口岸与通道", [
            ("第十五条", "依托中老铁路和昆曼国际公路，推动磨憨口岸边民互市贸易与铁路货运、跨境物流协同发展，支持中老铁路沿线西双版纳站、勐腊站开展互市商品集散、仓储和分拨业务。"),
            ("第十六条", "打洛口岸、勐满通道等互市贸易区（点）应当按照“一区（点）一策”的原则，完善查验、仓储、停车等配套设施。互市贸易区（点）每日开放时间原则上为8:00至18:00，遇节假日或者特殊情况需要调整的，由县（市）人民政府提前向社会公告。"),
            ("第十七条", "鼓励将边民互市进口商品用于境内落地加工。对在本州行政区域内开展互市商品落地加工的企业，符合条件的，可以按照规定享受有关扶持政策。"),
        ]),
        ("第五章　监督管理", [
            ("第十八条", "州商务局应当会同有关部门建立边民互市贸易联合监管机制，定期开展联合检查，依法查处违规行为。"),
            ("第十九条", "县（市）商务主管部门应当建立边民及边民互助组信用档案，对有下列行为之一的，取消其参与边民互市贸易资格，1年内不予恢复：", [
                "（一）出借、出租边民证件的；",
                "（二）利用边民身份为他人进口商品牟利的；",
                "（三）虚报交易信息骗取税收优惠的。",
            ]),
            ("第二十条", "违反本办法规定，构成走私行为的，由海关依法处理；构成犯罪的，依法追究刑事责任。"),
            ("第二十一条", "有关部门及其工作人员在边民互市贸易管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规给予处分。"),
        ]),
        ("第六章　附　则", [
            ("第二十二条", "本办法所称边民，是指边境县（市）行政区域内具有户籍的居民。本办法所称互市贸易区（点），是指经国家或者省人民政府批准设立、具备监管条件的边民互市贸易场所。"),
            ("第二十三条", "各县（市）人民政府可以根据本办法制定实施细则。"),
            ("第二十四条", "本办法由州商务局负责解释。"),
            ("第二十五条", "本办法自2026年4月1日起施行，有效期5年。2019年12月18日州人民政府印发的《西双版纳傣族自治州边民互市贸易管理暂行办法》（西政发〔2019〕23号）同时废止。"),
        ]),
    ]
    b_clauses = []
    for ci, (chap, arts) in enumerate(chapters):
        if ci:
            empty(doc)
        para(doc, [(chap, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for art in arts:
            num, text = art[0], art[1]
            # 第X条 in 黑体 run, full-width space, body in 仿宋
            para(doc, [(num, HT, 16, False), ("\u3000" + text, FS, 16, False)])
            b_clauses.append(num + "\u3000" + text.replace("\n", ""))
            for item in (art[2] if len(art) > 2 else []):
                para(doc, item)
                b_clauses.append(item)

    # ---- 附表
    p = para(doc, [("附表", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, [("边民互市进口商品清单", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    header = ["商品类别", "商品名称", "备注"]
    rows = [
        ["粮食类", "大米", "须随附出口国官方植物检疫证书"],
        ["粮食类", "玉米", "须随附出口国官方植物检疫证书"],
        ["粮食类", "绿豆、红豆等杂豆", "须随附出口国官方植物检疫证书"],
        ["水果类", "香蕉", "仅限老挝、缅甸原产，经指定监管作业场所进境"],
        ["水果类", "西瓜", "仅限老挝、缅甸原产，经指定监管作业场所进境"],
        ["水果类", "火龙果", "仅限老挝、缅甸原产，经指定监管作业场所进境"],
        ["水果类", "百香果", "仅限老挝、缅甸原产，经指定监管作业场所进境"],
        ["农副产品类", "咖啡生豆", "鼓励落地加工"],
        ["农副产品类", "天然橡胶（烟胶片、标准胶）", "鼓励落地加工"],
        ["农副产品类", "茶叶（毛茶）", "不含精制包装茶"],
        ["中药材类", "砂仁", "须符合进境植物检疫要求"],
        ["中药材类", "石斛（鲜）", "同上"],
        ["日用消费品类", "木制家具及木制品", "不含濒危物种木材制品"],
        ["日用消费品类", "竹编、藤编等手工编织品", "单票价值不超过8000元"],
    ]
    merges = [(0, 0, 2), (2, 0, 2), (0, 3, 6), (2, 3, 6), (0, 7, 9), (2, 7, 8), (0, 10, 11), (0, 12, 13)]
    b_clauses += data_table(doc, header, rows, merges, [3.2, 5.6, 6.8], left_cols=(2,))

    banji(doc, "州委各部门，州人大常委会办公室，州政协办公室，州法院，州检察院，西双版纳军分区。",
          "西双版纳傣族自治州人民政府办公室", "2026年3月9日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {"meta": meta(title=title, doc_number="西政发〔2026〕7号", issuer=["西双版纳傣族自治州人民政府"],
                      date="2026-03-06", published="2026-03-09", level="municipal", region="西双版纳傣族自治州",
                      attachments=[], doc_type="通知",
                      recipients=["各县（市）人民政府", "州直各委、办、局", "西双版纳景洪工业园区管委会"],
                      publicity="此件公开发布"),
         "clauses": n_clauses},
        {"meta": meta(title=btitle, doc_number="西政发〔2026〕7号", issuer=["西双版纳傣族自治州人民政府"],
                      date="2026-03-06", published="2026-03-09", level="municipal", region="西双版纳傣族自治州",
                      effective="2026-04-01", expires="2031-03-31", attachments=["边民互市进口商品清单"],
                      doc_type="办法", recipients=[], publicity=None,
                      repeals="《西双版纳傣族自治州边民互市贸易管理暂行办法》（西政发〔2019〕23号）"),
         "clauses": b_clauses},
    ]
    return path


# ================================================================ doc 2
def make_dehong():
    stem = "blind584_dehong_tongzhi"
    doc = Document()
    setup(doc)
    red_header(doc, "德宏傣族景颇族自治州人民政府办公室文件", 26, scale=80)
    docno_line(doc, "德政办发〔2026〕4号")
    title = "德宏傣族景颇族自治州人民政府办公室关于进一步规范边民互市贸易管理推动互市商品落地加工的通知"
    para(doc, [("德宏傣族景颇族自治州人民政府办公室\n关于进一步规范边民互市贸易管理\n推动互市商品落地加工的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "各县（市）人民政府，州级各部门，中央、省驻德宏有关单位：", indent=False)
    clauses = []

    def body(text, runs=None, manual=False):
        """manual=True: indentation typed with two full-width spaces instead of first-line indent."""
        if runs is None:
            runs = [(text, FS, 16, False)]
        if manual:
            runs = [("\u3000\u3000", FS, 16, False)] + runs
        para(doc, runs, indent=not manual)
        clauses.append("".join(r[0] for r in runs).strip("\u3000 ").replace("\n", ""))

    def runin(num, head, text, manual=False):
        runs = [(num, KT, 16, True), (head, KT, 16, True), (text, FS, 16, False)]
        body(None, runs, manual)

    def h1(text):
        para(doc, [(text[:2], HT, 16, False), (text[2:], HT, 16, False)])

    body("近年来，我州依托瑞丽、畹町、章凤、盈江等口岸，边民互市贸易规模持续扩大，对促进边民增收、稳边固边发挥了重要作用，但也存在边民参与度不高、“边民代理”、以互市之名行一般贸易之实等问题。为贯彻落实国家和省关于促进边境贸易创新发展的决策部署，进一步规范边民互市贸易管理，推动互市商品落地加工，经州人民政府同意，现就有关事项通知如下：")
    h1("一、总体要求")
    body("坚持“放得开、管得住、促发展”的原则，以边民增收为核心，以落地加工为方向，加快推动边民互市贸易由“通道经济”向“产业经济”转变。到2027年底，全州边民互市贸易额力争达到150亿元，互市商品落地加工率达到60%以上。", manual=True)
    h1("二、重点任务")
    runin("（一）", "规范边民身份管理。", "各县（市）要对辖区内边民开展全面核查，建立边民信息数据库，实行“一人一档”动态管理。边民证由县（市）公安机关按规定核发，有效期3年。")
    runin("（二）", "严格执行免税额度。", "边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税。严禁拆分交易、重复申报，严禁借用他人边民身份突破免税额度。")
    runin("（三）", "推进互市贸易区（点）标准化建设。", "对照海关监管要求，完善姐告、畹町、弄岛、章凤、拉影、那邦等互市贸易区（点）的查验、监控、结算设施，2026年底前全部实现“刷脸”通关。各互市贸易区（点）基本情况见下表。", manual=True)
    para(doc, [("德宏州边民互市贸易区（点）一览表", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    header = ["序号", "县（市）", "互市贸易区（点）", "依托口岸", "备注"]
    rows = [
        ["1", "瑞丽市", "姐告边民互市贸易区", "瑞丽口岸", "国家一类口岸"],
        ["2", "瑞丽市", "畹町互市贸易点", "畹町口岸", "国家一类口岸"],
        ["3", "瑞丽市", "弄岛互市贸易点", "瑞丽口岸", "2026年新增"],
        ["4", "陇川县", "章凤互市贸易区", "章凤口岸", "省级口岸"],
        ["5", "陇川县", "拉影互市贸易点", "章凤口岸", "省级口岸"],
        ["6", "盈江县", "那邦互市贸易点", "盈江口岸", "国家二类口岸"],
    ]
    clauses.extend(data_table(doc, header, rows, [(1, 0, 2), (1, 3, 4), (4, 3, 4)], [1.4, 2.4, 4.6, 3.0, 3.6]))
    runin("（四）", "推动互市商品落地加工。", "支持各县（市）引进培育坚果、咖啡、红木、中药材等互市商品落地加工企业，对使用互市进口商品开展加工的企业，按照以下标准给予支持：")
    body("1.对年度使用互市商品货值1000万元以上的企业，按照货值的1%给予奖补，单户最高不超过100万元。")
    body("2.对新建落地加工项目固定资产投资超过2000万元的，优先纳入州级重点项目库，优先保障用地、用能。")
    body("3.对落地加工企业吸纳边民就业的，按照规定落实就业补贴政策。")
    runin("（五）", "创新跨境结算方式。", "推动瑞丽市、陇川县、盈江县银行机构开展边民互市跨境人民币结算业务，探索边民互市贸易“线上申报、线上结算”模式，结算资金直接划入边民本人账户。")
    runin("（六）", "强化物流通道支撑。", "加快推进大瑞铁路建设，加强与中老铁路、昆明国际陆港的联动，支持互市商品通过铁路、公路联运进入内地市场，降低物流成本。")
    h1("三、保障措施")
    runin("（一）", "加强组织领导。", "州人民政府成立边民互市贸易工作协调小组，由分管副州长任组长，州商务局、州财政局、州公安局、州市场监管局、州税务局和瑞丽海关等单位为成员，协调小组办公室设在州商务局。")
    runin("（二）", "强化联合监管。", "州商务局要会同瑞丽海关、州公安局、州市场监管局等部门，建立常态化联合执法机制，对违规行为依法依规严肃处理。")
    runin("（三）", "抓好督促落实。", "各县（市）人民政府要于每季度结束后10日内将工作进展情况报送州商务局，州商务局汇总后报州人民政府。")
    body("本通知自2026年3月1日起施行，有效期至2028年12月31日。《德宏傣族景颇族自治州人民政府办公室关于加强边民互市贸易管理的通知》（德政办发〔2020〕31号）同时废止。")
    body("联系人：州商务局对外贸易和口岸科　刀晓燕，联系电话：0692-2125837。")
    empty(doc)
    para(doc, "附件：1.德宏州边民互市进口商品负面清单（2026年版）")
    para(doc, "\u3000\u3000\u3000  2.德宏州边民互助组备案登记表")
    empty(doc, 3)
    para(doc, [("\u3000" * 7 + "德宏傣族景颇族自治州人民政府办公室", FS, 16, False)], indent=False)
    para(doc, [("\u3000" * 13 + "二〇二六年二月十二日", FS, 16, False)], indent=False)
    para(doc, "（此件公开发布）")
    banji(doc, "州委办公室，州人大常委会办公室，州政协办公室，州纪委州监委办公室。",
          "德宏州人民政府办公室", "2026年2月13日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {"meta": meta(title=title, doc_number="德政办发〔2026〕4号",
                      issuer=["德宏傣族景颇族自治州人民政府办公室"], date="2026-02-12", published="2026-02-13",
                      level="municipal", region="德宏傣族景颇族自治州", effective="2026-03-01", expires="2028-12-31",
                      attachments=["德宏州边民互市进口商品负面清单（2026年版）", "德宏州边民互助组备案登记表"],
                      doc_type="通知", recipients=["各县（市）人民政府", "州级各部门", "中央、省驻德宏有关单位"],
                      publicity="此件公开发布",
                      repeals="《德宏傣族景颇族自治州人民政府办公室关于加强边民互市贸易管理的通知》（德政办发〔2020〕31号）"),
         "clauses": clauses},
    ]
    return path


# ================================================================ doc 3 (Word auto-numbering)
NUMBERING_XML = (
    '<w:abstractNum %s w:abstractNumId="58">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/></w:rPr></w:lvl>'
    '</w:abstractNum>' % nsdecls("w"))


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING_XML)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="58"><w:abstractNumId w:val="58"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 58


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = None


def make_ruili():
    stem = "blind584_ruili_tongzhi"
    doc = Document()
    setup(doc)
    nid = add_numbering(doc)
    # joint 版头 as a borderless layout table: two organs left, 文件 right
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "瑞丽市商务局", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "瑞丽市财政局", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 30, color=RED)
    for row in t.rows:
        row.cells[0].width = Cm(10)
        row.cells[1].width = Cm(4)
        row.height = Cm(1.5)
    docno_line(doc, "瑞商联发〔2026〕3号")
    title = "瑞丽市商务局 瑞丽市财政局关于组织申报2025年度边民互市进口商品落地加工奖补资金的通知"
    para(doc, [("瑞丽市商务局\u3000瑞丽市财政局\n关于组织申报2025年度边民互市进口商品\n落地加工奖补资金的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "各乡镇人民政府，勐卯街道办事处，市直有关部门，各有关企业：", indent=False)
    clauses = []

    def body(text):
        para(doc, text)
        clauses.append(text)

    def auto(level, head, text, rendered_num=None):
        """auto-numbered paragraph; returns nothing. head bold 楷体 for level 1."""
        if level == 0:
            p = para(doc, [(head, HT, 16, False)])
        elif level == 1:
            p = para(doc, [(head, KT, 16, True), (text, FS, 16, False)])
            clauses.append(rendered_num + head + text)
        else:
            p = para(doc, [(text, FS, 16, False)])
            clauses.append(rendered_num + text)
        set_num(p, nid, level)
        return p

    body("为贯彻落实《德宏傣族景颇族自治州人民政府办公室关于进一步规范边民互市贸易管理推动互市商品落地加工的通知》（德政办发〔2026〕4号）精神，用好用活边民互市贸易政策，促进互市商品在瑞丽落地加工，经市人民政府同意，现就组织申报2025年度边民互市进口商品落地加工奖补资金有关事项通知如下：")
    auto(0, "申报对象", None)
    auto(1, "申报主体。", "在瑞丽市行政区域内依法登记注册、具有独立法人资格，2025年1月1日至2025年12月31日期间使用边民互市进口商品开展落地加工的企业。", "（一）")
    auto(1, "申报条件。", "申报企业应当同时满足以下条件：", "（二）")
    auto(2, None, "加工使用的互市商品通过姐告、畹町、弄岛等互市贸易区（点）以边民互市贸易方式进口，且交易、结算、物流信息可追溯；", "1.")
    auto(2, None, "2025年度使用互市商品货值不低于200万元；", "2.")
    auto(2, None, "近3年内无重大安全生产、环境污染事故，未被列入严重失信主体名单。", "3.")
    auto(0, "奖补标准", None)
    body("奖补资金按照企业2025年度实际使用边民互市进口商品货值分类计算，具体标准如下：")
    header = ["商品类别", "加工方式", "奖补标准", "单户年度\n奖补上限"]
    rows = [
        ["坚果类", "初加工（脱壳、分级）", "按互市商品使用货值的1%奖补", "50万元"],
        ["坚果类", "精深加工（烘焙、调味、包装）", "按互市商品使用货值的1.5%奖补", "50万元"],
        ["咖啡类", "生豆精选、烘焙", "按互市商品使用货值的1.5%奖补", "80万元"],
        ["红木类", "家具及工艺品制作", "按互市商品使用货值的0.8%奖补", "100万元"],
        ["中药材类", "切制、干燥等饮片加工", "按互市商品使用货值的1%奖补", "30万元"],
        ["其他类", "经市商务局认定的其他加工方式", "按互市商品使用货值的0.5%奖补", "20万元"],
    ]
    clauses.extend(data_table(doc, header, rows, [(0, 0, 1), (3, 0, 1)], [2.6, 5.0, 5.4, 2.6]))
    body("同一企业同一批次商品不得重复申报，单户企业年度奖补总额最高不超过100万元。")
    auto(0, "申报材料", None)
    for s in ["1．瑞丽市边民互市进口商品落地加工奖补资金申报表（附件1）；",
              "2．企业营业执照复印件；",
              "3．2025年度互市商品采购合同、边民互市交易申报单及结算凭证；",
              "4．加工产品销售发票及生产记录；",
              "5．申报材料真实性承诺书（附件2）。"]:
        body(s)
    auto(0, "申报时间及方式", None)
    body("申报时间为2026年3月20日至2026年4月20日。申报企业须将纸质材料一式三份（加盖企业公章）报送至瑞丽市政务服务中心商务窗口，逾期不予受理。")
    auto(0, "工作要求", None)
    auto(1, "严格审核把关。", "市商务局、市财政局要会同姐告边境经济合作区管委会、畹町经济开发区管委会对申报材料进行联合审核，必要时开展实地核查，审核结果在市人民政府门户网站公示5个工作日。", "（一）")
    auto(1, "加强资金监管。", "对弄虚作假、骗取奖补资金的企业，追回已拨付资金，3年内取消申报资格，并依法依规追究相关责任。", "（二）")
    body("联系人及电话：市商务局外贸科　杨丽，0692-4141526；市财政局经建股　段明，0692-4128830。")
    empty(doc)
    para(doc, "附件：1．瑞丽市边民互市进口商品落地加工奖补资金申报表")
    para(doc, "\u3000" * 5 + "2．申报材料真实性承诺书")
    empty(doc, 3)
    # joint 落款 as borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 0), "瑞丽市商务局", FS, 16)
    cell_text(lt.cell(0, 1), "瑞丽市财政局", FS, 16)
    para(doc, [("\u3000" * 16 + "2026年3月16日", FS, 16, False)], indent=False)
    para(doc, "（此件公开发布）")
    banji(doc, "德宏州商务局，德宏州财政局，市人民政府办公室。", "瑞丽市商务局办公室", "2026年3月17日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {"meta": meta(title=title, doc_number="瑞商联发〔2026〕3号", issuer=["瑞丽市商务局", "瑞丽市财政局"],
                      date="2026-03-16", published="2026-03-17", level="county", region="瑞丽市",
                      attachments=["瑞丽市边民互市进口商品落地加工奖补资金申报表", "申报材料真实性承诺书"],
                      doc_type="通知", recipients=["各乡镇人民政府", "勐卯街道办事处", "市直有关部门", "各有关企业"],
                      publicity="此件公开发布"),
         "clauses": clauses},
    ]
    return path


def main():
    paths = [make_xishuangbanna(), make_dehong(), make_ruili()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
