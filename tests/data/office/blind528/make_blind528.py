# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 528: 跨境电商公共海外仓认定申报通知 (with 认定标准/申报书/汇总表)."""
import json
import re
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

SEG_RE = re.compile(r"(\*\*.*?\*\*|\{\{.*?\}\}|##.*?##)")


def strip_markup(s):
    return re.sub(r"\*\*|\{\{|\}\}|##", "", s)


def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        self.add_page_number(sec)
        self.docs = []  # list of dicts: meta + clauses
        self._numdef = False

    # ---- document objects -------------------------------------------
    def start(self, meta):
        self.docs.append({"meta": meta, "clauses": []})

    def clause(self, text):
        self.docs[-1]["clauses"].append(text)

    # ---- paragraphs ---------------------------------------------------
    def p(self, text="", font=FS, size=16, indent=True, align=None, clause=False,
          bold=False, color=None, exact=28, before=0, after=0, style=None):
        par = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        pf = par.paragraph_format
        if exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(exact)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for seg in SEG_RE.split(text):
            if not seg:
                continue
            f, b = font, bold
            if seg.startswith("**"):
                seg, b = seg[2:-2], True
            elif seg.startswith("{{"):
                seg, f, b = seg[2:-2], KT, True
            elif seg.startswith("##"):
                seg, f, b = seg[2:-2], HT, False
            r = par.add_run(seg)
            set_font(r, f, size, b, color)
        if clause:
            self.clause(strip_markup(text).strip("　 "))
        return par

    def soft(self, pieces, clause=True, **kw):
        """One Word paragraph; pieces separated by Shift+Enter line breaks."""
        par = self.p("", **kw)
        for i, t in enumerate(pieces):
            if i:
                r = par.add_run()
                r.add_break()
            for seg in SEG_RE.split(t):
                if not seg:
                    continue
                b = False
                f = kw.get("font", FS)
                if seg.startswith("**"):
                    seg, b = seg[2:-2], True
                r = par.add_run(seg)
                set_font(r, f, kw.get("size", 16), b)
            if clause:
                self.clause(strip_markup(t))
        return par

    def numbered(self, items, numid):
        """Word automatic numbering (decimal, "%1.", no tab)."""
        self._ensure_num(numid)
        for i, t in enumerate(items, 1):
            par = self.p(t)
            numPr = par._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = numid
            self.clause("%d.%s" % (i, strip_markup(t)))

    def _ensure_num(self, numid):
        numbering = self.doc.part.numbering_part.element
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), numid))
        absel = parse_xml(absxml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (nsdecls("w"), numid, numid)))

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)
        par.paragraph_format.space_after = Pt(0)

    def red_line(self):
        par = self.doc.add_paragraph()
        pPr = par._p.get_or_add_pPr()
        pPr.append(parse_xml(
            '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'
            % nsdecls("w")))
        par.paragraph_format.space_after = Pt(12)
        return par

    def border_line(self, text, top=False, bottom=True, size=14, font=FS):
        par = self.p(text, font=font, size=size, indent=False, exact=None)
        pPr = par._p.get_or_add_pPr()
        sides = ""
        if top:
            sides += '<w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        if bottom:
            sides += '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        pPr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), sides)))
        return par

    # ---- tables -------------------------------------------------------
    def cell(self, c, text, size=12, bold=False, font=FS, align="c"):
        par = c.paragraphs[0]
        for line_i, line in enumerate(text.split("\n")):
            if line_i:
                par = c.add_paragraph()
            if align == "c":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "l":
                par.alignment = WD_ALIGN_PARAGRAPH.LEFT
            if line:
                set_font(par.add_run(line), font, size, bold)

    def grid(self, header, rows, widths=None, vmerge_cols=(), size=12, header_font=HT,
             clause=True, header_names=None, style="Table Grid", repeat_header=False,
             left_cols=()):
        ncols = len(header)
        t = self.doc.add_table(rows=1 + len(rows), cols=ncols)
        if style:
            t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            self.cell(t.cell(0, j), h, size, False, header_font)
        if repeat_header:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
        # fill; for vmerge columns only write the first of a run
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                if j in vmerge_cols and i > 1 and rows[i - 2][j] == v:
                    continue
                self.cell(t.cell(i, j), v, size, False, FS, "l" if j in left_cols else "c")
        for j in vmerge_cols:
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][j] != rows[start - 1][j]:
                    if i - 1 > start:
                        t.cell(start, j).merge(t.cell(i - 1, j))
                    start = i
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for r in t.rows:
                for j, w in enumerate(widths):
                    r.cells[j].width = Cm(w)
        if clause:
            names = header_names or header
            for row in rows:
                self.clause("；".join("%s：%s" % (h, v) for h, v in zip(names, row)))
        return t

    def form(self, rows, widths, size=12, style="Table Grid"):
        """Label/blank fill-in table. rows: list of lists; a None cell means merged into left."""
        ncols = len(widths)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        if style:
            t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            j = 0
            while j < ncols:
                v = row[j]
                k = j + 1
                while k < ncols and row[k] is None:
                    k += 1
                if k - 1 > j:
                    t.cell(i, j).merge(t.cell(i, k - 1))
                if v:
                    self.cell(t.cell(i, j), v, size, False, FS, "c" if j % 2 == 0 else "l")
                j = k
            tr = t.rows[i]
            tr.height = Cm(1.1)
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
        return t

    # ---- page setup ---------------------------------------------------
    def add_page_number(self, sec):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), "宋体", 14)
        r = fp.add_run()
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r2 = fp.add_run()
        it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        r2._r.append(it)
        r3 = fp.add_run()
        r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
        r4 = fp.add_run("1")
        set_font(r4, "宋体", 14)
        r5 = fp.add_run()
        r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        set_font(fp.add_run(" —"), "宋体", 14)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
            sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
            sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
            sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
            sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        return sec

    def save(self, stem):
        path = OUT / (stem + ".docx")
        self.doc.save(str(path))
        return path


