# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 446 blind documents: speech manuscripts and 主持词 (spoken documents)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

BR = ("__BR__",)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), name)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    # page number footer  — 1 —
    footer = sec.footer
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def add_par(doc, segs, font=FS, size=16, bold=False, align=None, indent=True, exact=28):
    """segs: str or list of str / (text, font, bold) / BR"""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s == BR:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        if isinstance(s, str):
            r = p.add_run(s)
            set_font(r, font, size, bold)
        else:
            txt, f, b = s
            r = p.add_run(txt)
            set_font(r, f, size, b)
    return p


def seg_text(segs):
    if isinstance(segs, str):
        return segs
    out = []
    for s in segs:
        if s == BR:
            continue
        out.append(s if isinstance(s, str) else s[0])
    return "".join(out)


def empty(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    return p


def title(doc, segs):
    add_par(doc, segs, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ------------------------------------------------------- auto numbering
def add_chinese_numbering(doc):
    """Word multilevel list: level 0 '一、' (黑体), level 1 '（一）' (楷体 bold)."""
    numbering = doc.part.numbering_part.element
    abs_id = 4460
    num_id = 446
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlRestart w:val="1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abs_id)
    )
    absn = parse_xml(xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, abs_id))
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl):
    ppr = p._element.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, num_id))
    ppr.insert(0, numpr)
    # the numbering supplies the indent; drop the direct first-line indent
    p.paragraph_format.first_line_indent = Pt(32)


CN = "一二三四五六七八九十"


