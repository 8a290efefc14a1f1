# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905  (the documents' own paragraphs, one string each; helpers as written)
# Round 11 blind office checks (fictional documents)
# A 通知 DOCX, body numbered by Word's automatic multilevel list (一、/（一）/1.), a table inside item （二）
# B 意见 PDF, three-line title, two-line 主送, paragraphs ending exactly at the right margin
# C 印发通知 + 方案 PDF with a 专栏 box (one-cell bordered table) spanning a page break
# D 通知 DOCX, tracked changes accepted, comments left in, a footnote
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0, 0)
EXPECTED, TABLES, META = {}, {}, {}

def set_font(run, font, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color is not None: run.font.color.rgb = color

def page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— "); set_font(r, ST, 14)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr); fp._p.append(fld)
    r = fp.add_run(" —"); set_font(r, ST, 14)
    st = doc.styles["Normal"]; st.font.size = Pt(16)
    st.element.get_or_add_rPr()

def border(p, side, sz=6, color="000000"):
    ppr = p._p.get_or_add_pPr(); b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr"); ppr.append(b)
    e = OxmlElement(f"w:{side}")
    for k, v in (("val", "single"), ("sz", str(sz)), ("space", "1"), ("color", color)): e.set(qn(f"w:{k}"), v)
    b.append(e)

class W:
    def __init__(s, name):
        s.name, s.doc = name, Document(); page(s.doc); EXPECTED[name] = []
    def para(s, runs, align=None, indent=True, expect=True, size=16, line=28.95, left_chars=0, right_chars=0):
        p = s.doc.add_paragraph()
        if isinstance(runs, str): runs = [(runs, FS)]
        for r in runs:
            text, font = r[0], r[1]; sz = r[2] if len(r) > 2 else size; bold = r[3] if len(r) > 3 else False
            set_font(p.add_run(text), font, sz, bold)
        pf = p.paragraph_format; pf.space_before = pf.space_after = Pt(0); pf.line_spacing = Pt(line)
        if align is not None: p.alignment = align
        else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: pf.first_line_indent = Pt(size * 2)
        if left_chars: pf.left_indent = Pt(16 * left_chars)
        if right_chars: pf.right_indent = Pt(16 * right_chars)
        if expect: EXPECTED[s.name].append("".join(r[0] for r in runs))
        return p
    def blank(s, n=1):
        for _ in range(n): s.para("", indent=False, expect=False)
    def save(s):
        p = OUT / f"{s.name}.docx"; s.doc.save(p); return p

def masthead(w, org, no):
    w.para([(f"{org}文件", XBS, 30)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False, size=30, line=50)
    for r in w.doc.paragraphs[-1].runs: r.font.color.rgb = RED
    w.blank(1)
    p = w.para(no, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    border(p, "bottom", 18, "FF0000"); w.blank(1)

def title(w, lines):
    for l in lines: w.para([(l, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False, size=22, line=35)
    EXPECTED[w.name].append("".join(lines)); w.blank(1)

def sign(w, org, date, remark=None):
    w.blank(2)
    w.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    w.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    if remark: w.para(remark, indent=True)

def banji(w, cc, printer, pdate):
    w.blank(3)
    p = w.para([("抄送：", FS, 14), (cc, FS, 14)], indent=False, expect=False, size=14, left_chars=1, right_chars=1)
    border(p, "top", 8); border(p, "bottom", 4)
    p = w.para([(printer + "　" * 6, FS, 14), (pdate + "印发", FS, 14)], indent=False, expect=False, size=14, left_chars=1)
    border(p, "bottom", 8)

def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)], check=True, capture_output=True)

# ====================================================== A: automatic multilevel numbering
NUMBERING = f'''<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>'''

def add_numbering(doc):
    np_ = doc.part.numbering_part.element
    an = parse_xml(NUMBERING)
    first_num = np_.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(an)
    else: np_.append(an)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    np_.append(num)

def numbered(w, lvl, text, label, font=FS, bold=False):
    p = w.para([(text, font, 16, bold)], expect=False)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl}"/><w:numId w:val="90"/></w:numPr>')
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    EXPECTED[w.name].append(label + text)
    return p

def doc_a(name="ta_hainan_notice_autonumber"):
    w = W(name); add_numbering(w.doc)
    org, no = "海南省人民政府办公厅", "琼府办〔2024〕17号"
    masthead(w, org, no)
    tl = ["海南省人民政府办公厅关于进一步推进", "海南自由贸易港跨境服务贸易开放的通知"]
    title(w, tl)
    w.para("各市、县、自治县人民政府，省政府直属各单位：", indent=False)
    w.para("为落实《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》，推动跨境服务贸易高水平开放，经省政府同意，现就有关事项通知如下：")
    numbered(w, 0, "明确重点领域", "一、", HT)
    numbered(w, 1, "扩大专业服务开放。", "（一）", KT)
    w.para("支持境外律师事务所、会计师事务所在海南自由贸易港设立代表机构，允许符合条件的境外专业人士按规定备案后提供服务。")
    numbered(w, 1, "推进数字贸易发展。", "（二）", KT)
    w.para("各市县要按照下表所列任务，推动数据跨境流动便利化试点，做好共建“一带一路”国家数字贸易合作项目储备。")
    t = w.doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    hdr = ["序号", "试点任务", "牵头单位"]; rows = [["1", "开展数据出境安全评估便利化试点", "省委网信办"],
        ["2", "建设国际数据服务产业园", "省工业和信息化厅"], ["3", "拓展与东盟国家数字贸易合作", "省商务厅"]]
    for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
    for r in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r): cs[i].text = v
    TABLES[name] = [[dict(zip(hdr, r)) for r in rows]]
    numbered(w, 2, "海口市要在2024年9月底前完成数据跨境服务中心建设。", "1.")
    numbered(w, 2, "三亚市要在2024年12月底前形成数字贸易统计监测办法。", "2.")
    numbered(w, 0, "强化保障措施", "二、", HT)
    numbered(w, 1, "加强组织领导。", "（一）", KT)
    w.para("省商务厅要会同有关部门建立工作协调机制，每季度调度跨境服务贸易开放工作进展。")
    numbered(w, 2, "各市县要明确责任部门和联络员。", "1.")
    numbered(w, 2, "各牵头单位要于每季度末报送工作进展。", "2.")
    numbered(w, 1, "做好风险防控。", "（二）", KT)
    w.para("建立跨境服务贸易风险监测预警机制，守住不发生系统性风险的底线。")
    sign(w, org, "2024年3月15日", "（此件主动公开）")
    banji(w, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", org, "2024年3月16日")
    META[name] = [{"title": "".join(tl), "doc_number": no, "issuers": [org], "signed": "2024-03-15",
        "addressees": "各市、县、自治县人民政府，省政府直属各单位", "remarks": "（此件主动公开）",
        "cc": "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", "printed_by": org, "printed_date": "2024-03-16"}]
    return w.save()

# ====================================================== B: opinion PDF
def doc_b(name="tb_guangxi_opinion_margins"):
    w = W(name); org, no = "广西壮族自治区人民政府", "桂政发〔2024〕8号"
    masthead(w, org, no)
    tl = ["广西壮族自治区人民政府关于", "加快中国（广西）自由贸易试验区", "高质量发展服务中国—东盟合作的意见"]
    title(w, tl)
    to = "各市、县人民政府，自治区人民政府各组成部门、各直属机构，中国（广西）自由贸易试验区各片区管委会："
    w.para(to, indent=False)
    # full-width only, 25 + 27k chars: ends exactly at the right margin (27 chars of 16pt per 156mm line)
    paras = [
        '为深入贯彻党中央、国务院决策部署，加快中国（广西）自由贸易试验区高质量发展，更好服务中国东盟全面战略伙伴关系，助力西部陆海新通道和平陆运河建设，提出如下意见。',
        "一、总体要求",
        '坚持以制度创新为核心，以可复制可推广为基本要求，发挥面向东盟的区位优势，推动自贸试验区与西部陆海新通道、平陆运河建设联动发展，打造引领中国东盟开放合作的高标准试验田，形成更多制度创新成果，建成面向东盟的开放高地。',
        "二、重点任务",
        '（一）提升跨境贸易便利化水平。推进中国东盟国际贸易单一窗口互联互通，推广跨境电商退货中心仓等模式，支持钦州港开展国际中转集拼业务，提升陆海新通道海铁联运效率。',
        '（二）深化跨境金融合作。支持在自贸试验区开展人民币跨境使用创新，扩大面向东盟的跨境人民币结算规模，推动跨境投融资便利化，稳妥有序开展跨境资产转让业务试点工作。',
        "三、保障措施",
        '自治区商务厅要会同有关部门加强统筹协调和督促指导，各片区管委会要切实履行主体责任，重大事项及时请示报告。',
    ]
    for t in paras:
        if t[0] in "一二三" and len(t) < 10: w.para([(t, HT)])
        else: w.para(t)
    sign(w, org, "2024年4月10日", "（此件公开发布）")
    banji(w, "自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅。", "广西壮族自治区人民政府办公厅", "2024年4月11日")
    META[name] = [{"title": "".join(tl), "doc_number": no, "issuers": [org], "signed": "2024-04-10", "addressees": to[:-1],
        "remarks": "（此件公开发布）", "cc": "自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅。",
        "printed_by": "广西壮族自治区人民政府办公厅", "printed_date": "2024-04-11"}]
    return w.save()

# ====================================================== C: 方案 with 专栏 across a page break
def doc_c(name="tc_chongqing_plan_box"):
    w = W(name); org, no = "重庆市人民政府办公厅", "渝府办发〔2024〕22号"
    masthead(w, org, no)
    tl = ["重庆市人民政府办公厅关于印发", "中国（重庆）自由贸易试验区提升行动方案的通知"]
    title(w, tl)
    w.para("各区县（自治县）人民政府，市政府各部门，有关单位：", indent=False)
    w.para("《中国（重庆）自由贸易试验区提升行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。")
    sign(w, org, "2024年5月20日", "（此件公开发布）")
    w.doc.paragraphs[-1].paragraph_format.page_break_before = False
    p = w.para([("中国（重庆）自由贸易试验区提升行动方案", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=35)
    p.paragraph_format.page_break_before = True
    w.blank(1)
    body = [
        ("p", "为深入实施自由贸易试验区提升战略，推动中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）在服务共建“一带一路”和西部陆海新通道建设中发挥更大作用，制定本方案。"),
        ("h1", "一、主要目标"),
        ("p", "到2027年，重庆自贸试验区累计形成制度创新成果200项以上，实际使用外资年均增长5%以上，中欧班列（成渝）和西部陆海新通道班列开行量稳步增长，建成内陆开放综合枢纽核心承载区。"),
        ("h1", "二、重点任务"),
        ("h2", "（一）提升国际物流枢纽能级。"),
        ("p", "推进铁路运输单证金融服务试点扩面，探索铁路提单物权化，推动中欧班列（成渝）与西部陆海新通道班列高效衔接。支持果园港、团结村中心站建设多式联运枢纽，完善国际物流信息平台功能。"),
        ("p", "加快建设国际航空货运枢纽，拓展至东盟、中东欧、中亚国家的全货机航线，提升航空物流集散能力。"),
        ("h2", "（二）推进贸易投资自由化便利化。"),
        ("p", "深化国际贸易单一窗口建设，推广“提前申报”“两段准入”等通关模式。全面落实外商投资准入前国民待遇加负面清单管理制度，建立外商投资企业服务专员制度。"),
        ("p", "深化服务业扩大开放，在商务服务、医疗健康、文化旅游、教育培训等领域推出一批开放举措，支持外资企业参与政府采购和标准制定。推动与共建“一带一路”国家在检验检疫、认证认可、标准计量等方面开展合作，提高国际物流和贸易数字化水平，培育一批具有国际竞争力的外贸综合服务企业。"),
    ]
    for k, t in body:
        if k == "h1": w.para([(t, HT)])
        elif k == "h2": w.para([(t, KT)])
        else: w.para(t)
    box_title = "专栏1　西部陆海新通道重点建设项目"
    box = ["1.果园港多式联运示范工程。建设铁水联运专用线和集装箱堆场，2025年建成投用。",
           "2.团结村中心站扩能改造工程。新增到发线和装卸线，提升中欧班列（成渝）集结能力。",
           "3.江津珞璜港铁路专用线工程。打通港口与铁路“最后一公里”，2026年建成投用。",
           "4.国际物流信息平台二期工程。实现与东盟国家港口、铁路信息互联共享。",
           "5.渝新欧国际冷链物流基地。建设冷链仓储和查验设施，服务进口肉类、水果分拨。",
           "6.两江新区跨境电商物流中心。建设跨境电商监管作业场所和海外仓服务平台。",
           "7.万州新田港二期工程。新建集装箱泊位和配套堆场，提升长江上游中转能力。",
           "8.涪陵龙头港铁公水联运工程。建设铁路进港专用线，服务西部陆海新通道货物集散。"]
    t = w.doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.paragraphs[0].text = ""
    set_font(c.paragraphs[0].add_run(box_title), HT, 14); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in box:
        cp = c.add_paragraph(); set_font(cp.add_run(b), FS, 14); cp.paragraph_format.first_line_indent = Pt(28)
        cp.paragraph_format.line_spacing = Pt(26)
    EXPECTED[name] += [box_title] + box
    rest = [("h2", "（三）深化金融开放创新。"),
            ("p", "支持自贸试验区内银行机构开展跨境人民币贸易融资资产跨境转让业务，扩大本外币合一银行结算账户体系试点范围。"),
            ("h1", "三、保障措施"),
            ("p", "市商务委（市自贸办）要加强统筹协调，建立任务清单和工作台账，每半年开展一次评估，评估结果报市政府。")]
    for k, tx in rest:
        if k == "h1": w.para([(tx, HT)])
        elif k == "h2": w.para([(tx, KT)])
        else: w.para(tx)
    banji(w, "市委各部门，市人大常委会办公厅，市政协办公厅。", org, "2024年5月21日")
    META[name] = [{"title": "".join(tl), "doc_number": no, "issuers": [org], "signed": "2024-05-20",
        "addressees": "各区县（自治县）人民政府，市政府各部门，有关单位", "remarks": "（此件公开发布）",
        "cc": "市委各部门，市人大常委会办公厅，市政协办公厅。", "printed_by": org, "printed_date": "2024-05-21"}]
    return w.save()

# ====================================================== D: comments + footnote
FOOTNOTES = f'''<w:footnotes {nsdecls("w")}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> 首次进口药品和生物制品，是指在我国境内首次申请进口注册的药品和生物制品。</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''

def doc_d(name="td_sichuan_notice_comments"):
    w = W(name); org, no = "四川省商务厅", "川商自贸〔2024〕6号"
    masthead(w, org, no)
    tl = ["四川省商务厅关于做好中国（四川）自由贸易试验区", "首次进口药品和生物制品口岸通关工作的通知"]
    title(w, tl)
    w.para("成都市、泸州市商务主管部门，中国（四川）自由贸易试验区各片区管委会：", indent=False)
    p1 = w.para("为便利首次进口药品和生物制品通关，支持中国（四川）自由贸易试验区建设面向共建“一带一路”国家的医药产业开放平台，现将有关事项通知如下：")
    # footnote reference after 首次进口药品和生物制品 — insert after first run
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES.encode("utf-8"), w.doc.part.package)
    w.doc.part.relate_to(part, RT.FOOTNOTES)
    r0 = p1.runs[0]; full = r0.text; cut = full.index("生物制品") + 4
    r0.text = full[:cut]
    ref = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    r0._r.addnext(ref)
    r2 = p1.add_run(full[cut:]); set_font(r2, FS, 16)
    body = [
        "一、成都天府国际机场口岸、成都双流国际机场口岸要设立首次进口药品和生物制品专用通关窗口，实行“预约通关、即到即验”。",
        "二、各片区管委会要会同海关、药品监管部门建立联合服务机制，为企业提供政策咨询、检验检测和注册申报指导等服务。",
        "三、各地商务主管部门要加强跟踪调度，每半年将工作进展报送省商务厅（自贸处）。",
    ]
    ps = [w.para(t) for t in body]
    w.doc.add_comment(ps[0].runs, text="“即到即验”表述请与成都海关再核实。", author="自贸处 王某", initials="WM")
    w.doc.add_comment(ps[2].runs, text="建议改为每季度报送。", author="办公室 李某", initials="LM")
    w.para("联系人：张明，电话：028－83221234。", indent=True)
    sign(w, org, "2024年6月3日", "（此件依申请公开）")
    banji(w, "海关总署成都海关，省药品监督管理局。", "四川省商务厅办公室", "2024年6月4日")
    META[name] = [{"title": "".join(tl), "doc_number": no, "issuers": [org], "signed": "2024-06-03",
        "addressees": "成都市、泸州市商务主管部门，中国（四川）自由贸易试验区各片区管委会", "remarks": "（此件依申请公开）",
        "cc": "海关总署成都海关，省药品监督管理局。", "printed_by": "四川省商务厅办公室", "printed_date": "2024-06-04",
        "footnote": "首次进口药品和生物制品，是指在我国境内首次申请进口注册的药品和生物制品。",
        "comments_not_in_text": ["“即到即验”表述请与成都海关再核实。", "建议改为每季度报送。"]}]
    return w.save()

if __name__ == "__main__":
    a = doc_a(); b = doc_b(); c = doc_c(); d = doc_d()
    if "--no-pdf" not in sys.argv:
        to_pdf(b); to_pdf(c)
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "tables": TABLES, "documents": META}, ensure_ascii=False, indent=1), encoding="utf-8")
    print("done")
