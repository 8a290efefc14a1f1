# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1045: 省人民政府令 + 地方政府规章（办法）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"      # full-width space
IND = SP * 2       # typed indent

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def field(p, instr, shown, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def footer_dash(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    field(fp, "PAGE", "1")
    font(fp.add_run(" —"), SONG, 14)


def footer_x_of_y(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), SONG, 10.5)
    field(fp, "PAGE", "1", SONG, 10.5)
    font(fp.add_run(" 页 共 "), SONG, 10.5)
    field(fp, "NUMPAGES", "1", SONG, 10.5)
    font(fp.add_run(" 页"), SONG, 10.5)


def ling_head(doc, organ_ling, number, rule=True):
    """政府令 head: red 'XX省人民政府令' + 第N号 (+ red rule)."""
    empty(doc, 1)
    add_par(doc, [(organ_ling, XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    p = add_par(doc, [(number, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=30, before=6)
    if rule:
        border(p, "bottom", "FF0000", 18, 12)
    empty(doc, 1)


def chapter(doc, t):
    add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            before=6, after=6)


def section_title(doc, t):
    add_par(doc, [(t, KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1045", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, bold_ht=False):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    rpr = ""
    if bold_ht:
        rpr = ('<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:hint="eastAsia"/>'
               '<w:b/><w:sz w:val="32"/></w:rPr>')
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>%s</w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, rpr))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def meta(title, number, issuer, date, region, effective, repeals=None):
    return {
        "title": title,
        "doc_number": number,
        "issuer": [issuer],
        "date": date,
        "published": None,
        "level": "provincial",
        "region": region,
        "effective": effective,
        "expires": None,
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": repeals,
    }


# =================================================================== DOC A
def doc_yunnan():
    """令 page + page break + 办法; footer '第 X 页 共 Y 页'."""
    stem = "blind1045_yunnan_ling"
    doc = Document()
    setup(doc)
    footer_x_of_y(doc.sections[0])
    clauses = []

    ling_head(doc, "云南省人民政府令", "第238号")
    t = ("《云南省跨境物流发展促进办法》已经2026年2月27日省人民政府第52次常务会议"
         "审议通过，现予公布，自2026年5月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 2)
    p = add_par(doc, "省长　李明远", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    page_break(doc)

    # title wrapped at an odd place with Shift+Enter
    p = add_par(doc, [("云南省跨境物流发展", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("促进办法"), XBS, 22)
    empty(doc, 1)

    def art(num, text, items=(), paras=(), items_soft=False):
        """article: number bold 黑体, text run on; items / further paragraphs."""
        clauses.append(num + SP + text + "".join(items) + "".join(paras))
        p = add_par(doc, [(num, HT, 16, True), (SP + text, FS, 16, False)])
        if items_soft:
            # items typed inside the same paragraph after manual line breaks
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
        else:
            for it in items:
                add_par(doc, it)
        for x in paras:
            add_par(doc, x)

    chapter(doc, "第一章　总则")
    art("第一条", "为了促进跨境物流高质量发展，加快建设面向南亚东南亚辐射中心，服务和融入共建“一带一路”，根据有关法律、行政法规，结合本省实际，制定本办法。")
    art("第二条", "本省行政区域内跨境物流通道和基础设施建设、跨境物流服务及其促进保障活动，适用本办法。",
        paras=["本办法所称跨境物流，是指货物通过铁路、公路、航空、水运、管道等方式，经本省口岸进出境的物流活动。"])
    art("第三条", "县级以上人民政府应当加强对跨境物流发展工作的领导，将其纳入国民经济和社会发展规划，建立健全协调机制，研究解决跨境物流发展中的重大问题。",
        paras=["沿边州（市）、县（市）人民政府应当结合口岸功能定位，推动口岸经济发展。"])
    art("第四条", "省商务主管部门负责统筹推进全省跨境物流发展工作，履行下列职责：",
        items=["（一）组织编制跨境物流发展专项规划；",
               "（二）会同有关部门拟订跨境物流扶持政策；",
               "（三）建立跨境物流统计监测和评价制度；",
               "(四)协调解决跨境物流发展中的其他重要事项。"],
        paras=["发展改革、交通运输、财政、自然资源、口岸管理等部门和海关、出入境边防检查等单位按照各自职责，做好跨境物流相关工作。"])

    chapter(doc, "第二章　通道与设施建设")
    art("第五条", "省人民政府应当依托中老铁路、中越铁路、昆曼国际公路和中缅陆水联运通道，构建连接南亚东南亚的国际物流大通道，推动中老铁路“澜湄快线”和“中老铁路+中欧班列”常态化运营。")
    art("第六条", "支持昆明建设国家物流枢纽，支持磨憨、瑞丽、河口等口岸城市建设边境物流节点，推动口岸、综合保税区、边境经济合作区和跨境经济合作区联动发展。")
    art("第七条", "县级以上人民政府应当将跨境物流基础设施建设纳入国土空间规划，对符合条件的国际物流园区、海外仓、冷链物流设施用地予以优先保障。")

    chapter(doc, "第三章　服务与便利化")
    art("第八条", "海关、出入境边防检查等单位应当依托国际贸易“单一窗口”，推行提前申报、“两段准入”、铁路快速通关等便利措施，压缩跨境货物整体通关时间。")
    art("第九条", "鼓励和支持跨境物流企业开展下列业务：",
        items=["（一）在老挝、缅甸、越南、泰国等国家布局海外仓和分拨中心；",
               "（二）发展跨境多式联运，推行“一单制”全程物流服务；",
               "（三）开展跨境冷链物流，扩大果蔬、鲜切花、水产品等进出口；",
               "（四）应用物联网、北斗导航等技术建设跨境物流信息平台。"],
        items_soft=True)
    art("第十条", "省商务主管部门应当会同有关部门建立跨境物流企业服务清单，为企业提供政策咨询、境外风险预警和纠纷解决指引等服务。")

    chapter(doc, "第四章　保障措施")
    art("第十一条", "省级相关专项资金应当对跨境物流通道建设、海外仓布局、国际班列开行等予以支持。具体办法由省财政部门会同省商务主管部门制定。")
    art("第十二条", "鼓励金融机构开发适合跨境物流的信贷、保险产品，支持在跨境物流业务中使用人民币结算。")
    art("第十三条", "县级以上人民政府及其有关部门工作人员在跨境物流促进工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。")

    chapter(doc, "第五章　附则")
    art("第十四条", "本办法自2026年5月1日起施行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("云南省跨境物流发展促进办法", "云南省人民政府令第238号", "云南省人民政府",
                     "2026-03-12", "云南省", "2026-05-01"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_shaanxi():
    """令 in section 1 (no page number), 办法 in section 2 (own footer, restart at 1)."""
    stem = "blind1045_shaanxi_ling"
    doc = Document()
    setup(doc)
    clauses = []

    ling_head(doc, "陕西省人民政府令", "第263号", rule=False)
    t = ("《陕西省中欧班列运营服务管理办法》已于2026年1月8日经省人民政府第19次常务会议"
         "通过，现予公布，自2026年3月1日起施行。")
    clauses.append(t)
    add_par(doc, IND + t, indent=False)
    empty(doc, 2)
    # 省长 / date placed with typed spaces (no right alignment)
    add_par(doc, " " * 34 + "省  长" + SP + "赵海川", indent=False)
    add_par(doc, " " * 30 + "二〇二六年一月二十日", indent=False)

    # ---- new section for the rule itself
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    footer_dash(sec)
    sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))

    # title in two separate paragraphs
    add_par(doc, [("陕西省中欧班列运营服务", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def art(num, text, items=(), paras=(), gap=SP):
        clauses.append(num + gap + text + "".join(items) + "".join(paras))
        add_par(doc, [(IND, FS, 16, False), (num, HT, 16, True), (gap + text, FS, 16, False)],
                indent=False)
        for it in items:
            add_par(doc, IND + it, indent=False)
        for x in paras:
            add_par(doc, IND + x, indent=False)

    chapter(doc, "第一章　总　则")
    art("第一条", "为了规范中欧班列运营服务，提升中欧班列（西安）集结中心功能，推动内陆地区高水平对外开放，根据有关法律、行政法规，结合本省实际，制定本办法。")
    art("第二条", "本省行政区域内中欧班列的开行组织、运营服务、安全管理及其监督管理活动，适用本办法。")
    art("第三条", "中欧班列运营服务应当坚持政府引导、市场运作、安全高效、开放共享的原则。")
    art("第四条", "省人民政府建立中欧班列工作协调机制，研究解决中欧班列发展中的重大问题。",
        paras=["省发展改革部门负责中欧班列发展的综合协调；省商务、交通运输、财政、公安等部门按照各自职责做好相关工作。",
               "西安市人民政府和西安国际港务区管理委员会负责中欧班列（西安）集结中心的建设和日常管理。"])

    chapter(doc, "第二章　运营服务")
    section_title(doc, "第一节　线路与集结")
    art("第五条", "运营平台公司应当统筹线路资源，优化去程和回程线路布局，稳定开行至中亚、欧洲的常态化线路，积极开发经跨里海国际运输走廊、中吉乌铁路等通道的新线路。")
    art("第六条", "支持省内各设区的市依托中欧班列（西安）集结中心开行集结班列，推动形成“干支结合、枢纽集散”的运行模式。")
    art("第七条", "运营平台公司应当公开班列开行计划、运价规则和服务标准，不得有下列行为：",
        items=["（一）无正当理由拒绝提供订舱服务；",
               "（二）对条件相同的用户实行差别待遇；",
               "（三）违反规定收取费用；",
               "（四）法律、法规禁止的其他行为。"])
    section_title(doc, "第二节　通关与便利")
    art("第八条", "海关等单位应当推行“属地申报、口岸验放”“铁路快速通关”等模式，支持中欧班列与跨境电商、邮件快件、整车进口等业务融合发展。",
        gap=" ")
    art("第九条", "鼓励运营平台公司与沿线国家铁路、海关、物流企业开展合作，推动运单、舱单等数据信息互换共享，推广使用铁路运输单证融资。")

    chapter(doc, "第三章　安全与应急")
    art("第十条", "运营平台公司应当建立健全安全生产责任制度，加强对危险货物、禁限运货物的检查，防止夹带、匿报危险货物。")
    art("第十一条", "省发展改革部门应当会同有关部门制定中欧班列突发事件应急预案。因境外突发事件等原因导致班列停运、延误的，运营平台公司应当及时启动应急处置，保障货物安全，并向托运人通报有关情况。")

    chapter(doc, "第四章　附　则")
    art("第十二条", "本办法所称运营平台公司，是指经省人民政府确定，负责中欧班列（西安）开行组织和运营服务的企业。")
    art("第十三条", "本办法自2026年3月1日起施行。2016年8月5日省人民政府公布的《陕西省中欧班列“长安号”运营管理暂行办法》同时废止。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("陕西省中欧班列运营服务管理办法", "陕西省人民政府令第263号", "陕西省人民政府",
                     "2026-01-20", "陕西省", "2026-03-01",
                     repeals="《陕西省中欧班列“长安号”运营管理暂行办法》"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五"]


def doc_zhejiang():
    """令 and 办法 flowing on; articles and items with Word automatic numbering; 版记."""
    stem = "blind1045_zhejiang_ling"
    doc = Document()
    setup(doc)
    footer_dash(doc.sections[0])
    clauses = []
    n_art = make_numbering(doc, "第%1条　", bold_ht=True)

    ling_head(doc, "浙江省人民政府令", "第421号")
    t = ("《浙江省境外经贸合作区建设促进办法》已经2026年3月24日省人民政府第71次常务会议"
         "审议通过，现予公布，自2026年6月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 1)
    # 省长 / date aligned with a right tab stop
    for txt in ("省长：陈立平", "2026年4月3日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.4), 2)
    empty(doc, 2)

    p = add_par(doc, [("浙江省境外经贸合作区建设", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("促进办法"), XBS, 22)
    empty(doc, 1)

    k = [0]

    def art(text, items=(), paras=()):
        k[0] += 1
        num = "第%s条" % CN_NUM[k[0] - 1]
        clauses.append(num + SP + text + "".join(items) + "".join(paras))
        p = add_par(doc, [(text, FS, 16, False)], first=Pt(32))
        apply_num(p, n_art)
        if items:
            n_it = make_numbering(doc, "（%1）")
            for it in items:
                # items are numbered automatically: strip the typed （一）
                q = add_par(doc, it[3:], first=Pt(32))
                apply_num(q, n_it)
        for x in paras:
            add_par(doc, x)

    chapter(doc, "第一章　总则")
    art("为了推动境外经贸合作区（以下简称合作区）高质量建设，支持企业有序开展国际产能合作，服务共建“一带一路”，根据有关法律、行政法规，结合本省实际，制定本办法。")
    art("本办法所称合作区，是指本省企业作为实施主体，在境外投资建设，基础设施较为完善、产业链较为完整、辐射和带动能力较强的产业园区。")
    art("省商务主管部门负责合作区建设促进工作的统筹协调和监督管理。",
        paras=["省发展改革、经济和信息化、财政、自然资源等部门和中国人民银行浙江省分行、国家外汇管理局浙江省分局等单位按照各自职责做好相关工作。"])

    chapter(doc, "第二章　建设与运营")
    art("合作区实施主体应当具备下列条件：",
        items=["（一）在本省依法登记注册的企业法人；",
               "（二）具有与合作区建设相适应的资金实力和运营管理能力；",
               "（三）近三年未发生重大违法违规行为。"])
    art("合作区实施主体应当遵守东道国法律法规，尊重当地风俗习惯，履行社会责任，加强生态环境保护和劳工权益保障。")
    art("支持合作区围绕汽车零部件、纺织服装、新能源、数字经济等产业开展招商，引导省内产业链上下游企业抱团入区。",
        paras=["支持泰国、印度尼西亚、塞尔维亚、埃塞俄比亚等国的合作区建设成为高水平示范园区。"])

    chapter(doc, "第三章　服务与保障")
    art("省商务主管部门应当会同有关部门建立合作区公共服务平台，提供下列服务：",
        items=["（一）东道国投资环境、法律政策和安全形势信息；",
               "（二）投资项目对接和境外经贸活动组织；",
               "（三）境外风险预警和突发事件应急处置指导。"])
    art("省财政安排的相关专项资金，对符合条件的合作区基础设施建设、公共服务平台建设等予以支持。")
    art("鼓励金融机构为合作区及入区企业提供跨境融资、出口信用保险和跨境人民币结算等服务。")
    art("合作区实施主体应当建立安全风险防控制度，按照规定向省商务主管部门报送合作区建设运营情况和重大事项。")

    chapter(doc, "第四章　附则")
    art("本办法自2026年6月1日起施行。")

    # 版记
    empty(doc, 2)
    p = add_par(doc, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
                       FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("浙江省人民政府办公厅", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年4月3日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("浙江省境外经贸合作区建设促进办法", "浙江省人民政府令第421号", "浙江省人民政府",
                     "2026-04-03", "浙江省", "2026-06-01"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_shaanxi(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
