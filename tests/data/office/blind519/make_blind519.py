# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 519 blind test documents: 浙江省新型离岸国际贸易 办法 (three issuers) + 政策解读."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
IDSP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, before=0, after=0):
    """runs: str or list of (text, font, size, bold) tuples"""
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, indent=False)


def soft_title(doc, lines, size=22, before=0, after=0):
    """Title typed with soft line breaks (Shift+Enter) inside one paragraph."""
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=before, after=after)
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = parse_xml("<w:tcBorders %s/>" % nsdecls("w"))
        tcPr.append(borders)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if edge in kw:
            val, sz, color = kw[edge]
            el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>'
                           % (edge, nsdecls("w"), val, sz, color))
            old = borders.find(qn("w:" + edge))
            if old is not None:
                borders.remove(old)
            borders.append(el)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    fmt_para(p, align, indent=False, line=22)
    if text:
        set_font(p.add_run(text), font, size, bold, color)


def red_rule(doc, size=18):
    p = doc.add_paragraph()
    fmt_para(p, indent=False, line=12)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="E60012"/></w:pBdr>'
                         % (nsdecls("w"), size)))


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = set_font(p.add_run(), "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = set_font(p.add_run(), "宋体", 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = set_font(p.add_run(), "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    set_font(p.add_run("1"), "宋体", 14)
    r4 = set_font(p.add_run(), "宋体", 14)
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(p.add_run(" —"), "宋体", 14)


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    page_number_footer(s)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


_NUM_COUNTER = [80]


def new_list(doc, numfmt, lvltext):
    """Create a fresh Word numbering list (own abstractNum so it restarts at 1)."""
    numbering = doc.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    aid = _NUM_COUNTER[0]
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvltext, FS, FS, FS))
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numel = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                      % (nsdecls("w"), aid, aid))
    numbering.append(numel)
    return aid


def numbered_para(doc, num_id, text):
    p = para(doc, text)
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    return p


CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n - 1] if n < 10 else "十"
    if n < 20:
        return "十" + CN[n - 11]
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


# ---------------------------------------------------------------- content
NOTICE_TITLE = ("浙江省商务厅 中国人民银行浙江省分行 国家外汇管理局浙江省分局关于印发"
                "《浙江省支持新型离岸国际贸易发展办法》的通知")
BANFA_TITLE = "浙江省支持新型离岸国际贸易发展办法"
FORM_TITLE = "浙江省新型离岸国际贸易重点企业名单申报表"
JIEDU_TITLE = "《浙江省支持新型离岸国际贸易发展办法》政策解读"
ISSUERS = ["浙江省商务厅", "中国人民银行浙江省分行", "国家外汇管理局浙江省分局"]
DOCNO = "浙商务联发〔2026〕3号"

NOTICE_RECIP_LINE = "各设区市商务局，中国人民银行浙江省各市分行、国家外汇管理局浙江省各市分局，各有关银行："
NOTICE_RECIPIENTS = ["各设区市商务局", "中国人民银行浙江省各市分行", "国家外汇管理局浙江省各市分局", "各有关银行"]

NOTICE_INTRO = ("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和国家有关部门关于支持新型离岸国际贸易发展的部署要求，"
                "进一步便利新型离岸国际贸易跨境资金结算，培育贸易新业态新模式，推动中国（浙江）自由贸易试验区和全省开放平台能级提升，"
                "省商务厅、人民银行浙江省分行、国家外汇局浙江省分局联合制定了《浙江省支持新型离岸国际贸易发展办法》，"
                "现印发给你们，并就有关事项通知如下。")

