# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031
"""Blind generator 19: three fictional Chinese government-style files + expected.json."""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, font="仿宋_GB2312", size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


# ---------------------------------------------------------------- (a) 政策解读 DOCX
def make_a():
    d = new_doc()
    title = "关于《江苏省推进中国（江苏）自由贸易试验区服务共建“一带一路”高质量发展若干措施》的政策解读"
    para(d, title, font="方正小标宋简体", size=22, align="center", indent=False)
    para(d, "", indent=False)
    clauses = []

    def h(t):
        para(d, t, font="黑体", size=16)
        clauses.append(t)

    def b(t):
        para(d, t, align="justify")
        clauses.append(t)

    h("一、出台背景")
    b("2024年，中国（江苏）自由贸易试验区南京、苏州、连云港三个片区累计新增外资企业1268家，对共建“一带一路”国家进出口额达到4815亿元，同比增长11.3%。为进一步发挥自贸试验区改革开放试验田作用，推动更高水平制度型开放，省商务厅会同省发展改革委等部门研究起草了《江苏省推进中国（江苏）自由贸易试验区服务共建“一带一路”高质量发展若干措施》（以下简称《若干措施》）。")
    b("《若干措施》已经省政府同意，由省商务厅等12个部门联合印发实施。")
    h("二、主要内容")
    b("《若干措施》共4个方面18条具体措施，主要包括：")
    b("（一）提升贸易便利化水平。支持连云港片区建设中欧班列集结中心，推行“一单制”多式联运，力争到2026年中欧班列年开行量突破900列。")
    b("（二）扩大双向投资合作。对自贸试验区企业在共建“一带一路”国家设立的境外经贸合作区，按其年度实际投资额的3%给予最高500万元奖励。")
    b("（三）强化金融服务支撑。鼓励银行机构开展跨境人民币结算便利化试点，支持符合条件的企业开展本外币一体化资金池业务。")
    b("（四）健全风险防控体系。建立境外投资风险预警平台，定期发布重点国别投资指引。")
    h("三、政策问答")
    b("问：哪些企业可以申请境外经贸合作区奖励？")
    b("答：在自贸试验区内依法注册、具有独立法人资格，且在共建“一带一路”国家投资建设境外经贸合作区并通过商务部或省商务厅确认考核的企业，均可申请。")
    b("问：跨境人民币结算便利化试点的企业需要满足什么条件？")
    b("答：试点企业需同时满足以下条件：")
    b("1. 近两年无外汇、税务、海关等方面的重大违法违规记录；")
    b("2. 上一年度跨境人民币收付金额不低于2000万元；")
    b("3. 内部管理制度健全，具备真实性审核能力。")
    b("问：《若干措施》的有效期是多长？")
    b("答：《若干措施》自2025年4月1日起施行，有效期至2027年12月31日。执行期间如遇国家政策调整，按国家有关规定执行。")
    b("问：企业申报奖励的时间和渠道是什么？")
    b("答：分两步办理：")
    b("1. 每年3月底前，企业通过“江苏商务云公共服务平台”在线提交申报材料；")
    b("2. 所在片区管委会初审后，于每年5月底前报省商务厅复核，复核结果在省商务厅门户网站公示5个工作日。")
    para(d, "", indent=False)
    para(d, "解读机关：江苏省商务厅", indent=True)
    para(d, "解读人：自由贸易试验区建设处　陈某某", indent=True)
    para(d, "2025年3月18日", align="right", indent=False)
    d.save(os.path.join(HERE, "blind19_jiedu.docx"))
    EXPECTED["blind19_jiedu"] = [{
        "meta": {"title": title, "doc_number": "", "issuer": "江苏省商务厅", "date": "2025-03-18"},
        "clauses": clauses,
        "_note": "解读机关 / 解读人 lines and the date are metadata (signature block), not clauses; headings are clauses by themselves",
    }]


# ---------------------------------------------------------------- (b) hard-wrapped TXT
NOSTART = "，。、；：？！）》”’％%"


def wrap(text, width=30, indent="　　"):
    # hard wrap at 30 chars, but (like a PDF layout engine) never start a line with closing punctuation
    s = indent + text
    out, i = [], 0
    while i < len(s):
        j = i + width
        while j < len(s) and s[j] in NOSTART:
            j += 1
        out.append(s[i:j])
        i = j
    return out


