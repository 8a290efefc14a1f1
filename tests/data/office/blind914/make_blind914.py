# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 914: 国际友好城市交流合作年度计划与备忘录（中外双语对照），Word + PDF + expected.json."""
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
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, latin=None):
    """latin: font for ascii/hAnsi (offices often leave Times New Roman for digits/English)."""
    run.font.name = latin or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), latin or name)
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, latin]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        latin = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, latin)
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc, footer_style="dash"):
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
    if footer_style == "dash":
        pre, post, fname, fsize = "— ", " —", SONG, 14
        fp.alignment = CENTER
    else:  # "- 1 -" typed with half-width hyphens
        pre, post, fname, fsize = "- ", " -", TNR, 12
        fp.alignment = CENTER
    font(fp.add_run(pre), fname, fsize)
    r = fp.add_run()
    font(r, fname, fsize)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, fsize)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fname, fsize)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, fsize)
    r5 = fp.add_run()
    font(r5, fname, fsize)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), fname, fsize)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, latin=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, latin=latin)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col:col + span]))
            col += span


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_914", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [910]


def make_numbering(doc, lvl_text, num_fmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, num_fmt, lvl_text))
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
def doc_ningbo():
    """市外办印发年度友城交流合作工作计划的通知（红头 + 计划正文 + 续表）。"""
    stem = "blind914_ningbo_jihua"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("宁波市人民政府外事办公室文件", XBS, 30, False, RED)],
            align=CENTER, indent=False, line=48, before=6)
    empty(doc, 1)
    p = add_par(doc, [("甬外办发〔2026〕3号", FS, 16, False)], align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped by the clerk at odd places, three separate paragraphs
    for t in ("宁波市人民政府外事办公室关于印发", "宁波市2026年国际友好城市交流合作",
              "工作计划的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府外事办公室，市直各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=JUST)

    body("为深入贯彻中央外事工作会议精神，服务共建“一带一路”和中国（浙江）自由贸易试验区宁波片区建设，进一步发挥国际友好城市在地方对外交往中的平台作用，经市政府同意，现将《宁波市2026年国际友好城市交流合作工作计划》印发给你们，请结合实际认真贯彻落实。")
    body("各单位要于2026年6月30日和12月15日前，分别将上半年和全年项目执行情况报送市外办友好城市处。")
    empty(doc, 1)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 30 + "宁波市人民政府外事办公室", indent=False)
    add_par(doc, " " * 36 + "2026年1月20日", indent=False)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---- the plan itself, on a new page
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("宁波市2026年国际友好城市"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("交流合作工作计划"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)
    body("2026年是“十五五”规划开局之年。截至2025年底，我市已与29个国家的42个城市建立友好城市关系，与61个城市建立友好交流关系，其中共建“一带一路”国家城市27个。为进一步提升友城交流合作实效，制定本计划。")

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], align=JUST)

    head("总体要求")
    body("坚持服务国家总体外交、服务地方经济社会发展、服务人民群众，按照“巩固传统友城、拓展新兴友城、激活休眠友城”的思路，聚焦经贸、港航、教育、文化、青少年、城市治理等重点领域，推动友城交流合作由“友好往来”向“务实合作”转变。全年计划新结好友城（含友好交流城市）3个以上，实施重点友城交流项目8个以上。")
    head("重点任务")
    runin("（一）深化经贸港航合作。", "依托宁波舟山港和中国（浙江）自由贸易试验区宁波片区，推动与汉堡(Hamburg)、鹿特丹（Rotterdam）等港口城市建立港航物流合作机制；支持企业参加友城举办的国际展会，全年组织经贸团组赴友城考察洽谈8批次以上。")
    runin("（二）拓展人文交流。", "举办“2026宁波国际友城周”活动，邀请友城代表团来甬参加中国—中东欧国家博览会；实施“友城青少年交流计划”，全年组织中外青少年互访团组6批次、300人次。")
    runin("（三）推进城市治理与民生领域交流。", "重点做好以下工作：")
    body("1.围绕智慧城市、生态环保、养老服务等领域，与友城开展政策对话，年内举办城市治理研讨会2场。")
    body("2.支持市卫生健康委与友城在医学人才培养、中医药推广方面开展合作。")
    runin("（四）打造友城品牌活动。", "以“友城携手　港通世界”(Sister Cities Together, Ports Connecting the World)为年度主题，统一设计中英文宣传标识，在友城交流活动中集中展示宁波城市形象。")
    head("重点交流项目安排")
    body("全年重点友城交流项目安排如下：")
    add_par(doc, [("表1　2026年宁波市重点友城交流项目安排表", HT, 14, False)],
            align=CENTER, indent=False, line=26)

    headers = ["序号", "友好城市", "国别", "项目名称", "时间", "责任单位"]
    widths = [1.4, 3.7, 1.9, 4.3, 1.3, 3.0]
    rows = [
        ["1", "鲁昂市（Rouen）", "法国", "宁波—鲁昂友城交流系列活动★", "4月", "市外办、市文广旅游局"],
        ["2", "亚琛市（Aachen）", "德国", "中德职业教育合作研讨会", "5月", "市教育局"],
        ["3", "瓦尔纳市(Varna)", "保加利亚", "中国—中东欧国家博览会友城专场", "5月", "市商务局"],
        ["4", "布达佩斯第十三区（Budapest XIII）", "匈牙利", "友城医疗卫生合作交流", "6月", "市卫生健康委"],
        ["5", "诺福克市(Norfolk)", "美国", "友城青少年夏令营", "7月", "团市委"],
        ["6", "惠灵顿市（Wellington）", "新西兰", "友城文化周", "8月", "市文广旅游局"],
        ["7", "马普托市（Maputo）", "莫桑比克", "港航人才培训班", "9月", "宁波舟山港集团"],
        ["8", "蒙得维的亚市(Montevideo)", "乌拉圭", "农产品贸易对接会★", "11月", "市农业农村局"],
    ]

    def tbl(rws):
        t = doc.add_table(rows=1 + len(rws), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rws, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=LEFT if ci == 3 else CENTER, latin=TNR)
            no_split(t.rows[ri])
            clauses.append(row_clause(headers, row))
        col_widths(t, widths)
        return t

    split = 4
    tbl(rows[:split])
    # clerk split the table by hand and typed 续表 on the next page
    p = doc.add_paragraph()
    font(p.add_run("续表"), KT, 14)
    fmt(p, indent=False, line=24)
    p.paragraph_format.page_break_before = True
    tbl(rows[split:])
    t = "注：1.项目时间以双方最终商定为准；2.标“★”项目为市领导出访或接待项目。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    head("保障措施")
    runin("（一）加强统筹协调。", "各责任单位要明确分管领导和具体联系人，将友城交流项目纳入本单位年度工作计划，确保项目按期实施。")
    runin("（二）规范外事管理。", "严格执行因公出国（境）管理有关规定，出访团组须于出访前30日报市外办审核；接待友城来访团组应提前制定接待方案。")
    runin("（三）做好宣传总结。", "各单位要及时总结友城交流合作成果，通过“宁波发布”及市外办门户网站中英文栏目加强对外宣传。")

    banji(doc, "抄送：省外办，市委办公室，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
          "宁波市人民政府外事办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市人民政府外事办公室关于印发宁波市2026年国际友好城市交流合作工作计划的通知",
            "doc_number": "甬外办发〔2026〕3号",
            "issuer": ["宁波市人民政府外事办公室"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（县、市）人民政府外事办公室", "市直各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_wenzhou():
    """中意两市谅解备忘录，中英文段落对照，附件为双语项目清单。"""
    stem = "blind914_wenzhou_beiwanglu"
    doc = Document()
    setup(doc, footer_style="hyphen")
    clauses = []

    # title wrapped at odd places, three paragraphs
    for t in ("中华人民共和国浙江省温州市人民政府与",
              "意大利共和国普拉托市政府关于深化友好城市",
              "交流合作的谅解备忘录"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1, line=16)
    add_par(doc, [("Memorandum of Understanding between the People's Government of Wenzhou "
                   "Municipality, Zhejiang Province, the People's Republic of China and the "
                   "Municipality of Prato, the Italian Republic on Deepening Sister City "
                   "Exchanges and Cooperation", TNR, 13, True, None, TNR)],
            align=CENTER, indent=False, line=18)
    empty(doc, 1)

    # Chinese preamble: one sentence typed with Shift+Enter breaks
    parts = ["中华人民共和国浙江省温州市人民政府与意大利共和国普拉托市政府（以下简称“双方”），",
             "回顾两市自2015年6月建立友好城市关系以来在经贸、文化、教育等领域取得的丰硕成果，",
             "愿在平等互利、相互尊重的基础上进一步深化两市全方位交流合作，",
             "经友好协商，达成如下谅解："]
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), FS, 16)
    fmt(p, align=LEFT)
    clauses.append("".join(parts))

    def en(t, **kw):
        add_par(doc, [(t, FS, 12, False, None, TNR)], align=JUST, line=16, **kw)

    pre_en = ("The People's Government of Wenzhou Municipality, Zhejiang Province, the People's "
              "Republic of China and the Municipality of Prato, the Italian Republic (hereinafter "
              "referred to as \"the Parties\"), recalling the fruitful results achieved in the fields "
              "of economy and trade, culture and education since the establishment of the sister city "
              "relationship in June 2015, and wishing to further deepen all-round exchanges and "
              "cooperation on the basis of equality, mutual benefit and mutual respect, have reached "
              "the following understanding through friendly consultations:")
    en(pre_en, first=Pt(28), after=6)
    clauses.append(pre_en)

    def article(cn, en_txt, cn_items=(), en_items=()):
        add_par(doc, [(cn[:3], HT, 16, False), (cn[3:], FS, 16, False)], align=JUST, line=26)
        for it in cn_items:
            add_par(doc, it, align=JUST, line=26)
        en(en_txt, first=Pt(28))
        for it in en_items:
            en(it, first=Pt(28))
        doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
        clauses.append(cn + "".join(cn_items) + en_txt + "".join(en_items))

    article("第一条　双方同意本着平等互利、优势互补、务实高效的原则，在各自法律法规和职权范围内开展交流合作。",
            "Article 1  The Parties agree to carry out exchanges and cooperation under the principles "
            "of equality, mutual benefit, complementarity and efficiency, within the framework of "
            "their respective laws, regulations and competences.")
    article("第二条　双方将在以下领域优先开展合作：",
            "Article 2  The Parties will give priority to cooperation in the following areas:",
            ["（一）经贸与投资：支持两市纺织服装、时尚设计、皮革鞋业企业开展投资合作，鼓励温州企业利用中欧班列和“一带一路”国际物流通道拓展欧洲市场；",
             "（二）文化与旅游：每年互办一次城市文化推介活动，互相推广旅游资源；",
             "（三）教育与青少年：支持温州大学与普拉托当地院校建立校际合作关系，开展师生交流。"],
            ["(a) Economy, trade and investment: supporting investment cooperation between enterprises "
             "of the two cities in textiles and garments, fashion design, leather and footwear, and "
             "encouraging Wenzhou enterprises to expand into the European market through the China-Europe "
             "Railway Express and the international logistics corridors of the Belt and Road;",
             "(b) Culture and tourism: holding city cultural promotion events in each other's city once a "
             "year and promoting each other's tourism resources;",
             "(c) Education and youth: supporting Wenzhou University in establishing partnerships with "
             "institutions in Prato and carrying out teacher and student exchanges."])
    article("第三条　双方同意建立市长定期会晤机制，原则上每两年举行一次会晤。温州市人民政府外事办公室和普拉托市政府国际关系处作为联络机构，负责本备忘录的具体落实，并共同制定年度交流合作计划。",
            "Article 3  The Parties agree to establish a mechanism of regular meetings between the "
            "Mayors, in principle once every two years. The Foreign Affairs Office of the People's "
            "Government of Wenzhou Municipality and the International Relations Office of the "
            "Municipality of Prato shall serve as contact agencies responsible for the implementation "
            "of this Memorandum and shall jointly draw up annual exchange and cooperation plans.")
    article("第四条　双方各自承担其参与本备忘录项下活动所产生的费用，另有约定的除外。本备忘录不构成国际法意义上的权利和义务。",
            "Article 4  Each Party shall bear its own expenses arising from its participation in "
            "activities under this Memorandum, unless otherwise agreed. This Memorandum does not "
            "create any rights or obligations under international law.")
    article("第五条　本备忘录自2025年11月18日起生效，有效期至2030年11月17日。期满前三个月内如任何一方未以书面形式通知另一方终止，本备忘录有效期自动延长五年。",
            "Article 5  This Memorandum shall enter into force on 18 November 2025 and remain valid "
            "until 17 November 2030. Unless either Party notifies the other in writing of its intention "
            "to terminate it within three months before its expiry, it shall be automatically extended "
            "for a further period of five years.")
    article("第六条　本备忘录于2025年11月18日在温州签署，一式两份，每份均用中文和英文写成，两种文本同等作准。",
            "Article 6  Done in duplicate at Wenzhou on 18 November 2025, in the Chinese and English "
            "languages, both texts being equally authentic.")
    add_par(doc, "附件：2026年度交流合作项目清单", indent=False, before=6)
    add_par(doc, [("Annex: List of Exchange and Cooperation Projects for 2026", FS, 14, False, None, TNR)],
            indent=False, line=22)
    empty(doc, 1)

    # signature block: borderless layout table, two columns
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    left = ["中华人民共和国浙江省温州市人民政府代表",
            "For the People's Government of Wenzhou Municipality",
            "（签字）",
            "市长　张建华 / Mayor Zhang Jianhua"]
    right = ["意大利共和国普拉托市政府代表",
             "For the Municipality of Prato",
             "（签字）",
             "市长　马可·罗西 / Mayor Marco Rossi"]
    for ci, col in enumerate((left, right)):
        cell = sig.rows[0].cells[ci]
        cp = cell.paragraphs[0]
        for i, txt in enumerate(col):
            if i:
                cp.add_run().add_break(WD_BREAK.LINE)
            font(cp.add_run(txt), FS, 12 if i in (1, 3) else 14, latin=TNR)
        fmt(cp, align=LEFT, indent=False, line=24)
    no_split(sig.rows[0])

    # ---- Annex on its own page
    p = add_par(doc, [("附件", HT, 16, False), (" / ", HT, 16, False, None, TNR),
                      ("Annex", HT, 16, False, None, TNR)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)
    add_par(doc, [("2026年度交流合作项目清单", XBS, 20, False)], align=CENTER, indent=False, line=32)
    add_par(doc, [("List of Exchange and Cooperation Projects for 2026", TNR, 13, True, None, TNR)],
            align=CENTER, indent=False, line=22, after=6)
    headers = ["序号 No.", "项目名称 Project", "时间 Date", "地点 Venue", "中方牵头单位 Chinese Lead Unit"]
    rows = [
        ["1", "温州—普拉托时尚产业对接会（Wenzhou-Prato Fashion Industry Matchmaking）", "2026年3月", "普拉托（Prato）", "温州市商务局"],
        ["2", "普拉托纺织博物馆藏品来温展览（Exhibition of Prato Textile Museum Collections）", "2026年5月", "温州（Wenzhou）", "温州市文化广电旅游局"],
        ["3", "两市青少年夏令营（Youth Summer Camp）", "2026年7月", "温州（Wenzhou）", "温州市教育局"],
        ["4", "温州大学与普拉托高校合作签约（University Partnership Signing）", "2026年9月", "普拉托（Prato）", "温州大学"],
        ["5", "市长会晤暨结好纪念活动（Mayors' Meeting and Anniversary Events）", "2026年11月", "温州（Wenzhou）", "温州市人民政府外事办公室"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 11, latin=TNR)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, align=LEFT if ci == 1 else CENTER, latin=TNR)
        clauses.append(row_clause(headers, row))
    col_widths(t, [1.3, 5.9, 2.4, 2.7, 3.3])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中华人民共和国浙江省温州市人民政府与意大利共和国普拉托市政府关于深化友好城市交流合作的谅解备忘录",
            "doc_number": None,
            "issuer": ["温州市人民政府", "普拉托市政府"],
            "date": "2025-11-18",
            "published": None,
            "level": "municipal",
            "region": "温州市",
            "effective": "2025-11-18",
            "expires": "2030-11-17",
            "attachments": ["2026年度交流合作项目清单"],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """市外办向省外办报送年度友城计划的报告（上行文，签发人，附件1计划表，附件2双语备忘录草案）。"""
    stem = "blind914_xiamen_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_dec = make_numbering(doc, "%1．", "decimal")

    add_par(doc, [("000015", TNR, 16, False, None, TNR)], indent=False)
    add_par(doc, [("急件", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市人民政府外事办公室", XBS, 34, False, RED)],
            align=CENTER, indent=False, line=52, before=12)
    empty(doc, 1)
    p = add_par(doc, [("厦外办〔2026〕14号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("林志远", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府外事办公室关于报送"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年度国际友好城市交流合作计划的报告"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "福建省人民政府外事办公室：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=JUST)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=JUST)

    def dec(t):
        # Word auto-numbered "1．"; the number is not typed
        clauses.append("%d．%s" % (dec.n, t))
        dec.n += 1
        p = add_par(doc, t, align=JUST)
        apply_num(p, n_dec)
    dec.n = 1

    body("根据《福建省人民政府外事办公室关于做好2026年度国际友好城市工作的通知》（闽外办〔2026〕2号）要求，现将我市有关情况报告如下：")
    head("一、2025年度工作情况")
    body("截至2025年12月底，我市已建立国际友好城市24对、友好交流城市31对。全年接待友城来访团组46批、612人次，派出团组28批、203人次。重点开展了以下工作：")
    dec("经贸合作。依托“9·8”投洽会举办“友城之夜”经贸对接活动，促成签约项目17个，协议金额约38.6亿元。")
    dec("港航物流。与槟城、卡斯凯什等港口友城加强“丝路海运”合作，新开辟友城港口航线5条。")
    head("二、2026年度工作计划")
    body("2026年，我市计划实施重点交流项目12个，预算经费536万元，其中市级财政经费415万元、自筹经费121万元（详见附件1）。重点做好以下工作：")
    runin("（一）推进新结好工作。", "拟与葡萄牙卡斯凯什市建立友好城市关系，备忘录草案见附件2，结好请示另文报送。")
    runin("（二）办好友城品牌活动。", "具体安排如下：")
    body("（1）9月举办“2026厦门国际友好城市合作发展论坛”，拟邀请20个友城市长或代表出席；")
    body("（2）11月组织文化旅游推介团赴卡斯凯什、槟城开展推介活动。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 list: second line typed with a manual break and full-width spaces; wraps by itself
    p = doc.add_paragraph()
    font(p.add_run("附件：1．厦门市2026年度国际友好城市交流合作重点项目计划表"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000\u3000\u30002．厦门市与葡萄牙卡斯凯什市友好交流合作备忘录（草案）"), FS, 16)
    fmt(p, align=LEFT)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    for t in ("厦门市人民政府外事办公室", "二〇二六年二月十二日"):
        p = add_par(doc, t, indent=False, align=RIGHT)
        p.paragraph_format.right_indent = Pt(64 if len(t) > 10 else 80)

    # ---- 附件1, own page, merged two-level header repeated on every page
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("厦门市2026年度国际友好城市交流合作", XBS, 20, False)], align=CENTER, indent=False, line=32)
    add_par(doc, [("重点项目计划表", XBS, 20, False)], align=CENTER, indent=False, line=32)
    add_par(doc, [("单位：万元", FS, 12, False)], align=RIGHT, indent=False, line=20)
    hdr = ["序号", "友好城市（国别）", "项目名称", "实施时间", "经费预算／市级财政", "经费预算／自筹", "牵头单位"]
    rows = [
        ["1", "卡斯凯什市（葡萄牙）", "友城结好签约及经贸对接活动", "2026年4月", "45", "10", "市外办"],
        ["2", "槟城（马来西亚）", "“丝路海运”港口合作圆桌会", "2026年5月", "30", "20", "市港口管理局"],
        ["3", "佐世保市（日本）", "青少年棒球交流", "2026年7月", "18", "6", "市教育局"],
        ["4", "巴尔的摩市（美国）", "城市环境治理合作研讨会", "2026年6月", "25", "0", "市生态环境局"],
        ["5", "惠灵顿市（新西兰）", "友城文化周", "2026年10月", "40", "15", "市文旅局"],
        ["6", "宿务市（菲律宾）", "海洋经济与渔业合作交流", "2026年8月", "22", "8", "市海洋发展局"],
        ["7", "德布勒森市（匈牙利）", "中欧（厦门）班列友城物流对接会", "2026年9月", "28", "12", "市商务局"],
        ["8", "阿拉木图市（哈萨克斯坦）", "旅游推介及直航航线推广", "2026年9月", "20", "10", "市文旅局"],
        ["9", "多个友城", "2026厦门国际友好城市合作发展论坛", "2026年9月", "120", "30", "市外办"],
        ["10", "卡斯凯什市（葡萄牙）、槟城（马来西亚）", "厦门文化旅游推介团出访", "2026年11月", "35", "0", "市文旅局"],
        ["11", "加的夫市（英国）", "中英职业教育校际合作", "2026年3月", "12", "5", "市教育局"],
        ["12", "多个友城", "友城官员研修班（城市治理）", "2026年11月", "20", "5", "市外办"],
        ["合计", "—", "—", "—", "415", "121", "—"],
    ]
    assert sum(int(r[4]) for r in rows[:-1]) == 415 and sum(int(r[5]) for r in rows[:-1]) == 121
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "友好城市（国别）", "项目名称", "实施时间", "经费预算", "", "牵头单位"]
    for i, h in enumerate(top):
        if h:
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    set_cell(t.rows[1].cells[4], "市级财政", HT, 10.5, line=16)
    set_cell(t.rows[1].cells[5], "自筹", HT, 10.5, line=16)
    for i in (0, 1, 2, 3, 6):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(0, 4).merge(t.cell(0, 5))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=LEFT if ci == 2 else CENTER, latin=TNR, line=16)
        no_split(t.rows[ri])
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 3.6, 3.8, 2.4, 1.5, 1.1, 1.9])
    note = "注：经费预算中“自筹”部分由承办单位及合作企业承担，市级财政经费从市外办2026年度部门预算中列支。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    # ---- 附件2, own page, bilingual two-column table
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)
    add_par(doc, [("厦门市与葡萄牙卡斯凯什市", XBS, 20, False)], align=CENTER, indent=False, line=32)
    add_par(doc, [("友好交流合作备忘录（草案）", XBS, 20, False)], align=CENTER, indent=False, line=32)
    add_par(doc, [("Memorandum on Friendly Exchanges and Cooperation between the City of Xiamen "
                   "and the Municipality of Cascais (Draft)", TNR, 12, True, None, TNR)],
            align=CENTER, indent=False, line=20, after=6)
    hdr2 = ["中文文本", "English Text"]
    rows2 = [
        ["中华人民共和国福建省厦门市与葡萄牙共和国卡斯凯什市（以下简称“双方”），为促进两市人民之间的友谊与合作，经友好协商，达成如下共识：",
         "The City of Xiamen, Fujian Province, the People's Republic of China and the Municipality of Cascais, the Portuguese Republic (hereinafter referred to as \"the Parties\"), with a view to promoting friendship and cooperation between the peoples of the two cities, have reached the following consensus through friendly consultations:"],
        ["一、双方同意在平等互利的基础上建立友好城市关系，开展多种形式的交流与合作。",
         "1. The Parties agree to establish a sister city relationship on the basis of equality and mutual benefit and to carry out exchanges and cooperation in various forms."],
        ["二、双方将重点在港口与海洋经济、旅游、文化、教育及城市管理等领域开展合作，支持两市企业参与共建“一带一路”。",
         "2. The Parties will focus their cooperation on ports and the marine economy, tourism, culture, education and urban management, and support enterprises of the two cities in participating in the joint construction of the Belt and Road."],
        ["三、本备忘录自双方签字之日起生效，用中文、英文和葡萄牙文写成，三种文本同等作准。",
         "3. This Memorandum shall enter into force on the date of signature by both Parties. It is done in the Chinese, English and Portuguese languages, all texts being equally authentic."],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=2)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t2.rows[0].cells[0], hdr2[0], HT, 12)
    set_cell(t2.rows[0].cells[1], hdr2[1], HT, 12, latin=TNR)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        set_cell(t2.rows[ri].cells[0], row[0], FS, 12, align=JUST, line=20)
        set_cell(t2.rows[ri].cells[1], row[1], FS, 10.5, align=LEFT, latin=TNR, line=16)
        clauses.append(row_clause(hdr2, row))
    col_widths(t2, [7.8, 7.8])

    banji(doc, "抄送：市政府办公厅，市商务局，市港口管理局。",
          "厦门市人民政府外事办公室", "2026年2月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府外事办公室关于报送2026年度国际友好城市交流合作计划的报告",
            "doc_number": "厦外办〔2026〕14号",
            "issuer": ["厦门市人民政府外事办公室"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门市2026年度国际友好城市交流合作重点项目计划表",
                            "厦门市与葡萄牙卡斯凯什市友好交流合作备忘录（草案）"],
            "doc_type": "报告",
            "recipients": ["福建省人民政府外事办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_wenzhou(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
