# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 668: Heilongjiang Chinese-Russian bilingual notices (Word + PDF + answer key)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, ea=FS, size=16, bold=None, color=None, latin=TNR, italic=None):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), ea)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_para(doc, segments, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, size=16,
             line=28, before=0, after=0):
    """segments: list of (text, dict(font kwargs)) ; text may contain '\n' = soft break"""
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line, before, after)
    for text, kw in segments:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, **kw)
            if i < len(parts) - 1:
                r.add_break()
    return p


def empty(doc, size=16, line=28):
    p = doc.add_paragraph()
    fmt(p, None, 0, size, line)
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come after keepNext.. numPr etc; appending then is tolerated by Word/LO
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
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
        s.footer_distance = Cm(2.6)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, ea="宋体", size=14, latin="宋体")
        r = fp.add_run()
        set_font(r, ea="宋体", size=14, latin="宋体")
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(it); r._r.append(e)
        r = fp.add_run(" —")
        set_font(r, ea="宋体", size=14, latin="宋体")
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def set_cell(cell, lines, ea=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             soft=True):
    """lines: list of strings; soft=True -> one paragraph with soft breaks,
    soft=False -> one paragraph per line."""
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i and not soft:
            p = cell.add_paragraph()
        fmt(p, align, 0, size, 20)
        is_ru = any("\u0400" <= ch <= "\u04ff" for ch in ln)
        r = p.add_run(ln)
        set_font(r, ea=ea, size=(size - 1.5 if is_ru else size), bold=bold)
        if soft and i < len(lines) - 1:
            r.add_break()


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign"); v.set(qn("w:val"), "center"); tcpr.append(v)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        r'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblpr.append(b)


def banji(doc, lines):
    """版记: 抄送 / 印发 lines between horizontal rules."""
    empty(doc); empty(doc)
    for i, (left, right) in enumerate(lines):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, 14, 24)
        p.paragraph_format.left_indent = Pt(14 * 0.5)
        r = p.add_run(left)
        set_font(r, ea=FS, size=14)
        if right:
            r = p.add_run(right)
            set_font(r, ea=FS, size=14)
        if i == 0:
            border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_668", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# body-text font presets
ZH = dict(ea=FS, size=16)
ZH_HT = dict(ea=HT, size=16)
ZH_KT = dict(ea=KT, size=16)
RU = dict(ea=FS, size=14)
RU_B = dict(ea=FS, size=14, bold=True)


