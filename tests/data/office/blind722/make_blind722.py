# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 722: 网上留言答复选登 compilations."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ----------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(container, text="", east=FS, size=16, bold=False, color=None, align=None,
         indent=True, line=28, before=0, after=0):
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runs(container, parts, align=None, indent=True, line=28):
    """parts: list of (text, east, bold) ; '\n' in text -> soft line break."""
    p = container.add_paragraph()
    fmt(p, align, indent, line)
    for text, east, bold in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, east, 16, bold)
            if i < len(chunks) - 1:
                r.add_break()
    return p


def red_line(doc, width=18):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(width))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def plain_line(doc, top=True):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top" if top else "w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_footer(doc, style="dash"):
    sec = doc.sections[0]
    ft = sec.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        r = p.add_run("— ")
        set_font(r, "宋体", 14, ascii_font="宋体")
        r = p.add_run()
        set_font(r, "宋体", 14, ascii_font="宋体")
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, "宋体", 14, ascii_font="宋体")
    else:
        r = p.add_run("第 ")
        set_font(r, "宋体", 10.5, ascii_font="宋体")
        r = p.add_run()
        set_font(r, "宋体", 10.5, ascii_font="宋体")
        add_field(r, "PAGE")
        r = p.add_run(" 页  共 ")
        set_font(r, "宋体", 10.5, ascii_font="宋体")
        r = p.add_run()
        set_font(r, "宋体", 10.5, ascii_font="宋体")
        add_field(r, "NUMPAGES")
        r = p.add_run(" 页")
        set_font(r, "宋体", 10.5, ascii_font="宋体")


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


_num_counter = [900]


def new_decimal_list(doc):
    """Create a fresh Word numbering (1. 2. 3.) with no tab after number."""
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    aid = _num_counter[0]
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(aid))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(aid))
    num.append(ani)
    numbering.append(num)
    return aid


