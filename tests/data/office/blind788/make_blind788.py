# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 788: 自贸片区管委会办公设备询价采购（公告、询价通知书、更正公告）。
Writes Word + PDF + expected.json into this script's directory."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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


BODY = {"font": FS, "size": 16, "line": 28}


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = BODY["line"]
    if _pb[0]:
        pf.page_break_before = True
        _pb[0] = False
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(BODY["size"] * 2)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, BODY["font"], BODY["size"], False)]
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


_pb = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)"""
    _pb[0] = True


def field(p, instr, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
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
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", 12)
        font(fp.add_run(" -"), SONG, 12)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(round(size * 1.45))
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            idx = 0
            # width of a (possibly merged) cell = sum of the grid columns it spans
            prev = tc.getprevious()
            while prev is not None:
                if prev.tag == qn("w:tc"):
                    idx += prev.grid_span
                prev = prev.getprevious()
            w = sum(widths_cm[idx:idx + tc.grid_span])
            tc.width = Cm(w)


def no_split(table):
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_788", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== DOC A
# 钦州港片区管委会 询价采购公告（红头、文号、红线、双层表头、合计行、附件报价函、版记）
def doc_qinzhou():
    stem = "blind788_qinzhou_gonggao"
    BODY.update(font=FS, size=16, line=25)
    doc = Document()
    setup(doc, "dash")
    cl = []

    # red 版头, two lines, no 文件 (公告)
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED)],
            align=C, indent=False, line=36)
    add_par(doc, [("钦州港片区管理委员会", XBS, 34, False, RED)],
            align=C, indent=False, line=42)
    p = add_par(doc, "钦港片管发〔2026〕21号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 6)
    # title: three paragraphs, wrapped at odd places
    for t in ("中国（广西）自由贸易试验区钦州港片区",
              "管理委员会关于2026年度机关办公设备",
              "询价采购的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34,
                before=(10 if t.startswith("中国") else 0))
    empty(doc, 1, 16)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        cl.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("根据《中华人民共和国政府采购法》及其实施条例、《政府采购非招标采购方式管理办法》等有关规定，我委拟对2026年度机关办公设备购置项目采用询价方式进行采购，欢迎符合条件的供应商参加报价。现将有关事项公告如下：")
    head("一、项目基本情况")
    runin("（一）项目名称：", "中国（广西）自由贸易试验区钦州港片区管理委员会2026年度机关办公设备购置项目。")
    runin("（二）项目编号：", "QZGPQ-2026-XJ-007；采购方式：询价。")
    runin("（三）采购预算：", "人民币286,500.00元（大写：贰拾捌万陆仟伍佰元整），报价超出采购预算或单项最高限价的，按无效响应处理。")
    runin("（四）采购需求：", "本项目共1个采购包，采购台式计算机、便携式计算机、多功能一体机等办公设备共计7类，具体如下：")

    add_par(doc, [("采购需求表", HT, 14, False)], align=C, indent=False, line=24, before=6)
    add_par(doc, [("金额单位：元", FS, 12, False)], align=R, indent=False, line=20)
    hdr = ["序号", "设备名称", "主要技术参数及配置要求", "单位", "数量",
           "最高限价／单价", "最高限价／合价"]
    rows = [
        ["1", "台式计算机", "CPU≥8核，主频≥3.0GHz；内存16GB；固态硬盘512GB；23.8英寸显示器", "台", "30", "4,600", "138,000"],
        ["2", "便携式计算机", "14英寸；CPU≥8核；内存16GB；固态硬盘1TB；重量≤1.5kg", "台", "8", "6,500", "52,000"],
        ["3", "A3黑白多功能一体机", "打印、复印、扫描一体；≥35页/分钟；双面自动输稿器", "台", "4", "9,800", "39,200"],
        ["4", "A4彩色激光打印机", "彩色≥20页/分钟；自动双面打印；有线及无线网络", "台", "6", "2,800", "16,800"],
        ["5", "高速文档扫描仪", "A4幅面；≥60页/分钟；双面扫描；支持OCR识别", "台", "3", "5,200", "15,600"],
        ["6", "碎纸机", "保密等级P-4及以上；纸箱容积≥25L", "台", "5", "1,580", "7,900"],
        ["7", "投影仪", "亮度≥4500流明；1920×1080；含120英寸电动幕布", "台", "2", "8,500", "17,000"],
    ]
    t = doc.add_table(rows=2 + len(rows) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    for i, h in enumerate(["序号", "设备名称", "主要技术参数及配置要求", "单位", "数量"]):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, h, HT, 10.5)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "最高限价", HT, 10.5)
    set_cell(t.cell(1, 5), "单价", HT, 10.5)
    set_cell(t.cell(1, 6), "合价", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 2 else C)
        cl.append(row_clause(hdr, row))
    last = 2 + len(rows)
    m = t.cell(last, 0).merge(t.cell(last, 4))
    set_cell(m, "合计", HT, 10.5)
    set_cell(t.cell(last, 5), "—", FS, 10.5)
    set_cell(t.cell(last, 6), "286,500", FS, 10.5)
    cl.append("序号：合计；最高限价／单价：—；最高限价／合价：286,500")
    col_widths(t, [1.2, 2.9, 5.0, 1.2, 1.2, 1.7, 2.1])
    no_split(t)

    note = "注：1.不接受进口产品；2.计算机类产品须提供3年原厂上门保修服务；3.单项报价超过对应最高限价的，该报价无效。"
    cl.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    runin("（五）合同履行期限：", "自合同签订之日起15个日历日内完成供货、安装及调试。本项目不接受联合体报价。")

    head("二、供应商资格要求")
    body("（一）满足《中华人民共和国政府采购法》第二十二条规定的条件。")
    body("（二）未被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单。")
    body("（三）本项目专门面向中小企业采购，供应商须提供《中小企业声明函》。")

    head("三、获取询价文件")
    runin("（一）时间：", "2026年3月17日至3月23日（法定节假日除外），每日上午8:30—12:00，下午15:00—17:30。")
    runin("（二）地点及方式：", "到钦州港片区管委会政务服务中心3楼采购办公室现场领取，或发送电子邮件至qzgpq_cg@163.com索取，询价文件免费提供。")

    head("四、响应文件递交")
    runin("（一）递交截止时间：", "2026年3月26日上午9:30（北京时间）。逾期送达或者未按询价文件要求密封的响应文件，采购人不予受理。")
    runin("（二）递交地点：", "钦州港片区管委会综合办公楼5楼第二会议室。")
    runin("（三）开启时间及地点：", "同递交截止时间及地点。")

    head("五、联系方式")
    # 联系人 / 电话 aligned with a tab
    for a, b in (("联系人：黄文韬", "联系电话：0777-3886215"),
                 ("监督单位：片区财政金融局", "监督电话：0777-3886030")):
        p = add_par(doc, [(a, FS, 16, False), ("\t", FS, 16, False), (b, FS, 16, False)])
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
        cl.append(a + "\t" + b)

    empty(doc, 1)
    add_par(doc, "附件：报价函（格式）")
    empty(doc, 1)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, indent=False)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("报 价 函", XBS, 22, False)], align=C, indent=False, line=36, after=8)
    t0 = "致：中国（广西）自由贸易试验区钦州港片区管理委员会"
    cl.append(t0)
    add_par(doc, t0, indent=False)
    body("我方已仔细研究贵方2026年度机关办公设备购置项目（项目编号：QZGPQ-2026-XJ-007）询价文件的全部内容，愿意以人民币（大写）＿＿＿＿＿＿＿＿元（¥＿＿＿＿＿＿元）的总报价，按询价文件规定的要求提供全部货物及相关服务，并郑重承诺如下：")
    body("1.我方报价已包含货物、运输、装卸、安装调试、培训、税费及售后服务等全部费用，成交后不再追加任何费用。")
    body("2.我方承诺自合同签订之日起15个日历日内完成全部货物的供货、安装及调试。")
    body("3.本报价自响应文件递交截止之日起60日内有效。")
    body("4.我方提供的全部资料真实、合法、有效，如有虚假，愿意承担相应法律责任。")
    for s in ("供应商名称（盖章）：＿＿＿＿＿＿＿＿＿＿",
              "法定代表人或授权代表（签字）：＿＿＿＿＿＿",
              "日期：　　　　年　　月　　日"):
        cl.append(s)
        p = add_par(doc, s, indent=False)
        p.paragraph_format.left_indent = Pt(64)

    banji(doc, "抄送：钦州市财政局，片区纪检监察工委。",
          "钦州港片区管委会办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于2026年度机关办公设备询价采购的公告",
            "doc_number": "钦港片管发〔2026〕21号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["报价函（格式）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# ====================================================================== DOC B
# 洛阳片区 询价通知书（无红头、项目编号、字间空格标题、主送三家供应商、自动编号、
# 纵向合并类别列、重复表头、中文数字日期、附件1/附件2各占一页、第X页共Y页）
def doc_luoyang():
    stem = "blind788_luoyang_xunjia"
    BODY.update(font=FS, size=16, line=25)
    doc = Document()
    setup(doc, "pages")
    cl = []
    n_head = make_numbering(doc, "%1、")
    n_sub = make_numbering(doc, "（%1）")

    add_par(doc, [("项目编号：LYPQ-XJ-2026-004", HT, 14, False)], align=R, indent=False)
    p = doc.add_paragraph()
    font(p.add_run("中国（河南）自由贸易试验区洛阳片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年度办公设备采购项目"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    add_par(doc, [("询 价 通 知 书", XBS, 26, False)], align=C, indent=False, line=44, after=10)
    add_par(doc, "洛阳华信办公设备有限公司、河南中原数码科技有限公司、洛阳恒通电子科技有限公司：",
            indent=False)

    def body(t, size=16):
        cl.append(t)
        add_par(doc, [(t, FS, size, False)])

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    sub_i = [0]

    def autosub(t):
        sub_i[0] += 1
        cl.append("（%s）%s" % ("一二三四五六七八九十"[sub_i[0] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_sub)

    body("经研究，我委决定对2026年度办公设备采购项目采用询价方式组织采购，现邀请贵公司参加报价。有关事项通知如下：")
    head("采购内容及要求")
    body("（一）本项目采购预算为人民币168,000元，为1个采购包，供应商须对包内全部货物进行报价，不得拆分或漏项报价。采购需求如下：")

    add_par(doc, [("采购需求表（金额单位：元）", HT, 14, False)], align=C, indent=False,
            line=24, before=6)
    hdr = ["序号", "类别", "货物名称", "技术参数及要求", "数量", "单位", "预算单价"]
    rows = [
        ["1", "计算机设备", "台式计算机（信创）", "国产CPU，核心数≥8核；内存≥16GB；固态硬盘≥512GB；≥23.8英寸显示器；预装国产操作系统", "20", "台", "5,200"],
        ["2", "计算机设备", "便携式计算机", "14英寸；CPU≥8核；内存≥16GB；固态硬盘≥512GB；重量≤1.5kg", "4", "台", "6,800"],
        ["3", "计算机设备", "加密移动存储介质", "容量≥64GB；支持硬件加密及身份鉴别；具备保密检测证书", "20", "个", "260"],
        ["4", "办公设备", "A3彩色激光复合机", "复印、打印、扫描一体；彩色/黑白≥30页/分钟；双面自动输稿器", "1", "台", "18,600"],
        ["5", "办公设备", "A4黑白激光打印机", "≥35页/分钟；自动双面打印；有线网络", "5", "台", "1,800"],
        ["6", "办公设备", "碎纸机", "保密等级不低于P-4；碎纸箱容积≥20L", "2", "台", "2,000"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 3 else C)
        cl.append(row_clause(hdr, row))
    a = t.cell(1, 1).merge(t.cell(3, 1))
    set_cell(a, "计算机设备", FS, 10.5)
    b = t.cell(4, 1).merge(t.cell(6, 1))
    set_cell(b, "办公设备", FS, 10.5)
    col_widths(t, [1.2, 2.0, 3.4, 4.6, 1.2, 1.2, 1.8])
    no_split(t)
    note = "注：标注“信创”的产品须列入信息技术应用创新产品目录，并在响应文件中提供证明材料。"
    cl.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    body("（二）交货期限及地点：合同签订后10个日历日内，在洛阳片区政务服务中心（洛阳市高新区丰华路6号）完成交货及安装调试；免费质保期不少于3年。")

    head("供应商资格条件")
    body("（一）具有独立法人资格，持有有效的营业执照，经营范围包含计算机及办公设备销售。")
    body("（二）具备《中华人民共和国政府采购法》第二十二条第一款规定的条件，并提供下列材料：")
    body("1.营业执照副本复印件；")
    body("2.近三个月依法缴纳税收和社会保障资金的证明材料；")
    body("3.参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明。")
    body("（三）未被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单。")

    head("报价要求")
    autosub("报价以人民币填报，应包含货物价款、运输、安装调试、培训、质保、税费等全部费用。")
    autosub("报价函按附件格式填写，每项货物只允许有一个报价，不接受选择性报价。")
    autosub("单项报价超过对应预算单价或总报价超过采购预算的，按无效报价处理。")

    head("响应文件递交")
    body("（一）响应文件组成：（1）报价函；（2）资格证明材料；（3）技术参数响应及偏离表。")
    body("（二）递交截止时间：2026年4月14日（星期二）上午10:00，逾期不予接收。")
    body("（三）递交地点：洛阳市高新区丰华路6号洛阳片区管委会政务服务中心4楼412室。")
    body("（四）响应文件一式三份（正本一份、副本二份），密封后在封口处加盖供应商公章，封面注明项目名称、项目编号及“2026年4月14日上午10:00前不得开启”字样。")

    head("成交原则")
    body("在满足询价通知书全部实质性要求的前提下，以提出最低报价的供应商为成交供应商；最低报价相同的，以技术参数响应较优者为成交供应商。")

    head("联系方式")
    body("联系人：孟凡杰　　　联系电话：0379-64896512")

    add_par(doc, "附件：报价函（格式）", before=12)
    empty(doc, 1)
    p = add_par(doc, "中国（河南）自由贸易试验区洛阳片区管理委员会", align=R, indent=False)
    p = add_par(doc, "二〇二六年四月七日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)

    # ---------------- 附件 on its own page: 报价函 with 报价明细表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("报价函", XBS, 22, False)], align=C, indent=False, line=36, before=6,
            after=6)
    t0 = "中国（河南）自由贸易试验区洛阳片区管理委员会："
    cl.append(t0)
    add_par(doc, t0, indent=False)
    body("我单位收到贵委2026年度办公设备采购项目（项目编号：LYPQ-XJ-2026-004）询价通知书，经研究，决定参加本次报价，并作如下声明：")
    body("一、我单位报价总金额为人民币（大写）　　　　　　　　元（小写：¥　　　　　　　元），报价明细如下：")
    add_par(doc, [("金额单位：元", FS, 10.5, False)], align=R, indent=False, line=16)
    hdr2 = ["序号", "货物名称", "品牌及型号", "数量", "单价", "小计"]
    items = [("1", "台式计算机（信创）", "20台"), ("2", "便携式计算机", "4台"),
             ("3", "加密移动存储介质", "20个"), ("4", "A3彩色激光复合机", "1台"),
             ("5", "A4黑白激光打印机", "5台"), ("6", "碎纸机", "2台")]
    t = doc.add_table(rows=2 + len(items), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.cell(0, i), h, HT, 10.5)
    for ri, (n, name, q) in enumerate(items, 1):
        vals = [n, name, "", q, "", ""]
        for ci, v in enumerate(vals):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        cl.append(row_clause(hdr2, vals))
    last = 1 + len(items)
    m = t.cell(last, 0).merge(t.cell(last, 4))
    set_cell(m, "合计", HT, 10.5)
    cl.append("序号：合计；小计：")
    col_widths(t, [1.2, 4.4, 3.6, 1.6, 2.0, 2.4])
    body("二、我单位提供的货物完全满足询价通知书规定的技术参数及要求，交货期为合同签订后　　个日历日，免费质保期为　　年。")
    body("三、本报价有效期为自递交截止之日起60日；如我单位成交，将按询价通知书及响应文件的约定签订并履行合同。")
    for s_ in ("供应商（公章）：", "法定代表人或委托代理人（签字）：",
               "日期：2026年　　月　　日"):
        cl.append(s_)
        p = add_par(doc, s_, indent=False)
        p.paragraph_format.left_indent = Pt(128)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区洛阳片区2026年度办公设备采购项目询价通知书",
            "doc_number": None,
            "issuer": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "date": "2026-04-07",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": None,
            "expires": None,
            "attachments": ["报价函（格式）"],
            "doc_type": "询价通知书",
            "recipients": ["洛阳华信办公设备有限公司", "河南中原数码科技有限公司",
                           "洛阳恒通电子科技有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# ====================================================================== DOC C
# 昆明片区 询价公告 + 更正公告（两份文件；发布日期行；采购人+代理机构两个落款；
# 全角空格缩进；软回车；半角标点混用；手工续表；- 1 - 页码）
def doc_kunming():
    stem = "blind788_kunming_gonggao"
    # pasted from the procurement portal: 宋体小四, Word default margins
    BODY.update(font=SONG, size=12, line=22)
    doc = Document()
    setup(doc, "hyphen", margins=(2.54, 2.54, 3.17, 3.17))
    KM = "中国（云南）自由贸易试验区昆明片区管理委员会"
    AG = "云南滇信招标代理有限公司"

    def mk(cl):
        def body(t):
            cl.append(t)
            add_par(doc, IND + t, indent=False)

        def head(t):
            add_par(doc, [(IND + t, SONG, 12, True)], indent=False)

        def lines(ts):
            """several lines typed in one paragraph with Shift+Enter"""
            p = doc.add_paragraph()
            for i, s in enumerate(ts):
                if i:
                    p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + s), SONG, 12)
                cl.append(s)
            fmt(p, indent=False)
        return body, head, lines

    # ------------------------------------------------------------ C1 询价公告
    cl1 = []
    body, head, lines = mk(cl1)
    p = doc.add_paragraph()
    font(p.add_run(KM), SONG, 16, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("办公设备询价采购公告"), SONG, 16, True)
    fmt(p, align=C, indent=False, line=28)
    add_par(doc, [("发布日期：2026-05-11", SONG, 10.5, False)], align=C, indent=False, line=20)
    empty(doc, 1)
    # 项目概况 in a bordered box
    head("项目概况")
    t = "办公设备询价采购项目的潜在供应商应在云南省政府采购网获取采购文件，并于2026年5月18日9点30分（北京时间）前提交响应文件。"
    cl1.append(t)
    p = add_par(doc, [(IND + t, KT, 12, False)], indent=False)
    for side in ("top", "left", "bottom", "right"):
        border(p, side, "000000", 6, 4)
    empty(doc, 1)
    head("一、项目基本情况")
    lines(["项目编号：KMZMQ-CG-2026-0158",
           "项目名称：" + KM + "办公设备询价采购项目",
           "采购方式：询价",
           "预算金额：39.80万元（人民币）",
           "最高限价：39.80万元（人民币）"])
    body("采购需求：采购台式计算机、笔记本电脑、复印机等办公设备7类，具体如下表：")

    add_par(doc, [("采购需求一览表", SONG, 12, True)], align=C, indent=False, line=22, before=4)
    add_par(doc, [("单位：元", SONG, 10.5, False)], align=R, indent=False, line=18)
    hdr = ["序号", "品目", "数量", "单位", "主要技术要求", "单价最高限价", "小计"]
    rows = [
        ["1", "台式计算机", "40", "台", "CPU≥6核，主频≥2.5GHz；内存≥8GB；固态硬盘≥512GB；23.8英寸显示器；三年原厂质保", "5,000", "200,000"],
        ["2", "笔记本电脑", "10", "台", "14英寸；CPU≥8核；内存≥16GB；固态硬盘≥512GB；重量≤1.4kg", "6,500", "65,000"],
        ["3", "复印机（A3彩色）", "2", "台", "复印/打印/扫描一体；速度≥35页/分钟；含双面输稿器及工作台", "21,000", "42,000"],
        ["4", "打印机（A4黑白双面）", "12", "台", "打印速度≥33页/分钟；自动双面；有线网络", "2,200", "26,400"],
        ["5", "扫描仪", "4", "台", "A4幅面；双面扫描速度≥50页/分钟；支持OCR", "4,800", "19,200"],
        ["6", "投影仪（含幕布）", "3", "套", "亮度≥4000流明；分辨率1920×1080；100英寸电动幕布", "9,800", "29,400"],
        ["7", "碎纸机", "8", "台", "保密等级P-4及以上；碎纸箱容积≥22L", "2,000", "16,000"],
    ]
    widths = [1.1, 2.6, 1.1, 1.1, 4.8, 1.9, 2.0]

    def mk_table(rs, with_total):
        n = 1 + len(rs) + (1 if with_total else 0)
        tb = doc.add_table(rows=n, cols=7)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(["序号", "品目", "数量", "单位", "主要技术要求",
                               "单价最高限价", "小计"]):
            set_cell(tb.cell(0, i), h, SONG, 10.5, True)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(tb.cell(ri, ci), v, SONG, 10.5, align=L if ci == 4 else C)
            cl1.append(row_clause(hdr, row))
        if with_total:
            last = n - 1
            m = tb.cell(last, 0).merge(tb.cell(last, 4))
            set_cell(m, "合计", SONG, 10.5, True)
            set_cell(tb.cell(last, 5), "—", SONG, 10.5)
            set_cell(tb.cell(last, 6), "398,000", SONG, 10.5)
            cl1.append("序号：合计；单价最高限价：—；小计：398,000")
        col_widths(tb, widths)
        no_split(tb)

    mk_table(rows[:4], False)
    p = add_par(doc, [("续表", SONG, 10.5, True)], align=L, indent=False, line=20)
    p.paragraph_format.keep_with_next = True
    mk_table(rows[4:], True)
    empty(doc, 1, 14)
    body("合同履行期限：合同签订后20日内交货并安装调试完毕。")
    body("本项目(否)接受联合体投标。")

    head("二、申请人的资格要求：")
    body("1.满足《中华人民共和国政府采购法》第二十二条规定；")
    body("2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购，供应商须出具《中小企业声明函》；")
    body("3.本项目的特定资格要求：无。")
    head("三、获取采购文件")
    lines(["时间：2026年5月11日至2026年5月14日，每天上午9:00至12:00，下午14:30至17:30(北京时间，法定节假日除外)",
           "地点：云南省政府采购网(网上获取)",
           "方式：供应商登录云南省政府采购网，使用CA数字证书在线获取采购文件",
           "售价：0元"])
    head("四、响应文件提交")
    lines(["截止时间：2026年5月18日9点30分（北京时间）",
           "地点：昆明市官渡区经开区春漫大道80号信息产业基地3楼云南滇信招标代理有限公司开标室"])
    head("五、响应文件开启")
    lines(["时间：2026年5月18日9点30分（北京时间）",
           "地点：同响应文件提交地点"])
    head("六、公告期限")
    body("自本公告发布之日起3个工作日。")
    head("七、其他补充事宜")
    body("1.本项目为中国（云南）自由贸易试验区昆明片区面向南亚东南亚辐射中心建设配套办公设备采购，采购人不接受进口产品参与报价。")
    body("2.供应商须对所提交材料的真实性负责，响应文件应按采购文件要求密封提交，电子版响应文件同时上传至云南省政府采购网。")
    body("八、凡对本次采购提出询问，请按以下方式联系。")
    head("1.采购人信息")
    lines(["名称：" + KM,
           "地址：昆明市官渡区经开区信息产业基地林溪路188号",
           "联系方式：吴建明　0871-67286014"])
    head("2.采购代理机构信息")
    lines(["名称：" + AG,
           "地址：昆明市官渡区经开区春漫大道80号",
           "联系方式：杨丽萍　0871-63158827"])
    head("3.项目联系方式")
    lines(["项目联系人：杨丽萍",
           "电话：0871-63158827"])
    empty(doc, 2)
    add_par(doc, KM, align=R, indent=False)
    p = add_par(doc, AG, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月8日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)

    # ------------------------------------------------------------ C2 更正公告
    page_break(doc)
    cl2 = []
    body, head, lines = mk(cl2)
    p = doc.add_paragraph()
    font(p.add_run(KM), SONG, 16, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("办公设备询价采购项目更正公告"), SONG, 16, True)
    fmt(p, align=C, indent=False, line=28)
    empty(doc, 1)
    body("一、原公告的采购项目编号：KMZMQ-CG-2026-0158")
    body("二、原公告的采购项目名称：" + KM + "办公设备询价采购项目")
    body("三、首次公告日期：2026年5月11日")
    head("四、更正信息")
    body("更正事项：采购公告、采购文件，更正内容如下：")
    body("1.响应文件提交截止时间及开启时间由“2026年5月18日9点30分（北京时间）”更正为“2026年5月21日9点30分（北京时间）”，提交及开启地点不变。")
    body("2.采购需求一览表第1项“台式计算机”主要技术要求中“内存≥8GB”更正为“内存≥16GB”，单价最高限价不变。")
    body("更正日期：2026年5月14日")
    head("五、其他补充事宜")
    body("除上述更正内容外，原公告及采购文件其他内容不变。已获取采购文件的供应商请登录云南省政府采购网下载更正后的采购文件。")
    body("六、凡对本次公告内容提出询问，请按以下方式联系。")
    lines(["采购人：" + KM + "　联系人：吴建明　电话：0871-67286014",
           "采购代理机构：" + AG + "　联系人：杨丽萍　电话：0871-63158827"])
    empty(doc, 2)
    add_par(doc, KM, align=R, indent=False)
    p = add_par(doc, AG, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月14日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common = {"level": "municipal", "region": "昆明市", "effective": None, "expires": None,
              "attachments": [], "doc_type": "公告", "recipients": [], "publicity": None,
              "repeals": None, "doc_number": None, "issuer": [KM, AG]}
    m1 = dict(common, title=KM + "办公设备询价采购公告", date="2026-05-08",
              published="2026-05-11")
    m2 = dict(common, title=KM + "办公设备询价采购项目更正公告", date="2026-05-14",
              published=None)
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
             "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": cl1},
        {"meta": {k: m2[k] for k in order}, "clauses": cl2},
    ]
    return path


def main():
    paths = [doc_qinzhou(), doc_luoyang(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
