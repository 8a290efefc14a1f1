# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 371 blind test documents: 中欧班列 / 陆海新通道 推进会讲话 + 新闻通稿."""
import json, os, subprocess, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SAN = Pt(16)   # 三号
ER = Pt(22)    # 二号

# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SAN, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = size
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color

def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS; st.font.size = SAN
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return d

def para(d, segs, font=FS, size=SAN, align=None, indent=True, bold_font=None):
    """segs: list of str | ('b', text) | ('br',) | ('sp', text)."""
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            r = p.add_run(s); set_font(r, font, size)
        elif s[0] == "b":
            r = p.add_run(s[1]); set_font(r, bold_font or font, size, bold=True)
        elif s[0] == "k":   # 楷体 run-in
            r = p.add_run(s[1]); set_font(r, KT, size, bold=True)
        elif s[0] == "br":
            r = p.add_run(); r.add_break(WD_BREAK.LINE)
        elif s[0] == "sp":  # manual full-width spaces / leading text not part of clause
            r = p.add_run(s[1]); set_font(r, font, size)
    return p

def clause_text(segs):
    if isinstance(segs, str):
        return segs.strip("　 ")
    out = ""
    for s in segs:
        if isinstance(s, str):
            out += s
        elif s[0] in ("b", "k"):
            out += s[1]
        elif s[0] == "sp":
            pass
    return out.strip("　 ")

def empty(d, n=1):
    for _ in range(n):
        d.add_paragraph()

def page_number_footer(d):
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def r(text):
        x = fp.add_run(text); set_font(x, "宋体", Pt(14)); return x
    r("— ")
    run = fp.add_run(); set_font(run, "宋体", Pt(14))
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    run._element.append(b); run._element.append(it); run._element.append(e)
    r(" —")

def add_chinese_numbering(d):
    """Create a Word list whose level 0 prints 一、二、三、 (chineseCounting)."""
    numbering = d.part.numbering_part.element
    abs_id, num_id = 371, 371
    xml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % abs_id)
    absn = parse_xml(xml)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
                    '<w:abstractNumId w:val="%d"/></w:num>' % (num_id, abs_id))
    numbering.append(num)
    return num_id

def numbered_heading(d, text, num_id, parts=None):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                      '<w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id)
    pPr.append(numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text); set_font(r, HT, SAN)
    return p

def heading_manual(d, segs):
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    for s in segs:
        if s == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
        else:
            r = p.add_run(s); set_font(r, HT, SAN)
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); borders.append(el)
    tblPr.append(borders)

def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_371", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)

EXPECTED = {}

