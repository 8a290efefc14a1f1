# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007
"""Blind round 12: four fictional 公文-style files (DOCX via python-docx, PDF via LibreOffice) + expected.json."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FS, XBS, HT, KT, ST = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
RED = RGBColor(0xFF, 0, 0)
C = WD_ALIGN_PARAGRAPH.CENTER; R = WD_ALIGN_PARAGRAPH.RIGHT; L = WD_ALIGN_PARAGRAPH.LEFT; J = WD_ALIGN_PARAGRAPH.JUSTIFY


def font(run, name, size, bold=False, color=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    if color is not None: run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), name)


def setup(doc):
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    pf = st.paragraph_format; pf.space_before = Pt(0); pf.space_after = Pt(0)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(s.footer.paragraphs[0], R)
    page_footer(s.even_page_footer.paragraphs[0], L)


def fld(par, instr):
    def fc(t):
        r = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._element.append(e); font(r, ST, 14); return r
    fc("begin"); r = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r._element.append(it); font(r, ST, 14)
    fc("separate"); r = par.add_run("1"); font(r, ST, 14); fc("end")


def page_footer(p, align):
    p.alignment = align
    if align == R: p.paragraph_format.right_indent = Pt(14)
    else: p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("— "); font(r, ST, 14); fld(p, "PAGE"); r = p.add_run(" —"); font(r, ST, 14)


def para(where, text="", f=FS, size=16, align=J, indent=True, bold=False, color=None, line=None, right=0, left=0, before=0, after=0, lines=None, first=None):
    p = where.add_paragraph() if first is None else first
    p.alignment = align; pf = p.paragraph_format
    if line is None: line = 28 if size <= 16 else round(size * 1.5)
    if line: pf.line_spacing = Pt(line)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
        ind = p._p.get_or_add_pPr().find(qn("w:ind")); ind.set(qn("w:firstLineChars"), "200")
    if right: pf.right_indent = Pt(right)
    if left: pf.left_indent = Pt(left)
    segs = lines if lines is not None else [text]
    for i, s in enumerate(segs):
        if i: br = p.add_run(); br.add_break(); font(br, f, size)
        if s: r = p.add_run(s); font(r, f, size, bold, color)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=4):
    ppr = p._p.get_or_add_pPr(); b = ppr.find(qn("w:pBdr"))
    if b is None: b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color); b.append(e)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, widths_mm, rows, header_rows=1, size=12, merges=(), repeat=True):
    t = doc.add_table(rows=len(rows), cols=len(widths_mm)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm): gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for ri, row in enumerate(rows):
        tr = t.rows[ri]._tr; trpr = tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); trpr.append(cs)
        if ri < header_rows and repeat: h = OxmlElement("w:tblHeader"); trpr.append(h)
        for ci, w in enumerate(widths_mm): t.cell(ri, ci).width = Mm(w)
    for (r1, c1, r2, c2) in merges: t.cell(r1, c1).merge(t.cell(r2, c2))
    done = set()
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if val is None: continue
            cell = t.cell(ri, ci)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            parts = val.split("\n") if val else [""]
            for k, s in enumerate(parts):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                para(cell, s, f=HT if ri < header_rows else FS, size=size, align=C if (ri < header_rows or len(s) <= 8) else J, indent=False, line=0, first=p)
    return t


def convert(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)], check=True, capture_output=True, timeout=240)
    return docx.with_suffix(".pdf")


def sign(doc, organ, date, note="（此件公开发布）", size=16, before=28):
    para(doc, organ, align=R, indent=False, right=size * 4, before=before, size=size)
    para(doc, date, align=R, indent=False, right=size * 4, size=size)
    if note: para(doc, note, size=size)


EXP, META = {}, {}

# ---------------------------------------------------------------- a) red header + merged table across page break
def make_a():
    stem = "blind12_a_redheader"; doc = Document(); setup(doc)
    para(doc, "000123", f=HT, indent=False, align=L)
    para(doc, "特急", f=HT, indent=False, align=L)
    para(doc, "湖南省商务厅文件", f=XBS, size=36, align=C, indent=False, color=RED, before=20, line=54)
    p = para(doc, "湘商发〔2025〕12号", align=C, indent=False, before=20, after=6); border(p, space=8)
    title = "湖南省商务厅关于印发《中国（湖南）自由贸易试验区2025年制度创新重点任务清单》的通知"
    para(doc, title, f=XBS, size=22, align=C, indent=False, before=24, after=14)
    zs = "各片区管委会，省直有关单位："
    para(doc, zs, indent=False)
    body1 = ["为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，高质量共建“一带一路”，加快打造内陆开放新高地，经省人民政府同意，现将《中国（湖南）自由贸易试验区2025年制度创新重点任务清单》印发给你们，请结合实际认真抓好落实。",
             "各片区管委会要切实履行主体责任，对照任务清单逐项细化工作措施，明确责任人和时间节点；省直有关单位要加强政策指导和要素保障，协同推进重点任务落地见效。任务推进中遇到的重大问题，请及时报告省商务厅（省自贸办）。",
             "省商务厅（省自贸办）将会同省直有关单位建立任务台账，实行清单化管理、项目化推进，按季度调度任务进展情况，并将任务完成情况纳入自贸试验区建设年度考核评估。对推进有力、成效明显的片区，在政策试点、资金安排等方面予以倾斜支持；对进展滞后的任务，及时督促整改。",
             "各片区管委会要注重总结提炼改革经验，对形成的制度创新成果，及时组织第三方评估，成熟一项、推广一项，力争全年形成在全国范围内复制推广的制度创新成果不少于5项。"]
    for b in body1: para(doc, b)
    cap = "中国（湖南）自由贸易试验区2025年制度创新重点任务清单"
    para(doc, cap, f=HT, align=C, indent=False, before=10, after=6)
    head = ["片区", "序号", "重点任务", "牵头单位", "完成时限"]
    data = [
        ("长沙片区", "1", "开展中非跨境人民币结算中心建设试点，探索对非贸易“易货+结算”新模式", "长沙片区管委会、人民银行湖南省分行", "2025年6月底"),
        ("长沙片区", "2", "推动国际航空货运“一单制”改革，实现空陆联运一次申报、一次查验", "长沙片区管委会、长沙海关", "2025年9月底"),
        ("长沙片区", "3", "建设工程机械二手设备出口服务平台，完善检测认证、评估定价和售后保障体系", "省商务厅、长沙片区管委会", "2025年12月底"),
        ("长沙片区", "4", "探索数据跨境流动“白名单”制度，支持重点企业开展数据出境安全评估", "省委网信办、长沙片区管委会", "2025年12月底"),
        ("岳阳片区", "5", "深化城陵矶港“江海直达”联运模式，拓展至东盟国家航线", "岳阳片区管委会、岳阳海关", "2025年8月底"),
        ("岳阳片区", "6", "推进进口粮食指定监管场地扩容，探索“提前申报、抵港直装”监管模式", "岳阳海关", "2025年10月底"),
        ("岳阳片区", "7", "建设长江中游航运交易服务平台，开展船舶登记、航运金融一站式服务", "省交通运输厅、岳阳片区管委会", "2025年12月底"),
        ("郴州片区", "8", "推进湘粤港澳跨境物流“湾区启运港”模式，实现货物一次查验、全程放行", "郴州片区管委会、长沙海关", "2025年7月底"),
        ("郴州片区", "9", "开展有色金属再生资源进口分类监管试点", "郴州片区管委会、省生态环境厅", "2025年11月底"),
        ("郴州片区", "10", "建设中非矿产品检测认证中心，推动检测结果国际互认", "省市场监管局、郴州片区管委会", "2025年12月底"),
        ("联动创新区", "11", "复制推广自贸试验区第一批改革试点经验，形成不少于20项可推广案例", "各联动创新区所在市州人民政府", "2025年12月底"),
        ("联动创新区", "12", "建立片区与联动创新区产业协作清单，推动“一带一路”项目联合招商", "省商务厅", "2025年10月底"),
    ]
    rows = [head]; merges = []; start = 1
    for i, d in enumerate(data):
        rows.append([d[0] if (i == 0 or data[i - 1][0] != d[0]) else None] + list(d[1:]))
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1][0] == data[i][0]: j += 1
        if j > i: merges.append((i + 1, 0, j + 1, 0))
        i = j + 1
    table(doc, [22, 12, 64, 38, 22], rows, merges=merges)
    after = "请各片区管委会于每季度结束后10日内，将任务推进情况书面报送省商务厅（省自贸办），全年工作总结于2025年12月20日前报送。"
    para(doc, after, before=8)
    sign(doc, "湖南省商务厅", "2025年3月18日")
    p = para(doc, "抄送：商务部自由贸易试验区港建设协调司，省人民政府办公厅。", size=14, indent=False, left=14, before=60); border(p, "top", "000000", 8, 2); border(p, "bottom", "000000", 4, 2)
    p = para(doc, "湖南省商务厅办公室　　　　　　　　　2025年3月19日印发", size=14, indent=False, left=14); border(p, "bottom", "000000", 8, 2)
    f = HERE / f"{stem}.docx"; doc.save(f); convert(f)
    EXP[stem] = [title, zs, *body1, cap] + [" | ".join(d) for d in data] + [after, "湖南省商务厅", "2025年3月18日", "（此件公开发布）"]
    META[stem] = {"title": title, "doc_number": "湘商发〔2025〕12号", "issuer": "湖南省商务厅", "date": "2025-03-18"}


# ---------------------------------------------------------------- b) 公报 two-column compilation with 目录
B1 = dict(title="广西壮族自治区人民政府办公厅关于加快推进中国（广西）自由贸易试验区提升发展的通知", num="桂政办发〔2025〕21号",
          zs="各市、县人民政府，自治区人民政府各组成部门、各直属机构：",
          body=["为深入实施自由贸易试验区提升战略，更好服务和融入新发展格局，高质量共建“一带一路”，经自治区人民政府同意，现就加快推进中国（广西）自由贸易试验区提升发展有关事项通知如下：",
                "一、强化制度创新。聚焦南宁、钦州港、崇左三个片区功能定位，加强面向东盟的规则、规制、管理、标准等制度型开放探索，每年形成不少于15项制度创新成果。",
                "二、畅通陆海通道。依托西部陆海新通道，加密北部湾港至东盟主要港口航线，推动中越跨境班列常态化开行，2025年海铁联运班列开行量力争达到1.2万列。",
                "三、加强要素保障。自治区各有关部门要在用地、用海、资金、人才等方面对自贸试验区给予倾斜支持，各片区所在市人民政府要落实属地责任，确保各项任务落地见效。"],
          organ="广西壮族自治区人民政府办公厅", date="2025年3月28日", iso="2025-03-28")
B2 = dict(title="广西壮族自治区商务厅关于支持企业深度参与西部陆海新通道和“一带一路”经贸合作的若干措施", num="桂商规〔2025〕4号",
          zs="各市商务局，各有关企业：",
          body=["为支持我区企业深度参与西部陆海新通道建设和“一带一路”经贸合作，结合我区实际，制定以下措施。",
                "一、支持开拓东盟市场。对企业参加自治区商务厅组织的境外重点展会，按展位费的70%给予补助，单个企业每年补助不超过30万元。",
                "二、支持境外经贸合作区建设。对在共建“一带一路”国家新认定的国家级境外经贸合作区，给予实施企业一次性奖励200万元。",
                "三、支持跨境物流降本。对经北部湾港出口至东盟国家的集装箱，按每标箱200元给予物流补贴，单个企业每年补贴不超过100万元。",
                "四、本措施自2025年5月1日起施行，有效期至2027年12月31日。"],
          organ="广西壮族自治区商务厅", date="2025年4月8日", iso="2025-04-08")


def make_b(p2):
    stem = "blind12_b_gongbao"; doc = Document(); setup(doc)
    para(doc, "广西壮族自治区人民政府公报", f=XBS, size=30, align=C, indent=False, color=RED, before=10)
    p = para(doc, "2025年第8期（总第412期）", f=KT, align=C, indent=False, after=6); border(p, color="FF0000", sz=12)
    para(doc, "目　　录", f=HT, size=22, align=C, indent=False, before=18, after=12)
    for cat, d, pg in (("【自治区人民政府办公厅文件】", B1, 2), ("【部门文件】", B2, p2)):
        para(doc, cat, f=HT, indent=False, before=6)
        p = para(doc, f"{d['title']}（{d['num']}）\t{pg}", indent=False, right=0)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None: cols = OxmlElement("w:cols"); sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "480"); cols.set(qn("w:sep"), "1")
    exp = []
    for k, d in enumerate((B1, B2)):
        para(doc, d["title"], f=XBS, size=18, align=C, indent=False, before=0 if k == 0 else 20, after=6)
        para(doc, d["num"], f=KT, align=C, indent=False, after=8)
        para(doc, d["zs"], indent=False)
        for b in d["body"]: para(doc, b)
        sign(doc, d["organ"], d["date"], before=16)
        exp += [d["title"], d["zs"], *d["body"], d["organ"], d["date"], "（此件公开发布）"]
    f = HERE / f"{stem}.docx"; doc.save(f); pdf = convert(f)
    EXP[stem] = exp
    META[stem] = [{"title": d["title"], "doc_number": d["num"], "issuer": d["organ"], "date": d["iso"]} for d in (B1, B2)]
    return pdf


# ---------------------------------------------------------------- c) 实施细则 with chapters/articles/items + 申请表
XZ = [
    ("第一章　总　则", None),
    ("第一条", "为贯彻落实自由贸易试验区提升战略，推动中国（福建）自由贸易试验区（以下简称自贸试验区）服务贸易高质量发展，深化与共建“一带一路”国家服务贸易合作，根据《福建省服务贸易创新发展实施方案》等有关规定，结合本省实际，制定本细则。"),
    ("第二条", "本细则所称“一带一路”服务贸易创新示范企业（以下简称示范企业），是指在自贸试验区福州、厦门、平潭片区内注册，面向共建“一带一路”国家开展服务贸易业务，在商业模式、技术应用、监管协同等方面具有创新示范作用的企业。"),
    ("第三条", "省商务厅负责示范企业认定的统筹协调和监督管理工作。各片区管委会负责本片区示范企业的申报受理、初审推荐和日常服务工作。"),
    ("第二章　申报条件", None),
    ("第四条", "申报示范企业应当同时具备下列条件："),
    ("", "（一）在自贸试验区内依法注册登记，具有独立法人资格，正常经营满2年；"),
    ("", "（二）上一年度服务贸易进出口额不低于500万美元，其中对共建“一带一路”国家服务贸易进出口额占比不低于30%；"),
    ("", "（三）在数字贸易、跨境物流、检验检测、国际工程咨询等领域具有自主知识产权或者创新业务模式，并已形成可复制推广的经验做法；"),
    ("", "（四）近3年内未发生重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单；"),
    ("", "（五）省商务厅规定的其他条件。"),
    ("第五条", "有下列情形之一的，不予认定："),
    ("", "（一）申报材料弄虚作假的；"),
    ("", "（二）存在拖欠职工工资、欠缴税款等违法违规行为且尚未整改到位的；"),
    ("", "（三）因违反外汇管理、海关监管等规定受到行政处罚，处罚决定作出之日起未满2年的。"),
    ("第三章　认定程序", None),
    ("第六条", "示范企业认定每年组织一次，按照下列程序进行："),
    ("", "（一）企业申报。符合条件的企业于每年6月30日前向所在片区管委会提交《“一带一路”服务贸易创新示范企业申请表》及相关证明材料；"),
    ("", "（二）片区初审。片区管委会自收到申报材料之日起15个工作日内完成初审，对符合条件的企业出具推荐意见后报送省商务厅；"),
    ("", "（三）专家评审。省商务厅组织行业专家对推荐企业的创新性、示范性和带动效应进行综合评审，必要时开展实地核查；"),
    ("", "（四）公示认定。省商务厅根据评审结果研究确定拟认定名单，在省商务厅门户网站公示5个工作日，公示无异议的，予以认定并公布。"),
    ("第七条", "示范企业认定有效期为3年。有效期届满前3个月内，企业可以按照本细则第六条规定的程序申请复核，复核通过的，有效期延续3年；未申请复核或者复核未通过的，认定资格自有效期届满之日起自动失效，省商务厅应当在门户网站予以公布。"),
    ("第四章　支持措施与监督管理", None),
    ("第八条", "对认定的示范企业，按照下列规定给予支持："),
    ("", "（一）优先推荐参加中国国际服务贸易交易会、中国—东盟博览会等重点展会，所需展位费按规定给予补助；"),
    ("", "（二）支持申报省级服务业发展专项资金项目，同等条件下优先安排；"),
    ("", "（三）在通关便利、外汇结算、人员出入境等方面提供“一企一策”服务，协调解决企业在共建“一带一路”国家开展业务遇到的困难和问题。"),
    ("第九条", "示范企业应当于每年3月31日前向所在片区管委会报送上一年度经营情况和创新成果。片区管委会应当加强跟踪服务，对示范企业实行动态管理，并于每年4月30日前将本片区示范企业发展情况汇总报送省商务厅。"),
    ("第十条", "示范企业有下列情形之一的，由省商务厅撤销认定，3年内不再受理其申报："),
    ("", "（一）以欺骗等不正当手段取得认定的；"),
    ("", "（二）发生重大安全、质量事故或者严重违法失信行为的；"),
    ("", "（三）迁出自贸试验区或者连续2年未报送经营情况的。"),
    ("第五章　附　则", None),
    ("第十一条", "本细则由省商务厅负责解释。"),
    ("第十二条", "本细则自2025年6月1日起施行，有效期5年。"),
]


def make_c(pad=0):
    stem = "blind12_c_xize"; doc = Document(); setup(doc)
    title = "福建省商务厅关于印发《中国（福建）自由贸易试验区“一带一路”服务贸易创新示范企业认定管理实施细则》的通知"
    para(doc, "闽商规〔2025〕3号", align=C, indent=False, before=30, after=20)
    para(doc, title, f=XBS, size=22, align=C, indent=False, after=14)
    zs = "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区各片区管委会："
    para(doc, zs, indent=False)
    n1 = "现将《中国（福建）自由贸易试验区“一带一路”服务贸易创新示范企业认定管理实施细则》印发给你们，请认真贯彻执行。"
    para(doc, n1)
    sign(doc, "福建省商务厅", "2025年5月6日", "（此件主动公开）")
    page_break(doc)
    t2 = "中国（福建）自由贸易试验区“一带一路”服务贸易创新示范企业认定管理实施细则"
    para(doc, t2, f=XBS, size=22, align=C, indent=False, after=14)
    exp = [title, zs, n1, "福建省商务厅", "2025年5月6日", "（此件主动公开）", t2]
    for k in range(pad): para(doc, "")  # optional padding used only to steer a page break
    for lab, txt in XZ:
        if txt is None:
            para(doc, lab, f=HT, align=C, indent=False, before=8, after=8); exp.append(lab); continue
        p = para(doc, "")
        if lab:
            r = p.add_run(lab); font(r, HT, 16); r = p.add_run("　" + txt); font(r, FS, 16); exp.append(lab + "　" + txt)
        else:
            r = p.add_run(txt); font(r, FS, 16); exp.append(txt)
    fj = "附件：“一带一路”服务贸易创新示范企业申请表"
    para(doc, ""); para(doc, fj); exp.append(fj)
    page_break(doc)
    para(doc, "附件", f=HT, indent=False, align=L)
    at = "“一带一路”服务贸易创新示范企业申请表"
    para(doc, at, f=XBS, size=20, align=C, indent=False, before=10, after=10); exp.append(at)
    rows = [["企业名称", "", None, None],
            ["统一社会信用代码", "", "所属片区", ""],
            ["注册地址", "", None, None],
            ["联系人", "", "联系电话", ""],
            ["主营服务领域", "□数字贸易　□跨境物流　□检验检测　□国际工程咨询　□其他", None, None],
            ["上年度服务贸易进出口额（万美元）", "", "其中对共建“一带一路”国家（万美元）", ""],
            ["创新业务模式简介（500字以内）", "\n\n\n", None, None],
            ["片区管委会推荐意见", "\n\n（盖章）\n年　　月　　日", None, None]]
    merges = [(0, 1, 0, 3), (2, 1, 2, 3), (4, 1, 4, 3), (6, 1, 6, 3), (7, 1, 7, 3)]
    table(doc, [38, 46, 34, 38], rows, header_rows=0, merges=merges, repeat=False)
    exp += ["企业名称", "统一社会信用代码 | 所属片区", "注册地址", "联系人 | 联系电话", "主营服务领域 | □数字贸易　□跨境物流　□检验检测　□国际工程咨询　□其他",
            "上年度服务贸易进出口额（万美元） | 其中对共建“一带一路”国家（万美元）", "创新业务模式简介（500字以内）", "片区管委会推荐意见 | （盖章） 年　　月　　日"]
    cap = "主要合作项目情况"
    para(doc, cap, f=HT, align=L, indent=False, before=12, after=6); exp.append(cap)
    rows = [["序号", "项目名称", "合作国家（地区）", "合同金额（万美元）", "起止时间"]] + [["", "", "", "", ""] for _ in range(6)]
    table(doc, [14, 52, 34, 30, 26], rows)
    exp.append("序号 | 项目名称 | 合作国家（地区） | 合同金额（万美元） | 起止时间")
    para(doc, "注：表格不够填写的，可另附页。", size=12, indent=False, before=4); exp.append("注：表格不够填写的，可另附页。")
    f = HERE / f"{stem}.docx"; doc.save(f); pdf = convert(f)
    EXP[stem] = exp
    META[stem] = {"title": title, "doc_number": "闽商规〔2025〕3号", "issuer": "福建省商务厅", "date": "2025-05-06"}
    return pdf


# ---------------------------------------------------------------- d) DOCX pasted from PDF: manual line breaks
def chunk(text, first=26, rest=28):
    out, cur, w, lim = [], "", 0.0, first
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > lim: out.append(cur); cur, w, lim = "", 0.0, rest
        cur += ch; w += cw
    if cur: out.append(cur)
    return out


def make_d():
    stem = "blind12_d_linebreaks"; doc = Document(); setup(doc)
    num = "渝商务发〔2025〕33号"
    para(doc, num, align=C, indent=False, before=20, after=16)
    tl = ["重庆市商务委员会关于组织申报2025年度“一带一路”", "经贸合作重点项目的通知"]
    para(doc, lines=tl, f=XBS, size=22, align=C, indent=False, after=14)
    zs = "各区县（自治县）商务主管部门，两江新区、西部科学城重庆高新区、万盛经开区商务主管部门，有关企业："
    para(doc, lines=chunk(zs, 28), indent=False)
    exp = ["".join(tl), zs]
    def body(t, **kw):
        para(doc, lines=chunk(t), **kw); exp.append(t)
    body("为深入推进中国（重庆）自由贸易试验区建设，高质量共建“一带一路”，支持企业依托中欧班列（成渝）、西部陆海新通道拓展国际市场，市商务委决定组织开展2025年度“一带一路”经贸合作重点项目申报工作。现将有关事项通知如下：")
    para(doc, "一、申报范围", f=HT); exp.append("一、申报范围")
    s1 = "在本市注册的企业，2024年1月1日至2025年6月30日期间在共建“一带一路”国家和地区实施的境外投资、对外承包工程、跨境电商海外仓及“丝路电商”（Silk Road"
    s2 = "E-commerce）合作项目。"
    ls = chunk(s1); para(doc, lines=ls + [s2]); exp.append(s1 + " " + s2)
    para(doc, "二、支持方向", f=HT); exp.append("二、支持方向")
    for t in ["1. 加强境外经贸合作园区建设。重点支持在东盟、中亚、中东欧等地区投资建设境外经贸合作园区，带动本市装备、技术、标准和服务“走出去”。",
              "2. 拓展跨境物流网络。支持企业依托中欧班列（成渝）和西部陆海新通道布局海外仓、集拼中心和分拨中心，提升国际供应链保障能力。",
              "3. 深化“丝路电商”合作。支持企业在共建“一带一路”国家开展跨境电商平台建设、品牌推广和本地化运营，单个项目支持金额不超过50万元。"]:
        body(t)
    para(doc, "三、申报要求", f=HT); exp.append("三、申报要求")
    a = "申报企业应填写《2025年度“一带一路”经贸合作重点项目申报表》，经所在区县商务主管部门审核后，于2025年7月15日前将纸质材料（一式两份）报送至"
    b = "市商务委对外投资和经济合作处，电子版发送至指定邮箱。逾期不予受理。"
    para(doc, lines=chunk(a)); para(doc, ""); para(doc, lines=chunk(b)); exp.append(a + b)
    body("联系人：市商务委对外投资和经济合作处　李　明，联系电话：023-63661234，电子邮箱：ydyl2025@example.cn。")
    fj = ["附件：1. 2025年度“一带一路”经贸合作重点项目申报表", "　　　2. 2025年度“一带一路”经贸合作重点项目汇总表"]
    para(doc, lines=fj, before=14); exp += ["附件：1. 2025年度“一带一路”经贸合作重点项目申报表", "2. 2025年度“一带一路”经贸合作重点项目汇总表"]
    para(doc, lines=["重庆市商务委员会", "2025年6月3日"], align=R, indent=False, right=64, before=28); exp += ["重庆市商务委员会", "2025年6月3日"]
    para(doc, "（此件公开发布）"); exp.append("（此件公开发布）")
    f = HERE / f"{stem}.docx"; doc.save(f); convert(f)
    EXP[stem] = exp
    META[stem] = {"title": "".join(tl), "doc_number": num, "issuer": "重庆市商务委员会", "date": "2025-06-03"}


def page_of(pdf, needle):
    import pdfplumber
    with pdfplumber.open(pdf) as P:
        for i, pg in enumerate(P.pages):
            if i and needle in (pg.extract_text() or "").replace("\n", ""): return i + 1
    return None


if __name__ == "__main__":
    make_a()
    pdf = make_b(3); p = page_of(pdf, "桂商规〔2025〕4号")
    if p and p != 3: make_b(p)
    make_c(); make_d()
    out = dict(EXP); out["meta"] = META
    out["notes"] = {"tables": "table rows written as non-empty cell texts joined by ' | ' (header rows and empty fill-in rows are not expected as content)",
                    "excluded": "份号, 紧急程度, red organ header, 版记 (抄送/印发), 目录 and 公报 masthead, page numbers are not clauses; 文号 goes to meta",
                    "blind12_b_gongbao": "compilation: two documents expected, meta is a list in order"}
    (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok")
