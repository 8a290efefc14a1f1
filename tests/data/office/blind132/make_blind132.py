# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 132: a provincial 商务厅 policy-briefing deck (政策宣讲课件) as it is shared.

Writes next to itself:
  blind132_hunan_kejian.pptx  -- the deck (16:9, title slide, agenda, two-level bullets,
                                 a table 措施｜支持标准｜申报时间, a callout "划重点：最高500万元",
                                 footer "湖南省商务厅" + slide number on every slide, speaker notes)
  blind132_hunan_kejian.pdf   -- what LibreOffice Impress makes of it (slides only)
  blind132_hunan_notes.pdf    -- the same deck exported as notes pages (slide on top, notes below)
  expected.json               -- what a careful analyst would take out of each PDF

All numbers, phone numbers and document numbers are fictional.
"""
import json
import shutil
import subprocess
import tempfile
from copy import deepcopy
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
STEM = "blind132_hunan_kejian"
NOTES_STEM = "blind132_hunan_notes"

RED = RGBColor(0xC0, 0x00, 0x00)
DARK = RGBColor(0x26, 0x26, 0x26)
GREY = RGBColor(0x59, 0x59, 0x59)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
FONT = "微软雅黑"
ORGAN = "湖南省商务厅"

POLICY = "《关于支持中国（湖南）自由贸易试验区高质量发展的若干措施》"
POLICY_NO = "湘政办发〔2025〕9号"
DECK_TITLE = POLICY + "政策解读"
DECK_DATE = "2025年3月18日"


def set_font(run, size=None, bold=None, color=None, name=FONT):
    f = run.font
    if size: f.size = Pt(size)
    if bold is not None: f.bold = bold
    if color is not None: f.color.rgb = color
    f.name = name
    rPr = run._r.get_or_add_rPr()
    for tag in ("a:ea", "a:cs"):
        el = rPr.find(qn(tag))
        if el is None:
            el = etree.SubElement(rPr, qn(tag))
        el.set("typeface", name)


def widen_to_16x9(prs):
    """Default template is 4:3; stretch master and layouts horizontally."""
    k = 13.333 / 10.0
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for holder in [prs.slide_master] + list(prs.slide_layouts):
        for sh in holder.shapes:
            if sh.left is not None and sh.width is not None:
                sh.left = Emu(int(sh.left * k))
                sh.width = Emu(int(sh.width * k))


def decorate_master(prs):
    """Red band at top and thin red rule above the footer on the master, no text (the 政务 look).
    MasterShapes cannot add shapes, so draw them on a scratch deck and move the XML over."""
    scratch = Presentation()
    scratch.slide_width, scratch.slide_height = prs.slide_width, prs.slide_height
    ss = scratch.slides.add_slide(scratch.slide_layouts[6])
    band = ss.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(0.18))
    band.fill.solid(); band.fill.fore_color.rgb = RED; band.line.fill.background()
    rule = ss.shapes.add_connector(1, Inches(0.5), Inches(6.85), prs.slide_width - Inches(0.5), Inches(6.85))
    rule.line.color.rgb = RED; rule.line.width = Pt(1)
    tree = prs.slide_master.shapes._spTree
    for sh in (rule, band):
        tree.insert(2, deepcopy(sh._element))


def clone_footer(slide, number):
    """What PowerPoint's 页眉和页脚 > 全部应用 does: copy the footer and slide-number placeholders."""
    layout = slide.slide_layout
    for ph in layout.placeholders:
        t = ph.placeholder_format.type
        idx = ph.placeholder_format.idx
        if idx == 11:  # footer
            slide.shapes.clone_placeholder(ph)
            shp = next(s for s in slide.placeholders if s.placeholder_format.idx == 11)
            shp.left, shp.top, shp.width, shp.height = Inches(0.5), Inches(6.92), Inches(5.0), Inches(0.4)
            tf = shp.text_frame
            tf.text = ""
            p = tf.paragraphs[0]
            p.alignment = PP_ALIGN.LEFT
            r = p.add_run(); r.text = ORGAN
            set_font(r, 12, False, GREY)
        elif idx == 12:  # slide number
            slide.shapes.clone_placeholder(ph)
            shp = next(s for s in slide.placeholders if s.placeholder_format.idx == 12)
            shp.left, shp.top, shp.width, shp.height = Inches(11.3), Inches(6.92), Inches(1.5), Inches(0.4)
            tf = shp.text_frame
            tf.text = ""
            p = tf.paragraphs[0]
            p.alignment = PP_ALIGN.RIGHT
            fld = etree.SubElement(p._p, qn("a:fld"))
            fld.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
            fld.set("type", "slidenum")
            rPr = etree.SubElement(fld, qn("a:rPr"))
            rPr.set("lang", "zh-CN"); rPr.set("sz", "1200")
            sf = etree.SubElement(rPr, qn("a:solidFill"))
            c = etree.SubElement(sf, qn("a:srgbClr")); c.set("val", "595959")
            lat = etree.SubElement(rPr, qn("a:latin")); lat.set("typeface", FONT)
            ea = etree.SubElement(rPr, qn("a:ea")); ea.set("typeface", FONT)
            t_el = etree.SubElement(fld, qn("a:t")); t_el.text = str(number)


