# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 986: 海关 AEO 企业名单公告 + 企业信用等级调整告知书, Word + PDF + expected.json."""
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT

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
    """runs: str or list of (text, font, size, bold[, color]); "\n" inside a
    text becomes a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set widths on the grid and on every cell (LibreOffice reads tblGrid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
            # width of a (possibly merged) cell = sum of its grid columns
            idx = sum(int(t.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
                      if t.tcPr is not None and t.tcPr.find(qn("w:gridSpan")) is not None else 1
                      for t in row._tr.findall(qn("w:tc"))[:row._tr.findall(qn("w:tc")).index(tc)])
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths_cm[idx:idx + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def banji(doc, lines):
    """版记: lines between black rules (first has top rule, last bottom)."""
    empty(doc, 2)
    for i, (left, right) in enumerate(lines):
        runs = [(left, FS, 14, False)]
        if right:
            runs += [("\t", FS, 14, False), (right, FS, 14, False)]
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_986", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_qingdao():
    """青岛海关公告：公布2026年第一批AEO企业名单（两个附件表）。"""
    stem = "blind986_qd_aeo_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 (no 文件 — 公告), 公告号 line, red rule
    add_par(doc, [("中华人民共和国青岛海关", XBS, 36, False, RED)],
            align=CENTER, indent=False, line=54, before=18)
    p = add_par(doc, [("青岛海关公告2026年第5号", FS, 16, False)], align=CENTER,
                indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("青岛海关关于公布2026年第一批", "经认证的经营者（AEO）企业", "名单的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《中华人民共和国海关企业信用管理办法》《海关高级认证企业标准》等有关规定，青岛海关对关区内申请认证的企业开展了经认证的经营者（AEO）认证工作，并对部分认证企业开展了复核。经企业申请、海关实地认证和集体审议，现将2026年第一批经认证的经营者（AEO）企业名单及认证类型调整企业名单予以公布，有关事项公告如下：")
    body("一、经认证，青岛海晟达国际物流有限公司等24家企业符合相应认证标准，其中高级认证企业10家、一般认证企业14家（名单见附件1）。")
    body("二、经复核，青岛瑞通达报关有限公司等4家企业认证类型发生调整（名单见附件2）。")
    body("三、高级认证企业适用海关规定的便利管理措施，并可在与中国海关签署AEO互认安排的国家（地区）享受相应通关便利。截至2026年2月底，中国海关已与新加坡、韩国、欧盟、哈萨克斯坦、阿联酋等28个经济体签署AEO互认安排，覆盖共建“一带一路”国家（地区）36个。")
    head("四、有关要求")
    runin("（一）持续符合认证标准。", "认证企业应当按照认证标准持续规范内部控制、财务管理、守法规范和贸易安全等工作，企业名称、法定代表人、经营场所等发生变更的，应当自变更之日起30日内向所在地海关报告。")
    runin("（二）接受海关复核。", "海关对高级认证企业每5年复核一次，对一般认证企业实施动态管理。复核不再符合相应标准的，海关将依法调整其认证类型或者取消认证。")
    runin("（三）用好政策红利。", "鼓励中国（山东）自由贸易试验区、中国—上海合作组织地方经贸合作示范区内企业积极申请AEO认证，各隶属海关要加强对企业的培育指导，帮助企业用好AEO互认便利，拓展共建“一带一路”国家市场。")
    body("五、企业对公布的名单有异议的，可自本公告发布之日起10个工作日内向青岛海关企业管理和稽查处书面反映。联系电话：0532-82032165。")
    body("本公告自2026年4月1日起施行。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 list: one paragraph, second item after a manual line break, aligned
    # with typed full-width spaces
    add_par(doc, "附件：1.青岛海关2026年第一批经认证的经营者（AEO）企业名单\n"
                 "\u3000\u3000\u3000\u3000\u3000 2.认证类型调整企业名单")
    empty(doc, 3)
    add_par(doc, " " * 44 + "青岛海关", indent=False)
    add_par(doc, " " * 39 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1 on its own page, long table with repeated header row
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("青岛海关2026年第一批经认证的经营者（AEO）", XBS, 20, False)],
            align=CENTER, indent=False, line=30)
    add_par(doc, [("企业名单", XBS, 20, False)], align=CENTER, indent=False, line=30)
    empty(doc, 1, line=16)
    header = ["序号", "企业名称", "海关编码", "认证类型"]
    rows = [
        ("青岛海晟达国际物流有限公司", "3702980417", "高级认证"),
        ("山东港联冷链供应链有限公司", "3702660395", "高级认证"),
        ("烟台鲁东化工新材料股份有限公司", "3706930218", "高级认证"),
        ("威海蓝海渔业食品有限公司", "3710960572", "一般认证"),
        ("潍坊华瑞动力机械有限公司", "3707964031", "一般认证"),
        ("青岛前湾保税港区中韩通国际贸易有限公司", "3702664786", "一般认证"),
        ("济南齐鲁智造电子科技有限公司", "3701236259", "高级认证"),
        ("淄博鲁中精细化工有限公司", "3703961408", "一般认证"),
        ("日照港通铁矿石物流有限公司", "3711911027", "高级认证"),
        ("临沂商城跨境电子商务有限公司", "3713960843", "一般认证"),
        ("青岛胶州上合国际多式联运有限公司", "3702961570", "高级认证"),
        ("济宁汇丰工程机械有限公司", "3708962194", "一般认证"),
        ("烟台开发区中澳食品进出口有限公司", "3706236620", "一般认证"),
        ("青岛西海岸新区海工装备制造有限公司", "3702966347", "高级认证"),
        ("威海综合保税区韩通供应链管理有限公司", "3710660931", "一般认证"),
        ("东营黄河三角洲轮胎有限公司", "3705963588", "高级认证"),
        ("滨州鲁北纺织品进出口有限公司", "3716960715", "一般认证"),
        ("德州齐河光伏新能源科技有限公司", "3714962846", "一般认证"),
        ("青岛中铁联集陆海物流有限公司", "3702981162", "高级认证"),
        ("泰安泰山玻璃纤维制品有限公司", "3709961397", "一般认证"),
        ("聊城鲁西轴承进出口有限公司", "3715960482", "一般认证"),
        ("枣庄鲁南跨境电商产业园运营有限公司", "3704960256", "一般认证"),
        ("菏泽牡丹生物科技有限公司", "3717962019", "一般认证"),
        ("青岛自贸片区海丝跨境贸易服务有限公司", "3702966905", "高级认证"),
    ]
    assert sum(r[2] == "高级认证" for r in rows) == 10 and len(rows) == 24
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, (name, code, typ) in enumerate(rows, 1):
        vals = [str(ri), name, code, typ]
        for ci, v in enumerate(vals):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=LEFT if ci == 1 else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    col_widths(t, [1.4, 9.0, 3.2, 2.4])
    note = "注：企业名称以海关备案信息为准；排名不分先后。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    # ---- 附件2 on its own page, two-level merged header
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("认证类型调整企业名单", XBS, 20, False)], align=CENTER, indent=False, line=30)
    empty(doc, 1, line=16)
    rows2 = [
        ("青岛瑞通达报关有限公司", "3702980633", "高级认证", "一般认证"),
        ("潍坊金泰纺织进出口有限公司", "3707960158", "一般认证", "高级认证"),
        ("烟台港联国际货运代理有限公司", "3706980247", "高级认证", "一般认证"),
        ("济南恒远化工贸易有限公司", "3701960981", "一般认证", "取消认证"),
    ]
    t = doc.add_table(rows=2 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["序号", "企业名称", "海关编码"]):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "认证类型", HT, 12)
    set_cell(t.cell(1, 3), "调整前", HT, 12)
    set_cell(t.cell(1, 4), "调整后", HT, 12)
    heads2 = ["序号", "企业名称", "海关编码", "认证类型／调整前", "认证类型／调整后"]
    for ri, r in enumerate(rows2, 2):
        vals = [str(ri - 1)] + list(r)
        for ci, v in enumerate(vals):
            set_cell(t.cell(ri, ci), v, FS, 12, align=LEFT if ci == 1 else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads2, vals)))
    col_widths(t, [1.4, 6.8, 3.4, 2.1, 2.1])
    n1 = "注：1.调整后的认证类型自本公告施行之日起适用。"
    n2 = "2.取消认证的企业，按照一般信用企业实施管理。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses += [n1, n2]

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛海关关于公布2026年第一批经认证的经营者（AEO）企业名单的公告",
            "doc_number": "青岛海关公告2026年第5号",
            "issuer": ["中华人民共和国青岛海关"],
            "date": "2026-03-16",
            "published": None,
            "level": "other",
            "region": "山东省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": ["青岛海关2026年第一批经认证的经营者（AEO）企业名单",
                            "认证类型调整企业名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chongqing():
    """重庆海关：企业信用等级调整告知书（高级认证→一般认证）。"""
    stem = "blind986_cq_xinyong_gaozhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国重庆海关", XBS, 36, False, RED)],
            align=CENTER, indent=False, line=54, before=24)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 30, 1)
    empty(doc, 1)
    add_par(doc, [("企业信用等级调整告知书", XBS, 22, False)], align=CENTER, indent=False, line=36)
    # 文号 pushed right with a right tab stop
    p = add_par(doc, [("\t渝关信告字〔2026〕第23号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    empty(doc, 1)
    add_par(doc, "重庆渝欧通达供应链管理有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("根据《中华人民共和国海关企业信用管理办法》和《海关高级认证企业标准》有关规定，我关于2026年1月12日至1月16日对你单位开展了高级认证企业复核。经复核，你单位存在下列情形，不再符合高级认证企业标准，我关拟将你单位信用等级由高级认证企业调整为一般认证企业。现将有关事项告知如下：")
    head("一、企业基本信息")
    # form table: label | value | label | value, some values merged across
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    form = [
        [("企业名称", "重庆渝欧通达供应链管理有限公司")],
        [("海关编码", "5001966218"), ("统一社会信用代码", "91500106MA5U7K3G2X")],
        [("法定代表人", "李建明"), ("企业类型", "进出口货物收发货人")],
        [("原信用等级", "高级认证企业"), ("调整后信用等级", "一般认证企业")],
        [("住所", "重庆市沙坪坝区土主街道西部物流园区物流大道28号")],
    ]
    for ri, pairs in enumerate(form):
        row = t.rows[ri]
        if len(pairs) == 1:
            lab, val = pairs[0]
            set_cell(row.cells[0], lab, HT, 12)
            c = row.cells[1].merge(row.cells[3])
            set_cell(c, val, FS, 12, align=LEFT)
        else:
            for k, (lab, val) in enumerate(pairs):
                set_cell(row.cells[2 * k], lab, HT, 12)
                set_cell(row.cells[2 * k + 1], val, FS, 12, align=LEFT)
        clauses.append("；".join("%s：%s" % pv for pv in pairs))
    col_widths(t, [2.6, 4.2, 3.9, 5.3])
    empty(doc, 1, line=14)
    head("二、调整事由")
    runin("（一）内部控制不符合标准。", "你单位未按照标准建立进出口单证复核制度，2025年度报关单修改、撤销比例为4.7%，超过标准规定的3%；关务人员岗位变动后未及时开展海关业务培训。")
    runin("（二）存在违反海关监管规定行为。", "2025年9月22日，你单位以一般贸易方式申报出口的汽车零部件一批，申报品名与实际不符，被我关依法处以罚款人民币14.6万元（渝关缉违字〔2025〕0417号）。")
    runin("（三）财务状况不符合标准。", "你单位2025年度资产负债率为97.3%，已连续两年超过95%，不符合标准中财务状况相关指标要求。")
    runin("三、调整依据。", "《中华人民共和国海关企业信用管理办法》关于高级认证企业复核的规定，以及《海关高级认证企业标准》中内部控制、财务状况、守法规范等通用标准。", HT)
    head("四、权利告知")
    body("1.陈述、申辩。你单位如对上述事由有异议，可自收到本告知书之日起5个工作日内向我关书面提出陈述、申辩意见，并提交相关证明材料。逾期未提出的，视为放弃陈述、申辩权利，我关将依法作出调整决定。")
    body("2.重新申请认证。信用等级调整后，你单位完成整改并满1年的，可重新向我关提出高级认证申请。")
    runin("五、其他事项。", "调整决定作出后，你单位将不再适用高级认证企业管理措施，通过中欧班列（渝新欧）、西部陆海新通道出口货物在AEO互认国家（地区）享受的通关便利同步停止。", HT)
    runin("六、联系方式。", "重庆海关企业管理和稽查处，联系人：周晓梅，联系电话：023-61226578。", HT)
    body("本告知书一式两份，一份送达你单位，一份由我关存档。")
    empty(doc, 3)
    p = add_par(doc, "中华人民共和国重庆海关", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(40)
    p = add_par(doc, "二〇二六年二月九日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, [("抄送：海关总署企业管理和稽查司，重庆市商务委员会。", None),
                ("重庆海关企业管理和稽查处", "2026年2月9日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "企业信用等级调整告知书",
            "doc_number": "渝关信告字〔2026〕第23号",
            "issuer": ["中华人民共和国重庆海关"],
            "date": "2026-02-09",
            "published": None,
            "level": "other",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知书",
            "recipients": ["重庆渝欧通达供应链管理有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nanning():
    """南宁海关：两份企业信用状况认定告知书，批量打印在同一文件中。"""
    stem = "blind986_nn_gaozhi_liangfen"
    doc = Document()
    setup(doc)
    docs = []

    def notice(num, company, fields, paras, date_txt, iso):
        clauses = []
        # plain black heading (no red head): organ name in 黑体
        add_par(doc, [("中华人民共和国南宁海关", HT, 18, False)], align=CENTER,
                indent=False, line=32)
        empty(doc, 1, line=20)
        add_par(doc, [("企业信用状况认定告知书", XBS, 22, False)], align=CENTER,
                indent=False, line=36)
        add_par(doc, [(num, FS, 16, False)], align=CENTER, indent=False)
        empty(doc, 1)
        add_par(doc, company + "：", indent=False)
        for f in fields:
            p = add_par(doc, f)
            clauses.append(f)
        for t, shown in paras:
            # shown: the text as typed (may hold a manual line break "\n");
            # t: clause text(s)
            add_par(doc, shown)
            if isinstance(t, list):
                clauses.extend(t)
            else:
                clauses.append(t)
        empty(doc, 2)
        add_par(doc, "\u3000" * 14 + "中华人民共和国南宁海关", indent=False)
        add_par(doc, "\u3000" * 18 + date_txt, indent=False)
        docs.append((num, company, iso, clauses))

    # ---- notice 1: 一般认证 -> 高级认证
    p1 = ("你单位于2025年11月20日向我关提出高级认证申请。根据《中华人民共和国海关企业信用管理办法》《海关高级认证企业标准》有关规定，我关组织对你单位开展了实地认证。经认证，你单位内部控制、财务状况、守法规范、贸易安全等各项标准均符合要求，认定为高级认证企业(AEO)，AEO证书编号为AEOCN4514960327。现告知如下：")
    p1_shown = p1.replace("我关组织对你单位开展了", "我关组织对你单位开展了\n")
    a1 = "1.你单位自认定之日起适用高级认证企业管理措施，包括较低进出口货物查验率,优先办理通关手续，减少对企业稽查、核查频次等。"
    a2 = "2.你单位出口至AEO互认国家（地区）的货物，可在对方海关享受相应通关便利。你单位经友谊关口岸、凭祥铁路口岸出口至越南以及经中越班列转运至新加坡、马来西亚、泰国等东盟国家的货物，可凭AEO编码申报享受互认便利。"
    a3 = "3.海关对高级认证企业每5年复核一次。你单位名称、法定代表人、经营场所等发生变更的，应当自变更之日起30日内向我关报告。"
    notice("南关信告〔2026〕8号", "广西凭祥友谊关通达进出口贸易有限公司",
           ["企业名称：广西凭祥友谊关通达进出口贸易有限公司",
            "海关编码：4514960327",
            "统一社会信用代码：91451481MA5N8R2T6H",
            "原认证类型：一般认证企业",
            "认定后认证类型：高级认证企业"],
           [(p1, p1_shown), ([a1, a2], a1 + "\n" + a2), (a3, a3)],
           "2026年4月3日", "2026-04-03")

    page_break(doc)

    # ---- notice 2: 一般认证 -> 拟认定失信企业
    b0 = "经查，你单位存在下列情形，根据《中华人民共和国海关企业信用管理办法》有关规定，我关拟将你单位认定为失信企业："
    b1 = "（1）2025年7月14日，你单位申报进口甲醇一批，因申报数量不实，被我关处以罚款人民币58.3万元（南关缉违字〔2025〕0632号）；"
    b2 = "（2）2025年12月2日，你单位申报进口液化石油气一批，因申报价格不实影响税款征收，被我关处以罚款人民币46.9万元（南关缉违字〔2025〕0915号）。"
    b3 = "上述行政处罚金额累计105.2万元，属于1年内因违反海关监管规定被海关行政处罚金额累计超过100万元的情形。"
    b4 = "你单位被认定为失信企业后，海关将对你单位实施较高进出口货物查验率、加强单证审核、提高稽查核查频次等管理措施，并将认定结果通报中国（广西）自由贸易试验区钦州港片区管委会等有关部门，依法实施联合惩戒。"
    b5 = "如对上述拟认定事项有异议，你单位可自收到本告知书之日起5个工作日内向我关提出书面陈述、申辩，并提交相关证明材料;逾期未提出的，视为放弃陈述、申辩权利。"
    b6 = "联系部门：南宁海关企业管理和稽查处，联系电话：0771-5536127。"
    b4_shown = b4.replace("并将认定结果通报", "并将认定结果\n通报")
    notice("南关信告〔2026〕9号", "钦州港鑫海化工物流有限公司",
           ["企业名称：钦州港鑫海化工物流有限公司",
            "海关编码：4507966281",
            "统一社会信用代码：91450700MA5P2W4L8C",
            "原认证类型：一般认证企业",
            "拟认定信用等级：失信企业"],
           [(b0, b0), (b1, b1), (b2, b2), (b3, b3), (b4, b4_shown), (b5, b5), (b6, b6)],
           "2026年4月7日", "2026-04-07")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "企业信用状况认定告知书",
            "doc_number": num,
            "issuer": ["中华人民共和国南宁海关"],
            "date": iso,
            "published": None,
            "level": "other",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知书",
            "recipients": [company],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    } for num, company, iso, clauses in docs]
    return path


def main():
    paths = [doc_qingdao(), doc_chongqing(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
