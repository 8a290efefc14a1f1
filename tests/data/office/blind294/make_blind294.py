# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 294: speeches, a work report and a 纪要 on 一带一路 / 自贸试验区 / 开放型经济.

Writes next to itself:
  blind294_henan_jianghua.docx/.pdf   领导讲话 (省政府办公厅 印发的讲话稿)
  blind294_qinzhou_zongjie.docx/.pdf  市商务局 2024年工作总结和2025年工作计划的报告 (上行文)
  blind294_changsha_jiyao.docx/.pdf   长沙片区管委会 主任办公会议纪要〔2025〕8号
  blind294_xinjiang_zhici.docx/.pdf   论坛主旨演讲
  expected.json
Run: . /work/venv/bin/activate && python make_blind294.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if color is not None:
        run.font.color.rgb = color


def para_border(p, side, sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


class Builder:
    """Writes paragraphs to a python-docx Document and records clause texts."""

    def __init__(self):
        self.doc = Document()
        self.clauses = []
        self.specific = {}
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.doc.settings.odd_and_even_pages_header_footer = True
        sec = self.doc.sections[0]
        self.setup_section(sec)
        self.page_footer(sec)

    @staticmethod
    def setup_section(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
            sec.left_margin, sec.right_margin = Mm(37), Mm(35)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
            sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(28) if not landscape else Mm(18)

    @staticmethod
    def _page_field(p):
        r = p.add_run("— ")
        set_run_font(r, ST, 14)
        r = p.add_run()
        set_run_font(r, ST, 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r = p.add_run()
        set_run_font(r, ST, 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._r.append(it)
        r = p.add_run()
        set_run_font(r, ST, 14)
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r._r.append(s)
        r = p.add_run("1")
        set_run_font(r, ST, 14)
        r = p.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r._r.append(e)
        r = p.add_run(" —")
        set_run_font(r, ST, 14)

    def page_footer(self, sec):
        odd = sec.footer.paragraphs[0]
        odd.alignment = RIGHT
        odd.paragraph_format.right_indent = Pt(14)
        self._page_field(odd)
        even = sec.even_page_footer.paragraphs[0]
        even.alignment = LEFT
        even.paragraph_format.left_indent = Pt(14)
        self._page_field(even)

    def p(self, runs, align=JUSTIFY, indent=2, font=FS, size=16, line=28,
          before=0, after=0, clause=False, where=None, hanging=None, left=None,
          right=None, bold=False, color=None, tabs=None, keep_next=False):
        """runs: str or list of (text, font, size?, bold?) tuples; '\n' in text = soft line break."""
        if isinstance(runs, str):
            runs = [(runs, font, size, bold)]
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        par.alignment = align
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        if hanging is not None:
            pf.left_indent = Pt(hanging + (left or 0))
            pf.first_line_indent = Pt(-hanging)
        else:
            if indent:
                pf.first_line_indent = Pt(16 * indent)
            if left:
                pf.left_indent = Pt(left)
        if right:
            pf.right_indent = Pt(right)
        if keep_next:
            pf.keep_with_next = True
        if tabs:
            for pos, kind in tabs:
                pf.tab_stops.add_tab_stop(Pt(pos), kind)
        text_all = []
        for spec in runs:
            t = spec[0]
            f = spec[1] if len(spec) > 1 and spec[1] else font
            s = spec[2] if len(spec) > 2 and spec[2] else size
            b = spec[3] if len(spec) > 3 else bold
            pieces = t.split("\n")
            for i, piece in enumerate(pieces):
                if i > 0:
                    r = par.add_run()
                    r.add_break(WD_BREAK.LINE)
                if piece:
                    r = par.add_run(piece)
                    set_run_font(r, f, s, b, color)
            text_all.append(t)
        text = "".join(text_all)
        if clause is True:
            self.clauses.append(text)
            if where:
                self.specific[text[:24]] = where
        elif clause == "cont":
            self.clauses[-1] = self.clauses[-1] + "\n" + text
        return par

    def blank(self, n=1, line=28):
        for _ in range(n):
            self.p("", indent=0, line=line)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)
        par.paragraph_format.space_after = Pt(0)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.setup_section(sec, landscape)
        return sec

    def text_width_pt(self):
        sec = self.doc.sections[-1]
        return (sec.page_width - sec.left_margin - sec.right_margin) / 12700

    def two_ends(self, left_text, right_text, font=FS, size=16, border=None,
                 line=28, lfont=None, rfont=None, left_pad=16, right_pad=16):
        w = self.text_width_pt()
        par = self.p([(left_text, lfont or font, size), ("\t", font, size),
                      (right_text, rfont or font, size)],
                     align=LEFT, indent=0, line=line, left=left_pad, right=right_pad,
                     tabs=[(w - left_pad - right_pad, WD_TAB_ALIGNMENT.RIGHT)])
        return par

    def banji(self, lines, org, date_text):
        """版记: lines = list of (label, text); last line = 印发机关 + 印发日期."""
        first = True
        for label, text in lines:
            par = self.p([(label, FS, 14), (text, FS, 14)], align=LEFT, indent=0,
                         line=24, hanging=14 * len(label), left=14, right=14)
            if first:
                para_border(par, "top", sz=8, color="000000")
                first = False
            para_border(par, "bottom", sz=4, color="000000")
        par = self.two_ends(org, date_text, size=14, line=24, left_pad=14, right_pad=14)
        if first:
            para_border(par, "top", sz=8, color="000000")
        para_border(par, "bottom", sz=8, color="000000")

    def table(self, header, rows, widths, merge_cols=(), total=None, size=12, font=FS,
              header_font=HT, caption_rows=None):
        """rows: list of lists of cell texts. merge_cols: column indexes where equal
        consecutive values are vertically merged (text written once).
        total: (label, span, values_after_span) appended as a row whose first `span`
        cells are merged. Records one clause per row ('列名：值；…')."""
        nrows = 1 + len(rows) + (1 if total else 0)
        t = self.doc.add_table(rows=nrows, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER

        def put(cell, text, f=font, b=False, align=CENTER):
            cell.text = ""
            par = cell.paragraphs[0]
            par.alignment = align
            par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            par.paragraph_format.line_spacing = Pt(size + 6)
            if text:
                r = par.add_run(text)
                set_run_font(r, f, size, b)

        for j, h in enumerate(header):
            put(t.cell(0, j), h, header_font)
        # header row repeats on each page
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
        for i, row in enumerate(rows, start=1):
            for j, val in enumerate(row):
                if j in merge_cols and i > 1 and rows[i - 2][j] == val:
                    continue
                put(t.cell(i, j), val, align=CENTER if len(val) < 8 else LEFT)
        for j in merge_cols:
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][j] != rows[start - 1][j]:
                    if i - 1 > start:
                        t.cell(start, j).merge(t.cell(i - 1, j))
                        put(t.cell(start, j), rows[start - 1][j])
                    start = i
        if total:
            label, span, vals = total
            last = nrows - 1
            a = t.cell(last, 0).merge(t.cell(last, span - 1))
            put(a, label, HT)
            for k, v in enumerate(vals):
                put(t.cell(last, span + k), v)
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
        tblpr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblpr.append(lay)
        for i in range(nrows):
            for j, w in enumerate(widths):
                try:
                    t.cell(i, j).width = Mm(w)
                except Exception:
                    pass
        for i, row in enumerate(rows):
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row) if v))
        if total:
            label, span, vals = total
            parts = [f"{header[0]}：{label}"]
            for k, v in enumerate(vals):
                if v:
                    parts.append(f"{header[span + k]}：{v}")
            self.clauses.append("；".join(parts))
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_294",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


