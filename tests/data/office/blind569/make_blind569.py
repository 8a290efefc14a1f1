# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 569: 招商引资优惠政策对照表 (wide landscape tables).

Writes three Word files + PDFs + expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, west="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(container, text="", east=FS, size=16, bold=False, align=None,
         first_indent=True, line=28, color=None, before=0, after=0):
    p = container.add_paragraph()
    fmt(p, align, first_indent, line, before, after, size)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runin(container, head, rest, head_east=KT, head_bold=False, size=16):
    """Paragraph whose first run is a run-in heading in another font."""
    p = container.add_paragraph()
    fmt(p, None, True, 28, 0, 0, size)
    r = p.add_run(head)
    set_font(r, head_east, size, head_bold)
    r = p.add_run(rest)
    set_font(r, FS, size)
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_number_footer(section):
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


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.3)
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_write(cell, parts, east=FS, size=11, align=None, bold=False, soft=False):
    """Write a list of paragraph texts into a cell.

    soft=True: put everything into one paragraph separated by soft line breaks.
    """
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    if soft:
        fmt(first, align, False, 16, 0, 0, size)
        for i, t in enumerate(parts):
            r = first.add_run(t)
            set_font(r, east, size, bold)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
        return
    for i, t in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        fmt(p, align, False, 16, 0, 0, size)
        # superscript circled note marker
        pieces = t.split("①")
        for k, piece in enumerate(pieces):
            if piece:
                r = p.add_run(piece)
                set_font(r, east, size, bold)
            if k < len(pieces) - 1:
                r = p.add_run("①")
                set_font(r, east, size, bold)
                r.font.superscript = True


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def row_clause(header, values):
    return "；".join("%s：%s" % (h, "".join(v)) for h, v in zip(header, values))


