# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 851: 招商引资项目投资协议书（管委会与外资企业）及其备案登记表.

Writes three Word files + PDFs + expected.json into this script's directory.
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
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
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


def field(p, instr, name=SONG, size=14):
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6), footer="gov"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "gov":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # contract style: 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def col_widths(t, widths):
    """fix column widths: tblGrid + every w:tc (respecting gridSpan), autofit off."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for tr in t._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            tw = sum(w.twips for w in widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(tw))
            tcw.set(qn("w:type"), "dxa")
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 12, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_851", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# =================================================================== DOC A
# 投资协议书 (contract layout: 宋体小四, 1.1 numbering, 签署页, 附件1 进度表)
def doc_xieyi():
    stem = "blind851_kunming_xieyishu"
    doc = Document()
    setup(doc, SONG, 12, margins=(2.2, 2.0, 2.6, 2.4), footer="contract")
    clauses = []
    S = 12
    L = 18

    add_par(doc, [("编号：KJK-ZS-2026-011", SONG, 10.5, False)], size=S,
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    # title wrapped at an odd place with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("泰国金湄集团冷链物流及农产品"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("精深加工项目投资协议书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=12)

    def para(t, **kw):
        clauses.append(t)
        add_par(doc, [(t, SONG, S, False)], size=S, line=L, **kw)

    # party block: each line its own paragraph, some half-width colons typed
    for t in ["甲方：昆明经济技术开发区管理委员会",
              "住所：云南省昆明市经济技术开发区经开路3号",
              "法定代表人：赵卫国　　职务：主任",
              "乙方：泰国金湄集团股份有限公司（GOLDEN MEKONG GROUP PUBLIC COMPANY LIMITED）",
              "注册地址：泰国曼谷市是隆路(Silom Road)88号金湄大厦18层",
              "授权代表：颂猜·差伦蓬(Somchai Charoenphon)　　职务：副总裁"]:
        clauses.append(t)
        bold = t.startswith("甲方") or t.startswith("乙方")
        add_par(doc, [(t, HT if bold else SONG, S, False)], size=S, line=L, indent=False)
    para("为深化中国与东盟国家经贸合作，推动面向南亚东南亚辐射中心建设，甲乙双方本着平等自愿、互利共赢、诚实守信的原则，根据《中华人民共和国外商投资法》《中华人民共和国民法典》等法律法规，经友好协商，就乙方在甲方辖区内投资建设冷链物流及农产品精深加工项目事宜达成如下协议，以资共同遵守：")

    def article(head, items, table=None):
        """article heading line (黑体) + numbered items as own paragraphs."""
        add_par(doc, [(head, HT, S, False)], size=S, line=L, before=2)
        txt = head
        for it in items:
            add_par(doc, [(it, SONG, S, False)], size=S, line=L)
            txt += it
        clauses.append(txt)

    article("第一条　项目概况", [
        "1.1　项目名称：泰国金湄集团冷链物流及农产品精深加工项目（以下简称“本项目”）。",
        "1.2　项目选址：昆明经济技术开发区洛羊片区，用地面积约186亩（约124000平方米），具体以自然资源主管部门出具的规划条件和宗地红线图为准。",
        "1.3　建设内容：建设冷链仓储中心（库容约12万吨）、热带水果及农产品精深加工生产线8条、中老泰跨境冷链物流分拨中心及配套研发检测中心。",
        "1.4　投资规模：项目计划总投资1.5亿美元（折合人民币约10.8亿元），其中固定资产投资不低于人民币8.6亿元。",
    ])
    article("第二条　项目公司", [
        "2.1　乙方应于本协议签订之日起60日内，在甲方辖区内注册设立外商独资企业（以下简称“项目公司”），注册资本不低于5000万美元，经营期限不少于30年。项目公司的注册地、税务征管关系和统计关系均应在甲方辖区内。",
        "2.2　项目公司设立后，本协议项下乙方的权利义务由项目公司承继，乙方对项目公司履行本协议承担连带责任。",
    ])
    article("第三条　建设进度", [
        "3.1　乙方应于取得项目用地之日起6个月内开工建设，具体进度安排见附件1。",
        "3.2　项目分两期建设：一期建设冷链仓储中心和4条加工生产线，于2027年6月30日前建成投产；二期建设其余4条加工生产线、跨境冷链物流分拨中心及研发检测中心，于2028年12月31日前全面建成投产。",
    ])
    article("第四条　项目用地", [
        "4.1　项目用地性质为工业用地，出让年限50年，由项目公司依法通过招标拍卖挂牌方式取得。",
        "4.2　甲方负责在土地出让前完成地块征收补偿和场地平整，确保地块具备“七通一平”交地条件。",
        "4.3　项目投资强度不低于人民币450万元/亩，容积率不低于1.2，行政办公及生活服务设施用地面积不超过项目总用地面积的7%。",
    ])
    article("第五条　经济效益指标", [
        "5.1　甲方会同有关部门于每年第一季度对项目上一年度经济指标完成情况进行核查，乙方应如实提供财务报表和纳税证明。",
        "5.2　乙方承诺项目达产后各年度主要经济指标不低于下表所列数值：",
    ])
    hdr = ["序号", "指标名称", "单位", "达产第一年", "达产第二年", "达产第三年及以后"]
    rows = [["1", "年营业收入", "万元", "180000", "240000", "300000"],
            ["2", "年纳税总额", "万元", "6500", "9000", "12000"],
            ["3", "亩均税收", "万元/亩", "34.9", "48.4", "64.5"],
            ["4", "带动就业", "人", "600", "800", "1000"]]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, SONG, 10.5, line=16)
        clauses.append(row_clause(hdr, r))
    col_widths(t, [Cm(1.2), Cm(3.0), Cm(2.0), Cm(2.6), Cm(2.6), Cm(3.6)])
    article("第六条　甲方的权利和义务", [
        "6.1　甲方为项目公司办理企业登记、外商投资信息报告、项目备案、规划许可、施工许可等手续提供“一站式”代办服务。",
        "6.2　甲方负责将供水、供电、供气、通信、雨污水管网等市政配套设施建设至项目用地红线外。",
        "6.3　甲方在法定权限范围内，支持项目公司按规定申报国家、云南省及昆明市现行扶持政策。甲方有权对乙方履行本协议情况进行监督检查。",
    ])
    article("第七条　乙方的权利和义务", [
        "7.1　乙方应按约定的投资规模、建设内容和进度完成项目建设，未经甲方书面同意不得改变项目用地用途。",
        "7.2　乙方应遵守中国法律法规，依法经营、依法纳税，落实安全生产和生态环境保护主体责任，优先招用本地劳动力。",
        "7.3　项目竣工投产前，未经甲方书面同意，乙方不得转让项目公司股权或本协议项下权利义务。",
    ])
    article("第八条　违约责任", [
        "8.1　乙方逾期开工或者逾期竣工投产超过6个月的，甲方有权书面通知乙方限期整改；超过12个月的，甲方有权解除本协议，并依法依规处置项目用地。",
        "8.2　项目达产后连续两年未达到本协议第五条约定的年纳税总额指标的，乙方应按实际纳税额与约定指标差额的20%向甲方支付违约金。",
        "8.3　因甲方原因未能按期交地的，项目建设期限相应顺延；给乙方造成损失的，甲方依法承担相应责任。",
    ])
    article("第九条　争议解决", [
        "因本协议引起的或者与本协议有关的争议，双方应友好协商解决；协商不成的，任何一方均可提交昆明仲裁委员会仲裁，仲裁裁决是终局的。",
    ])
    article("第十条　其他", [
        "10.1　本协议适用中华人民共和国法律。本协议未尽事宜，由双方另行签订补充协议，补充协议与本协议具有同等法律效力。",
        "10.2　本协议自双方法定代表人或授权代表签字并加盖公章之日起生效，有效期至2036年3月17日。",
        "10.3　本协议以中文和英文书就，两种文本如有歧义，以中文文本为准。本协议一式陆份，甲方执肆份，乙方执贰份。",
        "10.4　本协议附件包括：附件1项目投资进度计划表；附件2项目用地范围示意图。附件为本协议不可分割的组成部分。（以下无正文）",
    ])

    # ----- 签署栏 (tabs used to put the two parties side by side); it lands on the
    # last body page, right under "（以下无正文）"
    empty(doc, 2, 24)
    tab = Cm(8.5)

    def sig(left, right, bold=False):
        p = add_par(doc, [(left, HT if bold else SONG, S, False), ("\t", SONG, S, False),
                          (right, HT if bold else SONG, S, False)], size=S, indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(tab)
        return p

    sig("甲方（盖章）：", "乙方（盖章）：", True)
    sig("昆明经济技术开发区管理委员会", "泰国金湄集团股份有限公司")
    empty(doc, 2, 24)
    sig("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）：")
    empty(doc, 2, 24)
    sig("签署日期：2026年3月18日", "签署日期：2026年3月18日")
    empty(doc, 1, 24)
    add_par(doc, [("签署地点：中国·云南省昆明市", SONG, S, False)], size=S, indent=False, line=30)

    # ----- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 14, False)], size=S, indent=False, line=24)
    add_par(doc, [("项目投资进度计划表", XBS, 18, False)], size=S,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=6)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "建设阶段", "主要建设内容", "计划时间", None, "责任方"]
    for i, h in enumerate(top):
        if h is not None:
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    set_cell(t.rows[1].cells[3], "开始", HT, 10.5, line=16)
    set_cell(t.rows[1].cells[4], "完成", HT, 10.5, line=16)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "计划时间", HT, 10.5, line=16)
    for ci in (0, 1, 2, 5):
        txt = top[ci]
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, txt, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "建设阶段", "主要建设内容", "计划时间／开始", "计划时间／完成", "责任方"]
    rows = [
        ["1", "前期手续", "项目公司注册登记、外商投资信息报告、项目备案、环评、能评等", "2026年3月", "2026年6月", "乙方（甲方协助）"],
        ["2", "土地出让", "完成场地平整，依法取得项目用地使用权", "2026年5月", "2026年7月", "甲方、乙方"],
        ["3", "一期建设", "冷链仓储中心及4条加工生产线建设、设备安装调试", "2026年9月", "2027年6月", "乙方"],
        ["4", "二期建设", "其余4条加工生产线、跨境冷链物流分拨中心及研发检测中心建设", "2027年7月", "2028年12月", "乙方"],
        ["5", "全面达产", "各生产线满负荷运行，达到协议约定的经济指标", "2029年1月", "2029年12月", "乙方"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for ci, v in enumerate(r):
            set_cell(cells[ci], v, SONG, 10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, r))
    col_widths(t, [Cm(1.1), Cm(2.0), Cm(5.3), Cm(2.5), Cm(2.5), Cm(2.6)])
    note = "注：因甲方原因导致交地延迟的，上述时间节点相应顺延。"
    add_par(doc, [(note, SONG, 10.5, False)], size=S, indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "泰国金湄集团冷链物流及农产品精深加工项目投资协议书",
            "doc_number": "KJK-ZS-2026-011",
            "issuer": ["昆明经济技术开发区管理委员会", "泰国金湄集团股份有限公司"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": "2026-03-18",
            "expires": "2036-03-17",
            "attachments": ["项目投资进度计划表", "项目用地范围示意图"],
            "doc_type": "协议书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 上行文 备案报告 with 签发人, 特急, 附件1 备案登记表 (form with merged cells)
def doc_baogao():
    stem = "blind851_kunming_beian_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", SONG, 16, False)], indent=False, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    p = doc.add_paragraph()
    font(p.add_run("昆明经济技术开发区管理委员会文件"), XBS, 26, False, RED, spacing=-10)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52, before=18)
    empty(doc, 1)
    p = add_par(doc, [("昆经开管报〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("赵卫国", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title over three paragraphs, wrapped where the clerk pressed Enter
    for line in ["昆明经济技术开发区管理委员会关于泰国金湄",
                 "集团冷链物流及农产品精深加工项目",
                 "投资协议备案的报告"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2026年3月18日，我委与泰国金湄集团股份有限公司在昆明正式签订《泰国金湄集团冷链物流及农产品精深加工项目投资协议书》（协议编号：KJK-ZS-2026-011）。根据《昆明市招商引资项目投资协议备案管理办法》（昆政办〔2024〕38号）有关规定，现将协议有关情况报告如下，请予备案。")
    head("一、项目基本情况")
    runin("（一）投资方情况。", "泰国金湄集团股份有限公司成立于1998年，总部位于泰国曼谷，系泰国证券交易所上市公司，主营热带水果种植、农产品加工及跨境冷链物流，2025年营业收入约合人民币126亿元。")
    runin("（二）项目内容。", "项目选址昆明经济技术开发区洛羊片区，用地面积约186亩，计划总投资1.5亿美元（折合人民币约10.8亿元），建设冷链仓储中心、热带水果及农产品精深加工生产线8条、中老泰跨境冷链物流分拨中心及配套研发检测中心，分两期建设，2028年12月底前全面建成投产。项目达产后，预计年营业收入30亿元、年纳税总额1.2亿元，带动就业1000人。")
    runin("（三）协议主要约定。", "协议对项目公司设立、建设进度、用地条件、经济指标和违约责任等作了约定，主要包括：")
    body("1.乙方在协议签订后60日内在我区注册设立外商独资项目公司，注册资本不低于5000万美元，经营期限不少于30年。")
    body("2.项目用地通过招标拍卖挂牌方式依法取得，投资强度不低于450万元/亩。")
    body("3.项目达产后连续两年未达到约定年纳税指标的，乙方按差额的20%支付违约金。")
    head("二、合法性审查情况")
    body("协议签订前，我委组织法律顾问及财政、自然资源等部门对协议文本进行了合法性审查和公平竞争审查。协议不存在违规承诺税收返还、财政补贴或者减免土地出让金等条款，所涉政策支持事项均在国家和省、市现行政策范围内。")
    head("三、下一步工作")
    runin("（一）强化要素保障。", "加快推进项目地块征收和场地平整，确保2026年7月底前具备供地条件。")
    runin("（二）做好跟踪服务。", "落实项目“专班+专员”服务机制，协助项目公司办理外商投资信息报告、项目备案等手续，推动项目早开工、早投产。")
    runin("（三）加强履约监管。", "建立协议履约台账，每半年向市投资促进局报送项目进展情况，对未按约定履约的依法依规处理。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 list with hanging indent; second item aligned with typed full-width spaces
    p = add_par(doc, "附件：1.泰国金湄集团冷链物流及农产品精深加工项目投资协议备案登记表", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    p = add_par(doc, "2.泰国金湄集团冷链物流及农产品精深加工项目投资协议书（复印件）", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    empty(doc, 1)
    p = add_par(doc, "昆明经济技术开发区管理委员会", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年三月二十五日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（联系人：李晓东；联系电话：0871-67450321）")

    # ----- 附件1: 备案登记表 (label/value form, merged value cells)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("招商引资项目投资协议备案登记表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=6)
    line1 = "填报单位（盖章）：昆明经济技术开发区管理委员会　　填报日期：2026年3月25日"
    add_par(doc, [(line1, FS, 12, False)], indent=False, line=20)
    clauses.append(line1)
    form = [
        ("项目名称", "泰国金湄集团冷链物流及农产品精深加工项目"),
        ("协议编号", "KJK-ZS-2026-011", "签订日期", "2026年3月18日"),
        ("甲方", "昆明经济技术开发区管理委员会", "乙方", "泰国金湄集团股份有限公司"),
        ("投资方国别（地区）", "泰国", "投资方式", "新设外商独资企业"),
        ("项目选址", "昆明经济技术开发区洛羊片区", "用地面积", "约186亩"),
        ("计划总投资", "1.5亿美元（折合人民币约10.8亿元）", "固定资产投资", "不低于人民币8.6亿元"),
        ("注册资本", "不低于5000万美元", "所属行业", "冷链物流、农副食品加工业"),
        ("建设周期", "2026年9月至2028年12月", "预计达产年份", "2029年"),
        ("达产后年营业收入", "30亿元", "达产后年纳税总额", "1.2亿元"),
        ("主要建设内容", "冷链仓储中心（库容约12万吨）、热带水果及农产品精深加工生产线8条、中老泰跨境冷链物流分拨中心及配套研发检测中心。"),
        ("政策支持事项", "无超出国家、云南省、昆明市现行政策规定的优惠承诺。"),
        ("报送单位意见", "经审核，该项目符合国家产业政策和昆明经济技术开发区产业发展规划，协议条款合法合规，同意报送备案。"),
        ("联系人", "李晓东", "联系电话", "0871-67450321"),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, r in enumerate(form):
        cells = t.rows[ri].cells
        if len(r) == 2:
            set_cell(cells[0], r[0], HT, 10.5, line=17)
            m = cells[1].merge(cells[3])
            set_cell(m, r[1], FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=17)
            clauses.append("%s：%s" % r)
        else:
            set_cell(cells[0], r[0], HT, 10.5, line=17)
            set_cell(cells[1], r[1], FS, 10.5, line=17)
            set_cell(cells[2], r[2], HT, 10.5, line=17)
            set_cell(cells[3], r[3], FS, 10.5, line=17)
            clauses.append("%s：%s；%s：%s" % r)
    col_widths(t, [Cm(3.4), Cm(4.6), Cm(3.2), Cm(4.4)])
    note = "注：本表一式三份，报送单位、市投资促进局、市商务局各留存一份。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    banji(doc, "抄送：市投资促进局，市商务局，市自然资源和规划局，市司法局。",
          "昆明经济技术开发区管理委员会办公室", "2026年3月25日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明经济技术开发区管理委员会关于泰国金湄集团冷链物流及农产品精深加工项目投资协议备案的报告",
            "doc_number": "昆经开管报〔2026〕7号",
            "issuer": ["昆明经济技术开发区管理委员会"],
            "date": "2026-03-25",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["泰国金湄集团冷链物流及农产品精深加工项目投资协议备案登记表",
                            "泰国金湄集团冷链物流及农产品精深加工项目投资协议书（复印件）"],
            "doc_type": "报告",
            "recipients": ["昆明市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 下行文 印发通知 + 办法 (章/条), 附件 blank 备案登记表 with two-level header
def doc_banfa():
    stem = "blind851_hefei_xieyi_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("合肥经济技术开发区管理委员会"), XBS, 30, False, RED, spacing=-20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=30)
    empty(doc, 1)
    p = add_par(doc, "合经区管〔2026〕21号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("合肥经济技术开发区管理委员会关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《合肥经济技术开发区招商引资项目投资"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("协议管理办法》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各部门、各园区，各直属单位：", indent=False)
    t = "《合肥经济技术开发区招商引资项目投资协议管理办法》已经管委会2026年第6次主任办公会议审议通过，现印发给你们，请认真贯彻执行。"
    add_par(doc, IND + t, indent=False)   # indent typed as full-width spaces
    clauses.append(t)
    empty(doc, 1)
    add_par(doc, IND + "附件：合肥经济技术开发区招商引资项目投资协议备案登记表", indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, "\u3000" * 9 + "合肥经济技术开发区管理委员会", indent=False)
    add_par(doc, "\u3000" * 14 + "2026年4月15日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ----- the 办法
    page_break(doc)
    for line in ["合肥经济技术开发区招商引资项目", "投资协议管理办法"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)

    def art(no, text, items=None):
        # the clerk squeezed the 办法 to fixed 26pt line spacing to save a page
        p = add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)], line=26)
        full = no + "\u3000" + text
        if items:
            # items typed with Shift+Enter inside the same paragraph
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
                full += it
        clauses.append(full)

    chapter("第一章　总　则")
    art("第一条", "为规范招商引资项目投资协议的签订和履行，维护投资者合法权益，根据《中华人民共和国外商投资法》《公平竞争审查条例》等法律法规和有关规定，结合开发区实际，制定本办法。")
    art("第二条", "本办法所称投资协议，是指管委会或者经管委会授权的部门、园区（以下统称签约主体）与境内外投资者签订的投资协议书、合作框架协议及补充协议。")
    art("第三条", "投资协议的签订和履行应当遵循依法合规、平等互利、诚实守信的原则。对外商投资项目依法给予国民待遇，不得违规设置准入限制。")
    chapter("第二章　协议签订")
    art("第四条", "投资协议应当包括以下主要内容：", [
        "（一）签约双方的名称、住所、法定代表人；",
        "（二）项目名称、建设内容、投资规模及建设周期；",
        "（三）项目用地面积、位置及供地方式；",
        "（四）投资强度、亩均税收等经济指标；",
        "（五）双方权利义务、违约责任和争议解决方式。"])
    art("第五条", "投资协议签订前，承办部门应当将协议文本提交区法制工作机构进行合法性审查，并按照规定开展公平竞争审查。未经审查或者审查未通过的，不得签订。")
    art("第六条", "投资协议不得约定以下内容：", [
        "（一）违反规定给予税收返还、财政奖补或者减免土地出让金；",
        "（二）超越签约主体法定权限的承诺；",
        "（三）其他违反法律法规和国家政策的内容。"])
    chapter("第三章　备案管理")
    art("第七条", "投资协议实行备案管理。承办部门应当自协议签订之日起15个工作日内，填写《合肥经济技术开发区招商引资项目投资协议备案登记表》（见附件），连同协议文本报区投资促进局备案。")
    art("第八条", "外商投资项目投资协议备案时，承办部门应当督促投资者依法报送外商投资信息，并将备案材料抄送区经贸发展局。")
    chapter("第四章　履约监管")
    art("第九条", "承办部门负责投资协议履约跟踪，每半年对项目建设进度、投资强度和经济指标完成情况进行核查，核查结果报区投资促进局。")
    art("第十条", "投资者未按约定履约的，承办部门应当及时督促整改；需要解除协议或者追究违约责任的，按照协议约定和法定程序办理。")
    chapter("第五章　附　则")
    art("第十一条", "本办法自2026年5月1日起施行，有效期至2028年4月30日。《合肥经济技术开发区招商引资项目合同管理暂行办法》（合经区管〔2021〕45号）同时废止。")

    # ----- 附件: blank 登记表 with two-level header (header rows repeated)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("合肥经济技术开发区招商引资项目投资协议备案登记表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    cols = 9
    t = doc.add_table(rows=2 + 6, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "项目名称", "投资方", None, "协议签订日期", "计划总投资（万元）",
           "其中外资（万美元）", "承办部门", "备注"]
    for ci, h in enumerate(top):
        if h is None:
            continue
        if ci == 2:
            m = t.cell(0, 2).merge(t.cell(0, 3))
            set_cell(m, h, HT, 10.5, line=15)
        else:
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, h, HT, 10.5, line=15)
    set_cell(t.cell(1, 2), "名称", HT, 10.5, line=15)
    set_cell(t.cell(1, 3), "国别（地区）", HT, 10.5, line=15)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri in range(2, 8):
        t.rows[ri].height = Cm(1.0)
    col_widths(t, [Cm(1.0), Cm(2.6), Cm(2.4), Cm(1.6), Cm(1.8), Cm(1.7), Cm(1.7), Cm(1.6), Cm(1.2)])
    empty(doc, 1, 12)
    add_par(doc, [("填表说明：", HT, 14, False)], indent=False, line=24)
    for it in [
        "1.本表由承办部门填写，随投资协议文本一并报送区投资促进局；同一批次报送多个协议的，可在同一张表内逐行填写。",
        "2.“国别（地区）”栏，境内投资者填写“中国”，港澳台投资者分别填写“中国香港”“中国澳门”“中国台湾”。",
        "3.“计划总投资”以人民币万元计；外商投资项目同时填写“其中外资”栏，以万美元计，按协议签订当月人民币汇率中间价折算。",
        "4.本表一式两份，承办部门和区投资促进局各留存一份。",
    ]:
        add_par(doc, [(it, FS, 14, False)], line=24, size=14)
        clauses.append(it)

    banji(doc, "抄送：市商务局，市投资促进局，市司法局。",
          "合肥经济技术开发区管理委员会党政办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合肥经济技术开发区管理委员会关于印发《合肥经济技术开发区招商引资项目投资协议管理办法》的通知",
            "doc_number": "合经区管〔2026〕21号",
            "issuer": ["合肥经济技术开发区管理委员会"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["合肥经济技术开发区招商引资项目投资协议备案登记表"],
            "doc_type": "通知",
            "recipients": ["各部门", "各园区", "各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "《合肥经济技术开发区招商引资项目合同管理暂行办法》（合经区管〔2021〕45号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xieyi(), doc_baogao(), doc_banfa()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
