# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 689: 中国—东盟跨境电商招商推介会 邀请函 (normal + bilingual)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, latin=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin or east
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), latin or east)
    rfonts.set(qn("w:hAnsi"), latin or east)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=None, left=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, **kw):
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=size * 2 if indent else 0, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def runin(doc, head, body, head_font=FS, head_bold=True):
    """Run-in heading: bold head + body text in one paragraph."""
    p = doc.add_paragraph()
    fmt(p, first_indent=32)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def border(p, side="bottom", val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_numbers(doc, left="— ", right=" —", font="宋体", size=14):
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run(left), font, size)
        r = set_font(fp.add_run(), font, size)
        add_field(r, "PAGE")
        set_font(fp.add_run(right), font, size)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    if text:
        set_font(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def soft_break(p):
    p.add_run().add_break(WD_BREAK.LINE)


# ================================================================ document 1
def make_hanjian():
    doc = Document()
    page_setup(doc)

    # 信函格式版头: red organ name, red double line, 文号 at right below
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    set_font(p.add_run("中国（广西）自由贸易试验区南宁片区管理委员会"), XBS, 18, color=RED)
    border(p, "bottom", "thinThickSmallGap", 24, "FF0000", 4)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    set_font(p.add_run("南宁自贸管函〔2026〕7号"), FS, 16)
    para(doc, indent=False)  # empty paragraph

    # title in two lines with a soft break
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("关于邀请参加2026中国—东盟跨境电商"), XBS, 22)
    soft_break(p)
    set_font(p.add_run("招商推介会的函"), XBS, 22)
    para(doc, indent=False)

    para(doc, "各有关企业：", indent=False)

    C = []  # clauses

    t = ("为深入贯彻落实国家关于推动跨境电商高质量发展的决策部署，用好《区域全面经济伙伴关系协定》（RCEP）"
         "和中国—东盟自由贸易区3.0版升级成果，进一步发挥中国（广西）自由贸易试验区南宁片区面向东盟开放合作的"
         "区位和平台优势，加快集聚跨境电商平台、品牌卖家、海外仓及供应链服务企业，我委定于2026年5月下旬在南宁"
         "举办2026中国—东盟跨境电商招商推介会。现诚邀贵单位派员参加，有关事项函告如下：")
    para(doc, t); C.append(t)

    para(doc, "一、时间地点", font=HT)
    t = "（一）时间：2026年5月21日（星期四）09:00—17:00，会期1天；5月20日（星期三）14:00—20:00报到。"
    runin(doc, "（一）时间：", t[len("（一）时间："):], head_bold=False); C.append(t)
    t = ("（二）地点：南宁国际会展中心D区2号会议厅（南宁市青秀区民族大道111号）。"
         "报到地点设在中国—东盟跨境电商产业园综合服务中心一楼大厅。")
    runin(doc, "（二）地点：", t[len("（二）地点："):], head_bold=False); C.append(t)

    para(doc, "二、主要议程", font=HT)
    t = ("推介会设主旨推介、政策发布、项目签约、专题对接和实地考察等环节，"
         "具体议程如下（如有调整，以会务组现场通知为准）：")
    para(doc, t); C.append(t)

    rows = [
        ("08:30—09:00", "嘉宾签到，参观跨境电商优品展示区", "会务组"),
        ("09:00—09:20", "开幕致辞", "南宁片区管委会主要负责同志"),
        ("09:20—09:50", "南宁片区跨境电商产业发展环境及扶持政策推介", "南宁片区管委会招商促进局负责同志"),
        ("09:50—10:20", "主旨演讲：中国—东盟跨境电商发展趋势与合作机遇", "特邀专家"),
        ("10:20—10:30", "茶歇", "—"),
        ("10:30—11:00", "中国—东盟跨境电商综合服务平台上线发布", "南宁综合保税区运营管理公司负责同志"),
        ("11:00—11:40", "重点项目集中签约仪式", "签约企业代表"),
        ("11:40—12:00", "企业代表交流发言", "东盟国家商协会及入驻企业代表"),
        ("12:00—14:00", "午餐、休息", "—"),
        ("14：00—15：30", "专题对接会（跨境物流与海外仓、跨境支付与结算、直播电商与品牌出海三个分会场）", "各分会场主持人"),
        ("15:30—17:00", "实地考察中国—东盟跨境电商产业园、南宁综合保税区", "会务组"),
    ]
    hdr = ("时间", "内容", "主讲人")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.4), Cm(8.2), Cm(4.4))
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, HT, 12)
        tb.rows[0].cells[i].width = widths[i]
    repeat_header(tb.rows[0])
    for r in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            cells[i].width = widths[i]
        C.append("；".join(f"{h}：{v}" for h, v in zip(hdr, r)))

    para(doc, "三、参会事项", font=HT, before=6)
    items = [
        ("（一）参会对象。", "跨境电商平台企业、品牌卖家、海外仓及跨境物流企业、跨境支付与供应链金融机构、"
                         "直播电商服务机构，以及有意在南宁片区投资布局的东盟国家企业代表。每家单位限报2人。"),
        ("（二）报名方式。", "请于2026年5月12日（星期二）下班前将参会回执（见附件）以电子邮件形式报送会务组，"
                         "邮件标题注明“单位名称+推介会回执”。会务组根据报名情况统一安排座位，不接受现场报名。"),
        ("（三）费用安排。", "推介会不收取会务费。参会人员往返交通费用自理；需要住宿的，由会务组统一协调协议酒店，"
                         "住宿费用自理。"),
    ]
    for h, b in items:
        runin(doc, h, b, head_font=KT, head_bold=False); C.append(h + b)
    # "（四）其他事项" typed on its own line, then Word auto-numbered 1. 2. 3.
    p = para(doc, "（四）其他事项", font=KT)
    subs = [
        "请参会人员携带本人有效身份证件及名片，提前15分钟入场，会议期间请将手机调至静音状态。",
        "拟参加重点项目集中签约的企业，请于2026年5月15日前与会务组确认签约文本及出席签约人员。",
        "有意在专题对接会上作推介发言的企业，请准备5分钟以内的推介材料（PPT格式），随参会回执一并报送。",
    ]
    for i, s in enumerate(subs, 1):
        p = doc.add_paragraph(style="List Number")
        fmt(p, first_indent=32, left=0)
        set_font(p.add_run(s), FS, 16)
        C.append(f"{i}.{s}")

    para(doc)  # empty
    t = "联系人及电话：覃丽娟，0771-5587312，13877106425"
    para(doc, t); C.append(t)
    t = "电子邮箱：nnzmzs2026@163.com"
    para(doc, t); C.append(t)
    para(doc)

    # 附件 list line (not a clause)
    para(doc, "附件：2026中国—东盟跨境电商招商推介会参会回执")
    para(doc)
    para(doc)

    # 落款 aligned with manual spaces
    p = para(doc, indent=False)
    set_font(p.add_run("\u3000" * 4 + "中国（广西）自由贸易试验区南宁片区管理委员会"), FS, 16)
    p = para(doc, indent=False)
    set_font(p.add_run("\u3000" * 17 + "2026年4月20日"), FS, 16)
    para(doc)
    para(doc, "（此件公开发布）")

    # ---- 附件 page: 回执 table + 版记
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run("附件"), HT, 16)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12, after=12)
    set_font(p.add_run("2026中国—东盟跨境电商招商推介会参会回执"), XBS, 20)
    hdr2 = ("单位名称", "姓名", "职务", "手机", "是否需要住宿")
    tb2 = doc.add_table(rows=5, cols=5)
    tb2.style = "Table Grid"
    tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
    w2 = (Cm(4.2), Cm(2.2), Cm(2.6), Cm(3.2), Cm(3.6))
    for ri, row in enumerate(tb2.rows):
        row.height = Cm(1.3)
        for ci, c in enumerate(row.cells):
            c.width = w2[ci]
            if ri == 0:
                cell_text(c, hdr2[ci], HT, 14)
    para(doc, indent=False)
    t = ("注：请于2026年5月12日前将回执发送至电子邮箱nnzmzs2026@163.com；需要住宿的，"
         "请在“是否需要住宿”栏注明入住和离店日期。")
    para(doc, t, size=14, indent=False, line=24); C.append(t)

    for _ in range(6):
        para(doc, indent=False)
    # 版记
    p = para(doc, indent=False, line=26)
    border(p, "top", "single", 8, "000000", 1)
    border(p, "bottom", "single", 4, "000000", 1)
    set_font(p.add_run(" 抄送：自治区商务厅，自治区自贸办，南宁市人民政府办公室。"), FS, 14)
    p = para(doc, indent=False, line=26)
    border(p, "bottom", "single", 8, "000000", 1)
    set_font(p.add_run(" 南宁片区管委会办公室"), FS, 14)
    set_font(p.add_run(" " * 28 + "2026年4月20日印发"), FS, 14)

    page_numbers(doc)
    name = "blind689_nanning_yaoqinghan"
    doc.save(os.path.join(HERE, name + ".docx"))

    meta = {
        "title": "关于邀请参加2026中国—东盟跨境电商招商推介会的函",
        "doc_number": "南宁自贸管函〔2026〕7号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-04-20",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": None,
        "expires": None,
        "attachments": ["2026中国—东盟跨境电商招商推介会参会回执"],
        "doc_type": "函",
        "recipients": ["各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": C}]


