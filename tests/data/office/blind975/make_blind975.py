# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 975: 自贸片区外商投资企业投诉处理结果公示 + 投诉处理决定书 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
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
IND = "\u3000\u3000"  # clerk-typed indent with full-width spaces

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
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


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
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
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 4, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_975", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_gongshi():
    """钦州港片区 2025年度外商投资企业投诉受理及处理结果公示 (web-posted, no 红头)."""
    stem = "blind975_qinzhou_gongshi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, lead=IND):
        clauses.append(t)
        # clerk indents with typed full-width spaces instead of first-line indent
        add_par(doc, lead + t, indent=False)

    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区"), XBS, 22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会关于2025年度外商投资企业"), XBS, 22)
    p.runs[-1].add_break(WD_BREAK.LINE)
    font(p.add_run("投诉受理及处理结果的公示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    empty(doc, 1)

    body("根据《外商投资企业投诉工作办法》（商务部令2020年第3号）和《中国（广西）自由贸易试验区钦州港片区外商投资企业投诉工作规则》有关规定，为进一步提高外商投资企业投诉处理工作透明度，主动接受社会监督，现将2025年1月1日至2025年12月31日期间本片区受理的外商投资企业投诉事项及处理结果予以公示。")
    body("2025年，片区外商投资企业投诉中心共接收投诉及诉求15件，其中符合受理条件并予以受理的12件，不予受理并已书面告知理由的3件。已受理的12件投诉中，已办结11件，正在办理1件，办结率91.7%，回访满意率100%。投诉事项主要集中在政策兑现、审批服务、平等参与政府采购等方面,涉及投资来源地包括新加坡、中国香港、泰国、马来西亚、越南等9个国家和地区。具体情况如下：")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("2025年度外商投资企业投诉受理及处理情况一览表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, before=6)

    top = ["序号", "编号", "投诉企业", "投诉事项", "被投诉单位", "办理情况", "办理情况"]
    sub = ["序号", "编号", "投诉企业", "投诉事项", "被投诉单位", "办理结果", "办结时间"]
    keys = ["序号", "编号", "投诉企业", "投诉事项", "被投诉单位", "办理情况／办理结果", "办理情况／办结时间"]
    U_SW = "钦州港片区商务和口岸管理局"
    rows = [
        ["1", "QZGTS-2025-001", "新加坡独资企业",
         "反映外商投资企业设立登记时被要求重复提交境外投资者主体资格公证认证材料",
         "钦州港片区行政审批局",
         "投诉事项属实。被投诉单位已取消重复提交要求，对经公证认证的境外投资者主体资格文件实行“一次提交、多次复用”，并对相关工作人员进行批评教育。",
         "2025年2月26日"],
        ["2", "QZGTS-2025-002", "港资企业(中国香港)",
         "反映冷链仓储项目施工许可审批超过承诺办理时限",
         "钦州港片区规划建设局",
         "投诉事项部分属实。被投诉单位已于投诉受理后7个工作日内核发施工许可证，并将同类项目纳入“容缺受理”清单。",
         "2025年3月18日"],
        ["3", "QZGTS-2025-003", "泰国合资企业",
         "反映2024年度外贸稳增长奖励资金未按政策文件规定时间兑现",
         U_SW,
         "投诉事项属实。奖励资金126.4万元已全额拨付到位，被投诉单位已建立政策兑现时限预警机制。",
         "2025年4月9日"],
        ["4", "QZGTS-2025-004", "马来西亚独资企业",
         "反映棕榈油精深加工项目环评审批中被要求提供法律法规规定以外的专家论证材料",
         "钦州市生态环境局钦州港分局",
         "投诉事项属实。被投诉单位已撤回不当要求，并依法作出环境影响报告书批复。",
         "2025年5月20日"],
        ["5", "QZGTS-2025-005", "日资企业",
         "反映参与政府采购项目时被设置以注册资本、所有制形式为条件的差别待遇",
         "钦州港片区财政局",
         "投诉事项属实。被投诉单位已责令采购人修改采购文件并重新组织采购，保障外商投资企业平等参与政府采购。",
         "2025年6月13日"],
        ["6", "QZGTS-2025-006", "越南合资企业",
         "反映经钦州港进口的跨境货物查验等待时间较长",
         U_SW,
         "经核查，查验等待时间较长系货物申报信息不完整所致，投诉事项不属实。已协调口岸查验单位为企业开展申报辅导，企业表示理解。",
         "2025年7月2日"],
        ["7", "QZGTS-2025-007", "新加坡合资企业",
         "反映码头堆场收费项目及标准未按规定公示",
         U_SW,
         "投诉事项属实。已督促港口经营企业在作业场所和门户网站公示收费目录清单，清理不合规收费项目2项。",
         "2025年8月21日"],
        ["8", "QZGTS-2025-008", "德资企业",
         "反映外籍高管工作许可延期办理时不同窗口材料要求不一致",
         "钦州港片区人力资源和社会保障局",
         "投诉事项属实。被投诉单位已统一办事指南并在政务服务网公布，企业外籍高管工作许可延期已办结。",
         "2025年9月5日"],
        ["9", "QZGTS-2025-009", "台资企业",
         "反映土地出让合同约定的项目配套道路未按期建成，影响项目投产",
         "钦州港片区规划建设局",
         "投诉事项属实。配套道路已于2025年10月底前建成通车，被投诉单位已向企业作出书面说明。",
         "2025年11月3日"],
        ["10", "QZGTS-2025-010", "印度尼西亚独资企业",
         "反映社会保险参保登记系统无法识别外方股东护照信息",
         "钦州港片区人力资源和社会保障局",
         "投诉事项属实。经协调自治区社会保险事业局完成系统升级，问题已解决。",
         "2025年11月27日"],
        ["11", "QZGTS-2025-011", "港资企业(中国香港)",
         "反映码头扩建项目用海审批进度缓慢",
         "钦州市自然资源局钦州港分局",
         "正在办理。已组织自然资源、海洋、海事等部门联合会商，明确办理路径和时限。",
         "—"],
        ["12", "QZGTS-2025-012", "新加坡独资企业",
         "反映申请研发费用补助时被要求提供境外母公司年度财务报表",
         "钦州港片区经济发展局",
         "投诉事项属实。被投诉单位已修订申报指南，删除相关要求，补助资金已拨付。",
         "2025年12月26日"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(5):
        set_cell(t.cell(0, i), top[i], HT, 11)
        t.cell(0, i).merge(t.cell(1, i))
        set_cell(t.cell(0, i), top[i], HT, 11)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "办理情况", HT, 11)
    set_cell(t.cell(1, 5), sub[5], HT, 11)
    set_cell(t.cell(1, 6), sub[6], HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (3, 5) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    # rows 6 and 7 (same 被投诉单位) merged vertically, as clerks do
    mc = t.cell(2 + 5, 4).merge(t.cell(2 + 6, 4))
    set_cell(mc, U_SW, FS, 10.5)
    col_widths(t, [1.3, 2.8, 2.6, 5.1, 3.4, 6.9, 2.6])

    p = add_par(doc, [("注：1.为保护投诉人商业秘密，投诉企业名称已作隐去处理，仅标注投资来源地及企业类型。", KT, 14, False)],
                indent=False, line=24, before=6)
    clauses.append("注：1.为保护投诉人商业秘密，投诉企业名称已作隐去处理，仅标注投资来源地及企业类型。")
    add_par(doc, [("\u3000\u30002.序号11投诉事项尚在办理中，办理结果将在办结后另行公示。", KT, 14, False)],
            indent=False, line=24)
    clauses.append("2.序号11投诉事项尚在办理中，办理结果将在办结后另行公示。")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    body("另有3件诉求因不属于外商投资企业投诉受理范围（涉及民商事合同纠纷2件、已进入行政复议程序1件），投诉中心已依法作出不予受理决定并书面告知投诉人，同时引导其通过仲裁、诉讼等途径依法解决。")
    body("公示期为2026年1月20日至2026年1月26日（5个工作日）。公示期间，如对公示内容有异议，可通过电话、电子邮件或书面形式向片区外商投资企业投诉中心反映。反映情况应实事求是，以单位名义反映的应加盖单位公章，以个人名义反映的应署真实姓名并提供联系方式。")
    body("联系人：黄志远　　联系电话：0777-3881526")
    body("电子邮箱：qzgtousu@163.com")
    body("通讯地址：广西钦州市钦南区钦州港滨海大道18号片区政务服务中心三楼（邮编：535008）")
    empty(doc, 2)
    add_par(doc, " " * 4 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, " " * 28 + "2026年1月19日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于2025年度外商投资企业投诉受理及处理结果的公示",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-01-19",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jueding():
    """昆明片区 外商投资企业投诉处理决定书 (红头, 当事人 blocks, table, 附件 after 落款)."""
    stem = "blind975_kunming_jueding"
    doc = Document()
    setup(doc)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.8)
    clauses = []

    L = 26  # clerk squeezed the line spacing to keep it short

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=L)

    def party(t, bold_label=None):
        clauses.append(t)
        if bold_label:
            add_par(doc, [(bold_label, HT, 16, False), (t[len(bold_label):], FS, 16, False)], line=L)
        else:
            add_par(doc, t, line=L)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=L)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], line=L)

    # 版头: long organ name over two red lines
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区", XBS, 24, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("管 理 委 员 会", XBS, 24, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1, line=16)
    p = add_par(doc, "昆自贸管投决〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    add_par(doc, [("外商投资企业", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("投诉处理决定书", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    empty(doc, 1, line=16)

    party("投 诉 人：云南澜湄冷链物流有限公司", "投 诉 人：")
    party("统一社会信用代码：91530100MA6Q8KX27T")
    party("住　　所：云南省昆明市官渡区经开区林溪路188号")
    party("法定代表人：颂猜·披塔蓬(Somchai Phithaphon)")
    party("委托代理人：李静，云南滇池律师事务所律师")
    party("被投诉人：昆明经济技术开发区投资促进局", "被投诉人：")
    party("住　　所：云南省昆明市官渡区经开区顺通大道99号")
    party("负 责 人：杨明辉，局长")

    body("投诉人认为被投诉人未按照投资合作协议约定及片区物流业扶持政策兑现物流设施建设补助资金，于2025年11月24日向本机构提出投诉。本机构于2025年11月28日依法受理，被投诉人于2025年12月10日提交了书面答复意见。经本机构组织双方协调，未能达成一致，本案现已审查终结。")

    head("一、投诉请求及理由")
    body("投诉人请求：1.责令被投诉人兑现2024年度物流设施建设补助资金人民币566.6万元；2.责令被投诉人支付逾期兑现期间的资金占用利息；3.责令被投诉人对政策兑现工作进行整改。理由是：投诉人依规申请补助后，被投诉人仅拨付部分资金，剩余资金经多次催告仍未兑现，严重影响企业依托中老铁路开展冷链班列业务。")

    head("二、被投诉人答复意见")
    body("被投诉人答复称：投诉人申请的补助资金经审计核定为847.0万元；剩余资金未拨付系2025年度预算安排不足所致，已纳入2026年度预算，并非故意拖延。")

    head("三、审查查明的事实")
    runin("（一）", "2023年6月12日，投诉人与被投诉人签订《昆明经济技术开发区招商引资投资合作协议》，约定投诉人投资3.2亿元建设跨境冷链物流中心项目，被投诉人按照片区政策给予设施建设补助。")
    runin("（二）", "2024年9月20日，投诉人按照昆自贸管发〔2023〕15号文件规定提交补助申请，申请金额895.0万元，经第三方机构审计核定为847.0万元，核减部分为不符合条件的发票及重复申报费用。")
    runin("（三）", "2025年1月至11月，被投诉人分两批拨付补助资金328.4万元，剩余518.6万元至投诉受理时仍未拨付，且未向投诉人作出书面说明。具体情况如下（单位：万元）：")

    hdr = ["序号", "补助项目", "申请金额", "核定金额", "已兑现金额", "未兑现金额"]
    data = [
        ["1", "冷链仓储设施建设补助", "620.0", "586.0", "240.0", "346.0"],
        ["2", "冷链运输车辆购置补助", "180.0", "172.6", "0", "172.6"],
        ["3", "物流信息化建设补助", "95.0", "88.4", "88.4", "0"],
        ["合计", "—", "895.0", "847.0", "328.4", "518.6"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.4, 4.6, 2.1, 2.1, 2.6, 2.6])

    head("四、处理意见")
    body("本机构认为，地方各级人民政府及其有关部门应当履行向外商投资企业依法作出的政策承诺以及依法订立的各类合同。被投诉人已核定补助金额847.0万元，应当及时足额兑现，不得以预算安排不足为由拖延履行。投诉人的请求在核定金额范围内成立，超出核定金额的48.0万元不能成立。")
    body("根据《中华人民共和国外商投资法》第二十五条、第二十六条和《外商投资企业投诉工作办法》有关规定，本机构决定如下：")
    runin("（一）", "投诉人关于兑现补助资金的投诉请求部分成立。被投诉人应当自收到本决定书之日起30日内，将剩余补助资金人民币518.6万元拨付投诉人。")
    runin("（二）", "投诉人关于支付资金占用利息的请求，不属于投诉工作处理范围，本机构不予处理，投诉人可依法通过其他途径主张权利。")
    runin("（三）", "被投诉人应当自收到本决定书之日起15日内，全面梳理涉及外商投资企业的政策兑现事项，建立兑现台账和时限预警机制，并将整改情况书面报送本机构。")
    body("投诉人、被投诉人对本决定不服的，可以自收到本决定书之日起60日内依法申请行政复议，或者6个月内依法向人民法院提起行政诉讼。")
    add_par(doc, "附件：投诉人、被投诉人提交证据材料目录", indent=True, line=L, before=12)
    empty(doc, 1)
    add_par(doc, " " * 6 + "中国（云南）自由贸易试验区昆明片区管理委员会", indent=False)
    add_par(doc, " " * 32 + "二〇二六年二月二日", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("投诉人、被投诉人提交证据材料目录", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    ehdr = ["序号", "提交方", "证据名称", "证明内容"]
    edata = [
        ["1", "投诉人", "《昆明经济技术开发区招商引资投资合作协议》（编号：KJTZ-2023-047）",
         "被投诉人承诺按片区物流业扶持政策给予设施建设补助"],
        ["2", "投诉人", "补助资金申报材料及受理回执", "投诉人于2024年9月20日依规提交补助申请"],
        ["3", "投诉人", "与被投诉人往来函件、催告函3份", "投诉人多次催告兑现剩余补助资金"],
        ["4", "被投诉人", "2024年度物流业发展补助资金专项审计报告", "核定补助金额及核减理由"],
        ["5", "被投诉人", "拨付2024年度物流业发展补助资金的银行回单2份", "已向投诉人拨付补助资金328.4万元"],
        ["6", "被投诉人", "关于2025年度财政预算执行情况的说明", "剩余资金未拨付系年度预算安排不足"],
    ]
    t2 = doc.add_table(rows=1 + len(edata), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ehdr):
        set_cell(t2.cell(0, i), h, HT, 12)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(edata, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci >= 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t2.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(ehdr, row)))
    col_widths(t2, [1.4, 2.2, 6.4, 5.6])

    banji(doc, "抄送：云南省商务厅，昆明市商务局，昆明经济技术开发区财政局。",
          "中国（云南）自由贸易试验区昆明片区管理委员会办公室", "2026年2月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "外商投资企业投诉处理决定书",
            "doc_number": "昆自贸管投决〔2026〕2号",
            "issuer": ["中国（云南）自由贸易试验区昆明片区管理委员会"],
            "date": "2026-02-02",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["投诉人、被投诉人提交证据材料目录"],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    for fn in (doc_gongshi, doc_jueding):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("ok")
