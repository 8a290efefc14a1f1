# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 925: 商务部门关于开展外贸企业“出海”培训的通知（日程表、报名回执、乘车路线附件）.

Writes blind925_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"
SPLIT = 7  # row after which the 厦门 table is continued (续表)

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


BL = [28]  # body line spacing (固定值, pt) of the document being built


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = BL[0]
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
    """runs: str, or list of (text, font, size, bold[, color]); '\\n' in a text = Shift+Enter."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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


def footer_pageno(section, left="— ", right=" —", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, left="— ", right=" —"):
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
    footer_pageno(s, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def cant_split(table):
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set tblGrid and tcW (LibreOffice honours the grid); handles gridSpan."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        gi = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths_cm[gi:gi + span])
            gi += span
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, size=14, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap, line=20)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def textbox_run(p, text, name=HT, size=16, w=80, h=32, left=0, top=-8):
    """An anchored VML text box, as clerks use for marks like 特急."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox925" o:spid="_x0000_s1025" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left, top, w, h, name, name, name, size * 2, text))
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_925", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_zhejiang():
    """Provincial 文件格式 notice; 附件2 and 附件3 share the last page, 版记 at the very end."""
    stem = "blind925_zhejiang"
    BL[0] = 26  # this office sets 固定值26磅
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=0)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as two paragraphs, broken in an odd place
    add_par(doc, [("浙江省商务厅关于举办2026年全省外贸企业", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("“出海”能力提升专题培训班的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局，中国（浙江）自由贸易试验区各片区管委会，省级有关外贸企业：",
            indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为帮助我省外贸企业积极应对外部环境变化，有序开拓共建“一带一路”国家和新兴市场，经研究，我厅定于2026年4月举办全省外贸企业“出海”能力提升专题培训班。现将有关事项通知如下：")
    p = add_par(doc, [("一、培训时间和地点。", HT, 16, False),
                      ("2026年4月16日至17日在浙江省外经贸培训中心（杭州市拱墅区环城北路305号）举办，4月15日14:00—20:00报到，乘车路线见附件3。", FS, 16, False)])
    cl.append("一、培训时间和地点。2026年4月16日至17日在浙江省外经贸培训中心（杭州市拱墅区环城北路305号）举办，4月15日14:00—20:00报到，乘车路线见附件3。")
    head("二、参训对象")
    body("各设区市商务局、义乌市商务局分管外贸工作的负责同志1名；有境外投资或市场拓展需求的外贸企业负责人，每个设区市不超过15人，义乌市不超过10人；省级有关外贸企业每家不超过2人。")
    head("三、培训内容")
    # the clerk pasted items 4 and 5 from another file: half-width "4."
    for t in ("1．当前国际经贸形势与外贸政策解读；",
              "2．RCEP原产地规则及关税减让实务；",
              "3．境外投资备案、外汇管理及合规经营；",
              "4.“一带一路”市场开拓与海外仓布局案例；",
              "5.出口信用保险及跨境人民币结算业务。"):
        body(t)
    head("四、有关要求")
    runin("（一）认真组织报名。", "请各地汇总本地区参训人员报名回执（附件2），于4月8日（星期三）前发送至省商务厅对外贸易发展处邮箱zjswtwmc@zj.gov.cn。省级有关外贸企业直接报送。")
    runin("（二）严格遵守纪律。", "参训学员须全程参加培训，严格遵守中央八项规定及其实施细则精神。")
    runin("（三）费用安排。", "培训不收取费用，食宿由会务组统一安排，往返交通费自理。")
    p = add_par(doc, [("五、联系人。", HT, 16, False),
                      ("省商务厅对外贸易发展处王丽萍，0571-87705126；会务组陈晓东，13857196238。", FS, 16, False)])
    cl.append("五、联系人。省商务厅对外贸易发展处王丽萍，0571-87705126；会务组陈晓东，13857196238。")
    empty(doc, 1)
    # 附件 list typed with Shift+Enter and spaces for alignment
    add_par(doc, "附件：1．培训日程安排表\n"
                 "      2．参训人员报名回执\n"
                 "      3．报到地点及乘车路线")
    empty(doc, 1)
    p = add_par(doc, "浙江省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月24日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("培训日程安排表", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    hdr = ["日期", "时间", "内容", "主讲（主持）"]
    sched = [
        ("4月15日（星期三）", [("14:00—20:00", "学员报到", "会务组")]),
        ("4月16日（星期四）", [
            ("08:30—09:00", "开班仪式", "省商务厅领导"),
            ("09:00—12:00", "当前国际经贸形势与外贸政策解读", "商务部国际贸易经济合作研究院专家"),
            ("14:00—17:00", "RCEP原产地规则及关税减让实务", "杭州海关关税处专家"),
        ]),
        ("4月17日（星期五）", [
            ("08:30—11:30", "企业境外投资备案、外汇管理及合规经营风险防范",
             "省商务厅对外投资和经济合作处、国家外汇管理局浙江省分局专家"),
            ("14:00—16:00", "共建“一带一路”国家市场开拓与海外仓布局案例分享", "企业代表"),
            ("16:00—17:00", "出口信用保险及跨境人民币结算业务介绍；结业", "中国出口信用保险公司浙江分公司、中国银行浙江省分行"),
        ]),
    ]
    nrows = 1 + sum(len(x[1]) for x in sched)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for day, items in sched:
        top = r
        for (tm, ct, who) in items:
            set_cell(t.rows[r].cells[1], tm, FS, 11, line=18)
            set_cell(t.rows[r].cells[2], ct, FS, 11, align=L, line=18)
            set_cell(t.rows[r].cells[3], who, FS, 11, line=18)
            cl.append(row_clause(hdr, [day, tm, ct, who]))
            r += 1
        m = t.cell(top, 0)
        if r - 1 > top:
            m = m.merge(t.cell(r - 1, 0))
        set_cell(m, day, FS, 11, line=18)
    col_widths(t, [3.0, 3.2, 5.4, 4.0])
    add_par(doc, [("注：日程如有调整，以报到时发放的会议指南为准。", FS, 12, False)],
            indent=False, line=20, before=6)
    cl.append("注：日程如有调整，以报到时发放的会议指南为准。")

    # ---- 附件2
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("参训人员报名回执", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    hdr2 = ["序号", "姓名", "性别", "单位及职务", "手机号码", "是否住宿", "备注"]
    t = doc.add_table(rows=4, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri in range(1, 4):
        for ci in range(7):
            set_cell(t.rows[ri].cells[ci], "", FS, 12, line=22)
    col_widths(t, [1.4, 1.8, 1.4, 4.2, 2.8, 2.2, 1.8])
    # two notes typed in one paragraph with Shift+Enter
    n1 = "注：1．请于4月8日前将回执电子版发送至zjswtwmc@zj.gov.cn，纸质版加盖公章后于报到时提交。"
    n2 = "2．住宿统一安排标准间（2人1间），如需单间请在备注栏注明，费用自理。"
    add_par(doc, [(n1 + "\n" + "    " + n2, FS, 12, False)], indent=False, line=20, before=6)
    cl.extend([n1, n2])

    # ---- 附件3 on the same page (no page break: clerk just added blank lines)
    empty(doc, 1, line=20)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("报到地点及乘车路线", XBS, 20, False)], align=C, indent=False, line=32)
    for t_ in ("报到地点：浙江省外经贸培训中心一楼大堂（杭州市拱墅区环城北路305号）。",
               "一、杭州东站：乘地铁1号线（往湘湖方向）至武林广场站C出口，步行约800米；乘出租车约25分钟。",
               "二、杭州站：乘地铁1号线（往下沙江滨方向）至武林广场站C出口，步行约800米；乘出租车约15分钟。",
               "三、杭州萧山国际机场：乘机场大巴武林门线至终点站，步行约600米；乘出租车约50分钟。",
               "温馨提示：培训中心停车位有限，请尽量乘坐公共交通工具。"):
        cl.append(t_)
        add_par(doc, [(t_, FS, 14, False)], first=Pt(28), line=24)
    banji(doc, "抄送：商务部对外贸易司，省发展改革委，省财政厅，杭州海关，宁波海关。",
          "浙江省商务厅办公室", "2026年3月24日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅关于举办2026年全省外贸企业“出海”能力提升专题培训班的通知",
            doc_number="浙商务发〔2026〕21号",
            issuer=["浙江省商务厅"],
            date="2026-03-24",
            level="provincial",
            region="浙江省",
            attachments=["培训日程安排表",
                         "参训人员报名回执", "报到地点及乘车路线"],
            recipients=["各设区市商务局", "义乌市商务局",
                        "中国（浙江）自由贸易试验区各片区管委会", "省级有关外贸企业"],
            publicity="此件主动公开",
        ),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """Municipal joint notice: 联合版头 in a borderless table, typed-space indents,
    half-width punctuation, Chinese-numeral date, two-level header, 续表."""
    stem = "blind925_xiamen"
    BL[0] = 28
    doc = Document()
    setup(doc, "- ", " -")
    cl = []

    # joint 版头: organ short names left, 文件 right (merged over two rows)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "厦门市商务局", XBS, 34, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=42)
    set_cell(t.cell(1, 0), "厦门市贸促会", XBS, 34, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=42)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 44, color=RED, line=56)
    m.vertical_alignment = 1  # center
    col_widths(t, [10.0, 4.0])
    empty(doc, 1)
    p = add_par(doc, "厦商务〔2026〕42号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("厦门市商务局\u3000厦门市贸促会", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("关于开展2026年“丝路启航”外贸企业", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("“出海”系列培训的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区人民政府商务主管部门，各有关商协会，各外贸企业：", indent=False)

    # body: clerk indents with two full-width spaces instead of first-line indent
    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(IND + h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为贯彻落实国家和省关于推动外贸稳规模优结构的部署要求，助力我市外贸企业开拓共建“一带一路”国家市场，用好中国（福建）自由贸易试验区厦门片区和“丝路海运”平台优势，市商务局、市贸促会决定联合开展2026年“丝路启航”外贸企业“出海”系列培训（以下简称“系列培训”）。现将有关事项通知如下：")
    head("一、培训安排")
    body("系列培训自2026年4月至12月分12期举办,采取“线下授课+线上直播”方式,具体安排见附件。")
    runin("二、培训对象。", "全市外贸企业、跨境电商企业、外贸综合服务企业，重点面向中小微外贸企业和首次“出海”企业。")
    runin("三、报名方式。", "企业可登录“厦门国际贸易单一窗口”—“企业服务”专栏在线报名，每期开班前5个工作日截止。")
    # two clauses typed in one paragraph with Shift+Enter
    s1 = "各区商务主管部门要做好辖区企业宣传发动工作,每期组织不少于10家企业参训;"
    s2 = "市贸促会要协调境外商协会、驻外机构专家参与授课。"
    add_par(doc, IND + s1 + "\n" + IND + s2, indent=False)
    cl.extend([s1, s2])
    head("四、其他事项")
    body("（一）系列培训不收取任何费用，不安排食宿，交通自理。")
    body("（二）联系人：市商务局对外贸易处林晓燕（0592-2857136）；市贸促会会员部黄志鹏（0592-5397402）。")
    empty(doc, 1)
    p = add_par(doc, IND + "附件：2026年“丝路启航”外贸企业“出海”系列培训安排表", indent=False)
    empty(doc, 1)
    # joint 落款 with a tab, date in Chinese numerals
    p = add_par(doc, [("厦门市商务局", FS, 16, False), ("\t", FS, 16, False),
                      ("中国国际贸易促进委员会厦门市委员会", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(5.6), 0)
    p.paragraph_format.left_indent = Pt(16)
    add_par(doc, "二〇二六年三月九日", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    banji(doc, "抄送：省商务厅，省贸促会，市政府办公厅，厦门海关。",
          "厦门市商务局办公室", "2026年3月9日印发")

    # ---- 附件 (single attachment, labelled without a number) with 续表
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("2026年“丝路启航”外贸企业“出海”", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("系列培训安排表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    keys = ["序号", "培训主题", "培训安排／日期", "培训安排／时间", "培训地点", "线下名额（家）"]
    rows = [
        ["1", "RCEP及中国—东盟自贸区3.0版规则应用实务", "4月22日", "9:00—12:00", "厦门国际会议中心", "120"],
        ["2", "共建“一带一路”国家市场准入与合规经营", "5月13日", "9:00—17:00", "自贸试验区厦门片区管委会多功能厅", "80"],
        ["3", "海外仓建设与跨境电商B2B出口（9710、9810）通关实务", "5月27日", "14:30—17:30", "厦门跨境电商产业园", "60"],
        ["4", "境外投资备案及外汇登记操作指引", "6月17日", "14:30—17:30", "自贸试验区厦门片区管委会多功能厅", "80"],
        ["5", "中东、中亚市场开拓与境外展会参展策略", "7月15日", "9:00—12:00", "厦门国际会议中心", "100"],
        ["6", "出口信用保险与汇率避险工具运用", "8月19日", "14:30—17:30", "厦门市贸促会培训室", "60"],
        ["7", "“丝路海运”航线与海铁联运物流解决方案", "9月9日", "9:00—12:00", "厦门国际航运中心会议室", "80"],
        ["8", "境外知识产权布局与贸易摩擦应对", "9月23日", "9:00—12:00", "厦门国际会议中心", "120"],
        ["9", "拉美、非洲新兴市场开拓实务", "10月21日", "14:30—17:30", "厦门市贸促会培训室", "60"],
        ["10", "数字贸易与跨境数据合规", "11月11日", "9:00—12:00", "厦门软件园三期会议中心", "80"],
        ["11", "境外经贸合作区与产能合作项目对接", "11月25日", "9:00—17:00", "自贸试验区厦门片区管委会多功能厅", "80"],
        ["12", "企业“出海”案例分享暨政企对话会", "12月16日", "9:00—17:00", "厦门国际会议中心", "120"],
    ]

    def sched_table(part):
        t = doc.add_table(rows=2 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # two-level header
        for ci, h in ((0, "序号"), (1, "培训主题"), (4, "培训地点"), (5, "线下名额（家）")):
            mm = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(mm, h, HT, 12)
        mm = t.cell(0, 2).merge(t.cell(0, 3))
        set_cell(mm, "培训安排", HT, 12)
        set_cell(t.cell(1, 2), "日期", HT, 12)
        set_cell(t.cell(1, 3), "时间", HT, 12)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(part, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (1, 4) else C, line=22)
            cl.append(row_clause(keys, row))
        col_widths(t, [1.0, 4.3, 2.4, 2.9, 3.4, 1.6])
        cant_split(t)

    sched_table(rows[:SPLIT])
    # the clerk split the table by hand and typed 续表 on the next page
    add_par(doc, [("续表", KT, 14, False)], indent=False).paragraph_format.page_break_before = True
    sched_table(rows[SPLIT:])
    notes = [
        "注：1.各期培训同步开通线上直播，直播链接于开班前1天通过“厦门商务”微信公众号发布。",
        "2.乘车路线：厦门国际会议中心（思明区环岛东路1999号）可乘BRT快速公交至会展中心站，步行约10分钟；自贸试验区厦门片区管委会（湖里区象屿路88号）可乘地铁2号线至五缘湾站，转乘出租车约8分钟；厦门跨境电商产业园（湖里区金尚路318号）可乘地铁1号线至乌石浦站，步行约15分钟。",
        "3.各培训地点停车位有限，请尽量绿色出行。",
    ]
    for n in notes:
        cl.append(n)
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市商务局\u3000厦门市贸促会关于开展2026年“丝路启航”外贸企业“出海”系列培训的通知",
            doc_number="厦商务〔2026〕42号",
            issuer=["厦门市商务局", "中国国际贸易促进委员会厦门市委员会"],
            date="2026-03-09",
            level="municipal",
            region="厦门市",
            attachments=["2026年“丝路启航”外贸企业“出海”系列培训安排表"],
            recipients=["各区人民政府商务主管部门", "各有关商协会", "各外贸企业"],
        ),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC C
def doc_mofcom():
    """Ministry 信函格式: red organ name, double rule, 特急 in a text box, 文号 by right tab,
    title with Shift+Enter, quota table with 合计 and repeated header, (此件公开发布)."""
    stem = "blind925_mofcom_han"
    BL[0] = 26
    doc = Document()
    setup(doc)
    cl = []

    p = add_par(doc, [("商务部办公厅", XBS, 36, False, RED)], align=C, indent=False,
                line=50, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 30, 1, val="thickThinSmallGap")
    # 特急 in a text box at the left, 文号 at the right with a right tab stop
    p = add_par(doc, [("\t商办贸函〔2026〕156号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    textbox_run(p, "特急", HT, 16, w=60, h=24, left=10, top=2)
    empty(doc, 1, line=14)
    p = add_par(doc, [("商务部办公厅关于举办共建“一带一路”国家\n"
                       "市场开拓暨外贸企业“出海”合规经营\n"
                       "专题培训班的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门，各有关中央企业：",
            indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT):
        cl.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为支持外贸企业有序拓展共建“一带一路”国家市场，提升境外合规经营和风险防控能力，商务部定于2026年3月下旬在陕西省西安市举办共建“一带一路”国家市场开拓暨外贸企业“出海”合规经营专题培训班。现将有关事项通知如下：")
    runin("一、培训时间：", "2026年3月25日至27日（3月24日全天报到，27日下午离会）。")
    runin("二、培训地点：", "中国（陕西）自由贸易试验区西安国际港务区丝路国际会议中心（西安市灞桥区港务大道299号）。")
    head("三、参训人员")
    body("（一）各地商务主管部门负责外贸工作的处级干部1名；")
    body("（二）各地推荐的外贸企业负责人，名额分配见下表；")
    body("（三）有关中央企业国际业务部门负责人各1名。")
    add_par(doc, [("各地参训企业名额分配表", HT, 14, False), ("（单位：人）", KT, 12, False)],
            align=C, indent=False, before=2, line=24)
    hdr = ["区域", "省（区、市）", "每地名额", "小计"]
    rows = [
        ["东部地区", "北京、天津、河北、上海、江苏、浙江、福建、山东、广东、海南", "8", "80"],
        ["中部地区", "山西、安徽、江西、河南、湖北、湖南", "6", "36"],
        ["西部地区", "内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆", "6", "72"],
        ["东北地区", "辽宁、吉林、黑龙江", "5", "15"],
        ["计划单列市", "大连、青岛、宁波、厦门、深圳", "3", "15"],
        ["新疆生产建设兵团", "—", "3", "3"],
        ["合计", "—", "—", "221"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 1 else C, line=16)
        cl.append(row_clause(hdr, row))
    col_widths(t, [3.4, 8.6, 1.8, 1.8])
    n = "注：西部地区名额可向陕西、新疆适当倾斜，由我部统筹调剂。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
    runin("四、培训内容：", "共建“一带一路”国家市场准入、贸易合规、出口管制风险应对等专题授课及现场教学，日程见附件1，乘车路线见附件3。")
    runin("五、有关要求：", "请于3月13日前将学员报名回执（附件2）盖章扫描后发送至会务组邮箱。培训费由我部承担，往返交通费回所在单位报销。")
    h6 = "六、联系人："
    a6 = "外贸司张明远，010-65197468；"
    b6 = "会务组李佳，029-83385712，ydylpx2026@163.com。"
    add_par(doc, [(h6, HT, 16, False), (a6 + "\n" + "\u3000" * 8 + b6, FS, 16, False)])
    cl.append(h6 + a6 + b6)
    # 附件 list with a hanging indent
    for i, a in enumerate(["1．培训日程安排", "2．学员报名回执", "3．报到地点及乘车路线"]):
        p = add_par(doc, ("附件：" if i == 0 else "") + a, indent=False)
        p.paragraph_format.left_indent = Pt(32 + 48)
        p.paragraph_format.first_line_indent = Pt(-48) if i == 0 else Pt(0)
    empty(doc, 1)
    p = add_par(doc, "商务部办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年3月2日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("培训日程安排", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    hdr1 = ["日期", "上午（8:30—11:50）", "下午（14:00—17:30）", "晚上（19:30—21:00）"]
    rows1 = [
        ["3月24日（周二）", "报到", "报到", "学员见面会"],
        ["3月25日（周三）", "开班式；专题一：当前外贸形势与稳外贸政策", "专题二：共建“一带一路”国家市场准入规则与贸易合规", "分组讨论"],
        ["3月26日（周四）", "专题三：出口管制与经济制裁风险应对", "专题四：海外知识产权保护与境外投资合规", "自主学习"],
        ["3月27日（周五）", "现场教学：西安国际港务区、中欧班列（西安）集结中心", "结业式；离会", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows1), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr1):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows1, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=22)
        cl.append(row_clause(hdr1, row))
    col_widths(t, [3.0, 4.8, 4.8, 3.0])
    n = "注：授课专家由商务部国际贸易经济合作研究院、海关总署、中国出口信用保险公司等单位专家担任，具体日程以报到时发放的为准。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6)

    # ---- 附件2
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("学员报名回执", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    h2 = ["姓名", "性别", "民族", "单位及职务", "身份证号码", "手机号码", "是否住宿"]
    t = doc.add_table(rows=5, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    for ri in range(1, 5):
        for ci in range(7):
            set_cell(t.rows[ri].cells[ci], "", FS, 11, line=28)
    col_widths(t, [1.6, 1.1, 1.1, 4.0, 3.6, 2.6, 1.6])
    n = "填报说明：企业学员请在“单位及职务”栏注明企业所属行业和主要出口市场；需接站的学员请在表格下方注明抵达航班或车次及时间。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6)

    # ---- 附件3 (same page, clerk used blank lines)
    empty(doc, 2)
    add_par(doc, [("附件3", HT, 16, False)], indent=False)
    add_par(doc, [("报到地点及乘车路线", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    t_ = "报到地点：丝路国际会议中心酒店一楼大堂（西安市灞桥区港务大道299号）。"
    cl.append(t_)
    add_par(doc, t_)
    hdr3 = ["出发地", "乘车路线", "约需时间"]
    rows3 = [
        ["西安咸阳国际机场", "乘坐地铁14号线至港务大道站，A口出站步行约500米", "70分钟"],
        ["西安北站", "乘坐地铁14号线（往贺韶方向）至港务大道站，A口出站步行约500米", "40分钟"],
        ["西安站", "乘坐出租车，全程约22公里", "35分钟"],
    ]
    t = doc.add_table(rows=1 + len(rows3), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr3):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows3, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        cl.append(row_clause(hdr3, row))
    col_widths(t, [3.6, 9.4, 2.4])
    n = "会务组将于3月24日在西安咸阳国际机场T3航站楼、西安北站设接站点，请学员在报名回执中注明抵达航班或车次。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="商务部办公厅关于举办共建“一带一路”国家市场开拓暨外贸企业“出海”合规经营专题培训班的通知",
            doc_number="商办贸函〔2026〕156号",
            issuer=["商务部办公厅"],
            date="2026-03-02",
            level="ministry",
            region=None,
            attachments=["培训日程安排", "学员报名回执", "报到地点及乘车路线"],
            recipients=["各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门",
                        "各有关中央企业"],
            publicity="此件公开发布",
        ),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_mofcom()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
