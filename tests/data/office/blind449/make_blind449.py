# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 449: faxed and forwarded documents retyped into Word.

Writes next to itself:
  blind449_chongqing_chuanzhen.docx / .pdf  (fax cover form table + joint notice)
  blind449_suzhou_youjian.docx / .pdf       (forwarded e-mail + pasted notice)
  blind449_xian_chuanzhen.docx / .pdf       (fax cover typed as lines + 函)
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(att), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    return doc


def para(doc, runs, align=None, indent=True, line=28):
    """runs: list of (text, font, size, bold, color) or a plain string."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, None, None)]
    for spec in runs:
        text, font, size, bold, color = (list(spec) + [None] * 5)[:5]
        r = p.add_run(text)
        set_font(r, font or FS, size or 16, bold, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)
    )
    ppr.append(pbdr)


def page_number_footer(doc, fmt="dash"):
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— " if fmt == "dash" else "")
        set_font(r, SONG, 14)
        r = p.add_run()
        set_font(r, SONG, 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r = p.add_run()
        set_font(r, SONG, 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._r.append(it)
        r = p.add_run()
        set_font(r, SONG, 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r._r.append(e)
        r = p.add_run(" —" if fmt == "dash" else "")
        set_font(r, SONG, 14)


def cell_text(cell, text, font=FS, size=14, bold=None, align="c"):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.first_line_indent = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def data_table(doc, header, rows, clauses, widths=None, size=14):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i + 1, j), v, FS, size, align="c" if len(v) < 12 else "l")
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


_NUM_ID = [900]


def make_numbering(doc, lvl_text="%1.", fmt="decimal"):
    """A fresh single-level Word list (own abstractNum, starts at 1)."""
    _NUM_ID[0] += 1
    nid = _NUM_ID[0]
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        "</w:lvl></w:abstractNum>" % (nsdecls("w"), nid, fmt, lvl_text, FS, FS, FS)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), nid, nid)
    )
    numbering.append(num)
    return nid


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, FS, 16)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.left_indent = Pt(0)
    return p


def to_pdf(path):
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo_449",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            HERE,
            path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def body(doc, clauses, text, head=None, head_font=FS, head_bold=True):
    """Body paragraph; `head` is a run-in heading typed as a bold run."""
    runs = []
    if head:
        runs.append((head, head_font, 16, head_bold, None))
    runs.append((text, FS, 16, None, None))
    p = para(doc, runs, align="j")
    clauses.append((head or "") + text)
    return p


def heading(doc, text):
    return para(doc, [(text, HT, 16, None, None)], indent=True)


# ================================================================ doc 1
def doc_chongqing():
    stem = "blind449_chongqing_chuanzhen"
    doc = new_doc()
    cl = []

    # ---- fax cover sheet (form table) ----
    para(doc, [("重庆市商务委员会", XBS, 22, None, None)], align="c", indent=False, line=36)
    para(doc, [("传  真  件", XBS, 26, True, None)], align="c", indent=False, line=40)
    para(doc, [("（机要传真，请专人签收）", KT, 14, None, None)], align="c", indent=False)
    empty(doc)
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    form = [
        ("收件单位", "各区县（自治县）商务主管部门，两江新区、重庆高新区管委会", "收件人", "外经贸科（处）负责同志"),
        ("发件单位", "重庆市商务委员会对外贸易处", "发件人", "王磊\n023-62661234"),
        ("日    期", "2025年9月16日", "页数（含本页）", "4"),
    ]
    for i, row in enumerate(form):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, HT if j % 2 == 0 else FS, 14)
    t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(t.cell(3, 0), "事    由", HT, 14)
    cell_text(
        t.cell(3, 1),
        "转发做好四季度中欧班列（成渝）货源组织工作的通知（渝商务发〔2025〕87号），请认真贯彻落实。",
        FS, 14, align="l",
    )
    t.cell(4, 1).merge(t.cell(4, 3))
    cell_text(t.cell(4, 0), "备    注", HT, 14)
    cell_text(
        t.cell(4, 1),
        "1.联络员回执请于9月26日前传真至023-62661235。\n2.如传真不清或页数不全，请即致电发件人核对。",
        FS, 14, align="l",
    )
    t.cell(5, 1).merge(t.cell(5, 3))
    cell_text(t.cell(5, 0), "签    发", HT, 14)
    cell_text(t.cell(5, 1), "张  勇　　　　　　核稿：李  娜", FS, 14, align="l")
    for row in t.rows:
        row.height = Mm(16)
        for j, w in enumerate((26, 62, 30, 38)):
            row.cells[j].width = Mm(w)
    empty(doc, 2)
    para(doc, [("本传真件含有公务信息，如误收请立即告知发件人并销毁。", KT, 12, None, None)], align="c", indent=False)

    # ---- the notice (starts on a new page) ----
    p = para(doc, [("重庆市商务委员会文件", XBS, 40, None, RED)], align="c", indent=False, line=60)
    p.paragraph_format.page_break_before = True
    empty(doc)
    p = para(doc, [("渝商务发〔2025〕87号", FS, 16, None, None)], align="c", indent=False)
    bottom_border(p)
    empty(doc)
    for ln in ("重庆市商务委员会", "重庆市人民政府口岸和物流办公室",
               "关于做好2025年第四季度中欧班列（成渝）", "货源组织工作的通知"):
        para(doc, [(ln, XBS, 22, None, None)], align="c", indent=False, line=36)
    empty(doc)
    para(doc, "各区县（自治县）商务主管部门，两江新区管委会，重庆高新区管委会，有关班列运营平台企业：",
         indent=False)

    body(doc, cl, "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，巩固提升中欧班列（成渝）开行规模和质量，稳定国际物流供应链，现就做好2025年第四季度中欧班列（成渝）货源组织工作有关事项通知如下。")
    heading(doc, "一、工作目标")
    body(doc, cl, "2025年第四季度，力争中欧班列（成渝）重庆方向开行不少于700列，其中回程班列占比不低于45%；本地货源占比较上季度提高3个百分点以上，汽摩及零部件、电子信息产品、跨境电商货物等重点品类货量保持稳定增长。")
    heading(doc, "二、重点任务")
    body(doc, cl, "各区县要会同班列运营平台企业，对辖区内外贸企业开展“一企一策”走访对接，重点摸排笔记本电脑、汽车整车及零部件、摩托车、化工产品等出口货源，建立重点企业货源清单（附件1），每月10日前更新报送。",
         head="（一）加强本地货源挖掘。", head_font=KT, head_bold=False)
    body(doc, cl, "支持运营平台企业在德国杜伊斯堡、波兰马拉舍维奇、匈牙利布达佩斯等节点城市加强揽货，扩大进口汽车、机电设备、食品、木材等回程货物规模。鼓励企业开展“中欧班列+西部陆海新通道”多式联运，提高回程班列装载率。",
         head="（二）拓展回程货源组织。", head_font=KT, head_bold=False)
    body(doc, cl, "依托两江新区、重庆高新区、重庆西永综合保税区等开放平台，引导加工贸易企业利用班列开展保税料件进口和成品出口，支持跨境电商企业开展“班列+海外仓”业务。",
         head="（三）推动班列与产业融合发展。", head_font=KT, head_bold=False)
    body(doc, cl, "市口岸物流办要会同重庆海关、中国铁路成都局集团有限公司重庆货运中心等单位，推广“铁路快通”“提前申报”等便利化模式，压缩班列集结和通关时间；对国庆节假日期间开行的班列，实行预约通关、专窗办理。",
         head="（四）优化通关和物流服务。", head_font=KT, head_bold=False)
    body(doc, cl, "各区县第四季度货源组织目标任务分解如下：",
         head="（五）分解落实目标任务。", head_font=KT, head_bold=False)
    data_table(
        doc,
        ["序号", "区县", "去程货量目标（标箱）", "回程货量目标（标箱）", "备注"],
        [
            ["1", "沙坪坝区", "6000", "4500", "含西永综合保税区"],
            ["2", "两江新区", "5200", "3800", "—"],
            ["3", "重庆高新区", "3000", "2200", "—"],
            ["4", "九龙坡区", "1500", "900", "—"],
            ["5", "江津区", "1200", "1000", "含江津综合保税区"],
            ["6", "涪陵区", "800", "500", "—"],
        ],
        cl,
        widths=[14, 30, 36, 36, 40],
    )
    empty(doc)
    heading(doc, "三、保障措施")
    # hand-typed arabic numbering with a bold run-in heading
    for h, txt in [
        ("1.强化组织协调。", "市商务委、市口岸物流办建立第四季度货源组织周调度机制，及时协调解决货源组织、运力保障、通关便利等方面的困难和问题。"),
        ("2.落实支持政策。", "对符合条件的班列货源企业，按照《重庆市促进中欧班列（成渝）高质量发展若干政策措施》给予支持，有关资金按程序拨付。"),
        ("3.加强信息报送。", "各区县要明确1名联络员，于2025年9月26日前将联络员回执（附件2）报送市商务委对外贸易处；每月5日前报送上月货源组织情况。"),
        ("4.做好风险防范。", "运营平台企业要密切关注境外通道运行和国际形势变化，制定应急预案，做好货物安全和运输时效保障。"),
    ]:
        body(doc, cl, txt, head=h, head_font=FS, head_bold=True)
    body(doc, cl, "联系人：市商务委对外贸易处 王磊，电话：023-62661234；市口岸物流办通道处 陈静，电话：023-63891256。")
    empty(doc)
    para(doc, "附件：1.2025年第四季度中欧班列（成渝）重点企业货源清单（模板）")
    para(doc, "　　　2.联络员回执")
    empty(doc, 3)
    para(doc, "重庆市商务委员会　　　　重庆市人民政府口岸和物流办公室", indent=False, align="r")
    para(doc, "2025年9月15日　　　　　　", indent=False, align="r")
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 2)
    p = para(doc, "抄送：重庆海关，中国铁路成都局集团有限公司重庆货运中心。", indent=False, line=24)
    p.runs[0].font.size = Pt(14)
    bottom_border(p, color="000000", sz=6)
    p = para(doc, "重庆市商务委员会办公室　　　　　　　　2025年9月15日印发", indent=False, line=24)
    p.runs[0].font.size = Pt(14)
    bottom_border(p, color="000000", sz=12)
    page_number_footer(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "重庆市商务委员会 重庆市人民政府口岸和物流办公室关于做好2025年第四季度中欧班列（成渝）货源组织工作的通知",
        "doc_number": "渝商务发〔2025〕87号",
        "issuer": ["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"],
        "date": "2025-09-15",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [
            "2025年第四季度中欧班列（成渝）重点企业货源清单（模板）",
            "联络员回执",
        ],
        "doc_type": "通知",
        "recipients": [
            "各区县（自治县）商务主管部门",
            "两江新区管委会",
            "重庆高新区管委会",
            "有关班列运营平台企业",
        ],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


# ================================================================ doc 2
def doc_suzhou():
    stem = "blind449_suzhou_youjian"
    doc = new_doc()
    cl = []

    def mail(text, bold_label=None, size=12):
        runs = []
        if bold_label:
            runs.append((bold_label, SONG, size, True, None))
        runs.append((text, SONG, size, None, None))
        return para(doc, runs, indent=False, line=20)

    # ---- forwarding e-mail ----
    mail("李晓雯", "发件人：")
    mail("2026年3月10日（星期二）15:42", "发送时间：")
    mail("园区跨境电商重点企业联络员", "收件人：")
    mail("周建华", "抄送：")
    mail("转发：关于组织开展2026年度苏州市跨境电商品牌企业和公共海外仓认定工作的通知", "主题：")
    mail("1.申报书.docx；2.承诺书.docx", "附件：")
    para(doc, [("", SONG, 12)], indent=False, line=20)
    mail("各位企业联络员：")
    p = para(doc, [("大家好！转发市商务局通知（正文见下），请有意向的企业对照条件认真准备，于3月25日前将申报材料纸质版（一式两份）报送园区经发委外贸处，电子版发送至本邮箱。园区初审截止时间早于市里要求，请注意把握时间。", SONG, 12, None, None)], line=20)
    p.paragraph_format.first_line_indent = Pt(24)
    p = para(doc, [("如有疑问请电话联系：0512-66681234。", SONG, 12, None, None)], line=20)
    p.paragraph_format.first_line_indent = Pt(24)
    mail("")
    mail("李晓雯")
    mail("苏州工业园区经济发展委员会外贸处")
    mail("")
    mail("-----原始邮件-----")
    mail("市商务局电子商务处", "发件人：")
    mail("2026年3月9日（星期一）上午10:15", "发送时间：")
    mail("各县级市（区）商务局；园区经发委", "收件人：")
    mail("关于组织开展2026年度苏州市跨境电商品牌企业和公共海外仓认定工作的通知", "主题：")
    mail("")
    mail("各地：")
    p = para(doc, [("《关于组织开展2026年度苏州市跨境电子商务品牌企业和公共海外仓认定工作的通知》（苏市商电〔2026〕9号）已通过OA下发，现将正文发送给你们，便于转发企业。请以OA正式文件为准。", SONG, 12, None, None)], line=20)
    p.paragraph_format.first_line_indent = Pt(24)
    mail("")
    mail("━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    empty(doc)

    # ---- pasted notice (lost its red header in the OA export) ----
    para(doc, [("苏州市商务局", XBS, 22, None, None)], align="c", indent=False, line=36)
    para(doc, "苏市商电〔2026〕9号", align="c", indent=False)
    empty(doc)
    para(doc, [("关于组织开展2026年度苏州市跨境电子商务", XBS, 22, None, None)], align="c", indent=False, line=36)
    para(doc, [("品牌企业和公共海外仓认定工作的通知", XBS, 22, None, None)], align="c", indent=False, line=36)
    empty(doc)
    para(doc, "各县级市（区）商务局，苏州工业园区经济发展委员会：", indent=False)
    body(doc, cl, "为贯彻落实《中国（苏州）跨境电子商务综合试验区建设实施方案》，培育一批具有国际影响力的跨境电商自主品牌，完善海外仓服务网络，推动跨境电商高质量发展，经研究，决定组织开展2026年度苏州市跨境电子商务品牌企业和公共海外仓认定工作。现将有关事项通知如下：")
    heading(doc, "一、认定类别")
    body(doc, cl, "主要面向在苏州市注册、拥有自主品牌并通过跨境电商方式开展出口业务的生产型、贸易型企业。",
         head="（一）跨境电子商务品牌企业。", head_font=KT, head_bold=False)
    body(doc, cl, "主要面向在境外设立海外仓，并为两家以上跨境电商企业提供仓储、分拣、配送、退换货等公共服务的企业。",
         head="（二）公共海外仓。", head_font=KT, head_bold=False)
    heading(doc, "二、申报条件")
    body(doc, cl, "（一）跨境电子商务品牌企业应同时满足以下条件：")
    nid = make_numbering(doc)
    for txt in [
        "在苏州市行政区域内依法注册，具有独立法人资格，近三年内无重大违法违规记录，未被列入严重失信主体名单；",
        "拥有在境外注册的自主商标，且自有品牌产品跨境电商出口额占企业跨境电商出口总额的50%以上；",
        "2025年度跨境电商出口额不低于1000万元人民币，且通过海关跨境电商监管方式（9610、9710、9810、1210）申报；",
        "在主要目标市场建立售后服务体系，近一年未发生重大质量安全事故。",
    ]:
        numbered_para(doc, txt, nid)
        # Word renders the automatic number "1." ... "4." in front of the text
        cl.append("%d.%s" % (sum(1 for _ in doc.paragraphs if _._p.pPr is not None and _._p.pPr.numPr is not None), txt))
    body(doc, cl, "（二）公共海外仓应同时满足以下条件：")
    nid = make_numbering(doc)
    items = [
        "申报主体在苏州市注册，海外仓由申报主体或其境外控股子公司运营；",
        "单个海外仓面积不少于5000平方米，具备信息管理系统，能与国内跨境电商平台或企业实现数据对接；",
        "2025年度服务苏州市跨境电商企业不少于20家，年度出入库货值不低于5000万元人民币；",
        "具备清关、仓储、配送、退换货维修等综合服务能力。",
    ]
    for k, txt in enumerate(items):
        numbered_para(doc, txt, nid)
        cl.append("%d.%s" % (k + 1, txt))
    heading(doc, "三、支持措施")
    body(doc, cl, "对认定的品牌企业和公共海外仓，市商务局在市级商务发展专项资金中予以优先支持，具体支持标准见下表：")
    data_table(
        doc,
        ["类别", "支持方式", "支持标准"],
        [
            ["品牌企业", "一次性奖励", "每家不超过30万元"],
            ["公共海外仓", "一次性奖励", "每个不超过50万元"],
            ["公共海外仓", "租金补贴", "按年度实际租金的20%给予补贴，每个不超过100万元"],
        ],
        cl,
        widths=[35, 35, 86],
    )
    empty(doc)
    body(doc, cl, "认定结果有效期为三年，有效期内每年开展一次动态评估，评估不合格的取消认定资格。")
    heading(doc, "四、申报程序")
    # three items pasted as ONE paragraph separated by soft line breaks
    steps = [
        ("（一）企业申报。", "符合条件的企业于2026年3月31日前，通过“苏州市商务发展专项资金管理系统”在线填报，并将申报书（附件1）、承诺书（附件2）及相关证明材料纸质版一式两份报送属地商务主管部门。"),
        ("（二）属地初审。", "各县级市（区）商务局、苏州工业园区经济发展委员会对申报材料进行初审，于2026年4月15日前将初审意见和推荐汇总表报送市商务局电子商务处。"),
        ("（三）市级认定。", "市商务局组织专家评审、实地核查，经研究后在市商务局门户网站进行为期5个工作日的公示，公示无异议的予以认定。"),
    ]
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.line_spacing = Pt(28)
    for i, (h, txt) in enumerate(steps):
        r = p.add_run(h)
        set_font(r, KT, 16)
        r = p.add_run(txt)
        set_font(r, FS, 16)
        if i < len(steps) - 1:
            r.add_break(WD_BREAK.LINE)
            r = p.add_run("　　")  # manual full-width spaces to fake the indent
            set_font(r, FS, 16)
        cl.append(h + txt)
    heading(doc, "五、其他事项")
    body(doc, cl, "（一）申报企业对所提交材料的真实性负责。对弄虚作假骗取认定资格或专项资金的，一经查实，取消认定资格，追回已拨付资金，并按规定纳入信用记录。")
    body(doc, cl, "（二）各地要加强政策宣传解读，做好申报辅导和服务，确保申报工作公开、公平、公正。")
    body(doc, cl, "联系人：市商务局电子商务处 沈悦，电话：0512-68616789。")
    empty(doc)
    para(doc, "附件：1.2026年度苏州市跨境电子商务品牌企业（公共海外仓）申报书")
    para(doc, "　　　2.申报企业信用承诺书")
    empty(doc, 2)
    para(doc, "苏州市商务局　　　　", indent=False, align="r")
    para(doc, "2026年3月6日　　　　", indent=False, align="r")
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc)
    mail("")
    mail("[附件1] 申报书.docx (48.2 KB)")
    mail("[附件2] 承诺书.docx (16.5 KB)")
    page_number_footer(doc, fmt="plain")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "苏州市商务局关于组织开展2026年度苏州市跨境电子商务品牌企业和公共海外仓认定工作的通知",
        "doc_number": "苏市商电〔2026〕9号",
        "issuer": ["苏州市商务局"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "苏州市",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度苏州市跨境电子商务品牌企业（公共海外仓）申报书",
            "申报企业信用承诺书",
        ],
        "doc_type": "通知",
        "recipients": ["各县级市（区）商务局", "苏州工业园区经济发展委员会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


# ================================================================ doc 3
def doc_xian():
    stem = "blind449_xian_chuanzhen"
    doc = new_doc()
    cl = []
    # fax machine header line retyped into the page header
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run("2025-11-05 09:18　　FROM：陕西省商务厅外资处 029-63915679　　　　　　P.1")
    set_font(r, SONG, 9)

    # ---- cover sheet typed as lines with spaces for alignment ----
    para(doc, [("陕 西 省 商 务 厅", XBS, 26, None, RED)], align="c", indent=False, line=40)
    para(doc, [("传　真　文　件", XBS, 30, True, RED)], align="c", indent=False, line=44)
    p = para(doc, "", indent=False)
    bottom_border(p)
    empty(doc)
    for lab, val in [
        ("收件单位：", "各设区市商务局、杨凌示范区商务局、西咸新区经济发展局"),
        ("收 件 人：", "外资科负责同志"),
        ("发件单位：", "陕西省商务厅外国投资管理处"),
        ("发 件 人：", "赵  宁　　　　　电话：029-63915678"),
        ("日    期：", "2025年11月5日"),
        ("页    数：", "共3页（含本页）"),
        ("事    由：", "外商投资企业投诉工作调研"),
        ("备    注：", "请于11月20日前将书面报告报送我处，纸质件加盖公章后寄送。"),
    ]:
        p = para(doc, [(lab, HT, 16, None, None), (val, FS, 16, None, None)], indent=False, line=36)
        p.paragraph_format.left_indent = Pt(16)
    empty(doc)
    para(doc, "______________________________________________", indent=False)
    para(doc, [("签发人：刘  涛", KT, 16, None, None)], align="r", indent=False)
    doc.add_page_break()

    # ---- the 函 (no red header, 文号 right aligned) ----
    para(doc, "陕商办函〔2025〕214号", align="r", indent=False)
    empty(doc)
    para(doc, [("陕西省商务厅办公室", XBS, 22, None, None)], align="c", indent=False, line=36)
    para(doc, [("关于开展外商投资企业投诉工作情况调研的函", XBS, 22, None, None)], align="c", indent=False, line=36)
    empty(doc)
    para(doc, "各设区市商务局，杨凌示范区商务局，西咸新区经济发展局：", indent=False)
    body(doc, cl, "为贯彻落实《中华人民共和国外商投资法》及其实施条例和《外商投资企业投诉工作办法》，进一步健全外商投资企业投诉工作机制，依法保护外商投资合法权益，持续优化外商投资环境，我厅拟于2025年11月至12月开展全省外商投资企业投诉工作情况调研。现将有关事项函告如下：")
    heading(doc, "一、调研内容")
    body(doc, cl, "包括投诉工作机构设立、人员配备、投诉受理渠道公布、投诉处理规则制定及与相关部门协调联动机制运行等情况。",
         head="（一）投诉工作机制建设情况。", head_font=KT, head_bold=False)
    body(doc, cl, "2024年1月1日以来受理外商投资企业投诉的数量、类型、办结情况，典型案例及处理结果，投诉处理中存在的困难和问题。",
         head="（二）投诉受理和处理情况。", head_font=KT, head_bold=False)
    body(doc, cl, "重点了解外资企业在市场准入、政府采购、标准制定、知识产权保护、跨境数据流动、融资等方面反映的问题及诉求，以及中国（陕西）自由贸易试验区、西安综合保税区等开放平台内外资企业的特殊诉求。",
         head="（三）外商投资企业反映的突出问题。", head_font=KT, head_bold=False)
    body(doc, cl, "对完善外商投资企业投诉工作制度、提升投诉处理效能的意见建议。",
         head="（四）意见建议。", head_font=KT, head_bold=False)
    heading(doc, "二、调研方式和时间安排")
    body(doc, cl, "本次调研采取书面调研与实地调研相结合的方式，具体安排如下：")
    data_table(
        doc,
        ["阶段", "时间", "工作内容"],
        [
            ["书面调研", "2025年11月5日—11月20日", "各地对照调研提纲（附件）形成书面报告"],
            ["实地调研", "2025年11月下旬", "我厅赴西安市、宝鸡市、咸阳市及中国（陕西）自由贸易试验区西安区域开展实地调研，召开外资企业座谈会"],
            ["总结汇总", "2025年12月上旬", "汇总形成全省调研报告，报商务部外国投资管理司"],
        ],
        cl,
        widths=[26, 46, 84],
    )
    empty(doc)
    heading(doc, "三、有关要求")
    p = doc.add_paragraph()  # stray empty paragraph left in the middle
    body(doc, cl, "（一）各地要高度重视，认真组织开展自查，如实反映情况，书面报告要数据准确、案例具体、建议可行。")
    body(doc, cl, "（二）请各地于2025年11月20日前将书面报告（加盖公章）纸质版及电子版报送我厅外国投资管理处。")
    body(doc, cl, "（三）实地调研具体行程另行通知，请相关市做好座谈企业邀请等准备工作，座谈企业原则上不少于8家，应涵盖不同国别（地区）和行业。")
    body(doc, cl, "联系人及电话：赵宁，029-63915678；传真：029-63915679。")
    empty(doc)
    para(doc, "附件：外商投资企业投诉工作情况调研提纲")
    empty(doc, 2)
    # 落款 typed in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lt.cell(0, 0), "", FS, 16)
    cell_text(lt.cell(0, 1), "陕西省商务厅办公室\n2025年11月4日", FS, 16)
    for c, w in zip(lt.rows[0].cells, (70, 86)):
        c.width = Mm(w)
    empty(doc)
    page_number_footer(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "陕西省商务厅办公室关于开展外商投资企业投诉工作情况调研的函",
        "doc_number": "陕商办函〔2025〕214号",
        "issuer": ["陕西省商务厅办公室"],
        "date": "2025-11-04",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": ["外商投资企业投诉工作情况调研提纲"],
        "doc_type": "函",
        "recipients": ["各设区市商务局", "杨凌示范区商务局", "西咸新区经济发展局"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


def main():
    expected = {}
    for fn in (doc_chongqing, doc_suzhou, doc_xian):
        stem, path, objs = fn()
        to_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
