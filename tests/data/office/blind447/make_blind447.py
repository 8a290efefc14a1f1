# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 447: 片区年度工作要点（党工委 + 管委会联合印发）."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = ("BR",)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None, scale=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        sz = rpr.find(qn("w:sz"))
        sz.addprevious(w)


def add_p(container, segs, align=None, indent=True, line=28, before=0, after=0,
          left=None, hanging=None, keep=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if keep:
        pf.keep_with_next = True
    for s in segs:
        if s == BR:
            r = p.add_run()
            r.add_break()
            continue
        text, font, size = s[0], s[1], s[2]
        bold = s[3] if len(s) > 3 else False
        color = s[4] if len(s) > 4 else None
        scale = s[5] if len(s) > 5 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color, scale)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        add_p(container, [], indent=False, line=line)


def border(p, side, color="FF0000", sz=12, space=1):
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


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin = Cm(2.8)
        section.bottom_margin = Cm(2.6)
        section.left_margin = Cm(3.5)
        section.right_margin = Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.5)


def add_page_number(section, style="dash"):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if style == "dash" else ("－", "－")
    r = p.add_run(left)
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = p.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, SONG, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)
    r = p.add_run(right)
    set_font(r, SONG, 14)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    page_setup(doc.sections[0])
    return doc


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    # remove extra paragraphs left over from merges
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def task_table(doc, rows, merge_cols, widths):
    """rows: list of dicts (序号, 工作任务, 具体举措, 牵头单位, 完成时限).
    merge_cols: column indexes whose runs of equal consecutive values are
    merged vertically (the value is written once in the merged cell)."""
    cols = ["序号", "工作任务", "具体举措", "牵头单位", "完成时限"]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, c in enumerate(cols):
        cell_text(hdr.cells[i], c, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merges first
    for ci in merge_cols:
        key = cols[ci]
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][key] == rows[i][key]:
                j += 1
            if j > i:
                t.cell(1 + i, ci).merge(t.cell(1 + j, ci))
            i = j + 1
    written = []
    for ri, r in enumerate(rows):
        for ci, c in enumerate(cols):
            cell = t.cell(1 + ri, ci)
            if any(cell._tc is x for x in written):
                continue
            written.append(cell._tc)
            al = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(cell, r[c], align=al)
    return t


def row_clause(r):
    return "；".join("%s：%s" % (k, r[k]) for k in ["序号", "工作任务", "具体举措", "牵头单位", "完成时限"])


def add_auto_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    # the list level carries the indent; drop the direct one
    p.paragraph_format.first_line_indent = None
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_447", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ====================================================================
# Document 1: 福州片区 — 印发通知 + 工作要点 + 附件任务分解表
# ====================================================================
FZ_DW = "中共中国（福建）自由贸易试验区福州片区工作委员会"
FZ_GW = "中国（福建）自由贸易试验区福州片区管理委员会"
FZ_YD_TITLE = "中国（福建）自由贸易试验区福州片区2026年工作要点"
FZ_ATT_TITLE = "中国（福建）自由贸易试验区福州片区2026年重点任务分解表"

