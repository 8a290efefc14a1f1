# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 897: 国际航行船舶保税燃料油加注管理暂行办法与公开征求意见公告（港口城市）.

Writes three Word files + PDFs + expected.json into this script's directory.
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
IND = "\u3000\u3000"  # indentation typed with two full-width spaces

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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def add_lines(doc, parts, name=FS, size=16, **kw):
    """One paragraph whose parts are separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        for seg in (part if isinstance(part, list) else [(part, name, size, False)]):
            font(p.add_run(seg[0]), seg[1], seg[2], seg[3])
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
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(table, widths):
    """Fix column widths in tblGrid and in every cell (LibreOffice reads gridCol)."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    grid = tbl.find(qn("w:tblGrid"))
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            tw = sum(int(w.twips) for w in widths[col:col + span])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(tw))
            tcw.set(qn("w:type"), "dxa")
            col += span


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_897", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 青岛市商务局 征求意见公告 (no red head, typed full-width indents, draft attached)
def doc_qingdao():
    stem = "blind897_qingdao_zqyj"
    doc = Document()
    setup(doc)
    clauses = []

    # title typed over three paragraphs, wrapped at odd places
    for t in ("青岛市商务局关于公开征求《青岛市国际航行",
              "船舶保税燃料油加注管理暂行办法（征求意见",
              "稿）》意见的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1, line=14)

    def body(t, lead=IND):
        clauses.append(t)
        add_par(doc, lead + t, indent=False)

    body("为规范我市国际航行船舶保税燃料油加注业务，提升青岛港国际航运综合服务能力，市商务局会同青岛海关、青岛海事局等部门起草了《青岛市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）》，现向社会公开征求意见。社会各界可于2026年2月19日前，通过以下方式提出意见建议：")
    body("一、登录青岛市人民政府网站“政民互动—意见征集”栏目，在线提出意见建议。")
    body("二、发送电子邮件至qdswkagc@qd.shandong.cn，邮件主题请注明“保税油加注办法意见”。")
    body("联系人：孙立强，联系电话:0532-85911768。")
    empty(doc, 1, line=14)
    # 附件 line with a hanging indent so the wrapped part lines up under the title
    p = add_par(doc, "附件：青岛市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）",
                first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1, line=14)
    # 落款 with typed spaces
    add_par(doc, " " * 42 + "青岛市商务局", indent=False)
    add_par(doc, " " * 41 + "2026年1月19日", indent=False)

    # ---------------- 附件1: the draft, no chapters, 第X条 only, 26pt leading
    L = 26
    p = add_par(doc, [("附件", HT, 16, False)], indent=False, line=L)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("青岛市国际航行船舶保税燃料油加注管理暂行办法", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6)
    add_par(doc, [("（征求意见稿）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=L, after=6)

    def art(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, line=L)

    art("第一条　为规范国际航行船舶保税燃料油加注（以下简称保税油加注）经营行为，促进保税油加注业务健康有序发展，根据《中华人民共和国海关法》《中华人民共和国港口法》等法律法规和国家有关规定，结合本市实际，制定本办法。")
    # article with a second paragraph typed as a separate Word paragraph
    a2a = "第二条　本办法适用于在本市港口水域内从事国际航行船舶保税燃料油加注业务的经营、监管和服务保障活动。"
    a2b = "本办法所称保税燃料油，包括低硫燃料油、船用柴油以及液化天然气（LNG）、生物燃料油等清洁船用燃料。"
    add_par(doc, IND + a2a, indent=False, line=L)
    add_par(doc, IND + a2b, indent=False, line=L)
    clauses.append(a2a + a2b)
    art("第三条　市商务局是本市保税油加注业务的行业主管部门。青岛海关、青岛海事局、市交通运输局、国家税务总局青岛市税务局等部门按照各自职责，做好保税油加注业务的监管和服务工作。")
    # items typed with Shift+Enter inside the article's paragraph, mixed half-width brackets
    a4 = ["第四条　在本市从事保税油加注业务的企业（以下简称加注企业），应当具备下列条件：",
          "（一）在本市依法注册登记，注册资本不低于人民币5000万元；",
          "(二)拥有或者租赁不少于2艘供油船舶，单船载重吨不低于1000吨；",
          "（三）具有保税油储存设施，或者与保税仓库经营者签订仓储协议；",
          "（四）近三年未发生较大及以上安全生产责任事故和船舶污染事故；",
          "(五)法律、法规规定的其他条件。"]
    add_lines(doc, [IND + a4[0]] + a4[1:], indent=False, line=L)
    clauses.append("".join(a4))
    art("第五条　符合条件的企业向市商务局提交申请材料。市商务局会同青岛海关、青岛海事局在20个工作日内完成审核，对符合条件的企业予以公布，并报省商务厅备案。")
    art("第六条　支持加注企业依托中国（山东）自由贸易试验区青岛片区开展保税燃料油混兑调和、跨关区直供和“一船多供”等业务创新。")
    art("第七条　保税油加注作业应当在青岛港董家口港区、前湾港区、黄岛港区的指定锚地、泊位进行，具体区域由青岛海事局会同市交通运输局划定并公布。")
    art("第八条　加注企业开展加注作业前，应当通过国际贸易“单一窗口”向海关申报，并向海事管理机构报告作业时间、地点、船舶名称和加注数量。")
    art("第九条　加注作业期间应当布设围油栏或者采取其他防污染措施。遇有六级以上大风、能见度不足1000米等恶劣天气时，应当停止作业。")
    art("第十条　所供燃料油应当符合国际海事组织（IMO）船用燃料硫含量限值要求和国家有关标准。每次加注应当留存燃料油样品，并向受油船舶提供燃油交付单据（BDN），样品保存期限不少于12个月。")
    art("第十一条　青岛海关依托保税油监管信息化系统，对保税燃料油储存、转运、加注等环节实施全程动态监控。")
    art("第十二条　市商务局建立加注企业年度评估制度。连续两年评估不合格或者发生重大安全生产责任事故的，取消其加注资格。")
    art("第十三条　本办法由市商务局负责解释。")
    art("第十四条　本办法自　　年　　月　　日起施行，有效期　　年。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="青岛市商务局关于公开征求《青岛市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）》意见的公告",
            doc_number=None,
            issuer=["青岛市商务局"],
            date="2026-01-19",
            level="municipal",
            region="青岛市",
            attachments=["青岛市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）"],
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 宁波市人民政府办公厅 印发通知 + 暂行办法 (red head, chapters, merged-header table, 版记)
def doc_ningbo():
    stem = "blind897_ningbo_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("宁波市人民政府办公厅文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "甬政办发〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break at an odd place
    add_lines(doc, [[("宁波市人民政府办公厅关于印发宁波市国际", XBS, 22, False)],
                    [("航行船舶保税燃料油加注管理暂行办法", XBS, 22, False)],
                    [("的通知", XBS, 22, False)]],
              align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府，市直及部属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《宁波市国际航行船舶保税燃料油加注管理暂行办法》已经市政府第68次常务会议审议通过，现印发给你们，请认真贯彻执行。")
    empty(doc, 2)
    p = add_par(doc, "宁波市人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年三月十八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- the 办法 on a new page
    p = add_par(doc, [("宁波市国际航行船舶保税燃料油", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("加注管理暂行办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, t, extra=()):
        """第X条 in 黑体, then text; extra paragraphs (items) typed as own paragraphs."""
        add_par(doc, [(no, HT, 16, False), ("　" + t, FS, 16, False)])
        for e in extra:
            add_par(doc, e)
        clauses.append(no + "　" + t + "".join(extra))

    chapter("第一章　总　　则")
    art("第一条", "为规范国际航行船舶保税燃料油（以下简称保税油）加注业务，推动宁波舟山港建设世界一流强港，根据国家有关法律法规和政策规定，结合本市实际，制定本办法。")
    art("第二条", "本市行政区域内港口水域开展的国际航行船舶保税油加注业务及其监督管理，适用本办法。")
    art("第三条", "市商务局负责保税油加注业务的行业管理，会同有关部门制定扶持政策，开展加注企业名录管理。",
        ["宁波海关负责保税油的海关监管；宁波海事局负责加注作业的水上交通安全和防治船舶污染监督管理；市交通运输局、市生态环境局、市应急管理局等部门按照各自职责做好相关工作。"])

    chapter("第二章　加注企业管理")
    art("第四条", "申请开展保税油加注业务的企业应当具备以下条件：",
        ["（一）在本市注册的独立法人企业，具有国际航行船舶保税油经营资质或者与具有该资质的企业签订合作协议；",
         "（二）自有或者光租供油船舶不少于3艘，总载重吨不低于1.5万吨；",
         "（三）具备完善的安全生产管理体系和船舶污染应急处置能力；",
         "（四）近两年无走私违规、偷逃税款等不良记录。"])
    art("第五条", "市商务局会同宁波海关、宁波海事局对申请企业进行联合评审，评审结果公示5个工作日。公示无异议的，纳入本市保税油加注企业名录。")
    art("第六条", "加注企业名录实行动态管理。加注企业有下列情形之一的，移出名录：（一）不再符合本办法第四条规定条件的；（二）连续12个月未开展加注业务的；（三）发生较大及以上安全生产责任事故或者船舶污染事故的。")

    chapter("第三章　加注作业管理")
    art("第七条", "保税油加注作业应当在下列锚地和作业区内进行：")
    # caption (units in caption)
    add_par(doc, [("宁波港域保税油加注锚地（作业区）一览表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    rows = [
        ["1", "金塘锚地", "北仑港区", "29°58′30″", "121°55′48″", "18—22", "15万吨级及以下"],
        ["2", "七里峙锚地", "镇海港区", "30°00′54″", "121°48′06″", "12—16", "5万吨级及以下"],
        ["3", "梅山东锚地", "梅山港区", "29°45′20″", "121°59′10″", "20—26", "20万吨级及以下"],
        ["4", "穿山南作业区", "穿山港区", "29°52′15″", "122°02′40″", "22—30", "30万吨级及以下"],
        ["5", "大榭北锚地", "大榭港区", "29°57′05″", "121°58′30″", "15—20", "10万吨级及以下"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for ci in (0, 1, 2, 5, 6):
        h0[ci].merge(h1[ci])
    h0[3].merge(h0[4])
    top = {0: "序号", 1: "锚地（作业区）名称", 2: "所属港区", 3: "中心坐标", 5: "水深（米）", 6: "适用船型"}
    for ci, txt in top.items():
        set_cell(t.rows[0].cells[ci], txt, HT, 10.5)
    set_cell(t.rows[1].cells[3], "北纬", HT, 10.5)
    set_cell(t.rows[1].cells[4], "东经", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    set_widths(t, [Cm(1.1), Cm(2.7), Cm(1.9), Cm(2.6), Cm(2.8), Cm(1.9), Cm(3.0)])
    hdr = ["序号", "锚地（作业区）名称", "所属港区", "中心坐标／北纬", "中心坐标／东经",
           "水深（米）", "适用船型"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # note under the table, two lines with a manual break
    n1 = "注：1.坐标采用2000国家大地坐标系（CGCS2000）。"
    n2 = "2.锚地（作业区）具体范围以宁波海事局发布的航行通告为准。"
    add_lines(doc, [[(n1, FS, 12, False)], [("\u3000\u3000" + n2, FS, 12, False)]],
              indent=False, line=20, before=4)
    clauses.append(n1 + n2)
    art("第八条", "加注企业开展加注作业前，应当通过国际贸易“单一窗口”办理保税油出库、加注申报手续，并向宁波海事局报告。同一航次的受油船舶可以实行“一次申报、分次加注”。")
    art("第九条", "供油船舶进行加注作业时，应当落实防污染措施，配备足够的应急物资。")
    art("第十条", "鼓励加注企业开展液化天然气、甲醇、生物燃料等绿色船用燃料加注业务，按照本市有关政策给予支持。")

    chapter("第四章　监督管理")
    art("第十一条", "宁波海关、宁波海事局等部门依托保税油加注综合监管服务平台，实现监管数据共享共用。")
    art("第十二条", "加注企业违反本办法规定的，由有关部门依照相关法律法规予以处理；构成犯罪的，依法追究刑事责任。")

    chapter("第五章　附　　则")
    art("第十三条", "本办法由市商务局负责解释。")
    art("第十四条", "本办法自2026年4月20日起施行，有效期至2028年4月19日。《宁波市保税燃料油供应管理试行办法》（甬政办发〔2022〕45号）同时废止。")

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。宁波海关，宁波海事局。",
          "宁波市人民政府办公厅", "2026年3月18日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁波市人民政府办公厅关于印发宁波市国际航行船舶保税燃料油加注管理暂行办法的通知",
            doc_number="甬政办发〔2026〕21号",
            issuer=["宁波市人民政府办公厅"],
            date="2026-03-18",
            level="municipal",
            region="宁波市",
            effective="2026-04-20",
            expires="2028-04-19",
            attachments=[],
            doc_type="通知",
            recipients=["各区（县、市）人民政府", "市直及部属各单位"],
            publicity="此件公开发布",
            repeals="《宁波市保税燃料油供应管理试行办法》（甬政办发〔2022〕45号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 厦门市人民政府 请示 (上行文: 特急, 签发人 via tab, data table with merged header
# and 合计 row, attachment table with long cells)
def doc_xiamen():
    stem = "blind897_xiamen_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市人民政府文件", XBS, 38, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("厦府〔2026〕37号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄文辉", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ttl in ("厦门市人民政府关于恳请支持厦门港开展",
                "国际航行船舶保税燃料油加注业务有关",
                "事项的请示"):
        add_par(doc, [(ttl, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "福建省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为进一步提升厦门国际航运中心服务功能，我市在前期调研论证基础上，起草了《厦门市国际航行船舶保税燃料油加注管理暂行办法》，并于2026年3月10日至4月9日通过市政府门户网站公开征求社会意见。现将有关事项请示如下：")
    head("一、基本情况")
    body("厦门港是21世纪海上丝绸之路的重要节点。2025年，厦门港完成集装箱吞吐量1320万标准箱，国际航线达到178条，到港国际航行船舶1.12万艘次。近年来，我市保税油加注业务稳步发展，具体情况如下：")
    p = add_par(doc, [("表1　厦门港保税燃料油加注情况（单位：万吨、艘次）", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    p.paragraph_format.keep_with_next = True
    rows = [
        ["2023年", "41.6", "40.9", "0.7", "1860", "12.4%"],
        ["2024年", "52.3", "50.8", "1.5", "2215", "25.7%"],
        ["2025年", "63.8", "61.2", "2.6", "2640", "22.0%"],
        ["合计", "157.7", "152.9", "4.8", "6715", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for ci in (0, 4, 5):
        h0[ci].merge(h1[ci])
    h0[1].merge(h0[3])
    for ci, txt in {0: "年份", 1: "加注量", 4: "加注船舶艘次", 5: "加注量同比增长"}.items():
        set_cell(t.rows[0].cells[ci], txt, HT, 12)
    for ci, txt in {1: "合计", 2: "低硫燃料油", 3: "LNG等清洁燃料"}.items():
        set_cell(t.rows[1].cells[ci], txt, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    set_widths(t, [Cm(2.2), Cm(2.3), Cm(2.6), Cm(2.9), Cm(2.6), Cm(2.6)])
    hdr = ["年份", "加注量／合计", "加注量／低硫燃料油", "加注量／LNG等清洁燃料",
           "加注船舶艘次", "加注量同比增长"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    empty(doc, 1, line=14)
    body("但与上海、舟山、深圳等港口相比，我市仍存在加注企业数量少（目前仅有2家）、加注价格偏高、绿色燃料加注能力薄弱等问题，2025年到港国际航行船舶在厦加注比例仅为23.6%。")
    head("二、公开征求意见情况")
    body("征求意见期间，共收到社会各界意见建议27条，其中航运企业10条、加注企业6条、行业协会4条、其他7条。经认真研究，采纳14条，部分采纳6条，未采纳7条（主要意见采纳情况详见附件），并据此修改形成了送审稿。")
    head("三、请示事项")
    runin("（一）恳请省政府支持增加保税油经营资质企业。", "积极向商务部争取，支持在厦门注册的1至2家符合条件的企业获得国际航行船舶保税油经营资质。")
    runin("（二）恳请省政府支持开展保税燃料油跨关区直供和“一船多供”业务。", "协调福州海关支持厦门港与福州港、泉州港之间开展保税油跨关区直供。")
    runin("（三）恳请省政府支持厦门港开展绿色船用燃料加注试点。", "支持在海沧港区建设LNG、绿色甲醇加注设施，对首批项目给予省级专项资金支持。")
    runin("（四）恳请省政府同意我市印发保税油加注管理办法。", "同意我市以市政府办公厅规范性文件形式印发《厦门市国际航行船舶保税燃料油加注管理暂行办法》。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    p = add_par(doc, "附件：厦门市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）公开征求意见采纳情况汇总表",
                first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 2)
    add_par(doc, "\u3000" * 16 + "厦门市人民政府", indent=False)
    add_par(doc, "\u3000" * 16 + "2026年5月8日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：市商务局 林晓东，电话：0592-2855610）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("厦门市国际航行船舶保税燃料油加注管理暂行办法", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("（征求意见稿）公开征求意见采纳情况汇总表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1, line=14)
    hdr2 = ["序号", "意见来源", "意见建议摘要", "采纳情况", "说明"]
    widths = [Cm(1.2), Cm(3.6), Cm(5.0), Cm(2.0), Cm(3.8)]
    part1 = [
        ["1", "厦门港务控股集团有限公司", "建议增加海沧港区、翔安港区加注作业锚地", "采纳", "已在送审稿第九条中增加相关作业区域"],
        ["2", "厦门港航燃料供应有限公司", "建议将加注企业注册资本要求由1亿元降至5000万元", "部分采纳", "调整为“注册资本不低于8000万元”"],
        ["3", "厦门市航运物流协会", "建议建立保税油加注价格信息公开机制", "采纳", "已在送审稿第十五条中增加相关内容"],
        ["4", "市民（网络留言）", "建议加强加注作业对海洋生态环境影响的监测", "采纳", "已在送审稿第十三条中明确生态环境部门职责"],
        ["5", "海联国际船务代理（厦门）有限公司", "建议允许外资企业直接申请保税油经营资质", "未采纳", "保税油经营资质由国家统一管理，不属于地方事权"],
        ["6", "厦门市船舶代理行业协会", "建议对加注作业实行“一次申报、分次加注”", "采纳", "已在送审稿第十一条中予以明确"],
        ["7", "厦门大学海洋与地球学院专家", "建议明确船用燃料硫含量检测第三方机构资质要求", "部分采纳", "作原则性规定，具体要求由市场监管部门另行制定"],
        ["8", "中远海运（厦门）有限公司", "建议允许受油船舶在靠泊装卸作业的同时进行加注", "采纳", "已在送审稿第十条中予以明确"],
    ]

    def tbl(rows_):
        tb = doc.add_table(rows=1 + len(rows_), cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(hdr2):
            set_cell(tb.rows[0].cells[ci], h, HT, 10.5)
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT
                set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=al)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr2, row)))
        repeat_header(tb.rows[0])
        set_widths(tb, widths)
        return tb

    tbl(part1)
    add_par(doc, [("注：本表仅列示主要意见建议；其他意见建议已在修改中一并研究吸收。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：本表仅列示主要意见建议；其他意见建议已在修改中一并研究吸收。")

    banji(doc, "抄送：省商务厅，省交通运输厅，省财政厅，厦门海关，厦门海事局。",
          "厦门市人民政府办公厅", "2026年5月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市人民政府关于恳请支持厦门港开展国际航行船舶保税燃料油加注业务有关事项的请示",
            doc_number="厦府〔2026〕37号",
            issuer=["厦门市人民政府"],
            date="2026-05-08",
            level="municipal",
            region="厦门市",
            attachments=["厦门市国际航行船舶保税燃料油加注管理暂行办法（征求意见稿）公开征求意见采纳情况汇总表"],
            doc_type="请示",
            recipients=["福建省人民政府"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qingdao(), doc_ningbo(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
