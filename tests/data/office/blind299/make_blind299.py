# ruff: noqa
#!/usr/bin/env python
"""Round 299: documents that change other documents after they are issued.

Writes, next to itself (Word files via python-docx, PDFs via LibreOffice, one HTML page):
  blind299_zhengzhou_tongzhi.docx/.pdf   郑商务〔2025〕18号 海外仓示范企业认定通知 (the original)
  blind299_zhengzhou_gengzheng.html      关于《…》部分内容更正的公告 (web page, a week later)
  blind299_sichuan_tongzhi.docx/.pdf     川商合〔2025〕21号 申报通知 (the original)
  blind299_sichuan_buchong.docx/.pdf     川商合〔2025〕29号 补充通知: two more measures, deadlines extended
  blind299_henan_banfa.docx/.pdf         豫自贸办〔2025〕5号 印发《退货中心仓管理办法（试行）》
  blind299_henan_zanting.docx/.pdf       豫自贸办〔2025〕14号 在洛阳片区暂停实施第八条、第九条
  blind299_henan_huifu.docx/.pdf         豫自贸办〔2025〕27号 在洛阳片区恢复实施第八条、第九条
  blind299_xiamen_banfa.docx/.pdf        厦自贸委规〔2025〕2号 印发扶持管理办法 (施行 2025-09-01)
  blind299_xiamen_jueding.docx/.pdf      厦自贸委规〔2025〕5号 推迟施行的决定 (→ 2026-01-01)
  blind299_ningbo_yijian.docx/.pdf       甬政办发〔2022〕38号 实施意见 (the original)
  blind299_ningbo_shixiao.docx/.pdf      甬政办发〔2025〕41号 停止执行的通知, one item kept
  expected.json

Run:  . /work/venv/bin/activate && python make_blind299.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
RED = "FF0000"
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SB = "\v"          # soft line break marker inside a paragraph (not part of the clause text)

ALIGN = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "dist": WD_ALIGN_PARAGRAPH.DISTRIBUTE}


def set_font(run, font=FS, size=16, bold=False, color=None, spacing=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._r.get_or_add_rPr()
    rf = rPr.get_or_add_rFonts()
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        rf.set(qn("w:" + a), font)
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rPr.append(sp)


def p_border(p, sides):
    pPr = p._p.get_or_add_pPr()
    bd = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            sz, color = sides[side]
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), color)
            bd.append(b)
    # pBdr must come before spacing/ind/jc
    for child in pPr:
        if child.tag in (qn("w:shd"), qn("w:tabs"), qn("w:spacing"), qn("w:ind"), qn("w:jc"),
                         qn("w:rPr"), qn("w:sectPr")):
            child.addprevious(bd)
            return
    pPr.append(bd)


def cell_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), val)
        b.set(qn("w:sz"), "4" if val != "nil" else "0")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000" if val != "nil" else "auto")
        bd.append(b)
    tblPr.append(bd)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths_mm):
            tc.width = Mm(w)
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


class Doc:
    def __init__(self, stem, meta, odd_even=True):
        self.stem = stem
        self.meta = meta
        self.clauses = []
        self.specific = {}
        self.d = Document()
        d = self.d
        st = d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        rf = st.element.get_or_add_rPr().get_or_add_rFonts()
        for a in ("ascii", "hAnsi", "eastAsia", "cs"):
            rf.set(qn("w:" + a), FS)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(28.9)
        for el in d.settings.element.findall(qn("w:themeFontLang")):
            el.set(qn("w:eastAsia"), "zh-CN")
        self.odd_even = odd_even
        if odd_even:
            d.settings.odd_and_even_pages_header_footer = True
        sec = d.sections[0]
        self.setup(sec)
        cp = d.core_properties
        cp.title = meta["title"]
        cp.author = "办公室"

    # ---- page setup -------------------------------------------------------
    def setup(self, sec, landscape=False):
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
        sec.header_distance = Mm(15)
        sec.footer_distance = Mm(25)
        if self.odd_even:
            self.page_no(sec.footer, "right")
            self.page_no(sec.even_page_footer, "left")
        else:
            self.page_no(sec.footer, "center")

    def page_no(self, footer, where):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        p.alignment = ALIGN[where]
        if where == "right":
            p.paragraph_format.right_indent = Pt(14)
        elif where == "left":
            p.paragraph_format.left_indent = Pt(14)

        def run(text=None, fld=None, instr=None):
            r = p.add_run()
            set_font(r, "宋体", 14)
            if fld:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), fld)
                r._r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = instr
                r._r.append(it)
            else:
                r.text = text
        run("— ")
        run(fld="begin")
        run(instr=" PAGE ")
        run(fld="separate")
        run("1")
        run(fld="end")
        run(" —")

    def new_section(self, landscape=False):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        self.setup(sec, landscape)
        return sec

    # ---- paragraphs -------------------------------------------------------
    def p(self, parts, align="both", indent=2, line=28.9, before=0, after=0, left=None,
          right=None, clause=None, places=None, container=None, keep_next=False):
        """parts: str or list of (text, font[, size[, bold]]). SB marks a soft line break.
        clause: None | 'new' | 'cont' (another paragraph of the previous clause)."""
        if isinstance(parts, str):
            parts = [(parts, FS)]
        c = container if container is not None else self.d
        para = c.add_paragraph()
        pf = para.paragraph_format
        para.alignment = ALIGN[align]
        size0 = parts[0][2] if len(parts[0]) > 2 else 16
        if indent:
            pf.first_line_indent = Pt(size0 * indent)
        pf.line_spacing = Pt(line) if line else 1.0
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if left is not None:
            pf.left_indent = Pt(left)
        if right is not None:
            pf.right_indent = Pt(right)
        if keep_next:
            pf.keep_with_next = True
        for part in parts:
            text, font = part[0], part[1]
            size = part[2] if len(part) > 2 else 16
            bold = part[3] if len(part) > 3 else False
            color = part[4] if len(part) > 4 else None
            pieces = text.split(SB)
            for i, piece in enumerate(pieces):
                if i:
                    r = para.add_run()
                    set_font(r, font, size)
                    r.add_break(WD_BREAK.LINE)
                if piece:
                    r = para.add_run(piece)
                    set_font(r, font, size, bold, color)
        text = "".join(pt[0] for pt in parts).replace(SB, "")
        if clause == "new":
            self.clauses.append(text)
        elif clause == "cont":
            self.clauses[-1] += "\n" + text
        if places:
            self.specific[self.clauses[-1][:24]] = places
        return para

    def body(self, text, places=None, **kw):
        return self.p(text, clause="new", places=places, **kw)

    def runin(self, head, text, font=KAI, places=None, **kw):
        return self.p([(head, font), (text, FS)], clause="new", places=places, **kw)

    def h1(self, text):
        return self.p([(text, HEI)], keep_next=True)

    def h2(self, text):
        return self.p([(text, KAI)], keep_next=True)

    def blank(self, n=1, line=28.9):
        for _ in range(n):
            p = self.d.add_paragraph()
            p.paragraph_format.line_spacing = Pt(line)

    def page_break(self):
        """Ctrl+Enter as Word does it: a page-break run at the end of the last paragraph."""
        last = self.d.paragraphs[-1]
        last.add_run().add_break(WD_BREAK.PAGE)

    # ---- GB/T 9704 parts --------------------------------------------------
    def red_head(self, lines, size=26, spacing=0):
        for ln in lines:
            self.p([(ln, XBS, size, False, RED)], align="center", indent=0, line=None)

    def joint_head(self, organs, size=24):
        """Joint 版头: organ names stacked on the left, “文件” in a merged cell on the right."""
        t = self.d.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell_borders(t, "nil")
        set_widths(t, [118, 38])
        for i, org in enumerate(organs):
            c = t.cell(i, 0)
            para = c.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            r = para.add_run(org)
            set_font(r, XBS, size, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        para = m.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run("文件")
        set_font(r, XBS, size + 8, color=RED)

    def doc_no(self, no):
        self.blank(1)
        self.p([(no, FS)], align="center", indent=0)

    def red_rule(self):
        para = self.p([("", FS, 6)], align="center", indent=0, line=None, after=18)
        p_border(para, {"bottom": (18, RED)})

    def title(self, lines, soft=False, after=1):
        self.blank(1)
        if soft:
            self.p([(SB.join(lines), XBS, 22)], align="center", indent=0, line=36)
        else:
            for ln in lines:
                self.p([(ln, XBS, 22)], align="center", indent=0, line=36)
        self.blank(after)

    def recipients(self, text):
        self.p(text, indent=0)

    def attach_note(self, items):
        if len(items) == 1:
            self.p("附件：" + items[0], left=0, indent=2)
            return
        for i, it in enumerate(items, 1):
            head = "附件：" if i == 1 else "　　　"
            para = self.p(f"{head}{i}．{it}", indent=2)

    def signature(self, organs, date, right=64, two_line_organ=None, gap=2):
        self.blank(gap)
        if two_line_organ:
            for ln in two_line_organ:
                self.p(ln, align="right", indent=0, right=right - 16)
        else:
            for o in organs:
                self.p(o, align="right", indent=0, right=right)
        self.p(date, align="right", indent=0, right=right - 16)

    def joint_signature(self, organs, date):
        self.blank(3)
        t = self.d.add_table(rows=1, cols=len(organs))
        cell_borders(t, "nil")
        set_widths(t, [78] * len(organs))
        for i, o in enumerate(organs):
            para = t.cell(0, i).paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(para.add_run(o), FS, 16)
        self.p(date, align="right", indent=0, right=48)

    def publicity(self, text="（此件公开发布）", gap=1):
        self.blank(gap)
        self.p(text, indent=2)

    def banji(self, cc, organ, date):
        self.blank(2)
        a = self.p([(cc, FS, 14)], align="left", indent=0, left=14, right=14, line=28,
                   keep_next=True)
        p_border(a, {"top": (8, "000000"), "bottom": (4, "000000")})
        b = self.p([(organ + "\t" + date, FS, 14)], align="left", indent=0, left=14, right=14,
                   line=28)
        p_border(b, {"bottom": (8, "000000")})
        b.paragraph_format.tab_stops.add_tab_stop(Mm(145), WD_TAB_ALIGNMENT.RIGHT)

    # ---- tables -------------------------------------------------------------
    def table(self, header, rows, widths, vmerge=(), places=None, size=12, label_cols=None):
        """rows: list of lists of cell text. Columns in vmerge have equal consecutive values
        merged vertically. Each row is one clause 列名：值；… (merged value repeated)."""
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell_borders(t)
        set_widths(t, widths)
        repeat_header(t.rows[0])
        for j, h in enumerate(header):
            para = t.cell(0, j).paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(para.add_run(h), HEI, size)
        for i, row in enumerate(rows, 1):
            for j, val in enumerate(row):
                if j in vmerge and i > 1 and rows[i - 2][j] == val:
                    continue
                c = t.cell(i, j)
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                para = c.paragraphs[0]
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(val) < 12 \
                    else WD_ALIGN_PARAGRAPH.LEFT
                para.paragraph_format.line_spacing = Pt(size * 1.5)
                set_font(para.add_run(val), FS, size)
        for j in vmerge:
            i = 1
            while i <= len(rows):
                k = i
                while k < len(rows) and rows[k][j] == rows[i - 1][j]:
                    k += 1
                if k > i:
                    t.cell(i, j).merge(t.cell(k, j))
                i = k + 1
        for i, row in enumerate(rows):
            text = "；".join(f"{h}：{v}" for h, v in zip(header, row) if v)
            self.clauses.append(text)
            if places and places.get(i):
                self.specific[text[:24]] = places[i]
        return t

    # ---- output ---------------------------------------------------------------
    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.d.save(path)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_299",
                        "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self.entry()

    def entry(self):
        return [{"meta": self.meta, "clauses": self.clauses,
                 "applies_to": {"specific": self.specific}}]


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None,
                region=None, effective=None, expires=None, attachments=[], doc_type="通知",
                recipients=[], publicity="此件公开发布", repeals=None, changes=[])
    base.update(kw)
    return base


# =============================================================================================
# (1) 郑州: the original notice and its 更正公告 (HTML page)
# =============================================================================================
ZZ_TITLE = "郑州市商务局关于开展2025年度跨境电商海外仓示范企业认定工作的通知"
ZZ_NO = "郑商务〔2025〕18号"
ZZ_ROWS = [
    ["仓储能力", "1", "仓储面积", "单个海外仓面积每增加1000平方米加2分，最高10分", "10"],
    ["仓储能力", "2", "布局国家", "在共建“一带一路”国家布局海外仓的，每个国家得5分，最高20分", "20"],
    ["运营服务", "3", "服务货值", "上年度服务跨境电商出口货值每1000万元得2分，最高20分", "20"],
    ["运营服务", "4", "服务企业数量", "服务跨境电商企业每10家得2分，最高10分", "10"],
    ["运营服务", "5", "退换货服务", "退换货处理时效在72小时以内的得10分，72小时至7天的得5分", "10"],
    ["数字化水平", "6", "信息系统",
     "具备仓储管理系统（WMS）并与郑州市跨境电商综合服务平台实现数据对接的得10分", "10"],
    ["数字化水平", "7", "智能化应用", "应用自动分拣、智能机器人等设备的得10分", "20"],
]


def zhengzhou_tongzhi():
    m = meta(title=ZZ_TITLE, doc_number=ZZ_NO, issuer=["郑州市商务局"], date="2025-04-07",
             published="2025-04-08", level="municipal", region="郑州市",
             attachments=["郑州市跨境电商海外仓示范企业认定申报材料清单",
                          "郑州市跨境电商海外仓示范企业认定评分表"],
             recipients=["各区县（市）商务主管部门", "郑州航空港区、郑东新区、郑州经开区、郑州高新区经济发展部门",
                         "各有关企业"])
    d = Doc("blind299_zhengzhou_tongzhi", m)
    d.red_head(["郑州市商务局文件"], size=30, spacing=6)
    d.doc_no(ZZ_NO)
    d.red_rule()
    d.title(["郑州市商务局关于开展2025年度跨境电商", "海外仓示范企业认定工作的通知"], soft=True)
    d.recipients("各区县（市）商务主管部门，郑州航空港区、郑东新区、郑州经开区、郑州高新区经济发展部门，各有关企业：")
    d.body("为加快跨境电商海外仓高质量发展，培育一批服务共建“一带一路”国家市场的海外仓示范企业，"
           "推动中国（郑州）跨境电子商务综合试验区建设，经研究，决定开展2025年度郑州市跨境电商海外仓"
           "示范企业认定工作。现将有关事项通知如下：")
    d.h1("一、认定对象")
    d.body("在郑州市（含郑州航空港区）依法注册登记、具有独立法人资格，在境外自建或租赁海外仓，"
           "为跨境电商企业提供仓储、配送、退换货等服务的企业。")
    d.h1("二、认定数量")
    d.body("2025年度认定海外仓示范企业不超过10家，其中在共建“一带一路”国家布局海外仓的企业不少于6家。")
    d.h1("三、认定条件")
    d.body("（一）企业近两年无重大违法违规记录，未被列入严重失信主体名单。")
    d.body("（二）单个海外仓面积不低于5000平方米，或在同一国家（地区）海外仓合计面积不低于8000平方米。")
    d.body("（三）海外仓上年度服务跨境电商出口货值不低于3000万元人民币，服务跨境电商企业不少于20家。")
    d.body("（四）具备仓储管理信息系统，能够与郑州市跨境电商综合服务平台实现数据对接。")
    d.h1("四、支持政策")
    d.body("对认定的海外仓示范企业，按照上年度海外仓实际发生租赁费用的30%给予补助，单个企业最高不超过"
           "200万元。所需资金从市级开放型经济发展专项资金中列支。")
    d.h1("五、申报程序")
    d.runin("（一）企业申报。", "符合条件的企业于2025年5月9日前向注册地商务主管部门提交申报材料"
            "（一式三份）及电子版，申报材料清单见附件1。")
    d.runin("（二）属地初审。", "各区县（市）商务主管部门和各开发区经济发展部门对申报材料的真实性、完整性"
            "进行初审，于2025年5月16日前将初审意见及申报材料报送市商务局。")
    d.runin("（三）专家评审。", "市商务局组织专家按照《郑州市跨境电商海外仓示范企业认定评分表》（附件2）"
            "进行评审，评审结果在市商务局门户网站公示5个工作日，公示无异议的予以认定。")
    d.h1("六、联系方式")
    d.body("市商务局电子商务处，联系人：李卫东，联系电话：0371-67181234，" + SB
           + "电子邮箱：zzswjdsc@zhengzhou.gov.cn。")
    d.blank(1)
    d.attach_note(["郑州市跨境电商海外仓示范企业认定申报材料清单",
                   "郑州市跨境电商海外仓示范企业认定评分表"])
    d.signature(["郑州市商务局"], "2025年4月7日", right=48)
    d.publicity()
    # 附件1
    d.page_break()
    d.p([("附件1", HEI)], indent=0)
    d.blank(1)
    d.p([("郑州市跨境电商海外仓示范企业认定申报材料清单", XBS, 20)], align="center", indent=0, line=36)
    d.blank(1)
    d.body("1．郑州市跨境电商海外仓示范企业认定申请表。")
    d.body("2．企业营业执照复印件及海外仓所在国家（地区）的注册登记证明。")
    d.body("3．海外仓产权证明或租赁合同（外文材料须附中文译本）。")
    d.body("4．上年度海外仓服务跨境电商出口货值及服务企业名单（须附报关单或第三方物流单据）。")
    d.body("5．企业信用承诺书。")
    # 附件2: new section
    d.new_section()
    d.p([("附件2", HEI)], indent=0)
    d.blank(1)
    d.p([("郑州市跨境电商海外仓示范企业认定评分表", XBS, 20)], align="center", indent=0, line=36)
    d.blank(1)
    d.table(["一级指标", "序号", "二级指标", "评分标准", "分值"], ZZ_ROWS, [26, 13, 28, 78, 14],
            vmerge=(0,))
    d.blank(1)
    d.p("注：总分100分，得分60分以上的方可进入认定范围。", indent=0, line=24)
    d.clauses.append("注：总分100分，得分60分以上的方可进入认定范围。")
    d.banji("抄送：市财政局，郑州海关，郑州航空港区管委会。", "郑州市商务局办公室", "2025年4月8日印发")
    return d.save()


ZZ_FIX_TITLE = "关于《郑州市商务局关于开展2025年度跨境电商海外仓示范企业认定工作的通知》部分内容更正的公告"
ZZ_FIX_ITEMS = [
    ("一、《通知》第三条第（二）项原文“单个海外仓面积不低于5000平方米，或在同一国家（地区）海外仓合计面积不低于8000平方米”"
     "更正为“单个海外仓面积不低于3000平方米，或在同一国家（地区）海外仓合计面积不低于5000平方米”。"),
    ("二、《通知》第五条第（一）项原文“于2025年5月9日前”更正为“于2025年5月19日前”；"
     "第（二）项原文“于2025年5月16日前”更正为“于2025年5月26日前”。"),
    ("三、《通知》附件2第5行“退换货服务”评分标准原文“退换货处理时效在72小时以内的得10分，72小时至7天的得5分”"
     "更正为“退换货处理时效在48小时以内的得10分，48小时至5天的得5分”。"),
    ("四、《通知》附件2第7行“智能化应用”评分标准原文“应用自动分拣、智能机器人等设备的得10分”"
     "更正为“应用自动分拣、智能机器人等设备的，每类设备得5分，最高20分”。"),
]


def zhengzhou_gengzheng():
    intro = ("2025年4月7日，我局印发了《郑州市商务局关于开展2025年度跨境电商海外仓示范企业认定工作的通知》"
             "（郑商务〔2025〕18号，以下简称《通知》）。经核查，《通知》部分内容有误，现更正如下：")
    tail = "《通知》其他内容不变。更正后的评分表见附件，由此给各有关单位和企业带来的不便，敬请谅解。"
    clauses = [intro] + ZZ_FIX_ITEMS + [tail]
    body = "\n".join(f'<p style="text-indent:2em">{c}</p>' for c in clauses)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="郑州市商务局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{ZZ_FIX_TITLE}">
<meta name="PubDate" content="2025-04-14 16:32">
<meta name="ContentSource" content="电子商务处">
<title>{ZZ_FIX_TITLE}_通知公告_郑州市商务局</title>
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4}}
.top{{background:#b40000;color:#fff;padding:6px 40px;font-size:13px}}
.logo{{background:#fff;padding:18px 40px;font-size:28px;color:#b40000;font-weight:bold}}
.nav a{{color:#fff;margin-right:24px;text-decoration:none}}
.nav{{background:#c81e1e;padding:10px 40px}}
.main{{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.xxgk{{width:100%;border-collapse:collapse;font-size:13px;margin:16px 0;background:#f9f9f9}}
table.xxgk td{{border:1px solid #e2e2e2;padding:6px 10px}}
h1{{text-align:center;font-size:24px;color:#222;line-height:1.6}}
.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.TRS_Editor p{{font-size:17px;line-height:2;margin:0}}
.sign{{text-align:right;padding-right:3em}}
.foot{{background:#333;color:#aaa;font-size:12px;text-align:center;padding:20px;line-height:2}}
</style>
</head>
<body>
<div class="top">欢迎访问郑州市商务局网站　　<span>无障碍浏览</span>　<span>长者模式</span>　<span>English</span></div>
<div class="logo">郑州市商务局</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/tzgg/">通知公告</a><a href="/zcfg/">政策法规</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">通知公告</a></div>
<table class="xxgk">
<tr><td>索引号：11410100MB1D23456X/2025-00087</td><td>主题分类：商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td>发布机构：郑州市商务局</td><td>成文日期：2025-04-14</td></tr>
<tr><td>文　　号：</td><td>发布日期：2025-04-14</td></tr>
<tr><td colspan="2">名　　称：{ZZ_FIX_TITLE}</td></tr>
</table>
<h1>关于《郑州市商务局关于开展2025年度跨境电商海外仓<br>示范企业认定工作的通知》部分内容更正的公告</h1>
<div class="info">发布时间：2025-04-14 16:32　来源：电子商务处　浏览次数：1263　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
{body}
<p style="text-indent:2em">特此公告。</p>
<p>&nbsp;</p>
<p style="text-indent:2em">附件：<a href="./P020250414563210987654.xlsx">郑州市跨境电商海外仓示范企业认定评分表（更正后）.xlsx</a></p>
<p>&nbsp;</p>
<p class="sign">郑州市商务局</p>
<p class="sign">2025年4月14日</p>
</div>
<div style="margin-top:30px;font-size:13px;color:#666">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div style="margin-top:20px;font-size:14px"><b>相关链接：</b><br>
<a href="/tzgg/20250408/t20250408_1187.html">郑州市商务局关于开展2025年度跨境电商海外仓示范企业认定工作的通知</a><br>
<a href="/zcjd/20250409/t20250409_1190.html">图解：2025年度跨境电商海外仓示范企业认定工作</a></div>
</div>
<div class="foot">主办单位：郑州市商务局　地址：郑州市中原区市府西路××号<br>
网站标识码：4101000099　豫ICP备20251234号-1　<a href="#">网站地图</a>　<a href="#">联系我们</a></div>
</body>
</html>
"""
    with open(os.path.join(HERE, "blind299_zhengzhou_gengzheng.html"), "w", encoding="utf-8") as f:
        f.write(html)
    changes = [
        dict(action="amend", target_doc_number=ZZ_NO, target_title=ZZ_TITLE,
             articles=["第三条第（二）项"], date="2025-04-14",
             old_text="单个海外仓面积不低于5000平方米，或在同一国家（地区）海外仓合计面积不低于8000平方米",
             new_text="单个海外仓面积不低于3000平方米，或在同一国家（地区）海外仓合计面积不低于5000平方米"),
        dict(action="amend", target_doc_number=ZZ_NO, target_title=ZZ_TITLE,
             articles=["第五条第（一）项"], date="2025-04-14",
             old_text="于2025年5月9日前", new_text="于2025年5月19日前",
             old_deadline="2025-05-09", new_deadline="2025-05-19"),
        dict(action="amend", target_doc_number=ZZ_NO, target_title=ZZ_TITLE,
             articles=["第五条第（二）项"], date="2025-04-14",
             old_text="于2025年5月16日前", new_text="于2025年5月26日前",
             old_deadline="2025-05-16", new_deadline="2025-05-26"),
        dict(action="amend", target_doc_number=ZZ_NO, target_title=ZZ_TITLE,
             articles=["附件2第5行（退换货服务）"], date="2025-04-14",
             old_text="退换货处理时效在72小时以内的得10分，72小时至7天的得5分",
             new_text="退换货处理时效在48小时以内的得10分，48小时至5天的得5分"),
        dict(action="amend", target_doc_number=ZZ_NO, target_title=ZZ_TITLE,
             articles=["附件2第7行（智能化应用）"], date="2025-04-14",
             old_text="应用自动分拣、智能机器人等设备的得10分",
             new_text="应用自动分拣、智能机器人等设备的，每类设备得5分，最高20分"),
    ]
    m = meta(title=ZZ_FIX_TITLE, doc_number=None, issuer=["郑州市商务局"], date="2025-04-14",
             published="2025-04-14", level="municipal", region="郑州市",
             attachments=["郑州市跨境电商海外仓示范企业认定评分表（更正后）"], doc_type="公告",
             recipients=[], publicity=None, changes=changes)
    return [{"meta": m, "clauses": clauses, "applies_to": {"specific": {}}}]


