# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1017: 南宁市商务局 二次征求意见 — 管理办法征求意见稿（修订模式 w:ins/w:del + 批注）,
清洁稿, and the 征求意见函.  Word (python-docx) + PDF (LibreOffice) + expected.json.

Key decision for the 修订稿: LibreOffice's default PDF export prints the revision marks as
shown (deletions struck through, insertions underlined in colour, change bars; comments are
not printed).  A reader of that page keeps the text WITH THE CHANGES APPLIED (insertions kept,
deletions dropped, comments ignored), which is also exactly the text of the 清洁稿; so both
stems share the same clauses and meta (effective 2026-07-01, expires 2031-06-30)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def rfonts_xml(name):
    return ('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
            % (name, name, name, name))


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
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer_style="dash"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if footer_style == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1017", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ the draft text
# Two reviewers left tracked changes in the 修订稿.
A = ("陆晓峰", "2026-03-16T09:42:00Z", "LXF")          # 市商务局自贸处
B = ("韦丽（市司法局）", "2026-03-17T15:08:00Z", "WL")   # 市司法局 合法性审查


def N(t, f=FS):
    return ("n", t, None, f)


def I(t, who, f=FS):
    return ("i", t, who, f)


def D(t, who, f=FS):
    return ("d", t, who, f)


def art(num_segs, body_segs, mark=None, comment=None):
    """An article paragraph: number (黑体) + 全角空格 + body (仿宋)."""
    segs = [(k, t, w, HT) for (k, t, w, _) in num_segs] + [N(SP)] + body_segs
    return {"kind": "art", "segs": segs, "mark": mark, "comment": comment}


def sub(body_segs, mark=None, comment=None):
    return {"kind": "sub", "segs": body_segs, "mark": mark, "comment": comment}


def chap(t):
    return {"kind": "chap", "segs": [N(t, HT)], "mark": None, "comment": None}