NOTICE_ITEMS = [
    ("一、加强统筹协调。",
     "各设区市商务部门要会同当地人民银行分行、外汇管理分局建立新型离岸国际贸易工作协调机制，明确牵头处室和联络员，"
     "于2026年2月13日前将联络员名单报省商务厅（对外贸易处）。"),
    ("二、做好首批名单申报。",
     "各设区市商务部门要组织辖区内符合条件的企业按照《办法》第九条规定开展首批重点企业名单申报，会同当地人民银行分行、"
     "外汇管理分局完成初审后，于2026年3月31日前将初审意见、《浙江省新型离岸国际贸易重点企业名单申报表》及相关材料报送省商务厅。"
     "舟山、宁波、义乌等自由贸易试验区片区所在地要积极挖掘大宗商品离岸转手买卖和全球采购企业资源。"),
    ("三、推动银行优化服务。",
     "各银行要对照《办法》第三章有关要求，完善内部管理制度和业务操作规程，加强离岸贸易业务系统建设和人员培训，"
     "在风险可控前提下为真实合规的新型离岸国际贸易提供高效便捷的跨境资金结算服务。"),
    ("四、强化风险防范。",
     "各地各银行要坚持真实合规导向，加强对异常交易和资金流动的监测分析，严防以新型离岸国际贸易名义开展虚假交易、"
     "套取资金等违法违规行为，守住不发生系统性风险的底线。"),
    ("五、及时报送情况。",
     "各设区市商务部门于每年7月10日、次年1月10日前将本地区新型离岸国际贸易发展情况、典型案例及问题建议报送省商务厅，"
     "抄送人民银行浙江省分行、国家外汇局浙江省分局。执行中遇到的问题，请及时向省商务厅（对外贸易处，0571-87050316）、"
     "人民银行浙江省分行（跨境人民币业务处，0571-87650217）、国家外汇局浙江省分局（经常项目管理处，0571-87650482）反映。"),
]

