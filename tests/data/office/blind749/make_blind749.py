# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 749: 政府信息公开依申请公开答复/告知书 (商务厅、自贸片区管委会), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    else:
        pf.first_line_indent = Pt(0)
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


def _field(p, instr, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col:col + span]))
            col += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_749", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 浙江省商务厅 红头 答复书：部分公开，附表 + 附件1 申请表 + 附件2 企业名单
def doc_zhejiang():
    stem = "blind749_zj_dafu"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("浙江省商务厅", XBS, 48, False, RED)], align=C, indent=False, line=66, before=18)
    p = add_par(doc, [("浙商务依申复〔2026〕46号", FS, 16, False)], align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped oddly with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅政府信息公开"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("申请答复书"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "周某某：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    body("本机关于2026年3月9日收到您通过“浙江政务服务网”政府信息公开申请平台提交的政府信息公开申请（申请编号：ZJSWT-YSQ-2026-0112），申请获取“2025年度浙江省企业对共建‘一带一路’国家境外投资备案情况，包括备案企业名单、投资目的地、中方投资额”。因您申请的部分信息涉及第三方商业秘密，本机关于2026年3月12日书面征求第三方意见，征求第三方意见所需时间不计算在答复期限内。经审查，现答复如下：")
    runin("一、关于境外投资备案总体情况。", "2025年，本机关及各设区市商务主管部门共备案（核准）我省企业对共建“一带一路”国家境外投资项目1136个，中方投资备案额合计186.42亿美元。分区域情况如下：")
    # table caption with unit
    add_par(doc, [("2025年浙江省企业对共建“一带一路”国家境外投资备案分区域情况", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    add_par(doc, [("（单位：个，亿美元，%）", KT, 12, False)], align=C, indent=False, line=20)
    header = ["区域", "项目数", "中方投资备案额", "占比"]
    rows = [
        ["东南亚", "412", "78.36", "42.0"],
        ["南亚", "96", "12.85", "6.9"],
        ["中亚", "58", "9.42", "5.1"],
        ["西亚北非", "164", "31.27", "16.8"],
        ["中东欧", "87", "14.63", "7.8"],
        ["非洲", "139", "18.94", "10.2"],
        ["拉丁美洲", "121", "17.33", "9.3"],
        ["大洋洲及其他", "59", "3.62", "1.9"],
        ["合计", "1136", "186.42", "100.0"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, bold=(row[0] == "合计"))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, [4.4, 3.2, 4.4, 3.0])
    note = "注：数据来源于商务部对外投资和经济合作业务统计系统，按备案（核准）日期统计；占比按中方投资备案额计算，因四舍五入，分项之和与合计可能略有出入。"
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    runin("二、关于备案企业名单及投资目的地。", "境外投资备案企业名单及投资目的地信息涉及企业经营信息。根据《中华人民共和国政府信息公开条例》第十五条、第三十二条的规定，本机关就您申请公开的信息书面征求了相关企业意见，其中18家企业书面同意公开，其余企业不同意公开或者逾期未提出意见。经审查，其余企业的相关信息公开后可能损害第三方合法权益，且不公开不会对公共利益造成重大影响。本机关决定对同意公开的18家企业名单及投资目的地予以公开（见附件2），对其余企业相关信息不予公开。")
    runin("三、关于中方投资额。", "单个境外投资项目的中方投资额属于企业商业秘密，公开后可能损害第三方合法权益，根据《中华人民共和国政府信息公开条例》第十五条的规定，本机关决定不予公开。各区域汇总数据已在本答复书第一项中提供。")
    runin("四、其他说明。", "您还可以通过本机关门户网站“政府信息公开—统计信息”栏目查阅《2025年浙江省对外投资合作发展报告》，了解我省企业对共建“一带一路”国家投资合作的其他已公开信息。")
    body("如对本答复不服，可以在收到本答复书之日起60日内向浙江省人民政府申请行政复议，或者在收到本答复书之日起6个月内向杭州铁路运输法院提起行政诉讼。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed spaces
    p = add_par(doc, "附件：1．政府信息公开申请表（复印件）", indent=True)
    p = add_par(doc, "\u3000\u3000\u3000\u3000\u3000" + "2．2025年度对共建“一带一路”国家境外投资备案企业名单（同意公开部分）", indent=False)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    p = add_par(doc, "浙江省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月30日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)

    # ---- 附件1: application form
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("政府信息公开申请表", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("编号：ZJSWT-YSQ-2026-0112", FS, 12, False)], align=R, indent=False, line=22)
    ft = doc.add_table(rows=10, cols=4)
    ft.style = "Table Grid"
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER

    def section(ri, text):
        c = ft.rows[ri].cells[0].merge(ft.rows[ri].cells[3])
        set_cell(c, text, HT, 12)

    def pair_row(ri, a, b, c2, d):
        set_cell(ft.rows[ri].cells[0], a, HT, 12)
        set_cell(ft.rows[ri].cells[1], b, FS, 12, align=L)
        set_cell(ft.rows[ri].cells[2], c2, HT, 12)
        set_cell(ft.rows[ri].cells[3], d, FS, 12, align=L)
        clauses_att.append("%s：%s；%s：%s" % (a, b, c2, d))

    def wide_row(ri, a, b):
        set_cell(ft.rows[ri].cells[0], a, HT, 12)
        c = ft.rows[ri].cells[1].merge(ft.rows[ri].cells[3])
        set_cell(c, b, FS, 12, align=L)
        clauses_att.append("%s：%s" % (a, b))

    clauses_att = []
    section(0, "申请人信息")
    pair_row(1, "姓名", "周某某", "工作单位", "杭州某跨境供应链管理有限公司")
    pair_row(2, "证件名称", "居民身份证", "证件号码", "330106********1523")
    pair_row(3, "通信地址", "杭州市西湖区文三路××号", "邮政编码", "310012")
    pair_row(4, "联系电话", "138****6720", "电子邮箱", "zhou****@163.com")
    section(5, "所需政府信息情况")
    wide_row(6, "所需信息的内容描述", "2025年度浙江省企业对共建“一带一路”国家境外投资备案情况，包括备案企业名单、投资目的地、中方投资额。")
    wide_row(7, "所需信息的文号（选填）", "无")
    wide_row(8, "获取信息的方式", "□纸质文本　☑电子邮件　□光盘　□当面查阅")
    pair_row(9, "申请人签名", "周某某", "申请日期", "2026年3月9日")
    set_widths(ft, [3.6, 4.6, 2.8, 4.6])
    clauses.extend(clauses_att)

    # ---- 附件2: company list, header repeated
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2025年度对共建“一带一路”国家境外投资"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("备案企业名单（同意公开部分）"), XBS, 20)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header2 = ["序号", "企业名称", "投资目的地", "主要投资领域"]
    rows2 = [
        ["浙江恒邦纺织科技有限公司", "越南", "纺织服装"],
        ["宁波海晟新能源科技有限公司", "泰国", "光伏组件制造"],
        ["杭州云帆数智科技有限公司", "新加坡", "数字服务"],
        ["绍兴锦程印染集团有限公司", "埃及", "印染加工"],
        ["温州东瓯电气有限公司", "塞尔维亚", "输配电设备"],
        ["台州宏远汽配股份有限公司", "匈牙利", "汽车零部件"],
        ["金华丰禾五金工具有限公司", "印度尼西亚", "五金工具"],
        ["嘉兴华茂化纤有限公司", "马来西亚", "化学纤维"],
        ["湖州南太湖电机有限公司", "土耳其", "电机制造"],
        ["义乌市商博国际贸易有限公司", "阿联酋", "商贸物流"],
        ["舟山海晖船舶修造有限公司", "斯里兰卡", "船舶修理"],
        ["丽水瓯江竹木制品有限公司", "柬埔寨", "竹木制品"],
        ["衢州诚科氟材料有限公司", "哈萨克斯坦", "氟化工"],
        ["杭州钱塘智联物流有限公司", "匈牙利", "仓储物流"],
        ["宁波甬兴橡塑制品有限公司", "巴基斯坦", "橡塑制品"],
        ["浙江安吉竹语家居有限公司", "老挝", "家具制造"],
        ["温州瓯海鞋业有限公司", "埃塞俄比亚", "鞋类制造"],
        ["嘉兴秀洲光伏材料有限公司", "沙特阿拉伯", "光伏材料"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header2):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        vals = [str(ri)] + row
        for ci, v in enumerate(vals):
            set_cell(t2.rows[ri].cells[ci], v, FS, 12, align=(L if ci == 1 else C))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header2, vals)))
    set_widths(t2, [1.6, 7.0, 3.2, 3.6])
    note2 = "注：名单按企业书面同意公开的先后顺序排列，企业名称以境外投资备案（核准）证书记载为准。"
    clauses.append(note2)
    add_par(doc, [(note2, KT, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅政府信息公开申请答复书",
            doc_number="浙商务依申复〔2026〕46号",
            issuer=["浙江省商务厅"],
            date="2026-03-30",
            level="provincial",
            region="浙江省",
            attachments=["政府信息公开申请表（复印件）",
                         "2025年度对共建“一带一路”国家境外投资备案企业名单（同意公开部分）"],
            doc_type="答复书",
            recipients=["周某某"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 南宁片区管委会 告知书（无红头）：已主动公开／信息不存在／非本机关负责公开；附登记回执
def doc_nanning():
    stem = "blind749_nn_gaozhi"
    doc = Document()
    setup(doc, "pages")
    clauses = []
    SP = "    "  # four half-width spaces typed as indent

    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区南宁片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会政府信息公开申请告知书"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=0)
    add_par(doc, "南自贸管依申告字〔2026〕第7号", align=R, indent=False)
    empty(doc, 1)
    add_par(doc, "黄某某：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False, align=J)

    body("本机关于2026年4月13日收到您以邮寄信函方式提交的《政府信息公开申请表》，申请获取以下信息：1.中国—东盟（南宁）跨境电商产业园2025年度入驻企业数量及跨境电商进出口额；2.南宁片区2024年至2025年与“一带一路”共建国家签订的招商引资项目合同文本；3.中新南宁国际物流园项目环境影响评价批复文件。本机关已于2026年4月14日向您出具《政府信息公开申请登记回执》（见附件）。经审查，现将有关情况告知如下：")
    body("一、关于第1项。经查，中国—东盟（南宁）跨境电商产业园2025年度新增入驻企业87家，累计入驻企业263家，全年实现跨境电商进出口额128.6亿元。上述信息已由本机关于2026年1月22日在南宁片区门户网站“数据发布”栏目主动公开(网址：http://nnftz.nanning.gov.cn/sjfb/)，根据《中华人民共和国政府信息公开条例》第三十六条第(一)项的规定，您可以通过上述途径获取。")
    body("二、关于第2项。经检索本机关档案管理系统及招商引资项目台账，本机关未制作或者获取您所描述的“与‘一带一路’共建国家签订的招商引资项目合同文本”。南宁片区招商引资项目合同的签约主体为项目所在城区人民政府或者相关国有企业，本机关不是合同当事方。根据《中华人民共和国政府信息公开条例》第三十六条第(四)项的规定，本机关告知您该政府信息不存在。")
    body("三、关于第3项。建设项目环境影响评价文件的审批属于南宁市生态环境局的法定职责，该信息不属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第(五)项的规定，建议您向南宁市生态环境局提出申请（地址：南宁市青秀区竹溪大道××号，联系电话：0771-5573206）。")
    body("如对本告知不服，可以在收到本告知书之日起60日内向南宁市人民政府申请行政复议，或者在收到本告知书之日起6个月内向南宁铁路运输法院提起行政诉讼。")
    empty(doc, 1)
    add_par(doc, SP + "附件：政府信息公开申请登记回执", indent=False)
    empty(doc, 1)
    p = add_par(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(0)
    add_par(doc, " " * 34 + "二〇二六年四月三十日", indent=False)

    # ---- 附件: 登记回执
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("政府信息公开申请登记回执", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    rt = doc.add_table(rows=7, cols=4)
    rt.style = "Table Grid"
    rt.alignment = WD_TABLE_ALIGNMENT.CENTER

    def pair_row(ri, a, b, c2, d):
        set_cell(rt.rows[ri].cells[0], a, SONG, 12, True)
        set_cell(rt.rows[ri].cells[1], b, SONG, 12, align=L)
        set_cell(rt.rows[ri].cells[2], c2, SONG, 12, True)
        set_cell(rt.rows[ri].cells[3], d, SONG, 12, align=L)
        clauses.append("%s：%s；%s：%s" % (a, b, c2, d))

    def wide_row(ri, a, b):
        set_cell(rt.rows[ri].cells[0], a, SONG, 12, True)
        c = rt.rows[ri].cells[1].merge(rt.rows[ri].cells[3])
        set_cell(c, b, SONG, 12, align=L)
        clauses.append("%s：%s" % (a, b))

    pair_row(0, "登记编号", "NNFTZ-YSQ-2026-019", "登记日期", "2026年4月14日")
    pair_row(1, "申请人", "黄某某", "联系电话", "177****3085")
    pair_row(2, "申请方式", "信函", "收到申请日期", "2026年4月13日")
    pair_row(3, "通信地址", "南宁市西乡塘区大学东路××号", "邮政编码", "530004")
    wide_row(4, "申请内容摘要", "(1)中国—东盟（南宁）跨境电商产业园2025年度入驻企业数量及跨境电商进出口额；(2)南宁片区2024年至2025年与“一带一路”共建国家签订的招商引资项目合同文本；(3)中新南宁国际物流园项目环境影响评价批复文件。")
    wide_row(5, "答复期限", "本机关将自收到申请之日起20个工作日内作出答复；需要延长答复期限的，将另行书面告知，延长的期限最长不超过20个工作日。")
    pair_row(6, "登记机关", "中国（广西）自由贸易试验区南宁片区管理委员会", "咨询电话", "0771-4826175")
    set_widths(rt, [3.0, 5.6, 2.8, 4.2])
    note = "说明：本回执仅证明本机关已收到您的政府信息公开申请，不代表您所申请的信息可以公开。本回执一式两联，第一联交申请人，第二联由本机关存档。"
    clauses.append(note)
    add_par(doc, [(note, SONG, 10.5, False)], indent=False, line=18, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区南宁片区管理委员会政府信息公开申请告知书",
            doc_number="南自贸管依申告字〔2026〕第7号",
            issuer=["中国（广西）自由贸易试验区南宁片区管理委员会"],
            date="2026-04-30",
            level="municipal",
            region="南宁市",
            attachments=["政府信息公开申请登记回执"],
            doc_type="告知书",
            recipients=["黄某某"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 厦门片区管委会：补正告知书 + 答复书，两份文书前后打印在同一文件
def doc_xiamen():
    stem = "blind749_xm_buzheng_dafu"
    doc = Document()
    setup(doc, "dash")
    n_item = make_numbering(doc, "（%1）")

    # ---------------- C1 补正告知书
    c1 = []
    p = add_par(doc, "编号：厦自贸委依申补〔2026〕3号", indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区厦门片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会政府信息公开申请"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("补正告知书"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "陈某某：", indent=False)

    def body(cl, t):
        cl.append(t)
        add_par(doc, t, align=J)

    def auto_item(cl, idx, t):
        cl.append("（%s）%s" % (CN[idx], t))
        p = add_par(doc, t, first=Pt(32), align=J)
        apply_num(p, n_item)

    body(c1, "本机关于2026年1月9日收到您通过厦门市人民政府门户网站“依申请公开”系统提交的政府信息公开申请（申请编号：XMFTZ-2026-0004），申请公开“厦门自贸片区所有与‘一带一路’有关的文件和资金情况”。")
    body(c1, "经审查，您的申请内容不明确，本机关无法据此确定您所需政府信息的具体范围。根据《中华人民共和国政府信息公开条例》第二十九条第三款的规定，请您对申请内容作出补正，说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。建议您从以下方面进行补正：")
    auto_item(c1, 0, "明确所需信息的制作或者获取时间范围，如“2025年1月1日至2025年12月31日”；")
    auto_item(c1, 1, "明确所需信息的类型，如规范性文件、工作方案、资金拨付记录等；")
    auto_item(c1, 2, "明确“与‘一带一路’有关”的具体事项，如“丝路海运”航线、中欧（厦门）班列、境外经贸合作区等。")
    body(c1, "请您自收到本告知书之日起15个工作日内，通过原申请渠道提交补正材料。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。答复期限自本机关收到补正的申请之日起计算。")
    body(c1, "如有疑问，请与本机关政务公开办公室联系，联系电话：0592-6892213。")
    empty(doc, 2)
    # 落款 organ + date in one paragraph with a manual line break, centred in a right indent block
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("二〇二六年一月十五日"), FS, 16)
    fmt(p, align=C, indent=False)
    p.paragraph_format.left_indent = Cm(2.8)

    # ---------------- C2 答复书
    page_break(doc)
    c2 = []
    add_par(doc, "编号：厦自贸委依申复〔2026〕11号", indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会", XBS, 20, False)], align=C, indent=False, line=34)
    add_par(doc, [("政府信息公开申请答复书", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "陈某某：", indent=False)

    def runin(cl, h, t):
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    body(c2, "本机关于2026年1月9日收到您提交的政府信息公开申请，并于2026年1月15日向您出具了《政府信息公开申请补正告知书》（厦自贸委依申补〔2026〕3号）。2026年1月27日，本机关收到您提交的补正材料，您申请公开：“1.2025年厦门片区出台的支持企业拓展共建‘一带一路’国家市场的政策文件；2.2025年‘丝路海运’航线补贴资金的拨付明细。”经审查，现答复如下：")
    runin(c2, "一、关于第1项申请。", "经查，2025年本机关制发的支持企业拓展共建“一带一路”国家市场的政策文件共4件，均已通过中国（福建）自由贸易试验区厦门片区门户网站“政策文件”栏目主动公开，文件目录如下：")
    add_par(doc, [("表1　2025年厦门片区支持企业拓展共建“一带一路”国家市场政策文件目录", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    tb = doc.add_table(rows=6, cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = tb.rows
    a = h[0].cells[0].merge(h[1].cells[0])
    set_cell(a, "序号", HT, 12)
    b = h[0].cells[1].merge(h[0].cells[3])
    set_cell(b, "文件信息", HT, 12)
    set_cell(h[1].cells[1], "文件名称", HT, 12)
    set_cell(h[1].cells[2], "文号", HT, 12)
    set_cell(h[1].cells[3], "印发日期", HT, 12)
    d = h[0].cells[4].merge(h[1].cells[4])
    set_cell(d, "公开方式", HT, 12)
    repeat_header(h[0])
    repeat_header(h[1])
    cols = ["序号", "文件信息／文件名称", "文件信息／文号", "文件信息／印发日期", "公开方式"]
    rows = [
        ["1", "中国（福建）自由贸易试验区厦门片区支持企业开拓共建“一带一路”国家市场若干措施", "厦自贸委〔2025〕6号", "2025年3月18日", "门户网站主动公开"],
        ["2", "厦门片区关于推进“丝路海运”港航贸一体化发展的实施方案", "厦自贸委〔2025〕14号", "2025年5月27日", "门户网站主动公开"],
        ["3", "厦门片区跨境贸易便利化专项行动工作方案（2025年）", "厦自贸委办〔2025〕22号", "2025年7月8日", "门户网站主动公开"],
        ["4", "厦门片区境外经贸合作园区服务保障工作指引", "厦自贸委办〔2025〕41号", "2025年11月20日", "门户网站主动公开"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12, align=(L if ci == 1 else C))
        c2.append("；".join("%s：%s" % (hh, v) for hh, v in zip(cols, row)))
    set_widths(tb, [1.2, 6.0, 3.2, 2.6, 2.6])
    note = "注：上述文件均为现行有效文件，第2项文件所附《“丝路海运”港航贸一体化重点任务清单》一并公开。"
    c2.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    body(c2, "根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，您可以登录厦门片区门户网站（http://www.xmftz.gov.cn）“政府信息公开—政策文件”栏目查阅、下载上述文件。")
    runin(c2, "二、关于第2项申请。", "经查，“丝路海运”航线培育扶持资金由厦门港口管理局负责审核和拨付，本机关未参与相关资金的审核和拨付工作，未制作或者保存相关拨付明细。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，您可以向厦门港口管理局申请获取该信息（联系地址：厦门市湖里区东港北路××号，联系电话：0592-5820117）。")
    body(c2, "如对本答复不服，可以自收到本答复书之日起60日内向厦门市人民政府申请行政复议，或者自收到本答复书之日起6个月内向厦门市湖里区人民法院提起行政诉讼。")
    empty(doc, 2)
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年2月12日"), FS, 16)
    fmt(p, align=C, indent=False)
    p.paragraph_format.left_indent = Cm(2.8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    org = "中国（福建）自由贸易试验区厦门片区管理委员会"
    expected[stem] = [
        {"meta": meta(
            title=org + "政府信息公开申请补正告知书",
            doc_number="厦自贸委依申补〔2026〕3号",
            issuer=[org], date="2026-01-15", level="municipal", region="厦门市",
            doc_type="告知书", recipients=["陈某某"]),
         "clauses": c1},
        {"meta": meta(
            title=org + "政府信息公开申请答复书",
            doc_number="厦自贸委依申复〔2026〕11号",
            issuer=[org], date="2026-02-12", level="municipal", region="厦门市",
            doc_type="答复书", recipients=["陈某某"]),
         "clauses": c2},
    ]
    return path


def main():
    paths = [doc_zhejiang(), doc_nanning(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
