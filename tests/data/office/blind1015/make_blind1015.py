# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1015: 商务厅风险提示函 / 使馆经商处安全提醒 / 市商务局转发通知 (Word + PDF + expected.json)."""
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


def page_field(fp, size=14, pre="— ", post=" —"):
    if pre:
        font(fp.add_run(pre), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    if post:
        font(fp.add_run(post), SONG, size)


def setup(doc, pre="— ", post=" —", size=14):
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
    page_field(fp, size, pre, post)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for tr in t._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span


def banji(doc, lines):
    """版记: lines of (left, right) between black rules."""
    empty(doc, 1)
    for i, (left, right) in enumerate(lines):
        runs = [(left, FS, 14, False)]
        if right:
            runs += [("\t", FS, 14, False), (right, FS, 14, False)]
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1015", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# =================================================================== DOC A
def doc_fengxianhan():
    """江苏省商务厅 风险提示函 — 信函式版头, 加急, 汉字日期."""
    stem = "blind1015_fengxianhan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    p = add_par(doc, [("江苏省商务厅", XBS, 40, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    # 信函格式: red double rule (thick over thin) right under the organ name
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "苏商外函〔2026〕57号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title split at an odd place into two separate paragraphs
    add_par(doc, [("江苏省商务厅关于印度尼西亚投资经营风", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("险提示的函", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，省有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("近期，我厅接中国驻印度尼西亚使馆经商处通报，印度尼西亚（以下简称印尼）多地发生较大规模游行示威活动，部分工业园区劳资纠纷频发，当地政府持续调整外汇、矿产、劳工等领域政策，中资企业在印尼投资经营面临的风险有所上升。印尼是共建“一带一路”重要合作伙伴，也是我省企业对外投资的重点国别。截至2025年底，我省经备案（核准）在印尼投资企业186家，中方协议投资额48.6亿美元，主要分布在镍铁冶炼、纺织服装、光伏组件、电动两轮车等领域，在印尼中方人员约3200人。")
    body("为帮助我省企业准确研判形势、有效防范化解风险，现将有关情况提示如下：")
    runin("一、政策法规调整风险。", "近年来，印尼以推动资源“下游化”为导向，频繁调整矿产、外汇、贸易等领域政策，部分政策出台时间紧、过渡期短，且中央与地方执行口径不一，企业合规成本和经营不确定性明显增加。2025年以来，印尼涉外投资主要政策调整情况如下：")

    header = ["序号", "时间", "政策措施", "主要内容及影响"]
    rows = [
        ["1", "2025年3月", "出口收汇留存新规", "自然资源类出口企业出口外汇收入须100%在境内银行留存不少于12个月，企业流动资金压力加大。"],
        ["2", "2025年4月", "上调部分矿产品特许权使用费费率", "镍矿石、镍铁等产品特许权使用费费率上调，冶炼项目原料和运营成本上升。"],
        ["3", "2025年6月", "收紧外籍劳工使用管理", "从严审批外籍劳工使用计划（RPTKA），加大对持访问签证从事工作等违规行为的查处力度。"],
        ["4", "2026年1月", "强化工业园区环境执法", "对中苏拉威西省、北马鲁古省部分工业园区开展环境专项检查，对排放不达标企业处以罚款或责令暂停运营。"],
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
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.4, 2.5, 4.0, 7.7])
    p = add_par(doc, [("注：以上信息根据驻印尼使馆经商处通报及公开资料整理，具体以印尼官方发布为准。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：以上信息根据驻印尼使馆经商处通报及公开资料整理，具体以印尼官方发布为准。")

    runin("二、劳工用工和签证合规风险。", "印尼《创造就业法》对外籍劳工实行严格的配额和岗位限制，要求外籍人员须持有效工作居留许可（KITAS）并配备本地员工作为“陪同人员”。近期，当地移民部门在苏拉威西、马鲁古等地多次开展突击检查，部分中资企业因员工持访问签证务工、超范围工作被处以罚款，涉事人员被遣返并列入禁止入境名单。同时，印尼各地最低工资标准逐年上调，2026年平均涨幅约6.5%，部分园区工会组织罢工、堵路事件时有发生。")
    runin("三、社会安全风险。", "受燃油补贴调整、物价上涨等因素影响，雅加达、泗水、棉兰等城市近期发生多起大规模游行示威，个别地区出现打砸抢烧等暴力行为。偏远矿区和工业园区周边治安状况复杂，盗抢、敲诈事件时有发生。此外，印尼地处环太平洋地震带，地震、火山喷发、洪涝等自然灾害多发。")
    runin("四、汇率和税务风险。", "2025年以来，印尼盾对美元汇率波动加大，最大波幅超过8%，企业汇兑损失风险上升。印尼税务机关加强对关联交易、转让定价和税收优惠适用情况的稽查，部分享受免税期（Tax Holiday）政策的企业被要求补缴税款及滞纳金。")
    add_par(doc, [("五、有关建议", HT, 16, False)])
    runin("1.健全风险防控机制。", "企业要把境外风险防控纳入公司治理体系，明确境外安全管理第一责任人，定期开展风险评估，制定完善政治动荡、群体性事件、自然灾害等专项应急预案，并组织开展应急演练。", FS, True)
    runin("2.依法合规经营。", "严格遵守印尼法律法规，尊重当地宗教文化和风俗习惯，规范办理外籍员工工作签证和居留许可，依法签订劳动合同、足额缴纳社会保险，不得安排人员持旅游、商务访问签证务工；加强与当地工会、社区沟通，妥善化解劳资矛盾。", FS, True)
    # full-width "３．" typed by hand here (inconsistent with 1. 2.)
    runin("3．加强安全防护。", "增加营地、厂区安保力量和技防设施投入，非必要不前往游行示威集中区域，减少夜间外出；储备必要的食品、饮用水和药品，确保通讯畅通。", FS, True)
    # items 4 and 5 typed in one paragraph with Shift+Enter
    h4, t4 = "4.用好风险保障工具。", "积极利用中国出口信用保险公司海外投资保险、国别风险报告等产品和服务，合理运用远期结售汇等汇率避险工具，降低汇率波动和政治风险损失。"
    h5, t5 = "5.及时报告重大情况。", "企业发生或可能发生重大安全事件时，要第一时间向驻印尼使馆经商处和所在设区市商务局报告，并在24小时内书面报告省商务厅，不得迟报、漏报、瞒报。"
    p = doc.add_paragraph()
    font(p.add_run(h4), FS, 16, True)
    font(p.add_run(t4), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + h5), FS, 16, True)
    font(p.add_run(t5), FS, 16)
    fmt(p)
    clauses.extend([h4 + t4, h5 + t5])

    body("请各设区市商务局及时将本函转至辖区内在印尼投资企业，督促指导企业做好风险排查和应急准备，并于2026年4月15日前将排查情况报送我厅。")
    body("联系人：省商务厅对外投资和经济合作处王磊，电话：025-57710326，传真：025-57710329。")
    empty(doc, 1)
    p = add_par(doc, "江苏省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "二〇二六年三月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")
    banji(doc, [("抄送：商务部对外投资和经济合作司，中国驻印度尼西亚使馆经商处。", None)])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅关于印度尼西亚投资经营风险提示的函",
            "doc_number": "苏商外函〔2026〕57号",
            "issuer": ["江苏省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["各设区市商务局", "省有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_anquantixing():
    """驻印尼使馆经商处 安全提醒 — 红色栏目头, 全角空格缩进, 纵向合并单元格, 半角标点混用."""
    stem = "blind1015_anquantixing"
    doc = Document()
    setup(doc, pre="- ", post=" -", size=12)
    clauses = []

    add_par(doc, [("安 全 提 醒", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    p = add_par(doc, [("中华人民共和国驻印度尼西亚共和国大使馆经济商务处", KT, 12, False),
                      ("\t", KT, 12, False), ("2026年3月9日", KT, 12, False)],
                indent=False, line=24, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)
    p = add_par(doc, [("关于在印尼中资企业和人员近期加强", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("安全防范的提醒"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "在印尼各中资企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    # half-width commas / parentheses typed in places
    body("近期，印度尼西亚雅加达、泗水、棉兰等地相继发生针对燃油补贴调整和最低工资标准的大规模游行示威,部分地区出现堵路、纵火、打砸商铺等暴力事件，中苏拉威西省、北马鲁古省部分工业园区周边也发生多起因劳资纠纷引发的人员聚集事件。另据印尼气象气候和地球物理局(BMKG)预报，3月至4月为雨季后期，爪哇、苏门答腊部分地区发生洪涝和山体滑坡的风险较高。")
    body("驻印度尼西亚使馆经商处特别提醒在印尼中资企业和人员：")
    runin("（一）密切关注当地局势。", "及时了解当地政府发布的安全信息和交通管制措施，避免前往政府机构、议会大楼、大型商场等易发生集会的区域，远离示威人群，不围观、不拍照、不发表不当言论。")
    runin("（二）加强营地和厂区安保。", "全面检查营地、厂区围墙、门禁、监控和消防设施，适当增加安保力量，严格落实出入登记制度；对存放现金、危险化学品和贵重设备的场所加强24小时值守。")
    runin("（三）妥善处理劳资关系。", "依法按时足额发放员工工资，严格执行当地最低工资标准和加班规定，主动与工会代表沟通协商，防止劳资矛盾激化；发生罢工、聚集时保持克制，依法依规处置，避免与当地员工发生肢体冲突。")
    runin("（四）做好自然灾害防范。", "位于低洼地带和山区的项目要加强雨情、汛情监测，提前转移重要物资和设备，储备不少于7天的食品、饮用水和药品，明确紧急疏散路线和避险场所。")
    runin("（五）落实值班值守和信息报告制度。", "各企业要确保24小时有人值守、通讯畅通，及时在“中国领事”APP登记在印尼人员信息；如发生人员伤亡、财产损失或被当地执法部门扣押等情况，应第一时间报告使馆经商处。")
    body("如遇紧急情况，请第一时间报警并与使领馆联系。有关应急联系电话如下：")

    header = ["序号", "类别", "单位", "联系电话", "备注"]
    groups = [
        ("当地应急电话", [
            ("警察", "110", "全国通用"),
            ("救护车", "118或119", "—"),
            ("消防", "113", "—"),
            ("国家搜救局", "115", "水上及山地救援"),
        ]),
        ("我驻印尼使领馆", [
            ("驻印度尼西亚使馆领事保护与协助", "+62-21-5761039", "24小时"),
            ("驻印度尼西亚使馆经商处", "+62-21-5761048", "工作日8:30-17:00"),
            ("驻泗水总领馆", "+62-31-5675825", "24小时"),
            ("驻棉兰总领馆", "+62-61-4570232", "24小时"),
            ("驻登巴萨总领馆", "+62-361-239902", "24小时"),
        ]),
        ("国内", [
            ("外交部全球领事保护与服务应急热线", "+86-10-12308或+86-10-65612308", "24小时"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 1
    for cat, items in groups:
        start = r
        for unit, tel, note in items:
            set_cell(t.rows[r].cells[0], str(seq), FS, 12)
            set_cell(t.rows[r].cells[2], unit, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(t.rows[r].cells[3], tel, FS, 12)
            set_cell(t.rows[r].cells[4], note, FS, 12)
            clauses.append(row_clause(header, [str(seq), cat, unit, tel, note]))
            cant_split(t.rows[r])
            r += 1
            seq += 1
        c = t.cell(start, 1)
        if r - 1 > start:
            c = c.merge(t.cell(r - 1, 1))
        set_cell(c, cat, FS, 12)
    col_widths(t, [1.4, 2.4, 5.0, 4.4, 2.4])

    body("注：请将上述电话存入手机通讯录，并张贴于营地、厂区显著位置。")
    empty(doc, 2)
    p = add_par(doc, [("\t", FS, 16, False), ("驻印度尼西亚使馆经商处", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), 0)
    p = add_par(doc, [("\t", FS, 16, False), ("2026年3月9日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6), 0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于在印尼中资企业和人员近期加强安全防范的提醒",
            "doc_number": None,
            "issuer": ["中华人民共和国驻印度尼西亚共和国大使馆经济商务处"],
            "date": "2026-03-09",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "提醒",
            "recipients": ["在印尼各中资企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhuanfa():
    """苏州市商务局 转发通知 — 文件式红头, 份号, 三行标题, 附件2 名单 (两级表头, 续表), 版记在附件后."""
    stem = "blind1015_zhuanfa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000036", FS, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("苏州市商务局文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, "苏商外〔2026〕23号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("苏州市商务局关于转发《江苏省商务厅", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印度尼西亚投资经营风险提示的函》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各县级市（区）商务主管部门，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("现将《江苏省商务厅关于印度尼西亚投资经营风险提示的函》（苏商外函〔2026〕57号）转发给你们，请结合实际认真抓好贯彻落实。我市是全省对印尼投资最集中的地区之一，截至2025年底，全市经备案（核准）在印尼投资企业47家，中方协议投资额12.3亿美元，涉及纺织服装、光伏、电动车及零部件、不锈钢制品等行业。为切实做好我市在印尼投资企业风险防范工作，现就有关事项通知如下：")
    runin("一、全面开展风险排查。", "各县级市（区）商务主管部门要对照附件2名单，逐一联系辖区内在印尼投资企业，重点排查外籍员工签证办理、劳资关系、安全防护、应急预案制定等情况，建立“一企一档”风险台账，对排查发现的问题督促企业限期整改。")
    runin("二、压实企业主体责任。", "各企业要切实履行境外安全风险防范主体责任，对照省商务厅风险提示内容开展自查，完善境外安全管理制度，落实安保投入，加强外派人员行前安全培训，坚决杜绝安排人员持访问签证赴印尼务工。")
    runin("三、加强应急值守和信息报送。", "各地各企业要严格执行境外突发事件信息报告制度，遇有重大情况第一时间报告，并通报驻印尼使馆经商处。请各县级市（区）商务主管部门于2026年4月10日前将风险排查情况书面报送市商务局对外投资和经济合作处，电子版同时发送至dwtzc@commerce.suzhou.gov.cn。")
    body("联系人：陈静，电话：0512-68616352。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1.江苏省商务厅关于印度尼西亚投资经营风险提示的函")
    add_par(doc, IND + "\u3000" + "2.苏州市在印度尼西亚重点投资企业名单")
    empty(doc, 2)
    p = add_par(doc, " " * 42 + "苏州市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 40 + "2026年3月26日", indent=False)

    # ---------------- 附件2 (starts on a new page)
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("苏州市在印度尼西亚重点投资企业名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)

    H = ["序号", "所属地区", "境内投资主体", "境外企业／所在地", "境外企业／主要行业", "中方协议投资额（万美元）"]
    data = [
        ["1", "张家港市", "张家港锦泰不锈钢制品有限公司", "中苏拉威西省莫罗瓦利县", "不锈钢制品", "8600"],
        ["2", "张家港市", "张家港市华晟金属材料有限公司", "中苏拉威西省莫罗瓦利县", "镍铁冶炼", "21500"],
        ["3", "常熟市", "常熟市恒锦服饰有限公司", "中爪哇省三宝垄市", "纺织服装", "3200"],
        ["4", "常熟市", "常熟德润纺织有限公司", "西爪哇省万隆县", "纺织服装", "1850"],
        ["5", "太仓市", "太仓瑞丰机电科技有限公司", "万丹省唐格朗市", "电动两轮车", "2600"],
        ["6", "昆山市", "昆山铭达精密电子有限公司", "廖内群岛省巴淡市", "电子元器件", "4100"],
        ["7", "昆山市", "昆山和泰新能源科技有限公司", "廖内群岛省巴淡市", "光伏组件", "9800"],
        ["8", "吴江区", "苏州盛锦丝绸科技有限公司", "西爪哇省普哇加达县", "化纤纺织", "5600"],
        ["9", "苏州工业园区", "苏州澜海新能源科技有限公司", "东爪哇省泗水市", "光伏电池", "12600"],
        ["10", "苏州高新区", "苏州汇川精工机械有限公司", "雅加达首都特区", "机械设备销售", "380"],
        ["11", "相城区", "苏州通泰汽车零部件有限公司", "西爪哇省勿加泗县", "汽车零部件", "1450"],
        ["合计", "—", "—", "—", "—", "71680"],
    ]
    widths = [1.3, 2.3, 4.2, 3.5, 2.1, 2.2]

    def name_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # two-level header: 境外企业 spans two columns; others span two rows
        for ci in (0, 1, 2, 5):
            c = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(c, H[ci], HT, 11)
        c = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(c, "境外企业", HT, 11)
        set_cell(t.cell(1, 3), "所在地", HT, 11)
        set_cell(t.cell(1, 4), "主要行业", HT, 11)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 11,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
            cant_split(t.rows[ri])
            clauses.append(row_clause(H, row))
        col_widths(t, widths)
        return t

    name_table(data[:8])
    # clerk split the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    name_table(data[8:])
    note = "注：中方协议投资额为商务主管部门备案（核准）金额，统计截至2025年12月31日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    empty(doc, 4)
    banji(doc, [("抄送：省商务厅对外投资和经济合作处，市外办，市公安局。", None),
                ("苏州市商务局办公室", "2026年3月26日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "苏州市商务局关于转发《江苏省商务厅关于印度尼西亚投资经营风险提示的函》的通知",
            "doc_number": "苏商外〔2026〕23号",
            "issuer": ["苏州市商务局"],
            "date": "2026-03-26",
            "published": None,
            "level": "municipal",
            "region": "苏州市",
            "effective": None,
            "expires": None,
            "attachments": ["江苏省商务厅关于印度尼西亚投资经营风险提示的函",
                            "苏州市在印度尼西亚重点投资企业名单"],
            "doc_type": "通知",
            "recipients": ["各县级市（区）商务主管部门", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fengxianhan(), doc_anquantixing(), doc_zhuanfa()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
