# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1020: 县商务局 通知/报告/联合印发办法, typed with FULL-WIDTH digits
and Latin letters (mixed in places with half-width). Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
TS = 10.5  # table text: 五号
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

_FW_SRC = "0123456789.%+ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FW_MAP = {ord(ch): chr(ord(ch) + 0xFEE0) for ch in _FW_SRC}


def F(s):
    """Type like the old clerk: digits, '.', '%', '+' and Latin letters full-width."""
    return s.translate(_FW_MAP)


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text '\n' = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = font(fp.add_run(), SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(t, widths):
    """Write widths into tblGrid and every tcW (LibreOffice reads the grid), fixed layout."""
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        for ci, w in enumerate(widths):
            if ci < len(row.cells):
                row.cells[ci].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, clauses, widths=None, repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, TS)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, TS,
                     align=L if (widths and widths[ci] >= 4.0) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def red_mark(doc, organ_text, size=44):
    p = add_par(doc, [(organ_text, XBS, size, False, RED)], align=C, indent=False,
                line=size + 12)
    font(p.runs[0], XBS, size, False, RED)
    p.runs[0].font.spacing = Pt(2)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1020", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Body:
    """Write body paragraphs and collect the answer-key clauses at the same time."""

    def __init__(self, doc, spaces=False):
        self.doc = doc
        self.clauses = []
        self.spaces = spaces  # old clerk: indent with two full-width spaces

    def par(self, text, clause=True, font_name=FS):
        if self.spaces:
            p = add_par(self.doc, [("\u3000\u3000" + text, font_name, 16, False)],
                        indent=False, align=J)
        else:
            p = add_par(self.doc, [(text, font_name, 16, False)], align=J)
        if clause:
            self.clauses.append(text.replace("\n", ""))
        return p

    def head1(self, text):  # 一、… heading only (黑体)
        self.par(text, clause=False, font_name=HT)

    def head2(self, text):  # （一）… heading only (楷体)
        self.par(text, clause=False, font_name=KT)

    def runin(self, head, text, head_font=KT):
        """（一）加强组织领导。各地要…  — heading and text on the same line."""
        lead = "\u3000\u3000" if self.spaces else ""
        p = add_par(self.doc, [(lead + head, head_font, 16, False),
                               (text, FS, 16, False)],
                    indent=not self.spaces, align=J)
        self.clauses.append(head + text.replace("\n", ""))
        return p