# =============================================================================================
# (2) 四川: the original 申报通知 and its 补充通知
# =============================================================================================
SC_ORGANS = ["四川省商务厅", "四川省财政厅"]
SC_TITLE = "四川省商务厅 四川省财政厅关于组织申报2025年度省级“一带一路”经贸合作专项资金项目的通知"
SC_NO = "川商合〔2025〕21号"
SC_RECIP = ["各市（州）商务主管部门、财政局", "省级有关企业"]


def sichuan_tongzhi():
    m = meta(title=SC_TITLE, doc_number=SC_NO, issuer=SC_ORGANS, date="2025-05-12",
             published="2025-05-13", level="provincial", region="四川省", recipients=SC_RECIP)
    d = Doc("blind299_sichuan_tongzhi", m)
    d.joint_head(SC_ORGANS)
    d.doc_no(SC_NO)
    d.red_rule()
    d.title(["四川省商务厅 四川省财政厅", "关于组织申报2025年度省级“一带一路”", "经贸合作专项资金项目的通知"])
    d.recipients("各市（州）商务主管部门、财政局，省级有关企业：")
    d.body("为贯彻落实省委、省政府关于高质量共建“一带一路”的决策部署，支持企业深度参与国际经贸合作，"
           "根据《四川省省级外经贸发展专项资金管理办法》，现就组织申报2025年度省级“一带一路”经贸合作"
           "专项资金项目有关事项通知如下。")
    d.h1("一、支持方向")
    d.runin("（一）境外经贸合作区建设。", "对经商务部、财政部确认考核或经省商务厅备案的境外经贸合作区，"
            "按照上年度基础设施建设实际投资额的5%给予支持，单个合作区最高不超过500万元。")
    d.runin("（二）对外承包工程带动出口。", "对在共建“一带一路”国家承揽对外承包工程项目、带动省内设备"
            "材料出口的企业，按照带动出口额的1%给予支持，单个企业最高不超过200万元。")
    d.runin("（三）国际市场开拓。", "对企业参加省商务厅确定的共建“一带一路”国家重点境外展会，按照展位费"
            "的70%给予支持，单个企业年度最高不超过50万元。")
    d.h1("二、申报条件")
    d.body("（一）在四川省内依法注册登记，具有独立法人资格。")
    d.body("（二）近三年内无严重违法失信记录，未被列入经营异常名录。")
    d.body("（三）同一项目未获得其他省级财政资金支持。")
    d.h1("三、申报材料")
    d.body("项目申报表、企业营业执照复印件、项目真实性承诺书及与支持方向相关的证明材料（合同、发票、"
           "报关单、银行付款凭证等）。申报材料按上述顺序装订成册，一式两份。")
    d.h1("四、申报程序")
    d.runin("（一）企业申报。", "申报企业于2025年6月30日前通过“四川省商务发展专项资金管理系统”在线填报"
            "并上传申报材料，同时将纸质材料报送注册地市（州）商务主管部门。")
    d.runin("（二）市（州）审核。", "各市（州）商务主管部门会同同级财政部门对申报材料进行审核，于2025年"
            "7月10日前将审核意见及项目汇总表报送省商务厅、省财政厅。逾期不予受理。")
    d.runin("（三）评审公示。", "省商务厅会同省财政厅组织专家评审，评审结果在省商务厅门户网站公示5个"
            "工作日。")
    d.h1("五、联系方式")
    d.body("省商务厅对外投资和经济合作处，联系人：张明远，电话：028-83221234；省财政厅经济建设处，"
           "联系人：王洁，电话：028-86701234。")
    d.joint_signature(SC_ORGANS, "2025年5月12日")
    d.publicity()
    d.banji("抄送：商务部对外投资和经济合作司，财政部四川监管局。", "四川省商务厅办公室", "2025年5月13日印发")
    return d.save()


