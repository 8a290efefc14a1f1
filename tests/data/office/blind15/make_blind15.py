# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007
"""Blind generator #15: four fictional Chinese government-office style files + expected.json.

a_huibian.pdf   : 政策汇编 (cover, 编者说明, 目录 with dot leaders, 3 docs, running header)
b_mofcom.html   : old-style GBK ministry page with nested tables
c_fangan.docx/.pdf : 实施方案 with outline numbering bound to heading styles, 专栏 box, complex table, landscape 附件
d_pkulaw.txt    : legal-database TXT export
"""
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_font(run_or_style, name=SERIF, size=None, bold=None):
    f = run_or_style.font
    f.name = name
    if size is not None: f.size = Pt(size)
    if bold is not None: f.bold = bold
    el = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def base_doc():
    d = Document()
    st = d.styles["Normal"]
    set_font(st, SERIF, 14)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return d


def para(d, text, size=14, font=SERIF, bold=False, align=None, indent=True, page_break_before=False, container=None):
    c = container if container is not None else d
    p = c.add_paragraph()
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None: p.paragraph_format.first_line_indent = Pt(size * 2)
    if page_break_before: p.paragraph_format.page_break_before = True
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return p


def add_page_field(paragraph):
    r = paragraph.add_run("— ")
    set_font(r, SERIF, 12)
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    paragraph._p.append(fld)
    r2 = paragraph.add_run(" —")
    set_font(r2, SERIF, 12)


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return Path(outdir) / (Path(docx_path).stem + ".pdf")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def table_borders(table, sz=8):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    tblPr.append(b)


def cell_text(cell, text, size=11, bold=False, align=None):
    p = cell.paragraphs[0]
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_font(r, SERIF, size, bold)
    p.paragraph_format.line_spacing = Pt(18)
    return p


