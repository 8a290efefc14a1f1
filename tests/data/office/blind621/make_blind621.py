# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 621: 自贸片区大事记 and 年鉴条目 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, text="", name=FS, size=16, bold=None, align=None, indent=True,
         exact=28, color=None, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, exact=exact, before=before, after=after)
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def empty(doc, exact=28):
    return para(doc, "", indent=False, exact=exact)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_number_footer(section, name="宋体", size=14):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), name, size)
    r = set_font(p.add_run(), name, size)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), name, size)


def setup_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return s


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def table_borders(tbl, spec):
    """spec: dict edge -> (val, sz)"""
    tblpr = tbl._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        val, sz = spec.get(edge, ("nil", 0))
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def cell_text(cell, text, name=FS, size=14, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    set_font(p.add_run(text), name, size, bold)
    return p


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_621", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": "zone", "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None,
        "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


EXPECTED = {}


# ================================================================ 1. 厦门大事记
XM_REGION = "中国（福建）自由贸易试验区厦门片区"
XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会"

# each entry: dict(paras=[...], bold=None|'all'|'after_date', mode='normal'|'soft'|'manual')
XM = [
    ("一月", [
        dict(paras=["1月8日，厦门片区管委会召开2025年工作会议，总结2024年自贸试验区建设成效，部署全年制度创新、招商引资、营商环境优化等重点任务。会议提出，全年力争形成制度创新成果20项以上，新增注册企业6000家以上。"]),
        dict(paras=["16日，厦门片区“跨境电商出口海外仓退货监管新模式”入选福建自贸试验区第二十二批创新举措，系全省首创。"]),
        dict(paras=["下旬，厦门象屿综合保税区开展“保税+维修”扩区试点，首批3台航空发动机部件完成保税维修后复运出境，货值约1.2亿元。"]),
    ]),
    ("二月", [
        dict(paras=["2月10日，厦门片区召开2025年重点项目集中签约活动，现场签约项目32个，总投资额286.5亿元，涵盖航空维修、集成电路、跨境电商、航运物流等领域。"], bold="all"),
        dict(paras=["18日，中欧（厦门）班列2025年首趟“跨境电商专列”从海沧站发车，搭载跨境电商货物42标箱，经霍尔果斯口岸出境，终到波兰马拉舍维奇。"]),
        dict(paras=["是月，厦门片区出台《关于进一步支持跨境电商高质量发展的若干措施》，从市场主体培育、海外仓建设、物流通道拓展、人才引进等方面提出18条支持措施。"]),
    ]),
    ("三月", [
        dict(paras=["3月5日，厦门片区管委会与厦门海关签署《深化自贸试验区海关监管创新合作备忘录》，双方将在保税维修、跨境电商、两岸贸易便利化等领域开展联合创新。",
                    "根据备忘录，厦门海关将支持片区先行先试“两段准入”“预约通关”“跨境电商退货中心仓”等12项监管创新举措，并建立季度会商机制，协调解决企业通关中的堵点难点问题。"],
             mode="soft"),
        dict(paras=["20日，海沧港区新开通至越南胡志明、泰国林查班的集装箱直航航线，每周一班，厦门港东南亚航线增至58条。"]),
        dict(paras=["同日，厦门片区“企业开办一件事”平台升级上线，企业开办全流程压缩至0.5个工作日。"]),
    ]),
    ("四月", [
        dict(paras=["上旬，厦门片区管委会主要领导率队赴新加坡、马来西亚开展招商推介，走访企业及商协会21家，达成合作意向项目9个。"]),
        dict(paras=["4月16日，福建省人民政府印发《中国（福建）自由贸易试验区提升战略实施方案》，厦门片区承担的28项改革试点任务全部纳入方案。"], bold="all"),
        dict(paras=["21日，厦门片区举行中国（福建）自由贸易试验区挂牌十周年成果发布会。十年来，片区累计推出制度创新成果620项，其中全国首创118项，累计新增注册企业7.2万家。"], bold="after_date"),
        dict(paras=["25日，厦门片区首家外商独资国际船舶管理企业获批设立，注册资本500万美元。"]),
    ]),
    ("五月", [
        dict(paras=["5月9日，2025海峡两岸跨境电商合作交流会在厦门片区举办，两岸200余家企业参会，现场达成合作意向46项，意向金额约15.8亿元。"]),
        dict(paras=["22日，厦门片区首单“离岸转手买卖”外汇收支便利化业务在中国银行厦门市分行落地，金额1200万美元。"]),
        dict(paras=["是月，厦门片区跨境电商综合服务平台累计备案企业突破3000家。"]),
    ]),
    ("六月" + FW, [
        dict(paras=["6月18日，2025海峡两岸自贸园区合作论坛在厦门片区开幕，全国11个自贸试验区及台湾地区工商界代表400余人参会。",
                    "论坛期间，厦门片区发布《对台贸易便利化十项举措》，在台湾地区商品检验结果采信、两岸海运快件通关、台胞台企融资便利等方面推出一批新举措，现场签约两岸合作项目15个。"],
             bold="all", mode="manual"),
        dict(paras=["26日，厦门片区获批开展跨境贸易投资高水平开放试点，成为全省首个获批该项试点的区域。"]),
    ]),
    ("七月", [
        dict(paras=["7月1日，厦门片区实施“一照多址”改革扩面，企业在片区内增设经营场所无需另行办理分支机构登记。"]),
        dict(paras=["15日，厦门片区上半年经济运行分析会召开。上半年，片区实现外贸进出口总额1386.2亿元，同比增长7.4%；实际使用外资4.3亿美元，同比增长11.2%。"]),
        dict(paras=["下旬，片区航空维修龙头企业新建宽体机库竣工投用，可同时容纳2架宽体客机开展维修作业。"]),
    ]),
    ("八月", [
        dict(paras=["8月12日，厦门片区与中国（新疆）自由贸易试验区乌鲁木齐片区签署战略合作框架协议，共同推动中欧（厦门）班列与乌鲁木齐国际陆港区联动发展。"]),
        dict(paras=["28日，厦门片区“保税维修+再制造”监管模式入选商务部自贸试验区第六批“最佳实践案例”。"]),
    ]),
    ("九月", [
        dict(paras=["9月8日，第二十五届中国国际投资贸易洽谈会在厦门开幕。厦门片区举办自贸专场推介会，签约外资项目18个，合同外资金额9.6亿美元。"], bold="all"),
        dict(paras=["是月，厦门片区跨境电商B2B出口监管试点业务量突破1000万票。"]),
    ]),
    ("十月", [
        dict(paras=["10月15日，厦门片区管委会印发《厦门片区制度创新容错纠错实施办法（试行）》，明确容错情形、认定程序和结果运用等内容。"]),
        dict(paras=["下旬，中欧（厦门）班列年度开行量突破300列，提前两个月完成全年目标。"]),
    ]),
    ("十一月", [
        dict(paras=["11月6日，厦门片区组织42家企业参加第八届中国国际进口博览会，签订采购意向协议金额约6.2亿美元。"]),
        dict(paras=["20日，厦门片区获评2025年度中国自由贸易试验区制度创新指数“十佳片区”。"]),
    ]),
    ("十二月", [
        dict(paras=["12月10日，厦门片区2025年度制度创新成果发布会召开，发布年度创新成果22项，其中全国首创7项。",
                    "会上，厦门片区管委会与6家金融机构签署“自贸金融服务站”共建协议，并为首批10家“制度创新示范企业”授牌。"]),
        dict(paras=["26日，海沧港区至中东地区首条冷链集装箱航线开通。"]),
        dict(paras=["是月，厦门片区完成2025年度外商投资企业信息报告工作，年报率达98.6%。"]),
        dict(paras=["是年，厦门片区新增注册企业6428家，其中外资企业412家；实现外贸进出口总额2863.5亿元，同比增长6.8%；实际使用外资8.7亿美元，同比增长10.5%。"]),
    ]),
]


def split_date(text):
    i = text.find("，")
    return text[: i + 1], text[i + 1:]


def build_xiamen():
    doc = Document()
    sec = setup_page(doc)
    page_number_footer(sec)

    # title on two lines with a soft break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    r = set_font(p.add_run("中国（福建）自由贸易试验区厦门片区"), XBS, 22)
    r.add_break()
    set_font(p.add_run("2025年大事记"), XBS, 22)
    para(doc, "（2025年1月—12月）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    clauses = []
    for mi, (month, entries) in enumerate(XM):
        if mi:
            empty(doc)
        # month heading: 黑体, bold, on its own line, left with 2-char manual spaces
        para(doc, FW + FW + month, HT, 16, bold=True, indent=False)
        for e in entries:
            bold = e.get("bold")
            mode = e.get("mode", "normal")
            paras = e["paras"]
            if mode == "soft":
                # two paragraphs typed as one, separated by a soft break, second
                # "paragraph" indented by hand with full-width spaces
                p = para(doc, "")
                set_font(p.add_run(paras[0]), FS, 16, bold == "all")
                p.runs[-1].add_break()
                set_font(p.add_run(FW + FW + paras[1]), FS, 16, bold == "all")
            else:
                for k, t in enumerate(paras):
                    if mode == "manual" and k > 0:
                        p = para(doc, "", indent=False)
                        set_font(p.add_run(FW + FW + t), FS, 16, bold == "all")
                        continue
                    p = para(doc, "")
                    if bold == "after_date":
                        d, rest = split_date(t)
                        set_font(p.add_run(d), FS, 16, False)
                        set_font(p.add_run(rest), FS, 16, True)
                    else:
                        set_font(p.add_run(t), FS, 16, bold == "all" or None)
            clauses.extend(paras)

    empty(doc)
    empty(doc)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run(XM_ORGAN + FW + FW), FS, 16)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2026年1月12日" + FW * 6), FS, 16)

    stem = "blind621_xiamen_dashiji"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="中国（福建）自由贸易试验区厦门片区2025年大事记",
            issuer=[XM_ORGAN], date="2026-01-12", region=XM_REGION,
            doc_type="大事记"),
        "clauses": clauses,
    }]
    return path