# ====================================================== 1. 通知 (特急, 附件)
def doc_tongzhi():
    doc = Document()
    setup(doc)
    b = Body(doc)

    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    red_mark(doc, "浦江县商务局文件", 46)
    empty(doc, 1)
    p = add_par(doc, [(F("浦商务〔2026〕12号"), FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    title = F("浦江县商务局关于组织开展2026年") + "\n“一带一路”共建国家市场开拓“百企千\n展”行动的通知"
    add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各乡镇人民政府、街道办事处，县级有关单位，各外贸企业：", indent=False, align=J)

    b.par(F("为深入贯彻落实省委、省政府关于高质量共建“一带一路”的决策部署和《金华市推进外贸"
            "稳规模优结构三年行动方案（2025—2027年）》要求，进一步巩固我县水晶玻璃、挂锁五金、"
            "绗缝家纺等传统优势产品在共建国家的市场份额，用好RCEP、中国—东盟自贸区3.0版等FTA"
            "政策红利，经研究，决定在全县组织开展2026年“一带一路”共建国家市场开拓“百企千展”"
            "行动。现将有关事项通知如下："))
    b.head1("一、工作目标")
    b.par(F("2026年，全县组织100家以上外贸企业参加境内外展会1000家次以上（含线上展会），"
            "其中赴共建国家参展不少于60个展次。力争全年对共建国家出口额达到128.6亿元，同比增长"
            "8.5%以上，占全县出口总额比重提高到52%左右；RCEP项下原产地证书签证金额突破15亿元。"))
    b.head1("二、重点任务")
    b.runin("（一）精准组织境外参展。",
            "聚焦东盟、中东、中亚、中东欧和非洲等重点市场，分层分类组织企业参展。")
    b.par(F("1.重点展会“包团”组织。对列入《2026年浦江县“一带一路”重点展会目录》（见附件1）"
            "的展会，由县商务局统一组团，企业按照自愿原则报名，展位费按规定给予补助。"))
    b.par(F("2.鼓励企业自主参展。企业自行参加目录以外共建国家展会的，经事前备案后可按实际展位费"
            "的50%给予补助，单个展会补助最高不超过3万元。"))
    b.par(F("3.推进“展会+海外仓”联动。支持企业利用迪拜、雅加达等地公共海外仓开展展品留购。"))
    b.runin("（二）用足用好自贸协定政策。",
            F("县商务局会同金华海关驻浦江办事处，定期举办RCEP及中国—东盟、中国—塞尔维亚等FTA"
              "政策宣讲会，全年不少于4场；指导企业用好“经核准出口商”制度，对新认定的经核准出口商"
              "给予一次性奖励2万元。"))
    b.runin("（三）加强跨境电商与市场采购联动。",
            "依托义乌国际商贸城和中国（浙江）自由贸易试验区金义片区，支持企业开设面向共建国家的"
            "跨境电商店铺，对年出口额首次突破500万美元的企业给予奖励。")
    b.runin("（四）强化贸易风险防范。",
            F("引导企业投保短期出口信用保险，县财政对小微企业保费给予80%补助；密切关注共建国家"
              "汇率波动和贸易救济调查动态，及时发布预警信息。"))
    b.head1("三、工作要求")
    b.runin("（一）加强组织领导。",
            F("各乡镇（街道）要明确1名分管领导和1名联络员，摸排辖区内有出口实绩企业参展意向，"
              "于2026年3月31日前将报名汇总表报送县商务局外贸科。"))
    b.runin("（二）规范资金使用。",
            F("补助资金实行“先参展、后申报、再拨付”，企业应在展会结束后3个月内提交申报材料，"
              "逾期不予受理。对弄虚作假、骗取补助资金的，一经查实，追回资金并"
              "取消其3年内申报资格。"))
    b.par(F("联系人：县商务局外贸科　王丽萍，电话：0579－84123456，邮箱：") + "pjswjwmk@163.com。")
    empty(doc, 1)
    att1 = F("2026年浦江县“一带一路”重点展会目录")
    add_par(doc, "附件：" + att1, align=J)
    empty(doc, 2)
    p = add_par(doc, "浦江县商务局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, F("2026年3月15日"), indent=False, align=R)
    p.paragraph_format.right_indent = Pt(44)
    add_par(doc, "（此件公开发布）", align=J)

    # ---- 附件1 on its own page
    p = add_par(doc, [("附件" + F("1"), HT, 16, False)], indent=False, align=L)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "展会名称", "举办地", "展会时间", "重点市场", "补助比例"]
    rows = [
        [F("1"), "中国—东盟博览会", "广西南宁", F("2026年9月"), "东盟", F("70%")],
        [F("2"), "迪拜国际五金工具展", "阿联酋迪拜", F("2026年3月"), "中东", F("70%")],
        [F("3"), "莫斯科国际消费品展览会", "俄罗斯莫斯科", F("2026年9月"), "俄罗斯", F("70%")],
        [F("4"), "印度尼西亚雅加达国际家居礼品展", "印度尼西亚雅加达", F("2026年10月"), "东盟", F("70%")],
        [F("5"), "中国（越南）贸易博览会", "越南胡志明市", F("2026年6月"), "东盟", F("70%")],
        [F("6"), "塞尔维亚贝尔格莱德国际消费品博览会", "塞尔维亚贝尔格莱德", F("2026年5月"), "中东欧", F("80%")],
        [F("7"), "中国—中亚商品展（阿拉木图）", "哈萨克斯坦阿拉木图", F("2026年10月"), "中亚", F("80%")],
        [F("8"), "沙特利雅得国际家居用品展", "沙特阿拉伯利雅得", F("2026年11月"), "中东", F("70%")],
        [F("9"), "中国（肯尼亚）贸易博览会", "肯尼亚内罗毕", F("2026年11月"), "非洲", F("80%")],
        ["10", "中国（土耳其）贸易博览会", "土耳其伊斯坦布尔", "2026年12月", "西亚", "70%"],
    ]
    grid_table(doc, header, rows, b.clauses, widths=[1.2, 4.4, 2.8, 3.4, 1.9, 1.9])
    p = add_par(doc, [(F("注：1.展会时间以主办方最终公告为准；2.补助比例指占实际展位费的比例，"
                         "单个展会补助最高不超过5万元。"), FS, TS, False)], indent=False, line=20,
                before=6, align=J)
    b.clauses.append(p.text)

    banji(doc, "抄送：金华市商务局，县政府办，县财政局、金华海关驻浦江办事处。",
          "浦江县商务局办公室", F("2026年3月15日印发"), gap=0)

    meta = {
        "title": F("浦江县商务局关于组织开展2026年“一带一路”共建国家市场开拓“百企千展”行动的通知"),
        "doc_number": F("浦商务〔2026〕12号"),
        "issuer": ["浦江县商务局"],
        "date": "2026-03-15",
        "published": None,
        "level": "county",
        "region": "浦江县",
        "effective": None,
        "expires": None,
        "attachments": [att1],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "街道办事处", "县级有关单位", "各外贸企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


# ====================================================== 2. 报告 (上行文, 签发人)
def doc_baogao():
    doc = Document()
    setup(doc)
    b = Body(doc, spaces=True)

    red_mark(doc, "浦江县商务局文件", 46)
    empty(doc, 1)
    p = add_par(doc, [("\u3000" + "浦商务〔2026〕3号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈建国", KT, 16, False)],
                indent=False, align=L)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    title = F("浦江县商务局关于2025年度全县对") + "\n“一带一路”共建国家出口工作\n情况的报告"
    add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "县人民政府：", indent=False, align=J)

    b.par(F("2025年，在县委、县政府的正确领导下，我局坚持把拓展“一带一路”共建国家市场作为稳外贸"
            "的主攻方向，深入实施“百企千展”“千企百团”市场开拓行动，全县对共建国家出口保持较快"
            "增长。现将有关情况报告如下："))
    b.head1("一、总体情况")
    b.par(F("据海关统计，2025年全县实现货物出口额226.4亿元，同比增长6.2%；其中对“一带一路”"
            "共建国家出口118.5亿元，同比增长11.3%，高于全县出口增速5.1个百分点，\n占全县出口"
            "比重达到52.3%，比上年提高2.4个百分点。分市场看，对东盟、中东、俄罗斯及中亚出口增长"
            "较快，对中东欧、非洲出口保持稳定（详见表1）。"))

    cap = F("表1　2025年全县对“一带一路”共建国家分市场出口情况（单位：亿元，%）")
    add_par(doc, [(cap, HT, 14, False)], align=C, indent=False, line=24, before=6)
    data = [
        ["东盟", F("42.6"), F("12.7"), F("18.8"), F("37.8")],
        ["中东（含海湾国家）", F("25.3"), F("15.5"), F("11.2"), F("21.9")],
        ["俄罗斯及中亚", F("17.6"), F("15.8"), F("7.8"), F("15.2")],
        ["中东欧", F("10.7"), F("2.9"), "4.7", F("10.4")],
        ["非洲", F("12.8"), F("4.1"), F("5.7"), F("12.3")],
        ["南亚及其他", F("9.5"), F("6.7"), F("4.2"), F("8.9")],
        ["合计", F("118.5"), F("11.3"), F("52.3"), F("106.5")],
    ]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    y25 = F("2025年")
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "市场", HT, TS)
    a = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(a, y25, HT, TS)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, F("2024年出口额"), HT, TS)
    for ci, h in zip((1, 2, 3), ("出口额", "同比增长", "占全县出口比重")):
        set_cell(t.cell(1, ci), h, HT, TS)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    set_widths(t, [3.7, 2.4, 2.4, 3.1, 3.4])
    heads = ["市场", y25 + "／出口额", y25 + "／同比增长", y25 + "／占全县出口比重",
             F("2024年出口额")]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, TS)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    p = add_par(doc, [("注：数据来源于金华海关；占比合计因四舍五入与分项之和略有差异。", FS, TS, False)],
                indent=False, line=20, before=4, align=J)
    b.clauses.append(p.text)

    b.head1("二、主要工作")
    b.runin("（一）抓展会拓市场。",
            F("全年组织106家企业参加境内外展会980家次，其中赴共建国家参展58个展次，现场成交及"
              "意向订单金额3.2亿美元。"), head_font=KT)
    b.runin("（二）抓政策惠企业。",
            F("兑现各类外贸扶持资金2860万元，惠及企业412家次；签发RCEP原产地证书3860份，签证"
              "金额13.7亿元，可为企业在进口国减免关税约2100万元。"))
    b.runin("（三）抓主体育增量。",
            F("新增有出口实绩企业67家，其中对共建国家出口企业51家；出口额超亿元企业达到23家"
              "（对共建国家出口前十名企业情况见表2）。"))
    b.runin("（四）抓新业态促融合。",
            F("全县跨境电商出口额16.8亿元，同比增长24.6%；新建公共海外仓2个（阿联酋迪拜、印度"
              "尼西亚雅加达），\n累计达到5个。"))

    cap2 = F("表2　2025年对共建国家出口前十名企业情况（单位：万美元）")
    add_par(doc, [(cap2, HT, 14, False)], align=C, indent=False, line=24, before=6)
    header = ["序号", "企业名称", "主要产品", "主要市场", "出口额", "同比增长（％）"]
    rows1 = [
        [F("1"), "浙江晶华水晶制品有限公司", "水晶工艺品", "中东、东盟", F("8652"), F("18.6")],
        [F("2"), "浦江县万达锁业有限公司", "挂锁、五金工具", "东盟、非洲", F("7430"), F("12.1")],
        [F("3"), "浙江恒美家纺有限公司", "绗缝被、床品", "俄罗斯、中亚", F("6915"), F("21.4")],
        [F("4"), "浙江浦阳五金制品有限公司", "五金配件", "东盟、南亚", F("5880"), F("9.7")],
        [F("5"), "浦江县鑫光水晶有限公司", "水晶玻璃珠", "中东", F("5263"), F("25.3")],
        [F("6"), "浙江宏达绗缝制品有限公司", "绗缝制品", "中东欧", F("4976"), F("3.2")],
    ]
    rows2 = [
        [F("7"), "浦江县金牛锁具有限公司", "锁具", "非洲", F("4518"), "－" + F("2.6")],
        [F("8"), "浙江晶艺水晶科技有限公司", "水晶奖杯、礼品", "中东、俄罗斯", F("4207"), F("14.8")],
        [F("9"), "浦江县华丰纺织有限公司", "毛毯、家纺", "中亚", F("3964"), F("30.5")],
        ["10", "浙江康利工贸有限公司", "日用五金、厨具", "东盟", "3582", "7.9"],
    ]
    widths = [1.2, 4.9, 3.0, 2.6, 2.0, 1.9]
    grid_table(doc, header, rows1 + rows2, b.clauses, widths=widths)
    p = add_par(doc, [("注：企业出口额按海关统计的企业所在地口径计算。", FS, TS, False)],
                indent=False, line=20, before=4, align=J)
    b.clauses.append(p.text)

    b.head1("三、存在的问题")
    b.par("一是外部市场不确定性增加。部分共建国家汇率大幅波动，土耳其、埃及等国货币贬值导致企业"
          "收汇风险上升；个别国家对我水晶玻璃制品发起反倾销调查。")
    b.par(F("二是企业国际化经营能力不强。全县出口企业中中小微企业占比超过90%，自主品牌出口占比"
            "仅为18.4%，境外营销网络布局不足。"))
    b.head1(F("四、2026年工作打算"))
    b.runin("（一）深入实施“百企千展”行动。",
            F("全年组织企业参加境内外展会1000家次以上，力争对共建国家出口额达到128.6亿元、"
              "增长8.5%。"))
    b.runin("（二）加大FTA政策推广力度。".translate(_FW_MAP),
            F("联合海关开展RCEP等自贸协定“进企业、进园区”活动，力争RCEP项下签证金额突破"
              "15亿元。"))
    b.runin("（三）积极争取上级支持。",
            "争取省、市商务部门将我县列入“一带一路”重点市场开拓示范县，积极对接中国（浙江）"
            "自由贸易试验区金义片区联动创新区政策。")
    b.par("特此报告。", clause=False)
    empty(doc, 1)
    p = add_par(doc, "浦江县商务局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年一月二十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(40)

    banji(doc, "抄送：金华市商务局。", "浦江县商务局办公室", F("2026年1月20日印发"), gap=0)

    meta = {
        "title": F("浦江县商务局关于2025年度全县对“一带一路”共建国家出口工作情况的报告"),
        "doc_number": "浦商务〔2026〕3号",
        "issuer": ["浦江县商务局"],
        "date": "2026-01-20",
        "published": None,
        "level": "county",
        "region": "浦江县",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": ["县人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


# ====================================================== 3. 联合印发办法 (第１条)
def doc_banfa():
    doc = Document()
    setup(doc)
    b = Body(doc)

    # joint 版头: borderless table, two organ names left, 文件 right
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    set_widths(t, [11.0, 4.4])
    set_cell(left, "浦江县商务局", XBS, 34, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    left.paragraphs[0].paragraph_format.line_spacing = Pt(44)
    p2 = left.add_paragraph()
    font(p2.add_run("浦江县财政局"), XBS, 34, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(44)
    set_cell(right, "文件", XBS, 44, color=RED)
    right.paragraphs[0].paragraph_format.line_spacing = Pt(56)
    empty(doc, 1)
    p = add_par(doc, [(F("浦商务〔2026〕15号"), FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    title = "浦江县商务局　浦江县财政局关于印发\n《浦江县外贸企业开拓“一带一路”市场\n专项资金管理办法》的通知"
    add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各乡镇人民政府、街道办事处，县级有关部门，各有关企业：", indent=False, align=J)
    banfa = "浦江县外贸企业开拓“一带一路”市场专项资金管理办法"
    b.par("为进一步支持我县外贸企业开拓“一带一路”共建国家市场，规范专项资金管理，提高资金使用"
          "效益，县商务局、县财政局联合制定了《" + banfa + "》，现印发给你们，请认真贯彻执行。"
          "执行中遇到的问题，请及时向县商务局外贸科反馈。")
    empty(doc, 1)
    p = add_par(doc, [("浦江县商务局", FS, 16, False), ("\t", FS, 16, False),
                      ("浦江县财政局", FS, 16, False)], indent=False, align=L)
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.4), WD_TAB_ALIGNMENT.LEFT)
    p = add_par(doc, F("2026年4月2日"), indent=False, align=R)
    p.paragraph_format.right_indent = Pt(44)
    add_par(doc, "（此件主动公开）", align=J)

    # ---- the 办法 itself, new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_par(doc, [("浦江县外贸企业开拓“一带一路”市场\n专项资金管理办法", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)

    def art(no, text, items=()):
        # article number in 黑体, text in 仿宋; items on their own paragraphs
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)], align=J)
        for it in items:
            add_par(doc, it, align=J)
        b.clauses.append(no + "\u3000" + text + "".join(items))

    N = lambda n: "第" + F(str(n)) + "条"
    chap("第一章　总　　则")
    art(N(1), "为贯彻落实高质量共建“一带一路”决策部署，支持外贸企业开拓共建国家市场，规范专项资金"
        "管理，根据《中华人民共和国预算法》《浙江省省级外经贸发展专项资金管理办法》等有关规定，结合"
        "我县实际，制定本办法。")
    art(N(2), F("本办法所称专项资金，是指县财政预算安排，用于支持本县外贸企业开拓“一带一路”共建"
                "国家市场的资金。2026年度专项资金规模为1500万元。"))
    art(N(3), "专项资金的使用和管理遵循“公开透明、突出重点、绩效导向、强化监督”的原则。")
    chap("第二章　支持对象和条件")
    art(N(4), "申请专项资金的企业应当同时具备下列条件：", [
        "（一）在本县依法注册、具有独立法人资格，并依法办理对外贸易经营者备案或海关进出口货物收发货人备案；",
        "（二）上一年度或当年有进出口实绩，且在本县纳税；",
        F("（三）近3年内无重大违法违规行为，未被列入严重失信主体名单；"),
        "（四）按规定报送外贸统计数据。"])
    chap("第三章　支持内容和标准")
    art(N(5), F("境外展会补助。企业参加列入年度重点展会目录的共建国家展会，按实际展位费的70%给予"
                "补助，中东欧、中亚、非洲等新兴市场展会按80%给予补助，单个展会最高不超过5万元；参加"
                "目录以外的共建国家展会，按实际展位费的50%给予补助，单个展会最高不超过3万元。每家"
                "企业全年展会补助累计不超过30万元。"))
    art(N(6), F("自贸协定利用奖励。对当年新认定为经核准出口商的企业，给予一次性奖励2万元；对当年"
                "RCEP项下原产地证书签证金额超过1000万美元的企业，给予5万元奖励。"))
    art(N(7), F("海外仓及境外营销网络支持。企业在共建国家新建或租用海外仓、设立境外营销网点的，按"
                "实际租赁费用的30%给予补助，每家企业每年最高不超过20万元。"))
    art(N(8), F("出口信用保险补助。对小微企业投保短期出口信用保险的，按实缴保费的80%给予补助；对"
                "其他企业投保共建国家业务的，按实缴保费的50%给予补助，每家企业每年最高不超过30万元。"))
    art(N(9), "同一事项已获得省、市同类资金支持的，县级按“就高不重复”原则执行，不重复补助。")
    chap("第四章　申报与审核")
    art(N(10), F("专项资金原则上每年集中申报两次，上半年申报时间为7月1日至7月31日，下半年申报时间"
                 "为次年1月1日至1月31日。"))
    # this one was pasted from an older file: half-width digits
    art("第11条", "县商务局负责受理申报并进行初审，必要时可委托第三方机构审核；县财政局根据审核结果和"
        "预算安排拨付资金。审核结果在县商务局门户网站公示5个工作日，公示无异议后拨付。")
    chap("第五章　监督管理")
    art(N(12), F("申报企业对申报材料的真实性、合法性负责。对采取虚报、冒领等手段骗取专项资金的，由"
                 "县财政局、县商务局依法追回资金，取消其3年内申报资格，并依照《财政违法行为处罚处分"
                 "条例》等规定处理；涉嫌犯罪的，依法移送司法机关处理。"))
    chap("第六章　附　　则")
    art(N(13), "本办法由县商务局、县财政局负责解释。")
    repealed = F("《浦江县外贸企业开拓国际市场补助资金管理办法》（浦商务〔2023〕21号）")
    art(N(14), F("本办法自2026年5月1日起施行，有效期至2028年12月31日。") + repealed + "同时废止。")

    banji(doc, "抄送：金华市商务局、金华市财政局，县政府办、县审计局。",
          "浦江县商务局办公室", F("2026年4月2日印发"), gap=0)

    meta = {
        "title": "浦江县商务局　浦江县财政局关于印发《" + banfa + "》的通知",
        "doc_number": F("浦商务〔2026〕15号"),
        "issuer": ["浦江县商务局", "浦江县财政局"],
        "date": "2026-04-02",
        "published": None,
        "level": "county",
        "region": "浦江县",
        "effective": "2026-05-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "街道办事处", "县级有关部门", "各有关企业"],
        "publicity": "此件主动公开",
        "repeals": repealed,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for short, fn in (("tongzhi", doc_tongzhi), ("baogao", doc_baogao), ("banfa", doc_banfa)):
        stem = "blind1020_" + short
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
