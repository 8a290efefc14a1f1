# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 828: 自贸片区招商引资项目签约仪式方案 -- Word + PDF + expected.json.

Run:  python make_blind828.py   (writes everything next to this script)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 6  # rows of the project list before the page break / 续表

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ======================================================================= helpers
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


def fmt(p, align=J, first=Pt(32), line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
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


def par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); a text of None = line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r[0] is None:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def blank(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), first=None, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=None, line=12)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def spacing(run, twips):
    """character spacing (condense/expand) as offices do for the red banner."""
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), twips)))


def setup(doc, footer="dash"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第"), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run("页 共"), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run("页"), SONG, 10.5)


def field(p, instr, name, size):
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def cell_text(cell, text, name=FS, size=10.5, bold=False, align=C, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def new_table(doc, nrows, widths_cm):
    t = doc.add_table(rows=nrows, cols=len(widths_cm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    return t


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, size=14, gap=1):
    """版记: 抄送 + 印发 between rules, at the end of the document."""
    blank(doc, gap)
    p = par(doc, [(cc, FS, size, False)], first=None, line=24, left=Pt(14), right=Pt(14), align=L)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    fmt(p2, align=L, first=None, line=24, left=Pt(14), right=Pt(14))
    font(p2.add_run(printer), FS, size)
    font(p2.add_run("\t" + date_txt), FS, size)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


# ---- Word automatic numbering ("（一）" produced by Word, not typed) ----------
_abs = [700]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _abs[0]
    _abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_828", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ============================================================ doc 1: 长沙片区 印发方案的通知
def doc_changsha():
    doc = Document()
    setup(doc, "dash")
    cl = []

    def body(t, **kw):
        cl.append(t)
        return par(doc, t, **kw)

    def head1(t):  # 一、xxx  (heading only, 黑体)
        return par(doc, [(t, HT, 16, False)])

    def runin(h, t):  # （一）xxx。 + text, heading words in 楷体
        cl.append(h + t)
        return par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # ---- 红头 -------------------------------------------------------------
    p = par(doc, [("中国（湖南）自由贸易试验区长沙片区", XBS, 26, False, RED)],
            align=C, first=None, line=38)
    spacing(p.runs[0], -20)
    p = par(doc, [("管理委员会办公室文件", XBS, 36, False, RED)], align=C, first=None, line=46)
    spacing(p.runs[0], 40)
    blank(doc, 1, line=20)
    p = par(doc, "湘自贸长办发〔2026〕7号", align=C, first=None)
    border(p, "bottom", "FF0000", 24, 6)
    blank(doc, 1)

    # ---- 标题（三行，断行位置不规则）-----------------------------------------
    for t in ("关于印发《中国（湖南）自由贸易试验区",
              "长沙片区2026年一季度重点招商引资项目",
              "集中签约仪式工作方案》的通知"):
        par(doc, [(t, XBS, 22, False)], align=C, first=None, line=30)
    blank(doc, 1, line=20)
    par(doc, "各部门、各直属单位，各有关园区：", first=None, align=L)
    body("经片区管委会研究，决定于2026年3月18日举办2026年一季度重点招商引资项目集中签约仪式。"
         "现将《中国（湖南）自由贸易试验区长沙片区2026年一季度重点招商引资项目集中签约仪式工作方案》"
         "印发给你们，请结合工作职责认真抓好落实。")
    body("请各责任单位于3月11日前将筹备工作推进情况报片区招商合作局（联系人：刘思远，电话："
         "0731-84021637）。")
    blank(doc, 1)
    par(doc, "中国（湖南）自由贸易试验区长沙片区管理委员会办公室", align=R, first=None, right=Pt(16))
    par(doc, "2026年2月27日", align=R, first=None, right=Pt(64))
    par(doc, "（此件主动公开）", first=Pt(32), align=L)

    # ---- 方案正文（另起一页）-------------------------------------------------
    page_break(doc)
    for t in ("中国（湖南）自由贸易试验区长沙片区",
              "2026年一季度重点招商引资项目",
              "集中签约仪式工作方案"):
        par(doc, [(t, XBS, 22, False)], align=C, first=None, line=30)
    blank(doc, 1, line=20)
    body("为集中展示长沙片区招商引资成果，营造“大抓项目、抓大项目”的浓厚氛围，特制定本方案。")
    head1("一、活动时间和地点")
    runin("（一）活动时间。", "2026年3月18日（星期三）14:00—15:55。")
    runin("（二）活动地点。", "长沙片区综合服务中心三楼国际会议厅（长沙市雨花区湘府东路二段99号）。")
    head1("二、活动规模和参会人员")
    runin("（一）活动规模。", "拟签约项目10个，总投资140.4亿元，其中外资项目3个（含港资项目1个）；"
          "参会人员控制在150人以内。")
    runin("（二）参会人员。", "省商务厅（省自贸办）负责同志，长沙市人民政府分管负责同志；片区管委会"
          "领导班子成员，各部门主要负责同志；签约企业代表（每个项目限2人）；新闻媒体记者。")
    head1("三、活动议程")
    hdr = ["时间", "议程内容", "责任单位"]
    rows = [
        ["13:30—14:00", "嘉宾签到入场，观看长沙片区招商宣传片", "综合办"],
        ["14:00—14:05", "主持人介绍出席领导和嘉宾", "片区管委会常务副主任"],
        ["14:05—14:20", "片区管委会主任推介投资环境", "招商合作局"],
        ["14:20—15:10", "重点项目集中签约（分两批次上台）", "招商合作局"],
        ["15:10—15:25", "签约企业代表发言", "湖南湘江锂能科技有限公司"],
        ["15:25—15:50", "市领导讲话", "综合办"],
        ["15:50—15:55", "仪式结束，合影留念", "综合办、党群工作部"],
    ]
    t = new_table(doc, 1 + len(rows), [3.0, 7.6, 5.0])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 1 else C, line=16)
        cl.append(row_clause(hdr, row))

    head1("四、签约项目")
    par(doc, [("长沙片区2026年一季度重点招商引资集中签约项目清单", HT, 14, False)],
        align=C, first=None, line=24)
    par(doc, [("单位：亿元", FS, 12, False)], align=R, first=None, line=18)
    keys = ["序号", "项目名称", "签约方", "计划投资额／总投资", "计划投资额／其中固定资产投资",
            "产业领域", "签约形式"]
    widths = [1.2, 3.6, 3.6, 1.6, 1.8, 1.9, 1.9]
    proj = [
        ["1", "新能源汽车动力电池研发及生产基地项目", "湖南湘江锂能科技有限公司", "45", "38", "新能源", "现场签约"],
        ["2", "工程机械再制造及出口服务中心项目", "长沙岳麓重工再制造有限公司", "12.6", "9.8", "高端装备", "现场签约"],
        ["3", "中非经贸供应链综合服务平台项目", "湖南非洲通供应链管理有限公司", "8", "3.5", "商贸物流", "现场签约"],
        ["4", "跨境电商产业园项目", "深圳前海跨境云仓科技有限公司", "6.2", "4.6", "跨境电商", "现场签约"],
        ["5", "生物医药CDMO平台项目", "苏州瑞康生物医药有限公司", "18", "15", "生物医药", "现场签约"],
        ["6", "第三代半导体封装测试项目", "新加坡星联半导体私人有限公司", "25", "21", "电子信息", "视频连线签约"],
        ["7", "航空航材保税维修项目", "湖南翔宇航空技术有限公司", "5.5", "3.2", "航空航天", "现场签约"],
        ["8", "离岸贸易结算中心项目", "香港鼎泰国际贸易有限公司", "3", "0.5", "现代服务", "现场签约"],
        ["9", "精密刀具生产项目", "德国施泰因精密工具有限公司", "9.3", "7.5", "高端装备", "视频连线签约"],
        ["10", "智能网联汽车测试服务项目", "北京智行未来科技有限公司", "7.8", "6", "智能网联", "现场签约"],
    ]
    tot = round(sum(float(r[3]) for r in proj), 1)
    fix = round(sum(float(r[4]) for r in proj), 1)
    assert (tot, fix) == (140.4, 109.1), (tot, fix)
    total_row = ["合计", "140.4", "109.1", "—", "—"]

    def proj_table(part, with_total):
        n = 2 + len(part) + (1 if with_total else 0)
        t = new_table(doc, n, widths)
        h0, h1 = t.rows[0], t.rows[1]
        for c, txt in ((0, "序号"), (1, "项目名称"), (2, "签约方"), (5, "产业领域"), (6, "签约形式")):
            m = h0.cells[c].merge(h1.cells[c])
            cell_text(m, txt, HT, 10.5, line=14)
        m = h0.cells[3].merge(h0.cells[4])
        cell_text(m, "计划投资额", HT, 10.5, line=14)
        cell_text(t.rows[1].cells[3], "总投资", HT, 10.5, line=14)
        cell_text(t.rows[1].cells[4], "其中固定资产投资", HT, 10.5, line=14)
        repeat_header(h0)
        repeat_header(h1)
        for ri, row in enumerate(part, 2):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (1, 2) else C, line=14)
            cl.append(row_clause(keys, row))
        if with_total:
            tr = t.rows[n - 1]
            m = tr.cells[0].merge(tr.cells[2])
            cell_text(m, "合计", HT, 10.5, line=14)
            for ci, v in zip((3, 4, 5, 6), total_row[1:]):
                cell_text(tr.cells[ci], v, FS, 10.5, line=14)
            cl.append("序号：合计；计划投资额／总投资：140.4；计划投资额／其中固定资产投资：109.1；"
                      "产业领域：—；签约形式：—")
        return t

    proj_table(proj[:SPLIT], False)
    page_break(doc)
    par(doc, [("续表", HT, 12, False)], align=L, first=None, line=22)
    proj_table(proj[SPLIT:], True)
    t_note = "注：1.项目以最终审核名单为准；2.视频连线签约由招商合作局负责联调。"
    cl.append(t_note)
    par(doc, [(t_note, FS, 12, False)], line=20, first=Pt(0))

    head1("五、工作分工")
    hdr = ["序号", "工作事项", "具体任务", "责任单位", "完成时限"]
    rows = [
        ["1", "项目审核", "审查合同文本和投资主体资质，确保“签约一个、落地一个”",
         "招商合作局、法务办", "3月10日前"],
        ["2", "会场布置", "负责会场选定、背景板制作、签约台及席卡摆放、音响灯光调试",
         "综合办", "3月16日前"],
        ["3", "文稿材料", "起草领导讲话稿、主持词、投资环境推介材料和签约项目简介",
         "政策研究室", "3月12日前"],
        ["4", "宣传安保", "邀请媒体做好宣传报道，协调公安、消防做好现场安保",
         "党群工作部、应急管理局", "活动当日"],
        ["5", "后续服务", "建立项目跟踪台账，实行“一个项目、一名领导、一个专班”",
         "招商合作局", "长期"],
    ]
    t = new_table(doc, 1 + len(rows), [1.2, 2.0, 6.2, 3.6, 2.6])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 2 else C, line=14)
        cl.append(row_clause(hdr, row))

    head1("六、注意事项")
    nid = make_numbering(doc, "（%1）")
    items = [
        ("严格把关项目质量。", "严禁将已签约、已开工项目重复签约，严禁虚报投资额度。"),
        ("严格控制活动规模。", "坚持勤俭节约，不摆放花草、不发放纪念品，严格执行中央八项规定精神。"),
    ]
    for i, (h, tx) in enumerate(items):
        p = par(doc, [(h, KT, 16, False), (tx, FS, 16, False)])
        apply_num(p, nid)
        cl.append("（%s）%s%s" % ("一二三四"[i], h, tx))

    banji(doc, "抄送：长沙市人民政府办公厅，省商务厅（省自贸办）。",
          "长沙片区管理委员会办公室", "2026年2月28日印发", gap=0)

    name = "blind828_changsha"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    key = [{
        "meta": meta(
            title="关于印发《中国（湖南）自由贸易试验区长沙片区2026年一季度重点招商引资项目集中签约"
                  "仪式工作方案》的通知",
            doc_number="湘自贸长办发〔2026〕7号",
            issuer=["中国（湖南）自由贸易试验区长沙片区管理委员会办公室"],
            date="2026-02-27", level="municipal", region="长沙市",
            doc_type="通知", recipients=["各部门", "各直属单位", "各有关园区"],
            publicity="此件主动公开"),
        "clauses": cl,
    }]
    return name, path, key


