# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 770: 合法性审查意见书 + 审查意见采纳情况说明 (自贸片区), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, instr, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" -"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20):
    """text may be a list -> several paragraphs in the cell."""
    cell.text = ""
    paras = text if isinstance(text, list) else [text]
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    """Set tblGrid and every tc width (merged cells get the sum of their span)."""
    t.autofit = False
    tw = [int(Cm(w).twips) for w in widths]
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in t._tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[gi:gi + span]))
            gi += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_770", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering -------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="decimal", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first))
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


SONGSHEN = "中国（福建）自由贸易试验区厦门片区支持航运物流企业高质量发展若干措施（送审稿）"


# =================================================================== DOC A
def doc_xiamen_yijianshu():
    stem = "blind770_xiamen_yijianshu"
    doc = Document()
    setup(doc)
    LS = 25  # this office uses fixed 25-point line spacing
    clauses = []
    n_basis = make_numbering(doc, "%1.")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市司法局", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    p = add_par(doc, "厦司审〔2026〕12号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in one paragraph, wrapped by hand at odd places
    p = doc.add_paragraph()
    font(p.add_run("厦门市司法局关于《中国（福建）自由贸易试验"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区厦门片区支持航运物流企业高质量发展若干"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("措施（送审稿）》的合法性审查意见书"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LS)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=LS)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], line=LS)

    body("你委《关于提请对〈" + SONGSHEN + "〉进行合法性审查的函》（厦自贸委函〔2026〕9号）及相关材料收悉。根据《厦门市行政规范性文件管理办法》等规定，我局对该送审稿进行了合法性审查。现将审查意见函告如下：")
    head("一、送审基本情况")
    # three lines typed with Shift+Enter in one paragraph
    l1 = "送审单位：中国（福建）自由贸易试验区厦门片区管理委员会（以下简称片区管委会）。"
    l2 = "送审文件：《" + SONGSHEN + "》（以下简称《若干措施》），共五章二十四条，另附起草说明、征求意见汇总及采纳情况、公平竞争审查表、风险评估报告等材料。"
    l3 = "送审时间：2026年2月27日。经审核，送审材料齐全，符合受理条件。"
    p = doc.add_paragraph()
    font(p.add_run(l1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + l2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + l3), FS, 16)
    fmt(p, line=LS)
    clauses.extend([l1, l2, l3])
    head("二、审查依据")
    body("本次审查主要依据以下法律、法规和政策文件：")
    basis = [
        "《中华人民共和国行政处罚法》；",
        "《中华人民共和国行政许可法》；",
        "《中华人民共和国船舶登记条例》；",
        "《优化营商环境条例》；",
        "《公平竞争审查条例》；",
        "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）。",
    ]
    for i, b in enumerate(basis, 1):
        p = add_par(doc, b, first=Pt(32), line=LS)
        apply_num(p, n_basis)
        clauses.append("%d.%s" % (i, b))
    head("三、审查意见")
    body("经审查，《若干措施》制定主体适格，起草程序基本符合规定，主要内容总体符合法律、法规、规章和国家政策规定，但部分条款存在以下问题，需要修改完善：")
    runin("（一）关于第三条“航运企业落户奖励”。",
          "该条规定“对新落户片区且注册资本不低于5000万元的航运企业，给予一次性落户奖励300万元”。根据《公平竞争审查条例》第十条规定，没有法律、行政法规依据或者未经国务院批准，政策措施不得含有给予特定经营者选择性、差异化的财政奖励或者补贴等内容。建议删除“注册资本不低于5000万元”的表述，改为以企业实际经营贡献、营业收入等客观标准确定奖励，并在起草说明中补充公平竞争审查结论。")
    runin("（二）关于第七条“船舶登记便利化”。",
          "该条第二款规定“片区管委会可以对国际船舶登记申请实行告知承诺制，对申请材料不全的先行办理登记”。船舶登记属于海事管理机构的法定职责，片区管委会不具有相应的行政许可权，且《中华人民共和国船舶登记条例》对登记申请材料有明确规定。建议修改为“配合海事管理机构推行国际船舶登记便利化措施”，删除“先行办理登记”的表述。")
    runin("（三）关于第十一条“信用约束”。",
          "该条规定“对违反承诺的企业，三年内不得享受片区各项扶持政策，并纳入失信联合惩戒对象名单”。根据《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号），认定严重失信主体名单、设定失信惩戒措施，应当以法律、法规或者党中央、国务院政策文件为依据。《若干措施》以规范性文件形式规定“纳入失信联合惩戒对象名单”，缺乏上位法依据。建议删除该表述，修改为“依法依规追回已享受的扶持资金，并按规定记入企业信用记录”。")
    runin("（四）关于第十五条“法律责任”。",
          "该条规定“违反本措施规定的，由片区管委会处一万元以上三万元以下罚款”。根据《中华人民共和国行政处罚法》第十六条规定，除法律、法规、规章外，其他规范性文件不得设定行政处罚。建议删除该条。")
    runin("（五）关于第二十四条“施行日期”。",
          "该条规定“本措施自2026年1月1日起施行，有效期三年”。《若干措施》尚未印发，施行日期早于发布日期，不符合行政规范性文件不溯及既往的原则。建议修改为“本措施自印发之日起施行，有效期至2028年12月31日”；确需对市场主体有利的事项溯及适用的，应当在起草说明中作出专门说明。")
    runin("（六）其他文字性修改意见。", "具体见下表：")
    cap = add_par(doc, [("《若干措施》文字性修改意见表", HT, 14, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LS)
    cap.paragraph_format.keep_with_next = True
    header = ["序号", "条款", "原表述", "修改建议"]
    rows = [
        ["1", "第一条", "根据《中华人民共和国海商法》等有关规定",
         "《若干措施》内容与海商法无直接关联，建议修改为“根据有关法律法规和政策规定”"],
        ["2", "第二条", "航运物流企业",
         "建议与第五条、第六条中“航运企业”“物流企业”的表述相统一"],
        ["3", "第八条", "给予最高不超过500万元的奖励",
         "“最高”与“不超过”语义重复，建议修改为“给予不超过500万元的奖励”"],
        ["4", "第二十二条", "本措施由片区管委会负责解释",
         "建议修改为“本措施由片区管委会负责解释，具体解释工作由片区航运物流处承担”"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci >= 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 2.6, 4.4, 7.2])
    head("四、审查结论")
    body("综上，我局认为，《若干措施》按照上述意见修改完善后，可以按程序提请片区管委会主任办公会议审议。请你委修改完善后，将审查意见采纳情况书面反馈我局；对未予采纳的意见，请说明理由。")
    add_par(doc, "特此函告。", line=LS)
    empty(doc, 1, line=20)
    # 落款 by typed spaces, date in Chinese numerals
    p = add_par(doc, " " * 36 + "厦门市司法局", indent=False, line=LS)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 34 + "二〇二六年三月十二日", indent=False, line=LS)
    add_par(doc, "（联系人：黄志鹏，联系电话：0592-2869415）", line=LS)
    banji(doc, "抄送：市人民政府办公厅，市交通运输局，厦门海事局。",
          "厦门市司法局办公室", "2026年3月12日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市司法局关于《" + SONGSHEN + "》的合法性审查意见书",
            "doc_number": "厦司审〔2026〕12号",
            "issuer": ["厦门市司法局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见书",
            "recipients": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen_caina():
    stem = "blind770_xiamen_caina"
    doc = Document()
    setup(doc, footer="hyphen")
    clauses = []

    # no 版头: plain 说明 typed by the 片区 法规处
    empty(doc, 1)
    for ln in ["关于《中国（福建）自由贸易试验区",
               "厦门片区支持航运物流企业高质量发展",
               "若干措施（送审稿）》合法性审查意见",
               "采纳情况的说明"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "厦门市司法局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)],
                indent=False)

    body("我委于2026年3月13日收到《厦门市司法局关于〈" + SONGSHEN + "〉的合法性审查意见书》（厦司审〔2026〕12号）。收到审查意见后，我委组织片区航运物流处、法规处会同起草专班逐条进行研究，对《若干措施》作了修改完善。现将审查意见采纳情况说明如下：")
    runin("一、总体采纳情况。",
          "市司法局共提出审查意见9条，其中合法性意见5条、文字性修改意见4条。经研究，我委采纳7条，部分采纳1条，未采纳1条，具体情况见下表。", HT)
    cap = add_par(doc, [("合法性审查意见采纳情况表", HT, 14, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    header = ["序号", "意见类别", "涉及条款", "审查意见要点", "采纳情况", "处理说明"]
    widths = [0.9, 1.4, 1.8, 4.6, 1.4, 5.5]
    allrows = [
        ["1", "合法性意见", "第三条", "以注册资本作为落户奖励门槛，可能构成差别待遇，建议改以客观标准确定奖励，并补充公平竞争审查结论",
         "采纳", "已修改为“对新落户片区、落户次年营业收入达到1亿元以上的航运企业，按其实际经营贡献给予奖励”，起草说明已补充公平竞争审查结论"],
        ["2", "合法性意见", "第七条第二款", "片区管委会不具有船舶登记许可权，建议删除“先行办理登记”",
         "采纳", "已修改为“配合厦门海事局推行国际船舶登记便利化措施”"],
        ["3", "合法性意见", "第十一条", "以规范性文件规定“纳入失信联合惩戒对象名单”缺乏上位法依据",
         "采纳", "已删除相关表述，修改为“依法依规追回已享受的扶持资金，并按规定记入企业信用记录”"],
        ["4", "合法性意见", "第十五条", "规范性文件不得设定行政处罚，建议删除该条",
         "采纳", "已删除该条，后续条款序号相应顺延调整"],
        ["5", "合法性意见", "第二十四条", "施行日期早于发布日期，建议修改为自印发之日起施行",
         "部分采纳", "详见本说明第二部分"],

        ["6", "文字性意见", "第一条", "删除“《中华人民共和国海商法》”的表述",
         "采纳", "已修改为“根据有关法律法规和政策规定”"],
        ["7", "文字性意见", "第二条", "统一“航运物流企业”与“航运企业”“物流企业”的表述",
         "未采纳", "详见本说明第二部分"],
        ["8", "文字性意见", "第八条", "“最高”与“不超过”语义重复",
         "采纳", "已修改为“给予不超过500万元的奖励”"],
        ["9", "文字性意见", "第二十二条", "明确具体解释工作的承担机构",
         "采纳", "已按意见修改"],
    ]

    def table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                if ci == 1:
                    continue
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (3, 5) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        col_widths(t, widths)
        # 意见类别 typed once per group, cells merged vertically
        start = 1
        for ri in range(1, len(rows) + 1):
            last = ri == len(rows) or rows[ri][1] != rows[ri - 1][1]
            if last:
                m = t.cell(start, 1)
                if ri > start:
                    m = m.merge(t.cell(ri, 1))
                set_cell(m, rows[start - 1][1], FS, 10.5, line=16)
                start = ri + 1
        return t

    # the clerk split the table by hand where page 1 ended and typed 续表
    part1, part2 = allrows[:1], allrows[1:]
    table(part1)
    p = add_par(doc, [("续表", HT, 12, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p.paragraph_format.keep_with_next = True
    table(part2)
    note = "注：1.“采纳情况”栏分为“采纳”“部分采纳”“未采纳”三类；2.“涉及条款”栏为送审稿条款序号，修改稿条款序号已相应调整。"
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    head("二、关于部分采纳和未采纳意见的说明")
    runin("（一）关于第二十四条施行日期的意见。",
          "我委采纳将施行日期修改为“自印发之日起施行”的意见，有效期相应调整为“有效期至2028年12月31日”。考虑到第三条落户奖励政策已于2025年12月在片区航运招商推介会上向社会公布，为保护市场主体的信赖利益，修改稿增加一款“2026年1月1日至本措施施行之日前新落户片区的航运企业，可以参照第三条规定申请奖励”。该款属于对市场主体有利的溯及适用，已在起草说明中作出专门说明。")
    runin("（二）关于第二条“航运物流企业”表述的意见。",
          "《若干措施》支持对象既包括国际航运企业，也包括为航运提供配套服务的货运代理、船舶代理、多式联运经营等物流企业。第二条已对“航运物流企业”的范围作出界定，第五条、第六条分别针对其中的航运企业和物流企业设置差异化支持措施，相关表述并不矛盾，故未予采纳。")
    runin("三、下一步工作。",
          "我委将按程序将修改后的《若干措施》提请片区管委会主任办公会议审议，审议通过后按规定报送市司法局备案审查，并通过厦门片区门户网站向社会公开。", HT)
    empty(doc, 1)
    add_par(doc, IND + "附件：《若干措施》主要条款修改前后对照表", indent=False)
    empty(doc, 2)
    # 落款 right aligned with right indent
    p = add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：陈晓敏　　联系电话：0592-5613870）", indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("《若干措施》主要条款修改前后对照表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    ah = ["条款", "送审稿表述", "修改稿表述"]
    arows = [
        ["第三条", "对新落户片区且注册资本不低于5000万元的航运企业，给予一次性落户奖励300万元。",
         "对新落户片区、落户次年营业收入达到1亿元以上的航运企业，按其实际经营贡献给予奖励，最高不超过300万元。"],
        ["第七条第二款", "片区管委会可以对国际船舶登记申请实行告知承诺制，对申请材料不全的先行办理登记。",
         "配合厦门海事局推行国际船舶登记便利化措施。"],
        ["第十一条", "对违反承诺的企业，三年内不得享受片区各项扶持政策，并纳入失信联合惩戒对象名单。",
         "对违反承诺的企业，依法依规追回已享受的扶持资金，并按规定记入企业信用记录。"],
        ["第十五条", "违反本措施规定的，由片区管委会处一万元以上三万元以下罚款。", "（删除）"],
        ["第二十四条（修改稿第二十三条）", "本措施自2026年1月1日起施行，有效期三年。",
         "本措施自印发之日起施行，有效期至2028年12月31日。2026年1月1日至本措施施行之日前新落户片区的航运企业，可以参照第三条规定申请奖励。"],
    ]
    t = doc.add_table(rows=1 + len(arows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ah):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(arows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(ah, row)))
    col_widths(t, [3.0, 6.3, 6.3])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《" + SONGSHEN + "》合法性审查意见采纳情况的说明",
            "doc_number": None,
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["《若干措施》主要条款修改前后对照表"],
            "doc_type": "说明",
            "recipients": ["厦门市司法局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_harbin_form():
    stem = "blind770_harbin_shenchashu"
    doc = Document()
    setup(doc, footer="pages", margins=(2.8, 2.5, 2.6, 2.4))
    clauses = []
    ORG = "中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会法制工作办公室"

    add_par(doc, [("中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会", SONG, 15, True)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)
    add_par(doc, [("法制工作办公室", SONG, 15, True)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)
    add_par(doc, [("合法性审查意见书", XBS, 24, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=6)
    p = add_par(doc, [("编号：", FS, 14, False), ("哈自贸法审〔2026〕6号", FS, 14, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=26)

    FILE = "《中国（黑龙江）自由贸易试验区哈尔滨片区推进对俄跨境贸易和中欧班列集结发展若干措施（送审稿）》"
    t = doc.add_table(rows=9, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    W = [2.9, 5.6, 2.9, 4.6]
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER

    def lab(r, c, text):
        set_cell(t.cell(r, c), text, HT, 12, line=22)

    def pair_row(r, a, av, b, bv):
        lab(r, 0, a)
        set_cell(t.cell(r, 1), av, FS, 12, align=L, line=22)
        lab(r, 2, b)
        set_cell(t.cell(r, 3), bv, FS, 12, align=L, line=22)
        clauses.append("%s：%s；%s：%s" % (a, av, b, bv))

    def wide_row(r, a, paras, align=L):
        lab(r, 0, a)
        m = t.cell(r, 1).merge(t.cell(r, 3))
        set_cell(m, paras, FS, 12, align=align, line=22)
        clauses.append("%s：%s" % (a, "".join(paras) if isinstance(paras, list) else paras))
        return m

    pair_row(0, "送审单位", "哈尔滨片区管委会对俄经贸合作局", "联系人及电话", "于海波　0451-87603215")
    wide_row(1, "送审文件", FILE)
    pair_row(2, "送审时间", "2026年3月30日", "审查期限", "2026年4月13日前")
    wide_row(3, "文件类别", "□重大行政决策　☑行政规范性文件　□合同协议　□其他")
    basis = [
        "1.《中华人民共和国海关法》；",
        "2.《中华人民共和国行政许可法》；",
        "3.《优化营商环境条例》；",
        "4.《公平竞争审查条例》；",
        "5.《中国（黑龙江）自由贸易试验区条例》；",
        "6.《黑龙江省行政规范性文件管理办法》。",
    ]
    wide_row(4, "审查依据", basis)
    opinion = [
        "经审查，送审稿制定主体、权限适格，起草过程中已公开征求意见，程序符合规定。提出以下修改意见：",
        "1.第四条规定“对经哈尔滨片区开行的中欧班列，按每标准箱给予3000元运费补贴，补贴对象限于片区注册企业”。将补贴对象限定为本地注册企业，属于《公平竞争审查条例》规定的限制外地经营者的情形，建议将“限于片区注册企业”修改为“在片区开展实际经营的企业”。",
        "2.第九条规定“对俄边境贸易进出口商品，由片区管委会实施检验检疫”。进出口商品检验检疫属于海关法定职责，建议修改为“配合哈尔滨海关优化对俄进出口商品检验检疫流程”。",
        "3.第十三条规定“申请对俄贸易跨境人民币结算奖励的企业，应当提供法定代表人无犯罪记录证明”。该要求与奖励事项无直接关联，不符合《优化营商环境条例》关于精简证明材料的规定，建议删除。",
        "4.第十八条规定“本措施有效期五年”，建议明确有效期的具体起止日期。",
        "5.起草说明未载明风险评估情况，请补充完善后随文件一并报送。",
        "送审稿按照上述意见修改后，可以提请片区管委会主任办公会议审议。",
    ]
    wide_row(5, "审查意见", opinion)
    wide_row(6, "审查结论", "□可以提请审议　☑修改后提请审议　□不宜提请审议")
    pair_row(7, "审查人员", "刘畅　韩雪", "复核人", "孙立新")
    pair_row(8, "负责人意见", "同意", "签字", "王建军")
    col_widths(t, W)
    for r in range(9):
        if r != 5:  # the long 审查意见 row is allowed to break across pages
            cant_split(t.rows[r])

    note = "注：本意见书一式三份，送审单位、法制工作办公室各留存一份，一份随送审文件报片区管委会主任办公会议。"
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    empty(doc, 1, line=24)
    p = add_par(doc, [("（法制工作办公室印章）", FS, 14, False)], indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT, line=26)
    p.paragraph_format.right_indent = Pt(28)
    p = add_par(doc, [("2026年4月8日", FS, 14, False)], indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT, line=26)
    p.paragraph_format.right_indent = Pt(42)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合法性审查意见书",
            "doc_number": "哈自贸法审〔2026〕6号",
            "issuer": [ORG],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "哈尔滨市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen_yijianshu(), doc_xiamen_caina(), doc_harbin_form()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
