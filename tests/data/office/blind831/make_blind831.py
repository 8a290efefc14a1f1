# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 831: 自贸试验区工作动态 / 信息专报（领导批示）/ 落实批示情况报告.

Writes blind831_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:  # character spacing in twips
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return run


def fmt(p, align=None, first=Pt(32), line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def par(container, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color])."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), first=None, line=line)


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def page_field(p, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left_pg, right_pg, pg_size=14):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if left_pg is not None:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        font(fp.add_run(left_pg), SONG, pg_size)
        page_field(fp, pg_size)
        font(fp.add_run(right_pg), SONG, pg_size)


def cell_text(cell, text, name=FS, size=12, bold=False, align=C, line=18, color=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        font(p.add_run(t), name, size, bold, color)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, lines, size=14, line=22):
    """版记：lines between black rules (first gets a thicker top rule, last a bottom)."""
    ps = []
    for i, ln in enumerate(lines):
        if isinstance(ln, str):
            ln = [(ln, FS, size, False)]
        p = par(doc, ln, first=None, line=line, left=Pt(14), right=Pt(14))
        p.paragraph_format.keep_with_next = True
        ps.append(p)
    border(ps[0], "top", "000000", 12, 4)
    for p in ps[:-1]:
        border(p, "bottom", "000000", 4, 4)
    border(ps[-1], "bottom", "000000", 12, 4)


