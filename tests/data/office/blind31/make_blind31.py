# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-first round of blind office files and expected.json.

Theme: compilations and gazettes.  All documents are fictional; provinces,
cities and organs are real, 文号, numbers and wording are invented.
Run again to rebuild everything next to this script.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FW = "\u3000"
FS = "仿宋_GB2312"
SONG = "宋体"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


# ---------------------------------------------------------------- helpers

def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", font=FS, size=16, bold=False, align="j", indent=True,
         exact=None, before=0, after=0, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    else:
        pf.first_line_indent = Pt(0)
    if ALIGN[align] is not None:
        p.alignment = ALIGN[align]
    if text:
        set_run(p.add_run(text), font, size, bold)
    return p


def runs(p, parts, size):
    for text, font, bold in parts:
        set_run(p.add_run(text), font, size, bold)
    return p


def add_field(p, instr, font=SONG, size=9):
    r1 = p.add_run(); set_run(r1, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = p.add_run(); set_run(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = p.add_run(); set_run(r3, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    r4 = p.add_run("1"); set_run(r4, font, size)
    r5 = p.add_run(); set_run(r5, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def set_cols(section, num, space_twips=425, sep=True):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
    sp.append(cols)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def to_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp(prefix="ob31_")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(produced, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def signature(container, org, date, font=FS, size=16, right_cm=2.0):
    p = para(container, org, font, size, align="r", indent=False)
    p.paragraph_format.right_indent = Cm(right_cm)
    p = para(container, date, font, size, align="r", indent=False)
    p.paragraph_format.right_indent = Cm(right_cm)


# =================================================================== (a) gazette
# 福建省人民政府公报 2024年第12期（总第1086期）, two columns, Word -> PDF

A1_TITLE = "福建省促进中国（福建）自由贸易试验区发展规定"
A1_LING = "《福建省促进中国（福建）自由贸易试验区发展规定》已经2024年5月17日省人民政府第32次常务会议通过，现予公布，自2024年7月1日起施行。"
A1_BODY = [
    ("第一章　总　　则", [
        ("第一条", ["为了促进中国（福建）自由贸易试验区（以下简称自贸试验区）高质量发展，发挥自贸试验区在21世纪海上丝绸之路核心区建设中的引领作用，根据有关法律、法规，结合本省实际，制定本规定。"]),
        ("第二条", ["本规定适用于经国务院批准设立的自贸试验区福州片区、厦门片区和平潭片区。"]),
        ("第三条", ["省人民政府统筹推进自贸试验区建设，研究决定改革发展中的重大事项。",
                    "福州市、厦门市人民政府和平潭综合实验区管委会负责本片区建设的具体实施。"]),
    ]),
    ("第二章　投资贸易便利化", [
        ("第四条", ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度，负面清单之外的领域按照内外资一致原则实施管理。"]),
        ("第五条", ["自贸试验区应当深化国际贸易“单一窗口”建设，推动下列业务全程电子化办理：",
                    "（一）货物申报、舱单申报和运输工具申报；",
                    "（二）原产地证书申领和出口退税申报；",
                    "（三）“丝路海运”航线订舱、提单流转和港口作业信息共享。"]),
        ("第六条", ["鼓励自贸试验区开展对台贸易便利化创新，探索闽台两地检验检测结果互认。"]),
    ]),
    ("第三章　附　　则", [
        ("第七条", ["本规定自2024年7月1日起施行。"]),
    ]),
]

A2_TITLE = "福建省人民政府关于支持福州片区深化“丝路海运”建设有关事项的批复"
A2_NO = "闽政文〔2024〕87号"
A2_ADDR = "福州市人民政府："
A2_OPEN = "你市《关于支持中国（福建）自由贸易试验区福州片区深化“丝路海运”建设的请示》（榕政〔2024〕45号）收悉。经研究，现批复如下："
A2_ITEMS = [
    "一、原则同意在自贸试验区福州片区开展“丝路海运”港航贸一体化改革试点，试点期限为2024年至2026年。",
    "二、你市要切实履行主体责任，健全工作机制，细化试点任务，确保各项改革措施依法依规、风险可控。",
    "三、省直有关部门要按照职责分工，在航线培育、口岸通关、航运金融等方面给予指导和支持。试点中的重大问题及时报告省人民政府。",
]
A2_DATE = "2024年6月3日"

A3_TITLE = "福建省人民政府办公厅关于进一步推进21世纪海上丝绸之路核心区建设若干措施的通知"
A3_NO = "闽政办〔2024〕31号"
A3_ADDR = "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构："
A3_OPEN = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设21世纪海上丝绸之路核心区，经省人民政府同意，现就有关事项通知如下："
A3_OUTLINE = [
    ("h1", "一、提升通道枢纽能级"),
    ("h2", "（一）拓展海上航线网络。", "支持福州港、厦门港加密至东南亚、中东、非洲的集装箱航线，重点做好以下工作："),
    ("i3", "1.对新开通的“丝路海运”命名航线，按照每条航线给予最高200万元的一次性奖励；"),
    ("i3", "2.推动“丝路海运”联盟扩容，2024年底成员单位达到350家以上。"),
    ("h2", "（二）畅通海铁联运通道。", "推动中欧（厦门）班列与“丝路海运”无缝衔接，提升海铁联运班列开行频次。（责任单位：省交通运输厅、商务厅，厦门海关）"),
    ("h1", "二、深化经贸投资合作"),
    ("h2", "（三）培育外贸新业态。", "支持福州、厦门、泉州跨境电子商务综合试验区建设海外仓，对在共建国家新建海外仓的企业给予支持。"),
    ("h2", "（四）推动企业走出去。", "引导企业在印度尼西亚、马来西亚等国建设境外经贸合作区，完善境外投资风险防控机制。（责任单位：省商务厅、发改委）"),
    ("h1", "三、强化组织保障"),
    ("p", "各地各部门要将核心区建设纳入年度重点工作，省推进“一带一路”建设工作领导小组办公室要加强跟踪督促，每半年通报一次工作进展。"),
]
A3_ORG = "福建省人民政府办公厅"
A3_DATE = "2024年6月12日"

A_TOC = [
    ("【省政府令】", None),
    ("福建省人民政府令（第238号）", "3"),
    ("福建省促进中国（福建）自由贸易试验区发展规定", "3"),
    ("【省政府文件】", None),
    ("福建省人民政府关于支持福州片区深化“丝路海运”建设有关事项的批复（闽政文〔2024〕87号）", "3"),
    ("【省政府办公厅文件】", None),
    ("福建省人民政府办公厅关于进一步推进21世纪海上丝绸之路核心区建设若干措施的通知（闽政办〔2024〕31号）", "3"),
    ("【人事任免】", None),
    ("福建省人民政府关于林建华等同志职务任免的通知", "4"),
]


def make_gazette():
    doc = Document()
    east_asian_normal(doc, SONG, 10.5)
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin = s0.bottom_margin = Cm(2.4)
    s0.left_margin = s0.right_margin = Cm(2.2)
    # cover + 目录 (single column, no header)
    para(doc, "", exact=40)
    para(doc, "福建省人民政府公报", XBS, 36, bold=True, align="c", indent=False, exact=54, before=30)
    para(doc, "FUJIAN SHENG RENMIN ZHENGFU GONGBAO", "Times New Roman", 12, align="c", indent=False)
    para(doc, "2024年第12期（总第1086期）", SONG, 14, align="c", indent=False, before=12)
    para(doc, "福建省人民政府办公厅主办　　　　2024年6月30日出版", SONG, 10.5, align="c", indent=False, before=6, after=24)
    para(doc, "目" + FW + FW + "录", HEI, 16, align="c", indent=False, after=12)
    for text, pg in A_TOC:
        if pg is None:
            para(doc, text, HEI, 12, align=None, indent=False, before=8)
        else:
            p = para(doc, "", SONG, 12, align=None, indent=False)
            p.paragraph_format.left_indent = Cm(0.74)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            set_run(p.add_run(text + "\t（" + pg + "）"), SONG, 12)
    # body: new page, two columns, header + page number
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(s1, 2)
    s1.header.is_linked_to_previous = False
    s1.footer.is_linked_to_previous = False
    hp = s1.header.paragraphs[0]
    hp.text = ""
    set_run(hp.add_run("福建省人民政府公报" + FW * 14 + "2024年第12期"), SONG, 9)
    pBdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w"))
    hp._p.get_or_add_pPr().append(pBdr)
    fp = s1.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("·"), SONG, 9)
    add_field(fp, "PAGE")
    set_run(fp.add_run("·"), SONG, 9)
    # start numbering body at 3 (cover counted as 1-2 in the printed issue)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "3"); s1._sectPr.append(pg)
    B = 10.5
    # ---- A1 令 + 规章
    para(doc, "【省政府令】", HEI, 12, align=None, indent=False, after=6)
    para(doc, "福建省人民政府令", XBS, 18, align="c", indent=False, before=6)
    para(doc, "第238号", SONG, B, align="c", indent=False, after=6)
    para(doc, A1_LING, SONG, B)
    p = para(doc, "省长" + FW + "赵　龙", SONG, B, align="r", indent=False); p.paragraph_format.right_indent = Cm(1)
    p = para(doc, "2024年5月28日", SONG, B, align="r", indent=False, after=12); p.paragraph_format.right_indent = Cm(1)
    para(doc, A1_TITLE, XBS, 14, align="c", indent=False, before=6, after=6)
    for ch, arts in A1_BODY:
        para(doc, ch, HEI, B, align="c", indent=False, before=4, after=4)
        for label, kuan in arts:
            for i, k in enumerate(kuan):
                if i == 0:
                    p = para(doc, "", SONG, B)
                    runs(p, [(label, HEI, False), (FW + k, SONG, False)], B)
                else:
                    para(doc, k, SONG, B)
    # ---- A2 批复
    para(doc, "【省政府文件】", HEI, 12, align=None, indent=False, before=12, after=6)
    para(doc, A2_TITLE, XBS, 14, align="c", indent=False, before=6, after=2)
    para(doc, A2_NO, SONG, B, align="c", indent=False, after=6)
    para(doc, A2_ADDR, SONG, B, align=None, indent=False)
    para(doc, A2_OPEN, SONG, B)
    for t in A2_ITEMS:
        para(doc, t, SONG, B)
    signature(doc, "福建省人民政府", A2_DATE, SONG, B, right_cm=1)
    para(doc, "（此件主动公开）", SONG, B)
    # ---- A3 通知
    para(doc, "【省政府办公厅文件】", HEI, 12, align=None, indent=False, before=12, after=6)
    para(doc, A3_TITLE, XBS, 14, align="c", indent=False, before=6, after=2)
    para(doc, A3_NO, SONG, B, align="c", indent=False, after=6)
    para(doc, A3_ADDR, SONG, B, align=None, indent=False)
    para(doc, A3_OPEN, SONG, B)
    for it in A3_OUTLINE:
        if it[0] == "h1":
            para(doc, it[1], HEI, B)
        elif it[0] == "h2":
            p = para(doc, "", SONG, B)
            runs(p, [(it[1], KAI, False), (it[2], SONG, False)], B)
        else:
            para(doc, it[1], SONG, B)
    signature(doc, A3_ORG, A3_DATE, SONG, B, right_cm=1)
    para(doc, "（此件主动公开）", SONG, B)
    # ---- 人事任免 (short, not a policy document; still a document of the issue)
    para(doc, "【人事任免】", HEI, 12, align=None, indent=False, before=12, after=6)
    para(doc, "福建省人民政府关于林建华等同志职务任免的通知", XBS, 14, align="c", indent=False, before=6, after=2)
    para(doc, "闽政〔2024〕14号", SONG, B, align="c", indent=False, after=6)
    para(doc, "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：", SONG, B, align=None, indent=False)
    para(doc, "经研究，决定：", SONG, B)
    para(doc, "林建华同志任中国（福建）自由贸易试验区福州片区管理委员会副主任；", SONG, B)
    para(doc, "陈晓东同志任福建省商务厅副厅长，免去其中国（福建）自由贸易试验区厦门片区管理委员会副主任职务。", SONG, B)
    signature(doc, "福建省人民政府", "2024年6月18日", SONG, B, right_cm=1)
    tmpd = tempfile.mkdtemp(prefix="ob31g_")
    dx = os.path.join(tmpd, "blind31_gazette_twocol.docx")
    doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind31_gazette_twocol.pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


def a1_clauses():
    out = []
    for ch, arts in A1_BODY:
        for label, kuan in arts:
            out.append(label + FW + "\n".join(kuan))
    return out


def a3_clauses():
    out = [A3_OPEN]
    for it in A3_OUTLINE:
        if it[0] == "h1":
            out.append(it[1])
        elif it[0] == "h2":
            out.append(it[1] + it[2])
        else:
            out.append(it[1])
    out.append(A3_ORG + "\n" + A3_DATE)
    return out


# =================================================================== (b) compilation .docx
# 中国（浙江）自由贸易试验区政策文件汇编, Word TOC, 编者按, each document on a new page

B_BIAN = [
    "为便于各片区、各有关部门和市场主体全面了解和准确把握中国（浙江）自由贸易试验区有关政策，省自贸办对2024年上半年省级层面出台的自贸试验区制度文件进行了梳理，汇编成册。",
    "本汇编收录文件3件，按发布时间先后排列。文件标题下括号内为文号或公布信息。汇编文本仅供学习参考，具体以正式发布的文件为准。",
]

B1_TITLE = "中国（浙江）自由贸易试验区金义片区管理办法"
B1_NOTE = "（2024年3月20日浙江省人民政府令第402号公布　自2024年5月1日起施行）"
B1_BODY = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进中国（浙江）自由贸易试验区金义片区（以下简称金义片区）建设，打造世界小商品之都和“义新欧”中欧班列枢纽，根据国务院批准的《中国（浙江）自由贸易试验区扩展区域方案》和有关法律、法规，制定本办法。"]),
        ("第二条", ["本办法适用于金义片区的建设、管理和服务活动。"]),
    ]),
    ("第二章　管理体制", [
        ("第三条", ["金华市人民政府负责金义片区建设的统筹协调，研究解决重大问题。",
                    "金义片区管理机构具体负责片区改革试点任务的组织实施，依法行使省、市人民政府下放的有关行政管理权限。"]),
        ("第四条", ["省商务主管部门会同省有关部门对金义片区建设进行指导、协调和评估。"]),
    ]),
    ("第三章　开放创新", [
        ("第五条", ["金义片区应当深化市场采购贸易方式改革，完善市场采购、跨境电商、海外仓联动发展机制。"]),
        ("第六条", ["支持“义新欧”中欧班列扩大开行线路和频次，推行铁路运输单证物权化试点，探索“一单制”多式联运。",
                    "鼓励金融机构依托铁路运输单证开展融资结算业务。"]),
    ]),
    ("第四章　附　　则", [
        ("第七条", ["本办法自2024年5月1日起施行。"]),
    ]),
]

B2_TITLE = "浙江省人民政府办公厅关于支持中国（浙江）自由贸易试验区宁波片区建设大宗商品资源配置枢纽的通知"
B2_NO = "浙政办发〔2024〕14号"
B2_ADDR = "各市、县（市、区）人民政府，省政府直属各单位："
B2_OPEN = "为加快中国（浙江）自由贸易试验区宁波片区大宗商品资源配置枢纽建设，更好服务共建“一带一路”，经省政府同意，现就有关事项通知如下："
# level 0 auto-numbered 一、 headings; level 1 auto-numbered （一） items
B2_OUTLINE = [
    (0, "强化油气储运能力", None),
    (1, "扩大油气储备规模。", "支持宁波舟山港建设国家大宗商品储运基地，到2025年原油、成品油储备能力分别达到4000万立方米和800万立方米。"),
    (1, "优化保税燃料油供应。", "支持开展保税燃料油跨关区直供、一船多供等业务，提升国际航行船舶供油服务效率。"),
    (0, "提升贸易结算功能", None),
    (1, "培育大宗商品交易平台。", "支持宁波大宗商品交易所开展油气、铁矿石等品种的现货交易和仓单交易。"),
    (1, "便利跨境资金结算。", "鼓励银行为真实合规的大宗商品新型离岸国际贸易提供跨境资金结算便利。（责任单位：人民银行浙江省分行、国家外汇管理局浙江省分局）"),
]
B2_CLOSE = "本通知自印发之日起施行。"
B2_ORG = "浙江省人民政府办公厅"
B2_DATE = "2024年4月15日"

B3_TITLE = "中国（浙江）自由贸易试验区制度创新成果评估和复制推广办法"
B3_NO = "浙商务规〔2024〕3号"
B3_ARTS = [
    ("第一条", ["为规范中国（浙江）自由贸易试验区（以下简称自贸试验区）制度创新成果评估和复制推广工作，充分发挥自贸试验区改革开放试验田作用，制定本办法。"]),
    ("第二条", ["本办法所称制度创新成果，是指自贸试验区在投资、贸易、金融、事中事后监管和服务共建“一带一路”等领域形成的，具有首创性、系统性和可复制性的改革经验和做法。"]),
    ("第三条", ["制度创新成果评估按照下列程序进行：",
                "（一）片区管理机构组织申报；",
                "（二）省自贸办组织第三方机构评估；",
                "（三）省自由贸易试验区工作领导小组审定。"]),
    ("第四条", ["经审定的制度创新成果，由省自贸办分批发布，在全省范围内复制推广。",
                "涉及国家事权的，按程序报请国家有关部门同意后实施。"]),
    ("第五条", ["本办法自2024年7月1日起施行，有效期5年。"]),
]
B3_ORG = "浙江省商务厅"
B3_DATE = "2024年6月5日"

B_TOC = [("编者按", "2"), (B1_TITLE, "3"), (B2_TITLE, "5"), (B3_TITLE, "7")]

NUM_ABS = """<w:abstractNum %s w:abstractNumId="81">
  <w:nsid w:val="3B1D5C81"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="7A2C9E10"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/></w:rPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")
NUM_ABS2 = """<w:abstractNum %s w:abstractNumId="82">
  <w:nsid w:val="3B1D5C82"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="7A2C9E11"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/></w:rPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")
NUM_NUM = '<w:num %s w:numId="81"><w:abstractNumId w:val="81"/></w:num>' % nsdecls("w")
NUM_NUM2 = '<w:num %s w:numId="82"><w:abstractNumId w:val="82"/></w:num>' % nsdecls("w")
CN = "零一二三四五六七八九十"


def install_numbering(doc):
    numbering = doc.part.numbering_part.element
    nums = numbering.findall(qn("w:num"))
    for xml in (NUM_ABS, NUM_ABS2):
        absn = parse_xml(xml)
        if nums:
            nums[0].addprevious(absn)
        else:
            numbering.append(absn)
    numbering.append(parse_xml(NUM_NUM))
    numbering.append(parse_xml(NUM_NUM2))


def set_num(p, ilvl, num_id=81):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id))
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def toc_field(doc, entries):
    styles = doc.styles
    try:
        st = styles["TOC 1"]
    except KeyError:
        st = styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
    for i, (text, pg) in enumerate(entries):
        p = doc.add_paragraph(style=st)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.line_spacing = Pt(28)
        if i == 0:
            for kind in ("begin", "instr", "separate"):
                r = p.add_run(); set_run(r, FS, 14)
                if kind == "instr":
                    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
                    it.text = ' TOC \\o "1-1" \\h \\z \\u '; r._r.append(it)
                else:
                    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
        set_run(p.add_run(text), FS, 14)
        set_run(p.add_run("\t" + pg), FS, 14)
        if i == len(entries) - 1:
            r = p.add_run(); set_run(r, FS, 14)
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


