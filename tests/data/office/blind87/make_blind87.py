# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 87: customs and commerce lists with codes and figures (.docx + LibreOffice PDF).

Writes next to itself:
  blind87_haiguan_gonggao.docx/.pdf  海关总署公告2024年第58号 + 附件 商品清单 (28 rows, two pages)
  blind87_hunan_mingdan.docx/.pdf    湖南省商务厅公告2024年第7号 + 附件 企业名单 (18 rows)
  blind87_hunan_tongzhi.docx/.pdf    湘商自贸〔2024〕15号 joint 通知 with figures (万元, %, 亿美元, 2024—2026年)
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, line=25.5, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc, text, font=FS, size=16, bold=False, align=None, indent=True, color=None, line=25.5, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def mixed(doc, parts, indent=True):
    """parts: list of (text, font) -> one paragraph, e.g. 黑体 lead-in + 仿宋 body."""
    p = doc.add_paragraph()
    fmt(p, None, indent)
    for t, f in parts:
        r = p.add_run(t)
        set_font(r, f, 16)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def gbt_section(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(28)
    s.header_distance = Mm(15)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return s


def page_number_footer(section, outer=True):
    """GB/T 9704: 4号 宋体 '— 1 —' (outer: odd right / even left)."""
    doc_settings = section.part.document.settings.element
    if outer and doc_settings.find(qn("w:evenAndOddHeaders")) is None:
        doc_settings.append(OxmlElement("w:evenAndOddHeaders"))
    footers = [(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)]
    if outer:
        footers.append((section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT))
    for ft, al in footers:
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.alignment = al if outer else WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if tag:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), tag)
                if tag == "end":
                    sep = OxmlElement("w:fldChar")
                    sep.set(qn("w:fldCharType"), "separate")
                    r._element.append(sep)
                    t = OxmlElement("w:t")
                    t.text = "1"
                    r._element.append(t)
                r._element.append(e)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._element.append(it)
        r = p.add_run(" —")
        set_font(r, "宋体", 14)


def header_text(section, text):
    h = section.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    set_font(r, "宋体", 10.5, color="808080")


def red_rule(doc, color="FF0000", sz=12):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def rule_para(p, where="bottom", sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def cell_text(cell, text, size=12, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER, mode="para"):
    """text may contain '\n': mode 'para' -> separate paragraphs, 'br' -> soft line break."""
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 4)
    p.paragraph_format.first_line_indent = Pt(0)
    if mode == "br":
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, font, size, bold)
            if i < len(lines) - 1:
                r.add_break()
        return
    r = p.add_run(lines[0])
    set_font(r, font, size, bold)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        q.alignment = align
        q.paragraph_format.line_spacing = Pt(size + 4)
        r = q.add_run(ln)
        set_font(r, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def grid_table(doc, header, rows, widths, mode_by_row=None, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, size=size, bold=True, font=HT)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows):
        cant_split(t.rows[i + 1])
        for j, v in enumerate(row):
            mode = (mode_by_row or {}).get(i, "para")
            al = WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 1].cells[j], v, size=size, align=al, mode=mode)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Mm(w)
    return t


