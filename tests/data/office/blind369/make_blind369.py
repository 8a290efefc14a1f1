# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 369: 自贸试验区外商投资准入负面清单 (湖北).

Writes next to itself:
  blind369_hubei_tongzhi.docx/.pdf  省商务厅、省发改委印发清单的通知
  blind369_hubei_qingdan.docx/.pdf  清单本身（说明 + 特别管理措施表）
  blind369_hubei_jiedu.docx/.pdf    政策解读
  expected.json
"""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

SIZE_2 = Pt(22)   # 二号
SIZE_3 = Pt(16)   # 三号
SIZE_4 = Pt(14)   # 四号
SIZE_X4 = Pt(12)  # 小四


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SIZE_3, bold=None, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), name)
    rFonts.set(qn("w:ascii"), ascii_name or name)
    rFonts.set(qn("w:hAnsi"), ascii_name or name)
    if size is not None:
        run.font.size = size
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = SIZE_3
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, first=None, exact=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    return p


def add_par(doc_or_cell, runs, align=None, first=Pt(32), exact=28, before=0,
            after=0, left=None):
    """runs: list of (text, font, bold) or a str (仿宋). Returns text."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align, first, exact, before, after, left)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    text = ""
    for item in runs:
        if item == "BR":
            p.add_run().add_break()
            continue
        t, font, bold = item[:3]
        size = item[3] if len(item) > 3 else SIZE_3
        color = item[4] if len(item) > 4 else None
        r = p.add_run(t)
        set_font(r, font, size, bold, color,
                 ascii_name="Times New Roman" if font == FS else None)
        text += t
    return p, text


def empty(doc, n=1, exact=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=None, exact=exact)


