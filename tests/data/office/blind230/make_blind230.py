# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031
"""Blind round 230: the most ordinary documents of provincial 商务厅 / 发展改革委 in 华北 and 西北.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind230_shaanxi_banfa.docx / .pdf    陕西省商务厅 印发《陕西省省级外贸转型升级基地认定管理办法》的通知
      (陕商发〔2024〕47号); the 办法 after a page break with a 附件 label, 第一章…第五章, 第一条…第十八条.
  blind230_hebei_yaodian.docx / .pdf    河北省发展和改革委员会 印发《河北省2025年推进高质量共建“一带一路”工作要点》
      的通知 (冀发改外资〔2025〕186号); the 要点 in a new section, 一、（一） items each followed by a
      牵头单位 line.
  blind230_xinjiang_gonggao.docx / .pdf 新疆维吾尔自治区商务厅公告 2024年第6号 (委托自贸试验区片区管理机构实施
      商务领域管理事项), 一、…八、 numbered paragraphs, effective date, 附件 目录 table in a landscape section.
  blind230_neimenggu_hanfu.docx / .pdf  内蒙古自治区商务厅 复函 to 满洲里市人民政府 (内商务函〔2024〕205号),
      信函格式, items 一、…六、 with （一）（二）（三） under 三、, 特此函复.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind230.py
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
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
KT2 = "楷体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— ", dash2=" —"):
    fnt(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def new_doc(mode="oddeven", first_blank=False, body_font=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if mode == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    elif mode == "right":
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    if first_blank:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None, spacing=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    rpr = r._element.get_or_add_rPr()
    if spacing:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    if width_scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, font=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, font, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, blank_after=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    if blank_after:
        P(doc, indent=0)


def attach_note(doc, items, font=FS):
    P(doc, indent=0)
    for i, t in enumerate(items):
        txt = "附件：" + t if len(items) == 1 else ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, font, indent=0)
        pf = p.paragraph_format
        if len(items) == 1:
            pf.left_indent = Pt(SAN * 5)
            pf.first_line_indent = Pt(-SAN * 3)
        elif i == 0:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 5)
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", font=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, font, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0, font=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", font, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), font, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", font, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), font, SI)
        fnt(p.add_run("\t" + printdate + "印发"), font, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold)
    return p


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================ (a) 陕西省商务厅 印发 办法
SX_NUM = "陕商发〔2024〕47号"
SX_BANFA = "陕西省省级外贸转型升级基地认定管理办法"
SX_TITLE = "陕西省商务厅关于印发《" + SX_BANFA + "》的通知"
SX_TITLE_LINES = ["陕西省商务厅关于印发《陕西省省级外贸", "转型升级基地认定管理办法》的通知"]
SX_MAIN_TO = "各设区市商务主管部门，杨凌示范区、西咸新区、韩城市商务主管部门，中国（陕西）自由贸易试验区各片区管委会："
SX_NOTICE = [
    "为贯彻落实国家关于推进外贸转型升级基地建设的部署要求，加快培育外贸竞争新优势，更好服务和融入共建“一带一路”大格局，省商务厅对《陕西省省级外贸转型升级基地认定管理办法（试行）》进行了修订，形成了《陕西省省级外贸转型升级基地认定管理办法》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向省商务厅对外贸易处反映。",
]
# (chapter, [(text, [extra paragraphs of the same article], [items])])
SX_CHAPTERS = [
    ("第一章　总　　则", [
        ("为加快推进全省外贸转型升级基地（以下简称基地）建设，培育以技术、品牌、质量、服务为核心的外贸竞争新优势，推动外贸高质量发展，根据商务部有关规定，结合我省实际，制定本办法。", [], []),
        ("本办法所称基地，是指依托产业集聚区，以出口为导向，在本省行政区域内形成的具有较强产业基础、较大外贸规模和明显区域特色的产业集群。", [], []),
        ("基地认定管理遵循“企业为主体、市场为导向、政府引导、动态管理”的原则。省商务厅负责基地的认定、指导和监督管理工作；各设区市商务主管部门及杨凌示范区、西咸新区、韩城市商务主管部门（以下统称市级商务主管部门）负责本地区基地的培育、申报初审和日常管理。", [], []),
    ]),
    ("第二章　认定条件", [
        ("申请认定的基地应当同时具备下列条件：", [], [
            "（一）依托国家级或者省级开发区、高新区、产业园区，或者县域特色产业集聚区建设，边界清晰、主导产业明确；",
            "（二）主导产业上一年度出口额不低于1亿元人民币，位于陕北、陕南地区的不低于5000万元人民币；",
            "（三）有进出口实绩的企业不少于10家，其中年出口额1000万元以上的骨干企业不少于3家；",
            "（四）设有统一的基地运营管理机构，具备为企业提供研发设计、检验检测、物流仓储、国际营销等公共服务的能力；",
            "（五）近三年未发生重大安全生产、环境污染、产品质量事故和严重失信行为。",
        ]),
        ("符合本办法第四条规定条件，且属于下列情形之一的，同等条件下优先认定：", [], [
            "（一）位于中国（陕西）自由贸易试验区中心片区、西安国际港务区片区或者杨凌示范区片区内的；",
            "（二）依托西安综合保税区、西安高新综合保税区、陕西西咸空港综合保税区、宝鸡综合保税区等海关特殊监管区域发展保税加工的；",
            "（三）主导产品对共建“一带一路”国家出口额占比超过50%的。",
        ]),
    ]),
    ("第三章　申报与认定", [
        ("省商务厅每年发布基地申报通知，明确申报时间和要求。申报主体为基地所在地县级人民政府或者开发区管委会。", [], []),
        ("申报主体应当提交基地认定申请表、基地发展情况报告、基地建设三年规划，以及海关、税务等部门出具的相关证明材料，并对材料的真实性负责。", [], []),
        ("市级商务主管部门对申报材料进行初审，于申报通知规定的截止日期前将初审意见和申报材料报送省商务厅。杨凌示范区内的基地由杨凌示范区管委会商务主管部门直接报送。", [], []),
        ("省商务厅组织专家对申报材料进行评审，必要时开展实地核查。评审结果经厅党组会议审定后，在省商务厅门户网站公示7个工作日。公示无异议的，由省商务厅发文认定并授牌。", [
            "公示期间有异议的，由省商务厅组织核实，并将核实结果书面告知异议人。",
        ], []),
    ]),
    ("第四章　支持与管理", [
        ("省商务厅在省级外经贸发展专项资金中安排资金，支持基地公共服务平台建设、国际市场开拓和品牌培育。对新认定的基地，给予一次性奖励50万元。", [], []),
        ("支持基地企业通过中欧班列（西安）集结中心开拓共建“一带一路”国家市场。西安国际港务区内的基地企业经中欧班列出口的，由西安国际港务区管委会协调优先保障舱位。", [], []),
        ("支持陕北、陕南地区基地建设。对榆林市、延安市、汉中市、安康市、商洛市新认定的基地，奖励标准提高至80万元。", [], []),
        ("基地实行年度报告制度。基地运营管理机构应当于每年2月底前，通过市级商务主管部门向省商务厅报送上一年度基地发展情况报告。", [], []),
        ("省商务厅每三年对基地开展一次综合评价，评价结果分为优秀、合格、不合格三个等次，作为资金支持和动态调整的重要依据。", [], []),
        ("基地有下列情形之一的，由省商务厅撤销认定，并收回已拨付的奖励资金：", [], [
            "（一）以弄虚作假等不正当手段取得认定的；",
            "（二）连续两年主导产业出口额下降超过30%且无正当理由的；",
            "（三）综合评价结果为不合格且整改后仍不合格，或者发生重大安全生产、环境污染、产品质量事故的。",
        ]),
    ]),
    ("第五章　附　　则", [
        ("本办法施行前已认定的省级外贸转型升级基地，应当于2025年6月30日前按照本办法规定重新办理认定手续；逾期未办理的，其认定资格自动失效。", [], []),
        ("本办法由省商务厅负责解释。", [], []),
        ("本办法自2024年12月1日起施行，有效期5年。《陕西省省级外贸转型升级基地认定管理办法（试行）》（陕商发〔2019〕12号）同时废止。", [], []),
    ]),
]
SX_CHAOSONG = "商务部对外贸易司，省发展改革委，省财政厅，西安海关，国家税务总局陕西省税务局。"
SX_PRINTER = "陕西省商务厅办公室"
SX_PRINTDATE = "2024年10月17日"


def sx_articles():
    """[(chapter, number, first paragraph, extra paragraphs, items)] with numbers counted through."""
    out, n = [], 0
    for chap, arts in SX_CHAPTERS:
        for txt, extra, items in arts:
            n += 1
            out.append((chap, "第%s条" % cn_num(n), txt, extra, items))
    return out


def build_shaanxi():
    doc = new_doc("oddeven")
    banhead(doc, "陕西省商务厅文件", 52, width_scale=90, spacing=20)
    docnum_rule(doc, SX_NUM)
    title(doc, SX_TITLE_LINES, soft=False)     # two centred paragraphs
    P(doc, SX_MAIN_TO, indent=0)
    for t in SX_NOTICE:
        P(doc, t)
    attach_note(doc, [SX_BANFA])
    signoff(doc, "陕西省商务厅", "2024年10月15日", right_chars=4, blank=3)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [SX_BANFA], soft=False)
    last = None
    for chap, num, txt, extra, items in sx_articles():
        if chap != last:
            P(doc, chap, HT, SAN, C, 0, before=6, after=6)
            last = chap
        runin(doc, num + "　", txt, HT, FS)
        for e in extra:
            P(doc, e)
        for it in items:
            P(doc, it)
    page_break(doc)
    banji(doc, SX_CHAOSONG, SX_PRINTER, SX_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind230_shaanxi_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (b) 河北省发展和改革委员会 工作要点
HB_NUM = "冀发改外资〔2025〕186号"
HB_YAODIAN = "河北省2025年推进高质量共建“一带一路”工作要点"
HB_TITLE = "河北省发展和改革委员会关于印发《" + HB_YAODIAN + "》的通知"
HB_TITLE_LINES = ["河北省发展和改革委员会关于印发", "《河北省2025年推进高质量共建", "“一带一路”工作要点》的通知"]
HB_MAIN_TO = "各市（含定州、辛集市）发展改革委（局），雄安新区改革发展局，省有关部门："
HB_NOTICE = [
    "现将《河北省2025年推进高质量共建“一带一路”工作要点》印发给你们，请结合实际抓好贯彻落实。",
    "各牵头单位要会同配合单位细化工作措施，于2025年6月25日、12月10日前分别将上半年和全年工作进展情况报送省发展改革委（利用外资和境外投资处），同时抄送省商务厅。",
]
HB_INTRO = "2025年是“十四五”规划收官之年。全省推进高质量共建“一带一路”工作，要以服务京津冀协同发展和雄安新区建设为牵引，统筹推进重大标志性工程和“小而美”民生项目，力争全年对共建“一带一路”国家进出口额增长5%以上，实际使用外资规模保持稳定。"
HB_SECTIONS = [
    ("一、推进设施联通", [
        ("（一）提升港口枢纽能级。", "加快唐山港曹妃甸港区、黄骅港综合港区航道和泊位建设，推动秦皇岛港西港区转型升级，全年港口货物吞吐量稳定在13亿吨以上，新开辟至共建“一带一路”国家集装箱航线3条。",
         "牵头单位：省交通运输厅；配合单位：唐山市、沧州市、秦皇岛市人民政府"),
        ("（二）做强中欧班列。", "支持石家庄国际陆港扩大中欧（中亚）班列开行规模，全年开行班列不少于800列；推动保定市、邢台市开行中亚回程班列，提高重箱率。",
         "牵头单位：省发展改革委；配合单位：石家庄市、保定市、邢台市人民政府，中国铁路北京局集团有限公司"),
        ("（三）拓展国际航空通道。", "依托北京大兴国际机场临空经济区（廊坊）和石家庄正定国际机场，新开通或加密至中亚、东南亚国际货运航线2条以上。",
         "牵头单位：河北机场管理集团有限公司；配合单位：廊坊市、石家庄市人民政府"),
    ]),
    ("二、深化经贸合作", [
        ("（一）稳定对共建国家贸易。", "实施“河北品牌丝路行”行动，全年组织企业参加境外重点展会80场以上，在东南亚、中东欧地区新设海外仓5个。",
         "牵头单位：省商务厅"),
        ("（二）推动自贸试验区制度创新。", "支持中国（河北）自由贸易试验区雄安片区、正定片区、曹妃甸片区、大兴机场片区开展首创性、差异化探索，全年形成制度创新成果20项以上，其中面向共建“一带一路”国家的不少于5项。",
         "牵头单位：省商务厅（省自贸办）；配合单位：雄安新区管委会，石家庄市、唐山市、廊坊市人民政府"),
        ("（三）提升综合保税区发展水平。", "推动石家庄综合保税区、曹妃甸综合保税区、廊坊综合保税区发展保税维修、跨境电商等新业态，力争2个综合保税区在全国综合保税区发展绩效评估中晋级。",
         "牵头单位：省商务厅；配合单位：石家庄海关"),
    ]),
    ("三、推动产能和投资合作", [
        ("（一）建设境外经贸合作区。", "推动我省企业在塞尔维亚、印度尼西亚等国建设的境外经贸合作区提质升级，引导钢铁、建材、装备制造企业有序“走出去”。",
         "牵头单位：省商务厅；配合单位：省发展改革委、省国资委"),
        ("（二）谋划储备重大项目。", "滚动更新全省共建“一带一路”重点项目库，全年新入库项目不少于30个；推动唐山市、邯郸市钢铁企业与共建国家开展绿色低碳产能合作。",
         "牵头单位：省发展改革委；配合单位：唐山市、邯郸市人民政府"),
        ("（三）扩大双向投资。", "在雄安新区、石家庄高新技术产业开发区举办外资企业圆桌会不少于4场，推动一批共建国家企业投资项目落地。",
         "牵头单位：省商务厅；配合单位：雄安新区管委会、石家庄市人民政府"),
    ]),
    ("四、加强人文交流", [
        ("（一）深化教育合作。", "支持河北大学、燕山大学等高校与共建国家高校开展合作办学，扩大来冀留学生规模。",
         "牵头单位：省教育厅"),
        ("（二）打造“小而美”项目。", "在农业、卫生健康领域实施一批援外培训和示范项目，全年举办面向共建国家的培训班10期以上。",
         "牵头单位：省农业农村厅、省卫生健康委"),
    ]),
    ("五、强化保障措施", [
        ("（一）健全工作机制。", "发挥省推进“一带一路”建设工作领导小组统筹协调作用，每半年召开一次领导小组办公室会议，研究解决重大问题。",
         "牵头单位：省发展改革委"),
        ("（二）防范境外风险。", "健全境外企业和项目安全风险预警和应急处置机制，指导企业做好合规经营和风险防范。",
         "牵头单位：省商务厅；配合单位：省委外办、省公安厅"),
    ]),
]
HB_CHAOSONG = "国家发展改革委一带一路建设促进中心，省委外办，省政府办公厅。"
HB_PRINTER = "河北省发展和改革委员会办公室"
HB_PRINTDATE = "2025年3月17日"


def build_hebei():
    doc = new_doc("center", body_font=FS2)
    banhead(doc, "河北省发展和改革委员会文件", 42, width_scale=72)
    docnum_rule(doc, HB_NUM, font=FS2)
    title(doc, HB_TITLE_LINES, soft=True)       # one paragraph, two soft breaks
    P(doc, HB_MAIN_TO, FS2, indent=0)
    for t in HB_NOTICE:
        P(doc, t, FS2)
    attach_note(doc, [HB_YAODIAN], font=FS2)
    signoff(doc, "河北省发展和改革委员会", "2025年3月14日", right_chars=2, blank=3, font=FS2)
    # the 要点 in a new section (next-page section break), slightly different margins
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.top_margin, sec.bottom_margin = Mm(35), Mm(33)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["河北省2025年推进高质量共建", "“一带一路”工作要点"], soft=False)
    P(doc, HB_INTRO, FS2)
    for head, items in HB_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t, lead in items:
            runin(doc, h, t, KT2, FS2, bold=True)
            P(doc, lead, KT2)
    page_break(doc)
    banji(doc, HB_CHAOSONG, HB_PRINTER, HB_PRINTDATE, blank=18, font=FS2)
    out = os.path.join(HERE, "blind230_hebei_yaodian.docx")
    doc.save(out)
    return out


# ================================================================ (c) 新疆维吾尔自治区商务厅 公告
XJ_NUM = "2024年第6号"
XJ_TITLE = "关于委托中国（新疆）自由贸易试验区各片区管理机构实施部分商务领域管理事项的公告"
XJ_TITLE_LINES = ["关于委托中国（新疆）自由贸易试验区各片区", "管理机构实施部分商务领域管理事项的公告"]
XJ_ATT = "中国（新疆）自由贸易试验区片区管理机构受托实施商务领域管理事项目录"
XJ_PREAMBLE = "为贯彻落实《中国（新疆）自由贸易试验区总体方案》，深化自由贸易试验区“放管服”改革，根据《中华人民共和国行政许可法》等有关规定，经自治区人民政府同意，自治区商务厅决定委托中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区、霍尔果斯片区管理机构（以下简称片区管理机构）实施部分商务领域管理事项。现将有关事项公告如下："
XJ_ITEMS = [
    "一、委托事项。自治区商务厅委托片区管理机构实施的商务领域管理事项共6项，具体事项、设定依据和受托机关见附件。",
    "二、委托范围。片区管理机构仅在本片区范围内实施受托事项。其中，乌鲁木齐片区管理机构的受托范围包括乌鲁木齐综合保税区；喀什片区管理机构的受托范围包括喀什综合保税区；霍尔果斯片区管理机构的受托范围包括中哈霍尔果斯国际边境合作中心中方配套区和霍尔果斯综合保税区。",
    "三、实施方式。片区管理机构应当以自治区商务厅的名义实施受托事项，不得再委托其他组织或者个人实施。受托事项统一通过新疆政务服务网受理，实行“一网通办”。",
    "四、办理时限。受托事项在法定办理时限基础上压缩50%；其中技术进出口合同登记、单用途商业预付卡发卡企业备案实行即时办结。",
    "五、监督管理。自治区商务厅对片区管理机构实施受托事项的行为负责监督，并对该行为的后果承担法律责任。片区管理机构应当于每季度结束后10日内，向自治区商务厅报送受托事项办理情况。",
    "六、工作衔接。本公告施行前自治区商务厅已经受理的申请，仍由自治区商务厅办理完毕。",
    "七、咨询电话。乌鲁木齐片区：0991-3687215；喀什片区：0998-2516630；霍尔果斯片区：0999-8786102；自治区商务厅：0991-2841367。",
    "八、本公告自2024年7月1日起施行，委托期限至2027年6月30日。",
]
XJ_HEADER = ["序号", "事项名称", "设定依据", "受托机关", "实施范围"]
XJ_ROWS = [
    ["1", "对外劳务合作经营资格核准", "《对外劳务合作管理条例》", "乌鲁木齐片区、喀什片区、霍尔果斯片区管理机构", "各片区范围内"],
    ["2", "境外投资备案（地方企业）", "《境外投资管理办法》", "乌鲁木齐片区、喀什片区、霍尔果斯片区管理机构", "各片区范围内注册的企业"],
    ["3", "拍卖企业设立、变更审批", "《拍卖管理办法》", "乌鲁木齐片区管理机构", "乌鲁木齐片区（含乌鲁木齐综合保税区）"],
    ["4", "技术进出口合同登记", "《技术进出口合同登记管理办法》", "乌鲁木齐片区、喀什片区、霍尔果斯片区管理机构", "各片区范围内"],
    ["5", "自动进口许可证签发", "《货物自动进口许可管理办法》", "喀什片区、霍尔果斯片区管理机构", "喀什综合保税区、霍尔果斯综合保税区"],
    ["6", "单用途商业预付卡发卡企业备案", "《单用途商业预付卡管理办法（试行）》", "乌鲁木齐片区管理机构", "乌鲁木齐片区范围内"],
]


def build_xinjiang():
    doc = new_doc("center", first_blank=False)
    banhead(doc, "新疆维吾尔自治区商务厅公告", 40, width_scale=80)
    P(doc, indent=0, line=Pt(12))
    p = P(doc, XJ_NUM, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)
    title(doc, XJ_TITLE_LINES, soft=True)
    P(doc, XJ_PREAMBLE)
    for t in XJ_ITEMS:
        P(doc, t)
    P(doc, "特此公告。")
    attach_note(doc, [XJ_ATT])
    signoff(doc, "新疆维吾尔自治区商务厅", "2024年6月18日", right_chars=2, blank=3, public=None)
    # 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(35), Mm(35)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, XJ_ATT, XBZ, 20, C, 0, line=Pt(35), after=12)
    tbl = doc.add_table(rows=1 + len(XJ_ROWS), cols=len(XJ_HEADER))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [16, 58, 62, 46, 45])
    for i, h in enumerate(XJ_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(XJ_ROWS, start=1):
        for i, v in enumerate(row):
            cell_text(tbl.cell(r, i), v, FS, SI, C if i in (0,) else L, line=Pt(22))
        cant_split(tbl.rows[r])
    out = os.path.join(HERE, "blind230_xinjiang_gonggao.docx")
    doc.save(out)
    return out


# ================================================================ (d) 内蒙古自治区商务厅 复函 (信函格式)
NM_NUM = "内商务函〔2024〕205号"
NM_TITLE = "内蒙古自治区商务厅关于满洲里市开展边民互市贸易进口商品落地加工试点有关事项的复函"
NM_TITLE_LINES = ["内蒙古自治区商务厅关于满洲里市开展", "边民互市贸易进口商品落地加工", "试点有关事项的复函"]
NM_MAIN_TO = "满洲里市人民政府："
NM_OPEN = "你市《关于商请支持开展边民互市贸易进口商品落地加工试点的函》（满政函〔2024〕71号）收悉。经研究，并商自治区发展改革委、财政厅和满洲里海关，现函复如下："
NM_ITEMS = [
    ("一、原则同意你市在满洲里边民互市贸易区开展边民互市贸易进口商品落地加工试点（以下简称试点），试点期限自本函印发之日起至2026年12月31日。", []),
    ("二、试点落地加工企业应当在满洲里综合保税区、满洲里国际物流产业园区或者扎赉诺尔区工业园区内登记注册并从事生产。加工原料限于经满洲里公路口岸互市贸易通道进口、列入《边民互市贸易进口商品清单》的俄罗斯、蒙古国商品。", []),
    ("三、请你市抓紧完善试点实施方案，重点做好以下工作：", [
        "（一）建立边民互助组与落地加工企业之间的交易结算机制，确保互市商品来源真实、交易全程可追溯；",
        "（二）会同满洲里海关完善互市商品出区监管措施，防止以互市贸易名义从事一般贸易；",
        "（三）建立试点企业名录并实行动态管理，对违规经营的企业及时予以清退。",
    ]),
    ("四、自治区商务厅将在年度外经贸发展资金中对试点给予倾斜支持。对年度边民互市贸易进口商品落地加工量达到5万吨以上的加工企业，按照有关规定给予物流费用补贴。", []),
    ("五、试点实施方案请于2025年1月31日前报自治区商务厅备案。试点期间，请于每季度结束后15日内报送试点进展情况。", []),
    ("六、试点形成可复制推广的经验后，自治区商务厅将适时在二连浩特市、额尔古纳市等边境旗市推广。", []),
]
NM_CHAOSONG = "自治区发展改革委，自治区财政厅，满洲里海关，呼伦贝尔市人民政府。"


def build_neimenggu():
    FSx = "FangSong"
    doc = new_doc("right", first_blank=True, body_font=FSx)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    banhead(doc, "内蒙古自治区商务厅", 44, width_scale=95, spacing=10)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, NM_NUM, FSx, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, NM_TITLE_LINES, soft=True)
    P(doc, NM_MAIN_TO, FSx, indent=0)
    P(doc, NM_OPEN, FSx)
    for t, subs in NM_ITEMS:
        P(doc, t, FSx)
        for s_ in subs:
            P(doc, s_, FSx)
    P(doc, "特此函复。", FSx)
    signoff(doc, "内蒙古自治区商务厅", "2024年11月22日", right_chars=3, blank=2, public="（此件主动公开）", font=FSx)
    banji(doc, NM_CHAOSONG, None, None, blank=6, font=FSx)
    out = os.path.join(HERE, "blind230_neimenggu_hanfu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_230", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 陕西
    sx_cl = list(SX_NOTICE)
    for chap, num, txt, extra, items in sx_articles():
        sx_cl.append("\n".join([num + "　" + txt] + extra))
        sx_cl.extend(items)
    out["blind230_shaanxi_banfa"] = [{
        "meta": {
            "title": SX_TITLE, "doc_number": SX_NUM, "issuer": ["陕西省商务厅"],
            "date": "2024-10-15", "published": "2024-10-17", "level": "provincial", "region": "陕西省",
            "effective": "2024-12-01", "expires": "2029-11-30", "attachments": [SX_BANFA],
            "doc_type": "通知（印发管理办法）",
            "recipients": ["各设区市商务主管部门", "杨凌示范区、西咸新区、韩城市商务主管部门", "中国（陕西）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": "《陕西省省级外贸转型升级基地认定管理办法（试行）》（陕商发〔2019〕12号）",
        },
        "clauses": sx_cl,
        "applies_to": {
            "default": "陕西省",
            "specific": {
                "第五条（一）": "中国（陕西）自由贸易试验区中心片区、西安国际港务区片区、杨凌示范区片区",
                "第五条（二）": "西安综合保税区、西安高新综合保税区、陕西西咸空港综合保税区、宝鸡综合保税区",
                "第八条": "sentence 2 only: 杨凌示范区 (the article as a whole is province-wide; tagging 杨凌示范区 as well is fine)",
                "第十一条": "西安国际港务区 (the 舱位 sentence); 中欧班列（西安）集结中心 is in 西安市",
                "第十二条": "榆林市、延安市、汉中市、安康市、商洛市",
            },
            "note": "第四条（二）/ 第十二条 '陕北、陕南地区' are regions of the province (榆林、延安 / 汉中、安康、商洛) — tagging them is a bonus, not required. 共建“一带一路”国家 does not move 第五条（三）/第十二条 abroad. 杨凌示范区、西咸新区、韩城市 in the 主送 and 第三条 are addressees, not narrower places of application (第三条 stays province-wide).",
        },
        "_note": (
            "Furniture: red 版头 陕西省商务厅文件 (letter-spaced, 90% width); 文号 陕商发〔2024〕47号 + red rule; title typed as TWO centred paragraphs (…关于印发《陕西省省级外贸 / 转型升级基地认定管理办法》的通知 — the break splits 外贸|转型升级 inside the book title) joined with no space; 主送 (3 parts); ONE notice paragraph (clause); 附件说明 附件：陕西省省级外贸转型升级基地认定管理办法 (hanging indent); 落款 陕西省商务厅 / 2024年10月15日; （此件公开发布）. "
            "After a page break: label 附件, the 办法 title (one centred paragraph; a heading, not a clause), 第一章…第五章 centred 黑体 headings (not clauses; the path of 第X条 should carry its 章), 第一条…第十八条 run-in (黑体 number + full-width space + 仿宋 text = one clause). "
            "第四条 (5 items), 第五条 (3 items), 第十五条 (3 items) end with a colon and are followed by （一）（二）… item paragraphs: expected lists them as separate clauses after their article; merged into the article is equally good; losing them or treating them as top-level （一） without the article is medium. "
            "第九条 has a SECOND paragraph with no number (公示期间有异议的…): it belongs to 第九条 (expected joins the two paragraphs with a newline; joined without one, or a separate clause under 第九条, is equally good; glued onto 第十条 or dropped is high). "
            "第十八条: 自2024年12月1日起施行，有效期5年 → effective 2024-12-01, expires 2029-11-30 (computed; 2029-12-01 tolerable low; null medium); it also repeals 陕商发〔2019〕12号 (that number is not this document's). "
            "date 2024-10-15 (落款), published 2024-10-17 (版记 印发). 版记 on its own last page after a page break and 16 empty paragraphs: 抄送：… / 陕西省商务厅办公室 2024年10月17日印发. Footer “— N —” odd right / even left. "
            "2025-06-30 (第十六条) is a deadline, not a date of the document. Counting: notice + 办法 = ONE document (a second document for the 办法 with the same meta is tolerable; the notice then keeps 1 clause)."
        ),
        "_pdf": {"note": "Same expected meta and clauses. 版头 prints letter-spaced; the 落款 lands on page 1 or 2 depending on fonts; the 办法 starts on a new page; the 版记 is alone at the foot of the last page."},
    }]
    # ---- (b) 河北
    hb_cl = list(HB_NOTICE) + [HB_INTRO] + [h + t + "\n" + lead for _, items in HB_SECTIONS for h, t, lead in items]
    out["blind230_hebei_yaodian"] = [{
        "meta": {
            "title": HB_TITLE, "doc_number": HB_NUM, "issuer": ["河北省发展和改革委员会"],
            "date": "2025-03-14", "published": "2025-03-17", "level": "provincial", "region": "河北省",
            "effective": None, "expires": None, "attachments": [HB_YAODIAN], "doc_type": "通知（印发工作要点）",
            "recipients": ["各市（含定州、辛集市）发展改革委（局）", "雄安新区改革发展局", "省有关部门"],
            "publicity": "此件公开发布",
        },
        "clauses": hb_cl,
        "applies_to": {
            "default": "河北省",
            "specific": {
                "一、（一）": "唐山港曹妃甸港区（唐山市）、黄骅港（沧州市）、秦皇岛港（秦皇岛市）",
                "一、（二）": "石家庄国际陆港（石家庄市）、保定市、邢台市",
                "一、（三）": "北京大兴国际机场临空经济区（廊坊市）、石家庄正定国际机场（石家庄市）",
                "二、（二）": "中国（河北）自由贸易试验区雄安片区、正定片区、曹妃甸片区、大兴机场片区",
                "二、（三）": "石家庄综合保税区、曹妃甸综合保税区、廊坊综合保税区",
                "三、（二）": "唐山市、邯郸市 (second half of the item)",
                "三、（三）": "雄安新区、石家庄高新技术产业开发区",
            },
            "note": "塞尔维亚、印度尼西亚 / 东南亚、中东欧 / 中亚 do not move a clause abroad. Places named only in a 配合单位 line (e.g. 二、（二） 配合单位 雄安新区管委会，石家庄市、唐山市、廊坊市) agree with the item; 河北大学、燕山大学 are not places. 定州、辛集市 appear only in 主送.",
        },
        "_note": (
            "Furniture: red 版头 河北省发展和改革委员会文件 (condensed 72%); 文号 冀发改外资〔2025〕186号 + red rule; title ONE paragraph with two soft breaks (…关于印发 / 《河北省2025年推进高质量共建 / “一带一路”工作要点》的通知) joined with no space; 主送; 2 notice paragraphs (clauses); 附件说明; 落款 河北省发展和改革委员会 / 2025年3月14日; （此件公开发布）. "
            "The 要点 starts after a NEXT-PAGE SECTION BREAK (new section, other margins): label 附件, the 要点 title in two centred paragraphs (heading, not a clause), 1 intro paragraph (clause), 一、…五、 黑体 headings on their own lines (not clauses), run-in bold 楷体 （一）（二）（三） items restarting under each 一、. "
            "After EVERY item a separate 楷体 paragraph 牵头单位：…[；配合单位：…] — it belongs to the item before it (expected: item + newline + 牵头单位 line as ONE clause; joined without newline equally good; as a separate clause under the same item tolerable low; glued onto the NEXT item or read as a clause of its own with no parent: medium; lost: medium). Labels must be unique with the parent (一、（一） ≠ 二、（一）). "
            "No effective/expires (a 工作要点). date 2025-03-14; published 2025-03-17 (版记 on its own last page after a page break + 18 empty paragraphs). 2025-06-25 / 12-10 are report deadlines. Footer “— N —” centred on every page. "
            "Counting: one document (notice + 要点)."
        ),
        "_pdf": {"note": "Same expected meta and clauses. The 要点 begins on a new page; 牵头单位 lines print as their own indented lines under each item; 版记 alone at the foot of the last page."},
    }]
    # ---- (c) 新疆
    xj_rows = [row_clause(XJ_HEADER, r) for r in XJ_ROWS]
    out["blind230_xinjiang_gonggao"] = [{
        "meta": {
            "title": XJ_TITLE, "doc_number": XJ_NUM, "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2024-06-18", "published": None, "level": "provincial", "region": "新疆维吾尔自治区",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [XJ_ATT], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": [XJ_PREAMBLE] + XJ_ITEMS + xj_rows,
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区（乌鲁木齐片区、喀什片区、霍尔果斯片区），新疆维吾尔自治区",
            "specific": {
                "二、": "乌鲁木齐片区（乌鲁木齐综合保税区）、喀什片区（喀什综合保税区）、霍尔果斯片区（中哈霍尔果斯国际边境合作中心中方配套区、霍尔果斯综合保税区）",
                "七、": "(contact numbers per 片区 — naming them is fine)",
                "序号3": "乌鲁木齐片区（含乌鲁木齐综合保税区）",
                "序号5": "喀什综合保税区、霍尔果斯综合保税区",
                "序号6": "乌鲁木齐片区",
            },
            "note": "The whole 公告 concerns the three 片区 of the 新疆 FTZ: tagging every clause with the 自治区 only is low; 序号1/2/4 apply in all three 片区. 俄罗斯 etc. do not occur. 中哈 in 中哈霍尔果斯国际边境合作中心 does not place a clause in 哈萨克斯坦.",
        },
        "_note": (
            "公告 format: red 版头 新疆维吾尔自治区商务厅公告 (no 文件), the number line 2024年第6号 centred with a red rule under it (doc_number = 2024年第6号; “新疆维吾尔自治区商务厅公告2024年第6号” equally good), then the subject title in ONE paragraph with a soft break (关于委托中国（新疆）自由贸易试验区各片区 / 管理机构实施部分商务领域管理事项的公告). "
            "title: the printed title 关于…的公告; prefixing the issuer (新疆维吾尔自治区商务厅关于…的公告) is equally good; “新疆维吾尔自治区商务厅公告” alone is medium. No 主送, no 版记, no 公开 line → recipients [], published null. "
            "Clauses: preamble ending in 公告如下： + items 一、…八、 written as whole paragraphs (number + bold-less run-in heading + text = one clause); 特此公告。 is the closing formula (furniture; as a clause low). 附件说明 附件：…目录; 落款 新疆维吾尔自治区商务厅 / 2024年6月18日. "
            "八、: 自2024年7月1日起施行，委托期限至2027年6月30日 → effective 2024-07-01, expires 2027-06-30. "
            "附件 in a LANDSCAPE section (section break): label 附件, table title (heading), 5-column table 序号/事项名称/设定依据/受托机关/实施范围 with 6 rows (header row repeat-marked, rows cantSplit); each row is one clause 序号：N；事项名称：…；设定依据：…；受托机关：…；实施范围：… . The telephone numbers in 七、 are not dates or 文号. Footer “— N —” centred. One document."
        ),
        "_pdf": {"note": "Same expected meta and clauses. The 附件 table prints on a landscape page; cells wrap (受托机关 / 实施范围 on 2–3 lines) and must be re-joined without spaces."},
    }]
    # ---- (d) 内蒙古
    nm_cl = [NM_OPEN]
    for t, subs in NM_ITEMS:
        nm_cl.append(t)
        nm_cl.extend(subs)
    out["blind230_neimenggu_hanfu"] = [{
        "meta": {
            "title": NM_TITLE, "doc_number": NM_NUM, "issuer": ["内蒙古自治区商务厅"],
            "date": "2024-11-22", "published": None, "level": "provincial", "region": "内蒙古自治区",
            "effective": None, "expires": None, "attachments": [], "doc_type": "函（复函）",
            "recipients": ["满洲里市人民政府"], "publicity": "此件主动公开",
            "replies_to": "关于商请支持开展边民互市贸易进口商品落地加工试点的函（满政函〔2024〕71号）",
        },
        "clauses": nm_cl,
        "applies_to": {
            "default": "内蒙古自治区满洲里市（满洲里边民互市贸易区）",
            "specific": {
                "一、": "满洲里边民互市贸易区（满洲里市）",
                "二、": "满洲里综合保税区、满洲里国际物流产业园区、扎赉诺尔区工业园区（扎赉诺尔区）；满洲里公路口岸",
                "三、（二）": "满洲里市 (满洲里海关 is an organ)",
                "六、": "二连浩特市、额尔古纳市 — future roll-out (tagging them is fine; tagging them INSTEAD of 满洲里 low)",
            },
            "note": "A provincial 复函 that concerns one city: default place 满洲里市 (内蒙古自治区 alone is too broad, low). 俄罗斯、蒙古国 (origin of goods) do not move 二、 abroad. 呼伦贝尔市 appears only in the 抄送.",
        },
        "_note": (
            "信函格式: red organ name 内蒙古自治区商务厅 without 文件, red thick-thin double rule, 文号 内商务函〔2024〕205号 right-aligned UNDER the rule; no page number on page 1 (different first page), “— N —” right on later pages. "
            "Title ONE paragraph with two soft breaks (…满洲里市开展 / 边民互市贸易进口商品落地加工 / 试点有关事项的复函; the second splits 落地加工|试点) joined with no space. 主送 满洲里市人民政府. "
            "Clauses: the 收悉 opening (满政函〔2024〕71号 is the city's letter, not this document's number) + 一、…六、 whole paragraphs; 三、 ends with a colon and has （一）（二）（三） item paragraphs (separate clauses expected; merged into 三、 equally good; path must show 三、). 特此函复。 is the closing formula (furniture; as a clause low). "
            "落款 内蒙古自治区商务厅 / 2024年11月22日; （此件主动公开）; 版记 with only 抄送 between two rules — no 印发 line → published null. "
            "effective/expires: none for the letter itself; the PILOT runs 自本函印发之日起至2026年12月31日 — effective 2024-11-22 / expires 2026-12-31 read from item 一、 is tolerable (taste); a date from 五、 (2025-01-31, a deadline) is wrong (medium)."
        ),
        "_pdf": {"note": "Same expected meta and clauses. Page 1 without page number; the 落款/版记 may move to page 2."},
    }]
    return out


def main():
    files = [build_shaanxi(), build_hebei(), build_xinjiang(), build_neimenggu()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
