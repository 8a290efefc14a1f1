# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 423: 双随机、一公开 抽查计划 / 信用分级分类监管办法 / 抽查结果公告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt_run(run, font=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def add_para(doc_or_cell, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
             size=16, line=28, before=0, after=0, para=None):
    """segs: list of (text, font, bold) or a plain string. '\n' inside a text
    becomes a soft line break (w:br)."""
    p = para if para is not None else doc_or_cell.add_paragraph()
    fmt_para(p, align, indent, size, line, before, after)
    if isinstance(segs, str):
        segs = [(segs, FS, False)]
    for seg in segs:
        text, font, bold = seg[0], seg[1], seg[2]
        color = seg[3] if len(seg) > 3 else None
        r = p.add_run()
        r.text = text  # python-docx turns \n into <w:br/>
        fmt_run(r, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, indent=False)


def border_para(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        r'<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def border_para2(p, color="000000"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        r'<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="1" w:color="%s"/>'
        r'<w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), color, color)))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        r'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def grid_borders(table):
    tblPr = table._tbl.tblPr
    b = "".join(r'<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(r"<w:tblBorders %s>%s</w:tblBorders>" % (nsdecls("w"), b)))


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    add_para(cell, [(text, font, bold)], align=align, indent=False, size=size,
             line=20, para=p)


def page_number_footer(section, left="— ", right=" —", size=14):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(left)
    fmt_run(r, "宋体", size)
    r = p.add_run()
    fmt_run(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    fmt_run(r, "宋体", size)
    r._r.append(parse_xml(r'<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    fmt_run(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    fmt_run(r, "宋体", size)
    r = p.add_run()
    fmt_run(r, "宋体", size)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(right)
    fmt_run(r, "宋体", size)


_NUM_ID = [300]


def make_numbering(doc, lvl_text, num_fmt="chineseCounting", font=HT):
    """Create a single-level Word list; returns numId."""
    _NUM_ID[0] += 1
    nid = _NUM_ID[0]
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        r'<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        r'<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        r'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        r'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        r'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), nid, num_fmt, lvl_text, font))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(r'<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), nid, nid))
    numbering.append(num)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                         % (nsdecls("w"), nid)))


def clean(text):
    return text.replace("\n", "").strip(" 　")


class Key:
    def __init__(self, meta):
        self.meta = meta
        self.clauses = []

    def add(self, text):
        self.clauses.append(clean(text))

    def obj(self):
        return {"meta": self.meta, "clauses": self.clauses}


def body(doc, key, segs, **kw):
    """A body paragraph that is a clause."""
    p = add_para(doc, segs, **kw)
    if isinstance(segs, str):
        key.add(segs)
    else:
        key.add("".join(s[0] for s in segs))
    return p


def heading(doc, text, font=HT):
    return add_para(doc, [(text, font, False)])


