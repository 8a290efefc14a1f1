# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-third round of blind office files and expected.json.

  (a) blind53_shaanxi_tongzhi.docx / .pdf — 陕西省商务厅 通知 陕商发〔2024〕118号 as it
      leaves the drafting desk: unaccepted tracked changes (w:ins / w:del runs, a
      deleted paragraph with its paragraph mark, an inserted paragraph, a merge of
      two paragraphs by a deleted paragraph mark, character-level edits inside the
      文号 and the 成文日期, an item renumbered by del/ins, a table with a deleted
      and an inserted row, a w:rPrChange) written as raw OOXML, plus three Word
      comments (comments.xml, commentRangeStart/End, commentReference).  The PDF
      is what "No Markup" export gives: the same document with every change
      accepted and no comments.
  (b) blind53_qingdao_xize.docx / .pdf — 青岛市商务局 青岛市财政局 印发 实施细则
      青商发〔2024〕58号, made by pasting web text into Word: full-width spaces
      and NBSPs for indentation, Shift+Enter breaks inside paragraphs, 「」 quotes,
      items whose number "（三）" is a paragraph of its own, &nbsp; paragraphs,
      a table split by hand with "续表" and a retyped header on the next page.
  (c) blind53_qinzhou_jinji.docx / .pdf — 特急 joint 紧急通知 of 钦州市商务局 and
      钦州市交通运输局 钦商务发〔2024〕27号 whose 版头 (份号, 特急, the two names in
      red, 文件, 文号, 签发人) is a borderless Word table, and whose 版记
      (抄送 / 印发机关 印发日期) is a ruled table at the foot of the last page.
Run again to rebuild (LibreOffice makes the PDFs, one at a time).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pdfplumber
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"; NB = "\u00a0"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
      "l": WD_ALIGN_PARAGRAPH.LEFT, "d": WD_ALIGN_PARAGRAPH.DISTRIBUTE}
LINE = 28.95


# ------------------------------------------------------------------ common helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    """Set fonts on a python-docx Run."""
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor.from_string(color)
    return run



def fmt(p, size=16, align="j", indent=True, before=0, after=0, exact=LINE, left=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if exact is None:
        pf.line_spacing = 1.5
    else:
        pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if left is not None: pf.left_indent = Pt(left)
    p.alignment = AL[align]
    return p


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=LINE, color=None, bold=False):
    p = where.add_paragraph()
    fmt(p, size, align, indent, before, after, exact)
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def new_doc(font=FS, size=16, footer="— {} —", fsize=14):
    doc = Document()
    east_asian_normal(doc, font, size)
    s = doc.sections[0]
    s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a, b = footer.split("{}")
    set_run(fp.add_run(a), SONG, fsize); add_field(fp, "PAGE", SONG, fsize); set_run(fp.add_run(b), SONG, fsize)
    return doc


def red_head(doc, organ, number_segs, size=36, render=None):
    para(doc, organ, XBS, size, "c", False, before=0, after=0, exact=size * 1.25, color="FF0000")
    p = para(doc, "", FS, 16, "c", False, before=6, after=0)
    if render: render(p, number_segs, FS, 16)
    else: set_run(p.add_run(number_segs), FS, 16)
    rule_below(p)
    return p


def cell_text(cell, text, font=FS, size=14, align="c", bold=False, color=None, exact=None):
    p = cell.paragraphs[0]; fmt(p, size, align, False, 0, 0, exact or size * 1.35)
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def row_flags(row, cant_split=True, header=False):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        e = OxmlElement("w:cantSplit"); trpr.append(e)
    if header:
        e = OxmlElement("w:tblHeader"); trpr.append(e)
    return trpr


def set_grid(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)


def tbl_borders(t, spec):
    """spec: dict edge -> (val, sz, color) for top/left/bottom/right/insideH/insideV."""
    tblPr = t._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None: tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        val, sz, color = spec.get(edge, ("nil", 0, "auto"))
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    # tblBorders goes after tblW/jc in tblPr; appending before tblLook keeps schema order well enough
    look = tblPr.find(qn("w:tblLook"))
    if look is not None: look.addprevious(b)
    else: tblPr.append(b)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo53p_"); tmp = tempfile.mkdtemp(prefix="lo53o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


def pages(pdf):
    with pdfplumber.open(pdf) as p:
        return [re.sub(r"\s+", "", pg.extract_text() or "") for pg in p.pages]


def page_of(pgs, s):
    s = re.sub(r"\s+", "", s)
    for i, t in enumerate(pgs):
        if s in t: return i + 1
    return None


def row_text(head, vals):
    return "；".join("%s：%s" % (h, v) for h, v in zip(head, vals))


expected = {}