def cell_para(cell, text, size=11, style=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    r = p.add_run(text)
    set_font(r, SERIF, size)
    p.paragraph_format.line_spacing = Pt(18)
    return p


# ====================================================================== (a) 政策汇编 PDF
HB_NAME = "中国（湖北）自由贸易试验区政策汇编"
HB_DOCS = [
    {
        "title": "湖北省人民政府关于进一步推进中国（湖北）自由贸易试验区高质量发展的若干意见",
        "source": "（2024年5月10日 鄂政发〔2024〕9号）",
        "doc_number": "鄂政发〔2024〕9号", "issuer": "湖北省人民政府", "date": "2024-05-10",
        "zhusong": "各市、州、县人民政府，省政府各部门：",
        "body": [
            "中国（湖北）自由贸易试验区设立以来，各片区坚持以制度创新为核心，在投资贸易便利化、金融服务实体经济、政府职能转变等方面取得积极成效。为进一步推进自贸试验区高质量发展，更好发挥改革开放试验田作用，现提出如下意见。",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导，对标国际高标准经贸规则，聚焦光电子信息、汽车制造、生物医药等重点产业，推动自贸试验区由政策优势向制度优势转变。到2027年，力争累计形成省级以上制度创新成果180项以上，片区外贸进出口总额年均增长8%以上。",
            "二、主要任务",
            "（一）深化投资管理制度改革。全面落实外商投资准入前国民待遇加负面清单管理制度，在片区范围内试点企业投资项目承诺制，对符合条件的备案类项目实行“拿地即开工”。推行企业开办全程网办，将企业开办时间压缩至1个工作日以内，进一步降低制度性交易成本。",
            "（二）提升贸易便利化水平。深化国际贸易“单一窗口”建设，推动口岸物流、跨境结算、出口退税等功能向片区延伸。支持武汉片区开展进口商品“直通车”改革试点，对信用等级较高的企业实施“两段准入”监管，平均通关时间较2023年压缩20%。",
            "（三）推进金融开放创新。支持片区内银行机构为符合条件的企业办理跨境人民币结算便利化业务，探索开展本外币合一银行结算账户体系试点。鼓励保险机构开发适应跨境电商、海外仓等新业态的保险产品，建立跨境金融风险监测预警机制。",
            "三、保障措施",
            "（一）加强组织领导。省自贸试验区建设领导小组要统筹推进重大改革事项，各片区管委会要建立任务台账，实行清单化管理、项目化推进，每季度向省自贸办报送工作进展情况。",
            "（二）强化督促评估。省自贸办会同省直有关部门每年对各片区改革创新成效开展第三方评估，评估结果作为安排省级专项资金的重要依据。",
        ],
    },
    {
        "title": "湖北省人民政府办公厅关于支持中国（湖北）自由贸易试验区开展跨境贸易便利化改革的通知",
        "source": "（2024年8月2日 鄂政办发〔2024〕21号）",
        "doc_number": "鄂政办发〔2024〕21号", "issuer": "湖北省人民政府办公厅", "date": "2024-08-02",
        "zhusong": None,
        "body": [
            "为持续优化口岸营商环境，支持中国（湖北）自由贸易试验区开展跨境贸易便利化改革，经省人民政府同意，现就有关事项通知如下。",
            "一、优化通关流程",
            "（一）推广“提前申报”“两步申报”等通关模式，在武汉、襄阳、宜昌三个片区全面实施进口货物“船边直提”和出口货物“抵港直装”，提前申报比例达到70%以上。",
            "（二）对片区内高级认证企业实行“即查即放”，对查验无异常的货物在2小时内完成放行手续，推动查验作业时间进一步压缩。",
            "二、降低口岸收费",
            "（一）严格执行口岸收费目录清单制度，清单之外一律不得收费。各口岸经营单位应当在醒目位置公示收费项目和标准，接受社会监督。",
            "（二）对片区内中小微外贸企业开展“一带一路”沿线国家和地区业务发生的集装箱查验吊装、移位、仓储费用，由省级财政按规定给予适当补助。",
            "三、强化数字赋能",
            "依托国际贸易“单一窗口”湖北分平台，建设跨境贸易大数据服务专区，实现舱单、报关、物流、支付等数据互联共享，为企业提供通关时效查询和智能预警服务。",
        ],
    },
    {
        "title": "湖北省商务厅关于推动中国（湖北）自由贸易试验区深度融入共建“一带一路”的实施意见",
        "source": "（2024年11月20日 鄂商务发〔2024〕35号）",
        "doc_number": "鄂商务发〔2024〕35号", "issuer": "湖北省商务厅", "date": "2024-11-20",
        "zhusong": "各市、州、直管市、神农架林区商务主管部门，自贸试验区各片区管委会：",
        "body": [
            "为推动中国（湖北）自由贸易试验区深度融入共建“一带一路”，打造内陆开放新高地，结合我省实际，提出以下实施意见。",
            "一、畅通国际物流通道",
            "（一）支持片区依托中欧班列（武汉）、江海直达航线和花湖国际机场，构建“空铁水”多式联运体系。对开行至“一带一路”沿线国家的新增班列线路，按照每条线路首年不超过200万元的标准给予支持。",
            "（二）推动片区与阿拉山口、霍尔果斯等沿边口岸开展通关一体化合作，探索“一单制”多式联运提单物权化改革试点。",
            "二、拓展经贸合作空间",
            "（一）鼓励片区企业在共建“一带一路”国家布局海外仓、境外经贸合作区和营销网络，对经认定的省级公共海外仓，按实际投资额的10%给予最高500万元奖励。",
            "（二）支持片区举办面向东盟、中亚的投资贸易对接活动，每年组织不少于10场“自贸+一带一路”专题推介会。",
            "三、完善服务保障",
            "建立自贸试验区“一带一路”企业服务专员制度，为企业提供政策咨询、法律服务、风险预警等全流程服务。各地商务主管部门要加强跟踪调度，每半年将工作进展报送省商务厅。",
        ],
    },
]
HB_EDITOR = [
    "为便于各级各部门和广大企业全面了解中国（湖北）自由贸易试验区相关政策，我们选编了2024年以来省级层面出台的支持自贸试验区建设的部分政策文件，汇编成册，供工作中参考使用。",
    "本汇编所收文件以正式印发的文本为准。因篇幅所限，部分文件的附件未予收录。如有疏漏之处，敬请批评指正。",
]


def build_huibian(toc_pages):
    d = base_doc()
    s0 = d.sections[0]
    # ---- cover
    for _ in range(4): para(d, "", indent=False)
    para(d, HB_NAME, size=26, font=SANS, bold=True, align="center")
    for _ in range(10): para(d, "", indent=False)
    para(d, "中国（湖北）自由贸易试验区工作办公室　编", size=16, align="center")
    para(d, "二〇二五年三月", size=16, align="center")
    # ---- 编者说明
    para(d, "编 者 说 明", size=22, font=SANS, bold=True, align="center", page_break_before=True)
    para(d, "", indent=False)
    for t in HB_EDITOR: para(d, t)
    para(d, "", indent=False)
    para(d, "编　者", align="right")
    para(d, "2025年3月", align="right")
    # ---- 目录
    para(d, "目　　录", size=22, font=SANS, bold=True, align="center", page_break_before=True)
    para(d, "", indent=False)
    usable = s0.page_width - s0.left_margin - s0.right_margin
    for i, doc in enumerate(HB_DOCS):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Pt(0)
        r = p.add_run(doc["title"] + "\t" + str(toc_pages[i]))
        set_font(r, SERIF, 14)
        p.paragraph_format.space_after = Pt(8)
    # ---- body section with running header and page numbers restarting at 1
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run(HB_NAME), SERIF, 10.5)
    pPr = hp._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
    # first section: empty header/footer explicitly
    for i, doc in enumerate(HB_DOCS):
        p = para(d, doc["title"], size=20, font=SANS, bold=True, align="center", page_break_before=(i > 0))
        p.paragraph_format.line_spacing = Pt(32)
        para(d, doc["source"], size=14, font=SERIF, align="center")
        para(d, "", indent=False)
        if doc["zhusong"]: para(d, doc["zhusong"], indent=False)
        for t in doc["body"]:
            if re.match(r"^[一二三四五六七八九十]+、", t) and len(t) < 15:
                para(d, t, font=SANS)
            else:
                para(d, t)
    return d