def meta(title_, issuer, date, level, region, doc_type):
    return {
        "title": title_,
        "doc_number": None,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


# =================================================================== DOC 1
def doc_sichuan_jianghua():
    """Provincial leader's speech, typed numbering, bold run-in summary sentences."""
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        add_par(doc, segs, **kw)
        clauses.append(seg_text(segs))

    def head(txt):
        add_par(doc, txt, font=HT)

    # title split over two lines with a soft line break
    title(doc, ["在2026年全省自贸试验区建设", BR, "推进会上的讲话"])
    empty(doc)
    add_par(doc, "罗明远", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, "（2026年3月18日）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    add_par(doc, "同志们：", indent=False)

    body("今天，省政府召开全省自贸试验区建设推进会，主要任务是深入贯彻中央经济工作会议部署，"
         "认真落实省委、省政府关于扩大高水平对外开放的决策部署，总结2025年全省自贸试验区建设工作，"
         "安排部署2026年重点任务。刚才，省商务厅通报了2025年建设情况，成都天府新区片区、"
         "成都青白江铁路港片区、川南临港片区和成都海关作了交流发言，讲得都很好，"
         "请大家结合实际认真学习借鉴。下面，我讲四点意见。")

    head("一、充分肯定2025年全省自贸试验区建设取得的积极成效")
    body("2025年，各地各部门坚持以制度创新为核心，以可复制可推广为基本要求，扎实推进自贸试验区提升战略，"
         "各项工作取得了新的进展。")
    # bold run-in split into two bold runs with different fonts
    body([("一是", HT, False), ("制度创新成果持续涌现。", FS, True),
          "全年形成制度创新成果46项，其中8项在全国复制推广，“铁路运输单证物权化”“中欧班列集拼集运”等改革经验"
          "得到国家有关部委充分肯定。第六批36个最佳实践案例在全省复制推广，带动协同改革先行区新增改革试点事项112项。"])
    body([("二是开放型经济量质齐升。", FS, True),
          "全省自贸试验区实现进出口总额4186亿元，同比增长9.7%，以不到全省万分之四的面积贡献了全省约四分之一的外贸进出口；"
          "新设外商投资企业486家，实际使用外资21.3亿美元，同比增长12.4%。"])
    body([("三是通道枢纽能级加快提升。", FS, True),
          "中欧班列（成渝）全年开行超过5200列，新开通至布达佩斯、伊斯坦布尔等线路6条；",
          BR,
          "西部陆海新通道班列开行3100余列，川南临港片区铁公水多式联运“一单制”实现常态化运行。",
          ("（掌声）", KT, False)])
    body([("四是营商环境持续优化。", FS, True),
          "外商投资准入前国民待遇加负面清单管理制度全面落实，“一网通办”事项覆盖率达到98%以上，"
          "企业开办时间压缩至1个工作日以内，跨境贸易便利化水平稳居中西部前列。"])
    body("在肯定成绩的同时，我们也要清醒看到存在的问题和不足：首创性、集成性改革成果还不够多，部分改革试点任务推进缓慢；"
         "片区之间发展不平衡，协同联动还不够紧密；产业集聚度不高，外贸外资规模与先进地区相比仍有较大差距。"
         "对这些问题，我们必须高度重视，切实加以解决。")
    empty(doc)

    head("二、准确把握新形势下自贸试验区建设的新要求")
    body([("第一，要从服务国家战略的高度认识自贸试验区建设。", FS, True),
          "党中央明确提出实施自由贸易试验区提升战略，赋予自贸试验区更大改革自主权。我们要主动对接高标准国际经贸规则，"
          "在更深层次、更宽领域开展压力测试，为国家积累更多可复制可推广的制度成果。"])
    body([("第二，要从稳外贸稳外资的现实需要认识自贸试验区建设。", FS, True),
          "当前，外部环境复杂性、严峻性、不确定性上升，外贸外资企业面临的困难和挑战增多。"
          "自贸试验区作为开放型经济的主阵地，必须在稳住外贸外资基本盘上挑大梁、作贡献。"])
    body([("第三，要从推动全省高质量发展的全局认识自贸试验区建设。", FS, True),
          "四川地处内陆，开放是最大的短板，也是最大的潜力。自贸试验区建设越是走在前列，"
          "全省开放型经济发展的空间就越大、后劲就越足。"])
    empty(doc)

    head("三、聚焦重点任务，推动全省自贸试验区建设再上新台阶")
    body([("（一）聚焦制度型开放，加大首创性差别化探索力度。", KT, True),
          "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，"
          "在服务贸易、数字贸易、知识产权保护、政府采购等领域开展先行先试。2026年，全省自贸试验区力争形成制度创新成果40项以上，"
          "向国家报送试点经验10项以上。"])
    body([("（二）聚焦通道建设，提升国际物流枢纽能级。", KT, True),
          "推动中欧班列（成渝）高质量发展，加快集结中心建设，稳定开行回程班列；深化西部陆海新通道建设，"
          "拓展铁海联运、跨境公路班车等线路；支持成都青白江铁路港片区扩大铁路运输单证金融服务试点范围。"])
    body([("（三）聚焦产业培育，做强外向型产业集群。", KT, True),
          "加快成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区、宜宾综合保税区等转型升级，"
          "大力发展保税研发、保税维修、保税展示交易等新业态；支持跨境电商综合试验区与自贸试验区联动发展，"
          "培育跨境电商产业园区和海外仓，力争全省跨境电商交易额增长15%以上。"])
    body([("（四）聚焦外商投资，打造一流营商环境。", KT, True),
          "全面落实外商投资准入负面清单，确保“非禁即入”；健全外商投资企业服务保障机制，加强外资项目全生命周期服务；"
          "用好中国—欧洲中心、中德（蒲江）中小企业合作区等平台，扩大与共建“一带一路”国家经贸合作。",
          ("（掌声）", KT, False)])
    body([("（五）聚焦风险防控，守牢安全发展底线。", KT, True),
          "坚持“放得开”与“管得住”相统一，健全与开放水平相适应的风险防控体系，"
          "强化对跨境资金流动、数据跨境流动等重点领域的监测预警，确保不发生系统性风险。"])
    empty(doc)

    # heading typed with a trailing full-width space
    add_par(doc, "四、压紧压实责任，确保各项任务落地见效　", font=HT)
    body([("一要加强统筹协调。", FS, True),
          "省自贸试验区工作领导小组要发挥统筹作用，定期研究解决重大问题。省级有关部门要主动靠前服务，"
          "能下放的省级管理权限原则上全部下放到片区。"])
    body([("二要强化考核评估。", FS, True),
          "省自贸办要牵头建立改革试点任务台账，实行清单化管理、项目化推进，每季度通报一次进展情况，"
          "评估结果纳入省政府目标绩效考核。"])
    body([("三要营造浓厚氛围。", FS, True),
          "要建立健全容错纠错机制，鼓励基层大胆试、大胆闯、自主改。要加强宣传推介，讲好四川自贸故事，"
          "为自贸试验区建设营造良好舆论环境。"])
    body(["同志们，自贸试验区建设使命光荣、责任重大。让我们坚定信心、真抓实干，以更大力度推进自贸试验区建设，"
          "为谱写中国式现代化四川新篇章作出新的更大贡献！", ("（掌声）", KT, False)])
    body("谢谢大家！")
    empty(doc)

    stem = "blind446_sichuan_jianghua"
    save(doc, stem)
    m = meta("在2026年全省自贸试验区建设推进会上的讲话", ["罗明远"], "2026-03-18",
             "provincial", "四川省", "讲话")
    return stem, [{"meta": m, "clauses": clauses}]


# =================================================================== DOC 2
def doc_sichuan_zhuchici():
    """The meeting's 主持词: one short paragraph per agenda step."""
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        add_par(doc, segs, **kw)
        clauses.append(seg_text(segs))

    title(doc, "2026年全省自贸试验区建设推进会主持词")
    empty(doc)
    # name padded with full-width spaces, typed by hand
    add_par(doc, "省政府副秘书长　陈　静", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, "（2026年3月18日）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    add_par(doc, "同志们：", indent=False)

    body("现在开会。")
    body("今天召开的全省自贸试验区建设推进会，是经省委、省政府同意召开的一次重要会议，主要任务是总结2025年全省自贸试验区建设工作，"
         "分析当前形势，安排部署2026年重点任务，推动自贸试验区提升战略在我省落地见效。")
    body("出席今天会议的省领导有：省人民政府副省长罗明远同志。")
    body("参加今天会议的还有：省自贸试验区工作领导小组成员单位负责同志，成都海关、中国人民银行四川省分行、"
         "国家金融监督管理总局四川监管局负责同志，成都市、泸州市、宜宾市、德阳市等市（州）政府分管负责同志，"
         "各片区管委会、各协同改革先行区主要负责同志。")
    body("会议以视频形式开到市（州），各市（州）设分会场，市（州）政府有关部门和县（市、区）有关负责同志在分会场参加会议。")
    # agenda with soft line breaks after each item
    body(["今天的会议共有四项议程：", BR,
          "一是省商务厅通报2025年全省自贸试验区建设情况；", BR,
          "二是交流发言；", BR,
          "三是宣读第七批四川自贸试验区最佳实践案例；", BR,
          "四是罗明远副省长讲话。"])
    empty(doc)
    body([("现在进行会议第一项：", FS, True),
          "请省商务厅党组书记、厅长张立群同志通报2025年全省自贸试验区建设情况。"])
    empty(doc)
    body([("（通报结束后）", KT, False), ("现在进行会议第二项：", FS, True),
          "交流发言。共有4个单位发言，每个单位发言时间控制在5分钟以内。首先，请成都天府新区片区发言。"])
    body("下面，请成都青白江铁路港片区发言。")
    body("下面，请川南临港片区发言。")
    body("最后，请成都海关发言。")
    empty(doc)
    body([("现在进行会议第三项：", FS, True),
          "请省商务厅副厅长刘晓燕同志宣读《四川省自由贸易试验区工作领导小组办公室关于印发第七批四川自贸试验区最佳实践案例的通知》。"])
    empty(doc)
    body([("现在进行会议第四项：", FS, True), "请罗明远副省长讲话。大家欢迎。"])
    empty(doc)
    body([("（讲话结束后）", KT, False),
          "同志们，刚才，罗明远副省长作了重要讲话，充分肯定了2025年全省自贸试验区建设取得的成效，深刻分析了当前面临的形势，"
          "对2026年重点工作作了全面部署，讲得非常深刻、非常具体，具有很强的针对性和指导性，我们一定要认真学习领会、抓好贯彻落实。"
          "下面，就贯彻落实会议精神，我再强调三点："])
    body([("一是迅速传达学习。", FS, True),
          "各市（州）、各片区和省级有关部门要在会后一周内传达学习本次会议精神，结合实际研究提出贯彻落实的具体措施。"])
    body([("二是细化分解任务。", FS, True),
          "省自贸办要对照罗明远副省长讲话要求，细化形成2026年重点任务清单，明确责任单位和完成时限，于4月上旬印发实施。"])
    body([("三是及时报送情况。", FS, True),
          "各片区、各有关部门要于2026年4月10日前将贯彻落实会议精神情况书面报送省自贸办，省自贸办汇总后报省政府。"])
    body("同志们，今年是“十五五”开局之年，做好自贸试验区建设工作意义重大。希望大家以这次会议为契机，主动担当、真抓实干，"
         "奋力推动全省自贸试验区建设迈上新台阶！")
    body("散会！")

    stem = "blind446_sichuan_zhuchici"
    save(doc, stem)
    m = meta("2026年全省自贸试验区建设推进会主持词", ["陈静"], "2026-03-18",
             "provincial", "四川省", "主持词")
    return stem, [{"meta": m, "clauses": clauses}]


# =================================================================== DOC 3
def doc_luzhou_jianghua():
    """Zone-level speech: Word auto numbering, leading spaces, a table, Chinese-numeral date."""
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    clauses = []
    counters = {0: 0, 1: 0}

    SP = "　　"  # two full-width spaces typed instead of a first-line indent

    def body(segs):
        if isinstance(segs, str):
            segs = [segs]
        add_par(doc, [SP] + list(segs), indent=False)
        clauses.append(seg_text(segs))

    def head(txt):
        p = add_par(doc, txt, font=HT)
        set_num(p, num_id, 0)
        counters[0] += 1
        counters[1] = 0

    def item(segs):
        p = add_par(doc, segs)
        set_num(p, num_id, 1)
        counters[1] += 1
        clauses.append("（%s）" % CN[counters[1] - 1] + seg_text(segs))

    add_par(doc, "会议材料之一", font=HT, indent=False)
    empty(doc)
    title(doc, "在中国（四川）自由贸易试验区川南临港片区2026年建设工作会议上的讲话")
    empty(doc)
    add_par(doc, ["泸州市人民政府副市长、川南临港片区管委会主任　何　平", BR, "（二〇二六年二月二十六日）"],
            font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    add_par(doc, "同志们：", indent=False)

    body("今天召开片区2026年建设工作会议，主要任务是贯彻落实全省商务工作会议和市委经济工作会议精神，"
         "总结2025年片区建设工作，部署2026年重点任务。下面，我讲三个方面的意见。")

    head("2025年片区建设成效明显")
    body("2025年，片区上下坚持以制度创新为核心，统筹推进改革、开放、发展各项工作，主要指标实现逆势增长。")

    # table caption (not a clause) + table
    add_par(doc, "表1　2025年片区主要经济指标完成情况", font=HT, size=14,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    header = ["指标", "2025年完成值", "同比增长"]
    rows = [
        ["新设企业（户）", "4126", "11.2%"],
        ["其中：外商投资企业（户）", "38", "18.8%"],
        ["实际使用外资（万美元）", "6850", "9.6%"],
        ["进出口总额（亿元）", "312.5", "14.3%"],
        ["港口集装箱吞吐量（万标箱）", "21.6", "7.5%"],
        ["跨境电商交易额（亿元）", "28.4", "36.1%"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for ci, h in enumerate(header):
        c = t.rows[0].cells[ci]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = c.paragraphs[0].add_run(h)
        set_font(r, HT, 12)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(v)
            set_font(r, FS, 12)
        clauses.append("；".join("%s：%s" % (header[i], row[i]) for i in range(3)))
    empty(doc)

    body(["一年来，我们累计形成制度创新成果17项，其中“港口物流‘一单制’”“白酒产业链金融服务创新”等4项入选全省最佳实践案例；"
          "泸州综合保税区新增入区企业23家，保税物流、保税加工业务量实现翻番；川南临港片区至钦州港的铁海联运班列实现“天天班”。"
          "这些成绩的取得，是全体干部职工拼搏奉献的结果。在此，我代表片区管委会，向大家表示衷心的感谢！",
          ("（掌声）", KT, False)])

    head("准确把握片区发展面临的机遇和挑战")
    body("从机遇看，国家深入推进共建“一带一路”和西部陆海新通道建设，长江经济带高质量发展、成渝地区双城经济圈建设深入实施，"
         "为片区拓展开放空间提供了重要机遇。从挑战看，周边地区开放平台竞相发力，片区在产业规模、通道成本、人才集聚等方面仍有不少短板。"
         "我们必须增强机遇意识和忧患意识，在区域竞争中抢抓先机、赢得主动。")

    head("全力抓好2026年重点工作")
    item([("坚持改革引领，在制度创新上实现新突破。", KT, True),
          "聚焦港口物流、白酒产业、医药健康等特色领域，全年力争形成制度创新成果15项以上，争取2项以上在全省复制推广。"
          "深化“证照分离”改革，推进相对集中行政许可权改革，将市级下放的127项管理权限全部承接到位。"])
    item([("坚持通道带动，在开放能级上实现新突破。", KT, True),
          "加快泸州港多式联运示范工程建设，稳定开行泸州至钦州港的铁海联运班列和泸州至上海洋山港的江海联运班轮；"
          "积极对接中欧班列（成渝），探索开行“泸州—成都—欧洲”水铁联运线路，力争港口集装箱吞吐量达到25万标箱。"])
    item([("坚持产业为本，在外向型经济上实现新突破。", KT, True),
          "推动泸州综合保税区加工贸易提质增效，引进保税维修、跨境电商等新业态项目5个以上；"
          "用好中国（泸州）跨境电子商务综合试验区政策，支持白酒企业建设海外仓，力争跨境电商交易额增长20%以上。"])
    item([("坚持环境优先，在营商服务上实现新突破。", KT, True),
          "全面落实外商投资准入前国民待遇加负面清单管理制度，建立外资企业“服务专员”制度，对重点外资项目实行“一企一策”；"
          "深化“一窗受理、集成服务”改革，企业开办全流程压缩至0.5个工作日。"])
    empty(doc)
    body("同志们，新的一年，任务艰巨、使命光荣。让我们以更加饱满的热情、更加务实的作风，奋力推动片区建设迈上新台阶，"
         "为泸州建设成渝地区双城经济圈南翼中心城市作出更大贡献！")
    body("谢谢大家！")

    stem = "blind446_luzhou_jianghua"
    save(doc, stem)
    m = meta("在中国（四川）自由贸易试验区川南临港片区2026年建设工作会议上的讲话", ["何平"], "2026-02-26",
             "zone", "中国（四川）自由贸易试验区川南临港片区", "讲话")
    return stem, [{"meta": m, "clauses": clauses}]


# =================================================================== main
def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_446", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (doc_sichuan_jianghua, doc_sichuan_zhuchici, doc_luzhou_jianghua):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
