# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1083: 领导讲话稿 at 自贸试验区 / 一带一路 conferences + 新闻通稿.

Writes into its own directory:
  blind1083_gx_jianghua.docx/.pdf   广西 speech (自治区人民政府副主席)
  blind1083_gx_tonggao.docx/.pdf    新闻通稿 of that conference (自治区商务厅)
  blind1083_xa_huiyi.docx/.pdf      西安 会议材料: speech (市长) + 新华社 wire, two documents
  expected.json                     answer key
"""
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
IND = "\u3000\u3000"  # typed full-width spaces used as indent

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


def fmt(p, align=None, first=Pt(32), line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first
    return p


def par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); a text of '\\n' is a
    manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r[0] == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), first=Pt(0), line=line)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=Pt(0))


def setup(doc, left="— ", right=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, 14)


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


_abs = [700]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _abs[0]
    _abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1083", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# ====================================================== A: 广西 speech
def doc_gx_speech():
    stem = "blind1083_gx_jianghua"
    doc = Document()
    setup(doc)
    cl = []

    par(doc, [("内部资料　注意保存", HT, 14, False)], first=Pt(0))
    empty(doc, 1)
    # title: one paragraph, three lines broken by hand at odd places
    par(doc, [("在全区深入推进中国（广西）自由贸易", XBS, 22, False), ("\n",),
              ("试验区提升战略暨共建“一带一路”", XBS, 22, False), ("\n",),
              ("高质量发展大会上的讲话", XBS, 22, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), line=36)
    empty(doc, 1)
    par(doc, [("自治区人民政府副主席　韦　立", KT, 16, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0))
    par(doc, [("（2026年3月18日）", KT, 16, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0))
    empty(doc, 1)
    par(doc, "同志们：", first=Pt(0))

    def body(t):
        cl.append(t)
        par(doc, t)

    def body_sp(t):  # indent typed with full-width spaces
        cl.append(t)
        par(doc, IND + t, first=Pt(0))

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def lead(h, t, hfont=FS):
        cl.append(h + t)
        par(doc, [(h, hfont, 16, True), (t, FS, 16, False)])

    body("今天，自治区人民政府召开全区深入推进中国（广西）自由贸易试验区提升战略暨共建“一带一路”高质量发展大会，主要任务是深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，总结2025年工作，部署2026年重点任务。刚才，南宁市、钦州市、崇左市和北部湾港集团作了交流发言，讲得都很好；自治区商务厅通报了2025年度自贸试验区建设评估情况，我都同意。下面，我讲三点意见。")
    head("一、充分肯定成绩，进一步坚定推进高水平开放的信心")
    body("过去一年，全区上下坚持以开放促改革、促发展，自贸试验区建设和共建“一带一路”各项工作取得新的明显成效。")
    lead("改革试验取得新突破。", "2025年，广西自贸试验区新形成制度创新成果82项，累计达到326项，其中“跨境金融服务一体化”“边民互市贸易进口商品落地加工”等9项成果在全国复制推广，数量居沿边自贸试验区前列。")
    lead("开放平台能级持续提升。", "南宁、钦州港、崇左三个片区全年实现进出口总额3,862.7亿元，同比增长11.4%，以不到全区千分之一的面积，贡献了全区27.6%的外贸进出口和31.2%的实际使用外资。")
    # manual line break in the middle of a paragraph (text pasted from a draft)
    h = "陆海新通道加快建设。"
    t1 = "西部陆海新通道海铁联运班列全年开行11,263列，同比增长14.9%，通达全球126个国家和地区的548个港口；"
    t2 = "平陆运河三大枢纽主体工程基本完工，北部湾港全年完成集装箱吞吐量1,012万标准箱，首次突破千万标准箱大关。"
    par(doc, [(h, FS, 16, True), (t1, FS, 16, False), ("\n",), (t2, FS, 16, False)])
    cl.append(h + t1 + t2)
    lead("对东盟合作更加紧密。", "2025年，广西对东盟进出口总额达到3,216.5亿元，东盟连续26年保持广西第一大贸易伙伴地位；中国—东盟产业合作区建设全面铺开，首批入园项目87个、总投资1,436亿元。")
    body_sp("在肯定成绩的同时，我们也要清醒看到，我区自贸试验区建设还存在一些短板和不足：首创性、集成性制度创新成果不多，产业支撑还不够有力，通道优势尚未充分转化为产业优势和经济优势，部分片区营商环境与先进地区相比仍有差距。对这些问题，我们必须高度重视，切实加以解决。")
    head("二、准确把握形势任务，切实增强推进自贸试验区提升战略的紧迫感")
    body("当前，世界百年未有之大变局加速演进，全球产业链供应链加快重构，国际经贸规则深刻调整。从国家层面看，中国—东盟自贸区3.0版升级议定书已经签署，RCEP(区域全面经济伙伴关系协定)红利持续释放，国家明确支持广西打造国内国际双循环市场经营便利地、粤港澳大湾区重要战略腹地，为我们带来了难得的战略机遇。从区内看，随着平陆运河建成通航、西部陆海新通道骨干工程加快完善，广西在全国开放大局中的地位更加凸显。")
    body_sp("各地各部门要把思想和行动统一到党中央、国务院决策部署上来，既要看到有利条件，也要正视风险挑战，以更大的力度、更实的举措推动自贸试验区提升战略落地见效，努力在服务和融入新发展格局中展现广西更大担当。")
    head("三、聚焦重点精准发力，推动自贸试验区和共建“一带一路”再上新台阶")
    body("今年是“十五五”规划开局之年。全区要紧紧围绕打造面向东盟开放合作的国际大通道和战略支点，重点抓好以下四个方面工作。")
    lead("第一，着力推进制度型开放。", "要主动对接《全面与进步跨太平洋伙伴关系协定》《数字经济伙伴关系协定》等高标准经贸规则，在跨境服务贸易、数字贸易、跨境数据流动等领域开展压力测试。今年全区自贸试验区要力争新形成制度创新成果80项以上，其中首创性成果不少于20项。", KT)
    lead("第二，着力提升通道能级。", "要加快西部陆海新通道骨干工程建设，推动平陆运河与北部湾港、西江黄金水道高效衔接，大力发展海铁联运、跨境公路班车和中越跨境班列，力争全年海铁联运班列开行1.2万列以上。", KT)
    lead("第三，着力做强开放型产业。", "要坚持“通道+产业”联动，依托三个片区培育壮大电子信息、新能源材料、跨境电商、加工贸易等产业集群，推动边民互市贸易进口商品落地加工提质升级，让更多“过路经济”转化为“落地经济”。", KT)
    lead("第四，着力优化营商环境。", "要对标国际一流水平，深化“放管服”改革，全面推行“一件事一次办”，推进国际贸易“单一窗口”与东盟国家互联互通，确保外资企业享受国民待遇，让企业投资放心、经营安心、发展顺心。", KT)
    body("同志们，推进自贸试验区提升战略、高质量共建“一带一路”，使命光荣、责任重大。让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚定信心、真抓实干，奋力开创广西高水平对外开放新局面，为谱写中国式现代化广西篇章作出新的更大贡献！")
    par(doc, "谢谢大家！")  # closing formula, not a clause

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="在全区深入推进中国（广西）自由贸易试验区提升战略暨共建“一带一路”高质量发展大会上的讲话",
            issuer=["广西壮族自治区人民政府"], date="2026-03-18", level="provincial",
            region="广西壮族自治区", doc_type="讲话"),
        "clauses": cl,
    }]
    return path


# ====================================================== B: 广西 新闻通稿
def doc_gx_news():
    stem = "blind1083_gx_tonggao"
    doc = Document()
    setup(doc, "- ", " -")
    cl = []

    par(doc, [("新 闻 通 稿", XBS, 36, False, RED)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), line=48, before=6)
    # organ left, date right, aligned with a right tab stop; red rule under it
    p = par(doc, [("广西壮族自治区商务厅", FS, 16, False), ("\t", FS, 16, False),
                  ("2026年3月18日", FS, 16, False)], first=Pt(0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    par(doc, [("（发布时间：2026年3月18日18:00以后）", KT, 14, False)],
        align=WD_ALIGN_PARAGRAPH.RIGHT, first=Pt(0), before=6)
    empty(doc, 1)
    par(doc, [("全区深入推进自贸试验区提升战略暨", XBS, 20, False), ("\n",),
              ("共建“一带一路”高质量发展大会在南宁召开", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), line=34)
    empty(doc, 1)

    def body(t):
        cl.append(t)
        par(doc, t)

    body("本报讯（记者 黄晓燕 通讯员 覃明）3月18日，全区深入推进中国（广西）自由贸易试验区提升战略暨共建“一带一路”高质量发展大会在南宁召开。自治区人民政府副主席韦立出席会议并讲话。会议总结2025年全区自贸试验区建设和共建“一带一路”工作，部署2026年重点任务。")
    body("韦立在讲话中指出，过去一年，广西自贸试验区新形成制度创新成果82项，累计达到326项，其中9项成果在全国复制推广；三个片区全年实现进出口总额3862.7亿元，同比增长11.4%。“以不到全区千分之一的面积，贡献了全区27.6%的外贸进出口和31.2%的实际使用外资，自贸试验区已经成为广西开放发展的‘试验田’和‘主引擎’。”")
    body("韦立强调，今年是“十五五”规划开局之年，要着力推进制度型开放、提升通道能级、做强开放型产业、优化营商环境。“要坚持‘通道+产业’联动，让更多‘过路经济’转化为‘落地经济’。”他要求，全区自贸试验区今年力争新形成制度创新成果80项以上，其中首创性成果不少于20项。")
    body("会上，南宁市、钦州市、崇左市和北部湾港集团作交流发言。“去年北部湾港集装箱吞吐量首次突破1000万标准箱，今年我们将新开辟至东盟、中东的外贸航线8条以上。”北部湾港集团董事长周海峰在发言中说。")
    body("会议现场举行重点项目集中签约仪式，共签约项目16个，总投资428.6亿元。部分签约项目如下：")

    # table caption + unit line
    par(doc, [("大会集中签约重点项目（部分）", HT, 14, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), before=6)
    par(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=Pt(0), line=20)
    header = ["序号", "项目名称", "签约片区", "投资额"]
    rows = [
        ["1", "中国—东盟跨境数据服务中心项目", "南宁片区", "56.0"],
        ["2", "钦州港新能源电池材料一体化项目", "钦州港片区", "120.0"],
        ["3", "北部湾港钦州自动化集装箱码头三期工程", "钦州港片区", "98.5"],
        ["4", "凭祥边民互市商品落地加工产业园", "崇左片区", "23.8"],
        ["合计", "—", "—", "298.3"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(8.4), Cm(3.2), Cm(2.4)]
    for i, hname in enumerate(header):
        set_cell(t.rows[0].cells[i], hname, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 and v != "—" else WD_ALIGN_PARAGRAPH.CENTER)
        cl.append("；".join("%s：%s" % (hh, v) for hh, v in zip(header, row)))
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci].twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    note = "注：表中投资额为协议投资额。"
    par(doc, [(note, FS, 12, False)], first=Pt(0), line=20, before=4)
    cl.append(note)
    empty(doc, 1)
    body("自治区有关部门，各设区市人民政府及中国（广西）自由贸易试验区各片区管委会负责同志参加会议。")
    empty(doc, 1)
    par(doc, [("（新闻联系人：陆佳　联系电话：0771-5851207）", KT, 14, False)], first=Pt(0))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="全区深入推进自贸试验区提升战略暨共建“一带一路”高质量发展大会在南宁召开",
            issuer=["广西壮族自治区商务厅"], date="2026-03-18", published="2026-03-18",
            level="provincial", region="广西壮族自治区", doc_type="新闻通稿"),
        "clauses": cl,
    }]
    return path


# ====================================================== C: 西安 会议材料 (two documents)
def doc_xa_pack():
    stem = "blind1083_xa_huiyi"
    doc = Document()
    setup(doc, "—", "—")
    n_part = make_numbering(doc, "%1、")

    # ---------------- document 1: speech
    cl1 = []
    par(doc, [("材料之一", HT, 16, False)], first=Pt(0))
    empty(doc, 1)
    # title typed as three separate centred paragraphs
    for ln in ("在中国（陕西）自由贸易试验区西安", "区域提升发展暨中欧班列（西安）集结中心", "建设推进会上的讲话"):
        par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), line=36)
    empty(doc, 1)
    par(doc, [("西安市人民政府市长　赵　凯", KT, 16, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0))
    par(doc, [("（二〇二六年四月二十二日）", KT, 16, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0))
    empty(doc, 1)
    par(doc, "同志们:", first=Pt(0))  # half-width colon as typed

    def body(t):
        cl1.append(t)
        par(doc, IND + t, first=Pt(0))

    def part(h, t):  # auto-numbered 一、 with bold lead sentence and text run in
        idx = "一二三四五六"[len(parts)]
        parts.append(h)
        cl1.append(idx + "、" + h + t)
        p = par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_part)

    parts = []

    def point(h, t):
        cl1.append(h + t)
        par(doc, [(IND, FS, 16, False), (h, FS, 16, True), (t, FS, 16, False)], first=Pt(0))

    body("今天召开的中国（陕西）自由贸易试验区西安区域提升发展暨中欧班列（西安）集结中心建设推进会，是市委、市政府研究决定召开的一次重要会议。刚才，西安国际港务区、西安高新区、西安经开区和西安国际陆港集团分别作了发言，市商务局通报了一季度重点工作进展情况，大家要认真抓好落实。下面，我再强调几点意见。")
    part("坚持以集结中心建设为牵引，加快打造内陆开放枢纽。", "中欧班列（西安）是我市融入共建“一带一路”的标志性品牌。2025年，中欧班列（西安）开行5,218列，开行量、重箱率、货运量等核心指标继续保持全国前列，累计开行突破3万列。今年要力争开行5,500列以上，重点抓好三件事：")
    point("第一，稳定运行干线通道。", "巩固提升西安至阿拉木图、塔什干、杜伊斯堡、汉堡等17条干线运行质量，加快开行经跨里海国际运输走廊至土耳其、格鲁吉亚的班列，推动“长安号”品牌向高附加值、定制化方向发展。")
    point("第二，大力发展多式联运。", "推进“中欧班列+西部陆海新通道”“中欧班列+航空”等多式联运，推广“一单制”“一箱制”，让货物“一次委托、一单到底、一票结算”。")
    point("第三，着力提升回程货源比重。", "引导企业扩大汽车零部件、木材、粮食、矿产品等进口，推动回程班列占比提高到45%以上。")
    part("坚持以制度创新为核心，持续提升自贸试验区发展能级。", "自贸试验区是改革开放的“试验田”。西安区域挂牌以来累计形成制度创新成果512项，其中19项在全国复制推广。今年要在以下两个方面实现突破：")
    point("第一，深化国际贸易便利化改革。", "全面推广“提前申报”“两步申报”等通关模式，推动国际贸易“单一窗口”与中亚国家口岸数据互联互通，进出口整体通关时间再压缩10%以上。")
    point("第二，扩大服务业开放。", "在跨境金融、数字贸易、文化旅游等领域开展首创性探索，支持西安高新区建设数字贸易创新发展示范区，推动离岸贸易、保税研发等新业态加快集聚。")
    part("坚持以项目建设为抓手，推动开放平台与产业深度融合。", "要把招商引资作为“一号工程”，围绕集成电路、新能源汽车、航空航天等重点产业链开展精准招商，推动“枢纽+产业”“平台+产业”融合发展。全年新引进外资项目150个以上，实际使用外资增长10%以上。")
    part("坚持以作风转变为保障，确保各项任务落地见效。", "各区、开发区和市级各部门要牢固树立“一盘棋”思想，主要负责同志要亲自研究、亲自推动，对照年度任务清单逐项明确责任人和时间表。市政府督查室要加强跟踪督办，每季度通报一次进展情况。")
    body("同志们，建设内陆开放高地，西安责无旁贷。大家要以时不我待的紧迫感和只争朝夕的精气神，推动自贸试验区和中欧班列集结中心建设取得新的更大成效，为谱写中国式现代化西安新篇章作出新贡献！")
    par(doc, IND + "谢谢大家！", first=Pt(0))

    # ---------------- document 2: 新华社 wire
    page_break(doc)
    cl2 = []
    par(doc, [("材料之二", HT, 16, False)], first=Pt(0))
    empty(doc, 1)
    par(doc, [("西安：中欧班列“长安号”跑出开放“加速度”", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), line=34)
    empty(doc, 1)

    def nbody(t):
        cl2.append(t)
        par(doc, t)

    nbody("新华社西安4月22日电（记者 刘静 张博文）记者22日从中国（陕西）自由贸易试验区西安区域提升发展暨中欧班列（西安）集结中心建设推进会上获悉，2025年中欧班列（西安）开行5218列，累计开行突破3万列，开行量、重箱率、货运量等核心指标保持全国前列。")
    nbody("“今年我们要力争开行5500列以上，推动‘长安号’向高附加值、定制化方向发展。”西安市市长赵凯在会上表示，西安将加快开行经跨里海国际运输走廊至土耳其、格鲁吉亚的班列，并大力发展“中欧班列+西部陆海新通道”等多式联运。")
    nbody("在西安国际港站，一列满载汽车零部件、光伏组件的“长安号”班列正缓缓驶出。西安国际陆港多式联运有限公司总经理王鹏说：“以前货物从西安发往欧洲走海运要40多天，现在坐班列只要12天左右，很多企业把海外订单交给了班列。”")
    nbody("来自哈萨克斯坦的贸易商叶尔兰·努尔兰别科夫在西安经营进口面粉和亚麻籽油生意已有5年。“回程班列越来越多，我的货物到西安后当天就能完成通关。”他说。")
    nbody("据介绍，中国（陕西）自由贸易试验区西安区域挂牌以来累计形成制度创新成果512项，其中19项在全国复制推广。今年西安将力争新引进外资项目150个以上，实际使用外资增长10%以上。")
    par(doc, "（完）", align=WD_ALIGN_PARAGRAPH.RIGHT, first=Pt(0))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="在中国（陕西）自由贸易试验区西安区域提升发展暨中欧班列（西安）集结中心建设推进会上的讲话",
            issuer=["西安市人民政府"], date="2026-04-22", level="municipal", region="西安市",
            doc_type="讲话"),
         "clauses": cl1},
        {"meta": meta(
            title="西安：中欧班列“长安号”跑出开放“加速度”",
            issuer=["新华社"], date="2026-04-22", level="other", region=None,
            doc_type="新闻稿"),
         "clauses": cl2},
    ]
    return path


def main():
    paths = [doc_gx_speech(), doc_gx_news(), doc_xa_pack()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
