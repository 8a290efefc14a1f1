# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 136: Word files made by copying a PDF's text into Word.

Staff who need to edit or forward a policy open the published PDF, select the text and
paste it into Word.  Every printed line of the PDF becomes a paragraph of its own (or ends
with a manual line break, Shift+Enter = w:br); the PDF's running header and page number are
pasted in the middle of sentences wherever a page broke; lines keep a stray space or a
typesetter's hyphen at the break; indents are lost or typed as spaces; a table comes out as
lines of cell fragments separated by spaces (cells that wrapped in the PDF give several
lines, vertically centred cells appear on the middle line, the repeated header row of the
next page appears again).

This generator first *typesets* each original document (fixed characters per line, Chinese
line-breaking rules: no ，。；：、）” at a line start, no （“《 at a line end, Latin words
kept whole or hyphenated, digits kept whole) and paginates it, adding the page furniture,
then writes the "pasted" Word file.  expected.json holds the original texts (lines
re-joined, furniture out).

Writes next to itself:
  blind136_gx_opinion.docx / .pdf   广西壮族自治区人民政府办公厅 实施意见 on 西部陆海新通道
      pasted from the 自治区人民政府公报 (2024年第15期, pp. 23-); one w:p per printed line;
      gazette running header (alternating 刊名/期号 order) and “— 23 —” page numbers
      between lines; one Latin name hyphenated across a line; a real “—” at a line end.
  blind136_nn_notice.docx / .pdf    南宁市商务局 通知 with a 附件 project table; pasted from
      a viewer that ends each printed line with Shift+Enter (w:br) inside one w:p per
      paragraph; “— 2 —” page numbers inside paragraphs; the table pasted as lines of
      cell fragments with the header row repeated after the page break.
  blind136_cq_measures.docx / .pdf  重庆市人民政府办公厅 印发通知 + 管理办法 (第X条),
      pasted from a browser print-out of the government web page: the browser's header
      (print date/time + page title) and footer (URL + “2/6”) between lines, the web page's
      breadcrumb, 信息公开 metadata block and trailing chrome; first lines indented with
      full-width spaces, blank paragraphs between paragraphs.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind136.py
"""
import json
import os
import random
import re
import subprocess

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

NO_START = set("，。、；：？！）》”’％%…·」』〕】")
NO_END = set("（《“‘「『〔【")


# ------------------------------------------------------------------ typesetting
def cw(ch):
    """Printed width of one character in em (CJK = 1, Latin/digit = 0.5)."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


