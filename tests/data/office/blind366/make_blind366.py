# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 366: national 公告 with 附件 measures table + two provincial forwarding 通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


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
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
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
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        # "\n" inside text -> soft line break (Shift+Enter)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def runs(doc, pieces, indent=True, align=None):
    """pieces: list of (text, font, bold)"""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, bold in pieces:
        r = p.add_run(text)
        set_font(r, font, 16, bold)
    return p


def red_line(p, sz=18, where="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)


def black_line(p, where="bottom", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(20)
    if align is not None:
        p.alignment = align
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w.twips)))
            tcw.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, chaosong, yinfa_org, yinfa_date, gap="　　　　　　　　　　　"):
    """版记: 抄送 + 印发 lines between black rules."""
    for _ in range(3):
        doc.add_paragraph()
    p = para(doc, chaosong, FS, 14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    black_line(p, "top", 8)
    black_line(p, "bottom", 4)
    # 印发 line typed with manual full-width spaces for alignment
    p = para(doc, "", indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(yinfa_org + gap + yinfa_date + "印发")
    set_font(r, FS, 14)
    black_line(p, "bottom", 8)


def convert(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                    HERE, path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def tbl_clause(headers, row):
    return "；".join(f"{h}：{v}" for h, v in zip(headers, row))


EXPECTED = {}

# ============================================================= 1. national 公告
GG_TITLE = "商务部 海关总署关于在自由贸易试验区推出进一步便利跨境贸易投资若干措施的公告"
GG_NO = "商务部 海关总署公告2026年第9号"
GG_ATT = "自由贸易试验区进一步便利跨境贸易投资措施清单"

GG_BODY = [
    "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，更好发挥自由贸易试验区改革开放综合试验平台作用，推动共建“一带一路”高质量发展，商务部、海关总署决定在自由贸易试验区推出进一步便利跨境贸易投资若干措施（见附件）。现将有关事项公告如下：",
    ("一、支持中欧班列集结中心扩容提质。", "支持自由贸易试验区所在地中欧班列集结中心开展“一单制”多式联运，推进铁路运单物权化试点；对经中欧班列运输的进出口货物实施“铁路快通”模式，海关对符合条件的货物实行舱单归并、一次申报、一次查验。"),
    ("二、优化跨境电商出口监管。", "在自由贸易试验区全面推广跨境电商出口海外仓（9810）、跨境电商企业对企业直接出口（9710）监管模式，允许跨境电商出口退货商品在自由贸易试验区内综合保税区开展集中分拣、检测和再出口。"),
    ("三、提升综合保税区功能。", "支持自由贸易试验区内综合保税区企业开展保税维修、保税再制造和保税研发业务，维修产品目录实行动态调整；允许符合条件的区内企业按照“保税+”模式开展研发用物品进口。"),
    ("四、扩大外商投资准入和便利。", "严格落实《自由贸易试验区外商投资准入特别管理措施（负面清单）》，鼓励外商投资企业在自由贸易试验区设立研发中心、地区总部；外国投资者以分配利润在自由贸易试验区直接再投资的，按规定享受相关支持政策。"),
    ("五、便利跨境资金结算。", "商务部、海关总署会同人民银行等部门，支持自由贸易试验区内银行按照展业原则，为跨境电商、市场采购贸易、海外仓等新业态企业提供高效便捷的跨境人民币结算服务。"),
    ("六、推进“智慧海关”建设。", "在自由贸易试验区率先应用“智慧海关”场景，推广进口货物“船边直提”、出口货物“抵港直装”，进一步压缩整体通关时间。"),
    ("七、加强与共建“一带一路”国家经贸合作。", "支持自由贸易试验区与共建“一带一路”国家开展经认证的经营者（AEO）互认合作和国际贸易“单一窗口”互联互通，探索建立跨境贸易数据交换机制。"),
    ("八、强化风险防控。", "各自由贸易试验区应当建立健全风险防控体系，对措施实施情况开展评估，及时发现和处置风险，确保各项措施放得开、管得住。"),
    "九、各省（自治区、直辖市）商务主管部门、海关总署各直属海关要加强协调配合，结合本地区实际制定细化落实措施，重大问题及时报告商务部、海关总署。",
    "十、本公告自2026年4月1日起施行。《商务部 海关总署关于自由贸易试验区跨境贸易便利化有关事项的公告》（商务部 海关总署公告2023年第41号）同时废止。",
]

GG_HEAD = ["序号", "领域", "措施内容", "适用范围"]
# 领域 column is vertically merged in the docx; values here are filled down
GG_ROWS = [
    ["1", "中欧班列", "开展铁路运单物权化试点，探索“铁路运单+提单”一单制多式联运", "中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区、中国（陕西）自由贸易试验区"],
    ["2", "中欧班列", "对经中欧班列运输的进出口货物实施“铁路快通”模式", "全国"],
    ["3", "中欧班列", "支持在中欧班列集结中心所在地设立进境指定监管场地", "中国（河南）自由贸易试验区郑州片区、中国（湖北）自由贸易试验区武汉片区"],
    ["4", "跨境电商", "推广跨境电商出口海外仓（9810）监管模式", "各自由贸易试验区"],
    ["5", "跨境电商", "允许跨境电商出口退货商品在综合保税区集中分拣、检测和再出口", "中国（广东）自由贸易试验区、中国（浙江）自由贸易试验区、中国（福建）自由贸易试验区"],
    ["6", "跨境电商", "开展跨境电商零售进口药品试点", "中国（河南）自由贸易试验区郑州片区"],
    ["7", "综合保税区", "开展保税维修业务，维修产品目录实行动态调整", "全国"],
    ["8", "综合保税区", "支持开展航空器、船舶等大型装备保税再制造", "中国（天津）自由贸易试验区、中国（福建）自由贸易试验区厦门片区"],
    ["9", "综合保税区", "允许区内企业按照“保税+”模式开展研发用物品进口", "中国（上海）自由贸易试验区临港新片区"],
    ["10", "外商投资", "外国投资者以分配利润直接再投资的，按规定享受相关支持政策", "全国"],
    ["11", "外商投资", "鼓励外商投资企业设立研发中心、地区总部", "各自由贸易试验区"],
    ["12", "跨境结算", "为跨境电商、市场采购贸易、海外仓等新业态企业提供跨境人民币结算便利", "各自由贸易试验区"],
    ["13", "通关便利", "推广进口货物“船边直提”、出口货物“抵港直装”", "中国（广西）自由贸易试验区钦州港片区、中国（福建）自由贸易试验区厦门片区、中国（山东）自由贸易试验区青岛片区"],
    ["14", "通关便利", "推进陆路口岸“智慧口岸”建设，扩大边民互市贸易进口商品落地加工", "中国（广西）自由贸易试验区崇左片区、中国（云南）自由贸易试验区红河片区"],
    ["15", "国际合作", "与共建“一带一路”国家开展AEO互认和“单一窗口”互联互通合作", "全国"],
    ["16", "国际合作", "探索与东盟国家建立跨境贸易数据交换机制", "中国（广西）自由贸易试验区、中国（云南）自由贸易试验区"],
]
# how 适用范围 is typed in the docx cells (soft line breaks after 、 in some)
GG_SCOPE_TYPED = {
    "1": "中国（重庆）自由贸易试验区、\n中国（四川）自由贸易试验区、\n中国（陕西）自由贸易试验区",
    "5": "中国（广东）自由贸易试验区、\n中国（浙江）自由贸易试验区、\n中国（福建）自由贸易试验区",
    "13": "中国（广西）自由贸易试验区钦州港片区、\n中国（福建）自由贸易试验区厦门片区、\n中国（山东）自由贸易试验区青岛片区",
}


def make_gonggao():
    doc = new_doc()
    # 版头: red organ line, number line, red rule
    p = para(doc, "商务部　海关总署公告", XBS, 36, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    doc.add_paragraph()
    p = para(doc, "2026年第9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False)
    red_line(p, 24)
    doc.add_paragraph()
    para(doc, "关于在自由贸易试验区推出进一步便利\n跨境贸易投资若干措施的公告", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    doc.add_paragraph()
    for item in GG_BODY:
        if isinstance(item, tuple):
            # run-in heading typed in bold 黑体 runs
            runs(doc, [(item[0], HT, False), (item[1], FS, False)])
        else:
            para(doc, item)
    doc.add_paragraph()
    # 附件 list line, manual indent by spaces
    para(doc, "附件：" + GG_ATT, indent=True)
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款 typed with full-width spaces
    p = para(doc, "商务部　　　　海关总署", indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = para(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False)
    doc.add_paragraph()
    para(doc, "自由贸易试验区进一步便利\n跨境贸易投资措施清单", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=36)
    doc.add_paragraph()
    t = doc.add_table(rows=1 + len(GG_ROWS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(2.4), Cm(7.2), Cm(4.7)]
    for i, h in enumerate(GG_HEAD):
        cell_text(t.rows[0].cells[i], h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for ri, row in enumerate(GG_ROWS, start=1):
        cells = t.rows[ri].cells
        cell_text(cells[0], row[0], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[2], row[2], FS, 12)
        cell_text(cells[3], GG_SCOPE_TYPED.get(row[0], row[3]), FS, 12)
    # vertical merges for 领域
    start = 0
    while start < len(GG_ROWS):
        end = start
        while end + 1 < len(GG_ROWS) and GG_ROWS[end + 1][1] == GG_ROWS[start][1]:
            end += 1
        top = t.cell(start + 1, 1)
        if end > start:
            top = top.merge(t.cell(end + 1, 1))
        cell_text(top, GG_ROWS[start][1], FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        start = end + 1
    set_col_widths(t, widths)
    path = os.path.join(HERE, "blind366_shangwubu_gonggao.docx")
    doc.save(path)

    clauses = []
    for item in GG_BODY:
        clauses.append(item[0] + item[1] if isinstance(item, tuple) else item)
    clauses += [tbl_clause(GG_HEAD, r) for r in GG_ROWS]
    EXPECTED["blind366_shangwubu_gonggao"] = [{
        "meta": {
            "title": GG_TITLE,
            "doc_number": GG_NO,
            "issuer": ["商务部", "海关总署"],
            "date": "2026-03-18",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [GG_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "商务部 海关总署关于自由贸易试验区跨境贸易便利化有关事项的公告（商务部 海关总署公告2023年第41号）",
        },
        "clauses": clauses,
    }]
    return path


# ============================================================= 2. Fujian 通知
FJ_TITLE = "福建省商务厅 福州海关 厦门海关关于转发商务部 海关总署公告2026年第9号的通知"
FJ_NO = "闽商务〔2026〕27号"
FJ_ATT = ["商务部 海关总署公告2026年第9号", "福建省贯彻落实重点任务分工表"]
FJ_RECIP = ["各设区市商务局", "平潭综合实验区经济发展局", "福建自贸试验区各片区管委会", "各隶属海关"]

FJ_BODY = [
    "现将《商务部 海关总署关于在自由贸易试验区推出进一步便利跨境贸易投资若干措施的公告》（商务部 海关总署公告2026年第9号，以下简称《公告》）转发给你们，并结合我省实际提出以下贯彻意见，请一并认真抓好落实。",
    ("一、抓好中欧班列扩容提质。", "厦门片区要依托中欧（厦门）班列集结中心，于2026年6月底前开展铁路运单物权化试点，推动“铁路快通”模式在厦门海沧、福州江阴铁路场站全面应用。福州片区要推动中欧班列（福州）常态化开行，力争全年开行班列不少于150列。"),
    ("二、推动跨境电商出口提质增效。", ""),
    ("（一）", "福州市、厦门市、泉州市要加快培育跨境电商产业带，支持企业在共建“一带一路”国家布局海外仓，对符合条件的公共海外仓按规定给予支持。"),
    ("（二）", "厦门片区、福州片区内综合保税区要在2026年9月底前建成跨境电商出口退货集中分拣中心，实现退货商品“一站式”分拣、检测和再出口。"),
    ("（三）", "莆田市、漳州市要依托莆田综合保税区、漳州台商投资区保税物流中心开展跨境电商企业对企业直接出口（9710）业务。"),
    ("三、拓展保税维修和再制造业务。", "支持厦门象屿综合保税区、厦门海沧港综合保税区开展航空器、船舶保税再制造；支持福州综合保税区、福州江阴港综合保税区申报新增保税维修产品目录。"),
    ("四、深化闽台经贸合作。", "平潭片区要用好对台小额贸易和跨境电商政策，探索对台海运快件“一站式”通关；厦门片区、福州片区要推进对台贸易“单一窗口”数据互联互通。"),
    ("五、提升外商投资促进水平。", "各设区市商务局要落实外国投资者以分配利润直接再投资支持政策，2026年内在福州、厦门、泉州各举办不少于2场“投资福建”专题推介活动，重点引进研发中心、地区总部类外资项目。"),
    ("六、优化口岸通关服务。", "福州海关、厦门海关要在福州港江阴港区、厦门港海沧港区全面推广进口货物“船边直提”、出口货物“抵港直装”，进一步压缩整体通关时间。"),
    ("七、加强组织实施。", "各地各单位要对照《公告》附件清单和本通知附件2，明确责任人和时间表，于每季度末5日前将工作进展报送省商务厅（自贸处）、福州海关、厦门海关。"),
    "联系人：省商务厅自贸处 林晓东，0591-87270536；福州海关综合业务处 陈敏，0591-83359216；厦门海关综合业务处 黄志坚，0592-5675318。",
]

FJ_HEAD = ["序号", "重点任务", "责任单位", "完成时限"]
FJ_ROWS = [
    ["1", "开展铁路运单物权化试点", "厦门片区管委会、厦门海关", "2026年6月底前"],
    ["2", "推动“铁路快通”模式在厦门海沧、福州江阴铁路场站全面应用", "厦门海关、福州海关", "2026年6月底前"],
    ["3", "建成跨境电商出口退货集中分拣中心", "厦门片区管委会、福州片区管委会", "2026年9月底前"],
    ["4", "申报新增保税维修产品目录", "福州市商务局、福州海关", "2026年12月底前"],
    ["5", "推进对台贸易“单一窗口”数据互联互通", "省商务厅、厦门片区管委会、福州片区管委会", "2026年12月底前"],
    ["6", "举办“投资福建”专题推介活动", "福州市、厦门市、泉州市商务局", "2026年12月底前"],
    ["7", "探索对台海运快件“一站式”通关", "平潭片区管委会、福州海关", "2026年12月底前"],
]
FJ_MERGE = [(0, 1), (3, 6)]  # row index ranges (0-based in FJ_ROWS) merged in 完成时限


def make_fujian():
    doc = new_doc()
    # joint 版头 as a borderless layout table: organ names stacked, "文件" spanning
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["福 建 省 商 务 厅", "福　州　海　关", "厦　门　海　关"]):
        cell_text(t.cell(i, 0), org, XBS, 30, color=RED,
                  align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        t.cell(i, 0).paragraphs[0].paragraph_format.line_spacing = Pt(44)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(m, "文件", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(11.0), Cm(4.6)])
    doc.add_paragraph()
    p = para(doc, FJ_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p, 24)
    doc.add_paragraph()
    # title typed in 3 lines with soft breaks
    para(doc, "福建省商务厅　福州海关　厦门海关\n关于转发商务部　海关总署公告\n2026年第9号的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    doc.add_paragraph()
    para(doc, "各设区市商务局、平潭综合实验区经济发展局，福建自贸试验区各片区管委会，各隶属海关：",
         indent=False)
    for item in FJ_BODY:
        if isinstance(item, tuple):
            head, body = item
            if head.startswith("（"):
                runs(doc, [(head + body, FS, False)])
            elif not body:
                # heading on its own line, in 黑体
                para(doc, head.rstrip("。"), HT)
            else:
                # run-in heading in bold 仿宋 runs (busy office: bold rather than 黑体)
                runs(doc, [(head[:2], HT, False), (head[2:], FS, True), (body, FS, False)])
        else:
            para(doc, item)
    doc.add_paragraph()
    # 附件 list with hanging alignment by full-width spaces
    para(doc, "附件：1．" + FJ_ATT[0])
    para(doc, "　　　2．" + FJ_ATT[1])
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=3)
    set_col_widths(lt, [Cm(5.2), Cm(5.2), Cm(5.2)])
    for i, org in enumerate(["福建省商务厅", "福州海关", "厦门海关"]):
        cell_text(lt.cell(0, i), org, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    mm = lt.cell(1, 1).merge(lt.cell(1, 2))
    cell_text(mm, "2026年3月26日", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph()
    para(doc, "（此件主动公开）")
    # 附件2 on a new page, landscape-less but with its own table
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    doc.add_paragraph()
    para(doc, FJ_ATT[1], XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=36)
    doc.add_paragraph()
    tb = doc.add_table(rows=1 + len(FJ_ROWS), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(FJ_HEAD):
        cell_text(tb.rows[0].cells[i], h, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(FJ_ROWS, start=1):
        for ci in range(3):
            cell_text(tb.cell(ri, ci), row[ci], FS, 14,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else None)
    merged_rows = set()
    for a, b in FJ_MERGE:
        c = tb.cell(a + 1, 3).merge(tb.cell(b + 1, 3))
        cell_text(c, FJ_ROWS[a][3], FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        merged_rows.update(range(a, b + 1))
    for ri, row in enumerate(FJ_ROWS):
        if ri not in merged_rows:
            cell_text(tb.cell(ri + 1, 3), row[3], FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(tb, [Cm(1.3), Cm(6.4), Cm(5.0), Cm(2.9)])
    banji(doc, "抄送：商务部自贸区港司，海关总署自贸区和特殊区域发展司，省发改委、财政厅、交通运输厅。",
          "福建省商务厅办公室", "2026年3月27日")
    path = os.path.join(HERE, "blind366_fujian_tongzhi.docx")
    doc.save(path)

    clauses = []
    for item in FJ_BODY:
        if isinstance(item, tuple):
            if not item[1]:
                continue  # heading on own line
            clauses.append(item[0] + item[1])
        else:
            clauses.append(item)
    clauses += [tbl_clause(FJ_HEAD, r) for r in FJ_ROWS]
    EXPECTED["blind366_fujian_tongzhi"] = [{
        "meta": {
            "title": FJ_TITLE,
            "doc_number": FJ_NO,
            "issuer": ["福建省商务厅", "福州海关", "厦门海关"],
            "date": "2026-03-26",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": FJ_ATT,
            "doc_type": "通知",
            "recipients": FJ_RECIP,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================= 3. Guangxi 通知
GX_TITLE = "广西壮族自治区商务厅关于转发商务部 海关总署公告2026年第9号并做好贯彻落实工作的通知"
GX_NO = "桂商务发〔2026〕11号"
GX_ATT = ["商务部 海关总署关于在自由贸易试验区推出进一步便利跨境贸易投资若干措施的公告"]
GX_RECIP = ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会", "自治区有关单位"]

GX_INTRO = "为贯彻落实《商务部 海关总署关于在自由贸易试验区推出进一步便利跨境贸易投资若干措施的公告》（商务部 海关总署公告2026年第9号），发挥中国（广西）自由贸易试验区面向东盟开放合作的前沿作用，现将该公告转发给你们，并就做好我区贯彻落实工作通知如下："
GX_TASKS = [  # typed with Word automatic numbering "1."
    "南宁片区要依托中新南宁国际物流园和南宁综合保税区，开展跨境电商出口海外仓（9810）业务，2026年内新增面向东盟的公共海外仓不少于5个。",
    "钦州港片区要在钦州港大榄坪港区全面推广进口货物“船边直提”、出口货物“抵港直装”，推动西部陆海新通道海铁联运班列与中欧班列在钦州港东站无缝衔接。",
    "崇左片区要会同凭祥市推进友谊关口岸、凭祥铁路口岸“智慧口岸”建设，扩大边民互市贸易进口商品落地加工规模。",
    "防城港市、东兴市要依托东兴国家重点开发开放试验区，探索与越南芒街口岸开展跨境贸易数据交换。",
    "北海市、梧州市要用好北海综合保税区、梧州综合保税区政策，支持企业开展保税维修和保税再制造业务。",
    "各设区市商务局要落实外国投资者以分配利润直接再投资支持政策，建立重点外资项目服务专员制度。",
]
GX_TASK_SOFTBREAK = 1  # index of task typed with a stray Shift+Enter in mid-sentence
GX_GUARANTEE = [
    ("（一）加强统筹协调。", "自治区商务厅会同南宁海关建立工作会商机制，每半年召开一次联席会议，研究解决措施落实中的重大问题。"),
    ("（二）强化政策支持。", "自治区商务厅统筹用好外经贸发展专项资金，对落实成效明显的片区和设区市在资金安排上予以倾斜。"),
    ("（三）做好风险防控。", "各片区管委会要建立措施实施评估制度，于每年12月15日前将年度评估报告报送自治区商务厅。"),
]
GX_END = "三、本通知自2026年5月1日起施行，有效期至2028年4月30日。"
GX_CONTACT = "联系人：自治区商务厅自贸区处 韦丽萍，电话：0771-2808316。"


def add_auto_numbering(doc):
    """Add a decimal '%1.' abstractNum + num; return numId."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    last_abs = numbering.xpath("./w:abstractNum")[-1]
    last_abs.addnext(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    return "90"


def make_guangxi():
    doc = new_doc()
    p = para(doc, "广西壮族自治区商务厅文件", XBS, 32, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    doc.add_paragraph()
    doc.add_paragraph()
    p = para(doc, GX_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p, 24)
    doc.add_paragraph()
    para(doc, "广西壮族自治区商务厅关于转发\n商务部　海关总署公告2026年第9号\n并做好贯彻落实工作的通知",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    doc.add_paragraph()
    para(doc, "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，自治区有关单位：",
         indent=False)
    para(doc, GX_INTRO)
    para(doc, "一、重点任务", HT)
    num_id = add_auto_numbering(doc)
    for i, task in enumerate(GX_TASKS):
        if i == GX_TASK_SOFTBREAK:
            cut = task.index("，推动") + 1
            p = para(doc, task[:cut] + "\n" + task[cut:], indent=False)
        else:
            p = para(doc, task, indent=False)
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), num_id)
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
    para(doc, "二、保障措施", HT)
    for head, body in GX_GUARANTEE:
        runs(doc, [(head, KT, False), (body, FS, False)])
    para(doc, GX_END)
    doc.add_paragraph()
    para(doc, GX_CONTACT)
    doc.add_paragraph()
    para(doc, "附件：" + GX_ATT[0] + "（略）")
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph()
    # 落款 typed with leading full-width spaces instead of right alignment
    para(doc, "　　　　　　　　　　　　　广西壮族自治区商务厅", indent=False)
    para(doc, "　　　　　　　　　　　　　　　 2026年4月3日", indent=False)
    doc.add_paragraph()
    para(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部自贸区港司，南宁海关，自治区发展改革委、财政厅、交通运输厅，广西自贸试验区工作办公室。",
          "广西壮族自治区商务厅办公室", "2026年4月7日", gap="　　　　　　　")
    path = os.path.join(HERE, "blind366_guangxi_tongzhi.docx")
    doc.save(path)

    clauses = [GX_INTRO]
    clauses += [f"{i}.{t}" for i, t in enumerate(GX_TASKS, start=1)]
    clauses += [h + b for h, b in GX_GUARANTEE]
    clauses += [GX_END, GX_CONTACT]
    EXPECTED["blind366_guangxi_tongzhi"] = [{
        "meta": {
            "title": GX_TITLE,
            "doc_number": GX_NO,
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": GX_ATT,
            "doc_type": "通知",
            "recipients": GX_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [make_gonggao(), make_fujian(), make_guangxi()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
