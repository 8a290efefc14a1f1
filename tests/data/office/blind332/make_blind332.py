# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 332: 制度创新典型案例 / 创新实践案例.

Writes, next to this script:
  blind332_henan_tongzhi.docx/.pdf   省自贸办 通知 印发 第七批制度创新典型案例 (附件 = 案例汇编)
  blind332_qinzhou_jianbao.docx/.pdf 片区管委会 工作简报（创新实践案例专刊）with 目录 and boxed 编者按
  blind332_jiangxi_tongbao.docx/.pdf 商务厅 通报 复制推广 other zones' cases, table merged per 领域
  expected.json
Run:  . /work/venv/bin/activate && python make_blind332.py
All names, numbers, dates and figures are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
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
    return run


def para(doc_or_cell, text="", name=FS, size=16, bold=False, color=None, align=None,
         indent=True, line=28, before=0, after=0, keep=False):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if keep:
        pf.keep_with_next = True
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    """parts: list of (text, fontname, bold) or 'BR' for a soft line break."""
    for part in parts:
        if part == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        t, n, b = part
        font(p.add_run(t), n, size, b)
    return p


def border(p, side, sz=12, color="FF0000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # schema order: ... numPr, suppressLineNumbers, pBdr, shd, tabs, ..., spacing, ind, jc ...
        after = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                 "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                 "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                 "w:sectPr", "w:pPrChange")
        ppr.insert_element_before(bdr, *after)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)
    return p


def setup_a4(section, top=37, bottom=35, left=28, right=26):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(top)
    section.bottom_margin = Mm(bottom)
    section.left_margin = Mm(left)
    section.right_margin = Mm(right)
    section.footer_distance = Mm(20)
    section.header_distance = Mm(15)


def page_field(p, size=14):
    font(p.add_run("— "), ST, size)
    r = p.add_run()
    font(r, ST, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    font(p.add_run(" —"), ST, size)


def footers(doc, section, odd_even=True):
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = section.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def cell_borders(cell, sz=8, color="000000"):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    tcpr.append(b)


def table_grid(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def fixed_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths))); tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true")
    trpr.append(e)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    font(p.add_run(text), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banji(doc, chaosong, yinfa_organ, yinfa_date, size=14, extra_lines=None, blanks=2):
    """版记: 抄送 + 印发机关/印发日期 between rules (thin rule above, thick first/last)."""
    for _ in range(blanks):
        para(doc, "", indent=False)
    p = para(doc, "", size=size, indent=False, line=22)
    border(p, "top", sz=8, color="000000")
    border(p, "bottom", sz=4, color="000000")
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    p.paragraph_format.first_line_indent = Pt(0)
    font(p.add_run("抄送：" + chaosong), FS, size)
    for t in extra_lines or []:
        q = para(doc, t, size=size, indent=False, line=22)
        border(q, "bottom", sz=4, color="000000")
        q.paragraph_format.left_indent = Pt(size)
    p2 = para(doc, "", size=size, indent=False, line=22)
    border(p2, "bottom", sz=8, color="000000")
    p2.paragraph_format.left_indent = Pt(size)
    p2.paragraph_format.right_indent = Pt(size)
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin - Pt(2 * size)
    p2.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    font(p2.add_run(yinfa_organ + "\t" + yinfa_date + "印发"), FS, size)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_332",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ======================================================================
# (a) 河南省自贸办 通知 — 印发第七批制度创新典型案例
# ======================================================================
A_ORGAN = "河南省自由贸易试验区建设领导小组办公室"
A_TITLE_LINES = ["河南省自由贸易试验区建设领导小组办公室",
                 "关于印发中国（河南）自由贸易试验区第七批",
                 "制度创新典型案例的通知"]
A_NO = "豫自贸办〔2024〕9号"
A_RECIP = ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会",
           "中国（河南）自由贸易试验区各片区管委会", "省自贸试验区建设领导小组各成员单位"]
A_ATT = "中国（河南）自由贸易试验区第七批制度创新典型案例"

A_INTRO = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推动制度创新成果在更大范围落地见效，"
           "省自贸办组织开展了第七批制度创新典型案例评选工作。经各片区申报、省直有关部门初审、第三方机构评估和省自贸试验区建设领导小组审定，"
           "“跨境电商出口海外仓‘数据直报’监管模式”等6项案例入选第七批制度创新典型案例，现印发给你们，并就有关事项通知如下。")