SC2_TITLE = "四川省商务厅 四川省财政厅关于组织申报2025年度省级“一带一路”经贸合作专项资金项目的补充通知"
SC2_NO = "川商合〔2025〕29号"
SC2_ROWS = [
    ["中欧班列（成渝）回程货源组织", "整列组织回程货源", "每标准箱（TEU）1500元", "单个企业300万元"],
    ["中欧班列（成渝）回程货源组织", "拼箱组织回程货源", "每标准箱（TEU）800元", "单个企业300万元"],
    ["跨境电商海外仓布局", "新建海外仓（单仓面积3000平方米以上）", "实际投资额的20%", "单个项目200万元"],
    ["跨境电商海外仓布局", "租赁海外仓（单仓面积3000平方米以上）", "首年租金的20%", "单个项目100万元"],
]


def sichuan_buchong():
    changes = [
        dict(action="supplement", target_doc_number=SC_NO, target_title=SC_TITLE,
             articles=["第一部分“支持方向”新增第（四）项", "第一部分“支持方向”新增第（五）项"],
             date="2025-06-20"),
        dict(action="supplement", target_doc_number=SC_NO, target_title=SC_TITLE,
             articles=["第三部分“申报材料”（新增支持方向的补充材料）"], date="2025-06-20"),
        dict(action="extend", target_doc_number=SC_NO, target_title=SC_TITLE,
             articles=["第四部分第（一）项"], what="企业申报截止日期",
             old_deadline="2025-06-30", new_deadline="2025-07-31", date="2025-06-20"),
        dict(action="extend", target_doc_number=SC_NO, target_title=SC_TITLE,
             articles=["第四部分第（二）项"], what="市（州）审核报送截止日期",
             old_deadline="2025-07-10", new_deadline="2025-08-10", date="2025-06-20"),
    ]
    m = meta(title=SC2_TITLE, doc_number=SC2_NO, issuer=SC_ORGANS, date="2025-06-20",
             published="2025-06-23", level="provincial", region="四川省", recipients=SC_RECIP,
             attachments=["新增支持方向支持标准一览表"], changes=changes)
    d = Doc("blind299_sichuan_buchong", m)
    d.joint_head(SC_ORGANS)
    d.doc_no(SC2_NO)
    d.red_rule()
    d.title(["四川省商务厅 四川省财政厅", "关于组织申报2025年度省级“一带一路”", "经贸合作专项资金项目的补充通知"],
            soft=True)
    d.recipients("各市（州）商务主管部门、财政局，省级有关企业：")
    d.body("为贯彻落实省委、省政府关于推动中欧班列（成渝）高质量发展和支持跨境电商拓展共建“一带一路”"
           "市场的部署要求，现就《四川省商务厅 四川省财政厅关于组织申报2025年度省级“一带一路”经贸合作"
           "专项资金项目的通知》（川商合〔2025〕21号，以下简称《通知》）有关事项补充通知如下。")
    d.h1("一、增加支持方向")
    d.body("在《通知》第一部分“支持方向”中增加第（四）项、第（五）项，具体如下：")
    d.runin("（四）中欧班列（成渝）回程货源组织。", "对依托中欧班列（成渝）组织共建“一带一路”国家进口"
            "货源回程运输的外贸企业，按照回程集装箱实际运量给予支持，整列组织的每标准箱不超过1500元，"
            "拼箱组织的每标准箱不超过800元，单个企业年度支持金额不超过300万元。")
    d.runin("（五）跨境电商海外仓布局。", "对在共建“一带一路”国家新建或租赁单仓面积3000平方米以上海外仓"
            "的跨境电商企业，新建的按照实际投资额的20%给予支持，单个项目不超过200万元；租赁的按照首年"
            "租金的20%给予支持，单个项目不超过100万元。")
    d.h1("二、补充申报材料")
    d.body("申报第（四）项的，另需提供中欧班列运单、回程集装箱运量证明及进口报关单；申报第（五）项的，"
           "另需提供海外仓投资或租赁合同、产权或租赁证明及海外仓实景照片。外文材料须附中文译本。")
    d.h1("三、延长申报时间")
    d.body("（一）《通知》第四部分第（一）项规定的企业申报截止日期由2025年6月30日延长至2025年7月31日。")
    d.body("（二）《通知》第四部分第（二）项规定的各市（州）审核报送截止日期由2025年7月10日延长至2025年"
           "8月10日。")
    d.h1("四、其他事项")
    d.body("（一）已按《通知》要求完成申报的企业，可在延长期限内申报新增支持方向或补充完善申报材料，"
           "已报送的材料无需重复提交。")
    d.body("（二）本补充通知未尽事宜，仍按《通知》执行。")
    d.blank(1)
    d.attach_note(["新增支持方向支持标准一览表"])
    d.joint_signature(SC_ORGANS, "2025年6月20日")
    d.publicity()
    # attachment in its own (landscape) section
    d.new_section(landscape=True)
    d.p([("附件", HEI)], indent=0)
    d.blank(1)
    d.p([("新增支持方向支持标准一览表", XBS, 20)], align="center", indent=0, line=36)
    d.blank(1)
    d.table(["支持方向", "支持情形", "支持标准", "年度支持上限"], SC2_ROWS, [60, 78, 50, 37],
            vmerge=(0, 3), size=14)
    d.new_section()
    d.blank(12)
    d.banji("抄送：商务部对外投资和经济合作司，财政部四川监管局，成都海关，中国国家铁路集团有限公司"
            "成都局集团公司。", "四川省商务厅办公室", "2025年6月23日印发")
    return d.save()


