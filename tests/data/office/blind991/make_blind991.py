# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 991: 科技厅 + 自贸办 联合通知 —— 自贸试验区技术需求"揭榜挂帅"（榜单 + 申报书）.

Writes blind991_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, left=None):
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
    if left is not None:
        pf.left_indent = left
    return p


def add_par(doc, runs, **kw):
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


def footer_pageno(section, dash="— ", dash2=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(dash2), SONG, 14)


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
    footer_pageno(s, dash, dash2)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def portrait_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            idx = sum(t.grid_span for t in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
            tc.width = Cm(sum(ws[idx:idx + span]))


def grid_table(doc, header, rows, ws, size=10.5, left_cols=(), clauses=None, hdr_repeat=True, line=18):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=J if ci in left_cols else C, line=line)
        if not any(row):
            t.rows[ri].height = Cm(0.9)
        if clauses is not None and any(row):
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, ws)
    return t


def banji(doc, cc, printer, date_txt, n_empty=0):
    empty(doc, n_empty)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


# ---- floating text box (DrawingML wps) ----------------------------------------
_shape_id = [50]
NS_TB = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox(paragraph, lines, x_cm, y_cm, w_cm, h_cm, fontname=FS, size=16, color=None,
            align="center", line=28):
    """Anchor a borderless text box to paragraph; lines = list of strings."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    col = '<w:color w:val="%s"/>' % color if color else ""
    ps = ""
    for ln in lines:
        ps += ('<w:p><w:pPr><w:spacing w:line="%d" w:lineRule="exact" w:before="0" w:after="0"/>'
               '<w:jc w:val="%s"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" '
               'w:eastAsia="%s"/>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
               % (line * 20, align, fontname, fontname, fontname, col, size * 2, size * 2, _esc(ln)))
    cx, cy = int(Cm(w_cm)), int(Cm(h_cm))
    xml = (
        '<w:r %s><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (NS_TB, 251659264 + sid, int(Cm(x_cm)), int(Cm(y_cm)), cx, cy, sid, sid, cx, cy, ps))
    paragraph._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_991", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC 1 浙江
def doc_zhejiang():
    stem = "blind991_zj_jiebang"
    doc = Document()
    setup(doc)
    cl = []

    # joint 红头: borderless table, organ names left, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "", XBS, 30)
    font(t.rows[0].cells[0].paragraphs[0].add_run("浙江省科学技术厅"), XBS, 30, False, RED)
    t.rows[0].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_cell(t.rows[1].cells[0], "", XBS, 30)
    font(t.rows[1].cells[0].paragraphs[0].add_run("中国（浙江）自由贸易试验区工作领导小组办公室"),
         XBS, 14, False, RED)
    t.rows[1].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "", XBS, 40)
    font(m.paragraphs[0].add_run("文件"), XBS, 40, False, RED)
    m.vertical_alignment = 1
    for row in t.rows:
        row.height = Cm(1.3)
    widths(t, [12.0, 3.4])
    p = add_par(doc, "浙科发〔2026〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("关于组织开展2026年度中国（浙江）", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("自由贸易试验区技术需求“揭榜挂帅”项目", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("申报工作的通知", XBS, 22, False)],
            align=C, indent=False, line=34, after=14)
    add_par(doc, "各设区市科技局，中国（浙江）自由贸易试验区各片区管委会，省级有关单位：",
            indent=False)

    def body(tx):
        cl.append(tx)
        add_par(doc, tx)

    def head(tx):
        add_par(doc, [(tx, HT, 16, False)])

    def runin(h, tx, hf=KT, bold=False):
        cl.append(h + tx)
        add_par(doc, [(h, hf, 16, bold), (tx, FS, 16, False)])

    body("为深入贯彻落实《中国（浙江）自由贸易试验区提升发展行动方案（2025—2027年）》，聚焦自贸试验区重点产业关键技术需求，创新科技项目组织方式，省科技厅、省自贸办决定组织开展2026年度自贸试验区技术需求“揭榜挂帅”项目申报工作。现将有关事项通知如下：")
    head("一、榜单范围")
    body("本次共发布技术需求榜单5项，由舟山、宁波、杭州、金义4个片区的重点企业提出，省财政拟支持金额合计2900万元，具体见附件1。")
    head("二、揭榜条件")
    runin("（一）", "揭榜单位应为在中华人民共和国境内注册、具有独立法人资格的高校、科研院所、企业或新型研发机构，近三年无不良科研信用记录。", FS)
    runin("（二）", "鼓励产学研联合揭榜，联合揭榜单位（含牵头单位）原则上不超过3家，须签订联合揭榜协议，明确牵头单位、任务分工和知识产权归属。", FS)
    runin("（三）", "项目负责人应为揭榜单位正式在职人员，1966年1月1日以后出生；同一项目负责人限报1项。", FS)
    runin("（四）", "鼓励省内单位与共建“一带一路”国家的高校、科研机构联合揭榜，境外单位不直接承担省财政资金。", FS)
    head("三、工作流程")
    runin("（一）在线申报。", "揭榜单位对照榜单需求，登录“浙江省科技项目管理服务平台”在线填写《揭榜申报书》（附件2），经所在设区市科技局或省级主管部门审核后提交。")
    runin("（二）对接评审。", "省科技厅会同省自贸办组织发榜单位与揭榜单位开展技术对接后，由发榜单位代表和技术、财务、法律专家组成评审组，采取“背靠背”评审与现场答辩相结合的方式择优确定揭榜单位，同一榜单确有必要的可采取“赛马制”确定不超过2家。")
    runin("（三）签约立项。", "经公示无异议后，发榜单位与揭榜单位签订技术合同，按程序列入省重点研发计划立项，省财政资金按合同约定分两次拨付，首次拨付50%。")
    runin("（四）考核验收。", "项目实施期一般为2年，期满由发榜单位主导、省科技厅组织开展“里程碑”式考核验收。")
    head("四、时间安排")
    # office quirk: mixed half-width "1." and full-width "2．"
    body("1.网上申报时间：2026年3月20日至4月30日17:00。")
    body("2．审核推荐截止时间：2026年5月10日。")
    head("五、有关要求")
    runin("（一）", "揭榜单位要如实填报申报材料，严禁抄袭、弄虚作假，对存在违规行为的记入科研诚信档案。", FS)
    runin("（二）", "联系方式：省科技厅成果转化与区域创新处王磊，0571-87054213；省自贸办（省商务厅自贸区处）周敏，0571-87701596。", FS)
    empty(doc, 1)
    # 附件 list with hanging indent
    p = add_par(doc, "附件：1.2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”榜单",
                first=Pt(-48), left=Pt(80))
    p = add_par(doc, "2.2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”项目揭榜申报书",
                first=Pt(0), left=Pt(80))
    empty(doc, 1)
    # joint 落款 in a borderless table, date below right
    p = add_par(doc, "浙江省科学技术厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(112)
    add_par(doc, "中国（浙江）自由贸易试验区工作领导小组办公室", align=R, indent=False)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1: landscape, 榜单 table
    landscape_section(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”榜单", XBS, 18, False)],
            align=C, indent=False, line=28, after=4)
    header = ["榜单编号", "需求名称", "需求描述", "发榜单位", "支持金额（万元）", "联系人"]
    rows = [
        ["ZJFTZ-2026-01", "大型LNG储罐低温绝热材料国产化",
         "舟山片区LNG接收站储罐所需低温绝热材料长期依赖进口。需研制可在-165℃工况下长期服役的国产化绝热材料，导热系数不高于0.020W/(m·K)，抗压强度不低于0.6MPa。要求在不少于1座16万立方米储罐上开展示范应用。",
         "浙江自贸区海港能源储运有限公司", "800", "王志远0580-2281536"],
        ["ZJFTZ-2026-02", "跨境电商进口商品全链条区块链溯源平台",
         "宁波片区跨境电商进口商品流转环节多，消费者对商品真伪存疑。需研发覆盖境外采购、国际运输、保税仓储、清关配送全链条的区块链溯源平台，并与海关跨境电商监管系统实现数据对接。平台需支持日均50万单以上的上链能力。",
         "宁波梅山跨境数字贸易服务有限公司", "500", "李倩0574-86753321"],
        ["ZJFTZ-2026-03", "跨境数据出境合规评估与隐私计算平台",
         "杭州片区数字贸易企业向共建“一带一路”国家提供服务时数据出境合规评估成本高。需构建数据分类分级识别、出境风险自评估和隐私计算一体化平台，在“数据可用不可见”前提下支撑跨境联合建模。敏感数据自动识别准确率不低于95%。",
         "杭州数据流通科技有限公司", "700", "赵一鸣0571-87092265"],
        ["ZJFTZ-2026-04", "小商品多语种智能归类与申报辅助系统",
         "义乌小商品出口申报中商品归类错误率较高。需研发融合图像识别与大模型技术的多语种商品智能归类系统，支持中、英、阿、俄、西等不少于8种语言。HS编码前6位归类准确率不低于92%，并在不少于500家市场经营户中推广应用。",
         "义乌国际陆港数字科技有限公司", "400", "何晓东0579-85401326"],
        ["ZJFTZ-2026-05", "高端注塑装备伺服节能控制关键技术",
         "出口东盟、中东的注塑装备能耗指标成为海外客户采购门槛。需突破伺服电机与液压系统协同控制、能量回收等关键技术。整机能耗较现有产品降低25%以上，关键控制器件国产化率达到90%。",
         "宁波北仑精密注塑装备有限公司", "500", "孙立群0574-86127745"],
    ]
    grid_table(doc, header, rows, [2.7, 3.0, 10.6, 3.3, 2.0, 3.0], size=10,
               left_cols=(2,), clauses=cl, line=16)
    p = add_par(doc, [("注：支持金额为省财政资金拟支持上限，发榜单位配套资金不低于省财政支持金额。",
                       KT, 12, False)], indent=False, line=22, before=4)
    cl.append("注：支持金额为省财政资金拟支持上限，发榜单位配套资金不低于省财政支持金额。")

    # ---- 附件2: portrait, 申报书 form
    portrait_section(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度中国（浙江）自由贸易试验区技术需求", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("“揭榜挂帅”项目揭榜申报书", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1)
    for lab in ["榜单编号：", "揭榜项目名称：", "揭榜单位（盖章）：", "项目负责人：", "联系电话："]:
        p = doc.add_paragraph()
        font(p.add_run(lab), FS, 16)
        r = font(p.add_run("\u3000" * (18 - len(lab))), FS, 16)
        r.font.underline = True
        fmt(p, indent=False, left=Pt(64), line=26)
        cl.append(lab)
    add_par(doc, "填报日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日",
            indent=False, left=Pt(64), line=26)
    cl.append("填报日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日")
    add_par(doc, [("一、申报书提纲及填写要求", HT, 16, False)])
    grid_table(doc, ["序号", "填报内容", "填写要求"], [
        ["1", "揭榜单位及团队情况", "简述揭榜单位和联合揭榜单位的研发基础、科研条件及项目团队情况，限1000字。"],
        ["2", "技术方案", "针对榜单需求提出技术路线、关键技术指标、创新点和可行性分析，限3000字。"],
        ["3", "实施计划与考核指标", "按半年度分解“里程碑”节点和可量化考核指标，须与发榜单位协商一致。"],
        ["4", "经费预算", "分别列明省财政资金、发榜单位配套资金和揭榜单位自筹资金的使用计划。"],
    ], [1.4, 4.2, 10.0], size=10.5, left_cols=(2,), clauses=cl, hdr_repeat=False)
    add_par(doc, [("二、项目团队主要成员", HT, 16, False)], before=6)
    grid_table(doc, ["序号", "姓名", "工作单位", "职称／职务", "在项目中承担的任务"],
               [[""] * 5 for _ in range(3)], [1.4, 2.2, 4.6, 2.8, 4.6], size=12,
               clauses=cl, hdr_repeat=False)
    add_par(doc, [("三、揭榜单位承诺", HT, 16, False)], before=6).paragraph_format.keep_with_next = True
    body("本单位承诺：所填报的申报材料真实、准确、完整，不存在抄袭、弄虚作假等行为；如获立项，将严格按照技术合同约定组织实施，按时完成揭榜任务。如有违反，自愿承担相应责任。")
    add_par(doc, "项目负责人（签字）：\u3000\u3000\u3000\u3000\u3000法定代表人（签字）：", indent=False)
    add_par(doc, "揭榜单位（盖章）", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "年\u3000\u3000月\u3000\u3000日", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    banji(doc, "抄送：科技部成果转化与区域创新司，商务部自由贸易试验区港建设协调司。",
          "浙江省科学技术厅办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于组织开展2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”项目申报工作的通知",
            doc_number="浙科发〔2026〕23号",
            issuer=["浙江省科学技术厅", "中国（浙江）自由贸易试验区工作领导小组办公室"],
            date="2026-03-16", region="浙江省",
            attachments=["2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”榜单",
                         "2026年度中国（浙江）自由贸易试验区技术需求“揭榜挂帅”项目揭榜申报书"],
            recipients=["各设区市科技局", "中国（浙江）自由贸易试验区各片区管委会", "省级有关单位"],
            publicity="此件公开发布"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC 2 广西
def doc_guangxi():
    stem = "blind991_gx_dongmeng"
    doc = Document()
    setup(doc, "－ ", " －")
    cl = []
    n_h1 = make_numbering(doc, "%1、")

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    # red head: two stacked organ names, the long one compressed with character scaling
    add_par(doc, [("广西壮族自治区科学技术厅", XBS, 30, False, RED)], align=C, indent=False, line=44)
    add_par(doc, [("中国（广西）自由贸易试验区工作办公室", XBS, 30, False, RED, 72)],
            align=C, indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, "桂科成字〔2026〕41号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph with manual line break
    p = doc.add_paragraph()
    font(p.add_run("关于发布2026年度中国（广西）自由贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区面向东盟技术需求“揭榜挂帅”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("榜单的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市科技局，中国（广西）自由贸易试验区各片区管理委员会，各有关高校、科研院所、企业：",
            indent=False)

    # body typed with full-width spaces instead of a first-line indent
    def body(tx):
        cl.append(tx)
        add_par(doc, IND + tx, indent=False)

    def head(tx):
        p = add_par(doc, [(tx, HT, 16, False)], first=Pt(32))
        apply_num(p, n_h1)

    def items(lst):
        nid = make_numbering(doc, "（%1）")
        for i, (h, tx) in enumerate(lst):
            cl.append("（%s）%s%s" % ("一二三四五六七八九十"[i], h, tx))
            runs = [(h, KT, 16, False), (tx, FS, 16, False)] if h else [(tx, FS, 16, False)]
            p = add_par(doc, runs, first=Pt(32))
            apply_num(p, nid)

    body("为推动中国（广西）自由贸易试验区与中国—东盟科技合作深度融合，着力破解自贸试验区企业在跨境物流、新能源、生物医药等领域的关键技术难题，自治区科技厅、自治区自贸办决定面向社会公开发布2026年度自贸试验区面向东盟技术需求“揭榜挂帅”榜单（以下简称榜单）。现将有关事项通知如下：")
    head("揭榜条件")
    items([
        ("", "揭榜单位应为在中国境内注册的具有独立法人资格的企业、高校、科研院所及新型研发机构，具备完成榜单任务所需的研发基础、人才团队和条件保障。"),
        ("", "鼓励与东盟国家科研机构、企业联合揭榜，联合揭榜单位总数不超过3家（含牵头单位），境外联合揭榜单位不享受财政资金直接资助。"),
        ("", "项目负责人须具有高级职称或博士学位，1968年1月1日以后出生，同期主持在研自治区级科技计划项目不超过1项。"),
    ])
    head("工作流程")
    body("榜单实行“发榜—揭榜—评榜—挂帅—验榜”全流程管理。")
    items([
        ("揭榜申报。", "揭榜单位登录广西科技计划项目管理平台，选择“揭榜挂帅”专项，在线填写并提交揭榜申报书（附件2），同时上传联合揭榜协议等证明材料。"),
        ("形式审查。", "自治区科技厅会同各片区管理委员会对申报材料进行形式审查，审查结果在管理平台反馈。"),
        ("对接评审。", "组织供需对接，由发榜单位代表与同行专家共同开展评审。"),
        ("挂帅立项。", "根据评审结果择优确定揭榜单位，经公示无异议的，由发榜单位、揭榜单位和自治区科技厅签订三方任务书，自治区财政资金按照“里程碑”节点分期拨付。"),
    ])
    head("时间安排")
    body("2026年度榜单揭榜工作按以下时间节点推进：")
    hdr = ["阶段", "环节", "时间", "工作内容"]
    rows = [
        ["申报阶段", "发布榜单", "4月8日", "在自治区科技厅门户网站发布榜单"],
        ["申报阶段", "揭榜申报", "4月10日—5月15日", "揭榜单位在线填报并提交揭榜申报书"],
        ["评审阶段", "形式审查", "5月16日—5月25日", "审查申报材料的完整性和合规性"],
        ["评审阶段", "对接评审", "6月上旬—6月下旬", "组织供需对接和专家评审"],
        ["立项阶段", "结果公示", "7月上旬", "公示拟立项项目，公示期5个工作日"],
    ]
    t = grid_table(doc, hdr, rows, [2.4, 2.4, 4.0, 6.8], size=12, left_cols=(3,), clauses=cl)
    for a, b in ((1, 2), (3, 4)):
        mc = t.rows[a].cells[0].merge(t.rows[b].cells[0])
        set_cell(mc, rows[a - 1][0], FS, 12)
        mc.vertical_alignment = 1
    head("有关要求")
    items([
        ("", "揭榜单位对申报材料的真实性负责，申报材料一经提交不予退回。申报过程中不收取任何费用。"),
        ("", "联系人及电话：自治区科技厅成果转化与区域创新处黄振宇，0771-5881642；自治区自贸办农丽萍，0771-2096318。"),
    ])
    empty(doc, 1)
    add_par(doc, IND + "附件：1.2026年度中国（广西）自由贸易试验区面向东盟技术需求“揭榜挂帅”榜单",
            indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002.揭榜挂帅项目申报书", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, " " * 26 + "广西壮族自治区科学技术厅", indent=False)
    add_par(doc, " " * 18 + "中国（广西）自由贸易试验区工作办公室", indent=False)
    add_par(doc, " " * 30 + "二〇二六年四月八日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1: 榜单, portrait, manually split with 续表
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("2026年度中国（广西）自由贸易试验区面向东盟"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("技术需求“揭榜挂帅”榜单"), XBS, 20)
    fmt(p, align=C, indent=False, line=32, after=6)
    hdr = ["序号", "榜单编号", "需求名称", "需求描述", "发榜单位", "支持金额（万元）", "联系人"]
    ws = [0.8, 1.9, 2.2, 5.9, 2.2, 1.2, 1.4]
    rows1 = [
        ["1", "GXFTZ2026-01", "中国—东盟跨境冷链物流全程温控与追溯技术",
         "经北部湾港进出口的东盟水果、冻品在跨境多式联运中温度断链问题突出，货损率达8%左右。需研发适用于海铁联运、跨境公路运输的冷链集装箱全程温控与状态感知装置，构建中国—东盟跨境冷链追溯平台。实现全程温度波动不超过±1℃，货损率降至3%以下。",
         "广西北部湾国际港务冷链物流有限公司", "600", "梁建华0777-3856120"],
        ["2", "GXFTZ2026-02", "集装箱码头自动化岸桥远程操控系统",
         "钦州港片区自动化集装箱码头岸桥仍需司机高空作业，作业效率和安全性有待提升。需研发基于5G和机器视觉的岸桥远程操控与智能辅助系统，实现一人操控多台岸桥。单机作业效率不低于32自然箱／小时，系统可用率不低于99.5%。",
         "广西钦州保税港区泰港自动化码头有限公司", "800", "覃海峰0777-5620473"],
        ["3", "GXFTZ2026-03", "中越跨境货车“智慧口岸”无感通关关键技术",
         "友谊关口岸跨境货车通关高峰期排队时间长，人工查验环节多。需研发车辆、货物、司机信息自动采集与智能比对技术，实现跨境货车“不停车、无感知”通关。货车平均通关时间压缩至10分钟以内，并与越方口岸实现数据互认试点。",
         "崇左凭祥友谊关智慧口岸运营有限公司", "500", "黄美玲0771-8538216"],
    ]
    rows2 = [
        ["4", "GXFTZ2026-04", "面向东盟的医疗器械注册资料智能翻译与合规审查系统",
         "企业向东盟国家申请医疗器械注册时，需提交多语种技术文档，且各国法规要求差异较大。需构建覆盖东盟主要语种的医疗器械专业术语库和法规知识库，开发注册资料智能翻译与合规性自动审查系统。专业术语翻译准确率不低于95%，资料准备周期缩短50%以上。",
         "南宁东盟医疗器械产业服务有限公司", "400", "陆晓薇0771-5702339"],
        ["5", "GXFTZ2026-05", "新能源汽车动力电池梯次利用检测与重组技术",
         "面向东盟出口的储能产品对退役动力电池梯次利用需求旺盛，但快速检测和一致性分选技术不足。需研发退役电池快速无损检测、健康状态评估和智能重组技术，建设示范生产线。单体检测时间不超过5分钟，重组电池包循环寿命不低于2000次。",
         "广西钦州新能源动力电池科技有限公司", "700", "莫振东0777-2810564"],
    ]
    grid_table(doc, hdr, rows1, ws, size=10.5, left_cols=(3,), clauses=cl, hdr_repeat=False)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22).paragraph_format.page_break_before = True
    grid_table(doc, hdr, rows2, ws, size=10.5, left_cols=(3,), clauses=cl, hdr_repeat=False)
    add_par(doc, [("注：支持金额为自治区财政科技资金拟支持上限，发榜单位须按不低于1:1的比例提供配套资金。",
                   FS, 12, False)], indent=False, line=22, before=4)
    cl.append("注：支持金额为自治区财政科技资金拟支持上限，发榜单位须按不低于1:1的比例提供配套资金。")

    # ---- 附件2: 申报书
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("揭榜挂帅项目申报书", XBS, 22, False)], align=C, indent=False, line=34, after=4)
    add_par(doc, [("一、揭榜单位及联合揭榜单位", HT, 16, False)], indent=False, left=Pt(32))
    grid_table(doc, ["序号", "单位名称", "单位性质", "统一社会信用代码", "所在国家（地区）", "任务分工"],
               [[""] * 6 for _ in range(2)], [1.2, 3.6, 2.0, 3.4, 2.4, 3.0], size=12, clauses=cl,
               hdr_repeat=False)
    add_par(doc, [("二、项目团队", HT, 16, False)], indent=False, left=Pt(32), before=4)
    grid_table(doc, ["姓名", "性别", "出生年月", "职称", "所在单位", "项目分工"],
               [[""] * 6 for _ in range(3)], [2.0, 1.2, 2.2, 2.2, 4.4, 3.6], size=12, clauses=cl,
               hdr_repeat=False)
    add_par(doc, [("三、技术方案", HT, 16, False)], indent=False, left=Pt(32), before=4)
    body("围绕榜单需求，重点阐述技术路线、关键技术指标、创新点及实施可行性，限3000字。")
    add_par(doc, [("四、承诺", HT, 16, False)], indent=False, left=Pt(32))
    body("本单位承诺所提交申报材料真实、准确、完整。")
    add_par(doc, IND + "项目负责人（签字）：" + "\u3000" * 6 + "揭榜单位（盖章）", indent=False)
    add_par(doc, " " * 44 + "年　　月　　日", indent=False)
    banji(doc, "抄送：科技部成果转化与区域创新司，商务部自由贸易试验区港建设协调司。",
          "广西壮族自治区科学技术厅办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于发布2026年度中国（广西）自由贸易试验区面向东盟技术需求“揭榜挂帅”榜单的通知",
            doc_number="桂科成字〔2026〕41号",
            issuer=["广西壮族自治区科学技术厅", "中国（广西）自由贸易试验区工作办公室"],
            date="2026-04-08", region="广西壮族自治区",
            attachments=["2026年度中国（广西）自由贸易试验区面向东盟技术需求“揭榜挂帅”榜单",
                         "揭榜挂帅项目申报书"],
            recipients=["各设区市科技局", "中国（广西）自由贸易试验区各片区管理委员会",
                        "各有关高校、科研院所、企业"],
            publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC 3 四川 (two notices)
def doc_sichuan():
    stem = "blind991_sc_zengbu"
    doc = Document()
    setup(doc)
    out = []

    # ---------------- notice A: 增补榜单 (joint, 文件 in a text box)
    cl = []
    p = add_par(doc, [("四川省科学技术厅", XBS, 32, False, RED)], indent=False, line=48,
                left=Pt(8))
    textbox(p, ["文件"], 11.9, 0.5, 3.7, 2.0, XBS, 44, "FF0000", "center", 52)
    add_par(doc, [("中国（四川）自由贸易试验区工作办公室", XBS, 18, False, RED)], indent=False,
            line=48, left=Pt(8))
    empty(doc, 1)
    p = add_par(doc, "川科成〔2026〕12号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("关于增补2026年度中国（四川）自由贸易", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("试验区技术需求“揭榜挂帅”榜单的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）科技局，中国（四川）自由贸易试验区各片区管委会，各有关单位：", indent=False)

    def body(tx, lst):
        lst.append(tx)
        add_par(doc, tx)

    body("根据《四川省科学技术厅 中国（四川）自由贸易试验区工作办公室关于组织开展2026年度自贸试验区技术需求“揭榜挂帅”项目申报工作的通知》（川科成〔2026〕7号）安排，经征集、论证，现增补发布榜单3项，涉及航空物流、绿色化工、中欧班列数字化3个方向。有关事项通知如下：", cl)
    body("一、增补榜单的揭榜条件、工作流程、申报材料要求等，按照川科成〔2026〕7号文件执行。", cl)
    body("二、增补榜单网上申报时间为2026年5月8日至6月8日，市（州）科技局、各片区管委会审核推荐截止时间为2026年6月15日。", cl)
    body("三、增补榜单项目支持资金由省级财政科技资金和发榜单位配套资金共同组成，发榜单位配套资金原则上不低于省级财政资金。", cl)
    body("四、联系人：省科技厅成果转化与区域创新处刘川，028-86723105；省自贸办杨帆，028-86601937。", cl)
    empty(doc, 1)
    add_par(doc, "附件：2026年度中国（四川）自由贸易试验区技术需求“揭榜挂帅”增补榜单",
            first=Pt(-48), left=Pt(80))
    empty(doc, 2)
    add_par(doc, "四川省科学技术厅" + "\u3000" + "中国（四川）自由贸易试验区工作办公室",
            align=C, indent=False)
    p = add_par(doc, "2026年5月6日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # attachment: landscape, two-level header
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度中国（四川）自由贸易试验区技术需求“揭榜挂帅”增补榜单", XBS, 18, False)],
            align=C, indent=False, line=28, after=4)
    top = ["序号", "榜单编号", "需求名称", "需求描述", "发榜单位", "支持金额（万元）", "", "", "联系人"]
    sub = ["合计", "省级财政", "发榜单位配套"]
    flat = ["序号", "榜单编号", "需求名称", "需求描述", "发榜单位",
            "支持金额（万元）／合计", "支持金额（万元）／省级财政", "支持金额（万元）／发榜单位配套", "联系人"]
    rows = [
        ["1", "SCFTZ-2026-Z01", "航空冷链货物智能分拣与温控集装器",
         "天府国际机场航空冷链货物以生物医药、生鲜为主，现有集装器温控精度不足。需研制具备主动温控和状态远程监测功能的航空温控集装器，并开发冷链货物智能分拣系统。温控精度达到±0.5℃，分拣效率提升40%以上，取得民航适航相关认证。",
         "成都天府国际空港航空物流有限公司", "600", "300", "300", "任晓军028-85672314"],
        ["2", "SCFTZ-2026-Z02", "磷石膏高值化综合利用关键技术",
         "川南临港片区磷化工企业磷石膏综合利用率不足50%。需突破磷石膏深度净化除杂和高强石膏制备技术，开发可用于装配式建筑的高性能建材产品。产品主要性能指标达到国家标准要求，形成年处理磷石膏不少于20万吨的示范线。",
         "泸州川南临港化工新材料有限公司", "800", "400", "400", "罗建平0830-3128867"],
        ["3", "SCFTZ-2026-Z03", "中欧班列集装箱数字孪生调度平台",
         "成都国际铁路港中欧班列空箱调运成本较高。需构建覆盖场站、线路和境外节点的集装箱数字孪生模型，开发智能调度与空箱预测平台。空箱调运成本降低15%以上，集装箱周转天数缩短10%以上。",
         "成都国际铁路港班列运营有限公司", "500", "250", "250", "邓雪梅028-83961274"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    ws = [0.9, 2.5, 2.5, 10.0, 2.5, 1.2, 1.2, 1.4, 2.6]
    for i in range(9):
        if i in (5, 6, 7):
            continue
        mc = t.rows[0].cells[i].merge(t.rows[1].cells[i])
        set_cell(mc, top[i], HT, 10.5)
        mc.vertical_alignment = 1
    hm = t.rows[0].cells[5].merge(t.rows[0].cells[7])
    set_cell(hm, "支持金额（万元）", HT, 10.5)
    for j, s in enumerate(sub):
        set_cell(t.rows[1].cells[5 + j], s, HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=J if ci == 3 else C)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    widths(t, ws)
    add_par(doc, [("注：省级财政资金按照项目“里程碑”考核结果分两期拨付。", FS, 12, False)],
            indent=False, line=22, before=4)
    cl.append("注：省级财政资金按照项目“里程碑”考核结果分两期拨付。")
    banji(doc, "抄送：科技部成果转化与区域创新司。", "四川省科学技术厅办公室", "2026年5月6日印发")
    # (landscape page: widen tab stop)
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(23.8), 2)

    out.append({
        "meta": meta(
            title="关于增补2026年度中国（四川）自由贸易试验区技术需求“揭榜挂帅”榜单的通知",
            doc_number="川科成〔2026〕12号",
            issuer=["四川省科学技术厅", "中国（四川）自由贸易试验区工作办公室"],
            date="2026-05-06", region="四川省",
            attachments=["2026年度中国（四川）自由贸易试验区技术需求“揭榜挂帅”增补榜单"],
            recipients=["各市（州）科技局", "中国（四川）自由贸易试验区各片区管委会", "各有关单位"],
            publicity="此件公开发布"),
        "clauses": cl,
    })

    # ---------------- notice B: 延期 (科技厅办公室), 落款 in a text box
    cl = []
    sB = portrait_section(doc)
    sB._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    add_par(doc, [("四川省科学技术厅办公室", XBS, 34, False, RED)], align=C, indent=False,
            line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "川科办〔2026〕31号", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("四川省科学技术厅办公室关于延长2026年度", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("自贸试验区技术需求“揭榜挂帅”项目申报", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("截止时间的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）科技局，中国（四川）自由贸易试验区各片区管委会，各有关单位：", indent=False)
    body("近期，部分市（州）和揭榜单位反映，增补榜单涉及的技术需求较为复杂，联合揭榜单位间协议签订、境外合作方材料公证认证等需要一定时间。为保证申报质量，经商省自贸办同意，现将2026年度自贸试验区技术需求“揭榜挂帅”项目（含增补榜单）网上申报截止时间延长至2026年6月30日17:00，市（州）科技局、各片区管委会审核推荐截止时间相应延长至2026年7月6日。", cl)
    body("同时，根据部分发榜单位意见，对揭榜申报书中“项目团队主要成员”表格进行了调整，增加“是否为境外人员”栏目，请揭榜单位使用修订后的申报书（见附件）填报，已按原格式提交的不需重新提交。", cl)
    body("其他事项仍按川科成〔2026〕7号、川科成〔2026〕12号文件执行。", cl)
    empty(doc, 1)
    add_par(doc, "附件：“揭榜挂帅”项目揭榜申报书（2026年修订版）", first=Pt(-48), left=Pt(80))
    # 落款 + date inside a floating text box; blank paragraphs reserve the space
    p = add_par(doc, "", indent=False)
    textbox(p, ["四川省科学技术厅办公室", "2026年5月28日"], 8.6, 0.9, 6.4, 2.2, FS, 16, None,
            "center", 28)
    empty(doc, 3)
    add_par(doc, "（此件主动公开）")

    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("“揭榜挂帅”项目揭榜申报书", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("（2026年修订版）", KT, 16, False)], align=C, indent=False, after=8)
    for lab in ["榜单编号：", "揭榜单位（盖章）：", "项目负责人：", "联系电话："]:
        p = doc.add_paragraph()
        font(p.add_run(lab), FS, 16)
        r = font(p.add_run("\u3000" * (16 - len(lab))), FS, 16)
        r.font.underline = True
        fmt(p, indent=False, left=Pt(64))
        cl.append(lab)
    empty(doc, 1)
    add_par(doc, [("一、项目团队主要成员", HT, 16, False)])
    grid_table(doc, ["序号", "姓名", "工作单位", "职称／职务", "是否为境外人员", "项目分工"],
               [[""] * 6 for _ in range(4)], [1.2, 2.0, 4.2, 2.6, 2.6, 3.0], size=12,
               clauses=cl, hdr_repeat=True)
    add_par(doc, [("二、揭榜技术方案", HT, 16, False)], before=8)
    body("围绕榜单需求，阐述总体技术路线、关键技术指标、创新点及与发榜单位的合作方式，限3000字。", cl)
    add_par(doc, [("三、预期成果及考核指标", HT, 16, False)])
    body("按“里程碑”节点列明阶段成果、可量化考核指标及验收方式。", cl)
    banji(doc, None, "四川省科学技术厅办公室", "2026年5月28日印发")

    out.append({
        "meta": meta(
            title="四川省科学技术厅办公室关于延长2026年度自贸试验区技术需求“揭榜挂帅”项目申报截止时间的通知",
            doc_number="川科办〔2026〕31号",
            issuer=["四川省科学技术厅办公室"],
            date="2026-05-28", region="四川省",
            attachments=["“揭榜挂帅”项目揭榜申报书（2026年修订版）"],
            recipients=["各市（州）科技局", "中国（四川）自由贸易试验区各片区管委会", "各有关单位"],
            publicity="此件主动公开"),
        "clauses": cl,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = out
    return path


def main():
    paths = [doc_zhejiang(), doc_guangxi(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