# ================================================================ 2. 青岛 函 + 大事记（附件）
QD_REGION = "中国（山东）自由贸易试验区青岛片区"
QD_ORGAN = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_ATT_TITLE = "中国（山东）自由贸易试验区青岛片区2025年大事记"

QD = [
    ("1月", [
        dict(paras=["9日，青岛片区召开2025年度工作动员大会，部署制度创新、产业发展、招商引资等重点工作，提出全年实际使用外资增长10%以上的目标。"]),
        dict(paras=["中旬，青岛前湾综合保税区“智慧卡口”二期工程投入使用，车辆平均过卡时间由3分钟缩短至30秒。"]),
    ]),
    ("2月", [
        dict(paras=["14日，青岛片区首单“跨境电商+中欧班列”出口业务落地，一批家电、轮胎等跨境电商货物搭乘“齐鲁号”欧亚班列发往德国杜伊斯堡。"]),
        dict(paras=["是月，青岛片区出台《支持离岸贸易发展若干措施》，对开展离岸贸易业务的企业按年度结算量给予分档奖励。"]),
    ]),
    ("3月", [
        dict(paras=["18日，青岛片区举办2025年“投资山东·青岛西海岸”招商推介会，签约项目26个，总投资312亿元。"], bold="all"),
        dict(paras=["27日，青岛片区获批开展进口汽车保税存储业务试点。"]),
    ]),
    ("4月", [
        dict(paras=["上旬，青岛片区“海运提单质押融资”创新做法在全省复制推广。"]),
        dict(paras=["23日，青岛港前湾港区新开通至南美西海岸集装箱航线，青岛港外贸航线总数达到230条。"]),
    ]),
    ("5月", [
        dict(paras=["8日，青岛片区首单保税液化天然气船舶加注业务完成，为一艘国际航行船舶加注LNG 5000立方米。"]),
        dict(paras=["20日，青岛片区发布《营商环境优化提升行动方案（2025年版）》，提出5个方面30项具体举措。",
                    "方案明确，到2025年底，片区企业开办、工程建设项目审批等高频事项实现“一次办好”全覆盖，涉企审批事项平均办理时限压缩50%以上。"]),
    ]),
    ("6月", [
        dict(paras=["16日，2025跨国公司领导人青岛峰会期间，青岛片区签约外资项目12个，合同外资7.8亿美元。"], bold="all"),
        dict(paras=["是月，青岛片区在前湾综合保税区试点跨境电商零售进口“网购保税+线下自提”业务。"]),
    ]),
    ("7月", [
        dict(paras=["1日，青岛片区实施外国人来华工作许可“一窗受理、并行办理”，办理时限由10个工作日压缩至5个工作日。"]),
        dict(paras=["24日，青岛片区发布上半年主要经济指标：外贸进出口总额1152.3亿元，同比增长6.8%；实际使用外资5.1亿美元，同比增长9.5%。"]),
    ]),
    ("8月", [
        dict(paras=["12日，青岛片区与中国（山东）自由贸易试验区济南片区、烟台片区签署协同创新合作协议。"]),
        dict(paras=["下旬，青岛片区大宗商品交易平台完成首笔原油离岸现货交易，交易量20万桶。"]),
    ]),
    ("9月", [
        dict(paras=["5日，青岛片区“船舶融资租赁跨境资产转让”业务落地，金额3.2亿元。"]),
        dict(paras=["是月，青岛片区外商投资企业“准入即准营”改革覆盖事项扩大至42项。"]),
    ]),
    ("10月", [
        dict(paras=["16日，青岛片区召开制度创新工作推进会，通报前三季度形成制度创新成果25项。"]),
        dict(paras=["同日，“齐鲁号”欧亚班列（青岛片区）年内开行量突破500列。"]),
    ]),
    ("11月", [
        dict(paras=["6日，青岛片区组织企业参加第八届中国国际进口博览会，意向成交额4.5亿美元。"]),
        dict(paras=["20日，山东省人民政府印发《中国（山东）自由贸易试验区提升行动方案》，青岛片区承担的35项改革任务纳入方案。"], bold="all"),
    ]),
    ("12月", [
        dict(paras=["12日，青岛片区举行2025年度制度创新成果发布会，发布创新成果30项，其中全国首创8项。"]),
        dict(paras=["是年，青岛片区新增注册企业5320家，其中外资企业298家；实现外贸进出口总额2365.8亿元，同比增长7.1%；实际使用外资10.6亿美元，同比增长10.3%。"]),
    ]),
]
QD_N_ENTRIES = sum(len(es) for _, es in QD)
assert QD_N_ENTRIES == 24, QD_N_ENTRIES

