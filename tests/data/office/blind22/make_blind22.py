# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031
"""Write three fictional Chinese office files (round 22) and expected.json.

1. blind22_autonumber_articles.docx -- 印发 notice + 管理办法 whose 第X条 and （X）
   labels come from Word automatic numbering (chineseCounting), not typed text.
2. blind22_bilingual.pdf -- Chinese/English FTZ guidelines, Word -> PDF.
3. blind22_flowchart.docx -- 通知 whose 附件1 is a flowchart of text boxes
   (wps shapes with VML fallback, as Word writes them) and 附件2 a table.

All organs, 文号 and texts are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
TNR = "Times New Roman"


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    font(r, FS, TNR, 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = p.add_run()
        font(r, FS, TNR, 14)
        if kind:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
        else:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt)))
    r = p.add_run(" —")
    font(r, FS, TNR, 14)


def font(run, east=FS, west=TNR, size=16, bold=False, color=None):
    run.font.name = west
    run.font.size = Pt(size)
    run.font.bold = bold
    rf = run._r.get_or_add_rPr().get_or_add_rFonts()
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), west)
    rf.set(qn("w:hAnsi"), west)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc, text="", east=FS, west=TNR, size=16, bold=False, align=None, indent=True,
         color=None, line=28, before=0, after=0, style=None, keep=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pf = p.paragraph_format
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is True: pf.first_line_indent = Pt(size * 2)
    elif indent: pf.first_line_indent = indent
    else: pf.first_line_indent = Pt(0)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if keep: pf.keep_with_next = True
    if text:
        font(p.add_run(text), east, west, size, bold, color)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def red_head(doc, organ_line, number):
    """版头: red organ name + 文号 + red rule (bottom border of the 文号 paragraph)."""
    for _ in range(2): para(doc, indent=False)
    para(doc, organ_line, XBS, TNR, min(36, int(430 / len(organ_line))), color="FF0000",
         align="c", indent=False, line=None, after=12)
    p = para(doc, number, FS, TNR, 16, align="c", indent=False, before=12)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="12" w:color="FF0000"/></w:pBdr>' % nsdecls("w")))
    para(doc, indent=False)


def title(doc, text, size=22):
    p = para(doc, "", XBS, TNR, size, align="c", indent=False, line=36, after=14)
    for i, part in enumerate(text.split("\n")):
        r = font(p.add_run(part), XBS, TNR, size)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    return p


def signature(doc, organ, date):
    para(doc, indent=False)
    para(doc, organ, align="r", indent=False).paragraph_format.right_indent = Pt(32 if len(organ) < 20 else 0)
    para(doc, date, align="r", indent=False).paragraph_format.right_indent = Pt(48)


def fix_east_asian_styles(doc):
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        st = doc.styles[name]
        rf = st.element.get_or_add_rPr().get_or_add_rFonts()
        rf.set(qn("w:eastAsia"), HT)
        st.font.color.rgb = RGBColor(0, 0, 0)


# ---------------------------------------------------------------- file 1
BANFA_TITLE = "四川省“一带一路”境外经贸合作区认定和管理办法"
N1_TITLE = "四川省商务厅关于印发《四川省“一带一路”境外经贸合作区认定和管理办法》的通知"
N1_NO = "川商合〔2024〕17号"
N1_ORG = "四川省商务厅"
N1_BODY = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，规范我省境外经贸合作区建设和管理，"
           "我厅制定了《四川省“一带一路”境外经贸合作区认定和管理办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向我厅反馈。")

# (kind, text): "ch" chapter heading, "art" article (level 0), "item" level-1 item, "kuan" unnumbered 2nd paragraph
BANFA = [
    ("ch", "第一章　总则"),
    ("art", "为推动我省企业高质量参与共建“一带一路”，规范境外经贸合作区（以下简称合作区）的认定和管理，促进合作区健康有序发展，根据《境外投资管理办法》等有关规定，结合我省实际，制定本办法。"),
    ("art", "本办法所称合作区，是指在四川省内依法注册的中资控股企业（以下简称实施企业），通过在境外设立的中资控股的独立法人机构，投资建设的基础设施完善、主导产业明确、公共服务功能健全、具有集聚和辐射效应的产业园区。"),
    ("art", "合作区的认定和管理遵循企业主体、市场运作、政府引导、风险可控的原则。"),
    ("art", "省商务厅负责全省合作区的认定、管理和综合协调工作。各市（州）商务主管部门负责本地区合作区的申报推荐、日常服务和监督管理工作。"),
    ("ch", "第二章　认定条件"),
    ("art", "申请认定省级合作区，应当具备下列条件："),
    ("item", "实施企业在四川省内依法注册，具有独立法人资格，近三年无重大违法违规记录；"),
    ("item", "合作区所在国与我国已建立外交关系，政局基本稳定，已与我国签订双边投资保护协定；"),
    ("item", "合作区已完成规划建设用地的土地权属手续，且已建成面积不少于0.5平方公里；"),
    ("item", "入区企业不少于10家，其中中资企业不少于5家；"),
    ("item", "合作区建立了安全生产、环境保护和风险防控管理制度。"),
    ("art", "合作区主导产业应当符合国家境外投资产业政策和东道国产业发展方向，重点发展农业、加工制造、商贸物流、资源利用和科技研发等产业。"),
    ("kuan", "鼓励合作区与省内产业园区、开发区建立结对合作机制。"),
    ("ch", "第三章　认定程序"),
    ("art", "申请认定的实施企业，应当向所在地市（州）商务主管部门提交下列材料："),
    ("item", "合作区认定申请书；"),
    ("item", "合作区建设规划及可行性研究报告；"),
    ("item", "土地权属证明和入区企业名录；"),
    ("item", "东道国相关部门出具的合作区设立批准文件或者证明材料；"),
    ("item", "其他需要提交的材料。"),
    ("art", "市（州）商务主管部门应当在收到申请材料之日起15个工作日内完成初审，并出具推荐意见报送省商务厅。"),
    ("art", "省商务厅组织专家对申报材料进行评审，必要时开展实地核查。经评审合格的，在省商务厅门户网站公示5个工作日；公示无异议的，认定为省级合作区。"),
    ("art", "省级合作区认定有效期为3年。有效期届满需继续认定的，实施企业应当在届满前3个月提出申请。"),
    ("ch", "第四章　支持措施"),
    ("art", "省级合作区可按规定申请省级外经贸发展专项资金支持，支持内容包括："),
    ("item", "基础设施建设费用；"),
    ("item", "公共服务平台建设和运营费用；"),
    ("item", "招商推介、人员培训费用。"),
    ("art", "对合作区实施企业和入区企业，在出口信用保险、跨境人民币结算、外汇管理等方面给予便利。"),
    ("art", "鼓励合作区依托中欧班列（成渝）、西部陆海新通道等物流通道，拓展与东道国及周边国家的贸易往来。"),
    ("art", "省商务厅会同有关部门建立合作区项目库，优先推荐纳入国家级境外经贸合作区支持范围。"),
    ("ch", "第五章　监督管理"),
    ("art", "实施企业应当于每年1月31日前向省商务厅报送上一年度合作区建设运营情况，并及时报告重大事项。"),
    ("art", "省商务厅对省级合作区实行年度考核和动态管理。年度考核结果分为优秀、合格、不合格三个等次。"),
    ("art", "省级合作区有下列情形之一的，由省商务厅撤销其认定："),
    ("item", "以弄虚作假等不正当手段取得认定的；"),
    ("item", "连续两年年度考核不合格的；"),
    ("item", "发生重大安全生产事故或者造成恶劣社会影响的。"),
    ("art", "被撤销认定的合作区，自撤销之日起3年内不得重新申请认定。"),
    ("ch", "第六章　附则"),
    ("art", "国家级境外经贸合作区的管理，按照国家有关规定执行。"),
    ("art", "本办法由省商务厅负责解释。"),
    ("art", "本办法自2024年5月1日起施行，有效期5年。"),
]

CN_DIGITS = "零一二三四五六七八九"


def cn_count(n):
    """Word's chineseCounting for 1..99."""
    if n < 10: return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


