# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 439 blind test documents: mixed character widths (WPS style typing),
and one notice re-pasted into Word from a web page.

Run:  /work/venv/bin/python make_blind439.py
Writes the .docx, their LibreOffice PDFs and expected.json next to this file.
"""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
YAHEI = "微软雅黑"
RED = RGBColor(0xFF, 0x00, 0x00)

SB = "\u00a6"   # marker in source strings: soft line break typed with Shift+Enter
NBSP = "\u00a0"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def clean(text):
    """Clause text as the analyst records it: soft breaks joined, ends trimmed."""
    return text.replace(SB, "").replace("\n", "").strip(" \u00a0\u3000\t")


# ---------------------------------------------------------------- helpers
class Builder:
    def __init__(self, stem, body_font=FS, body_size=16):
        self.stem = stem
        self.doc = Document()
        self.body_font = body_font
        self.body_size = body_size
        self.records = []
        self._setup()

    def _setup(self):
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = self.body_font
        st.font.size = Pt(self.body_size)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), self.body_font)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = Pt(28)

    # document records ---------------------------------------------------
    def new_doc(self, meta):
        self.records.append({"meta": meta, "clauses": []})

    def add_clause(self, text):
        self.records[-1]["clauses"].append(clean(text))

    # runs / paragraphs ----------------------------------------------------
    @staticmethod
    def font(run, name, size=None, bold=None, color=None):
        run.font.name = name
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(k), name)
        if size is not None:
            run.font.size = Pt(size)
        if bold is not None:
            run.font.bold = bold
        if color is not None:
            run.font.color.rgb = color

    def p(self, runs, align=JUSTIFY, indent=True, clause=False, font=None,
          size=None, bold=None, color=None, line=None, space_before=None,
          space_after=None, soft=True, left_indent=None):
        """runs: str or list of (text, {font,size,bold,color}).
        SB markers become soft line breaks (w:br)."""
        if isinstance(runs, str):
            runs = [(runs, {})]
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * (size or self.body_size))
        if left_indent is not None:
            pf.left_indent = left_indent
        if line is not None:
            pf.line_spacing = Pt(line)
        if space_before is not None:
            pf.space_before = Pt(space_before)
        if space_after is not None:
            pf.space_after = Pt(space_after)
        full = ""
        for text, opt in runs:
            full += text
            pieces = text.split(SB)
            for i, piece in enumerate(pieces):
                r = para.add_run(piece)
                self.font(r, opt.get("font", font or self.body_font),
                          opt.get("size", size or self.body_size),
                          opt.get("bold", bold), opt.get("color", color))
                if i < len(pieces) - 1:
                    r.add_break(WD_BREAK.LINE)
        if clause:
            self.add_clause(full)
        return para

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def red_line(self, thick=18):
        para = self.doc.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(thick))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "FF0000")
        bdr.append(b)
        ppr.append(bdr)
        para.paragraph_format.line_spacing = Pt(8)
        return para

    @staticmethod
    def set_borders(table, edges=("top", "left", "bottom", "right", "insideH", "insideV"),
                    sz=4, color="000000"):
        tblPr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:" + e)
            if e in edges:
                el.set(qn("w:val"), "single")
                el.set(qn("w:sz"), str(sz))
                el.set(qn("w:color"), color)
            else:
                el.set(qn("w:val"), "nil")
            el.set(qn("w:space"), "0")
            borders.append(el)
        tblPr.append(borders)

    def cell_text(self, cell, text, font=None, size=None, bold=None,
                  align=CENTER, color=None):
        cell.text = ""
        para = cell.paragraphs[0]
        para.paragraph_format.alignment = align
        para.paragraph_format.first_line_indent = None
        para.paragraph_format.line_spacing = Pt(22)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = para.add_run(line)
            self.font(r, font or self.body_font, size or 12, bold, color)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)

    def table(self, header, rows, clause=True, font=None, size=12,
              head_font=HT, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.set_borders(t)
        for j, h in enumerate(header):
            self.cell_text(t.rows[0].cells[j], h, head_font, size)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                self.cell_text(t.rows[i + 1].cells[j], v, font, size,
                               align=CENTER if len(v) < 8 else LEFT)
            if clause:
                self.add_clause("；".join(
                    "%s：%s" % (h.replace("\n", ""), v.replace("\n", ""))
                    for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t

    def page_numbers(self, style="dash", font=SONG, size=14):
        for sec in self.doc.sections:
            para = sec.footer.paragraphs[0]
            para.alignment = CENTER if style != "web" else RIGHT

            def txt(t):
                r = para.add_run(t)
                self.font(r, font, size)

            def fld(code):
                r1 = para.add_run()
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), "begin")
                r1._r.append(fc)
                r2 = para.add_run()
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = " %s " % code
                r2._r.append(it)
                r3 = para.add_run()
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), "separate")
                r3._r.append(fc)
                r4 = para.add_run("1")
                self.font(r4, font, size)
                r5 = para.add_run()
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), "end")
                r5._r.append(fc)

            if style == "dash":
                txt("— ")
                fld("PAGE")
                txt(" —")
            else:
                txt("第 ")
                fld("PAGE")
                txt(" 页 共 ")
                fld("NUMPAGES")
                txt(" 页")

    def banji(self, lines):
        """版记: ruled 1-column table (WPS template style)."""
        t = self.doc.add_table(rows=len(lines), cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.set_borders(t, edges=("top", "bottom", "insideH"), sz=8)
        for i, line in enumerate(lines):
            self.cell_text(t.rows[i].cells[0], line, FS, 14, align=LEFT)
        return t

    def save(self):
        path = os.path.join(OUT, self.stem + ".docx")
        self.doc.save(path)
        return path


# ======================================================================
# 1. 福州 — notice typed in WPS with mixed widths
# ======================================================================
FZ_TITLE = "关于加快推进跨境电子商务综合试验区建设有关工作的通知"
FZ_NO = "榕商务〔2026〕15号"
FZ_RECIP = "各县(市)区商务主管部门,各县(市)区财政局,福州新区经济发展局,市直有关单位:"
FZ_ATT = ["福州市跨境电商重点项目申报表", "福州市跨境电商公共海外仓认定标准"]
FZ_DATE = "２０２６年３月１２日"

FZ_TABLE_HEAD = ["海外仓面积", "支持标准", "备注"]
FZ_TABLE_ROWS = [
    ["２０００平方米(含)至５０００平方米", "一次性支持３０万元", "租用仓库按５０%执行"],
    ["５０００平方米(含)至１００００平方米", "一次性支持６０万元", "租用仓库按５０%执行"],
    ["１００００平方米(含)以上", "一次性支持１００万元", "同一企业累计不超过２００万元"],
]

# (kind, text[, rest]) ; kind: body / h1 / runin / table
FZ_BLOCKS = [
    ("body", "为深入贯彻落实国家和省,市关于推进跨境电子商务高质量发展的决策部署,加快中国(福州)"
             "跨境电子商务综合试验区(以下简称\"综试区\")建设,助力我市外贸稳规模,优结构,现就"
             "２０２６年有关工作通知如下:"),
    ("h1", "一、总 体 目 标"),
    ("body", "到２０２６年底,全市跨境电商进出口额力争达到３２０亿元,同比增长１５%以上;新培育"
             "跨境电商年交易额超亿元企业２０家,新增公共海外仓５个,建成跨境电商产业园区(基地)"
             "３个以上,跨境电商Ｂ２Ｂ出口占比提高到６０%."),
    ("h1", "二、重 点 任 务"),
    ("runin", "1、培育壮大经营主体。",
     "支持传统外贸企业,生产制造企业通过跨境电商拓展国际市场,推动\"福州制造\"品牌出海。"
     "具体包括:"),
    ("body", "(1)对首次开展跨境电商出口业务且年出口额达到５０万美元的企业,给予一次性奖励５万元;"),
    ("body", "(2)支持企业入驻亚马逊,阿里巴巴国际站,ＴＥＭＵ,ＳＨＥＩＮ等平台,对年度平台服务费给予"
             "不超过５０%的补助,单家企业最高２０万元;"),
    ("body", "(3)鼓励各县(市)区引进跨境电商头部企业区域总部,具体支持政策\"一企一策\"研究确定."),
    ("runin", "2、加快海外仓布局建设。",
     "支持企业在ＲＣＥＰ成员国,\"一带一路\"共建国家和地区建设或租用海外仓,对经认定的公共"
     "海外仓,按照仓储面积给予分档支持(见下表)。"),
    ("table",),
    ("runin", "3、提升通关便利化水平。",
     "会同福州海关推广跨境电商出口\"9710\",\"9810\"监管模式,优化\"1210\"网购保税进口业务"
     "流程,推动福州综合保税区,福州保税港区开展跨境电商保税备货和退货中心仓业务。"),
    ("runin", "4、完善公共服务体系。",
     "依托福州市跨境电商线上综合服务平台,为企业提供备案,通关,结汇,退税等\"一站式\"服务;"
     "全年举办跨境电商人才培训不少于１０期,培训人数１０００人次以上。"),
    ("runin", "5、拓展\"跨境电商+产业带\"模式。",
     "立足县域特色产业,推动跨境电商与产业带深度融合:"),
    ("body", "１）聚焦纺织鞋服,食品,工艺品等优势产业,每个县(市)区至少培育１个跨境电商特色产业带;"),
    ("body", "２）对产业带内企业开展跨境电商品牌培训,直播推介等活动给予适当支持;"),
    ("body", "３）推动福清,长乐,闽侯等地打造跨境电商出口产业集聚区."),
    ("h1", "三、工 作 要 求"),
    ("runin", "１．加强组织领导。",
     "各县(市)区要把综试区建设列入重要议事日程,明确分管领导和责任科室,于２０２６年４月"
     "１５日前将本地区工作方案报送市商务局。"),
    ("runin", "２．强化资金保障。",
     "市财政局根据年度工作安排统筹安排专项资金,各县(市)区按照1:1比例予以配套,确保政策"
     "落地见效。"),
    ("runin", "３．做好统计监测。",
     "各地要按月报送跨境电商进出口数据,每月１０日前报送上月数据," + SB +
     "每季度首月１５日前报送上季度工作进展情况。"),
    ("body", "联系人:市商务局电子商务科 林晓峰,0591-83361234;市财政局经济建设科 陈敏,"
             "0591-87654321。"),
]


def fz_meta(published=None):
    return {
        "title": FZ_TITLE,
        "doc_number": FZ_NO,
        "issuer": ["福州市商务局", "福州市财政局"],
        "date": "2026-03-12",
        "published": published,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": list(FZ_ATT),
        "doc_type": "通知",
        "recipients": ["各县(市)区商务主管部门", "各县(市)区财政局", "福州新区经济发展局",
                       "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }


def make_fuzhou_office():
    b = Builder("blind439_fuzhou_tongzhi")
    b.new_doc(fz_meta())
    d = b.doc
    # 版头: layout table, two organs on the left, "文件" merged on the right
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b.set_borders(t, edges=())
    m = t.cell(0, 1).merge(t.cell(1, 1))
    b.cell_text(t.cell(0, 0), "福州市商务局", XBS, 30, color=RED, align=RIGHT)
    b.cell_text(t.cell(1, 0), "福州市财政局", XBS, 30, color=RED, align=RIGHT)
    b.cell_text(m, "文件", XBS, 40, color=RED, align=LEFT)
    for row in t.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(4.5)
    b.empty()
    b.p(FZ_NO, align=CENTER, indent=False, font=FS)
    b.red_line()
    b.empty()
    b.p("关于加快推进跨境电子商务综合试验区" + SB + "建设有关工作的通知", align=CENTER,
        indent=False, font=XBS, size=22, line=36)
    b.empty()
    b.p(FZ_RECIP, indent=False)
    for blk in FZ_BLOCKS:
        kind = blk[0]
        if kind == "body":
            b.p(blk[1], clause=True)
        elif kind == "h1":
            b.p(blk[1], font=HT, clause=False)
        elif kind == "runin":
            head = blk[1]
            hfont = KT if head[0] in "12345" else FS
            b.p([(head, {"font": hfont, "bold": True}), (blk[2], {})], clause=True)
        elif kind == "table":
            b.table(FZ_TABLE_HEAD, FZ_TABLE_ROWS, widths=[6.5, 4.5, 4.5])
    b.empty()
    b.p("附件:1." + FZ_ATT[0], indent=True)
    b.p("      2." + FZ_ATT[1], indent=True)
    b.empty(2)
    b.p("福州市商务局                  福州市财政局", indent=True)
    b.p(FZ_DATE + "        ", align=RIGHT, indent=False)
    b.p("(此件公开发布)", indent=True)
    b.empty(3)
    b.banji(["抄送:市委办公厅,市人大常委会办公厅,市政府办公厅,市政协办公厅,福州海关。",
             "福州市商务局办公室                    ２０２６年３月１３日印发"])
    b.page_numbers("dash")
    return b


def web_breaks(text, every=28):
    """Insert hard line breaks the way a web page's <br> survives pasting:
    roughly every `every` characters, only between two Chinese characters."""
    out = []
    count = 0
    for i, ch in enumerate(text):
        out.append(ch)
        count += 1
        if count >= every and i + 1 < len(text):
            a, b = ch, text[i + 1]
            if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff":
                out.append(SB)
                count = 0
    return "".join(out)


def make_fuzhou_web():
    b = Builder("blind439_fuzhou_wangye", body_font=SONG, body_size=12)
    b.new_doc(fz_meta(published="2026-03-18"))
    d = b.doc
    for sec in d.sections:
        sec.top_margin = Cm(2.54)
        sec.bottom_margin = Cm(2.54)
        sec.left_margin = Cm(3.18)
        sec.right_margin = Cm(3.18)
    b.p("当前位置:首页" + NBSP + ">" + NBSP + "政务公开" + NBSP + ">" + NBSP + "通知公告",
        indent=False, font=YAHEI, size=9, align=LEFT)
    b.empty()
    b.p(FZ_TITLE, align=CENTER, indent=False, font=YAHEI, size=16, bold=True, line=30)
    b.p("发布时间:2026-03-18" + NBSP + "10:25" + NBSP * 4 + "来源:福州市商务局" + NBSP * 4 +
        "浏览次数:1326" + NBSP * 4 + "【字体:大" + NBSP + "中" + NBSP + "小】",
        align=CENTER, indent=False, font=YAHEI, size=9)
    # the page's 信息公开 metadata box, pasted as a table without header row
    t = d.add_table(rows=3, cols=4)
    b.set_borders(t, sz=4, color="CCCCCC")
    meta_cells = [["索引号:", "FZ00106-0200-2026-00015", "分类:", "商贸流通\\电子商务"],
                  ["发文机关:", "福州市商务局" + NBSP + "福州市财政局", "成文日期:", "2026-03-12"],
                  ["发文字号:", FZ_NO, "发布日期:", "2026-03-18"]]
    for i, row in enumerate(meta_cells):
        for j, v in enumerate(row):
            b.cell_text(t.cell(i, j), v, SONG, 9, align=LEFT)
    b.empty()
    b.p(FZ_NO, align=CENTER, indent=False)
    b.p(FZ_RECIP, indent=False)
    ind = NBSP * 4
    hard_split_done = 0
    for n, blk in enumerate(FZ_BLOCKS):
        kind = blk[0]
        if kind == "body":
            text = blk[1].replace(SB, "")
            if hard_split_done < 2 and len(text) > 60:
                # <br> pasted as separate paragraphs (hard returns mid-sentence)
                cut = None
                for k in range(30, len(text) - 5):
                    if "\u4e00" <= text[k - 1] <= "\u9fff" and "\u4e00" <= text[k] <= "\u9fff":
                        cut = k
                        break
                para1 = b.p(ind + text[:cut], indent=False)
                para2 = b.p(text[cut:], indent=False)
                b.add_clause(text)
                hard_split_done += 1
            else:
                b.p(ind + web_breaks(text), indent=False)
                b.add_clause(text)
        elif kind == "h1":
            b.p(ind + blk[1].replace(" ", NBSP), indent=False, bold=True)
        elif kind == "runin":
            rest = web_breaks(blk[2].replace(SB, ""), 24)
            b.p([(ind, {}), (blk[1], {"bold": True}), (rest, {})], indent=False)
            b.add_clause(blk[1] + blk[2])
        elif kind == "table":
            b.table(FZ_TABLE_HEAD, FZ_TABLE_ROWS, font=SONG, head_font=SONG, size=10.5)
    b.p(ind, indent=False)
    b.p(ind + "附件:", indent=False)
    b.p(ind + "1." + FZ_ATT[0], indent=False, color=RGBColor(0x00, 0x33, 0x99))
    b.p(ind + "2." + FZ_ATT[1], indent=False, color=RGBColor(0x00, 0x33, 0x99))
    b.p(NBSP, indent=False)
    b.p("福州市商务局" + NBSP * 6 + "福州市财政局", align=RIGHT, indent=False)
    b.p(FZ_DATE, align=RIGHT, indent=False)
    b.p(ind + "(此件公开发布)", indent=False)
    b.empty()
    b.p("【打印本页】" + NBSP * 2 + "【关闭窗口】", align=RIGHT, indent=False, font=YAHEI, size=9)
    b.p("扫一扫在手机打开当前页", align=CENTER, indent=False, font=YAHEI, size=9)
    b.p("主办:福州市商务局" + NBSP * 2 + "地址:福州市鼓楼区五四路" + NBSP * 2 +
        "闽ICP备05012345号", align=CENTER, indent=False, font=YAHEI, size=9)
    b.page_numbers("web", SONG, 9)
    return b


# ======================================================================
# 2. 重庆 — 印发 notice + 工作方案 (notice and 方案 in one file)
# ======================================================================
CQ_PLAN = "重庆市推动中欧班列（成渝）与西部陆海新通道联动发展工作方案"
CQ_NOTICE_TITLE = "关于印发重庆市推动中欧班列（成渝）与西部陆海新通道联动发展工作方案的通知"


def make_chongqing():
    b = Builder("blind439_chongqing_fangan")
    issuers = ["重庆市人民政府口岸和物流办公室", "重庆市商务委员会"]
    b.new_doc({
        "title": CQ_NOTICE_TITLE,
        "doc_number": "渝口岸物流办发〔2026〕21号",
        "issuer": issuers,
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区县(自治县)人民政府", "市政府有关部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.p("重庆市人民政府口岸和物流办公室", align=CENTER, indent=False, font=XBS, size=26,
        color=RED, line=40)
    b.p("重 庆 市 商 务 委 员 会 文 件", align=CENTER, indent=False, font=XBS, size=26,
        color=RED, line=40)
    b.empty()
    b.p("渝口岸物流办发〔2026〕21号", align=CENTER, indent=False)
    b.red_line()
    b.empty()
    b.p("关于印发重庆市推动中欧班列（成渝）" + SB +
        "与西部陆海新通道联动发展工作方案的通知", align=CENTER, indent=False, font=XBS, size=22, line=36)
    b.empty()
    b.p("各区县(自治县)人民政府,市政府有关部门,有关单位:", indent=False)
    # manual-space indentation instead of first-line indent
    b.p("    现将《重庆市推动中欧班列(成渝)与西部陆海新通道联动发展工作方案》印发给你们,请结合"
        "实际认真组织实施。实施过程中遇到的重大问题,请及时报告市政府口岸物流办。",
        indent=False, clause=True)
    b.empty(3)
    b.p("重庆市人民政府口岸和物流办公室        重庆市商务委员会", indent=False, align=RIGHT)
    b.p("2026年4月8日          ", align=RIGHT, indent=False)
    b.p("    (此件公开发布)", indent=False)

    b.page_break()
    b.new_doc({
        "title": CQ_PLAN,
        "doc_number": None,
        "issuer": issuers,
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("重庆市推动中欧班列（成渝）与西部" + SB + "陆海新通道联动发展工作方案", align=CENTER,
        indent=False, font=XBS, size=22, line=36)
    b.empty()
    B = lambda t: b.p(t, clause=True)  # noqa: E731
    H1 = lambda t: b.p(t, font=HT)  # noqa: E731

    def R(head, rest):
        b.p([(head, {"font": KT}), (rest, {})], clause=True)

    B("为深入贯彻落实党中央,国务院关于推进高质量共建\"一带一路\"和新时代推进西部大开发形成新"
      "格局的决策部署,加快建设内陆开放综合枢纽,推动中欧班列(成渝)与西部陆海新通道高效联动,"
      "制定本方案。")
    H1("一、总 体 要 求")
    B("坚持以习近平新时代中国特色社会主义思想为指导,坚持通道带物流,物流带经贸,经贸带产业,"
      "推动\"陆海内外联动,东西双向互济\"开放格局加快形成。到２０２６年底,中欧班列(成渝)全年"
      "开行５５００列以上,西部陆海新通道铁海联运班列开行１.２万列以上,\"班列+\"联运货值增长"
      "１０%以上。主要指标如下:")
    b.table(["序号", "指标名称", "2025年基数", "2026年目标"], [
        ["1", "中欧班列(成渝)开行量(列)", "５２００", "５５００以上"],
        ["2", "西部陆海新通道铁海联运班列开行量(万列)", "１.１", "１.２以上"],
        ["3", "跨境电商专列开行量(列)", "３００", "４００以上"],
        ["4", "ＴＩＲ国际道路运输线路(条)", "８", "１２"],
    ], widths=[1.5, 8.0, 3.0, 3.0])
    H1("二、重 点 任 务")
    R("（一）拓展国际物流通道网络。",
      "优化中欧班列(成渝)线路布局,稳定开行至波兰罗兹,德国杜伊斯堡,匈牙利布达佩斯等主要线路,"
      "加密至中亚,俄罗斯方向班列。")
    B("1.加快开辟中欧班列跨里海通道线路,探索\"铁路+公路\"\"铁路+海运\"多式联运模式;")
    B("2.支持运营平台在哈萨克斯坦,乌兹别克斯坦等国布局海外集结分拨中心,２０２６年新增海外" + SB +
      "分拨点３个以上;")
    B("3.推动西部陆海新通道与中欧班列在团结村,果园港实现货物集拼,运力互补.")
    R("（二）推动\"班列+\"产业融合发展。",
      "围绕汽车,电子信息,装备制造等重点产业,发展\"班列+整车\"\"班列+跨境电商\"\"班列+冷链\"等"
      "业态。")
    B("1.支持整车企业利用中欧班列出口整车,对单次运量超过２００台的整车专列给予运费补贴;")
    B("2.在西部(重庆)科学城,两江新区布局跨境电商集货仓,常态化开行跨境电商专列,推广\"9610\""
      "\"9710\"\"9810\"出口模式;")
    B("3.依托重庆西永综合保税区,两路果园港综合保税区开展保税维修,保税展示交易等新业态.")
    R("（三）提升通关和物流便利化水平。",
      "深化与沿线国家海关,铁路部门合作,推进\"一单制\"\"一箱制\"改革。")
    B("１）推广中欧班列\"铁路快通\"模式,实现进出口货物在重庆口岸\"一次申报,一次查验,一次放行\";")
    B("２）推动ＲＣＥＰ原产地证书\"智能审核+自助打印\",用好ＲＣＥＰ累积规则降低企业成本;")
    B("３）试点铁路运单物权化,支持金融机构开展基于铁路提单的融资业务。")
    R("（四）强化开放平台支撑。",
      "发挥中国(重庆)自由贸易试验区,中新(重庆)战略性互联互通示范项目等平台作用,在中欧班列"
      "(成渝)集结中心建设中先行先试;支持自贸试验区复制推广国际贸易\"单一窗口\"创新经验。")
    H1("三、保 障 措 施")
    R("（一）加强统筹协调。",
      "建立由市政府口岸物流办,市商务委牵头,市发展改革委,市交通运输委,重庆海关等部门参与的"
      "工作协调机制,每季度召开一次联席会议,协调解决重大问题。")
    R("（二）加大政策支持。",
      "统筹用好市级外经贸发展专项资金,对符合条件的班列运营平台和企业给予支持,具体支持办法由"
      "市商务委会同市财政局另行制定。")
    R("（三）强化监测评估。",
      "各区县(自治县),各有关部门要于每年６月底和１２月底前将工作进展情况报送市政府口岸物流办," +
      SB + "市政府口岸物流办适时组织开展评估。")
    b.empty(4)
    b.banji(["抄送:市委各部门,市人大常委会办公厅,市政协办公厅,重庆海关,中国铁路成都局集团有限公司。",
             "重庆市人民政府口岸和物流办公室              2026年4月9日印发"])
    b.page_numbers("dash")
    return b


# ======================================================================
# 3. 厦门片区 — 公告 with the 办法 it issues as 附件
# ======================================================================
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_RULES = "厦门片区跨境电商海外仓及供应链服务扶持办法"
XM_REGION = "中国（福建）自由贸易试验区厦门片区"


def make_xiamen():
    b = Builder("blind439_xiamen_gonggao")
    b.new_doc({
        "title": XM_ORG + "关于发布《" + XM_RULES + "》的公告",
        "doc_number": "厦自贸委〔2026〕4号",
        "issuer": [XM_ORG],
        "date": "2026-04-20",
        "published": None,
        "level": "zone",
        "region": XM_REGION,
        "effective": None,
        "expires": None,
        "attachments": [XM_RULES],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("中国(福建)自由贸易试验区厦门片区管理委员会", align=CENTER, indent=False, font=XBS,
        size=20, color=RED, line=40)
    b.p("公    告", align=CENTER, indent=False, font=XBS, size=36, color=RED, line=50)
    b.p("厦自贸委〔2026〕4号", align=CENTER, indent=False)
    b.red_line()
    b.empty()
    b.p("中国（福建）自由贸易试验区厦门片区" + SB + "管理委员会关于发布《厦门片区跨境电商" + SB +
        "海外仓及供应链服务扶持办法》的公告",
        align=CENTER, indent=False, font=XBS, size=22, line=36)
    b.empty()
    b.p("为推动跨境电商与海外仓高质量发展,支持企业深度参与\"一带一路\"和ＲＣＥＰ区域市场开拓,"
        "我委制定了《" + XM_RULES + "》,现予发布,请遵照执行。", clause=True)
    b.p("特此公告。", clause=True)
    b.empty()
    b.p("附件:" + XM_RULES)
    b.empty(2)
    b.p(XM_ORG, align=RIGHT, indent=False)
    b.p("２０２６年４月２０日        ", align=RIGHT, indent=False)

    b.page_break()
    b.new_doc({
        "title": XM_RULES,
        "doc_number": None,
        "issuer": [XM_ORG],
        "date": "2026-04-20",
        "published": None,
        "level": "zone",
        "region": XM_REGION,
        "effective": "2026-05-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国(福建)自由贸易试验区厦门片区跨境电商海外仓扶持暂行办法》(厦自贸委〔2023〕9号)",
    })
    b.p("附件", indent=False, font=HT)
    b.empty()
    b.p("厦门片区跨境电商海外仓及" + SB + "供应链服务扶持办法", align=CENTER, indent=False, font=XBS,
        size=22, line=36)
    b.empty()
    A = lambda t: b.p(t, clause=True)  # noqa: E731
    CH = lambda t: b.p(t, align=CENTER, indent=False, font=HT)  # noqa: E731

    CH("第一章　总　　则")
    A("第一条　为贯彻落实国家和省,市关于加快发展外贸新业态新模式的部署,支持中国(福建)自由"
      "贸易试验区厦门片区(以下简称\"厦门片区\")跨境电商海外仓及供应链服务企业做大做强,根据"
      "有关规定,结合片区实际,制定本办法。")
    A("第二条  本办法适用于在厦门片区依法注册登记,具有独立法人资格,从事跨境电商,海外仓运营及"
      "跨境供应链服务的企业。")
    A("第三条本办法所称海外仓,是指企业在境外自建或租赁,为跨境电商提供仓储,分拣,配送,退换货等"
      "服务的仓储设施。")
    CH("第 二 章  支 持 内 容")
    A("第四条　支持海外仓建设。对企业在ＲＣＥＰ成员国及\"一带一路\"共建国家新建或租赁海外仓的,"
      "按以下标准给予支持:")
    A("(一)仓储面积达到３０００平方米以上的,给予一次性补助５０万元;")
    A("(二)仓储面积达到１００００平方米以上的,给予一次性补助１００万元;")
    A("(三)被商务部,省商务厅认定为公共海外仓的,再给予一次性奖励３０万元。")
    A("第五条　支持供应链服务。对企业为片区跨境电商企业提供头程物流,报关,海外仓储等一体化服务," + SB +
      "年服务货值达到１亿元以上的,按服务货值的０.５%给予奖励,单家企业每年最高２００万元。")
    A("第六条　支持数字化升级。对海外仓企业建设仓储管理系统(WMS),订单管理系统(OMS)等信息系统"
      "的,按实际投入的３０%给予补助,最高不超过５０万元。")
    A("第七条　本章各项支持标准汇总如下:")
    b.table(["支持项目", "支持标准", "年度上限"], [
        ["海外仓建设", "按仓储面积给予５０万元或１００万元一次性补助", "１３０万元"],
        ["供应链服务", "按服务货值的０.５%给予奖励", "２００万元"],
        ["数字化升级", "按实际投入的３０%给予补助", "５０万元"],
    ], widths=[3.5, 9.0, 3.0])
    CH("第 三 章  申 报 管 理")
    A("第八条　申报企业应当于每年３月１日至３月３１日通过厦门片区政务服务平台提交申报材料,包括:")
    A("１、申报表及信用承诺书;")
    A("２、营业执照复印件;")
    A("３、海外仓租赁合同或产权证明,仓储实景照片;")
    A("４、经审计的上年度财务报表。")
    A("第九条　片区管委会经济发展局会同财政金融局对申报材料进行审核,必要时委托第三方机构核查,"
      "审核结果在厦门片区门户网站公示５个工作日。")
    A("第十条　同一项目已获得市级及以上同类资金支持的,按照\"就高不重复\"原则执行。")
    A("第十一条　企业弄虚作假骗取扶持资金的,追回已拨付资金,并按照有关规定将企业失信信息纳入"
      "公共信用信息平台。")
    CH("第四章　附　　则")
    A("第十二条　本办法由厦门片区管委会经济发展局负责解释。")
    A("第十三条　本办法自２０２６年５月１日起施行,有效期至２０２８年１２月３１日。《中国(福建)"
      "自由贸易试验区厦门片区跨境电商海外仓扶持暂行办法》(厦自贸委〔2023〕9号)同时废止。")
    b.empty(3)
    b.banji(["抄送:厦门市人民政府办公厅,厦门市商务局,厦门海关,厦门市财政局。",
             "中国(福建)自由贸易试验区厦门片区管理委员会综合处    ２０２６年４月２１日印发"])
    b.page_numbers("dash")
    return b


# ======================================================================
def main():
    builders = [make_fuzhou_office(), make_fuzhou_web(), make_chongqing(), make_xiamen()]
    expected = {}
    for b in builders:
        path = b.save()
        expected[b.stem] = b.records
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_439", "--headless",
                        "--convert-to", "pdf", "--outdir", OUT, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for b in builders:
        print(b.stem, [len(r["clauses"]) for r in b.records])


if __name__ == "__main__":
    main()
