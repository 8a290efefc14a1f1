# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 790: 会谈纪要 / 联合声明 (中国某省与“一带一路”沿线国家某州/省), Word + PDF + expected.json."""
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
    fp.alignment = C
    pre, post, fsz = ("— ", " —", 14) if footer_style == "dash" else ("- ", " -", 10.5)
    font(fp.add_run(pre), SONG, fsz)
    r = fp.add_run()
    font(r, SONG, fsz)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, fsz)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, fsz)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, fsz)
    r5 = fp.add_run()
    font(r5, SONG, fsz)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), SONG, fsz)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def grid(table):
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    grid(t)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size,
                     align=L if (widths and len(v) > 12) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def sign_table(doc, left, right, size=16):
    """签字栏: two parties side by side, borderless layout table."""
    t = doc.add_table(rows=len(left), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, (a, b) in enumerate(zip(left, right)):
        set_cell(t.rows[i].cells[0], a, FS, size, line=30)
        set_cell(t.rows[i].cells[1], b, FS, size, line=30)
        t.rows[i]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        if i < len(left) - 1:
            for c in t.rows[i].cells:
                c.paragraphs[0].paragraph_format.keep_with_next = True
    return t


def keep(p):
    p.paragraph_format.keep_with_next = True
    return p


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_790", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省人民政府—撒马尔罕州政府 经贸合作会谈纪要 (plain, no 红头, no 文号)."""
    stem = "blind790_zj_samarkand_jiyao"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # title typed as three paragraphs, wrapped at odd places
    for ln in ("浙江省人民政府与乌兹别克斯坦共和国", "撒马尔罕州政府经贸", "合作会谈纪要"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2026年5月19日至21日，应浙江省人民政府邀请，乌兹别克斯坦共和国撒马尔罕州州长巴赫季约尔·萨伊多夫率州政府代表团访问浙江。5月20日，浙江省人民政府副省长陈立群与萨伊多夫州长在杭州举行会谈。双方回顾了2023年建立友好交流关系以来的合作成果，就深化共建“一带一路”框架下经贸、产能、农业、物流和人文等领域务实合作深入交换了意见，达成广泛共识。现纪要如下：")
    # attendance lines: label in 黑体, typed with leading full-width spaces
    for lab, txt in (("中方出席人员：", "浙江省人民政府副秘书长周明远，省商务厅副厅长钱晓红，省发展改革委、省农业农村厅、省外办、杭州海关、省贸促会有关负责同志。"),
                     ("乌方出席人员：", "撒马尔罕州第一副州长阿利舍尔·卡里莫夫，州投资、工业和贸易局局长法尔霍德·尤苏波夫，撒马尔罕自由经济区管理局、撒马尔罕州农业局有关负责人。")):
        clauses.append(lab + txt)
        add_par(doc, [(IND, FS, 16, False), (lab, HT, 16, False), (txt, FS, 16, False)], indent=False)

    head("一、关于扩大双边贸易规模")
    # half-width comma typed after the year (quirk), kept verbatim
    runin("（一）", "双方高度评价浙江省与撒马尔罕州贸易往来的良好势头。2025年,浙江省与撒马尔罕州贸易额达4.86亿美元，同比增长27.3%，其中浙江对撒马尔罕州出口机电产品、纺织服装、日用消费品等3.92亿美元，自撒马尔罕州进口干鲜果品、棉纱等0.94亿美元。")
    runin("（二）", "双方同意共同推动双边贸易额在2028年前突破8亿美元，进一步优化贸易结构，扩大撒马尔罕州优质农产品对华出口。浙方支持撒马尔罕州企业参加中国（浙江）进口博览会、中国义乌国际小商品（标准）博览会，并为乌方参展企业提供展位费减免等便利。")
    runin("（三）", "双方同意依托中国（浙江）自由贸易试验区金义片区，在义乌设立“撒马尔罕州商品展示交易中心”，乌方负责组织货源和企业入驻，浙方协调提供场地及通关、结算、物流等配套服务，力争于2026年9月30日前开业运营。")

    head("二、关于推进产能与投资合作")
    runin("（一）", "双方欢迎浙江企业参与撒马尔罕自由经济区建设。乌方承诺为入园浙江企业提供土地租赁、税收减免和“一站式”审批等优惠政策，并指定州投资、工业和贸易局作为对口服务机构。")
    runin("（二）", "双方确认本次会谈期间签约的重点合作项目共6个，计划总投资3.27亿美元(详见下表)。双方将建立项目跟踪推进机制，每半年通报一次项目进展情况。")

    keep(add_par(doc, [("浙江省—撒马尔罕州重点合作项目清单", HT, 14, False)], align=C, indent=False,
                 before=6))
    keep(add_par(doc, [("单位：万美元", FS, 12, False)], align=R, indent=False, line=20))
    rows = [
        ["1", "撒马尔罕纺织产业园二期", "浙江华纶纺织集团有限公司", "9800", "7350", "2026—2028年"],
        ["2", "光伏组件及储能设备组装厂", "浙江正阳新能源股份有限公司", "6500", "6500", "2026—2027年"],
        ["3", "农产品冷链物流中心", "浙江省农发集团有限公司", "4200", "2520", "2026—2027年"],
        ["4", "新能源汽车零部件生产基地", "宁波甬安汽车部件有限公司", "7600", "5320", "2027—2029年"],
        ["5", "建筑陶瓷生产线", "浙江金丰建材有限公司", "3100", "3100", "2026—2027年"],
        ["6", "撒马尔罕州数字农业示范园", "杭州禾田数字科技有限公司", "1500", "900", "2026—2028年"],
        ["合计", "—", "—", "32700", "25690", "—"],
    ]
    keys = ["序号", "项目名称", "中方企业", "投资规模／总投资", "投资规模／其中中方", "建设期限"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    grid(t)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, txt in ((0, "序号"), (1, "项目名称"), (2, "中方企业"), (5, "建设期限")):
        m = h0[i].merge(h1[i])
        set_cell(m, txt, HT, 12)
    m = h0[3].merge(h0[4])
    set_cell(m, "投资规模", HT, 12)
    set_cell(t.rows[1].cells[3], "总投资", HT, 12)
    set_cell(t.rows[1].cells[4], "其中中方", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths = [1.3, 4.4, 4.6, 1.9, 1.9, 2.5]
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    note = "注：投资规模按签约时汇率折算，最终以项目核准（备案）文件为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("三、关于加强互联互通和物流合作")
    runin("（一）", "双方同意充分发挥中欧班列（义新欧）通道作用，推动开行义乌—撒马尔罕直达班列，2026年力争开行60列以上，并探索开展“班列+海外仓”业务模式。")
    runin("（二）", "乌方支持浙江企业在撒马尔罕州建设海外仓和商品分拨中心，浙方鼓励省内物流企业与撒马尔罕州物流企业开展合资合作。双方海关和口岸管理部门将加强沟通，推动农产品“绿色通道”建设，提升通关效率。")

    head("四、关于深化农业和人文交流")
    runin("（一）", "双方同意在撒马尔罕州共建中乌农业科技示范园，开展设施农业、节水灌溉和果蔬种植技术合作，浙方每年为撒马尔罕州培训农业技术人员不少于50人次。")
    runin("（二）", "双方支持浙江省有关高校与撒马尔罕国立大学开展合作办学和学术交流，鼓励两地旅游企业共同开发丝绸之路主题旅游线路，推动人员往来便利化。")

    head("五、关于建立合作机制")
    body("双方同意建立浙江省—撒马尔罕州经贸合作工作组，由浙江省商务厅和撒马尔罕州投资、工业和贸易局共同牵头，原则上每年召开一次会议，轮流在两地举办，负责协调推进本纪要确定的各项合作事项。双方各指定一名联络员负责日常沟通。")
    t = "本纪要于2026年5月20日在杭州签署，一式四份，每份均用中文、乌兹别克文和英文写成，三种文本同等作准。如对文本解释发生分歧，以英文文本为准。"
    clauses.append(t)
    keep(add_par(doc, t))
    keep(add_par(doc, "", indent=False))
    sign_table(doc,
               ["浙江省人民政府", "代表", "", "陈立群", "（副省长）", "二〇二六年五月二十日"],
               ["乌兹别克斯坦共和国撒马尔罕州政府", "代表", "", "巴赫季约尔·萨伊多夫", "（州长）", "二〇二六年五月二十日"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="浙江省人民政府与乌兹别克斯坦共和国撒马尔罕州政府经贸合作会谈纪要",
                     issuer=["浙江省人民政府", "乌兹别克斯坦共和国撒马尔罕州政府"],
                     date="2026-05-20", region="浙江省", doc_type="纪要"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """川办发 通知 (红头) + 附件1 联合声明 (签字栏) + 附件2 分工表 (续表)."""
    stem = "blind790_sc_almaty_shengming"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("四川省人民政府办公厅文件", XBS, 36, False, RED)], align=C, indent=False,
            line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "川办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    lines = ["四川省人民政府办公厅关于做好《四川省",
             "人民政府与哈萨克斯坦共和国阿拉木图",
             "州政府关于深化经贸合作的联合声明》",
             "落实工作的通知"]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）人民政府，省直有关部门（单位）：", indent=False)

    def body(t):
        clauses.append(t)
        return add_par(doc, t)

    body("2026年2月26日，四川省人民政府与哈萨克斯坦共和国阿拉木图州政府在科纳耶夫市签署《四川省人民政府与哈萨克斯坦共和国阿拉木图州政府关于深化经贸合作的联合声明》（以下简称《联合声明》）。这是我省与中亚国家地方政府共建“一带一路”的又一重要成果。经省政府同意，现将《联合声明》及重点合作事项分工表印发给你们，并就做好落实工作通知如下：")
    for h, t in (("一、提高思想认识。", "各地各部门要充分认识深化与阿拉木图州经贸合作对于我省打造内陆开放战略高地、服务构建新发展格局的重要意义，把落实《联合声明》作为推进高水平对外开放的重要抓手，主动作为、务求实效。"),
                 ("二、压实工作责任。", "各牵头单位要按照分工表要求，于2026年3月31日前制定具体实施方案，明确时间表、路线图和责任人；各配合单位要积极支持、密切配合，形成工作合力。"),
                 ("三、强化要素保障。", "省财政厅、省商务厅要统筹用好省级外经贸发展专项资金，对列入《联合声明》的重点合作项目给予支持；中国（四川）自由贸易试验区各片区要在通关便利、金融服务等方面先行先试。"),
                 ("四、加强跟踪督办。", "省商务厅要会同省政府外办建立工作台账，实行季度调度，每半年向省政府报告一次落实情况。落实中遇到的重大问题，请及时报告省政府。")):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])
    # 附件 list, second line aligned with typed spaces
    add_par(doc, "附件：1．四川省人民政府与哈萨克斯坦共和国阿拉木图州政府关于深化经贸合作的联合声明")
    p = add_par(doc, "2．《联合声明》重点合作事项分工表", indent=False)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1)
    for t in ("四川省人民政府办公厅", "2026年3月12日"):
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1: 联合声明
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    for ln in ("四川省人民政府与哈萨克斯坦共和国", "阿拉木图州政府关于深化经贸合作的", "联合声明"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    body("四川省人民政府与哈萨克斯坦共和国阿拉木图州政府（以下简称“双方”），本着平等互利、合作共赢的原则，为落实中哈两国元首达成的重要共识，推动共建“一带一路”倡议与哈萨克斯坦“光明之路”新经济政策深入对接，进一步深化两地经贸务实合作，经友好协商，发表联合声明如下：")
    body("一、双方高度评价2024年建立友好省州关系以来两地合作取得的积极进展。2025年，四川省与阿拉木图州贸易额达到7.35亿美元，同比增长19.6%。双方愿以此为新起点，推动两地贸易额在2030年前翻一番。")
    body("二、双方支持中欧班列（成渝）经霍尔果斯、阿拉山口口岸常态化开行至阿拉木图州，共同建设“成都—科纳耶夫”国际物流通道，推动在阿拉木图州设立中欧班列集结分拨中心。")
    body("三、双方鼓励两地企业在新能源、农产品加工、建材、汽车组装等领域开展投资合作。阿拉木图州政府将为四川企业投资项目提供“一站式”服务和土地、税收等方面的优惠政策。")
    body("四、双方同意扩大农产品贸易，支持阿拉木图州优质小麦、油籽、蜂蜜、肉类等产品进入四川市场，支持四川茶叶、白酒、预制菜等特色产品进入哈萨克斯坦市场。")
    body("五、双方将加强在跨境电子商务、数字经济领域的合作，支持四川企业在阿拉木图州建设海外仓，探索开展跨境人民币和坚戈结算业务。")
    body("六、双方同意建立四川省—阿拉木图州经贸合作联合工作组，由四川省商务厅和阿拉木图州企业家精神和工业发展局共同牵头，每年至少举行一次工作会议，研究解决合作中的重要问题。")
    keep(body("七、本联合声明于2026年2月26日在科纳耶夫市签署，一式两份，每份均用中文、哈萨克文和俄文写成，三种文本同等作准。"))
    keep(add_par(doc, "", indent=False))
    sign_table(doc,
               ["四川省人民政府", "省长", "黄建川", "（签字）"],
               ["哈萨克斯坦共和国阿拉木图州政府", "州长", "叶尔兰·努尔别科夫", "（签字）"])

    # ---- 附件2: 分工表, manually split with 续表
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("《联合声明》重点合作事项分工表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    header = ["序号", "合作事项", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "推动两地贸易额在2030年前翻一番", "省商务厅", "省贸促会、成都海关", "2030年12月"],
        ["2", "推动中欧班列（成渝）常态化开行至阿拉木图州", "省发展改革委", "省商务厅、成都国际铁路港投资发展（集团）有限公司", "2026年12月"],
        ["3", "共同建设“成都—科纳耶夫”国际物流通道", "省口岸物流办", "省交通运输厅、成都海关", "2027年6月"],
        ["4", "在阿拉木图州设立中欧班列集结分拨中心", "成都市人民政府", "省商务厅、省口岸物流办", "2027年12月"],
        ["5", "组织企业赴阿拉木图州开展新能源、建材、汽车组装等领域投资合作", "省商务厅", "省经济和信息化厅、省国资委", "持续推进"],
        ["6", "支持阿拉木图州优质农产品进入四川市场", "省商务厅", "省农业农村厅、成都海关", "持续推进"],
        ["7", "推动四川茶叶、白酒、预制菜等特色产品进入哈萨克斯坦市场", "省商务厅", "省农业农村厅、省经济和信息化厅", "持续推进"],
        ["8", "支持四川企业在阿拉木图州建设海外仓", "省商务厅", "省财政厅、中国出口信用保险公司四川分公司", "2026年12月"],
        ["9", "探索开展跨境人民币和坚戈结算业务", "中国人民银行四川省分行", "省委金融办、国家外汇管理局四川省分局", "2027年6月"],
        ["10", "建立经贸合作联合工作组并召开首次工作会议", "省商务厅", "省政府外办", "2026年6月"],
    ]
    widths = [1.2, 5.6, 2.8, 4.6, 2.2]
    simple_table(doc, header, rows[:6], clauses, widths)
    p = add_par(doc, [("续表", HT, 14, False)], indent=False)
    p.paragraph_format.page_break_before = True
    simple_table(doc, header, rows[6:], clauses, widths)
    note = "注：各牵头单位于每季度末月25日前将落实情况报送省商务厅。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省纪委监委机关，省法院，省检察院。",
          "四川省人民政府办公厅", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="四川省人民政府办公厅关于做好《四川省人民政府与哈萨克斯坦共和国阿拉木图州政府关于深化经贸合作的联合声明》落实工作的通知",
                     doc_number="川办发〔2026〕9号", issuer=["四川省人民政府办公厅"],
                     date="2026-03-12", region="四川省",
                     attachments=["四川省人民政府与哈萨克斯坦共和国阿拉木图州政府关于深化经贸合作的联合声明",
                                  "《联合声明》重点合作事项分工表"],
                     doc_type="通知", recipients=["各市（州）人民政府", "省直有关部门（单位）"],
                     publicity="此件公开发布"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yunnan():
    """Two separate 会谈纪要 printed one after the other in one file."""
    stem = "blind790_yn_laos_vietnam_jiyao"
    doc = Document()
    setup(doc, footer_style="plain")
    docs = []

    # ------------------------------------------------ C1: 琅南塔 (第X条)
    c1 = []
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅与老挝人民民主共和国琅南塔省"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工业和商务厅经贸合作会谈纪要"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def sbody(cl, t):
        # indentation typed with full-width spaces
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def art(cl, num, t, items=()):
        cl.append(num + "\u3000" + t + "".join(items))
        p = doc.add_paragraph()
        font(p.add_run(IND), FS, 16)
        font(p.add_run(num), HT, 16)
        font(p.add_run("\u3000" + t), FS, 16)
        for it in items:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND + it), FS, 16)
        fmt(p, indent=False)
        return p

    sbody(c1, "2025年11月17日至18日，云南省商务厅厅长李振华率云南省经贸代表团访问老挝人民民主共和国琅南塔省，与琅南塔省工业和商务厅厅长本通·西萨万举行会谈。双方围绕中老铁路沿线产业合作、磨憨—磨丁经济合作区建设、边境贸易便利化等议题深入交换意见，达成以下共识：")
    art(c1, "第一条", "双方同意以中老铁路开通运营为契机，共同推动中老铁路沿线产业带建设，支持两地企业在琅南塔省发展农产品加工、仓储物流、商贸服务等产业。")
    art(c1, "第二条", "双方支持中国老挝磨憨—磨丁经济合作区建设。云南方将推动中国（云南）自由贸易试验区昆明片区、红河片区与磨憨—磨丁经济合作区开展产业协作和经验交流；老方将在土地使用、项目审批、外籍人员工作许可等方面为中国企业提供便利。")
    art(c1, "第三条", "双方同意共同提升边境贸易便利化水平：",
        ["（一）推动磨憨—磨丁口岸深化“两国一检”试点，力争货物通关时间再压缩30%；",
         "（二）扩大边民互市贸易商品种类，支持琅南塔省香蕉、木薯、橡胶等农产品经边民互市进口后落地加工；",
         "（三）推广跨境人民币结算，鼓励两地金融机构开展人民币与基普直接兑换业务。"])
    art(c1, "第四条", "双方确认2025年两地重点合作项目如下表所列。双方商务主管部门负责跟踪协调，每季度互通项目进展。")
    simple_table(doc, ["序号", "项目名称", "项目地点", "合作方式", "投资额（万美元）"], [
        ["1", "琅南塔香蕉冷链加工厂", "琅南塔省勐新县", "中方独资", "1200"],
        ["2", "磨丁跨境物流园仓储二期", "磨丁经济特区", "中老合资", "3600"],
        ["3", "中老铁路纳堆站货场配套商贸中心", "琅南塔省那磨县", "中老合资", "2450"],
        ["4", "橡胶初加工及标准胶生产线", "琅南塔省琅南塔县", "中方控股", "1850"],
        ["合计", "—", "—", "—", "9100"],
    ], c1, widths=[1.3, 5.6, 3.8, 2.2, 2.7])
    empty(doc, 1, line=14)
    art(c1, "第五条", "双方同意于2026年上半年在昆明举办“中国（云南）—老挝琅南塔经贸合作对接会”，由云南省商务厅负责会务组织，琅南塔省工业和商务厅负责组织老方企业参会。")
    art(c1, "第六条", "本纪要执行过程中如有未尽事宜，由双方友好协商解决。")
    keep(art(c1, "第七条", "本纪要自2025年11月18日起生效，有效期至2028年11月17日。本纪要于2025年11月18日在琅南塔签署，一式两份，每份均用中文和老挝文写成，两种文本同等作准。"))
    keep(add_par(doc, "", indent=False))
    sign_table(doc,
               ["云南省商务厅", "厅长：李振华", "2025年11月18日"],
               ["老挝人民民主共和国琅南塔省工业和商务厅", "厅长：本通·西萨万", "2025年11月18日"])
    docs.append({
        "meta": meta(title="云南省商务厅与老挝人民民主共和国琅南塔省工业和商务厅经贸合作会谈纪要",
                     issuer=["云南省商务厅", "老挝人民民主共和国琅南塔省工业和商务厅"],
                     date="2025-11-18", region="云南省", effective="2025-11-18",
                     expires="2028-11-17", doc_type="纪要"),
        "clauses": c1,
    })

    # ------------------------------------------------ C2: 老街 (一、二、), tab-aligned 签字栏
    c2 = []
    p = add_par(doc, "", indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("云南省商务厅与越南社会主义共和国", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("老街省工贸厅边境经贸合作会谈纪要", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    sbody(c2, "2025年11月20日至21日，云南省商务厅代表团赴越南社会主义共和国老街省开展工作访问，与老街省工贸厅举行边境经贸合作会谈。双方回顾了2025年以来河口—老街口岸经贸合作情况，就推进跨境经济合作区建设、提升口岸通关能力、扩大农产品贸易等事项达成如下共识：")
    sbody(c2, "一、双方一致认为，2025年1—10月，河口—老街口岸进出口货运量达到486.2万吨，同比增长12.4%，两地经贸合作保持良好发展势头。双方同意继续加强沟通协作，共同维护口岸稳定畅通。")
    sbody(c2, "二、双方同意加快推进中国河口—越南老街跨境经济合作区建设，积极争取两国中央政府尽早签署共建跨境经济合作区协议，并在协议签署前先行开展规划对接和基础设施联通工作。")
    sbody(c2, "三、双方同意共同推动北山—金成货运专用通道通关能力提升，力争2026年日均通关车辆由目前的约1200辆次提高到1800辆次以上,并开展“智慧口岸”建设合作。")
    sbody(c2, "四、越方欢迎云南企业参与老街省工业园区建设和矿产品深加工合作；中方支持老街省榴莲、火龙果、百香果等热带水果扩大对华出口，并为越方企业参加中国—南亚博览会提供便利。")
    sbody(c2, "五、双方同意建立两厅定期会晤机制，原则上每半年举行一次，轮流在云南省和老街省举办。")
    sbody(c2, "本纪要于2025年11月21日在老街市签署，一式两份，每份均用中文和越南文写成，两种文本同等作准。")
    empty(doc, 2)
    # 签字栏 typed with tab stops instead of a table
    for a, b in (("云南省商务厅", "越南社会主义共和国老街省工贸厅"),
                 ("副厅长：王晓东", "副厅长：阮文清"),
                 ("（签字）", "（签字）"),
                 ("2025年11月21日", "2025年11月21日")):
        p = add_par(doc, [(a, FS, 15, False), ("\t", FS, 15, False), (b, FS, 15, False)],
                    indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6), 1)   # CENTER
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.8), 1)
        # first tab goes to the left column centre
        p.runs[0]._r.addprevious(parse_xml('<w:r %s><w:tab/></w:r>' % nsdecls("w")))
    docs.append({
        "meta": meta(title="云南省商务厅与越南社会主义共和国老街省工贸厅边境经贸合作会谈纪要",
                     issuer=["云南省商务厅", "越南社会主义共和国老街省工贸厅"],
                     date="2025-11-21", region="云南省", doc_type="纪要"),
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
