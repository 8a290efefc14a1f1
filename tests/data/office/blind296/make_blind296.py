# ruff: noqa
#!/usr/bin/env python
"""Round 296: Word files that still carry tracked changes and comments.

Writes, next to itself:
  blind296_luoyang_tongzhi.docx/.pdf     通知（征求意见后修改稿）: ins/del in many items, inserted
                                         paragraph, moved paragraph, renumbered items, 2 comments
  blind296_qinzhou_banfa.docx/.pdf       印发实施办法的通知: three whole articles deleted, the
                                         rest renumbered by hand as revisions, 1 comment
  blind296_hunan_fengongbiao.docx/.pdf   印发任务分工表的通知: a table row deleted (w:trPr/w:del),
                                         序号 renumbered, a 责任单位 cell revised, merged cells
  blind296_sichuan_tongzhi.docx/.pdf     联合行文通知, all changes accepted, 4 comments left in
  expected.json

Run:  . /work/venv/bin/activate && python make_blind296.py
"""
import json
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FS = dict(font="仿宋_GB2312", size=16)
HEI = dict(font="黑体", size=16)
KAI = dict(font="楷体_GB2312", size=16)
XBS = dict(font="方正小标宋简体", size=22)
RED = "FF0000"

TOK = re.compile(r"(\[\+.*?\+\]|\[-.*?-\]|\{/?C\d+\})", re.S)
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def accepted(s):
    """Text as it reads with every revision accepted and comment marks removed."""
    s = re.sub(r"\[-.*?-\]", "", s, flags=re.S)
    s = re.sub(r"\[\+(.*?)\+\]", r"\1", s, flags=re.S)
    s = re.sub(r"\{/?C\d+\}", "", s)
    return s


def rpr(fmt):
    rPr = OxmlElement("w:rPr")
    f = OxmlElement("w:rFonts")
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        f.set(qn("w:" + a), fmt.get("font", "仿宋_GB2312"))
    f.set(qn("w:hint"), "eastAsia")
    rPr.append(f)
    if fmt.get("bold"):
        rPr.append(OxmlElement("w:b"))
    if fmt.get("color"):
        c = OxmlElement("w:color")
        c.set(qn("w:val"), fmt["color"])
        rPr.append(c)
    if fmt.get("spacing") is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(fmt["spacing"]))
        rPr.append(sp)
    if fmt.get("w") is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(fmt["w"]))
        rPr.append(w)
    for tag in ("w:sz", "w:szCs"):
        s = OxmlElement(tag)
        s.set(qn("w:val"), str(int(fmt.get("size", 16) * 2)))
        rPr.append(s)
    return rPr


PPR_AFTER_RPR = ("w:sectPr", "w:pPrChange")
PBDR_SUCC = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
             "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
             "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
             "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
             "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
             "w:pPrChange")


def insert_before(parent, el, successors):
    for child in parent:
        if child.tag in [qn(s) for s in successors]:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