DRAFT = [
    chap("第一章　总则"),
    art([N("第一条")], [
        N("为促进中国（广西）自由贸易试验区南宁片区（以下简称片区）跨境电子商务高质量发展，规范跨境电子商务经营活动，"),
        D("推动", A), I("服务", A),
        N("面向东盟的"), I("“一带一路”", A),
        N("开放合作，根据《中华人民共和国电子商务法》《中国（广西）自由贸易试验区条例》等法律法规和国家有关规定，结合片区实际，制定本办法。")]),
    art([N("第二条")], [
        N("本办法适用于在片区内从事跨境电子商务零售进出口、跨境电子商务企业对企业(B2B)出口及相关服务活动的企业和个人"),
        I("（以下统称经营主体）", B), N("。")]),
    art([N("第三条")], [
        N("市商务局是片区跨境电子商务工作的主管部门，负责统筹协调、政策制定和促进服务工作。片区管委会负责片区内跨境电子商务的具体推进和日常管理工作。")]),
    sub([
        N("南宁海关、"), D("市税务局", B), I("国家税务总局南宁市税务局", B), N("、"),
        I("国家外汇管理局广西壮族自治区分局、", A),
        N("市市场监管局等部门按照各自职责做好相关监管和服务工作。")]),
    chap("第二章　经营主体"),
    art([N("第四条")], [
        N("在片区内开展跨境电子商务业务的企业，应当依法办理市场主体登记，并按照海关规定办理跨境电子商务企业"),
        D("注册登记", B), I("备案", B), N("手续。")]),
    art([N("第五条")], [N("跨境电子商务平台企业应当履行下列义务：")]),
    sub([N("（一）对平台内经营者的身份、地址、联系方式、行政许可等信息进行核验登记，建立登记档案并定期核验更新；")]),
    sub([N("（二）建立商品质量安全风险防控机制，对平台内交易的商品进行抽查检查"),
         D("，发现违法违规商品及时下架", A),
         I("，发现禁止进出境或者质量不合格的商品，应当立即停止展示并向有关部门报告", A),
         N("；")],
        comment=(0, "根据市市场监管局第一轮反馈意见修改，与《电子商务法》第三十八条表述衔接。", A)),
    sub([N("（三）如实向海关传输交易、支付、物流等电子信息，并对信息的真实性负责；")]),
    sub([N("（四）"), I("建立消费者权益保障和售后服务机制，", A),
         N("公示退换货规则和投诉处理渠道"), D("，妥善处理消费者投诉", A), N("。")]),
    art([N("第六条")], [
        N("支持经营主体在片区内设立跨境电子商务监管作业场所、公共海外仓和进口商品展示中心。"),
        I("对经认定的公共海外仓，按照有关规定给予资金支持。", A)]),
    chap("第三章　促进与服务"),
    art([N("第七条")], [
        N("片区管委会应当会同南宁海关推行跨境电子商务“提前申报、运抵验放”通关模式，支持开展跨境电子商务零售进口退货中心仓、出口商品集货拼箱等业务，压缩整体通关时间。")]),
    art([N("第八条")], [
        N("支持经营主体依托中国—东盟博览会、西部陆海新通道等平台开拓东盟市场，"),
        D("鼓励", B), I("引导", B),
        N("建设面向东盟国家的跨境电子商务服务平台和海外仓，发展“跨境电子商务+产业带”模式。")]),
    art([D("第九条", B)], [
        D("经营主体应当遵守公平竞争原则，不得以虚构交易、编造用户评价等方式进行虚假或者引人误解的商业宣传。", B)],
        mark=("d", B)),
    art([D("第十条", B), I("第九条", B)], [
        N("鼓励金融机构在依法合规、风险可控的前提下，为经营主体提供跨境人民币结算、出口信用保险、海外仓融资等金融服务"),
        I("，支持经营主体在跨境电子商务中使用人民币计价结算", A), N("。")],
        comment=(3, "原第九条与《中华人民共和国电子商务法》第十七条规定重复，建议删除，后续条文序号相应调整。", B)),
    art([D("第十一条", B), I("第十条", B)], [
        N("市商务局会同片区管委会建立跨境电子商务统计监测制度，定期发布片区跨境电子商务发展报告"),
        D("，并将统计数据报送自治区商务厅", A), N("。")]),
    chap("第四章　监督管理"),
    art([D("第十二条", B), I("第十一条", B)], [
        N("片区管委会应当会同有关部门建立跨境电子商务经营主体信用档案，依法实施信用分级分类监管。对"),
        D("严重", B), N("失信经营主体，依法依规实施"), D("联合惩戒", B), I("失信惩戒", B), N("。")]),
    art([D("第十三条", B), I("第十二条", B)], [
        N("经营主体违反本办法规定的，由有关部门依照相关法律、法规"), I("、规章", B),
        N("的规定予以处理；构成犯罪的，依法追究刑事责任。")]),
    art([I("第十三条", A)], [
        I("对在推动片区跨境电子商务创新发展中先行先试、探索创新，但因缺乏经验出现失误或者偏差的单位和个人，符合规定条件的，依法依规予以免责或者减轻责任。", A)],
        mark=("i", A)),
    chap("第五章　附则"),
    art([N("第十四条")], [
        N("本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。")]),
    art([N("第十五条")], [N("本办法由南宁市商务局负责解释。")]),
    art([N("第十六条")], [
        N("本办法自"), D("2026年6月1日", A), I("2026年7月1日", A), N("起施行，有效期至"),
        D("2031年5月31日", A), I("2031年6月30日", A),
        N("。《中国（广西）自由贸易试验区南宁片区跨境电子商务发展暂行办法》（南商务规〔2021〕4号）同时废止。")],
        comment=(5, "施行日期请结合合法性审查、集体审议和公布时间统筹考虑，一般应当不少于公布之日起30日。", B)),
]

DRAFT_TITLE = "中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）"
REPEALS = "《中国（广西）自由贸易试验区南宁片区跨境电子商务发展暂行办法》（南商务规〔2021〕4号）"


def clean_text(spec):
    return "".join(t for (k, t, w, f) in spec["segs"] if k in ("n", "i"))


