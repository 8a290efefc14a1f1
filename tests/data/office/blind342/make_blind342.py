# ruff: noqa
#!/usr/bin/env python
"""Round 342 blind test files: speeches / work reports / a news page on 开放 and 一带一路.

Writes next to itself:
  blind342_sichuan_jianghua.docx / .pdf   副省长讲话（全省自由贸易试验区建设推进大会）
  blind342_lianyungang_baogao.docx / .pdf 连云港市2026年政府工作报告（摘要）
  blind342_yiwu_xinwen.html               义乌市政府网新闻：市长在跨境电商企业座谈会上强调
  expected.json
Run:  . /work/venv/bin/activate && python make_blind342.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BR = object()          # soft line break (w:br) inside a paragraph

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ----------------------------------------------------------------- docx helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def add_par(doc, segs, font=FS, size=16, align=None, indent=True, line=28,
            before=0, after=0, bold_font=None):
    """segs: str, or list of (text, bold) tuples / BR markers."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(segs, str):
        segs = [(segs, False)]
    for s in segs:
        if s is BR:
            p.add_run().add_break()
            continue
        text, bold = s
        r = p.add_run(text)
        if bold:
            set_font(r, bold_font or font, size, bold=(bold_font is None))
        else:
            set_font(r, font, size)
    return p


def add_title(doc, lines, size=22, after=0):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 35, 0, after)
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        set_font(p.add_run(ln), XBS, size)
    return p


