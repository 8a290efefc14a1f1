# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 748: 干部任免通知 (自贸片区管委会 / 综保区管委会 / 市政府口岸办), Word + PDF + expected.json."""
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
FW = "\u3000"  # full-width space

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
    if scale is not None:  # 字符缩放, as offices do to squeeze a long organ name
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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


def setup(doc, foot_pre="— ", foot_post=" —", foot_align=WD_ALIGN_PARAGRAPH.CENTER):
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
    fp.alignment = foot_align
    font(fp.add_run(foot_pre), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(foot_post), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def vml_textbox(doc, lines, left=200, top=4, width=230, height=72):
    """Anchor a borderless VML text box (落款 typed in a 文本框) to a new paragraph."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    O = 'xmlns:o="urn:schemas-microsoft-com:office:office"'
    paras = ""
    for t in lines:
        paras += (
            '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        ).format(f=FS, t=t)
    xml = (
        '<w:r %s %s %s><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (W, V, O, left, top, width, height, paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_748", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_qinzhou():
    """自贸试验区片区管委会任免通知, 名单式 (任命/免去), soft line breaks inside one paragraph."""
    stem = "blind748_qinzhougang_renmian"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # red 版头, long organ name squeezed with 字符缩放
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会文件", XBS, 26, False, RED, 62)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52, before=18)
    empty(doc, 1)
    p = add_par(doc, "桂自贸钦管发〔2026〕14号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places over three paragraphs
    for t in ("中国（广西）自由贸易试验区钦州港片区", "管理委员会关于黄振宇等同志",
              "职务任免的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区管委会各局（办、中心），各直属单位，各驻区单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("根据《党政领导干部选拔任用工作条例》和工作需要，经片区党工委2026年2月27日会议研究，决定：")
    head("一、任命")
    # one paragraph, names separated by Shift+Enter, indented with typed full-width spaces
    names = [
        "黄振宇为片区管委会综合办公室（党群工作部）主任（试用期一年）；",
        "覃丽萍为片区管委会经济发展局副局长(试用期一年)；",
        "韦志强为片区管委会投资促进局（自贸创新局）副局长（试用期一年）；",
        "陆海燕为片区管委会口岸和物流发展局副局长（试用期一年）；",
    ]
    p = doc.add_paragraph()
    for i, t in enumerate(names):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(FW * 2 + t), FS, 16)
    fmt(p, indent=False)
    clauses.extend(names)
    body("梁文斌为片区管委会规划建设和生态环境局总工程师（正科级）。")
    head("二、免去")
    for t in ("苏建国的片区管委会综合办公室（党群工作部）主任职务；",
              "蒙晓东的片区管委会投资促进局（自贸创新局）副局长职务；",
              "李春华的片区管委会口岸和物流发展局副局长职务（已到龄退休）。"):
        body(t)
    body("以上试用期任职人员试用期满后，经考核胜任的，正式任职；不胜任的，免去试用职务，按有关规定安排相应职务。")
    add_par(doc, "特此通知。")
    empty(doc, 2)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会",
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    # date aligned with typed half-width spaces
    add_par(doc, " " * 50 + "2026年3月2日", indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：自治区自由贸易试验区工作办公室，钦州市委组织部，钦州市人力资源和社会保障局。",
          "钦州港片区管委会综合办公室", "2026年3月2日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于黄振宇等同志职务任免的通知",
            "doc_number": "桂自贸钦管发〔2026〕14号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-02",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区管委会各局（办、中心）", "各直属单位", "各驻区单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_urumqi():
    """综合保税区管委会任免通知, 名单放在附件表格里 (合并表头、重复标题行)."""
    stem = "blind748_wulumuqi_zongbao"
    doc = Document()
    setup(doc, "- ", " -", WD_ALIGN_PARAGRAPH.RIGHT)
    clauses = []

    add_par(doc, [("乌鲁木齐综合保税区管理委员会文件", XBS, 30, False, RED, 85)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=6)
    empty(doc, 1)
    p = add_par(doc, "乌综保管发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: one paragraph with a manual line break at an odd place (inside a name)
    p = doc.add_paragraph()
    font(p.add_run("乌鲁木齐综合保税区管理委员会关于马晓"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("军等同志职务任免的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "管委会各处室、各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("根据工作需要，经管委会党组2026年4月3日会议研究，决定对马晓军等7名同志的职务进行调整，具体任免名单见附件。")
    body("各有关部门要做好工作交接，确保各项工作有序衔接。新任职同志要尽快进入角色，严格落实中央八项规定及其实施细则精神，切实履职尽责，为推动综合保税区高质量发展、服务“丝绸之路经济带”核心区建设作出新贡献。")
    empty(doc, 1)
    add_par(doc, "附件：乌鲁木齐综合保税区管理委员会干部职务任免名单")
    empty(doc, 1)
    # 落款 with right alignment + right indent, date in Chinese numerals
    p = add_par(doc, "乌鲁木齐综合保税区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年四月八日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("乌鲁木齐综合保税区管理委员会", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("干部职务任免名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=20)

    rows = [
        ["1", "马晓军", "男", "1981.06", "招商合作处处长", "招商合作处副处长", "试用期一年"],
        ["2", "阿依古丽·吐尔逊", "女", "1985.11", "综合办公室副主任", "综合办公室一级主任科员", "试用期一年"],
        ["3", "王建新", "男", "1979.03", "企业服务处处长", "海关监管协调处处长", "平级交流"],
        ["4", "热合曼·阿不都拉", "男", "1983.09", "海关监管协调处处长", "企业服务处副处长", "试用期一年"],
        ["5", "张丽", "女", "1988.02", "跨境电商发展中心副主任", "招商合作处一级主任科员", "试用期一年"],
        ["6", "陈志鹏", "男", "1984.12", "规划建设处副处长（主持工作）", "规划建设处二级主任科员", "试用期一年"],
        ["7", "刘国庆", "男", "1966.07", "—", "规划建设处处长", "免去原任职务，到龄退出领导岗位"],
    ]
    keys = ["序号", "姓名", "性别", "出生年月", "任免职务／拟任职务", "任免职务／原任职务", "备注"]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.25), Cm(2.3), Cm(1.25), Cm(2.5), Cm(2.95), Cm(2.95), Cm(2.4)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    # two-level header: 序号/姓名/性别/出生年月/备注 merged vertically, 任免职务 over two columns
    for ci, h in ((0, "序号"), (1, "姓名"), (2, "性别"), (3, "出生年月"), (6, "备注")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "任免职务", HT, 12)
    set_cell(t.cell(1, 4), "拟任职务", HT, 12)
    set_cell(t.cell(1, 5), "原任职务", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (4, 5, 6) and len(v) > 6 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：备注栏标注“试用期一年”的，试用期自本通知印发之日起计算，试用期满经考核合格的正式任职。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：乌鲁木齐经济技术开发区党工委组织部，乌鲁木齐海关驻综合保税区办事处。",
          "乌鲁木齐综合保税区管理委员会办公室", "2026年4月8日印发", gap=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐综合保税区管理委员会关于马晓军等同志职务任免的通知",
            "doc_number": "乌综保管发〔2026〕9号",
            "issuer": ["乌鲁木齐综合保税区管理委员会"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": None,
            "expires": None,
            "attachments": ["乌鲁木齐综合保税区管理委员会干部职务任免名单"],
            "doc_type": "通知",
            "recipients": ["管委会各处室", "各直属单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_heihe():
    """市政府关于口岸办负责人任免的通知; 落款 in a text box, half-width punctuation."""
    stem = "blind748_heihe_kouanban"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("黑河市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=36)
    empty(doc, 2)
    add_par(doc, "黑市政任〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # red rule drawn as top border of an empty paragraph
    p = add_par(doc, "", indent=False, line=10)
    border(p, "top", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("黑河市人民政府", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("关于刘振江等同志任免职务的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各委、办、局，各直属机构，中直、省直驻黑河各单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("经2026年3月12日市政府第38次常务会议研究,决定:")
    head("任命：")
    body("刘振江为黑河市人民政府口岸管理办公室主任；")
    body("孙海峰为黑河市人民政府口岸管理办公室副主任（试用期一年）；")
    body("吴彦斌为黑河市人民政府口岸管理办公室副主任、黑河公路口岸管理站站长（试用期一年）。")
    head("免去：")
    body("赵德胜的黑河市人民政府口岸管理办公室主任职务；")
    body("刘振江的黑河市人民政府口岸管理办公室副主任职务；")
    body("王立民的黑河公路口岸管理站站长职务。")
    body("试用期满，经考核合格的，正式任职；不合格的，按照有关规定办理。")
    empty(doc, 1)
    # 落款 organ + date typed inside a floating text box
    vml_textbox(doc, ["黑河市人民政府", "2026年3月16日"], left=235, top=6, width=190, height=70)
    empty(doc, 2)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：市委组织部，市人大常委会办公室，市政协办公室，黑河海关，黑河出入境边防检查站。",
          "黑河市人民政府办公室", "2026年3月16日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑河市人民政府关于刘振江等同志任免职务的通知",
            "doc_number": "黑市政任〔2026〕5号",
            "issuer": ["黑河市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "黑河市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府各委、办、局", "各直属机构",
                           "中直、省直驻黑河各单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_urumqi(), doc_heihe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
