# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1096: bilingual two-column documents (中俄 / 中英对照) -- Word + PDF + expected.json.

blind1096_heihe_xieyi   : 合作协议 (黑河片区 x 别洛戈尔斯克工业园区), 中俄对照 table, signatures side by side,
                          附件 project list on its own page.
blind1096_qinzhou_gongbao: 联合新闻公报 (钦州港片区 x 关丹综合物流枢纽管理局), 中英对照 table,
                          signatures side by side with tabs, date in Chinese numerals.
blind1096_horgos_baogao : red-headed 上行文 报告 (霍尔果斯片区管委会), 特急, 签发人, with 附件 = 中俄对照 备忘录
                          (signatures side by side), 版记 after the attachment.
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
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, latin=None):
    run.font.name = latin or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), latin or name)
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color[, latin]]). '\n' in text = manual line break."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        latin = r[5] if len(r) > 5 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color, latin)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
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


def empty(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, left_dash="— ", right_dash=" —", num_font=SONG, tb=(3.7, 3.3)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(tb[0]), Cm(tb[1])
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left_dash), num_font, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = font(fp.add_run(), num_font, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), num_font, 14)
    r = font(fp.add_run(), num_font, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right_dash), num_font, 14)


def fixed_layout(t, widths_cm):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def no_borders(t):
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_paras(cell, paras, name=FS, size=12, bold=False, latin=None, align=J, line=20, first=None):
    """Write a list of paragraphs into a cell."""
    cell.text = ""
    for i, txt in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(txt), name, size, bold, None, latin)
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(1 if i == 0 else 0)
        pf.space_after = Pt(1)
        pf.first_line_indent = first if first is not None else Pt(0)


def bilingual_table(doc, headers, rows, clauses, ru_or_en_font=TNR, widths=(7.6, 8.0), zh_size=12,
                    fo_size=11.5, line=20):
    """rows: list of (zh_paragraphs, foreign_paragraphs); each may be str or list of str."""
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    cell_paras(hdr.cells[0], [headers[0]], HT, 12, False, None, C)
    cell_paras(hdr.cells[1], [headers[1]], HT, 12, True, ru_or_en_font, C)
    for i, (zh, fo) in enumerate(rows, 1):
        zh = [zh] if isinstance(zh, str) else zh
        fo = [fo] if isinstance(fo, str) else fo
        cell_paras(t.rows[i].cells[0], zh, FS, zh_size, False, TNR, J, line)
        cell_paras(t.rows[i].cells[1], fo, TNR, fo_size, False, ru_or_en_font, J, line)
        clauses.append("%s：%s；%s：%s" % (headers[0], "".join(zh), headers[1], "".join(fo)))
    return t