# 办法: list of chapters; each chapter: (heading, [articles]); article: list of blocks
# block kinds: ("p", text) ordinary paragraph (first block starts with 第X条),
#              ("auto_cn", [texts]) Word-numbered （一）（二）,
#              ("auto_dec", [texts]) Word-numbered 1. 2.,
#              ("table", header, rows)
BANFA = [
    ("第一章　总　　则", [
        [("p", "为加快发展新型离岸国际贸易，促进贸易投资自由化便利化，支持中国（浙江）自由贸易试验区建设和大宗商品资源配置枢纽建设，"
               "根据《中华人民共和国对外贸易法》《中华人民共和国外汇管理条例》等法律法规和国家有关规定，结合本省实际，制定本办法。")],
        [("p", "本办法适用于在本省行政区域内依法登记注册、开展新型离岸国际贸易业务的企业，以及为上述企业提供跨境资金结算服务的银行业金融机构。"),
         ("p", "宁波市另有规定的，从其规定。")],
        [("p", "本办法下列用语的含义："),
         ("p", "（一）“新型离岸国际贸易”，是指我国居民企业从非居民企业购买货物，之后向另一非居民企业转售同一货物，"
               "而货物始终未实际进出我国关境的交易，包括离岸转手买卖、全球采购、委托境外加工、承包工程境外购买货物等。"),
         ("p", "（二）“重点企业名单”，是指经省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局审核确定，"
               "并推送至各展业银行的新型离岸国际贸易重点企业名录。"),
         ("p", "（三）“展业银行”，是指在本省开展新型离岸国际贸易跨境资金结算业务，并按照本办法建立相应内部控制制度的银行业金融机构及其分支机构。"),
         ("p", "（四）“收支额”，是指企业在统计期内通过境内银行办理的新型离岸国际贸易项下跨境收入和支出金额之和，以美元计价。"),
         ("p", "本办法所称“以上”包括本数，“不足”不包括本数。")],
        [("p", "发展新型离岸国际贸易应当坚持服务实体经济、真实合规、风险可控、分类管理的原则，支持真实合规的业务便利开展，防范虚假交易和异常资金流动。")],
        [("p", "省商务厅负责统筹推进全省新型离岸国际贸易发展，会同有关部门确定和调整重点企业名单，组织开展政策宣传和业务培训。"),
         ("p", "人民银行浙江省分行负责指导银行优化新型离岸国际贸易跨境人民币结算服务，推动跨境人民币结算便利化政策落地。"),
         ("p", "国家外汇局浙江省分局负责指导银行开展新型离岸国际贸易外汇业务，加强跨境资金流动监测和外汇违规行为查处。"),
         ("p", "各设区市商务部门会同当地人民银行分行、外汇管理分局，负责本地区重点企业名单申报初审、日常服务和监测工作。")],
    ]),
    ("第二章　重点企业名单管理", [
        [("p", "省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局建立新型离岸国际贸易重点企业名单制度，"
               "原则上每年集中组织一次申报，根据工作需要可以增加申报批次。")],
        [("p", "申报重点企业名单的企业，应当同时具备下列条件："),
         ("auto_cn", ["具有独立法人资格，在本省依法登记注册满1年；",
                      "内部管理制度健全，具备与开展新型离岸国际贸易业务相适应的专业人员和风险控制能力；",
                      "上一年度新型离岸国际贸易收支额不低于500万美元，或者上一年度货物贸易进出口额不低于1亿元人民币且已开展新型离岸国际贸易业务；",
                      "近2年内未发生外汇、海关、税务、市场监管等方面重大违法违规行为；",
                      "未被列入严重失信主体名单。"])],
        [("p", "有下列情形之一的企业，不得纳入重点企业名单："),
         ("p", "（一）外汇管理分类为B类、C类的；"),
         ("p", "（二）被海关认定为失信企业的；"),
         ("p", "（三）近2年内存在虚构贸易背景、伪造或者变造交易单证等行为的；"),
         ("p", "（四）省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局认定的其他情形。")],
        [("p", "企业按照属地原则向所在设区市商务部门提出申报，如实填写《浙江省新型离岸国际贸易重点企业名单申报表》（见附件），并提交下列材料："),
         ("p", "（一）企业营业执照复印件；"),
         ("p", "（二）上一年度经审计的财务报表；"),
         ("p", "（三）上一年度新型离岸国际贸易业务开展情况说明，包括主要业务模式、交易商品、境外交易对手及收支额等；"),
         ("p", "（四）主要结算银行出具的业务真实性核查意见。"),
         ("p", "设区市商务部门会同当地人民银行分行、外汇管理分局对申报材料进行初审，提出初审意见后报送省商务厅。")],
        [("p", "省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局对初审意见进行审核，必要时可以组织专家评审或者实地核查。"
               "审核结果在省商务厅门户网站公示5个工作日，公示无异议的，纳入重点企业名单并推送至各展业银行。"),
         ("p", "重点企业名单有效期为2年。有效期届满需要继续纳入的，企业应当在届满前3个月内重新申报。")],
        [("p", "名单内企业有下列情形之一的，由省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局移出重点企业名单："),
         ("p", "（一）不再符合本办法第七条规定条件的；"),
         ("p", "（二）出现本办法第八条规定情形的；"),
         ("p", "（三）连续12个月未发生新型离岸国际贸易收支的；"),
         ("p", "（四）企业主动申请退出的。"),
         ("p", "被移出名单的企业，自移出之日起1年内不得重新申报；因前款第（四）项情形移出的除外。")],
    ]),
    ("第三章　资金结算便利", [
        [("p", "展业银行应当按照“了解客户、了解业务、尽职审查”的展业原则，建立健全新型离岸国际贸易业务内部控制制度，"
               "对企业实施分类管理，审核交易的真实性、合规性和合理性。")],
        [("p", "对名单内企业，展业银行可以根据企业资信状况和业务特点，简化审核流程，凭企业提交的合同、发票、提单、仓单等电子单证"
               "办理新型离岸国际贸易跨境资金结算，无需企业逐笔提交纸质单证。")],
        [("p", "对名单内企业开展的离岸转手买卖业务，展业银行可以在确认交易真实合规的前提下，为其办理同一合同项下的先支后收和先收后支业务，"
               "收支时间差可以适当放宽。")],
        [("p", "鼓励展业银行为新型离岸国际贸易提供跨境人民币结算服务。名单内企业以人民币结算的，展业银行可以按照跨境人民币结算便利化"
               "有关规定，进一步简化业务办理流程。")],
        [("p", "支持展业银行运用船舶位置信息、物流跟踪信息、大宗商品交易平台数据等第三方信息，辅助开展贸易真实性审核，提升审核效率。")],
        [("p", "鼓励银行业金融机构在依法合规、风险可控的前提下，为名单内企业提供贸易融资、跨境保函、外汇衍生品等金融服务，"
               "合理满足企业融资和汇率避险需求。")],
    ]),
    ("第四章　政策和服务支持", [
        [("p", "省级商务发展专项资金对新型离岸国际贸易发展给予以下支持："),
         ("p", "（一）对年度新型离岸国际贸易收支额首次达到规定标准的名单内企业，按照下表给予一次性奖励："),
         ("table", ["奖励档次", "年度新型离岸国际贸易收支额", "一次性奖励金额"],
          [["第一档", "1亿美元以上、不足5亿美元", "30万元"],
           ["第二档", "5亿美元以上、不足10亿美元", "60万元"],
           ["第三档", "10亿美元以上", "100万元"]]),
         ("p", "（二）对新型离岸国际贸易服务平台建设项目给予补助，具体如下："),
         ("auto_dec", ["对整合物流、资金流、订单流等信息，为企业和银行提供贸易背景核验服务的平台，按照不超过项目实际投资额30%的比例给予补助，"
                       "单个项目最高不超过200万元；",
                       "对依托综合保税区、中欧班列等开放平台开展大宗商品全球采购分拨服务的平台，按照不超过项目实际投资额20%的比例给予补助，"
                       "单个项目最高不超过100万元。"]),
         ("p", "（三）对开展新型离岸国际贸易业务培训、政策宣介等活动的设区市商务部门，按照有关规定给予工作经费支持。"),
         ("p", "同一企业同一年度只能享受一次奖励，不得跳档重复享受。专项资金的申报、审核和拨付按照省级商务发展专项资金管理有关规定执行。")],
        [("p", "支持中国（浙江）自由贸易试验区各片区、综合保税区和跨境电子商务综合试验区结合自身功能定位，探索新型离岸国际贸易与保税维修、"
               "大宗商品保税交割、跨境电子商务等业态融合发展。支持宁波舟山港、义乌国际陆港等口岸和中欧班列（义新欧）运营平台提供物流信息查询服务。")],
        [("p", "省商务厅依托浙江国际贸易“单一窗口”建设新型离岸国际贸易综合服务模块，归集企业名单、物流跟踪、交易单证等信息，"
               "为展业银行真实性审核提供数据支撑。")],
        [("p", "各设区市商务部门应当会同有关部门开展新型离岸国际贸易政策宣传和业务培训，建立重点企业联系服务制度，"
               "及时协调解决企业在业务开展中遇到的困难和问题。")],
        [("p", "鼓励外商投资企业在本省设立具有贸易结算功能的地区总部、营运中心，依法开展新型离岸国际贸易业务。"
               "符合条件的外商投资企业纳入重点企业名单的，与内资企业同等享受本办法规定的支持政策。")],
    ]),
    ("第五章　监督管理", [
        [("p", "展业银行应当加强对新型离岸国际贸易业务的事中事后监测，发现交易频率、金额、商品、交易对手等明显异常的，应当加强审核，"
               "必要时可以暂停为企业提供便利化措施，并及时向人民银行浙江省分行或者国家外汇局浙江省分局报告。")],
        [("p", "人民银行浙江省分行、国家外汇局浙江省分局依法对展业银行执行本办法的情况进行监督检查。"
               "展业银行未按照规定履行真实性审核职责的，依照有关法律法规予以处理。")],
        [("p", "企业以虚构交易、伪造单证等方式骗取便利化措施或者财政资金的，由有关部门依法处理，追回已拨付的财政资金，"
               "并将相关信息推送至公共信用信息平台；涉嫌犯罪的，依法移送司法机关。")],
        [("p", "省商务厅、人民银行浙江省分行、国家外汇局浙江省分局建立信息共享和定期会商机制，按季度交换名单内企业业务开展、"
               "监测预警和违规处理等情况，共同研判新型离岸国际贸易发展形势。")],
        [("p", "有关部门工作人员在重点企业名单管理和专项资金审核工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")],
    ]),
    ("第六章　附　　则", [
        [("p", "各设区市可以结合本地实际，制定支持新型离岸国际贸易发展的具体措施。")],
        [("p", "本办法由省商务厅、人民银行浙江省分行、国家外汇局浙江省分局按照各自职责负责解释。")],
        [("p", "本办法自2026年3月1日起施行，有效期至2028年2月29日。"
               "《浙江省促进离岸贸易发展试行办法》（浙商务联发〔2022〕45号）同时废止。")],
    ]),
]

