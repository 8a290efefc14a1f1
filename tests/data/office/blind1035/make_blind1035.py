# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1035: 国务院/省政府 批复 + the 请示 it answers. Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

expected = {}


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


def setup(doc, pagenum=True):
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
    if not pagenum:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
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
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between rules (typed with spaces)."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1035", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ======================================================= DOC A: 国务院 批复
def doc_guohan():
    stem = "blind1035_guohan_yinchuan"
    doc = Document()
    setup(doc)
    clauses = []

    # as re-typed from the public release: no 版头, title first, 文号 under the title
    empty(doc, 1)
    add_par(doc, [("国务院关于同意设立中国（银川）", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("中阿经贸合作示范区的批复", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("国函〔2026〕31号", KT, 16, False)], align=C, indent=False, before=8)
    empty(doc, 1)
    add_par(doc, "宁夏回族自治区人民政府：", indent=False)

    SP = "    "  # four half-width spaces typed instead of a first-line indent

    def body(t, typed=False):
        clauses.append(t)
        if typed:
            add_par(doc, SP + t, indent=False)
        else:
            add_par(doc, t)

    body("你区《关于在银川设立中阿经贸合作示范区的请示》（宁政〔2026〕3号）收悉。现批复如下：")
    body("一、同意设立中国（银川）中阿经贸合作示范区（以下简称示范区）。示范区实施范围18.62平方公里，涵盖银川综合保税区区块、银川经济技术开发区区块和河东国际机场临空经济区块，具体四至范围由商务部会同自然资源部、宁夏回族自治区人民政府负责发布。")
    body("二、示范区建设要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，服务构建新发展格局，坚持高质量共建“一带一路”，聚焦深化中国同阿拉伯国家经贸合作，在货物贸易、服务贸易、双向投资、能源合作、清真食品和穆斯林用品产业、数字经济等领域先行先试，着力打造中阿经贸合作重要平台、内陆开放型经济试验区升级版和西部陆海新通道重要节点。", typed=True)
    body("三、宁夏回族自治区人民政府要切实加强组织领导，健全工作机制，完善配套政策，按照《中国（银川）中阿经贸合作示范区建设方案》确定的目标任务，扎实推进各项工作，及时总结评估，形成可复制可推广的经验，每年向国务院报告示范区建设进展情况。", typed=True)
    body("四、商务部要会同国家发展改革委、财政部、自然资源部、海关总署、税务总局等有关部门加强指导协调和政策支持，在项目布局、资金安排、通关便利等方面给予积极支持，重大问题及时向国务院请示报告。")
    body("五、示范区建设要严格遵守国土空间规划，按照用途管制要求使用土地，严守耕地保护红线和生态保护红线，节约集约利用资源，有效防范化解各类风险。涉及的重要政策和重大建设项目要按规定程序报批。")
    empty(doc, 2)
    # 落款: organ and date in ONE paragraph, aligned with typed spaces, Shift+Enter between
    p = doc.add_paragraph()
    font(p.add_run(" " * 46 + "国务院"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(" " * 40 + "2026年4月8日"), FS, 16)
    fmt(p, indent=False)
    add_par(doc, "（此件公开发布）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="国务院关于同意设立中国（银川）中阿经贸合作示范区的批复",
            doc_number="国函〔2026〕31号",
            issuer=["国务院"],
            date="2026-04-08",
            level="state_council",
            region=None,
            doc_type="批复",
            recipients=["宁夏回族自治区人民政府"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B: 宁夏 请示
def doc_qingshi():
    stem = "blind1035_ningxia_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000018", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("宁夏回族自治区人民政府文件", XBS, 30, False, RED)],
            align=C, indent=False, line=50, before=18)
    empty(doc, 1)
    p = add_par(doc, [("宁政〔2026〕3号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王建平", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title wrapped in three paragraphs, at odd places
    for part in ("宁夏回族自治区人民政府关于在银川设立", "中阿经贸合作示范区的", "请示"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, "国务院：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实习近平总书记关于共建“一带一路”和中阿合作的重要论述，进一步发挥我区作为中国—阿拉伯国家博览会永久举办地的平台作用，推动内陆开放型经济试验区建设提质升级，经商商务部同意，自治区人民政府拟在银川设立中国（银川）中阿经贸合作示范区（以下简称示范区）。现将有关情况请示如下：")
    head("一、设立示范区的重要意义")
    body("宁夏与阿拉伯国家人文交流源远流长，自2010年起先后举办中阿经贸论坛和中国—阿拉伯国家博览会，累计签约合作项目1800余个。设立示范区，有利于把中阿博览会的平台优势转化为经贸合作的实际成果，有利于打造面向阿拉伯国家开放的国家级平台，有利于带动西部欠发达地区高水平对外开放。")
    head("二、基础条件")
    runin("（一）开放平台较为完备。", "我区拥有银川综合保税区、银川河东国际机场、惠农陆路口岸、银川国际公路港等开放平台，开通银川至迪拜、多哈等国际（地区）航线9条，2025年开行中欧（中亚）班列420列。")
    runin("（二）产业基础较好。", "2025年，全区对阿拉伯国家进出口额达到86.3亿元，同比增长15.7%；清真食品和穆斯林用品、枸杞、葡萄酒、新材料等特色产业在阿拉伯国家市场具有较强竞争力，我区企业在阿拉伯国家投资设立企业62家，累计投资额11.4亿美元。")
    runin("（三）空间布局合理。", "示范区拟选址银川市，总面积18.62平方公里，由三个区块组成，均位于城镇开发边界内，不涉及永久基本农田和生态保护红线。具体如下：")

    cap = add_par(doc, [("表1　示范区拟设区块基本情况（面积单位：平方公里）", HT, 14, False)],
                  align=C, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    rows = [
        ["1", "银川综合保税区区块", "兴庆区", "4.00", "2.86", "保税加工、保税物流、跨境电商"],
        ["2", "银川经济技术开发区区块", "西夏区", "9.37", "6.15", "新材料、清真食品精深加工、装备制造"],
        ["3", "河东国际机场临空经济区块", "灵武市", "5.25", "1.92", "航空物流、国际商贸、会展服务"],
        ["合计", "3个区块", "银川市", "18.62", "10.93", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(3.8), Cm(2.0), Cm(1.8), Cm(2.4), Cm(4.2)])
    # two-level header with merged cells
    for ci, h in ((0, "序号"), (1, "区块名称"), (2, "所在位置"), (5, "功能定位")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "面积", HT, 12)
    set_cell(t.cell(1, 3), "总面积", HT, 12)
    set_cell(t.cell(1, 4), "已开发面积", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["序号", "区块名称", "所在位置", "面积／总面积", "面积／已开发面积", "功能定位"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    note = "注：区块面积以自然资源部门最终核定的范围为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("三、总体思路和主要任务")
    body("示范区将坚持以制度创新为核心，以中阿经贸合作为主线，力争到2030年，示范区对阿拉伯国家进出口额突破200亿元，累计引进中阿合作项目100个以上，基本建成面向阿拉伯国家的经贸合作枢纽。主要任务包括：")
    runin("（一）扩大货物贸易。", "建设中阿商品集散分拨中心，扩大枸杞、葡萄酒、清真食品等特色商品出口，积极扩大阿拉伯国家优质农产品、石化产品进口。")
    runin("（二）发展服务贸易。", "依托中阿博览会，大力发展会展服务、国际物流、跨境电商、数字贸易，建设中阿技术转移中心和中阿跨境电商服务平台。")
    runin("（三）深化双向投资合作。", "支持阿拉伯国家企业在示范区投资新能源、新材料、现代农业等产业，支持我区企业在阿拉伯国家建设境外经贸合作区。")
    runin("（四）畅通国际物流通道。", "加强与西部陆海新通道、中欧班列的衔接，完善“空铁公”多式联运体系，推动银川河东国际机场航空货运枢纽建设。")
    head("四、请求国家支持的事项")
    body("1．支持示范区复制推广自由贸易试验区改革试点经验，在投资贸易便利化、跨境金融服务等方面先行先试。")
    body("2．支持在示范区开展清真食品和穆斯林用品国际认证互认合作，支持建设中阿清真食品检验检测中心。")
    body("3．支持银川河东国际机场增开至阿拉伯国家的客货运航线，研究开放航权。")
    body("4．支持示范区内符合条件的企业开展跨境人民币结算业务，鼓励金融机构为中阿经贸合作项目提供融资支持。")
    add_par(doc, "妥否，请批示。")
    add_par(doc, "附件：1．中国（银川）中阿经贸合作示范区建设方案")
    p = add_par(doc, "2．中国（银川）中阿经贸合作示范区四至范围图", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    for txt in ("宁夏回族自治区人民政府", "2026年1月16日"):
        p = add_par(doc, txt, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(64 if txt[0] == "2" else 32)
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（联系人：马立新；联系电话：0951-5032716）")
    banji(doc, "抄送：商务部，国家发展改革委，自然资源部，海关总署。",
          "宁夏回族自治区人民政府办公厅", "2026年1月17日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁夏回族自治区人民政府关于在银川设立中阿经贸合作示范区的请示",
            doc_number="宁政〔2026〕3号",
            issuer=["宁夏回族自治区人民政府"],
            date="2026-01-16",
            level="provincial",
            region="宁夏回族自治区",
            attachments=["中国（银川）中阿经贸合作示范区建设方案",
                         "中国（银川）中阿经贸合作示范区四至范围图"],
            doc_type="请示",
            recipients=["国务院"],
        ),
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C: 云南省政府 批复
def doc_yunnan():
    stem = "blind1035_yunnan_pifu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("云南省人民政府", XBS, 44, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, [("云政复〔2026〕14号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("云南省人民政府关于同意设立昆明国际陆港"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("经济区的批复"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府：", indent=False)

    IND = "\u3000\u3000"

    def body(t, typed=False):
        clauses.append(t)
        add_par(doc, (IND + t) if typed else t, indent=not typed)

    body("你市《关于申请设立昆明国际陆港经济区的请示》（昆政请〔2026〕5号）收悉。经省人民政府研究，现批复如下：")
    body("一、同意设立昆明国际陆港经济区(以下简称陆港经济区)，为省级经济功能区，由昆明市人民政府管理。陆港经济区规划面积28.46平方公里，由王家营区块、腾俊区块和洛羊区块组成，四至范围及主要控制指标见附件。", typed=True)
    body("二、陆港经济区要以服务和融入国家重大战略为引领，依托中老铁路等国际通道，重点发展国际铁路物流、多式联运、保税加工、跨境电商和供应链金融等产业，努力建设成为“一带一路”国际陆港枢纽、中老铁路沿线开放经济带重要支点和西部陆海新通道重要节点。", typed=True)
    body("三、昆明市人民政府要切实履行主体责任，重点做好以下工作：", typed=True)

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    sub("（一）健全管理体制。", "组建陆港经济区管理机构，理顺与所在县（市、区）的管理关系，推行“管委会+公司”运营模式，提高开发建设和服务效率。")
    sub("（二）严格规划管控。", "陆港经济区开发建设必须符合国土空间总体规划，严格控制在批准的四至范围内，不得擅自扩大面积或者调整四至范围，不得占用永久基本农田。")
    sub("（三）强化要素保障。", "统筹安排土地、能源、资金等要素，优先保障国际物流枢纽和多式联运重大项目建设，严格执行投资强度、容积率等控制指标。")
    body("四、省直有关部门和昆明海关要按照职责分工，在规划编制、项目审批、口岸通关、用地保障等方面给予指导和支持。", typed=True)
    body("五、陆港经济区实行动态管理，由省商务厅会同有关部门每两年开展一次综合评估。", typed=True)
    empty(doc, 1)
    add_par(doc, IND + "附件：昆明国际陆港经济区四至范围及主要控制指标", indent=False)
    empty(doc, 1)
    for txt in ("云南省人民政府", "二〇二六年三月二十三日"):
        p = add_par(doc, txt, indent=False, align=C)
        p.paragraph_format.left_indent = Cm(7.0)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("昆明国际陆港经济区四至范围及主要控制指标", XBS, 20, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("一、四至范围", HT, 16, False)])
    add_par(doc, [("表1　各区块四至范围及面积", HT, 14, False)], align=C, indent=False)
    add_par(doc, [("单位：平方公里", FS, 12, False)], align=R, indent=False, line=20)
    rows = [
        ["1", "王家营区块", "东至昆河铁路，南至东绕城高速公路，西至宝象河，北至福德路", "11.82", "8.37"],
        ["2", "腾俊区块", "东至规划陆港大道，南至昆石高速公路，西至呈黄路，北至中老铁路联络线", "9.16", "6.74"],
        ["3", "洛羊区块", "东至规划洛羊西路，南至新宝路，西至昆曲高速公路，北至福宜路", "7.48", "5.52"],
        ["合计", "3个区块", "—", "28.46", "20.63"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.3), Cm(2.5), Cm(7.4), Cm(2.2), Cm(2.2)])
    for ci, h in ((0, "序号"), (1, "区块名称"), (2, "四至范围")):
        set_cell(t.cell(0, ci).merge(t.cell(1, ci)), h, HT, 12)
    set_cell(t.cell(0, 3).merge(t.cell(0, 4)), "面积", HT, 12)
    set_cell(t.cell(1, 3), "规划面积", HT, 12)
    set_cell(t.cell(1, 4), "建设用地", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["序号", "区块名称", "四至范围", "面积／规划面积", "面积／建设用地"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 2 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    note = "注：四至范围以省自然资源厅核定的界址点坐标为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    add_par(doc, [("二、主要控制指标", HT, 16, False)])
    add_par(doc, [("表2　主要控制指标", HT, 14, False)], align=C, indent=False)
    header = ["序号", "指标名称", "单位", "控制值", "备注"]
    rows = [
        ["1", "工业项目固定资产投资强度", "万元/亩", "≥300", "—"],
        ["2", "工业项目容积率", "—", "≥1.0", "—"],
        ["3", "物流仓储项目容积率", "—", "≥0.8", "—"],
        ["4", "行政办公及生活服务设施用地占比", "%", "≤7", "—"],
        ["5", "单位土地面积税收", "万元/亩·年", "≥25", "2030年目标值"],
        ["6", "综合地均产出", "亿元/平方公里", "≥30", "2030年目标值"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.3), Cm(5.6), Cm(3.6), Cm(1.8), Cm(3.3)])
    for ci, h in enumerate(header):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    banji(doc, "抄送：省发展改革委，省商务厅，省自然资源厅，省交通运输厅，昆明海关。",
          "云南省人民政府办公厅", "2026年3月24日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省人民政府关于同意设立昆明国际陆港经济区的批复",
            doc_number="云政复〔2026〕14号",
            issuer=["云南省人民政府"],
            date="2026-03-23",
            level="provincial",
            region="云南省",
            attachments=["昆明国际陆港经济区四至范围及主要控制指标"],
            doc_type="批复",
            recipients=["昆明市人民政府"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guohan(), doc_qingshi(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