def make_compilation():
    doc = Document()
    east_asian_normal(doc, FS, 16)
    install_numbering(doc)
    h1 = doc.styles["Heading 1"]
    h1.font.name = XBS; h1.font.size = Pt(22); h1.font.bold = False; h1.font.color.rgb = RGBColor(0, 0, 0)
    rpr = h1.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), XBS)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h1.paragraph_format.space_before = Pt(0); h1.paragraph_format.space_after = Pt(12)
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.top_margin, s0.bottom_margin = Cm(3.7), Cm(3.5)
    s0.left_margin, s0.right_margin = Cm(2.8), Cm(2.6)
    # cover (section 0, no header)
    for _ in range(4):
        para(doc, "", exact=28)
    para(doc, "中国（浙江）自由贸易试验区", XBS, 26, align="c", indent=False, exact=44)
    para(doc, "政策文件汇编", XBS, 36, align="c", indent=False, exact=60)
    para(doc, "（2024年上半年）", KAI, 18, align="c", indent=False, before=12)
    for _ in range(8):
        para(doc, "", exact=28)
    para(doc, "浙江省自由贸易试验区工作领导小组办公室　编", KAI, 16, align="c", indent=False)
    para(doc, "二〇二四年七月", KAI, 16, align="c", indent=False)
    # section 1: header + page numbers
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.header.is_linked_to_previous = False
    s1.footer.is_linked_to_previous = False
    hp = s1.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(hp.add_run("中国（浙江）自由贸易试验区政策文件汇编"), SONG, 9)
    fp = s1.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1"); pg.set(qn("w:fmt"), "decimal"); s1._sectPr.append(pg)
    para(doc, "目" + FW + FW + "录", HEI, 22, align="c", indent=False, after=18)
    toc_field(doc, B_TOC)
    page_break(doc)
    # 编者按
    para(doc, "编" + FW + "者" + FW + "按", HEI, 22, align="c", indent=False, after=18)
    for t in B_BIAN:
        para(doc, t, FS, 16, exact=28)
    signature(doc, "浙江省自贸办", "2024年7月", KAI, 16, right_cm=1)
    page_break(doc)
    # B1 规章
    doc.add_paragraph(B1_TITLE, style="Heading 1")
    para(doc, B1_NOTE, KAI, 16, align="c", indent=False, after=12, exact=28)
    for ch, arts in B1_BODY:
        para(doc, ch, HEI, 16, align="c", indent=False, exact=28)
        for label, kuan in arts:
            for i, k in enumerate(kuan):
                if i == 0:
                    p = para(doc, "", FS, 16, exact=28)
                    runs(p, [(label, HEI, False), (FW + k, FS, False)], 16)
                else:
                    para(doc, k, FS, 16, exact=28)
    page_break(doc)
    # B2 通知 with automatic numbering
    doc.add_paragraph(B2_TITLE, style="Heading 1")
    para(doc, "（" + B2_NO + "）", KAI, 16, align="c", indent=False, after=12, exact=28)
    para(doc, B2_ADDR, FS, 16, indent=False, exact=28)
    para(doc, B2_OPEN, FS, 16, exact=28)
    for lvl, head, rest in B2_OUTLINE:
        p = para(doc, "", FS, 16, exact=28, indent=False)
        set_num(p, 0, 81 if lvl == 0 else 82)
        if lvl == 0:
            set_run(p.add_run(head), HEI, 16)
        else:
            set_run(p.add_run(head), KAI, 16)
            set_run(p.add_run(rest), FS, 16)
    para(doc, B2_CLOSE, FS, 16, exact=28)
    signature(doc, B2_ORG, B2_DATE)
    page_break(doc)
    # B3 办法, 文号 in brackets, signature at end
    doc.add_paragraph(B3_TITLE, style="Heading 1")
    para(doc, "（" + B3_NO + "）", KAI, 16, align="c", indent=False, after=12, exact=28)
    for label, kuan in B3_ARTS:
        for i, k in enumerate(kuan):
            if i == 0:
                p = para(doc, "", FS, 16, exact=28)
                runs(p, [(label, HEI, False), (FW + k, FS, False)], 16)
            else:
                para(doc, k, FS, 16, exact=28)
    signature(doc, B3_ORG, B3_DATE)
    doc.save(os.path.join(HERE, "blind31_ftz_compilation.docx"))


