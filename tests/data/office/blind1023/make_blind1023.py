# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1023: 信用修复 — 信用修复申请书 / 准予信用修复决定书 / 移出经营异常名录决定书.

Writes blind1023_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
IND = "\u3000\u3000"

COMPANY = "厦门丝路优选跨境电子商务有限公司"
USCC = "91350206MA8W3K7P2L"
ADDR = "中国（福建）自由贸易试验区厦门片区象屿路97号厦门国际航运中心D栋8层03单元A之七"
ORGAN = "厦门市市场监督管理局"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False, spacing=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:  # expanded character spacing, in twentieths of a point
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
    """runs: plain str, or list of tuples (text, font, size, bold[, color[, underline]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, size, bold, color, ul)
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


def page_number(section, left="— ", right=" —", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
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


def setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20, vcenter=True):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    if vcenter:
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    return p


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def banji_cc(doc, cc):
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24, before=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)


def seal_textbox(paragraph, text="（印章）", left_pt=250, top_pt=-34):
    """Floating VML text box carrying the seal note, anchored in the 落款 paragraph."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:pict><v:shape id="sealbox1" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:96pt;height:30pt;z-index:2" '
        'filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:color w:val="FF0000"/>'
        '<w:sz w:val="28"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, KT, KT, KT, text))
    paragraph._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1023", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC 1: 申请书