# ============================================================ doc 2: 钦州港片区 请示（上行文）
def doc_qinzhou():
    doc = Document()
    setup(doc, "dash")
    cl = []

    def body(t, **kw):
        cl.append(t)
        return par(doc, t, **kw)

    def head1(t):
        return par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT):
        cl.append(h + t)
        return par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    # 紧急程度
    par(doc, [("特急", HT, 16, False)], align=L, first=None)
    blank(doc, 1)
    p = par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED)], align=C, first=None, line=44)
    spacing(p.runs[0], 10)
    p = par(doc, [("钦州港片区管理委员会文件", XBS, 30, False, RED)], align=C, first=None, line=44)
    spacing(p.runs[0], 10)
    blank(doc, 1)
    # 文号 left, 签发人 right (tab aligned)
    p = doc.add_paragraph()
    fmt(p, align=L, first=None, left=Pt(16))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(16), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("钦自贸港管报〔2025〕31号"), FS, 16)
    font(p.add_run("\t签发人："), FS, 16)
    font(p.add_run("黄振华"), KT, 16)
    border(p, "bottom", "FF0000", 24, 6)
    blank(doc, 1)
    # title with manual line break inside one paragraph
    par(doc, [("关于恳请市领导出席钦州港片区面向东盟", XBS, 22, False), (None,),
              ("重点产业项目集中签约仪式的请示", XBS, 22, False)], align=C, first=None, line=32)
    blank(doc, 1)
    par(doc, "钦州市人民政府：", first=None, align=L)
    body("为加快推进西部陆海新通道和中国—东盟产业合作区建设，扩大钦州港片区面向东盟的开放合作成效，"
         "我委拟于2025年11月20日（星期四）上午在钦州港片区举办面向东盟重点产业项目集中签约仪式。"
         "现将有关事项请示如下：")
    runin("一、活动安排。", "签约仪式定于2025年11月20日（星期四）9:30在钦州港片区综合服务中心一楼"
          "会议厅举行，会期约1.5小时，参会人员约150人。活动方案详见附件1。")
    runin("二、签约项目情况。", "本次拟签约项目10个，总投资186.4亿元，涉及绿色化工新材料、新能源、"
          "港航物流、东盟农产品精深加工等领域，其中与东盟国家企业合作项目5个（印度尼西亚2个、越南"
          "1个、泰国1个、马来西亚1个）。具体项目见附件2。")
    head1("三、请示事项")
    runin("（一）", "恳请市人民政府主要领导出席签约仪式并致辞。", FS)
    runin("（二）", "恳请市人民政府分管副市长出席签约仪式并见证签约。", FS)
    runin("（三）", "恳请市人民政府办公室协调市发展改革委、市商务局、市投资促进局等部门主要负责同志"
          "参加活动。", FS)
    body("活动筹备工作由我委统筹负责，具体事宜请联系我委投资促进局黄海燕同志（联系电话："
         "0777-3681526）。")
    par(doc, "妥否，请批示。")
    blank(doc, 1)
    att = ["钦州港片区面向东盟重点产业项目集中签约仪式活动方案",
           "钦州港片区面向东盟重点产业项目集中签约仪式签约项目清单"]
    par(doc, "附件：1." + att[0], left=Pt(32), first=Pt(0), align=L)
    par(doc, "2." + att[1], left=Pt(80), first=Pt(0), align=L)
    blank(doc, 2)
    par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, first=None, right=Pt(16))
    par(doc, "二〇二五年十一月三日", align=R, first=None, right=Pt(64))

    # ---- 附件1 -------------------------------------------------------------
    page_break(doc)
    par(doc, [("附件1", HT, 16, False)], align=L, first=None)
    par(doc, [("钦州港片区面向东盟重点产业项目", XBS, 22, False), (None,),
              ("集中签约仪式活动方案", XBS, 22, False)], align=C, first=None, line=32)
    blank(doc, 1)
    runin("一、活动时间：", "2025年11月20日（星期四）9:30—11:00。")
    runin("二、活动地点：", "钦州港片区综合服务中心一楼会议厅。")
    runin("三、活动主题：", "“港通东盟·链接全球”。")
    head1("四、参会人员")
    body("1.市领导：市人民政府主要领导、分管副市长。")
    body("2.市直部门：市发展改革委、市商务局、钦州海关。")
    body("3.片区及县区：片区管委会领导、钦南区负责同志。")
    body("4.企业及嘉宾：签约企业及东盟商协会代表约50人。")
    head1("五、活动议程")
    hdr = ["序号", "时间", "内容", "备注"]
    rows = [
        ["1", "9:00—9:30", "嘉宾签到，观看片区宣传片", "片区办公室负责引导"],
        ["2", "9:30—9:35", "主持人介绍出席领导和嘉宾", "由片区管委会常务副主任主持"],
        ["3", "9:35—9:50", "钦州港片区投资环境推介", "片区投资促进局"],
        ["4", "9:50—10:30", "项目集中签约", "分两批上台，每批5个项目"],
        ["5", "10:30—10:40", "东盟企业代表发言", "印度尼西亚企业代表"],
        ["6", "10:40—10:55", "市领导致辞", "—"],
        ["7", "10:55—11:00", "合影留念，活动结束", "—"],
    ]
    t = new_table(doc, 1 + len(rows), [1.2, 3.0, 5.9, 5.5])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5, line=16)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 2 else C, line=16)
        cl.append(row_clause(hdr, row))

    # ---- 附件2 (landscape section) ------------------------------------------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    par(doc, [("附件2", HT, 16, False)], align=L, first=None)
    par(doc, [("钦州港片区面向东盟重点产业项目集中签约仪式签约项目清单", XBS, 20, False)],
        align=C, first=None, line=32)
    blank(doc, 1, line=12)
    hdr = ["序号", "项目名称", "签约企业", "合作国别", "总投资（亿元）", "建设内容"]
    rows = [
        ["1", "年产30万吨高性能聚酯新材料项目", "广西钦海新材料有限公司", "中国", "42",
         "建设聚酯切片及差别化纤维生产线"],
        ["2", "东盟棕榈油精深加工项目", "印度尼西亚金岛农业集团", "印度尼西亚", "15.8",
         "建设棕榈油精炼及油脂化工生产线"],
        ["3", "镍资源加工配套项目", "印度尼西亚苏拉威西镍业有限公司", "印度尼西亚", "36",
         "建设镍中间品加工及三元前驱体生产线"],
        ["4", "中越跨境冷链物流项目", "越南海防安达物流股份公司", "越南", "6.5",
         "建设冷链仓储及跨境集拼中心"],
        ["5", "东盟水果进口分拨中心项目", "泰国暹罗鲜果贸易有限公司", "泰国", "3.2",
         "建设水果进口查验、冷藏及分拨设施"],
        ["6", "燕窝精深加工项目", "马来西亚金燕国际控股有限公司", "马来西亚", "2.4",
         "建设燕窝清洗、加工及溯源中心"],
        ["7", "海上风电装备制造项目", "广西北部湾风电装备有限公司", "中国", "28",
         "建设风机塔筒、导管架等装备生产基地"],
        ["8", "集装箱智能堆场及多式联运项目", "钦州港陆海通物流有限公司", "中国", "18.5",
         "建设自动化堆场及铁海联运设施"],
        ["9", "绿色甲醇及氢能综合利用项目", "广东南粤清源能源有限公司", "中国", "26",
         "建设年产20万吨绿色甲醇装置"],
        ["10", "东盟大宗商品交易结算中心项目", "上海浦江大宗商品供应链有限公司", "中国", "8",
         "建设大宗商品交易、结算及供应链金融平台"],
    ]
    assert round(sum(float(r[4]) for r in rows), 1) == 186.4
    n = 1 + len(rows) + 1
    t = new_table(doc, n, [1.2, 5.6, 5.7, 2.3, 2.0, 5.7])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (1, 2, 5) else C, line=15)
        cl.append(row_clause(hdr, row))
    tr = t.rows[n - 1]
    m = tr.cells[0].merge(tr.cells[3])
    cell_text(m, "合计", HT, 10.5, line=15)
    cell_text(tr.cells[4], "186.4", FS, 10.5, line=15)
    cell_text(tr.cells[5], "—", FS, 10.5, line=15)
    cl.append("序号：合计；总投资（亿元）：186.4；建设内容：—")
    body("注：项目排序不分先后，最终签约项目以签约当日实际签署为准。", line=24, first=Pt(0))

    name = "blind828_qinzhou"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    key = [{
        "meta": meta(
            title="关于恳请市领导出席钦州港片区面向东盟重点产业项目集中签约仪式的请示",
            doc_number="钦自贸港管报〔2025〕31号",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            date="2025-11-03", level="municipal", region="钦州市",
            attachments=att, doc_type="请示", recipients=["钦州市人民政府"]),
        "clauses": cl,
    }]
    return name, path, key