# ================================================================ 1. 重庆 讲话
def make_chongqing_jianghua():
    stem = "blind371_chongqing_jianghua"
    d = new_doc(); page_number_footer(d)
    num_id = add_chinese_numbering(d)
    title = "在全市中欧班列（成渝）和西部陆海新通道建设推进会上的讲话"
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.line_spacing = Pt(36)
    r = t.add_run("在全市中欧班列（成渝）和西部陆海新通道"); set_font(r, XBS, ER)
    t.add_run().add_break(WD_BREAK.LINE)   # soft break inside the title
    r = t.add_run("建设推进会上的讲话"); set_font(r, XBS, ER)
    para(d, "（2025年3月18日）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, "王  辉", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(d)
    para(d, "同志们：", indent=False)

    clauses = []
    def P(segs, **kw):
        para(d, segs, **kw); clauses.append(clause_text(segs))

    P("今天，我们召开全市中欧班列（成渝）和西部陆海新通道建设推进会，主要任务是总结2024年通道建设工作，分析当前面临的形势，安排部署2025年重点任务。刚才，市政府口岸物流办通报了2024年全市通道建设情况，沙坪坝区、江津区和渝新欧（重庆）供应链管理有限责任公司作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我再讲三点意见。")

    numbered_heading(d, "充分肯定成绩，切实增强做好通道建设工作的信心和决心", num_id)
    P("2024年，全市上下深入贯彻落实党中央、国务院决策部署和市委、市政府工作要求，统筹推进中欧班列（成渝）高质量发展和西部陆海新通道建设，各项工作取得明显成效。")
    P([("b", "第一，通道能级持续提升。"), "全年中欧班列（成渝）重庆方向开行2716列、同比增长9.4%，西部陆海新通道铁海联运班列开行1.1万列、同比增长12.6%，通道运输货值突破1100亿元。跨境公路班车常态化开行，果园港、团结村中心站集疏运能力进一步增强。"])
    P([("b", "第二，物流网络不断拓展。"), "通道辐射范围拓展至全球126个国家和地区的548个港口，新开通至匈牙利布达佩斯、土耳其伊斯坦布尔的中欧班列线路，“渝满俄”班列实现每周3列稳定开行，东盟班列覆盖中南半岛主要城市。"])
    P([("b", "第三，枢纽功能明显增强。"), "重庆国际物流枢纽园区获批国家物流枢纽经济示范区，两路果园港综合保税区、西永综合保税区进出口额稳步增长，“一单制”“一箱制”改革试点扩面，铁路运单物权化融资累计突破",
       ("br",), "80亿元。"])
    P([("b", "第四，开放平台协同发力。"), "中国（重庆）自由贸易试验区形成通道建设领域制度创新成果17项，其中3项在全国复制推广；中新（重庆）战略性互联互通示范项目与通道建设深度联动，跨境电商、市场采购贸易等新业态加快发展。"])
    P("在肯定成绩的同时，我们也要清醒看到存在的问题和不足：一是回程货源组织仍不够充分，去回程不平衡问题依然存在；二是通道综合物流成本偏高，与沿海港口相比竞争优势不够明显；三是通道与产业融合不够深入，“通道带物流、物流带经贸、经贸带产业”的效应尚未充分显现。对这些问题，我们必须高度重视，切实加以解决。")
    empty(d)

    numbered_heading(d, "突出工作重点，全力推动通道建设提质增效", num_id)
    P("2025年是“十四五”规划收官之年，也是推动中欧班列和西部陆海新通道高质量发展的关键之年。我们要聚焦重点、精准发力，重点抓好以下五个方面工作。")
    P([("b", "第一，着力提升通道运行质效。"), "一要加密班列线路，稳定开行至德国杜伊斯堡、波兰马拉舍维奇等主要节点城市的精品班列，全年中欧班列（成渝）重庆方向开行2800列以上。二要优化运输组织，推动铁海联运班列“天天班”扩容，提升班列图定化、公交化运行水平。三要强化安全畅通，会同铁路部门做好境外通道风险监测和应急预案，确保通道运行安全稳定。"])
    P([("b", "第二，着力拓展国际物流网络。"), "一要巩固欧洲方向，加快布局海外仓和境外集结分拨中心。二要拓展东盟方向，深化与广西北部湾港、海南洋浦港合作，推进跨境公路班车与铁海联运无缝衔接。三要开辟新兴市场，积极拓展中亚、西亚和中东欧线路，力争全年新增国际线路5条以上。"])
    P([("b", "第三，着力推动通道与产业深度融合。"), "一要做大通道经济，依托通道优势引进一批电子信息、汽车摩托车、装备制造等外向型产业项目。二要做强枢纽经济，支持综合保税区发展保税维修、保税研发等新业态。三要做活贸易经济，推动跨境电商企业利用中欧班列开展B2B出口和海外仓备货，培育一批“通道+经贸+产业”示范项目。"])
    P([("b", "第四，着力深化制度创新。"), "发挥自贸试验区改革试验田作用，深化陆上贸易规则探索，扩大铁路运单物权化、多式联运“一单制”应用范围，推动与新加坡、东盟国家在单证互认、数据共享等方面开展合作。各区县、各部门要主动对标国际高标准经贸规则，形成更多可复制可推广的制度成果。"])
    P([("b", "第五，着力优化口岸营商环境。"), "持续压缩整体通关时间，深化“两步申报”“提前申报”改革，推广铁路快速通关模式。规范口岸收费，清理不合理费用，推动通道物流成本再降10%左右。"])
    empty(d)

    numbered_heading(d, "强化组织保障，确保各项任务落地见效", num_id)
    P([("b", "第一，压紧压实责任。"), "各区县、各部门要把通道建设摆在突出位置，主要负责同志要亲自研究、亲自部署，明确任务分工和时间节点，形成一级抓一级、层层抓落实的工作格局。"])
    P([("b", "第二，强化要素保障。"), "一要加大资金支持，统筹用好市级通道建设专项资金，优化补贴政策，逐步由“补运费”向“补产业”转变。二要强化用地保障，优先保障物流枢纽、集结中心等重点项目建设用地。三要加强人才支撑，引进培育一批熟悉国际物流、国际贸易规则的专业人才。"])
    P([("b", "第三，加强督查考核。"), "市政府口岸物流办要会同有关部门建立重点任务清单和月调度、季通报机制，对工作推进不力的要及时督促整改，确保年度目标任务全面完成。"])
    empty(d)
    P("同志们，通道建设事关全市开放发展大局，任务艰巨、使命光荣。我们要坚定信心、真抓实干，奋力推动中欧班列（成渝）和西部陆海新通道建设取得新的更大成效，为加快建设内陆开放综合枢纽、奋力谱写中国式现代化重庆篇章作出新的更大贡献！")

    path = os.path.join(HERE, stem + ".docx"); d.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title, "doc_number": None, "issuer": ["王辉"],
            "date": "2025-03-18", "published": None, "level": "municipal",
            "region": "重庆市", "effective": None, "expires": None,
            "attachments": [], "doc_type": "讲话", "recipients": [],
            "publicity": None, "repeals": None},
        "clauses": clauses}]
    return path

