# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 168: the most ordinary documents of county-level governments and their bureaus.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind168_yiwu_notice.docx / .pdf      义乌市人民政府办公室 通知 on 义新欧 中欧班列 and 市场采购 (一、（一）1.)
  blind168_pingxiang_joint.docx / .pdf  凭祥市商务局 凭祥市财政局 joint 通知 on 边民互市, body table of 互市点
  blind168_ruili_plan.docx / .pdf       瑞丽市人民政府 印发 实施方案 通知, 方案 + landscape 任务分工表 attachment
  blind168_suifenhe_gonggao.docx / .pdf 绥芬河市人民政府公告 2024年第4号 (numbered items, 特此公告)
  expected.json

Run:  . /work/venv/bin/activate && python make_blind168.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
LINE = Pt(28.9)
CENTER, LEFT, RIGHT, JUST = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY


# ------------------------------------------------------------------ helpers
def setf(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", east=FS, size=SAN, align=JUST, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if text:
        setf(p.add_run(text), east, size, bold, color)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc, "")
    setf(p.add_run(head), head_font, SAN, head_bold)
    setf(p.add_run(body), FS, SAN)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = para(doc, "", indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— "):
    setf(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = setf(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    setf(p.add_run(dash[::-1]), ST, size)


def setup(doc, footer="alternate", dash="— "):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    if footer == "alternate":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = RIGHT
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, dash=dash)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = LEFT
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep, dash=dash)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = CENTER
        page_field(fp, dash=dash)


def banhead(doc, text, size=36, spacing=None):
    p = para(doc, "", XBZ, size, CENTER, 0, line=Pt(size * 1.2))
    r = setf(p.add_run(text), XBZ, size, color=RED)
    if spacing:
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def number_line(doc, number, rule=True, align=CENTER):
    blank(doc, 2)
    p = para(doc, number, FS, SAN, align, 0)
    if rule:
        border(p, "bottom", 18, "E60012", 8)
    blank(doc)
    return p


def title(doc, parts, soft=False):
    if soft:
        p = para(doc, "", XBZ, ER, CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = setf(p.add_run(t), XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER, CENTER, 0, line=Pt(33))
    blank(doc)


def zhusong(doc, text):
    para(doc, text, FS, SAN, JUST, 0)


def signoff(doc, issuer, date, publicity=None, right_chars=4):
    blank(doc, 2)
    p = para(doc, issuer, FS, SAN, RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, FS, SAN, RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    if publicity:
        blank(doc)
        para(doc, publicity, FS, SAN, LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    blank(doc, blank_lines)
    p = para(doc, "", FS, SI, LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    setf(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    setf(p.add_run(printer), FS, SI)
    setf(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=12, align=CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size * 1.5)
    p.paragraph_format.first_line_indent = None
    if text:
        setf(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, widths, size=12, header_font=HT, aligns=None):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(header):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        cell_text(c, h, header_font, size)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            cell_text(c, v, FS, size, (aligns[ci] if aligns else CENTER))
    fix_widths(tbl, widths)
    return tbl


def fix_widths(tbl, widths):
    """Write the widths into w:tblGrid as well (LibreOffice lays tables out from the grid)."""
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def drop_empty_paras(tbl):
    for row in tbl.rows:
        for c in row.cells:
            for extra in c.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_168", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================== 1. 义乌
YW_ISSUER = "义乌市人民政府办公室"
YW_NUM = "义政办发〔2024〕12号"
YW_TITLE_PARTS = ["义乌市人民政府办公室关于推动“义新欧”", "中欧班列和市场采购贸易高质量发展的通知"]
YW_TITLE = "".join(YW_TITLE_PARTS)
YW_TO = "各镇人民政府、街道办事处，市政府各部门、各直属单位："
YW_BODY = [
    ("p", "为深入贯彻落实省委、省政府关于高水平推进义乌国际贸易综合改革试验区建设和打造“一带一路”重要支点的部署要求，进一步擦亮“义新欧”中欧班列金名片，深化市场采购贸易方式试点，加快建设“世界小商品之都”，经市政府同意，现就有关事项通知如下："),
    ("h", "一、总体目标"),
    ("p", "到2024年底，“义新欧”中欧班列（义乌平台）全年开行2600列以上，发送标准箱21万个以上，新增国际线路2条以上；市场采购贸易方式出口额达到3800亿元，同比增长8%以上。到2026年底，班列年开行量稳定在3000列左右，市场采购贸易方式出口额突破4500亿元，基本建成辐射共建“一带一路”国家的国际物流枢纽和小商品出口集散中心。"),
    ("h", "二、重点任务"),
    ("sub", "（一）提升“义新欧”中欧班列运营能级"),
    ("p", "1.优化线路布局。巩固义乌至马德里、杜伊斯堡、莫斯科等18条既有线路，加密中亚五国和俄罗斯方向班列，2024年新开通义乌至布达佩斯、义乌至比什凯克线路。班列运营平台在义乌西站每周开行去程班列不少于50列。"),
    ("p", "2.提升铁路口岸功能。支持义乌铁路口岸扩大进境肉类、水果、粮食指定监管场地业务规模，2024年6月30日前完成义乌西站集装箱堆场扩建工程，新增堆场面积3.5万平方米。"),
    ("p", "3.完善回程货源组织。对组织进口商品搭乘回程班列的企业，按每标准箱1500元给予补助，单个企业年度补助最高不超过300万元；回程进口商品优先在义乌进口商品馆展示销售。"),
    ("sub", "（二）深化市场采购贸易方式试点"),
    ("p", "1.扩大试点主体规模。鼓励国际商贸城经营户、外贸公司和个体工商户开展市场采购贸易备案，2024年全市新增市场采购贸易备案主体3000家以上。"),
    ("p", "2.推进“市场采购+班列”联动。支持通过“义新欧”中欧班列运输市场采购贸易方式出口商品，对采用市场采购贸易方式申报并经中欧班列出口的，每标准箱给予运费补助800元，单个企业年度补助最高不超过200万元。"),
    ("p", "3.强化组货拼箱服务。在福田街道国际商贸城周边和稠江街道各布局建设1个市场采购出口组货拼箱中心，2024年9月30日前建成投用，为中小经营户提供集中收货、拼箱、报关一站式服务。"),
    ("sub", "（三）强化平台和要素支撑"),
    ("p", "1.发挥自贸试验区平台作用。依托中国（浙江）自由贸易试验区金义片区，在义乌综合保税区开展中欧班列“保税+分拨”业务，探索开展市场采购贸易项下出口商品“一票到底”改革试点。"),
    ("p", "2.加大资金和金融支持。市财政每年安排不少于1亿元专项资金，用于本通知规定的补助事项；引导金融机构为中欧班列运营企业和市场采购贸易主体提供出口信用保险、跨境人民币结算等服务。"),
    ("h", "三、保障措施"),
    ("runin", "（一）加强组织领导。", "市推进“义新欧”中欧班列和市场采购贸易发展工作专班负责统筹协调，专班办公室设在市商务局（市口岸办），每季度召开一次工作例会，研究解决重大问题。"),
    ("runin", "（二）压实工作责任。", "各镇（街道）、各部门要按照职责分工细化工作举措，于每月5日前将上月工作进展报送市商务局。稠江街道、北苑街道要做好义乌国际陆港物流园周边道路交通组织和仓储用地保障。"),
    ("runin", "（三）严格资金管理。", "补助资金实行“先申报、后审核、再拨付”，由市商务局会同市财政局按季度审核兑现；对弄虚作假骗取补助资金的，追回已拨付资金，并依法依规追究相关责任。"),
    ("p", "本通知自2024年4月1日起施行，有效期至2026年12月31日。此前我市有关规定与本通知不一致的，以本通知为准。"),
]
YW_DATE = "2024年3月18日"
YW_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市纪委市监委，市法院，市检察院，义乌海关。"
YW_PRINTER = "义乌市人民政府办公室"
YW_PRINTDATE = "2024年3月19日"


def render_body(doc, body):
    for item in body:
        k = item[0]
        if k == "h":
            para(doc, item[1], HT, SAN, JUST, 2)
        elif k == "sub":
            para(doc, item[1], KT, SAN, JUST, 2)
        elif k == "p":
            para(doc, item[1])
        elif k == "runin":
            runin(doc, item[1], item[2], KT)
        elif k == "runin_ht":
            runin(doc, item[1], item[2], HT)


def body_clauses(body):
    out = []
    for item in body:
        if item[0] == "p":
            out.append(item[1])
        elif item[0] in ("runin", "runin_ht"):
            out.append(item[1] + item[2])
    return out


def build_yiwu():
    doc = Document()
    setup(doc, "alternate")
    banhead(doc, "义乌市人民政府办公室文件", 36)
    number_line(doc, YW_NUM)
    title(doc, YW_TITLE_PARTS, soft=False)   # typed as two paragraphs
    zhusong(doc, YW_TO)
    render_body(doc, YW_BODY)
    signoff(doc, YW_ISSUER, YW_DATE, "（此件公开发布）")
    page_break(doc)
    banji(doc, YW_CHAOSONG, YW_PRINTER, YW_PRINTDATE, blank_lines=17)
    out = os.path.join(HERE, "blind168_yiwu_notice.docx")
    doc.save(out)
    return out


# ================================================================== 2. 凭祥 joint
PX_ISSUERS = ["凭祥市商务局", "凭祥市财政局"]
PX_NUM = "凭商发〔2024〕15号"
PX_TITLE = "凭祥市商务局　凭祥市财政局关于做好2024年边民互市贸易发展工作的通知"
PX_TITLE_TYPED = "凭祥市商务局　凭祥市财政局关于做好2024年边民互市贸易发展工作的通知"
PX_TO = "各镇人民政府，市直各有关单位，各互市点管理单位："
PX_HEADER = ["序号", "互市点名称", "所在乡镇", "年度目标（亿元）", "备注"]
PX_ROWS = [
    ["1", "浦寨边民互市点", "友谊镇", "120", "含红木、水果交易区"],
    ["2", "弄怀边民互市点", "凭祥镇", "85", ""],
    ["3", "叫隘边民互市点", "上石镇", "55", ""],
    ["4", "平而边民互市点", "友谊镇", "25", "平而关口岸配套"],
    ["5", "油隘边民互市点", "夏石镇", "15", "2024年新开通"],
]
PX_TOTAL = ["合计", "", "", "300", ""]
PX_BODY_A = [
    ("p", "为贯彻落实《国务院关于促进边境贸易创新发展的指导意见》和自治区关于推动边民互市贸易转型升级的部署要求，充分发挥边境贸易在中国（广西）自由贸易试验区崇左片区建设中的支撑作用，促进边民增收和沿边地区高质量发展，现就做好2024年边民互市贸易发展工作通知如下："),
    ("h", "一、明确年度目标任务"),
    ("p", "2024年，全市边民互市贸易额力争达到300亿元，同比增长10%以上；参与边民互市贸易的边民稳定在3万人以上，互市商品落地加工比例达到40%以上。各互市点年度目标如下："),
]
PX_TABLE_TITLE = "2024年凭祥市各边民互市点年度目标任务表"
PX_BODY_B = [
    ("h", "二、加快互市商品落地加工"),
    ("runin", "（一）支持落地加工企业发展。", "对入驻凭祥边境互市商品落地加工产业园、年度使用互市商品货值达到5000万元以上的加工企业，按使用货值的1%给予奖励，单个企业年度奖励最高不超过100万元。"),
    ("runin", "（二）规范边民互助组管理。", "各镇要指导边民互助组完成规范化登记，2024年6月30日前全市边民互助组全部纳入边民互市贸易服务平台管理，互助组成员人数一般为20至50人。"),
    ("h", "三、强化资金保障"),
    ("runin", "（一）统筹安排资金。", "市财政统筹边境地区转移支付资金2000万元，用于互市点基础设施建设、边民互市贸易服务平台运行维护和落地加工奖励，其中互市点基础设施建设资金1200万元，优先保障油隘边民互市点查验设施建设。"),
    ("runin", "（二）规范资金管理。", "资金按照“项目申报、部门审核、公示拨付”程序管理，市商务局负责项目审核，市财政局负责资金拨付和绩效监督，资金不得用于与边民互市贸易无关的支出。"),
    ("h", "四、工作要求"),
    ("runin", "（一）按时报送情况。", "各镇要于每季度结束后10日内将本辖区互市点运行情况报送市商务局，市商务局汇总后报市人民政府。"),
    ("runin", "（二）维护互市秩序。", "友谊镇、凭祥镇要会同凭祥海关、友谊关出入境边防检查站做好浦寨、弄怀互市点周边交通秩序和安全管理工作。"),
    ("runin", "（三）执行期限。", "本通知执行期限为2024年1月1日至2024年12月31日。"),
    ("p", "联系人：市商务局边贸股　黄丽，电话：0771-8521236；市财政局经济建设股　陆强，电话：0771-8526418。"),
]
PX_DATE = "2024年4月26日"
PX_CHAOSONG = "崇左市商务局，崇左市财政局，凭祥海关，凭祥市人民政府办公室。"
PX_PRINTER = "凭祥市商务局办公室"
PX_PRINTDATE = "2024年4月28日"


def build_pingxiang():
    doc = Document()
    setup(doc, "center", dash="- ")
    # joint 版头: two organ names stacked on the left, 文件 on the right, in a borderless table
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for ri, name in enumerate(PX_ISSUERS):
        c = tbl.cell(ri, 0)
        c.width = Mm(110)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        setf(p.add_run(name), XBZ, 36, color=RED)
    right = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    right.width = Mm(45)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = CENTER
    setf(p.add_run("文件"), XBZ, 36, color=RED)
    fix_widths(tbl, [Mm(112), Mm(44)])
    drop_empty_paras(tbl)
    number_line(doc, PX_NUM)
    title(doc, [PX_TITLE_TYPED])
    zhusong(doc, PX_TO)
    render_body(doc, PX_BODY_A)
    para(doc, PX_TABLE_TITLE, HT, SI, CENTER, 0, line=Pt(26))
    p = para(doc, "单位：亿元", FS, 12, RIGHT, 0, line=Pt(20))
    t = grid_table(doc, PX_HEADER, PX_ROWS + [PX_TOTAL], [Mm(14), Mm(44), Mm(26), Mm(30), Mm(40)], size=12,
                   aligns=[CENTER, LEFT, CENTER, CENTER, LEFT])
    # 合计 spans 序号..所在乡镇 (horizontal merge)
    last = len(PX_ROWS) + 1
    t.cell(last, 0).merge(t.cell(last, 2))
    drop_empty_paras(t)
    render_body(doc, PX_BODY_B)
    # joint 落款: two names side by side, date under the right one
    blank(doc, 1)
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, name in enumerate(PX_ISSUERS):
        c = st.cell(0, ci)
        cell_text(c, name, FS, SAN)
    fix_widths(st, [Mm(78), Mm(78)])
    p = para(doc, PX_DATE, FS, SAN, RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 5)
    blank(doc)
    para(doc, "（此件主动公开）", FS, SAN, LEFT, 2)
    banji(doc, PX_CHAOSONG, PX_PRINTER, PX_PRINTDATE, blank_lines=16)
    out = os.path.join(HERE, "blind168_pingxiang_joint.docx")
    doc.save(out)
    return out


# ================================================================== 3. 瑞丽
RL_ISSUER = "瑞丽市人民政府"
RL_NUM = "瑞政发〔2024〕21号"
RL_PLAN = "瑞丽市加快沿边开放口岸经济发展实施方案（2024—2026年）"
RL_TITLE = "瑞丽市人民政府关于印发" + RL_PLAN + "的通知"
RL_TO = "各乡镇人民政府、街道办事处，姐告边境贸易区管委会，畹町经济开发区管委会，市直各部门："
RL_COVER = "现将《" + RL_PLAN + "》印发给你们，请结合实际，认真抓好贯彻落实。"
RL_PLAN_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推进沿边地区开发开放和高质量共建“一带一路”的决策部署，充分发挥瑞丽国家重点开发开放试验区和中国（云南）自由贸易试验区德宏片区的政策叠加优势，加快建设面向南亚东南亚辐射中心的重要节点，结合我市实际，制定本方案。"),
    ("h", "一、主要目标"),
    ("p", "到2026年，全市口岸进出口货运量达到1800万吨，外贸进出口总额突破800亿元，沿边产业园区规模以上工业总产值达到300亿元，边民互市贸易额达到120亿元，口岸经济对全市经济增长的贡献率明显提升。"),
    ("h", "二、重点任务"),
    ("runin", "（一）提升口岸通关能力。", "推进瑞丽口岸姐告货运通道改造提升，2025年6月30日前建成畹町口岸芒满通道联检设施，积极推动弄岛通道升格为双边性公路口岸，口岸货物平均通关时间压缩至6小时以内。"),
    ("runin", "（二）做强沿边产业园区。", "依托瑞丽边境经济合作区和姐告边境贸易区，重点发展电子信息、摩托车及汽车零部件、纺织服装和生物医药等产业，到2026年新引进加工贸易企业50家以上。"),
    ("runin", "（三）发展口岸现代物流。", "在畹町经济开发区建设国际物流园，完善冷链仓储和跨境运输集散功能，培育年营业收入超亿元的物流企业5家以上。"),
    ("runin", "（四）推动边民互市贸易转型。", "推进姐告、弄岛边民互市点规范化建设，推广“边民互助组+落地加工企业”模式，到2026年互市商品落地加工率达到50%以上。"),
    ("runin", "（五）深化跨境金融合作。", "支持银行业金融机构在勐卯街道设立跨境金融服务中心，扩大跨境人民币结算规模，2024年至2026年跨境人民币结算量年均增长15%以上。"),
    ("runin", "（六）优化口岸营商环境。", "全面推行国际贸易“单一窗口”，口岸收费目录清单对外公开，进出口环节合规成本较2023年下降10%以上。"),
    ("h", "三、保障措施"),
    ("runin", "（一）加强组织领导。", "成立由市人民政府主要领导任组长的口岸经济发展工作领导小组，领导小组办公室设在市商务局，统筹推进方案实施。"),
    ("runin", "（二）强化要素保障。", "市财政每年统筹安排口岸经济发展资金不少于5000万元，优先保障口岸基础设施和沿边产业园区建设用地需求。"),
    ("runin", "（三）严格督查考核。", "各牵头单位要于每年6月30日、12月20日前将工作进展报送领导小组办公室，市人民政府督查室将方案落实情况纳入年度绩效考核。"),
    ("p", "本方案自印发之日起施行，有效期至2026年12月31日。"),
]
RL_ATT = "瑞丽市加快沿边开放口岸经济发展重点任务分工表"
RL_HEADER = ["序号", "重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"]
RL_ROWS = [
    ["1", "提升口岸通关能力", "推进瑞丽口岸姐告货运通道改造提升", "姐告边境贸易区管委会", "瑞丽海关、市交通运输局", "2025年12月"],
    ["2", "提升口岸通关能力", "建成畹町口岸芒满通道联检设施", "畹町经济开发区管委会", "市发展改革局、瑞丽海关", "2025年6月"],
    ["3", "提升口岸通关能力", "推动弄岛通道升格为双边性公路口岸", "市商务局", "弄岛镇人民政府、市外事办", "2026年12月"],
    ["4", "做强沿边产业园区", "新引进加工贸易企业50家以上", "市投资促进局", "瑞丽边境经济合作区管委会", "2026年12月"],
    ["5", "发展口岸现代物流", "建设畹町国际物流园", "畹町经济开发区管委会", "市自然资源局", "2026年6月"],
    ["6", "推动边民互市贸易转型", "推进姐告、弄岛边民互市点规范化建设", "市商务局", "姐告边境贸易区管委会、弄岛镇人民政府", "2025年12月"],
    ["7", "深化跨境金融合作", "在勐卯街道设立跨境金融服务中心", "市金融服务中心", "中国人民银行瑞丽市支行、勐卯街道办事处", "2024年12月"],
    ["8", "优化口岸营商环境", "全面推行国际贸易“单一窗口”", "市商务局", "瑞丽海关、瑞丽出入境边防检查站", "持续推进"],
]
RL_DATE = "2024年6月5日"
RL_CHAOSONG = "州人民政府办公室，州商务局，市委办公室，市人大常委会办公室，市政协办公室，瑞丽海关。"
RL_PRINTER = "瑞丽市人民政府办公室"
RL_PRINTDATE = "2024年6月7日"


def build_ruili():
    doc = Document()
    setup(doc, "alternate")
    banhead(doc, "瑞丽市人民政府文件", 40, spacing=20)
    number_line(doc, RL_NUM)
    title(doc, ["瑞丽市人民政府关于印发", "瑞丽市加快沿边开放口岸经济发展实施方案", "（2024—2026年）的通知"], soft=True)
    zhusong(doc, RL_TO)
    para(doc, RL_COVER)
    signoff(doc, RL_ISSUER, RL_DATE, "（此件公开发布）")
    page_break(doc)
    blank(doc)
    title(doc, ["瑞丽市加快沿边开放口岸经济发展实施方案", "（2024—2026年）"], soft=False)
    render_body(doc, RL_PLAN_BODY)
    blank(doc)
    p = para(doc, "附件：" + RL_ATT, FS, SAN, JUST, 2)
    # landscape section for the 分工表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, SAN, LEFT, 0)
    para(doc, RL_ATT, XBZ, ER, CENTER, 0, line=Pt(33))
    blank(doc)
    rows = [list(r) for r in RL_ROWS]
    t = grid_table(doc, RL_HEADER, rows, [Mm(14), Mm(36), Mm(62), Mm(38), Mm(50), Mm(24)], size=12,
                   aligns=[CENTER, CENTER, LEFT, LEFT, LEFT, CENTER])

    def vmerge(col, r0, r1):
        for r in range(r0 + 1, r1 + 1):
            for run in t.cell(r, col).paragraphs[0].runs:
                run.text = ""
        t.cell(r0, col).merge(t.cell(r1, col))
    vmerge(1, 1, 3)   # 提升口岸通关能力 x3
    drop_empty_paras(t)
    # 版记 back on a portrait page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    banji(doc, RL_CHAOSONG, RL_PRINTER, RL_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind168_ruili_plan.docx")
    doc.save(out)
    return out


# ================================================================== 4. 绥芬河 公告
SF_ISSUER = "绥芬河市人民政府"
SF_NUM = "2024年第4号"
SF_SUBJECT = "关于中俄边民互市贸易进口商品落地加工有关事项的公告"
SF_TITLE = SF_ISSUER + SF_SUBJECT
SF_ITEMS = [
    "为贯彻落实《国务院关于促进边境贸易创新发展的指导意见》和《中国（黑龙江）自由贸易试验区总体方案》，推动边民互市贸易由“通道经济”向“落地经济”转变，根据《边民互市贸易管理办法》等有关规定，结合我市实际，现就中俄边民互市贸易进口商品落地加工有关事项公告如下：",
    "一、本公告所称落地加工，是指边民或者边民互助组通过绥芬河互市贸易区申报进口的互市商品，经交易后由在我市注册的加工企业采购，在我市行政区域内进行实质性加工并形成新产品的经营活动。",
    "二、落地加工应当在中国（黑龙江）自由贸易试验区绥芬河片区、绥芬河边境经济合作区或者绥芬河综合保税区内进行。阜宁镇境内经市商务局认定的木材、粮油加工集中区，参照本公告执行。",
    "三、可用于落地加工的互市商品包括粮食（大豆、小麦、油菜籽）、木材、食用植物油、蜂蜜、水产品等，不包括列入边民互市进口商品不予免税清单的商品。",
    "四、申请开展落地加工的企业应当在我市依法注册登记，具有与加工规模相适应的生产场所和设备，上一年度无重大违法违规记录，并向市商务局办理备案。",
    "五、企业可通过黑龙江政务服务网或者市政务服务中心商务窗口提交备案材料。市商务局自受理之日起5个工作日内完成审核，对符合条件的予以备案，并在市人民政府门户网站公示。",
    "六、通过绥芬河铁路口岸进口的互市商品，可在绥芬河综合保税区铁路专用线集中查验后运至加工企业；通过绥芬河公路口岸进口的互市商品，应当在互市贸易区内完成交易后方可出区加工。",
    "七、对年度采购互市商品用于落地加工、货值达到2000万元以上的企业，按采购货值的2%给予奖励，单个企业年度奖励最高不超过200万元；奖励资金于次年3月31日前兑现。",
    "八、市商务局会同绥芬河海关、市市场监督管理局对落地加工企业实行“双随机、一公开”监管。企业将互市商品未经加工直接转售的，取消备案资格，3年内不得再次申请，已享受的奖励资金予以追回。",
    "九、咨询电话：市商务局对外贸易科0453-3922716；市政务服务中心商务窗口0453-3925108。",
    "十、本公告自2024年7月1日起施行，有效期3年。《绥芬河市人民政府关于互市贸易商品落地加工试点有关事项的公告》（2021年第2号）同时废止。",
]
SF_DATE = "2024年6月20日"


def build_suifenhe():
    doc = Document()
    setup(doc, "center", dash="- ")
    blank(doc)
    banhead(doc, "绥芬河市人民政府公告", 40)
    p = para(doc, SF_NUM, FS, SAN, CENTER, 0, before=12)
    border(p, "bottom", 18, "E60012", 8)
    blank(doc)
    title(doc, [SF_SUBJECT])
    for t in SF_ITEMS:
        para(doc, t)
    para(doc, "特此公告。")
    signoff(doc, SF_ISSUER, SF_DATE, None)
    out = os.path.join(HERE, "blind168_suifenhe_gonggao.docx")
    doc.save(out)
    return out


# ================================================================== expected.json
def expected():
    px_rows = [row_clause(PX_HEADER, r) for r in PX_ROWS] + [row_clause(PX_HEADER, PX_TOTAL)]
    rl_rows = [row_clause(RL_HEADER, r) for r in RL_ROWS]
    e = {}
    e["blind168_yiwu_notice"] = [{
        "meta": {
            "title": YW_TITLE,
            "doc_number": YW_NUM,
            "issuer": [YW_ISSUER],
            "date": "2024-03-18",
            "published": "2024-03-19",
            "level": "county",
            "region": "浙江省金华市义乌市",
            "effective": "2024-04-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
            "publicity": "此件公开发布",
        },
        "clauses": body_clauses(YW_BODY),
        "applies_to": {
            "default": "浙江省金华市义乌市",
            "specific": {
                "二（一）1.": "义乌西站",
                "二（一）2.": "义乌铁路口岸 / 义乌西站",
                "二（二）1.": "国际商贸城",
                "二（二）3.": "福田街道（国际商贸城周边）、稠江街道",
                "二（三）1.": "中国（浙江）自由贸易试验区金义片区 / 义乌综合保税区",
                "三（二）": "稠江街道、北苑街道（义乌国际陆港物流园）",
            },
            "note": "马德里、杜伊斯堡、莫斯科、布达佩斯、比什凯克、中亚五国、俄罗斯 are 班列 destinations, not places where a clause applies; 共建“一带一路”国家 likewise. 义乌海关 (抄送) and 市商务局/市财政局 are organs. 浙江省 (from 省委、省政府 in the preamble) is too broad for the preamble (low).",
        },
        "_note": "Furniture, not clauses: red 版头 义乌市人民政府办公室文件; 文号 line 义政办发〔2024〕12号 with the red rule under it; the title, typed as TWO centred paragraphs (…关于推动“义新欧” / 中欧班列和市场采购贸易高质量发展的通知) that must be joined into one title without a space; 主送 line (→ recipients; 2 groups split at the full-width comma, splitting further at 、 is tolerable); 落款 义乌市人民政府办公室 / 2024年3月18日; （此件公开发布）; 版记 (抄送：… / 义乌市人民政府办公室 2024年3月19日印发) alone on the last page after 17 empty paragraphs; footer page numbers “— N —” right on odd pages, left on even pages (odd/even footers). Headings 一、总体目标 / 二、重点任务 / 三、保障措施 (黑体, own paragraphs) and the sub-headings （一）（二）（三） under 二、 (楷体, own paragraphs, no text of their own) are headings, not clauses (tolerable as heading clauses, low); the 1.2.3. items under each （一） must carry their own text and be told apart from the items of the other （一）/（二）/（三） (the numbering restarts three times: a label 1. alone is ambiguous, the path/heading must say which （X）). Under 三、 the （一）（二）（三） are run-in 楷体 headings: heading + text = ONE clause. The closing paragraph 本通知自2024年4月1日起施行，有效期至2026年12月31日 is a clause and gives effective 2024-04-01 (NOT the 成文日期 2024-03-18) and expires 2026-12-31. date = 2024-03-18 (落款); 2024-03-19 is the 印发 date in the 版记. Other dates (2024-06-30, 2024-09-30) are deadlines. No attachments. level: 义乌 is a county-level city (县级市, under 金华); 'municipal' is wrong-ish (medium if the reader treats 义乌市 as a prefecture city).",
        "_pdf": {"note": "same expected metadata and clauses; 5 pages; the 落款 and （此件公开发布） on p4, the 版记 alone on p5 (last); page numbers “— N —” right on odd pages, left on even pages; the title prints on two lines; several 1. items run across page breaks (二（二）3. from p2 to p3; 三（三） from p3 to p4) and must not be cut there."},
    }]
    e["blind168_pingxiang_joint"] = [{
        "meta": {
            "title": PX_TITLE,
            "doc_number": PX_NUM,
            "issuer": PX_ISSUERS,
            "date": "2024-04-26",
            "published": "2024-04-28",
            "level": "county",
            "region": "广西壮族自治区崇左市凭祥市",
            "effective": "2024-01-01",
            "expires": "2024-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "市直各有关单位", "各互市点管理单位"],
            "publicity": "此件主动公开",
        },
        "clauses": body_clauses(PX_BODY_A) + px_rows + body_clauses(PX_BODY_B),
        "applies_to": {
            "default": "广西壮族自治区崇左市凭祥市",
            "specific": {
                "table row 1 (浦寨)": "友谊镇 / 浦寨边民互市点",
                "table row 2 (弄怀)": "凭祥镇 / 弄怀边民互市点",
                "table row 3 (叫隘)": "上石镇 / 叫隘边民互市点",
                "table row 4 (平而)": "友谊镇 / 平而边民互市点（平而关口岸）",
                "table row 5 (油隘)": "夏石镇 / 油隘边民互市点",
                "二（一）": "凭祥边境互市商品落地加工产业园",
                "三（一）": "油隘边民互市点（夏石镇） for the priority sentence; the 2000万元 is 全市",
                "四（二）": "友谊镇、凭祥镇（浦寨、弄怀互市点）",
            },
            "note": "中国（广西）自由贸易试验区崇左片区 in the preamble is context (tolerable as a place for the preamble only). 凭祥海关, 友谊关出入境边防检查站, 崇左市商务局/财政局 (抄送) are organs, not places. 合计 row = 全市.",
        },
        "_note": "Joint document of two bureaus. Furniture: the joint red 版头 — a borderless 2x2 table: 凭祥市商务局 / 凭祥市财政局 stacked in the left column, 文件 in the merged right cell (must not become the title, nor an issuer ‘凭祥市商务局凭祥市财政局文件’ or a clause/table row); 文号 line 凭商发〔2024〕15号 (the lead bureau's number) + red rule; the title (one paragraph; the two organ names separated by a full-width space 　 — a normal space or none in the title is tolerable); 主送; the table title 2024年凭祥市各边民互市点年度目标任务表 and the unit line 单位：亿元 (table furniture; the unit belongs to 年度目标); the joint 落款 — the two names side by side in a borderless 1x2 table (must NOT be read as a table row / clause) — and 2024年4月26日; （此件主动公开）; 版记 (抄送… / 凭祥市商务局办公室 2024年4月28日印发) on the last page; footer “- N -” centred. issuer = BOTH bureaus (only 商务局 is HIGH-ish: 财政局 is co-issuer of the money rules). Clauses: the 一、 text ends with 各互市点年度目标如下： and the table follows — 5 互市点 rows + 合计 row (合计 spans 序号..所在乡镇 horizontally; as a clause or dropped both tolerable); each row must keep its 所在乡镇. 二、三、四、 are headings; （一）（二）… under them are run-in 楷体 headings (heading + text = one clause). 四（三）执行期限 gives effective 2024-01-01 (retroactive, before the 成文日期) and expires 2024-12-31. The contact line 联系人：… is a clause (tolerable either way, low). date = 2024-04-26 (落款); 2024-04-28 = 印发 date; 2024-06-30 is a deadline. level county (凭祥 is a 县级市 under 崇左).",
        "_pdf": {"note": "4 pages. The joint 版头 prints as 凭 祥 市 商 务 局 / 凭 祥 市 财 政 局 (distributed, so the text layer has spaces between characters) with 文件 to their right on the line between (text order: 商务局, 文件, 财政局); the 一、 paragraph runs from p1 to p2 just before the table; the table (p2) has wrapped cells (年度目标（亿 | 元）, 含红木、水果交易 | 区) that must not become extra rows; the 落款 names print on one line (凭祥市商务局　凭祥市财政局) at the bottom of p3 with the date; （此件主动公开） and the 版记 are on p4; page numbers “- N -” centred."},
    }]
    e["blind168_ruili_plan"] = [{
        "meta": {
            "title": RL_TITLE,
            "doc_number": RL_NUM,
            "issuer": [RL_ISSUER],
            "date": "2024-06-05",
            "published": "2024-06-07",
            "level": "county",
            "region": "云南省德宏傣族景颇族自治州瑞丽市",
            "effective": "2024-06-05",
            "expires": "2026-12-31",
            "attachments": [RL_ATT],
            "doc_type": "通知",
            "recipients": ["各乡镇人民政府、街道办事处", "姐告边境贸易区管委会", "畹町经济开发区管委会", "市直各部门"],
            "publicity": "此件公开发布",
            "issued_document": RL_PLAN,
        },
        "clauses": [RL_COVER] + body_clauses(RL_PLAN_BODY) + rl_rows,
        "applies_to": {
            "default": "云南省德宏傣族景颇族自治州瑞丽市",
            "specific": {
                "二（一）": "姐告（瑞丽口岸）、畹町口岸（芒满通道）、弄岛（弄岛通道）",
                "二（二）": "瑞丽边境经济合作区、姐告边境贸易区",
                "二（三）": "畹町经济开发区",
                "二（四）": "姐告、弄岛（边民互市点）",
                "二（五）": "勐卯街道",
                "分工表 row 1": "姐告",
                "分工表 row 2": "畹町（芒满通道）",
                "分工表 row 3": "弄岛镇",
                "分工表 row 4": "瑞丽边境经济合作区",
                "分工表 row 5": "畹町",
                "分工表 row 6": "姐告、弄岛镇",
                "分工表 row 7": "勐卯街道",
            },
            "note": "中国（云南）自由贸易试验区德宏片区 in the 方案 preamble is context (德宏片区 covers 瑞丽; tolerable for the preamble). 南亚东南亚 is a direction, not a place of application. 瑞丽海关, 瑞丽出入境边防检查站, 中国人民银行瑞丽市支行 are organs.",
        },
        "_note": "A 印发 通知 (cover) followed on a new page by the 实施方案 itself (its own title, typed as two paragraphs: 瑞丽市加快沿边开放口岸经济发展实施方案 / （2024—2026年）), then the 方案's 附件 — the 任务分工表 — in a LANDSCAPE section, then the 版记 on a portrait last page. One document expected (the 通知 with the 方案 as its content); reading the 方案 as a second document (title = 方案 title, issuer 瑞丽市人民政府, date 2024-06-05, effective 2024-06-05, expires 2026-12-31, attachments = the 分工表) is equally fine, as long as the cover clause is not lost and the 方案 title is not read as a clause. doc_type 通知 (实施方案 for the 方案 part is fine). Furniture: red 版头 瑞丽市人民政府文件 (expanded letter spacing); 文号 + red rule; the cover title in ONE paragraph with two soft line breaks (after 关于印发 and after 实施方案; must be joined without a stray newline/space); 主送; 落款 瑞丽市人民政府 / 2024年6月5日; （此件公开发布）; the 方案 title; 附件说明 附件：瑞丽市加快沿边开放口岸经济发展重点任务分工表 (→ attachments); the label 附件 and the 分工表 title on the landscape page; 版记 (抄送：州人民政府办公室… / 瑞丽市人民政府办公室 2024年6月7日印发); footer “— N —” odd right / even left (the landscape section inherits the footers). Clauses: the cover sentence (1), the 方案 preamble, 一、主要目标 text, 二、（一）…（六） run-in 楷体 headings with their text (heading + text = ONE clause), 三、（一）…（三）, the 施行 sentence, then the 8 分工表 rows. The 重点任务 column is vertically merged over rows 1–3 (提升口岸通关能力): rows 2 and 3 must still carry 重点任务：提升口岸通关能力 (blank is medium). The 分工表 header row is marked to repeat (tblHeader); the table runs over two landscape pages. effective = 2024-06-05 (自印发之日起施行 → the 成文日期 of the 印发 通知; 2024-06-07 印发 date in the 版记 is tolerable, low), expires 2026-12-31. Deadlines 2025-06-30, 6月30日/12月20日 are not dates of the document. level county (瑞丽 is a 县级市 under 德宏州).",
        "_pdf": {"note": "same expected metadata and clauses; 7 pages: cover 通知 (p1), 方案 (pp2–4, ending with the 附件说明), the 分工表 on LANDSCAPE pages 5–6, 版记 alone on p7. The header row is repeated at the top of p6 (must not become a data row / clause), and row 5 (发展口岸现代物流 / 建设畹町国际物流园 / 畹町经济开发区管委会 / 2026年6月) is SPLIT across the page break — its 重点任务 ‘发展口岸现代物 | 流’, 牵头单位 ‘畹町经济开发区管 | 委会’ and 完成时限 ‘2026年6 | 月’ continue on p6 under the repeated header; a reader must re-join them into one row (a half row or a stray row ‘流；委会；月’ is medium). The merged 重点任务 cell (rows 1–3) prints once, centred across rows 1–3 (in text order it sits on row 2's line). Page numbers continue across the landscape pages."},
    }]
    e["blind168_suifenhe_gonggao"] = [{
        "meta": {
            "title": SF_TITLE,
            "doc_number": SF_NUM,
            "issuer": [SF_ISSUER],
            "date": "2024-06-20",
            "published": None,
            "level": "county",
            "region": "黑龙江省牡丹江市绥芬河市",
            "effective": "2024-07-01",
            "expires": "2027-06-30",
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": ["《绥芬河市人民政府关于互市贸易商品落地加工试点有关事项的公告》（2021年第2号）"],
        },
        "clauses": list(SF_ITEMS),
        "applies_to": {
            "default": "黑龙江省牡丹江市绥芬河市",
            "specific": {
                "一、": "绥芬河互市贸易区",
                "二、": "中国（黑龙江）自由贸易试验区绥芬河片区、绥芬河边境经济合作区、绥芬河综合保税区；阜宁镇（木材、粮油加工集中区）",
                "六、": "绥芬河铁路口岸 / 绥芬河综合保税区；绥芬河公路口岸 / 互市贸易区",
            },
            "note": "中俄 / 俄罗斯 do not place any clause abroad. 绥芬河海关, 市市场监督管理局, 市商务局 are organs. 黑龙江政务服务网 is a website, not a place.",
        },
        "_note": "A 公告: no 主送, no 版记, no 附件. Furniture: the red heading 绥芬河市人民政府公告 (it is the 公告's heading, not a 版头 organ name + 文件; it must not become the whole title), the number line 2024年第4号 with a red rule (→ doc_number; ‘绥芬河市人民政府公告2024年第4号’ is equally right; it has no 〔〕 and no 发 — a reader that only knows X发〔YYYY〕N号 will miss it: medium), the subject title 关于中俄边民互市贸易进口商品落地加工有关事项的公告 (title = issuer + subject as in meta; the subject alone is tolerable, low; the heading 绥芬河市人民政府公告 alone as title is medium), 特此公告。 (closing formula — not a clause; as a clause tolerable, low), 落款 绥芬河市人民政府 / 2024年6月20日; footer “- N -” centred. Clauses: the preamble + the 10 numbered items 一、…十、 (plain text, no run-in headings; each item one clause). effective 2024-07-01 (NOT the 落款 date), expires: 有效期3年 from 2024-07-01 → 2027-06-30 (a reader that cannot compute it: None is tolerable, low; 2027-07-01 is tolerable, low). date = 2024-06-20. Item 十、 repeals the 2021年第2号 公告 (if the reader records repeals). level county (绥芬河 is a 县级市 under 牡丹江).",
        "_pdf": {"note": "3 pages with “- N -” centred page numbers; item 九、 runs from p2 to p3 (must not be cut at the page break); 特此公告。 and the 落款 on p3."},
    }]
    return e


def main():
    outs = [build_yiwu(), build_pingxiang(), build_ruili(), build_suifenhe()]
    for o in outs:
        to_pdf(o)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    shutil.rmtree("/tmp/lo_168", ignore_errors=True)


if __name__ == "__main__":
    main()