def bottom_border(p, color="FF0000", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pBdr.append(b)
    pPr.append(pBdr)


def page_number_footer(section, style="dash"):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre = "— " if style == "dash" else "第 "
    post = " —" if style == "dash" else " 页"
    set_font(p.add_run(pre), "宋体", SIZE_4, ascii_name="宋体")
    r = p.add_run()
    set_font(r, "宋体", SIZE_4, ascii_name="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    set_font(p.add_run(post), "宋体", SIZE_4, ascii_name="宋体")


def table_borders(tbl, top=True, bottom=True, inside_h=False, others=False,
                  sz=8):
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge, on in (("top", top), ("left", others), ("bottom", bottom),
                     ("right", others), ("insideH", inside_h),
                     ("insideV", others)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def no_borders(tbl):
    table_borders(tbl, False, False, False, False)


def cell_text(cell, runs, align=WD_ALIGN_PARAGRAPH.LEFT, exact=28,
              first=None):
    p = cell.paragraphs[0]
    fmt(p, align, first, exact)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    txt = ""
    for item in runs:
        if item == "BR":
            p.add_run().add_break()
            continue
        t, font, bold = item[:3]
        size = item[3] if len(item) > 3 else SIZE_3
        color = item[4] if len(item) > 4 else None
        r = p.add_run(t)
        set_font(r, font, size, bold, color,
                 ascii_name="Times New Roman" if font == FS else None)
        txt += t
    return txt


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def set_col_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in tbl.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, first=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_369", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


QD_TITLE = ("中国（湖北）自由贸易试验区外商投资准入特别管理措施"
            "（负面清单）（2026年版）")
OLD_TITLE = ("中国（湖北）自由贸易试验区外商投资准入特别管理措施"
             "（负面清单）（2024年版）")
ORG1 = "湖北省商务厅"
ORG2 = "湖北省发展和改革委员会"
REGION = "中国（湖北）自由贸易试验区"


# ============================================================ 1. 通知
def make_tongzhi():
    doc = new_doc()
    clauses = []

    # ---- 红头：联合发文，左侧两机关上下排列，右侧“文件”跨两行（版式表格）
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(12.0), Cm(3.4)])
    cell_text(t.cell(0, 0), [(ORG1, XBS, False, Pt(26), RED)],
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=40)
    cell_text(t.cell(1, 0), [(ORG2, XBS, False, Pt(26), RED)],
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, [("文件", XBS, False, Pt(42), RED)],
              WD_ALIGN_PARAGRAPH.CENTER, exact=80)
    m.vertical_alignment = 1
    empty(doc, 1)
    p, _ = add_par(doc, [("鄂商务发〔2026〕8号", FS, False)],
                   align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    bottom_border(p, "FF0000", 18, 6)
    empty(doc, 1)

    # ---- 标题：拆成两个段落
    for line in ("关于印发《中国（湖北）自由贸易试验区",
                 "外商投资准入特别管理措施（负面清单）",
                 "（2026年版）》的通知"):
        add_par(doc, [(line, XBS, False, SIZE_2)],
                align=WD_ALIGN_PARAGRAPH.CENTER, first=None, exact=36)
    empty(doc, 1)

    # ---- 主送
    add_par(doc, "各市、州、直管市、神农架林区商务主管部门、发展改革委，"
                 "中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区"
                 "管委会，省直有关单位：", first=None)

    # ---- 导语：中间夹一个软回车
    a = ("为深入贯彻落实党中央、国务院关于稳步扩大制度型开放、实施自由贸易"
         "试验区提升战略的决策部署，进一步扩大中国（湖北）自由贸易试验区"
         "（以下简称湖北自贸试验区）外资准入开放，")
    b = ("经省人民政府同意，现将《" + QD_TITLE + "》（以下简称《负面清单"
         "（2026年版）》）印发给你们，并就有关事项通知如下，请认真贯彻执行。")
    p, txt = add_par(doc, [(a, FS, False), "BR", (b, FS, False)])
    clauses.append(txt)

    def h1(text):
        add_par(doc, [(text, HT, False)])

    def body(text):
        _, tx = add_par(doc, text)
        clauses.append(tx)

    def runin(head, rest, font=KT, bold=True):
        _, tx = add_par(doc, [(head, font, bold), (rest, FS, False)])
        clauses.append(tx)

    def manual(text):
        # 用全角空格手工缩进，而非首行缩进
        p = doc.add_paragraph()
        fmt(p, first=None)
        r = p.add_run("\u3000\u3000" + text)
        set_font(r, FS, SIZE_3, ascii_name="Times New Roman")
        clauses.append(text)

    h1("一、充分认识修订清单的重要意义")
    body("《负面清单（2026年版）》共列出12个门类30条特别管理措施，较2024年版"
         "减少4条，进一步放宽了制造业、交通运输、租赁和商务服务业、科学研究和"
         "技术服务业等领域外资准入限制。各地各部门要充分认识缩减外资准入负面"
         "清单是推进高水平对外开放、打造内陆开放新高地的重要举措，把思想和行动"
         "统一到省委、省政府决策部署上来，切实增强做好外资工作的责任感和紧迫感。")

    h1("二、认真抓好清单贯彻落实")
    runin("（一）严格执行清单管理。",
          "《负面清单（2026年版）》之外的领域，按照内外资一致原则实施管理。"
          "有关主管部门在依法履行职责过程中，不得对清单之外领域的外商投资"
          "设置单独的准入限制，不得以备案、登记、年检、认定、认证、指定、"
          "要求设立分公司等形式设定或者变相设定准入障碍。")
    runin("（二）做好政策宣传解读。",
          "各市州商务主管部门、各片区管委会要利用投资促进活动、政企沟通圆桌会、"
          "“鄂企通”平台等渠道，面向外资企业、境外商协会开展清单专题解读，"
          "重点宣介新放开领域的准入条件和办理流程，做到应知尽知。")
    runin("（三）强化部门协同配合。", "各地各部门要建立健全以下工作机制：")
    manual("1.清单落实会商机制。省商务厅、省发展改革委会同省市场监管局等部门，"
           "每半年对清单执行情况开展一次会商，协调解决跨部门问题。")
    manual("2.重点项目跟踪服务机制。对新放开领域的外资项目实行“一项目一专班”，"
           "由所在片区管委会明确责任人，全程跟踪办理进度。")
    manual("3.问题线索反馈机制。各地在执行中发现的违反清单规定设置准入障碍的"
           "情形，应于每季度结束后10个工作日内报送省商务厅。")

    h1("三、加强事中事后监管")
    runin("（一）落实外商投资信息报告制度。",
          "外国投资者或者外商投资企业应当通过企业登记系统以及国家企业信用信息"
          "公示系统向商务主管部门报送投资信息。各地商务主管部门要加强对报告"
          "信息的核查，重点核查以下内容：")
    body("（1）投资领域是否属于《负面清单（2026年版）》禁止投资领域；")
    body("（2）限制投资领域的股权比例、高管国籍等是否符合清单要求；")
    body("（3）企业实际控制人及其变更情况是否如实报告。")
    runin("（二）依法开展外商投资安全审查。",
          "对影响或者可能影响国家安全的外商投资，按照《外商投资安全审查办法》"
          "有关规定执行，各地各部门不得以清单管理代替安全审查。")
    runin("（三）强化信用监管。",
          "对违反清单规定从事投资经营活动的外商投资企业，由有关主管部门依法"
          "依规处理，并将相关信息归集至全国信用信息共享平台（湖北）。")

    h1("四、其他事项")
    body("《负面清单（2026年版）》自2026年5月1日起施行。《" + OLD_TITLE +
         "》同时废止。")
    body("执行中遇到的问题，请及时报告省商务厅、省发展改革委。")
    body("联系人：省商务厅外国投资管理处王磊，电话027-87236115；"
         "省发展改革委利用外资和境外投资处陈晓燕，电话027-87235702。")

    empty(doc, 1)
    # ---- 附件：第1项标题折行用手工空格对齐续行
    add_par(doc, "附件：1.中国（湖北）自由贸易试验区外商投资准入")
    add_par(doc, "\u3000\u3000\u3000\u3000特别管理措施（负面清单）（2026年版）")
    add_par(doc, "\u3000\u3000\u30002.中国（湖北）自由贸易试验区外商投资准入负面"
                 "清单2026年版与2024年版对比说明")
    empty(doc, 3)

    # ---- 落款：两机关并排（版式表格），日期手工空格右对齐
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_col_widths(t, [Cm(7.8), Cm(7.8)])
    cell_text(t.cell(0, 0), ORG1, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), ORG2, WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    add_par(doc, "2026年3月16日\u3000\u3000\u3000\u3000",
            align=WD_ALIGN_PARAGRAPH.RIGHT, first=None)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）", first=Pt(32))
    empty(doc, 6)

    # ---- 版记
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, top=True, bottom=True, inside_h=True, sz=8)
    cell_text(t.cell(0, 0), [("抄送：商务部外国投资管理司，国家发展改革委利用"
                              "外资和境外投资司，省人民政府办公厅。",
                              FS, False, SIZE_4)], exact=24)
    cell_text(t.cell(1, 0), [("\u3000湖北省商务厅办公室\u3000\u3000\u3000\u3000"
                              "\u3000\u3000\u3000\u3000\u3000\u30002026年3月17日印发",
                              FS, False, SIZE_4)], exact=24)

    page_number_footer(doc.sections[0])
    stem = "blind369_hubei_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "关于印发《" + QD_TITLE + "》的通知",
        "doc_number": "鄂商务发〔2026〕8号",
        "issuer": [ORG1, ORG2],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": REGION,
        "effective": "2026-05-01",
        "expires": None,
        "attachments": [
            QD_TITLE,
            "中国（湖北）自由贸易试验区外商投资准入负面清单2026年版与2024年版"
            "对比说明",
        ],
        "doc_type": "通知",
        "recipients": [
            "各市、州、直管市、神农架林区商务主管部门、发展改革委",
            "中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区管委会",
            "省直有关单位",
        ],
        "publicity": "此件公开发布",
        "repeals": OLD_TITLE,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ============================================================ 2. 清单
SHUOMING = [
    "《中国（湖北）自由贸易试验区外商投资准入特别管理措施（负面清单）》（以下简称"
    "《自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别"
    "管理措施，适用于中国（湖北）自由贸易试验区。",
    "《自贸试验区负面清单》之外的领域，按照内外资一致原则实施管理。境外投资者"
    "不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营"
    "活动。",
    "有关主管部门在依法履行职责过程中，对境外投资者拟投资《自贸试验区负面清单》"
    "内领域，但不符合《自贸试验区负面清单》规定的，不予办理许可、企业登记注册等"
    "相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。投资有股权要求"
    "的领域，不得设立外商投资合伙企业。",
    "经国务院有关主管部门审核并报国务院批准，特定外商投资可以不适用《自贸试验区"
    "负面清单》中相关领域的规定。",
    "境内公司、企业或自然人以其在境外合法设立或控制的公司并购与其有关联关系的"
    "境内公司，涉及外商投资项目和企业设立及变更事项的，按照现行规定办理。",
    "从事《自贸试验区负面清单》禁止投资领域业务的境内企业到境外发行股份并上市"
    "交易的，应当经国家有关主管部门审核同意，境外投资者不得参与企业经营管理，"
    "其持股比例参照境外投资者境内证券投资管理有关规定执行。",
    "《自贸试验区负面清单》中未列出的文化、金融等领域与行政审批、资质条件、国家"
    "安全等相关措施，按照现行规定执行。",
    "《内地与香港关于建立更紧密经贸关系的安排》及其后续协议、《内地与澳门关于"
    "建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其"
    "后续协议、我国缔结或者参加的国际条约、协定对境外投资者准入待遇有更优惠规定"
    "的，可以按照相关规定执行。",
    "《自贸试验区负面清单》由湖北省商务厅、湖北省发展和改革委员会负责解释。",
    "本清单经省人民政府同意，由湖北省商务厅、湖北省发展和改革委员会于2026年3月"
    "16日印发，自2026年5月1日起施行。2024年7月1日起施行的《" + OLD_TITLE +
    "》同时废止。",
]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二"]

GROUPS = [
    ("农、林、牧、渔业", [
        "小麦新品种选育和种子生产的中方股比不低于34%、玉米新品种选育和种子生产"
        "须由中方控股。",
        "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的"
        "生产（包括种植业、畜牧业、水产业的优良基因）。",
        "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。",
    ]),
    ("采矿业", [
        ("禁止投资稀土、放射性矿产、钨勘查、开采及选矿。",
         "（未经允许，禁止进入稀土矿区或取得矿山地质资料、矿石样品及生产工艺"
         "技术。）"),
    ]),
    ("制造业", [
        "出版物印刷须由中方控股。",
        "禁止投资中药饮片的蒸、炒、炙、煅等炮制技术的应用及中成药保密处方产品的"
        "生产。",
    ]),
    ("电力、热力、燃气及水生产和供应业", [
        "核电站的建设、经营须由中方控股。",
    ]),
    ("批发和零售业", [
        "禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。",
    ]),
    ("交通运输、仓储和邮政业", [
        "国内水上运输公司须由中方控股。",
        "公共航空运输公司须由中方控股，且一家外国投资者及其关联企业投资比例不得"
        "超过25%，法定代表人须由中国籍公民担任。",
        "通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司"
        "限于合资，其他通用航空公司限于中方控股。",
        "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。",
        "禁止投资邮政公司（和监管部门规定的其他邮政企业）、信件的国内快递业务。",
    ]),
    ("信息传输、软件和信息技术服务业", [
        "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过"
        "50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须"
        "由中方控股。",
        "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化"
        "经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已"
        "开放的内容除外）。",
    ]),
    ("租赁和商务服务业", [
        "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内"
        "律师事务所合伙人。",
        "市场调查限于合资，其中广播电视收听、收视调查须由中方控股。",
        "禁止投资社会调查。",
    ]),
    ("科学研究和技术服务业", [
        "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
        "禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，"
        "地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、"
        "地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、"
        "地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查（矿业权人"
        "在其矿业权范围内开展工作不受此特别管理措施限制）。",
    ]),
    ("教育", [
        "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要"
        "行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成"
        "人员不得少于1/2）。",
        "禁止投资义务教育机构、宗教教育机构。",
    ]),
    ("卫生和社会工作", [
        "医疗机构限于合资。",
    ]),
    ("文化、体育和娱乐业", [
        "禁止投资新闻机构（包括但不限于通讯社）。",
        "禁止投资图书、报纸、期刊、音像制品和电子出版物的编辑、出版、制作业务。",
        "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视"
        "传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、"
        "监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星"
        "电视广播地面接收设施安装服务。",
        "禁止投资广播电视节目制作经营（含引进业务）公司。",
        "禁止投资电影制作公司、发行公司、院线公司以及电影引进业务。",
        "禁止投资文物拍卖的拍卖公司、文物商店和国有文物博物馆。",
        "禁止投资文艺表演团体。",
    ]),
]


def add_cn_numbering(doc, num_id=90):
    """Word 自动编号：一、二、三、（chineseCounting，编号后无制表符）"""
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" '
        'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    abs_el = parse_xml(abs_xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
                       '</w:num>' % (nsdecls("w"), num_id, num_id))
    numbering.append(num_el)
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


