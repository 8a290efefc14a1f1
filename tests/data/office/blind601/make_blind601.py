# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 601 blind test documents: 外汇局 跨境贸易投资高水平开放试点 业务指引 (notice + 指引,
附录 流程 as step boxes, 附表 材料清单 with ☐)."""
import os
import json
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- helpers
def set_run_font(run, name=FS, size=16, bold=False, color=None):
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


def fmt_para(p, align=None, first_indent=None, exact=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, runs):
    """runs: list of (text, font, size, bold[, color]); text may contain '\\n' = soft line break."""
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_run_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    return p


def para(container, runs, align=None, first_indent=32, exact=28, before=0, after=0, left=None):
    p = container.add_paragraph()
    fmt_para(p, align, first_indent, exact, before, after, left)
    add_runs(p, runs)
    return p


def empty(container, n=1, exact=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, None, None, exact)


def bottom_border(p, color="FF0000", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    edges = ("top", "bottom") if top else ("bottom",)
    for edge in edges:
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc):
    """Footer '— 1 —' in 宋体 4号 with a PAGE field."""
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    run = p.add_run()
    set_run_font(run, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def set_cell_borders(cell, show=True, sz=8):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        if show:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def table_no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def fix_widths(table, widths):
    """Fixed layout + explicit grid so LibreOffice honours the column widths."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips if hasattr(widths[j], "twips") else widths[j])))
    for j, col in enumerate(table.columns):
        for c in col.cells:
            c.width = widths[j]


def cell_text(cell, runs, align=WD_ALIGN_PARAGRAPH.LEFT, exact=22, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    fmt_para(p, align, None, exact)
    add_runs(p, runs)
    return p


_abs_counter = [900]


def make_numbering(doc, lvl_text, num_fmt="chineseCounting", font=FS, bold_font=None,
                   indent_first=32):
    """Add an abstractNum + num with one level; returns numId."""
    numbering = doc.part.numbering_part.element
    _abs_counter[0] += 1
    aid = _abs_counter[0]
    rfont = bold_font or font
    xml = (
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (W_NS, aid, num_fmt, lvl_text, indent_first * 20, rfont, rfont, rfont)
    )
    absnum = parse_xml(xml)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    nums = numbering.findall(qn("w:num"))
    num_id = max([int(n.get(qn("w:numId"))) for n in nums] + [0]) + 1
    num = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (W_NS, num_id, aid))
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def vml_textbox_para(doc, runs, height_pt=62, width_pt=400):
    """A paragraph holding an inline VML rectangle with a text box (one paragraph inside)."""
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, None, None)
    inner = ""
    for r in runs:
        text, font, size, bold = r[:4]
        inner += (
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>{b}'
            '<w:sz w:val="{s}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>'
        ).format(f=font, b="<w:b/>" if bold else "", s=int(size * 2), t=text)
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:rect style="width:%dpt;height:%dpt" strokecolor="#000000" strokeweight="1pt" '
        'filled="f"><v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>'
        '<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>%s</w:p>'
        '</w:txbxContent></v:textbox></v:rect></w:pict></w:r>'
        % (W_NS, width_pt, height_pt, inner)
    )
    p._p.append(parse_xml(xml))
    return p