# ==================================================================== (a) tracked changes + comments
# Segments: ("t", s) plain; ("i", s, a) inserted by author a; ("d", s, a) deleted by author a;
# ("cs", key) comment range start; ("ce", key) comment range end + reference run.
AUTH = [("王晓燕", "2024-06-05T16:20:00Z"), ("李建国", "2024-06-11T09:41:00Z")]
COMMENTS = {
    "c_num": ("李建国", "李", "原稿50列偏低，按6月7日处务会意见调整为100列。"),
    "c_shiFan": ("王晓燕", "王", "请与省交通运输厅核对多式联运示范工程申报口径，避免与交通运输部项目重复申报。"),
    "c_pingtai": ("李建国", "李", "数字化平台由省口岸办牵头推进，本通知不再部署，相应删除分工表第3项。"),
}


COMMENT_DATES = {"c_num": "2024-06-11T09:44:00Z", "c_shiFan": "2024-06-05T16:31:00Z", "c_pingtai": "2024-06-11T09:52:00Z"}


def core(doc, author, when):
    import datetime as dt
    cp = doc.core_properties; cp.author = author; cp.last_modified_by = author
    cp.created = dt.datetime.fromisoformat(when); cp.modified = dt.datetime.fromisoformat(when); cp.revision = 7
    cp.title = ""; cp.comments = ""


class Rev:
    def __init__(self): self.n = 100
    def nid(self):
        self.n += 1; return str(self.n)


def rev_attrs(e, rv, a):
    e.set(qn("w:id"), rv.nid()); e.set(qn("w:author"), AUTH[a][0]); e.set(qn("w:date"), AUTH[a][1])
    return e


def final_text(segs):
    return "".join(s[1] for s in segs if s[0] in ("t", "i"))


class Tracked:
    """Renders segment paragraphs either with tracked changes (final=False) or accepted (final=True)."""

    def __init__(self, doc, final):
        self.doc = doc; self.final = final; self.rv = Rev(); self.cids = {}

    def _comment(self, key):
        if key not in self.cids:
            author, ini, text = COMMENTS[key]
            c = self.doc.comments.add_comment(text=text, author=author, initials=ini)
            c._comment_elm.set(qn("w:date"), COMMENT_DATES[key])
            self.cids[key] = c.comment_id
        return str(self.cids[key])

    def render(self, p, segs, font=FS, size=16, bold=False, color=None, old_font=None):
        for s in segs:
            k = s[0]
            if self.final:
                if k in ("t", "i") and s[1]:
                    set_run(p.add_run(s[1]), font, size, bold, color)
                continue
            if k == "t":
                r = set_run(p.add_run(s[1]), font, size, bold, color)
                if old_font:   # formatting change tracked: heading was 仿宋 before it was set in 黑体
                    rpr = r._element.get_or_add_rPr()
                    ch = rev_attrs(OxmlElement("w:rPrChange"), self.rv, 1)
                    orpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
                    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), old_font)
                    orpr.append(rf); ch.append(orpr); rpr.append(ch)
            elif k in ("i", "d"):
                r = set_run(p.add_run(s[1]), font, size, bold, color)
                w = rev_attrs(OxmlElement("w:ins" if k == "i" else "w:del"), self.rv, s[2])
                r._element.addprevious(w); w.append(r._element)
                if k == "d":
                    for t in r._element.findall(qn("w:t")):
                        dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = t.text
                        t.addprevious(dt); r._element.remove(t)
            elif k == "cs":
                e = OxmlElement("w:commentRangeStart"); e.set(qn("w:id"), self._comment(s[1])); p._p.append(e)
            elif k == "ce":
                cid = self._comment(s[1])
                e = OxmlElement("w:commentRangeEnd"); e.set(qn("w:id"), cid); p._p.append(e)
                r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "CommentReference")
                rpr.append(rs); r.append(rpr)
                cr = OxmlElement("w:commentReference"); cr.set(qn("w:id"), cid); r.append(cr); p._p.append(r)

    def mark(self, p, kind, a):
        """Paragraph mark inserted / deleted (tracked mode only)."""
        if self.final or not kind: return
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr"); rpr.append(rev_attrs(OxmlElement("w:ins" if kind == "ins" else "w:del"), self.rv, a))
        ppr.append(rpr)

    def row_mark(self, row, kind, a):
        if self.final or not kind: return
        trpr = row._tr.get_or_add_trPr()
        trpr.append(rev_attrs(OxmlElement("w:ins" if kind == "ins" else "w:del"), self.rv, a))


def track_settings(doc):
    st = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = st.find(qn("w:defaultTabStop"))
    if anchor is not None: anchor.addprevious(tr)
    else: st.insert(0, tr)


A_ORGAN = "陕西省商务厅文件"
A_NO_SEGS = [("t", "陕商发〔2024〕"), ("d", "112", 0), ("i", "118", 1), ("t", "号")]
A_TITLE_SEGS = [("t", "陕西省商务厅关于"), ("i", "进一步", 1), ("t", "做好中国（陕西）自由贸易试验区服务共建“一带一路”高质量发展有关工作的通知")]
A_ADDR = "各设区市商务主管部门，杨凌示范区、西咸新区商务主管部门，中国（陕西）自由贸易试验区各片区管委会："
A_PRE = [("t", "为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述和历次来陕考察重要讲话重要指示精神，"), ("d", "加快", 0), ("i", "更好发挥", 0),
         ("t", "中国（陕西）自由贸易试验区（以下简称陕西自贸试验区）"), ("i", "在服务共建“一带一路”中的", 1),
         ("t", "改革开放试验田作用，推动中欧班列（西安）集结中心和西安国际港务区高质量发展，现就有关工作通知如下：")]