def auto_num_para(container, text, num_id):
    p = container.add_paragraph()
    fmt(p, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


def cell_width(cell, cm):
    tcpr = cell._tc.get_or_add_tcPr()
    w = OxmlElement("w:tcW")
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")
    tcpr.append(w)


def set_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# -------------------------------------------------- reply rendering / clauses
# reply item kinds:
#   str                         -> ordinary paragraph
#   ("auto", [texts])           -> Word auto numbered 1. 2. 3.
#   ("soft", [lines])           -> one paragraph, lines separated by soft breaks


def reply_clauses(items, first_prefix=""):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "auto":
            out.extend("%d.%s" % (i + 1, t) for i, t in enumerate(it[1]))
        elif it[0] == "soft":
            out.extend(it[1])
    if first_prefix and out:
        out[0] = first_prefix + out[0]
    return out


def render_items(doc, container, items, first_prefix=None, label_font=FS, label_bold=False,
                 indent=True):
    first = True
    for it in items:
        if isinstance(it, str):
            if first and first_prefix:
                runs(container, [(first_prefix, label_font, label_bold), (it, FS, False)],
                     indent=indent)
            else:
                para(container, it, indent=indent)
        elif it[0] == "auto":
            nid = new_decimal_list(doc)
            for t in it[1]:
                auto_num_para(container, t, nid)
        elif it[0] == "soft":
            text = "\n".join(it[1])
            if first and first_prefix:
                runs(container, [(first_prefix, label_font, label_bold), (text, FS, False)],
                     indent=indent)
            else:
                runs(container, [(text, FS, False)], indent=indent)
        first = False


def entry_lines_runin(doc, e, colon="：", bold_labels=False, merge_meta=False):
    lf = HT if bold_labels else FS
    lb = bold_labels
    if merge_meta:
        runs(doc, [("留言标题" + colon, lf, lb), (e["title"] + "\n", FS, False),
                   ("留言时间" + colon, lf, lb), (e["msg_time"], FS, False)])
    else:
        runs(doc, [("留言标题" + colon, lf, lb), (e["title"], FS, False)])
        if e.get("person"):
            runs(doc, [("留言人" + colon, lf, lb), (e["person"], FS, False)])
        runs(doc, [("留言时间" + colon, lf, lb), (e["msg_time"], FS, False)])
    render_items(doc, doc, e["msg"], "留言内容" + colon, lf, lb)
    if merge_meta:
        runs(doc, [("答复单位" + colon, lf, lb), (e["unit"] + "\n", FS, False),
                   ("答复时间" + colon, lf, lb), (e["reply_time"], FS, False)])
    else:
        runs(doc, [("答复单位" + colon, lf, lb), (e["unit"], FS, False)])
        runs(doc, [("答复时间" + colon, lf, lb), (e["reply_time"], FS, False)])
    render_items(doc, doc, e["reply"], "答复内容" + colon, lf, lb)
    return (reply_clauses(e["msg"], "留言内容" + colon)
            + reply_clauses(e["reply"], "答复内容" + colon))


def entry_lines_own(doc, e, bold_labels=False):
    lf = HT if bold_labels else FS
    runs(doc, [("留言标题：", lf, bold_labels), (e["title"], FS, False)])
    if e.get("person"):
        runs(doc, [("留言人：", lf, bold_labels), (e["person"], FS, False)])
    runs(doc, [("留言时间：", lf, bold_labels), (e["msg_time"], FS, False)])
    runs(doc, [("留言内容：", lf, bold_labels)])
    render_items(doc, doc, e["msg"])
    runs(doc, [("答复单位：", lf, bold_labels), (e["unit"], FS, False)])
    runs(doc, [("答复时间：", lf, bold_labels), (e["reply_time"], FS, False)])
    runs(doc, [("答复内容：", lf, bold_labels)])
    render_items(doc, doc, e["reply"])
    return reply_clauses(e["msg"]) + reply_clauses(e["reply"])


def entry_table(doc, e, colon_in_label=False, label_font=HT):
    rows = [("留言标题", e["title"]), ("留言时间", e["msg_time"]), ("留言内容", e["msg"]),
            ("答复单位", e["unit"]), ("答复时间", e["reply_time"]), ("答复内容", e["reply"])]
    t = doc.add_table(rows=len(rows), cols=2)
    set_borders(t)
    t.autofit = False
    t.columns[0].width = Cm(2.8)
    t.columns[1].width = Cm(12.8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (lab, val) in enumerate(rows):
        c0, c1 = t.rows[i].cells
        cell_width(c0, 2.8)
        cell_width(c1, 12.8)
        p = c0.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
        r = p.add_run(lab + ("：" if colon_in_label else ""))
        set_font(r, label_font, 14, bold=(label_font == HT))
        # value cell
        p0 = c1.paragraphs[0]
        if isinstance(val, str):
            fmt(p0, indent=False, line=24)
            r = p0.add_run(val)
            set_font(r, FS, 14)
        else:
            # multi paragraph content: write into cell, then drop the initial empty paragraph
            render_items(doc, c1, val, indent=True)
            c1._tc.remove(p0._p)
            for cp in c1.paragraphs:
                cp.paragraph_format.line_spacing = Pt(24)
                for rr in cp.runs:
                    rr.font.size = Pt(14)
    para(doc, "", indent=False, line=14)
    return reply_clauses(e["msg"]) + reply_clauses(e["reply"])


def banner(doc, line1, line2, issue, editor_line):
    para(doc, line1, XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=40)
    para(doc, line2, XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=44)
    para(doc, issue, KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    para(doc, editor_line, FS, 15, indent=False, before=6)
    red_line(doc)


def banji(doc, cc, printer_line):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    plain_line(doc, top=True)
    runs(doc, [(cc, FS, False)], indent=False)
    plain_line(doc, top=True)
    para(doc, printer_line, FS, 14, indent=False)
    plain_line(doc, top=True)


def base_meta(title, issuer, date, level, region, doc_type, publicity=None):
    return {
        "title": title, "doc_number": None, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region, "effective": None,
        "expires": None, "attachments": [], "doc_type": doc_type, "recipients": [],
        "publicity": publicity, "repeals": None,
    }


def entry_meta(e, city, region_city):
    return base_meta(e["title"], e["issuer"], e["date"], e.get("level", "municipal"),
                     e.get("region", region_city), "留言答复")


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_722", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ===================================================================== XIAMEN
XM = [
    {
        "title": "关于跨境电商出口海外仓业务备案的咨询",
        "person": "湖里区某跨境电商企业",
        "msg_time": "2026-01-06 09:14:52",
        "msg": ["我公司是一家注册在湖里区的跨境电商企业，主要通过第三方平台向欧洲和北美出口家居用品，近期计划在德国租用海外仓开展跨境电商出口海外仓（9810）业务。请问海外仓业务备案应向哪个部门申请，需要提交哪些材料？备案后在通关、退税方面有哪些便利？"],
        "unit": "厦门市商务局", "issuer": ["厦门市商务局"],
        "reply_time": "2026-01-13", "date": "2026-01-13",
        "reply": [
            "您好！您的留言收悉。经商厦门海关，现答复如下：",
            "1.关于备案部门。开展跨境电商出口海外仓业务的境内企业，应在海关办理注册登记，并向所在地主管海关办理出口海外仓业务模式备案。湖里区企业可就近向厦门海关所属隶属海关提出申请，也可通过“单一窗口”线上提交。",
            "2.关于所需材料。主要包括跨境电商海外仓出口企业备案登记表、海外仓信息登记表，以及海外仓所有权文件（自有海外仓）或者海外仓租赁协议（租赁海外仓）等材料，具体以主管海关要求为准。",
            "3.关于便利措施。完成备案的企业可使用“9810”监管方式申报，适用跨境电商出口统一版系统申报、优先查验、转关等便利措施，符合条件的可按规定办理出口退税。",
            "如仍有疑问，可在工作日致电市商务局电子商务和口岸服务处咨询，联系电话：0592-2851376。",
        ],
        "layout": "runin",
    },
    {
        "title": "台胞在自贸试验区厦门片区设立独资企业如何办理",
        "person": "林**",
        "msg_time": "2026年1月9日 16:05",
        "msg": ["我是一名台湾同胞，目前在厦门从事文创设计工作，计划在自贸试验区厦门片区设立一家独资企业。听说片区设有“一口受理”窗口和台胞服务专窗，请问具体在哪里办理？外商投资信息报告是否需要另行提交？注册资本有没有最低要求？"],
        "unit": "中国（福建）自由贸易试验区厦门片区管理委员会",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "level": "zone", "region": "中国（福建）自由贸易试验区厦门片区",
        "reply_time": "2026年1月16日", "date": "2026-01-16",
        "reply": [
            "林先生：您好！感谢您对自贸试验区厦门片区的关注。针对您的问题，答复如下：",
            "一是关于办理地点。片区在厦门国际航运中心商务服务大厅设有企业开办“一口受理”综合窗口和台胞台企服务专窗，提供设立登记、刻章、发票申领、社保登记、银行预约开户等“一件事”集成服务，也可通过厦门市企业开办“一网通办”平台全程网上办理。",
            "二是关于外商投资信息报告。根据《外商投资信息报告办法》，外国投资者或者外商投资企业通过企业登记系统提交初始报告，无需另行报送。台湾同胞投资者参照外商投资管理相关规定执行。",
            "三是关于注册资本。除法律、行政法规另有规定外，设立有限责任公司不设最低注册资本限额，但全体股东认缴的出资额应当按照公司章程规定自公司成立之日起五年内缴足。",
            "咨询电话：0592-6898210（片区台胞台企服务专窗）。",
        ],
        "layout": "own",
    },
    {
        "title": "中欧（厦门）班列能否承接小批量拼箱货物",
        "msg_time": "2026-01-20 11:37:06",
        "msg": ["我们是同安区一家机械配件生产企业，产品主要销往波兰、匈牙利等中东欧国家，每批货量只有十几个立方米，达不到整箱标准，之前一直走海运拼箱，时效较长。请问中欧（厦门）班列是否办理拼箱业务？运价大概多少？需要到哪里订舱？"],
        "unit": "厦门市人民政府口岸管理办公室", "issuer": ["厦门市人民政府口岸管理办公室"],
        "reply_time": "2026-01-27", "date": "2026-01-27",
        "reply": [
            "您好！中欧（厦门）班列目前已开通拼箱业务，由班列平台公司在海沧区设立集拼中心，为中小企业提供“一站式”集拼、报关、订舱服务。有关情况答复如下：",
            "（一）拼箱货物经集拼中心统一装箱后，随每周固定开行的去程班列发运，可直达波兰罗兹、马拉舍维奇及匈牙利布达佩斯等站点，全程运输时间一般为16天至20天。",
            "（二）拼箱运价实行市场化定价，按照货物体积、重量及目的站点综合核算，具体报价请与班列平台公司联系。",
            "（三）企业可通过班列平台公司线上订舱系统或者电话订舱，货物可在集拼中心申报通关，实现“一次申报、一次查验、一次放行”。",
            "班列平台公司业务咨询电话：0592-6053317。",
        ],
        "layout": "table",
    },
    {
        "title": "综合保税区内企业开展保税维修业务的条件",
        "msg_time": "2026-02-03 14:22:40",
        "msg": ["我司为外商投资企业，位于厦门象屿综合保税区内，主营航空零部件制造。近期有境外客户希望将使用过的航空零部件送来我司检测维修后再复运出境。请问区内企业开展保税维修业务需要满足哪些条件？维修产生的旧件、坏件如何处置？"],
        "unit": "厦门市商务局　厦门海关", "issuer": ["厦门市商务局", "厦门海关"],
        "reply_time": "2026-02-10", "date": "2026-02-10",
        "reply": [
            "您好！经市商务局会同厦门海关研究，现就您关心的问题答复如下：",
            ("soft", [
                "1.综合保税区内企业开展保税维修业务，应当符合国家有关保税维修产品目录管理规定，维修产品属于目录范围内的，可直接开展业务，无需另行审批。",
                "2.企业应当具备与维修业务相适应的场所、设备和专业技术人员，建立符合海关监管要求的管理制度和计算机管理系统，实行维修料件、维修后产品等的全程信息化管理。",
                "3.维修产生的旧件、坏件、边角料等原则上应当复运出境；确需在境内处置的，按照固体废物管理及海关监管有关规定办理，禁止擅自内销或者处置。",
            ]),
            "具体办理流程可咨询厦门海关所属象屿海关，联系电话：0592-5625120。",
        ],
        "layout": "runin",
    },
    {
        "title": "外资企业利润再投资能否享受税收抵免",
        "person": "思明区某外资企业财务人员",
        "msg_time": "2026.02.05 10:48",
        "msg": ["我公司为香港投资者在厦门设立的外商投资企业，2025年度实现盈利。境外股东计划将分得的利润直接用于增资，扩大在厦门的研发投入。听说国家出台了境外投资者以分配利润直接投资税收抵免政策，请问具体条件是什么？应当如何申请？"],
        "unit": "国家税务总局厦门市税务局", "issuer": ["国家税务总局厦门市税务局"],
        "reply_time": "2026.02.13", "date": "2026-02-13",
        "reply": [
            "您好！根据财政部、税务总局、商务部有关公告规定，对境外投资者从中国境内居民企业分配取得的利润，用于境内直接投资，符合条件的，可按照投资额的10%抵免境外投资者当年应缴纳的税款。主要条件如下：",
            "（1）直接投资范围包括新增或者转增被投资企业实收资本或者资本公积、在境内投资新建企业、从非关联方收购境内企业股权等，但不包括新增、转增或者收购上市公司股份（符合条件的战略投资除外）；",
            "（2）用于投资的利润应当是居民企业已经实现的留存收益，以现金形式支付的，相关款项应当从利润分配企业账户直接转入被投资企业或者股权转让方账户；",
            "（3）投资项目应当属于《鼓励外商投资产业目录》范围，且境外投资者持有投资的期限不少于5年。",
            "符合条件的，利润分配企业可向主管税务机关报送相关资料，申请享受税收抵免。具体可咨询主管税务机关或者拨打12366纳税缴费服务热线。",
        ],
        "layout": "own",
    },
    {
        "title": "跨境电商零售进口商品退货如何办理",
        "msg_time": "2026-02-11 20:03:15",
        "msg": ["本人在某跨境电商平台购买了一件从厦门保税仓发货的进口商品，收到后发现尺码不合适，申请退货时商家称跨境商品退货手续复杂。请问跨境电商零售进口商品能否退货？退货后已缴纳的税款能否退还？"],
        "unit": "厦门市商务局", "issuer": ["厦门市商务局"],
        "reply_time": "2026-02-25", "date": "2026-02-25",
        "reply": [
            "您好！根据跨境电子商务零售进口相关监管规定，在跨境电商零售进口模式下，跨境电商企业境内代理人或者其委托的报关企业可向海关申请开展退货业务，消费者依法享有退货权利。",
            "退货商品应当在海关放行之日起30日内以原状运抵原监管作业场所，相应税款不予征收，并调整个人年度交易累计金额。您可与平台商家协商按照上述规定办理退货；如协商不成，可向12315平台投诉或者拨打12345热线反映。",
        ],
        "layout": "runin",
    },
]

XM_NOTE = [
    "编者按：为进一步畅通政民互动渠道，回应企业和群众关切，现将2026年1月至2月厦门市人民政府门户网站“市长信箱”及12345便民服务平台受理的部分涉及自贸试验区建设、跨境电子商务、中欧（厦门）班列和外商投资等方面的留言及答复予以选登，供参阅。",
    "本期选登的留言已隐去留言人姓名、联系方式等个人信息，答复内容以承办单位正式答复为准。相关政策如有调整，以最新发布的文件为准。",
]
CN_NUM = "一二三四五六七八九十"


def make_xiamen():
    doc = Document()
    page_setup(doc)
    page_footer(doc, "dash")
    banner(doc, "厦门市人民政府门户网站", "“市长信箱”留言答复选登",
           "2026年第2期（总第38期）",
           "厦门市政务服务和数据管理局编" + " " * 22 + "2026年2月27日")
    para(doc, "", indent=False)
    # 编者按: bold label run + 楷体 body
    runs(doc, [("编者按：", HT, True), (XM_NOTE[0][4:], KT, False)])
    runs(doc, [(XM_NOTE[1], KT, False)])
    para(doc, "", indent=False)
    objs = [{"meta": base_meta("厦门市人民政府门户网站“市长信箱”留言答复选登（2026年第2期）",
                               ["厦门市政务服务和数据管理局"], "2026-02-27", "municipal",
                               "厦门市", "选登", "此件公开发布"),
             "clauses": list(XM_NOTE)}]
    for i, e in enumerate(XM):
        para(doc, "【选登%s】" % CN_NUM[i], HT, 16, bold=True, indent=False, before=8)
        if e["layout"] == "runin":
            cl = entry_lines_runin(doc, e)
        elif e["layout"] == "own":
            cl = entry_lines_own(doc, e)
        else:
            cl = entry_table(doc, e)
        para(doc, "", indent=False)
        objs.append({"meta": entry_meta(e, "厦门市", "厦门市"), "clauses": cl})
    para(doc, "（此件公开发布）", FS, 16)
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，各区人民政府，市直各部门。",
          "　厦门市政务服务和数据管理局" + " " * 16 + "2026年2月27日印发")
    path = os.path.join(HERE, "blind722_xiamen_xuandeng.docx")
    doc.save(path)
    return "blind722_xiamen_xuandeng", path, objs


# ======================================================================= XI'AN
XA = [
    {
        "no": "XA20260304-0218",
        "title": "中欧班列（长安号）能否办理小批量拼箱货物",
        "msg_time": "2026-03-04 10:26",
        "msg": ["我公司位于西咸新区，主要生产电力设备配件，产品出口哈萨克斯坦和乌兹别克斯坦，单批货量较小。请问中欧班列（长安号）是否可以办理拼箱？能否提供上门提货服务？订舱需要提前多长时间？"],
        "unit": "西安国际港务区管理委员会", "issuer": ["西安国际港务区管理委员会"],
        "level": "zone", "region": "西安国际港务区",
        "reply_time": "2026-03-11", "date": "2026-03-11",
        "reply": [
            "您好！中欧班列（长安号）已在西安国际港站常态化开展拼箱业务，中亚方向每日均有班列开行。现将有关情况答复如下：",
            "一、拼箱服务。班列运营平台在港务区设有集货中心，可为中小企业提供拼箱、分拨、仓储等服务，拼箱货物按体积或者重量计费。",
            "二、上门提货。平台合作物流企业可提供西安市域范围内上门提货服务，费用另行协商。",
            "三、订舱时限。中亚方向拼箱货物一般需在班列计划开行前3个工作日完成订舱并将货物送达集货中心。",
            "咨询电话：029-83355216。",
        ],
        "layout": "table",
    },
    {
        "no": "XA20260309-0571",
        "title": "外资股权投资企业（QFLP）试点如何申请",
        "msg_time": "2026-03-09 15:41",
        "msg": ["我们是一家新加坡资产管理机构，有意在陕西自贸试验区西安区域设立合格境外有限合伙人（QFLP）试点基金管理企业，投向本地硬科技企业。请问西安是否已开展QFLP试点？申请需要满足哪些条件？"],
        "unit": "西安市地方金融管理局", "issuer": ["西安市地方金融管理局"],
        "reply_time": "2026-03-17", "date": "2026-03-17",
        "reply": [
            "您好！感谢您对西安投资环境的关注。我市已按照陕西省合格境外有限合伙人试点有关办法开展QFLP试点工作，相关情况答复如下：",
            "1.申请设立QFLP基金管理企业，境外股东或者实际控制人应当具备良好的资信和稳健的财务状况，并具有从事股权投资或者资产管理业务的相关经验。",
            "2.试点基金管理企业应当具有符合要求的高级管理人员和健全的内部控制、风险管理制度，所管理的试点基金应当主要投向实体经济领域的非上市企业股权。",
            "3.申请材料由拟设企业向注册地所在区县（开发区）金融管理部门提交，经初审后报市地方金融管理局，由市联席会议办公室组织审核。",
            "具体条件以试点办法规定为准，咨询电话：029-86787640。",
        ],
        "layout": "table",
    },
    {
        "no": "XA20260312-0693",
        "title": "跨境电商企业在综合保税区开展网购保税进口业务需办理哪些手续",
        "msg_time": "2026-03-12 09:03",
        "msg": ["我们计划在西安综合保税区租赁仓库，开展跨境电商网购保税进口（1210）业务，主要经营母婴和保健食品。请问需要办理哪些企业注册登记手续？保健食品是否需要注册或者备案？"],
        "unit": "西安市商务局", "issuer": ["西安市商务局"],
        "reply_time": "2026-03-20", "date": "2026-03-20",
        "reply": [
            "您好！经商西安海关，现答复如下：",
            "（一）开展网购保税进口业务的跨境电商企业、物流企业、支付企业等参与主体，应当在海关办理注册登记或者信息登记；跨境电商企业为境外企业的，应当委托境内代理人向海关办理。",
            "（二）跨境电商零售进口商品按照个人自用进境物品监管，不执行有关商品首次进口许可批件、注册或者备案要求，但应当符合《跨境电子商务零售进口商品清单》范围，且跨境电商企业应当履行对消费者的提醒告知义务。",
            "（三）区内仓库应当符合海关监管作业场所设置规范，企业可向西安综合保税区管理机构咨询仓储资源情况。",
            "咨询电话：029-86786011（市商务局电子商务处）。",
        ],
        "layout": "runin_half",
    },
    {
        "no": "XA20260316-0802",
        "title": "外资企业聘用外籍技术人员如何办理工作许可",
        "msg_time": "2026-03-16 14:12:33",
        "msg": ["我公司是高新区一家德资汽车零部件企业，计划从德国总部调派两名工程师来西安长期工作。请问外国人来华工作许可如何办理？能否与居留许可一并办理？"],
        "unit": "西安市科学技术局", "issuer": ["西安市科学技术局"],
        "reply_time": "2026-03-23", "date": "2026-03-23",
        "reply": [
            "您好！外国人来华工作许可实行全程网上申报、审批。用人单位应当先在外国人来华工作管理服务系统注册，再为拟聘外籍人员申请工作许可通知，外籍人员持通知及相关材料申请Z字签证入境后，在入境之日起15日内申领外国人工作许可证。",
            "对于已在境内的外籍人员，符合条件的可通过“外籍人员工作许可和居留许可一件事”办理，向市政务服务中心外国人工作和居留许可综合窗口一次提交材料，实现“一窗受理、并联审批”。",
            "咨询电话：029-86297415。",
        ],
        "layout": "table",
    },
    {
        "no": "XA20260320-0957",
        "title": "综合保税区企业增值税一般纳税人资格试点相关问题",
        "msg_time": "2026-03-20 11:05",
        "msg": ["我公司是西安高新综合保税区内的加工贸易企业，近期听说综合保税区可以开展增值税一般纳税人资格试点，请问我公司是否可以申请？取得资格后内销货物如何征税？"],
        "unit": "国家税务总局西安市税务局", "issuer": ["国家税务总局西安市税务局"],
        "reply_time": "2026-03-30", "date": "2026-03-30",
        "reply": [
            "您好！经商西安海关，答复如下：",
            "一是西安高新综合保税区已纳入增值税一般纳税人资格试点范围，区内符合条件的企业可自愿向主管税务机关、所在地海关申请试点备案。",
            "二是试点企业进口自用设备（包括机器设备、基建物资和办公用品）时，暂免征收进口关税和进口环节增值税、消费税；试点企业销往境内区外的货物，按照规定向税务机关申报缴纳增值税、消费税。",
            "三是试点企业应当分别核算试点业务和非试点业务，并按规定使用增值税发票。",
            "如有疑问，请拨打12366纳税缴费服务热线咨询。",
        ],
        "layout": "table",
    },
    {
        "no": "XA20260402-0133",
        "title": "2026年跨境电商发展专项资金何时开始申报",
        "msg_time": "2026-04-02 16:47",
        "msg": ["我公司是西安一家跨境电商B2B出口企业，2025年出口额约3000万元，去年申报过市级跨境电商扶持资金。请问2026年的专项资金什么时候开始申报？支持方向与去年相比有没有变化？"],
        "unit": "西安市商务局", "issuer": ["西安市商务局"],
        "reply_time": "2026-04-09", "date": "2026-04-09",
        "reply": [
            "您好！2026年市级跨境电商发展专项资金申报通知正在制定中，预计于第二季度发布，请您关注西安市商务局官方网站。根据目前工作安排，今年支持方向拟作以下调整：",
            ("auto", [
                "支持海外仓建设。对在境外新建或者租赁海外仓、面积和服务企业数量达到一定规模的企业给予支持。",
                "支持品牌出海。对开展跨境电商自主品牌建设、境外商标注册和国际认证的企业给予支持。",
                "支持人才培训。对组织开展跨境电商人才培训的机构和企业，按照实际培训人次给予补助。",
            ]),
            "具体支持标准以正式印发的申报通知为准。",
            "联系人：王女士，联系电话：029-86786035。",
        ],
        "layout": "own",
    },
]

XA_NOTE1 = "编者按：2026年3月，市12345市民服务热线共受理涉及外资外贸、自贸试验区、跨境电商和中欧班列（长安号）的网上留言237件，均已按期转办答复。现将部分具有代表性的留言及答复选登如下，各承办单位的办理情况见下表。"
XA_STATS_HEAD = ["序号", "承办单位", "受理件数（件）", "按期答复率", "满意率"]
XA_STATS = [
    ["1", "西安市商务局", "86", "100%", "97.7%"],
    ["2", "西安国际港务区管委会", "54", "100%", "96.3%"],
    ["3", "西安市科学技术局", "31", "100%", "98.1%"],
    ["4", "国家税务总局西安市税务局", "38", "100%", "97.4%"],
    ["5", "西安市地方金融管理局", "28", "96.4%", "95.2%"],
]
XA_NOTE2 = "对群众反映集中的跨境电商政策咨询、班列订舱等问题，各承办单位已建立常见问题答复库，实现“一次答复、长期可查”。"


def make_xian():
    doc = Document()
    page_setup(doc)
    page_footer(doc, "dash")
    banner(doc, "西安市12345市民服务热线", "网上留言答复选登", "2026年第4期",
           "西安市政务服务和数据管理局" + "　" * 6 + "2026年4月20日")
    para(doc, "", indent=False)
    runs(doc, [("编者按：", KT, True), (XA_NOTE1[4:], KT, False)])
    t = doc.add_table(rows=1 + len(XA_STATS), cols=5)
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(XA_STATS_HEAD):
        p = t.rows[0].cells[j].paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)
        set_font(p.add_run(h), HT, 12, bold=True)
    for i, row in enumerate(XA_STATS):
        for j, v in enumerate(row):
            p = t.rows[i + 1].cells[j].paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)
            set_font(p.add_run(v), FS, 12)
    runs(doc, [(XA_NOTE2, KT, False)])
    stat_cl = ["；".join("%s：%s" % (h, v) for h, v in zip(XA_STATS_HEAD, row)) for row in XA_STATS]
    objs = [{"meta": base_meta("西安市12345市民服务热线网上留言答复选登（2026年第4期）",
                               ["西安市政务服务和数据管理局"], "2026-04-20", "municipal",
                               "西安市", "选登"),
             "clauses": [XA_NOTE1] + stat_cl + [XA_NOTE2]}]
    for i, e in enumerate(XA):
        para(doc, "【留言编号：%s】" % e["no"], HT, 14, bold=False, indent=False, before=10)
        if e["layout"] == "table":
            cl = entry_table(doc, e, colon_in_label=(i % 2 == 1), label_font=HT)
        elif e["layout"] == "runin_half":
            cl = entry_lines_runin(doc, e, colon=":", merge_meta=True)
        else:
            cl = entry_lines_own(doc, e, bold_labels=True)
        objs.append({"meta": entry_meta(e, "西安市", "西安市"), "clauses": cl})
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，各区县人民政府，西咸新区、各开发区管委会。",
          "西安市政务服务和数据管理局办公室" + "　" * 5 + "2026年4月20日印发")
    path = os.path.join(HERE, "blind722_xian_xuandeng.docx")
    doc.save(path)
    return "blind722_xian_xuandeng", path, objs


