# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1095: 一带一路产业联盟章程 + 联盟成立通知（理事单位名单）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(section, left="— ", right=" —", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, pageno=("— ", " —")):
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
    footer_pageno(s, *pageno)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.findall(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        gi = 0
        for tc in tcs:
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[gi:gi + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")
            gi += n


def hscale(run, pct):
    """character scaling (字符缩放) as used for long organ names in 红头"""
    rpr = run._element.get_or_add_rPr()
    el = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct))
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        sz.addprevious(el)
    else:
        rpr.append(el)
    return run


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1095", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# =================================================================== DOC A
# 联盟章程（单独成文，无红头；章/节/条；条内项分段或软回车）
def doc_zhangcheng():
    stem = "blind1095_sl_zhangcheng"
    doc = Document()
    setup(doc, ("- ", " -"))
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.8)
    clauses = []
    LINE = 25
    SZ = 15

    # title wrapped at an odd place over two paragraphs
    add_par(doc, [("丝路国际陆港物流", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("产业联盟章程", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（2026年3月18日联盟成立大会暨第一届会员大会表决通过）", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LINE, before=6, after=6)

    def chapter(t):
        add_par(doc, [(t, HT, SZ, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=LINE, before=4, after=4)

    def section(t):
        add_par(doc, [(t, KT, SZ, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=LINE)

    def art(num, text, items=(), extra=(), mode="paras", sep="\u3000"):
        p = add_par(doc, [(num, HT, SZ, False), (sep + text, FS, SZ, False)], line=LINE,
                    first=Pt(2 * SZ))
        if mode == "br":
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(it), FS, SZ)
        else:
            for it in items:
                add_par(doc, [(it, FS, SZ, False)], line=LINE, first=Pt(2 * SZ))
        for e in extra:
            add_par(doc, [(e, FS, SZ, False)], line=LINE, first=Pt(2 * SZ))
        clauses.append(num + sep + text + "".join(items) + "".join(extra))

    chapter("第一章　总则")
    art("第一条", "本联盟的名称为丝路国际陆港物流产业联盟(以下简称“联盟”)，英文名称为Silk Road International Inland Port Logistics Industry Alliance，英文缩写为SRIPLA。")
    art("第二条", "联盟是在陕西省商务厅、陕西省发展和改革委员会指导下，由从事国际陆港运营、中欧班列运输、多式联运、跨境物流及相关服务的企业、高等院校、科研机构和社会组织自愿组成的非营利性、开放式合作组织。")
    art("第三条", "联盟的宗旨是：服务共建“一带一路”，整合国际陆港物流资源，促进会员间信息共享、优势互补，推动国际陆港物流产业高质量发展。")
    art("第四条", "联盟遵守宪法、法律、法规和国家政策，践行社会主义核心价值观，遵守社会道德风尚。")
    art("第五条", "联盟住所设在陕西省西安市国际港务区港务大道99号。")

    chapter("第二章　业务范围")
    art("第六条", "联盟的业务范围：", [
        "（一）开展国际陆港物流发展政策、标准和规则研究，向政府有关部门提出意见建议；",
        "（二）搭建会员间信息交流和业务合作平台，推动中欧班列、西部陆海新通道班列与港口、航空、公路运输协同联动；",
        "（三）组织开展共建“一带一路”国家和地区物流通道、海外仓、境外集散分拨中心合作对接；",
        "（四）开展行业培训、人才交流和专题研讨活动。",
    ])

    chapter("第三章　会员")
    art("第七条", "联盟实行单位会员制。凡在境内外依法设立，从事国际陆港物流及相关业务的企业、高等院校、科研机构和社会组织，承认本章程，均可申请加入联盟。")
    art("第八条", "申请加入联盟，须经下列程序：", [
        "（一）提交入盟申请书及单位资质证明材料；",
        "（二）经秘书处初审，报理事会审议通过；",
        "（三）由秘书处颁发会员证书，并在联盟网站公布。",
    ], mode="br")
    art("第九条", "会员享有下列权利：", [
        "（一）参加会员大会，享有表决权、选举权和被选举权；",
        "（二）参加联盟组织的各类活动，优先获得联盟提供的信息和服务；",
        "（三）对联盟工作提出批评、建议和监督；",
        "（四）入会自愿、退会自由。",
    ])
    art("第十条", "会员履行下列义务：", [
        "（一）遵守本章程，执行联盟的决议；",
        "（二）维护联盟的合法权益和声誉；",
        "（三）按规定交纳会费；",
        "（四）积极参与联盟组织的活动，向联盟报送有关情况和资料；",
        "（五）不得泄露联盟及其他会员的商业秘密。",
    ])
    art("第十一条", "会员退出联盟应书面通知秘书处，并交回会员证书。会员连续2年不交纳会费或不参加联盟活动的，视为自动退出。", sep="  ")
    art("第十二条", "会员有严重违反本章程行为或损害联盟声誉的，经理事会表决通过，予以除名。")

    chapter("第四章　组织机构")
    section("第一节　会员大会")
    art("第十三条", "联盟的最高权力机构是会员大会。会员大会的职权是：", [
        "（一）制定和修改章程；",
        "（二）选举和罢免理事单位；",
        "（三）审议理事会的工作报告和财务报告；",
        "（四）决定终止事宜；",
        "（五）决定其他重大事宜。",
    ], mode="br")
    art("第十四条", "会员大会每2年召开1次，须有三分之二以上的会员出席方能召开，其决议须经到会会员半数以上表决通过方能生效；制定和修改章程，须经到会会员三分之二以上表决通过。",
        extra=["因特殊情况需提前或者延期召开的，须经理事会表决通过，延期最长不超过1年。"])
    section("第二节　理事会")
    art("第十五条", "理事会是会员大会的执行机构，在会员大会闭会期间领导联盟开展日常工作，对会员大会负责。理事会由会长单位、副会长单位和理事单位组成，每届任期4年。")
    art("第十六条", "理事会的职权是：", [
        "（一）执行会员大会的决议；",
        "（二）选举和罢免会长单位、副会长单位，聘任或者解聘秘书长；",
        "（三）决定会员的吸收和除名；",
        "（四）决定设立专业委员会和工作组；",
        "（五）领导秘书处开展工作。",
    ])
    art("第十七条", "理事会每年至少召开1次会议，情况特殊的，可采用通讯形式召开。理事会决议须经到会理事单位三分之二以上表决通过方能生效。")
    art("第十八条", "会长单位履行下列职责：", [
        "（一）召集和主持理事会；",
        "（二）检查会员大会、理事会决议的落实情况；",
        "（三）代表联盟对外开展交流合作。",
    ], extra=["会长单位因故不能履行职责时，由其委托的副会长单位代为履行。"])
    section("第三节　秘书处")
    art("第十九条", "秘书处是联盟的日常办事机构，设在会长单位。秘书长由会长单位提名，理事会聘任。")
    art("第二十条", "秘书处的主要职责是：（一）负责联盟日常事务和会员服务工作；（二）组织实施年度工作计划；（三）筹备会员大会、理事会会议；（四）管理联盟档案、印章和经费。")

    chapter("第五章　附则")
    art("第二十一条", "联盟经费来源于会员会费、社会捐赠资助和在业务范围内开展服务的收入，不得在会员中分配。")
    art("第二十二条", "本章程由联盟理事会负责解释。")
    art("第二十三条", "本章程经2026年3月18日联盟成立大会暨第一届会员大会表决通过，自通过之日起生效。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "丝路国际陆港物流产业联盟章程",
            "doc_number": None,
            "issuer": ["丝路国际陆港物流产业联盟"],
            "date": "2026-03-18",
            "published": None,
            "level": "other",
            "region": None,
            "effective": "2026-03-18",
            "expires": None,
            "attachments": [],
            "doc_type": "章程",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 省商务厅、省发展改革委联合红头通知 + 附件理事单位名单（合并单元格、续表、表头重复）
def doc_shaanxi():
    stem = "blind1095_shaanxi_chengli"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 红头: two organ names stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.6, 3.8])
    c0 = t.rows[0].cells[0]
    set_cell(c0, "陕西省商务厅", XBS, 28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=44)
    p2 = c0.add_paragraph()
    font(p2.add_run("陕西省发展和改革委员会"), XBS, 28, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(44)
    set_cell(t.rows[0].cells[1], "文件", XBS, 40, color=RED, line=50)
    empty(doc, 1)
    p = add_par(doc, "陕商发〔2026〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("陕西省商务厅 陕西省发展和改革委员会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于丝路国际陆港物流产业联盟"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("正式成立的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务主管部门、发展改革委，杨凌示范区、西咸新区有关部门，省级有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为推动共建“一带一路”高质量发展，在省商务厅、省发展改革委指导下，由陕西丝路陆港集团有限公司牵头，联合国际陆港物流领域企业和高校，共同发起成立丝路国际陆港物流产业联盟（以下简称“联盟”）。2026年3月18日，联盟成立大会暨第一届会员大会在西安国际港务区召开，审议通过了《丝路国际陆港物流产业联盟章程》，选举产生了联盟首届理事会。现将有关事项通知如下：")
    head("一、联盟基本情况")
    body("联盟首批会员单位87家，其中境外单位12家，覆盖11个共建“一带一路”国家。首届理事会由会长单位1家、副会长单位5家、理事单位16家组成，联盟秘书处设在会长单位陕西丝路陆港集团有限公司。")
    head("二、联盟主要任务")
    runin("（一）畅通国际物流通道。", "推动中欧班列（西安）与西部陆海新通道、空中丝绸之路协同联动，力争到2027年新开辟跨里海国际运输走廊等线路3条以上。")
    runin("（二）推进多式联运创新。", "推广多式联运“一单制”“一箱制”，支持会员单位在中亚、欧洲布局海外仓。")
    head("三、有关工作要求")
    body("各地各有关部门要加强对联盟工作的指导和支持。联盟要严格按照章程规范运行，不得以联盟名义开展营利性活动，不得向会员单位摊派费用。")
    empty(doc, 1)
    # 附件 list: name wraps, continuation hangs under the name (hanging indent)
    p = add_par(doc, "附件：丝路国际陆港物流产业联盟首届理事会理事单位名单", indent=False)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # joint 落款 aligned with a tab
    p = add_par(doc, "陕西省商务厅\t陕西省发展和改革委员会", indent=False)
    p.paragraph_format.left_indent = Pt(48)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月25日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("丝路国际陆港物流产业联盟", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("首届理事会理事单位名单"), XBS, 20)
    empty(doc, 1, 20)

    header = ["序号", "单位名称", "职务"]
    units = [
        ("陕西丝路陆港集团有限公司", "会长单位"),
        ("西安国际陆港多式联运有限公司", "副会长单位"),
        ("陕西省物流集团有限责任公司", "副会长单位"),
        ("长安大学", "副会长单位"),
        ("中欧班列（西安）运营服务有限公司", "副会长单位"),
        ("KTZ Express股份公司(哈萨克斯坦)", "副会长单位"),
        ("宝鸡陆港物流有限公司", "理事单位"),
        ("咸阳综合保税区开发建设有限公司", "理事单位"),
        ("汉中天汉国际物流有限公司", "理事单位"),
        ("西咸新区空港国际物流有限公司", "理事单位"),
        ("杨凌农业国际物流有限公司", "理事单位"),
        ("陕西汽车控股集团国际贸易有限公司", "理事单位"),
        ("西安秦川跨境电商服务有限公司", "理事单位"),
        ("中国邮政速递物流股份有限公司陕西省分公司", "理事单位"),
        ("中国出口信用保险公司陕西分公司", "理事单位"),
        ("新疆中欧联运供应链管理有限公司", "理事单位"),
        ("重庆西部陆海国际物流有限公司", "理事单位"),
        ("郑州陆港跨境供应链有限公司", "理事单位"),
        ("格鲁吉亚第比利斯物流中心有限公司", "理事单位"),
        ("波兰罗兹欧亚铁路物流有限公司", "理事单位"),
        ("德国杜伊斯堡欧亚物流有限公司", "理事单位"),
        ("乌兹别克斯坦塔什干丝路物流有限公司", "理事单位"),
    ]

    def part_table(rows, start):
        tb = doc.add_table(rows=1 + len(rows), cols=3)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(tb.rows[0].cells[i], h, HT, 14, line=24)
        repeat_header(tb.rows[0])
        for ri, (name, duty) in enumerate(rows, 1):
            set_cell(tb.rows[ri].cells[0], str(start + ri - 1), FS, 14, line=24)
            set_cell(tb.rows[ri].cells[1], name, FS, 14, line=24,
                     align=WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append(row_clause(header, [str(start + ri - 1), name, duty]))
        # 职务 column: vertically merge runs of equal value
        ri = 1
        while ri <= len(rows):
            rj = ri
            while rj + 1 <= len(rows) and rows[rj][1] == rows[ri - 1][1]:
                rj += 1
            cell = tb.cell(ri, 2)
            if rj > ri:
                cell = cell.merge(tb.cell(rj, 2))
            set_cell(cell, rows[ri - 1][1], FS, 14, line=24)
            ri = rj + 1
        col_widths(tb, [2.0, 9.6, 3.8])
        for tr in tb.rows:
            tr.height = Cm(0.95)
        return tb

    part_table(units[:14], 1)
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    part_table(units[14:], 15)
    add_par(doc, [("注：副会长单位、理事单位排名不分先后。", FS, 14, False)], indent=False,
            line=24, before=4)
    clauses.append("注：副会长单位、理事单位排名不分先后。")

    banji(doc, "抄送：商务部对外投资和经济合作司，国家发展改革委区域开放司。",
          "陕西省商务厅办公室", "2026年3月25日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "陕西省商务厅 陕西省发展和改革委员会关于丝路国际陆港物流产业联盟正式成立的通知",
            "doc_number": "陕商发〔2026〕41号",
            "issuer": ["陕西省商务厅", "陕西省发展和改革委员会"],
            "date": "2026-03-25",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": ["丝路国际陆港物流产业联盟首届理事会理事单位名单"],
            "doc_type": "通知",
            "recipients": ["各设区市商务主管部门、发展改革委",
                           "杨凌示范区、西咸新区有关部门", "省级有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 联盟自己的红头通知：成立暨理事会组成（两级表头）+ 附件章程
def doc_zhejiang():
    stem = "blind1095_zj_shumao"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "浙江省“一带一路”数字贸易产业联盟"
    IND = "\u3000\u3000"  # indentation typed with full-width spaces

    p = add_par(doc, [], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=12)
    hscale(font(p.add_run(ORG), XBS, 30, False, RED), 72)
    empty(doc, 1)
    p = add_par(doc, "浙数贸联〔2026〕1号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title over three paragraphs, wrapped at odd places
    for line_t in ("关于浙江省“一带一路”数字贸易", "产业联盟正式成立暨首届理事会", "组成情况的通知"):
        add_par(doc, [(line_t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各会员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("在浙江省商务厅指导下，由浙江数智丝路科技集团有限公司等32家单位共同发起的" + ORG + "（以下简称“联盟”），于2026年5月20日在杭州召开成立大会暨第一次会员大会，审议通过了联盟章程，选举产生了首届理事会，联盟正式成立。现将有关事项通知如下：")
    runin("一、首届理事会组成。", "首届理事会由11家单位组成，其中会长单位1家、副会长单位4家、理事单位6家。聘任周佳敏同志为联盟秘书长。具体名单如下：")

    # two-level header: 单位代表 spans 姓名 / 职务
    top = ["序号", "单位名称", "联盟职务", "单位代表", ""]
    keys = ["序号", "单位名称", "联盟职务", "单位代表／姓名", "单位代表／职务"]
    rows = [
        ["1", "浙江数智丝路科技集团有限公司", "会长单位", "李文涛", "董事长"],
        ["2", "中国（浙江）自由贸易试验区杭州片区跨境数字贸易服务中心", "副会长单位", "陈晓燕", "主任"],
        ["3", "宁波舟山港跨境数字物流有限公司", "副会长单位", "王海峰", "总经理"],
        ["4", "义乌小商品数字贸易有限公司", "副会长单位", "楼建平", "董事长"],
        ["5", "浙江大学数字贸易研究院", "副会长单位", "沈一鸣", "副院长"],
        ["6", "杭州云栈数字内容出海有限公司", "理事单位", "徐静怡", "总经理"],
        ["7", "浙江丝路支付科技有限公司", "理事单位", "吴国栋", "副总裁"],
        ["8", "温州瓯越跨境电商产业园运营有限公司", "理事单位", "郑少华", "总经理"],
        ["9", "海宁皮革跨境贸易有限公司", "理事单位", "钱立群", "董事长"],
        ["10", "金华华通国际物流有限公司", "理事单位", "方志刚", "总经理"],
        ["11", "浙江工商大学国际商学院", "理事单位", "黄晓丽", "院长"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(3):
        c = tb.cell(0, i).merge(tb.cell(1, i))
        set_cell(c, top[i], HT, 10.5, line=16)
    c = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(c, "单位代表", HT, 10.5, line=16)
    set_cell(tb.cell(1, 3), "姓名", HT, 10.5, line=16)
    set_cell(tb.cell(1, 4), "职务", HT, 10.5, line=16)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(tb.cell(ri, ci), v, FS, 10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    col_widths(tb, [1.3, 8.0, 2.4, 1.7, 1.8])
    add_par(doc, [("注：副会长单位、理事单位排名不分先后。", FS, 12, False)], indent=False,
            line=20, before=2)
    clauses.append("注：副会长单位、理事单位排名不分先后。")

    runin("二、工作安排。", "下半年重点开展以下工作：")
    body("1．组织“数字丝路·浙货出海”系列对接活动，赴阿联酋、马来西亚等国家开展数字贸易推介，全年不少于6场。")
    body("2.建设联盟公共服务平台，上线会员服务、政策查询、海外合规咨询等功能模块。")
    runin("三、会费缴纳。", "会长单位、副会长单位、理事单位和普通会员单位会费分别为每年10万元、5万元、2万元和0.5万元，请于2026年6月30日前交纳。")
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：" + ORG + "章程", indent=False)
    empty(doc, 1)
    p = add_par(doc, ORG, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年五月二十二日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件：章程 on its own page (page break before the 附件 line)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(ORG + "章程", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, text):
        clauses.append(num + "\u3000" + text)
        add_par(doc, [(IND, FS, 16, False), (num, HT, 16, False), ("\u3000" + text, FS, 16, False)],
                indent=False)

    chapter("第一章　总　则")
    art("第一条", "本联盟名称为" + ORG + "（以下简称“联盟”）。")
    art("第二条", "联盟是在浙江省商务厅指导下，由从事数字贸易及相关业务的企业、高等院校、科研机构和社会组织自愿组成的非营利性合作组织。")
    chapter("第二章　会　员")
    art("第三条", "凡承认本章程、从事数字贸易相关业务并具有良好信誉的单位，经书面申请、理事会审议通过，可成为联盟会员。")
    art("第四条", "会员享有下列权利：（一）参加联盟活动，获得联盟提供的服务；（二）对联盟工作提出意见建议；（三）享有选举权、被选举权和表决权；（四）入会自愿、退会自由。")
    art("第五条", "会员履行下列义务：（一）遵守联盟章程，执行联盟决议；（二）按时交纳会费；（三）维护联盟声誉，不得以联盟名义从事与联盟宗旨无关的活动。")
    chapter("第三章　组织机构")
    art("第六条", "会员大会是联盟的最高权力机构，每年召开1次，主要职权是制定和修改章程，选举和罢免理事单位，审议理事会工作报告和财务报告。")
    art("第七条", "理事会是会员大会的执行机构，由会长单位、副会长单位和理事单位组成，每届任期3年。会长单位负责召集理事会会议，代表联盟对外开展合作。")
    art("第八条", "联盟设秘书处，负责日常工作。秘书长由会长单位提名，理事会聘任。")
    chapter("第四章　附　则")
    art("第九条", "本章程由联盟理事会负责解释。")
    art("第十条", "本章程经2026年5月20日联盟成立大会暨第一次会员大会表决通过，自通过之日起生效。")

    banji(doc, "抄送：浙江省商务厅，中国（浙江）自由贸易试验区杭州片区管委会。",
          ORG + "秘书处", "2026年5月22日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于浙江省“一带一路”数字贸易产业联盟正式成立暨首届理事会组成情况的通知",
            "doc_number": "浙数贸联〔2026〕1号",
            "issuer": [ORG],
            "date": "2026-05-22",
            "published": None,
            "level": "other",
            "region": "浙江省",
            "effective": "2026-05-20",
            "expires": None,
            "attachments": [ORG + "章程"],
            "doc_type": "通知",
            "recipients": ["各会员单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhangcheng(), doc_shaanxi(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