A_REQS = [
    ("一、加强学习借鉴。", "各地各部门要将典型案例学习借鉴作为推进高水平对外开放、服务和融入共建“一带一路”的重要抓手，深入研究案例的主要做法和实施路径，结合本地区产业基础和开放平台实际，主动对标、精准借鉴。"),
    ("二、抓好复制推广。", "除案例四外，其余5项案例在全省范围内复制推广。各省辖市人民政府、济源示范区管委会、航空港区管委会要明确牵头部门，于2024年9月30日前制定复制推广工作方案；省直有关部门要加强业务指导，及时协调解决复制推广过程中遇到的政策和技术问题。"),
    ("三、稳妥推进深化试点。", "案例四涉及航空货运口岸监管作业流程调整，暂不在全省复制推广，由郑州片区会同郑州海关在郑州片区范围内继续深化试点，及时评估试点风险和成效，条件成熟后再按程序报批推广。"),
    ("四、做好跟踪评估。", "各地各部门要于每年6月底、12月底前将复制推广进展情况报送省自贸办，省自贸办将适时组织开展第三方评估，并将复制推广成效纳入自贸试验区建设年度考核内容。联系电话：0371-65908812。"),
]

# cases: (number, title, maker line or None, style, parts)
#   style "parts": parts = [(heading, [paragraph, ...]), ...]
#   style "runin": parts = list of paragraphs; each paragraph = list of (label, text); several
#                  pairs in one paragraph are separated by a soft line break
A_CASES = [
    ("案例一", "跨境电商出口海外仓“数据直报”监管模式", "（郑州片区）", "parts", [
        ("一、主要做法", [
            "（一）搭建数据直报通道。依托中国（郑州）跨境电子商务综合试验区线上综合服务平台，开发海外仓数据直报模块，出口企业按月上传海外仓库存、订单及销售数据，海关、税务、外汇管理等部门按权限共享调用，实现“一次申报、多方共用”。",
            "（二）优化出口退税办理。对纳入直报管理的海外仓出口货物，税务部门依据直报数据开展出口退（免）税审核，退税办理时间由平均15个工作日压缩至5个工作日以内。",
            "（三）实施信用分类监管。根据直报数据的完整性、一致性对企业实施信用分级，对高信用企业降低查验比例、优先办理通关手续，对数据异常企业开展重点核查。",
        ]),
        ("二、实践效果", [
            "截至2024年4月底，郑州片区已有126家跨境电商出口企业接入直报平台，覆盖欧洲、北美、东南亚等地区27个国家的海外仓218个，累计直报出口货值48.6亿元，企业平均通关时间缩短32%。",
        ]),
        ("三、推广建议", [
            "该做法不依赖特定区位条件，可在全省复制推广，重点支持跨境电商出口规模较大的地区率先应用，助力企业拓展共建“一带一路”国家市场。",
        ]),
    ]),
    ("案例二", "文化艺术品“保税展示+跨境交易”一体化服务模式", "（开封片区）", "runin", [
        [("【主要做法】", "开封片区依托开封综合保税区，建设文化艺术品保税仓储展示中心，对境外入区的文化艺术品实行“保税存储、区外展示、展后复运”管理；建立艺术品进出口数字档案，“一品一码”全程溯源；联合金融机构开发艺术品仓单质押融资产品，为文化贸易企业提供融资服务。"),
         ("【实践效果】", "模式运行以来，累计引进境外艺术品展品1860余件，货值约3.2亿元，举办“一带一路”国际艺术品展会9场，促成交易额1.1亿元；艺术品进出境通关时间由平均7天压缩至2天，企业资金占用成本降低约40%。")],
        [("【推广建议】", "该模式可在全省具备条件的综合保税区和文化产业园区复制推广，为文化企业“走出去”和境外优质文化产品“引进来”提供便利化通道。")],
    ]),
    ("案例三", "高端装备出口“预检验+口岸直放”通关模式（洛阳片区）", None, "parts", [
        ("一、基本情况", [
            "洛阳片区聚焦高端装备制造企业出口大型成套设备体积大、拆装难、查验耗时长等问题，联合洛阳海关推行“预检验+口岸直放”模式：企业在生产环节即可申请海关派员开展预检验，检验合格的设备在工厂完成装箱施封，出口时在口岸海关实行“直放”，不再重复开箱查验。",
        ]),
        ("二、实践效果", [
            "试点以来，洛阳片区已有23家装备制造企业应用该模式，出口矿山机械、轴承、农机等成套设备货值19.7亿元，单票货物通关时间平均压缩2.5天，节省仓储、吊装、运输等费用约1600万元，助力企业开拓中亚、东南亚市场。",
        ]),
        ("三、下一步工作", [
            "下一步，将会同海关部门进一步扩大预检验商品范围，将新能源装备、工程机械零部件等纳入适用范围，并在全省装备制造业重点出口企业中推广应用。",
        ]),
    ]),
    ("案例四", "国际航空货运“电子运单+数据互认”通关模式", "（郑州片区）", "parts", [
        ("一、主要做法", [
            "郑州片区依托“空中丝绸之路”建设，联合郑州海关、民航河南监管局和有关航空公司，推动国际航空货运单证全面电子化，打通航空公司舱单系统与海关监管系统的数据接口，在郑州—卢森堡等国际货运航线上实现运单、舱单、安检信息“一次录入、多方互认”；对电子运单数据完整、安检信息一致的货物，实行“提前申报、货到放行”。",
        ]),
        ("二、实践效果", [
            "2023年以来，该模式累计服务国际航空货运量8.6万吨，货物平均通关时长由24小时压缩至6小时以内，纸质单证使用量减少90%以上。",
        ]),
        ("三、下一步工作", [
            "郑州片区将继续在片区范围内深化试点，完善电子运单数据标准，条件成熟后按程序申请在全省航空口岸推广。",
        ]),
    ]),
    ("案例五", "外商投资企业登记“跨境通办”服务机制", None, "runin", [
        [("【主要做法】", "省市场监管局会同省商务厅、省外办，依托全省一体化政务服务平台开通外商投资企业登记“跨境通办”专区，境外投资者通过视频身份核验、电子签名等方式即可在线办理设立、变更、注销登记；与境外商协会合作设立“跨境通办”服务点，提供政策咨询和材料预审服务。")],
        [("【实践效果】", "截至2024年5月，已在卢森堡、德国、马来西亚等8个国家设立服务点，累计为312家外商投资企业办理“跨境通办”业务，企业办理登记平均减少跑动3次，办理时间由20个工作日缩短至3个工作日。")],
        [("【推广建议】", "该机制已在自贸试验区三个片区先行实施，建议在全省各级市场监管部门全面推行。")],
    ]),
    ("案例六", "涉外商事纠纷“一站式”多元化解机制", "（开封片区）", "parts", [
        ("一、主要做法", [
            "开封片区整合片区法庭、商事仲裁、商事调解及公证等资源，设立涉外商事纠纷“一站式”多元化解中心，聘请具有共建“一带一路”国家法律背景的调解员12名；建立“线上调解+司法确认”衔接机制，调解协议经人民法院司法确认后即具有强制执行力；编制中英文对照的纠纷化解指引，为外贸企业提供法律咨询。",
        ]),
        ("二、实践效果", [
            "中心成立以来，累计受理涉外商事纠纷217件，调解成功率达78%，纠纷平均化解周期由6个月缩短至45天，为企业节约诉讼成本约2300万元。",
        ]),
        ("三、推广建议", [
            "该做法可在全省涉外商事纠纷较多的省辖市推广，由各地人民法院会同司法行政部门、商务部门组织实施。",
        ]),
    ]),
]
A_SPECIFIC_CASES = {"案例四": ["郑州片区"]}