FORM_HEADER = ["序号", "企业名称", "统一社会信用代码", "所在设区市", "主要业务模式",
               "上年度离岸贸易收支额（万美元）", "主要结算银行", "联系人及电话"]
FORM_NOTES = [
    "说明：1.主要业务模式填写离岸转手买卖、全球采购、委托境外加工、承包工程境外购买货物等，可多选。",
    "2.上年度离岸贸易收支额以银行跨境收支数据为准，保留两位小数。",
    "3.本表由设区市商务部门汇总后报送，同时报送电子版（Excel格式）。",
]

JIEDU_INTRO = ("近日，省商务厅、人民银行浙江省分行、国家外汇局浙江省分局联合印发了《浙江省支持新型离岸国际贸易发展办法》"
               "（浙商务联发〔2026〕3号，以下简称《办法》），自2026年3月1日起施行。为便于各地各部门和企业准确理解、贯彻执行，"
               "现就有关问题解读如下。")

# each QA: (question, first answer text, [extra blocks])
JIEDU_QA = [
    ("一问：《办法》出台的背景是什么？",
     "答：新型离岸国际贸易是货物不进出我国关境、资金在境内结算的贸易方式，是大宗商品贸易企业配置全球资源的重要手段，"
     "也是提升我省贸易枢纽功能的重要抓手。2022年我省出台《浙江省促进离岸贸易发展试行办法》以来，全省新型离岸国际贸易规模稳步扩大，"
     "2025年跨境收支额达到186.4亿美元，同比增长23.7%。",
     [("p", "与此同时，企业在名单管理、单证审核、资金结算等方面仍反映了一些堵点问题。为总结试点经验、回应企业关切，"
            "三部门在深入调研和广泛征求意见的基础上，制定了《办法》。")]),
    ("二问：《办法》所称的新型离岸国际贸易包括哪些业务模式？",
     "答：根据《办法》第三条，新型离岸国际贸易是指我国居民企业从非居民企业购买货物，之后向另一非居民企业转售同一货物，"
     "而货物始终未实际进出我国关境的交易，主要包括离岸转手买卖、全球采购、委托境外加工、承包工程境外购买货物等模式。"
     "需要注意的是，货物实际进出境的一般贸易、加工贸易以及单纯的服务贸易不属于《办法》的支持范围。",
     []),
    ("三问：企业申报重点企业名单需要满足哪些条件？",
     "答：企业应当同时具备五项条件：一是具有独立法人资格且在本省登记注册满1年；二是内部管理制度健全；"
     "三是上一年度新型离岸国际贸易收支额不低于500万美元，或者货物贸易进出口额不低于1亿元人民币且已开展相关业务；"
     "四是近2年内无重大违法违规行为；五是未被列入严重失信主体名单。外汇管理分类为B类、C类的企业以及被海关认定为失信企业的，不得纳入名单。",
     []),
    ("四问：首批名单申报的时间安排是怎样的？",
     "答：首批申报由各设区市商务部门组织，企业按照属地原则提交申报材料。具体安排如下：",
     [("p", "1.2026年2月底前，企业向所在设区市商务部门提交申报表及相关材料；"),
      ("p", "2.2026年3月31日前，设区市商务部门会同当地人民银行分行、外汇管理分局完成初审并报送省商务厅；"),
      ("p", "3.2026年4月底前，省商务厅会同人民银行浙江省分行、国家外汇局浙江省分局完成审核、公示，并将名单推送至各展业银行。")]),
    ("五问：名单内企业可以享受哪些资金结算便利？",
     "答：名单内企业主要可以享受三方面便利：一是展业银行可以凭电子单证办理跨境资金结算，无需逐笔提交纸质单证；"
     "二是离岸转手买卖业务可以办理同一合同项下的先支后收和先收后支业务，收支时间差适当放宽；"
     "三是以人民币结算的，可以按照跨境人民币结算便利化有关规定进一步简化业务办理流程。",
     []),
    ("六问：《办法》在财政支持方面有哪些措施？",
     "答：《办法》第十八条明确了省级商务发展专项资金的支持方向，主要内容见下表。",
     [("table", ["支持事项", "支持标准", "对应条款"],
       [["企业规模奖励", "按年度收支额分三档，分别给予30万元、60万元、100万元一次性奖励", "第十八条第一款第（一）项"],
        ["服务平台建设补助", "按项目实际投资额的30%或20%给予补助，单个项目最高200万元", "第十八条第一款第（二）项"],
        ["地方工作经费", "对开展业务培训和政策宣介的设区市商务部门给予支持", "第十八条第一款第（三）项"]]),
      ("p", "同一企业同一年度只能享受一次奖励，不得跳档重复享受。")]),
    ("七问：银行如何把握贸易真实性审核要求？",
     "答：展业银行应当按照“了解客户、了解业务、尽职审查”的展业原则开展审核，可以运用船舶位置信息、物流跟踪信息、"
     "大宗商品交易平台数据等第三方信息辅助判断。发现交易频率、金额、商品、交易对手等明显异常的，应当加强审核，"
     "必要时暂停便利化措施并及时报告。",
     []),
    ("八问：《办法》与原试行办法相比有哪些主要变化？",
     "答：主要有以下四个方面的变化：",
     [("p", "（一）扩大适用范围。将全球采购、委托境外加工、承包工程境外购买货物等纳入支持范围，不再局限于离岸转手买卖。"),
      ("p", "（二）优化名单管理。名单有效期由1年延长至2年，并建立动态调整和退出机制。"),
      ("p", "（三）加大支持力度。新增服务平台建设补助，企业规模奖励标准最高提高至100万元。"),
      ("p", "（四）强化风险防控。明确展业银行事中事后监测责任，建立三部门信息共享和定期会商机制。")]),
    ("九问：《办法》的有效期是多长？",
     "答：《办法》自2026年3月1日起施行，有效期至2028年2月29日。原《浙江省促进离岸贸易发展试行办法》"
     "（浙商务联发〔2022〕45号）同时废止。已列入原试行办法企业名单且仍在有效期内的企业，在首批名单公布前可以继续享受相关便利措施。",
     []),
]


