# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1094: documents retyped from a scan by OCR into Word.

Every printed line of the scanned original is a paragraph of its own, stray
half-width spaces sit between some characters, page numbers / running heads
of the scanned pages are left in the middle of the text, a few recognition
slips (l for 1, 0 for 〇, ． for 、) and tables typed as lines with spaces
between the cells.

The answer key (expected.json) is built from the *logical* text of the
original: OCR line breaks are joined with nothing, stray spaces are not part
of the text, page numbers / running heads are dropped; recognition slips are
kept exactly as typed (they are characters of the file).
"""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def setup(doc, left=2.6, right=2.4, top=3.0, bottom=2.8, base=FS, size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = base
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), base)
    rf.set(qn("w:ascii"), base)
    rf.set(qn("w:hAnsi"), base)
    doc.core_properties.author = "Administrator"
    doc.core_properties.title = ""


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1094", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- line breaking
NO_START = "，。、；：？！）》」』”’%％．,.;:)]"
NO_END = "（《「『“‘(["


def cw(c):
    return 0.5 if ord(c) < 128 else 1.0


def tokens(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isascii() and (c.isalnum() or c in ".-%"):
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".-%"):
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def wrap(text, cap, first_cap):
    """Break text the way the printed original broke it (fixed grid)."""
    lines, cur, curw, capnow = [], "", 0.0, first_cap
    for tok in tokens(text):
        tw = sum(cw(c) for c in tok)
        if cur and curw + tw > capnow:
            if tok[0] in NO_START:          # punctuation squeezed into the line
                cur += tok
                curw += tw
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = carry + tok
            curw = sum(cw(c) for c in cur)
            capnow = cap
        else:
            cur += tok
            curw += tw
    if cur:
        lines.append(cur)
    return lines


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def noisy(line, rng, p):
    """OCR stray spaces: a half-width space between two Chinese characters."""
    if rng.random() >= p:
        return line
    pos = [i for i in range(1, len(line)) if is_han(line[i - 1]) and is_han(line[i])]
    if not pos:
        return line
    k = 2 if (rng.random() < 0.25 and len(pos) > 4) else 1
    for i in sorted(rng.sample(pos, k), reverse=True):
        line = line[:i] + " " + line[i:]
    return line


# ---------------------------------------------------------------- OCR emitter
class OCR:
    """Writes a scanned document line by line into Word."""

    def __init__(self, doc, size, cap, lpp, seed, indent="spaces", noise=0.22,
                 pageno=None, pagebreak=False, runhead=None, first_page_lines=None,
                 spacing=None):
        self.doc = doc
        self.size = size
        self.cap = cap
        self.lpp = lpp
        self.rng = random.Random(seed)
        self.indent = indent
        self.noise = noise
        self.pageno = pageno or (lambda n: "— %d —" % n)
        self.pagebreak = pagebreak
        self.runhead = runhead
        self.page = 1
        self.count = 0
        self.limit = first_page_lines or lpp
        self.spacing = spacing or size * 1.45
        self.clauses = []

    # -- raw paragraph
    def raw(self, runs, align=None, first=None, count=True, before=0, after=0, line=None):
        p = self.doc.add_paragraph()
        for r in runs:
            text, name, size, bold = r[:4]
            color = r[4] if len(r) > 4 else None
            font(p.add_run(text), name, size, bold, color)
        pf = p.paragraph_format
        pf.line_spacing = Pt(line or self.spacing)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if first is not None:
            pf.first_line_indent = first
        if align is not None:
            p.alignment = align
        if count:
            self.tick()
        return p

    def tick(self):
        self.count += 1
        if self.count >= self.limit:
            self.end_page()

    def end_page(self):
        p = self.raw([(self.pageno(self.page), SONG, self.size - 2, False)],
                     align=WD_ALIGN_PARAGRAPH.CENTER, count=False)
        if self.pagebreak:
            p.add_run().add_break(WD_BREAK.PAGE)
        self.page += 1
        self.count = 0
        self.limit = self.lpp
        if self.runhead:
            self.raw([(self.runhead(self.page), SONG, self.size - 3, False)], count=False)

    def finish(self):
        """number of the last scanned page (no page break after it)"""
        if self.count:
            self.raw([(self.pageno(self.page), SONG, self.size - 2, False)],
                     align=WD_ALIGN_PARAGRAPH.CENTER, count=False)

    def blank(self, n=1):
        for _ in range(n):
            self.raw([("", FS, self.size, False)])

    def line(self, text, name=FS, size=None, bold=False, align=None, color=None, noise=None):
        t = noisy(text, self.rng, self.noise if noise is None else noise)
        return self.raw([(t, name, size or self.size, bold, color)], align=align)

    # -- a logical paragraph of the original, typed one printed line per paragraph
    def para(self, text, clause=True, name=FS, head=None, headfont=None):
        if clause:
            self.clauses.append(text)
        first_cap = self.cap - 2 if self.indent in ("spaces", "format") else self.cap
        lines = wrap(text, self.cap, first_cap)
        for i, ln in enumerate(lines):
            t = noisy(ln, self.rng, self.noise)
            runs = []
            if i == 0 and self.indent == "spaces":
                runs.append((FW * 2, name, self.size, False))
            if i == 0 and head and t.startswith(head):
                runs.append((head, headfont or name, self.size, False))
                runs.append((t[len(head):], name, self.size, False))
            else:
                runs.append((t, name, self.size, False))
            first = Pt(self.size * 2) if (i == 0 and self.indent == "format") else None
            self.raw(runs, first=first)

    def heading(self, text, name=HT):
        pre = FW * 2 if self.indent == "spaces" else ""
        first = Pt(self.size * 2) if self.indent == "format" else None
        self.raw([(pre + text, name, self.size, False)], first=first)

    def table(self, header, rows, size=None, key_header=None):
        """Table typed as lines, cells separated by runs of spaces."""
        size = size or self.size - 4
        kh = key_header or header

        def typed(cells):
            out = cells[0]
            for c in cells[1:]:
                out += " " * self.rng.choice([2, 3, 3, 4, 5]) + c
            return out

        self.raw([(typed(header), FS, size, False)], line=size * 1.6)
        for r in rows:
            self.raw([(typed(r), FS, size, False)], line=size * 1.6)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(kh, r)))


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_hainan():
    """海南省商务厅通知, red head kept by the clerk, indent typed as spaces,
    page numbers typed in the flow, attachment list on its own page."""
    stem = "blind1094_hainan_fumao"
    doc = Document()
    setup(doc)
    o = OCR(doc, size=14, cap=28, lpp=22, seed=1094, indent="spaces",
            first_page_lines=17, spacing=23)

    o.raw([("海 南 省 商 务 厅 文 件", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
          line=50, before=24, after=12)
    o.blank()
    o.raw([("琼商服贸〔2026〕17号", FS, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    o.raw([("—" * 22, SONG, 15, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER)
    o.blank()
    o.line("海南省商务厅关于做好2026年海南自由贸易港", XBS, 21, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.line("跨境服务贸易重点项目推进工作的通知", XBS, 21, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0.9)
    o.blank()
    o.line("各市、县、自治县商务主管部门，洋浦经济开发区管委会，省直有", noise=0)
    o.line("关单位：", noise=0)

    o.para("为贯彻落实《海南自由贸易港建设总体方案》和《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》，加快推进跨境服务贸易重点项目建设，进一步扩大服务业对外开放，现将有关事项通知如下。")
    o.heading("一．总体要求")
    o.para("以制度集成创新为核心，聚焦数字贸易、国际航运、离岸金融、医疗健康、文化旅游等重点领域，全年推动l5个以上跨境服务贸易重点项目落地实施，力争全省服务进出口总额突破480亿元，同比增长12%以上。")
    o.heading("二、重点任务")
    o.para("（一）建立项目清单管理机制。省商务厅会同各市县梳理形成2026年重点项目清单（见附件），实行“一项目一专班一方案”，按月调度项目进展，对进度滞后的项目及时预警督办。")
    o.para("（二）落实负面清单管理要求。各地要对照跨境服务贸易负面清单，全面清理与负面清单不符的地方性规定和做法，清单之外的领域按照境内外服务及服务提供者待遇一致原则实施管理。")
    o.para("（三）强化要素保障。对纳入清单的项目，在用地、用能、人才引进、跨境资金结算等方面给予优先保障，符合条件的可按规定申报省级服务业发展专项资金。")
    o.para("（四）推动数据跨境安全有序流动。支持海口、三亚、洋浦等地依托国际数据中心和离岸数据服务平台，开展数据出境安全评估、个人信息出境标准合同备案等便利化服务。")
    o.heading("三．保障措施")
    o.para("（一）加强组织领导。各市县商务主管部门要明确分管负责同志和具体联络员，于2026年4月10日前将联络员名单报送省商务厅服务贸易处。")
    o.para("（二）做好信息报送。请各单位于每月5日前通过海南省服务贸易统计监测系统报送上月项目进展情况，每季度结束后10个工作日内报送季度工作总结。")
    o.para("联系人：省商务厅服务贸易处林晓峰，联系电话：0898-65203187。")
    o.para("特此通知。", clause=False)
    o.blank()
    o.line(FW * 2 + "附件：2026年海南自由贸易港跨境服务贸易重点项目清单", noise=0)
    o.blank(2)
    o.line(" " * 34 + "海南省商务厅", noise=0)
    o.line(" " * 30 + "二0二六年三月十六日", noise=0)
    o.line(FW * 2 + "（此件主动公开）", noise=0)
    # the rest of the scanned page is empty: its page number follows
    o.end_page()

    # ---- attachment page (the scan starts a new page)
    o.raw([("附件", HT, 15, False)])
    o.blank()
    o.line("2026年海南自由贸易港跨境服务贸易重点项目清单", XBS, 18,
           align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.blank()
    header = ["序号", "项目名称", "所在地", "领域", "牵头单位", "计划完成时间"]
    rows = [
        ["1", "海口国际离岸创新创业示范区二期", "海口市", "数字贸易", "海口市商务局", "2026年10月"],
        ["2", "三亚国际邮轮母港航运服务中心", "三亚市", "国际航运", "三亚市交通运输局", "2026年12月"],
        ["3", "洋浦国际船舶登记服务平台升级", "洋浦经济开发区", "国际航运", "洋浦管委会", "2026年9月"],
        ["4", "博鳌乐城国际医疗旅游服务集聚区", "琼海市", "医疗健康", "乐城先行区管理局", "2026年12月"],
        ["5", "海南国际知识产权交易中心跨境交易平台", "海口市", "知识产权", "省知识产权局", "2026年8月"],
        ["6", "文昌国际航天城卫星数据跨境服务中心", "文昌市", "数字贸易", "文昌航天城管理局", "2026年11月"],
    ]
    o.table(header, rows, size=9.5)
    o.blank()
    o.raw([("注：项目清单实行动态调整，各市县可于每季度末提出调整申请。", FS, 12, False)])
    o.blank(6)
    o.raw([("抄送：商务部服务贸易和商贸服务业司，省发展改革委，省财政厅。", FS, 13, False)])
    o.raw([("海南省商务厅办公室" + " " * 20 + "2026年3月l6日印发", FS, 13, False)])
    o.clauses.append("注：项目清单实行动态调整，各市县可于每季度末提出调整申请。")
    o.finish()

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="海南省商务厅关于做好2026年海南自由贸易港跨境服务贸易重点项目推进工作的通知",
            doc_number="琼商服贸〔2026〕17号",
            issuer=["海南省商务厅"],
            date="2026-03-16",
            level="provincial",
            region="海南省",
            attachments=["2026年海南自由贸易港跨境服务贸易重点项目清单"],
            doc_type="通知",
            recipients=["各市、县、自治县商务主管部门", "洋浦经济开发区管委会", "省直有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": o.clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """上行文 报告 with 签发人; OCR kept first-line indents as paragraph format,
    inserted a page break after every scanned page's number."""
    stem = "blind1094_guangxi_baogao"
    doc = Document()
    setup(doc, size=14)
    o = OCR(doc, size=14, cap=28, lpp=22, seed=20260120, indent="format", noise=0.2,
            pagebreak=True, first_page_lines=16, spacing=22)

    o.raw([("广西壮族自治区商务厅", XBS, 30, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
          line=44, before=18, after=10)
    o.raw([("桂商报〔2026〕6号" + " " * 26 + "签发人：黄志强", FS, 14, False)])
    o.blank()
    o.line("广西壮族自治区商务厅关于2025年中国（广西）", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.line("自由贸易试验区建设进展情况的报告", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.blank()
    o.line("商务部：", noise=0)

    o.para("2025年，我厅深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，在商务部的指导下，会同南宁、钦州、崇左三个片区扎实推进各项改革试点任务，全年新形成制度创新成果36项，其中“跨境人民币结算全流程便利化”等5项入选全国自贸试验区最佳实践案例。现将有关情况报告如下。")
    o.heading("一、主要进展")
    o.para("（一）主要经济指标稳中有进。2025年，广西自贸试验区实现外贸进出口2186.7亿元，同比增长11.8%，占全区的27.3%；实际使用外资6.42亿美元，同比增长9.6%；新设立企业1.13万家。各片区主要指标见表1。",
           head="（一）主要经济指标稳中有进。", headfont=KT)
    o.raw([("表1  2025年中国（广西）自由贸易试验区各片区主要指标", HT, 12, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER)
    header = ["片区", "外贸进出口（亿元）", "同比增长（%）", "实际使用外资（亿美元）", "新设企业（家）"]
    rows = [
        ["南宁片区", "1023.5", "12.4", "3.86", "6128"],
        ["钦州港片区", "842.6", "13.1", "1.95", "3417"],
        ["崇左片区", "320.6", "6.2", "0.61", "1785"],
        ["合计", "2186.7", "11.8", "6.42", "11330"],
    ]
    o.table(header, rows, size=11)
    o.para("注：外贸数据来源于南宁海关，外资和企业数据来源于自治区商务厅、市场监管局。")
    o.para("（二）面向东盟的开放合作平台加快建设。中国—东盟跨境产能合作示范区新引进项目42个，总投资318亿元；西部陆海新通道海铁联运班列开行1.08万列，同比增长8.2%；钦州港集装箱吞吐量完成902万标箱。",
           head="（二）面向东盟的开放合作平台加快建设。", headfont=KT)
    o.para("（三）制度创新取得新突破。聚焦贸易投资便利化、跨境金融、沿边开发开放等领域，推出“边民互市贸易进口商品落地加工全程电子化监管”“东盟国家船舶登记一站式服务”等一批首创性改革举措。",
           head="（三）制度创新取得新突破。", headfont=KT)
    o.heading("二、存在的问题")
    o.para("一是部分改革试点任务需要国家层面授权，地方自主推进空间有限；二是片区产业链条较短，龙头企业带动作用不够明显；三是专业人才特别是熟悉东盟规则的复合型人才较为短缺。")
    o.heading("三．2026年工作打算")
    o.para("2026年，我厅将以实施自由贸易试验区提升战略为牵引，重点做好以下工作：")
    o.para("1．对接国际高标准经贸规则，在数字贸易、跨境数据流动、知识产权保护等领域开展先行先试。")
    o.para("2．推动中国—东盟产业合作区建设，力争新引进东盟国家投资项目50个以上。")
    o.para("3．加强人才引进培养，会同广西大学等高校开设东盟经贸规则培训班不少于l0期。")
    o.heading("四、有关请求")
    o.para("恳请商务部支持我区在自贸试验区开展跨境服务贸易负面清单管理试点，并协调有关部委将边民互市贸易进口商品落地加工有关政策推广至全区沿边口岸。")
    o.para("特此报告。", clause=False)
    o.blank(2)
    o.line("广西壮族自治区商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, noise=0)
    o.line("二0二六年一月二十日", align=WD_ALIGN_PARAGRAPH.RIGHT, noise=0)
    o.blank(3)
    o.raw([("抄送：自治区人民政府办公厅，自治区发展改革委。", FS, 13, False)])
    o.raw([("广西壮族自治区商务厅办公室" + " " * 16 + "2026年1月20日印发", FS, 13, False)])
    o.finish()

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="广西壮族自治区商务厅关于2025年中国（广西）自由贸易试验区建设进展情况的报告",
            doc_number="桂商报〔2026〕6号",
            issuer=["广西壮族自治区商务厅"],
            date="2026-01-20",
            level="provincial",
            region="广西壮族自治区",
            doc_type="报告",
            recipients=["商务部"],
        ),
        "clauses": o.clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningbo():
    """Gazette reprint scanned: running head of the 公报 and its page numbers in the
    flow, no indents at all (paragraph ends only visible by the short line)."""
    stem = "blind1094_ningbo_zijin"
    doc = Document()
    setup(doc, size=11, base=SONG)
    head = lambda n: ("宁波市人民政府公报" + " " * 40 + "2026年第3期") if n % 2 else \
        ("2026年第3期" + " " * 40 + "宁波市人民政府公报")
    o = OCR(doc, size=11, cap=34, lpp=36, seed=3101, indent="none", noise=0.25,
            pageno=lambda n: "— %d —" % (n + 20), runhead=head, spacing=18.5)
    o.raw([(head(1), SONG, 9, False)], count=False)
    o.blank()
    o.line("宁波市人民政府办公厅关于印发宁波市跨境电子", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.line("商务综合试验区发展专项资金管理办法的通知", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.line("甬政办发〔2026〕9号", KT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.blank()
    o.line("各区（县、市）人民政府，市直及部省属驻甬各单位：", noise=0)
    o.para("《宁波市跨境电子商务综合试验区发展专项资金管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。")
    o.line("宁波市人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, noise=0)
    o.line("2026年1月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, noise=0)
    o.line("（此件公开发布）", noise=0)
    o.blank()
    o.line("宁波市跨境电子商务综合试验区发展专项资金管理办法", HT, 14,
           align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    o.blank()
    ch = lambda t: o.line(t, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, noise=0)
    ch("第一章  总则")
    o.para("第一条　为规范宁波市跨境电子商务综合试验区发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动跨境电子商务高质量发展，根据《中华人民共和国预算法》《宁波市市级财政专项资金管理办法》等规定，结合本市实际，制定本办法。")
    o.para("第二条　本办法所称专项资金，是指市级财政预算安排，用于支持中国（宁波）跨境电子商务综合试验区建设、培育跨境电子商务市场主体、完善跨境电子商务生态体系的资金。")
    o.para("第三条　专项资金的管理和使用遵循公开透明、突出重点、注重绩效、强化监督的原则。市商务局负责项目申报、审核和绩效管理，市财政局负责资金预算安排和拨付，各区（县、市）商务、财政部门负责本地区项目的初审和日常监管。")
    ch("第二章  支持范围和标准")
    # article with items: each item printed on its own line(s)
    items = ["第四条　专项资金重点支持以下方向：",
             "（一）跨境电子商务产业园区和公共海外仓建设；",
             "（二）跨境电子商务公共服务平台和综合服务企业发展；",
             "（三）跨境电子商务品牌培育和人才培训；",
             "（四）市政府确定的其他事项。"]
    for it in items:
        o.para(it, clause=False)
    o.clauses.append("".join(items))
    o.para("第五条　对经认定的市级跨境电子商务产业园区，按照园区年度跨境电子商务进出口额给予运营主体奖励，进出口额首次突破10亿元、30亿元、50亿元的，分别给予50万元、100万元、l50万元一次性奖励。")
    o.para("第六条　对在境外自建或租用仓储面积5000平方米以上、年服务本市跨境电子商务企业20家以上的公共海外仓，经认定后按照实际投入的20%给予补助，单个项目补助最高不超过200万元。")
    o.para("第七条　同一项目已获得其他市级财政资金支持的，专项资金不再重复支持。")
    ch("第三章  申报和拨付")
    o.para("第八条　市商务局会同市财政局每年发布项目申报指南，明确申报条件、申报材料和申报时间。申报单位应当对申报材料的真实性、合法性负责。")
    o.para("第九条　市商务局组织专家或委托第三方机构对申报项目进行评审，提出资金分配建议，经市财政局审核后在市商务局门户网站公示，公示期不少于5个工作日。公示无异议的，按规定程序拨付资金。")
    ch("第四章  监督管理")
    o.para("第十条　专项资金实行全过程绩效管理。项目单位应当按要求报送资金使用情况和绩效自评报告，市商务局根据绩效评价结果调整完善支持政策。")
    o.para("第十一条　项目单位以虚报、冒领等手段骗取专项资金的，由市财政局、市商务局依法追回已拨付资金，三年内取消其申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关处理。")
    ch("第五章  附则")
    o.para("第十二条　本办法由市商务局、市财政局负责解释。")
    o.para("第十三条　本办法自2026年3月1日起施行，有效期至2028年2月29日。《宁波市跨境电子商务综合试验区建设专项资金管理办法》（甬政办发〔2022〕31号）同时废止。")
    o.blank(2)
    o.finish()

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁波市人民政府办公厅关于印发宁波市跨境电子商务综合试验区发展专项资金管理办法的通知",
            doc_number="甬政办发〔2026〕9号",
            issuer=["宁波市人民政府办公厅"],
            date="2026-01-28",
            level="municipal",
            region="宁波市",
            effective="2026-03-01",
            expires="2028-02-29",
            doc_type="通知",
            recipients=["各区（县、市）人民政府", "市直及部省属驻甬各单位"],
            publicity="此件公开发布",
            repeals="《宁波市跨境电子商务综合试验区建设专项资金管理办法》（甬政办发〔2022〕31号）",
        ),
        "clauses": o.clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_guangxi(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