def tokens(text):
    """Split into unbreakable tokens: a Latin/digit run is one token; '|' / '~' are markers."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "|~":
            out.append(ch)
            i += 1
        elif re.match(r"[A-Za-z0-9.%/]", ch):
            j = i
            while j < len(text) and re.match(r"[A-Za-z0-9.%/]", text[j]):
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return out


def wid(s):
    return sum(cw(c) for c in s)


def typeset(text, width, indent=0.0):
    """Break one paragraph into printed lines the way a CJK typesetter does.

    Markers in the source: '|' forces a line break there, '~' forces a break with a
    typesetter's hyphen added at the line end.  Returns the list of printed lines
    (without the indent)."""
    toks = tokens(text)
    lines = []
    cur = ""
    cap = width - indent
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "|":
            lines.append(cur); cur = ""; cap = width; i += 1; continue
        if t == "~":
            lines.append(cur + "-"); cur = ""; cap = width; i += 1; continue
        if t == " " and cur == "":
            i += 1; continue  # a space at a line start is swallowed by the typesetter
        if wid(cur) + wid(t) <= cap + 1e-9:
            cur += t; i += 1; continue
        # t does not fit
        if len(t) == 1 and t in NO_START and cur:
            cur += t; i += 1  # hang the punctuation
            lines.append(cur); cur = ""; cap = width; continue
        if len(t) > 1 and t.isalpha() and len(t) >= 8:
            # hyphenate a long Latin word
            room = int((cap - wid(cur)) / 0.5) - 1
            if room >= 3 and len(t) - room >= 3:
                lines.append(cur + t[:room] + "-"); cur = ""; cap = width
                toks[i] = t[room:]
                continue
        if cur and cur[-1] in NO_END:
            carry = cur[-1]; cur = cur[:-1]
            lines.append(cur.rstrip(" ")); cur = carry; cap = width; continue
        if cur.endswith(" "):
            cur = cur.rstrip(" ")
        lines.append(cur); cur = ""; cap = width
        if t == " ":
            i += 1
    if cur:
        lines.append(cur)
    return lines


def clean(text):
    return text.replace("|", "").replace("~", "")


def cell_lines(text, width):
    return typeset(text, width) if text else []


def table_lines(header, rows, widths):
    """A PDF table copied as text: each printed line of the table becomes one line holding
    the fragments of the cells that print on it, separated by one space; a cell shorter than
    its row is vertically centred (so its text comes out on a middle line)."""
    out = []
    for r in [header] + rows:
        cells = [cell_lines(str(v), w) for v, w in zip(r, widths)]
        h = max(len(c) for c in cells)
        grid = [[""] * len(cells) for _ in range(h)]
        for ci, c in enumerate(cells):
            off = (h - len(c)) // 2
            for k, frag in enumerate(c):
                grid[off + k][ci] = frag
        block = [" ".join(f for f in line if f) for line in grid]
        out.append(block)
    return out[0], out[1:]


# ------------------------------------------------------------------ docx helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(31.8)
    sec.top_margin = sec.bottom_margin = Mm(25.4)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), "宋体")
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.0
    return doc


def add_par(doc, text):
    p = doc.add_paragraph()
    if text:
        p.add_run(text)
    return p


def add_br_par(doc, lines):
    """One paragraph whose printed lines are separated by manual line breaks (w:br)."""
    p = doc.add_paragraph()
    for k, ln in enumerate(lines):
        r = p.add_run(ln)
        if k < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def to_pdf(docx_path):
    prof = "/tmp/lo_136"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def paginate(blocks, per_page, first_page, furniture):
    """blocks: list of (kind, [lines]) in reading order.  Lays them out on pages of per_page
    lines and returns a flat list of (block_index, line) where block_index is None for a
    furniture line inserted at a page transition (furniture(n) = the lines to insert between
    page n and page n+1).  kind 'newpage' forces a page break."""
    out = []
    used = 0
    page = first_page
    for bi, (kind, lines) in enumerate(blocks):
        if kind == "newpage":
            if used:
                for fl in furniture(page):
                    out.append((None, fl))
                page += 1; used = 0
            continue
        for ln in lines:
            if used == per_page:
                for fl in furniture(page):
                    out.append((None, fl))
                page += 1; used = 0
            out.append((bi, ln)); used += 1
    return out, page


# =================================================================== 1. 广西 实施意见
GX_TITLE = "广西壮族自治区人民政府办公厅关于加快推进西部陆海新通道高质量建设的实施意见"
GX_TITLE_LINES = ["广西壮族自治区人民政府办公厅", "关于加快推进西部陆海新通道高质量建设的", "实施意见"]
GX_NUM = "桂政办发〔2024〕31号"
GX_RECIP = "各市、县人民政府，自治区人民政府各组成部门、各直属机构："
GX_GAZ = "广西壮族自治区人民政府公报"
GX_ISSUE = "2024年第15期"

# (kind, text): h = heading line with no text of its own; p = clause paragraph
GX_BODY = [
    ("p", "西部陆海新通道是推进西部大开发形成新格局的战略通道，是连接“一带一路”的重要陆海联动通道。为贯彻落实《“十四五”推进西部陆海新通道高质量建设实施方案》，加快建设西部陆海新通道国际门户港，更好服务共建“一带一路”和中国—|东盟自由贸易区3.0版建设，经自治区人民政府同意，现提出以下实施意见。"),
    ("h", "一、总体要求"),
    ("p", "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整、准确、全面贯彻新发展理念，以北部湾国际门户港为龙头，以通道主干线和物流枢纽为支撑，统筹推进通道、物流、产业、开放一体发展，把西部陆海新通道打造成为服务共建“一带一路”的标志性工程。"),
    ("p", "（二）主要目标。到2026年，北部湾港集装箱吞吐量达到1000万标准箱，海铁联运班列年开行量达到12000列，通道沿线物流综合成本较2023年下降8%以上，平陆运河主体工程基本建成；到2030年，北部湾港集装箱吞吐量达到1500万标准箱，基本建成功能完备、运行高效的国际门户港。"),
    ("h", "二、重点任务"),
    ("h", "（三）提升北部湾国际门户港能级。"),
    ("p", "1.加快港口基础设施建设。2024年底前建成钦州港东航道扩建工程（一期），开工建设钦州港30万吨级油码头；推进北海铁山港西港区北暮作业区4个10万吨级泊位建设，2025年底前建成投产。（责任单位：自治区交通运输厅、北部湾港口管理局，钦州市、北海市人民政府）"),
    ("p", "2.加密外贸航线。支持北部湾港务集团与太平船务（Pacific International Lines）等国际航运企业合作，2024—2026年每年新开辟至东盟、南亚、中东等共建“一带一路”国家港口的外贸航线不少于5条，对开通满12个月的新航线给予每条最高300万元奖励。（责任单位：自治区商务厅、交通运输厅、财政厅）"),
    ("p", "3.提升港口服务效率。推广“提前申报”“船边直提”“抵港直装”等通关模式，2025年底前北部湾港进口、出口集装箱整体通关时间分别压缩至30小时、1.5小时以内。（责任单位：南宁海关、自治区商务厅、北部湾港口管理局）"),
    ("h", "（四）畅通通道主干线。"),
    ("p", "1.加快平陆运河建设。加快推进平陆运河马道、企石、青年三个枢纽建设，2026年底前实现主体工程完工，同步建设运河沿线钦州、横州等临港产业园区。（责任单位：自治区交通运输厅、平陆运河集团，南宁市、钦州市人民政府）"),
    ("p", "2.完善铁路和公路网络。加快黄桶至百色铁路、南宁至凭祥铁路扩能改造等项目建设，推进南宁至钦州、钦州至防城港高速公路改扩建，2025年底前打通通道广西段“断头路”“瓶颈路”12处以上。（责任单位：自治区发展改革委、交通运输厅，国铁南宁局集团）"),
    ("h", "（五）做强多式联运。"),
    ("p", "1.扩大海铁联运班列规模。对经北部湾港进出、运距超过500公里的海铁联运集装箱，按每标准箱最高400元给予运营企业补贴，单个企业年度补贴不超过1000万元，补贴政策执行至2026年12月31日。（责任单位：自治区财政厅、交通运输厅、商务厅）"),
    ("p", "2.推行多式联运“一单制”。支持企业签发多式联运提单（Multimodal Transport Bill of Lading），推动铁路运单物权化试点，2024年在钦州铁路集装箱中心站、南宁国际铁路港率先开展试点，2025年推广至柳州、玉林等通道沿线城市。（责任单位：自治区交通运输厅、商务厅，国铁南宁局集团）"),
    ("p", "3.发展跨境公路和铁路运输。加密南宁至越南河内跨境班列，支持凭祥、东兴口岸开展跨境公路“点对点”直通运输，2026年中越跨境班列年开行量达到1200列。（责任单位：自治区商务厅、交通运输厅，崇左市、防城港市人民政府）"),
    ("h", "（六）发展通道经济。"),
    ("p", "1.推动自贸试验区联动发展。支持中国（广西）自由贸易试验区南宁片区建设面向东盟的跨境电商和数字贸易集聚区，钦州港片区建设国际门户港航运服务中心，崇左片区建设跨境产业合作示范区，每个片区每年形成不少于3项制度创新成果。（责任单位：自治区商务厅（自贸办），南宁市、钦州市、崇左市人民政府）"),
    ("p", "2.培育临港产业集群。依托钦州石化产业园、北海铁山港工业区、防城港钢铁基地，打造绿色化工、新材料、冶金等千亿元产业集群，到2026年通道沿线临港产业产值达到8000亿元。（责任单位：自治区工业和信息化厅，钦州市、北海市、防城港市人民政府）"),
    ("h", "三、保障措施"),
    ("p", "（七）加强组织领导。自治区西部陆海新通道建设领导小组统筹推进本实施意见落实，领导小组办公室设在自治区发展改革委，负责建立工作台账，每季度调度一次重点任务进展情况。"),
    ("p", "（八）强化要素保障。自治区财政2024—2026年每年安排西部陆海新通道建设专项资金不少于10亿元；对列入自治区层面统筹推进重大项目的通道项目，优先保障用地、用海、用林指标。"),
    ("p", "（九）加强督查评估。将本实施意见落实情况纳入自治区绩效考评内容，自治区发展改革委会同有关部门于每年12月底前开展年度评估，评估结果报自治区人民政府。"),
]
GX_SIGN = ["广西壮族自治区人民政府办公厅", "2024年5月8日"]
GX_PUB = "（此件公开发布）"


def gx_furniture(page):
    nxt = page + 1
    head = ("%s %s" % (GX_GAZ, GX_ISSUE)) if nxt % 2 == 0 else ("%s %s" % (GX_ISSUE, GX_GAZ))
    return ["— %d —" % page, head]


def build_gx():
    rnd = random.Random(13601)
    W = 30
    blocks = [("title", GX_TITLE_LINES), ("docno", [GX_NUM]), ("recip", typeset(GX_RECIP, W))]
    for kind, text in GX_BODY:
        if kind == "h":
            blocks.append(("h", typeset(text, W, 2)))
        else:
            lines = typeset(text, W, 2)
            blocks.append(("p", lines))
    blocks.append(("sign", GX_SIGN))
    blocks.append(("pub", [GX_PUB]))
    flat, last = paginate(blocks, 30, 23, gx_furniture)
    doc = new_doc()
    first_of_block = set()
    seen = set()
    for bi, ln in flat:
        text = ln
        if bi is not None:
            kind = blocks[bi][0]
            first = bi not in seen
            seen.add(bi)
            if kind == "sign":
                text = "                    " + ln  # the 落款 was right-aligned: pasted with spaces
            elif kind in ("p", "h") and first and rnd.random() < 0.35:
                text = "  " + ln  # indent typed/pasted as two spaces (elsewhere lost)
            elif kind == "p" and not first and rnd.random() < 0.12:
                text = ln + " "  # stray space at the break
        add_par(doc, text)
    out = os.path.join(HERE, "blind136_gx_opinion.docx")
    doc.save(out)
    return out, flat, blocks


# =================================================================== 2. 南宁 通知 + 附件 table
NN_TITLE = "南宁市商务局关于下达2024年南宁市西部陆海新通道和“一带一路”经贸合作重点项目计划的通知"
NN_TITLE_LINES = ["南宁市商务局关于下达2024年南宁市西部陆海新通道", "和“一带一路”经贸合作重点项目计划的通知"]
NN_NUM = "南商务发〔2024〕18号"
NN_RECIP = "各城区、县（市）商务主管部门，各开发区管委会，中国（广西）自由贸易试验区南宁片区管委会，各有关企业："
NN_ATT = "2024年南宁市西部陆海新通道和“一带一路”经贸合作重点项目计划表"
NN_BODY = [
    ("p", "为贯彻落实《广西壮族自治区人民政府办公厅关于加快推进西部陆海新通道高质量建设的实施意见》（桂政办发〔2024〕31号）和《南宁市“一带一路”经贸合作三年行动方案（2023—2025年）》要求，经市人民政府同意，现将2024年南宁市西部陆海新通道和“一带一路”经贸合作重点项目计划（见附件）下达给你们，并就有关事项通知如下。"),
    ("h", "一、项目安排情况"),
    ("p", "2024年共安排重点项目10个，总投资186.4亿元，年度计划投资52.3亿元。其中，物流枢纽类项目4个，年度计划投资27.6亿元；跨境贸易类项目3个，年度计划投资9.5亿元；产业合作类项目3个，年度计划投资15.2亿元。"),
    ("h", "二、工作要求"),
    ("p", "（一）落实项目责任。各责任单位要按照“一个项目、一名责任领导、一个工作专班”的要求，逐项制定推进计划，明确月度形象进度，确保年度计划投资完成率达到100%。"),
    ("p", "（二）强化要素保障。市发展改革委、市自然资源局、市生态环境局等部门要对列入计划的项目开辟审批“绿色通道”，用地、环评等手续办理时限压缩至法定时限的50%以内。"),
    ("p", "（三）实行动态调度。各责任单位于每月5日前通过“南宁市重点项目管理平台”报送上月项目进展情况；市商务局每季度通报一次项目推进情况，对连续两个季度进度滞后的项目予以约谈。"),
    ("p", "（四）做好统计入库。符合条件的项目应于开工后30日内纳入固定资产投资统计库，做到应统尽统。"),
    ("p", "联系人：市商务局对外合作科　黄海燕，联系电话：0771-5506632。"),
]
NN_HEADER = ["序号", "项目名称", "建设地点", "主要建设内容", "总投资", "2024年计划投资", "责任单位"]
NN_WIDTHS = [2, 8, 5, 11, 4, 4, 6]
NN_ROWS = [
    ["1", "南宁国际铁路港二期工程", "江南区", "新建集装箱作业线6条、铁路专用线3.2公里及配套仓储设施", "420000", "90000", "江南区人民政府"],
    ["2", "中国—东盟（南宁）冷链物流中心", "良庆区", "建设冷库库容20万吨及冷链分拨中心", "260000", "78000", "良庆区人民政府"],
    ["3", "南宁空港国际货运枢纽", "江南区", "建设国际货站5.6万平方米及航空物流仓储设施", "185000", "60000", "南宁临空经济示范区管委会"],
    ["4", "南宁陆港多式联运物流园", "西乡塘区", "建设公铁联运转运中心、保税仓库及信息平台", "210000", "48000", "西乡塘区人民政府"],
    ["5", "自贸试验区南宁片区跨境电商产业园", "自贸试验区南宁片区", "建设跨境电商监管中心、海外仓服务平台和直播基地", "120000", "40000", "自贸试验区南宁片区管委会"],
    ["6", "中国—东盟大宗商品交易中心", "青秀区", "建设交易结算平台及会展配套设施", "96000", "30000", "青秀区人民政府"],
    ["7", "中越跨境贸易数字服务平台", "邕宁区", "建设跨境贸易单一窗口数据中心及报关服务中心", "58000", "25000", "邕宁区人民政府"],
    ["8", "中国—东盟新能源汽车零部件产业园", "武鸣区", "建设电池包、电驱系统生产线及出口配套仓储", "260000", "62000", "武鸣区人民政府"],
    ["9", "横州茉莉花（茶）东盟出口加工基地", "横州市", "建设茉莉花茶精深加工生产线8条及出口检测中心", "85000", "28000", "横州市人民政府"],
    ["10", "南宁东盟经济开发区中越产能合作园", "南宁东盟经济开发区", "建设标准厂房30万平方米及配套设施", "170000", "62000", "南宁东盟经济开发区管委会"],
]
NN_TOTAL = ["合计", "", "", "", "1864000", "523000", ""]
NN_SIGN = ["南宁市商务局", "2024年6月12日"]
NN_PUB = "（此件公开发布）"
NN_CC = "抄送：市发展改革委，市财政局，市统计局，南宁海关。"
NN_PRINTER = "南宁市商务局办公室　　　　　　　　2024年6月14日印发"


def nn_furniture(page):
    return ["— %d —" % page]


def build_nn():
    W = 28
    thead, trows = table_lines(NN_HEADER, NN_ROWS + [NN_TOTAL], NN_WIDTHS)
    blocks = [("banner", ["南宁市商务局文件"]), ("docno", [NN_NUM]), ("title", NN_TITLE_LINES),
              ("recip", typeset(NN_RECIP, W))]
    for kind, text in NN_BODY:
        blocks.append((kind, typeset(text, W, 0 if kind == "h" else 2)))
    blocks.append(("attnote", typeset("附件：" + NN_ATT, W, 2)))
    blocks.append(("sign", NN_SIGN))
    blocks.append(("pub", [NN_PUB]))
    blocks.append(("newpage", []))
    blocks.append(("label", ["附件"]))
    blocks.append(("atttitle", typeset(NN_ATT, 26)))
    blocks.append(("unit", ["单位：万元"]))
    # the table: header block, then rows; the header is repeated after a page break
    blocks.append(("thead", thead))
    for r in trows:
        blocks.append(("trow", r))
    blocks.append(("banji", [NN_CC, NN_PRINTER]))

    # paginate by hand so that the table header is repeated on the new page
    per_page = 22
    flat = []
    used = 0
    page = 1
    for bi, (kind, lines) in enumerate(blocks):
        if kind == "newpage":
            flat.append((None, "— %d —" % page)); page += 1; used = 0
            continue
        if kind == "trow" and used + len(lines) > per_page:
            flat.append((None, "— %d —" % page)); page += 1; used = 0
            for ln in thead:
                flat.append(("thead-repeat", ln)); used += 1
        for ln in lines:
            if used == per_page:
                flat.append((None, "— %d —" % page)); page += 1; used = 0
            flat.append((bi, ln)); used += 1

    # write: a w:p per original block, the printed lines joined with Shift+Enter (w:br);
    # a heading line is followed by a w:br and the next paragraph's lines in the same w:p;
    # page-number lines land inside the paragraph that was running at the page break.
    doc = new_doc()
    groups = []
    cur = []
    cur_bi = "start"
    for bi, ln in flat:
        if bi is None or bi == "thead-repeat":
            cur.append(ln)
            continue
        if bi != cur_bi:
            prev_kind = blocks[cur_bi][0] if isinstance(cur_bi, int) else None
            if cur and prev_kind not in ("h", "trow", "thead", "unit"):
                groups.append(cur); cur = []
            elif cur and prev_kind in ("trow", "thead", "unit") and blocks[bi][0] not in ("trow", "thead"):
                groups.append(cur); cur = []
            cur_bi = bi
        cur.append(ln)
    if cur:
        groups.append(cur)
    for g in groups:
        add_br_par(doc, g)
    out = os.path.join(HERE, "blind136_nn_notice.docx")
    doc.save(out)
    return out, flat, blocks, thead, trows


# =================================================================== 3. 重庆 印发通知 + 管理办法 (browser print)
CQ_MEAS = "中国（重庆）自由贸易试验区西部陆海新通道多式联运“一单制”改革试点管理办法"
CQ_TITLE = "重庆市人民政府办公厅关于印发" + CQ_MEAS + "的通知"
CQ_NUM = "渝府办发〔2024〕46号"
CQ_RECIP = "各区县（自治县）人民政府，市政府各部门，有关单位："
CQ_NOTICE = "《" + CQ_MEAS + "》已经市政府同意，现印发给你们，请认真贯彻执行。"
CQ_SIGN = ["重庆市人民政府办公厅", "2024年6月18日"]
CQ_PUB = "（此件公开发布）"
CQ_URL = "https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/xzgfxwj/szfbgt/202406/t20240624_13301152.html"
CQ_PAGETITLE = CQ_TITLE + "_行政规范性文件_重庆市人民政府网"
CQ_PRINTED = "2024/7/3 10:15"

CQ_ARTS = [
    ("ch", "第一章　总　则"),
    ("a", "第一条　为深化中国（重庆）自由贸易试验区（以下简称自贸试验区）多式联运“一单制”改革，加快建设西部陆海新通道物流和运营组织中心，更好服务共建“一带一路”，根据《中华人民共和国民法典》《中华人民共和国海商法》《国务院关于印发中国（重庆）自由贸易试验区总体方案的通知》等规定，结合本市实际，制定本办法。"),
    ("a", "第二条　本办法适用于在自贸试验区两江片区、西永片区、果园港片区内注册，并经西部陆海新通道开展多式联运业务的试点企业。"),
    ("a", "第三条　本办法所称多式联运“一单制”，是指多式联运经营人与托运人签订一份合同、签发一份多式联运单证，对货物运输实行“一次委托、一单到底、一次结算、全程负责”的运输组织模式。"),
    ("a", "第四条　市商务委（市自贸办）负责试点工作的统筹协调；市交通运输委负责多式联运经营人的行业管理；重庆海关、市金融监管局、人民银行重庆市分行等部门按照职责分工做好通关便利、金融服务等工作。"),
    ("ch", "第二章　试点企业"),
    ("a", "第五条　申请参与试点的企业应当同时具备下列条件："),
    ("i", "（一）在自贸试验区内依法注册，具有独立法人资格，注册资本不低于1000万元；"),
    ("i", "（二）具备多式联运全程组织能力，上一年度经西部陆海新通道完成的多式联运业务量不少于2000标准箱；"),
    ("i", "（三）近3年内无重大安全生产事故，未被列入严重失信主体名单。"),
    ("a", "第六条　试点企业实行年度申报。市商务委每年3月发布申报通知，会同市交通运输委组织专家评审，评审结果在市商务委门户网站公示5个工作日，无异议的认定为试点企业，认定有效期为2年。"),
    ("ch", "第三章　单证与金融服务"),
    ("a", "第七条　试点企业签发的多式联运提单应当载明货物品名、数量、起运地、目的地、承运区段和交付方式，并通过西部陆海新通道公共信息平台实现全程电子化流转。"),
    ("a", "第八条　鼓励银行业金融机构将多式联运提单作为信用证结算单据和质押融资凭证。对试点企业以多式联运提单办理质押融资的，按照实际支付利息的50%给予贴息，单个企业年度贴息不超过200万元。"),
    ("a", "第九条　对试点企业为签发多式联运提单投保货物运输保险、承运人责任保险的，按照年度保费的30%给予补贴，单个企业年度补贴不超过50万元。"),
    ("ch", "第四章　支持措施"),
    ("a", "第十条　对从果园港片区经长江与西部陆海新通道衔接、实现“水铁海”联运并签发全程多式联运提单的集装箱，按每标准箱300元给予试点企业运费补贴。"),
    ("a", "第十一条　对从西永片区团结村中心站始发、经钦州港出海并签发全程多式联运提单的集装箱，按每标准箱500元给予试点企业补贴；签发国际铁路联运运单并经凭祥口岸出境的，按每标准箱400元给予补贴。"),
    ("a", "第十二条　第十条、第十一条规定的补贴，单个试点企业年度合计不超过1500万元，所需资金由市级外经贸发展专项资金列支。"),
    ("ch", "第五章　监督管理"),
    ("a", "第十三条　试点企业应当于每季度结束后10日内向市商务委报送业务数据。市商务委会同有关部门对试点企业开展年度评估，评估不合格的，取消试点资格。"),
    ("a", "第十四条　试点企业以虚构业务、重复申报等方式骗取补贴的，追回已拨付资金，取消试点资格，3年内不得再次申报，并依法依规实施失信惩戒。"),
    ("ch", "第六章　附　则"),
    ("a", "第十五条　本办法由市商务委负责解释。"),
    ("a", "第十六条　本办法自2024年8月1日起施行，有效期5年。"),
]

CQ_CHROME_TOP = [
    "当前位置：首页 > 政务公开 > 政府信息公开目录 > 行政规范性文件 > 市政府办公厅行政规范性文件",
    "索引号： 11500000MB1503868T/2024-00157 主题分类： 商贸、海关、旅游\\其他",
    "发布机构： 重庆市人民政府办公厅 成文日期： 2024-06-18",
    "标题： 重庆市人民政府办公厅关于印发中国（重庆）自由贸易试验区西部陆海新通道多式联运“一",
    "单制”改革试点管理办法的通知",
    "发文字号： 渝府办发〔2024〕46号 发布日期： 2024-06-24",
    "有效性： 有效",
    "【字体：大 中 小】 【打印】",
]
CQ_CHROME_END = [
    "相关解读：",
    "《中国（重庆）自由贸易试验区西部陆海新通道多式联运“一单制”改革试点管理办法》政策解读",
    "扫一扫在手机打开当前页",
    "【打印本页】 【关闭窗口】",
]


def build_cq(total_pages_guess=None):
    W = 40
    blocks = [("chrome", CQ_CHROME_TOP), ("title", typeset(CQ_TITLE, W)), ("docno", [CQ_NUM]),
              ("recip", typeset(CQ_RECIP, W)), ("p", typeset(CQ_NOTICE, W, 2)), ("sign", CQ_SIGN), ("pub", [CQ_PUB]),
              ("mtitle", typeset(CQ_MEAS, 30))]
    for kind, text in CQ_ARTS:
        if kind == "ch":
            blocks.append(("ch", [text]))
        else:
            blocks.append((kind, typeset(text, W, 2)))
    blocks.append(("chrome", CQ_CHROME_END))
    # two passes: the footer shows "n/N"
    def furn_factory(N):
        def f(page):
            return ["%s %d/%d" % (CQ_URL, page, N), "%s %s" % (CQ_PRINTED, CQ_PAGETITLE)]
        return f
    flat, last = paginate(blocks, 21, 1, furn_factory(99))
    N = last
    flat, last = paginate(blocks, 21, 1, furn_factory(N))
    doc = new_doc()
    doc.sections[0].left_margin = doc.sections[0].right_margin = Mm(25.4)
    add_par(doc, "%s %s" % (CQ_PRINTED, CQ_PAGETITLE))  # header of page 1 (select-all copied it)
    seen = set()
    prev_bi = None
    for bi, ln in flat:
        if bi is None:
            add_par(doc, ln); continue
        kind = blocks[bi][0]
        first = bi not in seen
        seen.add(bi)
        if first and prev_bi is not None and kind in ("p", "a", "i", "ch", "sign", "mtitle", "docno", "recip"):
            add_par(doc, "")  # web paragraphs have spacing: copying gives an empty line
        text = ln
        if kind in ("p", "a", "i") and first:
            text = "\u3000\u3000" + ln  # the web page indents with two full-width spaces
        add_par(doc, text)
        prev_bi = bi
    add_par(doc, "%s %d/%d" % (CQ_URL, N, N))  # footer of the last page
    out = os.path.join(HERE, "blind136_cq_measures.docx")
    doc.save(out)
    return out, flat, blocks, N


# =================================================================== expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


NN_HEADER_FULL = ["序号", "项目名称", "建设地点", "主要建设内容", "总投资（万元）", "2024年计划投资（万元）", "责任单位"]


def expected(gx_flat, nn_flat, cq_flat, cq_pages):
    gx_clauses = [clean(t) for k, t in GX_BODY if k == "p"]
    nn_clauses = [clean(t) for k, t in NN_BODY if k == "p"]
    nn_rows = [row_clause(NN_HEADER_FULL, r) for r in NN_ROWS] + [row_clause(NN_HEADER_FULL, NN_TOTAL)]
    cq_clauses = [CQ_NOTICE] + [clean(t) for k, t in CQ_ARTS if k != "ch"]

    def breaks(flat):
        """Where the pasted page furniture sits: the line before and after it."""
        out = []
        for i, (bi, ln) in enumerate(flat):
            if bi is None and (i == 0 or flat[i - 1][0] is not None):
                j = i
                while j < len(flat) and flat[j][0] is None:
                    j += 1
                out.append("%s ‖ %s ‖ %s" % (flat[i - 1][1], " / ".join(x[1] for x in flat[i:j]), flat[j][1] if j < len(flat) else "(end)"))
        return out

    gx = {
        "meta": {
            "title": GX_TITLE,
            "doc_number": GX_NUM,
            "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2024-05-08",
            "published": None,
            "gazette": GX_GAZ + " " + GX_ISSUE,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "实施意见",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "pasted_page_breaks": breaks(gx_flat),
        },
        "clauses": gx_clauses,
        "applies_to": {
            "default": "广西壮族自治区",
            "specific": {
                "（三）1. 港口基础设施": "钦州市（钦州港东航道、钦州港油码头）、北海市（铁山港西港区北暮作业区）",
                "（四）1. 平陆运河": "南宁市（横州）、钦州市",
                "（四）2. 铁路公路": "百色、南宁—凭祥（崇左市）、南宁—钦州—防城港（corridor sections in 广西）",
                "（五）2. 一单制试点": "钦州市（钦州铁路集装箱中心站）、南宁市（南宁国际铁路港）; 2025 柳州市、玉林市",
                "（五）3. 跨境运输": "南宁市、崇左市（凭祥）、防城港市（东兴）; 越南河内 is the destination, not a place of application",
                "（六）1. 自贸试验区联动": "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区",
                "（六）2. 临港产业": "钦州市（钦州石化产业园）、北海市（铁山港工业区）、防城港市",
            },
            "note": "新加坡太平船务 / 东盟、南亚、中东 / 越南河内 are partners or destinations, not places where a clause applies. 自治区发展改革委 etc. are organs.",
        },
        "_note": (
            "Pasted from the 广西壮族自治区人民政府公报 2024年第15期 PDF (the document runs from gazette page 23): ONE w:p PER PRINTED LINE "
            "(30 characters a line), no styles, no outline numbering. Furniture, not clauses: the gazette page numbers '— 23 —', '— 24 —', … "
            "and the running header of the next page, which alternates '广西壮族自治区人民政府公报 2024年第15期' (even pages) / "
            "'2024年第15期 广西壮族自治区人民政府公报' (odd pages) — both sit BETWEEN TWO HALVES OF A SENTENCE wherever the page broke "
            "(see meta.pasted_page_breaks: 'line before ‖ furniture ‖ line after'); the title printed on three lines "
            "(广西壮族自治区人民政府办公厅 / 关于加快推进西部陆海新通道高质量建设的 / 实施意见) which must be re-joined into ONE title without "
            "spaces; 文号 line; 主送 (two printed lines → recipients); 落款 (pasted with 20 leading ASCII spaces) + 2024年5月8日; （此件公开发布）. "
            "The gazette masthead/期号 must NOT become the title, issuer or date, and the gazette issue is not the 成文日期 (date = 2024-05-08). "
            "What a careful reader must get right: every clause is the re-joined paragraph (a printed line that does not end a sentence continues "
            "on the next one; a new paragraph starts only at a line opening with 一、/（一）/1. or after a line that ended the paragraph); "
            "lines are joined WITHOUT a space between Chinese characters (some lines carry a stray trailing ASCII space, some first lines two "
            "leading spaces — the indent, elsewhere lost), but Latin words keep their space: 'Pacific International Lines' was printed as "
            "'…（Pacific Interna-' / 'tional Lines）…' (typesetter's hyphen: re-joined as 'International', no '-') — see the exact lines in "
            "pasted_page_breaks if it falls at a page break; '中国—' ends a line and '东盟自由贸易区3.0版' starts the next: the '—' is real and stays. "
            "Headings 一、总体要求 / 二、重点任务 / 三、保障措施 and （三）（四）（五）（六）, which have no text of their own (their items are 1. 2. 3.), "
            "are headings (tolerable as heading clauses, but a heading glued to its first item, or 1./2. items glued together, is a merge). "
            "（一）（二）（七）（八）（九） are run-in headings: heading + text = one clause. The 1./2./3. items restart under each （X）: "
            "their labels must not be confused across sections (path （五） > 1. vs （三） > 1.). "
            "A clause cut at a page break (the first half as one clause, the second half as another, or the header/page number inside the text) is HIGH "
            "for the sentence it breaks. No effective/expires (an 实施意见); '补贴政策执行至2026年12月31日' is an item's own deadline, not the document's expiry (expires = 2026-12-31 is medium)."
        ),
        "_pdf": {
            "note": (
                "LibreOffice prints the pasted Word file: each pasted line is one paragraph and fits on one PDF line, so the PDF shows the same "
                "short lines, ragged right, with the old gazette page numbers and running headers printed in the middle of the pages as ordinary "
                "body lines; the PDF's own page breaks fall elsewhere and carry NO page numbers or headers (the pasted Word file has no header/footer). "
                "Same expected metadata and clauses as the .docx."
            )
        },
    }

    nn = {
        "meta": {
            "title": NN_TITLE,
            "doc_number": NN_NUM,
            "issuer": ["南宁市商务局"],
            "date": "2024-06-12",
            "published": "2024-06-14",
            "level": "municipal",
            "region": "广西壮族自治区南宁市",
            "effective": None,
            "expires": None,
            "attachments": [NN_ATT],
            "doc_type": "通知",
            "recipients": ["各城区、县（市）商务主管部门", "各开发区管委会", "中国（广西）自由贸易试验区南宁片区管委会", "各有关企业"],
            "publicity": "此件公开发布",
            "pasted_page_breaks": breaks([(b if b != "thead-repeat" else None, l) for b, l in nn_flat]),
        },
        "clauses": nn_clauses + nn_rows,
        "applies_to": {
            "default": "广西壮族自治区南宁市",
            "specific": {
                "附件 row 1": "江南区",
                "附件 row 2": "良庆区",
                "附件 row 3": "江南区（南宁临空经济示范区）",
                "附件 row 4": "西乡塘区",
                "附件 row 5": "中国（广西）自由贸易试验区南宁片区",
                "附件 row 6": "青秀区",
                "附件 row 7": "邕宁区",
                "附件 row 8": "武鸣区",
                "附件 row 9": "横州市",
                "附件 row 10": "南宁东盟经济开发区",
            },
            "note": "中国—东盟 / 中越 / 东盟 in project names are partners, not places; 南宁海关 (抄送) is an organ.",
        },
        "_note": (
            "Pasted from a PDF viewer that ends each printed line with a MANUAL LINE BREAK (Shift+Enter, w:br): one w:p holds a paragraph's "
            "printed lines (28 characters a line) separated by w:br; a heading line (一、项目安排情况 / 二、工作要求) is followed by a w:br and the "
            "next paragraph's lines IN THE SAME w:p (heading and paragraph must be told apart: the heading is not a clause, or a heading clause; "
            "gluing it into the paragraph text is medium); the PDF page numbers '— 1 —', '— 2 —', … sit inside the paragraph that ran across the "
            "page break, between two w:br (see meta.pasted_page_breaks). Furniture: 版头 南宁市商务局文件; 文号 line; the title printed on two lines "
            "(…西部陆海新通道 / 和“一带一路”经贸合作重点项目计划的通知: re-join without a space or newline); 主送 (→ recipients); 附件说明 "
            "(附件：… → attachments, one title, no '附件：'); 落款 + 2024年6月12日; （此件公开发布）; the label 附件; the 附件 title again; "
            "'单位：万元'; the table header line(s) and the header REPEATED after the page break inside the table; 版记 抄送… / 南宁市商务局办公室 "
            "2024年6月14日印发 (→ published, not date). The contact line breaks after '0771-': the hyphen is part of the telephone number "
            "0771-5506632 and must stay. The 附件 table was pasted as text: each printed line of the table is one line of cell fragments separated "
            "by single spaces; cells that wrapped in the PDF (项目名称, 主要建设内容, 责任单位) continue on the following lines, and cells with fewer "
            "lines than their row (序号, 建设地点, the amounts) were vertically centred, so e.g. row 1 prints as three lines and its 序号 '1', 建设地点 "
            "and amounts appear on the MIDDLE line. Column headers wrapped too ('2024年计' / '划投资'); units are in '单位：万元'. What an analyst "
            "needs: one clause per project row (10 rows + 合计) that keeps 项目名称, 建设地点, amounts and 责任单位 of the SAME project together. "
            "Reading each printed table line as a clause (fragments of two cells, amounts separated from the project name) is HIGH (the 'how much "
            "does 武鸣区 get' answer is split or mis-attributed); the whole table as one clause is medium; the row clause format "
            "'列名：值；…' is expected but plain row text with all cells in order is tolerable (low). The repeated header line is furniture. "
            "The 总投资/计划投资 amounts are in 万元 (the column names in expected clauses carry the unit from '单位：万元'; '总投资：420000' is fine)."
        ),
        "_pdf": {
            "note": (
                "LibreOffice prints each w:br line as its own PDF line, so the PDF looks like the .docx: short lines, the old '— N —' page numbers "
                "in mid-page, the repeated table header; no page numbers of its own. Same expected metadata and clauses as the .docx."
            )
        },
    }

    cq = {
        "meta": {
            "title": CQ_TITLE,
            "doc_number": CQ_NUM,
            "issuer": ["重庆市人民政府办公厅"],
            "date": "2024-06-18",
            "published": "2024-06-24",
            "level": "provincial",
            "region": "重庆市",
            "effective": "2024-08-01",
            "expires": "2029-07-31",
            "attachments": [CQ_MEAS],
            "doc_type": "通知",
            "recipients": ["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
            "publicity": "此件公开发布",
            "index_no": "11500000MB1503868T/2024-00157",
            "validity": "有效",
            "pasted_page_breaks": breaks(cq_flat),
        },
        "clauses": cq_clauses,
        "applies_to": {
            "default": "重庆市（中国（重庆）自由贸易试验区）",
            "specific": {
                "第二条": "中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区",
                "第十条": "中国（重庆）自由贸易试验区果园港片区",
                "第十一条": "中国（重庆）自由贸易试验区西永片区（团结村中心站）",
            },
            "note": "钦州港 and 凭祥口岸 in 第十一条 are route points in 广西 (where containers leave), not where the rule applies; 长江 is a waterway.",
        },
        "_note": (
            "Pasted (Ctrl+A, Ctrl+C) from a BROWSER PRINT-OUT of the government web page: one w:p per printed line (40 characters a line), an "
            "EMPTY w:p between paragraphs, first lines indented with two full-width spaces (U+3000). Furniture, not clauses: the browser header "
            "'2024/7/3 10:15 重庆市人民政府办公厅关于印发…的通知_行政规范性文件_重庆市人民政府网' (print date/time + page title: the print date "
            "is NOT a document date, and the page title with its '_行政规范性文件_重庆市人民政府网' tail must not become the title) and the browser "
            "footer '<URL> n/%d' — both inserted between two halves of a sentence at every page break (see meta.pasted_page_breaks), the header "
            "also as the very first line and the footer as the very last; the web page's breadcrumb '当前位置：首页 > …'; the 信息公开 metadata block "
            "copied as 'label： value label： value' lines (索引号, 主题分类, 发布机构, 成文日期 2024-06-18, 标题 (wrapped over two lines), 发文字号, "
            "发布日期 2024-06-24 → published, 有效性 有效) — useful for metadata, not clauses; '【字体：大 中 小】 【打印】'; at the end '相关解读：', a link "
            "line '《…管理办法》政策解读' (not an attachment, not a title), '扫一扫在手机打开当前页', '【打印本页】 【关闭窗口】'. The notice's own "
            "furniture: title (two printed lines), 文号, 主送, 落款 重庆市人民政府办公厅 / 2024年6月18日, （此件公开发布）; the title of the "
            "管理办法 (two printed lines, the attachment). Clauses: the 印发 sentence, then 第一条…第十六条 (each re-joined across lines and page "
            "breaks; 第X条 + text = one clause) and 第五条's items （一）（二）（三） (separate items; merged into 第五条 is tolerable, low). Chapter "
            "headings 第一章　总　则 … 第六章　附　则 are headings (the spaced '总　则' / '附　则' must not become clauses or be glued to 第一条). "
            "The 管理办法 may be read as part of this document or as a second document (title = the 管理办法 title, issuer 重庆市人民政府办公厅, "
            "same date) — both tolerable. effective 2024-08-01 (第十六条 自2024年8月1日起施行), expires 2029-07-31 (有效期5年); "
            "date = 2024-06-18, not 2024-06-24 (发布日期) and not 2024-07-03 (print date)." % cq_pages
        ),
        "_pdf": {
            "note": (
                "LibreOffice prints the pasted file: each short line is one PDF line, except the browser-header lines (about 95 characters) and the "
                "breadcrumb, which now wrap over two PDF lines; the empty paragraphs print as blank lines; the old browser header/footer lines sit "
                "in mid-page; the PDF has no page numbers of its own. Same expected metadata and clauses as the .docx."
            )
        },
    }
    return {"blind136_gx_opinion": [gx], "blind136_nn_notice": [nn], "blind136_cq_measures": [cq]}


def main():
    gx_path, gx_flat, _ = build_gx()
    nn_path, nn_flat, _, _, _ = build_nn()
    cq_path, cq_flat, _, cq_pages = build_cq()
    for p in (gx_path, nn_path, cq_path):
        to_pdf(p)
    exp = expected(gx_flat, nn_flat, cq_flat, cq_pages)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
