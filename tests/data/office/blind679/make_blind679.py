# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 679: speeches (讲话 / 致辞 / 主持词) printed as 会议材料."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28,
         before=0, after=0):
    """runs: list of (text, font, size, bold) or '\n' for a soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for r in runs:
        if r == "\n":
            br = p.add_run()
            br.add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = (list(r) + [FS, 16, False])[:4] if isinstance(r, tuple) else (r, FS, 16, False)
        run = p.add_run(text)
        set_font(run, font, size, bold)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, None, False, line)
    return p


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def header_text(section, text, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT, size=12):
    p = section.header.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    set_font(r, font, size)


def setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return s


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + b)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def body(doc, items, clauses):
    """items: list of paragraphs. Each item is a list of runs (see para) or
    None for an empty paragraph. Clause text = all run texts joined."""
    for it in items:
        if it is None:
            empty(doc)
            continue
        opts = {}
        if isinstance(it, dict):
            opts = {k: v for k, v in it.items() if k != "runs"}
            it = it["runs"]
        para(doc, it, **opts)
        txt = "".join(r[0] if isinstance(r, tuple) else ("" if r == "\n" else r) for r in it)
        clauses.append(txt)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_679", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def B(t):
    """bold run-in in 仿宋"""
    return (t, FS, 16, True)


def K(t):
    return (t, KT, 16, False)


EXPECTED = {}


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": None, "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None, "recipients": [],
        "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ================================================================ doc 1: 西安 讲话
def doc_xian_jianghua():
    stem = "blind679_xian_jianghua"
    doc = Document()
    s = setup(doc)
    header_text(s, "内部资料　注意保存", WD_ALIGN_PARAGRAPH.LEFT, HT, 12)
    page_number_footer(s)

    # top-right marker
    para(doc, [("材料之三", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("会议材料", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    # title with soft line break
    para(doc, [("在2026年中欧班列（西安）“长安号”跨里海通道", XBS, 22, False), "\n",
               ("常态化开行仪式上的讲话", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("陕西省人民政府副省长　赵卫东", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年5月18日）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    clauses = []
    items = [
        {"runs": ["尊敬的阿斯卡尔·努尔兰总领事，尊敬的刘建新副主任，各位来宾，女士们、先生们、朋友们："], "indent": False},
        ["大家上午好！今天，我们在西安国际港站隆重举行2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式。在此，我谨代表陕西省人民政府，向出席今天仪式的各位领导、各位嘉宾表示热烈的欢迎！向长期以来关心支持中欧班列建设发展的国家有关部委、沿线国家和地区的朋友们，向奋战在铁路、海关、口岸和物流一线的同志们致以衷心的感谢！"],
        ["陕西地处我国内陆腹地，是古丝绸之路的起点，也是共建“一带一路”的重要节点。2013年11月，首趟中欧班列“长安号”从西安驶出，",
         "\n",
         "开启了陕西向西开放的新篇章。十多年来，“长安号”从无到有、从小到大，累计开行超过3万列，开行线路达到18条，辐射亚欧大陆45个国家和地区，开行量、重箱率、货运量等核心指标稳居全国前列，成为联通中国与中亚、欧洲的“钢铁驼队”。"],
        ["跨里海通道是中欧班列南通道的重要组成部分，经哈萨克斯坦阿克套港、阿塞拜疆巴库港，连接格鲁吉亚、土耳其，直达欧洲腹地。2025年以来，我们会同国铁集团、沿线国家铁路和港口部门，先后组织开行测试班列62列，全程运输时间由最初的25天压缩至15天左右。今天，跨里海通道由“测试运行”转入“常态化开行”，每周固定开行3列，这标志着陕西又多了一条安全稳定、时效可靠的国际物流大通道，对于保障国际产业链供应链稳定、服务构建新发展格局具有重要意义。"],
        ["女士们、先生们、朋友们！当前，陕西正在深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设内陆改革开放高地。借此机会，我就推动“长安号”高质量发展讲几点意见。"],
        [B("第一，坚持通道为基，进一步拓展线路网络。"),
         "要巩固提升中通道、北通道运行质效，加密跨里海通道班次，积极推动中吉乌铁路沿线物流节点布局，力争到2026年底跨里海通道年开行量突破500列。要加强与沿线国家铁路、港口部门的沟通协调，推动运输计划、运价政策、口岸通关等方面衔接，提高全程运输的稳定性和可预期性。"],
        [B("第二，坚持枢纽为要，进一步提升集结能力。"),
         "要发挥西安国际港站、新筑车站的枢纽作用，完善“干支结合、枢纽集散”的集结体系，扩大“+西欧”集结线路覆盖范围。要推动中国（陕西）自由贸易试验区、西安综合保税区与班列联动发展，深化“班列+保税”“班列+跨境电商”等业务模式，让更多省外货源在西安集结出境。"],
        [B("第三，坚持产业为本，进一步做大班列经济。"),
         "通道带物流、物流带经贸、经贸带产业。要围绕汽车、新能源、装备制造、农产品等优势产业，引导更多企业“借道出海”，推动“班列经济”向“产业经济”转变。一是支持龙头企业在沿线国家建设海外仓和分拨中心；二是积极引进国际货代、供应链管理等市场主体落户西安；三是推动进口木材、粮食、矿产等大宗商品在陕落地加工，提升班列回程货源占比。"],
        [B("第四，坚持服务为先，进一步优化口岸环境。"),
         "要持续深化“一单制”“铁路快通”等通关便利化改革，推广铁路运输单证金融服务，探索赋予铁路运单物权凭证功能。海关、铁路、商务等部门要加强协作，压缩通关时间，降低综合物流成本，为企业提供更加高效便捷的服务。"],
        None,
        ["女士们、先生们、朋友们！“长安号”的发展离不开国家有关部委的关心支持，离不开沿线国家和地区朋友们的真诚合作，更离不开广大企业的积极参与。我们将秉持共商共建共享原则，以更加开放的姿态、更加务实的举措，与各方携手推动中欧班列高质量发展，共同打造安全畅通、高效便捷的国际物流大通道。"],
        ["最后，预祝2026年中欧班列（西安）“长安号”跨里海通道常态化开行取得圆满成功！祝各位来宾身体健康、工作顺利、万事如意！"],
        ["谢谢大家！"],
    ]
    body(doc, items, clauses)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="在2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式上的讲话",
            issuer=["陕西省人民政府副省长赵卫东"],
            date="2026-05-18",
            level="provincial",
            region="陕西省",
            doc_type="讲话",
        ),
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 2: 西安 主持词
def doc_xian_zhuchici():
    stem = "blind679_xian_zhuchici"
    doc = Document()
    s = setup(doc)
    page_number_footer(s)

    # layout table at the top: 内部资料 left, 材料之一 right
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]
    r = p.add_run("内部资料")
    set_font(r, HT, 14)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("注意保存")
    set_font(r2, HT, 14)
    p = c1.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("会议材料")
    set_font(r, HT, 14)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("材料之一")
    set_font(r2, HT, 16, True)

    empty(doc)
    para(doc, [("2026年中欧班列（西安）“长安号”跨里海通道", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    para(doc, [("常态化开行仪式主持词", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("（主持人：西安市人民政府常务副市长　孙　浩）", KT, 16, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年5月18日）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    clauses = []
    items = [
        [K("（9:28，嘉宾在西安国际港站发车区就位，播放暖场视频）")],
        [B("主持人："), "尊敬的各位领导、各位来宾，女士们、先生们："],
        ["大家上午好！初夏时节，万物并秀。今天，我们相聚在西安国际港站，共同见证2026年中欧班列（西安）“长安号”跨里海通道常态化开行这一重要时刻。首先，请允许我介绍出席今天仪式的领导和嘉宾，他们是："],
        ["哈萨克斯坦共和国驻西安总领事阿斯卡尔·努尔兰先生；"],
        ["中国国家铁路集团有限公司货运部副主任刘建新同志；"],
        ["陕西省人民政府副省长赵卫东同志；"],
        ["西安海关关长马振华同志；"],
        ["中国铁路西安局集团有限公司总经理黄立峰同志；"],
        ["西安市人民政府市长杨帆同志。"],
        ["出席今天仪式的还有：省级有关部门、西安市有关部门和西安国际港务区负责同志，沿线国家驻华机构代表，班列运营平台公司、物流企业和外贸企业代表。让我们以热烈的掌声对各位领导和嘉宾的到来表示欢迎！（鼓掌）"],
        [B("主持人："), "下面，我宣布：2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式现在开始！"],
        {"runs": [K("（奏乐）")], "align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False},
        ["今天的仪式共有六项议程。"],
        ["下面，进行仪式第一项，请西安市人民政府市长杨帆同志致辞。大家欢迎！（鼓掌）"],
        [K("（杨帆市长致辞）")],
        ["谢谢杨市长！下面，进行仪式第二项，请哈萨克斯坦共和国驻西安总领事阿斯卡尔·努尔兰先生致辞。（鼓掌）"],
        [K("（努尔兰总领事致辞）")],
        ["谢谢努尔兰总领事！下面，进行仪式第三项，请中国国家铁路集团有限公司货运部副主任刘建新同志致辞。（鼓掌）"],
        [K("（刘建新副主任致辞）")],
        ["谢谢刘副主任！下面，进行仪式第四项，请陕西省人民政府副省长赵卫东同志讲话。大家欢迎！（鼓掌）"],
        [K("（赵卫东副省长讲话）")],
        ["谢谢赵副省长！赵副省长的讲话充分肯定了“长安号”开行以来取得的成绩，对跨里海通道建设和班列高质量发展提出了明确要求，我们一定认真抓好贯彻落实。"],
        ["下面，进行仪式第五项，签约。请西安国际陆港多式联运有限公司与阿克套国际海港股份公司、巴库国际海港股份公司代表上台，签署《跨里海国际多式联运合作协议》。请刘建新副主任、赵卫东副省长、努尔兰总领事上台见证签约。（礼仪人员引导，奏乐）"],
        [K("（签约完毕，双方代表交换文本、握手合影）")],
        ["请各位领导和嘉宾留步合影。（合影后，礼仪人员引导领导嘉宾移步至启动台）"],
        [B("主持人："), "下面，进行仪式第六项，请刘建新副主任、赵卫东副省长、努尔兰总领事、马振华关长、黄立峰总经理、杨帆市长共同上台，启动发车按钮。"],
        ["请大家和我一起倒数：五、四、三、二、一，发车！（领导嘉宾按下启动球，汽笛长鸣，班列缓缓驶出，礼花绽放，奏乐）"],
        {"runs": [K("（鼓掌）")], "align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False},
        [B("主持人："), "女士们、先生们！随着一声汽笛长鸣，满载汽车零部件、光伏组件和跨境电商货物的X9037次班列已经驶出西安国际港站，将经霍尔果斯口岸出境，途经阿克套港、巴库港，最终抵达土耳其伊斯坦布尔。让我们共同祝愿“长安号”一路畅通、行稳致远！"],
        ["2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式到此结束。谢谢大家！"],
        [K("（奏乐，领导嘉宾退场）")],
    ]
    body(doc, items, clauses)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式主持词",
            issuer=["西安市人民政府常务副市长孙浩"],
            date="2026-05-18",
            level="municipal",
            region="西安市",
            doc_type="主持词",
        ),
        "clauses": clauses,
    }]
    return path


# ================================================================ doc 3: 成都 会议材料 (two speeches)
def doc_chengdu_cailiao():
    stem = "blind679_chengdu_cailiao"
    doc = Document()
    s = setup(doc)
    header_text(s, "内部资料　注意保存　　　　　　　　　　　　　　　　会议材料",
                WD_ALIGN_PARAGRAPH.LEFT, KT, 10.5)
    page_number_footer(s)

    objs = []

    # ---- speech A
    para(doc, [("材料之二", HT, 16, True)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    para(doc, [("在2026年中欧班列（成渝）“蓉欧+”", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    para(doc, [("冷链专列首发仪式上的致辞", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("四川省商务厅厅长　陈　静", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年6月26日）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    ca = []
    items_a = [
        {"runs": ["尊敬的波兰共和国驻成都总领事马尔钦·科瓦尔斯基先生，尊敬的各位领导、各位来宾，女士们、先生们："], "indent": False},
        ["上午好！盛夏的成都，生机盎然。今天，我们在成都国际铁路港共同见证2026年中欧班列（成渝）“蓉欧+”冷链专列首发。首先，我代表四川省商务厅，对冷链专列成功首发表示热烈的祝贺！对长期以来关心支持四川开放发展的各界朋友表示衷心的感谢！"],
        ["近年来，四川深入推进共建“一带一路”，以中欧班列（成渝）为牵引，加快构建“四向拓展、全域开放”立体全面开放格局。2025年，全省中欧班列（成渝）开行量超过5200列，带动进出口额突破1300亿元；中国（四川）自由贸易试验区累计形成制度创新成果800余项，成都天府国际空港综合保税区、成都高新综合保税区等特殊监管区域加快发展，为班列货源集结和产业落地提供了有力支撑。"],
        ["冷链物流是中欧班列拓展高附加值货源的重要方向。此次开行的“蓉欧+”冷链专列，采用全程温控冷藏集装箱，去程运输四川柑橘、猕猴桃、预制菜等特色农产品和食品，回程运输波兰、荷兰等国的乳制品、冷冻肉类和葡萄酒，全程运行约13天，较海运节省时间20天以上。这是四川发挥通道优势、推动“川货出川”“洋货入川”的又一重要举措。"],
        ["下一步，四川省商务厅将会同有关部门和市（州）重点做好以下工作："],
        [B("第一，"), "完善冷链通道布局。支持成都国际铁路港建设进境肉类、水果、冰鲜水产品等指定监管场地，推动冷链专列实现“周周发”，力争2026年全年开行冷链专列100列以上。"],
        [B("第二，"), "强化政策支持。用好省级外经贸发展专项资金，对冷链专列运输、海外冷链仓建设、跨境电商冷链配送等给予支持，落实好外商投资企业同等享受支持政策的要求。"],
        [B("第三，"), "深化国际合作。依托中欧班列（成渝）沿线合作机制，加强与波兰罗兹、德国杜伊斯堡、荷兰蒂尔堡等节点城市合作，推动检验检疫标准互认和农产品准入，扩大双向贸易规模。"],
        ["女士们、先生们，“蓉欧+”冷链专列的开行，既是一次运输模式的创新，也是一次开放合作的新起点。我们期待与各位朋友携手，让更多优质产品搭乘班列走向世界，让四川与欧洲的经贸往来更加紧密。"],
        ["预祝首发仪式圆满成功！谢谢大家！"],
    ]
    body(doc, items_a, ca)
    objs.append({
        "meta": meta(
            title="在2026年中欧班列（成渝）“蓉欧+”冷链专列首发仪式上的致辞",
            issuer=["四川省商务厅厅长陈静"],
            date="2026-06-26",
            level="provincial",
            region="四川省",
            doc_type="致辞",
        ),
        "clauses": ca,
    })

    # ---- page break, speech B
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    para(doc, [("在2026年中欧班列（成渝）“蓉欧+”冷链专列", XBS, 22, False), "\n",
               ("首发仪式上的发言", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("成都国际陆港运营有限公司董事长　周明哲", KT, 16, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年6月26日　根据录音整理）", KT, 16, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    cb = []
    items_b = [
        {"runs": ["尊敬的陈厅长、科瓦尔斯基总领事，各位领导、各位来宾："], "indent": False},
        ["大家好！作为中欧班列（成渝）的运营平台企业，今天能够在这里见证“蓉欧+”冷链专列首发，我们深感荣幸、倍受鼓舞。借此机会，我代表成都国际陆港运营有限公司，向各级领导和有关部门的关心支持表示衷心感谢！"],
        ["这趟冷链专列从筹备到首发，历时8个多月。我们联合成都海关、中国铁路成都局集团有限公司，先后完成了3轮温控测试，解决了冷藏箱跨境供电、途中温度远程监控、换装口岸快速通关等一系列难题。首发班列共装载41个冷藏集装箱，货值约2600万元，其中四川本地农产品和食品占比超过七成。"],
        ["下一步，我们将重点做好三方面工作。"],
        [B("首先，"), "稳定开行频次。与沿线铁路、口岸加强协同，实现冷链专列固定班期、固定线路、固定时刻运行，为客户提供可预期的全程物流服务。"],
        [B("其次，"), "做强回程货源。在波兰罗兹、荷兰蒂尔堡设立海外集货中心，积极组织乳制品、冷冻肉类等回程货源，力争回程重箱率达到60%以上。"],
        [B("再次，"), "拓展“班列+”服务。依托成都国际铁路港综合保税区，开展“班列+保税仓储”“班列+跨境电商”业务，推广铁路运单融资，为中小外贸企业降低物流和资金成本。"],
        ["我们将以此次首发为契机，牢记平台公司的职责使命，把冷链专列打造成中欧班列（成渝）的又一张“金名片”。"],
        ["谢谢大家！"],
    ]
    body(doc, items_b, cb)
    objs.append({
        "meta": meta(
            title="在2026年中欧班列（成渝）“蓉欧+”冷链专列首发仪式上的发言",
            issuer=["成都国际陆港运营有限公司董事长周明哲"],
            date="2026-06-26",
            level="municipal",
            region="成都市",
            doc_type="发言",
        ),
        "clauses": cb,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = objs
    return path


def main():
    paths = [doc_xian_jianghua(), doc_xian_zhuchici(), doc_chengdu_cailiao()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
