# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 969: 自贸试验区片区信用管理办法 (章/节/条) + 管委会印发通知 (办法作附件, 版记在末尾).

Writes blind969_*.docx, blind969_*.pdf and expected.json next to this script.
"""
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

ORGAN = "中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"
BF_TITLE = "中国（新疆）自由贸易试验区乌鲁木齐片区信用管理办法（试行）"
REPEALED = "《乌鲁木齐片区市场主体信用监管暂行规定》（乌自贸片管规〔2024〕2号）"


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
    if scale is not None:  # character scaling, as offices do for long organ names
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
    """runs: list of (text, font, size, bold[, color[, scale]]) or a plain str;
    the text "\\n" inside a run tuple list means a manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C

    def fld(xml):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml))

    font(fp.add_run("— "), SONG, 14)
    fld('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    fld('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    fld('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    font(fp.add_run("1"), SONG, 14)
    fld('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_969", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------ the 办法 text
# ("chap", heading) | ("sec", heading) | ("art", no, text, [items]) | ("table",)
BANFA = [
    ("chap", "第一章　总　　则"),
    ("art", "第一条", "为加快推进中国（新疆）自由贸易试验区乌鲁木齐片区（以下简称片区）社会信用体系建设，构建以信用为基础的新型监管机制，服务丝绸之路经济带核心区建设，根据《中华人民共和国行政许可法》《优化营商环境条例》《企业信息公示暂行条例》等法律法规，结合片区实际，制定本办法。", []),
    ("art", "第二条", "本办法适用于片区范围内市场主体信用信息的归集、公示、评价、应用、修复等信用管理活动。法律、法规另有规定的，从其规定。", []),
    ("art", "第三条", "片区信用管理遵循依法依规、公开透明、过惩相当、保护权益的原则，坚持事前信用承诺、事中信用监管、事后联合奖惩相结合。", []),
    ("art", "第四条", "片区管理委员会（以下简称片区管委会）统筹推进片区信用管理工作。片区营商环境建设局是片区信用管理工作的主管部门，负责信用信息归集共享、信用评价和信用修复的组织协调工作；片区各部门按照职责分工做好本行业、本领域信用管理工作。", []),
    ("chap", "第二章　信用信息归集与公示"),
    ("art", "第五条", "片区依托自治区公共信用信息平台建设片区信用信息子平台，归集市场主体的登记注册、行政许可、行政处罚、司法判决、纳税、海关、社会保险缴纳、守信激励等信用信息。", []),
    ("art", "第六条", "片区各部门应当在行政许可、行政处罚决定作出之日起7个工作日内,将相关信息报送片区信用信息子平台，并通过“信用中国（新疆）”网站依法公示。失信信息的公示期限按照国家有关规定执行，公示期届满的，应当及时停止公示。", []),
    ("chap", "第三章　信用评价与分类监管"),
    ("sec", "第一节　信用评价"),
    ("art", "第七条", "片区营商环境建设局会同有关部门建立市场主体公共信用综合评价指标体系，从基础信息、经营状况、合规记录、社会责任等维度，每年对市场主体开展一次信用评价，评价结果实行动态调整。", []),
    ("art", "第八条", "信用评价结果分为A、B、C、D四个等级，信用等级划分及对应监管措施如下：", []),
    ("table",),
    ("sec", "第二节　分类监管"),
    ("art", "第九条", "片区各部门在开展“双随机、一公开”监管时，应当根据市场主体信用等级合理确定抽查比例和频次，对A级市场主体做到“无事不扰”，对D级市场主体实施重点监管。", []),
    ("art", "第十条", "片区在政务服务领域全面推行信用承诺制。对申请人作出书面承诺、信用状况良好的，可以按照规定实行容缺受理、告知承诺；申请人不履行承诺的，依法撤销相关决定并记入其信用记录。", []),
    ("chap", "第四章　守信激励与失信惩戒"),
    ("sec", "第一节　守信激励"),
    ("art", "第十一条", "对信用等级为A级的市场主体，片区各部门可以在法定权限内采取下列激励措施：", [
        "（一）在行政审批中开辟绿色通道，优先办理；",
        "（二）在财政资金补助、评优评先中同等条件下优先支持；",
        "（三）在中欧班列（乌鲁木齐集结中心）舱位申请、跨境贸易便利化试点中优先推荐；",
        "（四）法律、法规和国家政策规定的其他激励措施。",
    ]),
    ("sec", "第二节　失信惩戒"),
    ("art", "第十二条", "有下列情形之一的，认定为严重失信主体，列入片区严重失信主体名单：", [
        "（一）被人民法院依法认定为失信被执行人的；",
        "（二）被海关认定为失信企业的；",
        "（三）被税务机关确定为重大税收违法失信主体的；",
        "（四）法律、法规规定的其他情形。",
    ]),
    ("art", "第十三条", "对信用等级为D级的市场主体和严重失信主体，片区各部门应当在法定权限内依法依规采取下列失信惩戒措施：", [
        "（一）在办理行政许可时，不适用告知承诺制和容缺受理；",
        "（二）列为重点监管对象，提高“双随机、一公开”抽查比例和频次；",
        "（三）限制申请片区各类财政资金补助和政策扶持；",
        "（四）限制参与片区政府采购、国有资产出让、招标投标等活动；",
        "（五）取消已获得的片区评优评先荣誉称号，且3年内不得参与评选；",
        "（六）限制享受片区外经贸、金融开放创新等试点政策；",
        "（七）暂停中欧班列（乌鲁木齐集结中心）舱位优先保障和运费补贴；",
        "（八）限制入驻片区综合保税区、跨境电商产业园等公共载体；",
        "（九）在跨境贸易、跨境投融资业务办理中不予适用便利化措施；",
        "（十）对其法定代表人或者主要负责人依法实施相应限制；",
        "（十一）通过“信用中国（新疆）”网站和片区门户网站依法公示；",
        "（十二）法律、法规、规章规定的其他惩戒措施。",
    ]),
    ("art", "第十四条", "片区各部门在实施失信惩戒措施前，应当告知当事人拟作出决定的事实、理由、依据和救济途径；当事人提出异议的，应当在收到异议申请之日起5个工作日内进行核查并反馈结果。失信惩戒措施应当与失信行为的性质、情节和社会危害程度相适应，不得超越法定的种类和幅度。", []),
    ("chap", "第五章　信用修复"),
    ("art", "第十五条", "失信主体在规定期限内纠正失信行为、消除不良影响的，可以向认定部门或者片区营商环境建设局申请信用修复。符合修复条件的，应当在受理之日起10个工作日内作出修复决定，并及时解除相关惩戒措施。", []),
    ("chap", "第六章　附　　则"),
    ("art", "第十六条", "本办法所称市场主体，是指在片区依法登记注册的企业、个体工商户、农民专业合作社及其他组织。", []),
    ("art", "第十七条", "本办法由片区管委会负责解释，具体解释工作由片区营商环境建设局承担。", []),
    ("art", "第十八条", "本办法自2026年4月1日起施行，有效期至2028年3月31日。2024年5月10日印发的" + REPEALED + "同时废止。", []),
]

TBL_H1 = ["信用等级", "评价得分（分）", "监管措施", ""]
TBL_H2 = ["", "", "抽查比例", "现场检查"]
TBL_KEYS = ["信用等级", "评价得分（分）", "监管措施／抽查比例", "监管措施／现场检查"]
TBL_ROWS = [
    ["A级（守信）", "90（含）以上", "不高于3%", "原则上不主动实施"],
    ["B级（基本守信）", "75（含）至90", "5%左右", "按年度计划实施"],
    ["C级（关注）", "60（含）至75", "10%左右", "适当增加频次"],
    ["D级（失信）", "60以下或被认定为严重失信主体", "不低于30%", "重点实施"],
]


def grade_table(doc, clauses):
    t = doc.add_table(rows=2 + len(TBL_ROWS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.4), Cm(4.6), Cm(3.0), Cm(4.4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i in range(4):
        set_cell(t.rows[0].cells[i], TBL_H1[i], HT, 12)
        set_cell(t.rows[1].cells[i], TBL_H2[i], HT, 12)
    # merged header: 信用等级 and 评价得分 span two rows, 监管措施 spans two columns
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "信用等级", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "评价得分（分）", HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "监管措施", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(TBL_ROWS, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(TBL_KEYS, row)))
    return t


def write_banfa(doc, clauses, sep, soft_items_for=(), size=16, line=28):
    """Write the 办法 body.  sep = what the clerk typed after 第X条;
    articles named in soft_items_for get their items on manual line breaks."""
    for e in BANFA:
        if e[0] == "chap":
            p = add_par(doc, [(e[1], HT, size, False)], align=C, indent=False, line=line)
            p.paragraph_format.keep_with_next = True
        elif e[0] == "sec":
            # 节 heading centred the clerk's way: typed spaces, left aligned
            p = add_par(doc, [("\u3000" * 11 + e[1], KT, size, True)], indent=False, line=line)
            p.paragraph_format.keep_with_next = True
        elif e[0] == "table":
            grade_table(doc, clauses)
            empty(doc, 1, line=10)
        else:
            _, no, text, items = e
            clauses.append(no + sep + text + "".join(items))
            runs = [(no, HT, size, False), (sep + text, FS, size, False)]
            if no in soft_items_for:
                for it in items:
                    runs += ["\n", (it, FS, size, False)]
                add_par(doc, runs, line=line, first=Pt(2 * size))
            else:
                add_par(doc, runs, line=line, first=Pt(2 * size))
                for it in items:
                    add_par(doc, [(it, FS, size, False)], line=line, first=Pt(2 * size))


expected = {}


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [ORGAN], "date": None,
        "published": None, "level": "municipal", "region": "乌鲁木齐市",
        "effective": "2026-04-01", "expires": "2028-03-31", "attachments": [],
        "doc_type": None, "recipients": [], "publicity": None, "repeals": REPEALED,
    }
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_banfa():
    """The 办法 on its own, as the 片区 posts it (题注 under the title, no 红头)."""
    stem = "blind969_xinyong_banfa"
    doc = Document()
    setup(doc)
    clauses = []
    empty(doc, 1)
    # title: one paragraph, clerk's manual line break at an odd place
    add_par(doc, [("中国（新疆）自由贸易试验区乌鲁木齐片区信", XBS, 22, False), "\n",
                  ("用管理办法（试行）", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    # 题注 with half-width brackets
    add_par(doc, [("(2026年2月26日乌鲁木齐片区管理委员会", KT, 16, False), "\n",
                  ("2026年第2次主任办公会议审议通过)", KT, 16, False)],
            align=C, indent=False, line=28)
    empty(doc, 1, line=14)
    write_banfa(doc, clauses, sep="\u3000", soft_items_for=("第十一条",), size=14, line=22)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=BF_TITLE, date="2026-02-26", doc_type="办法"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_tongzhi():
    """管委会关于印发 notice: 红头, 规 文号, 附件 = the 办法 after the 落款, 版记 at the end."""
    stem = "blind969_guanweihui_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头: two red lines, character-scaled so the long organ name fits
    add_par(doc, [("中国（新疆）自由贸易试验区", XBS, 30, False, RED, 80)],
            align=C, indent=False, line=40, before=6)
    add_par(doc, [("乌鲁木齐片区管理委员会文件", XBS, 36, False, RED, 85)],
            align=C, indent=False, line=48)
    empty(doc, 1)
    p = add_par(doc, "乌自贸片管规〔2026〕1号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    title_lines = ["中国（新疆）自由贸易试验区乌鲁木齐片区",
                   "管理委员会关于印发《中国（新疆）自由贸易",
                   "试验区乌鲁木齐片区信用管理办法（试行）》",
                   "的通知"]
    for t in title_lines:
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，各功能区管理机构，驻片区各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《中国（新疆）自由贸易试验区乌鲁木齐片区信用管理办法（试行）》已经片区管委会2026年第2次主任办公会议审议通过，现印发给你们，请结合工作实际，认真抓好贯彻落实。")
    body("各部门要按照办法要求，加快推进信用信息归集共享，严格规范失信惩戒措施的设定和实施，切实保护市场主体合法权益。执行过程中遇到的问题，请及时向片区营商环境建设局反馈（联系人：艾力·买买提，联系电话：0991-3716825）。")
    body("片区各部门要于2026年3月31日前完成本部门信用信息目录梳理和数据报送接口对接工作，并将落实情况书面报送片区营商环境建设局。")
    empty(doc, 1)
    # 附件 list: long title wrapped by hand, continuation aligned with typed spaces
    add_par(doc, [("附件：中国（新疆）自由贸易试验区乌鲁木齐片区信用", FS, 16, False), "\n",
                  ("\u3000" * 3 + "管理办法（试行）", FS, 16, False)])
    empty(doc, 1)
    # 落款: organ too long for 右空四字, clerk right-aligns it; date under it with typed spaces
    p = add_par(doc, [("中国（新疆）自由贸易试验区", FS, 16, False), "\n",
                      ("乌鲁木齐片区管理委员会", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 36 + "2026年3月6日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ----- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（新疆）自由贸易试验区乌鲁木齐片区", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("信用管理办法（试行）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    # the clerk typed two half-width spaces after 第X条 in this copy
    write_banfa(doc, clauses, sep="  ", size=15, line=25)

    # ----- 版记 at the very end
    empty(doc, 2)
    p = add_par(doc, [("抄送：自治区商务厅（自治区自由贸易试验区工作领导小组办公室），乌鲁木齐市人民政府办公厅，中国人民银行新疆维吾尔自治区分行，乌鲁木齐海关。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("乌鲁木齐片区管理委员会办公室", FS, 14, False), ("\t", FS, 14, False),
                       ("2026年3月6日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), alignment=2)  # right tab
    border(p2, "bottom", "000000", 12, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会关于印发《中国（新疆）自由贸易试验区乌鲁木齐片区信用管理办法（试行）》的通知",
            doc_number="乌自贸片管规〔2026〕1号",
            date="2026-03-06",
            attachments=[BF_TITLE],
            doc_type="通知",
            recipients=["片区各部门", "各功能区管理机构", "驻片区各有关单位"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    for fn in (doc_banfa, doc_tongzhi):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("ok:", ", ".join(sorted(expected)))
