# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 857: 境外人员临时住宿登记与外籍人员来华工作许可 (公安、外专部门).

Writes three Word files, their PDFs (LibreOffice) and expected.json
into the directory holding this script.
"""
import json
import os
import subprocess

from docx import Document
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
IND = "\u3000\u3000"

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


def fmt(p, align=None, indent=True, line=26, before=0, after=0, first=None):
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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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


def empty(doc, n=1, line=26):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_field(fp, size=14, left="— ", right=" —"):
    font(fp.add_run(left), SONG, size)
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER, left="— ", right=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = footer_align
    page_field(fp, 14, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


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
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def simple_table(doc, header, rows, clauses, widths=None, aligns=None, repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def two_level_table(doc, top, sub, rows, clauses, widths=None, aligns=None):
    """top: list of (label, span); a span-1 label is merged over both header rows.
    sub: labels for the second header row (only under spanning groups)."""
    ncols = sum(s for _, s in top)
    t = doc.add_table(rows=2 + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    keys = []
    c = 0
    si = 0
    for label, span in top:
        if span == 1:
            a = t.cell(0, c).merge(t.cell(1, c))
            set_cell(a, label, HT, 12)
            keys.append(label)
        else:
            a = t.cell(0, c).merge(t.cell(0, c + span - 1))
            set_cell(a, label, HT, 12)
            for k in range(span):
                set_cell(t.cell(1, c + k), sub[si], HT, 12)
                keys.append("%s／%s" % (label, sub[si]))
                si += 1
        c += span
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_857", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# ======================================================== DOC A  浙江省公安厅
def doc_zhejiang():
    stem = "blind857_zj_zhusu_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头 红头
    add_par(doc, [("浙江省公安厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    p = add_par(doc, "浙公通字〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=10)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place (inside the book-title marks), two paragraphs
    add_par(doc, [("浙江省公安厅关于印发《浙江省境外人员", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("临时住宿登记管理办法》的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）公安局，厅机关各有关部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步规范境外人员临时住宿登记管理工作，提升服务境外人员来浙工作、学习、旅游和经商的便利化水平，根据《中华人民共和国出境入境管理法》《中华人民共和国外国人入境出境管理条例》等法律法规，省厅研究制定了《浙江省境外人员临时住宿登记管理办法》，现印发给你们，请结合实际认真贯彻执行。")
    body("各地要以本办法施行为契机，对辖区旅馆、民宿和境外人员集中居住的社区开展一次全面排查，2026年4月30日前完成旅馆业治安管理信息系统境外人员登记模块升级。执行中遇到的问题，请及时报省厅出入境管理局。")
    empty(doc, 1)
    p = add_par(doc, "浙江省公安厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---- the 办法 itself, on a new page
    p = add_par(doc, [("浙江省境外人员临时住宿登记管理办法", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(num, text, items=(), tail=None):
        full = num + "\u3000" + text + "".join(items) + (tail or "")
        clauses.append(full)
        add_par(doc, [(num, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        if tail:
            add_par(doc, tail)

    chapter("第一章\u3000总\u3000\u3000则")
    article("第一条", "为规范境外人员临时住宿登记管理，维护社会治安秩序，保障境外人员合法权益，根据《中华人民共和国出境入境管理法》《中华人民共和国外国人入境出境管理条例》《旅馆业治安管理办法》等法律法规，结合本省实际，制定本办法。")
    article("第二条", "本办法所称境外人员，是指外国人、无国籍人以及香港特别行政区、澳门特别行政区居民和台湾地区居民。本办法所称临时住宿登记，是指境外人员在本省行政区域内旅馆或者旅馆以外的其他住所居住、住宿时，依法向所在地公安机关办理的登记。")
    article("第三条", "省公安厅负责全省境外人员临时住宿登记管理工作的组织、指导和监督。设区的市、县（市、区）公安机关负责本行政区域内境外人员临时住宿登记管理工作，具体工作由出入境管理部门和公安派出所承担。")
    chapter("第二章\u3000旅馆住宿登记")
    article("第四条", "旅馆接待境外人员入住，应当查验其护照、港澳居民来往内地通行证、台湾居民来往大陆通行证或者其他有效出入境证件，如实登记姓名、性别、出生日期、国籍（地区）、证件种类和号码、签证或者停留居留许可种类及有效期、入住时间和房号等信息，并在入住后24小时内通过旅馆业治安管理信息系统向所在地公安机关报送。")
    article("第五条", "旅馆发现境外人员有下列情形之一的，应当立即向所在地公安机关报告：",
            ["（一）持用的出入境证件有伪造、变造、冒用嫌疑的；",
             "（二）签证或者停留居留证件已超过有效期的；",
             "（三）无法提供有效出入境证件的；",
             "（四）有其他违反出境入境管理规定行为的。"])
    article("第六条", "民宿、网约房经营者和提供住宿服务的农家乐接待境外人员住宿的，参照本章规定执行。")
    chapter("第三章\u3000社会面住宿登记")
    article("第七条", "境外人员在旅馆以外的其他住所居住或者住宿的，应当在入住后24小时内由本人或者留宿人，向居住地公安派出所办理登记。在中国（浙江）自由贸易试验区各片区和义乌国际贸易综合改革试验区内居住的，可以通过“浙里办”APP“境外人员住宿登记”模块在线办理。")
    article("第八条", "留宿人办理登记时，应当提交下列材料：",
            ["（一）境外人员有效出入境证件；",
             "（二）留宿人身份证件；",
             "（三）房屋所有权证明或者房屋租赁合同。"],
            "境外人员入住高等学校、科研机构和企业提供的集体宿舍的，由接待单位统一办理登记。")
    article("第九条", "境外人员住宿地址变更的，应当在变更后24小时内重新办理登记。持居留证件的境外人员离开登记住所连续超过30日的，留宿人应当自知道之日起3个工作日内告知公安派出所。")
    chapter("第四章\u3000服务与监督")
    article("第十条", "各级公安机关应当推行住宿登记“网上办”“掌上办”，在境外人员集中的街道、社区设立境外人员服务站，为境外人员和留宿人提供政策咨询、登记指导等服务。")
    article("第十一条", "公安机关及其工作人员对在住宿登记工作中知悉的个人信息应当予以保密，不得泄露、出售或者非法向他人提供。")
    article("第十二条", "旅馆未按规定办理或者报送境外人员住宿登记信息的，境外人员或者留宿人未按规定办理住宿登记的，由公安机关依照《中华人民共和国出境入境管理法》第七十六条、第七十九条等规定处理。")
    chapter("第五章\u3000附\u3000\u3000则")
    article("第十三条", "本办法自2026年3月1日起施行，有效期至2031年2月28日。《浙江省境外人员住宿登记管理规定（试行）》（浙公通字〔2019〕41号）同时废止。")

    banji(doc, "抄送：省外办，省商务厅，省文化和旅游厅，省科技厅（省外国专家局）。",
          "浙江省公安厅办公室", "2026年1月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省公安厅关于印发《浙江省境外人员临时住宿登记管理办法》的通知",
            "doc_number": "浙公通字〔2026〕5号",
            "issuer": ["浙江省公安厅"],
            "date": "2026-01-26",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-03-01",
            "expires": "2031-02-28",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）公安局", "厅机关各有关部门"],
            "publicity": "此件公开发布",
            "repeals": "《浙江省境外人员住宿登记管理规定（试行）》（浙公通字〔2019〕41号）",
        },
        "clauses": clauses,
    }]
    return path


# ============================================ DOC B  厦门市科技局 + 公安局 联合公告
def doc_xiamen():
    stem = "blind857_xm_gongzuo_xuke"
    doc = Document()
    # web print-out style: plain "- 1 -" footer
    setup(doc, left="- ", right=" -")
    clauses = []

    # no 红头: printed from the government website
    add_par(doc, [("发布日期：2026-02-10", KT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    empty(doc, 1)
    add_par(doc, [("厦门市科学技术局\u3000厦门市公安局", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("关于优化外国人来华工作许可和居留许可", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("“一件事”办理的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("厦科外〔2026〕2号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=10)

    # indent typed with full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为贯彻落实国家关于便利外籍人员来华工作、优化外国人来华服务的部署要求，进一步提升我市引进外籍人才的便利化水平，根据《中华人民共和国出境入境管理法》《外国人在中国就业管理规定》和外国人来华工作许可有关规定，市科学技术局（市外国专家局）、市公安局决定在全市推行外国人来华工作许可和工作类居留许可集成办理(以下简称“一件事”)。现将有关事项公告如下：")
    head("一、适用范围")
    body("本公告适用于拟在本市行政区域内（含中国（福建）自由贸易试验区厦门片区）工作的外国人及其用人单位。用人单位应当依法设立，无严重失信记录；聘用外国人从事的岗位应当是有特殊需要、国内暂缺适当人选，且不违反国家有关规定的岗位。")
    head("二、办理方式")
    runin("（一）线上申请。", "用人单位登录外国人来华工作管理服务系统(网址:fuwu.most.gov.cn)注册账户，在线提交工作许可申请，同步勾选“工作类居留许可”联办事项，申请材料一次上传、部门共享，不再重复提交。")
    runin("（二）一窗受理。", "市行政服务中心设立外国人工作和居留“一件事”服务专窗，统一负责纸质材料核验、指纹采集、照片采集和证件发放。")
    runin("（三）并联审批。", "市科学技术局作出工作许可决定后，系统自动推送至市公安局出入境管理支队，出入境管理部门同步开展居留许可审批，审批结果通过短信告知用人单位。")
    head("三、办理时限和收费")
    # mixed half-width "1." and full-width "2．"
    body("1.外国人来华工作许可通知：自受理之日起3个工作日内作出决定。")
    body("2．外国人工作许可证和工作类居留许可：自受理之日起7个工作日内办结，较原分别办理时限压缩一半以上。")
    body("3.收费标准：")
    body("（1）外国人工作许可证不收取费用；")
    body("（2）工作类居留许可按照国家规定标准收费。")
    head("四、申请材料")
    body("用人单位应当按照下表准备申请材料，已上传电子件的不再收取复印件。")
    add_par(doc, [("外国人来华工作许可和居留许可“一件事”申请材料清单", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    two_level_table(doc, [("序号", 1), ("材料名称", 1), ("适用情形", 3), ("备注", 1)],
                    ["A类", "B类", "C类"], [
        ["1", "外国人来华工作许可申请表", "√", "√", "√", "在线填写，签字并加盖公章"],
        ["2", "工作资历证明", "○", "√", "√", "在所属国从事相关工作的证明"],
        ["3", "最高学位（学历）证书或者职业资格证明", "○", "√", "—", "须经认证或者办理附加证明书"],
        ["4", "无犯罪记录证明", "○", "√", "√", "6个月内出具"],
        ["5", "体检证明", "√", "√", "√", "境外体检的须经验证"],
        ["6", "聘用合同或者任职证明", "√", "√", "√", "载明岗位、期限和薪酬"],
        ["7", "护照或者国际旅行证件", "√", "√", "√", "有效期6个月以上"],
        ["8", "近期正面免冠照片", "√", "√", "√", "白底证件照电子版"],
        ["9", "工作类居留许可申请表", "√", "√", "√", "联办后系统自动生成"],
        ["10", "境外人员临时住宿登记证明", "√", "√", "√", "住宿登记回执或登记表"],
    ], clauses, widths=[1.2, 5.2, 1.3, 1.3, 1.3, 5.3], aligns=[C, L, C, C, C, L])
    empty(doc, 1, line=10)
    # note under the table, smaller type
    note = "注：“√”为须提交材料，“○”为可实行告知承诺、容缺后补的材料，“—”为无须提交材料。A类外国高端人才可凭承诺书先行办理，材料于领证前补齐。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
    head("五、其他事项")
    runin("（一）", "外国人入境后应当按规定办理临时住宿登记，用人单位应当提醒并协助其在入住后24小时内办理，未办理住宿登记的不予受理居留许可申请。")
    runin("（二）", "服务窗口地址和咨询电话见附件，办事群众也可拨打12345政务服务便民热线咨询。")
    body("本公告自2026年3月15日起施行。")
    add_par(doc, IND + "特此公告。", indent=False)
    add_par(doc, IND + "附件：厦门市外国人工作和居留“一件事”服务窗口一览表", indent=False,
            before=8, after=16)
    # joint 落款 aligned with a tab
    p = add_par(doc, [("厦门市科学技术局", FS, 16, False), ("\t", FS, 16, False),
                      ("厦门市公安局", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(48)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), 0)
    p = add_par(doc, "二〇二六年二月六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(40)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = add_par(doc, [("厦门市外国人工作和居留“一件事”", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("服务窗口一览表"), XBS, 20)
    empty(doc, 1, line=16)
    simple_table(doc, ["序号", "服务窗口", "地址", "咨询电话"], [
        ["1", "市行政服务中心“一件事”服务专窗", "思明区云顶北路842号市行政服务中心二楼B区", "0592-5305061"],
        ["2", "自贸试验区厦门片区国际人才服务站", "湖里区象屿路97号厦门国际航运中心D栋1层", "0592-5622318"],
        ["3", "火炬高新区外籍人才服务站", "湖里区火炬园路56号火炬大厦3层", "0592-5716093"],
        ["4", "市公安局出入境管理支队集美服务点", "集美区杏林湾路488号集美区行政服务中心1层", "0592-6187725"],
    ], clauses, widths=[1.2, 5.4, 6.2, 2.8], aligns=[C, L, L, C])
    empty(doc, 1, line=10)
    note2 = "注：各窗口受理时间为周一至周五9:00—12:00、13:30—17:00（法定节假日除外）。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市科学技术局\u3000厦门市公安局关于优化外国人来华工作许可和居留许可“一件事”办理的公告",
            "doc_number": "厦科外〔2026〕2号",
            "issuer": ["厦门市科学技术局", "厦门市公安局"],
            "date": "2026-02-06",
            "published": "2026-02-10",
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-15",
            "expires": None,
            "attachments": ["厦门市外国人工作和居留“一件事”服务窗口一览表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C  霍尔果斯市公安局 报告
def doc_horgos():
    stem = "blind857_horgos_baogao"
    doc = Document()
    setup(doc, footer_align=WD_ALIGN_PARAGRAPH.RIGHT, left="—", right="—")
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    # 份号 + 紧急程度, top left, 黑体
    add_par(doc, [("000015", HT, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("霍尔果斯市公安局", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=6)
    empty(doc, 1)
    # 文号 left, 签发人 right via right tab stop
    p = add_par(doc, [("霍公报〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("艾力·买买提", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # 3-line title in one paragraph, soft line breaks
    p = doc.add_paragraph()
    font(p.add_run("霍尔果斯市公安局关于2025年度境外人员"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("临时住宿登记和外国人就业管理工作"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "伊犁哈萨克自治州公安局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("根据州公安局《关于报送2025年度出入境管理工作总结的通知》（伊州公传〔2025〕96号）要求，现将我局2025年度境外人员临时住宿登记和外国人就业管理工作情况报告如下：")
    head("一、基本情况")
    body("霍尔果斯市地处中哈边境，是丝绸之路经济带的重要节点和我国向西开放的重要门户，辖区有霍尔果斯公路口岸、铁路口岸和中哈霍尔果斯国际边境合作中心。2025年，经霍尔果斯口岸出入境的境外人员68.4万人次，同比增长21.2%。全市共登记境外人员临时住宿39835人次，同比增长15.8%，其中旅馆业登记34384人次，占86.3%；其他住所登记5451人次，占13.7%。分国籍登记情况见表1。")

    body("中哈霍尔果斯国际边境合作中心实行“境内关外”管理，境外人员可持有效证件免签入区，停留时间不超过30日。2025年，合作中心入区境外人员达到412.6万人次，其中在中方区域内住宿的境外人员纳入我市临时住宿登记管理。")
    body("截至2025年12月31日，全市持有效外国人来华工作许可证件的外国人187人，其中A类23人、B类131人、C类33人，主要分布在国际边境合作中心商贸企业、跨境物流企业和能源装备企业。全年受理外国人来华工作许可新办64件、延期41件、注销17件，办结率100%。")
    data = [
        ("哈萨克斯坦", 21436, 3582, "18.6"),
        ("俄罗斯", 4218, 612, "9.2"),
        ("吉尔吉斯斯坦", 2975, 438, "12.4"),
        ("乌兹别克斯坦", 2143, 297, "21.7"),
        ("塔吉克斯坦", 866, 121, "6.3"),
        ("蒙古国", 512, 64, "-4.1"),
        ("土耳其", 437, 58, "15.0"),
        ("巴基斯坦", 326, 71, "33.5"),
        ("德国", 198, 22, "-8.7"),
        ("其他国家和地区", 1273, 186, "10.2"),
    ]
    th = sum(d[1] for d in data)
    to = sum(d[2] for d in data)
    assert th == 34384 and to == 5451 and th + to == 39835
    rows = [[n, str(h), str(o), str(h + o), y] for n, h, o, y in data]
    rows.append(["合计", str(th), str(to), str(th + to), "15.8"])

    top = [("国籍（地区）", 1), ("登记人次", 3), ("同比增减（%）", 1)]
    sub = ["旅馆业", "其他住所", "小计"]
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    widths = [4.2, 2.7, 2.7, 2.7, 3.1]
    add_par(doc, [("表1\u30002025年度霍尔果斯市境外人员临时住宿登记情况统计表（单位：人次）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    two_level_table(doc, top, sub, rows[:8], clauses, widths=widths, aligns=[L, C, C, C, C])
    # clerk split the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表1", HT, 14, False)], indent=False)
    p.paragraph_format.page_break_before = True
    two_level_table(doc, top, sub, rows[8:], clauses, widths=widths, aligns=[L, C, C, C, C])
    note = "注：数据来源于新疆维吾尔自治区旅馆业治安管理信息系统和境外人员住宿登记系统，统计时间为2025年1月1日至12月31日；“其他住所”包括居民住宅、单位宿舍和中哈霍尔果斯国际边境合作中心内商户住所。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("二、主要做法")
    item("推行住宿登记“掌上办”。", "依托自治区境外人员住宿登记系统，在国际边境合作中心、伊宁园区和主要宾馆酒店张贴多语种二维码，境外人员和留宿人可使用手机在线申报，全年网上登记占社会面登记总量的71.4%。")
    item("强化旅馆业源头管控。", "对辖区126家旅馆开展“一店一档”管理，全年组织旅馆从业人员培训8期、412人次，检查旅馆、民宿1380家次，督促整改未按时报送住宿登记信息问题37个。")
    item("优化外国人工作许可服务。", "会同市科技局（外专部门）在国际边境合作中心设立外籍人员服务站，推行工作许可和居留许可“一窗受理、并联审批”，办理时限由原来的20个工作日压缩至8个工作日。")
    item("加强部门协作和数据共享。", "与市科技局、市人社局、霍尔果斯海关建立外国人就业信息月度比对机制，全年比对数据1.2万条，发现并依法查处非法就业外国人9人、非法聘用外国人单位4家。")
    head("三、存在的问题")
    body("一是社会面住宿登记仍有漏登现象，部分出租房屋房东登记意识不强；二是合作中心内短期商务人员流动频繁，动态管控难度较大；三是少数用人单位对外国人就业政策了解不够，存在先用工、后办证的情况。")
    head("四、下一步工作打算")
    # three items typed with Shift+Enter inside one paragraph
    t1 = "1.推动旅馆业治安管理信息系统与智慧口岸平台数据对接，实现境外人员入境、住宿信息实时关联。"
    t2 = "2.在合作中心中方区域增设2个自助住宿登记终端，提供中、哈、俄三语服务。"
    t3 = "3.会同市科技局开展外国人就业政策宣讲进企业活动，全年不少于6场次。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t3), FS, 16)
    fmt(p)
    clauses.extend([t1, t2, t3])
    add_par(doc, "特此报告。")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    p = add_par(doc, " " * 36 + "霍尔果斯市公安局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 35 + "二〇二六年一月二十日", indent=False)
    banji(doc, "抄送：中共霍尔果斯市委政法委员会，霍尔果斯市人民政府，市科技局。",
          "霍尔果斯市公安局办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "霍尔果斯市公安局关于2025年度境外人员临时住宿登记和外国人就业管理工作情况的报告",
            "doc_number": "霍公报〔2026〕7号",
            "issuer": ["霍尔果斯市公安局"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["伊犁哈萨克自治州公安局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
