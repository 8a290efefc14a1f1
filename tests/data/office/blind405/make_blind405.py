# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 405 blind test documents: provincial notices 复制推广 自贸试验区改革试点经验."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def bottom_border(paragraph, color="FF0000", sz=12):
    ppr = paragraph._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)
    )
    ppr.append(bdr)


def add_page_field(paragraph, before="— ", after=" —", font=None, size=14):
    font = font or "宋体"
    r = paragraph.add_run(before)
    set_font(r, font, size)
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = paragraph.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = paragraph.add_run("1")
    set_font(r, font, size)
    r = paragraph.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)
    r = paragraph.add_run(after)
    set_font(r, font, size)


def set_grid(table, widths_mm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def table_borders(table, spec):
    """spec: dict edge -> (val, sz)"""
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(edge, ("nil", 0))
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


class Builder:
    def __init__(self, page_style="center"):
        self.doc = Document()
        self.clauses = []
        sec = self.doc.sections[0]
        sec.page_width = Mm(210)
        sec.page_height = Mm(297)
        sec.top_margin = Mm(37)
        sec.bottom_margin = Mm(35)
        sec.left_margin = Mm(28)
        sec.right_margin = Mm(26)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        pf = st.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        self.page_style = page_style
        self._footer(sec)

    def _footer(self, sec):
        if self.page_style == "oddeven":
            self.doc.settings.odd_and_even_pages_header_footer = True
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_page_field(fp, "— ", " —")
            ep = sec.even_page_footer.paragraphs[0]
            ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
            add_page_field(ep, "— ", " —")
        elif self.page_style == "dash":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_page_field(fp, "- ", " -", font="Times New Roman")
        else:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_page_field(fp, "— ", " —")

    def p(self, runs, align=None, indent=True, clause=False, font=FS, size=16,
          bold=False, color=None, line=None, container=None):
        """runs: str or list of (text, opts) where opts may hold font/size/bold/color/br.
        A run text of None with opts {'br': True} inserts a soft line break."""
        target = container if container is not None else self.doc
        para = target.add_paragraph()
        if getattr(self, "_pb", False) and container is None:
            para.paragraph_format.page_break_before = True
            self._pb = False
        if align is not None:
            para.alignment = align
        if indent:
            para.paragraph_format.first_line_indent = Pt(32)
        if line is not None:
            para.paragraph_format.line_spacing = Pt(line)
        if isinstance(runs, str):
            runs = [(runs, {})]
        text = ""
        for t, o in runs:
            if o.get("br"):
                r = para.add_run()
                r.add_break()
                continue
            if o.get("page"):
                r = para.add_run()
                r.add_break(WD_BREAK.PAGE)
                continue
            r = para.add_run(t)
            set_font(r, o.get("font", font), o.get("size", size), o.get("bold", bold),
                     o.get("color", color))
            text += t
        if clause is True:
            self.clauses.append(text.strip("　 "))
        elif isinstance(clause, str):
            self.clauses.append(clause)
        elif isinstance(clause, list):
            self.clauses.extend(clause)
        return para

    def blank(self, n=1, container=None):
        for _ in range(n):
            target = container if container is not None else self.doc
            target.add_paragraph()

    def page_break(self):
        self._pb = True

    def data_table(self, header, rows, widths, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.autofit = False
        set_grid(t, widths)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.width = Mm(widths[i])
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
            r = c.paragraphs[0].add_run(h)
            set_font(r, HT, size)
        for ri, row in enumerate(rows, start=1):
            for i, v in enumerate(row):
                c = t.rows[ri].cells[i]
                c.width = Mm(widths[i])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                para = c.paragraphs[0]
                para.paragraph_format.line_spacing = Pt(20)
                if i == 0 or v.startswith("20"):
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = para.add_run(v)
                set_font(r, FS, size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def banji(self, lines):
        """版记: list of lists of paragraphs (one row per entry)."""
        t = self.doc.add_table(rows=len(lines), cols=1)
        table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
        for i, paras in enumerate(lines):
            c = t.rows[i].cells[0]
            c.width = Mm(156)
            first = True
            for text in paras:
                para = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                para.paragraph_format.line_spacing = Pt(26)
                r = para.add_run(text)
                set_font(r, FS, 14)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def add_decimal_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def set_num(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)


# ---------------------------------------------------------------- doc A: Fujian
def doc_fujian():
    b = Builder("center")
    d = b.doc
    b.blank()
    b.p([("福建省人民政府文件", {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=40, color=RED, line=60)
    b.blank()
    b.p("闽政〔2025〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rl = d.add_paragraph()
    rl.paragraph_format.line_spacing = Pt(10)
    bottom_border(rl, "FF0000", 18)
    b.blank()
    # title broken with a soft line break
    b.p([("福建省人民政府关于复制推广中国（福建）", {}), (None, {"br": True}),
         ("自由贸易试验区第十批改革试点经验的通知", {})],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS, size=22, line=36)
    b.blank()
    b.p("各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：", indent=False)

    b.p("中国（福建）自由贸易试验区（以下简称福建自贸试验区）挂牌运行以来，各片区坚持以制度创新为核心，"
        "围绕投资贸易便利化、金融开放创新、对台融合发展等领域大胆试、大胆闯、自主改，形成了一批可复制可推广的"
        "改革创新成果。经省人民政府同意，现将福建自贸试验区第十批改革试点经验（共9项）印发给你们，请结合实际"
        "认真做好复制推广工作。现将有关事项通知如下：", clause=True)
    b.p("一、复制推广的主要内容", font=HT)
    b.p("此次复制推广的改革试点经验共9项，分为投资便利化、贸易便利化、金融开放创新、事中事后监管等4个方面"
        "（详见附件），在全省范围或特定区域复制推广。", clause=True)
    b.p("二、切实做好复制推广工作", font=HT)
    items = [
        ("（一）加强组织领导。", "各地、各有关部门要充分认识复制推广改革试点经验的重要意义，将复制推广工作列入"
         "重要议事日程，主要负责同志要亲自部署、亲自推动，确保各项改革举措落地见效。"),
        ("（二）明确责任分工。", "各项改革试点经验的负责单位要会同有关部门制定具体实施方案，细化工作举措，明确"
         "时间节点，加强对各地的业务指导；涉及调整现行规章和规范性文件的，要按程序抓紧修订完善。"),
        ("（三）强化协同推进。", "各设区市人民政府、平潭综合实验区管委会要结合本地实际，主动对接省直有关部门，"
         "认真研究本地区复制推广的具体措施，与综合保税区、跨境电子商务综合试验区等开放平台建设统筹推进。"),
        ("（四）注重宣传总结。", "各地、各有关部门要加强政策解读和宣传推介，及时总结复制推广过程中的好经验好"
         "做法，对复制推广中遇到的新情况新问题，要及时研究解决并向省自贸办报告。"),
    ]
    for h, t in items:
        b.p([(h, {"font": KT}), (t, {})], clause=True)
    b.p("三、抓好督促落实", font=HT)
    b.p("省商务厅（省自贸办）要会同有关部门加强对复制推广工作的跟踪督导，适时开展评估。各负责单位、各设区市"
        "人民政府和平潭综合实验区管委会要于2026年6月30日前将复制推广工作进展情况报送省商务厅（省自贸办）。",
        clause=True)
    b.blank()
    b.p("附件：中国（福建）自由贸易试验区第十批改革试点经验")
    b.blank(3)
    # manual-space alignment of 落款
    b.p("　　　　　　　　　　　　　　　　福建省人民政府", indent=False)
    b.p("　　　　　　　　　　　　　　　　2025年12月8日", indent=False)
    b.p("（此件公开发布）")

    # --------------- attachment
    b.page_break()
    b.p("附件", indent=False, font=HT)
    b.blank()
    b.p([("中国（福建）自由贸易试验区", {}), (None, {"br": True}), ("第十批改革试点经验", {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.blank()
    num = add_decimal_numbering(d)
    cats = [
        ("一、投资便利化（3项）", [
            ("外商投资企业“跨境身份认证+远程登记”服务模式。", "（负责单位：省市场监管局、省商务厅）",
             "依托“闽政通”等政务服务平台，对接港澳台地区及境外公证认证信息，境外投资者通过线上身份核验和电子签名"
             "即可办理外商投资企业设立、变更登记，实现“零跑腿、全程网办”，企业设立登记时间由原来的5个工作日压缩"
             "至1个工作日以内。", "全省"),
            ("外商投资“准入即准营”集成审批改革。", "（负责单位：省商务厅、省市场监管局）",
             "对外商投资企业设立涉及的商务备案、企业登记、海关备案、外汇登记等事项实行“一表申请、一窗受理、并联"
             "审批”，将负面清单以外领域外商投资企业的准入、准营手续合并办理，平均办理时限压缩70%以上。", "全省"),
            ("涉外商事纠纷“诉调仲”一体化解决机制。", "（负责单位：省司法厅、省贸促会）",
             "整合涉外商事调解组织、仲裁机构和人民法院资源，建立涉外商事纠纷多元化解平台，为外商投资企业提供在线"
             "立案、委托调解、仲裁与诉讼衔接等“一站式”服务，调解协议可依法申请司法确认。",
             "福州、厦门、泉州、漳州市和平潭综合实验区"),
        ]),
        ("二、贸易便利化（3项）", [
            ("跨境电商零售进口退货“区内中心仓”模式。", "（负责单位：福州海关、厦门海关、省商务厅）",
             "在综合保税区内设立跨境电商退货中心仓，区外跨境电商零售进口商品退货可统一运回区内中心仓进行分拣、"
             "查验和退货申报，实现退货商品集中监管、批量处置，退货时间由15天缩短至5天以内。",
             "全省具备条件的综合保税区"),
            ("中欧（亚）班列“铁海联运”一单制。", "（负责单位：省交通运输厅、省发展改革委、福州海关）",
             "依托中欧（亚）班列和海运航线，推行“一次委托、一单到底、一票结算”的铁海联运全程提单，多式联运提单"
             "可作为货物交付和贸易结算凭证，实现海铁运输无缝衔接，综合物流成本降低约15%。", "全省"),
            ("进口冷链食品“预检验+口岸放行”监管模式。", "（负责单位：福州海关、厦门海关）",
             "对符合条件的进口冷链食品，在货物抵港前开展单证审核和风险研判，货物抵港后根据风险等级实施分类查验，"
             "低风险货物“即到即放”，通关时间平均压缩40%。", "全省"),
        ]),
        ("三、金融开放创新（1项）", [
            ("台资企业跨境融资“白名单”便利化机制。",
             "（负责单位：中国人民银行福建省分行、国家外汇管理局福建省分局）",
             "对经营规范、信用良好的台资企业建立跨境融资“白名单”，白名单内企业可在跨境融资宏观审慎额度内自主"
             "借入外债，银行凭企业提交的《跨境融资便利化申请书》直接办理资金汇兑和使用手续。", "全省"),
        ]),
        ("四、事中事后监管（2项）", [
            ("自贸试验区企业“信用+风险”分级分类监管。", "（负责单位：省市场监管局、省发展改革委）",
             "整合市场监管、税务、海关、人社等部门涉企信用信息，构建企业信用风险分类指标体系，将企业分为A、B、C、"
             "D四类，对低风险企业降低抽查比例和频次，对高风险企业实施重点监管，实现“无事不扰、有求必应”。", "全省"),
            ("综合保税区内企业“自主核报+自动核销”监管模式。", "（负责单位：福州海关、厦门海关）",
             "综合保税区内企业按照规定自主核算并报送料件耗用、库存等数据，海关依托信息化系统实施自动比对和核销，"
             "对核销结果无异常的企业不再实施下厂核查，企业报核时间由2天缩短至2小时。", "全省综合保税区"),
        ]),
    ]
    n = 0
    for cat, exps in cats:
        b.p(cat, font=HT)
        for title, unit, content, scope in exps:
            n += 1
            # Word auto-numbering: the "n." is not in the text
            para = b.p([(title, {"bold": True}), (unit, {})], indent=False,
                       clause="%d.%s%s" % (n, title, unit))
            set_num(para, num)
            b.p([("主要内容：", {"bold": True}), (content, {})], clause="主要内容：" + content)
            b.p("推广范围：" + scope, clause=True)
    b.blank(2)
    b.banji([
        ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，福建省军区。"],
        ["福建省人民政府办公厅　　　　　　　　2025年12月10日印发"],
    ])
    meta = {
        "title": "福建省人民政府关于复制推广中国（福建）自由贸易试验区第十批改革试点经验的通知",
        "doc_number": "闽政〔2025〕27号",
        "issuer": ["福建省人民政府"],
        "date": "2025-12-08",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["中国（福建）自由贸易试验区第十批改革试点经验"],
        "doc_type": "通知",
        "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, "blind405_fujian_tongzhi", [{"meta": meta, "clauses": b.clauses}]


# ---------------------------------------------------------------- doc B: Sichuan (joint)
def doc_sichuan():
    b = Builder("dash")
    d = b.doc
    b.blank()
    # joint header laid out in a borderless table
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width = Mm(118)
    right.width = Mm(38)
    set_grid(t, [118, 38])
    organs = ["四川省商务厅", "四川省发展和改革委员会", "成都海关"]
    for i, o in enumerate(organs):
        para = left.paragraphs[0] if i == 0 else left.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        para.paragraph_format.line_spacing = Pt(46)
        r = para.add_run(o)
        set_font(r, XBS, 26, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp.paragraph_format.line_spacing = Pt(60)
    set_font(rp.add_run("文件"), XBS, 40, color=RED)
    b.blank()
    b.p("川商自贸〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rl = d.add_paragraph()
    rl.paragraph_format.line_spacing = Pt(10)
    bottom_border(rl, "FF0000", 18)
    b.blank()
    # title split over two paragraphs
    b.p("关于复制推广中国（四川）自由贸易试验区", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.p("第八批改革试点经验的通知", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.blank()
    b.p("各市（州）商务主管部门、发展改革委，成都海关各隶属海关，中国（四川）自由贸易试验区各片区管委会，"
        "各协同改革先行区管理机构：", indent=False)
    b.p("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（四川）自由贸易"
        "试验区（以下简称四川自贸试验区）改革开放试验田作用，经省自由贸易试验区工作领导小组同意，现将四川自贸"
        "试验区第八批可在全省复制推广的改革试点经验（以下简称改革经验）印发给你们，并就有关事项通知如下。",
        clause=True)
    body = [
        ("一、高度重视复制推广工作。", "复制推广自贸试验区改革试点经验是放大改革综合效应、推动全省高水平对外开放"
         "的重要举措。各地、各部门要进一步提高思想认识，把复制推广工作作为稳外贸稳外资、优化营商环境的重要抓手，"
         "加强组织领导，细化工作措施。", HT),
        ("二、抓好改革经验落地实施。", "各牵头单位要按照《第八批改革试点经验复制推广任务分工表》（附件2）明确的"
         "分工和时限，会同配合单位抓好以下工作：", HT),
        ("（一）制定操作细则。", "对需要出台配套制度的，牵头单位要及时制定操作细则或业务指引，明确办理流程、申报"
         "材料和办理时限。", KT),
        ("（二）开展业务培训。", "牵头单位要采取现场培训、视频培训等方式，对各市（州）相关部门和企业开展政策宣讲，"
         "确保基层工作人员应知尽知、企业应享尽享。", KT),
        ("（三）推动系统对接。", "涉及信息化系统改造或数据共享的，牵头单位要加强与“天府通办”、国际贸易“单一窗口”"
         "等平台的对接，实现线上办理。", KT),
        ("三、加强跟踪评估。", "省商务厅（省自贸办）将会同省发展改革委、成都海关对改革经验复制推广情况开展跟踪评估，"
         "评估结果作为自贸试验区协同改革先行区考核的重要依据。", HT),
        ("四、及时报送工作情况。", "各市（州）商务主管部门请于2026年7月15日和2027年1月15日前，分别将本地区上半年"
         "和全年复制推广工作情况（含典型案例）报送省商务厅（省自贸办）。", HT),
    ]
    for h, t_, f in body:
        b.p([(h, {"font": f}), (t_, {})], clause=True)
    b.p("联系人及电话：省商务厅自由贸易试验区处，何静，028-83221765；省发展改革委开放型经济处，杨帆，"
        "028-86706523；成都海关自贸区和特殊区域发展处，谭磊，028-85191412。", clause=True)
    b.blank()
    b.p("附件：1．中国（四川）自由贸易试验区第八批改革试点经验")
    b.p("　　　2．第八批改革试点经验复制推广任务分工表")
    b.blank(3)
    # 落款 in a borderless layout table
    sig = d.add_table(rows=2, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(sig, [78, 78])
    cells = [("四川省商务厅", "四川省发展和改革委员会"), ("成都海关", "")]
    for ri, row in enumerate(cells):
        for ci, v in enumerate(row):
            c = sig.rows[ri].cells[ci]
            c.width = Mm(78)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.paragraphs[0].paragraph_format.line_spacing = Pt(40)
            if v:
                set_font(c.paragraphs[0].add_run(v), FS, 16)
    b.blank()
    b.p("2026年2月27日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.blank()
    b.p("（此件公开发布）")

    # --------------- attachment 1
    b.page_break()
    b.p("附件1", indent=False, font=HT)
    b.blank()
    b.p([("中国（四川）自由贸易试验区", {}), (None, {"br": True}), ("第八批改革试点经验", {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.blank()
    cats = [
        ("一、贸易便利化（3项）", [
            ("中欧班列（成渝）“提前申报+铁路快速通关”模式。", "（负责单位：成都海关、省发展改革委）",
             "主要内容：中欧班列（成渝）出口货物在运抵场站前即可向海关提前申报，海关依托铁路舱单信息实施“车边验放”；"
             "进口货物抵达后可直接转关至内陆综合保税区，实现“一次申报、一次查验、一次放行”，通关时间压缩50%以上。",
             "推广范围：全省"),
            ("跨境电商出口海外仓“9810”退货便利化措施。", "（负责单位：成都海关、省商务厅）",
             "主要内容：对跨境电商出口海外仓（9810）模式下的滞销、退货商品，允许以“跨境电商出口退货”方式整批运回"
             "境内，海关对退货商品实施集中查验、分类处置，并与出口退税、外汇收支数据共享核对。",
             "推广范围：全省"),
            ("综合保税区“保税研发+委内加工”监管模式。", "（负责单位：成都海关、省经济和信息化厅）",
             "主要内容：支持综合保税区内企业开展保税研发业务，研发所需进口料件、样品实行保税监管；允许区内企业利用"
             "剩余产能承接区外企业委托加工业务，实行单独电子账册管理，按实际耗用核销。",
             "推广范围：全省综合保税区"),
        ]),
        ("二、投资便利化（2项）", [
            ("外商投资企业“一照多址”备案改革。", "（负责单位：省市场监管局、省商务厅）",
             "主要内容：外商投资企业在同一市（州）范围内增设经营场所，且不涉及前置审批事项的，可通过“天府通办”平台"
             "申请办理经营场所备案，无需另行办理分支机构登记，实现“一照多址、一次办结”。",
             "推广范围：全省"),
            ("境外职业资格认可“清单化”管理机制。", "（负责单位：省人力资源社会保障厅）",
             "主要内容：编制境外职业资格认可目录清单，对持有清单内境外职业资格的外籍和港澳台专业人才，经备案后可在"
             "自贸试验区和协同改革先行区内执业，其境外从业经历可视同国内从业经历。",
             "推广范围：成都、泸州、德阳、宜宾市"),
        ]),
        ("三、金融服务创新（2项）", [
            ("“关税保证保险+汇率避险”组合金融服务。",
             "（负责单位：中国人民银行四川省分行、国家金融监督管理总局四川监管局、成都海关）",
             "主要内容：支持保险机构为进出口企业提供关税保证保险，企业凭保单办理海关担保放行；同时引导银行机构为中小"
             "外贸企业提供汇率避险首单服务，省级外经贸发展专项资金对符合条件的企业给予保费补贴。",
             "推广范围：全省"),
            ("中欧班列运单融资“一单制”数字化服务。", "（负责单位：中国人民银行四川省分行、省发展改革委）",
             "主要内容：依托中欧班列（成渝）数字化平台，将铁路运单、多式联运提单等单证电子化，银行机构据此为班列货主"
             "企业提供运单质押融资，放款时间由7个工作日缩短至1个工作日。",
             "推广范围：全省"),
        ]),
    ]
    for cat, exps in cats:
        # category heading typed with manual full-width spaces instead of indent
        b.p("　　" + cat, indent=False, font=HT)
        for i, (title, unit, content, scope) in enumerate(exps, start=1):
            head = "%d．%s" % (i, title)
            # title line and content in ONE Word paragraph, separated by a soft line break
            b.p([(head, {"bold": True}), (unit, {}), (None, {"br": True}), ("　　" + content, {})],
                clause=[head + unit, content])
            b.p(scope, clause=True)

    # --------------- attachment 2 (landscape section)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Mm(297)
    sec.page_height = Mm(210)
    sec.top_margin = Mm(28)
    sec.bottom_margin = Mm(26)
    sec.left_margin = Mm(35)
    sec.right_margin = Mm(35)
    b.p("附件2", indent=False, font=HT)
    b.p("第八批改革试点经验复制推广任务分工表", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.blank()
    header = ["序号", "改革经验", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "中欧班列（成渝）“提前申报+铁路快速通关”模式", "成都海关", "省发展改革委", "2026年6月底前"],
        ["2", "跨境电商出口海外仓“9810”退货便利化措施", "成都海关", "省商务厅、国家税务总局四川省税务局",
         "2026年6月底前"],
        ["3", "综合保税区“保税研发+委内加工”监管模式", "成都海关", "省经济和信息化厅、省商务厅", "2026年9月底前"],
        ["4", "外商投资企业“一照多址”备案改革", "省市场监管局", "省商务厅", "2026年6月底前"],
        ["5", "境外职业资格认可“清单化”管理机制", "省人力资源社会保障厅", "省商务厅、省科技厅", "2026年12月底前"],
        ["6", "“关税保证保险+汇率避险”组合金融服务", "中国人民银行四川省分行",
         "国家金融监督管理总局四川监管局、成都海关、省商务厅", "2026年6月底前"],
        ["7", "中欧班列运单融资“一单制”数字化服务", "中国人民银行四川省分行", "省发展改革委、省地方金融管理局",
         "2026年9月底前"],
    ]
    b.data_table(header, rows, [16, 80, 40, 62, 30], size=12)

    meta = {
        "title": "关于复制推广中国（四川）自由贸易试验区第八批改革试点经验的通知",
        "doc_number": "川商自贸〔2026〕4号",
        "issuer": ["四川省商务厅", "四川省发展和改革委员会", "成都海关"],
        "date": "2026-02-27",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": ["中国（四川）自由贸易试验区第八批改革试点经验", "第八批改革试点经验复制推广任务分工表"],
        "doc_type": "通知",
        "recipients": ["各市（州）商务主管部门、发展改革委", "成都海关各隶属海关",
                       "中国（四川）自由贸易试验区各片区管委会", "各协同改革先行区管理机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, "blind405_sichuan_tongzhi", [{"meta": meta, "clauses": b.clauses}]


# ---------------------------------------------------------------- doc C: Henan
def doc_henan():
    b = Builder("oddeven")
    d = b.doc
    b.blank()
    b.p("河南省人民政府办公厅文件", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS, size=36,
        color=RED, line=56)
    b.blank()
    rl = b.p("豫政办〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(rl, "FF0000", 18)
    b.blank()
    b.p("河南省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS, size=22, line=36)
    b.p("关于复制推广中国（河南）自由贸易试验区", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.p("第七批改革试点经验的通知", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS, size=22, line=36)
    b.blank()
    b.p("各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门：", indent=False)
    # hand-typed indents with full-width spaces instead of paragraph indentation
    b.p("　　中国（河南）自由贸易试验区（以下简称河南自贸试验区）设立以来，各片区聚焦“两体系、一枢纽”战略定位，"
        "在投资贸易便利化、多式联运、跨境电商等领域深化制度创新，形成了一批实践效果好、风险可控的改革试点经验。"
        "经省政府同意，现将河南自贸试验区第七批改革试点经验（共8项）印发给你们，请结合实际认真复制推广。",
        indent=False, clause=True)
    b.p([("　　一、总体要求", {"font": HT, "bold": True})], indent=False)
    b.p("　　坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入实施自由"
        "贸易试验区提升战略，坚持应推尽推、能推尽推，推动改革试点经验在更大范围落地生根，为打造内陆高水平对外开放"
        "新高地提供有力支撑。", indent=False, clause=True)
    b.p([("　　二、重点任务", {"font": HT, "bold": True})], indent=False)
    b.p([("　　（一）分类推进复制推广", {"font": KT})], indent=False)
    b.p("　　1.对在全省范围内复制推广的改革试点经验，各负责单位要在2026年5月31日前出台具体实施办法或操作规程，"
        "加强对各地的业务指导和培训，确保全省统一标准、同步实施。", indent=False, clause=True)
    b.p("　　2.对在特定区域复制推广的改革试点经验，相关省辖市人民政府和航空港区管委会要会同负责单位制定推广方案，"
        "结合本地产业特点和开放平台布局，因地制宜推动落地。", indent=False, clause=True)
    b.p([("　　（二）强化部门协同。", {"font": KT}),
         ("各负责单位要主动对接商务部、海关总署等国家部委，争取政策支持；涉及多个部门的改革事项，牵头单位要加强统筹"
          "协调，配合单位要积极主动参与，形成工作合力。", {})], indent=False, clause=True)
    b.p([("　　（三）加强评估督导。", {"font": KT}),
         ("省自贸试验区建设领导小组办公室要将复制推广工作纳入对各地、各部门开放型经济工作考核内容，定期开展第三方"
          "评估，对工作推进不力的进行通报。", {})], indent=False, clause=True)
    b.p([("　　三、其他事项", {"font": HT, "bold": True})], indent=False)
    b.p("　　各地、各部门在复制推广过程中遇到的重大问题，要及时报告省政府。", indent=False, clause=True)
    b.p("　　本通知自2026年3月1日起施行，有效期至2028年2月29日。", indent=False, clause=True)
    b.blank()
    b.p("　　附件：中国（河南）自由贸易试验区第七批改革试点经验", indent=False)
    b.blank(4)
    b.p("　　　　　　　　　　　　　　河南省人民政府办公厅", indent=False)
    b.p("　　　　　　　　　　　　　　　　2026年2月10日", indent=False)
    b.p("　　（此件主动公开）", indent=False)

    # --------------- attachment
    b.page_break()
    b.p("附件", indent=False, font=HT)
    b.blank()
    b.p([("中国（河南）自由贸易试验区", {}), (None, {"br": True}), ("第七批改革试点经验", {})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        font=XBS, size=22, line=36)
    b.blank()
    cats = [
        ("一、投资便利化（2项）", [
            ("外商投资企业“证照联办+跨境缴税”服务。", "（负责单位：省商务厅、省市场监管局、省税务局）",
             ["通过河南省企业登记全程电子化平台，将外商投资企业设立登记、经营许可、税务登记、银行开户预约等事项集成"
              "办理，同步开通非居民企业所得税跨境电子缴税服务，境外投资者足不出境即可完成企业设立和税款缴纳。"],
             "全省"),
            ("重大外资项目“专班+管家”全周期服务机制。", "（负责单位：省商务厅、省发展改革委）",
             ["对总投资1亿美元以上的重大外资项目，由项目所在地政府组建工作专班，配备“项目管家”，提供从洽谈签约、"
              "审批办证到开工投产的全周期跟踪服务，建立问题清单、责任清单、销号清单“三张清单”闭环管理。"],
             "全省"),
        ]),
        ("二、贸易便利化（3项）", [
            ("跨境电商“1210”保税进口“区港联动”模式。", "（负责单位：郑州海关、省商务厅）",
             ["依托郑州新郑综合保税区与郑州航空口岸联动监管，跨境电商“1210”保税进口商品在口岸卸机后直接转入综合保税区"
              "仓储，实行“入区即理货、清单即核放”，订单从下单到出区配送时间压缩至6小时以内。"],
             "全省具备条件的综合保税区和保税物流中心（B型）"),
            ("中欧班列（郑州）“集拼集运”海关监管模式。", "（负责单位：郑州海关、省发展改革委、省交通运输厅）",
             ["允许不同企业、不同品类的出口货物在中欧班列（郑州）集结中心统一拼箱，海关对拼箱货物实施“分单申报、"
              "集中查验、整列放行”，解决中小企业货量小、单独成箱成本高的问题。",
              "同时，对境外回程货物实行“提前申报、抵站直提”，境外段运输信息与海关监管系统实时共享，班列在郑州站的"
              "平均停留时间由36小时缩短至12小时。"],
             "全省"),
            ("航空物流电子货运“一单到底”模式。", "（负责单位：郑州海关、省交通运输厅、河南机场集团）",
             ["推行航空货运电子运单，整合航空公司、货运代理、地面服务和海关监管数据，实现货物收运、安检、通关、装机"
              "全流程电子化，单票货物地面操作时间压缩30%以上。"],
             "郑州市、航空港区"),
        ]),
        ("三、金融服务（1项）", [
            ("跨境人民币结算“首办户”精准服务机制。", "（负责单位：中国人民银行河南省分行）",
             ["建立首次办理跨境人民币业务企业名单库，由银行机构“一对一”对接，为首办户提供政策辅导、结算开户、汇率"
              "咨询等服务，推动跨境贸易和投资人民币结算便利化。"],
             "全省"),
        ]),
        ("四、政府职能转变（2项）", [
            ("涉企行政检查“扫码入企”监管机制。", "（负责单位：省司法厅、省市场监管局）",
             ["执法人员入企检查前须通过“河南省行政执法监督平台”生成检查码，企业扫码即可查看检查事项、检查依据和执法"
              "人员信息，检查结果实时上传，实现涉企检查“有码可查、无码不入”。"],
             "全省"),
            ("自贸试验区“政务服务+帮办代办”工作机制。", "（负责单位：省行政审批和政务信息管理局）",
             ["在政务服务中心设立自贸试验区专窗，组建帮办代办队伍，为外资企业和外贸企业提供项目审批、证照办理等"
              "事项的全程帮办代办服务，实现“企业点单、专员跑腿”。"],
             "全省"),
        ]),
    ]
    n = 0
    for cat, exps in cats:
        b.p([("　　" + cat, {"font": HT, "bold": True})], indent=False)
        for title, unit, contents, scope in exps:
            n += 1
            head = "%d.%s" % (n, title)
            b.p([("　　" + head, {"font": KT}), (unit, {"font": KT})], indent=False, clause=head + unit)
            b.p([("　　主要内容：", {"bold": True}), (contents[0], {})], indent=False,
                clause="主要内容：" + contents[0])
            for extra in contents[1:]:
                b.p("　　" + extra, indent=False, clause=extra)
            b.p("　　推广范围：" + scope, indent=False, clause="推广范围：" + scope)
        b.blank()  # stray empty paragraph after each category
    b.blank(2)
    b.banji([
        ["抄送：省委各部门，省军区，各人民团体。",
         "　　　省人大常委会办公厅，省政协办公厅，省法院，省检察院。"],
        ["河南省人民政府办公厅　　　　　　　　2026年2月10日印发"],
    ])
    meta = {
        "title": "河南省人民政府办公厅关于复制推广中国（河南）自由贸易试验区第七批改革试点经验的通知",
        "doc_number": "豫政办〔2026〕11号",
        "issuer": ["河南省人民政府办公厅"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": ["中国（河南）自由贸易试验区第七批改革试点经验"],
        "doc_type": "通知",
        "recipients": ["各省辖市人民政府", "济源示范区、航空港区管委会", "省人民政府各部门"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return b, "blind405_henan_tongzhi", [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (doc_fujian, doc_sichuan, doc_henan):
        b, stem, objs = fn()
        path = b.save(stem)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_405", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
