# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 181: the most ordinary documents of central offices, Word + LibreOffice PDF.

Writes next to itself:
  blind181_pifu.docx / .pdf      国务院关于同意…的批复, 国函〔2024〕76号 (信函格式: red
      中华人民共和国国务院, red double rule, 文号 flush right under it, no page
      number on page 1, 此复, 抄送 only at the foot of the last page).
  blind181_zhuanfa.docx / .pdf   国务院办公厅转发商务部…意见的通知, 国办函〔2024〕52号; the
      carried 意见 follows on a new page with its own title, and under that title the
      byline 商务部 / 2024年5月20日; 一、（一）1． outline; 抄送 at the very end.
  blind181_yijian.docx / .pdf    商务部等9部门关于…的意见, 商合发〔2024〕113号; red
      版头, title with a manual line break, 落款 of nine organs over three lines (no
      印章), 版记 抄送/印发.
  blind181_gonggao.docx / .pdf   海关总署公告2024年第118号, with 附件 商品清单 table
      (序号/税则号列/商品名称/备注), header row repeated across the page break.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind181.py
"""
import json
import os
import subprocess

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
LINE = Pt(28.9)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None):
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


def para(doc, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, right_chars=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    if right_chars:
        pf.right_indent = Pt(SAN * right_chars)
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    p = para(doc)
    set_font(p.add_run(head), head_font, SAN)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = para(doc, indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, left="— ", right=" —", size=SI):
    set_font(p.add_run(left), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    set_font(p.add_run(right), ST, size)


def new_doc(numbers="alternate", first_page_blank=False):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if numbers == "alternate":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    elif numbers == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, "- ", " -", 12)
    if first_page_blank:
        s.different_first_page_header_footer = True
    sp = s._sectPr
    grid = sp.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    return doc


def letter_head(doc, organ, number):
    """信函格式: red organ name, red double rule (thick over thin), 文号 flush right below."""
    p = para(doc, "", XBZ, 36, C, 0, line=Pt(44))
    r = p.add_run(organ)
    set_font(r, XBZ, 36, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="20"/>' % nsdecls("w")))
    border(p, "bottom", 24, "E60012", 6, val="thickThinSmallGap")
    para(doc, indent=0)
    para(doc, number, FS, SAN, R, 0, right_chars=1)
    para(doc, indent=0)


def file_head(doc, organ_line, number):
    """发文格式: red 版头 ...文件, 文号 centred, red rule."""
    para(doc, indent=0)
    p = para(doc, "", XBZ, 40, C, 0, line=Pt(50))
    r = p.add_run(organ_line)
    set_font(r, XBZ, 40, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, number, FS, SAN, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, indent=0)


def title(doc, parts, soft=True):
    if soft:
        p = para(doc, "", XBZ, ER, C, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER, C, 0, line=Pt(33))
    para(doc, indent=0)


def zhusong(doc, text):
    para(doc, text, FS, SAN, J, 0)


def signoff(doc, organ, date, right_chars=4, public=True):
    para(doc, indent=0)
    para(doc, indent=0)
    para(doc, organ, FS, SAN, R, 0, right_chars=right_chars)
    para(doc, date, FS, SAN, R, 0, right_chars=right_chars)
    if public:
        para(doc, indent=0)
        para(doc, "（此件公开发布）", FS, SAN, L, 2)


def chaosong_only(doc, text, blanks):
    for _ in range(blanks):
        para(doc, indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    set_font(p.add_run("抄送：" + text), FS, SI)


def banji(doc, chaosong, printer, printdate, blanks):
    for _ in range(blanks):
        para(doc, indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.right_indent = Pt(SI)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    if text:
        set_font(p.add_run(text), east, size, bold)


def table_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>' % nsdecls("w")))


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_181", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = docx_path[:-5] + ".pdf"
    with pdfplumber.open(pdf) as p:
        return len(p.pages)


# ================================================================ 1. 批复
PF_NUM = "国函〔2024〕76号"
PF_TITLE = "国务院关于同意在中国（湖北）自由贸易试验区武汉片区等3个片区开展内外贸一体化改革试点的批复"
PF_TO = "湖北省、湖南省、广西壮族自治区人民政府，商务部："
PF_BODY = [
    "你们关于在自由贸易试验区开展内外贸一体化改革试点的请示（鄂政文〔2024〕35号、湘政〔2024〕12号、桂政报〔2024〕27号、商自贸函〔2024〕168号）收悉。现批复如下：",
    "一、同意在中国（湖北）自由贸易试验区武汉片区、中国（湖南）自由贸易试验区长沙片区、中国（广西）自由贸易试验区南宁片区开展内外贸一体化改革试点，试点期限为3年，自2024年9月1日起至2027年8月31日止。原则同意《自由贸易试验区内外贸一体化改革试点实施方案》（以下简称《实施方案》），由商务部印发。",
    "二、试点工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整、准确、全面贯彻新发展理念，加快构建新发展格局，统筹发展和安全，聚焦内外贸规则衔接、市场渠道贯通、经营主体培育和监管协同，形成一批可复制可推广的制度创新成果，为服务共建“一带一路”和建设全国统一大市场提供支撑。",
    "三、湖北省、湖南省、广西壮族自治区人民政府要加强对试点工作的组织领导，建立健全工作推进机制，细化分解任务，落实配套政策，在用地、资金、人才等方面给予保障，确保《实施方案》确定的各项任务落地见效。",
    "四、武汉片区要重点在汽车及零部件、光电子信息产品内外贸同线同标同质方面先行先试，依托中欧班列（武汉）拓展共建“一带一路”国家市场；长沙片区要重点在工程机械二手设备出口、内外贸质量标准衔接方面探索创新；南宁片区要重点在面向东盟的跨境产业链供应链协同、内外贸融合型经营主体培育方面开展试点。",
    "五、商务部要会同有关部门加强对试点工作的统筹协调和指导评估，及时总结推广试点经验。国家发展改革委、财政部、海关总署、市场监管总局等部门要按照职责分工，积极支持试点工作。",
    "六、试点中需要暂时调整实施相关行政法规、国务院文件和经国务院批准的部门规章的，按规定程序办理。试点中的重大问题，湖北省、湖南省、广西壮族自治区人民政府和商务部要及时向国务院请示报告。",
    "七、试点期满后，商务部要会同湖北省、湖南省、广西壮族自治区人民政府对试点情况进行全面评估，形成评估报告报国务院。",
]


def build_pifu():
    doc = new_doc("alternate", first_page_blank=True)
    letter_head(doc, "中华人民共和国国务院", PF_NUM)
    title(doc, [PF_TITLE], soft=False)
    zhusong(doc, PF_TO)
    for t in PF_BODY:
        para(doc, t)
    para(doc, "此复。")
    signoff(doc, "国务院", "2024年8月16日", right_chars=4)
    chaosong_only(doc, "国家发展改革委、财政部、海关总署、市场监管总局，湖北省、湖南省、广西壮族自治区商务厅。", 6)
    path = os.path.join(HERE, "blind181_pifu.docx")
    doc.save(path)
    return path


# ================================================================ 2. 国办函 转发
ZF_NUM = "国办函〔2024〕52号"
ZF_TITLE = "国务院办公厅转发商务部关于推进自由贸易试验区服务共建“一带一路”高质量发展若干意见的通知"
ZF_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
ZF_COVER = "商务部《关于推进自由贸易试验区服务共建“一带一路”高质量发展的若干意见》已经国务院同意，现转发给你们，请结合实际认真贯彻落实。"
ZF_YJ_TITLE = "关于推进自由贸易试验区服务共建“一带一路”高质量发展的若干意见"
# ("p", text) plain paragraph; ("h", text) heading with no text of its own; ("r", head, body) run-in
ZF_YJ = [
    ("p", "自由贸易试验区是共建“一带一路”的重要平台。为贯彻落实党中央、国务院决策部署，发挥自由贸易试验区改革开放综合试验平台作用，更好服务共建“一带一路”高质量发展，现提出以下意见。"),
    ("h", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，以制度创新为核心，以高水平开放为引领，推动22个自由贸易试验区与共建“一带一路”国家在贸易、投资、物流、规则等领域深化合作。到2027年，自由贸易试验区对共建“一带一路”国家进出口额年均增长8%以上，累计形成服务共建“一带一路”的制度创新成果100项左右。"),
    ("h", "二、深化贸易投资合作"),
    ("r", "（一）拓展货物贸易新空间。", "支持自由贸易试验区建设面向共建“一带一路”国家的进口贸易促进创新示范区，扩大优质农产品、能源资源产品进口。鼓励企业在共建“一带一路”国家布局海外仓，到2026年，自由贸易试验区企业在共建“一带一路”国家新增海外仓面积200万平方米以上。"),
    ("r", "（二）推动服务贸易创新发展。", "聚焦数字服务、专业服务和跨境运输服务，分区域开展先行先试："),
    ("p", "1．支持中国（上海）自由贸易试验区临港新片区建设国际数据港，探索面向共建“一带一路”国家的数据跨境流动便利化安排。"),
    ("p", "2．支持中国（广东）自由贸易试验区前海蛇口片区、南沙新区片区扩大法律、会计、建筑设计等专业服务对共建“一带一路”国家开放，允许符合条件的境外专业人才按规定备案后执业。"),
    ("p", "3．支持中国（福建）自由贸易试验区厦门片区发展航空维修、船舶供应等跨境运输服务，打造“海丝”航运服务中心。"),
    ("r", "（三）优化双向投资促进。", "依托自由贸易试验区设立共建“一带一路”投资服务中心，为企业提供境外投资备案、风险预警、法律咨询“一站式”服务。对自由贸易试验区内企业赴共建“一带一路”国家开展的中方投资额3亿美元以下的非敏感类项目，备案时限压缩至3个工作日。"),
    ("h", "三、提升互联互通水平"),
    ("r", "（四）畅通西部陆海新通道。", "支持中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区和中国（广西）自由贸易试验区钦州港片区协同推进西部陆海新通道建设，推广铁海联运“一单制”，到2027年，西部陆海新通道铁海联运班列年运量力争达到60万标准箱。"),
    ("r", "（五）提升中欧班列运行质效。", "支持中国（陕西）自由贸易试验区中心片区（西安国际港务区）、中国（河南）自由贸易试验区郑州片区建设中欧班列集结中心，优化班列开行线路和运输组织，推动中欧班列与国际航空货运、海运有效衔接。"),
    ("r", "（六）建设“空中丝绸之路”。", "支持中国（河南）自由贸易试验区郑州片区深化郑州—卢森堡“空中丝绸之路”建设，新增至共建“一带一路”国家全货机航线10条以上。"),
    ("h", "四、加强规则标准对接"),
    ("r", "（七）对接高标准经贸规则。", "在自由贸易试验区率先对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权、政府采购等领域开展压力测试。"),
    ("r", "（八）推动标准和认证互认。", "支持自由贸易试验区与共建“一带一路”国家开展标准化合作，推进检验检测认证结果互认，到2027年，与共建“一带一路”国家新签署标准化合作文件30份以上。"),
    ("h", "五、强化组织保障"),
    ("r", "（九）加强统筹协调。", "国务院自由贸易试验区工作部际联席会议统筹推进各项任务落实，商务部要会同有关部门加强指导，每年对工作进展情况开展评估。各有关省（自治区、直辖市）人民政府要落实主体责任，结合实际制定具体实施方案，于2024年9月30日前报商务部备案。"),
    ("r", "（十）强化风险防控。", "健全自由贸易试验区风险防控体系，加强对外投资合作、跨境资金流动、数据安全等领域风险监测预警，守牢安全底线。"),
]


def build_zhuanfa():
    doc = new_doc("alternate", first_page_blank=True)
    letter_head(doc, "国务院办公厅", ZF_NUM)
    title(doc, [ZF_TITLE], soft=False)
    zhusong(doc, ZF_TO)
    para(doc, ZF_COVER)
    signoff(doc, "国务院办公厅", "2024年6月3日", right_chars=4)
    page_break(doc)
    para(doc, indent=0)
    title(doc, ["关于推进自由贸易试验区服务共建", "“一带一路”高质量发展的若干意见"], soft=False)
    para(doc, "商务部", KT, SAN, C, 0)
    para(doc, "2024年5月20日", KT, SAN, C, 0)
    para(doc, indent=0)
    for item in ZF_YJ:
        if item[0] == "h":
            para(doc, item[1], HT, SAN, J, 2)
        elif item[0] == "r":
            runin(doc, item[1], item[2])
        else:
            para(doc, item[1])
    chaosong_only(doc, "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央，全国工商联，各人民团体，各中央企业。", 3)
    path = os.path.join(HERE, "blind181_zhuanfa.docx")
    doc.save(path)
    return path


def items_to_clauses(items):
    out = []
    for it in items:
        if it[0] == "h":
            continue
        out.append(it[1] if it[0] == "p" else it[1] + it[2])
    return out


# ================================================================ 3. 商务部等9部门 意见
YJ_NUM = "商合发〔2024〕113号"
YJ_TITLE_PARTS = ["商务部等9部门关于推动境外经贸合作区", "高质量发展服务共建“一带一路”的意见"]
YJ_TITLE = "".join(YJ_TITLE_PARTS)
YJ_TO = ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外办、发展改革、财政主管部门，"
         "中国人民银行上海总部、各省、自治区、直辖市及计划单列市分行，海关总署广东分署、各直属海关，"
         "国家税务总局各省、自治区、直辖市和计划单列市税务局，国家金融监督管理总局各监管局，"
         "国家外汇管理局各省、自治区、直辖市及计划单列市分局：")
YJ_RECIP = [
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外办、发展改革、财政主管部门",
    "中国人民银行上海总部、各省、自治区、直辖市及计划单列市分行",
    "海关总署广东分署、各直属海关",
    "国家税务总局各省、自治区、直辖市和计划单列市税务局",
    "国家金融监督管理总局各监管局",
    "国家外汇管理局各省、自治区、直辖市及计划单列市分局",
]
YJ_ITEMS = [
    ("p", "境外经贸合作区（以下简称合作区）是推进共建“一带一路”的重要载体。截至2023年底，我国企业在共建“一带一路”国家建设的合作区累计投资超过600亿美元，入区企业超过5000家。为推动合作区高质量发展，更好服务构建新发展格局，现提出以下意见。"),
    ("h", "一、总体要求"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，坚持企业主体、市场运作、政府引导、互利共赢，推动合作区由规模扩张向质量提升转变。到2027年，培育30个左右产业集聚度高、辐射带动作用强的高水平合作区，合作区年产值突破2000亿美元，为东道国创造就业岗位累计超过60万个。"),
    ("h", "二、重点任务"),
    ("r", "（一）优化合作区布局。", "引导合作区向东南亚、中亚、中东欧等共建“一带一路”重点区域集聚，支持已有合作区扩区提质，原则上不再支持新建同质化、低水平合作区。"),
    ("r", "（二）推动产业链协同。", "支持国内自由贸易试验区与合作区建立“园区对园区”结对合作机制。其中："),
    ("p", "1.支持中国（江苏）自由贸易试验区连云港片区依托中哈（连云港）物流合作基地，与中亚地区合作区开展物流、仓储和加工合作。"),
    ("p", "2.支持中国（云南）自由贸易试验区昆明片区、德宏片区与老挝、缅甸境内合作区共建跨境产业链，依托中老铁路发展“铁路+园区”模式。"),
    ("p", "3.支持中国（广西）自由贸易试验区崇左片区与越南境内合作区开展电子产品组装、农产品加工合作，探索“两国双园”管理模式。"),
    ("p", "4.支持中国（新疆）自由贸易试验区霍尔果斯片区建设面向中亚的合作区综合服务中心，为入区企业提供通关、物流、结算等服务。"),
    ("r", "（三）提升合作区服务能力。", "合作区实施机构应当建立“一站式”服务平台，为入区企业提供注册登记、政策咨询、法律和劳务等服务，服务入区企业数量每年增长10%以上。"),
    ("r", "（四）推动绿色低碳发展。", "新建合作区项目原则上按照东道国和我国环境标准中较高者执行，鼓励合作区建设分布式光伏等清洁能源设施，到2027年，合作区清洁能源使用比例达到30%以上。"),
    ("h", "三、支持政策"),
    ("r", "（五）加大财政支持。", "统筹利用中央外经贸发展专项资金，对通过年度考核的合作区给予支持，单个合作区年度支持额度不超过3000万元。"),
    ("r", "（六）强化金融服务。", "支持政策性、开发性金融机构为合作区基础设施建设提供中长期融资，鼓励商业银行为入区企业提供跨境融资、内保外贷等服务；对合作区项目的海外投资保险，保费给予不低于50%的资助。"),
    ("r", "（七）便利跨境资金流动。", "支持合作区实施机构按规定开展跨国公司本外币一体化资金池业务，境外放款额度上限由所有者权益的0.5倍提高至0.8倍。"),
    ("r", "（八）优化通关和税收服务。", "海关对合作区返销国内的产品依法依规提供通关便利；税务部门落实境外所得税收抵免政策，编制发布共建“一带一路”国家投资税收指南，2025年底前实现重点国别全覆盖。"),
    ("h", "四、组织实施"),
    ("r", "（九）加强统筹协调。", "商务部会同外交部等部门建立合作区工作协调机制，每年开展一次合作区发展评价，评价结果作为给予政策支持的重要依据。"),
    ("r", "（十）压实主体责任。", "合作区实施机构是合作区建设运营的责任主体，应当于每年3月31日前通过商务部业务系统统一平台报送上一年度运营情况。"),
    ("r", "（十一）防范化解风险。", "合作区实施机构和入区企业要遵守东道国法律法规，尊重当地风俗习惯，履行社会责任，加强安全风险防范，重大突发事件应当在24小时内向我驻当地使（领）馆和商务部报告。"),
    ("p", "本意见自印发之日起施行。此前有关规定与本意见不一致的，以本意见为准。"),
]
YJ_ORGANS = [["商务部", "外交部", "国家发展改革委"],
             ["财政部", "中国人民银行", "海关总署"],
             ["税务总局", "金融监管总局", "国家外汇局"]]


def build_yijian():
    doc = new_doc("alternate")
    file_head(doc, "中华人民共和国商务部文件", YJ_NUM)
    title(doc, YJ_TITLE_PARTS, soft=True)
    zhusong(doc, YJ_TO)
    for item in YJ_ITEMS:
        if item[0] == "h":
            para(doc, item[1], HT, SAN, J, 2)
        elif item[0] == "r":
            runin(doc, item[1], item[2])
        else:
            para(doc, item[1])
    para(doc, indent=0)
    para(doc, indent=0)
    # nine organs over three lines, centred tab stops, no seal
    for row in YJ_ORGANS:
        p = para(doc, "", FS, SAN, L, 0)
        p._p.get_or_add_pPr().append(parse_xml(
            '<w:tabs %s><w:tab w:val="center" w:pos="1300"/><w:tab w:val="center" w:pos="4600"/><w:tab w:val="center" w:pos="7900"/></w:tabs>' % nsdecls("w")))
        set_font(p.add_run("\t" + "\t".join(row)), FS, SAN)
    para(doc, "2024年7月12日", FS, SAN, R, 0, right_chars=4)
    para(doc, indent=0)
    para(doc, "（此件公开发布）", FS, SAN, L, 2)
    banji(doc, "国务院办公厅，各省、自治区、直辖市人民政府，中国出口信用保险公司，国家开发银行，中国进出口银行。", "商务部办公厅", "2024年7月15日", 4)
    path = os.path.join(HERE, "blind181_yijian.docx")
    doc.save(path)
    return path


# ================================================================ 4. 海关总署公告
GG_NUM = "海关总署公告2024年第118号"
GG_TITLE = "关于在中国（新疆）自由贸易试验区和中国（广西）自由贸易试验区开展边民互市贸易进口商品落地加工试点的公告"
GG_BODY = [
    "为贯彻落实党中央、国务院关于推进兴边富民、稳边固边和深化自由贸易试验区改革开放的决策部署，根据《中华人民共和国海关法》《边民互市贸易管理办法》等有关规定，海关总署决定在中国（新疆）自由贸易试验区和中国（广西）自由贸易试验区开展边民互市贸易进口商品落地加工试点。现就有关事项公告如下：",
    "一、试点区域。试点在中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区和中国（广西）自由贸易试验区崇左片区开展。试点区域内的边民互市贸易区（点）及经海关认定的落地加工企业适用本公告。",
    "二、商品范围。试点商品范围以《边民互市贸易进口商品落地加工试点商品清单》（见附件）为准。清单所列商品以外的商品，不得按照本公告规定开展落地加工。",
    "三、免税额度。边民通过互市贸易进口的生活用品（列入边民互市进口商品不予免税清单的除外），每人每日价值在人民币8000元以下的，免征进口关税和进口环节税。",
    "四、加工企业条件。开展落地加工的企业应当在试点片区内注册，向所在地海关办理落地加工企业备案，建立边民互市进口商品收购、加工、销售电子台账，并与海关信息化系统联网。",
    "五、监管要求。落地加工企业收购的边民互市进口商品，应当在试点片区内进行实质性加工，加工增值部分不低于30%。加工后的产品在境内销售的，不再办理进口通关手续。",
    "六、违规处理。违反本公告规定，以边民互市贸易名义进行走私或者违反海关监管规定的，由海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》予以处理；构成犯罪的，依法追究刑事责任。",
    "七、施行期限。本公告自2024年10月1日起施行，有效期至2027年9月30日。",
]
GG_ATT = "边民互市贸易进口商品落地加工试点商品清单"
GG_HEAD = ["序号", "税则号列", "商品名称", "备注"]
GG_ROWS = [
    ("1", "07131090", "其他干豌豆", ""),
    ("2", "07133390", "其他干芸豆", ""),
    ("3", "07134090", "其他干扁豆", ""),
    ("4", "08023200", "鲜或干的去壳核桃", "限喀什片区、霍尔果斯片区"),
    ("5", "08045020", "鲜或干的芒果", "限崇左片区"),
    ("6", "08106000", "鲜榴莲", "限崇左片区"),
    ("7", "09041100", "未磨的胡椒", ""),
    ("8", "10063020", "籼米精米", "限崇左片区；须符合进境植物检疫要求"),
    ("9", "12024200", "去壳花生", ""),
    ("10", "12060090", "其他葵花子", "限喀什片区、霍尔果斯片区"),
    ("11", "03028990", "其他鲜、冷鱼", "限崇左片区；须经指定监管场地进境"),
    ("12", "41015000", "整张生牛皮（重量超过16千克）", "限喀什片区、霍尔果斯片区"),
    ("13", "51011100", "未梳的含脂剪羊毛", "限喀什片区、霍尔果斯片区"),
    ("14", "44034990", "其他热带原木", "限崇左片区"),
]
GG_NOTE = "注：商品范围以税则号列为准，商品名称仅供参考。"


def build_gonggao():
    doc = new_doc("center")
    para(doc, indent=0)
    para(doc, "海关总署公告", XBZ, ER, C, 0, line=Pt(36))
    para(doc, "2024年第118号", FS, SAN, C, 0)
    para(doc, indent=0)
    title(doc, ["关于在中国（新疆）自由贸易试验区和", "中国（广西）自由贸易试验区开展边民互市", "贸易进口商品落地加工试点的公告"], soft=True)
    for t in GG_BODY:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, indent=0)
    p = para(doc, "", FS, SAN, J, 2)
    set_font(p.add_run("附件：" + GG_ATT), FS, SAN)
    signoff(doc, "海关总署", "2024年9月13日", right_chars=4, public=False)
    p = para(doc, "附件", HT, SAN, L, 0)
    p.paragraph_format.page_break_before = True
    para(doc, indent=0)
    para(doc, GG_ATT, XBZ, ER, C, 0, line=Pt(33))
    para(doc, indent=0)
    t = doc.add_table(rows=1 + len(GG_ROWS), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    widths = [Mm(16), Mm(32), Mm(62), Mm(46)]
    for i, h in enumerate(GG_HEAD):
        cell_text(t.rows[0].cells[i], h, HT, SI)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for ri, row in enumerate(GG_ROWS, start=1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, SI, C if ci < 2 else L)
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci].pt * 20)))
    for r in t.rows:
        r.height = Mm(11)
        for ci, c in enumerate(r.cells):
            c.width = widths[ci]
    para(doc, GG_NOTE, FS, SI, J, 0, line=Pt(24))
    path = os.path.join(HERE, "blind181_gonggao.docx")
    doc.save(path)
    return path


def gg_row_clauses():
    out = []
    for row in GG_ROWS:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(GG_HEAD, row) if v))
    return out


# ================================================================ expected
def expected(pages):
    pifu = {
        "meta": {
            "title": PF_TITLE,
            "doc_number": PF_NUM,
            "issuer": ["国务院"],
            "date": "2024-08-16",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2024-09-01",
            "expires": "2027-08-31",
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["湖北省、湖南省、广西壮族自治区人民政府", "商务部"],
            "publicity": "此件公开发布",
        },
        "clauses": list(PF_BODY),
        "applies_to": {
            "default": "中国（湖北）自由贸易试验区武汉片区、中国（湖南）自由贸易试验区长沙片区、中国（广西）自由贸易试验区南宁片区（湖北省武汉市、湖南省长沙市、广西壮族自治区南宁市）",
            "specific": {
                "一、": "武汉片区、长沙片区、南宁片区",
                "三、": "湖北省、湖南省、广西壮族自治区",
                "四、": "武汉片区 / 长沙片区 / 南宁片区 (three sentences, one each)",
                "六、": "湖北省、湖南省、广西壮族自治区",
                "七、": "湖北省、湖南省、广西壮族自治区",
            },
            "note": "The 批复 is a national act whose scope is three 片区; 全国 as the only place is medium (a search for 南宁片区 should find 一、/四、). 共建“一带一路”国家 / 东盟 / 中欧班列（武汉）do not place clauses abroad; 中欧班列（武汉） sits in Wuhan anyway.",
        },
        "_note": (
            "信函格式 (as 国函 are printed): 版头 is the red 中华人民共和国国务院 with a red double rule (thickThinSmallGap bottom border) and the 文号 国函〔2024〕76号 flush right on the line under the rule — no 签发人, no centred 文号. "
            "Furniture, not clauses: 版头; 文号 line; title; 主送 (→ recipients; splitting 湖北省、湖南省、广西壮族自治区人民政府 into three governments is fine); 此复。 (closing formula; as a clause tolerable, low; glued to 七、 is low); 落款 国务院 / 2024年8月16日; （此件公开发布）; 抄送 line at the foot of the last page after blank paragraphs (信函格式: no rules, no 印发 line); footer page numbers “— N —” (none on page 1, titlePg). "
            "The first paragraph (你们关于…的请示（鄂政文〔2024〕35号、湘政〔2024〕12号、桂政报〔2024〕27号、商自贸函〔2024〕168号）收悉。现批复如下：) is a clause — its four 请示 文号 must NOT become the doc_number (HIGH if they do) nor be read as cited documents' issuers. "
            "一、…七、 are plain 仿宋 paragraphs, each ONE clause. date = 2024-08-16 (落款); 2024-09-01 / 2027-08-31 are the 试点期 (effective/expires; effective = 2024-08-16 tolerable, low; expires null is medium because the 试点期 end is stated). No attachments (the 《实施方案》 is 由商务部印发, not attached — listing it as an attachment is medium). level national; region 全国 or the three provinces both fine."
        ),
        "_pdf": {"pages": pages["pifu"], "note": "same expected metadata and clauses as the .docx. PDF furniture: red 版头 text and 文号 at the top right of page 1, “— 2 —” footer (page 1 has none), 抄送 line at the bottom of the last page."},
    }
    zf_clauses = [ZF_COVER] + items_to_clauses(ZF_YJ)
    zhuanfa = {
        "meta": {
            "title": ZF_TITLE,
            "doc_number": ZF_NUM,
            "issuer": ["国务院办公厅"],
            "date": "2024-06-03",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": "此件公开发布",
            "carried_document": {"title": ZF_YJ_TITLE, "issuer": ["商务部"], "date": "2024-05-20", "doc_type": "意见"},
        },
        "clauses": zf_clauses,
        "applies_to": {
            "default": "全国",
            "specific": {
                "（二）1．": "中国（上海）自由贸易试验区临港新片区",
                "（二）2．": "中国（广东）自由贸易试验区前海蛇口片区、南沙新区片区",
                "（二）3．": "中国（福建）自由贸易试验区厦门片区",
                "（四）": "中国（重庆）自由贸易试验区、中国（四川）自由贸易试验区、中国（广西）自由贸易试验区钦州港片区",
                "（五）": "中国（陕西）自由贸易试验区中心片区（西安国际港务区）、中国（河南）自由贸易试验区郑州片区",
                "（六）": "中国（河南）自由贸易试验区郑州片区",
            },
            "note": "共建“一带一路”国家, 卢森堡 (（六） 郑州—卢森堡) and RCEP do not place clauses abroad; 22个自由贸易试验区 in 一、 is national. The heading-less (二) lead-in 聚焦…先行先试： is national.",
        },
        "_note": (
            "One file, one 通知 (信函格式 like the 批复: red 国务院办公厅, red double rule, 文号 flush right). The cover notice has ONE sentence of its own (商务部《…》已经国务院同意，现转发给你们…). After 落款 国务院办公厅 / 2024年6月3日 and （此件公开发布）, a page break, then the carried 意见: its own title typed as TWO paragraphs (关于推进自由贸易试验区服务共建 / “一带一路”高质量发展的若干意见 — must be joined), and under it, centred in 楷体, the byline 商务部 and 2024年5月20日. "
            "The carried text's clauses belong to this document (or to a second document for the carried 意见 with issuer 商务部, date 2024-05-20 — both tolerable). What must NOT happen: the byline date 2024-05-20 becoming the 通知's date (HIGH); 商务部 becoming the (sole) issuer of the 通知 (HIGH); the carried title, 商务部 or the date becoming clauses (medium); the carried title replacing the 通知's title (HIGH). "
            "Headings 一、总体要求 … 五、强化组织保障 (黑体, no text of their own) are not clauses (tolerable as heading clauses; glued to the next paragraph is medium). （一）…（十） are run-in 楷体 headings: heading + text = ONE clause; （一）…（十） number continuously across 二、…五、. 1．2．3． (full-width ．) are separate clauses under （二）. "
            "Furniture: 版头, 文号, titles, 主送, 落款, （此件公开发布）, byline, 抄送 line at the very end (信函格式, no 印发 line) — the 抄送 list (党中央各部门…各中央企业) must not be appended to （十）. Page numbers “— N —” from page 2, odd right / even left. "
            "No effective/expires (an 意见 with 2027 targets has no 有效期; 2026/2027 targets and 2024-09-30 备案 deadline are not expires)."
        ),
        "_pdf": {"pages": pages["zhuanfa"], "note": "same expected metadata and clauses as the .docx; the carried 意见 starts on page 2 (title lines, byline 商务部 / 2024年5月20日 as centred lines)."},
    }
    yijian = {
        "meta": {
            "title": YJ_TITLE,
            "doc_number": YJ_NUM,
            "issuer": [o for row in YJ_ORGANS for o in row],
            "date": "2024-07-12",
            "published": "2024-07-15",
            "level": "national",
            "region": "全国",
            "effective": "2024-07-12",
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": YJ_RECIP,
            "publicity": "此件公开发布",
        },
        "clauses": items_to_clauses(YJ_ITEMS),
        "applies_to": {
            "default": "全国",
            "specific": {
                "（二）1.": "中国（江苏）自由贸易试验区连云港片区",
                "（二）2.": "中国（云南）自由贸易试验区昆明片区、德宏片区",
                "（二）3.": "中国（广西）自由贸易试验区崇左片区",
                "（二）4.": "中国（新疆）自由贸易试验区霍尔果斯片区",
            },
            "note": "The 合作区 are abroad (东南亚、中亚、中东欧、老挝、缅甸、越南) but the document binds Chinese organs and enterprises: tagging a clause with a foreign country is low (informative), but replacing the Chinese 片区 with it is medium. 中哈（连云港）物流合作基地 is in 连云港. 新疆生产建设兵团 in 主送 is a recipient, not a place.",
        },
        "_note": (
            "发文格式: red 版头 中华人民共和国商务部文件 (主办机关 only — issuer is still the nine organs), 文号 centred over a red rule. Title is ONE paragraph with a manual line break (w:br) after 境外经贸合作区 — must be re-joined with no space. 主送 is one long paragraph of six recipient groups separated by “，” (commas inside groups are “、”). "
            "Headings 一、总体要求 / 二、重点任务 / 三、支持政策 / 四、组织实施 (黑体) have no text (not clauses; tolerable as headings). （一）…（十一） run-in 楷体 headings: heading + text = one clause; 1.–4. (ASCII dot) are separate clauses under （二）. The last paragraph 本意见自印发之日起施行… is a clause (→ effective 2024-07-12; effective null is low). "
            "落款: NO seal; the nine organs typed as three paragraphs with centred tab stops (\\t商务部\\t外交部\\t国家发展改革委 / \\t财政部\\t中国人民银行\\t海关总署 / \\t税务总局\\t金融监管总局\\t国家外汇局), blank paragraphs between, then 2024年7月12日. issuer = all nine (only 商务部 — taken from the 版头 — is HIGH: a search by 海关总署 or 中国人民银行 misses the document; the organ lines read as clauses or glued to the last clause is medium; the date glued to them and lost as 成文日期 is HIGH). "
            "（此件公开发布）; 版记 抄送：国务院办公厅，…中国进出口银行。 / 商务部办公厅 2024年7月15日印发 (tab) between rules — 2024-07-15 is published, not date. Page numbers “— N —” odd right / even left. Figures that must survive: 600亿美元, 5000家, 30个, 2000亿美元, 60万个, 3000万元, 50%, 0.5倍→0.8倍, 3月31日, 24小时."
        ),
        "_pdf": {"pages": pages["yijian"], "note": "same expected metadata and clauses as the .docx; the nine organ names print as three rows of three, spaced by tabs (in the text layer they come out as one line per row separated by spaces)."},
    }
    gonggao = {
        "meta": {
            "title": GG_TITLE,
            "doc_number": GG_NUM,
            "issuer": ["海关总署"],
            "date": "2024-09-13",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2024-10-01",
            "expires": "2027-09-30",
            "attachments": [GG_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": list(GG_BODY) + gg_row_clauses() + [GG_NOTE],
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区和中国（广西）自由贸易试验区崇左片区（新疆维吾尔自治区喀什地区、伊犁哈萨克自治州霍尔果斯市；广西壮族自治区崇左市）",
            "specific": {
                "一、": "喀什片区、霍尔果斯片区、崇左片区",
                "附件 row 4 / 10 / 12 / 13 (限喀什片区、霍尔果斯片区)": "中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区",
                "附件 row 5 / 6 / 8 / 11 / 14 (限崇左片区…)": "中国（广西）自由贸易试验区崇左片区",
            },
            "note": "全国 as the only place for everything is medium (the 公告 only applies in three 片区). A place taken from a 备注 must stay on its row, not spread to the whole table.",
        },
        "_note": (
            "A 公告 has no 版头 of the 文件 kind and no 主送: the first lines 海关总署公告 (小标宋, black) and 2024年第118号 are the 文号 block; doc_number = 海关总署公告2024年第118号 (2024年第118号 alone tolerable, low). The title is ONE paragraph with two manual line breaks (after 自由贸易试验区和 and after 开展边民互市) — rejoin without spaces. "
            "Intro + 一、…七、 (plain 仿宋, each ONE clause; the item headings like 一、试点区域。 are run-in). 特此公告。 is a closing formula (as a clause tolerable, low). 附件说明 附件：边民互市贸易进口商品落地加工试点商品清单 → attachments (one, no 附件： prefix). 落款 海关总署 / 2024年9月13日; no （此件公开发布）, no 版记. "
            "After a page break: label 附件 (黑体), the table title (the attachment title again — not a clause), then a 4-column table 序号/税则号列/商品名称/备注 with 14 rows; the header row is marked to repeat (w:tblHeader) and the table runs over a page break, so in the PDF the header prints twice — the repeated header is not a row. Empty 备注 cells are left out of the row clause. 税则号列 must stay as 8-digit strings (07131090 — a leading 0 dropped, or read as a number, is HIGH for a customs list). "
            "The note 注：商品范围以税则号列为准，商品名称仅供参考。 under the table is a clause (table note). date 2024-09-13; effective 2024-10-01; expires 2027-09-30 (七、). Page numbers centred “- N -”."
        ),
        "_pdf": {"pages": pages["gonggao"], "note": "same expected metadata and clauses as the .docx; the 商品清单 crosses a page with the header row repeated at the top of the next page; centred “- N -” footers."},
    }
    return {
        "blind181_pifu": [pifu],
        "blind181_zhuanfa": [zhuanfa],
        "blind181_yijian": [yijian],
        "blind181_gonggao": [gonggao],
    }


def main():
    paths = {"pifu": build_pifu(), "zhuanfa": build_zhuanfa(), "yijian": build_yijian(), "gonggao": build_gonggao()}
    pages = {k: to_pdf(v) for k, v in paths.items()}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(pages), fh, ensure_ascii=False, indent=1)
    print("wrote", paths, pages)


if __name__ == "__main__":
    main()
