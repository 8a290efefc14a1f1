# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 384: 12345 hotline / 政务服务 knowledge-base FAQ documents."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

SAN = 16  # 三号
SI = 14  # 四号
XIAOSI = 12
ER = 22  # 二号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_par(p, align=None, indent=False, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, text="", font=FS, size=SAN, bold=False, align=None,
         indent=False, color=None, spacing=28, before=0, after=0):
    p = container.add_paragraph()
    fmt_par(p, align, indent, spacing, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(p, pieces, size=SAN):
    """pieces: list of (text, font, bold)"""
    for text, font, bold in pieces:
        set_font(p.add_run(text), font, size, bold)
    return p


def red_rule(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def table_borders(table, inside=True, outer=True, top_bottom_only=False):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        on = False
        if top_bottom_only:
            on = edge in ("top", "bottom", "insideH")
        else:
            if edge in ("top", "left", "bottom", "right"):
                on = outer
            else:
                on = inside
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "6")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def add_page_number_footer(section, font=FS):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), font, SI)
    r = p.add_run()
    set_font(r, font, SI)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, font, SI)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, SI)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._element.append(f2)
    r4 = p.add_run("1")
    set_font(r4, font, SI)
    r5 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._element.append(f3)
    set_font(p.add_run(" —"), font, SI)


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
    st.font.size = Pt(SAN)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


# --- Word automatic numbering (numbering.xml) -------------------------------
_abs_counter = [900]
_num_counter = [900]


def new_abstract_num(doc, numfmt, lvltext, ind_left=0, hanging=0):
    numbering = doc.part.numbering_part.element
    aid = _abs_counter[0]
    _abs_counter[0] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt),
                     ("w:suff", "nothing"), ("w:lvlText", lvltext),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(ind_left))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return aid


def new_num(doc, abstract_id):
    numbering = doc.part.numbering_part.element
    nid = _num_counter[0]
    _num_counter[0] += 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abstract_id))
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def convert_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_384", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ====================================================================
# File 1: 厦门 — notice + FAQ table (知识库导出)
# ====================================================================
XM_ORGS = ["厦门市商务局", "厦门市政务服务中心管理委员会"]
XM_TITLE_1 = "厦门市商务局 厦门市政务服务中心管理委员会"
XM_TITLE_2 = "关于印发《厦门市外商投资和自贸试验区政策问答（2025年版）》的通知"
XM_FAQ_TITLE = "厦门市外商投资和自贸试验区政策问答（2025年版）"
XM_DOCNO = "厦商务〔2025〕156号"
XM_RECIP = ["各区人民政府", "市直各有关单位",
            "中国（福建）自由贸易试验区厦门片区管理委员会",
            "市12345政务服务便民热线各承办单位"]

XM_BODY = [
    "为深入贯彻落实《中华人民共和国外商投资法》及其实施条例，进一步提升12345政务服务便民热线涉外资企业诉求答复质量，市商务局会同市政务服务中心管委会对《厦门市外商投资政策问答（2023年版）》进行了全面修订，形成《厦门市外商投资和自贸试验区政策问答（2025年版）》（以下简称《问答》），现印发给你们，并就有关事项通知如下。",
    ("一、统一答复口径。", "市12345政务服务便民热线要将《问答》内容全部录入知识库，于2025年6月30日前完成上线。话务人员对外商投资、自贸试验区政策类咨询，原则上按照《问答》口径直接答复，不得自行扩大或者缩小政策适用范围。"),
    ("二、建立动态更新机制。", "各有关单位要指定专人负责知识库维护，所涉政策发生调整的，应当在政策公布之日起5个工作日内将修订后的答复口径报送市商务局，经审核后由市12345热线更新。"),
    ("三、做好转办衔接。", "对《问答》未覆盖或者需要个案研判的诉求，市12345热线应当按照“首接负责”原则及时转办，承办单位应当在3个工作日内与诉求人联系，在10个工作日内办结答复。"),
    ("四、加强跟踪评估。", "市政务服务中心管委会要定期对涉外资诉求的答复满意度进行统计分析，每季度向市商务局反馈，有关情况纳入全市营商环境考核。"),
    "本通知自印发之日起施行，《厦门市外商投资政策问答（2023年版）》（厦商务〔2023〕98号）同时废止。",
    "联系人：市商务局外国投资管理处林思远，电话：0592-2853716；市政务服务中心管委会热线管理处郑雅琴，电话：0592-5393128。",
]