def set_title(slide, text, size=30):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(0.9)
    tf = t.text_frame
    tf.text = ""
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    r = p.add_run(); r.text = text
    set_font(r, size, True, RED)
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE


def fill_bullets(body, items, size1=22, size2=18):
    """items: list of (level, text)."""
    tf = body.text_frame
    tf.word_wrap = True
    tf.text = ""
    first = True
    for level, text in items:
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.level = level
        r = p.add_run(); r.text = text
        if level == 0:
            set_font(r, size1, True, DARK)
            p.space_before = Pt(10)
        else:
            set_font(r, size2, False, DARK)
            p.space_before = Pt(4)


def add_notes(slide, paras):
    tf = slide.notes_slide.notes_text_frame
    tf.text = paras[0]
    for t in paras[1:]:
        p = tf.add_paragraph(); p.text = t


# ---------------------------------------------------------------- content
BACKGROUND = [
    (0, "贯彻落实国家自贸试验区提升战略"),
    (1, "中国（湖南）自由贸易试验区挂牌以来，长沙、岳阳、郴州三个片区累计形成制度创新成果136项，其中8项在全国复制推广"),
    (1, "国家要求自贸试验区加大首创性、差别化改革探索，打造开放型经济新高地"),
    (0, "服务共建“一带一路”和中非经贸深度合作"),
    (1, "依托中国—非洲经贸博览会长期落户长沙，推动对非贸易投资便利化"),
    (1, "2024年全省对共建“一带一路”国家进出口额同比增长11.8%，占全省外贸比重达46.2%"),
    (0, "省政府办公厅于2025年2月26日印发" + POLICY + "（" + POLICY_NO + "）"),
]
MAIN1 = [
    (0, "适用范围"),
    (1, "中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区（以下统称“自贸片区”）"),
    (1, "在自贸片区内依法登记注册、具有独立法人资格、近三年无严重失信记录的企业和机构"),
    (0, "总体框架：5个方面18条措施"),
    (1, "制度创新、贸易便利化、投资促进、金融开放、人才保障"),
    (0, "资金来源"),
    (1, "省级外经贸发展专项资金统筹安排，片区所在市按1:1比例配套"),
    (1, "同一项目符合多项支持政策的，按“就高不重复”原则执行"),
]
MAIN2 = [
    (0, "支持首创性制度创新"),
    (1, "入选国务院自贸试验区改革试点经验复制推广的，每项奖励牵头单位100万元"),
    (1, "入选商务部自贸试验区“最佳实践案例”的，每项奖励牵头单位50万元"),
    (0, "支持对非贸易新业态"),
    (1, "对开展对非易货贸易、非洲非资源性产品进口的企业，按年度进口额的1%给予补助，单个企业最高300万元"),
    (0, "支持跨境电商海外仓建设"),
    (1, "在共建“一带一路”国家新建公共海外仓，按实际投资额的20%给予补助，单个项目最高500万元"),
]
TABLE_HEAD = ["措施", "支持标准", "申报时间"]
TABLE_ROWS = [
    ["首创性制度创新奖励", "国家级复制推广每项100万元；部级最佳实践案例每项50万元", "每年4月1日—4月30日"],
    ["对非贸易新业态补助", "年度进口额的1%，单个企业最高300万元", "每年6月1日—6月30日"],
    ["跨境电商海外仓建设", "实际投资额的20%，单个项目最高500万元", "每年6月1日—6月30日"],
    ["总部企业落户奖励", "首个完整年度营业收入10亿元以上的，一次性奖励500万元", "常年受理"],
    ["高层次人才安家补贴", "每人一次性补贴30万元，分3年发放", "每季度首月"],
]
CALLOUT = "划重点：最高500万元"
GUIDE = [
    (0, "申报流程"),
    (1, "企业通过“湖南省商务公共服务平台”在线填报，同步提交纸质材料一式两份"),
    (1, "片区管委会15个工作日内完成初审，省商务厅会同省财政厅复审，结果公示5个工作日"),
    (0, "申报材料"),
    (1, "申报表、营业执照复印件、上年度审计报告、项目投资或进口额证明材料"),
    (0, "实施期限"),
    (1, "措施自2025年4月1日起施行，有效期至2027年12月31日"),
    (1, "2025年度首批申报截止时间为2025年4月30日"),
]
CONTACTS = [
    (0, "省商务厅自贸试验区处：0731-88886601"),
    (0, "长沙片区管委会企业服务局：0731-88886602"),
    (0, "岳阳片区管委会综合部：0730-8886603"),
    (0, "郴州片区管委会经济发展部：0735-2886604"),
]

