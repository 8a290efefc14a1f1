# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 803: 人大常委会专题询问（自贸试验区建设情况）——问答实录、应询材料、审议意见办理情况报告.

Writes blind803_*.docx, blind803_*.pdf and expected.json into this script's directory.
"""
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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
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
    fmt(p, indent=False, line=12)


def page_field(p, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="emdash", odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    left, right = ("— ", " —") if footer_style == "emdash" else ("- ", " -")
    if odd_even:
        # 公文 style: odd pages number at right, even pages at left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        font(fp.add_run(left), SONG, 14)
        page_field(fp)
        font(fp.add_run(right), SONG, 14)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        font(ep.add_run(left), SONG, 14)
        page_field(ep)
        font(ep.add_run(right), SONG, 14)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run(left), SONG, 14)
        page_field(fp)
        font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set widths on tblGrid, tblW and each cell (LibreOffice reads the grid)."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for tr in tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[ci:ci + span]))
            ci += span


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')


def textbox_luokuan(doc, lines, left_pt=250, width_pt=180, height_pt=84):
    """落款 typed into a floating VML text box (a habit of some clerks)."""
    paras = ""
    for t in lines:
        paras += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, t))
    xml = ('<w:r %s><w:pict><v:shape id="luokuan_tb" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:2pt;width:%dpt;height:%dpt;z-index:2;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>' % (VML_NS, left_pt, width_pt, height_pt, paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, 2)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_803", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 广西人大常委会办公厅印发专题询问问答实录的通知（通知 + 附件问答实录）
def doc_guangxi():
    stem = "blind803_guangxi_shilu"
    doc = Document()
    setup(doc, "emdash")
    clauses = []

    # 红头 "…文件", squeezed with character scaling like offices do
    add_par(doc, [("广西壮族自治区人大常委会办公厅文件", XBS, 30, False, RED, 80)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=20)
    empty(doc, 1)
    p = add_par(doc, "桂人大常办发〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("广西壮族自治区人大常委会办公厅关于印发",
              "《中国（广西）自由贸易试验区建设情况专题",
              "询问问答实录》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区人民政府办公厅，自治区人大各专门委员会、常委会各工作委员会，各设区的市人大常委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("2026年4月23日，自治区十四届人大常委会第二十一次会议举行联组会议，结合审议自治区人民政府关于中国（广西）自由贸易试验区建设情况的报告开展专题询问，自治区人民政府副主席刘光明和有关部门、单位负责同志到会应询。")
    body("经常委会主任会议同意，现将《中国（广西）自由贸易试验区建设情况专题询问问答实录》印发给你们。请自治区人民政府办公厅督促有关部门认真研究询问中提出的问题和意见建议，于2026年9月30日前将研究处理情况书面报送自治区人大常委会；各设区的市人大常委会要加强对自贸试验区片区和协同发展区建设的监督，推动专题询问成果转化落实。")
    empty(doc, 1)
    add_par(doc, "附件：中国（广西）自由贸易试验区建设情况专题询问问答实录")
    empty(doc, 2)
    # 落款 aligned with typed full-width spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 11 + "广西壮族自治区人大常委会办公厅", indent=False)
    add_par(doc, "\u3000" * 14 + "二〇二六年五月十二日", indent=False)

    # ---- 附件 on its own page; this part was typed with 26-point exact line spacing
    L = 26
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=L)
    p = add_par(doc, [("中国（广西）自由贸易试验区建设情况", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("专题询问问答实录"), XBS, 22)
    empty(doc, 1, line=L)

    def b2(t):
        clauses.append(t)
        add_par(doc, t, line=L)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=L)

    def speaker(label, who):
        """询问人/应询人 line; label in 黑体, name in 楷体."""
        clauses.append(label + who)
        add_par(doc, [(label, HT, 16, False), (who, KT, 16, False)], line=L)

    b2("主持人（自治区人大常委会副主任　蒙志强）：现在开始专题询问。本次共安排3个问题，请询问人依次提问，应询部门负责同志作答。")

    head("问题1　关于提升制度创新质量")
    speaker("询问人：", "自治区人大常委会委员　黄志明")
    b2("黄志明：自贸试验区有的制度创新成果含金量不高、在全国复制推广的不多。请问自治区商务厅下一步如何提升制度创新的首创性？")
    speaker("应询人：", "自治区商务厅厅长　韦建平")
    b2("韦建平：截至2025年底，广西自贸试验区累计形成制度创新成果178项，其中9项在全国复制推广。下一步，一是聚焦中国—东盟开放合作开展跨境贸易、跨境金融集成创新；二是建立成果第三方评估机制；三是推动南宁、钦州港、崇左三个片区联动创新，力争2026年新增全国复制推广案例3项以上。")

    head("问题2　关于西部陆海新通道建设")
    # 询问人 and the question typed in one paragraph with a manual line break (Shift+Enter)
    w2 = "自治区人大代表　梁海燕"
    q2 = "梁海燕：北部湾港海铁联运“最后一公里”不畅、回程空箱率偏高。请问自治区交通运输厅有什么具体举措？"
    p = doc.add_paragraph()
    font(p.add_run("询问人："), HT, 16)
    font(p.add_run(w2), KT, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + q2), FS, 16)
    fmt(p, line=L)
    clauses.extend(["询问人：" + w2, q2])
    speaker("应询人：", "自治区交通运输厅厅长　莫永祥")
    b2("莫永祥：2025年，北部湾港完成集装箱吞吐量1012万标准箱，西部陆海新通道海铁联运班列开行1.24万列。我们将加快大榄坪南作业区铁路专用线建设，年底前实现铁路进港“零距离”；推行“一箱到底、一单到底”全程联运，力争2026年海铁联运班列突破1.35万列。")

    head("问题3　关于提升口岸通关便利化水平")
    speaker("询问人：", "自治区人大常委会委员　罗志坚")
    b2("罗志坚：企业反映，友谊关等边境口岸节假日拥堵、查验时间长。请问南宁海关有哪些措施？")
    speaker("应询人：", "南宁海关副关长　杨卫东")
    b2("杨卫东：2025年，广西进口、出口整体通关时间分别为28.6小时和0.9小时。我们将加快友谊关智慧口岸建设，推广“提前申报”“两段准入”等措施，节假日实行“预约通关、延时服务”。")
    b2("罗志坚（追问）：智慧口岸建成后，货车通关时间能压缩到多少？")
    b2("杨卫东：项目计划2026年10月投入使用，货车通关时间可由平均约2小时压缩至30分钟左右。")

    b2("主持人：专题询问到此结束。请自治区人民政府及有关部门认真研究询问中提出的意见建议，按期报告研究处理情况。")

    banji(doc, "抄送：自治区党委办公厅，自治区人民政府，自治区政协办公厅。",
          "自治区人大常委会办公厅秘书处", "2026年5月12日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人大常委会办公厅关于印发《中国（广西）自由贸易试验区建设情况专题询问问答实录》的通知",
            "doc_number": "桂人大常办发〔2026〕11号",
            "issuer": ["广西壮族自治区人大常委会办公厅"],
            "date": "2026-05-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区建设情况专题询问问答实录"],
            "doc_type": "通知",
            "recipients": ["自治区人民政府办公厅", "自治区人大各专门委员会", "常委会各工作委员会",
                           "各设区的市人大常委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 浙江省商务厅应询材料报告（上行文，特急，签发人，手工续表，落款在文本框里）
def doc_zhejiang():
    stem = "blind803_zhejiang_yingxun"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省商务厅", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=16)
    empty(doc, 1)
    p = add_par(doc, [("浙商务〔2026〕23号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("韩　杰", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.9), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = add_par(doc, [("浙江省商务厅关于自贸试验区建设情况", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("专题询问应询问题及答复要点的报告"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "省人大常委会财政经济工作委员会：", indent=False)

    # this clerk indents with typed full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("根据《浙江省人大常委会2026年度监督工作计划》和省人大常委会办公厅《关于做好自贸试验区建设情况专题询问有关准备工作的函》（浙人大常办函〔2026〕17号）要求，省人大常委会将于4月下旬听取和审议省政府关于中国（浙江）自由贸易试验区建设情况的报告并开展专题询问。我厅作为省自贸试验区工作领导小组办公室所在单位，会同有关部门认真做好应询准备。现将有关情况报告如下：")
    head("一、应询准备工作情况")
    runin("（一）建立工作专班。", "厅主要负责同志任专班组长，抽调自贸区处、外资处、对外贸易处等处室骨干，对接舟山、宁波、杭州、金义4个片区管委会，逐项梳理询问重点。")
    runin("（二）开展调研摸底。", "3月上旬至中旬，专班赴4个片区及宁波舟山港、义乌国际陆港等地实地调研，召开企业座谈会6场，收集企业反映问题41条,已现场协调解决23条。")
    runin("（三）分类梳理问题。", "结合省人大财经委前期调研反馈意见和代表关注热点，梳理可能询问的问题6个，逐一明确应询人、配合单位和答复要点，形成应询材料。")
    head("二、拟应询问题及答复要点")
    body("经与省人大常委会财经工委沟通，初步确定应询问题6个。其中，问题2、问题3均由省商务厅厅长应询，问题6由分管副省长统筹答复。具体如下：")
    add_par(doc, [("表1　专题询问拟应询问题及答复要点", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)

    H1 = ["问题编号", "询问事项", "询问人（拟）", "应询安排", None, "答复要点"]
    H2 = [None, None, None, "应询人", "配合单位", None]
    KEYS = ["问题编号", "询问事项", "询问人（拟）", "应询安排／应询人", "应询安排／配合单位", "答复要点"]
    WID = [1.1, 2.1, 2.3, 2.5, 2.2, 5.4]
    HANSHI = "省商务厅厅长　韩杰"
    rows = [
        ["1", "油气全产业链制度创新", "省人大常委会委员　沈立新", "省发展改革委主任　钱国平",
         "舟山片区管委会", "2025年舟山片区油气贸易额突破1.3万亿元，保税燃料油加注量720万吨；推动国际油气交易中心建设，争取原油非国营贸易进口资格扩围。"],
        ["2", "数字贸易先行示范", "省人大常委会委员　周晓红", HANSHI,
         "省委网信办、杭州片区管委会", "2025年全省数字贸易额8460亿元，同比增长11.2%；推进数据跨境流动“白名单”制度，年内建成数字贸易“单一窗口”。"],
        ["3", "市场采购贸易与小商品出海", "省人大代表　楼建新", HANSHI,
         "杭州海关、金义片区管委会", "2025年义乌市场采购贸易出口4520亿元；扩大“义新欧”中欧班列开行规模，推进市场采购与跨境电商融合发展。"],
        ["4", "新型离岸国际贸易与跨境金融", "省人大常委会委员　俞伟民", "中国人民银行浙江省分行副行长　徐斌",
         "宁波片区管委会", "2025年新型离岸国际贸易收支规模达186亿美元；扩大跨境贸易投资高水平开放试点。"],
        ["5", "营商环境与法治保障", "省人大常委会委员　潘文涛", "省司法厅厅长　应俊",
         "省市场监管局", "配合开展自贸试验区条例修订调研，推行涉企行政检查“综合查一次”，2025年检查频次下降32%。"],
        ["6", "统筹推进与风险防控", "省人大常委会副主任　（待定）", "副省长　卢志强",
         "省商务厅（省自贸办）", "建立片区建设年度评估和风险清单管理制度，守牢不发生系统性风险底线，推动“一带一路”重要枢纽建设走深走实。"],
    ]

    def make_table(part):
        t = doc.add_table(rows=2 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # merged two-level header
        for c in (0, 1, 2, 5):
            t.cell(0, c).merge(t.cell(1, c))
        t.cell(0, 3).merge(t.cell(0, 4))
        for c, h in enumerate(H1):
            if h:
                set_cell(t.cell(0, c), h, HT, 10.5)
        for c, h in enumerate(H2):
            if h:
                set_cell(t.cell(1, c), h, HT, 10.5)
        for ri, row in enumerate(part, 2):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(KEYS, row)))
        col_widths(t, WID)
        return t

    def merge_hanshi(t, r1, r2):
        # 问题2、3 的应询人为同一人：单元格纵向合并
        t.cell(r1, 3).merge(t.cell(r2, 3))
        set_cell(t.cell(r1, 3), HANSHI, FS, 10.5)

    t1 = make_table(rows[:3])
    merge_hanshi(t1, 3, 4)
    # clerk splits the table by hand at the page end and types 续表 + the header again
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=24)
    make_table(rows[3:])
    empty(doc, 1, line=14)

    head("三、下一步工作")
    body("1.加强沟通衔接。及时掌握询问人和询问问题调整情况，动态完善答复要点，确保答复内容数据准确、口径统一。")
    body("2.组织模拟应询。4月中旬组织应询部门开展模拟问答，重点对数据口径、整改时限等进行核对把关。")
    body("3.做好整改准备。专题询问结束后10个工作日内形成问题清单、任务清单和责任清单，报省政府同意后抓好落实。")
    add_par(doc, IND + "特此报告。", indent=False)
    textbox_luokuan(doc, ["浙江省商务厅", "2026年3月30日"])
    add_par(doc, IND + "（联系人：王晓东，联系电话：0571-87052316）", indent=False)
    banji(doc, "抄送：省政府办公厅，省人大常委会办公厅。", "浙江省商务厅办公室", "2026年3月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于自贸试验区建设情况专题询问应询问题及答复要点的报告",
            "doc_number": "浙商务〔2026〕23号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-30",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["省人大常委会财政经济工作委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 福建省人民政府关于审议意见研究处理情况的报告（签发人，正文表格含合计行，附件清单另页，奇偶页码）
def doc_fujian():
    stem = "blind803_fujian_banli"
    doc = Document()
    setup(doc, "emdash", odd_even=True)
    clauses = []

    add_par(doc, [("福建省人民政府", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    # 文号 | 签发人 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "闽政文〔2026〕138号", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, line=28)
    set_cell(t.cell(0, 1), "签发人：周　明", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # long title left to Word's own wrapping (3 lines)
    add_par(doc, [("福建省人民政府关于省人大常委会对中国（福建）自由贸易试验区建设情况专题询问审议意见研究处理情况的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人大常委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("2026年1月21日，省十四届人大常委会第十九次会议听取和审议了省政府关于中国（福建）自由贸易试验区建设情况的报告，并开展专题询问。省政府将审议意见（闽人大常办函〔2026〕6号）细化分解为5个方面12项具体任务，逐项明确牵头单位和完成时限。现将研究处理情况报告如下：")
    head("一、总体办理情况")
    body("省政府建立“月调度、季通报”工作机制。截至2026年6月20日，12项具体任务中已完成8项，持续推进4项。1—5月，福建自贸试验区主要指标保持稳中有进（见表1）。")
    add_par(doc, [("表1　2026年1—5月福建自贸试验区主要指标", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4)
    # two-level header: 进出口 spans 总额 / 同比增长
    H1 = ["片区", "新增企业（户）", "实际使用外资（亿美元）", "进出口", None]
    H2 = [None, None, None, "总额（亿元）", "同比增长（%）"]
    KEYS = ["片区", "新增企业（户）", "实际使用外资（亿美元）", "进出口／总额（亿元）", "进出口／同比增长（%）"]
    data = [
        ["福州片区", "4312", "2.6", "812.5", "8.7"],
        ["厦门片区", "5127", "3.5", "1296.3", "9.8"],
        ["平潭片区", "1161", "0.7", "67.6", "7.9"],
        ["合计", "10600", "6.8", "2176.4", "9.3"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c in (0, 1, 2):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 4))
    repeat_header(t.rows[0])  # header rows repeat on the next page
    repeat_header(t.rows[1])
    for c, h in enumerate(H1):
        if h:
            set_cell(t.cell(0, c), h, HT, 10.5)
    for c, h in enumerate(H2):
        if h:
            set_cell(t.cell(1, c), h, HT, 10.5)
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(KEYS, row)))
    col_widths(t, [2.6, 3.0, 3.6, 3.2, 3.2])
    note = "注：数据来源于省商务厅、福州海关、厦门海关，同比增长按可比口径计算。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=2)

    head("二、审议意见研究处理情况")
    runin("（一）关于“制度创新系统集成不够”的问题。",
          "省商务厅（省自贸办）制定制度创新成果评估办法，建立“申报—评估—复制推广”闭环机制。今年以来新推出制度创新成果31项，2项入选商务部最佳实践案例。")
    runin("（二）关于“对台先行先试特色不够鲜明”的问题。", "重点推进两方面工作：")
    body("1.深化闽台产业融合。1—5月平潭片区新增台资企业186家、实际利用台资1.9亿美元。")
    body("2.便利台胞台企发展。具体包括：")
    body("（1）在厦门片区试行台湾地区职业资格采认，新增采认职业类别12个；")
    body("（2）推行台胞台企办事“同等待遇”清单，涉台审批事项全部实现“一网通办”。")
    runin("（三）关于“服务共建‘一带一路’功能有待增强”的问题。",
          "“丝路海运”命名航线增至136条；中欧（亚）班列（厦门）1—5月开行128列，同比增长15.3%；福州片区设立涉外商事纠纷“一站式”解决中心。")
    runin("（四）关于“营商环境和法治保障有待优化”的问题。",
          "配合开展《中国（福建）自由贸易试验区条例》修订调研，梳理需调整条款23条；推行涉企行政检查“扫码入企”，检查频次同比下降28.6%。")
    runin("（五）关于“风险防控体系需进一步健全”的问题。",
          "建立风险防控清单，覆盖投资、贸易、金融等6个领域42项风险点，实行动态更新、分级预警。")
    head("三、下一步工作")
    body("下一步，省政府将重点抓好以下工作：一是加快推进4项未完成任务，确保年底前全部办结；二是争取开展新一轮扩大开放压力测试；三是配合做好条例修订，年内提请省人大常委会审议。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 list (single attachment, no numbering)
    add_par(doc, "附件：省人大常委会自贸试验区建设情况专题询问审议意见办理情况清单")
    empty(doc, 2)
    p = add_par(doc, "福建省人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年6月28日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("省人大常委会自贸试验区建设情况专题询问", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=8)
    add_par(doc, [("审议意见办理情况清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    HD = ["序号", "审议意见", "具体任务", "牵头单位", "办理进展"]
    grp = {
        "A": "制度创新系统集成不够",
        "B": "对台先行先试特色不够鲜明",
        "C": "服务共建“一带一路”功能有待增强",
        "D": "营商环境和法治保障有待优化",
        "E": "风险防控体系需进一步健全",
    }
    tasks = [
        ("A", "制定制度创新成果评估办法", "省商务厅", "已完成"),
        ("A", "开展集成化改革试点", "福州、厦门、平潭片区管委会", "持续推进"),
        ("A", "争取更多案例全国复制推广", "省商务厅", "已完成"),
        ("B", "建设两岸融合发展示范区先行区", "平潭综合实验区管委会", "持续推进"),
        ("B", "试行台湾地区职业资格采认", "省人力资源社会保障厅", "已完成"),
        ("B", "制定台胞台企“同等待遇”清单", "省台港澳办", "已完成"),
        ("C", "拓展“丝路海运”命名航线", "省交通运输厅", "已完成"),
        ("C", "设立涉外商事纠纷“一站式”解决中心", "省司法厅", "已完成"),
        ("D", "开展自贸试验区条例修订调研", "省司法厅", "持续推进"),
        ("D", "推行涉企行政检查“扫码入企”", "省司法厅、省市场监管局", "已完成"),
        ("E", "建立风险防控清单", "省商务厅", "已完成"),
        ("E", "建设风险监测预警平台", "省商务厅、省大数据集团", "持续推进"),
    ]
    t = doc.add_table(rows=1 + len(tasks), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(HD):
        set_cell(t.cell(0, c), h, HT, 10.5, line=18)
    repeat_header(t.rows[0])
    for i, (g, task, lead, prog) in enumerate(tasks, 1):
        vals = [str(i), grp[g], task, lead, prog]
        for c, v in enumerate(vals):
            if c == 1:
                continue
            set_cell(t.cell(i, c), v, FS, 10.5, line=18,
                     align=WD_ALIGN_PARAGRAPH.LEFT if c == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(HD, vals)))
    # 审议意见 column merged vertically over each group's tasks
    r = 1
    while r <= len(tasks):
        g = tasks[r - 1][0]
        end = r
        while end < len(tasks) and tasks[end][0] == g:
            end += 1
        if end > r:
            t.cell(r, 1).merge(t.cell(end, 1))
        set_cell(t.cell(r, 1), grp[g], FS, 10.5, line=18)
        r = end + 1
    col_widths(t, [1.1, 3.6, 5.2, 3.7, 2.0])
    note2 = "注：办理进展统计截至2026年6月20日。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=22, before=4)

    banji(doc, "抄送：省委办公厅，省政协办公厅，省监委，省法院，省检察院。",
          "福建省人民政府办公厅", "2026年6月29日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省人民政府关于省人大常委会对中国（福建）自由贸易试验区建设情况专题询问审议意见研究处理情况的报告",
            "doc_number": "闽政文〔2026〕138号",
            "issuer": ["福建省人民政府"],
            "date": "2026-06-28",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["省人大常委会自贸试验区建设情况专题询问审议意见办理情况清单"],
            "doc_type": "报告",
            "recipients": ["省人大常委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_zhejiang(), doc_fujian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