XM_NOTE = "本《问答》依据截至2025年5月31日的现行有效政策编制，答复内容供热线话务人员和窗口工作人员统一口径使用，具体以政策原文及主管部门解释为准。"

# Each row: (问题, 答复 paragraphs, 政策依据 lines, options)
# 答复 paragraph items: str, or ("AUTO", str) for Word-numbered paragraphs
XM_ROWS = [
    ("一、外商投资准入与登记", None, None, None),
    ("1.外国投资者在厦门投资是否还需要办理商务备案或审批？",
     ["除外商投资准入特别管理措施（负面清单）规定的领域外，外国投资者在厦门投资无需办理商务备案或审批手续，按照内外资一致原则直接向市场监督管理部门申请登记注册。",
      "外国投资者或者外商投资企业应当通过企业登记系统以及国家企业信用信息公示系统向商务主管部门报送投资信息，具体包括初始报告、变更报告、注销报告和年度报告。"],
     ["《中华人民共和国外商投资法》第三十四条", "《外商投资信息报告办法》第七条"], "paras"),
    ("2.外商投资企业年度报告在什么时间报送？逾期未报送有什么后果？",
     ["外商投资企业应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度的年度报告。当年设立的外商投资企业，自下一年起报送年度报告。",
      "逾期未报送的，按照以下方式处理：",
      ("AUTO", "由商务主管部门责令限期补报；"),
      ("AUTO", "逾期仍不补报的，处十万元以上五十万元以下的罚款；"),
      ("AUTO", "相关情况依法记入企业信用记录。")],
     ["《中华人民共和国外商投资法》第三十七条", "《外商投资信息报告办法》第十五条"], "softbreak"),
    ("3.外商投资企业可以享受哪些与内资企业同等的政策？",
     ["根据内外资一致原则，外商投资企业依法平等适用国家支持企业发展的各项政策，主要包括：（1）依法平等参与政府采购活动；（2）依法平等参与标准制定工作；（3）依法平等享受融资、用地、人才等方面的支持政策。"],
     ["《中华人民共和国外商投资法》第九条", "《中华人民共和国外商投资法》第十五条、第十六条"], "paras"),
    ("二、投资促进与保护", None, None, None),
    ("4.外资企业在厦门新设研发中心，可以享受哪些支持？",
     ["对经认定的外资研发中心，按以下标准给予支持：",
      "（1）新认定为市级外资研发中心的，给予一次性奖励50万元；",
      "（2）研发中心进口科技开发用品，符合条件的免征进口关税和进口环节增值税、消费税；",
      "（3）研发中心采购国产设备，符合条件的全额退还增值税。",
      "具体申报时间以市商务局年度申报通知为准。"],
     ["《关于进一步鼓励外商投资设立研发中心的若干措施》（国办函〔2023〕7号）", "《厦门市进一步促进外商投资若干措施》第五条"], "paras"),
    ("5.外资企业对行政机关的行政行为有异议，可以通过什么渠道反映？",
     ["外商投资企业或者其投资者认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以通过外商投资企业投诉工作机制申请协调解决，也可以依法申请行政复议、提起行政诉讼。",
      "厦门市外商投资企业投诉中心设在市商务局，投诉可通过现场、信函、电子邮件或12345热线提出。投诉中心应当自收到完整投诉材料之日起7个工作日内作出是否受理的决定。"],
     ["《中华人民共和国外商投资法》第二十六条", "《外商投资企业投诉工作办法》第十八条"], "softbreak"),
    ("6.外国投资者从企业获得的利润能否自由汇出？",
     ["可以。外国投资者在中国境内的出资、利润、资本收益、资产处置所得、知识产权许可使用费、依法获得的补偿或者赔偿、清算所得等，可以依法以人民币或者外汇自由汇入、汇出，任何单位和个人不得违法对币种、数额以及汇入、汇出的频次等进行限制。"],
     ["《中华人民共和国外商投资法》第二十一条"], "paras"),
    ("三、自贸试验区政策", None, None, None),
    ("7.在自贸试验区厦门片区设立外商投资企业有哪些便利措施？",
     ["厦门片区实行“一照一码”“一窗通办”，外商投资企业设立登记、印章刻制、涉税事项、社保登记等可在1个工作日内办结。",
      "外国投资者主体资格证明文件已按规定办理公证认证的，可通过“跨境通办”专区远程申请，无需到现场提交纸质材料。"],
     ["《中国（福建）自由贸易试验区条例》第二十二条", "《厦门片区商事登记便利化改革措施》第三条"], "paras"),
    ("8.自贸试验区外商投资负面清单与全国版有什么区别？",
     ["自贸试验区实施《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》，特别管理措施为27条，比全国版负面清单更短，在制造业、服务业等领域开放程度更高。",
      "清单之外的领域，按照内外资一致原则实施管理。"],
     ["《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》"], "paras"),
    ("四、跨境贸易与物流", None, None, None),
    ("9.企业在厦门开展跨境电商零售进口业务，需要办理哪些手续？",
     ["参与跨境电商零售进口业务的跨境电商企业、平台、境内服务商，应当依法向海关办理注册登记，并通过国际贸易“单一窗口”传输交易、支付、物流等电子信息，承担相应法律责任。",
      "跨境电商零售进口商品的单次交易限值为人民币5000元，年度交易限值为人民币26000元。"],
     ["《关于完善跨境电子商务零售进口监管有关工作的通知》（商财发〔2018〕486号）", "《关于完善跨境电子商务零售进口税收政策的通知》（财关税〔2018〕49号）"], "paras"),
    ("10.通过中欧班列（厦门）出口的货物，能否在厦门本地完成通关？",
     ["可以。中欧班列（厦门）出口货物可在厦门本地办理报关手续，适用海关多式联运监管模式，实行“一次申报、一次查验、一次放行”，沿途口岸不再重复查验。"],
     ["—"], "paras"),
    ("11.综合保税区内企业能否开展保税维修业务？",
     ["可以。综合保税区内企业可以开展高技术、高附加值、符合环保要求的保税维修业务，维修产品范围按照《综合保税区维修产品目录》执行。",
      "企业开展保税维修业务应当：（1）建立维修耗材和待维修、已维修货物的电子台账；（2）维修后的货物原则上复运出境；（3）维修产生的固体废物按规定处置。"],
     ["《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）", "《中华人民共和国海关综合保税区管理办法》第二十七条"], "paras"),
]