NUMBERING_ABSTRACT = """<w:abstractNum %s w:abstractNumId="71">
  <w:nsid w:val="5A3C2E71"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="2D6A1B04"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:suff w:val="space"/>
    <w:lvlText w:val="第%%1条"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/><w:b w:val="0"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:lvlRestart w:val="1"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%2）"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/></w:rPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")

NUMBERING_NUM = '<w:num %s w:numId="71"><w:abstractNumId w:val="71"/></w:num>' % nsdecls("w")


def install_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING_ABSTRACT)
    existing_nums = numbering.findall(qn("w:num"))
    if existing_nums:
        existing_nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(NUMBERING_NUM))


def set_num(p, ilvl, num_id=71):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id)))
    # style before numPr per schema order
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        pPr.remove(ps)
        pPr.insert(0, ps)


def make_autonumber():
    doc = new_doc()
    fix_east_asian_styles(doc)
    install_numbering(doc)
    red_head(doc, "四川省商务厅文件", N1_NO)
    title(doc, "四川省商务厅关于印发《四川省“一带一路”\n境外经贸合作区认定和管理办法》的通知")
    para(doc, "各市（州）商务主管部门，省直有关部门：", indent=False)
    para(doc, N1_BODY)
    signature(doc, N1_ORG, "2024年3月15日")
    para(doc, "（此件公开发布）")
    page_break(doc)

    title(doc, "四川省“一带一路”境外经贸合作区\n认定和管理办法")
    art_no = 0
    item_no = 0
    exp = []
    for kind, text in BANFA:
        if kind == "ch":
            p = doc.add_paragraph(style="Heading 2")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(14)
            font(p.add_run(text), HT, TNR, 16)
        elif kind == "art":
            p = para(doc, "", indent=False)
            set_num(p, 0)
            font(p.add_run(text))
            art_no += 1
            item_no = 0
            exp.append("第%s条　%s" % (cn_count(art_no), text))
        elif kind == "item":
            p = para(doc, "", indent=False)
            set_num(p, 1)
            font(p.add_run(text))
            item_no += 1
            exp.append("（%s）%s" % (cn_count(item_no), text))
        elif kind == "kuan":
            para(doc, text)
            exp[-1] = exp[-1] + text
    # 版记 at the very end (printed in the last page's bottom)
    para(doc, indent=False)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>' % nsdecls("w")))
    c0 = t.rows[0].cells[0].paragraphs[0]
    font(c0.add_run("抄送：商务部对外投资和经济合作司，省发展改革委、省财政厅。"), FS, TNR, 14)
    c1 = t.rows[1].cells[0].paragraphs[0]
    font(c1.add_run("四川省商务厅办公室　　　　　　　　　　　2024年3月18日印发"), FS, TNR, 14)
    doc.save(os.path.join(HERE, "blind22_autonumber_articles.docx"))

    return [
        {"meta": {"title": N1_TITLE, "doc_number": N1_NO, "issuer": N1_ORG, "date": "2024-03-15"},
         "clauses": [N1_BODY],
         "_note": "The 印发 notice. 主送 line, signature, date, （此件公开发布） are metadata/noise, not clauses. "
                  "Reading notice + 办法 as one document is acceptable if the notice body and every article survive."},
        {"meta": {"title": BANFA_TITLE, "doc_number": N1_NO, "issuer": N1_ORG, "date": "2024-03-15"},
         "clauses": exp,
         "_note": "Article labels 第一条…第二十一条 and item labels （一）（二）… exist ONLY in numbering.xml "
                  "(numFmt chineseCounting, lvlText 第%1条 / （%2）; level 1 restarts under each article). A reader of the printed page sees them, "
                  "so each clause should carry the label (separator between label and text may be a space, full-width space or nothing). "
                  "Article numbering runs on across chapters (第六条 follows 第五条's items, 第十一条, 第二十一条 use Word's 十一/二十一 forms). "
                  "The unnumbered second paragraph (款) of 第六条 belongs to 第六条. Items may alternatively be kept inside their article's clause. "
                  "Chapter headings (第一章　总则 …, Heading 2) are structure, not clauses. doc_number of the 办法 is inherited from the notice (empty also acceptable). "
                  "版记 (抄送 line, 2024年3月18日印发) is noise, and the date is the 成文日期 2024-03-15, not the 印发 date."},
    ]


# ---------------------------------------------------------------- file 2
BI_ORG = "中国（山东）自由贸易试验区青岛片区管理委员会"
BI_NO = "青自贸管发〔2024〕5号"
BI_TITLE = "中国（山东）自由贸易试验区青岛片区外商投资指引"
BI_TITLE_EN = "Guidelines on Foreign Investment in Qingdao Area of China (Shandong) Pilot Free Trade Zone"

# ("h", cn, en) section heading; ("p", cn, en) paragraph/item
BI = [
    ("p", "为进一步扩大高水平对外开放，服务共建“一带一路”，为外国投资者在中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）投资兴业提供指引，根据《中华人民共和国外商投资法》及其实施条例等有关规定，制定本指引。",
     "With a view to further expanding high-level opening-up, serving the joint construction of the Belt and Road, and providing guidance for foreign investors investing and doing business in Qingdao Area of China (Shandong) Pilot Free Trade Zone (hereinafter referred to as the Qingdao Area), these Guidelines are formulated in accordance with the Foreign Investment Law of the People's Republic of China, its implementing regulations and other relevant provisions."),
    ("h", "一、适用范围", "I. Scope of Application"),
    ("p", "（一）本指引适用于外国的自然人、企业或者其他组织（以下简称外国投资者）在青岛片区内直接或者间接进行的投资活动。",
     "(1) These Guidelines apply to investment activities carried out directly or indirectly within the Qingdao Area by foreign natural persons, enterprises or other organizations (hereinafter referred to as foreign investors)."),
    ("p", "（二）香港特别行政区、澳门特别行政区和台湾地区投资者在青岛片区投资，参照本指引执行。",
     "(2) Investors from the Hong Kong Special Administrative Region, the Macao Special Administrative Region and the Taiwan region investing in the Qingdao Area shall refer to these Guidelines."),
    ("h", "二、市场准入", "II. Market Access"),
    ("p", "（一）青岛片区对外商投资实行准入前国民待遇加负面清单管理制度。《自由贸易试验区外商投资准入特别管理措施（负面清单）》以外的领域，按照内外资一致原则实施管理。",
     "(1) The Qingdao Area applies the management system of pre-establishment national treatment plus a negative list to foreign investment. Fields outside the Special Administrative Measures (Negative List) for Foreign Investment Access in Pilot Free Trade Zones shall be administered under the principle of equal treatment of domestic and foreign investment."),
    ("p", "（二）外国投资者投资负面清单内限制投资的领域，应当符合负面清单规定的股权要求、高级管理人员要求等限制性准入特别管理措施。",
     "(2) Foreign investors investing in fields where investment is restricted under the Negative List shall meet the restrictive special administrative measures for access, such as the requirements on equity and senior management personnel, as set out in the Negative List."),
    ("p", "（三）外国投资者不得投资负面清单内禁止投资的领域。",
     "(3) Foreign investors shall not invest in fields where investment is prohibited under the Negative List."),
    ("h", "三、投资便利化措施", "III. Investment Facilitation Measures"),
    ("p", "（一）外商投资企业设立登记实行“一窗通办”，营业执照、印章刻制、税务登记、社保登记等事项一次提交、并联办理，材料齐全的1个工作日内办结。",
     "(1) A one-stop single window is adopted for the establishment registration of foreign-invested enterprises. Matters such as the business license, seal engraving, tax registration and social insurance registration may be applied for with a single submission and handled in parallel, and shall be completed within 1 working day where the materials are complete."),
    ("p", "（二）外国投资者以其在中国境内依法取得的利润再投资的，按照国家规定享受相关税收政策；符合条件的跨境资金可在资本项目下自由汇入汇出。",
     "(2) Where foreign investors reinvest profits legally obtained within China, they may enjoy the relevant tax policies in accordance with national provisions; eligible cross-border funds may be freely remitted in and out under the capital account."),
    ("p", "（三）对在青岛片区工作的外籍高层次人才及其家属，提供工作许可、居留许可“一站式”办理和子女入学、医疗保障等服务。",
     "(3) For high-level foreign talents working in the Qingdao Area and their family members, one-stop services are provided for work permits and residence permits, as well as services such as school enrollment for children and medical insurance."),
    ("p", "（四）依托上海合作组织地方经贸合作示范区和中欧班列（齐鲁号），支持外商投资企业开展面向共建“一带一路”国家的国际物流和转口贸易业务。",
     "(4) Relying on the China-SCO Local Economic and Trade Cooperation Demonstration Area and the Qilu China-Europe Railway Express, foreign-invested enterprises are supported in carrying out international logistics and entrepot trade business oriented to countries participating in the Belt and Road Initiative."),
    ("h", "四、权益保护", "IV. Protection of Rights and Interests"),
    ("p", "（一）依法保护外国投资者在中国境内的投资、收益和其他合法权益，外国投资者的出资、利润、资本收益等可以依法以人民币或者外汇自由汇入、汇出。",
     "(1) The investment, earnings and other legitimate rights and interests of foreign investors within China are protected in accordance with the law. The capital contributions, profits and capital gains of foreign investors may be freely remitted into or out of China in RMB or foreign currency in accordance with the law."),
    ("p", "（二）外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以通过青岛片区外商投资企业投诉工作机制申请协调解决。投诉电话：0532-8899××××。",
     "(2) Where a foreign-invested enterprise considers that an administrative act of an administrative organ or its staff infringes upon its legitimate rights and interests, it may apply for coordination and resolution through the complaint mechanism for foreign-invested enterprises of the Qingdao Area. Complaint hotline: 0532-8899××××."),
    ("h", "五、附则", "V. Supplementary Provisions"),
    ("p", "本指引自2024年7月1日起施行，由青岛片区管理委员会负责解释。",
     "These Guidelines shall come into effect on July 1, 2024, and shall be interpreted by the Administrative Committee of the Qingdao Area."),
    ("p", "本指引中英文版本如有歧义，以中文版本为准。",
     "In case of any discrepancy between the Chinese and English versions of these Guidelines, the Chinese version shall prevail."),
]


def make_bilingual():
    doc = new_doc()
    fix_east_asian_styles(doc)
    red_head(doc, BI_ORG, BI_NO)
    title(doc, "中国（山东）自由贸易试验区青岛片区\n外商投资指引")
    para(doc, BI_TITLE_EN, XBS, TNR, 15, bold=True, align="c", indent=False, line=22, after=18)
    clauses = []
    for kind, cn, en in BI:
        if kind == "h":
            para(doc, cn, HT, TNR, 16, indent=True, keep=True)
            para(doc, en, HT, "Arial", 12, bold=True, indent=True, line=20, after=6, keep=True)
        else:
            para(doc, cn, align="j", keep=True)
            para(doc, en, FS, TNR, 12, align="j", indent=Pt(24), line=18, after=8)
            clauses += [cn, en]
    para(doc, indent=False)
    para(doc, BI_ORG, align="r", indent=False)
    para(doc, "Administrative Committee of Qingdao Area of China (Shandong) Pilot Free Trade Zone", FS, TNR, 12, align="r", indent=False, line=18)
    para(doc, "2024年6月20日", align="r", indent=False).paragraph_format.right_indent = Pt(48)
    para(doc, "June 20, 2024", FS, TNR, 12, align="r", indent=False, line=18).paragraph_format.right_indent = Pt(48)

    tmp = tempfile.mkdtemp(prefix="blind22_")
    try:
        src = os.path.join(tmp, "blind22_bilingual.docx")
        doc.save(src)
        to_pdf(src, HERE, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    return [
        {"meta": {"title": BI_TITLE, "doc_number": BI_NO, "issuer": BI_ORG, "date": "2024-06-20"},
         "clauses": clauses,
         "_note": "Listed in page order: each Chinese paragraph/item followed by its English translation as a separate string. "
                  "Equally acceptable: each English paragraph joined onto ITS Chinese item (never onto the next item). "
                  "Not acceptable: English paragraphs dropped, English glued to the following Chinese item, English wrapped lines joined without spaces "
                  "(\"Belt andRoad\") or with spaces inside Chinese, English sentences cut into several clauses at line/page ends. "
                  "The English title may be kept as an alternate title but is not a clause; section headings (一、适用范围 / I. Scope of Application) "
                  "are structure, not clauses. The bilingual signature and 'June 20, 2024' are metadata, not clauses. "
                  "The prevailing-language note 本指引中英文版本如有歧义，以中文版本为准。 is a real clause and must survive. "
                  "Footer page marks — 1 — are noise."},
    ]


def to_pdf(src, outdir, tmp):
    prof = os.path.join(tmp, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- file 3
FC_ORG = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
FC_NO = "穗南自贸管〔2024〕23号"
FC_TITLE = "关于推行外商投资企业设立“一站式”服务的通知"
FC_BODY = [
    "为深入推进共建“一带一路”和自由贸易试验区提升战略，进一步优化片区营商环境，经研究，决定在片区政务服务中心推行外商投资企业设立“一站式”服务。现将有关事项通知如下：",
    "一、服务范围。在片区内新设立的外商投资企业（含港澳台投资企业）办理营业执照、商务备案、印章刻制、税务登记、社保登记、外汇登记等事项，均可通过“一站式”服务窗口集中办理。",
    "二、办理方式。申请人可通过广东政务服务网线上提交申请，也可到片区政务服务中心外商投资综合窗口现场提交。窗口实行“一窗受理、并联审批、统一出件”，材料齐全、符合法定形式的，原则上在3个工作日内办结。",
    "三、工作要求。各有关部门要按照职责分工，安排业务骨干进驻综合窗口，加强信息共享和业务协同，不得要求申请人重复提交材料。",
    "四、本通知自印发之日起施行，由片区管委会政务服务和数据管理局负责解释。",
]
FC_BOXES = [
    ["申请人提交材料", "（线上：广东政务服务网；线下：综合窗口）"],
    ["窗口受理"],
    ["材料不齐全或不符合法定形式的，一次性告知需补正的全部内容"],
    ["部门并联审批", "（市场监管、商务、税务、人社、外汇等部门同步办理）"],
    ["办结出证", "（统一出件，可免费邮寄）"],
]
FC_TABLE = [
    ("1", "外商投资企业设立登记申请书", "1", "法定代表人签署"),
    ("2", "公司章程", "1", "全体股东签署"),
    ("3", "投资者主体资格证明或自然人身份证明", "1", "境外投资者需经公证认证或办理附加证明书"),
    ("4", "法定代表人、董事、监事和经理的任职文件及身份证明", "1", "复印件"),
    ("5", "住所使用证明", "1", "租赁合同或产权证明"),
    ("6", "外商投资信息报告（初始报告）", "1", "通过企业登记系统同步报送"),
]
FC_TABLE_NOTE = "注：以上材料均需同时提交电子版；外文材料应当附中文译本。"

NS_DRAW = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word"')

EMU_PER_PT = 12700
_shape_id = [100]


def _txbx_paras(lines, small=False):
    out = []
    for i, ln in enumerate(lines):
        size = 28 if i == 0 and not small else 21  # half-points
        out.append('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="300" w:lineRule="auto"/></w:pPr>'
                   '<w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="%s" w:hAnsi="黑体"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (HT if i == 0 else FS, size, size, ln))
    return "".join(out)


def textbox_run(lines, x_pt, y_pt, w_pt, h_pt, small=False):
    """A w:r holding mc:AlternateContent: wps text box (Choice) + VML v:rect textbox (Fallback), as Word 2010+ saves."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    body = _txbx_paras(lines, small)
    xml = f'''<w:r {NS_DRAW}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{int(x_pt * EMU_PER_PT)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y_pt * EMU_PER_PT)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w_pt * EMU_PER_PT)}" cy="{int(h_pt * EMU_PER_PT)}"/>
<wp:effectExtent l="0" t="0" r="19050" b="19050"/>
<wp:wrapNone/>
<wp:docPr id="{sid}" name="文本框 {sid}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w_pt * EMU_PER_PT)}" cy="{int(h_pt * EMU_PER_PT)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:rect id="文本框 {sid}" o:spid="_x0000_s{1024 + sid}" style="position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;width:{w_pt}pt;height:{h_pt}pt;z-index:{sid};visibility:visible;mso-wrap-style:square;mso-position-horizontal-relative:text;mso-position-vertical-relative:text;v-text-anchor:middle" fillcolor="white" strokeweight="1pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def arrow_run(x1, y1, x2, y2):
    _shape_id[0] += 1
    sid = _shape_id[0]
    x, y = min(x1, x2), min(y1, y2)
    w, h = max(abs(x2 - x1), 0.1), max(abs(y2 - y1), 0.1)
    xml = f'''<w:r {NS_DRAW}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{int(x * EMU_PER_PT)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y * EMU_PER_PT)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w * EMU_PER_PT)}" cy="{int(h * EMU_PER_PT)}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapNone/>