def make_b():
    header = "浙江省人民政府文件"
    t1 = "浙江省人民政府关于中国（浙江）自由贸易试验区"
    t2 = "深度融入共建“一带一路”的实施意见"
    docno = "浙政发〔2025〕17号"
    zhusong = "各市、县（市、区）人民政府，省政府直属各单位："
    body = [
        "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥中国（浙江）自由贸易试验区先行先试作用，加快打造“一带一路”重要枢纽，推动全省更高水平对外开放，经省政府同意，现提出如下实施意见。",
        "一、总体要求",
        "（一）发展目标。到2027年，自贸试验区对共建“一带一路”国家进出口额年均增长8%以上，宁波舟山港集装箱吞吐量达到4200万标准箱，义新欧中欧班列年开行量稳定在2500列以上，形成一批可复制可推广的制度创新成果。",
        "（二）基本原则。坚持制度创新为核心，坚持陆海内外联动、东西双向互济，坚持统筹发展和安全，把自贸试验区建设成为服务共建“一带一路”的高能级开放平台和改革开放新高地。",
        "二、重点任务",
        "（三）打造国际物流枢纽。推进宁波舟山港与共建“一带一路”国家重要港口合作，新开辟海上航线20条以上。支持金华义乌建设陆港型国家物流枢纽，完善海铁联运、公铁联运网络。",
        "1. 优化通关流程。推广“两步申报”“提前申报”等通关模式，将进口货物整体通关时间压缩至30小时以内。",
        "2. 发展数字贸易。支持杭州片区建设数字贸易先行示范区，培育跨境电商海外仓150个以上，鼓励企业在共建“一带一路”国家布局公共海外仓。",
        "（四）培育外贸新业态。支持自贸试验区发展离岸贸易、保税维修、二手车出口等新业态新模式，对年进出口额首次突破1亿美元的外贸综合服务企业给予一次性奖励50万元。",
        "（五）深化投资合作。鼓励企业以自贸试验区为平台开展境外投资，重点在东南亚、中东欧等地区布局境外经贸合作区。对新认定的省级境外经贸合作区，省级财政给予一次性补助300万元。",
        "（六）提升金融服务能力。支持在自贸试验区开展跨境贸易投资高水平开放试点，扩大跨境人民币结算规模。鼓励金融机构为共建“一带一路”项目提供出口信用保险、跨境并购贷款等综合服务。",
        "（七）加快制度型开放。对标高标准国际经贸规则，在数字贸易、知识产权保护、政府采购、环境标准等领域开展先行先试，每年形成制度创新成果不少于30项，其中向全国复制推广不少于3项。",
        "1. 建设国际商事法律服务平台。支持杭州、宁波设立国际商事调解中心，引进境外知名仲裁机构设立业务机构，为共建“一带一路”国家企业提供多元化纠纷解决服务。",
        "2. 推动人文交流合作。支持高校与共建“一带一路”国家高校开展合作办学，每年招收留学生不少于2000人，建设一批“丝路学院”和海外职业技能培训基地。",
        "（八）推进绿色丝绸之路建设。支持自贸试验区企业参与共建“一带一路”国家新能源、绿色基础设施项目建设，鼓励金融机构发行绿色债券，开展碳排放权跨境交易研究。",
        "三、保障措施",
        "（九）加强组织领导。省自贸试验区建设领导小组统筹推进各项任务，各片区管委会要制定具体工作方案，明确时间表和责任人，每年12月底前将工作进展情况报省商务厅。",
        "（十）强化要素保障。每年安排自贸试验区发展专项资金5亿元，优先保障重大项目用地用海需求，加大高层次人才引进力度。",
        "本意见自2025年5月1日起施行。",
    ]
    sig = "浙江省人民政府"
    date = "2025年4月22日"
    lines = [header, "", docno, "", t1, t2, "", zhusong]
    for p in body:
        lines += wrap(p)
    lines += ["", "　" * 14 + sig, "　" * 13 + date, "　　（此件公开发布）"]
    out = []
    page = 1
    for i in range(0, len(lines), 40):
        chunk = lines[i:i + 40]
        if i > 0:
            out.append(header)
        out += chunk
        out.append("")
        out.append("- %d -" % page)
        page += 1
    with open(os.path.join(HERE, "blind19_wrapped.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    EXPECTED["blind19_wrapped"] = [{
        "meta": {"title": t1 + t2, "doc_number": docno, "issuer": sig, "date": "2025-04-22"},
        "clauses": body,
        "_note": "page numbers '- n -' and running header '浙江省人民政府文件' are page furniture; paragraphs that cross a page break must be rejoined; （此件公开发布） is metadata",
    }]


