# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1093: 政务服务办事指南 (食品经营许可 / 自贸片区告知承诺 / 对外劳务合作), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
G = {"sz": 16, "ln": 28}  # current body font size / exact line spacing (pt)


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


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = G["ln"]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * G["sz"])
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, G["sz"], False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def add_lines(doc, lines, name=FS, size=None, prefix="", **kw):
    size = size or G["sz"]
    """one paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(prefix + ln), name, size)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=None):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
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


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(t, cms):
    t.autofit = False
    tbl = t._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(cms) * 567)))
    tw.set(qn("w:type"), "dxa")
    for row in t.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def simple_table(doc, header, rows, cms, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1093", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


# =================================================================== DOC A
# 区行政审批局 standalone 办事指南 (no 红头), Word auto-numbered headings,
# indentation typed with full-width spaces, manual line breaks, half-width bits.
def doc_qingbaijiang():
    stem = "blind1093_qbj_shipin"
    G.update(sz=14, ln=26)
    doc = Document()
    setup(doc, margins=(2.54, 2.54, 3.18, 3.18))
    clauses = []
    n_head = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, G["sz"], False)], first=Pt(2 * G["sz"]))
        apply_num(p, n_head)

    def lines(ls):
        clauses.extend(ls)
        add_lines(doc, ls, prefix=IND, indent=False)

    # title wrapped at an odd place, two separate paragraphs
    add_par(doc, [("成都市青白江区食品经营许可", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（新办）办事指南", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    head("事项名称")
    body("食品经营许可（新办）")
    head("事项编码")
    lines(["基本编码：000130015000", "实施编码：11510113MB0T43862J4000130015000"])
    head("事项类型")
    body("行政许可")
    head("实施主体")
    body("成都市青白江区行政审批局（依据相对集中行政许可权改革，原由区市场监督管理局实施的食品经营许可由区行政审批局统一实施）")
    head("办理依据")
    body("1.《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。")
    body("2．《中华人民共和国食品安全法实施条例》（中华人民共和国国务院令第721号）第十五条。")
    body("3.《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第四条、第十二条、第二十六条。")
    body("4．《四川省人民政府关于同意成都市青白江区开展相对集中行政许可权改革试点的批复》（川府函〔2019〕112号）。")
    head("受理条件")
    body("申请人应当取得营业执照等合法主体资格，并符合下列条件：")
    body("（1）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持该场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；")
    body("（2）具有与经营的食品品种、数量相适应的经营设备或者设施，有相应的消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施；")
    body("（3）有专职或者兼职的食品安全总监、食品安全员等食品安全管理人员和保证食品安全的规章制度；")
    body("（4）具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染，避免食品接触有毒物、不洁物；")
    body("（5）法律、法规规定的其他条件。")
    head("申请材料")
    header = ["序号", "材料名称", "来源渠道", "纸质要求", "备注"]
    rows = [
        ["1", "食品经营许可申请书", "申请人自备（可在四川政务服务网下载）", "原件1份", "申请人签字或盖章"],
        ["2", "营业执照或者其他主体资格证明文件", "市场监督管理部门核发", "免提交", "已通过电子证照库共享获取的，不再提交"],
        ["3", "与食品经营相适应的主要设备设施、经营布局、操作流程等文件", "申请人自备", "原件1份", "含经营场所平面布局图、设备布局图"],
        ["4", "食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录", "申请人自备", "原件1份", "—"],
        ["5", "食品安全管理人员名单及身份证明", "申请人自备", "复印件1份", "现场核验原件"],
        ["6", "授权委托书及代理人身份证明", "申请人自备", "原件1份", "委托他人代为办理的提交"],
        ["7", "自动设备放置地点、经营者名称、住所、联系方式、食品经营许可证公示方法等材料", "申请人自备", "原件1份", "利用自动设备从事食品经营的提交"],
    ]
    simple_table(doc, header, rows, [1.1, 5.0, 3.2, 1.9, 3.4], size=10.5, left_cols=(1,))
    for r in rows:
        clauses.append(row_clause(header, r))
    note = "注：1.申请材料统一使用A4纸打印，复印件应注明“与原件一致”并由申请人签字或盖章；2.通过天府通办、四川政务服务网在线申报的，上传材料扫描件，无需另行提交纸质材料。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("办理流程")
    body("（一）受理。申请人通过窗口或网上提交申请材料，窗口工作人员当场核对，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，当场一次性告知需要补正的全部内容。")
    body("（二）审查。审查人员对申请材料进行审查，需要对申请材料的实质内容进行核实的，指派2名以上工作人员开展现场核查。")
    body("(三)决定。符合条件的，作出准予行政许可的决定；不符合条件的，作出不予行政许可的书面决定并说明理由，告知申请人依法享有申请行政复议或者提起行政诉讼的权利。")
    body("（四）送达。作出准予许可决定的，自决定之日起5个工作日内颁发食品经营许可证，申请人可选择窗口领取、免费邮寄送达或者下载电子证照。")
    head("办理时限")
    body("法定办结时限：10个工作日（自受理之日起计算，现场核查、整改时间不计算在内）")
    body("承诺办结时限：3个工作日")
    head("收费标准")
    body("不收费。")
    head("办理地点和时间")
    lines(["办理地点：成都市青白江区政务服务中心（青白江区凤凰大道二段88号）二楼C区市场准入专区12—15号窗口",
           "办理时间：周一至周五（法定节假日除外）上午9:00—12:00，下午13:30—17:30；周六上午9:00—12:00提供预约服务。"])
    head("咨询及监督投诉")
    body("咨询电话：028-83976521")
    body("监督投诉电话：028-83976500；12345政务服务便民热线")
    body("网上办理：天府通办APP、四川政务服务网（www.sczwfw.gov.cn）")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 30 + "成都市青白江区行政审批局", indent=False)
    add_par(doc, " " * 34 + "2026年1月20日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市青白江区食品经营许可（新办）办事指南",
            "doc_number": None,
            "issuer": ["成都市青白江区行政审批局"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 自贸片区管委会 红头 通知 印发 告知承诺制办事指南; 附件1 guide with run-in
# headings, table split across pages with 续表 and vertically merged cells.
def doc_qinzhou():
    stem = "blind1093_qzg_gaozhi"
    G.update(sz=16, ln=28)
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, ind=True):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, G["sz"], bold), (t, FS, G["sz"], False)])

    def head(t):
        add_par(doc, [(t, HT, G["sz"], False)])

    # 版头: two red lines
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    add_par(doc, [("钦州港片区管理委员会文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管发〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three lines, wrapped mid-word with manual breaks
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发《钦州港片区道路普通货物运输经营"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("许可告知承诺制办事指南》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各部门、各直属单位，驻片区各有关单位：", indent=False)
    body("为深入贯彻《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）和自治区关于自由贸易试验区提升战略的部署要求，服务西部陆海新通道建设，进一步降低道路货运市场准入门槛，经研究，决定在片区范围内对道路普通货物运输经营许可（使用总质量4500千克以上普通货运车辆）实行告知承诺制。现将《钦州港片区道路普通货物运输经营许可告知承诺制办事指南》印发给你们，请认真贯彻执行。")
    body("片区行政审批局要严格按照办事指南做好受理、审批工作，对申请人作出承诺且材料齐全的，当场作出许可决定；片区交通运输部门要在许可决定作出之日起2个月内对申请人承诺内容开展核查，发现实际情况与承诺内容不符的，依法责令限期整改；逾期不整改或者整改后仍不符合条件的，依法撤销许可决定，并将虚假承诺行为纳入信用记录。")
    body("本通知自印发之日起施行，有效期至2028年3月9日。执行中遇到的问题，请及时向片区行政审批局反映。")
    empty(doc, 1)
    add_par(doc, "附件：钦州港片区道路普通货物运输经营许可告知承诺制办事指南")
    empty(doc, 2)
    for t in ("中国（广西）自由贸易试验区", "钦州港片区管理委员会", "二〇二六年三月十日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    G.update(sz=12, ln=17)
    add_par(doc, [("钦州港片区道路普通货物运输经营许可", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("告知承诺制办事指南", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=12)
    runin("一、事项名称：", "道路普通货物运输经营许可（告知承诺制）")
    runin("二、事项编码：", "基本编码000147004000；实施编码11450700MB1D52716Q4000147004000")
    runin("三、实施主体：", "中国（广西）自由贸易试验区钦州港片区行政审批局")
    head("四、办理依据")
    body("1．《中华人民共和国道路运输条例》第二十一条、第二十四条；")
    body("2．《道路货物运输及站场管理规定》（交通运输部令2023年第12号）第六条、第八条、第十条；")
    body("3．《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）；")
    body("4．《中国（广西）自由贸易试验区钦州港片区“证照分离”改革全覆盖试点实施方案》（钦自贸管发〔2021〕14号）。")
    head("五、受理条件")
    body("申请人在片区内依法登记注册，拟使用总质量4500千克以上普通货运车辆从事道路普通货物运输经营，并自愿选择告知承诺方式办理的，应当符合下列条件：")
    body("（一）有与其经营业务相适应并经检测合格的车辆；")
    body("（二）有符合规定条件的驾驶人员，取得相应的机动车驾驶证和道路货物运输从业资格证，年龄不超过60周岁；")
    body("（三）有健全的安全生产管理制度，包括安全生产责任制度、安全生产业务操作规程等。")
    body("申请人有较严重不良信用记录或者曾作出虚假承诺的，在信用修复前不适用告知承诺制。")
    head("六、申请材料")
    header = ["序号", "材料名称", "来源渠道", "纸质要求", "备注"]
    cms = [1.0, 5.0, 3.0, 2.3, 4.3]
    part1 = [
        ["1", "道路普通货物运输经营许可告知承诺书", "申请人自备", "原件1份", "法定代表人签字并加盖公章"],
        ["2", "道路货物运输经营申请表", "申请人自备", "原件1份", "可在广西数字政务一体化平台下载"],
    ]
    t = simple_table(doc, header, part1, cms, size=10.5, left_cols=(1, 4))
    # merge 来源渠道 over rows 1-2 (typed once)
    m = t.cell(1, 2).merge(t.cell(2, 2))
    set_cell(m, "申请人自备", FS, 10.5)
    for r in part1:
        clauses.append(row_clause(header, r))
    # manual 续表 on next page, header row typed again
    p = add_par(doc, [("续表", KT, 12, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    part2 = [
        ["3", "拟投入车辆承诺书（含车辆数量、类型、技术等级、总质量、外廓尺寸等）", "申请人自备", "原件1份", "已购置车辆的，同时提交机动车行驶证复印件"],
        ["4", "驾驶人员的机动车驾驶证、道路货物运输从业资格证", "公安机关、交通运输部门核发", "复印件1份", "可通过电子证照库调取的，免于提交"],
        ["5", "安全生产管理制度文本", "申请人自备", "原件1份", "—"],
        ["6", "营业执照", "市场监督管理部门核发", "免提交", "通过数据共享获取"],
        ["7", "授权委托书及受托人身份证明", "申请人自备", "原件1份", "委托他人办理的提交"],
    ]
    simple_table(doc, header, part2, cms, size=10.5, left_cols=(1, 4))
    for r in part2:
        clauses.append(row_clause(header, r))
    note = "注：申请人暂未购置车辆的，可在拟投入车辆承诺书中载明车辆购置计划，自取得许可之日起6个月内完成车辆配备。"
    clauses.append(note)
    add_par(doc, [(note, KT, 10.5, False)], indent=False, line=18, before=2)
    head("七、办理流程")
    body("受理→审查→决定→送达")
    runin("（一）受理。", "申请人通过广西数字政务一体化平台或片区政务服务中心综合窗口提交申请并签署告知承诺书，材料齐全的当场受理。", KT, True)
    runin("（二）审查。", "对申请材料和承诺内容进行形式审查，不再开展现场核查。", KT, True)
    runin("（三）决定。", "申请人承诺符合条件且材料齐全的，当场作出准予许可决定。", KT, True)
    runin("（四）送达。", "当场制发《道路运输经营许可证》，同步生成电子证照。", KT, True)
    runin("八、法定办结时限：", "20日（自受理申请之日起计算）")
    runin("九、承诺办结时限：", "即办件，材料齐全、符合法定形式的当场办结")
    runin("十、收费标准：", "不收费。")
    runin("十一、办理地点：", "钦州港片区政务服务中心（中马大街18号）一楼综合窗口")
    runin("十二、办理时间：", "工作日上午8:00—12:00，下午14:30—17:30。")
    runin("十三、咨询电话：", "0777-3881206")
    runin("十四、监督投诉电话：", "0777-3881199；12345政务服务便民热线")
    runin("十五、事中事后监管：", "片区交通运输部门在许可决定作出之日起2个月内开展全覆盖核查，未履行承诺的依法处理并纳入信用记录。")

    # ---------------- 版记 (after attachments), 印发 line with right tab
    empty(doc, 1, line=12)
    p = add_par(doc, [("抄送：自治区商务厅，钦州市人民政府、交通运输局。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("钦州港片区管理委员会党政办公室", FS, 14, False), ("\t", FS, 14, False),
                       ("2026年3月10日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区道路普通货物运输经营许可告知承诺制办事指南》的通知",
            "doc_number": "钦自贸管发〔2026〕5号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-10",
            "published": None,
            "level": "other",
            "region": "钦州市",
            "effective": "2026-03-10",
            "expires": "2028-03-09",
            "attachments": ["钦州港片区道路普通货物运输经营许可告知承诺制办事指南"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各直属单位", "驻片区各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 省商务厅 红头 公告 with attachment guide: 要素/内容 table, two-level header
# (纸质要求／原件, 纸质要求／复印件), caption with unit, digits date.
def doc_hunan():
    stem = "blind1093_hn_laowu"
    G.update(sz=16, ln=28)
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t, name=HT):
        add_par(doc, [(t, name, G["sz"], False)])

    add_par(doc, [("湖南省商务厅文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc, 1, line=20)
    p = add_par(doc, "湘商服〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("湖南省商务厅关于发布对外劳务合作经营资格", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("核准办事指南（2026年版）的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("为贯彻落实《对外劳务合作管理条例》，进一步规范对外劳务合作经营资格核准工作，服务我省企业参与共建“一带一路”国际合作，我厅修订了对外劳务合作经营资格核准办事指南，现予以发布，自2026年4月1日起施行。2022年3月发布的《对外劳务合作经营资格核准办事指南》（湘商服〔2022〕11号）同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：对外劳务合作经营资格核准办事指南（2026年版）")
    empty(doc, 1)
    p = add_par(doc, "湖南省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    G.update(sz=14, ln=23)
    empty(doc, 1)
    add_par(doc, [("对外劳务合作经营资格核准", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("办事指南（2026年版）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    head("一、基本信息")
    header = ["要素", "内容"]
    rows = [
        ["事项名称", "对外劳务合作经营资格核准"],
        ["事项编码", "11430000006190815W4000123012000"],
        ["事项类型", "行政许可"],
        ["实施主体", "湖南省商务厅"],
        ["行使层级", "省级"],
        ["法定办结时限", "20个工作日"],
        ["承诺办结时限", "10个工作日"],
        ["收费标准", "不收费"],
        ["办理形式", "窗口办理、网上办理"],
        ["到办事现场次数", "0次"],
    ]
    simple_table(doc, header, rows, [4.0, 11.0], size=12, left_cols=(1,))
    for r in rows:
        clauses.append(row_clause(header, r))
    empty(doc, 1, line=14)
    head("二、办理依据")
    body("（一）《对外劳务合作管理条例》（国务院令第620号）第五条、第六条、第七条、第八条；")
    body("（二）《对外劳务合作风险处置备用金管理办法（试行）》（商务部、财政部令2014年第2号）第四条；")
    body("（三）《湖南省人民政府关于调整实施一批省级行政权力事项的决定》（湘政发〔2021〕15号）。")
    head("三、受理条件")
    body("申请人应当同时具备以下条件：")
    body("1．符合企业法人条件；")
    body("2．实缴注册资本不低于600万元人民币；")
    body("3．有3名以上熟悉对外劳务合作业务的管理人员；")
    body("4．有健全的内部管理制度和突发事件应急处置制度；")
    body("5．法定代表人没有故意犯罪记录。")
    body("申请人取得对外劳务合作经营资格后，应当在5个工作日内按规定缴存不低于300万元的对外劳务合作风险处置备用金。")
    head("四、申请材料")
    add_par(doc, [("申请材料清单", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("单位：份", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    hdr_top = ["序号", "材料名称", "来源渠道", "纸质要求", "", "备注"]
    keys = ["序号", "材料名称", "来源渠道", "纸质要求／原件", "纸质要求／复印件", "备注"]
    mrows = [
        ["1", "对外劳务合作经营资格申请书", "申请人自备", "1", "—", "法定代表人签字并加盖公章"],
        ["2", "企业营业执照", "市场监督管理部门核发", "—", "—", "通过电子证照共享获取，免于提交"],
        ["3", "验资报告或者实缴注册资本证明材料", "会计师事务所出具", "1", "—", "实缴注册资本不低于600万元人民币"],
        ["4", "3名以上熟悉对外劳务合作业务的管理人员名单、劳动合同及社会保险缴纳证明", "申请人自备", "—", "1", "加盖企业公章"],
        ["5", "企业内部管理制度和突发事件应急处置制度", "申请人自备", "—", "1", "—"],
        ["6", "法定代表人无故意犯罪记录证明", "公安机关出具", "1", "—", "可通过“湘易办”申请开具"],
        ["7", "经营场所证明", "申请人自备", "—", "1", "自有房产提供产权证明，租赁场所提供租赁合同"],
    ]
    t = doc.add_table(rows=2 + len(mrows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.1, 5.0, 2.6, 1.3, 1.5, 3.9])
    for i in (0, 1, 2, 5):
        c = t.cell(0, i).merge(t.cell(1, i))
        set_cell(c, hdr_top[i], HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "纸质要求", HT, 12)
    set_cell(t.cell(1, 3), "原件", HT, 12)
    set_cell(t.cell(1, 4), "复印件", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(mrows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 5) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append(row_clause(keys, r))
    note = "注：网上申报的，申请人上传材料原件扫描件（PDF格式），审核通过后无需再提交纸质材料。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("五、办理流程")
    body("办理流程：受理→审查→决定→送达。")
    body("1．受理：省政务服务中心商务厅窗口或“湘易办”平台收到申请材料后，对材料齐全、符合法定形式的，出具受理通知书；材料不齐全的，在5个工作日内一次性告知申请人需要补正的全部内容。")
    body("2．审查：省商务厅对外投资和经济合作处对申请材料进行审查，必要时可以征求申请人住所地市州商务主管部门意见或者组织实地核查。")
    body("3．决定：对符合条件的，作出批准决定，颁发《对外劳务合作经营资格证书》；对不符合条件的，书面通知申请人并说明理由。")
    body("4．送达：通过窗口领取、EMS免费寄递或者电子证照方式送达，并在省商务厅门户网站公布取得经营资格的企业名单。")
    head("六、办理地点和时间")
    body("办理地点：湖南省政务服务中心（长沙市岳麓区西二环一段588号）三楼商务厅窗口。")
    body("办理时间：工作日上午9:00—12:00，下午13:00—17:00（法定节假日除外）。")
    head("七、咨询和监督投诉")
    body("咨询电话：0731-82287351")
    body("监督投诉电话：0731-82287300；湖南省12345政务服务便民热线。")

    # 版记: only 印发 line
    empty(doc, 2)
    p = add_par(doc, [("湖南省商务厅办公室", FS, 14, False), ("　" * 10, FS, 14, False),
                      ("2026年3月18日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省商务厅关于发布对外劳务合作经营资格核准办事指南（2026年版）的公告",
            "doc_number": "湘商服〔2026〕9号",
            "issuer": ["湖南省商务厅"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": ["对外劳务合作经营资格核准办事指南（2026年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": "《对外劳务合作经营资格核准办事指南》（湘商服〔2022〕11号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qingbaijiang(), doc_qinzhou(), doc_hunan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
