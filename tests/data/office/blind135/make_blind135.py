# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731, C420
"""Blind round 135: tables typed without a table.

Word files whose tabular content is typed as lines: columns lined up with real tab
stops in the paragraph properties (left / centre / right, with and without dot
leaders), with runs of half-width spaces, or with full-width spaces (U+3000).

Writes next to itself:
  blind135_zhengzhou_list.docx / .pdf   郑州市商务局 notice publishing a 重点企业名单.
      Body: a 2-column dot-leader list (right tab, w:leader="dot") of 入选企业 by 区.
      附件: the 企业名单 typed as 序号⇥企业名称⇥所在区⇥项目类别 lines (header on
      centre tabs, rows on left tabs); long names wrap by hand onto a continuation
      line under their column (new paragraph starting with a tab, or a soft line
      break w:br + tab inside the row paragraph); two rows typed with runs of
      half-width spaces instead of tabs. 版记 印发 line is a right-tab line too.
  blind135_wuhan_fengong.docx / .pdf    武汉片区管委会 印发 notice + 附件 重点任务分工:
      任务⇥牵头单位⇥配合单位⇥完成时限 lines; header typed on the DEFAULT tab grid
      (several tabs in a row), rows on custom tab stops; 配合单位 (and some 任务 /
      牵头单位) wrap onto 1–2 continuation paragraphs (leading tabs, empty columns);
      group headings （一）…（四） inside the list.
  blind135_xiamen_funds.docx / .pdf     厦门市财政局 + 厦门市商务局 joint notice
      (joint 版头 drawn with a borderless table; joint 落款 on one tab line); a short
      资金安排 list aligned with full-width spaces, two wrapped 项目名称, a 合计 line.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind135.py
(needs python-docx and LibreOffice `soffice`; nothing else).
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
SI = 14       # 四号
XIAOSI = 12   # 小四
ER = 22       # 二号
LINE = Pt(28.9)
TEXT_W = 8844  # twips: 210 - 28 - 26 mm


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, size=SAN, line=LINE, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False


def para(doc, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN)
    set_font(p.add_run(body), FS, SAN)
    return p


def heading1(doc, text):
    return para(doc, text, HT, SAN)


def border(p, side, sz, color, space):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def tabs(p, stops):
    """stops: list of (twips, 'left'|'center'|'right', leader or None) -> real w:tabs in pPr."""
    al = {"left": WD_TAB_ALIGNMENT.LEFT, "center": WD_TAB_ALIGNMENT.CENTER, "right": WD_TAB_ALIGNMENT.RIGHT}
    for pos, a, lead in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Twips(pos), al[a], WD_TAB_LEADER.DOTS if lead == "dot" else WD_TAB_LEADER.SPACES)


def line_para(doc, text, stops, east=FS, size=SI, line=Pt(24), bold=False, left=None):
    """One typed line; `text` may contain \t and \n (\n -> soft line break w:br)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, size, line, left=left)
    if stops:
        tabs(p, stops)
    for i, piece in enumerate(text.split("\n")):
        r = p.add_run(piece)
        set_font(r, east, size, bold)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    return p


def page_field(p, size=SI):
    def r(t):
        set_font(p.add_run(t), ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI)
    page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI)
    page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # Chinese Word's default tab grid: 2 characters of 五号 = 420 twips (21 pt)
    dts = doc.settings.element.find(qn("w:defaultTabStop"))
    if dts is None:
        dts = parse_xml('<w:defaultTabStop %s w:val="420"/>' % nsdecls("w"))
        doc.settings.element.insert(0, dts)
    dts.set(qn("w:val"), "420")
    sp = s._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def banhead(doc, lines, size=40):
    for ln in lines:
        p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
        r = p.add_run(ln)
        set_font(r, XBZ, size, color=RED)
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-10"/>' % nsdecls("w")))


def docnum(doc, number):
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title_soft(doc, parts):
    p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, XBZ, ER)
        if i < len(parts) - 1:
            r.add_break()
    para(doc, "", indent=0)


