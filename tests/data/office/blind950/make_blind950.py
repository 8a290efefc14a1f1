# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 950: 境外经贸合作区确认考核结果公示 + 结果通知 (省商务厅), Word + PDF + expected.json."""
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
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'

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


def setup(doc, footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        if trpr.find(qn("w:cantSplit")) is None:
            trpr.insert(0, parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    for row in t.rows:
        seen = set()
        for i, w in enumerate(widths):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            c.width = Cm(w)


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_950", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# =================================================================== DOC A
# 江苏省商务厅 公示 (网站版式，无红头、无文号)
ZONES = [
    ["1", "中柬（磅湛）农业产业合作区", "柬埔寨", "江苏华垦国际农业发展有限公司", "优秀"],
    ["2", "印度尼西亚（巴淡）江苏产业园", "印度尼西亚", "常州恒泰海外投资有限公司", "良好"],
    ["3", "印度尼西亚西爪哇纺织服装产业园", "印度尼西亚", "江苏汇鑫纺织集团有限公司", "合格"],
    ["4", "埃塞俄比亚德雷达瓦轻工业园", "埃塞俄比亚", "江苏永安国际实业有限公司", "优秀"],
    ["5", "乌兹别克斯坦（吉扎克）纺织工业园", "乌兹别克斯坦", "无锡锦程控股集团有限公司", "良好"],
    ["6", "泰国罗勇—苏州工业合作园", "泰国", "苏州新区海外投资发展有限公司", "合格"],
    ["7", "塞尔维亚（兹雷尼亚宁）汽车零部件产业园", "塞尔维亚", "江苏凯德汽车部件股份有限公司", "基本合格"],
    ["8", "越南海防—南通纺织产业园", "越南", "南通恒丰国际贸易有限公司", "通过确认"],
    ["9", "哈萨克斯坦（阿拉木图）物流合作园", "哈萨克斯坦", "连云港中哈国际物流有限公司", "通过确认"],
    ["10", "坦桑尼亚（姆特瓦拉）农工贸产业园", "坦桑尼亚", "江苏海外农业投资有限公司", "通过确认"],
]


def doc_gongshi():
    stem = "blind950_js_gongshi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    # title: one paragraph, broken by Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于2025年度江苏省境外经贸合作区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("确认考核结果的公示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    empty(doc, 1)

    body("根据《江苏省省级境外经贸合作区确认考核办法》（苏商规〔2023〕4号）有关规定，经企业自愿申报、设区市商务主管部门初审推荐、第三方机构评审和实地核查，省商务厅对2025年度新申报的境外经贸合作区进行了确认审核，并对已确认的省级境外经贸合作区2025年度建设运营情况开展了考核。现将确认和考核结果予以公示（见下表）。")

    # caption (黑体, centred) -- not a clause (table title)
    add_par(doc, [("2025年度江苏省境外经贸合作区确认考核结果", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核结果"]
    t = doc.add_table(rows=1 + len(ZONES), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(ZONES, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append(row_clause(header, row))
    # vertical merges: 所在国家 rows 2-3 (印度尼西亚), 考核结果 rows 8-10 (通过确认)
    m = t.cell(2, 2).merge(t.cell(3, 2))
    set_cell(m, "印度尼西亚", FS, 12)
    m = t.cell(8, 4).merge(t.cell(10, 4))
    set_cell(m, "通过确认", FS, 12)
    col_widths(t, [1.3, 5.0, 2.6, 4.5, 2.2])

    body("注：考核结果分为优秀、良好、合格、基本合格和不合格五个等次；“通过确认”指2025年度新申报并通过确认审核的合作区。",
         indent=False, line=22).runs[0].font.size = Pt(12)
    empty(doc, 1)
    # half-width parentheses typed by the clerk
    body("公示期为2026年3月10日至2026年3月16日(5个工作日)。公示期间，如对公示结果有异议，请以书面形式向省商务厅对外投资和经济合作处反映。单位提出异议的，应在书面材料上加盖本单位公章；个人提出异议的，应在书面材料上签署真实姓名并提供有效联系方式。逾期或匿名反映的，不予受理。")
    # contact lines, aligned with typed spaces
    body("联 系 人：王立新　刘婷")
    body("联系电话：025-57710362　57710358（传真）")
    body("电子邮箱：jwhzq@doc.jiangsu.gov.cn")
    body("通讯地址：南京市建邺区江东中路268号省商务厅1208室（邮编：210019）")
    empty(doc, 2)
    # 落款: typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 16 + "江苏省商务厅", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月九日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于2025年度江苏省境外经贸合作区确认考核结果的公示",
            "doc_number": None,
            "issuer": ["江苏省商务厅"],
            "date": "2026-03-09",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 江苏省商务厅 红头 结果通知, 附件 名单 (两级表头, 表头行重复)
def doc_tongzhi():
    stem = "blind950_js_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)])

    # 版头
    add_par(doc, [("江苏省商务厅文件", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=20)
    empty(doc, 1)
    p = add_par(doc, "苏商合〔2026〕31号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three separate paragraphs, wrapped at odd places
    for line in ("江苏省商务厅关于公布2025年度省级",
                 "境外经贸合作区确认和考核",
                 "结果的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，各有关企业：", indent=False)

    body("根据《江苏省省级境外经贸合作区确认考核办法》（苏商规〔2023〕4号），省商务厅组织开展了2025年度省级境外经贸合作区确认和考核工作，并于2026年3月10日至16日在省商务厅门户网站进行了公示。公示期间未收到异议。现将有关事项通知如下：")
    head("一、确认和考核结果")
    body("经审核，越南海防—南通纺织产业园等3家合作区通过确认，确认为省级境外经贸合作区；中柬（磅湛）农业产业合作区等7家已确认的省级境外经贸合作区参加2025年度考核，其中考核结果为优秀的2家、良好的2家、合格的2家、基本合格的1家。具体名单见附件。")
    head("二、有关要求")
    runin("（一）发挥示范带动作用。", "考核结果为优秀的合作区，省商务厅将在安排省级商务发展专项资金时予以优先支持，并积极推荐申报国家级境外经贸合作区。各实施企业要进一步完善合作区规划，加大招商引资力度，引导更多省内企业“抱团出海”、入区发展。")
    runin("（二）抓好问题整改。", "考核结果为基本合格的塞尔维亚（兹雷尼亚宁）汽车零部件产业园，实施企业应对照考核发现的问题制定整改方案，于2026年6月30日前完成整改，并将整改情况报告经所在设区市商务局审核后报送省商务厅（电子版发送至jwhzq@doc.jiangsu.gov.cn）。整改不到位的，下一年度考核不得评为合格及以上等次。")
    runin("（三）强化风险防控。", "各实施企业要严格遵守东道国法律法规，尊重当地风俗习惯，切实履行社会责任，健全安全生产、境外人员安全保护和突发事件应急处置机制，防范化解政治、经济、汇率和合规经营等风险。")
    runin("（四）做好统计报送。", "各设区市商务局要督促指导本地区实施企业，于每季度结束后15日内通过“商务部业务系统统一平台—境外经贸合作区统计”模块报送入区企业数量、累计投资额、产值、上缴东道国税费和带动当地就业等数据。")
    runin("三、实行动态管理。", "省级境外经贸合作区实行“有进有出”的动态管理，连续两年考核结果为基本合格及以下等次的，或者发生重大安全生产事故、严重违反东道国法律法规造成恶劣影响的，撤销其省级境外经贸合作区资格。", HT)
    empty(doc, 1)
    add_par(doc, "附件：2025年度省级境外经贸合作区确认和考核结果名单")
    empty(doc, 2)
    p = add_par(doc, "江苏省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------------------------------------------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2025年度省级境外经贸合作区"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("确认和考核结果名单"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核结果／确认情况", "考核结果／考核等次"]
    rows = [
        ["1", "越南海防—南通纺织产业园", "越南", "南通恒丰国际贸易有限公司", "通过确认", "—"],
        ["2", "哈萨克斯坦（阿拉木图）物流合作园", "哈萨克斯坦", "连云港中哈国际物流有限公司", "通过确认", "—"],
        ["3", "坦桑尼亚（姆特瓦拉）农工贸产业园", "坦桑尼亚", "江苏海外农业投资有限公司", "通过确认", "—"],
        ["4", "中柬（磅湛）农业产业合作区", "柬埔寨", "江苏华垦国际农业发展有限公司", "2021年确认", "优秀"],
        ["5", "埃塞俄比亚德雷达瓦轻工业园", "埃塞俄比亚", "江苏永安国际实业有限公司", "2019年确认", "优秀"],
        ["6", "印度尼西亚（巴淡）江苏产业园", "印度尼西亚", "常州恒泰海外投资有限公司", "2022年确认", "良好"],
        ["7", "乌兹别克斯坦（吉扎克）纺织工业园", "乌兹别克斯坦", "无锡锦程控股集团有限公司", "2023年确认", "良好"],
        ["8", "印度尼西亚西爪哇纺织服装产业园", "印度尼西亚", "江苏汇鑫纺织集团有限公司", "2023年确认", "合格"],
        ["9", "泰国罗勇—苏州工业合作园", "泰国", "苏州新区海外投资发展有限公司", "2020年确认", "合格"],
        ["10", "塞尔维亚（兹雷尼亚宁）汽车零部件产业园", "塞尔维亚", "江苏凯德汽车部件股份有限公司", "2022年确认", "基本合格"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "合作区名称", "所在国家", "实施企业"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 10.5, line=16)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "考核结果", HT, 10.5, line=16)
    set_cell(t.cell(1, 4), "确认情况", HT, 10.5, line=16)
    set_cell(t.cell(1, 5), "考核等次", HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=16)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.3, 4.3, 2.2, 3.9, 2.0, 1.9])

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委、省财政厅、省外办，中国出口信用保险公司江苏分公司。",
          "江苏省商务厅办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅关于公布2025年度省级境外经贸合作区确认和考核结果的通知",
            "doc_number": "苏商合〔2026〕31号",
            "issuer": ["江苏省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度省级境外经贸合作区确认和考核结果名单"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 四川省商务厅 公示, 名单在附件（手工拆表“续表”），落款在文本框里
def textbox_run(lines):
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>'.format(f=FS, t=ln)
        for ln in lines)
    xml = ('<w:r %s %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
           'o:spt="202" path="m,l,21600r21600,l21600,xe" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox950" type="#_x0000_t202" '
           'style="position:absolute;margin-left:250pt;margin-top:4pt;width:170pt;height:72pt;z-index:2;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>') % (W_NS, V_NS, paras)
    return parse_xml(xml)


def doc_sichuan():
    stem = "blind950_sc_gongshi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    IND = "\u3000\u3000"

    def sp(t):
        """paragraph indented with typed full-width spaces instead of first-line indent"""
        clauses.append(t)
        return add_par(doc, IND + t, indent=False)

    p = add_par(doc, [("四川省商务厅关于2025年度境外经贸合作区", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    add_par(doc, [("考核评价结果的公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("为深入推进高质量共建“一带一路”，推动境外经贸合作区提质升级，根据《四川省境外经贸合作区认定和考核管理办法》（川商规〔2024〕2号），我厅委托第三方机构对全省已认定的境外经贸合作区2025年度建设运营情况开展了考核评价。经实施企业自评、市（州）商务主管部门审核、专家评审和综合评定，形成了考核评价结果。现予以公示，公示名单见附件。")
    runin_clause = "一、公示期限。2026年4月13日至2026年4月17日（共5个工作日）。"
    clauses.append(runin_clause)
    add_par(doc, [("一、公示期限。", HT, 16, False),
                  ("2026年4月13日至2026年4月17日（共5个工作日）。", FS, 16, False)])
    clauses.append("二、异议方式。公示期内，任何单位和个人对公示结果有异议的，可通过书面或电子邮件方式向我厅反映。反映情况应当实事求是、具体明确，并提供必要的证明材料。")
    add_par(doc, [("二、异议方式。", HT, 16, False),
                  ("公示期内，任何单位和个人对公示结果有异议的，可通过书面或电子邮件方式向我厅反映。反映情况应当实事求是、具体明确，并提供必要的证明材料。", FS, 16, False)])
    sp("（一）单位反映的，应加盖单位公章，并注明联系人和联系电话；")
    sp("（二）个人反映的，应署真实姓名，并提供本人联系方式；")
    sp("（三）匿名、超出公示期限或与考核评价工作无关的异议，不予受理。")
    add_par(doc, [("三、联系方式", HT, 16, False)])
    # half-width colons mixed in, as typed
    sp("联系人：对外投资和经济合作处　陈宇、杨晓雯")
    sp("联系电话:028-86706213（传真同）")
    sp("电子邮箱:scjwhzq@163.com")
    sp("通讯地址：成都市青羊区东城根上街85号（邮编：610015）")
    empty(doc, 1)
    add_par(doc, IND + "附件：2025年度四川省境外经贸合作区考核评价结果名单", indent=False)
    empty(doc, 1)
    # 落款 and date inside a floating text box
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(textbox_run(["四川省商务厅", "2026年4月10日"]))
    empty(doc, 3)

    # ---------------------------------------------------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2025年度四川省境外经贸合作区"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("考核评价结果名单"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["序号", "合作区名称", "所在国家", "实施企业", "考核结果"]
    rows = [
        ["1", "中白（明斯克）川企产业园", "白俄罗斯", "四川蜀兴海外投资有限公司", "A"],
        ["2", "老挝万象—成都现代农业产业园", "老挝", "成都天府农业国际合作有限公司", "A"],
        ["3", "巴基斯坦（卡拉奇）纺织服装产业园", "巴基斯坦", "四川川纺国际实业有限公司", "B"],
        ["4", "柬埔寨（西哈努克）川渝工业园", "柬埔寨", "宜宾临港海外开发有限公司", "B"],
        ["5", "乌兹别克斯坦（纳沃伊）建材产业园", "乌兹别克斯坦", "四川峨眉建材集团有限公司", "A"],
        ["6", "吉尔吉斯斯坦（比什凯克）农产品加工园", "吉尔吉斯斯坦", "绵阳中吉农业开发有限公司", "B"],
        ["7", "尼日利亚（拉各斯）轻工业园", "尼日利亚", "四川德阳重工国际工程有限公司", "C"],
        ["8", "埃及（苏伊士）四川机电产业园", "埃及", "四川省机械进出口集团有限公司", "B"],
    ]
    rows2 = [
        ["9", "蒙古国（乌兰巴托）物流商贸园", "蒙古国", "四川亚欧通国际物流有限公司", "C"],
        ["10", "塔吉克斯坦（杜尚别）有色金属产业园", "塔吉克斯坦", "攀枝花钒钛海外投资有限公司", "B"],
        ["11", "坦桑尼亚（达累斯萨拉姆）医药产业园", "坦桑尼亚", "四川科伦海外医药投资有限公司", "A"],
        ["12", "匈牙利（佩奇）中欧汽配产业园", "匈牙利", "成都蓉欧汽车零部件有限公司", "D"],
    ]

    def part_table(rows_):
        t = doc.add_table(rows=1 + len(rows_), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
            clauses.append(row_clause(header, row))
        col_widths(t, [1.3, 5.0, 2.5, 4.6, 2.2])
        for r in t.rows:
            r.height = Cm(1.1)
        return t

    part_table(rows)
    # clerk splits the table by hand and types 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    part_table(rows2)
    note = "注：考核评价结果分为A（优秀）、B（良好）、C（合格）、D（不合格）四个等级。考核评价结果为D的，责令限期整改，整改期间暂停享受省级相关支持政策。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于2025年度境外经贸合作区考核评价结果的公示",
            "doc_number": None,
            "issuer": ["四川省商务厅"],
            "date": "2026-04-10",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度四川省境外经贸合作区考核评价结果名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gongshi(), doc_tongzhi(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
