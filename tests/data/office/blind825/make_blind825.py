# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 825: 政务服务“跨省通办”事项清单 + 多方合作协议 (Word + PDF + expected.json)."""
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


LINE = [28]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = LINE[0]
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
    fmt(p, indent=False, line=12)


def setup(doc, pagenum=True):
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
    if not pagenum:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = tbl.tblPr
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for ri, row in enumerate(table.rows):
        ci = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[ci:ci + span]))
            ci += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def simple_table(doc, header, rows, widths, clauses, size=10.5, left_cols=(), line=15):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al, line=line)
        clauses.append(row_clause(header, row))
    col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_825", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


# =================================================================== DOC A
def doc_xiamen():
    """厦门市政府办公厅印发跨省通办事项清单（第三批）的通知 + 两个附件。"""
    stem = "blind825_xiamen_qingdan"
    doc = Document()
    setup(doc)
    LINE[0] = 27
    clauses = []

    # 红头: one paragraph, characters compressed to 80% so it fits one line
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府办公厅文件"), XBS, 40, False, RED, scale=80)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc, 1)
    p = add_par(doc, "厦府办〔2026〕21号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for ln in ("厦门市人民政府办公厅关于印发厦门市",
               "政务服务“跨省通办”事项清单",
               "（第三批）的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》（国办发〔2020〕35号），经市政府同意，现将《厦门市政务服务“跨省通办”事项清单（第三批）》（以下简称《清单》）印发给你们，并就有关事项通知如下：")
    head("一、工作目标")
    body("在前两批68项事项基础上，新增第三批12项高频事项，全市“跨省通办”事项累计达到80项，与成都、昆明、西安、乌鲁木齐等共建“一带一路”重要节点城市以及赣州、梅州、汕头等周边城市实现更大范围通办。")
    head("二、主要任务")
    runin("（一）规范办理方式。", "各受理部门要按照《清单》明确的办理方式，分类推进“全程网办”“异地代收代办”“多地联办”。异地代收代办事项由收件地政务服务中心“跨省通办”专窗代收材料、核验身份，通过EMS政务专递寄送至受理部门。")
    runin("（二）健全专窗服务。", "市、区两级政务服务中心要设置“跨省通办”服务专窗。中国（福建）自由贸易试验区厦门片区要为台资企业和境外投资者提供帮办代办服务。")
    head("三、保障措施")
    # two items typed in ONE paragraph, separated by Shift+Enter (manual line break)
    h1, t1 = "（一）加强组织领导。", "各区、各部门要明确分管领导和责任科室，确保《清单》所列事项于2026年4月30日前全部落地。"
    h2, t2 = "（二）强化督促检查。", "市政务服务中心管委会将“跨省通办”工作纳入全市营商环境考评，每季度通报办理情况。"
    p = doc.add_paragraph()
    font(p.add_run(h1), KT, 16)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h2), KT, 16)
    font(p.add_run(t2), FS, 16)
    fmt(p)
    clauses.extend([h1 + t1, h2 + t2])
    body("本通知自2026年3月10日起施行。《厦门市人民政府办公厅关于做好政务服务“跨省通办”异地代收代办工作的通知》（厦府办〔2023〕88号）同时废止。")
    empty(doc, 1)
    # 附件 list: hanging layout typed with spaces, mixed full/half-width
    add_par(doc, "附件：1．厦门市政务服务“跨省通办”事项清单（第三批）")
    add_par(doc, "\u3000\u3000\u3000 2.厦门市“跨省通办”服务专窗联系方式")
    empty(doc, 1)
    p = add_par(doc, "厦门市人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月6日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门市政务服务“跨省通办”事项清单（第三批）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    header = ["序号", "事项名称", "办理方式", "通办区域", "受理部门"]
    rows = [
        ["1", "基本养老保险关系转移接续", "全程网办", "全国", "市社会保险中心"],
        ["2", "城乡居民养老保险待遇领取资格认证", "全程网办", "全国", "市社会保险中心"],
        ["3", "失业保险金申领", "全程网办", "全国", "各区人力资源和社会保障局"],
        ["4", "户口迁移（夫妻投靠、父母投靠子女）", "异地代收代办", "厦门—成都、昆明、西安、乌鲁木齐", "市公安局各分局户政窗口"],
        ["5", "居民身份证换领、补领", "异地代收代办", "全国", "市公安局各分局户政窗口"],
        ["6", "个体工商户设立登记", "全程网办", "厦门—赣州、梅州、汕头", "各区市场监督管理局"],
        ["7", "企业住所（经营场所）变更登记", "全程网办", "全国", "市市场监督管理局、中国（福建）自由贸易试验区厦门片区管委会"],
        ["8", "异地就医备案", "全程网办", "全国", "市医疗保障局"],
        ["9", "医师执业注册（变更执业地点）", "多地联办", "厦门—成都、昆明、西安", "市卫生健康委员会"],
        ["10", "道路运输从业人员从业资格证补发", "全程网办", "全国", "市交通运输局"],
        ["11", "机动车驾驶证审验", "异地代收代办", "全国", "市公安局交通警察支队"],
        ["12", "台湾居民来往大陆通行证换发", "异地代收代办", "厦门—成都、昆明、西安、乌鲁木齐", "市公安局出入境管理支队"],
    ]
    simple_table(doc, header, rows, [1.3, 4.8, 2.7, 3.4, 3.4], clauses, size=10.5,
                 left_cols=(1,))
    n1 = "注：1.“全程网办”指申请人通过网上申请即可完成全部办理流程；“异地代收代办”指由收件地“跨省通办”专窗代收材料、寄递至受理部门办理；“多地联办”指申请人只需到一地即可完成需多地办理的事项。"
    n2 = "2.通办区域为“全国”的，指在全国范围内可通办；其他事项的通办区域以我市与合作城市签订的合作协议为准。"
    add_par(doc, [(n1, FS, 10.5, False)], indent=False, line=16, before=4)
    p = add_par(doc, [(n2, FS, 10.5, False)], indent=False, line=16)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    # ---------- 附件2
    empty(doc, 1, line=20)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市“跨省通办”服务专窗联系方式", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    header2 = ["序号", "单位", "专窗地址", "咨询电话"]
    rows2 = [
        ["1", "市行政服务中心", "湖里区云顶北路842号一楼A区", "0592-5705188"],
        ["2", "思明区政务服务中心", "思明区嘉禾路396号", "0592-2113012"],
        ["3", "湖里区政务服务中心", "湖里区湖里大道89号", "0592-5330725"],
        ["4", "集美区政务服务中心", "集美区杏林湾路489号", "0592-6053311"],
        ["5", "海沧区政务服务中心", "海沧区滨湖北路99号", "0592-6890612"],
        ["6", "同安区政务服务中心", "同安区环城南路1108号", "0592-7026345"],
        ["7", "翔安区政务服务中心", "翔安区新店镇翔安西路8000号", "0592-7889210"],
    ]
    simple_table(doc, header2, rows2, [1.3, 4.2, 6.4, 3.6], clauses, size=10.5)

    banji(doc, "抄送：市委各部门，厦门警备区，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。",
          "厦门市人民政府办公厅", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府办公厅关于印发厦门市政务服务“跨省通办”事项清单（第三批）的通知",
            "doc_number": "厦府办〔2026〕21号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-10",
            "expires": None,
            "attachments": ["厦门市政务服务“跨省通办”事项清单（第三批）",
                            "厦门市“跨省通办”服务专窗联系方式"],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件公开发布",
            "repeals": "《厦门市人民政府办公厅关于做好政务服务“跨省通办”异地代收代办工作的通知》（厦府办〔2023〕88号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xieyi():
    """西部陆海新通道沿线五省（区、市）跨省通办合作协议（五方签章）。"""
    stem = "blind825_luhai_xieyi"
    doc = Document()
    setup(doc)
    LINE[0] = 26
    clauses = []

    for ln in ("西部陆海新通道沿线省（区、市）", "政务服务“跨省通办”合作协议"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, h, t, items=()):
        """第X条 with bold heading words; items typed as own paragraphs."""
        lead = no + "\u3000"
        add_par(doc, [(lead, HT, 16, False), (h, FS, 16, True), (t, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        clauses.append(lead + h + t + "".join(items))

    body("为贯彻落实《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》（国办发〔2020〕35号），服务共建“一带一路”和西部陆海新通道建设，重庆市大数据应用发展管理局、四川省政务服务和公共资源交易服务中心、贵州省政务服务中心、广西壮族自治区大数据发展局、云南省政务服务管理局（以下统称“合作各方”）经友好协商，达成如下协议。")
    chapter("第一章\u3000总\u3000\u3000则")
    art("第一条", "合作目标。", "到2026年底，合作各方实现本协议附件所列首批合作事项“跨省通办”；到2028年底，通办事项扩大到100项以上，基本实现沿线企业和群众异地办事“一地受理、一次办理”。")
    art("第二条", "合作原则。", "合作各方坚持依法依规、需求导向、安全可控，在不改变各方事权归属的前提下推进事项异地办理。")
    chapter("第二章\u3000合作内容")
    art("第三条", "事项清单。", "合作各方共同编制并动态调整“跨省通办”合作事项清单。首批合作事项清单见本协议附件，后续批次由联席会议审议确定后发布。")
    art("第四条", "办理方式。", "合作各方按照以下方式推进事项通办：", [
        "（一）全程网办。申请人通过全国一体化政务服务平台在线申请、获取结果，无需到现场。",
        "（二）异地代收代办。申请人在任一合作方“跨省通办”专窗提交材料，由收件部门核验后流转至办理部门。",
        "（三）多地联办。需到两地以上办理的事项，由首个受理部门牵头内部流转，申请人只需到一地办理。",
    ])
    art("第五条", "数据共享与电子证照互认。", "合作各方推进户籍、社保、不动产、经营主体等数据按需共享，对居民身份证、营业执照、社会保障卡等电子证照予以互认。")
    art("第六条", "窗口建设。", "合作各方应在省、市、县三级政务服务中心设置“跨省通办”专窗，统一事项名称、申请材料、办理流程和服务标准。")
    art("第七条", "开放平台先行先试。", "合作各方支持中国（重庆）、中国（四川）、中国（广西）、中国（云南）自由贸易试验区率先开展涉企事项“跨省通办”，为沿线外贸企业和“走出去”企业提供集成服务。")
    chapter("第三章\u3000保障机制")
    art("第八条", "联席会议。", "合作各方建立“跨省通办”联席会议制度，原则上每年召开一次，由各方轮流召集。2026年度联席会议由重庆市大数据应用发展管理局召集。")
    art("第九条", "联络机制。", "合作各方各明确一名联络员，负责日常沟通协调。")
    art("第十条", "信息安全。", "合作各方应当依照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等规定，共享数据仅用于合作事项办理，不得用于其他目的。")
    chapter("第四章\u3000附\u3000\u3000则")
    art("第十一条", "", "本协议未尽事宜，由合作各方协商解决。本协议附件与本协议具有同等效力。")
    art("第十二条", "", "本协议自2026年4月1日起生效，有效期至2028年12月31日。有效期届满前三个月内，合作各方可协商续签。")
    art("第十三条", "", "本协议一式五份，合作各方各执一份，具有同等法律效力。")
    add_par(doc, "附件：首批“跨省通办”合作事项清单", before=8, after=8)

    # signature block: party (盖章) then tab-aligned 负责人（签字）
    parties = ["重庆市大数据应用发展管理局", "四川省政务服务和公共资源交易服务中心",
               "贵州省政务服务中心", "广西壮族自治区大数据发展局", "云南省政务服务管理局"]
    for pt in parties:
        p = add_par(doc, pt + "（盖章）", indent=False, line=24)
        p.paragraph_format.keep_with_next = True
        p = add_par(doc, [("\t负责人（签字）：", FS, 16, False)], indent=False, line=24, after=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7.5))
    add_par(doc, "签订日期：2026年3月18日\u3000\u3000签订地点：重庆市渝北区", indent=False, before=6)

    # ---------- 附件 (two-level header, repeated header rows)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("首批“跨省通办”合作事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "事项名称", "办理方式", "通办区域"]):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 11)
    c = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(c, "受理部门", HT, 11)
    set_cell(t.cell(1, 4), "收件部门", HT, 11)
    set_cell(t.cell(1, 5), "办理部门", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "事项名称", "办理方式", "通办区域", "受理部门／收件部门", "受理部门／办理部门"]
    rows = [
        ["1", "住房公积金异地转移接续", "全程网办", "五省（区、市）", "—", "转入地住房公积金管理中心"],
        ["2", "跨省异地就医直接结算备案", "全程网办", "五省（区、市）", "—", "参保地医疗保障经办机构"],
        ["3", "社会保障卡申领", "异地代收代办", "五省（区、市）", "各地政务服务中心“跨省通办”专窗", "参保地社会保险经办机构"],
        ["4", "个体工商户注册登记", "异地代收代办", "五省（区、市）", "各地政务服务中心“跨省通办”专窗", "经营场所所在地市场监督管理部门"],
        ["5", "国际道路运输经营许可", "多地联办", "重庆、广西、云南", "申请人所在地道路运输管理机构", "申请人所在地省级交通运输主管部门"],
        ["6", "出口退（免）税备案", "全程网办", "五省（区、市）", "—", "企业主管税务机关"],
        ["7", "RCEP原产地证书签发", "异地代收代办", "五省（区、市）", "各地国际贸易“单一窗口”服务点", "企业所在地海关或贸促会签证机构"],
        ["8", "船员适任证书换发", "异地代收代办", "重庆、四川、广西", "各地政务服务中心“跨省通办”专窗", "船员所在地海事管理机构"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for ci, v in enumerate(r):
            set_cell(cells[ci], v, FS, 10.5, line=15,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4, 5) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    col_widths(t, [1.3, 3.5, 2.7, 2.3, 3.0, 3.2])
    note = "注：通办区域中“五省（区、市）”指重庆市、四川省、贵州省、广西壮族自治区、云南省。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "西部陆海新通道沿线省（区、市）政务服务“跨省通办”合作协议",
            "doc_number": None,
            "issuer": parties,
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "重庆市、四川省、贵州省、广西壮族自治区、云南省",
            "effective": "2026-04-01",
            "expires": "2028-12-31",
            "attachments": ["首批“跨省通办”合作事项清单"],
            "doc_type": "协议",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xianggan():
    """萍乡、株洲两市政府办公室联合印发湘赣边跨省通办事项清单（第二批）。"""
    stem = "blind825_xianggan_lianhe"
    doc = Document()
    setup(doc)
    LINE[0] = 28
    clauses = []

    # joint 红头: layout table, two organ names left, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "萍乡市人民政府办公室", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), "株洲市人民政府办公室", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    c = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(c, "文件", XBS, 36, color=RED, line=40)
    c.vertical_alignment = 1  # center
    col_widths(t, [11.6, 3.8])
    empty(doc, 1)
    p = add_par(doc, "萍府办发〔2025〕39号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    for ln in ("萍乡市人民政府办公室\u3000株洲市人民政府",
               "办公室关于印发湘赣边区域政务服务“跨省",
               "通办”事项清单（第二批）的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "萍乡市各县（区）人民政府、萍乡市人民政府各部门，株洲市各县市区人民政府、株洲市人民政府各部门：",
            indent=False)

    # body indented with typed full-width spaces (no paragraph indent)
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为深入推进湘赣边区域合作示范区建设，根据《湘赣边区域政务服务“跨省通办”合作协议》，萍乡、株洲两市共同梳理形成了《湘赣边区域政务服务“跨省通办”事项清单（第二批）》，现印发给你们，并就有关事项通知如下：")
    runin("一、抓好事项落地。", "各县（区）、各部门要对照清单，逐项细化办事指南，统一申请材料、办理流程和办结时限，于2025年12月31日前在江西政务服务网、湖南政务服务网同步上线。")
    runin("二、优化窗口服务。", "两市各级政务服务中心要在“跨省通办”专窗公示第二批事项，推行“收受分离”，对异地代收代办事项做到“当日收件、当日流转”。具体要求如下：")
    body("1.萍乡市湘东区、芦溪县和株洲市醴陵市、攸县等毗邻地区要设立“湘赣通办”联合窗口，实行“一窗受理、两地通办”。")
    body("2.各专窗要配备业务专员，严禁推诿扯皮。")
    runin("三、加强协同联动。", "两市政务服务管理部门要建立月调度、季通报工作机制，及时协调解决事项办理中的跨区域问题；两市大数据部门要加快推进电子证照共享互认，力争2026年6月底前实现清单内事项“免证办”比例达到60%以上。")
    runin("四、强化考核督导。", "“跨省通办”工作纳入两市营商环境评价，对落实不力的单位予以通报。")
    body("本清单自2026年1月1日起实施。")
    empty(doc, 1)
    add_par(doc, IND + "附件：湘赣边区域政务服务“跨省通办”事项清单（第二批）", indent=False)
    empty(doc, 1)
    # two organs' 落款 side by side with typed spaces, date under, Chinese numerals
    add_par(doc, "\u3000\u3000萍乡市人民政府办公室\u3000\u3000\u3000\u3000株洲市人民政府办公室",
            indent=False)
    add_par(doc, "\u3000" * 12 + "二〇二五年十二月十五日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------- 附件: table split by hand, second part headed "续表"
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("湘赣边区域政务服务“跨省通办”事项清单", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（第二批）"), XBS, 20)
    add_par(doc, [("（承诺时限单位：工作日）", KT, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=22, after=4)
    header = ["序号", "类别", "事项名称", "办理方式", "通办区域", "受理部门", "承诺时限"]
    widths = [1.3, 2.0, 3.9, 2.7, 2.4, 3.3, 1.5]
    part1 = [
        ["1", "社会保障", "企业职工基本养老保险关系转移", "全程网办", "湘赣边区域", "参保地社会保险经办机构", "15"],
        ["2", "社会保障", "城乡居民基本养老保险关系转移", "全程网办", "湘赣边区域", "参保地社会保险经办机构", "15"],
        ["3", "社会保障", "工伤保险待遇申领（异地居住）", "异地代收代办", "萍乡市、株洲市", "参保地社会保险经办机构", "20"],
        ["4", "社会保障", "职工医保个人账户一次性支取", "全程网办", "萍乡市、株洲市", "参保地医疗保障经办机构", "10"],
        ["5", "教育", "普通话水平测试等级证书补办", "全程网办", "湘赣边区域", "市语言文字工作委员会办公室", "5"],
        ["6", "教育", "中小学学籍转接", "多地联办", "萍乡市、株洲市、浏阳市、醴陵市", "转入学校所在地教育行政部门", "7"],
        ["7", "市场准入", "仅销售预包装食品备案", "全程网办", "萍乡市、株洲市", "经营场所所在地市场监督管理部门", "即办"],
        ["8", "市场准入", "烟草专卖零售许可证延续", "异地代收代办", "萍乡市、株洲市", "县级烟草专卖局", "10"],
    ]
    part2 = [
        ["9", "市场准入", "公司股东变更登记", "全程网办", "湘赣边区域", "企业登记机关", "1"],
        ["10", "交通出行", "机动车检验合格标志核发", "全程网办", "湘赣边区域", "车辆登记地公安交通管理部门", "即办"],
        ["11", "交通出行", "道路运输经营许可证变更", "异地代收代办", "萍乡市、株洲市", "县级道路运输管理机构", "10"],
        ["12", "住房保障", "住房公积金缴存证明出具", "全程网办", "湘赣边区域", "缴存地住房公积金管理中心", "即办"],
        ["13", "住房保障", "住房公积金异地贷款缴存使用证明", "全程网办", "湘赣边区域", "缴存地住房公积金管理中心", "即办"],
        ["14", "不动产", "不动产登记资料查询", "异地代收代办", "萍乡市、株洲市", "不动产所在地不动产登记机构", "3"],
    ]

    def part_table(rows):
        tb = doc.add_table(rows=1 + len(rows), cols=len(header))
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(tb.rows[0].cells[i], h, HT, 10.5, line=15)
        repeat_header(tb.rows[0])
        for ri, r in enumerate(rows, 1):
            for ci, v in enumerate(r):
                if ci == 1:
                    continue
                set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, line=15,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(header, r))
        # vertically merge the 类别 column over runs of the same value
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][1] == rows[ri][1]:
                rj += 1
            c = tb.cell(ri + 1, 1)
            if rj > ri:
                c = c.merge(tb.cell(rj + 1, 1))
            set_cell(c, rows[ri][1], FS, 10.5, line=15)
            c.vertical_alignment = 1
            ri = rj + 1
        col_widths(tb, widths)
        return tb

    part_table(part1)
    page_break(doc)
    add_par(doc, [("续表", KT, 12, False)], indent=False, line=22, after=4)
    part_table(part2)
    note = "注：“湘赣边区域”指湘赣边区域合作示范区所辖湖南、江西两省24个县（市、区）。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=4)
    clauses.append(note)

    banji(doc, "抄送：萍乡市委办公室，株洲市委办公室，两市人大常委会办公室、政协办公室。",
          "萍乡市人民政府办公室", "2025年12月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "萍乡市人民政府办公室\u3000株洲市人民政府办公室关于印发湘赣边区域政务服务“跨省通办”事项清单（第二批）的通知",
            "doc_number": "萍府办发〔2025〕39号",
            "issuer": ["萍乡市人民政府办公室", "株洲市人民政府办公室"],
            "date": "2025-12-15",
            "published": None,
            "level": "municipal",
            "region": "萍乡市、株洲市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["湘赣边区域政务服务“跨省通办”事项清单（第二批）"],
            "doc_type": "通知",
            "recipients": ["萍乡市各县（区）人民政府", "萍乡市人民政府各部门",
                           "株洲市各县市区人民政府", "株洲市人民政府各部门"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_xieyi(), doc_xianggan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