QD_LETTER = [
    "根据《关于做好2025年度自贸试验区大事记编报工作的通知》（鲁自贸办字〔2025〕41号）要求，我委对2025年青岛片区改革发展中的重要事项进行了梳理汇总，形成《中国（山东）自由贸易试验区青岛片区2025年大事记》，现予报送。",
    "本大事记按时间顺序收录2025年1月至12月青岛片区重要会议、重大政策、重点项目、制度创新成果及重要活动等事项共24条，已经管委会主任办公会议审定。所涉数据均为初步统计数，最终以统计部门公布的数据为准。",
    "联系人：刘振华，电话：0532-86881234。",
]


def build_qingdao():
    doc = Document()
    sec = setup_page(doc)
    page_number_footer(sec)

    # red header (版头) + red line
    p = para(doc, QD_ORGAN, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=36, color=RED)
    p = para(doc, "", indent=False, exact=12)
    bottom_border(p, "FF0000", 18)
    p = para(doc, "青自贸管函〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT,
             indent=False, before=6)
    empty(doc)
    # title split over two paragraphs
    para(doc, "中国（山东）自由贸易试验区青岛片区", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    para(doc, "管理委员会关于报送2025年度大事记的函", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=36)
    empty(doc)
    para(doc, "山东省自由贸易试验区工作办公室：", FS, 16, indent=False)
    for t in QD_LETTER:
        para(doc, t)
    empty(doc)
    p = para(doc, "", indent=True)
    set_font(p.add_run("附件：" + QD_ATT_TITLE), FS, 16)
    empty(doc)
    empty(doc)

    # 落款 in a borderless layout table
    tbl = doc.add_table(rows=1, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, {})
    tbl.cell(0, 0).width = Mm(60)
    tbl.cell(0, 1).width = Mm(96)
    cell_text(tbl.cell(0, 0), "", FS, 16)
    c = tbl.cell(0, 1)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(QD_ORGAN), FS, 16)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p2.add_run("2026年1月23日"), FS, 16)
    empty(doc)

    # ------------- attachment on a new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    empty(doc)
    para(doc, QD_ATT_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    att_clauses = []
    for month, entries in QD:
        h = doc.add_paragraph(style="Heading 2")
        fmt(h, indent=False, exact=28, before=6, after=0)
        set_font(h.add_run(month), HT, 16, bold=False, color=RGBColor(0, 0, 0))
        for e in entries:
            for t in e["paras"]:
                p = para(doc, "")
                d, rest = split_date(t)
                if e.get("bold") == "all":
                    set_font(p.add_run(t), FS, 16, True)
                else:
                    # date part typed in 黑体 in its own run (house style)
                    set_font(p.add_run(d), HT, 16)
                    set_font(p.add_run(rest), FS, 16)
                att_clauses.append(t)
    empty(doc)
    empty(doc)

    # 版记 as a table with top/bottom rules only
    tbl = doc.add_table(rows=2, cols=1)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, {"top": ("single", 8), "bottom": ("single", 8),
                        "insideH": ("single", 4)})
    cell_text(tbl.cell(0, 0), "抄送：青岛市商务局，青岛西海岸新区管委会。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(tbl.cell(1, 0),
              "青岛片区管委会综合办公室" + FW * 7 + "2026年1月23日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    stem = "blind621_qingdao_han"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {
            "meta": meta(
                title=QD_ORGAN + "关于报送2025年度大事记的函",
                doc_number="青自贸管函〔2026〕5号", issuer=[QD_ORGAN],
                date="2026-01-23", region=QD_REGION,
                attachments=[QD_ATT_TITLE], doc_type="函",
                recipients=["山东省自由贸易试验区工作办公室"]),
            "clauses": list(QD_LETTER),
        },
        {
            "meta": meta(
                title=QD_ATT_TITLE, issuer=[QD_ORGAN], date="2026-01-23",
                region=QD_REGION, doc_type="大事记"),
            "clauses": att_clauses,
        },
    ]
    return path


