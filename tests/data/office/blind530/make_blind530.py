# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 530: bilingual (Chinese + Russian / Kazakh) border-port notices."""
import copy
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
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_font(run, ea=FS, size=16, bold=False, color=None, latin=TNR, italic=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), ea)
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, **kw):
    """Add text to paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=None, first=None, before=0, after=0, line=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    return p


def red_rule(doc):
    p = doc.add_paragraph()
    fmt(p, line=None, after=6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_numbers(doc):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, ea="宋体", size=14)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r2 = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        p._p.append(fld)
        r3 = p.add_run(" —")
        set_font(r3, ea="宋体", size=14)


def empty(doc, n=1):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=28)


def cell_text(cell, text, ea=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, latin=TNR):
    p = cell.paragraphs[0]
    add_text(p, text, ea=ea, size=size, bold=bold, latin=latin)
    fmt(p, align=align, line=20)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def add_numbering(doc, lvl_text, num_fmt="decimal"):
    """Create a fresh numbering definition; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), TNR)
    rf.set(qn("w:hAnsi"), TNR)
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
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
    ppr.append(numpr)


def clean(text):
    return text.replace("\n", "").lstrip("　 ").rstrip()


class Body:
    """Writes body paragraphs into a container (doc or cell) and records clauses."""

    def __init__(self, clauses):
        self.clauses = clauses

    def para(self, container, text, ea=FS, size=16, clause=True, bold_lead=None, first=32,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY, latin=TNR, line=28, num=None, num_label=None,
             italic=False, lead_ea=KT):
        p = container.add_paragraph()
        if bold_lead:
            # run-in heading typed as a separate bold run
            add_text(p, bold_lead, ea=lead_ea, size=size, bold=True, latin=latin, italic=italic)
        add_text(p, text, ea=ea, size=size, latin=latin, italic=italic)
        fmt(p, align=align, first=first, line=line)
        if num is not None:
            apply_num(p, num)
        if clause:
            full = (bold_lead or "") + text
            if num_label:
                full = num_label + clean(full)
            self.clauses.append(clean(full))
        return p

    def heading(self, container, text, ea=HT, size=16, latin=TNR, first=32):
        p = container.add_paragraph()
        add_text(p, text, ea=ea, size=size, latin=latin)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=first, line=28)
        return p


def data_table(doc, headers, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, ea=HT, size=size, bold=False)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, size=size,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (headers[j], row[j]) for j in range(len(headers))))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def signature(doc, lines, date_zh, date_other, manual_spaces=False):
    """落款: organ (Chinese) + translation line, then date lines."""
    for zh, other in lines:
        p = doc.add_paragraph()
        if manual_spaces:
            add_text(p, "　" * max(0, 20 - len(zh)) + zh, size=16)
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
        else:
            add_text(p, zh, size=16)
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
        p2 = doc.add_paragraph()
        add_text(p2, other, size=11, italic=True)
        fmt(p2, align=WD_ALIGN_PARAGRAPH.RIGHT, line=18, after=4)
    p = doc.add_paragraph()
    if manual_spaces:
        add_text(p, "　" * 13 + date_zh, size=16)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
    else:
        add_text(p, date_zh, size=16)
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p2 = doc.add_paragraph()
    add_text(p2, date_other, size=11, italic=True)
    fmt(p2, align=WD_ALIGN_PARAGRAPH.RIGHT, line=18)


