"""Write 公文 test documents the way offices make them: Word files with
python-docx in the GB/T 9704 layout, PDFs exported from them by LibreOffice,
their text as Word gives it, and gov.cn-style web pages.

    python tests/data/office/gongwen/make_gongwen.py   (needs soffice on PATH)

- guofa_decision.*: a 国务院文件 red-header decision, 国发〔2017〕57号 (real
  title, 主送 and body from corpus/002; the 16-row 附件 table from
  tests/golden/guofa_2017_57_rows.json, its header row marked to repeat on
  every page), with 份号, 附件说明, 落款, 成文日期, 附注 and a 版记 (抄送, 印发).
- tianjin_notice.*: a 天津市科学技术委员会文件 red-header notice, 津科规〔2017〕5号,
  with 份号, 密级, 紧急程度 and 签发人; it carries the first parts of the real
  行动计划 (一、二、三、 items) and ends with a 版记. The 份号, 密级, 紧急程度,
  签发人 name and 版记 are invented for the test.
- zhejiang_announcement.*: 浙江省人民代表大会常务委员会公告 第六十七号, which
  carries the whole 《中国（浙江）自由贸易试验区条例》 (59 articles, text from
  corpus/002).
- guofa_decision_page.html (UTF-8): the decision as a gov.cn policy page: menus,
  the policy library's record (索引号, 发文机关, 成文日期, 发文字号, 发布日期),
  "2018-01-09 17:00来源：中国政府网 【字体：大 中 小】 打印", the 附件 as a link,
  责任编辑, share and related-links furniture.
- tianjin_notice_page.html (GB18030): the notice's page, whose 发布日期 is only
  in a <meta> tag, with two 附件 file links under an "附件：" line (the second,
  a 申报表, invented for the test).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT))

BODY_FONT = "Noto Serif CJK SC"
TITLE_FONT = "Noto Sans CJK SC"
RED = RGBColor(0xE0, 0x00, 0x00)

GUOFA_TITLE = "国务院关于在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定的决定"
GUOFA_ANNEX = "国务院决定在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定目录"
GUOFA_CC = ("抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，"
            "最高人民法院，最高人民检察院，各民主党派中央。")
TIANJIN_PLAN = "天津市“一带一路”科技创新合作行动计划（2017—2020年）"
TIANJIN_TITLE = f"天津市科学技术委员会关于印发《{TIANJIN_PLAN}》的通知"
TIANJIN_CC = "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，科技部国际合作司。"
ZJ_TITLE = "中国（浙江）自由贸易试验区条例"


def _run(para, text: str, size: float = 16, font: str = BODY_FONT, bold: bool = False, color=None):  # type: ignore[no-untyped-def]
    run = para.add_run(text)
    run.font.size = Pt(size)
    run.font.name = font
    run.font.bold = bold
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def _border(para, side: str, color: str = "000000", size: int = 8) -> None:  # type: ignore[no-untyped-def]
    """A rule above or below a paragraph: the red line under the 版头, the lines of the 版记."""
    ppr = para._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1"), ("w:color", color)):
        edge.set(qn(key), value)
    borders.append(edge)


class Office:
    """A Word file laid out as GB/T 9704 asks: A4, 3号仿宋 body (28 characters a line), 2号 title."""

    def __init__(self) -> None:
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        self.paragraphs: list[str] = []

    def para(self, text: str, align=None, indent: bool = True, size: float = 16, font: str = BODY_FONT,  # type: ignore[no-untyped-def]
             bold: bool = False, color=None, space_after: float = 0):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(space_after)
        p.paragraph_format.line_spacing = Pt(size * 1.75)
        if align is not None:
            p.alignment = align
        elif indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        _run(p, text, size, font, bold, color)
        return p

    def masthead(self, number: str | None, secrecy: str | None, urgency: str | None, mark: str,
                 doc_number: str, signer: str | None) -> None:
        for top in (number, secrecy, urgency):
            if top:
                self.para(top, indent=False, font=TITLE_FONT)
        self.para(mark, align=WD_ALIGN_PARAGRAPH.CENTER, size=36 if len(mark) < 12 else 30, font=TITLE_FONT,
                  bold=True, color=RED, space_after=24)
        if signer:
            p = self.para("", indent=False)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
            _run(p, f"{doc_number}\t签发人：{signer}")
        else:
            p = self.para(doc_number, align=WD_ALIGN_PARAGRAPH.CENTER)
        _border(p, "bottom", "E00000", 18)
        self.para("", indent=False)

    def title(self, text: str) -> None:
        self.para(text, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font=TITLE_FONT, space_after=16)

    def signature(self, organ: str | None, date: str) -> None:
        if organ:
            self.para(organ, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def imprint(self, cc: str, printer: str, date: str) -> None:
        """The 版记: 抄送 and 印发机关 with 印发日期, between rules, at the foot of the last page."""
        self.page_break()
        for _ in range(14):
            self.para("", indent=False)
        cc_para = self.para(cc, indent=False, size=14)
        cc_para.paragraph_format.left_indent = Pt(14)
        _border(cc_para, "top")
        p = self.para("", indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
        _run(p, f"{printer}\t{date}印发", 14)
        _border(p, "top")
        _border(p, "bottom")

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        table = self.doc.add_table(rows=0, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for n, cells in enumerate([header, *rows]):
            row = table.add_row()
            if n == 0:  # Word's "repeat as header row at the top of each page"
                trpr = row._tr.get_or_add_trPr()
                mark = OxmlElement("w:tblHeader")
                mark.set(qn("w:val"), "true")
                trpr.append(mark)
            for cell, text, width in zip(row.cells, cells, widths, strict=True):
                cell.width = Mm(width)
                first, *more = text.split("\n")
                _run(cell.paragraphs[0], first, 12, TITLE_FONT if n == 0 else BODY_FONT, bold=n == 0)
                for line in more:
                    _run(cell.add_paragraph(), line, 12)

    def save(self, name: str) -> Path:
        path = HERE / name
        self.doc.core_properties.title = name
        self.doc.save(str(path))
        return path


def _corpus_text() -> str:
    return (ROOT / "corpus/002_1ad516d9e8aad59b.txt").read_text(encoding="utf-8")


def _reflowed(start: str, stop: str, nth: int = 0) -> list[str]:
    """Paragraphs of a stretch of corpus/002 (PDF-extracted, hard-wrapped),
    from the nth line starting with `start` to the next starting with `stop`:
    a line that ends a sentence, or a short one, ends its paragraph."""
    lines = [x.strip() for x in _corpus_text().split("\n") if x.strip()]
    first = [i for i, x in enumerate(lines) if x.startswith(start)][nth]
    last = next(i for i in range(first + 1, len(lines)) if lines[i].startswith(stop))
    out: list[str] = []
    current = ""
    for line in lines[first:last]:
        current += line
        if line[-1] in "。：；" or len(line) < 30:
            out.append(re.sub(r"(?<=[\d年月—])\s+|\s+(?=[\d年月日—])", "", current))
            current = ""
    if current:
        out.append(current)
    return out


def guofa_decision() -> Path:
    rows = json.loads((ROOT / "tests/golden/guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    left, right = "有关行政法规、国务院文件和经国务院批准的部门规章规定", "调整情况"
    body = _reflowed("为保障自由贸易试验区有关改革开放措施", "国务院")
    w = Office()
    w.masthead("000126", None, None, "国务院文件", "国发〔2017〕57号", None)
    w.title(GUOFA_TITLE)
    w.para("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)
    for text in body:
        w.para(text)
    w.para(f"附件：{GUOFA_ANNEX}", space_after=24)
    w.signature("国务院", "2017年12月25日")
    w.para("（此件公开发布）")
    w.page_break()
    w.para("附件", indent=False, font=TITLE_FONT)
    w.title(GUOFA_ANNEX)
    w.table(["序号", left, right], [[r["序号"], r[left], r[right]] for r in rows], [14, 100, 42])
    w.imprint(GUOFA_CC, "国务院办公厅", "2017年12月27日")
    return w.save("guofa_decision.docx")


def tianjin_plan() -> list[str]:
    return _reflowed("为深入贯彻习近平总书记", "（二）", nth=1)


def tianjin_notice() -> Path:
    intro = _reflowed("为深入贯彻习近平总书记", "2017年 11月 2日")
    w = Office()
    w.masthead("000035", "秘密★1年", "加急", "天津市科学技术委员会文件", "津科规〔2017〕5号", "李明")
    w.title(TIANJIN_TITLE)
    w.para("各有关单位：", indent=False)
    for text in intro:
        w.para(text)
    w.signature("天津市科学技术委员会", "2017年11月2日")
    w.para("（此件发至各区科委）")
    w.page_break()
    w.title(TIANJIN_PLAN)
    for text in tianjin_plan():
        w.para(text)
    w.imprint(TIANJIN_CC, "天津市科学技术委员会办公室", "2017年11月3日")
    return w.save("tianjin_notice.docx")


def zhejiang_regulation() -> list[str]:
    """The 条例's paragraphs (目录 included) as the bundled corpus holds them."""
    from bri_kb.ingest.pipeline import Part, stream_file

    parts = [p for p in stream_file(ROOT / "corpus/002_1ad516d9e8aad59b.txt") if isinstance(p, Part)]
    reg = next(p for p in parts if p.document.title == ZJ_TITLE)
    return [line for clause in reg.clauses for line in clause.text.split("\n")]


