# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 514: 政策兑现 notices (流程 arrows, 时间安排, ☐ 材料清单, 承诺书)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()   # soft line break marker
PAGE = object()  # page break marker

PPR_AFTER_PBDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                  'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                  'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr',
                  'w:pPrChange')


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rf = rPr.get_or_add_rFonts()
    rf.set(qn('w:eastAsia'), font)
    rf.set(qn('w:ascii'), "Times New Roman" if font in (FS, KT) else font)
    rf.set(qn('w:hAnsi'), "Times New Roman" if font in (FS, KT) else font)


def add_border(par, side, color="FF0000", sz=12):
    pPr = par._p.get_or_add_pPr()
    pbdr = pPr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls('w'))
        pPr.insert_element_before(pbdr, *PPR_AFTER_PBDR)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                   % (side, nsdecls('w'), sz, color))
    pbdr.append(el)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.d = Document()
        self.objs = []
        self.cur = None
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.d.styles['Normal']
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        self.d.core_properties.author = "Administrator"
        self._footer()
        self._numdef = False

    # ---- page number in footer: "— 1 —"
    def _footer(self):
        fp = self.d.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_run(r, "宋体", 14)
        r = fp.add_run()
        set_run(r, "宋体", 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
        r = fp.add_run()
        set_run(r, "宋体", 14)
        it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w'))
        r._r.append(it)
        r = fp.add_run()
        set_run(r, "宋体", 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
        r = fp.add_run("1")
        set_run(r, "宋体", 14)
        r = fp.add_run()
        set_run(r, "宋体", 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
        r = fp.add_run(" —")
        set_run(r, "宋体", 14)

    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    def p(self, runs=None, clause=None, indent=True, align=None, line=28,
          before=0, after=0, font=FS, size=16, bold=False, color=None, left=None):
        """runs: str or list of str / tuple(text, font, bold) / BR / PAGE."""
        par = self.d.add_paragraph()
        pf = par.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(32)
        if left is not None:
            pf.left_indent = Pt(left)
        if align is not None:
            par.alignment = align
        if runs is None:
            runs = []
        if isinstance(runs, str):
            runs = [runs]
        texts = []
        for item in runs:
            if item is BR:
                r = par.add_run()
                set_run(r, font, size)
                r.add_break()
                continue
            if item is PAGE:
                r = par.add_run()
                r.add_break(WD_BREAK.PAGE)
                continue
            if isinstance(item, str):
                t, f, b = item, font, bold
            else:
                t = item[0]
                f = item[1] if len(item) > 1 else font
                b = item[2] if len(item) > 2 else bold
            r = par.add_run(t)
            set_run(r, f, size, b, color)
            texts.append(t)
        if clause is True:
            self.clause("".join(texts))
        elif isinstance(clause, str):
            self.clause(clause)
        elif isinstance(clause, list):
            for c in clause:
                self.clause(c)
        return par

    def blank(self, n=1):
        for _ in range(n):
            self.p("", indent=False)

    def page_break(self):
        par = self.d.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def title(self, lines, size=22):
        if isinstance(lines, str):
            lines = [lines]
        for ln in lines:
            self.p(ln, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35,
                   font=XBS, size=size)

    def heading(self, text, font=HT):
        self.p(text, font=font)

    def red_rule(self):
        par = self.p("", indent=False, line=6)
        add_border(par, "bottom", "FF0000", 24)

    # ---- Word automatic numbering "1." (no tab after the number)
    def _ensure_num(self):
        if self._numdef:
            return
        numbering = self.d.part.numbering_part.element
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="514">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
            '</w:abstractNum>' % nsdecls('w'))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            '<w:num %s w:numId="514"><w:abstractNumId w:val="514"/></w:num>' % nsdecls('w')))
        self._numdef = True

    def numbered(self, runs, shown_prefix):
        """paragraph numbered by Word; clause text carries the rendered number."""
        self._ensure_num()
        par = self.p(runs, clause=None, indent=True)
        pPr = par._p.get_or_add_pPr()
        numPr = pPr.get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = 514
        texts = [t if isinstance(t, str) else t[0] for t in (runs if isinstance(runs, list) else [runs])]
        self.clause(shown_prefix + "".join(texts))
        return par

    def table(self, header, rows, widths, clause=True, size=12, font=FS, hdr_font=HT):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.d.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        allrows = [header] + rows
        for i, row in enumerate(allrows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Cm(widths[j])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                par = cell.paragraphs[0]
                par.paragraph_format.line_spacing = Pt(20)
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or len(str(val if isinstance(val, str) else "".join(x for x in val if isinstance(x, str)))) < 12) else WD_ALIGN_PARAGRAPH.LEFT
                parts = val if isinstance(val, list) else [val]
                for part in parts:
                    r = par.add_run()
                    set_run(r, hdr_font if i == 0 else font, size, i == 0)
                    if part is BR:
                        r.add_break()
                    else:
                        r.text = part
        set_widths(t, widths)
        if clause:
            for row in rows:
                cells = []
                for h, val in zip(header, row):
                    v = "".join(x for x in val if isinstance(x, str)) if isinstance(val, list) else val
                    cells.append("%s：%s" % (h, v))
                self.clause("；".join(cells))
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.blank(2)
        par = self.p(chaosong, indent=False, size=14, left=14)
        add_border(par, "top", "000000", 8)
        add_border(par, "bottom", "000000", 4)
        par = self.p([yinfa_org, "          " + yinfa_date], indent=False, size=14, left=14)
        add_border(par, "bottom", "000000", 8)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.d.save(path)
        return path