FZ_SECTIONS = [
    ("一、深化制度型开放，打造改革创新高地", [
        ("对标高标准经贸规则开展先行先试。",
         "围绕货物贸易、服务贸易、数字贸易、知识产权保护等领域，梳理形成第三批对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则试点事项清单，全年推动落地试点事项不少于10项。",
         "（牵头单位：片区改革创新局；配合单位：片区经济发展局、马尾海关、福州片区市场监管分局）"),
        ("深化制度创新成果培育。",
         "建立制度创新项目“储备—培育—评估—推广”全流程管理机制，全年形成制度创新成果15项以上，力争2项以上入选全国或全省复制推广案例。",
         "（牵头单位：片区改革创新局；配合单位：片区各部门）"),
        ("推进首创性差别化改革探索。",
         "围绕船舶、海洋经济、数字经济等特色领域，重点推进三项改革：①开展国际船舶登记制度创新，争取扩大“中国福州”船籍港登记船舶范围；②探索海洋渔业资源交易规则；③试行数据资产登记与评估。",
         "（牵头单位：片区改革创新局；配合单位：片区经济发展局、福州海事局马尾海事处）"),
        ("落实外商投资准入前国民待遇加负面清单管理制度。",
         "严格执行《自由贸易试验区外商投资准入特别管理措施（负面清单）》，清单之外领域按照内外资一致原则实施管理，全面落实外商投资信息报告制度。",
         "（牵头单位：片区招商服务局；配合单位：片区行政审批局、福州片区市场监管分局）"),
        ("深化“证照分离”改革。",
         "在片区全面实施涉企经营许可事项全覆盖清单管理，推行告知承诺制审批事项扩面，企业开办全流程时间压缩至1个工作日以内。",
         "（牵头单位：片区行政审批局；配合单位：福州片区市场监管分局）"),
        ("推进“一业一证”改革扩面。",
         "在餐饮、便利店、药店等20个行业基础上，新增跨境电商、冷链物流等5个以上行业，实现“一证准营”。",
         "（牵头单位：片区行政审批局）"),
        ("开展改革试点评估。",
         "委托第三方机构对2025年度制度创新成果开展实施成效评估，形成评估报告，评估结果作为年度绩效考评的重要依据。",
         "（牵头单位：片区改革创新局；配合单位：片区党政办公室）"),
    ]),
    ("二、推进贸易投资便利化，提升开放型经济能级", [
        ("提升通关便利化水平。",
         "深化“提前申报”“两步申报”“船边直提”“抵港直装”等改革，进口、出口整体通关时间分别较2025年压缩10%以上。",
         "（牵头单位：马尾海关；配合单位：片区经济发展局、福州港务集团）"),
        ("推动国际贸易“单一窗口”功能拓展。",
         "在国家标准版基础上，拓展跨境电商、服务贸易、口岸物流等地方特色功能模块，主要申报业务应用率保持100%。",
         "（牵头单位：片区经济发展局；配合单位：马尾海关、福州电子口岸公司）"),
        ("做大跨境电商产业规模。",
         "支持跨境电商企业建设公共海外仓，拓展“跨境电商+产业带”模式，全年跨境电商进出口额增长15%以上。重点抓好：①推动9610、9710、9810等模式常态化运作；②培育年交易额超亿元的跨境电商龙头企业3家以上；③建设跨境电商人才实训基地1个。",
         "（牵头单位：片区经济发展局；配合单位：马尾海关、片区招商服务局）"),
        ("推动福州综合保税区高质量发展。",
         "推进保税研发、保税维修、保税检测等新业态发展，争取综合保税区绩效评估等级提升至A类，全年实现进出口额增长10%。",
         "（牵头单位：福州综合保税区管理局；配合单位：马尾海关、片区经济发展局）"),
        ("发展服务贸易和数字贸易。",
         "培育数字内容、软件信息、检验检测等服务贸易重点企业，推动服务贸易进出口额突破50亿元，申报省级服务贸易创新发展示范项目2个以上。",
         "（牵头单位：片区经济发展局；配合单位：片区招商服务局）"),
        ("强化外资招引。",
         "聚焦新能源、新材料、生物医药、海洋经济等产业链，开展“福州片区全球行”专题招商活动6场以上，全年新设外商投资企业80家以上，实际使用外资增长8%以上。",
         "（牵头单位：片区招商服务局；配合单位：片区经济发展局、片区各功能区）"),
        ("优化外商投资服务。",
         "完善外商投资企业圆桌会议制度，每季度至少召开1次，建立外资企业诉求“收集—交办—反馈”闭环机制，诉求办结率达到100%。",
         "（牵头单位：片区招商服务局；配合单位：片区行政审批局）"),
        ("推进跨境金融服务创新。",
         "支持银行机构开展跨境人民币结算便利化试点，推动经常项目资金收付便利化、资本项目收入支付便利化政策扩面，全年跨境人民币结算量增长12%以上。",
         "（牵头单位：片区金融服务局；配合单位：中国人民银行福州市分行、国家外汇管理局福建省分局）"),
    ]),
    ("三、深度融入共建“一带一路”，拓展国际合作空间", [
        ("建设海上丝绸之路核心区重要节点。",
         "深化与东盟、中东、非洲等共建“一带一路”国家港口、航运企业合作，新开通外贸集装箱航线3条以上，江阴港区集装箱吞吐量力争突破200万标箱。",
         "（牵头单位：片区经济发展局；配合单位：福州港口发展中心、福州港务集团）"),
        ("推动中欧班列（福州）稳定开行。",
         "拓展“海铁联运+中欧班列”国际物流通道，全年开行班列30列以上，回程班列占比提高至30%。",
         "（牵头单位：片区经济发展局；配合单位：中国铁路南昌局集团有限公司福州货运中心、马尾海关）"),
        ("深化“丝路海运”合作。",
         "推动更多航线加入“丝路海运”联盟，提升“丝路海运”命名航线服务标准，探索“丝路海运”与“丝路电商”融合发展。",
         "（牵头单位：片区经济发展局；配合单位：福州港务集团）"),
        ("拓展“丝路电商”合作。",
         "举办“丝路电商”对接会2场以上，支持企业在共建“一带一路”国家布局海外仓、展示中心，新增海外仓面积5万平方米。",
         "（牵头单位：片区经济发展局；配合单位：片区招商服务局）"),
        ("推进中国—印度尼西亚“两国双园”合作。",
         "深化与印度尼西亚民丹工业园联动发展，推动棕榈油、燕窝、水产品等特色产品进口加工，全年园区新增项目10个以上。",
         "（牵头单位：片区招商服务局；配合单位：元洪投资区管委会、马尾海关）"),
        ("加强境外经贸合作。",
         "引导片区企业有序“走出去”，建立境外投资项目库，为企业提供法律、税务、风险预警等“一站式”服务，全年新增境外投资备案项目15个。",
         "（牵头单位：片区经济发展局；配合单位：片区金融服务局）"),
        ("举办国际经贸交流活动。",
         "积极组织企业参加进博会、广交会、“9·8”投洽会等重要展会，举办“一带一路”国际经贸合作交流活动2场以上。",
         "（牵头单位：片区招商服务局；配合单位：片区经济发展局）"),
    ]),
    ("四、深化闽台融合发展，建设两岸融合发展示范区", [
        ("推进两岸经贸合作。",
         "落实支持台资企业高质量发展措施，全年新增台资企业50家以上，推动台湾地区职业资格采认范围扩大至80项以上。",
         "（牵头单位：片区对台事务局；配合单位：片区人力资源局）"),
        ("深化闽台产业融合。",
         "聚焦集成电路、精密机械、生物科技等领域，推动两岸产业链供应链对接合作，培育台资龙头企业5家。",
         "（牵头单位：片区对台事务局；配合单位：片区招商服务局、片区经济发展局）"),
        ("推进两岸标准共通。",
         "围绕电子信息、食品、中医药等领域，推动两岸共同标准制定和应用，全年新增两岸标准共通项目10项以上。",
         "（牵头单位：福州片区市场监管分局；配合单位：片区对台事务局）"),
        ("便利台胞在片区就业创业。",
         "完善台湾青年创业就业基地服务功能，全年吸引台湾青年来片区实习就业创业300人次以上，落实台胞“同等待遇”政策。",
         "（牵头单位：片区对台事务局；配合单位：片区人力资源局、团区工委）"),
        ("推进对台贸易便利化。",
         "优化对台小额商品交易市场功能，推动台湾农产品、食品快速通关，对台海运快件业务量增长20%。",
         "（牵头单位：马尾海关；配合单位：片区对台事务局、片区经济发展局）"),
        ("加强两岸金融合作。",
         "支持台资银行在片区设立分支机构，推动台资企业跨境融资便利化，探索开展新台币现钞兑换业务扩面。",
         "（牵头单位：片区金融服务局；配合单位：片区对台事务局）"),
        ("深化两岸社会文化交流。",
         "举办海峡两岸青年发展论坛、闽台文化周等交流活动，打造“两岸一家亲”品牌活动。",
         "（牵头单位：片区对台事务局；配合单位：片区党政办公室）"),
    ]),
    ("五、优化营商环境，增强产业集聚能力", [
        ("打造市场化法治化国际化一流营商环境。",
         "对标世界银行营商环境成熟度评估体系，开展营商环境提升行动，力争片区营商环境评价位居全省片区前列。",
         "（牵头单位：片区行政审批局；配合单位：片区各部门）"),
        ("完善涉外法律服务。",
         "推动福州片区国际商事调解中心实质运行，探索“调解+仲裁+诉讼”多元化纠纷解决机制，全年受理涉外商事纠纷100件以上。",
         "（牵头单位：片区党政办公室；配合单位：福州仲裁委员会、马尾区人民法院）"),
        ("强化知识产权保护。",
         "建设知识产权快速维权中心，开展知识产权海外纠纷应对指导，全年办理知识产权维权案件200件以上。",
         "（牵头单位：福州片区市场监管分局；配合单位：马尾海关）"),
        ("培育壮大主导产业。",
         "围绕新一代信息技术、新能源、新材料、海洋经济四大主导产业，实施重点产业链“链长制”，全年新增规模以上工业企业20家。",
         "（牵头单位：片区经济发展局；配合单位：片区招商服务局、片区各功能区）"),
        ("推进重点项目建设。",
         "全年安排重点项目120个、年度计划投资300亿元，重点推动三类项目：①产业类项目完成投资180亿元以上；②基础设施类项目完成投资80亿元以上；③社会民生类项目完成投资40亿元以上。",
         "（牵头单位：片区规划建设局；配合单位：片区经济发展局、片区各功能区）"),
        ("加强人才引育。",
         "落实“榕城人才”政策，推动境外人才执业备案制度，全年引进各类高层次人才200名以上。",
         "（牵头单位：片区人力资源局；配合单位：片区招商服务局）"),
    ]),
    ("六、加强党的建设，强化工作保障", [
        ("坚持党的全面领导。",
         "深入学习贯彻党的二十届四中全会精神，坚决落实中央和省委、市委关于自贸试验区建设的决策部署，片区党工委每季度至少专题研究1次自贸试验区建设工作。",
         "（牵头单位：片区党政办公室；配合单位：片区各部门）"),
        ("加强干部队伍建设。",
         "完善干部交流、轮岗和挂职锻炼机制，选派10名以上干部到海关、商务等部门跟班学习，提升干部专业化能力。",
         "（牵头单位：片区党工委组织部；配合单位：片区人力资源局）"),
        ("持续加强党风廉政建设。",
         "落实全面从严治党主体责任，加强对制度创新、招商引资、项目建设等重点领域廉政风险防控，营造风清气正的干事创业环境。",
         "（牵头单位：片区纪工委；配合单位：片区各部门）"),
        ("强化宣传推介。",
         "讲好福州片区开放故事，在中央、省级主流媒体刊发宣传报道100篇以上，编印制度创新案例汇编。",
         "（牵头单位：片区党政办公室；配合单位：片区改革创新局）"),
        ("强化督查考核。",
         "将年度工作要点落实情况纳入片区各部门绩效考评，实行月跟踪、季通报、年考评，对工作推进不力的单位予以通报。",
         "（牵头单位：片区党政办公室；配合单位：片区各部门）"),
    ]),
]