# =============================================================================================
# (3) 河南: 办法 (印发通知), 在洛阳片区暂停实施第八条、第九条, 恢复实施
# =============================================================================================
HN_ORGAN = "中国（河南）自由贸易试验区工作领导小组办公室"
HN_BANFA = "中国（河南）自由贸易试验区跨境电商零售进口退货中心仓管理办法（试行）"
HN_NO = "豫自贸办〔2025〕5号"
HN_REGION = "中国（河南）自由贸易试验区"
LY = "中国（河南）自由贸易试验区洛阳片区"


def henan_head(d, no):
    d.red_head(["中国（河南）自由贸易试验区", "工作领导小组办公室"], size=26)
    d.doc_no(no)
    d.red_rule()


def henan_banfa():
    m = meta(title=f"{HN_ORGAN}关于印发《{HN_BANFA}》的通知", doc_number=HN_NO, issuer=[HN_ORGAN],
             date="2025-03-18", published="2025-03-19", level="provincial", region=HN_REGION,
             effective="2025-04-01", expires="2027-03-31",
             recipients=["郑州市、开封市、洛阳市人民政府", "省直有关单位", "郑州海关", "各片区管委会"])
    d = Doc("blind299_henan_banfa", m)
    henan_head(d, HN_NO)
    d.title(["中国（河南）自由贸易试验区工作领导小组", "办公室关于印发《中国（河南）自由贸易",
             "试验区跨境电商零售进口退货中心仓管理", "办法（试行）》的通知"], after=0)
    d.recipients("郑州市、开封市、洛阳市人民政府，省直有关单位，郑州海关，各片区管委会：")
    d.body("《中国（河南）自由贸易试验区跨境电商零售进口退货中心仓管理办法（试行）》已经省自贸试验区工作"
           "领导小组同意，现印发给你们，请认真贯彻落实。")
    d.signature(None, "2025年3月18日", two_line_organ=["中国（河南）自由贸易试验区", "工作领导小组办公室"],
                right=40, gap=1)
    d.publicity(gap=0)
    d.page_break()
    d.p([("中国（河南）自由贸易试验区跨境电商" + SB + "零售进口退货中心仓管理办法（试行）", XBS, 22)],
        align="center", indent=0, line=36)
    d.blank(1)
    A = lambda head, text, places=None: d.runin(head, text, font=HEI, places=places)
    A("第一条　", "为规范中国（河南）自由贸易试验区（以下简称自贸试验区）跨境电商零售进口退货中心仓业务，"
      "提升跨境电商零售进口退货便利化水平，根据海关总署关于跨境电子商务零售进口商品退货监管的有关规定，"
      "结合自贸试验区实际，制定本办法。")
    A("第二条　", "本办法所称退货中心仓，是指在自贸试验区内海关特殊监管区域设立，专门用于跨境电商零售"
      "进口退货商品集中分拣、理货、暂存和处置的仓储场所。")
    A("第三条　", "本办法适用于在郑州片区、开封片区、洛阳片区内从事跨境电商零售进口退货中心仓运营的企业"
      "（以下简称运营企业）。")
    A("第四条　", "省自贸办负责统筹协调退货中心仓建设和政策落实；各片区管委会负责本片区退货中心仓的规划"
      "布局、企业培育和日常服务；海关按照职责实施监管。")
    A("第五条　", "运营企业应当具备下列条件：")
    d.p("（一）在自贸试验区内依法注册登记，海关信用等级为一般认证及以上；", clause="cont")
    d.p("（二）退货中心仓面积不少于2000平方米，具备独立的退货商品分拣区、暂存区和查验区；", clause="cont")
    d.p("（三）仓储管理系统与海关监管系统实现数据联网。", clause="cont")
    A("第六条　", "运营企业向所在片区管委会提出申请，片区管委会会同属地海关进行现场核查，符合条件的报省"
      "自贸办备案。")
    A("第七条　", "退货商品应当在原出区之日起30日内（含第30日）退回退货中心仓，并在退回之日起45日内"
      "完成处置。")
    A("第八条　", "退货商品经海关查验无误且不影响二次销售的，可在退货中心仓内进行分拣、理货和重新包装，"
      "并在跨境电商零售进口模式下重新上架销售；不符合二次销售条件的，按规定复运出境或者在海关监管下"
      "销毁。")
    A("第九条　", "对运营企业按照上年度实际处理退货商品单量给予每单1元的补助，单个企业年度补助最高不超过"
      "100万元，所需资金由所在片区承担。")
    A("第十条　", "运营企业应当建立退货商品台账，如实记录退货商品入仓、分拣、处置等信息，台账保存期限"
      "不少于3年。")
    A("第十一条　", "郑州片区可在郑州新郑综合保税区先行开展退货商品跨关区流转试点，试点方案由郑州片区"
      "管委会会同郑州海关另行制定。",
      places=["中国（河南）自由贸易试验区郑州片区", "郑州新郑综合保税区"])
    A("第十二条　", "运营企业存在虚报退货单量、骗取补助资金等行为的，由所在片区管委会追回补助资金，三年内"
      "不得申报自贸试验区各类扶持政策；涉嫌犯罪的，依法移送司法机关处理。")
    A("第十三条　", "本办法由省自贸办负责解释。")
    A("第十四条　", "本办法自2025年4月1日起施行，有效期2年。")
    d.banji("抄送：省商务厅、财政厅、市场监管局，省税务局。", "河南省自贸试验区工作领导小组办公室", "2025年3月19日印发")
    return d.save()