A_H1 = [("t", "一、提升中欧班列（西安）集结中心运营水平")]
A_1_1 = [("t", "（一）扩大班列线路覆盖。支持西安国际港务区片区加密至中亚、欧洲方向干线班列，"), ("d", "原则上", 0),
         ("t", "新开通至共建“一带一路”国家的常态化线路，每条线路年开行量达到"), ("cs", "c_num"), ("d", "50", 0), ("i", "100", 1), ("ce", "c_num"),
         ("t", "列"), ("i", "及以上", 1), ("t", "的，由所在设区市商务主管部门按照有关规定给予支持。")]
A_1_2 = [("t", "（二）推进“班列+”多式联运。推动中欧班列与西部陆海新通道、长江黄金水道、航空货运有效衔接，探索“一单制”提单在陕西自贸试验区内先行先试。各片区要于2024年"),
         ("d", "9月30日", 1), ("i", "10月31日", 1), ("t", "前报送"), ("cs", "c_shiFan"), ("t", "多式联运示范工程推荐名单"), ("ce", "c_shiFan"), ("t", "。")]
A_1_3_DEL = [("cs", "c_pingtai"), ("d", "（三）建设中欧班列数字化平台。依托陕西国际贸易“单一窗口”建设中欧班列综合服务平台，实现订舱、报关、结算“一站式”办理。", 1), ("ce", "c_pingtai")]
A_1_4 = [("t", "（"), ("d", "四", 1), ("i", "三", 1), ("t", "）强化班列货源组织。引导省内重点制造企业通过中欧班列（西安）出口，推动“中欧班列+跨境电商”“中欧班列+海外仓”模式发展"),
         ("d", "，打造一批班列物流龙头企业", 0), ("t", "。")]
A_H2 = [("t", "二、深化与共建“一带一路”国家经贸合作")]
A_2_1 = [("t", "（一）支持企业“走出去”。鼓励陕西自贸试验区企业在哈萨克斯坦、乌兹别克斯坦等中亚国家建设境外经贸合作区和海外仓，对符合条件的项目按照《陕西省外经贸发展专项资金管理办法》给予支持。")]
A_2_2 = [("i", "高标准", 0), ("t", "筹办好中国—中亚合作论坛配套经贸活动，组织片区企业参加丝绸之路国际博览会等展会活动")]
A_2_2 = [("t", "（二）办好重大经贸活动。")] + A_2_2 + [("d", "，扩大陕西自贸试验区国际影响力", 1), ("t", "。")]
A_2_3_INS = [("i", "（三）加强国际商事法律服务。支持西安国际商事法律服务示范区建设，为企业开展与共建“一带一路”国家贸易投资提供法律咨询、商事调解和仲裁等服务。", 1)]
A_H3 = [("t", "三、抓好工作落实")]
A_3_A = [("t", "各设区市商务主管部门、各片区管委会要将服务共建“一带一路”工作纳入陕西自贸试验区年度工作要点，明确责任分工"), ("d", "，确保各项任务落地见效", 0), ("t", "。")]
A_3_B = [("t", "工作推进中的重大问题及时报告省商务厅。重点任务分工如下：")]
A_TH = ["序号", "重点任务", "责任单位", "完成时限"]
# (row mark, cells as segs)
A_ROWS = [
    (None, [[("t", "1")], [("t", "扩大班列线路覆盖")], [("t", "西安国际港务区片区管委会")], [("t", "2024年12月底")]]),
    (None, [[("t", "2")], [("t", "推进“班列+”多式联运")], [("t", "各片区管委会")], [("t", "2024年"), ("d", "9", 1), ("i", "10", 1), ("t", "月底")]]),
    ("del", [[("d", "3", 1)], [("d", "建设中欧班列数字化平台", 1)], [("d", "省商务厅（口岸办）", 1)], [("d", "2024年11月底", 1)]]),
    (None, [[("d", "4", 1), ("i", "3", 1)], [("t", "强化班列货源组织")], [("t", "各设区市商务主管部门")], [("t", "长期坚持")]]),
    (None, [[("d", "5", 1), ("i", "4", 1)], [("t", "支持企业“走出去”")], [("t", "各片区管委会")], [("t", "2024年12月底")]]),
    ("ins", [[("i", "5", 1)], [("i", "加强国际商事法律服务", 1)], [("i", "西咸新区管委会", 1)], [("i", "2024年12月底", 1)]]),
]
A_CONTACT = [("t", "联系人：省商务厅自由贸易试验区工作处　"), ("d", "刘洋", 0), ("i", "赵凯", 0), ("t", "，电话：029-63913478。")]
A_ORG = "陕西省商务厅"
A_DATE_SEGS = [("t", "2024年6月"), ("d", "3", 1), ("i", "12", 1), ("t", "日")]
A_PUB = "（此件主动公开）"