FZ_INTRO = [
    "2026年是“十五五”规划开局之年，是中国（福建）自由贸易试验区深化提升的关键之年。福州片区工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以制度创新为核心，以高水平对外开放为引领，聚焦服务共建“一带一路”和两岸融合发展，加快建设更高水平开放型经济新体制先行区。",
    "全年主要预期目标：片区新增企业8000家以上，其中外商投资企业80家以上；实际使用外资增长8%以上；外贸进出口额增长6%左右；形成制度创新成果15项以上。",
]

FZ_NOTICE_BODY = [
    "经片区党工委会议、管委会主任办公会研究同意，现将《中国（福建）自由贸易试验区福州片区2026年工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。",
    "各牵头单位要切实履行主体责任，对照任务分解表细化工作措施、明确时间节点，于每季度结束后5个工作日内将工作进展情况报送片区党政办公室（督查科）；配合单位要主动对接、协同推进，确保各项任务按期完成。",
    "（联系人：林晓燕，联系电话：0591-83991234）",
]


def fz_rows():
    spec = [
        ("对标高标准经贸规则开展先行先试", [
            ("梳理形成第三批对接高标准经贸规则试点事项清单", "片区改革创新局", "2026年4月底前"),
            ("推动落地试点事项不少于10项", "片区改革创新局", "2026年12月底前")]),
        ("做大跨境电商产业规模", [
            ("推动9610、9710、9810等模式常态化运作", "片区经济发展局", "持续推进"),
            ("培育年交易额超亿元的跨境电商龙头企业3家以上", "片区经济发展局", "2026年12月底前"),
            ("建设跨境电商人才实训基地1个", "片区经济发展局", "2026年9月底前")]),
        ("推动福州综合保税区高质量发展", [
            ("推进保税研发、保税维修、保税检测等新业态发展", "福州综合保税区管理局", "持续推进"),
            ("争取综合保税区绩效评估等级提升至A类", "福州综合保税区管理局", "2026年12月底前")]),
        ("推动中欧班列（福州）稳定开行", [
            ("全年开行班列30列以上", "片区经济发展局", "2026年12月底前"),
            ("回程班列占比提高至30%", "片区经济发展局", "2026年12月底前")]),
        ("推进中国—印度尼西亚“两国双园”合作", [
            ("推动棕榈油、燕窝、水产品等特色产品进口加工", "片区招商服务局", "持续推进"),
            ("园区新增项目10个以上", "片区招商服务局", "2026年12月底前")]),
        ("推进两岸经贸合作", [
            ("新增台资企业50家以上", "片区对台事务局", "2026年12月底前"),
            ("推动台湾地区职业资格采认范围扩大至80项以上", "片区对台事务局", "2026年6月底前")]),
        ("推进重点项目建设", [
            ("产业类项目完成投资180亿元以上", "片区规划建设局", "2026年12月底前"),
            ("基础设施类项目完成投资80亿元以上", "片区规划建设局", "2026年12月底前"),
            ("社会民生类项目完成投资40亿元以上", "片区规划建设局", "2026年12月底前")]),
    ]
    rows, n = [], 0
    for task, items in spec:
        for (m, lead, due) in items:
            n += 1
            rows.append({"序号": str(n), "工作任务": task, "具体举措": m, "牵头单位": lead, "完成时限": due})
    return rows