def doc_shenqing():
    stem = "blind1023_shenqing"
    doc = Document()
    setup(doc, top=2.6, bottom=2.4, left=2.6, right=2.4)
    clauses = []

    # title with expanded character spacing (not spaces typed between characters)
    p = doc.add_paragraph()
    font(p.add_run("信用修复申请书"), XBS, 22, spacing=160)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, after=6)
    empty(doc, 1, line=16)
    add_par(doc, ORGAN + "：", indent=False)
    intro = ("根据《市场监督管理信用修复管理办法》等有关规定，本单位已纠正失信行为、"
             "履行相关义务，现申请信用修复，具体情况如下：")
    clauses.append(intro)
    add_par(doc, intro)

    # ---- form table
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.2, 5.4, 2.6, 4.4])
    L = WD_ALIGN_PARAGRAPH.LEFT

    def hmerge(r, a, b):
        return t.cell(r, a).merge(t.cell(r, b))

    set_cell(t.cell(0, 0), "申请人名称", HT, 12)
    set_cell(hmerge(0, 1, 3), COMPANY, FS, 12, align=L)
    clauses.append("申请人名称：" + COMPANY)

    set_cell(t.cell(1, 0), "统一社会信用代码", HT, 12)
    set_cell(t.cell(1, 1), USCC, FS, 12)
    set_cell(t.cell(1, 2), "法定代表人", HT, 12)
    set_cell(t.cell(1, 3), "林振东", FS, 12)
    clauses.append("统一社会信用代码：%s；法定代表人：林振东" % USCC)

    set_cell(t.cell(2, 0), "住　　所", HT, 12)
    set_cell(hmerge(2, 1, 3), ADDR, FS, 12, align=L)
    clauses.append("住　　所：" + ADDR)

    phone = "0592-5681327／13906018452"
    set_cell(t.cell(3, 0), "联 系 人", HT, 12)
    set_cell(t.cell(3, 1), "陈佳怡", FS, 12)
    set_cell(t.cell(3, 2), "联系电话", HT, 12)
    set_cell(t.cell(3, 3), phone, FS, 12)
    clauses.append("联 系 人：陈佳怡；联系电话：" + phone)

    items = "☑移出经营异常名录　☑提前停止公示行政处罚信息　□移出严重违法失信名单"
    set_cell(t.cell(4, 0), "申请修复事项", HT, 12)
    set_cell(hmerge(4, 1, 3), items, FS, 12, align=L)
    clauses.append("申请修复事项：" + items)

    yc = ("2024年7月15日因未按照规定期限公示2023年度报告，被厦门市市场监督管理局列入经营异常名录"
          "（厦市监异列〔2024〕0365号）。")
    cf = ("2025年8月12日因发布违法广告被厦门市市场监督管理局处以罚款人民币20万元"
          "（厦市监处罚〔2025〕186号），该信息自2025年8月19日起公示。")
    # 2x2 block: label merged vertically, sub-labels in col 1, values merged over cols 2-3
    lab = t.cell(5, 0).merge(t.cell(6, 0))
    # col 1 of rows 5/6 carry sub-labels; values span col 1..3 minus sub-label: use col1 label, cols2-3 value
    set_cell(lab, "失信信息情况", HT, 12)
    set_cell(t.cell(5, 1), "经营异常名录", HT, 12)
    set_cell(hmerge(5, 2, 3), yc, FS, 12, align=L)
    set_cell(t.cell(6, 1), "行政处罚", HT, 12)
    set_cell(hmerge(6, 2, 3), cf, FS, 12, align=L)
    clauses.append("失信信息情况／经营异常名录：" + yc)
    clauses.append("失信信息情况／行政处罚：" + cf)

    reason = ("本单位主要从事跨境电商零售进口业务，经营来自东盟、中东欧等共建“一带一路”国家和地区的美妆个护"
              "及日用消费品。因公司财务人员变动，未按期报送2023年度、2024年度报告，被列入经营异常名录；"
              "因商品详情页审核不严，发布了含有绝对化用语的广告，被处以罚款。收到行政处罚决定书后，"
              "本单位于2025年8月26日缴清罚款人民币200000元，下架并修改了全部涉案页面，新设合规专员岗位，"
              "建立“先审后发”的广告审核制度；已于2026年2月26日补报并公示了2023年度、2024年度报告。"
              "本单位已纠正失信行为，特申请信用修复。")
    set_cell(t.cell(7, 0), "申请理由及\n整改情况", HT, 12)
    set_cell(hmerge(7, 1, 3), reason, FS, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    t.cell(7, 1).paragraphs[0].paragraph_format.first_line_indent = Pt(24)
    clauses.append("申请理由及整改情况：" + reason)
    for r in t.rows[:5]:
        row_height(r, 0.9)

    empty(doc, 1, line=14)
    add_par(doc, [("申请人承诺", HT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    # filled-in blank: company name typed over the underline, with spaces around it
    lead_runs = [("本单位", FS, 16, False), (" " + COMPANY + " ", FS, 16, False, None, True),
                 ("郑重承诺：", FS, 16, False)]
    add_par(doc, lead_runs)
    clauses.append("本单位 " + COMPANY + " 郑重承诺：")
    for c in [
        "1．本申请书所填写内容及提交的材料真实、准确、完整，如有虚假，自愿承担相应法律责任；",
        "2．严格遵守《中华人民共和国广告法》《中华人民共和国电子商务法》等法律法规，依法诚信经营，按时报送年度报告；",
        "3．如违反上述承诺，自愿接受撤销信用修复决定、恢复公示相关信息等处理，并同意将违背承诺情况记入本单位信用记录。",
    ]:
        add_par(doc, c)
        clauses.append(c)

    empty(doc, 1, line=14)
    atts = [
        "厦门市市场监督管理局行政处罚决定书（厦市监处罚〔2025〕186号）复印件",
        "罚没款缴款凭证",
        "违法广告整改情况说明及网页截图",
        "2023年度、2024年度报告补报公示截图",
        "营业执照副本复印件",
    ]
    add_par(doc, "附件：1．" + atts[0])
    for i, a in enumerate(atts[1:], 2):
        # continuation lines aligned with typed full-width spaces under "1．"
        add_par(doc, "\u3000\u3000\u3000%d．%s" % (i, a))

    empty(doc, 1)
    # 签章 block aligned with typed spaces
    add_par(doc, [(" " * 8 + "申请人（盖章）：", FS, 16, False),
                  (COMPANY, FS, 16, False, None, True)], indent=False)
    add_par(doc, [(" " * 8 + "法定代表人（签字）：", FS, 16, False),
                  ("林振东", KT, 16, False, None, True)], indent=False)
    add_par(doc, [(" " * 8 + "日    期：", FS, 16, False),
                  ("2026", FS, 16, False, None, True), ("年", FS, 16, False),
                  (" 3 ", FS, 16, False, None, True), ("月", FS, 16, False),
                  (" 2 ", FS, 16, False, None, True), ("日", FS, 16, False)], indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="信用修复申请书", doc_number=None, issuer=[COMPANY],
                     date="2026-03-02", level="other", region=None, attachments=atts,
                     doc_type="申请书", recipients=[ORGAN]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 2: 准予信用修复决定书
def doc_xiufu():
    stem = "blind1023_xiufu"
    doc = Document()
    s = setup(doc, top=3.0, bottom=2.7)
    page_number(s)
    clauses = []

    add_par(doc, [(ORGAN, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("准予信用修复决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, "厦市监信修〔2026〕37号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
                before=10, after=10)
    p.paragraph_format.right_indent = Pt(16)

    # 当事人 block: labels padded with full-width spaces, no first-line indent
    for line in ["当 事 人：" + COMPANY,
                 "统一社会信用代码：" + USCC,
                 "住　　所：" + ADDR,
                 "法定代表人：林振东"]:
        add_par(doc, line, indent=False, line=26)
        clauses.append(line)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, line=26)   # indent typed with full-width spaces

    body("当事人于2026年3月2日向本局提出信用修复申请，申请提前停止公示本局作出的厦市监处罚〔2025〕186号"
         "行政处罚决定书相关信息。本局于同日受理。")
    body("经查，当事人在天猫国际“丝路优选海外旗舰店”商品详情页中使用“全球最佳”“顶级奢护”等用语宣传其销售的"
         "进口护肤品，违反了《中华人民共和国广告法》第九条第（三）项的规定。本局于2025年8月12日依据"
         "《中华人民共和国广告法》第五十七条第(一)项的规定，对当事人作出责令停止发布违法广告、罚款人民币"
         "贰拾万元整的行政处罚。该行政处罚信息自2025年8月19日起通过国家企业信用信息公示系统向社会公示，"
         "截至申请之日已公示满六个月。经审查,当事人符合信用修复条件：")
    body("1．已于2025年8月26日缴清全部罚款，自觉履行了行政处罚决定书规定的义务；")
    body("2．已删除涉案违法广告内容，对全部在售商品详情页进行了合规自查，并建立广告发布前法务审核制度，"
         "主动消除了危害后果和不良影响；")
    body("3．自行政处罚决定作出之日起，未因同一类违法行为再次受到市场监督管理部门行政处罚；")
    body("4．已于2026年3月6日被移出经营异常名录，现未在经营异常名录和严重违法失信名单中。")
    body("当事人已提交信用修复申请书、守信承诺书及履行义务相关证明材料，材料齐全，符合法定形式。")
    body("依据《市场监督管理信用修复管理办法》第六条等规定，本局决定：准予当事人信用修复，自本决定作出之日起"
         "三个工作日内，在国家企业信用信息公示系统停止公示上述行政处罚信息，并同步推送至“信用中国（福建厦门）”网站。")
    body("当事人应当严格履行守信承诺，依法诚信经营。当事人在信用修复中提供虚假材料、作出虚假承诺的，本局将依法"
         "撤销本决定，恢复公示相关信息，并依法予以处理。")
    body("当事人如对本决定不服，可以在收到本决定书之日起六十日内向厦门市人民政府申请行政复议；也可以在收到本决定书"
         "之日起六个月内，依法向厦门市湖里区人民法院提起行政诉讼。")

    empty(doc, 1)
    add_par(doc, " " * 30 + ORGAN, indent=False)
    add_par(doc, " " * 34 + "（印章）", indent=False)
    add_par(doc, " " * 31 + "二〇二六年三月十八日", indent=False)

    banji_cc(doc, "抄送：厦门市发展和改革委员会，厦门市公共信用信息中心。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="准予信用修复决定书", doc_number="厦市监信修〔2026〕37号", issuer=[ORGAN],
                     date="2026-03-18", level="municipal", region="厦门市", doc_type="决定",
                     recipients=[]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 3: 移出经营异常名录决定书
def doc_yichu():
    stem = "blind1023_yichu"
    doc = Document()
    s = setup(doc)
    page_number(s, "- ", " -", 14)
    clauses = []

    empty(doc, 1)
    add_par(doc, [(ORGAN, XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "厦市监异移〔2026〕112号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place, typed as two paragraphs
    add_par(doc, [("移出经营异常", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("名录决定书", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "%s（统一社会信用代码：%s）：" % (COMPANY, USCC), indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("你单位因未按照《企业信息公示暂行条例》规定的期限公示2023年度报告，于2024年7月15日被本局列入"
         "经营异常名录（列入决定书文号：厦市监异列〔2024〕0365号）。")
    body("2026年3月2日，你单位向本局提出移出经营异常名录申请。经查，你单位已于2026年2月26日补报了2023年度、"
         "2024年度报告，并通过国家企业信用信息公示系统向社会公示（详见附件），列入经营异常名录的情形已经消失。")
    # decision + publication note typed with Shift+Enter inside ONE Word paragraph
    d1 = ("依据《企业经营异常名录管理暂行办法》第十一条和《市场监督管理信用修复管理办法》第五条的规定，"
          "本局决定将你单位从经营异常名录中移出。")
    d2 = "移出信息自本决定作出之日起通过国家企业信用信息公示系统(www.gsxt.gov.cn)向社会公示。"
    p = doc.add_paragraph()
    font(p.add_run(d1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + d2), FS, 16)
    fmt(p)
    clauses.extend([d1, d2])
    body("请你单位今后严格依照《企业信息公示暂行条例》的规定，于每年1月1日至6月30日报送上一年度年度报告并向社会公示。"
         "逾期未报送的，本局将依法再次将你单位列入经营异常名录；被列入经营异常名录届满3年仍未履行相关义务的，"
         "将依法列入严重违法失信名单。")
    body("如不服本决定，可以自收到本决定书之日起60日内向厦门市人民政府申请行政复议，或者在6个月内依法向"
         "厦门市湖里区人民法院提起行政诉讼。")
    empty(doc, 1)
    add_par(doc, "附件：补报年度报告情况表")
    empty(doc, 2)
    p = add_par(doc, ORGAN, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月6日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    seal_textbox(p, "（印章）", left_pt=300, top_pt=-40)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- attachment on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("补报年度报告情况表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1, line=16)

    t = doc.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 3.9, 4.2, 2.1, 2.8, 1.8])
    # header: 序号 / 企业名称 / 统一社会信用代码 span two header rows; group header over 3 cols
    for ci, h in enumerate(["序号", "企业名称", "统一社会信用代码"]):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 12)
    g = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(g, "年度报告补报情况", HT, 12)
    subs = ["报告年度", "补报日期", "公示状态"]
    for ci, h in enumerate(subs, 3):
        set_cell(t.cell(1, ci), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # company name / code merged vertically over the two data rows
    set_cell(t.cell(2, 1).merge(t.cell(3, 1)), COMPANY, FS, 12)
    set_cell(t.cell(2, 2).merge(t.cell(3, 2)), USCC, FS, 10)
    data = [["1", "2023年度", "2026年2月26日", "已公示"],
            ["2", "2024年度", "2026年2月26日", "已公示"]]
    for ri, (no, yr, dt, st) in enumerate(data, 2):
        set_cell(t.cell(ri, 0), no, FS, 12)
        set_cell(t.cell(ri, 3), yr, FS, 12)
        set_cell(t.cell(ri, 4), dt, FS, 12)
        set_cell(t.cell(ri, 5), st, FS, 12)
        clauses.append("序号：%s；企业名称：%s；统一社会信用代码：%s；年度报告补报情况／报告年度：%s；"
                       "年度报告补报情况／补报日期：%s；年度报告补报情况／公示状态：%s"
                       % (no, COMPANY, USCC, yr, dt, st))
    note = "注：以上信息以国家企业信用信息公示系统（www.gsxt.gov.cn）公示内容为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="移出经营异常名录决定书", doc_number="厦市监异移〔2026〕112号", issuer=[ORGAN],
                     date="2026-03-06", level="municipal", region="厦门市",
                     attachments=["补报年度报告情况表"], doc_type="决定",
                     recipients=[COMPANY], publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_shenqing(), doc_xiufu(), doc_yichu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
