# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 832: 自贸区国际商事法庭/仲裁 —— 审理指引、仲裁收费表、衔接规则请示.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into
this script's own directory.
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
SP2 = "\u3000\u3000"

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


def field_run(p, instr, size=14):
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> ' + instr + ' </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = p.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(p.add_run("1"), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="center"):
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
    if footer_style == "center":
        fp.alignment = C
    else:
        # odd/even look faked by an outside-right footer, as many offices do
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
    font(fp.add_run("— "), SONG, 14)
    field_run(fp, "PAGE")
    font(fp.add_run(" —"), SONG, 14)


def cell_text(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for tc in row._tr.findall(qn("w:tc")):
            pass
    for ri in range(len(table.rows)):
        for i, w in enumerate(widths_cm):
            try:
                table.cell(ri, i).width = Cm(w)
            except IndexError:
                pass


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_832", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering: 第一条 / 第二条 … (chineseCounting)
_abs = [700]


def make_numbering(doc, lvl_text, fmt_="chineseCounting", rfont=HT):
    numbering = doc.part.numbering_part.element
    aid = _abs[0]
    _abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, rfont, rfont, rfont))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]


def textbox(p, lines, left_pt, top_pt, width_pt, height_pt):
    """VML text box anchored to paragraph p (offices park the 落款 in one)."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (FS, FS, FS, t) for t in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
           'z-index:1;mso-position-horizontal-relative:margin" stroked="f" filled="f">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, paras))
    p._p.append(parse_xml(xml))


# ==================================================================== DOC A
def doc_sichuan():
    """四川高院：印发自贸区国际商事案件审理指引的通知 (章 + 自动编号条)."""
    stem = "blind832_sichuan_zhiyin"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_numbering(doc, "第%1条\u3000")

    # 版头
    empty(doc, 1)
    p = add_par(doc, [("四川省高级人民法院文件", XBS, 38, False, RED)],
                align=C, indent=False, line=56)
    p.runs[0].font.spacing = Pt(-1)
    empty(doc, 1)
    p = add_par(doc, "川高法〔2026〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # 标题 in three paragraphs, broken where the clerk pressed Enter
    for t in ("四川省高级人民法院关于印发《中国（四川）",
              "自由贸易试验区国际商事案件审理指引",
              "（试行）》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "全省各中级人民法院，成都铁路运输中级法院，四川天府新区成都片区人民法院（四川自由贸易试验区人民法院），本院各部门：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为服务保障中国（四川）自由贸易试验区和西部陆海新通道建设，规范国际商事案件审理工作，本院在总结成都国际商事法庭运行经验的基础上，制定了《中国（四川）自由贸易试验区国际商事案件审理指引（试行）》，经本院审判委员会2026年第3次会议讨论通过，现印发给你们，请结合实际认真贯彻执行。执行中遇到的新情况、新问题，请及时层报本院民事审判第四庭。")
    empty(doc, 1)
    p = add_par(doc, "四川省高级人民法院", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年2月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- the 指引 follows straight on (no page break, one blank line)
    empty(doc, 1)
    add_par(doc, [("中国（四川）自由贸易试验区国际商事案件", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("审理指引（试行）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    artno = [0]

    def art(text, items=(), tail=None):
        p = add_par(doc, text)
        apply_num(p, n_art)
        full = "第%s条\u3000%s" % (CN[artno[0]], text)
        artno[0] += 1
        for it in items:
            add_par(doc, it)
            full += it
        if tail:
            add_par(doc, tail)
            full += tail
        clauses.append(full)

    chapter("第一章\u3000总\u3000\u3000则")
    art("为依法公正高效审理国际商事案件，平等保护中外当事人合法权益，根据《中华人民共和国民事诉讼法》等法律和司法解释，结合本省审判实际，制定本指引。")
    art("本指引所称国际商事案件，是指具有下列情形之一的商事案件：",
        ["（一）当事人一方或者双方是外国人、无国籍人、外国企业或者组织的；",
         "（二）当事人一方或者双方的经常居所地在中华人民共和国领域外的；",
         "（三）标的物在中华人民共和国领域外的；",
         "（四）产生、变更或者消灭商事关系的法律事实发生在中华人民共和国领域外的。"],
        "涉及香港特别行政区、澳门特别行政区和台湾地区的商事案件，参照本指引审理。")
    art("中国（四川）自由贸易试验区范围内发生的国际商事案件，由成都国际商事法庭（设于成都市中级人民法院）和四川自由贸易试验区人民法院按照级别管辖规定集中审理。")
    chapter("第二章\u3000立案与送达")
    art("外国当事人提交的身份证明文件，应当经所在国公证并办理认证手续；所在国与我国均为《取消外国公文书认证要求的公约》缔约国的，办理附加证明书(Apostille)即可。")
    art("对在中华人民共和国领域内没有住所的当事人，人民法院可以采用下列方式送达诉讼文书：",
        ["（一）依照受送达人所在国与我国缔结或者共同参加的国际条约中规定的方式送达；",
         "（二）向受送达人在我国领域内设立的代表机构、分支机构或者有权接受送达的业务代办人送达；",
         "（三）经受送达人同意，采用传真、电子邮件、即时通讯账号等能够确认其收悉的电子方式送达。"])
    chapter("第三章\u3000审理程序")
    art("国际商事案件一般应当在立案之日起六个月内审结；涉外送达、域外法查明的期间不计入审理期限。")
    art("当事人约定适用域外法律的，应当提供该域外法律。人民法院也可以通过下列途径查明：",
        ["（一）通过司法协助渠道由对方的中央机关或者主管机关提供；",
         "（二）通过最高人民法院国际商事专家委员会、域外法查明平台或者法律查明服务机构提供；",
         "（三）由中外法律专家提供。"])
    chapter("第四章\u3000多元化纠纷解决")
    art("人民法院应当加强与中国国际经济贸易仲裁委员会西南分会、成都仲裁委员会、四川省国际商事调解中心等机构的对接，构建“一站式”国际商事纠纷多元化解决机制。")
    art("在立案前或者审理过程中，经当事人同意，人民法院可以将案件委派或者委托调解组织进行调解。委派调解期限一般为三十日，委托调解期限一般为二十日。")
    chapter("第五章\u3000附\u3000\u3000则")
    art("本指引由四川省高级人民法院审判委员会负责解释。")
    art("本指引自2026年3月1日起施行。本院2023年印发的《四川自贸试验区涉外商事案件审理规程（试行）》(川高法〔2023〕56号)同时废止。")

    banji(doc, "抄送：最高人民法院民事审判第四庭，省委政法委，中国（四川）自由贸易试验区工作办公室。",
          "四川省高级人民法院办公室", "2026年2月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省高级人民法院关于印发《中国（四川）自由贸易试验区国际商事案件审理指引（试行）》的通知",
            "doc_number": "川高法〔2026〕27号",
            "issuer": ["四川省高级人民法院"],
            "date": "2026-02-12",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["全省各中级人民法院", "成都铁路运输中级法院",
                           "四川天府新区成都片区人民法院（四川自由贸易试验区人民法院）",
                           "本院各部门"],
            "publicity": "此件公开发布",
            "repeals": "《四川自贸试验区涉外商事案件审理规程（试行）》(川高法〔2023〕56号)",
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC B
def doc_yantai():
    """烟台仲裁委员会公告：自贸区国际商事仲裁收费标准 (附件收费表, 续表)."""
    stem = "blind832_yantai_shoufei"
    doc = Document()
    setup(doc, footer_style="right")
    clauses = []

    p = add_par(doc, [("烟台仲裁委员会", XBS, 44, False, RED)],
                align=C, indent=False, line=60, before=24)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    empty(doc, 1)
    # title with a soft line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("烟台仲裁委员会关于发布《中国（山东）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区烟台片区国际商事仲裁"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("收费标准》的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("烟仲公告〔2026〕1号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)

    IND = SP2  # first-line indent typed as two full-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为服务中国（山东）自由贸易试验区烟台片区建设，根据《中华人民共和国仲裁法》《仲裁委员会仲裁收费办法》及《烟台仲裁委员会自由贸易试验区国际仲裁规则》有关规定，经烟台仲裁委员会第五届委员会第九次会议审议通过，现将《中国（山东）自由贸易试验区烟台片区国际商事仲裁收费标准》予以发布，并就有关事项公告如下：")
    runin("一、适用范围。", "本收费标准适用于本会受理的、当事人约定适用《烟台仲裁委员会自由贸易试验区国际仲裁规则》的国际商事仲裁案件。")
    runin("二、费用构成。", "仲裁费用包括案件受理费和案件处理费。仲裁员报酬、专家咨询费、鉴定费、翻译费、证人出庭费用等其他合理费用，按照附件所列标准另行收取。")
    runin("三、缴费方式。", "当事人可以人民币、美元、欧元、日元、韩元缴纳仲裁费用;以外币缴纳的，按缴费当日中国人民银行公布的人民币汇率中间价折算。")
    runin("四、费用减免。", "当事人申请适用简易程序或者在仲裁庭组成前撤回仲裁申请的，按照附件注释的规定减收或者退还相应费用。对“一带一路”共建国家中小微企业提起的、争议金额在50万元以下的案件，可以申请减收案件处理费的30%。")
    runin("五、施行时间。", "本收费标准自2026年3月1日起施行。施行前已受理的案件，仍按原收费标准执行。《烟台仲裁委员会仲裁收费办法（2019年修订）》中有关涉外案件收费的规定同时停止执行。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, IND + "附件：国际商事仲裁收费表", indent=False)
    empty(doc, 1)
    # 落款 parked in a text box; anchor paragraph is empty
    p = add_par(doc, "", indent=False, line=28)
    textbox(p, ["烟台仲裁委员会", "二〇二六年一月二十日"], 250, 6, 190, 80)

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("国际商事仲裁收费表", XBS, 22, False)],
            align=C, indent=False, line=34)
    p = add_par(doc, [("一、案件受理费及处理费", HT, 16, False), ("\t", HT, 16, False),
                      ("单位：人民币元", KT, 14, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    rows = [
        ["1", "1000000元以下（含本数）", "争议金额的2.5%，最低不少于8000元",
         "争议金额的1.5%，最低不少于5000元"],
        ["2", "1000001元至5000000元", "25000元＋争议金额超过1000000元部分的2%",
         "15000元＋争议金额超过1000000元部分的1%"],
        ["3", "5000001元至10000000元", "105000元＋争议金额超过5000000元部分的1%",
         "55000元＋争议金额超过5000000元部分的0.6%"],
        ["4", "10000001元至50000000元", "155000元＋争议金额超过10000000元部分的0.5%",
         "85000元＋争议金额超过10000000元部分的0.3%"],
        ["5", "50000001元至100000000元", "355000元＋争议金额超过50000000元部分的0.3%",
         "205000元＋争议金额超过50000000元部分的0.2%"],
        ["6", "100000001元以上", "505000元＋争议金额超过100000000元部分的0.1%，最高不超过1500000元",
         "305000元＋争议金额超过100000000元部分的0.1%"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(b, "争议金额", HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    cell_text(m, "收费标准", HT, 12)
    cell_text(t.cell(1, 2), "案件受理费", HT, 12)
    cell_text(t.cell(1, 3), "案件处理费", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "争议金额", "收费标准／案件受理费", "收费标准／案件处理费"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            cell_text(t.cell(ri, ci), v, FS, 10.5, align=C if ci < 2 else L, line=16)
        clauses.append(row_clause(heads, row))
    col_widths(t, [1.3, 4.1, 5.3, 4.9])
    notes = [
        "注：1．争议金额以申请人请求的数额为准；请求的数额与实际争议金额不一致的，以实际争议金额为准。",
        "2．申请仲裁时争议金额未确定的，由本会根据争议所涉及权益的具体情况确定预先收取的仲裁费用数额。",
        "3．适用简易程序审理的案件，案件处理费按本表标准的70%收取；仲裁庭组成前撤回仲裁申请的，退还案件处理费的80%。",
        "4．反请求案件的仲裁费用按本表标准另行计收。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, KT, 12, False)], indent=False, line=18, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)

    # ---- 二、其他费用 (table split by hand into 表 + 续表)
    add_par(doc, [("二、其他费用", HT, 16, False)], indent=False, before=6)
    h2 = ["序号", "费用项目", "收取标准", "说明"]
    part1 = [
        ["1", "仲裁员报酬（按小时计付）", "每小时3000元至5000元，或按当事人与仲裁员约定的标准",
         "当事人约定按小时计付仲裁员报酬的适用，由当事人预缴"],
        ["2", "仲裁员差旅费", "按实际发生额收取，国际航班按经济舱标准",
         "含交通、住宿及每日补贴"],
    ]
    part2 = [
        ["3", "开庭场地费", "在本会庭审室开庭的免收；异地或者境外开庭的按实际发生额收取",
         "经当事人申请在本会以外地点开庭的适用"],
        ["4", "翻译费", "书面翻译每千字200元至600元；同声传译每人每日8000元",
         "按实际发生额收取"],
        ["5", "速录费", "每小时300元", "当事人申请庭审速录的适用"],
        ["6", "鉴定费、审计费、评估费", "按鉴定、审计、评估机构的收费标准收取",
         "由申请方预缴，最终由仲裁庭裁决承担"],
        ["7", "证人、专家出庭费用", "按实际发生的交通、住宿、误工费用收取",
         "由提出申请的一方预缴"],
        ["8", "紧急仲裁员程序费用", "申请费10000元，紧急仲裁员报酬50000元",
         "申请人申请紧急仲裁员程序时一并缴纳"],
        ["9", "仲裁文书邮寄、送达费", "境内送达免收；境外送达按实际发生额收取",
         "含国际快递及委托送达费用"],
    ]

    def small_table(rows_):
        tt = doc.add_table(rows=1 + len(rows_), cols=4)
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(h2):
            cell_text(tt.rows[0].cells[i], h, HT, 12)
        repeat_header(tt.rows[0])
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                cell_text(tt.rows[ri].cells[ci], v, FS, 10.5, align=C if ci < 2 else L, line=16)
            clauses.append(row_clause(h2, row))
        col_widths(tt, [1.3, 4.2, 5.6, 4.5])
        return tt

    small_table(part1)
    p = add_par(doc, [("续表", KT, 14, False)], indent=False)
    p.paragraph_format.page_break_before = True
    small_table(part2)
    n = "注：本表所列费用以外的其他合理实际支出，经仲裁庭或者本会确认后，按实际发生额收取。"
    add_par(doc, [(n, KT, 12, False)], indent=False, line=18, before=4)
    clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "烟台仲裁委员会关于发布《中国（山东）自由贸易试验区烟台片区国际商事仲裁收费标准》的公告",
            "doc_number": "烟仲公告〔2026〕1号",
            "issuer": ["烟台仲裁委员会"],
            "date": "2026-01-20",
            "published": None,
            "level": "other",
            "region": "烟台市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["国际商事仲裁收费表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《烟台仲裁委员会仲裁收费办法（2019年修订）》中有关涉外案件收费的规定",
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC C
def doc_nanning():
    """南宁仲裁委员会请示（上行文，签发人）＋统计表＋附件规则送审稿."""
    stem = "blind832_nanning_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", HT, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("南宁仲裁委员会文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, [("南仲〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("覃立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    for t in ("南宁仲裁委员会关于审定《中国—东盟",
              "（南宁）国际商事调解与仲裁衔接规则",
              "（试行）》的请示"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=16)
    add_par(doc, "南宁市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为推动国际商事纠纷“调解＋仲裁”一站式化解，服务中国（广西）自由贸易试验区建设，我会起草了《中国—东盟（南宁）国际商事调解与仲裁衔接规则（试行）》(以下简称《规则》)。现将有关情况请示如下：")
    head("一、起草背景")
    body("2025年，我会受理涉外案件217件，同比增长31.5%，其中涉东盟国家当事人案件146件。东盟当事人普遍倾向于先行调解，亟需建立调解与仲裁的衔接规则。")
    head("二、《规则》主要内容")
    runin("（一）建立“先调后仲”程序。", "调解期间不计入仲裁期限。")
    runin("（二）实行调解员与仲裁员身份分离。", "调解员一般不得担任同案仲裁员。")
    runin("（三）减轻当事人费用负担。", "调解成功的，仲裁费用减半收取。")
    head("三、征求意见情况")
    body("我会征求了市司法局、市中级人民法院等9家单位和3家商协会、律师事务所意见，共收到意见建议26条：")
    p = add_par(doc, [("征求意见采纳情况统计", HT, 14, False), ("\t", HT, 14, False),
                      ("单位：家、条", KT, 12, False)], indent=False, line=24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    t = doc.add_table(rows=7, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0).merge(t.cell(1, 0)), "征求对象类别", HT, 12)
    cell_text(t.cell(0, 1).merge(t.cell(1, 1)), "单位数", HT, 12)
    cell_text(t.cell(0, 2).merge(t.cell(0, 5)), "意见建议", HT, 12)
    for i, hh in enumerate(["收到", "采纳", "部分采纳", "未采纳"]):
        cell_text(t.cell(1, 2 + i), hh, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["征求对象类别", "单位数", "意见建议／收到", "意见建议／采纳",
             "意见建议／部分采纳", "意见建议／未采纳"]
    rows = [
        ["政府部门", "6", "11", "9", "1", "1"],
        ["司法机关", "2", "6", "3", "2", "1"],
        ["自贸试验区片区管理机构", "1", "3", "3", "0", "0"],
        ["商协会及律师事务所", "3", "6", "4", "1", "1"],
        ["合计", "12", "26", "19", "4", "3"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            cell_text(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12, line=18)
        clauses.append(row_clause(heads, row))
    col_widths(t, [5.6, 1.8, 2.0, 2.0, 2.4, 1.9])
    body("《规则》已经我会第四届委员会第十一次会议审议通过，现报请市人民政府审定。")
    add_par(doc, "妥否，请批示。")
    add_par(doc, "附件：中国—东盟（南宁）国际商事调解与仲裁衔接规则（试行）（送审稿）",
            first=Pt(32))
    add_par(doc, " " * 38 + "南宁仲裁委员会", indent=False)
    add_par(doc, " " * 38 + "2026年4月7日", indent=False)
    add_par(doc, "（联系人：韦海燕；联系电话：0771-5568213）")

    # ---- 附件 规则送审稿
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("中国—东盟（南宁）国际商事调解"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("与仲裁衔接规则（试行）"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("（送审稿）", KT, 16, False)], align=C, indent=False)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    k = [0]

    def art(text, items=()):
        no = "第%s条" % CN[k[0]]
        k[0] += 1
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        full = no + "\u3000" + text
        for it in items:
            add_par(doc, it)
            full += it
        clauses.append(full)

    chapter("第一章\u3000总则")
    art("为规范国际商事调解与仲裁程序的衔接，高效解决中国—东盟国际商事争议，根据《中华人民共和国仲裁法》等规定，制定本规则。")
    art("本规则适用于下列争议：",
        ["（一）当事人约定由南宁国际商事调解中心（以下简称调解中心）调解、由南宁仲裁委员会（以下简称本会）仲裁的国际商事争议；",
         "（二）中国（广西）自由贸易试验区南宁片区内发生的涉外商事争议，当事人同意适用本规则的。"])
    chapter("第二章\u3000仲裁前调解")
    art("当事人可以在申请仲裁前向调解中心申请调解。对方当事人不同意调解或者自收到通知之日起五个工作日内未答复的，视为拒绝调解。")
    art("调解员由当事人从调解中心调解员名册中共同选定；未能共同选定的，由调解中心主任指定。")
    art("仲裁前调解的期限为三十日。经双方当事人同意，可以延长十五日。")
    chapter("第三章\u3000仲裁中调解")
    art("仲裁程序进行中，双方当事人同意调解的，仲裁庭可以将案件交由调解中心调解；调解期间不计入仲裁期限。")
    art("在同一案件中担任调解员的人员，不得担任该案的仲裁员，但双方当事人书面同意的除外。")
    chapter("第四章\u3000附则")
    art("依照本规则调解成功后由仲裁庭制作调解书或者裁决书的，仲裁费用按照本会收费标准的50%收取。")
    art("本规则由南宁仲裁委员会负责解释，自发布之日起施行。")

    banji(doc, "抄送：市司法局。", "南宁仲裁委员会办公室", "2026年4月7日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁仲裁委员会关于审定《中国—东盟（南宁）国际商事调解与仲裁衔接规则（试行）》的请示",
            "doc_number": "南仲〔2026〕9号",
            "issuer": ["南宁仲裁委员会"],
            "date": "2026-04-07",
            "published": None,
            "level": "other",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": ["中国—东盟（南宁）国际商事调解与仲裁衔接规则（试行）（送审稿）"],
            "doc_type": "请示",
            "recipients": ["南宁市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_yantai(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
