# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 116: carelessly typed outlines in Chinese government office files.

Writes, next to this script:
  blind116_ningbo_notice.docx / .pdf   宁波市商务局 通知 — mixed full/half-width numbering, a duplicated 三、,
                                       a skipped （三）, item numbers stranded at line ends.
  blind116_nansha_plan.docx / .pdf     广州市南沙区人民政府办公室 印发工作方案 — Word auto-numbering converted to
                                       text ("一、<TAB>"), （一） restarts per 一、, 1. continues across （一）.
  blind116_xiamen_notice.docx / .pdf   厦门片区管委会 通知 — bold unnumbered headings, 一是…二是… inside paragraphs.
  expected.json                        what a careful human reads out of each file.

All names of organs and places are real; every number, date, 文号 and detail is fictional.
Run:  python make_blind116.py   (needs python-docx, Pillow, LibreOffice `soffice` on PATH)
"""

import json
import math
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
SAN = Pt(16)   # 三号
ER = Pt(22)    # 二号
SI = Pt(14)    # 四号
LINE = Pt(28.95)
NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

# Words added to item 1 of 二、（四） so that the "2．" typed right after it falls at the very end of a printed line
# (Word wrap strands the number there).  Tuned against the LibreOffice rendering.
FILL = sys.argv[1] if len(sys.argv) > 1 else "参展企业应当在展会结束后30日内提交总结"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SAN, bold=None, color=None):
    run.font.name = name
    run.font.size = size
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name if k == "w:eastAsia" else ("Times New Roman" if name in (FS, KT) else name))
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=2, line=LINE, before=0, after=0, left=None, hanging=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if hanging is not None:
        pf.left_indent = hanging
        pf.first_line_indent = -hanging
    elif indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    if left is not None:
        pf.left_indent = left
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    return p


def border(p, side="bottom", sz=12, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def add_tab_stop(p, pos_pt, kind="left"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:tabs %s><w:tab w:val="%s" w:pos="%d"/></w:tabs>' % (nsdecls("w"), kind, int(pos_pt * 20))))


_seal_n = [100]


def make_seal_png(text):
    path = HERE / "_seal.png"
    S = 600
    im = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (225, 20, 30, 215)
    d.ellipse((12, 12, S - 12, S - 12), outline=red, width=16)
    cx = cy = S / 2
    pts = []
    for k in range(10):
        rr = 85 if k % 2 == 0 else 34
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    n = len(text)
    font = ImageFont.truetype(NOTO, 62 if n <= 8 else 46)
    span = min(250, 26 * n if n <= 8 else 18 * n)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        r = S / 2 - 78
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        g = Image.new("RGBA", (80, 80), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((40, 40), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - 40), int(y - 40)))
    im.save(path)
    return path


def add_seal(paragraph, text, width_cm=4.0, x_cm=8.0, y_cm=-1.3):
    """Red seal as a floating picture behind the 落款 (wrapNone, behindDoc)."""
    png = make_seal_png(text)
    run = paragraph.add_run()
    run.add_picture(str(png), width=Cm(width_cm))
    inline = run._r.xpath(".//wp:inline")[0]
    ext = inline.find(qn("wp:extent"))
    cx, cy = ext.get("cx"), ext.get("cy")
    graphic = inline.find(qn("a:graphic"))
    _seal_n[0] += 1
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="1" '
        'locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="印章 %d"/><wp:cNvGraphicFramePr/></wp:anchor>'
        % (nsdecls("wp", "a", "pic", "r"), 251659264 + _seal_n[0], int(Cm(x_cm)), int(Cm(y_cm)), cx, cy, _seal_n[0], _seal_n[0]))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)
    png.unlink()


class Office:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = SAN
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.header_distance, sec.footer_distance = Mm(15), Mm(25)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self._footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)          # odd pages: right, one 字 in
        self._footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)  # even pages: left, one 字 in

    def _footer(self, footer, align):
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        set_font(p.add_run("— "), SONG, SI)
        for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                    '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                    '<w:fldChar %s w:fldCharType="separate"/>'):
            r = p.add_run()
            set_font(r, SONG, SI)
            r._r.append(parse_xml(xml % nsdecls("w")))
        set_font(p.add_run("1"), SONG, SI)
        r = p.add_run()
        set_font(r, SONG, SI)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        set_font(p.add_run(" —"), SONG, SI)

    # --- furniture
    def masthead(self, organ, number, size=Pt(42), spacing=0, scale=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size.pt * 1.2), before=20)
        r = set_font(p.add_run(organ), XBS, size, color=RED)
        if scale:  # 字符缩放: offices squeeze long organ names onto one line
            r._r.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
        if spacing:
            r._r.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
        for _ in range(2):
            fmt(self.doc.add_paragraph(), indent_chars=0)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0)
        set_font(p.add_run(number), FS)
        border(p, "bottom", sz=18, color="E60012", space=8)   # red rule under the 文号
        fmt(self.doc.add_paragraph(), indent_chars=0)

    def title(self, *lines):
        for t in lines:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(36))
            set_font(p.add_run(t), XBS, ER)
        fmt(self.doc.add_paragraph(), indent_chars=0)

    def zhusong(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 0)
        set_font(p.add_run(text), FS)

    def blank(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent_chars=0)

    # --- body
    def para(self, *runs, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, tab_at=None):
        """runs: str (仿宋) or (text, font[, bold])"""
        p = self._new_par()
        fmt(p, align, indent)
        if tab_at:
            add_tab_stop(p, tab_at)
        for r in runs:
            if isinstance(r, str):
                set_font(p.add_run(r), FS)
            else:
                t, f, b = (list(r) + [None])[:3]
                set_font(p.add_run(t), f, bold=b)
        return p

    def h1(self, text, tab_at=None):
        return self.para((text, HT), tab_at=tab_at)

    def h2(self, head, rest="", tab_at=None):
        runs = [(head, KT)]
        if rest:
            runs.append(rest)
        return self.para(*runs, tab_at=tab_at)

    def attach_list(self, items):
        for i, t in enumerate(items, 1):
            p = self.doc.add_paragraph()
            pf = fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, left=Pt(32 + 48)).paragraph_format
            pf.first_line_indent = Pt(-48) if i == 1 else Pt(0)
            set_font(p.add_run(("附件：" if i == 1 else "") + "%d．%s" % (i, t)), FS)

    def signoff(self, organ, date, seal_text=None, right_chars=4, gap=2):
        self.blank(gap)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(16 * right_chars)
        set_font(p.add_run(organ), FS)
        if seal_text:
            add_seal(p, seal_text)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(16 * right_chars)
        set_font(p.add_run(date), FS)

    def fuzhu(self, text="（此件公开发布）"):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 2)
        set_font(p.add_run(text), FS)

    def page_break(self):
        """Next paragraph starts a new page (段前分页, so no empty page when the previous one is full)."""
        self._pb = True

    def _new_par(self):
        p = self.doc.add_paragraph()
        if getattr(self, "_pb", False):
            p.paragraph_format.page_break_before = True
            self._pb = False
        return p

    def banji(self, chaosong, printer, printdate, gap=2):
        """版记: 抄送 between a thick and a thin rule, 印发机关 and 印发日期 above a thick rule."""
        self.blank(gap)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
        p.paragraph_format.left_indent = Pt(14 * 4 + 14)
        p.paragraph_format.first_line_indent = Pt(-14 * 4)
        set_font(p.add_run("抄送：" + chaosong), FS, SI)
        border(p, "top", sz=8, space=4)
        border(p, "bottom", sz=4, space=4)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        add_tab_stop(p, Mm(146).pt, "right")
        set_font(p.add_run(printer + "\t" + printdate + "印发"), FS, SI)
        border(p, "bottom", sz=8, space=4)

    def table(self, rows, widths_cm, header_bold=True, font_size=Pt(12)):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths_cm[j])
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.line_spacing = 1.15
                set_font(p.add_run(val), HT if (i == 0 and header_bold) else FS, font_size)
        return t

    def caption(self, label, title):
        self.para((label, HT), indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.blank()
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(32))
        set_font(p.add_run(title), XBS, Pt(18))
        self.blank()

    def save(self, stem):
        path = HERE / (stem + ".docx")
        self.doc.save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                       check=True, capture_output=True)
        return path


# ====================================================================== (a) 宁波市商务局
def make_ningbo():
    o = Office()
    o.masthead("宁波市商务局文件", "甬商务〔2024〕37号", spacing=20)
    o.title("宁波市商务局关于组织申报2024年度", "“一带一路”经贸合作专项资金项目的通知")
    o.zhusong("各区（县、市）商务主管部门，宁波国家高新区、宁波前湾新区、东钱湖旅游度假区经济发展部门，各有关企业：")
    o.para("为贯彻落实《宁波市深度融入共建“一带一路”高质量发展行动方案（2023—2027年）》，支持我市企业拓展共建“一带一路”国家和地区市场，根据《宁波市商务促进专项资金管理办法》（甬财政发〔2023〕412号），现就组织申报2024年度“一带一路”经贸合作专项资金项目有关事项通知如下：")
    o.h1("一、支持对象")
    o.para("申报单位应当同时符合以下条件：")
    o.para("(一)在宁波市行政区域内依法注册、具有独立法人资格的企业，2023年度未发生重大安全生产事故，无重大违法违规记录；")
    o.para("(二)近三年在共建“一带一路”国家和地区有实际投资、对外承包工程或者货物贸易业务；")
    o.para("(三)申报项目已于2023年1月1日至2024年6月30日期间实施完成或者取得阶段性成果。")
    o.h1("二、支持内容和标准")
    o.h2("（一）境外经贸合作区建设。", "对在共建“一带一路”国家建设的境外经贸合作区，经省级以上商务主管部门确认考核的，按照当年基础设施投入的10%给予补助，单个合作区最高不超过300万元。")
    o.h2("（二）对外承包工程。", "对我市企业承揽的对外承包工程项目，按照以下标准给予支持：")
    o.para("1、对新签合同额1000万美元以上的项目，按照合同额的0.5%给予补助，单个项目最高不超过100万元；")
    o.para("2、对带动国产设备、材料出口的项目，按照带动出口额的1%给予补助，单个企业最高不超过80万元。")
    o.h2("（四）境外展会和市场开拓。", "支持企业赴共建“一带一路”国家开拓市场：")   # （三） skipped
    # "2．" typed straight after item 1 in the same paragraph; Word wrap leaves it at the end of a printed line
    o.para("1．企业参加市商务局年度重点境外展会目录（附件2）内展会的，按照展位费的70%给予补助，同一企业年度补助不超过30万元，%s；2．企业在共建“一带一路”国家注册商标、开展产品国际认证的，按照实际发生费用的50%%给予补助，单个企业最高不超过20万元。".replace("%s", FILL).replace("%%", "%"))
    o.h1("三、申报材料")
    o.para("申报单位应当通过“宁波市商务专项资金管理系统”在线填报，并提交以下材料：")
    # Enter pressed after typing "(2)": the number is stranded at the end of the previous paragraph
    o.para("(1)项目申报表（附件1）；(2)")
    o.para("企业营业执照复印件、法定代表人身份证明；")
    o.para("(3)项目实施证明材料，具体为：")
    o.para("①境外经贸合作区项目提供确认考核文件和基础设施投入凭证；")
    o.para("②对外承包工程项目提供工程合同、商务部对外投资合作业务统计系统数据；")
    o.para("③境外展会和市场开拓项目提供展位费发票、商标注册证书或者认证证书。")
    o.para("(4)申报单位对申报材料真实性负责的承诺书。")
    o.h1("三、申报程序")   # duplicated by mistake (should be 四、)
    o.para("1)企业申报。申报企业于2024年7月31日前完成在线填报，并将纸质材料一式两份报送属地商务主管部门。")
    o.para("2)属地初审。各区（县、市）商务主管部门于2024年8月15日前完成初审，将初审意见报送市商务局。")
    o.para("3)市级审核。市商务局会同市财政局委托第三方机构开展审核，审核结果在市商务局网站公示5个工作日。公示无异议的，按程序拨付资金。")
    o.h1("四、有关要求")
    o.h2("（一）", "各地要加强政策宣传，做好项目辅导和初审把关，确保申报材料真实、完整。")
    o.h2("（二）", "对弄虚作假、骗取专项资金的企业，追回已拨付资金，三年内取消其申报资格，并按照有关规定纳入公共信用信息记录。")
    o.h2("（三）", "本通知自印发之日起施行，有效期至2024年12月31日。")
    o.para("联系人：市商务局对外投资和经济合作处 陈晓明，电话：0574-89186032。")
    o.blank()
    o.attach_list(["2024年度“一带一路”经贸合作专项资金项目申报表", "2024年度宁波市重点境外展会目录"])
    o.signoff("宁波市商务局", "2024年6月18日", seal_text="宁波市商务局", gap=2)
    o.fuzhu()
    o.page_break()
    o.caption("附件1", "2024年度“一带一路”经贸合作专项资金项目申报表")
    o.table([["企业名称", "", "统一社会信用代码", ""],
             ["所属区（县、市）", "", "联系人及电话", ""],
             ["项目类别", "□境外经贸合作区  □对外承包工程  □境外展会和市场开拓", "", ""],
             ["申请补助金额（万元）", "", "项目所在国别", ""]],
            [3.6, 4.4, 3.6, 4.0])
    o.page_break()
    o.caption("附件2", "2024年度宁波市重点境外展会目录")
    o.table([["序号", "展会名称", "举办国家", "举办时间", "补助比例"],
             ["1", "越南（胡志明市）国际工业博览会", "越南", "2024年9月", "70%"],
             ["2", "印度尼西亚（雅加达）国际建材五金展", "印度尼西亚", "2024年10月", "70%"],
             ["3", "沙特（利雅得）中国贸易博览会", "沙特阿拉伯", "2024年11月", "70%"],
             ["4", "哈萨克斯坦（阿拉木图）中国商品展", "哈萨克斯坦", "2024年12月", "60%"]],
            [1.4, 6.0, 2.6, 2.6, 2.0])
    o.banji("市财政局，市审计局，各区（县、市）财政局。", "宁波市商务局办公室", "2024年6月19日")
    return o.save("blind116_ningbo_notice")


# ====================================================================== (b) 广州市南沙区人民政府办公室
def make_nansha():
    o = Office()
    o.masthead("广州市南沙区人民政府办公室文件", "穗南府办〔2024〕21号", size=Pt(36), scale=80)
    o.title("广州市南沙区人民政府办公室关于印发南沙区", "深化自贸试验区制度创新推动“一带一路”", "国际合作工作方案的通知")
    o.zhusong("区各街道办事处、各镇人民政府，区政府各部门、各直属机构，各有关单位：")
    o.para("《南沙区深化自贸试验区制度创新推动“一带一路”国际合作工作方案》已经区人民政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向区商务局反映。")
    o.signoff("广州市南沙区人民政府办公室", "2024年3月26日", seal_text="广州市南沙区人民政府办公室")
    o.fuzhu()
    o.page_break()
    p = o._new_par(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(36))
    set_font(p.add_run("南沙区深化自贸试验区制度创新推动"), XBS, ER)
    p = o.doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(36))
    set_font(p.add_run("“一带一路”国际合作工作方案"), XBS, ER)
    o.blank()
    T = 80  # tab stop left behind by Word's "convert numbering to text"
    o.para("为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，发挥中国（广东）自由贸易试验区南沙片区制度创新优势，打造共建“一带一路”重要枢纽，结合我区实际，制定本方案。")
    o.h1("一、\t总体要求", tab_at=T)
    o.h2("（一）\t指导思想。", "坚持以制度创新为核心，以高水平对外开放为引领，推动南沙片区与共建“一带一路”国家在航运物流、贸易投资、法律服务等领域深度合作。", tab_at=T)
    o.h2("（二）\t工作目标。", "到2026年，南沙片区累计形成可复制推广的制度创新成果60项以上；与共建“一带一路”国家进出口额年均增长8%以上；新增国际集装箱班轮航线15条以上。", tab_at=T)
    o.h1("二、\t重点任务", tab_at=T)
    o.h2("（一）\t提升国际航运物流枢纽功能", tab_at=T)
    o.para("1.\t加密南沙港区至东南亚、南亚、中东、非洲的外贸航线，对新开通并稳定运营满6个月的国际集装箱班轮航线，每条给予最高200万元奖励。（责任单位：区交通运输局、广州港集团南沙港务公司）", tab_at=T)
    o.para("2.\t推进“湾区一港通”模式向珠江西岸和粤西地区延伸，2024年新增组合港8个以上。（责任单位：南沙海关、区交通运输局）", tab_at=T)
    o.para("3.\t支持国际中转集拼业务发展，对年度中转集拼货量超过5000标箱的企业，按每标箱50元给予补贴。（责任单位：区商务局、南沙海关）", tab_at=T)
    o.h2("（二）\t推动贸易投资自由便利", tab_at=T)
    o.para("4.\t深化国际贸易“单一窗口”建设，推动与共建“一带一路”国家口岸开展原产地证书、检验检疫证书数据互认。（责任单位：南沙海关、区商务局）", tab_at=T)
    o.para("5.\t对共建“一带一路”国家企业来南沙投资设立的外商投资企业，实际使用外资金额首次超过1000万美元的，给予一次性奖励100万元。（责任单位：区投资促进局）", tab_at=T)
    o.h2("（三）\t强化法治和金融服务保障", tab_at=T)
    o.para("6.\t支持南沙国际仲裁中心与共建“一带一路”国家仲裁机构建立合作机制，2024年底前新增合作机构5家以上。（责任单位：区司法局）", tab_at=T)
    o.para("7.\t支持金融机构为“走出去”企业提供跨境人民币结算、出口信用保险保单融资等服务，对开展相关业务的金融机构按年度业务规模给予最高50万元奖励。（责任单位：区金融工作局）", tab_at=T)
    o.h1("三、\t保障措施", tab_at=T)
    o.h2("（一）\t加强组织领导。", "成立由区政府主要负责同志任组长的工作专班，办公室设在区商务局，统筹推进各项任务落实。", tab_at=T)
    o.h2("（二）\t强化资金保障。", "区财政每年安排不少于5000万元专项资金用于本方案各项支持措施，资金管理办法由区商务局会同区财政局另行制定。", tab_at=T)
    o.h2("（三）\t做好评估督导。", "区商务局每半年对任务落实情况进行评估，评估结果报区人民政府并作为部门绩效考核的参考依据。", tab_at=T)
    o.para("本方案自印发之日起实施，有效期至2026年12月31日。")
    o.banji("区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。", "广州市南沙区人民政府办公室", "2024年3月27日")
    return o.save("blind116_nansha_plan")


# ====================================================================== (c) 厦门片区管委会
def make_xiamen():
    o = Office()
    o.masthead("中国（福建）自由贸易试验区厦门片区管理委员会文件", "厦自贸委〔2024〕8号", size=Pt(28), scale=62)
    o.title("中国（福建）自由贸易试验区厦门片区", "管理委员会关于支持片区企业拓展", "“丝路海运”业务的通知")
    o.zhusong("片区各有关单位、各有关企业：")
    o.para("为深入推进“丝路海运”国际航运综合服务平台建设，支持片区企业拓展与共建“一带一路”国家的航运物流业务，经片区管委会主任办公会研究同意，现将有关事项通知如下：")
    o.h1("一、支持内容")
    o.para(("支持航线拓展", FS, True))
    o.para("对在片区注册的航运企业新开通“丝路海运”命名航线的，给予以下支持：一是新开通至共建“一带一路”国家港口的集装箱航线，按照实际运营航次和下表标准给予补助；二是对年度“丝路海运”航线集装箱吞吐量超过5万标箱的航运企业，给予一次性奖励50万元；三是对衔接中欧（厦门）班列的海铁联运业务，按每标箱300元给予补助。")
    o.table([["航线类型", "补助标准", "单条航线年度上限"],
             ["东南亚航线", "每航次1.5万元", "60万元"],
             ["南亚及中东航线", "每航次2万元", "100万元"],
             ["非洲、欧洲及其他航线", "每航次3万元", "150万元"]],
            [5.2, 4.6, 5.0], font_size=Pt(14))
    o.para(("支持物流主体培育", FS, True))
    o.para("一是对新引进的区域总部型国际货运代理企业，年度营业收入首次超过1亿元的，给予一次性奖励30万元。二是支持片区企业在共建“一带一路”国家建设海外仓，对经认定的海外仓按照建设投入的20%给予补助，单个海外仓最高不超过200万元。")
    o.para("同一企业同一项目已享受片区其他同类政策的，按照就高不重复原则执行。")
    o.para(("优化通关服务", FS, True))
    o.para("一是对“丝路海运”航线船舶推行“即靠即装、即卸即提”作业模式；二是对航线进出口货物实施“船边直提”“抵港直装”，压缩整体通关时间；三是设立“丝路海运”企业服务专窗，提供政策咨询和申报辅导。")
    o.h1("二、申报程序")
    o.h2("（一）申报时间。", "2024年5月1日至5月31日，逾期不予受理。")
    o.h2("（二）申报方式。", "申报企业登录“厦门自贸片区政务服务平台”在线提交申请及相关证明材料。")
    o.h2("（三）审核拨付。", "片区管委会产业发展局会同片区财政审核中心组织审核，审核结果公示7日无异议后拨付资金。")
    o.h1("三、其他事项")
    o.para(("资金监管", FS, True))
    o.para("企业应当对申报材料的真实性负责。对以虚报、冒领等手段骗取补助资金的，由片区管委会追回补助资金，并取消其三年内申报资格。")
    o.para(("施行日期", FS, True))
    o.para("本通知自2024年4月1日起施行，有效期2年。此前片区出台的相关规定与本通知不一致的，以本通知为准。")
    o.signoff("中国（福建）自由贸易试验区厦门片区管理委员会", "2024年3月22日", seal_text="中国（福建）自由贸易试验区厦门片区管理委员会", right_chars=2)
    o.fuzhu("（此件主动公开）")
    o.banji("市商务局，市财政局，厦门海关，厦门港口管理局。", "厦门片区管委会综合协调局", "2024年3月25日", gap=1)
    return o.save("blind116_xiamen_notice")


# ====================================================================== expected
def C(label, text, alt=None, kind=None):
    d = {"label": label, "text": text}
    if alt:
        d["alt_labels"] = alt
    if kind:
        d["kind"] = kind
    return d


EXPECTED = {
    "blind116_ningbo_notice": [{
        "meta": {
            "title": "宁波市商务局关于组织申报2024年度“一带一路”经贸合作专项资金项目的通知",
            "doc_number": "甬商务〔2024〕37号",
            "issuer": ["宁波市商务局"],
            "date": "2024-06-18",
            "level": "municipal",
            "region": "浙江省宁波市",
            "effective": "2024-06-18",
            "expires": "2024-12-31",
            "attachments": ["2024年度“一带一路”经贸合作专项资金项目申报表", "2024年度宁波市重点境外展会目录"],
            "doc_type": "通知",
            "printed": "2024-06-19",
        },
        "clauses": [
            C("", "为贯彻落实《宁波市深度融入共建“一带一路”高质量发展行动方案（2023—2027年）》，支持我市企业拓展共建“一带一路”国家和地区市场，根据《宁波市商务促进专项资金管理办法》（甬财政发〔2023〕412号），现就组织申报2024年度“一带一路”经贸合作专项资金项目有关事项通知如下：", alt=["导语", "序言"], kind="preamble"),
            C("一、", "申报单位应当同时符合以下条件：", alt=["一、支持对象"]),
            C("一、（一）", "在宁波市行政区域内依法注册、具有独立法人资格的企业，2023年度未发生重大安全生产事故，无重大违法违规记录；", alt=["一、(一)"]),
            C("一、（二）", "近三年在共建“一带一路”国家和地区有实际投资、对外承包工程或者货物贸易业务；", alt=["一、(二)"]),
            C("一、（三）", "申报项目已于2023年1月1日至2024年6月30日期间实施完成或者取得阶段性成果。", alt=["一、(三)"]),
            C("二、（一）", "境外经贸合作区建设。对在共建“一带一路”国家建设的境外经贸合作区，经省级以上商务主管部门确认考核的，按照当年基础设施投入的10%给予补助，单个合作区最高不超过300万元。"),
            C("二、（二）", "对外承包工程。对我市企业承揽的对外承包工程项目，按照以下标准给予支持："),
            C("二、（二）1.", "对新签合同额1000万美元以上的项目，按照合同额的0.5%给予补助，单个项目最高不超过100万元；", alt=["二、（二）1、"]),
            C("二、（二）2.", "对带动国产设备、材料出口的项目，按照带动出口额的1%给予补助，单个企业最高不超过80万元。", alt=["二、（二）2、"]),
            C("二、（四）", "境外展会和市场开拓。支持企业赴共建“一带一路”国家开拓市场：", alt=["二、（三）"]),
            C("二、（四）1.", "企业参加市商务局年度重点境外展会目录（附件2）内展会的，按照展位费的70%给予补助，同一企业年度补助不超过30万元，" + FILL + "；", alt=["二、（三）1.", "二、（四）1．"]),
            C("二、（四）2.", "企业在共建“一带一路”国家注册商标、开展产品国际认证的，按照实际发生费用的50%给予补助，单个企业最高不超过20万元。", alt=["二、（三）2.", "二、（四）2．"]),
            C("三、", "申报单位应当通过“宁波市商务专项资金管理系统”在线填报，并提交以下材料：", alt=["三、申报材料"]),
            C("三、（1）", "项目申报表（附件1）；", alt=["三、(1)"]),
            C("三、（2）", "企业营业执照复印件、法定代表人身份证明；", alt=["三、(2)"]),
            C("三、（3）", "项目实施证明材料，具体为：", alt=["三、(3)"]),
            C("三、（3）①", "境外经贸合作区项目提供确认考核文件和基础设施投入凭证；", alt=["三、(3)①"]),
            C("三、（3）②", "对外承包工程项目提供工程合同、商务部对外投资合作业务统计系统数据；", alt=["三、(3)②"]),
            C("三、（3）③", "境外展会和市场开拓项目提供展位费发票、商标注册证书或者认证证书。", alt=["三、(3)③"]),
            C("三、（4）", "申报单位对申报材料真实性负责的承诺书。", alt=["三、(4)"]),
            C("三、1)", "企业申报。申报企业于2024年7月31日前完成在线填报，并将纸质材料一式两份报送属地商务主管部门。", alt=["三、（申报程序）1)", "三、1）", "四、1)", "三(2)1)"]),
            C("三、2)", "属地初审。各区（县、市）商务主管部门于2024年8月15日前完成初审，将初审意见报送市商务局。", alt=["三、（申报程序）2)", "三、2）", "四、2)"]),
            C("三、3)", "市级审核。市商务局会同市财政局委托第三方机构开展审核，审核结果在市商务局网站公示5个工作日。公示无异议的，按程序拨付资金。", alt=["三、（申报程序）3)", "三、3）", "四、3)"]),
            C("四、（一）", "各地要加强政策宣传，做好项目辅导和初审把关，确保申报材料真实、完整。", alt=["五、（一）"]),
            C("四、（二）", "对弄虚作假、骗取专项资金的企业，追回已拨付资金，三年内取消其申报资格，并按照有关规定纳入公共信用信息记录。", alt=["五、（二）"]),
            C("四、（三）", "本通知自印发之日起施行，有效期至2024年12月31日。", alt=["五、（三）"]),
            C("", "联系人：市商务局对外投资和经济合作处 陈晓明，电话：0574-89186032。", alt=["四、", "联系方式"], kind="contact"),
            C("附件1", "企业名称：；统一社会信用代码：；所属区（县、市）：；联系人及电话：；项目类别：□境外经贸合作区  □对外承包工程  □境外展会和市场开拓；申请补助金额（万元）：；项目所在国别：", kind="table_form"),
            C("附件2 第1行", "序号：1；展会名称：越南（胡志明市）国际工业博览会；举办国家：越南；举办时间：2024年9月；补助比例：70%", kind="table_row"),
            C("附件2 第2行", "序号：2；展会名称：印度尼西亚（雅加达）国际建材五金展；举办国家：印度尼西亚；举办时间：2024年10月；补助比例：70%", kind="table_row"),
            C("附件2 第3行", "序号：3；展会名称：沙特（利雅得）中国贸易博览会；举办国家：沙特阿拉伯；举办时间：2024年11月；补助比例：70%", kind="table_row"),
            C("附件2 第4行", "序号：4；展会名称：哈萨克斯坦（阿拉木图）中国商品展；举办国家：哈萨克斯坦；举办时间：2024年12月；补助比例：60%", kind="table_row"),
        ],
        "_note": (
            "Furniture (never clauses): 版头 “宁波市商务局文件”, 文号 line, red rule, 主送, the heading-only lines 一、支持对象/二、支持内容和标准/三、申报材料/三、申报程序/四、有关要求 (tolerable as heading-kind clauses or folded into the path), "
            "附件说明 “附件：1．…2．…”, 落款 and date, seal image, （此件公开发布）, “附件1/附件2” captions and attachment titles, 版记 (抄送 line, “宁波市商务局办公室 2024年6月19日印发”), footer “— N —”. "
            "Traps: (a) numbering mixes (一) ASCII brackets, （一） full-width, 1、, 1．, (1), 1), ① — normalised labels with either bracket width are fine; "
            "(b) 三、 appears twice (the second, 申报程序, is a typo for 四、): printed label 三、1) is expected, any disambiguation (三、（申报程序）1), 四、1)) is tolerable; what is wrong is hanging 1)–3) under 三、（4）, or letting the 2nd 三、 swallow/overwrite the 1st; "
            "(c) （三） is skipped in 二: printed （四） expected, （三） tolerable; "
            "(d) 二、（四）1． and 2． share ONE Word paragraph (in the PDF “2．” is the last thing on a printed line) — expected split into two clauses; one merged clause labelled 1． is medium; "
            "(e) “(2)” was typed at the end of the (1) paragraph and Enter pressed: expected 三、（1） = “项目申报表（附件1）；” without the stray “(2)”, and 三、（2） = the next paragraph; "
            "(f) 四、（一）–（三） are bare numbers followed by text. "
            "Lead-in clauses that only introduce a list may be merged into their list's first item (tolerable). Table 附件1 is a blank form: emitting it as one clause, as rows, or dropping it is all tolerable. "
            "effective = 印发之日 = 2024-06-18 (成文日期); expires 2024-12-31."
        ),
    }],
    "blind116_nansha_plan": [{
        "meta": {
            "title": "广州市南沙区人民政府办公室关于印发南沙区深化自贸试验区制度创新推动“一带一路”国际合作工作方案的通知",
            "doc_number": "穗南府办〔2024〕21号",
            "issuer": ["广州市南沙区人民政府办公室"],
            "date": "2024-03-26",
            "level": "county",
            "region": "广东省广州市南沙区",
            "effective": "2024-03-26",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知（印发工作方案）",
            "printed": "2024-03-27",
        },
        "clauses": [
            C("", "《南沙区深化自贸试验区制度创新推动“一带一路”国际合作工作方案》已经区人民政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向区商务局反映。", alt=["通知正文"], kind="notice_body"),
            C("", "为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，发挥中国（广东）自由贸易试验区南沙片区制度创新优势，打造共建“一带一路”重要枢纽，结合我区实际，制定本方案。", alt=["方案导语"], kind="preamble"),
            C("一、（一）", "指导思想。坚持以制度创新为核心，以高水平对外开放为引领，推动南沙片区与共建“一带一路”国家在航运物流、贸易投资、法律服务等领域深度合作。"),
            C("一、（二）", "工作目标。到2026年，南沙片区累计形成可复制推广的制度创新成果60项以上；与共建“一带一路”国家进出口额年均增长8%以上；新增国际集装箱班轮航线15条以上。"),
            C("二、（一）1.", "加密南沙港区至东南亚、南亚、中东、非洲的外贸航线，对新开通并稳定运营满6个月的国际集装箱班轮航线，每条给予最高200万元奖励。（责任单位：区交通运输局、广州港集团南沙港务公司）"),
            C("二、（一）2.", "推进“湾区一港通”模式向珠江西岸和粤西地区延伸，2024年新增组合港8个以上。（责任单位：南沙海关、区交通运输局）"),
            C("二、（一）3.", "支持国际中转集拼业务发展，对年度中转集拼货量超过5000标箱的企业，按每标箱50元给予补贴。（责任单位：区商务局、南沙海关）"),
            C("二、（二）4.", "深化国际贸易“单一窗口”建设，推动与共建“一带一路”国家口岸开展原产地证书、检验检疫证书数据互认。（责任单位：南沙海关、区商务局）", alt=["二、4.", "二、（二）1."]),
            C("二、（二）5.", "对共建“一带一路”国家企业来南沙投资设立的外商投资企业，实际使用外资金额首次超过1000万美元的，给予一次性奖励100万元。（责任单位：区投资促进局）", alt=["二、5.", "二、（二）2."]),
            C("二、（三）6.", "支持南沙国际仲裁中心与共建“一带一路”国家仲裁机构建立合作机制，2024年底前新增合作机构5家以上。（责任单位：区司法局）", alt=["二、6.", "二、（三）1."]),
            C("二、（三）7.", "支持金融机构为“走出去”企业提供跨境人民币结算、出口信用保险保单融资等服务，对开展相关业务的金融机构按年度业务规模给予最高50万元奖励。（责任单位：区金融工作局）", alt=["二、7.", "二、（三）2."]),
            C("三、（一）", "加强组织领导。成立由区政府主要负责同志任组长的工作专班，办公室设在区商务局，统筹推进各项任务落实。"),
            C("三、（二）", "强化资金保障。区财政每年安排不少于5000万元专项资金用于本方案各项支持措施，资金管理办法由区商务局会同区财政局另行制定。"),
            C("三、（三）", "做好评估督导。区商务局每半年对任务落实情况进行评估，评估结果报区人民政府并作为部门绩效考核的参考依据。"),
            C("", "本方案自印发之日起实施，有效期至2026年12月31日。", alt=["三、（三）后", "附则"], kind="closing"),
        ],
        "_note": (
            "Furniture: 版头, 文号, red rule, 主送, 落款/date/seal after the short notice, （此件公开发布）, the 方案's own title lines (repeat of the 通知 title minus 关于印发…的通知), heading-only lines 一、总体要求/二、重点任务/三、保障措施 and 二、（一）–（三） headings without a period (tolerable as heading clauses or path), 版记 at the very end (抄送…/“广州市南沙区人民政府办公室 2024年3月27日印发”), footer page numbers. "
            "Every number is followed by a TAB (Word auto-numbering converted to text): the tab must not leak into labels or break number recognition. "
            "（一） restarts under each 一、; the arabic 1.–7. run ON across 二、（一）（二）（三） — the printed number is the citation: 二、（二）4.; ‘二、4.’ is tolerable; renumbering to ‘二、（二）1.’ is tolerable only if the text is right. "
            "The 方案 is printed as the body of the 印发 notice, not a 附件: splitting into two documents (通知 + 方案, the 方案 inheriting 文号/issuer/date) is tolerable; attachments [] but [‘南沙区…工作方案’] tolerable. "
            "level county (district of a sub-provincial city); region 南沙区 — ‘广东省广州市’ alone is a medium error. The 落款 date 2024-03-26 sits BEFORE the 方案 text; the 版记 date 2024-03-27 is the printing date, not 成文日期. effective 2024-03-26, expires 2026-12-31. "
            "The 责任单位 parentheses belong to their item."
        ),
    }],
    "blind116_xiamen_notice": [{
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于支持片区企业拓展“丝路海运”业务的通知",
            "doc_number": "厦自贸委〔2024〕8号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2024-03-22",
            "level": "municipal",
            "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
            "effective": "2024-04-01",
            "expires": "2026-03-31",
            "attachments": [],
            "doc_type": "通知",
            "printed": "2024-03-25",
        },
        "clauses": [
            C("", "为深入推进“丝路海运”国际航运综合服务平台建设，支持片区企业拓展与共建“一带一路”国家的航运物流业务，经片区管委会主任办公会研究同意，现将有关事项通知如下：", alt=["导语"], kind="preamble"),
            C("一、支持航线拓展", "对在片区注册的航运企业新开通“丝路海运”命名航线的，给予以下支持：", alt=["一、", "一、（支持航线拓展）"]),
            C("一、支持航线拓展 一是", "新开通至共建“一带一路”国家港口的集装箱航线，按照实际运营航次和下表标准给予补助；", alt=["一、一是"]),
            C("一、支持航线拓展 二是", "对年度“丝路海运”航线集装箱吞吐量超过5万标箱的航运企业，给予一次性奖励50万元；", alt=["一、二是"]),
            C("一、支持航线拓展 三是", "对衔接中欧（厦门）班列的海铁联运业务，按每标箱300元给予补助。", alt=["一、三是"]),
            C("一、支持航线拓展 表 第1行", "航线类型：东南亚航线；补助标准：每航次1.5万元；单条航线年度上限：60万元", kind="table_row"),
            C("一、支持航线拓展 表 第2行", "航线类型：南亚及中东航线；补助标准：每航次2万元；单条航线年度上限：100万元", kind="table_row"),
            C("一、支持航线拓展 表 第3行", "航线类型：非洲、欧洲及其他航线；补助标准：每航次3万元；单条航线年度上限：150万元", kind="table_row"),
            C("一、支持物流主体培育 一是", "对新引进的区域总部型国际货运代理企业，年度营业收入首次超过1亿元的，给予一次性奖励30万元。", alt=["一、一是"]),
            C("一、支持物流主体培育 二是", "支持片区企业在共建“一带一路”国家建设海外仓，对经认定的海外仓按照建设投入的20%给予补助，单个海外仓最高不超过200万元。", alt=["一、二是"]),
            C("一、支持物流主体培育", "同一企业同一项目已享受片区其他同类政策的，按照就高不重复原则执行。", alt=["一、"]),
            C("一、优化通关服务 一是", "对“丝路海运”航线船舶推行“即靠即装、即卸即提”作业模式；", alt=["一、一是"]),
            C("一、优化通关服务 二是", "对航线进出口货物实施“船边直提”“抵港直装”，压缩整体通关时间；", alt=["一、二是"]),
            C("一、优化通关服务 三是", "设立“丝路海运”企业服务专窗，提供政策咨询和申报辅导。", alt=["一、三是"]),
            C("二、（一）", "申报时间。2024年5月1日至5月31日，逾期不予受理。"),
            C("二、（二）", "申报方式。申报企业登录“厦门自贸片区政务服务平台”在线提交申请及相关证明材料。"),
            C("二、（三）", "审核拨付。片区管委会产业发展局会同片区财政审核中心组织审核，审核结果公示7日无异议后拨付资金。"),
            C("三、资金监管", "企业应当对申报材料的真实性负责。对以虚报、冒领等手段骗取补助资金的，由片区管委会追回补助资金，并取消其三年内申报资格。", alt=["三、"]),
            C("三、施行日期", "本通知自2024年4月1日起施行，有效期2年。此前片区出台的相关规定与本通知不一致的，以本通知为准。", alt=["三、"]),
        ],
        "_note": (
            "Furniture: 版头 (long organ name, squeezed with character scaling), 文号, red rule, 主送, heading-only 一、支持内容/二、申报程序/三、其他事项, the bold unnumbered one-line headings 支持航线拓展/支持物流主体培育/优化通关服务/资金监管/施行日期 (they are headings: a clause whose whole text is one of them is a medium error; they should appear in the clause's path/label), 落款 + seal, （此件主动公开）, 版记, footer page numbers. "
            "一是…二是…三是 items live inside one paragraph: splitting them into separate clauses is expected; keeping the whole paragraph as one clause (labelled by its bold heading) is tolerable (low); what is wrong is attaching the paragraph to the previous heading or gluing the bold heading text onto the previous clause. "
            "The paragraph “同一企业同一项目…” belongs to 支持物流主体培育, not to 二是. "
            "Table rows: header：value；… under 支持航线拓展. "
            "level municipal (厦门片区管委会 is a 厦门市 body); region should name 厦门 (片区 name tolerable). effective 2024-04-01 (not the 成文日期), expires 2026-03-31 (有效期2年 → 2026-03-31; 2026-04-01 tolerable low)."
        ),
    }],
}


if __name__ == "__main__":
    for f in (make_ningbo, make_nansha, make_xiamen):
        print("wrote", f())
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    print("wrote expected.json")
