# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 912: 跨境数据流动“白名单”/负面清单及管理办法（自贸片区），Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


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
    footer_pageno(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20, color=None):
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


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_912", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text, first, HT, HT, HT))
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


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# =================================================================== DOC A
# 四川：三部门联合红头通知，印发《…负面清单管理办法（试行）》（章、条），办法作为附件另页
def doc_sichuan():
    stem = "blind912_sichuan_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # --- 联合发文红头：三个机关名称（分散对齐）+ 合并单元格“文件”
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    organs = ["四川省互联网信息办公室", "四川省商务厅", "四川省数据局"]
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[2].cells[1])
    set_cell(m, "文件", XBS, 40, align=C, line=50, color=RED)
    widths(t, [11.0, 4.4])
    empty(doc, 1)
    p = add_par(doc, "川网信发〔2025〕42号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # --- 标题：三个段落，在奇怪的位置断行
    for line in ["关于印发《中国（四川）自由贸易试验区",
                 "数据出境负面清单管理办法",
                 "（试行）》的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）党委网信办，中国（四川）自由贸易试验区各片区管委会，省级有关部门：",
            indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    body("为贯彻落实《促进和规范数据跨境流动规定》，在中国（四川）自由贸易试验区探索建立数据出境负面清单管理制度，便利片区内企业数据依法有序自由流动，四川省互联网信息办公室、四川省商务厅、四川省数据局研究制定了《中国（四川）自由贸易试验区数据出境负面清单管理办法（试行）》，现印发给你们，请结合实际认真贯彻执行。")
    body("各片区管委会要于2026年1月31日前，对照本办法组织区内企业完成存量数据出境情况自查，并将自查情况和负面清单编制进展报送省委网信办（数据安全管理处）。执行中遇到的问题，请及时反馈。")
    empty(doc, 1)
    add_par(doc, "附件：中国（四川）自由贸易试验区数据出境负面清单管理办法（试行）")
    empty(doc, 2)

    # --- 落款：无框表格排三个机关
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "四川省互联网信息办公室", FS, 16, line=28)
    set_cell(t.rows[0].cells[1], "四川省商务厅", FS, 16, line=28)
    set_cell(t.rows[1].cells[1], "四川省数据局", FS, 16, line=28)
    set_cell(t.rows[2].cells[1], "2025年12月15日", FS, 16, line=28)
    widths(t, [8.0, 7.4])
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # --- 附件另页
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（四川）自由贸易试验区数据出境", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("负面清单管理办法（试行）", XBS, 22, False)], align=C, indent=False, line=36, after=8)

    BL = 26  # 附件行距改为固定值26磅，为了压页

    def chapter(txt):
        add_par(doc, [(txt, HT, 16, False)], align=C, indent=False, line=BL)

    def art(no, txt, extra=None, extra_mode="pars"):
        """第X条 in 黑体, text in 仿宋; extra = article's own further paragraphs/items."""
        p = add_par(doc, [(no + "\u3000", HT, 16, False), (txt, FS, 16, False)], line=BL)
        full = no + "\u3000" + txt
        if extra:
            if extra_mode == "break":
                for e in extra:
                    p.add_run().add_break(WD_BREAK.LINE)
                    font(p.add_run(IND + e), FS, 16)
            else:
                for e in extra:
                    add_par(doc, e, line=BL)
            full += "".join(extra)
        clauses.append(full)

    chapter("第一章\u3000总\u3000\u3000则")
    art("第一条", "为规范和促进中国（四川）自由贸易试验区（以下简称自贸试验区）数据依法有序自由流动，根据《促进和规范数据跨境流动规定》等有关规定，制定本办法。")
    art("第二条", "本办法所称数据出境负面清单（以下简称负面清单），是指自贸试验区各片区列明的需要申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证的数据清单。",
        ["负面清单以外的数据，各片区内数据处理者可以直接向境外提供。"],
        extra_mode="break")
    art("第三条", "省委网信办统筹协调负面清单管理工作，省商务厅(省自贸办)、省数据局按照职责分工做好相关工作。各片区管委会负责本片区负面清单的制定和实施。")
    chapter("第二章\u3000清单管理")
    art("第四条", "各片区管委会应当按照下列程序制定负面清单：", [
        "（一）梳理本片区重点产业数据出境场景和数据类别；",
        "（二）识别重要数据和敏感个人信息；",
        "（三）听取企业、行业组织和有关部门意见；",
        "（四）经省委网信办、省数据局审核同意后，报国家网信部门备案。",
    ])
    art("第五条", "负面清单应当以表格形式编制，并附填报说明。负面清单每年至少评估一次，按照本办法第四条规定的程序调整。")
    art("第六条", "数据处理者向境外提供负面清单以外的数据，应当在首次出境前通过所在片区数据跨境服务平台完成备案；备案信息发生重大变化的，应当自变化之日起15个工作日内更新。")
    chapter("第三章\u3000监督管理")
    art("第七条", "数据处理者应当建立数据出境日志，留存时间不少于3年；发现数据出境安全事件的，应当在24小时内向所在片区管委会和省委网信办报告。")
    art("第八条", "各片区管委会每年抽查已备案数据处理者的比例不低于10%。对未按要求备案或者提供虚假备案信息的，暂停其适用负面清单管理的资格。")
    chapter("第四章\u3000附\u3000\u3000则")
    art("第九条", "本办法由省委网信办、省商务厅、省数据局负责解释。")
    art("第十条", "本办法自2026年1月1日起施行，有效期至2027年12月31日。")

    banji(doc, "抄送：国家互联网信息办公室，商务部，国家数据局，省委办公厅，省政府办公厅。",
          "四川省互联网信息办公室秘书处", "2025年12月16日印发", gap=1)
    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（四川）自由贸易试验区数据出境负面清单管理办法（试行）》的通知",
            "doc_number": "川网信发〔2025〕42号",
            "issuer": organs,
            "date": "2025-12-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["中国（四川）自由贸易试验区数据出境负面清单管理办法（试行）"],
            "doc_type": "通知",
            "recipients": ["各市（州）党委网信办", "中国（四川）自由贸易试验区各片区管委会", "省级有关部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门片区管委会公告：发布负面清单（横向页、合并单元格、重复标题行、表下注）+ 填报说明（字段表）
def doc_xiamen():
    stem = "blind912_xiamen_qingdan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中国（福建）自由贸易试验区", XBS, 30, False, RED)], align=C, indent=False, line=44)
    p = add_par(doc, [("厦门片区管理委员会", XBS, 30, False, RED)], align=C, indent=False, line=44)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # 标题：一个段落内手动换行
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于发布《中国（福建）自由贸易试验区厦门片区"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("数据出境负面清单（2026年版）》的公告"), XBS, 20)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("厦自贸委公告〔2026〕1号", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    def runin(h, txt):
        clauses.append(h + txt)
        add_par(doc, [(h, HT, 16, False), (txt, FS, 16, False)])

    body("根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《促进和规范数据跨境流动规定》等规定，经福建省互联网信息办公室同意并报国家互联网信息办公室备案，现发布《中国（福建）自由贸易试验区厦门片区数据出境负面清单（2026年版）》（以下简称《负面清单》），并就有关事项公告如下：")
    runin("一、适用范围。", "在中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）内注册登记的数据处理者向境外提供数据，适用《负面清单》。")
    runin("二、清单内数据出境。", "数据处理者向境外提供《负面清单》所列数据且达到适用情形的，应当按照清单列明的出境路径依法办理。")
    runin("三、清单外数据出境。", "数据处理者向境外提供《负面清单》以外的数据，免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证，但应当按照填报说明，通过“厦门片区数据跨境服务平台”(https://dcb.xmftz.gov.cn)完成备案。")
    runin("四、施行日期。", "本公告自2026年3月1日起施行，《负面清单》有效期至2028年2月29日。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件目录：手工回车折行
    add_par(doc, "附件：1.中国（福建）自由贸易试验区厦门片区数据出境", indent=True)
    add_par(doc, "\u3000\u3000\u3000负面清单（2026年版）", indent=True)
    add_par(doc, "\u3000\u3000\u30002.负面清单外数据出境备案填报说明", indent=True)
    empty(doc, 2)
    # 落款：用半角空格顶到右边
    add_par(doc, " " * 12 + "中国（福建）自由贸易试验区厦门片区管理委员会", indent=False)
    add_par(doc, " " * 44 + "2026年2月10日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # --- 附件1：横向页
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件1", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区数据出境负面清单（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)

    H = ["序号", "重点领域", "数据类别", "数据描述", "管理要求／出境路径", "管理要求／适用情形"]
    rows = [
        ["1", "航运物流", "船舶动态数据", "船舶实时位置、航迹、航速等数据，涉及军事管理区周边水域或者重要航道的", "申报数据出境安全评估", "任何数量"],
        ["2", "航运物流", "港口作业数据", "集装箱码头堆场布局、装卸作业实时调度、港口设施运行参数", "申报数据出境安全评估", "累计1万条以上（含）"],
        ["3", "航运物流", "旅客个人信息", "邮轮、客滚船旅客的姓名、身份证件号码、行程信息", "订立个人信息出境标准合同或者通过个人信息保护认证", "累计10万人以上、不满100万人"],
        ["4", "跨境贸易", "进出口统计数据", "未公开的重点商品进出口数量、金额、流向等汇总数据", "申报数据出境安全评估", "任何数量"],
        ["5", "跨境贸易", "跨境电商消费者信息", "跨境电商零售进口消费者姓名、身份证件号码、收货地址、联系方式", "订立个人信息出境标准合同或者通过个人信息保护认证", "累计10万人以上、不满100万人"],
        ["6", "生物医药", "临床试验数据", "以境内受试者为对象的临床试验原始数据、病例报告表", "申报数据出境安全评估", "任何数量"],
        ["7", "生物医药", "人类遗传资源信息", "人类基因、基因组等遗传资源信息", "办理人类遗传资源管理审批后，申报数据出境安全评估", "任何数量"],
        ["8", "集成电路", "工艺制程数据", "28纳米及以下先进制程工艺参数、良率数据", "申报数据出境安全评估", "任何数量"],
        ["9", "集成电路", "供应链数据", "关键设备、材料供应商名录及采购数量、库存数据", "申报数据出境安全评估", "涉及10家以上（含）境内供应商"],
        ["10", "金融服务", "跨境支付交易数据", "境内主体跨境支付的交易流水、交易对手信息", "申报数据出境安全评估", "累计100万条以上（含）"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr0, hdr1 = t.rows[0], t.rows[1]
    for ci, h in enumerate(["序号", "重点领域", "数据类别", "数据描述"]):
        mc = hdr0.cells[ci].merge(hdr1.cells[ci])
        set_cell(mc, h, HT, 11, line=16)
    mc = hdr0.cells[4].merge(hdr0.cells[5])
    set_cell(mc, "管理要求", HT, 11, line=16)
    set_cell(hdr1.cells[4], "出境路径", HT, 11, line=16)
    set_cell(hdr1.cells[5], "适用情形", HT, 11, line=16)
    repeat_header(hdr0)
    repeat_header(hdr1)
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=(L if ci in (3, 4, 5) else C), line=15)
        clauses.append(row_clause(H, row))
    # 重点领域纵向合并
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1][1] == rows[start][1]:
            end += 1
        mc = t.rows[2 + start].cells[1]
        if end > start:
            mc = mc.merge(t.rows[2 + end].cells[1])
        set_cell(mc, rows[start][1], FS, 10.5, line=15)
        start = end + 1
    widths(t, [1.2, 2.2, 3.4, 8.8, 4.8, 3.9])
    notes = [
        "注：1.本清单所列数量标准，除另有说明外，均为自当年1月1日起累计计算。",
        "2.本清单未列明的数据，数据处理者按照附件2要求完成备案后可以向境外提供。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 10.5, False)], indent=False, line=16, before=(4 if i == 0 else 0))
        if i:
            p.paragraph_format.left_indent = Pt(31.5)
    clauses.extend(notes)

    # --- 附件2：回到纵向，四号字
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("负面清单外数据出境备案填报说明", XBS, 20, False)], align=C, indent=False, line=34, after=6)

    SZ, LN = 14, 21

    # 填报说明：用全角空格缩进（不设首行缩进）
    def sbody(txt, run_head=None):
        if run_head:
            clauses.append(run_head + txt)
            add_par(doc, [(IND + run_head, KT, SZ, False), (txt, FS, SZ, False)], indent=False, line=LN)
        else:
            clauses.append(txt)
            add_par(doc, [(IND + txt, FS, SZ, False)], indent=False, line=LN)

    def shead(txt):
        add_par(doc, [(IND + txt, HT, SZ, False)], indent=False, line=LN)

    shead("一、填报主体")
    sbody("向境外提供《负面清单》以外数据的数据处理者，应当在首次出境前通过“厦门片区数据跨境服务平台”完成备案填报。")
    shead("二、填报内容")
    sbody("包括数据处理者名称、统一社会信用代码、所属行业、数据安全负责人及联系方式。", "（一）基本信息。")
    sbody("包括以下内容：", "（二）出境数据情况。")
    sbody("1.数据类别。对照《负面清单》重点领域选择，并简要描述数据内容。")
    sbody("2.数据规模。填写预计年度出境数据量；涉及个人信息的，单独填写涉及自然人数量。")
    sbody("3.出境方式。选择“系统直连”“远程访问”“邮件传输”或者“其他”。")
    sbody("填写境外接收方名称、所在国家（地区），并选择与数据处理者的关系：", "（三）境外接收方情况。")
    sbody("（1）境外母公司或者关联企业；")
    sbody("（2）境外业务合作方；")
    sbody("（3）其他。")
    add_par(doc, [("表1\u3000备案信息主要填报字段", HT, 12, False)], align=C, indent=False, line=22, before=4)
    FH = ["序号", "字段名称", "填写要求", "是否必填"]
    frows = [
        ["1", "统一社会信用代码", "18位，须与营业执照一致", "是"],
        ["2", "年度出境数据量", "单位：条或者GB，保留整数", "是"],
        ["3", "涉及自然人数量", "单位：人；不涉及个人信息的填“0”", "是"],
        ["4", "境外接收方所在国家（地区）", "填写全称，如“新加坡共和国”", "是"],
        ["5", "备注", "需要说明的其他情况", "否"],
    ]
    t = doc.add_table(rows=1 + len(frows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(FH):
        set_cell(t.rows[0].cells[ci], h, HT, 11, line=18)
    for ri, r_ in enumerate(frows, 1):
        for ci, v in enumerate(r_):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, align=(L if ci == 2 else C), line=16)
        clauses.append(row_clause(FH, r_))
    widths(t, [1.4, 5.0, 7.0, 2.0])
    shead("三、填报要求")
    sbody("数据处理者应当对填报信息的真实性、准确性、完整性负责，信息变化的应当在15个工作日内更新。", "（一）")
    sbody("片区管委会在5个工作日内完成形式核对并反馈备案编号。咨询电话：0592-5391268。", "（二）")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于发布《中国（福建）自由贸易试验区厦门片区数据出境负面清单（2026年版）》的公告",
            "doc_number": "厦自贸委公告〔2026〕1号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["中国（福建）自由贸易试验区厦门片区数据出境负面清单（2026年版）",
                            "负面清单外数据出境备案填报说明"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 钦州市人民政府请示（上行文）：份号、特急、签发人、自动编号、白名单表（合计、单位、表下注）、附件名单（重复标题行）
SPLIT_AT = 0  # 白名单表在第几行后分页接“续表”（0 = 不分表）


def doc_qinzhou():
    stem = "blind912_qinzhou_qingshi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("000023", SONG, 16, False)], indent=False, line=22)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=22)
    add_par(doc, [("钦州市人民政府文件", XBS, 44, False, RED)], align=C, indent=False, line=60, before=10)
    p = add_par(doc, [("钦政报〔2026〕9号", FS, 16, False), (" " * 26, FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘振华", KT, 16, False)], indent=False, before=14)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("钦州市人民政府关于在中国（广西）自由贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区钦州港片区开展面向东盟跨境数据流动"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“白名单”试点的请示"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    def head(txt):
        p = add_par(doc, [(txt, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, txt):
        clauses.append(h + txt)
        add_par(doc, [(h, KT, 16, True), (txt, FS, 16, False)])

    body("中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）是西部陆海新通道的重要门户。为破解片区内企业向东盟国家提供数据的“堵点”，我市拟在钦州港片区开展面向东盟跨境数据流动“白名单”试点。现将有关情况请示如下：")
    head("试点必要性")
    body("2025年，钦州港完成集装箱吞吐量1012.6万标准箱，其中东盟航线占比41.7%。据片区管委会对136家重点企业摸底调查，有89家企业存在向东盟国家常态化提供数据的需求，但普遍反映数据出境合规路径不清晰、办理周期长、合规成本高。")
    head("试点主要内容")
    runin("（一）编制“白名单”。", "按照“场景化、颗粒化”原则，梳理形成首批6个业务场景、18类数据项的“白名单”（见下表）。纳入“白名单”的数据，试点企业可以直接向东盟国家境外接收方提供，免予申报数据出境安全评估、订立个人信息出境标准合同和通过个人信息保护认证。")
    add_par(doc, [("钦州港片区面向东盟跨境数据流动“白名单”（第一批）", HT, 14, False)],
            align=C, indent=False, line=24, before=4)
    add_par(doc, [("（数据量单位：万条/年）", KT, 12, False)], align=R, indent=False, line=20)
    H = ["序号", "业务场景", "主要数据项", "主要接收国家", "预计年出境数据量", "试点企业数（家）"]
    rows = [
        ["1", "国际航运物流", "订舱信息、提单信息、集装箱动态、船舶靠离泊计划", "越南、泰国、马来西亚、新加坡", "320", "5"],
        ["2", "跨境电商", "订单信息、物流轨迹、收件人姓名及联系方式", "越南、泰国、菲律宾、印度尼西亚", "180", "6"],
        ["3", "跨境贸易结算", "贸易合同、发票、收付汇记录（不含个人账户信息）", "新加坡、马来西亚", "45", "3"],
        ["4", "跨国企业人力资源管理", "境外派驻员工姓名、职务、薪酬", "印度尼西亚、越南", "0.8", "4"],
        ["5", "新能源材料国际合作", "产品规格、质量检测报告、售后服务记录（不含工艺参数）", "印度尼西亚、泰国", "12", "3"],
        ["6", "国际会展与商务旅行", "参展人员姓名、行程安排", "东盟十国", "3.5", "3"],
        ["合计", "—", "—", "—", "561.3", "24"],
    ]
    W = [1.2, 3.2, 5.4, 3.4, 1.9, 1.9]

    def mk_table(part):
        t = doc.add_table(rows=1 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(H):
            set_cell(t.rows[0].cells[ci], h, HT, 11, line=16)
        for ri, r_ in enumerate(part, 1):
            no_split(t.rows[ri])
            for ci, v in enumerate(r_):
                set_cell(t.rows[ri].cells[ci], v, FS, 11, align=(L if ci == 2 else C), line=16)
            clauses.append(row_clause(H, r_))
        widths(t, W)
        return t

    if SPLIT_AT:
        mk_table(rows[:SPLIT_AT])
        # 手工分表：另起一页，打“续表”，重复表头
        page_break(doc)
        add_par(doc, [("续表", KT, 12, False)], indent=False, line=20)
        mk_table(rows[SPLIT_AT:])
    else:
        mk_table(rows)
    note = "注:预计年出境数据量根据试点企业2025年实际业务量测算(不含重复计算)。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("（二）明确适用条件。", "纳入“白名单”管理的数据出境活动，应当同时满足以下条件：")
    body("1.数据处理者在钦州港片区注册登记并实际经营；")
    body("2.出境数据不涉及重要数据；")
    body("3.境外接收方位于东盟国家，且已签订数据保护协议。")
    runin("（三）实行备案管理。", "试点企业应当在首次向境外提供“白名单”数据前完成备案，并每半年报送一次数据出境情况。")
    head("请求事项")
    body("恳请自治区人民政府：")
    runin("（一）", "同意在钦州港片区开展面向东盟跨境数据流动“白名单”试点，并协调将首批“白名单”报国家互联网信息办公室备案。")
    runin("（二）", "支持钦州港片区建设跨境数据服务中心，在自治区数字广西建设专项资金中给予适当支持。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：钦州港片区面向东盟跨境数据流动“白名单”试点企业名单（第一批）")
    empty(doc, 1)
    p = add_par(doc, "钦州市人民政府", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.right_indent = Pt(56)
    p = add_par(doc, "二〇二六年三月十二日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(40)
    empty(doc, 1)
    add_par(doc, "（联系人：韦丽萍，联系电话：0777-2869315）")

    # --- 附件另页
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港片区面向东盟跨境数据流动“白名单”", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("试点企业名单（第一批）", XBS, 20, False)], align=C, indent=False, line=32, after=6)
    AH = ["序号", "企业名称", "业务场景"]
    firms = [
        ("钦州港泰航运代理有限公司", "国际航运物流"),
        ("广西北部湾海联集装箱物流有限公司", "国际航运物流"),
        ("钦州中越海运服务有限公司", "国际航运物流"),
        ("广西陆海新通道供应链管理有限公司", "国际航运物流"),
        ("钦州港片区恒通船务有限公司", "国际航运物流"),
        ("广西东盟优选跨境电子商务有限公司", "跨境电商"),
        ("钦州湾购网络科技有限公司", "跨境电商"),
        ("广西桂品出海电子商务有限公司", "跨境电商"),
        ("钦州保税港区速达跨境物流有限公司", "跨境电商"),
        ("广西南洋好物进出口贸易有限公司", "跨境电商"),
        ("钦州市海邻数字贸易有限公司", "跨境电商"),
        ("广西北部湾国际结算服务有限公司", "跨境贸易结算"),
        ("钦州港片区汇东供应链金融服务有限公司", "跨境贸易结算"),
        ("广西钦州东盟大宗商品交易有限公司", "跨境贸易结算"),
        ("钦州华越石化工程有限公司", "跨国企业人力资源管理"),
        ("广西桂印尼产业合作发展有限公司", "跨国企业人力资源管理"),
        ("钦州港片区中马装备制造有限公司", "跨国企业人力资源管理"),
        ("广西钦州越桂纸业有限公司", "跨国企业人力资源管理"),
        ("广西钦州锂源新材料科技有限公司", "新能源材料国际合作"),
        ("钦州港片区华镍新能源材料有限公司", "新能源材料国际合作"),
        ("广西北部湾正极材料有限公司", "新能源材料国际合作"),
        ("钦州东盟国际会展服务有限公司", "国际会展与商务旅行"),
        ("广西海丝路国际旅行社有限公司", "国际会展与商务旅行"),
        ("钦州港片区商旅通服务有限公司", "国际会展与商务旅行"),
    ]
    t = doc.add_table(rows=1 + len(firms), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(AH):
        set_cell(t.rows[0].cells[ci], h, HT, 12, line=18)
    repeat_header(t.rows[0])
    for i, (n, s) in enumerate(firms, 1):
        vals = [str(i), n, s]
        for ci, v in enumerate(vals):
            set_cell(t.rows[i].cells[ci], v, FS, 11, align=(L if ci == 1 else C), line=16)
        clauses.append(row_clause(AH, vals))
    widths(t, [1.5, 9.0, 5.0])

    banji(doc, "抄送：自治区党委网信办，自治区商务厅、数据局，中国（广西）自由贸易试验区工作办公室。",
          "钦州市人民政府办公室", "2026年3月12日印发", gap=1)
    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府关于在中国（广西）自由贸易试验区钦州港片区开展面向东盟跨境数据流动“白名单”试点的请示",
            "doc_number": "钦政报〔2026〕9号",
            "issuer": ["钦州市人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区面向东盟跨境数据流动“白名单”试点企业名单（第一批）"],
            "doc_type": "请示",
            "recipients": ["自治区人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_xiamen(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
