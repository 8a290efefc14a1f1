# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 498: 市政府常务会议纪要 + 落实通知 + 任务分解表."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pPr = p._p.get_or_add_pPr()
        ind = parse_xml('<w:ind %s w:firstLineChars="200" w:firstLine="640"/>' % nsdecls("w"))
        pPr.append(ind)
    return p


def red_rule(p, sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first_indent=False)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    set_font(r2, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._element.append(it)
    r3 = fp.add_run()
    set_font(r3, "宋体", 14)
    r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    set_font(r4, "宋体", 14)
    r5 = fp.add_run()
    r5._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(fp.add_run(" —"), "宋体", 14)


class Numbering:
    """Word automatic numbering, one abstractNum per list (so each list restarts)."""

    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        self.next_abs = 50
        self.next_num = 50

    def new_list(self, numfmt, text):
        a, n = self.next_abs, self.next_num
        self.next_abs += 1
        self.next_num += 1
        absx = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:nsid w:val="1A2B%04X"/>'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % (nsdecls("w"), a, a, numfmt, text))
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absx)
        else:
            self.el.append(absx)
        self.el.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), n, a)))
        return n

    @staticmethod
    def apply(p, num_id):
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


class Writer:
    def __init__(self):
        self.doc = Document()
        setup(self.doc)
        self.clauses = []

    # title possibly with soft line break ("\n" -> soft break)
    def title(self, text, size=22):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=34)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = set_font(p.add_run(part), XBS, size)
            if i < len(parts) - 1:
                r.add_break()
        return p

    def heading(self, text, font=HT, num=None):
        """Heading on a line of its own: not a clause."""
        p = self.doc.add_paragraph()
        fmt(p, first_indent=num is None)
        if num is not None:
            Numbering.apply(p, num)
        set_font(p.add_run(text), font, 16)
        return p

    def para(self, text, clause=True, lead=None, lead_font=KT, lead_bold=False,
             prefix_in_clause="", num=None, split_runs=False):
        p = self.doc.add_paragraph()
        fmt(p)
        if num is not None:
            Numbering.apply(p, num)
        if lead:
            set_font(p.add_run(lead), lead_font, 16, bold=lead_bold)
        if split_runs:
            # office quirk: text broken into many runs
            chunk = 7
            for i in range(0, len(text), chunk):
                set_font(p.add_run(text[i:i + chunk]), FS, 16)
        else:
            set_font(p.add_run(text), FS, 16)
        if clause:
            self.clauses.append(prefix_in_clause + (lead or "") + text)
        return p

    def plain(self, text, font=FS, align=None, indent=False, size=16, bold=None):
        p = self.doc.add_paragraph()
        fmt(p, align, first_indent=indent)
        set_font(p.add_run(text), font, size, bold=bold)
        return p

    def table(self, headers, rows, widths, merge_col=None, record=True):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            c = t.rows[0].cells[j]
            c.width = Mm(widths[j])
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(cp.add_run(h), HT, 12)
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
        t.autofit = False
        # mark header row as repeating
        trPr = t.rows[0]._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.rows[i + 1].cells[j]
                c.width = Mm(widths[j])
                if merge_col is not None and j == merge_col and i > 0 and rows[i - 1][j] == v \
                        and (i, j) not in getattr(self, "_nomerge", set()):
                    continue
                cp = c.paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, len(row) - 1) \
                    else WD_ALIGN_PARAGRAPH.LEFT
                set_font(cp.add_run(v), FS, 12)
        # vertical merges in merge_col
        if merge_col is not None:
            i = 0
            while i < len(rows):
                k = i
                while k + 1 < len(rows) and rows[k + 1][merge_col] == rows[i][merge_col]:
                    k += 1
                if k > i:
                    a = t.cell(i + 1, merge_col)
                    b = t.cell(k + 1, merge_col)
                    a.merge(b)
                    # merge() may leave empty paragraphs; trim them
                    ps = a.paragraphs
                    for extra in ps[1:]:
                        if not extra.text:
                            extra._p.getparent().remove(extra._p)
                i = k + 1
        if record:
            for row in rows:
                self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        return t

    def banji(self, lines):
        """版记: table with top/bottom rules, not clauses."""
        t = self.doc.add_table(rows=len(lines), cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl = t._tbl
        tblPr = tbl.tblPr
        tblPr.append(parse_xml(
            '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
            '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
            '<w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
            % nsdecls("w")))
        for i, ln in enumerate(lines):
            cp = t.rows[i].cells[0].paragraphs[0]
            set_font(cp.add_run(ln), FS, 14)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": "municipal", "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": None, "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


EXPECTED = {}

# ====================================================================
# 1. 赣州市人民政府第58次常务会议纪要（摘要）
# ====================================================================
def make_jiyao():
    w = Writer()
    d = w.doc
    # 版头
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60, before=12)
    set_font(p.add_run("赣州市人民政府常务会议纪要"), XBS, 30, color=RED)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    set_font(p.add_run("第 58 次"), FS, 16)
    p = d.add_paragraph()
    fmt(p, first_indent=False, line=30)
    set_font(p.add_run("赣州市人民政府办公室                      2026年3月12日"), FS, 16)
    red_rule(p)
    empty(d)
    title = "赣州市人民政府第58次常务会议纪要（摘要）"
    w.title(title)
    empty(d)

    w.para("2026年3月10日上午，市长陈立新主持召开市政府第58次常务会议，传达学习全国两会精神，"
           "研究推进中欧班列（赣州）高质量发展、赣州综合保税区扩区提质、中国（赣州）跨境电子商务综合试验区建设等事项。"
           "现将会议议定事项纪要如下：")

    h = w.heading("一、关于传达学习全国两会精神")
    h.runs[0].bold = True
    w.para("会议传达学习了十四届全国人大四次会议和全国政协十四届四次会议精神。会议指出，全国两会对今年经济社会发展作出了全面部署，"
           "全市各级各部门要把思想和行动统一到党中央决策部署上来，结合赣州实际抓好贯彻落实。")
    w.para("会议要求，市发展改革委要会同有关部门，对照政府工作报告确定的目标任务，逐项梳理我市可争取的政策、资金和项目，"
           "于3月底前形成工作清单报市政府。", split_runs=True)

    w.heading("二、关于《赣州市加快中欧班列（赣州）高质量发展若干措施》")
    w.para("会议原则同意市商务局提请审议的《赣州市加快中欧班列（赣州）高质量发展若干措施》，"
           "请市商务局根据会议讨论意见修改完善后，由市政府办公室按程序印发实施。")
    w.para("会议要求：")
    w.para("（一）市商务局要会同赣州国际陆港管委会，进一步优化班列线路布局，稳定开行赣州至中亚、欧洲方向班列，积极拓展回程货源。")
    w.para("（二）市财政局要按照“总量控制、逐年退坡”的原则，统筹安排班列运营补贴资金，确保资金使用规范、绩效可评。")
    w.para("（三）赣州海关要深化“铁路快通”“两段准入”等监管模式改革，进一步压缩班列货物通关时间。")
    w.para("（四）各县（市、区）要立足本地产业特色，组织家具、电子信息、新能源汽车零部件等优势产品通过班列出口，"
           "做大“赣州制造+中欧班列”品牌。")

    w.heading("三、关于赣州综合保税区扩区提质有关工作")
    w.para("会议听取了赣州经开区关于赣州综合保税区扩区提质工作进展情况的汇报。会议同意启动赣州综合保税区扩区申报前期工作，"
           "由赣州经开区管委会牵头编制扩区方案，于6月底前报市政府审定。")
    w.para("会议要求，各有关部门要在规划、用地、环评等方面开辟绿色通道，市自然资源局要优先保障扩区范围内项目用地指标。"
           "赣州经开区要加快推进保税研发、保税维修、跨境电商保税备货等新业态落地，力争年内综合保税区进出口额增长15%以上。")

    w.heading("四、关于推进中国（赣州）跨境电子商务综合试验区建设有关事项")
    w.para("会议同意市商务局关于进一步推进中国（赣州）跨境电子商务综合试验区建设的工作安排，"
           "原则同意设立市级跨境电商发展专项资金，具体管理细则由市商务局会同市财政局另行制定。")
    w.para("会议要求，市政府办公室要根据会议精神，抓紧起草推进跨境电子商务综合试验区建设的工作通知，"
           "细化任务分工，逐项明确牵头领导、牵头单位和配合单位，于3月20日前印发实施。")
    w.para("会议强调，跨境电商是稳外贸的重要抓手，各地各部门要强化协同、压实责任，推动跨境电商与南康家具、"
           "信丰电子信息、于都纺织服装等产业带深度融合，确保全年跨境电商进出口额增长20%以上。")

    w.heading("五、关于其他事项")
    w.para("会议还研究了其他事项。")

    empty(d, 3)
    w.banji([
        "分送：市委办公室，市人大常委会办公室，市政协办公室，各县（市、区）人民政府，市政府各部门。",
        "赣州市人民政府办公室                        2026年3月12日印发",
    ])
    stem = "blind498_ganzhou_jiyao"
    w.save(stem)
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number=None, issuer=["赣州市人民政府办公室"], date="2026-03-12",
                     level="municipal", region="赣州市", doc_type="纪要"),
        "clauses": w.clauses,
    }]
    return stem