# ---------------------------------------------------------------- (c) 请示 + 批复 in one DOCX
def make_c():
    d = new_doc()
    RED = (0xE6, 0x00, 0x12)
    # --- document 1: 请示
    q_title = "宁波市人民政府关于设立中国（浙江）自由贸易试验区宁波片区“一带一路”综合服务中心的请示"
    q_no = "甬政〔2025〕5号"
    para(d, "宁波市人民政府文件", font="方正小标宋简体", size=36, align="center", indent=False, color=RED)
    para(d, "", indent=False)
    para(d, q_no + "　　　　　　　　　　签发人：张某某", indent=False)
    para(d, "", indent=False)
    para(d, q_title, font="方正小标宋简体", size=22, align="center", indent=False)
    para(d, "", indent=False)
    para(d, "省人民政府：", indent=False)
    q_body = [
        "为更好服务企业“走出去”，推动中国（浙江）自由贸易试验区宁波片区深度融入共建“一带一路”，我市拟设立宁波片区“一带一路”综合服务中心。现将有关事项请示如下：",
        "一、设立必要性。2024年，宁波片区对共建“一带一路”国家进出口额达到3160亿元，占全市比重42.5%，企业在境外投资备案、法律咨询、风险预警等方面的服务需求日益增长，亟需整合资源搭建一站式服务平台。",
        "二、主要职能。综合服务中心主要承担境外投资政策咨询、国别风险信息发布、涉外法律服务对接、跨境金融服务撮合等职能，为企业提供“一窗受理、全程代办”服务。",
        "三、运行保障。综合服务中心由宁波片区管委会负责日常管理，所需经费由市财政统筹安排，首期安排启动资金2000万元。",
        "妥否，请批示。",
    ]
    for t in q_body:
        para(d, t, align="justify")
    para(d, "", indent=False)
    para(d, "宁波市人民政府", align="right", indent=False)
    para(d, "2025年2月10日", align="right", indent=False)
    d.add_page_break()
    # --- document 2: 批复
    p_title = "浙江省人民政府关于同意设立中国（浙江）自由贸易试验区宁波片区“一带一路”综合服务中心的批复"
    p_no = "浙政函〔2025〕31号"
    para(d, p_no, align="center", indent=False)
    para(d, "", indent=False)
    para(d, p_title, font="方正小标宋简体", size=22, align="center", indent=False)
    para(d, "", indent=False)
    para(d, "宁波市人民政府：", indent=False)
    p_body = [
        "你市《关于设立中国（浙江）自由贸易试验区宁波片区“一带一路”综合服务中心的请示》（甬政〔2025〕5号）收悉。现批复如下：",
        "一、同意设立中国（浙江）自由贸易试验区宁波片区“一带一路”综合服务中心（以下简称服务中心）。服务中心为宁波片区管委会所属公益一类事业单位，不新增编制。",
        "二、你市要按照精简高效原则，细化服务中心职责分工，建立健全境外投资风险预警和企业服务工作机制，确保2025年6月底前正式运行。",
        "三、省商务厅、省发展改革委等部门要加强业务指导，在政策、信息、人才等方面给予支持。服务中心运行情况请于每年12月底前报省政府。",
        "此复。",
    ]
    for t in p_body:
        para(d, t, align="justify")
    para(d, "", indent=False)
    para(d, "浙江省人民政府", align="right", indent=False)
    para(d, "2025年3月5日", align="right", indent=False)
    para(d, "（此件公开发布）", indent=True)
    d.save(os.path.join(HERE, "blind19_qingshi_pifu.docx"))
    EXPECTED["blind19_qingshi_pifu"] = [
        {"meta": {"title": q_title, "doc_number": q_no, "issuer": "宁波市人民政府", "date": "2025-02-10"},
         "clauses": q_body,
         "_note": "red header '宁波市人民政府文件' and '签发人：张某某' are metadata"},
        {"meta": {"title": p_title, "doc_number": p_no, "issuer": "浙江省人民政府", "date": "2025-03-05"},
         "clauses": p_body},
    ]


make_a()
make_b()
make_c()
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
print("wrote", sorted(os.listdir(HERE)))
