# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 461 blind test documents: hidden text, hand strikethrough, highlight,
small caps Latin, bookmark + REF cross-reference field."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

_bm_id = [100]


# ---------------------------------------------------------------- helpers
def set_font(run, cn=FS, en="Times New Roman", size=16, bold=None, color=None):
    run.font.name = en
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), cn)
    rFonts.set(qn("w:ascii"), en)
    rFonts.set(qn("w:hAnsi"), en)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    # page number footer: "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, SONG, "宋体", 14)
    add_field(fp, " PAGE ", "1", font=(SONG, "宋体", 14))
    r = fp.add_run(" —")
    set_font(r, SONG, "宋体", 14)
    return doc


def add_field(p, instr, result, font=(FS, "Times New Roman", 16), bold=None):
    def fld(t):
        r = p.add_run()
        set_font(r, *font, bold=bold)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        r._element.append(e)
        return r

    fld("begin")
    r = p.add_run()
    set_font(r, *font, bold=bold)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    fld("separate")
    r = p.add_run(result)
    set_font(r, *font, bold=bold)
    fld("end")


def fmt(p, align=None, indent=2, spacing=28, left=None):
    pf = p.paragraph_format
    if spacing:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
    if indent:
        pf.first_line_indent = Pt(16 * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if align is not None:
        p.alignment = align


def segs(p, parts, base_cn=FS, size=16):
    """parts: list of str or (text, dict). dict keys: cn, en, bold, hidden, strike,
    hl, sc, br, bm, ref, color, size"""
    for part in parts:
        if isinstance(part, str):
            part = (part, {})
        text, o = part
        if o.get("ref"):
            add_field(p, " REF %s \\h " % o["ref"], text,
                      font=(o.get("cn", base_cn), o.get("en", "Times New Roman"), o.get("size", size)),
                      bold=o.get("bold"))
            continue
        if o.get("bm"):
            bid = str(_bm_id[0])
            _bm_id[0] += 1
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), bid)
            bs.set(qn("w:name"), o["bm"])
            p._p.append(bs)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, o.get("cn", base_cn), o.get("en", "Times New Roman"),
                     o.get("size", size), bold=o.get("bold"), color=o.get("color"))
            if o.get("hidden"):
                r.font.hidden = True
            if o.get("strike"):
                r.font.strike = True
            if o.get("hl"):
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if o.get("sc"):
                r.font.small_caps = True
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        if o.get("bm"):
            be = OxmlElement("w:bookmarkEnd")
            be.set(qn("w:id"), bid)
            p._p.append(be)
    return p


def para(container, parts, align=None, indent=2, spacing=28, base_cn=FS, size=16, left=None):
    p = container.add_paragraph()
    fmt(p, align, indent, spacing, left)
    if isinstance(parts, str):
        parts = [parts]
    segs(p, parts, base_cn, size)
    return p


def empty(container, n=1, spacing=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=0, spacing=spacing)


def hide_para_mark(p):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    v = OxmlElement("w:vanish")
    rPr.append(v)
    pPr.append(rPr)