# ================================================================ 3. 南沙 年鉴条目
NS_REGION = "中国（广东）自由贸易试验区广州南沙新区片区"
NS_OFFICE = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室"

# (subhead or None, text, subhead_quirk)
NS_PARAS = [
    ("【概况】", "中国（广东）自由贸易试验区广州南沙新区片区（简称“南沙片区”）于2015年4月21日挂牌，实施范围60平方千米。2025年，南沙片区深入实施《广州南沙深化面向世界的粤港澳全面合作总体方案》，全年新设企业1.86万家，其中外商投资企业1236家；实际使用外资13.2亿美元，同比增长8.6%；外贸进出口总额3286.4亿元，同比增长6.9%。", None),
    (None, "截至2025年底，南沙片区累计形成制度创新成果986项，其中在全国复制推广48项、在全省复制推广132项，连续五年位列中国自由贸易试验区制度创新指数前列。", None),
    ("【制度创新】", "2025年，南沙片区新形成制度创新成果85项，其中全国首创21项。推出“跨境理财通”南沙专区、港澳工程专业人士执业备案“一站式”服务、国际航行船舶“一单多报”等改革举措，“湾区通”规则衔接清单新增事项36项。", "split"),
    ("【“港澳e站通”服务升级】", "南沙片区“港澳e站通”政务服务专窗可办理事项增至218项，全年为港澳居民和企业办理业务2.7万件，其中跨境通办业务占比达到41%。", None),
    ("【招商引资】", "全年引进重大项目156个，总投资2450亿元，其中世界500强企业投资项目23个。举办南沙（香港）投资推介会、粤港澳大湾区（南沙）全球招商大会等活动12场，签约项目合同外资金额28.6亿美元，同比增长12.3%。", None),
    ("【跨境电商】", "南沙片区跨境电商进出口额865.7亿元，同比增长15.4%，其中“9810”海外仓出口同比增长32.1%。新建公共海外仓6个，累计达到48个；跨境电商退货中心仓全年处理退货商品410万件。", "leak"),
    ("【金融开放】", "全年新增持牌金融机构11家，累计达到398家。跨境贸易投资高水平开放试点业务规模突破420亿美元，合格境外有限合伙人（QFLP）试点企业增至62家，新增跨境人民币结算金额1836.5亿元，同比增长18.7%。", None),
    ("【航运物流】", "南沙港区集装箱吞吐量2012.5万标箱，同比增长3.7%；新开辟国际集装箱班轮航线14条，累计达到168条。“湾区号”中欧班列（南沙）开行216列，同比增长27.1%，实现“海铁联运+跨境电商”常态化运营。", None),
    ("【统计数据】", "2025年南沙片区主要经济指标见下表。", None),
]