<wp:docPr id="{sid}" name="直接箭头连接符 {sid}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvCnPr/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w * EMU_PER_PT)}" cy="{int(h * EMU_PER_PT)}"/></a:xfrm>
<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>
<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln></wps:spPr>
<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:line id="直接箭头连接符 {sid}" o:spid="_x0000_s{1024 + sid}" style="position:absolute;z-index:{sid};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="{x1}pt,{y1}pt" to="{x2}pt,{y2}pt" strokeweight="1pt"><v:stroke endarrow="block"/></v:line></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def make_flowchart():
    doc = new_doc()
    fix_east_asian_styles(doc)
    red_head(doc, FC_ORG + "文件", FC_NO)
    title(doc, "关于推行外商投资企业设立\n“一站式”服务的通知")
    para(doc, "片区各有关部门，各相关单位：", indent=False)
    for t in FC_BODY:
        para(doc, t)
    para(doc, indent=False)
    para(doc, "附件：1．外商投资企业设立“一站式”办理流程图")
    para(doc, "2．外商投资企业设立“一站式”办理材料清单", indent=Pt(32 + 48))
    signature(doc, FC_ORG, "2024年9月10日")
    para(doc, "（联系人：李××，电话：020-3468××××）")
    page_break(doc)

    # ---- 附件1: flowchart
    para(doc, "附件1", HT, TNR, 16, indent=False)
    para(doc, indent=False)
    title(doc, "外商投资企业设立“一站式”办理流程图")
    W = 250
    X = 40  # box left edge relative to column
    H = 64
    step = 92  # paragraph height (exact line spacing) used to stack boxes
    anchors = []
    for i in range(4):
        p = para(doc, indent=False, line=step)
        anchors.append(p)
    main = [FC_BOXES[0], FC_BOXES[1], FC_BOXES[3], FC_BOXES[4]]
    for i, (p, box) in enumerate(zip(anchors, main)):
        p._p.append(textbox_run(box, X, 0, W, H))
        if i < 3:
            cx = X + W / 2
            p._p.append(arrow_run(cx, H, cx, step))
        if i == 1:  # side branch from 窗口受理
            p._p.append(arrow_run(X + W, H / 2, X + W + 25, H / 2))
            p._p.append(textbox_run(FC_BOXES[2], X + W + 25, -12, 130, H + 24, small=True))
    para(doc, indent=False)
    page_break(doc)

    # ---- 附件2: table
    para(doc, "附件2", HT, TNR, 16, indent=False)
    para(doc, indent=False)
    title(doc, "外商投资企业设立“一站式”办理材料清单")
    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.5), Cm(6.5), Cm(1.5), Cm(6.0))
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for c, h, w in zip(t.rows[0].cells, ("序号", "材料名称", "份数", "备注"), widths):
        c.width = w
        pp = c.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(pp.add_run(h), HT, TNR, 14)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for row in FC_TABLE:
        cells = t.add_row().cells
        for c, v, w in zip(cells, row, widths):
            c.width = w
            pp = c.paragraphs[0]
            if v in ("1", "2", "3", "4", "5", "6") and len(v) == 1: pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(pp.add_run(v), FS, TNR, 14)
    cells = t.add_row().cells
    m = cells[0].merge(cells[3])
    font(m.paragraphs[0].add_run(FC_TABLE_NOTE), FS, TNR, 14)
    doc.save(os.path.join(HERE, "blind22_flowchart.docx"))

    clauses = FC_BODY[:] + ["".join(b) for b in FC_BOXES] + [" | ".join(r) for r in FC_TABLE] + [FC_TABLE_NOTE]
    return [
        {"meta": {"title": FC_TITLE, "doc_number": FC_NO, "issuer": FC_ORG, "date": "2024-09-10"},
         "clauses": clauses,
         "_note": "One document (attachments belong to the notice). 主送 line, 附件 list, signature, date and the （联系人…） line are metadata/noise. "
                  "The lead-in paragraph and items 一、…四、 are clauses. 附件1 is a flowchart of 5 text boxes (each written as wps txbxContent AND its VML fallback "
                  "copy, as Word does): each box's text should appear exactly ONCE, in document order (申请人提交材料 → 窗口受理 → side box 材料不齐全… → 部门并联审批 → 办结出证); "
                  "the two lines of one box may be joined or kept as one clause, but the box text must not be lost, doubled, or glued to a heading. "
                  "附件1/附件2 labels and their titles are headings, not clauses. 附件2 table: header row 序号|材料名称|份数|备注 is not a clause; "
                  "each data row is one clause (cell separator free); the merged note row 注：… is one clause. Footer — N — is noise."},
    ]


def main():
    exp = {
        "blind22_autonumber_articles": make_autonumber(),
        "blind22_bilingual": make_bilingual(),
        "blind22_flowchart": make_flowchart(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