def border(p, side="bottom", sz=12, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pb.append(b)
    # pBdr must precede spacing/ind/jc
    succ = None
    for tag in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"):
        succ = pPr.find(qn(tag))
        if succ is not None:
            break
    if succ is not None:
        succ.addprevious(pb)
    else:
        pPr.append(pb)


def red_line(doc):
    p = doc.add_paragraph()
    border(p, "bottom", 18, "FF0000")
    fmt(p, indent=0, spacing=12)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER, cn=FS, size=14, bold=None):
    p = cell.paragraphs[0]
    fmt(p, align, indent=0, spacing=22)
    if isinstance(parts, str):
        parts = [(parts, {"bold": bold} if bold else {})]
    segs(p, parts, cn, size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], [(h, {"cn": HT})], cn=HT, size=14)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], val, align=al)
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def red_masthead(doc, organs, word="文件", size=30):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [12.2, 3.4])
    left, right = t.rows[0].cells
    for i, o in enumerate(organs):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=0, spacing=44)
        r = p.add_run(o)
        set_font(r, XBS, XBS, size, color=RED)
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=44)
    r = p.add_run(word)
    set_font(r, XBS, XBS, 36, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banji(doc, chaosong, yinfa_org, yinfa_date):
    empty(doc, 2)
    p = doc.add_paragraph()
    border(p, "top", 8, "000000")
    fmt(p, indent=0, spacing=28, left=Pt(14).pt)
    segs(p, [("抄送：", {"size": 14}), (chaosong, {"size": 14})], size=14)
    p = doc.add_paragraph()
    border(p, "top", 4, "000000")
    pPr = p._p.get_or_add_pPr()
    pb = pPr.find(qn("w:pBdr"))
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    pb.append(b)
    fmt(p, indent=0, spacing=28, left=Pt(14).pt)
    segs(p, [(yinfa_org + "　　　　　　　　　　" + yinfa_date + "印发", {"size": 14})], size=14)


def H(text):  # 黑体 run
    return (text, {"cn": HT})


def K(text, **kw):  # 楷体 bold run-in heading
    d = {"cn": KT, "bold": True}
    d.update(kw)
    return (text, d)


def S(text):  # hand strikethrough = deleted
    return (text, {"strike": True})


def V(text):  # hidden
    return (text, {"hidden": True})


def Y(text, **kw):  # yellow highlight
    d = {"hl": True}
    d.update(kw)
    return (text, d)


def art(num, parts, bm=None):
    o = {"cn": HT}
    if bm:
        o["bm"] = bm
    return [(num, o), "　"] + parts


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- document 1
def doc_fuzhou():
    doc = new_doc()
    red_masthead(doc, ["福州市商务局", "福州市财政局"])
    empty(doc)
    para(doc, "榕商务〔2025〕37号", WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_line(doc)
    empty(doc)
    para(doc, [("关于印发《福州市跨境电子商务高质量发展\n扶持办法》的通知", {"cn": XBS, "size": 22})],
         WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=36)
    empty(doc)
    para(doc, "各县（市、区）商务主管部门，各县（市、区）财政局，市直有关单位：", indent=0)
    para(doc, ["为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省委、省政府关于加快发展跨境电子商务的部署要求，"
               "进一步发挥中国（福州）跨境电子商务综合试验区和中国（福建）自由贸易试验区福州片区政策叠加优势，"
               "推动我市跨境电子商务高质量发展，市商务局、市财政局研究制定了《福州市跨境电子商务高质量发展扶持办法》，",
               V("经市政府第58次常务会议研究同意，"),
               "现印发给你们，请认真贯彻执行。"])
    para(doc, ["各县（市、区）商务主管部门要会同同级财政部门做好政策宣传解读和项目初审工作，确保扶持资金规范、高效使用。",
               V("2025年度申报材料请于2025年10月31日前报送市商务局对外贸易科。"),
               "执行中遇到的问题，请及时向市商务局、市财政局反馈。"])
    para(doc, "联系人：市商务局电子商务科　林晓峰，电话：0591-83357216；市财政局经济建设科　陈雅琴，电话：0591-87512094。")
    empty(doc)
    para(doc, "附件：福州市跨境电子商务高质量发展扶持办法")
    empty(doc, 3)
    para(doc, "福州市商务局　　　　　　　　福州市财政局", indent=0, left=Pt(16 * 4).pt)
    empty(doc)
    para(doc, "2025年12月10日　　　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    empty(doc)
    para(doc, "（此件公开发布）", indent=2)

    # attachment: the 办法
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [H("附件")], indent=0)
    empty(doc)
    para(doc, [("福州市跨境电子商务高质量发展扶持办法", {"cn": XBS, "size": 22})],
         WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=36)
    empty(doc)

    def chap(t):
        para(doc, [H(t)], WD_ALIGN_PARAGRAPH.CENTER, indent=0)

    A = lambda num, parts, bm=None: para(doc, art(num, parts, bm))

    chap("第一章　总　则")
    A("第一条", ["为加快推进中国（福州）跨境电子商务综合试验区建设，培育外贸新业态新模式，推动跨境电子商务高质量发展，"
               "根据《中华人民共和国电子商务法》《福建省促进跨境电子商务发展若干措施》等有关规定，结合本市实际，制定本办法。"])
    A("第二条", ["本办法所称跨境电子商务扶持资金（以下简称扶持资金），是指市级财政在外经贸发展专项资金中安排，"
               "用于支持我市跨境电子商务主体培育、平台建设、海外仓布局、人才培养等方面的资金。"])
    A("第三条", ["扶持资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则，由市商务局、市财政局按职责分工共同管理。"])
    chap("第二章　支持对象和条件")
    A("第四条", ["申请扶持资金的企业应当同时符合下列条件："])
    para(doc, "（一）在福州市行政区域内依法登记注册，具有独立法人资格；")
    para(doc, "（二）已在海关办理跨境电子商务企业注册登记，或者已在国际贸易“单一窗口”完成备案；")
    para(doc, "（三）近三年内未发生严重违法失信行为，未被列入经营异常名录；")
    para(doc, "（四）按规定向统计部门报送跨境电子商务相关数据。")
    chap("第三章　支持内容和标准")
    A("第五条", ["支持跨境电子商务主体培育。对年度跨境电子商务进出口额首次达到1000万美元、5000万美元、1亿美元的企业，"
               "分别给予一次性奖励20万元、50万元、100万元。同一企业按差额补足方式享受，累计最高不超过100万元。"])
    A("第六条", ["支持跨境电子商务平台建设。对在本市新建并上线运营的跨境电子商务第三方平台，年度平台交易额达到",
               S("3亿元"), "5亿元以上的，按其信息化建设实际投入的30%给予补助，最高不超过200万元。"])
    A("第七条", [Y("支持公共海外仓建设。对企业在“一带一路”共建国家和RCEP成员国新建或者租赁的公共海外仓，"
                 "面积在5000平方米以上、服务本市企业数量达到20家以上的，经认定后按照仓储面积给予每平方米50元的一次性补助，"
                 "单个海外仓最高不超过100万元。")])
    A("第八条", ["支持跨境电子商务产业园区发展。对经市商务局认定的市级跨境电子商务产业园区，入驻跨境电子商务企业达到30家以上"
               "且年度跨境电子商务交易额达到3亿元以上的，给予园区运营主体一次性奖励50万元。"], bm="_Ref201345871")
    A("第九条", ["支持“跨境电商+产业带”融合发展。对依托我市纺织服装、鞋服、食品、工艺美术等特色产业带开展跨境电子商务出口的企业，"
               "年度出口额首次突破500万美元的，给予一次性奖励10万元。"])
    A("第十条", ["支持中欧班列和海运快线运输。对通过中欧班列（福州）或者福州港海运快线发运跨境电子商务出口货物的企业，"
               "按照实际发运标准集装箱数量给予每标箱1000元的物流补助，单个企业年度最高不超过50万元。"])
    A("第十一条", ["支持跨境电子商务人才培养。对与本市高等院校、职业院校共建跨境电子商务实训基地的企业，每年实训本市学生100人次以上的，"
                "按照实训基地建设实际投入的20%给予补助，最高不超过30万元。"])
    hp = para(doc, [V("（第十二条待市财政局确认后再定稿，外发前删除本段。）")])
    hide_para_mark(hp)
    A("第十二条", ["同一企业同一项目已获得省级以上同类资金支持的，市级扶持资金按照差额补足方式予以支持。符合本办法",
                ("第八条", {"ref": "_Ref201345871"}),
                "规定条件的园区运营主体，不得就同一事项重复申请本办法其他条款的奖励。"])
    chap("第四章　申报和审核")
    A("第十三条", ["扶持资金原则上每年集中申报一次，具体申报时间和要求由市商务局另行通知。申请单位按照属地原则向所在县（市、区）"
                "商务主管部门提交申报材料，并对材料的真实性负责。", S("申报材料须同时报送纸质版一式三份。")])
    A("第十四条", ["各县（市、区）商务主管部门会同同级财政部门对申报材料进行初审，并于每年", Y("5月31日前"),
                "将初审意见报送市商务局。市商务局会同市财政局委托第三方机构进行审核，提出拟支持名单。"])
    A("第十五条", ["拟支持名单经市商务局、市财政局审定后，在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按规定拨付资金。"])
    chap("第五章　监督管理")
    A("第十六条", ["申请单位应当建立扶持资金使用台账，自觉接受财政、审计、商务等部门的监督检查。"])
    A("第十七条", ["对弄虚作假、骗取或者挪用扶持资金的，依法依规追回已拨付资金，取消其3年内申请市级外经贸发展专项资金的资格，"
                "并按照有关规定处理；涉嫌犯罪的，依法移送司法机关处理。"])
    chap("第六章　附　则")
    A("第十八条", ["本办法由市商务局、市财政局负责解释。"])
    A("第十九条", ["本办法自", S("2025年12月1日"), "2026年1月1日起施行，有效期至2028年12月31日。"
                "《福州市促进跨境电子商务发展若干措施》（榕商务〔2023〕21号）同时废止。"])
    banji(doc, "市人民政府办公厅，市审计局，福州海关。", "福州市商务局办公室", "2025年12月10日")
    save(doc, "blind461_fuzhou_tongzhi")

    notice_clauses = [
        "为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省委、省政府关于加快发展跨境电子商务的部署要求，"
        "进一步发挥中国（福州）跨境电子商务综合试验区和中国（福建）自由贸易试验区福州片区政策叠加优势，"
        "推动我市跨境电子商务高质量发展，市商务局、市财政局研究制定了《福州市跨境电子商务高质量发展扶持办法》，"
        "现印发给你们，请认真贯彻执行。",
        "各县（市、区）商务主管部门要会同同级财政部门做好政策宣传解读和项目初审工作，确保扶持资金规范、高效使用。"
        "执行中遇到的问题，请及时向市商务局、市财政局反馈。",
        "联系人：市商务局电子商务科　林晓峰，电话：0591-83357216；市财政局经济建设科　陈雅琴，电话：0591-87512094。",
    ]
    banfa_clauses = [
        "第一条　为加快推进中国（福州）跨境电子商务综合试验区建设，培育外贸新业态新模式，推动跨境电子商务高质量发展，"
        "根据《中华人民共和国电子商务法》《福建省促进跨境电子商务发展若干措施》等有关规定，结合本市实际，制定本办法。",
        "第二条　本办法所称跨境电子商务扶持资金（以下简称扶持资金），是指市级财政在外经贸发展专项资金中安排，"
        "用于支持我市跨境电子商务主体培育、平台建设、海外仓布局、人才培养等方面的资金。",
        "第三条　扶持资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则，由市商务局、市财政局按职责分工共同管理。",
        "第四条　申请扶持资金的企业应当同时符合下列条件：",
        "（一）在福州市行政区域内依法登记注册，具有独立法人资格；",
        "（二）已在海关办理跨境电子商务企业注册登记，或者已在国际贸易“单一窗口”完成备案；",
        "（三）近三年内未发生严重违法失信行为，未被列入经营异常名录；",
        "（四）按规定向统计部门报送跨境电子商务相关数据。",
        "第五条　支持跨境电子商务主体培育。对年度跨境电子商务进出口额首次达到1000万美元、5000万美元、1亿美元的企业，"
        "分别给予一次性奖励20万元、50万元、100万元。同一企业按差额补足方式享受，累计最高不超过100万元。",
        "第六条　支持跨境电子商务平台建设。对在本市新建并上线运营的跨境电子商务第三方平台，年度平台交易额达到"
        "5亿元以上的，按其信息化建设实际投入的30%给予补助，最高不超过200万元。",
        "第七条　支持公共海外仓建设。对企业在“一带一路”共建国家和RCEP成员国新建或者租赁的公共海外仓，"
        "面积在5000平方米以上、服务本市企业数量达到20家以上的，经认定后按照仓储面积给予每平方米50元的一次性补助，"
        "单个海外仓最高不超过100万元。",
        "第八条　支持跨境电子商务产业园区发展。对经市商务局认定的市级跨境电子商务产业园区，入驻跨境电子商务企业达到30家以上"
        "且年度跨境电子商务交易额达到3亿元以上的，给予园区运营主体一次性奖励50万元。",
        "第九条　支持“跨境电商+产业带”融合发展。对依托我市纺织服装、鞋服、食品、工艺美术等特色产业带开展跨境电子商务出口的企业，"
        "年度出口额首次突破500万美元的，给予一次性奖励10万元。",
        "第十条　支持中欧班列和海运快线运输。对通过中欧班列（福州）或者福州港海运快线发运跨境电子商务出口货物的企业，"
        "按照实际发运标准集装箱数量给予每标箱1000元的物流补助，单个企业年度最高不超过50万元。",
        "第十一条　支持跨境电子商务人才培养。对与本市高等院校、职业院校共建跨境电子商务实训基地的企业，每年实训本市学生100人次以上的，"
        "按照实训基地建设实际投入的20%给予补助，最高不超过30万元。",
        "第十二条　同一企业同一项目已获得省级以上同类资金支持的，市级扶持资金按照差额补足方式予以支持。符合本办法第八条"
        "规定条件的园区运营主体，不得就同一事项重复申请本办法其他条款的奖励。",
        "第十三条　扶持资金原则上每年集中申报一次，具体申报时间和要求由市商务局另行通知。申请单位按照属地原则向所在县（市、区）"
        "商务主管部门提交申报材料，并对材料的真实性负责。",
        "第十四条　各县（市、区）商务主管部门会同同级财政部门对申报材料进行初审，并于每年5月31日前"
        "将初审意见报送市商务局。市商务局会同市财政局委托第三方机构进行审核，提出拟支持名单。",
        "第十五条　拟支持名单经市商务局、市财政局审定后，在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按规定拨付资金。",
        "第十六条　申请单位应当建立扶持资金使用台账，自觉接受财政、审计、商务等部门的监督检查。",
        "第十七条　对弄虚作假、骗取或者挪用扶持资金的，依法依规追回已拨付资金，取消其3年内申请市级外经贸发展专项资金的资格，"
        "并按照有关规定处理；涉嫌犯罪的，依法移送司法机关处理。",
        "第十八条　本办法由市商务局、市财政局负责解释。",
        "第十九条　本办法自2026年1月1日起施行，有效期至2028年12月31日。"
        "《福州市促进跨境电子商务发展若干措施》（榕商务〔2023〕21号）同时废止。",
    ]
    note = ("Hidden (w:vanish) text is not on the printed page and is left out: a phrase in the notice's first paragraph, "
            "a sentence with an old 2025 deadline in the second paragraph, and a whole hidden drafting-note paragraph before 第十二条. "
            "Text struck through by hand formatting is read as deleted and DROPPED (第六条 '3亿元', 第十三条 last sentence, "
            "第十九条 old date '2025年12月1日'). Yellow highlight is kept as ordinary text. "
            "'第八条' in 第十二条 is a REF field result pointing to a bookmark on the 第八条 heading; its displayed text is kept. "
            "The two-line title has a soft line break; joined without it.")
    return {
        "blind461_fuzhou_tongzhi": [
            {
                "meta": {
                    "title": "关于印发《福州市跨境电子商务高质量发展扶持办法》的通知",
                    "doc_number": "榕商务〔2025〕37号",
                    "issuer": ["福州市商务局", "福州市财政局"],
                    "date": "2025-12-10",
                    "published": None,
                    "level": "municipal",
                    "region": "福州市",
                    "effective": None,
                    "expires": None,
                    "attachments": ["福州市跨境电子商务高质量发展扶持办法"],
                    "doc_type": "通知",
                    "recipients": ["各县（市、区）商务主管部门", "各县（市、区）财政局", "市直有关单位"],
                    "publicity": "此件公开发布",
                    "repeals": None,
                },
                "clauses": notice_clauses,
                "_note": note,
            },
            {
                "meta": {
                    "title": "福州市跨境电子商务高质量发展扶持办法",
                    "doc_number": None,
                    "issuer": ["福州市商务局", "福州市财政局"],
                    "date": "2025-12-10",
                    "published": None,
                    "level": "municipal",
                    "region": "福州市",
                    "effective": "2026-01-01",
                    "expires": "2028-12-31",
                    "attachments": [],
                    "doc_type": "办法",
                    "recipients": [],
                    "publicity": None,
                    "repeals": "《福州市促进跨境电子商务发展若干措施》（榕商务〔2023〕21号）",
                },
                "clauses": banfa_clauses,
                "_note": note,
            },
        ]
    }


# ---------------------------------------------------------------- document 2
def doc_chongqing():
    doc = new_doc()
    red_masthead(doc, ["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"], size=22)
    empty(doc)
    para(doc, "渝商务发〔2026〕9号", WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_line(doc)
    empty(doc)
    para(doc, [("关于推动中欧班列（成渝）与跨境电商\n融合发展的实施意见", {"cn": XBS, "size": 22})],
         WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=36)
    empty(doc)
    para(doc, "各区县（自治县）商务主管部门，两江新区、西部科学城重庆高新区、万盛经开区商务主管部门，有关企业：", indent=0)
    para(doc, "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进西部陆海新通道建设的决策部署，发挥中欧班列（成渝）"
              "通道优势和中国（重庆）自由贸易试验区制度创新优势，推动中欧班列与跨境电商融合发展，加快建设内陆开放综合枢纽，"
              "经市政府同意，现提出以下意见。")
    para(doc, [H("一、总体要求")])
    para(doc, [K("（一）发展目标。"), "到2027年，中欧班列（成渝）重庆方向年开行跨境电商专列达到",
               Y("300列以上"), "，国际运邮班列常态化开行，全市跨境电商进出口额年均增长15%以上，培育跨境电商物流龙头企业10家以上。"])
    para(doc, [K("（二）品牌标识。"), "跨境电商专列统一使用“中欧班列（成渝）”品牌，在车体、集装箱和宣传材料上规范标注中英文标识，英文标识统一为："])
    para(doc, [("China-Europe Railway Express (Chengdu-Chongqing) Cross-border E-commerce Train", {"sc": True})])
    para(doc, [H("二、重点任务")])
    para(doc, [K("（三）拓展跨境电商专列线路。"), "重点推进以下工作："])
    para(doc, "1.稳定开行重庆至杜伊斯堡、汉堡、罗兹、布达佩斯等方向跨境电商专列，加密至中亚五国及俄罗斯的线路。")
    para(doc, "2.推动开行“中欧班列+西部陆海新通道”跨境电商联运班列，拓展东南亚、中东市场。")
    para(doc, [S("3.研究开行重庆至伦敦跨境电商直达专列，探索“班列+海运”跨境电商出口新路径。")])
    para(doc, "4.支持企业利用中欧班列回程运力开展跨境电商进口业务，扩大欧洲优质消费品进口。")
    para(doc, [K("（四）优化通关监管服务。"),
               "支持重庆海关在团结村铁路口岸推广跨境电商“集拼集运”模式，对符合条件的跨境电商出口货物实行“一次申报、分段运输、一次查验”。",
               V("2025年底前实现中欧班列跨境电商货物全覆盖。"),
               "推动9610、9710、9810、1210等跨境电商监管模式在班列运输中全面适用。"])
    para(doc, [K("（五）完善海外仓布局。"),
               "支持企业在中欧班列沿线重要节点城市建设或者租赁海外仓，提供仓储、分拨、退换货和售后服务，补助标准按照本意见第",
               ("（九）", {"ref": "_Ref209877412"}), "项执行。"])
    para(doc, [K("（六）推动运邮业务常态化。"),
               "支持中国邮政集团有限公司重庆市分公司与中欧班列运营平台合作，常态化开行国际运邮班列，",
               Y("力争2026年国际邮件运量达到1500吨"), "。"])
    para(doc, [K("（七）培育跨境电商物流主体。"),
               "支持班列运营平台、国际货代企业与跨境电商平台开展战略合作，提供“门到门”全程物流解决方案，"
               "对年度通过中欧班列（成渝）发运跨境电商货物超过200标箱的物流企业，优先推荐申报国家和市级示范项目。"])
    para(doc, [H("三、保障措施")])
    para(doc, [K("（八）加强组织协调。"),
               "建立由市商务委、市口岸物流办牵头，重庆海关、市财政局、市交通运输委等部门参与的工作协调机制，"
               "定期研究解决中欧班列与跨境电商融合发展中的重大问题。"])
    para(doc, [K("（九）", bm="_Ref209877412"), K("强化资金支持。"),
               "统筹市级外经贸发展专项资金，对开行跨境电商专列的运营平台，按照每列5万元给予补助；对符合条件的海外仓，"
               "按照实际租赁费用的30%给予补助，单个企业年度最高不超过100万元。"])
    para(doc, [K("（十）加强监测评估。"),
               "市商务委、市口岸物流办按季度对重点任务推进情况开展监测评估，重点任务分工如下："])
    data_table(doc, ["序号", "重点任务", "牵头单位", "完成时限"], [
        ["1", "稳定开行跨境电商专列", "市口岸物流办、陆海新通道运营有限公司", "2026年12月底前"],
        ["2", "推广“集拼集运”监管模式", "重庆海关、市商务委", [S("2026年6月底前"), "2026年9月底前"]],
        ["3", [Y("建设中欧班列沿线海外仓")], "市商务委", "2027年6月底前"],
        ["4", "常态化开行国际运邮班列", "市口岸物流办、中国邮政集团有限公司重庆市分公司", "2026年12月底前"],
        ["5", "培育跨境电商物流龙头企业", "市商务委、市交通运输委", "2027年12月底前"],
    ], [1.4, 5.6, 5.2, 3.4])
    para(doc, "本意见自印发之日起施行，有效期至2027年12月31日。")
    empty(doc, 3)
    # 落款 laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_widths(t, [6.0, 9.6])
    cell_text(t.rows[0].cells[0], "重庆市商务委员会", size=16)
    cell_text(t.rows[0].cells[1], "重庆市人民政府口岸和物流办公室", size=16)
    cell_text(t.rows[1].cells[0], "", size=16)
    cell_text(t.rows[1].cells[1], "2026年3月6日", size=16)
    empty(doc)
    para(doc, "（此件公开发布）")
    banji(doc, "重庆海关，市财政局，市交通运输委，中国国家铁路集团有限公司成都局集团公司重庆货运中心。",
          "重庆市商务委员会办公室", "2026年3月6日")
    save(doc, "blind461_chongqing_yijian")

    clauses = [
        "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进西部陆海新通道建设的决策部署，发挥中欧班列（成渝）"
        "通道优势和中国（重庆）自由贸易试验区制度创新优势，推动中欧班列与跨境电商融合发展，加快建设内陆开放综合枢纽，"
        "经市政府同意，现提出以下意见。",
        "（一）发展目标。到2027年，中欧班列（成渝）重庆方向年开行跨境电商专列达到300列以上，国际运邮班列常态化开行，"
        "全市跨境电商进出口额年均增长15%以上，培育跨境电商物流龙头企业10家以上。",
        "（二）品牌标识。跨境电商专列统一使用“中欧班列（成渝）”品牌，在车体、集装箱和宣传材料上规范标注中英文标识，英文标识统一为：",
        "China-Europe Railway Express (Chengdu-Chongqing) Cross-border E-commerce Train",
        "（三）拓展跨境电商专列线路。重点推进以下工作：",
        "1.稳定开行重庆至杜伊斯堡、汉堡、罗兹、布达佩斯等方向跨境电商专列，加密至中亚五国及俄罗斯的线路。",
        "2.推动开行“中欧班列+西部陆海新通道”跨境电商联运班列，拓展东南亚、中东市场。",
        "4.支持企业利用中欧班列回程运力开展跨境电商进口业务，扩大欧洲优质消费品进口。",
        "（四）优化通关监管服务。支持重庆海关在团结村铁路口岸推广跨境电商“集拼集运”模式，对符合条件的跨境电商出口货物实行"
        "“一次申报、分段运输、一次查验”。推动9610、9710、9810、1210等跨境电商监管模式在班列运输中全面适用。",
        "（五）完善海外仓布局。支持企业在中欧班列沿线重要节点城市建设或者租赁海外仓，提供仓储、分拨、退换货和售后服务，"
        "补助标准按照本意见第（九）项执行。",
        "（六）推动运邮业务常态化。支持中国邮政集团有限公司重庆市分公司与中欧班列运营平台合作，常态化开行国际运邮班列，"
        "力争2026年国际邮件运量达到1500吨。",
        "（七）培育跨境电商物流主体。支持班列运营平台、国际货代企业与跨境电商平台开展战略合作，提供“门到门”全程物流解决方案，"
        "对年度通过中欧班列（成渝）发运跨境电商货物超过200标箱的物流企业，优先推荐申报国家和市级示范项目。",
        "（八）加强组织协调。建立由市商务委、市口岸物流办牵头，重庆海关、市财政局、市交通运输委等部门参与的工作协调机制，"
        "定期研究解决中欧班列与跨境电商融合发展中的重大问题。",
        "（九）强化资金支持。统筹市级外经贸发展专项资金，对开行跨境电商专列的运营平台，按照每列5万元给予补助；对符合条件的海外仓，"
        "按照实际租赁费用的30%给予补助，单个企业年度最高不超过100万元。",
        "（十）加强监测评估。市商务委、市口岸物流办按季度对重点任务推进情况开展监测评估，重点任务分工如下：",
        "序号：1；重点任务：稳定开行跨境电商专列；牵头单位：市口岸物流办、陆海新通道运营有限公司；完成时限：2026年12月底前",
        "序号：2；重点任务：推广“集拼集运”监管模式；牵头单位：重庆海关、市商务委；完成时限：2026年9月底前",
        "序号：3；重点任务：建设中欧班列沿线海外仓；牵头单位：市商务委；完成时限：2027年6月底前",
        "序号：4；重点任务：常态化开行国际运邮班列；牵头单位：市口岸物流办、中国邮政集团有限公司重庆市分公司；完成时限：2026年12月底前",
        "序号：5；重点任务：培育跨境电商物流龙头企业；牵头单位：市商务委、市交通运输委；完成时限：2027年12月底前",
        "本意见自印发之日起施行，有效期至2027年12月31日。",
    ]
    note = ("Struck-through text (hand formatting, not a tracked change) is read as deleted and DROPPED: the whole item "
            "'3.研究开行重庆至伦敦…' under （三） (so the printed numbering jumps 1., 2., 4. and is kept as printed) and the old "
            "deadline '2026年6月底前' in table row 2. Hidden text (a 2025 deadline sentence in （四）) is absent. "
            "The English line is typed in mixed case and formatted as small caps; the key gives it in its typed case "
            "(small caps keep capitals taller than lower-case letters, so the case is readable on the page). "
            "'（九）' in （五） is a REF field to a bookmark on the （九） item; its displayed text is kept. Highlight kept as text. "
            "The 落款 (two organs and the date) is laid out in a borderless table and is not a clause. "
            "Effective = date of issue because the text says 自印发之日起施行.")
    return {
        "blind461_chongqing_yijian": [
            {
                "meta": {
                    "title": "关于推动中欧班列（成渝）与跨境电商融合发展的实施意见",
                    "doc_number": "渝商务发〔2026〕9号",
                    "issuer": ["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"],
                    "date": "2026-03-06",
                    "published": None,
                    "level": "provincial",
                    "region": "重庆市",
                    "effective": "2026-03-06",
                    "expires": "2027-12-31",
                    "attachments": [],
                    "doc_type": "意见",
                    "recipients": ["各区县（自治县）商务主管部门", "两江新区、西部科学城重庆高新区、万盛经开区商务主管部门", "有关企业"],
                    "publicity": "此件公开发布",
                    "repeals": None,
                },
                "clauses": clauses,
                "_note": note,
            }
        ]
    }


# ---------------------------------------------------------------- document 3
NUM_ID = 461


def add_cn_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="461">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    num_xml = ('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
               '<w:abstractNumId w:val="461"/></w:num>' % NUM_ID)
    from lxml import etree
    a = etree.fromstring(abs_xml)
    n = etree.fromstring(num_xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(n)


def numbered(doc, parts):
    p = para(doc, parts, indent=0)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(NUM_ID))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    return p


def doc_nanning():
    doc = new_doc()
    add_cn_numbering(doc)
    para(doc, [("南宁综合保税区管理委员会公告", {"cn": XBS, "size": 30, "color": RED})],
         WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=48)
    empty(doc)
    para(doc, "2026年第2号", WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    red_line(doc)
    empty(doc)
    para(doc, [("南宁综合保税区管理委员会关于优化\n外商投资企业入区登记服务有关事项的公告", {"cn": XBS, "size": 22})],
         WD_ALIGN_PARAGRAPH.CENTER, indent=0, spacing=36)
    empty(doc)
    para(doc, "为贯彻落实《中华人民共和国外商投资法》及其实施条例，持续优化外商投资环境，便利外商投资企业在南宁综合保税区"
              "（以下简称综保区）投资经营，根据《中华人民共和国海关综合保税区管理办法》和中国（广西）自由贸易试验区南宁片区有关规定，"
              "现就外商投资企业入区登记服务有关事项公告如下：")
    para(doc, [H("一、适用范围。"), "本公告适用于拟在综保区内设立的外商投资企业，以及已在综保区内登记注册、"
                                "申请变更经营范围或者增加投资总额的外商投资企业。"])
    para(doc, [H("二、办理方式。"), "外商投资企业入区登记实行“一窗受理、并联审批、限时办结”。申请人可通过中国（广西）国际贸易"
                                "“单一窗口”在线提交申请，也可到综保区政务服务中心综合窗口现场办理。",
               S("现场办理的，须提前3个工作日预约。"),
               Y("境外投资者主体资格证明文件已在其他地区办理公证认证的，可直接使用，不再重复提交。")])
    para(doc, [H("三、办理时限")])
    numbered(doc, ["申请材料齐全、符合法定形式的，综合窗口当场受理，企业设立登记1个工作日内办结。"])
    numbered(doc, ["涉及海关注册登记、外汇登记的，由综合窗口统一转办，3个工作日内办结。"])
    numbered(doc, ["涉及用地、规划、环评等事项的，实行“容缺受理”，申请人承诺在30日内补齐材料的，先行办理后续手续。"])
    para(doc, [H("四、服务事项清单")])
    para(doc, "综保区管委会对外商投资企业入区提供下列集成服务：")
    data_table(doc, ["序号", "服务事项", "办理部门", "承诺时限"], [
        ["1", "企业设立、变更登记", "综保区政务服务中心", "1个工作日"],
        ["2", "海关进出口货物收发货人备案", "南宁海关驻综保区办事处", "即时办结"],
        ["3", "外商投资信息报告指导", "综保区管委会经济发展局", "即时办结"],
        ["4", "加工贸易手（账）册设立", "南宁海关驻综保区办事处", [V("5个工作日"), "3个工作日"]],
        ["5", [Y("外籍人员工作许可代办")], "综保区人才服务中心", "10个工作日"],
    ], [1.4, 6.0, 5.0, 3.2])
    para(doc, [H("五、咨询服务。"), "外商投资企业可拨打综保区外商投资服务热线0771-4837260咨询，热线提供中英文服务。",
               V("原服务热线0771-4837211同时停止使用。")])
    para(doc, [("Foreign-invested enterprises may call the Investment Service Hotline at 0771-4837260 for consultation "
                "in Chinese or English, Monday to Friday, 8:30-12:00 and 15:00-18:00.", {"sc": True})])
    para(doc, [H("六、"), "本公告自2026年2月1日起施行，有效期至2029年1月31日。",
               S("《南宁综合保税区外商投资企业入区登记指引（试行）》同时废止。")])
    hp = para(doc, [V("七、本公告由综保区管委会经济发展局负责解释。")])
    hide_para_mark(hp)
    empty(doc, 3)
    para(doc, "南宁综合保税区管理委员会　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "2026年1月20日　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    save(doc, "blind461_nanning_gonggao")

    clauses = [
        "为贯彻落实《中华人民共和国外商投资法》及其实施条例，持续优化外商投资环境，便利外商投资企业在南宁综合保税区"
        "（以下简称综保区）投资经营，根据《中华人民共和国海关综合保税区管理办法》和中国（广西）自由贸易试验区南宁片区有关规定，"
        "现就外商投资企业入区登记服务有关事项公告如下：",
        "一、适用范围。本公告适用于拟在综保区内设立的外商投资企业，以及已在综保区内登记注册、"
        "申请变更经营范围或者增加投资总额的外商投资企业。",
        "二、办理方式。外商投资企业入区登记实行“一窗受理、并联审批、限时办结”。申请人可通过中国（广西）国际贸易"
        "“单一窗口”在线提交申请，也可到综保区政务服务中心综合窗口现场办理。"
        "境外投资者主体资格证明文件已在其他地区办理公证认证的，可直接使用，不再重复提交。",
        "（一）申请材料齐全、符合法定形式的，综合窗口当场受理，企业设立登记1个工作日内办结。",
        "（二）涉及海关注册登记、外汇登记的，由综合窗口统一转办，3个工作日内办结。",
        "（三）涉及用地、规划、环评等事项的，实行“容缺受理”，申请人承诺在30日内补齐材料的，先行办理后续手续。",
        "综保区管委会对外商投资企业入区提供下列集成服务：",
        "序号：1；服务事项：企业设立、变更登记；办理部门：综保区政务服务中心；承诺时限：1个工作日",
        "序号：2；服务事项：海关进出口货物收发货人备案；办理部门：南宁海关驻综保区办事处；承诺时限：即时办结",
        "序号：3；服务事项：外商投资信息报告指导；办理部门：综保区管委会经济发展局；承诺时限：即时办结",
        "序号：4；服务事项：加工贸易手（账）册设立；办理部门：南宁海关驻综保区办事处；承诺时限：3个工作日",
        "序号：5；服务事项：外籍人员工作许可代办；办理部门：综保区人才服务中心；承诺时限：10个工作日",
        "五、咨询服务。外商投资企业可拨打综保区外商投资服务热线0771-4837260咨询，热线提供中英文服务。",
        "Foreign-invested enterprises may call the Investment Service Hotline at 0771-4837260 for consultation "
        "in Chinese or English, Monday to Friday, 8:30-12:00 and 15:00-18:00.",
        "六、本公告自2026年2月1日起施行，有效期至2029年1月31日。",
    ]
    note = ("The （一）（二）（三） under 三、办理时限 are Word automatic numbering (chineseCounting), not typed; the key gives them "
            "as printed. Hidden text is absent: the old time limit '5个工作日' in table row 4, the sentence about the old hotline "
            "in 五, and the whole paragraph 七 (paragraph mark hidden too). Struck-through text is read as deleted and DROPPED: "
            "the appointment sentence in 二 and the repeal sentence in 六 (so repeals = null). Highlight kept. "
            "The English paragraph is small caps; given in its typed case. 公告 has no 主送; doc_number is the 公告 serial number.")
    return {
        "blind461_nanning_gonggao": [
            {
                "meta": {
                    "title": "南宁综合保税区管理委员会关于优化外商投资企业入区登记服务有关事项的公告",
                    "doc_number": "2026年第2号",
                    "issuer": ["南宁综合保税区管理委员会"],
                    "date": "2026-01-20",
                    "published": None,
                    "level": "zone",
                    "region": "南宁综合保税区",
                    "effective": "2026-02-01",
                    "expires": "2029-01-31",
                    "attachments": [],
                    "doc_type": "公告",
                    "recipients": [],
                    "publicity": None,
                    "repeals": None,
                },
                "clauses": clauses,
                "_note": note,
            }
        ]
    }


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_461", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_chongqing, doc_nanning):
        expected.update(fn())
    for stem in expected:
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
