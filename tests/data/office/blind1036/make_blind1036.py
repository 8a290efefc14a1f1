# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1036: 自贸片区管委会 管理办法 / 实施细则 typed by a clerk (Shift+Enter,
typed full-width indents, blank paragraphs between articles), Word + PDF + expected.json."""
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
IND = "\u3000\u3000"          # two typed full-width spaces
SP = "\u3000"                  # full-width space after 第X条

expected = {}
LINE = [28]   # the office template's fixed line spacing (磅)


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


def fmt(p, align=None, line=None, before=0, after=0):
    """The clerk never touches indents: only the template's fixed line spacing."""
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line if line is not None else LINE[0])
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_par(doc, runs, align=None, line=None, before=0, after=0):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, align, line, before, after)
    return p


def add_lines(doc, lines, name=FS, size=16, align=None, line=None):
    """One Word paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        if t:
            font(p.add_run(t), name, size)
    fmt(p, align, line)
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
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def setup(doc, dash="— "):
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
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash[::-1]), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, blank=1):
    empty(doc, blank)
    p = add_par(doc, [(cc, FS, 14, False)], line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1036", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Clerk:
    """Types articles the clerk's way and records the clauses."""

    def __init__(self, doc, clauses, blank_between=True):
        self.doc = doc
        self.clauses = clauses
        self.blank = blank_between

    def body(self, t):
        self.clauses.append(t)
        add_par(self.doc, IND + t)

    def chapter(self, t):
        # centred chapter heading, spaces typed inside the words
        add_par(self.doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)

    def article(self, first, *more, split_at=None):
        """first: '第X条　…'; more: further 款/项 typed after Shift+Enter.
        split_at: index in `more` from which lines go into a new real paragraph."""
        self.clauses.append(first + "".join(more))
        lines = [IND + first] + [IND + m for m in more]
        if split_at is None:
            add_lines(self.doc, lines)
        else:
            add_lines(self.doc, lines[:split_at + 1])
            add_lines(self.doc, lines[split_at + 1:])
        if self.blank:
            empty(self.doc)


BASE_META = {"published": None, "attachments": [], "recipients": [], "publicity": None,
             "repeals": None, "effective": None, "expires": None}


