# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 466: table-heavy 专题会议纪要 (docx + pdf) and a plain-text copy (.txt)."""
import copy
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


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         first_indent=True, color=None, line=28, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "— ", "宋体", 14)
    r = fp.add_run()
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
        r._element.append(el)
    add_run(fp, " —", "宋体", 14)


def cell_text(cell, text, font=FS, size=14, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    add_run(p, text, font, size, bold)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_466", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", first_indent=False)


def red_header(doc, org, kind, number):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=40)
    r = add_run(p, org, XBS, 20 if len(org) > 12 else 36, color=RED)
    if len(org) > 12:
        # long organ name squeezed with character scaling, as offices do
        w = OxmlElement("w:w")
        w.set(qn("w:val"), "90")
        r._element.get_or_add_rPr().append(w)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=48)
    add_run(p, kind, XBS, 36, color=RED)
    blank(doc)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    bottom_border(p)
    blank(doc)


def banji(doc, lines, printer, date):
    blank(doc, 2)
    first = True
    for ln in lines:
        p = para(doc, "", first_indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        add_run(p, ln, FS, 14)
        if first:
            top_bottom_border(p)
            first = False
    p = para(doc, "", first_indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    add_run(p, printer + "\u3000" * 6 + date + "印发", FS, 14)
    top_bottom_border(p)


# ------------------------------------------------------ content: Xiamen
XM_TITLE_1 = "关于加快推进跨境电商与综合保税区"
XM_TITLE_2 = "联动发展的专题会议纪要"
XM_NO = "厦自贸委纪〔2025〕23号"
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_HEAD = [
    ("会议名称", "跨境电商与综合保税区联动发展专题会议"),
    ("时间", "2025年12月3日（星期三）下午3:00"),
    ("地点", "片区管委会大楼5楼第二会议室"),
    ("主持人", "张建华（管委会副主任）"),
    ("参会人员", "片区管委会经济发展局陈立新、财政金融局郑宇航、口岸与物流局黄志明、投资促进局苏婉清，象屿综合保税区管理服务中心吴国栋，象屿海关李振华，市商务局电子商务处许丽娟，市税务局自贸区税务局杨帆，厦门港务控股集团有限公司蔡文斌"),
    ("记录人", "林晓雯（管委会综合办）"),
]
XM_P1 = ("2025年12月3日下午，管委会副主任张建华主持召开跨境电商与综合保税区联动发展专题会议，"
         "听取了片区经济发展局关于跨境电商与综合保税区联动发展工作进展情况的汇报，象屿综合保税区管理服务中心、"
         "象屿海关、市商务局、市税务局自贸区税务局等单位作了补充发言。会议分析了跨境电商出口海外仓、保税维修、"
         "“保税+直播”等新业态发展中面临的突出问题，研究部署了下一阶段重点工作。")
XM_P2 = ("会议认为，2025年以来，片区认真落实中国（福建）自由贸易试验区提升战略有关部署，跨境电商与综合保税区联动发展取得积极成效。"
         "1—11月，片区跨境电商进出口额达到286.4亿元，同比增长21.7%；象屿综合保税区跨境电商“1210”保税进口业务累计申报1300万单，"
         "保税维修、保税展示交易等新业态加快集聚。")
XM_P3 = ("会议指出，当前片区跨境电商发展仍存在海外仓布局偏少、B2B出口规模不大、退货渠道不畅、专业人才短缺等问题，"
         "与建设“丝路电商”合作先行区的要求相比还有差距。各单位要进一步提高认识，强化协同，推动跨境电商与综合保税区、"
         "中欧（厦门）班列、“丝路海运”联动发展，加快培育外贸新动能。")
XM_P4 = "经研究，会议议定事项如下："
XM_COLS = ["序号", "事项", "责任单位", "完成时限"]
XM_ROWS = [
    ("1", "抓紧修订《厦门自贸片区促进跨境电商发展若干措施》，将海外仓建设、跨境电商B2B出口纳入扶持范围，按程序提请管委会主任办公会审议。",
     "片区经济发展局", "2026年1月31日前"),
    ("2", "会同象屿海关推动象屿综合保税区开展跨境电商“1210”进口退货集中监管试点，形成试点方案后报市商务局备案。",
     "片区经济发展局、象屿海关", "2025年12月31日前"),
    ("3", "支持区内企业开展“保税+直播”业务，协调解决直播间设置、样品展示出区等监管问题。",
     "象屿综合保税区管理服务中心", "2026年3月31日前"),
    ("4", "梳理跨境电商企业出口退税办理堵点，推动出口退税“即报即审”扩大至跨境电商B2B出口企业。",
     "片区财政金融局、市税务局自贸区税务局", "2026年6月30日前"),
    ("5", "加快建设中欧（厦门）班列跨境电商集货中心，争取2026年开行跨境电商专列不少于60列。",
     "片区口岸与物流局、厦门港务控股集团有限公司", "2026年12月31日前"),
    ("6", "建立跨境电商重点企业“服务专员”制度，对年进出口额超过1亿元的企业实行“一企一策”。",
     "片区经济发展局", "长期坚持"),
    ("7", "研究设立跨境电商产业发展基金，规模暂定5亿元，由片区国有平台公司牵头出资，具体方案另行报批。",
     "片区财政金融局", "2026年6月30日前"),
    ("8", "做好第二十六届中国国际投资贸易洽谈会期间跨境电商专题招商活动筹备工作。",
     "片区投资促进局", "2026年8月31日前"),
]
XM_C1 = ("会议要求，各责任单位要对照议定事项，细化工作措施，明确时间节点，确保各项任务按期落地见效。"
         "涉及需要市级层面协调的事项，由片区经济发展局汇总后以管委会名义行文报市政府。")
XM_C2 = ("片区管委会综合办要将议定事项纳入督查督办范围，实行清单化管理，每月25日前汇总各责任单位落实进展，报管委会领导审阅。")
XM_DATE = "2025年12月8日"
XM_CC = "抄送：市商务局，厦门海关，国家税务总局厦门市税务局。"
XM_FS = "分送：片区管委会各局（办、中心），象屿综合保税区管理服务中心。"
XM_PRINTER = "厦门自贸片区管委会综合办公室"


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


def make_xiamen():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    red_header(doc, XM_ORG, "专题会议纪要", XM_NO)
    # title split with a soft line break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_run(p, XM_TITLE_1, XBS, 22)
    p.add_run().add_break()
    add_run(p, XM_TITLE_2, XBS, 22)
    blank(doc)
    # header table, two columns, no header row
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in XM_HEAD:
        r = t.add_row()
        cell_text(r.cells[0], k, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[1], v, FS, 14)
    col_widths(t, [3.2, 12.4])
    blank(doc)
    para(doc, "一、会议基本情况", HT, 16)
    para(doc, XM_P1)
    para(doc, XM_P2)
    para(doc, XM_P3)
    blank(doc)
    para(doc, "二、会议议定事项", HT, 16)
    para(doc, XM_P4)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(XM_COLS):
        cell_text(t.rows[0].cells[i], c, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for row in XM_ROWS:
        r = t.add_row()
        for i, v in enumerate(row):
            cell_text(r.cells[i], v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else None)
    col_widths(t, [1.4, 8.2, 3.6, 2.4])
    blank(doc)
    para(doc, "三、工作要求", HT, 16)
    para(doc, XM_C1)
    para(doc, XM_C2)
    blank(doc, 2)
    # 落款 aligned with typed spaces
    para(doc, "\u3000" * 4 + XM_ORG, first_indent=False)
    para(doc, "\u3000" * 16 + XM_DATE, first_indent=False)
    banji(doc, [XM_CC, XM_FS], XM_PRINTER, XM_DATE)
    path = os.path.join(HERE, "blind466_xiamen_jiyao.docx")
    doc.save(path)
    convert(path)

    clauses = ["%s：%s" % (k, v) for k, v in XM_HEAD]
    clauses += [XM_P1, XM_P2, XM_P3, XM_P4]
    clauses += [row_clause(XM_COLS, r) for r in XM_ROWS]
    clauses += [XM_C1, XM_C2]
    return clauses


# ------------------------------------------------- plain-text copy (Xiamen)
WRAP = 36
IND = "\u3000\u3000"
CN_NUM = "一二三四五六七八九十"


def wrap(s):
    out = [s[i:i + WRAP] for i in range(0, len(s), WRAP)]
    return out


def make_xiamen_txt():
    lines = []
    clauses = []

    def body(text, indent=True, is_clause=True):
        s = (IND if indent else "") + text
        chunks = wrap(s)
        if not indent:
            # a non-indented paragraph must not end on a full line, or the
            # next line would look like its continuation
            assert len(chunks[-1]) < WRAP, text
        lines.extend(chunks)
        if is_clause:
            clauses.append(text)

    lines.append(XM_ORG)
    lines.append("\u3000" * 11 + "专题会议纪要")
    lines.append("\u3000" * 9 + XM_NO)
    lines.append("")
    lines.append("\u3000\u3000\u3000\u3000" + XM_TITLE_1 + XM_TITLE_2)
    lines.append("")
    for k, v in XM_HEAD:
        body("%s：%s" % (k, v), indent=False)
    lines.append("")
    lines.append(IND + "一、会议基本情况")
    body(XM_P1)
    body(XM_P2)
    body(XM_P3)
    lines.append(IND + "二、会议议定事项")
    body(XM_P4)
    for i, (n, item, unit, due) in enumerate(XM_ROWS):
        text = "（%s）%s（责任单位：%s；完成时限：%s）" % (CN_NUM[i], item, unit, due)
        body(text)
    lines.append(IND + "三、工作要求")
    body(XM_C1)
    body(XM_C2)
    lines.append("")
    lines.append("")
    lines.append("\u3000" * 4 + XM_ORG)
    lines.append("\u3000" * 16 + XM_DATE)
    lines.append("")
    lines.append("—" * 30)
    lines.append(XM_CC)
    lines.append(XM_FS)
    lines.append(XM_PRINTER + "\u3000" * 2 + XM_DATE + "印发")
    lines.append("—" * 30)
    for ln in lines:
        assert len(ln) <= WRAP, ln
    path = os.path.join(HERE, "blind466_xiamen_jiyaowenben.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return clauses


# ------------------------------------------------------- content: Chongqing
CQ_ORG = "重庆市商务委员会"
CQ_NO = "渝商务纪〔2026〕3号"
CQ_TITLE = "关于中欧班列（成渝）与西部陆海新通道跨境电商物流协同发展的专题会议纪要"
CQ_HEAD = [
    ("会议名称", "会议名称", "中欧班列（成渝）与西部陆海新通道跨境电商物流协同发展专题会议"),
    ("时　　间", "时间", "2026年1月14日（星期三）上午9:30"),
    ("地　　点", "地点", "市商务委1号楼11楼第一会议室"),
    ("主 持 人", "主持人", "刘文斌（市商务委副主任）"),
    ("参会人员", "参会人员", "市商务委口岸物流处、对外贸易处、电子商务和信息化处、自由贸易试验区工作处，重庆海关口岸监管处，"
     "重庆西永综合保税区管委会，两江新区管委会，沙坪坝区商务委，重庆铁路口岸物流开发有限责任公司，陆海新通道运营有限公司有关负责同志"),
    ("议　　题", "议题", "1.听取2025年中欧班列（成渝）和西部陆海新通道运行情况汇报；2.研究2026年跨境电商物流协同发展重点事项"),
    ("记 录 人", "记录人", "何思远（市商务委口岸物流处）"),
]
CQ_INTRO = ("2026年1月14日上午，市商务委副主任刘文斌主持召开专题会议，听取了2025年中欧班列（成渝）和西部陆海新通道运行情况汇报，"
            "研究了2026年跨境电商物流协同发展重点事项。现将会议有关情况纪要如下：")
CQ_1_H = "关于2025年运行情况。"
CQ_1_B = ("会议认为，2025年中欧班列（成渝）全年开行5100余列，西部陆海新通道铁海联运班列运输货物同比增长18.3%，"
          "跨境电商货物占比提升至9.6%，共建“一带一路”国际物流大通道枢纽功能持续增强。成渝两地在班列品牌共建、运力共享、"
          "信息互通等方面合作不断深化。")
CQ_2_H = "关于存在的主要问题。"
CQ_2_B = ("会议指出，当前班列回程货源不足、跨境电商集货分拨能力偏弱、国际铁路运邮规模较小、通关物流数据尚未完全共享等问题仍较突出，"
          "需在2026年重点突破。")
CQ_3_H = "关于2026年重点工作"
CQ_3 = [
    ("（一）稳定班列开行规模。", "2026年力争中欧班列（成渝）开行5200列以上，其中回程班列占比不低于45%；西部陆海新通道铁海联运班列开行量增长10%以上。"),
    ("（二）拓展跨境电商物流通道。", "支持跨境电商企业利用中欧班列开展“跨境电商+班列”出口，推动在波兰马拉舍维奇、德国杜伊斯堡等节点城市布局海外仓。具体包括："),
    ("1.开行跨境电商专列。", "全年开行跨境电商专列不少于80列，对专列集货、订舱给予优先保障。"),
    ("2.扩大铁路运邮规模。", "积极争取国际铁路运邮常态化运行，全年运邮量力争达到1500吨。"),
    ("3.培育集货分拨中心。", "依托重庆西永综合保税区建设跨境电商集货分拨中心，吸引周边省份货源在渝集结。"),
    ("（三）提升通关便利化水平。", "会同重庆海关推广“铁路快通”“铁路舱单归并”等便利化模式，推动班列运输数据与国际贸易“单一窗口”互联互通。"),
]
CQ_4_H = "议定事项"
CQ_4_INTRO = "会议议定以下事项，请各责任单位抓好落实："
CQ_COLS = ["序号", "事项", "责任单位", "完成时限"]
CQ_ROWS = [
    ("1", "制定《2026年中欧班列（成渝）高质量发展工作要点》，报市政府审定后印发实施。", "市商务委口岸物流处", "2026年2月底前"),
    ("2", "与四川省商务厅对接，建立成渝两地班列运力统筹调度月度会商机制。", "市商务委口岸物流处", "2026年3月底前"),
    ("3", "出台跨境电商专列集货奖补细则，明确奖补标准和申报程序。", "市商务委电子商务和信息化处、市财政局", "2026年4月底前"),
    ("4", "推动“铁路快通”模式覆盖中欧班列（成渝）全部去回程线路。", "重庆海关口岸监管处", "2026年6月底前"),
    ("5", "在重庆西永综合保税区规划建设不少于3万平方米的跨境电商集货分拨中心。", "重庆西永综合保税区管委会", "2026年9月底前"),
    ("6", "开展班列运输数据与国际贸易“单一窗口”对接测试，实现舱单、运单数据共享。",
     "重庆铁路口岸物流开发有限责任公司、陆海新通道运营有限公司", "2026年6月底前"),
    ("7", "按季度汇总班列开行、跨境电商货值等数据，形成运行分析报告。", "市商务委口岸物流处", "每季度末月25日前"),
]
CQ_CLOSE = ("会议强调，各责任单位要把中欧班列（成渝）和西部陆海新通道建设作为服务共建“一带一路”、推动西部大开发形成新格局的重要抓手，"
            "主动担当、密切配合，确保议定事项落地见效。工作推进中遇到的重大问题，要及时报告市商务委。")
CQ_CONTACT = "联系人：市商务委口岸物流处何思远，联系电话：023-62663158。"
CQ_ATT = ["2026年中欧班列（成渝）分月开行计划", "跨境电商物流协同发展重点项目清单"]
CQ_DATE = "2026年1月19日"
CQ_CC = "抄送：市政府办公厅，四川省商务厅，重庆海关，国铁成都局集团公司重庆货运中心。"
CQ_PRINTER = "重庆市商务委员会办公室"


def add_chinese_numbering(doc):
    """Add an abstractNum for '一、' (chineseCounting, no tab) and return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def numbered(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def make_chongqing():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    nid = add_chinese_numbering(doc)
    red_header(doc, CQ_ORG, "会 议 纪 要", CQ_NO)
    para(doc, CQ_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    blank(doc)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for shown, _, v in CQ_HEAD:
        r = t.add_row()
        cell_text(r.cells[0], shown, FS, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[1], v, FS, 14)
    col_widths(t, [3.0, 12.6])
    blank(doc)
    para(doc, CQ_INTRO)
    # Word auto-numbered run-in headings (number not in the text)
    clauses_num = []
    for h, b in ((CQ_1_H, CQ_1_B), (CQ_2_H, CQ_2_B)):
        p = para(doc, "", first_indent=False)
        numbered(p, nid)
        add_run(p, h, FS, 16, bold=True)
        add_run(p, b, FS, 16)
    p = para(doc, "", first_indent=False)
    numbered(p, nid)
    add_run(p, CQ_3_H, HT, 16)
    for h, b in CQ_3:
        p = para(doc, "")
        if h.startswith("（"):
            add_run(p, h, KT, 16, bold=True)
        else:
            add_run(p, h, FS, 16, bold=True)
        add_run(p, b, FS, 16)
    p = para(doc, "", first_indent=False)
    numbered(p, nid)
    add_run(p, CQ_4_H, HT, 16)
    para(doc, CQ_4_INTRO)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(CQ_COLS):
        cell_text(t.rows[0].cells[i], c, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for ri, row in enumerate(CQ_ROWS):
        r = t.add_row()
        for i, v in enumerate(row):
            if ri == 1 and i == 2:
                continue  # filled by the vertical merge with row 1
            cell_text(r.cells[i], v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else None)
    # vertical merge of 责任单位 for items 1 and 2
    a = t.cell(1, 2)
    b = t.cell(2, 2)
    m = a.merge(b)
    # keep only the first paragraph (merge appends the empty one)
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    col_widths(t, [1.4, 8.0, 3.8, 2.4])
    blank(doc)
    para(doc, CQ_CLOSE)
    para(doc, CQ_CONTACT)
    blank(doc)
    p = para(doc, "附件：1." + CQ_ATT[0])
    p = para(doc, "\u3000\u3000\u3000" + "2." + CQ_ATT[1])
    blank(doc, 3)
    p = para(doc, CQ_ORG, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, CQ_DATE, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    banji(doc, [CQ_CC], CQ_PRINTER, CQ_DATE)
    path = os.path.join(HERE, "blind466_chongqing_jiyao.docx")
    doc.save(path)
    convert(path)

    clauses = ["%s：%s" % (k, v) for _, k, v in CQ_HEAD]
    clauses.append(CQ_INTRO)
    clauses.append("一、" + CQ_1_H + CQ_1_B)
    clauses.append("二、" + CQ_2_H + CQ_2_B)
    clauses += [h + b for h, b in CQ_3]
    clauses.append(CQ_4_INTRO)
    clauses += [row_clause(CQ_COLS, r) for r in CQ_ROWS]
    clauses += [CQ_CLOSE, CQ_CONTACT]
    return clauses


def main():
    xm_meta = {
        "title": XM_TITLE_1 + XM_TITLE_2,
        "doc_number": XM_NO,
        "issuer": [XM_ORG],
        "date": "2025-12-08",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    xm = make_xiamen()
    xt = make_xiamen_txt()
    cq = make_chongqing()
    cq_meta = {
        "title": CQ_TITLE,
        "doc_number": CQ_NO,
        "issuer": [CQ_ORG],
        "date": "2026-01-19",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": CQ_ATT,
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    expected = {
        "blind466_xiamen_jiyao": [{"meta": xm_meta, "clauses": xm}],
        "blind466_xiamen_jiyaowenben": [{"meta": copy.deepcopy(xm_meta), "clauses": xt}],
        "blind466_chongqing_jiyao": [{"meta": cq_meta, "clauses": cq}],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
