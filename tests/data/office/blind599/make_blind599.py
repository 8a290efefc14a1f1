# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 599 blind test documents: 中欧班列 倡议书 + 自贸片区 合作备忘录."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         exact=28, container=None):
    c = container if container is not None else doc
    p = c.add_paragraph()
    fmt(p, align=align, indent=indent, exact=exact)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def runin(doc, head, body, head_font=FS, head_bold=True, indent=True):
    p = doc.add_paragraph()
    fmt(p, indent=indent)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc):
    """Footer '— N —' with a PAGE field, outer-aligned look (centered)."""
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def add_chinese_numbering(doc):
    """Word list numbering '一、' with no tab after the number. Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 77
    num_id = 77
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
        '<w:b w:val="0"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, abs_id)))
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              exact=22):
    p = cell.paragraphs[0]
    fmt(p, align=align, indent=False, exact=exact)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def table_borders(table, show=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    val = "single" if show else "nil"
    xml = ('<w:tblBorders %s>' % nsdecls("w")
           + "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (e, val)
                     for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders>")
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(parse_xml(xml))


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_599", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- doc 1: 倡议书
CY_PREAMBLE = [
    "2011年3月19日，首列中欧班列从重庆驶出，开启了亚欧大陆铁路运输合作的新篇章。十五年来，中欧班列累计开行超过11万列，通达欧洲26个国家的230余个城市，成为共建“一带一路”的标志性成果和稳定国际产业链供应链的重要力量。",
    "当前，世界百年变局加速演进，全球产业链供应链深度调整，亚欧大陆互联互通面临新的机遇与挑战。为进一步凝聚沿线城市和港口的合作共识，推动中欧班列高质量发展，在2026中欧班列国际合作论坛期间，参会的中欧班列沿线城市和港口共同发起如下倡议：",
]

# (heading, body, sub-items)
CY_ITEMS = [
    ("共建畅通高效的国际物流通道。",
     "沿线城市和港口将加强铁路、港口、口岸等基础设施规划对接，共同推动枢纽节点扩能改造和边境口岸换装能力提升，优化班列运行线路和时刻安排，积极发展中欧班列与西部陆海新通道、长江黄金水道、国际航空货运的多式联运，构建“陆海空”立体联动的亚欧物流网络。",
     []),
    ("共推规则标准“软联通”。",
     "沿线城市和港口将积极推动铁路运单物权化、多式联运“一单制”等规则创新，加强与沿线国家海关、铁路部门在通关、检验检疫、运输组织等方面的协调，推广“一次申报、一次查验、一次放行”模式，降低跨境物流制度性成本。",
     []),
    ("共享数字化发展成果。",
     "沿线城市和港口将加快班列运行、货物追踪、通关监管等信息系统互联互通，推动电子运单、电子提单在沿线国家互认应用，探索建设中欧班列数字化服务平台，为客户提供“一站式”全程可视化服务。",
     []),
    ("共育“班列+”产业生态。",
     "沿线城市和港口将依托中欧班列运输优势，围绕以下方向深化产业合作：",
     ["（一）发展“班列+贸易”，扩大汽车及零部件、电子信息产品、跨境电商商品、农副产品等双向贸易规模；",
      "（二）发展“班列+产业”，支持沿线城市综合保税区、自由贸易试验区与境外合作园区开展产业链协作；",
      "（三）发展“班列+金融”，鼓励金融机构创新基于铁路运单的融资、结算和保险产品。"]),
    ("共促绿色低碳转型。",
     "沿线城市和港口将推广使用新能源集卡、电动换装设备和可循环包装，开展中欧班列碳排放核算与认证合作，打造绿色低碳的国际运输品牌。",
     []),
    ("共筑安全稳定运行屏障。",
     "沿线城市和港口将建立突发事件信息通报和应急协调机制，加强班列运行安全、货物安全和数据安全保障，共同维护国际物流通道安全稳定畅通。",
     []),
    ("共拓人文交流合作。",
     "沿线城市和港口将依托中欧班列开展文化、旅游、教育、体育等领域交流，支持开行文旅主题班列，举办物流人才联合培训，增进沿线人民相互了解和友谊。",
     []),
    ("共建常态化合作机制。",
     "沿线城市和港口同意建立中欧班列沿线城市和港口合作联络机制，原则上每年举办一次合作论坛，由各成员轮流承办，日常联络工作由重庆市人民政府口岸和物流办公室承担。",
     []),
]

CY_CLOSING = "我们诚挚欢迎更多中欧班列沿线城市、港口、企业和机构加入本倡议，携手共建开放、包容、普惠、平衡、共赢的亚欧物流合作新格局，为推动共建“一带一路”高质量发展作出新的更大贡献。"

CY_GRID = [
    ["重庆市", "成都市", "西安市"],
    ["郑州市", "乌鲁木齐市", "义乌市"],
    ["满洲里市", "霍尔果斯市", "德国杜伊斯堡市"],
    ["德国汉堡港务局", "波兰罗兹市", "匈牙利布达佩斯市"],
    ["哈萨克斯坦阿拉木图市", "白俄罗斯明斯克市", ""],
]


def make_changyi():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)
    num_id = add_chinese_numbering(doc)

    # title split across two paragraphs (typed with Enter), empty para after
    para(doc, "中欧班列沿线城市和港口", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=36)
    para(doc, "协同发展倡议书", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=36)
    para(doc)

    for t in CY_PREAMBLE:
        para(doc, t)

    for head, body, subs in CY_ITEMS:
        p = doc.add_paragraph()
        fmt(p, indent=False)
        set_num(p, num_id)
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)
        for s in subs:
            # typed by hand with two full-width spaces instead of indent
            para(doc, "\u3000\u3000" + s, indent=False)

    para(doc, CY_CLOSING)
    para(doc)
    para(doc)

    para(doc, "倡议城市和港口（排名不分先后）：", HT, 16, indent=False)
    tbl = doc.add_table(rows=len(CY_GRID), cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, show=False)
    set_widths(tbl, [Cm(5.8), Cm(5.0), Cm(5.0)])
    for i, row in enumerate(CY_GRID):
        for j, name in enumerate(row):
            cell_text(tbl.cell(i, j), name, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    para(doc)
    # date and place pushed right with typed full-width spaces
    para(doc, "\u3000" * 14 + "2026年5月18日\u3000于重庆", indent=False)

    path = os.path.join(HERE, "blind599_chongqing_changyishu.docx")
    doc.save(path)
    return path


def changyi_clauses():
    out = list(CY_PREAMBLE)
    cn = "一二三四五六七八九"
    for k, (head, body, subs) in enumerate(CY_ITEMS):
        out.append(cn[k] + "、" + head + body)
        out.extend(subs)
    out.append(CY_CLOSING)
    return out


# ---------------------------------------------------------------- doc 2: 备忘录
PARTY_A = "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"
PARTY_B = "德国下莱茵工商会"

MOU_PREAMBLE = (
    PARTY_A + "（以下简称“甲方”）与" + PARTY_B
    + "（以下简称“乙方”）（以下合称“双方”），为落实共建“一带一路”倡议，发挥成都国际铁路港和杜伊斯堡港作为中欧班列重要枢纽节点的作用，促进中德两国企业贸易投资往来，本着平等互利、优势互补、务实高效的原则，经友好协商，达成如下合作意向：")

# each entry: (article text, [sub items])
MOU_ARTICLES = [
    ("第一条\u3000双方同意以中欧班列（成都）为纽带，围绕国际物流、跨境贸易、产业投资和人员交流等领域建立长期稳定的合作关系，共同推动成都国际铁路港与德国下莱茵地区的经贸合作。", []),
    ("第二条\u3000甲方将为乙方会员企业在片区内投资兴业提供以下支持：",
     ["（一）为乙方会员企业设立外商投资企业提供登记注册、项目审批等“一站式”咨询和帮办代办服务；",
      "（二）在外商投资准入负面清单以外的领域，依法保障乙方会员企业享受国民待遇；",
      "（三）协调成都国际铁路港综合保税区、进口肉类指定监管场地等开放平台，为乙方会员企业开展进出口业务提供便利；",
      "（四）按照片区相关产业政策，支持符合条件的乙方会员企业申报专项资金。"]),
    ("第三条\u3000乙方将发挥其在德国下莱茵地区的商会网络优势，开展以下工作：",
     ["（一）向会员企业宣传推介中国（四川）自由贸易试验区及成都国际铁路港的营商环境和政策措施；",
      "（二）每年组织不少于1批次德国企业代表团赴片区开展考察对接；",
      "（三）协助甲方在德国举办招商推介和经贸洽谈活动；",
      "（四）收集并反馈会员企业在对华贸易投资中遇到的困难和诉求。"]),
    ("第四条\u3000双方支持在成都国际铁路港与杜伊斯堡港之间开行“点对点”中欧班列精品线路，探索开展回程班列集拼集运、“班列+海外仓”等业务模式，提升回程货源组织水平。", []),
    ("第五条\u3000双方共同推动跨境电商合作。甲方支持乙方会员企业利用中国（成都）跨境电子商务综合试验区政策开展跨境电商进出口业务，乙方协助片区跨境电商企业在德国设立海外仓和售后服务网点。", []),
    ("第六条\u3000双方确定2026年度重点合作事项如下：", []),
    # table goes after 第六条
    ("第七条\u3000双方建立定期会晤和联络机制。双方原则上每年举行一次高层会晤，轮流在中国成都和德国杜伊斯堡举行；日常联络工作由甲方投资促进局和乙方国际业务部负责。", []),
    ("第八条\u3000双方在本备忘录框架下开展合作所需费用，由双方按照各自承担的工作内容自行负担，具体合作项目另行商定。", []),
    ("第九条\u3000双方对在合作中获知的对方未公开信息负有保密义务，未经对方书面同意，不得向第三方披露。", []),
    ("第十条\u3000本备忘录为双方合作意向的表达，不构成具有法律约束力的义务。本备忘录执行过程中如有未尽事宜，由双方友好协商解决。", []),
    ("第十一条\u3000本备忘录经双方协商一致，可以书面形式修改或补充。任何一方可提前三个月以书面形式通知对方终止本备忘录。", []),
    ("第十二条\u3000本备忘录自双方代表签字之日起生效，有效期至2029年5月17日。有效期届满前三个月内，双方可协商续签。", []),
    ("第十三条\u3000本备忘录于2026年5月18日在中国重庆签署，一式四份，每份均以中文和德文写成，双方各执两份，两种文本具有同等效力。", []),
]

MOU_TABLE_HEAD = ["序号", "合作事项", "责任方", "完成时间"]
MOU_TABLE = [
    ["1", "在德国杜伊斯堡市举办“蓉欧投资贸易推介会”", "甲方、乙方", "2026年9月"],
    ["2", "组织德国下莱茵地区企业代表团赴成都国际铁路港考察", "乙方", "2026年10月"],
    ["3", "在片区设立“中德企业服务驿站”", "甲方", "2026年12月"],
    ["4", "编制《德国企业在片区投资指南》（中德双语）", "甲方", "2026年11月"],
]


def make_mou():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)

    # title in one paragraph with soft line breaks (Shift+Enter)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=34)
    r = p.add_run(PARTY_A)
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("与" + PARTY_B)
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("中欧班列经贸合作备忘录")
    set_font(r, XBS, 22)
    para(doc)

    para(doc, MOU_PREAMBLE)

    for text, subs in MOU_ARTICLES:
        p = doc.add_paragraph()
        fmt(p)
        head, rest = text.split("\u3000", 1)
        # article number typed in bold 黑体 run, separated by a full-width space
        set_font(p.add_run(head), HT, 16)
        set_font(p.add_run("\u3000" + rest), FS, 16)
        for s in subs:
            para(doc, s)
        if text.startswith("第六条"):
            tbl = doc.add_table(rows=1 + len(MOU_TABLE), cols=4)
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(tbl, True)
            widths = [Cm(1.4), Cm(7.4), Cm(3.2), Cm(3.6)]
            for j, h in enumerate(MOU_TABLE_HEAD):
                cell_text(tbl.cell(0, j), h, HT, 14)
            for i, row in enumerate(MOU_TABLE, start=1):
                for j, v in enumerate(row):
                    cell_text(tbl.cell(i, j), v, FS, 14,
                              align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            set_widths(tbl, widths)

    para(doc, "（以下无正文）", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)

    # signature page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "（此页为签字页）", KT, 16, indent=False)
    para(doc)
    sig = doc.add_table(rows=4, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(sig, False)
    set_widths(sig, [Cm(7.8), Cm(7.8)])
    cell_text(sig.cell(0, 0), "甲方：", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    cell_text(sig.cell(0, 1), "乙方：", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    cell_text(sig.cell(1, 0), PARTY_A + "（盖章）", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    cell_text(sig.cell(1, 1), PARTY_B + "（盖章）", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    cell_text(sig.cell(2, 0), "代表签字：\u3000\u3000\u3000\u3000\u3000", FS, 16,
              align=WD_ALIGN_PARAGRAPH.LEFT, exact=60)
    cell_text(sig.cell(2, 1), "代表签字：\u3000\u3000\u3000\u3000\u3000", FS, 16,
              align=WD_ALIGN_PARAGRAPH.LEFT, exact=60)
    cell_text(sig.cell(3, 0), "日期：2026年5月18日", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)
    cell_text(sig.cell(3, 1), "日期：2026年5月18日", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, exact=30)

    path = os.path.join(HERE, "blind599_qingbaijiang_beiwanglu.docx")
    doc.save(path)
    return path


def mou_clauses():
    out = [MOU_PREAMBLE]
    for text, subs in MOU_ARTICLES:
        out.append(text)
        out.extend(subs)
        if text.startswith("第六条"):
            for row in MOU_TABLE:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(MOU_TABLE_HEAD, row)))
    return out


# ---------------------------------------------------------------- main
def main():
    p1 = make_changyi()
    p2 = make_mou()
    for p in (p1, p2):
        convert(p)

    issuers = [n for row in CY_GRID for n in row if n]
    expected = {
        "blind599_chongqing_changyishu": [{
            "meta": {
                "title": "中欧班列沿线城市和港口协同发展倡议书",
                "doc_number": None,
                "issuer": issuers,
                "date": "2026-05-18",
                "published": "2026-05-18",
                "level": "municipal",
                "region": "中欧班列沿线城市和港口",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "倡议书",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": changyi_clauses(),
        }],
        "blind599_qingbaijiang_beiwanglu": [{
            "meta": {
                "title": PARTY_A + "与" + PARTY_B + "中欧班列经贸合作备忘录",
                "doc_number": None,
                "issuer": [PARTY_A, PARTY_B],
                "date": "2026-05-18",
                "published": None,
                "level": "zone",
                "region": "中国（四川）自由贸易试验区成都青白江铁路港片区",
                "effective": "2026-05-18",
                "expires": "2029-05-17",
                "attachments": [],
                "doc_type": "合作备忘录",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": mou_clauses(),
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
