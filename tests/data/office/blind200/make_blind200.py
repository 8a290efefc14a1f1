# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 200: the most ordinary documents of 京津冀 offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind200_beijing_yijian.docx / .pdf    北京市人民政府办公厅 实施意见 (京政办发〔2024〕16号) on the
      “两区” (北京自贸试验区 + 服务业扩大开放综合示范区); 一、（一）1. three levels, items naming
      大兴机场片区 / 天竺综保区 / 科技创新片区 / 国际商务服务片区 / 亦庄 ...; 版记 after a section break.
  blind200_tianjin_shenbao.docx / .pdf   天津市商务局 + 天津市财政局 joint 申报通知 (津商务发〔2024〕11号),
      lead-organ-only 版头, joint 落款 on one line; 附件1 申报材料清单 (table), 附件2 blank 汇总表
      (landscape section, a form to fill in).
  blind200_hebei_pifu.docx / .pdf        河北省人民政府 批复 (冀政函〔2024〕87号) to 石家庄市人民政府 and the
      正定片区管委会, 信函格式 (red organ name, red double rules top and bottom of page 1, 文号 right).
  blind200_xiongan_jiyao.docx / .pdf     河北雄安新区管理委员会 主任办公会议纪要 〔2024〕第12期:
      decisions 一、…六、, 出席 / 列席 lines, 分送 版记, no 主送, no 落款.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind200.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋_GBK"
FS = "仿宋_GB2312"
FSG = "方正仿宋_GBK"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def runs(container, parts, align=J, indent=2, line=LINE):
    """parts: [(text, east, bold)]; a text containing '\\n' gets a soft line break there."""
    p = P(container, "", align=align, indent=indent, line=line)
    for text, east, bold in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = fnt(p.add_run(ch), east, SAN, bold)
            if i < len(chunks) - 1:
                r.add_break()
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


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section, pitch=579):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), str(pitch))


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)


def new_doc(footer="oddeven", first_blank=False, normal_font=FS):
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), normal_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    fp = s.footer.paragraphs[0]
    if footer == "center":
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
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


def banhead(doc, text, size=44, scale=None, line=None, before=0):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.15), before=before)
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return p


def docnum_rule(doc, num, blank_before=2, after_blank=1):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 12, "E60012", 12)
    for _ in range(after_blank):
        P(doc, indent=0)


def title_paras(doc, lines, soft=True, size=ER, line=Pt(34)):
    if soft:
        p = P(doc, "", XBZ, size, C, 0, line=line)
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, size, C, 0, line=line)
    P(doc, indent=0)


