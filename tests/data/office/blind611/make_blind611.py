# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 611: two-column 工作动态 / 信息 newsletters (Word + PDF) and answer key."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

SB = "\n"   # soft line break marker inside paragraph text
CB = "\f"   # column break marker


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, text, font, size, bold=None, color=None):
    """text may contain SB (soft line break) and CB (column break)."""
    buf = ""
    for ch in text:
        if ch in (SB, CB):
            if buf:
                set_font(p.add_run(buf), font, size, bold, color)
                buf = ""
            r = p.add_run()
            set_font(r, font, size)
            r.add_break(WD_BREAK.LINE if ch == SB else WD_BREAK.COLUMN)
        else:
            buf += ch
    if buf:
        set_font(p.add_run(buf), font, size, bold, color)


def para(container, text="", font=FS, size=14, bold=None, color=None,
         align=None, indent=True, space_after=0, line=None, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        add_runs(p, text, font, size, bold, color)
    return p


def border(p, sides=("bottom",), color="E60012", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    for s in sides:
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        bdr.append(e)


def set_cols(section, num, space=425, sep=False):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    if sep:
        cols.set(qn("w:sep"), "1")
    # w:cols must come after pgMar/pgSz etc.; append before docGrid if present
    grid = sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.addprevious(cols)
    else:
        sectPr.append(cols)


def page_setup(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.0)
    section.bottom_margin = Cm(2.6)
    section.left_margin = Cm(2.6)
    section.right_margin = Cm(2.4)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    set_font(p.add_run(" —"), SONG, 14)


def cell_borders(cell, color="000000", sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), color)
        b.append(e)
    tcPr.append(b)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=10.5, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    add_runs(p, text, font, size, bold)


def fit_table(t, widths_cm):
    t.autofit = False
    tblPr = t._tbl.tblPr
    w = OxmlElement("w:tblW")
    w.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    w.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(w)
    grid = t._tbl.tblGrid
    for gc, wc in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(wc * 567)))
    for row in t.rows:
        for c, wc in zip(row.cells, widths_cm):
            c.width = Cm(wc)


def data_table(doc, header, rows, size=10.5, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fit_table(t, widths or [7.4 / len(header)] * len(header))
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HEI, size)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, size)
    return t


def clean(text):
    """Clause text as an analyst would cite it."""
    return text.replace(SB, "").replace(CB, "").lstrip("　 ").rstrip()


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_611", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, issuer, date, level, region, doc_type):
    return {
        "title": title, "doc_number": None, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region, "effective": None,
        "expires": None, "attachments": [], "doc_type": doc_type, "recipients": [],
        "publicity": None, "repeals": None,
    }


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    page_setup(sec)
    page_number_footer(sec)
    set_cols(sec, 1)
    return doc


def banji(doc, lines, tail):
    """版记: 报/送/发 lines framed by rules, single column."""
    for i, ln in enumerate(lines):
        p = para(doc, ln, FS, 12, indent=False, line=22)
        p.paragraph_format.left_indent = Pt(12 * 2)
        p.paragraph_format.first_line_indent = Pt(-12 * 2)   # hanging, so wrapped text aligns
        if i == 0:
            border(p, ("top",), "000000", 8, 4)
    p = para(doc, tail, FS, 12, indent=False, line=22)
    border(p, ("top", "bottom"), "000000", 8, 4)


