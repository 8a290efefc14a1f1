# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 979: 自贸片区管委会 关于公布第N批制度创新案例的通知 + 案例汇编.

Writes blind979_*.docx, the PDFs (LibreOffice) and expected.json next to this file.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str (仿宋)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
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


def page_footer(section, style="dash", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    pre, post = ("— ", " —") if style == "dash" else ("- ", " -")
    font(fp.add_run(pre), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), SONG, size)


def setup(doc, footer=True, body_size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer:
        page_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def data_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = L if (len(v) > 12) else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
            vcenter(t.rows[ri].cells[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_979", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_qinzhou():
    """钦州港片区管委会 关于公布第四批制度创新案例的通知 + 附件 (案例全文)."""
    stem = "blind979_qinzhou_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 squeezed onto one line with character scaling (w:w) as clerks do
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会文件"), XBS, 30, False, RED,
         scale=54)
    fmt(p, align=C, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for ln in ("中国（广西）自由贸易试验区钦州港片区",
               "管理委员会关于公布第四批制度创新",
               "案例的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "片区各部门、各驻区单位，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进西部陆海新通道和面向东盟的国际门户港建设，片区管委会组织开展了第四批制度创新案例征集评选工作。经各单位申报、专家评审、征求意见和片区管委会主任办公会审议，确定“海铁联运‘一箱到底’全程提单模式”等3项案例为钦州港片区第四批制度创新案例，现予以公布，并就有关事项通知如下：")
    body("一、各部门、各单位要认真学习借鉴入选案例的经验做法，结合工作实际抓好复制推广，推动制度创新成果加快转化为发展实效。")
    body("二、各案例报送单位要持续跟踪案例实施情况，深化拓展创新举措，及时总结提炼新成效、新经验，积极争取在自治区乃至全国范围内复制推广。")
    body("三、片区各部门要坚持以制度创新为核心，聚焦跨境贸易、港航物流、跨境金融、产业合作等重点领域，加大首创性、差异化改革探索力度，持续推出更多高质量制度创新成果。2026年第五批制度创新案例征集工作将于6月启动，具体安排另行通知。")
    empty(doc, 1)
    att = "中国（广西）自由贸易试验区钦州港片区第四批制度创新案例"
    # 附件 line with hanging indent, as typed in 公文
    p = add_par(doc, "附件：" + att, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 pushed right with typed spaces
    add_par(doc, "          中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, " " * 42 + "2026年3月18日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # -------- 附件 on its own page
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)], align=C,
            indent=False, line=35)
    add_par(doc, [("第四批制度创新案例", XBS, 22, False)], align=C, indent=False, line=35,
            after=10)

    # the 案例 material is set in 四号 (14pt), fixed 26pt line spacing
    AS, AL = 14, 24

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=AS, line=AL, first=Pt(28))

    def case_title(n, title, unit):
        p = add_par(doc, [("案例%s：%s" % (n, title), HT, 15, False),
                          ("（报送单位：%s）" % unit, KT, 15, False)], line=AL, first=Pt(30),
                    before=6)
        p.paragraph_format.keep_with_next = True

    def h(t):
        add_par(doc, [(t, HT, AS, False)], line=AL,
                first=Pt(28)).paragraph_format.keep_with_next = True

    def item(head, text):
        clauses.append(head + text)
        add_par(doc, [(head, KT, AS, True), (text, FS, AS, False)], line=AL, first=Pt(28))

    case_title("一", "海铁联运“一箱到底”全程提单模式",
               "钦州港片区港航发展局、广西北部湾国际港务集团有限公司")
    h("一、主要做法")
    item("（一）统一多式联运单证。", "联合铁路、港口、船公司共同制定海铁联运全程提单标准，实现“一次委托、一单到底、一次结算”。")
    # two items typed into one w:p separated by Shift+Enter (manual line break)
    h2, t2 = "（二）推动箱源共享。", "在钦州铁路集装箱中心站设立集装箱共享调拨中心，船公司集装箱可直接上铁路运至内陆站点。"
    h3, t3 = "（三）强化信息互联。", "依托西部陆海新通道“单一窗口”，打通港口、铁路、海关数据，实现箱货全程可视化追踪。"
    p = doc.add_paragraph()
    font(p.add_run(h2), KT, AS, True)
    font(p.add_run(t2), FS, AS)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, AS)
    font(p.add_run(h3), KT, AS, True)
    font(p.add_run(t3), FS, AS)
    fmt(p, line=AL, first=Pt(28))
    clauses.extend([h2 + t2, h3 + t3])
    h("二、实践效果")
    body("模式实施以来，已覆盖重庆、成都、昆明、贵阳等14个内陆城市，采用全程提单模式的货物平均物流时间缩短约2天，综合物流成本下降约12%。")
    h("三、推广价值")
    body("该模式破解了海铁联运“单证不统一、箱子不共享、信息不互通”难题，可在西部陆海新通道沿线港口和无水港复制推广。")

    case_title("二", "东盟水果进口“船边直提+冷链专线”通关模式", "钦州海关")
    h("一、主要做法")
    body("一是推行“提前申报+船边直提”，查验合格后在码头前沿直接装车提离。二是开设冷链查验专用通道，实现“即到即查、查完即放”。三是开通钦州港至南宁、重庆、成都的冷链班列专线，实现“港口—铁路—市场”冷链不断链。")
    h("二、实践效果")
    body("2025年，钦州港进口东盟水果38.6万吨，同比增长27.4%；榴莲、山竹等水果从靠港到提离平均用时压缩至3小时以内，较改革前缩短80%以上,货损率下降至1%以下。")
    h("三、推广价值")
    body("该模式提升了鲜活农产品进口通关效率，可在具备冷链查验条件的沿海、沿边口岸推广。")

    case_title("三", "RCEP原产地证书“智能审核+自助打印”", "钦州港片区行政审批局")
    h("一、主要做法")
    body("依托中国（广西）国际贸易“单一窗口”，建设原产地证书智能审核系统，低风险证书实现“秒批”；在片区政务服务中心设置自助打印终端，企业可“零跑腿”领取证书。")
    h("二、实践效果")
    body("截至2025年12月底，共签发RCEP原产地证书4326份，涉及货值18.7亿元，帮助企业享受进口国关税减让约9300万元；证书平均办理时间由1个工作日缩短至10分钟。")
    h("三、推广价值")
    body("该做法降低了企业用证成本，提升了RCEP规则利用率，对沿边沿海地区扩大与东盟经贸合作具有借鉴意义。")

    banji(doc, "抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室。",
          "钦州港片区管委会办公室", "2026年3月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区钦州港片区管理委员会关于公布第四批制度创新案例的通知",
            doc_number="钦自贸管发〔2026〕9号",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            date="2026-03-18",
            level="municipal",
            region="钦州市",
            attachments=[att],
            doc_type="通知",
            recipients=["片区各部门", "各驻区单位", "各有关企业"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
TOC_PAGES = {"一": "1", "二": "1", "三": "2"}


def doc_zhengzhou():
    """郑州片区 制度创新案例汇编（第五批）: cover + 目录 + cases only."""
    stem = "blind979_zhengzhou_huibian"
    doc = Document()
    setup(doc, footer=False, body_size=12)
    clauses = []
    S = 12   # 汇编 body set in 小四
    LN = 22

    # ---------------- cover (section 1, no page number)
    add_par(doc, [("内部资料", HT, 14, False)], indent=False, line=24)
    add_par(doc, [("注意保存", HT, 14, False)], indent=False, line=24)
    empty(doc, 4)
    add_par(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 26, False)], align=C,
            indent=False, line=48)
    add_par(doc, [("制度创新案例汇编", XBS, 36, False)], align=C, indent=False, line=60,
            before=12)
    add_par(doc, [("（第五批）", KT, 22, False)], align=C, indent=False, line=40, before=12)
    empty(doc, 6)
    add_par(doc, [("中国（河南）自由贸易试验区郑州片区管理委员会", KT, 16, False)], align=C,
            indent=False)
    add_par(doc, [("编印", KT, 16, False)], align=C, indent=False)
    add_par(doc, [("二〇二六年一月十五日", KT, 16, False)], align=C, indent=False)
    page_break(doc)

    # ---------------- 目录 (still section 1)
    add_par(doc, [("目\u3000\u3000录", HT, 22, False)], align=C, indent=False, line=40,
            after=18)
    cases = [
        ("一", "中欧班列（中豫号）“运贸一体化”发展模式", "郑州国际陆港开发建设有限公司"),
        ("二", "跨境电商零售进口“退货中心仓”模式", "郑州海关、郑州经济技术开发区管委会"),
        ("三", "外籍人才工作许可和居留许可“一件事”集成办理",
         "郑州片区管委会政务服务局、郑州市公安局出入境管理支队"),
    ]
    for n, title, _ in cases:
        p = doc.add_paragraph()
        font(p.add_run("案例%s\u3000%s" % (n, title)), FS, 16)
        font(p.add_run("\t"), FS, 16)
        font(p.add_run(TOC_PAGES[n]), FS, 16)
        fmt(p, indent=False, line=36)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)

    # ---------------- content (section 2, page numbers restart at 1)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    sectPr = sec._sectPr
    sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    page_footer(sec, style="hyphen", size=12)

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=S, line=LN)

    def h(t):
        add_par(doc, [(t, HT, S, False)], line=LN, before=4).paragraph_format.keep_with_next = True

    def case_title(n, title, unit, soft_break=False, first=False):
        p = doc.add_paragraph()
        font(p.add_run("案例%s：%s" % (n, title)), XBS, 16)
        if soft_break:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run("（报送单位：%s）" % unit), KT, 14)
        fmt(p, align=C, indent=False, line=28, before=0 if first else 12, after=6)
        p.paragraph_format.keep_with_next = True
        return p

    # case 1 — title and 报送单位 separated by a manual line break
    n, t, u = cases[0]
    case_title(n, t, u, soft_break=True, first=True)
    h("一、主要做法")
    body("1．推行“一单制”运贸联动。依托中欧班列（中豫号）郑州集结中心，由班列平台公司签发多式联运提单，银行据此开展提单质押融资，实现“一次委托、一单到底、一票结算”，推动班列由“通道运输”向“运贸一体”转变。")
    body("2.建设境外分拨集疏网络。在德国汉堡、波兰马拉舍维奇、哈萨克斯坦阿拉木图等节点城市布局海外仓和分拨中心，开展“班列+海外仓”“班列+跨境电商”业务，回程组织汽车整车、冷链食品、木材等货源。")
    body("3.打造特色专列产品。开行冷链专列、跨境电商专列、汽车出口专列等定制化班列，为郑州及周边制造业企业提供门到门全程物流服务。")
    h("二、实践效果")
    body("2025年，中欧班列（中豫号）开行3187列，同比增长11.2%，货值突破210亿元；累计签发多式联运提单1.6万单，带动企业获得提单质押融资12.4亿元。班列境内外集疏网络覆盖40多个国家、140多个城市。")
    h("三、推广价值")
    body("该模式将物流通道优势转化为贸易和产业优势，为内陆地区依托中欧班列发展外向型经济提供了可借鉴路径，适合在中欧班列集结中心城市推广。")

    n, t, u = cases[1]
    case_title(n, t, u)
    h("一、主要做法")
    body("1．设立区内退货中心仓。在郑州经开综合保税区设立跨境电商零售进口退货中心仓，消费者退回的商品可直接进入中心仓进行分拣、理货和复运出区，实现“一仓退货、多平台共享”。")
    body("2.优化海关监管流程。郑州海关对退货商品实施“先退货、后核销”，依托跨境电商公共服务平台实时比对订单、清单和退货信息，对符合条件的退货商品自动核注清单，同步办理税款退还。")
    h("二、实践效果")
    body("模式运行以来，已服务跨境电商平台企业27家，2025年处理退货商品包裹46.3万单，退货平均时效由原来的25天缩短至5天，企业退货物流成本降低约60%，消费者退税到账时间缩短至3个工作日以内。")
    h("三、推广价值")
    body("该模式解决了跨境电商零售进口“退货难、退税慢”问题，提升了消费者购物体验和企业运营效率，可在跨境电商综合试验区内的海关特殊监管区域推广。")

    n, t, u = cases[2]
    case_title(n, t, u)
    h("一、主要做法")
    body("整合外国人来华工作许可和外国人居留许可办理事项，在郑州片区政务服务中心设立“外籍人才服务专窗”，实行“一窗受理、一表申报、并联审批、一次领证”。申请人只需提交一套材料，工作许可审批与居留许可审批同步开展，审批结果通过“豫事办”实时推送。")
    h("二、实践效果")
    body("办理材料由原来的22项精简至11项，办理时限由原来的20个工作日压缩至7个工作日，申请人跑动次数由4次减少为1次。2025年，共为来自德国、俄罗斯、哈萨克斯坦、韩国等26个国家的318名外籍人才办理“一件事”集成服务。")
    h("三、推广价值")
    body("该做法提升了外籍人才来华工作便利度，有利于集聚共建“一带一路”国家高层次人才和专业技术人才，可在全国自贸试验区推广。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（河南）自由贸易试验区郑州片区制度创新案例汇编（第五批）",
            doc_number=None,
            issuer=["中国（河南）自由贸易试验区郑州片区管理委员会"],
            date="2026-01-15",
            level="municipal",
            region="郑州市",
            doc_type="汇编",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningbo():
    """宁波片区管委会 + 宁波市商务局 联合通知, 案例 printed as 附件."""
    stem = "blind979_ningbo_lianhe"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头 built with a borderless table: two organ names | merged 文件
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 1).merge(t.cell(1, 1))
    p = set_cell(t.cell(0, 0), "中国（浙江）自由贸易试验区宁波片区管理委员会", XBS, 22, color=RED,
                 align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=40)
    p.runs[-1]._element.get_or_add_rPr().append(
        parse_xml('<w:w %s w:val="64"/>' % nsdecls("w")))
    set_cell(t.cell(1, 0), "宁波市商务局", XBS, 22, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(a, "文件", XBS, 40, color=RED, line=60)
    vcenter(a)
    col_widths(t, [12.0, 3.6])
    empty(doc, 1)
    p = add_par(doc, "甬自贸管〔2025〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("中国（浙江）自由贸易试验区宁波片区",
               "管理委员会宁波市商务局关于公布宁波片区",
               "第三批制度创新案例的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "片区各功能区块管委会，市级有关部门，各区（县、市）商务主管部门：",
            indent=False)

    # this clerk indents with typed full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(head, text):
        clauses.append(head + text)
        add_par(doc, [(IND, FS, 16, False), (head, KT, 16, False), (text, FS, 16, False)],
                indent=False)

    body("为深入实施自由贸易试验区提升战略，加快建设中国—中东欧国家经贸合作示范区，推动宁波片区形成更多可复制可推广的制度创新成果，宁波片区管委会会同市商务局组织开展了宁波片区第三批制度创新案例评选工作。经各单位申报、第三方评估和专家评审，确定“保税燃料油‘一船多供’跨关区直供模式”等2项案例为宁波片区第三批制度创新案例（名单见下表），现予公布。")
    add_par(doc, [("宁波片区第三批制度创新案例名单", HT, 14, False)], align=C, indent=False,
            line=26, before=6).paragraph_format.keep_with_next = True
    list_rows = [
        ["1", "保税燃料油“一船多供”跨关区直供模式", "宁波海关、宁波片区管委会经济发展局", "贸易便利化"],
        ["2", "中东欧商品“一站式”进口服务平台", "中国—中东欧国家博览会秘书处、宁波保税区管委会", "对外开放合作"],
    ]
    data_table(doc, ["序号", "案例名称", "报送单位", "所属领域"], list_rows, clauses,
               widths=[1.4, 5.6, 5.6, 3.0])
    empty(doc, 1, line=14)
    body("请各单位结合实际，认真做好以下工作：")
    runin("（一）加强学习借鉴。", "各功能区块和市级有关部门要组织学习入选案例的经验做法，推动更多改革举措落地见效。")
    runin("（二）抓好复制推广。", "各区（县、市）商务主管部门要选择适宜案例在本地开放平台复制推广，并于2026年6月30日前将推广情况报送宁波片区管委会。")
    runin("（三）做好跟踪评估。", "各报送单位要跟踪案例实施情况，积极争取纳入省级、国家级制度创新成果复制推广清单。")
    empty(doc, 1)
    att = "宁波片区第三批制度创新案例"
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 1)
    # joint 落款 in a borderless table, organs side by side, date centred below
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "中国（浙江）自由贸易试验区\n宁波片区管理委员会", FS, 16, line=28)
    set_cell(t.cell(0, 1), "宁波市商务局", FS, 16, line=28)
    vcenter(t.cell(0, 1))
    set_cell(t.cell(1, 1), "二〇二五年十二月二十六日", FS, 16, line=28)
    col_widths(t, [8.0, 7.6])
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # -------- 附件 on its own page
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("宁波片区第三批制度创新案例", XBS, 22, False)], align=C, indent=False,
            line=35, before=6, after=10)

    def case_title(n, title, unit, colon="："):
        p = add_par(doc, [(IND + "案例%s：%s" % (n, title), HT, 16, False),
                          ("（报送单位%s%s）" % (colon, unit), KT, 16, False)], indent=False)
        p.paragraph_format.keep_with_next = True

    def h(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False).paragraph_format.keep_with_next = True

    case_title("一", "保税燃料油“一船多供”跨关区直供模式", "宁波海关、宁波片区管委会经济发展局")
    h("一、主要做法")
    runin("（一）创新跨关区直供监管。", "允许供油船舶在宁波、舟山两个关区锚地之间跨关区直接供油，海关实施“一次申报、分段核销”。")
    runin("（二）推行“一船多供”。", "同一供油船舶单航次可为多艘国际航行船舶加注保税燃料油，海关按船次动态核销。")
    h("二、实践效果")
    body("模式推行以来，宁波保税燃料油加注量连续三年保持较快增长，单船加注作业平均等待时间由18小时缩短至6小时。近三年主要指标如下：")
    add_par(doc, [("表1\u3000宁波保税燃料油加注情况（单位：万吨、亿元）", HT, 12, False)],
            align=C, indent=False, line=22)
    # two-level header with merged cells
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    y = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(y, "年度", HT, 12)
    vcenter(y)
    g = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(g, "加注量", HT, 12)
    set_cell(t.cell(1, 1), "国际航行船舶", HT, 12)
    set_cell(t.cell(1, 2), "跨关区直供", HT, 12)
    m = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(m, "加注金额", HT, 12)
    vcenter(m)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdrs = ["年度", "加注量／国际航行船舶", "加注量／跨关区直供", "加注金额"]
    rows = [["2023年", "98.6", "12.3", "45.2"],
            ["2024年", "146.2", "28.7", "66.8"],
            ["2025年", "213.7", "51.4", "94.5"]]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (hh, v) for hh, v in zip(hdrs, row)))
    note = "注：跨关区直供数据包含在国际航行船舶加注量中；数据来源于宁波海关。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    h("三、推广价值")
    body("该模式提高了供油船舶周转效率，降低了企业运营成本，可在具备保税燃料油加注资质的沿海港口推广。")

    # half-width colon typed by the clerk in this one
    case_title("二", "中东欧商品“一站式”进口服务平台", "中国—中东欧国家博览会秘书处、宁波保税区管委会",
               colon=":")
    h("一、主要做法")
    body("在宁波保税区建设中东欧商品常年展销中心和进口服务平台，集成展示交易、通关申报、仓储物流、供应链金融等功能，推行“保税展示+跨境电商”等模式，实现“展会即市场、展品即商品”。")
    h("二、实践效果")
    body("2025年，平台进口中东欧商品货值46.8亿元，同比增长19.3%，商品覆盖中东欧14个国家5000余种；中东欧商品从入境到上架时间平均缩短10天。")
    h("三、推广价值")
    body("该平台为扩大中东欧优质商品进口提供了有效载体，对建设“一带一路”经贸合作平台具有示范意义。")

    banji(doc, "抄送：省商务厅（省自贸办），市人民政府办公厅。",
          "宁波市商务局办公室", "2025年12月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（浙江）自由贸易试验区宁波片区管理委员会宁波市商务局关于公布宁波片区第三批制度创新案例的通知",
            doc_number="甬自贸管〔2025〕21号",
            issuer=["中国（浙江）自由贸易试验区宁波片区管理委员会", "宁波市商务局"],
            date="2025-12-26",
            level="municipal",
            region="宁波市",
            attachments=[att],
            doc_type="通知",
            recipients=["片区各功能区块管委会", "市级有关部门", "各区（县、市）商务主管部门"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_zhengzhou(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