# ================================================================= doc 1: Horgos (Chinese + Kazakh)
def make_horgos():
    stem = "blind530_huoerguosi_tonggao"
    doc = Document()
    page_setup(doc)
    clauses = []
    B = Body(clauses)

    p = doc.add_paragraph()
    add_text(p, "中哈霍尔果斯国际边境合作中心管理委员会", ea=XBS, size=20, color=RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=12)
    p = doc.add_paragraph()
    add_text(p, "«Қорғас» шекара маңы ынтымақтастығының халықаралық орталығын басқару комитеті",
             size=12, color=RED, bold=True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=6)
    p = doc.add_paragraph()
    add_text(p, "霍合作通〔2026〕1号", size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    red_rule(doc)
    empty(doc)
    # title typed over two paragraphs
    for t in ("关于2026年春节期间中哈霍尔果斯国际边境合作中心",
              "旅检通关安排的通告"):
        p = doc.add_paragraph()
        add_text(p, t, ea=XBS, size=22)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    p = doc.add_paragraph()
    add_text(p, "2026 жылғы Көктем мерекесі кезеңінде «Қорғас» шекара маңы ынтымақтастығының "
                "халықаралық орталығында жолаушыларды өткізу тәртібі туралы хабарландыру",
             size=13, bold=True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20, after=10)

    # body: two-column layout table, Chinese left, Kazakh right
    rows = [
        ("p", "为做好2026年春节期间中哈霍尔果斯国际边境合作中心（以下简称“合作中心”）旅检通关保障工作，"
              "方便中外旅客有序出入合作中心，根据《中哈霍尔果斯国际边境合作中心管理办法》及有关规定，"
              "经中哈双方协商一致，现将有关事项通告如下：",
         "2026 жылғы Көктем мерекесі кезеңінде «Қорғас» шекара маңы ынтымақтастығының халықаралық "
         "орталығында (бұдан әрі – «Орталық») жолаушыларды өткізуді қамтамасыз ету, Қытай және шетелдік "
         "жолаушылардың Орталыққа ретті кіріп-шығуына жағдай жасау мақсатында, «Қорғас» шекара маңы "
         "ынтымақтастығының халықаралық орталығын басқару ережесіне және тиісті талаптарға сәйкес, "
         "Қытай мен Қазақстан тараптарының келісімі бойынша төмендегілер хабарланады:"),
        ("h", "一、通关时间", "I. Өткізу уақыты"),
        ("p", "（一）2026年2月16日（农历除夕）至2月18日（农历正月初二），合作中心中方区域旅检通道闭关3天，"
              "暂停办理人员出入合作中心手续。",
         "(1) 2026 жылғы 16–18 ақпан аралығында Орталықтың Қытай бөлігіндегі жолаушылар өткізу арнасы "
         "3 күн жабық болады, адамдардың Орталыққа кіруі мен шығуы тоқтатылады."),
        ("p", "（二）2026年2月19日（农历正月初三）起恢复正常通关，通关时间为北京时间10:00—20:00"
              "（阿斯塔纳时间7:00—17:00）。",
         "(2) 2026 жылғы 19 ақпаннан бастап өткізу қалыпты тәртіпте қайта басталады, өткізу уақыты – "
         "Бейжің уақытымен 10:00–20:00 (Астана уақытымен 07:00–17:00)."),
        ("p", "（三）合作中心哈方区域通关时间以哈萨克斯坦共和国有关部门公布为准，请旅客合理安排行程。",
         "(3) Орталықтың Қазақстан бөлігіндегі өткізу уақыты Қазақстан Республикасының тиісті органдары "
         "жариялаған тәртіп бойынша белгіленеді, жолаушылардан сапарларын алдын ала жоспарлауды сұраймыз."),
        ("h", "二、通关要求", "II. Өткізу талаптары"),
        ("r", ("（一）证件查验。", "中国公民凭有效出入境证件或居民身份证、哈萨克斯坦公民及第三国人员凭有效护照"
                                "经合作中心专用通道出入，同一自然人每次在合作中心停留时间不超过30日。"),
         "(1) Құжаттарды тексеру. Қытай азаматтары жарамды шетелге шығу құжаты немесе жеке куәлігі бойынша, "
         "Қазақстан азаматтары мен үшінші елдердің азаматтары жарамды паспорт бойынша Орталықтың арнайы "
         "өткізу арнасы арқылы кіріп-шығады; бір жеке тұлғаның Орталықта бір рет болу мерзімі 30 күннен аспайды."),
        ("r", ("（二）行李物品申报。", "出合作中心进入境内的旅客，每人每日携带免税物品总值不超过人民币8000元"
                                  "（含8000元），超出部分按规定征税。携带禁止、限制进出境物品的，应当主动向海关申报。"),
         "(2) Жолжүкті декларациялау. Орталықтан Қытай аумағына шығатын жолаушылар үшін бір адамның бір күнде "
         "алып өтетін баждан босатылған тауарларының жалпы құны 8000 юаньнан (8000 юаньды қоса алғанда) "
         "аспауы тиіс, асқан бөлігіне белгіленген тәртіппен салық салынады. Тыйым салынған немесе шектелген "
         "заттарды алып өтетін жолаушылар оларды кеден органына өз еркімен декларациялауға міндетті."),
        ("r", ("（三）动植物检疫。", "旅客不得携带新鲜水果、肉类及其制品、活动物等《中华人民共和国禁止携带、"
                                "寄递进境的动植物及其产品和其他检疫物名录》所列物品出合作中心入境。"),
         "(3) Ветеринариялық және фитосанитариялық бақылау. Жолаушыларға Қытай Халық Республикасына алып "
         "кіруге және пошта арқылы жіберуге тыйым салынған жануарлар мен өсімдіктер, олардың өнімдері және "
         "басқа да карантиндік объектілер тізбесіне енгізілген жаңа жемістерді, ет пен ет өнімдерін, тірі "
         "жануарларды және өзге де заттарды Орталықтан Қытай аумағына алып шығуға тыйым салынады."),
        ("h", "三、服务保障", "III. Қызмет көрсетуді қамтамасыз ету"),
        ("p", "（一）节日期间，合作中心管理委员会、霍尔果斯海关、霍尔果斯出入境边防检查站实行24小时值班制度，"
              "遇有紧急情况可拨打下列值班电话。",
         "(1) Мереке кезеңінде Орталықты басқару комитеті, Қорғас кедені және Қорғас шекаралық бақылау "
         "бекеті тәулік бойы кезекшілік режимінде жұмыс істейді, шұғыл жағдайда төмендегі кезекші "
         "телефондарға хабарласуға болады."),
        ("p", "（二）恢复通关首日客流集中，请旅客提前通过“霍尔果斯合作中心”微信公众号查询通道客流情况，错峰出行。",
         "(2) Өткізу қайта басталған алғашқы күні жолаушылар ағыны көп болады, жолаушылардан "
         "«霍尔果斯合作中心» WeChat ресми аккаунты арқылы арналардағы жүктемені алдын ала біліп, "
         "сапар уақытын тиімді таңдауды сұраймыз."),
        ("p", "（三）因恶劣天气或其他不可抗力因素需临时调整通关时间的，以合作中心管理委员会另行发布的信息为准。",
         "(3) Қолайсыз ауа райы немесе өзге де еңсерілмейтін күш жағдайларына байланысты өткізу уақыты "
         "уақытша өзгертілген жағдайда Орталықты басқару комитеті қосымша жариялаған ақпарат басшылыққа алынады."),
        ("p", "特此通告。", "Осымен хабарланады."),
    ]
    lay = doc.add_table(rows=len(rows), cols=2)
    no_borders(lay)
    for i, (kind, zh, kk) in enumerate(rows):
        lc, rc = lay.rows[i].cells
        lc.width = Cm(8.4)
        rc.width = Cm(7.2)
        lp = lc.paragraphs[0]
        rp = rc.paragraphs[0]
        if kind == "h":
            add_text(lp, zh, ea=HT, size=15)
            add_text(rp, kk, size=11, bold=True)
            fmt(lp, align=WD_ALIGN_PARAGRAPH.LEFT, line=26)
            fmt(rp, align=WD_ALIGN_PARAGRAPH.LEFT, line=18)
            continue
        if kind == "r":
            lead, rest = zh
            add_text(lp, lead, ea=KT, size=15)
            add_text(lp, rest, size=15)
            zh_full = lead + rest
        else:
            add_text(lp, zh, size=15)
            zh_full = zh
        add_text(rp, kk, size=11)
        fmt(lp, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=30, line=26)
        fmt(rp, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=22, line=18)
        clauses.append(zh_full)
        clauses.append(kk)

    empty(doc)
    p = doc.add_paragraph()
    add_text(p, "值班电话　Кезекші телефондар", ea=HT, size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=4)
    data_table(doc,
               ["单位（Мекеме）", "值班电话（Кезекші телефон）", "办公地点（Мекенжайы）"],
               [["中哈霍尔果斯国际边境合作中心管理委员会", "0999-8786012", "合作中心中方区域综合服务楼一楼"],
                ["霍尔果斯海关", "0999-8786110", "合作中心中方旅检联检大厅"],
                ["霍尔果斯出入境边防检查站", "0999-8786123", "合作中心中方旅检联检大厅"]],
               clauses, widths=[6.0, 4.2, 5.6])
    empty(doc, 2)
    signature(doc, [
        ("中哈霍尔果斯国际边境合作中心管理委员会",
         "«Қорғас» шекара маңы ынтымақтастығының халықаралық орталығын басқару комитеті"),
        ("霍尔果斯海关", "Қорғас кедені"),
        ("霍尔果斯出入境边防检查站", "Қорғас кіру-шығу шекаралық бақылау бекеті"),
    ], "2026年2月5日", "2026 жылғы 5 ақпан")
    page_numbers(doc)
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于2026年春节期间中哈霍尔果斯国际边境合作中心旅检通关安排的通告",
            "doc_number": "霍合作通〔2026〕1号",
            "issuer": ["中哈霍尔果斯国际边境合作中心管理委员会", "霍尔果斯海关", "霍尔果斯出入境边防检查站"],
            "date": "2026-02-05",
            "published": None,
            "level": "zone",
            "region": "中哈霍尔果斯国际边境合作中心",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ================================================================= doc 2: Manzhouli (interleaved zh / ru)
def make_manzhouli():
    stem = "blind530_manzhouli_tonggao"
    doc = Document()
    page_setup(doc)
    clauses = []
    B = Body(clauses)

    for org in ("满洲里市人民政府口岸管理办公室", "满　洲　里　海　关", "满洲里出入境边防检查站"):
        p = doc.add_paragraph()
        add_text(p, org, ea=XBS, size=22, color=RED)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    red_rule(doc)
    empty(doc)
    p = doc.add_paragraph()
    add_text(p, "关于优化满洲里铁路口岸中欧班列通关服务的通告", ea=XBS, size=22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    p = doc.add_paragraph()
    add_text(p, "Объявление об оптимизации пропуска контейнерных поездов Китай – Европа "
                "через железнодорожный пункт пропуска Маньчжурия", size=13, bold=True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    p = doc.add_paragraph()
    add_text(p, "满口岸通〔2025〕7号", ea=KT, size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=8)

    def ru(text, clause=True, first=24):
        return B.para(doc, text, size=12, latin=TNR, line=20, first=first, clause=clause, italic=True)

    def ru_head(text):
        p = doc.add_paragraph()
        add_text(p, text, size=12, bold=True)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=24, line=20)

    # manual full-width indent on the preamble instead of paragraph indent
    B.para(doc, "　　为深入贯彻落实共建“一带一路”倡议，进一步提升满洲里铁路口岸中欧班列通关效率，稳定国际物流\n"
                "供应链，根据《中华人民共和国海关法》《中华人民共和国出境入境管理法》等法律法规，结合口岸实际，"
                "现就有关事项通告如下：", first=0)
    ru("В целях реализации инициативы «Один пояс, один путь», дальнейшего повышения эффективности "
       "пропуска контейнерных поездов Китай – Европа через железнодорожный пункт пропуска Маньчжурия и "
       "обеспечения стабильности международных логистических цепочек, в соответствии с Законом КНР "
       "«О таможне», Законом КНР «Об управлении въездом и выездом» и другими нормативными правовыми "
       "актами, с учётом фактического положения в пункте пропуска объявляется следующее:")

    B.heading(doc, "一、通关作业时间")
    ru_head("I. Режим работы пункта пропуска")
    B.para(doc, "（一）满洲里铁路口岸实行7×24小时通关作业，中欧班列实行“随到随检、随检随放”，节假日不停止作业。")
    ru("(1) Железнодорожный пункт пропуска Маньчжурия работает круглосуточно в режиме 7×24; контейнерные "
       "поезда Китай – Европа проходят контроль по мере прибытия и выпускаются сразу после проверки, "
       "в праздничные дни работа не прекращается.")
    B.para(doc, "（二）海关、边检部门对中欧班列实行预约通关。班列运营企业应当在班列预计抵达口岸前不少于4小时，"
                "通过国际贸易“单一窗口”提交预约信息。")
    ru("(2) Таможня и пограничный контроль осуществляют пропуск контейнерных поездов Китай – Европа по "
       "предварительной записи. Оператор поезда обязан не менее чем за 4 часа до ожидаемого прибытия поезда "
       "в пункт пропуска подать сведения для предварительной записи через систему «единого окна» "
       "международной торговли.")

    B.heading(doc, "二、通关便利措施")
    ru_head("II. Меры по упрощению пропуска")
    B.para(doc, "推行“提前申报”。企业可在货物运抵口岸前向海关申报，具体要求如下：", bold_lead="（一）")
    ru("(1) Внедрение «предварительного декларирования». Предприятия могут декларировать товары до их "
       "прибытия в пункт пропуска с соблюдением следующих требований:")
    # Chinese sub-items use Word automatic numbering "1." (number not in the text)
    nid = add_numbering(doc, "%1.")
    zh_sub = ["进口货物应当在列车运抵口岸前完成舱单传输，舱单数据与报关单数据应当一致；",
              "出口转关货物可在启运地海关办理转关手续，口岸海关凭电子转关信息核放；",
              "申报内容发生变更的，企业应当在列车运抵前办理修改手续。"]
    ru_sub = ["1) по импортным товарам передача грузового манифеста должна быть завершена до прибытия "
              "поезда в пункт пропуска, данные манифеста должны совпадать с данными декларации на товары;",
              "2) по экспортным товарам, перемещаемым в режиме таможенного транзита, транзитные формальности "
              "могут оформляться в таможне места отправления, а таможня пункта пропуска выпускает товары на "
              "основании электронных данных о транзите;",
              "3) при изменении заявленных сведений предприятие обязано оформить изменения до прибытия поезда."]
    for k, (z, r_) in enumerate(zip(zh_sub, ru_sub)):
        B.para(doc, z, num=nid, num_label="%d." % (k + 1), first=None)
        ru(r_)
    B.para(doc, "推行“铁路快速通关”。对符合条件的中欧班列，海关通过铁路舱单信息与转关信息自动比对，"
                "实现境内段“一次申报、一次查验、一次放行”。", bold_lead="（二）")
    ru("(2) Внедрение «ускоренного железнодорожного пропуска». В отношении контейнерных поездов Китай – "
       "Европа, отвечающих установленным условиям, таможня автоматически сверяет данные железнодорожного "
       "манифеста с данными о транзите, обеспечивая на территории Китая принцип «одна декларация, один "
       "досмотр, один выпуск».")
    B.para(doc, "优化查验作业。海关对需要实施查验的集装箱优先安排机检，机检无异常的不再开箱；"
                "确需人工查验的，当日完成查验作业。", bold_lead="（三）")
    ru("(3) Оптимизация досмотра. Контейнеры, подлежащие досмотру, в первоочередном порядке проверяются с "
       "помощью инспекционно-досмотровых комплексов; при отсутствии замечаний контейнеры не вскрываются. "
       "Если необходим физический досмотр, он завершается в тот же день.")
    B.para(doc, "简化边检手续。边检部门对中欧班列乘务人员实行“网上申报、预先审核”，列车停靠期间边检查验时间"
                "原则上不超过30分钟。", bold_lead="（四）")
    ru("(4) Упрощение пограничных формальностей. Пограничный контроль применяет к поездным бригадам "
       "контейнерных поездов Китай – Европа порядок «онлайн-подачи сведений и предварительной проверки»; "
       "пограничный контроль во время стоянки поезда, как правило, длится не более 30 минут.")

    B.heading(doc, "三、企业责任")
    ru_head("III. Обязанности предприятий")
    B.para(doc, "班列运营企业、报关企业应当如实申报，按规定配合海关、边检部门开展查验，不得瞒报、伪报，"
                "不得夹带禁止进出境物品。违反规定的，依法予以处理。")
    ru("Операторы поездов и таможенные представители обязаны заявлять достоверные сведения, содействовать "
       "таможне и пограничному контролю при проведении проверок, не допускать сокрытия сведений, "
       "недостоверного декларирования и провоза запрещённых к ввозу или вывозу предметов. Нарушители "
       "привлекаются к ответственности в соответствии с законодательством.")

    B.heading(doc, "四、其他事项")
    ru_head("IV. Прочие положения")
    B.para(doc, "（一）本通告自2025年12月1日起施行，有效期至2027年11月30日。")
    ru("(1) Настоящее объявление вступает в силу с 1 декабря 2025 года и действует до 30 ноября 2027 года.")
    B.para(doc, "（二）本通告由满洲里市人民政府口岸管理办公室会同满洲里海关、满洲里出入境边防检查站负责解释。")
    ru("(2) Толкование настоящего объявления осуществляет Управление по делам пунктов пропуска Народного "
       "правительства г. Маньчжурия совместно с таможней Маньчжурии и пограничной контрольной станцией Маньчжурия.")

    B.heading(doc, "五、咨询电话")
    ru_head("V. Телефоны для справок")
    data_table(doc,
               ["咨询事项 / Вопросы", "受理单位 / Организация", "联系电话 / Телефон"],
               [["班列预约及口岸协调", "满洲里市人民政府口岸管理办公室", "0470-6225168"],
                ["报关及查验", "满洲里海关", "0470-6227311"],
                ["乘务人员边检手续", "满洲里出入境边防检查站", "0470-6244110"]],
               clauses, widths=[4.6, 7.0, 4.0])
    empty(doc)
    B.para(doc, "特此通告。")
    ru("Настоящим объявляется.")
    empty(doc, 2)
    signature(doc, [
        ("满洲里市人民政府口岸管理办公室",
         "Управление по делам пунктов пропуска Народного правительства г. Маньчжурия"),
        ("满洲里海关", "Таможня Маньчжурии"),
        ("满洲里出入境边防检查站", "Пограничная контрольная станция Маньчжурия"),
    ], "2025年11月20日", "20 ноября 2025 г.", manual_spaces=True)
    page_numbers(doc)
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于优化满洲里铁路口岸中欧班列通关服务的通告",
            "doc_number": "满口岸通〔2025〕7号",
            "issuer": ["满洲里市人民政府口岸管理办公室", "满洲里海关", "满洲里出入境边防检查站"],
            "date": "2025-11-20",
            "published": None,
            "level": "county",
            "region": "满洲里市",
            "effective": "2025-12-01",
            "expires": "2027-11-30",
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ================================================================= doc 3: Suifenhe (zh block, then ru block)
def make_suifenhe():
    stem = "blind530_suifenhe_tonggao"
    doc = Document()
    page_setup(doc)
    clauses = []
    B = Body(clauses)

    p = doc.add_paragraph()
    add_text(p, "中国（黑龙江）自由贸易试验区\n绥芬河片区管理委员会", ea=XBS, size=26, color=RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, before=6)
    empty(doc)
    p = doc.add_paragraph()
    add_text(p, "绥自贸管通〔2026〕2号", size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    red_rule(doc)
    empty(doc)
    p = doc.add_paragraph()
    add_text(p, "关于绥芬河铁路口岸中欧班列和综合保税区\n货物通关便利化措施的通告", ea=XBS, size=22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc)

    zh = lambda t, **kw: B.para(doc, t, **kw)
    zh("为贯彻落实《中国（黑龙江）自由贸易试验区总体方案》，发挥绥芬河铁路口岸与绥芬河综合保税区联动优势，"
       "促进中欧班列集拼集运和跨境电商业务发展，中国（黑龙江）自由贸易试验区绥芬河片区管理委员会、"
       "绥芬河海关决定实施以下便利化措施，现通告如下：")
    B.heading(doc, "一、适用范围")
    zh("本通告适用于经绥芬河铁路口岸进出境的中欧班列货物，以及进出绥芬河综合保税区的保税货物、"
       "跨境电商零售进出口商品。")
    B.heading(doc, "二、便利化措施")
    zh("综合保税区内企业同一报关单项下货物，可分多车次进出区，海关按报关单实施集中管理，具体办理要求见附件1。",
       bold_lead="（一）“一票多车”分批进出区。")
    zh("符合条件的企业可将不同发货人的货物在综合保税区内集中拼箱后，搭乘中欧班列出境，并按照以下规定办理：",
       bold_lead="（二）中欧班列集拼集运。")
    zh("1.拼箱货物应当分票申报，每票货物对应一份报关单；")
    zh("2.拼箱作业应当在海关监管作业场所内进行，作业全程视频监控；")
    zh("3.申请开展集拼集运业务的企业，应当填写附件2并向绥芬河海关提交，海关自受理之日起5个工作日内办结。")
    zh("对跨境电商进出口商品实行以下便利措施：", bold_lead="（三）跨境电商便利措施。")
    zh("1.跨境电商企业可通过中欧班列以“9610”“9710”“9810”方式出口，海关优先安排查验；")
    zh("2.跨境电商零售进口商品在综合保税区内的仓储时间不受限制，有下列情形之一的，企业应当及时办理退运或销毁手续：")
    zh("（1）商品超过保质期的；")
    zh("（2）商品因质量问题被召回的；")
    zh("（3）消费者退货且无法二次销售的。")
    zh("绥芬河铁路口岸对中欧班列实行“随到随检”，班列在口岸的停留时间原则上不超过12小时。",
       bold_lead="（四）口岸作业时限。")
    B.heading(doc, "三、保障措施")
    zh("（一）片区管委会设立中欧班列服务专窗，为企业提供政策咨询、业务指导等“一站式”服务。")
    zh("（二）对2026年度经绥芬河铁路口岸新开行的中欧班列线路，按照《绥芬河片区促进中欧班列发展扶持办法》给予支持。")
    zh("（三）企业违反海关监管规定的，由海关依法处理；情节严重的，暂停其享受本通告规定的便利措施。")
    B.heading(doc, "四、其他")
    zh("本通告自2026年2月1日起施行，有效期至2027年1月31日。2024年6月3日发布的《关于绥芬河铁路口岸中欧班列"
       "货物通关有关事项的通告》（绥自贸管通〔2024〕5号）同时废止。")

    # ---- Russian translation, on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    add_text(p, "（俄文译文）Перевод на русский язык", ea=KT, size=14)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
    p = doc.add_paragraph()
    add_text(p, "ОБЪЯВЛЕНИЕ\nо мерах по упрощению таможенного оформления грузов контейнерных поездов "
                "Китай – Европа в железнодорожном пункте пропуска Суйфэньхэ и в комплексной бондовой зоне Суйфэньхэ",
             size=14, bold=True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=8)

    def ru(text, **kw):
        return B.para(doc, text, size=13, line=22, first=28, **kw)

    def ru_head(text):
        p = doc.add_paragraph()
        add_text(p, text, size=13, bold=True)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=28, line=22)

    ru("В целях реализации Общей программы пилотной зоны свободной торговли Китая (Хэйлунцзян), использования "
       "преимуществ взаимодействия железнодорожного пункта пропуска Суйфэньхэ и комплексной бондовой зоны "
       "Суйфэньхэ, содействия развитию консолидации грузов для контейнерных поездов Китай – Европа и "
       "трансграничной электронной торговли Администрация участка Суйфэньхэ пилотной зоны свободной торговли "
       "Китая (Хэйлунцзян) и таможня Суйфэньхэ приняли решение о введении следующих мер по упрощению и "
       "объявляют следующее:")
    ru_head("I. Сфера применения")
    ru("Настоящее объявление распространяется на грузы контейнерных поездов Китай – Европа, ввозимые и вывозимые "
       "через железнодорожный пункт пропуска Суйфэньхэ, а также на товары бондового хранения и товары "
       "трансграничной электронной розничной торговли, ввозимые в комплексную бондовую зону Суйфэньхэ и "
       "вывозимые из неё.")
    ru_head("II. Меры по упрощению")
    ru("Товары, оформленные по одной декларации предприятием комплексной бондовой зоны, могут ввозиться в зону и "
       "вывозиться из неё несколькими рейсами; таможня осуществляет централизованный контроль по декларации. "
       "Порядок оформления приведён в приложении 1.",
       bold_lead="(1) Поэтапный ввоз и вывоз по принципу «одна декларация – несколько автомашин». ", lead_ea=KT)
    ru("Предприятия, отвечающие установленным требованиям, могут консолидировать в комплексной бондовой зоне грузы "
       "разных отправителей и отправлять их за рубеж контейнерными поездами Китай – Европа с соблюдением "
       "следующих правил:",
       bold_lead="(2) Консолидация грузов для контейнерных поездов Китай – Европа. ", lead_ea=KT)
    ru("1. консолидируемые грузы декларируются раздельно, на каждую партию оформляется отдельная декларация;")
    ru("2. консолидация осуществляется в зоне таможенного контроля при непрерывном видеонаблюдении;")
    ru("3. предприятие, желающее осуществлять консолидацию грузов, заполняет форму по приложению 2 и подаёт её "
       "в таможню Суйфэньхэ; таможня рассматривает заявку в течение 5 рабочих дней со дня её принятия.")
    ru("В отношении товаров трансграничной электронной торговли применяются следующие меры:",
       bold_lead="(3) Меры по упрощению трансграничной электронной торговли. ", lead_ea=KT)
    ru("1. предприятия трансграничной электронной торговли могут экспортировать товары контейнерными поездами "
       "Китай – Европа в режимах «9610», «9710», «9810», таможня проводит их досмотр в первоочередном порядке;")
    ru("2. срок хранения товаров трансграничной электронной розничной торговли в комплексной бондовой зоне не "
       "ограничивается; в следующих случаях предприятие обязано своевременно оформить их обратный вывоз или "
       "уничтожение:")
    ru("а) истёк срок годности товара;")
    ru("б) товар отозван в связи с проблемами качества;")
    ru("в) товар возвращён потребителем и не может быть повторно реализован.")
    ru("В железнодорожном пункте пропуска Суйфэньхэ контейнерные поезда Китай – Европа проходят контроль по мере "
       "прибытия; время стоянки поезда в пункте пропуска, как правило, не превышает 12 часов.",
       bold_lead="(4) Сроки операций в пункте пропуска. ", lead_ea=KT)
    ru_head("III. Обеспечительные меры")
    ru("(1) Администрация участка создаёт специальное окно обслуживания контейнерных поездов Китай – Европа и "
       "оказывает предприятиям услуги по принципу «одного окна», включая консультации по вопросам политики и "
       "методическую помощь.")
    ru("(2) Новым маршрутам контейнерных поездов Китай – Европа, открытым через железнодорожный пункт пропуска "
       "Суйфэньхэ в 2026 году, оказывается поддержка в соответствии с Порядком поддержки развития контейнерных "
       "поездов Китай – Европа на участке Суйфэньхэ.")
    ru("(3) В случае нарушения предприятием требований таможенного контроля таможня принимает меры в соответствии "
       "с законодательством; при серьёзных нарушениях применение к предприятию мер по упрощению, "
       "предусмотренных настоящим объявлением, приостанавливается.")
    ru_head("IV. Прочие положения")
    ru("Настоящее объявление вступает в силу с 1 февраля 2026 года и действует до 31 января 2027 года. "
       "Объявление «О таможенном оформлении грузов контейнерных поездов Китай – Европа в железнодорожном пункте "
       "пропуска Суйфэньхэ» (№ 5 〔2024〕), опубликованное 3 июня 2024 года, одновременно утрачивает силу.")

    empty(doc)
    p = doc.add_paragraph()
    add_text(p, "联系方式", ea=HT, size=16)
    add_text(p, "　Контактная информация", size=13, bold=True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=4)
    data_table(doc,
               ["序号（№）", "联系部门（Отдел）", "业务范围（Вопросы）", "联系电话（Телефон）"],
               [["1", "绥芬河片区管委会中欧班列服务专窗", "政策咨询、扶持资金申报", "0453-3921826"],
                ["2", "绥芬河海关综合业务科", "集拼集运、“一票多车”业务", "0453-3951203"],
                ["3", "绥芬河海关铁路站监管科", "中欧班列查验、放行", "0453-3951217"]],
               clauses, widths=[2.0, 5.6, 4.8, 3.4], size=11)
    empty(doc)
    # attachment list (attachments are published separately)
    p = doc.add_paragraph()
    add_text(p, "附件：1.绥芬河综合保税区“一票多车”业务办理指南", size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=32, line=28)
    p = doc.add_paragraph()
    add_text(p, "　　　　　2.中欧班列（绥芬河）集拼集运业务申请表", size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
    empty(doc, 2)
    signature(doc, [
        ("中国（黑龙江）自由贸易试验区绥芬河片区管理委员会",
         "Администрация участка Суйфэньхэ пилотной зоны свободной торговли Китая (Хэйлунцзян)"),
        ("绥芬河海关", "Таможня Суйфэньхэ"),
    ], "2026年1月12日", "12 января 2026 г.")
    p = doc.add_paragraph()
    add_text(p, "（此件公开发布）", size=16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=32, line=28)
    empty(doc, 3)
    # 版记 in a borderless-ish table with top/bottom rules
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "抄送：黑龙江省商务厅，哈尔滨海关，牡丹江市人民政府。", size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会办公室　　2026年1月12日印发",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    page_numbers(doc)
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于绥芬河铁路口岸中欧班列和综合保税区货物通关便利化措施的通告",
            "doc_number": "绥自贸管通〔2026〕2号",
            "issuer": ["中国（黑龙江）自由贸易试验区绥芬河片区管理委员会", "绥芬河海关"],
            "date": "2026-01-12",
            "published": None,
            "level": "zone",
            "region": "中国（黑龙江）自由贸易试验区绥芬河片区",
            "effective": "2026-02-01",
            "expires": "2027-01-31",
            "attachments": ["绥芬河综合保税区“一票多车”业务办理指南", "中欧班列（绥芬河）集拼集运业务申请表"],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《关于绥芬河铁路口岸中欧班列货物通关有关事项的通告》（绥自贸管通〔2024〕5号）",
        },
        "clauses": clauses,
    }]


def main():
    make_horgos()
    make_manzhouli()
    make_suifenhe()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem in EXPECTED:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_530", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    main()
