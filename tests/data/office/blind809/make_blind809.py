# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 809: 自贸片区2025年度产业扶持资金拟兑现企业名单公示 — Word + PDF + expected.json."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, pagenum="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if pagenum is None:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def cell_margins(t, cm=0.1):
    tw = int(cm * 567)
    t._tbl.tblPr.append(parse_xml(
        '<w:tblCellMar %s><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/>'
        '</w:tblCellMar>' % (nsdecls("w"), tw, tw)))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_809", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# 统一社会信用代码 check character (GB 32100-2015)
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(body17):
    assert len(body17) == 17, body17
    s = sum(_USCC.index(c) * (3 ** i % 31) for i, c in enumerate(body17))
    return body17 + _USCC[(31 - s % 31) % 31]


def money(x):
    return "%.2f" % Decimal(x)


# Word automatic numbering (chineseCounting) ---------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# =================================================================== DOC A
# 宁波片区：红头 + 文号 + 红线, 3-line title, 附件 on its own page with the
# name list (vertical merges for firms with two items, header row repeated,
# 合计 merged across columns, 注 under the table), 版记 at the very end.
A_ROWS = [
    # (企业名称, 代码前17位, [(扶持项目, 金额), ...])
    ("宁波北仑港通国际物流有限公司", "91330206MA2GQ4K7X", [("国际航运物流企业奖励", "286.50")]),
    ("宁波甬舟大宗商品交易有限公司", "91330206MA2H1DR3P", [("大宗商品贸易规模奖励", "420.00")]),
    ("宁波远鸿油气贸易有限公司", "91330206MA2J7FC50", [("油气贸易增量奖励", "350.00"),
                                                     ("总部经济落户奖励", "200.00")]),
    ("宁波跨境云仓供应链管理有限公司", "91330206MA2KB8WN6", [("跨境电商海外仓建设补助", "168.30")]),
    ("宁波北仑芯源微电子有限公司", "91330206MA2CM3L91", [("研发投入补助", "245.80")]),
    ("宁波海丝数字贸易服务有限公司", "91330206MA7E2HT48", [("数字贸易企业培育奖励", "96.00")]),
    ("宁波甬港融资租赁有限公司", "91330206MA2AY6N02", [("融资租赁业务奖励", "180.00")]),
    ("宁波通商外贸综合服务有限公司", "91330206144087532", [("外贸综合服务平台奖励", "120.00")]),
    ("宁波吉鼎汽车零部件有限公司", "91330206717245863", [("技术改造项目补助", "312.60"),
                                                       ("首台（套）装备保险补偿", "45.20")]),
    ("宁波北仑国际船舶代理有限公司", "91330206256083147", [("国际航运物流企业奖励", "88.00")]),
    ("宁波四明冷链物流有限公司", "91330206MA2GX0D7Q", [("冷链物流设施建设补助", "156.40")]),
    ("宁波中东欧商品贸易有限公司", "91330206MA2H53KP8", [("进口贸易促进奖励", "130.00")]),
    ("宁波梅山保税港区锦程航运有限公司", "91330206MA2833T2F", [("航运总部落户奖励", "300.00")]),
    ("宁波华瀚新材料科技有限公司", "91330206MA2CJ7R16", [("研发投入补助", "98.70")]),
    ("宁波丝路港航信息科技有限公司", "91330206MA7FN4B0Y", [("数字贸易企业培育奖励", "72.00")]),
    ("宁波港城保税仓储有限公司", "91330206698219043", [("保税仓储能级提升奖励", "110.00")]),
    ("宁波恒信船舶燃料供应有限公司", "91330206MA2J0WLE5", [("保税燃料油加注奖励", "260.00")]),
    ("宁波北仑绿能储运有限公司", "91330206MA2KD5P33", [("绿色低碳项目补助", "85.50")]),
    ("宁波甬欧班列运营有限公司", "91330206MA7GB12C7", [("海铁联运班列补贴", "140.00")]),
    ("宁波汇丰达跨境电子商务有限公司", "91330206MA2H8K3L7", [("跨境电商出口增量奖励", "62.40")]),
    ("宁波港联检验检测技术服务有限公司", "91330206MA2AR96M4", [("公共服务平台建设补助", "38.00")]),
]


