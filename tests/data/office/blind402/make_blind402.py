# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 402: city 优化营商环境若干措施 with 责任单位 lines."""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

random.seed(402)


# ---------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(container, parts, align=None, indent=True, line=28, size=16,
            before=0, after=0):
    """parts: str or list of (text, font, bold[, color]) tuples or 'BR'."""
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after, size)
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for part in parts:
        if part == "BR":
            p.runs[-1].add_break(WD_BREAK.LINE)
            continue
        text, font, bold = part[0], part[1], part[2]
        color = part[3] if len(part) > 3 else None
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def empty(container, n=1, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, size=size)
        r = p.add_run("")
        set_run_font(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_number_footer(doc, style="dash"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def txt(t):
        r = p.add_run(t)
        set_run_font(r, "宋体", 14)
    def fld(kind):
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._element.append(fc)
    if style == "dash":
        txt("— ")
    fld("begin")
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    txt("1")
    fld("end")
    if style == "dash":
        txt(" —")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def all_borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=None, color=None,
              line=None):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    return p


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = widths[j]


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def banji(doc, chaosong, printer, print_date):
    """版记 as a borderless-ish table with top/bottom lines."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    c0 = t.rows[0].cells[0]
    p = c0.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    r = p.add_run("抄送：" + chaosong)
    set_run_font(r, FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    c1 = t.rows[1].cells[0]
    p = c1.paragraphs[0]
    r = p.add_run(" " + printer + "\t" + print_date + "印发")
    set_run_font(r, FS, 14)
    # right tab stop for the date
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)
    border(p, "bottom", "000000", 8)


# ------------------------------------------------------------- numbering
def add_numbering(doc, lvl_text, num_fmt, indent_twips=640, font=FS,
                  size_half=32, bold=False):
    numbering = doc.part.numbering_part.element
    existing_abs = [int(a.get(qn("w:abstractNumId")))
                    for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(n.get(qn("w:numId")))
                    for n in numbering.findall(qn("w:num"))]
    abs_id = max(existing_abs + [0]) + 1
    num_id = max(existing_num + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_twips))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(att), font if att != "w:hint" else "eastAsia")
    rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size_half))
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    n.append(an)
    numbering.append(n)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...) - put first
    ppr.insert(0, numpr)


def split_runs(text):
    """Split text into 1-3 arbitrary chunks (editing-history style runs)."""
    if len(text) < 12:
        return [text]
    k = random.choice([1, 2, 3])
    cuts = sorted(random.sample(range(3, len(text) - 2), k - 1))
    out, last = [], 0
    for c in cuts:
        out.append(text[last:c])
        last = c
    out.append(text[last:])
    return out


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_402", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


# ===================================================================
# Document 1: 合肥  (hand-typed numbers, right-aligned 责任单位 lines)
# ===================================================================
HEFEI_SECTIONS = [
    ("一、提升政务服务效能", [
        ("1．", "推行企业开办“一网通办”。", "依托安徽政务服务网合肥分厅，将企业设立登记、公章刻制、申领发票和税控设备、员工参保登记、住房公积金企业缴存登记等事项整合为“一件事”，实现企业开办全流程1个工作日内办结，全程免费。", "市数据资源局、市市场监管局、市公安局、市税务局、市人社局、市住房公积金管理中心", "line"),
        ("2．", "深化“高效办成一件事”改革。", "2025年底前，围绕企业和个人全生命周期，新推出企业信息变更、企业注销、开办餐饮店、水电气网联合报装等20个“一件事”集成服务，实现“一次告知、一表申请、一套材料、一窗受理”。", "市数据资源局、市政务服务中心", "line"),
        ("3. ", "推广“免证办”服务。", "全面推行电子证照在政务服务事项中的应用，凡通过电子证照库可获取的证照，一律不再要求企业和群众提交纸质材料，高频政务服务事项“免证办”比例达到90%以上。", "市数据资源局", "line"),
        ("4．", "优化“一网通办”平台功能。", "推动市级部门自建业务系统与全省一体化政务服务平台深度对接，实现申报信息一次填报、多方复用，网上可办率稳定在98%以上。", "市数据资源局、市直各有关部门", "line"),
        ("5．", "开展“帮办代办”服务。", "在市、县（市）区、开发区政务服务中心设立“办不成事”反映窗口和帮办代办专区，为重点项目提供全流程免费帮办代办服务。", "市政务服务中心、各县（市）区人民政府、各开发区管委会", "line"),
        ("6．", "推行政务服务“好差评”闭环管理。", "健全差评核实整改、回访反馈机制，差评整改率达到100%，实名差评回访率达到100%。", "市数据资源局", "line"),
    ]),
    ("二、优化市场准入退出", [
        ("7．", "全面落实市场准入负面清单制度。", "严格执行全国统一的市场准入负面清单，清单之外的行业、领域、业务等，各类经营主体皆可依法平等进入，不得另设门槛和隐性壁垒。", "市发展改革委、市商务局", "line"),
        ("8．", "推进经营主体住所登记改革。", "推行“一照多址”“一证多址”，经营主体在本市范围内增设经营场所，且与住所在同一登记机关管辖范围内的，可申请办理经营场所备案，免于办理分支机构登记。", "市市场监管局", "line"),
        ("9．", "深化“证照分离”改革。", "对涉企经营许可事项实行清单管理，按照直接取消审批、审批改为备案、实行告知承诺、优化审批服务等方式分类推进审批制度改革。", "市市场监管局、市司法局、市直各有关部门", "line"),
        ("10．", "完善企业退出机制。", "推行普通注销“一网服务”，将简易注销公告时间由45天压缩至20天，对未开业或无债权债务的企业，依法适用简易注销程序。", "市市场监管局、市税务局、市人社局", "line"),
        ("11．", "开展歇业备案服务。", "因自然灾害、事故灾难、公共卫生事件等原因造成经营困难的，经营主体可自主决定在一定时期内歇业，歇业期限最长不超过3年。", "市市场监管局", "line"),
    ]),
    ("三、强化要素保障", [
        ("12．", "保障重点项目用地需求。", "推行“标准地”出让，新增工业用地按“标准地”出让比例达到100%，实现“拿地即开工”。", "市自然资源和规划局、市发展改革委、各开发区管委会", "line"),
        ("13．", "降低企业用电成本。", "对低压小微企业用电报装容量160千瓦及以下的，实行“三零”服务（零上门、零审批、零投资），平均接电时间压缩至15个工作日以内。", "国网合肥供电公司、市发展改革委", "line"),
        ("14．", "优化用水用气报装服务。", "供水供气报装实行“一窗受理、并联办理”，无外线工程的用水报装办理时间不超过2个工作日，用气报装不超过3个工作日。", "市城乡建设局、合肥供水集团、合肥燃气集团", "line"),
        ("15．", "加强人才服务保障。", "对新引进的高层次人才在安居、子女入学、医疗保障等方面提供“一站式”服务，全年新增高校毕业生留肥就业创业人数不少于25万人。", "市委组织部、市人社局、市教育局、市卫生健康委", "line"),
        ("16．", "拓宽企业融资渠道。", "扩大“政信贷”“科技贷”投放规模，对首贷户、信用贷款给予风险补偿，普惠小微贷款余额同比增长不低于15%。", "市委金融办、人民银行安徽省分行营业管理部、国家金融监督管理总局安徽监管局", "spaces"),
        ("17．", "降低企业物流成本。", "落实货车通行费优惠政策，对安装ETC的合法装载国际标准集装箱运输车辆给予高速公路通行费优惠。", "市交通运输局、市发展改革委", "line"),
    ]),
    ("四、促进外贸外资发展", [
        ("18．", "提升跨境贸易便利化水平。", "推广“提前申报”“两步申报”等通关模式，进口、出口货物整体通关时间分别压缩至30小时、1小时以内。", "合肥海关、市商务局、市口岸办", "line"),
        ("19．", "支持中欧班列（合肥）高质量发展。", "拓展中欧班列线路和境外站点，推动“班列+跨境电商”“班列+海外仓”融合发展，全年开行中欧班列不少于800列。", "市商务局、市国资委、合肥海关", "line"),
        ("20．", "推动合肥综合保税区提质增效。", "支持综合保税区开展保税研发、保税维修、保税展示交易等新业态，推动区内企业增值税一般纳税人资格试点扩面。", "合肥经济技术开发区管委会、合肥海关、市税务局", "line"),
        ("21．", "促进跨境电商发展。", "支持中国（合肥）跨境电子商务综合试验区建设，推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，培育跨境电商产业园区。", "市商务局、合肥海关", "line"),
        ("22．", "落实外商投资准入前国民待遇加负面清单管理制度。", "负面清单之外的领域，按照内外资一致原则实施管理，保障外资企业依法平等参与政府采购、招标投标和标准制定。", "市商务局、市财政局、市市场监管局", "line"),
        ("23．", "加强外资企业服务。", "健全外资企业圆桌会议制度，完善重点外资项目工作专班机制，及时协调解决外资企业反映的问题诉求。", "市商务局、市投资促进局", "line"),
    ]),
    ("五、加强法治保障", [
        ("24．", "规范涉企行政执法。", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，严禁以罚代管、以罚增收。", "市司法局、市直各行政执法部门", "line"),
        ("25．", "推行包容审慎监管。", "动态调整市场监管、生态环境、交通运输等领域“免罚轻罚”清单，对首次轻微违法并及时改正的，依法不予行政处罚。", "市司法局、市市场监管局、市生态环境局、市交通运输局", "line"),
        ("26．", "加强知识产权保护。", "建设中国（合肥）知识产权保护中心，发明专利预审授权周期压缩至3个月以内，建立知识产权侵权纠纷快速处理机制。", "市市场监管局（市知识产权局）、市中级人民法院", "line"),
        ("27．", "提升商事纠纷化解效率。", "推广“分调裁审”机制，简易商事案件平均审理周期控制在45天以内。", "市中级人民法院、市司法局", "bracket"),
        ("28．", "强化政府诚信履约。", "开展拖欠企业账款清理，建立政府失信责任追究制度，不得以政府换届、相关责任人更替等理由拒不履行政策承诺和合同约定。", "市发展改革委、市工业和信息化局、市财政局", "line"),
    ]),
    ("六、创新监管方式", [
        ("29．", "全面推行“双随机、一公开”监管。", "推进跨部门联合抽查常态化，对同一经营主体的多个检查事项，原则上合并或者一次性完成。", "市市场监管局、市直各有关部门", "line"),
        ("30．", "推行信用分级分类监管。", "在市场监管、税务、生态环境等重点领域实施信用分级分类监管，对信用风险低的经营主体合理降低抽查比例和频次。", "市发展改革委、市市场监管局、市税务局、市生态环境局", "line"),
        ("31．", "推进“综合查一次”。", "在餐饮、校外培训、建筑施工等领域推行跨部门“综合查一次”，减少对企业生产经营活动的干扰。", "市司法局、市直各有关部门", "line"),
        ("32．", "深化信用修复“一件事”。", "推行信用修复“一口受理、协同修复”，实现行政处罚信息信用修复网上办理、结果共享。", "市发展改革委、市市场监管局", "line"),
        ("33．", "探索非现场监管。", "推广远程监管、移动监管、预警防控等非现场监管方式，非现场监管占比达到30%以上。", "市数据资源局、市直各有关部门", "bracket"),
    ]),
    ("七、支持企业创新发展", [
        ("34．", "加大科技型企业培育力度。", "实施科技型中小企业、高新技术企业“双倍增”行动，对首次认定的高新技术企业给予一次性奖励。", "市科技局、市财政局", "line"),
        ("35．", "推动科技成果转化。", "完善“羚羊”工业互联网平台科技成果供需对接功能，对高校院所技术成果在本市转化落地的，按技术合同成交额给予奖补。", "市科技局、市工业和信息化局", "line"),
        ("36．", "支持企业数字化转型。", "实施中小企业数字化转型城市试点，对企业实施智能化改造、数字化转型项目，按规定给予补助。", "市工业和信息化局、市数据资源局", "line"),
        ("37．", "落实税费优惠政策。", "依托电子税务局精准推送研发费用加计扣除、小微企业税费减免等优惠政策，推动“政策找人”“免申即享”。", "市税务局、市财政局", "halfcolon"),
        ("38．", "加大政府采购支持中小企业力度。", "超过400万元的工程采购项目中适宜由中小企业提供的，预留该部分采购项目预算总额的40%以上专门面向中小企业采购。", "市财政局", "line"),
    ]),
    ("八、强化组织保障", [
        ("39．", "健全工作推进机制。", "发挥市优化营商环境工作领导小组统筹协调作用，建立“清单化+责任制”推进机制，定期调度重点任务进展。", "市发展改革委（市优化营商环境工作领导小组办公室）", "line"),
        ("40．", "开展营商环境评价。", "对标国家营商环境评价指标体系，每年开展县（市）区、开发区营商环境评价，评价结果纳入年度目标管理绩效考核。", "市发展改革委、市直有关部门", "line"),
        ("41．", "畅通政企沟通渠道。", "完善“企业家接待日”、12345政务服务便民热线涉企诉求“快速响应”机制，企业诉求办结率达到98%以上。", "市数据资源局、市工商联", "line"),
        ("42．", "加强宣传引导。", "及时总结推广优化营商环境典型经验和创新做法，营造全社会共同参与优化营商环境的良好氛围。", "市委宣传部、市发展改革委", "line"),
    ]),
]


def hefei_clause(label, head, body, duty, mode):
    base = label + head + body
    if mode == "bracket":
        return base + "（责任单位：" + duty + "）"
    if mode == "halfcolon":
        return base + "\n责任单位:" + duty
    return base + "\n责任单位：" + duty


def build_hefei():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)

    # 版头
    empty(doc, 1)
    add_par(doc, [("合肥市人民政府办公厅文件", XBS, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, size=36)
    empty(doc, 1)
    p = add_par(doc, "合政办〔2025〕6号", align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)

    # title with a soft line break in the middle
    add_par(doc, [("合肥市人民政府办公厅关于印发合肥市进一步", XBS, False), "BR",
                  ("优化营商环境若干措施的通知", XBS, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    add_par(doc, "各县（市）、区人民政府，市政府各部门、各直属机构：", indent=False)
    n1 = "《合肥市进一步优化营商环境若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"
    n2 = "各县（市）区人民政府、各开发区管委会和市直各责任单位要将本措施落实情况于每季度末月25日前报送市优化营商环境工作领导小组办公室（设在市发展改革委）。"
    add_par(doc, [(t, FS, False) for t in split_runs(n1)])
    add_par(doc, [(t, FS, False) for t in split_runs(n2)])
    empty(doc, 3)
    # 落款 typed with manual spaces
    add_par(doc, "                       合肥市人民政府办公厅", indent=False)
    add_par(doc, "                          2025年3月12日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)

    page_break(doc)
    add_par(doc, [("合肥市进一步优化营商环境若干措施", XBS, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, size=22)
    empty(doc, 1)
    intro = ("为深入贯彻落实《优化营商环境条例》《安徽省优化营商环境条例》，"
             "持续打造市场化、法治化、国际化一流营商环境，激发经营主体活力，"
             "结合我市实际，制定如下措施。")
    add_par(doc, intro)
    clauses_m = [intro]
    for si, (head, items) in enumerate(HEFEI_SECTIONS):
        add_par(doc, [(head, HT, False)])
        for (label, h, body, duty, mode) in items:
            parts = [(label + h, FS, True)]
            tail = body
            if mode == "bracket":
                tail = body + "（责任单位：" + duty + "）"
            parts += [(t, FS, False) for t in split_runs(tail)]
            add_par(doc, parts)
            if mode == "line":
                add_par(doc, [("责任单位：" + duty, KT, False)],
                        align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
            elif mode == "halfcolon":
                add_par(doc, [("责任单位:" + duty, KT, False)],
                        align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
            elif mode == "spaces":
                # right alignment faked with full-width spaces, left aligned
                add_par(doc, [("　　　　　　　　" + "责任单位：" + duty, KT, False)],
                        align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
            clauses_m.append(hefei_clause(label, h, body, duty, mode))
            if label in ("6．", "23．"):
                empty(doc, 1)
    closing = ("本措施自2025年4月1日起施行，有效期至2027年3月31日。"
               "《合肥市优化营商环境行动方案（2022—2023年）》（合政办〔2022〕17号）同时废止。"
               "国家和省出台相关政策的，从其规定。")
    add_par(doc, closing)
    clauses_m.append(closing)

    banji(doc, "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，合肥警备区。",
          "合肥市人民政府办公厅", "2025年3月13日")

    path = os.path.join(HERE, "blind402_hefei_tongzhi.docx")
    doc.save(path)

    notice_title = "合肥市人民政府办公厅关于印发合肥市进一步优化营商环境若干措施的通知"
    meas_title = "合肥市进一步优化营商环境若干措施"
    exp = [
        {"meta": {
            "title": notice_title,
            "doc_number": "合政办〔2025〕6号",
            "issuer": ["合肥市人民政府办公厅"],
            "date": "2025-03-12",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市）、区人民政府", "市政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": [n1, n2]},
        {"meta": {
            "title": meas_title,
            "doc_number": None,
            "issuer": ["合肥市人民政府办公厅"],
            "date": "2025-03-12",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": "2025-04-01",
            "expires": "2027-03-31",
            "attachments": [],
            "doc_type": "措施",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《合肥市优化营商环境行动方案（2022—2023年）》（合政办〔2022〕17号）"},
         "clauses": clauses_m},
    ]
    return path, exp


# ===================================================================
# Document 2: 厦门  (Word auto numbering 1.–42., bracketed 责任单位,
#                    some right-aligned lines; joint header table)
# ===================================================================
XIAMEN_SECTIONS = [
    ("一、提升贸易便利化水平", [
        ("推进通关模式创新。", "全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，巩固压缩整体通关时间成效，进口、出口整体通关时间保持在全国前列。", "厦门海关、市商务局（市口岸办）", "bracket"),
        ("深化国际贸易“单一窗口”建设。", "拓展厦门国际贸易“单一窗口”特色应用，推动口岸物流、跨境结算、出口退税等功能一站办理，主要申报业务应用率保持100%。", "市商务局（市口岸办）、厦门海关、厦门海事局", "bracket"),
        ("降低进出口环节合规成本。", "持续开展口岸收费目录清单公示，清单之外一律不得收费，查验没有问题的外贸企业集装箱吊装移位仓储费用继续由财政承担。", "市商务局（市口岸办）、市发展改革委、市财政局、市市场监管局", "bracket"),
        ("优化出口退税服务。", "推行出口退（免）税“非接触式”办理，一类、二类出口企业正常出口退（免）税平均办理时间压缩至3个工作日以内。", "国家税务总局厦门市税务局", "line"),
        ("推广海关AEO认证。", "加强对高级认证企业的培育，为AEO企业在通关、检验检疫、国际互认等方面提供便利，新增AEO高级认证企业20家以上。", "厦门海关、市商务局", "bracket"),
        ("提升海运口岸作业效率。", "推动厦门港集装箱码头智慧化改造，完善海运口岸24小时通关保障机制，实施预约通关、夜间查验等服务。", "市港口管理局、厦门海关、厦门边检总站", "bracket"),
    ]),
    ("二、支持跨境电商等新业态", [
        ("做强中国（厦门）跨境电子商务综合试验区。", "完善线上综合服务平台和线下产业园区功能，推动跨境电商进出口额年均增长15%以上。", "市商务局、厦门海关、国家税务总局厦门市税务局", "bracket"),
        ("支持企业建设海外仓。", "对企业在“一带一路”共建国家和地区新建或租用海外仓，经认定的，按照仓储面积和实际投入给予一次性补助，单个企业每年最高不超过200万元。", "市商务局、市财政局", "bracket"),
        ("推动跨境电商与产业带融合。", "组织跨境电商平台与本地鞋服、家居、电子产品等产业带对接，每年开展跨境电商专题培训不少于20场。", "市商务局、各区人民政府", "line"),
        ("促进市场采购贸易方式发展。", "优化市场采购贸易联网信息平台功能，支持内外贸一体化经营主体通过市场采购贸易方式出口。", "市商务局、厦门海关、国家税务总局厦门市税务局、市市场监管局", "bracket"),
        ("支持保税维修和再制造业务发展。", "支持企业在综合保税区开展“两头在外”的航空器材、电子设备保税维修业务，探索开展高端装备再制造。", "厦门海关、市商务局、市生态环境局", "bracket"),
    ]),
    ("三、推动综合保税区高质量发展", [
        ("提升综合保税区发展能级。", "支持厦门象屿综合保税区、厦门海沧港综合保税区拓展保税研发、保税检测、保税展示交易等业务，推动综合保税区在全国绩效评估中争先进位。", "厦门自贸片区管委会、海沧区人民政府、厦门海关", "bracket"),
        ("推进综合保税区增值税一般纳税人资格试点。", "支持符合条件的区内企业申请增值税一般纳税人资格试点，推动区内外产业联动发展。", "国家税务总局厦门市税务局、厦门海关、市财政局", "bracket"),
        ("支持开展“保税+”业务。", "推动“保税+跨境电商”“保税+融资租赁”“保税+展示交易”业务发展，引进培育一批保税物流、保税服务龙头企业。", "厦门自贸片区管委会、市商务局、厦门海关", "bracket"),
        ("优化区内货物流转监管。", "推广“仓储货物按状态分类监管”“分送集报”“自行运输”等监管模式，提高区内货物流转效率。", "厦门海关", "line"),
        ("完善综合保税区配套设施。", "加快综合保税区围网内外基础设施建设，完善海关监管信息化系统，提升智能卡口通行效率。", "厦门自贸片区管委会、海沧区人民政府、厦门海关", "bracket"),
    ]),
    ("四、拓展国际物流通道", [
        ("稳定开行中欧（厦门）班列。", "巩固中欧（厦门）班列、中亚班列既有线路，拓展至欧洲、中亚新站点，推动班列开行量保持稳定增长。", "市商务局、中国铁路南昌局集团有限公司厦门货运中心、厦门海关", "bracket"),
        ("发展海铁联运。", "完善厦门港海铁联运基础设施，拓展江西、湖南等内陆腹地海铁联运班列，打造“丝路海运”与中欧班列无缝衔接的国际物流通道。", "市港口管理局、市交通运输局、市商务局", "bracket"),
        ("做强“丝路海运”品牌。", "推动“丝路海运”命名航线扩容提质，支持航运企业加密“一带一路”共建国家航线。", "市港口管理局、市商务局", "bracket"),
        ("提升航空物流能力。", "支持航空公司加密国际货运航线，发展跨境电商航空专线，提升厦门高崎国际机场国际货邮吞吐量。", "市发展改革委、厦门翔业集团、厦门海关", "bracket"),
        ("降低国际物流成本。", "对新开国际集装箱班轮航线、国际货运航线，经认定的，按规定给予扶持。", "市港口管理局、市发展改革委、市财政局", "line"),
    ]),
    ("五、扩大外商投资", [
        ("全面落实外资准入负面清单。", "严格执行外商投资准入负面清单，清单之外的领域按照内外资一致原则实施管理，不得对外资企业设置歧视性准入条件。", "市商务局、市发展改革委、市市场监管局", "bracket"),
        ("保障外资企业平等参与政府采购。", "依法保障外资企业平等参与政府采购活动，不得限定供应商的所有制形式、组织形式、股权结构或者投资者国别。", "市财政局", "bracket"),
        ("支持外资企业利润再投资。", "对外资企业以境内利润再投资设立企业或增资的，符合条件的，依法享受递延纳税政策。", "国家税务总局厦门市税务局、市商务局", "bracket"),
        ("加大重点外资项目支持力度。", "对实际使用外资金额超过5000万美元的制造业项目和超过1000万美元的服务业项目，纳入市级重点项目，在用地、用能等方面予以保障。", "市商务局、市发展改革委、市自然资源和规划局", "bracket"),
        ("深化对台经贸合作。", "支持台资企业参与“一带一路”建设，探索两岸标准共通，为台胞台企在厦投资兴业提供同等待遇。", "市台港澳办、市商务局、市市场监管局", "bracket"),
        ("健全外商投资促进机制。", "建立重点外资企业“服务专员”制度，举办投资厦门（境外）推介会，每年开展境外招商活动不少于10场。", "市商务局、市投资促进中心", "line"),
    ]),
    ("六、优化涉外服务", [
        ("便利外籍人员出入境。", "为外资企业高管、技术人员及其家属提供出入境、停居留便利，外国人来华工作许可与工作类居留许可实行“一窗受理、并联办理”。", "市公安局、市科技局、厦门边检总站", "bracket"),
        ("提升外籍人员生活便利度。", "推动重点商圈、酒店、景区等场所支持境外银行卡和移动支付，完善外籍人员就医、子女入学服务。", "人民银行厦门市分行、市卫生健康委、市教育局、市文旅局", "bracket"),
        ("加强涉外法律服务。", "支持厦门国际商事法庭、厦门国际商事调解中心建设，为企业提供国际商事纠纷多元化解服务。", "市中级人民法院、市司法局", "bracket"),
        ("完善贸易摩擦应对机制。", "建立健全贸易摩擦预警和法律服务机制，指导企业积极应对反倾销、反补贴调查。", "市商务局、市司法局、市贸促会", "bracket"),
        ("优化外资企业诉求响应。", "依托12345便民服务平台开设外资企业诉求专线，实行首问负责和限时办结。", "市政务服务中心管委会、市商务局", "line"),
    ]),
    ("七、强化金融和要素支持", [
        ("扩大出口信用保险覆盖面。", "支持中国出口信用保险公司厦门分公司扩大小微外贸企业承保规模，对企业投保短期出口信用保险给予保费补助。", "市商务局、市财政局、中国信保厦门分公司", "bracket"),
        ("提升跨境结算便利化水平。", "推进跨境贸易投资高水平开放试点，支持银行为优质企业提供经常项目资金收付便利化服务。", "国家外汇管理局厦门市分局、人民银行厦门市分行", "bracket"),
        ("加大外贸企业融资支持。", "推广“关税保证保险”“出口退税贷”等金融产品，引导金融机构加大对中小外贸企业信贷投放。", "市委金融办、人民银行厦门市分行、国家金融监督管理总局厦门监管局", "bracket"),
        ("保障外贸外资项目用地。", "对符合条件的外资重大项目用地，优先纳入年度国土空间规划用地计划。", "市自然资源和规划局", "bracket"),
        ("加强外贸人才培育。", "支持在厦高校开设国际贸易、跨境电商等专业课程，建设跨境电商人才实训基地。", "市教育局、市人社局、市商务局", "line"),
    ]),
    ("八、加强组织实施", [
        ("强化统筹协调。", "依托市优化营商环境工作领导小组，建立外贸外资营商环境专项工作机制，协调解决重大问题。", "市商务局、市发展改革委", "bracket"),
        ("加强政策宣传解读。", "通过“政策直通车”、政企座谈会等方式开展政策宣讲，推动政策直达快享。", "市商务局、市市场监管局", "bracket"),
        ("开展政策实施评估。", "建立政策实施效果跟踪评估机制，每年开展一次第三方评估，根据评估结果动态调整完善政策措施。", "市商务局、市发展改革委", "bracket"),
        ("强化资金保障。", "统筹用好中央外经贸发展专项资金和市级商务发展专项资金，资金拨付实行“免申即享”“即申即享”。", "市财政局、市商务局", "bracket"),
        ("压实工作责任。", "各区、各责任单位要细化工作举措，明确时间节点，每半年将落实情况报送市商务局。", "各区人民政府、市直各有关单位", "line"),
    ]),
]


def build_xiamen():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    num_id = add_numbering(doc, "%1.", "decimal")

    # joint 版头 as a layout table: organ names left, merged "文件" right
    organs = ["厦门市商务局", "厦门市市场监督管理局", "厦门市发展和改革委员会"]
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        c = t.rows[i].cells[0]
        cell_text(c, o, XBS, 24, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(m, "文件", XBS, 40, False, WD_ALIGN_PARAGRAPH.CENTER, RED)
    set_col_widths(t, [Cm(11.8), Cm(3.6)])
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcPr.append(va)
    empty(doc, 1)
    p = add_par(doc, "厦商务〔2025〕47号", align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)

    notice_title = "厦门市商务局 厦门市市场监督管理局 厦门市发展和改革委员会关于印发《厦门市进一步优化外贸外资营商环境若干措施》的通知"
    add_par(doc, [("厦门市商务局  厦门市市场监督管理局", XBS, False), "BR",
                  ("厦门市发展和改革委员会关于印发", XBS, False), "BR",
                  ("《厦门市进一步优化外贸外资营商环境", XBS, False), "BR",
                  ("若干措施》的通知", XBS, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    add_par(doc, "各区商务局、市场监督管理局、发展和改革局，市直有关单位：",
            indent=False)
    n1 = ("为深入贯彻党中央、国务院关于稳外贸稳外资决策部署，落实省委、省政府和市委、市政府工作要求，"
          "持续打造市场化、法治化、国际化一流营商环境，经市政府同意，现将《厦门市进一步优化外贸外资营商环境若干措施》"
          "印发给你们，请结合实际认真组织实施。")
    n2 = "各区、各有关单位在执行过程中遇到的问题，请及时向市商务局反馈。"
    n3 = "（联系人：市商务局外贸发展处林晓峰，联系电话：0592-2851236）"
    add_par(doc, [(x, FS, False) for x in split_runs(n1)])
    add_par(doc, n2)
    add_par(doc, n3)
    empty(doc, 1)
    # 附件 line, hanging
    p = add_par(doc, "附件：厦门市进一步优化外贸外资营商环境若干措施")
    empty(doc, 3)
    # 落款 in a layout table (joint issuers), date below
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 0), "厦门市商务局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(lt.cell(0, 1), "厦门市市场监督管理局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(lt.cell(1, 1), "厦门市发展和改革委员会", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    add_par(doc, "2025年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    add_par(doc, [("附件", HT, False)], indent=False)
    empty(doc, 1)
    meas_title = "厦门市进一步优化外贸外资营商环境若干措施"
    add_par(doc, [("厦门市进一步优化外贸外资", XBS, False), "BR",
                  ("营商环境若干措施", XBS, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    intro = ("为深入贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》"
             "（国发〔2023〕11号）和福建省关于稳外贸稳外资的部署要求，进一步提升我市贸易投资自由化便利化水平，"
             "服务“一带一路”建设和新时代两岸融合发展，结合我市实际，制定以下措施。")
    add_par(doc, intro)
    clauses_m = [intro]
    n = 0
    for head, items in XIAMEN_SECTIONS:
        # section headings typed by hand, 黑体, trailing spaces
        add_par(doc, [(head + "  ", HT, False)])
        for (h, body, duty, mode) in items:
            n += 1
            tail = body + ("（责任单位：" + duty + "）" if mode == "bracket" else "")
            p = add_par(doc, [(h, FS, True)] + [(x, FS, False) for x in split_runs(tail)])
            set_num(p, num_id)
            if mode == "line":
                add_par(doc, [("责任单位：" + duty, KT, False)],
                        align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
                clauses_m.append(f"{n}." + h + tail + "\n责任单位：" + duty)
            else:
                clauses_m.append(f"{n}." + h + tail)
    closing = ("本措施自印发之日起施行，有效期至2028年5月19日。"
               "本措施由市商务局会同市市场监管局、市发展改革委负责解释。")
    add_par(doc, closing)
    clauses_m.append(closing)

    banji(doc, "市人民政府办公厅，厦门海关，国家税务总局厦门市税务局。",
          "厦门市商务局办公室", "2025年5月21日")

    path = os.path.join(HERE, "blind402_xiamen_tongzhi.docx")
    doc.save(path)
    issuers = ["厦门市商务局", "厦门市市场监督管理局", "厦门市发展和改革委员会"]
    exp = [
        {"meta": {
            "title": notice_title.replace(" ", ""),
            "doc_number": "厦商务〔2025〕47号",
            "issuer": issuers,
            "date": "2025-05-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [meas_title],
            "doc_type": "通知",
            "recipients": ["各区商务局、市场监督管理局、发展和改革局", "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": [n1, n2, n3]},
        {"meta": {
            "title": meas_title,
            "doc_number": None,
            "issuer": issuers,
            "date": "2025-05-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2025-05-20",
            "expires": "2028-05-19",
            "attachments": [],
            "doc_type": "措施",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": clauses_m},
    ]
    return path, exp


# ===================================================================
# Document 3: 郑州  (web copy with metadata box, 分工方案 with table,
#                    Word chineseCounting numbering （一）)
# ===================================================================
ZZ_ROWS = [
    ("推行企业开办“一件事”集成服务，全流程压缩至1个工作日内", "市市场监管局、市政务服务办", "2026年3月底前"),
    ("实施“高效办成一件事”重点事项清单，新增集成服务事项15项", "市政务服务办", "2026年12月底前"),
    ("推进工程建设项目审批制度改革，社会投资简易低风险项目审批时间压缩至15个工作日以内", "市城乡建设局、市自然资源和规划局", "2026年6月底前"),
    ("推行“标准地+承诺制”出让，新增工业用地“标准地”出让比例达到100%", "市自然资源和规划局", "持续推进"),
    ("优化水电气暖网联合报装，实现“一表申请、一窗受理”", "市城市管理局、国网郑州供电公司", "2026年6月底前"),
    ("推动中欧班列（中豫号）扩量提质，全年开行不少于1200列", "市商务局、郑州国际陆港开发建设有限公司", "2026年12月底前"),
    ("支持郑州航空港经济综合实验区建设，深化郑州—卢森堡“空中丝绸之路”合作", "郑州航空港经济综合实验区管委会、市商务局", "持续推进"),
    ("推动郑州新郑综合保税区、郑州经开综合保税区开展保税维修、保税研发业务", "郑州海关、市商务局", "2026年9月底前"),
    ("做强中国（郑州）跨境电子商务综合试验区，推广“9610”“9710”“9810”出口监管模式", "市商务局、郑州海关", "持续推进"),
    ("落实外商投资准入前国民待遇加负面清单管理制度，保障外资企业同等待遇", "市商务局、市发展改革委", "持续推进"),
    ("复制推广中国（河南）自由贸易试验区郑州片区制度创新成果", "郑州片区管委会、市商务局", "2026年12月底前"),
    ("推行涉企行政检查“扫码入企”，减少重复检查", "市司法局、市直各行政执法部门", "2026年6月底前"),
    ("动态调整“免罚轻罚”事项清单", "市司法局", "2026年3月底前"),
    ("推行信用修复“一口受理、协同修复”", "市发展改革委、市市场监管局", "2026年6月底前"),
    ("开展拖欠企业账款清理专项行动", "市工业和信息化局、市财政局", "2026年12月底前"),
    ("推行惠企政策“免申即享”，兑现事项不少于100项", "市发展改革委、市财政局、市政务服务办", "2026年9月底前"),
    ("扩大普惠小微贷款投放，增速不低于各项贷款增速", "市委金融办、人民银行河南省分行", "持续推进"),
    ("建设知识产权快速维权通道，专利预审周期压缩至3个月以内", "市市场监管局（市知识产权局）", "2026年12月底前"),
    ("完善12345热线涉企诉求快速响应机制，诉求办结率达到98%以上", "市政务服务办", "持续推进"),
    ("开展县（市、区）和开发区营商环境评价", "市发展改革委", "2026年11月底前"),
]


def build_zhengzhou():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, style="plain")
    cn_num = add_numbering(doc, "（%1）", "chineseCounting")

    # portal metadata box copied into Word
    meta = [("索引号：", "11410100MB1F38276K/2026-00008", "主题分类：", "综合政务\\营商环境"),
            ("发布机构：", "郑州市优化营商环境工作领导小组办公室", "成文日期：", "2026年01月15日"),
            ("文　　号：", "郑营商办〔2026〕3号", "发布日期：", "2026年01月20日")]
    mt = doc.add_table(rows=3, cols=4)
    all_borders(mt, 4)
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            cell_text(mt.cell(i, j), v, "宋体", 10.5, bold=(j % 2 == 0))
    set_col_widths(mt, [Cm(2.6), Cm(5.4), Cm(2.6), Cm(4.8)])
    empty(doc, 1)

    notice_title = "郑州市优化营商环境工作领导小组办公室关于印发郑州市2026年优化营商环境若干措施任务分工方案的通知"
    add_par(doc, [(notice_title, XBS, True)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, size=22)
    add_par(doc, "郑营商办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，各开发区管委会，市优化营商环境工作领导小组各成员单位：",
            indent=False)
    n1 = ("《郑州市2026年优化营商环境若干措施任务分工方案》已经市优化营商环境工作领导小组同意，"
          "现印发给你们，请认真贯彻落实。")
    n2 = ("各责任单位请于2026年1月31日前确定1名联络员，并将联络员信息报送市优化营商环境工作领导小组办公室"
          "（设在市发展改革委）。")
    n3 = "联系人：王璐；联系电话：0371-67186215。"
    for x in (n1, n2, n3):
        add_par(doc, [(y, FS, False) for y in split_runs(x)])
    empty(doc, 2)
    add_par(doc, "郑州市优化营商环境工作领导小组办公室", align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False)
    add_par(doc, "2026年1月15日\u3000\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False)
    add_par(doc, "（此件公开发布）")

    page_break(doc)
    fa_title = "郑州市2026年优化营商环境若干措施任务分工方案"
    add_par(doc, [(fa_title, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, size=22)
    empty(doc, 1)
    intro = ("为确保《郑州市2026年优化营商环境若干措施》（郑政办〔2025〕58号）各项任务落地见效，"
             "对标国际一流营商环境，推动我市营商环境持续优化提升，现制定任务分工方案如下。")
    add_par(doc, intro)
    clauses_f = [intro]
    add_par(doc, [("一、重点任务分工", HT, False)])

    t = doc.add_table(rows=1 + len(ZZ_ROWS), cols=4)
    all_borders(t, 6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "重点任务", "责任单位", "完成时限"]
    widths = [Cm(1.2), Cm(7.0), Cm(4.2), Cm(3.2)]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, HT, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, (task, duty, when) in enumerate(ZZ_ROWS, start=1):
        vals = [str(i), task, duty, when]
        for j, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(i, j), v, FS, 10.5, align=al, line=18)
        clauses_f.append(f"序号：{i}；重点任务：{task}；责任单位：{duty}；完成时限：{when}")
    set_col_widths(t, widths)
    empty(doc, 1)
    add_par(doc, [("二、工作要求", HT, False)])
    reqs = [
        ("压实工作责任。", "各责任单位主要负责同志要亲自研究部署，对照任务分工逐项制定落实举措，明确时间表、路线图，确保各项任务按期完成。涉及多个责任单位的，排在第一位的为牵头单位。"),
        ("加强调度督导。", "市优化营商环境工作领导小组办公室建立“月调度、季通报”工作机制，各责任单位于每月25日前报送当月任务进展情况。"),
        ("强化考核运用。", "任务完成情况纳入年度营商环境评价和目标管理绩效考核，对工作推进不力、进展滞后的单位，予以通报。"),
    ]
    for k, (h, b) in enumerate(reqs):
        p = add_par(doc, [(h, FS, True), (b, FS, False)])
        set_num(p, cn_num)
        clauses_f.append("（" + "一二三"[k] + "）" + h + b)

    path = os.path.join(HERE, "blind402_zhengzhou_fengong.docx")
    doc.save(path)
    issuer = ["郑州市优化营商环境工作领导小组办公室"]
    exp = [
        {"meta": {
            "title": notice_title,
            "doc_number": "郑营商办〔2026〕3号",
            "issuer": issuer,
            "date": "2026-01-15",
            "published": "2026-01-20",
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "各开发区管委会",
                           "市优化营商环境工作领导小组各成员单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": [n1, n2, n3]},
        {"meta": {
            "title": fa_title,
            "doc_number": None,
            "issuer": issuer,
            "date": "2026-01-15",
            "published": "2026-01-20",
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": clauses_f},
    ]
    return path, exp


def main():
    expected = {}
    for builder in (build_hefei, build_xiamen, build_zhengzhou):
        path, exp = builder()
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = exp
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
