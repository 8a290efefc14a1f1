# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 791: 自贸试验区建设推进大会 领导讲话稿 + 主持词 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.text import WD_TAB_ALIGNMENT
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
BR = "\n"  # marker for a manual line break (Shift+Enter) inside a paragraph


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def add_runs(p, text, name, size, bold=False, color=None):
    """Add text; BR inside the text becomes a manual line break."""
    parts = text.split(BR)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        font(r, name, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        add_runs(p, text, name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        early = {qn("w:" + t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                                        "framePr", "widowControl", "numPr",
                                        "suppressLineNumbers")}
        later = [c for c in ppr if c.tag not in early]
        if later:
            later[0].addprevious(bdr)
        else:
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


def setup(doc, left="— ", right=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_791", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering （一）（二） ----------------------------------
def make_numbering(doc, lvl_text, aid=901):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


def clean(t):
    return t.replace(BR, "")


class Writer:
    """Writes paragraphs into doc and records the clause list at the same time."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def body(self, t, spaces=False):
        if spaces:  # clerk indents with two full-width spaces instead of first-line indent
            add_par(self.doc, [("\u3000\u3000" + t, FS, 16, False)], indent=False)
        else:
            add_par(self.doc, t)
        self.clauses.append(clean(t))

    def head1(self, t):  # 一、 heading alone: not a clause
        add_par(self.doc, [(t, HT, 16, False)])

    def runin(self, h, t):  # （一）heading。text…
        add_par(self.doc, [(h, KT, 16, True), (t, FS, 16, False)])
        self.clauses.append(clean(h + t))

    def runin_auto(self, nid, shown_no, h, t):  # Word auto-numbered （一）
        p = add_par(self.doc, [(h, KT, 16, True), (t, FS, 16, False)], indent=False)
        apply_num(p, nid)
        self.clauses.append(shown_no + clean(h + t))


def title(doc, lines, size=22, soft=False):
    if soft:
        add_par(doc, [(BR.join(lines), XBS, size, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    else:
        for ln in lines:
            add_par(doc, [(ln, XBS, size, False)],
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)


def speaker(doc, t):
    add_par(doc, [(t, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            before=6)


expected = {}


def meta(title_, issuer, date, level, region, doc_type):
    return {"title": title_, "doc_number": None, "issuer": issuer, "date": date,
            "published": None, "level": level, "region": region, "effective": None,
            "expires": None, "attachments": [], "doc_type": doc_type, "recipients": [],
            "publicity": None, "repeals": None}


# =================================================================== DOC A
def doc_sichuan():
    stem = "blind791_sichuan_jianghua"
    doc = Document()
    setup(doc)
    w = Writer(doc)

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False)
    empty(doc, 1)
    title(doc, ["在中国（四川）自由贸易试验区建设", "推进大会上的讲话"])
    speaker(doc, "（四川省人民政府副省长　罗振华　2026年3月12日）")
    empty(doc, 1)
    add_par(doc, "同志们：", indent=False)

    w.body("今天召开中国（四川）自由贸易试验区建设推进大会，主要任务是深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，认真落实省委、省政府工作要求，总结2025年全省自贸试验区建设成效，安排部署2026年重点工作。刚才，成都市、泸州市和天府新区成都直管区作了交流发言，讲得都很好，各地各部门要相互学习借鉴。下面，我讲三点意见。")
    w.head1("一、充分肯定2025年自贸试验区建设取得的积极成效")
    w.body("2025年，全省上下坚持以制度创新为核心，以可复制可推广为基本要求，推动自贸试验区建设取得新的进展。主要体现在四个方面：")
    w.body("一是制度创新成果持续涌现。全年形成制度创新成果68项，其中“铁路运输单证金融服务试点”“中欧班列运费分段结算估价管理改革”等5项经验在全国复制推广，累计向全省推广改革经验案例312项。二是开放型经济稳中提质。自贸试验区以不到全省万分之二的面积，实现进出口总额3186.4亿元，同比增长9.7%,占全省比重达到31.2%；实际使用外资24.6亿美元，占全省的38.5%。")
    w.body("三是开放通道能级持续提升。中欧班列（成渝）全年开行5120列，西部陆海新通道班列开行3860列，" + BR +
           "川南临港片区泸州港集装箱吞吐量突破150万标箱。四是协同改革先行区建设扎实推进。全省13个协同改革先行区累计承接自贸试验区改革试点经验286项，实现进出口总额1024亿元。", spaces=True)
    w.body("在肯定成绩的同时，我们也要清醒看到，对标高标准国际经贸规则，我省自贸试验区建设还存在一些短板和不足：首创性、集成性改革成果还不够多，部分改革举措“最后一公里”没有打通，片区之间、片区与协同改革先行区之间联动还不够紧密，对外资外贸的带动作用有待进一步增强。对这些问题，必须高度重视，认真加以解决。")
    w.head1("二、聚焦重点任务，推动自贸试验区提升战略落地见效")
    w.body("2026年是“十五五”规划开局之年，也是实施自贸试验区提升战略的关键之年。全省自贸试验区建设要重点抓好以下五个方面工作。")
    w.runin("（一）着力推进高水平制度型开放。", "主动对接《区域全面经济伙伴关系协定》（RCEP）等高标准国际经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护等领域开展压力测试。一是深化贸易便利化改革，全面推广“提前申报”“两步申报”等通关模式，力争进口、出口整体通关时间分别压缩至30小时、1.2小时以内。二是扩大服务业开放，积极争取跨境服务贸易负面清单先行先试，推动医疗、教育、电信等领域开放举措落地。")
    w.runin("（二）着力提升开放通道枢纽能级。", "依托成都国际铁路港、天府国际机场和泸州港，加快建设国际门户枢纽。一是做强中欧班列（成渝）品牌，稳定开行至欧洲、中亚主要节点城市的线路，拓展至东盟、南亚的铁海联运线路；二是推动西部陆海新通道扩能增效，力争全年开行班列4200列以上；三是完善多式联运“一单制”，扩大铁路运输单证物权化试点范围。")
    w.runin("（三）着力培育特色产业集群。", "各片区要立足功能定位，错位发展、联动发展。成都天府新区片区重点发展数字经济、现代金融和总部经济，成都青白江铁路港片区重点发展国际物流、国际贸易和临港制造，川南临港片区重点发展航运物流、港口贸易和装备制造。要加大招商引资力度，全年力争新引进重大产业项目60个以上，新设外资企业300家以上。")
    w.runin("（四）着力加强改革系统集成。", "坚持问题导向，围绕企业全生命周期、产业链全链条开展集成创新，每个片区每年至少推出3项首创性改革成果。要健全制度创新成果评估和复制推广机制，对成熟的改革经验及时在全省复制推广。")
    w.runin("（五）着力强化风险防控。", "坚持“放得开、管得住”，建立健全与高水平开放相适应的风险防控体系，加强对重点领域、重点环节的监测预警，守牢不发生系统性风险的底线。")
    w.head1("三、强化组织保障，确保各项任务落地落实")
    w.body("一是压实工作责任。省自贸试验区工作领导小组各成员单位要按照职责分工，主动认领任务，加强协同配合；各片区所在市（区）要切实履行主体责任，主要负责同志要亲自研究、亲自推动。二是加大赋权力度。省级有关部门要按照“应放尽放、能放则放”原则，年内再向自贸试验区下放一批省级管理权限，做到放得下、接得住、管得好。")
    w.body("三是强化督促考核。省商务厅（省自贸办）要会同有关部门建立重点任务台账，实行季度调度、年度评估，评估结果纳入省政府目标绩效考核。四是营造良好氛围。要及时总结宣传改革创新典型案例，鼓励基层大胆试、大胆闯、自主改，" + BR + "形成全社会关心支持自贸试验区建设的良好氛围。")
    w.body("同志们，建设自贸试验区是党中央交给四川的重大任务。我们要以更大的勇气、更实的举措，奋力推动全省自贸试验区建设迈上新台阶，为谱写中国式现代化四川新篇章作出新的更大贡献！")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": meta("在中国（四川）自由贸易试验区建设推进大会上的讲话", ["四川省人民政府"],
                     "2026-03-12", "provincial", "四川省", "讲话"),
        "clauses": w.clauses}]


# =================================================================== DOC B
def doc_guangxi():
    stem = "blind791_guangxi_zhuchici"
    doc = Document()
    setup(doc, "- ", " -")
    w = Writer(doc)

    empty(doc, 1)
    # title typed as ONE paragraph with a Shift+Enter break
    title(doc, ["在全区自由贸易试验区", "建设推进大会上的主持词"], soft=True)
    speaker(doc, "（自治区人民政府副主席　韦光明　2026年4月9日）")
    empty(doc, 1)
    add_par(doc, "同志们：", indent=False)

    w.body("现在开会。")
    w.body("今天，我们召开全区自由贸易试验区建设推进大会，主要任务是深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的部署要求，总结中国（广西）自由贸易试验区设立以来特别是2025年的建设成效，部署推进2026年重点工作，加快打造面向东盟的开放合作高地。")
    w.body("出席今天会议的有：自治区人民政府有关领导同志，自治区自贸试验区工作领导小组成员单位主要负责同志，南宁市、钦州市、崇左市人民政府和南宁、钦州港、崇左片区管委会主要负责同志，以及部分重点企业代表。会议以电视电话会议形式召开，各设区市设分会场。", spaces=True)
    w.body("会议共有四项议程：一是观看中国（广西）自由贸易试验区建设成效专题片；二是宣读自治区商务厅关于第五批制度创新成果的通报；" + BR + "三是南宁片区、钦州港片区、崇左片区和广西北部湾国际港务集团有限公司作交流发言；四是自治区主要领导同志作重要讲话。")
    w.body("下面，进行第一项议程，请大家观看专题片。")
    w.body("下面，进行第二项议程，请自治区商务厅厅长黄志坚同志宣读通报。")
    w.body("下面，进行第三项议程，请有关单位作交流发言。每个单位发言时间控制在8分钟以内，依次为南宁片区、钦州港片区、崇左片区和广西北部湾国际港务集团有限公司。")
    w.body("下面，请自治区主要领导同志作重要讲话，大家欢迎。")
    w.body("同志们，刚才，自治区主要领导同志作了重要讲话，充分肯定了我区自贸试验区建设取得的成绩，深刻分析了面临的形势，对下一步工作作了全面部署，讲得很深刻、很具体，针对性、指导性都很强，我们要认真学习领会，抓好贯彻落实。下面，我就抓好会议精神贯彻落实，再强调三点意见。")
    w.body("一要提高政治站位，抓好学习传达。各地各部门要把思想和行动统一到自治区党委、政府的决策部署上来，会后要及时向党委(党组)汇报，结合实际研究提出贯彻落实的具体措施。")
    w.body("二要聚焦目标任务，抓好推进落实。要对照2026年自贸试验区建设重点任务清单，逐项明确责任单位、完成时限，确保中国—东盟跨境产业链供应链合作、西部陆海新通道建设、面向东盟的金融开放门户等重点任务取得实质性突破。全年力争自贸试验区实现进出口总额2600亿元,新设企业1.2万家。")
    w.body("三要强化协同联动，抓好督促检查。自治区自贸办要加强统筹调度，每季度通报一次工作进展；三个片区要加强与所在设区市及协同发展区的联动，形成推进合力。")
    w.body("今天的会议就开到这里。散会！")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": meta("在全区自由贸易试验区建设推进大会上的主持词", ["广西壮族自治区人民政府"],
                     "2026-04-09", "provincial", "广西壮族自治区", "主持词"),
        "clauses": w.clauses}]


# =================================================================== DOC C
def doc_xiamen():
    stem = "blind791_xiamen_huiyi_cailiao"
    doc = Document()
    setup(doc)
    sec = doc.sections[0]
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    # red 版头 of the meeting-material set
    add_par(doc, [("会 议 材 料", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=6)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区建设推进大会", KT, 16, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # organ + date on one line aligned by a right tab, red rule under it
    p = add_par(doc, [("厦门市人民政府办公厅\t2026年5月20日", FS, 16, False)], indent=False,
                before=8)
    p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    # ---- document 1: 主持词
    w1 = Writer(doc)
    add_par(doc, [("材料一", HT, 16, False)], indent=False)
    title(doc, ["在中国（福建）自由贸易试验区厦门片区", "建设推进大会上的主持词"])
    speaker(doc, "（市委常委、常务副市长　陈伟民　二〇二六年五月二十日）")
    empty(doc, 1)
    add_par(doc, "同志们：", indent=False)
    w1.body("现在开会。")
    w1.body("今年是中国（福建）自由贸易试验区挂牌运行的第十一个年头。今天，市委、市政府召开厦门片区建设推进大会，主要任务是贯彻落实省委、省政府关于实施自贸试验区提升战略的部署要求，总结2025年厦门片区建设成效，部署2026年重点任务，推动厦门片区在更高起点上深化改革、扩大开放。")
    w1.body("参加今天会议的有：市委、市人大常委会、市政府、市政协有关领导同志；厦门片区管委会领导班子成员；市直有关部门、各区和驻厦有关单位主要负责同志；企业代表。")
    w1.body("今天的会议有三项议程：一是为2025年度厦门片区制度创新优秀案例颁奖；二是厦门海关、湖里区、象屿集团作交流发言；三是林海涛市长作讲话。")
    w1.body("下面，进行第一项议程。请厦门片区管委会常务副主任黄建宇同志宣读表彰决定，请获奖单位代表上台领奖。")
    w1.body("进行第二项议程。请厦门海关、湖里区人民政府、厦门象屿集团有限公司依次作交流发言。")
    w1.body("进行第三项议程。请林海涛市长讲话。")
    w1.body("同志们，刚才，林海涛市长从全局和战略高度，对厦门片区建设作了全面部署，讲得非常透彻，要求非常明确，我们要认真学习领会，抓好贯彻落实。会后，各区、各部门要及时传达会议精神，对照任务分工抓紧制定具体措施，确保各项工作落地见效。")
    w1.body("今天的会议就到这里，散会。")

    page_break(doc)

    # ---- document 2: 讲话
    w2 = Writer(doc)
    nid = make_numbering(doc, "（%1）")
    add_par(doc, [("材料二", HT, 16, False)], indent=False)
    title(doc, ["在中国（福建）自由贸易试验区", "厦门片区建设推进大会上的讲话"])
    speaker(doc, "（市委副书记、市长　林海涛　二〇二六年五月二十日）")
    empty(doc, 1)
    add_par(doc, "同志们：", indent=False)
    w2.body("今天召开厦门片区建设推进大会，主要是总结成绩、分析形势，动员全市上下进一步提高站位、真抓实干，推动厦门片区建设再上新台阶。刚才，我们为制度创新优秀案例颁了奖，厦门海关、湖里区、象屿集团作了很好的发言。下面，我讲几点意见。")
    w2.head1("一、2025年厦门片区建设成效明显")
    w2.body("过去一年，厦门片区坚持以制度创新为核心，各项工作取得新成效。一是改革创新不断深化。全年推出创新举措52项，其中全国首创15项，“海铁联运‘一单到底’”“跨境电商零售进口退货中心仓模式”等经验被国务院有关部门复制推广。二是开放型经济量质齐升。片区实现外贸进出口额3420亿元，同比增长7.8%，实际使用外资6.3亿美元；新增企业8600家，其中外资企业512家。三是对台先行先试持续深化。出台支持台胞台企融入厦门发展措施26条，累计为台胞台企提供“一站式”服务3.2万件次。四是“丝路海运”品牌影响力不断扩大。“丝路海运”命名航线达到138条，通达全球46个国家和地区的148个港口。")
    w2.head1("二、2026年重点抓好四个方面工作")
    w2.runin_auto(nid, "（一）", "在对接高标准经贸规则上求突破。", "对标CPTPP、DEPA等高标准国际经贸规则，在数字贸易、知识产权、政府采购等领域开展先行先试。一是推进数据跨境流动便利化，探索建立数据出境“负面清单”管理模式；二是深化航运物流改革，推动厦门港与“一带一路”沿线港口开展智慧港口合作。")
    w2.runin_auto(nid, "（二）", "在深化两岸融合发展上求突破。", "用足用好中央赋予的对台先行先试政策，深化厦台经贸合作、产业对接和规则衔接，扩大台湾地区职业资格采认范围，打造台胞台企登陆“第一家园”。")
    w2.runin_auto(nid, "（三）", "在培育新兴产业上求突破。", "聚焦航运物流、飞机维修、融资租赁、跨境电商等优势产业，加快建设国际航运中心、国际贸易中心和金融中心。全年力争新增融资租赁资产规模200亿元，跨境电商交易额增长15%以上。")
    w2.runin_auto(nid, "（四）", "在优化营商环境上求突破。", "深化“放管服”改革，全面推行“一业一证”“证照联办”，打造市场化、法治化、国际化一流营商环境。")
    w2.head1("三、凝心聚力抓好工作落实")
    w2.body("各区、各部门要树牢“一盘棋”思想，把支持厦门片区建设作为分内之事。一是强化统筹协调。市自贸试验区工作领导小组要发挥统筹作用，定期研究解决重大问题。二是强化人才支撑。要加大国际化、专业化人才引进力度，落实好高层次人才奖励政策。三是强化考核激励。要把厦门片区建设成效纳入绩效考评，对表现突出的单位和个人予以通报表扬。")
    w2.body("同志们，厦门片区承载着探索新途径、积累新经验的重要使命。让我们以更加昂扬的斗志、更加务实的作风，奋力推动厦门片区建设取得新突破，为厦门努力率先实现社会主义现代化作出新的更大贡献！")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [
        {"meta": meta("在中国（福建）自由贸易试验区厦门片区建设推进大会上的主持词",
                      ["厦门市人民政府"], "2026-05-20", "municipal", "厦门市", "主持词"),
         "clauses": w1.clauses},
        {"meta": meta("在中国（福建）自由贸易试验区厦门片区建设推进大会上的讲话",
                      ["厦门市人民政府"], "2026-05-20", "municipal", "厦门市", "讲话"),
         "clauses": w2.clauses},
    ]


if __name__ == "__main__":
    doc_sichuan()
    doc_guangxi()
    doc_xiamen()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("done:", ", ".join(sorted(expected)))