HN2_NO = "豫自贸办〔2025〕14号"
HN2_TITLE = f"{HN_ORGAN}关于在洛阳片区暂停实施《{HN_BANFA}》第八条、第九条的通知"


def henan_zanting():
    changes = [dict(action="suspend", target_doc_number=HN_NO, target_title=HN_BANFA,
                    articles=["第八条", "第九条"], place=LY, date="2025-08-01")]
    m = meta(title=HN2_TITLE, doc_number=HN2_NO, issuer=[HN_ORGAN], date="2025-07-25",
             published="2025-07-28", level="provincial", region=HN_REGION, effective="2025-08-01",
             recipients=["洛阳市人民政府", "省商务厅", "郑州海关", "洛阳片区管委会"],
             publicity="此件主动公开", changes=changes)
    d = Doc("blind299_henan_zanting", m)
    henan_head(d, HN2_NO)
    d.title(["中国（河南）自由贸易试验区工作领导小组", "办公室关于在洛阳片区暂停实施",
             "《中国（河南）自由贸易试验区跨境电商", "零售进口退货中心仓管理办法（试行）》",
             "第八条、第九条的通知"], soft=True)
    d.recipients("洛阳市人民政府，省商务厅，郑州海关，洛阳片区管委会：")
    d.body("《中国（河南）自由贸易试验区跨境电商零售进口退货中心仓管理办法（试行）》（豫自贸办〔2025〕5号"
           "印发，以下简称《办法》）实施以来，各片区退货中心仓业务运行总体平稳。鉴于洛阳综合保税区退货"
           "中心仓监管场所实施改造升级，海关监管作业系统切换期间暂不具备退货商品区内分拣、二次销售的查验"
           "条件，经省自贸试验区工作领导小组同意，决定在洛阳片区暂停实施《办法》部分条款。现将有关事项"
           "通知如下：")
    d.body("一、自2025年8月1日起，在洛阳片区暂停实施《办法》第八条、第九条。", places=[LY])
    d.body("二、暂停实施期间，洛阳片区内已入仓的跨境电商零售进口退货商品，应当于2025年7月31日前完成分拣、"
           "查验并办结相关手续；未能办结的，由运营企业按照跨境电商零售进口退货一般监管规定复运出境"
           "或者在海关监管下销毁。", places=[LY])
    d.body("三、洛阳片区运营企业2025年1月1日至7月31日已处理的退货商品单量，仍按照《办法》第九条规定的"
           "标准给予补助，补助申请于2025年9月30日前向洛阳片区管委会提出。", places=[LY])
    d.body("四、郑州片区、开封片区继续按照《办法》规定执行。",
           places=["中国（河南）自由贸易试验区郑州片区", "中国（河南）自由贸易试验区开封片区"])
    d.body("五、洛阳片区管委会要会同洛阳海关加快推进监管场所改造，改造完成并经海关验收合格后，由洛阳片区"
           "管委会提出恢复实施申请，省自贸办另行发文明确恢复实施时间。", places=[LY])
    d.signature(None, "2025年7月25日", two_line_organ=["中国（河南）自由贸易试验区", "工作领导小组办公室"],
                right=40, gap=1)
    d.publicity("（此件主动公开）")
    d.banji("抄送：省发展改革委、财政厅、市场监管局，洛阳海关。", "河南省自贸试验区工作领导小组办公室", "2025年7月28日印发")
    return d.save()