def signature(doc, names, date, blank=True):
    if blank:
        para(doc, "")
    for n in names:
        para(doc, n, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(48)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 + 印发机关/印发日期, between rules, at the end."""
    para(doc, "")
    p = para(doc, "", indent=False, line=4)
    rule_para(p, "bottom", 8)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    r = p.add_run("抄送：" + chaosong)
    set_font(r, FS, 14)
    rule_para(p, "bottom", 4)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150))
    r = p.add_run(yinfa_org + "\t" + yinfa_date + "印发")
    set_font(r, FS, 14)
    rule_para(p, "bottom", 8)


def save_and_pdf(doc, stem, make_pdf=True):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    if make_pdf:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def row_str(header, row):
    out = []
    for h, v in zip(header, row):
        v = v.replace("\n", "")
        out.append("%s：%s" % (h, v))
    return "；".join(out)


EXPECTED = {}

# ====================================================================== (a) 海关总署公告
A_TITLE = "关于在自由贸易试验区深化“一带一路”跨境贸易通关便利化措施的公告"
A_INTRO = ("为贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，"
           "进一步优化口岸营商环境，促进与共建“一带一路”国家贸易畅通，海关总署决定在自由贸易试验区"
           "深化跨境贸易通关便利化措施。现将有关事项公告如下：")
A_BODY = [
    ("h", "一、适用范围"),
    ("p", "（一）本公告所称便利化措施，适用于自由贸易试验区内注册的进出口货物收发货人及其代理人，"
          "进口或者出口附件所列商品，且原产地或者最终目的地为共建“一带一路”国家的情形。"),
    ("p", "（二）首批在中国（上海）、中国（广东）、中国（重庆）、中国（广西）、中国（云南）自由贸易试验区实施，"
          "其他自由贸易试验区可参照执行。"),
    ("h", "二、便利化措施"),
    ("p", "（一）实施“提前申报、货到验放”。"),
    ("p", "1. 对附件所列鲜活农产品，企业可在载运货物的运输工具抵港前7日内提前申报，货物抵港后经海关查验无异常的即予放行，"
          "口岸整体通关时间压缩至6小时以内。"),
    ("p", "2. 对附件所列机电产品，符合条件的企业可适用“两步申报”，概要申报后即可提离货物，"
          "并在运输工具申报进境之日起14日内完成完整申报。"),
    ("p", "（二）推行“一次查验、全域通行”。对经自由贸易试验区海关查验的“一带一路”中欧班列、西部陆海新通道班列货物，"
          "途经其他关区时原则上不再重复开箱查验。"),
    ("p", "（三）扩大担保方式。企业可使用关税保证保险、企业集团财务公司担保等方式办理汇总征税担保，"
          "担保额度由海关按照企业上一年度实际缴纳税款的80%核定。"),
    ("h", "三、监管要求"),
    ("p", "（一）企业应当如实申报商品的税则号列、原产地和监管证件信息。对申报不实的，海关依照《中华人民共和国海关法》"
          "及相关规定处理，并暂停其适用本公告便利化措施12个月。"),
    ("p", "（二）附件中税则号列前标注“ex”的，表示仅适用于该税则号列项下“商品名称”栏所列的部分商品。"),
    ("p", "四、本公告自2024年7月1日起施行，有效期至2026年6月30日。"),
]
A_ATT_TITLE = "自由贸易试验区“一带一路”跨境贸易便利化商品清单"
A_HEAD = ["序号", "税则号列", "商品名称", "监管条件", "备注"]
A_ROWS = [
    ("0806.1000", "鲜葡萄", "A/B", "鲜活农产品"),
    ("0810.6000", "鲜榴莲", "A/B", "鲜活农产品"),
    ("0804.5020", "鲜芒果", "A/B", "鲜活农产品"),
    ("0810.9030", "鲜火龙果", "A/B", "鲜活农产品"),
    ("0805.2100", "鲜或干的柑橘（包括小蜜橘及\n萨摩蜜柑橘）", "A/B", "鲜活农产品"),
    ("0302.1400", "鲜或冷的大西洋鲑鱼及多瑙哲罗鱼\n（不包括鱼片、鱼肝及鱼卵）", "A/B", "鲜活农产品"),
    ("0303.5400", "冻鲭鱼", "A/B", "鲜活农产品"),
    ("0201.3000", "鲜或冷藏的去骨牛肉", "7AB", "须来自准入企业"),
    ("1006.3020", "籼米精米（不论是否磨光或上光）", "7AB", "粮食"),
    ("1201.9010", "黄大豆（种用除外）", "4xAB", "粮食"),
    ("1511.9090", "其他精制棕榈油", "AB", ""),
    ("0901.1100", "未焙炒的咖啡（未浸除咖啡碱）", "AB", ""),
    ("2204.2100", "装入2升及以下容器的葡萄酒", "AB", ""),
    ("4001.2200", "技术分类天然橡胶\n（TSNR）", "", ""),
    ("4403.4990", "其他热带原木", "8AB", "须附原产地证书"),
    ("7403.1111", "阴极铜（按重量计铜含量\n超过99.9935%）", "", "大宗商品"),
    ("2603.0000", "铜矿砂及其精矿", "7AB", "大宗商品"),
    ("2709.0000", "石油原油及从沥青矿物提取的原油", "7", "大宗商品"),
    ("ex8471.3000", "便携式自动数据处理设备\n（重量≤10千克，仅限整机）", "", "机电产品"),
    ("8517.1300", "智能手机", "A", "机电产品"),
    ("8703.2341", "仅装有点燃往复式活塞内燃发动机的\n小轿车（1500ml＜排量≤2000ml）", "46xyO", "机电产品"),
    ("8703.8000", "仅装有驱动电动机的其他载人车辆", "46xyO", "机电产品"),
    ("8507.6000", "锂离子蓄电池", "", "机电产品"),
    ("ex8541.4300", "已装在组件内或组装成块的\n光伏电池", "", "机电产品"),
    ("8429.5211", "上部结构可转360度的履带式挖掘机", "O", "机电产品"),
    ("8601.1020", "由外部电力驱动的铁道电力机车", "O", "中欧班列"),
    ("ex8479.8999", "工业机器人（仅限焊接机器人）", "O", "机电产品"),
    ("9018.9099", "其他医疗、外科用仪器及器具", "6", "机电产品"),
]
A_ROWS = [(str(i + 1),) + r for i, r in enumerate(A_ROWS)]


def make_a():
    doc = Document()
    s = gbt_section(doc)
    page_number_footer(s)
    para(doc, "海关总署公告2024年第58号", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, after=12)
    para(doc, A_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "")
    para(doc, A_INTRO)
    for kind, t in A_BODY:
        para(doc, t, font=HT if kind == "h" else FS)
    para(doc, "特此公告。")
    p = para(doc, "附件：" + A_ATT_TITLE)
    signature(doc, ["海关总署"], "2024年5月20日", blank=False)
    page_break(doc)
    para(doc, "附件", font=HT, indent=False)
    para(doc, "")
    para(doc, A_ATT_TITLE, font=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    para(doc, "")
    # rows 5..9 use soft breaks, others use separate paragraphs inside the cell
    modes = {i: ("br" if i % 2 == 0 else "para") for i in range(len(A_ROWS))}
    grid_table(doc, A_HEAD, A_ROWS, [10, 33, 63, 22, 28], mode_by_row=modes, size=11, left_cols=(2,))
    para(doc, "注：监管条件代码“A”为入境货物通关单，“B”为出境货物通关单，“7”为自动进口许可证，“O”为自动进口许可（新旧机电产品），“4”为出口许可证，“6”为旧机电产品禁止进口，“x”“y”为出口许可证（加工贸易、边境小额贸易）。",
         size=12, indent=False, line=18, before=6)
    save_and_pdf(doc, "blind87_haiguan_gonggao")

    clauses = [A_INTRO] + [t for _, t in A_BODY] + [row_str(A_HEAD, r) for r in A_ROWS]
    note_clause = ("注：监管条件代码“A”为入境货物通关单，“B”为出境货物通关单，“7”为自动进口许可证，“O”为自动进口许可（新旧机电产品），"
                   "“4”为出口许可证，“6”为旧机电产品禁止进口，“x”“y”为出口许可证（加工贸易、边境小额贸易）。")
    clauses.append(note_clause)
    EXPECTED["blind87_haiguan_gonggao"] = [{
        "meta": {
            "title": A_TITLE,
            "doc_number": "海关总署公告2024年第58号",
            "issuer": "海关总署",
            "date": "2024-05-20",
            "level": "ministerial",
            "region": "全国",
            "effective": "2024-07-01",
            "expires": "2026-06-30",
        },
        "clauses": clauses,
        "_note": ("Furniture, must not be clauses: the page numbers '— N —' (odd right / even left), the repeated table header row on page 2+, "
                  "'附件' label on the attachment page, the signature block '海关总署' / '2024年5月20日'. "
                  "Heading-only items '一、适用范围', '二、便利化措施', '三、监管要求' are listed as their own clauses; merging each into its first child "
                  "or keeping it as a heading/path of the children is tolerable, dropping the words is not. "
                  "'特此公告。' and '附件：自由贸易试验区“一带一路”跨境贸易便利化商品清单' may be dropped or kept as clauses (tolerable). "
                  "The attachment title '自由贸易试验区“一带一路”跨境贸易便利化商品清单' may appear as a heading/clause or as table caption (tolerable). "
                  "Table rows: two-line 商品名称 cells (rows 5,6,14,16,19,21,24; rows 5, 19, 21 use a soft line break inside one cell paragraph, rows 6, 14, 16, 24 two cell paragraphs) must be joined without space. "
                  "Empty 监管条件/备注 cells: 'header：' with empty value or omitting that pair are both tolerable. "
                  "A row split at the page break or a row attributed to the wrong code is not tolerable. "
                  "The 注 paragraph under the table is body text of the attachment (clause); treating it as a footnote kept with the table is tolerable. "
                  "Places: clause （二） of 一 names 上海、广东、重庆、广西、云南 自由贸易试验区; the document as a whole is national (全国自贸试验区). "
                  "Time: effective 2024-07-01 to 2026-06-30 for all clauses; '7日内', '14日内', '12个月' are durations, not dates."),
    }]


# ====================================================================== (b) 湖南省商务厅公告 企业名单
B_TITLE = "关于公布中国（湖南）自由贸易试验区“一带一路”重点外贸企业名单（第二批）的公告"
B_BODY = [
    "根据《中国（湖南）自由贸易试验区“一带一路”重点外贸企业认定管理办法》（湘商自贸〔2023〕9号）有关规定，"
    "经企业申报、片区推荐、专家评审和网上公示，现将湖南中欧物流有限公司等18家企业认定为中国（湖南）自由贸易试验区"
    "“一带一路”重点外贸企业（第二批），名单予以公布。",
    "一、各片区管委会要加强对入选企业的跟踪服务，在通关、融资、出口信用保险等方面给予重点支持，"
    "每半年将企业进出口数据报送省商务厅。",
    "二、入选企业应当如实报送经营数据。对年度对共建“一带一路”国家进出口额低于500万美元或者发生严重失信行为的，"
    "取消其重点外贸企业资格。",
    "三、本名单有效期三年，自公布之日起计算。",
]
B_ATT_TITLE = "中国（湖南）自由贸易试验区“一带一路”重点外贸企业名单（第二批）"
B_HEAD = ["序号", "企业名称", "统一社会信用代码", "所在片区", "业务类型"]
B_ROWS = [
    ("湖南中欧物流有限公司", "91430100MA4L1234XY", "长沙片区", "国际物流"),
    ("长沙湘丝路供应链管理有限公司", "91430104MA4PQ8K21C", "长沙片区", "供应链服务"),
    ("湖南星沙工程机械进出口有限公司", "91430121MA4R2T6W0B", "长沙片区", "机电产品出口"),
    ("湖南金霞粮油国际贸易有限公司", "91430105MA4QJ3N78D", "长沙片区", "农产品进口"),
    ("长沙黄花综保区跨境电商产业园\n运营管理有限公司", "91430121MA7B5C9D1E", "长沙片区", "跨境电商"),
    ("湖南湘非经贸发展有限公司", "91430102MA4T7U8H3F", "长沙片区", "对非贸易"),
    ("湖南新能源汽车出口服务有限公司", "91430100MA7E6F2G4H", "长沙片区", "二手车出口"),
    ("岳阳城陵矶港口物流有限公司", "91430600MA4L5M6N7P", "岳阳片区", "港口物流"),
    ("岳阳江海联运国际货运代理有限公司", "91430602MA4Q8R9T0U", "岳阳片区", "国际货代"),
    ("湖南洞庭湖粮食进口加工有限公司", "91430611MA7C1D2E3F", "岳阳片区", "粮食进口加工"),
    ("岳阳临港新区电子信息进出口有限公司", "91430600MA4W4X5Y6A", "岳阳片区", "电子信息"),
    ("湖南岳化石化贸易有限公司", "91430603MA4K7L8M9N", "岳阳片区", "大宗商品贸易"),
    ("郴州湘南国际陆港有限公司", "91431000MA4P1Q2R3T", "郴州片区", "铁海联运"),
    ("郴州有色金属国际贸易有限公司", "91431002MA4U4W5X6Y", "郴州片区", "有色金属进口"),
    ("湖南郴州跨境电商综合服务\n有限公司", "91431003MA7A7B8C9D", "郴州片区", "跨境电商"),
    ("郴州矿产资源进出口有限公司", "91431000MA4E1F2G3H", "郴州片区", "矿产品进口"),
    ("湖南湘粤港澳服务外包有限公司", "91431021MA4J4K5L6M", "郴州片区", "服务外包"),
    ("郴州出口加工区电子科技有限公司", "91431000MA7N7P8Q9R", "郴州片区", "加工贸易"),
]
B_ROWS = [(str(i + 1),) + r for i, r in enumerate(B_ROWS)]


def make_b():
    doc = Document()
    s = gbt_section(doc)
    page_number_footer(s, outer=False)
    header_text(s, "湖南省商务厅")
    para(doc, "湖南省商务厅公告", font=XBS, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color="FF0000", line=40)
    para(doc, "2024年第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    red_rule(doc)
    para(doc, "")
    para(doc, B_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "")
    for t in B_BODY:
        para(doc, t)
    para(doc, "附件：" + B_ATT_TITLE)
    signature(doc, ["湖南省商务厅"], "2024年8月12日", blank=False)
    page_break(doc)
    para(doc, "附件", font=HT, indent=False)
    para(doc, B_ATT_TITLE, font=XBS, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    grid_table(doc, B_HEAD, B_ROWS, [9, 54, 53, 20, 20], size=10.5, left_cols=(1,))
    save_and_pdf(doc, "blind87_hunan_mingdan")
    EXPECTED["blind87_hunan_mingdan"] = [{
        "meta": {
            "title": B_TITLE,
            "doc_number": "湖南省商务厅公告2024年第7号",
            "issuer": "湖南省商务厅",
            "date": "2024-08-12",
            "level": "provincial",
            "region": "湖南省",
        },
        "clauses": list(B_BODY) + [row_str(B_HEAD, r) for r in B_ROWS],
        "_note": ("Furniture: the running header '湖南省商务厅' (grey, every page), the red masthead '湖南省商务厅公告' and '2024年第7号' line "
                  "(the number is printed only as '2024年第7号' under the masthead; doc_number '湖南省商务厅公告2024年第7号' or '2024年第7号' both tolerable), "
                  "page numbers '— N —', the signature block, the '附件' label. "
                  "'附件：…名单（第二批）' line may be dropped or kept. The attachment title may be a heading or caption. "
                  "Two 企业名称 cells wrap onto two paragraphs (rows 5 and 15) and must be joined without space. "
                  "The 18-character credit codes must be kept intact (no split, no case change). "
                  "No effective/expires printed as dates ('有效期三年，自公布之日起计算' -> expires 2027-08-11 if computed; not computing is tolerable). "
                  "Places: rows name 长沙片区/岳阳片区/郴州片区 (长沙市/岳阳市/郴州市); document region 湖南省."),
    }]


# ====================================================================== (c) 联合通知 with figures
C_TITLE = "湖南省商务厅 湖南省财政厅关于印发《中国（湖南）自由贸易试验区“一带一路”经贸合作提升行动方案（2024—2026年）》的通知"
C_SHORT = "关于印发《中国（湖南）自由贸易试验区“一带一路”经贸合作提升行动方案（2024—2026年）》的通知"
C_ADDR = "各市州商务主管部门、财政局，中国（湖南）自由贸易试验区各片区管委会："
C_BODY = [
    ("p", "为深入推进高质量共建“一带一路”，发挥中国（湖南）自由贸易试验区开放平台作用，省商务厅、省财政厅制定了"
          "《中国（湖南）自由贸易试验区“一带一路”经贸合作提升行动方案（2024—2026年）》，现印发给你们，请结合实际认真贯彻执行，并就有关事项通知如下。"),
    ("p", "一、工作目标。2024—2026年，自贸试验区对共建“一带一路”国家进出口额年均增长10%以上，到2026年达到1200亿元；"
          "实际使用共建国家外资累计达到15亿美元；新培育年进出口额超过1亿美元的外贸企业30家以上。"),
    ("p", "二、资金支持。省级财政每年安排自贸试验区发展专项资金2亿元，其中：对新开通至共建国家国际货运航线的，"
          "每条航线一次性奖励最高200万元；对年度进出口额增幅超过20%且进出口额达到5000万元以上的企业，按增量部分的1‰给予奖励，"
          "单个企业最高不超过100万元；对企业参加境外重点展会的展位费给予不超过70%的补助，单个企业每年最高50万元。"),
    ("p", "三、绩效管理。各片区应于每年1月31日前报送上年度资金使用情况和绩效自评报告，资金绩效评价结果低于60分的片区，"
          "相应核减下一年度资金分配额度的30%。"),
    ("p", "四、本通知自印发之日起施行，有效期至2026年12月31日。"),
]


def make_c():
    doc = Document()
    s = gbt_section(doc)
    page_number_footer(s)
    # 联合行文 masthead: borderless 2x2 table, agencies left, '文件' right spanning both rows
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, n in enumerate(["湖南省商务厅", "湖南省财政厅"]):
        cell_text(t.rows[i].cells[0], n, size=26, font=XBS, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        for r in t.rows[i].cells[0].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0, 0)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", size=26, font=XBS)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)
    for row in t.rows:
        row.cells[0].width = Mm(110)
        row.cells[1].width = Mm(40)
    para(doc, "")
    para(doc, "湘商自贸〔2024〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)
    para(doc, "")
    para(doc, C_TITLE, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    para(doc, "")
    para(doc, C_ADDR, indent=False)
    for _, t_ in C_BODY:
        # 黑体 lead-in '一、工作目标。' then 仿宋 body, one paragraph
        if t_[1] == "、" and "。" in t_[:10]:
            k = t_.index("。") + 1
            mixed(doc, [(t_[:k], HT), (t_[k:], FS)])
        else:
            para(doc, t_)
    para(doc, "")
    para(doc, "附件：中国（湖南）自由贸易试验区“一带一路”经贸合作提升行动方案（2024—2026年）")
    signature(doc, ["湖南省商务厅", "湖南省财政厅"], "2024年9月3日")
    para(doc, "（此件主动公开）")
    banji(doc, "商务部自贸区港司，财政部湖南监管局，省发展改革委，长沙海关。", "湖南省商务厅办公室", "2024年9月4日")
    save_and_pdf(doc, "blind87_hunan_tongzhi")
    EXPECTED["blind87_hunan_tongzhi"] = [{
        "meta": {
            "title": C_TITLE,
            "doc_number": "湘商自贸〔2024〕15号",
            "issuer": "湖南省商务厅；湖南省财政厅",
            "date": "2024-09-03",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2024-09-04",
            "expires": "2026-12-31",
        },
        "clauses": [t for _, t in C_BODY],
        "_note": ("Furniture: the joint red masthead (a borderless table: '湖南省商务厅'/'湖南省财政厅' with '文件' merged on the right), "
                  "'湘商自贸〔2024〕15号', the 主送 line '各市州商务主管部门、财政局，…管委会：' (tolerable as a leading clause), "
                  "the signature block, '（此件主动公开）', the 版记 '抄送：商务部自贸区港司，财政部湖南监管局，省发展改革委，长沙海关。' and "
                  "'湖南省商务厅办公室 2024年9月4日印发', page numbers. None of these may be clauses (except 主送, tolerable). "
                  "'附件：…行动方案（2024—2026年）' line may be dropped or kept; the 附件 itself is not included in this file. "
                  "Title: '湖南省商务厅 湖南省财政厅关于印发…的通知' or the short form starting at '关于' are both tolerable. "
                  "Issuer must name both agencies; date is the signed date 2024-09-03, not the 印发 date 2024-09-04. "
                  "effective: '自印发之日起' = 2024-09-04 (2024-09-03 tolerable). expires 2026-12-31. "
                  "The '2024—2026年' in the title is the period of the 行动方案, not validity of the notice; reading it as effective 2024-01-01/expires 2026-12-31 is wrong-ish (low). "
                  "Figures (10%、1200亿元、15亿美元、1亿美元、2亿元、200万元、20%、5000万元、1‰、100万元、70%、50万元、60分、30%) must survive verbatim. "
                  "'每年1月31日前' is a recurring deadline, not a validity date. Places: 湖南省 / 中国（湖南）自由贸易试验区."),
    }]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", sorted(EXPECTED))
