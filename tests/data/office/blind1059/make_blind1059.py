# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1059: 答记者问 (商务部 / 浙江省商务厅) + 部门规章政策解读, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def _field(p, instr, size=14, name=SONG, placeholder="1"):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(placeholder), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
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
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5, placeholder="3")
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, clauses, widths=None, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1059", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


def base_meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_mofcom():
    """商务部有关负责人就《境外经济贸易合作区管理办法》答记者问 (web release typed into Word)."""
    stem = "blind1059_mofcom_djz"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # title: one paragraph, manual line break in the middle of the book-title marks
    p = doc.add_paragraph()
    font(p.add_run("商务部有关负责人就《境外经济贸易合作"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区管理办法》答记者问"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    add_par(doc, [("来源：商务部新闻办公室\u3000\u3000\u3000发布时间：2026-04-16 15:30", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6, after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def ask(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 16, True)])

    def answer(t):
        clauses.append(t)
        add_par(doc, [(t[:2], HT, 16, False), (t[2:], FS, 16, False)])

    body("2026年4月10日，商务部公布《境外经济贸易合作区管理办法》（商务部令2026年第3号，以下简称《办法》），自2026年6月1日起施行。日前，商务部有关负责人就《办法》出台的背景、主要内容和下一步工作等回答了记者提问。")

    ask("问：请介绍一下《办法》出台的背景和意义。")
    answer("答：境外经济贸易合作区（以下简称合作区）是我国企业在境外投资建设、以产业集聚为主要特征的产业园区，是推动高质量共建“一带一路”的重要平台。截至2025年底，我国企业在46个国家建设的合作区累计投资787.3亿美元，入区企业7642家，上缴东道国税费86.5亿美元，为当地创造就业岗位46.2万个。")
    body("近年来，合作区发展面临的外部环境发生深刻复杂变化，部分合作区存在规划定位不够清晰、招商引资难度加大、风险防控能力不足等问题。2015年印发的《境外经贸合作区考核办法》主要侧重事后考核，已难以适应新形势下合作区建设运营管理的需要。制定出台《办法》，是贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展决策部署的具体举措，对于规范合作区建设运营、提升合作区发展质量和综合效益、更好统筹发展和安全具有重要意义。")

    ask("问：《办法》的主要内容有哪些？")
    answer("答：《办法》共六章三十四条，分为总则、建设与运营、确认与评价、支持与服务、监督管理和附则。主要内容包括：")
    body("一是明确合作区的定义和建设原则。《办法》明确，合作区由在中华人民共和国境内依法注册的企业（以下简称实施企业）在境外投资建设，坚持企业主体、市场运作、互利共赢、依法合规的原则。")
    body("二是规范合作区建设运营。《办法》要求实施企业科学编制总体发展规划，与东道国签订的园区协议应当明确土地、税收、基础设施配套等权利义务，并建立健全安全生产、环境保护、劳工权益保障等管理制度。")
    body("三是建立确认与动态评价制度。商务部会同有关部门对符合条件的合作区进行确认，并按年度开展发展质量评价，评价结果分为优秀、良好、合格、不合格四个等次。")
    body("四是完善监督管理措施。明确实施企业信息报送义务，对连续两年评价不合格或者发生重大安全事故、造成恶劣影响的，撤销确认。")

    ask("问：申请确认的合作区需要满足哪些条件？")
    answer("答：根据《办法》第十二条，申请确认的合作区应当符合东道国法律法规和我国对外投资有关规定，产业定位清晰，运营满三年以上，并在投资规模、入区企业数量等方面达到相应标准。《办法》将合作区分为综合型和专业型两类，主要量化指标如下：")
    add_par(doc, [("合作区确认主要量化指标", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=24, before=6)
    grid_table(doc, ["序号", "指标", "综合型合作区", "专业型合作区"], [
        ["1", "累计实际投资额", "不低于1.5亿美元", "不低于8000万美元"],
        ["2", "入区企业数量", "不少于30家", "不少于15家"],
        ["3", "已开发建设面积", "不少于2平方公里", "不少于1平方公里"],
        ["4", "雇用当地员工比例", "不低于60%", "不低于60%"],
    ], clauses, widths=[1.4, 4.6, 4.6, 4.6])
    body("需要说明的是，对位于共建“一带一路”重点国家、在带动我国装备、技术、标准和服务“走出去”方面作用突出的合作区，上述投资额和入区企业数量指标可适当放宽。")

    ask("问：在支持合作区发展方面，《办法》作出了哪些规定？")
    answer("答：《办法》注重发挥政策引导作用，着力为合作区发展营造良好环境。一是加大政策支持。对经确认的合作区，按规定在外经贸发展专项资金、政策性金融、出口信用保险等方面给予支持；二是加强公共服务。依托“走出去”公共服务平台，为合作区提供东道国投资环境、法律政策、安全风险等信息服务；三是强化双边机制保障。充分利用双边经贸联委会、投资合作工作组等机制，协调解决合作区建设中的重大问题，推动与东道国签订合作区建设合作协议或谅解备忘录。")

    ask("问：如何防范合作区建设运营中的风险？")
    # two paragraphs typed as one w:p with Shift+Enter
    t1 = "答：统筹发展和安全是《办法》的一条主线。《办法》要求实施企业建立健全境外安全风险防范和应急处置机制，定期开展风险评估，对东道国政治、经济、社会、安全等风险进行持续监测，并按规定报告重大突发事件。"
    t2 = "商务部将会同外交部、国家发展改革委等部门，加强对合作区的分类指导，对发生重大安全生产事故、严重违反东道国法律法规或者损害国家形象的，依法依规严肃处理。地方商务主管部门应当加强对本地区实施企业的日常监管，督促企业合规经营。"
    p = doc.add_paragraph()
    font(p.add_run(t1[:2]), HT, 16)
    font(p.add_run(t1[2:]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])

    ask("问：下一步，商务部将如何推动《办法》落地实施？")
    answer("答：《办法》施行后，《境外经贸合作区考核办法》（商合发〔2015〕18号）同时废止。下一步，商务部将重点做好以下工作：一是加强宣传解读，指导地方商务主管部门和实施企业准确理解《办法》各项规定；二是抓紧制定合作区发展质量评价指标体系等配套文件，2026年内组织开展首批合作区确认工作；三是做好新旧制度衔接，对已通过考核的合作区设置一年过渡期，过渡期内按照《办法》要求完善相关条件；四是总结推广合作区建设运营的典型经验，推动合作区高质量发展。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": base_meta(
            title="商务部有关负责人就《境外经济贸易合作区管理办法》答记者问",
            issuer=["商务部"], published="2026-04-16", level="ministry",
            effective="2026-06-01", doc_type="答记者问",
            repeals="《境外经贸合作区考核办法》（商合发〔2015〕18号）"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhejiang():
    """浙江省商务厅有关负责人就《…若干措施》答记者问 (indent typed with 全角空格, two-level table)."""
    stem = "blind1059_zj_djz"
    doc = Document()
    setup(doc, "page_of")
    clauses = []

    # title: three separate paragraphs, broken at odd places
    for i, line in enumerate(["浙江省商务厅有关负责人就《关于推进",
                              "中国（浙江）自由贸易试验区跨境服务贸易",
                              "高质量发展的若干措施》答记者问"]):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34, before=12 if i == 0 else 0)
    empty(doc, 1, line=16)
    add_par(doc, [("来源：浙江省商务厅    发布日期：2026-02-09", FS, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20, after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def ask(t):
        clauses.append(t)
        add_par(doc, [(IND, FS, 16, False), (t, HT, 16, False)], indent=False, before=4)

    def answer(t):
        clauses.append(t)
        add_par(doc, [(IND, FS, 16, False), (t[:2], FS, 16, True), (t[2:], FS, 16, False)],
                indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("近日，浙江省商务厅、浙江省发展和改革委员会、浙江省财政厅、中国人民银行浙江省分行联合印发《关于推进中国（浙江）自由贸易试验区跨境服务贸易高质量发展的若干措施》(浙商务联发〔2026〕8号，以下简称《若干措施》)。为便于社会各界更好地理解和执行,省商务厅有关负责人接受记者采访，对《若干措施》进行了解读。")

    ask("问：请简要介绍《若干措施》出台的背景。")
    answer("答：跨境服务贸易是服务贸易的重要组成部分，也是自由贸易试验区制度型开放的重点领域。2025年，全省服务贸易进出口额6023.7亿元，同比增长11.4%，其中数字服务贸易进出口额3189.2亿元，占比52.9%。中国（浙江）自由贸易试验区舟山、宁波、杭州、金义四个片区跨境服务贸易进出口额合计1842.6亿元，占全省的30.6%。")
    body("2024年国家发布《自由贸易试验区跨境服务贸易特别管理措施（负面清单）》后，我省自贸试验区跨境服务贸易迎来新的发展机遇，但也面临数据跨境流动、专业资格互认、跨境支付结算等方面的堵点卡点。为此，省商务厅会同相关部门在深入调研、广泛征求意见的基础上，研究制定了《若干措施》。")

    ask("问：《若干措施》提出了哪些发展目标？")
    answer("答：《若干措施》提出，到2028年，自贸试验区跨境服务贸易规模稳步扩大、结构持续优化，制度型开放取得显著成效，建成一批具有国际竞争力的服务贸易集聚区。主要指标如下：")
    add_par(doc, [("表1　浙江自贸试验区跨境服务贸易主要发展目标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)

    # two-level header: 序号 | 指标名称 | 单位 | 2025年基数 | 目标值(2026年 | 2028年)
    rows = [
        ["1", "跨境服务贸易进出口额", "亿元", "1842.6", "2050", "2600"],
        ["2", "数字服务贸易进出口额占比", "%", "53.4", "55", "60"],
        ["3", "离岸贸易结算规模", "亿美元", "186", "220", "300"],
        ["4", "省级服务贸易示范企业", "家", "78", "100", "150"],
        ["5", "服务贸易特色基地", "个", "12", "15", "20"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ci, h in enumerate(["序号", "指标名称", "单位", "2025年基数"]):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 12)
    c = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(c, "目标值", HT, 12)
    set_cell(t.cell(1, 4), "2026年", HT, 12)
    set_cell(t.cell(1, 5), "2028年", HT, 12)
    hdr = ["序号", "指标名称", "单位", "2025年基数", "目标值／2026年", "目标值／2028年"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    set_widths(t, [1.3, 5.6, 1.8, 2.6, 2.0, 2.0])
    note = "注：1.跨境服务贸易进出口额为自贸试验区四个片区合计数；2.2025年基数为快报数，最终以统计部门公布数据为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    ask("问：在推进制度型开放方面，《若干措施》有哪些具体举措？")
    answer("答：《若干措施》共5个方面20条，其中制度型开放方面的举措主要有：")
    runin("（一）全面落实跨境服务贸易负面清单。", "对清单之外的领域，按照境内外服务及服务提供者待遇一致原则实施管理，梳理公布清单外领域行政许可事项办事指南，不得以任何形式对境外服务提供者增设准入限制。")
    runin("（二）推动数据跨境安全有序流动。", "支持杭州片区、宁波片区制定数据出境负面清单，在跨境电商、跨境物流、研发设计等领域探索建立一般数据清单，清单外数据可自由流动；建设省级数据跨境服务中心，为企业提供政策咨询和合规辅导。")
    runin("（三）便利跨境服务贸易资金结算。", "支持符合条件的银行为优质企业办理经常项目资金收付“绿色通道”业务，扩大跨国公司本外币一体化资金池试点范围，2026年新增试点企业不少于20家。")
    runin("（四）推进专业资格互认。", "在金融、建筑、医疗、法律等领域，探索开展境外职业资格认可，允许具有境外职业资格的专业人才经备案后在自贸试验区内执业，全年认可境外职业资格不少于50项。")

    ask("问：对市场主体有哪些支持政策？")
    answer("答：《若干措施》从资金、人才、平台等方面加大对企业的支持力度：")
    body("1.资金支持。省级商务发展专项资金对新认定的省级服务贸易示范企业给予一次性奖励，最高不超过50万元；对承接离岸服务外包业务增长较快的企业，按其年度离岸执行额给予适当奖励。")
    body("2.人才支持。将符合条件的跨境服务贸易高层次人才纳入全省人才服务体系，在子女入学、医疗保障、出入境便利等方面提供“一站式”服务。")
    body("3.平台支持。支持企业参加中国国际服务贸易交易会、全球数字贸易博览会等重点展会，对企业展位费给予不超过70%的补助。")

    ask("问：《若干措施》何时开始实施？下一步如何抓好落实？")
    answer("答：《若干措施》自2026年3月1日起施行，有效期至2028年12月31日。实施期间如遇国家政策调整，按国家有关规定执行。")
    body("下一步，省商务厅将会同各成员单位，建立《若干措施》落实工作台账，实行清单化管理、项目化推进；加强对四个片区的工作指导，每半年开展一次政策实施效果评估，及时总结推广典型经验做法，确保各项措施落地见效。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": base_meta(
            title="浙江省商务厅有关负责人就《关于推进中国（浙江）自由贸易试验区跨境服务贸易高质量发展的若干措施》答记者问",
            issuer=["浙江省商务厅"], published="2026-02-09", level="provincial",
            region="浙江省", effective="2026-03-01", expires="2028-12-31",
            doc_type="答记者问"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_jiedu():
    """《二手车出口管理办法》政策解读 (sections with Word auto numbering, table, 附件 after 落款)."""
    stem = "blind1059_escjiedu"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    n_sec = make_numbering(doc, "%1、")

    add_par(doc, [("关于《二手车出口", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, before=24)
    add_par(doc, [("管理办法》的政策解读", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("来源：对外贸易司", KT, 14, False), ("\t", KT, 14, False),
                  ("发布时间：2026-03-31", KT, 14, False)],
            indent=False, line=24, before=6, after=12)
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def sec(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_sec)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("近日，商务部、公安部、海关总署联合公布《二手车出口管理办法》（商务部 公安部 海关总署令2026年第2号，以下简称《办法》）。现就《办法》有关内容解读如下：")

    sec("出台背景")
    body("二手车出口是汽车产业链延伸和外贸新业态的重要组成部分。2019年以来，经国务院同意，商务部、公安部、海关总署先后分批在天津、上海、浙江、广东、四川、新疆等地开展二手车出口业务，二手车出口规模快速增长。2025年，全国二手车出口43.6万辆，同比增长26.8%，出口金额达到87.9亿美元，出口市场覆盖中东、中亚、非洲、东南亚等140多个国家和地区。")
    body("与此同时，二手车出口中也出现了“零公里二手车”违规出口、车辆质量参差不齐、售后服务缺失等问题，影响我国汽车产品的国际形象。原《二手车出口业务管理暂行规定》层级较低，约束力不足。为规范二手车出口秩序、促进行业健康发展，有必要制定出台部门规章。")

    sec("主要内容")
    body("《办法》共六章三十二条，包括总则、出口企业、出口车辆、出口流程、监督管理和附则。主要内容如下：")
    runin("（一）明确适用范围。", "《办法》适用于在中华人民共和国境内注册登记、办理转移登记或者注销登记后出口的二手车。出口新车不适用本办法。")
    runin("（二）实行出口企业名单管理。", "申请开展二手车出口业务的企业，应当具有对外贸易经营资格和二手车经营能力，具备相应的检测能力和海外售后服务保障能力，由所在地省级商务主管部门会同公安、海关部门初审后，报商务部会同公安部、海关总署确认。")
    runin("（三）规范出口车辆条件。", "出口车辆应当经具备资质的检测机构检测合格，取得出口车辆检测报告；自注册登记之日起不满180日的车辆，出口企业应当提供车辆来源合法性证明材料。")
    runin("（四）优化出口通关流程。", "公安机关交通管理部门为出口车辆办理临时性注销登记提供便利，实现注销登记“网上办”；海关对出口车辆实行“一车一报”，推行无纸化申报。")
    runin("（五）强化事中事后监管。", "建立二手车出口信息管理系统，实行出口企业信用评价；对存在虚假申报、出口不合格车辆等违法违规行为的企业，依法暂停或者取消其出口资格。")

    sec("主要变化")
    body("与原《二手车出口业务管理暂行规定》相比，《办法》主要在以下方面作了调整：")
    grid_table(doc, ["序号", "事项", "原规定", "《办法》规定"], [
        ["1", "文件层级", "规范性文件", "部门规章"],
        ["2", "业务开展范围", "限于经批准的试点地区", "全国范围，符合条件的企业均可申请"],
        ["3", "企业确认方式", "地方推荐、三部门批复", "省级初审、三部门确认，实行名单动态管理"],
        ["4", "短期车辆出口", "未作规定", "注册登记不满180日的须提供来源合法性证明"],
        ["5", "海外售后服务", "鼓励建立", "须具备相应保障能力，纳入信用评价"],
        ["6", "退出机制", "未明确", "连续12个月无出口业务的，移出企业名单"],
    ], clauses, widths=[1.2, 3.0, 4.2, 7.2], left_cols=(2, 3))

    sec("施行时间")
    body("《办法》自2026年5月1日起施行。《二手车出口业务管理暂行规定》（商贸发〔2022〕47号）同时废止。《办法》施行前已开展二手车出口业务的企业，应当于2026年10月31日前按照《办法》规定重新申请确认。")


    empty(doc, 1)
    add_par(doc, "附件：二手车出口企业申报材料清单")
    empty(doc, 1)
    # 落款 positioned with a tab stop, date in Chinese numerals
    for txt in ["商务部对外贸易司", "二〇二六年三月二十八日"]:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6), WD_TAB_ALIGNMENT.CENTER)

    # ---- 附件 on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("二手车出口企业申报材料清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)
    grid_table(doc, ["序号", "材料名称", "份数", "备注"], [
        ["1", "二手车出口企业申请表", "1", "加盖企业公章"],
        ["2", "营业执照复印件", "1", "—"],
        ["3", "对外贸易经营者备案登记表或进出口货物收发货人备案回执", "1", "—"],
        ["4", "二手车经营场地及检测能力证明材料", "1", "含场地产权证明或租赁合同"],
        ["5", "海外售后服务网点情况说明", "1", "注明国别、地址及服务内容"],
        ["6", "企业近三年无重大违法违规行为承诺书", "1", "法定代表人签字"],
    ], clauses, widths=[1.2, 8.0, 1.4, 5.0], left_cols=(1,))
    note = "注：以上材料均需提供纸质版一份和电子版一份；外文材料须附中文译本。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": base_meta(
            title="关于《二手车出口管理办法》的政策解读",
            issuer=["商务部对外贸易司"], date="2026-03-28", published="2026-03-31",
            level="ministry", effective="2026-05-01",
            attachments=["二手车出口企业申报材料清单"], doc_type="政策解读",
            repeals="《二手车出口业务管理暂行规定》（商贸发〔2022〕47号）"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_mofcom(), doc_zhejiang(), doc_jiedu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
