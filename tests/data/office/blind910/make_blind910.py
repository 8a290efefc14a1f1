# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 910: 境外经贸合作区企业入驻协议与入区须知 — Word + PDF + expected.json.

A  blind910_zj_shifan    浙江省商务厅 浙江省发展改革委 联合印发入驻协议示范文本的通知（附件 示范文本，章+条）
B  blind910_lh_xieyi     中哈（阿克托别）农机产业合作区企业入驻协议（双方信息表 + 条款 + 附件 入区须知）
C  blind910_yl_baogao    玉林市商务局关于磅湛合作区企业入驻及协议签订情况的报告（上行文，签发人，特急，附件明细表）
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, isize=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(isize * 2)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, name=FS, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color]); a tuple
    ('BR',) inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, name, size, False)]
    for r in runs:
        if r == ("BR",):
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, fn, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), fn, sz, bold, color)
    kw.setdefault("isize", size)
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def field(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6), footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """fix column widths the way Word stores them: tblGrid + tcW + fixed layout"""
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = tblPr.find(qn("w:tblLayout"))
    if lay is None:
        lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
        tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    table.autofit = False
    for row in table.rows:
        seen = set()
        for i, w in enumerate(cms):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = c._tc.grid_span
            c.width = Cm(sum(cms[i:i + span]))


def data_table(doc, header, rows, clauses, size=12, col_w=None, aligns=None,
               hdr_font=HT, keys=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, hdr_font, size, line=round(size * 1.5 + 2))
    repeat_header(t.rows[0])
    keys = keys or header
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            a = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=a, line=round(size * 1.5 + 2))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    if col_w:
        widths(t, col_w)
    return t


def banji(doc, cc, printer, date_txt, size=14):
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(size)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_910", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (一、 / （一）) -----------------------------------
_next_abs = [910]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


CN = "一二三四五六七八九十"


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         attachments=(), effective=None, expires=None, publicity=None, repeals=None,
         published=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer),
            "date": date, "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires,
            "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity, "repeals": repeals}


