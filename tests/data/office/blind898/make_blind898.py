# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 898: 对口合作结对共建框架协议与年度工作计划 — Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

expected = {}


# ------------------------------------------------------------------ helpers
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _PB[0]:
        p.paragraph_format.page_break_before = True
        _PB[0] = False
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


_PB = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页), so no empty page is left behind"""
    _PB[0] = True


def field(par, instr, name=SONG, size=14, shown="1"):
    for kind in ("begin", None, "separate", "text", "end"):
        r = par.add_run()
        font(r, name, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                                  % (nsdecls("w"), instr)))
        elif kind == "text":
            r.text = shown
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    if footer == "dash":          # — 1 —
        fp.alignment = C
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":      # - 1 -  (typed with half-width hyphens)
        fp.alignment = C
        font(fp.add_run("- "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" -"), SONG, 14)
    else:                         # 第 1 页 共 4 页
        fp.alignment = C
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", size=10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", size=10.5, shown="4")
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    # drop surplus paragraphs (after merges)
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(t, widths_cm):
    tbl = t._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tbl.tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_898", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ==================================================================== DOC A
def doc_jizhe():
    """吉林·浙江两省发改委联合印发 2026 年工作计划的通知（联合版头）。"""
    stem = "blind898_jizhe_jihua"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # joint 版头: two organ names stacked on the left, 「文件」 merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.8, 3.6])
    set_cell(t.cell(0, 0), "吉林省发展和改革委员会", XBS, 28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=36)
    set_cell(t.cell(1, 0), "浙江省发展和改革委员会", XBS, 28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 38, color=RED, line=48)
    m.vertical_alignment = 1  # center
    empty(doc, 1, line=20)
    p = add_par(doc, "吉发改振兴〔2026〕86号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title typed as three separate paragraphs, broken at odd places
    for line in ("吉林省发展和改革委员会",
                 "浙江省发展和改革委员会关于印发《吉浙",
                 "对口合作结对共建2026年工作计划》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, "两省各市（州）发展改革委，两省对口合作工作领导小组各成员单位：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        add_par(doc, [(t_, HT, 16, False)]).paragraph_format.keep_with_next = True

    def runin(h, t_, hf=KT, bold=True):
        clauses.append(h + t_)
        add_par(doc, [(h, hf, 16, bold), (t_, FS, 16, False)])

    body("根据《吉林省与浙江省对口合作结对共建框架协议（2026—2030年）》，经两省对口合作工作领导小组同意，现将《吉浙对口合作结对共建2026年工作计划》印发给你们，请结合实际认真贯彻落实。")
    body("各结对市（州）要细化年度合作事项清单，于2026年6月30日和12月15日前分别将半年、全年工作进展情况报送两省发展改革委（对口合作办）。")
    empty(doc, 1)
    # joint 落款 side by side, date centred below (borderless table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [7.8, 7.8])
    set_cell(t.cell(0, 0), "吉林省发展和改革委员会", FS, 16, line=28)
    set_cell(t.cell(0, 1), "浙江省发展和改革委员会", FS, 16, line=28)
    dm = t.cell(1, 0).merge(t.cell(1, 1))
    set_cell(dm, "2026年3月12日", FS, 16, line=28)
    add_par(doc, "（此件主动公开）")

    # ---- the plan itself, on a new page
    page_break(doc)
    add_par(doc, [("吉浙对口合作结对共建2026年工作计划", XBS, 22, False)], align=C, indent=False,
            line=34)
    empty(doc, 1)
    body("2026年是《吉林省与浙江省对口合作结对共建框架协议（2026—2030年）》实施的开局之年。为推动两省对口合作结对共建走深走实，制定本计划。")
    head("一、总体要求")
    body("坚持“政府引导、市场运作、优势互补、合作共赢”，以产业合作为重点，以园区共建为载体，以体制机制创新为动力，推动吉林全面振兴与浙江高质量发展建设共同富裕示范区互促共进。2026年，力争两省新签约合作项目120个以上、签约金额突破600亿元，新开工项目不少于45个，互派挂职干部不少于60名。")
    head("二、重点任务")
    runin("（一）深化产业链协作。", "围绕汽车、石化、农产品加工、医药健康、数字经济等领域，推动浙江企业参与一汽产业链配套和吉林化工新材料基地建设，支持吉浙两地企业共建跨区域产业联盟。")
    # inconsistent list markers typed by hand: half-width "1." then full-width "2．"
    runin("1.汽车零部件配套合作。", "组织杭州、宁波、台州等地汽车零部件企业赴长春开展产需对接，力争新增配套项目15个。", FS, False)
    runin("2．农产品产销合作。", "深化“吉字号”农产品进浙行动，依托浙江农产品批发市场和电商平台，设立吉林优质农产品展销中心10个以上，全年实现吉林农产品在浙销售额120亿元。", FS, False)
    runin("（二）推进园区共建。", "高质量建设吉浙（长春—杭州）数字经济合作园、吉林（宁波）产业合作园、四平—嘉兴产业合作园，探索“飞地经济”“反向飞地”等合作模式，建立园区共建利益分享机制。")
    runin("（三）扩大开放合作。", "推动中国（浙江）自由贸易试验区与长春新区、珲春国际合作示范区开展制度创新经验复制推广，支持宁波舟山港与珲春、长春共建“陆海联运”通道，拓展面向东北亚和共建“一带一路”国家的市场。")
    runin("（四）加强干部人才交流。", "两省互派处级以上干部挂职锻炼不少于60名，组织专业技术人才交流培训1000人次以上。")
    body("2026年吉浙对口合作结对共建重点项目见下表。")
    add_par(doc, [("2026年吉浙对口合作重点项目表（单位：亿元）", HT, 14, False)], align=C,
            indent=False, before=6)

    hdr_keys = ["序号", "项目名称", "结对地区／吉林方", "结对地区／浙江方", "总投资",
                "2026年计划投资", "牵头单位"]
    rows = [
        ["1", "长春—杭州数字经济合作园（二期）", "长春市", "杭州市", "46.5", "12.0", "长春新区管委会"],
        ["2", "一汽配套智能底盘零部件产业园", "长春市", "杭州市", "28.0", "9.6", "长春汽车经济技术开发区管委会"],
        ["3", "吉林化纤碳纤维复合材料项目", "吉林市", "宁波市", "35.2", "10.5", "吉林市发展改革委"],
        ["4", "四平—嘉兴产业合作园标准厂房", "四平市", "嘉兴市", "12.8", "4.2", "四平市发展改革委"],
        ["5", "辽源纺织服装数字化改造合作项目", "辽源市", "湖州市", "6.5", "2.3", "辽源市工业和信息化局"],
        ["6", "通化医药健康产业合作项目", "通化市", "台州市", "18.6", "5.1", "通化市发展改革委"],
        ["7", "白城新能源装备制造合作项目", "白城市", "金华市", "22.4", "8.0", "白城市发展改革委"],
        ["8", "珲春海洋食品精深加工合作项目", "延边州", "舟山市", "9.3", "3.0", "延边州发展改革委"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.1, 4.9, 1.5, 1.5, 1.4, 1.8, 3.4])
    for ci, h in ((0, "序号"), (1, "项目名称"), (4, "总投资"), (5, "2026年计划投资"), (6, "牵头单位")):
        mc = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(mc, h, HT, 10.5)
        mc.vertical_alignment = 1
    mc = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(mc, "结对地区", HT, 10.5)
    set_cell(t.cell(1, 2), "吉林方", HT, 10.5)
    set_cell(t.cell(1, 3), "浙江方", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (1, 6) else C)
        clauses.append(row_clause(hdr_keys, row))
    note = "注：项目总投资和年度计划投资以项目主管部门审核数为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("三、保障措施")
    runin("（一）强化组织协调。", "发挥两省对口合作工作领导小组统筹作用，每年召开一次领导小组联席会议，两省发展改革委每半年召开一次工作调度会。")
    runin("（二）加强政策支持。", "两省各安排对口合作专项资金不低于5000万元，重点支持共建园区基础设施、合作项目贷款贴息和人才交流。")
    runin("（三）健全考核评估。", "将对口合作重点任务纳入两省各结对市（州）年度综合考核，年底开展工作评估并通报结果。")

    banji(doc, "抄送：国家发展改革委东北振兴司，吉林省人民政府办公厅，浙江省人民政府办公厅。",
          "吉林省发展和改革委员会办公室", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "吉林省发展和改革委员会浙江省发展和改革委员会关于印发《吉浙对口合作结对共建2026年工作计划》的通知",
            "doc_number": "吉发改振兴〔2026〕86号",
            "issuer": ["吉林省发展和改革委员会", "浙江省发展和改革委员会"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "吉林省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["两省各市（州）发展改革委", "两省对口合作工作领导小组各成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC B
def doc_hashen():
    """哈尔滨市与深圳市对口合作结对共建框架协议（章/条 + 签署页 + 附件清单）。"""
    stem = "blind898_hashen_xieyi"
    doc = Document()
    setup(doc, "pages", margins=(2.54, 2.54, 2.5, 2.5))  # agreement typed with Word's margins
    clauses = []
    TITLE = "哈尔滨市与深圳市对口合作结对共建框架协议"

    # title: one paragraph, manual line break (Shift+Enter)
    add_par(doc, [("哈尔滨市与深圳市对口合作", XBS, 24, False), "BR",
                  ("结对共建框架协议", XBS, 24, False)], align=C, indent=False, line=38, after=12)

    def para(t_, lead=True):
        clauses.append(t_)
        # indentation typed with full-width spaces instead of paragraph indent
        add_par(doc, [((IND + t_) if lead else t_, FS, 14, False)], indent=False, line=24)

    para("甲方：哈尔滨市人民政府", lead=False)
    para("乙方：深圳市人民政府", lead=False)
    empty(doc, 1, line=12)
    para("为深入贯彻落实党中央、国务院关于东北地区与东部地区部分省市对口合作的决策部署，甲乙双方本着“政府推动、市场主导、优势互补、互利共赢”的原则，经友好协商，就深化对口合作结对共建达成如下协议。")

    def chapter(t_):
        p_ = add_par(doc, [(t_, HT, 14, False)], align=C, indent=False, line=24, before=4, after=4)
        p_.paragraph_format.keep_with_next = True

    def article(no, head_, text, items=()):
        full = no + "\u3000" + head_ + text + "".join(items)
        clauses.append(full)
        runs = [(IND, FS, 14, False), (no, HT, 14, False), ("\u3000", FS, 14, False)]
        if head_:
            runs.append((head_, FS, 14, True))
        runs.append((text, FS, 14, False))
        add_par(doc, runs, indent=False, line=24)
        for it in items:
            add_par(doc, [(IND + it, FS, 14, False)], indent=False, line=24)

    chapter("第一章　总　则")
    article("第一条", "合作目标。", "到2030年，双方在产业协作、园区共建、科技创新、开放合作、干部人才交流等领域建立全方位、多层次、宽领域的合作格局，累计引导深圳企业在哈尔滨投资项目200个以上、实际到位资金800亿元以上，共建园区规模以上工业企业达到150家。")
    article("第二条", "合作原则。", "双方坚持政府引导与市场运作相结合、优势互补与互利共赢相结合，充分发挥企业主体作用。")
    chapter("第二章　合作内容")
    article("第三条", "产业协作。", "双方重点在以下领域开展合作：", [
        "（一）数字经济。支持深圳电子信息、软件和信息服务企业在哈尔滨布局区域总部、研发中心和数据中心，共同培育算力、卫星遥感、工业互联网等产业。",
        "（二）绿色食品。发挥哈尔滨寒地黑土农产品资源优势和深圳市场、渠道优势，共建“哈尔滨—深圳”绿色农产品供应链，乙方在深圳市内设立哈尔滨绿色食品展销中心。",
        "（三）冰雪和旅游。联合开发“北冰南海”旅游产品，推动两市互为旅游客源地，乙方组织市民赴哈尔滨旅游年均不少于30万人次。",
    ])
    article("第四条", "园区共建。", "双方共同推进深圳（哈尔滨）产业园区建设，按照“深圳总部+哈尔滨基地”“深圳研发+哈尔滨制造”模式，园区开发建设、招商引资、运营管理由双方共同组建的合资公司负责。乙方持续选派园区管理团队，甲方在用地指标、能耗指标等方面优先保障。")
    article("第五条", "开放合作。", "支持中国（黑龙江）自由贸易试验区哈尔滨片区与中国（广东）自由贸易试验区深圳前海蛇口片区建立合作机制。发挥哈尔滨对俄合作中心城市作用和深圳外贸口岸优势，共同开拓俄罗斯、中亚和共建“一带一路”国家市场，支持深圳企业利用中欧班列（哈尔滨）拓展对欧物流通道。")
    article("第六条", "科技创新。", "支持哈尔滨工业大学等高校与深圳企业共建联合实验室，推动哈尔滨科技成果在深圳孵化、在哈尔滨产业化。")
    chapter("第三章　保障机制")
    article("第七条", "工作机制。", "双方建立市长联席会议制度，原则上每年召开一次，轮流在两市举行，研究解决合作中的重大问题。双方发展改革部门为对口合作日常工作机构，负责制定年度工作计划、协调推进重点事项。")
    article("第八条", "干部人才交流。", "双方每年互派挂职干部不少于20名，互派专业技术人才不少于100名，挂职期限一般为1年。")
    article("第九条", "资金支持。", "双方每年各安排不少于3000万元对口合作专项资金，用于支持共建园区建设、合作项目推进和人才交流培训。")
    chapter("第四章　附　则")
    article("第十条", "", "本协议未尽事宜，由双方协商解决，可另行签订补充协议。")
    article("第十一条", "", "本协议附件《哈深对口合作2026年重点事项清单》为本协议的组成部分。")
    article("第十二条", "", "本协议自2025年12月18日起生效，有效期至2030年12月31日。")
    article("第十三条", "", "本协议一式四份，甲乙双方各执两份，具有同等法律效力。")
    add_par(doc, [("（以下无正文）", FS, 14, False)], indent=False, align=C, line=24)

    # ---- signature page
    page_break(doc)
    add_par(doc, "（本页无正文，为《%s》签署页）" % TITLE, indent=False)
    empty(doc, 3)
    t = doc.add_table(rows=5, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [7.8, 7.8])
    sig = [("甲方：哈尔滨市人民政府", "乙方：深圳市人民政府"),
           ("（盖章）", "（盖章）"),
           ("", ""),
           ("代表（签字）：", "代表（签字）："),
           ("2025年12月18日", "2025年12月18日")]
    for ri, (a, b) in enumerate(sig):
        set_cell(t.cell(ri, 0), a, FS, 16, align=L, line=40)
        set_cell(t.cell(ri, 1), b, FS, 16, align=L, line=40)

    # ---- attachment (清单) after the signature page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("哈深对口合作2026年重点事项清单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    keys = ["序号", "重点事项", "哈尔滨市责任单位", "深圳市责任单位", "完成时限"]
    rows = [
        ["1", "召开哈深对口合作市长联席会议", "市发展改革委", "市发展改革委", "2026年9月底前"],
        ["2", "深圳（哈尔滨）产业园区新引进企业30家以上", "哈尔滨新区管委会", "市投资推广署", "2026年12月底前"],
        ["3", "举办深圳—哈尔滨产业合作对接会", "市商务局", "市商务局", "2026年6月底前"],
        ["4", "建成哈尔滨绿色食品深圳展销中心", "市农业农村局", "市商务局", "2026年8月底前"],
        ["5", "开通哈尔滨—深圳冰雪旅游主题包机航线", "市文化广电和旅游局", "市文化广电旅游体育局", "2026年11月底前"],
        ["6", "哈尔滨片区与前海蛇口片区签订自贸合作备忘录", "哈尔滨片区管委会", "前海管理局", "2026年5月底前"],
        ["7", "共建数字经济联合实验室2家", "市科技局", "市科技创新局", "2026年10月底前"],
        ["8", "互派挂职干部20名", "市委组织部", "市委组织部", "2026年4月底前"],
        ["9", "组织深圳企业利用中欧班列（哈尔滨）开展对欧物流合作", "市交通运输局", "市交通运输局", "2026年12月底前"],
        ["10", "开展“深哈人才周”专业技术人才交流100人次", "市人力资源和社会保障局", "市人力资源和社会保障局", "2026年12月底前"],
        ["11", "联合举办对俄经贸合作推介会", "市商务局", "市商务局", "2026年7月底前"],
        ["12", "编制哈深对口合作2027年工作计划", "市发展改革委", "市发展改革委", "2026年12月底前"],
    ]
    widths = [1.1, 6.2, 3.2, 3.0, 2.3]

    def part_table(part):
        tt = doc.add_table(rows=1 + len(part), cols=5)
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(tt, widths)
        for ci, h in enumerate(keys):
            set_cell(tt.cell(0, ci), h, HT, 12, line=22)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(tt.cell(ri, ci), v, FS, 11, align=L if ci == 1 else C, line=18)
            clauses.append(row_clause(keys, row))

    part_table(rows)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": None,
            "issuer": ["哈尔滨市人民政府", "深圳市人民政府"],
            "date": "2025-12-18",
            "published": None,
            "level": "municipal",
            "region": "哈尔滨市",
            "effective": "2025-12-18",
            "expires": "2030-12-31",
            "attachments": ["哈深对口合作2026年重点事项清单"],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC C
def doc_liansh():
    """大连市人民政府向省政府的报告（上行文：份号、特急、签发人，正文表格+附件任务表）。"""
    stem = "blind898_lianhu_baogao"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    add_par(doc, [("000016", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("大连市人民政府文件", XBS, 40, False, RED)], align=C, indent=False, line=60,
            before=10)
    empty(doc, 1)
    p = add_par(doc, [("大政〔2026〕14号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘景明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("大连市人民政府关于大连市与上海市", XBS, 22, False), "BR",
                  ("对口合作结对共建2025年工作情况", XBS, 22, False), "BR",
                  ("和2026年工作计划的报告", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省政府：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    def head(t_):
        add_par(doc, [(IND + t_, HT, 16, False)], indent=False).paragraph_format.keep_with_next = True

    def runin(h, t_, hf=KT, bold=False):
        clauses.append(h + t_)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t_, FS, 16, False)], indent=False)

    body("2025年，我市认真落实《大连市与上海市对口合作结对共建框架协议》和省委、省政府工作部署，与上海市在产业协作、园区共建、开放合作等方面持续深化合作，取得积极成效。现将有关情况报告如下。")
    head("一、2025年工作进展")
    runin("（一）合作机制更加健全。", "两市召开对口合作市长联席会议1次，签署港航物流、金融等领域专项合作协议9份。")
    # pasted text: a manual line break left in the middle of the paragraph; half-width comma
    h2 = "（二）产业协作成效明显。"
    a2 = "全年两市新签约合作项目68个,签约金额412.7亿元，同比增长18.3%；新开工项目31个，"
    b2 = "实际到位资金126.4亿元。分领域情况如下："
    clauses.append(h2 + a2 + b2)
    add_par(doc, [(IND, FS, 16, False), (h2, KT, 16, False), (a2, FS, 16, False), "BR",
                  (b2, FS, 16, False)], indent=False)
    add_par(doc, [("2025年沪连对口合作签约项目分领域情况表", HT, 14, False)], align=C,
            indent=False, line=26, before=4)
    k2 = ["领域", "签约情况／项目数（个）", "签约情况／金额（亿元）", "推进情况／已开工项目（个）",
          "推进情况／实际到位资金（亿元）"]
    r2 = [
        ["高端装备制造", "14", "96.3", "7", "31.2"],
        ["新能源汽车及零部件", "9", "78.5", "5", "22.6"],
        ["石化和精细化工", "11", "102.4", "6", "35.8"],
        ["港航物流", "8", "46.2", "4", "12.5"],
        ["数字经济", "13", "38.9", "5", "9.7"],
        ["现代农业和食品", "7", "21.6", "2", "6.3"],
        ["文化旅游", "6", "28.8", "2", "8.3"],
        ["合计", "68", "412.7", "31", "126.4"],
    ]
    t = doc.add_table(rows=2 + len(r2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.4, 2.6, 2.6, 3.0, 3.0])
    mc = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(mc, "领域", HT, 11, line=18)
    mc.vertical_alignment = 1
    set_cell(t.cell(0, 1).merge(t.cell(0, 2)), "签约情况", HT, 11, line=18)
    set_cell(t.cell(0, 3).merge(t.cell(0, 4)), "推进情况", HT, 11, line=18)
    for ci, h in ((1, "项目数（个）"), (2, "金额（亿元）"), (3, "已开工项目（个）"), (4, "实际到位资金（亿元）")):
        set_cell(t.cell(1, ci), h, HT, 11, line=18)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(r2, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 11, line=18)
        clauses.append(row_clause(k2, row))
    note = "注：数据来源于两市对口合作项目调度系统，统计截至2025年12月31日。"
    clauses.append(note)
    add_par(doc, [(note, FS, 11, False)], indent=False, line=18, before=2)
    runin("（三）园区共建加快推进。", "沪连（金普）产业合作园新入驻企业27家，累计达到96家；大连长兴岛（上海）石化产业合作园完成投资38.5亿元。")
    runin("（四）开放平台联动发展。", "中国（辽宁）自由贸易试验区大连片区与中国（上海）自由贸易试验区临港新片区签订合作协议，复制推广上海自贸试验区制度创新成果32项。")
    head("二、存在的问题")
    body("对照框架协议目标，合作中还存在重大产业项目偏少、共建园区市场化运营水平不高、利益分享机制尚不完善等问题。")
    head("三、2026年工作计划")
    body("2026年，我市将以共建“一带一路”和东北亚国际航运中心建设为牵引，重点抓好以下工作:")
    runin("1.推动重大项目落地。", "力争全年新签约合作项目70个以上、签约金额450亿元以上，推动10个重点项目开工建设。", FS)
    runin("2.提升共建园区能级。", "推动沪连（金普）产业合作园引入上海专业化园区运营机构，探索“共同投资、共同开发、利益共享”合作模式。", FS)
    runin("3.深化开放平台合作。", "对接临港新片区制度型开放经验，力争新复制推广上海制度创新成果20项以上，加密“连沪”内贸航线。", FS)
    head("四、有关建议")
    body("恳请省政府将沪连对口合作重大项目纳入省重点项目库，在用地、用能等要素方面予以倾斜保障，并在省级对口合作专项资金安排上对大连予以适当倾斜。")
    add_par(doc, IND + "特此报告。", indent=False)
    A1 = "大连市与上海市对口合作结对共建2026年重点任务表"
    add_par(doc, IND + "附件：" + A1, indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 15 + "大连市人民政府", indent=False)
    add_par(doc, "\u3000" * 14 + "二〇二六年二月二十六日", indent=False)
    add_par(doc, IND + "（联系人：赵立新，电话：0411-83632157）", indent=False)

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("大连市与上海市对口合作结对共建", XBS, 20, False), "BR",
                  ("2026年重点任务表", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    k1 = ["合作领域", "序号", "重点任务", "责任单位", "完成时限"]
    r1 = [
        ["产业协作", "1", "新签约合作项目70个以上，签约金额450亿元以上", "市发展改革委、市商务局", "2026年12月底前"],
        ["产业协作", "2", "推动上汽集团新能源汽车零部件等10个重点项目开工", "市发展改革委", "2026年10月底前"],
        ["园区共建", "3", "沪连（金普）产业合作园引入上海专业化运营机构", "金普新区管委会", "2026年6月底前"],
        ["园区共建", "4", "大连长兴岛（上海）石化产业合作园新增投资40亿元", "长兴岛经济技术开发区管委会", "2026年12月底前"],
        ["开放合作", "5", "复制推广上海制度创新成果20项以上", "大连片区管委会", "2026年12月底前"],
        ["开放合作", "6", "新开通“连沪”内贸集装箱航线2条", "市交通运输局、大连港集团", "2026年9月底前"],
        ["人才交流", "7", "选派30名左右干部赴沪挂职", "市委组织部", "2026年4月底前"],
        ["人才交流", "8", "举办“沪连人才交流周”活动", "市人力资源和社会保障局", "2026年11月底前"],
    ]
    t = doc.add_table(rows=1 + len(r1), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.0, 1.0, 5.9, 3.8, 2.9])
    for ci, h in enumerate(k1):
        set_cell(t.cell(0, ci), h, HT, 12, line=22)
    repeat_header(t.rows[0])
    for ri, row in enumerate(r1, 1):
        for ci, v in enumerate(row):
            if ci == 0:
                continue
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci == 2 else C, line=20)
        clauses.append(row_clause(k1, row))
    # 合作领域 merged vertically, two rows each
    for top in (1, 3, 5, 7):
        mc = t.cell(top, 0).merge(t.cell(top + 1, 0))
        set_cell(mc, r1[top - 1][0], FS, 11, line=20)
        mc.vertical_alignment = 1

    banji(doc, "抄送：省发展改革委，上海市发展和改革委员会。", "大连市人民政府办公室",
          "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "大连市人民政府关于大连市与上海市对口合作结对共建2025年工作情况和2026年工作计划的报告",
            "doc_number": "大政〔2026〕14号",
            "issuer": ["大连市人民政府"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "大连市",
            "effective": None,
            "expires": None,
            "attachments": [A1],
            "doc_type": "报告",
            "recipients": ["省政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jizhe(), doc_hashen(), doc_liansh()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
