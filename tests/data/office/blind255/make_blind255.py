# ruff: noqa
"""Write the blind255 office files (docx + pdf) and expected.json next to this script.

Run:  . /work/venv/bin/activate && python make_blind255.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_run_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)
    if align is not None:
        p.alignment = align


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_run_font(r, SONG, size)
    r = p.add_run()
    set_run_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_run_font(r, SONG, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    r._element.append(t)
    r = p.add_run()
    set_run_font(r, SONG, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_run_font(r, SONG, size)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(35), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    # odd pages: right, even pages: left (GB/T 9704 7.5)
    fo = sec.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    add_page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    add_page_field(fe)
    # drop the empty first paragraph python-docx starts with
    return doc


def P(doc, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None, line=28, before=0, after=0, left=None):
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=indent, line=line, before=before, after=after, left=left)
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    """Run-in heading: '（一）加强组织领导。' in 楷体 then body text in 仿宋 in the same paragraph."""
    p = P(doc)
    r = p.add_run(head)
    set_run_font(r, head_font, 16)
    if body:
        r = p.add_run(body)
        set_run_font(r, FS, 16)
    return p


def h1(doc, text):
    return P(doc, text, font=HT)


def h2(doc, text):
    return P(doc, text, font=KT)


def blank(doc, n=1, line=28):
    for _ in range(n):
        P(doc, "", indent=False, line=line)


def banner(doc, organ, docnum, organ_size=None):
    """版头: red 发文机关标志, 发文字号, red rule."""
    blank(doc, 1, line=28)
    size = organ_size or (36 if len(organ) <= 12 else (28 if len(organ) <= 16 else 22))
    p = P(doc, organ, font=XBS, size=size, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=size + 14)
    blank(doc, 1)
    p = P(doc, docnum, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "E60012", 18, 12)
    blank(doc, 1)


def title(doc, lines, size=22):
    p = P(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_run_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    blank(doc, 1)
    return p


def recipients(doc, text):
    return P(doc, text, indent=False)


def signature(doc, organ, date, gap=2):
    blank(doc, gap)
    P(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    P(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)


def public_note(doc, text="（此件公开发布）"):
    P(doc, text)


def banji(doc, cc, printer, pdate):
    """版记: 抄送 + 印发机关和印发日期, between rules, at the foot of the last page."""
    blank(doc, 1)
    p = P(doc, "", indent=False, left=14)
    border(p, "top", "000000", 12, 1)
    border(p, "bottom", "000000", 4, 1)
    r = p.add_run(cc)
    set_run_font(r, FS, 14)
    p.paragraph_format.hanging_indent = None
    p = P(doc, "", indent=False, left=14)
    border(p, "bottom", "000000", 12, 1)
    r = p.add_run(printer)
    set_run_font(r, FS, 14)
    pad = "\u3000" * max(1, 24 - len(printer) - len(pdate) - 2)
    r = p.add_run(pad + pdate + "印发")
    set_run_font(r, FS, 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def new_section(doc, landscape=False):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape)
    return sec


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    r = p.add_run(text)
    set_run_font(r, font, size, bold)


def set_cell_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def save(doc, stem):
    # remove the leading empty paragraph python-docx documents start with
    body = doc.element.body
    first = body[0]
    if first.tag == qn("w:p") and not first.xpath(".//w:t"):
        body.remove(first)
    path = HERE / f"{stem}.docx"
    doc.save(path)
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_255", "--convert-to", "pdf",
         "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


EXPECTED = {}


def meta(title, doc_number, issuer, date, published, level, region, effective=None, expires=None,
         attachments=(), doc_type="通知", recipients=(), publicity=None, repeals=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region, "effective": effective,
            "expires": expires, "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity, "repeals": repeals}


# ================================================================ 1. 岳阳: 市转发省办公厅印发实施方案的通知
def make_yueyang():
    stem = "blind255_yueyang_zhuanfa"
    doc = new_doc()
    banner(doc, "岳阳市人民政府办公室文件", "岳政办发〔2024〕9号", organ_size=30)
    title(doc, ["岳阳市人民政府办公室", "关于转发省人民政府办公厅关于印发湖南省",
                "深度融入共建“一带一路”推动高水平", "对外开放实施方案的通知的通知"])
    rec_city = "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直各单位："
    recipients(doc, rec_city)
    city_body = ("现将《湖南省人民政府办公厅关于印发〈湖南省深度融入共建“一带一路”推动高水平对外开放实施方案〉的通知》"
                 "（湘政办发〔2024〕6号）转发给你们，请结合实际认真贯彻落实。市商务局要会同市发展改革委、岳阳海关等单位"
                 "加强统筹调度，每半年将贯彻落实情况报市人民政府。")
    P(doc, city_body)
    signature(doc, "岳阳市人民政府办公室", "2024年3月26日")
    public_note(doc)

    # ---- the province's notice, printed whole (runs on after the city's 落款)
    blank(doc, 2)
    P(doc, "湘政办发〔2024〕6号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    blank(doc)
    title(doc, ["湖南省人民政府办公厅", "关于印发《湖南省深度融入共建“一带一路”",
                "推动高水平对外开放实施方案》的通知"])
    rec_prov = "各市州人民政府，省政府各厅委、各直属机构："
    recipients(doc, rec_prov)
    prov_body = ("《湖南省深度融入共建“一带一路”推动高水平对外开放实施方案》已经省人民政府同意，"
                 "现印发给你们，请认真组织实施。")
    P(doc, prov_body)
    signature(doc, "湖南省人民政府办公厅", "2024年2月29日")
    public_note(doc)

    # ---- the plan
    page_break(doc)
    title(doc, ["湖南省深度融入共建“一带一路”", "推动高水平对外开放实施方案"])
    plan = []
    t = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥我省“一带一部”区位优势，"
         "以高水平对外开放推动内陆地区改革开放高地建设，结合我省实际，制定本方案。")
    P(doc, t); plan.append(t)
    h1(doc, "一、总体要求")
    t = ("坚持以习近平新时代中国特色社会主义思想为指导，统筹推进硬联通、软联通、心联通，以国际物流通道、"
         "自由贸易试验区、跨境电商和经贸人文交流为重点，推动外贸、外资、外经联动发展。到2027年，全省货物贸易进出口总额"
         "突破8000亿元，对共建“一带一路”国家进出口占比提高到45%以上，新增对外投资企业300家以上。")
    P(doc, t); plan.append(t)
    h1(doc, "二、重点任务")
    h2(doc, "（一）畅通国际物流大通道")
    items = [
        ("1.做强中欧班列。", "推动中欧班列（长沙）集结中心扩容提质，加密至中亚、欧洲方向的固定班列线路，拓展回程货源，"
         "到2027年年开行量稳定在1200列以上。（责任单位：省发展改革委、省商务厅、长沙海关）"),
        ("2.提升江海联运水平。", "支持岳阳市建设长江中游区域性航运物流中心，加快城陵矶港三期集装箱码头建设，"
         "加密“岳阳—上海洋山”江海直达航线，到2027年集装箱吞吐量达到150万标箱。（责任单位：省交通运输厅、岳阳市人民政府）"),
        ("3.拓展国际航空货运。", "支持开通至东南亚、南亚、非洲的国际全货机航线，对新开通并稳定运营的国际全货机航线，"
         "按照每班次不超过20万元的标准给予运营补贴。（责任单位：省交通运输厅、省财政厅）"),
    ]
    for a, b in items:
        runin(doc, a, b, head_font=FS); plan.append(a + b)
    h2(doc, "（二）提升自由贸易试验区开放能级")
    items = [
        ("1.", "中国（湖南）自由贸易试验区长沙片区重点打造全球高端装备制造业基地，开展工程机械二手设备出口、"
         "保税再制造等业务试点，2024年底前建成二手工程机械出口检测认证中心。"),
        ("2.", "岳阳片区重点发展航运物流、电子商务和新一代信息技术产业，探索开展粮食、冷链食品等大宗商品进口分拨业务，"
         "打造中部地区进口商品集散中心。"),
        ("3.", "郴州片区重点发展有色金属精深加工和现代物流，探索开展有色金属期货保税交割业务，"
         "建设湘粤港澳合作示范区。"),
        ("4.", "每年在全省复制推广不少于20项自由贸易试验区制度创新成果，推动各市州开放平台与自由贸易试验区联动发展。"),
    ]
    for a, b in items:
        P(doc, a + b); plan.append(a + b)
    h2(doc, "（三）培育跨境电商新业态")
    items = [
        ("1.", "推动长沙、岳阳、湘潭、郴州、湘西跨境电子商务综合试验区错位发展，每个综合试验区至少培育1个跨境电商产业园，"
         "2025年底前实现线上综合服务平台与国际贸易“单一窗口”数据互通。"),
        ("2.", "支持企业在共建“一带一路”国家建设海外仓，对新认定的省级公共海外仓给予不超过200万元的一次性奖励，"
         "对租用海外仓开展业务的中小企业按实际租金的30%给予补助。"),
    ]
    for a, b in items:
        P(doc, a + b); plan.append(a + b)
    h2(doc, "（四）深化经贸人文交流")
    items = [
        ("1.", "办好中国—非洲经贸博览会，建设中非经贸深度合作先行区，扩大非洲咖啡、坚果、干辣椒等特色产品进口。"),
        ("2.", "支持湘企“走出去”建设境外经贸合作区，引导工程机械、轨道交通装备企业在境外设立研发中心和售后服务网点。"),
    ]
    for a, b in items:
        P(doc, a + b); plan.append(a + b)
    h1(doc, "三、保障措施")
    items = [
        ("（一）加强组织领导。", "省对外开放工作领导小组统筹推进本方案实施，各市州人民政府要制定具体落实措施，"
         "明确责任分工和时间节点。"),
        ("（二）强化政策支持。", "省级外经贸发展专项资金每年安排不少于5亿元，重点支持国际物流通道、海外仓和"
         "自由贸易试验区制度创新；鼓励金融机构创新“一带一路”项目融资产品。"),
        ("（三）加强督促评估。", "省商务厅每年12月底前对本方案落实情况进行评估，评估结果报省人民政府，"
         "并纳入对各市州的绩效考核。"),
    ]
    for a, b in items:
        runin(doc, a, b); plan.append(a + b)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。",
          "岳阳市人民政府办公室", "2024年3月27日")
    save(doc, stem)

    EXPECTED[stem] = [
        {"meta": meta("岳阳市人民政府办公室关于转发省人民政府办公厅关于印发湖南省深度融入共建“一带一路”推动高水平对外开放实施方案的通知的通知",
                      "岳政办发〔2024〕9号", ["岳阳市人民政府办公室"], "2024-03-26", "2024-03-27",
                      "municipal", "岳阳市", recipients=[
                          "各县市区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会", "市直各单位"],
                      publicity="此件公开发布"),
         "clauses": [city_body],
         "applies_to": {"specific": {}}},
        {"meta": meta("湖南省人民政府办公厅关于印发《湖南省深度融入共建“一带一路”推动高水平对外开放实施方案》的通知",
                      "湘政办发〔2024〕6号", ["湖南省人民政府办公厅"], "2024-02-29", None,
                      "provincial", "湖南省", recipients=["各市州人民政府", "省政府各厅委、各直属机构"],
                      publicity="此件公开发布"),
         "clauses": [prov_body] + plan,
         "applies_to": {"specific": {
             plan[3][:24]: ["岳阳市"],
             plan[5][:24]: ["中国（湖南）自由贸易试验区长沙片区"],
             plan[6][:24]: ["中国（湖南）自由贸易试验区岳阳片区"],
             plan[7][:24]: ["中国（湖南）自由贸易试验区郴州片区"],
             plan[9][:24]: ["长沙市", "岳阳市", "湘潭市", "郴州市", "湘西土家族苗族自治州"],
         }}},
    ]


# ================================================================ 2. 四川省商务厅转发商务部办公厅通知
def make_sichuan():
    stem = "blind255_sichuan_zhuanfa"
    doc = new_doc()
    banner(doc, "四川省商务厅文件", "川商电〔2024〕14号")
    title(doc, ["四川省商务厅关于转发《商务部办公厅", "关于加快推进跨境电商海外仓",
                "高质量发展的通知》的通知"])
    rec = ("各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，"
           "各跨境电子商务综合试验区建设工作领导小组办公室：")
    recipients(doc, rec)
    intro = ("现将《商务部办公厅关于加快推进跨境电商海外仓高质量发展的通知》（商办电函〔2024〕215号）转发给你们，"
             "结合我省实际，提出如下意见，请一并贯彻落实：")
    P(doc, intro)
    prov = [intro]
    items = [
        ("一、加强统筹推进。", "各市（州）商务主管部门要将海外仓建设纳入本地区外贸稳规模优结构重点工作，建立重点企业联系清单，"
         "梳理解决企业在境外用地、用工、合规经营等方面的困难和问题。"),
        ("二、加快海外仓布局。", "支持企业围绕RCEP成员国、中东欧和中亚等共建“一带一路”重点市场布局建设海外仓，"
         "对2024年新认定的省级海外仓示范企业，按照省级外经贸发展专项资金管理有关规定给予不超过100万元的支持。"),
        ("三、发挥综试区带动作用。", "成都、泸州、德阳、绵阳、宜宾、南充跨境电子商务综合试验区要于2024年8月31日前"
         "各自制定海外仓发展专项工作方案，报省商务厅备案，并在综合试验区线上综合服务平台设立海外仓服务专区。"),
        ("四、及时报送情况。", "请各地于每季度结束后10个工作日内，将本地区海外仓建设运营情况报送省商务厅"
         "（电子商务和信息化处）。联系人：王晓琳，电话：028-83225617。"),
    ]
    for a, b in items:
        runin(doc, a, b, head_font=HT); prov.append(a + b)
    signature(doc, "四川省商务厅", "2024年6月28日")
    public_note(doc, "（此件主动公开）")

    # ---- national notice printed after
    page_break(doc)
    P(doc, "商办电函〔2024〕215号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    blank(doc)
    title(doc, ["商务部办公厅关于加快推进跨境电商", "海外仓高质量发展的通知"])
    rec_n = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门："
    recipients(doc, rec_n)
    nat = []
    t = ("海外仓是跨境电商重要的境外节点和新型外贸基础设施。为贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，"
         "支持海外仓高质量发展，更好服务共建“一带一路”和贸易强国建设，现就有关事项通知如下：")
    P(doc, t); nat.append(t)
    items = [
        ("一、优化海外仓全球布局。", "引导企业在共建“一带一路”国家、RCEP成员国等重点市场合理布局海外仓，"
         "避免在同一市场低水平重复建设。鼓励有条件的企业建设具备展示、售后、退换货等功能的综合性海外仓。"),
        ("二、提升海外仓数字化水平。", "支持海外仓企业应用仓储管理系统、自动分拣设备和智能机器人，"
         "推动海外仓与跨境电商平台、物流企业信息系统对接，提高订单处理和库存周转效率。"),
        ("三、加大金融支持力度。", "鼓励金融机构在依法合规、风险可控前提下，为海外仓企业提供境外资产抵押、"
         "应收账款融资等服务；发挥出口信用保险作用，扩大海外仓项目承保规模。"),
        ("四、完善标准和统计监测。", "推动制定海外仓服务、信息化建设等团体标准，指导各地建立海外仓重点企业统计监测制度，"
         "按季度报送海外仓数量、面积、业务量等情况。"),
        ("五、做好组织实施。", "各地商务主管部门要加强与海关、税务、外汇管理等部门协作，结合实际出台配套措施，"
         "工作中遇到的问题请及时报商务部（电子商务和信息化司）。"),
    ]
    for a, b in items:
        runin(doc, a, b, head_font=HT); nat.append(a + b)
    signature(doc, "商务部办公厅", "2024年6月12日")

    banji(doc, "抄送：商务部电子商务和信息化司，成都海关，国家外汇管理局四川省分局。",
          "四川省商务厅办公室", "2024年6月28日")
    save(doc, stem)

    EXPECTED[stem] = [
        {"meta": meta("四川省商务厅关于转发《商务部办公厅关于加快推进跨境电商海外仓高质量发展的通知》的通知",
                      "川商电〔2024〕14号", ["四川省商务厅"], "2024-06-28", "2024-06-28", "provincial", "四川省",
                      recipients=["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会",
                                  "各跨境电子商务综合试验区建设工作领导小组办公室"],
                      publicity="此件主动公开"),
         "clauses": prov,
         "applies_to": {"specific": {
             prov[3][:24]: ["成都市", "泸州市", "德阳市", "绵阳市", "宜宾市", "南充市"]}}},
        {"meta": meta("商务部办公厅关于加快推进跨境电商海外仓高质量发展的通知", "商办电函〔2024〕215号",
                      ["商务部办公厅"], "2024-06-12", None, "national", "全国",
                      recipients=["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门"]),
         "clauses": nat,
         "applies_to": {"specific": {}}},
    ]


# ================================================================ 3. 龙州县转发崇左市通知（附件列表 + 附件1 + 附件2 任务分工表）
def make_longzhou():
    stem = "blind255_longzhou_zhuanfa"
    doc = new_doc()
    banner(doc, "龙州县人民政府办公室文件", "龙政办发〔2024〕18号", organ_size=30)
    title(doc, ["龙州县人民政府办公室关于转发", "《崇左市人民政府办公室关于进一步提升",
                "口岸通关效率促进边境贸易高质量", "发展的通知》的通知"])
    rec = "各乡镇人民政府，县直各单位，中直、区直驻龙各单位："
    recipients(doc, rec)
    body = ("现将《崇左市人民政府办公室关于进一步提升口岸通关效率促进边境贸易高质量发展的通知》（崇政办发〔2024〕27号）"
            "转发给你们，原文附后，请认真贯彻执行。为抓好贯彻落实，县人民政府办公室结合我县实际制定了任务分工表，"
            "请各责任单位对照分工抓好落实，于每月5日前将上月工作进展报送县商务和口岸管理局。")
    P(doc, body)
    blank(doc)
    p = P(doc, "", indent=True)
    lines = ["附件：1.崇左市人民政府办公室关于进一步提升口岸",
             "\u3000" * 6 + "通关效率促进边境贸易高质量发展的通知",
             "\u3000" * 5 + "2.龙州县贯彻落实提升口岸通关效率促进",
             "\u3000" * 6 + "边境贸易高质量发展任务分工表"]
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_run_font(r, FS, 16)
        if i < len(lines) - 1:
            r.add_break()  # soft line breaks inside the 附件说明
    signature(doc, "龙州县人民政府办公室", "2024年5月20日", gap=3)
    public_note(doc)

    # ---- 附件1: the city's notice
    new_section(doc)
    P(doc, "附件1", font=HT, indent=False)
    P(doc, "崇政办发〔2024〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    title(doc, ["崇左市人民政府办公室关于进一步提升", "口岸通关效率促进边境贸易", "高质量发展的通知"])
    rec_c = "各县（市、区）人民政府，市直各委、办、局，中直、区直驻崇各单位："
    recipients(doc, rec_c)
    city = []
    t = ("为深入落实国家和自治区关于优化口岸营商环境、促进跨境贸易便利化的部署要求，推动我市沿边临港产业园区和"
         "中国（广西）自由贸易试验区崇左片区建设，经市人民政府同意，现就有关事项通知如下：")
    P(doc, t); city.append(t)
    h1(doc, "一、压缩整体通关时间")
    items = [
        "（一）全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等通关模式，到2024年底，全市口岸进口、出口整体通关时间"
        "分别较2023年压缩10%以上。",
        "（二）推进口岸查验设施智能化改造，实现货运通道卡口“一次采集、自动放行”，鲜活农产品通关实行“绿色通道”7×24小时预约通关。",
    ]
    for t in items:
        P(doc, t); city.append(t)
    h1(doc, "二、降低进出口环节费用")
    items = [
        "（一）严格落实口岸收费目录清单公示制度，清单之外一律不得收费；2024年6月底前完成口岸经营服务性收费专项检查。",
        "（二）凭祥市要牵头推进友谊关口岸智慧口岸建设，2024年9月底前建成智能货物通关中心，实现出入境车辆全程无感通关。",
    ]
    for t in items:
        P(doc, t); city.append(t)
    h1(doc, "三、促进边境贸易高质量发展")
    items = [
        "（一）龙州县、宁明县、大新县要加快边民互市点升级改造，2024年底前各建成1个集交易、结算、仓储于一体的互市贸易综合服务中心。",
        "（二）大力发展“互市贸易+落地加工”模式，对落地加工企业使用互市进口商品的，按加工量给予每吨不超过50元的物流补贴。",
    ]
    for t in items:
        P(doc, t); city.append(t)
    h1(doc, "四、强化工作保障")
    t = ("各县（市、区）人民政府和市直有关部门要建立口岸工作联席会议制度，每季度研究解决口岸通关中的突出问题，"
         "市商务局（市口岸办）要加强跟踪督促，工作情况于每年12月10日前报市人民政府。")
    P(doc, t); city.append(t)
    signature(doc, "崇左市人民政府办公室", "2024年4月30日", gap=1)
    public_note(doc)

    # ---- 附件2: the county's task table (landscape section)
    new_section(doc, landscape=True)
    P(doc, "附件2", font=HT, indent=False)
    title(doc, ["龙州县贯彻落实提升口岸通关效率促进边境贸易", "高质量发展任务分工表"], size=20)
    cols = ["序号", "工作类别", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ("1", "压缩通关时间", "推广“提前申报”“两步申报”模式，水口口岸进出口整体通关时间较2023年压缩10%以上",
         "县商务和口岸管理局", "水口海关、龙州边境管理大队", "2024年12月底"),
        ("2", "压缩通关时间", "实现鲜活农产品“绿色通道”7×24小时预约通关", "水口海关", "县商务和口岸管理局", "2024年8月底"),
        ("3", "降低进出口费用", "公示口岸收费目录清单，开展口岸经营服务性收费专项检查", "县市场监管局",
         "县发展改革局、县商务和口岸管理局", "2024年6月底"),
        ("4", "降低进出口费用", "落实进口货物“先放后税”“汇总征税”政策", "县税务局", "水口海关", "长期坚持"),
        ("5", "促进边境贸易", "完成水口镇那花边民互市点升级改造，建成互市贸易综合服务中心", "水口镇人民政府",
         "县商务和口岸管理局、县财政局", "2024年12月底"),
        ("6", "促进边境贸易", "培育“互市贸易+落地加工”企业5家以上，落实落地加工物流补贴", "县工业和信息化局",
         "县商务和口岸管理局、县财政局", "2024年12月底"),
    ]
    table = doc.add_table(rows=1 + len(rows), cols=len(cols))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(table)
    widths = [Mm(12), Mm(26), Mm(90), Mm(33), Mm(40), Mm(26)]
    for i, c in enumerate(cols):
        cell_text(table.rows[0].cells[i], c, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            cell_text(table.rows[ri].cells[ci], v,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 1, 5) else WD_ALIGN_PARAGRAPH.LEFT)
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in table.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    # merge 工作类别 vertically (rows 1-2, 3-4, 5-6)
    for a, b in ((1, 2), (3, 4), (5, 6)):
        txt = rows[a - 1][1]
        m = table.cell(a, 1).merge(table.cell(b, 1))
        cell_text(m, txt, align=WD_ALIGN_PARAGRAPH.CENTER)
    task_rows = ["；".join(f"{c}：{v}" for c, v in zip(cols, r)) for r in rows]

    banji(doc, "抄送：县委办，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。",
          "龙州县人民政府办公室", "2024年5月21日")
    save(doc, stem)

    EXPECTED[stem] = [
        {"meta": meta("龙州县人民政府办公室关于转发《崇左市人民政府办公室关于进一步提升口岸通关效率促进边境贸易高质量发展的通知》的通知",
                      "龙政办发〔2024〕18号", ["龙州县人民政府办公室"], "2024-05-20", "2024-05-21", "county", "龙州县",
                      attachments=["崇左市人民政府办公室关于进一步提升口岸通关效率促进边境贸易高质量发展的通知",
                                   "龙州县贯彻落实提升口岸通关效率促进边境贸易高质量发展任务分工表"],
                      recipients=["各乡镇人民政府", "县直各单位", "中直、区直驻龙各单位"],
                      publicity="此件公开发布"),
         "clauses": [body] + task_rows,
         "applies_to": {"specific": {task_rows[4][:30]: ["水口镇"]}}},
        {"meta": meta("崇左市人民政府办公室关于进一步提升口岸通关效率促进边境贸易高质量发展的通知",
                      "崇政办发〔2024〕27号", ["崇左市人民政府办公室"], "2024-04-30", None, "municipal", "崇左市",
                      recipients=["各县（市、区）人民政府", "市直各委、办、局", "中直、区直驻崇各单位"],
                      publicity="此件公开发布"),
         "clauses": city,
         "applies_to": {"specific": {
             city[4][:24]: ["凭祥市"],
             city[5][:24]: ["龙州县", "宁明县", "大新县"]}}},
    ]


# ================================================================ 4. 福州片区管委会转发省政府令（规章）
def make_fuzhou():
    stem = "blind255_fuzhou_zhuanfa"
    doc = new_doc()
    banner(doc, "中国（福建）自由贸易试验区\n福州片区管理委员会文件", "榕自贸委〔2024〕11号", organ_size=26)
    title(doc, ["中国（福建）自由贸易试验区福州片区", "管理委员会关于转发《中国（福建）",
                "自由贸易试验区跨境贸易便利化办法》的通知"], size=20)
    rec = "片区管委会各部门，福州经济技术开发区、福州保税港区各有关单位，片区各有关企业："
    recipients(doc, rec)
    zone = []
    t = ("现将《福建省人民政府令》（第241号）转发给你们，请认真遵照执行。结合片区实际，提出以下要求：")
    P(doc, t); zone.append(t)
    items = [
        "一、片区管委会各部门要组织开展《中国（福建）自由贸易试验区跨境贸易便利化办法》专题学习培训，"
        "2024年6月底前完成对重点进出口企业的政策宣讲。",
        "二、片区综合服务中心要对照办法要求，于2024年7月1日前完成国际贸易“单一窗口”片区服务专区升级，"
        "梳理公布跨境贸易便利化事项清单。",
    ]
    for t in items:
        P(doc, t); zone.append(t)
    signature(doc, "中国（福建）自由贸易试验区福州片区管理委员会", "2024年6月5日")
    public_note(doc)

    # ---- 省政府令
    page_break(doc)
    blank(doc)
    P(doc, "福建省人民政府令", font=XBS, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    P(doc, "第241号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(doc)
    order = ("《中国（福建）自由贸易试验区跨境贸易便利化办法》已经2024年4月26日省人民政府第31次常务会议通过，"
             "现予公布，自2024年7月1日起施行。")
    P(doc, order)
    blank(doc)
    P(doc, "省长　周立新", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    P(doc, "2024年5月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)

    page_break(doc)
    title(doc, ["中国（福建）自由贸易试验区", "跨境贸易便利化办法"])
    arts = []

    def chap(t):
        P(doc, t, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, *paras):
        p = P(doc)
        r = p.add_run(no)
        set_run_font(r, HT, 16)
        r = p.add_run("\u3000" + paras[0])
        set_run_font(r, FS, 16)
        for q in paras[1:]:
            P(doc, q)
        arts.append(no + "\u3000" + "\n".join(paras))

    chap("第一章　总　　则")
    art("第一条", "为了促进中国（福建）自由贸易试验区（以下简称自贸试验区）跨境贸易便利化，深化与共建“一带一路”国家和地区"
        "经贸合作，根据有关法律、行政法规，结合本省实际，制定本办法。")
    art("第二条", "自贸试验区内跨境贸易便利化的促进、服务和监督管理，适用本办法。")
    art("第三条", "省人民政府自由贸易试验区工作领导小组办公室（以下简称省自贸办）负责统筹协调自贸试验区跨境贸易便利化工作。",
        "福州片区、厦门片区、平潭片区管理机构（以下简称片区管理机构）负责本片区跨境贸易便利化的具体实施工作。",
        "商务、海关、税务、外汇管理等部门按照各自职责做好相关工作。")
    chap("第二章　通关便利")
    art("第四条", "自贸试验区推行国际贸易“单一窗口”标准版全覆盖，企业通过“单一窗口”一次提交申报数据，"
        "有关部门共享使用，不得要求企业重复提交。")
    art("第五条", "海关对自贸试验区内符合条件的企业实施“提前申报”“两步申报”和“抵港直装”等便利措施；"
        "对信用等级高的企业降低查验比例。")
    art("第六条", "自贸试验区内的海关特殊监管区域之间、海关特殊监管区域与境外之间进出的货物，"
        "按照海关有关规定实行便捷流转和分类监管。")
    chap("第三章　跨境电商和新业态")
    art("第七条", "支持自贸试验区内企业开展跨境电商零售进出口、保税维修、离岸贸易等新型贸易业务。",
        "片区管理机构应当为跨境电商企业提供海外仓布局、品牌培育、合规服务等支持。")
    art("第八条", "平潭片区可以在对台小额商品交易、台湾地区商品跨境电商零售进口等方面先行先试，"
        "具体办法由平潭综合实验区管理委员会会同有关部门制定。")
    art("第九条", "厦门片区应当依托厦门港建设面向共建“一带一路”国家和地区的航运贸易服务中心，"
        "推动国际船舶登记、船舶保税燃料加注等业务发展。")
    chap("第四章　服务保障")
    art("第十条", "省自贸办应当会同有关部门每年组织开展跨境贸易便利化评估，评估结果向社会公布。")
    art("第十一条", "鼓励金融机构为自贸试验区内企业提供跨境人民币结算、出口信用保险保单融资等金融服务。",
        "外汇管理部门应当支持符合条件的企业开展贸易外汇收支便利化试点。")
    chap("第五章　附　　则")
    art("第十二条", "本办法自2024年7月1日起施行。2017年3月1日省人民政府公布的《中国（福建）自由贸易试验区"
        "贸易便利化暂行办法》同时废止。")

    banji(doc, "抄送：福州市人民政府，省自贸办，福州海关。",
          "自贸试验区福州片区管委会办公室", "2024年6月5日")
    save(doc, stem)

    EXPECTED[stem] = [
        {"meta": meta("中国（福建）自由贸易试验区福州片区管理委员会关于转发《中国（福建）自由贸易试验区跨境贸易便利化办法》的通知",
                      "榕自贸委〔2024〕11号", ["中国（福建）自由贸易试验区福州片区管理委员会"], "2024-06-05", "2024-06-05",
                      "zone", "中国（福建）自由贸易试验区福州片区",
                      recipients=["片区管委会各部门", "福州经济技术开发区、福州保税港区各有关单位", "片区各有关企业"],
                      publicity="此件公开发布"),
         "clauses": zone,
         "applies_to": {"specific": {}}},
        {"meta": meta("中国（福建）自由贸易试验区跨境贸易便利化办法", "福建省人民政府令第241号", ["福建省人民政府"],
                      "2024-05-10", None, "provincial", "中国（福建）自由贸易试验区",
                      effective="2024-07-01", doc_type="令",
                      repeals="中国（福建）自由贸易试验区贸易便利化暂行办法"),
         "clauses": [order] + arts,
         "applies_to": {"specific": {
             arts[7][:24]: ["中国（福建）自由贸易试验区平潭片区"],
             arts[8][:24]: ["中国（福建）自由贸易试验区厦门片区"]}}},
    ]


if __name__ == "__main__":
    os.chdir(HERE)
    make_yueyang()
    make_sichuan()
    make_longzhou()
    make_fuzhou()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(EXPECTED)))
