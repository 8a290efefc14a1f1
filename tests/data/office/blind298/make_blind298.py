# ruff: noqa
#!/usr/bin/env python3
"""Blind round 298: Traditional-Chinese (繁體) documents from 横琴、前海、南沙 bodies
and a Macau government notice.  Writes every file next to this script plus
expected.json.

Run:  . /work/venv/bin/activate && python make_blind298.py
Needs python-docx and `soffice` (private profile /tmp/lo_298).
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

# --------------------------------------------------------------------------
# script sanity checks (no converter available: texts are typed by hand)
SIMP_ONLY = set("区门发关号会员执贸经济务业资进这对为国际带设实应证报项额万审条术动电运输货费补贴单与签监检验时间处厅办长书专让议记许论请财购贷质过边达还")
TRAD_ONLY = set("區門發關號會員執貿經濟務業資進這對為國際帶設實應證報項額萬審條術動電運輸貨費補貼單與簽監檢驗時間處廳辦長書專讓議記許論請財購貸質過邊達還")


def check_trad(s):
    bad = sorted({c for c in s if c in SIMP_ONLY})
    assert not bad, f"simplified chars {bad} in traditional text: {s[:40]}"


def check_simp(s):
    bad = sorted({c for c in s if c in TRAD_ONLY})
    assert not bad, f"traditional chars {bad} in simplified text: {s[:40]}"


# --------------------------------------------------------------------------
# docx helpers (GB/T 9704 look)

def set_run_font(run, font=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def fmt_para(p, align="both", indent=2, line=28, before=0, after=0, left=0, right=0):
    pf = p.paragraph_format
    pf.alignment = {
        "both": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(16 * indent) if indent else None
    if left:
        pf.left_indent = Pt(16 * left)
    if right:
        pf.right_indent = Pt(16 * right)


def border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


class GbDoc:
    def __init__(self):
        self.d = Document()
        self.d.settings.odd_and_even_pages_header_footer = True
        st = self.d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.d.sections[0]
        self._setup(sec)

    def _setup(self, sec):
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(20)
        self._footer(sec.footer, "right")
        self._footer(sec.even_page_footer, "left")

    def _footer(self, footer, align):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        fmt_para(p, align=align, indent=0, line=20)
        if align == "right":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)

        def r(text=None, fld=None, instr=None):
            run = p.add_run()
            set_run_font(run, SONG, 14)
            if text is not None:
                run.text = text
            if fld:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), fld)
                run._element.append(fc)
            if instr:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = instr
                run._element.append(it)
        r("— ")
        r(fld="begin")
        r(instr=" PAGE ")
        r(fld="separate")
        r("1")
        r(fld="end")
        r(" —")

    def new_section(self):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        # footers stay linked to the first section: numbering continues
        return sec

    def para(self, chunks, align="both", indent=2, line=28, before=0, after=0, left=0, right=0):
        """chunks: list of (text, font, bold) or a plain string; "\n" inside text = soft break."""
        p = self.d.add_paragraph()
        fmt_para(p, align, indent, line, before, after, left, right)
        if isinstance(chunks, str):
            chunks = [(chunks, FS, False)]
        for text, font, bold in chunks:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    run = p.add_run()
                    set_run_font(run, font, 16, bold)
                    run.add_break(WD_BREAK.LINE)
                run = p.add_run(part)
                set_run_font(run, font, 16, bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=0)

    def red_head(self, text, size=26, scale=None):
        p = self.d.add_paragraph()
        fmt_para(p, "center", 0, line=size + 10, before=0)
        run = p.add_run(text)
        set_run_font(run, XBS, size, False, RED, scale)
        return p

    def number_line(self, text):
        self.blank(1)
        p = self.para(text, "center", 0)
        return p

    def red_rule(self):
        p = self.d.add_paragraph()
        fmt_para(p, "center", 0, line=8)
        border(p, "bottom", "E60012", 18, 1)

    def title(self, text, size=22):
        p = self.d.add_paragraph()
        fmt_para(p, "center", 0, line=36)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                run = p.add_run()
                set_run_font(run, XBS, size)
                run.add_break(WD_BREAK.LINE)
            run = p.add_run(part)
            set_run_font(run, XBS, size)
        return p

    def h1(self, text):
        return self.para([(text, HT, False)])

    def run_in(self, head, rest, font=KT):
        return self.para([(head, font, False), (rest, FS, False)])

    def chapter(self, text):
        return self.para([(text, HT, False)], "center", 0)

    def article(self, label, rest):
        return self.para([(label, HT, False), ("　" + rest, FS, False)])

    def sign(self, organ, date, pad=2, organ_right=2):
        self.blank(pad)
        self.para(organ, "right", 0, right=organ_right)
        self.para(date, "right", 0, right=4)

    def publicity(self, text):
        self.para(text, indent=2)

    def banji(self, chaosong, organ, date):
        self.blank(2)
        p = self.d.add_paragraph()
        fmt_para(p, "left", 0, line=26, left=0.5, right=0.5)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
        run = p.add_run(chaosong)
        set_run_font(run, FS, 14)
        p = self.d.add_paragraph()
        fmt_para(p, "left", 0, line=26, left=0.5)
        border(p, "bottom", "000000", 8, 4)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(153), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(organ + "\t" + date)
        set_run_font(run, FS, 14)

    def table(self, header, rows, widths, merges=()):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        allrows = [header] + rows
        # merges: list of (col, first_row, last_row) in data-row indices (0-based)
        covered = set()
        for col, a, b in merges:
            for r in range(a + 1, b + 1):
                covered.add((r + 1, col))
        for ri, vals in enumerate(allrows):
            for ci, v in enumerate(vals):
                cell = t.cell(ri, ci)
                cell.width = Mm(widths[ci])
                p = cell.paragraphs[0]
                fmt_para(p, "center", 0, line=22)
                if (ri, ci) in covered:
                    continue
                run = p.add_run(v)
                set_run_font(run, HT if ri == 0 else FS, 14)
        for col, a, b in merges:
            t.cell(a + 1, col).merge(t.cell(b + 1, col))
        # repeat header row
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
        return t

    def page_break(self):
        p = self.d.add_paragraph()
        fmt_para(p, indent=0)
        p.add_run().add_break(WD_BREAK.PAGE)

    def save(self, path):
        self.d.save(path)


def to_pdf(docx_path):
    prof = "file:///tmp/lo_298"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf",
         "--outdir", str(docx_path.parent), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = docx_path.with_suffix(".pdf")
    assert pdf.exists(), pdf


EXPECTED = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    for k in ("title", "doc_number", "region", "doc_type", "publicity", "repeals"):
        if base[k]:
            check_simp(base[k])
    for k in ("issuer", "attachments", "recipients"):
        for v in base[k]:
            check_simp(v)
    return base


def add_expected(stem, m, clauses, specific):
    for c in clauses:
        assert c.strip(), stem
    for key in specific:
        assert len(key) >= 15, key
        hits = [c for c in clauses if c.startswith(key)]
        assert len(hits) == 1, (stem, key, len(hits))
        for place in specific[key]:
            check_simp(place)
    EXPECTED.setdefault(stem, []).append(
        {"meta": m, "clauses": clauses, "applies_to": {"specific": specific}})


# ==========================================================================
# (1) 横琴: 繁體 HTML page with the site's 繁/简 switch

HQ_TITLE = "橫琴粵澳深度合作區執行委員會關於支持澳門企業拓展跨境電商和“一帶一路”市場的通知"
HQ_NO = "琴執委〔2025〕12號"
HQ_MAIN = "合作區各局（辦）、各法定機構，各有關企業："
HQ_BODY = [
    ("p", "為深入貫徹落實《橫琴粵澳深度合作區建設總體方案》，發揮合作區連接澳門、聯通葡語國家的平台作用，"
          "支持澳門企業和在合作區發展的澳資企業拓展跨境電子商務和共建“一帶一路”國家市場，經執行委員會同意，"
          "現就有關事項通知如下："),
    ("h1", "一、支持對象"),
    ("p", "在合作區依法登記註冊並具有獨立法人資格的企業，以及在澳門特別行政區依法登記、在合作區設有分支機構"
          "或實際經營場所的澳門企業（以下統稱“申報企業”）。申報企業應當信用狀況良好，近三年未發生重大安全生產、"
          "環境污染事故和嚴重失信行為。"),
    ("h1", "二、支持措施"),
    ("run", "（一）支持跨境電商業務發展。",
     "對申報企業通過跨境電商B2C直購出口（9610）、B2B直接出口（9710）、出口海外倉（9810）和網購保稅進口（1210）"
     "模式開展進出口業務，年度跨境電商進出口額首次達到1000萬元的，給予一次性獎勵30萬元；在上一年度基礎上每增長"
     "1000萬元，再給予10萬元獎勵，單個企業年度獎勵最高不超過200萬元。"),
    ("run", "（二）支持開拓葡語國家和“一帶一路”市場。",
     "對申報企業赴葡萄牙、巴西、安哥拉、莫桑比克等葡語國家以及其他共建“一帶一路”國家參加境外展會的，"
     "按展位費、特裝費的70%給予補貼，單個企業年度補貼最高不超過50萬元。"),
    ("run", "（三）支持建設海外倉。",
     "對申報企業在共建“一帶一路”國家自建或者租用海外倉，倉儲面積達到2000平方米以上並為合作區企業提供公共服務的，"
     "按實際投入的30%給予一次性補助，最高不超過300萬元。"),
    ("run", "（四）支持澳門青年跨境電商創業。",
     "對入駐橫琴·澳門青年創業谷、從事跨境電商業務的澳門青年創業團隊，免收首兩年場地租金，並按實際發生物流費用的"
     "50%給予補貼，每個團隊每年最高不超過10萬元。"),
    ("run", "（五）便利貨物通關。",
     "依託橫琴口岸“合作查驗、一次放行”通關模式，對申報企業經“二線”進入內地的跨境電商貨物，由海關等部門提供"
     "預約通關、優先查驗服務。"),
    ("h1", "三、申報程序"),
    ("run", "1.網上申報。", "申報企業於2025年5月1日至6月30日登錄合作區企業服務平台填報申報信息，並上傳附件材料。"),
    ("run", "2.審核公示。", "合作區經濟發展局會同財政局對申報材料進行審核，審核結果在合作區門戶網站公示5個工作日。"),
    ("run", "3.資金撥付。", "公示無異議的，由財政局按程序撥付資金。澳門企業可以選擇以人民幣或者澳門元收款。"),
    ("h1", "四、其他事項"),
    ("p", "（一）同一企業同一項目同時符合合作區其他同類支持政策的，按照“從高不重複”原則執行。"),
    ("p", "（二）申報企業提供虛假材料騙取資金的，追回已撥付資金，並依法依規納入失信記錄。"),
    ("p", "（三）本通知自2025年5月1日起施行，有效期至2026年12月31日，由合作區經濟發展局負責解釋。"),
]
HQ_ATT = ["澳門企業拓展跨境電商和“一帶一路”市場支持資金申報表", "申報企業信用承諾書"]


def clauses_of(body):
    out = []
    for item in body:
        if item[0] == "p":
            out.append(item[1])
        elif item[0] in ("run", "art"):
            out.append(item[1] + item[2])
        elif item[0] == "artm":  # article with several paragraphs
            out.append("\n".join([item[1] + item[2]] + list(item[3])))
        elif item[0] == "rows":
            out.extend(item[1])
    return out


def make_hengqin():
    stem = "blind298_hengqin_tongzhi"
    for item in HQ_BODY:
        for s in item[1:]:
            check_trad(s)
    body_html = []
    for item in HQ_BODY:
        if item[0] == "p":
            body_html.append(f'<p style="text-indent:2em;">{item[1]}</p>')
        elif item[0] == "h1":
            body_html.append(f'<p style="text-indent:2em;"><span style="font-family:黑體,SimHei;">{item[1]}</span></p>')
        elif item[0] == "run":
            body_html.append(f'<p style="text-indent:2em;"><span style="font-family:楷體,KaiTi;">{item[1]}</span>{item[2]}</p>')
    body_html = "\n".join(body_html)
    html = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{HQ_TITLE}_通知公告_橫琴粵澳深度合作區門戶網站</title>
<meta name="SiteName" content="橫琴粵澳深度合作區門戶網站">
<meta name="SiteDomain" content="www.hengqin.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{HQ_TITLE}">
<meta name="PubDate" content="2025-04-10 16:30">
<meta name="ContentSource" content="經濟發展局">
<style>
body {{ font-family: "Microsoft JhengHei", "PMingLiU", sans-serif; margin:0; color:#333; }}
.topbar {{ background:#f3f3f3; font-size:12px; padding:4px 40px; }}
.topbar a {{ color:#666; margin:0 4px; }}
.topbar .on {{ color:#b40000; font-weight:bold; }}
.header {{ background:#0b4ea2; color:#fff; padding:18px 40px; font-size:26px; }}
.nav a {{ display:inline-block; padding:10px 18px; color:#0b4ea2; }}
.crumb {{ font-size:13px; padding:8px 40px; color:#888; }}
table.xxgk {{ border-collapse:collapse; margin:10px 40px; width:900px; font-size:13px; }}
table.xxgk td {{ border:1px solid #dcdcdc; padding:6px 10px; }}
table.xxgk td.k {{ background:#f6f9fd; width:90px; color:#0b4ea2; }}
.article {{ width:900px; margin:0 40px; }}
.article h1 {{ font-size:24px; text-align:center; color:#b40000; line-height:1.6; }}
.info {{ text-align:center; font-size:13px; color:#999; border-bottom:1px dashed #ccc; padding-bottom:8px; }}
.content p {{ font-size:17px; line-height:2; margin:0; font-family:仿宋,FangSong,serif; }}
.related {{ margin:20px 40px; font-size:14px; }}
.footer {{ background:#0b4ea2; color:#dde; font-size:12px; text-align:center; padding:16px; margin-top:30px; }}
</style>
<script>
/* 繁/简 切換：簡體頁與繁體頁為兩個獨立頁面 */
function switchLang(to) {{
  var p = location.pathname;
  if (to === 'hans') {{ location.href = p.replace('/zh-hant/', '/zh-hans/'); }}
  else {{ location.href = p.replace('/zh-hans/', '/zh-hant/'); }}
}}
</script>
</head>
<body>
<div class="topbar">
  <span>您好，歡迎訪問橫琴粵澳深度合作區門戶網站！</span>
  <span style="float:right;">
    <a href="javascript:switchLang('hans');" id="lang-hans">简体</a>|<a class="on" id="lang-hant">繁體</a>|<a href="/en/">English</a>|<a href="/pt/">Português</a>|<a href="#">無障礙瀏覽</a>|<a href="#">長者模式</a>
  </span>
</div>
<div class="header">橫琴粵澳深度合作區<span style="font-size:14px;margin-left:20px;">Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin</span>
  <form style="float:right;font-size:13px;"><input type="text" placeholder="請輸入關鍵字"><button>搜尋</button></form>
</div>
<div class="nav">
  <a href="/zh-hant/">首頁</a><a href="#">合作區概況</a><a href="#">政務公開</a><a href="#">政務服務</a><a href="#">投資合作</a><a href="#">琴澳生活</a><a href="#">互動交流</a>
</div>
<div class="crumb">當前位置：<a href="/zh-hant/">首頁</a> &gt; <a href="#">政務公開</a> &gt; <a href="#">通知公告</a></div>

<table class="xxgk">
<tr><td class="k">索引號</td><td>11440400MB2C5F107X/2025-00087</td><td class="k">分類</td><td>商貿、海關、旅遊\\對外經貿合作</td></tr>
<tr><td class="k">發布機構</td><td>橫琴粵澳深度合作區執行委員會</td><td class="k">成文日期</td><td>2025-04-08</td></tr>
<tr><td class="k">名稱</td><td colspan="3">{HQ_TITLE}</td></tr>
<tr><td class="k">文號</td><td>{HQ_NO}</td><td class="k">發布日期</td><td>2025-04-10</td></tr>
<tr><td class="k">主題詞</td><td colspan="3"></td></tr>
</table>

<div class="article">
<h1>橫琴粵澳深度合作區執行委員會關於支持澳門企業<br>拓展跨境電商和“一帶一路”市場的通知</h1>
<div class="info">發布時間：2025-04-10 16:30　　來源：經濟發展局　　瀏覽次數：<span id="hits">2137</span>　　字號：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　　<a href="javascript:window.print();">列印</a></div>
<div class="content">
<p style="text-align:center;">{HQ_NO}</p>
<p>&nbsp;</p>
<p>{HQ_MAIN}</p>
{body_html}
<p>&nbsp;</p>
<p style="text-indent:2em;">附件：<a href="/attachment/0/512/512887/1.docx">1.{HQ_ATT[0]}</a></p>
<p style="padding-left:5em;"><a href="/attachment/0/512/512888/2.docx">2.{HQ_ATT[1]}</a></p>
<p>&nbsp;</p>
<p style="text-align:right;padding-right:2em;">橫琴粵澳深度合作區執行委員會</p>
<p style="text-align:right;padding-right:4em;">2025年4月8日</p>
<p style="text-indent:2em;">（此件公開發布）</p>
</div>
<div class="related">
<p><b>相關解讀：</b><a href="#">一圖讀懂｜澳門企業拓展跨境電商和“一帶一路”市場可以享受哪些支持？</a></p>
<p><b>相關文件：</b></p>
<ul>
<li><a href="#">橫琴粵澳深度合作區執行委員會關於印發《橫琴粵澳深度合作區促進會展產業發展扶持辦法》的通知（琴執委〔2024〕31號）</a>　2024-11-26</li>
<li><a href="#">橫琴粵澳深度合作區經濟發展局關於做好2025年度外經貿發展專項資金申報工作的通知</a>　2025-02-17</li>
</ul>
<p style="text-align:right;"><a href="javascript:window.close();">【關閉窗口】</a>　<a href="#">【返回頂部】</a></p>
</div>
</div>

<div class="footer">
  主辦：橫琴粵澳深度合作區執行委員會辦公廳　　承辦：橫琴粵澳深度合作區數字化發展中心<br>
  網站標識碼：4404000125　　粵ICP備2021183657號　　粵公網安備44049102496510號<br>
  地址：廣東省珠海市橫琴粵澳深度合作區琴政路88號　　建議使用1366×768分辨率瀏覽
</div>
</body>
</html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")

    m = meta(title="横琴粤澳深度合作区执行委员会关于支持澳门企业拓展跨境电商和“一带一路”市场的通知",
             doc_number="琴执委〔2025〕12号", issuer=["横琴粤澳深度合作区执行委员会"],
             date="2025-04-08", published="2025-04-10", level="zone", region="横琴粤澳深度合作区",
             effective="2025-05-01", expires="2026-12-31",
             attachments=["澳门企业拓展跨境电商和“一带一路”市场支持资金申报表", "申报企业信用承诺书"],
             doc_type="通知", recipients=["合作区各局（办）", "各法定机构", "各有关企业"],
             publicity="此件公开发布")
    clauses = clauses_of(HQ_BODY)
    specific = {"（四）支持澳門青年跨境電商創業。對入駐橫琴·澳門青年創業谷": ["横琴·澳门青年创业谷"]}
    add_expected(stem, m, clauses, specific)


# ==========================================================================
# (2) 前海: 繁體 Word file + PDF, 印发通知 with the 辦法 (第X條)

QH_ORG = "深圳市前海深港現代服務業合作區管理局"
QH_NO = "深前海規〔2025〕4號"
QH_BANFA = "前海深港現代服務業合作區支持港澳企業發展跨境貿易和“一帶一路”業務辦法"
QH_TITLE_PRINT = ("深圳市前海深港現代服務業合作區管理局\n關於印發《前海深港現代服務業合作區"
                  "\n支持港澳企業發展跨境貿易和“一帶一路”\n業務辦法》的通知")
QH_NOTICE = [("p", f"《{QH_BANFA}》已經管理局局務會議審議通過，現予印發，請認真遵照執行。執行中遇到的問題，"
                   "請徑向管理局現代服務業處反映。")]
QH_TABLE_HEADER = ["業務類型", "年度新增業務量", "支持標準"]
QH_TABLE = [
    ["保稅維修", "維修貨值1億元以上", "獎勵50萬元"],
    ["保稅維修", "維修貨值5000萬元至1億元", "獎勵20萬元"],
    ["保稅研發", "研發投入2000萬元以上", "獎勵30萬元"],
    ["跨境電商保稅備貨", "備貨單量100萬單以上", "獎勵40萬元"],
    ["跨境電商保稅備貨", "備貨單量50萬單至100萬單", "獎勵15萬元"],
]
QH_ROWS = ["；".join(f"{h}：{v}" for h, v in zip(QH_TABLE_HEADER, r)) for r in QH_TABLE]

QH_BODY = [
    ("chap", "第一章　總　　則"),
    ("art", "第一條", "為落實《全面深化前海深港現代服務業合作區改革開放方案》，推進前海與香港規則銜接、機制對接，"
                    "支持港澳企業以前海合作區為平台發展跨境貿易和共建“一帶一路”業務，根據國家和省、市有關規定，"
                    "結合前海合作區實際，制定本辦法。"),
    ("artm", "第二條", "本辦法適用於在前海合作區依法登記註冊、稅務關係在前海合作區並實質性經營的港澳資企業"
                     "（以下簡稱“港澳企業”）。",
     ["本辦法所稱港澳資企業，是指香港特別行政區、澳門特別行政區投資者直接或者間接持股比例合計不低於25%的企業。"]),
    ("art", "第三條", "深圳市前海深港現代服務業合作區管理局（以下簡稱“管理局”）負責本辦法的組織實施。"
                    "管理局現代服務業處具體承辦申報受理、審核和資金撥付工作。"),
    ("chap", "第二章　支持措施"),
    ("art", "第四條", "【跨境貿易規模獎勵】港澳企業年度貨物貿易進出口額首次超過1億元的，給予一次性獎勵50萬元；"
                    "首次超過5億元的，給予一次性獎勵150萬元。已獲得前一檔獎勵的，按差額補足。"),
    ("art", "第五條", "【“一帶一路”業務獎勵】港澳企業承接共建“一帶一路”國家工程項目或者提供跨境專業服務，"
                    "並以前海合作區為資金結算地的，按項目年度結算收入的1%給予獎勵，單個企業年度獎勵最高不超過300萬元。"),
    ("art", "第六條", "【保稅業務支持】對在前海綜合保稅區內開展保稅維修、保稅研發和跨境電商保稅備貨業務的港澳企業，"
                    "按年度新增業務量分檔給予支持，具體標準如下表："),
    ("table",),
    ("rows", QH_ROWS),
    ("art", "第七條", "【跨境金融便利】支持前海合作區內銀行機構為港澳企業提供跨境人民幣結算、本外幣合一銀行結算賬戶"
                    "和跨境雙向資金池等服務。港澳企業通過前海合作區內銀行機構辦理跨境人民幣貿易結算的，按年度結算額的"
                    "0.1%給予獎勵，單個企業年度最高不超過100萬元。"),
    ("art", "第八條", "【專業服務補貼】港澳企業聘請香港律師事務所、會計師事務所或者在前海合作區設立的粵港澳聯營律師事務所，"
                    "為其“一帶一路”項目提供法律、會計服務的，按實際服務費用的50%給予補貼，單個企業年度最高不超過30萬元。"),
    ("art", "第九條", "【通關便利】管理局會同前海海關等單位，為港澳企業提供“一企一策”通關服務；對經深圳灣口岸、"
                    "媽灣港和蛇口郵輪母港進出的港澳企業貨物，落實提前申報、“兩步申報”等便利措施。"),
    ("chap", "第三章　申報與管理"),
    ("artm", "第十條", "申報企業應當提交下列材料：",
     ["（一）申報表；", "（二）營業執照及港澳投資者身份證明文件；", "（三）經審計的上一年度財務報告；",
      "（四）海關進出口數據、結算憑證等業務證明材料；", "（五）管理局要求的其他材料。"]),
    ("art", "第十一條", "同一企業同一事項同時符合本辦法和前海合作區其他支持政策的，按照“從高不重複”原則給予支持。"),
    ("art", "第十二條", "申報企業以虛報、冒領等手段騙取支持資金的，管理局追回已撥付資金，取消其三年內申報資格，"
                      "並按規定納入信用記錄；涉嫌犯罪的，依法移送司法機關處理。"),
    ("chap", "第四章　附　　則"),
    ("art", "第十三條", "本辦法所稱“以上”包含本數；所稱“元”，除特別註明外，均指人民幣元。"),
    ("art", "第十四條", "本辦法由管理局負責解釋。"),
    ("art", "第十五條", "本辦法自2025年7月1日起施行，有效期3年。《前海深港現代服務業合作區促進跨境貿易發展暫行辦法》"
                      "（深前海規〔2022〕2號）同時廢止。"),
]


def art_clause(label, rest):
    return label + "　" + rest


def qh_clauses():
    out = [QH_NOTICE[0][1]]
    for item in QH_BODY:
        if item[0] == "art":
            out.append(art_clause(item[1], item[2]))
        elif item[0] == "artm":
            out.append("\n".join([art_clause(item[1], item[2])] + item[3]))
        elif item[0] == "rows":
            out.extend(item[1])
    return out


def make_qianhai():
    stem = "blind298_qianhai_banfa"
    for item in QH_BODY + QH_NOTICE:
        for s in item[1:]:
            if isinstance(s, str):
                check_trad(s)
    for r in QH_TABLE:
        for s in r:
            check_trad(s)
    check_trad(QH_TITLE_PRINT)

    g = GbDoc()
    g.blank(1)
    g.red_head(QH_ORG + "文件", size=26, scale=78)
    g.blank(1)
    g.para(QH_NO, "center", 0)
    g.red_rule()
    g.blank(1)
    g.title(QH_TITLE_PRINT)
    g.blank(1)
    g.para("各有關單位：", indent=0)
    g.para(QH_NOTICE[0][1])
    g.sign(QH_ORG, "2025年6月20日", pad=2)
    g.publicity("（此件公開發布）")

    # the 辦法 in its own section
    g.new_section()
    g.title(QH_BANFA.replace("發展跨境貿易", "\n發展跨境貿易"))
    g.blank(1)
    for item in QH_BODY:
        kind = item[0]
        if kind == "chap":
            g.chapter(item[1])
        elif kind == "art":
            g.article(item[1], item[2])
        elif kind == "artm":
            g.article(item[1], item[2])
            for sub in item[3]:
                g.para(sub)
        elif kind == "table":
            g.para([("表　前海綜合保稅區保稅業務支持標準", HT, False)], "center", 0, before=6)
            g.table(QH_TABLE_HEADER, QH_TABLE, [40, 70, 45], merges=[(0, 0, 1), (0, 3, 4)])
            g.blank(1)
    g.banji("抄送：深圳市人民政府辦公廳，市商務局，市財政局，深圳海關，前海海關。",
            "深圳市前海管理局綜合辦公室", "2025年6月23日印發")
    docx = HERE / f"{stem}.docx"
    g.save(docx)
    to_pdf(docx)

    m = meta(title="深圳市前海深港现代服务业合作区管理局关于印发《前海深港现代服务业合作区支持港澳企业"
                   "发展跨境贸易和“一带一路”业务办法》的通知",
             doc_number="深前海规〔2025〕4号", issuer=["深圳市前海深港现代服务业合作区管理局"],
             date="2025-06-20", published="2025-06-23", level="zone",
             region="前海深港现代服务业合作区", effective="2025-07-01", expires="2028-06-30",
             attachments=[], doc_type="通知", recipients=["各有关单位"], publicity="此件公开发布",
             repeals="《前海深港现代服务业合作区促进跨境贸易发展暂行办法》（深前海规〔2022〕2号）")
    clauses = qh_clauses()
    specific = {"第六條　【保稅業務支持】對在前海綜合保稅區內": ["前海综合保税区"]}
    for r in QH_ROWS:
        specific[r] = ["前海综合保税区"]
    add_expected(stem, m, clauses, specific)


# ==========================================================================
# (3) 南沙: one PDF, 简体 original followed by its 繁體 version

NS_ORG_S = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
NS_ORG_T = "中國（廣東）自由貿易試驗區廣州南沙新區片區管理委員會"
NS_NO_S = "穗南自贸〔2025〕5号"
NS_NO_T = "穗南自貿〔2025〕5號"
NS_TITLE_S = NS_ORG_S + "关于支持港澳企业以南沙为平台\n参与“一带一路”建设的实施意见"
NS_TITLE_T = NS_ORG_T + "關於支持港澳企業以南沙為平台\n參與“一帶一路”建設的實施意見"

# (kind, simplified, traditional) -- kind "p", "h1", "run" (run: head, rest)
NS_BODY = [
    ("p", "为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，发挥南沙连接港澳、联通“一带一路”的枢纽作用，"
          "支持港澳企业以南沙为平台开拓国际市场，经片区管委会主任办公会议审议同意，现提出如下实施意见。",
          "為貫徹落實《廣州南沙深化面向世界的粵港澳全面合作總體方案》，發揮南沙連接港澳、聯通“一帶一路”的樞紐作用，"
          "支持港澳企業以南沙為平台開拓國際市場，經片區管委會主任辦公會議審議同意，現提出如下實施意見。"),
    ("h1", "一、打造港澳企业“走出去”服务平台", "一、打造港澳企業“走出去”服務平台"),
    ("run", ("（一）建设综合服务中心。",
             "设立港澳企业“走出去”综合服务中心，集成境外投资备案、法律查明、商事调解、知识产权和出口信用保险等服务，"
             "为港澳企业参与“一带一路”建设提供“一站式”服务。"),
            ("（一）建設綜合服務中心。",
             "設立港澳企業“走出去”綜合服務中心，集成境外投資備案、法律查明、商事調解、知識產權和出口信用保險等服務，"
             "為港澳企業參與“一帶一路”建設提供“一站式”服務。")),
    ("run", ("（二）发展国际商事法律服务。",
             "支持香港、澳门律师事务所与内地律师事务所在南沙设立合伙联营律师事务所，推动南沙国际仲裁中心与香港、"
             "澳门仲裁机构在案件互荐、仲裁员互聘等方面开展合作。"),
            ("（二）發展國際商事法律服務。",
             "支持香港、澳門律師事務所與內地律師事務所在南沙設立合夥聯營律師事務所，推動南沙國際仲裁中心與香港、"
             "澳門仲裁機構在案件互薦、仲裁員互聘等方面開展合作。")),
    ("h1", "二、支持港澳企业拓展跨境贸易", "二、支持港澳企業拓展跨境貿易"),
    ("run", ("（一）支持跨境电商发展。",
             "对港澳企业在南沙综合保税区开展跨境电商网购保税进口（1210）业务、年度进口额超过5亿元的，"
             "给予最高200万元奖励。"),
            ("（一）支持跨境電商發展。",
             "對港澳企業在南沙綜合保稅區開展跨境電商網購保稅進口（1210）業務、年度進口額超過5億元的，"
             "給予最高200萬元獎勵。")),
    ("run", ("（二）支持国际中转集拼。",
             "依托南沙港区国际航线资源，对港澳企业在南沙开展国际中转集拼业务、年度集拼箱量超过1万标准箱的，"
             "按每标准箱50元给予补贴，单个企业年度补贴最高不超过100万元。"),
            ("（二）支持國際中轉集拼。",
             "依託南沙港區國際航線資源，對港澳企業在南沙開展國際中轉集拼業務、年度集拼箱量超過1萬標準箱的，"
             "按每標準箱50元給予補貼，單個企業年度補貼最高不超過100萬元。")),
    ("run", ("（三）推进通关便利化。",
             "深化“粤港澳大湾区组合港”“湾区一港通”改革，港澳企业进出口货物经南沙港区与香港葵青、澳门九澳港区之间"
             "转运的，按照“一次申报、一次查验、一次放行”模式办理。"),
            ("（三）推進通關便利化。",
             "深化“粵港澳大灣區組合港”“灣區一港通”改革，港澳企業進出口貨物經南沙港區與香港葵青、澳門九澳港區之間"
             "轉運的，按照“一次申報、一次查驗、一次放行”模式辦理。")),
    ("h1", "三、强化要素保障", "三、強化要素保障"),
    ("run", ("（一）加强金融支持。",
             "支持片区内银行机构为港澳企业办理跨境人民币贷款、跨境双向人民币资金池等业务。对港澳企业在境内外发行"
             "“一带一路”主题债券的，按发行规模的0.5%给予补贴，单个企业最高不超过100万元。"),
            ("（一）加強金融支持。",
             "支持片區內銀行機構為港澳企業辦理跨境人民幣貸款、跨境雙向人民幣資金池等業務。對港澳企業在境內外發行"
             "“一帶一路”主題債券的，按發行規模的0.5%給予補貼，單個企業最高不超過100萬元。")),
    ("run", ("（二）保障发展空间。",
             "在庆盛枢纽区块规划建设港澳企业总部基地，对入驻基地的港澳企业地区总部，前三年按每月每平方米40元的标准"
             "给予租金补贴。"),
            ("（二）保障發展空間。",
             "在慶盛樞紐區塊規劃建設港澳企業總部基地，對入駐基地的港澳企業地區總部，前三年按每月每平方米40元的標準"
             "給予租金補貼。")),
    ("run", ("（三）便利人才往来。",
             "为港澳企业聘用的外籍高层次人才和共建“一带一路”国家专业人才提供签证、停居留便利；在南沙工作的港澳居民，"
             "按规定享受个人所得税优惠政策。"),
            ("（三）便利人才往來。",
             "為港澳企業聘用的外籍高層次人才和共建“一帶一路”國家專業人才提供簽證、停居留便利；在南沙工作的港澳居民，"
             "按規定享受個人所得稅優惠政策。")),
    ("h1", "四、组织实施", "四、組織實施"),
    ("p", "（一）片区经济发展局牵头统筹本意见的实施，各有关部门按照职责分工于2025年4月30日前制定操作细则。",
          "（一）片區經濟發展局牽頭統籌本意見的實施，各有關部門按照職責分工於2025年4月30日前制定操作細則。"),
    ("p", "（二）本意见自2025年3月1日起施行，有效期至2027年12月31日。",
          "（二）本意見自2025年3月1日起施行，有效期至2027年12月31日。"),
]


def make_nansha():
    stem = "blind298_nansha_yijian"
    for item in NS_BODY:
        s, t = item[1], item[2]
        s = "".join(s) if isinstance(s, tuple) else s
        t = "".join(t) if isinstance(t, tuple) else t
        check_simp(s)
        check_trad(t)
    check_simp(NS_TITLE_S)
    check_trad(NS_TITLE_T)

    g = GbDoc()

    def body(idx):
        for item in NS_BODY:
            kind, v = item[0], item[idx]
            if kind == "p":
                g.para(v)
            elif kind == "h1":
                g.h1(v)
            elif kind == "run":
                g.run_in(v[0], v[1])

    # --- 简体 original
    g.blank(1)
    g.red_head(NS_ORG_S + "文件", size=28, scale=52)
    g.blank(1)
    g.para(NS_NO_S, "center", 0)
    g.red_rule()
    g.blank(1)
    g.title(NS_TITLE_S)
    g.blank(1)
    g.para("片区各部门，各有关单位：", indent=0)
    body(1)
    g.sign(NS_ORG_S, "2025年2月18日", pad=2, organ_right=0)
    g.blank(1)
    g.publicity("（此件公开发布）")
    g.banji("抄送：广东省商务厅，广州市人民政府办公厅，市商务局，广州海关，南沙海关。",
            NS_ORG_S + "办公室", "2025年2月20日印发")

    # --- 繁體 version (copy for Hong Kong and Macau readers)
    g.new_section()
    g.para([("繁體中文版本", HT, False)], "center", 0)
    g.para([("（本繁體中文版本僅供參考，內容如與簡體中文版本有歧義，以簡體中文版本為準。）", KT, False)], "center", 0)
    g.blank(1)
    g.title(NS_TITLE_T)
    g.para(NS_NO_T, "center", 0)
    g.blank(1)
    g.para("片區各部門，各有關單位：", indent=0)
    body(2)
    g.sign(NS_ORG_T, "2025年2月18日", pad=2, organ_right=0)
    g.blank(1)
    g.publicity("（此件公開發布）")
    docx = HERE / f"{stem}.docx"
    g.save(docx)
    to_pdf(docx)

    clauses = []
    for item in NS_BODY:
        if item[0] == "p":
            clauses.append(item[1])
        elif item[0] == "run":
            clauses.append(item[1][0] + item[1][1])
    m = meta(title=NS_TITLE_S.replace("\n", ""), doc_number=NS_NO_S, issuer=[NS_ORG_S],
             date="2025-02-18", published="2025-02-20", level="zone",
             region="中国（广东）自由贸易试验区广州南沙新区片区",
             effective="2025-03-01", expires="2027-12-31", attachments=[], doc_type="实施意见",
             recipients=["片区各部门", "各有关单位"], publicity="此件公开发布")
    specific = {"（一）支持跨境电商发展。对港澳企业在南沙综合保税区": ["南沙综合保税区"],
                "（二）保障发展空间。在庆盛枢纽区块规划建设": ["庆盛枢纽区块"]}
    add_expected(stem, m, clauses, specific)


# ==========================================================================
# (4) 澳门: a page saved as text, Big5, CRLF

MO_TITLE = "關於受理「橫琴粵澳深度合作區支持澳門企業拓展跨境電商和“一帶一路”市場」措施諮詢及代收申請的通告"
MO_BODY = [
    ("p", "為配合橫琴粵澳深度合作區執行委員會《關於支持澳門企業拓展跨境電商和“一帶一路”市場的通知》"
          "（琴執委〔2025〕12號）的實施，便利澳門企業申請合作區相關支持措施，經濟及科技發展局（下稱“本局”）"
          "現公布以下安排："),
    ("h1", "一、服務對象"),
    ("p", "在澳門特別行政區依法登記，並已在橫琴粵澳深度合作區設立分支機構或實際經營場所的澳門企業及商業企業主。"),
    ("h1", "二、服務內容"),
    ("p", "（一）政策諮詢：本局投資者服務中心設立“橫琴措施”諮詢專窗，為澳門企業解答措施的適用範圍、申請條件及"
          "所需文件等問題。"),
    ("p", "（二）代收申請：澳門企業可將紙本申請文件遞交本局，由本局統一轉交合作區經濟發展局處理；以電子方式申請者，"
          "仍須經合作區企業服務平台提交。"),
    ("p", "（三）市場對接：本局聯同澳門貿易投資促進局，協助有意拓展葡語國家及共建“一帶一路”國家市場的澳門企業"
          "參加境外展會及商貿配對活動。"),
    ("h1", "三、受理時間及地點"),
    ("p", "1. 受理時間：2025年5月1日至6月27日，星期一至星期五上午9時至下午5時45分（公眾假期除外）。"),
    ("p", "2. 受理地點：澳門友誼大馬路九一八號本局大樓地下投資者服務中心。"),
    ("p", "3. 查詢電話：(853) 8898 0000（辦公時間內）。"),
    ("h1", "四、注意事項"),
    ("p", "（一）以葡文或英文撰寫的申請文件，須附同中文譯本。"),
    ("p", "（二）本局僅負責代收及轉交文件，審批結果以合作區經濟發展局的決定為準。"),
    ("p", "（三）措施的詳細內容，請瀏覽橫琴粵澳深度合作區門戶網站。"),
]


def make_macau():
    stem = "blind298_macau_tonggao"
    lines = [
        "跳至主要內容",
        "中文 | Portugues | English",
        "澳門特別行政區政府",
        "經濟及科技發展局",
        "Direccao dos Servicos de Economia e Desenvolvimento Tecnologico",
        "",
        "首頁 | 關於本局 | 最新消息 | 投資者服務 | 橫琴專區 | 聯絡我們",
        "現在位置：首頁 > 最新消息 > 通告",
        "",
        MO_TITLE,
        "",
        "發布日期：2025-04-15　　　　瀏覽次數：856",
        "",
    ]
    for kind, text in MO_BODY:
        lines.append(text)
    lines += [
        "",
        "經濟及科技發展局",
        "二零二五年四月十四日",
        "",
        "分享：Facebook | 微信 | 列印本頁",
        "",
        "相關連結：橫琴粵澳深度合作區門戶網站 | 澳門貿易投資促進局 | 澳門特別行政區政府入口網站",
        "",
        "版權所有 (C) 2025 澳門特別行政區政府經濟及科技發展局　　私隱政策　　網站地圖",
        "最佳瀏覽解像度：1280 x 800",
    ]
    text = "\r\n".join(lines) + "\r\n"
    check_trad(text)
    (HERE / f"{stem}.txt").write_bytes(text.encode("big5"))  # strict: fails on any non-Big5 char

    m = meta(title="关于受理「横琴粤澳深度合作区支持澳门企业拓展跨境电商和“一带一路”市场」措施咨询及代收申请的通告",
             doc_number=None, issuer=["澳门特别行政区政府经济及科技发展局"], date="2025-04-14",
             published="2025-04-15", level="provincial", region="澳门特别行政区",
             effective=None, expires=None, attachments=[], doc_type="通告", recipients=[],
             publicity=None)
    clauses = [t for k, t in MO_BODY if k == "p"]
    add_expected(stem, m, clauses, {})


def main():
    make_hengqin()
    make_qianhai()
    make_nansha()
    make_macau()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    n = sum(len(d["clauses"]) for v in EXPECTED.values() for d in v)
    print(f"wrote {len(EXPECTED)} stems, {n} clauses")


if __name__ == "__main__":
    main()