def make_huibian():
    out = HERE / "a_huibian.pdf"
    toc = [1, 2, 3]
    with tempfile.TemporaryDirectory() as td:
        for attempt in range(3):
            d = build_huibian(toc)
            dp = Path(td) / "a_huibian.docx"
            d.save(dp)
            pdf = to_pdf(dp, td)
            import pdfplumber
            with pdfplumber.open(pdf) as pp:
                texts = [(pg.extract_text() or "").replace("\n", "") for pg in pp.pages]
            body_start = next(i for i, t in enumerate(texts) if HB_DOCS[0]["source"].replace(" ", "") in t.replace(" ", ""))
            found = []
            for doc in HB_DOCS:
                key = doc["source"].replace(" ", "")
                idx = next(i for i, t in enumerate(texts) if key in t.replace(" ", ""))
                found.append(idx - body_start + 1)
            if found == toc: break
            toc = found
        os.replace(pdf, out)
    EXPECTED["a_huibian"] = [
        {"meta": {k: doc[k] for k in ("title", "doc_number", "issuer", "date")},
         "clauses": list(doc["body"])}
        for doc in HB_DOCS
    ]
    EXPECTED["a_huibian__notes"] = {
        "toc_pages": toc,
        "zhusong": [doc["zhusong"] for doc in HB_DOCS],
        "furniture_not_clauses": ["cover page", "编者说明 page", "目录 page", "running header " + HB_NAME, "page numbers — N —"],
        "no_signature": "compilation omits signatures; date/doc_number come from the source line under each title",
    }