def zhejiang_announcement() -> Path:
    w = Office()
    w.title("浙江省人民代表大会常务委员会公告")
    w.para("第六十七号", align=WD_ALIGN_PARAGRAPH.CENTER)
    w.para(f"《{ZJ_TITLE}》已于2017年12月27日经浙江省第十二届人民代表大会常务委员会第四十六次会议通过，"
           "现予公布，自2018年1月1日起施行。")
    w.signature("浙江省人民代表大会常务委员会", "2017年12月28日")
    w.page_break()
    w.title(ZJ_TITLE)
    for text in zhejiang_regulation():
        centred = re.match(r"^第[一二三四五六七八九十]+章", text) or text.startswith("（2017")
        w.para(text, align=WD_ALIGN_PARAGRAPH.CENTER if centred else None)
    return w.save("zhejiang_announcement.docx")


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta name="keywords" content="{keywords}">
<meta name="PubDate" content="{pubdate}">
<title>{title}_政府信息公开专栏</title>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="header"><a href="/">首页</a> <a href="/zhengce/">政策</a> <a href="/hudong/">互动</a> <a href="/fuwu/">服务</a></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 最新</div>
<div class="article oneColumn pub_border">
<h1>{title}</h1>
{dateline}
<div class="pages_content" id="UCAP-CONTENT">
{body}
</div>
<div class="editor">责任编辑：{editor}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/a">国务院办公厅关于自由贸易试验区外商投资准入特别管理措施（负面清单）的通知</a></li></ul></div>
<div class="tools">【我要打印】【关闭窗口】</div>
</div>
<div class="footer">版权所有：中国政府网 | 中文域名：中国政府网.政务<br>网站标识码bm01000001 京ICP备05070218号</div>
</body>
</html>
"""


def _p(text: str, align: str = "") -> str:
    style = f' style="text-align: {align};"' if align else ""
    indent = "" if align else "　　"
    return f"<p{style}>{indent}{text}</p>"


def guofa_page() -> Path:
    body = _reflowed("为保障自由贸易试验区有关改革开放措施", "国务院")
    html = "\n".join([
        _p("国发〔2017〕57号", "center"),
        _p("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
        *(_p(t) for t in body),
        _p("国务院", "right"), _p("2017年12月25日", "right"), _p("（此件公开发布）"),
        f'<p>附件：<a href="/zhengce/content/2018-01/09/5254625/files/fujian.doc">{GUOFA_ANNEX}</a></p>',
    ])
    dateline = ('<div class="pages-date">2018-01-09 17:00<span class="font">来源：中国政府网</span> '
                '<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>'
                '<span class="font"><a href="javascript:print()">打印</a></span></div>')
    # the policy library's record of the document, above the dateline
    info = ('<table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2018-00005</td>'
            '<td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>'
            '<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2017年12月25日</td></tr>'
            f'<tr><td><b>标　　题：</b></td><td colspan="3">{GUOFA_TITLE}</td></tr>'
            '<tr><td><b>发文字号：</b></td><td>国发〔2017〕57号</td><td><b>发布日期：</b></td><td>2018年01月09日</td></tr>'
            '</table>')
    page = PAGE.format(charset="utf-8", keywords="自由贸易试验区", pubdate="2018-01-09 17:00", title=GUOFA_TITLE,
                       dateline=info + "\n" + dateline, body=html, editor="王洋")
    path = HERE / "guofa_decision_page.html"
    path.write_text(page, encoding="utf-8")
    return path


def tianjin_page() -> Path:
    intro = _reflowed("为深入贯彻习近平总书记", "2017年 11月 2日")
    html = "\n".join([
        _p("津科规〔2017〕5号", "center"), _p("各有关单位："), *(_p(t) for t in intro),
        _p("天津市科学技术委员会", "right"), _p("2017年11月2日", "right"),
        '<p>附件：</p>', f'<p><a href="/files/P020171106.pdf">1.{TIANJIN_PLAN}.pdf</a></p>',
        '<p><a href="/files/P020171106_2.doc">2.天津市“一带一路”科技创新合作项目申报表.doc</a></p>',
    ])
    dateline = ('<div class="pages-date"><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>'
                ' <a href="#">分享</a> <a href="javascript:print()">打印本页</a></div>')
    page = PAGE.format(charset="gb2312", keywords="一带一路", pubdate="2017-11-06 10:30", title=TIANJIN_TITLE,
                       dateline=dateline, body=html, editor="刘畅")
    path = HERE / "tianjin_notice_page.html"
    path.write_bytes(page.encode("gb18030"))
    return path


def to_pdf(docx: Path) -> None:
    """Export as an office does: LibreOffice's PDF export of the Word file."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(docx)], check=True, capture_output=True)


def to_text(docx: Path) -> None:
    """The Word file's text, as the txt path would get it from a colleague."""
    from bri_kb.ingest.word import docx_to_text

    docx.with_suffix(".txt").write_text(docx_to_text(docx), encoding="utf-8")


def main() -> None:
    if shutil.which("soffice") is None:
        raise SystemExit("需要 LibreOffice（soffice）")
    for make in (guofa_decision, tianjin_notice, zhejiang_announcement):
        docx = make()
        to_pdf(docx)
        to_text(docx)
    guofa_page()
    tianjin_page()


if __name__ == "__main__":
    main()