def title_paras(doc, parts, size=ER):
    for t in parts:
        para(doc, t, XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def zhusong(doc, text):
    para(doc, text, FS, SAN, WD_ALIGN_PARAGRAPH.JUSTIFY, 0)


def attach_note(doc, titles):
    para(doc, "", indent=0)
    if len(titles) == 1:
        para(doc, "附件：" + titles[0])
    else:
        for i, t in enumerate(titles):
            para(doc, ("附件：" if i == 0 else "　　　") + "%d．%s" % (i + 1, t))


def signoff(doc, issuer_line, date, stops=None, publicity="（此件公开发布）"):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    if stops:
        p = line_para(doc, issuer_line, stops, FS, SAN, LINE)
    else:
        p = para(doc, issuer_line, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(SAN * 4)
    p = para(doc, date, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    para(doc, "", indent=0)
    para(doc, publicity, FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank=0):
    for _ in range(blank):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = line_para(doc, printer + "\t" + printdate + "印发", [(TEXT_W - 280, "right", None)], FS, SI, Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def attach_label(doc, label="附件"):
    para(doc, label, HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def show(s):
    """readable form of a typed line: ⇥ for a tab, [N×U+3000] for a run of full-width spaces"""
    import re
    s = s.replace("\t", "⇥")
    return re.sub("\u3000+", lambda m: "[%d×U+3000]" % len(m.group(0)), s)


def cjk_len(s):
    """width in em at the CJK font: ASCII = 1/2, everything else = 1"""
    return sum(0.5 if ord(ch) < 0x2000 else 1 for ch in s)


# =================================================================== 1. 郑州
ZZ_NUM = "郑商〔2024〕36号"
ZZ_TITLE_PARTS = ["郑州市商务局关于公布2024年度郑州市", "“一带一路”经贸合作重点企业名单的通知"]
ZZ_TITLE = "".join(ZZ_TITLE_PARTS)
ZZ_ISSUER = "郑州市商务局"
ZZ_ZHUSONG = "各区县（市）商务主管部门，郑州航空港经济综合实验区、郑东新区、郑州经开区、郑州高新区经济发展部门，各有关企业："
ZZ_ATT = "2024年度郑州市“一带一路”经贸合作重点企业名单"
ZZ_P1 = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，根据《郑州市推动共建“一带一路”高质量发展三年行动方案（2023—2025年）》（郑政办〔2023〕41号），"
         "经企业自愿申报、各区县（市）推荐、专家评审和网上公示（公示期为2024年7月8日至7月12日），确定郑州国际陆港开发建设有限公司等12家企业为2024年度郑州市“一带一路”经贸合作重点企业（名单见附件），现予公布。")
ZZ_H1 = "一、入选企业分布情况"
ZZ_P2 = "本年度入选企业共12家，涉及中欧班列运营、国际物流、跨境电商、对外承包工程、境外经贸合作区建设等领域，按所在区（开发区）分布如下："
ZZ_DIST_HEADER = ["所在区（开发区）", "入选企业（家）"]
ZZ_DIST = [("经开区", "3"), ("郑东新区", "3"), ("航空港区", "2"), ("金水区", "2"), ("中原区", "1"), ("管城回族区", "1")]
ZZ_H2 = "二、支持措施"
ZZ_S2 = [
    ("（一）优先支持资金申报。", "入选企业申报2024—2025年度市级“一带一路”经贸合作专项资金的，同等条件下优先安排；对当年对共建“一带一路”国家进出口额增长20%以上的入选企业，按增量部分每1亿元给予10万元奖励，单个企业年度奖励最高不超过100万元。"),
    ("（二）强化服务保障。", "市商务局会同郑州海关、国家税务总局郑州市税务局建立“一企一策”服务机制，为入选企业提供中欧班列（郑州）舱位保障、出口退税“绿色通道”、AEO高级认证培育等服务，出口退税平均办理时间压缩至3个工作日以内。"),
]
ZZ_H3 = "三、工作要求"
ZZ_S3 = [
    ("（一）实行动态管理。", "重点企业名单有效期为2024年8月1日至2026年7月31日。入选企业发生重大安全生产事故、被列入严重失信主体名单或存在弄虚作假行为的，取消其重点企业资格，3年内不得再次申报。"),
    ("（二）做好跟踪监测。", "各区县（市）商务主管部门要建立入选企业联系制度，于每季度结束后10日内报送入选企业进出口、对外投资等运行情况，并于2024年12月15日前报送年度发展情况总结。"),
]
ZZ_CONTACT = "联系人及电话：市商务局对外贸易发展处　王磊　0371-67181235。"
ZZ_DATE = "2024年7月26日"
ZZ_CC = "市发展改革委，市财政局，郑州海关，国家税务总局郑州市税务局。"
ZZ_PRINTER, ZZ_PRINTDATE = "郑州市商务局办公室", "2024年7月29日"

ZZ_HEADER = ["序号", "企业名称", "所在区", "项目类别"]
# (no, name lines, district, category lines, how the row is typed)
#   how: "tab" = tab row, continuation lines as new paragraphs starting with \t
#        "br"  = tab row, continuation inside the same paragraph after a soft line break
#        "sp"  = aligned with runs of half-width spaces, no tabs at all
ZZ_ROWS = [
    ("1", ["郑州国际陆港开发建设有限公司"], "经开区", ["中欧班列运营"], "tab"),
    ("2", ["河南中豫国际多式联运物流集团", "有限公司"], "经开区", ["国际物流"], "tab"),
    ("3", ["郑州航空港区国际跨境电商供应链", "管理有限公司"], "航空港区", ["跨境电商"], "br"),
    ("4", ["河南华豫对外工程建设集团有限公司"], "郑东新区", ["对外承包工程"], "tab"),
    ("5", ["郑州中亚（哈萨克斯坦）农业产业园", "开发有限公司"], "郑东新区", ["境外经贸合作区", "建设"], "tab"),
    ("6", ["郑州新丝路海外仓储服务有限公司"], "金水区", ["海外仓"], "tab"),
    ("7", ["河南瑞通跨境电子商务有限公司"], "中原区", ["跨境电商"], "tab"),
    ("8", ["郑州航空港兴港国际航空物流", "有限公司"], "航空港区", ["国际航空货运"], "tab"),
    ("9", ["中原豫通国际工程有限公司"], "郑东新区", ["对外承包工程"], "tab"),
    ("10", ["郑州经开区中欧班列集结中心", "运营管理有限公司"], "经开区", ["中欧班列运营"], "tab"),
    ("11", ["郑州金水跨境数字贸易有限公司"], "金水区", ["数字贸易"], "sp"),
    ("12", ["河南豫航机电进出口有限公司"], "管城回族区", ["机电产品出口"], "sp"),
]
ZZ_PLACE = {"经开区": "郑州经济技术开发区（经开区）", "郑东新区": "郑东新区", "航空港区": "郑州航空港经济综合实验区（航空港区）",
            "金水区": "金水区", "中原区": "中原区", "管城回族区": "管城回族区"}
# columns of the 企业名单 (四号 = 14 pt = 280 twips a character)
ZZ_C1, ZZ_C2, ZZ_C3 = 700, 5320, 6860


def zz_check():
    from collections import Counter
    cnt = Counter(r[2] for r in ZZ_ROWS)
    assert {k: str(v) for k, v in cnt.items()} == dict(ZZ_DIST), cnt
    name_w = (ZZ_C2 - ZZ_C1) / 280.0
    for no, names, dist, cats, how in ZZ_ROWS:
        full = "".join(names)
        assert (len(full) > name_w) == (len(names) > 1), (full, len(full), name_w)
        for n in names:
            assert len(n) <= name_w, n
        assert len(dist) * 280 <= ZZ_C3 - ZZ_C2
        for c in cats:
            assert len(c) * 280 <= TEXT_W - ZZ_C3, c


def zz_row_lines(no, names, dist, cats, how):
    """The typed text of one row: list of paragraph texts (\n = soft break inside)."""
    n = max(len(names), len(cats))
    names = names + [""] * (n - len(names))
    cats = cats + [""] * (n - len(cats))
    first = "%s\t%s\t%s\t%s" % (no, names[0], dist, cats[0])
    conts = []
    for k in range(1, n):
        t = "\t" + names[k]
        if cats[k]:
            t += "\t\t" + cats[k]
        conts.append(t)
    if how == "br":
        return ["\n".join([first] + conts)]
    if how == "sp":
        # spaces: Times New Roman space at 14 pt = 3.5 pt = 70 twips; digits 140 twips
        def pad(text_tw, target):
            return " " * max(2, round((target - text_tw) / 70.0))
        s = no + pad(140 * len(no), ZZ_C1) + names[0] + pad(ZZ_C1 + 280 * len(names[0]), ZZ_C2) + dist + pad(ZZ_C2 + 280 * len(dist), ZZ_C3) + cats[0]
        return [s]
    return [first] + conts


def build_zz(path):
    zz_check()
    doc = Document()
    setup(doc)
    banhead(doc, ["郑州市商务局文件"], 44)
    docnum(doc, ZZ_NUM)
    title_soft(doc, ZZ_TITLE_PARTS)
    zhusong(doc, ZZ_ZHUSONG)
    para(doc, ZZ_P1)
    heading1(doc, ZZ_H1)
    para(doc, ZZ_P2)
    # 2-column list with right tab + dot leader, indented two characters
    lst = [(6400, "right", "dot")]
    line_para(doc, "%s\t%s" % tuple(ZZ_DIST_HEADER), [(6400, "right", None)], HT, SAN, LINE, left=Pt(SAN * 2))
    for d, n in ZZ_DIST:
        line_para(doc, "%s\t%s" % (d, n), lst, FS, SAN, LINE, left=Pt(SAN * 2))
    heading1(doc, ZZ_H2)
    for h, b in ZZ_S2:
        runin(doc, h, b)
    heading1(doc, ZZ_H3)
    for h, b in ZZ_S3:
        runin(doc, h, b)
    para(doc, ZZ_CONTACT)
    attach_note(doc, [ZZ_ATT])
    signoff(doc, ZZ_ISSUER, ZZ_DATE)
    # ---- 附件
    page_break(doc)
    attach_label(doc)
    para(doc, ZZ_ATT, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    hdr_stops = [((ZZ_C1 + ZZ_C2) // 2, "center", None), ((ZZ_C2 + ZZ_C3) // 2, "center", None), ((ZZ_C3 + TEXT_W) // 2, "center", None)]
    row_stops = [(ZZ_C1, "left", None), (ZZ_C2, "left", None), (ZZ_C3, "left", None)]
    p = line_para(doc, "\t".join(ZZ_HEADER), hdr_stops, HT, SI, Pt(26))
    border(p, "bottom", 6, "000000", 4)
    for row in ZZ_ROWS:
        for t in zz_row_lines(*row):
            line_para(doc, t, None if row[4] == "sp" else row_stops, FS, SI, Pt(26))
    p = line_para(doc, "", None, FS, SI, Pt(26))
    border(p, "top", 6, "000000", 4)
    banji(doc, ZZ_CC, ZZ_PRINTER, ZZ_PRINTDATE, blank=2)
    doc.save(path)


# =================================================================== 2. 武汉片区
WH_NUM = "汉自贸管发〔2024〕15号"
WH_ISSUER = "中国（湖北）自由贸易试验区武汉片区管理委员会"
WH_FG = "武汉片区深度融入共建“一带一路”2024年重点任务分工"
WH_TITLE_PARTS = ["中国（湖北）自由贸易试验区武汉片区", "管理委员会关于印发《武汉片区深度融入", "共建“一带一路”2024年重点任务分工》的通知"]
WH_TITLE = "".join(WH_TITLE_PARTS)
assert WH_TITLE == WH_ISSUER + "关于印发《%s》的通知" % WH_FG
WH_ZHUSONG = "片区各部门、各直属单位，驻片区各有关单位："
WH_P = [
    "《%s》已经片区管委会2024年第3次主任办公会议审议通过，现印发给你们，请认真抓好落实。" % WH_FG,
    "各牵头单位要细化工作举措，于每季度末月25日前将任务推进情况报送片区管委会综合协调局；未能按期完成的，须书面说明原因。",
]
WH_DATE = "2024年3月18日"
WH_CC = "省自贸办，市商务局，东湖新技术开发区管委会。"
WH_PRINTER, WH_PRINTDATE = "武汉片区管委会综合协调局", "2024年3月19日"
WH_FG_TITLE_PARTS = ["武汉片区深度融入共建“一带一路”", "2024年重点任务分工"]
WH_H1 = "一、总体目标"
WH_GOAL = "到2024年底，片区对共建“一带一路”国家进出口额达到420亿元，同比增长12%以上；经片区集货的中欧班列（武汉）开行突破200列；新增制度创新成果8项以上，其中服务共建“一带一路”类成果不少于3项。"
WH_H2 = "二、重点任务分工"
WH_INTRO = "各项重点任务的牵头单位、配合单位和完成时限如下（牵头单位为多个的，排在首位的为总牵头单位）："
WH_HEADER = ["任务", "牵头单位", "配合单位", "完成时限"]
# tab stops, twips (小四 12 pt = 240 twips a character); header uses the default 420-twip grid
WH_C1, WH_C2, WH_C3 = 3780, 5460, 7560
WH_GROUPS = [
    ("（一）畅通国际物流通道", [
        (["1．加密中欧班列（武汉）开行"], ["片区经发局"], ["汉欧国际公司、", "武汉海关"], "12月底前"),
        (["2．开通阳逻港至东盟江海航线"], ["片区经发局"], ["阳逻港务公司、", "新洲区交通局"], "9月底前"),
        (["3．天河机场国际货运航线扩容"], ["片区经发局"], ["天河机场公司、", "武汉海关、", "市口岸办"], "12月底前"),
    ]),
    ("（二）提升贸易投资便利化水平", [
        (["4．推广跨境贸易“两步申报”"], ["片区政务局"], ["东湖海关、", "东湖综保区、", "片区财金局"], "6月底前"),
        (["5．建设“一带一路”跨境电商", "综合服务平台"], ["片区经发局"], ["东湖综保区、", "光谷跨境电商园"], "10月底前"),
        (["6．开展QFLP试点扩容"], ["片区财金局"], ["市地方金融局、", "人行湖北省分行"], "12月底前"),
    ]),
    ("（三）深化国际产能和科技合作", [
        (["7．组建“一带一路”光电子", "产业联盟"], ["片区科创局"], ["片区投促局、", "华中科技大学"], "11月底前"),
        (["8．支持企业建设境外研发中心"], ["片区科创局、", "片区经发局"], ["片区财金局、", "市科技局"], "持续推进"),
        (["9．举办“一带一路”光谷国际", "合作论坛"], ["片区投促局"], ["片区综协局、", "市外办、", "市贸促会"], "10月底前"),
    ]),
    ("（四）加强法治保障和风险防控", [
        (["10．设立“一带一路”国际", "商事调解中心"], ["片区综协局"], ["武汉仲裁委、", "市司法局"], "9月底前"),
    ]),
]
WH_H3 = "三、保障措施"
WH_S3 = [
    ("（一）加强统筹调度。", "片区管委会建立重点任务台账，实行“月调度、季通报”，任务完成情况纳入各部门年度绩效考核，权重不低于10%。"),
    ("（二）强化要素保障。", "2024年片区统筹安排“一带一路”专项资金5000万元，对任务推进成效突出的单位和企业给予支持，具体办法由片区财金局另行制定。"),
    ("（三）注重总结推广。", "各牵头单位要及时总结可复制可推广的经验做法，每项任务至少形成1篇案例，于2024年11月30日前报送片区综协局。"),
]
WH_PLACE = {"2．": "阳逻港（武汉市新洲区）", "3．": "天河机场（武汉市黄陂区）", "4．": "东湖综合保税区", "5．": "东湖综合保税区 / 光谷"}


def wh_header_text():
    """Header typed on the default 420-twip grid with several tabs, as a typist does it."""
    out, pos = "", 0
    targets = [WH_C1, WH_C2, WH_C3]
    for i, h in enumerate(WH_HEADER):
        out += h
        pos += 240 * len(h)
        if i < 3:
            n = 0
            while pos < targets[i]:
                pos = (pos // 420 + 1) * 420
                n += 1
            out += "\t" * n
    return out


def wh_check():
    assert WH_C1 % 420 == 0 and WH_C3 % 420 == 0 and WH_C2 % 420 == 0
    widths = [WH_C1, WH_C2 - WH_C1, WH_C3 - WH_C2, TEXT_W - WH_C3]
    for grp, rows in WH_GROUPS:
        for task, lead, coop, due in rows:
            full = "".join(task)
            assert (cjk_len(full) * 240 > widths[0] - 60) == (len(task) > 1), full
            for col, w in ((task, widths[0]), (lead, widths[1]), (coop, widths[2]), ([due], widths[3])):
                for t in col:
                    assert cjk_len(t) * 240 <= w - 60, (t, cjk_len(t) * 240, w)


def wh_row_lines(task, lead, coop, due):
    n = max(len(task), len(lead), len(coop))
    cols = [c + [""] * (n - len(c)) for c in (task, lead, coop, [due])]
    lines = []
    for k in range(n):
        cells = [c[k] for c in cols]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    return lines


def wh_clause(task, lead, coop, due):
    return row_clause(WH_HEADER, ["".join(task), "".join(lead), "".join(coop), due])


def build_wh(path):
    wh_check()
    doc = Document()
    setup(doc)
    banhead(doc, ["中国（湖北）自由贸易试验区", "武汉片区管理委员会文件"], 30)
    docnum(doc, WH_NUM)
    title_paras(doc, WH_TITLE_PARTS, 18)  # 小二: the long title would not fit 二号 lines
    zhusong(doc, WH_ZHUSONG)
    for t in WH_P:
        para(doc, t)
    attach_note(doc, [WH_FG])
    signoff(doc, WH_ISSUER, WH_DATE)
    page_break(doc)
    attach_label(doc)
    title_paras(doc, WH_FG_TITLE_PARTS)
    heading1(doc, WH_H1)
    para(doc, WH_GOAL)
    heading1(doc, WH_H2)
    para(doc, WH_INTRO)
    stops = [(WH_C1, "left", None), (WH_C2, "left", None), (WH_C3, "left", None)]
    p = line_para(doc, wh_header_text(), None, HT, XIAOSI, Pt(22))
    border(p, "top", 6, "000000", 2)
    border(p, "bottom", 6, "000000", 2)
    for grp, rows in WH_GROUPS:
        line_para(doc, grp, None, KT, XIAOSI, Pt(22))
        for r in rows:
            for t in wh_row_lines(*r):
                line_para(doc, t, stops, FS, XIAOSI, Pt(22))
    p = line_para(doc, "", None, FS, XIAOSI, Pt(22))
    border(p, "top", 6, "000000", 2)
    heading1(doc, WH_H3)
    for h, b in WH_S3:
        runin(doc, h, b)
    banji(doc, WH_CC, WH_PRINTER, WH_PRINTDATE, blank=3)
    doc.save(path)


# =================================================================== 3. 厦门
XM_NUM = "厦财企〔2024〕21号"
XM_ISSUERS = ["厦门市财政局", "厦门市商务局"]
XM_TITLE_PARTS = ["厦门市财政局　厦门市商务局", "关于下达2024年度中国（福建）", "自由贸易试验区厦门片区“丝路海运”", "发展专项资金的通知"]
XM_TITLE = "".join(XM_TITLE_PARTS)
XM_ZHUSONG = "中国（福建）自由贸易试验区厦门片区管理委员会，海沧区、湖里区财政局，各有关单位："
XM_P1 = ("为支持“丝路海运”高质量发展，助力厦门建设21世纪海上丝绸之路核心区枢纽城市，根据《厦门市“丝路海运”发展专项资金管理办法》（厦财企〔2022〕8号），"
         "经项目申报、专家评审和市政府同意，现下达2024年度中国（福建）自由贸易试验区厦门片区“丝路海运”发展专项资金3260万元，有关事项通知如下。")
XM_H1 = "一、资金安排"
XM_P2 = "本次资金按项目安排，具体如下："
XM_UNIT = "单位：万元"
XM_HEADER = ["项目名称", "实施区域", "金额"]
XM_W1, XM_W2 = 15, 10   # column widths in full-width characters (三号 16 pt)
XM_ROWS = [
    (["１．“丝路海运”命名航线培育"], "海沧港区、东渡港区", "850"),
    (["２．海铁联运班列运营补助"], "海沧港区", "620"),
    (["３．跨境电商海外仓建设"], "象屿综合保税区", "540"),
    (["４．中欧（厦门）班列回程", "货源组织"], "海沧港区", "760"),
    (["５．“一带一路”商事法律", "服务中心运营"], "两岸贸易中心核心区", "490"),
]
XM_TOTAL = "3260"
XM_H2 = "二、资金拨付和管理"
XM_S2 = [
    ("（一）", "资金由市财政局拨付至厦门片区管委会，片区管委会应在收到资金后15个工作日内拨付至项目承担单位，不得滞留、截留。"),
    ("（二）", "项目承担单位要严格执行《厦门市“丝路海运”发展专项资金管理办法》，实行专账核算、专款专用；对虚报冒领、挤占挪用的，依照《财政违法行为处罚处分条例》等规定处理，并收回已拨付资金。"),
]
XM_S3 = ("三、加强绩效管理。", "厦门片区管委会要组织项目承担单位对照绩效目标开展自评，于2025年3月31日前将2024年度绩效自评报告报送市财政局、市商务局。")
XM_CONTACT = "联系人及电话：市财政局企业处　林晓　0592-2859316；市商务局服务贸易处　陈凯　0592-2851127。"
XM_DATE = "2024年9月12日"
XM_CC = "市审计局，海沧区人民政府，湖里区人民政府。"
XM_PRINTER, XM_PRINTDATE = "厦门市财政局办公室", "2024年9月13日"
XM_PLACE = {"１．": "海沧港区、东渡港区", "２．": "海沧港区", "３．": "象屿综合保税区", "４．": "海沧港区", "５．": "两岸贸易中心核心区"}


def xm_lines():
    W = "\u3000"
    def padto(s, w):
        n = w - cjk_len(s)
        assert n >= 1, (s, w)
        return s + W * int(round(n))
    unit = W * int(XM_W1 + XM_W2 - 3) + XM_UNIT   # typed flush over the 金额 column
    hdr = padto(XM_HEADER[0], XM_W1) + padto(XM_HEADER[1], XM_W2) + XM_HEADER[2]
    rows = []
    for names, area, amt in XM_ROWS:
        lines = [padto(names[0], XM_W1) + padto(area, XM_W2) + amt]
        for extra in names[1:]:
            lines.append(W * 2 + extra)      # continuation under the project name, after the "１．"
        rows.append(lines)
    total = padto("合" + W * 2 + "计", XM_W1 + XM_W2) + XM_TOTAL
    return unit, hdr, rows, total


def xm_clauses():
    rows = [row_clause(XM_HEADER, ["".join(n), a, m]) for n, a, m in XM_ROWS]
    assert sum(int(m) for _, _, m in XM_ROWS) == int(XM_TOTAL)
    return rows, row_clause(XM_HEADER, ["合计", "", XM_TOTAL])


def xm_banhead(doc):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Mm(112), Mm(40)]
    for i, w in enumerate(widths):
        t.columns[i].width = w
        t.rows[0].cells[i].width = w
    left, right = t.rows[0].cells
    left.paragraphs[0].text = ""
    for i, name in enumerate(XM_ISSUERS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 36, Pt(44))
        set_font(p.add_run(name), XBZ, 36, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 36, Pt(44))
    set_font(p.add_run("文件"), XBZ, 36, color=RED)
    tbl_pr = t._tbl.tblPr
    tbl_pr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def build_xm(path):
    doc = Document()
    setup(doc)
    # python-docx's default doc starts with no paragraph; the 版头 table comes first
    xm_banhead(doc)
    docnum(doc, XM_NUM)
    title_soft(doc, XM_TITLE_PARTS)
    zhusong(doc, XM_ZHUSONG)
    para(doc, XM_P1)
    heading1(doc, XM_H1)
    para(doc, XM_P2)
    unit, hdr, rows, total = xm_lines()
    para(doc, unit, FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, hdr, HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    for lines in rows:
        for ln in lines:
            para(doc, ln, FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, total, FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    heading1(doc, XM_H2)
    for h, b in XM_S2:
        para(doc, h + b)
    runin(doc, XM_S3[0], XM_S3[1], HT)
    para(doc, XM_CONTACT)
    # joint 落款: both organs on one line, lined up with tab stops over their seals
    signoff(doc, "\t" + XM_ISSUERS[0] + "\t" + XM_ISSUERS[1], XM_DATE,
            stops=[(1200, "left", None), (5400, "left", None)], publicity="（此件主动公开）")
    banji(doc, XM_CC, XM_PRINTER, XM_PRINTDATE, blank=4)
    doc.save(path)


# =================================================================== PDF + expected
def to_pdf(docx_path):
    prof = "/tmp/lo_135"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected():
    # ---- 郑州
    zz_dist = [row_clause(ZZ_DIST_HEADER, r) for r in ZZ_DIST]
    zz_rows = [row_clause(ZZ_HEADER, [no, "".join(names), dist, "".join(cats)]) for no, names, dist, cats, how in ZZ_ROWS]
    zz_lines_alt = []
    for r in ZZ_ROWS:
        zz_lines_alt.extend(zz_row_lines(*r))
    zz = {
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": ZZ_NUM,
            "issuer": [ZZ_ISSUER],
            "date": "2024-07-26",
            "published": "2024-07-29",
            "level": "municipal",
            "region": "河南省郑州市",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "attachments": [ZZ_ATT],
            "doc_type": "通知",
            "recipients": ["各区县（市）商务主管部门", "郑州航空港经济综合实验区、郑东新区、郑州经开区、郑州高新区经济发展部门", "各有关企业"],
            "publicity": "此件公开发布",
            "typed_tables": [
                "正文 一、: 2-column list 所在区（开发区）⇥入选企业（家）, right tab at 6400 twips with dot leader (header line: same tab, no leader), 6 rows, indented 2 字",
                "附件: 企业名单 序号⇥企业名称⇥所在区⇥项目类别; header on centre tabs (3010/6090/7852), rows on left tabs (700/5320/6860); 12 rows typed on 17 lines",
            ],
        },
        "clauses": [ZZ_P1, ZZ_P2] + zz_dist + [h + b for h, b in ZZ_S2] + [h + b for h, b in ZZ_S3] + [ZZ_CONTACT] + zz_rows,
        "applies_to": {
            "default": "河南省郑州市",
            "specific": dict(
                [("一、 list row %s" % d, ZZ_PLACE[d]) for d, _ in ZZ_DIST]
                + [("附件 row %s (%s)" % (no, "".join(nm)), ZZ_PLACE[dist]) for no, nm, dist, _, _ in ZZ_ROWS]
            ),
            "note": "共建“一带一路”国家 and 中欧班列（郑州） do not place a clause abroad; 哈萨克斯坦 in row 5's company name is part of a name (the company sits in 郑东新区) — placing row 5 in Kazakhstan is wrong (medium). 郑州海关 / 国家税务总局郑州市税务局 are organs. The 主送 line names 航空港区/郑东新区/经开区/高新区 as recipients — that does not make the whole notice apply only there.",
        },
        "_note": (
            "Furniture, not clauses: red 版头 郑州市商务局文件; 文号 line 郑商〔2024〕36号 with the red rule; the title (ONE paragraph with a soft line break after 郑州市 — re-join without a space); 主送; "
            "headings 一、入选企业分布情况 / 二、支持措施 / 三、工作要求 (own paragraphs, no text; tolerable as heading clauses); 附件说明 附件：…名单 (→ attachments); 落款 郑州市商务局 + 2024年7月26日; （此件公开发布）; the label 附件 and the 附件 title paragraph; "
            "the column-header lines (所在区（开发区）⇥入选企业（家） and 序号⇥企业名称⇥所在区⇥项目类别 — they are table headers, i.e. the column names of the rows below, not clauses); the empty ruled paragraph closing the list; "
            "版记 (抄送：… / 郑州市商务局办公室⇥2024年7月29日印发 — that印发 line is itself a right-tab line: it must NOT be read as a typed table row, and 2024-07-29 is the 印发 date, not the 成文日期); footer “— N —”. "
            "（一）（二） under 二、/三、 are run-in 楷体 headings: heading + text = one clause. "
            "TYPED TABLES. (a) In 一、 the distribution by 区 is typed as 6 lines 区⇥n with a dot leader (the dots are drawn by Word, they are not characters in the text; in the PDF they are “.......” characters and must not end up in clause text). "
            "(b) The 附件 企业名单 is typed, not a w:tbl: header line on centre tabs, 12 rows on left tabs. Rows 2, 5, 8, 10 wrap by hand: the continuation is a NEW PARAGRAPH starting with a tab (row 5's continuation carries two cells: ⇥开发有限公司⇥⇥建设 — name column and 项目类别 column); "
            "row 3 wraps with a soft line break (w:br) + tab inside the same paragraph; rows 11 and 12 are aligned with runs of half-width spaces (no tabs at all). "
            "Best reading (= the clauses above): one clause per row, `列名：值；…` with the header's column names, continuation text re-attached to its own column (名称 “郑州中亚（哈萨克斯坦）农业产业园开发有限公司”, 项目类别 “境外经贸合作区建设”). "
            "An analyst would also accept: one clause per typed ROW whose text is the row's cells joined by tabs/spaces with the continuation appended (e.g. “5 郑州中亚（哈萨克斯坦）农业产业园 郑东新区 境外经贸合作区 / 开发有限公司 建设”, low), or a clause per typed line with the whole line's text (%d lines for 12 rows — medium: the continuation lines “⇥有限公司”, “⇥管理有限公司”, “⇥开发有限公司⇥⇥建设”, “⇥运营管理有限公司” become orphan clauses that no longer say which company or 区 they belong to, and a search for the full company name finds nothing). "
            "What loses information (high): the 名单 dropped or mashed into one clause; rows merged with each other; a continuation line glued to the NEXT row; the space-typed rows 11/12 lost or split into one clause per word; the cut names (e.g. “郑州航空港区国际跨境电商供应链” without 管理有限公司) reported as the company name. "
            "Column names: 序号/企业名称/所在区/项目类别 from the header line; a reader that does not name the columns but keeps the cells in order is medium. "
            "effective/expires: the notice itself has no 施行 date; 2024-08-01 – 2026-07-31 is the validity of the 名单 (三、（一）) — reading them as effective/expires is what this file expects; null for both is tolerable (low). date = 2024-07-26 (落款); 2024-07-29 印发; 2024-07-08 – 07-12 公示期; 2024-12-15 a deadline."
        ) % len(zz_lines_alt),
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "same expected metadata and clauses as the .docx. In the PDF the tabs are gone: every typed line is a text line with gaps; the columns exist only as x-positions (header centred over the columns, rows left-aligned at the stops). Continuation lines are separate text lines holding only the wrapped words at the x of their column (row 5's continuation has text in column 2 and column 4 with nothing in 3). Rows 11/12 (typed with spaces) come out as ordinary lines whose columns do not start exactly at the tab x-positions. The dot leaders of the 一、 list are printed as runs of '.' glyphs in the text layer. Page furniture “— N —”; the 版记 印发 line is a single line with a big gap. One clause per PDF line is the minimum; continuation lines as orphan clauses is medium (see _note).",
        },
    }

    # ---- 武汉
    wh_rows = []
    wh_lines_n = 0
    for grp, rows in WH_GROUPS:
        for r in rows:
            wh_rows.append(wh_clause(*r))
            wh_lines_n += len(wh_row_lines(*r))
    wh = {
        "meta": {
            "title": WH_TITLE,
            "doc_number": WH_NUM,
            "issuer": [WH_ISSUER],
            "date": "2024-03-18",
            "published": "2024-03-19",
            "level": "municipal",
            "region": "湖北省武汉市（中国（湖北）自由贸易试验区武汉片区）",
            "effective": None,
            "expires": None,
            "attachments": [WH_FG],
            "doc_type": "通知",
            "recipients": ["片区各部门、各直属单位", "驻片区各有关单位"],
            "publicity": "此件公开发布",
            "typed_tables": [
                "附件 二、: 重点任务分工 任务⇥牵头单位⇥配合单位⇥完成时限; header typed on the default 420-twip tab grid (%s), rows on custom left tabs 3780/5460/7560 twips; 4 group headings （一）…（四） inside the list; 10 rows typed on %d lines" % (show(wh_header_text()), wh_lines_n),
            ],
        },
        "clauses": WH_P + [WH_GOAL, WH_INTRO] + wh_rows + [h + b for h, b in WH_S3],
        "applies_to": {
            "default": "中国（湖北）自由贸易试验区武汉片区（湖北省武汉市）",
            "specific": {
                "row 2．开通阳逻港至东盟江海航线": "阳逻港（武汉市新洲区）",
                "row 3．天河机场国际货运航线扩容": "天河机场（武汉市黄陂区）",
                "row 4．推广跨境贸易“两步申报”": "东湖综合保税区 (named as 配合单位; the 片区 default is fine)",
                "row 5．建设“一带一路”跨境电商综合服务平台": "东湖综合保税区 / 光谷跨境电商园 (配合单位; the 片区 default is fine)",
            },
            "note": "东盟 / 共建“一带一路”国家 do not place a row abroad; 新洲区交通局 (row 2) and 武汉海关/东湖海关 are organs (新洲区 via 阳逻港 is right for row 2, 新洲区 for the whole document is wrong). 湖北省 for everything is too broad (low).",
        },
        "_note": (
            "One file, one 公文: the 印发 notice (2 clauses) + its 附件 (the 分工 itself, title typed as TWO paragraphs 武汉片区深度融入共建“一带一路” / 2024年重点任务分工). Reading the 附件 as a second document (title = the 分工 title, issuer = 片区管委会, date 2024-03-18) is tolerable; expected lists both parts' clauses in one list. "
            "Furniture: two-line red 版头 (中国（湖北）自由贸易试验区 / 武汉片区管理委员会文件); 文号 + red rule; the title typed as THREE paragraphs (中国（湖北）自由贸易试验区武汉片区 / 管理委员会关于印发《武汉片区深度融入 / 共建“一带一路”2024年重点任务分工》的通知) to be joined without spaces; 主送; 附件说明; 落款 + 2024年3月18日; （此件公开发布）; label 附件; headings 一、总体目标 / 二、重点任务分工 / 三、保障措施 (no text of their own); "
            "版记 (抄送… / 武汉片区管委会综合协调局⇥2024年3月19日印发 — a right-tab line, not a table row); footer “— N —”. 三、（一）（二）（三） are run-in headings (one clause each). "
            "TYPED TABLE: the 分工 is typed, not a w:tbl. The header line is typed on the DEFAULT tab grid (defaultTabStop 420 twips) with runs of tabs (任务 + 8 tabs, 牵头单位 + 2 tabs, 配合单位 + 3 tabs): splitting it on single tabs gives empty column names — it must still give 4 columns 任务/牵头单位/配合单位/完成时限. "
            "Rows use custom left tab stops (3780/5460/7560). Group headings （一）畅通国际物流通道 … （四）加强法治保障和风险防控 are lines inside the list without tabs: they are headings of the rows below (good as path/heading; as a clause tolerable, low; glued to a row medium). "
            "Wrapping: 配合单位 wraps onto 1–2 continuation paragraphs in every row (e.g. row 3: ⇥⇥武汉海关、 / ⇥⇥市口岸办; row 9: ⇥⇥市外办、 / ⇥⇥市贸促会), 任务 wraps in rows 5, 7, 9, 10 (the task continuation is the FIRST cell, so those continuation lines start with text, not with a tab: “综合服务平台⇥⇥光谷跨境电商园”, “产业联盟⇥⇥华中科技大学”, “合作论坛⇥⇥市外办、”, “商事调解中心⇥⇥市司法局”), 牵头单位 wraps in row 8 (片区科创局、 / ⇥片区经发局⇥市科技局). "
            "Best reading (= clauses above): one clause per task, `任务：…；牵头单位：…；配合单位：…；完成时限：…` with every continuation re-joined into its column (配合单位 “天河机场公司、武汉海关、市口岸办”). "
            "Acceptable (low–medium): one clause per task with the raw lines joined. One clause per typed line (%d lines for 10 tasks) is medium-to-high here: the continuation lines “⇥⇥武汉海关、”, “⇥⇥市口岸办” become orphan clauses and the row clause then names only the first 配合单位 — an analyst asking ‘which units co-operate on task 3’ gets a wrong (partial) answer; worse, lines starting with task text (“综合服务平台⇥⇥光谷跨境电商园”, “合作论坛⇥⇥市外办、”) look like new tasks. "
            "What loses information (high): the list dropped or mashed into one clause; a continuation line attached to the wrong task (e.g. to the next task or to a group heading); the 完成时限 column lost; 9月底前 etc. not attached to their task. "
            "No effective/expires (a 分工 has none). date = 2024-03-18; 2024-03-19 印发; 2024-11-30 deadline in 三、（三）."
        ) % wh_lines_n,
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "same metadata and clauses as the .docx. The PDF text layer has the list as lines with gaps: header (four words spread over the line), group headings, row lines and continuation lines whose text sits at the x of column 3 (or 1/2); the list crosses a page break (page furniture “— N —” between rows). A continuation line must be re-attached by x-position, not by text order alone.",
        },
    }

    # ---- 厦门
    xm_rows, xm_total = xm_clauses()
    unit, hdr, rows, total = xm_lines()
    xm = {
        "meta": {
            "title": XM_TITLE,
            "doc_number": XM_NUM,
            "issuer": XM_ISSUERS,
            "date": "2024-09-12",
            "published": "2024-09-13",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["中国（福建）自由贸易试验区厦门片区管理委员会", "海沧区、湖里区财政局", "各有关单位"],
            "publicity": "此件主动公开",
            "typed_tables": [
                "正文 一、: 资金安排 list aligned with full-width spaces U+3000 (no tabs): unit line %s, header %s, 5 rows (rows ４ and ５ wrap the 项目名称 onto a line starting with two U+3000), 合计 line %s" % (show(unit), show(hdr), show(total)),
            ],
        },
        "clauses": [XM_P1, XM_P2] + xm_rows + [xm_total] + [h + b for h, b in XM_S2] + [XM_S3[0] + XM_S3[1], XM_CONTACT],
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "row １": "海沧港区、东渡港区",
                "row ２": "海沧港区",
                "row ３": "象屿综合保税区",
                "row ４": "海沧港区",
                "row ５": "两岸贸易中心核心区",
            },
            "note": "海沧区 / 湖里区 appear in 主送 and 抄送 only as organs (财政局, 人民政府): they do not place the whole notice. 中欧 (row ４) and 21世纪海上丝绸之路 do not place anything abroad. 福建省 for everything is too broad (low).",
        },
        "_note": (
            "Joint notice of two organs: issuer = [厦门市财政局, 厦门市商务局] (both; only the first is medium). "
            "Furniture: the joint red 版头 is a borderless 1×2 w:tbl (left cell 厦门市财政局 / 厦门市商务局 on two paragraphs, right cell 文件) — it is NOT a data table: no clause, no 'row', and the issuers must not come out as “厦门市财政局厦门市商务局文件”; the 文号 line + red rule; "
            "the title (one paragraph, three soft breaks: 厦门市财政局　厦门市商务局 / 关于下达2024年度中国（福建） / 自由贸易试验区厦门片区“丝路海运” / 发展专项资金的通知; it contains a full-width space between the two organ names: 厦门市财政局　厦门市商务局关于下达… — keeping that space or normalising it to one space is fine); 主送; headings 一、资金安排 / 二、资金拨付和管理 (no text); "
            "the joint 落款 is ONE tab line ⇥厦门市财政局⇥厦门市商务局 (tab stops 1200/5400) + 2024年9月12日 — furniture, not a typed table row, and not a clause; （此件主动公开） → publicity; 版记 (抄送… / 厦门市财政局办公室⇥2024年9月13日印发); footer “— N —”. No 附件. "
            "二、（一）（二） are numbered items with no run-in heading (the number + text = one clause); 三、加强绩效管理。 is a run-in 黑体 heading + text = one clause. "
            "TYPED TABLE: the 资金安排 list is aligned ONLY with full-width spaces (U+3000) — no tabs, no w:tbl: a unit line （22 U+3000 + 单位：万元, pushed right over the 金额 column), header 项目名称/实施区域/金额, 5 rows, 合计 line (typed 合　　计 with two U+3000 inside the word). ""The unit line is table furniture, not a clause; the unit belongs to the 金额 column: clauses written `金额：850` (as above), `金额（万元）：850` or `金额：850万元` are all fine; 金额 without any unit anywhere in the document is low (the intro says 3260万元). ""The quotes “” in rows １ and ５ are printed narrower by LibreOffice than by Word, so in the PDF those rows' 实施区域 does not start at the same x as the other rows (a real effect of space-alignment). "
            "Rows ４ and ５ wrap the 项目名称 onto a second paragraph starting with two U+3000 (“　　货源组织”, “　　服务中心运营”). "
            "Best reading (= clauses above): one clause per row with the wrapped name re-joined (项目名称 “４．中欧（厦门）班列回程货源组织”); the 合计 line as `项目名称：合计；金额：3260` (or dropped: tolerable, low, since it is a total). Full-width digits １．２． kept or normalised to 1. 2. — taste. "
            "Acceptable (low): one clause per row with the raw line text (full-width space runs collapsed) and the continuation appended. One clause per typed line (8 lines for 5 rows + 合计) is medium: “货源组织” and “服务中心运营” become orphan 1-word clauses and the row-４/５ project names are cut. "
            "High: the list read as one clause with the surrounding paragraph; the amounts separated from their project; the full-width space runs kept as 10+ blank characters inside clause text is low (ugly, but the values survive). "
            "date = 2024-09-12 (落款); 2024-09-13 印发; 2025-03-31 deadline. No effective/expires."
        ),
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "same metadata and clauses as the .docx. In the PDF the full-width spaces are just gaps (pdfplumber may give them back as runs of spaces or drop them); the continuation lines “货源组织” / “服务中心运营” are separate lines indented by two characters; the joint 版头 prints as two stacked lines plus 文件 to their right (which the text layer may read as “厦门市财政局 文件” / “厦门市商务局” or similar — furniture either way).",
        },
    }
    return {"blind135_zhengzhou_list": [zz], "blind135_wuhan_fengong": [wh], "blind135_xiamen_funds": [xm]}


def main():
    files = []
    for name, fn in (("blind135_zhengzhou_list.docx", build_zz), ("blind135_wuhan_fengong.docx", build_wh), ("blind135_xiamen_funds.docx", build_xm)):
        path = os.path.join(HERE, name)
        fn(path)
        files.append(path)
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *files)


if __name__ == "__main__":
    main()
