# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008
"""Blind generator: four fictional Chinese government documents (公文) + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"
TEXT_W = Mm(210 - 28 - 26)


def set_run_font(run, size=16, font=FS, bold=False, color=None):
    run.font.size = Pt(size); run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if color is not None: run.font.color.rgb = color


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(16); st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(28.95)
    s = d.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(20); s.header_distance = Mm(15)
    add_page_footer(s)
    return d


def add_field(par, instr, size=14):
    r = par.add_run(); set_run_font(r, size, "宋体")
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); r._element.append(f)
    r = par.add_run(); set_run_font(r, size, "宋体")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; r._element.append(t)
    r = par.add_run(); set_run_font(r, size, "宋体")
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "separate"); r._element.append(f)
    r = par.add_run("1"); set_run_font(r, size, "宋体")
    r = par.add_run(); set_run_font(r, size, "宋体")
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r._element.append(f)


def add_page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— "); set_run_font(r, 14, "宋体")
    add_field(p, "PAGE")
    r = p.add_run(" —"); set_run_font(r, 14, "宋体")


def indent_chars(p, first=200, left=None, hanging=None, right=None):
    ppr = p._element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind"); ppr.append(ind)
    if first is not None:
        ind.set(qn("w:firstLineChars"), str(first)); ind.set(qn("w:firstLine"), str(int(first * 3.2)))
    if left is not None:
        ind.set(qn("w:leftChars"), str(left)); ind.set(qn("w:left"), str(int(left * 3.2)))
    if hanging is not None:
        ind.set(qn("w:hangingChars"), str(hanging)); ind.set(qn("w:hanging"), str(int(hanging * 3.2)))
    if right is not None:
        ind.set(qn("w:rightChars"), str(right)); ind.set(qn("w:right"), str(int(right * 3.2)))


def border(p, side="bottom", color="E60012", sz=8, val="single", space=1):
    ppr = p._element.get_or_add_pPr()
    bd = ppr.find(qn("w:pBdr"))
    if bd is None:
        bd = OxmlElement("w:pBdr"); ppr.append(bd)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    bd.append(e)


def para(d, text="", size=16, font=FS, bold=False, align=None, first=200, color=None, line=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if align is not None: p.alignment = align
    if first is not None: indent_chars(p, first=first)
    if line is not None: p.paragraph_format.line_spacing = line
    if text:
        r = p.add_run(text); set_run_font(r, size, font, bold, color)
    return p


def runs(d, parts, first=200):
    """parts: list of (text, font, bold)."""
    p = d.add_paragraph(); indent_chars(p, first=first)
    for text, font, bold in parts:
        r = p.add_run(text); set_run_font(r, 16, font, bold)
    return p


def blank(d, n=1):
    for _ in range(n): para(d, first=None)


def masthead(d, text, size=36, spacing_before=Mm(20)):
    p = para(d, text, size=size, font=XBS, align=WD_ALIGN_PARAGRAPH.CENTER, first=None, color=RED, line=Pt(size * 1.25))
    p.paragraph_format.space_before = spacing_before
    return p


def two_sided(d, left, right, rule=True, left_ind=1, right_ind=1):
    p = d.add_paragraph(); indent_chars(p, first=None, left=left_ind * 100, right=right_ind * 100)
    p.paragraph_format.tab_stops.add_tab_stop(TEXT_W - Pt(16 * right_ind) - Pt(16 * left_ind), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{left}\t{right}"); set_run_font(r, 16)
    if rule: border(p, "bottom", sz=18, space=8)
    return p


def title(d, lines):
    for t in lines:
        para(d, t, size=22, font=XBS, align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=Pt(35))


def sign(d, organ, date, right_chars=4):
    p = para(d, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, first=None); indent_chars(p, first=None, right=right_chars * 100 + 100)
    p = para(d, date, align=WD_ALIGN_PARAGRAPH.RIGHT, first=None); indent_chars(p, first=None, right=right_chars * 100)


def banji(d, lines):
    """版记: lines = list of (left, right) or str; rules above first and below last; thin rule between."""
    for i, ln in enumerate(lines):
        if isinstance(ln, tuple):
            p = d.add_paragraph(); indent_chars(p, first=None, left=100, right=100)
            p.paragraph_format.tab_stops.add_tab_stop(TEXT_W - Pt(32), WD_TAB_ALIGNMENT.RIGHT)
            r = p.add_run(f"{ln[0]}\t{ln[1]}"); set_run_font(r, 14)
        else:
            p = d.add_paragraph(); indent_chars(p, first=None, left=100, right=100, hanging=None)
            r = p.add_run(ln); set_run_font(r, 14)
        if i == 0: border(p, "top", color="000000", sz=12, space=4)
        if i == len(lines) - 1: border(p, "bottom", color="000000", sz=12, space=4)
        else: border(p, "bottom", color="000000", sz=4, space=4)


def cell_text(cell, text, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]; p.alignment = align
    p.paragraph_format.line_spacing = Pt(size * 1.4)
    indent_chars(p, first=0)
    r = p.add_run(text); set_run_font(r, size, FS if not bold else HT, False)


def table(d, rows, widths, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.width = widths[j]
            cell_text(c, val, size, bold=(i == 0))
    return t


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {"meta": {}}

# ---------------------------------------------------------------- a) 请示
def make_a(BLANKS_A=0):
    stem = "a_qingshi"
    d = new_doc()
    masthead(d, "杭州市人民政府文件", size=40)
    blank(d, 2)
    two_sided(d, "杭政〔2024〕17号", "签发人：张三")
    blank(d)
    tl = ["杭州市人民政府关于申请扩展中国（浙江）", "自由贸易试验区杭州片区实施范围的请示"]
    title(d, tl)
    blank(d)
    para(d, "浙江省人民政府：", first=None)
    body = [
        "中国（浙江）自由贸易试验区杭州片区自2020年9月挂牌以来，坚持以制度创新为核心，累计形成制度创新成果126项，其中全国首创28项，新设企业4.7万家，实际使用外资67.3亿美元，为全省服务高质量共建“一带一路”提供了有力支撑。为进一步拓展发展空间，更好承接数字贸易、跨境电商和航空物流等重大项目，现将申请扩展杭州片区实施范围有关事项请示如下：",
        ("一、扩展范围", HT),
        "拟扩展区域位于萧山区和钱塘区，总面积18.36平方公里，分为空港区块（9.82平方公里）和江东区块（8.54平方公里）两部分。扩展区域均在城镇开发边界范围内，不涉及永久基本农田和生态保护红线，土地开发利用符合国土空间规划。",
        ("二、功能定位", HT),
        "空港区块重点发展航空物流、跨境电商和临空服务业，打造面向“一带一路”共建国家的国际航空货运枢纽；江东区块重点发展集成电路、生物医药等先进制造业，探索建设数字贸易先行示范区。",
        ("三、保障措施", HT),
        "我市将成立由市政府主要领导任组长的工作专班，统筹推进扩展区域规划建设、制度创新和风险防控工作，每年安排专项资金不少于5亿元，并在用地指标、人才引进等方面予以倾斜保障。",
        ("四、风险防控", HT),
        "扩展区域将严格落实外商投资安全审查、反垄断审查等管理制度，建立健全跨境资金流动监测预警机制，守牢不发生区域性系统性风险的底线。",
        "妥否，请批示。",
    ]
    exp = []
    for b in body:
        if isinstance(b, tuple):
            para(d, b[0], font=b[1]); exp.append(b[0])
        else:
            para(d, b); exp.append(b)
    blank(d)
    a1 = "附件：1．杭州片区扩展区域四至范围及坐标图"
    a2 = "2．杭州片区扩展区域产业发展规划及“一带一路”航空物流枢纽建设实施方案（2024—2030年）"
    p = para(d, a1, first=None); indent_chars(p, first=None, left=200)
    p = para(d, a2, first=None); indent_chars(p, first=None, left=500, hanging=None)
    # hanging wrap aligned with text after "2．"
    ind = p._element.pPr.find(qn("w:ind")); ind.set(qn("w:leftChars"), "600"); ind.set(qn("w:left"), "1920"); ind.set(qn("w:hangingChars"), "100"); ind.set(qn("w:hanging"), "320")
    exp += [a1, a2]
    blank(d, 3)
    sign(d, "杭州市人民政府", "2024年3月18日")
    exp += ["杭州市人民政府", "2024年3月18日"]
    note = "（联系人：李四，电话：0571-87051234）"
    para(d, note); exp.append(note)
    blank(d, BLANKS_A)
    banji(d, ["抄送：省发展改革委，省商务厅，省自然资源厅。", ("杭州市人民政府办公厅", "2024年3月19日印发")])
    path = os.path.join(HERE, stem + ".docx"); d.save(path); to_pdf(path); return path
    EXPECTED[stem] = exp
    EXPECTED["meta"][stem] = {"title": "".join(tl), "doc_number": "杭政〔2024〕17号", "issuer": "杭州市人民政府", "date": "2024-03-18",
                              "主送": "浙江省人民政府", "签发人": "张三", "抄送": "省发展改革委，省商务厅，省自然资源厅。",
                              "印发": "杭州市人民政府办公厅 2024年3月19日印发"}


# ---------------------------------------------------------------- b) 纪要
def make_b(BLANKS_B=0):
    stem = "b_jiyao"
    d = new_doc()
    masthead(d, "宁波市人民政府专题会议纪要", size=30)
    blank(d)
    para(d, "第23期", align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    two_sided(d, "宁波市人民政府办公厅", "2024年5月10日", left_ind=0, right_ind=0)
    blank(d)
    tl = ["关于推进宁波舟山港“一带一路”国际航运", "枢纽建设有关事项的会议纪要"]
    title(d, tl)
    blank(d)
    exp = []
    p0 = "2024年5月8日下午，副市长王建国主持召开专题会议，研究推进宁波舟山港“一带一路”国际航运枢纽建设和中国（浙江）自由贸易试验区宁波片区制度创新有关工作。市发展改革委、市商务局、市交通运输局、宁波海关、宁波舟山港集团等单位负责同志参加会议。现将会议议定事项纪要如下："
    para(d, p0); exp.append(p0)
    h1 = "一、关于海铁联运通道建设。"
    t1 = "会议认为，海铁联运是宁波舟山港服务“一带一路”的重要通道，2023年完成海铁联运箱量160.6万标箱，同比增长11.2%，但内陆无水港布局仍不均衡。会议要求，市交通运输局牵头，会同宁波舟山港集团于6月底前制定海铁联运三年行动方案，新增江西、新疆方向班列线路不少于3条。"
    runs(d, [(h1, HT, False), (t1, FS, False)]); exp.append(h1 + t1)
    h2 = "二、关于自贸试验区宁波片区制度创新"
    para(d, h2, font=HT); exp.append(h2)
    t2 = "会议认为，宁波片区在油气贸易、大宗商品储运等领域形成了一批可复制推广的经验，但首创性、集成性改革成果偏少。"
    t3 = "会议要求，市商务局要聚焦大宗商品资源配置，争取在保税燃料油加注、跨境人民币结算等方面再形成5项以上制度创新成果；宁波海关要深化“智慧口岸”建设，进一步压缩进出口整体通关时间。"
    para(d, t2); para(d, t3); exp += [t2, t3]
    h3 = "三、关于“一带一路”经贸合作平台建设。"
    t4 = "会议同意由市商务局牵头举办第六届中国—中东欧国家博览会配套经贸活动，所需经费按程序报批后从市级商务发展专项资金中列支。"
    runs(d, [(h3, HT, False), (t4, FS, False)]); exp.append(h3 + t4)
    blank(d)
    att = [
        "出席：市政府副市长王建国，市政府副秘书长陈立新，市发展改革委副主任刘志强，市商务局局长赵海燕，市交通运输局副局长孙明辉，宁波海关副关长钱卫东",
        "列席：宁波舟山港集团副总经理周海涛，市口岸办副主任吴晓玲，北仑区人民政府副区长郑国华",
        "请假：市财政局局长冯志远（出差）",
    ]
    for a in att:
        p = para(d, a, first=None); indent_chars(p, first=None, left=300, hanging=300)
        exp.append(a)
    blank(d, BLANKS_B)
    fs = "分送：市委办公厅，市人大常委会办公厅，市政协办公厅，市发展改革委，市商务局，市交通运输局，宁波海关，宁波舟山港集团。"
    banji(d, [fs])
    path = os.path.join(HERE, stem + ".docx"); d.save(path); to_pdf(path); return path
    EXPECTED[stem] = exp
    EXPECTED["meta"][stem] = {"title": "".join(tl), "doc_number": "第23期", "issuer": "宁波市人民政府办公厅", "date": "2024-05-10",
                              "masthead": "宁波市人民政府专题会议纪要", "分送": fs[3:]}


# ---------------------------------------------------------------- c) 通报 with tables
T1 = [["片区", "新设企业（家）", "实际使用外资（亿元）", "同比增长", "进出口总额（亿元）", "同比增长"],
      ["杭州片区", "6,215", "186.4", "12.3%", "4,872.6", "8.7%"],
      ["宁波片区", "4,830", "142.7", "9.8%", "6,315.2", "6.1%"],
      ["舟山片区", "2,146", "58.3", "15.6%", "3,204.8", "11.4%"],
      ["金义片区", "3,512", "37.9", "-4.2%", "2,698.5", "21.3%"],
      ["合计", "16,703", "425.3", "10.1%", "17,091.1", "10.2%"]]
T2 = [["片区", "对共建国家进出口（亿元）", "同比增长", "其中：出口（亿元）", "同比增长", "其中：进口（亿元）", "同比增长", "对外直接投资（亿美元）", "对外承包工程营业额（亿美元）", "境外经贸合作区（个）"],
      ["杭州片区", "1,985.4", "14.2%", "1,302.6", "16.8%", "682.8", "9.5%", "12.36", "8.42", "3"],
      ["宁波片区", "2,763.1", "10.5%", "1,894.3", "12.1%", "868.8", "7.2%", "9.87", "15.63", "2"],
      ["舟山片区", "1,402.7", "18.9%", "512.4", "6.3%", "890.3", "27.4%", "3.15", "2.08", "1"],
      ["金义片区", "1,356.9", "25.7%", "1,210.5", "28.3%", "146.4", "7.6%", "2.44", "1.27", "2"],
      ["合计", "7,508.1", "15.1%", "4,919.8", "16.4%", "2,588.3", "12.7%", "27.82", "27.40", "8"]]


def make_c(BLANKS_C=0):
    stem = "c_tongbao"
    d = new_doc()
    masthead(d, "浙江省商务厅文件", size=40)
    blank(d, 2)
    p = para(d, "浙商务发〔2024〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, first=None); border(p, "bottom", sz=18, space=8)
    blank(d)
    tl = ["浙江省商务厅关于2023年度全省自由贸易", "试验区主要经济指标完成情况的通报"]
    title(d, tl)
    blank(d)
    zs = "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会："
    para(d, zs, first=None)
    exp = []
    body = [
        "2023年，全省各自贸试验区片区认真贯彻省委、省政府决策部署，主动服务高质量共建“一带一路”，主要经济指标保持较快增长。现将有关情况通报如下：",
        ("一、总体情况", HT),
        "2023年，四个片区合计新设企业16,703家，实际使用外资425.3亿元，同比增长10.1%；实现进出口总额17,091.1亿元，同比增长10.2%，占全省进出口总额的36.4%。各片区主要指标见表1。",
    ]
    for b in body:
        if isinstance(b, tuple): para(d, b[0], font=b[1]); exp.append(b[0])
        else: para(d, b); exp.append(b)
    cap1 = "表1　2023年自贸试验区各片区主要经济指标"
    para(d, cap1, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, first=None); exp.append(cap1)
    table(d, T1, [Mm(26), Mm(26), Mm(28), Mm(22), Mm(30), Mm(22)])
    exp += [" | ".join(r) for r in T1]
    p = para(d, ("二、“一带一路”经贸合作情况"), font=HT); exp.append("二、“一带一路”经贸合作情况")
    t = "各片区对共建“一带一路”国家经贸合作持续深化，金义片区对共建国家进出口增速达25.7%，居各片区首位。具体指标见表2。"
    para(d, t); exp.append(t)
    # landscape section
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE; s.page_width = Mm(297); s.page_height = Mm(210)
    s.top_margin = Mm(28); s.bottom_margin = Mm(26); s.left_margin = Mm(37); s.right_margin = Mm(35)
    cap2 = "表2　2023年自贸试验区各片区与共建“一带一路”国家经贸合作指标"
    para(d, cap2, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, first=None); exp.append(cap2)
    table(d, T2, [Mm(21)] + [Mm(22.7)] * 9, size=11)
    exp += [" | ".join(r) for r in T2]
    note = "注：同比增长按可比口径计算；对外直接投资为中方协议投资额。"
    para(d, note, size=12, first=None); exp.append(note)
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT; s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    body = [
        ("三、下一步工作要求", HT),
        "各片区要对照年度目标任务，认真分析指标变化原因，特别是实际使用外资同比下降的片区，要于3月底前将整改措施报送省商务厅。",
        "各设区市商务局要加强统计监测，每月10日前报送上月主要指标数据，确保数据真实、准确、完整。",
    ]
    for b in body:
        if isinstance(b, tuple): para(d, b[0], font=b[1]); exp.append(b[0])
        else: para(d, b); exp.append(b)
    blank(d, 2)
    sign(d, "浙江省商务厅", "2024年2月20日"); exp += ["浙江省商务厅", "2024年2月20日"]
    para(d, "（此件公开发布）")
    blank(d, BLANKS_C)
    banji(d, [("浙江省商务厅办公室", "2024年2月21日印发")])
    path = os.path.join(HERE, stem + ".docx"); d.save(path); to_pdf(path); return path
    EXPECTED[stem] = exp
    EXPECTED["meta"][stem] = {"title": "".join(tl), "doc_number": "浙商务发〔2024〕8号", "issuer": "浙江省商务厅", "date": "2024-02-20",
                              "主送": zs.rstrip("："), "公开": "（此件公开发布）", "印发": "浙江省商务厅办公室 2024年2月21日印发"}


# ---------------------------------------------------------------- d) 函 (DOCX with heading styles, bullets)
def make_d(BLANKS_D=0):
    stem = "d_han"
    d = new_doc()
    for name, font in (("Heading 1", HT), ("Heading 2", KT)):
        st = d.styles[name]
        st.font.size = Pt(16); st.font.bold = False; st.font.color.rgb = RGBColor(0, 0, 0); st.font.name = "Times New Roman"
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:asciiTheme"), "") if False else None
        pf = st.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0); pf.line_spacing = Pt(28.95); pf.keep_with_next = True
        rf = st.element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]
    masthead(d, "浙江省发展和改革委员会", size=30, spacing_before=Mm(0))
    p = para(d, first=None, line=Pt(6)); border(p, "bottom", sz=24, val="thinThickSmallGap", space=1)
    p = para(d, "浙发改函〔2024〕56号", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None); indent_chars(p, first=None, right=100)
    blank(d)
    tl = "关于商请支持义新欧中欧班列扩容提质服务高质量共建“一带一路”的函"
    title(d, [tl])
    blank(d)
    zs = "中国国家铁路集团有限公司："
    para(d, zs, first=None)
    exp = []

    def P(t): para(d, t); exp.append(t)

    def H(t, lvl):
        p = d.add_paragraph(style=f"Heading {lvl}"); indent_chars(p, first=200)
        r = p.add_run(t); set_run_font(r, 16, HT if lvl == 1 else KT)
        exp.append(t)

    def B(t):
        p = d.add_paragraph(style="List Bullet"); r = p.add_run(t); set_run_font(r, 16)
        exp.append(t)
    P("为深入贯彻落实高质量共建“一带一路”决策部署，加快推进义乌国际陆港和中国（浙江）自由贸易试验区金义片区建设，现就义新欧中欧班列扩容提质有关事项函商如下：")
    H("一、基本情况", 1)
    P("2023年，义新欧中欧班列累计开行1,628列，同比增长21.4%；运输货物13.2万标箱，货值达412.6亿元，辐射欧亚大陆50多个国家和地区，已成为长三角地区对接“一带一路”共建国家的重要物流通道。")
    H("二、存在的主要问题", 1)
    H("（一）线路资源紧张", 2)
    P("受口岸换装能力限制，义乌至阿拉山口、霍尔果斯方向班列计划长期处于饱和状态，旺季排队等待时间超过7天。")
    H("（二）回程货源不足", 2)
    P("2023年回程班列占比仅为31.5%，重去轻回问题较为突出，班列综合运营成本偏高。")
    H("三、有关请求", 1)
    P("为进一步提升班列运行质量和效益，恳请贵公司在以下方面给予支持：")
    H("（一）增加班列计划安排", 2)
    B("每月增加义乌至阿拉木图方向班列计划不少于20列；")
    B("优先保障义乌至马拉舍维奇方向回程班列运行线；")
    B("支持开行义乌至河内跨境班列并实现常态化运营。")
    H("（二）完善运价协商机制", 2)
    P("对年开行量超过1,500列的班列平台，在全程运价方面给予适当优惠，并建立季度运价协商机制。")
    P("请予支持为盼。")
    blank(d, 2)
    sign(d, "浙江省发展和改革委员会", "2024年6月5日", right_chars=2); exp += ["浙江省发展和改革委员会", "2024年6月5日"]
    note = "（联系人：王晓东，电话：0571-87055678）"
    para(d, note); exp.append(note)
    blank(d, BLANKS_D)
    cs = "抄送：国家发展改革委区域开放司，省商务厅，金华市人民政府。"
    banji(d, [cs])
    path = os.path.join(HERE, stem + ".docx"); d.save(path); to_pdf(path); return path
    EXPECTED[stem] = exp
    EXPECTED["meta"][stem] = {"title": tl, "doc_number": "浙发改函〔2024〕56号", "issuer": "浙江省发展和改革委员会", "date": "2024-06-05",
                              "主送": zs.rstrip("："), "抄送": cs[3:]}


def npages(path):
    import pdfplumber
    with pdfplumber.open(path[:-5] + ".pdf") as p:
        return len(p.pages)


def tune(fn):
    """Pad blank lines so the 版记 sits at the bottom of the last page (as offices do by hitting Enter)."""
    n0 = npages(fn(0)); k = 0
    while npages(fn(k + 1)) == n0:
        k += 1
    fn(k)
    print(fn.__name__, "blank lines before 版记:", k, "pages:", n0)


if __name__ == "__main__":
    for fn in (make_a, make_b, make_c, make_d):
        tune(fn)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok")
