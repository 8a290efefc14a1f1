# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 777: 自贸试验区条例执法检查报告 + 审议意见 (Word + PDF + expected.json).

Files written next to this script:
  blind777_hunan_jcbg     湖南省人大常委会执法检查组 执法检查报告 (会议文件, speech style)
  blind777_hunan_shenyi   湖南省人大常委会办公厅 转送审议意见的函 (信函格式) + 附件 审议意见
  blind777_guangxi_gongbao 广西人大常委会公报 extract: 执法检查报告 + 审议意见 (two documents)
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
IND = "\u3000\u3000"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

expected = {}
_LINE = [28]  # body line spacing (pt) of the document being typed


# ------------------------------------------------------------------ helpers
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


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if line is None:
        line = _LINE[0]
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    else:
        pf.first_line_indent = Pt(0)
    return p


def par(doc, runs, size=16, **kw):
    """runs: str or list of (text, font[, bold[, color]]) -- all at `size`."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for r in runs:
        text, name = r[0], r[1]
        bold = r[2] if len(r) > 2 else False
        color = r[3] if len(r) > 3 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, size=size, **kw)
    return p


def lines_par(doc, parts, name=XBS, size=22, line=36, align=C):
    """one paragraph, parts separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, align=align, indent=False, line=line)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(par_, name, size):
    r = par_.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par_.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = par_.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par_.add_run("1"), name, size)
    r = par_.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6),
          footer=("— ", " —"), start_page=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(footer[0]), SONG, 14)
    page_field(fp, SONG, 14)
    font(fp.add_run(footer[1]), SONG, 14)
    if start_page:
        sectpr = s._sectPr
        sectpr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start_page)))
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_777", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ========================================================= DOC A: 湖南 执法检查报告
def doc_hunan_report():
    stem = "blind777_hunan_jcbg"
    doc = Document()
    setup(doc, margins=(3.3, 3.0, 2.8, 2.6))
    _LINE[0] = 27
    cl = []

    # 会议文件 mark, top left
    par(doc, [("省十四届人大常委会第十九次会议文件（11）", HT)], indent=False)
    empty(doc, 1)
    # title: one paragraph, wrapped by hand at odd places
    lines_par(doc, ["湖南省人民代表大会常务委员会执法检查组",
                    "关于检查《中国（湖南）自由贸易试验区",
                    "条例》实施情况的报告"])
    par(doc, [("——2025年9月24日在湖南省第十四届人民代表大会常务委员会第十九次会议上", KT)],
        align=C, indent=False)
    par(doc, [("湖南省人大常委会副主任　执法检查组组长　谢国平", KT)], align=C, indent=False)
    empty(doc, 1)
    par(doc, "主任、各位副主任、秘书长、各位委员：", indent=False)

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, True), (t, FS)])

    # two paragraphs typed in one w:p with Shift+Enter
    t1 = ("《中国（湖南）自由贸易试验区条例》（以下简称条例）于2022年11月25日经省十三届人大常委会"
          "第三十四次会议通过，自2023年1月1日起施行。条例施行两年多来，为我省自由贸易试验区"
          "（以下简称自贸试验区）建设提供了有力法治保障。根据省人大常委会2025年度监督工作计划，"
          "省人大常委会组成执法检查组，于5月至7月对条例实施情况开展了执法检查。")
    t2 = ("执法检查组由谢国平副主任任组长，省人大财政经济委员会主任委员李红梅任副组长，部分省人大"
          "常委会委员、省人大代表和专家学者参加。检查组听取了省人民政府及省商务厅等12个部门的情况"
          "汇报，分3个小组赴长沙、岳阳、郴州3个片区实地检查，召开座谈会9场，走访企业41家；同时委托"
          "长沙市、岳阳市、郴州市人大常委会对本行政区域内条例实施情况开展检查。现将检查情况报告如下：")
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    cl.extend([t1, t2])

    head("一、条例实施的主要成效")
    body("省人民政府及有关部门、各片区认真贯彻实施条例，坚持以制度创新为核心，推动自贸试验区建设"
         "取得明显成效。")
    runin("（一）配套制度体系逐步完善。",
          "省人民政府制定出台条例实施意见和赋权事项清单，分两批向3个片区下放省级经济社会管理权限"
          "126项；长沙、岳阳、郴州三市均出台了支持片区发展的配套文件。省商务厅牵头建立自贸试验区"
          "工作联席会议制度，2024年以来召开联席会议6次，协调解决重点难点问题58个。")
    runin("（二）制度创新成果持续涌现。",
          "各片区围绕条例规定的改革任务，累计形成制度创新成果186项，其中“中非跨境人民币结算中心”"
          "“湘粤非铁海联运”等9项成果在全国复制推广，47项在省内推广。长沙片区打造中非经贸深度合作"
          "先行区，2024年对非贸易额达到526.3亿元；岳阳片区建设城陵矶港“一港通”综合服务平台；郴州"
          "片区探索“承接产业转移+自贸”联动发展模式。")
    runin("（三）开放型经济加快发展。",
          "2024年，全省自贸试验区以不到全省千分之一的面积，贡献了全省24.1%的进出口额和21.6%的"
          "实际使用外资。各片区主要指标如下：")

    # table with two header rows (merged) repeated on each page
    p = par(doc, [("表1　自贸试验区各片区主要经济指标", HT, False)], size=14, align=C,
            indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    rows = [
        ["长沙片区", "79.98", "1386.5", "1512.7", "5.62", "6.08"],
        ["岳阳片区", "19.94", "402.3", "455.9", "1.17", "1.31"],
        ["郴州片区", "19.92", "288.6", "336.2", "0.86", "0.94"],
        ["合计", "119.84", "2077.4", "2304.8", "7.65", "8.33"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    a = h0[0].merge(h1[0])
    set_cell(a, "片区", HT)
    b = h0[1].merge(h1[1])
    set_cell(b, "实施面积（平方公里）", HT)
    m = h0[2].merge(h0[3])
    set_cell(m, "进出口总额（亿元）", HT)
    m = h0[4].merge(h0[5])
    set_cell(m, "实际使用外资（亿美元）", HT)
    for i, y in ((2, "2023年"), (3, "2024年"), (4, "2023年"), (5, "2024年")):
        set_cell(h1[i], y, HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["片区", "实施面积（平方公里）", "进出口总额（亿元）／2023年", "进出口总额（亿元）／2024年",
             "实际使用外资（亿美元）／2023年", "实际使用外资（亿美元）／2024年"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    note = "注：数据由省商务厅、长沙海关提供；实际使用外资为商务部口径。"
    par(doc, [(note, FS)], size=12, indent=False, line=20)
    cl.append(note)

    runin("（四）营商环境不断优化。",
          "各片区落实条例关于投资便利、贸易便利和金融服务的规定，推行“证照分离”改革全覆盖，企业开办"
          "时间压缩至1个工作日以内；长沙海关在片区推广“两步申报”“提前申报”等便利措施，进口、出口整体"
          "通关时间分别压缩至28.6小时和1.2小时。")

    head("二、存在的主要问题")
    body("检查中发现，条例实施还存在一些不容忽视的问题。")
    runin("（一）对条例的学习宣传和运用不够深入。",
          "部分部门和基层干部对条例内容掌握不全面，存在“重政策、轻法规”现象，运用条例推动改革、解决"
          "问题的意识不强。一些企业对条例规定的容错免责、权益保护等制度了解不多。")
    runin("（二）部分条例规定落实不到位。",
          "条例规定的一些配套制度尚未出台，如第二十三条规定的自贸试验区跨境数据流动管理办法、第四十一"
          "条规定的改革创新容错免责具体办法仍在制定中。部分下放的权限存在“放而不接”“接而不用”问题，"
          "126项下放事项中，有31项近两年未发生办件。")
    runin("（三）制度创新的系统集成不足。",
          "各片区制度创新多为单一环节、单一部门的改进，首创性、集成性成果偏少；对接国际高标准经贸规则"
          "的压力测试还不够深入，在数字贸易、服务贸易等领域探索不多。")
    runin("（四）管理体制和协同联动有待加强。",
          "片区管理机构与所在地功能区、行政区职责交叉，部分片区“一套人马、多块牌子”，专职力量不足；"
          "3个片区之间、片区与联动创新区之间协同发展机制尚不健全，产业同质化竞争问题依然存在。")

    head("三、意见和建议")
    runin("（一）深入学习宣传条例，增强法治意识。",
          "各级人民政府及有关部门要把条例纳入领导干部学法用法内容，开展面向企业和经营主体的精准普法，"
          "引导各方运用条例规定谋划推动改革。")
    runin("（二）加快完善配套制度，确保条例全面落实。",
          "省人民政府要对照条例规定，梳理配套制度制定情况，抓紧出台跨境数据流动管理、容错免责等具体"
          "办法；对下放事项开展评估，做到“放得下、接得住、用得好”。")
    runin("（三）加大制度创新力度，提升开放能级。",
          "要聚焦中非经贸合作、内陆开放通道建设等特色领域，开展首创性、差异化探索；主动对接《区域全面"
          "经济伙伴关系协定》（RCEP）等国际经贸规则，在数字贸易、跨境服务贸易等领域先行先试，更好服务"
          "共建“一带一路”。")
    runin("（四）理顺管理体制，形成工作合力。",
          "要进一步明确片区管理机构职责，充实专职工作力量；健全片区之间、片区与联动创新区之间协同发展"
          "机制，推动错位发展、优势互补。")
    par(doc, "以上报告，请审议。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="湖南省人民代表大会常务委员会执法检查组关于检查《中国（湖南）自由贸易试验区条例》"
                  "实施情况的报告",
            issuer=["湖南省人民代表大会常务委员会执法检查组"],
            date="2025-09-24",
            region="湖南省",
            doc_type="报告",
        ),
        "clauses": cl,
    }]
    return path


# ============================================ DOC B: 湖南 办公厅 转送审议意见的函 + 附件
def doc_hunan_shenyi():
    stem = "blind777_hunan_shenyi"
    doc = Document()
    setup(doc, margins=(2.6, 2.6, 2.8, 2.6))
    _LINE[0] = 26
    cl = []

    # 信函格式: organ name in red, red double rule, then 份号 / 文号 on one line
    par(doc, [("湖南省人民代表大会常务委员会办公厅", XBS, False, RED)], size=24, align=C,
        indent=False, line=40)
    p = par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = par(doc, [("000036", HT), ("\t", FS), ("湘人常办函〔2025〕58号", FS)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)  # right tab
    # title: two separate paragraphs, broken in the middle of a word
    for t in ("关于转送省人大常委会组成人员对《中国",
              "（湖南）自由贸易试验区条例》实施情况",
              "执法检查报告审议意见的函"):
        par(doc, [(t, XBS)], size=22, align=C, indent=False, line=34)
    empty(doc, 1)
    par(doc, "省人民政府：", indent=False)

    def body(t):
        cl.append(t)
        par(doc, t)

    body("2025年9月24日，省十四届人大常委会第十九次会议听取和审议了省人大常委会执法检查组关于检查"
         "《中国（湖南）自由贸易试验区条例》实施情况的报告。常委会组成人员在审议中提出了意见和建议，"
         "经整理并报主任会议同意，现转送你们，请认真研究处理。")
    body("根据《中华人民共和国各级人民代表大会常务委员会监督法》和《湖南省各级人民代表大会常务委员会"
         "监督条例》有关规定，请省人民政府于2026年3月31日前将研究处理情况书面报告省人大常委会，并由"
         "省人民政府有关负责同志在省人大常委会会议上作报告。")
    empty(doc, 1)
    att = "省人大常委会组成人员对《中国（湖南）自由贸易试验区条例》实施情况执法检查报告的审议意见"
    p = par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    par(doc, " " * 20 + "湖南省人民代表大会常务委员会办公厅", indent=False)
    par(doc, " " * 34 + "2025年10月16日", indent=False)
    par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT)], indent=False)
    empty(doc, 1)
    lines_par(doc, ["省人大常委会组成人员对《中国（湖南）",
                    "自由贸易试验区条例》实施情况执法检查",
                    "报告的审议意见"], line=34)

    def item(h, t):
        cl.append(h + t)
        par(doc, [(h, HT), (t, FS)])

    body("2025年9月24日，省十四届人大常委会第十九次会议听取和审议了省人大常委会执法检查组关于检查"
         "《中国（湖南）自由贸易试验区条例》实施情况的报告。常委会组成人员认为，条例施行以来，省人民"
         "政府及有关部门认真贯彻实施条例，自贸试验区制度创新、开放发展、营商环境建设取得积极成效，条例"
         "的引领、规范和保障作用初步显现。同时也指出，条例实施中还存在配套制度不完善、下放权限承接不到位、"
         "制度创新系统集成不足、管理体制不顺等问题。为进一步推动条例全面有效实施，提出如下审议意见：")
    item("一、加强条例学习宣传和贯彻实施。",
         "要把条例纳入年度普法责任清单和各级领导干部学法内容，结合“中非经贸博览会”“湘商大会”等重大"
         "活动开展集中宣传，编印条例解读和典型案例汇编，提高经营主体知晓度和运用能力。")
    item("二、加快出台配套制度。",
         "省人民政府要对照条例逐条梳理需要制定的配套制度，明确时间表和责任单位。重点是：")
    for t in ("1．2026年6月底前出台自贸试验区跨境数据流动管理办法，为企业数据出境提供便利化路径。",
              "2．研究制定改革创新容错免责具体办法，明确容错情形、认定程序和结果运用，激励干部担当作为。",
              "3．建立下放事项动态调整机制，对长期“零办件”的事项进行评估，该调整的及时调整，该保留的"
              "加强指导培训。"):
        body(t)
    item("三、深化差异化制度创新。",
         "要立足湖南在国家开放格局中的定位，围绕中非经贸深度合作、先进制造业高质量发展、内陆高水平开放"
         "等重点，推出更多首创性、集成性改革成果。长沙片区要用好中国—非洲经贸博览会平台，探索非洲"
         "非资源性产品进口便利化举措；岳阳片区要发挥城陵矶港通江达海优势，深化江海联运、铁水联运改革；"
         "郴州片区要深化与粤港澳大湾区规则衔接、机制对接。")
    item("四、完善管理体制机制。",
         "要按照条例规定，进一步厘清片区管理机构与所在地人民政府、功能区的职责边界，配齐配强专职工作"
         "力量；加强片区与联动创新区协同，防止低水平重复建设和同质化竞争，更好服务和融入共建“一带一路”。")
    item("五、强化跟踪监督和实施评估。",
         "省人民政府要建立条例实施情况年度评估制度，定期向省人大常委会报告自贸试验区建设情况；省人大"
         "财政经济委员会要加强跟踪监督，推动审议意见落到实处。")

    # 版记 at the foot of the last page
    empty(doc, 1)
    p = par(doc, [("抄送：省人大常委会各委员会（工作机构），省商务厅、省司法厅，长沙市、岳阳市、郴州市"
                   "人大常委会。", FS)], size=14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = par(doc, [("湖南省人大常委会办公厅秘书处", FS), ("\t", FS), ("2025年10月16日印发", FS)],
            size=14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于转送省人大常委会组成人员对《中国（湖南）自由贸易试验区条例》实施情况执法检查报告"
                  "审议意见的函",
            doc_number="湘人常办函〔2025〕58号",
            issuer=["湖南省人民代表大会常务委员会办公厅"],
            date="2025-10-16",
            region="湖南省",
            attachments=[att],
            doc_type="函",
            recipients=["省人民政府"],
            publicity="此件主动公开",
        ),
        "clauses": cl,
    }]
    return path


