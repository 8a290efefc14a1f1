# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 80 blind files: a provincial 政府规章 published by 省政府令 with a 目录 page and
running headers that change from page to page (odd = current chapter, even = short title),
and a short municipal notice whose running header is its 文号 and whose last page holds
only the signature and date. Writes .docx, the LibreOffice PDFs and expected.json next to itself."""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
KT = "楷体_GB2312"
SONG = "宋体"


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, before=0, after=0, exact=28.95):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    return p


def para(doc, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, bold=False, color=None, before=0, after=0, exact=28.95, pbb=False):
    p = doc.add_paragraph()
    fmt(p, align, indent, before, after, exact)
    if pbb:
        p.paragraph_format.page_break_before = True
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def article(doc, text):
    """第X条 in 黑体, a full-width space, then the text in 仿宋."""
    num, rest = text.split("　", 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
    set_font(p.add_run(num), HT, 16)
    set_font(p.add_run("　" + rest), FS, 16)
    return p


def page_field(par, size=14):
    def r(t=None, fld=None, instr=None):
        run = par.add_run(t or "")
        set_font(run, SONG, size)
        if fld:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), fld)
            run._element.append(el)
        if instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            run._element.append(el)
        return run
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def clear_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)
    return hf


def hdr(hf, text, align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5, border=True):
    clear_hf(hf)
    p = hf.paragraphs[0]
    p.alignment = align
    if text:
        set_font(p.add_run(text), SONG, size)
    if border and text:
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)


def ftr(hf, align):
    clear_hf(hf)
    p = hf.paragraphs[0]
    p.alignment = align
    p.paragraph_format.left_indent = Cm(0.7) if align == WD_ALIGN_PARAGRAPH.LEFT else None
    p.paragraph_format.right_indent = Cm(0.7) if align == WD_ALIGN_PARAGRAPH.RIGHT else None
    page_field(p)


def page_setup(sec):
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.8)


def restart_numbering(sec, start=1):
    sp = sec._sectPr
    pg = sp.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sp.append(pg)
    pg.set(qn("w:start"), str(start))
    pg.set(qn("w:fmt"), "decimal")


def red_line(doc):
    p = doc.add_paragraph()
    fmt(p, None, False, 0, 6, None)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- (a) 湖南 规章
SHORT = "湖南自贸试验区管理办法"
TITLE_A = "中国（湖南）自由贸易试验区管理办法"
LING = "《中国（湖南）自由贸易试验区管理办法》已经2024年10月15日省人民政府第52次常务会议通过，现予公布，自2025年1月1日起施行。"

CHAPTERS = [
    ("第一章　总　　则", [
        (None, [
            ["第一条　为了推进和保障中国（湖南）自由贸易试验区（以下简称自贸试验区）建设，发挥自贸试验区在服务共建“一带一路”和中部地区崛起中的示范引领作用，根据有关法律、行政法规和《中国（湖南）自由贸易试验区总体方案》，结合本省实际，制定本办法。"],
            ["第二条　本办法适用于经国务院批准设立的自贸试验区，包括长沙片区、岳阳片区和郴州片区。",
             "自贸试验区的实施范围按照国务院批准的方案确定。"],
            ["第三条　自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，着力打造世界级先进制造业集群、联通长江经济带和粤港澳大湾区的国际投资贸易走廊、中非经贸深度合作先行区和内陆开放新高地。"],
            ["第四条　自贸试验区应当建立容错纠错机制。改革创新未达到预期效果，但符合下列条件的，对有关单位和个人不作负面评价，依法免除或者减轻相关责任：",
             "（一）改革创新方案制定和实施程序符合有关规定；",
             "（二）个人和单位没有牟取私利；",
             "（三）未与其他单位或者个人恶意串通。"],
        ]),
    ]),
    ("第二章　管理体制", [
        (None, [
            ["第五条　省人民政府领导自贸试验区建设工作，研究决定自贸试验区发展规划、重大政策和重大事项。",
             "省人民政府设立的自贸试验区工作领导小组办公室设在省商务厅，负责统筹协调、督促检查自贸试验区建设工作。"],
            ["第六条　长沙市、岳阳市、郴州市人民政府（以下简称片区所在地市人民政府）承担本片区建设主体责任，设立片区管理机构，履行下列职责：",
             "（一）组织实施片区发展规划和改革试点任务；",
             "（二）统筹片区产业布局和招商引资工作；",
             "（三）依法行使省、市人民政府下放的行政管理权限；",
             "（四）省、市人民政府赋予的其他职责。"],
            ["第七条　省人民政府有关部门应当按照各自职责支持自贸试验区建设，依法向片区管理机构下放经济社会管理权限，下放事项目录由省人民政府公布。"],
            ["第八条　海关、税务、金融监管等中央驻湘单位依照各自职责，支持自贸试验区开展改革创新。"],
        ]),
    ]),
    ("第三章　投资贸易便利化", [
        ("第一节　投资自由化便利化", [
            ["第九条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。"],
            ["第十条　自贸试验区推行企业登记注册便利化改革，实行“证照分离”改革全覆盖，推行经营范围规范化登记。",
             "片区管理机构应当推进企业开办全程网上办理，将企业开办时间压缩至一个工作日以内。"],
            ["第十一条　支持自贸试验区内企业赴共建“一带一路”国家和地区开展投资合作，建设境外经贸合作区和海外仓。境外投资项目备案实行“一窗受理、并联办理”。"],
        ]),
        ("第二节　贸易便利化", [
            ["第十二条　自贸试验区应当深化国际贸易“单一窗口”建设，推动口岸通关与物流、金融等服务功能融合，实现货物进出口和运输工具申报全程电子化。"],
            ["第十三条　海关在自贸试验区内推行下列监管措施：",
             "（一）“提前申报”“两步申报”“船边直提”“抵港直装”等通关模式；",
             "（二）进口非洲农产品检疫准入“绿色通道”；",
             "（三）长沙黄花综合保税区、岳阳城陵矶综合保税区、郴州综合保税区之间的保税货物便捷流转。"],
            ["第十四条　支持岳阳片区依托城陵矶港发展江海联运、铁水联运，开通至东盟、日韩的近洋航线；支持长沙片区建设中欧班列（长沙）集结中心，开行至中亚、欧洲的国际班列。"],
            ["第十五条　支持自贸试验区发展跨境电子商务、保税维修、二手车出口、市场采购贸易等新业态新模式。",
             "对开展中非易货贸易的企业，有关部门应当在通关、结算、外汇管理等方面给予便利。"],
        ]),
    ]),
    ("第四章　金融服务与风险防控", [
        (None, [
            ["第十六条　支持在自贸试验区内开展跨境人民币业务创新，便利共建“一带一路”国家和地区的企业使用人民币进行贸易投资结算。"],
            ["第十七条　支持金融机构在自贸试验区内设立分支机构，开展供应链金融、出口信用保险保单融资等业务。",
             "在自贸试验区内开展本外币合一银行账户体系试点的，按照国家有关规定执行。"],
            ["第十八条　省人民政府有关部门和片区所在地市人民政府应当建立健全金融风险监测预警机制，防范洗钱、恐怖融资和逃税等风险。"],
            ["第十九条　自贸试验区应当建立以信用监管为基础的事中事后监管体系，对市场主体实施下列措施：",
             "（一）信用风险分类管理；",
             "（二）“双随机、一公开”监管；",
             "（三）违法失信行为联合惩戒。"],
        ]),
    ]),
    ("第五章　服务“一带一路”建设", [
        (None, [
            ["第二十条　自贸试验区应当发挥中国—非洲经贸博览会长期举办地优势，建设中非经贸深度合作先行区，推进非洲非资源性产品集散交易加工中心建设。"],
            ["第二十一条　支持长沙片区建设中非跨境人民币中心，支持郴州片区建设湘粤港澳产业合作示范区，承接沿海产业转移。"],
            ["第二十二条　省人民政府有关部门应当支持自贸试验区与共建“一带一路”国家和地区在检验检测认证、标准互认、人才交流等领域开展合作。"],
        ]),
    ]),
    ("第六章　附　　则", [
        (None, [
            ["第二十三条　自贸试验区内的改革试点事项，法律、行政法规、国务院决定或者省人民政府规章另有规定的，从其规定。"],
            ["第二十四条　本办法自2025年1月1日起施行。"],
        ]),
    ]),
]
# body page on which each chapter / section starts (body numbering restarts at 1);
# 第六章 follows 第五章 on the same page (no section break before it).
TOC = [("第一章　总　　则", 1), ("第二章　管理体制", 2), ("第三章　投资贸易便利化", 3),
       ("　　第一节　投资自由化便利化", 3), ("　　第二节　贸易便利化", 3),
       ("第四章　金融服务与风险防控", 5), ("第五章　服务“一带一路”建设", 6), ("第六章　附　　则", 6)]


def make_a(stem):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    s0 = doc.sections[0]
    page_setup(s0)
    for hf in (s0.header, s0.even_page_header, s0.footer, s0.even_page_footer):
        clear_hf(hf)
    # 令 page
    para(doc, "", exact=28.95)
    para(doc, "湖南省人民政府令", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000", before=24, after=12, exact=None)
    para(doc, "第329号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=6)
    red_line(doc)
    para(doc, "", exact=28.95)
    para(doc, LING)
    para(doc, "", exact=28.95)
    para(doc, "", exact=28.95)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Cm(2.2)
    set_font(p.add_run("省长　"), FS, 16)
    set_font(p.add_run("李志远"), KT, 16)
    p = para(doc, "2024年10月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Cm(1.8)

    # 目录 page
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    for hf in (s1.header, s1.even_page_header, s1.footer, s1.even_page_footer):
        clear_hf(hf)
    para(doc, TITLE_A, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, before=12, after=18, exact=None)
    para(doc, "目　　录", HT, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=12)
    for text, pg in TOC:
        p = para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_font(p.add_run(text + "\t" + str(pg)), FS, 16)

    # body: one section per chapter (new page) except 第六章 which runs on after 第五章
    first = True
    for ci, (chap, parts) in enumerate(CHAPTERS):
        if chap.startswith("第六章"):
            para(doc, chap, HT, 16, WD_ALIGN_PARAGRAPH.CENTER, False, before=14, after=0)
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec)
            pg = sec._sectPr.find(qn("w:pgNumType"))
            if pg is not None:
                sec._sectPr.remove(pg)
            if first:
                restart_numbering(sec, 1)
            hdr(sec.header, chap, WD_ALIGN_PARAGRAPH.CENTER)
            hdr(sec.even_page_header, SHORT, WD_ALIGN_PARAGRAPH.CENTER)
            ftr(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
            ftr(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
            if first:
                para(doc, TITLE_A, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, after=14, exact=None)
                first = False
            para(doc, chap, HT, 16, WD_ALIGN_PARAGRAPH.CENTER, False, after=0)
        for sect, arts in parts:
            if sect:
                para(doc, sect, KT, 16, WD_ALIGN_PARAGRAPH.CENTER, False, bold=True)
            for art in arts:
                article(doc, art[0])
                for k in art[1:]:
                    para(doc, k)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- (b) 郴州 通知
TITLE_B = "郴州市人民政府办公室关于支持自贸试验区郴州片区深度融入共建“一带一路”的通知"
DOCNO_B = "郴政办函〔2024〕88号"
BODY_B = [
    "为贯彻落实《中国（湖南）自由贸易试验区管理办法》（湖南省人民政府令第329号），支持中国（湖南）自由贸易试验区郴州片区（以下简称郴州片区）深度融入共建“一带一路”，经市人民政府同意，现就有关事项通知如下：",
    "一、拓展国际物流通道。支持开行“湘粤非”铁海联运班列，每标准箱补贴不超过1500元。",
    "二、支持外贸主体发展。",
    "（一）对郴州综合保税区内新设立的加工贸易企业，年进出口额首次超过1亿元的，一次性奖励30万元。",
    "（二）对在共建“一带一路”国家和地区新设海外仓的企业，按实际投资额的10%给予补助，最高50万元。",
    "三、强化要素保障。市直有关单位要在用地、用能、人才引进等方面优先保障郴州片区重点项目。",
    "四、本通知自印发之日起施行，有效期至2026年12月31日。",
]


def make_b(stem):
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    hdr(sec.header, DOCNO_B, WD_ALIGN_PARAGRAPH.RIGHT, 10.5, border=False)
    ftr(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "郴州市人民政府办公室", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER, False, color="FF0000", before=0, after=0, exact=None)
    para(doc, DOCNO_B, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    red_line(doc)
    para(doc, TITLE_B, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, before=6, after=6, exact=30)
    para(doc, "各县（市、区）人民政府，市直各有关单位：", indent=False)
    for i, t in enumerate(BODY_B):
        if t[:2] in ("一、", "二、", "三、", "四、"):
            lab, rest = t[:2], t[2:]
            head, _, tail = rest.partition("。")
            p = para(doc, "")
            set_font(p.add_run(lab + head + ("。" if _ else "")), HT, 16)
            if tail:
                set_font(p.add_run(tail), FS, 16)
        else:
            para(doc, t)
    p = para(doc, "郴州市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, pbb=True, before=0)
    p.paragraph_format.right_indent = Cm(1.6)
    p = para(doc, "2024年11月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Cm(2.2)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def clauses_a():
    out = [LING]
    for chap, parts in CHAPTERS:
        for sect, arts in parts:
            for art in arts:
                out.append("\n".join(art))
    return out


EXPECTED = {
    "blind80_hunan_guizhang": [
        {
            "meta": {
                "title": TITLE_A,
                "doc_number": "湖南省人民政府令第329号",
                "issuer": "湖南省人民政府",
                "date": "2024-10-28",
                "level": "provincial",
                "region": "湖南省",
                "effective": "2025-01-01",
                "expires": None,
                "dates": {"通过": "2024-10-15 (省人民政府第52次常务会议)", "公布": "2024-10-28 (令, signed by 省长)", "施行": "2025-01-01 (令 and 第二十四条)"},
                "short_title_in_headers": SHORT,
            },
            "clauses": clauses_a(),
            "places_by_article": {
                "第二条": ["长沙片区", "岳阳片区", "郴州片区"],
                "第六条": ["长沙市", "岳阳市", "郴州市"],
                "第十三条": ["长沙黄花综合保税区", "岳阳城陵矶综合保税区", "郴州综合保税区"],
                "第十四条": ["岳阳片区 (城陵矶港)", "长沙片区"],
                "第二十一条": ["长沙片区", "郴州片区"],
                "_foreign_partners_not_places": ["东盟", "日韩", "中亚", "欧洲", "非洲"],
            },
            "_note": (
                "Page 1 is the 省政府令: red '湖南省人民政府令', '第329号', red rule, the 令 sentence, '省长　李志远' (name in its own 楷体 run) and '2024年10月28日'. "
                "Page 2 is the 目录 (title, '目　　录', 8 lines with dot leaders and page numbers 1/2/3/3/3/5/6/6, two indented 节 lines). "
                "From page 3 the 规章 body, page numbering restarted at 1, one Word section per chapter (第六章 runs on after 第五章), "
                "odd-page headers = the current chapter heading ('第一章　总　　则', '第三章　投资贸易便利化', '第四章　金融服务与风险防控' — only chapters that start on an odd page show up), "
                "even-page headers = short title '湖南自贸试验区管理办法', footers '— N —' (odd right, even left). "
                "FURNITURE, never clauses and never glued into a clause: the running headers (chapter names and the short title) on any page, the footers, the 目录 (heading and all 8 lines, with or without their page numbers), "
                "'省长　李志远' and '2024年10月28日', the '湖南省人民政府令' / '第329号' lines, the title repeated on the 目录 page and at the top of the body. "
                "A running-header chapter name ('第三章　投资贸易便利化' at the top of body page 3, '第四章…' on page 5) must not appear as an extra heading or be glued into an article; the short title must not become a title/clause. "
                "Each 条 is one clause with its 款 (unnumbered paragraphs: 第二、五、十、十五、十七条) and 项 （一）… (第四、六、十三、十九条) joined by newlines; separate clauses for 款/项 tolerable (low) if in order under their 条; a 款/项 in the wrong 条 or lost = high. "
                "Chapter headings ('第一章　总　　则' …) and 节 headings ('第一节　投资自由化便利化') as own heading clauses: tolerable (low); glued to an article's text: medium. "
                "Page breaks fall between chapters and (PDF) inside 第三章; text must flow across them without a header or '— N —' in it. "
                "The 令 sentence is expected as the first clause (dropped: low; treated as a separate 令 document whose clause it is: tolerable if the 规章 document has the metadata above). "
                "Title = the 规章's title (not '湖南省人民政府令', medium; not the short title or a chapter name, high). doc_number 湖南省人民政府令第329号 ('第329号' alone: low). "
                "Issuer 湖南省人民政府 ('李志远' or '省长' as issuer: medium). Date = 公布 2024-10-28 (the 常务会议 date 2024-10-15: low). Effective 2025-01-01; no expiry printed. Level provincial, region 湖南省 (片区 narrower per article welcome)."
            ),
        }
    ],
    "blind80_chenzhou_tongzhi": [
        {
            "meta": {
                "title": TITLE_B,
                "doc_number": DOCNO_B,
                "issuer": "郴州市人民政府办公室",
                "date": "2024-11-20",
                "level": "municipal",
                "region": "湖南省郴州市",
                "effective": "2024-11-20",
                "expires": "2026-12-31",
                "addressees": "各县（市、区）人民政府，市直各有关单位",
            },
            "clauses": BODY_B,
            "places_by_clause": {
                "一、": ["郴州市 / 郴州片区 (湘粤非 names a route, not places where it applies)"],
                "二、（一）": ["郴州综合保税区"],
                "三、": ["郴州片区"],
            },
            "_note": (
                "Red 版头 '郴州市人民政府办公室', 文号 line, red rule, title, 主送 line on page 1; running header '郴政办函〔2024〕88号' (right, small) on BOTH pages; footer '— N —'. "
                "Page 2 holds only the 落款 '郴州市人民政府办公室' and '2024年11月20日' (page_break_before). "
                "FURNITURE: the running header 文号 (it is the doc_number, but must not become a clause, a title, or a second document — in particular page 2, which has only header + 落款 + date, must not start a new document), footers, 版头, 文号 line, title, 主送, 落款 and date (as signature-typed clauses: low). "
                "Heading-only '二、支持外贸主体发展。' followed by （一）（二） as own clauses: expected as listed; （一）（二） merged into 二、 tolerable. "
                "Effective = 印发之日 = 2024-11-20 (signed date; None: medium since it is printed by reference); expires 2026-12-31. "
                "The cited 湖南省人民政府令第329号 must not become the doc_number (high) nor the 规章 title the document title (high). Level municipal, region 湖南省郴州市 ('郴州市' alone: low)."
            ),
        }
    ],
}


if __name__ == "__main__":
    a = make_a("blind80_hunan_guizhang")
    b = make_b("blind80_chenzhou_tongzhi")
    if "--no-pdf" not in sys.argv:
        for pth in (a, b):
            to_pdf(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok")