# ---------------------------------------------------------------------------
# 1. 厦门：跨境电商扶持政策兑现通知（市级，联合发文，版头用无框表格排版）
# ---------------------------------------------------------------------------
def doc_xiamen():
    b = Builder("blind514_xiamen_tongzhi")
    b.start({
        "title": "关于组织开展2025年度跨境电子商务发展扶持政策兑现工作的通知",
        "doc_number": "厦商务〔2026〕15号",
        "issuer": ["厦门市商务局", "厦门市财政局"],
        "date": "2026-02-10",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": ["厦门市2025年度跨境电子商务发展扶持资金申报材料清单", "信用承诺书"],
        "doc_type": "通知",
        "recipients": ["各区商务局", "各区财政局", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    d = b.d
    # 版头：两个机关名称 + “文件”，用无边框表格排版
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["厦门市商务局", "厦门市财政局"]):
        c = t.cell(i, 0)
        c.width = Cm(11)
        par = c.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = par.add_run(org)
        set_run(r, XBS, 30, False, RED)
    set_widths(t, [11, 4.5])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(4.5)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    par = m.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("文件")
    set_run(r, XBS, 40, False, RED)
    b.blank(1)
    b.p("厦商务〔2026〕15号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.red_rule()
    b.blank(1)
    b.title(["关于组织开展2025年度跨境电子商务发展", "扶持政策兑现工作的通知"])
    b.blank(1)
    b.p("各区商务局，各区财政局，各有关企业：", indent=False)
    b.p("为贯彻落实《厦门市人民政府办公厅关于加快跨境电子商务高质量发展的若干措施》（厦府办规〔2024〕6号）精神，"
        "推动我市跨境电商扶持政策直达快享，现就组织开展2025年度跨境电子商务发展扶持政策兑现工作有关事项通知如下：",
        clause=True)
    b.heading("一、兑现范围")
    b.p([("（一）支持对象。", KT, True),
         "在厦门市依法注册登记、具有独立法人资格，且2025年度开展跨境电商进出口业务的企业，"
         "以及经认定的跨境电商产业园区、公共海外仓运营主体。"], clause=True)
    b.p([("（二）兑现期间。", KT, True),
         "本次兑现的业务发生期间为2025年1月1日—2025年12月31日，以海关统计数据和企业实际支付凭证为准。"], clause=True)
    b.p([("（三）兑现事项。", KT, True), "本次兑现以下三类扶持事项："], clause=True)
    b.p("1.跨境电商出口（9610、9710、9810模式）年度申报额首次超过1000万美元的企业，给予一次性奖励30万元；", clause=True)
    b.p("2.新认定的市级跨境电商产业园区，给予运营主体最高100万元补助；", clause=True)
    b.p("3.企业在境外新建或租赁公共海外仓，仓储面积达到5000平方米以上的，按实际租金的20%给予补助，"
        "单个企业最高不超过200万元。", clause=True)
    b.blank(1)
    b.heading("二、兑现流程")
    b.p("本次政策兑现按以下流程办理：企业申报→区级初审→市级复核→社会公示→资金拨付。", clause=True)
    b.p([("（一）企业申报。", KT, True),
         "企业登录“厦门市惠企政策兑现平台”在线填报申报信息，上传申报材料，并对材料真实性负责。"], clause=True)
    b.p([("（二）区级初审。", KT, True),
         "各区商务局会同区财政局对企业申报材料进行初审，重点审核申报主体资格、业务真实性及材料完整性，出具初审意见。"],
        clause=True)
    b.p([("（三）市级复核。", KT, True),
         "市商务局会同市财政局委托第三方机构对初审通过的项目进行复核，必要时开展实地核查。"], clause=True)
    b.p([("（四）社会公示。", KT, True),
         "复核通过的项目在市商务局门户网站公示5个工作日，公示期间无异议的，列入拨付计划。"], clause=True)
    b.p([("（五）资金拨付。", KT, True),
         "市财政局根据市商务局提出的资金分配方案，按国库集中支付有关规定将资金直接拨付至企业账户。"], clause=True)
    b.blank(1)
    b.heading("三、时间安排")
    b.p([("（一）企业申报：", KT, True), "2026年3月1日—3月31日；"], clause=True)
    b.p([("（二）区级初审：", KT, True), "2026年4月1日—4月20日；"], clause=True)
    b.p([("（三）市级复核：", KT, True), "2026年4月21日—5月20日；"], clause=True)
    b.p([("（四）社会公示：", KT, True), "2026年5月下旬；"], clause=True)
    b.p([("（五）资金拨付：", KT, True), "2026年6月30日前。"], clause=True)
    b.p("逾期未申报的，视为自动放弃本年度兑现资格。", clause=True)
    b.blank(1)
    b.heading("四、申报材料")
    b.p("企业应按以下清单准备申报材料（在对应方框内勾选），一式两份，按顺序装订成册并加盖公章：", clause=True)
    items1 = [
        "☐《2025年度跨境电子商务发展扶持资金申报表》；",
        "☐营业执照复印件；",
        "☐跨境电商出口报关单或清单汇总数据（海关出具）；",
        "☐企业银行基本账户开户证明；",
        "☐信用承诺书（附件2）。",
    ]
    runs = []
    for i, it in enumerate(items1):
        if i:
            runs.append(BR)
        runs.append(it)
    b.p(runs, clause=items1)   # one paragraph, soft line breaks between boxes
    b.p("其中，申报海外仓补助的，还需提供：", clause=True)
    items2 = [
        "☐海外仓租赁合同、租金支付凭证及发票复印件；",
        "☐海外仓所在国（地区）出具的仓储面积证明及中文译本；",
        "☐海外仓运营情况说明（含服务企业名单）。",
    ]
    runs = []
    for i, it in enumerate(items2):
        if i:
            runs.append(BR)
        runs.append(it)
    b.p(runs, clause=items2)
    b.blank(1)
    b.heading("五、有关要求")
    b.p([("（一）压实审核责任。", KT, True),
         "各区要严格按照“谁审核、谁负责”的原则，认真做好初审工作，确保申报数据真实准确，不得擅自扩大或缩小支持范围。"],
        clause=True)
    b.p([("（二）严肃财经纪律。", KT, True),
         "企业对申报材料的真实性、合法性负责。对弄虚作假、骗取套取财政资金的，一经查实，追回已拨付资金，"
         "取消其三年内申报市级财政专项资金资格，并纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"], clause=True)
    b.p([("（三）加强政策宣传。", KT, True),
         "各区要通过政务服务平台、企业服务群等渠道主动推送政策，对符合条件的企业做到应知尽知、应享尽享。"], clause=True)
    b.p("联系人及电话：市商务局电子商务处，林女士，0592-5321688；市财政局经济建设处，陈先生，0592-5379246。",
        clause=True)
    b.blank(1)
    b.p("附件：1．厦门市2025年度跨境电子商务发展扶持资金申报材料清单")
    b.p("      2．信用承诺书")
    b.blank(2)
    b.p("厦门市商务局                    厦门市财政局", indent=False, left=48)
    b.blank(1)
    b.p("2026年2月10日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("（此件公开发布）")

    # 附件1
    b.page_break()
    b.p("附件1", indent=False, font=HT)
    b.blank(1)
    b.title("厦门市2025年度跨境电子商务发展扶持资金申报材料清单", size=18)
    b.blank(1)
    header = ["序号", "材料名称", "适用事项", "企业自查"]
    rows = [
        ["1", "《2025年度跨境电子商务发展扶持资金申报表》", "全部事项", "☐"],
        ["2", "营业执照复印件（加盖公章）", "全部事项", "☐"],
        ["3", "跨境电商出口报关单或清单汇总数据", "出口奖励", "☐"],
        ["4", "产业园区认定文件", "园区补助", "☐"],
        ["5", "海外仓租赁合同、租金支付凭证及发票复印件", "海外仓补助", "☐"],
        ["6", "企业银行基本账户开户证明", "全部事项", "☐"],
        ["7", "信用承诺书", "全部事项", "☐"],
    ]
    b.table(header, rows, [1.5, 8.0, 3.0, 2.5])
    b.p("注：材料复印件均须加盖企业公章，“企业自查”栏由申报企业勾选。", indent=False, size=12, clause=True)

    # 附件2 承诺书
    b.page_break()
    b.p("附件2", indent=False, font=HT)
    b.blank(1)
    b.title("信用承诺书")
    b.blank(1)
    b.p("本单位自愿申报2025年度跨境电子商务发展扶持资金，现郑重承诺如下：", clause=True)
    b.p("一、本单位提交的全部申报材料真实、准确、完整，不存在虚报、瞒报、伪造、篡改等情形。", clause=True)
    b.p("二、本单位近三年内未发生重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单。", clause=True)
    b.p("三、本次申报事项未同时获得市级其他财政资金重复支持。", clause=True)
    b.p("四、本单位自愿接受财政、审计、商务等部门的监督检查，如有违反上述承诺的行为，愿意承担相应法律责任，"
        "并退回已获得的扶持资金。", clause=True)
    b.blank(2)
    b.p("承诺单位（盖章）：____________________", indent=False, left=128)
    b.blank(1)
    b.p("法定代表人（签字）：__________________", indent=False, left=128)
    b.blank(1)
    b.p("年   月   日", indent=False, left=288)
    b.banji("抄送：市人民政府办公厅，市审计局。",
            "厦门市商务局办公室", "          2026年2月11日印发")
    return b


# ---------------------------------------------------------------------------
# 2. 西安国际港务区：中欧班列集结中心政策兑现通知（园区级，自动编号，时间表格）
# ---------------------------------------------------------------------------
def doc_xian():
    b = Builder("blind514_xian_gangwuqu_tongzhi")
    b.start({
        "title": "西安国际港务区管理委员会关于做好2025年度中欧班列（西安）集结中心建设扶持政策兑现工作的通知",
        "doc_number": "西港管发〔2026〕9号",
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2026-02-26",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": None,
        "expires": None,
        "attachments": ["企业信用承诺书"],
        "doc_type": "通知",
        "recipients": ["区属各部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.blank(1)
    b.p("西安国际港务区管理委员会文件", indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
        font=XBS, size=26, color=RED, line=40)
    b.blank(1)
    b.p("西港管发〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.red_rule()
    b.blank(1)
    # 标题：一个段落里用软回车折行
    b.p(["西安国际港务区管理委员会", BR, "关于做好2025年度中欧班列（西安）", BR,
         "集结中心建设扶持政策兑现工作的通知"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
        font=XBS, size=22, line=35)
    b.blank(1)
    b.p("区属各部门，各有关企业：", indent=False)
    b.p("为深入贯彻共建“一带一路”倡议，加快推进中欧班列（西安）集结中心高质量建设，根据《西安国际港务区支持"
        "中欧班列（西安）集结中心建设若干政策》（西港管发〔2024〕21号，以下简称《若干政策》），"
        "现就做好2025年度扶持政策兑现工作通知如下。", clause=True)
    b.heading("一、兑现事项")
    b.p([("（一）班列开行奖励。", FS, True),
         "对在港务区注册并组织开行中欧班列（西安）的平台企业，按2025年度实际组织开行列数给予奖励，每列奖励不超过2万元。"],
        clause=True)
    b.p([("（二）集货物流补贴。", FS, True),
         "对通过中欧班列（西安）运输本地生产货物的外贸企业，按实际运输集装箱数量给予每标箱500元补贴，"
         "单个企业年度补贴总额不超过300万元。"], clause=True)
    b.p([("（三）“班列+跨境电商”奖励。", FS, True),
         "对利用中欧班列开展跨境电商B2B出口（9710、9810）的企业，按年度运输货值的1%给予奖励，最高不超过100万元。"],
        clause=True)
    b.p([("（四）海外仓及分拨中心补助。", FS, True),
         "对在中欧班列沿线国家新设海外仓或分拨中心的企业，按实际投资额的10%给予一次性补助，最高不超过150万元。"],
        clause=True)
    b.heading("二、兑现流程")
    b.p("本次兑现工作按照以下流程实施：", clause=True)
    b.p("申报→初审→复核→公示→拨付", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT, clause=True)
    b.numbered("申报。符合条件的企业于规定时间内通过“港务区企业服务平台”提交申报材料，同时报送纸质材料至港务区政务服务中心3号窗口。", "1.")
    b.numbered("初审。区口岸物流局对申报材料进行形式审查，对材料不全的，一次性告知企业补正，补正时间不超过5个工作日。", "2.")
    b.numbered("复核。区财政局会同区审计部门或委托第三方机构对初审结果进行复核，形成复核意见。", "3.")
    b.numbered("公示。复核结果经管委会主任办公会审定后，在港务区门户网站公示7日。", "4.")
    b.numbered("拨付。公示无异议的，由区财政局在公示结束后15个工作日内拨付资金。", "5.")
    b.heading("三、时间安排")
    b.p("各阶段工作时间安排如下表：", clause=True)
    header = ["序号", "工作阶段", "时间安排", "责任单位"]
    rows = [
        ["1", "企业申报", ["2026年3月1日—", BR, "3月31日"], "各申报企业"],
        ["2", "初审", "2026年4月1日—4月15日", "区口岸物流局"],
        ["3", "复核", "2026年4月16日—5月15日", "区财政局"],
        ["4", "公示", "2026年5月18日—5月24日", "区口岸物流局"],
        ["5", "拨付", "2026年5月25日—6月12日", "区财政局"],
    ]
    b.table(header, rows, [1.5, 3.0, 6.0, 4.5], size=14)
    b.heading("四、申报材料")
    b.p("申报企业应提交以下材料（请在已提交材料前的“☐”内打“√”）：", clause=True)
    b.heading("（一）通用材料", font=KT)
    for t in ["☐1.政策兑现申报表（加盖企业公章）；",
              "☐2.营业执照副本复印件；",
              "☐3.法定代表人身份证复印件；",
              "☐4.企业信用承诺书（见附件）。"]:
        b.p(t, clause=True)
    b.heading("（二）专项材料", font=KT)
    for t in ["☐5.班列开行计划、运单及铁路部门出具的发运证明；",
              "☐6.集装箱运输明细表及对应报关单；",
              "☐7.跨境电商出口货值统计表（需经海关数据比对）；",
              "☐8.海外仓或分拨中心投资合同、付款凭证及境外注册文件。"]:
        b.p(t, clause=True)
    b.heading("五、工作要求")
    b.p("（一）各申报企业要如实填报数据，对申报材料的真实性负责。凡提供虚假材料的，取消当年度申报资格，"
        "已兑现资金全额追回，三年内不得申报港务区各类扶持资金。", clause=True)
    b.p("（二）区属各有关部门要严格落实首问负责、限时办结制度，不得向企业收取任何费用。", clause=True)
    b.p("（三）本通知未尽事宜，按照《若干政策》有关规定执行。", clause=True)
    b.p("咨询电话：029-83361205（区口岸物流局）。", clause=True)
    b.blank(1)
    b.p("附件：企业信用承诺书")
    b.blank(3)
    b.p("西安国际港务区管理委员会", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("二〇二六年二月二十六日    ", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank(1)
    b.p("（此件公开发布）")

    b.page_break()
    b.p("附件", indent=False, font=HT)
    b.blank(1)
    b.title("企业信用承诺书")
    b.blank(1)
    b.p("本企业（单位）郑重承诺：", clause=True)
    b.p("一、严格遵守国家法律法规和西安国际港务区各项扶持政策规定，所提交的申报材料及相关数据真实、合法、有效。",
        clause=True)
    b.p("二、同一事项未重复申报国家、省、市其他同类扶持资金。", clause=True)
    b.p("三、自觉接受有关部门的监督检查和绩效评价，积极配合提供相关资料。", clause=True)
    b.p("四、如违反上述承诺，自愿退回已获扶持资金，并承担由此产生的一切法律责任。", clause=True)
    b.blank(2)
    # 签章区：无边框排版表格
    t = b.d.add_table(rows=4, cols=2)
    sig = [("", "企业名称（盖章）：________________"),
           ("", "法定代表人（签字）：______________"),
           ("", "联系电话：______________________"),
           ("", "年    月    日")]
    set_widths(t, [4.0, 11.6])
    for i, (l, r_) in enumerate(sig):
        t.cell(i, 0).width = Cm(5)
        t.cell(i, 1).width = Cm(10.6)
        par = t.cell(i, 1).paragraphs[0]
        par.paragraph_format.line_spacing = Pt(36)
        if i == 3:
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = par.add_run(r_)
        set_run(rr, FS, 16)
    b.banji("抄送：西安市商务局，西安市财政局。",
            "西安国际港务区管理委员会办公室", "2026年2月27日印发")
    return b


# ---------------------------------------------------------------------------
# 3. 福建：印发《实施细则》的通知 + 细则（含章节条款、条内表格、☐清单、承诺书）
# ---------------------------------------------------------------------------
def doc_fujian():
    b = Builder("blind514_fujian_xize")
    notice_meta = {
        "title": "关于印发《福建省外商投资企业奖励资金兑现实施细则》的通知",
        "doc_number": "闽商务外资〔2026〕6号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-02-13",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["福建省外商投资企业奖励资金兑现实施细则"],
        "doc_type": "通知",
        "recipients": ["各设区市商务主管部门", "平潭综合实验区经济发展局", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    b.start(notice_meta)
    b.blank(1)
    for org in ["福 建 省 商 务 厅", "福 建 省 财 政 厅"]:
        b.p(org, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=30,
            color=RED, line=40)
    b.blank(1)
    b.p("闽商务外资〔2026〕6号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.red_rule()
    b.blank(1)
    b.title(["关于印发《福建省外商投资企业奖励资金", "兑现实施细则》的通知"])
    b.blank(1)
    b.p("各设区市商务主管部门，平潭综合实验区经济发展局，各有关企业：", indent=False)
    b.p("为进一步稳外资、优服务，推动外商投资奖励政策及时兑现、精准直达，根据《福建省人民政府关于进一步优化"
        "外商投资环境加大吸引外商投资力度的实施意见》等文件精神，省商务厅、省财政厅制定了《福建省外商投资企业"
        "奖励资金兑现实施细则》，现印发给你们，请结合实际认真贯彻执行。", clause=True)
    b.p("2026年度奖励资金集中申报时间为2026年3月1日—3月31日，请各地提前做好政策宣传和企业辅导工作。"
        "执行中遇到的问题，请及时向省商务厅（外国投资管理处）反馈。", clause=True)
    b.blank(1)
    b.p("附件：福建省外商投资企业奖励资金兑现实施细则")
    b.blank(2)
    b.p("福建省商务厅　　　　　　　　福建省财政厅", indent=False, left=48)
    b.p("2026年2月13日　　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank(1)
    b.p("（此件公开发布）")

    b.start({
        "title": "福建省外商投资企业奖励资金兑现实施细则",
        "doc_number": "闽商务外资〔2026〕6号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-02-13",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-03-01",
        "expires": "2028-12-31",
        "attachments": ["外商投资企业奖励资金兑现信用承诺书"],
        "doc_type": "细则",
        "recipients": [],
        "publicity": None,
        "repeals": "《福建省商务厅 福建省财政厅关于印发〈福建省外商投资企业奖励资金管理暂行办法〉的通知》（闽商务外资〔2023〕9号）",
    })
    b.page_break()
    b.p("附件", indent=False, font=HT)
    b.blank(1)
    b.title("福建省外商投资企业奖励资金兑现实施细则")
    b.blank(1)

    def art(no, text):
        b.p([(no, HT, False), "　" + text], clause=True)

    def chap(t):
        b.p(t, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT, before=6, after=6)

    chap("第一章　总　　则")
    art("第一条", "为规范外商投资企业奖励资金（以下简称奖励资金）兑现工作，提高财政资金使用效益，根据《中华人民共和国"
        "外商投资法》《中华人民共和国预算法》及省级财政专项资金管理有关规定，制定本细则。")
    art("第二条", "本细则所称奖励资金，是指省级财政安排，用于支持外商投资企业在闽增资扩产、设立地区总部和研发中心的专项资金。")
    art("第三条", "奖励资金兑现遵循“公开透明、免申即享与依申请兑现相结合、事后奖补、绩效导向”的原则。")
    chap("第二章　奖励对象和标准")
    art("第四条", "在福建省（含中国（福建）自由贸易试验区）依法设立的外商投资企业，符合下列条件之一的，可申请奖励资金：")
    b.p("（一）年度实际使用外资金额（不含外方股东贷款）达到2000万美元及以上的制造业项目；", clause=True)
    b.p("（二）年度实际使用外资金额达到500万美元及以上的高技术服务业项目；", clause=True)
    b.p("（三）经省商务厅认定的跨国公司地区总部和外资研发中心。", clause=True)
    art("第五条", "奖励标准如下：")
    header = ["奖励类别", "认定条件", "奖励标准"]
    rows = [
        ["制造业增资扩产", "年度实际使用外资2000万美元及以上", "按实际使用外资金额的2%给予奖励，最高1000万元"],
        ["高技术服务业", "年度实际使用外资500万美元及以上", "按实际使用外资金额的2%给予奖励，最高500万元"],
        ["地区总部", "经省商务厅认定", "一次性奖励300万元"],
        ["外资研发中心", "经省商务厅认定", "一次性奖励200万元"],
    ]
    b.table(header, rows, [3.5, 5.5, 6.5], size=12)
    art("第六条", "同一企业同一年度符合本细则多项奖励条件的，按照“就高不重复”原则给予奖励。")
    chap("第三章　兑现流程")
    art("第七条", "奖励资金兑现按照“申报→初审→复核→公示→拨付”流程办理。")
    art("第八条", "兑现流程具体步骤如下：")
    b.p("（一）申报。企业通过“闽政通”惠企政策兑现服务专区提交申请，并按本细则第十一条规定上传申报材料。", clause=True)
    b.p("（二）初审。设区市商务主管部门会同同级财政部门在收到申报材料后15个工作日内完成初审，并将初审意见报送省商务厅。",
        clause=True)
    b.p("（三）复核。省商务厅会同省财政厅组织专家或委托第三方机构对初审意见进行复核。", clause=True)
    b.p("（四）公示。拟奖励企业名单在省商务厅门户网站公示，公示期不少于5个工作日。", clause=True)
    b.p("（五）拨付。公示无异议的，省财政厅按规定将奖励资金下达至设区市财政部门，由其在收到资金后30日内拨付至企业。",
        clause=True)
    art("第九条", "奖励资金原则上每年集中兑现一次，具体时间安排如下：")
    b.p("（一）企业申报：每年3月1日—3月31日；", clause=True)
    b.p("（二）设区市初审：4月1日—4月30日；", clause=True)
    b.p("（三）省级复核：5月1日—5月31日；", clause=True)
    b.p("（四）公示及拨付：6月1日—7月31日。", clause=True)
    art("第十条", "省商务厅可根据工作需要对时间安排进行调整，并提前在门户网站发布通知。")
    chap("第四章　申报材料")
    art("第十一条", "申请奖励资金的企业应提交下列材料，并对照勾选：")
    for t in ["☐（一）奖励资金申请表；",
              "☐（二）外商投资企业营业执照及最新年度外商投资信息报告回执；",
              "☐（三）外汇管理部门出具的外资到账凭证或银行出具的资本金入账证明；",
              "☐（四）会计师事务所出具的验资报告或实际使用外资专项审计报告；",
              "☐（五）地区总部或研发中心认定文件（申请相应奖励的提供）；",
              "☐（六）信用承诺书（见附件）。"]:
        b.p(t, clause=True)
    chap("第五章　监督管理")
    art("第十二条", "企业应当对申报材料的真实性、准确性和完整性负责。以虚报、冒领等手段骗取奖励资金的，由财政部门依照"
        "《财政违法行为处罚处分条例》等规定处理，并追回已拨付资金。")
    art("第十三条", "各级商务、财政部门及其工作人员在奖励资金兑现工作中，存在滥用职权、玩忽职守、徇私舞弊等违法违纪行为的，"
        "依法依规追究相应责任。")
    chap("第六章　附　　则")
    art("第十四条", "本细则由省商务厅、省财政厅负责解释。")
    art("第十五条", "本细则自2026年3月1日起施行，有效期至2028年12月31日。《福建省商务厅 福建省财政厅关于印发〈福建省"
        "外商投资企业奖励资金管理暂行办法〉的通知》（闽商务外资〔2023〕9号）同时废止。")
    b.blank(1)
    b.p("附件：外商投资企业奖励资金兑现信用承诺书")

    b.page_break()
    b.p("附件", indent=False, font=HT)
    b.blank(1)
    b.title("外商投资企业奖励资金兑现信用承诺书")
    b.blank(1)
    b.p("本企业____________________（统一社会信用代码：__________________）自愿申请福建省外商投资企业奖励资金，"
        "现作出如下承诺：", clause=True)
    b.p("1．所提交的申报材料真实、准确、完整，无任何虚假内容；", clause=True)
    b.p("2．企业近三年未被列入严重违法失信名单，未发生重大违法违规行为；", clause=True)
    b.p("3．本次申报的项目未获得其他省级财政资金重复奖励；", clause=True)
    b.p("4．如有违反，自愿退回全部奖励资金，并承担相应法律责任。", clause=True)
    b.blank(2)
    b.p("承诺企业（盖章）：________________", indent=False, left=160)
    b.p("法定代表人（签字）：______________", indent=False, left=160)
    b.blank(1)
    b.p("                                        年    月    日", indent=False)
    b.banji("抄送：商务部外国投资管理司，省审计厅。",
            "福建省商务厅办公室", "                2026年2月14日印发")
    return b


def main():
    expected = {}
    for fn in (doc_xiamen, doc_xian, doc_fujian):
        b = fn()
        path = b.save()
        expected[b.stem] = b.objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_514", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