NOTES = {
    1: ["各位企业代表，大家上午好！受厅党组委托，我就" + POLICY + "作政策解读。"],
    2: ["今天的解读分四个部分，大约用时40分钟，最后留出时间答疑。"],
    3: ["出台背景这一页不展开讲，大家重点记住一个数字：全省对共建“一带一路”国家进出口已接近全省外贸的一半。",
        "措施由省政府办公厅印发，省商务厅牵头负责解释。"],
    4: ["这里特别提醒：分支机构不能单独申报，须由具有独立法人资格的总部或子公司申报。",
        "市级配套资金由片区所在市财政在省级资金下达后30日内拨付到位。"],
    5: ["首创性制度创新奖励以牵头单位为对象，同一成果只奖励一次，参与单位之间的分配由牵头单位自行确定。",
        "对非贸易新业态补助的进口额以海关统计数据为准，只计算在湖南关区申报的部分。"],
    6: ["表格汇总了五项主要资金支持的标准和申报时间，请大家对照准备材料。",
        "总部企业落户奖励的“首个完整年度”是指企业落户后第一个完整的自然年度。",
        "高层次人才安家补贴须在自贸片区企业连续工作满1年后申请。"],
    7: ["申报系统将于2025年4月1日开通，逾期未申报的视为自动放弃当年度支持。"],
    8: ["会后各片区将组织专场对接会，具体时间另行通知。"],
    9: ["谢谢大家！"],
}