# =================================================================== ZHENGZHOU
ZZ = [
    {
        "cat": "一、跨境电商类",
        "title": "航空港区跨境电商零售进口退货中心仓如何申请",
        "msg_time": "2026-01-08 10:15:20",
        "msg": ["我公司在郑州航空港区从事跨境电商零售进口业务，退货量较大，目前退货商品需逐单退回原监管场所，周期长、成本高。听说海关支持设立退货中心仓，请问申请条件是什么？"],
        "unit": "郑州航空港经济综合实验区管理委员会",
        "issuer": ["郑州航空港经济综合实验区管理委员会"],
        "level": "zone", "region": "郑州航空港经济综合实验区",
        "reply_time": "2026-01-15", "date": "2026-01-15",
        "reply": [
            "您好！您反映的问题已收悉，经会同郑州海关研究，现答复如下：",
            "跨境电商零售进口退货中心仓模式，是指在海关特殊监管区域内设置退货中心仓，将退货商品的分拣、处理等环节前置在区内开展。企业申请设立退货中心仓应当符合以下条件：",
            "（1）退货中心仓经营企业应当为区内企业，并建立符合海关监管要求的计算机管理系统；",
            "（2）退货中心仓应当与其他仓储区域物理隔离，并设置视频监控系统；",
            "（3）企业应当建立退货商品流转管理制度，确保退货商品在规定时限内运抵退货中心仓。",
            "符合条件的企业可向属地海关提交书面申请。实验区口岸物流部可提供政策辅导，联系电话：0371-86198023。",
        ],
        "layout": "runin_bold",
    },
    {
        "title": "跨境电商综试区线上综合服务平台企业备案问题",
        "msg_time": "2026-01-21 15:30:02",
        "msg": ["我公司是一家新注册的跨境电商B2B出口企业，准备在郑州跨境电子商务综合试验区线上综合服务平台注册备案，但系统提示“统一社会信用代码校验不通过”。请问是什么原因？应当如何处理？"],
        "unit": "郑州市商务局", "issuer": ["郑州市商务局"],
        "reply_time": "2026-01-28", "date": "2026-01-28",
        "reply": [
            "您好！经核查，您反映的问题系企业信息尚未同步所致。新注册企业的登记信息一般在登记完成后2至3个工作日同步至综合服务平台。现建议如下：",
            ("auto", [
                "登录综合服务平台，在“企业备案”模块选择“重新校验”，系统将自动获取最新登记信息；",
                "如仍提示校验不通过，请核对填报的企业名称、统一社会信用代码与营业执照是否一致；",
                "经核对无误仍无法备案的，可将营业执照副本扫描件发送至平台运维邮箱，由运维人员后台处理。",
            ]),
            "平台运维联系电话：0371-67188530。",
        ],
        "layout": "table",
    },
    {
        "cat": "二、中欧班列类",
        "title": "中欧班列（中豫号）对省外货源是否有运费支持",
        "msg_time": "2026-02-05 09:40:11",
        "msg": ["我公司是山东一家外贸企业，近期有一批机电产品计划经郑州走中欧班列（中豫号）发往德国汉堡。请问省外企业货物能否享受班列运费支持？集货、订舱需要联系哪家单位？"],
        "unit": "郑州市人民政府口岸物流办公室", "issuer": ["郑州市人民政府口岸物流办公室"],
        "reply_time": "2026-02-12", "date": "2026-02-12",
        "reply": [
            "您好！中欧班列（中豫号）面向全国客户提供运输服务，省外企业货物可通过郑州集结发运。有关情况答复如下：",
            "一是运费支持方面，根据国家有关要求，中欧班列运费补贴逐年退坡，目前班列运价实行市场化定价，不对单个企业或者单票货物给予运费补贴。",
            "二是集货订舱方面，您可直接联系班列运营平台公司郑州国际陆港开发建设有限公司订舱，也可委托具有班列代理资质的货运代理企业办理。班列运营平台在山东等地设有集货点，可提供“门到门”服务。",
            "订舱咨询电话：0371-56590365。",
        ],
        "layout": "own_bold",
    },
    {
        "cat": "三、自贸试验区和外商投资类",
        "title": "河南自贸试验区郑州片区外资融资租赁公司设立咨询",
        "msg_time": "2026年2月16日 21:18",
        "msg": ["我们是一家香港投资机构，计划在河南自贸试验区郑州片区设立外商投资融资租赁公司，主要开展工程机械和新能源商用车租赁业务。请问设立外资融资租赁公司需要哪些审批？片区对融资租赁企业有哪些支持政策？"],
        "unit": "中国（河南）自由贸易试验区郑州片区管理委员会",
        "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会"],
        "level": "zone", "region": "中国（河南）自由贸易试验区郑州片区",
        "reply_time": "2026年2月26日", "date": "2026-02-26",
        "reply": [
            "您好！感谢您对自贸试验区郑州片区的关注，现答复如下：",
            "1.关于设立审批。外商投资设立融资租赁公司无需商务部门审批，投资者可直接向市场监管部门申请办理企业登记，并按规定报送外商投资信息。融资租赁公司设立后，应当按照规定接受地方金融管理部门的监督管理。",
            "2.关于支持政策。片区对新设立的融资租赁企业，在开办费用、办公用房等方面给予支持，对开展飞机、船舶、大型设备等租赁业务的企业，按照业务规模给予奖励。",
            "3.关于咨询服务。片区设有外商投资服务专员，可为企业提供“一对一”政策咨询和设立辅导。",
            "联系电话：0371-55690012（片区招商服务局）。",
        ],
        "layout": "runin_merge",
    },
    {
        "title": "外商投资企业遇到行政执法问题如何投诉",
        "msg_time": "2026-03-10 13:26:47",
        "msg": ["我公司是经开区一家日资企业，近期在办理一项行政许可延续时，被要求提供法律法规规定以外的材料，导致业务停滞。请问外商投资企业遇到此类问题可以向哪个部门投诉？投诉后多长时间能得到处理？"],
        "unit": "郑州市商务局", "issuer": ["郑州市商务局"],
        "reply_time": "2026-03-17", "date": "2026-03-17",
        "reply": [
            "您好！根据《外商投资法》及外商投资企业投诉工作有关规定，外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以向外商投资企业投诉工作机构申请协调解决。",
            "我市外商投资企业投诉中心设在市商务局，您可通过书面、邮寄或者线上方式提交投诉材料，材料应当包括投诉人基本情况、被投诉行政机关、具体投诉事项和诉求等。投诉中心应当自收到完整投诉材料之日起7个工作日内决定是否受理，并自受理之日起60日内办结；情况复杂的，可以适当延长。",
            "我局已将您反映的情况转请相关部门核实，将另行与您联系。投诉中心联系电话：0371-67180296。",
        ],
        "layout": "table",
    },
]