def b2_clauses():
    out = [B2_OPEN]
    n0 = n1 = 0
    for lvl, head, rest in B2_OUTLINE:
        if lvl == 0:
            n0 += 1; out.append(CN[n0] + "、" + head)
        else:
            n1 += 1; out.append("（" + CN[n1] + "）" + head + rest)
    out.append(B2_CLOSE)
    out.append(B2_ORG + "\n" + B2_DATE)
    return out


# =================================================================== (d) website compilation .txt
# 辽宁 一带一路 policy compilation page copied from a 发改委 website

D1_TITLE = "辽宁省人民政府办公厅关于加快建设中欧班列（沈阳）集结中心的实施意见"
D1_PUB = "发布日期：2024-03-14"
D1_NO = "辽政办发〔2024〕9号"
D1_ADDR = "各市人民政府，省政府各厅委、各直属机构："
D1_PARAS = [
    "为深入落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设中欧班列（沈阳）集结中心，打造东北亚国际物流枢纽，经省政府同意，提出如下实施意见。",
    "一、总体要求",
    "到2025年，中欧班列（沈阳）年开行量达到600列以上，回程班列占比提高到40%以上，集结中心对全省外贸的带动作用明显增强。",
    "二、重点任务",
    "（一）完善集结中心功能。加快沈阳国际陆港二期建设，推进海关监管作业场所、多式联运换装设施扩能改造。",
    "（二）拓展班列线路。稳定开行沈阳至杜伊斯堡、华沙、莫斯科等线路，积极开辟经满洲里、二连浩特、霍尔果斯至中亚、欧洲的新线路。",
    "（三）推动“班列+”融合发展。依托中国（辽宁）自由贸易试验区沈阳片区，发展“班列+跨境电商”“班列+汽车出口”等新模式。",
    "三、保障措施",
    "各市要建立工作推进机制，省商务厅、交通运输厅、沈阳海关要加强协调配合，每季度调度一次集结中心建设和班列开行情况。",
]
D1_ORG = "辽宁省人民政府办公厅"
D1_DATE = "2024年3月8日"