# =================================================================== DOC A
def doc_zhejiang():
    stem = "blind910_zj_shifan"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # ---- joint red header: two organ names stacked, "文件" merged on the right
    empty(doc, 1, line=20)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "浙江省商务厅", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.rows[1].cells[0], "浙江省发展和改革委员会", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, align=C, line=48)
    widths(t, [11.6, 3.8])
    empty(doc, 1)
    p = add_par(doc, "浙商务联发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # ---- title, one paragraph, manual breaks at odd places
    add_par(doc, [("浙江省商务厅 浙江省发展和改革委员会", XBS, 22, False), ("BR",),
                  ("关于印发《浙江省境外经贸合作区企业", XBS, 22, False), ("BR",),
                  ("入驻协议（示范文本）》的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，各省级境外经贸合作区实施企业：", indent=False)

    def body(tx):
        clauses.append(tx)
        add_par(doc, tx)

    def numitem(h, tx):
        clauses.append("%s、%s%s" % (CN[numitem.k], h, tx))
        numitem.k += 1
        p = add_par(doc, [(h, HT, 16, False), (tx, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)
    numitem.k = 0

    body("为贯彻落实推动共建“一带一路”高质量发展有关部署，规范境外经贸合作区（以下简称合作区）招商入驻行为，保障合作区实施企业和入驻企业的合法权益，省商务厅、省发展改革委组织编制了《浙江省境外经贸合作区企业入驻协议（示范文本）》（以下简称《示范文本》），现印发给你们，并就有关事项通知如下：")
    numitem("规范使用示范文本。", "各合作区实施企业与拟入驻企业签订入驻协议时，应当参照使用《示范文本》，结合合作区所在国法律法规对条款进行补充、细化，但不得减损入驻企业依法享有的权利。")
    numitem("做好入区企业信息报送。", "各合作区实施企业应当于每季度结束后10个工作日内，通过浙江省境外投资服务平台报送新签入驻协议及入区企业变动情况；入驻协议发生重大变更、解除或者出现重大纠纷的，应当在5个工作日内报告所在设区市商务局。")
    numitem("加强指导服务。", "各设区市商务局要加强政策宣传和风险提示，引导企业审慎评估东道国政治、法律、汇率和安全风险，依法办理境外投资备案（核准）手续。")
    body("《示范文本》自2026年4月1日起施行，有效期至2030年12月31日。《浙江省境外经贸合作区入区企业协议指引（试行）》（浙商务发〔2021〕87号）同时废止。")
    empty(doc, 1)
    # 附件 line: long title wraps by itself in Word
    add_par(doc, "附件：浙江省境外经贸合作区企业入驻协议（示范文本）")
    empty(doc, 2)
    # joint 落款 on one line typed with full-width spaces, date under it
    add_par(doc, "浙江省商务厅" + "\u3000" * 5 + "浙江省发展和改革委员会", indent=False,
            first=Pt(48))
    p = add_par(doc, "2026年2月26日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page: the model agreement, 章 + 第X条
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省境外经贸合作区企业入驻协议", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("（示范文本）", KT, 16, False)], align=C, indent=False)

    def chap(tx):
        p = add_par(doc, [(tx, HT, 16, False)], align=C, indent=False)
        p.paragraph_format.keep_with_next = True

    def art(num, first_line, items=()):
        clauses.append(num + "\u3000" + first_line + "".join(items))
        add_par(doc, [(num, HT, 16, False), ("\u3000" + first_line, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chap("第一章　总　　则")
    art("第一条", "为明确境外经贸合作区实施企业（以下简称甲方）与入驻企业（以下简称乙方）的权利义务，根据《中华人民共和国民法典》及合作区所在国有关法律法规，甲乙双方在平等、自愿的基础上，订立本协议。")
    art("第二条", "甲方、乙方的基本情况以本协议所附《协议双方信息表》为准，所列内容发生变更的，变更一方应当在15日内书面通知对方。")
    chap("第二章　入驻资源和费用")
    art("第三条", "甲方向乙方提供下列入驻资源：", [
        "（一）土地使用权转让或者租赁；",
        "（二）标准厂房、仓库或者办公用房租赁；",
        "（三）水、电、通信、道路等配套基础设施接入。"])
    art("第四条", "乙方按约定向甲方支付土地使用费（或者租金）、物业管理费和公共服务费。以东道国货币结算的，按付款日东道国中央银行公布的汇率折算。甲方代办投资许可、工作签证等手续的收费项目和标准应当公示。")
    chap("第三章　双方权利义务")
    art("第五条", "甲方应当按约定交付入驻资源，协助乙方享受东道国优惠政策，及时通报安全风险信息，依法保护乙方商业秘密。")
    art("第六条", "乙方应当遵守东道国法律法规和合作区管理规定，按约定用途使用入驻资源，履行环境保护、安全生产和劳工保护责任，依法办理境外投资备案（核准）手续。")
    chap("第四章　附　　则")
    art("第七条", "因本协议发生的争议，双方协商解决；协商不成的，提交中国国际经济贸易仲裁委员会仲裁。")
    art("第八条", "本协议一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。")
    empty(doc, 1)
    banji(doc, "抄送：商务部对外投资和经济合作司，国家发展改革委外资司。",
          "浙江省商务厅办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "浙江省商务厅 浙江省发展和改革委员会关于印发《浙江省境外经贸合作区企业入驻协议（示范文本）》的通知",
            "浙商务联发〔2026〕9号", ["浙江省商务厅", "浙江省发展和改革委员会"], "2026-02-26",
            "provincial", "浙江省", "通知",
            ["各设区市商务局", "各省级境外经贸合作区实施企业"],
            ["浙江省境外经贸合作区企业入驻协议（示范文本）"],
            effective="2026-04-01", expires="2030-12-31", publicity="此件公开发布",
            repeals="《浙江省境外经贸合作区入区企业协议指引（试行）》（浙商务发〔2021〕87号）"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_luha():
    stem = "blind910_lh_xieyi"
    doc = Document()
    setup(doc, body_font=SONG, body_size=12, margins=(2.54, 2.54, 3.0, 2.6), footer="pages")
    clauses = []
    S = 12

    def par(runs, **kw):
        kw.setdefault("line", 22)
        return add_par(doc, runs, size=S, name=SONG, **kw)

    par("协议编号：LHHK-RZ-2026-023", align=R, indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("中哈（阿克托别）农机产业合作区", HT, 22, False), ("BR",),
                  ("企业入驻协议", HT, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=20)
    par([("协议双方信息表", HT, 14, False)], align=C, indent=False, after=4)

    # two-level merged header: 项目 | 协议双方 -> 甲方 / 乙方
    rows = [
        ["单位名称", "山东鲁哈国际产业园运营管理有限公司", "潍坊华犁农业装备股份有限公司"],
        ["统一社会信用代码", "91370100MA3T5K8R2X", "91370700553317486G"],
        ["注册地址", "山东省济南市历下区经十路13777号", "山东省潍坊市坊子区凤山路1888号"],
        ["法定代表人", "孙兆军", "刘德厚"],
        ["授权代表", "贾晓明（副总经理）", "陈立波（海外事业部总经理）"],
        ["联系电话", "0531-86915520", "0536-7605183"],
        ["电子邮箱", "zhaoshang@luhapark.com", "overseas@huali-agri.com"],
        ["开户银行及账号", "中国银行济南历下支行 2350 0118 2265", "中国工商银行潍坊坊子支行 1607 0031 0920 0156 873"],
    ]
    keys = ["项目", "协议双方／甲方（运营方）", "协议双方／乙方（入驻企业）"]
    t = doc.add_table(rows=2 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.rows[0].cells[0].merge(t.rows[1].cells[0])
    set_cell(a, "项目", HT, 10.5)
    b = t.rows[0].cells[1].merge(t.rows[0].cells[2])
    set_cell(b, "协议双方", HT, 10.5)
    set_cell(t.rows[1].cells[1], "甲方（运营方）", HT, 10.5)
    set_cell(t.rows[1].cells[2], "乙方（入驻企业）", HT, 10.5)
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, SONG, 10.5, align=C if j == 0 else L)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [3.2, 6.1, 6.1])
    empty(doc, 1, line=16)

    def body(tx):
        clauses.append(tx)
        par(tx)

    body("甲方系经山东省商务厅备案、负责中哈（阿克托别）农机产业合作区(以下简称\"合作区\")开发建设和运营管理的境内实施企业；乙方拟在合作区内投资设立农业机械组装生产项目。双方依据《中华人民共和国民法典》、哈萨克斯坦共和国有关法律法规及合作区管理规定，经平等协商，就乙方入驻合作区事宜达成如下协议：")

    def art(num, head, tx):
        clauses.append(num + head + tx)
        par([(num, HT, S, False), (head, HT, S, False), (tx, SONG, S, False)])

    def art_items(num, head, items):
        """items typed with Shift+Enter inside the article paragraph"""
        clauses.append(num + head + "".join(items))
        runs = [(num, HT, S, False), (head, HT, S, False)]
        for it in items:
            runs += [("BR",), ("\u3000\u3000" + it, SONG, S, False)]
        par(runs)

    art("第一条 ", "入驻项目。", "乙方在合作区内设立全资子公司“华犁农机（阿克托别）有限责任公司”（以下简称项目公司），从事拖拉机、播种机、联合收割机的组装、销售和售后服务，项目计划总投资1200万美元，分两期建设，其中一期投资680万美元。")
    art("第二条  ", "入驻资源。", "甲方向乙方提供的入驻资源及费用如下表所列：")
    cap = par([("入驻资源及费用明细表（金额单位：美元）", HT, 10.5, False)], align=C, indent=False, before=4)
    cap.paragraph_format.keep_with_next = True
    data_table(doc, ["序号", "资源项目", "位置及规格", "数量", "单价", "年度费用"], [
        ["1", "工业用地租赁", "合作区二期B-07地块", "40000平方米", "1.2美元/平方米·年", "48000"],
        ["2", "标准厂房租赁", "3号标准厂房，单层钢结构，檐高12米", "6000平方米", "3.5美元/平方米·月", "252000"],
        ["3", "办公用房租赁", "综合服务楼5层", "320平方米", "6美元/平方米·月", "23040"],
        ["4", "物业管理费", "按厂房及办公用房建筑面积计", "6320平方米", "0.4美元/平方米·月", "30336"],
        ["合计", "—", "—", "—", "—", "353376"],
    ], clauses, size=10.5, col_w=[1.2, 2.7, 4.0, 2.2, 3.4, 1.9], hdr_font=HT)
    empty(doc, 1, line=12)
    art("第三条\u3000", "费用支付。", "土地租赁费按年度支付，厂房、办公用房租金及物业管理费按季度支付，乙方应当于每期开始前10日内支付至甲方指定账户。首期费用于项目公司注册完成后15日内支付。上述费用不含哈萨克斯坦共和国增值税，增值税由乙方依法承担。")
    art("第四条 ", "交付。", "甲方应当于2026年5月31日前将B-07地块及3号标准厂房交付乙方使用，交付时双方共同签署《入驻资源交付确认书》。")
    art_items("第五条 ", "甲方权利义务。", [
        "（一）按时交付入驻资源，保证供电、供水、道路、排水及网络通信正常；",
        "（二）协助项目公司办理哈萨克斯坦共和国投资优惠合同、建筑许可、劳务许可等手续；",
        "（三）为乙方外派人员提供签证邀请、入境接机和临时住宿等便利服务；",
        "（四）每季度向乙方通报合作区安全形势，组织开展安全培训和应急演练。"])
    art_items("第六条 ", "乙方权利义务。", [
        "（一）按约定支付各项费用，按约定用途使用入驻资源；",
        "（二）遵守合作区入区须知（见附件）及各项管理制度；",
        "（三）项目公司雇用当地员工比例不低于70%，并按当地法律缴纳社会保险；",
        "（四）未经甲方书面同意，不得将入驻资源转租、转借或者用于抵押。"])
    art("第七条 ", "协议期限。", "本协议有效期自2026年4月1日起至2031年3月31日止。期满乙方要求续租的，应当在期满前6个月书面提出，同等条件下乙方享有优先承租权。")
    art("第八条 ", "违约责任。", "乙方逾期支付费用的，每逾期一日按应付未付金额的0.05%支付违约金；逾期超过90日的，甲方有权解除本协议。甲方逾期交付入驻资源的，按同一标准向乙方支付违约金。")
    art("第九条 ", "不可抗力。", "因战争、动乱、自然灾害、疫情或者东道国政府征收等不可抗力事件致使本协议不能履行的，受影响一方应当在事件发生后15日内书面通知对方，并根据影响程度部分或者全部免除责任。")
    art("第十条 ", "争议解决。", "因履行本协议发生争议的，双方协商解决；协商不成的，提交中国国际经济贸易仲裁委员会按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁裁决是终局的，对双方均有约束力。")
    art("第十一条 ", "其他。", "本协议未尽事宜，双方另行签订补充协议。本协议一式四份，甲乙双方各执两份，具有同等法律效力。")
    par("附件：中哈（阿克托别）农机产业合作区入区须知")
    par("（以下无正文）", align=C, indent=False)
    empty(doc, 1, line=20)
    # signature block: borderless layout table
    sig = doc.add_table(rows=4, cols=2)
    cells = [
        ("甲方（盖章）：山东鲁哈国际产业园运营管理有限公司", "乙方（盖章）：潍坊华犁农业装备股份有限公司"),
        ("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
        ("签订日期：2026年3月18日", "签订日期：2026年3月18日"),
        ("签订地点：山东省济南市", ""),
    ]
    for i, (x, y) in enumerate(cells):
        set_cell(sig.rows[i].cells[0], x, SONG, S, align=L, line=30)
        set_cell(sig.rows[i].cells[1], y, SONG, S, align=L, line=30)
    widths(sig, [7.7, 7.7])

    # ---- 附件 入区须知 on its own page
    page_break(doc)
    par([("附件", HT, 14, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("中哈（阿克托别）农机产业合作区入区须知", XBS, 18, False)], align=C,
            indent=False, line=32)
    empty(doc, 1, line=16)

    def head(tx):
        p = par([(tx, HT, S, False)], before=4)
        p.paragraph_format.keep_with_next = True

    head("一、入区手续")
    body("1.入驻企业签订入驻协议后，应当在30日内向合作区综合服务中心提交营业执照、境外投资备案证明（《企业境外投资证书》）、法定代表人身份证明及项目公司注册文件复印件各一份。")
    body("2.入驻企业装修、改建厂房或者增设设备基础的，应当提前15个工作日向合作区工程管理部提交施工方案，经审核同意后方可施工。")
    head("二、安全生产与消防")
    body("1．入驻企业是本企业安全生产第一责任主体，应当配备专（兼）职安全管理人员，特种作业人员须持东道国认可的资格证书上岗。")
    body("2．厂区内严禁吸烟和私拉乱接电线。动火作业须办理《动火作业许可证》，并安排专人现场监护。")
    body("3．合作区每季度组织一次消防联合检查，入驻企业应当配合并按期整改发现的隐患。")
    head("三、人员与出入管理")
    body("1.中方外派人员入境后7日内应当到合作区综合服务中心登记，并按规定办理临时居留登记。")
    body("2.车辆凭合作区通行证出入，货物出区须持出门单，夜间(22:00—次日6:00)原则上不办理大宗货物出区。")
    body("3.入驻企业应当尊重当地风俗习惯和宗教信仰，妥善处理劳资关系，发生劳动争议的，应当及时报告合作区劳资协调办公室。")
    h, tx = "四、其他。", "本须知由甲方负责解释。合作区综合服务中心24小时值班电话：+7 7132 55 18 06。"
    clauses.append(h + tx)
    par([(h, HT, S, False), (tx, SONG, S, False)], before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "中哈（阿克托别）农机产业合作区企业入驻协议", "LHHK-RZ-2026-023",
            ["山东鲁哈国际产业园运营管理有限公司", "潍坊华犁农业装备股份有限公司"],
            "2026-03-18", "other", None, "协议", [],
            ["中哈（阿克托别）农机产业合作区入区须知"],
            effective="2026-04-01", expires="2031-03-31"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yulin():
    stem = "blind910_yl_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000012", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("玉林市商务局", XBS, 44, False, RED)], align=C, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, [("玉商务报〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("覃立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title typed as three separate paragraphs, split where the clerk pressed Enter
    for seg in ("玉林市商务局关于中国—柬埔寨（磅湛）", "农产品加工合作区2025年度企业入驻及",
                "协议签订情况的报告"):
        add_par(doc, [(seg, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区商务厅：", indent=False)

    IND = "\u3000\u3000"  # indentation typed with full-width spaces

    def body(tx):
        clauses.append(tx)
        add_par(doc, IND + tx, indent=False)

    def head(tx):
        p = add_par(doc, [(IND + tx, HT, 16, False)], indent=False)
        p.paragraph_format.keep_with_next = True

    def runin(h, tx):
        clauses.append(h + tx)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (tx, FS, 16, False)], indent=False)

    body("根据《自治区商务厅关于报送2025年度境外经贸合作区建设运营情况的通知》（桂商合函〔2025〕412号）要求，现将中国—柬埔寨（磅湛）农产品加工合作区（以下简称磅湛合作区）2025年度企业入驻情况报告如下：")
    head("一、基本情况")
    body("磅湛合作区规划面积5.6平方公里，由广西玉柬农业投资发展有限公司（以下简称玉柬公司）负责开发运营，2023年通过自治区级境外经贸合作区认定。截至2025年底，累计完成基础设施投资8630万美元，建成标准厂房12.4万平方米。")
    body("2025年，磅湛合作区新签入驻协议14份，新增协议投资额9870万美元；累计入区企业38家，累计协议投资额3.26亿美元，带动当地就业5600余人。行业分布情况如下：")
    add_par(doc, [("表1　磅湛合作区入区企业行业分布情况（单位：家、万美元）", HT, 12, False)],
            align=C, indent=False, line=22, before=4)
    data_table(doc, ["行业", "累计入区企业", "其中2025年新签", "累计协议投资额", "其中2025年新签协议投资额"], [
        ["天然橡胶加工", "11", "4", "11260", "3450"],
        ["木薯及淀粉加工", "8", "3", "7480", "2600"],
        ["腰果等坚果加工", "6", "3", "4150", "1820"],
        ["稻米加工", "5", "2", "3960", "1300"],
        ["饲料及其他", "8", "2", "5750", "700"],
        ["合计", "38", "14", "32600", "9870"],
    ], clauses, size=12, col_w=[3.6, 2.6, 2.8, 2.8, 3.6])
    empty(doc, 1, line=14)
    head("二、入驻协议签订和履行情况")
    runin("（一）协议文本进一步规范。", "玉柬公司修订了《磅湛合作区企业入驻协议》和《磅湛合作区入区须知》，明确租赁期限、费用标准、交付时限和违约责任，并将东道国劳工、环保、税收合规要求写入须知。")
    runin("（二）入驻形式以租赁为主。", "14家新入区企业中，租赁标准厂房的9家，租赁土地自建厂房的5家；协议期限5年的6家、10年的5家、15年以上的3家。")
    runin("（三）协议履行总体平稳。", "全年未发生协议解除情况。有2家企业因设备报关延误未能按期投产，经协商签订补充协议顺延3个月。")
    head("三、存在的问题")
    body("一是旱季停电时有发生，部分企业需自备发电机组。二是柬方投资优惠合同（QIP）审批平均需4至6个月，影响企业按期投产。三是入区中小企业融资难问题较为突出。")
    head("四、下一步工作")
    body("1．督促玉柬公司加快建设110千伏变电站，力争2026年底前投运。")
    body("2．对接柬埔寨发展理事会，争取在合作区设立“一站式”审批窗口。")
    body("3．会同中国出口信用保险公司广西分公司等机构开展“入区贷”“保单融资”服务。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：磅湛合作区2025年度新签入驻协议企业明细表", indent=False)
    empty(doc, 3)
    add_par(doc, " " * 44 + "玉林市商务局", indent=False)
    add_par(doc, " " * 40 + "二〇二六年一月二十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：黄海燕，联系电话：0775-2836105）", indent=False)

    # ---- 附件 on its own page, detail table split with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("磅湛合作区2025年度新签入驻协议企业明细表", XBS, 20, False)], align=C,
            indent=False, line=34, after=8)
    hdr = ["序号", "企业名称", "行业", "入驻形式", "签订日期", "协议期限（年）", "协议投资额（万美元）"]
    rows = [
        ["1", "玉林市富民橡胶制品有限公司", "天然橡胶加工", "租地自建", "1月16日", "15", "1200"],
        ["2", "广西北流恒昌胶业有限公司", "天然橡胶加工", "租赁厂房", "3月5日", "5", "450"],
        ["3", "海南澄迈华胶科技有限公司", "天然橡胶加工", "租地自建", "6月20日", "20", "1300"],
        ["4", "云南西双版纳金泰橡胶有限公司", "天然橡胶加工", "租赁厂房", "10月11日", "10", "500"],
        ["5", "广西武鸣淀粉实业有限公司", "木薯及淀粉加工", "租地自建", "2月24日", "10", "1500"],
        ["6", "兴业县鑫源木薯加工有限公司", "木薯及淀粉加工", "租赁厂房", "5月8日", "5", "380"],
        ["7", "南宁市明阳生化科技有限公司", "木薯及淀粉加工", "租赁厂房", "8月27日", "10", "720"],
        ["8", "福建泉州合兴坚果食品有限公司", "腰果等坚果加工", "租赁厂房", "4月15日", "5", "560"],
        ["9", "广东江门优品果业有限公司", "腰果等坚果加工", "租地自建", "7月3日", "20", "880"],
        ["10", "博白县绿源农产品有限公司", "腰果等坚果加工", "租赁厂房", "11月18日", "5", "380"],
        ["11", "广西容县稻丰米业有限公司", "稻米加工", "租地自建", "3月28日", "10", "900"],
        ["12", "湖南益阳粮满仓米业有限公司", "稻米加工", "租赁厂房", "9月9日", "5", "400"],
        ["13", "玉林市桂牧饲料有限公司", "饲料及其他", "租赁厂房", "6月2日", "10", "450"],
        ["14", "陆川县恒达包装材料有限公司", "饲料及其他", "租赁厂房", "12月12日", "5", "250"],
        ["合计", "—", "—", "—", "—", "—", "9870"],
    ]
    cw = [1.0, 5.6, 3.0, 1.8, 2.2, 1.2, 1.5]
    data_table(doc, hdr, rows, clauses, size=10, col_w=cw)
    tx = "注：协议投资额为入驻协议约定的项目计划投资额，不含土地及厂房租赁费用。"
    clauses.append(tx)
    add_par(doc, [(tx, FS, 12, False)], indent=False, line=22, before=4)
    empty(doc, 1, line=16)
    banji(doc, "抄送：玉林市人民政府办公室。", "玉林市商务局办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "玉林市商务局关于中国—柬埔寨（磅湛）农产品加工合作区2025年度企业入驻及协议签订情况的报告",
            "玉商务报〔2026〕7号", ["玉林市商务局"], "2026-01-20", "municipal", "玉林市",
            "报告", ["自治区商务厅"], ["磅湛合作区2025年度新签入驻协议企业明细表"]),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_luha(), doc_yulin()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