def make_a(final):
    doc = new_doc()
    tk = Tracked(doc, final)
    core(doc, "李建国", "2024-06-11T10:05:00")
    if not final: track_settings(doc)
    red_head(doc, A_ORGAN, A_NO_SEGS, render=tk.render)
    p = para(doc, "", XBS, 22, "c", False, before=18, after=18, exact=33); tk.render(p, A_TITLE_SEGS, XBS, 22)
    para(doc, A_ADDR, indent=False)
    p = para(doc); tk.render(p, A_PRE)
    p = para(doc); tk.render(p, A_H1, HEI, old_font=FS)
    for segs in (A_1_1, A_1_2):
        p = para(doc); tk.render(p, segs)
    if not final:
        p = para(doc); tk.render(p, A_1_3_DEL); tk.mark(p, "del", 1)
    p = para(doc); tk.render(p, A_1_4)
    p = para(doc); tk.render(p, A_H2, HEI, old_font=FS)
    for segs in (A_2_1, A_2_2):
        p = para(doc); tk.render(p, segs)
    p = para(doc); tk.render(p, A_2_3_INS); tk.mark(p, "ins", 1)
    p = para(doc); tk.render(p, A_H3, HEI, old_font=FS)
    if final:
        p = para(doc); tk.render(p, A_3_A + A_3_B)
    else:
        p = para(doc); tk.render(p, A_3_A); tk.mark(p, "del", 0)
        p = para(doc); tk.render(p, A_3_B)
    rows = [r for r in A_ROWS if not (final and r[0] == "del")]
    t = doc.add_table(rows=1 + len(rows), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A_TH): cell_text(t.rows[0].cells[i], h, HEI, 14)
    row_flags(t.rows[0], True, True)
    for r, (mk, cells) in enumerate(rows, 1):
        row = t.rows[r]
        for i, segs in enumerate(cells):
            cp = cell_text(row.cells[i], "", FS, 14, "c" if i in (0, 3) else "l")
            tk.render(cp, segs, FS, 14); tk.mark(cp, mk if mk == "ins" else None, 1)
        row_flags(row); tk.row_mark(row, mk, 1)
    set_grid(t, [1.3, 5.4, 5.6, 3.3])
    p = para(doc, before=6); tk.render(p, A_CONTACT)
    p = para(doc, A_ORG, FS, 16, "r", False, before=LINE * 2); p.paragraph_format.right_indent = Cm(4)
    p = para(doc, "", FS, 16, "r", False); p.paragraph_format.right_indent = Cm(3.4); tk.render(p, A_DATE_SEGS)
    para(doc, A_PUB)
    return doc


expected["blind53_shaanxi_tongzhi"] = [{
    "meta": {"title": final_text(A_TITLE_SEGS), "doc_number": final_text(A_NO_SEGS), "issuer": A_ORG, "date": "2024-06-12",
             "level": "provincial", "region": "陕西省"},
    "clauses": [final_text(A_PRE), final_text(A_1_1), final_text(A_1_2), final_text(A_1_4), final_text(A_2_1), final_text(A_2_2), final_text(A_2_3_INS),
                final_text(A_3_A) + final_text(A_3_B)]
    + [row_text(A_TH, [final_text(c) for c in cells]) for mk, cells in A_ROWS if mk != "del"]
    + [final_text(A_CONTACT)],
    "_note": "The .docx holds unaccepted tracked changes and comments; read as the final text (insertions kept, deletions dropped), which is exactly what the PDF prints. "
             "Traps: 文号 is 陕商发〔2024〕〔del 112〕〔ins 118〕号 -> 陕商发〔2024〕118号 (never 112 or 112118); title has '进一步' inserted; 成文日期 2024年6月〔del 3〕〔ins 12〕日 -> 2024-06-12 (never 6月3日, never 6月312日); "
             "一、（一） 年开行量 '〔del 50〕〔ins 100〕列〔ins 及以上〕' -> 100列及以上; （二） 9月30日 -> 10月31日; "
             "一、（三）建设中欧班列数字化平台 is deleted whole (runs and paragraph mark): no clause, no text anywhere; the next item is renumbered 〔del 四〕〔ins 三〕 -> （三）; "
             "二、（三）加强国际商事法律服务 is a wholly inserted paragraph: a clause; "
             "under 三、 the first paragraph's mark is deleted, so it and '工作推进中的重大问题…' are ONE paragraph in the final text (two clauses: medium); "
             "table: row 3 (建设中欧班列数字化平台) is a deleted row -> absent; row 5 (加强国际商事法律服务) an inserted row -> present; 序号 cells edited 4->3, 5->4; 完成时限 9->10月底. "
             "The three comments (批注: '原稿50列偏低…', '请与省交通运输厅核对…', '数字化平台由省口岸办牵头…') are not body text and must not appear in any clause or metadata. "
             "一、二、三、 are headings (not clauses; kept as kind heading tolerable). 联系人 line may be kept or dropped. 版头, signature, date, （此件主动公开）, footer '— N —' are furniture. "
             "Any deleted text (112, 6月3日, 原则上, 50, 刘洋, 加快, 打造一批班列物流龙头企业, 确保各项任务落地见效, 扩大陕西自贸试验区国际影响力, 数字化平台) showing up is high.",
}]

