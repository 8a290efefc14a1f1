# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 409 blind test documents: plain-text office copies (.txt) plus .docx/.pdf.

blind409_qingdao_tongzhi : UTF-8, LF, hard-wrapped at ~38 chars, 2 full-width-space indents
blind409_zhengzhou_tongzhi: GB18030, CRLF, blank line between paragraphs
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FW = "\u3000"  # full-width space

# ---------------------------------------------------------------------------
# Document 1: Qingdao (UTF-8, hard-wrapped)
# ---------------------------------------------------------------------------
QD_TITLE_DOC = "青岛市商务局　青岛市财政局关于组织申报2025年度跨境电子商务发展专项资金的通知"
QD_TITLE_META = "青岛市商务局 青岛市财政局关于组织申报2025年度跨境电子商务发展专项资金的通知"
QD_NUM = "青商务字〔2025〕58号"
QD_RECIP = "各区（市）商务主管部门，各区（市）财政局，各有关企业："

# blocks: (kind, text, runin)  kind: p=clause paragraph, h=heading line,
# runin = length of the run-in heading prefix (for bold/楷体 in docx) or 0
QD_BODY = [
    ("p", "为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和《中国（青岛）跨境电子商务综合试验区实施方案》有关要求，用好市级跨境电子商务发展专项资金，推动跨境电商与胶东半岛制造业集群深度融合，现就组织申报2025年度专项资金有关事项通知如下。", ""),
    ("h", "一、支持方向", ""),
    ("p", "（一）跨境电商主体培育。对2024年度跨境电商进出口额（含“9610”“9710”“9810”“1210”模式，下同）首次突破1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元一次性奖励；同一企业按最高档次差额奖励，不重复享受。", "（一）跨境电商主体培育。"),
    ("p", "（二）海外仓建设。支持企业在共建“一带一路”国家和RCEP成员国自建或租赁海外仓，对2024年度新增面积在3000平方米以上且仓储使用率不低于60%的，按实际投入的20%给予补助，单个企业最高不超过200万元。", "（二）海外仓建设。"),
    ("p", "（三）跨境电商产业园区。对经市商务局认定的市级跨境电商产业园区，年度入驻跨境电商企业30家以上、园区企业进出口额增长15%以上的，给予园区运营主体最高50万元奖励。", "（三）跨境电商产业园区。"),
    ("p", "（四）品牌与独立站建设。支持企业开展境外商标注册、国际认证和独立站建设，按实际发生费用的50%给予补助，单个企业最高不超过30万元。具体包括：", "（四）品牌与独立站建设。"),
    ("p", "1．境外商标注册费用，按单个商标单个国家（地区）最高1万元核定；", ""),
    ("p", "2．通过美国FDA、欧盟CE等国际认证的检测认证费用；", ""),
    ("p", "3．独立站建站、域名、服务器租赁及第三方支付接入费用。", ""),
    ("p", "（五）人才培训。对开展跨境电商专项培训且年度培训人数达到500人次以上的培训机构、行业协会，按每人次200元给予补助，最高不超过20万元。", "（五）人才培训。"),
    ("h", "二、申报条件", ""),
    ("p", "（一）在青岛市行政区域内依法注册登记、具有独立法人资格，且纳税关系在本市的企业或单位。", ""),
    ("p", "（二）财务管理制度健全，近三年无重大违法违规行为，未被列入严重失信主体名单。", ""),
    ("p", "（三）同一项目已获得中央、省级财政资金支持的，市级资金不再重复支持。", ""),
    ("pg", "－ 2 －", ""),  # page marker left over in the txt copy only
    ("h", "三、申报程序", ""),
    ("p", "（一）企业申报。申报单位于2025年8月15日前登录“青岛市商务公共服务平台”填报申请，并将申报材料纸质版（一式两份，A4纸双面打印、胶装）报送注册地所在区（市）商务主管部门。", "（一）企业申报。"),
    ("p", "（二）区（市）初审。各区（市）商务主管部门会同财政部门对申报材料进行初审，于2025年8月31日前将初审意见、项目汇总表（附件2）及申报材料报送市商务局。", "（二）区（市）初审。"),
    ("p", "（三）市级审核。市商务局会同市财政局委托第三方机构开展专项审计，根据审计结果提出资金安排建议，经公示5个工作日无异议后拨付资金。", "（三）市级审核。"),
    ("h", "四、有关要求", ""),
    ("p", "（一）申报单位对申报材料的真实性、完整性负责。对弄虚作假、骗取专项资金的，一经查实，追回已拨付资金，三年内取消申报资格，并依法依规追究责任。", ""),
    ("p", "（二）各区（市）要加强政策宣传解读，做好申报辅导，严格审核把关，不得擅自提高或降低申报条件。", ""),
    ("p", "（三）专项资金实行“当年申报、当年拨付”，未尽事宜由市商务局、市财政局负责解释。", ""),
    ("p", "联系人：市商务局电子商务处　王晓婷，电话：0532-85911276；市财政局经济建设处　刘振华，电话：0532-85912043。", ""),
]
QD_ATTACH = [
    "2025年度跨境电子商务发展专项资金申报指南",
    "2025年度跨境电子商务发展专项资金项目汇总表",
    "申报单位信用承诺书",
]
QD_ORGS = ["青岛市商务局", "青岛市财政局"]
QD_DATE = "2025年7月14日"
QD_CC = "抄送：青岛海关，国家税务总局青岛市税务局。"
QD_PRINT = ("青岛市商务局办公室", "2025年7月15日印发")