def attach_note(doc, items, blank=1):
    for _ in range(blank):
        P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    if organ:
        p = P(doc, organ, FS, SAN, R, 0)
        p.paragraph_format.right_indent = Pt(SAN * right_chars)
        p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, label, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run(label + "：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, line=None):
    """text may contain '\\n\\n' → a second paragraph inside the cell."""
    paras = text.split("\n\n") if text else [""]
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        if t:
            fnt(p.add_run(t), east, size, bold)
    return cell


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


def row_prop(row, tag):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:%s %s/>' % (tag, nsdecls("w"))))


def row_height(row, mm):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n\n", "")) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_200", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 北京市人民政府办公厅 实施意见
BJ_NUM = "京政办发〔2024〕16号"
BJ_TITLE = "北京市人民政府办公厅关于进一步推进中国（北京）自由贸易试验区和国家服务业扩大开放综合示范区建设的实施意见"
BJ_TITLE_LINES = ["北京市人民政府办公厅关于进一步推进", "中国（北京）自由贸易试验区和国家服务业", "扩大开放综合示范区建设的实施意见"]
BJ_MAIN_TO = "各区人民政府，市政府各委、办、局，各市属机构："
BJ_INTRO = "为深入实施国家服务业扩大开放综合示范区和中国（北京）自由贸易试验区（以下统称“两区”）建设方案，推动“两区”建设与京津冀协同发展、共建“一带一路”高质量发展深度融合，经市政府同意，现提出如下实施意见。"
# (一、 heading, [ (（一） heading, run-in text or None, [1. items]) ])
BJ_BODY = [
    ("一、提升重点片区和综合保税区开放能级", [
        ("（一）推动大兴机场片区联动发展", None, [
            "1.支持北京大兴国际机场综合保税区开展保税维修、保税研发和跨境电商“1210”业务，2024年12月31日前实现综合保税区一期（北京区域）全面封关运营。",
            "2.推动大兴机场片区北京区域与河北区域（廊坊）实行统一的市场准入标准和监管规则，联合发布片区政策清单，每年更新1次。",
            "3.在大兴区礼贤镇、榆垡镇统筹安排临空经济产业用地不少于3000亩，优先保障航空物流、生命健康和跨境电商项目落地。",
        ]),
        ("（二）提升天竺综合保税区发展水平", None, [
            "1.支持北京天竺综合保税区发展文化艺术品保税展示交易，在顺义区举办的艺术品保税展示活动，经海关备案后\n展期可延长至6个月。",
            "2.推进首都国际机场与天竺综合保税区“空港联动”，进口货物实行“直提直装”，平均通关时间压缩至6小时以内。",
        ]),
        ("（三）强化科技创新片区引领作用。", "支持海淀区、昌平区科技创新片区内的外资研发中心开展跨境研发数据流动试点，研发用物品进口实行“白名单”管理，2024年纳入白名单的企业不少于100家。", []),
    ]),
    ("二、深化服务业重点领域开放", [
        ("（一）扩大金融领域开放", None, [
            "1.支持国际商务服务片区朝阳区CBD、通州区运河商务区引进外资控股的证券、期货和资产管理机构，对新落户机构按实缴资本的1%给予一次性奖励，最高不超过1000万元。",
            "2.在中关村科学城开展合格境外有限合伙人（QFLP）试点扩容，单只基金规模下限调整为1亿元人民币。",
        ]),
        ("（二）便利跨境贸易和投资", None, [
            "1.对在北京自贸试验区内注册的外商投资企业，外资准入负面清单以外领域实行“准入即准营”，一般事项办理时限压缩至3个工作日。",
            "2.落实跨境服务贸易负面清单，2024年9月30日前出台本市配套管理办法。",
            "3.对在共建“一带一路”国家设立境外经贸合作区或海外仓的本市企业，从外经贸发展资金中给予支持，单个企业年度支持额不超过300万元。",
        ]),
    ]),
    ("三、支持高端产业集聚发展", [
        ("（一）建设数字贸易港。", "在北京经济技术开发区高端产业片区（亦庄）建设数字贸易港，开展数据跨境流动安全评估便利化试点，2025年底前集聚数字贸易企业200家以上。", []),
        ("（二）发展生物医药和医疗服务。", "对顺义区、大兴区生物医药产业园内企业进口研发用临床急需药品和医疗器械，由市药监局会同北京海关实行快速审批，审批时限不超过10个工作日。", []),
    ]),
    ("四、强化组织保障", [
        ("（一）加强统筹协调。", "市推进“两区”建设工作领导小组办公室（设在市商务局）负责统筹推进本实施意见落实，各区、各部门于每年6月30日和12月31日前报送工作进展情况。", []),
        ("（二）严格督查考核。", "将“两区”建设任务完成情况纳入各区高质量发展绩效考评，对工作成效明显的区在专项资金安排上予以倾斜。", []),
        ("（三）明确施行时间。", "本实施意见自2024年7月1日起施行，有效期至2027年6月30日。本市此前有关规定与本实施意见不一致的，以本实施意见为准。", []),
    ]),
]
BJ_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市高级人民法院，市人民检察院，北京海关，天津海关驻北京办事处，各民主党派市委。"
BJ_PRINTER = "北京市人民政府办公厅"
BJ_PRINTDATE = "2024年6月20日"


def build_beijing():
    doc = new_doc("oddeven")
    banhead(doc, "北京市人民政府办公厅文件", 42, scale=80, before=12)
    docnum_rule(doc, BJ_NUM, blank_before=2)
    title_paras(doc, BJ_TITLE_LINES, soft=False)
    P(doc, BJ_MAIN_TO, indent=0)
    P(doc, BJ_INTRO)
    for head, subs in BJ_BODY:
        P(doc, head, HT, SAN)
        for sh, txt, items in subs:
            if txt is None:
                P(doc, sh, KT, SAN)                     # （一） heading on its own line
                for it in items:
                    runs(doc, [(it, FS, False)])
            else:
                runs(doc, [(sh, KT, True), (txt, FS, False)])
    signoff(doc, "北京市人民政府办公厅", "2024年6月18日", right_chars=4, blank=3)
    # 版记 on its own page, after a section break (new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    banji(doc, "抄送", BJ_CHAOSONG, BJ_PRINTER, BJ_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind200_beijing_yijian.docx")
    doc.save(out)
    return out


def bj_clauses():
    out = [BJ_INTRO]
    for _, subs in BJ_BODY:
        for sh, txt, items in subs:
            if txt is None:
                out.extend(it.replace("\n", "") for it in items)
            else:
                out.append(sh + txt)
    return out


# ================================================================ (b) 天津 商务局 + 财政局 申报通知
TJ_NUM = "津商务发〔2024〕11号"
TJ_TITLE = "天津市商务局　天津市财政局关于组织申报2024年度中国（天津）自由贸易试验区外经贸发展专项资金项目的通知"
TJ_TITLE_LINES = ["天津市商务局　天津市财政局关于组织申报", "2024年度中国（天津）自由贸易试验区", "外经贸发展专项资金项目的通知"]
TJ_MAIN_TO = "滨海新区、各有关区商务主管部门、财政局，天津港保税区、东疆综合保税区管委会有关部门，各有关企业："
TJ_INTRO = "为贯彻落实《中国（天津）自由贸易试验区提升战略行动方案》，用好外经贸发展专项资金，支持天津自贸试验区和综合保税区扩大开放、创新发展，根据《天津市外经贸发展专项资金管理办法》有关规定，现将2024年度项目申报工作有关事项通知如下："
TJ_BODY = [
    ("一、支持方向", "runin", [
        ("（一）融资租赁和航运服务。", "支持天津港东疆片区融资租赁企业开展飞机、船舶、海工装备跨境租赁业务，2023年度新增跨境租赁资产达到1亿美元以上的企业可以申报。"),
        ("（二）保税维修和再制造。", "支持天津机场片区、天津港保税区空港经济区内企业开展航空器材、工程机械保税维修和再制造业务。"),
        ("（三）跨境电商和海外仓。", "支持天津经济技术开发区、西青区、武清区跨境电商企业在共建“一带一路”国家建设或租用公共海外仓。"),
        ("（四）国际物流通道。", "支持企业经天津港开展至中亚、蒙古国的海铁联运过境运输，支持东疆综合保税区开展中欧班列集拼业务。"),
    ]),
    ("二、支持标准", "plain", [
        "1．对第（一）项，按2023年度新增跨境租赁资产规模的0.5‰给予支持，单个企业最高不超过200万元。",
        "2．对第（二）项，按2023年度保税维修业务收入的3%给予支持，单个企业最高不超过100万元。",
        "3．对第（三）项，按公共海外仓建设或租赁费用的30%给予支持，单个企业最高不超过150万元。",
        "4．对第（四）项，按经天津港过境运输的标准箱每箱200元给予支持，单个企业最高不超过100万元。",
        "同一企业的同一项目已获得市级其他财政资金支持的，不得重复申报。",
    ]),
    ("三、申报条件", "plain", [
        "申报企业应当同时符合下列条件：",
        "（一）在本市依法注册登记、具有独立法人资格；",
        "（二）2023年1月1日以来未被列入严重失信主体名单，未发生重大安全生产和环境污染事故；",
        "（三）已按规定报送2023年度商务统计数据。",
    ]),
    ("四、申报程序", "runin", [
        ("（一）企业申报。", "企业于2024年5月6日至5月31日登录“天津市商务局业务综合管理平台”填报，并将纸质材料一式两份报送注册地区商务主管部门。"),
        ("（二）属地初审。", "各区商务主管部门会同同级财政部门于2024年6月14日前完成初审并报市商务局；天津港保税区、东疆综合保税区企业分别由天津港保税区管委会、东疆综合保税区管委会有关部门初审。"),
        ("（三）审核拨付。", "市商务局会同市财政局组织专家评审，评审结果在市商务局网站公示5个工作日，公示无异议的按程序拨付资金。"),
    ]),
    ("五、工作要求", "plain", [
        "各区商务主管部门、财政部门要做好政策宣传和项目初审工作，对申报材料的真实性、完整性进行审核。对弄虚作假骗取专项资金的，依法收回资金，并按规定纳入信用记录。",
    ]),
]
TJ_CONTACT = ["联系人：市商务局自贸区处　刘　洋　　23207716", "市财政局经济建设处　赵　敏　　23208245"]
TJ_ATT1 = "2024年度外经贸发展专项资金申报材料清单"
TJ_ATT2 = "2024年度外经贸发展专项资金项目汇总表"
TJ_HEADER = ["序号", "材料名称", "具体要求", "份数"]
TJ_ROWS = [
    ["1", "项目申报书", "按统一格式填写，加盖企业公章", "2"],
    ["2", "营业执照复印件", "加盖企业公章", "2"],
    ["3", "2023年度财务审计报告", "由会计师事务所出具", "1"],
    ["4", "跨境租赁合同及资产交付证明", "申报第（一）项时提供。\n\n注册在东疆片区的企业另需提供东疆综合保税区管委会出具的业务确认函。", "2"],
    ["5", "保税维修业务核注清单及维修合同", "申报第（二）项时提供，核注清单由天津海关或所属隶属海关出具", "2"],
    ["6", "海外仓建设或租赁合同、费用支付凭证", "申报第（三）项时提供，海外仓须位于共建“一带一路”国家", "2"],
    ["7", "海铁联运运单及箱量统计表", "申报第（四）项时提供，由天津港（集团）有限公司出具箱量证明", "1"],
    ["8", "信用承诺书", "法定代表人签字并加盖企业公章", "1"],
]
TJ_FORM_HEADER = ["序号", "所在区", "企业名称", "统一社会信用代码", "申报方向", "申请金额（万元）", "联系人及电话"]
TJ_CHAOSONG = "市人民政府办公厅，市审计局，天津海关，东疆海关。"
TJ_PRINTER = "天津市商务局办公室"
TJ_PRINTDATE = "2024年4月23日"


def build_tianjin():
    doc = new_doc("oddeven", normal_font=FSG)
    banhead(doc, "天津市商务局文件", 52, scale=None, before=20)
    docnum_rule(doc, TJ_NUM, blank_before=2)
    title_paras(doc, TJ_TITLE_LINES, soft=True, line=Pt(36))
    P(doc, TJ_MAIN_TO, FSG, indent=0)
    P(doc, TJ_INTRO, FSG)
    for head, kind, items in TJ_BODY:
        P(doc, head, HT, SAN)
        for it in items:
            if kind == "runin":
                runs(doc, [(it[0], KT, False), (it[1], FSG, False)])
            else:
                P(doc, it, FSG)
    # contacts (one paragraph, soft break, second line aligned under the first name)
    p = P(doc, "", FSG, SAN, J, 2)
    r = fnt(p.add_run(TJ_CONTACT[0]), FSG, SAN)
    r.add_break()
    fnt(p.add_run("　　　　　　" + TJ_CONTACT[1]), FSG, SAN)
    attach_note(doc, [TJ_ATT1, TJ_ATT2])
    # joint 落款 on one line, date under the second organ
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "", FSG, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN * 2)
    fnt(p.add_run("天津市商务局\t天津市财政局"), FSG, SAN)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="5700"/></w:tabs>' % nsdecls("w")))
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年4月22日", FSG, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 3)
    P(doc, indent=0)
    P(doc, "（此件主动公开）", FSG, SAN, L, 2)
    # 附件1: 申报材料清单
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, TJ_ATT1, XBZ, 20, C, 0, line=Pt(32))
    P(doc, indent=0, line=Pt(14))
    tbl = doc.add_table(rows=1 + len(TJ_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 52, 76, 14])
    for i, h in enumerate(TJ_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(22))
    row_prop(tbl.rows[0], "tblHeader")
    for ri, row in enumerate(TJ_ROWS, 1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FSG, SI, C if ci in (0, 3) else L, line=Pt(22))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        row_prop(tbl.rows[ri], "cantSplit")
    P(doc, "注：材料按上表顺序装订成册，并在封面注明企业名称和申报方向。", FSG, XS, L, 0, line=Pt(22), before=6)
    # 附件2: blank 汇总表 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    sec.footer_distance = Mm(14)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, TJ_ATT2, XBZ, 20, C, 0, line=Pt(32))
    p = P(doc, "", FSG, SI, L, 0, line=Pt(26))
    fnt(p.add_run("填报单位（盖章）：\t填报日期：　　年　　月　　日"), FSG, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="9000"/></w:tabs>' % nsdecls("w")))
    ft = doc.add_table(rows=1 + 6, cols=7)
    ft.style = "Table Grid"
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(ft, [14, 26, 50, 46, 34, 30, 38])
    for i, h in enumerate(TJ_FORM_HEADER):
        cell_text(ft.cell(0, i), h, HT, XS, C, line=Pt(20))
    for ri in range(1, 6):
        cell_text(ft.cell(ri, 0), str(ri), FSG, XS, C)
        row_height(ft.rows[ri], 10)
    m = ft.cell(6, 0).merge(ft.cell(6, 4))
    cell_text(m, "合　计", HT, XS, C)
    row_height(ft.rows[6], 10)
    P(doc, "注：申报方向填写“融资租赁和航运服务”“保税维修和再制造”“跨境电商和海外仓”“国际物流通道”之一。", FSG, XS, L, 0, line=Pt(22), before=6)
    # back to portrait: 版记
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    sec2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    banji(doc, "抄送", TJ_CHAOSONG, TJ_PRINTER, TJ_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind200_tianjin_shenbao.docx")
    doc.save(out)
    return out


def tj_clauses():
    out = [TJ_INTRO]
    for head, kind, items in TJ_BODY:
        for it in items:
            out.append(it[0] + it[1] if kind == "runin" else it)
    out += [row_clause(TJ_HEADER, r) for r in TJ_ROWS]
    return out


# ================================================================ (c) 河北省人民政府 批复 (信函格式)
HB_NUM = "冀政函〔2024〕87号"
HB_TITLE = "河北省人民政府关于中国（河北）自由贸易试验区正定片区建设空港陆港联动发展示范区的批复"
HB_MAIN_TO = "石家庄市人民政府，中国（河北）自由贸易试验区正定片区管理委员会："
HB_OPEN = "你们《关于中国（河北）自由贸易试验区正定片区建设空港陆港联动发展示范区的请示》（石政呈〔2024〕63号）收悉。经研究，现批复如下："
HB_ITEMS = [
    "一、同意中国（河北）自由贸易试验区正定片区（以下简称正定片区）建设空港陆港联动发展示范区（以下简称示范区）。示范区以正定片区空港产业园、石家庄综合保税区和石家庄国际陆港为主体，规划面积12.6平方公里，其中正定片区范围内9.8平方公里，正定县新城铺镇、曲阳桥乡拓展区域2.8平方公里。",
    "二、示范区建设要坚持以制度创新为核心，以服务京津冀协同发展和共建“一带一路”为重点，努力打造内陆地区空港陆港联动开放的新高地。到2026年，示范区进出口总额达到300亿元，跨境电商进出口额突破50亿元，中欧班列（石家庄）年开行量达到500列以上。",
    "三、支持石家庄综合保税区与石家庄正定国际机场实行“区港一体化”管理，开展航空货运“一单到底”试点。石家庄海关要创新监管方式，对示范区内企业实行“提前申报”“抵港直装”等便利化措施。",
    "四、支持石家庄国际陆港在鹿泉区、正定县设立集货分拨中心，与天津港、黄骅港开展海铁联运合作，推动石家庄内陆港纳入天津港“一港双城”口岸通关体系。",
    "五、省商务厅（省自贸办）要会同省发展改革委、省财政厅、省自然资源厅等部门加强指导，在用地指标、项目资金、人才引进等方面给予支持。2024年至2026年，省级自贸试验区发展专项资金每年安排不低于5000万元支持示范区建设。",
    "六、示范区要加强与雄安片区、曹妃甸片区、大兴机场片区的协同联动，建立改革试点经验复制推广清单，成熟一批、推广一批。",
    "七、石家庄市人民政府和正定片区管理委员会要切实履行主体责任，抓紧制定示范区建设实施方案，于2024年12月31日前报省商务厅备案。建设中的重大事项及时向省政府请示报告。",
]
HB_CHAOSONG = "省发展改革委，省财政厅，省自然资源厅，省商务厅，省交通运输厅，石家庄海关，河北机场管理集团有限公司。"


def build_hebei():
    doc = new_doc("center", first_blank=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    # first-page footer: red double rule at the foot of page 1 (信函格式), no number
    fp = s.first_page_footer.paragraphs[0]
    fp.paragraph_format.space_before = Pt(0)
    pborder(fp, "top", 18, "E60012", 1, val="thinThickSmallGap")
    banhead(doc, "河北省人民政府", 48, scale=None, line=Pt(58))
    p = P(doc, indent=0, line=Pt(8))
    pborder(p, "bottom", 18, "E60012", 1, val="thickThinSmallGap")
    p = P(doc, HB_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title_paras(doc, ["河北省人民政府关于中国（河北）", "自由贸易试验区正定片区建设空港陆港", "联动发展示范区的批复"], soft=True)
    P(doc, HB_MAIN_TO, indent=0)
    P(doc, HB_OPEN)
    for t in HB_ITEMS:
        P(doc, t)
    P(doc, "此复。")
    signoff(doc, "河北省人民政府", "2024年10月28日", right_chars=4, blank=2)
    banji(doc, "抄送", HB_CHAOSONG, None, None, blank=6)
    out = os.path.join(HERE, "blind200_hebei_pifu.docx")
    doc.save(out)
    return out


# ================================================================ (d) 雄安新区 主任办公会议纪要
XA_NUM = "〔2024〕第12期"
XA_TITLE = "关于研究中国（河北）自由贸易试验区雄安片区跨境贸易投资便利化和雄安综合保税区建设有关事项的会议纪要"
XA_TITLE_LINES = ["关于研究中国（河北）自由贸易试验区雄安片区", "跨境贸易投资便利化和雄安综合保税区", "建设有关事项的会议纪要"]
XA_INTRO = "2024年5月16日上午，河北雄安新区党工委副书记、管委会主任周建民在市民服务中心主持召开2024年第12次主任办公会议，专题研究中国（河北）自由贸易试验区雄安片区（以下简称雄安片区）跨境贸易投资便利化和雄安综合保税区建设有关事项。会议听取了新区改革发展局、规划建设局和雄安海关的汇报，经讨论研究，议定事项纪要如下："
XA_ITEMS = [
    ("一、关于雄安综合保税区建设。", "会议原则同意新区改革发展局提出的雄安综合保税区（一期）建设方案。综合保税区一期位于雄县昝岗组团，由中国雄安集团有限公司负责投资建设，2024年9月30日前完成围网、卡口和监管仓库等基础设施建设，2024年12月底前向省政府申请预验收。", []),
    ("二、关于跨境电商产业园。", "会议同意在容东片区建设雄安跨境电商产业园，对入驻企业前两年免收房屋租金，第三年减半收取。新区改革发展局牵头，容城县人民政府配合，2024年7月底前完成首批企业招引。", []),
    ("三、关于加强与京津港口、机场联动。", "会议要求重点做好以下工作：", [
        "（一）深化“雄安—天津港”海铁联运合作，推动天津港在雄县设立内陆无水港，新区改革发展局会同天津港（集团）有限公司于2024年8月底前完成合作协议签订。",
        "（二）加强与北京大兴国际机场联动，研究开通启动区城市航站楼至大兴机场的货运专线，实现“一次安检、直达机场”。",
        "（三）推动雄安片区与大兴机场片区（廊坊区域）建立协同招商机制，联合发布招商目录，共享项目信息。",
    ]),
    ("四、关于外商投资服务。", "会议同意在启动区设立雄安新区国际投资服务中心，为外商投资企业提供“一站式”服务。对在雄安片区新设立的外资总部企业，按实际到资额的2%给予一次性奖励，最高不超过2000万元，所需资金由新区财政承担。", []),
    ("五、关于白洋淀周边传统产业转型。", "会议要求安新县人民政府结合白洋淀生态保护要求，组织县域制鞋、服装等传统产业企业开展跨境电商转型培训，2024年内培训企业不少于100家。", []),
    ("六、关于工作推进。", "各责任单位要按照议定事项抓好落实，新区管委会督查室每月跟踪调度，落实情况于每月25日前报送管委会办公室。", []),
]
XA_ATTEND = [
    ("出　席：", "周建民　刘　静　王海涛　陈　锋"),
    ("列　席：", "新区改革发展局　张　宁，规划建设局　赵国庆，财政局　孙　立，雄安海关　杨　帆，雄县人民政府　李　明，容城县人民政府　吴　昊，安新县人民政府　郑　凯，中国雄安集团有限公司　冯志刚"),
    ("记　录：", "管委会办公室　许　晴"),
]
XA_FENSONG = "新区党工委、管委会领导，新区各部门，雄县、容城县、安新县人民政府，雄安海关，中国雄安集团有限公司。"
XA_PRINTER = "河北雄安新区管理委员会办公室"
XA_PRINTDATE = "2024年5月22日"


def build_xiongan():
    doc = new_doc("center")
    banhead(doc, "河北雄安新区管理委员会", 36, scale=None, before=6)
    banhead(doc, "主任办公会议纪要", 52, scale=90)
    P(doc, indent=0)
    P(doc, XA_NUM, FS, SAN, C, 0)
    p = P(doc, "", FS, SAN, L, 0)
    fnt(p.add_run("河北雄安新区管理委员会办公室\t2024年5月22日"), FS, SAN)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8900"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 18, "E60012", 8)
    P(doc, indent=0)
    title_paras(doc, XA_TITLE_LINES, soft=False, size=20, line=Pt(32))
    P(doc, XA_INTRO)
    for head, txt, subs in XA_ITEMS:
        runs(doc, [(head, HT, False), (txt, FS, False)])
        for s in subs:
            P(doc, s)
    P(doc, indent=0)
    for lab, names in XA_ATTEND:
        p = P(doc, "", FS, SAN, J, 0)
        p.paragraph_format.left_indent = Pt(SAN * 4)
        p.paragraph_format.first_line_indent = Pt(-SAN * 4)
        fnt(p.add_run(lab), HT, SAN)
        fnt(p.add_run(names), FS, SAN)
    banji(doc, "分送", XA_FENSONG, XA_PRINTER, XA_PRINTDATE, blank=4)
    out = os.path.join(HERE, "blind200_xiongan_jiyao.docx")
    doc.save(out)
    return out


def xa_clauses():
    out = [XA_INTRO]
    for head, txt, subs in XA_ITEMS:
        out.append(head + txt)
        out.extend(subs)
    return out


# ================================================================ expected.json
def expected():
    out = {}
    out["blind200_beijing_yijian"] = [{
        "meta": {
            "title": BJ_TITLE, "doc_number": BJ_NUM, "issuer": ["北京市人民政府办公厅"],
            "date": "2024-06-18", "published": "2024-06-20", "level": "provincial", "region": "北京市",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [], "doc_type": "实施意见",
            "recipients": ["各区人民政府", "市政府各委、办、局", "各市属机构"], "publicity": "此件公开发布",
        },
        "clauses": bj_clauses(),
        "applies_to": {
            "default": "北京市（中国（北京）自由贸易试验区 / 国家服务业扩大开放综合示范区）",
            "specific": {
                "一、（一）1.": "北京大兴国际机场综合保税区（大兴区，北京区域）",
                "一、（一）2.": "大兴机场片区 — 北京区域（大兴区）与河北区域（河北省廊坊市）",
                "一、（一）3.": "大兴区礼贤镇、榆垡镇",
                "一、（二）1.": "北京天竺综合保税区（顺义区）",
                "一、（二）2.": "首都国际机场 / 北京天竺综合保税区（顺义区）",
                "一、（三）": "科技创新片区（海淀区、昌平区）",
                "二、（一）1.": "国际商务服务片区：朝阳区CBD、通州区运河商务区",
                "二、（一）2.": "中关村科学城（海淀区）",
                "二、（二）1.": "中国（北京）自由贸易试验区",
                "三、（一）": "高端产业片区（北京经济技术开发区，亦庄）",
                "三、（二）": "顺义区、大兴区（生物医药产业园）",
            },
            "note": "共建“一带一路”国家 (二、（二）3.) does not move the clause abroad. 廊坊 in 一、（一）2. is a real second place of application (the 片区's 河北区域), not a mere mention. 天津海关驻北京办事处 is only in the 抄送.",
        },
        "_note": (
            "Furniture: red 版头 北京市人民政府办公厅文件 (condensed 80%); 文号 京政办发〔2024〕16号 + red rule; title typed as THREE centred paragraphs (…关于进一步推进 / 中国（北京）自由贸易试验区和国家服务业 / 扩大开放综合示范区建设的实施意见 — the second break splits the name 国家服务业|扩大开放综合示范区) to be joined with no space; 主送; "
            "落款 北京市人民政府办公厅 / 2024年6月18日; （此件公开发布）; then a SECTION break (new page, not a page break) and the 版记 (16 empty paragraphs, 抄送：… / 北京市人民政府办公厅 2024年6月20日印发) alone on the last page. Footer “— N —” odd right / even left. "
            "Three levels: 一、 黑体 headings (own paragraph, no text), （一） 楷体 headings that are EITHER on their own line followed by 1. 2. 3. items (一、（一）（二）, 二、（一）（二）) OR run-in with their text (一、（三）, 三、, 四、 — heading + text = one clause). Items “1.” use an ASCII full stop and restart under each （一）: labels must carry their parents (一、（一）1. ≠ 一、（二）1. ≠ 二、（一）1.). "
            "一、（二）1. contains a SOFT line break in mid-sentence (…经海关备案后|展期可延长至6个月) — one clause, joined with no space. "
            "date 2024-06-18 (落款), published 2024-06-20 (版记); 四、（三）: 自2024年7月1日起施行，有效期至2027年6月30日 → effective 2024-07-01, expires 2027-06-30. Deadlines (2024-12-31, 2024-09-30, 2025年底, 6月30日/12月31日 each year) are not document dates. "
            "level: 北京市 is a province-level municipality, so provincial (municipal tolerable low). 17 clauses: intro + 16 items (（一） headings standing alone are headings, not clauses; as heading clauses tolerable low)."
        ),
        "_pdf": {"note": "LibreOffice prints 5 pages (body pp.1–4, 版记 alone on p.5 after the section break). Page numbers alternate sides. Same expected meta and clauses; the soft break in 一、（二）1. is invisible in the PDF unless it falls at a line end."},
    }]
    out["blind200_tianjin_shenbao"] = [{
        "meta": {
            "title": TJ_TITLE, "doc_number": TJ_NUM, "issuer": ["天津市商务局", "天津市财政局"],
            "date": "2024-04-22", "published": "2024-04-23", "level": "provincial", "region": "天津市",
            "effective": None, "expires": None, "attachments": [TJ_ATT1, TJ_ATT2], "doc_type": "通知（申报通知）",
            "recipients": ["滨海新区、各有关区商务主管部门、财政局", "天津港保税区、东疆综合保税区管委会有关部门", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": tj_clauses(),
        "applies_to": {
            "default": "天津市（中国（天津）自由贸易试验区）",
            "specific": {
                "一、（一）": "天津港东疆片区",
                "一、（二）": "天津机场片区；天津港保税区空港经济区",
                "一、（三）": "天津经济技术开发区、西青区、武清区",
                "一、（四）": "天津港；东疆综合保税区 (中亚、蒙古国 are destinations)",
                "二、4.": "天津港",
                "四、（二）": "天津港保税区、东疆综合保税区 (their enterprises; the rest of the clause is city-wide)",
                "附件1 序号4": "东疆片区 (the second paragraph of the cell)",
            },
            "note": "共建“一带一路”国家 (一、（三）, 附件1 序号6) / 中亚 / 蒙古国 do not move clauses abroad. 东疆海关 / 天津海关 in the 抄送 are organs. The contact line names 市商务局/市财政局 divisions, not places.",
        },
        "_note": (
            "Joint notice with a LEAD-ORGAN-ONLY 版头 (red 天津市商务局文件 — 天津市财政局 is not in the 版头): issuers come from the title and the joint 落款 → [天津市商务局, 天津市财政局]; 文号 津商务发〔2024〕11号 (the lead organ's). "
            "Title ONE paragraph with two soft breaks (…关于组织申报 / 2024年度中国（天津）自由贸易试验区 / 外经贸发展专项资金项目的通知) and a full-width space between the two organs (a half-width space or none is fine). "
            "Body: intro (clause) + 一、…五、 黑体 headings on their own lines; 一、 and 四、 have run-in 楷体 （一）…（四） items (heading + text = one clause); 二、 has 1．…4． items (full-width ．) and an unnumbered closing sentence (同一企业…不得重复申报。) which is its own paragraph → its own clause (merged into 二、4. tolerable low); 三、 is a lead-in (申报企业应当同时符合下列条件：) + （一）（二）（三） paragraphs (separate clauses expected; merged into the lead-in equally good); 五、 has one unnumbered paragraph. "
            "The contact paragraph (联系人：… with a soft break and a second line 市财政局经济建设处 赵 敏 23208245) is furniture (as a clause tolerable low; glued onto 五、's text medium). "
            "附件说明 on two paragraphs 附件：1．… / 2．…; joint 落款 typed on ONE line 天津市商务局<tab>天津市财政局 with the date 2024年4月22日 under the second organ — not a clause, and the issuer must not become one string “天津市商务局 天津市财政局”; （此件主动公开） (Tianjin's wording, = publicity). "
            "After a page break: 附件1 label + 材料清单 title + a 4-column table 序号/材料名称/具体要求/份数 (header row repeats), 8 rows → 8 clauses written 序号：N；材料名称：…；具体要求：…；份数：N . Row 4's 具体要求 cell holds TWO paragraphs (申报第（一）项时提供。 / 注册在东疆片区的企业另需…) joined without separator (a space or line break between them tolerable). The 注： line under the table is a note (clause or not: taste). "
            "附件2 is a BLANK form in a LANDSCAPE section: title, 填报单位（盖章）：… 填报日期：　年　月　日 line, a 7-column header (序号/所在区/企业名称/统一社会信用代码/申报方向/申请金额（万元）/联系人及电话), 5 empty rows numbered 1–5 and a 合　计 row, and a 注： line — a form to fill in: NO clauses (empty rows as clauses = furniture as clauses, medium). "
            "版记 (抄送… / 天津市商务局办公室 2024年4月23日印发) alone on a final portrait page. date 2024-04-22, published 2024-04-23. No effective/expires (an application notice; the 申报 window 2024-05-06…05-31 and 初审 deadline 2024-06-14 are not effective/expiry dates; effective = 2024-04-22 tolerable low). "
            "level provincial (天津市 is province-level; municipal tolerable low). 26 clauses: 18 body + 8 table rows."
        ),
        "_pdf": {"note": "8 pages. The heading 一、支持方向 is stranded alone at the foot of page 1 (its items start page 2); the unnumbered 二、 closing sentence starts page 3. The contact paragraph is justified, so its first line (ending in a soft break) prints letter-spaced “联 系 人 ： 市 商 务 局 …”. The 版头 prints in one red line; the joint 落款 prints as one line “天津市商务局 天津市财政局” (tab gap) with the date under the second. 附件1 table on portrait pages 5–6 — row 8 and the 注： line fall on page 6 under the repeated header row 序号/材料名称/具体要求/份数 (not a row clause); cells wrap to 2–3 lines and must be re-joined without spaces (e.g. 2023年度财务审计报|告). 附件2 form on a landscape page with 5 blank rows; 版记 on the last portrait page. Same expected meta and clauses."},
    }]
    out["blind200_hebei_pifu"] = [{
        "meta": {
            "title": HB_TITLE, "doc_number": HB_NUM, "issuer": ["河北省人民政府"],
            "date": "2024-10-28", "published": None, "level": "provincial", "region": "河北省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": ["石家庄市人民政府", "中国（河北）自由贸易试验区正定片区管理委员会"], "publicity": "此件公开发布",
            "replies_to": "关于中国（河北）自由贸易试验区正定片区建设空港陆港联动发展示范区的请示（石政呈〔2024〕63号）",
        },
        "clauses": [HB_OPEN] + HB_ITEMS,
        "applies_to": {
            "default": "河北省石家庄市 — 中国（河北）自由贸易试验区正定片区（示范区）",
            "specific": {
                "一、": "正定片区（空港产业园）、石家庄综合保税区、石家庄国际陆港；正定县新城铺镇、曲阳桥乡",
                "三、": "石家庄综合保税区、石家庄正定国际机场（正定县）",
                "四、": "石家庄国际陆港集货分拨中心：鹿泉区、正定县 — 天津港、黄骅港 are partners (other city / 沧州), not places of application",
                "六、": "正定片区 with 雄安片区、曹妃甸片区、大兴机场片区 as partners",
            },
            "note": "A provincial 批复 that concerns one 片区: default place 正定片区 (石家庄市正定县); 河北省 alone is too broad (low). Tagging 六、 with the partner 片区 too is tolerable; tagging 四、 ONLY with 天津 is medium.",
        },
        "_note": (
            "信函格式: red organ name 河北省人民政府 without 文件, red thick-thin double rule under it, 文号 冀政函〔2024〕87号 right-aligned under the rule; page 1 has a different first-page footer that holds only a red thin-thick double rule and no page number; pages 2+ “— N —” CENTRED (not alternating). "
            "Title ONE paragraph with two soft breaks (…关于中国（河北） / 自由贸易试验区正定片区建设空港陆港 / 联动发展示范区的批复 — the second splits 空港陆港|联动发展示范区) — joined with no space. 主送 TWO recipients (石家庄市人民政府，…正定片区管理委员会). "
            "Clauses: the 收悉 paragraph (石政呈〔2024〕63号 is the 请示's number, not this document's) + 一、…七、 whole paragraphs (no separate headings; number + text = one clause) = 8 clauses. 此复。 is the closing formula (as a clause low). "
            "落款 河北省人民政府 / 2024年10月28日; （此件公开发布）; 抄送-only 版记 (no 印发 line → published null). No effective/expires (effective = 2024-10-28 tolerable low). 2026 targets, 2024-12-31 deadline and 2024年至2026年 funding years are not document dates."
        ),
        "_pdf": {"note": "3 pages. Page 1: red organ name, double rule, 文号 right, title on three lines, body to the end of 一、; a red double rule at the foot of page 1 and no page number. Pages 2–3 “— N —” centred; item 七、 is split across the page 2/3 boundary (…于2024年12月31 | 日前报省商务厅备案…) with the page number between — must be re-joined into one clause. Page 3: end of 七、, 此复。, 落款, （此件公开发布） and the 抄送 line. Same expected meta and clauses."},
    }]
    out["blind200_xiongan_jiyao"] = [{
        "meta": {
            "title": XA_TITLE, "doc_number": XA_NUM, "issuer": ["河北雄安新区管理委员会"],
            "date": "2024-05-22", "published": "2024-05-22", "level": "zone", "region": "河北省雄安新区",
            "effective": None, "expires": None, "attachments": [], "doc_type": "会议纪要",
            "recipients": [], "publicity": None,
            "meeting_date": "2024-05-16",
        },
        "clauses": xa_clauses(),
        "applies_to": {
            "default": "河北省雄安新区（中国（河北）自由贸易试验区雄安片区）",
            "specific": {
                "一、": "雄安综合保税区（一期）— 雄县昝岗组团",
                "二、": "容东片区（容城县）",
                "三、（一）": "雄县（内陆无水港）; 天津港 is the partner",
                "三、（二）": "启动区（城市航站楼）→ 北京大兴国际机场 (partner / destination)",
                "三、（三）": "雄安片区 with 大兴机场片区（廊坊区域） as partner",
                "四、": "启动区 (service centre); the reward applies to 雄安片区",
                "五、": "安新县（白洋淀周边）",
            },
            "note": "天津港 / 北京大兴国际机场 / 大兴机场片区 are partners, not places where the decision applies (tagging them in addition is tolerable; ONLY them is medium). 容东片区 here is a 雄安 new-town area (容城县), not a 自贸 片区.",
        },
        "_note": (
            "会议纪要 format: two red 版头 lines (河北雄安新区管理委员会 / 主任办公会议纪要), the number 〔2024〕第12期 centred in black (doc_number; “第12期” tolerable), then one line 河北雄安新区管理委员会办公室<tab>2024年5月22日 with the red rule under it — the issuing office and the date of the 纪要 (date = published = 2024-05-22). "
            "Title in THREE centred paragraphs (关于研究中国（河北）自由贸易试验区雄安片区 / 跨境贸易投资便利化和雄安综合保税区 / 建设有关事项的会议纪要) joined with no space (a title prefixed with the organ name is tolerable). No 主送, no 落款, no publicity line. "
            "Clauses: the opening paragraph (meeting 2024-05-16 — the meeting date, NOT the document date) + decisions 一、…六、, each a run-in 黑体 heading + text in ONE paragraph (= one clause); 三、 is a lead-in (会议要求重点做好以下工作：) followed by （一）（二）（三） paragraphs (separate clauses expected; merged into 三、 equally good; labels 三、（一）…). 10 clauses. "
            "出　席： / 列　席： / 记　录： lines (黑体 label + names, hanging indent, the 列席 line wraps over several lines) are attendance furniture, not clauses (as clauses low; glued onto 六、 medium). "
            "版记 uses 分送 (not 抄送): 分送：… / 河北雄安新区管理委员会办公室 2024年5月22日印发 — distribution, not recipients. Deadlines (2024-09-30, 2024年12月底, 7月底, 8月底, every month's 25日) are not document dates. "
            "level: 雄安新区管委会 is a province-dispatched new-area body → zone (provincial or municipal tolerable low); region 河北省雄安新区 (河北省 alone low)."
        ),
        "_pdf": {"note": "3 pages, page numbers “— N —” centred on every page (including page 1); 一、 is split across pages 1/2 (…综合保税区一 | 期位于雄县昝岗组团…) and must be re-joined. The 出席/列席/记录 block and the 版记 share the last page. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_beijing(), build_tianjin(), build_hebei(), build_xiongan()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