# ==================================================================== (b) web text pasted into Word
B_TITLE = "青岛市商务局 青岛市财政局关于印发《中国（山东）自由贸易试验区青岛片区支持企业开拓共建“一带一路”国家市场实施细则》的通知"
B_NO = "青商发〔2024〕58号"
B_ADDR = "各区（市）商务主管部门、财政局，中国（山东）自由贸易试验区青岛片区管委会，有关企业："
# body paragraphs are lists of visual lines (joined by Shift+Enter in the .docx); lead = indentation string as pasted
B_BODY = ["为推动中国（山东）自由贸易试验区青岛片区企业深度融入共建「一带一路」，根据《青岛市推进共建“一带一路”高质量发展若干政策措施》，市商务局、市财政局制定了",
          "《中国（山东）自由贸易试验区青岛片区支持企业开拓共建“一带一路”国家市场实施细则》，现印发给你们，请认真贯彻执行。"]
B_ORGS = ["青岛市商务局", "青岛市财政局"]; B_DATE = "2024年8月20日"
B_SUB = "中国（山东）自由贸易试验区青岛片区支持企业开拓共建“一带一路”国家市场实施细则"
# (kind, lead, lines): kind "ch" chapter heading, "p" paragraph (lines joined by soft breaks), "num" a lone number paragraph
B_XZ = [
    ("ch", "", ["第一章　总则"]),
    ("p", FW * 2, ["第一条　为支持中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）企业开拓共建“一带一路”国家市场，提升贸易投资自由化便利化水平，制定本细则。"]),
    ("p", NB * 4, ["第二条" + NB * 2 + "本细则适用于在青岛片区依法注册登记、具有独立法人资格，且", "近两年在商务、海关、税务、市场监管等领域无严重失信记录的企业。" + NB]),
    ("p", FW * 2, ["第三条　本细则所需资金从市级外经贸发展专项资金中列支，由市商务局、市财政局按照职责分工共同管理。"]),
    ("nbsp", "", [NB]),
    ("ch", "", ["第二章　支持内容"]),
    ("p", FW * 2, ["第四条　对青岛片区企业开展下列业务的，按照本细则给予支持："]),
    ("p", FW * 2, ["（一）参加市商务局认定的共建「一带一路」国家境外重点展会的，按照展位费给予补助；"]),
    ("p", FW * 2, ["（二）在共建“一带一路”国家新设海外仓、境外营销网络的，按照实际投资额给予补助；"]),
    ("num", FW * 2, ["（三）"]),
    ("p", FW * 2, ["通过中国（青岛）国际贸易「单一窗口」申报出口至上海合作组织成员国的，按照出口额给予奖励；"]),
    ("p", NB * 4, ["（四）开行至共建“一带一路”国家的中欧班列、海铁联运班列的，按照实际开行列数给予补助。"]),
    ("p", FW * 2, ["第五条　第四条所列事项的具体支持标准见下表，单家企业年度累计支持金额最高不超过200" + NB + "万元。"]),
    ("table", "", []),
    ("nbsp", "", [NB]),
    ("ch", "", ["第三章　申报和拨付"]),
    ("p", FW * 2, ["第六条　申报和拨付按照以下程序办理："]),
    ("p", FW * 2, ["（一）企业于每年3月31日前通过青岛市商务发展专项资金管理系统提交上一年度申报材料；"]),
    ("num", FW * 2, ["（二）"]),
    ("p", FW * 2, ["各区（市）商务主管部门会同财政部门进行初审，于4月30日前将初审意见报送市商务局；"]),
    ("p", FW * 2, ["（三）市商务局组织第三方机构审核，经公示无异议后，由市财政局按程序拨付资金。"]),
    ("p", FW * 2, ["第七条　有下列情形之一的，取消当年度申报资格，已拨付的资金予以追回：", "（一）提供虚假申报材料的；", "（二）同一事项重复申报市级其他专项资金的；", "（三）被列入严重失信主体名单的。"]),
    ("nbsp", "", [NB]),
    ("ch", "", ["第四章　附则"]),
    ("p", FW * 2, ["第八条　本细则由市商务局、市财政局负责解释。"]),
    ("p", FW * 2, ["第九条" + FW + "本细则自2024年9月1日起施行，有效期至2026年12月31日。"]),
]
B_TH = ["序号", "支持事项", "支持标准", "单家企业年度上限（万元）"]
B_TR = [
    ["1", "境外重点展会（标准展位）", "按照展位费的70%给予补助", "30"],
    ["2", "境外重点展会（特装展位）", "按照展位费的50%给予补助", "50"],
    ["3", "境外重点展会参展人员", "每个展位补助2人往返国际机票费用", "10"],
    ["4", "新设海外仓（自建）", "按照实际投资额的10%给予补助", "100"],
    ["5", "新设海外仓（租赁）", "按照年度租金的20%给予补助", "50"],
    ["6", "新设境外营销网络", "按照实际投资额的10%给予补助", "50"],
    ["7", "经「单一窗口」申报出口至上海合作组织成员国", "出口额每1亿元奖励10万元", "50"],
    ["8", "经「单一窗口」申报出口至其他共建“一带一路”国家", "出口额每1亿元奖励5万元", "30"],
    ["9", "开行中欧班列（整列）", "每列补助2万元", "100"],
    ["10", "开行海铁联运班列（整列）", "每列补助1万元", "50"],
    ["11", "首次开行至共建“一带一路”国家新线路", "一次性奖励20万元", "20"],
]


