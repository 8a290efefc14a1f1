# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 84: provincial 自贸办 notices whose 附件 is a 36–38-row 任务清单 table
(序号｜领域｜具体措施｜责任单位｜完成时限｜备注) running over several portrait A4 pages,
领域 merged vertically, header row repeated, a long row splitting across a page.
Writes .docx + LibreOffice .pdf next to itself, and expected.json."""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = ["序号", "领域", "具体措施", "责任单位", "完成时限", "备注"]
WIDTHS = [0.9, 1.8, 6.3, 3.0, 2.0, 1.6]
RED = RGBColor(0xFF, 0x00, 0x00)


def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", name="仿宋_GB2312", size=16, bold=False, align=None,
         indent=True, line=28, color=None, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); ppr.append(bdr)


def top_bottom_border(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0); s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run(); font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._element.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._element.append(e)
    font(fp.add_run(" —"), "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")


def set_cell(cell, text, width, size=10.5, bold=False, name="仿宋_GB2312", center=False):
    cell.width = Cm(width)
    parts = text.split("\n") if text else [""]
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(15)
        pf.space_before = Pt(0); pf.space_after = Pt(0); pf.first_line_indent = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if part:
            font(p.add_run(part), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def build_table(doc, rows):
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        gc.set(qn("w:w"), str(int(w * 567)))
    # header row, repeated on every page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    for j, name in enumerate(HEAD):
        set_cell(t.cell(0, j), name, WIDTHS[j], 12, True, "黑体", True)
    # data rows; 领域 filled after merging
    for i, (no, dom, meas, resp, due, note) in enumerate(rows, start=1):
        for j, val in ((0, str(no)), (2, meas), (3, resp), (4, due), (5, note)):
            set_cell(t.cell(i, j), val, WIDTHS[j], center=(j in (0, 4, 5)))
        t.cell(i, 1).width = Cm(WIDTHS[1])
    # vertical merges of 领域
    i = 1
    while i <= len(rows):
        dom = rows[i - 1][1]
        k = i
        while k + 1 <= len(rows) and rows[k][1] == dom:
            k += 1
        c = t.cell(i, 1).merge(t.cell(k, 1)) if k > i else t.cell(i, 1)
        for extra in c.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        set_cell(c, dom, WIDTHS[1], 10.5, False, "仿宋_GB2312", True)
        i = k + 1
    return t


def red_head(doc, org_line, docno):
    for _ in range(2):
        para(doc, "", indent=False)
    para(doc, org_line, "方正小标宋简体", 20, False, WD_ALIGN_PARAGRAPH.CENTER, False, 40, RED)
    para(doc, "", indent=False)
    p = para(doc, docno, "仿宋_GB2312", 16, False, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    bottom_border(p)
    para(doc, "", indent=False)


def title(doc, text):
    para(doc, text, "方正小标宋简体", 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, "", indent=False)


def signature(doc, org, date):
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, org, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(16 * 2)
    p = para(doc, date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(16 * 4)


def attachment_page(doc, label, atitle, rows, note=None):
    p = para(doc, label, "黑体", 16, False, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    p.paragraph_format.page_break_before = True
    para(doc, atitle, "方正小标宋简体", 18, False, WD_ALIGN_PARAGRAPH.CENTER, False, 30, before=6, after=12)
    build_table(doc, rows)
    if note:
        para(doc, note, "仿宋_GB2312", 12, indent=False, line=20, before=6)


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, cc, "仿宋_GB2312", 14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, 4)
    p = para(doc, printer + "　　" + pdate, "仿宋_GB2312", 14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 4)


def row_text(r):
    parts = []
    for h, v in zip(HEAD, (str(r[0]), r[1], r[2], r[3], r[4], r[5])):
        v = v.replace("\n", "")
        if v:
            parts.append(h + "：" + v)
    return "；".join(parts)


# ---------------------------------------------------------------- file 1 (Guangxi)
GX_ORG = "广西壮族自治区自由贸易试验区工作办公室"
GX_NO = "桂自贸办发〔2024〕7号"
GX_ATT = "中国（广西）自由贸易试验区2024年高水平服务“一带一路”建设重点任务清单"
GX_TITLE = "广西壮族自治区自由贸易试验区工作办公室关于印发《" + GX_ATT + "》的通知"
GX_TO = "南宁市、钦州市、崇左市人民政府，自治区自贸试验区工作领导小组各成员单位，中国（广西）自由贸易试验区各片区管委会："
GX_BODY = [
    "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，加快推进中国（广西）自由贸易试验区建设，经自治区人民政府同意，现将《" + GX_ATT + "》印发给你们，并就有关事项通知如下。",
    "一、加强组织领导。各责任单位要将任务清单纳入本单位年度重点工作，主要负责同志亲自研究部署，明确分管领导和具体联络人，于2024年4月10日前将联络人信息报送自治区自贸办。",
    "二、细化落实举措。各牵头单位要对照任务清单逐项制定工作方案，明确时间表、路线图。涉及多个责任单位的，由排在首位的单位牵头，其他单位按职责分工配合。",
    "三、强化督促检查。自治区自贸办实行任务清单季度调度制度，各责任单位于每季度末月25日前报送推进情况，年底前报送全年工作总结。对推进缓慢的任务，适时开展专项督查。",
    "四、注重经验总结。各片区要及时总结提炼制度创新成果，形成可复制可推广的经验案例，每半年至少报送2项制度创新案例。",
]
D1, D2, D3, D4, D5, D6 = "贸易投资便利化", "金融开放创新", "西部陆海新通道建设", "跨境产业合作", "营商环境", "人才与数据要素"
GX_LONG = ("深化跨境运输便利化改革，推动国际道路运输“一站式”服务。支持在友谊关、东兴等口岸开展中越跨境直通运输试点，允许双方符合条件的货运车辆在指定区域内直达卸货；"
           "推进北部湾港与新加坡港、马来西亚巴生港、越南海防港等港口开展港航数据互联互通，建设面向东盟的港航物流公共信息服务平台，实现船舶动态、集装箱状态、通关进度等信息实时共享；"
           "探索“铁路运输单证+金融”创新，推动铁路运单物权化试点，支持金融机构为通道物流企业提供基于运单的融资服务；"
           "完善西部陆海新通道班列运输组织，推动与中欧班列、长江黄金水道高效衔接，开行重庆、四川、贵州等地经北部湾港至东盟的常态化班列，推广“一次委托、一口报价、一单到底、一票结算”全程服务模式，"
           "支持物流企业在越南、泰国、马来西亚等国布局海外仓和集散分拨中心，全面提升通道运行效率和服务水平，力争通道综合物流成本较2023年下降5%以上，通道海铁联运集装箱运输时效提升10%以上。")
GX_ROWS = [
    (1, D1, "推进中国—东盟“单一窗口”互联互通，实现与东盟国家原产地证书电子数据交换，拓展至不少于5个东盟国家。", "南宁海关，自治区商务厅", "2024年12月底前", ""),
    (2, D1, "在钦州港片区开展“两段准入”“船边直提”“抵港直装”常态化作业，进口货物整体通关时间压缩至30小时以内。", "南宁海关，钦州市人民政府", "2024年9月底前", ""),
    (3, D1, "推动跨境电商零售进口退货中心仓模式在南宁片区落地运行。", "南宁海关，南宁市人民政府", "2024年10月底前", ""),
    (4, D1, "扩大东盟水果、粮食等农产品指定监管场地功能，争取新增进境肉类指定监管场地1个。", "南宁海关，自治区农业农村厅", "2024年12月底前", "新增任务"),
    (5, D1, "深化外商投资准入前国民待遇加负面清单管理制度，建立外资企业“服务专员”制度，为重点外资项目提供全流程服务。", "自治区商务厅，各片区管委会", "长期坚持", ""),
    (6, D1, "推行国际贸易“单一窗口”标准版全覆盖，主要申报业务应用率保持100%。", "自治区商务厅，南宁海关，广西海事局", "2024年12月底前", ""),
    (7, D1, "开展中马“两国双园”互认互通试点，推动检验检疫、认证认可结果互认。\n在中马钦州产业园区率先实施经认证的经营者（AEO）互认便利措施。", "钦州市人民政府，南宁海关", "2024年12月底前", ""),
    (8, D2, "扩大人民币在东盟跨境使用，推动面向东盟的跨境人民币结算业务量同比增长10%以上。", "人民银行广西区分行", "2024年12月底前", ""),
    (9, D2, "开展本外币合一银行结算账户体系试点，在南宁片区选择3至5家银行先行先试。", "人民银行广西区分行，国家外汇管理局广西分局", "2024年6月底前", ""),
    (10, D2, "支持符合条件的片区企业开展跨境融资便利化试点，便利化额度提高至1000万美元。", "国家外汇管理局广西分局", "2024年9月底前", ""),
    (11, D2, "推动设立中国—东盟金融城跨境金融服务中心，引进东盟国家金融机构设立分支机构不少于2家。", "南宁市人民政府，自治区地方金融管理局", "2024年12月底前", "需报自治区政府同意"),
    (12, D2, "探索开展跨境贸易投资高水平开放试点，简化优质企业经常项目收支手续。", "国家外汇管理局广西分局", "长期坚持", ""),
    (13, D2, "发展航运保险、出口信用保险，扩大对“一带一路”沿线重点项目承保规模。", "国家金融监督管理总局广西监管局，中国出口信用保险公司广西分公司", "2024年12月底前", ""),
    (14, D3, "加密北部湾港至东盟主要港口集装箱航线，新增外贸航线3条以上。", "自治区交通运输厅，北部湾港集团", "2024年12月底前", ""),
    (15, D3, "推动海铁联运班列稳定开行，全年开行量达到9000列以上。", "自治区交通运输厅，中国铁路南宁局集团有限公司", "2024年12月底前", ""),
    (16, D3, "推进钦州港东航道扩建、钦州港大榄坪作业区自动化集装箱码头等重大项目建设。", "钦州市人民政府，自治区交通运输厅", "2024年12月底前", ""),
    (17, D3, GX_LONG, "自治区交通运输厅，自治区商务厅，自治区口岸办，南宁海关，人民银行广西区分行", "2024年12月底前", ""),
    (18, D3, "推动凭祥综合保税区与越南谅山口岸开展“智慧口岸”合作，试点跨境货车“两国一检”。", "崇左市人民政府，南宁海关", "2024年11月底前", ""),
    (19, D3, "开行南宁至越南河内、老挝万象跨境公路班车，推行“一单制”多式联运。", "自治区交通运输厅，自治区商务厅", "2024年10月底前", ""),
    (20, D3, "建设中国—东盟多式联运联盟基地及服务中心。", "南宁市人民政府", "2024年12月底前", ""),
    (21, D3, "推动北部湾港口岸扩大开放，争取钦州港口岸新增开放码头泊位4个。", "自治区口岸办，钦州市人民政府", "2024年12月底前", ""),
    (22, D4, "支持崇左片区建设中国—东盟跨境产业合作园，引进电子信息、新能源材料等产业链项目不少于5个。", "崇左市人民政府", "2024年12月底前", ""),
    (23, D4, "推进中国—东盟（南宁）跨境数据产业合作，建设面向东盟的数据中心集群。", "南宁市人民政府，自治区大数据发展局", "2024年12月底前", ""),
    (24, D4, "在钦州港片区推进绿色化工、新能源材料产业集群建设，打造面向东盟的临港产业基地。", "钦州市人民政府", "长期坚持", ""),
    (25, D4, "推动中国—东盟商品交易中心扩大交易品类，新增东盟特色商品交易品种不少于3个。", "自治区商务厅，南宁市人民政府", "2024年10月底前", ""),
    (26, D4, "开展东盟进口坚果、水果加工贸易，支持边民互市商品落地加工。\n落地加工企业按规定享受边民互市进口商品相关政策。", "崇左市人民政府，自治区商务厅", "2024年12月底前", ""),
    (27, D4, "举办第21届中国—东盟博览会自贸试验区专题展，组织各片区开展投资推介活动。", "自治区商务厅，中国—东盟博览会秘书处", "2024年9月底前", ""),
    (28, D4, "支持企业在东盟国家设立境外经贸合作区，推动中印尼经贸创新发展示范园区建设。", "自治区商务厅，自治区发展改革委", "长期坚持", ""),
    (29, D5, "推行“证照分离”改革全覆盖，在片区开展涉企经营许可事项告知承诺制。", "自治区市场监管局，各片区管委会", "2024年6月底前", ""),
    (30, D5, "设立中国—东盟国际商事调解中心，为跨境商事纠纷提供多元化解服务。", "自治区高级人民法院，自治区司法厅", "2024年12月底前", ""),
    (31, D5, "建立自贸试验区“一网通办”专区，实现高频事项跨片区通办。", "自治区大数据发展局", "2024年9月底前", ""),
    (32, D5, "开展自贸试验区制度创新成果第三方评估。", "自治区自贸办", "2024年11月底前", ""),
    (33, D5, "完善知识产权快速维权机制，建设中国（南宁）知识产权保护中心东盟工作站。", "自治区知识产权局", "2024年12月底前", ""),
    (34, D5, "落实外国人来华工作许可和居留许可“一窗受理、同时取证”。", "自治区科技厅，自治区公安厅", "2024年6月底前", ""),
    (35, D6, "开展数据跨境流动安全管理试点，编制自贸试验区数据出境负面清单。", "自治区党委网信办，自治区商务厅", "2024年12月底前", ""),
    (36, D6, "引进面向东盟的国际化专业人才，给予符合条件的高层次人才住房、子女入学等支持。", "自治区人力资源社会保障厅，各片区管委会", "长期坚持", ""),
    (37, D6, "支持广西大学等高校与东盟国家高校合作开展“中文+职业技能”培训。", "自治区教育厅", "2024年12月底前", ""),
    (38, D6, "建设中国—东盟人工智能应用合作中心，发布面向东盟的人工智能应用场景清单。", "自治区工业和信息化厅，南宁市人民政府", "2024年12月底前", "新增任务\n由自治区数据局协同推进"),
]
GX_CC = "抄送：自治区党委办公厅，自治区人大常委会办公厅，自治区政协办公厅，自治区纪委监委机关。"
GX_PRINT = ("广西壮族自治区自由贸易试验区工作办公室", "2024年3月19日印发")


def make_gx(path):
    doc = Document(); page_setup(doc)
    red_head(doc, GX_ORG + "文件", GX_NO)
    title(doc, GX_TITLE)
    para(doc, GX_TO, indent=False)
    for t in GX_BODY:
        para(doc, t)
    para(doc, "")
    p = para(doc, "附件：" + GX_ATT)
    signature(doc, GX_ORG, "2024年3月18日")
    para(doc, "（此件公开发布）")
    attachment_page(doc, "附件", GX_ATT, GX_ROWS)
    banji(doc, GX_CC, *GX_PRINT)
    doc.save(path)


# ---------------------------------------------------------------- file 2 (Sichuan)
SC_ORG = "四川省自由贸易试验区工作办公室"
SC_NO = "川自贸办〔2024〕9号"
SC_ATT = "中国（四川）自由贸易试验区深度融入共建“一带一路”三年行动任务清单（2024—2026年）"
SC_TITLE = "四川省自由贸易试验区工作办公室关于印发《" + SC_ATT + "》的通知"
SC_TO = "成都市、泸州市、德阳市人民政府，省级有关部门（单位），中国（四川）自由贸易试验区各片区管委会，各协同改革先行区："
SC_BODY = [
    ("p", "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，发挥自贸试验区在深度融入共建“一带一路”中的示范引领作用，经省人民政府同意，现将《" + SC_ATT + "》印发给你们，请结合实际认真抓好落实。"),
    ("h", "一、工作要求"),
    ("p", "（一）压实工作责任。各牵头单位对清单任务负总责，配合单位要积极主动做好协同，确保各项任务按期完成。"),
    ("p", "（二）强化统筹调度。建立“月调度、季通报、年考核”工作机制，具体如下："),
    ("p", "1.每月5日前，各责任单位通过自贸试验区工作平台报送上月任务进展情况；"),
    ("p", "2.每季度首月15日前，省自贸办印发上季度推进情况通报；"),
    ("p", "3.年度任务完成情况纳入省直部门目标绩效考核和片区建设评估。"),
    ("h", "二、保障措施"),
    ("p", "（一）加强政策支持。省级财政统筹用好相关专项资金，对制度创新成效显著的片区和协同改革先行区给予支持。"),
    ("p", "（二）加强宣传推广。及时总结推广深度融入共建“一带一路”的典型经验和创新案例，营造良好舆论氛围。"),
    ("p", "三、本通知自2024年5月1日起施行，有效期至2026年4月30日。"),
]
E1, E2, E3, E4, E5, E6 = "国际物流通道", "贸易转型升级", "投资合作", "金融服务", "协同开放", "制度型开放"
SC_LONG = ("完善国际物流通道运营体系，提升通道综合服务能力。统筹中欧班列（成渝）、西部陆海新通道、长江黄金水道和国际航空货运资源，建设国际多式联运枢纽，推动铁路、港口、航空、公路等运输方式标准衔接、信息互通、单证互认；"
           "支持成都国际铁路港、泸州港、宜宾港建设国际物流集散中心，培育具有国际竞争力的多式联运经营主体，鼓励企业在欧洲、中亚、东南亚等重点地区布局海外仓、分拨中心和集结点；"
           "推进口岸物流信息平台与国际贸易“单一窗口”数据共享，实现班列、船舶、航班运行状态及货物通关、查验、放行信息全程可视化跟踪；"
           "完善通道运行监测和评估机制，定期发布通道发展报告，力争到2026年底，通道综合物流成本明显下降，运输时效提升10%以上，形成内畅外联、高效便捷的国际物流通道网络。")
SC_ROWS = [
    (1, E1, "推动中欧班列（成渝）高质量发展，优化“干支结合、枢纽集散”组织模式，年开行量稳定在5000列以上。", "成都市人民政府，省发展改革委", "2026年底", ""),
    (2, E1, "拓展西部陆海新通道四川班列线路，加密成都、泸州、宜宾至北部湾港的铁海联运班列。", "省交通运输厅，省发展改革委", "2025年底", ""),
    (3, E1, "在青白江铁路港片区开展铁路运输单证物权化试点，推动“一单制”提单融资。\n支持金融机构开发基于铁路提单的供应链金融产品。", "成都市人民政府，人民银行四川省分行", "2025年6月底", ""),
    (4, E1, "建设成都国际航空枢纽，新开或加密至共建“一带一路”国家国际客货运航线10条以上。", "省发展改革委，民航西南地区管理局", "2026年底", ""),
    (5, E1, "推进泸州港、宜宾港与长江沿线港口联动发展，推行“港航联动、水铁联运”。", "泸州市人民政府，省交通运输厅", "2025年底", ""),
    (6, E1, "在川南临港片区建设多式联运示范工程，开展集装箱“一箱到底”全程运输。", "泸州市人民政府", "2025年底", ""),
    (7, E1, "支持成都国际铁路港建设进口整车、粮食、肉类等指定监管场地，提升口岸综合功能。", "成都海关，成都市人民政府", "2024年底", ""),
    (8, E1, SC_LONG, "省发展改革委，省交通运输厅，省商务厅，成都海关", "2026年底", ""),
    (9, E1, "推动德阳国际铁路物流港与成都国际铁路港协同发展，开行德阳至中亚班列。", "德阳市人民政府", "2025年底", "协同改革先行区任务"),
    (10, E2, "推进服务贸易创新发展，培育数字服务、文化贸易等出口基地3个以上。", "省商务厅，省委宣传部", "2026年底", ""),
    (11, E2, "在天府新区片区推进跨境电子商务综合试验区建设，支持企业建设海外仓20个以上。", "省商务厅，成都市人民政府", "2025年底", ""),
    (12, E2, "推动保税维修、保税研发业务发展，支持企业开展航空器材等高技术含量产品保税维修。", "成都海关，省商务厅", "2025年底", ""),
    (13, E2, "推进二手车出口业务，扩大对中亚、中东等市场出口规模。", "省商务厅，省公安厅，成都海关", "长期坚持", ""),
    (14, E2, "支持举办中国—欧洲中心合作交流活动，建设“一带一路”进出口商品集散中心。", "成都市人民政府，省商务厅", "2026年底", ""),
    (15, E2, "开展进口贸易促进创新示范区建设，扩大优质消费品、先进技术装备进口。", "省商务厅", "2025年底", ""),
    (16, E2, "推进内外贸一体化试点，支持企业同线同标同质生产。", "省商务厅，省市场监管局", "2024年底", ""),
    (17, E3, "全面落实外商投资准入负面清单，探索放宽电信、医疗等领域外资准入限制。", "省商务厅，省发展改革委", "长期坚持", ""),
    (18, E3, "建立“一带一路”境外投资综合服务平台，为企业提供法律、税务、风险预警等服务。", "省商务厅，省司法厅，省税务局", "2024年底", ""),
    (19, E3, "支持中德、中法、中意、中韩等国别合作园区与自贸试验区联动发展。", "省商务厅，各片区管委会", "长期坚持", ""),
    (20, E3, "推动重点企业在共建国家建设境外产业园区，带动装备、技术、标准、服务“走出去”。", "省国资委，省商务厅", "2026年底", ""),
    (21, E3, "完善外商投资企业投诉协调机制，保障外资企业合法权益。", "省商务厅", "2024年底", ""),
    (22, E3, "推行外资项目“一对一”专班服务。\n对投资额1亿美元以上的外资项目实行省级领导联系制度。", "省商务厅，省投资促进局", "长期坚持", ""),
    (23, E4, "推进跨境贸易投资高水平开放试点，扩大优质企业贸易外汇收支便利化政策覆盖面。", "国家外汇管理局四川省分局", "2025年底", ""),
    (24, E4, "支持共建“一带一路”国家金融机构在川设立分支机构或代表处。", "四川金融监管局，省委金融办", "2026年底", ""),
    (25, E4, "推动人民币跨境结算在中欧班列运费、国际贸易结算中的使用。", "人民银行四川省分行", "长期坚持", ""),
    (26, E4, "开展知识产权证券化试点，支持片区企业发行知识产权资产支持证券。", "省知识产权服务促进中心，四川证监局", "2025年底", ""),
    (27, E4, "发展出口信用保险保单融资，扩大小微外贸企业覆盖面。", "中国出口信用保险公司四川分公司", "2024年底", ""),
    (28, E5, "推动川渝自贸试验区协同开放示范区建设，联合开展20项以上制度创新。", "省自贸办，成都市人民政府", "2026年底", "与重庆市商务委协同推进"),
    (29, E5, "开展自贸试验区与协同改革先行区“1+N”联动试点，推动改革试点经验在先行区复制推广。", "省自贸办，各协同改革先行区所在市人民政府", "2025年底", ""),
    (30, E5, "推动泸州、宜宾与重庆永川、江津等地开展港口物流合作。", "泸州市人民政府，宜宾市人民政府", "2025年底", ""),
    (31, E5, "建立川渝自贸试验区企业登记“一网通办”机制。", "省市场监管局", "2024年底", ""),
    (32, E5, "联合重庆市举办“一带一路”陆海联动发展论坛。", "省自贸办，省商务厅", "每年", ""),
    (33, E6, "对标高标准国际经贸规则，在数字贸易、知识产权、政府采购等领域开展压力测试。", "省自贸办，省商务厅", "2026年底", ""),
    (34, E6, "开展数据出境安全评估便利化试点，探索制定自贸试验区数据出境负面清单。", "省委网信办", "2025年底", ""),
    (35, E6, "建立国际商事争端多元化解决机制，推动成都国际商事法庭与仲裁、调解机构有效衔接。", "省法院，省司法厅", "2025年底", ""),
    (36, E6, "编制自贸试验区制度创新案例集，每年评选发布“最佳实践案例”10个左右。", "省自贸办", "2024年底完成试点\n2026年底全面推开", ""),
]
SC_NOTE = "注：责任单位中排在首位的为牵头单位，其他为配合单位。"
SC_CC = "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省纪委监委机关，省法院，省检察院。"
SC_PRINT = ("四川省自由贸易试验区工作办公室", "2024年4月23日印发")


def make_sc(path):
    doc = Document(); page_setup(doc)
    red_head(doc, SC_ORG, SC_NO)
    title(doc, SC_TITLE)
    para(doc, SC_TO, indent=False)
    for kind, t in SC_BODY:
        para(doc, t, "黑体" if kind == "h" else "仿宋_GB2312")
    para(doc, "")
    para(doc, "附件：" + SC_ATT)
    signature(doc, SC_ORG, "2024年4月22日")
    para(doc, "（此件主动公开）")
    attachment_page(doc, "附件", SC_ATT, SC_ROWS, SC_NOTE)
    banji(doc, SC_CC, *SC_PRINT)
    doc.save(path)


# ---------------------------------------------------------------- expected
FURN = ("Furniture (never clauses): red 版头 line, 文号 line, the title, 主送 line, 附件说明 line '附件：…' under the body, "
        "署名 and 成文日期, '（此件…公开…）', the '附件' label, the repeated table header row (序号｜领域｜…, on every PDF page), "
        "page numbers '— N —', 抄送 line and 印发 line (版记, which sits after the table on the last page). ")


def expected():
    gx_meta = dict(title=GX_TITLE, doc_number=GX_NO, issuer=GX_ORG, date="2024-03-18", level="provincial", region="广西壮族自治区")
    gx_att = dict(title=GX_ATT, doc_number=None, issuer=GX_ORG, date="2024-03-18", level="provincial", region="广西壮族自治区")
    sc_meta = dict(title=SC_TITLE, doc_number=SC_NO, issuer=SC_ORG, date="2024-04-22", level="provincial", region="四川省",
                   effective="2024-05-01", expires="2026-04-30")
    sc_att = dict(title=SC_ATT, doc_number=None, issuer=SC_ORG, date="2024-04-22", level="provincial", region="四川省",
                  effective="2024-05-01", expires="2026-04-30")
    tol = ("Tolerable: the 附件 table being a second document (as here) or appended to the notice's clauses; the 附件说明 line as a clause; "
           "a two-paragraph cell joined with a space/newline instead of nothing; empty 备注 omitted or given as '备注：'; "
           "region given as province name or code. Not tolerable: a repeated header row as a data row, an empty or missing 领域 on rows "
           "after the first of a merged group (esp. on the page after a break), the long row 具体措施 cut at the page break or split into two rows, "
           "版记/page numbers glued to the last row.")
    gx = [
        dict(meta=gx_meta, clauses=list(GX_BODY), _note=FURN + tol),
        dict(meta=gx_att, clauses=[row_text(r) for r in GX_ROWS], _note="Attachment table: 38 rows; 领域 merged over rows 1–7, 8–13, 14–21, 22–28, 29–34, 35–38; row 17 具体措施 is long and breaks across a page in the PDF; rows 7, 26 具体措施 and row 38 备注 hold two paragraphs."),
    ]
    sc_clauses = [t for k, t in SC_BODY]
    sc = [
        dict(meta=sc_meta, clauses=sc_clauses, _note=FURN + "Headings '一、工作要求'/'二、保障措施' are headings: tolerable as their own clauses or as prefix of their first item. '（二）强化统筹调度…具体如下：' and its items 1.–3. may be one clause or four. " + tol),
        dict(meta=sc_att, clauses=[row_text(r) for r in SC_ROWS] + [SC_NOTE], _note="Attachment table: 36 rows; 领域 merged over rows 1–9, 10–16, 17–22, 23–27, 28–32, 33–36; row 8 具体措施 is long (may break across a page); rows 3, 22 具体措施 and row 36 完成时限 hold two paragraphs; the '注：' line after the table is a clause of the attachment (tolerable as furniture)."),
    ]
    return {"blind84_guangxi_renwuqingdan": gx, "blind84_sichuan_renwuqingdan": sc}


def main():
    files = {"blind84_guangxi_renwuqingdan": make_gx, "blind84_sichuan_renwuqingdan": make_sc}
    for stem, fn in files.items():
        dx = os.path.join(HERE, stem + ".docx")
        fn(dx)
        if "--no-pdf" not in sys.argv:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, dx], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