def make_a():
    stem = "blind332_henan_tongzhi"
    doc = Document()
    sec = doc.sections[0]
    setup_a4(sec)
    footers(doc, sec, odd_even=True)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    # 版头
    for t in ("河南省自由贸易试验区建设", "领导小组办公室文件"):
        p = para(doc, t, XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=42)
        p.paragraph_format.keep_with_next = True
    p = para(doc, A_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)
    # 标题 (soft line breaks)
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    for i, t in enumerate(A_TITLE_LINES):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    para(doc, "", indent=False)
    # 主送 (one paragraph)
    para(doc, "，".join(A_RECIP[:3]) + "，" + "，".join(A_RECIP[3:]) + "：", indent=False)
    para(doc, A_INTRO)
    for head, body in A_REQS:
        p = para(doc, "")
        add_runs(p, [(head, HT, False), (body, FS, False)])
    para(doc, "")
    p = para(doc, "", indent=True)
    add_runs(p, [("附件：" + A_ATT, FS, False)])
    para(doc, "")
    p = para(doc, A_ORGAN, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = para(doc, "2024年6月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")

    # 附件
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", indent=False)
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    font(p.add_run("中国（河南）自由贸易试验区第七批"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("制度创新典型案例"), XBS, 22)
    para(doc, "", indent=False, line=12)
    Z, L = 14, 23   # the case collection is set in 四号 with 25-point lines
    for num, title, maker, style, parts in A_CASES:
        p = para(doc, num + "  " + title, HT, 15, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=L + 2, before=4, keep=True)
        if maker:
            para(doc, maker, KT, Z, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=L, keep=True)
        if style == "parts":
            for head, paras in parts:
                para(doc, head, HT, Z, line=L, keep=True)
                for t in paras:
                    if t.startswith("（") and "。" in t[:14]:
                        lab, rest = t.split("。", 1)
                        p = para(doc, "", size=Z, line=L)
                        add_runs(p, [(lab + "。", KT, False), (rest, FS, False)], size=Z)
                    else:
                        para(doc, t, size=Z, line=L)
        else:
            for pairs in parts:
                p = para(doc, "", size=Z, line=L)
                for i, (lab, t) in enumerate(pairs):
                    if i:
                        p.add_run().add_break(WD_BREAK.LINE)
                    add_runs(p, [(lab, HT, False), (t, FS, False)], size=Z)
    banji(doc, "省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，郑州海关。",
          "河南省自贸试验区建设领导小组办公室", "2024年6月20日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    clauses = [A_INTRO] + [h + b for h, b in A_REQS]
    specific = {A_REQS[2][0] + A_REQS[2][1][:14]: ["郑州片区"]}
    for num, title, maker, style, parts in A_CASES:
        mine = []
        if style == "parts":
            for head, paras in parts:
                mine.extend(paras)
        else:
            for pairs in parts:
                for lab, t in pairs:
                    mine.append(lab + t)
        clauses.extend(mine)
        if num in A_SPECIFIC_CASES:
            for c in mine:
                specific[c[:20]] = A_SPECIFIC_CASES[num]
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(A_TITLE_LINES),
            "doc_number": A_NO,
            "issuer": [A_ORGAN],
            "date": "2024-06-18",
            "published": "2024-06-20",
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [A_ATT],
            "doc_type": "通知",
            "recipients": A_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ======================================================================
# (b) 钦州港片区 工作简报（创新实践案例专刊）
# ======================================================================
B_ORG_FULL = "中国（广西）自由贸易试验区钦州港片区管理委员会办公室"
B_TITLE = "钦州港片区2024年创新实践案例汇编"
B_PREFACE = ("为总结推广片区在制度创新方面的经验做法，片区管委会办公室从今年以来各部门、各单位报送的创新实践中遴选出5个案例，"
             "现汇编刊发，供片区各部门、各单位学习借鉴。")
B_CASES = [
    ("一、RCEP原产地证书“智能审核+自助打印”服务模式", "（片区行政审批局供稿）",
     "RCEP生效实施以来，原产地证书成为企业享受关税减让的“金钥匙”。片区以数字化手段重塑签证流程，让企业“足不出户”即可拿证，值得借鉴。",
     [("【主要做法】", "片区会同钦州港海关、贸促会钦州支会，上线原产地证书智能审核系统，对企业申报信息与报关数据、产品原产地标准自动比对，符合条件的证书“秒审秒签”；在片区政务服务中心和重点企业设置自助打印终端，企业可自主打印证书；同步开展RCEP规则“一企一策”辅导。"),
      ("【实践效果】", "2024年1—8月，片区累计签发RCEP原产地证书4120份，帮助企业在东盟、日本、韩国等市场享受关税减让约6400万元；证书办理时间压缩至10分钟以内。")]),
    ("二、西部陆海新通道海铁联运“一箱到底、一单到底”模式", "（片区交通运输和港航局供稿）",
     "西部陆海新通道是连接“一带”和“一路”的重要纽带。片区推动海铁联运“一箱到底、一单到底”，为通道降本增效探索了路径。",
     [("【主要做法】", "联合铁路、港口、船公司推行海铁联运全程提单，货物在内陆站点装箱后凭一份提单完成“铁路+海运”全程运输，中途不换箱、不换单；在钦州铁路集装箱中心站与钦州港码头间建立数据交换机制，实现铁路运单与海运提单信息实时互通。"),
      ("【实践效果】", "截至2024年8月底，累计开行“一箱到底、一单到底”海铁联运班列1380列，运输集装箱6.9万标箱，货物中转时间平均缩短1.5天，综合物流成本下降约12%。"),
      ("【下一步】", "片区将推动与重庆、四川、贵州等通道沿线省市数据共享，扩大全程提单应用范围。")]),
    ("三、东盟进口水果“船边直提+抵港直装”通关模式", "（钦州港海关供稿）",
     "“鲜”字当头，“快”字为先。片区针对东盟鲜果进口时效性强的特点，优化监管作业流程，让东盟水果以最快速度端上百姓餐桌。",
     [("【主要做法】", "对进口东盟水果实施“提前申报、船边直提”，货物抵港前完成申报和单证审核，抵港后检疫合格即可在码头前沿直接提离；对出口东盟的农产品实行“抵港直装”，货物运抵码头即可直接装船；设立鲜活农产品查验“绿色通道”，实行“5+2”预约查验。"),
      ("【实践效果】", "2024年1—8月，钦州港进口东盟水果12.4万吨，同比增长37%；进口水果平均通关时间由20小时压缩至3小时以内，冷链物流费用平均每柜节省约1500元。")]),
    ("四、保税港区仓储货物“按状态分类监管”模式", "（钦州保税港区管理局供稿）",
     "按状态分类监管有效解决了保税货物与非保税货物不能“同仓存储”的难题，是海关特殊监管区域服务企业“一仓多用”的有益探索。",
     [("【主要做法】", "在钦州保税港区内对仓储企业实施“保税+非保税”货物同仓存储、分类管理，依托仓储管理系统对货物状态实行电子标识和实时监控；非保税货物可凭电子清单入区存储、出区分拨；建立企业准入和风险评估机制，对仓储管理规范的企业全面适用。"),
      ("【实践效果】", "目前已有37家仓储物流企业开展分类监管业务，累计进出区货物货值86.5亿元，企业仓储利用率提高25%以上，物流分拨时间平均缩短1天。"),
      ("【下一步】", "将在钦州保税港区内全面推开按状态分类监管，并探索与钦州港东站铁路物流中心联动开展分拨集拼业务。")]),
    ("五、中马“两国双园”跨境产业链协同招商机制", "（片区投资促进局供稿）",
     "“两国双园”是中国与东盟国家产能合作的创新模式。片区发挥中马钦州产业园区和马中关丹产业园区联动优势，以产业链思维开展协同招商，为深化中国—东盟产业合作提供了新样本。",
     [("【主要做法】", "建立中马钦州产业园区与马中关丹产业园区联合招商工作机制，共同编制跨境产业链招商图谱，围绕绿色化工、新能源材料、电子信息等产业开展“一链两园”协同布局；推行“园区+企业+商协会”组团招商，双园互设招商联络处，实现项目信息共享、客商资源互推。"),
      ("【实践效果】", "2023年以来，双园协同引进项目21个，总投资约186亿元，其中跨境产业链配套项目9个；中马双园间年贸易额突破40亿元。"),
      ("【下一步】", "片区将推动“两国双园”协同招商机制向印度尼西亚等东盟国家园区延伸，打造跨境产业链供应链合作示范区。")]),
]
B_SPECIFIC = {("四", "【主要做法】"): ["钦州保税港区"], ("四", "【下一步】"): ["钦州保税港区"]}
# pages on which each case starts (checked against the LibreOffice PDF; see check_toc())
B_TOC_PAGES = [2, 2, 3, 3, 4]


def make_b():
    stem = "blind332_qinzhou_jianbao"
    doc = Document()
    sec = doc.sections[0]
    setup_a4(sec, top=30, bottom=25, left=26, right=24)
    footers(doc, sec, odd_even=False)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(14)
    width = sec.page_width - sec.left_margin - sec.right_margin

    para(doc, "内部资料  注意保存", HT, 12, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=20)
    para(doc, "钦州港片区工作简报", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60,
         before=18)
    para(doc, "（创新实践案例专刊）", KT, 16, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    para(doc, "第5期（总第41期）", FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6)
    p = para(doc, "", FS, 14, indent=False, line=26, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("钦州港片区管委会办公室编\t2024年9月20日"), FS, 14)
    border(p, "bottom", sz=18, color="FF0000", space=6)
    para(doc, B_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=18, after=6)
    para(doc, B_PREFACE, KT, 14, line=24)
    para(doc, "目  录", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, before=12, after=6)
    for (title, *_), pg in zip(B_CASES, B_TOC_PAGES):
        p = para(doc, "", FS, 14, indent=False, line=28, align=WD_ALIGN_PARAGRAPH.LEFT)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(width - Pt(4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        font(p.add_run(title + "\t" + str(pg)), FS, 14)

    for i, (title, source, note, parts) in enumerate(B_CASES):
        if i % 2 == 0:
            page_break(doc)
        else:
            para(doc, "", indent=False, line=10)
        para(doc, title, HT, 15, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, keep=True)
        para(doc, source, KT, 13, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, keep=True)
        # boxed 编者按
        t = doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        cell_borders(c, sz=8)
        c.text = ""
        cp = c.paragraphs[0]
        cp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        cp.paragraph_format.line_spacing = Pt(22)
        cp.paragraph_format.first_line_indent = Pt(28)
        cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        font(cp.add_run("编者按："), HT, 14)
        font(cp.add_run(note), KT, 14)
        para(doc, "", indent=False, line=8)
        for lab, txt in parts:
            p = para(doc, "", FS, 14, line=23)
            add_runs(p, [(lab, HT, False), (txt, FS, False)], size=14)

    # 版记 (简报: 报/送/发)
    para(doc, "", indent=False, line=24)
    para(doc, "", indent=False, line=24)
    lines = ["报：自治区自贸办，钦州市委、市人民政府。",
             "送：钦州市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
             "发：片区各部门、各单位，驻片区各有关单位。"]
    for j, t in enumerate(lines):
        p = para(doc, t, FS, 13, indent=False, line=22, align=WD_ALIGN_PARAGRAPH.LEFT)
        p.paragraph_format.left_indent = Pt(13)
        if j == 0:
            border(p, "top", sz=8, color="000000")
    p = para(doc, "", FS, 13, indent=False, line=22, align=WD_ALIGN_PARAGRAPH.LEFT)
    border(p, "top", sz=4, color="000000")
    border(p, "bottom", sz=8, color="000000")
    p.paragraph_format.left_indent = Pt(13)
    p.paragraph_format.tab_stops.add_tab_stop(width - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("钦州港片区管委会办公室\t2024年9月20日印发（共印80份）"), FS, 13)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    clauses = [B_PREFACE]
    specific = {}
    for title, source, note, parts in B_CASES:
        clauses.append("编者按：" + note)
        for lab, txt in parts:
            clauses.append(lab + txt)
            key = (title[0], lab)
            if key in B_SPECIFIC:
                specific[(lab + txt)[:20]] = B_SPECIFIC[key]
    EXPECTED[stem] = [{
        "meta": {
            "title": B_TITLE,
            "doc_number": None,
            "issuer": [B_ORG_FULL],
            "date": "2024-09-20",
            "published": "2024-09-20",
            "level": "zone",
            "region": "中国（广西）自由贸易试验区钦州港片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "简报",
            "recipients": ["自治区自贸办", "钦州市委", "钦州市人民政府"],
            "publicity": "内部资料",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


def check_toc():
    """Warn if the 目录 page numbers disagree with where LibreOffice put the cases."""
    try:
        import pdfplumber
    except ImportError:
        return
    pdf = os.path.join(HERE, "blind332_qinzhou_jianbao.pdf")
    found = {}
    with pdfplumber.open(pdf) as d:
        for n, pg in enumerate(d.pages, 1):
            if n == 1:
                continue
            txt = (pg.extract_text() or "").replace(" ", "")
            for i, (title, *_) in enumerate(B_CASES):
                if title[:12] in txt and i not in found:
                    found[i] = n
        npages = len(d.pages)
    got = [found.get(i) for i in range(len(B_CASES))]
    if got != B_TOC_PAGES:
        print("WARNING: 目录 page numbers", B_TOC_PAGES, "but cases start on", got)
    print("qinzhou jianbao pages:", npages, "cases start on", got)


# ======================================================================
# (c) 江西省商务厅 通报 — 复制推广第四批自贸试验区创新实践案例
# ======================================================================
C_ORGAN = "江西省商务厅"
C_NO = "赣商务开放字〔2024〕58号"
C_TITLE_LINES = ["江西省商务厅关于复制推广第四批", "自由贸易试验区创新实践案例的通报"]
C_RECIP = ["各设区市商务局", "赣江新区经济发展局", "各综合保税区管理机构", "省内各国家级经济技术开发区管委会"]
C_ATT = "第四批复制推广自由贸易试验区创新实践案例清单"
C_INTRO = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进江西内陆开放型经济试验区建设，"
           "我厅会同省直有关部门对全国自由贸易试验区2024年以来形成的创新实践案例进行了梳理评估，"
           "遴选出“跨境电商出口海外仓‘数据直报’监管模式”等12项适合我省借鉴的案例。现将有关情况通报如下。")
C_SEC1 = "一、前三批复制推广情况"
C_SEC1_P = ("2022年以来，我厅先后印发三批复制推广自贸试验区创新实践案例清单，共计46项。截至2024年9月底，已落地实施41项，落地率89.1%，"
            "为全省稳外贸稳外资发挥了积极作用。各地在复制推广中形成了一批好的做法：")
C_SEC1_ITEMS = [
    "（一）南昌市率先复制推广原产地证书“智能审核”模式，企业原产地证书办理时间压缩至15分钟以内，2024年1—9月帮助企业享受关税减让约3200万元。",
    "（二）九江市借鉴海铁联运“一箱到底”做法，依托九江港和九江综合保税区开通九江至宁波舟山港铁海联运班列，货物物流时间缩短约2天。",
    "（三）赣州市依托赣州国际陆港复制推广“多式联运一单制”，累计签发多式联运提单1.2万票，带动赣州国际陆港外贸集装箱吞吐量增长21%。",
]
C_SEC2 = "二、第四批复制推广案例"
C_SEC2_P = ("经评估，第四批共遴选12项创新实践案例（详见附件），涉及贸易便利化、投资便利化、金融服务、物流通道与特殊监管区域4个领域。"
            "其中，8项在全省范围内复制推广，4项在具备条件的特定区域复制推广。")
C_SEC3 = "三、工作要求"
C_SEC3_ITEMS = [
    ("（一）压实工作责任。", "各责任单位要对照附件清单，逐项制定落地措施，明确时间表和路线图，确保2025年3月底前全部落地实施。"),
    ("（二）加强协同联动。", "各设区市商务局要会同当地海关、税务、市场监管等部门建立复制推广工作协调机制，及时研究解决工作中遇到的困难和问题。"),
    ("（三）突出重点区域。", "南昌、九江、赣州三市要发挥综合保税区和国际陆港开放平台优势，在物流通道类案例复制推广中先行先试，尽快形成可感可及的实践成果。"),
    ("（四）及时报送进展。", "请各地于每季度末月25日前将复制推广进展情况报送省商务厅（自贸区处），联系电话：0791-86249127。"),
]
C_HEADERS = ["序号", "案例名称", "创新片区", "复制推广范围", "责任单位"]
C_GROUPS = [
    ("一、贸易便利化领域（4项）", [
        ["1", "跨境电商出口海外仓“数据直报”监管模式", "河南自贸试验区郑州片区", "全省", "省商务厅、南昌海关、省税务局"],
        ["2", "RCEP原产地证书“智能审核+自助打印”服务模式", "广西自贸试验区钦州港片区", "全省", "南昌海关、省贸促会"],
        ["3", "东盟进口水果“船边直提+抵港直装”通关模式", "广西自贸试验区钦州港片区", "全省", "南昌海关"],
        ["4", "高端装备出口“预检验+口岸直放”通关模式", "河南自贸试验区洛阳片区", "全省", "南昌海关"],
    ]),
    ("二、投资便利化领域（3项）", [
        ["5", "外商投资企业登记“跨境通办”服务机制", "河南自贸试验区", "全省", "省市场监管局、省商务厅"],
        ["6", "中马“两国双园”跨境产业链协同招商机制", "广西自贸试验区钦州港片区", "南昌、赣州经济技术开发区", "省商务厅，南昌市、赣州市人民政府"],
        ["7", "涉外商事纠纷“一站式”多元化解机制", "河南自贸试验区开封片区", "全省", "省高级人民法院、省司法厅"],
    ]),
    ("三、金融服务领域（2项）", [
        ["8", "跨境人民币结算“白名单”便利化机制", "四川自贸试验区成都天府新区片区", "全省", "人民银行江西省分行"],
        ["9", "出口信用保险保单融资“线上直贷”模式", "浙江自贸试验区宁波片区", "全省", "江西金融监管局、中国信保江西分公司"],
    ]),
    ("四、物流通道与特殊监管区域领域（3项）", [
        ["10", "西部陆海新通道海铁联运“一箱到底、一单到底”模式", "广西自贸试验区钦州港片区", "南昌市、赣州市", "省交通运输厅、中国铁路南昌局集团有限公司"],
        ["11", "文化艺术品“保税展示+跨境交易”一体化服务模式", "河南自贸试验区开封片区", "南昌、九江综合保税区", "省商务厅、南昌海关"],
        ["12", "保税港区仓储货物“按状态分类监管”模式", "广西自贸试验区钦州港片区", "全省综合保税区", "南昌海关、各综合保税区管理机构"],
    ]),
]
C_ROW_SPECIFIC = {
    "6": ["南昌经济技术开发区", "赣州经济技术开发区"],
    "10": ["南昌市", "赣州市"],
    "11": ["南昌综合保税区", "九江综合保税区"],
    "12": ["全省综合保税区"],
}
# vertical merges inside a 领域: (group index, first row, last row, column)
C_VMERGE = [(0, 1, 2, 2), (0, 2, 3, 4)]


def make_c():
    stem = "blind332_jiangxi_tongbao"
    doc = Document()
    sec = doc.sections[0]
    setup_a4(sec)
    footers(doc, sec, odd_even=True)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    para(doc, "", indent=False)
    para(doc, "江西省商务厅文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    para(doc, "", indent=False)
    p = para(doc, C_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    for i, t in enumerate(C_TITLE_LINES):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    para(doc, "", indent=False)
    para(doc, "，".join(C_RECIP) + "：", indent=False)
    para(doc, C_INTRO)
    para(doc, C_SEC1, HT, 16, keep=True)
    para(doc, C_SEC1_P)
    for t in C_SEC1_ITEMS:
        para(doc, t)
    para(doc, C_SEC2, HT, 16, keep=True)
    para(doc, C_SEC2_P)
    para(doc, C_SEC3, HT, 16, keep=True)
    for h, b in C_SEC3_ITEMS:
        p = para(doc, "")
        add_runs(p, [(h, KT, False), (b, FS, False)])
    para(doc, "")
    p = para(doc, "附件：" + C_ATT)
    para(doc, "")
    para(doc, "")
    p = para(doc, C_ORGAN, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    p = para(doc, "2024年11月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件主动公开）")

    # landscape section for the 附件 table
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width = Mm(297)
    ns.page_height = Mm(210)
    ns.top_margin = Mm(28)
    ns.bottom_margin = Mm(26)
    ns.left_margin = Mm(30)
    ns.right_margin = Mm(30)
    para(doc, "附件", HT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, C_ATT, XBS, 20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=34, after=10)
    nrows = 1 + sum(1 + len(rows) for _, rows in C_GROUPS)
    t = doc.add_table(rows=nrows, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_grid(t)
    widths = [Mm(13), Mm(92), Mm(50), Mm(42), Mm(40)]
    fixed_widths(t, widths)
    for row in t.rows:
        for w, cell in zip(widths, row.cells):
            cell.width = w
    for j, h in enumerate(C_HEADERS):
        cell_text(t.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for row in t.rows:
        cant_split(row)
    r = 1
    row_index = {}
    for gi, (gname, rows) in enumerate(C_GROUPS):
        m = t.cell(r, 0).merge(t.cell(r, 4))
        cell_text(m, gname, HT, 12)
        r += 1
        for k, vals in enumerate(rows):
            row_index[(gi, k)] = r
            for j, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, 3) else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(t.cell(r, j), v, FS, 12, align=al)
            r += 1
    for gi, a, b, col in C_VMERGE:
        ra, rb = row_index[(gi, a)], row_index[(gi, b)]
        val = C_GROUPS[gi][1][a][col]
        assert all(C_GROUPS[gi][1][k][col] == val for k in range(a, b + 1))
        m = t.cell(ra, col).merge(t.cell(rb, col))
        al = WD_ALIGN_PARAGRAPH.CENTER if col in (0, 2, 3) else WD_ALIGN_PARAGRAPH.LEFT
        cell_text(m, val, FS, 12, align=al)

    banji(doc, "商务部自贸区港司，省政府办公厅，南昌海关，省发展改革委、省财政厅、省市场监管局，"
               "国家税务总局江西省税务局，人民银行江西省分行。",
          "江西省商务厅办公室", "2024年11月11日", blanks=1)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    clauses = [C_INTRO, C_SEC1_P] + C_SEC1_ITEMS + [C_SEC2_P] + [h + b for h, b in C_SEC3_ITEMS]
    specific = {(C_SEC3_ITEMS[2][0] + C_SEC3_ITEMS[2][1])[:20]: ["南昌市", "九江市", "赣州市"]}
    for gname, rows in C_GROUPS:
        for vals in rows:
            c = "；".join(h + "：" + v for h, v in zip(C_HEADERS, vals))
            clauses.append(c)
            if vals[0] in C_ROW_SPECIFIC:
                specific[c[:24]] = C_ROW_SPECIFIC[vals[0]]
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(C_TITLE_LINES),
            "doc_number": C_NO,
            "issuer": [C_ORGAN],
            "date": "2024-11-08",
            "published": "2024-11-11",
            "level": "provincial",
            "region": "江西省",
            "effective": None,
            "expires": None,
            "attachments": [C_ATT],
            "doc_type": "通报",
            "recipients": C_RECIP,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    check_toc()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, len(docs[0]["clauses"]), "clauses,", len(docs[0]["applies_to"]["specific"]), "specific")