def web_auto_spacing(p):
    sp = p._p.get_or_add_pPr().find(qn("w:spacing"))
    if sp is None:
        sp = OxmlElement("w:spacing"); p._p.get_or_add_pPr().append(sp)
    sp.set(qn("w:beforeAutospacing"), "1"); sp.set(qn("w:afterAutospacing"), "1")


def web_para(doc, lead, lines, font=SONG, size=12, align="l", bold=False, auto=False):
    p = doc.add_paragraph()
    fmt(p, size, align, False, 0, 0, None)
    if auto: web_auto_spacing(p)   # <p> pasted from the web page: "auto" space before/after
    set_run(p.add_run(lead + "\n".join(lines)), font, size, bold)   # "\n" -> <w:br/> (Shift+Enter)
    return p


def web_table(doc, rows):
    t = doc.add_table(rows=1 + len(rows), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(B_TH): cell_text(t.rows[0].cells[i], h, SONG, 10.5, "c", True, exact=21)
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals):
            p = cell_text(t.rows[r].cells[i], v, SONG, 10.5, "c" if i in (0, 3) else "l", exact=21)
            p.paragraph_format.space_before = Pt(5); p.paragraph_format.space_after = Pt(5)   # web table cell padding
    for row in t.rows: row_flags(row)
    set_grid(t, [1.3, 6.0, 5.4, 2.9])
    return t


def make_b(split=None):
    doc = new_doc(SONG, 12, "- {} -", 10.5)
    core(doc, "Administrator", "2024-08-27T15:12:00")
    web_para(doc, "", [B_TITLE], SONG, 16, "c", True, auto=True)
    web_para(doc, "", [B_NO], SONG, 12, "c", auto=True)
    web_para(doc, "", [B_ADDR], auto=True)
    web_para(doc, FW * 2, B_BODY, auto=True)
    web_para(doc, "", [FW * 8 + B_ORGS[0] + FW * 4 + B_ORGS[1]], align="r")
    web_para(doc, "", [B_DATE + FW * 4], align="r")
    web_para(doc, "", [NB])
    web_para(doc, "", [B_SUB], SONG, 15, "c", True)
    for kind, lead, lines in B_XZ:
        if kind == "ch":
            web_para(doc, "", lines, SONG, 12, "c", True, auto=True)
        elif kind == "table":
            if split is None:
                web_table(doc, B_TR)
            else:   # the typist cut the table at the page end, typed 续表 and the header again
                web_table(doc, B_TR[:split])
                p = web_para(doc, "", ["续表"], SONG, 10.5, "l", True); p.paragraph_format.page_break_before = True
                web_table(doc, B_TR[split:])
        else:
            web_para(doc, lead, lines)
    return doc


def b_clauses():
    out = ["".join(B_BODY)]
    hold = None
    for kind, lead, lines in B_XZ:
        if kind in ("ch", "nbsp"): continue
        if kind == "table":
            out += [row_text(B_TH, r) for r in B_TR]; continue
        if kind == "num": hold = lines[0]; continue
        txt = "".join(lines).replace(NB + NB, FW).replace(NB, "").strip()
        if hold: txt = hold + txt; hold = None
        if len(lines) > 2 and lines[1].startswith("（一）"):   # 第七条: soft-break separated items
            out.append(lines[0]); out += lines[1:]
        else:
            out.append(txt)
    return out


expected["blind53_qingdao_xize"] = [{
    "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": "青岛市商务局；青岛市财政局", "date": "2024-08-20", "level": "municipal", "region": "山东省青岛市",
             "effective": "2024-09-01", "expires": "2026-12-31"},
    "clauses": b_clauses(),
    "_note": "Web text pasted into Word (宋体 小四, auto spacing, no 版头). Joint issuers 青岛市商务局 + 青岛市财政局 (title starts '青岛市商务局 青岛市财政局关于…'). "
             "The 实施细则 follows the 印发通知 in the same file (its title a heading or a sub-document: tolerable). 第一章…第四章 are headings. "
             "Indentation is typed: two U+3000 or four U+00A0 at the start of paragraphs; leading whitespace is not text (kept: low). "
             "Separator after 第X条 is U+3000, or two NBSP (第二条), written here as U+3000: any whitespace or none tolerable. "
             "'200\\u00a0万元' in 第五条 is written 200万元 here; a kept NBSP/space is low. Trailing NBSP on 第二条 and the &nbsp;-only paragraphs are not text/clauses. "
             "Shift+Enter breaks: inside the 通知 body and inside 第二条 mid-sentence -> joined with nothing (a newline/space inside a clause: low); "
             "第七条 is one paragraph whose items （一）（二）（三） are separated by Shift+Enter: expected as lead + 3 clauses (kept as one clause: medium). "
             "'（三）' under 第四条 and '（二）' under 第六条 are paragraphs of their own followed by the text paragraph: one clause each '（三）通过…' (number alone as clause, or text without its number: medium). "
             "「」 quotes kept as printed (turned into “”: low). Table under 第五条 is split by hand at the page end: first part on page 2, then '续表' at the top of page 3 and the header typed again above the remaining rows; "
             "11 rows expected, header not a row, '续表' not a clause and not glued into a row. Signature line (two organs on one line), date, page numbers '- N -' are furniture.",
}]

