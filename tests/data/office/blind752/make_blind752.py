# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 752: 督办通知（省政府办公厅 / 市委督查室）关于“一带一路”、自贸区重点任务落实情况.

Writes blind752_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
RED = RGBColor(0xFF, 0x00, 0x00)
Q = "\u3000"  # full-width space

expected = {}


# ------------------------------------------------------------------ helpers
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def par(doc, runs, **kw):
    """runs: plain str or list of (text, font, size, bold[, color[, scale]])."""
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _fld(fp, instr, name, size):
    def r():
        x = fp.add_run()
        font(x, name, size)
        return x
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r()._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                            % (nsdecls("w"), instr)))
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r()._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, dash="— ", dash2=" —"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
    _fld(fp, "PAGE", SONG, 14)
    font(fp.add_run(dash2), SONG, 14)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    tblpr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        for el in tblpr.findall(qn(tag)):
            tblpr.remove(el)
    tblw = parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                     % (nsdecls("w"), int(Cm(sum(widths_cm)).twips)))
    after_w = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
               "w:tblLayout", "w:tblCellMar", "w:tblLook")
    nxt = [el for el in tblpr if el.tag in [qn(x) for x in after_w]]
    if nxt:
        nxt[0].addprevious(tblw)
    else:
        tblpr.append(tblw)
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    nxt = [el for el in tblpr if el.tag in [qn(x) for x in ("w:tblCellMar", "w:tblLook")]]
    if nxt:
        nxt[0].addprevious(lay)
    else:
        tblpr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, size=14):
    empty(doc, 2)
    p = par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                   (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_752", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================== A
def doc_fujian():
    """省政府办公厅 文件式 督办通知, 急件, 附件1 清单 (类别列纵向合并, 表头重复), 附件2."""
    stem = "blind752_fujian_ftz"
    doc = Document()
    setup(doc)
    clauses = []

    par(doc, [("急件", HT, 16, False)], indent=False)
    par(doc, [("福建省人民政府办公厅文件", XBS, 36, False, RED, 80)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=40)
    empty(doc, 1)
    p = par(doc, "闽政办督〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken at odd places
    for t in ("福建省人民政府办公厅关于中国（福建）自由",
              "贸易试验区提升战略2026年重点任务落实",
              "情况的督办通知"):
        par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    par(doc, "福州市人民政府、厦门市人民政府，平潭综合实验区管委会，省发展改革委、省商务厅、"
             "省财政厅、省交通运输厅、省人力资源社会保障厅、省台港澳办、省地方金融管理局，"
             "人民银行福建省分行，福州海关、厦门海关，省港口集团：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实《中国（福建）自由贸易试验区提升战略实施方案》和省委、省政府关于"
         "高质量建设21世纪海上丝绸之路核心区的决策部署，推动自贸试验区重点任务落地见效，"
         "根据省政府领导批示要求，省政府办公厅对2026年自贸试验区提升战略重点任务开展专项督办。"
         "现将有关事项通知如下：")
    head("一、督办事项")
    body("此次督办重点任务共10项，涉及制度创新、对台融合、海丝通道、金融开放4个方面，具体详见附件1。"
         "各责任单位要对照督办事项清单，逐项细化工作措施，明确责任人和时间节点，确保按期完成。")
    head("二、反馈要求")
    runin("（一）按期书面反馈。", "各责任单位请于2026年5月15日前将督办事项阶段性进展情况书面反馈省政府办公厅"
          "（督查室），同时报送电子版；此后每季度末月25日前报送一次，直至督办事项办结。")
    runin("（二）规范反馈内容。", "反馈材料须经单位主要负责同志审签并加盖公章，内容包括工作进展、取得成效、"
          "存在问题、下一步措施等，文字力求简明扼要，一般不超过2000字，格式要求详见附件2。")
    runin("（三）如实反映问题。", "对因客观原因确实无法按期完成的事项，责任单位要在反馈时书面说明原因，"
          "提出整改措施和完成时限，不得迟报、漏报、瞒报。")
    head("三、工作要求")
    body("1．压实工作责任。各牵头单位主要负责同志要亲自研究部署，对督办事项负总责；配合单位要主动对接、"
         "密切协作，形成工作合力。")
    body("2．强化跟踪问效。省政府办公厅（督查室）将会同省商务厅（省自贸办）采取实地督查、随机抽查、"
         "第三方评估等方式跟踪督办事项落实情况，对工作推进有力、成效明显的，在全省通报表扬；"
         "对工作进展缓慢、推诿扯皮的，按规定予以通报、约谈。")
    body("3．做好衔接联系。省政府办公厅（督查室）联系人：林晓峰，电话（传真）：0591-87063215。")
    empty(doc, 1)
    par(doc, "附件：1．中国（福建）自由贸易试验区提升战略2026年重点任务督办事项清单")
    par(doc, Q * 5 + "2．督办事项书面反馈材料格式要求")
    empty(doc, 2)
    p = par(doc, "福建省人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = par(doc, "2026年4月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    par(doc, "（此件主动公开）")

    # ---------------- 附件1 (own page)
    page_break(doc)
    par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    par(doc, [("中国（福建）自由贸易试验区提升战略2026年", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    par(doc, [("重点任务督办事项清单", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "任务类别", "督办事项", "责任单位", "完成时限", "进展情况"]
    rows = [
        ["1", "制度创新", "对接《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，形成首批15项压力测试事项清单并组织实施",
         "省商务厅（省自贸办），各片区管委会", "2026年6月底前", "已梳理形成压力测试事项初步清单23项，正在征求省直有关部门意见"],
        ["2", "制度创新", "新形成制度创新成果30项以上，其中全国首创不少于8项",
         "各片区管委会，省商务厅（省自贸办）", "2026年12月底前", "一季度新形成制度创新成果9项，其中全国首创2项"],
        ["3", "制度创新", "推动“自贸试验区+综合保税区”联动发展，开展保税维修、再制造等新业态试点",
         "福州海关、厦门海关，各片区管委会", "2026年9月底前", "厦门片区2家企业保税维修项目已获批，福州片区项目正在审批"],
        ["4", "对台融合", "深化闽台产业合作，推动台资企业在自贸试验区设立研发中心、区域总部",
         "省台港澳办、省商务厅，各片区管委会", "2026年12月底前", "新引进台资研发中心3家，正在洽谈区域总部项目2个"],
        ["5", "对台融合", "扩大对台职业资格采认范围，新增采认职业（工种）10个",
         "省人力资源社会保障厅，平潭综合实验区管委会", "2026年8月底前", "已完成新增采认职业（工种）目录初稿，拟于5月报省政府审定"],
        ["6", "海丝通道", "加密“丝路海运”航线，新开通至东盟、中东等地区集装箱航线5条",
         "省交通运输厅、省港口集团，福州市人民政府、厦门市人民政府", "2026年10月底前", "已新开通厦门—吉达、福州—胡志明航线2条"],
        ["7", "海丝通道", "推进中欧（厦门）班列与“丝路海运”海铁联运，年开行中欧班列200列以上",
         "厦门市人民政府，省发展改革委", "2026年12月底前", "1—3月累计开行46列，同比增长12.2%"],
        ["8", "海丝通道", "建设“丝路电商”合作先行区福建协同平台，培育跨境电商海外仓10个",
         "省商务厅，各设区市人民政府", "2026年11月底前", "平台建设方案已印发，新培育海外仓3个"],
        ["9", "金融开放", "扩大跨境贸易投资高水平开放试点范围，新增试点银行4家",
         "人民银行福建省分行", "2026年7月底前", "已完成首批2家银行评估工作"],
        ["10", "金融开放", "推动本外币合一银行结算账户体系试点在自贸试验区扩面",
         "人民银行福建省分行，省地方金融管理局", "2026年9月底前", "正在制定扩面实施方案"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 5) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.0, 1.5, 4.7, 3.0, 2.0, 3.8])
    # vertically merged 任务类别 column
    groups = {}
    for ri, row in enumerate(rows, 1):
        groups.setdefault(row[1], []).append(ri)
    for name, idx in groups.items():
        top = t.cell(idx[0], 1)
        if len(idx) > 1:
            top = top.merge(t.cell(idx[-1], 1))
        cell_text(top, name, FS, 12)
    p = par(doc, [("注：1．责任单位中排在第一位的为牵头单位。", KT, 12, False)], indent=False, line=20,
            before=6)
    clauses.append("注：1．责任单位中排在第一位的为牵头单位。")
    p = par(doc, [(Q * 2 + "2．完成时限为最终完成时间，阶段性进展按季度反馈。", KT, 12, False)],
            indent=False, line=20)
    clauses.append("2．完成时限为最终完成时间，阶段性进展按季度反馈。")

    # ---------------- 附件2 (own page)
    page_break(doc)
    par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    par(doc, [("督办事项书面反馈材料格式要求", XBS, 22, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("一、标题统一为“××单位关于中国（福建）自由贸易试验区提升战略2026年重点任务督办事项落实情况的报告”。")
    body("二、正文按督办事项清单序号逐项反馈，每项包括工作进展、取得成效、存在问题和下一步措施，"
         "已办结事项注明办结时间并附佐证材料。")
    body("三、反馈材料使用A4纸，正文使用3号仿宋_GB2312字体，一级标题使用3号黑体字体，行距固定值28磅。")
    body("四、纸质材料一式2份报送省政府办公厅（督查室），电子版通过省政府办公业务资源网同步报送。")

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。",
          "福建省人民政府办公厅", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省人民政府办公厅关于中国（福建）自由贸易试验区提升战略2026年重点任务落实情况的督办通知",
            "doc_number": "闽政办督〔2026〕7号",
            "issuer": ["福建省人民政府办公厅"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（福建）自由贸易试验区提升战略2026年重点任务督办事项清单",
                            "督办事项书面反馈材料格式要求"],
            "doc_type": "通知",
            "recipients": ["福州市人民政府", "厦门市人民政府", "平潭综合实验区管委会", "省发展改革委",
                           "省商务厅", "省财政厅", "省交通运输厅", "省人力资源社会保障厅", "省台港澳办",
                           "省地方金融管理局", "人民银行福建省分行", "福州海关", "厦门海关", "省港口集团"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================== B
def doc_ningbo():
    """市委督查室 + 市政府督查室 联合督办通知, 特急, 表头在无框表格里, 续表, 中文数字日期."""
    stem = "blind752_ningbo_ydyl"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1)
    # joint 版头: two organ names stacked, 文件 on the right (borderless layout table)
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, name in enumerate(("中共宁波市委督查室", "宁波市人民政府督查室")):
        c = ht.cell(r, 0)
        c.text = ""
        pp = c.paragraphs[0]
        font(pp.add_run(name), XBS, 30, False, RED, 90)
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing = Pt(44)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.text = ""
    pp = m.paragraphs[0]
    font(pp.add_run("文件"), XBS, 40, False, RED)
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(ht, [11.0, 3.6])
    empty(doc, 1)
    p = par(doc, "甬督〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph with manual line breaks at odd places
    p = doc.add_paragraph()
    parts = ["关于对全市高质量参与共建“一带一路”", "2026年重点任务落实情况开展专项", "督办的通知"]
    for i, s in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(s), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    par(doc, "各区（县、市）党委和人民政府，市直及部属驻甬有关单位：", indent=False)

    IND = Q * 2  # indent typed with full-width spaces

    def body(t):
        clauses.append(t)
        par(doc, IND + t, indent=False)

    def head(t):
        par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("按照市委、市政府主要领导批示要求，为推动我市高质量参与共建“一带一路”、建设“一带一路”"
         "重要枢纽城市各项重点任务落地见效，经市委、市政府同意，市委督查室、市政府督查室决定对2026年度"
         "“一带一路”重点任务落实情况开展专项督办。现将有关事项通知如下：")
    head("一、督办内容")
    body("此次专项督办聚焦宁波舟山港国际枢纽港建设、中国（浙江）自由贸易试验区宁波片区制度创新、"
         "中国—中东欧国家经贸合作示范区建设等方面，共确定督办事项8项（见下表）。")
    par(doc, [("2026年高质量参与共建“一带一路”重点任务督办事项清单", HT, 14, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    header = ["序号", "督办事项", "责任单位", "完成时限", "进展情况"]
    rows = [
        ["1", "宁波舟山港集装箱吞吐量达到4200万标准箱，新增“一带一路”沿线国家航线8条",
         "宁波舟山港集团，市交通局", "2026年12月底前", "1—2月完成集装箱吞吐量652.4万标准箱，同比增长7.9%；新增航线2条"],
        ["2", "海铁联运业务量突破200万标准箱，新增内陆无水港2个",
         "市交通局，宁波舟山港集团", "2026年12月底前", "1—2月完成海铁联运箱量27.3万标准箱；新增内陆无水港已完成选址"],
        ["3", "推进中国（浙江）自由贸易试验区宁波片区油气全产业链开放发展，保税燃料油加注量突破100万吨",
         "宁波片区管委会（北仑区），市商务局，宁波海关", "2026年12月底前", "1—2月保税燃料油加注量14.6万吨，同比增长10.3%"],
        ["4", "高标准筹办2026年中国—中东欧国家经贸合作系列活动，新增中东欧商品常年馆2个",
         "市商务局，市贸促会", "2026年6月底前", "活动总体方案已报市政府审定"],
        ["5", "深化中国—中东欧国家经贸合作示范区建设，全年自中东欧国家进口额增长15%以上",
         "市商务局，宁波海关", "2026年12月底前", "1—2月自中东欧国家进口额8.7亿元，同比增长16.2%"],
        ["6", "新增境外经贸合作区或海外仓5个，支持企业在东南亚、中东布局生产基地",
         "市商务局，市发展改革委", "2026年11月底前", "新增海外仓1个，2个境外园区项目正在办理境外投资备案"],
        ["7", "推进跨境人民币结算便利化，全市跨境人民币结算量增长20%以上",
         "人民银行宁波市分行，市委金融办", "2026年12月底前", "已将12家企业纳入优质企业跨境人民币结算便利化名单"],
        ["8", "建设“一带一路”法律服务中心，引进境外知名律师事务所代表机构2家",
         "市司法局，宁波片区管委会（北仑区）", "2026年9月底前", "中心选址已确定，正在开展装修设计"],
    ]
    widths = [1.0, 5.0, 3.1, 2.2, 4.3]

    def table(chunk):
        t = doc.add_table(rows=1 + len(chunk), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(chunk, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[ri].cells[ci], v, FS, 12, align=al)
            clauses.append(row_clause(header, row))
        col_widths(t, widths)
        return t

    table(rows[:4])
    # clerk split the table by hand and typed 续表 with the header again
    p = par(doc, [("续表", KT, 12, False)], indent=False, line=22)
    table(rows[4:])
    par(doc, [("注：进展情况截至2026年2月底，由各责任单位报送。", KT, 12, False)],
        indent=False, line=20, before=4)
    clauses.append("注：进展情况截至2026年2月底，由各责任单位报送。")
    head("二、反馈要求")
    body("1.各牵头单位要对照督办事项，抓紧制定具体推进计划，于3月20日前书面报送市委督查室、市政府督查室。")
    body("2.自4月起，各牵头单位于每月5日前书面反馈上月督办事项进展情况；已办结的事项，要及时报送办结报告"
         "并附相关佐证材料。")
    body("3.反馈材料须经单位主要负责同志签字并加盖公章，纸质件报送至市委督查室（市行政中心1号楼1318室），"
         "电子件通过浙政钉发送（联系人：市委督查室张伟，电话87189026；市政府督查室王丽君，电话89186235）。")
    head("三、有关要求")
    runin("（一）高度重视，压实责任。", "各区（县、市）、各有关单位要把督办事项作为当前工作的重中之重，"
          "主要负责同志亲自抓，分管负责同志具体抓，确保各项任务按时保质完成。")
    runin("（二）强化协同，合力推进。", "涉及多个责任单位的事项，牵头单位要加强统筹协调，配合单位要积极主动支持，"
          "不得推诿扯皮。")
    runin("（三）严格督查，跟踪问效。", "市委督查室、市政府督查室将会同市“一带一路”建设工作领导小组办公室"
          "适时开展实地督查，督办结果纳入年度综合考评。对工作推进不力、进度严重滞后的，将按有关规定予以通报问责。")
    empty(doc, 3)
    # 联合落款 aligned with tabs, date in Chinese numerals centred under the pair
    p = par(doc, [("\t中共宁波市委督查室\t宁波市人民政府督查室", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    p = par(doc, [("\t二〇二六年三月十二日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.4))
    banji(doc, "抄送：市委办公厅，市政府办公厅，市“一带一路”建设工作领导小组办公室。",
          "中共宁波市委督查室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于对全市高质量参与共建“一带一路”2026年重点任务落实情况开展专项督办的通知",
            "doc_number": "甬督〔2026〕11号",
            "issuer": ["中共宁波市委督查室", "宁波市人民政府督查室"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（县、市）党委和人民政府", "市直及部属驻甬有关单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================== C
def doc_chongqing():
    """省级（直辖市）政府办公厅 信函式 再督办通知, 急件, 横排附件表格, 两级表头."""
    stem = "blind752_chongqing_zaiduban"
    doc = Document()
    setup(doc)
    clauses = []

    par(doc, [("急 件", HT, 16, False)], indent=False)
    p = par(doc, [("重庆市人民政府办公厅", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=20)
    border(p, "bottom", "FF0000", 36, 10, val="thickThinSmallGap")
    p = par(doc, "渝府办督〔2026〕23号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    par(doc, [("重庆市人民政府办公厅关于对中国（重庆）自由贸易试验区和西部陆海新通道建设"
               "一季度滞后事项进行再督办的通知", XBS, 22, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    par(doc, "两江新区管委会，西部科学城重庆高新区管委会，沙坪坝区人民政府，市商务委、市交通运输委、"
             "市委金融办，人民银行重庆市分行，重庆海关，陆海新通道运营有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    body("按照《重庆市人民政府办公厅关于中国（重庆）自由贸易试验区和西部陆海新通道建设2026年重点任务督办的通知》"
         "（渝府办督〔2026〕6号）要求，各责任单位已按时报送一季度进展情况。经梳理汇总，列入督办的26项重点任务中，"
         "已完成或序时推进19项，进度滞后7项。根据市政府主要领导批示要求，现对7项滞后事项进行再督办，"
         "有关事项通知如下。")
    head("一、滞后事项主要问题")
    body("从反馈情况看，滞后事项主要存在以下问题：一是部分项目前期工作推进缓慢，用地、环评等要件办理周期较长；"
         "二是部门间协调联动不够，个别事项存在“等靠要”思想；三是部分责任单位对照目标任务细化分解不到位，"
         "阶段性节点不清晰。")
    head("二、整改和反馈要求")
    t1 = ("（一）逐项制定整改措施。各责任单位要对照滞后事项清单（见附件），逐项分析原因，制定整改措施，"
          "明确完成时限和责任人，于2026年5月20日前书面报送市政府办公厅（联系人:陈思远,电话:023-63896571）。")
    t2 = ("（二）实行销号管理。滞后事项实行“一月一报告、办结即销号”，各责任单位于每月25日前书面反馈进展情况，"
          "直至事项办结。市政府办公厅将对进度仍然滞后的事项进行挂牌督办。")
    t3 = ("（三）严肃督办问责。再督办事项落实情况纳入市政府年度督查激励和部门绩效考核。对连续两次督办仍无"
          "实质性进展的，将提请市政府约谈责任单位主要负责同志。")
    for t in (t1, t2, t3):
        body(t)
    par(doc, "附件：中国（重庆）自由贸易试验区和西部陆海新通道建设一季度滞后事项再督办清单", indent=False,
        first=Pt(32), before=14)
    empty(doc, 1)
    p = par(doc, "\t重庆市人民政府办公厅", indent=False)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
    p = par(doc, "\t2026年5月8日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.4))

    # ---------------- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    par(doc, [("附件", HT, 16, False)], indent=False)
    par(doc, [("中国（重庆）自由贸易试验区和西部陆海新通道建设", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    par(doc, [("一季度滞后事项再督办清单", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    top = ["序号", "督办事项", "责任单位", "完成时限", "进展情况"]
    sub = ["一季度进展", "滞后原因"]
    keys = top[:4] + ["进展情况／" + s for s in sub]
    rows = [
        ["1", "推进西部陆海新通道重庆主枢纽扩能，完成团结村铁路集装箱中心站三期工程主体建设",
         "沙坪坝区人民政府，陆海新通道运营有限公司", "2026年10月底前", "完成工程量的18%，计划为30%",
         "征地拆迁进度滞后，部分地块尚未交付"],
        ["2", "西部陆海新通道铁海联运班列开行量同比增长15%以上", "市交通运输委，陆海新通道运营有限公司",
         "2026年12月底前", "一季度开行2136列，同比增长6.8%", "境外港口集疏运能力受限，部分货源分流"],
        ["3", "中欧班列（成渝）重庆方向开行量达到2800列", "市交通运输委，沙坪坝区人民政府",
         "2026年12月底前", "一季度开行512列，完成年度目标的18.3%", "回程货源组织不足，境外段运力紧张"],
        ["4", "自贸试验区新形成制度创新成果20项，其中向全国复制推广2项",
         "市商务委，两江新区管委会，西部科学城重庆高新区管委会", "2026年12月底前", "一季度新形成制度创新成果2项",
         "创新事项储备不足，部门协同推进机制不健全"],
        ["5", "推进“陆海新通道+跨境金融”创新，开展铁路运输单证物权化试点业务金额10亿元",
         "人民银行重庆市分行，市委金融办", "2026年11月底前", "累计办理试点业务1.6亿元",
         "参与企业和金融机构积极性不高，配套规则有待完善"],
        ["6", "建成两江新区跨境电商公共海外仓服务平台并上线运行", "两江新区管委会，市商务委",
         "2026年6月底前", "平台系统开发完成60%", "平台承建单位招标延期"],
        ["7", "果园港国家物流枢纽新增国际中转集拼业务，年集拼量达到5万标准箱", "两江新区管委会，重庆海关",
         "2026年9月底前", "尚未开展实际业务", "海关监管场所改造方案未获批复"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(4):
        c = t.cell(0, i).merge(t.cell(1, i))
        cell_text(c, top[i], HT, 12)
    c = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(c, top[4], HT, 12)
    cell_text(t.cell(1, 4), sub[0], HT, 12)
    cell_text(t.cell(1, 5), sub[1], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4, 5) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append(row_clause(keys, row))
    col_widths(t, [1.2, 6.4, 4.4, 2.6, 3.9, 3.9])
    par(doc, [("注：进展情况和滞后原因根据各责任单位一季度书面反馈材料整理。", KT, 12, False)],
        indent=False, line=20, before=6)
    clauses.append("注：进展情况和滞后原因根据各责任单位一季度书面反馈材料整理。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市人民政府办公厅关于对中国（重庆）自由贸易试验区和西部陆海新通道建设一季度滞后事项进行再督办的通知",
            "doc_number": "渝府办督〔2026〕23号",
            "issuer": ["重庆市人民政府办公厅"],
            "date": "2026-05-08",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": ["中国（重庆）自由贸易试验区和西部陆海新通道建设一季度滞后事项再督办清单"],
            "doc_type": "通知",
            "recipients": ["两江新区管委会", "西部科学城重庆高新区管委会", "沙坪坝区人民政府", "市商务委",
                           "市交通运输委", "市委金融办", "人民银行重庆市分行", "重庆海关", "陆海新通道运营有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_ningbo(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