# ---------------------------------------------------------------------------
# Document 2: Zhengzhou (GB18030, CRLF, blank lines)
# ---------------------------------------------------------------------------
ZZ_TITLE1 = "郑州市人民政府办公厅"
ZZ_TITLE2 = "关于进一步支持中欧班列（郑州）高质量发展的通知"
ZZ_TITLE = ZZ_TITLE1 + ZZ_TITLE2
ZZ_NUM = "郑政办〔2025〕33号"
ZZ_RECIP = "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："
ZZ_REPEALED = "《郑州市人民政府办公厅关于支持中欧班列（郑州）发展的通知》（郑政办〔2022〕15号）"

# kind: p clause, h heading, n = clause rendered with Word auto-numbering in docx
# (text keeps the "1." so txt and expected carry it), sb = clause glued to the
# previous clause with a soft line break in the docx
ZZ_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，巩固提升中欧班列（郑州）“运贸一体化”发展优势，加快建设国际物流枢纽和内陆开放高地，经市政府同意，现就有关事项通知如下：", ""),
    ("h", "一、优化线路网络布局", ""),
    ("p", "（一）稳定开行主干线路。巩固郑州至汉堡、慕尼黑、列日、布达佩斯等主干线路，力争2025年全年开行班列3300列以上，其中回程班列占比不低于45%。", "（一）稳定开行主干线路。"),
    ("p", "（二）拓展新通道。积极开行经中亚、里海至土耳其、格鲁吉亚的跨里海国际运输走廊班列，对首年开行的新线路，按每列3万元给予运营平台补助，每条线路年度补助总额不超过300万元。", "（二）拓展新通道。"),
    ("p", "（三）推动多式联运。支持“中欧班列+跨境电商”“中欧班列+航空”“中欧班列+海运”等联运模式，鼓励在二连浩特、霍尔果斯、阿拉山口等口岸开展“一单制”试点。", "（三）推动多式联运。"),
    ("h", "二、培育运贸一体化产业", ""),
    ("p", "（一）支持特色商品集散。对依托中欧班列（郑州）进口整车、冷链、肉类、木材等特色商品的企业，按以下标准给予奖励：", "（一）支持特色商品集散。"),
    ("n", "1.年进口额首次超过5000万元的，给予30万元奖励；", ""),
    ("n", "2.年进口额首次超过2亿元的，给予80万元奖励；", ""),
    ("n", "3.同时在郑州航空港经济综合实验区设立区域分拨中心的，在上述奖励基础上再给予20万元奖励。", ""),
    ("p", "（二）发展跨境电商班列。支持在郑州经开综合保税区、郑州新郑综合保税区开展跨境电商“1210”保税进口和“9810”出口海外仓业务，对通过中欧班列运输的跨境电商货物：", "（二）发展跨境电商班列。"),
    ("p", "1.给予物流费用补贴，具体标准为：", ""),
    ("p", "（1）出口货物按每标准箱1500元给予补贴；", ""),
    ("sb", "（2）进口货物按每标准箱1000元给予补贴。", ""),
    ("p", "2.同一企业年度补贴总额不超过200万元。", ""),
    ("p", "（三）建设海外节点。支持运营平台和骨干企业在德国、波兰、哈萨克斯坦等国家建设海外集散分拨中心和海外仓，对年度新增投资额1000万元以上的项目，按投资额的10%给予补助，最高不超过500万元。", "（三）建设海外节点。"),
    ("h", "三、提升通关便利化水平", ""),
    ("p", "（一）深化“铁路快通”模式。郑州海关推广“铁路快通”和“提前申报”模式，进出口整体通关时间较2024年压缩10%以上。", "（一）深化“铁路快通”模式。"),
    ("p", "（二）推进数据共享。依托中国（河南）国际贸易“单一窗口”，实现班列运单、舱单、报关单数据互联互通，推广铁路运单物权化和“铁路提单”融资试点。", "（二）推进数据共享。"),
    ("p", "（三）落实税收政策。税务部门对符合条件的班列运输企业，按规定适用国际运输服务增值税零税率政策，优化出口退税办理流程，一类、二类出口企业正常退税平均办理时间压缩至3个工作日以内。", "（三）落实税收政策。"),
    ("h", "四、强化保障措施", ""),
    ("p", "（一）加强组织领导。市商务局牵头建立中欧班列（郑州）发展工作专班，市发展改革委、市财政局、市交通运输局、郑州海关、中铁郑州局集团等单位按职责分工抓好落实。", "（一）加强组织领导。"),
    ("p", "（二）加强资金保障。本通知所需资金由市财政统筹中欧班列发展专项资金安排，与其他同类政策不重复享受。", "（二）加强资金保障。"),
    ("p", "（三）加强监督评估。市商务局会同市财政局建立政策实施效果评估机制，每年对补助资金使用情况开展绩效评价，评价结果作为下一年度资金安排的重要依据。", "（三）加强监督评估。"),
    ("p", "本通知自2025年10月1日起施行，有效期至2027年9月30日。" + ZZ_REPEALED + "同时废止。", ""),
]
ZZ_ATTACH = ["中欧班列（郑州）高质量发展重点任务分工表"]
ZZ_ORG = "郑州市人民政府办公厅"
ZZ_DATE = "2025年9月22日"
ZZ_CC = "抄送：市委各部门，郑州警备区，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，各人民团体。"
ZZ_PRINT = ("郑州市人民政府办公厅", "2025年9月23日印发")