# ==================================================================== (c) 特急 joint notice, 版头 and 版记 as tables
C_FENHAO = "000035"; C_URG = "特急"
C_ORGS = ["钦州市商务局", "钦州市交通运输局"]
C_NO = "钦商务发〔2024〕27号"; C_QF = "签发人：黄志强　覃海燕"
C_TITLE = "钦州市商务局 钦州市交通运输局关于做好台风“摩羯”影响期间西部陆海新通道海铁联运保通保畅工作的紧急通知"
C_ADDR = "各县区商务主管部门、交通运输局，中国（广西）自由贸易试验区钦州港片区管委会，广西北部湾国际港务集团钦州港务分公司，有关物流企业："
C_PRE = "据自治区气象台预报，今年第11号台风“摩羯”将于9月6日至7日影响我市。为最大限度减轻台风对西部陆海新通道海铁联运班列和钦州港集装箱作业的影响，保障共建“一带一路”国际物流供应链稳定畅通，现就有关事项紧急通知如下："
C_ITEMS = [
    ("一、提前做好班列运输组织调整。", "钦州港片区管委会要会同铁路部门，于9月5日18时前完成在途海铁联运班列动态排查，对受影响的渝桂、川桂、滇桂等方向班列及时调整开行计划，并逐一告知托运企业。"),
    ("二、全力保障港口集疏运安全。", "钦州港务分公司要提前加固岸桥、场桥等大型设备，停止台风影响期间的高空和水上作业；对滞港的冷链、危险货物集装箱实行专人盯守，确保不发生次生事故。"),
    ("三、优化应急通关和转运服务。", "钦州港片区管委会要协调海关、海事等部门，对受影响的东盟国家进出口货物实行“提前申报、应急转关”，台风过后48小时内优先安排滞留班列和船舶作业。"),
    ("四、严格落实值班值守和信息报送。", "各单位要严格执行24小时值班和领导带班制度，9月6日至8日每日16时前将班列开行、港口作业和受灾损失情况报送市商务局，重大情况随时报告。"),
]
C_DATE = "2024年9月5日"
C_FUZHU = "（联系人：韦俊杰，联系电话：0777-2826315）"
C_CC = "抄送：自治区商务厅，自治区交通运输厅，钦州海关，钦州海事局，中国铁路南宁局集团有限公司钦州车务段。"
C_PRINTER = "钦州市商务局办公室"; C_PDATE = "2024年9月5日印发"


def cell_valign(cell, v="center"):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if v == "center" else WD_CELL_VERTICAL_ALIGNMENT.TOP


def make_c(gap=0):
    doc = new_doc()
    core(doc, "市商务局口岸物流科", "2024-09-05T11:20:00")
    # 版头: 4-row borderless table
    t = doc.add_table(rows=4, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, {})
    cell_text(t.cell(0, 0), C_FENHAO, HEI, 16, "l", exact=LINE)
    cell_text(t.cell(1, 0), C_URG, HEI, 16, "l", exact=LINE)
    c = t.cell(2, 0)
    p = cell_text(c, C_ORGS[0], XBS, 24, "d", color="FF0000", exact=38)
    p2 = c.add_paragraph(); fmt(p2, 24, "d", False, 0, 0, 38); set_run(p2.add_run(C_ORGS[1]), XBS, 24, False, "FF0000")
    cell_valign(c)
    c = t.cell(2, 1); cell_text(c, "文件", XBS, 42, "l", color="FF0000", exact=56); cell_valign(c)
    p = cell_text(t.cell(3, 0), C_NO, FS, 16, "l", exact=LINE); p.paragraph_format.space_before = Pt(20)
    p = cell_text(t.cell(3, 1), "", FS, 16, "r", exact=LINE); p.paragraph_format.space_before = Pt(20)
    lab, names = C_QF.split("：")
    set_run(p.add_run(lab + "："), FS, 16); set_run(p.add_run(names), KAI, 16)
    set_grid(t, [8.4, 7.2])
    p = para(doc, "", FS, 8, "c", False, exact=8); rule_below(p, 18)
    para(doc, C_TITLE, XBS, 22, "c", False, before=10, after=10, exact=33)
    para(doc, C_ADDR, indent=False)
    para(doc, C_PRE)
    for h, body in C_ITEMS:
        p = para(doc); set_run(p.add_run(h), HEI, 16); set_run(p.add_run(body), FS, 16)
    p = para(doc, FW * 2 + C_ORGS[0] + FW * 4 + C_ORGS[1], FS, 16, "r", False, before=LINE); p.paragraph_format.right_indent = Cm(1.2)
    p = para(doc, C_DATE, FS, 16, "r", False); p.paragraph_format.right_indent = Cm(2.6)
    para(doc, C_FUZHU, before=0)
    sp = para(doc, "", FS, 16, "l", False, before=gap, exact=LINE)
    # 版记: ruled 2-row table
    t = doc.add_table(rows=2, cols=1); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, {"top": ("single", 8, "000000"), "bottom": ("single", 8, "000000"), "insideH": ("single", 4, "000000")})
    p = cell_text(t.cell(0, 0), C_CC, FS, 14, "j", exact=LINE)
    p.paragraph_format.left_indent = Pt(14 * 4); p.paragraph_format.first_line_indent = Pt(-14 * 3); p.paragraph_format.right_indent = Pt(14)
    p = cell_text(t.cell(1, 0), "", FS, 14, "l", exact=LINE)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run(C_PRINTER + "\t" + C_PDATE), FS, 14)
    set_grid(t, [15.6])
    # the paragraph Word keeps after a closing table: shrunk to 1 pt so it does not open a new page
    p = para(doc, "", FS, 1, "l", False, exact=1)
    return doc