# ================================================================ 1. 福建 工作动态
def make_fujian():
    stem = "blind611_fujian_dongtai"
    doc = new_doc()
    ISSUER = ["福建省自贸试验区工作领导小组办公室"]
    DATE = "2026-03-20"

    para(doc, "内部资料", HEI, 12, indent=False)
    para(doc, "注意保存", HEI, 12, indent=False, space_after=12)
    para(doc, "自贸试验区工作动态", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_after=6)
    para(doc, "2026年第6期（总第158期）", KAI, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_after=10)
    p = para(doc, "福建省自贸试验区工作领导小组办公室编" + "　" * 4 + "2026年3月20日",
             FS, 14, indent=False)
    border(p, ("bottom",), "E60012", 24, 6)
    para(doc, "", indent=False)
    para(doc, "本期要目", HEI, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    box_title = "领导批示"
    box = [
        "3月12日，省委常委、常务副省长林文华在《自贸试验区工作动态》2026年第5期《厦门片区探索“保税+跨境电商”监管新模式》一文上批示：厦门片区的做法抓住了跨境电商企业的痛点，请省商务厅会同福州海关、厦门海关认真总结，条件成熟的在全省复制推广。",
        "省商务厅已按批示要求牵头组织专题调研，拟于4月底前形成可复制推广的制度创新成果清单报省政府。",
    ]

    items = [
        {
            "title": "福州片区首单“跨境电商+市场采购”组合出口业务落地",
            "region": "中国（福建）自由贸易试验区福州片区",
            "paras": [
                "3月5日，一批价值约86万元的鞋服、茶具等日用消费品从福州保税港区启运，以“跨境电商B2B直接出口（9710）+市场采购贸易”组合模式申报出口至沙特阿拉伯，标志着福州片区首单组合出口业务顺利落地。",
                "该模式由福州片区管委会联合马尾海关、福州市商务局共同推动，出口企业可在同一平台完成订单归集、拼箱申报和收汇结算，单票申报时间由原来的约1天压缩至2小时以内，物流成本下降约15%。下一步，福州片区将依托福州跨境电商综合试验区线上综合服务平台，推动更多中小外贸企业参与组合出口，力争全年组合出口业务额突破5亿元。",
            ],
            "byline": "（福州片区管委会供稿）",
        },
        {
            "title": "厦门片区上线国际航行船舶保税燃料油“一站式”供油服务平台",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "paras": [
                "3月10日，厦门片区联合厦门港口管理局、厦门海事局、东渡海关正式上线国际航行船舶保税燃料油“一站式”供油服务平台，实现供油申报、海关监管、海事审批、港口作业等4个环节“一网通办”。",
                "平台上线后，船舶供油企业可通过国际贸易“单一窗口”一次提交申请材料，各部门并联审核、结果互认，船舶在港供油作业时间平均缩短3小时。截至3月18日，平台已累计为26艘次国际航行船舶提供保税燃料油加注服务，加注量约1.8万吨。",
                "下一步，厦门片区将争取保税燃料油跨关区直供、“一船多供”等政策在片区先行先试，打造东南沿海国际船舶燃料补给中心。",
            ],
            "byline": "（厦门片区管委会供稿）",
        },
        {
            "title": "平潭片区对台小额商品交易市场引入跨境电商新业态",
            "region": "中国（福建）自由贸易试验区平潭片区",
            "paras": [
                "今年以来，平潭片区推动对台小额商品交易市场转型升级，引导市场内42家商户开展跨境电商零售进口业务，并在澳前台湾小镇设立跨境电商体验店3家，1—2月市场交易额同比增长23.6%。",
                "平潭片区同步出台《平潭综合实验区对台小额商品交易市场转型发展扶持措施》，对年度跨境电商交易额超过500万元的商户给予最高30万元奖励，对新设立的两岸跨境电商公共海外仓给予一次性50万元补助。",
            ],
            "byline": "（平潭片区管理局供稿）",
        },
        {
            "title": "全省自贸试验区制度创新工作推进会在福州召开",
            "region": "福建省",
            "paras": [
                "3月17日，省商务厅（省自贸办）在福州召开全省自贸试验区制度创新工作推进会，通报2025年度制度创新成果评估情况，部署2026年重点工作。福州、厦门、平潭三个片区管委会及省直有关部门相关负责同志参加会议。",
            ],
            "table_caption": "2025年度各片区制度创新成果评估情况",
            "header": ["片区", "新推出成果（项）", "全国首创（项）", "全国复制推广（项）"],
            "rows": [
                ["福州片区", "58", "9", "3"],
                ["厦门片区", "71", "13", "5"],
                ["平潭片区", "39", "6", "2"],
                ["合计", "168", "28", "10"],
            ],
            "paras_after": [
                "会议要求，各片区要聚焦投资贸易自由化便利化，围绕中欧班列、跨境电商、数字贸易、两岸融合等重点领域，全年新推出制度创新成果不少于60项，其中全国首创不少于10项；要强化与海关、海事、金融监管等部门协同，对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则开展压力测试，力争更多创新成果在全国复制推广。",
            ],
            "byline": "（省自贸办综合处）",
        },
    ]

    # 本期要目 (table of contents of the issue) -- not clauses
    for it in items:
        para(doc, "◆ " + it["title"], KAI, 12, indent=False)
    para(doc, "", indent=False)

    # ---- two-column section
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2, 425, sep=True)

    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fit_table(t, [7.4])
    c = t.rows[0].cells[0]
    cell_borders(c, "E60012", 12)
    cp = c.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(cp, "【" + box_title + "】", HEI, 14, color=RED)
    for bt in box:
        para(c, bt, KAI, 12, line=20)
    para(doc, "", indent=False)

    for it in items:
        hp = para(doc, it["title"], HEI, 14, bold=True, indent=False,
                  align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4, line=22)
        for tx in it["paras"]:
            para(doc, tx, FS, 12, line=20)
        if "rows" in it:
            para(doc, it["table_caption"], HEI, 10.5, indent=False,
                 align=WD_ALIGN_PARAGRAPH.CENTER)
            data_table(doc, it["header"], it["rows"], 9, [1.7, 1.9, 1.8, 2.0])
            for tx in it["paras_after"]:
                para(doc, tx, FS, 12, line=20)
        para(doc, it["byline"], KAI, 12, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
             space_after=8)

    # ---- back to one column for 版记
    sec3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec3, 1)
    para(doc, "", indent=False)
    banji(doc, [
        "报：省委、省政府领导，商务部自贸区港司。",
        "送：省委办公厅、省政府办公厅，省自贸试验区工作领导小组成员单位，福州海关、厦门海关。",
        "发：福州、厦门、平潭片区管委会（管理局），福州市、厦门市、平潭综合实验区商务主管部门。",
    ], "责任编辑：陈晓岚" + "　" * 12 + "（共印120份）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    key = [{"meta": meta(box_title, ISSUER, DATE, "provincial", "福建省", "工作动态"),
            "clauses": [clean(x) for x in box]}]
    for it in items:
        cl = [clean(x) for x in it["paras"]]
        if "rows" in it:
            cl += table_clauses(it["header"], it["rows"])
            cl += [clean(x) for x in it["paras_after"]]
        key.append({"meta": meta(it["title"], ISSUER, DATE, "provincial", it["region"], "工作动态"),
                    "clauses": cl})
    return stem, path, key


