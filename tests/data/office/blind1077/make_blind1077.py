# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1077: 一图读懂 / 图解 / 政策明白纸 (web-editor text), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
WRYH = "微软雅黑"
RED = RGBColor(0xFF, 0x00, 0x00)
GRAY = RGBColor(0x80, 0x80, 0x80)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)

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
    """runs: str, or list of (text, font, size, bold[, color]); text "\n" = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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


def field_runs(p, instr, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer is None:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field_runs(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field_runs(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field_runs(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    # drop extra paragraphs left over by merges
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1077", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_sichuan():
    """一图读懂 pasted from the 四川省商务厅 website into Word by a web editor."""
    stem = "blind1077_sc_yitu"
    doc = Document()
    setup(doc, footer=None, margins=(2.54, 2.54, 3.18, 3.18))
    clauses = []

    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("一图读懂《四川省支持跨境电商", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("和海外仓高质量发展若干措施》", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p = add_par(doc, [("发布时间：2026-03-12 16:05", SONG, 10.5, False, GRAY),
                      ("\u3000\u3000来源：四川省商务厅\u3000\u3000", SONG, 10.5, False, GRAY),
                      ("【字体：大 中 小】", SONG, 10.5, False, GRAY)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20, before=6, after=6)
    border(p, "bottom", "BFBFBF", 6, 6)

    def body(t, size=14, name=WRYH, bold=False, color=None, align=None, first=Pt(28)):
        clauses.append(t)
        add_par(doc, [(t, name, size, bold, color)], line=24, first=first, align=align)

    def head(t, size=15, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, before=10):
        add_par(doc, [(t, WRYH, size, True, color)], indent=False, line=26, align=align,
                before=before)

    def big(t):  # a big figure on its own line
        clauses.append(t)
        add_par(doc, [(t, WRYH, 28, True, RED)], indent=False, line=40,
                align=WD_ALIGN_PARAGRAPH.CENTER)

    def cap(t):  # small caption under a big figure
        clauses.append(t)
        add_par(doc, [(t, WRYH, 12, False)], indent=False, line=20,
                align=WD_ALIGN_PARAGRAPH.CENTER)

    body("近日，四川省商务厅、四川省财政厅联合印发《四川省支持跨境电商和海外仓高质量发展若干措施》（川商贸〔2026〕8号，以下简称《措施》），从培育经营主体、建设海外仓、畅通物流通道、强化金融服务、加强人才支撑5个方面提出18条具体举措。一起来看↓↓↓")
    head("【看背景】")
    head("为什么要出台《措施》？", size=14, color=BLUE, before=2)
    body("跨境电商和海外仓是发展速度快、潜力大、带动作用强的外贸新业态。近年来，我省跨境电商保持快速增长，但仍存在龙头企业偏少、海外仓布局不均衡、物流成本偏高等短板。出台《措施》，就是要集中政策资源，推动我省跨境电商和海外仓发展“量质齐升”。")
    big("1286.4亿元")
    cap("2025年全省跨境电商进出口额，同比增长23.7%")
    head("【看目标】")
    for t in ["★到2027年，全省跨境电商进出口额力争突破2000亿元",
              "★培育年进出口额超10亿元的跨境电商龙头企业30家以上",
              "★建成省级公共海外仓60个以上，覆盖共建“一带一路”国家和地区40个以上"]:
        body(t, first=Pt(0))
    head("【划重点】")
    head("18条措施都有哪些“真金白银”？", size=14, color=BLUE, before=2)

    def sub(t):
        add_par(doc, [(t, WRYH, 14, True, BLUE)], indent=False, line=26, before=6)

    sub("◆培育经营主体")
    body("●对年度跨境电商出口额首次突破1亿元、5亿元、10亿元的企业，分别给予最高50万元、100万元、200万元一次性奖励。", first=Pt(0))
    body("●支持传统外贸企业和制造企业“触网”转型，对新开设跨境电商平台店铺并实现出口的企业，按平台服务费的50%给予补助，单家企业最高20万元。", first=Pt(0))
    big("最高200万元")
    cap("跨境电商龙头企业一次性奖励")
    sub("◆建设海外仓")
    # a sentence broken by a manual line break (pasted <br>), half-width brackets
    a1 = "●对新认定的省级公共海外仓，给予最高300万元奖励；对在共建“一带一路”国家新建、租用海外仓的企业，"
    a2 = "按实际投入(不含土地购置费)的30%给予补助。"
    clauses.append(a1 + a2)
    add_par(doc, [(a1, WRYH, 14, False), ("\n", None, 0, False), (a2, WRYH, 14, False)],
            line=24, first=Pt(0))
    body("●支持海外仓企业建设数字化管理系统，与四川国际贸易“单一窗口”、跨境电商综合试验区线上综合服务平台实现数据对接。", first=Pt(0))
    sub("◆畅通物流通道")
    body("▶支持中欧班列（成渝）开行跨境电商专列，对组织跨境电商货物经中欧班列、西部陆海新通道班列出口的企业，按运费的20%给予补助。", first=Pt(0))
    body("▶支持成都天府国际机场、成都双流国际机场加密国际全货机航线，对执飞跨境电商货运包机的航空公司给予航线补贴。", first=Pt(0))
    sub("◆强化金融服务")
    body("▶鼓励金融机构开发“跨境电商贷”“海外仓贷”等产品，对企业贷款按实际支付利息的50%给予贴息，单家企业年度最高100万元。", first=Pt(0))
    body("▶扩大出口信用保险覆盖面，对跨境电商企业投保短期出口信用保险的保费给予60%补助。", first=Pt(0))
    sub("◆加强人才支撑")
    body("▶支持高校、职业院校与企业共建跨境电商产业学院，对新认定的省级跨境电商人才培训基地给予最高50万元奖励。", first=Pt(0))
    head("【看资金】")
    head("钱从哪里来？", size=14, color=BLUE, before=2)
    big("10亿元")
    body("2026—2027年，省级财政统筹外经贸发展专项资金，安排10亿元支持跨境电商和海外仓发展。")
    head("【看申报】")
    head("企业怎么申报？", size=14, color=BLUE, before=2)

    def qa(t, bold):
        clauses.append(t)
        add_par(doc, [(t, WRYH, 14, bold)], line=24, first=Pt(0))

    qa("问：哪些企业可以申报？", True)
    qa("答：在四川省内依法注册登记、具有独立法人资格，近3年无重大违法违规记录、未列入严重失信主体名单的跨境电商企业、海外仓运营企业及相关服务企业均可申报。", False)
    qa("问：去哪里申报？", True)
    qa("答：企业可登录“天府通办”平台“惠企政策”专区在线申报，也可向所在市（州）商务主管部门提交纸质材料。", False)
    h = "【划重点】"
    t = "同一企业同一项目已获得其他省级财政资金支持的，不得重复申报。"
    clauses.append(h + t)
    add_par(doc, [(h, WRYH, 14, True, RED), (t, WRYH, 14, False)], line=24, first=Pt(0),
            before=6)
    h = "【温馨提示】"
    t = "申报时间原则上为每年第二季度，具体以各市（州）商务主管部门发布的通知为准。"
    clauses.append(h + t)
    add_par(doc, [(h, WRYH, 14, True, RED), (t, WRYH, 14, False)], line=24, first=Pt(0))
    empty(doc, 1, 24)
    add_par(doc, [("四川省商务厅", WRYH, 14, False)], indent=False, line=24,
            align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, [("2026年3月10日", WRYH, 14, False)], indent=False, line=24,
            align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1, 24)
    add_par(doc, [("（责任编辑：李想）", SONG, 10.5, False, GRAY)], indent=False, line=20,
            align=WD_ALIGN_PARAGRAPH.RIGHT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="一图读懂《四川省支持跨境电商和海外仓高质量发展若干措施》",
            doc_number=None, issuer=["四川省商务厅"], date="2026-03-10",
            published="2026-03-12", level="provincial", region="四川省",
            doc_type="解读"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """图解 typed into Word for printing: typed full-width indents, ■/◆/★ lines, table, Q&A."""
    stem = "blind1077_qz_tujie"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []
    IND = "\u3000\u3000"

    # title: one paragraph, manual line break at an odd place
    add_par(doc, [("图解｜《钦州市支持西部陆海新通道海铁联运", XBS, 22, False), ("\n", None, 0, False),
                  ("高质量发展若干政策措施》", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t, runs=None):
        clauses.append(t)
        add_par(doc, runs or [(IND + t, FS, 16, False)], indent=False)

    def head(t, name=HT):
        add_par(doc, [(IND + t, name, 16, False)], indent=False)

    def big(t, size=26):
        clauses.append(t)
        add_par(doc, [(t, HT, size, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=40)

    def cap(t):
        clauses.append(t)
        add_par(doc, [(t, KT, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    body("为深入贯彻落实《西部陆海新通道总体规划》，加快建设面向东盟的国际门户港，钦州市人民政府办公室于近日印发《钦州市支持西部陆海新通道海铁联运高质量发展若干政策措施》（钦政办规〔2026〕5号，以下简称《政策措施》）。《政策措施》共4个方面12条，政策“干货”满满，一图带您读懂！")
    add_par(doc, [("【一图速览】", HT, 16, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6)
    big("3000万元")
    cap("市级财政每年安排海铁联运发展专项资金")
    big("12条")
    cap("涵盖班列开行、货源组织、平台建设、通关便利4个方面")
    empty(doc, 1)
    head("■亮点一：海铁联运补贴标准提高了吗？")
    body("是的。对经钦州港开展海铁联运的集装箱，按线路远近分档给予补贴，补贴标准较2024年版政策平均提高约20%，具体如下：")

    add_par(doc, [("海铁联运集装箱补贴标准（单位：元/标准箱）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4)
    rows = [
        ["1", "钦州港—重庆、成都、贵阳等西南地区", "300", "400"],
        ["2", "钦州港—兰州、西宁、乌鲁木齐等西北地区", "500", "600"],
        ["3", "钦州港—中亚、欧洲（衔接中欧班列）", "800", "1000"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.5), Cm(8.0), Cm(2.8), Cm(2.8)])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "线路方向", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "补贴标准", HT, 12)
    set_cell(t.cell(1, 2), "去程", HT, 12)
    set_cell(t.cell(1, 3), "回程", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "线路方向", "补贴标准／去程", "补贴标准／回程"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    note = "注：1.20英尺集装箱按1个标准箱计算，40英尺集装箱按2个标准箱计算；2.单家企业年度补贴总额不超过500万元。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1)

    head("■亮点二：对新开线路有什么支持？")
    body("◆对新开通的钦州港至国内城市海铁联运班列线路，连续稳定开行6个月以上、每月不少于4列的，给予开行企业一次性奖励50万元。")
    body("◆对新开通的钦州港经中越跨境铁路至越南、老挝的国际班列线路，给予一次性奖励100万元。")
    head("■亮点三：回程货源怎么组织？")
    body("★鼓励企业组织东盟国家粮食、水果、木材、矿产品等大宗商品经钦州港中转至内陆地区，对年度回程货量超过5000标准箱的货代企业，每标准箱额外奖励100元。")
    body("★支持中国（广西）自由贸易试验区钦州港片区建设东盟商品集散中心，对新落户的大宗商品供应链企业给予最高200万元落户奖励。")
    head("■亮点四：通关效率能提高多少？")
    body("钦州海关推行海铁联运“一单制”“船边直提”“抵港直装”等便利化措施，进口集装箱整体通关时间压缩至24小时以内，出口集装箱整体通关时间压缩至1.5小时以内。")
    add_par(doc, [("【政策问答】", HT, 16, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6)

    def q(t):
        clauses.append(t)
        add_par(doc, [(IND + t, KT, 16, True)], indent=False)

    q("问：补贴资金多久能到账？")
    body("答：实行“按季申报、按季兑现”，企业每季度结束后15个工作日内提交申报材料，经审核公示无异议后30个工作日内拨付到位。")
    q("问:已享受自治区级海铁联运补贴的集装箱能否重复申请?")
    body("答：同一集装箱已享受自治区级补贴的，市级补贴按差额补足，不重复享受。")
    q("问：有疑问找谁咨询？")
    body("答：可拨打钦州市发展和改革委员会物流科电话0777-2826135，或登录钦州市人民政府门户网站“政策解读”栏目查询。")
    empty(doc, 1)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    p = add_par(doc, " " * 30 + "钦州市发展和改革委员会", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 32 + "二〇二六年五月二十日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="图解｜《钦州市支持西部陆海新通道海铁联运高质量发展若干政策措施》",
            doc_number=None, issuer=["钦州市发展和改革委员会"], date="2026-05-20",
            published=None, level="municipal", region="钦州市", doc_type="解读"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_beilun():
    """政策明白纸 printed for enterprises: 政策依据 lines with 文号, 咨询 table, joint 落款."""
    stem = "blind1077_bl_mingbaizhi"
    doc = Document()
    setup(doc, footer="pages", margins=(2.8, 2.5, 2.6, 2.6))
    clauses = []

    # title in red, three lines wrapped oddly, then a red rule
    add_par(doc, [("北仑区外贸企业“出海”", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("政策明白纸", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p = add_par(doc, [("（2026年版）", KT, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, 16)

    def body(t, size=15):
        clauses.append(t)
        add_par(doc, [(t, FS, size, False)], line=26, first=Pt(30))

    def head(t):
        add_par(doc, [(t, HT, 16, False, RED)], indent=False, line=28, before=6)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 15, False), (t, FS, 15, False)], line=26, first=Pt(30))

    def basis(t):
        clauses.append(t)
        add_par(doc, [(t, KT, 13, False)], line=22, first=Pt(30), after=4)

    body("为帮助外贸企业及时了解、用足用好各级稳外贸政策，我们梳理了企业开拓国际市场、建设海外仓、便利通关、融资保险等方面的常用政策，编制本明白纸。政策具体条件以政策原文及当年度申报通知为准。")
    clauses.append("1.2亿元")
    add_par(doc, [("1.2亿元", HT, 30, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=44)
    clauses.append("2026年区级开放型经济发展专项资金")
    add_par(doc, [("2026年区级开放型经济发展专项资金", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)

    head("【一、开拓国际市场】")
    item("1.境外展会补助。", "企业参加区商务局发布的重点境外展会目录内展会，按展位费的70%给予补助，单个展会最高5万元，单家企业年度补助最高30万元。")
    basis("政策依据：《宁波市北仑区人民政府办公室关于印发北仑区促进开放型经济高质量发展若干政策的通知》（仑政办发〔2025〕38号）第三条")
    item("2.出口信用保险保费补助。", "对企业投保短期出口信用保险的，按实缴保费的50%给予补助；对年出口额500万美元以下的小微企业，由区财政统一投保，企业“零保费”享受保障。")
    basis("政策依据：《宁波市商务局 宁波市财政局关于做好2026年度小微外贸企业出口信用保险统保工作的通知》（甬商务联〔2026〕7号）")
    head("【二、海外仓和跨境电商】")
    item("3.公共海外仓奖励。", "对新认定为省级、市级公共海外仓的企业，分别给予一次性奖励100万元、50万元。")
    basis("政策依据：《浙江省商务厅 浙江省财政厅关于印发〈浙江省公共海外仓认定和管理办法〉的通知》（浙商务联发〔2025〕96号）；仑政办发〔2025〕38号第五条")
    item("4.跨境电商出口奖励。", "对跨境电商B2B出口（9710、9810模式）年度报关额超过1000万元的企业，按报关额的0.5%给予奖励，最高50万元。")
    basis("政策依据：仑政办发〔2025〕38号第六条")
    head("【三、通关便利】")
    item("5.自贸片区便利措施。", "中国（浙江）自由贸易试验区宁波片区内企业可申请开展保税维修、保税再制造业务，享受“分送集报”“自主核报”等海关便利措施。")
    basis("政策依据：《中国（浙江）自由贸易试验区宁波片区管理办法》（宁波市人民政府令第262号）")
    head("【四、融资支持】")
    item("6.“外贸贷”贴息。", "对企业通过“甬易贷·外贸贷”获得的流动资金贷款，按贷款市场报价利率（LPR）的30%给予贴息，单家企业年度贴息最高20万元。")
    basis("政策依据：仑政办发〔2025〕38号第九条")
    head("【怎么申请？】")

    def qa(q, a):
        clauses.append(q)
        add_par(doc, [(q, HT, 15, False)], line=26, first=Pt(30))
        clauses.append(a)
        add_par(doc, [(a, FS, 15, False)], line=26, first=Pt(30))

    qa("问：政策什么时候申报？",
       "答：区级政策原则上每年集中申报一次，申报通知在“北仑发布”微信公众号和宁波市北仑区人民政府门户网站同步发布；省级、市级政策以上级部门通知为准。")
    qa("问：需要准备哪些材料？",
       "答：一般包括申报表、营业执照复印件、相关费用发票及支付凭证、海关报关单或平台交易数据等，具体以申报通知为准。")
    head("【政策咨询】")
    hdr = ["序号", "政策类别", "咨询单位", "联系电话"]
    rows = [
        ["1", "境外展会、出口信用保险", "区商务局对外贸易科", "0574-86782315"],
        ["2", "公共海外仓、跨境电商", "区商务局对外贸易科", "0574-86782315"],
        ["3", "自贸片区便利措施", "宁波片区北仑区块管理办公室", "0574-86891027"],
        ["4", "外贸贷贴息", "区财政局经济建设科", "0574-86785560"],
        ["5", "出口退税", "国家税务总局宁波市北仑区税务局", "12366"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(4.2), Cm(6.2), Cm(4.0)])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        if ri == 2:
            continue  # merged into row 1 for 咨询单位 / 联系电话
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
    set_cell(t.cell(2, 0), rows[1][0], FS, 12)
    set_cell(t.cell(2, 1), rows[1][1], FS, 12)
    m1 = t.cell(1, 2).merge(t.cell(2, 2))
    set_cell(m1, rows[0][2], FS, 12)
    m2 = t.cell(1, 3).merge(t.cell(2, 3))
    set_cell(m2, rows[0][3], FS, 12)
    for row in rows:
        clauses.append(row_clause(hdr, row))
    note = "注：咨询时间为工作日上午8:30—12:00、下午14:00—17:30。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 2)
    # joint 落款 aligned with tab stops
    p = add_par(doc, [("\t宁波市北仑区商务局\t宁波市北仑区财政局", FS, 15, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    p = add_par(doc, [("\t2026年4月8日", FS, 15, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.6))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="北仑区外贸企业“出海”政策明白纸（2026年版）",
            doc_number=None, issuer=["宁波市北仑区商务局", "宁波市北仑区财政局"],
            date="2026-04-08", published=None, level="county", region="宁波市北仑区",
            doc_type="明白纸"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_qinzhou(), doc_beilun()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