# ============================================================ doc 3: 西安国际港务区 方案（无红头）
def doc_xian():
    doc = Document()
    setup(doc, "pages")
    cl = []
    SP = "\u3000\u3000"  # clerk indents with two full-width spaces instead of first-line indent

    def body(t, lead=SP, **kw):
        cl.append(t)
        kw.setdefault("first", Pt(0))
        return par(doc, lead + t, **kw)

    def head1(t):
        return par(doc, [(SP + t, HT, 16, False)], first=Pt(0))

    par(doc, [("中国（陕西）自由贸易试验区西安国际港务区", XBS, 22, False)], align=C, first=None,
        line=32, before=12)
    par(doc, [("“一带一路”国际合作项目签约仪式方案", XBS, 22, False)], align=C, first=None, line=32)
    blank(doc, 1)
    # intro: manual line break in the middle of a sentence
    p = par(doc, [(SP + "为深入推进共建“一带一路”高质量发展，充分发挥中欧班列（西安）集结中心和", FS, 16,
                   False), (None,),
                  ("陕西自贸试验区制度创新优势，集中推动一批国际合作项目落地见效，经管委会研究，决定举办"
                   "“一带一路”国际合作项目签约仪式。具体方案如下：", FS, 16, False)], first=Pt(0))
    cl.append("为深入推进共建“一带一路”高质量发展，充分发挥中欧班列（西安）集结中心和陕西自贸试验区"
              "制度创新优势，集中推动一批国际合作项目落地见效，经管委会研究，决定举办“一带一路”国际"
              "合作项目签约仪式。具体方案如下：")
    head1("一、活动时间、地点")
    body("时间：2025年9月26日（星期五）上午10:00-11:30")
    body("地点：西安国际港务区陆港之星大厦二楼报告厅")
    head1("二、参会人员")
    body("(一)领导嘉宾：陕西省商务厅（省自贸办）、西安市人民政府、西安市商务局有关负责同志；中亚国家"
         "驻西安机构代表。")
    body("(二)管委会领导：管委会主任、分管招商工作副主任。")
    body("(三)部门及企业：管委会招商局、经济发展局、自贸办、党政办公室主要负责同志；签约企业代表,"
         "每家企业不超过3人。")
    body("(四)媒体：陕西日报、西安日报、西部网等媒体记者。")
    head1("三、活动议程")
    hdr = ["时间", "议程内容", "主持人"]
    rows = [
        ["9:30-10:00", "嘉宾签到，参观港务区发展成就展"],
        ["10:00-10:05", "主持人介绍出席领导和嘉宾"],
        ["10:05-10:20", "管委会主任推介港务区营商环境及“一带一路”合作机遇"],
        ["10:20-10:55", "7个国际合作项目集中签约"],
        ["10:55-11:10", "签约企业代表发言（哈萨克斯坦丝路物流股份公司）"],
        ["11:10-11:25", "省、市领导讲话"],
        ["11:25-11:30", "合影留念，仪式结束"],
    ]
    t = new_table(doc, 1 + len(rows), [3.0, 8.6, 4.0])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C, line=20)
    m = t.rows[1].cells[2].merge(t.rows[len(rows)].cells[2])
    cell_text(m, "管委会常务副主任", FS, 12)
    for row in rows:
        cl.append(row_clause(hdr, row + ["管委会常务副主任"]))
    blank(doc, 1, line=12)
    body("签约项目共7个，总投资56.8亿元，分国际物流、先进制造、跨境贸易三类（见下表）。")
    hdr = ["类别", "序号", "项目名称", "合作方", "国别", "投资额（亿元）"]
    groups = [
        ("国际物流类", [
            ["1", "中欧班列集拼分拨中心项目", "哈萨克斯坦丝路物流股份公司", "哈萨克斯坦", "12"],
            ["2", "中亚跨境公路运输（TIR）枢纽项目", "乌兹别克斯坦撒马尔罕运输集团", "乌兹别克斯坦", "5.6"],
        ]),
        ("先进制造类", [
            ["3", "新能源商用车出口组装项目", "西安丝路新能源汽车科技有限公司", "中国", "20"],
            ["4", "光伏组件海外仓及技术服务项目", "西安昱阳光伏科技有限公司", "中国", "8.5"],
        ]),
        ("跨境贸易类", [
            ["5", "中亚农产品进口加工项目", "吉尔吉斯斯坦天山农业有限公司", "吉尔吉斯斯坦", "3.3"],
            ["6", "木材及板材贸易加工项目", "俄罗斯西伯利亚森林工业集团", "俄罗斯", "4.6"],
            ["7", "跨境电商“海外仓+直播”项目", "杭州丝路优选电子商务有限公司", "中国", "2.8"],
        ]),
    ]
    assert round(sum(float(r[4]) for _, g in groups for r in g), 1) == 56.8
    nrows = 1 + sum(len(g) for _, g in groups) + 1
    t = new_table(doc, nrows, [2.0, 1.2, 4.4, 4.2, 2.0, 1.8])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 10.5)
    ri = 1
    for cat, g in groups:
        start = ri
        for row in g:
            for ci, v in enumerate(row, 1):
                cell_text(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (2, 3) else C)
            cl.append(row_clause(hdr, [cat] + row))
            ri += 1
        m = t.rows[start].cells[0].merge(t.rows[ri - 1].cells[0])
        cell_text(m, cat, FS, 10.5)
    tr = t.rows[ri]
    m = tr.cells[0].merge(tr.cells[4])
    cell_text(m, "合计", HT, 10.5)
    cell_text(tr.cells[5], "56.8", FS, 10.5)
    cl.append("类别：合计；投资额（亿元）：56.8")
    head1("四、工作分工")
    body("(一)招商局:负责签约项目筛选审核、合同文本把关，组织签约企业参会，于9月20日前报送最终签约"
         "项目名单。")
    body("(二)党政办公室：负责会场布置、嘉宾邀请、座次安排、车辆调度及后勤保障。")
    body("(三)自贸办：负责起草领导讲话稿、主持词和港务区推介材料，协调省、市自贸办有关工作。")
    body("(四)宣传部：负责邀请媒体、撰写新闻通稿，做好活动现场拍摄及宣传报道。")
    body("(五)港务区公安分局：负责活动现场安全保卫和交通秩序维护。")
    head1("五、注意事项")
    body("1、所有参会人员须于9:50前入场就座，签约企业代表请提前30分钟到场熟悉签约流程。")
    body("2、签约文本由招商局统一装订，一式四份，签约双方各执两份。")
    body("3、外方签约代表的翻译工作由招商局联系专业翻译机构承担，涉外事宜提前报市外办备案。")
    body("4、活动期间严格落实中央八项规定精神，不设宴请，不发放礼品。")
    blank(doc, 2)
    # 落款 aligned with tabs (clerk style)
    p = par(doc, "\t\t\t\t\t\t西安国际港务区管理委员会", first=Pt(0), align=L)
    p2 = par(doc, "\t\t\t\t\t\t\t2025年9月8日", first=Pt(0), align=L)
    for q in (p, p2):
        ts = q.paragraph_format.tab_stops
        for k in range(1, 9):
            ts.add_tab_stop(Pt(32 * k), WD_TAB_ALIGNMENT.LEFT)

    name = "blind828_xian"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    key = [{
        "meta": meta(
            title="中国（陕西）自由贸易试验区西安国际港务区“一带一路”国际合作项目签约仪式方案",
            issuer=["西安国际港务区管理委员会"], date="2025-09-08",
            level="municipal", region="西安市", doc_type="方案"),
        "clauses": cl,
    }]
    return name, path, key


def main():
    expected = {}
    for fn in (doc_changsha, doc_qinzhou, doc_xian):
        name, path, key = fn()
        convert(path)
        expected[name] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
