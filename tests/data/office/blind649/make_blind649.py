# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 649 blind test documents: 公文 typed inside a table frame (办文单 / 会议通知单)
and an ordinary 通知 whose 附件 is a 情况登记表 with long free-text cells."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_par(p, align=None, first_indent=None, before=0, after=0, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    return p


def add_runs(p, parts, size=16):
    """parts: list of (text, font, bold) or str; '\n' inside text => soft line break."""
    for part in parts:
        if isinstance(part, str):
            part = (part, FS, False)
        text, font, bold = part
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def bottom_border(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def table_borders(table, val="single", sz=8):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val != "nil" else "auto")
        borders.append(el)
    tblPr.append(borders)


def cell_width(cell, cm):
    cell.width = Cm(cm)


def col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = Cm(widths[i])


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def add_page_number(section, style="dash"):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        set_font(p.add_run("— "), "宋体", 14)
    else:
        set_font(p.add_run("第 "), "宋体", 10.5)
    r = p.add_run()
    set_font(r, "宋体", 14 if style == "dash" else 10.5)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    if style == "dash":
        set_font(p.add_run(" —"), "宋体", 14)
    else:
        set_font(p.add_run(" 页"), "宋体", 10.5)


def first_par(cell):
    return cell.paragraphs[0]


def cell_par(cell, first=[None]):
    """Return the empty first paragraph of a fresh cell, else add a new one."""
    p = cell.paragraphs[-1]
    if len(cell.paragraphs) == 1 and not p.text and not p.runs:
        return p
    return cell.add_paragraph()


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_649", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def chinese_numbering(doc, lvl_text="（%1）"):
    """Add a Word list (chineseCounting) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum"); an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640"); ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman"); rf.set(qn("w:eastAsia"), FS); rf.set(qn("w:hAnsi"), "Times New Roman")
    rpr.append(rf); lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(aid)); num.append(a)
    numbering.append(num)
    return nid


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


EXPECTED = {}


# ============================================================== 1. 福州 办文单
def make_fuzhou():
    stem = "blind649_fuzhou_banwendan"
    doc = Document()
    page_setup(doc)
    clauses = []

    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, after=6)
    add_runs(p, [("福州市商务局收文处理笺", XBS, False)], size=22)
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, after=3)
    add_runs(p, [("收文编号：榕商收〔2026〕0217号", FS, False)], size=12)

    t = doc.add_table(rows=8, cols=2)
    table_borders(t, "single", 12)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.2, 12.4])
    labels = [
        ("来文单位", "福建省商务厅"),
        ("文" + SP * 2 + "号", "闽商务〔2026〕12号"),
        ("收文日期", "2026年3月4日"),
        ("密" + SP * 2 + "级", "无"),
        ("缓" + SP * 2 + "急", "急"),
    ]
    for i, (lab, val) in enumerate(labels):
        c0, c1 = t.cell(i, 0), t.cell(i, 1)
        cell_width(c0, 3.2); cell_width(c1, 12.4)
        c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        add_runs(fmt_par(first_par(c0), WD_ALIGN_PARAGRAPH.CENTER), [(lab, HT, False)], size=14)
        add_runs(first_par(c1), [(val, FS, False)], size=14)

    # ---- big merged cell with the whole notice
    body = t.cell(5, 0).merge(t.cell(5, 1))
    title = "福建省商务厅关于做好2026年跨境电商综合试验区建设重点工作的通知"
    p = fmt_par(first_par(body), WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12, line=30)
    # title broken by a soft line break, as typed
    add_runs(p, [("福建省商务厅关于做好2026年跨境电商综合试验区\n建设重点工作的通知", XBS, False)], size=18)
    p = fmt_par(body.add_paragraph(), line=28)
    add_runs(p, ["各设区市商务局，平潭综合实验区经济发展局："], size=15)

    def para(text, heading=None, clause=True, manual_indent=True, soft_mid=None, size=15):
        """heading: run-in heading in bold (kept in clause). soft_mid: split point for a soft break."""
        p = fmt_par(body.add_paragraph(), line=28)
        parts = []
        lead = SP * 2 if manual_indent else ""
        if heading:
            parts.append((lead + heading, KT, True))
            lead = ""
        txt = text
        if soft_mid:
            a, b = txt.split(soft_mid, 1)
            txt = a + soft_mid + "\n" + b
        parts.append((lead + txt, FS, False))
        add_runs(p, parts, size=size)
        if clause:
            clauses.append((heading or "") + text)
        return p

    def head(text):
        p = fmt_par(body.add_paragraph(), line=28)
        add_runs(p, [(SP * 2 + text, HT, False)], size=15)

    para("为深入贯彻落实国务院关于推动跨境电商健康持续创新发展的部署要求，加快推进我省跨境电子商务综合试验区建设，"
         "进一步扩大跨境电商进出口规模，现就做好2026年重点工作通知如下：")
    head("一、夯实跨境电商产业基础")
    para("各地要围绕本地优势产业带，引导传统外贸企业、生产制造企业开展跨境电商业务，"
         "2026年全省新增跨境电商经营主体不少于800家，培育年进出口额超亿元的龙头企业20家以上。",
         heading="（一）培育经营主体。", soft_mid="开展跨境电商业务，")
    para("支持企业在“一带一路”共建国家和RCEP成员国重点市场布局海外仓，鼓励海外仓企业与中欧班列、"
         "海运快线运营企业开展合作，提升海外仓智能化、信息化水平。对新认定的省级公共海外仓，按有关规定给予支持。",
         heading="（二）建设海外仓。")
    para("推动跨境电商综合试验区与产业园区、综合保税区联动发展，"
         "支持福州、厦门综合保税区开展跨境电商保税备货、退货中心仓等业务。",
         heading="（三）优化园区布局。")
    head("二、提升通关便利化水平")
    para("配合福州、厦门海关推广跨境电商9610、9710、9810、1210等监管模式，"
         "落实跨境电商出口退货“一站式”监管措施，压缩通关时间。",
         heading="（一）推广监管模式。")
    para("依托国际贸易“单一窗口”完善跨境电商线上综合服务平台功能，实现订单、支付、物流、"
         "退税、结汇等信息共享互认，2026年底前平台备案企业数量较上年增长20%以上。",
         heading="（二）完善公共服务平台。")
    para("会同人民银行、外汇管理部门引导银行机构和支付机构为跨境电商企业提供高效便捷的跨境收付服务，"
         "依法依规开展跨境电商出口“无票免税”“核定征收”政策宣传解读。",
         heading="（三）强化金融和税收服务。")
    head("三、强化工作保障")
    para("各地要将跨境电商综合试验区建设纳入本地区稳外贸重点工作，"
         "建立由政府分管负责同志牵头的工作协调机制，细化任务分工，确保各项举措落地见效。",
         heading="（一）加强统筹协调。")
    para("各地要按照跨境电商统计试点要求，做好数据采集、核验和报送工作，"
         "于每季度首月10日前将上季度工作进展情况报送省商务厅电子商务处，"
         "全年工作总结于2026年12月15日前报送。",
         heading="（二）做好统计监测。")
    para("联系人：陈晓峰，电话：0591-87851234，传真：0591-87851239。")

    # 落款 typed with manual spaces and a soft break
    p = fmt_par(body.add_paragraph(), line=28, before=18)
    add_runs(p, [(SP * 15 + "福建省商务厅\n" + SP * 14 + "2026年3月2日", FS, False)], size=15)
    p = fmt_par(body.add_paragraph(), line=28)
    add_runs(p, [(SP * 2 + "（此件主动公开）", FS, False)], size=15)
    body.add_paragraph()  # empty paragraph left at the bottom of the cell

    # ---- 领导批示 / 办理结果 / 承办
    rows = [
        ("领导批示", "请电子商务科牵头，会同对外贸易科、市口岸办研究提出我市分工方案，3月20日前报局务会审定。\n"
                    + SP * 10 + "林志强" + SP + "3月5日"),
        ("办理结果", "已按批示拟定《福州市2026年跨境电商综合试验区建设重点任务分工》，经3月18日局务会审定后印发各县（市）区商务部门执行。"),
    ]
    for j, (lab, val) in enumerate(rows):
        r = 6 + j
        c0, c1 = t.cell(r, 0), t.cell(r, 1)
        c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        add_runs(fmt_par(first_par(c0), WD_ALIGN_PARAGRAPH.CENTER), [(lab, HT, False)], size=14)
        add_runs(fmt_par(first_par(c1), line=26), [(val, KT, False)], size=14)
        first_par(c1).paragraph_format.space_after = Pt(24)

    p = doc.add_paragraph()
    add_runs(p, ["承办科室：电子商务科" + SP * 3 + "承办人：王敏" + SP * 3 + "办结日期：2026年3月18日"], size=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number="闽商务〔2026〕12号", issuer=["福建省商务厅"],
                     date="2026-03-02", level="provincial", region="福建省", doc_type="通知",
                     recipients=["各设区市商务局", "平潭综合实验区经济发展局"],
                     publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


# ============================================================== 2. 重庆 会议通知单（单列表格）
def make_chongqing():
    stem = "blind649_chongqing_huiyitongzhidan"
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0], style="plain")
    clauses = []

    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, after=10)
    add_runs(p, [("重庆市沙坪坝区人民政府办公室" + SP + "会议通知单", XBS, False)], size=20)

    t = doc.add_table(rows=6, cols=1)
    table_borders(t, "single", 8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [15.6])

    add_runs(fmt_par(first_par(t.cell(0, 0)), line=26),
             [("来文单位：", HT, False), ("重庆市人民政府口岸和物流办公室" + SP * 3, FS, False),
              ("文号：", HT, False), ("渝口岸物流办〔2025〕87号", FS, False)], size=14)
    add_runs(fmt_par(first_par(t.cell(1, 0)), line=26),
             [("收文日期：", HT, False), ("2025年11月18日" + SP * 3, FS, False),
              ("密级：", HT, False), ("普通" + SP * 3, FS, False),
              ("缓急：", HT, False), ("特急", FS, False)], size=14)

    body = t.cell(2, 0)
    title = "关于召开2025年中欧班列（成渝）高质量发展推进会的通知"
    p = fmt_par(first_par(body), WD_ALIGN_PARAGRAPH.CENTER, before=10, after=10)
    add_runs(p, [(title, XBS, True)], size=17)

    recips = ["有关区县人民政府", "两江新区管委会", "西部（重庆）科学城管委会", "市商务委", "市发展改革委",
              "重庆海关", "中国铁路成都局集团有限公司重庆货运中心"]
    p = fmt_par(body.add_paragraph(), line=27)
    add_runs(p, ["有关区县人民政府，两江新区管委会，西部（重庆）科学城管委会，市商务委、市发展改革委，"
                 "重庆海关，中国铁路成都局集团有限公司重庆货运中心："], size=15)

    def block(lines, first_is_heading=False, heading_font=HT, indent=True):
        """lines in ONE paragraph separated by soft breaks."""
        p = fmt_par(body.add_paragraph(), line=27)
        parts = []
        for i, ln in enumerate(lines):
            font = heading_font if (first_is_heading and i == 0) else FS
            txt = (SP * 2 if indent else "") + ln + ("\n" if i < len(lines) - 1 else "")
            parts.append((txt, font, False))
        add_runs(p, parts, size=15)
        for i, ln in enumerate(lines):
            if first_is_heading and i == 0:
                continue
            clauses.append(ln)

    intro = ("为全面总结2025年中欧班列（成渝）运行情况，研究部署2026年重点工作，推动西部陆海新通道与中欧班列高效联动，"
             "经市政府同意，定于近期召开2025年中欧班列（成渝）高质量发展推进会。现将有关事项通知如下：")
    block([intro])
    # run-in items, but the first two are typed with the label in 黑体 run
    p = fmt_par(body.add_paragraph(), line=27)
    add_runs(p, [(SP * 2 + "一、会议时间：", HT, False),
                 ("2025年11月25日（星期二）下午2:30，会期半天。\n", FS, False),
                 (SP * 2 + "二、会议地点：", HT, False),
                 ("重庆国际物流枢纽园区管委会三楼第一会议室（沙坪坝区土主街道西部物流园服务中心）。", FS, False)],
            size=15)
    clauses.append("一、会议时间：2025年11月25日（星期二）下午2:30，会期半天。")
    clauses.append("二、会议地点：重庆国际物流枢纽园区管委会三楼第一会议室（沙坪坝区土主街道西部物流园服务中心）。")

    block(["三、参会人员",
           "（一）市政府分管副秘书长，市口岸物流办主要负责同志及分管负责同志；",
           "（二）沙坪坝区、九龙坡区、江津区、渝北区人民政府分管负责同志，商务、口岸物流部门主要负责同志；",
           "（三）两江新区管委会、西部（重庆）科学城管委会分管负责同志；",
           "（四）市商务委、市发展改革委、重庆海关分管负责同志及相关处室负责同志；",
           "（五）中国铁路成都局集团有限公司重庆货运中心、渝新欧（重庆）供应链管理有限责任公司负责同志。"],
          first_is_heading=True)
    block(["四、会议议程",
           "1.市口岸物流办通报2025年中欧班列（成渝）运行情况及2026年工作安排；",
           "2.沙坪坝区、江津区人民政府和重庆海关作交流发言；",
           "3.班列运营平台企业汇报回程货源组织和境外集结中心建设情况；",
           "4.市政府分管副秘书长讲话。"],
          first_is_heading=True)
    # 五、有关要求 : heading is its own paragraph, items in separate paragraphs (mixed typing)
    p = fmt_par(body.add_paragraph(), line=27)
    add_runs(p, [(SP * 2 + "五、有关要求", HT, False)], size=15)
    reqs = [
        "（一）请各参会单位于11月21日（星期五）17:00前将参会回执（见附件）报送市口岸物流办综合处，"
        "电子邮箱：kawlzhc@cq.gov.cn，逾期未报送的视为无人参会。",
        "（二）请沙坪坝区、江津区人民政府和重庆海关准备5分钟书面交流材料（1500字以内），"
        "重点围绕班列扩量提质、回程货源组织、通关便利化等方面，于11月21日前随回执一并报送。",
        "（三）请参会人员提前15分钟到场签到，会议期间请将手机调至静音状态，原则上不得请假，"
        "确因特殊情况不能参会的，请书面报告并指定其他同志参会。",
    ]
    for r_ in reqs:
        p = fmt_par(body.add_paragraph(), line=27)
        add_runs(p, [SP * 2 + r_], size=15)
        clauses.append(r_)
    contact = "联系人：市口岸物流办综合处周敏，电话：023-63898765，13908361472（手机）。"
    p = fmt_par(body.add_paragraph(), line=27)
    add_runs(p, [SP * 2 + contact], size=15)
    clauses.append(contact)
    body.add_paragraph()
    p = fmt_par(body.add_paragraph(), line=27)
    add_runs(p, [SP * 2 + "附件：参会回执"], size=15)
    body.add_paragraph()
    p = fmt_par(body.add_paragraph(), WD_ALIGN_PARAGRAPH.RIGHT, line=27)
    add_runs(p, ["重庆市人民政府口岸和物流办公室" + SP * 2 + "\n2025年11月17日" + SP * 4], size=15)
    body.add_paragraph()

    # 领导批示 / 办理结果 / 承办 rows, labels typed into the cell
    add_runs(fmt_par(first_par(t.cell(3, 0)), line=26),
             [("领导批示：", HT, False),
              ("请刘副区长出席，区商务委、区口岸物流办主要负责同志陪同参会，区商务委牵头准备交流材料。\n"
               + SP * 16 + "李明" + SP + "11月18日", KT, False)], size=14)
    first_par(t.cell(3, 0)).paragraph_format.space_after = Pt(20)
    add_runs(fmt_par(first_par(t.cell(4, 0)), line=26),
             [("办理结果：", HT, False),
              ("已于11月20日报送参会回执及交流材料，刘副区长按时出席会议，"
               "会议精神已在11月27日区政府常务会议上传达。", KT, False)], size=14)
    add_runs(fmt_par(first_par(t.cell(5, 0)), line=26),
             [("承办科室：", HT, False), ("综合科" + SP * 3, FS, False),
              ("承办人：", HT, False), ("何静" + SP * 3, FS, False),
              ("办结日期：", HT, False), ("2025年11月27日", FS, False)], size=14)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number="渝口岸物流办〔2025〕87号",
                     issuer=["重庆市人民政府口岸和物流办公室"], date="2025-11-17",
                     level="provincial", region="重庆市", attachments=["参会回执"], doc_type="通知",
                     recipients=recips),
        "clauses": clauses,
    }]
    return path


# ============================================================== 3. 厦门 通知 + 情况登记表
def make_xiamen():
    stem = "blind649_xiamen_tongzhi"
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0], style="dash")
    clauses = []
    issuers = ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门市商务局"]

    # joint red header laid out with a borderless table
    ht = doc.add_table(rows=2, cols=2)
    table_borders(ht, "nil", 0)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(ht, [12.6, 3.0])
    names = ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦" + SP + "门" + SP + "市" + SP + "商" + SP + "务" + SP + "局"]
    for i, n in enumerate(names):
        c = ht.cell(i, 0)
        cell_width(c, 12.6)
        p = fmt_par(first_par(c), WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        add_runs(p, [(n, XBS, False)], size=15.5)
        for r in p.runs:
            r.font.color.rgb = RED
    wen = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_width(wen, 3.0)
    wen.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = fmt_par(first_par(wen), WD_ALIGN_PARAGRAPH.CENTER)
    add_runs(p, [("文件", XBS, False)], size=36)
    for r in p.runs:
        r.font.color.rgb = RED

    doc.add_paragraph()
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, after=2)
    add_runs(p, ["厦自贸委〔2025〕41号"])
    bottom_border(p, "FF0000", 18)
    doc.add_paragraph()

    title = "关于开展2025年度制度创新案例征集工作的通知"
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_runs(p, [("关于开展2025年度制度创新案例\n征集工作的通知",
                  XBS, False)], size=22)
    doc.add_paragraph()
    recips = ["片区管委会各局（办）", "市直有关单位", "各功能区管理机构", "各有关企业"]
    p = fmt_par(doc.add_paragraph(), line=28)
    add_runs(p, ["片区管委会各局（办），市直有关单位，各功能区管理机构，各有关企业："])

    def para(text, heading=None, font_h=KT, bold_h=True, clause=True, num=None):
        p = fmt_par(doc.add_paragraph(), line=28)
        if num is None:
            p.paragraph_format.first_line_indent = Pt(32)
        parts = []
        if heading:
            parts.append((heading, font_h, bold_h))
        parts.append((text, FS, False))
        add_runs(p, parts)
        if num is not None:
            apply_num(p, num)
        if clause:
            clauses.append((heading or "") + text)
        return p

    def head(text, font=HT):
        p = fmt_par(doc.add_paragraph(), line=28)
        p.paragraph_format.first_line_indent = Pt(32)
        add_runs(p, [(text, font, False)])

    para("为深入实施自由贸易试验区提升战略，系统总结厦门片区2025年度制度创新成果，加快形成一批可复制可推广的改革经验，"
         "现就开展2025年度制度创新案例征集工作有关事项通知如下：")
    head("一、征集范围")
    para("2025年1月1日至2025年10月31日期间在厦门片区范围内首创或率先实施、已取得明显成效的改革举措，重点包括以下领域：")
    numid = chinese_numbering(doc, "（%1）")
    areas = [
        "贸易投资自由化便利化，包括外商投资准入、跨境服务贸易、离岸贸易、数字贸易等；",
        "航运物流和通关监管创新，包括中欧（厦门）班列、海铁联运、综合保税区保税维修和保税研发等；",
        "两岸融合发展，包括台胞台企同等待遇、对台贸易便利化、两岸行业标准共通等；",
        "金融服务实体经济，包括跨境人民币结算、本外币合一银行账户体系、供应链金融等；",
        "营商环境和政府职能转变，包括“一业一证”改革、信用分级分类监管、涉企服务“高效办成一件事”等。",
    ]
    cn = "一二三四五六七八九十"
    for i, a in enumerate(areas):
        p = fmt_par(doc.add_paragraph(), line=28)
        add_runs(p, [a])
        apply_num(p, numid)
        clauses.append("（%s）" % cn[i] + a)
    head("二、申报要求")
    reqs = [
        "申报主体为片区内各有关单位和企业，可单独申报，也可联合申报。每家单位申报案例原则上不超过3项。",
        "申报案例应具有首创性、实效性和可复制性，此前已被国务院或省级层面复制推广的案例不再重复申报。",
        "申报单位须如实填写《厦门片区2025年度制度创新案例情况登记表》（见附件），每个案例单独填写一表，"
        "并附相关制度文件、媒体报道、第三方评估报告等佐证材料。",
    ]
    for i, r_ in enumerate(reqs):
        # hand-typed "1." with a manual indent of two full-width spaces
        p = fmt_par(doc.add_paragraph(), line=28)
        add_runs(p, [SP * 2 + "%d." % (i + 1) + r_])
        clauses.append("%d." % (i + 1) + r_)
    head("三、时间安排")
    para("各申报单位将登记表纸质版（加盖公章）一式两份报送片区管委会政策研究局，"
         "电子版同步发送至邮箱ftzzdcx@xm.gov.cn。",
         heading="（一）申报阶段（即日起至2025年11月30日）。", font_h=KT, bold_h=False)
    para("片区管委会会同市商务局组织有关部门和专家开展评审，必要时进行实地核查和企业走访。",
         heading="（二）评审阶段（2025年12月）。", font_h=KT, bold_h=False)
    para("评审结果经片区管委会主任办公会审定后发布，入选的优秀案例按程序向省自贸办推荐。",
         heading="（三）发布阶段（2026年1月）。", font_h=KT, bold_h=False)
    head("四、工作要求")
    para("各单位要高度重视，明确专人负责，认真梳理总结本单位改革创新成果，确保申报材料真实、准确、完整。"
         "对入选的优秀案例，按照《中国（福建）自由贸易试验区厦门片区促进制度创新若干措施》给予支持；"
         "对弄虚作假的，取消其当年度申报资格。")
    para("联系人：黄婷婷（片区管委会政策研究局），电话：0592-5896321；"
         "郑海涛（市商务局自由贸易试验区工作处），电话：0592-2853107。")
    doc.add_paragraph()
    p = fmt_par(doc.add_paragraph(), line=28)
    add_runs(p, [SP * 2 + "附件：厦门片区2025年度制度创新案例情况登记表"])
    doc.add_paragraph()

    # joint signature in a borderless layout table
    st = doc.add_table(rows=2, cols=2)
    table_borders(st, "nil", 0)
    col_widths(st, [9.0, 6.6])
    add_runs(fmt_par(first_par(st.cell(0, 0)), WD_ALIGN_PARAGRAPH.CENTER),
             ["中国（福建）自由贸易试验区\n厦门片区管理委员会"])
    add_runs(fmt_par(first_par(st.cell(0, 1)), WD_ALIGN_PARAGRAPH.CENTER), ["\n厦门市商务局"])
    add_runs(fmt_par(first_par(st.cell(1, 1)), WD_ALIGN_PARAGRAPH.CENTER, before=8), ["2025年11月6日"])
    p = fmt_par(doc.add_paragraph(), line=28, before=8)
    add_runs(p, [SP * 2 + "（此件公开发布）"])

    # 版记
    p = fmt_par(doc.add_paragraph(), line=28)
    bottom_border(p, "000000", 8, top=True)
    add_runs(p, [SP + "抄送：省自贸办，市委办公厅，市政府办公厅，厦门海关。"], size=14)
    p = fmt_par(doc.add_paragraph(), line=28)
    bottom_border(p, "000000", 8, top=True)
    bottom_border(p, "000000", 8)
    add_runs(p, [SP + "厦门片区管委会综合办公室" + SP * 7 + "2025年11月6日印发"], size=14)

    # ---------------- 附件：情况登记表
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = fmt_par(p)
    add_runs(p, [("附件", HT, False)])
    att_title = "厦门片区2025年度制度创新案例情况登记表"
    p = fmt_par(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    add_runs(p, [(att_title, XBS, False)], size=20)
    p = fmt_par(doc.add_paragraph(), after=4)
    add_runs(p, ["填报单位（盖章）：" + SP * 10 + "填报日期：" + SP * 2 + "年" + SP + "月" + SP + "日"], size=12)

    header = ["序号", "填报项目", "填报内容及要求"]
    rows = [
        ("1", "案例名称", "（不超过20字，应准确概括改革举措的核心内容，避免使用“探索”“试点”等泛化表述）"),
        ("2", "申报单位", "（联合申报的，牵头单位列第一位，配合单位依次列出，并分别加盖公章）"),
        ("3", "所属领域", "□贸易投资自由化便利化　□航运物流和通关监管创新　□两岸融合发展　□金融服务实体经济　□营商环境和政府职能转变"),
        ("4", "首次实施时间", "（填写改革举措首次落地实施的具体日期，如2025年3月15日，并注明依据的文件名称及文号）"),
        ("5", "改革背景",
         "（简要说明改革前存在的突出问题、企业和群众的主要诉求，以及开展改革所依据的国家、省、市相关政策文件，"
         "说明该举措是否经有关部门授权或同意，限300字以内）"),
        ("6", "主要做法",
         "（围绕“改什么、怎么改”展开，分条列明具体改革举措、业务操作流程、部门协同机制和配套制度建设情况，"
         "突出与改革前做法的对比；涉及信息化系统或平台建设的，应说明系统平台名称、上线时间、主要功能和数据共享情况；"
         "涉及海关、税务、外汇等中央驻厦单位的，应说明其参与方式和监管安排；涉及对台的，应说明台胞台企参与情况，"
         "限1000字以内）"),
        ("7", "实践效果",
         "（用具体数据说明改革实施以来取得的成效，如办理时限压缩比例、办理环节和申报材料精简数量、企业成本节约金额、"
         "惠及企业数量和业务规模等，数据统计截至2025年10月31日；获得国家部委、省领导肯定性批示或被中央、省级媒体报道的，"
         "请注明批示或报道的时间、出处，限500字以内）"),
        ("8", "创新点",
         "（对照国内其他自由贸易试验区同类做法，说明本案例的首创性或突破性，属于全国首创、全省首创的，"
         "应提供检索比对情况或有关部门出具的证明材料，限300字以内）"),
        ("9", "复制推广价值",
         "（说明在全省乃至全国范围复制推广的前提条件、适用范围、推广路径以及可能存在的风险和防控措施，限300字以内）"),
        ("10", "联系人及电话", "（填写具体经办人员姓名、职务、办公电话和手机号码）"),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    table_borders(tb, "single", 8)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.4, 3.0, 11.2]
    col_widths(tb, widths)
    for j, h in enumerate(header):
        c = tb.cell(0, j)
        cell_width(c, widths[j])
        add_runs(fmt_par(first_par(c), WD_ALIGN_PARAGRAPH.CENTER), [(h, HT, False)], size=14)
    att_clauses = []
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tb.cell(i + 1, j)
            cell_width(c, widths[j])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            al = WD_ALIGN_PARAGRAPH.CENTER if j < 2 else WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(fmt_par(first_par(c), al, line=22), [(v, FS, False)], size=13)
            if j == 2 and 4 <= i <= 8:
                # leave writing space under the long guidance text
                c.add_paragraph()
        att_clauses.append("；".join("%s：%s" % (header[k], row[k]) for k in range(3)))
    notes = [
        "填表说明：1.本表每个案例单独填写，一式两份，A4纸双面打印，加盖申报单位公章；",
        "2.表格篇幅不够的可另附页，佐证材料按“制度文件、成效数据、媒体报道”顺序装订；",
        "3.电子版请同时提供可编辑的Word格式文件，文件名统一为“单位名称+案例名称”。",
    ]
    for n in notes:
        p = fmt_par(doc.add_paragraph(), line=22)
        add_runs(p, [(n, KT, False)], size=12)
        att_clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {
            "meta": meta(title=title, doc_number="厦自贸委〔2025〕41号", issuer=issuers, date="2025-11-06",
                         level="zone", region="中国（福建）自由贸易试验区厦门片区",
                         attachments=[att_title], doc_type="通知", recipients=recips,
                         publicity="此件公开发布"),
            "clauses": clauses,
        },
        {
            "meta": meta(title=att_title, issuer=issuers, date="2025-11-06", level="zone",
                         region="中国（福建）自由贸易试验区厦门片区", doc_type="登记表"),
            "clauses": att_clauses,
        },
    ]
    return path


def main():
    paths = [make_fuzhou(), make_chongqing(), make_xiamen()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