NS_TABLE_HEAD = ["指标", "单位", "2025年", "同比增长（%）"]
NS_TABLE = [
    ["地区生产总值", "亿元", "2652.8", "5.6"],
    ["规模以上工业总产值", "亿元", "4186.3", "7.2"],
    ["固定资产投资", "亿元", "1025.6", "-3.8"],
    ["外贸进出口总额", "亿元", "3286.4", "6.9"],
    ["其中：出口", "亿元", "1865.2", "8.3"],
    ["实际使用外资", "亿美元", "13.2", "8.6"],
    ["跨境电商进出口额", "亿元", "865.7", "15.4"],
    ["新设企业", "万家", "1.86", "4.5"],
    ["港口集装箱吞吐量", "万标箱", "2012.5", "3.7"],
]
NS_NOTE = "注：实际使用外资按美元计价，其余价值量指标按人民币计价；地区生产总值增速按不变价格计算。"


def build_nansha():
    doc = Document()
    sec = setup_page(doc)
    page_number_footer(sec)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(hp.add_run("广州年鉴·2026" + FW * 20 + "对外开放"), KT, 10.5)
    bottom_border(hp, "000000", 6)

    # 栏目 heading
    para(doc, "自由贸易试验区", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         before=6)
    empty(doc, exact=16)
    # entry title, bold 黑体
    para(doc, NS_REGION, HT, 18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=32)
    empty(doc, exact=16)

    clauses = []
    for sub, text, quirk in NS_PARAS:
        if sub is None:
            # continuation paragraph, indented by hand
            p = para(doc, "", indent=False)
            set_font(p.add_run(FW + FW + text), FS, 16)
            clauses.append(text)
            continue
        p = para(doc, "")
        if quirk == "split":
            # subhead typed in three runs
            set_font(p.add_run("【"), HT, 16)
            set_font(p.add_run("制度创新"), HT, 16)
            set_font(p.add_run("】"), HT, 16)
            set_font(p.add_run(text), FS, 16)
        elif quirk == "leak":
            # 黑体 run swallows the first characters of the text
            set_font(p.add_run(sub + text[:4]), HT, 16)
            set_font(p.add_run(text[4:]), FS, 16)
        elif sub.startswith("【“"):
            set_font(p.add_run(sub), HT, 16, bold=True)
            set_font(p.add_run(text), FS, 16)
        else:
            set_font(p.add_run(sub), HT, 16)
            set_font(p.add_run(text), FS, 16)
        clauses.append(sub + text)

    tbl = doc.add_table(rows=1 + len(NS_TABLE), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(NS_TABLE_HEAD):
        cell_text(tbl.cell(0, j), h, HT, 14)
    for i, row in enumerate(NS_TABLE, start=1):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(NS_TABLE_HEAD, row)))
    tbl.autofit = False
    for j, w in enumerate((Mm(62), Mm(26), Mm(30), Mm(38))):
        tbl.columns[j].width = w
        for r in tbl.rows:
            r.cells[j].width = w

    p = para(doc, NS_NOTE, FS, 12, indent=True, exact=22, before=4)
    clauses.append(NS_NOTE)
    empty(doc)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("（供稿单位：" + NS_OFFICE + FW + "撰稿：陈立）"), KT, 14)

    stem = "blind621_nansha_nianjian"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title=NS_REGION, issuer=[NS_OFFICE], date=None, region=NS_REGION,
            doc_type="年鉴条目"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [build_xiamen(), build_qingdao(), build_nansha()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