ZZ_NOTE = [
    "编者按：2026年第一季度，市长信箱共收到涉及郑州航空港经济综合实验区、河南自贸试验区郑州片区、跨境电商综合试验区和中欧班列（中豫号）等方面的留言1126件，办结率100%。",
    "为发挥典型留言答复的示范引导作用，现选取5件留言及答复予以刊发。各承办单位要进一步规范答复用语，做到答复内容具体、政策依据明确、办理时限清晰。",
]


def make_zhengzhou():
    doc = Document()
    page_setup(doc)
    page_footer(doc, "pages")
    banner(doc, "郑州市人民政府网站", "“市长信箱”留言答复选登", "2026年第1期",
           "郑州市政务服务和数据管理局编" + " " * 20 + "2026年3月31日")
    para(doc, "", indent=False)
    runs(doc, [("编者按：", HT, True), (ZZ_NOTE[0][4:], KT, False)])
    runs(doc, [(ZZ_NOTE[1], KT, False)])
    para(doc, "", indent=False)
    para(doc, "本期目录", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for i, e in enumerate(ZZ):
        para(doc, "%d.%s" % (i + 1, e["title"]), KT, 15, indent=False, line=26)
    para(doc, "", indent=False)
    objs = [{"meta": base_meta("郑州市人民政府网站“市长信箱”留言答复选登（2026年第1期）",
                               ["郑州市政务服务和数据管理局"], "2026-03-31", "municipal",
                               "郑州市", "选登"),
             "clauses": list(ZZ_NOTE)}]
    for e in ZZ:
        if e.get("cat"):
            para(doc, e["cat"], HT, 16, indent=True, before=10)
        if e["layout"] == "runin_bold":
            cl = entry_lines_runin(doc, e, bold_labels=True)
        elif e["layout"] == "runin_merge":
            cl = entry_lines_runin(doc, e, bold_labels=True, merge_meta=True)
        elif e["layout"] == "own_bold":
            cl = entry_lines_own(doc, e, bold_labels=True)
        else:
            cl = entry_table(doc, e, colon_in_label=False, label_font=FS)
        para(doc, "", indent=False)
        objs.append({"meta": entry_meta(e, "郑州市", "郑州市"), "clauses": cl})
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，各区县（市）人民政府，市直各部门。",
          "郑州市政务服务和数据管理局综合处" + "　" * 4 + "2026年3月31日印发")
    path = os.path.join(HERE, "blind722_zhengzhou_xuandeng.docx")
    doc.save(path)
    return "blind722_zhengzhou_xuandeng", path, objs


def main():
    expected = {}
    for fn in (make_xiamen, make_xian, make_zhengzhou):
        stem, path, objs = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