def runin(doc, key, head, rest, font=KT, bold=False):
    return body(doc, key, [(head, font, bold), (rest, FS, False)])


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_423", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================== doc 1: 郑州 通知
def doc_zhengzhou():
    stem = "blind423_zhengzhou_tongzhi"
    title = "关于下达2026年度“双随机、一公开”抽查工作计划的通知"
    key = Key({
        "title": title,
        "doc_number": "郑市监〔2026〕15号",
        "issuer": ["郑州市市场监督管理局", "郑州市商务局"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度郑州市跨部门联合抽查任务分工表",
                        "“双随机、一公开”抽查结果公示模板"],
        "doc_type": "通知",
        "recipients": ["各区县（市）市场监督管理局", "各区县（市）商务主管部门",
                       "郑州航空港经济综合实验区市场监督管理局",
                       "市市场监督管理局机关各处室及直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    doc = new_doc()
    page_number_footer(doc.sections[0])

    # red header: layout table (two organs + 文件)
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["郑州市市场监督管理局", "郑州市商务局"]):
        c = t.cell(i, 0)
        add_para(c, [(name, XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 indent=False, size=30, line=40, para=c.paragraphs[0])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    add_para(m, [("文件", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent=False, size=42, line=60, para=m.paragraphs[0])
    set_widths(t, [11.5, 4.0])
    empty(doc)
    p = add_para(doc, [("郑市监〔2026〕15号", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 indent=False)
    border_para(p)
    empty(doc)
    add_para(doc, [("关于下达2026年度“双随机、一公开”\n抽查工作计划的通知", XBS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc)
    add_para(doc, "各区县（市）市场监督管理局，各区县（市）商务主管部门，郑州航空港经济综合实验区市场监督管理局，市市场监督管理局机关各处室及直属单位：",
             indent=False)

    body(doc, key, "为深入推进“双随机、一公开”监管常态化、规范化，持续优化营商环境，根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）和《河南省市场监督管理局 河南省商务厅关于进一步加强事中事后监管的通知》（豫市监〔2025〕41号）要求，结合我市实际，市市场监督管理局、市商务局研究制定了2026年度“双随机、一公开”抽查工作计划，现下达给你们，请认真组织实施。")

    heading(doc, "一、总体要求")
    body(doc, key, "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，按照“双随机抽查为基本手段、重点监管为补充、信用监管为基础”的要求，统筹市场监管和商务领域检查事项，推进跨部门联合抽查，切实做到“进一次门、查多项事”，减少对市场主体正常经营活动的干扰，提升事中事后监管效能。")

    heading(doc, "二、抽查事项和比例")
    runin(doc, key, "（一）抽查事项。", "2026年度全市共安排“双随机、一公开”抽查事项8项，其中跨部门联合抽查事项3项，具体见下表。")

    # 抽查事项清单 table
    header = ["序号", "抽查事项", "抽查对象", "抽查\n比例", "抽查方式", "实施主体"]
    cols = ["序号", "抽查事项", "抽查对象", "抽查比例", "抽查方式", "实施主体"]
    rows = [
        ["1", "外商投资企业信息报告情况检查", "辖区内外商投资企业", "3%", "书面检查、\n网络监测", "市商务局、各区县（市）商务主管部门"],
        ["2", "跨境电子商务企业经营行为检查", "中国（郑州）跨境电子商务综合试验区内跨境电商企业", "不低于5%", "现场检查、网络监测", "市商务局、市市场监督管理局"],
        ["3", "企业公示信息检查", "各类企业", "3%", "书面检查、实地核查", "各级市场监管部门"],
        ["4", "个体工商户公示信息检查", "个体工商户", "不低于1%", "书面检查、实地核查", "各级市场监管部门"],
        ["5", "单用途商业预付卡发卡企业检查", "零售、住宿餐饮、居民服务业发卡企业", "5%", "现场检查", "各区县（市）商务主管部门"],
        ["6", "拍卖企业经营行为检查", "拍卖企业", "不低于5%", "现场检查、书面检查", "市商务局"],
        ["7", "报废机动车回收拆解企业检查", "取得资质认定的报废机动车回收拆解企业", "100%", "现场检查", "市商务局、市市场监督管理局"],
        ["8", "网络交易平台经营者检查", "辖区内网络交易平台经营者", "不低于5%", "网络监测、现场检查", "市市场监督管理局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.2, 3.6, 4.2, 1.8, 2.6, 3.2]
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h, font=HT, size=12)
    repeat_header(t.rows[0])
    # rows 3 & 4 share 实施主体 -> vertical merge
    merged = t.cell(3, 5).merge(t.cell(4, 5))
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if (r, c) == (4, 5):
                continue
            cell = merged if (r, c) == (3, 5) else t.cell(r, c)
            cell_text(cell, v, size=12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
        key.add("；".join("%s：%s" % (cols[c], clean(v)) for c, v in enumerate(row)))
    set_widths(t, widths)

    runin(doc, key, "（二）抽查比例。", "各地各部门应当按照上表确定的比例开展抽查，抽查比例为“不低于”的，可结合监管实际适当提高。对信用风险分类为D级（高风险）的市场主体，抽查比例不低于30%；对信用风险分类为A级（低风险）的市场主体，原则上抽查比例不高于3%，且除投诉举报、转办交办和上级部署外，不主动开展现场检查。")
    runin(doc, key, "（三）抽查频次。", "同一市场主体在同一年度内被市场监管部门和商务部门抽查的次数原则上不超过2次。跨部门联合抽查原则上每季度组织1次，第一季度抽查工作于2026年3月31日前启动。")

    heading(doc, "三、工作要求")
    runin(doc, key, "（一）科学制定实施方案。", "各区县（市）市场监督管理局、商务主管部门要在本计划下达后15个工作日内，结合辖区实际制定本单位年度抽查工作实施方案，明确抽查任务、时间节点和责任人员，并报市市场监督管理局信用监督管理处、市商务局市场秩序处备案。")
    runin(doc, key, "（二）严格规范抽查流程。", "抽查工作应当依托国家企业信用信息公示系统（河南）“双随机、一公开”监管工作平台开展，全程留痕，做到可追溯。具体要求如下：")
    body(doc, key, "1.随机抽取检查对象。检查对象名录库应当及时更新，原则上每月与市场主体登记注册信息比对一次，确保名录库完整准确。")
    body(doc, key, "2.随机选派执法检查人员。执法检查人员名录库应当涵盖具有执法资格的全部人员，对专业性较强的检查事项，可以聘请专家或者委托第三方专业机构参与。")
    body(doc, key, "3.依法开展检查。检查人员不得少于2人，并应当主动出示执法证件；实施现场检查的，应当制作检查记录，由被检查对象签字确认。")
    body(doc, key, "4.及时录入结果。检查结果应当自检查完成之日起20个工作日内录入监管工作平台。")
    runin(doc, key, "（三）及时公示抽查结果。", "抽查检查结果应当通过国家企业信用信息公示系统依法向社会公示，公示信息应当包括抽查事项、抽查时间、检查结果等内容。涉及商务领域的抽查结果，同步在“信用郑州”网站公示。")
    runin(doc, key, "（四）强化结果运用。", "对抽查中发现的违法违规行为，依法依规予以处理；对涉嫌犯罪的，依法移送公安机关。抽查结果要作为市场主体信用风险分类的重要依据，实现“双随机、一公开”监管与信用风险分类管理有机结合。")
    runin(doc, key, "（五）加强督导考核。", "市市场监督管理局、市商务局将对各地抽查计划执行情况开展不定期督导，执行情况纳入年度法治政府建设和营商环境评价考核内容。")

    heading(doc, "四、时间安排")
    runin(doc, key, "（一）部署启动阶段（2026年3月）。", "各地各部门制定实施方案，完成名录库更新和人员培训。")
    runin(doc, key, "（二）组织实施阶段（2026年4月至11月）。", "按季度组织开展抽查，其中跨境电子商务企业经营行为检查应当在2026年9月30日前完成。")
    runin(doc, key, "（三）总结报送阶段（2026年12月）。", "各区县（市）市场监督管理局、商务主管部门于2026年12月10日前将年度抽查工作总结分别报送市市场监督管理局、市商务局。")

    body(doc, key, "联系人：市市场监督管理局信用监督管理处　李晓东，电话：0371-67188523；市商务局市场秩序处　张倩，电话：0371-67190416。")
    empty(doc)
    add_para(doc, "附件：1.2026年度郑州市跨部门联合抽查任务分工表")
    add_para(doc, "　　　2.“双随机、一公开”抽查结果公示模板")
    empty(doc, 3)

    # 落款 as borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_widths(t, [8.0, 7.6])
    add_para(t.cell(0, 0), "郑州市市场监督管理局", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, para=t.cell(0, 0).paragraphs[0])
    add_para(t.cell(0, 1), "郑州市商务局", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, para=t.cell(0, 1).paragraphs[0])
    add_para(t.cell(1, 1), "2026年3月6日", align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, para=t.cell(1, 1).paragraphs[0])
    empty(doc)
    add_para(doc, "（此件公开发布）")
    empty(doc, 4)
    p = add_para(doc, [("抄送：河南省市场监督管理局，河南省商务厅，市政府办公厅。", FS, False)],
                 indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    border_para2(p)
    p = add_para(doc, [("  郑州市市场监督管理局办公室                     2026年3月9日印发", FS, False)],
                 indent=False, size=14)
    border_para2(p)

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    return stem, [key.obj()], out


# ====================================================== doc 2: 厦门片区 办法
def doc_xiamen():
    stem = "blind423_xiamen_banfa"
    zone = "中国（福建）自由贸易试验区厦门片区"
    banfa_title = zone + "市场主体信用分级分类监管办法"
    org = zone + "管理委员会"
    k1 = Key({
        "title": org + "关于印发《" + banfa_title + "》的通知",
        "doc_number": "厦自贸委〔2026〕3号",
        "issuer": [org],
        "date": "2026-02-27",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区管委会各局（办）", "各综合保税区管理服务机构", "各驻片区有关单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    })
    old = "《中国（福建）自由贸易试验区厦门片区企业信用风险分类管理暂行办法》（厦自贸委〔2021〕9号）"
    k2 = Key({
        "title": banfa_title,
        "doc_number": None,
        "issuer": [org],
        "date": "2026-02-27",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": "2026-04-01",
        "expires": "2031-03-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": old,
    })
    doc = new_doc()
    page_number_footer(doc.sections[0])

    empty(doc)
    add_para(doc, [("中国（福建）自由贸易试验区厦门片区\n管理委员会文件", XBS, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=24, line=40)
    empty(doc)
    p = add_para(doc, [("厦自贸委〔2026〕3号", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 indent=False)
    border_para(p)
    empty(doc)
    add_para(doc, [("中国（福建）自由贸易试验区厦门片区\n管理委员会关于印发《中国（福建）\n自由贸易试验区厦门片区市场主体信用\n分级分类监管办法》的通知", XBS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc)
    add_para(doc, "片区管委会各局（办），各综合保税区管理服务机构，各驻片区有关单位：", indent=False)
    body(doc, k1, "为深化自由贸易试验区“证照分离”改革，健全以信用为基础的新型监管机制，推动事中事后监管精准化、智能化，片区管委会制定了《中国（福建）自由贸易试验区厦门片区市场主体信用分级分类监管办法》，已经2026年第2次片区管委会主任办公会议研究通过，现印发给你们，请结合实际认真贯彻执行。")
    body(doc, k1, "执行中遇到的问题，请及时向片区管委会市场监管局反馈。")
    empty(doc, 3)
    add_para(doc, org + "　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_para(doc, "2026年2月27日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    add_para(doc, "（此件主动公开）")
    doc.add_page_break()

    # ---- the 办法
    add_para(doc, [("中国（福建）自由贸易试验区厦门片区\n市场主体信用分级分类监管办法", XBS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc)

    def chap(t):
        add_para(doc, [(t, HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=6, after=6)

    def art(num, text, sep="　"):
        body(doc, k2, [(num, HT, False), (sep + text, FS, False)])

    def item(text):
        body(doc, k2, text)

    chap("第一章　总则")
    art("第一条", "为加快构建以信用为基础的新型监管机制，提升中国（福建）自由贸易试验区厦门片区（以下简称片区）事中事后监管效能，营造市场化、法治化、国际化一流营商环境，根据《优化营商环境条例》《中华人民共和国市场主体登记管理条例》《企业信息公示暂行条例》和《中国（福建）自由贸易试验区条例》等规定，结合片区实际，制定本办法。")
    art("第二条", "本办法适用于在片区内依法登记注册的企业、农民专业合作社及其分支机构（以下统称市场主体）的信用分级分类监管工作。")
    item("法律、法规、规章对特定行业领域信用监管另有规定的，从其规定。")
    art("第三条", "本办法所称信用分级分类监管，是指片区管委会有关部门依据市场主体的信用状况和风险程度，将市场主体划分为不同信用等级，并据此确定抽查比例、检查频次和监管措施的差异化监管方式。")
    art("第四条", "信用分级分类监管遵循依法依规、客观公正、动态调整、协同联动的原则，坚持“无事不扰”与“无处不在”相结合。")
    art("第五条", "片区管委会市场监管局负责统筹组织片区市场主体信用分级分类监管工作，会同片区管委会经济发展局、商务局、综合执法局等部门建立信用监管协作机制。海关、税务等驻片区单位按照各自职责，参与信用信息归集共享和联合奖惩工作。")

    chap("第二章　信用评价")
    art("第六条", "片区管委会市场监管局依托厦门市公共信用信息平台和国家企业信用信息公示系统，归集市场主体的登记注册、行政许可、行政处罚、抽查检查、经营异常名录、严重违法失信名单、纳税信用、海关信用等信息，建立市场主体信用档案。")
    art("第七条", "市场主体信用评价指标包括基础属性信息、经营行为信息、监管信息、社会评价信息和其他信息五类，具体指标及权重由片区管委会市场监管局会同有关部门另行制定，并向社会公布。")
    art("第八条", "信用评价实行百分制，原则上每半年集中评价一次，评价结果形成后通过片区智慧监管平台推送至有关部门。对于信息发生重大变化的市场主体，可以实时调整评价结果。")
    art("第九条", "根据信用评价结果，市场主体信用等级由高到低分为A、B、C、D四级：(一)A级（信用风险低），评价得分90分以上；(二)B级（信用风险一般），评价得分75分以上不满90分；(三)C级（信用风险较高），评价得分60分以上不满75分；(四)D级（信用风险高），评价得分不满60分。")
    art("第十条", "市场主体有下列情形之一的，直接认定为D级：")
    item("（一）被列入严重违法失信名单的；")
    item("（二）被列入经营异常名录满一年且未移出的；")
    item("（三）近两年内因提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得市场主体登记被撤销登记的；")
    item("（四）近两年内发生重大质量安全事故并造成严重社会影响的；")
    item("（五）法律、法规、规章规定的其他情形。")
    art("第十一条", "新设立的市场主体，自成立之日起六个月内暂按B级管理；六个月后按照本办法第八条规定进行评价。")

    chap("第三章　分类监管措施")
    art("第十二条", "片区管委会有关部门应当根据市场主体信用等级，在“双随机、一公开”监管中实施差异化抽查：（一）对A级市场主体，抽查比例不高于3%；（二）对B级市场主体，按照年度抽查计划确定的常规比例抽查；（三）对C级市场主体，抽查比例不低于10%；（四）对D级市场主体，抽查比例不低于30%，必要时实行全覆盖检查。")
    art("第十三条", "对A级市场主体，除投诉举报、转办交办、数据监测发现问题及上级部署外，原则上不主动实施现场检查，并可以在行政审批中依法适用告知承诺、容缺受理等便利措施。")
    art("第十四条", "对B级市场主体，按照常规监管频次实施监管，加强日常提醒和行政指导。", sep=" ")
    art("第十五条", "对C级市场主体，应当列为重点监管对象，适当提高检查频次，并可以采取约谈、警示、责令限期整改等措施。")
    art("第十六条", "对D级市场主体，应当实施严格监管，依法采取以下措施：")
    item("（一）在“双随机、一公开”监管中提高抽查比例和频次；")
    item("（二）在申请政府资金支持、评先评优等事项中依法予以限制；")
    item("（三）不适用告知承诺制等审批便利措施；")
    item("（四）依法实施的其他惩戒措施。")
    art("第十七条", "片区内综合保税区、跨境电子商务、中欧班列（厦门）运营企业等重点领域，可以在本办法基础上结合行业监管特点制定专业领域信用分级分类监管细则。")

    chap("第四章　动态管理与信用修复")
    art("第十八条", "市场主体信用等级实行动态管理。市场主体信用状况发生变化的，片区管委会市场监管局应当在10个工作日内重新评价并调整其信用等级。")
    art("第十九条", "市场主体对信用等级有异议的，可以自知道或者应当知道之日起15个工作日内，向片区管委会市场监管局提出书面异议申请，并提供相关证明材料。片区管委会\n市场监管局应当自收到异议申请之日起10个工作日内完成核查，并将核查结果告知申请人。")
    art("第二十条", "C级、D级市场主体已纠正失信行为、履行相关义务的，可以依法申请信用修复。信用修复完成后，按照本办法规定重新评价信用等级。")
    art("第二十一条", "因直接认定情形被认定为D级的市场主体，在相关情形消除前，不得申请调整信用等级。")

    chap("第五章　保障措施")
    art("第二十二条", "片区管委会市场监管局应当依托片区智慧监管平台，推进信用分级分类结果在各部门监管系统中的嵌入应用，实现信用信息互联互通、监管结果互认共享。")
    art("第二十三条", "片区管委会有关部门应当加强对信用分级分类结果的运用，将其作为制定年度抽查计划、确定检查对象和配置监管资源的重要依据。")
    art("第二十四条", "信用评价结果仅作为片区内部监管参考，不作为对市场主体的行政处罚依据。除法律、法规另有规定外，信用评价结果不对外公开。")
    art("第二十五条", "有关部门工作人员在信用分级分类监管工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")

    chap("第六章　附则")
    art("第二十六条", "个体工商户的信用分级分类监管参照本办法执行。")
    art("第二十七条", "本办法由片区管委会市场监管局负责解释。")
    art("第二十八条", "本办法自2026年4月1日起施行，有效期5年。" + old + "同时废止。")

    empty(doc, 6)
    p = add_para(doc, [("抄送：厦门市人民政府，福建省自贸办，厦门市市场监督管理局、厦门市商务局。", FS, False)],
                 indent=False, size=14)
    border_para2(p)
    p = add_para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会办公室      2026年2月28日印发", FS, False)],
                 indent=False, size=14)
    border_para2(p)

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    return stem, [k1.obj(), k2.obj()], out


# ====================================================== doc 3: 昆山 公告
def doc_kunshan():
    stem = "blind423_kunshan_gonggao"
    key = Key({
        "title": "关于2025年度外商投资信息报告年度报告抽查情况的公告",
        "doc_number": "昆商公告〔2026〕3号",
        "issuer": ["昆山市商务局", "昆山市市场监督管理局"],
        "date": "2026-04-08",
        "published": None,
        "level": "county",
        "region": "昆山市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin = Cm(3.0)
    page_number_footer(sec, left="- ", right=" -", size=12)

    add_para(doc, [("关于2025年度外商投资信息报告\n年度报告抽查情况的公告", XBS, True)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    add_para(doc, [("昆商公告〔2026〕3号", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False)
    empty(doc)
    # first-line indent typed by hand with full-width spaces
    body(doc, key, "　　根据《中华人民共和国外商投资法》《外商投资信息报告办法》（商务部 国家市场监督管理总局令2019年第2号）以及江苏省商务厅、江苏省市场监督管理局关于开展外商投资信息报告年度报告抽查工作的部署，昆山市商务局会同昆山市市场监督管理局，于2026年1月至3月对我市2025年度外商投资信息报告年度报告报送情况开展了“双随机、一公开”抽查。现将有关情况公告如下：",
         indent=False)

    nid = make_numbering(doc, "%1、", font=HT)
    cn = "一二三四五六七八九十"

    def numbered(i, head, rest):
        p = add_para(doc, [(head, HT, False), (rest, FS, False)], indent=False)
        p.paragraph_format.first_line_indent = None
        set_num(p, nid)
        key.add(cn[i] + "、" + head + rest)
        return p

    numbered(0, "抽查基本情况。", "本次抽查通过“双随机、一公开”监管工作平台，从全市已报送2025年度年度报告的6128家外商投资企业中随机抽取184家企业（抽查比例3%），随机选派执法检查人员92名，采取书面检查、实地核查和网络监测相结合的方式进行检查。")
    numbered(1, "抽查结果。", "经检查，未发现问题的企业171家，占92.9%；通过登记的住所（经营场所）无法联系的企业5家；年度报告信息与实际情况不符的企业6家；未按规定报送投资信息变更报告的企业2家。部分存在问题的企业名单如下：")

    # caption on its own line (not a clause)
    add_para(doc, [("2025年度外商投资信息报告抽查发现问题企业名单（部分）", HT, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    cols = ["序号", "企业名称", "统一社会信用代码", "存在问题", "处理措施"]
    rows = [
        ["1", "昆山瑞德精密模具有限公司", "91320583MA1N7K2X4H", "通过登记的住所无法联系", "列入经营异常名录"],
        ["2", "昆山恒岳光电科技有限公司", "91320583MA27C9QH1U", "通过登记的住所无法联系", "列入经营异常名录"],
        ["3", "昆山嘉禾电子材料有限公司", "91320583MA20LQ8R6B", "年度报告投资者信息与实际情况不符", "责令限期改正"],
        ["4", "艾森特（昆山）贸易有限公司", "91320583MA1WP3T05Y", "未按规定报送投资信息变更报告", "责令限期补报"],
        ["5", "昆山新程跨境电子商务有限公司", "91320583MA7HD4E28K", "年度报告经营信息与实际情况不符", "责令限期改正"],
        ["6", "泰益汽车零部件（昆山）有限公司", "913205837962143085", "未按规定报送投资信息变更报告", "责令限期补报"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(cols):
        cell_text(t.cell(0, i), h, font=HT, size=12, bold=True)
    repeat_header(t.rows[0])
    m = t.cell(1, 4).merge(t.cell(2, 4))
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if (r, c) == (2, 4):
                continue
            cell = m if (r, c) == (1, 4) else t.cell(r, c)
            cell_text(cell, v, size=12)
        key.add("；".join("%s：%s" % (cols[c], v) for c, v in enumerate(row)))
    widths = [1.2, 5.0, 4.2, 3.8, 2.8]
    set_widths(t, widths)

    body(doc, key, "限于篇幅，其余存在问题的企业名单已通过国家企业信用信息公示系统（江苏）同步公示，可登录该系统查询。")
    numbered(2, "有关要求。", "对抽查中发现问题的企业，昆山市商务局已依法责令其于2026年5月31日前改正或者补报；逾期不改正、不补报的，将依据《外商投资信息报告办法》有关规定予以处罚，并将相关信息记入企业信用记录。企业应当在每年1月1日至6月30日期间报送上一年度年度报告，确保信息真实、准确、完整。")
    numbered(3, "异议处理。", "企业对抽查结果有异议的，可自本公告发布之日起15个工作日内，向昆山市商务局外资管理科提出书面异议并提交相关证明材料，逾期未提出的，视为无异议。")
    body(doc, key, "　　联系电话：0512-57301286（昆山市商务局外资管理科），0512-57512346（昆山市市场监督管理局信用监管科）。", indent=False)
    body(doc, key, "　　特此公告。", indent=False)
    empty(doc, 3)
    add_para(doc, "昆山市商务局　　　　　　昆山市市场监督管理局　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_para(doc, "二〇二六年四月八日　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    return stem, [key.obj()], out


def main():
    expected = {}
    for fn in (doc_zhengzhou, doc_xiamen, doc_kunshan):
        stem, objs, path = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