def draft_clauses():
    clauses = []
    for spec in DRAFT:
        if spec["kind"] == "chap":
            continue
        txt = clean_text(spec)
        if not txt.strip(SP):
            continue  # wholly deleted article
        if spec["kind"] == "art":
            clauses.append(txt)
        else:
            clauses[-1] += txt
    return clauses


def draft_meta():
    return {
        "title": DRAFT_TITLE,
        "doc_number": None,
        "issuer": ["南宁市商务局"],
        "date": None,
        "published": None,
        "level": "municipal",
        "region": "南宁市",
        "effective": "2026-07-01",
        "expires": "2031-06-30",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": REPEALS,
    }


_rev = [100]


def rev_id():
    _rev[0] += 1
    return _rev[0]


def rpr_xml(fname, size=16):
    return ('<w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            % (rfonts_xml(fname), size * 2, size * 2))


def tracked_par(doc, spec):
    p = doc.add_paragraph()
    runs = []
    for (k, t, who, f) in spec["segs"]:
        if k == "n":
            r = p.add_run(t)
            font(r, f, 16)
            runs.append(r)
        elif k == "i":
            el = parse_xml(
                '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                % (nsdecls("w"), rev_id(), who[0], who[1], rpr_xml(f), t))
            p._p.append(el)
            runs.append(None)
        else:
            el = parse_xml(
                '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                % (nsdecls("w"), rev_id(), who[0], who[1], rpr_xml(f), t))
            p._p.append(el)
            runs.append(None)
    if spec["kind"] == "chap":
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    else:
        fmt(p)
    if spec["mark"]:
        k, who = spec["mark"]
        tag = "ins" if k == "i" else "del"
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:rPr %s><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                             % (nsdecls("w"), tag, rev_id(), who[0], who[1])))
    if spec["comment"]:
        idx, text, who = spec["comment"]
        r = runs[idx]
        assert r is not None
        doc.add_comment(r, text=text, author=who[0], initials=who[2])
    return p


# ================================================ DOC 1: 修订稿 (track changes)
def doc_xiuding():
    stem = "blind1017_xiudinggao"
    doc = Document()
    setup(doc)
    # keep Word tracking on, as the clerk left it
    settings = doc.settings.element
    settings.append(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))

    p = add_par(doc, [("附件2", HT, 16, False), ("\t", FS, 16, False), ("修订稿", KT, 14, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区南宁片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("跨境电子商务管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（征求意见稿）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)
    for spec in DRAFT:
        tracked_par(doc, spec)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": draft_meta(), "clauses": draft_clauses()}]
    return path


# ================================================ DOC 2: 清洁稿
def doc_qingjie():
    stem = "blind1017_qingjiegao"
    doc = Document()
    setup(doc, footer_style="hyphen")

    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("清洁稿", KT, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    # title typed as one paragraph with a Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区南宁片区跨境"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("电子商务管理办法"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（征求意见稿）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)
    IND = SP * 2  # indentation typed with full-width spaces
    for spec in DRAFT:
        if spec["kind"] == "chap":
            t = spec["segs"][0][1]
            num, name = t.split(SP)
            # chapter heading with 名 spread out: 第一章　总　则
            if len(name) == 2:
                name = name[0] + SP + name[1]
            add_par(doc, [(num + SP + name, HT, 16, False)],
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
            continue
        txt = clean_text(spec)
        if not txt.strip(SP):
            continue
        if spec["kind"] == "art":
            numtxt = "".join(t for (k, t, w, f) in spec["segs"] if k in ("n", "i") and f == HT)
            rest = txt[len(numtxt):]
            add_par(doc, [(IND, FS, 16, False), (numtxt, HT, 16, False), (rest, FS, 16, False)],
                    indent=False)
        else:
            add_par(doc, [(IND + txt, FS, 16, False)], indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": draft_meta(), "clauses": draft_clauses()}]
    return path


# ================================================ DOC 3: 征求意见函
def doc_han():
    stem = "blind1017_zhengqiuhan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    p = add_par(doc, [("南宁市商务局", XBS, 40, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    add_par(doc, "南商务函〔2026〕47号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=8)
    empty(doc, 1)
    title = ("南宁市商务局关于再次征求《中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）》意见的函")
    # title over three lines, wrapped by hand at odd places
    parts = ("南宁市商务局关于再次征求《中国（广西）",
             "自由贸易试验区南宁片区跨境电子商务管理",
             "办法（征求意见稿）》意见的函")
    for part in parts:
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    assert "".join(parts) == title
    empty(doc, 1)
    recips = ["市发展改革委", "市财政局", "市司法局", "市市场监管局", "市大数据发展局",
              "南宁海关", "国家税务总局南宁市税务局", "中国（广西）自由贸易试验区南宁片区管委会"]
    add_par(doc, "，".join(recips) + "：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为促进中国（广西）自由贸易试验区南宁片区跨境电子商务高质量发展，更好服务面向东盟的“一带一路”开放合作，我局起草了《中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）》（以下简称《办法》），于2026年1月12日至2月11日首次征求了各有关单位和社会公众意见，共收到意见建议37条，采纳（含部分采纳）24条。根据反馈意见和市司法局初步合法性审查意见，我局对《办法》作了进一步修改完善，形成了修订稿。现再次征求你单位意见，有关事项函告如下：")
    runin("一、主要修改内容。", "一是删除与上位法重复的原第九条，后续条文序号相应调整；二是增加容错免责条款（修订稿第十三条）；三是完善部门职责表述，增加国家外汇管理局广西壮族自治区分局的职责；四是完善平台企业义务和公共海外仓支持等表述；五是将施行日期由2026年6月1日调整为2026年7月1日，有效期相应调整至2031年6月30日。具体修改情况详见附件2（修订模式，含修改痕迹和批注说明）。")
    runin("二、反馈时间。", "请于2026年4月3日(星期五)前将书面意见反馈我局。逾期未反馈的，视为无意见。")
    runin("三、反馈方式。", "请填写《意见反馈表》（附件3），经单位主要负责同志审核并加盖公章后，通过南宁市电子公文交换系统反馈；电子版(Word格式)请同时通过政务外网邮箱发送至市商务局自由贸易试验区工作处。对《办法》条款提出修改意见的，请以附件1（清洁稿）的条文序号为准，并说明理由和依据。")
    body("联系人：市商务局自由贸易试验区工作处　陆晓峰，联系电话：0771-5583126，传真：0771-5583127。")
    empty(doc, 1)
    # 附件 list typed with manual line breaks and full-width spaces for alignment
    att = ["《中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）》（清洁稿）",
           "《中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）》（修订稿）",
           "意见反馈表"]
    p = doc.add_paragraph()
    font(p.add_run("附件：1." + att[0]), FS, 16)
    for i, a in enumerate(att[1:], 2):
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(SP * 3 + "%d." % i + a), FS, 16)
    fmt(p, first=Pt(32))
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 44 + "南宁市商务局", indent=False)
    add_par(doc, " " * 43 + "2026年3月20日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # 附件3 on its own page
    page_break(doc)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("意见反馈表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    line1 = "反馈单位（盖章）：____________　联系人及电话：____________"
    add_par(doc, [(line1, FS, 14, False)], indent=False)
    clauses.append(line1)
    header = ["序号", "条款序号", "修改意见", "修改理由及依据"]
    rows = [["1", "", "", ""], ["2", "", "", ""], ["3", "", "", ""], ["4", "", "", ""]]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.5), Cm(2.6), Cm(6.2), Cm(5.4)]
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14)
        row_height(t.rows[ri], 1.6)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    note = "注：条款序号以附件1（清洁稿）为准；无意见的请注明“无意见”；此表不够可另附页。"
    add_par(doc, [(note, KT, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, "抄送：自治区商务厅，市人民政府办公室。", "南宁市商务局办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "南商务函〔2026〕47号",
            "issuer": ["南宁市商务局"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "函",
            "recipients": recips,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_han(), doc_qingjie(), doc_xiuding()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
