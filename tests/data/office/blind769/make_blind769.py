# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 769: 关于修改和废止部分行政规范性文件的决定 (市政府 / 省商务厅), Word + PDF + expected.json."""
import json
import os
import subprocess

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
def font(run, name=FS, size=16, bold=False, color=None):
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
        font(p.add_run(text), name, size, bold, color)
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


def setup(doc, left="— ", right=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Cm(sum(cms)).twips)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            idx = sum(c.grid_span for c in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
            tc.width = Cm(sum(cms[idx:idx + span]))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_769", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ----------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


# =================================================================== DOC A
def doc_xiamen():
    """厦门市人民政府: 红头“文件”, 文号居中, 标题两段断在“行政/规范性”之间, 一个附件含修改条目和废止目录表."""
    stem = "blind769_xiamen_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 2)
    add_par(doc, [("厦门市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "厦府规〔2025〕19号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title typed as two paragraphs, broken in an odd place
    add_par(doc, [("厦门市人民政府关于修改和废止部分行政", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("规范性文件的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻党中央、国务院关于加快建设全国统一大市场、持续优化营商环境的决策部署，落实《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）和《公平竞争审查条例》有关要求，市司法局会同有关部门对截至2025年9月30日市人民政府制定的现行有效行政规范性文件进行了全面清理。经清理，市人民政府决定：")
    body("一、对《厦门市促进外贸稳规模优结构若干措施》等3件市人民政府行政规范性文件的部分条款予以修改（见附件第一部分）。")
    body("二、对《厦门市人民政府关于印发厦门市鼓励跨境电子商务发展若干措施的通知》等7件市人民政府行政规范性文件予以废止（见附件第二部分）。")
    body("三、各区人民政府、市直有关部门要根据本决定，及时做好本部门、本地区相关配套文件的清理工作，确保政策衔接有序。废止的行政规范性文件，自本决定施行之日起不再作为行政管理的依据。")
    body("本决定自2026年1月1日起施行。附件第一部分所列行政规范性文件根据本决定作相应修改，重新公布。")
    empty(doc, 1)
    add_par(doc, "附件：厦门市人民政府决定修改和废止的行政规范性文件")
    empty(doc, 2)
    p = add_par(doc, "厦门市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2025年12月19日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件 (part 1: modifications, part 2: repeal table)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("厦门市人民政府决定修改和废止的", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=10)
    add_par(doc, [("行政规范性文件", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=10)

    def head(t, name=HT):
        add_par(doc, [(t, name, 16, False)])

    head("一、决定修改的行政规范性文件（3件）")
    head("（一）《厦门市促进外贸稳规模优结构若干措施》（厦府规〔2023〕6号）", KT)
    body("1．将第三条第一款中的“对在我市注册登记的外贸企业”修改为“对在我市依法开展经营活动的外贸企业”。")
    body("2．删去第七条第二款。")
    body("3．将第十二条中的“有效期至2025年12月31日”修改为“有效期至2027年12月31日”。")
    head("（二）《厦门市中欧（厦门）班列运营补助资金管理办法》（厦府规〔2022〕11号）", KT)
    body("1．将第四条第二款中的“市交通运输局”修改为“市商务局”。")
    body("2．将第九条中的“每年6月30日前”修改为“每年3月31日前”。")
    body("3．删去第十五条。")
    head("（三）《厦门市人民政府关于进一步支持自由贸易试验区厦门片区高质量发展的若干意见》（厦府规〔2022〕2号）", KT)
    body("1．在第六条后增加一条，作为第七条：“支持片区对接《区域全面经济伙伴关系协定》（RCEP）等国际高标准经贸规则，在原产地证书签发、跨境服务贸易、“丝路海运”航线拓展等领域开展先行先试。”")
    body("2．删去第十一条中的“且注册资本不低于1000万元”。")
    body("此外，对相关文件的条文顺序作相应调整。")
    head("二、决定废止的行政规范性文件目录（7件）")
    header = ["序号", "文件名称", "文号", "废止理由"]
    rows = [
        ["1", "厦门市人民政府关于印发厦门市鼓励跨境电子商务发展若干措施的通知", "厦府〔2018〕263号", "已被新的政策文件替代"],
        ["2", "厦门市人民政府关于印发厦门市对外贸易经营者备案登记管理办法的通知", "厦府〔2016〕98号", "上位法依据已修改"],
        ["3", "厦门市人民政府关于加快发展“丝路海运”的若干意见", "厦府〔2019〕45号", "规定的任务已完成"],
        ["4", "厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区商事登记确认制改革试行办法的通知", "厦府规〔2020〕7号", "试行期已满"],
        ["5", "厦门市人民政府关于印发厦门市进口贸易促进创新示范区建设实施方案的通知", "厦府〔2021〕112号", "适用期已过"],
        ["6", "厦门市人民政府关于支持台资企业参与“一带一路”建设的若干措施", "厦府规〔2019〕9号", "已被新的政策文件替代"],
        ["7", "厦门市人民政府关于印发厦门市外贸综合服务企业认定和管理暂行办法的通知", "厦府〔2017〕301号", "不符合公平竞争审查要求"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.2, 9.0, 3.2, 2.8])
    p = add_par(doc, [("注：上述文件自2026年1月1日起废止。", FS, 12, False)], indent=False, line=22, before=4)
    clauses.append("注：上述文件自2026年1月1日起废止。")

    banji(doc, "抄送：市委各部门，厦门警备区，各人民团体。市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。",
          "厦门市人民政府办公厅", "2025年12月22日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于修改和废止部分行政规范性文件的决定",
            "doc_number": "厦府规〔2025〕19号",
            "issuer": ["厦门市人民政府"],
            "date": "2025-12-19",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["厦门市人民政府决定修改和废止的行政规范性文件"],
            "doc_type": "决定",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《厦门市人民政府关于印发厦门市鼓励跨境电子商务发展若干措施的通知》等7件市人民政府行政规范性文件",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """四川省商务厅: 修改条目直接列在正文, “1．”为Word自动编号, 附件废止目录表两级表头合并单元格+标题行重复."""
    stem = "blind769_sichuan_shangwuting"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("四川省商务厅文件", XBS, 42, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=36)
    empty(doc, 2)
    # 文号 centred by typing spaces
    p = add_par(doc, " " * 19 + "川商规〔2026〕2号", indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = add_par(doc, [("四川省商务厅关于修改和废止部分", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政规范性文件的决定"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，厅机关各处室，厅属各事业单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t, name=HT):
        add_par(doc, [(t, name, 16, False)])

    state = {"nid": None, "n": 0}

    def group(t):
        head(t, KT)
        state["nid"] = make_numbering(doc, "%1．")
        state["n"] = 0

    def item(t):
        state["n"] += 1
        clauses.append("%d．%s" % (state["n"], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, state["nid"])

    body("为贯彻落实《优化营商环境条例》《公平竞争审查条例》，维护社会主义法制统一，根据《四川省行政规范性文件管理办法》有关规定，省商务厅对本厅制定的现行有效行政规范性文件进行了全面清理。经2026年2月12日厅党组会议审议通过，决定对3件行政规范性文件予以修改，对5件行政规范性文件予以废止。现决定如下：")
    head("一、修改的行政规范性文件")
    group("（一）《四川省外贸发展专项资金管理办法》（川商规〔2022〕3号）")
    item("将第三条第二款中的“省商务厅、省财政厅共同负责”修改为“省商务厅、省财政厅按照职责分工共同负责”。")
    item("将第八条第（四）项中的“在四川省内注册登记满2年”修改为“在四川省内依法登记注册”。")
    item("删去第十四条。")
    item("将第二十一条中的“本办法有效期至2026年3月31日”修改为“本办法有效期至2028年3月31日”。")
    group("（二）《四川省中欧班列运营补贴管理办法》（川商规〔2023〕1号）")
    item("将第二条中的“中欧班列（蓉欧快铁）”修改为“中欧班列（成渝）”。")
    item("将第十条第一款修改为：“补贴资金实行年度清算，班列运营平台公司应当于次年2月底前向省商务厅提交清算申请，并附具经第三方机构审计的开行数据。”")
    item("删去第十六条第二款。")
    group("（三）《四川省商务领域行政处罚裁量权基准》（川商规〔2021〕5号）")
    item("将第五条中的“《中华人民共和国行政处罚法》（2017年修正）”修改为“《中华人民共和国行政处罚法》”。")
    item("删去附件中序号第12项“未按规定办理对外贸易经营者备案登记”的有关内容。")
    head("二、废止的行政规范性文件")
    body("对《四川省商务厅关于进一步做好对外贸易经营者备案登记工作的通知》等5件行政规范性文件予以废止（目录见附件）。")
    body("三、各市（州）商务主管部门要对照本决定，同步清理本地区制定的相关政策文件，于2026年6月30日前将清理结果报省商务厅（条约法律处）。")
    body("本决定自2026年4月1日起施行。修改的行政规范性文件根据本决定作相应修改，并对条文顺序作相应调整后重新公布。")
    empty(doc, 1)
    add_par(doc, "附件：四川省商务厅决定废止的行政规范性文件目录")
    empty(doc, 3)
    p = add_par(doc, "四川省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年3月5日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("四川省商务厅决定废止的行政规范性文件目录", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    rows = [
        ["1", "四川省商务厅关于进一步做好对外贸易经营者备案登记工作的通知", "川商贸〔2019〕12号", "2019年4月8日", "《中华人民共和国对外贸易法》已修改"],
        ["2", "四川省商务厅关于印发《四川省跨境电子商务综合试验区企业认定暂行办法》的通知", "川商规〔2020〕2号", "2020年6月30日", "已被新文件替代"],
        ["3", "四川省商务厅关于印发《四川省境外经贸合作区考核办法（试行）》的通知", "川商规〔2018〕6号", "2018年11月15日", "试行期已满"],
        ["4", "四川省商务厅关于做好中国（四川）自由贸易试验区外商投资企业设立备案工作的通知", "川商资〔2017〕45号", "2017年9月20日", "调整对象已发生变化"],
        ["5", "四川省商务厅关于印发《四川省二手车流通企业备案管理办法》的通知", "川商规〔2021〕4号", "2021年8月2日", "上位依据已废止"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); set_cell(a, "序号", HT, 12)
    b = h0[1].merge(h1[1]); set_cell(b, "文件名称", HT, 12)
    c = h0[2].merge(h0[3]); set_cell(c, "原发文信息", HT, 12)
    d = h0[4].merge(h1[4]); set_cell(d, "废止理由", HT, 12)
    set_cell(t.rows[1].cells[2], "文号", HT, 12)
    set_cell(t.rows[1].cells[3], "印发日期", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "文件名称", "原发文信息／文号", "原发文信息／印发日期", "废止理由"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [1.2, 6.8, 3.0, 2.6, 2.8])
    add_par(doc, [("注：上述文件自本决定施行之日起废止。", FS, 12, False)], indent=False, line=22, before=4)
    clauses.append("注：上述文件自本决定施行之日起废止。")

    banji(doc, "抄送：商务部条约法律司，省司法厅，省人民政府办公厅。",
          "四川省商务厅办公室", "2026年3月6日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于修改和废止部分行政规范性文件的决定",
            "doc_number": "川商规〔2026〕2号",
            "issuer": ["四川省商务厅"],
            "date": "2026-03-05",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": ["四川省商务厅决定废止的行政规范性文件目录"],
            "doc_type": "决定",
            "recipients": ["各市（州）商务主管部门", "厅机关各处室", "厅属各事业单位"],
            "publicity": "此件公开发布",
            "repeals": "《四川省商务厅关于进一步做好对外贸易经营者备案登记工作的通知》等5件行政规范性文件",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_lianyungang():
    """连云港市人民政府: 全角空格缩进, 标题软回车, 修改条目逐项写在正文, 半角括号混用,
    落款用制表符+汉字日期, 废止目录手工拆成两张表并加“续表”."""
    stem = "blind769_lianyungang_jueding"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("连云港市人民政府文件", XBS, 38, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    p = add_par(doc, "连政规发〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1, line=10)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "top", "FF0000", 18, 1)
    empty(doc, 1)
    p = add_par(doc, [("连云港市人民政府关于修改和废止部分", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政规范性文件的决定"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，市各委、办、局，市各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为进一步优化法治化营商环境，更好服务共建“一带一路”交汇点建设，根据《江苏省行政规范性文件管理规定》，市司法局会同有关部门对市政府现行有效的行政规范性文件进行了清理。经2026年1月15日市政府第48次常务会议研究，决定对5件市政府行政规范性文件的部分条款予以修改，对12件市政府行政规范性文件予以废止。")
    body("一、将《连云港市促进港口集装箱运输发展扶持办法》(连政规发〔2022〕5号)第四条中的“市口岸办”修改为“市商务局（市口岸办）”。")
    # item 二 and a following stand-alone sentence typed with Shift+Enter
    t2a = "二、将《连云港市中欧（中亚）班列运营管理办法》（连政规发〔2023〕2号）第九条第一款修改为：“班列运营平台公司应当建立健全安全生产责任制度，每季度向市交通运输局、市商务局报送班列开行计划和安全运行情况。”"
    t2b = "删去第十八条。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t2a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2b), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t2a, t2b])
    body("三、将《连云港市外商投资企业投诉处理办法》（连政规发〔2021〕7号）第六条中的“十个工作日”修改为“七个工作日”；第十五条中的“市投资促进局”修改为“市商务局”。")
    body("四、删去《连云港市支持自由贸易试验区连云港片区建设若干政策措施》（连政规发〔2022〕8号）第三条第(二)项中的“且在片区内连续经营满3年”。")
    body("五、将《连云港市港口岸线使用管理办法》（连政规发〔2020〕11号）第二十三条修改为：“本办法自2020年12月1日起施行，有效期至2028年11月30日。”")
    body("六、对《连云港市人民政府关于印发连云港市加快中哈（连云港）物流合作基地建设若干政策的通知》等12件市政府行政规范性文件予以废止（目录见附件）。")
    body("本决定自2026年3月1日起施行。本决定第一条至第五条所涉行政规范性文件根据本决定作相应修改，重新公布。")
    add_par(doc, IND + "附件：连云港市人民政府决定废止的行政规范性文件目录", indent=False)
    empty(doc, 1)
    # 落款 aligned with a left tab stop
    p = add_par(doc, "\t连云港市人民政府", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    p = add_par(doc, "\t二〇二六年一月二十日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ------------------------------------------------ 附件 (table split by hand, 续表)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = add_par(doc, [("连云港市人民政府决定废止的", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政规范性文件目录"), XBS, 22)
    empty(doc, 1)
    header = ["序号", "文件名称", "文号", "发文日期"]
    rows = [
        ["1", "连云港市人民政府关于印发连云港市加快中哈（连云港）物流合作基地建设若干政策的通知", "连政发〔2016〕88号", "2016年7月12日"],
        ["2", "连云港市人民政府关于促进港口物流业发展的实施意见", "连政发〔2015〕102号", "2015年9月25日"],
        ["3", "连云港市人民政府关于印发连云港市外贸转型升级基地认定管理办法的通知", "连政规发〔2018〕3号", "2018年3月6日"],
        ["4", "连云港市人民政府关于进一步扩大利用外资的若干意见", "连政发〔2017〕146号", "2017年12月18日"],
        ["5", "连云港市人民政府关于印发连云港市服务外包产业发展扶持办法的通知", "连政规发〔2019〕6号", "2019年5月20日"],
        ["6", "连云港市人民政府关于加快发展跨境电子商务的实施意见", "连政发〔2018〕57号", "2018年6月11日"],
        ["7", "连云港市人民政府关于印发连云港市口岸通关便利化若干措施的通知", "连政发〔2019〕91号", "2019年8月29日"],
        ["8", "连云港市人民政府关于印发中国（江苏）自由贸易试验区连云港片区管理暂行办法的通知", "连政规发〔2020〕1号", "2020年1月16日"],
        ["9", "连云港市人民政府关于推进“一带一路”强支点建设的实施意见", "连政发〔2018〕121号", "2018年11月2日"],
        ["10", "连云港市人民政府关于印发连云港市进口商品交易中心扶持办法的通知", "连政规发〔2020〕9号", "2020年10月14日"],
        ["11", "连云港市人民政府关于支持上合组织（连云港）国际物流园发展的若干意见", "连政发〔2019〕33号", "2019年3月22日"],
        ["12", "连云港市人民政府关于印发连云港市外经贸发展专项资金管理办法的通知", "连政规发〔2021〕4号", "2021年4月7日"],
    ]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        widths(t, [1.3, 9.2, 3.4, 2.7])
        for row in t.rows:
            row.height = Cm(1.35)
        return t

    part(rows[:7])
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    part(rows[7:])

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。",
          "连云港市人民政府办公室", "2026年1月21日印发", gap=5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市人民政府关于修改和废止部分行政规范性文件的决定",
            "doc_number": "连政规发〔2026〕2号",
            "issuer": ["连云港市人民政府"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["连云港市人民政府决定废止的行政规范性文件目录"],
            "doc_type": "决定",
            "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "《连云港市人民政府关于印发连云港市加快中哈（连云港）物流合作基地建设若干政策的通知》等12件市政府行政规范性文件",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_sichuan(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
