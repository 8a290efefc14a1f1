# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 620: 价格听证公告 + 报名表, 听证情况报告."""
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


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if first else None
    if left is not None:
        pf.left_indent = left
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=True, line=28, **kw):
    """parts: str or list of (text, font, bold[, size]) tuples; '\\n' in a text
    becomes a soft line break."""
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, line=line, **kw)
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for part in parts:
        text, font, bold = part[0], part[1], part[2]
        size = part[3] if len(part) > 3 else 16
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=False, line=line)


def bottom_border(p, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc1 = OxmlElement("w:fldChar")
    fc1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    fc2 = OxmlElement("w:fldChar")
    fc2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    fc3 = OxmlElement("w:fldChar")
    fc3.set(qn("w:fldCharType"), "end")
    r._r.append(fc1)
    r._r.append(it)
    r._r.append(fc2)
    r._r.append(t)
    r._r.append(fc3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def page_setup(doc):
    s = doc.sections[0]
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
    add_page_number_footer(s)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    if text:
        set_font(p.add_run(text), font, size, bold)


def set_row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trpr.append(h)


def set_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


def set_grid(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))


def data_table(doc, header, rows, widths, clauses, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
            set_vcenter(row.cells[j])
    set_grid(t, widths)
    return t


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_620", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================== document 1: 公告 + 报名表
def make_gonggao():
    doc = Document()
    page_setup(doc)
    C = []  # clauses

    # title typed as two separate paragraphs
    para(doc, [("钦州市发展和改革委员会关于举行钦州港", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=33)
    para(doc, [("集装箱装卸作业收费标准调整听证会的公告", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=33)
    para(doc, [("2026年第3号", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first=False, before=8)
    empty(doc)

    t = ("为提高价格决策的科学性和透明度，根据《中华人民共和国价格法》《政府制定价格听证办法》"
         "（国家发展和改革委员会令2018年第2号）和《广西壮族自治区定价目录》有关规定，我委决定"
         "举行钦州港集装箱装卸作业收费标准调整听证会。现将有关事项公告如下：")
    # soft line break typed in the middle of the sentence
    para(doc, "为提高价格决策的科学性和透明度，根据《中华人民共和国价格法》《政府制定价格听证办法》"
              "（国家发展和改革委员会令2018年第2号）和《广西壮族自治区\n定价目录》有关规定，我委决定"
              "举行钦州港集装箱装卸作业收费标准调整听证会。现将有关事项公告如下：")
    C.append(t)

    # 一、 heading on its own line
    para(doc, [("一、听证事项", HT, False)])
    t = ("本次听证会听证的事项为钦州港集装箱装卸作业收费标准调整方案。方案由钦州港口（集团）有限公司"
         "（以下简称申请人）提出，经我委初步审核，拟对外贸、内贸集装箱装卸作业收费标准进行调整，"
         "同时对西部陆海新通道海铁联运集装箱下调收费标准。拟调整方案如下：")
    para(doc, t)
    C.append(t)

    header = ["序号", "收费项目", "现行标准（元/标准箱）", "拟调整标准（元/标准箱）", "调整幅度"]
    rows = [
        ["1", "外贸进出口重箱装卸", "520", "560", "上调7.7%"],
        ["2", "外贸进出口空箱装卸", "330", "350", "上调6.1%"],
        ["3", "内贸重箱装卸", "300", "315", "上调5.0%"],
        ["4", "内贸空箱装卸", "180", "185", "上调2.8%"],
        ["5", "国际中转箱装卸", "260", "260", "不调整"],
        ["6", "海铁联运重箱装卸", "420", "380", "下调9.5%"],
        ["7", "危险货物集装箱装卸", "在相应标准基础上加收50%", "在相应标准基础上加收30%", "—"],
    ]
    data_table(doc, header, rows, [1.3, 4.2, 3.6, 3.6, 2.8], C, left_cols=(1,))

    t = ("注：表中收费标准为含税价格，包含装卸船、场内水平运输、堆场装卸车等作业环节费用，"
         "不含堆存、拆装箱、冷藏箱供电等其他服务费用。")
    para(doc, [(t, FS, False, 14)], before=4)
    C.append(t)
    t = ("听证方案全文及申请人成本资料摘要自本公告发布之日起在钦州市发展和改革委员会门户网站"
         "“通知公告”栏目公开，供社会各界查阅。")
    para(doc, t)
    C.append(t)

    # 二、 run-in heading in a bold 黑体 run (split runs)
    t2 = ("听证会定于2026年4月16日（星期四）上午9:00在钦州市行政中心东楼三楼第一会议室"
          "（钦州市钦南区永福西大街8号）举行，会期半天。")
    para(doc, [("二、", HT, True), ("听证时间和地点。", HT, True), (t2, FS, False)])
    C.append("二、听证时间和地点。" + t2)

    para(doc, [("三、听证参加人名额和产生方式", HT, False)])
    t = "本次听证会设听证参加人15名，其中："
    para(doc, t)
    C.append(t)
    items3 = [
        ("（一）消费者代表7名。", "其中进出口企业代表3名、国际货运代理企业代表2名、航运企业代表2名，"
         "由我委通过公开报名和委托有关行业协会推荐的方式产生。"),
        ("（二）经营者代表2名。", "由申请人推荐1名，由钦州市港口行业协会推荐港口经营企业代表1名。"),
        ("（三）其他利益相关方代表2名。", "由中国（广西）自由贸易试验区钦州港片区管理委员会、"
         "钦州保税港区综合服务中心各推荐1名。"),
        ("（四）专家、学者2名。", "由我委从价格、交通运输领域专家中邀请产生。"),
        ("（五）人大代表、政协委员2名。", "由钦州市人大常委会、政协钦州市委员会各推荐1名。"),
    ]
    for h, b in items3:
        para(doc, [(h, KT, True), (b, FS, False)])
        C.append(h + b)
    t = ("公开报名人数超过名额的，按照报名先后顺序并兼顾行业代表性的原则，采取随机抽取方式确定，"
         "抽取过程由公证机构现场公证。听证参加人名单将于2026年4月7日前在我委门户网站公布。")
    para(doc, t)
    C.append(t)

    para(doc, [("四、报名方式", HT, False)])
    # Word automatic numbering (List Number style) instead of typed "1."
    items4 = [
        "报名时间：2026年3月17日至3月31日（工作日上午8:30—12:00，下午15:00—18:00）。",
        "报名方法：报名人员可通过现场、邮寄或电子邮件方式报名，须如实填写《听证会参加人报名表》"
        "（见附件），并提供本人身份证复印件；以单位名义推荐的，须加盖单位公章。现场报名地点为"
        "钦州市发展和改革委员会价格管理科（行政中心东楼五楼512室）；邮寄地址为钦州市钦南区永福西大街8号"
        "钦州市发展和改革委员会价格管理科，邮政编码535099，信封上请注明“听证会报名”字样，"
        "以邮戳日期为准；电子邮箱：qzfgw_jgk@qinzhou.gov.cn。",
        "报名条件：报名人员应具有完全民事行为能力，能够客观反映所代表群体的意见，能够按时出席听证会。"
        "公开报名的消费者代表应为在钦州港从事进出口贸易、货运代理或航运业务的企业及其从业人员。",
        "联系人：黄先生、韦女士；联系电话：0777-2868512；传真：0777-2868513。",
    ]
    for i, b in enumerate(items4, start=1):
        p = doc.add_paragraph(style="List Number")
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=True, left=Pt(0))
        set_font(p.add_run(b), FS, 16)
        C.append(f"{i}.{b}")

    t5 = ("本次听证会公开举行，设旁听席15个。有意旁听的市民可于2026年4月10日前携本人身份证到我委"
          "价格管理科登记，旁听名额按登记先后顺序确定，额满为止。新闻媒体记者采访报道听证会的，"
          "请于2026年4月10日前与我委联系，经确认后凭有效证件进场。")
    para(doc, [("五、旁听和新闻报道。", HT, False), (t5, FS, False)])
    C.append("五、旁听和新闻报道。" + t5)

    para(doc, [("六、其他事项", HT, False)])
    items6 = [
        "（一）听证参加人应按时出席听证会，不得委托他人代为出席。因故不能出席的，应于听证会召开3日前"
        "告知我委，并可提交书面意见。",
        "（二）听证参加人可以向我委查阅听证方案及申请人提供的成本资料摘要，并可在听证会召开前提出书面意见。",
        "（三）听证会召开期间，旁听人员和新闻记者应遵守听证会纪律，不得发言、提问，不得干扰听证会正常进行。",
    ]
    for b in items6:
        last = para(doc, b)
        C.append(b)
    last.paragraph_format.keep_with_next = True
    empty(doc)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True

    # 附件 line
    para(doc, "附件：听证会参加人报名表").paragraph_format.keep_with_next = True
    for _ in range(3):
        empty(doc)
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    # 落款 aligned with manual spaces
    para(doc, "\u3000" * 11 + "钦州市发展和改革委员会", align=WD_ALIGN_PARAGRAPH.LEFT,
         first=False).paragraph_format.keep_with_next = True
    para(doc, "\u3000" * 13 + "2026年3月16日", align=WD_ALIGN_PARAGRAPH.LEFT, first=False)

    # ------------- attachment: blank form
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(doc)
    para(doc, [("听证会参加人报名表", XBS, False, 20)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first=False, line=30, after=8)

    form = [
        ("姓名", "", "性别", ""),
        ("出生年月", "", "民族", ""),
        ("政治面貌", "", "文化程度", ""),
        ("工作单位", "", "职务（职业）", ""),
        ("身份证号码", "", "联系电话", ""),
        ("通讯地址", None, None, None),
        ("电子邮箱", "", "邮政编码", ""),
        ("报名类别", "□消费者代表 □经营者代表 □其他利益相关方代表", None, None),
        ("意见摘要（可另附页）", None, None, None),
        ("本人签名", "", "填表日期", ""),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [3.4, 4.6, 3.0, 4.6]
    set_grid(t, widths)
    for i, (l1, v1, l2, v2) in enumerate(form):
        row = t.rows[i]
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
            set_vcenter(row.cells[j])
        cell_text(row.cells[0], l1, FS, 14)
        set_row_height(row, 1.05)
        if l2 is None:
            m = row.cells[1].merge(row.cells[3])
            if v1:
                cell_text(m, v1, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            C.append(f"{l1}：{v1 or ''}")
        else:
            cell_text(row.cells[2], l2, FS, 14)
            C.append(f"{l1}：{v1}；{l2}：{v2}")
        if l1.startswith("意见摘要"):
            set_row_height(row, 5.0)
    notes = [
        "注：1.本表可从钦州市发展和改革委员会门户网站下载，复印有效。",
        "2.以单位名义推荐的，请在“工作单位”栏加盖单位公章。",
        "3.“意见摘要”栏请简要填写对听证方案的主要意见，字数不超过500字。",
    ]
    for i, n in enumerate(notes):
        para(doc, [(n, FS, False, 12)], align=WD_ALIGN_PARAGRAPH.LEFT, first=False, line=20,
             left=None if i == 0 else Pt(24), before=6 if i == 0 else 0)
        C.append(n)

    path = os.path.join(HERE, "blind620_qinzhou_gonggao.docx")
    doc.save(path)
    meta = {
        "title": "钦州市发展和改革委员会关于举行钦州港集装箱装卸作业收费标准调整听证会的公告",
        "doc_number": "2026年第3号",
        "issuer": ["钦州市发展和改革委员会"],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": ["听证会参加人报名表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": C}]


# =================================================== document 2: 听证情况报告
def make_baogao():
    doc = Document()
    page_setup(doc)
    C = []

    empty(doc)
    para(doc, [("钦州市发展和改革委员会文件", XBS, False, 30)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first=False, line=50)
    doc.paragraphs[-1].runs[0].font.color.rgb = RED
    empty(doc)
    p = para(doc, "钦发改价格〔2026〕58号", align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
    bottom_border(p, sz=24, space=8)
    empty(doc)

    # title with a soft line break inside one paragraph
    para(doc, [("钦州市发展和改革委员会关于钦州港集装箱\n装卸作业收费标准调整听证会情况的报告", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=33)
    empty(doc)
    para(doc, "钦州市人民政府：", align=WD_ALIGN_PARAGRAPH.LEFT, first=False)

    t = ("根据《中华人民共和国价格法》和《政府制定价格听证办法》有关规定，我委于2026年4月16日组织召开了"
         "钦州港集装箱装卸作业收费标准调整听证会。现将听证会有关情况报告如下：")
    para(doc, t)
    C.append(t)

    # heading split across several runs
    para(doc, [("一、", HT, False), ("听证会", HT, False), ("基本情况", HT, False)])
    body1 = [
        "2026年3月16日，我委在门户网站发布《钦州市发展和改革委员会关于举行钦州港集装箱装卸作业收费标准"
        "调整听证会的公告》（2026年第3号），公开征集听证参加人。报名期间共收到有效报名48份，其中消费者"
        "报名41份。经随机抽取和有关单位推荐，共确定听证参加人15名，名单已于2026年4月3日向社会公布。",
        "听证会于2026年4月16日上午在钦州市行政中心东楼三楼第一会议室举行，应到听证参加人15名，实到14名，"
        "1名消费者代表因公出差未能出席并提交了书面意见。听证会由我委副主任李建明主持，钦州市公证处对"
        "听证参加人产生过程进行了公证，12名旁听人员和4家新闻媒体参加旁听和采访。",
        "听证会上，申请人钦州港口（集团）有限公司陈述了调整方案及依据，我委成本监审机构介绍了成本监审情况："
        "2023—2025年钦州港集装箱装卸作业平均单位成本为468.2元/标准箱，较2020—2022年增长11.6%，"
        "主要是人工成本、设备折旧和自动化码头运营维护费用增加所致。",
    ]
    for b in body1:
        para(doc, b)
        C.append(b)

    para(doc, [("二、听证参加人主要意见", HT, False)])
    t = ("听证参加人围绕调整方案的必要性、可行性和调整幅度充分发表了意见。14名到会参加人中，9名同意调整方案，"
         "3名同意调整但认为幅度偏高，2名不同意调整。主要意见如下：")
    para(doc, t)
    C.append(t)
    ops = [
        ("1.关于外贸重箱调整幅度。", "多数进出口企业和货运代理企业代表认为，当前外贸形势复杂严峻，企业利润空间收窄，"
         "外贸进出口重箱装卸收费一次上调7.7%幅度偏大，建议分步实施或将调整幅度控制在5%以内。"),
        ("2.关于海铁联运优惠。", "参加人普遍赞成下调海铁联运重箱装卸收费，认为有利于降低西部陆海新通道物流成本、"
         "扩大海铁联运规模。部分参加人建议将优惠范围扩大至海铁联运空箱，并明确优惠政策执行期限。"),
        ("3.关于危险货物集装箱加收比例。", "航运企业代表提出，危险货物集装箱加收比例由50%下调至30%，应与安全监管要求"
         "相衔接，确保港口企业安全投入不减少。"),
        ("4.关于收费公示和服务质量。", "人大代表、政协委员和专家代表建议，申请人应在港区营业场所和企业网站公示收费项目、"
         "标准和服务内容，严禁在标准之外另立名目收费，同时提升作业效率，压缩集装箱在港作业时间。"),
        ("5.关于成本约束。", "专家学者代表建议建立港口装卸作业成本定期监审制度，调价应与服务质量、作业效率挂钩。"),
    ]
    for h, b in ops:
        # typed numbering, run-in heading in bold 仿宋
        para(doc, [(h, FS, True), (b, FS, False)])
        C.append(h + b)

    para(doc, [("三、意见采纳情况", HT, False)])
    t = ("我委对听证参加人提出的意见进行了认真研究，按照“合理的予以采纳、不合理的说明理由”的原则，"
         "逐条提出处理意见：")
    para(doc, t)
    C.append(t)
    adopt = [
        ("（一）关于分步调整外贸重箱收费标准的意见，予以部分采纳。", "综合考虑企业承受能力和申请人成本变化情况，"
         "建议将外贸进出口重箱装卸收费标准由拟调整的560元/标准箱调整为545元/标准箱，调整幅度由7.7%降为4.8%。"),
        ("（二）关于扩大海铁联运优惠范围的意见，予以采纳。", "建议将海铁联运空箱装卸收费标准由现行230元/标准箱"
         "下调至210元/标准箱；海铁联运收费优惠执行期限暂定为3年，期满后根据西部陆海新通道运行情况评估调整。"),
        ("（三）关于危险货物集装箱加收比例的意见，予以部分采纳。", "建议将危险货物集装箱加收比例调整为40%，"
         "同时要求申请人将加收收入优先用于危险货物作业安全设施投入。"),
        ("（四）关于收费公示和服务质量的意见，予以采纳。", "将在价格调整文件中明确申请人收费公示义务和服务质量要求，"
         "由市场监管部门加强监督检查。"),
        ("（五）关于建立成本定期监审制度的意见，暂不采纳。", "港口装卸作业成本监审周期已由《钦州市定价成本监审目录》"
         "作出规定，原则上每3年开展一次，现行制度能够满足定价需要；下一步将结合港口运营情况适时开展成本调查。"),
        ("（六）未到会参加人提交的书面意见", "主要为同意调整方案，已一并纳入研究。"),
    ]
    for h, b in adopt:
        para(doc, [(h, KT, False), (b, FS, False)])
        C.append(h + b)
    t = "综合上述意见，我委提出调整后的收费标准建议如下："
    para(doc, t)
    C.append(t)
    header = ["收费项目", "现行标准（元/标准箱）", "听证方案（元/标准箱）", "建议标准（元/标准箱）"]
    rows = [
        ["外贸进出口重箱装卸", "520", "560", "545"],
        ["外贸进出口空箱装卸", "330", "350", "350"],
        ["内贸重箱装卸", "300", "315", "315"],
        ["内贸空箱装卸", "180", "185", "185"],
        ["国际中转箱装卸", "260", "260", "260"],
        ["海铁联运重箱装卸", "420", "380", "380"],
        ["海铁联运空箱装卸", "230", "—", "210"],
        ["危险货物集装箱装卸", "加收50%", "加收30%", "加收40%"],
    ]
    data_table(doc, header, rows, [4.6, 3.7, 3.7, 3.7], C, left_cols=(0,))
    empty(doc)

    para(doc, [("四、下一步工作建议", HT, False)])
    t = ("建议市人民政府同意按上述建议标准调整钦州港集装箱装卸作业收费标准，自2026年7月1日起执行。"
         "经批准后，我委将及时印发调整文件并向社会公布，同时督促申请人做好收费公示和政策解释工作，"
         "加强对执行情况的跟踪评估。")
    para(doc, t)
    C.append(t)
    t = "以上报告，请审示。"
    para(doc, t)
    C.append(t)
    empty(doc)

    # 附件 list, second line aligned with full-width spaces
    para(doc, "附件：1.钦州港集装箱装卸作业收费标准调整听证会听证参加人名单", align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "\u3000\u3000\u30002.听证参加人书面意见汇总", align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    para(doc, "\u3000" * 11 + "钦州市发展和改革委员会", align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    para(doc, "\u3000" * 13 + "2026年4月28日", align=WD_ALIGN_PARAGRAPH.LEFT, first=False)

    # ---------------- 附件1 table
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件1", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=False, after=6)
    para(doc, [("钦州港集装箱装卸作业收费标准调整听证会\n听证参加人名单", XBS, False, 20)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=30, after=8)
    header = ["序号", "姓名", "参加人类别", "工作单位及职务"]
    people = [
        ["黄志强", "消费者代表", "广西北部湾国际贸易有限公司总经理"],
        ["刘芳", "消费者代表", "钦州市华通进出口有限公司财务总监"],
        ["梁伟", "消费者代表", "广西钦州保税港区润达贸易有限公司副总经理"],
        ["蒙海燕", "消费者代表", "钦州海联国际货运代理有限公司总经理"],
        ["陈俊", "消费者代表", "广西海港通国际物流有限公司业务经理"],
        ["周晓东", "消费者代表", "广西海桂航运有限公司副总经理"],
        ["农丽萍", "消费者代表", "钦州锦帆船务代理有限公司经理"],
        ["苏建华", "经营者代表", "钦州港口（集团）有限公司副总经理"],
        ["谢文斌", "经营者代表", "钦州市港口行业协会秘书长"],
        ["杨明", "其他利益相关方代表", "中国（广西）自由贸易试验区钦州港片区管理委员会经济发展局副局长"],
        ["覃海鹰", "其他利益相关方代表", "钦州保税港区综合服务中心主任"],
        ["韦国栋", "专家学者", "北部湾大学经济与管理学院教授"],
        ["罗静", "专家学者", "广西财经学院物流管理与工程学院副教授"],
        ["何永红", "人大代表", "钦州市人大代表，钦州市钦南区康熙岭镇企业负责人"],
        ["潘德胜", "政协委员", "政协钦州市委员会委员，钦州市律师协会副会长"],
    ]
    rows = [[str(i)] + r for i, r in enumerate(people, start=1)]
    data_table(doc, header, rows, [1.3, 1.7, 3.5, 9.1], C, left_cols=(3,))

    # ---------------- 版记 as a layout table (top/bottom rules)
    empty(doc, 1)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 12), ("bottom", 12), ("insideH", 6)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    cell_text(bj.rows[0].cells[0], "抄送：自治区发展和改革委员会，市人大常委会办公室，市政协办公室，"
              "市市场监督管理局，钦州港口（集团）有限公司。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.rows[1].cells[0], "钦州市发展和改革委员会办公室" + "\u3000" * 6 + "2026年4月28日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    for r in bj.rows:
        r.cells[0].width = Cm(15.6)
    set_grid(bj, [15.6])
    tail = doc.add_paragraph()
    tail.paragraph_format.line_spacing = Pt(2)
    tail.paragraph_format.space_after = Pt(0)
    set_font(tail.add_run(""), FS, 2)

    path = os.path.join(HERE, "blind620_qinzhou_baogao.docx")
    doc.save(path)
    meta = {
        "title": "钦州市发展和改革委员会关于钦州港集装箱装卸作业收费标准调整听证会情况的报告",
        "doc_number": "钦发改价格〔2026〕58号",
        "issuer": ["钦州市发展和改革委员会"],
        "date": "2026-04-28",
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": ["钦州港集装箱装卸作业收费标准调整听证会听证参加人名单", "听证参加人书面意见汇总"],
        "doc_type": "报告",
        "recipients": ["钦州市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for fn in (make_gonggao, make_baogao):
        path, objs = fn()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