def doc_ningbo():
    stem = "blind809_ningbo_gongshi"
    doc = Document()
    setup(doc)
    clauses = []
    organ = "中国（浙江）自由贸易试验区宁波片区管理委员会"
    n_firms = len(A_ROWS)
    total = sum(Decimal(a) for _, _, items in A_ROWS for _, a in items)

    # 版头: long organ name squeezed with character scaling (as offices do)
    add_par(doc, [(organ, XBS, 26, False, RED, 72)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=20)
    empty(doc, 1)
    p = add_par(doc, "甬自贸委公〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three separate paragraphs, broken at odd places
    for t in ("中国（浙江）自由贸易试验区宁波片区",
              "管理委员会关于2025年度产业扶持资金",
              "拟兑现企业名单的公示"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《中国（浙江）自由贸易试验区宁波片区促进产业高质量发展若干政策》"
         "（甬自贸委〔2024〕18号），根据《中国（浙江）自由贸易试验区宁波片区产业扶持资金管理办法》"
         "有关规定，经企业申报、街道（园区）初审、行业主管部门审核、第三方机构专项审计及管委会主任"
         "办公会议研究，拟对宁波北仑港通国际物流有限公司等%d家企业兑现2025年度产业扶持资金，"
         "共计%s万元。现将拟兑现企业名单予以公示（详见附件）。"
         % (n_firms, money(total)))
    head("一、公示期")
    body("公示期为2026年3月3日至2026年3月9日（共5个工作日）。")
    head("二、异议反馈方式")
    body("公示期间，任何单位和个人对公示名单有异议的，可通过以下方式向宁波片区管委会产业发展局反映：")
    runin("（一）来电反映。", "联系电话：0574-86781352（工作日8:30—12:00，13:30—17:30）。")
    runin("（二）来信反映。", "邮寄地址：宁波市北仑区新碶街道长江路1166号宁波片区管委会产业发展局"
          "（邮编：315800），信封请注明“产业扶持资金公示异议”。")
    runin("（三）来访反映。", "地点：宁波市北仑区长江路1166号行政中心A座1208室。")
    runin("（四）电子邮件。", "邮箱：cyfzj@nbftz.gov.cn。")
    body("反映异议应当实事求是，以单位名义反映的须加盖单位公章，以个人名义反映的须署真实姓名"
         "并提供联系方式；匿名或者无具体事实依据的异议不予受理。公示期满无异议或者异议经核查不成立的，"
         "按程序拨付扶持资金。")
    add_par(doc, "特此公示。")
    att = "中国（浙江）自由贸易试验区宁波片区2025年度产业扶持资金拟兑现企业名单"
    # 附件 line with hanging indent so the wrapped part lines up after "附件："
    p = add_par(doc, "附件：" + att, first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1)
    # 落款 pushed right with typed spaces; date in digits
    p = add_par(doc, " " * 10 + organ, indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 50 + "2026年3月2日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区2025年度", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("产业扶持资金拟兑现企业名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("单位：万元", FS, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=24)

    header = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "扶持金额"]
    n_data = sum(len(items) for _, _, items in A_ROWS)
    t = doc.add_table(rows=1 + n_data + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [0.9, 4.0, 5.1, 3.7, 1.9])
    cell_margins(t)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for k, (name, code17, items) in enumerate(A_ROWS, 1):
        code = uscc(code17)
        first_row = r
        for proj, amt in items:
            no_split(t.rows[r])
            set_cell(t.rows[r].cells[3], proj, FS, 11)
            set_cell(t.rows[r].cells[4], amt, FS, 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
            clauses.append("序号：%d；企业名称：%s；统一社会信用代码：%s；扶持项目：%s；扶持金额：%s"
                           % (k, name, code, proj, amt))
            r += 1
        for c, v, al in ((0, str(k), WD_ALIGN_PARAGRAPH.CENTER),
                         (1, name, WD_ALIGN_PARAGRAPH.LEFT),
                         (2, code, WD_ALIGN_PARAGRAPH.CENTER)):
            cell = t.rows[first_row].cells[c]
            if r - first_row > 1:
                cell = cell.merge(t.rows[r - 1].cells[c])
            set_cell(cell, v, FS, 10.5 if c == 2 else 11, align=al)
    # 合计 row: 序号..扶持项目 merged
    last = t.rows[r]
    m = last.cells[0].merge(last.cells[3])
    set_cell(m, "合计", HT, 12)
    set_cell(last.cells[4], money(total), HT, 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses.append("序号：合计；扶持金额：%s" % money(total))

    def note(t_):
        clauses.append(t_)
        add_par(doc, [(t_, FS, 12, False)], indent=False, line=20)

    empty(doc, 1, line=12)
    note("注：1.上述扶持金额已经宁波甬诚会计师事务所有限公司专项审计确认。")
    p = doc.add_paragraph()
    t2 = "2.同一企业享受多个扶持项目的，分项列示；同一项目与市级及以上政策重复的，按“就高不重复”原则兑现。"
    font(p.add_run("\u3000\u3000" + t2), FS, 12)
    fmt(p, indent=False, line=20)
    clauses.append(t2)

    banji(doc, "抄送：宁波市商务局，宁波市财政局，北仑区人民政府。",
          "宁波片区管委会办公室", "2026年3月2日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于2025年度产业扶持资金拟兑现企业名单的公示",
            "doc_number": "甬自贸委公〔2026〕3号",
            "issuer": [organ],
            "date": "2026-03-02",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 钦州港片区：no 红头 (website notice), title with a soft line break, body
# indented with typed full-width spaces, half-width punctuation mixed in,
# a table split by hand with a typed "续表" and re-typed header, contact
# items kept in one paragraph with Shift+Enter, 落款 with spaces and date in
# Chinese numerals.  No page numbers.
B_ROWS = [
    ("广西北部湾陆海通供应链管理有限公司", "91450700MA5PX3K2A", "海铁联运班列运费补贴", "326.00"),
    ("钦州港远洋国际货运代理有限公司", "91450702MA5L0R8T1", "集装箱航线培育奖励", "210.00"),
    ("广西钦州中马冷链物流有限公司", "91450700MA5N6WQ84", "冷链物流设施建设补助", "185.60"),
    ("广西桂港新能源材料有限公司", "91450700MA7B4EH09", "新能源材料项目投产奖励", "500.00"),
    ("广西钦州东盟跨境物流有限公司", "91450702MA5Q2CY67", "跨境陆路运输补贴", "96.40"),
    ("钦州港泰丰粮油进出口有限公司", "91450702799715368", "外贸进出口增量奖励", "128.00"),
    ("广西北港大宗商品交易中心有限公司", "91450700MA5KM1J53", "大宗商品交易平台奖励", "150.00"),
    ("钦州市鑫海船务代理有限公司", "91450702MA5R7G0U2", "港口物流企业落户奖励", "50.00"),
    ("广西钦州保税港区恒通仓储有限公司", "91450702585943110", "保税仓储业务奖励", "88.80"),
    ("广西陆海新通道数字科技有限公司", "91450700MA7D9FP36", "数字化平台建设补助", "120.00"),
    ("钦州港湾石化贸易有限公司", "91450702MA5MH2X95", "外贸进出口增量奖励", "236.50"),
    ("钦州港顺达集装箱服务有限公司", "91450702MA5P8N4L0", "集装箱航线培育奖励", "145.00"),
    ("广西钦州中越汽车贸易有限公司", "91450700MA7H3TB21", "二手车出口奖励", "42.30"),
    ("广西钦港木业进出口有限公司", "91450702MA5NF6C78", "外贸进出口增量奖励", "66.20"),
]


def doc_qinzhou():
    stem = "blind809_qinzhou_gongshi"
    doc = Document()
    setup(doc, pagenum=None)
    clauses = []
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    total = sum(Decimal(a) for *_, a in B_ROWS)

    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年度产业扶持资金（第一批）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("拟兑现企业名单公示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("根据《中国（广西）自由贸易试验区钦州港片区促进西部陆海新通道建设和产业发展若干措施》"
         "（钦自贸管发〔2024〕9号）及相关实施细则,经企业申报、片区各职能部门初审、第三方会计师事务所"
         "专项审核和片区管委会审定,拟对%d家企业兑现2025年度产业扶持资金（第一批）,合计%s万元。"
         "现将有关情况公示如下。" % (len(B_ROWS), money(total)))
    head("一、拟兑现企业名单")
    body("拟兑现企业名单及扶持金额如下（单位：万元）：")

    header = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "金额（万元）"]
    widths = [1.0, 3.8, 5.2, 3.5, 2.1]

    def part(rows, start, with_total):
        t = doc.add_table(rows=1 + len(rows) + (1 if with_total else 0), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        cell_margins(t)
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12, bold=True)
        for j, (name, code17, proj, amt) in enumerate(rows):
            vals = [str(start + j), name, uscc(code17), proj, amt]
            for c, v in enumerate(vals):
                set_cell(t.rows[j + 1].cells[c], v, FS, 11 if c == 2 else 12,
                         align=WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        if with_total:
            vals = ["合计", "—", "—", "—", money(total)]
            for c, v in enumerate(vals):
                set_cell(t.rows[-1].cells[c], v, HT if c in (0, 4) else FS, 12)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        return t

    part(B_ROWS[:9], 1, False)
    # typed 续表 marker, then a second table with the header typed again
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=26, before=6)
    part(B_ROWS[9:], 10, True)
    empty(doc, 1, line=14)
    for n in ("注:1.扶持金额以万元为单位,保留两位小数。",
              "2.企业扶持资金拨付前,如发现存在违法违规或失信行为的,取消其兑现资格。"):
        clauses.append(n)
        add_par(doc, [(IND + n, FS, 14, False)], indent=False, line=24)
    t = "二、公示时间:2026年3月17日至2026年3月23日,共5个工作日。"
    clauses.append(t)
    add_par(doc, [(IND + "二、公示时间:", HT, 16, False),
                  ("2026年3月17日至2026年3月23日,共5个工作日。", FS, 16, False)], indent=False)
    head("三、异议受理")
    body("公示期间,如对公示企业及扶持金额有异议,请以书面形式实名向钦州港片区管委会经济发展局反映。")
    # three contact items in ONE paragraph, separated by manual line breaks
    items = ["1.受理电话:0777-3886512（工作日9:00-12:00,15:00-18:00）",
             "2.电子邮箱:qzgjjfzj@126.com",
             "3.通讯地址:广西钦州港经济技术开发区中马大街1号钦州港片区管委会经济发展局312室,邮编535008。"]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    body("单位反映情况须加盖公章,个人反映情况须署实名并留下联系方式。逾期或匿名反映的,不予受理。")
    add_par(doc, IND + "特此公示。", indent=False)
    empty(doc, 2)
    add_par(doc, "\u3000" * 4 + organ, indent=False)
    add_par(doc, "\u3000" * 11 + "二〇二六年三月十六日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区2025年度产业扶持资金（第一批）拟兑现企业名单公示",
            "doc_number": None,
            "issuer": [organ],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 郑州片区：two separate 公示 in one file.
#  C1: 红头 + 文号 + 红线, title with soft breaks, Word auto-numbered 一、二、
#      headings (number not typed), two-level merged header, 合计 merged.
#  C2: joint notice (市财政局 + 片区管委会), typed numbering, 落款 stacked,
#      （此件主动公开）.
C1_ROWS = [
    ("郑州陆港中豫班列运营有限公司", "91410100MA9F2K3H7", "中欧班列（中豫号）开行补贴", "300.00", "200.00"),
    ("河南郑欧跨境电商产业园管理有限公司", "91410171MA45QY8D2", "跨境电商产业园区奖励", "60.00", "40.00"),
    ("郑州空中丝路国际货运代理有限公司", "91410100MA9K7T0N5", "国际航空货运包机补贴", "120.00", "80.00"),
    ("河南豫满全球供应链有限公司", "91410171MA46BC1R8", "公共海外仓建设奖励", "90.00", "60.00"),
    ("郑州经开跨境电子商务有限公司", "91410171MA9G5W2E3", "跨境电商出口增量奖励", "36.00", "24.00"),
    ("郑州国际陆港多式联运有限公司", "91410171MA3X6P9L0", "多式联运“一单制”业务奖励", "48.00", "32.00"),
    ("河南中原冷链国际物流有限公司", "91410171MA44J0FU6", "进口冷链查验设施补助", "27.60", "18.40"),
    ("郑州丝路优品进口贸易有限公司", "91410100MA9H3BX14", "进口贸易促进奖励", "21.00", "14.00"),
    ("河南数港跨境支付服务有限公司", "91410100MA9N1DQ72", "跨境电商综合服务平台奖励", "30.00", "20.00"),
    ("郑州合盛国际快件监管中心有限公司", "91410171317528465", "国际快件业务增量奖励", "18.30", "12.20"),
]

C2_ROWS = [
    ("河南中豫国际融资租赁有限公司", "91410100MA9FC2R41", "融资租赁业务奖励", "150.00"),
    ("郑州自贸商业保理有限公司", "91410100MA45B7N3X", "商业保理业务奖励", "60.00"),
    ("中原丝路产业投资基金管理有限公司", "91410100MA9G0E8K2", "股权投资机构落户奖励", "200.00"),
    ("河南豫通供应链金融服务有限公司", "91410105MA9KTL605", "供应链金融业务奖励", "45.00"),
    ("郑州郑东豫商总部管理有限公司", "91410100MA9LQ3W18", "总部企业落户奖励", "500.00"),
    ("河南海丝跨境人民币结算服务有限公司", "91410105MA9H6X2P9", "跨境人民币业务奖励", "32.50"),
    ("郑州农投期货经纪有限公司", "91410100170013652", "期货交割库建设奖励", "80.00"),
    ("河南盛华区域总部管理有限公司", "91410105MA46UE7C3", "总部企业经营贡献奖励", "268.40"),
]


def doc_zhengzhou():
    stem = "blind809_zhengzhou_gongshi"
    doc = Document()
    setup(doc)
    organ = "中国（河南）自由贸易试验区郑州片区管理委员会"
    docs = []

    # ------------------------------------------------------------ C1
    clauses = []
    n_head = make_numbering(doc, "%1、")
    add_par(doc, [(organ, XBS, 26, False, RED, 75)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=16)
    empty(doc, 1)
    p = add_par(doc, "郑自贸管〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（河南）自由贸易试验区郑州片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会关于2025年度跨境电商和国际"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("物流扶持资金拟兑现企业名单的公示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t, cl=clauses):
        cl.append(t)
        add_par(doc, t)

    heads = [0]

    def nhead(h, t=""):
        heads[0] += 1
        if t:
            clauses.append("%s、%s%s" % (CN[heads[0] - 1], h, t))
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    s_city = sum(Decimal(r[3]) for r in C1_ROWS)
    s_zone = sum(Decimal(r[4]) for r in C1_ROWS)
    s_all = s_city + s_zone
    body("为加快建设“空中、陆上、网上、海上”四条丝绸之路，支持跨境电商和国际物流企业做大做强，"
         "根据《中国（河南）自由贸易试验区郑州片区支持跨境电商和国际物流发展若干措施》"
         "（郑自贸〔2024〕5号）规定，经企业自主申报、片区经济发展局初审、第三方审计机构审核，"
         "拟对%d家企业兑现2025年度跨境电商和国际物流扶持资金%s万元，其中市级承担%s万元、片区承担%s万元。"
         "现予以公示。" % (len(C1_ROWS), money(s_all), money(s_city), money(s_zone)))
    nhead("拟兑现企业名单")

    t = doc.add_table(rows=2 + len(C1_ROWS) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [0.8, 2.9, 4.5, 2.6, 1.85, 1.85, 1.85])
    cell_margins(t)
    top = ["序号", "企业名称", "统一社会信用代码", "扶持项目"]
    for i, h in enumerate(top):
        c = t.rows[0].cells[i].merge(t.rows[1].cells[i])
        set_cell(c, h, HT, 11)
    c = t.rows[0].cells[4].merge(t.rows[0].cells[6])
    set_cell(c, "拟兑现金额（万元）", HT, 11)
    subs = ["市级承担", "片区承担", "小计"]
    for i, h in enumerate(subs):
        set_cell(t.rows[1].cells[4 + i], h, HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdrs = top + ["拟兑现金额（万元）／" + s for s in subs]
    for j, (name, code17, proj, a, b) in enumerate(C1_ROWS):
        vals = [str(j + 1), name, uscc(code17), proj, a, b, money(Decimal(a) + Decimal(b))]
        for ci, v in enumerate(vals):
            set_cell(t.rows[2 + j].cells[ci], v, FS, 9.5 if ci >= 2 and ci != 3 else 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdrs, vals)))
    last = t.rows[-1]
    m = last.cells[0].merge(last.cells[3])
    set_cell(m, "合计", HT, 11)
    tv = [money(s_city), money(s_zone), money(s_all)]
    for i, v in enumerate(tv):
        set_cell(last.cells[4 + i], v, HT, 9.5)
    clauses.append("序号：合计；" + "；".join("%s：%s" % (h, v) for h, v in zip(hdrs[4:], tv)))
    empty(doc, 1, line=14)

    nhead("公示期限。", "2026年4月9日至2026年4月15日（共5个工作日）。")
    nhead("异议反馈。", "公示期间，对拟兑现企业名单有异议的，请以书面形式实名反映，并提供必要的证明材料。"
          "联系单位：郑州片区管委会经济发展局；联系电话：0371-55092136；电子邮箱：jjfzj@zzftz.gov.cn；"
          "地址：郑州经济技术开发区第三大街与经南五路交叉口管委会大楼B座516室。")
    nhead("其他事项。", "公示期满无异议的，按程序拨付资金；对弄虚作假、骗取扶持资金的企业，一经查实，"
          "追回已拨付资金，并按规定纳入信用记录。")
    empty(doc, 2)
    p = add_par(doc, organ, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年4月8日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(112)
    docs.append({
        "meta": {
            "title": organ + "关于2025年度跨境电商和国际物流扶持资金拟兑现企业名单的公示",
            "doc_number": "郑自贸管〔2026〕12号",
            "issuer": [organ],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ------------------------------------------------------------ C2
    page_break(doc)
    clauses2 = []
    add_par(doc, [("关于2025年度自贸片区总部经济和金融业", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=12)
    add_par(doc, [("扶持资金拟兑现企业名单的公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    total2 = sum(Decimal(r[3]) for r in C2_ROWS)

    def body2(t):
        clauses2.append(t)
        add_par(doc, t)

    def head2(t):
        add_par(doc, [(t, HT, 16, False)])

    body2("为支持中国（河南）自由贸易试验区郑州片区总部经济和现代金融业集聚发展，根据《郑州市支持"
          "中国（河南）自由贸易试验区郑州片区金融业发展若干政策》（郑政办〔2023〕41号）和《中国（河南）"
          "自由贸易试验区郑州片区总部经济发展扶持办法》有关规定，经企业申报、联合审核、社会中介机构"
          "审计，现将2025年度总部经济和金融业扶持资金拟兑现企业名单（共%d家，拟兑现资金合计%s万元）"
          "予以公示。" % (len(C2_ROWS), money(total2)))
    head2("一、拟兑现企业名单")
    header = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "扶持金额（万元）"]
    t = doc.add_table(rows=1 + len(C2_ROWS) + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.0, 3.8, 5.2, 3.5, 2.1])
    cell_margins(t)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for j, (name, code17, proj, amt) in enumerate(C2_ROWS):
        vals = [str(j + 1), name, uscc(code17), proj, amt]
        for ci, v in enumerate(vals):
            set_cell(t.rows[1 + j].cells[ci], v, FS, 11 if ci == 2 else 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses2.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    last = t.rows[-1]
    m = last.cells[0].merge(last.cells[3])
    set_cell(m, "合计", HT, 12)
    set_cell(last.cells[4], money(total2), HT, 12)
    clauses2.append("序号：合计；扶持金额（万元）：%s" % money(total2))
    empty(doc, 1, line=14)
    head2("二、公示期及异议反馈")
    body2("（一）公示期：2026年4月9日—4月15日。")
    body2("（二）公示期内，对公示企业及扶持金额有异议的，可通过电话、信函或者现场等方式实名向"
          "郑州片区管委会财政金融局反映。联系电话：0371-55092178，联系人：王女士；来信请寄：郑州"
          "经济技术开发区第三大街与经南五路交叉口管委会大楼B座408室（邮编450016）。")
    body2("（三）异议人应当提供真实姓名（单位名称）、联系方式及相关证据材料。受理部门将依法保护"
          "异议人合法权益，并于公示期满后10个工作日内完成核查。")
    add_par(doc, "特此公示。")
    empty(doc, 1)
    p = add_par(doc, "郑州市财政局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(128)
    p = add_par(doc, organ, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年4月8日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件主动公开）")
    docs.append({
        "meta": {
            "title": "关于2025年度自贸片区总部经济和金融业扶持资金拟兑现企业名单的公示",
            "doc_number": None,
            "issuer": ["郑州市财政局", organ],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