# ================================================================ 2. 厦门片区 自贸信息 专刊 (one document)
def make_xiamen():
    stem = "blind611_xiamen_zhuankan"
    doc = new_doc()
    ISSUER = ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"]
    DATE = "2026-04-08"
    TITLE = "厦门片区推动中欧班列与跨境电商联动发展的做法与成效"

    para(doc, "自贸信息", XBS, 44, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "（专刊）", XBS, 22, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         space_after=6)
    para(doc, "2026年第4期（总第211期）", KAI, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, space_after=10)
    # 编印单位 and date typed with manual spaces, wrapped with a soft break
    p = para(doc, "中国（福建）自由贸易试验区厦门片区管理委员会办公室" + SB +
             "　" * 20 + "2026年4月8日", FS, 14, indent=False)
    border(p, ("bottom",), "E60012", 24, 6)
    para(doc, "", indent=False)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2, 567)

    para(doc, TITLE, XBS, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)

    body = []   # clause texts in order

    def P(text, font=FS, size=12):
        para(doc, text, font, size, line=20)
        body.append(clean(text))

    def H(text):   # heading on a line of its own -> not a clause
        para(doc, text, HEI, 12, indent=True, line=20)

    def RUNIN(head, text):   # bold run-in heading: part of the clause
        p = para(doc, "", FS, 12, line=20)
        add_runs(p, head, KAI, 12, bold=True)
        add_runs(p, text, FS, 12)
        body.append(clean(head + text))

    # 编者按 in 楷体, first part bold
    p = para(doc, "", KAI, 12, line=20)
    add_runs(p, "编者按：", HEI, 12, bold=True)
    ebz = "今年以来，厦门片区立足“海丝”“陆丝”交汇枢纽优势，推动中欧（厦门）班列与跨境电商综合试验区政策叠加、业务联动，走出了一条“班列带电商、电商稳班列”的发展路径。现将有关做法刊发，供各片区学习借鉴。"
    add_runs(p, ebz, KAI, 12)
    body.append("编者按：" + ebz)

    H("一、主要做法")
    RUNIN("（一）打通“班列+跨境电商”出口通道。",
          "厦门片区会同厦门海关在海沧铁路货场设立跨境电商监管作业场所，实现跨境电商B2B出口（9710、9810）货物“场站集货、属地查验、班列直发”，并与中欧（厦门）班列运营企业建立舱位优先保障机制，每周固定预留跨境电商舱位不少于10个标箱。")
    RUNIN("（二）创新“一单到底”多式联运模式。",
          "推动厦门港与中欧（厦门）班列数据互联，签发铁海联运“一单制”提单，东南亚经海运进境的跨境电商货物在厦门港转关后直接装上班列，运往中亚、欧洲，全程“一次申报、一次查验、一次放行”。")
    RUNIN("（三）建设海外仓和回程货源网络。",
          "支持片区跨境电商企业在波兰罗兹、德国杜伊斯堡、匈牙利布达佩斯等班列节点城市布局公共海外仓9个，总面积约6.3万平方米；同步组织欧洲葡萄酒、母婴用品、保健食品等商品以跨境电商零售进口方式搭乘回程班列进境，班列回程重箱率由2024年的41%提升至2025年的63%。")

    H("二、初步成效")
    P("中欧（厦门）班列已成为片区跨境电商出口的重要物流通道，跨境电商货物运量和货值保持较快增长（详见下表）。")
    cap = para(doc, "2024年以来中欧（厦门）班列跨境电商货物运输情况", HEI, 10.5, indent=False,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    header = ["时间", "开行班列（列）", "跨境电商货物（标箱）", "货值（亿元）"]
    rows = [["2024年", "162", "2480", "16.9"],
            ["2025年", "186", "3120", "21.6"],
            ["2026年1—3月", "49", "870", "6.2"]]
    data_table(doc, header, rows, 9, [2.0, 1.7, 2.0, 1.7])
    body.extend(table_clauses(header, rows))
    P("同时，联动发展带动了一批跨境电商企业集聚。截至2026年3月底，片区跨境电商经营主体达1460家，较2024年底增长38%；2026年一季度片区跨境电商进出口额同比增长27.5%，其中经中欧（厦门）班列运输的占比达19.3%。")

    H("三、下一步工作")
    P("厦门片区将重点抓好以下工作：")
    nums = [
        "推动中欧（厦门）班列开通至中亚的跨境电商定制专列，力争2026年开行跨境电商专列30列以上。",
        "争取海关总署支持，在海沧铁路货场开展跨境电商出口退货“班列+海外仓”集中退运试点。",
        "联合金融机构推出“班列运单融资”产品，为中小跨境电商企业提供基于铁路运单的信用贷款。",
    ]
    for n in nums:   # Word automatic numbering (List Number): "1." is not in the text
        p = para(doc, n, FS, 12, indent=False, line=20, style="List Number")
    for i, n in enumerate(nums, 1):
        body.append("%d.%s" % (i, n))
    para(doc, "（厦门片区管委会综合协调局供稿）", KAI, 12, indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)

    sec3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec3, 1)
    para(doc, "", indent=False)
    banji(doc, [
        "报：省自贸办，厦门市委、市政府领导。",
        "送：市委办公厅、市政府办公厅，市商务局、市发展改革委、市交通运输局，厦门海关。",
        "发：片区管委会各局（办），湖里、海沧区商务主管部门。",
    ], "厦门片区管委会办公室" + "　" * 12 + "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    key = [{"meta": meta(TITLE, ISSUER, DATE, "zone", "中国（福建）自由贸易试验区厦门片区", "信息"),
            "clauses": body}]
    return stem, path, key


