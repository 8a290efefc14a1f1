# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1057: 国务院办公厅转发商务部等部门意见的通知 + two provincial 转发 notices.

Writes blind1057_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: plain str, or list of (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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
    fmt(p, indent=False)


def field_run(fp, instr, size=14, name=SONG):
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, name, size)
        if kind in ("begin", "separate", "end"):
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
        elif kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                                  % (nsdecls("w"), instr)))
        else:
            r.text = kind


def setup(doc, left="— ", right=" —", align=C):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run(left), SONG, 14)
    field_run(fp, "PAGE")
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=22)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    p.paragraph_format.left_indent = Pt(14 + 14 * 3)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1057", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [1057]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_guoban():
    """国务院办公厅转发商务部等部门意见 (国办发)."""
    stem = "blind1057_guoban_silu"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 版头
    empty(doc, 1)
    add_par(doc, [("国务院办公厅文件", XBS, 48, False, RED)], align=C, indent=False,
            line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, "国办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: three separate paragraphs, broken at odd places
    for part in ("国务院办公厅转发商务部等部门关于推进",
                 "丝路电商合作高质量发展的意见",
                 "的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)
    body("商务部、外交部、国家发展改革委、工业和信息化部、财政部、人民银行、海关总署、税务总局、"
         "市场监管总局、国家外汇局《关于推进丝路电商合作高质量发展的意见》已经国务院同意，"
         "现转发给你们，请认真贯彻执行。")
    empty(doc, 2)
    # 落款 pushed right with typed full-width spaces
    add_par(doc, "\u3000" * 16 + "国务院办公厅", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年2月12日", indent=False)
    add_par(doc, "（此件公开发布）")
    empty(doc, 2)

    # ---- forwarded 意见
    add_par(doc, [("关于推进丝路电商合作高质量发展的意见", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    body("丝路电商是我国与共建“一带一路”国家开展电子商务合作的重要平台。近年来，我国已与36个国家"
         "建立双边电子商务合作机制，丝路电商“朋友圈”不断扩大，合作成效日益显现。为深化丝路电商"
         "国际合作，推动共建“一带一路”高质量发展，现提出以下意见。")
    head("一、总体要求")
    runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届"
          "历次全会精神，完整准确全面贯彻新发展理念，以规则对接和数字赋能为主线，拓展合作伙伴，"
          "创新合作模式，推动丝路电商从“朋友圈”向“生态圈”升级。")
    runin("（二）主要目标。", "到2028年，与我国建立双边电子商务合作机制的国家达到45个以上；"
          "丝路电商合作先行区形成一批可复制推广的制度成果；我国与伙伴国跨境电商进出口额年均"
          "增长10%以上，培育100个左右具有国际影响力的丝路电商品牌。")
    head("二、重点任务")
    runin("（三）深化规则标准对接。", "高水平建设上海丝路电商合作先行区，率先对接《数字经济伙伴关系"
          "协定》（DEPA）等国际高标准经贸规则，在数据跨境流动、电子认证、无纸化贸易、在线消费者"
          "保护等领域开展先行先试。推动与更多伙伴国签署电子商务合作文件。")
    runin("（四）拓展“丝路云品”贸易。", "支持伙伴国优质特色商品通过跨境电商进入中国市场，常态化"
          "举办“丝路云品”电商节。鼓励中国（新疆）、中国（云南）、中国（广西）等自由贸易试验区"
          "建设面向中亚、南亚、东盟的跨境电商进口集散中心。")
    runin("（五）完善跨境物流和海外仓网络。", "重点抓好以下工作：")
    # items 1. and 2. typed in one paragraph separated by Shift+Enter
    t1 = "1.发挥中欧班列、西部陆海新通道和国际航空货运作用，开行跨境电商专列、专线。"
    t2 = "2.支持企业在伙伴国重要节点城市建设公共海外仓，提升仓储、分拨、售后服务能力。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("3.推动跨境物流企业与伙伴国邮政、海关、港口等开展数据共享，提高跨境物流时效。")
    runin("（六）加强能力建设合作。", "实施丝路电商能力建设项目，面向伙伴国政府官员、企业和创业"
          "人员开展电子商务培训，到2028年累计培训1万人次以上。")
    head("三、保障措施")
    runin("（七）加大政策支持。", "用好外经贸发展专项资金等现有资金渠道，支持丝路电商公共服务"
          "平台、海外仓和人才培养项目建设；落实跨境电商出口退（免）税和“无票免税”等政策。")
    runin("（八）提升便利化水平。", "海关总署要优化跨境电商出口监管，推广“跨境电商+中欧班列”"
          "等通关便利措施。国家外汇局要支持银行和支付机构为跨境电商提供高效、低成本的跨境资金"
          "结算服务。")
    runin("（九）强化组织实施。", "商务部要会同有关部门建立丝路电商合作工作推进机制，及时总结"
          "推广经验做法，重大事项及时向国务院报告。各地区要结合实际抓好贯彻落实。")
    empty(doc, 1)
    # signing ministries, right-aligned block with full-width spaces
    for line in ("商务部　外交部　国家发展改革委",
                 "工业和信息化部　财政部　人民银行",
                 "海关总署　税务总局　市场监管总局",
                 "国家外汇局"):
        p = add_par(doc, line, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年1月20日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    banji(doc, "抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，"
               "最高人民法院，最高人民检察院，各民主党派中央。",
          "国务院办公厅秘书局", "2026年2月14日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="国务院办公厅转发商务部等部门关于推进丝路电商合作高质量发展的意见的通知",
            doc_number="国办发〔2026〕9号",
            issuer=["国务院办公厅"],
            date="2026-02-12",
            level="state_council",
            region=None,
            doc_type="通知",
            recipients=["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhejiang():
    """浙江省人民政府办公厅转发省商务厅等单位意见 (浙政办发)."""
    stem = "blind1057_zhejiang_haiwaicang"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces instead of first-line indent

    def body(t, typed=True):
        clauses.append(t)
        if typed:
            add_par(doc, SP + t, indent=False)
        else:
            add_par(doc, t)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    # 规范性文件统一编号 + 版头
    add_par(doc, [("ZJSP00-2026-0004", HT, 14, False)], align=R, indent=False)
    add_par(doc, [("浙江省人民政府办公厅文件", XBS, 40, False, RED, 90)], align=C, indent=False,
            line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "浙政办发〔2026〕14号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("浙江省人民政府办公厅转发省商务厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("等单位关于加快跨境电商和海外仓高质量"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展的意见的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)
    body("省商务厅、省委网信办、省发展改革委、省经信厅、省财政厅、人行浙江省分行、杭州海关、"
         "宁波海关、省税务局《关于加快跨境电商和海外仓高质量发展的意见》已经省政府同意，现转发"
         "给你们，请结合实际认真贯彻落实。")
    empty(doc, 2)
    p = add_par(doc, "浙江省人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年3月27日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, SP + "（此件公开发布）", indent=False)
    empty(doc, 2)

    # ---- forwarded 意见
    add_par(doc, [("关于加快跨境电商和海外仓高质量发展的意见", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    body("为贯彻落实《国务院办公厅转发商务部等部门关于推进丝路电商合作高质量发展的意见的通知》"
         "（国办发〔2026〕9号）精神，发挥中国（浙江）自由贸易试验区和全省12个跨境电子商务综合"
         "试验区先行优势，加快跨境电商和海外仓高质量发展，现提出如下意见。")
    head("一、主要目标")
    body("到2028年，全省跨境电商进出口额达到7200亿元，年均增长12%左右；省级公共海外仓达到"
         "120个，基本形成覆盖共建“一带一路”主要国家和地区的海外仓网络。具体指标如下：")
    # caption with units
    add_par(doc, [("表1　跨境电商和海外仓发展主要指标", HT, 14, False)], align=C, indent=False,
            line=24, before=6)
    hdr_top = ["序号", "指标", "2025年基数", "目标值", ""]
    hdr_sub = ["", "", "", "2026年", "2028年"]
    rows = [
        ["1", "跨境电商进出口额（亿元）", "5120", "5750", "7200"],
        ["2", "其中：跨境电商出口额（亿元）", "3860", "4320", "5400"],
        ["3", "省级公共海外仓（个）", "96", "105", "120"],
        ["4", "年交易额超亿元跨境电商企业（家）", "310", "350", "450"],
        ["5", "跨境电商产业园（个）", "88", "95", "110"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.3), Cm(6.2), Cm(3.0), Cm(2.5), Cm(2.5)])
    for i, h in enumerate(hdr_top):
        if h:
            set_cell(t.rows[0].cells[i], h, HT, 12)
    for i, h in enumerate(hdr_sub):
        if h:
            set_cell(t.rows[1].cells[i], h, HT, 12)
    for i in range(3):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, hdr_top[i], HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "目标值", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "指标", "2025年基数", "目标值／2026年", "目标值／2028年"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    note = "注：2025年基数为初步统计数，跨境电商进出口额按海关监管方式统计口径计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("二、重点任务")
    runin("（一）做大跨境电商经营主体。", "实施“跨境电商+产业带”行动，推动义乌小商品、永康五金、"
          "海宁皮革、柯桥纺织等特色产业带企业拓展跨境电商业务，每年新增跨境电商经营主体3000家"
          "以上。")
    runin("（二）完善海外仓服务网络。", "支持企业在共建“一带一路”国家布局海外仓，重点做好以下"
          "工作：")
    body("1．优化海外仓布局。引导企业在中东欧、中东、东南亚、拉美等新兴市场建设海外仓，支持"
         "宁波、义乌企业依托“义新欧”中欧班列和宁波舟山港航线建设海外仓集群。")
    body("2．提升海外仓功能。推动海外仓由仓储配送向展示交易、售后维修、本地化营销等综合服务"
         "拓展，对新认定的省级公共海外仓给予一次性奖励，最高不超过200万元。")
    body("3．推进海外仓数字化。建设全省海外仓公共服务平台，到2028年接入平台的海外仓不少于"
         "300个。")
    runin("（三）创新跨境电商监管服务。", "杭州海关、宁波海关要全面推广跨境电商B2B出口监管模式"
          "（9710、9810）；省税务局要落实跨境电商综试区零售出口货物“无票免税”和企业所得税核定"
          "征收政策。")
    head("三、保障措施")
    runin("（一）加大资金支持。", "省级商务发展专项资金对跨境电商公共服务平台、公共海外仓、人才"
          "培训等项目予以支持，各地要安排相应配套资金。")
    runin("（二）强化金融服务。", "人行浙江省分行要指导金融机构开发“海外仓贷”等专属产品，支持"
          "符合条件的跨境电商企业开展贸易外汇收支便利化试点。")
    runin("（三）加强统计监测。", "省商务厅要会同杭州海关、宁波海关建立跨境电商和海外仓统计监测"
          "制度，按季度通报各地工作进展。")
    body("本意见自2026年5月1日起施行，有效期至2030年4月30日。省商务厅等单位印发的《关于推进"
         "海外仓高质量发展的实施意见》（浙商务联发〔2022〕61号）同时废止。", typed=False)
    empty(doc, 1)
    for line in ("省商务厅　　　省委网信办　　　省发展改革委",
                 "省经信厅　　　省财政厅　　　人行浙江省分行",
                 "杭州海关　　　宁波海关　　　省税务局"):
        p = add_par(doc, line, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月9日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    banji(doc, "抄送：省委各部门，省人大常委会、省政协办公厅，省监委，省法院，省检察院。",
          "浙江省人民政府办公厅", "2026年3月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省人民政府办公厅转发省商务厅等单位关于加快跨境电商和海外仓高质量发展的意见的通知",
            doc_number="浙政办发〔2026〕14号",
            issuer=["浙江省人民政府办公厅"],
            date="2026-03-27",
            level="provincial",
            region="浙江省",
            effective="2026-05-01",
            expires="2030-04-30",
            doc_type="通知",
            recipients=["各市、县（市、区）人民政府", "省政府直属各单位"],
            publicity="此件公开发布",
            repeals="省商务厅等单位印发的《关于推进海外仓高质量发展的实施意见》（浙商务联发〔2022〕61号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    """广西壮族自治区人民政府办公厅转发自治区商务厅等部门意见 (桂政办发), with 附件 table."""
    stem = "blind1057_guangxi_dongmeng"
    doc = Document()
    setup(doc, "－", "－")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin_ht(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    def auto_item(nid, idx, h, t):
        # number （一）（二）… produced by Word numbering, not typed
        clauses.append("（%s）%s%s" % (CN[idx], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    # 版头: long organ name squeezed with character scaling
    add_par(doc, [("广西壮族自治区人民政府办公厅文件", XBS, 36, False, RED, 72)], align=C,
            indent=False, line=60, before=30)
    empty(doc, 1)
    p = add_par(doc, "桂政办发〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for part in ("广西壮族自治区人民政府办公厅转发",
                 "自治区商务厅等部门关于深化面向东盟的",
                 "丝路电商合作的意见的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)
    body("自治区商务厅、外事办、发展改革委、工业和信息化厅、财政厅、交通运输厅，南宁海关，"
         "人民银行广西壮族自治区分行《关于深化面向东盟的丝路电商合作的意见》已经自治区人民政府"
         "同意，现转发给你们，请认真组织实施。")
    empty(doc, 1)
    # 落款 via right tab stops
    for txt in ("广西壮族自治区人民政府办公厅", "二〇二六年四月三日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 1)

    # ---- forwarded 意见
    add_par(doc, [("关于深化面向东盟的丝路电商合作的意见", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    body("为深入贯彻落实《国务院办公厅转发商务部等部门关于推进丝路电商合作高质量发展的意见的"
         "通知》（国办发〔2026〕9号），充分发挥我区与东盟陆海相邻的独特优势，依托中国（广西）"
         "自由贸易试验区、中国—东盟信息港和西部陆海新通道，打造面向东盟的丝路电商合作枢纽，"
         "现提出以下意见。")
    runin_ht("一、总体目标。", "到2027年，全区跨境电商进出口额突破900亿元，其中对东盟跨境电商"
             "进出口额占比保持在60%以上；建成中国—东盟跨境电商集聚区5个、公共海外仓30个。")
    head("二、重点任务")
    n1 = make_numbering(doc, "（%1）")
    auto_item(n1, 0, "建设跨境电商集聚区。", "支持中国（广西）自由贸易试验区南宁片区、钦州港"
              "片区、崇左片区建设中国—东盟跨境电商集聚区，推动凭祥、东兴等边境口岸发展"
              "“跨境电商+边民互市”新业态。")
    auto_item(n1, 1, "畅通跨境物流通道。", "主要包括：")
    body("1.加密西部陆海新通道海铁联运班列和中越跨境班列，开行跨境电商专列。")
    body("2.支持南宁吴圩国际机场加密至东盟国家全货机航线，在越南、泰国等国建设公共海外仓和边境仓。")
    auto_item(n1, 2, "推动“丝路云品”进口。", "举办中国—东盟博览会丝路电商专区、“丝路云品”"
              "直播节等活动，扩大榴莲、山竹、咖啡等东盟特色商品跨境电商进口。")
    head("三、保障措施")
    n2 = make_numbering(doc, "（%1）")
    auto_item(n2, 0, "加强组织协调。", "建立自治区面向东盟的丝路电商合作联席会议制度，由自治区"
              "商务厅牵头，统筹推进各项工作，协调解决重大问题。")
    auto_item(n2, 1, "强化要素保障。", "统筹用好自治区外经贸发展专项资金，支持跨境电商集聚区、"
              "公共海外仓和人才培训项目；人民银行广西壮族自治区分行要推动跨境人民币结算在跨境"
              "电商领域扩大使用。")
    add_par(doc, IND + "附件：重点任务分工表", indent=False)
    for line in ("自治区商务厅　自治区外事办　自治区发展改革委",
                 "自治区工业和信息化厅　自治区财政厅",
                 "自治区交通运输厅　南宁海关",
                 "人民银行广西壮族自治区分行"):
        p = add_par(doc, line, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月18日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("重点任务分工表", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=16)
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建设中国—东盟跨境电商集聚区", "自治区商务厅", "南宁、钦州、崇左市人民政府，自治区发展改革委", "2027年底前"],
        ["2", "建设东盟国家特色商品进口集散中心", "南宁市人民政府", "自治区商务厅，南宁海关", "2026年底前"],
        ["3", "开行跨境电商专列", "自治区交通运输厅", "自治区商务厅，南宁海关，广西北部湾国际港务集团", "持续推进"],
        ["4", "加密至东盟国家全货机航线", "自治区交通运输厅", "南宁市人民政府，民航广西安全监管局", "持续推进"],
        ["5", "建设公共海外仓和边境仓", "自治区商务厅", "自治区财政厅，防城港、崇左市人民政府", "2027年底前"],
        ["6", "举办“丝路云品”系列活动", "自治区商务厅", "中国—东盟博览会秘书处", "每年"],
        ["7", "扩大跨境人民币结算使用", "人民银行广西壮族自治区分行", "自治区商务厅，国家外汇管理局广西壮族自治区分局", "持续推进"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(4.2), Cm(3.2), Cm(4.4), Cm(2.4)])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ri == 4 and ci == 4:
                continue  # covered by the vertical merge below
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=C if ci in (0, 4) else L)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # rows 3 and 4 share the same 完成时限 cell
    m = t.cell(3, 4).merge(t.cell(4, 4))
    set_cell(m, "持续推进", FS, 12)
    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区监委，"
               "自治区高级法院，自治区检察院，南宁海关。",
          "广西壮族自治区人民政府办公厅", "2026年4月3日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="广西壮族自治区人民政府办公厅转发自治区商务厅等部门关于深化面向东盟的丝路电商合作的意见的通知",
            doc_number="桂政办发〔2026〕11号",
            issuer=["广西壮族自治区人民政府办公厅"],
            date="2026-04-03",
            level="provincial",
            region="广西壮族自治区",
            attachments=["重点任务分工表"],
            doc_type="通知",
            recipients=["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guoban(), doc_zhejiang(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