def textbox(p, paras, width_cm, height_cm, box_id):
    """Inline DrawingML text box (wps) holding paras: list of (runs, align)."""
    inner = []
    for runs, align in paras:
        rr = []
        for text, name, size, bold in runs:
            rr.append(
                '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
                '{b}<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>'
                .format(f=name, b="<w:b/>" if bold else "", s=size * 2, t=text))
        inner.append('<w:p><w:pPr><w:spacing w:line="520" w:lineRule="exact"/>'
                     '<w:ind w:firstLine="%d"/><w:jc w:val="%s"/></w:pPr>%s</w:p>'
                     % (0 if align != "both" else 640, align, "".join(rr)))
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    xml = (
        '<w:r %s><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="114300" tIns="45720" rIns="114300" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        % (nsdecls("w"), cx, cy, box_id, box_id, cx, cy, "".join(inner)))
    p._p.append(parse_xml(xml))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_831", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== DOC A
def doc_guangxi():
    """《自贸试验区工作动态》第7期 — 广西自贸办 简报, several 动态 with 小标题."""
    stem = "blind831_gx_gongzuodongtai"
    doc = Document()
    setup(doc, "- ", " -", 14)
    cl = []

    par(doc, [("内部资料　注意保存", HT, 14, False)], first=None, line=24)
    p = par(doc, [("自贸试验区工作动态", XBS, 40, False, RED)], align=C, first=None,
            line=64, before=18)
    par(doc, [("第7期（总第58期）", FS, 16, False)], align=C, first=None, line=30, before=6)
    empty(doc, 1, line=14)
    # 编印单位 left, date right — aligned with a right tab stop
    p = par(doc, [("广西壮族自治区自由贸易试验区工作领导小组办公室", KT, 14, False),
                  ("\t", KT, 14, False), ("2026年4月16日", KT, 14, False)],
            first=None, line=26)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6, "thinThickSmallGap")
    empty(doc, 1)

    def body(t, indent_spaces=False):
        cl.append(t)
        if indent_spaces:
            par(doc, IND + t, first=None)
        else:
            par(doc, t)

    def item_title(*lines):
        runs = []
        for i, ln in enumerate(lines):
            if i:
                runs.append("BR")
            runs.append((ln, HT, 16, False))
        par(doc, runs, align=C, first=None, line=30, before=10, after=4)

    def section(t):
        par(doc, [(t, XBS, 18, False, RED)], align=L, first=None, line=32, before=8)

    t = ("今年以来，自贸试验区各片区深入贯彻落实自治区党委、自治区人民政府关于高水平建设中国（广西）"
         "自由贸易试验区的部署要求，聚焦服务构建面向东盟的国际大通道，大胆试、大胆闯、自主改，一季度"
         "新形成制度创新成果23项，主要经济指标保持较快增长。现将近期各片区工作动态编印如下，供参阅。")
    cl.append("编者按：" + t)
    par(doc, [("编者按：", HT, 16, False), (t, KT, 16, False)])

    section("【片区动态】")
    item_title("南宁片区上线“跨境结算一站通”服务平台")
    body("3月28日，南宁片区联合中国人民银行广西壮族自治区分行、国家外汇管理局广西壮族自治区分局上线"
         "“跨境结算一站通”服务平台，整合跨境人民币结算、外汇收支申报、出口退税等12项高频业务，实现企业"
         "“一次登录、全程网办”。平台上线以来，已服务企业486家，办理跨境结算业务2317笔、金额38.6亿元，"
         "业务平均办理时长由2个工作日压缩至4小时。")
    body("下一步，南宁片区将推动平台与国际贸易“单一窗口”数据对接，探索开展面向东盟国家的人民币跨境贸易"
         "融资资产转让业务，进一步提升跨境金融服务便利化水平。（南宁片区管委会供稿）")

    # title broken by hand with Shift+Enter
    item_title("钦州港片区自动化集装箱码头“北斗+5G”", "智能调度模式获商务部推广")
    body("近日，商务部印发自贸试验区第六批“最佳实践案例”，钦州港片区报送的“自动化集装箱码头‘北斗+5G’"
         "智能调度模式”成功入选，这是广西自贸试验区首次有案例入选“最佳实践案例”。该模式依托北部湾港钦州"
         "自动化集装箱码头，集成北斗高精度定位、5G专网和智能闸口系统，实现集卡无人化调度和堆场作业全流程"
         "自动化，码头单桥作业效率提升至每小时36自然箱，较传统码头提高约20%，人工成本下降70%。")
    # pasted paragraph with a stray manual line break in mid-sentence
    a = ("一季度，钦州港完成集装箱吞吐量156.8万标箱，同比增长12.4%；西部陆海新通道海铁联运班列开行"
         "2485列，同比增长9.7%，")
    b = "通达国内18个省（区、市）72个城市、78个站点。（钦州港片区管委会供稿）"
    cl.append(a + b)
    par(doc, [(a, FS, 16, False), "BR", (b, FS, 16, False)])

    item_title("崇左片区中越跨境产业合作园区“两国双园”建设加快推进")
    body("崇左片区依托凭祥、龙州边境口岸优势，加快推进中越跨境产业合作园区建设。1-3月，片区新签约跨境"
         "产业项目17个，总投资达64.3亿元，涵盖红木加工、水果冷链、电子信息组装等领域。友谊关口岸智慧口岸"
         "一期项目投入试运行，货车“无人驾驶跨境运输”试点实现常态化运行，口岸货车通关时间由原来的平均6小时"
         "缩短至2小时以内。（崇左片区管委会供稿）", indent_spaces=True)

    section("【数据信息】")
    item_title("一季度自贸试验区主要经济指标保持较快增长")
    body("据统计，一季度广西自贸试验区新设企业5326户，同比增长15.2%；实际使用外资1.42亿美元，占全区的"
         "31.6%；实现进出口总额872.5亿元，同比增长18.7%，高于全区平均水平9.3个百分点。分片区情况如下：")
    par(doc, [("2026年一季度广西自贸试验区分片区主要指标", HT, 14, False)], align=C, first=None,
        line=24, before=6)
    par(doc, [("单位：户，万美元，亿元，%", FS, 12, False)], align=R, first=None, line=20)

    top = ["片区", "新设企业", "实际使用外资", "进出口总额"]
    sub = ["户数", "同比增长", "金额", "同比增长", "金额", "同比增长"]
    heads = ["片区"] + ["%s／%s" % (top[1 + i // 2], sub[i]) for i in range(6)]
    rows = [
        ["南宁片区", "3218", "16.8", "7630", "12.1", "312.4", "21.5"],
        ["钦州港片区", "1385", "11.4", "5120", "8.6", "386.7", "14.2"],
        ["崇左片区", "723", "15.9", "1450", "26.3", "173.4", "23.8"],
        ["合计", "5326", "15.2", "14200", "11.5", "872.5", "18.7"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [2.9, 1.9, 2.0, 2.0, 2.0, 2.0, 2.0])
    a0 = tb.cell(0, 0).merge(tb.cell(1, 0))
    cell_text(a0, "片区", HT, 12)
    for k in range(3):
        m = tb.cell(0, 1 + 2 * k).merge(tb.cell(0, 2 + 2 * k))
        cell_text(m, top[1 + k], HT, 12)
    for i, s_ in enumerate(sub):
        cell_text(tb.cell(1, 1 + i), s_, HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            cell_text(tb.cell(2 + ri, ci), v, HT if row[0] == "合计" else FS, 12)
        cl.append(row_clause(heads, row))
    note = ("注：进出口总额数据来源于南宁海关，新设企业数据来源于自治区市场监督管理局，实际使用外资数据为"
            "商务部统计快报数。")
    cl.append(note)
    par(doc, [(note, FS, 12, False)], first=None, line=20, before=4)

    section("【工作部署】")
    item_title("自治区自贸办召开一季度片区工作调度会")
    body("4月10日，自治区自贸办在南宁组织召开一季度片区工作调度会，通报一季度自贸试验区建设进展情况，听取"
         "各片区和自治区有关部门工作汇报，研究部署二季度重点工作。会议要求：")
    body("一是加快推进第二批自主改革事项落地，确保6月底前完成首批18项改革任务，形成可复制推广经验。",
         indent_spaces=True)
    body("二是对标《区域全面经济伙伴关系协定》(RCEP)等高标准经贸规则，在跨境服务贸易、数字贸易等领域"
         "开展压力测试。", indent_spaces=True)
    body("三是强化招商引资，聚焦新能源材料、电子信息、东盟特色农产品加工等产业链，二季度各片区新签约项目"
         "总投资不少于150亿元。", indent_spaces=True)

    empty(doc, 2)
    banji(doc, [
        "报：自治区党委、自治区人民政府领导同志，商务部自贸区港建设协调司。",
        "送：自治区自由贸易试验区工作领导小组成员单位。",
        "发：南宁、钦州港、崇左片区管委会，南宁市、钦州市、防城港市、崇左市人民政府。",
        "责任编辑：韦秋云　联系电话：0771-2108637　（共印80份）",
    ])

    expected[stem] = [{
        "meta": {
            "title": "自贸试验区工作动态",
            "doc_number": "第7期（总第58期）",
            "issuer": ["广西壮族自治区自由贸易试验区工作领导小组办公室"],
            "date": "2026-04-16",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "简报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return save(doc, stem)


# ====================================================================== DOC B
def doc_xiamen():
    """《信息专报》第15期 with a typed-in 领导批示 text box (批示件)."""
    stem = "blind831_xm_xinxizhuanbao"
    doc = Document()
    setup(doc, "—", "—", 14)
    cl = []

    par(doc, [("特急", HT, 16, False)], first=None, line=26)
    # spaced-out masthead typed with spaces between characters
    par(doc, [("信 息 专 报", XBS, 44, False, RED)], align=C, first=None, line=66, before=12)
    par(doc, [("第15期", FS, 16, False)], align=C, first=None, line=30)
    empty(doc, 1, line=12)
    # organ name broken by Shift+Enter, date pushed right by a tab
    p = par(doc, [("中国（福建）自由贸易试验区", KT, 15, False), "BR",
                  ("厦门片区管理委员会办公室", KT, 15, False), ("\t", KT, 15, False),
                  ("2026年5月16日", KT, 15, False)], first=None, line=26)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1, line=14)

    pishi = ("黄志远副市长5月18日批示：“丝路海运”是我市服务共建“一带一路”的重要品牌，厦门片区工作抓得实、"
             "成效好。请市商务局、市交通运输局、厦门港口管理局会同厦门片区管委会，认真研究报告中提出的建议，"
             "抓紧提出支持航运枢纽建设的具体举措，6月底前报市政府。")
    cl.append(pishi)
    p = doc.add_paragraph()
    fmt(p, align=C, first=None, line=12)
    p.paragraph_format.line_spacing = None
    textbox(p, [([("领导批示", HT, 16, False)], "center"),
                ([(pishi, KT, 16, False)], "both")], 15.4, 6.6, 1)
    empty(doc, 1)

    # title: two paragraphs
    par(doc, [("厦门自贸片区“丝路海运”航线网络加快拓展", XBS, 22, False)], align=C, first=None, line=36)
    par(doc, [("国际航运枢纽功能持续增强", XBS, 22, False)], align=C, first=None, line=36)
    empty(doc, 1)

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("今年以来，厦门自贸片区深入实施“丝路海运”品牌提升行动，持续加密航线网络、完善港航服务、创新监管"
         "模式，国际航运枢纽功能持续增强。1—4月，厦门港完成集装箱吞吐量423.6万标箱，同比增长7.8%，其中"
         "“丝路海运”命名航线完成集装箱吞吐量112.4万标箱，同比增长16.3%，占全港比重提高到26.5%。")
    head("一、主要做法和成效")
    runin("（一）航线网络持续加密。", "新开通厦门至沙特达曼、厦门至巴西桑托斯等“丝路海运”航线9条，"
          "“丝路海运”命名航线总数达到136条，通达全球46个国家和地区的148个港口。部分新开通航线情况见下表。")
    par(doc, [("表1　2026年1—4月厦门港新开通“丝路海运”航线情况（部分）", HT, 14, False)], align=C,
        first=None, line=24, before=4)
    hdr = ["序号", "航线名称", "经营企业", "开通时间", "班期"]
    rows = [
        ["1", "厦门—达曼（沙特）", "中远海运集装箱运输有限公司", "1月8日", "周班"],
        ["2", "厦门—桑托斯（巴西）", "地中海航运公司", "1月22日", "周班"],
        ["3", "厦门—胡志明（越南）", "厦门港务船务有限公司", "2月15日", "每周2班"],
        ["4", "厦门—吉大港（孟加拉国）", "达飞轮船公司", "3月3日", "10天班"],
        ["5", "厦门—比雷埃夫斯（希腊）", "中远海运集装箱运输有限公司", "3月19日", "周班"],
        ["6", "厦门—蒙巴萨（肯尼亚）", "太平船务有限公司", "4月11日", "半月班"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [1.3, 4.6, 5.0, 2.3, 2.2])
    for i, h in enumerate(hdr):
        cell_text(tb.cell(0, i), h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(tb.cell(ri, ci), v, FS, 12, align=L if ci in (1, 2) else C)
        cl.append(row_clause(hdr, row))
    note = "注：表中为2026年1—4月新开通“丝路海运”航线中的部分航线。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], first=None, line=20, before=4)
    empty(doc, 1, line=10)
    runin("（二）港航服务能级不断提升。", "依托厦门国际航运中心，推出“丝路海运”电子信息化平台2.0版，实现"
          "订舱、提单、物流跟踪等18项服务“一网通办”；联合厦门海关推行“船边直提”“抵港直装”模式，进口重箱"
          "平均提离时间压缩至1.8小时，出口重箱平均在港停留时间压缩至2.5天。")
    runin("（三）监管模式创新取得突破。", "在全国率先开展国际航行船舶保税燃料油“一船多供”跨关区直供业务，"
          "1—4月累计供油18.7万吨，同比增长41.2%；获批开展进口LNG船舶加注业务试点，填补了东南沿海地区"
          "LNG加注服务空白。")
    head("二、存在的问题")
    body("一是航线结构仍需优化，远洋干线占比仅为31.7%，低于宁波舟山港、上海港等周边港口；二是腹地货源支撑"
         "不足，中西部地区经厦门港进出口的货物占比不到15%；三是港口综合成本偏高，部分航线运价较周边港口高出"
         "8%—12%，对货源吸引力不强。")
    head("三、下一步建议")
    body("1．支持争取国际中转集拼业务政策。建议市政府支持厦门片区向海关总署争取开展国际中转集拼“一站式”"
         "监管试点，推动厦门港由“喂给港”向“枢纽港”转变。")
    body("2．加大航线培育扶持力度。建议将“丝路海运”远洋干线纳入市级航线培育专项资金支持范围，对新开辟远洋"
         "干线给予前三年适当补贴。")
    body("3.拓展海铁联运腹地。建议加强与江西、湖南、四川等省份合作，加密厦门至赣州、长沙、成都等地的海铁"
         "联运班列，力争2026年海铁联运箱量突破50万标箱。")

    empty(doc, 2)
    banji(doc, [
        "报：市委、市政府主要领导，分管副市长。",
        "送：市商务局、市交通运输局、厦门港口管理局、厦门海关。",
        "编辑：陈晓岚　审核：林国栋　签发：郑伟民　（共印30份）",
    ])

    expected[stem] = [{
        "meta": {
            "title": "厦门自贸片区“丝路海运”航线网络加快拓展国际航运枢纽功能持续增强",
            "doc_number": "第15期",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
            "date": "2026-05-16",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "信息专报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return save(doc, stem)


# ====================================================================== DOC C
def doc_yueyang():
    """上行报告：落实省领导批示（签发人），附件为横向表格（表头重复、纵向合并），版记在附件页."""
    stem = "blind831_yy_pishi_baogao"
    doc = Document()
    setup(doc, "— ", " —", 14)
    cl = []

    # 版头: two-line organ name + 文件, built in a borderless layout table
    mt = doc.add_table(rows=1, cols=2)
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(mt)
    col_widths(mt, [11.4, 4.2])
    c0 = mt.cell(0, 0)
    cell_text(c0, "中国（湖南）自由贸易试验区\n岳阳片区管理委员会", XBS, 22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
              line=40, color=RED)
    cell_text(mt.cell(0, 1), "文件", XBS, 48, align=C, line=60, color=RED)
    empty(doc, 1)
    p = par(doc, [("岳自贸管报〔2026〕8号", FS, 16, False), (" " * 20, FS, 16, False),
                  ("签发人：", FS, 16, False), ("周立新", KT, 16, False)], first=None,
            left=Pt(16))
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title on three lines, wrapped at odd places
    for ln in ("关于贯彻落实省领导批示精神加快推进", "城陵矶港“江海联运+中欧班列”通道",
               "建设情况的报告"):
        par(doc, [(ln, XBS, 22, False)], align=C, first=None, line=36)
    empty(doc, 1)
    par(doc, "中国（湖南）自由贸易试验区工作办公室：", first=None)

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2026年4月，《湖南自贸试验区工作动态》第9期刊发了《岳阳片区着力打造“江海联运+中欧班列”内陆开放通道》"
         "一文。4月27日，省委常委、常务副省长刘志明同志作出批示：“岳阳片区通道建设思路清晰、成效明显，请省自贸办、"
         "省交通运输厅加强指导，支持城陵矶港在长江中游航运物流中心建设中发挥更大作用。”片区党工委、管委会高度重视，"
         "第一时间召开专题会议传达学习，逐项研究落实措施。现将有关情况报告如下：")
    head("一、批示落实情况")
    runin("（一）强化组织推动。", "成立由片区管委会主任任组长的批示落实工作专班，制定《岳阳片区贯彻落实省领导"
          "批示精神重点任务清单》，明确3个方面7项具体任务，实行“周调度、月通报”，确保件件有着落、事事有回音。")
    runin("（二）加密江海联运航线。", "新开通城陵矶港至上海洋山港“江海直达”快线、城陵矶港至太仓港“点对点”"
          "航线2条，外贸内支线航线增至14条，实现“天天班”；1—5月，城陵矶港完成集装箱吞吐量52.3万标箱，同比"
          "增长13.6%。")
    runin("（三）推动中欧班列提质扩量。", "推动中欧班列（岳阳）与“湘粤非”铁海联运通道衔接，开通岳阳至俄罗斯"
          "莫斯科、岳阳至哈萨克斯坦阿拉木图直达班列，1—5月开行中欧班列86列，同比增长38.7%，回程班列占比达到36%。")
    runin("（四）优化口岸营商环境。", "会同岳阳海关推行“离港确认+直装直提”模式，进出口整体通关时间分别压缩至"
          "28.6小时和1.2小时；城陵矶综合保税区进口肉类指定监管场地二期加快建设，进口冷链货物实现“船边直提”。")
    head("二、存在的困难和问题")
    body("一是港口集疏运体系仍有短板，城陵矶港铁路专用线与松阳湖港区尚未完全贯通，铁水联运“最后一公里”问题"
         "依然突出。二是中欧班列回程货源组织难度较大，部分班列存在“重去轻回”现象。三是航运要素集聚不够，船舶"
         "交易、航运金融、航运保险等高端航运服务业态发展滞后。")
    head("三、下一步工作打算")
    body("1．加快港口集疏运体系建设。力争2026年底前建成松阳湖铁路专用线二期工程，实现铁路进港区、进码头。")
    body("2．拓展通道辐射范围。积极对接西部陆海新通道，推动开行岳阳至钦州港铁海联运班列，构建“江海联运+中欧"
         "班列+西部陆海新通道”多通道格局。")
    head("四、有关请求")
    body("恳请省自贸办协调省交通运输厅、中国铁路广州局集团有限公司，将松阳湖铁路专用线二期工程纳入全省铁水"
         "联运重点项目予以支持；支持岳阳片区将“江海联运+中欧班列”多式联运“一单制”改革列为全省自贸试验区制度"
         "创新重点事项。")
    par(doc, "特此报告。")
    empty(doc, 1)
    att1 = "岳阳片区贯彻落实省领导批示精神重点任务推进情况表"
    # 附件 line; the wrapped part is pushed under the title by typed full-width spaces
    par(doc, [("附件：" + att1[:17], FS, 16, False), "BR", ("\u3000" * 3 + att1[17:], FS, 16, False)],
        first=Pt(32))
    empty(doc, 1)
    for ln in ("中国（湖南）自由贸易试验区", "岳阳片区管理委员会"):
        par(doc, ln, align=R, first=None, right=Pt(32))
    par(doc, "二〇二六年六月三日", align=R, first=None, right=Pt(48))
    par(doc, "（联系人：许文斌，联系电话：0730-8762519）")

    # ---- 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.8)
    sec.footer_distance = Cm(1.2)
    par(doc, [("附件", HT, 16, False)], first=None, line=24)
    par(doc, [(att1, XBS, 18, False)], align=C, first=None, line=28, after=4)
    hdr = ["序号", "任务类别", "重点任务", "责任单位", "进展情况", "完成时限"]
    rows = [
        ["1", "组织保障", "成立批示落实工作专班，制定重点任务清单", "片区综合办公室",
         "已完成。4月30日成立工作专班，5月6日印发任务清单。", "2026年5月"],
        ["2", "组织保障", "建立“周调度、月通报”工作机制", "片区综合办公室",
         "已建立，累计召开调度会5次。", "长期坚持"],
        ["3", "通道建设", "新开通“江海直达”快线及“点对点”航线", "城陵矶新港区管理局、湖南城陵矶国际港务集团有限公司",
         "已完成。2条航线均于5月实现常态化运营。", "2026年5月"],
        ["4", "通道建设", "开通岳阳至莫斯科、阿拉木图直达班列", "片区经济发展局、湖南城陵矶国际港务集团有限公司",
         "已完成。累计开行直达班列12列。", "2026年5月"],
        ["5", "通道建设", "建成松阳湖铁路专用线二期工程", "城陵矶新港区管理局",
         "推进中。已完成征拆工作，路基工程完成工程量的45%。", "2026年12月"],
        ["6", "口岸环境", "推行“离港确认+直装直提”模式", "片区口岸办、岳阳海关",
         "已完成。进出口整体通关时间分别压缩至28.6小时和1.2小时。", "2026年5月"],
        ["7", "口岸环境", "推进进口肉类指定监管场地二期建设", "城陵矶综合保税区管理局",
         "推进中。已完成主体工程，预计8月申请验收。", "2026年9月"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [1.4, 2.4, 5.6, 5.4, 6.2, 3.1])
    for i, h in enumerate(hdr):
        cell_text(tb.cell(0, i), h, HT, 12, line=20)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(tb.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            cell_text(tb.cell(ri, ci), v, FS, 12, align=L if ci in (2, 3, 4) else C, line=18)
        cl.append(row_clause(hdr, row))
    # vertical merges of 任务类别 (value typed once in the merged cell)
    start = 1
    for ri in range(1, len(rows) + 2):
        if ri == len(rows) + 1 or rows[ri - 1][1] != rows[start - 1][1]:
            m = tb.cell(start, 1)
            if ri - 1 > start:
                m = m.merge(tb.cell(ri - 1, 1))
            cell_text(m, rows[start - 1][1], FS, 12, line=20)
            start = ri
    note = "注：进展情况统计截至2026年5月31日。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], first=None, line=20, before=4, after=10)

    banji(doc, [
        "抄送：岳阳市人民政府，湖南省商务厅，湖南省交通运输厅。",
        [("岳阳片区管委会综合办公室", FS, 14, False), ("\u3000" * 20, FS, 14, False),
         ("2026年6月3日印发", FS, 14, False)],
    ], line=20)

    expected[stem] = [{
        "meta": {
            "title": "关于贯彻落实省领导批示精神加快推进城陵矶港“江海联运+中欧班列”通道建设情况的报告",
            "doc_number": "岳自贸管报〔2026〕8号",
            "issuer": ["中国（湖南）自由贸易试验区岳阳片区管理委员会"],
            "date": "2026-06-03",
            "published": None,
            "level": "municipal",
            "region": "岳阳市",
            "effective": None,
            "expires": None,
            "attachments": [att1],
            "doc_type": "报告",
            "recipients": ["中国（湖南）自由贸易试验区工作办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return save(doc, stem)


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_yueyang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
