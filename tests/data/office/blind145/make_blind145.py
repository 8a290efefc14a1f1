# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, C416, UP031, E731
"""Blind round 145: chains of 转发 as they reach a city and a county.

Writes next to itself:
  blind145_yueyang_chain.docx / .pdf
      岳阳市人民政府办公室 notice (red 版头, 岳政办发〔2024〕19号, own 要求 一、…四、, 落款
      2024-07-26) that 转发 the 湖南省人民政府办公厅 notice (湘政办发〔2024〕31号, own 要求
      （一）…（五）with a 片区 target table, 落款 2024-07-09) that 转发 the 国务院办公厅 意见
      (国办发〔2024〕27号, full text 一、…六、 /（一）…（十三）, 落款 2024-06-18); one 版记
      (the city's) at the very end.
  blind145_hejiang_chain.docx / .pdf
      合江县人民政府办公室 notice (合府办发〔2024〕23号, 2024-10-09, own 要求 + 附件 责任分工表)
      转发 泸州市人民政府办公室 (泸市府办发〔2024〕57号, 2024-09-20) 转发 四川省人民政府办公厅
      (川办发〔2024〕38号, 2024-09-03) 转发 国务院办公厅 实施意见 (国办发〔2024〕41号, 2024-08-12).
  expected.json

Everything is fictional. Run:  . /work/venv/bin/activate && python make_blind145.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if _PB["next"]:
        pf.page_break_before = True
        _PB["next"] = False
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


_PB = {"next": False}


def page_break(doc):
    """The next paragraph starts a new page (w:pageBreakBefore), so no empty page is left
    when the previous document ends exactly at the foot of a page."""
    _PB["next"] = True


def add_page_field(p, size=SI_HAO):
    def r(text):
        set_font(p.add_run(text), ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI_HAO)
    add_page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI_HAO)
    add_page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sectPr = s._sectPr
    grid = sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, text, size=40):
    para(doc, "", indent=0)
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))


def docnum_line(doc, number, red_rule=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = para(doc, number, FS, SAN_HAO, align, 0)
    if red_rule:
        border(p, "bottom", 18, "E60012", 8)
    return p


def title_block(doc, parts, mode):
    """mode 'soft': one paragraph with w:br between parts; 'paras': one paragraph per part."""
    if mode == "soft":
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))


def signoff(doc, issuer, date, note, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    if note:
        para(doc, "", indent=0)
        para(doc, note, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=10):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def set_cell(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = 1.0
    set_font(p.add_run(text), east, size, bold)


def word_table(doc, header, rows, widths_mm, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(header):
        set_cell(t.cell(0, ci), h, HT, 12)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    # header row repeats on a new page, as offices set it
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for r in t.rows:
        r._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    t.autofit = False
    grid = t._tbl.tblGrid
    for ci, w in enumerate(widths_mm):
        grid.gridCol_lst[ci].w = Mm(w)
        for r in t.rows:
            r.cells[ci].width = Mm(w)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ====================================================================== FILE 1
# ---- level 3 (innermost): 国务院办公厅 意见
GB1_TITLE = "国务院办公厅关于支持自由贸易试验区深化改革创新更好服务共建“一带一路”的意见"
GB1_NUM = "国办发〔2024〕27号"
GB1_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
GB1_BLOCKS = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥自由贸易试验区（以下简称自贸试验区）改革开放综合试验平台作用，更好服务共建“一带一路”，经国务院同意，现提出以下意见。"),
    ("h", "一、总体要求"),
    ("p", "坚持以制度创新为核心，聚焦贸易、投资、物流、金融等重点领域，加大先行先试力度。到2027年，自贸试验区对共建“一带一路”国家进出口额占全国比重提高到25%以上，累计形成服务共建“一带一路”的制度创新成果100项以上，向全国复制推广不少于30项。"),
    ("h", "二、提升贸易便利化水平"),
    ("ri", "（一）深化国际贸易“单一窗口”建设。", "推动自贸试验区“单一窗口”与共建“一带一路”国家开展互联互通和数据交换，2025年底前实现与不少于15个国家的原产地证书、检验检疫证书电子联网核查。"),
    ("ri", "（二）推进多式联运“一单制”改革。", "支持自贸试验区开展多式联运提单物权凭证功能试点，推广“一次委托、一单到底、一次结算”服务模式，探索以多式联运提单开展信用证结算和质押融资。"),
    ("ri", "（三）创新跨境电商监管模式。", "支持自贸试验区内跨境电商企业在共建“一带一路”国家布局海外仓，对符合条件的海外仓出口货物开展“离境即退税”试点，退税办理时间压缩至3个工作日以内。"),
    ("h", "三、扩大双向投资合作"),
    ("ri", "（四）进一步放宽服务业准入。", "在自贸试验区率先落实跨境服务贸易负面清单，在工程咨询、法律服务、职业资格等领域扩大对共建“一带一路”国家的开放，允许符合条件的境外专业人员经备案后在自贸试验区内执业。"),
    ("ri", "（五）支持企业联合“走出去”。", "支持自贸试验区设立对外投资合作“一站式”服务平台，为企业提供境外投资备案、风险预警、法律咨询等服务；对境外投资项目备案实行“承诺制＋事中事后监管”。"),
    ("ri", "（六）推动境外经贸合作区协同发展。", "鼓励自贸试验区与境外经贸合作区建立“两区联动”机制，在产能合作、标准互认、人才培训等方面开展合作，每个自贸试验区原则上至少对接1个境外经贸合作区。"),
    ("h", "四、畅通国际物流通道"),
    ("ri", "（七）支持中欧班列高质量发展。", "支持重庆、四川、陕西、河南、新疆自贸试验区建设中欧班列集结中心，推进班列运输与海关监管、铁路运单数字化衔接，到2027年中欧班列年开行量稳定在1.7万列以上。"),
    ("ri", "（八）加快西部陆海新通道建设。", "支持广西、重庆、四川、贵州、云南自贸试验区共建西部陆海新通道，推广铁海联运“一箱到底”模式，推动海铁联运班列全程运输时间压缩20%以上。"),
    ("ri", "（九）发展长江江海联运。", "支持湖北、湖南、安徽、江苏自贸试验区沿江片区发展江海直达和江海联运，推动沿江港口与沿海港口共享航线资源，打造长江中游国际物流枢纽。"),
    ("h", "五、深化金融开放创新"),
    ("ri", "（十）扩大跨境人民币使用。", "支持自贸试验区内银行为共建“一带一路”国家企业提供人民币跨境结算和融资服务，开展本外币合一银行结算账户体系试点，便利跨境贸易投资人民币结算。"),
    ("ri", "（十一）完善出口信用保险支持。", "鼓励政策性出口信用保险机构对自贸试验区内企业在共建“一带一路”国家的中长期项目加大承保力度，对小微企业短期险实行保费优惠，保费降幅不低于10%。"),
    ("h", "六、保障措施"),
    ("ri", "（十二）加强组织实施。", "各有关省（自治区、直辖市）人民政府要切实履行主体责任，结合实际制定具体实施方案，并于每年11月底前将本年度工作进展情况报送商务部。商务部要会同有关部门加强指导协调，每年12月底前将汇总情况报国务院。"),
    ("ri", "（十三）建立容错纠错机制。", "对自贸试验区在服务共建“一带一路”先行先试中出现的失误和偏差，符合规定条件的，依规依纪依法予以免责或者减轻责任，鼓励大胆试、大胆闯。"),
]
GB1_DATE = ("2024年6月18日", "2024-06-18")

# ---- level 2: 湖南省人民政府办公厅
HN_TITLE = "湖南省人民政府办公厅关于转发《" + GB1_TITLE + "》的通知"
HN_NUM = "湘政办发〔2024〕31号"
HN_TO = "各市州、县市区人民政府，省政府各厅委、各直属机构："
HN_TABLE_HEADER = ["片区", "实际使用外资（亿美元）", "进出口总额（亿元）", "对共建“一带一路”国家进出口额增速（%）", "新增制度创新成果（项）"]
HN_TABLE = [
    ["长沙片区", "8.5", "1650", "12", "10"],
    ["岳阳片区", "1.2", "420", "15", "6"],
    ["郴州片区", "1.6", "380", "10", "5"],
    ["合计", "11.3", "2450", "—", "21"],
]
HN_BLOCKS = [
    ("p", "《" + GB1_TITLE + "》（" + GB1_NUM + "）已经国务院同意，现转发给你们，并结合我省实际提出如下贯彻意见，请一并抓好落实。"),
    ("ri", "（一）加强统筹协调。", "省自贸试验区工作领导小组办公室（设在省商务厅，以下简称省自贸办）要牵头制定全省贯彻落实任务清单，长沙、岳阳、郴州市人民政府要落实属地责任，省直有关部门要在2024年8月31日前出台配套支持措施。"),
    ("ri", "（二）突出片区特色。", "长沙片区重点建设中非经贸深度合作先行区，岳阳片区重点推进长江中游综合性航运物流中心和江海联运枢纽建设，郴州片区重点打造内陆地区承接产业转移和加工贸易转型升级重要平台。"),
    ("ri", "（三）明确年度目标。", "2024年全省自贸试验区服务共建“一带一路”主要目标如下："),
    ("table", HN_TABLE_HEADER, HN_TABLE),
    ("ri", "（四）强化督导评估。", "省自贸办要将贯彻落实情况纳入对各片区年度考核评估，考核结果与2025年省级开放型经济专项资金安排挂钩。"),
    ("ri", "（五）按时报送情况。", "各市州人民政府、省直有关部门请于2024年9月30日前将贯彻落实措施、2024年12月10日前将全年工作进展书面报送省商务厅（省自贸办），电子版发送至hnzmb_zhc@126.com。"),
    ("p", "联系人：省商务厅自贸试验区处　李卓；联系电话：0731-82280915。"),
]
HN_DATE = ("2024年7月9日", "2024-07-09")

# ---- level 1 (outer): 岳阳市人民政府办公室
YY_TITLE = "岳阳市人民政府办公室关于转发《湖南省人民政府办公厅关于转发〈" + GB1_TITLE + "〉的通知》的通知"
YY_TITLE_PARTS = ["岳阳市人民政府办公室关于转发《湖南省", "人民政府办公厅关于转发〈国务院办公厅", "关于支持自由贸易试验区深化改革创新", "更好服务共建“一带一路”的意见〉", "的通知》的通知"]
assert "".join(YY_TITLE_PARTS) == YY_TITLE
YY_NUM = "岳政办发〔2024〕19号"
YY_TO = "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直有关单位："
YY_BLOCKS = [
    ("p", "现将《湖南省人民政府办公厅关于转发〈" + GB1_TITLE + "〉的通知》（" + HN_NUM + "）转发给你们，并结合我市实际提出以下要求，请一并认真贯彻落实。"),
    ("ri", "一、压实片区主体责任。", "中国（湖南）自由贸易试验区岳阳片区管委会要对照国办发〔2024〕27号文件提出的5个方面13项任务和省里明确的分工，于2024年8月15日前制定岳阳片区具体落实方案，明确责任单位、完成时限和工作成果，报市人民政府审定。"),
    ("ri", "二、提升城陵矶港口岸功能。", "城陵矶新港区要会同岳阳海关、市交通运输局，围绕“港口＋口岸＋通道”协同发力，2024年底前城陵矶港至东盟国家的江海联运航线稳定在每周3班以上，岳阳城陵矶综合保税区进出口额同比增长15%以上。"),
    ("ri", "三、推动改革经验复制推广。", "各县市区和市直有关单位要主动对接岳阳片区，梳理可复制推广的制度创新成果，原则上每个县市区每年至少承接复制2项自贸试验区改革试点经验；临湘市、华容县要重点推广“江海联运一单制”“保税＋”等经验。"),
    ("ri", "四、按时报送工作情况。", "各县市区人民政府、各管理区管委会和市直有关单位请于2024年11月30日前将贯彻落实情况书面报送市商务局（市自贸办），同时报送电子版。"),
    ("p", "联系人：市商务局开放型经济科　周敏；联系电话：0730-8881726；地址：岳阳市岳阳楼区金鹗中路318号市商务局608室（邮编414000）。"),
]
YY_DATE = ("2024年7月26日", "2024-07-26")
YY_CHAOSONG = "市委各部门，岳阳军分区，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。"
YY_PRINTER = "岳阳市人民政府办公室"
YY_PRINTDATE = ("2024年7月29日", "2024-07-29")


# ====================================================================== FILE 2
GB2_TITLE = "国务院办公厅关于以开放通道建设推动内陆地区深度融入共建“一带一路”的实施意见"
GB2_NUM = "国办发〔2024〕41号"
GB2_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
GB2_BLOCKS = [
    ("p", "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和推动形成全面开放新格局的决策部署，加快建设内陆开放通道，推动内陆地区深度融入共建“一带一路”，经国务院同意，现提出以下实施意见。"),
    ("h", "一、加快完善开放通道网络"),
    ("ri", "（一）提升铁路通道能力。", "加快推进西部陆海新通道主通道和中欧班列通道瓶颈路段建设，到2027年西部陆海新通道主通道铁路运能较2023年提升50%以上。"),
    ("ri", "（二）畅通沿江沿边通道。", "统筹长江黄金水道和沿边口岸建设，支持泸州、宜宾、重庆、武汉等长江沿线港口建设铁水联运示范工程，2026年底前长江上游主要港口集装箱铁水联运比例达到15%以上。"),
    ("ri", "（三）加密国际航空货运航线。", "支持成都、重庆、西安、郑州等内陆城市开通至共建“一带一路”国家的全货机航线，对新开国际全货机航线在航班时刻资源配置上予以倾斜。"),
    ("h", "二、提升通道运行效率"),
    ("ri", "（四）推进通关一体化。", "在内陆开放通道沿线推广“提前申报”“两步申报”和“铁路快通”模式，2025年底前内陆主要口岸进口、出口整体通关时间分别压缩至30小时、1.5小时以内。"),
    ("ri", "（五）降低全程物流成本。", "规范港口、铁路、口岸收费，清理不合理收费项目，对铁海联运集装箱推行全程“一口价”，推动内陆地区社会物流总费用与地区生产总值的比率到2027年降至13.5%左右。"),
    ("ri", "（六）推动数字化协同。", "建设开放通道物流公共信息平台，推进铁路、港口、海关、航运数据共享，实现铁海联运集装箱全程可视化追踪。"),
    ("h", "三、大力发展通道经济"),
    ("ri", "（七）培育临港临站产业。", "支持内陆港口、铁路枢纽周边建设国际物流园区和临港产业园，引导加工贸易梯度转移，符合条件的可按程序申请设立综合保税区或者保税物流中心（B型）。"),
    ("ri", "（八）发展跨境电商和海外仓。", "支持内陆地区企业利用中欧班列、西部陆海新通道开展跨境电商出口，在共建“一带一路”国家建设一批海外仓，对符合条件的海外仓建设项目通过外经贸发展专项资金给予支持。"),
    ("ri", "（九）深化国际产能合作。", "鼓励内陆地区企业在共建“一带一路”国家建设境外经贸合作区和生产基地，带动装备、技术、标准和服务“走出去”。"),
    ("h", "四、强化组织保障"),
    ("ri", "（十）加强统筹协调。", "国家发展改革委、商务部、交通运输部、海关总署、国家铁路局、中国国家铁路集团有限公司要按照职责分工抓好落实，有关省（自治区、直辖市）人民政府要制定配套措施。"),
    ("ri", "（十一）强化要素保障。", "对纳入国家规划的开放通道重大项目，在用地、用海、环评等方面优先保障，中央预算内投资按规定予以支持。"),
    ("ri", "（十二）做好监测评估。", "各有关地方要建立开放通道运行监测指标体系，于每年1月底前将上一年度实施情况报送国家发展改革委、商务部；国家发展改革委要会同有关部门适时开展评估，重大情况及时报告国务院。"),
    ("p", "本实施意见自印发之日起施行，有效期至2027年12月31日。"),
]
GB2_DATE = ("2024年8月12日", "2024-08-12")

SC_TITLE = "四川省人民政府办公厅转发国务院办公厅关于以开放通道建设推动内陆地区深度融入共建“一带一路”的实施意见的通知"
SC_NUM = "川办发〔2024〕38号"
SC_TO = "各市（州）人民政府，省政府各部门、各直属机构，有关单位："
SC_BLOCKS = [
    ("p", "国务院办公厅《关于以开放通道建设推动内陆地区深度融入共建“一带一路”的实施意见》（" + GB2_NUM + "）已经国务院同意，现转发给你们，并结合我省实际提出以下贯彻意见，请一并认真贯彻执行。"),
    ("p", "1.加快构建“四向拓展、全域开放”通道体系。以成都国际铁路港、成都天府国际机场为核心，2025年底前实现中欧班列（成渝）四川方向年开行量稳定在5000列以上，西部陆海新通道四川方向班列年开行量突破3500列。"),
    ("p", "2.支持川南临港片区建设长江上游航运枢纽。中国（四川）自由贸易试验区川南临港片区要联动泸州港、宜宾港，加快建设铁水联运示范工程，集装箱铁水联运量年均增长20%以上。"),
    ("p", "3.完善通道运行保障。省发展改革委、省交通运输厅、成都海关要会同中国铁路成都局集团有限公司建立通道运行周调度机制，省财政每年统筹安排开放通道发展资金不低于5亿元。"),
    ("p", "4.压实工作责任。各市（州）人民政府请于2024年10月15日前制定具体落实举措，并于2024年12月20日前将年度进展报送省发展改革委（省推进“一带一路”建设工作领导小组办公室），同时抄送省商务厅。"),
    ("p", "联系人：省发展改革委对外开放处　王川；联系电话：028-86706153；电子邮箱：scydyl_kfc@163.com。"),
]
SC_DATE = ("2024年9月3日", "2024-09-03")

LZ_TITLE = "泸州市人民政府办公室关于转发川办发〔2024〕38号文件的通知"
LZ_NUM = "泸市府办发〔2024〕57号"
LZ_TO = "各区县人民政府，市级各部门，有关单位："
LZ_BLOCKS = [
    ("p", "现将《" + SC_TITLE + "》（" + SC_NUM + "）转发给你们，并提出以下要求，请一并贯彻执行。"),
    ("p", "（一）中国（四川）自由贸易试验区川南临港片区管委会要牵头编制泸州港开放通道能级提升三年行动方案，于2024年10月31日前报市人民政府审定。"),
    ("p", "（二）市交通运输局、泸州港务物流集团要加密泸州港至钦州港铁海联运班列，2024年内开行不少于120列，力争2025年集装箱铁水联运量达到8万标准箱。"),
    ("p", "（三）江阳区、龙马潭区、纳溪区、泸县、合江县、叙永县、古蔺县人民政府要各确定1个临港临站产业园区作为承接载体，于2024年11月30日前报市发展改革委备案。"),
    ("p", "（四）各区县人民政府、市级有关部门请于2024年11月10日前将贯彻落实情况报送市发展改革委（市推进“一带一路”建设工作领导小组办公室）。联系人：陈曦；联系电话：0830-3198720。"),
]
LZ_DATE = ("2024年9月20日", "2024-09-20")

HJ_TITLE = "合江县人民政府办公室关于转发《" + LZ_TITLE + "》的通知"
HJ_TITLE_PARTS = ["合江县人民政府办公室关于转发", "《泸州市人民政府办公室关于转发", "川办发〔2024〕38号文件的通知》的通知"]
assert "".join(HJ_TITLE_PARTS) == HJ_TITLE
HJ_NUM = "合府办发〔2024〕23号"
HJ_TO = "各镇人民政府、街道办事处，县级有关部门："
HJ_ATT = "合江县贯彻落实重点任务责任分工表"
HJ_TABLE_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
HJ_TABLE = [
    ["1", "建立全县融入共建“一带一路”工作台账", "县商务经济信息化局", "县发展改革局、县交通运输局", "2024年10月25日前"],
    ["2", "承接复制川南临港片区改革试点经验不少于3项", "合江临港工业园区管委会", "县市场监管局、县税务局", "2024年12月31日前"],
    ["3", "兑付新开铁水联运班列支持资金", "县财政局", "县商务经济信息化局", "2024年12月31日前"],
    ["4", "保障港口集疏运通道沿线建设用地", "白沙镇人民政府、榕山镇人民政府", "县自然资源和规划局", "2025年6月30日前"],
    ["5", "组织泸州港至钦州港铁海联运班列本地货源", "县商务经济信息化局", "合江临港工业园区管委会", "长期坚持"],
]
HJ_BLOCKS = [
    ("p", "现将《" + LZ_TITLE + "》（" + LZ_NUM + "）转发给你们，请结合实际认真贯彻执行，并就有关事项通知如下。"),
    ("p", "一、县商务经济信息化局要牵头建立全县融入共建“一带一路”工作台账，于2024年10月25日前将合江港、合江临港工业园区年度外贸目标分解落实到责任单位。"),
    ("p", "二、合江临港工业园区管委会要积极承接川南临港片区改革试点经验，2024年内至少复制推广3项；白沙镇、榕山镇要做好港口集疏运通道沿线建设用地保障。"),
    ("p", "三、县财政局要统筹安排2024年县级开放型经济发展资金300万元，对新开通经合江港的铁水联运班列给予支持，具体办法由县商务经济信息化局会同县财政局另行制定。"),
    ("p", "四、各镇（街道）、县级有关部门请于2024年11月5日前将贯彻落实情况书面报送县商务经济信息化局，逾期未报的予以通报。联系人：罗静；联系电话：0830-5212386；地址：合江县符阳街道少岷路88号县政府综合楼412室。"),
]
HJ_DATE = ("2024年10月9日", "2024-10-09")
HJ_CHAOSONG = "县委办公室，县人大常委会办公室，县政协办公室，县纪委监委机关。"
HJ_PRINTER = "合江县人民政府办公室"
HJ_PRINTDATE = ("2024年10月11日", "2024-10-11")


# ---------------------------------------------------------------- building
def body(doc, blocks, widths=None, left_cols=()):
    for b in blocks:
        if b[0] == "p":
            para(doc, b[1])
        elif b[0] == "h":
            para(doc, b[1], HT, SAN_HAO)
        elif b[0] == "ri":
            runin(doc, b[1], b[2], HT if b[1].startswith(("一", "二", "三", "四", "五", "六")) else KT)
        elif b[0] == "table":
            word_table(doc, b[1], b[2], widths, left_cols)


def clauses_of(blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "ri":
            out.append(b[1] + b[2])
        elif b[0] == "table":
            out.extend(row_clause(b[1], r) for r in b[2])
    return out


def build_yueyang():
    doc = Document()
    setup_page(doc)
    # ---- city (outer), full 版头
    banhead(doc, "岳阳市人民政府办公室文件")
    para(doc, "", indent=0)
    docnum_line(doc, YY_NUM, red_rule=True)
    para(doc, "", indent=0)
    title_block(doc, YY_TITLE_PARTS, "soft")
    para(doc, "", indent=0)
    para(doc, YY_TO, indent=0)
    body(doc, YY_BLOCKS)
    signoff(doc, "岳阳市人民政府办公室", YY_DATE[0], "（此件主动公开）", blanks=1)
    # ---- province (forwarded): 文号 line on top, no 版头, no 版记
    page_break(doc)
    docnum_line(doc, HN_NUM, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=0)
    title_block(doc, [HN_TITLE], "soft")
    para(doc, "", indent=0)
    para(doc, HN_TO, indent=0)
    body(doc, HN_BLOCKS, widths=[22, 28, 28, 40, 36])
    signoff(doc, "湖南省人民政府办公厅", HN_DATE[0], "（此件公开发布）", blanks=1)
    # ---- State Council (forwarded): title, then 文号 under it
    page_break(doc)
    title_block(doc, [GB1_TITLE], "soft")
    docnum_line(doc, GB1_NUM)
    para(doc, "", indent=0)
    para(doc, GB1_TO, indent=0)
    body(doc, GB1_BLOCKS)
    signoff(doc, "国务院办公厅", GB1_DATE[0], "（此件公开发布）")
    # ---- one 版记: the city's
    banji(doc, YY_CHAOSONG, YY_PRINTER, YY_PRINTDATE[0], blank_lines=6)
    out = os.path.join(HERE, "blind145_yueyang_chain.docx")
    doc.save(out)
    return out


def build_hejiang():
    doc = Document()
    setup_page(doc)
    # ---- county (outer)
    banhead(doc, "合江县人民政府办公室文件")
    para(doc, "", indent=0)
    docnum_line(doc, HJ_NUM, red_rule=True)
    para(doc, "", indent=0)
    title_block(doc, HJ_TITLE_PARTS, "paras")
    para(doc, "", indent=0)
    para(doc, HJ_TO, indent=0)
    body(doc, HJ_BLOCKS)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + HJ_ATT, indent=2)
    signoff(doc, "合江县人民政府办公室", HJ_DATE[0], "（此件公开发布）")
    # county's own 附件 (after its 落款, before the forwarded documents)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, HJ_ATT, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    word_table(doc, HJ_TABLE_HEADER, HJ_TABLE, [12, 58, 34, 34, 26], left_cols=(1,))
    # ---- city (forwarded): 文号 right-aligned on top
    page_break(doc)
    docnum_line(doc, LZ_NUM, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", indent=0)
    title_block(doc, [LZ_TITLE], "soft")
    para(doc, "", indent=0)
    para(doc, LZ_TO, indent=0)
    body(doc, LZ_BLOCKS)
    signoff(doc, "泸州市人民政府办公室", LZ_DATE[0], "（此件公开发布）")
    # ---- province (forwarded): 文号 centered on top
    page_break(doc)
    docnum_line(doc, SC_NUM)
    para(doc, "", indent=0)
    title_block(doc, [SC_TITLE], "soft")
    para(doc, "", indent=0)
    para(doc, SC_TO, indent=0)
    body(doc, SC_BLOCKS)
    signoff(doc, "四川省人民政府办公厅", SC_DATE[0], "（此件公开发布）")
    # ---- State Council (forwarded): title then 文号
    page_break(doc)
    title_block(doc, [GB2_TITLE], "soft")
    docnum_line(doc, GB2_NUM)
    para(doc, "", indent=0)
    para(doc, GB2_TO, indent=0)
    body(doc, GB2_BLOCKS)
    signoff(doc, "国务院办公厅", GB2_DATE[0], "（此件公开发布）")
    banji(doc, HJ_CHAOSONG, HJ_PRINTER, HJ_PRINTDATE[0], blank_lines=6)
    out = os.path.join(HERE, "blind145_hejiang_chain.docx")
    doc.save(out)
    return out


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_145", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- expected.json
def docobj(meta, clauses, applies, requirements, note, pdf_note="same metadata and clauses as the .docx"):
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "requirements": requirements,
            "_note": note, "_pdf": {"note": pdf_note}}


NATIONAL_ORG = ["国务院办公厅"]


def expected():
    yy = docobj(
        {
            "title": YY_TITLE, "doc_number": YY_NUM, "issuer": ["岳阳市人民政府办公室"],
            "date": YY_DATE[1], "published": YY_PRINTDATE[1], "level": "municipal", "region": "湖南省岳阳市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
            "recipients": ["各县市区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会", "市直有关单位"],
            "publicity": "此件主动公开",
            "chain_position": "1 of 3 (outer; the office whose 版头 and 版记 the file carries)",
            "transmits": HN_NUM,
        },
        clauses_of(YY_BLOCKS),
        {"default": "湖南省岳阳市",
         "specific": {"一、": "中国（湖南）自由贸易试验区岳阳片区", "二、": "城陵矶新港区（城陵矶港、岳阳城陵矶综合保税区）",
                      "三、": "岳阳市各县市区；临湘市、华容县 named"},
         "note": "东盟国家 (二、) does not place the clause abroad; 岳阳海关/市交通运输局 are organs. The 联系人 line's address (岳阳楼区金鹗中路…) is a mailing address, not where the clause applies."},
        {"own": ["2024-08-15 岳阳片区落实方案 → 市人民政府审定 (一、)", "2024-11-30 贯彻落实情况 → 市商务局（市自贸办）, 书面+电子版 (四、)"],
         "contact": "市商务局开放型经济科 周敏 0730-8881726; 岳阳市岳阳楼区金鹗中路318号市商务局608室（414000）",
         "not_its": "2024-08-31 / 2024-09-30 / 2024-12-10 and 李卓 0731-82280915 are the province's; 每年11月底/12月底 商务部/国务院 are the State Council's"},
        "The city's own notice: 6 clauses (转发 sentence, 一、…四、 run-in 黑体 headings, 联系人 line). Furniture: red 版头 岳阳市人民政府办公室文件, 文号 line + red rule, the title (ONE paragraph with two soft breaks, nested 《…〈…〉…》 book marks — must be re-joined without spaces and keep 《〈〉》), 主送, 落款 + 2024年7月26日, （此件主动公开）. "
        "The 版记 at the very end of the file (抄送：市委各部门… / 岳阳市人民政府办公室 2024年7月29日印发) belongs to THIS document (published 2024-07-29), although it is printed after the State Council text: it must not become a clause of the State Council document, and 2024-07-29 must not become anyone's 成文日期. "
        "date = 2024-07-26 (its own 落款, the FIRST 落款 in the file), not 2024-07-09 (province) nor 2024-06-18 (国务院). doc_number = 岳政办发〔2024〕19号; the 文号 湘政办发〔2024〕31号 / 国办发〔2024〕27号 in its text are references. attachments: none (the forwarded documents are not listed as 附件). "
        "If the reader makes only ONE document of the whole file: the city's fields must still be the city's (HIGH if title/文号/date/issuer are taken from a forwarded document), and the province/国务院 clauses appended to it lose their own issuer, 文号, date and level — an analyst citing 国办发〔2024〕27号（八） would cite 岳阳市人民政府办公室 (HIGH, unless every clause's path/label names its document).",
    )
    hn = docobj(
        {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["湖南省人民政府办公厅"],
            "date": HN_DATE[1], "published": None, "level": "provincial", "region": "湖南省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
            "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"], "publicity": "此件公开发布",
            "chain_position": "2 of 3 (forwarded by 岳政办发〔2024〕19号)", "transmits": GB1_NUM, "transmitted_by": YY_NUM,
        },
        clauses_of(HN_BLOCKS),
        {"default": "湖南省",
         "specific": {"（一）": "长沙市、岳阳市、郴州市 (片区所在市)", "（二）": "长沙片区 / 岳阳片区 / 郴州片区 (one clause naming three 片区; all three or 湖南省 tolerable)",
                      "table row 长沙片区": "中国（湖南）自由贸易试验区长沙片区", "table row 岳阳片区": "中国（湖南）自由贸易试验区岳阳片区",
                      "table row 郴州片区": "中国（湖南）自由贸易试验区郴州片区", "table row 合计": "湖南省（三个片区合计）"},
         "note": "中非 (（二）) and 共建“一带一路”国家 do not place clauses abroad. The province document must NOT be placed in 岳阳市 (it is printed in a 岳阳 file, but it applies to all 湖南 and its 片区)."},
        {"own": ["2024-08-31 省直有关部门出台配套支持措施 (（一）)", "2024-09-30 贯彻落实措施 → 省商务厅（省自贸办） (（五）)", "2024-12-10 全年工作进展 → 省商务厅（省自贸办）, 电子版 hnzmb_zhc@126.com (（五）)"],
         "contact": "省商务厅自贸试验区处 李卓 0731-82280915"},
        "Printed after a page break with NO 版头: the first line is its 文号 湘政办发〔2024〕31号 (centered, no red rule), then the title (one paragraph, 《…》), 主送, body, 落款 湖南省人民政府办公厅 2024年7月9日, （此件公开发布）; no 版记 of its own (not reproduced), so published is unknown. "
        "Clauses: the 转发 sentence, （一）…（五） (run-in 楷体 headings, heading + text = one clause), the 4 table rows (（三） introduces the table: the rows belong to （三）), the 联系人 line = 12. "
        "The 文号 line must become this document's doc_number (not a clause, not glued to the previous document's （此件主动公开）). The table's 合计 row with “—” is a total row (clause or dropped, both tolerable).",
    )
    gb1 = docobj(
        {
            "title": GB1_TITLE, "doc_number": GB1_NUM, "issuer": ["国务院办公厅"],
            "date": GB1_DATE[1], "published": None, "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [], "doc_type": "意见",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"], "publicity": "此件公开发布",
            "chain_position": "3 of 3 (innermost; forwarded by 湘政办发〔2024〕31号)", "transmitted_by": HN_NUM,
        },
        clauses_of(GB1_BLOCKS),
        {"default": "全国（各自贸试验区）",
         "specific": {"（七）": "重庆、四川、陕西、河南、新疆自贸试验区", "（八）": "广西、重庆、四川、贵州、云南自贸试验区",
                      "（九）": "湖北、湖南、安徽、江苏自贸试验区沿江片区"},
         "note": "The State Council text applies nationally; placing its clauses in 岳阳市 or 湖南省 because the file is a 岳阳 file is wrong (medium; high if its level also becomes municipal). 共建“一带一路”国家 do not place clauses abroad."},
        {"own": ["每年11月底前 各省（区、市）→ 商务部 (（十二）)", "每年12月底前 商务部 → 国务院 (（十二）)"], "contact": None},
        "Printed after a page break: the title first (one paragraph), then 国办发〔2024〕27号 on the line UNDER the title (a 文号, not a subtitle, not a clause), 主送, the 意见. "
        "Clauses: intro, the 一、总体要求 paragraph (no number of its own), （一）…（十三） (numbered continuously across sections 二、…六、; run-in 楷体 headings) = 15. 一、…六、 are heading-only (tolerable as heading clauses; the numbers must be kept as the path). "
        "落款 国务院办公厅 2024年6月18日 and （此件公开发布） are furniture. The city's 版记 follows 6 blank lines after this document's （此件公开发布） — it is not part of this document.",
    )
    lz_date = LZ_DATE
    hj = docobj(
        {
            "title": HJ_TITLE, "doc_number": HJ_NUM, "issuer": ["合江县人民政府办公室"],
            "date": HJ_DATE[1], "published": HJ_PRINTDATE[1], "level": "county", "region": "四川省泸州市合江县",
            "effective": None, "expires": None, "attachments": [HJ_ATT], "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "县级有关部门"], "publicity": "此件公开发布",
            "chain_position": "1 of 4 (outer; the file's 版头 and 版记)", "transmits": LZ_NUM,
        },
        clauses_of(HJ_BLOCKS) + [row_clause(HJ_TABLE_HEADER, r) for r in HJ_TABLE],
        {"default": "四川省泸州市合江县",
         "specific": {"一、": "合江港、合江临港工业园区", "二、": "合江临港工业园区；白沙镇、榕山镇", "三、": "合江港",
                      "附件 row 2": "合江临港工业园区", "附件 row 4": "白沙镇、榕山镇"},
         "note": "川南临港片区 (二、, row 2) is the source of the experience, not where the clause applies; 钦州港 (row 5) is a destination, not a place of application. The 联系人 address (符阳街道…) is a mailing address."},
        {"own": ["2024-10-25 工作台账 / 外贸目标分解 (一、 and 附件 row 1)", "2024-11-05 贯彻落实情况 → 县商务经济信息化局, 书面 (四、)", "附件 table 完成时限 per task (2024-12-31, 2025-06-30, 长期坚持)"],
         "contact": "罗静 0830-5212386; 合江县符阳街道少岷路88号县政府综合楼412室",
         "not_its": "2024-10-31 / 2024-11-10 / 2024-11-30 and 陈曦 0830-3198720 are the city's; 2024-10-15 / 2024-12-20 and 王川 028-86706153 the province's; 每年1月底 the State Council's"},
        "The county's own notice: 5 clauses (转发 sentence, 一、…四、 plain numbered paragraphs, contact inside 四、) + its 附件 责任分工表 (5 rows, 序号 1–5) = 10. "
        "The title is typed as TWO paragraphs (…关于转发《泸州市人民政府办公室 / 关于转发川办发〔2024〕38号文件的通知》的通知) and must be joined into one; it names the city document by title and the province document only by 文号. "
        "附件说明 附件：合江县贯彻落实重点任务责任分工表 → attachments; the 附件 (label 附件, table title, table) is printed after the county's 落款 and BEFORE the forwarded city document — its rows belong to the county document, not to the 泸州 document that follows. "
        "Furniture: red 版头 合江县人民政府办公室文件, 文号 + red rule, 主送, 落款 + 2024年10月9日, （此件公开发布）; the 版记 at the very end of the file (抄送：县委办公室… / 合江县人民政府办公室 2024年10月11日印发) is this document's (published 2024-10-11). "
        "date 2024-10-09, level county, region 合江县 — not 泸州市 (municipal), not 四川省, not 国务院's 2024-08-12; effective/expires null (2027-12-31 is the State Council document's, must not be inherited).",
    )
    lz = docobj(
        {
            "title": LZ_TITLE, "doc_number": LZ_NUM, "issuer": ["泸州市人民政府办公室"],
            "date": lz_date[1], "published": None, "level": "municipal", "region": "四川省泸州市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
            "recipients": ["各区县人民政府", "市级各部门", "有关单位"], "publicity": "此件公开发布",
            "chain_position": "2 of 4 (forwarded by 合府办发〔2024〕23号)", "transmits": SC_NUM, "transmitted_by": HJ_NUM,
        },
        clauses_of(LZ_BLOCKS),
        {"default": "四川省泸州市",
         "specific": {"（一）": "中国（四川）自由贸易试验区川南临港片区（泸州港）", "（二）": "泸州港",
                      "（三）": "江阳区、龙马潭区、纳溪区、泸县、合江县、叙永县、古蔺县 (all 7 区县 = 泸州市 as a whole; 泸州市 tolerable)"},
         "note": "钦州港 in （二） is a destination, not a place of application."},
        {"own": ["2024-10-31 三年行动方案 → 市人民政府审定 (（一）)", "2024-11-30 临港临站产业园区 → 市发展改革委备案 (（三）)", "2024-11-10 贯彻落实情况 → 市发展改革委（市“一带一路”办） (（四）)"],
         "contact": "陈曦 0830-3198720 (inside （四）)"},
        "Printed after a page break with NO 版头: the first line is its 文号 泸市府办发〔2024〕57号 RIGHT-aligned, then the title (names the province document only by 文号), 主送, body, 落款 泸州市人民政府办公室 2024年9月20日, （此件公开发布）. "
        "Clauses: 转发 sentence + （一）…（四） plain (no run-in heading) = 5. Its 文号 line comes right after the county 附件 table: it must not be read as a table row or a clause of the county document.",
    )
    sc = docobj(
        {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省人民政府办公厅"],
            "date": SC_DATE[1], "published": None, "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"], "publicity": "此件公开发布",
            "chain_position": "3 of 4 (forwarded by 泸市府办发〔2024〕57号)", "transmits": GB2_NUM, "transmitted_by": LZ_NUM,
        },
        clauses_of(SC_BLOCKS),
        {"default": "四川省",
         "specific": {"1.": "成都市（成都国际铁路港、成都天府国际机场）", "2.": "中国（四川）自由贸易试验区川南临港片区；泸州港（泸州市）、宜宾港（宜宾市）"},
         "note": "3. names 成都海关/中国铁路成都局集团有限公司 — organs, not places (placing 3. in 成都 is wrong, low)."},
        {"own": ["2024-10-15 各市（州）具体落实举措 (4.)", "2024-12-20 年度进展 → 省发展改革委（省推进“一带一路”建设工作领导小组办公室）, 抄送省商务厅 (4.)"],
         "contact": "省发展改革委对外开放处 王川 028-86706153 scydyl_kfc@163.com"},
        "Printed after a page break with NO 版头: 川办发〔2024〕38号 centered on top, then the title (转发…的实施意见的通知 — no book-title marks; the title runs two lines in one paragraph), 主送, body, 落款 四川省人民政府办公厅 2024年9月3日, （此件公开发布）. "
        "Clauses: 转发 sentence, 1.…4. (each “N.heading。text” in one paragraph, heading + text = one clause), 联系人 line = 6.",
    )
    gb2 = docobj(
        {
            "title": GB2_TITLE, "doc_number": GB2_NUM, "issuer": ["国务院办公厅"],
            "date": GB2_DATE[1], "published": None, "level": "national", "region": "全国",
            "effective": GB2_DATE[1], "expires": "2027-12-31", "attachments": [], "doc_type": "实施意见",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"], "publicity": "此件公开发布",
            "chain_position": "4 of 4 (innermost; forwarded by 川办发〔2024〕38号)", "transmitted_by": SC_NUM,
        },
        clauses_of(GB2_BLOCKS),
        {"default": "全国（内陆地区）",
         "specific": {"（二）": "泸州、宜宾、重庆、武汉等长江沿线港口", "（三）": "成都、重庆、西安、郑州等内陆城市"},
         "note": "The State Council text must NOT be placed in 合江县/泸州市 because the file is a 合江 file (medium; high with level county)."},
        {"own": ["每年1月底前 上一年度实施情况 → 国家发展改革委、商务部 (（十二）)"], "contact": None},
        "Printed after a page break: the title (one paragraph), then 国办发〔2024〕41号 under it, 主送, the 实施意见: intro, （一）…（十二） (continuous numbering across 一、…四、, run-in 楷体 headings), and the closing 本实施意见自印发之日起施行，有效期至2027年12月31日。 = 14 clauses. "
        "effective 2024-08-12 (自印发之日起 = its 落款 date) and expires 2027-12-31 belong to THIS document only. 落款 国务院办公厅 2024年8月12日, （此件公开发布） are furniture; the county's 版记 follows after 6 blank lines and is not part of it.",
    )
    pdf = {
        YY_NUM: "PDF (8 pages): pages 1–2. No fonts/styles: the red 版头 and 文号 are plain text lines; the title prints as 5 centred lines (the soft breaks) and must be joined; “岳政办发〔2024〕19 号” has a space before 号 in the text layer (normalise). The 联系人 line wraps inside the phone number (0730- / 8881726) — must be re-joined without a space. Page footers “— N —” are furniture. The 版记 is on page 8, after the 国务院 落款.",
        HN_NUM: "PDF pages 3–4: the new document starts at the top of page 3 with the bare line “湘政办发〔2024〕31 号” — the only sign that a new document begins (no 版头); the table (page 4) has header cells wrapped over 3 lines (实际使用外 / 资（亿美 / 元） …), which must be re-joined per column; 联系人 phone wraps (0731- / 82280915).",
        GB1_NUM: "PDF pages 5–8: title on two lines, then “国办发〔2024〕27 号” under it; （十二） runs across the page 7/8 break; the city's 版记 (抄送… / 岳阳市人民政府办公室 2024年7月29日印发) sits on page 8 right under this document's （此件公开发布） — it must not be appended to （十三） or become a clause.",
        HJ_NUM: "PDF (11 pages): pages 1–3; title on 3 centred lines; 三、 runs across the page 1/2 break; 附件 table on page 3 with multi-line cells (建立全县融入共建“一带一 / 路”工作台账; header 序 / 号) — each row must be re-assembled per column. The 版记 is on page 11.",
        LZ_NUM: "PDF pages 4–5: starts with “泸市府办发〔2024〕57 号” printed RIGHT-aligned at the top of page 4 (right after the county's table page); （四） is cut by the page break inside the phone number: page 5 begins with “0830-3198720。” which belongs to （四）, not a new clause and not the 落款.",
        SC_NUM: "PDF pages 6–7: starts with “川办发〔2024〕38 号” centred; title on 3 lines; 3. runs across the page 6/7 break.",
        GB2_NUM: "PDF pages 8–10: title on 2 lines, then “国办发〔2024〕41 号”; heading 二、提升通道运行效率 is the last line of page 8 (its items start page 9); 四、 heads page 10; 有效期至 2027 年 12 月 31 / 日。 wraps; county 版记 alone on page 11.",
    }
    for d in (yy, hn, gb1, hj, lz, sc, gb2):
        d["_pdf"]["layout"] = pdf[d["meta"]["doc_number"]]
    return {"blind145_yueyang_chain": [yy, hn, gb1], "blind145_hejiang_chain": [hj, lz, sc, gb2]}


def main():
    a = build_yueyang()
    b = build_hejiang()
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b)


if __name__ == "__main__":
    main()