class Builder:
    def __init__(self, author, date, track=True, odd_even=True):
        self.d = Document()
        self.author, self.date = author, date
        self.rid = 100
        self.comments = []
        self.clauses = []
        self.specific = {}
        d = self.d
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        self._margins(sec)
        st = d.styles["Normal"]
        st.font.name = "仿宋_GB2312"
        st.font.size = Pt(16)
        rf = st.element.get_or_add_rPr().get_or_add_rFonts()
        for a in ("ascii", "hAnsi", "eastAsia", "cs"):
            rf.set(qn("w:" + a), "仿宋_GB2312")
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(29)
        settings = d.settings.element
        for el in settings.findall(qn("w:themeFontLang")):
            el.set(qn("w:eastAsia"), "zh-CN")
        if track:
            tr = OxmlElement("w:trackRevisions")
            insert_before(settings, tr, ("w:defaultTabStop",))
        if odd_even:
            d.settings.odd_and_even_pages_header_footer = True
        self.odd_even = odd_even
        self._footer(sec)

    # ---------- page setup ----------
    def _margins(self, sec):
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(24)
        sec.header_distance = Mm(15)

    def _page_para(self, p, align):
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        elif align == WD_ALIGN_PARAGRAPH.LEFT:
            p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.line_spacing = 1.0
        el = p._p
        fmt = dict(font="宋体", size=14)

        def add_run(text=None, fld=None, instr=None):
            r = OxmlElement("w:r")
            r.append(rpr(fmt))
            if fld:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), fld)
                r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = instr
                r.append(it)
            else:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = text
                r.append(t)
            el.append(r)

        add_run("— ")
        add_run(fld="begin")
        add_run(instr=" PAGE ")
        add_run(fld="separate")
        add_run("1")
        add_run(fld="end")
        add_run(" —")

    def _footer(self, sec):
        if self.odd_even:
            self._page_para(sec.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
            self._page_para(sec.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
        else:
            self._page_para(sec.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER)

    def new_section(self, landscape=False):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
            sec.left_margin, sec.right_margin = Mm(37), Mm(35)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            self._margins(sec)
        return sec

    # ---------- revisions ----------
    def nid(self):
        self.rid += 1
        return str(self.rid)

    def rev(self, tag, author=None, date=None):
        el = OxmlElement(tag)
        el.set(qn("w:id"), self.nid())
        el.set(qn("w:author"), author or self.author)
        el.set(qn("w:date"), date or self.date)
        return el

    def run(self, text, fmt, deleted=False):
        r = OxmlElement("w:r")
        r.append(rpr(fmt))
        for i, piece in enumerate(text.split("\n")):
            if i:
                r.append(OxmlElement("w:br"))
            if piece:
                t = OxmlElement("w:delText" if deleted else "w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = piece
                r.append(t)
        return r

    def fill(self, p, chunks, mark=None, author=None, date=None, move_name=None):
        """Append runs to paragraph p.  chunks: list of (markup, fmt).
        mark: None | 'ins' | 'del' | 'moveFrom' | 'moveTo' (whole paragraph incl. its mark)."""
        pel = p._p
        if mark:
            pPr = pel.get_or_add_pPr()
            prpr = OxmlElement("w:rPr")
            prpr.append(self.rev("w:" + mark, author, date))
            insert_before(pPr, prpr, PPR_AFTER_RPR)
        if mark in ("moveFrom", "moveTo"):
            rs = self.rev("w:%sRangeStart" % mark, author, date)
            rs.set(qn("w:name"), move_name)
            range_id = rs.get(qn("w:id"))
            pel.append(rs)
        for markup, fmt in chunks:
            for tok in TOK.split(markup):
                if not tok:
                    continue
                if tok.startswith("[+"):
                    w = self.rev("w:ins", author, date)
                    w.append(self.run(tok[2:-2], fmt))
                    pel.append(w)
                elif tok.startswith("[-"):
                    w = self.rev("w:del", author, date)
                    w.append(self.run(tok[2:-2], fmt, deleted=True))
                    pel.append(w)
                elif tok.startswith("{/C"):
                    cid = tok[3:-1]
                    e = OxmlElement("w:commentRangeEnd")
                    e.set(qn("w:id"), cid)
                    pel.append(e)
                    r = OxmlElement("w:r")
                    r.append(rpr(dict(fmt, size=fmt.get("size", 16))))
                    cr = OxmlElement("w:commentReference")
                    cr.set(qn("w:id"), cid)
                    r.append(cr)
                    pel.append(r)
                elif tok.startswith("{C"):
                    s = OxmlElement("w:commentRangeStart")
                    s.set(qn("w:id"), tok[2:-1])
                    pel.append(s)
                else:
                    if mark in ("del", "moveFrom"):
                        w = self.rev("w:" + mark, author, date)
                        w.append(self.run(tok, fmt, deleted=True))
                        pel.append(w)
                    elif mark in ("ins", "moveTo"):
                        w = self.rev("w:" + mark, author, date)
                        w.append(self.run(tok, fmt))
                        pel.append(w)
                    else:
                        pel.append(self.run(tok, fmt))
        if mark in ("moveFrom", "moveTo"):
            re_ = OxmlElement("w:%sRangeEnd" % mark)
            re_.set(qn("w:id"), range_id)
            pel.append(re_)
        return p

    def comment(self, cid, author, initials, date, text):
        self.comments.append((cid, author, initials, date, text))

    def write_comments(self):
        if not self.comments:
            return
        parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:comments xmlns:w="%s">' % W_NS]
        for cid, author, initials, date, text in self.comments:
            parts.append(
                '<w:comment w:id="%s" w:author="%s" w:date="%s" w:initials="%s">'
                '<w:p><w:r><w:annotationRef/></w:r>'
                '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/>'
                '<w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                % (cid, escape(author, {'"': "&quot;"}), date, escape(initials), escape(text)))
        parts.append("</w:comments>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/comments.xml"), CT_COMMENTS, blob, self.d.part.package)
        self.d.part.relate_to(part, RT.COMMENTS)

    # ---------- paragraphs ----------
    def para(self, chunks, align="both", indent=2, mark=None, clause=None, places=None,
             container=None, line=29, before=0, after=0, left=None, right=None, borders=None,
             author=None, date=None, move_name=None, keep_next=False):
        if isinstance(chunks, str):
            chunks = [(chunks, FS)]
        c = container if container is not None else self.d
        p = c.add_paragraph()
        pf = p.paragraph_format
        p.alignment = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "dist": WD_ALIGN_PARAGRAPH.DISTRIBUTE}[align]
        if indent:
            size = chunks[0][1].get("size", 16)
            pf.first_line_indent = Pt(size * indent)
        if line:
            pf.line_spacing = Pt(line)
        else:
            pf.line_spacing = 1.0
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if left is not None:
            pf.left_indent = Pt(left)
        if right is not None:
            pf.right_indent = Pt(right)
        if keep_next:
            pf.keep_with_next = True
        if borders:
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement("w:pBdr")
            for side, (sz, color) in borders.items():
                b = OxmlElement("w:" + side)
                b.set(qn("w:val"), "single")
                b.set(qn("w:sz"), str(sz))
                b.set(qn("w:space"), "1")
                b.set(qn("w:color"), color)
                bd.append(b)
            insert_before(pPr, bd, PBDR_SUCC)
        self.fill(p, chunks, mark=mark, author=author, date=date, move_name=move_name)
        full = "".join(m for m, _ in chunks)
        if mark in ("del", "moveFrom"):
            text = ""
        else:
            text = accepted(full)
        if clause == "new":
            self.clauses.append(text.replace("\n", ""))
        elif clause == "cont":
            self.clauses[-1] += "\n" + text
        if places:
            self.specific[self.clauses[-1][:24]] = places
        return p

    def blank(self, n=1, container=None, line=29):
        for _ in range(n):
            p = (container or self.d).add_paragraph()
            p.paragraph_format.line_spacing = Pt(line) if line else 1.0

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ---------- GB/T 9704 parts ----------
    def red_head(self, text, size=30, spacing=0, before=0):
        self.para([(text, dict(font="方正小标宋简体", size=size, color=RED, spacing=spacing))],
                  align="center", indent=0, line=None, before=before)

    def red_rule(self):
        p = self.para([("", dict(font="仿宋_GB2312", size=4))], align="center", indent=0, line=None,
                      borders={"bottom": (18, RED)})
        return p

    def title(self, markup):
        self.para([(markup, XBS)], align="center", indent=0, line=36)

    def banji(self, chaosong, organ, date_markup):
        """版记: 抄送 and 印发 lines between rules (thick-thin-thick)."""
        fmt = dict(font="仿宋_GB2312", size=14)
        self.para([(chaosong, fmt)], align="left", indent=0, left=14, right=14, line=28,
                  borders={"top": (8, "000000"), "bottom": (4, "000000")}, keep_next=True)
        p = self.para([(organ + "\t" + date_markup, fmt)], align="left", indent=0, left=14, right=14,
                      line=28, borders={"bottom": (8, "000000")})
        p.paragraph_format.tab_stops.add_tab_stop(Mm(153), WD_TAB_ALIGNMENT.RIGHT)

    def save(self, stem):
        self.write_comments()
        path = os.path.join(HERE, stem + ".docx")
        self.d.save(path)
        return path


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_296",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cell_para(b, cell, markup, fmt, align="left", first=True, mark=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "both": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.line_spacing = Pt(20)
    b.fill(p, [(markup, fmt)], mark=mark)
    return p


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = w


def no_borders(table):
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        bd.append(e)
    tblPr.append(bd)


# =====================================================================
# 1. 洛阳 通知（征求意见后修改稿）
# =====================================================================
def make_luoyang():
    REV = "刘洋（市商务局）"
    b = Builder(REV, "2024-07-10T16:20:00Z")
    b.d.core_properties.title = "关于加快推进跨境电子商务高质量发展的通知（征求意见稿）"
    b.d.core_properties.author = "市商务局外贸科"
    b.comment("1", "审核人", "SHR", "2024-07-11T10:05:00Z",
              "奖励标准由50万元提高至100万元，须与市财政局会签确认资金来源，并在起草说明中补充测算依据。")
    b.comment("2", "审核人", "SHR", "2024-07-11T10:12:00Z",
              "“就高不重复”的具体适用情形建议在申报指南中予以明确，避免执行中产生歧义。")

    b.para([("征求意见后修改稿", HEI)], align="left", indent=0)
    b.blank(1)
    b.red_head("洛阳市人民政府办公室文件", size=32, spacing=-4, before=0)
    b.blank(1)
    b.para("洛政办〔2024〕37号", align="center", indent=0)
    b.red_rule()
    b.blank(1)
    b.title("洛阳市人民政府办公室\n关于加快[-推进-]跨境电子商务高质量发展的通知")
    b.blank(1)
    b.para("各县（市、区）人民政府，市人民政府各部门，各有关单位：", align="both", indent=0)
    b.para("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和《河南省人民政府办公厅"
           "关于促进跨境电子商务高质量发展的实施意见》（豫政办〔2023〕52号）精神，[+抢抓共建“一带一路”机遇，+]"
           "加快中国（洛阳）跨境电子商务综合试验区建设，推动跨境电商与本地产业带深度融合，经市政府同意，"
           "现就有关事项通知如下。", clause="new")
    b.para([("一、培育跨境电商经营主体", HEI)])
    b.para([("（一）引育龙头企业。", KAI),
            ("对新引进的跨境电商平台企业，年进出口额首次达到[-5000万元-][+1亿元+]的，{C1}给予一次性奖励"
             "[-50万元-][+100万元+]{/C1}；对本地传统外贸企业和生产型企业开展跨境电商业务，年度跨境电商进出口额"
             "超过1000万元的，按实际进出口额的1%给予奖励，单个企业最高不超过50万元。", FS)], clause="new")
    b.para([("（二）支持企业集聚发展。", KAI),
            ("对在中国（河南）自由贸易试验区洛阳片区新注册并实际开展跨境电商业务的企业，自注册之日起三年内，"
             "按其对地方经济发展贡献的[-100%-][+50%+]给予奖励。", FS)], clause="new",
           places=["中国（河南）自由贸易试验区洛阳片区"])
    b.para([("（三）培育跨境电商品牌。", KAI),
            ("支持企业在境外注册商标、申请专利和开展品牌推广，对[-新获得-]在主要出口市场[+新+]获得商标注册的，"
             "每件给予[-1万元-][+2万元+]奖励，单个企业每年最高不超过20万元。", FS)], clause="new")
    b.para([("二、完善跨境电商基础设施", HEI)])
    b.para([("（四）建设跨境电商产业园。", KAI),
            ("支持孟津区、偃师区依托现有产业集聚区各建设1个跨境电商产业园，建成并经认定为市级跨境电商产业园的，"
             "给予园区运营主体一次性补助200万元[+，所需资金由市、区两级财政按1:1比例分担+]。", FS)],
           clause="new", places=["孟津区", "偃师区"])
    b.para([("（五）发展保税备货业务。", KAI),
            ("支持洛阳综合保税区开展跨境电商网购保税进口（1210）业务，完善保税仓储、分拣、查验等配套设施"
             "[+，对区内新建的跨境电商监管仓，按建设投资额的20%给予补助，最高不超过300万元+]。", FS)],
           clause="new", places=["洛阳综合保税区"])
    b.para([("（六）布局建设海外仓。", KAI),
            ("鼓励企业在共建“一带一路”国家和地区建设或租用海外仓，对经认定的公共海外仓，按实际投资额的"
             "[-10%-][+15%+]给予补助，单个海外仓最高不超过[-100万元-][+150万元+]。", FS)], clause="new")
    # a paragraph inserted whole (text and paragraph mark)
    b.para([("（七）畅通国际物流通道。", KAI),
            ("支持企业利用中欧班列（洛阳）开展跨境电商出口运输，对通过中欧班列运输的跨境电商出口货物，"
             "按每标准箱3000元给予运费补贴，单个企业年度补贴最高不超过100万元。", FS)],
           mark="ins", clause="new")
    b.para([("三、优化跨境电商发展环境", HEI)])
    b.para([("（[-七-][+八+]）提升通关便利化水平。", KAI),
            ("洛阳海关对跨境电商企业推行“提前申报”“汇总征税”，[-全面-]推广跨境电商出口商品“清单核放、汇总申报”"
             "模式，[+实现跨境电商货物7×24小时预约通关，+]进一步压缩通关时间。", FS)], clause="new")
    b.para([("（[-八-][+九+]）加强人才支撑。", KAI),
            ("支持在洛高校、职业院校开设跨境电商相关专业，对[-与企业共建跨境电商实训基地的-]经认定的市级跨境电商"
             "人才实训基地，给予一次性补助30万元。", FS)], clause="new")
    b.para([("（[-九-][+十+]）强化金融服务。", KAI),
            ("鼓励银行机构开发“跨境电商贷”等专属信贷产品，支持中国出口信用保险公司河南分公司扩大跨境电商出口"
             "信用保险覆盖面，对企业投保短期出口信用保险的保费给予[-30%-][+50%+]补贴。", FS)], clause="new")
    # moved paragraph: source
    b.para("本通知自2024年8月1日起施行，有效期至2026年12月31日。", mark="moveFrom",
           move_name="move171036")
    b.para([("四、保障措施", HEI)])
    b.para([("（[-十-][+十一+]）加强组织领导。", KAI),
            ("市跨境电商综试区建设工作领导小组统筹推进各项政策落实，市商务局负责日常协调"
             "[+，各县（市、区）要明确专门机构和人员，抓好本地区政策兑现+]。", FS)], clause="new")
    b.para([("（[-十一-][+十二+]）强化资金保障。", KAI),
            ("本通知所列奖补资金从市级商务发展专项资金中列支，{C2}同一企业同一事项符合多项政策的，按照就高原则"
             "给予支持，不重复享受{/C2}。", FS)], clause="new")
    # moved paragraph: destination
    b.para("本通知自2024年8月1日起施行，有效期至2026年12月31日。", mark="moveTo",
           move_name="move171036", clause="new")
    b.blank(1)
    b.para("附件：[-1.-]洛阳市跨境电商产业园认定管理办法", indent=2)
    b.para("2.洛阳市公共海外仓认定标准", mark="del", indent=0, left=80)
    b.blank(2)
    b.para("洛阳市人民政府办公室", align="right", indent=0, right=64)
    b.para("2024年7月[-8-][+12+]日", align="right", indent=0, right=64)
    b.blank(1)
    b.para("（此件公开发布）", indent=2)
    b.blank(1)
    b.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院，洛阳海关。",
            "洛阳市人民政府办公室", "2024年7月[-8-][+12+]日印发")
    path = b.save("blind296_luoyang_tongzhi")
    meta = {
        "title": "洛阳市人民政府办公室关于加快跨境电子商务高质量发展的通知",
        "doc_number": "洛政办〔2024〕37号",
        "issuer": ["洛阳市人民政府办公室"],
        "date": "2024-07-12", "published": "2024-07-12",
        "level": "municipal", "region": "洛阳市",
        "effective": "2024-08-01", "expires": "2026-12-31",
        "attachments": ["洛阳市跨境电商产业园认定管理办法"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "市人民政府各部门", "各有关单位"],
        "publicity": "此件公开发布", "repeals": None,
    }
    return path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =====================================================================
# 2. 钦州港片区 印发实施办法的通知
# =====================================================================
def make_qinzhou():
    REV = "覃海燕（经济发展局）"
    b = Builder(REV, "2024-08-21T09:40:00Z", odd_even=False)
    b.d.core_properties.author = "经济发展局"
    b.comment("1", "审核人", "SHR", "2024-08-22T15:30:00Z",
              "原第四条已删除（工作专班由片区党工委另行发文设立），以下条序已相应调整，请核对文中援引的条号。")

    b.red_head("中国（广西）自由贸易试验区\n钦州港片区管理委员会文件", size=26, spacing=0, before=0)
    b.blank(1)
    b.para("钦自贸管发〔2024〕19号", align="center", indent=0)
    b.red_rule()
    b.blank(1)
    b.title("中国（广西）自由贸易试验区钦州港片区\n管理委员会关于印发《钦州港片区跨境贸易\n投资便利化实施办法》的通知")
    b.blank(1)
    b.para("片区各部门、各园区，驻片区各有关单位，各有关企业：", indent=0)
    b.para("《钦州港片区跨境贸易投资便利化实施办法》已经片区管委会2024年第8次主任办公会议审议通过，"
           "现印发给你们，请认真贯彻执行。", clause="new")
    b.blank(2)
    b.para("中国（广西）自由贸易试验区\n钦州港片区管理委员会", align="right", indent=0, right=32)
    b.para("2024年8月26日", align="right", indent=0, right=64)
    b.blank(1)
    b.para("（此件公开发布）", indent=2)
    b.page_break()

    b.para([("钦州港片区跨境贸易投资便利化实施办法", XBS)], align="center", indent=0, line=36)
    b.blank(1)

    def chapter(t):
        b.para([(t, HEI)], align="center", indent=0, keep_next=True)

    def art(label, text, mark=None, extra=None):
        chunks = [(label, HEI), ("　" + text, FS)]
        b.para(chunks, mark=mark, clause=None if mark == "del" else "new")
        if extra:
            b.para(extra, clause="cont")

    chapter("第一章　总　　则")
    art("第一条", "为落实《中国（广西）自由贸易试验区总体方案》，推进西部陆海新通道与共建“一带一路”有机衔接，"
        "提升钦州港片区（以下简称片区）跨境贸易和投资便利化水平，结合片区实际，制定本办法。")
    art("第二条", "本办法适用于在片区内依法注册登记，从事进出口贸易、跨境电子商务、国际物流及跨境投资的企业。"
        "[+片区外企业通过钦州港口岸开展进出口业务的，参照本办法第五条至第八条执行。+]")
    art("第三条", "片区管委会经济发展局负责本办法的组织实施和政策解读，片区财政局负责奖补资金的审核拨付"
        "[-，片区审计部门负责资金使用情况的监督检查-]。")
    art("第四条", "片区设立跨境贸易投资便利化工作专班，由管委会主要负责同志任组长，各相关部门分管负责同志为成员，"
        "专班办公室设在经济发展局。", mark="del")
    art("{C1}第[-五-][+四+]条{/C1}", "片区管委会与钦州海关、钦州海事局、钦州港边检站等口岸查验单位建立联席会议制度，"
        "每季度至少召开一次会议，协调解决跨境贸易便利化中的重大问题。")
    chapter("第二章　贸易便利化措施")
    art("第[-六-][+五+]条", "推行“提前申报”“两段准入”等通关模式，对符合条件的进口货物实行“船边直提”，"
        "对出口货物实行“抵港直装”[+，进口、出口整体通关时间分别压缩至24小时和1小时以内+]。")
    art("第[-七-][+六+]条", "对在片区内开展跨境电商B2C直购出口（9610）、B2B直接出口（9710）和出口海外仓（9810）"
        "业务的企业，按年度跨境电商出口额给予奖励：出口额达到1000万元的，奖励10万元；达到5000万元的，"
        "奖励30万元；达到1亿元及以上的，奖励[-50万元-][+60万元+]。")
    art("第八条", "对企业新开辟经钦州港至东盟国家集装箱航线的，每条航线给予一次性奖励100万元。", mark="del")
    art("第[-九-][+七+]条", "对通过西部陆海新通道海铁联运班列经钦州港进出口的集装箱，按每标准箱"
        "[-300元-][+500元+]给予补贴，单个企业年度补贴总额不超过200万元。")
    art("第[-十-][+八+]条", "支持企业在[-东盟国家-][+共建“一带一路”国家+]设立海外仓和分拨中心，对经认定的海外仓，"
        "按实际租赁费用的30%给予补贴，单个企业每年最高不超过50万元。")
    chapter("第三章　投资便利化措施")
    art("第[-十一-][+九+]条", "片区内外商投资企业设立登记实行“一窗受理、并联审批”，申请材料齐全、符合法定形式的，"
        "1个工作日内办结。")
    art("第十[-二-]条", "支持在片区内开展合格境外有限合伙人（QFLP）试点，对新设立的QFLP基金管理企业，"
        "实缴资本达到1亿元的，给予一次性奖励100万元。")
    art("第十三条", "对片区企业赴东盟国家开展境外投资的，按中方实际投资额的1%给予补助，单个企业最高不超过200万元。",
        mark="del")
    art("第十[-四-][+一+]条", "对在片区内新设立的跨境人民币结算中心，年度跨境人民币结算量超过10亿元的，"
        "给予一次性奖励50万元[-；超过50亿元的，奖励100万元-]。")
    chapter("第四章　附　　则")
    art("第十[-五-][+二+]条", "同一企业同一事项符合本办法和片区其他政策规定的，按照“就高不重复”原则享受，不得重复申报。",
        extra="企业以虚假材料骗取奖补资金的，由片区财政局追回已拨付资金，并按规定纳入信用记录。")
    art("第十[-六-][+三+]条", "本办法由片区管委会经济发展局负责解释。")
    art("第十[-七-][+四+]条", "本办法自2024年[-8-][+9+]月1日起施行，有效期3年。《钦州港片区促进跨境贸易发展暂行办法》"
        "（钦自贸管发〔2021〕15号）同时废止。")
    b.blank(6)
    b.banji("抄送：自治区商务厅，自治区自由贸易试验区工作办公室，钦州市人民政府，钦州海关。",
            "钦州港片区管理委员会办公室", "2024年8月26日印发")
    path = b.save("blind296_qinzhou_banfa")
    meta = {
        "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区跨境贸易投资便利化实施办法》的通知",
        "doc_number": "钦自贸管发〔2024〕19号",
        "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "date": "2024-08-26", "published": "2024-08-26",
        "level": "zone", "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2024-09-01", "expires": "2027-08-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门、各园区", "驻片区各有关单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《钦州港片区促进跨境贸易发展暂行办法》（钦自贸管发〔2021〕15号）",
    }
    return path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =====================================================================
# 3. 湖南 任务分工表
# =====================================================================
def make_hunan():
    REV = "周建（省发展改革委开放处）"
    b = Builder(REV, "2024-03-14T11:00:00Z")
    b.d.core_properties.author = "开放处"
    b.comment("1", "审核人", "SHR", "2024-03-15T09:20:00Z",
              "根据省商务厅反馈意见，“湘品出海”行动牵头单位调整为省商务厅。")

    b.red_head("湖南省推进“一带一路”建设\n工作领导小组办公室", size=26, spacing=0, before=12)
    b.blank(1)
    b.para("湘一带一路办〔2024〕4号", align="center", indent=0)
    b.red_rule()
    b.blank(1)
    b.title("关于印发《2024年湖南省深度融入共建\n“一带一路”重点任务分工表》的通知")
    b.blank(1)
    b.para("各市州人民政府，省推进“一带一路”建设工作领导小组各成员单位：", indent=0)
    b.para("为贯彻落实省委、省政府关于深度融入共建“一带一路”的决策部署，推动2024年各项重点任务落地见效，"
           "经省推进“一带一路”建设工作领导小组同意，现将《2024年湖南省深度融入共建“一带一路”重点任务分工表》"
           "印发给你们，请结合实际认真抓好落实。", clause="new")
    b.para("各项任务责任单位中排在第一位的为牵头单位，牵头单位要会同其他责任单位制定具体工作方案，明确时间表、"
           "路线图，于每季度末月[-20日-][+25日+]前将任务推进情况报送省推进“一带一路”建设工作领导小组办公室"
           "（设在省发展改革委）[-，年底前报送全年工作总结-]。", clause="new")
    b.para("[+对工作推进中遇到的重大问题，牵头单位要及时报告。+]省推进“一带一路”建设工作领导小组办公室将会同有关部门"
           "适时开展督导调度，并将任务完成情况纳入[-年度工作考核-][+对市州和省直部门的年度绩效评估+]。", clause="new")
    b.blank(3)
    b.para("湖南省推进“一带一路”建设\n工作领导小组办公室", align="right", indent=0, right=16)
    b.para("2024年3月[-15-][+18+]日", align="right", indent=0, right=48)
    b.blank(1)
    b.para("（此件主动公开）", indent=2)

    b.new_section(landscape=True)
    b.para([("2024年湖南省深度融入共建“一带一路”重点任务分工表", dict(font="方正小标宋简体", size=20))],
           align="center", indent=0, line=None, after=12)
    cols = ["序号", "类别", "重点任务", "责任单位", "完成时限"]
    widths = [Mm(14), Mm(24), Mm(104), Mm(62), Mm(21)]
    # (序号 markup, 类别, 任务, 责任单位 markup, 时限, deleted?, places)
    rows = [
        ("1", "设施联通", "推动中欧班列（长沙）集结中心扩能提质，全年开行中欧班列1000列以上，新开通至中亚、欧洲线路2条",
         "省发展改革委，长沙市人民政府，中国铁路广州局集团有限公司长沙货运中心", "2024年12月底", False, ["长沙市"]),
        ("2", "设施联通", "加快岳阳城陵矶港国际航运物流中心建设，新增至东南亚国家直航航线2条",
         "省交通运输厅，岳阳市人民政府，长沙海关", "2024年10月底", False, ["岳阳市"]),
        ("3", "设施联通", "推进张家界荷花国际机场航空口岸扩大开放，争取开通至东盟国家定期客运航线",
         "省商务厅，张家界市人民政府，民航湖南监管局", "2024年12月底", True, None),
        ("[-4-][+3+]", "设施联通", "推进怀化国际陆港建设，常态化开行怀化至东盟跨境公路班车和铁海联运班列",
         "省发展改革委，怀化市人民政府", "2024年12月底", False, ["怀化市"]),
        ("[-5-][+4+]", "贸易畅通", "支持中国（湖南）自由贸易试验区郴州片区建设湘粤港澳合作示范区，推进郴州综合保税区"
         "发展保税维修、保税检测业务", "郴州市人民政府，省商务厅，长沙海关", "2024年12月底", False,
         ["中国（湖南）自由贸易试验区郴州片区", "郴州综合保税区"]),
        ("[-6-][+5+]", "贸易畅通", "开展“湘品出海”行动，组织企业赴共建“一带一路”国家参加境外展会50场次以上",
         "{C1}[-省工业和信息化厅-][+省商务厅+]{/C1}，省贸促会，各市州人民政府", "2024年12月底", False, None),
        ("[-7-][+6+]", "贸易畅通", "推进跨境电子商务综合试验区建设，全省跨境电商进出口额增长20%以上，"
         "新培育省级跨境电商产业园5个", "省商务厅，长沙海关，各跨境电商综试区所在市人民政府", "2024年12月底", False, None),
        ("[-8-][+7+]", "资金融通", "扩大对共建国家跨境人民币结算规模，全年跨境人民币结算量增长15%以上",
         "中国人民银行湖南省分行，国家外汇管理局湖南省分局", "2024年12月底", False, None),
        ("[-9-][+8+]", "资金融通", "支持符合条件的企业赴境外发行债券，引导政府性融资担保机构为“走出去”企业提供担保服务",
         "省地方金融管理局，省财政厅", "2024年12月底", False, None),
        ("[-10-][+9+]", "民心相通", "推进与共建国家职业教育合作，在共建国家新建海外职业技能培训中心3个",
         "省教育厅，省人力资源社会保障厅", "2024年9月底", False, None),
    ]
    table = b.d.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    tfmt = dict(font="仿宋_GB2312", size=12)
    hfmt = dict(font="黑体", size=12)
    for i, c in enumerate(cols):
        cell = table.rows[0].cells[i]
        cell.width = widths[i]
        cell_para(b, cell, c, hfmt, align="center")
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))
    for r, (no, cat, task, units, due, deleted, places) in enumerate(rows, start=1):
        row = table.rows[r]
        mark = "del" if deleted else None
        vals = [no, cat, task, units, due]
        for i, v in enumerate(vals):
            cell = row.cells[i]
            cell.width = widths[i]
            if i == 1:
                continue
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_para(b, cell, v, tfmt, align="center" if i in (0, 4) else "both", mark=mark)
        if deleted:
            row._tr.get_or_add_trPr().append(b.rev("w:del"))
        else:
            clause = "；".join("%s：%s" % (c, accepted(v)) for c, v in zip(cols, vals))
            b.clauses.append(clause)
            if places:
                b.specific[clause[:24]] = places
    # merge 类别 cells (vertically), write the category once in the top cell
    groups = {}
    for r, row in enumerate(rows, start=1):
        groups.setdefault(row[1], []).append(r)
    for cat, rs in groups.items():
        top = table.cell(rs[0], 1)
        if len(rs) > 1:
            top = top.merge(table.cell(rs[-1], 1))
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for p in top.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell_para(b, top, cat, tfmt, align="center")

    b.new_section(landscape=False)
    b.blank(16)
    b.banji("抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
            "湖南省发展和改革委员会办公室", "2024年3月[-15-][+18+]日印发")
    path = b.save("blind296_hunan_fengongbiao")
    meta = {
        "title": "关于印发《2024年湖南省深度融入共建“一带一路”重点任务分工表》的通知",
        "doc_number": "湘一带一路办〔2024〕4号",
        "issuer": ["湖南省推进“一带一路”建设工作领导小组办公室"],
        "date": "2024-03-18", "published": "2024-03-18",
        "level": "provincial", "region": "湖南省",
        "effective": None, "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市州人民政府", "省推进“一带一路”建设工作领导小组各成员单位"],
        "publicity": "此件主动公开", "repeals": None,
    }
    return path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# =====================================================================
