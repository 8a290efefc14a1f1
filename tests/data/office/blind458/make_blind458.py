# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 458: 中欧班列集结中心 / 综合保税区 engineering-style 操作规程 / 作业指引
issued with a short 管委会 通知.  Writes .docx, .pdf and expected.json next to itself."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FWS = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font, size, bold=False, color=None):
    """Add text to paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if part:
            r = par.add_run(part)
            set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r = par.add_run()
            set_font(r, font, size, bold, color)
            r.add_break(WD_BREAK.LINE)


def para(doc, segs, align=None, first_indent=None, line=28, before=0, after=0):
    """segs: list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    for s in segs:
        add_text(p, *s)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(28)


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_page_numbers(section, style="dash"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if style == "dash" else ("- ", " -")
    r = fp.add_run(left)
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = fp.add_run(right)
    set_font(r, "宋体", 14)


def setup(doc, pn_style="dash"):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    footer_page_numbers(sec, pn_style)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, font, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def grid_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def clean(t):
    return t.replace("\n", "").strip(" " + FWS)


# ------------------------------------------------------------ body renderer
def render_body(doc, items, numsep, clauses, numfont_bold=True):
    """items:
    ('part', text)            centred 黑体 part heading  (not a clause)
    ('h1', text) ('h2', text) ('h3', text)  decimal headings (not clauses)
    ('c', num, text)          decimal clause; number in its own (bold) run
    ('li', text)              list item a) / 1)          (clause)
    ('li2', text)             nested list item 1) / 2)   (clause)
    ('note', text)            注1：…                      (clause)
    ('p', text)               plain body paragraph        (clause)
    ('empty',)
    ('ctr', text, font, size) centred line, not a clause
    ('table', caption, header, rows)
    """
    for it in items:
        k = it[0]
        if k == "part":
            para(doc, [(it[1], HT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        elif k == "h1":
            para(doc, [(it[1], HT, 16)], first_indent=None)
        elif k == "h2":
            para(doc, [(it[1], KT, 16, True)])
        elif k == "h3":
            para(doc, [(it[1], FS, 16, True)])
        elif k == "c":
            num, text = it[1], it[2]
            para(doc, [(num, FS, 16, numfont_bold), (numsep + text, FS, 16)])
            clauses.append(clean(num + numsep + text))
        elif k == "li":
            para(doc, [(it[1], FS, 16)], first_indent=Pt(32))
            clauses.append(clean(it[1]))
        elif k == "li2":
            para(doc, [(it[1], FS, 16)], first_indent=Pt(64))
            clauses.append(clean(it[1]))
        elif k == "note":
            para(doc, [(it[1], KT, 14)], first_indent=Pt(32), line=24)
            clauses.append(clean(it[1]))
        elif k == "p":
            para(doc, [(FWS * 2 + it[1], FS, 16)])
            clauses.append(clean(it[1]))
        elif k == "empty":
            empty(doc)
        elif k == "ctr":
            para(doc, [(it[1], it[2], it[3])], align=WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "table":
            caption, header, rows = it[1], it[2], it[3]
            para(doc, [(caption, HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            grid_borders(t)
            for j, h in enumerate(header):
                cell_text(t.rows[0].cells[j], h, HT, 12)
            repeat_header(t.rows[0])
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell_text(t.rows[i + 1].cells[j], v, FS, 12)
                clauses.append("；".join(clean(header[j]) + "：" + clean(v) for j, v in enumerate(row)))
        else:
            raise ValueError(k)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    empty(doc, 2)
    p = para(doc, [(FWS + chaosong, FS, 14)], line=24)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [(FWS + yinfa_org, FS, 14), ("            " + yinfa_date + "印发", FS, 14)], line=24)
    border(p, "bottom", "000000", 8)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_458", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ======================================================================
# Document 1: 西安国际港务区 — 中欧班列（西安）集结中心集装箱场站作业操作规程
# ======================================================================
def make_xian():
    stem = "blind458_xian_tongzhi"
    doc = Document()
    setup(doc, "dash")
    ORG = "西安国际港务区管理委员会"
    REG = "中欧班列（西安）集结中心集装箱场站作业操作规程（试行）"
    notice_title = ORG + "关于印发《" + REG + "》的通知"

    # 版头
    empty(doc)
    para(doc, [("西安国际港务区管理委员会文件", XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    empty(doc)
    p = para(doc, [("西港管发〔2025〕37号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    para(doc, [("西安国际港务区管理委员会关于印发《中欧班列（西安）集结中心\n集装箱场站作业操作规程（试行）》的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc)
    recips = ["区属各部门", "中欧班列（西安）集结中心各场站运营单位", "各有关企业"]
    para(doc, [("区属各部门，中欧班列（西安）集结中心各场站运营单位，各有关企业：", FS, 16)])

    n_clauses = []
    body = [
        "为进一步规范中欧班列（西安）集结中心集装箱场站作业秩序，提升班列集结、编组和发运效率，保障作业安全，根据《中华人民共和国安全生产法》《铁路货物运输规程》及国家有关标准规定，结合集结中心运营实际，港务区管委会组织制定了《中欧班列（西安）集结中心集装箱场站作业操作规程（试行）》，经2025年第11次主任办公会议审议通过，现印发给你们，请结合实际认真贯彻执行。",
        "各场站运营单位要对照规程逐项梳理现行作业流程，于2025年12月15日前完成岗位作业指导书修订，并组织全员培训。区应急管理局、区口岸物流局要加强日常监督检查，对违反规程的行为依规严肃处理。",
        "执行中遇到的问题，请及时反馈港务区口岸物流局。",
        "联系人：王晓东，联系电话：029-83388516。",
    ]
    for t in body:
        # typed with two full-width spaces instead of a first-line indent
        para(doc, [(FWS * 2 + t, FS, 16)])
        n_clauses.append(t)
    empty(doc)
    para(doc, [(FWS * 2 + "附件：" + REG, FS, 16)])
    empty(doc, 3)
    # 落款 pushed right with spaces
    para(doc, [(" " * 22 + ORG, FS, 16)])
    para(doc, [(" " * 30 + "2025年11月18日", FS, 16)])
    empty(doc)
    para(doc, [(FWS * 2 + "（此件公开发布）", FS, 16)])

    # ---------------------------------------------------------- attachment
    page_break(doc)
    para(doc, [("附件", HT, 16)])
    empty(doc)
    para(doc, [("中欧班列（西安）集结中心集装箱场站\n作业操作规程（试行）", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc)

    items = [
        ("part", "第一部分" + FWS + "总则"),
        ("h1", "1 目的和依据"),
        ("c", "1.1", "为规范中欧班列（西安）集结中心（以下简称集结中心）集装箱场站作业行为，保障人员、设备和货物安全，提高班列集结发运效率，制定本规程。"),
        ("c", "1.2", "本规程依据《中华人民共和国安全生产法》《铁路货物运输规程》《铁路集装箱运输规则》以及GB/T 1413《系列1集装箱 分类、尺寸\n和额定质量》等法律法规和标准制定。"),
        ("h1", "2 适用范围"),
        ("c", "2.1", "本规程适用于集结中心内西安国际港站、新筑车站及其配套集装箱场站（以下统称场站）开展的中欧班列集装箱到达、装卸、堆存、编组和发运等作业。"),
        ("c", "2.2", "场站内开展的跨境电商、邮件快件等专用箱作业，除应遵守本规程外，还应遵守海关监管的有关规定。"),
        ("h1", "3 术语和定义"),
        ("c", "3.1", "集结：指将来自不同始发地、不同托运人的集装箱货物在集结中心汇集，按去向、口岸和班次组织成列的作业过程。"),
        ("c", "3.2", "回程班列：指由境外站点发往集结中心的中欧班列。"),
        ("c", "3.3", "超限箱：指货物装载后外形尺寸超出集装箱外部尺寸，或者总重超过额定质量的集装箱。"),
        ("h1", "4 职责分工"),
        ("c", "4.1", "港务区口岸物流局负责本规程的组织实施和监督考核，协调海关、铁路等单位解决作业中的重大问题。"),
        ("c", "4.2", "场站运营单位是作业安全和质量的责任主体，应履行下列职责："),
        ("li", "a) 建立健全岗位责任制和作业指导书；"),
        ("li", "b) 配备符合要求的装卸机械、计量设备和视频监控设施；"),
        ("li", "c) 组织作业人员岗前培训和年度复训，特种作业人员应持证上岗；"),
        ("li", "d) 按日报送作业量、在场箱量和异常情况。"),
        ("c", "4.3", "货运代理企业应如实申报箱号、货名、重量和目的站等信息，并对申报信息的真实性负责。"),
        ("note", "注1：本规程所称“日”均指自然日。"),
        ("empty",),
        ("part", "第二部分" + FWS + "作业要求"),
        ("h1", "5 到达作业"),
        ("h2", "5.1 到达预报"),
        ("c", "5.1.1", "场站应在班列到达前6小时取得到达预报，核对车次、车数、箱数和重点箱信息。"),
        ("c", "5.1.2", "接到超限箱、危险货物箱或者冷藏箱预报时，应提前安排专用箱位和作业机械。"),
        ("h2", "5.2 到站检查"),
        ("c", "5.2.1", "班列到达后，场站应会同铁路车站在2小时内完成交接检查。"),
        ("c", "5.2.2", "交接检查发现异常的，应拍照留存，在交接单上注明并由双方签字确认。"),
        ("c", "5.2.3", "到站检查应包括下列内容："),
        ("li", "a) 箱号、封志号与运单记载一致；"),
        ("li", "b) 箱体无破损、变形和渗漏；"),
        ("li", "c) 封志完好，施封方式符合规定；"),
        ("li", "d) 冷藏箱运行状态正常，温度记录完整。"),
        ("note", "注2：回程班列的封志由海关施加的，场站不得擅自拆除或者更换。"),
        ("c", "5.2.4", "检查中发现的异常情况按8.2规定处置。"),
        ("h1", "6 装卸与堆存作业"),
        ("h2", "6.1 装卸作业"),
        ("c", "6.1.1", "装卸作业前，司机和指挥人员应确认作业区域内无无关人员，吊具锁销状态正常。"),
        ("c", "6.1.2", "集装箱吊装应遵守下列规定："),
        ("li", "a) 严禁吊运箱门未关闭或者封志缺失的重箱；"),
        ("li", "b) 风速达到下列条件时，应停止或者限制作业："),
        ("li2", "1) 风速大于13.8 m/s时，停止空箱作业；"),
        ("li2", "2) 风速大于17.1 m/s时，停止全部吊装作业并锚定设备；"),
        ("li", "c) 夜间作业照度不低于50 lx。"),
        ("c", "6.1.3", "超限箱装卸应制定专项方案，经场站技术负责人批准后实施，到站检查要求见5.2.3。"),
        ("h2", "6.2 堆存作业"),
        ("c", "6.2.1", "场站应按重箱、空箱、冷藏箱、危险货物箱分区堆存，并设置明显标识。"),
        ("c", "6.2.2", "堆码层数应符合下列要求："),
        ("c", "6.2.2.1", "20英尺、40英尺重箱堆码不超过4层，空箱不超过6层。"),
        ("c", "6.2.2.2", "冷藏箱堆码不超过2层，并应连接电源，每4小时巡检一次。"),
        ("c", "6.2.2.3", "危险货物箱不得堆码，并应与其他箱区保持不少于10米的间距。"),
        ("c", "6.2.3", "集装箱在场堆存时间按附录A表A.1执行。"),
        ("h1", "7 编组与发运作业"),
        ("c", "7.1", "场站应根据班列计划，在班列开行前24小时完成配载计划，报铁路车站确认。"),
        ("c", "7.2", "配载应遵守重箱在下、轻箱在上，同一车辆左右偏重不超过规定值的原则。"),
        ("c", "7.3", "装车完毕后，场站应会同铁路车站进行装车质量检查，检查项目参照5.2.3执行。"),
        ("c", "7.4", "发运前，场站应核对海关放行信息，未取得放行信息的集装箱不得装车发运。"),
        ("note", "注3：“未取得放行信息”包括放行信息尚未回执和放行信息被撤销两种情形。"),
        ("empty",),
        ("part", "第三部分" + FWS + "安全与应急"),
        ("h1", "8 安全与应急处置"),
        ("c", "8.1", "场站应编制生产安全事故应急预案，每半年至少组织一次应急演练。"),
        ("c", "8.2", "发现箱体破损、渗漏、封志异常等情况的，应按下列程序处置："),
        ("li", "a) 立即停止对该箱的作业，设置警戒区域；"),
        ("li", "b) 30分钟内报告场站值班负责人和海关现场监管部门；"),
        ("li", "c) 涉及危险货物的，同时报告区应急管理局；"),
        ("li", "d) 处置完毕后形成书面记录，存档不少于3年。"),
        ("c", "8.3", "发生人员伤亡事故的，场站应立即启动应急预案，并按规定报告。"),
        ("empty",),
        ("part", "第四部分" + FWS + "附则"),
        ("h1", "9 附则"),
        ("c", "9.1", "本规程由西安国际港务区口岸物流局负责解释。"),
        ("c", "9.2", "本规程自2025年12月1日起施行，有效期2年。《西安国际港务区集装箱场站作业规范（暂行）》（西港管发〔2022〕15号）同时废止。"),
        ("empty",),
        ("ctr", "附" + FWS + "录" + FWS + "A", HT, 16),
        ("ctr", "（规范性附录）", FS, 14),
        ("ctr", "集装箱场站作业时限要求", HT, 16),
        ("table", "表A.1" + FWS + "集装箱场站作业时限要求",
         ["序号", "作业环节", "时限要求", "责任单位"],
         [["1", "到达交接检查", "班列到达后2小时内", "场站运营单位、\n铁路车站"],
          ["2", "重箱卸车", "交接检查完毕后4小时内", "场站运营单位"],
          ["3", "重箱在场堆存", "不超过7日", "货运代理企业"],
          ["4", "空箱在场堆存", "不超过15日", "货运代理企业"],
          ["5", "配载计划编制", "班列开行前24小时", "场站运营单位"],
          ["6", "装车质量检查", "装车完毕后1小时内", "场站运营单位、\n铁路车站"]]),
        ("note", "注：超过堆存时限的，场站可按收费公示标准收取超期堆存费。"),
    ]
    r_clauses = []
    render_body(doc, items, " ", r_clauses, numfont_bold=True)

    banji(doc, "抄送：陕西省商务厅，西安市人民政府口岸服务办公室，中国铁路西安局集团有限公司。",
          "西安国际港务区管理委员会办公室", "2025年11月18日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)

    key = [
        {"meta": {
            "title": notice_title,
            "doc_number": "西港管发〔2025〕37号",
            "issuer": [ORG],
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "西安国际港务区",
            "effective": None,
            "expires": None,
            "attachments": [REG],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": None,
        }, "clauses": n_clauses},
        {"meta": {
            "title": REG,
            "doc_number": None,
            "issuer": [ORG],
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "西安国际港务区",
            "effective": "2025-12-01",
            "expires": "2027-11-30",
            "attachments": [],
            "doc_type": "规程",
            "recipients": [],
            "publicity": None,
            "repeals": "《西安国际港务区集装箱场站作业规范（暂行）》（西港管发〔2022〕15号）",
        }, "clauses": r_clauses},
    ]
    return stem, key


# ======================================================================
# Document 2: 重庆西永综合保税区 — 保税货物卡口及查验作业指引
# ======================================================================
def make_chongqing():
    stem = "blind458_chongqing_tongzhi"
    doc = Document()
    setup(doc, "hyphen")
    ORG = "重庆西永综合保税区管理委员会"
    GUIDE = "重庆西永综合保税区保税货物卡口及查验作业指引"
    notice_title = ORG + "关于印发《" + GUIDE + "》的通知"

    empty(doc)
    para(doc, [(ORG, XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    empty(doc)
    # 文号 typed at left, 签发人 style quirk absent; plain red rule under it
    p = para(doc, [("西永综保管发〔2026〕3号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", "FF0000", 24)
    empty(doc, 2)
    para(doc, [("重庆西永综合保税区管理委员会\n关于印发《重庆西永综合保税区保税货物卡口及查验作业指引》的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc)
    recips = ["管委会各部门", "区内各有关企业", "综保区卡口运营单位"]
    para(doc, [("管委会各部门，区内各有关企业，综保区卡口运营单位：", FS, 16)])

    n_clauses = []
    intro = ("为落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）有关要求，"
             "规范西永综合保税区（以下简称综保区）卡口通行和货物查验作业，提升通关便利化水平，管委会会同西永海关"
             "制定了《重庆西永综合保税区保税货物卡口及查验作业指引》，现印发给你们，并就有关事项通知如下：")
    p = para(doc, [(intro, FS, 16)], first_indent=Pt(32))
    n_clauses.append(intro)
    items = [
        ("一、抓好学习宣贯。", "各企业要组织关务、仓储和运输人员认真学习作业指引，于2026年2月底前完成内部操作规范的修订。"),
        ("二、做好系统对接。", "区内企业应在2026年3月31日前完成仓储管理系统与综保区智慧卡口平台的数据对接，卡口及查验作业时限按作业指引附录A执行。"),
        ("三、强化监督管理。", "管委会经济运行局将会同西永海关对作业指引执行情况开展不定期抽查，抽查结果纳入企业信用评价。"),
    ]
    for head, text in items:
        # run-in heading: 黑体 bold run, then 仿宋 text; indent by Word first-line indent
        para(doc, [(head, HT, 16, False), (text, FS, 16)], first_indent=Pt(32))
        n_clauses.append(head + text)
    tail = "请各单位认真遵照执行。执行中的问题和建议，请及时向管委会经济运行局反映（联系人：刘敏，电话：023-65868126）。"
    para(doc, [(tail, FS, 16)], first_indent=Pt(32))
    n_clauses.append(tail)
    empty(doc)
    para(doc, [("附件：" + GUIDE, FS, 16)], first_indent=Pt(32))
    empty(doc, 2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.autofit = False
    t.columns[0].width = Cm(6.0)
    t.columns[1].width = Cm(9.6)
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(9.6)
    cell_text(t.rows[0].cells[1], ORG, FS, 16)
    cell_text(t.rows[1].cells[1], "2026年1月12日", FS, 16)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16)], first_indent=Pt(32))

    page_break(doc)
    para(doc, [("附件", HT, 16)])
    empty(doc)
    para(doc, [("重庆西永综合保税区保税货物卡口\n及查验作业指引", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    empty(doc)

    body = [
        ("part", "第一部分\n总" + FWS + "则"),
        ("h1", "1" + FWS + "目的"),
        ("c", "1.1", "为规范重庆西永综合保税区（以下简称综保区）保税货物卡口通行和查验作业，明确各方职责，提高作业效率，制定本指引。"),
        ("h1", "2" + FWS + "适用范围"),
        ("c", "2.1", "本指引适用于进出综保区卡口的车辆、集装箱及保税货物的通行作业，以及海关在综保区内实施货物查验时的配合作业。"),
        ("c", "2.2", "经综保区进出境的中欧班列（成渝）集装箱货物，其卡口和查验作业适用本指引。"),
        ("h1", "3" + FWS + "术语"),
        ("c", "3.1", "智慧卡口：指综保区设置的，具备车辆识别、箱号识别、电子地磅、电子闸门和核放单自动比对功能的出入通道。"),
        ("c", "3.2", "核放单：指企业通过金关二期系统申报的，作为车辆及货物进出综保区卡口凭证的单证。"),
        ("c", "3.3", "查验配合：指区内企业根据海关查验指令提供场地、机械、人员和单证，协助海关完成查验的作业。"),
        ("h1", "4" + FWS + "职责"),
        ("c", "4.1", "综保区卡口运营单位负责卡口设施运行维护、通行数据采集和异常车辆引导。"),
        ("c", "4.2", "区内企业对其申报数据的真实性、准确性负责，并按本指引第6章要求做好查验配合。"),
        ("empty",),
        ("part", "第二部分\n卡口作业"),
        ("h1", "5" + FWS + "卡口作业"),
        ("h2", "5.1" + FWS + "入区作业"),
        ("c", "5.1.1", "车辆到达卡口前，企业应已完成核放单申报，并确认核放单状态为“已审核”。"),
        ("c", "5.1.2", "车辆通过入区卡口时，系统自动采集车牌、箱号和地磅数据，并与核放单比对，比对相符的自动抬杆放行。"),
        ("c", "5.1.3", "比对不符的，车辆应按引导驶入待检区，由卡口运营单位按下列情形处理："),
        ("li", "a）车牌或者箱号识别错误的，人工复核后放行；"),
        ("li", "b）重量差异超过5%的，通知企业核实，必要时报海关处理；"),
        ("li", "c）无有效核放单的，不予放行并劝返。"),
        ("h2", "5.2" + FWS + "出区作业"),
        ("c", "5.2.1", "出区车辆应按照核放单载明的车辆、货物信息出区，不得中途变更装载货物。"),
        ("c", "5.2.2", "空车出区的，企业应申报空车核放单，卡口对车厢进行影像采集。"),
        ("note", "注1：卡口影像资料保存期限不少于3年。"),
        ("c", "5.2.3", "出区作业时限按附录A表A.1执行，异常情形的处理见5.1.3。"),
        ("empty",),
        ("part", "第三部分\n查验作业"),
        ("h1", "6" + FWS + "查验配合"),
        ("h2", "6.1" + FWS + "查验准备"),
        ("c", "6.1.1", "企业接到海关查验通知后，应在2小时内确认查验时间，并指定熟悉货物情况的人员到场。"),
        ("c", "6.1.2", "查验场地应满足下列条件："),
        ("c", "6.1.2.1", "具备视频监控，监控画面覆盖查验全过程；"),
        ("c", "6.1.2.2", "配备与查验货物相适应的装卸机械和计量器具；"),
        ("c", "6.1.2.3", "危险化学品、冷链货物等特殊货物在专用查验场地实施查验。"),
        ("h2", "6.2" + FWS + "查验实施"),
        ("c", "6.2.1", "企业应按海关要求搬移、开拆和重封货物包装，并对搬移过程中的货物安全负责，具体要求见6.2.4。"),
        ("c", "6.2.2", "查验中发现货物与申报不符的，企业应配合海关做好现场取证，不得擅自移动货物。"),
        ("c", "6.2.3", "查验结束后，企业应核对查验记录，签字确认，并于查验完毕后24小时内将货物恢复原状、归位入库。"),
        ("note", "注2：查验记录一式两份，海关和企业各执一份。"),
        ("c", "6.2.4", "查验中涉及货物搬移、开拆和重封的，按照下列要求执行："),
        ("li", "1）开拆前拍照记录包装原状；"),
        ("li", "2）重封时使用企业专用封条，并在查验记录中注明封条号；"),
        ("li", "3）贵重或者易损货物应当面清点。"),
        ("empty",),
        ("part", "第四部分\n附" + FWS + "则"),
        ("h1", "7" + FWS + "附则"),
        ("c", "7.1", "企业违反本指引，造成卡口拥堵或者影响查验的，由管委会经济运行局约谈企业负责人；情节严重的，提请海关按规定处理。"),
        ("c", "7.2", "本指引由重庆西永综合保税区管理委员会经济运行局负责解释。"),
        ("c", "7.3", "本指引自2026年2月1日起施行，有效期至2028年1月31日。"),
        ("empty",),
        ("ctr", "附录A", HT, 16),
        ("ctr", "（资料性附录）", KT, 14),
        ("ctr", "卡口及查验作业时限", HT, 16),
        ("table", "表A.1" + FWS + "卡口及查验作业时限",
         ["作业事项", "时限要求", "依据条款"],
         [["核放单审核", "企业申报后30分钟内", "5.1.1"],
          ["待检区异常处置", "车辆进入待检区后1小时内", "5.1.3"],
          ["出区卡口通行", "核放单审核通过后72小时内", "5.2.3"],
          ["查验时间确认", "接到查验通知后2小时内", "6.1.1"],
          ["货物恢复归位", "查验完毕后24小时内", "6.2.3"]]),
    ]
    g_clauses = []
    # engineering numbers separated from the text by a full-width space, number not bold
    render_body(doc, body, FWS, g_clauses, numfont_bold=False)

    banji(doc, "抄送：重庆市商务委员会，西永海关，重庆市沙坪坝区人民政府。",
          "重庆西永综合保税区管理委员会综合办公室", "2026年1月12日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)

    key = [
        {"meta": {
            "title": notice_title,
            "doc_number": "西永综保管发〔2026〕3号",
            "issuer": [ORG],
            "date": "2026-01-12",
            "published": None,
            "level": "zone",
            "region": "重庆西永综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [GUIDE],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": None,
        }, "clauses": n_clauses},
        {"meta": {
            "title": GUIDE,
            "doc_number": None,
            "issuer": [ORG],
            "date": "2026-01-12",
            "published": None,
            "level": "zone",
            "region": "重庆西永综合保税区",
            "effective": "2026-02-01",
            "expires": "2028-01-31",
            "attachments": [],
            "doc_type": "指引",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }, "clauses": g_clauses},
    ]
    return stem, key


def main():
    expected = {}
    for fn in (make_xian, make_chongqing):
        stem, key = fn()
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