def make_fuzhou():
    doc = base_doc()
    sec0 = doc.sections[0]
    add_page_number(sec0, "dash")

    # ---- 版头: joint mark in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(12.2), Cm(3.4)])
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0]._p.getparent().remove(c0.paragraphs[0]._p)
    for name in (FZ_DW, FZ_GW):
        add_p(c0, [(name, XBS, 17, False, RED, 72)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
              indent=False, line=30)
    c1.paragraphs[0]._p.getparent().remove(c1.paragraphs[0]._p)
    add_p(c1, [("文件", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    c1.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc, 1)
    add_p(doc, [("榕自贸委〔2026〕5号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rl = add_p(doc, [], indent=False, line=12)
    border(rl, "bottom", "FF0000", 18)
    empty(doc, 1)

    # ---- title (three typed lines)
    for line in ("中共福州片区党工委　福州片区管委会",
                 "关于印发《中国（福建）自由贸易试验区",
                 "福州片区2026年工作要点》的通知"):
        add_p(doc, [(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_p(doc, [("片区各部门、各派驻机构，各国有企业：", FS, 16)], indent=False)
    for para in FZ_NOTICE_BODY:
        add_p(doc, [(para, FS, 16)])
    empty(doc, 2)
    # 落款: right aligned with trailing manual spaces
    add_p(doc, [(FZ_DW, FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_p(doc, [(FZ_GW + "  ", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_p(doc, [("2026年2月9日" + "        ", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    add_p(doc, [("（此件公开发布）", FS, 16)])

    # ---- 工作要点 on a new page
    pb = add_p(doc, [], indent=False)
    pb.runs  # noqa
    pb.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, [("中国（福建）自由贸易试验区福州片区", XBS, 22), BR, ("2026年工作要点", XBS, 22)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    for para in FZ_INTRO:
        add_p(doc, [(para, FS, 16)])

    clauses_yd = list(FZ_INTRO)
    n = 0
    soft = {10, 34}  # tasks whose 牵头单位 line is a soft line break, not a new paragraph
    for heading, tasks in FZ_SECTIONS:
        add_p(doc, [(heading, HT, 16)], keep=True)
        for head, body, resp in tasks:
            n += 1
            if n in soft:
                add_p(doc, [("%d." % n, FS, 16), (head, FS, 16, True), (body, FS, 16), BR, (resp, KT, 16)])
            else:
                add_p(doc, [("%d." % n, FS, 16), (head, FS, 16, True), (body, FS, 16)])
                add_p(doc, [(resp, KT, 16)])
            clauses_yd.append("%d.%s%s%s" % (n, head, body, resp))
    assert n == 40
    empty(doc, 1)
    add_p(doc, [("附件：" + FZ_ATT_TITLE, FS, 16)], indent=True)

    # ---- 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    add_p(doc, [("附件", HT, 16)], indent=False)
    empty(doc, 1, line=20)
    add_p(doc, [(FZ_ATT_TITLE, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    rows = fz_rows()
    task_table(doc, rows, merge_cols=[1], widths=[Cm(1.5), Cm(5.0), Cm(9.2), Cm(4.3), Cm(2.7)])
    clauses_yd += [row_clause(r) for r in rows]

    # ---- 版记 back in portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=False)
    empty(doc, 14)
    p = add_p(doc, [("抄送：福建省自贸办，福州市委办公厅、市政府办公厅，马尾区委、区政府。", FS, 14)],
              indent=False, left=14, hanging=0)
    p.paragraph_format.first_line_indent = None
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = add_p(doc, [("  福州片区党政办公室" + "　" * 8 + "2026年2月9日印发", FS, 14)], indent=False)
    border(p, "bottom", "000000", 8)

    out = os.path.join(HERE, "blind447_fuzhou_tongzhi.docx")
    doc.save(out)

    issuer = [FZ_DW, FZ_GW]
    expected = [
        {"meta": {
            "title": "中共福州片区党工委 福州片区管委会关于印发《中国（福建）自由贸易试验区福州片区2026年工作要点》的通知",
            "doc_number": "榕自贸委〔2026〕5号",
            "issuer": issuer,
            "date": "2026-02-09",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区福州片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各派驻机构", "各国有企业"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": list(FZ_NOTICE_BODY)},
        {"meta": {
            "title": FZ_YD_TITLE,
            "doc_number": None,
            "issuer": issuer,
            "date": "2026-02-09",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区福州片区",
            "effective": None,
            "expires": None,
            "attachments": [FZ_ATT_TITLE],
            "doc_type": "工作要点",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_yd},
    ]
    return out, expected


# ====================================================================
# Document 2: 郑州片区 — 工作要点直接成文（带文号、主送），Word 自动编号
# ====================================================================
ZZ_DW = "中共中国（河南）自由贸易试验区郑州片区工作委员会"
ZZ_GW = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_TITLE = "中国（河南）自由贸易试验区郑州片区2026年工作要点"
ZZ_ATT_TITLE = "郑州片区2026年重点工作任务分解表"

ZZ_SECTIONS = [
    ("一、聚焦制度创新，提升改革系统集成水平", [
        ("深入实施自贸试验区提升战略。",
         "对标国际高标准经贸规则，制定郑州片区实施自贸试验区提升战略三年行动方案，推动形成一批具有全国影响力的制度创新成果。",
         "（牵头单位：片区制度创新局；配合单位：片区各部门）"),
        ("强化制度创新成果产出。",
         "全年形成制度创新成果20项以上，其中在全省复制推广3项以上，力争1项以上入选国务院复制推广清单。",
         "（牵头单位：片区制度创新局）"),
        ("推进投资领域改革。",
         "深化商事登记确认制改革，推行“一照多址”“一证多址”，在片区范围内实现企业住所与经营场所分离登记。",
         "（牵头单位：片区政务服务局；配合单位：片区市场监管分局）"),
        ("深化“放管服”改革。",
         "推进“高效办成一件事”，重点推进：①企业信息变更、开办餐饮店等13个“一件事”集成办理；②涉企审批事项“全程网办”比例达到95%以上；③政务服务“好差评”差评整改率100%。",
         "（牵头单位：片区政务服务局；配合单位：片区各部门）"),
        ("推进监管制度创新。",
         "构建以信用为基础的新型监管机制，推行“信用+”分级分类监管，“双随机、一公开”抽查覆盖率达到100%。",
         "（牵头单位：片区市场监管分局）"),
        ("开展改革集成试点。",
         "在生物医药、智能终端、汽车及零部件等领域开展全产业链集成改革试点，形成全产业链制度创新案例3个以上。",
         "（牵头单位：片区制度创新局；配合单位：片区经济发展局）"),
    ]),
    ("二、做强枢纽经济，推进“四路协同”发展", [
        ("提升“空中丝绸之路”能级。",
         "支持郑州—卢森堡“空中丝绸之路”拓展航线网络，推动新开国际货运航线3条以上，国际地区货邮吞吐量增长10%。",
         "（牵头单位：片区经济发展局；配合单位：郑州海关）"),
        ("推动中欧班列（中豫号）扩量提质。",
         "全年开行班列3000列以上，拓展中亚、东盟等线路，推进“中欧班列+跨境电商”“中欧班列+冷链”等特色班列常态化运行。",
         "（牵头单位：郑州国际陆港开发建设有限公司；配合单位：片区经济发展局、郑州海关）"),
        ("建设中欧班列集结中心。",
         "推进郑州中欧班列集结中心示范工程建设，完善多式联运监管中心功能，实现集结中心一期工程竣工投用。",
         "（牵头单位：郑州国际陆港开发建设有限公司；配合单位：片区规划建设局）"),
        ("发展海铁联运。",
         "畅通“陆海内外联动”通道，加密郑州至青岛、连云港、宁波舟山等港口的海铁联运班列，全年开行海铁联运班列1200列以上。",
         "（牵头单位：片区经济发展局；配合单位：郑州国际陆港开发建设有限公司）"),
        ("推进多式联运“一单制”改革。",
         "推广多式联运“一单制”“一箱制”，探索多式联运提单物权化，全年签发多式联运提单1000票以上。",
         "（牵头单位：片区制度创新局；配合单位：郑州国际陆港开发建设有限公司、片区财政金融局）"),
        ("发展口岸经济。",
         "提升郑州铁路口岸及进口肉类、粮食等功能性口岸运营效能，推动指定口岸业务量增长15%以上。",
         "（牵头单位：郑州海关；配合单位：片区经济发展局）"),
        ("建设国际物流枢纽。",
         "培育引进国际物流龙头企业5家以上，支持企业建设海外物流分拨中心，提升国际供应链服务能力。",
         "（牵头单位：片区招商局；配合单位：片区经济发展局）"),
        ("深化与共建“一带一路”国家合作。",
         "依托中欧班列开展国际产能合作，推动与哈萨克斯坦、乌兹别克斯坦等中亚国家经贸合作，重点推进：①建设中亚商品展示交易中心；②举办“一带一路”中亚经贸合作对接会；③支持企业在中亚国家设立海外仓2个以上。",
         "（牵头单位：片区经济发展局；配合单位：片区招商局）"),
    ]),
    ("三、发展跨境电商，建设“网上丝绸之路”核心区", [
        ("推进跨境电商综合试验区建设。",
         "深化中国（郑州）跨境电子商务综合试验区建设，全年跨境电商进出口交易额增长12%以上。",
         "（牵头单位：片区经济发展局；配合单位：郑州海关）"),
        ("创新跨境电商监管模式。",
         "深化跨境电商“1210”网购保税进口模式，推广跨境电商零售进口退货中心仓模式，探索跨境电商B2B出口监管创新。",
         "（牵头单位：郑州海关；配合单位：片区经济发展局）"),
        ("培育跨境电商市场主体。",
         "引进培育跨境电商平台企业、服务企业30家以上，培育跨境电商交易额超10亿元企业2家。",
         "（牵头单位：片区招商局；配合单位：片区经济发展局）"),
        ("推进跨境电商与产业融合。",
         "推动“跨境电商+产业带”发展，支持发制品、服装、食品等传统产业企业开展跨境电商业务，全年新增跨境电商应用企业200家。",
         "（牵头单位：片区经济发展局）"),
        ("建设海外仓网络。",
         "支持企业在共建“一带一路”国家重点市场布局海外仓，新增海外仓10个以上，建设海外仓综合服务平台。",
         "（牵头单位：片区经济发展局；配合单位：片区财政金融局）"),
        ("办好跨境电商大会。",
         "高标准筹办第十届全球跨境电子商务大会，推动签约项目金额100亿元以上。",
         "（牵头单位：片区经济发展局；配合单位：片区招商局、片区党政办公室）"),
        ("加强跨境电商人才培养。",
         "联合驻郑高校建设跨境电商产业学院，全年培训跨境电商人才5000人次以上。",
         "（牵头单位：片区人才工作局；配合单位：片区经济发展局）"),
    ]),
    ("四、推动综合保税区提质升级", [
        ("提升综合保税区发展质效。",
         "推动郑州经开综合保税区加快发展保税加工、保税物流、保税服务等业务，全年进出口额增长10%以上，力争综合保税区发展绩效评估进入全国前30位。",
         "（牵头单位：郑州经开综合保税区管理局；配合单位：郑州海关）"),
        ("发展保税新业态。",
         "推动开展保税维修、保税再制造、保税研发等新业态，争取新增保税维修产品目录5项以上。",
         "（牵头单位：郑州经开综合保税区管理局；配合单位：郑州海关、片区经济发展局）"),
        ("推进“两头在外”保税维修。",
         "落实综合保税区内企业开展维修业务监管要求，支持企业开展航空器材、工程机械、电子产品等全球保税维修业务。",
         "（牵头单位：郑州海关；配合单位：郑州经开综合保税区管理局）"),
        ("推进增值税一般纳税人资格试点。",
         "扩大综合保税区增值税一般纳税人资格试点企业范围，推动区内外产业联动发展。",
         "（牵头单位：国家税务总局郑州经济技术开发区税务局；配合单位：郑州经开综合保税区管理局）"),
        ("加强综合保税区招商引资。",
         "围绕汽车零部件、电子信息、生物医药等领域开展精准招商，全年引进综合保税区项目15个以上。",
         "（牵头单位：片区招商局；配合单位：郑州经开综合保税区管理局）"),
        ("提升智慧监管水平。",
         "推进综合保税区智慧卡口、信息化辅助管理系统建设，实现货物进出区“无感通关”。",
         "（牵头单位：郑州海关；配合单位：郑州经开综合保税区管理局）"),
    ]),
    ("五、扩大外商投资和金融开放", [
        ("加大外资招引力度。",
         "落实《中华人民共和国外商投资法》及其实施条例，聚焦先进制造、现代服务业等领域开展精准招商，全年实际使用外资增长5%以上，新设外商投资企业60家以上。",
         "（牵头单位：片区招商局；配合单位：片区经济发展局）"),
        ("放宽外资准入。",
         "全面落实外资准入负面清单，推动增值电信、医疗、教育等服务业领域扩大开放试点项目落地。",
         "（牵头单位：片区招商局；配合单位：片区政务服务局）"),
        ("保障外资企业国民待遇。",
         "确保外资企业依法平等参与政府采购、标准制定，落实外资企业再投资享受同等待遇政策，建立重点外资项目“专班服务”机制。",
         "（牵头单位：片区招商局；配合单位：片区财政金融局）"),
        ("推进跨境贸易投资高水平开放试点。",
         "推动跨境贸易投资高水平开放试点政策落地，开展资本项目收入支付便利化、外债便利化额度等业务，全年办理便利化业务50亿美元以上。",
         "（牵头单位：片区财政金融局；配合单位：国家外汇管理局河南省分局）"),
        ("推进跨境人民币业务创新。",
         "扩大跨境人民币结算规模，支持中欧班列运费、跨境电商交易等以人民币计价结算。",
         "（牵头单位：片区财政金融局；配合单位：中国人民银行河南省分行）"),
        ("发展特色金融。",
         "发展供应链金融、航运金融、科技金融，推动设立跨境电商产业投资基金，规模不低于10亿元。",
         "（牵头单位：片区财政金融局）"),
        ("优化涉外服务。",
         "设立“国际化服务中心”，为外籍人员提供出入境、居留、就业、就医等“一站式”服务，推动外籍人才工作许可和居留许可“一窗通办”。",
         "（牵头单位：片区政务服务局；配合单位：郑州市公安局出入境管理支队）"),
    ]),
    ("六、强化组织保障", [
        ("加强党的领导。",
         "坚持党工委统一领导、管委会统筹推进的工作机制，党工委会议每季度专题研究自贸试验区建设工作。",
         "（牵头单位：片区党政办公室）"),
        ("健全工作推进机制。",
         "建立“周调度、月通报、季观摩、年考核”工作机制，对重点任务实行清单化管理、项目化推进。",
         "（牵头单位：片区党政办公室；配合单位：片区各部门）"),
        ("强化人才支撑。",
         "落实“郑聚英才计划”，引进自贸试验区建设急需紧缺专业人才100名以上，选派干部赴先进地区跟班学习。",
         "（牵头单位：片区人才工作局；配合单位：片区组织人事部）"),
        ("加强风险防控。",
         "健全金融、外资、数据安全等重点领域风险防控体系，开展风险压力测试，守住不发生系统性风险底线。",
         "（牵头单位：片区财政金融局；配合单位：片区各部门）"),
        ("加强宣传推广。",
         "总结提炼改革经验，讲好郑州片区故事，全年在中央级媒体发稿50篇以上。",
         "（牵头单位：片区党政办公室）"),
        ("严格督查考核。",
         "将年度工作要点任务完成情况纳入年度综合考核，对成绩突出的单位和个人予以表扬，对推进不力的严肃问责。",
         "（牵头单位：片区纪工委；配合单位：片区党政办公室）"),
    ]),
]

ZZ_INTRO = ("2026年是“十五五”开局之年，是郑州片区深入实施自贸试验区提升战略的攻坚之年。片区工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实省委、市委决策部署，以制度创新为核心，以“四路协同”为引领，统筹推进贸易投资便利化、枢纽经济发展和高水平对外开放，为河南打造内陆开放高地贡献片区力量。")
ZZ_CLOSING = "各部门、各单位要按照本要点明确的任务分工，细化工作方案，于每季度末月25日前将工作进展情况报送片区党政办公室。"


def zz_rows():
    spec = [
        ("推动中欧班列（中豫号）扩量提质", [
            ("全年开行班列3000列以上", "郑州国际陆港开发建设有限公司", "2026年12月底前"),
            ("拓展中亚、东盟等线路", "郑州国际陆港开发建设有限公司", "持续推进"),
            ("推进“中欧班列+跨境电商”“中欧班列+冷链”特色班列常态化运行", "郑州国际陆港开发建设有限公司", "持续推进")]),
        ("深化与共建“一带一路”国家合作", [
            ("建设中亚商品展示交易中心", "片区经济发展局", "2026年9月底前"),
            ("举办“一带一路”中亚经贸合作对接会", "片区经济发展局", "2026年6月底前"),
            ("支持企业在中亚国家设立海外仓2个以上", "片区经济发展局", "2026年12月底前")]),
        ("深化“放管服”改革", [
            ("推进企业信息变更、开办餐饮店等13个“一件事”集成办理", "片区政务服务局", "2026年6月底前"),
            ("涉企审批事项“全程网办”比例达到95%以上", "片区政务服务局", "2026年12月底前"),
            ("政务服务“好差评”差评整改率100%", "片区政务服务局", "全年")]),
        ("推进跨境电商综合试验区建设", [
            ("跨境电商进出口交易额增长12%以上", "片区经济发展局", "2026年12月底前"),
            ("推广跨境电商零售进口退货中心仓模式", "郑州海关", "2026年6月底前"),
            ("高标准筹办第十届全球跨境电子商务大会", "片区经济发展局", "2026年5月底前")]),
        ("推动综合保税区提质升级", [
            ("综合保税区进出口额增长10%以上", "郑州经开综合保税区管理局", "2026年12月底前"),
            ("新增保税维修产品目录5项以上", "郑州经开综合保税区管理局", "2026年10月底前"),
            ("扩大增值税一般纳税人资格试点企业范围", "国家税务总局郑州经济技术开发区税务局", "2026年8月底前")]),
        ("加大外资招引力度", [
            ("实际使用外资增长5%以上", "片区招商局", "2026年12月底前"),
            ("新设外商投资企业60家以上", "片区招商局", "2026年12月底前"),
            ("建立重点外资项目“专班服务”机制", "片区招商局", "2026年3月底前")]),
    ]
    rows, n = [], 0
    for task, items in spec:
        for (m, lead, due) in items:
            n += 1
            rows.append({"序号": str(n), "工作任务": task, "具体举措": m, "牵头单位": lead, "完成时限": due})
    return rows


def zz_table(doc, rows):
    """Merge 工作任务 for every group; merge 牵头单位 only in groups 1 and 6."""
    cols = ["序号", "工作任务", "具体举措", "牵头单位", "完成时限"]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(1.4), Cm(5.2), Cm(9.0), Cm(4.6), Cm(2.5)])
    repeat_header(t.rows[0])
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for g in range(6):
        a, b = 1 + 3 * g, 3 + 3 * g
        t.cell(a, 1).merge(t.cell(b, 1))
        if g in (0, 5):
            t.cell(a, 3).merge(t.cell(b, 3))
    done = []
    for ri, r in enumerate(rows):
        for ci, c in enumerate(cols):
            cell = t.cell(1 + ri, ci)
            if any(cell._tc is x for x in done):
                continue
            done.append(cell._tc)
            al = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(cell, r[c], align=al)
    return t


def make_zhengzhou():
    doc = base_doc()
    sec0 = doc.sections[0]
    add_page_number(sec0, "fw")
    num_id = add_auto_numbering(doc)

    # ---- 版头: stacked organ names, then 文件 on its own line
    empty(doc, 1)
    add_p(doc, [(ZZ_DW, XBS, 18, False, RED, 80)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_p(doc, [(ZZ_GW, XBS, 18, False, RED, 80)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_p(doc, [("文　件", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc, 1)
    p = add_p(doc, [("郑自贸工〔2026〕2号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, space=8)
    empty(doc, 1)

    add_p(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    add_p(doc, [("2026年工作要点", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_p(doc, [("片区各部门、各功能区，各驻区单位：", FS, 16)], indent=False)
    # intro typed with two full-width spaces instead of a first-line indent
    add_p(doc, [("　　" + ZZ_INTRO, FS, 16)], indent=False)

    clauses = [ZZ_INTRO]
    n = 0
    for si, (heading, tasks) in enumerate(ZZ_SECTIONS):
        if si > 0:
            empty(doc, 1)
        # heading: manual indent with full-width spaces, bold 黑体 run
        add_p(doc, [("　　" + heading, HT, 16, True)], indent=False, keep=True)
        for head, body, resp in tasks:
            n += 1
            if si < 3:
                p = add_p(doc, [(head, KT, 16, True), (body, FS, 16), BR, (resp, KT, 16)], indent=False)
                apply_num(p, num_id)
            else:
                p = add_p(doc, [(head, KT, 16, True), (body, FS, 16)], indent=False)
                apply_num(p, num_id)
                add_p(doc, [(resp, KT, 16)])
            clauses.append("%d.%s%s%s" % (n, head, body, resp))
    assert n == 40
    add_p(doc, [(ZZ_CLOSING, FS, 16)])
    clauses.append(ZZ_CLOSING)

    empty(doc, 1)
    add_p(doc, [("附件：" + ZZ_ATT_TITLE, FS, 16)])
    empty(doc, 3)
    # 落款: two organs side by side in a layout table, date typed with spaces
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(7.9), Cm(7.9)])
    for i, name in enumerate(("中共中国（河南）自由贸易试验区\n郑州片区工作委员会",
                              "中国（河南）自由贸易试验区\n郑州片区管理委员会")):
        c = t.rows[0].cells[i]
        c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
        a, b = name.split("\n")
        add_p(c, [(a, FS, 16, False, None, 85), BR, (b, FS, 16, False, None, 85)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_p(doc, [("　　　　　　　　　　　　　　　2026年1月28日", FS, 16)], indent=False)

    # ---- 附件 landscape
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    add_p(doc, [("附件", HT, 16)], indent=False)
    add_p(doc, [(ZZ_ATT_TITLE, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    rows = zz_rows()
    zz_table(doc, rows)
    clauses += [row_clause(r) for r in rows]

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=False)
    empty(doc, 15)
    p = add_p(doc, [("抄送：河南省自贸办，郑州市委办公厅、市政府办公厅。", FS, 14)], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = add_p(doc, [("  郑州片区党政办公室　　　　　　　　　　2026年1月28日印发", FS, 14)], indent=False)
    border(p, "bottom", "000000", 8)

    out = os.path.join(HERE, "blind447_zhengzhou_yaodian.docx")
    doc.save(out)
    expected = [{
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": "郑自贸工〔2026〕2号",
            "issuer": [ZZ_DW, ZZ_GW],
            "date": "2026-01-28",
            "published": None,
            "level": "zone",
            "region": "中国（河南）自由贸易试验区郑州片区",
            "effective": None,
            "expires": None,
            "attachments": [ZZ_ATT_TITLE],
            "doc_type": "工作要点",
            "recipients": ["片区各部门", "各功能区", "各驻区单位"],
            "publicity": None,
            "repeals": None},
        "clauses": clauses}]
    return out, expected


def main():
    expected = {}
    for fn in (make_fuzhou, make_zhengzhou):
        path, exp = fn()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
