# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1060: 自贸片区管委会 权责清单 / 政务服务事项清单 issued by a notice.

Word (python-docx) + PDF (LibreOffice) + expected.json.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
        # 字符缩放 (Word: 字体 → 高级 → 缩放)
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def add_page_field(fp, size, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, dash="— ", dash2=" —", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    s.footer_distance = Cm(2.2)
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
    font(fp.add_run(dash), SONG, 14)
    add_page_field(fp, 14)
    font(fp.add_run(dash2), SONG, 14)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.2)
    return sec


def cell_par(p, text, name, size, bold, align, soft=None):
    if soft:
        for i, part in enumerate(soft):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(part), name, size, bold)
    else:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(14)
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def set_cell(cell, value, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """value: str (one paragraph) | list of str (several paragraphs)
    | ("br", [parts]) (one paragraph, manual line breaks)."""
    cell.text = ""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if isinstance(value, tuple) and value[0] == "br":
        cell_par(cell.paragraphs[0], None, name, size, bold, align, soft=value[1])
    elif isinstance(value, list):
        cell_par(cell.paragraphs[0], value[0], name, size, bold, align)
        for v in value[1:]:
            cell_par(cell.add_paragraph(), v, name, size, bold, align)
    else:
        cell_par(cell.paragraphs[0], value, name, size, bold, align)


def flat(value):
    if isinstance(value, tuple):
        return "".join(value[1])
    if isinstance(value, list):
        return "".join(value)
    return value


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fixed_layout(t, widths):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths[i])


