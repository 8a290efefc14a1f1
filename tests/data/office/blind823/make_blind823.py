# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 823: 自贸片区商事主体登记确认制改革实施办法（试行）, Word + PDF + expected.json."""
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
SP = "\u3000"  # full-width space

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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str; None = soft line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r is None:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
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
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def v_center(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_823", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ("第%1条　" in chineseCounting) ----------------
_next_abs = [820]


def make_numbering(doc, lvl_text, label_font=HT):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, label_font, label_font, label_font))
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
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
      "二十一", "二十二"]


def grid(table, widths_cm):
    """fixed layout + tblGrid widths so LibreOffice keeps the column widths."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    col_widths(table, widths_cm)


# =================================================================== DOC A
def doc_xiamen():
    """厦门：市场监管局 + 厦门片区管委会 联合印发通知 + 办法全文（章、条），附件只列目录。"""
    stem = "blind823_xiamen_yinfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 联合版头: borderless layout table, "文件" merged over two rows
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "厦门市市场监督管理局", XBS, 15, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=26)
    set_cell(t.cell(1, 0), "中国（福建）自由贸易试验区厦门片区管理委员会", XBS, 15, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=26)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, color=RED, line=40)
    v_center(m)
    grid(t, [12.4, 3.0])
    p = add_par(doc, "厦市监规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for line in ("关于印发《中国（福建）自由贸易试验区",
                 "厦门片区商事主体登记确认制改革实施办法",
                 "（试行）》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "各区市场监管局，片区各功能区管理机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深化“放管服”改革、持续优化营商环境，经市人民政府同意，现将《中国（福建）自由贸易试验区厦门片区商事主体登记确认制改革实施办法（试行）》"
         "印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向厦门市市场监督管理局反映。")
    empty(doc, 1)
    # 落款 typed with spaces
    add_par(doc, " " * 30 + "厦门市市场监督管理局", indent=False)
    add_par(doc, " " * 10 + "中国（福建）自由贸易试验区厦门片区管理委员会", indent=False)
    add_par(doc, " " * 34 + "2026年3月16日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---------------------------------------------------------- 办法全文
    page_break(doc)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    add_par(doc, [("商事主体登记确认制改革实施办法（试行）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    n = [0]

    def art(text, items=(), soft=None):
        """article label in 黑体, text in 仿宋; items as separate paragraphs;
        soft = second paragraph typed after a Shift+Enter inside the same w:p."""
        label = "第%s条" % CN[n[0]]
        n[0] += 1
        runs = [(label, HT, 16, False), (SP + text, FS, 16, False)]
        full = label + SP + text
        if soft:
            runs += [None, (SP * 2 + soft, FS, 16, False)]
            full += soft
        add_par(doc, runs)
        for it in items:
            add_par(doc, it)
            full += it
        clauses.append(full)

    chapter("第一章" + SP + "总" + SP + "则")
    art("为深化商事制度改革，降低制度性交易成本，根据《中华人民共和国市场主体登记管理条例》等有关规定，"
        "结合中国（福建）自由贸易试验区厦门片区（以下简称片区）实际，制定本办法。")
    art("本办法所称商事主体登记确认制，是指登记机关依据申请人提交的申请材料和承诺，对其主体资格和登记事项予以确认并公示的登记制度。"
        "登记机关对申请材料进行形式审查，申请人对申请材料的真实性、合法性、有效性负责。")
    art("在片区内登记住所的公司、非公司企业法人、个人独资企业、合伙企业及其分支机构的登记确认，适用本办法。")
    chapter("第二章" + SP + "登记确认事项")
    art("商事主体的下列事项实行登记确认：",
        ["（一）名称、主体类型；", "（二）经营范围；", "（三）住所或者主要经营场所；",
         "（四）注册资本或者出资额；", "（五）法定代表人、执行事务合伙人或者负责人姓名。"])
    art("商事主体的章程、经营期限、认缴出资数额、董事、监事、高级管理人员、登记联络员等事项，实行备案管理。")
    chapter("第三章" + SP + "申请与确认")
    art("申请人应当提交申请书、主体资格文件或者自然人身份证明以及《商事主体登记确认承诺书》（附件1），"
        "并对照《商事主体登记确认事项表》（附件2）如实申报。")
    art("申请材料齐全、符合法定形式的，登记机关应当当场予以确认；不能当场确认的，应当在1个工作日内予以确认。")
    art("推行商事登记全程电子化，申请人可以在线提交申请、领取电子营业执照。",
        soft="实行住所申报承诺制，申请人承诺住所信息真实有效的，无需提交产权证明等材料。")
    chapter("第四章" + SP + "信息公示与监督管理")
    art("登记机关应当自作出登记确认之日起20个工作日内，通过国家企业信用信息公示系统公示登记确认信息和备案信息。")
    art("利害关系人认为登记确认信息与事实不符的，可以向登记机关提出异议，登记机关应当自受理之日起20个工作日内作出处理。")
    chapter("第五章" + SP + "法律责任")
    art("提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得登记确认的，由登记机关依照《中华人民共和国市场主体登记管理条例》"
        "第四十四条的规定予以处罚，并依法撤销登记。")
    chapter("第六章" + SP + "附" + SP + "则")
    art("本办法由厦门市市场监督管理局负责解释。")
    art("本办法自2026年4月1日起施行，有效期至2028年3月31日。"
        "《中国（福建）自由贸易试验区厦门片区商事登记便利化改革若干措施（试行）》（厦自贸委〔2023〕11号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：1．商事主体登记确认承诺书")
    add_par(doc, SP * 5 + "2．商事主体登记确认事项表", indent=False)

    banji(doc, "抄送：市人民政府办公厅，福建省市场监督管理局，厦门海关。",
          "厦门市市场监督管理局办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（福建）自由贸易试验区厦门片区商事主体登记确认制改革实施办法（试行）》的通知",
            "doc_number": "厦市监规〔2026〕3号",
            "issuer": ["厦门市市场监督管理局", "中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["商事主体登记确认承诺书", "商事主体登记确认事项表"],
            "doc_type": "通知",
            "recipients": ["各区市场监管局", "片区各功能区管理机构"],
            "publicity": "此件主动公开",
            "repeals": "《中国（福建）自由贸易试验区厦门片区商事登记便利化改革若干措施（试行）》（厦自贸委〔2023〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_changsha():
    """长沙：市场监管局直接以文件印发的办法（章、节，条号为Word自动编号）+ 附件1承诺书 + 附件2登记事项表。"""
    stem = "blind823_changsha_banfa"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_numbering(doc, "第%1条" + SP)

    add_par(doc, [("长沙市市场监督管理局文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=50, before=6)
    p = add_par(doc, "长市监规〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=10)
    border(p, "bottom", "FF0000", 18, 8, val="thinThickSmallGap")
    empty(doc, 1)
    # title: one paragraph with a Shift+Enter; half-width brackets typed in 试行
    add_par(doc, [("中国（湖南）自由贸易试验区长沙片区", XBS, 22, False), None,
                  ("商事主体登记确认制改革实施办法(试行)", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def section(t):
        add_par(doc, [(t, KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    k = [0]

    def art(text, items=()):
        label = "第%s条" % CN[k[0]] + SP
        k[0] += 1
        p = add_par(doc, text, first=Pt(32))
        apply_num(p, n_art)  # the "第X条" label comes from Word auto-numbering
        full = label + text
        for it in items:
            add_par(doc, it)
            full += it
        clauses.append(full)

    chapter("第一章　总则")
    art("为深化商事制度改革，保障商事主体经营自主权，根据《中华人民共和国市场主体登记管理条例》等规定，"
        "结合中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）实际，制定本办法。")
    art("长沙片区内商事主体的设立、变更、注销登记确认及备案，适用本办法。")
    chapter("第二章　登记确认")
    section("第一节　确认事项")
    art("商事主体的下列事项实行登记确认：",
        ["（一）名称、主体类型、经营范围；", "（二）住所或者主要经营场所；",
         "（三）注册资本或者出资额；", "（四）法定代表人或者负责人姓名。"])
    art("章程、经营期限、董事、监事、高级管理人员、登记联络员等事项实行备案管理，具体见附件2。")
    section("第二节　确认程序")
    art("申请人提交申请材料并签署承诺书（附件1）,材料齐全、符合法定形式的，登记机关当场予以确认；通过全程电子化平台提交的，0.5个工作日内办结。")
    chapter("第三章　公示与监管")
    art("登记机关应当自作出登记确认之日起20个工作日内公示登记确认信息，对违反承诺的商事主体依法实施失信惩戒。")
    chapter("第四章　附则")
    art("本办法自2026年6月1日起施行，有效期至2028年5月31日。")
    add_par(doc, "附件：1.长沙片区商事主体登记确认承诺书")
    add_par(doc, "      2.长沙片区商事主体登记事项表", first=Pt(32))
    empty(doc, 1)
    p = add_par(doc, "长沙市市场监督管理局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年五月十二日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---------------------------------------------------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("长沙片区商事主体登记确认承诺书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    for t in ("本申请人________________（商事主体名称）在办理商事主体登记确认过程中，郑重承诺如下：",
              "1.提交的申请材料真实、合法、有效，复印件与原件一致，对申请材料的真实性负责；",
              "2.申报的住所（经营场所）真实存在、能够联系，并已依法取得使用权；",
              "3.经营范围中依法须经批准的项目，取得批准文件或者许可证件后方开展经营活动；",
              "4.自觉接受登记机关和有关部门的监督检查，违反上述承诺的，愿意承担相应法律责任，并同意将违反承诺情况记入信用记录。"):
        body(t)
    empty(doc, 2)
    add_par(doc, "承诺人（签字/盖章）：" + SP * 6, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "年" + SP * 2 + "月" + SP * 2 + "日" + SP * 2, indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---------------------------------------------------------- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("长沙片区商事主体登记事项表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    header = ["序号", "事项名称", "管理方式", "适用主体类型"]
    rows = [
        ["1", "名称", "登记确认", "各类商事主体"],
        ["2", "主体类型", "登记确认", "各类商事主体"],
        ["3", "经营范围", "登记确认", "各类商事主体"],
        ["4", "住所或者主要经营场所", "登记确认", "各类商事主体"],
        ["5", "注册资本或者出资额", "登记确认", "公司、非公司企业法人、合伙企业"],
        ["6", "法定代表人、执行事务合伙人或者负责人", "登记确认", "各类商事主体"],
        ["7", "章程", "备案", "公司、非公司企业法人"],
        ["8", "经营期限", "备案", "公司、合伙企业"],
        ["9", "董事、监事、高级管理人员", "备案", "公司"],
        ["10", "登记联络员", "备案", "各类商事主体"],
        ["11", "外商投资企业法律文件送达接受人", "备案", "外商投资企业"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=22)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 2:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=22,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 管理方式 merged vertically over the rows that share it
    m1 = t.cell(1, 2).merge(t.cell(6, 2))
    set_cell(m1, "登记确认", FS, 12, line=22)
    v_center(m1)
    m2 = t.cell(7, 2).merge(t.cell(11, 2))
    set_cell(m2, "备案", FS, 12, line=22)
    v_center(m2)
    grid(t, [1.5, 7.0, 2.4, 4.6])
    note = "注：个体工商户的登记事项按照《促进个体工商户发展条例》及有关规定执行。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖南）自由贸易试验区长沙片区商事主体登记确认制改革实施办法(试行)",
            "doc_number": "长市监规〔2026〕5号",
            "issuer": ["长沙市市场监督管理局"],
            "date": "2026-05-12",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": "2026-06-01",
            "expires": "2028-05-31",
            "attachments": ["长沙片区商事主体登记确认承诺书", "长沙片区商事主体登记事项表"],
            "doc_type": "办法",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_kunming():
    """昆明：市政府向省政府的请示（上行文，签发人、特急），附件只列目录。"""
    stem = "blind823_kunming_qingshi"
    doc = Document()
    setup(doc)
    clauses = []
    IND = SP * 2  # indentation typed as full-width spaces

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("昆明市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=56, before=12)
    empty(doc, 1)
    # 文号 + 签发人 on one line, aligned with typed spaces
    p = add_par(doc, [("昆政请〔2026〕7号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("李志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line in ("昆明市人民政府关于批准实施中国（云南）",
                 "自由贸易试验区昆明片区商事主体登记",
                 "确认制改革实施办法（试行）的请示"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "云南省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("为贯彻落实《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）和省委、省政府关于打造一流营商环境的部署要求，"
         "进一步深化商事制度改革，我市在中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）研究起草了"
         "《中国（云南）自由贸易试验区昆明片区商事主体登记确认制改革实施办法（试行）》（以下简称《实施办法》）。现将有关情况请示如下：")
    head("一、改革基础")
    body("昆明片区挂牌以来，累计新设商事主体4.86万户。2025年，昆明片区在省市场监管局指导下先行开展住所申报承诺、"
         "经营范围规范化登记等改革，企业开办时间压缩至0.5个工作日，为实施登记确认制奠定了基础。近两年登记情况如下：")
    add_par(doc, [("表1" + SP + "昆明片区商事主体新设登记情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：户", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    rows = [
        ["有限责任公司", "6128", "7046", "15.0"],
        ["股份有限公司", "37", "42", "13.5"],
        ["分公司及其他分支机构", "214", "263", "22.9"],
        ["个人独资企业及合伙企业", "852", "911", "6.9"],
        ["个体工商户", "8365", "9207", "10.1"],
        ["合计", "15596", "17469", "12.0"],
    ]
    keys = ["主体类型", "新设数量／2024年", "新设数量／2025年", "同比增长（%）"]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "主体类型", HT, 12)
    v_center(a)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "新设数量", HT, 12)
    set_cell(t.cell(1, 1), "2024年", HT, 12)
    set_cell(t.cell(1, 2), "2025年", HT, 12)
    c = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(c, "同比增长（%）", HT, 12)
    v_center(c)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    grid(t, [6.2, 3.0, 3.0, 3.2])
    note = "注：数据来源于昆明市市场监督管理局商事主体登记系统，统计截至2025年12月31日。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("二、《实施办法》主要内容")
    body("《实施办法》共六章二十条，主要包括以下内容：")
    runin("（一）明确登记确认范围。", "将名称、主体类型、经营范围、住所、注册资本、法定代表人等7项登记事项纳入确认范围，"
          "章程、经营期限、董事监事和高级管理人员等6项事项实行备案管理。")
    runin("（二）推行承诺制和形式审查。", "申请人签署《商事主体登记确认承诺书》，对申请材料真实性负责；"
          "登记机关只对申请材料进行形式审查，材料齐全、符合法定形式的当场确认。")
    runin("（三）强化信用监管。", "建立登记确认信息公示、异议处理、撤销登记和失信惩戒机制，对虚假登记行为依法严肃处理。")
    head("三、需要省级支持的事项")
    body("1. 恳请省人民政府批准《实施办法》在昆明片区试行，试行期两年。")
    body("2. 恳请省市场监管局在登记系统改造、电子营业执照应用等方面给予指导支持，将昆明片区登记确认数据纳入全省经营主体登记数据共享范围。")
    body("3．恳请省商务厅（省自贸办）将商事主体登记确认制改革纳入全省自贸试验区制度创新成果评估，成熟后在全省复制推广。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：1．中国（云南）自由贸易试验区昆明片区商事主体登记确认制改革实施办法（试行）（代拟稿）", indent=False)
    add_par(doc, SP * 7 + "2．商事主体登记确认承诺书（样式）", indent=False)
    add_par(doc, SP * 7 + "3．商事主体登记确认事项表", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 36 + "昆明市人民政府", indent=False)
    add_par(doc, " " * 35 + "2026年1月20日", indent=False)
    add_par(doc, IND + "（联系人：王海燕，市市场监管局登记注册处；联系电话：0871-63195627）", indent=False)
    banji(doc, "抄送：省市场监管局，省商务厅（省自贸办），省司法厅。",
          "昆明市人民政府办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明市人民政府关于批准实施中国（云南）自由贸易试验区昆明片区商事主体登记确认制改革实施办法（试行）的请示",
            "doc_number": "昆政请〔2026〕7号",
            "issuer": ["昆明市人民政府"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["中国（云南）自由贸易试验区昆明片区商事主体登记确认制改革实施办法（试行）（代拟稿）",
                            "商事主体登记确认承诺书（样式）",
                            "商事主体登记确认事项表"],
            "doc_type": "请示",
            "recipients": ["云南省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_changsha(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
