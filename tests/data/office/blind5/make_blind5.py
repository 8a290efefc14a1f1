# ruff: noqa: E501, E402, E702  (the documents' own paragraphs, one string each; helpers as written)
# Round 5 of blind office checks: PDF layouts and plain-text copies.
# A  湘商自贸〔2023〕9号  通知 + landscape borderless 27-row task table (borders none, wrapped cells)
# B  陕西省人民政府公告 2023年第4号  ruled table, merged across+down, vertical first column, row split at page break
# C  湖北 行动方案, Heading 1/2 with multilevel auto numbering 一、/（一）, space-indented body,
#    running header 鄂自贸办发〔2023〕12号, footer 第 X 页 共 Y 页
# D  黑龙江 通知 as GB18030/CRLF text hard-wrapped at 30 chars, "- 2 -" and running header mid-paragraph
# E  安徽 web-page copy as UTF-16 with BOM, menu debris, 发布日期 line, TSV table, page tools
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the files side by side: DOCX, its PDF, the two text copies
EXP = Path("/tmp/officecheck5-expected")  # the expected texts, for the check script only
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
EXPECTED: dict[str, list[str]] = {}


# ----------------------------------------------------------------- helpers (from make_blind*.py)
def set_font(run, font, size, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(p, side, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(20)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    section.left_margin, section.right_margin = Mm(30), Mm(28)


def field(p, instr, size, font=ST, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)


class Writer:
    def __init__(self, name, size=16, line=28.95):
        self.name = name
        self.doc = Document()
        self.size, self.line = size, line
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        EXPECTED[name] = []

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0, page_break=False,
             right_chars=None, style=None, expect=True):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        if page_break:
            pf.page_break_before = True
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if isinstance(runs, str):
            runs = [(runs,)]
        text = "".join(r[0] for r in runs)
        if expect and text.strip():
            EXPECTED[self.name].append(text)
        for r in runs:
            t, font, size, bold = (tuple(r) + (FS, self.size, False)[len(r) - 1:])[:4]
            set_font(p.add_run(t), font, size, bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def title(self, text, size=22):
        self.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)

    def sign(self, org, date):
        self.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4, before=16)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)

    def save(self):
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


def cell_write(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 3.5)
    set_font(p.add_run(text), font, size, bold)


def table_borders(t, val):
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "auto")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = Mm(w)


def text_direction(cell, val="tbRl"):
    tcpr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    tcpr.append(td)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcpr.append(va)