# 4. 四川 联合通知（修订已全部接受，批注仍留在文件中）
# =====================================================================
def make_sichuan():
    b = Builder("陈静", "2024-09-09T10:00:00Z", track=True)
    b.d.core_properties.author = "陈静"
    b.d.core_properties.title = "关于支持综合保税区发展跨境电商业务的通知（会签稿）"
    b.comment("1", "陈静（省商务厅办公室）", "CJ", "2024-09-06T14:10:00Z",
              "标题已按省财政厅意见增加“保税”二字，请各会签单位确认。")
    b.comment("2", "邓宇（省财政厅外经贸处）", "DY", "2024-09-06T16:45:00Z",
              "奖励资金在2024年度省级外经贸发展专项资金中安排，已核实。")
    b.comment("3", "成都海关综合业务处", "HG", "2024-09-07T09:30:00Z",
              "请与海关总署相关公告表述保持一致，“分送集报”不宜扩展至所有业务类型。")
    b.comment("4", "邓宇（省财政厅外经贸处）", "DY", "2024-09-07T11:02:00Z",
              "第（七）（八）项资金测算表已作为起草说明附件，正文不再列示。")

    # joint 版头: organ names left, “文件” right (merged)
    hfmt = dict(font="方正小标宋简体", size=30, color=RED)
    t = b.d.add_table(rows=3, cols=2)
    no_borders(t)
    set_widths(t, [Mm(110), Mm(40)])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["四川省商务厅", "成都海关", "四川省财政厅"]):
        c = t.cell(i, 0)
        c.width = Mm(110)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = 1.0
        b.fill(p, [(name, hfmt)])
    right = t.cell(0, 1).merge(t.cell(2, 1))
    right.width = Mm(40)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for p in right.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.fill(p, [("文件", dict(hfmt, size=40))])
    b.blank(1)
    b.para("川商发〔2024〕27号", align="center", indent=0)
    b.red_rule()
    b.blank(1)
    b.title("{C1}四川省商务厅　成都海关　四川省财政厅\n关于支持综合保税区发展跨境电商\n保税业务的通知{/C1}")
    b.blank(1)
    b.para("各市（州）商务主管部门、财政局，成都海关各隶属海关，各综合保税区管理机构：", indent=0)
    b.para("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号），"
           "推动跨境电商与综合保税区融合发展，助力内陆开放高地建设，现就支持全省综合保税区发展跨境电商保税业务"
           "有关事项通知如下。", clause="new")
    b.para([("一、拓展跨境电商保税业务模式", HEI)])
    b.para([("（一）扩大网购保税进口。", KAI),
            ("支持成都高新综合保税区、成都双流综合保税区开展跨境电商网购保税进口（1210）业务，试点“保税备货+"
             "直播销售”模式。对年度网购保税进口单量超过100万单的企业，{C2}由省级外经贸发展专项资金给予最高100万元"
             "奖励{/C2}。", FS)], clause="new", places=["成都高新综合保税区", "成都双流综合保税区"])
    b.para([("（二）发展出口海外仓业务。", KAI),
            ("支持泸州综合保税区、宜宾综合保税区依托长江黄金水道开展跨境电商出口海外仓（9810）业务，对通过综合保税区"
             "集货出口至共建“一带一路”国家海外仓的企业，按出口货值的1%给予奖励，单个企业年度最高不超过50万元。", FS)],
           clause="new", places=["泸州综合保税区", "宜宾综合保税区"])
    b.para([("（三）建设退货中心仓。", KAI),
            ("鼓励各综合保税区设立跨境电商退货中心仓，对退货商品实行“先退后验、集中处理”，支持符合条件的退货商品"
             "在区内维修、翻新后复出口。", FS)], clause="new")
    b.para([("二、优化海关监管服务", HEI)])
    b.para([("（四）推行便利化监管模式。", KAI),
            ("成都海关对综合保税区内跨境电商企业实行{C3}“分送集报、自行运输”{/C3}，支持企业按月集中办理报关手续。", FS)],
           clause="new")
    b.para([("（五）提升查验效率。", KAI),
            ("对跨境电商零售进口商品推行“一次申报、分步处置”，对低风险商品实施“先放后检”，综合保税区跨境电商货物"
             "查验时间压缩至4小时以内。", FS)], clause="new")
    b.para([("（六）推动“跨境电商+中欧班列”联运。", KAI),
            ("支持成都国际铁路港综合保税区与中欧班列（成渝）开展“跨境电商+中欧班列”联运，对经中欧班列出口的跨境电商"
             "货物实行“一次申报、一次查验、一次放行”。", FS)], clause="new", places=["成都国际铁路港综合保税区"])
    b.para([("三、加大财政支持力度", HEI)])
    b.para([("（七）支持公共设施建设。", KAI),
            ("省级财政统筹外经贸发展专项资金，{C4}对在综合保税区内新建跨境电商公共监管仓、分拣中心的，按实际投资额的"
             "20%给予补助，单个项目最高不超过300万元。", FS)], clause="new")
    b.para([("（八）支持管理机构履职。", KAI),
            ("对跨境电商保税业务量年度增长超过30%的综合保税区，给予其管理机构50万元工作经费支持，专项用于招商引资和"
             "企业服务。{/C4}", FS)], clause="new")
    b.para([("四、加强组织保障", HEI)])
    b.para([("（九）健全协同机制。", KAI),
            ("各地商务、财政部门和各隶属海关要建立工作协同机制，定期会商跨境电商保税业务发展中的问题，重大事项及时报告"
             "省商务厅、成都海关和省财政厅。", FS)], clause="new")
    b.para([("（十）开展监测评估。", KAI),
            ("省商务厅会同成都海关、省财政厅建立综合保税区跨境电商业务统计监测制度，按季度通报各综合保税区业务开展"
             "情况，对政策实施效果开展年度评估，评估结果作为资金分配的重要依据。", FS)], clause="new")
    b.para([("（十一）抓好政策落实。", KAI),
            ("本通知自印发之日起施行，有效期至2026年12月31日。执行期间如遇国家政策调整，按国家政策执行。", FS)],
           clause="new")
    b.blank(3)
    # joint 落款 as a borderless table, date below
    lk = b.d.add_table(rows=2, cols=2)
    no_borders(lk)
    set_widths(lk, [Mm(75), Mm(75)])
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r, c), name in {(0, 0): "四川省商务厅", (0, 1): "成都海关", (1, 0): "四川省财政厅"}.items():
        cell = lk.cell(r, c)
        cell.width = Mm(75)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(40)
        b.fill(p, [(name, FS)])
    b.para("2024年9月10日", align="right", indent=0, right=64, before=14)
    b.blank(1)
    b.para("（此件主动公开）", indent=2)
    b.blank(3)
    b.banji("抄送：商务部对外贸易司，海关总署综合业务司，财政部四川监管局，省人民政府办公厅。",
            "四川省商务厅办公室", "2024年9月13日印发")
    path = b.save("blind296_sichuan_tongzhi")
    meta = {
        "title": "四川省商务厅 成都海关 四川省财政厅关于支持综合保税区发展跨境电商保税业务的通知",
        "doc_number": "川商发〔2024〕27号",
        "issuer": ["四川省商务厅", "成都海关", "四川省财政厅"],
        "date": "2024-09-10", "published": "2024-09-13",
        "level": "provincial", "region": "四川省",
        "effective": "2024-09-13", "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市（州）商务主管部门、财政局", "成都海关各隶属海关", "各综合保税区管理机构"],
        "publicity": "此件主动公开", "repeals": None,
    }
    return path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def main():
    expected = {}
    for fn in (make_luoyang, make_qinzhou, make_hunan, make_sichuan):
        path, docs = fn()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