# ================================================================ 2. 重庆 新闻通稿
def make_photo(path):
    try:
        from PIL import Image, ImageDraw
        im = Image.new("RGB", (800, 450), (186, 196, 210))
        dr = ImageDraw.Draw(im)
        dr.rectangle([60, 60, 740, 150], fill=(160, 30, 30))
        for i in range(8):
            dr.rectangle([60 + i * 85, 260, 120 + i * 85, 330], fill=(70, 80, 95))
        im.save(path); return True
    except Exception:
        return False

def make_chongqing_tonggao():
    stem = "blind371_chongqing_tonggao"
    d = new_doc()
    title = "全市中欧班列（成渝）和西部陆海新通道建设推进会召开"
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.line_spacing = Pt(36)
    r = t.add_run(title); set_font(r, XBS, Pt(22))
    empty(d)
    # 来源 / 发布时间 typed into a borderless 1x2 layout table
    tb = d.add_table(rows=1, cols=2); no_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = tb.rows[0].cells
    tb.autofit = False
    c0.width, c1.width = Cm(8.3), Cm(7.3)
    for gc, w in zip(tb._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(8.3), Cm(7.3))):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblPr = tb._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is not None:
        tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Cm(15.6).twips)))
    c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run("来源：重庆市人民政府口岸和物流办公室"); set_font(r, FS, Pt(12))
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = c1.paragraphs[0].add_run("发布时间：2025-03-18  17:45"); set_font(r, FS, Pt(12))
    # red rule under the header block
    rule = d.add_paragraph()
    pPr = rule._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         '<w:bottom w:val="single" w:sz="12" w:space="1" w:color="C00000"/></w:pBdr>'))
    empty(d)

    clauses = []
    def P(segs, **kw):
        para(d, segs, **kw); clauses.append(clause_text(segs))

    P([("sp", "　　"), "3月18日，全市中欧班列（成渝）和西部陆海新通道建设推进会在渝中区召开。会议总结2024年通道建设工作，分析当前形势，部署2025年重点任务。市政府副市长王辉出席会议并讲话。"], indent=False)
    P([("sp", "　　"), "会议指出，2024年全市统筹推进中欧班列（成渝）高质量发展和西部陆海新通道建设，通道能级持续提升，物流网络不断拓展，枢纽功能明显增强。全年中欧班列（成渝）重庆方向开行2716列、同比增长9.4%，西部陆海新通道铁海联运班列开行1.1万列、同比增长12.6%，通道辐射范围拓展至全球126个国家和地区的548个港口。"], indent=False)
    P([("sp", "　　"), "会议强调，2025年是“十四五”规划收官之年，也是推动通道高质量发展的关键之年。要着力提升通道运行质效，加密班列线路，优化运输组织，强化安全畅通；要着力拓展国际物流网络，巩固欧洲方向，拓展东盟方向，开辟中亚、西亚和中东欧新兴市场；要着力推动通道与产业深度融合，做大通道经济、做强枢纽经济、做活贸易经济。"], indent=False)

    # photo + caption
    ph = os.path.join(HERE, "_blind371_photo.png")
    if make_photo(ph):
        pp = d.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.add_run().add_picture(ph, width=Cm(12))
        os.remove(ph)
    cap = d.add_paragraph(); cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cap.add_run("图为推进会现场。　记者　刘洋　摄"); set_font(r, KT, Pt(14))

    P([("sp", "　　"), "会议要求，要发挥中国（重庆）自由贸易试验区改革试验田作用，扩大铁路运单物权化、多式联运“一单制”应用范围；要持续优化口岸营商环境，深化“两步申报”“提前申报”改革，推动通道物流成本再降10%左右；各区县、各部门要压紧压实责任，强化资金、用地、人才等要素保障，建立重点任务清单和月调度、季通报机制，确保年度目标任务全面完成。"], indent=False)
    P([("sp", "　　"), "会议提出，要着力深化制度创新，推动与新加坡、东盟国家在单证互认、数据共享等方面开展合作，形成更多可复制可推广的制度成果；要统筹用好市级通道建设专项资金，推动补贴政策逐步由“补运费”向“补产业”转变。"], indent=False)
    P([("sp", "　　"), "据了解，2025年我市将力争中欧班列（成渝）重庆方向开行2800列以上，新增国际线路5条以上，培育一批“通道+经贸+产业”示范项目。"], indent=False)
    P([("sp", "　　"), "会上，市政府口岸物流办通报了2024年全市通道建设情况，沙坪坝区、江津区和渝新欧（重庆）供应链管理有限责任公司作了交流发言。"], indent=False)
    P([("sp", "　　"), "市政府有关副秘书长，市发展改革委、市商务委、市交通运输委、重庆海关、中国铁路成都局集团有限公司重庆铁路枢纽等单位负责同志，各区县政府分管负责同志参加会议。"], indent=False)
    empty(d)
    e = d.add_paragraph(); e.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = e.add_run("责任编辑：李  娜"); set_font(r, FS, Pt(12))

    path = os.path.join(HERE, stem + ".docx"); d.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title, "doc_number": None,
            "issuer": ["重庆市人民政府口岸和物流办公室"],
            "date": "2025-03-18", "published": "2025-03-18", "level": "municipal",
            "region": "重庆市", "effective": None, "expires": None,
            "attachments": [], "doc_type": "新闻通稿", "recipients": [],
            "publicity": None, "repeals": None},
        "clauses": clauses}]
    return path