# ====================================================================== (b) GBK nested-table ministry page
B_TITLE = "商务部办公厅关于做好2025年度自由贸易试验区“一带一路”经贸合作重点项目申报工作的通知"
B_DOCNO = "商办自贸函〔2024〕512号"
B_ZHUSONG = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门："
B_BODY_PARAS = [
    "为贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，发挥自由贸易试验区在对外经贸合作中的示范引领作用，现就做好2025年度自由贸易试验区“一带一路”经贸合作重点项目申报工作有关事项通知如下：",
    "一、申报范围。在自由贸易试验区内注册、依法经营满两年的企业，面向共建“一带一路”国家开展的境外投资、对外承包工程、服务贸易及跨境电子商务等项目，均可申报。",
    "二、申报条件。申报企业近三年无重大违法违规记录，未被列入严重失信主体名单；申报项目应当符合东道国法律法规，具有较好的经济效益和社会效益，且2024年度实际完成投资额或营业额不低于1000万元人民币。",
    "三、工作要求。各地商务主管部门要认真组织项目初审，对申报材料的真实性、完整性进行审核，于2024年12月15日前将推荐项目汇总表（纸质版一式两份）及电子文档报送商务部（自贸区港建设协调司）。逾期不予受理。",
    "联系人及电话：自贸区港建设协调司　王宇　010-85093XXX",
    "附件：2025年度自由贸易试验区“一带一路”经贸合作重点项目推荐汇总表",
]
B_SIG = ["商务部办公厅", "2024年11月2日"]
NAV = ["首页", "机构设置", "政务公开", "政策发布", "自贸区港建设", "对外投资合作", "统计数据", "互动交流"]
LEFT = ["通知公告", "政策解读", "部令公告", "规范性文件", "自贸试验区动态", "“一带一路”专栏", "办事指南"]


def make_html():
    nbsp = "&nbsp;" * 4
    nav = "".join(f'<td align="center" bgcolor="#B40000"><a href="/{i}/"><font color="#FFFFFF">{t}</font></a></td>' for i, t in enumerate(NAV))
    left = "".join(f'<tr><td height="28" class="left"><img src="/images/dot.gif">&nbsp;<a href="/col/{i}/">{t}</a></td></tr>\n' for i, t in enumerate(LEFT))
    p0 = B_BODY_PARAS
    # first paragraph alone in <p>; 一二 in one <p> separated by <br><br>; 三 in a <p>; contact+附件 in <td> with <br><br>
    body_html = (
        f'<p style="line-height:200%">{B_DOCNO}</p>\n'
        f'<p style="line-height:200%">{B_ZHUSONG}</p>\n'
        f'<p style="line-height:200%">{nbsp}{p0[0]}</p>\n'
        f'<p style="line-height:200%">{nbsp}{p0[1]}<br><br>{nbsp}{p0[2]}</p>\n'
        f'<p style="line-height:200%">{nbsp}{p0[3]}</p>\n'
        f'{nbsp}{p0[4]}<br><br>\n{nbsp}{p0[5]}<br><br>\n'
        f'<p align="right">{B_SIG[0]}&nbsp;&nbsp;&nbsp;&nbsp;</p>\n'
        f'<p align="right">{B_SIG[1]}&nbsp;&nbsp;&nbsp;&nbsp;</p>\n'
    )
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta charset="gb2312">
<title>{B_TITLE}_中华人民共和国商务部</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript">function printit(){{window.print();}}</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner.jpg" width="980" height="110" alt="中华人民共和国商务部"></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
  <tr><td height="26" bgcolor="#F2F2F2">&nbsp;您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zfxxgk/">政务公开</a>&nbsp;&gt;&nbsp;通知公告</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top">
      <table width="190" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" bgcolor="#B40000"><font color="#FFFFFF"><b>&nbsp;政务公开</b></font></td></tr>
{left}      </table>
    </td>
    <td width="780" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="10">
        <tr><td align="center"><font size="5"><b>{B_TITLE}</b></font></td></tr>
        <tr><td align="center"><font color="#666666">发布日期：2024-11-02　　来源：商务部</font></td></tr>
        <tr><td><hr size="1" color="#CCCCCC"></td></tr>
        <tr><td class="content">
{body_html}        </td></tr>
        <tr><td align="right">【<a href="javascript:printit()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EEEEEE">
  <tr><td align="center" height="30"><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></td></tr>
  <tr><td align="center">主办单位：中华人民共和国商务部　版权所有　京ICP备05004XXX号</td></tr>