def build_pptx(path):
    prs = Presentation()
    widen_to_16x9(prs)
    decorate_master(prs)
    L_TITLE, L_CONTENT, L_TONLY, L_BLANK = [prs.slide_layouts[i] for i in (0, 1, 5, 6)]
    n = 0

    # 1 title slide
    s = prs.slides.add_slide(L_TITLE); n += 1
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(1.0), Inches(1.9), Inches(11.3), Inches(2.0)
    tf = t.text_frame; tf.text = ""; tf.word_wrap = True
    r = tf.paragraphs[0].add_run(); r.text = POLICY
    set_font(r, 34, True, RED)
    p2 = tf.add_paragraph(); r = p2.add_run(); r.text = "政策解读"
    set_font(r, 34, True, RED)
    for p in tf.paragraphs: p.alignment = PP_ALIGN.CENTER
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(2.0), Inches(4.4), Inches(9.3), Inches(1.4)
    tf = sub.text_frame; tf.text = ""
    r = tf.paragraphs[0].add_run(); r.text = ORGAN
    set_font(r, 24, False, DARK)
    p2 = tf.add_paragraph(); r = p2.add_run(); r.text = DECK_DATE
    set_font(r, 20, False, GREY)
    for p in tf.paragraphs: p.alignment = PP_ALIGN.CENTER
    clone_footer(s, n); add_notes(s, NOTES[n])

    # 2 agenda
    s = prs.slides.add_slide(L_TONLY); n += 1
    set_title(s, "目  录")
    for i, (num, txt) in enumerate([("01", "出台背景"), ("02", "主要内容"), ("03", "申报指引"), ("04", "联系方式")]):
        y = Inches(1.7 + i * 1.15)
        box = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(3.2), y, Inches(1.1), Inches(0.8))
        box.fill.solid(); box.fill.fore_color.rgb = RED; box.line.fill.background()
        bt = box.text_frame; bt.text = ""
        r = bt.paragraphs[0].add_run(); r.text = num; set_font(r, 26, True, WHITE)
        bt.paragraphs[0].alignment = PP_ALIGN.CENTER
        tb = s.shapes.add_textbox(Inches(4.6), y, Inches(6.0), Inches(0.8))
        tb.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        r = tb.text_frame.paragraphs[0].add_run(); r.text = txt; set_font(r, 26, True, DARK)
    clone_footer(s, n); add_notes(s, NOTES[n])

    def content_slide(title, items, size1=22, size2=18):
        nonlocal n
        s = prs.slides.add_slide(L_CONTENT); n += 1
        set_title(s, title)
        body = s.placeholders[1]
        body.left, body.top, body.width, body.height = Inches(0.8), Inches(1.4), Inches(11.8), Inches(5.3)
        fill_bullets(body, items, size1, size2)
        clone_footer(s, n); add_notes(s, NOTES[n])
        return s

    content_slide("一、出台背景", BACKGROUND)
    content_slide("二、主要内容（1/3）", MAIN1)
    content_slide("二、主要内容（2/3）", MAIN2)

    # 6 table + callout
    s = prs.slides.add_slide(L_TONLY); n += 1
    set_title(s, "二、主要内容（3/3）")
    rows, cols = len(TABLE_ROWS) + 1, 3
    gt = s.shapes.add_table(rows, cols, Inches(0.6), Inches(1.45), Inches(9.3), Inches(4.9))
    tbl = gt.table
    for j, w in enumerate((2.4, 4.6, 2.3)):
        tbl.columns[j].width = Inches(w)
    for j, h in enumerate(TABLE_HEAD):
        c = tbl.cell(0, j); c.text = ""
        r = c.text_frame.paragraphs[0].add_run(); r.text = h; set_font(r, 18, True, WHITE)
        c.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        c.fill.solid(); c.fill.fore_color.rgb = RED
    for i, row in enumerate(TABLE_ROWS, start=1):
        for j, v in enumerate(row):
            c = tbl.cell(i, j); c.text = ""
            c.text_frame.word_wrap = True
            r = c.text_frame.paragraphs[0].add_run(); r.text = v; set_font(r, 15, j == 0, DARK)
            c.fill.solid(); c.fill.fore_color.rgb = RGBColor(0xFB, 0xEE, 0xEE) if i % 2 else WHITE
    co = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, Inches(10.2), Inches(2.2), Inches(2.7), Inches(1.6))
    co.fill.solid(); co.fill.fore_color.rgb = RGBColor(0xFF, 0xC0, 0x00); co.line.color.rgb = RED
    ctf = co.text_frame; ctf.word_wrap = True; ctf.text = ""
    r = ctf.paragraphs[0].add_run(); r.text = CALLOUT; set_font(r, 22, True, RED)
    ctf.paragraphs[0].alignment = PP_ALIGN.CENTER
    clone_footer(s, n); add_notes(s, NOTES[n])

    content_slide("三、申报指引", GUIDE)
    content_slide("四、联系方式", CONTACTS, size1=24)

    # last: thanks
    s = prs.slides.add_slide(L_BLANK); n += 1
    tb = s.shapes.add_textbox(Inches(1), Inches(2.6), Inches(11.3), Inches(1.5))
    tf = tb.text_frame
    r = tf.paragraphs[0].add_run(); r.text = "谢谢！"; set_font(r, 54, True, RED)
    tf.paragraphs[0].alignment = PP_ALIGN.CENTER
    p2 = tf.add_paragraph(); r = p2.add_run(); r.text = "欢迎批评指正"; set_font(r, 24, False, GREY)
    p2.alignment = PP_ALIGN.CENTER
    clone_footer(s, n); add_notes(s, NOTES[n])

    prs.core_properties.title = DECK_TITLE
    prs.core_properties.author = "省商务厅自贸试验区处"
    prs.save(path)


def convert(src, outname, filt):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", td, str(src)],
                       check=True, capture_output=True)
        shutil.move(str(Path(td) / (src.stem + ".pdf")), str(HERE / outname))


