# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 641: 12345 热线 / 好差评 通报 and 政务公开工作要点."""
import json
import os
import subprocess

from docx import Document
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
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """'\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    page_number_footer(sec)


_num_counter = [80]


def make_numbering(doc, numfmt, lvltext):
    """Create a Word numbering definition (single level) and return numId."""
    _num_counter[0] += 1
    nid = _num_counter[0]
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(nid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvltext), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(nid))
    num.append(an)
    numbering.append(num)
    return nid


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def clean(text):
    return text.replace("\n", "")


class Builder:
    def __init__(self):
        self.doc = Document()
        setup(self.doc)
        self.clauses = []

    # red 版头
    def header(self, organ, docno, use_table=False):
        d = self.doc
        for _ in range(2):
            fmt(d.add_paragraph(), indent=False)
        if use_table:
            t = d.add_table(rows=1, cols=1)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            c = t.cell(0, 0)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, organ, XBS, 30, False, RED)
            fmt(d.add_paragraph(), indent=False)
        else:
            p = fmt(d.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, False, exact=50)
            add_text(p, organ, XBS, 34, False, RED)
            fmt(d.add_paragraph(), indent=False)
        p = fmt(d.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, False, after=6)
        add_text(p, docno)
        red_rule(p)
        fmt(d.add_paragraph(), indent=False)

    def title(self, text):
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
        add_text(p, text, XBS, 22)
        fmt(self.doc.add_paragraph(), indent=False)

    def zhusong(self, text):
        p = fmt(self.doc.add_paragraph(), indent=False)
        add_text(p, text)

    def para(self, text, runin=None, runin_font=KT, runin_bold=True, clause=True):
        p = fmt(self.doc.add_paragraph())
        if runin:
            add_text(p, runin, runin_font, 16, runin_bold)
        add_text(p, text)
        if clause:
            self.clauses.append(clean((runin or "") + text))
        return p

    def h1(self, text, num_id=None):
        p = fmt(self.doc.add_paragraph())
        if num_id:
            apply_num(p, num_id)
        add_text(p, text, HT)

    def numbered(self, text, num_id, shown):
        """Word auto numbering; `shown` is what Word renders (e.g. '1.')."""
        p = fmt(self.doc.add_paragraph())
        apply_num(p, num_id)
        add_text(p, text)
        self.clauses.append(shown + clean(text))

    def table(self, header, rows, widths=None):
        d = self.doc
        t = d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, h, HT, 12)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p, v, FS, 12)
            self.clauses.append("；".join(
                "%s：%s" % (clean(h), clean(v)) for h, v in zip(header, row)))
        if widths:
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t

    def blank(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent=False)

    def line(self, text, align=None, indent=False, font=FS):
        p = fmt(self.doc.add_paragraph(), align, indent)
        add_text(p, text, font)
        return p

    def banji(self, chaosong, organ, date):
        d = self.doc
        self.blank(3)
        t = d.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = t.cell(0, 0).merge(t.cell(0, 1))
        add_text(top.paragraphs[0], chaosong, FS, 14)
        add_text(t.cell(1, 0).paragraphs[0], organ, FS, 14)
        p = t.cell(1, 1).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(p, date, FS, 14)
        # horizontal rules only (top / between / bottom)
        tblpr = t._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            borders.append(e)
        for side in ("left", "right", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tblpr.append(borders)

    def save(self, path):
        self.doc.save(path)


# ================================================================ doc 1: 合肥 12345 通报
def doc_hefei():
    b = Builder()
    b.header("合肥市人民政府办公室", "合政办秘〔2026〕17号")
    b.title("合肥市人民政府办公室关于2026年第一季度\n12345政务服务便民热线办理情况的通报")
    b.zhusong("各县（市）、区人民政府，市政府各部门、各直属机构：")
    b.para("为深入贯彻落实国务院办公厅《关于进一步优化地方政务服务便民热线的指导意见》和省委、省政府关于持续优化营商环境的部署要求，"
           "不断提升12345政务服务便民热线（以下简称12345热线）诉求办理质效，根据《合肥市12345政务服务便民热线管理办法》有关规定，"
           "市政府办公室对2026年第一季度全市12345热线办理情况进行了综合评估。现将有关情况通报如下：")
    b.h1("一、总体情况")
    b.para("2026年第一季度，全市12345热线共受理群众诉求98.65万件，同比增长6.3%。其中，电话渠道受理81.27万件，"
           "网站、微信、“皖事通”等网络渠道受理17.38万件；直接答复办结62.14万件，直接办结率63.0%；转派承办单位办理36.51万件，"
           "按时办结率99.12%，群众满意率96.35%，同比分别提高0.41个和1.27个百分点。")
    b.para("从诉求内容看，排名前五位的依次为城乡建设类（8.92万件）、劳动和社会保障类（5.47万件）、市场监管类（4.86万件）、"
           "交通运输类（3.95万件）和教育类（2.63万件）。受春节前后欠薪讨薪诉求集中、春季学期招生政策咨询增多等因素影响，"
           "劳动和社会保障类、教育类诉求环比分别上升21.4%和33.8%。")
    b.para("从涉企诉求看，12345热线企业服务专席共受理涉企诉求1.86万件，\n其中政策咨询类1.02万件、投诉举报类0.47万件、"
           "意见建议类0.37万件，涉企诉求按时办结率99.56%，企业满意率97.08%。")
    b.h1("二、各单位办理情况")
    b.para("按照《合肥市12345政务服务便民热线工作考核办法》，从受理量、按时办结率、满意率等维度对各县（市）区及开发区进行综合评价，排名情况如下：",
           runin="（一）县（市）区及开发区。")
    hdr = ["排名", "单位名称", "受理量（件）", "按时办结率", "满意率"]
    rows1 = [
        ["1", "庐阳区", "21863", "99.87%", "98.42%"],
        ["2", "包河区", "35417", "99.81%", "98.15%"],
        ["3", "肥西县", "24095", "99.76%", "97.93%"],
        ["4", "高新区", "9782", "99.74%", "97.88%"],
        ["5", "蜀山区", "33260", "99.65%", "97.51%"],
        ["6", "经开区", "12046", "99.58%", "97.20%"],
        ["7", "瑶海区", "28731", "99.40%", "96.84%"],
        ["8", "肥东县", "19954", "99.21%", "96.37%"],
        ["9", "新站高新区", "10378", "99.05%", "95.92%"],
        ["10", "长丰县", "16642", "98.86%", "95.40%"],
        ["11", "巢湖市", "15209", "98.47%", "94.76%"],
        ["12", "庐江县", "14318", "97.93%", "93.85%"],
    ]
    b.table(hdr, rows1, widths=[1.6, 4.2, 3.2, 3.2, 3.2])
    b.blank()
    b.para("对受理量排名前10位的市直单位及公共服务企业办理情况进行综合评价，排名情况如下：",
           runin="（二）市直单位及公共服务企业。")
    rows2 = [
        ["1", "市人力资源和社会保障局", "42156", "99.93%", "97.86%"],
        ["2", "市公安局", "38904", "99.90%", "97.62%"],
        ["3", "市住房保障和房产管理局", "31277", "99.84%", "96.95%"],
        ["4", "市供水集团", "26518", "99.79%", "96.71%"],
        ["5", "国网合肥供电公司", "23846", "99.72%", "96.58%"],
        ["6", "市教育局", "22471", "99.60%", "96.03%"],
        ["7", "市市场监督管理局", "29635", "99.47%", "95.86%"],
        ["8", "市城乡建设局", "24902", "99.18%", "94.97%"],
        ["9", "市交通运输局", "18713", "98.96%", "94.52%"],
        ["10", "市医疗保障局", "15087", "98.64%", "93.90%"],
    ]
    b.table(hdr, rows2, widths=[1.6, 5.6, 2.8, 2.6, 2.6])
    b.blank()
    b.h1("三、表扬和批评情况")
    b.para("庐阳区、包河区、肥西县、高新区、蜀山区和市人力资源和社会保障局、市公安局、市住房保障和房产管理局、市供水集团、"
           "国网合肥供电公司等10家单位诉求办理及时规范、群众满意度高，予以通报表扬。",
           runin="（一）通报表扬。")
    b.para("庐江县、巢湖市、市医疗保障局、市交通运输局等4家单位存在按时办结率偏低、重复投诉较多、回复内容不规范等问题，予以通报批评；"
           "长丰县、新站高新区、市城乡建设局等3家单位满意率低于全市平均水平，予以提醒。请上述单位认真查找原因，"
           "于2026年4月30日前将整改情况书面报送市数据资源局。",
           runin="（二）通报批评。")
    b.h1("四、典型问题")
    b.para("第一季度，通过工单回访、重复诉求分析和“好差评”核查，发现部分单位在诉求办理中仍存在推诿扯皮、简单答复、"
           "“先办结后办理”等问题，现选取部分典型案例通报如下：")
    b.para("2026年1月至3月，瑶海区某小区居民先后7次来电反映：“小区3号楼电梯多次困人，申请动用维修资金已经两个多月，"
           "街道、社区和物业互相推，到现在也没人管。”承办单位多次以“正在协调中”答复并申请办结，直至市12345热线督办后才启动应急维修程序，"
           "群众对办理过程不满意。",
           runin="（一）物业维修资金申请诉求久拖不决。", runin_font=FS, runin_bold=True)
    b.para("2月5日，一名农民工来电反映：“在巢湖市某工地干了四个月，老板拖欠工资3.6万元，快过年了一分钱没拿到。”"
           "承办单位仅将诉求转至项目施工方，未跟踪核实支付情况即回复“已办结”，群众二次来电投诉后才由劳动保障监察部门立案处理。",
           runin="（二）欠薪诉求“一转了之”。", runin_font=FS, runin_bold=True)
    b.para("3月18日，庐江县某村村民来电反映：“我们村口新建的养殖场臭味很大，晚上根本没法开窗。”承办单位答复内容仅为"
           "“已转交相关部门处理”，未说明核查结论和处理措施，回访显示群众不满意，该工单已被退回重办。",
           runin="（三）答复内容避重就轻。", runin_font=FS, runin_bold=True)
    b.h1("五、下一步工作要求")
    b.para("各单位主要负责同志要定期听取热线工作汇报，分管负责同志要加强对重点、难点诉求的调度，对群众反映强烈、多次来电的诉求，"
           "要实行领导包案、挂图作战，坚决杜绝推诿扯皮、敷衍应付。", runin="（一）压实办理责任。")
    b.para("各单位要严格执行“1个工作日签收、5个工作日办结”的时限要求，对确需延期办理的，应当说明理由并及时告知诉求人；"
           "严禁未办先结、虚假办结，对“先办结后办理”等问题一经查实，在季度考核中予以扣分。", runin="（二）提升办理质效。")
    b.para("各单位要用好12345热线数据资源，围绕欠薪讨薪、物业管理、教育招生等高频诉求开展专题分析，推动从“解决一件事”向"
           "“办好一类事”转变，每季度末向市数据资源局报送诉求分析报告。", runin="（三）强化分析研判。")
    b.para("市数据资源局要会同市政府督查室对重复投诉、超时办理、群众不满意工单开展专项督办，对问题突出的单位进行约谈，"
           "督办情况纳入年度目标管理绩效考核。", runin="（四）加强督办问责。")
    b.para("联系人：市数据资源局热线管理处，王晓军，电话：0551-63536178。")
    b.blank()
    b.line("附件：2026年第一季度12345热线重复诉求工单清单", indent=True)
    b.blank(3)
    b.line("                              合肥市人民政府办公室")
    b.line("                                2026年4月10日")
    b.line("（此件公开发布）", indent=True)
    b.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。",
            "合肥市人民政府办公室", "2026年4月10日印发")
    meta = {
        "title": "合肥市人民政府办公室关于2026年第一季度12345政务服务便民热线办理情况的通报",
        "doc_number": "合政办秘〔2026〕17号",
        "issuer": ["合肥市人民政府办公室"],
        "date": "2026-04-10",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年第一季度12345热线重复诉求工单清单"],
        "doc_type": "通报",
        "recipients": ["各县（市）、区人民政府", "市政府各部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 2: 无锡 政务公开工作要点
def doc_wuxi():
    b = Builder()
    b.header("无锡市人民政府办公室", "锡政办发〔2026〕12号")
    b.title("无锡市人民政府办公室关于印发无锡市\n2026年政务公开工作要点的通知")
    b.zhusong("各市（县）、区人民政府，市各委办局，市各直属单位：")
    b.para("《无锡市2026年政务公开工作要点》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    b.para("各地各部门要将政务公开工作纳入重要议事日程，对照要点细化工作任务，明确责任分工和完成时限，"
           "确保各项任务按时保质完成。")
    notice_clauses = list(b.clauses)
    b.blank(3)
    b.line("                              无锡市人民政府办公室")
    b.line("                                2026年3月20日")
    b.line("（此件公开发布）", indent=True)
    # ---- 要点 starts on a new page
    b.clauses = []
    b.title("无锡市2026年政务公开工作要点")
    b.doc.paragraphs[-2].paragraph_format.page_break_before = True
    cn = make_numbering(b.doc, "chineseCounting", "%1、")
    b.para("2026年是“十五五”规划的开局之年。做好今年政务公开工作，要坚持以习近平新时代中国特色社会主义思想为指导，"
           "全面贯彻党的二十大和二十届历次全会精神，认真落实国务院办公厅和省政府办公厅关于政务公开工作的部署要求，"
           "围绕市委、市政府中心工作，以公开促落实、促规范、促服务，为奋力谱写“强富美高”新无锡现代化建设新篇章提供有力支撑。")
    b.h1("聚焦高质量发展，加强政策发布解读", num_id=cn)
    b.para("围绕“十五五”规划纲要实施，及时公开年度重点任务、重大项目和民生实事项目清单，按季度公开推进情况。"
           "（责任单位：市发展改革委、市政府办公室，各市（县）、区人民政府）",
           runin="（一）做好重大决策部署公开。")
    b.para("依托市政府门户网站“惠企政策”专区，分类集成发布财税金融、科技创新、外贸外资、人才就业等涉企政策，"
           "2026年6月底前实现市级现行有效涉企政策“一站查询、精准推送”。（责任单位：市工业和信息化局、市商务局、市数据局）",
           runin="（二）加强涉企政策集中发布。")
    b.para("重点做好以下工作：", runin="（三）深化政策解读回应。")
    b.para("1.严格落实政策文件与解读材料同步组织、同步审签、同步部署要求，市政府及市政府办公室印发的行政规范性文件解读率达到100%。")
    b.para("2.推行图表图解、短视频、场景化问答等多元解读方式，部门主要负责同志带头解读重大政策每年不少于1次。")
    b.para("3.对涉及外商投资、跨境电商、中欧班列等开放型经济领域的政策，同步发布英文版本或双语解读，提升政策国际传播效果。"
           "（责任单位：市商务局、市政府外办、市口岸办）")
    b.h1("聚焦惠民利民，深化重点领域信息公开", num_id=cn)
    b.para("聚焦教育、医疗、养老、住房、就业等群众关切，细化公开义务教育招生入学、医保待遇调整、保障性住房分配、重点群体就业帮扶等信息，"
           "做到应公开尽公开。（责任单位：市教育局、市卫生健康委、市民政局、市住房城乡建设局、市人力资源社会保障局、市医保局）",
           runin="（一）推进民生领域信息公开。")
    b.para("督促供水、供电、供气、公共交通等公共企事业单位依法公开收费标准、办事流程、服务承诺和投诉渠道，"
           "2026年9月底前完成一轮公开情况检查。（责任单位：市有关主管部门）",
           runin="（二）加强公共企事业单位信息公开。")
    b.para("及时公开中国（江苏）自由贸易试验区联动创新区、无锡高新区综合保税区、江阴综合保税区建设进展和制度创新成果，"
           "集中发布中欧（亚）班列开行、跨境电子商务综合试验区建设等信息。（责任单位：市商务局、市口岸办，新吴区、江阴市人民政府）",
           runin="（三）做好开放平台信息公开。")
    b.h1("聚焦便民高效，推动政务公开与政务服务融合", num_id=cn)
    b.para("将12345政务服务便民热线高频咨询事项纳入政策问答库，每季度更新一次；对热线反映集中的政策执行问题，"
           "相关单位要在10个工作日内通过政府网站或政务新媒体作出公开回应。（责任单位：市数据局，市各有关部门）",
           runin="（一）推动12345热线与政务公开融合。")
    b.para("按季度公开政务服务“好差评”数据和12345热线受理量、按时办结率、满意率等办理情况，差评整改情况全部公开，"
           "接受社会监督。（责任单位：市数据局、市政务服务管理办公室）",
           runin="（二）公开“好差评”和热线办理情况。")
    b.para("在各级政务服务中心设置政务公开专区，提供政策查询、信息公开申请受理、政策咨询等服务，"
           "2026年底前实现市、县、镇三级政务公开专区标准化建设全覆盖。（责任单位：市政务服务管理办公室，各市（县）、区人民政府）",
           runin="（三）优化政务公开专区服务。")
    b.h1("聚焦规范管理，夯实政务公开工作基础", num_id=cn)
    b.para("严格执行《中华人民共和国政府信息公开条例》，规范受理、登记、审查、答复等环节，提升答复质量，"
           "减少因答复不规范引发的行政复议和行政诉讼案件。（责任单位：市政府办公室、市司法局，市各有关部门）",
           runin="（一）依法办理政府信息公开申请。")
    b.para("落实政府网站和政务新媒体常态化监管要求，每季度开展一次全面检查，对内容更新不及时、互动回应不到位的，"
           "予以通报并督促整改。（责任单位：市政府办公室、市委网信办）",
           runin="（二）加强政府网站和政务新媒体管理。")
    b.para("2026年10月底前完成市级现行有效行政规范性文件的集中清理和标注工作，在市政府门户网站统一公开并动态更新。"
           "（责任单位：市司法局、市政府办公室）",
           runin="（三）健全政策文件库。")
    b.h1("加强组织保障", num_id=cn)
    b.para("各地各部门要高度重视政务公开工作，明确分管负责同志和工作机构，配齐配强工作人员。市政府办公室将加强对本要点落实情况的跟踪评估，"
           "评估结果纳入高质量发展综合绩效评价。各单位要于2026年12月10日前将本要点落实情况报送市政府办公室（政务公开科）。")
    yaodian_clauses = list(b.clauses)
    b.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，无锡军分区，市监委，市法院，市检察院。",
            "无锡市人民政府办公室", "2026年3月20日印发")
    meta1 = {
        "title": "无锡市人民政府办公室关于印发无锡市2026年政务公开工作要点的通知",
        "doc_number": "锡政办发〔2026〕12号",
        "issuer": ["无锡市人民政府办公室"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "无锡市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市（县）、区人民政府", "市各委办局", "市各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta2 = {
        "title": "无锡市2026年政务公开工作要点",
        "doc_number": None,
        "issuer": ["无锡市人民政府办公室"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "无锡市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "要点",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, [{"meta": meta1, "clauses": notice_clauses},
               {"meta": meta2, "clauses": yaodian_clauses}]


# ================================================================ doc 3: 苏州工业园区 好差评 通报
def doc_sip():
    b = Builder()
    b.header("苏州工业园区管理委员会办公室", "苏园管办〔2026〕21号", use_table=True)
    b.title("苏州工业园区管理委员会办公室关于\n2026年第一季度政务服务“好差评”\n及12345热线工单办理情况的通报")
    b.zhusong("各街道，园区各部门、各直属单位，各驻区机构：")
    b.para("为进一步提升园区政务服务水平，推动政务服务“好差评”和12345热线诉求办理提质增效，园区行政审批局（政务服务中心）"
           "对2026年第一季度全区政务服务评价和12345热线工单办理情况进行了统计分析。现将有关情况通报如下：")
    b.h1("一、总体情况")
    b.para("第一季度，园区政务服务“好差评”系统共收到评价数据31.84万条，其中“非常满意”“满意”评价31.62万条，好评率99.31%；"
           "“基本满意”评价1826条；“不满意”“非常不满意”差评372条，差评整改率100%，差评回访满意率92.47%。",
           runin="（一）政务服务“好差评”情况。")
    b.para("第一季度，园区共承办12345热线工单4.27万件，同比增长4.8%，按时办结率99.46%，满意率96.92%。其中，涉企诉求工单6853件，"
           "主要集中在人才政策、外商投资企业设立登记、跨境电商通关和综合保税区业务咨询等方面，涉企工单满意率97.65%。",
           runin="（二）12345热线工单办理情况。")
    b.h1("二、各单位办理情况")
    b.para("第一季度，各街道及相关部门12345热线工单办理情况排名如下：")
    hdr = ["排名", "单位名称", "受理量\n（件）", "按时办结率", "满意率"]
    rows = [
        ["1", "金鸡湖街道", "5126", "99.96%", "98.47%"],
        ["2", "园区行政审批局\n（政务服务中心）", "3872", "99.92%", "98.30%"],
        ["3", "斜塘街道", "4580", "99.85%", "97.96%"],
        ["4", "园区市场监督管理局", "3215", "99.81%", "97.52%"],
        ["5", "娄葑街道", "6037", "99.70%", "97.18%"],
        ["6", "园区人力资源和社会保障局", "4408", "99.55%", "96.83%"],
        ["7", "胜浦街道", "2164", "99.32%", "96.20%"],
        ["8", "园区规划建设委员会", "3751", "99.04%", "95.46%"],
        ["9", "唯亭街道", "4926", "98.71%", "94.88%"],
        ["10", "园区交通运输局", "1983", "98.25%", "93.61%"],
    ]
    b.table(hdr, rows, widths=[1.6, 5.6, 2.4, 2.8, 2.8])
    b.blank()
    b.h1("三、表扬和批评情况")
    b.para("金鸡湖街道、园区行政审批局（政务服务中心）、斜塘街道、园区市场监督管理局等4家单位好评率和热线满意率均位居前列，予以通报表扬。"
           "园区政务服务中心综合窗口徐婷婷、企业服务专区陈浩、不动产登记窗口刘佳等3名工作人员多次收到群众点名表扬，予以通报表扬。",
           runin="（一）表扬情况。")
    b.para("园区交通运输局、唯亭街道等2家单位按时办结率低于99%，予以通报批评；园区规划建设委员会存在差评整改不到位问题，予以提醒。",
           runin="（二）批评情况。")
    b.h1("四、典型差评和工单案例")
    b.para("1月22日，某外资企业办事人员在办理外商投资企业变更登记后给出差评并留言：“材料前后补了三次，每次窗口说的都不一样，"
           "来回跑了三趟。”经核查，窗口工作人员未按要求一次性告知所需材料，已对相关人员进行批评教育并组织业务培训。",
           runin="（一）“一次告知”不到位。")
    b.para("2月27日，一名企业负责人通过12345热线反映：“按照答复准备了综保区跨境电商网购保税进口的备案材料，到现场才知道政策已经调整。”"
           "经核查，承办人员引用了已失效的操作指引，工单已退回重办并向企业致歉。",
           runin="（二）跨境电商业务咨询答复不准确。")
    b.para("3月9日，唯亭街道某小区居民反映：“小区门口道路施工围挡一个多月了，晚上没有照明，老人孩子走路很危险。”"
           "承办单位仅答复“该工程属于市政项目，已按规定审批”，未回应照明和安全隐患问题，群众评价不满意。",
           runin="（三）工单答复“答非所问”。")
    b.h1("五、工作要求")
    dn = make_numbering(b.doc, "decimal", "%1.")
    b.numbered("各单位要对照本通报，逐条分析差评和不满意工单产生原因，于2026年4月30日前将整改情况报送园区行政审批局。", dn, "1.")
    b.numbered("严格落实“好差评”差评回访整改制度，对实名差评做到100%回访、100%整改，整改结果及时反馈评价人。", dn, "2.")
    b.numbered("严格执行首问负责、一次性告知和限时办结制度，对涉及外商投资、跨境电商、综合保税区等涉企事项，要指定专人跟踪办理，"
               "确保答复准确、政策口径统一。", dn, "3.")
    b.numbered("各街道要加强对辖区内重复工单、超时工单的跟踪督办，对群众反映集中的问题，建立问题清单、责任清单和整改清单，实行销号管理。",
               dn, "4.")
    b.numbered("园区行政审批局要会同园区纪工委（监察工作委员会）对差评整改不到位、工单办理敷衍塞责的情况开展专项监督，"
               "监督结果纳入年度绩效考核。", dn, "5.")
    b.blank()
    b.line("附件：1.2026年第一季度政务服务“好差评”差评工单整改情况表", indent=True)
    b.line("          2.2026年第一季度12345热线超时工单清单")
    b.blank(3)
    p = b.line("苏州工业园区管理委员会办公室      ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = b.line("2026年4月16日          ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.banji("抄送：园区党工委办公室，园区纪工委、监察工作委员会。",
            "苏州工业园区管理委员会办公室", "2026年4月16日印发")
    meta = {
        "title": "苏州工业园区管理委员会办公室关于2026年第一季度政务服务“好差评”及12345热线工单办理情况的通报",
        "doc_number": "苏园管办〔2026〕21号",
        "issuer": ["苏州工业园区管理委员会办公室"],
        "date": "2026-04-16",
        "published": None,
        "level": "zone",
        "region": "苏州工业园区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年第一季度政务服务“好差评”差评工单整改情况表",
                        "2026年第一季度12345热线超时工单清单"],
        "doc_type": "通报",
        "recipients": ["各街道", "园区各部门、各直属单位", "各驻区机构"],
        "publicity": None,
        "repeals": None,
    }
    return b, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for stem, fn in (("blind641_hefei_tongbao", doc_hefei),
                     ("blind641_wuxi_yaodian", doc_wuxi),
                     ("blind641_suzhougongyeyuanqu_tongbao", doc_sip)):
        b, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_641", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