D2_TITLE = "大连市人民政府关于印发大连市推进“丝路电商”合作先行区建设若干措施的通知"
D2_PUB = "发布日期：2024-05-09"
D2_NO = "大政发〔2024〕12号"
D2_ADDR = "各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构："
D2_COVER = "现将《大连市推进“丝路电商”合作先行区建设若干措施》印发给你们，请认真贯彻执行。"
D2_ORG = "大连市人民政府"
D2_DATE = "2024年5月6日"
D2_ATT_TITLE = "大连市推进“丝路电商”合作先行区建设若干措施"
D2_ITEMS = [
    "1.支持跨境电商企业在共建“一带一路”国家建设海外仓，对经认定的市级公共海外仓，按照实际投资额的20%给予最高300万元补助。",
    "2.依托中国（辽宁）自由贸易试验区大连片区，开展跨境电商零售进口药品、医疗器械试点。",
    "3.支持举办“丝路电商”国别商品节和云上展会，对组织企业参展的机构给予展位费50%的补贴。",
    "4.本措施自印发之日起施行，有效期至2026年12月31日。",
]

D3_TITLE = "辽宁省商务厅关于印发《辽宁省境外经贸合作区考核办法》的通知"
D3_PUB = "发布日期：2024-06-25"
D3_NO = "辽商外经〔2024〕31号"
D3_ADDR = "各市商务主管部门，沈抚示范区商务主管部门："
D3_COVER = "为推动我省企业高质量参与共建“一带一路”，现将《辽宁省境外经贸合作区考核办法》印发给你们，请遵照执行。"
D3_ORG = "辽宁省商务厅"
D3_DATE = "2024年6月20日"
D3_ATT_TITLE = "辽宁省境外经贸合作区考核办法"
D3_ARTS = [
    "第一条　为加强对省级境外经贸合作区（以下简称合作区）的动态管理，根据《辽宁省境外经贸合作区认定管理办法》，制定本办法。",
    "第二条　合作区考核每年开展一次，考核内容包括建设运营、入区企业、带动效应和安全管理四个方面。",
    "第三条　考核结果分为优秀、合格和不合格三个等次。连续两年考核不合格的，撤销省级合作区认定。",
    "第四条　本办法由省商务厅负责解释，自2024年7月1日起施行。",
]


