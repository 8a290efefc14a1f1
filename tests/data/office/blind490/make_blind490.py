# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 490: Word files handed on with reviewers' comments (批注), replies,
yellow highlights, and (in one file) bracketed red 修改意见 typed into the body.

Writes next to itself: blind490_*.docx, their PDFs (LibreOffice), expected.json.
"""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CT_COMMENTS_EX = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
RT_COMMENTS_EX = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


# ---------------------------------------------------------------- segments
def T(text, font=None, bold=False, hl=False, red=False, size=None):
    return {"k": "t", "text": text, "font": font, "bold": bold, "hl": hl,
            "red": red, "size": size}


def R(text):
    """Reviewer's 修改意见 typed into the body in red brackets (not policy text)."""
    return {"k": "r", "text": text}


def CS(thread):
    return {"k": "cs", "ids": thread}


def CE(thread):
    return {"k": "ce", "ids": thread}


BR = {"k": "br"}


# ---------------------------------------------------------------- comments
class Comments:
    def __init__(self):
        self.items = []  # dicts: id, author, initials, date, paras, parent, paraId
        self._pid = 0x1A3C5E00

    def thread(self, *entries):
        """entries: (author, initials, date, [paragraph texts]); first is the
        comment, the rest are replies. Returns the list of ids."""
        ids = []
        parent_pid = None
        for n, (author, initials, date, paras) in enumerate(entries):
            cid = len(self.items)
            pids = []
            for _ in paras:
                self._pid += 0x11
                pids.append("%08X" % self._pid)
            self.items.append({"id": cid, "author": author, "initials": initials,
                               "date": date, "paras": paras, "pids": pids,
                               "parent": parent_pid if n else None})
            if n == 0:
                parent_pid = pids[-1]
            ids.append(cid)
        return ids

    def comments_xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<w:comments xmlns:w="%s" xmlns:w14="%s" xmlns:mc="%s" mc:Ignorable="w14">'
               % (W_NS, W14_NS, MC_NS)]
        for c in self.items:
            out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                       % (c["id"], escape(c["author"]), c["date"], escape(c["initials"])))
            for i, (txt, pid) in enumerate(zip(c["paras"], c["pids"])):
                out.append('<w:p w14:paraId="%s" w14:textId="77777777">' % pid)
                out.append('<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>')
                if i == 0:
                    out.append('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                               '<w:annotationRef/></w:r>')
                out.append('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                           '<w:t xml:space="preserve">%s</w:t></w:r>' % escape(txt))
                out.append('</w:p>')
            out.append('</w:comment>')
        out.append('</w:comments>')
        return "".join(out).encode("utf-8")

    def comments_ex_xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<w15:commentsEx xmlns:w15="%s" xmlns:mc="%s" mc:Ignorable="w15">'
               % (W15_NS, MC_NS)]
        for c in self.items:
            if c["parent"]:
                out.append('<w15:commentEx w15:paraId="%s" w15:paraIdParent="%s" w15:done="0"/>'
                           % (c["pids"][-1], c["parent"]))
            else:
                out.append('<w15:commentEx w15:paraId="%s" w15:done="0"/>' % c["pids"][-1])
        out.append('</w15:commentsEx>')
        return "".join(out).encode("utf-8")

    def attach(self, doc):
        if not self.items:
            return
        pkg = doc.part.package
        p1 = Part(PackURI("/word/comments.xml"), CT_COMMENTS, self.comments_xml(), pkg)
        p2 = Part(PackURI("/word/commentsExtended.xml"), CT_COMMENTS_EX,
                  self.comments_ex_xml(), pkg)
        doc.part.relate_to(p1, RT.COMMENTS)
        doc.part.relate_to(p2, RT_COMMENTS_EX)


# ---------------------------------------------------------------- formatting
def set_run_font(run, font, size, bold=False, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    af = ascii_font or font
    rfonts.set(qn("w:ascii"), af)
    rfonts.set(qn("w:hAnsi"), af)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")


def set_char_scale(run, pct):
    rpr = run._r.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    rpr.append(w)


def para_border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr
        ppr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def first_line_chars(p, chars=200):
    ppr = p._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(chars))
    ind.set(qn("w:firstLine"), str(chars * 16 // 100 * 20))


def exact_spacing(p, pts=28):
    pf = p.paragraph_format
    pf.line_spacing = Pt(pts)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


class Builder:
    """Writes paragraphs from segment lists and collects the answer key."""

    def __init__(self, body_font=FS, ascii_font=None):
        self.doc = Document()
        self.cm = Comments()
        self.body_font = body_font
        self.ascii_font = ascii_font
        self.objects = []
        self.cur = None
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = body_font
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
        self._footer()

    def _footer(self):
        ft = self.doc.sections[0].footer
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_run_font(r, SONG, 14)
        for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None),
                          (None, "1"), ("end", None)):
            r = p.add_run()
            set_run_font(r, SONG, 14)
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            elif txt.strip() == "PAGE":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
            else:
                r.text = txt
        r = p.add_run(" —")
        set_run_font(r, SONG, 14)

    # ---- objects of the answer key
    def start_object(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objects.append(self.cur)

    # ---- low-level paragraph writer
    def write(self, p, segs, font=None, size=16, bold=False):
        font = font or self.body_font
        text = []
        for s in segs:
            k = s["k"]
            if k == "t":
                r = p.add_run(s["text"])
                f = s["font"] or font
                af = self.ascii_font if f == self.body_font else None
                set_run_font(r, f, s["size"] or size, bold=s["bold"] or bold, ascii_font=af)
                if s["hl"]:
                    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
                if s["red"]:
                    r.font.color.rgb = RED
                text.append(s["text"])
            elif k == "r":
                r = p.add_run(s["text"])
                set_run_font(r, self.body_font, size, ascii_font=self.ascii_font)
                r.font.color.rgb = RED
            elif k == "br":
                p.add_run().add_break()
            elif k == "cs":
                for cid in s["ids"]:
                    el = OxmlElement("w:commentRangeStart")
                    el.set(qn("w:id"), str(cid))
                    p._p.append(el)
            elif k == "ce":
                for cid in s["ids"]:
                    el = OxmlElement("w:commentRangeEnd")
                    el.set(qn("w:id"), str(cid))
                    p._p.append(el)
                for cid in s["ids"]:
                    r = p.add_run()
                    rpr = r._r.get_or_add_rPr()
                    rs = OxmlElement("w:rStyle")
                    rs.set(qn("w:val"), "CommentReference")
                    rpr.append(rs)
                    ref = OxmlElement("w:commentReference")
                    ref.set(qn("w:id"), str(cid))
                    r._r.append(ref)
        return "".join(text)

    def p(self, segs, clause=True, indent=True, align=None, font=None, size=16,
          bold=False, spacing=28, where=None):
        if isinstance(segs, str):
            segs = [T(segs)]
        container = where if where is not None else self.doc
        p = container.add_paragraph()
        exact_spacing(p, spacing)
        if indent:
            first_line_chars(p)
        if align is not None:
            p.alignment = align
        txt = self.write(p, segs, font=font, size=size, bold=bold)
        if clause:
            self.cur["clauses"].append(txt)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            exact_spacing(p, 28)

    def h1(self, text):  # 一、xxx on its own line (黑体)
        self.p([T(text, font=HT)], clause=False)

    def h2(self, text):  # （一）xxx on its own line (楷体)
        self.p([T(text, font=KT)], clause=False)

    def title(self, segs, size=22):
        if isinstance(segs, str):
            segs = [T(segs)]
        self.p(segs, clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
               font=XBS, size=size, spacing=35)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, header, rows, widths=None, clause=True, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.write(p, [T(h, font=HT)], size=size)
        for i, row in enumerate(rows):
            vals = []
            for j, cell in enumerate(row):
                segs = [T(cell)] if isinstance(cell, str) else cell
                c = t.cell(i + 1, j)
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                vals.append(self.write(p, segs, size=size))
            if clause:
                self.cur["clauses"].append(
                    "；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t

    def banji(self, chaosong, yinfa_left, yinfa_date, gap=6):
        """版记: 抄送 and 印发 lines between rules (never clauses)."""
        self.empty(1)
        p = self.p([T(chaosong, size=14)], clause=False, indent=False, size=14)
        para_border(p, "top", sz=12)
        para_border(p, "bottom", sz=4)
        ind = p._p.get_or_add_pPr()
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.right_indent = Cm(0.5)
        p2 = self.doc.add_paragraph()
        exact_spacing(p2, 28)
        p2.paragraph_format.left_indent = Cm(0.5)
        p2.paragraph_format.right_indent = Cm(0.5)
        # manual spaces for alignment, as typed in offices
        self.write(p2, [T(yinfa_left + "\u3000" * gap + yinfa_date, size=14)], size=14)
        para_border(p2, "bottom", sz=12)

    def save(self, stem):
        self.cm.attach(self.doc)
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ================================================================ document A
def make_fuzhou():
    b = Builder(body_font=FS, ascii_font="Times New Roman")
    cm = b.cm
    notice_meta = {
        "title": "福州市商务局 福州市财政局关于印发《福州市加快跨境电子商务高质量发展若干措施》的通知",
        "doc_number": "榕商务〔2025〕87号",
        "issuer": ["福州市商务局", "福州市财政局"],
        "date": "2025-09-18",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": ["福州市加快跨境电子商务高质量发展若干措施"],
        "doc_type": "通知",
        "recipients": ["各县（市）区商务局", "各县（市）区财政局",
                       "福州高新区经济发展局", "福州综合保税区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    b.start_object(notice_meta)

    # 红头: joint header typed as a borderless 2x2 layout table, 文件 merged.
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["福州市商务局", "福州市财政局"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        b.write(p, [T(name, font=XBS, red=True)], size=30)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b.write(p, [T("文件", font=XBS, red=True)], size=40)
    for row in t.rows:
        row.cells[0].width = Cm(9.5)
        row.cells[1].width = Cm(5.0)
    b.empty(1)
    p = b.p([T("榕商务〔2025〕87号")], clause=False, indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER)
    para_border(p, "bottom", color="FF0000", sz=18, space=4)
    b.empty(1)

    th_title = cm.thread(("办公室 王立群", "WLQ", "2025-09-16T09:12:00Z",
                          ["联合发文标题中两个机关名称之间空一格，请核对是否符合本局公文格式要求。"]),
                         ("电子商务处 陈思远", "CSY", "2025-09-16T10:05:00Z",
                          ["已按市政府办公厅联合发文样式处理，保留空格。"]))
    b.title([CS(th_title), T("福州市商务局 福州市财政局关于印发"),
             BR, T("《福州市加快跨境电子商务高质量发展"), BR, T("若干措施》的通知"), CE(th_title)])
    b.empty(1)
    b.p("各县（市）区商务局，各县（市）区财政局，福州高新区经济发展局，福州综合保税区管委会：",
        clause=False, indent=False)

    th1 = cm.thread(("电子商务处 陈思远", "CSY", "2025-09-15T15:40:00Z",
                     ["请核实是否已履行市政府常务会议审议程序；如仅为分管市领导同意，此处表述应调整为“经市政府分管领导同意”。"]),
                    ("办公室 王立群", "WLQ", "2025-09-16T08:51:00Z",
                     ["已报市政府第68次常务会议研究通过，维持原表述。"]))
    b.p([T("为深入贯彻落实《国务院办公厅关于加快内外贸一体化发展的若干意见》和省委、省政府关于推动跨境电商高质量发展的部署要求，加快建设中国（福州）跨境电子商务综合试验区，"),
         CS(th1), T("经市政府同意"), CE(th1),
         T("，现将《福州市加快跨境电子商务高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。")])

    th2 = cm.thread(("县区工作科 林海燕", "LHY", "2025-09-15T16:20:00Z",
                     ["报送时限是否过紧？部分县区需提请本级政府研究配套资金，建议延至11月15日。"]),
                    ("电子商务处 陈思远", "CSY", "2025-09-16T09:30:00Z",
                     ["已电话征求各县（市）区意见，均表示可按期报送，不作调整。"]))
    b.p([T("各县（市）区要结合本地产业基础，"), CS(th2),
         T("于2025年10月31日前", hl=True), CE(th2),
         T("将本地区跨境电商重点企业名单及2025年度扶持资金需求报送市商务局（电子商务和对外贸易发展处），同时抄送市财政局（经济建设处）。执行中遇到的问题，请及时反馈。")])
    b.p("联系人：市商务局电子商务和对外贸易发展处郑雅婷，电话：0591-87536214；市财政局经济建设处刘建华，电话：0591-87115309。")
    b.empty(1)
    b.p("附件：福州市加快跨境电子商务高质量发展若干措施", clause=False)
    b.empty(3)
    # 落款 typed with full-width spaces for alignment
    b.p("\u3000\u3000福州市商务局\u3000\u3000\u3000\u3000\u3000\u3000福州市财政局",
        clause=False, indent=True)
    th_date = cm.thread(("办公室 王立群", "WLQ", "2025-09-18T11:02:00Z",
                         ["落款日期以两家单位负责人最后签发日期为准，财政局9月18日签发。"]))
    b.p([CS(th_date), T("2025年9月18日"), CE(th_date), T("\u3000\u3000\u3000\u3000")],
        clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.empty(1)
    b.p("（此件公开发布）", clause=False)

    # ------------------------------------------------ 附件: the measures
    b.page_break()
    b.start_object({
        "title": "福州市加快跨境电子商务高质量发展若干措施",
        "doc_number": None,
        "issuer": ["福州市商务局", "福州市财政局"],
        "date": "2025-09-18",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": "2025-10-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "措施",
        "recipients": [],
        "publicity": None,
        "repeals": "《福州市促进跨境电子商务发展若干措施》（榕商务〔2022〕56号）",
    })
    b.p([T("附件", font=HT)], clause=False, indent=False)
    b.empty(1)
    b.title("福州市加快跨境电子商务高质量发展若干措施")
    b.empty(1)
    b.p("为进一步发挥跨境电子商务在稳外贸、促转型中的重要作用，推动我市跨境电商规模扩大、结构优化、生态完善，结合我市实际，制定以下措施。")

    b.h1("一、培育壮大经营主体")
    th3 = cm.thread(("市财政局 刘建华", "LJH", "2025-09-12T14:18:00Z",
                     ["单项奖励上限较榕商务〔2022〕56号文件提高一倍，请补充资金测算依据。",
                      "另请明确“首次超过”是否以海关统计数据为准。"]),
                    ("电子商务处 陈思远", "CSY", "2025-09-13T09:47:00Z",
                     ["测算表已随OA件附上，按2024年数据测算本条年度需求约600万元；统计口径以海关数据为准，在申报指南中明确。"]))
    b.p([T("（一）引进头部企业。", font=KT),
         T("对新设立或新迁入我市、年度跨境电商进出口额首次超过5亿元的平台企业和卖家企业，按其年度跨境电商进出口额给予"),
         CS(th3), T("最高200万元", hl=True), CE(th3), T("一次性奖励。")])
    b.p([T("（二）支持本土企业转型。", font=KT),
         T("对传统外贸企业、生产企业新开展跨境电商业务，年度跨境电商出口额首次突破1000万元、3000万元、5000万元的，分别给予10万元、30万元、50万元奖励，同一企业按差额补足方式申领。")])
    b.p([T("（三）培育跨境电商品牌。", font=KT),
         T("支持企业在境外注册自有商标、开展品牌推广，对当年新获得境外商标注册证书的，每件给予1万元补助，单个企业每年最高20万元。")])

    b.h1("二、完善基础设施与公共服务")
    b.p([T("（四）支持海外仓建设。", font=KT),
         T("对企业在“一带一路”共建国家和地区新建或租赁、面积在3000平方米以上的海外仓，按实际投入的一定比例给予补助，单个海外仓最高100万元。具体支持标准如下：")])
    th4 = cm.thread(("市财政局 刘建华", "LJH", "2025-09-12T14:36:00Z",
                     ["与省级海外仓扶持政策叠加后，补助是否可能超过实际投入的50%？请明确不重复支持。"]),
                    ("电子商务处 陈思远", "CSY", "2025-09-13T10:02:00Z",
                     ["已在第（十二）条明确“就高不重复”原则。"]))
    b.table(["序号", "海外仓面积", "补助比例", "单仓补助上限"],
            [["1", "3000（含）—5000平方米", "20%", "30万元"],
             ["2", "5000（含）—10000平方米", "25%", "60万元"],
             ["3", "10000平方米（含）以上", [CS(th4), T("30%", hl=True), CE(th4)], "100万元"]],
            widths=[1.6, 6.0, 3.0, 4.0])
    b.p([T("（五）建设跨境电商产业园区。", font=KT),
         T("对经市商务局认定的市级跨境电商产业园区，按照年度考核结果分档给予运营主体最高50万元奖励。鼓励福州综合保税区、江阴港城经济区等依托保税仓储优势，发展跨境电商网购保税进口（1210）业务。")])
    th5 = cm.thread(("福州海关联络员 黄晓东", "HXD", "2025-09-11T17:25:00Z",
                     ["“清单核放、汇总申报”为9610模式的监管方式，9710、9810模式建议表述为“简化申报”，请斟酌。"]),
                    ("电子商务处 陈思远", "CSY", "2025-09-12T08:40:00Z",
                     ["经与海关口岸监管处再次沟通，此处泛指跨境电商出口便利化措施，保留。"]),
                    ("福州海关联络员 黄晓东", "HXD", "2025-09-12T09:15:00Z",
                     ["同意。"]))
    b.p([T("（六）提升通关便利化水平。", font=KT),
         T("推动跨境电商企业对企业出口（9710、9810）模式在福州海关辖区全面推广，支持企业申报"),
         CS(th5), T("“清单核放、汇总申报”"), CE(th5),
         T("，对通过海关跨境电商出口统一版系统申报的，按申报单量给予每单0.1元补助，单个企业每年最高30万元。")])
    b.p([T("（七）拓展物流通道。", font=KT),
         T("支持企业利用中欧班列（福州）、海运快船和全货机航线开展跨境电商运输，对单个企业年度通过中欧班列运输跨境电商货物超过50个标准箱的，按每标准箱1000元给予物流费用补助。")])

    b.h1("三、强化要素保障")
    th6 = cm.thread(("市地方金融管理局 吴静", "WJ", "2025-09-10T10:11:00Z",
                     ["贴息比例上限请与市级普惠金融政策保持一致，建议不超过LPR的50%。"]))
    b.p([CS(th6), T("（八）加强金融支持。", font=KT, hl=True),
         T("引导银行机构开发“跨境电商贷”等信用类产品，对符合条件的中小跨境电商企业给予贷款贴息，贴息比例不超过同期贷款市场报价利率（LPR）的50%。", hl=True),
         CE(th6)])
    b.p([T("（九）加强人才培养。", font=KT),
         T("支持高校、职业院校与跨境电商企业共建实训基地，对年度培训跨境电商从业人员500人次以上的培训机构，给予最高20万元补助。")])
    b.p([T("（十）优化统计监测。", font=KT),
         T("建立跨境电商重点企业联系制度，由市商务局会同福州海关、市统计局按季度开展数据监测分析。")])

    b.h1("四、附则")
    th7 = cm.thread(("市财政局 刘建华", "LJH", "2025-09-12T15:02:00Z",
                     ["年度总额与各条测算合计是否衔接？县区配套比例是否需要写明？"]),
                    ("电子商务处 陈思远", "CSY", "2025-09-13T10:20:00Z",
                     ["已核，各条测算合计1860万元，在2000万元以内；配套比例在申报指南中另行明确。"]))
    b.p([T("（十一）", font=KT), CS(th7),
         T("本措施所需资金从市级商务发展专项资金中列支，年度资金总额不超过2000万元。"),
         T("各县（市）区按现行财政体制予以配套。")])
    b.p([T("（十二）同一企业同一项目符合本市多项扶持政策的，按照“就高不重复”原则执行。"),
         CE(th7),
         T("企业存在弄虚作假骗取扶持资金的，依法追回已拨付资金，三年内取消申报资格。")])
    b.p([T("（十三）本措施由市商务局、市财政局负责解释，"),
         T("自2025年10月1日起施行，有效期至2027年12月31日。", hl=True),
         T("《福州市促进跨境电子商务发展若干措施》（榕商务〔2022〕56号）同时废止。")])

    b.banji("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公室，福州海关，国家税务总局福州市税务局。",
            "福州市商务局办公室", "2025年9月18日印发")
    return b


# ================================================================ document B
def make_chongqing():
    b = Builder(body_font=FS, ascii_font=None)
    cm = b.cm
    b.start_object({
        "title": "重庆市人民政府口岸和物流办公室关于做好2026年中欧班列（成渝）运行组织和服务保障工作的通知",
        "doc_number": "渝口岸物流办发〔2026〕9号",
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2026-01-16",
        "published": None,
        "level": "municipal",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）口岸物流主管部门", "两江新区管委会",
                       "重庆高新区管委会", "市级有关部门", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.empty(2)
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    exact_spacing(p, 60)
    r = p.add_run("重庆市人民政府口岸和物流办公室文件")
    set_run_font(r, XBS, 30)
    r.font.color.rgb = RED
    set_char_scale(r, 58)
    b.empty(2)
    p = b.p([T("渝口岸物流办发〔2026〕9号")], clause=False, indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER)
    para_border(p, "bottom", color="FF0000", sz=18, space=4)
    b.empty(1)
    b.title([T("重庆市人民政府口岸和物流办公室"), BR,
             T("关于做好2026年中欧班列（成渝）运行组织"), BR,
             T("和服务保障工作的通知")])
    b.empty(1)
    b.p("各区县（自治县）口岸物流主管部门，两江新区管委会，重庆高新区管委会，市级有关部门，有关企业：",
        clause=False, indent=False)
    b.p("为深入落实共建“一带一路”倡议和西部陆海新通道建设部署，巩固中欧班列（成渝）开行质量，提升国际物流通道能级，现就做好2026年中欧班列（成渝）运行组织和服务保障工作通知如下。")

    b.h1("一、工作目标")
    th1 = cm.thread(("国际物流处 何俊", "HJ", "2026-01-09T10:31:00Z",
                     ["2025年实际开行约2300列，目标增幅请与国铁成都局重庆办事处核对。"]),
                    ("综合处 谭敏", "TM", "2026-01-12T16:05:00Z",
                     ["已核对，2025年重庆方向实际开行2318列，目标按增长约8%确定。"]))
    b.p([T("2026年，中欧班列（成渝）重庆方向力争开行"), CS(th1),
         T("2500列以上", hl=True), CE(th1),
         T("，其中回程班列占比不低于45%，重箱率保持在95%以上；新增境外集结分拨点3个，班列综合运输成本较2025年下降5%。")])

    b.h1("二、重点任务")
    b.p([T("（一）优化线路布局。", font=KT),
         T("稳定运行重庆至杜伊斯堡、汉堡、罗兹、布达佩斯等主干线路，加密至中亚五国、俄罗斯方向班列，拓展经里海、黑海的跨里海国际运输走廊（中间走廊）线路。")])
    b.p([T("（二）提升回程组织能力。", font=KT)], clause=False)
    b.p("1.扩大回程货源。支持运营平台公司在德国、波兰、匈牙利等国设立海外集货中心，对回程班列装载进口整车、葡萄酒、冷链食品等特色货源的，按照有关规定给予支持。")
    b.p("2.发展“班列+贸易”。依托重庆铁路口岸和两路果园港综合保税区、西永综合保税区，开展进口商品分拨、保税展示交易业务。具体包括：")
    th2 = cm.thread(("市商务委 邓可", "DK", "2026-01-10T09:20:00Z",
                     ["（1）至（3）项目标值请国际物流处与市商务委外贸处再核一遍，",
                      "进口整车2000辆的口径是否含平行进口？"]),
                    ("国际物流处 何俊", "HJ", "2026-01-12T11:44:00Z",
                     ["已核，2000辆含平行进口汽车，跨境电商专列目标与市商务委一致。"]))
    b.p([CS(th2), T("（1）推动进口整车、平行进口汽车通过中欧班列运输，年内力争进口整车2000辆以上；")])
    b.p("（2）扩大木材、肉类、乳制品等指定监管场地业务规模；")
    b.p([T("（3）支持班列运营企业与跨境电商平台合作，开行跨境电商专列不少于100列。"), CE(th2)])
    b.p([T("（三）推动通关便利。", font=KT),
         T("会同重庆海关推广“铁路快通”“两段准许”等模式，压缩班列在口岸停留时间，力争进出境班列口岸平均通关时间较2025年压缩10%。")])
    th3 = cm.thread(("法规处 罗晓川", "LXC", "2026-01-11T15:12:00Z",
                     ["“铁路运单物权化”表述是否规范？建议与市委金融办确认。"]),
                    ("综合处 谭敏", "TM", "2026-01-12T16:30:00Z",
                     ["沿用市政府2025年工作要点表述，保留。"]))
    b.p([T("（四）强化数字化服务。", font=KT),
         T("依托国际贸易“单一窗口”中欧班列专区，实现订舱、报关、结算、追踪“一站式”办理，推广铁路运单物权化"),
         CS(th3), CE(th3),
         T("和多式联运“一单制”应用。")])

    b.h1("三、开行计划")
    b.p("各运营主体要按照下表组织开行，执行中确需调整的，提前10个工作日报市政府口岸物流办备案。")
    th4 = cm.thread(("国际物流处 何俊", "HJ", "2026-01-09T11:02:00Z",
                     ["跨里海方向回程组织难度大，40列能否实现？请运营企业书面确认。"]),
                    ("重庆国际物流集团 王韬", "WT", "2026-01-13T09:58:00Z",
                     ["已书面确认，可实现。"]))
    b.table(["序号", "线路方向", "计划开行（列）", "其中回程（列）", "责任单位"],
            [["1", "欧洲方向（德国、波兰、匈牙利等）", "1200", "560", "渝新欧（重庆）物流有限公司"],
             ["2", "中亚方向", "700", "280", "重庆国际物流集团有限公司"],
             ["3", "俄罗斯方向", "450", "250", "重庆铁路口岸物流开发有限责任公司"],
             ["4", "跨里海走廊及其他", "150", [CS(th4), T("40", hl=True), CE(th4)],
              "重庆国际物流集团有限公司"],
             ["合计", "—", "2500", "1130", "—"]],
            widths=[1.4, 4.6, 2.4, 2.4, 5.0], size=12)
    b.empty(1)

    b.h1("四、保障措施")
    b.p([T("（一）加强统筹协调。", font=KT),
         T("市政府口岸物流办牵头建立中欧班列（成渝）工作专班，会同市商务委、市交通运输委、重庆海关、中国铁路成都局集团有限公司重庆办事处等单位按月调度，协调解决班列运行中的重大问题。")])
    th5 = cm.thread(("法规处 罗晓川", "LXC", "2026-01-11T15:40:00Z",
                     ["此条涉及补贴退坡，公开属性请再斟酌，建议征求市发展改革委意见。"]),
                    ("综合处 谭敏", "TM", "2026-01-14T10:12:00Z",
                     ["已书面征求市发展改革委意见，同意公开发布。"]))
    b.p([T("（二）规范资金使用。", font=KT), CS(th5),
         T("严格执行国家关于中欧班列补贴退坡的有关要求，不得以低于成本价格揽货，不得开展恶性竞争。", hl=True),
         CE(th5)])
    b.p([T("（三）做好安全生产。", font=KT),
         T("各运营主体要落实安全生产主体责任，加强货物申报查验和危险品管控，严防夹带禁限运物品。")])
    b.p([T("（四）强化信息报送。", font=KT),
         T("各区县口岸物流主管部门、各运营主体于每月5日前将上月班列开行数据及存在问题报送市政府口岸物流办综合处。")])
    b.p("联系人：市政府口岸物流办国际物流处何俊，电话：023-63891275。")
    b.empty(3)
    b.p("重庆市人民政府口岸和物流办公室\u3000\u3000", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2026年1月16日\u3000\u3000\u3000\u3000\u3000\u3000", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("（此件公开发布）", clause=False)
    b.empty(3)
    b.banji("抄送：国家发展改革委基础司，海关总署口岸监管司，中国国家铁路集团有限公司货运部，市政府办公厅。",
            "重庆市人民政府口岸和物流办公室综合处", "2026年1月16日印发", gap=1)
    return b


# ================================================================ document C
def make_xiamen():
    b = Builder(body_font=FS, ascii_font="Times New Roman")
    cm = b.cm
    b.start_object({
        "title": "中国（福建）自由贸易试验区厦门片区外商投资企业投诉工作办法",
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2025-11-20",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（福建）自由贸易试验区厦门片区外商投资企业投诉处理暂行办法》（厦自贸委〔2021〕8号）",
    })
    S = "\u3000"  # full-width space after 第X条 / chapter numbers

    def art(segs):
        b.p(segs)

    def chapter(text):
        b.p([T(text, font=HT)], clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    th_t = cm.thread(("法制审核 许文斌", "XWB", "2025-11-14T10:05:00Z",
                      ["国家层面文件名称为《外商投资企业投诉工作办法》，片区文件名称与之对应，建议不加“暂行”。"]),
                     ("投资促进局 蔡佳颖", "CJY", "2025-11-14T15:22:00Z",
                      ["采纳，已删除“暂行”二字。"]))
    b.title([T("中国（福建）自由贸易试验区厦门片区"), BR, CS(th_t),
             T("外商投资企业投诉工作办法"), CE(th_t)])
    b.p([T("（2025年11月20日中国（福建）自由贸易试验区厦门片区管理委员会第12次主任办公会议审议通过）",
           font=KT)], clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.empty(1)

    chapter("第一章" + S + "总则")
    art([T("第一条", font=HT), T(S + "为及时有效处理外商投资企业投诉，保护外商投资合法权益，持续优化中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）外商投资环境，根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《外商投资企业投诉工作办法》等规定，结合厦门片区实际，制定本办法。")])
    art([T("第二条", font=HT), T(S + "本办法所称外商投资企业投诉，是指外商投资企业、外国投资者（以下统称投诉人）认为厦门片区内行政机关及其工作人员的行政行为侵犯其合法权益，向投诉工作机构申请协调解决的行为。"),
         R("【建议增加：“港澳台投资者参照适用”】")])
    th1 = cm.thread(("编办联络员 洪志强", "HZQ", "2025-11-13T09:40:00Z",
                     ["投诉中心是否为内设机构挂牌？如需单设机构须报编制部门审批，请核实表述。"]),
                    ("投资促进局 蔡佳颖", "CJY", "2025-11-13T14:16:00Z",
                     ["为投资促进局加挂牌子，不新增编制，表述已按此调整。"]))
    art([T("第三条", font=HT), T(S + "厦门片区管理委员会设立外商投资企业投诉中心（以下简称投诉中心），"),
         CS(th1), T("设在厦门片区管委会投资促进局", hl=True), CE(th1),
         T("，负责受理、协调处理厦门片区范围内的外商投资企业投诉。")])
    art([T("第四条", font=HT), T(S + "投诉工作坚持公平公正、依法合规、分级负责、及时高效的原则。")])

    chapter("第二章" + S + "投诉的提出与受理")
    art([T("第五条", font=HT), T(S + "投诉人提出投诉，应当提交书面投诉材料。投诉材料应当包括以下内容：")])
    b.p("（一）投诉人的姓名或者名称、通讯地址、邮编、联系人和联系方式，主体资格证明材料，提出投诉的日期；")
    b.p([T("（二）被投诉行政机关"), R("【建议补充“或者法律法规授权的组织”】"), T("的名称；")])
    b.p("（三）明确的投诉事项和投诉请求；")
    b.p("（四）有关事实、证据和理由。")
    art([T("第六条", font=HT), T(S + "投诉人可以通过厦门片区政务服务中心现场窗口、“厦门自贸片区”微信公众号、电子邮箱等方式提交投诉材料。投诉材料应当使用中文，外文材料应当附中文译本。"),
         T("投诉人采取现场方式提交材料的，投诉中心可以提供免费复印服务。", hl=True),
         R("【建议删除】")])
    th2 = cm.thread(("法制审核 许文斌", "XWB", "2025-11-14T10:31:00Z",
                     ["审查期限与省外商投资企业投诉中心的规定不一致，请起草处室说明理由。"]))
    art([T("第七条", font=HT), T(S + "投诉中心应当在收到投诉材料之日起"), CS(th2),
         T("7个工作日", hl=True), CE(th2),
         T("内进行审查，对符合要求的予以受理，并书面告知投诉人；对材料不全的，应当一次性告知投诉人需要补正的全部内容。"),
         R("【建议修改为“5个工作日”，与省投诉中心时限一致】")])
    art([T("第八条", font=HT), T(S + "有下列情形之一的，投诉中心不予受理：")])
    b.p("（一）投诉主体不属于外商投资企业、外国投资者的；")
    b.p("（二）投诉事项不属于厦门片区管理权限范围的；")
    b.p("（三）投诉事项已经由人民法院受理或者已经进入行政复议程序的；")
    b.p("（四）同一投诉事项已经投诉中心处理完毕，投诉人没有提出新的事实和理由再次投诉的。")

    chapter("第三章" + S + "投诉处理")
    art([T("第九条", font=HT), T(S + "投诉中心受理投诉后，应当与投诉人、被投诉行政机关进行沟通，了解情况，依法协调处理，推动投诉事项妥善解决。")])
    art([T("第十条", font=HT), T(S + "投诉中心可以根据投诉事项的具体情况，采取以下方式协调处理：")])
    b.p("（一）推动投诉人与被投诉行政机关达成谅解；")
    b.p("（二）向被投诉行政机关提出完善相关政策措施的建议；")
    b.p("（三）投诉人与被投诉行政机关均同意的其他处理方式。")
    th3 = cm.thread(("法制审核 许文斌", "XWB", "2025-11-14T10:48:00Z",
                     ["与商务部《外商投资企业投诉工作办法》办结时限一致，可保留；",
                      "延长期限建议写明需书面告知投诉人。"]),
                    ("投资促进局 蔡佳颖", "CJY", "2025-11-14T15:40:00Z",
                     ["书面告知要求拟在操作规程中细化，本办法不再增加。"]),
                    ("法制审核 许文斌", "XWB", "2025-11-15T08:55:00Z",
                     ["同意。"]))
    art([T("第十一条", font=HT), T(S + "投诉中心应当在受理投诉之日起"), CS(th3),
         T("60个工作日内办结"), CE(th3),
         T("。情况复杂的，经投诉中心负责人批准，可以适当延长，延长期限不超过30个工作日。")])
    art([T("第十二条", font=HT), T(S + "投诉人在投诉处理过程中，可以书面申请撤回投诉。投诉人撤回投诉的，投诉处理终止。")])
    # reviewer's remark typed as a paragraph of its own, in red
    p = b.p([R("【审核意见：第十二条与第十四条第（一）项内容重复，请起草处室统筹考虑。】")],
            clause=False)
    art([T("第十三条", font=HT), T(S + "投诉中心及其工作人员应当对投诉人的商业秘密、保密商务信息和个人信息予以保密，不得泄露或者非法向他人提供。")])
    art([T("第十四条", font=HT), T(S + "有下列情形之一的，投诉处理终结：")])
    b.p("（一）投诉人撤回投诉的；")
    b.p("（二）经协调，投诉人与被投诉行政机关达成一致的；")
    b.p("（三）投诉人无正当理由拒不配合投诉处理工作的。")

    chapter("第四章" + S + "附则")
    art([T("第十五条", font=HT), T(S + "投诉中心应当建立投诉工作台账，每季度向厦门片区管委会报告投诉处理情况，并按要求向厦门市外商投资企业投诉中心报送有关数据。")])
    art([T("第十六条", font=HT), T(S + "本办法由厦门片区管委会投资促进局负责解释。")])
    th4 = cm.thread(("投资促进局 蔡佳颖", "CJY", "2025-11-18T17:02:00Z",
                     ["施行日期已与管委会办公室确认，定于2026年1月1日。"]))
    art([T("第十七条", font=HT), T(S + "本办法"), CS(th4), T("自2026年1月1日起施行", hl=True), CE(th4),
         T("，有效期5年。"),
         R("【建议删除“有效期5年”，办法类文件可不设有效期】"),
         T("《中国（福建）自由贸易试验区厦门片区外商投资企业投诉处理暂行办法》（厦自贸委〔2021〕8号）同时废止。")])
    return b


# ================================================================ main
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_490", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def main():
    expected = {
        "_note": ("Reviewer comments (批注 in comments.xml, including replies) are not text and "
                  "appear in no clause. Yellow highlighting is ignored; the highlighted text is "
                  "kept as ordinary text. In blind490_xiamen_banfa the reviewer's 修改意见 typed "
                  "in red brackets inside the body (【建议删除】, 【建议增加：…】, 【建议修改为…】, "
                  "【建议补充…】, and the separate paragraph 【审核意见：…】) are dropped from the "
                  "clauses, since they are remarks and not part of the published text. The passages "
                  "they point at are KEPT unchanged, because a suggestion is not an accepted edit "
                  "(e.g. 第六条 keeps its last sentence, 第七条 keeps “7个工作日”, 第十七条 keeps "
                  "“有效期5年”, so expires is 2030-12-31). Where a remark sat mid-sentence the text "
                  "around it is joined with nothing in between."),
    }
    for stem, fn in (("blind490_fuzhou_tongzhi", make_fuzhou),
                     ("blind490_chongqing_tongzhi", make_chongqing),
                     ("blind490_xiamen_banfa", make_xiamen)):
        b = fn()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = b.objects
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