HN3_NO = "豫自贸办〔2025〕27号"
HN3_TITLE = f"{HN_ORGAN}关于在洛阳片区恢复实施《{HN_BANFA}》第八条、第九条的通知"


def henan_huifu():
    changes = [dict(action="resume", target_doc_number=HN_NO, target_title=HN_BANFA,
                    articles=["第八条", "第九条"], place=LY, date="2025-11-15"),
               dict(action="end", target_doc_number=HN2_NO, target_title=HN2_TITLE,
                    articles="all", date="2025-11-15")]
    m = meta(title=HN3_TITLE, doc_number=HN3_NO, issuer=[HN_ORGAN], date="2025-11-10",
             published="2025-11-11", level="provincial", region=HN_REGION, effective="2025-11-15",
             recipients=["洛阳市人民政府", "省商务厅", "郑州海关", "洛阳片区管委会"],
             publicity="此件主动公开", repeals=HN2_NO, changes=changes)
    d = Doc("blind299_henan_huifu", m)
    henan_head(d, HN3_NO)
    d.title(["中国（河南）自由贸易试验区工作领导小组", "办公室关于在洛阳片区恢复实施",
             "《中国（河南）自由贸易试验区跨境电商", "零售进口退货中心仓管理办法（试行）》",
             "第八条、第九条的通知"])
    d.recipients("洛阳市人民政府，省商务厅，郑州海关，洛阳片区管委会：")
    d.body("按照《中国（河南）自由贸易试验区工作领导小组办公室关于在洛阳片区暂停实施〈中国（河南）自由贸易"
           "试验区跨境电商零售进口退货中心仓管理办法（试行）〉第八条、第九条的通知》（豫自贸办〔2025〕14号）"
           "要求，洛阳片区已完成洛阳综合保税区退货中心仓监管场所改造，并于2025年10月28日通过海关验收。"
           "经研究，决定在洛阳片区恢复实施《中国（河南）自由贸易试验区跨境电商零售进口退货中心仓管理办法"
           "（试行）》（以下简称《办法》）第八条、第九条。现将有关事项通知如下：")
    d.body("一、自2025年11月15日起，洛阳片区恢复实施《办法》第八条、第九条。豫自贸办〔2025〕14号文件同时"
           "废止。", places=[LY])
    d.body("二、洛阳片区运营企业2025年11月15日至12月31日处理的退货商品单量，按照《办法》第九条规定的标准"
           "给予补助；暂停实施期间（2025年8月1日至11月14日）的退货商品单量不予补助。", places=[LY])
    d.body("三、洛阳片区运营企业应当在恢复业务前向洛阳海关办理退货中心仓监管场所备案变更手续，并将仓储"
           "管理系统与海关新监管作业系统完成联调测试。", places=[LY])
    d.body("四、《办法》有效期不变，仍至2027年3月31日止。")
    d.signature(None, "2025年11月10日", two_line_organ=["中国（河南）自由贸易试验区", "工作领导小组办公室"],
                right=40, gap=1)
    d.publicity("（此件主动公开）")
    d.banji("抄送：省发展改革委、财政厅、市场监管局，洛阳海关。", "河南省自贸试验区工作领导小组办公室", "2025年11月11日印发")
    return d.save()