XM_HEADERS_SHOWN = ["问  题", "答  复", "政策依据"]
XM_HEADERS_KEY = ["问题", "答复", "政策依据"]


def build_xiamen():
    doc = Document()
    page_setup(doc)
    add_page_number_footer(doc.sections[0])

    # red header: layout table, two organs left, 文件 right
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, inside=False, outer=False)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [12.2, 3.4])
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(c0.paragraphs[0].add_run(XM_ORGS[0]), XBS, 20, False, RED)
    p = c0.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(p.add_run(XM_ORGS[1]), XBS, 20, False, RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(c1.paragraphs[0].add_run("文件"), XBS, 42, False, RED)

    para(doc)
    para(doc)
    p = para(doc, XM_DOCNO, FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    para(doc)

    # title with soft line break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    # hand-broken title: breaks fall mid-word, as typed in the office
    for j, piece in enumerate(["厦门市商务局 厦门市政务服务中心管理",
                               "委员会关于印发《厦门市外商投资和自贸",
                               "试验区政策问答（2025年版）》的通知"]):
        if j:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(piece), XBS, ER)
    para(doc)

    para(doc, "，".join(XM_RECIP) + "：")
    for item in XM_BODY:
        if isinstance(item, tuple):
            p = para(doc, indent=True)
            runs(p, [(item[0], HT, False), (item[1], FS, False)])
        else:
            para(doc, item, indent=True)
    para(doc)
    # attachment list, with hanging spaces typed by hand
    p = para(doc, "", indent=True)
    set_font(p.add_run("附件：" + XM_FAQ_TITLE), FS, SAN)
    para(doc)
    para(doc)

    # 落款: layout table, two organs side by side + date
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, inside=False, outer=False)
    set_col_widths(t, [6.0, 9.6])
    t.rows[0].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(t.rows[0].cells[0].paragraphs[0].add_run(XM_ORGS[0]), FS, SAN)
    t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(t.rows[0].cells[1].paragraphs[0].add_run(XM_ORGS[1]), FS, SAN)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(m.paragraphs[0].add_run("2025年6月18日    "), FS, SAN)
    para(doc)
    para(doc, "（此件公开发布）", FS, SAN, indent=True)

    # attachment
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run("附件"), HT, SAN)
    para(doc)
    para(doc, XM_FAQ_TITLE, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    para(doc, XM_NOTE, KT, SAN, indent=True)
    para(doc)

    abs_id = new_abstract_num(doc, "decimal", "%1.", 0, 0)
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(XM_HEADERS_SHOWN):
        c = hdr.cells[i]
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(h), HT, XIAOSI, True)
    for q, ans, basis, mode in XM_ROWS:
        row = t.add_row()
        if ans is None:  # category row spanning all columns
            mc = row.cells[0].merge(row.cells[2])
            set_font(mc.paragraphs[0].add_run(q), HT, XIAOSI, True)
            continue
        c0, c1, c2 = row.cells
        fmt_par(c0.paragraphs[0], spacing=20)
        set_font(c0.paragraphs[0].add_run(q), FS, XIAOSI)
        first = True
        num_id = None
        for a in ans:
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            first = False
            fmt_par(p, spacing=20)
            if isinstance(a, tuple):
                if num_id is None:
                    num_id = new_num(doc, abs_id)
                apply_num(p, num_id)
                set_font(p.add_run(a[1]), FS, XIAOSI)
            else:
                p.paragraph_format.first_line_indent = Pt(24)
                set_font(p.add_run(a), FS, XIAOSI)
        if mode == "softbreak":
            p = c2.paragraphs[0]
            fmt_par(p, spacing=20)
            for j, line in enumerate(basis):
                if j:
                    p.add_run().add_break(WD_BREAK.LINE)
                set_font(p.add_run(line), FS, XIAOSI)
        else:
            for j, line in enumerate(basis):
                p = c2.paragraphs[0] if j == 0 else c2.add_paragraph()
                fmt_par(p, spacing=20)
                if line == "—":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_font(p.add_run(line), FS, XIAOSI)
    set_col_widths(t, [3.6, 8.4, 3.6])

    para(doc)
    para(doc)
    # 版记
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, top_bottom_only=True)
    p = t.rows[0].cells[0].paragraphs[0]
    set_font(p.add_run("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。"), FS, SI)
    p = t.rows[1].cells[0].paragraphs[0]
    set_font(p.add_run("  厦门市商务局办公室                         2025年6月18日印发"), FS, SI)

    path = os.path.join(HERE, "blind384_xiamen_zhishiku.docx")
    doc.save(path)

    # ---- key
    notice_clauses = []
    for item in XM_BODY:
        notice_clauses.append(item[0] + item[1] if isinstance(item, tuple) else item)
    faq_clauses = [XM_NOTE]
    for q, ans, basis, mode in XM_ROWS:
        if ans is None:
            continue
        ans_lines = []
        n = 0
        for a in ans:
            if isinstance(a, tuple):
                n += 1
                ans_lines.append("%d.%s" % (n, a[1]))
            else:
                ans_lines.append(a)
        vals = [q, "\n".join(ans_lines), "\n".join(basis)]
        faq_clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(XM_HEADERS_KEY, vals)))

    meta_notice = {
        "title": XM_TITLE_1 + XM_TITLE_2,
        "doc_number": XM_DOCNO,
        "issuer": XM_ORGS,
        "date": "2025-06-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2025-06-18",
        "expires": None,
        "attachments": [XM_FAQ_TITLE],
        "doc_type": "通知",
        "recipients": XM_RECIP,
        "publicity": "此件公开发布",
        "repeals": "《厦门市外商投资政策问答（2023年版）》（厦商务〔2023〕98号）",
    }
    meta_faq = {
        "title": XM_FAQ_TITLE,
        "doc_number": None,
        "issuer": XM_ORGS,
        "date": "2025-06-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "问答",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [
        {"meta": meta_notice, "clauses": notice_clauses},
        {"meta": meta_faq, "clauses": faq_clauses},
    ]


