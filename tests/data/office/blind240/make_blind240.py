# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 240 blind test files: county-level office documents typed by hurried clerks.

Writes, next to this script:
  blind240_ruili_tongzhi.docx / .pdf       瑞丽市人民政府 通知 (边民互市), mixed numbering and
                                           punctuation, a 附件 "table" typed with spaces
  blind240_huocheng_tongzhi.docx / .pdf    霍城县商务和工业信息化局 通知, title broken by hand,
                                           落款 date in Chinese numerals, 附件 table with merged cells
  blind240_pingxiang_gonggao.docx / .pdf   凭祥市口岸管理委员会 公告, list items wrapped by hand with
                                           space indentation, a stray page header pasted in the body
  blind240_manzhouli_xize.docx / .pdf      满洲里市人民政府办公室 印发 实施细则 的通知, 第X条 / 第 X 条,
                                           第七条 missing
  expected.json                            the answer key
Run:  . /work/venv/bin/activate && python make_blind240.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind240"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28.9)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    d.settings.odd_and_even_pages_header_footer = True
    page_footer(s)
    return d


def add_field(par, instr, east=ST, size=14):
    def fc(kind):
        r = par.add_run()
        set_font(r, east, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = par.add_run()
    set_font(r, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fc("separate")
    r = par.add_run("1")
    set_font(r, east, size)
    fc("end")


def page_footer(section):
    """— N — : odd pages right, even pages left, 4号宋体 (GB/T 9704 7.5)."""
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.text = ""
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)


def para(d, segs, align=None, indent=2, size=16, spacing=None, east=FS, bold=False,
         color=None, left=None, right=None, hanging=None, keep=False):
    """segs: str, or list of (text, font) / str / "\\n" (soft line break)."""
    p = d.add_paragraph()
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s == "\n":
            p.runs[-1].add_break()
            continue
        if isinstance(s, tuple):
            txt, f = s[0], s[1]
            b = s[2] if len(s) > 2 else bold
        else:
            txt, f, b = s, east, bold
        r = p.add_run(txt)
        set_font(r, f, size, b, color)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if hanging is not None:
        pf.left_indent = Pt(hanging)
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if spacing is not None:
        pf.line_spacing = Pt(spacing)
    if keep:
        pf.keep_with_next = True
    return p


def blank(d, size=16):
    return para(d, "", indent=0, size=size)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pbdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banhead(d, organ_mark, docno, mark_size=40, top=2):
    """版头: red 发文机关标志, 发文字号, red rule."""
    for _ in range(top):
        blank(d)
    p = para(d, organ_mark, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=mark_size,
             east=XBS, color=RED, spacing=mark_size + 12)
    blank(d)
    if docno:
        p = para(d, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    else:
        p = blank(d)
    border(p, "bottom", "FF0000", 18, 6)
    blank(d)


def title(d, lines):
    """lines: list of paragraphs; a paragraph may itself be a list with "\\n" (soft break)."""
    for ln in lines:
        para(d, ln, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, east=XBS, spacing=35)
    blank(d)


def signoff(d, organ, date, extra_right=0, gap=2):
    """落款: organ centred over the date, date right-indented 4 chars."""
    for _ in range(gap):
        blank(d)
    para(d, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4 + extra_right)
    para(d, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)


def banji(d, chaosong, printer, pdate):
    """版记: 抄送 and 印发 lines between rules (first/last thick, middle thin)."""
    blank(d)
    blank(d)
    p = para(d, chaosong, indent=0, size=14, hanging=14 * 3, left=14 * 4)
    pf = p.paragraph_format
    pf.left_indent = Pt(14 * 4)
    pf.first_line_indent = Pt(-14 * 3)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 12, 4)


def add_table(d, header, rows, widths, merges=(), size=12):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.cell(0, j)
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        set_font(r, HT, size)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(v)
            set_font(r, FS, size)
            c.paragraphs[0].paragraph_format.line_spacing = Pt(size + 6)
    for (col, r0, r1) in merges:  # vertical merges, rows counted from 1 (data rows)
        top = t.cell(r0, col)
        keep = top.text
        m = top.merge(t.cell(r1, col))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        r = m.paragraphs[0].add_run(keep)
        set_font(r, FS, size)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def soffice_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_240",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


def record(stem, meta, clauses, specific):
    for k, places in specific.items():
        assert len(k) >= 15, k
        assert sum(1 for c in clauses if c.startswith(k)) == 1, k
    EXPECTED.setdefault(stem, []).append(
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}})