# =============================================================================================
# (4a) 厦门片区: 扶持管理办法 and the 决定 that postpones it
# =============================================================================================
XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_BANFA = "厦门片区跨境电商保税备货业务扶持管理办法"
XM_NO = "厦自贸委规〔2025〕2号"
XM_REGION = "中国（福建）自由贸易试验区厦门片区"
XM_OLD = "厦门片区促进跨境电子商务发展若干措施"
XM_OLD_NO = "厦自贸委〔2022〕31号"


def xiamen_head(d, no):
    d.red_head(["中国（福建）自由贸易试验区", "厦门片区管理委员会"], size=28)
    d.doc_no(no)
    d.red_rule()


def xiamen_banfa():
    m = meta(title=f"{XM_ORGAN}关于印发《{XM_BANFA}》的通知", doc_number=XM_NO, issuer=[XM_ORGAN],
             date="2025-06-16", published="2025-06-18", level="zone", region=XM_REGION,
             effective="2025-09-01", expires="2028-08-31", recipients=["片区管委会各部门", "各有关单位、企业"])
    d = Doc("blind299_xiamen_banfa", m, odd_even=False)
    xiamen_head(d, XM_NO)
    d.title(["中国（福建）自由贸易试验区厦门片区", "管理委员会关于印发《厦门片区跨境电商",
             "保税备货业务扶持管理办法》的通知"], soft=True)
    d.recipients("片区管委会各部门，各有关单位、企业：")
    d.body("《厦门片区跨境电商保税备货业务扶持管理办法》已经片区管委会2025年第7次主任办公会议研究通过，"
           "现印发给你们，请遵照执行。")
    d.signature(["中国（福建）自由贸易试验区厦门片区管理委员会"], "2025年6月16日", right=8)
    d.publicity()
    d.page_break()
    d.p([("厦门片区跨境电商保税备货业务", XBS, 22)], align="center", indent=0, line=36)
    d.p([("扶持管理办法", XBS, 22)], align="center", indent=0, line=36)
    d.blank(1)
    A = lambda head, text, places=None: d.runin(head, text, font=HEI, places=places)
    A("第一条　", "为加快跨境电商网购保税进口（1210）业务发展，做大做强中国（福建）自由贸易试验区厦门片区"
      "（以下简称片区）跨境电商产业，打造面向共建“一带一路”国家的跨境电商进口集散中心，结合片区实际，"
      "制定本办法。")
    A("第二条　", "本办法适用于在片区内注册，并在片区内综合保税区开展跨境电商网购保税进口业务的企业。")
    A("第三条　", "对企业上年度网购保税进口单量达到50万单以上的，按照每单0.5元给予奖励，单个企业年度奖励"
      "最高不超过150万元。")
    A("第四条　", "对企业租用综合保税区内保税仓库开展跨境电商保税备货业务的，按照实际租金的30%给予补助，"
      "每平方米每月补助不超过10元，单个企业年度补助最高不超过80万元。")
    A("第五条　", "对企业通过厦门至东盟、中东等共建“一带一路”国家航线进口保税备货商品的，按照进口货值的"
      "0.5%给予物流补助，单个企业年度最高不超过50万元。")
    A("第六条　", "对在厦门象屿综合保税区内新建跨境电商智能化保税仓库、单体面积在5000平方米以上的企业，"
      "按照设备投资额的20%给予一次性补助，最高不超过300万元。", places=["厦门象屿综合保税区"])
    A("第七条　", "同一企业同一事项符合片区其他扶持政策的，按照“从高、不重复”原则执行。")
    A("第八条　", "企业于每年3月31日前向片区管委会商务部门提出上一年度扶持申请，片区管委会会同财政部门"
      "审核后予以拨付。")
    A("第九条　", "企业提供虚假材料骗取扶持资金的，追回已拨付资金，五年内取消申报资格，并依法纳入公共信用"
      "信息系统。")
    A("第十条　", "本办法由中国（福建）自由贸易试验区厦门片区管理委员会负责解释，自2025年9月1日起施行，"
      "有效期至2028年8月31日。")
    d.banji("抄送：厦门市商务局、财政局，厦门海关。", "厦门片区管委会办公室",
            "2025年6月18日印发")
    return d.save()


XM2_NO = "厦自贸委规〔2025〕5号"
XM2_TITLE = f"{XM_ORGAN}关于推迟施行《{XM_BANFA}》的决定"


def xiamen_jueding():
    changes = [
        dict(action="postpone", target_doc_number=XM_NO, target_title=XM_BANFA, articles="all",
             old_effective="2025-09-01", new_effective="2026-01-01",
             old_expires="2028-08-31", new_expires="2028-12-31", date="2025-08-26"),
        dict(action="extend", target_doc_number=XM_OLD_NO, target_title=XM_OLD, articles="all",
             old_expires="2025-08-31", new_expires="2025-12-31", date="2025-08-26"),
    ]
    m = meta(title=XM2_TITLE, doc_number=XM2_NO, issuer=[XM_ORGAN], date="2025-08-25",
             published="2025-08-26", level="zone", region=XM_REGION, effective="2025-08-26",
             doc_type="决定", recipients=[], changes=changes)
    d = Doc("blind299_xiamen_jueding", m, odd_even=False)
    xiamen_head(d, XM2_NO)
    d.title(["中国（福建）自由贸易试验区厦门片区", "管理委员会关于推迟施行《厦门片区跨境",
             "电商保税备货业务扶持管理办法》的决定"])
    d.body("2025年6月16日，我委印发了《厦门片区跨境电商保税备货业务扶持管理办法》（厦自贸委规〔2025〕2号，"
           "以下简称《办法》），原定自2025年9月1日起施行。鉴于跨境电商零售进口监管系统升级改造尚未完成，"
           "片区综合保税区保税备货业务统计口径需与海关新系统衔接，为确保政策平稳实施，经片区管委会2025年"
           "第12次主任办公会议研究，决定如下：")
    d.body("一、《办法》推迟至2026年1月1日起施行，有效期相应顺延至2028年12月31日。")
    d.body("二、《办法》施行前，片区跨境电商保税备货业务扶持继续按照《厦门片区促进跨境电子商务发展若干措施》"
           "（厦自贸委〔2022〕31号，原有效期至2025年8月31日）执行，其有效期延长至2025年12月31日。")
    d.body("三、企业2025年度发生的网购保税进口业务，其单量奖励、保税仓库租金补助统一按照厦自贸委〔2022〕"
           "31号文件规定的标准申报；2026年1月1日以后发生的业务，按照《办法》规定申报。")
    d.body("四、本决定自发布之日起施行。")
    d.signature(["中国（福建）自由贸易试验区厦门片区管理委员会"], "2025年8月25日", right=8)
    d.publicity()
    d.banji("抄送：厦门市人民政府办公厅，厦门市商务局、财政局、司法局，厦门海关。",
            "厦门片区管委会办公室", "2025年8月26日印发")
    return d.save()


