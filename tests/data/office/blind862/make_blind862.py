# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 862: 一带一路国际合作论坛（地方分论坛）嘉宾邀请函、会议议程、参会指南.

Writes three Word files, their PDFs (LibreOffice) and expected.json into the
directory of this script.
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
FW = "\u3000"  # full-width space

expected = {}


# ------------------------------------------------------------------ helpers
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


BODY_LINE = [28]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = BODY_LINE[0]
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field_runs(fp, size, instr="PAGE"):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="center"):
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
    if footer_style == "oddeven":
        # clerk's version: odd pages right, "－ N －" with full-width minus
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        font(fp.add_run("－ "), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(" －"), SONG, 14)
    else:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def grid_table(doc, nrows, ncols, widths=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_862", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering ("（一）" typed by Word, not by the clerk)
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, FS, FS, FS))
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


CN = "一二三四五六七八九十"
SPLIT = 4  # row after which the 住宿 table of doc B is continued as 续表


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 陕西省人民政府外事办公室 商请选派嘉宾的函（信函格式，特急，附日程表含合并单元格）
def doc_xian_han():
    stem = "blind862_xian_yaoqinghan"
    doc = Document()
    setup(doc)
    BODY_LINE[0] = 28
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # 信函格式: organ name only (no 文件), red double rule
    p = add_par(doc, [("陕西省人民政府外事办公室", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=6)
    border(p, "bottom", "FF0000", 12, 8, val="thinThickSmallGap")
    # 文号 right below the rule
    add_par(doc, "陕外办函〔2026〕52号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            before=6)
    empty(doc, 1)
    # title wrapped at an odd place: two paragraphs
    for line in ("陕西省人民政府外事办公室关于商请选派",
                 "嘉宾出席2026“一带一路”国际合作",
                 "论坛（西安）地方合作分论坛的函"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国国际经济交流中心：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实第三届“一带一路”国际合作高峰论坛成果，深化我省与共建“一带一路”国家地方交流合作，"
         "经省人民政府同意，由陕西省人民政府主办，省政府外事办公室、省商务厅、西安市人民政府承办的"
         "2026“一带一路”国际合作论坛（西安）地方合作分论坛（以下简称分论坛）定于2026年5月20日至21日在西安举行。"
         "贵中心长期致力于共建“一带一路”重大问题研究，在国际经济合作领域具有广泛影响。为提升分论坛研讨水平，"
         "特商请贵中心选派1名专家型领导出席分论坛并作主旨演讲。现将有关事项函告如下：")
    head("一、分论坛主题")
    body("本届分论坛主题为“共建丝路家园　共享开放机遇”，下设“中欧班列与国际物流大通道”“数字丝绸之路”"
         "“人文交流与地方友城合作”3场平行论坛。预计邀请中外嘉宾约450人，其中外方嘉宾约150人，"
         "涵盖共建“一带一路”国家驻华使节、友好省州代表、国际组织负责人、知名企业家和专家学者。")
    head("二、时间地点")
    runin("（一）时间：", "2026年5月20日（星期三）全天报到，5月21日（星期四）举行开幕式、主旨演讲及平行论坛。")
    runin("（二）地点：", "西安国际会议中心（西安市浐灞生态区欧亚大道1号）。")
    head("三、邀请事项")
    runin("（一）主旨演讲。", "拟安排贵中心嘉宾于5月21日上午开幕式后作主旨演讲，时长15分钟左右，"
          "演讲题目可结合共建“一带一路”高质量发展、中国—中亚合作等方面自拟。")
    runin("（二）平行论坛。", "如时间允许，欢迎嘉宾出席当日下午“中欧班列与国际物流大通道”平行论坛，并参加圆桌对话环节。")
    runin("（三）费用安排。", "嘉宾在陕期间的食宿、市内交通由分论坛组委会统一安排，往返城际交通费用由派出单位承担。")
    head("四、有关要求")
    body("请贵中心于2026年4月30日前将出席嘉宾姓名、职务、演讲题目及抵离信息反馈至分论坛组委会秘书处"
         "（设在省政府外事办公室亚洲处），演讲文稿(中英文)请于5月12日前发送至指定邮箱。")
    # contact line aligned with typed full-width spaces
    body("联系人：王立新" + FW * 2 + "联系电话：029-63911275" + FW * 2 + "传真：029-63911280")
    body("电子邮箱：xafenluntan2026@163.com")
    body("感谢贵中心对我省对外开放工作的一贯支持！")
    empty(doc, 1)
    att = "2026“一带一路”国际合作论坛（西安）地方合作分论坛日程安排"
    p = add_par(doc, "附件：" + att)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 aligned with tabs
    p = add_par(doc, "\t陕西省人民政府外事办公室", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
    p = add_par(doc, "\t\t2026年4月9日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.1))
    empty(doc, 1)
    add_par(doc, "抄送：省商务厅，西安市人民政府外事办公室。", indent=False)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026“一带一路”国际合作论坛（西安）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("地方合作分论坛日程安排", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    header = ["日期", "时间", "活动内容", "地点"]
    rows = [
        ["5月20日（星期三）", "全天", "嘉宾报到", "丝路国际酒店一楼大堂"],
        ["5月20日（星期三）", "18:30-20:00", "欢迎晚宴（邀请制）", "丝路国际酒店三楼宴会厅"],
        ["5月21日（星期四）", "09:00-09:40", "开幕式（省政府领导、外方嘉宾代表致辞）", "西安国际会议中心一层主会场"],
        ["5月21日（星期四）", "09:40-11:30", "主旨演讲", "同上"],
        ["5月21日（星期四）", "11:30-12:00", "合作项目集中签约", "同上"],
        ["5月21日（星期四）", "12:00-13:30", "自助午餐", "西安国际会议中心二层餐厅"],
        ["5月21日（星期四）", "14:00-17:30", "平行论坛一：中欧班列与国际物流大通道", "第一会议室"],
        ["5月21日（星期四）", "14:00-17:30", "平行论坛二：数字丝绸之路", "第二会议室"],
        ["5月21日（星期四）", "14:00-17:30", "平行论坛三：人文交流与地方友城合作", "第三会议室"],
        ["5月21日（星期四）", "18:00以后", "分论坛结束，嘉宾返程", "—"],
    ]
    t = grid_table(doc, len(rows) + 1, 4, widths=[3.4, 2.8, 5.4, 4.0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci in (2, 3):
            set_cell(t.rows[ri].cells[ci], row[ci], FS, 12)
        clauses.append(row_clause(header, row))
    # merged 日期 cells (rows 1-2, rows 3-10) and merged 时间 (rows 7-9)
    c = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(c, "5月20日（星期三）", FS, 12)
    c = t.cell(3, 0).merge(t.cell(10, 0))
    set_cell(c, "5月21日（星期四）", FS, 12)
    for ri in (1, 2, 3, 4, 5, 6, 10):
        set_cell(t.cell(ri, 1), rows[ri - 1][1], FS, 12)
    c = t.cell(7, 1).merge(t.cell(9, 1))
    set_cell(c, "14:00-17:30", FS, 12)
    note = "注：日程如有调整，以分论坛组委会最终通知为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="陕西省人民政府外事办公室关于商请选派嘉宾出席2026“一带一路”国际合作论坛（西安）地方合作分论坛的函",
            doc_number="陕外办函〔2026〕52号",
            issuer=["陕西省人民政府外事办公室"],
            date="2026-04-09",
            level="provincial",
            region="陕西省",
            attachments=[att],
            doc_type="函",
            recipients=["中国国际经济交流中心"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 福建省商务厅 通知 + 附件参会指南（手工续表、重复表头、注、版记在最后）
def doc_quanzhou_tongzhi():
    stem = "blind862_quanzhou_canhuizhinan"
    doc = Document()
    setup(doc)
    BODY_LINE[0] = 26  # this office sets 固定值26磅
    clauses = []

    add_par(doc, [("福建省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "闽商务外经〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("福建省商务厅关于做好2026“一带一路”",
                 "国际合作论坛海上丝绸之路（泉州）",
                 "地方分论坛参会组织工作的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1)
    # 主送 with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("各设区市商务局，平潭综合实验区经济发展局，"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("省直有关单位，有关商协会："), FS, 16)
    fmt(p, indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("经省人民政府同意，由福建省人民政府主办，省商务厅、泉州市人民政府承办的2026“一带一路”国际合作论坛"
         "海上丝绸之路（泉州）地方分论坛（以下简称分论坛）将于2026年9月7日至8日在泉州国际会展中心举办。"
         "为做好我省参会组织工作，现将有关事项通知如下：")
    head("一、参会人员及名额")
    body("（一）各设区市商务局组织本地区外经贸企业、境外投资企业负责人参会，每个设区市名额不超过30人，"
         "平潭综合实验区不超过15人。")
    body("（二）省直有关单位各安排1至2名分管负责同志参会；有关商协会参会名额另行商定。")
    head("二、工作要求")
    runin("（一）精心组织企业。", "各地要结合本地区产业特点和“走出去”重点项目，优先组织在共建“一带一路”国家"
          "有投资项目或有明确合作意向的企业参会，注重发挥民营企业和侨资企业作用。")
    runin("（二）做好项目对接。", "请各地认真梳理拟在分论坛期间签约的合作项目，签约项目应同时符合以下条件：")
    # sub-items typed by hand, full-width and half-width points mixed
    body("1．项目合作方为共建“一带一路”国家的企业或机构；")
    body("2.协议投资额或贸易额原则上不低于1000万美元；")
    body("3．已完成实质性谈判，具备现场签约条件。")
    # one paragraph with a manual line break in the middle of a sentence
    h3 = "（三）按时报送信息。"
    t3a = "请各单位于2026年8月14日前通过“福建省商务厅外经合作管理系统”在线报送参会人员信息，"
    t3b = "并将加盖公章的参会回执扫描件发送至fjswt_hzc@163.com。逾期未报送的，视为不参会。"
    p = doc.add_paragraph()
    font(p.add_run(h3), KT, 16)
    font(p.add_run(t3a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t3b), FS, 16)
    fmt(p)
    clauses.append(h3 + t3a + t3b)
    runin("（四）严格遵守纪律。", "参会人员须服从会务统一安排。")
    body("联系人：林志强" + FW + "0591-87851326")
    empty(doc, 1)
    att = "2026“一带一路”国际合作论坛海上丝绸之路（泉州）地方分论坛参会指南"
    # attachment line with a hanging indent so the wrap lines up after "附件："
    p = add_par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for t in ("福建省商务厅", "2026年7月20日"):
        p = add_par(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64 if t.startswith("福") else 48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件: 参会指南
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026“一带一路”国际合作论坛海上丝绸之路", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("（泉州）地方分论坛参会指南", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    head("一、报到")
    runin("（一）报到时间：", "2026年9月7日10:00—22:00。")
    runin("（二）报到地点：", "各协议酒店一楼大堂。参会人员凭本人有效身份证件报到，境外嘉宾凭护照报到。")
    head("二、住宿安排")
    body("组委会在以下酒店为参会人员预留房间，住宿费用自理，请参会人员按所在地区入住对应酒店。")
    # caption with unit, then table split by hand with "续表"
    add_par(doc, [("表1　参会人员住宿安排", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=24)
    add_par(doc, [("单位：元/间·夜", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    header = ["序号", "酒店名称", "地址", "协议价", "安排入住单位"]
    rows = [
        ["1", "海丝国际大酒店", "泉州市丰泽区刺桐路", "480", "省直有关单位、有关商协会"],
        ["2", "刺桐花园酒店", "泉州市丰泽区田安南路", "420", "福州市、莆田市"],
        ["3", "晋江国际会展酒店", "晋江市世纪大道", "450", "厦门市、漳州市"],
        ["4", "清源山庄酒店", "泉州市丰泽区清源山路", "380", "三明市、南平市"],
        ["5", "东海湾大酒店", "泉州市丰泽区东海大街", "400", "龙岩市、宁德市"],
        ["6", "刺桐湾假日酒店", "石狮市滨海大道", "460", "平潭综合实验区、境外嘉宾"],
    ]
    widths = [1.1, 3.6, 4.4, 1.6, 4.9]

    def part(rs):
        t = grid_table(doc, len(rs) + 1, 5, widths)
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5)
        for ri, r in enumerate(rs, 1):
            for ci, v in enumerate(r):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
            clauses.append(row_clause(header, r))
    # the clerk split the table where Word broke the page and retyped the header
    part(rows[:SPLIT])
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    part(rows[SPLIT:])
    note = "注：1.泉州市参会人员原则上不安排住宿。2.协议价含双早，请于8月31日前自行预订。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)
    head("三、交通安排")
    runin("（一）接站服务。", "9月7日在泉州站、泉州南站、泉州晋江国际机场设立接待点。")
    runin("（二）会议期间交通。", "组委会在各协议酒店与会场之间安排接驳车辆，具体班次如下：")
    header2 = ["线路", "发车地点", "发车时间", "返程时间"]
    rows2 = [
        ["1号线", "海丝国际大酒店", "9月8日7:40", "12:10、17:40"],
        ["2号线", "刺桐花园酒店", "9月8日7:30", "12:10、17:40"],
        ["3号线", "晋江国际会展酒店", "9月8日7:10", "12:10、17:40"],
        ["4号线", "清源山庄酒店", "9月8日7:20", "12:10、17:40"],
        ["5号线", "东海湾大酒店", "9月8日7:30", "12:10、17:40"],
        ["6号线", "刺桐湾假日酒店", "9月8日7:00", "12:10、17:40"],
    ]
    t = grid_table(doc, len(rows2) + 1, 4, [2.2, 5.2, 4.0, 4.2])
    for i, h in enumerate(header2):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows2, 1):
        for ci in range(3):
            set_cell(t.rows[ri].cells[ci], r[ci], FS, 10.5)
        clauses.append(row_clause(header2, r))
    c = t.cell(1, 3).merge(t.cell(len(rows2), 3))
    set_cell(c, "12:10、17:40", FS, 10.5)
    head("四、其他事项")
    body("（一）参会人员须佩戴参会证件进入会场。")
    body("（二）会务组联系方式：")
    body("（1）报到及住宿：黄晓燕" + FW + "0595-22581763")
    body("（2）交通接驳：吴建华" + FW + "0595-22581765")

    # 版记 on the last page, after the attachment
    p = add_par(doc, [("抄送：商务部国际贸易经济合作研究院，泉州市人民政府。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("福建省商务厅办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年7月20日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省商务厅关于做好2026“一带一路”国际合作论坛海上丝绸之路（泉州）地方分论坛参会组织工作的通知",
            doc_number="闽商务外经〔2026〕21号",
            issuer=["福建省商务厅"],
            date="2026-07-20",
            level="provincial",
            region="福建省",
            attachments=[att],
            doc_type="通知",
            recipients=["各设区市商务局", "平潭综合实验区经济发展局", "省直有关单位", "有关商协会"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 宁波市人民政府 请示（上行文：签发人；份号、紧急；自动编号；议程、嘉宾名单两附件）
def doc_ningbo_qingshi():
    stem = "blind862_ningbo_qingshi"
    doc = Document()
    setup(doc, footer_style="oddeven")
    BODY_LINE[0] = 26
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("000015", SONG, 16, False)], indent=False, line=24)
    add_par(doc, [("紧急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("宁波市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    # 文号 and 签发人 on one line, spaced out with typed blanks
    p = add_par(doc, [("甬政〔2026〕11号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈国强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line in ("宁波市人民政府关于恳请省政府支持举办",
                 "2026“一带一路”国际合作论坛（宁波）",
                 "海洋经济与港口合作地方分论坛的请示"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "浙江省人民政府：", indent=False)

    IND = FW * 2  # clerk indents with typed full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def auto_item(t):
        auto_item.k += 1
        clauses.append("（%s）%s" % (CN[auto_item.k - 1], t))
        p = add_par(doc, [(t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
    auto_item.k = 0

    body("宁波是古代海上丝绸之路的始发港之一，2025年宁波舟山港完成货物吞吐量14.2亿吨，连续17年位居全球第一。"
         "为落实高质量共建“一带一路”八项行动，发挥宁波舟山港和中国（浙江）自由贸易试验区宁波片区开放优势，"
         "我市拟于2026年5月28日至29日举办2026“一带一路”国际合作论坛（宁波）海洋经济与港口合作地方分论坛"
         "（以下简称分论坛）。现将有关事项请示如下：")
    head("一、分论坛总体安排")
    body("（一）主题。向海而兴　港通天下——共建21世纪海上丝绸之路港口合作新格局。")
    body("（二）时间地点及规模。2026年5月28日至29日在宁波国际会议中心举办，拟邀请中外嘉宾约600人，"
         "其中境外嘉宾约200人。")
    body("（三）主要活动。包括开幕式暨主旨演讲、3场专题论坛、“丝路海运”港航合作项目签约及宁波舟山港考察等，"
         "初步议程见附件1。")
    head("二、请示事项")
    auto_item("恳请省政府作为分论坛指导单位，并邀请省政府主要领导出席开幕式并致辞。")
    auto_item("恳请省政府协调商务部、交通运输部等部委领导出席并作主旨演讲，拟邀请嘉宾建议名单见附件2。")
    auto_item("恳请省政府外事办公室协助做好境外嘉宾邀请和外事接待工作。")
    auto_item("分论坛所需经费由我市财政统筹安排，不申请省级财政资金。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    att1 = "2026“一带一路”国际合作论坛（宁波）海洋经济与港口合作地方分论坛初步议程"
    att2 = "拟邀请部委及国际组织嘉宾建议名单"
    # attachment list: second line aligned with typed spaces, wraps by itself
    add_par(doc, IND + "附件：1．" + att1, indent=False)
    add_par(doc, IND + FW * 3 + "2．" + att2, indent=False)
    empty(doc, 1)
    add_par(doc, " " * 42 + "宁波市人民政府", indent=False)
    add_par(doc, " " * 38 + "二〇二六年三月十六日", indent=False)
    add_par(doc, IND + "（联系人：王晓东，联系电话：0574-89180362）", indent=False)

    # ---------------- 附件1: 议程 (header row repeated across pages)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026“一带一路”国际合作论坛（宁波）海洋经济", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("与港口合作地方分论坛初步议程", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    header = ["日期", "时间", "议程安排", "地点"]
    rows = [
        ["5月28日", "全天", "嘉宾报到", "宁波国际会议中心酒店"],
        ["5月28日", "18:30—20:00", "欢迎招待会", "宁波国际会议中心宴会厅"],
        ["5月29日", "09:00—09:30", "开幕式（省、市领导及外方嘉宾代表致辞）", "主会场"],
        ["5月29日", "09:30—11:00", "主旨演讲", "主会场"],
        ["5月29日", "11:00—11:30", "“丝路海运”港航合作项目签约", "主会场"],
        ["5月29日", "14:00—16:30", "专题论坛一：港口互联互通", "分会场A"],
        ["5月29日", "14:00—16:30", "专题论坛二：航运金融与海事服务", "分会场B"],
        ["5月29日", "14:00—16:30", "专题论坛三：海洋新兴产业", "分会场C"],
        ["5月29日", "16:30—18:00", "考察宁波舟山港穿山港区（自愿参加）", "穿山港区"],
    ]
    t = grid_table(doc, len(rows) + 1, 4, [2.6, 3.6, 6.0, 3.4])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(header, r))

    # ---------------- 附件2: 名单 (two-level merged header)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("拟邀请部委及国际组织嘉宾建议名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    cols = ["序号", "拟邀嘉宾／单位", "拟邀嘉宾／职务", "拟安排活动", "邀请方式"]
    rows = [
        ["1", "商务部", "部领导", "开幕式致辞", "请省政府商请"],
        ["2", "交通运输部", "部领导或水运局负责同志", "主旨演讲", "请省政府商请"],
        ["3", "国家发展改革委", "推进“一带一路”建设工作领导小组办公室负责同志", "主旨演讲", "请省政府商请"],
        ["4", "国际港口协会（IAPH）", "秘书长", "主旨演讲", "市政府邀请"],
        ["5", "波罗的海国际航运公会（BIMCO）", "亚太区负责人", "专题论坛发言", "市政府邀请"],
        ["6", "希腊比雷埃夫斯港务局", "负责人", "专题论坛发言", "市政府邀请"],
        ["7", "新加坡海事及港务管理局", "负责人", "专题论坛发言", "市政府邀请"],
    ]
    t = grid_table(doc, len(rows) + 2, 5, [1.4, 4.5, 4.3, 2.6, 2.8])
    # header level 1
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "序号", HT, 12)
    set_cell(t.cell(0, 1).merge(t.cell(0, 2)), "拟邀嘉宾", HT, 12)
    set_cell(t.cell(1, 1), "单位", HT, 12)
    set_cell(t.cell(1, 2), "职务", HT, 12)
    set_cell(t.cell(0, 3).merge(t.cell(1, 3)), "拟安排活动", HT, 12)
    set_cell(t.cell(0, 4).merge(t.cell(1, 4)), "邀请方式", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append(row_clause(cols, r))
    note = "注：境外嘉宾名单将根据邀请回复情况动态调整。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    # 版记: only 印发 line for 请示
    empty(doc, 3)
    p = add_par(doc, [("宁波市人民政府办公厅", FS, 14, False), (FW * 9, FS, 14, False),
                      ("2026年3月16日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁波市人民政府关于恳请省政府支持举办2026“一带一路”国际合作论坛（宁波）海洋经济与港口合作地方分论坛的请示",
            doc_number="甬政〔2026〕11号",
            issuer=["宁波市人民政府"],
            date="2026-03-16",
            level="municipal",
            region="宁波市",
            attachments=[att1, att2],
            doc_type="请示",
            recipients=["浙江省人民政府"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xian_han(), doc_quanzhou_tongzhi(), doc_ningbo_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