def make_qingdan():
    doc = new_doc()
    clauses = []
    num_id = add_cn_numbering(doc)

    add_par(doc, [("附件1", HT, False)], first=None)
    empty(doc, 1)
    # 标题用软回车折行
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, None, 36)
    set_font(p.add_run("中国（湖北）自由贸易试验区"), XBS, SIZE_2)
    p.add_run().add_break()
    set_font(p.add_run("外商投资准入特别管理措施（负面清单）"), XBS, SIZE_2)
    p.add_run().add_break()
    set_font(p.add_run("（2026年版）"), XBS, SIZE_2)
    empty(doc, 1)
    add_par(doc, [("说\u3000\u3000明", HT, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    empty(doc, 1)

    for i, s in enumerate(SHUOMING):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, None, 28)
        set_num(p, num_id)
        set_font(p.add_run(s), FS, SIZE_3, ascii_name="Times New Roman")
        clauses.append(CN_NUM[i] + "、" + s)

    page_break(doc)

    # ---- 特别管理措施表
    n_rows = 1 + len(GROUPS) + sum(len(g[1]) for g in GROUPS)
    t = doc.add_table(rows=n_rows, cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(2.0), Cm(13.6)])
    hdr = t.rows[0]
    repeat_header(hdr)
    cell_text(hdr.cells[0], [("序号", HT, False, SIZE_4)],
              WD_ALIGN_PARAGRAPH.CENTER, exact=26)
    cell_text(hdr.cells[1], [("特别管理措施", HT, False, SIZE_4)],
              WD_ALIGN_PARAGRAPH.CENTER, exact=26)
    r = 1
    n = 0
    for gi, (gname, measures) in enumerate(GROUPS):
        row = t.rows[r]
        cant_split(row)
        mc = row.cells[0].merge(row.cells[1])
        cell_text(mc, [(CN_NUM[gi] + "、" + gname, HT, False, SIZE_4)],
                  WD_ALIGN_PARAGRAPH.LEFT, exact=26)
        r += 1
        for mtext in measures:
            n += 1
            row = t.rows[r]
            cant_split(row)
            cell_text(row.cells[0], [(str(n), FS, False, SIZE_4)],
                      WD_ALIGN_PARAGRAPH.CENTER, exact=26)
            if isinstance(mtext, tuple):
                cell_text(row.cells[1], [(mtext[0], FS, False, SIZE_4), "BR",
                                         (mtext[1], FS, False, SIZE_4)],
                          WD_ALIGN_PARAGRAPH.JUSTIFY, exact=26)
                full = mtext[0] + mtext[1]
            else:
                cell_text(row.cells[1], [(mtext, FS, False, SIZE_4)],
                          WD_ALIGN_PARAGRAPH.JUSTIFY, exact=26)
                full = mtext
            clauses.append("序号：%d；特别管理措施：%s" % (n, full))
            r += 1
    assert n == 30
    # 表格后再补一个空段（Word 中表格必须后接段落）
    empty(doc, 1)

    page_number_footer(doc.sections[0])
    stem = "blind369_hubei_qingdan"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": QD_TITLE,
        "doc_number": None,
        "issuer": [ORG1, ORG2],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": REGION,
        "effective": "2026-05-01",
        "expires": None,
        "attachments": [],
        "doc_type": "负面清单",
        "recipients": [],
        "publicity": None,
        "repeals": OLD_TITLE,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ============================================================ 3. 政策解读
def make_jiedu():
    doc = new_doc()
    clauses = []
    title = ("中国（湖北）自由贸易试验区外商投资准入负面清单（2026年版）"
             "政策解读")
    p = doc.add_paragraph(style="Title")
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, None, 36, after=6)
    set_font(p.add_run(title), XBS, SIZE_2, color=RGBColor(0, 0, 0))

    # 网页抓取式的信息栏（版式表格）
    t = doc.add_table(rows=1, cols=3)
    no_borders(t)
    set_col_widths(t, [Cm(4.6), Cm(6.6), Cm(4.4)])
    cell_text(t.cell(0, 0), [("来源：湖北省商务厅", KT, False, SIZE_X4)],
              WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    cell_text(t.cell(0, 1), [("发布时间：2026-03-18 10:30", KT, False,
                              SIZE_X4)], WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    cell_text(t.cell(0, 2), [("【字体：大 中 小】", KT, False, SIZE_X4)],
              WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    p = doc.add_paragraph()
    fmt(p, first=None, exact=10)
    bottom_border(p, "C00000", 6, 1)
    empty(doc, 1)

    def body(text):
        _, tx = add_par(doc, text)
        clauses.append(tx)

    def h1(text):
        p = doc.add_paragraph(style="Heading 2")
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, Pt(32), 28)
        set_font(p.add_run(text), HT, SIZE_3, bold=False,
                 color=RGBColor(0, 0, 0))

    body("近日，经省人民政府同意，省商务厅、省发展改革委联合印发《" + QD_TITLE +
         "》（以下简称《负面清单（2026年版）》），自2026年5月1日起施行。"
         "现就有关内容解读如下。")
    h1("一、修订背景")
    body("外商投资准入负面清单是我国外商投资管理的基本制度。2024年，我省发布"
         "《" + OLD_TITLE + "》，共列出34条特别管理措施，对稳外资、促开放"
         "发挥了积极作用。")
    body("随着自由贸易试验区提升战略深入实施，外资企业对进一步放宽服务业、制造业"
         "准入的诉求日益增多。为更好对接高标准国际经贸规则，省商务厅、省发展改革委"
         "会同省直有关部门，在深入调研、广泛征求意见的基础上，对2024年版清单进行了"
         "修订。")
    h1("二、主要内容")
    body("《负面清单（2026年版）》由说明和特别管理措施两部分组成。说明部分共10条，"
         "明确了清单的适用范围、内外资一致原则、不符合清单规定的处理方式以及与港澳台"
         "相关安排和国际协定的衔接等事项；特别管理措施部分按照《国民经济行业分类》"
         "列出12个门类、30条措施。")
    h1("三、主要变化")
    runs = [
        ("与2024年版相比，《负面清单（2026年版）》的变化主要体现在三个方面。",
         FS, False),
        ("一是进一步缩减清单长度。", FS, True),
        ("特别管理措施由34条减至30条，删除了卫星电视广播地面接收设施及关键件生产、"
         "国内船舶代理、会计审计机构首席合伙人、检验检测机构等4条限制性措施。",
         FS, False),
        ("二是优化部分措施表述。", FS, True),
        ("对增值电信业务开放范围作出细化，明确电子商务、国内多方通信、存储转发类、"
         "呼叫中心业务不受外资股比限制；在测绘相关措施中增加矿业权人在其矿业权范围"
         "内开展工作不受限制的表述。", FS, False),
        ("三是增强与全国版清单的衔接。", FS, True),
        ("清单说明与全国版自贸试验区外商投资准入负面清单保持一致，新增境外投资者"
         "不得作为个体工商户、个人独资企业投资人、农民专业合作社成员的规定，确保"
         "政策口径统一。", FS, False),
    ]
    _, tx = add_par(doc, runs)
    clauses.append(tx)
    body("清单修订前后主要指标对比如下：")

    rows = [
        ("门类", "12个", "12个", "持平"),
        ("特别管理措施", "34条", "30条", "减少4条"),
        ("禁止类措施", "19条", "19条", "持平"),
        ("限制类措施", "15条", "11条", "减少4条"),
    ]
    hdr = ("项目", "2024年版", "2026年版", "变化")
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(4.4), Cm(3.6), Cm(3.6), Cm(3.6)])
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), [(h, HT, False, SIZE_4)],
                  WD_ALIGN_PARAGRAPH.CENTER, exact=24)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), [(v, FS, False, SIZE_4)],
                      WD_ALIGN_PARAGRAPH.CENTER, exact=24)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    empty(doc, 1)

    h1("四、配套举措")
    body("为确保《负面清单（2026年版）》落地见效，省商务厅将会同有关部门重点做好"
         "以下工作：")
    for head, rest in [
        ("一是加强宣传培训。", "面向各市州商务主管部门、各片区管委会和外资企业开展"
         "专题培训，编制清单操作指引，及时回应企业关切。"),
        ("二是健全服务机制。", "依托外资企业圆桌会议和重点外资项目专班，推动新放开"
         "领域项目加快落地。"),
        ("三是强化监督评估。", "建立清单实施情况评估机制，对执行中发现的设置隐性"
         "壁垒等问题及时督促整改。"),
    ]:
        _, tx = add_par(doc, [(head, KT, True), (rest, FS, False)])
        clauses.append(tx)
    h1("五、施行时间")
    body("《负面清单（2026年版）》自2026年5月1日起施行，2024年版清单同时废止。")
    empty(doc, 2)
    add_par(doc, [("【打印本页】\u3000\u3000【关闭窗口】", "宋体", False,
                   SIZE_X4)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=None,
            exact=20)

    page_number_footer(doc.sections[0], style="di")
    stem = "blind369_hubei_jiedu"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": [ORG1],
        "date": "2026-03-18",
        "published": "2026-03-18",
        "level": "provincial",
        "region": REGION,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_tongzhi, make_qingdan, make_jiedu):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