# ================================================================ 3. 南宁 讲话
def make_nanning_jianghua():
    stem = "blind371_nanning_jianghua"
    d = new_doc(); page_number_footer(d)
    title = "在全市西部陆海新通道和中欧班列建设推进会上的讲话"
    # title typed as two separate paragraphs
    for part in ("在全市西部陆海新通道和中欧班列", "建设推进会上的讲话"):
        t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.paragraph_format.line_spacing = Pt(36)
        r = t.add_run(part); set_font(r, XBS, ER)
    empty(d)
    # speaker and date in one paragraph split by a soft break
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("覃志刚"); set_font(r, KT, SAN)
    p.add_run().add_break(WD_BREAK.LINE)
    r = p.add_run("（2025年11月6日）"); set_font(r, KT, SAN)
    empty(d)
    para(d, "同志们：", indent=False)

    clauses = []
    def P(segs, **kw):
        para(d, segs, **kw); clauses.append(clause_text(segs))

    P("这次会议的主要任务是，深入贯彻落实习近平总书记关于西部陆海新通道建设的重要指示精神和自治区党委、自治区人民政府工作部署，回顾今年以来全市通道建设工作，研究部署下一阶段重点任务，加快把南宁建设成为西部陆海新通道重要节点城市和面向东盟的国际物流枢纽。刚才，中国—东盟（南宁）国际物流园管委会、南宁国际铁路港、中国（广西）自由贸易试验区南宁片区管委会作了发言，讲得很实在。下面，我讲三个方面的意见。")

    heading_manual(d, ["一、正确认识形势，", "BR", "进一步增强推进通道建设的紧迫感"])
    P("今年以来，全市通道建设保持良好发展势头。1—10月，南宁国际铁路港累计开行中欧班列和中亚班列186列，同比增长31.0%；中越跨境班列开行412列，同比增长18.5%；南宁至凭祥、东兴跨境公路班车累计发运1.3万车次。南宁综合保税区、南宁临空经济示范区进出口额实现较快增长，跨境电商进出口额突破90亿元。")
    P("同时也要看到，周边城市通道建设竞相发力，区域竞争日趋激烈，我市在货源集聚、物流成本、通关便利等方面还存在不少短板。全市上下要增强机遇意识和危机意识，一要看清大势，二要找准差距，三要抢抓机遇，以更加奋发有为的精神状态推动通道建设再上新台阶。")

    heading_manual(d, ["二、聚焦关键环节，推动通道建设提档升级"])
    P([("k", "第一，做强枢纽平台。"), "加快南宁国际铁路港二期、中国—东盟（南宁）国际物流园、南宁空港国际物流园建设，年底前铁路港二期主体工程完工。一要完善集疏运体系，打通铁路港与南宁综合保税区之间的“最后一公里”；二要提升多式联运能力，推动公铁、铁海、空铁联运高效衔接。"])
    P([("k", "第二，稳定班列运营。"), "巩固南宁至越南河内、老挝万象跨境班列常态化开行，加密南宁经霍尔果斯、阿拉山口至中亚和欧洲的中欧班列线路。班列运营平台公司要加强货源组织，提高重箱率，逐步降低对财政补贴的依赖。"])
    P([("k", "第三，培育通道产业。"), "围绕新能源汽车及零部件、电子信息、东盟特色农产品加工等领域，开展“通道+产业”精准招商，力争全年引进通道关联产业项目30个以上。支持企业利用通道开展加工贸易、转口贸易和跨境电商业务，打造面向东盟的跨境产业链供应链。"])
    P([("k", "第四，深化改革创新。"), "发挥中国（广西）自由贸易试验区南宁片区先行先试作用，推进中越跨境铁路运输“一单制”改革，探索跨境班列“车边验放”和“两国一检”通关模式，推动与东盟国家口岸单证互认、数据互通。"])

    heading_manual(d, ["三、压实工作责任，确保各项部署落地见效"])
    P("通道建设是一项系统工程，涉及面广、协调难度大，必须上下联动、齐抓共管。一要加强统筹调度，市西部陆海新通道建设工作领导小组每季度召开一次专题会议，研究解决重大问题；二要强化政策支持，抓紧修订我市支持西部陆海新通道和中欧班列发展的若干措施，提高政策精准度；三要严格督查问效，将通道建设重点任务纳入全市绩效考评，对工作不力、进度滞后的单位予以通报。")
    P([("sp", "　　"), "同志们，离年底只有不到两个月时间了，各县（市、区）、各开发区和市直各有关部门要以时不我待的紧迫感，紧盯全年目标任务，倒排工期、挂图作战，全力以赴冲刺四季度，确保圆满完成全年通道建设各项目标任务，为南宁加快建设面向东盟开放合作的国际化大都市作出新的贡献！"], indent=False)

    path = os.path.join(HERE, stem + ".docx"); d.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title, "doc_number": None, "issuer": ["覃志刚"],
            "date": "2025-11-06", "published": None, "level": "municipal",
            "region": "南宁市", "effective": None, "expires": None,
            "attachments": [], "doc_type": "讲话", "recipients": [],
            "publicity": None, "repeals": None},
        "clauses": clauses}]
    return path

if __name__ == "__main__":
    paths = [make_chongqing_jianghua(), make_chongqing_tonggao(), make_nanning_jianghua()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", len(paths), "documents")