def make_web_txt():
    L = []
    L += ["首页 > 政务公开 > 政策文件 > 政策汇编", "",
          "辽宁省融入共建“一带一路”政策文件汇编（2024年上半年）",
          "来源：辽宁省发展和改革委员会　　发布时间：2024-07-10 09:30　　浏览次数：2316",
          "【字体：大 中 小】　【打印】　【关闭】", ""]
    def doc_head(title, pub, no, addr):
        return [title, pub, "", no, "", addr]
    L += doc_head(D1_TITLE, D1_PUB, D1_NO, D1_ADDR)
    for t in D1_PARAS:
        L.append(FW * 2 + t)
    L += ["", FW * 12 + D1_ORG, FW * 12 + D1_DATE, FW * 2 + "（此件公开发布）", "", ""]
    L += doc_head(D2_TITLE, D2_PUB, D2_NO, D2_ADDR)
    L += [FW * 2 + D2_COVER, "", FW * 12 + D2_ORG, FW * 12 + D2_DATE, FW * 2 + "（此件公开发布）", "",
          D2_ATT_TITLE, ""]
    for t in D2_ITEMS:
        L.append(FW * 2 + t)
    L += ["", ""]
    L += doc_head(D3_TITLE, D3_PUB, D3_NO, D3_ADDR)
    L += [FW * 2 + D3_COVER, "", FW * 12 + D3_ORG, FW * 12 + D3_DATE, "",
          D3_ATT_TITLE, ""]
    for t in D3_ARTS:
        L.append(FW * 2 + t)
    L += ["", "", "分享到：微信　微博　QQ空间", "【打印本页】　【关闭窗口】",
          "相关链接：国家发展改革委　辽宁省人民政府　中国一带一路网",
          "主办单位：辽宁省发展和改革委员会　　网站标识码：2100000022　　辽ICP备05001234号-1"]
    with open(os.path.join(HERE, "blind31_web_compilation.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# =================================================================== expected.json

def expected():
    E = {}
    E["blind31_gazette_twocol"] = [
        {"meta": {"title": A1_TITLE, "doc_number": "福建省人民政府令第238号", "issuer": "福建省人民政府", "date": "2024-05-28"},
         "clauses": [A1_LING] + a1_clauses() + [],
         "_note": "Gazette issue (two columns from page 3). Cover lines (公报名称, 拼音, 2024年第12期（总第1086期）, 主办/出版 line), the 目录 with its 栏目 labels and dotted page numbers, the 栏目 labels 【省政府令】【省政府文件】…, the running header '福建省人民政府公报 … 2024年第12期' and the '·3·' page numbers must not be clauses or titles. The 令 (第238号, signed 省长 赵龙 2024年5月28日) and the 规章 it publishes are one document; title may be the 规章 name (preferred) or '福建省人民政府令'. The 令 text may be a clause or preamble (tolerable either way); '省长　赵龙 / 2024年5月28日' is a signature. Chapter headings are not clauses (kept as headings is tolerable). 第三条 keeps its two 款; 第五条 its three 项 (split into separate clauses tolerable). Effective 2024-07-01."},
        {"meta": {"title": A2_TITLE, "doc_number": A2_NO, "issuer": "福建省人民政府", "date": "2024-06-03"},
         "clauses": [A2_OPEN] + A2_ITEMS + ["福建省人民政府\n" + A2_DATE],
         "_note": "Addressee 福州市人民政府. The 请示 number 榕政〔2024〕45号 inside the text is NOT this document's 文号. （此件主动公开） is not a clause. Must not be glued to the 规章 before it or the 通知 after it."},
        {"meta": {"title": A3_TITLE, "doc_number": A3_NO, "issuer": A3_ORG, "date": "2024-06-12"},
         "clauses": a3_clauses(),
         "_note": "一、二、三、 are headings (三、 plus its paragraph may be one clause). （一）–（四） heads are 楷体 run-ins and stay with their text. 1./2. under （一） may be separate items or joined to （一）. Two-column reading order must not interleave lines from the left and right columns."},
        {"meta": {"title": "福建省人民政府关于林建华等同志职务任免的通知", "doc_number": "闽政〔2024〕14号", "issuer": "福建省人民政府", "date": "2024-06-18"},
         "clauses": ["经研究，决定：", "林建华同志任中国（福建）自由贸易试验区福州片区管理委员会副主任；",
                     "陈晓东同志任福建省商务厅副厅长，免去其中国（福建）自由贸易试验区厦门片区管理委员会副主任职务。",
                     "福建省人民政府\n2024年6月18日"],
         "_note": "Personnel notice at the end of the issue; a separate document. Merging '经研究，决定：' with the two 任免 lines is tolerable."},
    ]
    E["blind31_ftz_compilation"] = [
        {"meta": {"title": B1_TITLE, "doc_number": "浙江省人民政府令第402号", "issuer": "浙江省人民政府", "date": "2024-03-20"},
         "clauses": [label + FW + "\n".join(kuan) for ch, arts in B1_BODY for label, kuan in arts],
         "_note": "Compilation: cover (汇编名称, （2024年上半年）, 编 line, 二〇二四年七月), the Word TOC field (目录 + 4 entries with tab page numbers), the 编者按 page and the running header '中国（浙江）自由贸易试验区政策文件汇编' / footer '— N —' are not clauses of any document. The 编者按 may be dropped or kept as its own non-policy item, but must not be glued into this 规章. The bracketed 公布 note under the title gives 文号 (令第402号), date 2024-03-20 and effective 2024-05-01. Chapter headings not clauses (heading kind tolerable)."},
        {"meta": {"title": B2_TITLE, "doc_number": B2_NO, "issuer": B2_ORG, "date": "2024-04-15"},
         "clauses": b2_clauses(),
         "_note": "一、二、 and （一）–（四） exist only as Word automatic numbering (chineseCounting; 一、 headings use list 81, （n） items a separate one-level list 82 that runs on, so 一、 has （一）（二） and 二、 has （三）（四）, as in the printed page). 一、/二、 are headings. 文号 is given in brackets under the title. Must start a new document (new page + Heading 1 title)."},
        {"meta": {"title": B3_TITLE, "doc_number": B3_NO, "issuer": B3_ORG, "date": "2024-06-05"},
         "clauses": [label + FW + "\n".join(kuan) for label, kuan in B3_ARTS] + [B3_ORG + "\n" + B3_DATE],
         "_note": "文号 in brackets under the title; issuer and date only from the signature at the end. 第三条 keeps its 项, 第四条 its two 款 (split tolerable)."},
    ]
    E["blind31_web_compilation"] = [
        {"meta": {"title": D1_TITLE, "doc_number": D1_NO, "issuer": D1_ORG, "date": "2024-03-08"},
         "clauses": [D1_PARAS[0], D1_PARAS[1] + D1_PARAS[2]] + D1_PARAS[4:7] + [D1_PARAS[7] + D1_PARAS[8], D1_ORG + "\n" + D1_DATE],
         "_note": "Web page text: breadcrumb, the compilation headline '辽宁省融入共建“一带一路”政策文件汇编（2024年上半年）', its 来源/发布时间/浏览次数 line, 字体/打印/关闭, 分享到, 相关链接, 主办单位/ICP lines are not clauses nor titles. Each document begins with its title line followed by a '发布日期：' line — that is the only separator. Date is the 成文日期 2024-03-08 (发布日期 2024-03-14 acceptable as published). '一、总体要求' / '三、保障措施' with their single paragraph may be one clause or heading+clause; '二、重点任务' is a heading. （此件公开发布） is not a clause."},
        {"meta": {"title": D2_TITLE, "doc_number": D2_NO, "issuer": D2_ORG, "date": "2024-05-06"},
         "clauses": [D2_COVER, D2_ORG + "\n" + D2_DATE] + D2_ITEMS,
         "_note": "印发 notice whose attached 若干措施 (title line then 1.–4.) belongs to the same document; the attachment title line is a heading, not a new document. 发布日期 2024-05-09 is not 成文日期."},
        {"meta": {"title": D3_TITLE, "doc_number": D3_NO, "issuer": D3_ORG, "date": "2024-06-20"},
         "clauses": [D3_COVER, D3_ORG + "\n" + D3_DATE] + D3_ARTS,
         "_note": "Same pattern; attached 考核办法 with 第一条–第四条 belongs to this document. Footer lines (分享到, 打印本页, 相关链接, 主办单位, ICP) must not end up in 第四条."},
    ]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_gazette()
    make_compilation()
    make_web_txt()
    expected()
    print("ok")
