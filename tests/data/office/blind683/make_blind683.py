# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 683: 明传电报 (郑州) + 传真封面+通知 (湛江综保区)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, spacing=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def para(doc, parts, align=None, indent=True, spacing=28):
    """parts: list of (text, east_font, bold) or plain str (仿宋)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, spacing)
    for part in parts:
        if isinstance(part, str):
            set_font(p.add_run(part), FS)
        else:
            text, font, bold = part
            set_font(p.add_run(text), font, bold=bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def red_rule(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    t = OxmlElement("w:top")
    t.set(qn("w:val"), "single")
    t.set(qn("w:sz"), str(sz))
    t.set(qn("w:space"), "1")
    t.set(qn("w:color"), color)
    bdr.insert(0, t)


def bottom_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_number_footer(doc):
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), "宋体", size=14)
        r = fp.add_run()
        set_font(r, "宋体", size=14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = fp.add_run()
        set_font(r2, "宋体", size=14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r2._r.append(it)
        r3 = fp.add_run()
        set_font(r3, "宋体", size=14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
        set_font(fp.add_run(" —"), "宋体", size=14)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(3)
    p.paragraph_format.space_after = Pt(3)
    set_font(p.add_run(text), font, size=size, bold=bold, color=color)


def table_borders(table, color="000000", sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_683", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# ============================================================ DOC 1: 明传电报
def doc_zhengzhou():
    stem = "blind683_zhengzhou_mingdian"
    doc = Document()
    page_setup(doc)

    title = "关于做好中欧班列（郑州）集结中心安全生产工作的紧急通知"
    doc_no = "郑政办明电〔2025〕5号"
    recipients_line = "各县（市、区）人民政府，郑州航空港经济综合实验区管委会，市人民政府各部门，各有关单位："

    # 版头：明传电报 (red, with red rule)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=60)
    set_font(p.add_run("郑州市人民政府办公厅"), XBS, size=26, color=RED)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=66)
    set_font(p.add_run("明　传　电　报"), XBS, size=42, color=RED)
    red_rule(p, sz=24)
    empty(doc)

    # 电报封面表（发电单位 / 签批盘号 / 等级 / 明电 / 编号 / 签发人）
    t = doc.add_table(rows=3, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, color="FF0000", sz=8)
    r0 = t.rows[0].cells
    cell_text(r0[0], "发电单位", font=HT, size=14)
    m = r0[1].merge(r0[3])
    cell_text(m, "郑州市人民政府办公厅", size=14)
    cell_text(r0[4], "签批盘号", font=HT, size=14)
    cell_text(r0[5], "0117", size=14)
    r1 = t.rows[1].cells
    cell_text(r1[0], "等  级", font=HT, size=14)          # manual spaces
    cell_text(r1[1], "特急", font=HT, size=14, bold=True)
    cell_text(r1[2], "★明电", font=HT, size=14)
    cell_text(r1[3], "编号", font=HT, size=14)
    m = r1[4].merge(r1[5])
    cell_text(m, doc_no, size=14)
    r2 = t.rows[2].cells
    cell_text(r2[0], "签发人", font=HT, size=14)
    m = r2[1].merge(r2[5])
    cell_text(m, "李建华", font=KT, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [2.6, 2.4, 2.2, 2.0, 2.6, 3.8])

    empty(doc)
    # title with a soft line break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    set_font(p.add_run("关于做好中欧班列（郑州）集结中心"), XBS, size=22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    set_font(p.add_run("安全生产工作的紧急通知"), XBS, size=22)
    empty(doc)

    # 主送 (no "主送：" prefix, as in a 明传电报)
    para(doc, [recipients_line], indent=False)

    clauses = []

    c0 = ("2025年春运及春节假期临近，中欧班列（郑州）集结中心进入年度运量高峰。2024年，集结中心累计开行中欧班列3286列，"
          "同比增长12.6%，班列去程、回程货物中电子产品、汽车及零配件、冷链食品和锂电池等货物占比明显提高，站场装卸、"
          "集装箱堆存、危险货物运输和冷链仓储等环节安全风险交织叠加。1月17日，周边某物流园区发生一起叉车作业致1人死亡的"
          "生产安全事故，暴露出部分企业安全生产主体责任不落实、现场管理混乱等突出问题。为深刻吸取事故教训，坚决防范遏制"
          "各类生产安全事故，确保集结中心安全平稳运行，经市政府同意，现就有关事项紧急通知如下：")
    para(doc, [c0])
    clauses.append(c0)

    # 一、run-in heading (黑体 run) + body
    h1 = "一、迅速压紧压实安全生产责任。"
    b1 = ("各县（市、区）政府和郑州航空港经济综合实验区管委会要切实履行属地管理责任，主要负责同志要亲自研究部署、"
          "亲自督促检查。市交通运输局、市商务局、市应急管理局等行业主管部门要按照“管行业必须管安全、管业务必须管安全、"
          "管生产经营必须管安全”的要求，督促集结中心运营单位、货运代理企业和场站作业单位落实全员安全生产责任制，"
          "确保责任链条无缝衔接。")
    para(doc, [(h1, HT, False), b1])
    clauses.append(h1 + b1)

    # 二、run-in heading with lead-in sentence, then （一）–（四）
    h2 = "二、全面开展隐患排查整治。"
    b2 = "即日起至2025年2月28日，在集结中心及周边物流园区开展安全隐患“大排查、大整治”专项行动，重点检查以下环节："
    para(doc, [(h2, HT, False), b2])
    clauses.append(h2 + b2)

    subs = [
        ("（一）站场装卸作业。",
         "严格执行龙门吊、正面吊、叉车等特种设备定期检验和持证上岗制度，严禁设备带病运行、人员违章指挥和违规作业，"
         "夜间作业必须保证照明充足、专人指挥。"),
        ("（二）危险货物运输和仓储。",
         "对锂电池、化工品等危险货物实行“逐票申报、逐箱核验”，严禁瞒报、谎报、匿报危险货物，危险货物集装箱必须在"
         "专用区域堆存，并落实隔离、监控和温湿度管理措施。"),
        ("（三）冷链仓储和消防安全。",
         "冷库、保税仓库要全面检查电气线路、制冷设备和消防设施，严禁违规使用聚氨酯泡沫等易燃可燃材料，严禁占用、"
         "堵塞疏散通道和安全出口。"),
        ("（四）道路集疏运安全。",
         "公安交警、交通运输部门要加强集结中心周边道路集卡车辆管控，严厉查处超载超限、疲劳驾驶、违规停放等行为，"
         "防止发生道路交通拥堵和事故。"),
    ]
    for i, (h, b) in enumerate(subs):
        if i == 2:
            # quirk: indent typed with full-width spaces, no first-line indent; heading bold 仿宋 instead of 楷体
            para(doc, ["　　", (h, FS, True), b], indent=False)
        else:
            para(doc, [(h, KT, False), b])
        clauses.append(h + b)

    c7 = ("对排查发现的问题隐患，要建立问题、措施、责任、时限“四张清单”，能立即整改的要立即整改，不能立即整改的要落实"
          "管控措施并限期整改；对重大事故隐患实行挂牌督办，整改不到位的坚决停产停业整顿。")
    para(doc, [c7])
    clauses.append(c7)

    h3 = "三、严格落实值班值守和应急处置。"
    b3 = ("春节期间，各有关单位要严格执行24小时值班和领导带班制度，保持通讯畅通，严禁脱岗漏岗。集结中心运营单位要修订"
          "完善火灾、危险货物泄漏、特种设备事故等专项应急预案，2月15日前至少组织开展1次综合应急演练，储备必要的应急物资"
          "和装备。一旦发生事故，要第一时间组织救援，并按规定在30分钟内电话报告、1小时内书面报告，严禁迟报、漏报、谎报、"
          "瞒报。")
    para(doc, [(h3, HT, False), b3])
    clauses.append(h3 + b3)

    empty(doc)  # stray empty paragraph

    h4 = "四、强化督导检查和信息报送。"
    b4 = ("市安委会办公室将会同有关部门组成督导组，采取“四不两直”方式对集结中心安全生产工作开展明查暗访，对责任不落实、"
          "隐患整改不力的单位予以通报，并依法依规严肃追责问责。各县（市、区）政府、各有关单位要于2025年2月28日前将隐患"
          "排查整治情况书面报送市应急管理局（电子邮箱：zzyjjaqk@126.com），并填报附件统计表。")
    # quirk: heading split into two runs (bold number + 黑体 text)
    para(doc, [("四、", HT, True), ("强化督导检查和信息报送。", HT, False), b4])
    clauses.append(h4 + b4)

    empty(doc)
    att = "中欧班列（郑州）集结中心安全隐患排查整治情况统计表"
    para(doc, ["附件：" + att])
    empty(doc, 2)

    # 落款 : manual spaces + soft line break inside one paragraph
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    r = set_font(p.add_run("郑州市人民政府办公厅    "), FS)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("2025年1月21日        "), FS)
    empty(doc)

    # bottom form row: 发电单位 / 联系人 / 电话
    t2 = doc.add_table(rows=1, cols=3)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t2, color="FF0000", sz=8)
    c = t2.rows[0].cells
    cell_text(c[0], "发电单位：郑州市人民政府办公厅", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(c[1], "联系人：刘晓东", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(c[2], "电话：0371-67181235", size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t2, [7.0, 3.8, 4.8])

    page_number_footer(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    meta = {
        "title": title,
        "doc_number": doc_no,
        "issuer": ["郑州市人民政府办公厅"],
        "date": "2025-01-21",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "郑州航空港经济综合实验区管委会", "市人民政府各部门", "各有关单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ============================================================ DOC 2: 传真 + 通知
def doc_zhanjiang():
    stem = "blind683_zhanjiang_chuanzhen"
    doc = Document()
    page_setup(doc)

    title = "关于做好湛江综合保税区封关验收材料报送工作的通知"
    doc_no = "湛综保管〔2025〕17号"
    issuer = "湛江综合保税区管理委员会"

    # ---------------- 传真封面
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    set_font(p.add_run("湛江综合保税区管理委员会办公室"), HT, size=18)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=70)
    set_font(p.add_run("传　　真"), XBS, size=44)
    empty(doc)

    t = doc.add_table(rows=6, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    rows = t.rows
    cell_text(rows[0].cells[0], "收件单位", font=HT)
    m = rows[0].cells[1].merge(rows[0].cells[3])
    cell_text(m, "管委会各局（办），区内各入驻企业，各有关单位", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(rows[1].cells[0], "收 件 人", font=HT)
    cell_text(rows[1].cells[1], "主要负责人")
    cell_text(rows[1].cells[2], "收件传真", font=HT)
    cell_text(rows[1].cells[3], "（群发）")
    cell_text(rows[2].cells[0], "发件单位", font=HT)
    cell_text(rows[2].cells[1], "湛江综合保税区管理委员会办公室", size=12)
    cell_text(rows[2].cells[2], "发 件 人", font=HT)
    cell_text(rows[2].cells[3], "陈思远")
    cell_text(rows[3].cells[0], "联系电话", font=HT)
    cell_text(rows[3].cells[1], "0759-3387201")
    cell_text(rows[3].cells[2], "发件传真", font=HT)
    cell_text(rows[3].cells[3], "0759-3387209")
    cell_text(rows[4].cells[0], "页　　数", font=HT)
    cell_text(rows[4].cells[1], "共5页（含本页）")
    cell_text(rows[4].cells[2], "日　　期", font=HT)
    cell_text(rows[4].cells[3], "2025年6月5日")
    cell_text(rows[5].cells[0], "事　　由", font=HT)
    m = rows[5].cells[1].merge(rows[5].cells[3])
    cell_text(m, "转发《" + title + "》，请查收", align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [2.8, 5.4, 2.8, 4.6])

    empty(doc)
    para(doc, ["如传真内容缺页或字迹不清，请即与发件人联系。收到后请回电确认。"], indent=False)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---------------- 通知正文（red header）
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=60)
    set_font(p.add_run(issuer), XBS, size=30, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(doc_no), FS)
    red_rule(p, sz=18)
    empty(doc)

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    set_font(p.add_run("关于做好湛江综合保税区封关验收材料"), XBS, size=22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    set_font(p.add_run("报送工作的通知"), XBS, size=22)
    empty(doc)

    para(doc, ["管委会各局（办），区内各入驻企业，各有关单位："], indent=False)

    clauses = []
    c0 = ("湛江综合保税区于2024年10月经国务院批复同意设立，规划面积1.36平方公里。目前，区内围网、卡口、查验场地、监管仓库"
          "等基础和监管设施已基本建成，信息化管理平台正在联调测试。按照《国务院关于促进综合保税区高水平开放高质量发展的"
          "若干意见》（国发〔2019〕3号）和海关总署关于综合保税区验收管理的有关规定，我区拟于2025年7月下旬迎接省级联合"
          "验收组预验收，8月底前提请正式封关验收。为确保验收材料齐全、规范、真实，现就有关事项通知如下：")
    para(doc, [c0])
    clauses.append(c0)

    h1 = "一、报送范围。"
    b1 = "管委会各局（办）、区内已签约入驻企业、承担基础设施和监管设施建设任务的项目单位，均应按照职责分工报送封关验收相关材料。"
    para(doc, [(h1, HT, False), b1])
    clauses.append(h1 + b1)

    h2 = "二、材料清单及责任分工。"
    b2 = "具体报送材料、责任单位和时限如下表："
    para(doc, [(h2, HT, False), b2])
    clauses.append(h2 + b2)

    header = ["序号", "材料名称", "责任单位", "报送时限", "报送形式"]
    data = [
        ["1", "围网、卡口、视频监控等隔离监管设施竣工验收资料", "管委会规划建设局", "2025年6月20日前", "纸质3份、电子版1份"],
        ["2", "海关监管作业场所及查验配套设施建设情况说明", "管委会规划建设局", "2025年6月20日前", "纸质3份、电子版1份"],
        ["3", "综合保税区信息化管理平台建设及联网测试报告", "管委会经济发展局", "2025年6月25日前", "电子版1份"],
        ["4", "区内企业入驻协议、营业执照及海关备案资料", "各入驻企业", "2025年6月25日前", "纸质2份、电子版1份"],
        ["5", "企业账册管理及内部管控制度", "各入驻企业", "2025年6月25日前", "电子版1份"],
        ["6", "综合保税区发展规划及产业招商情况报告", "管委会招商服务局", "2025年6月30日前", "纸质3份、电子版1份"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT, size=12)
    # vertical merges: 报送时限 rows 1-2 ; 责任单位 rows 4-5
    merged_skip = {(2, 3), (5, 2)}
    for i, row in enumerate(data, start=1):
        for j, v in enumerate(row):
            if (i, j) in merged_skip:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i].cells[j], v, size=12, align=al)
    t.cell(1, 3).merge(t.cell(2, 3))
    t.cell(4, 2).merge(t.cell(5, 2))
    set_col_widths(t, [1.3, 6.2, 3.0, 2.7, 3.0])
    for row in data:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))

    empty(doc)
    # heading on a line of its own (not a clause)
    para(doc, [("三、报送要求", HT, False)])

    subs = [
        ("（一）确保真实准确。",
         "各单位对所报材料的真实性、准确性负责，数据口径应与统计、税务、海关等部门数据保持一致，不得弄虚作假。"
         "涉及企业信息的，须由企业法定代表人签字并加盖公章。"),
        ("（二）规范材料格式。",
         "纸质材料统一使用A4纸张双面打印，按清单顺序装订成册并编制目录、页码；电子版材料须同时提供PDF格式和可编辑的"
         "Word格式，文件以“单位名称+材料名称”命名。"),
        ("（三）按时报送。",
         "各单位须在规定时限内将纸质材料报送至管委会经济发展局（湛江经济技术开发区乐山大道综合服务中心5楼512室），"
         "电子版发送至zjzbqys@163.com。逾期未报送的，视为不具备封关运作条件，相关企业暂缓纳入首批封关运作名单。"),
    ]
    for i, (h, b) in enumerate(subs):
        if i == 1:
            # quirk: heading in bold 仿宋 run, manual full-width-space indent
            para(doc, ["　　", (h, FS, True), b], indent=False)
        else:
            para(doc, [(h, KT, False), b])
        clauses.append(h + b)

    h4 = "四、加强组织协调。"
    b4 = ("封关验收工作时间紧、任务重、标准高，各单位要高度重视，明确一名分管负责同志和一名具体联络员，于6月10日前将"
          "《湛江综合保税区封关验收企业基本情况登记表》报送管委会经济发展局。管委会将建立每周调度机制，对材料准备进度"
          "实行台账管理，对进度滞后的单位予以督办。")
    para(doc, [(h4, HT, False), b4])
    clauses.append(h4 + b4)

    c_contact = ("联系人：管委会经济发展局林志强，联系电话：0759-3387216；管委会规划建设局吴海燕，联系电话："
                 "0759-3387235。")
    para(doc, [c_contact])
    clauses.append(c_contact)

    empty(doc)
    att1 = "湛江综合保税区封关验收企业基本情况登记表"
    att2 = "封关验收材料真实性承诺书（样式）"
    para(doc, ["附件：1．" + att1])
    # quirk: second attachment aligned with typed full-width spaces
    para(doc, ["　　　　　 2．" + att2], indent=False)
    empty(doc, 3)

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run(issuer + "　　"), FS)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2025年6月4日　　　　"), FS)
    empty(doc)
    para(doc, ["（此件公开发布）"])
    empty(doc, 2)

    # 版记
    p = doc.add_paragraph()
    fmt(p, indent=False)
    top_rule(p, sz=12)
    bottom_rule(p, sz=4)
    set_font(p.add_run("抄送：湛江海关，湛江市商务局、发展改革局、财政局。"), FS, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    bottom_rule(p, sz=12)
    set_font(p.add_run(" 湛江综合保税区管理委员会办公室                 2025年6月4日印发"), FS, size=14)

    page_number_footer(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    meta = {
        "title": title,
        "doc_number": doc_no,
        "issuer": [issuer],
        "date": "2025-06-04",
        "published": None,
        "level": "zone",
        "region": "湛江综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "通知",
        "recipients": ["管委会各局（办）", "区内各入驻企业", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_zhengzhou, doc_zhanjiang):
        stem, path, objs = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