# =================================================================== DOC A
def doc_ningbo():
    stem = "blind1036_ningbo_banfa"
    doc = Document()
    setup(doc)
    clauses = []
    c = Clerk(doc, clauses)

    empty(doc, 1)
    add_par(doc, [("中国（浙江）自由贸易试验区", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    add_par(doc, [("宁波片区管理委员会文件", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    empty(doc, 1)
    p = add_par(doc, "甬自贸片管〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places with Shift+Enter
    p = doc.add_paragraph()
    for i, t in enumerate(["中国（浙江）自由贸易试验区宁波片区",
                           "管理委员会关于印发《宁波片区国际航运",
                           "物流服务业发展专项资金管理办法》的通知"]):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，各功能区块管理机构，各有关单位：")
    c.body("为加快建设高能级国际航运物流枢纽，推动航运物流服务业集聚发展，更好服务共建“一带一路”，我委制定了《宁波片区国际航运物流服务业发展专项资金管理办法》，已经片区管委会2026年第4次主任办公会议审议通过，现印发给你们，请认真贯彻执行。")
    empty(doc, 2)
    add_par(doc, SP * 4 + "中国（浙江）自由贸易试验区宁波片区管理委员会")
    add_par(doc, SP * 17 + "2026年2月27日")
    add_par(doc, IND + "（此件公开发布）")
    empty(doc, 1)
    # the 办法 follows straight on, no page break
    add_par(doc, [("宁波片区国际航运物流服务业发展", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    add_par(doc, [("专项资金管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    c.chapter("第一章　总　　则")
    c.article("第一条" + SP + "为规范中国（浙江）自由贸易试验区宁波片区（以下简称片区）国际航运物流服务业发展专项资金（以下简称专项资金）管理，提高资金使用效益，结合片区实际，制定本办法。")
    c.article("第二条" + SP + "本办法所称专项资金，是指由片区财政预算安排，用于支持片区国际航运、现代物流、航运服务等产业发展的资金。",
              "专项资金年度规模原则上不超过1.5亿元，纳入片区年度财政预算管理。")
    c.chapter("第二章　职 责 分 工")
    c.article("第三条" + SP + "片区管委会经济发展局（以下简称经发局）负责专项资金的项目申报受理、组织评审和绩效管理等工作。",
              "片区管委会财政局负责专项资金的预算安排、资金拨付和监督检查等工作。")
    c.chapter("第三章　支持范围和标准")
    c.article("第四条" + SP + "专项资金主要支持以下方向：",
              "（一）对新落户片区、年营业收入首次达到5000万元以上的国际船舶运输企业，给予一次性落户奖励200万元；",
              "（二）对新开辟至“一带一路”沿线国家和地区的国际集装箱班轮航线，且年度挂靠不少于40航次的，每条航线给予最高100万元奖励；",
              "（三）对通过宁波舟山港开展海铁联运业务的物流企业，按每标准箱50元给予补助，单家企业年度最高300万元；",
              "（四）经片区管委会批准的其他事项。")
    c.article("第五条" + SP + "同一企业同一项目符合片区多项政策规定的，按照“从高、不重复”原则给予支持。",
              "单家企业年度获得专项资金支持总额不超过1000万元。")
    c.chapter("第四章　申报和拨付")
    c.article("第六条" + SP + "专项资金实行年度申报制度。申报单位通过“宁波片区惠企政策服务平台”在线提交申报材料，并对材料的真实性负责。")
    c.article("第七条" + SP + "经审核符合条件的项目，报片区管委会主任办公会议审定后，在片区门户网站公示5个工作日。公示无异议的，由片区管委会财政局拨付资金。")
    c.chapter("第五章　监 督 管 理")
    c.article("第八条" + SP + "申报单位有下列行为之一的，收回已拨付的专项资金，3年内不得申报片区各类财政专项资金：",
              "（一）提供虚假材料骗取专项资金的；",
              "（二）截留、挪用专项资金的。")
    c.chapter("第六章　附　　则")
    c.article("第九条" + SP + "本办法由片区管委会经济发展局负责解释。")
    c.article("第十条" + SP + "本办法自2026年4月1日起施行，有效期5年。",
              "原《中国（浙江）自由贸易试验区宁波片区促进航运物流业发展暂行办法》（甬自贸片管〔2022〕19号）同时废止。")

    banji(doc, "抄送：宁波市政府办公厅，市财政局、市商务局，宁波海关。",
          "宁波片区管委会办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(BASE_META)
    meta.update({
        "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于印发《宁波片区国际航运物流服务业发展专项资金管理办法》的通知",
        "doc_number": "甬自贸片管〔2026〕7号",
        "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会"],
        "date": "2026-02-27",
        "level": "municipal",
        "region": "宁波市",
        "effective": "2026-04-01",
        "expires": "2031-03-31",   # 有效期5年 from 2026-04-01
        "doc_type": "通知",
        "recipients": ["片区各部门", "各功能区块管理机构", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《中国（浙江）自由贸易试验区宁波片区促进航运物流业发展暂行办法》（甬自贸片管〔2022〕19号）",
    })
    expected[stem] = [{"meta": meta, "clauses": clauses}]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    stem = "blind1036_qinzhou_xize"
    LINE[0] = 26          # this office's template: 固定值26磅
    doc = Document()
    setup(doc)
    clauses = []
    c = Clerk(doc, clauses, blank_between=False)

    # one-line 版头 squeezed with character scaling
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会文件", XBS, 24, False, RED, 70)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    add_par(doc, [("跨境贸易便利化奖励资金管理办法实施细则", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc, 1)
    c.chapter("第一章　总　　则")
    c.article("第一条" + SP + "为贯彻落实《中国（广西）自由贸易试验区钦州港片区跨境贸易便利化奖励资金管理办法》（钦自贸管规〔2025〕6号），制定本细则。")
    c.article("第二条" + SP + "本细则适用于在钦州港片区（以下简称片区）内依法登记注册的进出口企业、国际货运代理企业和跨境电商企业（以下统称申报企业）。")
    empty(doc)
    c.chapter("第二章　奖励事项和标准")
    c.article("第三条" + SP + "海铁联运奖励按照下列规定执行：",
              "1．通过西部陆海新通道海铁联运班列经钦州港进出口的集装箱，按每标准箱200元给予奖励；",
              "2．回程班列运输进口货物的集装箱，在前款标准基础上每标准箱增加100元；",
              "3．单家企业年度海铁联运奖励总额不超过500万元。")
    c.article("第四条" + SP + "跨境电商奖励按照下列规定执行：",
              "1．年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的，分别奖励30万元、80万元、150万元；",
              "2．已获得较低档次奖励的，补足差额部分。")
    c.article("第五条" + SP + "对在钦州港新开辟至东盟国家港口的集装箱班轮航线，且年度实际运营不少于48航次的航运企业，按照下列规定给予奖励：",
              "1．至越南、泰国、新加坡等国家港口的，每条50万元；",
              "2．至印尼、菲律宾、缅甸等国家港口的，每条80万元；",
              "3．航线运营不满一年但不少于24航次的，按照前两款标准的50%给予奖励。",
              "各项奖励标准汇总见附件。")
    empty(doc)
    c.chapter("第三章　申报和审核")
    c.article("第六条" + SP + "奖励资金按年度申报，申报时间为每年4月1日至4月30日。")
    # the last 款 of 第七条 typed as a new real paragraph after the numbered 款
    c.article("第七条" + SP + "申报企业应当提交下列材料：",
              "1．奖励资金申报表；",
              "2．营业执照复印件及法定代表人身份证明；",
              "3．与申报事项相关的证明材料。",
              "申报企业对所提交材料的真实性负责。", split_at=2)
    c.article("第八条" + SP + "片区管委会商务和口岸管理局（以下简称商务口岸局）负责受理申报，审核工作按照下列程序进行：",
              "1．自申报截止之日起15个工作日内完成形式审查；",
              "2．会同钦州海关、片区管委会财政金融局进行联合审核；",
              "3．审核结果经片区管委会主任办公会议审定后，在片区门户网站公示7日。",
              "公示无异议的，由财政金融局在30日内拨付奖励资金。")
    empty(doc)
    c.chapter("第四章　监督管理")
    c.article("第九条" + SP + "申报企业通过弄虚作假等手段骗取奖励资金的，由商务口岸局追回已拨付资金，5年内不再受理其申报，并依法依规实施失信惩戒。")
    empty(doc)
    c.chapter("第五章　附　　则")
    c.article("第十条" + SP + "本细则由片区管委会商务口岸局负责解释。")
    c.article("第十一条" + SP + "本细则自2026年7月1日起施行，有效期至2028年6月30日。")

    empty(doc)
    add_par(doc, IND + "附件：钦州港片区跨境贸易便利化奖励标准一览表")
    empty(doc, 1)
    # 落款 pushed right with a right-aligned paragraph and typed trailing spaces
    add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会" + SP * 2,
            align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "二〇二六年六月十八日" + SP * 6, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）")

    # ---- 附件1 on its own page: merged header rows + merged data cell
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)])
    empty(doc, 1)
    add_par(doc, [("钦州港片区跨境贸易便利化奖励标准一览表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1, line=14)
    rows = [
        ["1", "海铁联运（去程）", "标准箱", "200元", "500"],
        ["2", "海铁联运（回程）", "标准箱", "300元", "500"],
        ["3", "跨境电商（首次达到1亿元）", "企业", "30万元", "—"],
        ["4", "跨境电商（首次达到5亿元）", "企业", "80万元", "—"],
        ["5", "跨境电商（首次达到10亿元）", "企业", "150万元", "—"],
        ["6", "东盟航线（越、泰、新等）", "航线", "50万元", "—"],
        ["7", "东盟航线（印尼、菲、缅等）", "航线", "80万元", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(6.4), Cm(2.4), Cm(2.4), Cm(2.8)])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); set_cell(a, "序号", HT, 12)
    a = h0[1].merge(h1[1]); set_cell(a, "奖励事项", HT, 12)
    a = h0[2].merge(h0[3]); set_cell(a, "奖励标准", HT, 12)
    a = h0[4].merge(h1[4]); set_cell(a, "年度上限（万元）", HT, 12)
    set_cell(t.rows[1].cells[2], "计奖单位", HT, 12)
    set_cell(t.rows[1].cells[3], "奖励金额", HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    heads = ["序号", "奖励事项", "奖励标准／计奖单位", "奖励标准／奖励金额", "年度上限（万元）"]
    for ri, r in enumerate(rows):
        cells = t.rows[2 + ri].cells
        for ci, v in enumerate(r):
            if ci == 4 and ri in (0, 1):
                continue
            set_cell(cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, r)))
    m = t.rows[2].cells[4].merge(t.rows[3].cells[4])
    set_cell(m, "500", FS, 12)
    note = "注：回程奖励金额含去程基础奖励200元和增加部分100元；航线运营不满一年但不少于24航次的，按上表标准的50%给予奖励。"
    add_par(doc, [(note, FS, 12, False)], line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：钦州市人民政府办公室，市商务局、市财政局，钦州海关。",
          "钦州港片区管理委员会党政办公室", "2026年6月18日印发", blank=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(BASE_META)
    meta.update({
        "title": "中国（广西）自由贸易试验区钦州港片区跨境贸易便利化奖励资金管理办法实施细则",
        "doc_number": "钦自贸管规〔2026〕3号",
        "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "date": "2026-06-18",
        "level": "municipal",
        "region": "钦州市",
        "effective": "2026-07-01",
        "expires": "2028-06-30",
        "attachments": ["钦州港片区跨境贸易便利化奖励标准一览表"],
        "doc_type": "实施细则",
        "publicity": "此件主动公开",
    })
    expected[stem] = [{"meta": meta, "clauses": clauses}]
    return path


# =================================================================== DOC C
def doc_xiangyang():
    stem = "blind1036_xiangyang_gonggao"
    LINE[0] = 28
    doc = Document()
    setup(doc, dash="- ")
    clauses = []

    add_par(doc, [("中国（湖北）自由贸易试验区襄阳片区管理委员会", XBS, 22, False, None, 85)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_par(doc, [("公　　告", XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    add_par(doc, "襄自贸片管告〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    add_lines(doc, ["中国（湖北）自由贸易试验区襄阳片区管理",
                    "委员会关于发布《襄阳片区保税维修业务",
                    "管理办法（试行）》的公告"], XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, 32)
    empty(doc, 1)
    t = "为进一步推动中国（湖北）自由贸易试验区襄阳片区保税维修业务规范有序发展，助力航空、汽车等先进制造业企业深度融入共建“一带一路”产业链供应链，我委研究制定了《襄阳片区保税维修业务管理办法（试行）》，现予以发布，自2026年5月1日起施行。"
    add_par(doc, IND + t)
    clauses.append(t)
    add_par(doc, IND + "特此公告。")
    empty(doc, 2)
    # 落款 aligned with a right tab typed by the clerk
    for txt in ("中国（湖北）自由贸易试验区襄阳片区管理委员会", "2026年4月8日"):
        p = add_par(doc, "\t" + txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)

    empty(doc, 2)
    add_par(doc, [("襄阳片区保税维修业务管理办法（试行）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1)

    def chapter(title):
        # "centred" by typing full-width spaces into a left-aligned paragraph
        add_par(doc, [(SP * 10 + title, HT, 16, False)])

    def chapter_block(*articles):
        """All articles of a chapter typed into ONE paragraph, Shift+Enter between them
        (and Shift+Enter inside an article for its 项)."""
        lines = []
        for art in articles:
            if isinstance(art, str):
                art = (art,)
            clauses.append("".join(art))
            lines.extend(IND + a for a in art)
        add_lines(doc, lines)

    chapter("第一章　总　　则")
    chapter_block(
        "第一条" + SP + "为规范中国（湖北）自由贸易试验区襄阳片区（以下简称片区）综合保税区外保税维修业务，促进航空、汽车、工程机械等产业“两头在外”的检测维修业务发展，根据商务部、生态环境部、海关总署关于支持综合保税区外企业开展保税维修业务的有关规定，结合片区实际，制定本办法。",
        "第二条" + SP + "本办法所称保税维修，是指片区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外运入片区内进行检测、维修后复运出境的经营活动。",
        "第三条" + SP + "片区管委会商务局负责保税维修业务的统筹协调和项目管理；襄阳海关负责保税维修业务的海关监管；片区生态环境部门负责维修过程中产生的固体废物的环境监管。",
    )
    chapter("第二章　业务管理")
    chapter_block(
        ("第四条" + SP + "开展保税维修业务的企业应当符合下列条件：",
         "（一）在片区内依法登记注册，具有独立法人资格；",
         "(二)海关信用等级为一般信用及以上；",
         "（三）具备开展维修业务所需的场所、设备、技术人员和质量管理体系；",
         "（四）建立符合海关监管要求的保税维修信息化管理系统。"),
        "第五条" + SP + "保税维修产品范围以国家有关部门公布的综合保税区外企业保税维修产品目录为准。片区重点支持航空发动机及零部件、汽车动力总成、工程机械、医疗器械等产品的保税维修。",
        "第六条" + SP + "企业开展保税维修业务前，应当向片区管委会商务局提交项目备案申请，商务局应当自收到完整材料之日起5个工作日内出具备案意见。",
        "第七条" + SP + "维修过程中产生的坏件、废件和维修边角料，原则上应当全部复运出境；确实无法复运出境的，应当按照固体废物管理有关规定处置，不得擅自在境内销售或者使用。",
    )
    chapter("第三章　监督管理")
    chapter_block(
        "第八条" + SP + "企业应当建立保税维修货物进、出、存电子台账，如实记录维修货物的品名、数量、规格型号、维修内容等信息，台账保存期限不少于3年。",
        "第九条" + SP + "片区管委会商务局会同襄阳海关、片区生态环境部门建立联合监管机制，每年对保税维修企业开展不少于1次的联合检查。",
        "第十条" + SP + "企业违反本办法规定的，由片区管委会商务局责令限期整改；情节严重的，取消其保税维修项目备案，3年内不再受理其备案申请；违反海关监管和生态环境保护规定的，由有关部门依法处理。",
    )
    chapter("第四章　附　　则")
    chapter_block(
        "第十一条" + SP + "本办法由片区管委会商务局负责解释。",
        ("第十二条" + SP + "本办法自2026年5月1日起施行，有效期2年。",
         "原《襄阳片区综合保税区外保税维修试点工作方案》(襄自贸片管发〔2024〕8号)同时废止。"),
    )

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(BASE_META)
    meta.update({
        "title": "中国（湖北）自由贸易试验区襄阳片区管理委员会关于发布《襄阳片区保税维修业务管理办法（试行）》的公告",
        "doc_number": "襄自贸片管告〔2026〕2号",
        "issuer": ["中国（湖北）自由贸易试验区襄阳片区管理委员会"],
        "date": "2026-04-08",
        "level": "municipal",
        "region": "襄阳市",
        "effective": "2026-05-01",
        "expires": "2028-04-30",   # 有效期2年 from 2026-05-01
        "doc_type": "公告",
        "repeals": "《襄阳片区综合保税区外保税维修试点工作方案》(襄自贸片管发〔2024〕8号)",
    })
    expected[stem] = [{"meta": meta, "clauses": clauses}]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_xiangyang()]
    for p in paths:
        convert(p)
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
             "repeals"]
    for docs in expected.values():
        for d in docs:
            d["meta"] = {k: d["meta"][k] for k in order}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