# ====================================================================
# File 2: 青岛片区 — 问：/答： paragraphs grouped under 一、二、 headings
# ====================================================================
QD_ORG = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_TITLE_1 = "中国（山东）自由贸易试验区青岛片区"
QD_TITLE_2 = "外商投资和跨境贸易政策问答"
QD_TITLE_3 = "（2026年第1期）"
QD_ATT = "青岛片区外商投资服务专员联系表"

QD_INTRO = "为便利外商投资企业和跨境贸易经营主体及时准确了解政策，青岛片区管委会会同青岛海关、青岛市商务局梳理了企业咨询频率较高的问题，形成本期政策问答。本期问答已同步录入青岛市12345政务服务便民热线知识库，供热线话务人员和片区政务服务窗口统一答复使用。"

# group heading, then list of items: ("Q", text) / ("A", text) / ("P", text) plain para
# ("RUN", head, rest) numbered para with bold run-in heading
QD_GROUPS = [
    ("外商投资准入与设立", [
        ("Q", "外国投资者在青岛片区投资，是否需要先取得商务部门的批准？"),
        ("A", "不需要。除外商投资准入负面清单规定的领域外，外国投资者在青岛片区投资设立企业，直接向片区市场监管部门申请登记，不再办理商务审批或者备案。属于负面清单限制投资领域的，应当符合清单规定的股权要求、高管要求等条件。"),
        ("Q", "外国自然人可以在青岛片区登记为个体工商户吗？"),
        ("A", "可以。具有外国国籍的自然人可以在青岛片区依法申请登记为个体工商户，但从事特许经营的除外。申请时需提交以下材料："),
        ("P", "1.个体工商户登记申请书；"),
        ("P", "2.经营者有效身份证件（护照）及其中文译本；"),
        ("P", "3.经营场所使用证明。"),
        ("P", "上述材料可通过山东省政务服务网“外资企业开办”专区在线提交，材料齐全的当场办结。"),
    ]),
    ("投资促进与保护", [
        ("Q", "青岛片区对新落户的外资总部企业有哪些奖励政策？"),
        ("A", "对经认定的外资总部企业，青岛片区按照以下标准给予奖励："),
        ("RUN", "1.落户奖励。", "实缴注册资本1亿元以上的，给予一次性落户奖励300万元；实缴注册资本5亿元以上的，给予一次性落户奖励1000万元。"),
        ("RUN", "2.办公用房补贴。", "购置自用办公用房的，按照购房价格的5%给予补贴，最高不超过500万元；租赁自用办公用房的，连续3年按照租金的30%给予补贴。"),
        ("RUN", "3.经营贡献奖励。", "对当年经济贡献首次达到1000万元以上的，按照其增量部分给予奖励，具体如下："),
        ("P", "（1）增量部分在1000万元（含）至5000万元的，按30%给予奖励；"),
        ("P", "（2）增量部分在5000万元（含）以上的，按50%给予奖励。"),
        ("P", "同一企业同时符合片区其他同类奖励政策的，按照“从高不重复”原则执行。"),
        ("Q", "外资企业将利润在境内再投资，能否享受税收优惠？"),
        ("A", "可以。境外投资者从中国境内居民企业分配的利润直接投资于非禁止外商投资的项目和领域，凡符合规定条件的，实行递延纳税政策，暂不征收预提所得税。"),
        ("P", "此外，2025年1月1日至2028年12月31日，境外投资者以中国境内居民企业分配的利润在境内直接投资于鼓励类产业目录所列项目，持有满5年的，可按投资额的10%抵免当年应缴纳的税额。"),
    ]),
    ("跨境电商与中欧班列", [
        ("Q", "青岛片区跨境电商企业开展“9610”出口业务，发生退货如何处理？"),
        ("A", "跨境电商出口商品自出口放行之日起1年内因滞销、退货原因原状运抵原出区海关监管区的，可以按规定申请办理退货手续，免征进口关税和进口环节增值税、消费税；出口时已征收的出口关税准予退还，出口时已征收的增值税、消费税参照内销货物发生退货的有关税收规定执行。"),
        ("Q", "通过中欧班列（齐鲁号）发运货物，海关有哪些通关便利？"),
        ("A", "青岛海关对中欧班列（齐鲁号）出口货物实行“铁路快通”模式，企业在青岛本地即可完成报关，货物在出境口岸无需再次办理转关手续。同时推行以下措施："),
        ("P", "（1）舱单提前申报，货物抵达前即可完成审核；"),
        ("P", "（2）对符合条件的企业实施“两步申报”，先凭概要信息提离货物；"),
        ("P", "（3）对班列进口的冷链货物开辟“绿色通道”，实行优先查验。"),
    ]),
    ("综合保税区业务", [
        ("Q", "青岛前湾综合保税区内企业能否申请增值税一般纳税人资格试点？"),
        ("A", "可以。符合条件的综合保税区内企业可以申请开展增值税一般纳税人资格试点，试点企业进口自用设备（包括机器设备、基建物资和办公用品）时，暂免征收进口关税和进口环节增值税、消费税。申请条件包括："),
        ("P", "1.依法在综合保税区内设立并具有独立法人资格；"),
        ("P", "2.财务核算规范，能够准确核算保税货物与非保税货物；"),
        ("P", "3.近两年内无重大违法违规记录。"),
        ("P", "申请材料可通过“青岛片区企业服务”小程序线上提交，片区管委会会同主管税务机关、青岛海关在15个工作日内完成联合审核。"),
    ]),
]

