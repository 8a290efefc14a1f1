# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 435: bilingual 友好城市 / 经贸合作 memoranda + 新闻通稿."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt_run(run, east=FS, ascii_=TNR, size=16, bold=False, color=None, italic=False):
    run.font.name = ascii_
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", east=FS, ascii_=TNR, size=16, bold=False, align=None,
         indent=True, line=28, color=None, space_after=0, italic=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        add_text(p, text, east, ascii_, size, bold, color, italic)
    return p


def add_text(p, text, east=FS, ascii_=TNR, size=16, bold=False, color=None, italic=False):
    """Add text; '\n' inside becomes a soft line break (w:br)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        fmt_run(r, east, ascii_, size, bold, color, italic)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def cell_first_para(cell):
    p = cell.paragraphs[0]
    if p.text == "" and len(cell.paragraphs) == 1:
        return p
    return None


def cell_para(cell, text="", **kw):
    p = cell_first_para(cell)
    if p is None:
        return para(cell, text, **kw)
    # reuse the empty first paragraph
    pf = p.paragraph_format
    size = kw.get("size", 16)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(kw.get("line", 28))
    pf.space_before = Pt(0)
    pf.space_after = Pt(kw.get("space_after", 0))
    if kw.get("indent", True):
        pf.first_line_indent = Pt(size * 2)
    if kw.get("align") is not None:
        p.alignment = kw["align"]
    if text:
        add_text(p, text, kw.get("east", FS), kw.get("ascii_", TNR), size,
                 kw.get("bold", False), kw.get("color"), kw.get("italic", False))
    return p


def red_rule(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz))
    ppr.append(bdr)


def page_footer(doc, style="dash"):
    for sec in doc.sections:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        left, right = ("— ", " —") if style == "dash" else ("- ", " -")
        fmt_run(fp.add_run(left), size=14, east="宋体")
        r = fp.add_run()
        fmt_run(r, size=14, east="宋体")
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        for el in (b, it, s, t, e):
            r._r.append(el)
        fmt_run(fp.add_run(right), size=14, east="宋体")


def set_col_widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    m = parse_xml(
        '<w:tblCellMar %s><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
        '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>'
        % (nsdecls("w"), top, left, bottom, right))
    tblPr.append(m)


def add_article_numbering(doc):
    """Word numbering 第一条　, 第二条　 ... (chineseCountingThousand)."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="435">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="第%%1条　"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:b w:val="0"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % nsdecls("w"))
    # abstractNum elements must precede num elements
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="435"><w:abstractNumId w:val="435"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 435


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, num_id))
    ppr.insert(0, numpr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_435", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# =================================================================== DOC 1
def doc_heihe_memo():
    stem = "blind435_heihe_beiwanglu"
    title_zh = "中华人民共和国黑龙江省黑河市人民政府\n与\n俄罗斯联邦阿穆尔州布拉戈维申斯克市政府\n关于深化经贸合作的备忘录"
    title_ru = ("МЕМОРАНДУМ\nмежду Народным правительством города Хэйхэ провинции Хэйлунцзян "
                "Китайской Народной Республики и Администрацией города Благовещенска Амурской "
                "области Российской Федерации об углублении торгово-экономического сотрудничества")
    preamble = [
        ("中华人民共和国黑龙江省黑河市人民政府与俄罗斯联邦阿穆尔州布拉戈维申斯克市政府（以下简称“双方”），",
         "Народное правительство города Хэйхэ провинции Хэйлунцзян Китайской Народной Республики "
         "и Администрация города Благовещенска Амурской области Российской Федерации "
         "(далее — «Стороны»),"),
        ("鉴于两市隔黑龙江（阿穆尔河）相望、互为友好城市已逾三十年，黑河—布拉戈维申斯克黑龙江（阿穆尔河）公路大桥建成通车为两市合作创造了新的条件；",
         "учитывая, что два города расположены друг напротив друга на берегах реки Амур "
         "(Хэйлунцзян) и являются городами-побратимами более тридцати лет, а ввод в эксплуатацию "
         "автомобильного моста Благовещенск — Хэйхэ через реку Амур (Хэйлунцзян) создал новые "
         "условия для сотрудничества;"),
        ("为落实中俄两国元首达成的重要共识，推动共建“一带一路”倡议同欧亚经济联盟建设对接合作，本着平等互利、优势互补、务实高效的原则，经友好协商，达成如下共识：",
         "в целях реализации важных договорённостей, достигнутых главами государств России и "
         "Китая, содействия сопряжению инициативы «Один пояс, один путь» и строительства "
         "Евразийского экономического союза, руководствуясь принципами равноправия и взаимной "
         "выгоды, взаимодополняемости и практической эффективности, в результате дружественных "
         "консультаций достигли следующего понимания:"),
    ]
    # (zh paragraphs, ru paragraphs, zh_softbreak_items)
    arts = [
        (["第一条　双方同意在中国（黑龙江）自由贸易试验区黑河片区和“阿穆尔河沿岸”超前发展区框架下加强政策沟通，建立常态化会晤机制，每年至少举行一次市长级会晤，在两市轮流举办。"],
         ["Статья 1",
          "Стороны договорились укреплять взаимодействие в сфере политики в рамках участка Хэйхэ "
          "Китайской (Хэйлунцзянской) пилотной зоны свободной торговли и территории опережающего "
          "развития «Приамурская», создать механизм регулярных встреч и проводить не реже одного "
          "раза в год встречи на уровне глав городов поочерёдно в каждом из городов."], False),
        (["第二条　双方同意在以下领域深化经贸合作：",
          "（一）扩大双边贸易规模，支持两市企业开展农产品、木材、机电产品及日用消费品贸易，力争到2027年两市间贸易额较2024年增长30%；",
          "（二）推动跨境电商发展，支持在黑河综合保税区建设对俄跨境电商海外仓和集货分拨中心；",
          "（三）促进相互投资，鼓励两市企业在农业种植、食品加工、木材深加工、新能源等领域开展合资合作；",
          "（四）提升口岸通关便利化水平，共同推动黑河公路口岸与布拉戈维申斯克口岸实现“预约通关”“信息互换”。"],
         ["Статья 2",
          "Стороны договорились углублять торгово-экономическое сотрудничество в следующих областях:",
          "а) расширение объёма двусторонней торговли, поддержка торговли предприятий двух городов "
          "сельскохозяйственной продукцией, лесоматериалами, машинно-технической продукцией и "
          "товарами повседневного спроса с целью увеличения к 2027 году товарооборота между "
          "городами на 30% по сравнению с 2024 годом;",
          "б) развитие трансграничной электронной торговли, поддержка создания в комплексной "
          "бондовой зоне Хэйхэ зарубежных складов и центров консолидации и распределения грузов "
          "для трансграничной электронной торговли с Россией;",
          "в) содействие взаимным инвестициям, поощрение создания совместных предприятий в сферах "
          "растениеводства, пищевой промышленности, глубокой переработки древесины и новой энергетики;",
          "г) повышение уровня упрощения пропускных процедур, совместное внедрение «предварительной "
          "записи на пересечение границы» и «обмена информацией» между автомобильным пунктом "
          "пропуска Хэйхэ и пунктом пропуска Благовещенск."], True),
        (["第三条　双方支持依托黑河—布拉戈维申斯克黑龙江（阿穆尔河）公路大桥发展跨境物流，探索开展经黑河口岸衔接中欧班列和俄罗斯西伯利亚大铁路的公铁联运业务，共同研究开通两市间定期跨境客货运输线路。"],
         ["Статья 3",
          "Стороны поддерживают развитие трансграничной логистики с использованием автомобильного "
          "моста Благовещенск — Хэйхэ через реку Амур (Хэйлунцзян), изучают возможность организации "
          "смешанных автомобильно-железнодорожных перевозок через пункт пропуска Хэйхэ с выходом на "
          "контейнерные поезда Китай — Европа и Транссибирскую магистраль, а также совместно "
          "прорабатывают вопрос открытия регулярных трансграничных пассажирских и грузовых "
          "маршрутов между двумя городами."], False),
        (["第四条　双方鼓励两市金融机构开展本币结算合作，支持在黑河设立的银行业金融机构与布拉戈维申斯克银行机构建立代理行关系，为两市贸易投资提供人民币和卢布结算服务。"],
         ["Статья 4",
          "Стороны поощряют сотрудничество финансовых учреждений двух городов в области расчётов "
          "в национальных валютах, поддерживают установление корреспондентских отношений между "
          "банковскими учреждениями, расположенными в Хэйхэ, и банками Благовещенска для "
          "обеспечения расчётов в юанях и рублях по торговым и инвестиционным операциям."], False),
        (["第五条　双方轮流举办中俄（黑河—布拉戈维申斯克）经贸洽谈会，互设经贸联络处，为对方企业提供市场信息、法律咨询和商务对接服务。"],
         ["Статья 5",
          "Стороны поочерёдно проводят российско-китайские (Благовещенск — Хэйхэ) "
          "торгово-экономические переговоры, на взаимной основе открывают торгово-экономические "
          "представительства и оказывают предприятиям другой Стороны услуги по предоставлению "
          "рыночной информации, юридических консультаций и установлению деловых контактов."], False),
        (["第六条　双方同意在教育、文化、旅游、体育和卫生领域开展交流，支持两市高校开展联合办学和学生互换，共同打造“一江两城”跨境旅游品牌，推动中俄边境旅游便利化。"],
         ["Статья 6",
          "Стороны договорились развивать обмены в сферах образования, культуры, туризма, спорта "
          "и здравоохранения, поддерживать совместные образовательные программы и студенческие "
          "обмены между вузами двух городов, совместно формировать трансграничный туристический "
          "бренд «Одна река — два города» и содействовать упрощению приграничного туризма между "
          "Россией и Китаем."], False),
        (["第七条　双方指定下列机构负责本备忘录的具体执行：",
          "中方：黑河市人民政府外事办公室、黑河市商务局；",
          "俄方：布拉戈维申斯克市政府对外经济联络、旅游和企业经营处。"],
         ["Статья 7",
          "Ответственными за реализацию настоящего Меморандума Стороны назначают:",
          "с китайской стороны — Канцелярию по иностранным делам Народного правительства города "
          "Хэйхэ и Управление коммерции города Хэйхэ;",
          "с российской стороны — отдел внешнеэкономических связей, туризма и предпринимательства "
          "администрации города Благовещенска."], False),
        (["第八条　本备忘录不构成双方在国际法项下的权利和义务。双方在执行本备忘录过程中产生的分歧，通过友好协商解决。"],
         ["Статья 8",
          "Настоящий Меморандум не создаёт для Сторон прав и обязательств по международному праву. "
          "Разногласия, возникающие при реализации настоящего Меморандума, разрешаются путём "
          "дружественных консультаций."], False),
        (["第九条　经双方书面同意，可对本备忘录进行修改和补充。修改和补充内容作为本备忘录的组成部分，与本备忘录具有同等效力。"],
         ["Статья 9",
          "По взаимному письменному согласию Сторон в настоящий Меморандум могут вноситься "
          "изменения и дополнения, которые являются его неотъемлемой частью и имеют равную с ним силу."], False),
        (["第十条　本备忘录自双方签字之日起生效，有效期至2030年12月31日。"],
         ["Статья 10",
          "Настоящий Меморандум вступает в силу с даты его подписания Сторонами и действует до "
          "31 декабря 2030 года."], False),
    ]
    closing = ("本备忘录于2025年11月18日在黑河市签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。",
               "Совершено в городе Хэйхэ 18 ноября 2025 года в двух экземплярах, каждый на китайском "
               "и русском языках, причём оба текста имеют одинаковую силу.")

    doc = new_doc()
    # borderless layout table, Chinese left / Russian right
    n_rows = 1 + 1 + len(preamble) + len(arts) + 1
    t = doc.add_table(rows=n_rows, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(7.8), Cm(7.8)])
    cell_margins(t, 40, 120, 110, 110)
    ZH = dict(size=14, line=23)
    RU = dict(size=11, line=17, east=FS, ascii_=TNR)

    r = 0
    c0, c1 = t.rows[r].cells
    cell_para(c0, title_zh, east=XBS, size=16, line=26, bold=False, indent=False,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(c1, title_ru, size=12, line=18, bold=True, indent=False,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    r += 1  # spacer row with empty paragraphs
    cell_para(t.rows[r].cells[0], "", **ZH)
    r += 1
    for zh, ru in preamble:
        c0, c1 = t.rows[r].cells
        cell_para(c0, zh, **ZH)
        cell_para(c1, ru, **RU)
        r += 1
    for zh_list, ru_list, soft in arts:
        c0, c1 = t.rows[r].cells
        head, rest = zh_list[0].split("　", 1)
        p = cell_para(c0, "", **ZH)
        add_text(p, head, east=HT, size=14, bold=True)
        add_text(p, "　" + rest, size=14)
        if soft:  # items typed in ONE paragraph separated by Shift+Enter
            p2 = cell_para(c0, "\n".join(zh_list[1:]), **ZH)
        else:
            for z in zh_list[1:]:
                cell_para(c0, z, **ZH)
        cell_para(c1, ru_list[0], size=11, line=18, bold=True, indent=False,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
        for x in ru_list[1:]:
            cell_para(c1, x, **RU)
        r += 1
    c0, c1 = t.rows[r].cells
    cell_para(c0, closing[0], **ZH)
    cell_para(c1, closing[1], **RU)

    para(doc, "", indent=False)
    # signature block: separate borderless table, bilingual in each cell
    s = doc.add_table(rows=1, cols=2)
    set_col_widths(s, [Cm(7.8), Cm(7.8)])
    left = ("中华人民共和国黑龙江省\n黑河市人民政府代表\nЗа Народное правительство\nгорода Хэйхэ\n\n"
            "（签字）\n王立新\nВан Лисинь\n市长　Мэр города")
    right = ("俄罗斯联邦阿穆尔州\n布拉戈维申斯克市政府代表\nЗа Администрацию\nгорода Благовещенска\n\n"
             "（签字）\nА. В. 索科洛夫\nА. В. Соколов\n市长　Мэр города")
    cell_para(s.rows[0].cells[0], left, size=14, line=22, indent=False)
    cell_para(s.rows[0].cells[1], right, size=14, line=22, indent=False)
    page_footer(doc, "dash")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [z for z, _ in preamble]
    for zh_list, _, _ in arts:
        clauses.extend(zh_list)
    clauses.append(closing[0])
    EXPECTED[stem] = [{
        "meta": {
            "title": "中华人民共和国黑龙江省黑河市人民政府与俄罗斯联邦阿穆尔州布拉戈维申斯克市政府关于深化经贸合作的备忘录",
            "doc_number": None,
            "issuer": ["黑河市人民政府", "布拉戈维申斯克市政府"],
            "date": "2025-11-18",
            "published": None,
            "level": "municipal",
            "region": "黑河市",
            "effective": "2025-11-18",
            "expires": "2030-12-31",
            "attachments": [],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 2
def doc_heihe_news():
    stem = "blind435_heihe_xinwentonggao"
    title = "黑河市与布拉戈维申斯克市签署深化经贸合作备忘录"
    body1 = [
        "11月18日，黑河市人民政府与俄罗斯联邦阿穆尔州布拉戈维申斯克市政府在黑河市签署《关于深化经贸合作的备忘录》。黑河市市长王立新与布拉戈维申斯克市市长索科洛夫分别代表双方签字，黑龙江省商务厅、省外事办有关负责同志出席签字仪式。",
        "黑河市与布拉戈维申斯克市隔江相望，互为友好城市已逾三十年。2022年6月，黑河—布拉戈维申斯克黑龙江（阿穆尔河）公路大桥正式开通货运，两市经贸往来日益密切。此次签署的备忘录共十条，涵盖政策沟通、贸易投资、跨境物流、金融合作、人文交流等内容。",
        "根据备忘录，双方将建立常态化会晤机制，每年至少举行一次市长级会晤，并在中国（黑龙江）自由贸易试验区黑河片区和“阿穆尔河沿岸”超前发展区框架下加强政策沟通。",
        "在贸易投资方面，双方将支持两市企业扩大农产品、木材、机电产品及日用消费品贸易，力争到2027年两市间贸易额较2024年增长30%；鼓励企业在农业种植、食品加工、木材深加工、新能源等领域开展合资合作。",
        "在跨境电商和物流方面，双方将支持在黑河综合保税区建设对俄跨境电商海外仓和集货分拨中心，探索经黑河口岸衔接中欧班列和西伯利亚大铁路的公铁联运业务，推动黑河公路口岸与布拉戈维申斯克口岸实现“预约通关”“信息互换”。",
        "在金融合作方面，双方鼓励两市金融机构开展本币结算合作，支持建立代理行关系，为两市贸易投资提供人民币和卢布结算服务。",
        "王立新在致辞中表示，备忘录的签署标志着两市合作进入新阶段。黑河将以此次签约为契机，用好自贸试验区和综合保税区政策优势，与布拉戈维申斯克携手打造中俄沿边开放合作示范区。",
        "索科洛夫表示，布拉戈维申斯克愿同黑河一道，充分发挥界河大桥和口岸优势，推动两市在物流、农业、旅游等领域的合作项目尽快落地见效。",
    ]
    table_hdr = ["年份", "对俄进出口总额\n（亿元）", "同比增长\n（%）", "跨境电商交易额\n（亿元）"]
    table_hdr_key = ["年份", "对俄进出口总额（亿元）", "同比增长（%）", "跨境电商交易额（亿元）"]
    rows = [
        ["2022年", "142.6", "18.3", "6.8"],
        ["2023年", "171.5", "20.3", "9.2"],
        ["2024年", "186.9", "9.0", "12.7"],
    ]
    tail = "据黑河海关统计，2025年1—10月，黑河市对俄进出口总额达163.4亿元，同比增长7.6%，其中跨境电商交易额11.9亿元。"

    doc = new_doc()
    para(doc, "新 闻 通 稿", east=XBS, size=36, color=RED, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    para(doc, "", indent=False, line=14)
    p = para(doc, "", indent=False, line=28)
    # issuer left, date right, aligned with hand-typed full-width spaces
    add_text(p, "黑河市人民政府新闻办公室", east=FS, size=16)
    add_text(p, "　　　　　　", size=16)
    add_text(p, "2025年11月18日", east=FS, size=16)
    red_rule(p, 24)
    para(doc, "", indent=False)
    para(doc, title, east=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    for b in body1:
        para(doc, b)
    para(doc, "", indent=False)
    para(doc, "相关链接", east=HT, size=16, indent=True)
    para(doc, "2022—2024年黑河市对俄贸易主要指标", east=HT, size=14, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(2.8), Cm(4.6), Cm(3.2), Cm(4.6)])
    for j, h in enumerate(table_hdr):
        cell_para(t.rows[0].cells[j], h, east=HT, size=12, line=18, indent=False,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_para(t.rows[i].cells[j], v, size=12, line=20, indent=False,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=False)
    para(doc, tail)
    page_footer(doc, "dash")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = list(body1)
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(table_hdr_key, row)))
    clauses.append(tail)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["黑河市人民政府新闻办公室"],
            "date": "2025-11-18",
            "published": None,
            "level": "municipal",
            "region": "黑河市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻通稿",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 3
def doc_qbj_memo():
    stem = "blind435_qingbaijiang_beiwanglu"
    title_lines = ["成都市青白江区人民政府与波兰共和国罗兹市政府",
                   "关于建立友好交流关系及深化经贸合作的备忘录"]
    title_en = ("Memorandum of Understanding between the People's Government of Qingbaijiang District, "
                "Chengdu, the People's Republic of China and the City of Łódź, the Republic of Poland "
                "on Establishing Friendly Exchange Relations and Deepening Economic and Trade Cooperation")
    preamble = (
        "中华人民共和国四川省成都市青白江区人民政府与波兰共和国罗兹市政府（以下简称“双方”），基于中欧班列（成都—罗兹）开行以来两地日益密切的经贸往来，为推动共建“一带一路”高质量发展，增进两地人民友谊，依据各自国家有关法律法规，经友好协商，就建立友好交流关系及深化经贸合作达成如下谅解：",
        "The People's Government of Qingbaijiang District, Chengdu, Sichuan Province, the People's "
        "Republic of China and the City of Łódź, the Republic of Poland (hereinafter referred to as "
        "\"the Parties\"), in view of the increasingly close economic and trade ties between the two "
        "places since the launch of the China-Europe Railway Express (Chengdu–Łódź), with a view to "
        "promoting the high-quality development of the Belt and Road Initiative and enhancing the "
        "friendship between the peoples of the two places, in accordance with the relevant laws and "
        "regulations of their respective countries, have, through friendly consultations, reached "
        "the following understanding:")
    cn_num = "一二三四五六七八九"
    # (zh: first paragraph WITHOUT number (Word numbering adds 第X条), further paragraphs; en list)
    arts = [
        (["双方同意建立友好交流关系，在平等互利、相互尊重的基础上，开展经济、贸易、物流、教育、文化、旅游等领域的交流与合作。"],
         ["The Parties agree to establish friendly exchange relations and, on the basis of equality, "
          "mutual benefit and mutual respect, to carry out exchanges and cooperation in the fields of "
          "economy, trade, logistics, education, culture and tourism."]),
        (["双方支持以成都国际铁路港和罗兹多式联运枢纽为节点，提升中欧班列（成都—罗兹）运行质量，共同推动以下工作：",
          "（一）稳定班列开行频次，力争2026年双向开行班列不少于600列，回程班列占比不低于40%；",
          "（二）推广“中欧班列+跨境电商”模式，支持企业利用班列开展跨境电商出口和海外仓布局；",
          "（三）推动多式联运“一单制”，探索铁路运输单证金融化应用；",
          "（四）支持双方物流企业在对方城市设立分拨中心和区域总部。"],
         ["The Parties support improving the operation quality of the China-Europe Railway Express "
          "(Chengdu–Łódź) with Chengdu International Railway Port and the Łódź intermodal hub as "
          "nodes, and will jointly promote the following:",
          "(1) stabilising train frequency, striving for no fewer than 600 trains in both directions "
          "in 2026, with return trains accounting for no less than 40%;",
          "(2) promoting the \"China-Europe Railway Express + cross-border e-commerce\" model and "
          "supporting enterprises in using the trains for cross-border e-commerce exports and "
          "overseas warehouses;",
          "(3) promoting the \"single document\" system for multimodal transport and exploring the "
          "financial use of railway transport documents;",
          "(4) supporting logistics enterprises of both sides in setting up distribution centres and "
          "regional headquarters in each other's city."]),
        (["双方依托成都国际铁路港综合保税区和中国（四川）自由贸易试验区成都青白江铁路港片区，鼓励波兰及中东欧国家企业在青白江区开展保税仓储、展示交易和加工制造业务，鼓励中国企业在罗兹投资兴业。"],
         ["Relying on the Chengdu International Railway Port Comprehensive Bonded Zone and the "
          "Chengdu Qingbaijiang Railway Port Area of the China (Sichuan) Pilot Free Trade Zone, the "
          "Parties encourage enterprises from Poland and other Central and Eastern European countries "
          "to engage in bonded warehousing, display and trading, and processing and manufacturing in "
          "Qingbaijiang District, and encourage Chinese enterprises to invest and do business in Łódź."]),
        (["双方支持在青白江区建设波兰及中东欧商品展示交易中心，在罗兹设立中国（成都）商品展销平台，每年共同举办至少一次经贸对接活动。"],
         ["The Parties support the establishment of a Poland and Central and Eastern Europe Commodity "
          "Display and Trading Centre in Qingbaijiang District and a China (Chengdu) Commodity "
          "Exhibition and Sales Platform in Łódź, and will jointly hold at least one economic and "
          "trade matchmaking event each year."]),
        (["双方鼓励两地高等院校、职业院校在物流管理、国际贸易、语言等领域开展合作办学和人员交流，支持两地青少年开展互访。"],
         ["The Parties encourage universities and vocational colleges of the two places to carry out "
          "cooperative education and personnel exchanges in logistics management, international "
          "trade, languages and other fields, and support exchange visits by young people of the "
          "two places."]),
        (["为落实本备忘录，双方各自指定联络机构：",
          "中方联络机构为成都市青白江区人民政府外事办公室；",
          "波方联络机构为罗兹市政府国际合作办公室。",
          "双方联络机构每年至少进行一次工作会商，总结合作成果，商定下一年度合作重点。"],
         ["For the implementation of this Memorandum, each Party designates a liaison body:",
          "for the Chinese Party, the Foreign Affairs Office of the People's Government of "
          "Qingbaijiang District;",
          "for the Polish Party, the International Cooperation Office of the City of Łódź.",
          "The liaison bodies shall hold working consultations at least once a year to review the "
          "results of cooperation and agree on cooperation priorities for the following year."]),
        (["本备忘录执行过程中所需费用，除双方另有约定外，由双方各自承担。本备忘录不具有法律约束力。"],
         ["Unless otherwise agreed by the Parties, each Party shall bear its own costs arising from the "
          "implementation of this Memorandum. This Memorandum is not legally binding."]),
        (["本备忘录自双方签署之日起生效，长期有效。任何一方可提前六个月以书面形式通知另一方终止本备忘录，本备忘录的终止不影响已开展合作项目的实施。"],
         ["This Memorandum shall enter into force on the date of signature by the Parties and shall "
          "remain in effect indefinitely. Either Party may terminate this Memorandum by giving six "
          "months' written notice to the other Party. Termination of this Memorandum shall not affect "
          "the implementation of cooperation projects already under way."]),
        (["本备忘录于2026年4月23日在中国成都签署，一式两份，每份均用中文和英文写成，两种文本同等作准。"],
         ["Signed in Chengdu, China, on 23 April 2026, in duplicate, each in the Chinese and English "
          "languages, both texts being equally authentic."]),
    ]

    doc = new_doc()
    num_id = add_article_numbering(doc)
    for tl in title_lines:  # title broken into two separate paragraphs
        para(doc, tl, east=XBS, size=20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, "", indent=False, line=12)
    para(doc, title_en, east=FS, ascii_=TNR, size=13, bold=True, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    para(doc, "", indent=False, line=12)

    t = doc.add_table(rows=1 + 1 + len(arts) + 2, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(7.8), Cm(7.8)])
    cell_margins(t, 60, 60, 110, 110)
    ZH = dict(size=14, line=24)
    EN = dict(size=11.5, line=17, east=FS, ascii_=TNR)
    # header row of the layout table
    cell_para(t.rows[0].cells[0], "中文文本", east=HT, size=14, line=22, indent=False,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(t.rows[0].cells[1], "English Text", size=12, line=22, bold=True, indent=False,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(t.rows[1].cells[0], preamble[0], **ZH)
    cell_para(t.rows[1].cells[1], preamble[1], **EN)
    for i, (zh, en) in enumerate(arts):
        c0, c1 = t.rows[2 + i].cells
        p = cell_para(c0, zh[0], **ZH)
        p.paragraph_format.first_line_indent = None  # indent comes from numbering level
        set_num(p, num_id)
        for z in zh[1:]:
            cell_para(c0, z, **ZH)
        cell_para(c1, "Article %d" % (i + 1), size=11.5, line=18, bold=True, indent=False)
        for x in en:
            cell_para(c1, x, **EN)
    # signature rows inside the same table
    rs = 2 + len(arts)
    cell_para(t.rows[rs].cells[0],
              "成都市青白江区人民政府\n代表\n\n（签字）\n\n区长　陈　明", size=14, line=24,
              indent=False)
    cell_para(t.rows[rs].cells[1],
              "罗兹市政府\n代表\n\n（签字）\n\n副市长　亚当·诺瓦克", size=14, line=24, indent=False)
    cell_para(t.rows[rs + 1].cells[0],
              "For the People's Government of\nQingbaijiang District, Chengdu\n\nChen Ming\nDistrict Mayor",
              size=11.5, line=18, indent=False)
    cell_para(t.rows[rs + 1].cells[1],
              "For the City of Łódź\n\n\nAdam Nowak\nDeputy Mayor", size=11.5, line=18, indent=False)
    page_footer(doc, "hyphen")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [preamble[0]]
    for i, (zh, _) in enumerate(arts):
        clauses.append("第%s条　%s" % (cn_num[i], zh[0]))
        clauses.extend(zh[1:])
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(title_lines),
            "doc_number": None,
            "issuer": ["成都市青白江区人民政府", "罗兹市政府"],
            "date": "2026-04-23",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": "2026-04-23",
            "expires": None,
            "attachments": [],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 4
def doc_qbj_news():
    stem = "blind435_qingbaijiang_xinwentonggao"
    title = "青白江区与波兰罗兹市建立友好交流关系"
    blocks = [
        ("p", "4月23日，成都市青白江区人民政府与波兰共和国罗兹市政府在成都国际铁路港签署《关于建立友好交流关系及深化经贸合作的备忘录》，两地正式建立友好交流关系。青白江区区长陈明与罗兹市副市长亚当·诺瓦克分别代表双方签字，成都市人民政府外事办公室、成都市口岸与物流办公室有关负责同志见证签约。"),
        ("h", "班列为媒　两地情谊再升温"),
        ("p", "2013年4月，首趟中欧班列（成都—罗兹）从成都国际铁路港驶出，开启了成都与欧洲之间的“钢铁驼队”之路。十余年来，这条线路不断拓展延伸，已成为青白江区与罗兹之间最重要的经贸纽带。"),
        ("p", "根据备忘录，双方将以成都国际铁路港和罗兹多式联运枢纽为节点，力争2026年双向开行班列不少于600列、回程班列占比不低于40%，共同推广“中欧班列+跨境电商”模式，推动多式联运“一单制”，支持物流企业在对方城市设立分拨中心和区域总部。"),
        ("h", "平台共建　合作空间再拓展"),
        ("p", "双方将依托成都国际铁路港综合保税区和自贸试验区青白江铁路港片区，鼓励波兰及中东欧国家企业在青白江开展保税仓储、展示交易和加工制造业务。青白江区将建设波兰及中东欧商品展示交易中心，罗兹市将设立中国（成都）商品展销平台，两地每年至少共同举办一次经贸对接活动。"),
        ("p", "签约仪式后，双方举行了企业对接会。区内物流、贸易企业与罗兹当地企业现场签署合作项目3个，涉及海外仓建设、冷链运输和跨境电商等领域，协议金额约2.6亿元。"),
        ("h", "人文相通　友好基础再夯实"),
        ("p", "备忘录还明确，两地将推动高等院校、职业院校在物流管理、国际贸易、语言等领域开展合作办学和人员交流，支持两地青少年开展互访。"),
        ("p", "陈明表示，青白江区将以建立友好交流关系为新起点，持续放大中欧班列通道优势，深化与罗兹在物流、贸易、产业、人文等领域的务实合作，共同打造中欧班列沿线城市合作的标杆。"),
        ("p", "诺瓦克表示，罗兹是中欧班列在欧洲的重要节点城市，期待以备忘录签署为契机，吸引更多中国企业到罗兹投资，也让更多波兰优质商品通过班列进入中国市场。"),
        ("p", "据了解，2025年经成都国际铁路港开行的中欧班列累计达4860列，其中往返罗兹方向班列612列，进出口货值约186亿元。"),
    ]
    doc = new_doc()
    para(doc, "新闻通稿", east=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, title, east=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "（2026年4月23日）", east=KT, size=16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=False)
    for kind, text in blocks:
        if kind == "h":
            # sub-headline typed as a bold 黑体 paragraph of its own
            para(doc, text, east=HT, size=16, indent=True)
        else:
            para(doc, text)
    para(doc, "（完）", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "中共成都市青白江区委宣传部　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年4月23日　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(doc, "dash")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["中共成都市青白江区委宣传部"],
            "date": "2026-04-23",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻通稿",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": [t for k, t in blocks if k == "p"],
    }]
    return path


def main():
    paths = [doc_heihe_memo(), doc_heihe_news(), doc_qbj_memo(), doc_qbj_news()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
