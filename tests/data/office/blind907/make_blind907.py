# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 907: 自贸试验区建设简报（多期合订）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
R = WD_ALIGN_PARAGRAPH.RIGHT

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); '\n' in text = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_field(fp, size=14):
    def fld(xml):
        r = font(fp.add_run(), SONG, size)
        r._r.append(parse_xml(xml))
    font(fp.add_run("— "), SONG, size)
    fld('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    fld('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    fld('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    font(fp.add_run("1"), SONG, size)
    fld('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    font(fp.add_run(" —"), SONG, size)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    page_field(fp)


def restart_numbering(section):
    sect = section._sectPr
    pg = sect.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
        sect.append(pg)
    pg.set(qn("w:start"), "1")


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def textbox_par(doc, text, size=16, width_pt=160, height_pt=30):
    """A paragraph holding a floating VML text box (centred on the page)."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=30)
    r = p.add_run()
    xml = (
        '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox907" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:line">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>'
        % (width_pt, height_pt, FS, FS, FS, size * 2, text))
    r._r.append(parse_xml(xml))
    return p


def baowei(doc, lines, copies=None, extra=None):
    """报尾: 报/送/发 lines between black rules."""
    empty(doc, 1)
    ps = []
    for i, t in enumerate(lines):
        p = add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.first_line_indent = Pt(-28)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.keep_together = True
        ps.append(p)
    border(ps[0], "top", "000000", 8, 4)
    if extra:
        p = add_par(doc, [(extra, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.keep_with_next = bool(copies)
        ps.append(p)
    if copies:
        p = add_par(doc, [(copies, FS, 14, False)], indent=False, line=24, align=R)
        ps.append(p)
    border(ps[-1], "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_907", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, number, issuer, date, level, region):
    return {"title": title, "doc_number": number, "issuer": [issuer], "date": date,
            "published": None, "level": level, "region": region, "effective": None,
            "expires": None, "attachments": [], "doc_type": "简报", "recipients": [],
            "publicity": None, "repeals": None}


class Body:
    """Writes body paragraphs into doc and records clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text, lead="", record=True, name=FS):
        # lead: typed full-width spaces used instead of a first-line indent
        if lead:
            add_par(self.doc, [(lead + text, name, 16, False)], indent=False)
        else:
            add_par(self.doc, [(text, name, 16, False)])
        if record:
            self.clauses.append(text.replace("\n", ""))

    def headline(self, text, name=HT, size=16, before=10):
        p = add_par(self.doc, [(text, name, size, False)], align=C, indent=False,
                    line=30, before=before, after=4)
        p.paragraph_format.keep_with_next = True

    def head(self, text):
        p = add_par(self.doc, [(text, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(self, h, t, hfont=KT, bold=False):
        add_par(self.doc, [(h, hfont, 16, bold), (t, FS, 16, False)])
        self.clauses.append(h + t)

    def runs(self, runs, record_text):
        add_par(self.doc, runs)
        self.clauses.append(record_text)


# =================================================================== DOC A
HB_ISSUER = "湖北省自贸试验区建设领导小组办公室"
HB_BAOWEI = [
    "报：省委、省政府领导同志，商务部自贸区港建设协调司。",
    "送：省推进自贸试验区建设领导小组成员单位，各市、州、直管市、神农架林区人民政府。",
    "发：武汉、襄阳、宜昌片区管委会，各省级自贸试验区联动创新区。",
]


def hb_masthead(doc, qihao, date_txt, first):
    p = add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False, line=24)
    if not first:
        p.paragraph_format.page_break_before = True
    add_par(doc, [("自贸试验区建设简报", XBS, 44, False, RED)], align=C, indent=False,
            line=66, before=18, after=6)
    add_par(doc, [(qihao, FS, 16, False)], align=C, indent=False, line=30, after=6)
    # 编发单位 left, date right: aligned with typed full-width spaces
    p = add_par(doc, [(HB_ISSUER, FS, 15, False), ("\u3000" * 2, FS, 15, False),
                      (date_txt, FS, 15, False)], indent=False, line=30)
    border(p, "bottom", "FF0000", 24, 4)
    empty(doc, 1, line=16)


def doc_hubei():
    stem = "blind907_hubei_heding"
    doc = Document()
    setup(doc)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    docs = []

    # ------------------------------------------------ 第1期
    hb_masthead(doc, "2026年第1期（总第73期）", "2026年1月16日", True)
    b = Body(doc)
    b.headline("湖北自贸试验区联动创新区建设扎实推进")
    b.para("2025年，全省新认定黄石、荆州、孝感3个省级自贸试验区联动创新区，联动创新区总数达到12个。各联动创新区累计复制推广自贸试验区改革试点经验163项，落地“首创性”改革举措21项，全年新设企业1.06万家，实际使用外资2.7亿美元。")
    b.para("其中，黄石联动创新区探索“保税维修+再制造”监管模式，吸引7家高端装备企业开展境外设备入区维修业务；荆州联动创新区推行“证照分离”改革全覆盖，企业开办时间压缩至0.5个工作日；孝感联动创新区与武汉片区共建“研发在武汉、转化在孝感”产业协作机制，首批签约项目14个、总投资56.3亿元。", lead="\u3000\u3000")
    b.headline("武汉片区推出“跨境贸易一件事”\n集成服务改革")
    b.para("1月8日，武汉片区联合武汉海关、武汉市商务局正式上线“跨境贸易一件事”集成服务平台，将进出口企业备案、通关申报、出口退税、外汇收支等12个事项整合为“一张表单、一次申报、一网通办”。平台上线首周，已为386家企业办理业务1247笔，企业平均办理时长由原来的3个工作日压缩至4小时以内。")
    b.para("下一步，武汉片区将推动平台与国际贸易“单一窗口”、中欧班列（武汉）信息平台深度对接，力争年内将集成事项扩展至20项以上。（武汉片区管委会供稿）")
    b.headline("宜昌片区首单“长江—海运”联运提单业务落地")
    b.para("1月12日，一批价值约680万元的磷化工产品从宜昌白洋港装船，经长江水运至上海洋山港后直接换装国际航线运往越南胡志明市。这是宜昌片区落地的首单“长江—海运”联运全程提单业务，企业凭一张提单即可完成从内河港口到境外目的港的全程运输，较传统分段运输模式节约物流时间约3天、综合成本约12%。（宜昌片区管委会供稿）")
    baowei(doc, HB_BAOWEI, "（共印120份）")
    docs.append({"meta": meta("自贸试验区建设简报", "2026年第1期（总第73期）", HB_ISSUER,
                              "2026-01-16", "provincial", "湖北省"), "clauses": b.clauses})

    # ------------------------------------------------ 第2期
    hb_masthead(doc, "2026年第2期（总第74期）", "2026年2月27日", False)
    b = Body(doc)
    b.headline("省自贸办召开2026年全省自贸试验区建设工作会议")
    b.para("2月24日，省自贸办在武汉召开2026年全省自贸试验区建设工作会议，总结2025年工作，部署2026年重点任务。会议指出，2025年全省自贸试验区累计形成制度创新成果46项，其中7项在全国复制推广，“科技成果转化全链条服务”等3项案例入选商务部自贸试验区最佳实践案例。")
    b.para("会议要求，2026年要重点抓好五方面工作：一是深入实施自贸试验区提升战略，对标高标准国际经贸规则开展压力测试；二是加快建设联动创新区，推动改革经验向全省复制推广；三是做强光电子信息、生物医药、高端装备等主导产业；四是拓展中欧班列、长江航运、航空货运“三大通道”；五是持续优化市场化法治化国际化一流营商环境。")
    b.headline("2025年全省自贸试验区主要指标完成情况")
    b.para("经统计核定，2025年全省自贸试验区三个片区新设企业21800家，实际使用外资12.60亿美元，实现进出口总额1562.4亿元，同比增长11.8%，以不到全省千分之一的国土面积贡献了全省近四分之一的外贸进出口。分片区情况如下：")
    p = add_par(doc, [("2025年湖北自贸试验区主要指标完成情况", HT, 14, False)], align=C,
                indent=False, line=26, before=4)
    p.paragraph_format.keep_with_next = True
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["片区", "新设企业（家）", "实际使用外资（亿美元）", "进出口", ""]
    sub = ["", "", "", "总额（亿元）", "同比增长（%）"]
    for i in range(5):
        set_cell(t.rows[0].cells[i], top[i], HT, 12)
        set_cell(t.rows[1].cells[i], sub[i], HT, 12)
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 3), "进出口", HT, 12)
    for i in range(3):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, top[i], HT, 12)
    heads = ["片区", "新设企业（家）", "实际使用外资（亿美元）", "进出口／总额（亿元）",
             "进出口／同比增长（%）"]
    rows = [["武汉片区", "15236", "9.84", "1128.7", "12.4"],
            ["襄阳片区", "3517", "1.52", "236.5", "8.9"],
            ["宜昌片区", "3047", "1.24", "197.2", "11.5"],
            ["合计", "21800", "12.60", "1562.4", "11.8"]]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, HT if row[0] == "合计" else FS, 12)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    p = add_par(doc, [("注：数据来源于各片区管委会统计报表，进出口数据经武汉海关核定。", KT, 12, False)],
                indent=False, line=22, before=4)
    b.clauses.append("注：数据来源于各片区管委会统计报表，进出口数据经武汉海关核定。")
    b.headline("襄阳片区开通“襄阳—钦州港”新能源汽车\n铁海联运出口专列")
    b.para("1月以来，襄阳片区依托襄阳国际陆港，开辟“襄阳—钦州港—东盟”铁海联运汽车出口通道，累计出口新能源汽车及零部件货值4.3亿元。2月20日，首列“襄阳—钦州港”新能源商用车出口专列发车，装载的216辆新能源轻卡将经广西钦州港转运至泰国林查班港，全程运输时间较传统江海联运缩短约10天。（襄阳片区管委会供稿）")
    baowei(doc, HB_BAOWEI, "（共印120份）")
    docs.append({"meta": meta("自贸试验区建设简报", "2026年第2期（总第74期）", HB_ISSUER,
                              "2026-02-27", "provincial", "湖北省"), "clauses": b.clauses})

    # ------------------------------------------------ 第3期
    hb_masthead(doc, "2026年第3期（总第75期）", "2026年3月20日", False)
    b = Body(doc)
    b.headline("武汉片区构建科技成果转化全链条服务体系", name=XBS, size=20)
    b.runs([("编者按：", HT, 16, False),
            ("科技成果转化是自贸试验区服务创新驱动发展的重要抓手。武汉片区聚焦高校院所科技成果“不敢转、不愿转、不会转”等问题，探索形成科技成果转化全链条服务模式，该案例入选商务部第五批自贸试验区最佳实践案例。现将有关做法刊发，供各片区和联动创新区学习借鉴。", KT, 16, False)],
           "编者按：科技成果转化是自贸试验区服务创新驱动发展的重要抓手。武汉片区聚焦高校院所科技成果“不敢转、不愿转、不会转”等问题，探索形成科技成果转化全链条服务模式，该案例入选商务部第五批自贸试验区最佳实践案例。现将有关做法刊发，供各片区和联动创新区学习借鉴。")
    b.head("一、主要做法")
    b.runin("（一）打通“确权”堵点。", "联合武汉大学、华中科技大学等12所高校开展职务科技成果赋权改革试点，赋予科研人员职务科技成果所有权或不低于10年的长期使用权，累计完成赋权成果418项。")
    b.runin("（二）破解“估值”难题。", "依托武汉知识产权交易所建立科技成果评价中心，引入第三方评估机构37家，推行“先评价、后交易”，成果评估周期由平均45天缩短至15天。")
    b.runin("（三）搭建“转化”平台。", "建设光谷科技成果转化中试基地6个，为成果转化提供小试、中试、检测认证等服务，按中试费用的30%给予最高200万元补助。")
    b.head("二、取得成效")
    b.para("2025年，武汉片区技术合同成交额达到1286.4亿元，同比增长16.9%；高校院所科技成果在片区内就地转化1147项，占全市的41.3%；新增科技型中小企业2864家、高新技术企业1365家。")
    b.headline("【简　讯】", before=14)
    b.para("●3月5日，宜昌片区与老挝万象赛色塔综合开发区签署合作备忘录，双方将在磷化工、电池材料、跨境物流等领域开展产能合作。")
    b.para("●3月12日，“汉欧国际”中欧班列（武汉）开行“武汉—阿拉木图”跨境电商专列，首批装载服装、小家电等跨境电商货物52标箱。")
    b.para("●3月17日，省自贸办组织召开自贸试验区制度创新成果评估工作推进会，启动2026年度制度创新成果征集工作。")
    baowei(doc, HB_BAOWEI, "（共印120份）")
    docs.append({"meta": meta("自贸试验区建设简报", "2026年第3期（总第75期）", HB_ISSUER,
                              "2026-03-20", "provincial", "湖北省"), "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC B
LZ_ISSUER = "泸州市自贸试验区工作办公室"
LZ_BAOWEI = [
    "报：市委、市政府主要领导，市委、市政府分管领导，省自贸办。",
    "送：市自贸试验区建设领导小组成员单位，泸州海关，泸州港务集团。",
    "发：川南临港片区各部门，江阳区、龙马潭区、纳溪区自贸试验区协同改革先行区。",
]


def lz_masthead(doc, qihao, date_txt, zhuankan=False):
    add_par(doc, [("川南临港自贸片区工作简报", XBS, 36, False, RED)], align=C, indent=False,
            line=60, before=24, after=4)
    if zhuankan:
        add_par(doc, [("（专　刊）", KT, 18, True, RED)], align=C, indent=False, line=30)
    add_par(doc, [(qihao, FS, 16, False)], align=C, indent=False, line=30, after=8)
    # 编发单位 and date aligned with a right tab stop
    p = add_par(doc, [(LZ_ISSUER + "\t" + date_txt, FS, 16, False)], indent=False, line=30)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1, line=16)


def doc_luzhou():
    stem = "blind907_luzhou_zhuankan"
    doc = Document()
    setup(doc)
    restart_numbering(doc.sections[0])
    docs = []

    # ------------------------------------------------ 第9期
    lz_masthead(doc, "第9期", "2025年11月14日")
    b = Body(doc)
    b.headline("片区1-10月外贸进出口同比增长15.2%")
    b.para("据泸州海关统计，今年1-10月，川南临港片区实现外贸进出口总额186.3亿元，同比增长15.2%，占全市外贸进出口总额的62.7%。其中，出口121.8亿元，增长17.6%；进口64.5亿元，增长10.9%。")
    b.para("同期，泸州港累计完成集装箱吞吐量98.6万标箱,同比增长8.4%；完成货物吞吐量\n1986万吨，同比增长5.1%。白酒、化工、机械配件出口保持较快增长，成为拉动片区外贸增长的主要力量。")
    b.headline("片区推出“港口物流+金融”服务新模式")
    b.para("11月6日，川南临港片区联合中国银行泸州分行、泸州港务集团推出港口电子仓单质押融资业务，企业可凭港口监管仓内货物生成的电子仓单在线申请贷款，最快当天放款。首批3家粮油、酒类企业获得授信共计4200万元。（片区综合服务局供稿）")
    b.headline("“泸州—北部湾港—东盟”铁海联运班列实现常态化开行")
    b.para("截至10月底，“泸州—北部湾港—东盟”铁海联运班列今年累计开行128列，运输集装箱6400标箱，主要货类为白酒、化工原料、机械配件等，通达越南、泰国、马来西亚等8个东盟国家的19个港口。")
    b.para("下一步，片区将积极对接西部陆海新通道物流和运营组织中心，推动班列纳入“陆海新通道”统一品牌运营，力争明年开行班列200列以上。(片区港口物流局供稿)")
    baowei(doc, LZ_BAOWEI, "（共印60份）")
    docs.append({"meta": meta("川南临港自贸片区工作简报", "第9期", LZ_ISSUER, "2025-11-14",
                              "municipal", "泸州市"), "clauses": b.clauses})

    # ------------------------------------------------ 第10期（专刊） new section, page numbers restart
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    restart_numbering(sec)
    lz_masthead(doc, "第10期", "2025年12月5日", zhuankan=True)
    b = Body(doc)
    b.headline("川南临港片区第五批制度创新成果发布", name=XBS, size=22)
    b.runs([("编者按：", KT, 16, True),
            ("为及时总结推广改革经验，片区在各部门、各单位申报基础上，经第三方评估和专家论证，确定第五批制度创新成果10项。现将成果清单予以刊发，请各部门、各单位认真学习借鉴，结合实际抓好复制推广。", KT, 16, False)],
           "编者按：为及时总结推广改革经验，片区在各部门、各单位申报基础上，经第三方评估和专家论证，确定第五批制度创新成果10项。现将成果清单予以刊发，请各部门、各单位认真学习借鉴，结合实际抓好复制推广。")
    b.head("一、总体情况")
    b.para("本批成果聚焦投资便利、贸易便利、金融开放、政府职能转变4个领域，其中投资便利领域2项、贸易便利领域4项、金融开放领域2项、政府职能转变领域2项。经评估，有3项成果具有全国首创性，5项成果具有全省首创性。截至目前，片区累计形成制度创新成果58项，其中6项在全国复制推广、19项在全省复制推广。")
    b.head("二、成果清单")
    p = add_par(doc, [("川南临港片区第五批制度创新成果清单", HT, 14, False)], align=C,
                indent=False, line=26, before=4)
    p.paragraph_format.keep_with_next = True
    heads = ["序号", "成果名称", "领域", "牵头单位", "评估意见／首创层级", "评估意见／建议推广范围"]
    rows = [
        ["1", "工程建设项目“拿地即开工”全流程帮办代办", "投资便利", "片区规划建设局", "全省首创", "全省"],
        ["2", "外资企业设立登记“跨境通办”", "投资便利", "片区市场监管分局", "全省首创", "全省"],
        ["3", "白酒出口“一品一码”全链条溯源监管", "贸易便利", "泸州海关", "全国首创", "全国"],
        ["4", "内河港口出口货物“离港确认”模式", "贸易便利", "泸州海关", "全省首创", "长江沿线港口"],
        ["5", "铁海联运“一单制”数字提单", "贸易便利", "泸州港务集团", "全国首创", "全国"],
        ["6", "危险化学品进出口“先放后检”分类监管", "贸易便利", "泸州海关", "区域领先", "片区内"],
        ["7", "港口电子仓单质押融资", "金融开放", "中国银行泸州分行", "全省首创", "全省"],
        ["8", "跨境人民币结算“白名单”便利化", "金融开放", "人民银行泸州市分行", "区域领先", "全市"],
        ["9", "涉企行政检查“综合查一次”", "政府职能转变", "片区综合执法局", "全国首创", "全国"],
        ["10", "企业信用修复“一口受理、协同办理”", "政府职能转变", "片区政务服务中心", "全省首创", "全省"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.0), Cm(2.0), Cm(2.8), Cm(2.2), Cm(2.4)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    top = ["序号", "成果名称", "领域", "牵头单位", "评估意见", ""]
    sub = ["", "", "", "", "首创层级", "建议推广范围"]
    for i in range(6):
        set_cell(t.rows[0].cells[i], top[i], HT, 11)
        set_cell(t.rows[1].cells[i], sub[i], HT, 11)
    t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(t.cell(0, 4), "评估意见", HT, 11)
    for i in range(4):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, top[i], HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else C)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    add_par(doc, [("注：“首创层级”依据第三方评估机构出具的评估报告确定；“建议推广范围”为片区向上级部门报送的复制推广建议。", FS, 12, False)],
            indent=False, line=22, before=4)
    b.clauses.append("注：“首创层级”依据第三方评估机构出具的评估报告确定；“建议推广范围”为片区向上级部门报送的复制推广建议。")
    b.head("三、工作要求")
    b.runin("（一）抓好复制推广。", "各牵头单位要在12月底前制定成果推广操作指引，明确适用范围、办理流程和责任科室，确保成果在片区内全面落地见效。")
    b.runin("（二）强化跟踪评估。", "片区自贸办将会同第三方评估机构对成果实施效果开展跟踪评估，每半年形成一次评估报告，评估结果纳入年度目标绩效考核。")
    b.runin("（三）做好宣传推介。", "各部门要及时总结成果落地成效和典型案例，积极向省自贸办、商务部报送，争取更多成果在全省乃至全国复制推广。")
    baowei(doc, LZ_BAOWEI, "（共印60份）")
    docs.append({"meta": meta("川南临港自贸片区工作简报", "第10期", LZ_ISSUER, "2025-12-05",
                              "municipal", "泸州市"), "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC C
QZ_ISSUER = "钦州市自贸试验区工作办公室"
QZ_BAOWEI = [
    "送：自治区自贸办，市委、市人大常委会、市政府、市政协领导，市自贸试验区建设领导小组成员单位。",
    "发：钦州港片区管委会各部门，钦州港经济技术开发区、钦州保税港区各有关单位。",
]


def qz_masthead(doc, qihao, date_txt, first):
    # 报头 typed over two paragraphs, broken at an odd place
    p = add_par(doc, [("自贸试验区钦州港", XBS, 40, False, RED)], align=C, indent=False,
                line=56, before=12)
    if not first:
        p.paragraph_format.page_break_before = True
    add_par(doc, [("片区工作简报", XBS, 40, False, RED)], align=C, indent=False, line=56)
    # 期号 in a floating text box
    textbox_par(doc, qihao)
    p = add_par(doc, [(QZ_ISSUER + " " * 14 + date_txt, FS, 15, False)], indent=False, line=30,
                before=6)
    border(p, "bottom", "C00000", 24, 4)
    empty(doc, 1, line=14)


def doc_qinzhou():
    stem = "blind907_qinzhou_textbox"
    doc = Document()
    setup(doc)
    docs = []
    extra = "责任编辑：韦丽娟　　　　联系电话：0777-3886512"

    # ------------------------------------------------ 第4期
    qz_masthead(doc, "第4期", "2026年4月10日", True)
    b = Body(doc)
    b.headline("一季度片区外贸进出口同比增长18.6%", name=XBS, size=18)
    b.para("一季度，钦州港片区实现外贸进出口总额428.6亿元，同比增长18.6%；钦州港完成货物吞吐量5120万吨、集装箱吞吐量142.3万标箱，分别增长6.8%和13.5%。西部陆海新通道海铁联运班列开行2836列，同比增长21.4%，班列线路覆盖我国18个省（区、市）72个城市156个站点。")
    b.headline("片区多措并举推动与东盟经贸合作走深走实", name=XBS, size=18)
    b.para("今年以来，片区围绕服务共建“一带一路”和中国—东盟自贸区3.0版建设，重点推进以下工作：")
    b.para("◆开通钦州港至印度尼西亚雅加达、泰国曼谷两条外贸集装箱直航航线，片区外贸航线总数达到78条，实现东盟主要港口全覆盖。")
    b.para("◆中国—东盟（钦州）跨境数据服务中心投入运营，为63家外贸企业提供跨境数据合规咨询服务。")
    b.para("◆签发RCEP原产地证书1862份，涉及货值17.4亿元，帮助企业在进口国享受关税减让约5200万元。")
    b.para("下一步，片区将加快建设中国—东盟产业合作区钦州片区，推动更多东盟国家企业在片区设立区域总部和分拨中心。(片区经贸合作局供稿)")
    b.headline("钦州港自动化集装箱码头三期工程开工建设", name=XBS, size=18)
    b.para("4月2日，钦州港大榄坪南作业区自动化集装箱码头三期工程正式开工。项目总投资约56亿元，建设2个20万吨级集装箱泊位及配套设施，设计年通过能力200万标箱，建成后将采用“北斗+5G”自动驾驶集卡和远程操控岸桥，进一步提升西部陆海新通道国际门户港的集装箱\n中转能力。")
    baowei(doc, QZ_BAOWEI, None, extra)
    docs.append({"meta": meta("自贸试验区钦州港片区工作简报", "第4期", QZ_ISSUER, "2026-04-10",
                              "municipal", "钦州市"), "clauses": b.clauses})

    # ------------------------------------------------ 第5期
    qz_masthead(doc, "第5期", "2026年4月28日", False)
    b = Body(doc)
    b.headline("片区获批开展国际航行船舶保税液化天然气\n加注业务", name=XBS, size=18)
    b.para("4月20日，经国家有关部门同意，钦州港片区获批开展国际航行船舶保税液化天然气（LNG）加注业务，成为广西首个具备该项业务资质的港区。4月25日，“钦港LNG01”加注船为一艘挂巴拿马旗的集装箱船完成首单加注作业，加注量约1800立方米，标志着钦州港正式具备国际航行船舶绿色燃料供应能力。")
    b.para("下一步，片区将加快保税燃料油、保税LNG加注配套设施建设，力争到2027年形成年加注能力50万吨，打造西部陆海新通道绿色航运燃料补给中心。")
    b.headline("【简讯】", name=HT, size=16, before=12)
    b.para("●4月14日，钦州市与越南海防市签署友好交流合作协议，双方将在港口物流、跨境电商、临港产业等领域深化合作。", lead="\u3000\u3000")
    b.para("●4月16日，片区“海铁联运+冷链”东盟水果专列首发，装载的42标箱泰国榴莲经钦州港入境后直发重庆、成都。", lead="\u3000\u3000")
    b.para("●4月23日，片区召开2026年第一次制度创新工作推进会，部署开展“钦港通关一件事”等8项改革攻坚任务。", lead="\u3000\u3000")
    baowei(doc, QZ_BAOWEI, None, extra)
    docs.append({"meta": meta("自贸试验区钦州港片区工作简报", "第5期", QZ_ISSUER, "2026-04-28",
                              "municipal", "钦州市"), "clauses": b.clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_hubei(), doc_luzhou(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