def page_number_footer(section):
    """GB/T 9704 style page number: “— N —”, 4号宋体 (odd right, even left)."""
    def fill(footer, align):
        p = footer.paragraphs[0]
        p.alignment = align
        for t in ("— ",):
            set_font(p.add_run(t), SONG, 14)
        r = p.add_run()
        set_font(r, SONG, 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = " PAGE "
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        for el in (b, i, s, t, e):
            r._element.append(el)
        set_font(p.add_run(" —"), SONG, 14)
        p.paragraph_format.right_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.RIGHT else None
        p.paragraph_format.left_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.LEFT else None
    fill(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    fill(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def new_doc():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_number_footer(sec)
    return doc


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), font, size, bold)


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def seg_text(segs):
    if isinstance(segs, str):
        return segs
    return "".join(s[0] for s in segs if s is not BR)


def to_pdf(path):
    prof = "file:///tmp/lo_342"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


EXPECTED = {}

# =================================================================== (a) speech
SPEECH = [
    ("p", "今天，省政府召开全省自由贸易试验区建设推进大会，主要任务是深入贯彻党的二十届四中全会和中央经济工作会议精神，认真落实省委、省政府关于扩大高水平对外开放的决策部署，总结2025年全省自贸试验区建设工作，安排部署2026年重点任务。刚才，省商务厅通报了2025年度自贸试验区制度创新成果评估情况，成都天府新区片区、成都青白江铁路港片区、川南临港片区和德阳协同改革先行区作了交流发言，讲得都很好，请大家相互学习借鉴。下面，我讲三点意见。"),
    ("h", "一、充分肯定全省自贸试验区建设取得的积极成效"),
    ("p", [("2025年，全省各地各部门坚持以制度创新为核心，统筹推进改革试点和开放平台建设，自贸试验区建设总体呈现“稳中有进、进中提质”的良好态势。", False),
           ("一是制度创新成果持续涌现。", True),
           ("全年形成省级制度创新成果46项，其中“铁路运单物权化”“多式联运‘一单制’”等8项经验在全国复制推广，累计向全省推广改革经验218项。", False),
           ("二是开放型经济贡献稳步提升。", True),
           ("自贸试验区以不足全省万分之三的面积，贡献了全省14.2%的新设外商投资企业和11.6%的进出口额，全年实现进出口总额1826.3亿元、同比增长9.4%。", False),
           ("三是开放通道能级加快跃升。", True),
           ("中欧班列（成渝）全年开行超过5100列，西部陆海新通道班列开行4300余列，川南临港片区港口集装箱吞吐量突破160万标箱。", False),
           ("四是营商环境持续优化。", True),
           ("“证照分离”改革实现全覆盖，涉企经营许可事项平均办理时限压缩至3.2个工作日，外商投资企业设立登记实现“一窗受理、一网通办”。", False)]),
    ("p", "在肯定成绩的同时，我们也要清醒看到，全省自贸试验区建设还存在一些短板和不足：首创性、集成性制度创新成果偏少，一些改革事项“碎片化”特征明显；对标高标准国际经贸规则的压力测试还不够深入，服务贸易、数字贸易领域的开放探索相对滞后；片区之间、片区与协同改革先行区之间联动不够，产业协同和功能互补有待加强；个别地方存在“等靠要”思想，主动作为、大胆探索的劲头不足。对这些问题，我们必须高度重视，切实加以解决。"),
    ("h", "二、准确把握新形势下自贸试验区建设的使命任务"),
    ("p", [("第一，深刻认识自贸试验区是服务国家重大战略的重要平台。", True),
           ("习近平总书记指出，“自由贸易试验区要在更大范围、更宽领域、更深层次开展改革探索，为全面深化改革和扩大开放探索新途径、积累新经验”。党的二十届四中全会对稳步扩大制度型开放、实施自由贸易试验区提升战略作出新的部署。我们要从服务构建新发展格局的高度，深刻把握自贸试验区“为国家试制度、为地方谋发展”的定位，把自贸试验区作为四川深度融入共建“一带一路”、长江经济带发展和西部陆海新通道建设的战略支点，在更高起点上谋划推进各项工作。", False)]),
    ("p", [("第二，深刻认识自贸试验区是推进高水平制度型开放的试验田。", True),
           ("当前，世界百年变局加速演进，国际经贸规则加快重构，制度型开放已经成为新一轮高水平开放的重要特征。我们必须主动对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，在规则、规制、管理、标准等方面先行先试，", False),
           BR,
           ("把自贸试验区打造成为制度型开放的“压力测试场”，以开放的主动赢得发展的主动。", False)]),
    ("p", [("第三，深刻认识自贸试验区是培育内陆开放新优势的主引擎。", True),
           ("四川地处内陆、不沿边不靠海，扩大开放的最大短板在通道，最大潜力也在通道。习近平总书记强调，“要以共建‘一带一路’为引领，加大西部开放力度，形成陆海内外联动、东西双向互济的开放格局”。我们要依托自贸试验区打造链接欧亚、通达全球的开放通道枢纽，推动“通道经济”向“枢纽经济”“产业经济”加快转变，让开放通道真正成为富民强省的发展通道。", False)]),
    ("h", "三、聚焦重点抓好2026年各项任务落实"),
    ("p", [("第一，着力提升制度创新能级。", True),
           ("要坚持首创性、差异化改革探索，围绕投资贸易便利化、金融服务实体经济、多式联运、要素市场化配置等重点领域，谋划实施一批集成性改革事项。今年全省力争形成省级制度创新成果40项以上、推动5项以上成果在全国复制推广。省商务厅要会同省级有关部门健全制度创新成果“培育—评估—推广”全流程工作机制，每半年开展一次评估，评估结果纳入省对市（州）目标绩效考核。", False)]),
    ("p", [("第二，着力推进高标准经贸规则对接。", True),
           ("要聚焦服务贸易、数字贸易、知识产权保护、政府采购、环境标准等领域，每年滚动形成一批压力测试清单。要稳步推进跨境服务贸易负面清单落地实施，在医疗、教育、专业服务等领域扩大开放试点；", False),
           BR,
           ("探索建立数据出境管理清单制度，支持符合条件的企业开展数据跨境流动便利化试点，年内落地跨境数据流动服务场景10个以上。", False)]),
    ("p", [("第三，着力打造国际铁路港和临港开放枢纽。", True),
           ("成都青白江铁路港片区要发挥中欧班列（成渝）集结中心作用，推动“班列+口岸+贸易+产业”融合发展，年内新增国际货运线路3条以上，加快建设进口粮食、肉类、整车等指定监管场地，争创国家物流枢纽经济示范区。川南临港片区要用好泸州港、宜宾港水运优势，深化长江航运与西部陆海新通道铁海联运衔接，年内集装箱铁水联运量增长15%以上。", False)],
     ["成都青白江铁路港片区", "川南临港片区"]),
    ("p", [("第四，着力推动多区协同联动发展。", True),
           ("要深化自贸试验区与综合保税区、国家级经济技术开发区、跨境电子商务综合试验区“多区联动”，推动政策叠加、功能互补、产业协同。各市（州）要结合自身产业基础，主动承接自贸试验区改革试点经验，对已复制推广的改革事项逐项建立落实台账，确保“推得开、落得实、见实效”。", False)]),
    ("p", [("第五，着力营造市场化法治化国际化一流营商环境。", True),
           ("要加快推进《中国（四川）自由贸易试验区条例》修订，健全外商投资促进和服务体系，落实外资企业国民待遇，依法平等保护各类经营主体合法权益。要深化国际贸易“单一窗口”建设，推动口岸物流、通关、金融服务等数据互联共享，进一步压缩整体通关时间、降低进出口环节合规成本。", False)]),
    ("p", [("同时，要切实加强组织保障。", False),
           ("一是压实工作责任。", True),
           ("省自贸试验区工作领导小组办公室要加强统筹协调，各片区管委会要切实履行主体责任，对年度任务实行清单化管理、项目化推进。", False),
           ("二是强化要素保障。", True),
           ("省级有关部门要在用地、用能、人才、资金等方面对自贸试验区给予倾斜支持，能够下放的省级管理权限原则上全部下放。", False),
           ("三是营造浓厚氛围。", True),
           ("要建立健全容错纠错机制，鼓励干部大胆试、大胆闯、自主改，及时总结宣传典型经验，讲好四川开放故事。", False)]),
    ("p", "同志们，今年是“十五五”开局之年，做好自贸试验区建设工作意义重大、责任重大。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府坚强领导下，坚定信心、真抓实干，奋力推动全省自贸试验区建设再上新台阶，为谱写中国式现代化四川新篇章作出新的更大贡献！"),
]


def make_speech():
    stem = "blind342_sichuan_jianghua"
    doc = new_doc()
    add_title(doc, ["在全省自由贸易试验区建设", "推进大会上的讲话"], after=0)
    add_par(doc, "（2026年3月20日）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, "副省长　罗宏志", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=14)
    add_par(doc, "同志们：", indent=False)
    clauses, specific = [], {}
    for blk in SPEECH:
        kind, segs = blk[0], blk[1]
        if kind == "h":
            add_par(doc, segs, font=HT)
            continue
        add_par(doc, segs, bold_font=KT)   # run-ins in 楷体
        t = seg_text(segs)
        clauses.append(t)
        if len(blk) > 2:
            specific[t[:24]] = blk[2]
    add_par(doc, "谢谢大家！")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": meta(title="在全省自由贸易试验区建设推进大会上的讲话", issuer=["四川省人民政府"],
                     date="2026-03-20", level="provincial", region="四川省", doc_type="讲话"),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================ (b) work report
REPORT_A = [
    ("p", "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"),
    ("h", "一、2025年工作回顾"),
    ("p", "过去的一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，在省委、省政府和市委的坚强领导下，全市上下坚持稳中求进工作总基调，全力建设“一带一路”强支点，经济社会发展主要目标任务顺利完成。预计全年地区生产总值增长6.1%，一般公共预算收入增长4.3%，进出口总额1268亿元、增长8.7%，实际使用外资11.8亿美元，主要经济指标增速保持全省前列。"),
    ("p", [("（一）“一带一路”强支点建设取得新突破。", True),
           ("中哈（连云港）物流合作基地、上合组织（连云港）国际物流园功能持续提升，全年开行中欧（亚）班列1010列、增长12.3%，新开通至阿拉木图、塔什干方向“点对点”班列线路2条。连云港港完成货物吞吐量3.62亿吨，集装箱吞吐量突破680万标箱，新开辟至东南亚、中东集装箱航线6条。", False)]),
    ("p", [("（二）自贸试验区改革开放走深走实。", True),
           ("出台支持自贸试验区提升发展若干措施，全年新增制度创新成果18项，“国际班列‘一单制’提单融资”“海铁联运货物‘一次申报、一次查验’”等4项成果在全省复制推广。新设外资企业76家，跨境人民币结算量增长23.5%。", False)]),
    ("p", [("（三）外贸新业态加快成长。", True),
           ("跨境电商进出口额增长31.2%，新增省级公共海外仓3个，市场采购贸易方式试点落地运行，全年出口规模突破40亿元。国际贸易“单一窗口”主要业务应用率保持100%，", False),
           BR,
           ("进口、出口整体通关时间分别压缩至32.6小时和0.9小时。", False)]),
    ("p", "在看到成绩的同时，我们也清醒认识到，全市经济发展仍面临不少困难和挑战：外贸增长稳定性不强，部分企业订单减少、经营困难；港口、班列的“过路经济”向“落地经济”转变还不够快，临港产业集聚度不高；开放平台政策集成效应尚未充分释放；政府工作人员的国际化视野和专业能力还需进一步提升。对此，我们将采取有力措施认真加以解决。"),
]
REPORT_B = [
    ("h", "二、2026年主要预期目标和重点工作"),
    ("p", "2026年是“十五五”规划开局之年。政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记对江苏工作重要讲话精神，完整准确全面贯彻新发展理念，以建设“一带一路”强支点为牵引，以更大力度推进高水平对外开放，奋力谱写“强富美高”新连云港建设新篇章。"),
    ("k", "（一）2026年主要预期目标"),
    ("p", "1.地区生产总值增长5.5%左右；"),
    ("p", "2.一般公共预算收入增长3%；"),
    ("p", "3.规模以上工业增加值增长7%；"),
    ("p", "4.固定资产投资增长4%，社会消费品零售总额增长5%；"),
    ("p", "5.进出口总额增长6%，实际使用外资保持稳定；"),
    ("p", "6.港口货物吞吐量达到3.75亿吨，集装箱吞吐量达到720万标箱；"),
    ("p", "7.城镇新增就业5.2万人，城镇调查失业率控制在5%左右；"),
    ("p", "8.居民人均可支配收入增长与经济增长基本同步，居民消费价格涨幅3%左右；"),
    ("p", "9.完成省下达的节能减排降碳目标任务。"),
    ("p", "上述目标，综合考虑了发展基础、外部环境和“十五五”规划衔接等因素，既积极进取、又留有余地，体现了稳中求进、以进促稳的要求。"),
    ("k", "（二）重点工作"),
    ("p", [("1.着力提升“一带一路”强支点功能。", True),
           ("加快中哈物流合作基地二期和上合组织国际物流园扩能项目建设，推动中欧（亚）班列开行1100列以上，积极拓展中亚、西亚和欧洲班列线路。推进连云港港30万吨级航道三期、徐圩港区多用途泊位等工程，新开辟集装箱航线5条以上，大力发展海河联运、海铁联运。", False)]),
    ("p", [("2.着力实施自贸试验区提升战略。", True),
           ("支持中国（江苏）自由贸易试验区连云港片区对标国际高标准经贸规则，在国际物流、大宗商品贸易、跨境金融等领域开展首创性、差异化改革探索，年内形成制度创新成果15项以上；推动连云港片区扩区提质，争取赋予更多省级管理权限，打造亚欧跨境物流“第一站”。", False)],
     ["中国（江苏）自由贸易试验区连云港片区"]),
    ("p", [("3.着力发展外贸新业态新模式。", True),
           ("深化跨境电子商务综合试验区建设，全年跨境电商进出口额增长15%以上，新培育跨境电商品牌企业20家；扩大市场采购贸易规模，支持企业在中亚、中东、东南亚等地区布局海外仓。实施外贸主体培育行动，新增有进出口实绩企业300家以上。", False)]),
    ("p", [("4.着力扩大双向投资合作。", True),
           ("聚焦石化新材料、生物医药、高端装备等主导产业开展产业链精准招商，全年实际使用外资12亿美元以上；", False),
           BR,
           ("引导企业有序“走出去”，参与共建“一带一路”国家产能合作和境外经贸合作区建设。", False)]),
    ("p", [("5.着力打造一流口岸营商环境。", True),
           ("深化口岸“智慧通关”改革，推广“船边直提”“抵港直装”等模式，巩固压缩整体通关时间成效；规范口岸收费，建立口岸收费目录清单公示制度，年内进出口环节合规成本再降低10%。推动连云港港口岸扩大开放，争取开通国际旅客运输业务。", False)]),
    ("p", [("6.着力保障和改善民生。", True),
           ("坚持尽力而为、量力而行，全年民生支出占一般公共预算支出比重保持在80%以上，办好30件民生实事项目，扎实做好就业、教育、医疗、养老等各项工作。", False)]),
]
TABLE_HDR = ["序号", "开放平台", "2026年重点任务", "牵头单位"]
TABLE_ROWS = [
    (["1", "中国（江苏）自由贸易试验区连云港片区", "形成制度创新成果15项以上，新设外资企业80家以上", "连云港片区管委会"],
     ["中国（江苏）自由贸易试验区连云港片区"]),
    (["2", "连云港综合保税区", "保税维修、保税研发业务规模增长20%以上", "连云港经济技术开发区管委会"],
     ["连云港综合保税区"]),
    (["3", "连云港综合保税区", "推进二期围网区域封关验收", "连云港经济技术开发区管委会"],
     ["连云港综合保税区"]),
    (["4", "中国（连云港）跨境电子商务综合试验区", "跨境电商进出口额增长15%以上", "市商务局"], None),
    (["5", "徐圩新区国家石化产业基地", "引进外资项目10个以上，推动中外合资精细化工项目开工建设", "徐圩新区管委会"],
     ["徐圩新区"]),
]
REPORT_C = [
    ("h", "三、切实加强政府自身建设"),
    ("p", "新征程上，全市各级政府要始终坚持党的全面领导，深入推进依法行政，持续深化作风建设，坚决落实“过紧日子”要求，以实干实绩取信于民。"),
    ("p", "各位代表！连云港因港而生、向海而兴。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，扛起“一带一路”强支点建设的使命担当，真抓实干、奋勇争先，为谱写中国式现代化连云港新篇章而努力奋斗！"),
]


def emit_blocks(doc, blocks, clauses, specific):
    for blk in blocks:
        kind, segs = blk[0], blk[1]
        if kind == "h":
            add_par(doc, segs, font=HT)
            continue
        if kind == "k":
            add_par(doc, segs, font=KT)
            continue
        add_par(doc, segs, bold_font=None)
        t = seg_text(segs)
        clauses.append(t)
        if len(blk) > 2:
            specific[t[:24]] = blk[2]


def make_report():
    stem = "blind342_lianyungang_baogao"
    doc = new_doc()
    sec = doc.sections[0]
    for hdr in (sec.header, sec.even_page_header):
        hp = hdr.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        set_font(hp.add_run("连云港日报　2026年1月16日　星期五　A3　要闻"), SONG, 10.5)
    add_title(doc, ["2026年政府工作报告（摘要）"], after=6)
    add_par(doc, "——2026年1月14日在连云港市第十六届人民代表大会第五次会议上", font=KT,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=15)
    add_par(doc, "连云港市市长　孙明远", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    add_par(doc, "各位代表：", indent=False)
    clauses, specific = [], {}
    emit_blocks(doc, REPORT_A, clauses, specific)
    # page break before part 二
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    emit_blocks(doc, REPORT_B, clauses, specific)
    # table of platform tasks, merged cells in 开放平台 / 牵头单位 for rows 2-3
    add_par(doc, "表　2026年重点开放平台建设任务", font=HT, size=14,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    tb = doc.add_table(rows=1 + len(TABLE_ROWS), cols=4)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tb)
    widths = [Mm(12), Mm(46), Mm(70), Mm(28)]
    for j, h in enumerate(TABLE_HDR):
        set_cell(tb.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, (row, _) in enumerate(TABLE_ROWS, start=1):
        for j, v in enumerate(row):
            set_cell(tb.cell(i, j), v, align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
    for j in (1, 3):
        m = tb.cell(2, j).merge(tb.cell(3, j))
        set_cell(m, TABLE_ROWS[1][0][j], align=WD_ALIGN_PARAGRAPH.CENTER if j == 3 else WD_ALIGN_PARAGRAPH.LEFT)
    tb.autofit = False
    for j, col in enumerate(tb.columns):
        col.width = widths[j]
    for row in tb.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    for row, spec in TABLE_ROWS:
        t = "；".join(f"{h}：{v}" for h, v in zip(TABLE_HDR, row))
        clauses.append(t)
        if spec:
            specific[t[:24]] = spec
    add_par(doc, "", indent=False)
    emit_blocks(doc, REPORT_C, clauses, specific)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": meta(title="2026年政府工作报告（摘要）", issuer=["连云港市人民政府"],
                     date="2026-01-14", published="2026-01-16", level="municipal",
                     region="连云港市", doc_type="政府工作报告"),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ================================================================== (c) html
NEWS_TITLE = "市长陈逸舟在全市跨境电商企业座谈会上强调 深度融入共建“一带一路” 加快打造“丝路电商”发展高地"
NEWS = [
    ("4月16日下午，市长陈逸舟主持召开全市跨境电商企业座谈会，面对面听取企业发展诉求和意见建议，研究推动跨境电商高质量发展。副市长楼建平，市政府秘书长朱海涛参加。", None),
    ("座谈会上，来自跨境电商平台、独立站、海外仓、跨境物流和支付服务等领域的9家企业负责人先后发言，围绕拓展中东和中亚市场、布局海外仓、降低跨境物流成本、便利出口退税和收结汇、防范海外合规风险等提出意见建议。市商务局、市市场监管局、市税务局、义乌海关等部门负责同志现场逐一回应。", None),
    ("陈逸舟在认真听取大家发言后指出，跨境电商是义乌外贸发展的新引擎，也是义乌深度融入共建“一带一路”的重要抓手。习近平总书记强调，“要积极发展‘丝路电商’，拓展国际合作新空间”。全市上下要深入贯彻落实习近平总书记重要指示精神，抢抓共建“一带一路”和《区域全面经济伙伴关系协定》深入实施的机遇，推动“义乌好货”通过跨境电商卖向全球，加快打造“丝路电商”发展高地。", None),
    ("陈逸舟强调，要聚焦企业“急难愁盼”，以更优服务助力企业出海拓市。一要畅通物流通道，加密“义新欧”中欧班列和“义甬舟”海铁联运线路，支持企业在中东、中亚、拉美等重点市场布局海外仓，降低跨境物流成本；二要强化金融支持，扩大跨境电商出口信用保险覆盖面，推广跨境电商收结汇便利化措施，帮助企业有效应对汇率风险；三要加强合规服务，组建海外知识产权和合规服务专家团队，为企业提供政策解读、风险预警和纠纷应对服务。", None),
    ("陈逸舟要求，义乌综合保税区要用足用好保税政策，大力发展“跨境电商+保税”“保税维修+检测”等新业态，加快推进1210保税备货和保税展示交易模式扩面，力争全年综保区跨境电商进出口额增长20%以上。", ["义乌综合保税区"]),
    ("陈逸舟要求，各相关部门要建立跨境电商企业诉求“直通车”机制，实行诉求受理、交办、办结、反馈闭环管理，对企业反映的问题原则上10个工作日内答复；要加快培育本土跨境电商品牌和服务商，推动市场采购贸易与跨境电商融合发展，为建设“世界小商品之都”注入更强开放动能。", None),
]


def make_html():
    stem = "blind342_yiwu_xinwen"
    paras = []
    for i, (t, _) in enumerate(NEWS):
        paras.append(f'<p style="text-indent:2em;">{t}</p>')
        if i == 1:
            paras.append('<p style="text-align:center;"><img src="/picture/0/2604170946_ztzh.jpg" '
                         'alt="" width="600" /></p>')
            paras.append('<p style="text-align:center;font-family:楷体;">图为座谈会现场。　记者　何欣悦　摄</p>')
    body = "\n".join(paras)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{NEWS_TITLE}_政府要闻_义乌市人民政府</title>
<meta name="SiteName" content="义乌市人民政府" />
<meta name="SiteDomain" content="www.yw.gov.cn" />
<meta name="ColumnName" content="政府要闻" />
<meta name="ColumnType" content="工作动态" />
<meta name="ArticleTitle" content="{NEWS_TITLE}" />
<meta name="PubDate" content="2026-04-17 09:46" />
<meta name="ContentSource" content="义乌商报" />
<meta name="Keywords" content="跨境电商,一带一路,丝路电商,综合保税区" />
<meta name="Author" content="何欣悦" />
<meta name="Description" content="4月16日下午，市长陈逸舟主持召开全市跨境电商企业座谈会。" />
<link rel="stylesheet" type="text/css" href="/images/2024/css/style.css" />
<style type="text/css">
body {{ margin:0; font-family:"微软雅黑",Arial; background:#f4f6f9; }}
.top {{ background:#c40f1b; height:110px; color:#fff; }}
.top h2 {{ margin:0; padding:30px 0 0 60px; font-size:32px; letter-spacing:4px; }}
.nav a {{ color:#fff; margin:0 18px; text-decoration:none; }}
.main {{ width:1100px; margin:0 auto; background:#fff; padding:30px 60px; }}
.position {{ font-size:13px; color:#666; border-bottom:1px solid #ddd; padding-bottom:8px; }}
h1.title {{ font-size:26px; color:#1a1a1a; text-align:center; line-height:40px; margin:30px 0 14px; }}
.info {{ text-align:center; font-size:13px; color:#888; border-bottom:1px dashed #ccc; padding-bottom:12px; }}
.content {{ font-size:17px; line-height:34px; color:#333; margin-top:24px; }}
.editor {{ text-align:right; color:#666; font-size:14px; margin-top:20px; }}
.related li {{ font-size:14px; line-height:28px; }}
.footer {{ background:#2d3a4b; color:#ccc; font-size:13px; text-align:center; padding:20px 0; line-height:26px; }}
</style>
</head>
<body>
<div class="top">
  <h2>义乌市人民政府</h2>
  <div class="nav"><a href="/">首页</a><a href="/col/col1229140380/">政务公开</a><a href="/col/col1229140381/">政务服务</a><a href="/col/col1229140382/">政民互动</a><a href="/col/col1229140383/">走进义乌</a></div>
</div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229140390/">政务动态</a> &gt; <a href="/col/col1229140391/">政府要闻</a></div>
  <h1 class="title">{NEWS_TITLE}</h1>
  <div class="info">
    <span>发布时间：2026-04-17 09:46</span>&nbsp;&nbsp;
    <span>来源：义乌商报</span>&nbsp;&nbsp;
    <span>浏览次数：<script>document.write('1265');</script></span>&nbsp;&nbsp;
    <span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span>
  </div>
  <div class="content" id="zoom">
<p style="text-align:center;font-family:楷体;">记者　何欣悦　通讯员　金晓峰</p>
{body}
  </div>
  <div class="editor">责任编辑：张蕾　　审核：王晓东</div>
  <div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/art/2026/3/28/art_1229140391_59021731.html">义乌出台支持跨境电商高质量发展若干措施</a>　2026-03-28</li>
      <li><a href="/art/2026/4/2/art_1229140391_59022418.html">一季度我市跨境电商进出口额同比增长18.6%</a>　2026-04-02</li>
      <li><a href="/art/2026/4/9/art_1229140391_59023307.html">“义新欧”中欧班列开通至阿拉木图直达线路</a>　2026-04-09</li>
    </ul>
  </div>
  <div class="qrcode">扫一扫在手机打开当前页</div>
</div>
<div class="footer">
  主办：义乌市人民政府办公室　承办：义乌市大数据发展中心<br />
  地址：浙江省义乌市稠城街道县前街1号（示例）　联系电话：0579-8xxxxxxx<br />
  网站标识码：3307820000（示例）　浙ICP备00000000号-1（示例）
</div>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    clauses = [t for t, _ in NEWS]
    specific = {t[:24]: s for t, s in NEWS if s}
    EXPECTED[stem] = [{
        "meta": meta(title=NEWS_TITLE, issuer=["义乌市人民政府"], date="2026-04-16",
                     published="2026-04-17", level="county", region="义乌市", doc_type="新闻报道"),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_speech()
    make_report()
    make_html()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, [len(d["clauses"]) for d in docs])