expected["blind53_qinzhou_jinji"] = [{
    "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": "钦州市商务局；钦州市交通运输局", "date": "2024-09-05", "level": "municipal",
             "region": "广西壮族自治区钦州市"},
    "clauses": [C_PRE] + [h + b for h, b in C_ITEMS],
    "_note": "GB/T 9704 上行-style 版头 built as a borderless 4-row table: 份号 000035, 特急, the two issuer names stacked in red in one cell with 文件 in the next cell, then 文号 left and '签发人：黄志强　覃海燕' right. "
             "None of these are clauses; the title is the 紧急通知 line, not '钦州市商务局钦州市交通运输局文件' nor '000035'/'特急'; 签发人 names are not issuers; doc_number is 钦商务发〔2024〕27号. "
             "一、–四、 have run-in 黑体 headings (splitting the heading sentence off: tolerable). Joint signature on one line + date, the 附注 '（联系人：韦俊杰，联系电话：0777-2826315）' (kept as a clause: low), "
             "and the 版记 table (抄送 line; 钦州市商务局办公室 … 2024年9月5日印发) are furniture: not clauses; cc/printed_by fields may hold them. "
             "Places: 钦州市 / 钦州港片区 apply; 渝桂、川桂、滇桂 are train directions and 东盟国家 trading partners, not places where the clause applies (listing them: medium).",
}]


def build(make, name, **kw):
    dx = os.path.join(HERE, name + ".docx"); pdf = os.path.join(HERE, name + ".pdf")
    make(**kw).save(dx); to_pdf(dx, pdf)
    return pages(pdf)


if __name__ == "__main__":
    # (a): the tracked .docx next to us; the PDF from the accepted (final) version, as "No Markup" export gives
    name = "blind53_shaanxi_tongzhi"
    make_a(False).save(os.path.join(HERE, name + ".docx"))
    tmpd = tempfile.mkdtemp(prefix="b53a_")
    try:
        fin = os.path.join(tmpd, name + ".docx"); make_a(True).save(fin)
        to_pdf(fin, os.path.join(HERE, name + ".pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    pg = pages(os.path.join(HERE, name + ".pdf"))
    print("a pages", len(pg), "table", page_of(pg, "重点任务责任单位"), "date", page_of(pg, "2024年6月12日"), file=sys.stderr)
    # (b)
    pg = build(make_b, "blind53_qingdao_xize")
    first = page_of(pg, B_TR[0][0] + B_TR[0][1][:5])
    split = max(k for k in range(1, len(B_TR) + 1) if page_of(pg, B_TR[k - 1][0] + B_TR[k - 1][1][:5]) == first)
    assert split < len(B_TR), "table does not run over the page"
    pg = build(make_b, "blind53_qingdao_xize", split=split)
    print("b pages", len(pg), "split after row", split, "table", first, "xubiao", page_of(pg, "续表"), file=sys.stderr)
    # (c): push the 版记 to the foot of the last page without adding a page
    def same(g):
        pg = build(make_c, "blind53_qinzhou_jinji", gap=g)
        return page_of(pg, "抄送") == page_of(pg, C_DATE) == len(pg)
    assert same(0), "版记 does not fit on the last text page"
    lo, hi = 0, 700
    while hi - lo > 4:
        mid = (lo + hi) // 2
        if same(mid): lo = mid
        else: hi = mid
    pg = build(make_c, "blind53_qinzhou_jinji", gap=max(lo - 6, 0))
    print("c pages", len(pg), "gap", lo, "cc", page_of(pg, "抄送"), file=sys.stderr)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