# ---------------------------------------------------------------------------
# plain text writers
# ---------------------------------------------------------------------------
NO_LINE_START = set("，。、；：）〕》」”’！？%")


def _w(ch):
    return 1 if ord(ch) < 0x2E80 and ch not in "“”‘’" else 2


def hard_wrap(text, width=38):
    """Mechanical wrap at `width` full-width characters (2*width display
    columns, ASCII counts half) with a simple 避头 rule."""
    lines, cur, col = [], "", 0
    for ch in text:
        if col + _w(ch) > 2 * width and ch not in NO_LINE_START:
            lines.append(cur)
            cur, col = "", 0
        cur += ch
        col += _w(ch)
    if cur:
        lines.append(cur)
    return lines


def write_qingdao_txt(path):
    L = []
    L.append(FW * 4 + "青岛市商务局　青岛市财政局关于组织申")
    L.append(FW * 4 + "报2025年度跨境电子商务发展专项资金的通知")
    L.append("")
    L.append(FW * 11 + QD_NUM)
    L.append("")
    L.extend(hard_wrap(QD_RECIP))
    for kind, text, _ in QD_BODY:
        if kind == "pg":
            L.append("")
            L.append(FW * 16 + text)
            L.append("")
        else:
            L.extend(hard_wrap(FW * 2 + text))
    L.append("")
    L.append(FW * 2 + "附件：1．" + QD_ATTACH[0])
    for i, a in enumerate(QD_ATTACH[1:], 2):
        L.append(FW * 5 + "%d．%s" % (i, a))
    L.append("")
    L.append("")
    L.append(FW * 4 + QD_ORGS[0] + FW * 8 + QD_ORGS[1])
    L.append(FW * 17 + QD_DATE)
    L.append(FW * 2 + "（此件公开发布）")
    L.append("")
    L.append("─" * 38)
    L.extend(hard_wrap(FW + QD_CC))
    L.append("─" * 38)
    L.append(FW + QD_PRINT[0] + FW * 12 + QD_PRINT[1])
    L.append("─" * 38)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def write_zhengzhou_txt(path):
    P = []  # paragraphs; joined with blank lines
    P.append(ZZ_TITLE1 + "\r\n" + ZZ_TITLE2)  # title on two lines, no blank
    P.append(ZZ_NUM)
    P.append(ZZ_RECIP)
    buf = None
    for kind, text, _ in ZZ_BODY:
        P.append(text)
    P.append("附件：" + ZZ_ATTACH[0])
    P.append(ZZ_ORG + "\r\n" + ZZ_DATE)
    P.append("（此件公开发布）")
    P.append(ZZ_CC)
    P.append(ZZ_PRINT[0] + "　　" + ZZ_PRINT[1])
    data = "\r\n\r\n".join(P) + "\r\n"
    with open(path, "wb") as f:
        f.write(data.encode("gb18030"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size, bold=False, color=None):
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


def fmt(p, align=None, first_indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)


def add_par(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None,
            indent=True, color=None, exact=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_runin(doc, text, head, head_font="楷体_GB2312", head_bold=True, manual_indent=False):
    p = doc.add_paragraph()
    fmt(p, None, not manual_indent)
    if manual_indent:
        r = p.add_run(FW * 2)
        set_font(r, "仿宋_GB2312", 16)
    if head and text.startswith(head):
        r = p.add_run(head)
        set_font(r, head_font, 16, head_bold)
        r = p.add_run(text[len(head):])
        set_font(r, "仿宋_GB2312", 16)
    else:
        r = p.add_run(text)
        set_font(r, "仿宋_GB2312", 16)
    return p


def border_bottom(p, color="E60012", sz=18, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblPr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        # page number footer: — PAGE —
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        for t, v in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
            if t == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = v
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), t)
            r._r.append(el)
        r = fp.add_run(" —")
        set_font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def banji(doc, cc, printer, date):
    for _ in range(3):
        add_par(doc, "", indent=False)
    p = add_par(doc, FW + cc, size=14, indent=False)
    border_bottom(p, "000000", 6, "top")
    border_bottom(p, "000000", 4, "bottom")
    p = add_par(doc, FW + printer + FW * 9 + date, size=14, indent=False)
    border_bottom(p, "000000", 6, "bottom")


# ---------------------------------------------------------------------------
# docx writers
# ---------------------------------------------------------------------------
def make_qingdao_docx(path):
    doc = Document()
    page_setup(doc)
    # joint red header as a layout table: two organs left, 文件 merged right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    for row in t.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(4.5)
    for col, w in zip(t.columns, (Cm(11), Cm(4.5))):
        col.width = w
    for i, org in enumerate(QD_ORGS):
        c = t.cell(i, 0)
        c.width = Cm(10)
        pp = c.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = pp.add_run(org)
        set_font(r, "方正小标宋简体", 30, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    pp = m.paragraphs[0]
    r = pp.add_run("文件")
    set_font(r, "方正小标宋简体", 30, False, RED)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    add_par(doc, "", indent=False)
    p = add_par(doc, QD_NUM, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    add_par(doc, "", indent=False)
    # title: two lines with a soft break in the middle of a word
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    r = p.add_run("青岛市商务局　青岛市财政局关于组织申报")
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("2025年度跨境电子商务发展专项资金的通知")
    set_font(r, "方正小标宋简体", 22)
    add_par(doc, "", indent=False)
    add_par(doc, QD_RECIP, indent=False)
    manual = {1, 12}  # some paragraphs typed with manual full-width spaces
    for i, (kind, text, head) in enumerate(QD_BODY):
        if kind == "pg":
            continue
        if kind == "h":
            add_par(doc, text, font="黑体")
        else:
            add_runin(doc, text, head, manual_indent=(i in manual))
    add_par(doc, "", indent=False)
    add_par(doc, "附件：1．" + QD_ATTACH[0])
    for i, a in enumerate(QD_ATTACH[1:], 2):
        add_par(doc, FW * 5 + "%d．%s" % (i, a))
    for _ in range(3):
        add_par(doc, "", indent=False)
    # 落款: borderless layout table for the two organs
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for j, org in enumerate(QD_ORGS):
        pp = t.cell(0, j).paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = pp.add_run(org)
        set_font(r, "仿宋_GB2312", 16)
    p = add_par(doc, QD_DATE + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, QD_CC, *QD_PRINT)
    doc.save(path)


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="409"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="409"><w:abstractNumId w:val="409"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 409


def make_zhengzhou_docx(path):
    doc = Document()
    page_setup(doc)
    numid = add_numbering(doc)
    for _ in range(2):
        add_par(doc, "", indent=False)
    add_par(doc, "郑州市人民政府办公厅文件", font="方正小标宋简体", size=40,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, exact=60)
    add_par(doc, "", indent=False)
    p = add_par(doc, ZZ_NUM, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    add_par(doc, "", indent=False)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    r = p.add_run(ZZ_TITLE1)
    set_font(r, "方正小标宋简体", 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(ZZ_TITLE2)
    set_font(r, "方正小标宋简体", 22)
    add_par(doc, "", indent=False)
    add_par(doc, ZZ_RECIP, indent=False)
    last = None
    for kind, text, head in ZZ_BODY:
        if kind == "h":
            last = add_par(doc, text, font="黑体")
        elif kind == "n":
            p = doc.add_paragraph()
            fmt(p, None, False)
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                 % (nsdecls("w"), numid)))
            r = p.add_run(text.split(".", 1)[1])  # number comes from Word numbering
            set_font(r, "仿宋_GB2312", 16)
            last = p
        elif kind == "sb":
            r = last.runs[-1]
            r.add_break(WD_BREAK.LINE)
            r = last.add_run(text)
            set_font(r, "仿宋_GB2312", 16)
        else:
            last = add_runin(doc, text, head, head_font="楷体_GB2312", head_bold=False)
    add_par(doc, "", indent=False)
    add_par(doc, "附件：" + ZZ_ATTACH[0])
    for _ in range(3):
        add_par(doc, "", indent=False)
    add_par(doc, FW * 15 + ZZ_ORG, indent=False)
    add_par(doc, FW * 17 + ZZ_DATE, indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, ZZ_CC, *ZZ_PRINT)
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_409", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def clauses(body):
    return [t for k, t, _ in body if k in ("p", "n", "sb")]


def main():
    stems = {
        "blind409_qingdao_tongzhi": (write_qingdao_txt, make_qingdao_docx),
        "blind409_zhengzhou_tongzhi": (write_zhengzhou_txt, make_zhengzhou_docx),
    }
    for stem, (wt, wd) in stems.items():
        wt(os.path.join(HERE, stem + ".txt"))
        dp = os.path.join(HERE, stem + ".docx")
        wd(dp)
        to_pdf(dp)

    expected = {
        "blind409_qingdao_tongzhi": [{
            "meta": {
                "title": QD_TITLE_META,
                "doc_number": QD_NUM,
                "issuer": QD_ORGS,
                "date": "2025-07-14",
                "published": None,
                "level": "municipal",
                "region": "青岛市",
                "effective": None,
                "expires": None,
                "attachments": QD_ATTACH,
                "doc_type": "通知",
                "recipients": ["各区（市）商务主管部门", "各区（市）财政局", "各有关企业"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": clauses(QD_BODY),
        }],
        "blind409_zhengzhou_tongzhi": [{
            "meta": {
                "title": ZZ_TITLE,
                "doc_number": ZZ_NUM,
                "issuer": [ZZ_ORG],
                "date": "2025-09-22",
                "published": None,
                "level": "municipal",
                "region": "郑州市",
                "effective": "2025-10-01",
                "expires": "2027-09-30",
                "attachments": ZZ_ATTACH,
                "doc_type": "通知",
                "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
                "publicity": "此件公开发布",
                "repeals": ZZ_REPEALED,
            },
            "clauses": clauses(ZZ_BODY),
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