# ---------------------------------------------------------------- expected
def bullets_as_clauses(items):
    """A careful human keeps each level-2 bullet as a clause; a level-1 bullet with no
    children of its own is a clause, a level-1 bullet with children is a heading."""
    out = []
    for i, (lv, txt) in enumerate(items):
        has_kids = i + 1 < len(items) and items[i + 1][0] > lv
        if lv == 0 and has_kids:
            continue
        out.append(txt)
    return out


def expected():
    meta = {
        "title": DECK_TITLE,
        "doc_number": None,
        "issuer": [ORGAN],
        "date": "2025-03-18",
        "level": "provincial",
        "region": "湖南省",
        "effective": "2025-04-01",
        "expires": "2027-12-31",
        "attachments": [],
        "source_policy": {"title": POLICY, "doc_number": POLICY_NO, "issuer": ["湖南省人民政府办公厅"], "date": "2025-02-26"},
        "kind": "政策解读（宣讲课件）",
    }
    slide_clauses = (
        bullets_as_clauses(BACKGROUND)
        + bullets_as_clauses(MAIN1)
        + bullets_as_clauses(MAIN2)
        + ["；".join(f"{h}：{v}" for h, v in zip(TABLE_HEAD, row)) for row in TABLE_ROWS]
        + [CALLOUT]
        + bullets_as_clauses(GUIDE)
        + bullets_as_clauses(CONTACTS)
    )
    note_common = (
        "Furniture, not clauses: the footer '湖南省商务厅' and the slide number on every slide (the title "
        "slide too), the title slide (title/organ/date are metadata), the agenda slide (目录 01 出台背景 … "
        "04 联系方式), the slide titles ('一、出台背景', '二、主要内容（1/3）' …, which are headings; the "
        "(1/3)(2/3)(3/3) parts are one section), the closing '谢谢！欢迎批评指正'. Level-1 bullets that "
        "have sub-bullets ('适用范围', '支持首创性制度创新', '申报流程' …) are sub-headings; tolerable as "
        "their own heading clause or as a prefix of their children, not tolerable glued to the previous "
        "bullet's text. The callout '划重点：最高500万元' repeats the table; tolerable to keep it as a "
        "clause or drop it, not to glue it into a table row. Contact lines are low value; tolerable to "
        "drop. The deck itself has no 文号: '湘政办发〔2025〕9号' is the number of the policy it explains "
        "(tolerable if reported as doc_number with the policy title, but then issuer/date must be the "
        "policy's, not mixed). effective/expires come from the '实施期限' slide. Region: 湖南省 (the "
        "three 片区 are where it applies: 长沙片区、岳阳片区、郴州片区 of 中国（湖南）自由贸易试验区)."
    )
    notes_clauses = []
    for k in sorted(NOTES):
        notes_clauses.extend(NOTES[k])
    exp = {
        STEM: [{
            "meta": meta,
            "clauses": slide_clauses,
            "_note": note_common + " The PDF has one slide per page (16:9 landscape pages).",
        }],
        NOTES_STEM: [{
            "meta": meta,
            "clauses": slide_clauses + notes_clauses,
            "notes_clauses": notes_clauses,
            "_note": note_common + " Notes pages: each portrait 7.5×10 in page carries a scaled-down slide on top "
                     "(its text is still real text in the PDF) and the speaker notes as text below, plus "
                     "a page number at the foot. The slide text is what 'clauses' lists first; the notes "
                     "('notes_clauses') add details an analyst needs (分支机构不能单独申报; 市级配套30日内拨付; "
                     "进口额以湖南关区海关统计为准; 人才补贴须连续工作满1年; 申报系统2025年4月1日开通). "
                     "Greeting/closing notes ('各位企业代表，大家上午好…', '谢谢大家！', the agenda's "
                     "'大约用时40分钟') are tolerable to drop. Notes must not be glued to the slide's "
                     "bullets or to the next page's slide text.",
        }],
        STEM + ".pptx": {
            "_note": "The reader does not take .pptx; it should refuse in Chinese and suggest exporting to PDF.",
        },
    }
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2), encoding="utf-8")


def main():
    pptx_path = HERE / (STEM + ".pptx")
    build_pptx(pptx_path)
    convert(pptx_path, STEM + ".pdf", "pdf:impress_pdf_Export")
    notes_filter = ('pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                    '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')
    convert(pptx_path, NOTES_STEM + ".pdf", notes_filter)
    expected()


if __name__ == "__main__":
    main()