# ================================================================ 3. 重庆 工作动态 (masthead table, column break)
def make_chongqing():
    stem = "blind611_chongqing_dongtai"
    doc = new_doc()
    ISSUER = ["重庆市自贸试验区工作领导小组办公室"]
    DATE = "2026-03-27"

    # masthead as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    p = top.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, "重庆自贸试验区", XBS, 28, color=RED)
    p2 = top.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p2, "工　作　动　态", XBS, 40, color=RED)
    p3 = top.add_paragraph()
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p3, "第6期", KAI, 16)
    cell_text(t.rows[1].cells[0], "重庆市自贸试验区工作领导小组办公室编", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[1], "2026年3月27日", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "", FS, 6, indent=False)
    border(p, ("bottom",), "E60012", 24, 1)
    para(doc, "", indent=False)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2, 425)

    IND = "　　"   # indents typed by hand as full-width spaces
    items = [
        {
            # headline wrapped by a soft line break
            "title": "西永片区开行首趟中欧班列（成渝）" + SB + "跨境电商出口专列",
            "region": "中国（重庆）自由贸易试验区西永片区",
            "paras": [
                IND + "3月19日，满载50个标箱跨境电商货物的中欧班列（成渝）从重庆团结村中心站驶出，经霍尔果斯口岸出境，预计16天后抵达波兰马拉舍维奇，这是西永片区开行的首趟跨境电商出口专列。",
                IND + "专列货物以汽车零配件、小家电、服装鞋帽为主，涉及跨境电商企业17家，全程采用“跨境电商B2B出口+铁路快通”模式，货物在西永综合保税区完成集货、查验后直接装车，" + SB + "通关时间较传统模式压缩约40%。",
                IND + "下一步，西永片区将联合中欧班列（成渝）运营平台公司，推动跨境电商专列常态化开行，力争2026年开行跨境电商专列不少于24列。",
            ],
        },
        {
            "title": "两江片区“外商投资一件事”集成服务改革取得实效",
            "region": "中国（重庆）自由贸易试验区两江片区",
            "paras": [
                IND + "今年1月起，两江片区在两江新区政务服务中心设立外商投资服务专区，将外商投资企业设立登记、外汇登记、银行开户、社保登记、印章刻制等8个事项整合为“外商投资一件事”，实行“一表申请、一窗受理、一次办结”。",
                IND + "截至3月20日，专区已为63家外商投资企业提供集成服务，企业开办时间由平均5个工作日压缩至1.5个工作日；一季度片区新设外商投资企业同比增长31.3%，实际使用外资2.7亿美元。",
            ],
            "colbreak_after": True,
        },
        {
            "title": "果园港片区多式联运“一单制”试点扩面",
            "region": "中国（重庆）自由贸易试验区果园港片区",
            "paras": [
                IND + "3月以来，果园港片区依托果园港国家物流枢纽，将多式联运“一单制”试点由西部陆海新通道铁海联运班列扩大至长江航运和中欧班列（成渝）线路，实现“一次委托、一单到底、一次结算”。",
                IND + "截至目前，已累计签发多式联运提单1260票，货值约9.8亿元，带动果园港一季度集装箱吞吐量同比增长12.4%。",
            ],
        },
    ]
    box_title = "领导批示"
    box = [
        "3月24日，市委常委、常务副市长陈志远在《重庆自贸试验区工作动态》2026年第5期上批示：“外商投资一件事”改革方向对、效果好，请市商务委牵头，会同市市场监管局、中国人民银行重庆市分行等部门总结经验，年内推广至各区县。",
    ]

    for n, it in enumerate(items):
        # headline: numbered symbol typed by hand, bold 黑体
        para(doc, "◎" + it["title"], HEI, 13, bold=True, indent=False, space_after=4, line=22)
        for tx in it["paras"]:
            para(doc, tx, FS, 12, indent=False, line=20)
        para(doc, "", FS, 8, indent=False)
        if it.get("colbreak_after"):
            p = doc.paragraphs[-1]
            r = p.add_run()
            r.add_break(WD_BREAK.COLUMN)

    # 领导批示 box made with paragraph borders (not a table), at the end of the columns
    bp = para(doc, "领导批示", HEI, 13, color=RED, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(bp, ("top", "left", "right"), "E60012", 12, 4)
    for i, bt in enumerate(box):
        p = para(doc, bt, KAI, 12, line=20)
        border(p, ("left", "right", "bottom") if i == len(box) - 1 else ("left", "right"),
               "E60012", 12, 4)

    sec3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec3, 1)
    para(doc, "", indent=False)
    banji(doc, [
        "报：市委、市政府领导，商务部自贸区港司。",
        "送：市委办公厅、市政府办公厅，市自贸试验区工作领导小组成员单位，" + SB + "重庆海关。",
        "发：两江、西永、果园港片区管理机构，各区县（自治县）商务主管部门。",
    ], "重庆市商务委员会办公室" + "　" * 10 + "2026年3月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    key = []
    for it in items:
        key.append({"meta": meta(clean(it["title"]), ISSUER, DATE, "provincial", it["region"], "工作动态"),
                    "clauses": [clean(x) for x in it["paras"]]})
    key.append({"meta": meta(box_title, ISSUER, DATE, "provincial", "重庆市", "工作动态"),
                "clauses": [clean(x) for x in box]})
    return stem, path, key


def main():
    expected = {}
    for fn in (make_fujian, make_xiamen, make_chongqing):
        stem, path, key = fn()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