# ================================================================ document 2
def make_shuangyu():
    doc = Document()
    page_setup(doc)
    EN = "Times New Roman"
    C = []

    def zh(text, bold=False, indent=True, align=None, font=FS, size=16, keep=True):
        p = para(doc, indent=indent, align=align)
        set_font(p.add_run(text), font, size, bold)
        if keep:
            C.append(text)
        return p

    def en(text, bold=False, indent=True, align=None, size=14, keep=True):
        p = doc.add_paragraph()
        fmt(p, align=align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY,
            first_indent=28 if indent else 0, line=22, after=3)
        set_font(p.add_run(text), FS, size, bold, latin=EN)
        if keep:
            C.append(text)
        return p

    # title block (Chinese lines + English lines)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("2026中国—东盟跨境电商招商推介会"), XBS, 22)
    soft_break(p)
    set_font(p.add_run("邀 请 函"), XBS, 22)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=12)
    set_font(p.add_run("Letter of Invitation"), FS, 16, True, latin=EN)
    soft_break(p)
    set_font(p.add_run("2026 China-ASEAN Cross-border E-commerce Investment Promotion Conference"),
             FS, 13, True, latin=EN)

    zh("各有关企业：", indent=False, keep=False)
    en("To All Enterprises Concerned:", indent=False, keep=False)

    zh("中国（广西）自由贸易试验区南宁片区是我国面向东盟开放合作的前沿窗口，跨境电子商务综合试验区、"
       "综合保税区、中国—东盟信息港等开放平台在此叠加。为深化中国与东盟国家在数字贸易领域的务实合作，"
       "中国（广西）自由贸易试验区南宁片区管理委员会定于2026年5月21日在广西南宁举办2026中国—东盟跨境电商"
       "招商推介会，诚挚邀请贵单位派代表出席。")
    en("The Nanning Area of China (Guangxi) Pilot Free Trade Zone is a frontline gateway for China\u2019s "
       "opening-up and cooperation with ASEAN, where the Cross-border E-commerce Comprehensive Pilot Zone, "
       "the Comprehensive Bonded Zone, the China-ASEAN Information Harbor and other open platforms converge. "
       "To deepen practical cooperation between China and ASEAN countries in digital trade, the Administrative "
       "Committee of the Nanning Area of China (Guangxi) Pilot Free Trade Zone will host the 2026 China-ASEAN "
       "Cross-border E-commerce Investment Promotion Conference in Nanning, Guangxi on May 21, 2026. "
       "We sincerely invite your organization to send representatives to attend.")
    para(doc, indent=False, line=12)

    zh("一、会议时间和地点", font=HT, keep=False)
    en("I. Date and Venue", bold=True, indent=True, keep=False)
    zh("时间：2026年5月21日（星期四）09:00—17:00，5月20日（星期三）14:00起报到。")
    en("Date: Thursday, May 21, 2026, 09:00-17:00. Registration opens at 14:00 on Wednesday, May 20.")
    zh("地点：南宁国际会展中心D区2号会议厅（广西南宁市青秀区民族大道111号）。")
    en("Venue: Conference Hall 2, Zone D, Nanning International Convention and Exhibition Center "
       "(No. 111 Minzu Avenue, Qingxiu District, Nanning, Guangxi).")
    para(doc, indent=False, line=12)

    zh("二、会议内容", font=HT, keep=False)
    en("II. Program", bold=True, keep=False)
    zh("推介会将发布南宁片区跨境电商扶持政策，上线中国—东盟跨境电商综合服务平台，举行重点项目集中签约仪式，"
       "并设跨境物流与海外仓、跨境支付与结算、直播电商与品牌出海三个专题对接分会场。会后将组织参会代表"
       "实地考察中国—东盟跨境电商产业园和南宁综合保税区。")
    en("The conference will release the supporting policies for cross-border e-commerce in the Nanning Area "
       "and launch the China-ASEAN Cross-border E-commerce Comprehensive Service Platform. A signing ceremony "
       "for key projects will be held, followed by three parallel matchmaking sessions on cross-border "
       "logistics and overseas warehouses, cross-border payment and settlement, and live-streaming "
       "e-commerce and brand globalization. After the conference, delegates will visit the China-ASEAN "
       "Cross-border E-commerce Industrial Park and the Nanning Comprehensive Bonded Zone.")
    para(doc, indent=False, line=12)

    zh("三、参会事项", font=HT, keep=False)
    en("III. Participation", bold=True, keep=False)
    zh("（一）请于2026年5月12日前将参会代表姓名、职务、证件号码及联系方式发送至会务组邮箱，每家单位限报2人。")
    en("(I) Please send the name, title, ID or passport number and contact information of your delegates "
       "to the organizing committee by email no later than May 12, 2026. Each organization may register "
       "up to two delegates.")
    zh("（二）推介会不收取任何费用。参会代表往返交通及住宿费用自理，会务组可协助预订协议酒店。")
    en("(II) There is no registration fee. Delegates shall bear their own travel and accommodation "
       "expenses. The organizing committee can assist with booking at designated hotels.")
    zh("（三）东盟国家参会代表如需办理来华签证，可向会务组申请出具邀请确认函，请于2026年4月30日前提供护照信息页扫描件。")
    en("(III) Delegates from ASEAN countries who need a visa to China may apply to the organizing committee "
       "for a confirmation letter of invitation. Please provide a scanned copy of the passport information "
       "page by April 30, 2026.")
    zh("（四）会议提供中英文同声传译，并提供越南语、泰语、印度尼西亚语现场翻译服务。")
    en("(IV) Simultaneous interpretation between Chinese and English will be provided, as well as on-site "
       "interpretation in Vietnamese, Thai and Indonesian.")
    para(doc, indent=False, line=12)

    zh("我们期待与您相聚南宁，共享中国—东盟跨境电商发展新机遇！")
    en("We look forward to meeting you in Nanning and sharing new opportunities in China-ASEAN "
       "cross-border e-commerce!")
    para(doc, indent=False, line=12)

    zh("联系人：覃丽娟（中文）、黄思远（英文）")
    en("Contact: Ms. Qin Lijuan (Chinese), Mr. Huang Siyuan (English)")
    zh("电话：+86-771-5587312，+86-771-5587316")
    en("Tel: +86-771-5587312, +86-771-5587316")
    zh("邮箱：nnzmzs2026@163.com")
    en("Email: nnzmzs2026@163.com")
    para(doc, indent=False)

    # bilingual 落款, right aligned; Chinese line padded with full-width spaces
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.keep_with_next = True
    set_font(p.add_run("中国（广西）自由贸易试验区南宁片区管理委员会"), FS, 16)
    p = doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=22)
    set_font(p.add_run("Administrative Committee of the Nanning Area of"), FS, 13, latin=EN)
    soft_break(p)
    set_font(p.add_run("China (Guangxi) Pilot Free Trade Zone"), FS, 13, latin=EN)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.keep_with_next = True
    set_font(p.add_run("2026年4月24日" + "\u3000" * 4), FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=22)
    set_font(p.add_run("April 24, 2026"), FS, 13, latin=EN)

    page_numbers(doc, left="- ", right=" -", font="Times New Roman", size=12)
    name = "blind689_nanning_shuangyu"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": "2026中国—东盟跨境电商招商推介会邀请函",
        "doc_number": None,
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-04-24",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["各有关企业"],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": C}]


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_689", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_hanjian, make_shuangyu):
        name, docs = maker()
        expected[name] = docs
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
