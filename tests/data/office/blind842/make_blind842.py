# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 842: 自贸试验区提升战略新闻发布会 (实录 / 政策问答 / 情况报告), Word + PDF + expected.json."""
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
GREY = RGBColor(0x66, 0x66, 0x66)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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


LINE = [28]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LINE[0]
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
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field_page(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash", margins=(3.7, 3.5, 2.8, 2.6)):
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
    fp.alignment = C
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field_page(fp, SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer_style == "hyphen":
        font(fp.add_run("- "), SONG, 14)
        _field_page(fp, SONG, 14)
        font(fp.add_run(" -"), SONG, 14)
    else:
        _field_page(fp, SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            if span is not None:
                continue
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_842", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 四川省政府新闻办 发布会文字实录 (website transcript pasted into Word)
def doc_sichuan():
    stem = "blind842_sc_shilu"
    LINE[0] = 25
    doc = Document()
    setup(doc, footer_style="plain", margins=(2.5, 2.4, 2.8, 2.6))
    clauses = []

    p = add_par(doc, [("四川省人民政府新闻办公室", XBS, 30, False, RED)],
                align=C, indent=False, line=44)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1, line=18)
    # title in one paragraph, broken by Shift+Enter at an odd place
    add_par(doc, [("四川省“实施自由贸易试验区提升", XBS, 22, False), ("\n", None, 0, False),
                  ("战略”新闻发布会文字实录", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("来源：四川省人民政府新闻办公室　　发布时间：2026-03-19 09:30", SONG, 10.5,
                   False, GREY)], align=C, indent=False, line=20, before=6, after=6)

    # 时间 / 地点 typed in one paragraph with a manual line break, half-width colon in 10:00
    t_time = "时间：2026年3月18日（星期三）上午10:00"
    t_place = "地点：四川省人民政府新闻发布厅"
    add_par(doc, [(t_time, FS, 16, False), ("\n", None, 0, False), (t_place, FS, 16, False)],
            indent=True)
    clauses += [t_time, t_place]

    add_par(doc, [("发布人：", HT, 16, False)], indent=True)
    header = ["序号", "姓名", "单位及职务"]
    rows = [
        ["1", "周立新", "四川省商务厅党组成员、副厅长，省自贸办常务副主任"],
        ["2", "何晓峰", "成都海关副关长"],
        ["3", "罗静", "四川天府新区党工委委员、管委会副主任"],
        ["4", "唐建军", "泸州市人民政府副市长"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.5, 2.5, 11.5])
    add_par(doc, [("主持人：四川省人民政府新闻办公室副主任、新闻发言人　刘敏", KT, 14, False)],
            indent=False, line=24, before=6)
    clauses.append("主持人：四川省人民政府新闻办公室副主任、新闻发言人　刘敏")

    def say(label, text, soft_at=None):
        """speaker label in 黑体 + speech on the same line."""
        runs = [(label, HT, 16, False)]
        if soft_at:
            a, b = text.split(soft_at, 1)
            runs += [(a + soft_at, FS, 16, False), ("\n", None, 0, False), (b, FS, 16, False)]
        else:
            runs.append((text, FS, 16, False))
        add_par(doc, runs)
        clauses.append(label + text)

    def cont(text, spaces=False):
        # continuation paragraph of the same speaker; some are indented with typed spaces
        if spaces:
            add_par(doc, "    " + text, indent=False)
        else:
            add_par(doc, text)
        clauses.append(text)

    say("主持人 刘敏：", "各位媒体朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。近日，省委办公厅、省政府办公厅印发了《中国（四川）自由贸易试验区提升行动方案（2026—2028年）》（以下简称《行动方案》）。为帮助大家更好地了解《行动方案》有关情况，今天我们邀请到省商务厅党组成员、副厅长，省自贸办常务副主任周立新先生，成都海关副关长何晓峰先生，四川天府新区党工委委员、管委会副主任罗静女士，泸州市人民政府副市长唐建军先生，请他们介绍有关情况并回答大家关心的问题。")
    cont("首先，请周立新先生作发布。")
    say("周立新：", "各位媒体朋友，大家上午好！首先，感谢大家长期以来对四川自贸试验区建设的关心和支持。下面，我就《行动方案》有关情况作简要介绍。")
    cont("中国（四川）自由贸易试验区于2017年4月1日挂牌运行，实施范围119.99平方公里，涵盖成都天府新区片区、成都青白江铁路港片区、川南临港片区3个片区。挂牌近九年来，累计形成制度创新成果912项，其中21项在全国复制推广、165项在全省推广；2025年，自贸试验区以不足全省万分之三的面积，贡献了全省11.6%的外贸进出口和24.3%的实际使用外资，新设企业3.2万户。")
    cont("《行动方案》共分为总体要求、重点任务、保障措施三个部分，提出了6个方面24项重点任务。概括起来是“四个着力”：一是着力对接国际高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展压力测试；二是着力打造内陆开放通道枢纽，推动中欧班列（成渝）、西部陆海新通道与国际航空枢纽联动发展，到2028年力争中欧班列（成渝）四川方向年开行量稳定在2800列以上；三是着力推动产业链创新链深度融合，聚焦电子信息、生物医药、航空航天等优势产业开展全产业链集成创新；四是着力提升投资贸易自由化便利化水平，全面落实外资准入负面清单，推动外商投资企业同等享受各项支持政策。", spaces=True)
    cont("《行动方案》明确，到2028年，自贸试验区累计形成制度创新成果1200项以上，外贸进出口额占全省比重提高到13%以上，实际使用外资占全省比重保持在25%左右，建成一批具有国际影响力的开放平台。")
    cont("我就介绍这些，谢谢大家！")
    say("主持人 刘敏：", "谢谢周立新先生的介绍。下面进入提问环节，请记者朋友围绕今天的发布主题提问，提问前请通报所在的新闻机构。")
    # question pasted from the web with a hard line break in the middle of a sentence
    say("四川日报记者：", "《行动方案》提出要对接国际高标准经贸规则，请问在这方面有哪些具体举措？企业能从中得到哪些实实在在的好处？",
        soft_at="请问在这方面有哪些")
    say("周立新：", "谢谢您的提问。对接国际高标准经贸规则是实施自贸试验区提升战略的重要内容。《行动方案》围绕《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，提出了一批先行先试举措。")
    cont("在货物贸易方面，将试点进口再制造产品便利化监管，扩大“两段准入”“附条件提离”等改革适用范围；在服务贸易方面，将放宽专业服务领域境外人员执业限制，允许符合条件的港澳和外籍专业人才在自贸试验区备案后提供工程咨询、会计等服务；在数字贸易方面，将在天府新区片区探索建立数据出境“白名单”制度，支持建设国际数据服务中心。")
    cont("对企业来说，最直接的好处是通关更快、成本更低、规则更透明。以“两段准入”为例，试点以来企业货物平均提离时间缩短了62%，川南临港片区一家粮油进口企业每年可节约物流和仓储成本约400万元。", spaces=True)
    say("中央广播电视总台央视记者：", "四川是中欧班列的重要起点。请问海关在支持自贸试验区提升通道能级、服务共建“一带一路”方面有哪些考虑？")
    say("何晓峰：", "谢谢你的提问。成都海关将全力支持自贸试验区提升战略实施，重点做好三方面工作。")
    cont("一是推动通道提质增效。深化中欧班列（成渝）“一单制”改革和铁路快速通关模式，推广“铁路运单物权化”试点成果；支持西部陆海新通道班列与中欧班列在成都国际铁路港无缝衔接，2025年经成都国际铁路港集结中转的国际班列货值达1236亿元，同比增长15.2%。")
    cont("二是推进监管模式创新。在自贸试验区内综合保税区全面推行“四自一简”，试点“保税+”新业态监管，支持开展飞机融资租赁、保税维修、保税研发等业务。")
    cont("三是优化口岸营商环境。2025年，成都关区进口、出口整体通关时间分别压缩至28.6小时和0.9小时。下一步，我们将持续推进“智慧海关”建设，让企业通关更便捷、更高效。")
    say("红星新闻记者：", "天府新区片区在实施提升战略方面有什么具体打算？")
    say("罗静：", "感谢您对天府新区的关注。天府新区片区实施范围90.32平方公里，是四川自贸试验区面积最大的片区。下一步，我们将重点建设天府国际数字贸易港，力争到2028年集聚数字贸易企业500家以上，数字服务出口额突破50亿美元；同时依托天府国际机场，加快发展航空物流、飞机维修、融资租赁等临空产业。")
    say("川观新闻记者：", "川南临港片区是唯一不在成都的片区，如何发挥沿江开放优势？")
    say("唐建军：", "谢谢提问。川南临港片区依托泸州港，是四川自贸试验区中唯一拥有长江港口的片区。2025年，泸州港完成集装箱吞吐量112.6万标箱，开通至东盟、中东等地的铁水联运线路9条。下一步，我们将推进长江上游航运贸易数字化平台建设，打造长江上游航运物流中心。")
    say("主持人 刘敏：", "谢谢以上发布人的介绍，也谢谢各位记者朋友。今天的发布会到此结束。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    LINE[0] = 28
    expected[stem] = [{
        "meta": {
            "title": "四川省“实施自由贸易试验区提升战略”新闻发布会文字实录",
            "doc_number": None,
            "issuer": ["四川省人民政府新闻办公室"],
            "date": "2026-03-18",
            "published": "2026-03-19",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "实录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 广西 联合行文 通知 + 附件 政策问答
def doc_guangxi():
    stem = "blind842_gx_wenda"
    doc = Document()
    setup(doc, footer_style="dash")
    clauses = []

    # joint 版头: two organ names stacked, "文件" to the right (borderless table, merged cell)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "广西壮族自治区商务厅", XBS, 21, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.rows[1].cells[0], "广西壮族自治区人民政府新闻办公室", XBS, 21, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 36, color=RED)
    m.vertical_alignment = 1  # center
    for row in t.rows:
        row.height = Cm(1.3)
        for c in row.cells:
            for pp in c.paragraphs:
                pp.paragraph_format.line_spacing = Pt(40)
    col_widths(t, [12.6, 3.0])
    empty(doc, 1)
    p = add_par(doc, "桂商自贸发〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for line in ["广西壮族自治区商务厅、广西壮族自治区",
                 "人民政府新闻办公室关于印发《中国（广西）",
                 "自由贸易试验区提升战略政策问答》的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，自治区有关单位：",
            indent=False)

    def body(tx):
        add_par(doc, tx)
        clauses.append(tx)

    body("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，2026年4月16日，自治区人民政府新闻办公室举行中国（广西）自由贸易试验区提升战略新闻发布会，对《中国（广西）自由贸易试验区提升行动方案（2026—2028年）》进行了解读。")
    body("为进一步做好政策宣传解读，帮助各类经营主体用足用好自贸试验区政策，我们在发布会答记者问的基础上，梳理形成了《中国（广西）自由贸易试验区提升战略政策问答》，现印发给你们，请结合实际认真做好宣传解读工作。工作中遇到的问题，请及时向自治区商务厅（自治区自贸办）反映。")
    empty(doc, 1)
    add_par(doc, "附件：中国（广西）自由贸易试验区提升战略政策问答", indent=True)
    empty(doc, 3)
    # joint 落款 aligned with a tab stop
    p = add_par(doc, [("广西壮族自治区商务厅", FS, 16, False), ("\t", FS, 16, False),
                      ("广西壮族自治区人民政府新闻办公室", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.3))
    p = add_par(doc, "2026年4月22日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区提升战略政策问答", XBS, 20, False)], align=C,
            indent=False, line=34, before=8, after=8)

    def head(tx):
        add_par(doc, [(tx, HT, 16, False)])

    head("一、总体情况")
    body("1．问：中国（广西）自由贸易试验区目前建设情况如何？")
    body("答：中国（广西）自由贸易试验区于2019年8月30日挂牌，实施范围119.99平方公里，涵盖南宁、钦州港、崇左3个片区。挂牌以来，累计形成制度创新成果826项，其中“边民互市贸易进口商品落地加工”“跨境人民币结算便利化”等12项在全国复制推广。2025年各片区主要指标如下：")
    p = add_par(doc, [("表1　中国（广西）自由贸易试验区各片区基本情况", HT, 14, False)],
                align=C, indent=False, line=24, before=6)
    p.paragraph_format.keep_with_next = True
    top = ["片区", "实施范围（平方公里）", "2025年主要指标"]
    sub = ["外贸进出口（亿元）", "实际使用外资（亿美元）", "新设企业（家）"]
    header = ["片区", "实施范围（平方公里）"] + ["2025年主要指标／" + s for s in sub]
    rows = [
        ["南宁片区", "46.80", "1286.4", "3.62", "9815"],
        ["钦州港片区", "58.19", "1043.7", "2.15", "3276"],
        ["崇左片区", "15.00", "872.9", "0.48", "1964"],
        ["合计", "119.99", "3203.0", "6.25", "15055"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    b = t.cell(0, 1).merge(t.cell(1, 1))
    g = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(a, top[0], HT, 12)
    set_cell(b, top[1], HT, 12)
    set_cell(g, top[2], HT, 12)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, 2 + i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append(row_clause(header, row))
    col_widths(t, [2.8, 2.8, 3.4, 3.4, 2.8])
    note = "注：外贸进出口、实际使用外资、新设企业数据为2025年全年数，来源于自治区商务厅、南宁海关统计。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("二、主要政策")
    body("2．问：《行动方案》在深化与东盟开放合作方面有哪些新举措？")
    body("答：《行动方案》提出，主动对接《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区3.0版升级议定书，在南宁片区建设中国—东盟数字贸易中心，支持钦州港片区拓展至东盟主要港口的集装箱航线，到2028年外贸航线达到50条以上。")
    # half-width punctuation typed by another clerk
    body("3.问:在跨境金融方面，企业可以享受哪些便利？")
    body("答：主要有三个方面：（1）优质企业办理经常项目资金收付可凭支付指令直接办理；（2）支持银行为边民互市贸易提供人民币和越南盾、老挝基普等东盟国家货币结算服务；（3）支持符合条件的企业在一定额度内自主借用外债。")
    body("4．问：西部陆海新通道建设与自贸试验区如何联动？")
    body("答：钦州港片区是西部陆海新通道的重要出海口。2025年，西部陆海新通道海铁联运班列开行1.26万列，同比增长11.3%。下一步，将推动平陆运河与钦州港片区港产城融合发展，推广“一单制”“一箱到底”多式联运模式。")
    head("三、政策申请")
    body("5．问：企业如何了解和申请享受自贸试验区相关政策？")
    body("答：企业可登录自治区商务厅门户网站“自贸试验区”专栏查询政策清单和办事指南。咨询电话：南宁片区0771-5316528，钦州港片区0777-3881207，崇左片区0771-7968315。")

    banji(doc, "抄送：商务部自由贸易区港建设协调司，自治区人民政府办公厅。",
          "广西壮族自治区商务厅办公室", "2026年4月22日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅、广西壮族自治区人民政府新闻办公室关于印发《中国（广西）自由贸易试验区提升战略政策问答》的通知",
            "doc_number": "桂商自贸发〔2026〕11号",
            "issuer": ["广西壮族自治区商务厅", "广西壮族自治区人民政府新闻办公室"],
            "date": "2026-04-22",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区提升战略政策问答"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会", "自治区有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 云南省商务厅 上行文 报告 (特急, 签发人), 附件1 统计表 (merged category cells), 版记 at the end
def doc_yunnan():
    stem = "blind842_yn_baogao"
    doc = Document()
    setup(doc, footer_style="dash")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("云南省商务厅", XBS, 44, False, RED)], align=C, indent=False, line=56,
            before=6)
    p = add_par(doc, [("云商自贸〔2026〕23号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨志明", KT, 16, False)], indent=False,
                before=12)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("云南省商务厅关于自由贸易试验区提升战略", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("新闻发布会有关情况的报告", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(tx):
        add_par(doc, tx)
        clauses.append(tx)

    def head(tx):
        add_par(doc, [(tx, HT, 16, False)])

    def runin(h, tx, hfont=KT, bold=False):
        add_par(doc, [(h, hfont, 16, bold), (tx, FS, 16, False)])
        clauses.append(h + tx)

    body("按照省人民政府工作安排，2026年4月24日，省人民政府新闻办公室举行中国（云南）自由贸易试验区提升战略新闻发布会，我厅会同昆明海关、中国人民银行云南省分行和德宏州人民政府有关负责同志出席发布会，介绍《中国（云南）自由贸易试验区提升行动方案（2026—2028年）》有关情况并回答记者提问。现将有关情况报告如下：")
    head("一、发布会基本情况")
    body("本次发布会共有中央驻滇媒体、省级主要媒体和南亚东南亚国家驻昆媒体等28家媒体的42名记者参加，现场提问7个，全程通过“云南发布”新媒体平台进行图文直播。截至4月28日，各类媒体共刊发、转载相关报道386篇（条），网络总阅读量、播放量约2150万次，具体情况见附件。")
    head("二、记者关注的主要问题及答复情况")
    runin("（一）关于面向南亚东南亚辐射中心建设。", "我厅重点介绍了《行动方案》提出的建设中国（云南）—东盟数字贸易平台、推进中老铁路沿线产业合作等举措，并通报2025年云南自贸试验区实现外贸进出口1186.7亿元，其中对东盟进出口占比达到54.3%。")
    runin("（二）关于跨境人民币结算便利化。", "中国人民银行云南省分行介绍，2025年自贸试验区跨境人民币结算量达到1432亿元，同比增长18.6%，下一步将扩大人民币与老挝基普、缅甸元直接交易规模。")
    runin("（三）关于中老铁路和国际物流通道。", "昆明海关介绍，2025年中老铁路进出口货运量达到612万吨，同比增长21.4%；“澜湄快线”国际货物列车实现每日双向开行，货物在昆明王家营西站通关时间压缩至2小时以内。")
    head("三、舆情反映")
    body("总体看，发布会舆论反响积极正面，主要呈现以下特点：")
    runin("1．主流媒体集中发声。", "人民日报客户端、新华社、中央广播电视总台等中央媒体刊发报道26篇，形成较好的传播声势。", FS, True)
    runin("2．境外媒体关注度较高。", "老挝《万象时报》、泰国《星暹日报》、越南通讯社等境外媒体刊发报道7篇，重点关注中老铁路、跨境人民币结算等内容。", FS, True)
    runin("3．个别诉求需关注回应。", "网民留言主要集中在：（1）部分中小外贸企业反映跨境电商出口退税办理周期仍然较长；（2）部分边民反映互市商品落地加工政策宣传不够到位。我厅已会同有关部门逐一核实，并通过“云南发布”平台予以回应。", FS, True)
    head("四、下一步工作建议")
    runin("（一）持续做好政策解读。", "建议由省自贸办牵头编制《行动方案》政策问答和办事指南，组织开展“政策进园区、进企业”宣讲活动，年内覆盖企业2000家以上。")
    runin("（二）建立舆情会商机制。", "建议省委网信办、省人民政府新闻办公室与我厅建立自贸试验区舆情会商机制，对网民集中反映的诉求实行清单化管理、限时办结。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：新闻发布会媒体报道情况统计表", indent=True)
    empty(doc, 2)
    p = add_par(doc, "云南省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月三十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(40)
    empty(doc, 1)
    add_par(doc, "（联系人：李晓红；联系电话：0871-63215476）")

    # ---------------- 附件 (own page), 媒体类别 merged vertically
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("新闻发布会媒体报道情况统计表", XBS, 20, False)], align=C, indent=False,
            line=34, before=6, after=6)
    header = ["序号", "媒体类别", "媒体名称", "报道数量（篇）", "阅读播放量（万次）"]
    groups = [
        ("中央媒体", [["1", "人民日报（含客户端）", "6", "312.5"],
                      ["2", "新华社（含客户端）", "8", "286.0"],
                      ["3", "中央广播电视总台", "5", "410.2"],
                      ["4", "经济日报", "3", "45.6"],
                      ["5", "中国新闻社", "4", "38.9"]]),
        ("省级媒体", [["6", "云南日报（含云新闻）", "12", "96.4"],
                      ["7", "云南广播电视台", "9", "188.7"],
                      ["8", "春城晚报", "7", "52.1"],
                      ["9", "“云南发布”政务新媒体", "15", "233.8"]]),
        ("州市媒体", [["10", "昆明日报", "6", "31.2"],
                      ["11", "红河日报", "4", "12.5"],
                      ["12", "德宏团结报", "5", "9.8"]]),
        ("境外媒体", [["13", "《万象时报》（老挝）", "3", "6.4"],
                      ["14", "《星暹日报》（泰国）", "2", "4.7"],
                      ["15", "越南通讯社", "2", "3.9"]]),
        ("网络媒体", [["16", "各类网站及自媒体转载", "295", "415.3"]]),
    ]
    total = ["合计", "—", "—", "386", "2148.0"]
    n = sum(len(r) for _, r in groups) + 1
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    ri = 1
    for cat, rows in groups:
        start = ri
        for r in rows:
            set_cell(t.cell(ri, 0), r[0], FS, 12)
            set_cell(t.cell(ri, 2), r[1], FS, 12, align=L)
            set_cell(t.cell(ri, 3), r[2], FS, 12)
            set_cell(t.cell(ri, 4), r[3], FS, 12)
            clauses.append(row_clause(header, [r[0], cat, r[1], r[2], r[3]]))
            ri += 1
        mc = t.cell(start, 1).merge(t.cell(ri - 1, 1)) if ri - 1 > start else t.cell(start, 1)
        set_cell(mc, cat, FS, 12)
        mc.vertical_alignment = 1
    for ci, v in enumerate(total):
        set_cell(t.cell(ri, ci), v, HT if ci == 0 else FS, 12)
    clauses.append(row_clause(header, total))
    col_widths(t, [1.4, 2.4, 6.2, 2.8, 3.0])
    note = "注：统计时间截至2026年4月28日；阅读播放量为各平台公开数据，转载报道未重复计入原发媒体。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, None, "云南省商务厅办公室", "2026年4月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅关于自由贸易试验区提升战略新闻发布会有关情况的报告",
            "doc_number": "云商自贸〔2026〕23号",
            "issuer": ["云南省商务厅"],
            "date": "2026-04-30",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["新闻发布会媒体报道情况统计表"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_guangxi(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
