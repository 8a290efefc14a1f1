# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 881: 地方性法规草案征求意见稿与起草说明（人大常委会法工委公告）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into this
script's own directory.
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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
    p.alignment = align if align is not None else J
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text "\n" = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, page_numbers=True):
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
    if not page_numbers:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin",):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 5, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_881", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
# 陕西省人大常委会法工委公告 + 附件：条例草案征求意见稿（章/条）
def doc_shaanxi():
    stem = "blind881_shaanxi_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头, organ name squeezed with character spacing, then 文号 + red rule
    p = add_par(doc, [("陕西省人大常委会法制工作委员会", XBS, 26, False, RED)],
                align=C, indent=False, line=50, before=6)
    add_par(doc, [("公　　告", XBS, 26, False, RED)], align=C, indent=False, line=46)
    empty(doc, 1, line=18)
    p = add_par(doc, [("陕人法工告〔2026〕5号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three lines, broken in the middle of a word
    for t in ("陕西省人大常委会法制工作委员会关于",
              "公开征求《陕西省中欧班列运营促进条例",
              "（草案征求意见稿）》意见的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为了贯彻落实党中央关于高质量共建“一带一路”的决策部署，推动中欧班列（西安）集结中心高质量建设，"
         "提高地方立法的公开性和透明度，根据《中华人民共和国立法法》和《陕西省地方立法条例》的有关规定，"
         "现将省人民政府提请省十四届人大常委会第二十一次会议审议的《陕西省中欧班列运营促进条例（草案征求意见稿）》"
         "全文公布，向社会各界公开征求意见。有关单位和各界人士可以通过以下方式提出意见：")
    body("一、登录陕西人大网（www.sxrd.gov.cn）“立法意见征集”栏目，在线提交意见。")
    body("二、通过电子邮件将意见发送至sxrdfgw_lf@163.com，邮件主题请注明“中欧班列条例意见”。")
    body("三、通过信函方式将意见寄送至西安市新城区新城大院陕西省人大常委会法制工作委员会经济法规处"
         "（邮政编码：710004），信封上请注明“中欧班列条例征求意见”字样。")
    body("四、通过传真发送至029-87291365。")
    body("意见征集截止日期为2026年4月20日。")
    body("联系电话：029-87291362  029-87291367")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    p = add_par(doc, [("附件：", FS, 16, False),
                      ("陕西省中欧班列运营促进条例（草案征求意见稿）", FS, 16, False)])
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 2)
    p = add_par(doc, "陕西省人民代表大会常务委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    p = add_par(doc, "法制工作委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(88)
    p = add_par(doc, "2026年3月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("陕西省中欧班列运营促进条例", XBS, 22, False)], align=C, indent=False, line=36, before=8)
    add_par(doc, [("（草案征求意见稿）", KT, 16, False)], align=C, indent=False, line=30, after=6)

    # the clerk pasted the draft in 四号 (14pt) with tighter spacing to save paper
    def chap(t):
        add_par(doc, [(t, HT, 14, False)], align=C, indent=False, line=22)

    def art(num, paras):
        """paras: first paragraph text, then further paragraphs/items of the article."""
        add_par(doc, [(num, HT, 14, False), ("　" + paras[0], FS, 14, False)], line=22, first=Pt(28))
        for q in paras[1:]:
            add_par(doc, [(q, FS, 14, False)], line=22, first=Pt(28))
        clauses.append(num + "　" + "".join(paras))

    chap("第一章　总　　则")
    art("第一条", ["为了促进中欧班列高质量运营，建设中欧班列（西安）集结中心，服务共建“一带一路”和内陆改革开放高地建设，"
                 "根据有关法律、行政法规，结合本省实际，制定本条例。"])
    art("第二条", ["本省行政区域内中欧班列的开行组织、通道建设、运营服务、监管协同、保障措施等活动，适用本条例。",
                 "本条例所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”"
                 "国家间的集装箱等铁路国际联运列车。"])
    art("第三条", ["中欧班列运营促进工作应当坚持政府引导、市场运作、开放合作、安全高效的原则，推动通道、枢纽、产业、贸易协同发展。"])
    art("第四条", ["省人民政府应当加强对中欧班列运营促进工作的领导，建立健全协调机制，统筹解决重大问题。",
                 "省发展改革部门负责中欧班列运营促进的综合协调工作；商务、交通运输、财政、海关等部门按照各自职责做好相关工作。"])
    chap("第二章　通道与枢纽建设")
    art("第五条", ["省人民政府应当按照国家规划，推动构建以西安国际港站为核心，连通中亚、西亚、欧洲的国际物流通道网络，重点建设下列通道：",
                 "（一）经阿拉山口、霍尔果斯口岸至欧洲的中欧班列西通道；",
                 "（二）经二连浩特、满洲里口岸至俄罗斯、欧洲的中欧班列中通道；",
                 "（三）经中吉乌铁路、跨里海国际运输走廊至西亚、南欧的南向通道；",
                 "（四）连接西部陆海新通道的铁海联运通道。"])
    art("第六条", ["西安市人民政府应当支持西安国际港务区建设中欧班列集结中心，完善集装箱中心站、海关监管作业场所、保税物流中心等设施，"
                 "提升货物集结、分拨和多式联运能力。"])
    chap("第三章　运营服务与监管")
    art("第七条", ["中欧班列运营平台应当公开运输服务标准、收费项目和收费标准，不得有下列行为：",
                 "（一）无正当理由拒绝承运符合规定的货物；",
                 "（二）强制收取或者变相收取服务费用；",
                 "（三）违反规定泄露货主商业秘密；",
                 "（四）法律、法规禁止的其他行为。"])
    art("第八条", ["西安海关等口岸查验单位应当推行“提前申报”“两段准入”等便利化措施，支持开展“班列+跨境电商”“班列+保税”等业务，"
                 "压缩货物通关时间。"])
    art("第九条", ["省商务部门应当会同有关部门建立中欧班列运行监测和风险预警机制，对境外突发事件、通道拥堵等风险及时发布提示信息。"])
    chap("第四章　保障措施")
    art("第十条", ["省人民政府可以根据中欧班列发展需要，在省级财政预算中安排资金，支持通道建设、回程货源组织和运营平台数字化建设。"])
    chap("第五章　法律责任")
    art("第十一条", ["违反本条例第七条规定的，由有关部门责令改正；法律、行政法规有处罚规定的，从其规定。"])
    art("第十二条", ["有关部门及其工作人员在中欧班列运营促进工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"])
    chap("第六章　附　　则")
    art("第十三条", ["本条例自　　年　　月　　日起施行。"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "陕西省人大常委会法制工作委员会关于公开征求《陕西省中欧班列运营促进条例（草案征求意见稿）》意见的公告",
            "doc_number": "陕人法工告〔2026〕5号",
            "issuer": ["陕西省人民代表大会常务委员会法制工作委员会"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": ["陕西省中欧班列运营促进条例（草案征求意见稿）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 福建省人大常委会法工委 征求意见函（信函式红头）+ 附件 起草说明（表格）
def doc_fujian():
    stem = "blind881_fujian_zhengqiuhan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("急件", HT, 16, False)], indent=False)
    p = add_par(doc, [("福建省人大常委会法制工作委员会", XBS, 26, False, RED)],
                align=C, indent=False, line=50, before=6)
    border(p, "bottom", "FF0000", 24, 4, val="thickThinSmallGap")
    p = add_par(doc, [("闽人常法工函〔2026〕11号", FS, 16, False)], align=R, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    for t in ("福建省人大常委会法制工作委员会关于征求",
              "《中国（福建）自由贸易试验区条例（修订",
              "草案征求意见稿）》修改意见的函"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区的市人大常委会法制工作委员会，平潭综合实验区管委会，省直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《中国（福建）自由贸易试验区条例》自2016年4月1日施行以来，对推进福建自贸试验区建设发挥了重要保障作用。"
         "为做好条例修订工作，我委会同省商务厅（省自贸办）在深入调研、广泛听取意见的基础上，"
         "起草了《中国（福建）自由贸易试验区条例（修订草案征求意见稿）》（以下简称《修订草案》）。"
         "现将《修订草案》起草说明印送你们，《修订草案》文本请登录福建省人大常委会立法工作平台下载。"
         "请结合工作实际认真研究，提出修改意见。有关事项函告如下：")
    body("一、请各设区的市人大常委会法制工作委员会广泛征求本级人民政府有关部门、基层立法联系点和有关企业意见，汇总后一并反馈。")
    body("二、请各单位于2026年5月15日前将书面意见（加盖单位公章）寄送我委经济法规处，电子版同时发送至fjrdfgw_jjc@126.com。")
    body("三、无修改意见的，也请书面回复，逾期未反馈的视为无意见。")
    body("联系人：林晓峰，联系电话：0591-87063524，传真：0591-87063520。")
    empty(doc, 1)
    # 附件 list with hanging indent, second item aligned by full-width spaces
    p = add_par(doc, "附件：关于《中国（福建）自由贸易试验区条例（修订草案征求意见稿）》的起草说明", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, "福建省人民代表大会常务委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "法制工作委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "二〇二六年四月十六日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1 起草说明 (own page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("关于《中国（福建）自由贸易试验区条例", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("（修订草案征求意见稿）》的起草说明", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    head("一、修订的必要性")
    runin("（一）落实自由贸易试验区提升战略的需要。",
          "现行条例于2016年制定，部分条款已不适应实施自由贸易试验区提升战略的新要求，亟需修订。")
    runin("（二）固化制度创新成果的需要。",
          "福建自贸试验区挂牌以来累计推出创新举措650项，其中138项在全国复制推广，有必要将行之有效的成果上升为法规。")
    runin("（三）深化两岸融合发展的需要。",
          "修订条例有利于为台胞台企来闽发展营造稳定、公平、透明、可预期的法治环境。")
    head("二、起草过程")
    body("2025年6月，条例修订列入省人大常委会年度立法计划。我委会同省人大财政经济委员会、省商务厅（省自贸办）"
         "成立起草专班，赴福州、厦门、平潭三个片区开展调研，召开座谈会16场，听取意见建议210余条，形成了修订草案征求意见稿。")
    head("三、主要内容")
    body("修订草案共9章69条，较现行条例新增14条、修改35条、删除2条。")
    add_par(doc, [("表1　修订前后各章条款变化情况（单位：条）", HT, 12, False)], align=C, indent=False, line=20)

    rows = [
        ("1", "总则", "6", "7", "1", "4"),
        ("2", "管理体制", "6", "6", "0", "3"),
        ("3", "投资开放", "8", "10", "2", "5"),
        ("4", "贸易便利", "9", "11", "3", "6"),
        ("5", "金融创新", "7", "8", "1", "5"),
        ("6", "闽台交流合作", "6", "9", "3", "4"),
        ("7", "综合监管", "7", "8", "2", "4"),
        ("8", "营商环境", "6", "8", "2", "3"),
        ("9", "附则", "2", "2", "0", "1"),
        ("", "合计", "57", "69", "14", "35"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # merged two-level header
    for ci in (0, 1, 2):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 3).merge(t.cell(0, 5))

    def tc(cell, text, name=FS):
        set_cell(cell, text, name, 10.5)
        cell.paragraphs[0].paragraph_format.line_spacing = Pt(15)

    tc(t.cell(0, 0), "序号", HT)
    tc(t.cell(0, 1), "章名", HT)
    tc(t.cell(0, 2), "现行条例", HT)
    tc(t.cell(0, 3), "修订草案", HT)
    tc(t.cell(1, 3), "条数", HT)
    tc(t.cell(1, 4), "其中新增", HT)
    tc(t.cell(1, 5), "其中修改", HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "章名", "现行条例", "修订草案／条数", "修订草案／其中新增", "修订草案／其中修改"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            tc(t.cell(ri, ci), v, HT if row[1] == "合计" else FS)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row) if v))
    widths = (Cm(1.4), Cm(3.6), Cm(2.4), Cm(2.4), Cm(2.4), Cm(2.4))
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    note = "注：“其中修改”不含仅作文字性调整的条款；修订草案删除现行条例第四章、第七章各1条。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(note)

    body("主要修改内容如下：")
    body("1.完善管理体制。增加省人民政府可以依法将有关省级行政管理权限下放至片区管理机构的规定（修订草案第八条）。")
    body("2.提升贸易便利化水平。对接高标准经贸规则，增加跨境服务贸易负面清单管理、“丝路海运”和中欧（厦门）班列"
         "海铁联运等规定（修订草案第二十四条至第二十七条）。")
    body("3.深化闽台交流合作。增加台湾地区职业资格采认、闽台标准共通等内容（修订草案第四十六条至第五十条）。")
    body("4.建立容错免责机制。对符合规定条件的改革创新失误，不作负面评价，依法免除相关责任（修订草案第六十五条）。")

    banji(doc, "抄送：省人大常委会办公厅，省人大财政经济委员会，省商务厅（省自贸办）。",
          "福建省人大常委会法工委办公室", "2026年4月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省人大常委会法制工作委员会关于征求《中国（福建）自由贸易试验区条例（修订草案征求意见稿）》修改意见的函",
            "doc_number": "闽人常法工函〔2026〕11号",
            "issuer": ["福建省人民代表大会常务委员会法制工作委员会"],
            "date": "2026-04-16",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["关于《中国（福建）自由贸易试验区条例（修订草案征求意见稿）》的起草说明"],
            "doc_type": "函",
            "recipients": ["各设区的市人大常委会法制工作委员会", "平潭综合实验区管委会", "省直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 宁波市人大常委会法工委：两则征求意见公告（网页复制到 Word，一前一后）
def doc_ningbo():
    stem = "blind881_ningbo_liangze"
    doc = Document()
    setup(doc, page_numbers=False)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(2.54), Cm(2.54)
    sec.left_margin, sec.right_margin = Cm(3.18), Cm(3.18)
    SP = "    "  # clerk indents with four half-width spaces

    def web_title(lines):
        for t in lines:
            add_par(doc, [(t, XBS, 18, False)], align=C, indent=False, line=30)

    def meta_line(t):
        p = add_par(doc, [(t, SONG, 10.5, False)], align=C, indent=False, line=18, before=6, after=6)
        border(p, "bottom", "BFBFBF", 6, 4)

    def body(cl, t, parts=None):
        """parts: runs to print (may contain "\n" manual breaks); t: clause text."""
        cl.append(t)
        runs = [(SP, FS, 14, False)]
        for x in (parts or [t]):
            runs.append((x, FS, 14, False))
        add_par(doc, runs, indent=False, line=24)

    def luokuan(date):
        empty(doc, 1, line=24)
        for t in ("\t\t\t\t\t\t宁波市人民代表大会常务委员会", "\t\t\t\t\t\t\t  法制工作委员会",
                  "\t\t\t\t\t\t\t  " + date):
            add_par(doc, [(t, FS, 14, False)], indent=False, line=24)

    # ---- notice 1
    c1 = []
    web_title(["宁波市人大常委会法制工作委员会关于《宁波市",
               "跨境电子商务促进条例（草案）》公开征求意见的公告"])
    meta_line("发布日期：2026-05-08　　来源：宁波市人大常委会法制工作委员会　　字号：大 中 小")
    body(c1, "《宁波市跨境电子商务促进条例（草案）》已经宁波市第十六届人民代表大会常务委员会第二十九次会议初次审议。"
             "为了推进科学立法、民主立法、依法立法，广泛听取社会各界意见，现将草案全文在宁波人大网(www.nbrd.gov.cn)"
             "“法规草案征求意见”专栏公布，欢迎社会各界提出意见和建议。")
    body(c1, "草案共6章42条，主要规定了跨境电子商务综合试验区建设、市场主体培育、公共服务平台、海外仓与物流体系、"
             "通关便利化和风险防控等内容，并对依托宁波舟山港和“甬新欧”班列拓展共建“一带一路”国家市场作出规定。")
    body(c1, "有关单位和个人可以在2026年6月7日前，通过以下方式提出意见：")
    body(c1, "1.登录宁波人大网，在“法规草案征求意见”专栏在线提交；")
    body(c1, "2.发送电子邮件至nbrdfgw@nbrd.gov.cn；")
    t3a = "3.邮寄至宁波市鄞州区宁穿路2001号宁波市人大常委会法制工作委员会(邮编：315066)，"
    t3b = "请在信封上注明“跨境电商条例征求意见”。"
    body(c1, t3a + t3b, [t3a, "\n", t3b])
    body(c1, "联系电话：0574-89186432。")
    add_par(doc, [(SP + "特此公告。", FS, 14, False)], indent=False, line=24)
    luokuan("2026年5月7日")

    # ---- notice 2 (separate notice, starts on a new page)
    c2 = []
    n2_start = len(doc.paragraphs)
    web_title(["宁波市人大常委会法制工作委员会关于《宁波市",
               "港口管理条例（修正草案）》公开征求意见的公告"])
    doc.paragraphs[n2_start].paragraph_format.page_break_before = True
    meta_line("发布日期：2026-05-13　　来源：宁波市人大常委会法制工作委员会　　字号：大 中 小")
    body(c2, "为了贯彻落实《中华人民共和国港口法》和国家关于加快建设世界一流港口的部署要求，推动宁波舟山港更好服务"
             "“一带一路”建设和长江经济带发展，市人民政府提出了《宁波市港口管理条例（修正草案）》。根据立法工作安排，"
             "现将修正草案的说明予以公布，公开征求社会各界意见。")
    body(c2, "修正草案文本可在宁波人大网“法规草案征求意见”专栏查阅。征求意见截止日期为2026年6月12日，意见可通过电子邮件"
             "发送至nbrdfgw@nbrd.gov.cn，或者邮寄至宁波市人大常委会法制工作委员会(邮编：315066)。")
    add_par(doc, [(SP + "特此公告。", FS, 14, False)], indent=False, line=24)
    luokuan("2026年5月12日")
    empty(doc, 1)
    add_par(doc, [(SP + "附：关于《宁波市港口管理条例（修正草案）》的说明", FS, 14, False)], indent=False, line=24)
    empty(doc, 1, line=24)
    add_par(doc, [("关于《宁波市港口管理条例（修正草案）》的说明", HT, 16, False)], align=C, indent=False)
    add_par(doc, [("宁波市交通运输局", KT, 14, False)], align=C, indent=False, line=24)
    empty(doc, 1, line=16)
    body(c2, "一、修正的必要性。现行《宁波市港口管理条例》于2005年制定，先后经过三次修正。近年来，宁波舟山港货物吞吐量"
             "连续多年位居全球第一，2025年完成集装箱吞吐量4058万标准箱,海铁联运业务量突破200万标准箱。随着《中华人民共和国港口法》"
             "修改以及港口一体化改革深入推进，现行条例部分条款需要作相应修改。")
    body(c2, "二、修正的主要内容。修正草案共修改11条，主要包括：")
    body(c2, "（一）完善港口规划与岸线管理，明确港口岸线使用应当符合港口总体规划，并与国土空间规划相衔接；")
    body(c2, "（二）增加海铁联运和国际航线发展的支持措施，鼓励开通至共建“一带一路”国家和地区的集装箱航线；")
    body(c2, "（三）增加绿色港口建设内容，推广岸电使用和清洁能源装卸设备；")
    body(c2, "（四）根据上位法修改情况，调整部分法律责任条款的罚款数额。")
    body(c2, "三、关于与上位法的衔接。修正草案与《中华人民共和国港口法》《浙江省港口管理条例》等法律法规保持一致，不存在抵触情形。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "doc_number": None,
        "issuer": ["宁波市人民代表大会常务委员会法制工作委员会"],
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    m1 = dict(base, title="宁波市人大常委会法制工作委员会关于《宁波市跨境电子商务促进条例（草案）》公开征求意见的公告",
              date="2026-05-07", published="2026-05-08", attachments=[])
    m2 = dict(base, title="宁波市人大常委会法制工作委员会关于《宁波市港口管理条例（修正草案）》公开征求意见的公告",
              date="2026-05-12", published="2026-05-13",
              attachments=["关于《宁波市港口管理条例（修正草案）》的说明"])
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": c1},
        {"meta": {k: m2[k] for k in order}, "clauses": c2},
    ]
    return path


def main():
    for fn in (doc_shaanxi, doc_fujian, doc_ningbo):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