def spec_key(text):
    return text[:20]


# ---------------------------------------------------------------------------
# (1) 瑞丽市人民政府 通知 — 边民互市
# ---------------------------------------------------------------------------

def make_ruili():
    stem = f"{PFX}_ruili_tongzhi"
    d = new_doc()
    banhead(d, "瑞丽市人民政府文件", "瑞政发〔2025〕12号")
    title(d, ["瑞丽市人民政府关于进一步规范边民互市贸易",
              "促进沿边开放高质量发展的通知"])
    recipients_line = ("各乡镇人民政府、街道办事处，市直各部门,"
                       "姐告边境贸易区管委会、畹町经济开发区管委会:")
    para(d, recipients_line, indent=0)

    # (kind, text or list-with-"\n", places)
    blocks = [
        ("c", "为深入贯彻落实《边民互市贸易管理办法》和省、州关于推动边境贸易创新发展的部署要求,"
              "进一步规范我市边民互市贸易秩序,推动互市商品落地加工,助力瑞丽建设面向南亚东南亚辐射中心"
              "的重要节点,经市人民政府研究,现将有关事项通知如下:"),
        ("h1", "一、严格边民互市主体管理"),
        ("c", "（1）参与边民互市贸易的边民须为持有瑞丽市户籍、居住在边境线20公里以内的边境地区居民,"
              "凭本人有效身份证件和边民证在互市点登记备案,不得转借、出租边民证。"),
        ("c", "2、边民可以个人名义或自愿组建边民互助组、互市贸易合作社参与互市贸易。互助组、合作社应在"
              "所在乡镇(街道)登记备案,乡镇(街道)每季度核查一次成员身份和在册情况。"),
        ("c", "3.边民通过互市贸易进口的生活用品,每人每日价值在人民币8000元以下的,免征进口关税和进口"
              "环节税;超出部分按规定照章征税。严禁以边民名义为他人代购代办、拆分交易。"),
        ("h1", "二、规范互市交易场所管理"),
        ("c", "1.姐告边民互市交易点重点开展农副产品、日用品和玉石毛料交易,实行“一次申报、一次查验、"
              "一次放行”,每日交易时间为8:00-20:00。", ["姐告边民互市交易点"]),
        ("c", ["2、畹町、等秀边民互市点以农副产品和日用消费品交易为主,每日交易时间为9:00-18:00。", "\n",
               "节假日期间开放时间由所在乡镇(开发区)另行公告。"],
         ["畹町边民互市点", "等秀边民互市点"]),
        ("c", "（3）未经市人民政府批准,任何单位和个人不得擅自设立互市交易场所或在互市点以外开展互市贸易;"
              "对违规设立的交易场所,由属地乡镇(街道)会同市场监管部门依法予以取缔。"),
        ("h1", "三、推动互市商品落地加工"),
        ("c", "1、支持在瑞丽边境经济合作区建设互市商品落地加工园区。对入驻园区、使用互市进口商品开展"
              "加工的企业,按当年加工使用互市商品货值的2%给予补助,单个企业年度补助最高不超过100万元。",
         ["瑞丽边境经济合作区"]),
        ("c", "2.互市进口商品落地加工实行“备案+台账”管理,加工企业应如实记录互市商品采购、入库、加工"
              "和销售情况,台账保存期限不少于3年。"),
        ("c", "3、鼓励金融机构在姐告、畹町等地设立边民互市结算网点,推广人民币与缅币直接结算,为边民和"
              "加工企业提供便捷的跨境结算服务。"),
        ("run", ("四、强化协同监管。", "市商务局牵头,会同瑞丽海关、市市场监管局、市公安局等部门建立边民"
                 "互市联合巡查机制,每月开展不少于1次联合检查,严厉打击走私、偷逃税款等违法行为。")),
        ("c", "本通知自2025年5月1日起施行,有效期至2027年12月31日。"),
    ]
    clauses, specific = [], {}
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            para(d, [(b[1], HT)], keep=True)
            continue
        if kind == "run":
            head, rest = b[1]
            para(d, [(head, HT), rest])
            text = head + rest
        else:
            para(d, b[1])
            text = "".join(b[1]) if isinstance(b[1], list) else b[1]
        clauses.append(text)
        if len(b) > 2:
            specific[spec_key(text)] = b[2]

    blank(d)
    para(d, "附件:瑞丽市边民互市交易点一览表")
    signoff(d, "瑞丽市人民政府", "2025年4月18日", extra_right=8)
    blank(d)
    para(d, "(此件公开发布)")

    # 附件: a "table" typed with spaces in 五号仿宋
    page_break(d)
    para(d, [("附件", HT)], indent=0)
    blank(d)
    para(d, "瑞丽市边民互市交易点一览表", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22,
         east=XBS, spacing=35)
    blank(d)
    header = ["序号", "交易点名称", "所在地", "主要交易商品", "开放时间"]
    rows = [
        ["1", "姐告边民互市交易点", "姐告边境贸易区", "农副产品、日用品、玉石毛料", "8:00-20:00"],
        ["2", "畹町边民互市点", "畹町经济开发区", "农副产品、日用消费品", "9:00-18:00"],
        ["3", "等秀边民互市点", "弄岛镇", "农副产品、水产品", "9:00-18:00"],
        ["4", "银井边民互市点", "姐相乡", "农副产品", "9:00-17:00"],
    ]
    row_places = [["姐告边民互市交易点"], ["畹町边民互市点"], ["等秀边民互市点"], ["银井边民互市点"]]
    lines = [
        "序号   交易点名称            所在地             主要交易商品                    开放时间",
        "1      姐告边民互市交易点    姐告边境贸易区     农副产品、日用品、玉石毛料      8:00-20:00",
        "2      畹町边民互市点        畹町经济开发区     农副产品、日用消费品            9:00-18:00",
        "3      等秀边民互市点        弄岛镇             农副产品、水产品                9:00-18:00",
        "4      银井边民互市点        姐相乡             农副产品                        9:00-17:00",
    ]
    for i, ln in enumerate(lines):
        p = para(d, ln, indent=0, size=10.5, spacing=20, east=FS if i else HT)
        if i == 0:
            border(p, "bottom", "000000", 4, 2)
    for r, pl in zip(rows, row_places):
        text = "；".join(f"{h}：{v}" for h, v in zip(header, r))
        clauses.append(text)
        specific[spec_key(text)] = pl
    blank(d, 10.5)
    para(d, "注:各交易点开放时间遇节假日调整的,以所在乡镇(开发区)公告为准。", indent=0, size=10.5,
         spacing=20)
    clauses.append("注:各交易点开放时间遇节假日调整的,以所在乡镇(开发区)公告为准。")

    banji(d, "抄送:州人民政府办公室，市委各部门，市人大常委会办公室，市政协办公室，瑞丽海关。",
          "瑞丽市人民政府办公室", "2025年4月21日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)

    meta = {
        "title": "瑞丽市人民政府关于进一步规范边民互市贸易促进沿边开放高质量发展的通知",
        "doc_number": "瑞政发〔2025〕12号",
        "issuer": ["瑞丽市人民政府"],
        "date": "2025-04-18",
        "published": "2025-04-21",
        "level": "county",
        "region": "瑞丽市",
        "effective": "2025-05-01",
        "expires": "2027-12-31",
        "attachments": ["瑞丽市边民互市交易点一览表"],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府、街道办事处", "市直各部门",
                       "姐告边境贸易区管委会、畹町经济开发区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (2) 霍城县商务和工业信息化局 通知 — 市场开拓项目申报
# ---------------------------------------------------------------------------

def make_huocheng():
    stem = f"{PFX}_huocheng_tongzhi"
    d = new_doc()
    banhead(d, "霍城县商务和工业信息化局文件", "霍商工信发〔2025〕8号", mark_size=28, top=0)
    # title typed with a soft break, trailing spaces and a hand-centred second paragraph
    title(d, [["霍城县商务和工业信息化局关于组织申报", "\n", "2025年度外贸企业“一带一路”市场开拓  "],
              ["      支持项目的通知"]])
    para(d, "各乡（镇）人民政府，清水河配套产业园区管委会，有关外贸企业：", indent=0)

    blocks = [
        ("c", "为贯彻落实自治区、伊犁州关于推进外贸稳规模优结构的工作部署，发挥我县毗邻霍尔果斯口岸和"
              "中国（新疆）自由贸易试验区霍尔果斯片区的区位优势，支持外贸企业开拓共建“一带一路”国家市场，"
              "根据《伊犁州外经贸发展专项资金管理办法》，现就组织申报2025年度县级外贸企业市场开拓支持项目"
              "有关事项通知如下："),
        ("h1", "一、支持范围"),
        ("run", ("（一）境外展会。", "支持企业参加附件所列重点境外展会，对展位费给予70%的补助，单个展会"
                 "补助不超过5万元，单个企业年度补助不超过15万元。")),
        ("run", ("（二）海外仓和境外营销网络。", "支持企业在哈萨克斯坦、乌兹别克斯坦等中亚国家租赁或自建"
                 "海外仓、设立境外营销网点，按实际发生租赁费用的50%给予补助，单个企业最高20万元。")),
        ("run", ("（三）跨境电商。", "对在霍城县跨境电子商务产业园内开展跨境电商B2B出口业务、年出口额达到"
                 "500万元以上的企业，按出口额的1%给予奖励，单个企业最高30万元。"),
         ["霍城县跨境电子商务产业园"]),
        ("run", ("（四）国际物流。", "对在清水河配套产业园区内集货拼箱、经霍尔果斯口岸或都拉塔口岸出口的"
                 "企业，按每标准箱300元给予运费补助，单个企业最高15万元。"),
         ["清水河配套产业园区"]),
        ("h1", "二、申报条件"),
        ("c", "1.在霍城县依法注册登记、具有独立法人资格，且2024年1月1日以来有进出口实绩的企业。"),
        ("c", "2.近三年内无重大违法违规记录，未被列入严重失信主体名单。"),
        ("c", "3.同一事项已获得自治区、州级财政资金支持的，不得重复申报。"),
        ("h1", "三、申报材料"),
        ("c", "申报企业须提交以下材料（一式两份，加盖企业公章）："),
        ("c", "（1）企业营业执照复印件；"),
        ("c", "（2）参展合同、展位费发票及付款凭证，或海外仓租赁合同及付款凭证；"),
        ("c", "（3）海关出具的2024年以来进出口实绩证明；"),
        ("c", "（4）企业信用承诺书。"),
        ("h1", "四、申报时间和方式"),
        ("c", "申报截止时间为2025年3月31日。企业将纸质材料报送至县商务和工业信息化局外贸科（县政务服务"
              "中心4楼412室），逾期不予受理。"),
        ("h1", "五、工作要求"),
        ("c", "各乡（镇）、园区管委会要加强政策宣传，组织辖区企业做好申报。县商务和工业信息化局会同县财政局"
              "对申报材料进行审核，审核结果在县人民政府门户网站公示5个工作日，公示无异议后拨付资金。"),
    ]
    clauses, specific = [], {}
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            para(d, [(b[1], HT)], keep=True)
            continue
        if kind == "run":
            head, rest = b[1]
            para(d, [(head, KT), rest])
            text = head + rest
        else:
            para(d, b[1])
            text = b[1]
        clauses.append(text)
        if len(b) > 2:
            specific[spec_key(text)] = b[2]
    para(d, "联系人：马强　　联系电话：0999-3012345")

    blank(d)
    para(d, "附件：2025年度霍城县外贸企业重点境外展会目录", hanging=16 * 3, left=16 * 5)
    signoff(d, "霍城县商务和工业信息化局", "二〇二五年三月十日", extra_right=-16)
    blank(d)
    para(d, "（此件公开发布）")

    # 附件 on a new page, table with merged 区域 and 补助标准 cells
    page_break(d)
    para(d, [("附件", HT)], indent=0)
    blank(d)
    para(d, "2025年度霍城县外贸企业重点境外展会目录", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=22, east=XBS, spacing=35)
    blank(d)
    header = ["序号", "区域", "展会名称", "举办地", "举办时间", "补助标准"]
    std = "展位费的70%，单个展会最高5万元"
    rows = [
        ["1", "中亚", "中国—亚欧商品贸易博览会（哈萨克斯坦）", "阿拉木图", "2025年5月", std],
        ["2", "中亚", "乌兹别克斯坦国际工业展", "塔什干", "2025年6月", std],
        ["3", "中亚", "吉尔吉斯斯坦国际贸易博览会", "比什凯克", "2025年9月", std],
        ["4", "俄罗斯", "俄罗斯国际食品展", "莫斯科", "2025年9月", std],
        ["5", "俄罗斯", "中国商品（叶卡捷琳堡）展览会", "叶卡捷琳堡", "2025年7月", std],
        ["6", "西亚", "中东（迪拜）国际贸易博览会", "迪拜", "2025年12月", std],
    ]
    add_table(d, header, rows, [1.4, 1.6, 5.0, 2.2, 2.4, 3.0],
              merges=[(1, 1, 3), (1, 4, 5), (5, 1, 6)], size=12)
    for r in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, r)))

    banji(d, "抄送：县人民政府办公室，县财政局。", "霍城县商务和工业信息化局办公室", "2025年3月11日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)

    meta = {
        "title": "霍城县商务和工业信息化局关于组织申报2025年度外贸企业“一带一路”市场开拓支持项目的通知",
        "doc_number": "霍商工信发〔2025〕8号",
        "issuer": ["霍城县商务和工业信息化局"],
        "date": "2025-03-10",
        "published": "2025-03-11",
        "level": "county",
        "region": "霍城县",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度霍城县外贸企业重点境外展会目录"],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府", "清水河配套产业园区管委会", "有关外贸企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (3) 凭祥市口岸管理委员会 公告 — 预约通关
# ---------------------------------------------------------------------------

def hand_wrap(text, first, rest):
    """Cut text into visual lines the way a clerk presses Enter at the line end
    (width in 三号 characters: CJK 1, ASCII 0.5)."""
    lines, cur, w, lim = [], "", 0.0, first
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > lim and ch not in "，。、；：”）":
            lines.append(cur)
            cur, w, lim = "", 0.0, rest
        cur += ch
        w += cw
    lines.append(cur)
    return lines


STRAY_HEADER = "凭祥市口岸管理委员会公告                                        — 2 —"


def make_pingxiang():
    stem = f"{PFX}_pingxiang_gonggao"
    d = new_doc()
    banhead(d, "凭祥市口岸管理委员会", "凭口岸委公告〔2025〕2号", mark_size=36, top=0)
    title(d, ["凭祥市口岸管理委员会关于友谊关口岸",
              "货运专用通道实行预约通关和延长",
              "通关时间的公告"])
    intro = ("为进一步提升友谊关口岸通关效率，服务中国—东盟自由贸易区升级发展和西部陆海新通道建设，"
             "经市人民政府同意，现就友谊关口岸货运专用通道实行预约通关和延长通关时间有关事项公告如下：")
    para(d, intro)
    clauses = [intro]
    specific = {}
    IND = "　　"  # two full-width spaces typed by the clerk under the text of the item
    # each item: list of visual lines the clerk ended with Enter; None marks the stray header
    items = [
        ("1．自2025年5月6日起，友谊关口岸货运专用通道通关时间调整为每日8:00至22:00（北京时间），"
         "节假日不停歇。遇有特殊情况需要临时调整的，另行公告。", None, None),
        ("2．进出境货运车辆实行“提前预约、分时段通关”。承运企业应在车辆抵达口岸前至少12小时，"
         "通过“凭祥口岸智慧通关服务平台”或“凭祥口岸通”微信小程序提交预约申请，按预约时段有序进入"
         "口岸查验区；未预约车辆在非高峰时段按先到先验原则安排通关。", None, None),
        ("3．鲜活农产品、水果等时效性强的货物开通“绿色通道”，实行优先预约、优先查验、优先放行。"
         "对经友谊关口岸进口、在凭祥综合保税区内开展分拨和加工的东盟水果，实行“入区即查、查验即放”。",
         ["凭祥综合保税区"], None),
        ("4．在浦寨、弄尧边民互市区开展互市贸易的边民和互市商品运输车辆，继续按原有规定通行，"
         "不纳入本次预约通关管理，具体通行办法由市边民互市贸易服务中心另行告知。",
         ["浦寨边民互市区", "弄尧边民互市区"], 2),
        ("5．口岸各查验单位和口岸运营企业要加强协同配合，优化查验流程，公布服务电话，及时解决企业"
         "通关中遇到的问题。凭祥海关、友谊关出入境边防检查站按各自职责实施监管。", None, None),
        ("6．本公告自2025年5月6日起施行。此前有关规定与本公告不一致的，以本公告为准。", None, None),
    ]
    for text, places, stray_after in items:
        lines = hand_wrap(text, 25.5, 23.5)
        for i, ln in enumerate(lines):
            para(d, ln if i == 0 else IND + ln, indent=0)
            if stray_after is not None and i + 1 == stray_after:
                p = para(d, STRAY_HEADER, indent=0, size=10.5, east=ST, spacing=18)
                border(p, "bottom", "000000", 4, 1)
        clauses.append(text)
        if places:
            specific[spec_key(text)] = places
    para(d, "特此公告。")
    para(d, "咨询电话：0771-8521234（市口岸委综合科）")
    signoff(d, "凭祥市口岸管理委员会", "2025年4月25日", extra_right=0, gap=1)
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)

    meta = {
        "title": "凭祥市口岸管理委员会关于友谊关口岸货运专用通道实行预约通关和延长通关时间的公告",
        "doc_number": "凭口岸委公告〔2025〕2号",
        "issuer": ["凭祥市口岸管理委员会"],
        "date": "2025-04-25",
        "published": None,
        "level": "county",
        "region": "凭祥市",
        "effective": "2025-05-06",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    record(stem, meta, clauses, specific)
    return path


# ---------------------------------------------------------------------------
# (4) 满洲里市人民政府办公室 印发 实施细则 的通知
# ---------------------------------------------------------------------------

def make_manzhouli():
    stem = f"{PFX}_manzhouli_xize"
    d = new_doc()
    banhead(d, "满洲里市人民政府办公室文件", "满政办发〔2025〕21号", mark_size=30, top=1)
    title(d, ["满洲里市人民政府办公室关于印发满洲里市",
              "支持跨境电子商务发展实施细则的通知"])
    para(d, "扎赉诺尔区人民政府，各街道办事处、镇人民政府，市政府各委、办、局，各直属单位：", indent=0)
    body = ("《满洲里市支持跨境电子商务发展实施细则》已经市人民政府第12次常务会议审议通过，现印发给你们，"
            "请结合实际认真贯彻落实。")
    para(d, body)
    clauses = [body]
    specific = {}
    signoff(d, "满洲里市人民政府办公室", "2025年6月12日", extra_right=-8)
    blank(d)
    para(d, "（此件公开发布）")

    # the 细则 starts in a new section (new page), page numbers continue
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_footer(sec)
    para(d, "满洲里市支持跨境电子商务发展实施细则", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=22, east=XBS, spacing=35)
    blank(d)
    # (label, text, places) ; label None => chapter heading
    arts = [
        (None, "第一章　总　　则"),
        ("第一条", "为加快中国（满洲里）跨境电子商务综合试验区建设，推动跨境电商与中俄贸易、口岸经济融合"
                  "发展，根据《内蒙古自治区促进跨境电子商务高质量发展若干措施》等规定，结合我市实际，制定本细则。"),
        ("第 二 条", "本细则所称跨境电商企业，是指在满洲里市依法注册、具有独立法人资格，从事跨境电子商务进出口"
                    "业务及相关服务的企业。"),
        ("第三条", "市商务局负责本细则的组织实施，市财政局负责扶持资金的预算安排和监督管理，满洲里海关、市税务局"
                  "等部门按职责做好配合。"),
        (None, "第二章　支持内容"),
        ("第四条", "对年度跨境电商进出口额首次突破500万美元、1000万美元、3000万美元的企业，分别给予10万元、"
                  "30万元、80万元的一次性奖励。同一企业按最高档次差额奖励。"),
        ("第 五 条", "对在满洲里综合保税区内开展跨境电商保税进口（1210）业务、年度进口额达到300万美元以上的"
                    "企业，按进口额的1%给予补助，单个企业年度最高50万元。", ["满洲里综合保税区"]),
        ("第六条", "对在俄罗斯、白俄罗斯、哈萨克斯坦等共建“一带一路”国家自建或租赁海外仓，仓储面积不少于1000"
                  "平方米且年度服务本地企业不少于10家的，按实际租赁或建设费用的30%给予补助，单个海外仓最高100万元。"),
        ("第八条", "对在中俄互市贸易区内开展“互市贸易+跨境电商”融合业务、带动边民参与的企业，按带动边民户数每户"
                  "每年500元给予奖励，单个企业年度最高20万元。", ["中俄互市贸易区"]),
        ("第九条", "对经满洲里铁路口岸以中欧班列方式出口跨境电商货物的企业，按每标准箱1000元给予物流补贴，单个"
                  "企业年度最高60万元。"),
        ("第 十 条", ["对跨境电商企业新招用本市户籍高校毕业生并签订1年以上劳动合同的，按每人2000元给予一次性用工补助。",
                     "对经市商务局认定的跨境电商公共培训基地，按年度实际培训人数每人500元给予补助，单个基地年度最高30万元。"]),
        (None, "第三章　申报和管理"),
        ("第十一条", "扶持资金每年集中申报一次，由市商务局发布申报通知。企业应如实提供申报材料，并对材料的真实性负责。"),
        ("第十二条", "同一项目同时符合本细则和本市其他扶持政策的，按照“就高不重复”原则给予支持。"),
        ("第 十三 条", "对弄虚作假、骗取扶持资金的企业，由市财政局追回已拨付资金，三年内取消其申报资格，并纳入信用"
                      "记录；涉嫌犯罪的，依法移送司法机关处理。"),
        (None, "第四章　附　　则"),
        ("第十四条", "本细则由市商务局负责解释。"),
        ("第十五条", "本细则自2025年7月1日起施行，有效期3年。《满洲里市跨境电子商务扶持资金管理暂行办法》"
                    "（满政办发〔2021〕35号）同时废止。"),
    ]
    for a in arts:
        if a[0] is None:
            para(d, [(a[1], HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
            continue
        label, txt = a[0], a[1]
        paras = txt if isinstance(txt, list) else [txt]
        for i, t in enumerate(paras):
            if i == 0:
                para(d, [(label, HT), "　" + t])
            else:
                para(d, t)
        text = label + "　" + "\n".join(paras)
        clauses.append(text)
        if len(a) > 2:
            specific[spec_key(text)] = a[2]

    banji(d, "抄送：市委办公室，市人大常委会办公室，市政协办公室，满洲里海关。",
          "满洲里市人民政府办公室", "2025年6月13日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)

    meta = {
        "title": "满洲里市人民政府办公室关于印发满洲里市支持跨境电子商务发展实施细则的通知",
        "doc_number": "满政办发〔2025〕21号",
        "issuer": ["满洲里市人民政府办公室"],
        "date": "2025-06-12",
        "published": "2025-06-13",
        "level": "county",
        "region": "满洲里市",
        "effective": "2025-07-01",
        "expires": "2028-06-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["扎赉诺尔区人民政府", "各街道办事处、镇人民政府", "市政府各委、办、局", "各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "《满洲里市跨境电子商务扶持资金管理暂行办法》（满政办发〔2021〕35号）",
    }
    record(stem, meta, clauses, specific)
    return path


def main():
    paths = [make_ruili(), make_huocheng(), make_pingxiang(), make_manzhouli()]
    for p in paths:
        soffice_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    try:
        import pdfplumber
        for p in paths:
            pdf = p[:-5] + ".pdf"
            with pdfplumber.open(pdf) as pp:
                print(os.path.basename(pdf), len(pp.pages), "pages")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