def convert_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_601", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# --------------------------------------------------------------------------- file 1: 福州
def make_fuzhou():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)
    notice, guide = [], []

    def body(text_runs, clauses, plain=None, **kw):
        p = para(doc, text_runs, **kw)
        clauses.append(plain if plain is not None else "".join(r[0] for r in text_runs).replace("\n", ""))
        return p

    # 版头
    empty(doc, 2)
    para(doc, [("国家外汇管理局福建省分局文件", XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, exact=None)
    empty(doc, 1)
    para(doc, [("闽汇发〔2025〕18号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=None)
    p = para(doc, [("", FS, 8, False)], first_indent=None, exact=None)
    bottom_border(p, "FF0000", 24)
    empty(doc, 1)
    # title with a soft line break
    para(doc, [("国家外汇管理局福建省分局关于印发\n《跨境贸易投资高水平开放试点\n业务指引》的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, exact=36)
    empty(doc, 1)
    para(doc, [("国家外汇管理局福建省各市分局，各银行福建省分行，各地方法人银行：", FS, 16, False)],
         first_indent=None)

    body([("为贯彻落实《国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知》（汇发〔2024〕11号）要求，"
           "进一步提升跨境贸易投资便利化水平，支持福建省加快构建开放型经济新体制，国家外汇管理局福建省分局制定了"
           "《跨境贸易投资高水平开放试点业务指引》（以下简称《指引》），现印发给你们，并就有关事项通知如下：",
           FS, 16, False)], notice)
    items = [
        ("一、加强组织实施。", "各市分局要加强对辖内试点业务的政策宣导、业务指导和事中事后监测，发现异常情况及时报告省分局。"
         "各银行要高度重视，指定专门部门和人员负责试点业务，确保便利化政策精准惠及经营主体。"),
        ("二、做好准备工作。", "各银行应于2025年10月31日前完成内部制度修订和业务系统改造，并将相关制度报送国家外汇管理局"
         "福建省分局经常项目管理处备案。"),
        ("三、实行名单管理。", "试点业务实行银行和企业名单制管理。银行申请开展试点业务的，应按照《指引》附表的要求向所在地"
         "外汇局提交材料；所在地外汇局应在收到完整材料之日起10个工作日内完成评估。"),
        ("四、强化风险防控。", "各银行要切实履行展业审核责任，对试点业务开展真实性、合规性审核，不得为虚假交易、构造交易"
         "提供便利。外汇局将加强非现场监测和现场核查，对违规行为依法予以查处。"),
    ]
    for head, txt in items:
        # run-in heading typed in 黑体 (not bold) followed by body text
        body([(head, HT, 16, False), (txt, FS, 16, False)], notice)
    body([("五、本通知自2025年10月1日起施行。", FS, 16, False),
          ("《国家外汇管理局福建省分局关于开展跨境贸易投资高水平开放试点有关工作的通知》（闽汇发〔2023〕9号）同时废止。",
           FS, 16, False)], notice)
    body([("执行中如遇问题，请及时向国家外汇管理局福建省分局经常项目管理处反映（联系人：林晓东，联系电话：0591-87654321）。",
           FS, 16, False)], notice)
    empty(doc, 1)
    para(doc, [("附件：跨境贸易投资高水平开放试点业务指引", FS, 16, False)])
    empty(doc, 3)
    # 落款 aligned with manual spaces (full-width)
    para(doc, [("　　　　　　　　　　　　　国家外汇管理局福建省分局", FS, 16, False)], first_indent=None)
    para(doc, [("　　　　　　　　　　　　　　　　2025年9月16日", FS, 16, False)], first_indent=None)
    empty(doc, 1)
    para(doc, [("（此件公开发布）", FS, 16, False)])

    # ---- 附件: 指引
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], first_indent=None)
    empty(doc, 1)
    para(doc, [("跨境贸易投资高水平开放试点业务指引", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=None, exact=36)
    empty(doc, 1)

    def chapter(t):
        para(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, before=6, after=6)

    def art(no, txt):
        body([(no, HT, 16, False), ("　" + txt, FS, 16, False)], guide)

    chapter("第一章　总　　则")
    art("第一条", "为深化外汇领域改革开放，规范跨境贸易投资高水平开放试点（以下简称试点）业务办理，根据《中华人民共和国"
        "外汇管理条例》《国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知》等规定，结合福建省实际，制定本指引。")
    art("第二条", "本指引适用于福建省内经国家外汇管理局福建省分局（以下简称省分局）同意开展试点业务的银行（以下简称试点"
        "银行），以及在试点银行办理试点业务的企业。")
    # soft line break typed in the middle of an article
    art("第三条", "试点银行应当遵循“了解客户、了解业务、尽职审查”的展业原则，\n建立健全试点业务内部控制制度，对试点业务的"
        "真实性、合规性承担审核责任。")
    chapter("第二章　经常项目便利化")
    art("第四条", "试点银行可为符合下列条件的企业办理经常项目外汇收支便利化业务：")
    # Word auto numbering （一）（二）… — the text itself does not carry the numbers
    nid = make_numbering(doc, "（%1）", "chineseCounting")
    subitems = ["近两年无外汇违规行为记录；",
                "货物贸易外汇管理分类为A类；",
                "具有真实、合法的交易背景，且近一年跨境收支规模不低于等值200万美元；",
                "试点银行认可的其他条件。"]
    cn = "一二三四五六七八九十"
    for i, s in enumerate(subitems):
        p = para(doc, [(s, FS, 16, False)], first_indent=None)
        set_num(p, nid)
        guide.append("（%s）%s" % (cn[i], s))
    art("第五条", "对于符合条件的企业，试点银行可凭企业提交的《经常项目外汇收支说明》办理货物贸易、服务贸易等经常项目外汇"
        "收支，无需逐笔审核合同、发票等交易单证。")
    art("第六条", "试点企业可按规定办理新型国际贸易外汇收支，试点银行应当结合企业业务模式、资金流与货物流匹配情况等开展审核。")
    chapter("第三章　资本项目便利化")
    art("第七条", "试点银行可为符合条件的非金融企业办理下列资本项目业务：")
    for s in ["1.非金融企业在不超过等值1000万美元的额度内自主借用外债；",
              "2.非金融企业境外放款登记；",
              "3.外商投资企业境内再投资免于登记；",
              "4.资本项目收入使用便利化。"]:
        body([(s, FS, 16, False)], guide)
    art("第八条", "试点企业资本项目外汇收入及其结汇所得人民币资金，在符合真实合规的前提下可用于境内股权投资。")
    art("第九条", "试点银行应当在办理资本项目业务后，通过国家外汇管理局数字外管平台及时报送相关数据。")
    chapter("第四章　办理流程")
    art("第十条", "试点业务按照企业申请、银行受理、展业审核、业务办理、数据报备五个步骤办理，具体流程见附录。")
    art("第十一条", "企业应当按照附表所列清单提交材料，并对材料的真实性、完整性负责。材料齐全、符合要求的，试点银行应当在"
        "2个工作日内办结。")
    art("第十二条", "试点银行发现企业存在虚假、欺诈交易或者提供虚假材料的，应当拒绝办理，并及时向所在地外汇局报告。")
    chapter("第五章　附　　则")
    art("第十三条", "试点银行应当于每季度结束后10个工作日内，向所在地外汇局报送试点业务开展情况。")
    art("第十四条", "本指引由省分局负责解释。")
    art("第十五条", "本指引自2025年10月1日起施行。")

    # ---- 附录: 流程 as one-column table, arrows between step boxes
    page_break(doc)
    para(doc, [("附录", HT, 16, False)], first_indent=None)
    para(doc, [("试点业务办理流程", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None,
         exact=32, after=6)
    steps = [
        ("步骤一：企业申请。", "企业通过试点银行柜台或线上渠道提出试点业务申请，并按照附表提交相关材料。"),
        ("步骤二：银行受理。", "试点银行对企业提交的材料进行完整性审查，材料齐全的当场受理；材料不全的，一次性告知企业需补正的内容。"),
        ("步骤三：展业审核。", "试点银行按照展业原则对交易背景的真实性、合规性进行审核，必要时可要求企业补充说明。"),
        ("步骤四：业务办理。", "审核通过的，试点银行在2个工作日内为企业办理相关外汇收支或登记手续。"),
        ("步骤五：数据报备。", "试点银行通过数字外管平台报送业务数据，并将业务材料留存备查，留存期限不少于5年。"),
    ]
    t = doc.add_table(rows=len(steps) * 2 - 1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_no_borders(t)
    fix_widths(t, [Cm(14.5)])
    for i, (h, d) in enumerate(steps):
        c = t.rows[i * 2].cells[0]
        set_cell_borders(c, True, 12)
        cell_text(c, [(h, HT, 15, False), (d, FS, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, 26)
        guide.append(h + d)
        if i < len(steps) - 1:
            a = t.rows[i * 2 + 1].cells[0]
            set_cell_borders(a, False)
            cell_text(a, [("↓", "宋体", 18, True)], WD_ALIGN_PARAGRAPH.CENTER, 26)

    # ---- 附表: 材料清单 with ☐
    page_break(doc)
    para(doc, [("附表", HT, 16, False)], first_indent=None)
    para(doc, [("试点业务材料清单", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None,
         exact=32, after=6)
    hdr = ["序号", "材料名称", "要求", "已提交"]
    rows = [
        ["1", "试点业务申请书", "原件1份，加盖企业公章", "☐"],
        ["2", "营业执照", "复印件1份", "☐"],
        ["3", "经常项目外汇收支说明", "原件1份", "☐"],
        ["4", "近一年跨境收支情况表", "原件1份，银行可通过系统核对", "☐"],
        ["5", "外债或境外放款合同", "复印件1份（办理资本项目业务时提供）", "☐"],
        ["6", "试点银行要求的其他材料", "—", "☐"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.5), Cm(5.5), Cm(6.5), Cm(2.0)]
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], [(h, HT, 14, False)], WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 1].cells[j], [(v, FS, 14, False)], al)
        guide.append("；".join("%s：%s" % (hdr[j], r[j]) for j in range(4)))
    fix_widths(t, widths)
    para(doc, [("注：复印件须加盖企业公章；材料为外文的，应当附中文译本。", FS, 14, False)], first_indent=None,
         exact=24, before=6)
    guide.append("注：复印件须加盖企业公章；材料为外文的，应当附中文译本。")

    # ---- 版记 at the very end of the whole file (after the attachment)
    empty(doc, 2)
    p = para(doc, [("抄送：国家外汇管理局经常项目管理司、资本项目管理司，中国人民银行福建省分行。", FS, 14, False)],
             first_indent=None, left=14, exact=26)
    bottom_border(p, "000000", 8, top=True)
    p = para(doc, [("国家外汇管理局福建省分局办公室　　　　　2025年9月16日印发", FS, 14, False)],
             first_indent=None, left=14, exact=26)
    bottom_border(p, "000000", 12)

    path = os.path.join(HERE, "blind601_fuzhou_tongzhi.docx")
    doc.save(path)

    exp = [
        {
            "meta": {
                "title": "国家外汇管理局福建省分局关于印发《跨境贸易投资高水平开放试点业务指引》的通知",
                "doc_number": "闽汇发〔2025〕18号",
                "issuer": ["国家外汇管理局福建省分局"],
                "date": "2025-09-16",
                "published": None,
                "level": "provincial",
                "region": "福建省",
                "effective": "2025-10-01",
                "expires": None,
                "attachments": ["跨境贸易投资高水平开放试点业务指引"],
                "doc_type": "通知",
                "recipients": ["国家外汇管理局福建省各市分局", "各银行福建省分行", "各地方法人银行"],
                "publicity": "此件公开发布",
                "repeals": "《国家外汇管理局福建省分局关于开展跨境贸易投资高水平开放试点有关工作的通知》（闽汇发〔2023〕9号）",
            },
            "clauses": notice,
        },
        {
            "meta": {
                "title": "跨境贸易投资高水平开放试点业务指引",
                "doc_number": None,
                "issuer": ["国家外汇管理局福建省分局"],
                "date": "2025-09-16",
                "published": None,
                "level": "provincial",
                "region": "福建省",
                "effective": "2025-10-01",
                "expires": None,
                "attachments": ["试点业务办理流程", "试点业务材料清单"],
                "doc_type": "指引",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": guide,
        },
    ]
    return path, exp


# --------------------------------------------------------------------------- file 2: 杭州 (joint)
def make_hangzhou():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)
    notice, guide = [], []

    def body(text_runs, clauses, **kw):
        p = para(doc, text_runs, **kw)
        clauses.append("".join(r[0] for r in text_runs).replace("\n", ""))
        return p

    empty(doc, 1)
    # joint 版头: layout table, two organ names stacked, "文件" in a merged cell to the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_no_borders(t)
    cell_text(t.cell(0, 0), [("国家外汇管理局浙江省分局", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.DISTRIBUTE, 40)
    cell_text(t.cell(1, 0), [("中国人民银行浙江省分行", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.DISTRIBUTE, 40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, [("文件", XBS, 30, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, 40)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)
    fix_widths(t, [Cm(12.6), Cm(3.0)])
    empty(doc, 1)
    para(doc, [("浙汇发〔2026〕3号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None)
    p = para(doc, [("", FS, 8, False)], first_indent=None, exact=None)
    bottom_border(p, "FF0000", 24)
    empty(doc, 1)
    para(doc, [("国家外汇管理局浙江省分局\n中国人民银行浙江省分行关于印发\n《跨境贸易投资高水平开放试点外汇业务\n操作指引（试行）》的通知",
                XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, exact=36)
    empty(doc, 1)
    para(doc, [("国家外汇管理局浙江省各市分局，中国人民银行浙江省各市分行，各银行浙江省分行，各地方法人银行：",
                FS, 16, False)], first_indent=None)
    body([("为贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，按照国家外汇管理局关于跨境贸易投资高水平开放试点的"
           "工作要求，进一步便利中国（浙江）自由贸易试验区及全省经营主体跨境贸易投资，国家外汇管理局浙江省分局、"
           "中国人民银行浙江省分行制定了《跨境贸易投资高水平开放试点外汇业务操作指引（试行）》（以下简称《操作指引》），"
           "现印发给你们，请认真贯彻执行。", FS, 16, False)], notice)
    body([("各银行要认真组织学习《操作指引》，做好内部制度衔接和一线人员培训，在跨境金融服务平台同步上线试点业务线上办理"
           "功能，切实提升企业办事体验。", FS, 16, False)], notice)
    body([("各市分局、各市分行要加强辖内试点业务的统筹协调和监测分析，每半年向国家外汇管理局浙江省分局报送一次试点工作开展情况。",
           FS, 16, False)], notice)
    body([("执行中遇到的问题，请及时向国家外汇管理局浙江省分局资本项目管理处反映。", FS, 16, False)], notice)
    body([("联系人：周婷　　联系电话：0571-87238815", FS, 16, False)], notice)
    empty(doc, 1)
    para(doc, [("附件：跨境贸易投资高水平开放试点外汇业务操作指引（试行）", FS, 16, False)])
    empty(doc, 3)
    # joint 落款 in a borderless two-column table, date below
    t = doc.add_table(rows=1, cols=2)
    table_no_borders(t)
    fix_widths(t, [Cm(7.8), Cm(7.8)])
    cell_text(t.cell(0, 0), [("国家外汇管理局浙江省分局", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 28)
    cell_text(t.cell(0, 1), [("中国人民银行浙江省分行", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 28)
    empty(doc, 1)
    para(doc, [("2026年1月20日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=None)
    empty(doc, 1)
    para(doc, [("（此件主动公开）", FS, 16, False)])
    empty(doc, 2)
    # 版记 before the attachment
    p = para(doc, [("抄送：国家外汇管理局资本项目管理司、经常项目管理司，浙江省商务厅，中国（浙江）自由贸易试验区工作办公室。",
                    FS, 14, False)], first_indent=None, left=14, exact=26)
    bottom_border(p, "000000", 8, top=True)
    p = para(doc, [("国家外汇管理局浙江省分局办公室　　　　　2026年1月20日印发", FS, 14, False)],
             first_indent=None, left=14, exact=26)
    bottom_border(p, "000000", 12)

    # ---- attachment: 操作指引 with Word auto-numbered 第X条
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], first_indent=None)
    empty(doc, 1)
    para(doc, [("跨境贸易投资高水平开放试点\n外汇业务操作指引（试行）", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, exact=36)
    empty(doc, 1)
    art_num = make_numbering(doc, "第%1条　", "chineseCounting", FS, HT)
    cn_nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
    counter = [0]

    def chapter(t):
        para(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, before=6, after=6)

    def art(txt):
        p = para(doc, [(txt, FS, 16, False)], first_indent=None)
        set_num(p, art_num)
        guide.append("第%s条　%s" % (cn_nums[counter[0]], txt))
        counter[0] += 1

    def item(txt):
        body([(txt, FS, 16, False)], guide)

    chapter("第一章　总则")
    art("为规范跨境贸易投资高水平开放试点（以下简称试点）外汇业务操作，防范跨境资金流动风险，根据《中华人民共和国外汇"
        "管理条例》等有关规定，制定本操作指引。")
    art("本操作指引所称试点银行，是指经国家外汇管理局浙江省分局评估同意，在浙江省内开展试点业务的银行分支机构和地方法人银行。")
    art("本操作指引所称优质企业，是指符合下列条件之一的企业：")
    item("（一）纳入跨境贸易投资高水平开放试点优质企业名单的企业；")
    item("（二）近两年无外汇违规记录的国家高新技术企业、“专精特新”企业；")
    item("（三）海关高级认证企业。")
    chapter("第二章　贸易外汇收支")
    art("试点银行为优质企业办理货物贸易外汇收支时，可凭企业收付款指令直接办理，事后抽查相关交易单证。")
    art("试点银行可为符合条件的跨境电子商务企业、市场采购贸易经营主体办理超期限等特殊退汇业务，企业无需到外汇局办理登记。")
    art("优质企业办理经常项目外汇资金收付时，可在同一银行的不同经常项目外汇账户之间自主划转，但应当确保资金用途真实合规。")
    chapter("第三章　投资外汇管理")
    art("浙江省内符合条件的高新技术、“专精特新”和科技型中小企业，可在不超过等值1000万美元额度内自主借用外债。")
    art("试点银行为企业办理外商直接投资境内再投资、资本项目收入支付等业务时，应当按照展业原则进行审核，不得超范围办理。")
    art("合格境外有限合伙人（QFLP）和合格境内有限合伙人（QDLP）试点业务，按照国家外汇管理局浙江省分局有关规定办理。")
    chapter("第四章　办理流程与材料")
    art("试点业务一般按照企业申请、银行受理、展业审核、业务办理、数据报送五个步骤办理，具体流程见附录。")
    art("企业申请办理试点业务，应当提交附表所列材料。试点银行可根据业务实际，在展业审核中要求企业补充提供其他材料。")
    chapter("第五章　附则")
    art("试点银行应当建立试点业务台账，相关业务资料留存5年备查。")
    art("本操作指引由国家外汇管理局浙江省分局、中国人民银行浙江省分行负责解释。")
    art("本操作指引自印发之日起施行，有效期至2027年12月31日。")

    # ---- 附录: flow in VML text boxes with arrows between
    page_break(doc)
    para(doc, [("附录", HT, 16, False)], first_indent=None)
    para(doc, [("试点业务办理流程图", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None,
         exact=32, after=6)
    steps = [
        ("步骤一　企业申请：", "企业通过银行柜台或跨境金融服务平台线上提交试点业务申请，并按附表提交相关材料。"),
        ("步骤二　银行受理：", "试点银行核对材料完整性，材料齐全的即时受理；材料不全的，一次性告知需补正的全部内容。"),
        ("步骤三　展业审核：", "试点银行结合企业分类等级、交易背景等开展真实性、合规性审核，对异常交易开展尽职调查。"),
        ("步骤四　业务办理：", "审核通过的，试点银行原则上于1个工作日内完成资金收付或登记手续。"),
        ("步骤五　数据报送：", "试点银行于业务办理次日通过数字外管平台报送相关数据，并留存业务资料备查。"),
    ]
    for i, (h, d) in enumerate(steps):
        vml_textbox_para(doc, [(h, HT, 15, False), (d, FS, 15, False)], height_pt=66, width_pt=400)
        guide.append(h + d)
        if i < len(steps) - 1:
            para(doc, [("↓", "宋体", 20, True)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, exact=30)

    # ---- 附表: 材料清单 with a merged caption row, then header row, ☐ options in cells
    page_break(doc)
    para(doc, [("附表", HT, 16, False)], first_indent=None)
    empty(doc, 1)
    hdr = ["序号", "材料名称", "提交形式", "适用业务"]
    rows = [
        ["1", "试点业务申请表", "☐原件　☐电子件", "全部业务"],
        ["2", "营业执照", "☐复印件　☐电子件", "全部业务"],
        ["3", "收付款指令或支付命令函", "☐原件　☐电子件", "贸易外汇收支"],
        ["4", "外债合同或借款协议", "☐复印件", "外债登记"],
        ["5", "资本项目收入使用说明", "☐原件", "资本项目收入支付"],
        ["6", "企业资质证明\n（高新技术企业证书、“专精特新”认定文件等）", "☐复印件", "外债便利化"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cap = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(cap, [("试点业务申请材料清单", XBS, 18, False)], WD_ALIGN_PARAGRAPH.CENTER, 32)
    for j, h in enumerate(hdr):
        cell_text(t.rows[1].cells[j], [(h, HT, 14, False)], WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 2].cells[j], [(v, FS, 14, False)], al)
        guide.append("；".join("%s：%s" % (hdr[j], r[j].replace("\n", "")) for j in range(4)))
    widths = [Cm(1.2), Cm(5.8), Cm(4.8), Cm(3.8)]
    fix_widths(t, widths)
    para(doc, [("企业声明：本企业承诺所提交材料真实、完整、有效，如有虚假，愿承担相应法律责任。", FS, 14, False)],
         first_indent=28, exact=24, before=8)
    guide.append("企业声明：本企业承诺所提交材料真实、完整、有效，如有虚假，愿承担相应法律责任。")

    path = os.path.join(HERE, "blind601_hangzhou_tongzhi.docx")
    doc.save(path)

    exp = [
        {
            "meta": {
                "title": "国家外汇管理局浙江省分局 中国人民银行浙江省分行关于印发《跨境贸易投资高水平开放试点外汇业务操作指引（试行）》的通知",
                "doc_number": "浙汇发〔2026〕3号",
                "issuer": ["国家外汇管理局浙江省分局", "中国人民银行浙江省分行"],
                "date": "2026-01-20",
                "published": None,
                "level": "provincial",
                "region": "浙江省",
                "effective": None,
                "expires": None,
                "attachments": ["跨境贸易投资高水平开放试点外汇业务操作指引（试行）"],
                "doc_type": "通知",
                "recipients": ["国家外汇管理局浙江省各市分局", "中国人民银行浙江省各市分行", "各银行浙江省分行",
                               "各地方法人银行"],
                "publicity": "此件主动公开",
                "repeals": None,
            },
            "clauses": notice,
        },
        {
            "meta": {
                "title": "跨境贸易投资高水平开放试点外汇业务操作指引（试行）",
                "doc_number": None,
                "issuer": ["国家外汇管理局浙江省分局", "中国人民银行浙江省分行"],
                "date": "2026-01-20",
                "published": None,
                "level": "provincial",
                "region": "浙江省",
                "effective": "2026-01-20",
                "expires": "2027-12-31",
                "attachments": ["试点业务办理流程图", "试点业务申请材料清单"],
                "doc_type": "指引",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": guide,
        },
    ]
    return path, exp


def main():
    expected = {}
    for fn in (make_fuzhou, make_hangzhou):
        path, exp = fn()
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = exp
        convert_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
