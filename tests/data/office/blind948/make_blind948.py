# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 948: 省人民政府令 + 自贸试验区负面清单管理办法 (Word 原件 + 公报网页转存), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
YH = "微软雅黑"
RED = RGBColor(0xFF, 0x00, 0x00)
GREY = RGBColor(0x66, 0x66, 0x66)
QS = "\u3000"  # full-width space

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


def add_par(doc, runs, base=FS, bsize=16, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, base, bsize, False)]
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


def setup(doc, normal_font=FS, normal_size=16, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = normal_font
    st.font.size = Pt(normal_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), normal_font)


def page_footer(doc):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_948", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 云南省人民政府令 as typed in the 办公厅's Word file: red 版头, 令号, 省长 signature
# aligned with typed spaces, page break, the 办法 with 章 and bold 条号, items on
# their own lines, one article typed with Shift+Enter, 版记 at the end.
def doc_yunnan():
    stem = "blind948_yunnan_ling"
    doc = Document()
    setup(doc)
    page_footer(doc)
    clauses = []

    # ---- 令 page
    empty(doc, 1)
    add_par(doc, [("云南省人民政府令", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=18)
    empty(doc, 2)
    add_par(doc, [("第236号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 2)
    ling = ("《中国（云南）自由贸易试验区负面清单管理办法》已经2026年1月16日省人民政府"
            "第58次常务会议审议通过，现予公布，自2026年3月1日起施行。")
    add_par(doc, ling)
    clauses.append(ling)
    empty(doc, 3)
    # signature typed with spaces (no right alignment), 省长 name in 楷体
    add_par(doc, [(" " * 44 + "省长", FS, 16, False), (QS, FS, 16, False),
                  ("王建平", KT, 16, False)], indent=False)
    add_par(doc, " " * 42 + "2026年1月28日", indent=False)

    page_break(doc)

    # ---- the 办法; title wrapped at an odd place with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("中国（云南）自由贸易试验区负面"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("清单管理办法"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(num, paras, items=None, shift_enter=False):
        """num like 第一条; paras: list of paragraph texts (first follows the 条号)."""
        head = num + QS
        text = head + "".join(paras) + ("".join(items) if items else "")
        clauses.append(text)
        if shift_enter:
            p = doc.add_paragraph()
            font(p.add_run(head), HT, 16)
            font(p.add_run(paras[0]), FS, 16)
            for extra in paras[1:]:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(QS * 2 + extra), FS, 16)
            fmt(p)
            return
        add_par(doc, [(head, HT, 16, False), (paras[0], FS, 16, False)])
        for extra in paras[1:]:
            add_par(doc, extra)
        for it in items or []:
            add_par(doc, it)

    chapter("第一章　总　　则")
    article("第一条", ["为了推进中国（云南）自由贸易试验区(以下简称自贸试验区)高水平制度型开放，规范负面清单管理，营造市场化、法治化、国际化一流营商环境，根据《中华人民共和国外商投资法》《中国（云南）自由贸易试验区条例》等法律、法规，结合本省实际，制定本办法。"])
    article("第二条", ["本办法适用于自贸试验区昆明片区、红河片区、德宏片区范围内负面清单的实施、监督和相关管理服务活动。",
                      "本办法所称负面清单，包括国家发布的自由贸易试验区外商投资准入负面清单、跨境服务贸易负面清单和市场准入负面清单。"])
    article("第三条", ["负面清单管理应当遵循依法实施、公开透明、内外资一致、放管结合、风险可控的原则。负面清单之外的领域，任何单位和个人不得对外国投资者、境外服务提供者另行设置准入限制。"])
    article("第四条", ["省商务主管部门（省自贸试验区工作办公室）负责负面清单实施的综合协调、指导推动和监督评估；省发展改革、市场监管、司法行政等部门按照各自职责做好相关工作。",
                      "昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府和各片区管理机构（以下统称片区管理机构）负责本区域负面清单的具体实施。"])

    chapter("第二章　外商投资准入管理")
    article("第五条", ["外国投资者不得投资外商投资准入负面清单规定禁止投资的领域；投资负面清单规定限制投资的领域，应当符合负面清单规定的股权要求、高级管理人员要求等特别管理措施。"])
    article("第六条", ["片区管理机构应当在政务服务中心设立外商投资服务窗口，为外国投资者提供下列服务："],
            items=["（一）负面清单及相关政策咨询；",
                   "（二）企业登记、项目备案等事项的集中办理；",
                   "（三）外商投资信息报告的指导服务；",
                   "（四）外籍人员工作许可、居留许可等事项的协调办理。"])
    article("第七条", ["外国投资者或者外商投资企业应当通过企业登记系统以及国家企业信用信息公示系统向商务主管部门报送投资信息。",
                      "商务主管部门发现未按照规定报送投资信息的，应当责令其于20个工作日内报送。"],
            shift_enter=True)

    chapter("第三章　跨境服务贸易和市场准入")
    article("第八条", ["境外服务提供者以跨境交付、境外消费、自然人移动等方式向自贸试验区内消费者提供服务，应当遵守自由贸易试验区跨境服务贸易负面清单的规定。"])
    article("第九条", ["自贸试验区应当服务共建“一带一路”和面向南亚东南亚辐射中心建设，在跨境金融、数字贸易、国际物流、医疗健康等领域推进跨境服务贸易便利化。"])
    article("第十条", ["市场准入负面清单以外的行业、领域、业务等，各类经营主体皆可依法平等进入。有关部门不得以备案、登记、注册、目录、年检、认定、认证等形式变相设定准入障碍。"])

    article("第十一条", ["省商务主管部门应当会同有关部门建立负面清单实施情况评估制度，每年对负面清单实施效果开展评估，并向国家有关部门提出调整建议。"])

    chapter("第四章　附　　则")
    article("第十二条", ["本办法自2026年3月1日起施行。2020年6月18日省人民政府公布的《中国（云南）自由贸易试验区外商投资准入管理暂行办法》（省人民政府令第213号）同时废止。"])

    # ---- 版记
    empty(doc, 1)
    p = add_par(doc, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("云南省人民政府办公厅", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年1月29日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区负面清单管理办法",
            "doc_number": "云南省人民政府令第236号",
            "issuer": ["云南省人民政府"],
            "date": "2026-01-28",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": "《中国（云南）自由贸易试验区外商投资准入管理暂行办法》（省人民政府令第213号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 黑龙江省人民政府令 copied from the 省政府公报 web page into Word: breadcrumb,
# page title, 发布日期／来源 line with a grey rule, 宋体 text indented with typed
# full-width spaces, 令 and 办法 run on without a page break, inconsistent spaces
# after 条号 (full-width / half-width / none), 【打印本页】【关闭窗口】 at the end.
def doc_heilongjiang():
    stem = "blind948_hlj_gongbao"
    doc = Document()
    setup(doc, normal_font=SONG, normal_size=12, margins=(2.54, 2.54, 3.18, 3.18))
    clauses = []
    IND = QS * 2

    add_par(doc, [("当前位置：首页 > 政务公开 > 省政府公报 > 2026年第6期", SONG, 9, False, GREY)],
            indent=False, line=18)
    empty(doc, 1, line=18)
    add_par(doc, [("中国（黑龙江）自由贸易试验区跨境服务贸易负面清单管理办法", YH, 16, True)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    p = add_par(doc, [("发布日期：2026-03-20" + QS * 2 + "来源：黑龙江省人民政府办公厅" + QS * 2
                       + "浏览次数：1862" + QS * 2 + "【字体：大 中 小】", SONG, 9, False, GREY)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18)
    border(p, "bottom", "CCCCCC", 6, 6)
    empty(doc, 1, line=18)

    def body(t, center=False, bold=False, size=12, keep=True):
        if center:
            add_par(doc, [(t, SONG, size, bold)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=24, after=8)
        else:
            add_par(doc, [(IND + t, SONG, size, bold)], indent=False, line=24, after=8)
        if keep:
            clauses.append(t)

    body("黑龙江省人民政府令", center=True, bold=True, size=15, keep=False)
    body("第11号", center=True, keep=False)
    body("《中国（黑龙江）自由贸易试验区跨境服务贸易负面清单管理办法》已经2026年2月13日省人民政府第37次常务会议审议通过，现予公布，自2026年4月1日起施行。")
    add_par(doc, [("省长" + QS + "赵长林", SONG, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=24)
    add_par(doc, [("2026年2月27日", SONG, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=24, after=8)
    empty(doc, 1, line=24)
    body("中国（黑龙江）自由贸易试验区跨境服务贸易负面清单管理办法", center=True, bold=True, keep=False)

    def chapter(t):
        body(t, center=True, bold=True, keep=False)

    def article(num, sep, paras, items=None):
        text = num + sep + "".join(paras) + ("".join(items) if items else "")
        clauses.append(text)
        add_par(doc, [(IND, SONG, 12, False), (num, SONG, 12, True), (sep + paras[0], SONG, 12, False)],
                indent=False, line=24, after=8)
        for extra in paras[1:]:
            add_par(doc, [(IND + extra, SONG, 12, False)], indent=False, line=24, after=8)
        for it in items or []:
            add_par(doc, [(IND + it, SONG, 12, False)], indent=False, line=24, after=8)

    chapter("第一章 总  则")
    article("第一条", QS, ["为了规范中国（黑龙江）自由贸易试验区（以下简称自贸试验区）跨境服务贸易负面清单管理，扩大服务业高水平对外开放，服务共建“一带一路”和中蒙俄经济走廊建设，根据《中华人民共和国对外贸易法》和国家有关规定，结合本省实际，制定本办法。"])
    article("第二条", QS, ["本办法适用于自贸试验区哈尔滨片区、黑河片区、绥芬河片区内跨境服务贸易负面清单的实施和管理。",
                          "本办法所称跨境服务贸易，是指由境外服务提供者通过跨境交付、境外消费、自然人移动等模式，向自贸试验区内的消费者提供服务的商业活动。"])
    article("第三条", QS, ["对列入《自由贸易试验区跨境服务贸易特别管理措施（负面清单）》(以下简称负面清单)的跨境服务贸易，按照负面清单规定的特别管理措施实施管理；对负面清单以外的跨境服务贸易，按照境外服务和服务提供者与境内服务和服务提供者待遇一致的原则实施管理。"])
    article("第四条", QS, ["省人民政府商务主管部门负责统筹协调负面清单的实施工作，会同有关部门制定配套措施、开展实施评估。",
                          "省人民政府教育、交通运输、金融、卫生健康、文化和旅游等行业主管部门按照职责分工，负责本行业领域负面清单的实施和监管。",
                          "哈尔滨市、黑河市、牡丹江市人民政府和自贸试验区各片区管理机构负责本片区负面清单实施的具体工作。"])
    chapter("第二章 开放措施")
    article("第五条", " ", ["自贸试验区应当发挥对俄合作优势，在国际物流、跨境金融、专业服务、医疗康养、冰雪旅游、教育培训等领域有序扩大跨境服务贸易开放。"])
    article("第六条", " ", ["支持境外服务提供者依法在自贸试验区开展下列业务："],
            items=["（一）为中俄跨境运输提供国际货运代理、仓储、报关等物流服务；",
                   "（二）在绥芬河片区、黑河片区开展跨境电商海外仓、边民互市贸易配套服务；",
                   "（三）为自贸试验区内企业提供境外工程咨询、设计、检验检测认证等专业服务；",
                   "（四）国家允许的其他跨境服务业务。"])
    article("第七条", " ", ["境外专业人员在自贸试验区从事建筑、设计、规划、会计、税务等专业服务的，可以按照国家规定实行执业登记或者备案管理。"])
    article("第八条", " ", ["支持自贸试验区内金融机构在依法合规、风险可控的前提下，为跨境服务贸易提供人民币与卢布跨境结算、跨境融资等金融服务。"])
    chapter("第三章 管理与服务")
    article("第九条", QS, ["行业主管部门应当自负面清单发布或者调整之日起30日内，梳理公布本行业领域的实施细则、办事指南和监管要求。"])
    article("第十条", QS, ["片区管理机构应当依托黑龙江政务服务网设立跨境服务贸易“一站式”服务专区，公开办理事项、办理流程、办理时限和申请材料。"])
    article("第十一条", QS, ["省人民政府商务主管部门应当会同有关部门建立跨境服务贸易统计监测制度，按季度汇总分析自贸试验区跨境服务贸易进出口额、主要领域和国别地区等情况。"])
    article("第十二条", "", ["对负面清单以外的跨境服务贸易，有关部门不得另行设置针对境外服务提供者的歧视性措施;确需设定管理措施的，应当依法进行合法性审核并向社会公布。"])
    article("第十三条", QS, ["有关部门应当加强跨境服务贸易领域数据安全、个人信息保护和反洗钱等方面的风险防控，建立风险预警和应急处置机制。"])
    chapter("第四章 法律责任")
    article("第十四条", QS, ["境外服务提供者违反负面清单规定提供服务的，由有关部门依照法律、法规的规定予以处理。"])
    article("第十五条", QS, ["有关部门及其工作人员在负面清单实施工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"])
    chapter("第五章 附  则")
    article("第十六条", QS, ["国家对负面清单进行调整的，自调整后的负面清单施行之日起，按照调整后的负面清单执行。"])
    article("第十七条", QS, ["本办法自2026年4月1日起施行。"])

    empty(doc, 1, line=24)
    add_par(doc, [("【打印本页】" + QS + "【关闭窗口】", SONG, 9, False, GREY)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（黑龙江）自由贸易试验区跨境服务贸易负面清单管理办法",
            "doc_number": "黑龙江省人民政府令第11号",
            "issuer": ["黑龙江省人民政府"],
            "date": "2026-02-27",
            "published": "2026-03-20",
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_heilongjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