def title(b, text, size=22, line=34, before=0, after=0):
    b.p(text, align=CENTER, indent=0, font=XBS, size=size, line=line, before=before, after=after)


def h1(b, text):
    b.p(text, font=HT, keep_next=True)


def h2(b, text):
    b.p(text, font=KT, keep_next=True)


# =================================================================== 1 河南 讲话
def make_henan():
    b = Builder()
    b.p("内部资料　注意保存", align=LEFT, indent=0, font=HT, size=14, line=24)
    b.blank(1)
    b.p("领 导 讲 话", align=CENTER, indent=0, font=XBS, size=54, line=66, color=RED)
    b.p("第12期", align=CENTER, indent=0, font=FS, size=16, line=30, before=6)
    hdr = b.two_ends("河南省人民政府办公厅", "2025年6月20日", left_pad=0, right_pad=0)
    para_border(hdr, "bottom", sz=24, color="FF0000", space=4)
    b.blank(1)
    title(b, "在全省自由贸易试验区建设\n推进会上的讲话")
    b.p("省委常委、副省长　王立诚", align=CENTER, indent=0, font=KT, before=8)
    b.p("（2025年6月16日）", align=CENTER, indent=0, font=KT)
    b.blank(1)
    b.p("同志们：", indent=0)
    b.p("今天，省政府召开全省自由贸易试验区建设推进会，主要任务是深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，总结交流经验，分析研判形势，安排部署下一阶段重点工作。刚才，郑州、开封、洛阳片区管委会和省商务厅、郑州海关分别作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。", clause=True)

    h1(b, "一、充分肯定自贸试验区建设取得的明显成效")
    b.p("中国（河南）自由贸易试验区挂牌运行八年来，各片区、各有关部门坚持以制度创新为核心，以可复制可推广为基本要求，大胆试、大胆闯、自主改，自贸试验区建设取得明显成效。", clause=True)
    b.p([("一是制度创新成果丰硕。", FS, 16, True),
         ("累计形成制度创新成果612项，其中31项在全国复制推广，“跨境电商零售进口退货中心仓”“多式联运‘一单制’”等一批改革经验入选全国自贸试验区最佳实践案例。", FS)], clause=True)
    b.p([("二是开放平台能级提升。", FS, 16, True),
         ("2024年，3个片区以占全省不到千分之一的面积，实现进出口总额1268亿元、实际使用外资5.6亿美元，分别占全省的15.4%和21.3%。\n新设外资企业186家，同比增长17.7%，世界500强企业在片区投资设立企业累计达到57家。", FS)], clause=True)
    b.p([("三是营商环境持续优化。", FS, 16, True),
         ("“一枚印章管审批”“证照分离”改革全面落地，企业开办时间压缩至0.5个工作日以内，国际贸易“单一窗口”主要业务应用率达到100%。3个片区累计新设企业13.8万家，是挂牌前的4.6倍。", FS)], clause=True)
    b.p("成绩来之不易。同时也要清醒看到，对照国家赋予的战略定位和先进地区的做法，我省自贸试验区建设还存在一些差距和不足：改革系统集成不够，“碎片化”创新多、首创性成果少；产业支撑不强，外向型龙头企业和高能级项目偏少；片区之间、片区与联动创新区之间协同不够，辐射带动作用还不明显。对这些问题，必须高度重视，认真加以解决。", clause=True)

    h1(b, "二、聚焦重点任务推动自贸试验区提质增效")
    b.p("当前和今后一个时期，全省自贸试验区建设要以实施提升战略为统领，坚持“两体系、一枢纽”战略定位，重点在以下四个方面求突破。", clause=True)
    h2(b, "（一）在稳步扩大制度型开放上求突破")
    b.p([("一是开展对接国际高标准经贸规则试点。", FS, 16, True),
         ("郑州片区要对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在数字贸易、跨境数据流动、知识产权保护等领域开展压力测试，年内形成不少于10项首创性制度创新成果。", FS)],
        clause=True, where=["郑州片区"])
    b.p([("二是深化文化贸易开放创新。", FS, 16, True),
         ("开封片区要发挥国家文化出口基地作用，探索文物艺术品保税展示交易、国际文化产品版权登记等改革，年内引进国际文化贸易企业不少于20家。", FS)],
        clause=True, where=["开封片区"])
    b.p([("三是推进装备制造业开放合作。", FS, 16, True),
         ("洛阳片区要围绕高端装备、新材料等主导产业，开展再制造产品进口、保税维修等业务试点，支持企业“抱团出海”，到2025年底建成3个以上境外产业合作项目。", FS)],
        clause=True, where=["洛阳片区"])
    b.p([("（二）在提升通道枢纽能级上求突破。", KT),
         ("要发挥空中、陆上、网上、海上“四条丝绸之路”协同联动优势，加快建设连通境内外、辐射东中西的物流通道枢纽。", FS)], clause=True)
    b.p([("一是做强“空中丝绸之路”。", FS, 16, True),
         ("巩固郑州—卢森堡“双枢纽”合作，加密至中亚、东南亚、中东等地全货机航线，2025年郑州机场货邮吞吐量力争突破85万吨。", FS)], clause=True)
    b.p([("二是做优“陆上丝绸之路”。", FS, 16, True),
         ("推动中欧班列（中豫号）扩量提质，拓展至中亚、西亚和欧洲的线路，全年开行班列力争达到3500列以上，回程班列占比稳定在45%以上。", FS)], clause=True)
    b.p([("三是做大“网上丝绸之路”。", FS, 16, True),
         ("深化各跨境电子商务综合试验区建设，推广“跨境电商+产业带”模式，支持企业建设海外仓，全年全省跨境电商进出口交易额力争增长10%以上。", FS)], clause=True)
    b.p([("（三）在培育开放型产业集群上求突破。", KT),
         ("要坚持“以贸促产、以产兴贸”，围绕电子信息、装备制造、现代食品、生物医药等产业，实施“延链补链强链”行动。各片区要结合自身功能定位，每年至少谋划引进1个百亿级外向型产业项目，推动自贸试验区由“通道经济”向“产业经济”转变。", FS)], clause=True)
    h2(b, "（四）在打造一流营商环境上求突破")
    b.p([("一是提升贸易投资便利化水平。", FS, 16, True),
         ("全面推行“提前申报”“两步申报”等通关模式，进一步压缩整体通关时间，推动外商投资准入负面清单以外领域的项目实行“一站式”办理。", FS)], clause=True)
    b.p([("二是强化法治保障。", FS, 16, True),
         ("加快推进《中国（河南）自由贸易试验区条例》修订工作，建立健全自贸试验区改革容错纠错机制，让基层敢闯敢试、放心创新。", FS)], clause=True)

    h1(b, "三、凝心聚力抓好各项任务落实")
    b.p([("第一，加强统筹协调。", FS, 16, True),
         ("省自贸试验区建设领导小组办公室要发挥牵头抓总作用，建立重点任务台账，实行“月调度、季通报、年考核”；省直各有关部门要主动对接国家部委，积极争取改革试点事项在我省先行先试。", FS)], clause=True)
    b.p([("第二，强化联动发展。", FS, 16, True),
         ("各片区要与联动创新区建立常态化协作机制，推动改革试点经验在联动创新区优先复制推广，年内每个片区至少向联动创新区输出5项制度创新成果。", FS)], clause=True)
    b.p([("第三，优化考核激励。", FS, 16, True),
         ("要把自贸试验区建设纳入对各有关省辖市和省直部门的年度目标考核，对工作成效突出的片区在用地指标、专项资金等方面给予倾斜支持。", FS)], clause=True)
    b.p("同志们，自贸试验区是我省高水平对外开放的“试验田”和“排头兵”。我们要以更大的决心和力度推进改革创新，奋力推动自贸试验区建设再上新台阶，为谱写中国式现代化建设河南篇章作出新的更大贡献！", clause=True)
    b.p("谢谢大家！")
    b.blank(2)
    b.banji([("送：", "省委常委，省人大常委会、省政协有关领导同志。\n各省辖市人民政府，省人民政府各部门，自贸试验区各片区管委会。")],
            "河南省人民政府办公厅秘书处", "2025年6月20日印发")
    path = b.save("blind294_henan_jianghua")
    m = meta(title="在全省自由贸易试验区建设推进会上的讲话", doc_number=None,
             issuer=["河南省人民政府办公厅"], date="2025-06-16", published="2025-06-20",
             level="provincial", region="河南省", doc_type="讲话", publicity="内部资料")
    return path, [{"meta": m, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =================================================================== 2 钦州 总结和计划
def make_qinzhou():
    b = Builder()
    b.p("钦州市商务局文件", align=CENTER, indent=0, font=XBS, size=50, line=64, color=RED, before=12)
    b.blank(1, line=20)
    hdr = b.two_ends("钦商务报〔2025〕3号", "签发人：黄立群", left_pad=16, right_pad=16)
    para_border(hdr, "bottom", sz=24, color="FF0000", space=4)
    b.blank(1)
    title(b, "钦州市商务局关于报送2024年工作总结\n和2025年工作计划的报告")
    b.p("钦州市人民政府：", indent=0)
    b.p("2024年，在市委、市政府的坚强领导下，市商务局深入贯彻落实党中央、国务院和自治区关于推进高水平对外开放的决策部署，紧紧围绕西部陆海新通道门户港和自贸试验区建设，全力稳外贸、稳外资、促消费，各项工作取得新成效。现将有关情况报告如下：", clause=True)
    h1(b, "一、2024年工作总结")
    b.p([("（一）外贸进出口实现新突破。", KT),
         ("2024年，全市完成外贸进出口总额1286.4亿元，同比增长12.7%，增速居全区第3位，总量居全区第2位。其中，出口523.8亿元，增长18.2%；进口762.6亿元，增长9.2%。对东盟进出口498.1亿元，增长15.6%，占全市外贸总额的38.7%。", FS)], clause=True)
    b.p([("（二）自贸试验区钦州港片区建设提质增效。", KT),
         ("全年钦州港片区形成制度创新成果23项，其中“跨境铁海联运集装箱‘一箱到底’”等5项在全区复制推广；片区新设立企业2460家，其中外资企业38家；完成外贸进出口额865.2亿元，占全市的67.3%。", FS)],
        clause=True, where=["钦州港片区"])
    b.p([("（三）口岸通关效率持续提升。", KT),
         ("钦州港口岸进口、出口整体通关时间分别压缩至28.6小时和0.9小时，较2023年分别缩短12.4%和18.2%。西部陆海新通道海铁联运班列全年开行9860列，增长5.3%。", FS)], clause=True)
    b.p([("（四）跨境电商等新业态加快发展。", KT),
         ("全市跨境电商进出口额46.3亿元，增长41.2%；新引进跨境电商企业57家，在越南、马来西亚、泰国等东盟国家新建海外仓4个。中国—东盟（钦州）跨境电商产业园入驻企业达到132家。", FS)], clause=True)
    b.p([("（五）招商引资和利用外资稳中有进。", KT),
         ("全年新签约外资项目21个，合同外资3.46亿美元；实际使用外资1.82亿美元，同比下降6.4%，完成年度目标任务的91.0%。", FS)], clause=True)
    h1(b, "二、存在的主要问题")
    b.p("在肯定成绩的同时，我们也清醒认识到工作中还存在一些困难和问题：一是外贸主体实力偏弱，进出口额超10亿元的企业仅有9家，对大宗商品进口依赖度较高；二是利用外资未完成年度目标，外资项目储备不足，落地转化率偏低；三是通道经济向产业经济转化不够，“过路货”多、“落地货”少。", clause=True)
    h1(b, "三、2025年工作计划")
    b.p("2025年，全市商务工作主要预期目标是：外贸进出口总额增长8%左右，实际使用外资2亿美元以上，社会消费品零售总额增长5%左右。重点抓好以下工作：", clause=True)
    h2(b, "（一）全力稳住外贸基本盘")
    b.p("1.加快培育壮大外贸主体。实施外贸主体“倍增”行动，全年新增有进出口实绩企业100家以上；支持石化、新能源材料等重点企业扩大出口。", clause=True)
    b.p("2.深度拓展“一带一路”沿线市场。巩固东盟传统市场，积极开拓中东、中亚、非洲等新兴市场。", clause=True)
    b.p("（1）组织100家以上企业参加第22届中国—东盟博览会、中国进出口商品交易会等重点展会，对企业参展费用按规定给予补助。", clause=True)
    b.p("（2）支持企业在东盟国家布局海外仓和营销网络，对新认定的市级公共海外仓给予一次性奖励。", clause=True)
    h2(b, "（二）高水平建设自贸试验区钦州港片区")
    b.p("1.深化制度集成创新。聚焦港航物流、跨境贸易、跨境金融等领域，推动钦州港片区全年形成制度创新成果20项以上。", clause=True, where=["钦州港片区"])
    b.p("2.推动钦州综合保税区二期封关运作。加快二期围网、卡口及查验设施建设，力争2025年9月底前通过国家验收，全年综合保税区进出口额增长15%以上。", clause=True, where=["钦州综合保税区"])
    b.p([("（三）提升口岸和通道服务能级。", KT),
         ("深化口岸通关“提前申报”“船边直提”“抵港直装”等便利化措施，推动钦州港口岸进出口整体通关时间再压缩5%以上；配合推进西部陆海新通道骨干工程建设，力争海铁联运班列开行突破1万列。", FS)], clause=True)
    b.p([("（四）加快发展跨境电商等外贸新业态。", KT),
         ("落实跨境电子商务综合试验区各项支持政策，全年跨境电商进出口额增长20%以上；积极申报市场采购贸易方式试点，培育一批外贸综合服务企业。", FS)], clause=True)
    b.p([("（五）强化招商引资和外资服务。", KT),
         ("聚焦绿色化工、新能源材料、装备制造等产业链，开展“一把手”招商和以商招商，全年举办重点招商活动10场以上；健全外资企业服务专员制度，推动重点外资项目早签约、早落地、早投产。", FS)], clause=True)
    b.p("特此报告。")
    b.blank(1)
    b.p("附件：钦州市2024年商务主要指标完成情况表", indent=2, hanging=None)
    b.blank(1)
    b.p("钦州市商务局", align=RIGHT, indent=0, right=16 * 4)
    b.p("2025年1月10日", align=RIGHT, indent=0, right=16 * 4)
    b.blank(1)
    b.p("（联系人：韦秋萍，电话：0777-2861352）", indent=2)
    b.p("（此件依申请公开）", indent=2)

    # 附件 in a landscape section
    b.new_section(landscape=True)
    b.p("附件", align=LEFT, indent=0, font=HT)
    b.p("钦州市2024年商务主要指标完成情况表", align=CENTER, indent=0, font=XBS, size=20, line=32, after=6)
    header = ["类别", "指标名称", "单位", "2024年目标", "完成值", "同比增长（%）", "完成情况"]
    rows = [
        ["外贸", "外贸进出口总额", "亿元", "1200", "1286.4", "12.7", "超额完成"],
        ["外贸", "其中：出口", "亿元", "480", "523.8", "18.2", "超额完成"],
        ["外贸", "对东盟进出口", "亿元", "460", "498.1", "15.6", "超额完成"],
        ["外资", "实际使用外资", "亿美元", "2.0", "1.82", "-6.4", "未完成"],
        ["新业态", "跨境电商进出口额", "亿元", "40", "46.3", "41.2", "超额完成"],
        ["消费", "社会消费品零售总额", "亿元", "620", "611.5", "3.1", "未完成"],
    ]
    b.table(header, rows, widths=[22, 52, 20, 26, 24, 30, 26], merge_cols=(0,), size=14)
    b.p("注：外贸数据来源于南宁海关，实际使用外资按商务部统计口径。", indent=0, font=FS, size=14, before=6, clause=True)

    # 版记 on a portrait last page, pushed down with empty paragraphs
    b.new_section(landscape=False)
    b.blank(17)
    b.banji([("抄送：", "自治区商务厅，市发展改革委、市统计局。")],
            "钦州市商务局办公室", "2025年1月13日印发")
    path = b.save("blind294_qinzhou_zongjie")
    m = meta(title="钦州市商务局关于报送2024年工作总结和2025年工作计划的报告",
             doc_number="钦商务报〔2025〕3号", issuer=["钦州市商务局"], date="2025-01-10",
             published="2025-01-13", level="municipal", region="钦州市",
             attachments=["钦州市2024年商务主要指标完成情况表"], doc_type="报告",
             recipients=["钦州市人民政府"], publicity="依申请公开")
    return path, [{"meta": m, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =================================================================== 3 长沙片区 纪要
def make_changsha():
    b = Builder()
    b.p("中国（湖南）自由贸易试验区长沙片区", align=CENTER, indent=0, font=XBS, size=24, line=40, color=RED, before=12)
    b.p("主任办公会议纪要", align=CENTER, indent=0, font=XBS, size=48, line=60, color=RED)
    b.blank(1)
    b.p("〔2025〕8号", align=CENTER, indent=0)
    hdr = b.two_ends("长沙片区管委会办公室", "2025年3月14日", left_pad=0, right_pad=0)
    para_border(hdr, "bottom", sz=24, color="FF0000", space=4)
    b.blank(1)
    title(b, "关于研究黄花综合保税区跨境电商产业园\n二期建设等事项的会议纪要")
    b.blank(1)
    for lab, val in [("时间：", "2025年3月12日（星期三）下午"),
                     ("地点：", "片区管委会1号楼402会议室"),
                     ("主持：", "刘振宇"),
                     ("出席：", "管委会领导班子成员"),
                     ("列席：", "管委会有关部门、长沙黄花综合保税区管理服务中心、雨花区块管理办公室负责同志")]:
        b.p([(lab, HT), (val, FS)], indent=0, hanging=48, left=32)
    b.blank(1)
    b.p("3月12日下午，片区管委会主任刘振宇主持召开2025年第8次主任办公会议。会议听取了产业发展局关于黄花综合保税区跨境电商产业园二期建设推进情况的汇报、财政金融局关于2025年第一批开放型经济发展专项资金拟兑现情况的汇报，以及雨花区块管理办公室关于跨境电商企业房租补贴政策执行情况的汇报，研究部署了参加第四届中国—非洲经贸博览会有关工作。现将会议议定事项纪要如下：", clause=True)
    b.p("会议认为，2024年以来，片区坚持以制度创新为核心，深度融入共建“一带一路”，跨境电商、中非经贸等特色产业加快集聚，全年实现进出口总额1125.6亿元，增长14.2%。2025年是片区提质增效的关键之年，各部门要抢抓机遇、真抓实干，确保一季度实现“开门红”。", clause=True)
    b.p("会议议定：", font=HT)
    b.p([("一、关于黄花综合保税区跨境电商产业园二期建设事项。", HT),
         ("会议原则同意产业发展局提出的产业园二期建设方案。二期项目位于长沙黄花综合保税区东区，规划用地126亩，总投资约4.8亿元，建设跨境电商监管中心、智能仓储和展示交易中心。由长沙黄花综合保税区管理服务中心牵头，规划建设局、自然资源分局配合，于2025年6月底前完成项目立项和用地报批，力争年内开工建设。", FS)],
        clause=True, where=["长沙黄花综合保税区"])
    b.p("会议强调，二期建设要坚持“招商先行、以商定建”，产业发展局要同步做好招商工作，开工前意向入驻企业签约面积不低于可租赁面积的50%。", clause="cont")
    b.p([("二、关于2025年第一批开放型经济发展专项资金兑现事项。", HT),
         ("会议审议并原则通过财政金融局提交的2025年第一批开放型经济发展专项资金兑现方案，同意对8家企业兑现扶持资金共计1326.5万元（名单见附件）。会议明确：", FS)], clause=True)
    b.p("（一）财政金融局要在本纪要印发之日起10个工作日内将资金拨付到位，并在片区门户网站进行公示。", clause=True)
    b.p("（二）对申报材料弄虚作假、骗取扶持资金的企业，一经查实，全额追回已拨付资金，3年内取消其申报片区各类扶持资金的资格。", clause=True)
    b.p([("三、关于雨花区块跨境电商企业房租补贴政策延续事项。", HT),
         ("会议同意将《长沙片区雨花区块跨境电商企业房租补贴暂行办法》有效期延长至2025年12月31日，补贴标准不变；由雨花区块管理办公室负责做好政策宣传和兑现工作，并于2025年10月底前提出政策评估意见。", FS)],
        clause=True, where=["雨花区块"])
    b.p([("四、关于参加第四届中国—非洲经贸博览会有关工作。", HT),
         ("会议同意片区以“共建‘一带一路’·链接中非未来”为主题，在第四届中国—非洲经贸博览会期间举办片区专题推介会，组织不少于30家企业参展。由综合协调局牵头制定工作方案，3月底前报管委会审定；所需经费在片区2025年度会展经费中列支。", FS)], clause=True)
    b.p([("五、关于做好议定事项督办落实。", HT),
         ("会议要求，各牵头单位要对照本纪要确定的事项，明确责任人和时间节点，每月25日前将进展情况报综合协调局，由综合协调局汇总后报管委会主要领导。", FS)], clause=True)
    b.blank(1)
    b.p("附件：2025年第一批开放型经济发展专项资金兑现企业名单", indent=2)
    b.blank(1)
    b.p([("出席：", HT), ("刘振宇　陈立新　周雅琴　谭卫东　曾凡荣", FS)], indent=0, hanging=48, left=0)
    b.p([("列席：", HT), ("黄　斌（综合协调局）　李芳华（产业发展局）\n何建军（财政金融局）　罗志刚（规划建设局）\n邓晓梅（长沙黄花综合保税区管理服务中心）\n唐文杰（雨花区块管理办公室）", FS)],
        indent=0, hanging=48, left=0)
    b.p([("记录：", HT), ("彭　琳", FS)], indent=0, hanging=48, left=0)

    b.page_break()
    b.p("附件", align=LEFT, indent=0, font=HT)
    b.p("2025年第一批开放型经济发展专项资金\n兑现企业名单", align=CENTER, indent=0, font=XBS, size=20, line=32, after=6)
    header = ["序号", "支持类别", "企业名称", "支持事项", "兑现金额（万元）"]
    rows = [
        ["1", "跨境电商", "湖南星沙跨境供应链有限公司", "跨境电商进出口额奖励", "286.0"],
        ["2", "跨境电商", "长沙云港国际电子商务有限公司", "海外仓建设补助", "150.0"],
        ["3", "跨境电商", "湖南湘非通数字贸易有限公司", "跨境电商进出口额奖励", "198.5"],
        ["4", "中非经贸", "湖南中非经贸产业发展有限公司", "对非进口物流补贴", "220.0"],
        ["5", "中非经贸", "长沙非洲咖啡进口贸易有限公司", "非洲非资源性产品进口奖励", "96.0"],
        ["6", "保税业务", "湖南黄花保税维修科技有限公司", "保税维修业务奖励", "175.0"],
        ["7", "保税业务", "长沙临空国际物流有限公司", "国际货运航线补贴", "121.0"],
        ["8", "服务贸易", "湖南麓谷数字服务外包有限公司", "服务外包离岸执行额奖励", "80.0"],
    ]
    b.table(header, rows, widths=[14, 24, 54, 40, 24], merge_cols=(1,), size=12,
            total=("合计", 4, ["1326.5"]))
    b.blank(2)
    b.banji([("分送：", "长沙市商务局，长沙市财政局，片区管委会领导，各部门、各区块管理办公室。")],
            "长沙片区管委会办公室", "2025年3月14日印发")
    path = b.save("blind294_changsha_jiyao")
    m = meta(title="关于研究黄花综合保税区跨境电商产业园二期建设等事项的会议纪要",
             doc_number="〔2025〕8号", issuer=["中国（湖南）自由贸易试验区长沙片区管理委员会"],
             date="2025-03-14", published="2025-03-14", level="zone",
             region="中国（湖南）自由贸易试验区长沙片区",
             attachments=["2025年第一批开放型经济发展专项资金兑现企业名单"], doc_type="纪要",
             recipients=[], publicity=None)
    return path, [{"meta": m, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =================================================================== 4 新疆 主旨演讲
def make_xinjiang():
    b = Builder()
    b.p("会议材料之二", align=LEFT, indent=0, font=HT, size=14, line=24)
    b.blank(2)
    title(b, "深化互联互通　共享开放机遇")
    b.p("——在2025中国（新疆）—中亚经贸合作论坛上的主旨演讲", align=CENTER, indent=0, font=KT, line=30, before=6)
    b.blank(1)
    b.p("新疆维吾尔自治区人民政府副主席　韩志远", align=CENTER, indent=0, font=KT)
    b.p("（2025年8月26日　乌鲁木齐）", align=CENTER, indent=0, font=KT)
    b.blank(1)
    b.p("尊敬的各位使节，各位来宾，女士们、先生们，朋友们：", indent=0)
    b.p("大家上午好！")
    b.p("金秋时节，瓜果飘香。很高兴与各位新老朋友相聚在美丽的乌鲁木齐，共襄2025中国（新疆）—中亚经贸合作论坛盛举。首先，我代表新疆维吾尔自治区人民政府，对论坛的隆重开幕表示热烈祝贺！向远道而来的各位嘉宾表示诚挚欢迎！向长期以来关心支持新疆发展的各界朋友表示衷心感谢！")
    b.p("新疆地处亚欧大陆腹地，陆地边境线5700多公里，与8个国家接壤，是我国向西开放的重要门户和丝绸之路经济带核心区。近年来，我们坚持以共建“一带一路”为统领，全区开放型经济发展迈上新台阶。2024年，新疆货物贸易进出口总额达到4312.6亿元，同比增长19.4%，其中对中亚五国进出口2698.3亿元，占全区的62.6%；经新疆口岸通行的中欧（中亚）班列达到1.6万列。", clause=True)
    b.p("中国（新疆）自由贸易试验区挂牌近两年来，乌鲁木齐、喀什、霍尔果斯三个片区累计形成制度创新成果96项，新设企业2.1万家，“自贸试验区+口岸+班列”联动效应日益显现，一批面向中亚的商品集散、加工制造和跨境物流项目加快落地。", clause=True)
    b.p("女士们、先生们、朋友们！", indent=2)
    b.p("当前，世界百年未有之大变局加速演进，中国与中亚国家经贸合作迎来新的历史机遇。新疆愿同中亚各国一道，把地缘相近、人文相亲的独特优势转化为务实合作成果。在此，我提出三点倡议：", clause=True)
    b.p([("第一，携手打造更加畅通的互联互通网络。", HT),
         ("我们将加快推进中吉乌铁路等重大项目建设，推动霍尔果斯、阿拉山口、巴克图、吐尔尕特等口岸扩能改造和智慧口岸建设，提升中欧（中亚）班列集结和通关效率。欢迎中亚各国与我们共同推进跨境运输便利化，探索开展跨境公路运输“一单到底”和国际道路运输电子证照互认。", FS)], clause=True)
    b.p([("第二，携手培育更具活力的经贸合作增长点。", HT),
         ("我们将在中国（新疆）自由贸易试验区霍尔果斯片区试点开展跨境贸易人民币结算便利化和“跨境电商+边民互市”融合发展，支持喀什片区建设面向中亚、南亚的农产品进出口集散中心。欢迎各国企业来新疆投资兴业，共同建设境外经贸合作区和海外仓。", FS)],
        clause=True, where=["霍尔果斯片区", "喀什片区"])
    b.p([("第三，携手构建更加紧密的人文交流纽带。", HT),
         ("我们将持续办好中国—亚欧博览会等重大展会活动，扩大与中亚国家在教育、文化、旅游、卫生等领域的交流合作，每年为中亚国家培训经贸、海关、物流等领域专业人才500人次以上。", FS)], clause=True)
    b.p("女士们、先生们、朋友们！", indent=2)
    b.p("今年是共建“一带一路”倡议提出12周年。新疆开放的大门只会越开越大，营商环境只会越来越好。我们将一如既往为各国企业在疆投资兴业提供优质高效服务，与大家携手共绘丝路合作新画卷！", clause=True)
    b.p("最后，预祝本次论坛取得圆满成功！祝各位嘉宾身体健康、工作顺利、万事如意！")
    b.p("谢谢大家！")
    path = b.save("blind294_xinjiang_zhici")
    m = meta(title="深化互联互通　共享开放机遇——在2025中国（新疆）—中亚经贸合作论坛上的主旨演讲",
             doc_number=None, issuer=["新疆维吾尔自治区人民政府"], date="2025-08-26",
             published=None, level="provincial", region="新疆维吾尔自治区", doc_type="主旨演讲")
    return path, [{"meta": m, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def main():
    expected = {}
    for fn in (make_henan, make_qinzhou, make_changsha, make_xinjiang):
        path, docs = fn()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