def data_table(doc, header, rows, clauses, widths, size=11, merge_col0=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, widths)
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        cell_paras(t.rows[0].cells[i], [h], HT, size, False, None, C, 18)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if merge_col0 and ci == 0:
                continue
            al = L if len(v) > 8 else C
            cell_paras(t.rows[ri].cells[ci], [v], FS, size, False, TNR, al, 18)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if merge_col0:
        # merge_col0: list of (first_row, last_row, text) -- 1-based data rows
        for a, b, txt in merge_col0:
            m = t.cell(a, 0).merge(t.cell(b, 0))
            cell_paras(m, [txt], FS, size, False, None, C, 18)
            m.vertical_alignment = 1
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1096", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC 1
def doc_heihe():
    stem = "blind1096_heihe_xieyi"
    doc = Document()
    setup(doc, tb=(2.6, 2.6))
    clauses = []

    # Chinese-only title, wrapped by hand at odd places (manual line breaks)
    add_par(doc, [("中国（黑龙江）自由贸易试验区黑河片区\n"
                   "管理委员会与俄罗斯联邦阿穆尔州别洛戈尔斯克\n工业园区管理公司跨境产业合作协议", XBS, 20, False)],
            align=C, indent=False, line=32, after=12)

    H = ("中文文本", "Текст на русском языке")
    rows = [
        ("甲方：中国（黑龙江）自由贸易试验区黑河片区管理委员会",
         "Сторона А: Администрация участка Хэйхэ Китайской (Хэйлунцзянской) пилотной зоны "
         "свободной торговли"),
        ("乙方：俄罗斯联邦阿穆尔州别洛戈尔斯克工业园区管理公司",
         "Сторона Б: ООО «Управляющая компания индустриального парка «Белогорск», "
         "Амурская область, Российская Федерация"),
        ("为深化中俄地方经贸合作，推动黑河市与阿穆尔州跨境产业链、供应链协同发展，甲乙双方（以下合称“双方”）"
         "本着平等互利、优势互补、合作共赢的原则，经友好协商，达成协议如下：",
         "В целях углубления межрегионального торгово-экономического сотрудничества между Китаем и "
         "Россией и содействия скоординированному развитию трансграничных производственных цепочек и "
         "цепочек поставок между городом Хэйхэ и Амурской областью Сторона А и Сторона Б (далее "
         "совместно именуемые «Стороны»), руководствуясь принципами равенства и взаимной выгоды, "
         "взаимодополняемости и взаимовыгодного сотрудничества, по результатам дружественных "
         "консультаций договорились о нижеследующем:"),
        ("第一条\u3000双方以跨境产业协同为重点，共同推动农产品精深加工、木材加工、新能源装备制造和跨境物流等领域合作，"
         "力争到2027年底双方园区间年贸易额达到15亿元人民币。",
         "Статья 1. Стороны, уделяя приоритетное внимание трансграничной производственной кооперации, "
         "совместно содействуют сотрудничеству в области глубокой переработки сельскохозяйственной "
         "продукции, деревообработки, производства оборудования для новой энергетики и трансграничной "
         "логистики и стремятся к концу 2027 года довести годовой объем торговли между парками Сторон "
         "до 1,5 млрд юаней."),
        (["第二条\u3000双方重点在以下领域开展合作：",
          "（一）大豆、油菜籽等非转基因农产品进口及精深加工；",
          "（二）木材及木制品加工，共建跨境木材供应链；",
          "（三）跨境电子商务边境仓、海外仓建设和运营。"],
         ["Статья 2. Стороны осуществляют сотрудничество преимущественно в следующих областях:",
          "1) импорт и глубокая переработка сои, рапса и другой сельскохозяйственной продукции, "
          "не содержащей ГМО;",
          "2) переработка древесины и производство изделий из древесины, совместное формирование "
          "трансграничной цепочки поставок лесоматериалов;",
          "3) строительство и эксплуатация приграничных и зарубежных складов трансграничной "
          "электронной торговли."]),
        ("第三条\u3000甲方负责为乙方推荐的入区企业提供项目落地、通关便利、用地保障等服务，协调黑河海关、"
         "黑河边境检查站等口岸单位优化中俄跨境货物通关流程。",
         "Статья 3. Сторона А обеспечивает предприятиям, рекомендованным Стороной Б для размещения на "
         "участке Хэйхэ, услуги по реализации проектов, упрощению таможенного оформления и "
         "предоставлению земельных участков, а также координирует работу таможни Хэйхэ, пограничного "
         "контрольно-пропускного пункта Хэйхэ и других служб пункта пропуска по оптимизации порядка "
         "таможенного оформления трансграничных грузов между Китаем и Россией."),
        ("第四条\u3000乙方负责向甲方推介阿穆尔州优势产业项目和投资信息，为甲方推荐的中国企业入驻别洛戈尔斯克"
         "工业园区提供用地、基础设施接入和行政审批咨询等协助。",
         "Статья 4. Сторона Б представляет Стороне А информацию о проектах приоритетных отраслей и "
         "инвестиционных возможностях Амурской области, а также оказывает китайским предприятиям, "
         "рекомендованным Стороной А для размещения в индустриальном парке «Белогорск», содействие в "
         "предоставлении земельных участков, подключении к инфраструктуре и консультировании по "
         "административным процедурам."),
        ("第五条\u3000双方成立联合工作组，由双方各指定一名负责人担任联络人。联合工作组每年至少召开两次会议，"
         "轮流在黑河市和别洛戈尔斯克市举行，研究解决合作中的重大问题。",
         "Статья 5. Стороны создают совместную рабочую группу, каждая из Сторон назначает ответственное "
         "лицо в качестве контактного. Совместная рабочая группа проводит заседания не реже двух раз в "
         "год поочередно в городе Хэйхэ и городе Белогорске для рассмотрения и решения важных вопросов "
         "сотрудничества."),
        ("第六条\u3000双方对在合作中获得的对方商业秘密和未公开信息负有保密义务，未经对方书面同意，不得向第三方披露。",
         "Статья 6. Стороны обязуются сохранять конфиденциальность коммерческой тайны и непубличной "
         "информации другой Стороны, полученных в ходе сотрудничества, и не раскрывать их третьим лицам "
         "без письменного согласия другой Стороны."),
        ("第七条\u3000双方在执行本协议过程中发生的费用，除另有约定外，由各方自行承担。",
         "Статья 7. Расходы, понесенные Сторонами в ходе выполнения настоящего Соглашения, если не "
         "предусмотрено иное, каждая из Сторон несет самостоятельно."),
        ("第八条\u3000因本协议的解释或执行产生的任何争议，双方应通过友好协商解决。",
         "Статья 8. Любые споры, возникающие в связи с толкованием или исполнением настоящего "
         "Соглашения, разрешаются Сторонами путем дружественных консультаций."),
        ("第九条\u3000本协议附件《首批重点合作项目清单》是本协议不可分割的组成部分。经双方书面同意，"
         "可对本协议及其附件进行修改和补充。",
         "Статья 9. Приложение к настоящему Соглашению «Перечень приоритетных проектов сотрудничества "
         "первой очереди» является его неотъемлемой частью. По письменному согласию Сторон в настоящее "
         "Соглашение и приложение к нему могут вноситься изменения и дополнения."),
        ("第十条\u3000本协议自双方签字之日起生效，有效期至2030年9月17日。期满前三个月内任何一方未书面提出终止的，"
         "本协议自动延长五年。",
         "Статья 10. Настоящее Соглашение вступает в силу с даты его подписания Сторонами и действует "
         "до 17 сентября 2030 года. Если ни одна из Сторон не позднее чем за три месяца до истечения "
         "срока его действия письменно не уведомит о его прекращении, действие настоящего Соглашения "
         "автоматически продлевается на пять лет."),
        ("第十一条\u3000本协议于2025年9月18日在黑河市签署，一式四份，每份均以中文和俄文写成，双方各执两份，"
         "两种文本同等作准。",
         "Статья 11. Настоящее Соглашение подписано в городе Хэйхэ 18 сентября 2025 года в четырех "
         "экземплярах, каждый на китайском и русском языках, по два экземпляра для каждой из Сторон, "
         "причем оба текста имеют одинаковую силу."),
    ]
    bilingual_table(doc, H, rows, clauses, TNR, (6.0, 9.6), 10.5, 10, 15.5)

    # 附件 line under the table (both languages), typed with spaces
    add_par(doc, [("附件：首批重点合作项目清单", FS, 14, False)], indent=False, line=24, before=8)
    add_par(doc, [("Приложение: Перечень приоритетных проектов сотрудничества первой очереди",
                   TNR, 12, False, None, TNR)], indent=False, line=22)
    empty(doc, 1)

    # signatures side by side, borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fixed_layout(t, (7.8, 7.8))
    cell_paras(t.rows[0].cells[0],
               ["甲方（盖章）：", "中国（黑龙江）自由贸易试验区", "黑河片区管理委员会", "За Сторону А",
                "代表（签字）：", "2025年9月18日"], FS, 14, False, TNR, L, 24)
    cell_paras(t.rows[0].cells[1],
               ["乙方（盖章）：", "俄罗斯联邦阿穆尔州别洛戈尔斯克", "工业园区管理公司", "За Сторону Б",
                "Представитель (подпись):", "18 сентября 2025 г."], FS, 14, False, TNR, L, 24)

    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("首批重点合作项目清单", XBS, 22, False)], align=C, indent=False, line=34, after=6)
    add_par(doc, [("单位：万元人民币", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "项目名称", "实施地点", "合作内容", "计划投资", "完成时间"]
    data = [
        ["1", "中俄大豆精深加工项目", "黑河片区", "进口俄罗斯非转基因大豆，年加工能力20万吨", "36000", "2027年6月"],
        ["2", "跨境木材加工及集散中心", "别洛戈尔斯克工业园区", "建设原木初加工和板材生产线", "18500", "2027年12月"],
        ["3", "黑河—别洛戈尔斯克冷链物流通道", "黑河片区、别洛戈尔斯克工业园区",
         "建设冷链仓储2万平方米，开通定期冷链班车", "9200", "2026年10月"],
        ["4", "跨境电商边境仓", "黑河片区", "建设边境仓1.5万平方米，服务对俄跨境电商出口", "6800", "2026年8月"],
        ["合计", "—", "—", "—", "70500", "—"],
    ]
    data_table(doc, header, data, clauses, (1.2, 3.0, 2.6, 4.0, 1.9, 2.6), 10.5)
    note = "注：计划投资为估算数，最终以项目备案（核准）文件为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（黑龙江）自由贸易试验区黑河片区管理委员会与俄罗斯联邦阿穆尔州别洛戈尔斯克工业园区管理公司跨境产业合作协议",
            issuer=["中国（黑龙江）自由贸易试验区黑河片区管理委员会", "俄罗斯联邦阿穆尔州别洛戈尔斯克工业园区管理公司"],
            date="2025-09-18", level="municipal", region="黑河市",
            effective="2025-09-18", expires="2030-09-17",
            attachments=["首批重点合作项目清单"], doc_type="协议"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 2
def doc_qinzhou():
    stem = "blind1096_qinzhou_gongbao"
    doc = Document()
    setup(doc, "- ", " -", TNR)
    clauses = []

    # title: two separate paragraphs, broken at an odd place
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("委员会与马来西亚关丹综合物流枢纽管理局", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("联合新闻公报", XBS, 20, False)],
            align=C, indent=False, line=32, after=12)

    H = ("中文", "English")
    rows = [
        ("2026年3月25日至26日，中国（广西）自由贸易试验区钦州港片区管理委员会（以下简称“钦州港片区”）与马来西亚"
         "关丹综合物流枢纽管理局（以下简称“关丹枢纽管理局”）在广西钦州举行第三次“两港双园”合作联席会议。"
         "双方回顾了2025年合作进展，就深化港口、产业和通关合作深入交换意见，达成广泛共识。",
         "From 25 to 26 March 2026, the Administrative Committee of Qinzhou Port Area of China (Guangxi) "
         "Pilot Free Trade Zone (hereinafter \"Qinzhou Port Area\") and the Kuantan Integrated Logistics "
         "Hub Authority of Malaysia (hereinafter \"KILHA\") held the Third Joint Meeting on \"Two Ports, "
         "Twin Parks\" Cooperation in Qinzhou, Guangxi. The two sides reviewed the progress of cooperation "
         "in 2025, exchanged in-depth views on deepening cooperation in ports, industries and customs "
         "clearance, and reached broad consensus."),
        ("双方积极评价“两港双园”合作取得的成果。2025年，钦州港与关丹港间集装箱运量达到18.6万标箱，同比增长21.3%；"
         "双方园区新增合作项目14个，协议投资额合计86亿元人民币。",
         "The two sides spoke highly of the achievements of the \"Two Ports, Twin Parks\" cooperation. "
         "In 2025, container volume between Qinzhou Port and Kuantan Port reached 186,000 TEUs, up 21.3% "
         "year on year; 14 new cooperation projects were added in the parks of the two sides, with total "
         "agreed investment of RMB 8.6 billion."),
        ("一、双方同意加密钦州港—关丹港集装箱班轮航线，2026年内将每周航班由3班增至5班，并共同研究开通冷链快线。",
         "1. The two sides agreed to increase the frequency of the Qinzhou–Kuantan container liner "
         "service from 3 to 5 sailings per week within 2026, and to jointly study the launch of an "
         "express cold-chain service."),
        ("二、双方同意推进通关便利化合作，支持两地海关开展“经认证的经营者”(AEO)互认和检验检疫结果互认试点，"
         "推动国际贸易“单一窗口”数据互联互通。",
         "2. The two sides agreed to advance cooperation on customs facilitation, support the customs "
         "authorities of both places in piloting the mutual recognition of Authorized Economic Operators "
         "(AEO) and of inspection and quarantine results, and promote data connectivity between their "
         "International Trade \"Single Window\" systems."),
        ("三、双方同意围绕燕窝、榴莲等特色农产品加工以及钢铁、新材料、电子信息等产业，共同开展招商推介，"
         "打造跨境产业链。",
         "3. The two sides agreed to jointly conduct investment promotion focusing on the processing of "
         "specialty agricultural products such as edible bird's nest and durian, as well as the iron and "
         "steel, new materials and electronic information industries, so as to build cross-border "
         "industrial chains."),
        ("四、双方同意建立人员交流培训机制，2026年至2027年共同培训港口运营、海关事务和园区管理人员200人次。",
         "4. The two sides agreed to establish a mechanism for personnel exchange and training, and to "
         "jointly provide training for 200 participants in port operation, customs affairs and park "
         "management in 2026-2027."),
        ("五、双方商定，第四次“两港双园”合作联席会议于2027年在马来西亚关丹举行。",
         "5. The two sides agreed that the Fourth Joint Meeting on \"Two Ports, Twin Parks\" Cooperation "
         "will be held in Kuantan, Malaysia in 2027."),
        ("双方对会议取得的成果表示满意。关丹枢纽管理局代表团对钦州港片区的热情接待表示衷心感谢。",
         "Both sides expressed satisfaction with the outcomes of the meeting. The KILHA delegation "
         "expressed its sincere appreciation to Qinzhou Port Area for the warm hospitality."),
    ]
    bilingual_table(doc, H, rows, clauses, TNR, (7.8, 7.8))

    empty(doc, 2)
    # signatures side by side using a tab stop + typed spaces
    sig_lines = [
        ("中国（广西）自由贸易试验区", "马来西亚"),
        ("钦州港片区管理委员会", "关丹综合物流枢纽管理局"),
        ("Administrative Committee of", "Kuantan Integrated Logistics"),
        ("Qinzhou Port Area, China (Guangxi) PFTZ", "Hub Authority, Malaysia"),
    ]
    for a, b in sig_lines:
        p = doc.add_paragraph()
        fmt(p, indent=False, line=24)
        p.paragraph_format.left_indent = Cm(0.4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
        sz = 14 if a[0] > "~" else 12
        font(p.add_run(a), FS, sz, False, None, TNR)
        font(p.add_run("\t"), FS, sz)
        font(p.add_run(b), FS, sz, False, None, TNR)
    empty(doc, 1)
    add_par(doc, [("    （盖章）                              （Seal）", FS, 14, False, None, TNR)],
            indent=False, line=24)
    empty(doc, 1)
    add_par(doc, [("二〇二六年三月二十六日于中国广西钦州", FS, 16, False)], align=C, indent=False)
    add_par(doc, [("Done at Qinzhou, Guangxi, China, on 26 March 2026", TNR, 12, False, None, TNR)],
            align=C, indent=False, line=22)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区钦州港片区管理委员会与马来西亚关丹综合物流枢纽管理局联合新闻公报",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会", "马来西亚关丹综合物流枢纽管理局"],
            date="2026-03-26", level="municipal", region="钦州市", doc_type="公报"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 3
def doc_horgos():
    stem = "blind1096_horgos_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("中国（新疆）自由贸易试验区\n霍尔果斯片区管理委员会", XBS, 28, False, RED)],
            align=C, indent=False, line=40, before=6)
    empty(doc, 1)
    p = add_par(doc, [("霍自贸片报〔2026〕7号", FS, 16, False, None, TNR), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)

    add_par(doc, [("关于与哈萨克斯坦“霍尔果斯—东大门”\n经济特区管理公司签署跨境合作备忘录\n情况的报告",
                   XBS, 22, False)], align=C, indent=False, line=32, after=14)
    add_par(doc, "自治区商务厅（自治区自贸试验区工作办公室）：", indent=False)

    def body(text, heading=None, hfont=KT):
        runs = []
        if heading:
            runs.append((IND + heading, hfont, 16, False))
            runs.append((text, FS, 16, False, None, TNR))
        else:
            runs.append((IND + text, FS, 16, False, None, TNR))
        add_par(doc, runs, indent=False, align=J, line=27)  # indentation typed with full-width spaces
        clauses.append((heading or "") + text)

    def head(text):
        add_par(doc, [(IND + text, HT, 16, False)], indent=False, line=27)

    body("根据《中国（新疆）自由贸易试验区总体方案》关于“深化与中亚国家经贸合作”的部署，2026年4月3日，"
         "我委与哈萨克斯坦共和国“霍尔果斯—东大门”经济特区管理公司在中哈霍尔果斯国际边境合作中心签署"
         "《跨境合作备忘录》。现将有关情况报告如下：")
    head("一、签署背景")
    body("2025年，霍尔果斯口岸进出口货运量达到4260万吨，同比增长9.8%。"
         "哈方“霍尔果斯—东大门”经济特区与我片区仅一河之隔，双方在物流、加工贸易和跨境电商领域互补性强，"
         "建立常态化合作机制的条件已经成熟。")
    head("二、备忘录主要内容")
    body("备忘录共八条，以中文和俄文两种文字写成，主要包括以下内容：")
    body("双方重点在跨境物流、农副产品加工、跨境电子商务和新能源装备等领域开展合作。", "（一）合作领域。")
    body("双方建立联合协调小组，每半年召开一次工作会议，轮流在霍尔果斯市和哈方经济特区举行。", "（二）工作机制。")
    body("双方商定首批推进中哈霍尔果斯农产品跨境加工园、“东大门”陆港集装箱中心站扩能等6个合作项目，"
         "总投资约32亿元人民币。", "（三）项目推进。")
    body("备忘录自双方签署之日起生效，有效期三年，期满后经双方书面同意可以延续。", "（四）有效期限。")
    head("三、下一步工作")
    body("1．抓紧组建联合协调小组，明确我委牵头部门和联络人，力争5月底前召开第一次工作会议。")
    body("2．会同霍尔果斯海关、边境检查站研究提出中哈货物“一次申报、一次查验”试点方案，报自治区商务厅审定。")
    add_par(doc, IND + "特此报告。", indent=False, line=27)
    att1 = "霍尔果斯片区与“霍尔果斯—东大门”经济特区跨境合作备忘录（中俄文对照）"
    # attachment title too long for one line: clerk breaks it by hand and pads with spaces
    add_par(doc, IND + "附件：霍尔果斯片区与“霍尔果斯—东大门”经济特区\n"
            + "\u3000" * 5 + "跨境合作备忘录（中俄文对照）", indent=False, line=27)
    add_par(doc, "中国（新疆）自由贸易试验区霍尔果斯片区管理委员会", indent=False, align=R, before=20)
    add_par(doc, "2026年4月10日" + "\u3000" * 4, indent=False, align=R)

    # ---- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("霍尔果斯片区与“霍尔果斯—东大门”经济特区\n跨境合作备忘录", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("（中俄文对照）", KT, 16, False)], align=C, indent=False, after=8)
    H = ("中文", "Русский язык")
    rows = [
        ("中国（新疆）自由贸易试验区霍尔果斯片区管理委员会与哈萨克斯坦共和国“霍尔果斯—东大门”经济特区管理公司"
         "（以下简称“双方”），为加强中哈霍尔果斯跨境区域经贸合作，经友好协商，达成如下谅解：",
         "Администрация участка Хоргос Китайской (Синьцзянской) пилотной зоны свободной торговли и "
         "Управляющая компания специальной экономической зоны «Хоргос – Восточные ворота» Республики "
         "Казахстан (далее – «Стороны»), в целях укрепления торгово-экономического сотрудничества в "
         "трансграничном районе Хоргос между Китаем и Казахстаном, по результатам дружественных "
         "консультаций пришли к следующему взаимопониманию:"),
        ("第一条\u3000双方重点在跨境物流、农副产品加工、跨境电子商务和新能源装备等领域开展合作。",
         "Статья 1. Стороны осуществляют сотрудничество преимущественно в сферах трансграничной "
         "логистики, переработки сельскохозяйственной продукции, трансграничной электронной торговли и "
         "оборудования для новой энергетики."),
        ("第二条\u3000双方支持对方企业到本方园区投资兴业，并在项目选址、政策咨询、人员往来等方面提供便利。",
         "Статья 2. Стороны поддерживают инвестиционную и предпринимательскую деятельность предприятий "
         "другой Стороны на своих территориях и оказывают содействие в выборе площадок для проектов, "
         "консультировании по вопросам политики и передвижении персонала."),
        ("第三条\u3000双方共同推动中哈货物“一次申报、一次查验”通关模式试点，提升霍尔果斯口岸通关效率。",
         "Статья 3. Стороны совместно содействуют пилотному внедрению порядка таможенного оформления "
         "товаров между Китаем и Казахстаном по принципу «одна декларация – один досмотр» в целях "
         "повышения эффективности пропуска через пункт пропуска Хоргос."),
        ("第四条\u3000双方建立联合协调小组，每半年召开一次工作会议，轮流在霍尔果斯市和“霍尔果斯—东大门”经济特区举行。",
         "Статья 4. Стороны создают совместную координационную группу, рабочие совещания которой "
         "проводятся один раз в полгода поочередно в городе Хоргос и в специальной экономической зоне "
         "«Хоргос – Восточные ворота»."),
        ("第五条\u3000双方商定首批推进6个合作项目，总投资约32亿元人民币，具体项目由联合协调小组另行确定。",
         "Статья 5. Стороны договорились реализовать в первую очередь 6 проектов сотрудничества с общим "
         "объемом инвестиций около 3,2 млрд юаней; конкретный перечень проектов определяется совместной "
         "координационной группой отдельно."),
        ("第六条\u3000本备忘录不构成双方在国际法下的权利和义务，执行中的具体事项由双方另行商定。",
         "Статья 6. Настоящий Меморандум не создает прав и обязательств Сторон по международному праву; "
         "конкретные вопросы его реализации согласовываются Сторонами дополнительно."),
        ("第七条\u3000本备忘录自双方签署之日起生效，有效期三年。期满后经双方书面同意，可以延续。",
         "Статья 7. Настоящий Меморандум вступает в силу с даты его подписания Сторонами и действует в "
         "течение трех лет. По истечении этого срока его действие может быть продлено по письменному "
         "согласию Сторон."),
        ("第八条\u3000本备忘录于2026年4月3日在中哈霍尔果斯国际边境合作中心签署，一式两份，每份均以中文和俄文写成，"
         "两种文本同等作准。",
         "Статья 8. Настоящий Меморандум подписан 3 апреля 2026 года в Международном центре "
         "приграничного сотрудничества «Хоргос» в двух экземплярах, каждый на китайском и русском "
         "языках, причем оба текста имеют одинаковую силу."),
    ]
    bilingual_table(doc, H, rows, clauses, TNR, (6.0, 9.6), 10.5, 10, 15.5)
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fixed_layout(t, (7.8, 7.8))
    cell_paras(t.rows[0].cells[0],
               ["中国（新疆）自由贸易试验区", "霍尔果斯片区管理委员会", "代表：", "", "（签字）"],
               FS, 14, False, TNR, L, 24)
    cell_paras(t.rows[0].cells[1],
               ["Управляющая компания СЭЗ", "«Хоргос – Восточные ворота»", "Представитель:", "",
                "(подпись)"], TNR, 13, False, TNR, L, 24)

    banji(doc, "抄送：自治区发展改革委，伊犁哈萨克自治州人民政府，霍尔果斯市人民政府。",
          "霍尔果斯片区管委会办公室", "2026年4月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于与哈萨克斯坦“霍尔果斯—东大门”经济特区管理公司签署跨境合作备忘录情况的报告",
            doc_number="霍自贸片报〔2026〕7号",
            issuer=["中国（新疆）自由贸易试验区霍尔果斯片区管理委员会"],
            date="2026-04-10", level="county", region="霍尔果斯市",
            attachments=[att1], doc_type="报告",
            recipients=["自治区商务厅（自治区自贸试验区工作办公室）"]),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_heihe(), doc_qinzhou(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