# =====================================================================
# Document 1: 湖南省商务厅 (red header, attachments 1-3 in the same file, 版记 at the end)
# =====================================================================
def make_hunan():
    b = Builder()
    title = "湖南省商务厅关于开展2025年度跨境电商公共海外仓认定工作的通知"
    att = ["湖南省跨境电商公共海外仓认定标准",
           "湖南省跨境电商公共海外仓认定申报书",
           "2025年度湖南省跨境电商公共海外仓认定申报汇总表"]
    b.start({
        "title": title, "doc_number": "湘商务〔2025〕31号", "issuer": ["湖南省商务厅"],
        "date": "2025-04-15", "published": None, "level": "provincial", "region": "湖南省",
        "effective": None, "expires": None, "attachments": att, "doc_type": "通知",
        "recipients": ["各市州商务主管部门", "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会"],
        "publicity": "此件公开发布", "repeals": None})

    b.p("", exact=None)
    b.p("湖南省商务厅文件", font=XBS, size=48, indent=False, align="c", color=RED, exact=None)
    b.p("", exact=None)
    b.p("湘商务〔2025〕31号", indent=False, align="c")
    b.red_line()
    b.p("", exact=None)
    # title typed on two lines with a soft line break (Shift+Enter)
    tp = b.p("湖南省商务厅关于开展2025年度跨境电商", font=XBS, size=22, indent=False, align="c", exact=36)
    tp.add_run().add_break()
    set_font(tp.add_run("公共海外仓认定工作的通知"), XBS, 22)
    b.p("")
    b.p("各市州商务主管部门，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会：", indent=False)

    b.p("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、省政府关于促进跨境电子商务高质量发展的决策部署，支持我省企业建设和运营海外仓，完善跨境电商海外物流服务网络，助力长沙、岳阳、湘潭、郴州、株洲、衡阳等跨境电子商务综合试验区（以下简称综试区）高质量发展，省商务厅决定开展2025年度跨境电商公共海外仓认定工作。现将有关事项通知如下：", clause=True)

    b.p("一、申报条件", font=HT)
    b.p("申报企业应同时具备以下条件：", clause=True)
    for t in [
        "（一）申报主体为在湖南省内依法注册、具有独立法人资格的企业，注册时间满1年，近3年内未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。",
        "（二）海外仓在境外依法注册或合法运营，运营时间满1年（截至2025年3月31日），自有或租赁仓储面积不低于3000平方米，租赁期限剩余不少于2年。",
        "（三）海外仓具备完善的仓储管理系统（WMS）、订单管理系统（OMS）和运输管理系统（TMS），能够与国内外主要跨境电商平台实现数据对接，具备货物入库、分拣、包装、配送、退换货等一站式服务功能。",
        "（四）海外仓面向社会开放服务，2024年度服务国内跨境电商企业不少于20家，其中湖南省内企业不少于8家。",
        "（五）申报企业2024年度跨境电商进出口额不低于1000万元，或海外仓2024年度营业收入不低于500万元。",
    ]:
        b.p(t, clause=True)

    b.p("二、申报材料", font=HT)
    b.p("申报企业应按照《湖南省跨境电商公共海外仓认定申报书》（附件2）要求，提供以下材料（一式三份，A4纸双面打印，按顺序装订成册，并加盖企业公章）：", clause=True)
    for t in [
        "1.湖南省跨境电商公共海外仓认定申报书；",
        "2.企业营业执照副本复印件，境外公司注册证明文件及中文译本；",
        "3.海外仓产权证明或租赁合同复印件（外文材料需附中文译本）；",
        "4.海外仓信息管理系统截图及与跨境电商平台对接情况说明；",
        "5.2024年度服务企业清单及代表性服务合同复印件（不少于5份）；",
        "6.经会计师事务所审计的2024年度财务报告；",
        "7.企业信用承诺书及其他能够证明海外仓运营能力的材料。",
    ]:
        b.p(t, clause=True)

    b.p("三、申报程序", font=HT)
    for t in [
        "{{（一）企业申报。}}申报企业通过“湖南省商务厅业务综合平台”在线填报，并于**2025年5月16日前**将纸质材料报送至所在市州商务主管部门。自贸试验区片区内企业报送至所在片区管委会。",
        "{{（二）市州初审。}}各市州商务主管部门、各片区管委会负责对本地区申报材料的真实性、完整性进行初审，择优推荐，填写《2025年度湖南省跨境电商公共海外仓认定申报汇总表》（附件3），于**2025年5月30日前**将推荐文件、汇总表及企业申报材料报送省商务厅（对外贸易处）。",
        "{{（三）专家评审。}}省商务厅组织专家对推荐企业进行评审，必要时开展实地核查或视频连线核查，根据《湖南省跨境电商公共海外仓认定标准》（附件1）提出拟认定名单。",
        "{{（四）公示认定。}}拟认定名单在省商务厅门户网站公示5个工作日，公示无异议的，由省商务厅发文认定为“湖南省跨境电商公共海外仓”，有效期3年。",
    ]:
        b.p(t, clause=True)

    b.p("四、有关要求", font=HT)
    for t in [
        "（一）各市州商务主管部门要高度重视，认真组织辖区内企业申报，严格审核把关，对推荐材料的真实性负责。每个市州推荐数量原则上不超过5家，长沙市不超过10家。",
        "（二）申报企业应如实填报申报材料，对弄虚作假的，一经查实，取消其认定资格，3年内不得再次申报，并按规定纳入信用记录。",
        "（三）已认定的公共海外仓实行动态管理，省商务厅将定期开展运营情况监测和评估，评估不合格的撤销认定。",
    ]:
        b.p(t, clause=True)
    b.p("联系人：省商务厅对外贸易处王静、刘一鸣，联系电话：0731-82281356、82281927。", clause=True)
    b.p("")
    b.p("附件：1.湖南省跨境电商公共海外仓认定标准")
    b.p("　　　2.湖南省跨境电商公共海外仓认定申报书")
    b.p("　　　3.2025年度湖南省跨境电商公共海外仓认定申报汇总表")
    b.p("")
    b.p("　　　　　　　　　　　　　　　　湖南省商务厅", indent=False)
    b.p("　　　　　　　　　　　　　　　　2025年4月15日", indent=False)
    b.p("（此件公开发布）")

    # ---- 附件1 ----
    b.page_break()
    b.p("附件1", font=HT, indent=False)
    b.p("")
    b.p("湖南省跨境电商公共海外仓认定标准", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("", exact=None)
    rows = [
        ["基本条件", "运营主体", "在湖南省内依法注册的独立法人企业，注册时间满1年，信用状况良好"],
        ["基本条件", "运营时间", "海外仓在境外运营满1年"],
        ["基本条件", "仓储面积", "自有或租赁面积不低于3000平方米，租赁期限剩余不少于2年"],
        ["基本条件", "信息化水平", "具备WMS、OMS、TMS等管理系统，能与主要跨境电商平台数据对接"],
        ["基本条件", "服务能力", "2024年度服务国内跨境电商企业不少于20家，其中省内企业不少于8家"],
        ["基本条件", "经营规模", "2024年度跨境电商进出口额不低于1000万元或海外仓营业收入不低于500万元"],
        ["加分项", "仓储规模", "仓储面积达到10000平方米以上的，加5分"],
        ["加分项", "服务省内企业", "2024年度服务省内企业达到30家以上的，加5分"],
        ["加分项", "多元功能", "具备海外展示、售后维修、退货翻新、集货转运等增值服务功能的，每项加2分，最高加6分"],
        ["加分项", "布局“一带一路”", "海外仓位于共建“一带一路”国家或RCEP成员国的，加3分"],
        ["加分项", "联动中欧班列", "依托中欧班列（长沙）开展集货运输且2024年度发运量不少于50标箱的，加3分"],
    ]
    # header cells typed with spacing between characters
    b.grid(["类　别", "指　标", "标　　准"], rows, widths=[2.6, 3.4, 9.6], vmerge_cols=(0,),
           size=12, header_names=["类别", "指标", "标准"], repeat_header=True, left_cols=(2,))
    b.p("注：基本条件须全部满足；加分项累计最高不超过20分，评审时按得分高低择优认定。", size=12,
        exact=20, before=6, clause=True)

    # ---- 附件2 申报书 ----
    b.page_break()
    b.p("附件2", font=HT, indent=False)
    for _ in range(3):
        b.p("")
    b.p("湖南省跨境电商公共海外仓", font=XBS, size=26, indent=False, align="c", exact=40)
    b.p("认定申报书", font=XBS, size=26, indent=False, align="c", exact=40)
    for _ in range(4):
        b.p("")
    for t in ["申报单位（盖章）：__________________________",
              "海外仓所在国家（城市）：____________________",
              "推荐单位：__________________________________",
              "日期：　　　年　　月　　日"]:
        b.p("　　　" + t, indent=False, exact=40)
    for _ in range(3):
        b.p("")
    b.p("湖南省商务厅制", font=KT, indent=False, align="c")
    b.page_break()
    b.p("一、企业基本情况", font=HT, indent=False)
    b.form([
        ["企业名称", "", "统一社会信用代码", ""],
        ["注册地址", "", None, None],
        ["法定代表人", "", "联系电话", ""],
        ["联系人", "", "手机", ""],
        ["注册资本（万元）", "", "成立时间", ""],
        ["2024年跨境电商进出口额（万元）", "", "2024年营业收入（万元）", ""],
    ], widths=[3.8, 4.0, 3.8, 4.0])
    b.p("")
    b.p("二、海外仓基本情况", font=HT, indent=False)
    b.form([
        ["海外仓名称", "", "所在国家（城市）", ""],
        ["详细地址", "", None, None],
        ["仓储面积（平方米）", "", "产权性质", "□自有　□租赁"],
        ["开始运营时间", "", "2024年服务企业数（家）", ""],
        ["主要服务功能", "□仓储　□分拣包装　□尾程配送　□退换货　□展示　□售后维修", None, None],
    ], widths=[3.8, 4.0, 3.8, 4.0])
    b.p("")
    b.p("三、申报单位承诺", font=HT, indent=False)
    b.p("本单位郑重承诺：所提交的申报材料真实、准确、完整，如有虚假，愿意承担相应法律责任，并自愿接受取消认定资格等处理。", clause=True)
    b.p("法定代表人（签字）：　　　　　　　申报单位（盖章）", indent=False)
    b.p("　　　　　　　　　　　　　　　　　　　　年　　月　　日", indent=False)

    # ---- 附件3 汇总表 (landscape section) ----
    b.new_section(landscape=True)
    b.p("附件3", font=HT, indent=False)
    b.p("2025年度湖南省跨境电商公共海外仓认定申报汇总表", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("推荐单位（盖章）：　　　　　　　　　　　　　　　　　　　　　　　填报日期：　　年　　月　　日",
        size=14, indent=False)
    b.grid(["序号", "企业名称", "海外仓所在国家（城市）", "仓储面积（平方米）", "2024年服务企业数（家）",
            "联系人及电话", "备注"], [[""] * 7 for _ in range(6)],
           widths=[1.5, 5.0, 4.0, 3.0, 3.2, 3.5, 2.5], size=12, clause=False)

    # ---- 版记 (last page, portrait) ----
    b.new_section(landscape=False)
    for _ in range(18):
        b.p("")
    b.border_line("抄送：商务部对外贸易司，省财政厅，长沙海关，省邮政管理局。", top=True, bottom=True)
    b.border_line("湖南省商务厅办公室　　　　　　　　　　　　2025年4月16日印发", bottom=True)
    return b


# =====================================================================
# Document 2: 山东 joint notice, web version (no red header), auto numbering, soft breaks
# =====================================================================
def make_shandong():
    b = Builder()
    title = "山东省商务厅 山东省财政厅关于开展2026年度省级跨境电商公共海外仓认定工作的通知"
    att = ["山东省跨境电商公共海外仓认定标准",
           "山东省跨境电商公共海外仓认定申报书",
           "2026年度省级跨境电商公共海外仓推荐汇总表"]
    b.start({
        "title": title, "doc_number": "鲁商字〔2026〕21号", "issuer": ["山东省商务厅", "山东省财政厅"],
        "date": "2026-03-09", "published": None, "level": "provincial", "region": "山东省",
        "effective": None, "expires": None, "attachments": att, "doc_type": "通知",
        "recipients": ["各市商务局", "各市财政局", "中国（山东）自由贸易试验区各片区管委会"],
        "publicity": None, "repeals": None})

    b.p(title, font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("鲁商字〔2026〕21号", font=KT, indent=False, align="c", before=6)
    b.p("")
    b.p("各市商务局，各市财政局，中国（山东）自由贸易试验区各片区管委会：", indent=False)
    b.p("为深入落实党中央、国务院关于推进海外仓建设的决策部署，按照《山东省跨境电子商务高质量发展行动计划（2025—2027年）》要求，发挥青岛、济南、烟台、威海、临沂等跨境电子商务综合试验区示范引领作用，加快构建覆盖共建“一带一路”国家和主要贸易伙伴的海外仓网络，省商务厅、省财政厅决定开展2026年度省级跨境电商公共海外仓认定工作。现将有关事项通知如下：", clause=True)

    def head(t):
        par = b.p(t, font=HT, style="Heading 2", before=0, after=0)
        for r in par.runs:
            r.font.color.rgb = RGBColor(0, 0, 0)
            r.font.bold = False
        return par

    head("一、申报条件")
    b.p("申报企业须同时符合以下条件：", clause=True)
    b.soft([
        "（一）在山东省内注册，具有独立法人资格，财务管理制度健全，近两年无重大违法违规记录，未被列入严重失信主体名单。",
        "（二）海外仓运营满1年，自有或租赁仓储面积5000平方米以上（欧美地区）或3000平方米以上（其他地区），配备专业化仓储设施设备。",
        "（三）具备信息化管理系统，可实现入库、存储、订单处理、出库、尾程配送、退换货全流程可视化管理，与山东省跨境电商公共服务平台实现数据对接。",
        "（四）面向社会提供公共服务，2025年度服务跨境电商企业30家以上，其中山东省内企业10家以上，服务收入占海外仓总收入比例不低于50%。",
        "（五）已申报国家级或其他省份公共海外仓认定的，需在申报材料中如实说明。",
    ])

    head("二、申报材料")
    b.numbered([
        "山东省跨境电商公共海外仓认定申报书（附件2）；",
        "企业营业执照、海外仓所在国（地区）公司注册证明（附中文译本）；",
        "海外仓产权证书或租赁合同（附中文译本）；",
        "2025年度服务企业名单、服务合同及发票等证明材料；",
        "海外仓运营实景照片（含仓库外景、内景、主要设施设备）和信息系统截图；",
        "企业对申报材料真实性负责的承诺书。",
    ], numid=90)
    b.p("以上材料须加盖企业公章，装订成册（一式两份），并提供电子版（PDF格式）。", clause=True)

    head("三、申报程序")
    for t in [
        "**（一）企业申报。**符合条件的企业于**2026年4月10日前**向注册地所在市商务局提交申报材料。",
        "**（二）市级审核。**各市商务局会同财政局对申报材料进行审核，必要时进行实地或视频核查，择优确定推荐名单，于**2026年4月24日17:00前**将推荐函、汇总表（附件3）及申报材料（纸质版一式两份及电子版）报送省商务厅电子商务和信息化处。",
        "**（三）评审认定。**省商务厅会同省财政厅委托第三方机构组织专家评审，依据《山东省跨境电商公共海外仓认定标准》（附件1）打分排序，结合实地核查情况研究确定拟认定名单，经公示无异议后发文公布。",
    ]:
        b.p(t, clause=True)

    head("四、有关要求")
    for t in [
        "**（一）严格审核把关。**各市要认真做好组织申报和审核推荐工作，确保申报材料真实、准确、完整。对提供虚假材料的企业，取消申报资格，3年内不再受理其申报。",
        "**（二）加强政策支持。**对认定的省级公共海外仓，省级商务发展专项资金按照有关规定予以支持；各市要结合实际出台配套措施，支持企业拓展海外仓服务功能。",
        "**（三）强化动态管理。**省级公共海外仓认定有效期为3年，实行年度报告制度。认定企业应于每年1月31日前报送上年度运营情况。对运营不达标、存在弄虚作假行为的，撤销认定并追回相关资金。",
    ]:
        b.p(t, clause=True)
    b.p("联系人：省商务厅电子商务和信息化处赵磊，联系电话：0531-89013526；省财政厅经济建设处孙晓燕，联系电话：0531-82669318。", clause=True)
    b.p("")
    b.p("附件：1．山东省跨境电商公共海外仓认定标准")
    b.p("　　　2．山东省跨境电商公共海外仓认定申报书")
    b.p("　　　3．2026年度省级跨境电商公共海外仓推荐汇总表")
    b.p("")
    b.p("")
    # joint 落款 in a borderless layout table
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b.cell(t.cell(0, 0), "山东省商务厅", 16)
    b.cell(t.cell(0, 1), "山东省财政厅", 16)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    b.cell(m, "二〇二六年三月九日", 16)
    b.p("")

    # ---- 附件1 ----
    b.page_break()
    b.p("附件1", font=HT, indent=False)
    b.p("山东省跨境电商公共海外仓认定标准", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("", exact=None)
    rows = [
        ["基本指标", "1", "企业资质", "在山东省内注册的独立法人企业，近两年无重大违法违规记录"],
        ["基本指标", "2", "运营时间", "海外仓运营满1年"],
        ["基本指标", "3", "仓储面积", "欧美地区5000平方米以上，其他地区3000平方米以上"],
        ["基本指标", "4", "信息化水平", "具备全流程可视化管理系统，并与山东省跨境电商公共服务平台数据对接"],
        ["基本指标", "5", "公共服务", "2025年度服务跨境电商企业30家以上，其中省内企业10家以上"],
        ["基本指标", "6", "服务收入", "服务收入占海外仓总收入比例不低于50%"],
        ["加分项", "7", "区域布局", "位于共建“一带一路”国家、RCEP成员国或新兴市场的，加5分"],
        ["加分项", "8", "规模效益", "仓储面积超过20000平方米或2025年度服务收入超过3000万元的，加5分"],
        ["加分项", "9", "综试区联动", "与省内跨境电子商务综合试验区线上综合服务平台实现数据互联的，加3分"],
        ["加分项", "10", "海关监管模式", "开展跨境电商B2B出口（9710、9810）海外仓业务且2025年度申报单量居全省前列的，加3分"],
        ["加分项", "11", "绿色智能", "应用自动化分拣、智能仓储机器人等智能设备或取得绿色仓库认证的，加2分"],
    ]
    b.grid(["类别", "序号", "指标", "标准"], rows, widths=[2.4, 1.4, 3.0, 8.8], vmerge_cols=(0,),
           size=12, left_cols=(3,))

    # ---- 附件2 申报书 (cover laid out with a borderless table) ----
    b.page_break()
    b.p("附件2", font=HT, indent=False)
    for _ in range(3):
        b.p("")
    b.p("山东省跨境电商公共海外仓认定申报书", font=XBS, size=24, indent=False, align="c", exact=40)
    for _ in range(4):
        b.p("")
    lt = b.doc.add_table(rows=4, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, lab in enumerate(["申报单位（盖章）：", "海外仓名称：", "所在国家（地区）：", "推荐单位（盖章）："]):
        b.cell(lt.cell(i, 0), lab, 16, align="l")
        b.cell(lt.cell(i, 1), "______________________", 16, align="l")
        lt.rows[i].height = Cm(1.3)
    for _ in range(2):
        b.p("")
    b.p("日期：　　　年　　月　　日", indent=False, align="c")
    b.page_break()
    b.p("一、企业基本情况", font=HT, indent=False)
    b.form([
        ["企业名称", "", None, None],
        ["统一社会信用代码", "", "成立时间", ""],
        ["注册地址", "", None, None],
        ["法定代表人", "", "联系电话", ""],
        ["联系人", "", "手机", ""],
        ["2025年进出口额（万元）", "", "其中跨境电商（万元）", ""],
    ], widths=[3.8, 4.0, 3.8, 4.0])
    b.p("")
    b.p("二、海外仓基本情况", font=HT, indent=False)
    b.form([
        ["海外仓名称", "", None, None],
        ["所在国家（地区）", "", "所在城市", ""],
        ["仓储面积（平方米）", "", "产权性质", "□自有　□租赁"],
        ["投入运营时间", "", "2025年服务企业数（家）", ""],
        ["2025年服务收入（万元）", "", "占总收入比例（%）", ""],
    ], widths=[3.8, 4.0, 3.8, 4.0])
    b.p("")
    b.p("三、真实性承诺", font=HT, indent=False)
    b.p("我单位对本申报书及所附材料的真实性、合法性负责，如有不实，自愿承担由此产生的一切后果。", clause=True)
    b.p("　　　　　　　　　　法定代表人（签字）：", indent=False)
    b.p("　　　　　　　　　　申报单位（盖章）：", indent=False)
    b.p("　　　　　　　　　　　　　　　年　　月　　日", indent=False)

    # ---- 附件3 汇总表 ----
    b.p("附件3", font=HT, indent=False).paragraph_format.page_break_before = True
    b.p("2026年度省级跨境电商公共海外仓推荐汇总表", font=XBS, size=20, indent=False, align="c", exact=32)
    b.p("推荐单位（盖章）：", size=12, indent=False, exact=None)
    b.grid(["序号", "企业名称", "海外仓名称", "所在国家（地区）", "仓储面积（平方米）",
            "2025年服务企业数（家）", "联系人", "联系电话"], [[""] * 8 for _ in range(5)],
           widths=[1.2, 2.8, 2.4, 2.0, 1.9, 2.0, 1.6, 2.0], size=10.5, clause=False)
    b.p("填报人：　　　　　　　　　　联系电话：", size=12, indent=False, exact=None, before=6)
    return b


# =====================================================================
# Document 3: 宁波市商务局 转发 浙江省商务厅 notice — two documents in one file
# =====================================================================
def make_ningbo():
    b = Builder()
    fwd_title = "浙江省商务厅关于开展2025年度跨境电商海外仓认定工作的通知"
    title = "宁波市商务局关于转发《%s》的通知" % fwd_title
    b.start({
        "title": title, "doc_number": "甬商务〔2025〕57号", "issuer": ["宁波市商务局"],
        "date": "2025-06-20", "published": None, "level": "municipal", "region": "宁波市",
        "effective": None, "expires": None, "attachments": [fwd_title], "doc_type": "通知",
        "recipients": ["各区（县、市）商务主管部门", "各开发园区管委会", "有关企业"],
        "publicity": "此件主动公开", "repeals": None})

    b.p("", exact=None)
    b.p("宁波市商务局文件", font=XBS, size=48, indent=False, align="c", color=RED, exact=None)
    b.p("", exact=None)
    b.p("甬商务〔2025〕57号", indent=False, align="c")
    b.red_line()
    # long title typed as two separate paragraphs
    b.p("宁波市商务局关于转发《浙江省商务厅", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("关于开展2025年度跨境电商海外仓认定", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("工作的通知》的通知", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("")
    b.p("各区（县、市）商务主管部门，各开发园区管委会，有关企业：", indent=False)
    b.p("现将《浙江省商务厅关于开展2025年度跨境电商海外仓认定工作的通知》（浙商务函〔2025〕112号）转发给你们，并结合我市实际提出如下要求，请一并抓好落实。", clause=True)
    for t in [
        "##一、加强组织动员。##中国（宁波）跨境电子商务综合试验区是全国首批综试区之一，海外仓是我市跨境电商出口的重要支撑。各区（县、市）商务主管部门要对照认定条件，主动摸排辖区内海外仓建设运营企业，做好政策宣传和申报辅导，做到应报尽报。",
        "##二、严格把关推荐。##各地要认真审核企业申报材料，重点核实海外仓面积、运营时间、服务企业数量等关键指标，并于**2025年7月4日前**将推荐文件、汇总表及申报材料报送市商务局电子商务处，逾期不予受理。宁波保税区、宁波梅山综合保税区等综合保税区内企业可直接向市商务局报送。",
        "##三、做好政策衔接。##对获得省级认定的海外仓，市级跨境电商发展专项资金将按照有关规定给予支持。支持海外仓企业加强与宁波舟山港海铁联运通道、中欧班列等物流通道合作，提升集货、转运服务能力。",
    ]:
        b.p(t, clause=True)
    b.p("联系人：市商务局电子商务处陈晓，联系电话：0574-89186532。", clause=True)
    b.p("")
    b.p("附件：浙江省商务厅关于开展2025年度跨境电商海外仓认定工作的通知")
    b.p("")
    b.p("")
    b.p("宁波市商务局", indent=False, align="r")
    b.p("2025年6月20日　　", indent=False, align="r")
    b.p("（此件主动公开）")

    # ---- the forwarded provincial notice ----
    b.start({
        "title": fwd_title, "doc_number": "浙商务函〔2025〕112号", "issuer": ["浙江省商务厅"],
        "date": "2025-06-06", "published": None, "level": "provincial", "region": "浙江省",
        "effective": None, "expires": None,
        "attachments": ["浙江省跨境电商海外仓认定标准", "浙江省跨境电商海外仓认定申报书",
                        "2025年度浙江省跨境电商海外仓认定申报汇总表"],
        "doc_type": "通知", "recipients": ["各设区市商务局"], "publicity": None, "repeals": None})
    b.page_break()
    b.p("附件", font=HT, indent=False)
    b.p("浙江省商务厅关于开展2025年度跨境电商", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("海外仓认定工作的通知", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("浙商务函〔2025〕112号", font=KT, indent=False, align="c")
    b.p("")
    b.p("各设区市商务局：", indent=False)
    b.p("为贯彻落实《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》精神，进一步完善我省海外仓布局，提升海外仓服务能力，经研究，决定开展2025年度跨境电商海外仓认定工作。现将有关事项通知如下：", clause=True)
    b.p("一、申报条件", font=HT)
    for t in [
        "（一）申报企业在浙江省内注册，具有独立法人资格，信用记录良好。",
        "（二）海外仓运营时间满1年，仓储面积不低于2000平方米（含自有和租赁）。",
        "（三）具有较为完善的信息化管理系统，能够提供仓储、分拣、包装、配送、退换货等服务。",
        "（四）2024年度服务浙江省内跨境电商企业不少于15家。",
    ]:
        b.p(t, clause=True)
    b.p("二、申报材料", font=HT)
    b.p("申报企业需提交申报书（附件2）、营业执照、海外仓产权证明或租赁合同、服务企业清单等材料，外文材料需提供中文译本。", clause=True)
    b.p("三、申报程序", font=HT)
    b.p("各设区市商务局负责组织本地区企业申报并进行初审，于**2025年7月15日前**将推荐文件、汇总表（附件3）和企业申报材料报送省商务厅。省商务厅将组织专家评审，根据认定标准（附件1）确定认定名单并公布。", clause=True)
    b.p("四、有关要求", font=HT)
    for t in [
        "（一）各地要严格审核，确保申报材料真实有效。对弄虚作假的企业，取消认定资格并3年内不得申报。",
        "（二）已认定的海外仓应于每年3月底前报送上年度运营情况，省商务厅实行动态管理。",
    ]:
        b.p(t, clause=True)
    b.p("联系人：省商务厅电子商务处周杰，联系电话：0571-87703251。", clause=True)
    b.p("")
    b.p("附件：1.浙江省跨境电商海外仓认定标准")
    b.p("　　　2.浙江省跨境电商海外仓认定申报书")
    b.p("　　　3.2025年度浙江省跨境电商海外仓认定申报汇总表")
    b.p("浙江省商务厅", indent=False, align="r")
    b.p("2025年6月6日　　", indent=False, align="r")

    b.page_break()
    b.p("附件1", font=HT, indent=False)
    b.p("浙江省跨境电商海外仓认定标准", font=XBS, size=22, indent=False, align="c", exact=36)
    b.p("", exact=None)
    rows = [
        ["基本条件", "企业资质", "浙江省内注册的独立法人企业，信用记录良好"],
        ["基本条件", "运营时间", "海外仓运营满1年"],
        ["基本条件", "仓储面积", "不低于2000平方米"],
        ["基本条件", "服务企业", "2024年度服务省内跨境电商企业不少于15家"],
        ["加分项", "市场布局", "位于共建“一带一路”国家或新兴市场的，加5分"],
        ["加分项", "智能化水平", "应用自动化、智能化仓储设备的，加3分"],
        ["加分项", "综保区联动", "与省内综合保税区开展“保税备货+海外仓”联动业务的，加3分"],
    ]
    b.grid(["项目", "指标", "标准"], rows, widths=[2.6, 3.4, 9.6], vmerge_cols=(0,), size=12,
           left_cols=(2,))
    return b


def main():
    expected = {}
    paths = []
    for stem, fn in [("blind528_hunan_tongzhi", make_hunan),
                     ("blind528_shandong_tongzhi", make_shandong),
                     ("blind528_ningbo_zhuanfa", make_ningbo)]:
        b = fn()
        paths.append(b.save(stem))
        expected[stem] = b.docs
    with open(OUT / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_528", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT)] + [str(p) for p in paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