# =============================================================================================
# (4b) 宁波: 实施意见 and the 通知 that ends it while keeping one item
# =============================================================================================
NB_ORGAN = "宁波市人民政府办公厅"
NB_TITLE = "宁波市人民政府办公厅关于高质量推进“一带一路”综合试验区建设的实施意见"
NB_NO = "甬政办发〔2022〕38号"
NB_RECIP = ["各区（县、市）人民政府", "市直及部省属驻甬各单位"]


def nb_head(d, no):
    d.red_head(["宁波市人民政府办公厅文件"], size=30)
    d.doc_no(no)
    d.red_rule()


def ningbo_yijian():
    m = meta(title=NB_TITLE, doc_number=NB_NO, issuer=[NB_ORGAN], date="2022-05-20",
             published="2022-05-23", level="municipal", region="宁波市", effective="2022-06-01",
             expires="2027-05-31", doc_type="实施意见", recipients=NB_RECIP)
    d = Doc("blind299_ningbo_yijian", m)
    nb_head(d, NB_NO)
    d.title(["宁波市人民政府办公厅关于高质量推进", "“一带一路”综合试验区建设的实施意见"])
    d.recipients("各区（县、市）人民政府，市直及部省属驻甬各单位：")
    d.body("为深入贯彻落实省委、省政府关于高质量建设“一带一路”重要枢纽的决策部署，加快宁波“一带一路”"
           "建设综合试验区建设，经市政府同意，现提出如下实施意见。")
    d.h1("一、总体要求")
    d.body("以宁波舟山港为依托，以贸易投资自由化便利化为重点，统筹推进港口、产业、贸易、人文合作，到2025年，"
           "全市与共建“一带一路”国家进出口额突破5000亿元，累计在共建“一带一路”国家投资项目超过600个。")
    d.h1("二、重点任务")
    d.runin("（一）提升枢纽港能级。", "加密宁波舟山港至共建“一带一路”国家的集装箱航线，到2025年新增航线"
            "20条以上。对新开辟共建“一带一路”国家集装箱航线的航运企业，每条航线给予最高100万元奖励。")
    d.runin("（二）发展海铁联运。", "拓展“海铁联运＋中欧班列”通道，对经宁波舟山港开展海铁联运的班列，按照"
            "每标准箱200元给予补助，单个企业年度补助最高不超过300万元。")
    d.runin("（三）建设大宗商品储运交易中心。", "支持北仑区依托宁波梅山综合保税区建设面向共建“一带一路”国家的"
            "大宗商品储运交易中心，对在宁波梅山综合保税区新设立的大宗商品贸易企业，年贸易额首次超过50亿元的，"
            "给予最高200万元奖励。", places=["北仑区", "宁波梅山综合保税区"])
    d.runin("（四）扩大跨境电商出口。", "推动跨境电商企业开拓共建“一带一路”国家市场，对年度跨境电商出口额"
            "超过1000万美元的企业，给予最高50万元奖励。")
    d.runin("（五）支持海外仓建设。", "对企业在共建“一带一路”国家新建或租赁公共海外仓、面积在5000平方米"
            "以上的，按照投资额或租金的10%给予补助，单个企业每年最高不超过200万元。")
    d.runin("（六）深化国际产能合作。", "支持企业在共建“一带一路”国家建设境外经贸合作区，对经认定的市级"
            "境外经贸合作区，给予最高500万元支持。")
    d.runin("（七）推动进口贸易创新。", "在宁波保税区开展进口商品“保税展示交易”常态化试点，对年度保税展示"
            "交易额超过5亿元的企业给予最高100万元奖励。", places=["宁波保税区"])
    d.h1("三、保障措施")
    d.runin("（八）强化组织领导。", "市“一带一路”建设综合试验区工作领导小组统筹推进各项工作，市商务局负责"
            "日常协调，各区（县、市）要建立相应工作机制。")
    d.runin("（九）加强资金保障。", "上述政策所需资金由市、区（县、市）两级财政按现行财政体制分担。同一项目"
            "符合市级其他政策的，按照“从高、不重复”原则给予支持。")
    d.body("本实施意见自2022年6月1日起施行，有效期5年。")
    d.signature([NB_ORGAN], "2022年5月20日", right=48)
    d.publicity()
    d.banji("抄送：市委各部门，市人大常委会、市政协办公厅，宁波军分区，市监委，市法院，市检察院，宁波海关。",
            NB_ORGAN, "2022年5月23日印发")
    return d.save()


NB2_NO = "甬政办发〔2025〕41号"
NB2_TITLE = "宁波市人民政府办公厅关于甬政办发〔2022〕38号文件停止执行的通知"


def ningbo_shixiao():
    changes = [
        dict(action="end", target_doc_number=NB_NO, target_title=NB_TITLE, articles="all",
             except_articles=["第二部分第（五）项"], date="2025-10-01"),
        dict(action="end", target_doc_number=NB_NO, target_title=NB_TITLE,
             articles=["第二部分第（五）项"], last_day="2026-12-31", date="2027-01-01",
             note="继续执行至2026年12月31日（原有效期至2027年5月31日）"),
    ]
    m = meta(title=NB2_TITLE, doc_number=NB2_NO, issuer=[NB_ORGAN], date="2025-09-15",
             published="2025-09-16", level="municipal", region="宁波市", effective="2025-10-01",
             recipients=NB_RECIP, repeals=NB_NO + "（第二部分第（五）项继续执行至2026年12月31日）",
             changes=changes)
    d = Doc("blind299_ningbo_shixiao", m)
    nb_head(d, NB2_NO)
    d.title(["宁波市人民政府办公厅", "关于甬政办发〔2022〕38号文件停止执行的通知"])
    d.recipients("各区（县、市）人民政府，市直及部省属驻甬各单位：")
    d.body("为做好与《宁波市人民政府关于加快建设高能级开放强市的若干意见》（甬政发〔2025〕19号）的政策衔接，"
           "经市政府同意，现就《宁波市人民政府办公厅关于高质量推进“一带一路”综合试验区建设的实施意见》"
           "（甬政办发〔2022〕38号，以下简称《实施意见》）有关事项通知如下：")
    d.body("一、《实施意见》自2025年10月1日起不再执行。")
    d.body("二、《实施意见》第二部分第（五）项“支持海外仓建设”继续执行至2026年12月31日，相关政策兑现按照原"
           "渠道办理。")
    d.body("三、《实施意见》停止执行前已经受理的项目，按照原政策执行完毕；2025年10月1日以后新申报的项目，"
           + SB + "按照甬政发〔2025〕19号文件有关规定执行。")
    d.body("四、各区（县、市）、市级有关部门要对照本通知，及时清理依据《实施意见》制定的配套文件，并于2025年"
           "11月30日前将清理结果报送市商务局。")
    d.signature([NB_ORGAN], "2025年9月15日", right=48)
    d.publicity()
    d.banji("抄送：市委各部门，市人大常委会、市政协办公厅，市监委，市法院，市检察院，宁波海关。",
            NB_ORGAN, "2025年9月16日印发")
    return d.save()


def main():
    out = {}
    out["blind299_zhengzhou_tongzhi"] = zhengzhou_tongzhi()
    out["blind299_zhengzhou_gengzheng"] = zhengzhou_gengzheng()
    out["blind299_sichuan_tongzhi"] = sichuan_tongzhi()
    out["blind299_sichuan_buchong"] = sichuan_buchong()
    out["blind299_henan_banfa"] = henan_banfa()
    out["blind299_henan_zanting"] = henan_zanting()
    out["blind299_henan_huifu"] = henan_huifu()
    out["blind299_xiamen_banfa"] = xiamen_banfa()
    out["blind299_xiamen_jueding"] = xiamen_jueding()
    out["blind299_ningbo_yijian"] = ningbo_yijian()
    out["blind299_ningbo_shixiao"] = ningbo_shixiao()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