QD_CLOSE = "以上答复口径依据截至2025年12月31日的现行政策编写，如政策发生调整，以最新政策规定为准。企业如有疑问，可拨打青岛市12345政务服务便民热线或青岛片区企业服务中心电话0532-86985516咨询。"

QD_ATT_HEAD = ["服务领域", "服务专员", "联系电话"]
QD_ATT_ROWS = [
    ["外资企业设立登记", "王晓东", "0532-86985521"],
    ["外资项目招引与奖励兑现", "刘佳宁", "0532-86985537"],
    ["跨境电商与中欧班列", "赵明轩", "0532-86985548"],
    ["综合保税区业务", "孙雨桐", "0532-86985562"],
]


def build_qingdao():
    doc = Document()
    page_setup(doc)
    add_page_number_footer(doc.sections[0])

    # knowledge-base tag line (not a 文号)
    para(doc, "知识库编号：QDZMQ-ZC-2026-001", KT, XIAOSI, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, QD_ORG, XBS, 18, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, spacing=40)
    red_rule(p, 24)
    para(doc)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    set_font(p.add_run(QD_TITLE_1), XBS, ER)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run(QD_TITLE_2), XBS, ER)
    para(doc, QD_TITLE_3, KT, SAN, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    para(doc, QD_INTRO, FS, SAN, indent=True)

    abs_cn = new_abstract_num(doc, "chineseCounting", "%1、", 0, 0)
    num_cn = new_num(doc, abs_cn)
    clauses = [QD_INTRO]
    for gname, items in QD_GROUPS:
        p = para(doc, "", indent=True)
        apply_num(p, num_cn)
        p.paragraph_format.first_line_indent = Pt(32)
        set_font(p.add_run(gname), HT, SAN)
        for it in items:
            kind = it[0]
            p = para(doc, "", indent=True)
            if kind == "Q":
                runs(p, [("问：", HT, True), (it[1], FS, True)])
                clauses.append("问：" + it[1])
            elif kind == "A":
                runs(p, [("答：", HT, True), (it[1], FS, False)])
                clauses.append("答：" + it[1])
            elif kind == "RUN":
                runs(p, [(it[1], KT, True), (it[2], FS, False)])
                clauses.append(it[1] + it[2])
            else:
                runs(p, [(it[1], FS, False)])
                clauses.append(it[1])
        para(doc)  # empty paragraph between groups
    para(doc, QD_CLOSE, FS, SAN, indent=True)
    clauses.append(QD_CLOSE)
    para(doc)
    p = para(doc, "", indent=True)
    set_font(p.add_run("附件：" + QD_ATT), FS, SAN)
    para(doc)
    para(doc)
    # 落款 typed with manual spaces
    para(doc, "      " + QD_ORG, FS, SAN, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年1月20日        ", FS, SAN, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # attachment
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run("附件"), HT, SAN)
    para(doc)
    para(doc, QD_ATT, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(QD_ATT_HEAD):
        c = t.rows[0].cells[i]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(h), HT, SI)
    for r in QD_ATT_ROWS:
        row = t.add_row()
        for i, v in enumerate(r):
            c = row.cells[i]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(v), FS, SI)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(QD_ATT_HEAD, r)))
    set_col_widths(t, [6.4, 4.0, 5.2])

    path = os.path.join(HERE, "blind384_qingdao_wenda.docx")
    doc.save(path)

    meta = {
        "title": QD_TITLE_1 + QD_TITLE_2 + QD_TITLE_3,
        "doc_number": None,
        "issuer": [QD_ORG],
        "date": "2026-01-20",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": [QD_ATT],
        "doc_type": "问答",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for builder in (build_xiamen, build_qingdao):
        path, objs = builder()
        convert_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