def table_row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if j < len(widths):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = Cm(widths[j])


def data_table(doc, header, rows, widths=None, size=14):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(i + 1, j), v, FS, size, align=al)
    if widths:
        set_col_widths(t, widths)
    return t


# ---------------------------------------------------------------- doc 1: notice + 办法
def build_notice(path):
    doc = Document()
    page_setup(doc)
    notice_clauses, banfa_clauses = [], []

    # 红头: layout table, three organs left, "文件" merged on the right
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [11.6, 4.0])
    for i, org in enumerate(ISSUERS):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt_para(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=38)
        set_font(p.add_run(org), XBS, 22, False, RED)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    m.vertical_alignment = 1
    p = m.paragraphs[0]
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run("文件"), XBS, 40, False, RED)
    empty(doc)
    para(doc, [(DOCNO, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)
    empty(doc)

    soft_title(doc, ["浙江省商务厅 中国人民银行浙江省分行", "国家外汇管理局浙江省分局关于印发《浙江省",
                     "支持新型离岸国际贸易发展办法》的通知"])
    empty(doc)
    para(doc, NOTICE_RECIP_LINE, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
    # intro typed with two ideographic spaces instead of first-line indent
    para(doc, IDSP * 2 + NOTICE_INTRO, indent=False)
    notice_clauses.append(NOTICE_INTRO)
    for head, body in NOTICE_ITEMS:
        # run-in heading in bold 楷体, body in 仿宋; indent typed by hand
        para(doc, [(IDSP * 2, FS, 16, False), (head, KT, 16, True), (body, FS, 16, False)], indent=False)
        notice_clauses.append(head + body)
    empty(doc)
    # attachment line with hanging manual spacing
    para(doc, [("附件：" + BANFA_TITLE, FS, 16, False)])
    empty(doc, 3)
    # 落款 in borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_col_widths(t, [6.8, 8.8])
    cell_text(t.cell(0, 0), "浙江省商务厅", FS, 16)
    cell_text(t.cell(0, 1), "中国人民银行浙江省分行", FS, 16)
    cell_text(t.cell(1, 0), "", FS, 16)
    cell_text(t.cell(1, 1), "国家外汇管理局浙江省分局", FS, 16)
    para(doc, "2026年1月16日" + IDSP * 4, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)

    # ---------- 附件: the 办法
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, [(BANFA_TITLE, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    art = 0
    for ch_head, articles in BANFA:
        para(doc, [(ch_head, HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
        for blocks in articles:
            art += 1
            label = "第%s条" % cn_num(art)
            first = True
            for b in blocks:
                if b[0] == "p":
                    if first:
                        # article number bold 黑体 run, then ideographic space and text in 仿宋
                        para(doc, [(label, HT, 16, False), (IDSP + b[1], FS, 16, False)])
                        banfa_clauses.append(label + IDSP + b[1])
                        first = False
                    else:
                        para(doc, b[1])
                        banfa_clauses.append(b[1])
                elif b[0] == "auto_cn":
                    nid = new_list(doc, "chineseCounting", "（%1）")
                    for k, txt in enumerate(b[1]):
                        numbered_para(doc, nid, txt)
                        banfa_clauses.append("（%s）%s" % (cn_num(k + 1), txt))
                elif b[0] == "auto_dec":
                    nid = new_list(doc, "decimal", "%1.")
                    for k, txt in enumerate(b[1]):
                        numbered_para(doc, nid, txt)
                        banfa_clauses.append("%d.%s" % (k + 1, txt))
                elif b[0] == "table":
                    data_table(doc, b[1], b[2], widths=[3.0, 8.0, 4.5])
                    for row in b[2]:
                        banfa_clauses.append(table_row_clause(b[1], row))
    assert art == 30, art

    # ---------- 办法's own 附件: the 申报表 on a landscape page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(FORM_TITLE, XBS, 20, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    # fill-in line, alignment done with typed spaces
    para(doc, [("填报单位（盖章）：" + IDSP * 14 + "填报日期：" + IDSP * 2 + "年" + IDSP * 2 + "月" + IDSP * 2 + "日",
                FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    t = doc.add_table(rows=6, cols=len(FORM_HEADER))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.4, 4.2, 3.6, 2.4, 3.4, 3.2, 3.0, 3.4]
    for j, h in enumerate(FORM_HEADER):
        cell_text(t.cell(0, j), h, HT, 12)
    for i in range(1, 6):
        for j in range(len(FORM_HEADER)):
            cell_text(t.cell(i, j), "", FS, 12)
        t.rows[i].height = Cm(1.1)
    set_col_widths(t, widths)
    for n in FORM_NOTES:
        para(doc, [(n, FS, 14, False)], indent=False, line=24)
        banfa_clauses.append(n)

    # ---------- 版记 (after attachments), back in portrait
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21.0), Cm(29.7)
    sec2.top_margin = Cm(3.7)
    sec2.bottom_margin = Cm(3.5)
    empty(doc, 18)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    set_col_widths(t, [15.6])
    c0, c1 = t.cell(0, 0), t.cell(1, 0)
    set_cell_border(c0, top=("single", 8, "000000"), bottom=("single", 4, "000000"))
    set_cell_border(c1, bottom=("single", 8, "000000"))
    cell_text(c0, "抄送：商务部外贸司，中国人民银行上海总部，国家外汇管理局经常项目管理司，省委金融办、省发展改革委、"
                  "省财政厅，杭州海关、宁波海关，国家税务总局浙江省税务局。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(c1, "浙江省商务厅办公室" + IDSP * 8 + "2026年1月19日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)

    doc.save(path)
    base = dict(issuer=ISSUERS, date="2026-01-16", published=None, level="provincial", region="浙江省",
                expires=None)
    notice = {"meta": dict(title=NOTICE_TITLE, doc_number=DOCNO, effective=None, attachments=[BANFA_TITLE],
                           doc_type="通知", recipients=NOTICE_RECIPIENTS, publicity="此件公开发布", repeals=None,
                           **base),
              "clauses": notice_clauses}
    b2 = dict(base)
    b2["expires"] = "2028-02-29"
    banfa = {"meta": dict(title=BANFA_TITLE, doc_number=None, effective="2026-03-01", attachments=[FORM_TITLE],
                          doc_type="办法", recipients=[], publicity=None,
                          repeals="《浙江省促进离岸贸易发展试行办法》（浙商务联发〔2022〕45号）", **b2),
             "clauses": banfa_clauses}
    return [notice, banfa]


# ---------------------------------------------------------------- doc 2: 解读
def build_jiedu(path):
    doc = Document()
    page_setup(doc)
    clauses = []
    # web-style info line pasted at top
    para(doc, [("发布日期：2026-01-23" + IDSP * 3 + "信息来源：省商务厅对外贸易处", KT, 12, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20)
    empty(doc)
    soft_title(doc, ["《浙江省支持新型离岸国际贸易发展办法》", "政策解读"])
    empty(doc)
    para(doc, JIEDU_INTRO)
    clauses.append(JIEDU_INTRO)
    for q, a, extra in JIEDU_QA:
        # question run-in: bold 黑体 question + 仿宋 answer in the same paragraph
        para(doc, [(q, HT, 16, True), (a, FS, 16, False)])
        clauses.append(q + a)
        for b in extra:
            if b[0] == "p":
                para(doc, b[1])
                clauses.append(b[1])
            elif b[0] == "table":
                data_table(doc, b[1], b[2], widths=[3.4, 8.4, 4.2], size=12)
                for row in b[2]:
                    clauses.append(table_row_clause(b[1], row))
        if q.startswith("四问") or q.startswith("七问"):
            empty(doc)  # stray empty paragraphs
    empty(doc, 2)
    para(doc, "浙江省商务厅" + IDSP * 3, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年1月22日" + IDSP * 3, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.save(path)
    return [{"meta": dict(title=JIEDU_TITLE, doc_number=None, issuer=["浙江省商务厅"], date="2026-01-22",
                          published="2026-01-23", level="provincial", region="浙江省", effective=None,
                          expires=None, attachments=[], doc_type="解读", recipients=[], publicity=None,
                          repeals=None),
             "clauses": clauses}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_519", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    jobs = [("blind519_zhejiang_tongzhi", build_notice), ("blind519_zhejiang_jiedu", build_jiedu)]
    for stem, fn in jobs:
        path = os.path.join(HERE, stem + ".docx")
        expected[stem] = fn(path)
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
