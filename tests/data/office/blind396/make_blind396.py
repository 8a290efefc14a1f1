# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 396: 自贸试验区制度创新最佳实践案例汇编."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
BR = object()  # soft line break marker


def set_font(run, name=FS, size=16, bold=False, color=None):
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


def border_bottom(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.insert(0, b)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


class Builder:
    def __init__(self, stem, page_style="— {} —"):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.cur = None
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self._footer(sec, page_style)

    def _footer(self, sec, page_style):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = page_style.split("{}")
        r = fp.add_run(pre)
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        r._r.append(f1)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._r.append(it)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "end")
        r._r.append(f2)
        r = fp.add_run(post)
        set_font(r, "宋体", 14)

    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    def p(self, runs, font=FS, size=16, bold=False, align=None, indent=True,
          clause=False, color=None, spacing=28, page_break_before=False,
          extra_clause_prefix=""):
        """runs: str or list of str / (str, dict) / BR."""
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if page_break_before:
            pf.page_break_before = True
        if align is not None:
            para.alignment = align
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if isinstance(runs, str):
            runs = [runs]
        text = ""
        for item in runs:
            if item is BR:
                r = para.add_run()
                r.add_break(WD_BREAK.LINE)
                continue
            if isinstance(item, tuple):
                t, kw = item
            else:
                t, kw = item, {}
            r = para.add_run(t)
            set_font(r, kw.get("font", font), kw.get("size", size),
                     kw.get("bold", bold), kw.get("color", color))
            text += t
        if clause:
            self.clause(extra_clause_prefix + text)
        return para

    def empty(self, n=1):
        for _ in range(n):
            self.p("", indent=False)

    def grid_table(self, header, rows, widths=None, clause=True, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate([header] + rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                para = c.paragraphs[0]
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = para.add_run(val)
                set_font(r, HT if i == 0 else FS, size, bold=False)
            if i > 0 and clause:
                self.clause("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            set_col_widths(t, widths)
        return t

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def add_numbering(doc, num_id=90):
    """Word automatic numbering 一、二、三、 (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    absxml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    )
    absnum = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
    )
    numbering.append(num)
    return num_id


def set_num(para, num_id):
    ppr = para._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def banji(b, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 / 印发 lines with rules."""
    b.empty(2)
    p = b.p(chaosong, size=14, indent=False, spacing=26)
    border_top(p, sz=8)
    p.paragraph_format.left_indent = Pt(14)
    p = b.p([yinfa_org, ("　" * 2, {}), yinfa_date], size=14, indent=False, spacing=26)
    border_top(p, sz=4)
    border_bottom(p, color="000000", sz=8)
    p.paragraph_format.left_indent = Pt(14)


def case_meta_from(notice_meta, title):
    m = copy.deepcopy(notice_meta)
    m.update({
        "title": title,
        "doc_number": None,
        "attachments": [],
        "doc_type": "汇编",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "published": None,
        "effective": None,
        "expires": None,
    })
    return m


# ---------------------------------------------------------------------------
# Document 1: 福建省自贸办 — bold run-in labels （一）主要做法。
# ---------------------------------------------------------------------------
def make_fujian():
    b = Builder("blind396_fujian_tongzhi")
    org = "福建省自由贸易试验区工作领导小组办公室"
    hj_title = "中国（福建）自由贸易试验区2025年度制度创新最佳实践案例汇编"
    title = f"{org}关于印发《{hj_title}》的通知"
    meta = {
        "title": title,
        "doc_number": "闽自贸办〔2026〕3号",
        "issuer": [org],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [hj_title],
        "doc_type": "通知",
        "recipients": ["福州片区管委会", "厦门片区管委会", "平潭片区管委会", "省直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    b.start(meta)
    b.empty(1)
    b.p(org + "文件", font=XBS, size=20, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, spacing=40)
    b.empty(1)
    p = b.p("闽自贸办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=18)
    b.empty(1)
    # title broken by a soft line break
    b.p([org + "关于印发《中国（福建）自由贸易试验区", BR,
         "2025年度制度创新最佳实践案例汇编》的通知"],
        font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=34)
    b.empty(1)
    b.p("福州、厦门、平潭片区管委会，省直有关单位：", indent=False)
    b.p("2025年，中国（福建）自由贸易试验区坚持以制度创新为核心，聚焦深化两岸融合发展、"
        "服务“一带一路”建设和推进高水平制度型开放，累计推出制度创新成果86项，其中全国首创成果21项。"
        "经各片区申报、第三方评估和省自贸试验区工作领导小组办公室审定，遴选出“船舶登记‘一件事’集成服务”"
        "等5项制度创新成果作为2025年度最佳实践案例。现将《中国（福建）自由贸易试验区2025年度制度创新"
        "最佳实践案例汇编》印发给你们，并就有关事项通知如下：", clause=True)
    items = [
        ("一、认真学习借鉴。", "各片区要组织相关部门认真研究案例的主要做法和实践效果，结合本片区功能定位和产业特点，"
         "对标学习、举一反三，推动形成更多首创性、差异化改革成果。"),
        ("二、加快复制推广。", "省直有关单位要按照职责分工，对案例中可在全省范围内复制推广的改革事项，"
         "于2026年3月底前制定推广工作方案，明确推广范围、责任主体和时间节点，推动改革成果在全省"
         "自贸试验区联动创新区和综合保税区落地见效。"),
        ("三、强化跟踪评估。", "各片区管委会要建立案例实施情况跟踪机制，及时总结推广过程中出现的新情况新问题，"
         "持续迭代优化改革举措。复制推广情况请于2026年6月30日、12月31日前分两次报送"
         "省自贸试验区工作领导小组办公室。"),
        ("四、加强宣传推介。", "各地各部门要通过政务网站、新闻发布会等多种形式，加大对最佳实践案例的宣传解读力度，"
         "讲好自贸试验区改革创新故事，营造良好舆论氛围。"),
        ("五、完善激励机制。", "省自贸试验区工作领导小组办公室将把案例复制推广情况纳入各片区年度考核评估内容，"
         "对复制推广成效明显的单位予以通报表扬，对推进不力的予以督促提醒。"),
        ("六、做好风险防控。", "各片区在复制推广过程中要同步建立健全风险防控机制，坚持“放管结合、放管并重”，"
         "守牢安全底线，确保改革试点风险可控。"),
    ]
    for head, body in items:
        b.p([(head, {"font": HT}), body], clause=True)
    b.p("联系人及电话：省商务厅（省自贸办）综合协调处　陈立华，0591－87851326。", clause=True)
    b.empty(1)
    b.p("附件：中国（福建）自由贸易试验区2025年度制度创新", indent=True)
    b.p("　　　　　最佳实践案例汇编", indent=True)
    b.empty(3)
    # 落款 aligned with typed full-width spaces
    b.p("　" * 6 + org, indent=False)
    b.p("　" * 15 + "2026年1月20日", indent=False)
    b.empty(1)
    b.p("（此件公开发布）", indent=True)

    # ---------------- 汇编 ----------------
    b.start(case_meta_from(meta, hj_title))
    b.p("附件", font=HT, indent=False, page_break_before=True)
    b.empty(1)
    # cover title split across two paragraphs
    b.p("中国（福建）自由贸易试验区", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, spacing=34)
    b.p("2025年度制度创新最佳实践案例汇编", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, spacing=34)
    b.empty(1)
    b.p("目　　录", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    toc = [
        "案例一　船舶登记“一件事”集成服务改革",
        "案例二　跨境电商出口海外仓“离境即退税”监管模式",
        "案例三　台胞台企“一站式”涉台法律服务机制",
        "案例四　中欧班列（厦门）“铁路快通”多式联运监管模式",
        "案例五　综合保税区“保税维修+再制造”全产业链监管创新",
    ]
    for t in toc:
        b.p(t, indent=False)

    def case_head(title, unit, first=False):
        b.p(title, font=HT, indent=False, page_break_before=first)
        b.p(unit, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def runin(label, text, font=KT):
        b.p([(label, {"font": font, "bold": True}), text], clause=True)

    # 案例一
    case_head(toc[0], "（福州片区管委会报送）", first=True)
    runin("（一）主要做法。", "福州片区联合福建海事局、马尾区行政服务中心，将船舶国籍登记、船舶所有权登记、船舶检验、"
          "最低安全配员证书核发等7个事项整合为“船舶登记一件事”，实行“一表申请、一窗受理、并联审批、一次办结”。"
          "一是整合申请材料，将原来分散在4个部门的23份材料精简为1张综合申请表和9份必要材料；二是推行并联审批，"
          "依托“闽政通”平台实现海事、检验、税务等部门信息实时共享；三是推行“承诺+容缺”办理，"
          "对非核心材料缺失的，申请人书面承诺后先行受理。")
    runin("（二）实践效果。", "改革实施以来，船舶登记办理时限由平均15个工作日压缩至3个工作日，申请材料精简60.9%，"
          "企业跑动次数由5次减少为1次。截至2025年11月，累计为217家航运企业办理船舶登记业务1046艘次，"
          "为企业节约办事成本约1300万元。")
    runin("（三）复制推广情况。", "该做法已在福建省内厦门、泉州、宁德等沿海地市海事部门复制推广，"
          "并被交通运输部海事局列入2025年度“海事政务服务优化”典型经验。")
    b.empty(1)

    # 案例二: label on its own line, then hand-typed 1. 2. 3.
    case_head(toc[1], "（厦门片区管委会报送）")
    b.p([("（一）主要做法", {"font": KT, "bold": True})])
    sub = [
        ("1.建立“仓单+订单”双核验机制。", "厦门片区联合厦门海关、国家税务总局厦门市税务局，依托国际贸易“单一窗口”"
         "跨境电商公共服务平台，对海外仓出口货物实行报关单、海外仓入仓单与境外销售订单三单比对，"
         "数据自动推送至税务部门。"),
        ("2.实行出口退税“离境即退”。", "对符合条件的跨境电商出口海外仓企业，货物离境并完成结关后，"
         "税务部门依据海关电子信息和海外仓入仓数据先行办理退税，不再等待境外实际销售完成。"),
        ("3.构建信用分级管理体系。", "根据企业纳税信用等级、海关信用等级和海外仓运营规模，将企业分为A、B、C三类，"
         "实施差异化监管，A类企业退税审核时间压缩至1个工作日。"),
    ]
    for head, body in sub:
        b.p([(head, {"bold": True}), body], clause=True)
    # soft line break in the middle of a sentence
    p = b.p([("（二）实践效果。", {"font": KT, "bold": True}),
             "截至2025年10月，厦门片区已有138家跨境电商企业适用该模式，累计办理出口退税9.6亿元，企业平均退税",
             BR, "时间由20天缩短至3天，资金周转效率提高约85%。"], clause=True)
    runin("（三）复制推广情况。", "该模式已于2025年9月在福州、平潭片区复制推广，"
          "并被商务部列入跨境电商综合试验区典型经验做法。")
    b.empty(1)

    # 案例三
    case_head(toc[2], "（平潭片区管委会报送）")
    runin("（一）主要做法。", "平潭片区整合平潭综合实验区人民法院、仲裁委员会、公证处及台湾地区执业律师资源，"
          "设立两岸法律服务中心，为台胞台企提供调解、仲裁、公证、法律咨询等“一站式”服务。"
          "聘任42名台湾地区居民担任特邀调解员、陪审员，探索适用台湾地区商事惯例解决涉台纠纷，"
          "建立涉台案件诉调对接、裁审衔接机制。")
    runin("（二）实践效果。", "2025年，中心共受理涉台商事纠纷312件，调解成功率达78.5%，平均处理周期由92天缩短至35天；"
          "为台胞台企提供法律咨询1800余人次，服务台资企业640余家。")
    runin("（三）复制推广情况。", "该机制已在福州、厦门片区及漳州台商投资区复制推广，"
          "相关经验入选最高人民法院涉台司法服务典型案例。")
    b.empty(1)

    # 案例四: with a data table
    case_head(toc[3], "（厦门片区管委会报送）")
    runin("（一）主要做法。", "厦门片区联合厦门海关、中国铁路南昌局集团有限公司，在中欧班列（厦门）推行“铁路快通”模式，"
          "进出口货物在海沧铁路货场与内陆口岸之间实现“一次申报、一次查验、一次放行”。"
          "通过铁路舱单与海关监管系统数据交互，实现班列运输途中货物状态实时监控，货物抵达口岸后直接换装出境，"
          "无需办理转关手续。同时，推动“海铁联运”与“铁路快通”衔接，为台湾地区、东南亚经厦门中转至中亚、"
          "欧洲的货物提供全程物流服务。")
    runin("（二）实践效果。", "改革前后主要指标对比如下：")
    b.grid_table(["指标", "改革前", "改革后", "变化情况"], [
        ["单列通关时间", "约36小时", "约4小时", "压缩88.9%"],
        ["单柜物流成本", "约2800元", "约1600元", "降低42.9%"],
        ["2025年1—10月开行班列", "—", "326列", "同比增长27.3%"],
    ], widths=[5.0, 3.2, 3.2, 4.0])
    runin("（三）复制推广情况。", "该模式已在中欧班列（福州）和闽西南铁路口岸复制推广，"
          "并纳入海关总署推进中欧班列高质量发展的支持措施。")
    b.empty(1)

    # 案例五: practice paragraph continues in a second paragraph
    case_head(toc[4], "（福州片区管委会报送）")
    runin("（一）主要做法。", "依托福州综合保税区，片区联合福州海关、省商务厅，在全国率先对航空发动机零部件、"
          "工程机械等产品开展“保税维修+再制造”一体化监管。")
    b.p("一是实行“一企一策”备案管理，企业凭维修合同即可办理业务备案；二是建立维修物料、旧件、再制造产品的"
        "全流程信息化台账，实现“进、出、存、转”动态核销；三是对维修产生的边角料、坏件按固体废物管理规定"
        "分类处置，确保环境安全。", clause=True)
    runin("（二）实践效果。", "2025年，福州综合保税区保税维修业务进出口货值达27.4亿元，同比增长46.2%，"
          "带动新增就业岗位1200余个，吸引8家维修再制造企业落户。")
    runin("（三）复制推广情况。", "该做法已在厦门海沧港综合保税区、泉州综合保税区复制推广。下一步，"
          "将争取将再制造产品目录扩大至医疗器械、船舶配件等领域。")

    banji(b, "抄送：商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政协办公厅。",
          org, "2026年1月22日印发")
    return b


# ---------------------------------------------------------------------------
# Document 2: 重庆 joint notice — 【案例名称】【主要做法】 labels
# ---------------------------------------------------------------------------
def make_chongqing():
    b = Builder("blind396_chongqing_tongzhi", page_style="— {} —")
    orgs = ["重庆市商务委员会", "重庆市发展和改革委员会"]
    hj_title = "中国（重庆）自由贸易试验区第七批制度创新最佳实践案例汇编"
    title = f"关于印发{hj_title}的通知"
    meta = {
        "title": title,
        "doc_number": "渝商务发〔2025〕58号",
        "issuer": orgs,
        "date": "2025-12-18",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [hj_title],
        "doc_type": "通知",
        "recipients": ["两江片区管委会", "西永片区管委会", "果园港片区管委会",
                       "各区县（自治县）商务主管部门", "各区县（自治县）发展改革委", "市级有关部门"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    b.start(meta)
    b.empty(1)
    # joint 版头 as a borderless layout table: two organ names left, 文件 right (merged)
    t = b.doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(orgs):
        c = t.cell(i, 0)
        c.width = Cm(11.5)
        para = c.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = para.add_run(name)
        set_font(r, XBS, 22, color=RED)
    set_col_widths(t, [11.5, 3.5])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(3.5)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para = m.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run("文件")
    set_font(r, XBS, 32, color=RED)
    b.empty(1)
    p = b.p("渝商务发〔2025〕58号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=18)
    b.empty(1)
    b.p("关于印发中国（重庆）自由贸易试验区", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, spacing=34)
    b.p("第七批制度创新最佳实践案例汇编的通知", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, spacing=34)
    b.empty(1)
    b.p("中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区管委会，各区县（自治县）商务主管部门、"
        "发展改革委，市级有关部门：", indent=False)
    b.p("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快形成可复制可推广的"
        "制度创新成果，市商务委、市发展改革委组织开展了中国（重庆）自由贸易试验区第七批制度创新案例评选工作。"
        "经片区推荐、专家评审和市自贸试验区工作领导小组审议，确定“西部陆海新通道铁海联运‘一单制’改革”"
        "等5个案例为第七批制度创新最佳实践案例，现印发给你们，请结合实际认真学习借鉴、复制推广。", clause=True)
    items = [
        ("一、提高思想认识。", "各单位要充分认识复制推广制度创新成果对于推动全市高水平对外开放的重要意义，"
         "将复制推广工作纳入年度重点工作安排，主要负责同志亲自部署、亲自推动。"),
        ("二、明确推广范围。", "案例中涉及海关、税务、外汇等中央事权的改革事项，由市级有关部门积极争取国家部委"
         "支持后推广；属于地方事权的改革事项，原则上在全市范围内复制推广，各区县（自治县）要在2026年6月底前"
         "完成复制推广工作。"),
        ("三、注重系统集成。", "各片区要围绕西部陆海新通道、中欧班列（成渝）、内陆开放高地建设等重点领域，"
         "在已有案例基础上加强系统集成和协同创新，形成更多首创性、集成性制度创新成果。"),
        ("四、做好总结报送。", "请各单位于2026年7月15日前将复制推广工作进展情况书面报送市商务委（市自贸办），"
         "同时抄送市发展改革委。"),
        ("五、强化督促落实。", "市商务委（市自贸办）将会同市发展改革委对复制推广情况开展跟踪督导，"
         "督导结果纳入全市自贸试验区建设年度评估，并适时组织开展第三方评估。"),
        ("六、加强宣传引导。", "各单位要充分利用“重庆自贸”微信公众号、“上游新闻”等媒体平台，"
         "加大对最佳实践案例的宣传推介力度，扩大重庆自贸试验区改革品牌影响力。"),
    ]
    for head, body in items:
        b.p([(head, {"font": HT}), body], clause=True)
    b.p("（联系人：市商务委自贸试验区建设处　李俊，电话：023－62662135；"
        "市发展改革委开放合作处　王娟，电话：023－67575196）", clause=True)
    b.empty(1)
    b.p("附件：中国（重庆）自由贸易试验区第七批制度创新最佳实践案例汇编", indent=True)
    b.empty(3)
    # 落款: borderless layout table with the two organs side by side
    t = b.doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [("重庆市商务委员会", 0, 0), ("重庆市发展和改革委员会", 0, 1)]
    for txt, i, j in cells:
        para = t.cell(i, j).paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run(txt)
        set_font(r, FS, 16)
    para = t.cell(1, 1).paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run("2025年12月18日")
    set_font(r, FS, 16)
    set_col_widths(t, [7.8, 7.8])
    b.empty(1)
    b.p("（此件主动公开）", indent=True)

    # ---------------- 汇编 ----------------
    b.start(case_meta_from(meta, hj_title))
    b.p("附件", font=HT, indent=False, page_break_before=True)
    b.empty(1)
    b.p(hj_title, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=34)
    b.empty(1)

    def head(no, name, unit):
        b.p(no, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        b.p([("【案例名称】", {"font": HT}), name], font=KT, indent=False)
        b.p(unit, font=KT, indent=False)

    def lab(label, text):
        b.p([(label, {"font": HT}), text], clause=True)

    head("案例一", "西部陆海新通道铁海联运“一单制”改革", "（报送单位：两江片区管委会）")
    lab("【主要做法】", "两江片区联合重庆海关、中国铁路成都局集团有限公司、重庆港务物流集团有限公司，"
        "推出西部陆海新通道铁海联运“一单制”提单。一是统一单证标准，由多式联运经营人签发全程提单，"
        "实现“一次委托、一单到底、一次结算”；二是赋予提单物权凭证功能，联合中国银行重庆市分行等6家金融机构"
        "开展提单质押融资；三是建立铁海联运数据交换平台，实现铁路运单、海运提单、报关单信息“三单”互通。")
    lab("【实践效果】", "截至2025年10月，累计签发铁海联运“一单制”提单2.3万票，货值突破160亿元；"
        "基于提单开展质押融资业务87笔，融资金额9.4亿元。企业综合物流成本平均降低约12%，"
        "全程运输时效提升20%以上。")
    lab("【复制推广情况】", "该做法已在西永片区、果园港片区及四川、广西等西部陆海新通道沿线省（区、市）推广应用。")
    b.empty(1)

    head("案例二", "跨境电商B2B出口“前店后仓+快速配送”监管模式", "（报送单位：西永片区管委会）")
    b.p([("【主要做法】", {"font": HT})])  # label alone on its own line
    b.p("西永片区依托重庆西永综合保税区，创新跨境电商B2B出口“前店后仓+快速配送”监管模式。"
        "“前店”即在综合保税区内设立跨境电商展示交易中心，集中展示出口商品、洽谈订单；"
        "“后仓”即利用综合保税区保税仓储功能，对出口商品进行集中备货和分拣。", clause=True)
    b.p("企业完成订单后，采用“9710”“9810”监管方式申报出口，海关实行“提前申报、区内查验、卡口直放”，"
        "货物可通过中欧班列（成渝）、国际航空货运等方式快速配送至境外客户或海外仓。", clause=True)
    lab("【实践效果】", "2025年1—10月，西永片区跨境电商B2B出口货值达58.7亿元，同比增长63.1%；"
        "商品通关时间平均压缩至2小时以内，企业仓储物流成本下降约25%。")
    lab("【复制推广情况】", "该模式已在重庆两路果园港综合保税区、江津综合保税区复制推广。")
    b.empty(1)

    head("案例三", "外商投资企业“准入即准营”集成审批改革", "（报送单位：两江片区管委会、市市场监管局）")
    lab("【主要做法】", "两江片区聚焦外商投资企业设立登记和经营许可“两张皮”问题，对外商投资准入负面清单以外领域"
        "的外商投资企业，实行“一次申请、一套材料、一窗受理、一次办结”。将营业执照核发与食品经营许可、"
        "道路运输经营许可、人力资源服务许可等15类高频经营许可证同步申请、并联审批、同步发放，"
        "实现外商投资企业“拿照即开业”。同时，开通外籍投资者远程视频身份核验和电子签名服务，"
        "境外投资者足不出境即可办理设立登记。")
    lab("【实践效果】", "改革实施以来，两江片区新设外商投资企业412家，同比增长31.8%，外商投资企业开办平均时间"
        "由12个工作日压缩至2个工作日，申请材料精简52%。")
    lab("【复制推广情况】", "该做法已在全市自贸试验区联动创新区推广，2025年11月起在全市范围内复制推广。")
    b.empty(1)

    head("案例四", "中欧班列（成渝）运费分段结算估价管理改革", "（报送单位：重庆海关、西永片区管委会）")
    lab("【主要做法】", "针对中欧班列进口货物境内外运费难以分割、完税价格确定难的问题，重庆海关会同西永片区，"
        "推行中欧班列运费分段结算估价管理。一是明确以中欧班列境外段运费作为计入完税价格的运输费用，"
        "境内段运费不计入完税价格；二是由中欧班列运营平台公司出具分段运费证明，海关据此审核确定完税价格；"
        "三是建立分段运费数据动态监测机制，防范低报运费风险。")
    b.p([("【实践效果】", {"font": HT})])
    b.p("改革实施以来，进口企业税负明显下降，中欧班列进口货源吸引力进一步增强。主要数据如下：", clause=True)
    b.grid_table(["项目", "2024年", "2025年1—10月"], [
        ["适用企业数量（家）", "46", "118"],
        ["涉及进口货值（亿元）", "21.5", "63.2"],
        ["为企业减少税款（万元）", "1860", "5370"],
    ], widths=[6.5, 4.0, 4.5])
    lab("【复制推广情况】", "该改革经验已报请海关总署在中欧班列主要开行城市推广。")
    b.empty(1)

    head("案例五", "内陆地区跨境人民币结算便利化改革", "（报送单位：果园港片区管委会、中国人民银行重庆市分行）")
    lab("【主要做法】", "果园港片区联合中国人民银行重庆市分行，推出跨境人民币结算便利化措施。对纳入优质企业名单的企业，"
        "银行可凭企业收付款指令直接办理货物贸易、服务贸易跨境人民币结算，无需事前逐笔审核交易单证；"
        "支持跨境电商、市场采购贸易等新型贸易业态通过支付机构办理跨境人民币结算；推动西部陆海新通道沿线"
        "国家（地区）企业使用人民币计价结算。")
    lab("【实践效果】", "2025年1—10月，果园港片区跨境人民币结算量达312亿元，同比增长41.6%；"
        "纳入优质企业名单的企业达96家，单笔业务办理时间由平均1天缩短至20分钟。")
    lab("【复制推广情况】", "该做法已在全市范围内推广实施。")

    banji(b, "抄送：商务部，国家发展改革委，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
          "重庆市商务委员会办公室", "2025年12月19日印发")
    return b


# ---------------------------------------------------------------------------
# Document 3: 钦州港片区管委会 (zone level) — Word auto numbering, colon labels
# ---------------------------------------------------------------------------
def make_qinzhou():
    b = Builder("blind396_qinzhou_tongzhi", page_style="- {} -")
    num_id = add_numbering(b.doc)
    org = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    hj_title = "钦州港片区2025年度制度创新案例汇编"
    title = f"{org}关于印发{hj_title}的通知"
    meta = {
        "title": title,
        "doc_number": "钦港片管发〔2026〕4号",
        "issuer": [org],
        "date": "2026-02-09",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [hj_title],
        "doc_type": "通知",
        "recipients": ["片区管委会各部门", "各直属单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    b.start(meta)
    b.empty(1)
    b.p(["中国（广西）自由贸易试验区", BR, "钦州港片区管理委员会文件"], font=XBS, size=26, color=RED,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=42)
    b.empty(1)
    p = b.p("钦港片管发〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=18)
    b.empty(1)
    b.p([org, BR, "关于印发钦州港片区2025年度制度创新案例汇编的通知"], font=XBS, size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=34)
    b.empty(1)
    b.p("片区管委会各部门，各直属单位，各有关企业：", indent=False)
    b.p("为全面总结钦州港片区制度创新经验，推动改革成果复制推广，根据《中国（广西）自由贸易试验区钦州港片区"
        "制度创新成果评估管理办法》，片区管委会组织开展了2025年度制度创新案例评选工作，共征集案例27个，"
        "经专家评审，确定5个案例入选2025年度制度创新案例（名单见下表）。现将案例汇编印发给你们，"
        "并提出如下要求。", clause=True)
    b.grid_table(["序号", "案例名称", "报送单位", "创新领域"], [
        ["1", "西部陆海新通道海铁联运“一箱到底”多式联运模式", "片区口岸和物流局", "贸易便利化"],
        ["2", "大宗商品进口“先放后检”检验监管模式", "钦州海关", "贸易便利化"],
        ["3", "平行进口汽车“保税仓储+展示交易”一体化模式", "片区商务局", "贸易转型升级"],
        ["4", "中国—东盟跨境航运船员“便利换班”服务机制", "钦州港边检站", "人员往来便利化"],
        ["5", "涉企经营许可“证照联办、一证准营”改革", "片区行政审批局", "政府职能转变"],
    ], widths=[1.4, 7.6, 3.6, 3.0])
    b.empty(1)
    items = [
        ("加强学习借鉴。", "片区各部门要认真研究案例经验做法，围绕向海经济、临港产业和西部陆海新通道建设，"
         "主动对标先进、深化探索，争取形成更多具有钦州特色的制度创新成果。"),
        ("抓好推广落实。", "案例报送单位要进一步完善配套制度，巩固提升改革成效；相关部门要积极配合，推动案例经验"
         "在钦州港经济技术开发区、中马钦州产业园区等区域复制推广。"),
        ("做好宣传总结。", "片区制度创新局要会同各部门做好案例宣传推介工作，积极向自治区自贸办和国家有关部委推荐，"
         "争取更多案例纳入全区乃至全国复制推广范围。"),
    ]
    cn = "一二三四五"
    for k, (head, body) in enumerate(items):
        para = b.p([(head, {"font": HT}), body], indent=False)
        set_num(para, num_id)
        b.clause(cn[k] + "、" + head + body)
    b.empty(1)
    b.p("附件：钦州港片区2025年度制度创新案例汇编", indent=True)
    b.empty(3)
    b.p(org, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("二〇二六年二月九日" + "　" * 4, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.empty(1)
    b.p("（此件公开发布）", indent=True)

    # ---------------- 汇编 ----------------
    b.start(case_meta_from(meta, hj_title))
    b.p("附件", font=HT, indent=False, page_break_before=True)
    b.empty(2)
    b.p("钦州港片区2025年度", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=34)
    b.p("制度创新案例汇编", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=34)
    b.empty(2)

    def head(title, unit):
        b.p(title, font=HT, indent=False)
        b.p(unit, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def lab(label, text):
        b.p([(label, {"font": KT, "bold": True}), text], clause=True)

    head("案例一：西部陆海新通道海铁联运“一箱到底”多式联运模式", "（报送单位：片区口岸和物流局）")
    lab("（一）主要做法：", "钦州港片区联合钦州海关、广西北部湾国际港务集团有限公司、中国铁路南宁局集团有限公司，"
        "推行海铁联运“一箱到底”模式。一是推动铁路箱下水、海运箱上路，打通铁路集装箱和海运集装箱互认互用通道，"
        "货物在港口与铁路场站间无需掏箱换装；二是开发海铁联运信息共享平台，实现船舶、班列、集装箱动态信息"
        "实时共享；三是实行“船边直提、抵港直装”，进口货物在码头卸船后直接装上铁路班列运往内陆地区。")
    lab("（二）实践效果：", "2025年，钦州港海铁联运集装箱运量达112万标箱，同比增长14.3%；货物在港中转时间由平均"
        "3天缩短至1天以内，单箱综合物流成本降低约600元。")
    lab("（三）复制推广情况：", "该模式已在北部湾港防城港域、北海港域推广应用，并被纳入西部陆海新通道省际协商合作"
        "联席会议推广事项。")
    b.empty(2)

    head("案例二：大宗商品进口“先放后检”检验监管模式", "（报送单位：钦州海关）")
    b.p([("（一）主要做法", {"font": KT, "bold": True})])
    b.p("钦州海关对进口铁矿、铜精矿、原油等大宗资源性商品实施“先放后检”检验监管模式，主要包括：", clause=True)
    for t in [
        "（1）货物抵港后，海关在完成现场检验检疫和放射性检测后即准予放行，企业可先行提离货物、自主存放；",
        "（2）海关在企业存放场所完成抽样，送实验室检测，依据检测结果进行后续监管；",
        "（3）对检测不合格的货物，依法实施退运、销毁或技术处理，并纳入企业信用管理。",
    ]:
        b.p(t, clause=True)
    lab("（二）实践效果：", "该模式实施后，进口大宗商品平均通关时间由5.2天压缩至1.5天，企业码头堆存费用平均"
        "减少约35%。2025年钦州港进口大宗商品货值达418亿元，同比增长9.8%。")
    lab("（三）复制推广情况：", "该做法已在南宁海关关区内沿海口岸推广，相关经验已报送海关总署。")
    b.empty(2)

    head("案例三：平行进口汽车“保税仓储+展示交易”一体化模式", "（报送单位：片区商务局）")
    b.p([("（一）主要做法：", {"font": KT, "bold": True}),
         "钦州港片区依托钦州综合保税区，开展平行进口汽车“保税仓储+展示交易”一体化试点。平行进口汽车在综合保税区内"
         "保税仓储，企业可在区内设立展示交易中心开展保税展示；车辆完成销售后再办理进口报关、缴纳税款，",
         BR, "并可同步申请车辆强制性产品认证（CCC）和环保信息公开，降低企业资金占用。"], clause=True)
    lab("（二）实践效果：", "2025年，片区平行进口汽车进口量达3260辆，同比增长52.4%，企业资金占用平均减少约40%，"
        "车辆从到港到交付周期缩短至7天。")
    lab("（三）复制推广情况：", "该模式已在自治区内具备平行进口汽车试点资格的口岸推广。")
    b.empty(2)

    head("案例四：中国—东盟跨境航运船员“便利换班”服务机制", "（报送单位：钦州港边检站）")
    lab("（一）主要做法：", "钦州港边检站联合片区口岸和物流局、钦州海事局，建立中国—东盟跨境航运船员“便利换班”"
        "服务机制。对东盟国家籍船员在钦州港换班的，实行“网上预约、线上审批、当日换班”；设立船员换班“一站式”"
        "服务窗口，为中外籍船员提供登轮许可、临时入境许可、健康申报、交通接驳等服务；与东盟国家港口建立船员换班"
        "信息互通机制。")
    lab("（二）实践效果：", "2025年，钦州港共办理中外籍船员换班1.86万人次，同比增长37.2%，船员换班平均办理时间"
        "由2个工作日缩短至4小时，为航运企业节约船舶滞港成本约2100万元。")
    lab("（三）复制推广情况：", "该机制已被国家移民管理局在北部湾港口岸推广。")
    b.empty(2)

    head("案例五：涉企经营许可“证照联办、一证准营”改革", "（报送单位：片区行政审批局）")
    lab("（一）主要做法：", "钦州港片区行政审批局推行涉企经营许可“证照联办、一证准营”改革，将营业执照与港口经营许可、"
        "危险化学品经营许可、食品经营许可等32项涉企经营许可事项整合，实行“一表申请、一窗受理、并联审批、"
        "一证准营”。企业取得载明相关许可信息的“行业综合许可证”后即可开展经营。")
    lab("（二）实践效果：", "改革实施以来，片区累计核发行业综合许可证1426张，涉及许可事项办理时限平均压缩78%，"
        "申请材料平均精简61%。")
    lab("（三）复制推广情况：", "该做法已在钦州市全域推广，并作为广西自贸试验区第五批制度创新成果在全区复制推广。")

    banji(b, "抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室。",
          "中国（广西）自由贸易试验区钦州港片区管理委员会办公室", "2026年2月10日印发")
    return b


def main():
    expected = {}
    for maker in (make_fujian, make_chongqing, make_qinzhou):
        b = maker()
        path = b.save()
        expected[b.stem] = b.objs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_396", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
