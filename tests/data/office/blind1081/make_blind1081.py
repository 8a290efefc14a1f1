# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1081: 倡议书 (多家商协会联署) + 联合声明 (两市 / 两园区, 新闻网页版)."""
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
GREY = RGBColor(0x66, 0x66, 0x66)
IND = "\u3000\u3000"

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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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


def field(p, instr, name, size):
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
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, margins=(3.7, 3.5, 2.8, 2.6), dash_footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    if dash_footer:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1081", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting "一、")
_next_abs = [950]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_changyi():
    """多家商协会联署倡议书：无红头，空格缩进，联署单位一行两家以空格隔开。"""
    stem = "blind1081_zj_changyi"
    doc = Document()
    setup(doc)
    clauses = []

    # title: one paragraph, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于携手开拓共建“一带一路”国家"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("市场、共同防范境外经营风险的倡议书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    empty(doc, 1)
    add_par(doc, "各会员单位、全省广大外经贸企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("2025年,面对复杂严峻的外部环境，全省外经贸企业迎难而上、拓市增效，全年对共建“一带一路”国家进出口2.38万亿元，同比增长7.9%，占全省进出口总额的比重提高到50.6%；全省企业在共建国家累计设立境外企业和机构4127家，境外经贸合作区、公共海外仓等出海平台加快布局。与此同时，部分国家和地区贸易保护主义抬头，汇率波动、合同违约、出口管制、数据合规等风险明显增多，企业境外经营面临新的挑战。")
    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，引导企业在“走出去”中守法合规、稳健经营，共同维护“浙江制造”“浙江服务”良好形象，浙江省进出口商会、浙江省跨境电子商务协会等9家商协会联合向全省外经贸企业发出如下倡议。")
    # "我们倡议：" on its own line, bold
    clauses.append("我们倡议：")
    add_par(doc, [(IND, FS, 16, False), ("我们倡议：", FS, 16, True)], indent=False)
    item("一、坚守合规经营底线。", "自觉遵守我国法律法规和东道国(地区)法律、宗教、风俗习惯，严格执行出口管制、反洗钱、数据安全和个人信息保护等规定，健全企业合规管理体系，不从事商业贿赂、不正当竞争和违规转移资金等行为，做守法诚信的“一带一路”建设者。")
    item("二、强化风险防范意识。", "密切关注共建国家政治、经济、安全形势变化，用好商务部《对外投资合作国别（地区）指南》、中国出口信用保险公司国别风险报告等公共服务产品。一是签约前做好客户资信调查，审慎选择付款方式；二是积极投保出口信用保险和海外投资保险，合理运用远期结售汇等工具对冲汇率风险；三是建立境外突发事件应急预案，确保人员和资产安全。")
    item("三、坚持公平有序竞争。", "不搞低价倾销和恶性竞争，不以虚假宣传、侵犯知识产权等方式抢夺订单和市场；同一市场、同一项目中的浙江企业要加强沟通协调，以“抱团出海”代替“各自为战”，共同维护良好市场秩序。")
    item("四、共建共享出海平台。", "鼓励有条件的企业依托境外经贸合作区、公共海外仓和“浙江出口网上交易会”等平台开展合作，推进海外仓资源、物流通道和售后服务网点共享使用，带动中小微企业以更低成本开拓共建国家市场。")
    item("五、积极履行社会责任。", "尊重当地员工权益，优先使用本地化人才和供应商，注重生态环境保护，积极参与当地教育、医疗、社区建设等公益事业，讲好中国企业和浙江企业故事，促进民心相通。")
    item("六、发挥商协会桥梁作用。", "各倡议单位将加强信息共享和协同联动，及时发布境外风险提示，组织开展合规培训、法律咨询和贸易摩擦应对等服务，畅通企业诉求反映渠道，当好政府和企业之间的“连心桥”。")
    body("“一带一路”连接你我，合规经营行稳致远。让我们携起手来，守正出新、诚信共赢，为推进高水平对外开放、打造“一带一路”重要枢纽作出新的更大贡献！")
    empty(doc, 2)

    # signing organisations: several a line, separated by typed spaces / a tab
    orgs = ["浙江省进出口商会", "浙江省跨境电子商务协会", "浙江省国际货运代理协会",
            "浙江省服务贸易协会", "浙江省对外承包工程商会", "浙江省海外投资企业协会",
            "浙江省纺织品进出口商会", "浙江省机电产品进出口商会", "浙江省外商投资企业协会"]
    add_par(doc, IND + "倡议单位：", indent=False)
    lines = [
        [(IND + orgs[0] + "\u3000" * 5 + orgs[1], FS, 16, False)],
        [(IND + orgs[2] + "\u3000\u3000" + orgs[3], FS, 16, False)],
        [(IND + orgs[4], FS, 16, False), ("\t", FS, 16, False), (orgs[5], FS, 16, False)],
        [(IND + orgs[6] + "    " + orgs[7], FS, 16, False)],   # half-width spaces
        [(IND + orgs[8], FS, 16, False)],
    ]
    for ln in lines:
        p = add_par(doc, ln, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2))
    empty(doc, 1)
    add_par(doc, " " * 46 + "2026年3月16日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于携手开拓共建“一带一路”国家市场、共同防范境外经营风险的倡议书",
            "doc_number": None,
            "issuer": orgs,
            "date": "2026-03-16",
            "published": None,
            "level": "other",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "倡议书",
            "recipients": ["各会员单位", "全省广大外经贸企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_shengming():
    """两市联合声明：标题三行，Word 自动编号“一、”，双方落款并排（无框表格），
    汉字日期，附件另页（合并表头、表头行重复、序号列、表下注）。"""
    stem = "blind1081_xian_samarkand"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    for i, t in enumerate(["中华人民共和国陕西省西安市与",
                           "乌兹别克斯坦共和国撒马尔罕市关于深化共建",
                           "“一带一路”务实合作的联合声明"]):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    empty(doc, 1, line=20)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = [0]

    def item(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, [(t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("应中华人民共和国陕西省西安市人民政府邀请，乌兹别克斯坦共和国撒马尔罕市市长绍赫鲁赫·拉希莫夫于2025年11月6日至8日率代表团访问西安。访问期间，两市领导人举行会谈，就深化共建“一带一路”合作、推动两市友好关系持续发展深入交换意见，达成广泛共识。")
    body("双方一致认为，西安和撒马尔罕均为古丝绸之路上的重要城市，两市人民友好交往源远流长。2019年两市缔结友好城市关系以来，各领域交流合作不断深化，2025年双边贸易额达到4.86亿美元，同比增长23.5%，中欧班列（西安）“长安号”已常态化开行至撒马尔罕。双方愿以落实中乌两国元首重要共识为引领，推动两市合作提质升级。为此，双方声明如下：")
    item("双方同意建立两市市长定期会晤机制，原则上每两年举行一次会晤，轮流在两市举办，统筹推进各领域合作。两市政府外事部门作为联络机构，负责日常沟通协调。")
    item("双方将深化经贸投资合作。支持两市企业在纺织服装、农产品加工、新能源、建材等领域开展投资合作，鼓励西安企业参与撒马尔罕自由经济区建设，力争到2027年两市贸易额突破8亿美元。")
    item("双方将加强互联互通。依托中欧班列（西安）“长安号”和中吉乌铁路建设，共同推动开行西安—撒马尔罕直达货运班列，探索开通两市之间直航航线，提升货物通关和人员往来便利化水平。")
    item("双方将拓展人文旅游合作。共同打造“丝路古城”文化旅游品牌，互办文化周、旅游推介会和文物展览，支持两市高校、研究机构在考古研究、文物保护、语言教学等方面开展合作，中方每年为撒方提供不少于30个来西安留学进修名额。")
    item("双方将加强农业和绿色发展合作。支持共建现代农业示范园和节水灌溉技术推广中心，在光伏发电、城市垃圾处理、污水治理等领域开展技术交流和项目合作。")
    item("双方同意成立两市经贸合作工作组，负责落实本联合声明确定的合作事项，制定年度工作计划，并定期向两市市长报告工作进展。")
    body("本联合声明于二〇二五年十一月八日在西安签署，一式两份，每份均用中文和乌兹别克文写成，两种文本同等作准。")
    ann_title = "西安市与撒马尔罕市2026—2027年重点合作项目清单"
    add_par(doc, "附件：" + ann_title)
    # 落款 would fall alone onto the next page: clerk forces a break and marks it
    page_break(doc)
    add_par(doc, "（此页无正文）")
    empty(doc, 3)

    # both parties side by side in a borderless layout table
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [("中华人民共和国", "乌兹别克斯坦共和国"),
           ("西安市人民政府", "撒马尔罕市政府"),
           ("市长\u3000郑卫平", "市长\u3000绍赫鲁赫·拉希莫夫"),
           ("（签字）", "（签字）")]
    for ri, (l, r) in enumerate(sig):
        set_cell(t.rows[ri].cells[0], l, FS, 16, line=28)
        set_cell(t.rows[ri].cells[1], r, FS, 16, line=28)
        for c in t.rows[ri].cells:
            c.paragraphs[0].paragraph_format.keep_with_next = True
    add_par(doc, "二〇二五年十一月八日", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("西安市与撒马尔罕市2026—2027年", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点合作项目清单"), XBS, 20)
    empty(doc, 1, line=14)
    rows = [
        ["1", "西安—撒马尔罕直达货运班列常态化开行", "物流通道", "西安国际港务区管委会", "撒马尔罕州交通局", "2026年"],
        ["2", "撒马尔罕中国（西安）纺织产业园", "产业投资", "西安市商务局", "撒马尔罕自由经济区管理局", "2026—2027年"],
        ["3", "现代农业示范园", "农业合作", "西安市农业农村局", "撒马尔罕市农业局", "2026—2027年"],
        ["4", "节水灌溉技术推广中心", "农业合作", "西安市水务局", "撒马尔罕州水资源管理局", "2026年"],
        ["5", "“丝路古城”文化旅游联合推介", "文化旅游", "西安市文化和旅游局", "撒马尔罕市旅游委员会", "2026年"],
        ["6", "考古与文物保护联合研究", "人文交流", "西安市文物局", "撒马尔罕考古研究所", "2026—2027年"],
        ["7", "西安—撒马尔罕直航航线开通", "互联互通", "西安市交通运输局", "撒马尔罕国际机场", "2027年"],
        ["8", "光伏电站及城市垃圾处理项目", "绿色发展", "西安市发展和改革委员会", "撒马尔罕市投资和外贸局", "2026—2027年"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    for ci, w in enumerate([1.2, 4.4, 2.0, 3.6, 3.6, 2.6]):
        tb.columns[ci].width = Cm(w)
        for r in tb.rows:
            r.cells[ci].width = Cm(w)
    top = ["序号", "项目名称", "合作领域", "牵头单位", "牵头单位", "计划实施时间"]
    for ci in (0, 1, 2, 5):
        c = tb.cell(0, ci).merge(tb.cell(1, ci))
        set_cell(c, top[ci], HT, 12)
    c = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(c, "牵头单位", HT, 12)
    set_cell(tb.cell(1, 3), "中方", HT, 12)
    set_cell(tb.cell(1, 4), "乌方", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    heads = ["序号", "项目名称", "合作领域", "牵头单位／中方", "牵头单位／乌方", "计划实施时间"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    note = "注：项目清单根据工作推进情况由两市经贸合作工作组动态调整。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中华人民共和国陕西省西安市与乌兹别克斯坦共和国撒马尔罕市关于深化共建“一带一路”务实合作的联合声明",
            "doc_number": None,
            "issuer": ["西安市人民政府", "撒马尔罕市政府"],
            "date": "2025-11-08",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [ann_title],
            "doc_type": "联合声明",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_news():
    """新闻网页打印版：站点名、面包屑、来源/发布时间/浏览次数，宋体小字，
    浏览器页眉页脚（打印时间、网址、1/2），落款两园区名称与日期右对齐。"""
    stem = "blind1081_lyg_news"
    doc = Document()
    s = setup(doc, body_font=SONG, margins=(2.0, 2.0, 1.9, 1.9), dash_footer=False)
    clauses = []
    site = "中国（江苏）自由贸易试验区连云港片区"
    title = ("中国（江苏）自由贸易试验区连云港片区与哈萨克斯坦“霍尔果斯—东门”经济特区"
             "关于共建中哈陆海联运合作走廊的联合声明")

    # browser print header / footer
    hp = s.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), 2)
    font(hp.add_run("2026/1/16 09:27"), SONG, 8)
    font(hp.add_run("\t" + title[:40] + "..."), SONG, 8)
    fp = s.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), 2)
    font(fp.add_run("http://lyg.china-jsftz.gov.cn/art/2026/1/15/art_4512_98763.html\t"), SONG, 8)
    field(fp, "PAGE", SONG, 8)
    font(fp.add_run("/"), SONG, 8)
    field(fp, "NUMPAGES", SONG, 8)

    add_par(doc, [(site, SONG, 18, True, RGBColor(0xC0, 0x00, 0x00))], indent=False, line=30)
    p = add_par(doc, [("首页  >  新闻中心  >  片区动态", SONG, 9, False, GREY)], indent=False,
                line=16, after=6)
    border(p, "bottom", "C00000", 12, 4)
    empty(doc, 1, line=12)
    add_par(doc, [(title, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=26, after=6)
    p = add_par(doc, [("来源：连云港片区管委会\u3000\u3000发布时间：2026-01-15 16:42\u3000\u3000"
                       "浏览次数：1263\u3000\u3000【字体：大 中 小】", SONG, 9, False, GREY)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=16, after=4)
    border(p, "bottom", "BBBBBB", 6, 6)
    empty(doc, 1, line=10)

    def body(t, lead=IND):
        clauses.append(t)
        add_par(doc, [(lead + t, SONG, 12, False)], indent=False, line=22, after=6)

    def head_only(t):
        add_par(doc, [(IND + t, SONG, 12, True)], indent=False, line=22, after=6)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, SONG, 12, False), (h, SONG, 12, True), (t, SONG, 12, False)],
                indent=False, line=22, after=6)

    body("为深入落实中哈两国元首关于共建“一带一路”的重要共识，推动“丝绸之路经济带”与哈萨克斯坦“光明之路”新经济政策深度对接，中国（江苏）自由贸易试验区连云港片区（以下简称“连云港片区”）与哈萨克斯坦“霍尔果斯—东门”经济特区（以下简称“东门特区”）经友好协商，发表联合声明如下：")
    runin("（一）深化陆海联运通道合作。", "双方将依托中哈（连云港）物流合作基地和霍尔果斯—东门无水港，推动“连云港—霍尔果斯”过境班列稳定开行，力争2026年双向开行班列突破1200列、运量达到10万标准箱；共同开发经里海至南高加索、欧洲的跨里海国际运输走廊线路，打造“日韩—连云港—中亚—欧洲”陆海联运大通道。")
    runin("（二）推进口岸通关便利化。", "双方支持连云港海关与东门特区口岸管理部门在“关铁通”、AEO互认、检验检疫结果互认等方面加强协作,推行过境货物“一次申报、一次查验、一次放行”，力争过境集装箱平均通关时间压缩30%以上。")
    head_only("（三）加强数字物流协同")
    body("1.共建“连云港—东门”物流信息共享平台，实现班列运行、集装箱动态、仓储库存等数据实时交换。", lead="    ")
    body("2.推广使用电子运单和铁路“一单制”提单，探索开展基于区块链的多式联运单证互认试点。", lead="    ")
    body("3.联合开展物流从业人员数字化技能培训，每年培训不少于200人次。", lead="    ")
    runin("（四）拓展产业和贸易合作。", "双方鼓励区内企业围绕粮食、矿产品、化工原料、机电产品等开展双向贸易，支持在东门特区设立连云港片区商品展示中心，在连云港片区建设中亚农产品进口分拨中心，共同招引跨境物流、加工贸易和跨境电商企业入驻。")
    runin("（五）建立常态化合作机制。", "双方同意建立联席会议制度，每年至少召开一次会议，轮流在两地举办，研究解决合作中的重大问题；双方各指定一名联络员，负责日常沟通和项目对接。")
    body("本联合声明自签署之日起生效，以中文、哈萨克文和俄文写成，三种文本同等作准。")
    empty(doc, 1, line=16)
    for t in ["中国（江苏）自由贸易试验区连云港片区管理委员会",
              "哈萨克斯坦“霍尔果斯—东门”经济特区管理公司",
              "2026年1月14日"]:
        add_par(doc, [(t, SONG, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                line=22)
    empty(doc, 1, line=16)
    p = add_par(doc, [("责任编辑：孙晓雯", SONG, 9, False, GREY)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=16)
    p = add_par(doc, [("【打印本页】\u3000【关闭窗口】", SONG, 9, False, GREY)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=16, after=6)
    border(p, "bottom", "C00000", 12, 4)
    add_par(doc, [("主办单位：中国（江苏）自由贸易试验区连云港片区管理委员会\u3000\u3000"
                   "苏ICP备2021012345号-1", SONG, 8, False, GREY)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=14)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["中国（江苏）自由贸易试验区连云港片区管理委员会",
                       "哈萨克斯坦“霍尔果斯—东门”经济特区管理公司"],
            "date": "2026-01-14",
            "published": "2026-01-15",
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-01-14",
            "expires": None,
            "attachments": [],
            "doc_type": "联合声明",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_changyi(), doc_shengming(), doc_news()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