# ====================================================================
# 2. 赣州市人民政府办公室 通知 (赣市府办字〔2026〕12号) + 任务分解表
# ====================================================================
def make_ganzhou_tongzhi():
    w = Writer()
    d = w.doc
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60, before=24)
    set_font(p.add_run("赣州市人民政府办公室文件"), XBS, 34, color=RED)
    empty(d, 2)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    set_font(p.add_run("赣市府办字〔2026〕12号"), FS, 16)
    red_rule(p, sz=24)
    empty(d)
    title = "赣州市人民政府办公室关于进一步推进中国（赣州）跨境电子商务综合试验区建设的通知"
    w.title("赣州市人民政府办公室关于进一步推进\n中国（赣州）跨境电子商务综合试验区\n建设的通知")
    empty(d)
    w.plain("各县（市、区）人民政府，市政府各部门，市属、驻市有关单位：")

    w.para("为深入贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》（国办发〔2023〕10号）和省委、省政府关于推动跨境电商高质量发展的部署要求，"
           "根据市政府第58次常务会议纪要精神，加快推进中国（赣州）跨境电子商务综合试验区（以下简称赣州综试区）建设，"
           "经市政府同意，现就有关事项通知如下。")

    w.heading("一、工作目标")
    w.para("到2026年底，全市跨境电商进出口额力争突破120亿元，同比增长20%以上；培育年进出口额超亿元的跨境电商企业15家以上，"
           "建设跨境电商产业园区（基地）8个以上、公共海外仓10个以上，跨境电商与产业带融合发展格局基本形成。")

    w.heading("二、重点任务")
    w.para("支持本地外贸企业、生产企业开展跨境电商业务，对首次开展跨境电商B2B出口业务且年出口额达到100万美元的企业，按规定给予一次性奖励。"
           "大力引进国内头部跨境电商平台、服务商在赣州设立区域总部或运营中心。",
           lead="（一）培育壮大经营主体。")
    w.para("以南康家具、信丰电子信息、于都纺织服装、赣县稀土新材料等产业集群为重点，每个产业带至少培育1家跨境电商公共服务中心，"
           "为企业提供选品、运营、物流、人才等一站式服务。",
           lead="（二）推进“跨境电商+产业带”融合。")
    w.para("统筹用好中欧班列（赣州）、赣州至深圳盐田港铁海联运班列和赣州黄金机场航空货运资源，构建多元化跨境物流通道。",
           lead="（三）完善物流通道体系。")
    w.para("1.支持跨境电商货物通过中欧班列（赣州）运输出口，对搭载班列出口的跨境电商货物，按实际运输箱数给予物流费用补助。")
    w.para("2.推动赣州黄金机场开通或加密跨境电商货运包机航线，对开通定期全货机航线的航空公司给予航线培育补助。")
    w.para("3.鼓励企业在“一带一路”沿线国家和地区布局海外仓，对经认定的市级公共海外仓给予一次性奖励。")
    w.para("依托赣州综合保税区和龙南保税物流中心（B型），大力发展跨境电商网购保税进口（1210）、跨境电商B2B直接出口（9710）"
           "和跨境电商出口海外仓（9810）等业务，推动“保税+跨境电商”融合发展。",
           lead="（四）提升综合保税区功能。")
    w.para("赣州海关要全面推广跨境电商出口“清单核放、汇总申报”模式，实行7×24小时预约通关。"
           "市税务局要落实跨境电商综试区零售出口货物“无票免税”和核定征收企业所得税政策。",
           lead="（五）优化通关监管服务。")
    w.para("鼓励银行机构开发“跨境电商贷”等专属信贷产品，扩大出口信用保险覆盖面。支持赣南师范大学、江西理工大学和市内职业院校开设跨境电商相关专业，"
           "每年培训跨境电商实操人才2000人次以上。",
           lead="（六）强化金融和人才支撑。")

    w.heading("三、保障措施")
    w.para("调整充实赣州综试区建设工作领导小组，由分管副市长任组长，领导小组办公室设在市商务局，负责统筹协调、督促推进各项工作。",
           lead="（一）加强组织领导。")
    w.para("市财政每年统筹安排跨境电商发展专项资金，专项资金管理细则由市商务局会同市财政局另行制定。",
           lead="（二）强化资金保障。")
    w.para("各牵头单位要按照任务分解表要求，于每季度末月25日前将工作进展情况报送领导小组办公室。"
           "市政府督查室将任务落实情况纳入市政府重点工作督查范围。",
           lead="（三）严格督查考核。")
    w.para("本通知自印发之日起施行，有效期至2028年12月31日。")

    empty(d)
    att = "赣州市推进中国（赣州）跨境电子商务综合试验区建设任务分解表"
    p = d.add_paragraph()
    fmt(p, first_indent=True)
    set_font(p.add_run("附件：" + att), FS, 16)
    empty(d, 2)
    w.plain("赣州市人民政府办公室          ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.plain("2026年3月18日            ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(d)
    w.plain("（此件公开发布）", indent=True)

    # 附件
    page_break(d)
    w.plain("附件", font=HT)
    empty(d)
    w.title(att, size=20)
    empty(d)
    headers = ["序号", "重点任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "培育壮大跨境电商经营主体", "周海涛", "市商务局", "市工信局、市市场监管局，各县（市、区）人民政府", "2026年12月底前"],
        ["2", "推进“跨境电商+产业带”融合发展", "周海涛", "市商务局、市工信局", "南康区、信丰县、于都县、赣县区人民政府", "2026年10月底前"],
        ["3", "拓展中欧班列（赣州）跨境电商货物运输", "周海涛", "赣州国际陆港管委会", "市商务局、市交通运输局、赣州海关", "持续推进"],
        ["4", "开通跨境电商货运包机航线", "吴建平", "市交通运输局", "赣州黄金机场、市财政局", "2026年9月底前"],
        ["5", "布局市级公共海外仓", "吴建平", "市商务局", "市财政局、中国出口信用保险公司江西分公司", "2026年12月底前"],
        ["6", "提升综合保税区跨境电商功能", "吴建平", "赣州经开区管委会", "龙南市人民政府、赣州海关、市商务局", "2026年12月底前"],
        ["7", "优化跨境电商通关和税收服务", "黄琳", "赣州海关、市税务局", "市商务局、国家外汇管理局赣州市分局", "持续推进"],
        ["8", "强化跨境电商金融和人才支撑", "黄琳", "市人力资源社会保障局", "市教育局、人民银行赣州市分行、市内各高校", "持续推进"],
    ]
    w.table(headers, rows, [12, 40, 20, 30, 45, 24], merge_col=2)

    empty(d, 2)
    w.banji([
        "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院，赣州军分区。",
        "赣州市人民政府办公室                       2026年3月18日印发",
    ])
    stem = "blind498_ganzhou_tongzhi"
    w.save(stem)
    EXPECTED[stem] = [{
        "meta": meta(title=title, doc_number="赣市府办字〔2026〕12号", issuer=["赣州市人民政府办公室"],
                     date="2026-03-18", level="municipal", region="赣州市",
                     effective="2026-03-18", expires="2028-12-31", attachments=[att], doc_type="通知",
                     recipients=["各县（市、区）人民政府", "市政府各部门", "市属、驻市有关单位"],
                     publicity="此件公开发布"),
        "clauses": w.clauses,
    }]
    return stem


# ====================================================================
# 3. 南康区 印发工作方案的通知 (康府办字〔2026〕9号) + 方案 + 任务分解表
# ====================================================================
def make_nankang():
    w = Writer()
    d = w.doc
    nb = Numbering(d)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60, before=24)
    set_font(p.add_run("赣州市南康区人民政府办公室文件"), XBS, 28, color=RED)
    empty(d, 2)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    set_font(p.add_run("康府办字〔2026〕9号"), FS, 16)
    red_rule(p, sz=24)
    empty(d)
    title1 = "赣州市南康区人民政府办公室关于印发南康区推进家具产业跨境电商发展工作方案的通知"
    w.title("赣州市南康区人民政府办公室关于印发南康区\n推进家具产业跨境电商发展工作方案的通知")
    empty(d)
    w.plain("各乡镇人民政府、街道办事处，区政府各部门，区属、驻区有关单位：")
    w.para("根据市政府第58次常务会议纪要精神和《赣州市人民政府办公室关于进一步推进中国（赣州）跨境电子商务综合试验区建设的通知》"
           "（赣市府办字〔2026〕12号）要求，经区政府同意，现将《南康区推进家具产业跨境电商发展工作方案》印发给你们，请认真贯彻执行。")
    w.para("各乡镇（街道）、各有关部门要按照任务分解表要求，切实履行工作职责，于每季度末月20日前将工作推进情况报区商务局汇总。")
    notice_clauses = w.clauses
    w.clauses = []
    empty(d)
    # 落款 in a borderless layout table (office quirk)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    for i, txt in enumerate(["赣州市南康区人民政府办公室", "2026年3月27日"]):
        cp = t.rows[i].cells[1].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(cp.add_run(txt), FS, 16)
    w.plain("（此件主动公开）", indent=True)

    # ---- 方案
    page_break(d)
    title2 = "南康区推进家具产业跨境电商发展工作方案"
    w.title(title2)
    w.para("为贯彻落实市政府第58次常务会议关于推动跨境电商与产业带深度融合的部署要求，加快推动南康家具产业转型升级、拓展国际市场，"
           "结合我区实际，制定本方案。")

    h1 = nb.new_list("chineseCounting", "%1、")
    w.heading("总体要求", num=h1)
    w.para("以家具产业带为依托，以中国（赣州）跨境电子商务综合试验区建设为牵引，坚持“产业带+跨境电商+中欧班列”联动发展，"
           "推动南康家具由“卖全国”向“卖全球”转变。到2026年底，全区家具跨境电商进出口额突破30亿元，"
           "培育跨境电商年出口额超5000万元的企业10家以上，建成家具跨境电商海外仓5个以上。")
    w.heading("重点任务", num=h1)
    l2 = nb.new_list("chineseCounting", "（%1）")
    l3 = nb.new_list("decimal", "%1.")
    items = [
        ("建设家具跨境电商产业园。", "依托南康家居小镇和赣州国际陆港，规划建设家具跨境电商产业园，配套建设选品中心、直播基地、"
         "摄影服务和共享仓储设施，2026年6月底前完成一期建设并投入运营。"),
        ("实施“千企触网”行动。", "组织家具企业分批入驻亚马逊、阿里巴巴国际站、TikTok Shop等第三方平台，"
         "全年新增跨境电商经营主体300家以上。具体支持措施如下："),
        ("畅通“班列+跨境电商”物流通道。", "加强与赣州国际陆港对接，推动家具跨境电商货物通过中欧班列（赣州）批量出口，"
         "探索开行家具跨境电商专列，降低企业物流成本。"),
        ("布局海外仓和海外展厅。", "支持龙头企业在中东、中亚、东欧等“一带一路”沿线市场建设家具海外仓和海外展厅，"
         "对经认定的区级公共海外仓，按实际投资额的20%给予补助，最高不超过100万元。"),
        ("加强人才培育。", "联合赣南科技学院和区内职业院校开设跨境电商订单班，全年培训家具跨境电商从业人员1000人次以上。"),
    ]
    cn = "一二三四五六七八九十"
    for k, (lead, body) in enumerate(items):
        w.para(body, lead=lead, lead_font=FS, lead_bold=True, num=l2, prefix_in_clause="（%s）" % cn[k])
        if k == 1:
            subs = [
                "对新入驻第三方跨境电商平台并实现出口的家具企业，按平台年费的50%给予补助，单个企业最高不超过5万元。",
                "对年度跨境电商出口额首次突破1000万元、5000万元的企业，分别给予10万元、30万元一次性奖励。",
                "对开展海外商标注册、国际认证的企业，按实际费用的50%给予补助，单个企业每年最高不超过10万元。",
            ]
            for m, s in enumerate(subs):
                w.para(s, num=l3, prefix_in_clause="%d." % (m + 1))
    w.heading("保障措施", num=h1)
    w.para("区商务局牵头负责方案组织实施，各牵头单位要按照任务分解表明确专人负责，确保各项任务按期完成。",
           lead="（一）压实工作责任。", lead_font=FS, lead_bold=True)
    w.para("本方案所需资金从区级外经贸发展专项资金中列支，由区财政局按程序拨付。",
           lead="（二）落实资金保障。", lead_font=FS, lead_bold=True)
    w.para("区政府督查室每季度对任务推进情况开展督查，督查结果纳入年度综合考核。",
           lead="（三）加强督查调度。", lead_font=FS, lead_bold=True)
    att = "南康区推进家具产业跨境电商发展任务分解表"
    w.plain("附件：" + att, indent=True)

    page_break(d)
    w.plain("附件", font=HT)
    empty(d)
    w.title(att, size=20)
    empty(d)
    headers = ["序号", "工作任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建设家具跨境电商产业园", "刘志强", "区商务局", "区家具产业发展服务中心、区自然资源局、龙岭镇人民政府", "2026年6月底前"],
        ["2", "实施“千企触网”行动", "刘志强", "区商务局", "区工信局、区财政局、区市场监管局", "2026年12月底前"],
        ["3", "开行家具跨境电商专列", "钟文彬", "赣州国际陆港发展中心", "区商务局、区交通运输局", "2026年9月底前"],
        ["4", "布局家具海外仓和海外展厅", "钟文彬", "区商务局", "区财政局、区家具协会", "2026年12月底前"],
        ["5", "开设跨境电商订单班", "曾丽萍", "区人社局", "区教育科技体育局、赣南科技学院", "持续推进"],
        ["6", "开展任务落实督查", "曾丽萍", "区政府督查室", "区商务局", "每季度"],
    ]
    w.table(headers, rows, [12, 38, 20, 32, 48, 22], merge_col=2)
    plan_clauses = w.clauses

    empty(d, 2)
    w.banji([
        "抄送：区委办公室，区人大常委会办公室，区政协办公室，市商务局。",
        "赣州市南康区人民政府办公室                 2026年3月27日印发",
    ])
    stem = "blind498_nankang_tongzhi"
    w.save(stem)
    EXPECTED[stem] = [
        {
            "meta": meta(title=title1, doc_number="康府办字〔2026〕9号", issuer=["赣州市南康区人民政府办公室"],
                         date="2026-03-27", level="county", region="赣州市南康区", doc_type="通知",
                         recipients=["各乡镇人民政府、街道办事处", "区政府各部门", "区属、驻区有关单位"],
                         publicity="此件主动公开"),
            "clauses": notice_clauses,
        },
        {
            "meta": meta(title=title2, doc_number=None, issuer=["赣州市南康区人民政府办公室"],
                         date="2026-03-27", level="county", region="赣州市南康区", doc_type="方案",
                         attachments=[att]),
            "clauses": plan_clauses,
        },
    ]
    return stem


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_498", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


if __name__ == "__main__":
    stems = [make_jiyao(), make_ganzhou_tongzhi(), make_nankang()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", stems)