# ======================================================== document 1: Suifenhe
def doc_suifenhe():
    stem = "blind668_suifenhe_tonggao"
    title_zh = "绥芬河市人民政府关于进一步规范中俄边民互市贸易有关事项的通告"
    title_ru = ("Уведомление Правительства города Суйфэньхэ о дальнейшем упорядочении "
                "приграничной торговли между жителями приграничных районов Китая и России")
    docno = "绥政告〔2025〕4号"

    # (kind, zh_runs, ru_runs, zh_clause or None)
    # kind: 'p' body paragraph, 'table' marker
    body = []

    def P(zh_head, zh_rest, ru_head, ru_rest, clause=True, zh_head_font=ZH_HT):
        body.append(("p", zh_head, zh_rest, ru_head, ru_rest, clause, zh_head_font))

    P("", "为进一步规范中俄边民互市贸易秩序，推动边民互市贸易与落地加工融合发展，保障边民合法权益，"
          "根据国家有关边境贸易管理规定，结合我市实际，现就有关事项通告如下：",
      "", "В целях дальнейшего упорядочения приграничной торговли между жителями приграничных "
          "районов Китая и России, содействия интеграции приграничной торговли с местной переработкой "
          "товаров и защиты законных прав и интересов жителей приграничных районов, в соответствии с "
          "государственными правилами регулирования приграничной торговли и с учётом фактического "
          "положения города настоящим уведомляется о следующем:")
    P("一、适用范围。", "本通告适用于在绥芬河边民互市贸易区（以下简称互市贸易区）内开展的边民互市贸易"
                    "及相关申报、结算、落地加工活动。",
      "1. Сфера применения. ", "Настоящее уведомление применяется к приграничной торговле, "
      "осуществляемой в зоне приграничной торговли Суйфэньхэ (далее — торговая зона), а также к "
      "связанным с ней декларированию, расчётам и местной переработке товаров.")
    P("二、参与主体。", "参与互市贸易的主体应当符合下列条件：",
      "2. Участники. ", "Участники приграничной торговли должны соответствовать следующим условиям:")
    P("", "（一）中方边民应为具有绥芬河市或东宁市常住户籍、年满16周岁的中国公民，并已在互市贸易区服务中心完成备案；",
      "", "(1) китайские жители приграничных районов должны быть гражданами КНР в возрасте не моложе "
          "16 лет, постоянно зарегистрированными в городе Суйфэньхэ или городе Дуннин, и пройти "
          "регистрацию в сервисном центре торговой зоны;")
    P("", "（二）俄方公民凭有效护照及入境证件，可以在互市贸易区内销售自产或者自有商品；",
      "", "(2) граждане России при наличии действительного паспорта и документов о въезде могут "
          "продавать в торговой зоне товары собственного производства или находящиеся в их собственности;")
    P("", "（三）边民互助组、边民合作社应当在市商务局登记，并明确负责人和成员名单。",
      "", "(3) группы взаимопомощи и кооперативы жителей приграничных районов должны быть "
          "зарегистрированы в Бюро коммерции города с указанием руководителя и списка членов.")
    P("三、免税额度。", "边民通过互市贸易进口的生活用品（列入不予免税清单的除外），每人每日价值在人民币8000元以内的，"
                    "免征进口关税和进口环节税；超出部分，按照有关规定征收进口关税和进口环节税。",
      "3. Беспошлинный лимит. ", "Предметы повседневного обихода (за исключением товаров, включённых "
      "в перечень товаров, не подлежащих освобождению от пошлин), ввозимые жителями приграничных "
      "районов в рамках приграничной торговли, стоимостью не более 8000 юаней на одного человека в "
      "день освобождаются от ввозной таможенной пошлины и налогов, взимаемых при ввозе; с суммы "
      "превышения пошлины и налоги взимаются в установленном порядке.")
    P("四、申报要求。", "边民应当通过“互市贸易服务平台”如实申报商品名称、数量、价格和原产地，一人一票，"
                    "不得代他人申报，不得拆分申报。",
      "4. Требования к декларированию. ", "Жители приграничных районов обязаны достоверно "
      "декларировать наименование, количество, цену и страну происхождения товаров через «Платформу "
      "обслуживания приграничной торговли» по принципу «один человек — одна декларация»; "
      "запрещается декларирование от имени других лиц и дробление деклараций.")
    P("五、结算方式。", "互市贸易可以使用人民币或者卢布结算。鼓励边民通过互市贸易区内指定银行办理卢布现钞兑换和跨境汇款，"
                    "不得通过非法渠道买卖外汇。",
      "5. Порядок расчётов. ", "Расчёты в приграничной торговле могут осуществляться в юанях или "
      "рублях. Жителям приграничных районов рекомендуется производить обмен наличных рублей и "
      "трансграничные переводы через уполномоченные банки, расположенные в торговой зоне; "
      "купля-продажа иностранной валюты по незаконным каналам запрещается.")
    P("六、参考价格。", "为便于申报和结算，市商务局会同互市贸易区管理机构定期发布主要进口商品参考价格。"
                    "2025年第三季度参考价格见下表（卢布折合人民币按1元兑换11.5卢布计算，实际结算以成交价格为准）：",
      "6. Справочные цены. ", "Для удобства декларирования и расчётов Бюро коммерции города "
      "совместно с администрацией торговой зоны периодически публикует справочные цены на основные "
      "ввозимые товары. Справочные цены на III квартал 2025 года приведены в таблице ниже (пересчёт "
      "рублей в юани производится по курсу 11,5 рубля за 1 юань; при фактических расчётах "
      "применяется цена сделки):")
    body.append(("table",))
    P("七、落地加工。", "鼓励边民互助组将互市进口的粮食、油料、木材等商品交由互市贸易区内落地加工企业进行加工，"
                    "符合条件的加工企业按照《绥芬河市边民互市贸易进口商品落地加工扶持办法》享受相关扶持政策。",
      "7. Местная переработка. ", "Группам взаимопомощи жителей приграничных районов рекомендуется "
      "передавать ввезённые в рамках приграничной торговли зерно, масличные культуры, лесоматериалы "
      "и другие товары на переработку предприятиям, расположенным в торговой зоне; предприятия, "
      "отвечающие установленным требованиям, пользуются мерами поддержки в соответствии с «Порядком "
      "поддержки местной переработки товаров, ввезённых в рамках приграничной торговли, города Суйфэньхэ».")
    P("八、禁止行为。", "在互市贸易区内禁止下列行为：",
      "8. Запрещённые действия. ", "В торговой зоне запрещается:")
    P("", "（一）以边民名义为企业或者他人进口商品；",
      "", "(1) ввоз товаров для предприятий или третьих лиц от имени жителей приграничных районов;")
    P("", "（二）将免税进口的商品直接转售给区外经营者牟利；",
      "", "(2) прямая перепродажа беспошлинно ввезённых товаров хозяйствующим субъектам за пределами "
          "зоны с целью извлечения прибыли;")
    P("", "（三）销售国家禁止进出境的物品以及濒危野生动植物制品；",
      "", "(3) продажа предметов, запрещённых государством к ввозу и вывозу, а также изделий из "
          "исчезающих видов дикой фауны и флоры;")
    P("", "（四）伪造、变造或者冒用边民证件。",
      "", "(4) подделка, изменение или использование чужих документов жителя приграничного района.")
    P("九、违规处理。", "违反本通告规定的，由海关、市场监督管理等部门依法处理；情节严重的，取消其参与互市贸易资格；"
                    "构成犯罪的，依法追究刑事责任。",
      "9. Ответственность. ", "Нарушения положений настоящего уведомления рассматриваются "
      "таможенными органами, органами по надзору за рынком и другими ведомствами в соответствии с "
      "законом; в серьёзных случаях нарушитель лишается права участвовать в приграничной торговле; "
      "при наличии состава преступления виновные привлекаются к уголовной ответственности в "
      "соответствии с законом.")
    P("十、咨询服务。", "互市贸易区服务中心设中俄双语咨询窗口，咨询电话：0453-3921186（工作日8:30—17:00）。",
      "10. Консультации. ", "В сервисном центре торговой зоны работает окно консультаций на "
      "китайском и русском языках, телефон: 0453-3921186 (в рабочие дни с 8:30 до 17:00).")
    P("十一、", "本通告自2025年7月1日起施行，有效期至2027年6月30日。《绥芬河市人民政府关于加强边民互市贸易管理的通告》"
              "（绥政告〔2022〕5号）同时废止。本通告中俄文本具有同等效力，如有歧义，以中文文本为准。",
      "11. ", "Настоящее уведомление вступает в силу с 1 июля 2025 года и действует до 30 июня "
      "2027 года. Одновременно утрачивает силу «Уведомление Правительства города Суйфэньхэ об "
      "усилении управления приграничной торговлей» (Суйчжэнгао [2022] № 5). Тексты настоящего "
      "уведомления на китайском и русском языках имеют одинаковую силу; в случае расхождений "
      "преимущественную силу имеет текст на китайском языке.", zh_head_font=ZH)

    hdr = [("序号", "№ п/п"), ("商品名称", "Наименование товара"), ("计量单位", "Ед. изм."),
           ("参考价格（卢布）", "Справочная цена (руб.)"), ("折合人民币（元）", "Эквивалент (юань)")]
    rows = [
        ("1", ("面粉", "Мука"), ("袋（25公斤）", "мешок (25 кг)"), "1150", "100.00"),
        ("2", ("葵花籽油", "Подсолнечное масло"), ("桶（5升）", "канистра (5 л)"), "575", "50.00"),
        ("3", ("蜂蜜", "Мёд"), ("公斤", "кг"), "690", "60.00"),
        ("4", ("巧克力", "Шоколад"), ("公斤", "кг"), "920", "80.00"),
        ("5", ("饼干", "Печенье"), ("公斤", "кг"), "345", "30.00"),
        ("6", ("奶粉", "Сухое молоко"), ("公斤", "кг"), "805", "70.00"),
    ]

    doc = Document()
    page_setup(doc)

    # ---- red header (bilingual)
    p = add_para(doc, [("绥芬河市人民政府", dict(ea=XBS, size=36, color=RED))],
                 WD_ALIGN_PARAGRAPH.CENTER, 0, 36, 48, before=12)
    p = add_para(doc, [("Правительство города Суйфэньхэ", dict(ea=XBS, size=16, color=RED, bold=True))],
                 WD_ALIGN_PARAGRAPH.CENTER, 0, 16, 24)
    empty(doc)
    p = add_para(doc, [(docno, ZH)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    # ---- title: Chinese split by soft break, then Russian
    add_para(doc, [("绥芬河市人民政府关于进一步规范中俄边民\n互市贸易有关事项的通告", dict(ea=XBS, size=22))],
             WD_ALIGN_PARAGRAPH.CENTER, 0, 22, 34)
    add_para(doc, [(title_ru, dict(ea=XBS, size=14, bold=True))], WD_ALIGN_PARAGRAPH.CENTER, 0, 14, 22,
             before=6)
    empty(doc)

    clauses = []
    for item in body:
        if item[0] == "table":
            t = doc.add_table(rows=1 + len(rows), cols=5)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.5), Cm(3.8), Cm(3.4), Cm(3.4), Cm(3.4)]
            for j, (zh, ru) in enumerate(hdr):
                c = t.rows[0].cells[j]
                set_cell(c, [zh, ru], ea=HT, size=12, soft=True)
                c.width = widths[j]
                vcenter(c)
            for i, r in enumerate(rows, 1):
                vals = [[r[0]], list(r[1]), list(r[2]), [r[3]], [r[4]]]
                for j, v in enumerate(vals):
                    c = t.rows[i].cells[j]
                    set_cell(c, v, ea=FS, size=12, soft=True)
                    c.width = widths[j]
                    vcenter(c)
                clauses.append("；".join(
                    "%s：%s" % (hdr[j][0], v[0]) for j, v in enumerate(vals)))
            # caption typed under the table, Chinese then Russian (small)
            add_para(doc, [("注：价格为参考价格，不作为海关审价依据。", dict(ea=KT, size=12))],
                     WD_ALIGN_PARAGRAPH.LEFT, 0, 12, 20, before=4)
            add_para(doc, [("Примечание: цены являются справочными и не служат основанием для "
                            "таможенной оценки.", dict(ea=KT, size=11, italic=True))],
                     WD_ALIGN_PARAGRAPH.LEFT, 0, 11, 18)
            clauses.append("注：价格为参考价格，不作为海关审价依据。")
            continue
        _, zh_head, zh_rest, ru_head, ru_rest, clause, zh_head_font = item
        segs = []
        if zh_head:
            segs.append((zh_head, zh_head_font))
        segs.append((zh_rest, ZH))
        add_para(doc, segs)
        rsegs = []
        if ru_head:
            rsegs.append((ru_head, RU_B))
        rsegs.append((ru_rest, RU))
        add_para(doc, rsegs, size=14, line=24, after=4)
        if clause:
            clauses.append(zh_head + zh_rest)

    # ---- attachments list (bilingual)
    empty(doc)
    add_para(doc, [("附件：1．边民互市贸易进口商品不予免税清单", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    add_para(doc, [("　　　2．边民互市贸易申报流程示意图", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    add_para(doc, [("Приложения: 1. Перечень товаров, ввозимых в рамках приграничной торговли, "
                    "не подлежащих освобождению от пошлин\n2. Схема порядка декларирования в рамках "
                    "приграничной торговли", RU)], WD_ALIGN_PARAGRAPH.LEFT, 2, 14, 24)
    e1 = empty(doc); e2 = empty(doc)
    # ---- signature block, manual spaces
    s1 = add_para(doc, [("　　　　　　　　　　　　　　　绥芬河市人民政府", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    s2 = add_para(doc, [("Правительство города Суйфэньхэ", RU)], WD_ALIGN_PARAGRAPH.RIGHT, 0, 14, 24)
    s3 = add_para(doc, [("　　　　　　　　　　　　　　　2025年6月12日", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    for q in (e1, e2, s1, s2, s3):
        q.paragraph_format.keep_with_next = True
    add_para(doc, [("12 июня 2025 г.", RU)], WD_ALIGN_PARAGRAPH.RIGHT, 0, 14, 24)
    empty(doc)
    add_para(doc, [("（此件公开发布）", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    banji(doc, [("抄送：绥芬河海关，牡丹江市商务局。", ""),
                ("绥芬河市人民政府办公室　　　　　　　　 ", "2025年6月12日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    meta = {
        "title": title_zh,
        "doc_number": docno,
        "issuer": ["绥芬河市人民政府"],
        "date": "2025-06-12",
        "published": None,
        "level": "county",
        "region": "绥芬河市",
        "effective": "2025-07-01",
        "expires": "2027-06-30",
        "attachments": ["边民互市贸易进口商品不予免税清单", "边民互市贸易申报流程示意图"],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《绥芬河市人民政府关于加强边民互市贸易管理的通告》（绥政告〔2022〕5号）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ======================================================== document 2: Heihe (Russian first)
def add_cn_numbering(doc, n_instances):
    """Abstract numbering （一）（二）… with no tab; returns list of numIds (each restarts at 1)."""
    numbering = doc.part.numbering_part.element
    absid = 668
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), absid, KT))
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for k in range(n_instances):
        nid = 6680 + k
        num = parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, absid))
        numbering.append(num)
        ids.append(nid)
    return ids


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    # numPr goes early in pPr (after pStyle/keepNext...). Insert at position 0 is fine here.
    ppr.insert(0, numpr)


def doc_heihe():
    stem = "blind668_heihe_tongzhi"
    title_zh = "黑河市商务局　黑河市财政局关于申报2026年度中俄跨境电商发展扶持资金的通知"
    title_ru = ("Уведомление Управления коммерции города Хэйхэ и Финансового управления города "
                "Хэйхэ о подаче заявок на получение средств поддержки развития трансграничной "
                "электронной торговли между Китаем и Россией на 2026 год")
    docno = "黑市商发〔2026〕9号"

    doc = Document()
    page_setup(doc)
    num_ids = add_cn_numbering(doc, 2)

    # ---- joint red header as a layout table: two organs left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["黑河市商务局", "黑河市财政局"]):
        c = t.rows[i].cells[0]
        c.text = ""
        pp = c.paragraphs[0]
        fmt(pp, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 30, 40)
        set_font(pp.add_run(org), ea=XBS, size=30, color=RED)
        c.width = Cm(10.5)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    pp = m.paragraphs[0]
    fmt(pp, WD_ALIGN_PARAGRAPH.CENTER, 0, 30, 40)
    set_font(pp.add_run("文件"), ea=XBS, size=30, color=RED)
    m.width = Cm(4.5)
    vcenter(m)
    empty(doc)
    p = add_para(doc, [(docno, ZH)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)

    # ---- title: Russian first, then Chinese (two lines, manual line break)
    add_para(doc, [(title_ru, dict(ea=XBS, size=14, bold=True))], WD_ALIGN_PARAGRAPH.CENTER, 0, 14, 22)
    add_para(doc, [("黑河市商务局　黑河市财政局\n关于申报2026年度中俄跨境电商\n发展扶持资金的通知",
                    dict(ea=XBS, size=22))], WD_ALIGN_PARAGRAPH.CENTER, 0, 22, 34, before=6)
    empty(doc)

    # ---- 主送, Russian first
    add_para(doc, [("Управлениям коммерции уездов (городов, районов), финансовым управлениям уездов "
                    "(городов, районов), Административному комитету зоны приграничного экономического "
                    "сотрудничества Хэйхэ, Административному комитету участка Хэйхэ Китайской "
                    "(Хэйлунцзянской) пилотной зоны свободной торговли, соответствующим предприятиям:",
                    RU)], WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 14, 24)
    add_para(doc, [("各县（市、区）商务主管部门、财政局，黑河边境经济合作区管委会，中国（黑龙江）自由贸易试验区"
                    "黑河片区管委会，有关企业：", ZH)], WD_ALIGN_PARAGRAPH.JUSTIFY, 0)

    clauses = []

    def pair(ru, zh, ru_head="", zh_head="", zh_head_font=ZH_HT, num=None, clause=True,
             zh_indent=2):
        rsegs = ([(ru_head, RU_B)] if ru_head else []) + [(ru, RU)]
        add_para(doc, rsegs, size=14, line=24, before=4)
        zsegs = ([(zh_head, zh_head_font)] if zh_head else []) + [(zh, ZH)]
        zp = add_para(doc, zsegs, indent=zh_indent)
        prefix = ""
        if num is not None:
            set_num(zp, num[0])
            prefix = "（%s）" % num[1]
        if clause:
            clauses.append(prefix + zh_head + zh)

    def heading(ru, zh):
        add_para(doc, [(ru, RU_B)], WD_ALIGN_PARAGRAPH.LEFT, 2, 14, 24, before=4)
        add_para(doc, [(zh, ZH_HT)], WD_ALIGN_PARAGRAPH.LEFT, 2)

    pair("Во исполнение решений государства и провинции о содействии качественному развитию "
         "трансграничной электронной торговли, в целях поддержки расширения бизнеса предприятий "
         "города в сфере трансграничной электронной торговли с Россией, в соответствии с «Некоторыми "
         "мерами по содействию развитию трансграничной электронной торговли между Китаем и Россией в "
         "городе Хэйхэ» Управление коммерции и Финансовое управление города приняли решение "
         "организовать приём заявок на получение средств поддержки развития трансграничной "
         "электронной торговли между Китаем и Россией на 2026 год. Настоящим сообщаем следующее:",
         "为贯彻落实国家和省关于促进跨境电子商务高质量发展的部署，支持我市企业拓展对俄跨境电商业务，"
         "根据《黑河市促进中俄跨境电子商务发展若干措施》，市商务局、市财政局决定组织开展2026年度中俄跨境电商"
         "发展扶持资金申报工作。现将有关事项通知如下：")

    heading("I. Получатели поддержки", "一、支持对象")
    pair("Предприятия, зарегистрированные в административных границах города Хэйхэ, обладающие "
         "статусом самостоятельного юридического лица, фактически осуществлявшие в 2025 году "
         "трансграничную электронную торговлю с Россией и не включённые на момент подачи заявки в "
         "список субъектов с серьёзным нарушением обязательств.",
         "在黑河市行政区域内注册、具有独立法人资格、2025年度实际开展对俄跨境电商业务，且申报时未被列入"
         "严重失信主体名单的企业。")

    heading("II. Направления и размеры поддержки", "二、支持内容和标准")
    pair("Предприятиям, экспортировавшим в Россию в 2025 году товары по режимам трансграничной "
         "электронной торговли (9610, 9710, 9810) на сумму не менее 5 млн юаней, выплачивается "
         "поощрение в размере 1 % от стоимости экспорта, но не более 500 тыс. юаней на одно предприятие.",
         "对2025年度通过跨境电商（9610、9710、9810）模式申报出口至俄罗斯、货值达到500万元以上的企业，"
         "按出口额的1%给予奖励，单个企业最高不超过50万元。",
         ru_head="1) Поощрение экспорта в рамках трансграничной электронной торговли. ",
         zh_head="跨境电商出口业务奖励。", zh_head_font=ZH_KT, num=(num_ids[0], "一"), zh_indent=0)
    pair("Предприятиям, построившим или арендовавшим на территории России зарубежные склады площадью "
         "не менее 1000 кв. м и оказывающим услуги хранения и доставки для трансграничной электронной "
         "торговли, предоставляются субсидии по следующим нормативам:",
         "对在俄罗斯境内自建或者租赁海外仓、面积在1000平方米以上并为跨境电商提供仓储配送服务的企业，"
         "按照下列标准给予补助：",
         ru_head="2) Субсидии на создание и аренду зарубежных складов. ",
         zh_head="海外仓建设和租赁补助。", zh_head_font=ZH_KT, num=(num_ids[0], "二"), zh_indent=0)
    pair("а) за собственный зарубежный склад — 10 % фактических затрат на строительство, но не более "
         "1 млн юаней;",
         "1.自建海外仓的，按照实际建设投入的10%给予补助，最高不超过100万元；")
    pair("б) за арендованный зарубежный склад — 30 % годовой арендной платы, но не более 300 тыс. "
         "юаней. Арендная плата в рублях пересчитывается в юани по центральному курсу, объявленному "
         "Народным банком Китая на дату платежа;",
         "2.租赁海外仓的，按照年度租金的30%给予补助，最高不超过30万元。租金以卢布计价的，按照付款当日"
         "中国人民银行公布的汇率中间价折算为人民币；")
    pair("в) арендная плата сверх справочных ставок, указанных в таблице ниже, не включается в базу "
         "для расчёта субсидии:",
         "3.海外仓租金超过下表参考标准的部分，不纳入补助计算基数：")

    # ---- table: header cell = Chinese paragraph over Russian paragraph
    hdr = [("城市", "Город"),
           ("租金参考上限（卢布/平方米·月）", "Предельная ставка аренды (руб./кв. м в месяц)"),
           ("折合人民币（元/平方米·月）", "Эквивалент (юань/кв. м в месяц)"),
           ("备注", "Примечание")]
    rows = [
        (("莫斯科", "Москва"), "1150", "100", ("含仓储管理费", "включая плату за управление складом")),
        (("圣彼得堡", "Санкт-Петербург"), "920", "80", ("—",)),
        (("新西伯利亚", "Новосибирск"), "690", "60", ("—",)),
        (("叶卡捷琳堡", "Екатеринбург"), "690", "60", ("—",)),
        (("布拉戈维申斯克", "Благовещенск"), "460", "40",
         ("含跨境短驳费用", "включая расходы на челночную перевозку через границу")),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.4), Cm(4.6), Cm(4.2), Cm(3.6)]
    for j, (zh, ru) in enumerate(hdr):
        c = t.rows[0].cells[j]
        set_cell(c, [zh, ru], ea=HT, size=12, soft=False)
        c.width = widths[j]
        vcenter(c)
    for i, r in enumerate(rows, 1):
        vals = [list(r[0]), [r[1]], [r[2]], list(r[3])]
        for j, v in enumerate(vals):
            c = t.rows[i].cells[j]
            set_cell(c, v, ea=FS, size=12, soft=False)
            c.width = widths[j]
            vcenter(c)
        clauses.append("；".join("%s：%s" % (hdr[j][0], v[0]) for j, v in enumerate(vals)))
    empty(doc, 12, 14)

    pair("Предприятиям, перевозящим товары трансграничной электронной торговли по автомобильному мосту "
         "через реку Амур (Хэйлунцзян) Хэйхэ — Благовещенск, выплачивается субсидия в размере 2000 юаней "
         "за каждый рейс стандартного грузовика, но не более 400 тыс. юаней на одно предприятие в год.",
         "对通过黑河—布拉戈维申斯克黑龙江（阿穆尔河）公路大桥运输跨境电商货物的企业，按照每标准货车每车次"
         "2000元给予补贴，单个企业年度补贴最高不超过40万元。",
         ru_head="3) Субсидии на логистику. ", zh_head="物流通道补贴。", zh_head_font=ZH_KT,
         num=(num_ids[0], "三"), zh_indent=0)
    pair("Предприятиям, открывшим магазины на основных российских платформах электронной торговли, "
         "таких как Wildberries и Ozon, возмещается 20 % фактически уплаченных расходов на продвижение, "
         "но не более 200 тыс. юаней на одно предприятие.",
         "对在Wildberries、Ozon等俄罗斯主要电商平台开设店铺的企业，按照实际支付平台推广费用的20%给予补助，"
         "单个企业最高不超过20万元。",
         ru_head="4) Субсидии на продвижение на платформах. ", zh_head="平台推广补助。",
         zh_head_font=ZH_KT, num=(num_ids[0], "四"), zh_indent=0)
    pair("Предприятиям, направившим сотрудников на признанное Управлением коммерции города двуязычное "
         "(китайско-русское) обучение по трансграничной электронной торговле, выплачивается субсидия в "
         "размере 1500 юаней на человека, но не более 50 тыс. юаней на одно предприятие.",
         "对组织员工参加市商务局认定的中俄双语跨境电商培训的企业，按照每人1500元给予补助，单个企业最高"
         "不超过5万元。",
         ru_head="5) Субсидии на обучение персонала. ", zh_head="人才培训补助。", zh_head_font=ZH_KT,
         num=(num_ids[0], "五"), zh_indent=0)
    pair("Проекты, уже получившие поддержку за счёт других бюджетных средств городского уровня, не "
         "могут быть заявлены повторно.",
         "同一项目已获得其他市级财政资金支持的，不得重复申报。")

    heading("III. Заявочные документы", "三、申报材料")
    pair("Предприятие-заявитель представляет следующие документы (в двух экземплярах с приложением "
         "электронной версии):",
         "申报企业应当提交下列材料（一式两份，并附电子版）：")
    pair("1. Заявка на получение средств поддержки развития трансграничной электронной торговли между "
         "Китаем и Россией на 2026 год (Приложение 1);",
         "1.《2026年度中俄跨境电商发展扶持资金申报表》（附件1）；")
    pair("2. копия лицензии на предпринимательскую деятельность;", "2.营业执照复印件；")
    pair("3. экспортные таможенные декларации, реестры трансграничной электронной торговли и иные "
         "документы, подтверждающие деятельность;",
         "3.海关出口报关单、跨境电商清单等业务证明材料；")
    pair("4. договоры строительства или аренды зарубежного склада и платёжные документы (к документам "
         "на русском языке прилагается перевод на китайский язык);",
         "4.海外仓建设或者租赁合同、付款凭证（俄文材料须附中文译本）；")
    pair("5. обязательство предприятия-заявителя о добросовестности (Приложение 2).",
         "5.《申报企业信用承诺书》（附件2）。")

    heading("IV. Порядок подачи заявок", "四、申报程序")
    pair("Предприятия-заявители до 30 апреля 2026 года представляют документы в управление коммерции "
         "своего уезда (города, района); предприятия, расположенные в зоне приграничного экономического "
         "сотрудничества Хэйхэ и на участке Хэйхэ пилотной зоны свободной торговли, — в "
         "административный комитет соответствующей зоны.",
         "申报企业于2026年4月30日前将申报材料报送所在县（市、区）商务主管部门；黑河边境经济合作区、"
         "自贸试验区黑河片区内的企业报送所在园区管委会。",
         ru_head="1) Подача заявки. ", zh_head="企业申报。", zh_head_font=ZH_KT,
         num=(num_ids[1], "一"), zh_indent=0)
    pair("Управления коммерции уездов (городов, районов) и административные комитеты зон до 15 мая "
         "2026 года проводят предварительную проверку и направляют рекомендации вместе с заявочными "
         "документами в Управление коммерции города.",
         "各县（市、区）商务主管部门、各园区管委会于2026年5月15日前完成初审，并将推荐意见和申报材料"
         "报送市商务局。",
         ru_head="2) Предварительная проверка и рекомендация. ", zh_head="初审推荐。",
         zh_head_font=ZH_KT, num=(num_ids[1], "二"), zh_indent=0)
    pair("Управление коммерции города совместно с Финансовым управлением города организует "
         "экспертную оценку; результаты публикуются на официальном портале городского правительства "
         "в течение 5 рабочих дней, и при отсутствии возражений Финансовое управление города выделяет "
         "средства в установленном порядке.",
         "市商务局会同市财政局组织专家评审，评审结果在市政府门户网站公示5个工作日；公示无异议的，由市财政局"
         "按照程序拨付资金。",
         ru_head="3) Рассмотрение и выделение средств. ", zh_head="审核拨付。", zh_head_font=ZH_KT,
         num=(num_ids[1], "三"), zh_indent=0)

    heading("V. Прочие требования", "五、有关要求")
    pair("Предприятия-заявители несут ответственность за достоверность представленных документов. "
         "В случае выявления фальсификации или мошеннического получения средств поддержки выделенные "
         "средства подлежат возврату, предприятие лишается права подачи заявок на три года и "
         "сведения об этом вносятся в его кредитную историю в установленном порядке.",
         "申报企业对申报材料的真实性负责。对弄虚作假、骗取扶持资金的，一经查实，追回已拨付资金，三年内"
         "取消其申报资格，并按照有关规定纳入信用记录。")
    pair("Контактные лица: Лю Ян, отдел внешней торговли и электронной коммерции Управления коммерции "
         "города, тел.: 0456-8223517; Сунь Лина, отдел экономического строительства Финансового "
         "управления города, тел.: 0456-8221049.",
         "联系人：市商务局对外贸易和电子商务科　刘洋，电话：0456-8223517；市财政局经济建设科　孙丽娜，"
         "电话：0456-8221049。")

    # ---- attachments: Russian first, Chinese with hand-aligned second line
    empty(doc)
    add_para(doc, [("Приложения: 1. Заявка на получение средств поддержки развития трансграничной "
                    "электронной торговли между Китаем и Россией на 2026 год\n"
                    "2. Обязательство предприятия-заявителя о добросовестности", RU)],
             WD_ALIGN_PARAGRAPH.LEFT, 2, 14, 24)
    add_para(doc, [("附件：1.2026年度中俄跨境电商发展扶持资金申报表\n"
                    "　　　2.申报企业信用承诺书", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    empty(doc); empty(doc)

    # ---- signature: layout table, Russian row first then Chinese, date spans
    st = doc.add_table(rows=3, cols=2)
    no_borders(st)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [("Управление коммерции\nгорода Хэйхэ", "Финансовое управление\nгорода Хэйхэ", RU),
           ("黑河市商务局", "黑河市财政局", ZH)]
    for i, (a, b, f) in enumerate(sig):
        for j, txt in enumerate((a, b)):
            c = st.rows[i].cells[j]
            c.text = ""
            pp = c.paragraphs[0]
            fmt(pp, WD_ALIGN_PARAGRAPH.CENTER, 0, f["size"], 26)
            parts = txt.split("\n")
            for k, part in enumerate(parts):
                rr = pp.add_run(part)
                set_font(rr, **f)
                if k < len(parts) - 1:
                    rr.add_break()
            pp.paragraph_format.keep_with_next = True
        trpr = st.rows[i]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
    dc = st.rows[2].cells[0].merge(st.rows[2].cells[1])
    dc.text = ""
    pp = dc.paragraphs[0]
    fmt(pp, WD_ALIGN_PARAGRAPH.RIGHT, 0, 16, 28)
    set_font(pp.add_run("18 марта 2026 г."), **RU)
    pp.add_run().add_break()
    set_font(pp.add_run("2026年3月18日　　　"), **ZH)
    empty(doc)
    add_para(doc, [("（此件公开发布）", ZH)], WD_ALIGN_PARAGRAPH.LEFT, 2)
    banji(doc, [("抄送：黑河海关，国家税务总局黑河市税务局，市政府办公室。", ""),
                ("黑河市商务局办公室　　　　　　　　　　 ", "2026年3月18日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    meta = {
        "title": title_zh,
        "doc_number": docno,
        "issuer": ["黑河市商务局", "黑河市财政局"],
        "date": "2026-03-18",
        "published": None,
        "level": "municipal",
        "region": "黑河市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度中俄跨境电商发展扶持资金申报表", "申报企业信用承诺书"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）商务主管部门", "各县（市、区）财政局", "黑河边境经济合作区管委会",
                       "中国（黑龙江）自由贸易试验区黑河片区管委会", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_suifenhe, doc_heihe):
        stem, path, objs = fn()
        to_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
