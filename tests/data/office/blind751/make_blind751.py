# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 751: 准予/不予行政许可决定书 (商务主管部门、自贸片区管委会), Word + PDF + expected.json."""
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
    if spacing is not None:  # expanded character spacing, in twips
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
        spacing = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, spacing)
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer=None):
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
    if footer is None:
        return
    left, right = footer  # e.g. ("— ", " —") or ("- ", " -")
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """fixed layout + gridCol + every cell width (LibreOffice honours the grid)."""
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 12, 4)


def red_rule(doc, sz=24, before=0):
    p = add_par(doc, "", indent=False, line=10, before=before)
    border(p, "bottom", "FF0000", sz, 1)
    return p


# ---- Word automatic numbering ----------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
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
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, FS, FS, FS))
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


# ---- VML text box (落款 typed in a text box) ---------------------------------
def textbox_paragraph(doc, lines, left_pt=230, top_pt=6, width_pt=200, height_pt=80):
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/><w:sz w:val="32"/></w:rPr>'
        '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'.format(f=FS, t=t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="luokuan1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, ps))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_751", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ==================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 准予行政许可决定书（对外劳务合作经营资格）+ 附件告知书."""
    stem = "blind751_zhejiang_laowu"
    doc = Document()
    setup(doc, ("— ", " —"))
    cl = []

    # 红头: organ name only (no 文件), red rule straight under it
    add_par(doc, [("浙江省商务厅", XBS, 40, False, RED, 200)], align=C, indent=False,
            line=56, before=20)
    red_rule(doc, 30)
    empty(doc, 1)
    add_par(doc, [("准予行政许可决定书", XBS, 22, False)], align=C, indent=False, line=36)
    # 文号 typed under the title, pushed right with a right indent
    p = add_par(doc, [("浙商务许准〔2026〕14号", FS, 16, False)], align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    add_par(doc, "浙江海川国际经济技术合作有限公司：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    body("你公司于2026年2月26日向本机关提交的对外劳务合作经营资格申请（申请编号：ZJSW-LW-20260226-003）及相关材料收悉，本机关于2026年3月2日依法受理。")
    body("经审查，你公司系依法设立的企业法人，实缴注册资本为人民币1200万元，配备熟悉对外劳务合作业务的管理人员5名，已建立健全内部管理制度和突发事件应急处置制度，法定代表人无故意犯罪记录，符合《对外劳务合作管理条例》第六条规定的条件。本机关于2026年3月11日对你公司经营场所进行了实地核查，核查结果与申请材料一致。")
    body("根据《中华人民共和国行政许可法》第三十八条第一款和《对外劳务合作管理条例》第七条的规定，本机关决定准予你公司对外劳务合作经营资格。许可内容如下：")

    header = ["项目", "内容"]
    rows = [
        ["被许可人", "浙江海川国际经济技术合作有限公司"],
        ["统一社会信用代码", "91330106MA7GK3RT5N"],
        ["法定代表人", "沈国强"],
        ["住所", "浙江省杭州市西湖区文三路478号华星时代广场B座1208室"],
        ["许可事项", "对外劳务合作经营资格"],
        ["证书编号", "浙对劳〔2026〕第0014号"],
        ["有效期", "长期"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[0], row[0], FS, 14)
        set_cell(t.rows[ri].cells[1], row[1], FS, 14, align=L)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, [Cm(4.6), Cm(11.0)])

    empty(doc, 1, line=14)
    body("你公司应当自本决定送达之日起5个工作日内，按照《对外劳务合作风险处置备用金管理办法（试行）》的规定，在本机关指定的银行足额缴存对外劳务合作风险处置备用金人民币300万元，并凭备用金缴存凭证到本机关领取《对外劳务合作经营资格证书》。")
    body("你公司在开展对外劳务合作业务时，应当严格遵守《对外劳务合作管理条例》等法律法规和国家有关规定，切实履行附件所列各项义务，依法维护劳务人员合法权益。")
    body("如不服本决定，可以自收到本决定书之日起六十日内向浙江省人民政府申请行政复议，也可以自收到本决定书之日起六个月内向杭州铁路运输法院提起行政诉讼。")
    body("本决定自送达之日起生效。")
    empty(doc, 1)
    # 附件 line with typed spaces
    add_par(doc, "附件：对外劳务合作企业有关义务告知书", align=J)
    empty(doc, 1)
    # 落款 in a floating text box, date in Chinese numerals
    textbox_paragraph(doc, ["浙江省商务厅", "二〇二六年三月二十日"], left_pt=250, top_pt=4)

    # 附件 on its own page (page break before)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("对外劳务合作企业有关义务告知书", XBS, 22, False)], align=C, indent=False,
            line=36)
    empty(doc, 1)
    body("根据《对外劳务合作管理条例》《对外劳务合作风险处置备用金管理办法（试行）》等规定，你公司取得对外劳务合作经营资格后，应当履行下列义务：")

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    runin("一、依法组织外派。", "不得以商务、旅游、留学等名义组织劳务人员赴国外工作；不得允许其他单位或者个人以本企业的名义组织劳务人员赴国外工作；不得组织劳务人员赴国外从事与赌博、色情活动相关的工作。")
    runin("二、规范订立合同。", "应当与国外雇主订立书面劳务合作合同，与劳务人员订立书面服务合同或者劳动合同，并为劳务人员办理境外人身意外伤害保险；向劳务人员收取服务费的，应当符合国家有关规定。")
    runin("三、做好行前培训。", "应当安排劳务人员接受赴国外工作所需的职业技能、安全防范知识、外语以及用工项目所在国家或者地区相关法律、宗教信仰、风俗习惯等知识的培训；未安排劳务人员接受培训的，不得组织其赴国外工作。")
    runin("四、加强境外管理。", "应当跟踪了解劳务人员在国外的工作、生活情况，协助解决劳务人员工作、生活中的困难和问题；在共建“一带一路”国家开展业务的，应当主动与我驻当地使（领）馆保持联系，及时报告重大事项。")
    runin("五、按时报送信息。", "应当于每月10日前通过商务部业务系统统一平台报送上月对外劳务合作业务统计数据；企业名称、法定代表人、住所等事项发生变更的，应当自变更之日起30日内向本机关办理变更手续。")
    body("你公司违反上述义务的，本机关将依照《对外劳务合作管理条例》有关规定依法处理，情节严重的，依法吊销其对外劳务合作经营资格证书。")

    banji(doc, "抄送：商务部对外投资和经济合作司，杭州市商务局。", "浙江省商务厅办公室",
          "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="准予行政许可决定书",
            doc_number="浙商务许准〔2026〕14号",
            issuer=["浙江省商务厅"],
            date="2026-03-20",
            level="provincial",
            region="浙江省",
            attachments=["对外劳务合作企业有关义务告知书"],
            doc_type="决定书",
            recipients=["浙江海川国际经济技术合作有限公司"],
        ),
        "clauses": cl,
    }]
    return path


# ==================================================================== DOC B
def doc_kunming():
    """昆明片区管委会 不予行政许可决定书（对外劳务合作经营资格核准）."""
    stem = "blind751_kunming_buyu"
    doc = Document()
    setup(doc, ("- ", " -"))
    cl = []
    nid = make_numbering(doc, "（%1）")

    # 红头: long organ name broken with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("中国（云南）自由贸易试验区"), XBS, 28, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("昆明片区管理委员会"), XBS, 28, False, RED, 160)
    fmt(p, align=C, indent=False, line=44, before=10)
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    empty(doc, 1)
    # title typed with expanded spacing
    add_par(doc, [("不予行政许可决定书", XBS, 24, False, None, 120)], align=C, indent=False,
            line=40)
    add_par(doc, [("昆自贸管许〔2025〕不字第3号", FS, 16, False)], align=C, indent=False)
    empty(doc, 1)

    def info(t):
        cl.append(t)
        add_par(doc, t, indent=False, first=Pt(0))

    info("申\u3000请\u3000人：昆明澜湄国际经济技术合作有限公司")
    info("统一社会信用代码：91530100MADK7Q2E4W")
    info("法定代表人：杨海波")
    info("住\u3000\u3000\u3000所：云南省昆明市官渡区林溪路188号昆明澜湄商务中心7楼")
    empty(doc, 1, line=14)

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    body("2025年10月9日，你公司向本机关提出对外劳务合作经营资格核准申请。本机关于2025年10月14日依法受理（受理通知书编号：昆自贸受字〔2025〕第58号）。因申请材料不齐全，本机关于2025年10月21日向你公司出具《补正材料通知书》，你公司于2025年10月30日提交了补正材料。")
    body("依照《云南省人民政府关于向中国（云南）自由贸易试验区下放第三批省级行政职权事项的决定》，对外劳务合作经营资格核准事项由本机关在昆明片区范围内实施。经对你公司提交的申请材料进行审查，并于2025年11月4日进行实地核查，你公司申请条件审查情况如下：")

    header = ["序号", "法定条件", "申请人情况", "审查意见"]
    rows = [
        ["1", "符合企业法人条件", "已依法登记为有限责任公司，营业执照在有效期内", "符合"],
        ["2", "实缴注册资本不低于600万元人民币", "认缴注册资本1000万元，实缴注册资本350万元", "不符合"],
        ["3", "有3名以上熟悉对外劳务合作业务的管理人员",
         "提供管理人员3名，其中2名无对外劳务合作相关从业经历，且社会保险缴纳单位与申请人不一致", "不符合"],
        ["4", "有健全的内部管理制度和突发事件应急处置制度", "提交了内部管理制度，未提交突发事件应急处置制度", "不符合"],
        ["5", "法定代表人没有故意犯罪记录", "已提交无犯罪记录证明", "符合"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(5.0), Cm(6.8), Cm(2.4)]
    set_widths(t, widths)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 2) else C)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # note under the table, smaller font, no indent
    note = "注：实缴注册资本情况以昆明市市场监督管理局登记信息及你公司提交的验资报告（云信会验字〔2025〕第0917号）为准。"
    cl.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1, line=14)

    body("综上，你公司的申请不符合《对外劳务合作管理条例》第六条第（二）项、第（三）项、第（四）项规定的条件。根据《中华人民共和国行政许可法》第三十八条第二款和《对外劳务合作管理条例》第七条的规定，本机关决定对你公司的对外劳务合作经营资格核准申请不予行政许可。")
    body("现将有关事项告知如下：")

    items = [
        "你公司在补足实缴注册资本、配齐熟悉对外劳务合作业务的管理人员并建立健全突发事件应急处置制度后，可以重新提出申请。",
        "未取得对外劳务合作经营资格前，你公司不得以任何形式组织劳务人员赴境外工作，不得以商务、旅游、留学等名义变相开展对外劳务合作，否则本机关将会同有关部门依法查处。",
        "如不服本决定，可以自收到本决定书之日起六十日内向昆明市人民政府申请行政复议，也可以自收到本决定书之日起六个月内直接向昆明市官渡区人民法院提起行政诉讼。",
    ]
    cn = "一二三四五"
    for i, it in enumerate(items):
        cl.append("（%s）%s" % (cn[i], it))
        p = add_par(doc, it, align=J, first=Pt(32))
        apply_num(p, nid)

    empty(doc, 2)
    # 落款 with typed spaces + tab, date in digits
    p = add_par(doc, [("\t中国（云南）自由贸易试验区昆明片区管理委员会", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p = add_par(doc, [("\t2025年11月12日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 2)
    empty(doc, 1)
    add_par(doc, "（联系人：李婧　　联系电话：0871-67158326）", indent=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="不予行政许可决定书",
            doc_number="昆自贸管许〔2025〕不字第3号",
            issuer=["中国（云南）自由贸易试验区昆明片区管理委员会"],
            date="2025-11-12",
            level="municipal",
            region="昆明市",
            doc_type="决定书",
            recipients=[],
        ),
        "clauses": cl,
    }]
    return path


# ==================================================================== DOC C
def doc_jiangsu():
    """江苏省商务厅: 准予技术出口许可的决定 + 不予技术进口许可的决定 (two documents)."""
    stem = "blind751_jiangsu_jishu"
    doc = Document()
    setup(doc, None)  # no page numbers
    docs = []

    def header_block(wh, title1, title2):
        add_par(doc, [("江苏省商务厅", XBS, 44, False, RED, 100)], align=C, indent=False,
                line=60, before=24)
        empty(doc, 1)
        add_par(doc, [(wh, FS, 16, False)], align=C, indent=False)
        red_rule(doc, 24)
        empty(doc, 1)
        add_par(doc, [(title1, XBS, 22, False)], align=C, indent=False, line=36)
        add_par(doc, [(title2, XBS, 22, False)], align=C, indent=False, line=36)
        empty(doc, 1)

    # ---------------- C1 准予
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    header_block("苏商技许〔2026〕21号", "江苏省商务厅关于准予无锡华澄盾构装备",
                 "有限公司技术出口许可的决定")
    add_par(doc, "无锡华澄盾构装备有限公司：", indent=False)
    body("你公司于2026年3月27日通过商务部业务系统统一平台提交的技术出口许可证申请及相关材料收悉。经审查，你公司拟向乌兹别克斯坦共和国塔什干地铁建设股份公司出口的“大直径复合地层土压平衡盾构机设计制造技术”，属于《中国禁止出口限制出口技术目录》所列限制出口技术，本厅已于2025年12月18日向你公司颁发《中华人民共和国技术出口许可意向书》（编号：2025JSXY0042）。你公司现已签订技术出口合同，申请材料齐全，符合法定形式。")
    body("根据《中华人民共和国对外贸易法》、《中华人民共和国技术进出口管理条例》第三十三条、第三十七条、第三十八条和《禁止出口限制出口技术管理办法》的有关规定，经会同江苏省科学技术厅审查，本厅决定准予你公司技术出口许可，颁发《中华人民共和国技术出口许可证》（许可证编号：26JSE0000021）。许可的技术出口合同情况如下：")

    # table with two-level merged header, both header rows repeated
    top = ["序号", "合同号", "技术名称", "受让方", "受让方", "合同金额", "合同金额"]
    sub = ["序号", "合同号", "技术名称", "名称", "国别", "金额（万美元）", "支付方式"]
    keys = ["序号", "合同号", "技术名称", "受让方／名称", "受让方／国别", "合同金额／金额（万美元）",
            "合同金额／支付方式"]
    rows = [
        ["1", "HC-UZ-2026-001", "大直径复合地层土压平衡盾构机设计制造技术（技术许可）",
         "塔什干地铁建设股份公司", "乌兹别克斯坦", "1860.00", "分期支付"],
        ["2", "HC-UZ-2026-002", "盾构机组装调试及隧道施工技术服务", "塔什干地铁建设股份公司",
         "乌兹别克斯坦", "425.50", "一次总付"],
        ["合计", "—", "—", "—", "—", "2285.50", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(2.9), Cm(3.2), Cm(2.4), Cm(1.8), Cm(2.1), Cm(2.0)]
    set_widths(t, widths)
    for ci in range(7):
        set_cell(t.rows[0].cells[ci], top[ci], HT, 11)
        set_cell(t.rows[1].cells[ci], sub[ci], HT, 11)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 2 else C)
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # merges: vertical for 序号/合同号/技术名称, horizontal for 受让方 and 合同金额
    for ci in range(3):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, top[ci], HT, 11)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "受让方", HT, 11)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "合同金额", HT, 11)
    note = "注：合同金额含技术使用费和技术服务费，不含盾构机整机及零部件设备价款。"
    cl.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1, line=14)

    # one paragraph with a Shift+Enter inside (clerk pasted two sentences)
    t1 = "本许可自2026年4月15日起生效，有效期至2027年4月14日。你公司应当在许可证有效期内履行合同，并按规定办理技术出口合同生效登记及外汇、税务等相关手续。"
    t2 = "合同的技术出口范围、受让方、合同金额等主要内容发生变更的，应当重新办理技术出口许可手续。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p, align=J)
    cl.extend([t1, t2])
    body("如不服本决定，可以自收到本决定之日起六十日内向江苏省人民政府申请行政复议，或者在六个月内向南京铁路运输法院提起行政诉讼。")
    empty(doc, 2)
    p = add_par(doc, "江苏省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月15日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：商务部服务贸易和商贸服务业司，江苏省科学技术厅，无锡市商务局。",
          "江苏省商务厅办公室", "2026年4月15日印发")
    docs.append({
        "meta": meta(
            title="江苏省商务厅关于准予无锡华澄盾构装备有限公司技术出口许可的决定",
            doc_number="苏商技许〔2026〕21号",
            issuer=["江苏省商务厅"],
            date="2026-04-15",
            level="provincial",
            region="江苏省",
            effective="2026-04-15",
            expires="2027-04-14",
            doc_type="决定",
            recipients=["无锡华澄盾构装备有限公司"],
            publicity="此件依申请公开",
        ),
        "clauses": cl,
    })

    # ---------------- C2 不予
    page_break(doc)
    cl = []

    def body2(t):
        cl.append(t)
        add_par(doc, t, align=J)

    header_block("苏商技不许〔2026〕3号", "江苏省商务厅关于不予盐城丰澜化工有限公司",
                 "技术进口许可的决定")
    add_par(doc, "盐城丰澜化工有限公司：", indent=False)
    body2("你公司于2026年4月2日提交的技术进口许可申请及相关材料收悉。你公司拟从哈萨克斯坦共和国阿克套化工集团有限责任公司引进“电石法聚氯乙烯高汞触媒合成工艺技术”，合同号为FL-KZ-2026-007，合同金额为326.00万美元。")
    body2("经审查，并征求江苏省科学技术厅、江苏省生态环境厅意见，你公司拟进口的技术需使用氯化汞含量较高的高汞触媒，属于《中国禁止进口限制进口技术目录》所列禁止进口技术，且不符合《关于汞的水俣公约》履约要求和国家产业政策。")
    body2("根据《中华人民共和国技术进出口管理条例》第九条和《中华人民共和国行政许可法》第三十八条第二款的规定，本厅决定不予许可。")
    body2("你公司如需对聚氯乙烯生产工艺进行升级改造，可选用低汞、无汞触媒等国家鼓励类先进适用技术；拟进口技术属于自由进口技术的，应当按规定办理技术进口合同登记。")
    body2("如不服本决定，可以自收到本决定之日起六十日内向江苏省人民政府申请行政复议，或者在六个月内向南京铁路运输法院提起行政诉讼。")
    empty(doc, 2)
    p = add_par(doc, "江苏省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月17日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    banji(doc, "抄送：江苏省科学技术厅，江苏省生态环境厅，盐城市商务局。",
          "江苏省商务厅办公室", "2026年4月17日印发")
    docs.append({
        "meta": meta(
            title="江苏省商务厅关于不予盐城丰澜化工有限公司技术进口许可的决定",
            doc_number="苏商技不许〔2026〕3号",
            issuer=["江苏省商务厅"],
            date="2026-04-17",
            level="provincial",
            region="江苏省",
            doc_type="决定",
            recipients=["盐城丰澜化工有限公司"],
        ),
        "clauses": cl,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_kunming(), doc_jiangsu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
