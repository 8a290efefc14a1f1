# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 553: WPS-style typing habits (space indentation, spaced short
lines, spaced dates, [] / 【】 / ［］ in 文号, hanging indents done by spaces)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW2 = "\u3000\u3000"  # two full-width spaces


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.first_line_indent = Cm(0)  # WPS habit: no real indent, spaces instead
    pf.left_indent = Cm(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=28):
    """runs: list of (text, font, size, bold) or plain str (仿宋 三号)."""
    p = doc.add_paragraph()
    fmt(p, align, line)
    for r in runs:
        if isinstance(r, str):
            r = (r, FS, 16, False)
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            br = p.add_run()
            br.add_break(WD_BREAK.LINE)
            continue
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def border_para(doc, color="FF0000", sz=18, pos="bottom"):
    p = doc.add_paragraph()
    fmt(p, line=6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + pos)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)
    ppr.append(bdr)
    return p


def banji_line(doc, text, top=False, bottom=True):
    p = para(doc, [(text, FS, 14, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for pos, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + pos)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), "000000")
            bdr.append(e)
    ppr.append(bdr)
    return p


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, line=20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if len(v) < 8 else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(cells[i], v, FS, 12, align=al)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def layout_table(doc, rows, widths):
    """borderless table used only to place text (落款 of joint issuers)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for pos in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + pos)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.width = Cm(widths[ci])
            set_cell(c, v, FS, 16)
    return t


def red_header(doc, organ_line, docno, size=36, two_lines=None):
    if two_lines:
        for ln in two_lines:
            para(doc, [(ln, XBS, size, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, line=44)
    else:
        para(doc, [(organ_line, XBS, size, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, line=60)
    empty(doc)
    para(doc, [(docno, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER)
    border_para(doc)
    empty(doc)


def title(doc, lines):
    for ln in lines:
        para(doc, [(ln, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_553", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# Body builder: items are tuples; returns clauses
#  ("h1", text)                 heading on its own line (黑体), indented by spaces
#  ("h2", text)                 楷体 heading on its own line
#  ("p", text)                  body paragraph (indent by spaces)
#  ("run", head, text)          run-in heading (bold 楷体/仿宋) + text
#  ("soft", [part1, part2..])   paragraph with Shift+Enter soft breaks
#  ("table", header, rows)
#  ("blank",)
def build_body(doc, items, indent=FW2, h1_indent="    "):
    clauses = []
    for it in items:
        k = it[0]
        if k == "h1":
            para(doc, [(h1_indent + it[1], HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
        elif k == "h2":
            para(doc, [(h1_indent + it[1], KT, 16, True)], WD_ALIGN_PARAGRAPH.LEFT)
        elif k == "p":
            para(doc, [indent + it[1]])
            clauses.append(it[1])
        elif k == "run":
            para(doc, [(indent + it[1], KT, 16, True), (it[2], FS, 16, False)])
            clauses.append(it[1] + it[2])
        elif k == "soft":
            runs = [indent + it[1][0]]
            for part in it[1][1:]:
                runs += ["\n", part]
            para(doc, runs)
            clauses.append("".join(it[1]))
        elif k == "contact":  # (typed, expected)
            para(doc, [indent + it[1]])
            clauses.append(it[2])
        elif k == "table":
            data_table(doc, it[1], it[2], it[3] if len(it) > 3 else None)
            clauses += [row_clause(it[1], r) for r in it[2]]
        elif k == "blank":
            empty(doc)
    return clauses


# =================================================================== DOC 1
def doc_fuzhou():
    doc = new_doc()
    red_header(doc, "福州市商务局文件", "榕商务[2026]15号")
    title(doc, ["福州市商务局关于加快推进跨境电子商务", "高质量发展的通知"])
    para(doc, ["各县（市）区商务局，福州高新区管委会，福州经济技术开发区管委会，市直有关单位："],
         WD_ALIGN_PARAGRAPH.LEFT)
    header = ["序号", "重点任务", "牵头单位", "完成时限"]
    rows = [
        ["1", "认定一批市级跨境电商产业园区", "市商务局", "2026年9月底前"],
        ["2", "新建公共海外仓5个以上", "市商务局、市财政局", "2026年12月底前"],
        ["3", "推动跨境电商出口海外仓（9810）模式扩面", "福州海关", "2026年12月底前"],
        ["4", "举办“丝路电商”福州对接会", "市商务局、市贸促会", "2026年10月底前"],
        ["5", "建立跨境电商统计监测平台", "市商务局、市统计局", "2026年11月底前"],
    ]
    items = [
        ("p", "为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、省政府关于推进跨境电子商务高质量发展的部署要求，持续推进中国（福州）跨境电子商务综合试验区建设，加快培育外贸新动能，现就有关事项通知如下："),
        ("h1", "一、工作目标"),
        ("p", "到2027年，全市跨境电商进出口额力争突破500亿元，年均增长15%以上；认定市级跨境电商产业园区10个以上，培育年进出口额超亿元的跨境电商企业30家以上，建设公共海外仓20个以上，形成一批具有较强国际竞争力的跨境电商自主品牌，跨境电商成为推动全市外贸高质量发展的重要引擎。"),
        ("h1", "二、重点任务"),
        ("run", "（一）培育壮大经营主体。", "实施跨境电商主体培育行动，支持传统外贸企业、生产制造企业开展跨境电商业务，引进一批头部跨境电商平台企业、服务企业在榕设立区域总部或功能性机构。对年度跨境电商进出口额首次突破1亿元、5亿元的企业，按规定给予一次性奖励。"),
        ("run", "（二）推动产业带数字化转型。", "聚焦纺织鞋服、食品加工、家居建材、电子信息等优势产业带，推动“产业带+跨境电商”融合发展，每年组织跨境电商产业带对接活动不少于6场，引导企业运用独立站、社交电商、直播电商等新模式拓展国际市场。"),
        ("run", "（三）完善海外仓布局。", "支持企业在共建“一带一路”国家和地区、RCEP成员国等重点市场建设和租用海外仓，鼓励海外仓企业拓展退换货、售后维修、展示体验等增值服务。对经认定的市级公共海外仓，按其年度实际运营面积和服务企业数量给予分档支持。"),
        ("run", "（四）提升通关便利化水平。", "加强与福州海关、福州市税务局等部门协作，优化跨境电商监管服务。"),
        ("p", "1．全面推广跨境电商企业对企业直接出口（9710）和跨境电商出口海外仓（9810）模式，落实简化申报、优先查验、转关便利等措施。"),
        ("p", "2．支持福州保税港区、福州江阴港综合保税区开展跨境电商网购保税进口（1210）业务，推动“保税+跨境电商+展示交易”联动发展。"),
        ("p", "3．落实跨境电商零售出口“无票免税”、核定征收企业所得税等政策，加快出口退（免）税办理进度，正常退税平均办理时间压缩至3个工作日以内。"),
        ("run", "（五）拓展“丝路电商”合作。", "依托福州作为21世纪海上丝绸之路核心区重要城市的区位优势，深化与东盟、中东、拉美等地区的电子商务合作，推动中欧班列（福州）、“海上福州”航线与跨境电商物流有机衔接，支持企业参加“丝路电商”国别推介、线上国家馆等活动。"),
        ("run", "（六）强化人才和金融支撑。", "推动驻榕高校、职业院校开设跨境电商相关专业，每年培训跨境电商实操人才3000人次以上。鼓励金融机构开发“跨境电商贷”“海外仓贷”等产品，扩大出口信用保险对跨境电商企业的覆盖面。"),
        ("p", "2026年重点任务分工如下："),
        ("table", header, rows, [1.4, 6.8, 4.0, 3.4]),
        ("h1", "三、保障措施"),
        ("run", "（一）加强组织领导。", "市商务局会同有关部门建立跨境电商综试区建设工作协调机制，定期研究解决工作推进中的重大问题。各县（市）区要明确分管领导和责任科室，结合实际制定具体落实措施。"),
        ("run", "（二）加大政策支持。", "统筹用好中央外经贸发展专项资金、省级商务发展专项资金和市级外贸发展资金，重点支持跨境电商产业园区、公共海外仓、公共服务平台建设和品牌培育。"),
        ("run", "（三）强化统计监测。", "各县（市）区商务局要于每季度结束后10个工作日内，将本辖区跨境电商重点企业进出口情况、重点项目进展情况报送市商务局。市商务局将对各地工作推进情况进行通报。"),
        ("h1", "四、其他事项"),
        ("p", "本通知自印发之日起施行，有效期至2027年12月31日。执行过程中如遇国家和省相关政策调整，按新规定执行。"),
        ("contact", "联 系 人：陈立新（市商务局电子商务和信息化处），联系电话：0591-83351267，电子邮箱：fzswjdsc@163.com。",
         "联系人：陈立新（市商务局电子商务和信息化处），联系电话：0591-83351267，电子邮箱：fzswjdsc@163.com。"),
        ("blank",),
    ]
    clauses = build_body(doc, items)
    # 附件 list, hanging indent done with spaces; entry 2 wraps via new paragraph,
    # entry 3 wraps via Shift+Enter
    para(doc, [FW2 + "附  件：1．福州市跨境电子商务产业园区认定申报表"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["             2．福州市跨境电子商务综合试验区2026年"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["                重点项目资金申报指南及配套材料清单"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["             3．福州市公共海外仓建设运营情况季度统计", "\n",
               "                表"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    para(doc, ["                                      福州市商务局"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["                                   ２０２６年 ５月 ８日"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, [FW2 + "（此件公开发布）"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 4)
    banji_line(doc, " 抄  送：省商务厅，市人民政府办公厅，福州海关，国家税务总局福州市税务局。", top=True)
    banji_line(doc, " 福州市商务局办公室                        2026年5月8日印发")
    fn = os.path.join(HERE, "blind553_fuzhou_tongzhi.docx")
    doc.save(fn)
    meta = {
        "title": "福州市商务局关于加快推进跨境电子商务高质量发展的通知",
        "doc_number": "榕商务〔2026〕15号",
        "issuer": ["福州市商务局"],
        "date": "2026-05-08",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": "2026-05-08",
        "expires": "2027-12-31",
        "attachments": [
            "福州市跨境电子商务产业园区认定申报表",
            "福州市跨境电子商务综合试验区2026年重点项目资金申报指南及配套材料清单",
            "福州市公共海外仓建设运营情况季度统计表",
        ],
        "doc_type": "通知",
        "recipients": ["各县（市）区商务局", "福州高新区管委会", "福州经济技术开发区管委会", "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return fn, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 2
def doc_chongqing():
    doc = new_doc()
    red_header(doc, None, "渝口岸发【2025】 23号", size=24,
               two_lines=["重庆市人民政府口岸和物流办公室", "重 庆 市 财 政 局"])
    title(doc, ["重庆市人民政府口岸和物流办公室",
                "重庆市财政局关于印发《重庆市中欧班列",
                "（成渝）运营补贴管理办法》的通知"])
    para(doc, ["各区县（自治县）人民政府，两江新区管委会，重庆高新区管委会，市政府有关部门，有关单位："],
         WD_ALIGN_PARAGRAPH.LEFT)
    notice_items = [
        ("p", "为贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，进一步规范中欧班列（成渝）运营补贴资金管理，提高财政资金使用效益，巩固提升中欧班列（成渝）在西部陆海新通道和共建“一带一路”中的枢纽地位，市政府口岸物流办、市财政局制定了《重庆市中欧班列（成渝）运营补贴管理办法》，现印发给你们，请认真贯彻执行。"),
        ("p", "各区县、各有关单位要加强协同配合，严格按照办法规定做好补贴申报、审核和监督管理工作，执行中遇到的问题请及时向市政府口岸物流办反映。"),
        ("blank",),
    ]
    c_notice = build_body(doc, notice_items, indent="    ")
    para(doc, ["    附  件：重庆市中欧班列（成渝）运营补贴管理办法"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    # joint 落款 in a borderless layout table
    layout_table(doc, [["重庆市人民政府口岸和物流办公室", "重庆市财政局"],
                       ["", "2025年 9月 12日"]], [10.2, 5.4])
    empty(doc)
    para(doc, ["    （此件公开发布）"], WD_ALIGN_PARAGRAPH.LEFT)
    # ---- attachment: the 办法 itself
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    title(doc, ["重庆市中欧班列（成渝）运营补贴管理办法"])
    header = ["线路方向", "补贴标准（元/标箱）", "年度补贴列数上限"]
    rows = [
        ["欧洲方向（经阿拉山口、霍尔果斯口岸）", "1500", "600列"],
        ["欧洲方向（经二连浩特、满洲里口岸）", "1800", "300列"],
        ["中亚方向", "800", "400列"],
        ["回程班列（各方向）", "2000", "不设上限"],
    ]
    items = [
        ("h1", "第一章  总    则"),
        ("p", "第一条  为规范中欧班列（成渝）运营补贴资金管理，提高资金使用效益，推动中欧班列（成渝）高质量发展，根据《中华人民共和国预算法》及我市财政专项资金管理有关规定，结合本市实际，制定本办法。"),
        ("p", "第二条  本办法所称中欧班列（成渝）运营补贴（以下简称运营补贴），是指市级财政安排用于支持在本市始发或到达的中欧班列（成渝）线路运营、回程货源组织和运输服务质量提升的专项资金。"),
        ("p", "第三条  运营补贴的管理和使用遵循“总量控制、逐年退坡、突出回程、绩效导向、公开透明”的原则。"),
        ("p", "第四条  市政府口岸物流办负责运营补贴的业务管理，组织申报和审核，提出资金分配建议，开展绩效管理；市财政局负责运营补贴的预算管理和资金拨付，会同市政府口岸物流办开展监督检查。"),
        ("h1", "第二章  补贴对象和条件"),
        ("p", "第五条  运营补贴的对象为在本市依法注册、承担中欧班列（成渝）运营组织工作的平台公司（以下简称平台公司）。"),
        ("p", "第六条  申请运营补贴的平台公司应当同时符合下列条件："),
        ("p", "（一）具有独立法人资格，近三年无重大违法违规记录，未被列入严重失信主体名单；"),
        ("p", "（二）按照中国国家铁路集团有限公司有关规定组织开行班列，班列运行计划经铁路部门确认；"),
        ("p", "（三）建立规范的财务核算制度，对补贴资金单独核算；"),
        ("p", "（四）按时报送班列开行、货源结构、运费价格等数据。"),
        ("p", "第七条  有下列情形之一的班列，不纳入运营补贴范围：空箱率超过10%的班列；为获取补贴而拼凑货源、虚报货值的班列；未在重庆团结村、果园港等本市铁路场站办理装卸作业的过境班列。"),
        ("h1", "第三章  补贴标准"),
        ("p", "第八条  运营补贴按照实际开行的标准箱数量计算，40英尺集装箱按2个标准箱计，45英尺集装箱按2.25个标准箱计。"),
        ("p", "第九条  2025年度各线路方向的补贴标准如下："),
        ("table", header, rows, [7.0, 4.6, 4.0]),
        ("p", "第十条  自2026年起，去程班列补贴标准每年在上一年度基础上下调10%，回程班列补贴标准保持不变。具体标准由市政府口岸物流办会同市财政局每年初公布。"),
        ("p", "第十一条  对新开辟的经中亚、里海至欧洲的跨里海国际运输走廊线路，开行首年按对应方向补贴标准的120%给予补贴。"),
        ("h1", "第四章  申报和拨付"),
        ("p", "第十二条  运营补贴按季度申报、年度清算。平台公司应当于每季度结束后15个工作日内，向市政府口岸物流办提交补贴申请，并附班列运单、报关单、运费结算凭证等材料。"),
        ("p", "第十三条  市政府口岸物流办应当在收到申请后20个工作日内完成审核，必要时可委托第三方机构进行专项审计，审核结果在市政府口岸物流办门户网站公示5个工作日。"),
        ("p", "第十四条  公示无异议的，市财政局根据市政府口岸物流办提出的资金分配建议，按照国库集中支付有关规定拨付资金。季度预拨比例不超过核定补贴金额的70%，剩余部分在年度清算后拨付。"),
        ("h1", "第五章  监督管理"),
        ("p", "第十五条  平台公司对申报材料的真实性、准确性、完整性负责。以虚报、冒领、骗取等手段取得补贴资金的，由市财政局依法收回资金，五年内不再受理其补贴申请，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，移送司法机关处理。"),
        ("p", "第十六条  市政府口岸物流办应当于每年3月底前对上一年度运营补贴开展绩效评价，评价结果作为下一年度补贴预算安排和标准调整的重要依据。"),
        ("p", "第十七条  市政府口岸物流办、市财政局及其工作人员在补贴资金审核、分配工作中存在滥用职权、玩忽职守、徇私舞弊等违法违纪行为的，依法依规追究相应责任。"),
        ("h1", "第六章  附    则"),
        ("p", "第十八条  本办法由市政府口岸物流办、市财政局负责解释。"),
        ("p", "第十九条  本办法自2025年10月1日起施行，有效期至2027年9月30日。《重庆市中欧班列运营补贴管理暂行办法》（渝口岸发〔2022〕9号）同时废止。"),
    ]
    c_banfa = build_body(doc, items, indent="    ", h1_indent="")
    # center the chapter headings the WPS way: they were typed with 第X章 and spaces
    for p in doc.paragraphs:
        if p.text.startswith("第") and "章" in p.text[:4]:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    empty(doc, 3)
    banji_line(doc, "  抄送：中国国家铁路集团有限公司成都局集团公司，重庆海关，市发展改革委，市商务委。", top=True)
    banji_line(doc, "  重庆市人民政府口岸和物流办公室                2025年9月15日印发")
    fn = os.path.join(HERE, "blind553_chongqing_tongzhi.docx")
    doc.save(fn)
    issuers = ["重庆市人民政府口岸和物流办公室", "重庆市财政局"]
    notice_meta = {
        "title": "重庆市人民政府口岸和物流办公室 重庆市财政局关于印发《重庆市中欧班列（成渝）运营补贴管理办法》的通知",
        "doc_number": "渝口岸发〔2025〕23号",
        "issuer": issuers,
        "date": "2025-09-12",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["重庆市中欧班列（成渝）运营补贴管理办法"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "两江新区管委会", "重庆高新区管委会", "市政府有关部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    banfa_meta = {
        "title": "重庆市中欧班列（成渝）运营补贴管理办法",
        "doc_number": None,
        "issuer": issuers,
        "date": "2025-09-12",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": "2025-10-01",
        "expires": "2027-09-30",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《重庆市中欧班列运营补贴管理暂行办法》（渝口岸发〔2022〕9号）",
    }
    return fn, [{"meta": notice_meta, "clauses": c_notice},
                {"meta": banfa_meta, "clauses": c_banfa}]


# =================================================================== DOC 3
def doc_qingdao():
    doc = new_doc()
    red_header(doc, None, "青自贸管发［2025］31号", size=26,
               two_lines=["中国（山东）自由贸易试验区青岛片区", "管 理 委 员 会 文 件"])
    title(doc, ["关于推进综合保税区保税维修和", "跨境电商业务创新发展的通知"])
    para(doc, ["片区各部门，各综合保税区运营公司，各有关企业："], WD_ALIGN_PARAGRAPH.LEFT)
    IND = "  "  # two ASCII spaces for body, typed by hand
    items = [
        ("p", "为落实《国务院关于促进综合保税区高水平开放高质量发展的若干措施》（国发〔2023〕22号）和《中国（山东）自由贸易试验区提升战略实施方案》有关要求，推动青岛前湾综合保税区、青岛西海岸综合保税区加快发展保税维修、跨境电商等新业态，打造面向日韩、链接“一带一路”的开放高地，经片区管委会研究，现将有关事项通知如下。"),
        ("h1", "一、支持保税维修业务扩区扩品"),
        ("run", "（一）扩大维修产品范围。", "支持区内企业在《综合保税区维修产品目录》范围内开展航空器材、船舶、工程机械、医疗器械、数控机床等产品的全球维修业务，对目录外产品，按照“一事一议”原则积极争取纳入试点。"),
        ("run", "（二）优化维修监管流程。", "片区管委会配合青岛海关推行维修业务账册“一本账”管理，具体包括："),
        ("p", "1．推行维修货物“先入区、后报关”，缩短货物在途时间；"),
        ("p", "2．对维修后复运出境的货物，实施“一次申报、分批出区”；"),
        ("p", "3．对维修产生的旧件、坏件，按照以下方式处置："),
        ("p", "（1）属于固体废物的，按照有关规定办理，不得擅自内销；"),
        ("p", "（2）具有再利用价值的，经海关同意可以复运出境或者按规定内销；"),
        ("p", "（3）需要销毁的，由区内企业委托具备资质的单位处置，并将处置情况报海关备案。"),
        ("run", "（三）给予资金支持。", "对年度保税维修业务收入首次超过5000万元、1亿元的企业，分别给予50万元、100万元一次性奖励；对新引进的保税维修项目，按照设备投资额的10%给予补助，单个项目最高不超过300万元。"),
        ("h1", "二、推动跨境电商业务提质增效"),
        ("run", "（一）发展网购保税进口。", "支持企业开展跨境电商网购保税进口（1210）业务，扩大日韩化妆品、母婴用品、保健食品等商品进口规模，鼓励企业在片区内设立跨境电商体验店、前置仓。"),
        ("soft", ["（二）拓展出口海外仓模式。支持区内企业利用综合保税区“入区退税”政策开展跨境电商出口业务，",
                  "对开展跨境电商出口海外仓（9810）业务、年出口额超过1000万元的企业，按照出口额的1%给予奖励，单个企业年度最高不超过200万元。"]),
        ("run", "（三）打通多式联运通道。", "依托青岛港和中欧班列（齐鲁号）、上合示范区多式联运中心，推动“海运+班列+跨境电商”联运模式，支持企业经青岛中转开展面向中亚、欧洲的跨境电商物流业务。"),
        ("h1", "三、工作要求"),
        ("p", "各综合保税区运营公司要于2025年12月15日前，将本区域2026年保税维修和跨境电商重点项目清单报送片区管委会经济发展部。片区各部门要按照职责分工，加强与海关、税务、外汇管理等部门的沟通协调，及时研究解决企业反映的问题。"),
        ("p", "本通知自2026年1月1日起施行，有效期至2028年12月31日。"),
        ("contact", "联 系 人：刘晓峰，联系电话：0532-86881234。",
         "联系人：刘晓峰，联系电话：0532-86881234。"),
        ("blank",),
    ]
    clauses = build_body(doc, items, indent=IND, h1_indent="  ")
    para(doc, [IND + "附件：1.青岛片区综合保税区保税维修业务奖励资金申请表"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["        2.青岛片区综合保税区2026年保税维修和跨境电商重点"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["          项目清单（模板）"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    para(doc, ["          中国（山东）自由贸易试验区青岛片区管理委员会"], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, ["                                     ２０２５年１１月 ２０日"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, [IND + "（此件公开发布）"], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    banji_line(doc, "  抄  送：青岛海关，国家税务总局青岛市税务局，国家外汇管理局青岛市分局。", top=True)
    banji_line(doc, "  青岛片区管委会党政办公室                 2025年11月20日印发")
    fn = os.path.join(HERE, "blind553_qingdao_tongzhi.docx")
    doc.save(fn)
    meta = {
        "title": "关于推进综合保税区保税维修和跨境电商业务创新发展的通知",
        "doc_number": "青自贸管发〔2025〕31号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2025-11-20",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [
            "青岛片区综合保税区保税维修业务奖励资金申请表",
            "青岛片区综合保税区2026年保税维修和跨境电商重点项目清单（模板）",
        ],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各综合保税区运营公司", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return fn, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fnc in (doc_fuzhou, doc_chongqing, doc_qingdao):
        fn, docs = fnc()
        convert(fn)
        expected[os.path.splitext(os.path.basename(fn))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