def banji(doc, cc, printer, date_text, line_color="000000"):
    """版记: 抄送 + 印发 lines with rules."""
    para(doc)
    p = para(doc, "", first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("抄送：")
    set_font(r, FS, 14)
    r = p.add_run(cc)
    set_font(r, FS, 14)
    border(p, "top", line_color, 8)
    border(p, "bottom", line_color, 4)
    p = para(doc, "", first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(printer)
    set_font(r, FS, 14)
    r = p.add_run("\u3000" * 6 + date_text + "印发")
    set_font(r, FS, 14)
    border(p, "bottom", line_color, 8)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_569", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ====================================================================
# Document 1: 广东省自贸办 notice + landscape attachment 对照表
# ====================================================================
def make_guangdong():
    stem = "blind569_guangdong_duizhaobiao"
    doc = Document()
    sec = doc.sections[0]
    portrait(sec)
    page_number_footer(sec)

    notice_clauses = []

    # 版头
    para(doc, "", first_indent=False)
    para(doc, "广东省自由贸易试验区工作办公室文件", XBS, 24,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=40,
         color=RED)
    para(doc, "", first_indent=False)
    p = para(doc, "粤自贸办〔2026〕7号", FS, 16,
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    para(doc, "", first_indent=False)

    # title typed as two separate paragraphs
    for tl in ("广东省自由贸易试验区工作办公室关于印发",
               "《中国（广东）自由贸易试验区各片区招商引资",
               "优惠政策对照表（2026年版）》的通知"):
        para(doc, tl, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
             first_indent=False, line=36)
    para(doc, "", first_indent=False)

    para(doc, "广州市南沙区人民政府、深圳市前海管理局、横琴粤澳深度合作区执行委员会，省直有关单位：",
         first_indent=False)

    t = ("为贯彻落实《中国（广东）自由贸易试验区提升战略行动方案》，进一步提升自贸试验区招商引资工作透明度和精准度，"
         "引导各片区依法依规开展政策比较与协同招商，避免无序竞争，我办组织对南沙、前海蛇口、横琴三个片区现行有效的"
         "招商引资优惠政策进行了梳理，形成《中国（广东）自由贸易试验区各片区招商引资优惠政策对照表（2026年版）》"
         "（以下简称《对照表》），现印发给你们，并就有关事项通知如下：")
    para(doc, t)
    notice_clauses.append(t)

    items = [
        ("一、准确把握使用范围。",
         "《对照表》仅汇总各片区已公开发布、现行有效的政策条款，供各地各部门在招商推介、项目洽谈和政策咨询中参考使用，"
         "不作为兑现政策的直接依据。具体扶持标准、申报条件和兑现程序以各片区政策原文及主管部门解释为准。"),
        ("二、严格规范招商行为。",
         "各片区不得以《对照表》为依据，违规出台或承诺低于国家规定标准的土地出让价格，不得违规返还税收或变相给予财政补贴。"
         "对在招商过程中突破政策底线、开展恶性竞争的，我办将会同有关部门予以通报。"),
        ("三、建立动态更新机制。",
         "各片区政策发生调整的，应于新政策印发之日起15个工作日内将政策文本及调整说明报送我办。"
         "我办原则上每半年更新一次《对照表》，必要时即时更新。"),
        ("四、加强协同招商。",
         "对符合多个片区产业定位的重大项目，各片区应当按照“首谈负责、信息共享、利益协调”的原则做好衔接，"
         "不得相互挖抢已落地项目。我办将依托省自贸试验区招商项目信息平台，每季度通报一次重点项目洽谈进展。"),
        ("五、做好政策宣传解读。",
         "各片区要将《对照表》纳入招商人员业务培训内容，在对外推介中准确、完整介绍政策，"
         "不得夸大宣传或作出超出政策规定的承诺。"),
    ]
    for head, rest in items:
        # heading typed in 黑体 as a separate run (run-in)
        runin(doc, head, rest, head_east=HT)
        notice_clauses.append(head + rest)

    t = "执行中遇到的问题，请及时向我办反映。"
    para(doc, t)
    notice_clauses.append(t)

    t = "联系人：省自贸办综合处林晓峰，电话：020-83135126。"
    para(doc, t)
    notice_clauses.append(t)

    para(doc, "", first_indent=False)
    # 附件 list with hanging layout
    p = para(doc, "附件：中国（广东）自由贸易试验区各片区招商", first_indent=True)
    p = para(doc, "\u3000\u3000\u3000引资优惠政策对照表（2026年版）", first_indent=True)
    para(doc, "", first_indent=False)
    para(doc, "", first_indent=False)
    # 落款 aligned with manual full-width spaces
    para(doc, "\u3000" * 8 + "广东省自由贸易试验区工作办公室", first_indent=False)
    para(doc, "\u3000" * 14 + "2026年3月16日", first_indent=False)
    para(doc, "（此件公开发布）")

    # ---------------- landscape attachment
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)

    att_clauses = []
    para(doc, "附件", HT, 16, first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "中国（广东）自由贸易试验区各片区招商引资优惠政策对照表（2026年版）",
         XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    para(doc, "", first_indent=False, line=14)
    para(doc, "说明", HT, 14, first_indent=True, line=24)
    notes = [
        "1.本表所列政策信息截至2026年2月28日，由各片区管理机构提供并经我办核对。",
        "2.表中“—”表示该片区暂无对应专项政策，执行国家和省统一规定。",
        "3.表中金额单位除注明外均为人民币；涉及税收优惠的，以税务部门认定结果为准。",
    ]
    for n in notes:
        p = para(doc, n, FS, 14, line=24)
        att_clauses.append(n)
    para(doc, "", first_indent=False, line=12)

    header = ["政策事项", "南沙片区", "前海蛇口片区", "横琴片区"]
    rows = [
        ["土地政策",
         ["重点产业项目用地可采取长期租赁、先租后让、弹性年期等方式供应，工业用地出让年期最长不超过50年。",
          "对总投资10亿元以上的先进制造业项目，土地出让底价可按所在地土地等别相对应全国工业用地出让最低价标准的70%确定。"],
         ["前海合作区产业用地以租赁供应为主，产业用房可按评估租金的50%—70%给予租金优惠，优惠期最长3年。",
          "对经认定的总部企业，可申请定制化产业空间，建筑面积原则上不超过2万平方米。"],
         ["合作区内符合产业准入目录的项目按“标准地”方式供应，出让前明确投资强度、亩均税收等控制指标。",
          "对澳门企业投资项目，在同等条件下优先保障用地。"]],
        ["企业所得税",
         ["对设在南沙先行启动区符合条件的鼓励类产业企业，减按15%税率征收企业所得税。"],
         ["对设在前海深港现代服务业合作区符合条件的鼓励类产业企业，减按15%税率征收企业所得税。"],
         ["对设在横琴粤澳深度合作区符合条件的产业企业，减按15%税率征收企业所得税。",
          "对企业符合条件的资本性支出，允许在支出发生当期一次性税前扣除或加速折旧和摊销。"]],
        ["个人所得税",
         ["对在南沙工作的香港居民，其个人所得税税负超过香港税负的部分予以免征。"],
         ["对在前海工作、符合条件的境外高端人才和紧缺人才，其个人所得税税负超过15%的部分予以免征。"],
         ["对在合作区工作的境内外高端人才和紧缺人才，其个人所得税实际税负超过15%的部分予以免征。",
          "对在合作区工作的澳门居民，其个人所得税税负超过澳门税负的部分予以免征。"]],
        ["人才支持",
         ["对新引进的顶尖人才给予最高1000万元综合资助；对高层次人才给予30万元至200万元安家补贴。",
          "高层次人才子女入学按规定统筹安排公办学位。"],
         ["对经认定的前海高层次人才，给予最高100万元奖励补贴，分3年发放。",
          "提供人才住房，租金按同地段市场租金的60%确定。"],
         ["对在合作区就业的澳门青年，给予每人每月2000元生活补贴，最长24个月。"]],
        ["物流补贴",
         ["对经南沙港区开展国际中转集拼业务的企业，按每标准箱50元给予补贴，单家企业每年最高200万元。",
          "对新开辟国际集装箱班轮航线的航运企业，每条航线一次性奖励100万元。"],
         ["对在前海注册的供应链管理企业，年营业收入首次突破10亿元、50亿元、100亿元的，分别给予100万元、300万元、500万元奖励。"],
         ["对经横琴口岸“分线管理”进出货物开展跨境运输的物流企业，按实际运输费用的20%给予补贴，每家企业每年最高50万元。"]],
        ["跨境电商",
         ["对在南沙综合保税区开展跨境电商网购保税进口（1210）业务的企业，按年度进口货值的0.5%给予奖励，单家企业每年最高300万元。",
          "对新建跨境电商海外仓的企业，按实际投资额的10%给予一次性补助，最高100万元。"],
         ["对通过前海综合保税区开展跨境电商出口海外仓（9810）业务的企业，按出口额的1%给予奖励，每家企业每年最高500万元。"],
         ["—"]],
        ["金融支持",
         ["对新设立或迁入的持牌金融机构法人，按实缴注册资本的1%至2%给予一次性落户奖励，最高5000万元。"],
         ["对新设立的持牌金融机构法人给予最高3000万元落户奖励。",
          "对合格境外有限合伙人（QFLP）试点企业，按实缴规模给予最高500万元奖励。"],
         ["对在合作区开展跨境人民币结算、跨境理财通等创新业务的金融机构，按业务规模给予最高200万元奖励。"]],
        ["总部经济",
         ["对新引进的世界500强、中国500强企业区域总部，给予最高1亿元落户奖励，分5年兑现。"],
         ["对新认定的总部企业，按其对前海的综合贡献给予最高3000万元奖励。"],
         ["对澳门企业在合作区新设立的总部，给予最高500万元开办补贴。"]],
        ["营商服务",
         ["推行“湾区通办”“跨境通办”，企业开办全流程1个工作日内办结。"],
         ["设立国际仲裁、商事调解一站式涉外法律服务平台，港澳投资者可通过“深港通注册易”远程办理商事登记。"],
         ["推行“琴澳通办”，澳门投资者可在澳门远程办理合作区商事登记。"]],
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        cell_write(hdr.cells[i], [h], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
        shade(hdr.cells[i])
    for row in rows:
        cells = table.add_row().cells
        cell_write(cells[0], [row[0]], HT, 11, WD_ALIGN_PARAGRAPH.CENTER)
        for j in range(1, 4):
            al = WD_ALIGN_PARAGRAPH.CENTER if row[j] == ["—"] else WD_ALIGN_PARAGRAPH.JUSTIFY
            cell_write(cells[j], row[j], FS, 11, al)
        att_clauses.append(row_clause(header, [[row[0]]] + row[1:]))
    widths(table, [2.6, 7.4, 7.4, 7.4])

    t = ("资料来源：根据《广州南沙深化面向世界的粤港澳全面合作总体方案》《全面深化前海深港现代服务业合作区改革开放方案》"
         "《横琴粤澳深度合作区建设总体方案》及各片区2024—2026年公开发布的政策文件整理。")
    para(doc, t, KT, 12, first_indent=False, line=20, before=4)
    att_clauses.append(t)

    para(doc, "", first_indent=False)
    banji(doc, "省商务厅、省发展改革委、省财政厅、省自然资源厅，国家税务总局广东省税务局。",
          "广东省自由贸易试验区工作办公室", "2026年3月16日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {
            "meta": {
                "title": "广东省自由贸易试验区工作办公室关于印发《中国（广东）自由贸易试验区各片区招商引资优惠政策对照表（2026年版）》的通知",
                "doc_number": "粤自贸办〔2026〕7号",
                "issuer": ["广东省自由贸易试验区工作办公室"],
                "date": "2026-03-16",
                "published": None,
                "level": "provincial",
                "region": "中国（广东）自由贸易试验区",
                "effective": None,
                "expires": None,
                "attachments": ["中国（广东）自由贸易试验区各片区招商引资优惠政策对照表（2026年版）"],
                "doc_type": "通知",
                "recipients": ["广州市南沙区人民政府", "深圳市前海管理局",
                               "横琴粤澳深度合作区执行委员会", "省直有关单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": "中国（广东）自由贸易试验区各片区招商引资优惠政策对照表（2026年版）",
                "doc_number": None,
                "issuer": ["广东省自由贸易试验区工作办公室"],
                "date": "2026-03-16",
                "published": None,
                "level": "provincial",
                "region": "中国（广东）自由贸易试验区",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "对照表",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": att_clauses,
        },
    ]
    return path


# ====================================================================
# Document 2: 厦门市商务局 报告 with a landscape section in the middle
# ====================================================================
def make_xiamen():
    stem = "blind569_xiamen_baogao"
    doc = Document()
    sec = doc.sections[0]
    portrait(sec)
    page_number_footer(sec)
    clauses = []

    para(doc, "", first_indent=False)
    para(doc, "厦门市商务局文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=50, color=RED)
    para(doc, "", first_indent=False)
    # 文号 and 签发人 on one line, aligned with full-width spaces
    p = para(doc, "", first_indent=False)
    p.paragraph_format.left_indent = Pt(16)
    r = p.add_run("厦商务〔2026〕31号" + "\u3000" * 9)
    set_font(r, FS, 16)
    r = p.add_run("签发人：")
    set_font(r, FS, 16)
    r = p.add_run("黄志远")
    set_font(r, KT, 16)
    border(p, "bottom", "FF0000", 18, 8)
    para(doc, "", first_indent=False)

    para(doc, "厦门市商务局关于厦门片区与福州、平潭片区", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, "招商引资优惠政策比较情况的报告", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, "", first_indent=False)
    para(doc, "市人民政府：", first_indent=False)

    def body(t):
        para(doc, t)
        clauses.append(t)

    body("根据市政府领导关于“对标先进、找准差距、精准招商”的批示要求，我局会同中国（福建）自由贸易试验区厦门片区管委会、"
         "市发展改革委、市财政局、市税务局等单位，对厦门片区与福州片区、平潭片区现行招商引资优惠政策进行了系统比较，"
         "并参照深圳前海蛇口片区有关做法进行了对标分析。现将有关情况报告如下：")

    para(doc, "一、总体情况", HT, 16)
    body("三个片区均于2015年4月挂牌运行。截至2025年底，厦门片区累计新增注册企业8.6万户，累计实际使用外资38.2亿美元；"
         "福州片区累计新增注册企业4.9万户，累计实际使用外资21.7亿美元；平潭片区累计新增注册企业2.3万户，其中台资企业3100余户。")
    body("从政策供给看，平潭片区依托综合实验区特殊政策，在企业所得税、个人所得税和台胞就业创业方面优势明显；"
         "福州片区在数字经济、跨境电商方面出台了专项扶持措施；厦门片区在航运物流、融资租赁等方面政策体系较为完整，"
         "但在土地供应和人才个税方面与平潭片区相比存在差距。")
    para(doc, "二、主要政策比较", HT, 16)
    body("三个片区及前海蛇口片区主要招商引资优惠政策对照情况见下表。")

    # ---------- landscape section for the table
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    para(doc, "厦门片区与福州、平潭片区招商引资主要优惠政策对照表", HT, 16,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    # 说明 typed as run-in paragraph before table
    p = doc.add_paragraph()
    fmt(p, None, True, 22, 0, 4, 12)
    r = p.add_run("说明：")
    set_font(r, HT, 12)
    rest = ("本表根据各片区截至2026年1月31日公开发布的政策文件整理，“—”表示暂无对应专项政策；"
            "前海蛇口片区政策仅作对标参考。")
    r = p.add_run(rest)
    set_font(r, FS, 12)
    clauses.append("说明：" + rest)

    header = ["政策事项", "厦门片区", "福州片区", "平潭片区", "前海蛇口片区（对标）"]
    same_cit = ["执行国家统一政策，经认定的高新技术企业减按15%税率征收企业所得税。"]
    rows = [
        ["土地供应",
         ["工业用地推行“标准地”出让，出让年限一般为20年，期满经评估可续期。",
          "对市级重点项目，可按不低于全国工业用地出让最低价标准的70%确定出让底价。"],
         ["对引进的数字经济重点项目，可按“带方案出让”方式供地。"],
         ["对台资企业投资的鼓励类产业项目，土地出让底价可按不低于所在地基准地价的70%确定。",
          "入驻标准厂房的，租金前3年全额补贴，第4至5年减半补贴。"],
         ["产业用房以租为主，租金优惠50%—70%，最长3年。"]],
        ["企业所得税", same_cit, same_cit,
         ["对设在平潭的符合条件的鼓励类产业企业，减按15%税率征收企业所得税。"],
         ["鼓励类产业企业减按15%税率征收企业所得税。"]],
        ["个人所得税",
         ["对在厦门片区工作的台湾居民，其个人所得税税负差额部分由市财政给予补贴。"],
         ["—"],
         ["对在平潭工作的台湾居民，其个人所得税税负超过台湾地区税负的部分给予补贴。",
          "对引进的高端人才和紧缺人才，按其缴纳个人所得税地方留成部分的80%给予奖励。"],
         ["境外高端人才和紧缺人才个人所得税税负超过15%的部分予以免征。"]],
        ["人才支持",
         ["入选“双百计划”的创业人才，给予最高500万元创业扶持资金和100万元安家补贴。"],
         ["对引进的数字经济领军人才团队，给予最高1000万元项目资助。"],
         ["对来平潭就业的台湾青年，给予每人每月3000元生活补贴，最长3年。",
          "台湾地区专业人才可直接采认其在台执业资格。"],
         ["高层次人才最高100万元奖励补贴，分3年发放。"]],
        ["物流补贴",
         ["对在厦门港新开通国际集装箱航线的企业，远洋航线每条奖励300万元，近洋航线每条奖励100万元。",
          "对中欧（厦门）班列每标准箱给予运费补贴1500元，年度补贴总额不超过3000万元。",
          "对海铁联运集装箱每标准箱补贴200元。"],
         ["对经福州港江阴港区开展外贸集装箱业务的企业，每标准箱补贴100元。"],
         ["对经平潭对台海上直航运输的货物，按每标准箱300元给予运费补贴。"],
         ["供应链管理企业营业收入首次突破10亿元、50亿元、100亿元的，分别奖励100万元、300万元、500万元。"]],
        ["跨境电商",
         ["对在厦门象屿综合保税区开展跨境电商网购保税进口（1210）业务的企业，按年度进口货值的0.3%给予奖励，最高200万元。"],
         ["对开展跨境电商9610、9710、9810业务的企业，按出口额的1%给予奖励，单家企业每年最高300万元。",
          "对经认定的公共海外仓给予最高100万元补助。"],
         ["对开展台湾商品跨境电商零售进口业务的企业，按进口额的0.5%给予奖励，最高100万元。"],
         ["出口海外仓（9810）业务按出口额的1%给予奖励，每年最高500万元。"]],
        ["融资租赁及金融",
         ["对新设立的融资租赁企业，按实缴注册资本给予最高1000万元落户奖励。",
          "对开展飞机、船舶租赁业务的项目公司，每单给予最高50万元奖励。"],
         ["—"],
         ["对新设立的台资金融机构给予最高500万元开办补助。"],
         ["持牌金融机构法人最高3000万元落户奖励。"]],
    ]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(table.rows[0])
    for i, h in enumerate(header):
        cell_write(table.rows[0].cells[i], [h], HT, 11, WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        r_ = table.add_row()
        cells = r_.cells
        cell_write(cells[0], [row[0]], HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
        if row[1] is row[2]:
            merged = cells[1].merge(cells[2])
            cell_write(merged, row[1], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            start = 3
        else:
            start = 1
        for j in range(start, 5):
            al = WD_ALIGN_PARAGRAPH.CENTER if row[j] == ["—"] else WD_ALIGN_PARAGRAPH.JUSTIFY
            cell_write(cells[j], row[j], FS, 10.5, al)
        clauses.append(row_clause(header, [[row[0]]] + row[1:]))
    widths(table, [2.3, 6.3, 4.9, 5.6, 4.6])

    t = "资料来源：市商务局根据厦门、福州、平潭片区管委会及深圳市前海管理局官方网站公开的政策文件整理。"
    para(doc, t, KT, 12, first_indent=False, line=20, before=4)
    clauses.append(t)

    # ---------- back to portrait
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    body("从上表看，厦门片区在物流补贴和融资租赁方面政策力度较大，但在土地供应、个人所得税等方面优势不足，"
         "部分政策兑现方式与企业期待仍有差距。")
    para(doc, "三、存在的主要差距", HT, 16)
    gaps = [
        ("（一）土地要素保障不足。",
         "厦门片区可供开发的产业用地总量有限，2025年片区内新供应工业用地仅326亩，且以存量用地再开发为主，"
         "与平潭片区标准厂房租金前3年全额补贴等政策相比，对中小制造业项目吸引力不足。"),
        ("（二）人才个税政策覆盖面较窄。",
         "平潭片区对台湾居民和高端紧缺人才均有个人所得税补贴政策，前海蛇口片区享受境外高端人才个人所得税15%税负上限政策，"
         "厦门片区目前仅面向台湾居民。"),
        ("（三）物流补贴兑现周期偏长。",
         "企业反映，厦门片区航线和班列补贴实行年度集中申报、次年兑现，资金到位周期平均为9至12个月，"
         "较福州片区按季度兑现的做法偏慢。"),
    ]
    for h, r in gaps:
        runin(doc, h, r, head_east=KT)
        clauses.append(h + r)
    para(doc, "", first_indent=False)  # stray empty paragraph
    para(doc, "四、下一步工作建议", HT, 16)
    sugg = [
        ("（一）研究出台厦门片区招商引资专项政策。",
         "建议由厦门片区管委会牵头，在2026年6月底前研究制定面向融资租赁、航运物流、跨境电商等重点产业的专项扶持办法，"
         "明确扶持标准和兑现流程。"),
        ("（二）积极争取上级政策支持。",
         "建议以市政府名义向省政府和国家有关部委报告，争取将境外高端人才和紧缺人才个人所得税优惠政策扩大至厦门片区试点。"),
        ("（三）优化补贴兑现方式。",
         "推行“免申即享”“即申即享”，对航线、班列等物流补贴实行按季度预拨、年度清算，将兑现周期压缩至3个月以内。"),
        ("（四）加强区域协同招商。",
         "依托福州、厦门、平潭三片区联席会议机制，建立重大项目信息共享和利益分成机制，避免片区间同质化竞争。"),
    ]
    for h, r in sugg:
        runin(doc, h, r, head_east=KT)
        clauses.append(h + r)
    body("特此报告。")
    para(doc, "", first_indent=False)
    para(doc, "", first_indent=False)
    para(doc, "\u3000" * 16 + "厦门市商务局", first_indent=False)
    para(doc, "\u3000" * 15 + "2026年2月9日", first_indent=False)
    para(doc, "（联系人：王丽娜，联系电话：0592-2855317）")

    banji(doc, "中国（福建）自由贸易试验区厦门片区管委会。", "厦门市商务局办公室", "2026年2月10日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "厦门市商务局关于厦门片区与福州、平潭片区招商引资优惠政策比较情况的报告",
            "doc_number": "厦商务〔2026〕31号",
            "issuer": ["厦门市商务局"],
            "date": "2026-02-09",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================
# Document 3: 重庆市商务委 standalone landscape 对照表 (meeting material)
# ====================================================================
def make_chongqing():
    stem = "blind569_chongqing_duizhaobiao"
    doc = Document()
    sec = doc.sections[0]
    landscape(sec)
    page_number_footer(sec)
    clauses = []

    para(doc, "材料3", HT, 16, first_indent=False)
    para(doc, "中欧班列沿线重点城市物流及外贸招商政策对照表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    para(doc, "", first_indent=False, line=14)
    para(doc, "说　明", HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=24)
    notes = [
        "为服务全市外贸和物流招商工作，市商务委对成都、西安、郑州等中欧班列主要集结中心城市的相关扶持政策进行了梳理比较，供招商工作参考。",
        "本表所列政策截至2025年11月30日，部分政策执行期届满后可能调整，使用时请以各地最新文件为准。",
        "表中“/”表示未查询到该地公开发布的对应政策。",
    ]
    for i, n in enumerate(notes, 1):
        # Word automatic numbering (List Number style) — number is not in the text
        p = doc.add_paragraph(style="List Number")
        fmt(p, None, False, 24, 0, 0, 14)
        r = p.add_run(n)
        set_font(r, FS, 14)
        clauses.append("%d.%s" % (i, n))
    para(doc, "", first_indent=False, line=12)

    header = ["序号", "政策事项", "重庆", "成都", "西安", "郑州"]
    rows = [
        ["1", "中欧班列集货奖励",
         ["中欧班列（成渝）去程班列原则上不再给予直接运费补贴①。",
          "对回程班列搭载本地进口货物的，每标准箱给予最高500元集货奖励。"],
         ["对经成都国际铁路港集结的中欧班列（成渝）回程货物，每标准箱给予800元集货补贴。"],
         ["对中欧班列（西安）组织本地货源的企业，每标准箱奖励300元。",
          "对首次开行新线路并实现常态化运行的，一次性奖励50万元。"],
         ["对中欧班列（郑州）新开辟线路并实现常态化运行的，每条线路奖励100万元。"]],
        ["2", "综合保税区加工贸易",
         ["对新落户西永综合保税区、两路果园港综合保税区的加工贸易企业，年进出口额首次超过1亿美元的，给予最高300万元奖励。"],
         ["对成都高新综合保税区新引进的电子信息加工贸易龙头企业，按设备投资额的5%给予补助，最高2000万元。"],
         ["对西安综合保税区内开展保税维修业务的企业，按维修货值的1%给予奖励，最高100万元。"],
         ["对郑州新郑综合保税区内年进出口额超过50亿元的企业，按新增进出口额每1亿元奖励10万元。"]],
        ["3", "跨境电商",
         ["对跨境电商企业年度出口额首次超过1亿元的，给予50万元奖励。",
          "对在境外新建或租赁公共海外仓面积超过5000平方米的，给予最高80万元补助。"],
         ["对跨境电商B2B出口（9710、9810）业务按出口额的0.5%给予奖励，单家企业每年最高200万元。"],
         ["/"],
         ["对中国（郑州）跨境电子商务综合试验区内年进出口额超过5亿元的企业，给予最高100万元奖励。"]],
        ["4", "铁海联运",
         ["对经西部陆海新通道铁海联运班列出口的货物，每标准箱补贴600元。"],
         ["对经西部陆海新通道铁海联运班列出口的货物，每标准箱补贴400元。"],
         ["/"],
         ["/"]],
        ["5", "外资招商奖励",
         ["对新设外商投资企业当年实际到资1000万美元以上的，按到资额的2%给予奖励，最高1000万元。"],
         ["对新引进的外资研发中心，给予最高500万元奖励。"],
         ["对实际到资金额超过500万美元的外资项目，按到资额的1%给予奖励，最高500万元。"],
         ["对世界500强企业新设外资项目实际到资超过3000万美元的，一次性奖励500万元。"]],
        ["6", "物流企业落户",
         ["对新引进的国际货运代理企业总部，年营业收入超过5亿元的，给予最高200万元落户奖励。",
          "对引进的国家5A级物流企业，一次性奖励100万元。"],
         ["对新落户的全国性或区域性物流总部，给予最高300万元奖励。"],
         ["对入驻西安国际港务区的物流企业，前3年按其地方经济贡献的50%给予奖励。"],
         ["对新引进的航空物流企业，给予最高500万元开办补贴。"]],
    ]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(table.rows[0])
    for i, h in enumerate(header):
        cell_write(table.rows[0].cells[i], [h], HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
        shade(table.rows[0].cells[i], "DEEAF6")
    for row in rows:
        cells = table.add_row().cells
        cell_write(cells[0], [row[0]], FS, 11, WD_ALIGN_PARAGRAPH.CENTER)
        cell_write(cells[1], [row[1]], HT, 11, WD_ALIGN_PARAGRAPH.CENTER)
        for j in range(2, 6):
            al = WD_ALIGN_PARAGRAPH.CENTER if row[j] == ["/"] else WD_ALIGN_PARAGRAPH.JUSTIFY
            # 成都 column typed with soft line breaks instead of paragraphs
            cell_write(cells[j], row[j], FS, 11, al, soft=(j == 3))
        clauses.append(row_clause(header, [[row[0]], [row[1]]] + row[2:]))
    widths(table, [1.2, 2.6, 5.8, 5.2, 5.0, 5.5])

    t = "注：①按照国家关于规范中欧班列补贴的要求，重庆市自2025年1月1日起调整中欧班列（成渝）补贴方式。"
    para(doc, t, FS, 12, first_indent=False, line=20, before=4)
    clauses.append(t)
    t = ("资料来源：成都市口岸与物流办公室、西安国际港务区管委会、郑州市商务局等单位官方网站公开的政策文件，"
         "重庆市商务委员会整理。")
    para(doc, t, KT, 12, first_indent=False, line=20)
    clauses.append(t)

    para(doc, "", first_indent=False)
    para(doc, "\u3000" * 30 + "重庆市商务委员会", first_indent=False)
    para(doc, "\u3000" * 30 + "2025年12月8日", first_indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "中欧班列沿线重点城市物流及外贸招商政策对照表",
            "doc_number": None,
            "issuer": ["重庆市商务委员会"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "对照表",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [make_guangdong(), make_xiamen(), make_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
