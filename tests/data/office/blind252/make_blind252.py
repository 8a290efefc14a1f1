# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 252: how 自贸试验区片区, 综合保税区, 保税港区, 跨境电商综试区 and 开发区 are named
in texts of provincial and city offices in 广东, 福建, 四川 and 广西.

Writes every file next to itself plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind252.py
"""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"

SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0, size=SAN):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, size=SAN,
         before=0, after=0):
    """parts: list of (text, font[, bold]) ; text may contain '\\v' = soft line break."""
    if isinstance(parts, str):
        parts = [(parts, FS)]
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after, size)
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        pieces = text.split("\v")
        for i, piece in enumerate(pieces):
            if i:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            r = p.add_run(piece)
            set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)


def add_field(p, instr, font=FS, size=SI):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, font, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r2._r.append(t)
    r3 = p.add_run()
    set_font(r3, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def page_number_footer(doc, section, odd_even=True):
    """GB/T 9704: 4号半角宋体 “— N —”, 单页居右、双页居左."""
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd_even else WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", SI)
    add_field(p, "PAGE", "宋体", SI)
    r = p.add_run(" —")
    set_font(r, "宋体", SI)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        section.even_page_footer.is_linked_to_previous = False
        ef = section.even_page_footer
        q = ef.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = q.add_run("— ")
        set_font(r, "宋体", SI)
        add_field(q, "PAGE", "宋体", SI)
        r = q.add_run(" —")
        set_font(r, "宋体", SI)


def red_head(doc, org_lines, docnum, size=30):
    for _ in range(1):
        para(doc, "", indent=False)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=size + 10)
    for i, line in enumerate(org_lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(line)
        set_font(r, XBS, size, False, RED)
    para(doc, "", indent=False)
    p = para(doc, docnum, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)


def title(doc, lines, as_breaks=True):
    if as_breaks:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
        for i, line in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(line)
            set_font(r, XBS, ER)
    else:
        for line in lines:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
            r = p.add_run(line)
            set_font(r, XBS, ER)
    para(doc, "", indent=False)


def signoff(doc, org, date, public=True):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    if public:
        para(doc, "（此件公开发布）")


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, [(cc, FS)], indent=False, size=SI)
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    bottom_border(p, "000000", 8, top=True)
    bottom_border(p, "000000", 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, size=SI)
    p.paragraph_format.left_indent = Pt(SI)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, SI)
    tabs = p.paragraph_format.tab_stops
    tabs.add_tab_stop(Mm(150), alignment=2)  # right tab
    bottom_border(p, "000000", 8)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = p.add_run(text)
    set_font(r, font, size, bold)


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def make_table(doc, header, rows, merges, widths_mm, size=12, left_cols=()):
    """rows: full values (merged cells carry the same value); merges: list of
    (col, first_row, last_row) 0-based over data rows."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HEI, size)
    # 标题行重复: the header row is repeated at the top of every page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    skip = set()
    for col, a, b in merges:
        for i in range(a + 1, b + 1):
            skip.add((i, col))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            set_cell(t.cell(i + 1, j), v, FS, size,
                     align=WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    for col, a, b in merges:
        t.cell(a + 1, col).merge(t.cell(b + 1, col))
        set_cell(t.cell(a + 1, col), rows[a][col], FS, size)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    for j, w in enumerate(widths_mm):
        for row in t.rows:
            row.cells[j].width = Mm(w)
    return t


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_252",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


EXPECTED = {}


FTA_GD = "中国（广东）自由贸易试验区"
FTA_FJ = "中国（福建）自由贸易试验区"
FTA_SC = "中国（四川）自由贸易试验区"
FTA_GX = "中国（广西）自由贸易试验区"


def key(text, n=24):
    return text[:n]


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def auto_merges(rows, cols):
    """vertical merges for runs of equal values in the given columns"""
    out = []
    for c in cols:
        a = 0
        while a < len(rows):
            b = a
            while b + 1 < len(rows) and rows[b + 1][c] == rows[a][c]:
                b += 1
            if b > a:
                out.append((c, a, b))
            a = b + 1
    return out


# ======================================================= 1. 广东省商务厅 保税维修试点名单
def make_guangdong():
    stem = "blind252_guangdong_tongzhi"
    clauses, specific = [], {}
    doc = new_doc()
    page_number_footer(doc, doc.sections[0])
    red_head(doc, ["广东省商务厅文件"], "粤商务贸字〔2024〕12号", size=36)
    title(doc, ["广东省商务厅关于公布第二批", "保税维修试点项目名单的通知"])
    para(doc, "广州、深圳、珠海、汕头、佛山、江门、湛江、东莞、梅州市商务局，各有关综合保税区管理机构：",
         indent=False)
    pre = ("为贯彻落实党中央、国务院关于推进高水平对外开放、高质量共建“一带一路”的决策部署，支持综合保税区发展"
           "保税维修等新业态，根据《商务部 生态环境部 海关总署关于支持综合保税区内企业开展维修业务的公告》"
           "（2020年第16号）等规定，经各地级以上市商务主管部门推荐、专家评审并征求相关海关和生态环境部门意见，"
           "确定广州穗航航空部件维修有限公司等32个项目为第二批保税维修试点项目（名单见附件）。"
           "现将有关事项通知如下：")
    para(doc, pre)
    clauses.append(pre)

    def item(label, head, body, places=None):
        para(doc, [(label, HEI), (head, HEI), (body, FS)])
        text = label + head + body
        clauses.append(text)
        if places:
            specific[key(text)] = places

    item("一、", "严格按目录开展维修业务。",
         "试点企业应在附件所列所在区域内开展保税维修，维修产品限于《综合保税区维修产品目录》和附件所列产品范围，"
         "不得开展国家禁止进口的旧机电产品、固体废物和危险废物的维修业务。维修后的货物原则上复运出境，"
         "可经广州南沙港区、深圳盐田港区、广州白云机场等口岸出境；确需内销的，按规定办理进口手续。")
    item("二、", "规范综合保税区外试点项目管理。",
         "第7、15、18号项目位于" + FTA_GD + "广州南沙新区片区、深圳前海蛇口片区和珠海横琴新区片区内、"
         "综合保税区外，试点企业维修产品限于本企业自产产品或集团内企业生产的产品，实行“一企一策”监管；"
         "所在片区管委会要会同主管海关建立维修料件和维修后产品全流程台账，并于每年1月底前报送上一年度试点情况。",
         [FTA_GD + "广州南沙新区片区", FTA_GD + "深圳前海蛇口片区", FTA_GD + "珠海横琴新区片区"])
    item("三、", "推动航空维修集聚发展。",
         "支持广州白云机场综合保税区（以下简称白云机场综保区）、珠海高栏港综合保税区建设航空维修基地，"
         "对两区内试点企业开展航空发动机、机载设备保税维修的，所在地级以上市可在现有政策框架内给予场地租金、"
         "人才引进等支持；白云机场综保区试点企业可探索承接“一带一路”共建国家航空公司在役飞机部件的维修业务。",
         ["广州白云机场综合保税区", "珠海高栏港综合保税区"])
    item("四、", "支持前海综保区、南沙综保区先行先试。",
         "深圳前海综合保税区、广州南沙综合保税区可在风险可控前提下，探索开展船舶、海工装备及半导体设备等"
         "高技术含量、高附加值产品“两头在外”保税维修，相关经验经评估后在全省综合保税区复制推广。",
         ["深圳前海综合保税区", "广州南沙综合保税区"])
    item("五、", "落实属地管理责任。",
         "各地级以上市商务主管部门要会同海关、生态环境等部门，加强对试点项目的事中事后监管，督促试点企业"
         "建立健全环境保护和安全生产制度；对发生违规行为的，按程序取消试点资格。")
    item("六、", "做好统计监测和评估。",
         "各综合保税区管理机构应于每季度结束后10日内，通过广东省商务运行监测平台报送试点项目维修业务量、"
         "进出口额等数据，报表格式可参照深圳前海综合保税区已使用的保税维修数据报送模板。试点期限为2年，"
         "自2024年6月1日起至2026年5月31日止，期满后由省商务厅组织评估。")

    para(doc, "", indent=False)
    p = para(doc, "附件：第二批保税维修试点项目名单")
    signoff(doc, "广东省商务厅", "2024年5月20日", public=False)
    para(doc, "（此件主动公开）")

    # ---- 附件 on a new page
    page_break(doc)
    para(doc, [("附件", HEI)], indent=False)
    para(doc, "", indent=False)
    p = para(doc, [("第二批保税维修试点项目名单", XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             size=ER, line=36)
    para(doc, "", indent=False)
    header = ["序号", "地市", "企业名称", "维修产品", "所在区域"]
    raw = [
        ("广州市", "广州穗航航空部件维修有限公司", "航空发动机短舱、起落架部件", "广州白云机场综合保税区"),
        ("广州市", "广州空港飞机附件技术有限公司", "机载电子设备、航空仪表", "广州白云机场综合保税区"),
        ("广州市", "广州南沙智维精密设备有限公司", "半导体检测设备", "广州南沙综合保税区"),
        ("广州市", "广州海之链船舶科技有限公司", "船用发动机及电子仪器", "广州南沙综合保税区"),
        ("广州市", "广州黄埔芯测科技有限公司", "集成电路测试板卡", "广州黄埔综合保税区"),
        ("广州市", "广州开发区高科医疗影像设备有限公司", "医用CT、磁共振设备部件", "广州黄埔综合保税区"),
        ("广州市", "广州南沙重工装备维修有限公司", "港口起重机械", "自贸试验区南沙片区（综合保税区外）"),
        ("深圳市", "深圳前海讯联通信设备有限公司", "通信基站设备", "深圳前海综合保税区"),
        ("深圳市", "深圳前海航辰无人机科技有限公司", "工业级无人机", "深圳前海综合保税区"),
        ("深圳市", "深圳盐田港智能终端维修服务有限公司", "手机、平板电脑", "深圳盐田综合保税区"),
        ("深圳市", "深圳盐田环球冷链设备有限公司", "冷藏集装箱制冷机组", "深圳盐田综合保税区"),
        ("深圳市", "深圳坪山新能源电池检测有限公司", "动力电池模组", "深圳坪山综合保税区"),
        ("深圳市", "深圳坪山康达医疗器械有限公司", "体外诊断仪器", "深圳坪山综合保税区"),
        ("深圳市", "深圳华芯云服务器有限公司", "服务器主板、存储设备", "深圳福田保税区"),
        ("深圳市", "深圳蛇口海洋工程装备有限公司", "海洋工程装备控制系统", "自贸试验区前海蛇口片区（综合保税区外）"),
        ("珠海市", "珠海高栏港船舶电子有限公司", "船舶导航及通信设备", "珠海高栏港综合保税区"),
        ("珠海市", "珠海翔翼航空技术有限公司", "通用航空器发动机", "珠海高栏港综合保税区"),
        ("珠海市", "珠海横琴澳科医疗设备有限公司", "医学影像设备", "自贸试验区横琴片区（综合保税区外）"),
        ("汕头市", "汕头海滨超声仪器有限公司", "医用超声诊断设备", "汕头综合保税区"),
        ("汕头市", "汕头澄海智能玩具装备有限公司", "注塑成型设备", "汕头综合保税区"),
        ("汕头市", "汕头潮联纺织机械有限公司", "纺织机械", "汕头综合保税区"),
        ("佛山市", "佛山顺德精工机器人有限公司", "工业机器人", "佛山综合保税区"),
        ("佛山市", "佛山南海数控机床服务有限公司", "数控机床", "佛山综合保税区"),
        ("佛山市", "佛山禅城陶瓷装备有限公司", "陶瓷压机", "佛山综合保税区"),
        ("江门市", "江门江海游艇动力有限公司", "游艇动力系统", "江门综合保税区"),
        ("江门市", "江门新会摩托车发动机有限公司", "摩托车发动机", "江门综合保税区"),
        ("湛江市", "湛江南海船舶机械维修有限公司", "船用柴油机", "湛江综合保税区"),
        ("湛江市", "湛江宝港冶金设备有限公司", "冶金设备控制系统", "湛江综合保税区"),
        ("东莞市", "东莞虎门港精密电子有限公司", "激光打印机、复印机", "东莞虎门港综合保税区"),
        ("东莞市", "东莞长安模具科技有限公司", "精密模具", "东莞虎门港综合保税区"),
        ("东莞市", "东莞松湖智能装备有限公司", "电子元器件贴装设备", "东莞虎门港综合保税区"),
        ("梅州市", "梅州客都电子科技有限公司", "印制电路板检测设备", "梅州综合保税区"),
    ]
    full = {
        "自贸试验区南沙片区（综合保税区外）": FTA_GD + "广州南沙新区片区",
        "自贸试验区前海蛇口片区（综合保税区外）": FTA_GD + "深圳前海蛇口片区",
        "自贸试验区横琴片区（综合保税区外）": FTA_GD + "珠海横琴新区片区",
    }
    rows = [[str(i + 1)] + list(r) for i, r in enumerate(raw)]
    make_table(doc, header, rows, auto_merges(rows, [1, 4]), [12, 18, 52, 36, 38], size=11,
               left_cols=(2,))
    for r in rows:
        text = row_clause(header, r)
        clauses.append(text)
        specific[key(text, 30)] = [full.get(r[4], r[4])]

    banji(doc, "抄送：商务部外贸司，广州海关、深圳海关、拱北海关、汕头海关、黄埔海关、湛江海关，"
               "省财政厅、生态环境厅。", "广东省商务厅办公室", "2024年5月22日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "广东省商务厅关于公布第二批保税维修试点项目名单的通知",
        "doc_number": "粤商务贸字〔2024〕12号",
        "issuer": ["广东省商务厅"],
        "date": "2024-05-20",
        "published": "2024-05-22",
        "level": "provincial",
        "region": "广东省",
        "effective": "2024-06-01",
        "expires": "2026-05-31",
        "attachments": ["第二批保税维修试点项目名单"],
        "doc_type": "通知",
        "recipients": ["广州、深圳、珠海、汕头、佛山、江门、湛江、东莞、梅州市商务局", "各有关综合保税区管理机构"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 2. 福州市政府办公厅 实施意见
def make_fuzhou():
    stem = "blind252_fuzhou_yijian"
    clauses, specific = [], {}
    JY = "福州江阴港综合保税区"
    FZ = "福州综合保税区"
    PQ = FTA_FJ + "福州片区"
    doc = new_doc()
    page_number_footer(doc, doc.sections[0])
    red_head(doc, ["福州市人民政府办公厅文件"], "榕政办规〔2024〕7号", size=30)
    # title in two separate paragraphs
    title(doc, ["福州市人民政府办公厅关于推动综合保税区", "与自贸试验区福州片区联动发展的实施意见"],
          as_breaks=False)
    para(doc, "各县（市）区人民政府，福州新区管委会，福州高新区、福州经济技术开发区、江阴港城经济区管委会，"
              "市直各委、办、局（公司）：", indent=False)
    pre = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和加快建设21世纪海上丝绸之路核心区的"
           "部署要求，推动" + FZ + "、" + JY + "（以下统称综保区）与" + PQ + "（以下简称福州片区）"
           "联动发展，打造开放型经济新高地，经市政府同意，现提出如下实施意见。")
    para(doc, pre)
    clauses.append(pre)

    def h1(t):
        para(doc, [(t, HEI)])

    def item(label, head, body, places=None, soft_at=None):
        text = label + head + body
        b = body
        if soft_at:
            k = b.index(soft_at)
            b = b[:k] + "\v" + b[k:]
        para(doc, [(label + head, KAI), (b, FS)])
        clauses.append(text)
        if places:
            specific[key(text)] = places

    h1("一、总体要求")
    goal = ("坚持“区港联动、区区联动、内外联动”，以制度创新为核心，以项目招引为抓手，到2027年，全市综保区进出口"
            "总额突破1000亿元，保税维修、保税研发、跨境电商等新业态进出口额占比提高到30%以上，"
            "开放型经济质量效益显著提升。")
    para(doc, goal)
    clauses.append(goal)

    h1("二、重点任务")
    item("（一）", "提升江阴综保区港口物流功能。",
         "支持" + JY + "（以下简称江阴综保区）依托江阴港区开展国际中转、集拼分拨和保税仓储业务。"
         "对在江阴综保区内新开展国际中转集拼业务的企业，按实际中转量给予每标箱50元补助，单家企业每年最高200万元。"
         "（责任单位：福清市人民政府、江阴港城经济区管委会、福州海关、市商务局）", [JY])
    item("（二）", "推动加工贸易提质增效。",
         "对年加工贸易进出口额首次突破5000万元、1亿元、5亿元的企业，分别给予20万元、50万元、100万元一次性奖励；"
         "支持企业开展“委内加工”和“保税+ERP”监管改革试点。本条措施适用于在" + FZ + "内注册的加工贸易企业。"
         "（责任单位：福州经济技术开发区管委会、市商务局、市财政局）", [FZ])
    item("（三）", "发展“保税+”新业态。",
         "一是在江阴综保区开展船舶、工程机械保税维修和再制造业务；二是在福州综保区开展集成电路、生物医药保税研发"
         "和保税检测业务；三是支持福州片区内企业开展保税展示交易，允许展示商品在海关监管下出区展示。"
         "（责任单位：市商务局、福州海关，福清市、马尾区人民政府）", [JY, FZ, PQ], soft_at="二是")
    item("（四）", "建设跨境电商综试区。",
         "依托中国（福州）跨境电子商务综合试验区线上综合服务平台，推广跨境电商B2B直接出口（9710）和出口海外仓"
         "（9810）模式。对企业在“一带一路”共建国家新建或租用面积2000平方米以上的海外仓，按实际投资额的20%给予"
         "补助，最高100万元。鼓励复制推广平潭综合实验区对台跨境电商经验。（责任单位：市商务局、福州海关）")
    item("（五）", "畅通国际物流通道。",
         "加密福州至东南亚、中东的集装箱航线，推动“丝路海运”与中欧班列衔接，对经江阴港区、马尾港区出口至"
         "“一带一路”共建国家的海铁联运集装箱，按每标箱200元给予运费补贴。（责任单位：市交通运输局、市口岸办）")
    item("（六）", "深化福州片区制度创新。",
         "支持福州片区对标国际高标准经贸规则，开展首创性、差异化改革探索。（责任单位：福州片区管委会、市商务局）",
         [PQ])
    subs = ["1.在福州片区开展跨境服务贸易负面清单管理试点，放宽航运、专业服务等领域准入限制。",
            "2.支持片区内企业开展离岸贸易，对真实合规的离岸转手买卖业务提供跨境资金结算便利。",
            "3.对在福州片区内新设立的区域总部、功能性总部，按实缴注册资本的1%给予落户奖励，最高500万元。"]
    for s in subs:
        para(doc, s)
        clauses.append(s)
        specific[key(s)] = [PQ]
    item("（七）", "推动开发区外贸转型升级。",
         "对福州经济技术开发区、福清融侨经济技术开发区、福州高新技术产业开发区内年进出口额首次突破1亿元的企业，"
         "给予30万元一次性奖励。（责任单位：各开发区管委会、市商务局）",
         ["福州经济技术开发区", "福清融侨经济技术开发区", "福州高新技术产业开发区"])
    item("（八）", "加大金融支持力度。",
         "鼓励金融机构开发“关税保函”“跨境贸易融资”等产品，扩大出口信用保险对小微外贸企业的覆盖面，"
         "对企业投保短期出口信用保险的，按实缴保费的50%给予补助。（责任单位：市委金融办、市商务局）")

    # the 保障措施 start on a new page, as this office forces it
    page_break(doc)
    h1("三、保障措施")
    item("（九）", "加强组织领导。",
         "建立由市政府分管领导牵头，市商务局、福州海关、福州片区管委会等单位参加的联动发展工作机制，"
         "定期研究解决重大问题。")
    item("（十）", "强化评估考核。",
         "将综保区和福州片区联动发展工作纳入市直部门和县（市）区绩效考评，相关数据以福州海关、市商务局"
         "统计数据为准。")
    last = ("本意见自2024年8月1日起施行，有效期至2027年7月31日。《福州市人民政府办公厅关于促进福州保税港区"
            "加快发展的若干意见》（榕政办〔2019〕112号）同时废止。")
    para(doc, last)
    clauses.append(last)

    signoff(doc, "福州市人民政府办公厅", "2024年7月15日", public=False)
    para(doc, "（此件主动公开）")
    banji(doc, "抄送：市委各部门，福州警备区，市人大常委会办公厅、市政协办公厅，市中级人民法院、"
               "市人民检察院，各人民团体，各民主党派。", "福州市人民政府办公厅", "2024年7月16日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "福州市人民政府办公厅关于推动综合保税区与自贸试验区福州片区联动发展的实施意见",
        "doc_number": "榕政办规〔2024〕7号",
        "issuer": ["福州市人民政府办公厅"],
        "date": "2024-07-15",
        "published": "2024-07-16",
        "level": "municipal",
        "region": "福州市",
        "effective": "2024-08-01",
        "expires": "2027-07-31",
        "attachments": [],
        "doc_type": "实施意见",
        "recipients": ["各县（市）区人民政府", "福州新区管委会", "福州高新区、福州经济技术开发区、江阴港城经济区管委会",
                       "市直各委、办、局（公司）"],
        "publicity": "此件主动公开",
        "repeals": "《福州市人民政府办公厅关于促进福州保税港区加快发展的若干意见》（榕政办〔2019〕112号）",
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 3. 成都市商务局 网页
def make_chengdu():
    stem = "blind252_chengdu_cuoshi"
    clauses, specific = [], {}
    GX = "成都高新综合保税区"
    TL = "成都国际铁路港综合保税区"
    TF = "成都天府国际机场综合保税区"
    TITLE = "成都市商务局 成都市财政局关于印发《成都市推进综合保税区与跨境电商联动发展若干措施》的通知"
    cover = "现将《成都市推进综合保税区与跨境电商联动发展若干措施》印发给你们，请结合实际抓好贯彻落实。"
    pre = ("为深入贯彻落实国家关于推动共建“一带一路”高质量发展和促进跨境电商健康持续创新发展的部署，"
           "发挥综合保税区政策功能优势，推动综合保税区与中国（成都）跨境电子商务综合试验区联动发展，"
           "加快建设内陆开放高地，制定以下措施。")
    items = [
        ("一、支持网购保税进口业务发展。",
         "对在" + GX + "、" + TL + "开展跨境电商网购保税进口（1210）业务的企业，年度进口额首次突破1亿元的，"
         "给予50万元一次性奖励；年度进口额同比增长30%以上的，按增量部分的1%给予奖励，最高200万元。",
         [GX, TL], None),
        ("二、支持航空物流枢纽建设。",
         "对在" + TF + "（以下简称天府综保区）开展跨境电商航空货运包机业务的企业，每架次给予最高10万元补助；"
         "支持天府综保区建设跨境电商国际分拨中心。本条适用于在天府综保区内注册且实际经营的企业。",
         [TF], "本条适用于"),
        ("三、支持海外仓建设。",
         "对在“一带一路”共建国家新建或租用海外仓、面积达到3000平方米以上的企业，按实际投资额的20%给予补助，"
         "最高300万元。重点支持在华沙、迪拜、吉隆坡等节点城市布局公共海外仓。", None, None),
        ("四、支持中欧班列跨境电商专列。",
         "对利用中欧班列（成渝）从成都国际铁路港发运跨境电商出口货物的企业，按每标准箱1000元给予运费补贴，"
         "单家企业每年最高100万元。", None, None),
        ("五、支持自贸试验区片区先行先试。",
         "支持" + FTA_SC + "成都天府新区片区、成都青白江铁路港片区（以下统称成都片区）开展跨境电商零售进口药品、"
         "跨境电商B2B出口监管创新试点，对形成全国首创制度创新成果的，给予牵头单位一次性奖励20万元。",
         [FTA_SC + "成都天府新区片区", FTA_SC + "成都青白江铁路港片区"], None),
        ("六、支持跨境电商产业园区建设。",
         "对经认定的跨境电商产业园区，按下表标准给予奖补：", None, None),
    ]
    t_header = ["园区类型", "适用范围", "奖补标准"]
    t_rows = [["综保区跨境电商产业园", GX + "、" + TL + "、" + TF,
               "按新增跨境电商业务用房面积每平方米给予30元补助，最高300万元"],
              ["市级跨境电商产业园", "全市", "一次性给予100万元奖励"],
              ["跨境电商直播基地", "全市", "一次性给予50万元奖励"]]
    t_places = [[GX, TL, TF], None, None]
    items2 = [
        ("七、支持人才培养。",
         "鼓励高校、职业院校与跨境电商企业共建实训基地，对年培训跨境电商人才500人次以上的机构，"
         "给予最高30万元补助。", None, None),
        ("八、附则。",
         "本措施适用于在成都市行政区域内（含四川天府新区成都直管区、成都东部新区、成都高新区）依法注册、"
         "具有独立法人资格的企业和机构。同一项目符合本市其他同类政策的，按“就高不重复”原则执行。"
         "本措施由市商务局会同市财政局负责解释，自2024年10月1日起施行，有效期至2026年12月31日。", None, None),
    ]

    def p_item(head, body, br_at):
        if br_at:
            k = body.index(br_at)
            body = body[:k] + "<br/>" + body[k:]
        return (f'<p style="text-indent:2em;line-height:2;font-family:仿宋_GB2312;font-size:16pt;">'
                f'<strong>{head}</strong>{body}</p>')

    h = []
    h.append('<p style="text-align:center;font-family:仿宋_GB2312;font-size:16pt;">成商务发〔2024〕19号</p>')
    h.append('<p style="line-height:2;">各区（市）县商务主管部门、财政局，四川天府新区、成都东部新区、成都高新区'
             '有关部门，各有关企业：</p>')
    h.append(f'<p style="text-indent:2em;line-height:2;">{cover}</p>')
    clauses.append(cover)
    h.append('<p style="text-align:right;line-height:2;">成都市商务局&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
             '&nbsp;&nbsp;成都市财政局&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    h.append('<p style="text-align:right;line-height:2;">2024年9月10日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
             '&nbsp;&nbsp;</p>')
    h.append('<p style="text-indent:2em;line-height:2;">（此件公开发布）</p>')
    h.append('<p>&nbsp;</p>')
    h.append('<p style="text-align:center;line-height:1.6;"><strong><span style="font-size:22pt;'
             'font-family:方正小标宋简体;">成都市推进综合保税区与跨境电商<br/>联动发展若干措施</span></strong></p>')
    h.append(f'<p style="text-indent:2em;line-height:2;">{pre}</p>')
    clauses.append(pre)
    for head, body, places, br in items:
        h.append(p_item(head, body, br))
        clauses.append(head + body)
        if places:
            specific[key(head + body)] = places
    tbl = ['<table border="1" cellspacing="0" cellpadding="6" width="90%" '
           'style="border-collapse:collapse;margin:0 auto;font-size:14pt;">',
           "<tbody>",
           "<tr>" + "".join(f'<td style="text-align:center;background:#f2f2f2;"><strong>{x}</strong></td>'
                            for x in t_header) + "</tr>",
           f"<tr><td>{t_rows[0][0]}</td><td>{t_rows[0][1]}</td><td>{t_rows[0][2]}</td></tr>",
           f'<tr><td>{t_rows[1][0]}</td><td rowspan="2" style="text-align:center;vertical-align:middle;">'
           f'{t_rows[1][1]}</td><td>{t_rows[1][2]}</td></tr>',
           f"<tr><td>{t_rows[2][0]}</td><td>{t_rows[2][2]}</td></tr>",
           "</tbody></table>"]
    h.append("\n".join(tbl))
    for r, pl in zip(t_rows, t_places):
        text = row_clause(t_header, r)
        clauses.append(text)
        if pl:
            specific[key(text)] = pl
    for head, body, places, br in items2:
        h.append(p_item(head, body, br))
        clauses.append(head + body)

    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{TITLE} - 成都市商务局</title>
<meta name="SiteName" content="成都市商务局">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-09-12 10:05">
<meta name="ContentSource" content="成都市商务局">
<style>
 body{{font-family:"Microsoft YaHei",SimSun;margin:0;}} .wrap{{width:1100px;margin:0 auto;}}
 .art-title{{font-size:24px;text-align:center;color:#222;margin:20px 0 10px;line-height:1.6;}}
 .art-info{{text-align:center;color:#888;font-size:14px;border-bottom:1px dashed #ccc;padding-bottom:10px;}}
</style>
</head>
<body>
<div class="top-bar"><div class="wrap">欢迎访问成都市商务局网站&nbsp;|&nbsp;<a href="/wza/">无障碍</a>&nbsp;|&nbsp;<a href="/en/">English</a></div></div>
<div class="header"><div class="wrap"><img src="/images/logo_swj.png" alt="成都市商务局"/>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/kfhz/">开放合作</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div></div>
<div class="wrap">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zcwj/">政策文件</a></div>
<div class="article">
<h2 class="art-title">{TITLE}</h2>
<div class="art-info">发布日期：2024-09-12&nbsp;&nbsp;&nbsp;&nbsp;来源：成都市商务局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2386</span>&nbsp;&nbsp;&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="art-content" id="zoom">
{chr(10).join(h)}
</div>
<div class="related"><span>相关解读：</span><a href="/xxgk/zcjd/2024/0912/jd1186.html">图解：《成都市推进综合保税区与跨境电商联动发展若干措施》</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</div>
<div class="footer"><div class="wrap">主办单位：成都市商务局&nbsp;&nbsp;地址：成都市高新区锦城大道366号<br/>蜀ICP备05012345号&nbsp;&nbsp;川公网安备 51019002001234号&nbsp;&nbsp;网站标识码：5101000099</div></div>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    meta = {
        "title": TITLE,
        "doc_number": "成商务发〔2024〕19号",
        "issuer": ["成都市商务局", "成都市财政局"],
        "date": "2024-09-10",
        "published": "2024-09-12",
        "level": "municipal",
        "region": "成都市",
        "effective": "2024-10-01",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区（市）县商务主管部门、财政局", "四川天府新区、成都东部新区、成都高新区有关部门",
                       "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 4. 广西商务厅 复函 (信函格式)
def double_rule(p, edge="bottom", val="thickThinSmallGap"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + edge)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), "24")
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "E60012")
    bdr.append(el)


def make_guangxi():
    stem = "blind252_guangxi_han"
    clauses, specific = [], {}
    QZ = "钦州综合保税区"
    BG = "钦州保税港区"
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin = Mm(30)
    page_number_footer(doc, sec)
    # 信函格式: 首页不显示页码, a red double rule at the foot of the first page
    sec.different_first_page_header_footer = True
    fp = sec.first_page_footer.paragraphs[0]
    fmt(fp, WD_ALIGN_PARAGRAPH.CENTER, False, line=12)
    double_rule(fp, "top", "thinThickSmallGap")

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=44)
    r = p.add_run("广西壮族自治区商务厅")
    set_font(r, XBS, 34, False, RED)
    p = para(doc, "", indent=False, line=10)
    double_rule(p, "bottom", "thickThinSmallGap")
    p = para(doc, "桂商贸函〔2024〕215号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    title(doc, ["广西壮族自治区商务厅关于支持", "钦州综合保税区高质量发展有关事项的复函"])
    para(doc, "钦州市人民政府：", indent=False)
    pre = ("你市《关于恳请支持钦州综合保税区高质量发展有关事项的请示》（钦政报〔2024〕31号）收悉。"
           "经研究，现函复如下：")
    para(doc, pre)
    clauses.append(pre)

    def item(label, head, body, places=None):
        para(doc, [(label + head, HEI), (body, FS)])
        text = label + head + body
        clauses.append(text)
        if places:
            specific[key(text)] = places

    item("一、", "关于钦州保税港区整合优化。",
         "原则同意你市将" + BG + "整合优化为综合保税区的工作思路。请你市按照海关总署有关要求，抓紧编制整合优化"
         "方案和规划布局图，我厅将会同南宁海关、自治区发展改革委等单位做好指导服务，条件成熟后按程序报批。", [BG])
    item("二、", "关于开展保税维修和再制造业务。",
         "支持" + QZ + "（以下简称钦州综保区）内企业按照“两头在外”模式开展船舶、工程机械和新能源汽车动力电池"
         "保税维修业务，具体可参照南宁综合保税区、凭祥综合保税区已开展的保税维修经验做法。我厅将积极配合你市"
         "向商务部、海关总署争取扩大维修产品目录。", [QZ])
    item("三、", "关于跨境电商业务。",
         "支持你市在" + FTA_GX + "钦州港片区建设跨境电商监管中心和面向东盟的跨境电商产业园，开展跨境电商B2B直接"
         "出口（9710）、出口海外仓（9810）业务；对片区内经认定的跨境电商产业园，按规定从自治区商务发展专项资金"
         "中予以支持。", [FTA_GX + "钦州港片区"])
    item("四、", "关于通关便利化。",
         "我厅将会同南宁海关，对经钦州港、北海铁山港出口至东盟国家的货物全面推广“提前申报”“两步申报”"
         "“船边直提”等便利化措施，推动西部陆海新通道海铁联运班列与中越跨境班列衔接。")
    item("五、", "关于资金支持。",
         "对钦州综保区在全国综合保税区发展绩效评估中等级提升的，自治区商务发展专项资金给予一次性奖励300万元；"
         "对钦州综保区内新引进的年进出口额超过10亿元的加工贸易项目，按“一事一议”方式给予支持。", [QZ])
    item("六、", "关于《钦州综合保税区企业扶持办法（送审稿）》。",
         "该办法第二条“本办法适用于钦州综合保税区内企业”的适用范围较窄，建议修改为“本办法适用于钦州综合保税区、"
         "钦州保税港区内注册的企业”，并与自治区相关政策做好衔接，避免重复支持。", [QZ, BG])
    para(doc, "特此函复。")

    signoff(doc, "广西壮族自治区商务厅", "2024年10月28日", public=True)
    para(doc, "（联系人：对外贸易发展处　韦明，电话：0771-2100000）", size=SAN)
    banji(doc, "抄送：自治区发展改革委、财政厅，南宁海关，中国（广西）自由贸易试验区工作办公室。",
          "广西壮族自治区商务厅办公室", "2024年10月29日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": "广西壮族自治区商务厅关于支持钦州综合保税区高质量发展有关事项的复函",
        "doc_number": "桂商贸函〔2024〕215号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2024-10-28",
        "published": "2024-10-29",
        "level": "provincial",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["钦州市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


if __name__ == "__main__":
    make_guangdong()
    make_fuzhou()
    make_chengdu()
    make_guangxi()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for k, v in EXPECTED.items():
        for d in v:
            print(k, len(d["clauses"]), "clauses", len(d["applies_to"]["specific"]), "specific")