</table>
</body>
</html>
"""
    (HERE / "b_mofcom.html").write_bytes(html.encode("gbk"))
    EXPECTED["b_mofcom"] = [{
        "meta": {"title": B_TITLE, "doc_number": B_DOCNO, "issuer": "商务部办公厅", "date": "2024-11-02"},
        "clauses": list(B_BODY_PARAS) + list(B_SIG),
    }]
    EXPECTED["b_mofcom__notes"] = {"zhusong": B_ZHUSONG,
                                   "furniture_not_clauses": NAV + LEFT + ["您现在的位置…", "发布日期：2024-11-02　　来源：商务部", "【打印本页】【关闭窗口】", "关于我们 | 网站地图 | 联系我们", "主办单位…京ICP备…"]}


# ====================================================================== (c) 实施方案 DOCX with outline numbering
C_TITLE = "中国（湖北）自由贸易试验区襄阳片区提升战略三年行动实施方案（2024—2026年）"
C_DOCNO = "鄂自贸办发〔2024〕12号"
C_ISSUER = "中国（湖北）自由贸易试验区工作办公室"
C_DATE = ("2024年8月16日", "2024-08-16")
# (level, text) ; level 0 = plain body paragraph
C_OUTLINE = [
    (0, "为深入实施自由贸易试验区提升战略，推动襄阳片区在更高起点上深化改革、扩大开放，更好服务共建“一带一路”和长江经济带发展，制定本实施方案。"),
    (1, "总体目标"),
    (0, "到2026年，襄阳片区累计形成制度创新成果60项以上，其中在全省复制推广10项以上；片区新增市场主体2万户，实际使用外资年均增长10%，外贸进出口总额突破300亿元。"),
    (1, "重点任务"),
    (2, "推进高水平投资自由化便利化"),
    (3, "全面实施准入前国民待遇加负面清单管理制度，对负面清单之外的外商投资项目实行备案管理，备案时限压缩至1个工作日。"),
    (3, "探索建立“标准地+承诺制+代办制”供地模式，新增工业用地原则上按照“标准地”出让。"),
    (2, "打造内陆开放枢纽"),
    (3, "依托襄阳铁路枢纽和小河港，开行至中亚、欧洲的国际货运班列，推动“铁水联运”常态化运营，年开行班列不少于120列。"),
    (3, "支持片区企业参与共建“一带一路”国家基础设施建设，鼓励汽车及零部件企业在东盟、中东欧设立生产基地和售后服务中心。"),
    (1, "保障措施"),
    (2, "加强组织保障"),
    (0, "片区管委会要成立提升战略工作专班，主要负责同志任组长，每季度召开一次推进会议，研究解决重大问题。"),
    (2, "强化要素支撑"),
    (0, "市级财政每年安排自贸试验区发展专项资金不低于1亿元，重点支持制度创新、平台建设和人才引进。"),
]
C_ZL_TITLE = "专栏1　襄阳片区首批制度创新重点事项"
C_ZL_PARAS = [
    "1.汽车产业链“一链通办”改革：整合汽车零部件进出口、检验检测、认证许可等8类事项，实现一次申报、并联审批。",
    "2.跨境电商“保税+直播”监管模式：在综合保税区内设立直播基地，实行“先入区、后报关”。",
    "3.涉外商事纠纷“一站式”解决机制：联合仲裁、调解、公证机构建立国际商事法律服务中心。",
]
C_T1_CAPTION = "表1　重点改革事项推进安排"
C_T1_HEAD = ["序号", "改革事项", "具体内容", "完成时限"]
C_T1_ROWS = [
    ("1", "投资审批改革", ["推行企业投资项目“容缺受理”。", "对以下事项实行告知承诺："], ["施工许可", "消防设计审查", "环境影响评价登记"], "2024年12月"),
    ("2", "贸易监管创新", ["开展进口汽车零部件“预检验”试点。", "建立企业信用分级分类监管制度，对高信用企业降低查验比例。"], [], "2025年6月"),
    ("3", "金融服务提升", ["支持银行机构开展以下业务："], ["跨境人民币贸易融资", "出口信用保险保单融资"], "2025年12月"),
]
C_ANNEX_TITLE = "重点任务分工表"
C_ANNEX_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
C_ANNEX_ROWS = [
    ("1", "实施外商投资准入前国民待遇加负面清单管理制度", "襄阳市商务局", "市发展改革委、市市场监管局", "2024年12月"),
    ("2", "推行“标准地+承诺制+代办制”供地模式", "襄阳市商务局", "市自然资源和规划局", "2025年6月"),
    ("3", "开展汽车产业链“一链通办”改革", "襄阳市商务局", "襄阳海关、市经信局", "2025年12月"),
    ("4", "开行至中亚、欧洲的国际货运班列", "襄阳市交通运输局", "中铁武汉局襄阳车务段、小河港务公司", "2026年12月"),
    ("5", "推动“铁水联运”常态化运营", "襄阳市交通运输局", "市发展改革委", "2026年12月"),
]
CN_NUM = "一二三四五六七八九十"


def add_outline_numbering(d):
    numbering = d.part.numbering_part.element
    abs_id, num_id = 90, 90
    lvls = [
        (0, "chineseCounting", "%1、", "Heading1", 0),
        (1, "chineseCounting", "（%2）", "Heading2", 0),
        (2, "decimal", "%3.", "Heading3", 0),
    ]
    xml = f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:multiLevelType w:val="multilevel"/>'
    for ilvl, fmt, txt, style, ind in lvls:
        xml += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style}"/>'
                f'<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')
    xml += "</w:abstractNum>"
    absel = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(absel)
    else: numbering.append(absel)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
    for ilvl, style_name, font, bold in ((0, "Heading 1", SANS, False), (1, "Heading 2", SERIF, True), (2, "Heading 3", SERIF, False)):
        st = d.styles[style_name]
        set_font(st, font, 16 if ilvl < 2 else 14, bold)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.italic = False
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(28)
        pPr = st._element.get_or_add_pPr()
        pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def make_fangan():
    d = base_doc()
    add_outline_numbering(d)
    para(d, C_DOCNO, align="center")
    para(d, "", indent=False)
    p = para(d, C_TITLE, size=22, font=SANS, bold=True, align="center")
    p.paragraph_format.line_spacing = Pt(34)
    para(d, "", indent=False)
    expected = []
    counters = [0, 0, 0]
    zl_inserted = t1_inserted = False
    for lvl, text in C_OUTLINE:
        if lvl == 0:
            para(d, text); expected.append(text)
        else:
            d.add_paragraph(text, style=f"Heading {lvl}")
            counters[lvl - 1] += 1
            for j in range(lvl, 3): counters[j] = 0 if j > lvl - 1 else counters[j]
            n = counters[lvl - 1]
            label = {1: f"{CN_NUM[n-1]}、", 2: f"（{CN_NUM[n-1]}）", 3: f"{n}."}[lvl]
            expected.append(label + text)
        # 专栏 after first 二级 block's items; 表1 after 二、 tasks
        if text.startswith("探索建立") and not zl_inserted:
            zl_inserted = True
            tb = d.add_table(rows=1, cols=1)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(tb, 12)
            c = tb.cell(0, 0)
            shade_cell(c, "DEEAF6")
            pz = cell_text(c, C_ZL_TITLE, size=12, bold=True, align="center")
            for t in C_ZL_PARAS: cell_para(c, t)
            expected.append(C_ZL_TITLE)
            expected.extend(C_ZL_PARAS)
            para(d, "", indent=False)
        if text.startswith("支持片区企业参与") and not t1_inserted:
            t1_inserted = True
            para(d, C_T1_CAPTION, size=12, font=SANS, align="center")
            tb = d.add_table(rows=1 + len(C_T1_ROWS), cols=4)
            table_borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(C_T1_HEAD): cell_text(tb.cell(0, j), h, bold=True, align="center")
            for i, (no, name, paras_, bullets, due) in enumerate(C_T1_ROWS, start=1):
                cell_text(tb.cell(i, 0), no, align="center")
                cell_text(tb.cell(i, 1), name)
                c = tb.cell(i, 2)
                cell_text(c, paras_[0])
                for t in paras_[1:]: cell_para(c, t)
                for t in bullets: cell_para(c, t, style="List Bullet")
                cell_text(tb.cell(i, 3), due, align="center")
            for j, w in enumerate((Cm(1.3), Cm(3.2), Cm(8.5), Cm(2.6))):
                for row in tb.rows: row.cells[j].width = w
            expected.append(C_T1_CAPTION)
            expected.append(" | ".join(C_T1_HEAD))
            for no, name, paras_, bullets, due in C_T1_ROWS:
                expected.append(" | ".join([no, name, " ".join(paras_ + ["• " + b for b in bullets]), due]))
            para(d, "", indent=False)
    para(d, "", indent=False)
    para(d, "附件：" + C_ANNEX_TITLE)
    expected.append("附件：" + C_ANNEX_TITLE)
    para(d, "", indent=False)
    para(d, C_ISSUER, align="right")
    para(d, C_DATE[0], align="right")
    expected += [C_ISSUER, C_DATE[0]]
    # landscape annex section
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.4), Cm(3.0), Cm(3.0)
    para(d, "附件", font=SANS, indent=False)
    para(d, C_ANNEX_TITLE, size=20, font=SANS, bold=True, align="center")
    tb = d.add_table(rows=1 + len(C_ANNEX_ROWS), cols=5)
    table_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(C_ANNEX_HEAD): cell_text(tb.cell(0, j), h, size=12, bold=True, align="center")
    for i, row in enumerate(C_ANNEX_ROWS, start=1):
        for j, v in enumerate(row):
            if j == 2 and i > 1 and C_ANNEX_ROWS[i - 2][2] == v: continue  # merged, leave empty
            cell_text(tb.cell(i, j), v, size=12, align="center" if j in (0, 2, 4) else None)
    # merge 牵头单位 column runs
    i = 1
    while i <= len(C_ANNEX_ROWS):
        k = i
        while k + 1 <= len(C_ANNEX_ROWS) and C_ANNEX_ROWS[k][2] == C_ANNEX_ROWS[i - 1][2]: k += 1
        if k > i:
            merged = tb.cell(i, 2).merge(tb.cell(k, 2))
            merged._tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'))
            # drop empty paragraphs left by merge
            for pp in list(merged.paragraphs)[1:]:
                if not pp.text.strip(): pp._p.getparent().remove(pp._p)
        i = k + 1
    for j, w in enumerate((Cm(1.5), Cm(9.5), Cm(4.2), Cm(5.8), Cm(2.7))):
        for row in tb.rows: row.cells[j].width = w
    expected.append("附件")
    expected.append(C_ANNEX_TITLE)
    expected.append(" | ".join(C_ANNEX_HEAD))
    for row in C_ANNEX_ROWS: expected.append(" | ".join(row))
    dp = HERE / "c_fangan.docx"
    d.save(dp)
    to_pdf(dp, HERE)
    EXPECTED["c_fangan"] = [{
        "meta": {"title": C_TITLE, "doc_number": C_DOCNO, "issuer": C_ISSUER, "date": C_DATE[1]},
        "clauses": expected,
    }]
    EXPECTED["c_fangan__notes"] = {
        "numbering": "一、/（一）/1. are NOT in the text; they come from a multilevel list (numId 90) bound to Heading 1/2/3 styles",
        "zhuanlan": "one-cell shaded table; each paragraph inside listed as its own clause (box title included)",
        "table_rows": "row cells joined with ' | '; multi-paragraph cell content joined with space, bullets marked '• '; separators are not part of the comparison, grouping is",
        "annex_merge": "牵头单位 '襄阳市商务局' vertically merged over rows 1-3, '襄阳市交通运输局' over rows 4-5; expected repeats value on every row",
    }


# ====================================================================== (d) pkulaw-like TXT
D_TITLE = "广西壮族自治区“一带一路”经贸合作项目资金管理办法"
D_DOCNO = "桂商规〔2024〕3号"
D_ISSUER = "广西壮族自治区商务厅"
D_ARTICLES = [
    "第一章　总则",
    "第一条　为规范和加强广西壮族自治区“一带一路”经贸合作项目资金管理，提高资金使用效益，推动我区深度融入共建“一带一路”，根据《中华人民共和国预算法》和自治区财政专项资金管理有关规定，结合本区实际，制定本办法。",
    "第二条　本办法所称“一带一路”经贸合作项目资金（以下简称项目资金），是指自治区本级财政预算安排，用于支持我区企业与共建“一带一路”国家特别是东盟国家开展投资、贸易、工程承包等经贸合作的专项资金。",
    "第三条　项目资金的使用和管理遵循公开透明、突出重点、绩效导向、强化监督的原则，实行“谁使用、谁负责”的责任机制。",
    "第二章　支持范围和方式",
    "第四条　项目资金重点支持以下事项：（一）在中国（广西）自由贸易试验区内注册企业在东盟国家建设的境外经贸合作区、海外仓等公共服务平台；（二）企业参与中国—东盟自由贸易区3.0版相关的跨境产业链供应链合作项目；（三）面向共建“一带一路”国家开展的国际物流通道建设和运营项目；（四）自治区人民政府确定的其他重点事项。",
    "第五条　项目资金采取事后奖励、贷款贴息和以奖代补等方式安排。对单个企业同一年度的支持金额原则上不超过300万元。",
    "第三章　申报和审核",
    "第六条　自治区商务厅会同自治区财政厅每年发布项目资金申报指南，明确申报条件、支持标准、申报材料和时间要求。设区的市商务主管部门负责本地区项目的组织申报和初审工作。",
    "第七条　自治区商务厅委托第三方机构对申报项目进行评审，根据评审结果提出资金安排建议，经厅党组会议审定后在门户网站公示，公示期不少于5个工作日。",
    "第四章　监督管理",
    "第八条　项目资金使用单位应当按照规定用途使用资金，不得截留、挤占、挪用。对弄虚作假骗取项目资金的，依法追回已拨付资金，5年内取消其申报资格，并按照有关规定纳入信用记录。",
    "第五章　附则",
    "第九条　本办法由自治区商务厅负责解释。",
    "第十条　本办法自2024年7月18日起施行，有效期5年。",
]


def make_txt():
    lines = [
        f"【发布部门】{D_ISSUER}",
        f"【发文字号】{D_DOCNO}",
        "【发布日期】2024.06.18",
        "【实施日期】2024.07.18",
        "【时效性】现行有效",
        "【效力级别】地方规范性文件",
        "【法规类别】对外贸易综合规定",
        "【法宝引证码】CLI.13.1890XXX",
        "",
        "【正文】",
        "",
        D_TITLE,
        "",
    ]
    lines += D_ARTICLES
    lines += ["", "【相关附件】", ""]
    (HERE / "d_pkulaw.txt").write_text("\n".join(lines), encoding="utf-8")
    EXPECTED["d_pkulaw"] = [{
        "meta": {"title": D_TITLE, "doc_number": D_DOCNO, "issuer": D_ISSUER, "date": "2024-06-18"},
        "clauses": list(D_ARTICLES),
    }]
    EXPECTED["d_pkulaw__notes"] = {
        "chapters": "第X章 headings listed as clauses (a reader may instead keep them as section labels)",
        "header_fields": "【…】 lines are metadata, not clauses; 实施日期 2024-07-18 is not the document date",
        "article_4": "第四条 contains inline （一）…（四） items; a reader may split them, joined text expected here",
    }


if __name__ == "__main__":
    make_huibian()
    make_html()
    make_fangan()
    make_txt()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in HERE.iterdir()))