# ======================================================================= A
A_ROWS = [
    ("1", "中非经贸深度合作先行区建设", "依托中国—非洲经贸博览会永久落户长沙，建设非洲非资源性产品集散交易加工中心，探索开展中非跨境人民币结算业务，年内新增对非贸易企业100家以上。", "长沙片区管委会、省商务厅", "2023年12月底前"),
    ("2", "非洲咖啡可可等产品进口通关便利化", "对非洲咖啡、可可、坚果等产品实施“提前申报、货到验放”，推行第三方检验检疫结果采信，平均通关时间压缩至24小时以内。", "长沙海关", "2023年9月底前"),
    ("3", "中欧班列（长沙）集结中心建设", "拓展中欧班列（长沙）至中亚、欧洲线路，全年开行回程班列不少于500列，探索铁路运单物权化试点，推动多式联运“一单制”。", "长沙片区管委会、省发展改革委", "2023年12月底前"),
    ("4", "城陵矶港江海联运", "优化城陵矶港至上海洋山港“点对点”直航航线，推行“离港确认”模式，实现进出口货物在长江沿线港口一次申报、一次查验、一次放行。", "岳阳片区管委会、长沙海关", "2023年10月底前"),
    ("5", "跨境电商零售进口药品试点", "争取在岳阳片区开展跨境电商零售进口部分药品及医疗器械业务试点，建立企业主体责任、信息追溯和风险防控制度。", "岳阳片区管委会、省药监局", "2023年12月底前"),
    ("6", "湘南湘西承接产业转移", "围绕电子信息、有色金属新材料等产业，建立粤港澳大湾区产业转移项目库，实行项目落地“一站式”服务，全年引进“三类500强”企业项目不少于10个。", "郴州片区管委会", "2023年12月底前"),
    ("7", "有色金属期货保税交割", "支持郴州片区开展有色金属期货保税交割业务，探索建立白银等稀贵金属现货交易平台，推动“保税+期货”联动发展。", "郴州片区管委会、人民银行长沙中心支行", "2023年11月底前"),
    ("8", "二手工程机械出口", "建立二手工程机械出口检测认证和质量追溯体系，出台二手设备出口企业认定办法，全年出口二手工程机械5000台以上。", "省商务厅、长沙海关", "2023年12月底前"),
    ("9", "境外投资“一件事”办理", "整合境外投资备案、外汇登记、税务登记等事项，实行一表申请、并联审批，企业办理时间由15个工作日压减至5个工作日。", "省商务厅、省发展改革委、国家外汇管理局湖南省分局", "2023年8月底前"),
    ("10", "外商投资企业“准入即准营”", "在长沙片区试行外商投资企业登记注册与经营许可“一次申请、同步审批”，推行“证照联办”，外资企业开办1个工作日内办结。", "省市场监管局", "2023年9月底前"),
    ("11", "数字人民币跨境支付场景", "在长沙片区拓展数字人民币在跨境贸易、中非经贸交易中的应用场景，年内落地试点业务不少于20笔。", "人民银行长沙中心支行", "2023年12月底前"),
    ("12", "自由贸易账户功能拓展", "争取开展本外币合一银行结算账户体系试点，支持符合条件的企业通过自由贸易账户办理跨境融资、跨境担保等业务。", "国家外汇管理局湖南省分局", "2023年12月底前"),
    ("13", "国际航空货运枢纽建设", "加密长沙黄花国际机场至内罗毕、亚的斯亚贝巴等非洲城市的全货机航线，推进航空口岸“7×24小时”通关保障。", "省机场管理集团、长沙海关", "2023年10月底前"),
    ("14", "知识产权质押融资", "建立知识产权质押融资风险补偿资金池，对片区内科技型中小企业知识产权质押贷款给予贴息，年内新增质押融资额10亿元以上。", "省知识产权局、省财政厅", "2023年12月底前"),
    ("15", "涉外商事纠纷多元化解", "推动中非经贸合作商事调解中心实体化运行，建立诉讼与调解、仲裁衔接机制，为企业提供“一站式”涉外商事纠纷解决服务。", "省高级人民法院、省司法厅", "2023年11月底前"),
    ("16", "国际人才服务“单一窗口”", "为外籍高层次人才办理工作许可、居留许可提供“一窗受理、并联办理”，审批时限压缩至7个工作日以内。", "省科技厅、省公安厅", "2023年9月底前"),
    ("17", "农产品出口“绿色通道”", "对湘南地区出口农产品基地实施备案“一网通办”，推行“产地检验、口岸直放”，提高鲜活农产品出口时效。", "郴州片区管委会、长沙海关", "2023年8月底前"),
    ("18", "加工贸易保税监管创新", "在综合保税区内推行以企业为单元的加工贸易监管模式，实行“自主核报、自主备案”，减少企业核销环节。", "长沙海关", "2023年10月底前"),
    ("19", "危险化学品水运出口", "在城陵矶港试点危险化学品出口“先查验后装运”模式，完善港区安全监管联动机制。", "岳阳片区管委会、省交通运输厅", "2023年12月底前"),
    ("20", "“湘品出海”公共服务平台", "建设面向共建“一带一路”国家的外贸综合服务平台，为中小微外贸企业提供通关、物流、退税、结汇等“一站式”服务。", "省商务厅", "2023年11月底前"),
    ("21", "离岸贸易真实性审核", "指导银行优化新型离岸国际贸易真实性审核，建立离岸贸易企业“白名单”制度，提升跨境资金结算便利度。", "国家外汇管理局湖南省分局、省商务厅", "2023年12月底前"),
    ("22", "企业投资项目承诺制", "在片区内对一般企业投资项目推行“标准地+承诺制”，项目从拿地到开工时间压缩至30个工作日以内。", "省发展改革委、省自然资源厅", "2023年9月底前"),
    ("23", "环境影响评价改革", "对片区内环境影响小的建设项目实行环评告知承诺制审批，编制片区规划环评清单。", "省生态环境厅", "2023年8月底前"),
    ("24", "国际法律服务中心", "引进境外律师事务所在长沙设立代表机构，探索中外律师事务所联营试点。", "省司法厅", "2023年12月底前"),
    ("25", "片区协同联动机制", "建立长沙、岳阳、郴州三个片区与联动创新区之间的“揭榜挂帅”协同创新机制，每个联动创新区年内复制推广改革试点经验不少于15项。", "省商务厅（省自贸办）", "2023年12月底前"),
    ("26", "制度创新成果评估", "委托第三方机构开展2023年度制度创新成果评估，形成最佳实践案例汇编，择优向商务部推荐。", "省商务厅（省自贸办）", "2024年1月底前"),
]