# ============================ DOC C: 广西人大常委会公报 extract, report + 审议意见 (two docs)
def doc_guangxi_gongbao():
    stem = "blind777_guangxi_gongbao"
    doc = Document()
    S = 12  # gazette typesetting: small type
    LN = 20
    _LINE[0] = LN
    sec = setup(doc, body_font=FS, body_size=S, margins=(2.6, 2.4, 2.4, 2.4),
                footer=("· ", " ·"), start_page=23)
    # running head of the gazette
    hp = sec.header.paragraphs[0]
    font(hp.add_run("广西壮族自治区人民代表大会常务委员会公报"), SONG, 9)
    hp.add_run("\t\t")
    font(hp.add_run("2026年第2号"), SONG, 9)
    border(hp, "bottom", "000000", 6, 1)
    c1, c2 = [], []

    def body(cl, t):
        # clerk indents with typed full-width spaces, no paragraph indent
        cl.append(t)
        par(doc, IND + t, size=S, indent=False, line=LN)

    def runin(cl, h, t, hf=HT):
        cl.append(h + t)
        par(doc, [(IND, FS), (h, hf), (t, FS)], size=S, indent=False, line=LN)

    def head(t):
        par(doc, [(IND + t, HT)], size=S, indent=False, line=LN)

    # ------------------------------------------------------------- document 1
    for t in ("广西壮族自治区人民代表大会常务委员会执法检查组",
              "关于检查《中国（广西）自由贸易试验区条例》",
              "实施情况的报告"):
        par(doc, [(t, XBS)], size=18, align=C, indent=False, line=28)
    par(doc, [("——2026年3月25日在广西壮族自治区第十四届人民代表大会常务委员会第二十一次会议上", KT)],
        size=S, align=C, indent=False, line=LN, before=6)
    par(doc, [("自治区人大常委会副主任　执法检查组组长　韦建华", KT)], size=S, align=C,
        indent=False, line=LN, after=6)
    par(doc, "主任、各位副主任、秘书长、各位委员：", size=S, indent=False, line=LN)
    body(c1, "根据自治区人大常委会2026年度监督工作计划,自治区人大常委会执法检查组于2025年11月至2026年"
             "2月对《中国（广西）自由贸易试验区条例》(以下简称条例)实施情况进行了检查。检查组赴南宁、"
             "钦州、崇左3个片区开展实地检查,并委托南宁市、钦州市、崇左市人大常委会同步开展检查。现将检查"
             "情况报告如下:")
    head("一、条例实施的基本情况")
    runin(c1, "(一)围绕服务面向东盟开放,推动条例规定落地。",
          "自治区人民政府出台条例实施方案,明确6个方面38项重点任务。各片区立足面向东盟的区位优势,累计"
          "形成制度创新成果263项,其中“西部陆海新通道铁海联运‘一单制’”“中越跨境劳务合作”等12项在全国"
          "复制推广。2025年,西部陆海新通道班列开行1.26万列,同比增长11.3%。", KT)
    runin(c1, "(二)开放型经济主要指标保持增长。", "2025年,3个片区主要经济指标见表1。", KT)

    headers = ["序号", "片区", "指标名称", "2025年", "同比增长（%）"]
    part1 = [
        ["1", "南宁片区", "进出口总额（亿元）", "1024.6", "9.8"],
        ["2", "南宁片区", "新设企业（户）", "8215", "12.4"],
        ["3", "南宁片区", "实际使用外资（亿美元）", "2.36", "6.7"],
        ["4", "钦州港片区", "进出口总额（亿元）", "1186.3", "7.2"],
        ["5", "钦州港片区", "新设企业（户）", "2964", "5.1"],
    ]
    part2 = [
        ["6", "钦州港片区", "实际使用外资（亿美元）", "1.08", "-3.6"],
        ["7", "崇左片区", "进出口总额（亿元）", "892.7", "15.4"],
        ["8", "崇左片区", "新设企业（户）", "1537", "18.9"],
        ["9", "崇左片区", "实际使用外资（亿美元）", "0.42", "10.5"],
    ]

    def gtable(rows, merges):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                if ci == 1:
                    continue
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16)
            c1.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        for a, b in merges:  # vertically merged 片区 cells (1-based data rows)
            m = t.rows[a].cells[1]
            if b != a:
                m = m.merge(t.rows[b].cells[1])
            set_cell(m, rows[a - 1][1], FS, 10.5, line=16)
        return t

    par(doc, [("表1　2025年自贸试验区各片区主要指标", HT)], size=10.5, align=C, indent=False,
        line=18)
    gtable(part1, [(1, 3), (4, 5)])
    # clerk forces the rest of the table onto the next page and types 续表
    page_break(doc)
    par(doc, [("续表", HT)], size=10.5, align=R, indent=False, line=18)
    gtable(part2, [(1, 1), (2, 4)])
    note = "注：同比增长按可比口径计算。数据来源:自治区商务厅、南宁海关。"
    par(doc, note, size=9, indent=False, line=16)
    c1.append(note)
    runin(c1, "(三)法治保障逐步加强。",
          "自治区高级人民法院、自治区人民检察院分别出台服务保障自贸试验区建设的意见,南宁国际商事法庭、"
          "中国—东盟（南宁）国际商事调解中心运行良好,2025年受理涉东盟商事纠纷案件487件。", KT)
    head("二、存在的问题")
    body(c1, "一是条例配套制度建设滞后。条例规定需要制定的14项配套制度中,有5项尚未出台。二是赋权事项承接"
             "能力不足,部分片区专业人才缺乏,“接不住、用不好”问题比较突出。三是通道优势向产业优势转化"
             "不够,“通道经济”特征明显,落地加工、本地产业配套比例偏低。四是沿边开放政策叠加效应尚未"
             "充分发挥,崇左片区跨境产业合作园区建设进展较慢。")
    head("三、意见建议")
    runin(c1, "1.加快完善配套制度。",
          "自治区人民政府要制定配套制度清单,2026年底前出台条例规定的全部配套制度,并同步开展"
          "实施效果评估。", FS)
    runin(c1, "2.提升片区承接能力。",
          "对已下放事项开展“回头看”,通过派驻指导、跟班学习等方式帮助片区培养专业人才,确保赋权事项"
          "“接得住、用得好”。", FS)
    runin(c1, "3.推动通道经济向产业经济转型。",
          "依托西部陆海新通道和平陆运河建设,引导加工贸易、跨境产业链供应链项目在片区落地,更好服务"
          "共建“一带一路”和中国—东盟自由贸易区3.0版建设。", FS)
    runin(c1, "4.强化跟踪监督。",
          "自治区人大常委会将持续跟踪条例实施和本次检查发现问题的整改情况,适时开展专题询问。", FS)
    par(doc, IND + "以上报告,请审议。", size=S, indent=False, line=LN)

    # ------------------------------------------------------------- document 2
    page_break(doc)
    for t in ("广西壮族自治区人民代表大会常务委员会关于",
              "《中国（广西）自由贸易试验区条例》实施情况",
              "执法检查报告的审议意见"):
        p = par(doc, [(t, XBS)], size=18, align=C, indent=False, line=28)
        p.paragraph_format.keep_with_next = True
    p = par(doc, "自治区人民政府：", size=S, indent=False, line=LN, before=6)
    p.paragraph_format.keep_with_next = True
    body(c2, "2026年3月25日,自治区第十四届人民代表大会常务委员会第二十一次会议听取和审议了自治区人大"
             "常委会执法检查组关于检查《中国（广西）自由贸易试验区条例》实施情况的报告。常委会组成人员对"
             "条例实施取得的成效给予肯定,同时提出了以下审议意见:")
    runin(c2, "一、着力补齐配套制度短板。",
          "对条例规定应当制定而尚未出台的5项配套制度,要逐项明确牵头部门和完成时限,成熟一项出台一项。", HT)
    runin(c2, "二、着力提升片区治理能力。",
          "进一步理顺片区管理机构与所在设区的市人民政府、开发区之间的关系,落实条例关于片区管理机构"
          "依法履行经济管理职责的规定,加强干部专业化能力建设。", HT)
    runin(c2, "三、着力放大面向东盟开放优势。",
          "深化与东盟国家在通关、检验检疫、跨境金融等领域的规则对接,扩大跨境人民币结算规模,打造"
          "服务共建“一带一路”的重要门户。", HT)
    runin(c2, "四、着力加强沿边开放合作。",
          "支持崇左片区加快建设中越跨境产业合作园区,推动边民互市贸易进口商品落地加工,促进沿边开发开放"
          "与片区建设联动发展。", HT)
    body(c2, "请自治区人民政府认真研究处理,并于2026年9月30日前将研究处理情况报告自治区人大常委会。")
    empty(doc, 1, line=LN)
    par(doc, "广西壮族自治区人民代表大会常务委员会", size=S, align=R, indent=False, line=LN)
    p = par(doc, "二〇二六年四月九日", size=S, align=R, indent=False, line=LN)
    p.paragraph_format.right_indent = Pt(S * 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": meta(
                title="广西壮族自治区人民代表大会常务委员会执法检查组关于检查《中国（广西）自由贸易试验区"
                      "条例》实施情况的报告",
                issuer=["广西壮族自治区人民代表大会常务委员会执法检查组"],
                date="2026-03-25",
                region="广西壮族自治区",
                doc_type="报告",
            ),
            "clauses": c1,
        },
        {
            "meta": meta(
                title="广西壮族自治区人民代表大会常务委员会关于《中国（广西）自由贸易试验区条例》实施情况"
                      "执法检查报告的审议意见",
                issuer=["广西壮族自治区人民代表大会常务委员会"],
                date="2026-04-09",
                region="广西壮族自治区",
                doc_type="意见",
                recipients=["自治区人民政府"],
            ),
            "clauses": c2,
        },
    ]
    return path


def main():
    paths = [doc_hunan_report(), doc_hunan_shenyi(), doc_guangxi_gongbao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
