# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 747: 政协提案答复函 (市商务局), Word + PDF + expected.json."""
import copy
import json
import os
import subprocess

from docx import Document
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    font(r4, SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def data_table(doc, header, rows, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 8, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_747", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    # numPr must come early in pPr (after pStyle/keepNext...)
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


# =================================================================== DOC A
def doc_wuhan():
    stem = "blind747_wuhan_dafu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("A类", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = add_par(doc, [("武汉市商务局", XBS, 42, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    # 文号 and 签发人 on one line, aligned with typed spaces
    p = add_par(doc, [("武商提〔2026〕15号", FS, 16, False), (" " * 22, FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈志刚", KT, 16, False)],
                indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title over two paragraphs
    add_par(doc, [("武汉市商务局关于市政协十四届五次会议", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("第0256号提案的答复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "李建华委员：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("您提出的《关于推动中欧班列（武汉）与跨境电商融合发展的提案》（第0256号）收悉。首先，衷心感谢您对我市开放型经济发展的关心和支持。您在提案中提出的拓展班列线路网络、培育“班列+跨境电商”新模式、完善海外仓布局等建议，切中我市外贸发展的关键环节，具有很强的针对性和可操作性。经认真研究，并商市发展改革委、市交通运输局、武汉海关、汉欧国际物流有限公司，现答复如下：")
    head("一、关于拓展中欧班列（武汉）线路网络")
    body("近年来，我市坚持把中欧班列（武汉）作为服务共建“一带一路”、打造内陆开放高地的重要抓手，持续优化线路布局。2025年，中欧班列（武汉）全年开行1286列，同比增长14.6%；发送标准箱11.8万个，货值约412亿元，辐射欧亚大陆40个国家、118个城市，开行质量指标位居全国前列。")
    body("一是线路网络持续拓展。新开通武汉至匈牙利布达佩斯、武汉至土耳其伊斯坦布尔（经跨里海国际运输走廊）等5条线路，常态化运营线路达到56条，形成“西进、北上、南下”多通道格局。二是回程货源持续丰富。引导企业组织进口汽车整车、红酒、乳制品、木材等货源，回程班列占比提高到43.2%，较上年提高3.5个百分点。三是枢纽功能持续增强。吴家山铁路集装箱中心站完成扩能改造，年作业能力提升至45万标准箱，实现“班列+水运”“班列+航空”多式联运无缝衔接。")
    head("二、关于培育“班列+跨境电商”融合新模式")
    body("我市于2018年获批设立中国（武汉）跨境电子商务综合试验区，近年来持续推动跨境电商与中欧班列融合发展。2025年，全市跨境电商进出口额达到386.5亿元，同比增长21.3%，其中通过中欧班列（武汉）运输的跨境电商货物货值约57亿元。")
    body("在通关便利化方面，武汉海关在吴家山铁路口岸开通跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，推行“提前申报、运抵验放”，跨境电商班列货物平均通关时间压缩至3小时以内。在平台建设方面，依托东湖综合保税区、武汉经开综合保税区建设跨境电商监管中心，设立“跨境电商班列专区”，为中小企业提供集货、分拨、拼箱一站式服务。在政策支持方面，市商务局会同市财政局出台《武汉市支持跨境电商高质量发展若干措施》，对通过中欧班列开展跨境电商出口的企业按运费给予适当补贴，2025年累计兑现资金3260万元。")
    head("三、关于完善海外仓和境外服务网络")
    body("我市积极鼓励企业“抱团出海”，依托中欧班列（武汉）沿线节点城市布局海外仓。截至2025年底，全市企业在境外建设运营海外仓36个，总面积35.7万平方米，初步形成覆盖欧洲、中亚、东南亚的境外仓储物流网络。具体情况如下：")
    data_table(doc, ["区域", "海外仓数量（个）", "面积（万平方米）", "主要依托通道"], [
        ["欧洲", "18", "21.6", "中欧班列（武汉）西通道"],
        ["中亚", "7", "4.3", "中欧班列（武汉）中通道"],
        ["东南亚", "11", "9.8", "中老铁路、江海联运"],
        ["合计", "36", "35.7", "—"],
    ], clauses)
    body("同时，我们也注意到，您在提案中指出的海外仓规模偏小、信息化水平不高、境外法律和税务风险应对能力不足等问题确实存在，需要在下一步工作中着力加以解决。")
    head("四、下一步工作")
    body("下一步，我局将认真吸纳您提出的意见建议，会同相关部门重点做好以下工作：")
    runin("（一）加密拓展班列线路。", "积极争取国铁集团支持，力争2026年中欧班列（武汉）开行量突破1400列；加快开发经跨里海国际运输走廊至南欧、经中吉乌铁路至西亚的新线路，推动开行定制化、精品化专列。")
    runin("（二）深化“班列+跨境电商”融合。", "支持汉欧国际物流有限公司与跨境电商平台企业共建“数字班列”服务平台，实现订舱、报关、追踪、结算全流程线上办理；积极争取开展跨境电商出口商品“班列拼箱”集拼业务试点。")
    runin("（三）提升海外仓服务能级。", "实施海外仓提质扩容行动，培育5家以上省级公共海外仓，推动海外仓与境内综合保税区、外贸企业数据互联互通；组织开展境外法律、税务、知识产权专题培训，帮助企业防范化解境外经营风险。")
    runin("（四）强化政策保障。", "修订完善中欧班列和跨境电商扶持政策，优化资金兑现流程，推动政策“免申即享”；建立部门联席会议机制，定期会商解决企业反映的突出问题。")
    body("感谢您对我市中欧班列和跨境电商发展的关心和支持，欢迎继续提出宝贵意见和建议。")
    empty(doc, 1)
    # 落款 aligned with typed spaces (no right alignment)
    p = add_par(doc, " " * 40 + "武汉市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 38 + "2026年5月18日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：刘洋    联系电话：027-85679213）", indent=True)
    banji(doc, "抄送：市政协提案委员会，市政府督查室。", "武汉市商务局办公室", "2026年5月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "武汉市商务局关于市政协十四届五次会议第0256号提案的答复",
            "doc_number": "武商提〔2026〕15号",
            "issuer": ["武汉市商务局"],
            "date": "2026-05-18",
            "published": None,
            "level": "municipal",
            "region": "武汉市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "答复",
            "recipients": ["李建华委员"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xian():
    stem = "blind747_xian_dafuhan"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("A类", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, [("西安市商务局", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    # 文号 left, 签发人 right using a right tab stop
    p = add_par(doc, [("西商提〔2026〕31号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周建国", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)  # 2 = RIGHT
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph with a soft line break
    p = doc.add_paragraph()
    font(p.add_run("西安市商务局关于市政协十五届五次会议"), XBS, 22)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    font(p.add_run("第0213号提案的答复函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "民建西安市委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    heads = [0]

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("贵委提出的《关于以制度创新推动自贸试验区和综合保税区高质量发展的提案》（第0213号）收悉。感谢贵委对我市高水平对外开放工作的关心和支持。该提案由我局主办，市发展改革委、市司法局、西安海关、西安国际港务区管委会会办。经认真研究，现将办理情况答复如下：")
    head("关于提升自贸试验区制度创新水平")
    body("中国（陕西）自由贸易试验区西安区域自2017年挂牌以来，坚持以制度创新为核心，累计形成制度创新成果486项，其中“铁路运输方式舱单归并”“中欧班列集结中心‘一单制’”等14项在全国复制推广。2025年，西安区域新增市场主体4.7万户，其中外商投资企业312户，实际使用外资5.9亿美元。")
    # two paragraphs typed with Shift+Enter inside one w:p
    t1 = "一是对标国际高标准经贸规则。围绕《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）相关规则，在服务贸易、数字贸易、知识产权保护等领域开展压力测试，形成首批18项对接举措。"
    t2 = "二是推进差异化探索。结合西安区域产业特色，在航空航天、硬科技、文化旅游等领域开展首创性探索，推出“航空器材保税维修”“文物艺术品保税展示交易”等创新案例。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("三是强化法治保障。配合市人大常委会推进《西安市自由贸易试验区条例》立法调研，市司法局建立自贸试验区改革事项合法性审查“绿色通道”，2025年审查改革事项37件。")
    head("关于推动综合保税区提质增效")
    body("我市现有综合保税区4个，2025年实现进出口总额2876.4亿元，占全市外贸总额的62.8%。各综合保税区运行情况如下：")
    data_table(doc, ["名称", "所在区域", "2025年进出口额（亿元）", "同比增长", "主导产业"], [
        ["西安综合保税区", "西安国际港务区", "412.6", "9.8%", "跨境电商、保税物流"],
        ["西安高新综合保税区", "西安高新区", "2203.5", "6.1%", "集成电路、智能终端"],
        ["西安航空基地综合保税区", "西安航空基地", "86.2", "17.4%", "航空维修、航空制造"],
        ["西安关中综合保税区", "西安经开区", "174.1", "12.5%", "汽车及零部件、装备制造"],
    ], clauses)
    body("针对提案中提出的综保区“重物流、轻加工”、产业链条短等问题，我局会同西安海关推动综保区由“保税物流”向“保税研发、保税维修、保税检测”等高附加值业态转型，2025年新增保税研发、保税维修项目11个。西安海关在综保区全面推行“四自一简”监管模式，企业自主备案、自定核销周期、自主核报、自主补缴税款，货物进出区时间平均缩短40%。")
    head("关于优化外商投资环境")
    body("我局认真落实《中华人民共和国外商投资法》及其实施条例，全面实施外商投资准入前国民待遇加负面清单管理制度。2025年，全市新设外商投资企业486家，实际使用外资18.7亿美元，同比增长8.2%。我局建立重点外资项目“首席服务专员”制度，为126家重点外资企业提供“一对一”服务，协调解决用地、用工、通关等问题213个。")
    body("同时，我局依托西安市外商投资企业投诉工作机制，畅通外资企业诉求反映渠道，2025年受理外资企业投诉事项17件，已全部办结，办结率100%。")
    head("下一步工作")
    body("下一步，我局将把贵委的建议作为改进工作的重要参考，重点抓好以下工作：")
    item("深化制度型开放。", "积极争取国家和省级层面支持，在西安区域开展更多首创性、集成性改革探索，力争2026年新形成制度创新成果50项以上，推动更多案例在全国复制推广。")
    item("推动综保区高质量发展。", "开展综保区绩效评估“回头看”，支持西安航空基地综合保税区建设航空保税维修基地，推动综保区内企业开展增值税一般纳税人资格试点，引导加工制造、研发设计等业态集聚。")
    item("持续优化外商投资环境。", "全面落实全国版外资准入负面清单，常态化开展“外资企业圆桌会”活动，推动外资项目早签约、早落地、早投产。")
    body("再次感谢贵委对我市商务工作的关心和支持。")
    empty(doc, 2)
    p = add_par(doc, "西安市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年6月10日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")
    empty(doc, 1)
    add_par(doc, "联系人：马晓燕　　联系电话：029-86781245", indent=False)
    banji(doc, "抄送：市政协提案委员会，市政府督查室。", "西安市商务局办公室", "2026年6月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "西安市商务局关于市政协十五届五次会议第0213号提案的答复函",
            "doc_number": "西商提〔2026〕31号",
            "issuer": ["西安市商务局"],
            "date": "2026-06-10",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["民建西安市委员会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingdao():
    stem = "blind747_qingdao_dafu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("A类", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, [("青岛市商务局", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    # layout table (no borders) holding 文号 | 签发人
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "青商提〔2026〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.rows[0].cells[1], "签发人：张卫东", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    p = add_par(doc, [("青岛市商务局关于市政协十四届五次会议", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第0087号提案的答复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "王海涛委员、孙丽娜委员、赵明委员：", indent=False)

    IND = "\u3000\u3000"  # typed full-width spaces instead of first-line indent

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, bold), (t, FS, 16, False)],
                indent=False)

    body("你们提出的《关于依托上合示范区和自贸试验区青岛片区打造跨境电商发展高地的提案》（第0087号）收悉。衷心感谢你们对我市跨境电商和对外开放工作的关心和支持！经认真研究，并商青岛海关、市发展改革委、市交通运输局、中国—上海合作组织地方经贸合作示范区管委会、中国（山东）自由贸易试验区青岛片区管委会，现答复如下：")
    empty(doc, 1)
    runin("一、跨境电商规模持续扩大。", "近年来，我市深入推进中国（青岛）跨境电子商务综合试验区建设，跨境电商规模持续扩大。2025年，全市跨境电商进出口额达到758.3亿元，同比增长18.9%；累计培育跨境电商产业园32个、公共海外仓43个，跨境电商经营主体突破1.2万家。")
    empty(doc, 1)
    runin("二、平台载体建设取得积极进展。", "围绕提案中提出的“依托重大开放平台集聚跨境电商要素”的建议，我们重点开展了以下工作：")
    body("1．上合示范区方面。依托中国—上海合作组织地方经贸合作示范区多式联运中心，开通“上合跨境电商专列”，常态化开行至中亚、俄罗斯的跨境电商班列，2025年开行217列，运输跨境电商货物货值23.6亿元。")
    body("2．自贸试验区青岛片区方面。在青岛前湾综合保税区试点跨境电商“保税备货+直播”模式，支持企业在区内设立跨境电商直播基地，实现“即看即买、保税直发”；设立跨境电商零售进口退货中心仓，退货时效由原来的30天缩短至7天。")
    body("3．口岸通关方面。青岛海关推行跨境电商出口“一次登记、一点对接、便利通关、简化申报”，跨境电商B2B出口报关单平均通关时间压缩至1.2小时；青岛港、胶东国际机场均实现跨境电商货物“7×24小时”通关。")
    empty(doc, 1)
    runin("三、政策支持体系不断健全。", "市政府出台《青岛市加快跨境电商高质量发展三年行动方案（2024—2026年）》，市商务局会同市财政局制定配套扶持资金管理办法，对新认定的公共海外仓、跨境电商产业园和年度进出口额增长较快的企业给予奖励，2025年累计兑现奖补资金5180万元，惠及企业436家。同时，我们也清醒地认识到，我市跨境电商仍存在本土品牌少、专业人才缺乏、配套服务体系不完善等问题，与先进城市相比仍有差距。")
    empty(doc, 1)
    add_par(doc, [(IND + "四、下一步工作打算", HT, 16, False)], indent=False)
    runin("（一）提升平台能级。", "支持上合示范区建设面向上合组织国家的跨境电商分拨中心，推动“上合跨境电商专列”向欧洲延伸；支持自贸试验区青岛片区争取开展跨境电商零售进口药品试点、二手车出口等业务创新。", KT, True)
    runin("（二）培育经营主体。", "实施“跨境电商+产业带”行动，推动家电、纺织服装、轮胎、海洋食品等传统产业带企业“触网出海”，2026年新培育年进出口额超亿元的跨境电商企业20家以上，打造一批“青岛造”跨境电商自主品牌。", KT, True)
    runin("（三）强化人才支撑。", "联合中国海洋大学、青岛大学等驻青高校和社会培训机构，共建跨境电商人才实训基地，年内培训跨境电商实用人才5000人次以上。", KT, True)
    runin("（四）完善服务体系。", "推动跨境电商综合服务平台与国际贸易“单一窗口”深度融合，拓展跨境支付、出口信保、海外仓融资等服务功能，为企业提供全链条服务。", KT, True)
    empty(doc, 1)
    body("感谢你们对我市跨境电商发展的关心和支持，希望继续对我们的工作提出宝贵意见和建议。")
    empty(doc, 1)
    add_par(doc, IND + "附件：青岛市商务局提案办理情况征询意见表", indent=False)
    empty(doc, 2)
    # 落款 + date in a borderless layout table on the right
    t = doc.add_table(rows=2, cols=2)
    set_cell(t.rows[0].cells[1], "青岛市商务局", FS, 16)
    set_cell(t.rows[1].cells[1], "2026年4月28日", FS, 16)
    empty(doc, 1)
    add_par(doc, IND + "联系人：刘晓峰　　联系电话：0532-85911076", indent=False)
    banji(doc, "抄送：市政协提案委员会，市政府督查室。", "青岛市商务局办公室", "2026年4月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市商务局关于市政协十四届五次会议第0087号提案的答复",
            "doc_number": "青商提〔2026〕9号",
            "issuer": ["青岛市商务局"],
            "date": "2026-04-28",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": ["青岛市商务局提案办理情况征询意见表"],
            "doc_type": "答复",
            "recipients": ["王海涛委员", "孙丽娜委员", "赵明委员"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_wuhan(), doc_xian(), doc_qingdao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