def doc_a():
    w = Writer("a_hunan_notice_borderless")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), ST, 14)
    field(fp, "PAGE", 14)
    set_font(fp.add_run(" —"), ST, 14)

    w.para([("湖南省商务厅文件", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    w.blank(1)
    w.para("湘商自贸〔2023〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = w.para("", indent=False, line=6, before=4)
    border(p, "bottom", sz=18, color="FF0000")
    w.blank(1)
    w.title("湖南省商务厅关于印发《中国（湖南）自由贸易试验区2023年制度创新重点任务清单》的通知")
    w.blank(1)
    w.para("长沙、岳阳、郴州市人民政府，中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会，省直有关单位：", indent=False)
    for t in [
        "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，高水平推进中国（湖南）自由贸易试验区建设，更好服务和融入共建“一带一路”，经省自贸试验区工作领导小组同意，现将《中国（湖南）自由贸易试验区2023年制度创新重点任务清单》印发给你们，请结合实际认真抓好落实，并就有关事项通知如下：",
        "一、压实工作责任。各牵头单位要对照清单逐项细化工作举措，明确时间表和路线图，于2023年6月30日前将具体推进方案报送省商务厅（省自贸办）。配合单位要主动对接，形成工作合力。",
        "二、强化调度评估。省商务厅每季度对任务推进情况开展一次调度，年底组织第三方机构开展评估，评估结果纳入省自贸试验区建设考核内容。",
        "三、注重总结推广。各片区要及时总结可复制可推广的制度创新成果，每季度末向省自贸办报送不少于2项创新案例，成熟一项、推广一项，形成示范效应。",
        "四、加强信息报送。任务推进中遇到的重大问题，请及时报告省商务厅。联系人：省商务厅自贸试验区处刘洋，联系电话：0731-82280000。",
    ]:
        w.para(t)
    w.blank(1)
    w.para("附件：中国（湖南）自由贸易试验区2023年制度创新重点任务清单")
    w.sign("湖南省商务厅", "2023年5月26日")
    w.blank(1)
    w.para("（此件主动公开）")

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(land)
    w.para([("附件", HT)], indent=False)
    w.para([("中国（湖南）自由贸易试验区2023年制度创新重点任务清单", XBS, 20)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=10)
    header = ("序号", "任务名称", "主要内容", "牵头单位", "完成时限")
    t = doc.add_table(rows=1 + len(A_ROWS), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "none")
    for c, h in zip(t.rows[0].cells, header, strict=False):
        cell_write(c, h, HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
    EXPECTED[w.name].extend(header)
    for r, row in zip(t.rows[1:], A_ROWS, strict=False):
        for i, (c, v) in enumerate(zip(r.cells, row, strict=False)):
            cell_write(c, v, FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT)
        EXPECTED[w.name].extend(row)
    set_widths(t, [10, 36, 124, 35, 34])
    return w.save()


# ======================================================================= B
# (片区, 序号, 事项名称, 下放方式, 实施机关, 备注); None for 下放方式 → merged across 下放方式+实施机关 (text in 实施机关 slot)
B_ROWS = [
    ("中心片区", "1", "外商投资企业境外投资项目备案", "直接下放", "中心片区管委会", "限中方投资额3亿美元以下的非敏感类项目"),
    ("中心片区", "2", "对外劳务合作经营资格核准", "直接下放", "中心片区管委会", ""),
    ("中心片区", "3", "拍卖企业设立审批", None, "委托中心片区管委会实施，省商务厅保留监督管理职责", ""),
    ("中心片区", "4", "药品经营企业（零售连锁总部）许可", "委托实施", "中心片区管委会", "片区管委会应当配备不少于3名具有药学专业背景的审查人员，现场检查可委托片区所在区市场监管部门协助开展，许可结果于作出决定之日起5个工作日内报省药监局备案；省药监局每年组织一次随机抽查，抽查比例不低于当年许可总数的20%，发现问题的责令限期整改，整改不到位的收回委托。"),
    ("中心片区", "5", "第二类医疗器械经营备案后续监管", "直接下放", "中心片区管委会", ""),
    ("中心片区", "6", "建筑业企业施工总承包二级资质认定", "直接下放", "中心片区管委会", "涉及公路、水运、水利、铁路、民航方面资质的除外"),
    ("西安国际港务区片区", "7", "国际货运代理企业备案", "直接下放", "港务区片区管委会", ""),
    ("西安国际港务区片区", "8", "中欧班列（西安）集结中心进出口货物检验检疫预检", None, "由西安海关派驻机构在片区集中实施，片区管委会提供场地保障", "与“长安号”运行计划衔接，实行7×24小时预约查验，对同一批次货物不重复检验，检验结果在“一带一路”沿线口岸互认试点范围内通用；涉及动植物检疫的，仍按海关总署有关规定办理。"),
    ("西安国际港务区片区", "9", "保税物流中心（B型）企业注册登记", "委托实施", "港务区片区管委会", ""),
    ("西安国际港务区片区", "10", "道路货物运输经营许可（危险货物除外）", "直接下放", "港务区片区管委会", "许可证件由片区管委会以省交通运输厅名义核发"),
    ("杨凌示范区片区", "11", "农作物种子生产经营许可（非主要农作物）", "直接下放", "杨凌示范区片区管委会", "面向“一带一路”沿线国家出口种子的，片区管委会应当会同杨凌海关建立出口种子质量追溯制度"),
    ("杨凌示范区片区", "12", "农药经营许可（限制使用农药除外）", "直接下放", "杨凌示范区片区管委会", ""),
    ("杨凌示范区片区", "13", "兽药经营许可", None, "委托杨凌示范区片区管委会实施，省农业农村厅保留监督管理职责", "与上合组织农业技术交流培训示范基地建设统筹推进"),
]


def doc_b():
    w = Writer("b_shaanxi_announcement_merged")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), ST, 14)
    field(fp, "PAGE", 14)
    set_font(fp.add_run(" —"), ST, 14)

    w.blank(1)
    w.title("陕西省人民政府关于向中国（陕西）自由贸易试验区下放第二批省级管理事项的公告")
    w.para("2023年第4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    w.blank(1)
    for t in [
        "为深入实施自由贸易试验区提升战略，进一步激发中国（陕西）自由贸易试验区（以下简称陕西自贸试验区）改革创新活力，更好发挥其在共建“一带一路”中的重要支点作用，根据《中华人民共和国行政许可法》等法律法规规定，经省人民政府研究决定，向陕西自贸试验区中心片区、西安国际港务区片区、杨凌示范区片区下放第二批省级管理事项共13项。现将有关事项公告如下：",
        "一、下放事项。下放事项的名称、下放方式和实施机关见下表。下放方式分为直接下放和委托实施两类；委托实施的事项，由片区管委会以委托机关名义实施，委托机关对其实施行为的后果承担法律责任。",
    ]:
        w.para(t)
    w.para([("陕西自贸试验区第二批下放省级管理事项目录", HT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, before=6, after=6)

    ncol = 6
    t = doc.add_table(rows=2 + len(B_ROWS), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # header: two rows; 片区/序号/事项名称/备注 merged down, 下放情况 merged across
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for _c in range(ncol):
        for r in (t.rows[0], t.rows[1]):
            trpr = r._tr.get_or_add_trPr()
            if trpr.find(qn("w:tblHeader")) is None:
                trpr.append(OxmlElement("w:tblHeader"))
    m = h0[0].merge(h1[0]); cell_write(m, "片区", HT, 12, WD_ALIGN_PARAGRAPH.CENTER); v_align(m)
    m = h0[1].merge(h1[1]); cell_write(m, "序号", HT, 12, WD_ALIGN_PARAGRAPH.CENTER); v_align(m)
    m = h0[2].merge(h1[2]); cell_write(m, "事项名称", HT, 12, WD_ALIGN_PARAGRAPH.CENTER); v_align(m)
    m = h0[3].merge(h0[4]); cell_write(m, "下放情况", HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(t.rows[1].cells[3], "下放方式", HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(t.rows[1].cells[4], "实施机关", HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    m = h0[5].merge(h1[5]); cell_write(m, "备注", HT, 12, WD_ALIGN_PARAGRAPH.CENTER); v_align(m)
    EXPECTED[w.name].extend(["片区", "序号", "事项名称", "下放情况", "下放方式", "实施机关", "备注"])
    # body
    for i, row in enumerate(B_ROWS):
        cells = t.rows[2 + i].cells
        zone, no, name, how, organ, note = row
        cell_write(cells[1], no, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        cell_write(cells[2], name)
        if how is None:
            mm = cells[3].merge(cells[4])
            cell_write(mm, organ)
        else:
            cell_write(cells[3], how, FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_write(cells[4], organ)
        if note:
            cell_write(cells[5], note)
        EXPECTED[w.name].extend([x for x in (no, name, how, organ, note) if x])
    # vertical 片区 column merged down
    start = 0
    groups = []
    for i in range(1, len(B_ROWS) + 1):
        if i == len(B_ROWS) or B_ROWS[i][0] != B_ROWS[start][0]:
            groups.append((start, i - 1, B_ROWS[start][0]))
            start = i
    for a, b, zone in groups:
        top = t.cell(2 + a, 0)
        mm = top.merge(t.cell(2 + b, 0))
        cell_write(mm, zone, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
        text_direction(mm, "tbRl")
        v_align(mm)
        EXPECTED[w.name].append(zone)
    set_widths(t, [14, 10, 44, 20, 36, 32])

    for t_ in [
        "二、承接要求。各片区管委会要制定承接工作方案，明确承接机构和人员，于2023年6月30日前完成业务培训、系统对接和办事指南编制，确保下放事项接得住、管得好。",
        "三、监督管理。省级有关部门要加强对片区管委会的业务指导和监督检查，建立“双随机、一公开”联合抽查机制；对片区管委会承接不到位、群众反映强烈的事项，可以依法收回。",
        "四、本公告自2023年7月1日起施行。此前发布的有关规定与本公告不一致的，以本公告为准。",
        "特此公告。",
    ]:
        w.para(t_)
    w.sign("陕西省人民政府", "二〇二三年六月一日")
    return w.save()


# ======================================================================= C
def heading_numbering(doc):
    """Multilevel list 一、/（一） linked to Heading 1 / Heading 2; return numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text, style in ((0, "%1、", "Heading1"), (1, "（%2）", "Heading2")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:pStyle", style),
                         ("w:suff", "nothing"), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    # link styles to the list
    for ilvl, sname, font in ((0, "Heading 1", HT), (1, "Heading 2", KT)):
        st = doc.styles[sname]
        ppr = st.element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(16)
        st.font.bold = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(28.95)
        st.paragraph_format.first_line_indent = Pt(32)
        st.paragraph_format.keep_with_next = True
    return nid


C_BODY = [
    ("p", "　　为深入贯彻落实《中国（湖北）自由贸易试验区总体方案》和省委、省政府关于打造新时代内陆开放新高地的部署要求，推动中国（湖北）自由贸易试验区武汉片区（以下简称武汉片区）在深度融入共建“一带一路”中走在前列，制定本方案。"),
    ("h1", "总体要求"),
    ("h2", "指导思想"),
    ("p", "　　坚持以制度创新为核心，以服务国家战略为导向，发挥武汉国家中心城市和长江中游航运中心的区位优势，统筹推进通道建设、贸易投资、产能合作、金融服务和人文交流，打造内陆地区联通“一带一路”的重要枢纽。"),
    ("h2", "主要目标"),
    ("p", "    到2025年，武汉片区对共建“一带一路”国家进出口额年均增长12%以上，累计形成面向“一带一路”的制度创新成果30项以上；中欧班列（武汉）年开行量突破1000列，阳逻港集装箱吞吐量达到300万标箱；在共建国家新设境外经贸合作区或海外仓不少于20个。"),
    ("h1", "重点任务"),
    ("h2", "畅通国际物流通道"),
    ("p", "　　加快建设中欧班列（武汉）集结中心，开通武汉至中亚五国、俄罗斯及欧洲主要城市的稳定线路，推动中欧班列与长江水运、空港货运无缝衔接。支持阳逻港开展“江海直达”“铁水联运”业务，对经阳逻港中转的国际集装箱实行“一次申报、一次查验、一次放行”。"),
    ("p", "　　依托天河国际机场和鄂州花湖机场，加密至共建国家的全货机航线，推进跨境电商包机业务，打造“空中丝绸之路”。"),
    ("h2", "扩大高水平对外开放"),
    ("p", "　　全面落实外商投资准入前国民待遇加负面清单管理制度，在汽车零部件、生物医药、光电子信息等领域引进一批共建国家的龙头企业。探索实施跨境服务贸易负面清单，放宽专业服务、数字服务等领域准入限制。"),
    ("p", "    对在武汉片区设立区域总部的外资企业，经认定后给予一次性奖励最高1000万元；对新设立的外资研发中心，按其研发投入的10%给予补助，每家每年最高500万元。"),
    ("h2", "深化国际产能合作"),
    ("p", "　　支持东风、长飞、烽火等龙头企业在共建国家建设生产基地和研发中心，带动装备、技术、标准和服务“走出去”。鼓励企业以“抱团出海”方式参与境外经贸合作区建设，对境外园区建设运营主体给予贷款贴息支持。"),
    ("h2", "推进金融服务创新"),
    ("p", "　　扩大人民币在跨境贸易和投资中的使用，支持片区内企业开展跨境人民币资金池业务。开展贸易外汇收支便利化试点，优质企业凭支付指令即可办理货物贸易收付汇。"),
    ("p", "　　发展出口信用保险保单融资，对投保中国出口信用保险公司短期险的中小微企业，按实际缴纳保费的50%给予补助。"),
    ("h2", "加强人文交流合作"),
    ("p", "　　支持武汉大学、华中科技大学等高校与共建国家高校开展联合办学，设立“一带一路”国际人才培训基地。每年举办中国（武汉）“一带一路”国际商品博览会，搭建经贸合作与人文交流平台。"),
    ("h1", "保障措施"),
    ("h2", "加强组织领导"),
    ("p", "　　在武汉片区管委会设立推进共建“一带一路”工作专班，由管委会主要负责同志担任组长，统筹推进本方案实施。各成员单位明确一名分管负责同志和一名联络员。"),
    ("h2", "强化政策支持"),
    ("p", "    市级财政每年安排专项资金不低于2亿元，用于支持通道建设、平台打造和企业“走出去”。对本方案确定的重大项目，优先保障用地、用能指标。"),
    ("h2", "健全评估机制"),
    ("p", "　　建立任务台账和季度通报制度，每年年底对本方案落实情况开展评估，评估结果报省自贸办。本方案自印发之日起实施，有效期至2025年12月31日。"),
]


def doc_c():
    w = Writer("c_hubei_plan_headings")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("鄂自贸办发〔2023〕12号"), ST, 10.5)
    border(hp, "bottom", sz=6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("第 "), ST, 10.5)
    field(fp, "PAGE", 10.5)
    set_font(fp.add_run(" 页 共 "), ST, 10.5)
    field(fp, "NUMPAGES", 10.5, placeholder="3")
    set_font(fp.add_run(" 页"), ST, 10.5)
    heading_numbering(doc)

    w.title("中国（湖北）自由贸易试验区武汉片区深度融入共建“一带一路”高质量发展行动方案")
    w.blank(1)
    for kind, text in C_BODY:
        if kind == "p":
            w.para(text, indent=False)
        elif kind == "h1":
            w.para([(text, HT)], indent=False, style="Heading 1")
        else:
            w.para([(text, KT)], indent=False, style="Heading 2")
    w.sign("中国（湖北）自由贸易试验区武汉片区管理委员会", "二〇二三年六月一日")
    return w.save()


# ======================================================================= D
D_HEAD = [
    "黑龙江省人民政府办公厅文件",
    "",
    "黑政办规〔2023〕15号",
    "",
]
D_TITLE = "黑龙江省人民政府办公厅关于支持中国（黑龙江）自由贸易试验区深化对俄及东北亚开放合作若干措施的通知"
D_PARAS = [
    ("to", "各市（地）人民政府（行署），省政府各直属单位："),
    ("p", "为深入落实国家关于推进东北全面振兴和高水平建设中国（黑龙江）自由贸易试验区的部署，推动哈尔滨、黑河、绥芬河三个片区在共建“一带一路”和中俄合作中发挥更大作用，经省政府同意，现提出以下措施。"),
    ("p", "一、支持哈尔滨片区建设对俄合作中心城市先导区。对在哈尔滨片区新设立的对俄贸易企业，年进出口额首次突破1000万美元的，给予一次性奖励50万元。支持哈尔滨片区建设中俄跨境电商产业园，对入驻企业前三年给予房租全额补贴。"),
    ("p", "二、推进黑河片区跨境基础设施互联互通。加快黑河—布拉戈维申斯克黑龙江公路大桥口岸功能完善，推行跨境运输车辆“提前申报、快速通关”，争取实现中俄货车在桥头区“不落地”直通。支持黑河片区建设对俄农产品加工基地，对进口俄罗斯大豆、菜籽等油料作物实施“随到随检”。"),
    ("p", "三、提升绥芬河片区陆港功能。支持绥芬河片区建设东北亚木材交易中心，对进口原木实行“先入区、后报关”；推动绥芬河铁路口岸扩大宽轨换装能力，将中欧班列（绥芬河）纳入全省班列补贴范围，每标准箱补贴标准不低于2000元。"),
    ("p", "四、创新跨境金融服务。支持片区内银行开展卢布现钞跨境调运和卢布对人民币直接汇率挂牌交易，鼓励企业在对俄贸易中使用人民币结算。对开展对俄跨境人民币结算业务量较大的金融机构，按结算额给予万分之五的奖励，单家机构年度奖励最高200万元。"),
    ("p", "五、便利人员往来。为俄罗斯及东北亚国家商务人员办理口岸签证提供“绿色通道”，对在片区工作的外籍高端人才，工作许可审批时限压缩至5个工作日以内。支持哈尔滨片区设立外国人来华工作服务中心。"),
    ("p", "六、强化要素保障。各片区新增建设用地指标由省级统筹优先保障，对片区内重大对外开放项目实行“一事一议”。省财政在2023年至2025年每年安排自贸试验区发展专项资金3亿元，由省商务厅会同省财政厅制定具体分配办法。"),
    ("p", "七、加强对俄经贸人才培养。支持黑龙江大学、哈尔滨工业大学等高校与俄罗斯高校联合培养俄语经贸、国际物流和跨境法律人才，对在片区就业的相关专业高校毕业生，按每人每年1万元标准给予3年生活补贴。"),
    ("p", "八、建立容错纠错机制。对片区在改革创新中出现的失误和偏差，符合规定条件、没有谋取私利的，依法依规免除相关单位和个人责任，激励干部担当作为。"),
    ("p", "九、本措施自2023年7月1日起施行，有效期3年。各有关部门要按照职责分工抓紧制定配套细则，省商务厅（省自贸办）负责统筹协调和督促落实，重大事项及时向省政府报告。"),
    ("sig", "黑龙江省人民政府办公厅"),
    ("sig", "2023年6月1日"),
    ("p", "（此件公开发布）"),
]
D_RUN_HEAD = "黑龙江省人民政府行政规范性文件"


NO_START = set("，。、；：？！”’）》〕」")


def wrap30(text, first_indent=True, width=30):
    """Break as a PDF line does: 30 full-width cells a line (ASCII digits are half a cell),
    no punctuation at a line start (it hangs on the line above), numbers never split."""
    s = ("　　" + text) if first_indent else text
    lines, cur, w, i = [], "", 0.0, 0
    while i < len(s):
        j = i
        if s[i].isascii() and s[i].isalnum():
            while j < len(s) and s[j].isascii() and (s[j].isalnum() or s[j] in ".%"):
                j += 1
            tok = s[i:j]
        else:
            tok = s[i]
            j = i + 1
        tw = sum(0.5 if c.isascii() else 1 for c in tok)
        if w + tw > width and cur and tok[0] not in NO_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
        i = j
    if cur:
        lines.append(cur)
    return lines


def doc_d():
    name = "d_heilongjiang_notice_gb18030"
    EXPECTED[name] = [D_HEAD[0], D_HEAD[2], D_TITLE] + [t for _, t in D_PARAS]
    lines = list(D_HEAD)
    # title as the PDF copies it: centred lines, broken at 22 chars
    lines += [D_TITLE[i:i + 22] for i in range(0, len(D_TITLE), 22)]
    lines.append("")
    for kind, t in D_PARAS:
        if kind == "to":
            lines.append(t)
        elif kind == "sig":
            lines.append(" " * 24 + t)
        else:
            lines += wrap30(t)
    # page breaks every 22 body lines: "- N -" then the running header, mid-paragraph
    out, n, page = [], 0, 1
    for ln in lines:
        out.append(ln)
        n += 1
        if n >= 20 and ln.strip() and not ln.endswith("。"):
            out.append(f"- {page} -")
            page += 1
            out.append(D_RUN_HEAD)
            n = 0
    out.append(f"- {page} -")
    path = OUT / f"{name}.txt"
    path.write_bytes("\r\n".join(out).encode("gb18030") + b"\r\n")
    return path


# ======================================================================= E
E_LINES_TOP = [
    "首页 | 机构概况 | 政务公开 | 政策文件 | 办事服务 | 互动交流",
    "当前位置：首页 > 政策文件 > 通知公告",
    "",
]
E_TITLE = "安徽省商务厅关于组织开展2023年度中国（安徽）自由贸易试验区制度创新案例申报工作的通知"
E_META = "发布日期：2023年6月1日　来源：安徽省商务厅"
E_TOOLS = "【字体：大 中 小】"
E_BODY = [
    "皖商自贸函〔2023〕156号",
    "合肥、芜湖、蚌埠市商务局，中国（安徽）自由贸易试验区合肥片区、芜湖片区、蚌埠片区管委会，各联动创新区管理机构：",
    "　　为及时总结中国（安徽）自由贸易试验区（以下简称安徽自贸试验区）建设成效，推动形成更多服务长三角一体化发展和共建“一带一路”的制度创新成果，现就组织开展2023年度制度创新案例申报工作通知如下：",
    "一、申报范围",
    "2022年7月1日至2023年6月30日期间在安徽自贸试验区内率先实施、已取得明显成效的改革举措，重点包括投资自由化便利化、贸易便利化、金融服务实体经济、科技创新和产业创新融合、政府职能转变等领域。",
    "二、申报要求",
    "（一）突出首创性。申报案例应当为全国或全省首创，或者在原有做法基础上有重大突破，不得将已在全国复制推广的经验重复申报。",
    "（二）注重实效性。申报案例应当已实施6个月以上，有可量化的成效数据支撑，企业和群众获得感明显。",
    "（三）严格控制数量。各片区、联动创新区按照附件所列名额申报，超出名额的不予受理。",
    "（四）规范申报材料。申报材料包括：1.案例申报表；2.案例总结报告（3000字以内，包括主要做法、实践效果、创新点和可复制推广性）；3.相关佐证材料，如第三方评估报告、企业评价、媒体报道等。",
    "三、时间安排",
    "请各单位于2023年7月15日前将申报材料纸质版（一式三份）和电子版报送省商务厅自贸试验区处。省商务厅将于2023年8月组织专家评审，评选结果择优向商务部推荐。",
    "四、其他事项",
    "　　各单位要高度重视案例申报工作，确定专人负责，确保申报材料真实准确。入选全省最佳实践案例的，在年度自贸试验区建设考核中予以加分；经查实弄虚作假的，取消当年申报资格。",
    "五、联系方式",
    "联系人：省商务厅自贸试验区处　王静，电话：0551-62650000，电子邮箱：ahftz@example.gov.cn。",
    "附件：2023年度制度创新案例申报名额分配表",
    "安徽省商务厅",
    "二〇二三年五月三十一日",
]
E_TABLE_TITLE = "附件"
E_TABLE_CAPTION = "2023年度制度创新案例申报名额分配表"
E_TABLE = [
    ("序号", "申报单位", "申报名额", "其中：首创性案例", "联系人", "联系电话"),
    ("1", "合肥片区管委会", "8", "3", "李明", "0551-65310001"),
    ("2", "芜湖片区管委会", "6", "2", "张华", "0553-58110002"),
    ("3", "蚌埠片区管委会", "5", "2", "陈刚", "0552-31120003"),
    ("4", "合肥高新区联动创新区", "3", "1", "赵磊", "0551-65330004"),
    ("5", "马鞍山联动创新区", "2", "1", "孙丽", "0555-23450005"),
    ("6", "安庆联动创新区", "2", "1", "周涛", "0556-55230006"),
    ("7", "滁州联动创新区", "2", "1", "吴敏", "0550-30120007"),
    ("8", "宣城联动创新区", "2", "—", "郑伟", "0563-30250008"),
    ("合计", "", "30", "11", "", ""),
]
E_TAIL = ["", "扫一扫在手机打开当前页", "打印本页 关闭窗口"]


def doc_e():
    name = "e_anhui_web_utf16"
    EXPECTED[name] = [E_TITLE] + E_BODY + [E_TABLE_CAPTION] + [c for r in E_TABLE for c in r if c]
    lines = list(E_LINES_TOP) + [E_TITLE, E_META, E_TOOLS, ""] + E_BODY + ["", E_TABLE_TITLE, E_TABLE_CAPTION]
    lines += ["\t".join(r) for r in E_TABLE]
    lines += E_TAIL
    path = OUT / f"{name}.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # BOM + LE
    return path


def to_pdf(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    EXP.mkdir(parents=True, exist_ok=True)
    for f in (doc_a, doc_b, doc_c):
        p = f()
        to_pdf(p)
        print("made", p.name, "+ pdf")
    for f in (doc_d, doc_e):
        print("made", f().name)
    for k, v in EXPECTED.items():
        (EXP / f"{k}.json").write_text(json.dumps(v, ensure_ascii=False, indent=1), encoding="utf-8")