def list_table(doc, widths, header_rows, key_headers, rows, clauses, left_cols=(),
               hmerge=(), vmerge_hdr=()):
    """header_rows: list of lists of header texts (None = merged with left/above);
    rows: list of lists of values, None = vertically merged with the cell above;
    key_headers: header names used in the answer key."""
    nh = len(header_rows)
    ncol = len(widths)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, widths)
    # header
    for (r, c1, c2) in hmerge:
        t.cell(r, c1).merge(t.cell(r, c2))
    for (c, r1, r2) in vmerge_hdr:
        t.cell(r1, c).merge(t.cell(r2, c))
    for ri, hr in enumerate(header_rows):
        for ci, h in enumerate(hr):
            if h is not None:
                set_cell(t.cell(ri, ci), h, HT, 10.5)
        repeat_header(t.rows[ri])
    # body: resolve vertical merges
    resolved = []
    for ri, row in enumerate(rows):
        vals = []
        for ci, v in enumerate(row):
            vals.append(resolved[ri - 1][ci] if v is None else v)
        resolved.append(vals)
    for ci in range(ncol):
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][ci] is None:
                rj += 1
            if rj > ri:
                t.cell(nh + ri, ci).merge(t.cell(nh + rj, ci))
            align = WD_ALIGN_PARAGRAPH.JUSTIFY if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(nh + ri, ci), rows[ri][ci], FS, 10.5, align=align)
            ri = rj + 1
    for vals in resolved:
        clauses.append("；".join("%s：%s" % (h, flat(v)) for h, v in zip(key_headers, vals)))
    return t


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(size)
    p2.paragraph_format.right_indent = Pt(size)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1060", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_changsha():
    """长沙片区管委会 印发 承接省市赋权事项权责清单 (红头文件, 两级表头)."""
    stem = "blind1060_changsha_quanze"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头: borderless layout table, organ name (two lines, 分散对齐) | 文件
    empty(doc, 1, line=20)
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(lt, [11.6, 3.8])
    c0, c1 = lt.rows[0].cells
    c0.text = ""
    for i, txt in enumerate(["中国（湖南）自由贸易试验区", "长沙片区管理委员会"]):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        font(p.add_run(txt), XBS, 24, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(34)
    c1.text = ""
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c1.paragraphs[0]
    font(p.add_run("文件"), XBS, 48, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(60)
    empty(doc, 2)
    p = add_par(doc, "湘自贸长管发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: three separate paragraphs, broken at odd places
    for ln in ["中国（湖南）自由贸易试验区长沙片区",
               "管理委员会关于印发《长沙片区承接省市",
               "赋权事项权责清单（2026年版）》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "片区各部门（局、办、中心），各园区管理机构，各驻片区单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为全面落实权责清单制度，确保省、市赋予片区的经济社会管理权限“放得下、接得住、管得好”，根据《湖南省人民政府关于赋予中国（湖南）自由贸易试验区第二批省级经济社会管理权限的决定》（湘政发〔2025〕14号）和《长沙市人民政府关于向中国（湖南）自由贸易试验区长沙片区下放部分市级管理权限的通知》（长政发〔2025〕21号）要求，片区管委会对照法律法规规章“立改废释”情况，对承接的省、市赋权事项进行了全面梳理，编制形成了《长沙片区承接省市赋权事项权责清单（2026年版）》（以下简称《权责清单》）。经片区管委会2026年第3次主任办公会议审议通过，现印发给你们，并就有关事项通知如下：")
    head("一、清单基本情况")
    body("《权责清单》共梳理承接省、市赋权事项8项，细化为12个子项（办理项），其中行政许可5项、行政处罚2项、行政确认1项。与2024年版相比，新增外国人来华工作许可、药品批发企业经营许可等2项省级赋权事项，取消因上位法修改不再保留的事项1项，调整设定依据的事项3项。")
    head("二、工作要求")
    runin("（一）严格照单履职。", "各承办机构要严格按照《权责清单》明确的事项名称、设定依据、实施主体和承办机构行使权力，做到“清单之外无权力”。凡涉及赋权事项的申请材料、办理时限、收费标准，一律按照省、市有关部门的统一规定执行，不得擅自增设条件或者变相提高门槛。")
    runin("（二）做好承接衔接。", "对新增的赋权事项，各承办机构要在2026年3月31日前完成与省科技厅、省药品监督管理局等原实施部门的业务交接、人员培训和系统授权，同步在湖南省政务服务网更新办事指南，确保事项“无缝承接、平稳运行”。")
    runin("（三）实行动态调整。", "因法律法规规章立改废释、上级赋权事项调整或者机构职能变化，需要调整《权责清单》的，由承办机构提出调整意见，经片区管委会法制审核机构合法性审查后，报片区管委会主任办公会议审定并向社会公布。")
    runin("三、", "本通知及《权责清单》自2026年4月1日起施行。《长沙片区承接省市赋权事项权责清单（2024年版）》（湘自贸长管发〔2024〕11号）同时废止。", hf=HT)
    empty(doc, 1)
    add_par(doc, "附件：长沙片区承接省市赋权事项权责清单（2026年版）")
    empty(doc, 3)
    # 落款: typed spaces, seal space
    add_par(doc, " " * 14 + "中国（湖南）自由贸易试验区长沙片区管理委员会", indent=False)
    add_par(doc, " " * 46 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on landscape pages
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("长沙片区承接省市赋权事项权责清单（2026年版）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    widths = [1.0, 2.9, 2.9, 2.0, 9.0, 2.4, 2.2, 2.3]
    hdr = [["序号", "事项名称", None, "事项类型", "设定依据", "实施主体", "承办机构", "备注"],
           [None, "主项名称", "子项名称", None, None, None, None, None]]
    keyh = ["序号", "事项名称／主项名称", "事项名称／子项名称", "事项类型", "设定依据",
            "实施主体", "承办机构", "备注"]
    ZT = "长沙片区管委会"
    rows = [
        ["1", "建设工程规划许可证核发", "—", "行政许可",
         ["1.《中华人民共和国城乡规划法》第四十条第一款：“在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。”",
          "2.《长沙市人民政府关于向中国（湖南）自由贸易试验区长沙片区下放部分市级管理权限的通知》（长政发〔2025〕21号）附件第3项。"],
         ZT, "规划建设局", "市级赋权，原由长沙市自然资源和规划局实施"],
        ["2", "建筑工程施工许可证核发", "—", "行政许可",
         ["1.《中华人民共和国建筑法》第七条第一款：“建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。”",
          "2.《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第二条第一款：“在中华人民共和国境内从事各类房屋建筑及其附属设施的建造、装修装饰和与其配套的线路、管道、设备的安装，以及城镇市政基础设施工程的施工，建设单位在开工前应当依照本办法的规定，向工程所在地的县级以上地方人民政府住房城乡建设主管部门（以下简称发证机关）申请领取施工许可证。”"],
         ZT, "规划建设局", "市级赋权；工程投资额100万元以下（含）或者建筑面积500平方米以下（含）的建筑工程，可以不申请办理施工许可证"],
        ["3", "特殊建设工程消防设计审查、消防验收", "特殊建设工程消防设计审查", "行政许可",
         "《中华人民共和国消防法》第十一条：“国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查，住房和城乡建设主管部门依法对审查的结果负责。”",
         ZT, "规划建设局", "市级赋权；与施工图审查实行“一窗受理、并联审批”"],
        [None, None, "特殊建设工程消防验收", None,
         "《中华人民共和国消防法》第十三条第一款：“国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。”",
         None, None, None],
        ["4", "对外国投资者、外商投资企业未按照要求报送投资信息的处罚", "—", "行政处罚",
         ["《中华人民共和国外商投资法》第三十四条第一款：“国家建立外商投资信息报告制度。外国投资者或者外商投资企业应当通过企业登记系统以及企业信用信息公示系统向商务主管部门报送投资信息。”",
          "第三十七条：“外国投资者、外商投资企业违反本法规定，未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款。”"],
         ZT, "综合行政执法局", "市级赋权；案件线索由经济发展和商务局移送"],
        ["5", "外国人来华工作许可", "外国人来华工作许可证核发", "行政许可",
         ["1.《中华人民共和国出境入境管理法》第四十一条第一款：“外国人在中国境内工作，应当按照规定取得工作许可和工作类居留证件。任何单位和个人不得聘用未取得工作许可和工作类居留证件的外国人。”",
          "2.《外国人在中国就业管理规定》第五条：“用人单位聘用外国人须为该外国人申请就业许可，经获准并取得《中华人民共和国外国人就业许可证书》后方可聘用。”",
          "3.《湖南省人民政府关于赋予中国（湖南）自由贸易试验区第二批省级经济社会管理权限的决定》（湘政发〔2025〕14号）附件第11项。"],
         ZT, "科技和人才局", "省级赋权；A类外国高端人才实行“告知+承诺”、容缺受理"],
        [None, None, "外国人来华工作许可证延期、变更、补办", None, None, None, None, "省级赋权"],
        [None, None, "外国人来华工作许可证注销", None, None, None, None, "省级赋权"],
        ["6", "药品批发企业经营许可", "药品批发企业《药品经营许可证》核发", "行政许可",
         ["1.《中华人民共和国药品管理法》第五十一条第一款：“从事药品批发活动，应当经所在地省、自治区、直辖市人民政府药品监督管理部门批准，取得药品经营许可证。从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。”",
          "2.《湖南省人民政府关于赋予中国（湖南）自由贸易试验区第二批省级经济社会管理权限的决定》（湘政发〔2025〕14号）附件第17项。"],
         ZT, "市场监督管理局", "省级赋权；仅限注册地在片区范围内的企业"],
        [None, None, "药品批发企业《药品经营许可证》变更", None, None, None, None, None],
        ["7", "对建设单位未取得施工许可证擅自施工的处罚", "—", "行政处罚",
         ["1.《中华人民共和国建筑法》第六十四条：“违反本法规定，未取得施工许可证或者开工报告未经批准擅自施工的，责令改正，对不符合开工条件的责令停止施工，可以处以罚款。”",
          "2.《建设工程质量管理条例》第五十七条：“违反本条例规定，建设单位未取得施工许可证或者开工报告未经批准，擅自施工的，责令停止施工，限期改正，处工程合同价款百分之一以上百分之二以下的罚款。”"],
         ZT, "综合行政执法局", "市级赋权"],
        ["8", "建设工程规划条件核实", "—", "行政确认",
         "《中华人民共和国城乡规划法》第四十五条第一款：“县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。”",
         ZT, "规划建设局", "市级赋权；与竣工联合验收合并办理"],
    ]
    list_table(doc, widths, hdr, keyh, rows, clauses, left_cols=(4,),
               hmerge=[(0, 1, 2)], vmerge_hdr=[(0, 0, 1), (3, 0, 1), (4, 0, 1), (5, 0, 1),
                                               (6, 0, 1), (7, 0, 1)])
    note = "注：1.本清单所列事项由片区管委会以自身名义实施，承办机构负责具体办理；2.“子项名称”栏标注“—”的，表示该事项未细化子项；3.设定依据所引法律法规规章如有修订，以修订后的条款为准。"
    p = add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=4)
    clauses.append(note)
    empty(doc, 1, line=16)
    p2 = banji(doc, "抄送：湖南省商务厅，湖南省司法厅，长沙市人民政府办公厅，长沙市司法局。",
               "中国（湖南）自由贸易试验区长沙片区管理委员会办公室", "2026年3月16日印发")
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖南）自由贸易试验区长沙片区管理委员会关于印发《长沙片区承接省市赋权事项权责清单（2026年版）》的通知",
            "doc_number": "湘自贸长管发〔2026〕7号",
            "issuer": ["中国（湖南）自由贸易试验区长沙片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": ["长沙片区承接省市赋权事项权责清单（2026年版）"],
            "doc_type": "通知",
            "recipients": ["片区各部门（局、办、中心）", "各园区管理机构", "各驻片区单位"],
            "publicity": "此件主动公开",
            "repeals": "《长沙片区承接省市赋权事项权责清单（2024年版）》（湘自贸长管发〔2024〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
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
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


def doc_qinzhou():
    """钦州港片区管委会办公室 公布 政务服务事项清单 (缩放字符版头, 自动编号标题)."""
    stem = "blind1060_qinzhou_zhengwu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会办公室文件"), XBS, 32, False,
         RED, scale=48)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc, 2)
    p = add_par(doc, "钦自贸管办发〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    for i, ln in enumerate(["中国（广西）自由贸易试验区钦州港片区",
                            "管理委员会办公室关于公布钦州港片区政务",
                            "服务事项清单（2026年版）的通知"]):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "片区各部门，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）和自治区关于政务服务事项清单管理的有关要求，进一步推进中国（广西）自由贸易试验区钦州港片区政务服务标准化、规范化、便利化，片区管委会办公室会同各有关部门，对照自治区、钦州市赋予片区的经济社会管理权限，对片区政务服务事项进行了全面梳理和集中审核，编制形成了《钦州港片区政务服务事项清单（2026年版）》（以下简称《清单》）。经片区管委会同意，现予以公布，并就有关事项通知如下：")
    head("清单构成")
    body("《清单》共列入政务服务事项213项（含子项），其中依申请类政务服务事项176项、公共服务事项37项。依申请类政务服务事项中，行政许可98项、行政确认21项、行政给付4项、行政奖励6项、行政裁决1项、其他行政权力46项。本通知附件仅列明面向西部陆海新通道物流、跨境贸易和港航服务企业的重点高频事项，完整《清单》在广西数字政务一体化平台钦州港片区分厅同步公布。")
    head("工作要求")
    runin("（一）严格清单管理。", "各部门要严格按照《清单》确定的事项名称、事项类型、设定依据和实施主体提供政务服务，《清单》以外不得违规设定或者变相设定办事事项。各部门要在《清单》公布后15个工作日内，逐项完善办事指南，做到同一事项在自治区、市、片区三级平台“同名称、同编码、同依据”。")
    runin("（二）推进“一网通办”。", "依托广西数字政务一体化平台，推动《清单》内事项全程网办率达到95%以上；对港口经营、食品经营等高频事项推行“一件事一次办”，申请材料压减30%以上，承诺办结时限压缩至法定时限的40%以内。")
    runin("（三）强化跨境服务。", "围绕中国—东盟港口城市合作网络和西部陆海新通道建设，在片区政务服务中心设立“国际投资贸易服务专窗”，为东盟国家和共建“一带一路”国家投资者提供中英文双语导办、外商投资企业投诉受理等服务。")
    runin("（四）实行动态调整。", "法律法规规章立改废释或者上级赋权事项发生变化的，各部门应当在10个工作日内提出调整意见，经片区管委会办公室审核后，按程序报批并及时更新《清单》。")
    body("各部门在执行中遇到的问题，请及时向片区管委会办公室（政务服务管理科）反馈。联系人：黄俊杰，联系电话：0777-3886215。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    add_par(doc, "附件：钦州港片区政务服务事项清单（2026年版）（重点事项）")
    empty(doc, 3)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会办公室",
                indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年1月23日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("钦州港片区政务服务事项清单（2026年版）"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（重点事项）"), KT, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    widths = [1.0, 3.8, 2.2, 9.2, 3.3, 2.6, 2.6]
    hdr = [["序号", "事项名称", "事项类型", "设定依据", "实施主体", "承办机构", "备注"]]
    ZT = "钦州港片区管委会"
    rows = [
        ["1", "港口经营许可（新办）", "行政许可",
         ["1.《中华人民共和国港口法》第二十二条第一款：“从事港口经营，应当向港口行政管理部门书面申请取得港口经营许可，并依法办理工商登记。”",
          "2.《中华人民共和国港口法》第二十三条：“港口行政管理部门实施港口经营许可，应当遵循公开、公正、公平的原则。港口经营包括码头和其他港口设施的经营，港口旅客运输服务经营，在港区内从事货物的装卸、驳运、仓储的经营和港口拖轮经营等。”"],
         ZT, "港航发展局", "钦州市交通运输局委托实施"],
        [None, "港口经营许可（变更）", None, None, None, None, None],
        [None, "港口经营许可（延续）", None, None, None, None, None],
        ["2", "食品经营许可（新办）", "行政许可",
         "《中华人民共和国食品安全法》第三十五条第一款：“国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。”",
         ZT, "市场监督管理局", "实行“证照联办”"],
        [None, "食品经营许可（变更、延续）", None, None, None, None, "延续许可可实行告知承诺制"],
        ["3", "特种设备使用登记", "行政许可",
         "《中华人民共和国特种设备安全法》第三十三条：“特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。”",
         ZT, "市场监督管理局", "含港口起重机械、场（厂）内专用机动车辆"],
        ["4", "企业投资项目备案", "其他行政权力",
         "《企业投资项目核准和备案管理条例》第三条第二款：“对前款规定以外的项目，实行备案管理。除国务院另有规定的，实行备案管理的项目按照属地原则备案，备案机关及其权限由省、自治区、直辖市和计划单列市人民政府规定。”",
         ZT, "经济发展局", "通过广西投资项目在线审批监管平台办理"],
        ["5", "建设项目环境影响报告表审批", "行政许可",
         ["1.《中华人民共和国环境影响评价法》第二十二条第一款：“建设项目的环境影响报告书、报告表，由建设单位按照国务院的规定报有审批权的生态环境主管部门审批。”",
          "2.《建设项目环境保护管理条例》第九条第一款：“依法应当编制环境影响报告书、环境影响报告表的建设项目，建设单位应当在开工建设前将环境影响报告书、环境影响报告表报有审批权的环境保护行政主管部门审批；建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的，建设单位不得开工建设。”"],
         ZT, "生态环境局", "核与辐射类项目除外"],
        ["6", "外商投资企业投诉受理", "公共服务",
         ["1.《中华人民共和国外商投资法》第二十六条第一款：“国家建立外商投资企业投诉工作机制，及时处理外商投资企业或者其投资者反映的问题，协调完善相关政策措施。”",
          "2.《外商投资企业投诉工作办法》（商务部令2020年第3号）。"],
         ZT, "经济发展局", "可通过“国际投资贸易服务专窗”提交"],
    ]
    list_table(doc, widths, hdr, hdr[0], rows, clauses, left_cols=(3,))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会办公室关于公布钦州港片区政务服务事项清单（2026年版）的通知",
            "doc_number": "钦自贸管办发〔2026〕2号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会办公室"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区政务服务事项清单（2026年版）（重点事项）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_kashi():
    """喀什片区管委会 调整权责清单 (无红头网页版, 两个附件表, 汉字日期)."""
    stem = "blind1060_kashi_tiaozheng"
    doc = Document()
    setup(doc, dash="- ", dash2=" -", margins=(3.5, 3.3, 2.7, 2.5))
    clauses = []

    # no 版头: title first, 文号 under title
    p = doc.add_paragraph()
    for i, ln in enumerate(["中国（新疆）自由贸易试验区喀什片区",
                            "管理委员会关于调整喀什片区",
                            "权责清单的通知"]):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    add_par(doc, [("喀自贸管发〔2026〕15号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "片区各部门、各园区，各驻片区单位：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《新疆维吾尔自治区人民政府关于向中国（新疆）自由贸易试验区下放第二批自治区级管理权限的决定》（新政发〔2026〕8号）以及相关法律法规修改情况，经片区管委会2026年第5次主任办公会议研究同意，现对《中国（新疆）自由贸易试验区喀什片区管理委员会权责清单（2025年版）》（以下简称《权责清单》）作如下调整：")
    runin("一、新增权责事项3项。", "将自治区下放的对外劳务合作经营资格核准、道路货物运输经营许可(含2个子项)、建设项目用地预审与选址意见书核发等3项事项纳入《权责清单》，具体见附件1。")
    runin("二、取消权责事项2项。", "因上位法修改和改革试点期满，取消对外贸易经营者备案登记、企业投资项目承诺制试点登记等2项权责事项，具体见附件2。")
    runin("三、有关要求。", "各承办机构要在本通知施行之日起10个工作日内，完成新增事项在新疆政务服务网的事项认领、办事指南编制和业务流程配置，做好与自治区商务厅、交通运输厅、自然资源厅的工作交接；取消的事项要同步在平台下线，不得变相保留。调整后，片区管委会共有权责事项163项。")
    runin("四、", "本通知自2026年6月1日起施行。")
    empty(doc, 1)
    p = add_par(doc, IND + "附件:1.喀什片区新增权责事项清单", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, IND + "\u3000\u3000\u3000" + "2.喀什片区取消权责事项清单", indent=False)
    empty(doc, 3)
    # 落款 in a text-box-like borderless table on the right
    t = doc.add_table(rows=2, cols=2)
    fixed_layout(t, [2.2, 13.6])
    for ri, txt in enumerate(["中国（新疆）自由贸易试验区喀什片区管理委员会", "二〇二六年五月二十日"]):
        c = t.cell(ri, 1)
        c.text = ""
        pp = c.paragraphs[0]
        font(pp.add_run(txt), FS, 16)
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.line_spacing = Pt(28)
    empty(doc, 1)
    add_par(doc, "（联系人：阿不都热合曼·买买提，联系电话：0998-2836157）")

    ZT = "喀什片区管委会"
    widths = [1.0, 3.8, 2.2, 9.4, 3.0, 2.6, 2.7]
    hdr = [["序号", "事项名称", "事项类型", "设定依据", "实施主体", "承办机构", "备注"]]

    # 附件1
    landscape_section(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("喀什片区新增权责事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    rows1 = [
        ["1", "对外劳务合作经营资格核准", "行政许可",
         "《对外劳务合作管理条例》第五条:“从事对外劳务合作，应当按照省、自治区、直辖市人民政府的规定，经省级或者设区的市级人民政府商务主管部门批准，取得对外劳务合作经营资格。”",
         ZT, "经济发展和商务局", "自治区级下放"],
        ["2", "道路货物运输经营许可（子项：道路普通货物运输经营许可）", "行政许可",
         ("br", ["《中华人民共和国道路运输条例》第二十四条：",
                 "“申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请并分别提交符合本条例第二十一条、第二十二条规定条件的相关材料：",
                 "（一）从事危险货物运输经营以外的货运经营的，向县级人民政府交通运输主管部门提出申请；",
                 "（二）从事危险货物运输经营的，向设区的市级人民政府交通运输主管部门提出申请。……”"]),
         ZT, "交通运输和物流局", "危险货物运输经营许可仍由喀什地区交通运输局实施"],
        [None, "道路货物运输经营许可（子项：国际道路货物运输经营许可）", None,
         ("br", ["《中华人民共和国道路运输条例》第五十条：",
                 "“申请从事国际道路运输的，应当向省、自治区、直辖市人民政府交通运输主管部门提出申请并提交符合本条例第四十九条规定条件的相关材料。省、自治区、直辖市人民政府交通运输主管部门应当自受理申请之日起20日内审查完毕，作出批准或者不予批准的决定。……”"]),
         None, None, "自治区级下放；限经伊尔克什坦、吐尔尕特、红其拉甫口岸出入境的国际道路货物运输"],
        ["3", "建设项目用地预审与选址意见书核发", "行政许可",
         ("br", ["1.《中华人民共和国土地管理法》第五十二条：“建设项目可行性研究论证时，自然资源主管部门可以根据土地利用总体规划、土地利用年度计划和建设用地标准，对建设用地有关事项进行审查，并提出意见。”",
                 "2.《中华人民共和国城乡规划法》第三十六条第一款：“按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位在报送有关部门批准或者核准前，应当向城乡规划主管部门申请核发选址意见书。”"]),
         ZT, "自然资源和规划局", "自治区级下放；限片区范围内由地区级审批、核准、备案的建设项目"],
    ]
    list_table(doc, widths, hdr, hdr[0], rows1, clauses, left_cols=(3,))

    # 附件2 on its own page (same landscape section, page break)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("喀什片区取消权责事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    rows2 = [
        ["1", "对外贸易经营者备案登记", "其他行政权力",
         "《中华人民共和国对外贸易法》（2016年修正）第九条第一款：“从事货物进出口或者技术进出口的对外贸易经营者，应当向国务院对外贸易主管部门或者其委托的机构办理备案登记；但是，法律、行政法规和国务院对外贸易主管部门规定不需要备案登记的除外。”",
         ZT, "经济发展和商务局",
         "2022年12月30日第十三届全国人民代表大会常务委员会第三十八次会议修改对外贸易法，删去第九条，予以取消"],
        ["2", "企业投资项目承诺制试点登记", "其他行政权力",
         "《中国（新疆）自由贸易试验区喀什片区企业投资项目承诺制改革试点实施方案》（喀自贸管发〔2024〕9号）",
         ZT, "经济发展和商务局", "试点期满，相关事项并入企业投资项目备案办理"],
    ]
    list_table(doc, widths, hdr, hdr[0], rows2, clauses, left_cols=(3,))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（新疆）自由贸易试验区喀什片区管理委员会关于调整喀什片区权责清单的通知",
            "doc_number": "喀自贸管发〔2026〕15号",
            "issuer": ["中国（新疆）自由贸易试验区喀什片区管理委员会"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "喀什地区",
            "effective": "2026-06-01",
            "expires": None,
            "attachments": ["喀什片区新增权责事项清单", "喀什片区取消权责事项清单"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各园区", "各驻片区单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_changsha(), doc_qinzhou(), doc_kashi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
