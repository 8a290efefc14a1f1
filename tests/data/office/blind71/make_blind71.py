# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 71: a 规范性文件清理 notice that changes earlier documents only through a table.

Writes next to itself:
  blind71_fujian_qingli_notice.docx / .pdf   (the notice; the PDF is what the knowledge base gets)
  blind71_fujian_ydyl_measures.docx          (listed: amended + validity extended)
  blind71_fujian_ftz_fuwumaoyi_banfa.docx    (listed: 第十二条 stops, validity extended)
  blind71_fujian_zhongou_butie_notice.docx   (listed: repealed)
  blind71_fujian_qingli_jiedu.docx           (政策解读 of the notice)
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


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
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, space_after=0, line=28):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def mixed(doc, parts, size=16):
    """parts: list of (text, font) -- e.g. a 黑体 lead-in followed by 仿宋 text."""
    p = para(doc, "", size=size)
    for t, f in parts:
        r = p.add_run(t)
        set_font(r, f, size)
    return p


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    """GB/T 9704 page number: 4号半角宋体 '— 1 —', odd right / even left simplified to centre."""
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif txt.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def gb_page(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    page_number_footer(s)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def red_head(doc, organ, docno):
    para(doc, organ, font=XBS, size=36, align="c", indent=False, color=(0xE0, 0, 0), line=50)
    para(doc, "", indent=False)
    p = para(doc, docno, size=16, align="c", indent=False)
    bottom_border(p)
    para(doc, "", indent=False)


def title(doc, lines):
    for ln in lines:
        para(doc, ln, font=XBS, size=22, align="c", indent=False, line=36)
    para(doc, "", indent=False)


def signoff(doc, organ, date_cn, public="（此件主动公开）"):
    para(doc, "", indent=False)
    p = para(doc, organ, align="r", indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date_cn, align="r", indent=False)
    p.paragraph_format.right_indent = Pt(64)
    if public:
        para(doc, public)


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    para(doc, "", indent=False)
    p = para(doc, "抄送：" + chaosong, size=14, indent=False, align="j")
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    top_bottom_border(p, top=True, bottom=True)
    p = para(doc, "", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(yinfa_organ)
    set_font(r, FS, 14)
    r = p.add_run("\u3000" * 8 + yinfa_date + "印发")
    set_font(r, FS, 14)
    top_bottom_border(p, top=False, bottom=True, sz=12)


def cell_text(cell, text, size=11, bold=False, font=FS, align="j"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(15)
    p.paragraph_format.space_after = Pt(0)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text)
    set_font(r, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --------------------------------------------------------------------------------------------
# 1. The notice
# --------------------------------------------------------------------------------------------
NOTICE_TITLE = "福建省商务厅关于公布继续有效、修改、废止的规范性文件目录的通知"
NOTICE_NO = "闽商务规〔2024〕6号"

N_PREAMBLE = ("为贯彻落实《福建省行政规范性文件制定和备案规定》和法治政府建设有关要求，进一步服务共建“一带一路”和中国（福建）自由贸易试验区高质量发展，"
              "我厅对截至2024年10月31日以本厅名义制定的现行规范性文件进行了全面清理。经清理，决定继续有效的规范性文件9件，修改的1件，部分条款停止执行的1件，废止的4件。"
              "现将清理结果目录（见附件）予以公布，并就有关事项通知如下：")
N_ITEMS = [
    "一、列入继续有效目录的规范性文件，按原规定继续执行。目录中注明有效期延长的，自原有效期届满之次日起按延长后的有效期执行；未注明的，按原规定的有效期执行。",
    "二、决定修改的规范性文件，自2025年1月1日起按修改后的规定执行，我厅将在门户网站“政府信息公开”栏目重新公布修改后的文本。",
    "三、决定部分条款停止执行的规范性文件，相关条款自目录注明之日起停止执行，其余条款继续有效。",
    "四、决定废止的规范性文件，自目录注明之日起不再执行；依据其已经受理尚未办结的事项，按照原规定办理完结。",
    "五、各设区市商务主管部门、自贸试验区各片区管委会要对照本目录及时清理本地区、本片区据以制定的配套文件，并于2025年3月31日前将清理情况报送我厅（政策法规处）。",
    "六、本通知自2025年1月1日起施行。",
]
N_HEAD = ["序号", "文件名称", "文号", "处理意见", "备注"]
N_ROWS = [
    ["1", "福建省商务厅关于印发《福建省支持企业参与“一带一路”经贸合作若干措施》的通知", "闽商务规〔2021〕3号", "修改",
     "将第五条第一款中“给予最高不超过200万元的补助”修改为“给予最高不超过300万元的补助”；有效期延长至2027年6月30日"],
    ["2", "中国（福建）自由贸易试验区跨境服务贸易负面清单管理办法（试行）", "闽商务规〔2019〕5号", "第十二条自2025年1月1日起停止执行",
     "其余条款继续有效，有效期延长至2026年12月31日"],
    ["3", "福建省商务厅关于做好中欧班列（厦门）运营补贴资金管理工作的通知", "闽商务规〔2020〕1号", "自2025年1月1日起废止",
     "已被《福建省中欧班列高质量发展扶持办法》（闽商务规〔2024〕4号）替代"],
    ["4", "福建省商务厅关于印发《福建省境外经贸合作区认定和考核办法》的通知", "闽商务规〔2020〕6号", "继续有效", ""],
    ["5", "福建省商务厅 福建省财政厅关于印发《福建省外经贸发展专项资金（“丝路海运”方向）管理实施细则》的通知", "闽商务规〔2021〕1号", "继续有效",
     "有效期延长至2026年3月31日"],
    ["6", "中国（福建）自由贸易试验区外商投资企业投诉处理工作办法", "闽商务规〔2021〕7号", "继续有效", ""],
    ["7", "福建省商务厅关于进一步做好“一带一路”沿线国家重点展会组展工作的通知", "闽商务规〔2018〕2号", "自2024年12月31日起废止", "调整对象已消失"],
    ["8", "福建省商务厅关于支持闽台经贸合作在自贸试验区先行先试的若干意见", "闽商务规〔2019〕2号", "继续有效", ""],
    ["9", "福建省对外承包工程项目备案管理办法", "闽商务规〔2022〕2号", "继续有效", ""],
    ["10", "福建省商务厅关于推进自贸试验区平潭片区跨境电子商务综合试验区建设的实施意见", "闽商务规〔2022〕5号", "继续有效", "有效期延长至2027年12月31日"],
    ["11", "福建省商务厅关于印发《21世纪海上丝绸之路核心区经贸合作项目库管理办法》的通知", "闽商务规〔2019〕8号", "自2025年1月1日起废止",
     "相关内容已纳入闽商务规〔2024〕2号文件"],
    ["12", "福建省商务厅关于做好自贸试验区“证照分离”改革全覆盖商务领域事项承接工作的通知", "闽商务规〔2021〕9号", "继续有效", ""],
    ["13", "福建省外派劳务服务平台管理暂行办法", "闽商务规〔2020〕4号", "自2025年1月1日起废止", "依据的上位规定已废止"],
    ["14", "福建省商务厅关于加强境外投资企业安全风险防范工作的指导意见", "闽商务规〔2023〕1号", "继续有效", ""],
    ["15", "福建省商务厅关于支持自贸试验区融资租赁企业开展跨境业务的通知", "闽商务规〔2023〕3号", "继续有效", ""],
]


def row_text(head, row):
    return "；".join(f"{h}：{v}" for h, v in zip(head, row) if v != "")


def make_notice():
    doc = Document()
    gb_page(doc)
    red_head(doc, "福建省商务厅文件", NOTICE_NO)
    title(doc, ["福建省商务厅关于公布继续有效、修改、", "废止的规范性文件目录的通知"])
    para(doc, "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会，厅机关各处室、直属各单位：", indent=False)
    para(doc, N_PREAMBLE)
    for t in N_ITEMS:
        para(doc, t)
    para(doc, "")
    p = para(doc, "附件：福建省商务厅规范性文件清理结果目录", indent=True)
    signoff(doc, "福建省商务厅", "2024年12月16日")
    # attachment starts on a new page
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, size=16, indent=False)
    para(doc, "", indent=False)
    para(doc, "福建省商务厅规范性文件清理结果目录", font=XBS, size=22, align="c", indent=False, line=36)
    para(doc, "", indent=False)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(5.6), Cm(2.9), Cm(2.8), Cm(3.0)]
    for i, h in enumerate(N_HEAD):
        cell_text(t.rows[0].cells[i], h, size=12, bold=True, font=HT, align="c")
    repeat_header(t.rows[0])
    for r in N_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=11, align="c" if i in (0, 2) else "j")
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in t.rows:
        cant_split(row)
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    para(doc, "", indent=False)
    banji(doc, "省人民政府办公厅，省司法厅，商务部条约法律司。", "福建省商务厅办公室", "2024年12月16日")
    path = os.path.join(HERE, "blind71_fujian_qingli_notice.docx")
    doc.save(path)
    to_pdf(path)


# --------------------------------------------------------------------------------------------
# 2. Listed document A: 若干措施 (amended, validity extended)
# --------------------------------------------------------------------------------------------
A_TITLE = "福建省商务厅关于印发《福建省支持企业参与“一带一路”经贸合作若干措施》的通知"
A_NO = "闽商务规〔2021〕3号"
A_COVER = "为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述，支持我省企业深度参与21世纪海上丝绸之路核心区建设，我厅研究制定了《福建省支持企业参与“一带一路”经贸合作若干措施》，现印发给你们，请认真贯彻执行。"
A_ART = [
    "第一条 为支持我省企业参与共建“一带一路”经贸合作，加快建设21世纪海上丝绸之路核心区，根据《福建省外经贸发展专项资金管理办法》等规定，制定本措施。",
    "第二条 本措施适用于在福建省行政区域内依法注册、具有独立法人资格，在共建“一带一路”国家和地区开展对外投资、对外承包工程和经贸合作区建设的企业。",
    "第三条 支持企业在共建“一带一路”国家和地区建设境外经贸合作区。对经省商务厅认定的省级境外经贸合作区，按照实施企业当年实际完成基础设施投资额的5%给予补助。",
    "第四条 支持企业承揽共建“一带一路”国家和地区的对外承包工程项目。对单个项目合同额在5000万美元以上的，按照当年完成营业额的1%给予奖励，单个企业每年奖励总额不超过100万元。",
    "第五条 支持企业开展境外投资前期工作。对企业在共建“一带一路”国家和地区开展的中方协议投资额在1000万美元以上的境外投资项目，按照前期费用的50%，给予最高不超过200万元的补助。\n企业申请前款补助的，应当在项目完成境外投资备案（核准）之日起一年内提出。",
    "第六条 支持企业投保海外投资保险和短期出口信用保险。对企业在共建“一带一路”国家和地区的投资项目投保海外投资保险的，按照实际缴纳保费的50%给予补助。",
    "第七条 同一项目同一事项已获得省级其他财政资金支持的，不重复支持。",
    "第八条 本措施由省商务厅负责解释。",
    "第九条 本措施自2021年7月1日起施行，有效期至2025年6月30日。",
]


def make_a():
    doc = Document()
    gb_page(doc)
    red_head(doc, "福建省商务厅文件", A_NO)
    title(doc, ["福建省商务厅关于印发《福建省支持企业参与", "“一带一路”经贸合作若干措施》的通知"])
    para(doc, "各设区市商务局，平潭综合实验区经济发展局：", indent=False)
    para(doc, A_COVER)
    signoff(doc, "福建省商务厅", "2021年6月18日")
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "福建省支持企业参与“一带一路”", font=XBS, size=22, align="c", indent=False, line=36)
    para(doc, "经贸合作若干措施", font=XBS, size=22, align="c", indent=False, line=36)
    para(doc, "", indent=False)
    for a in A_ART:
        for k, sub in enumerate(a.split("\n")):
            if k == 0:
                num, rest = sub.split(" ", 1)
                mixed(doc, [(num + "\u3000", HT), (rest, FS)])
            else:
                para(doc, sub)
    banji(doc, "商务部对外投资和经济合作司，省财政厅。", "福建省商务厅办公室", "2021年6月18日")
    doc.save(os.path.join(HERE, "blind71_fujian_ydyl_measures.docx"))


# --------------------------------------------------------------------------------------------
# 3. Listed document B: 管理办法 with 章 and 第X条 (第十二条 stops, validity extended)
# --------------------------------------------------------------------------------------------
B_TITLE = "中国（福建）自由贸易试验区跨境服务贸易负面清单管理办法（试行）"
B_NO = "闽商务规〔2019〕5号"
B_CHAPTERS = [
    ("第一章　总则", [
        "第一条 为推进中国（福建）自由贸易试验区（以下简称自贸试验区）跨境服务贸易扩大开放，规范跨境服务贸易负面清单（以下简称负面清单）管理，根据国务院有关批复精神，制定本办法。",
        "第二条 本办法适用于自贸试验区福州片区、厦门片区、平潭片区范围内的跨境服务贸易管理活动。",
        "第三条 负面清单以外的跨境服务贸易，按照境内外服务及服务提供者待遇一致原则实施管理。",
    ]),
    ("第二章　管理职责", [
        "第四条 省商务厅负责统筹协调负面清单的实施、评估和调整工作。",
        "第五条 各片区管委会负责本片区负面清单的具体实施，建立跨境服务贸易统计监测制度。",
        "第六条 省有关部门按照职责分工，做好负面清单所列领域的监督管理工作。",
    ]),
    ("第三章　实施与监管", [
        "第七条 境外服务提供者在自贸试验区提供负面清单所列服务的，应当符合负面清单规定的特别管理措施。",
        "第八条 各片区应当依托国际贸易“单一窗口”，为跨境服务贸易提供信息查询、业务办理等便利化服务。",
        "第九条 对违反负面清单规定开展跨境服务贸易的，由有关部门依法处理。",
        "第十条 省商务厅会同有关部门每年对负面清单实施情况开展评估，并根据评估结果提出调整建议。",
    ]),
    ("第四章　附则", [
        "第十一条 本办法由省商务厅负责解释。",
        "第十二条 对首次在自贸试验区开展负面清单以外跨境服务贸易业务的境外服务提供者，由所在片区给予一次性开办补助，最高不超过50万元。",
        "第十三条 本办法自2020年1月1日起施行，有效期5年。",
    ]),
]


def make_b():
    doc = Document()
    gb_page(doc)
    red_head(doc, "福建省商务厅文件", B_NO)
    title(doc, ["中国（福建）自由贸易试验区跨境服务贸易", "负面清单管理办法（试行）"])
    p = para(doc, "（2019年11月25日福建省商务厅第21次厅务会议审议通过）", font=KT, size=16, align="c", indent=False)
    para(doc, "", indent=False)
    for ch, arts in B_CHAPTERS:
        para(doc, ch, font=HT, size=16, align="c", indent=False)
        for a in arts:
            num, rest = a.split(" ", 1)
            mixed(doc, [(num + "\u3000", HT), (rest, FS)])
    signoff(doc, "福建省商务厅", "2019年11月25日", public=None)
    doc.save(os.path.join(HERE, "blind71_fujian_ftz_fuwumaoyi_banfa.docx"))


# --------------------------------------------------------------------------------------------
# 4. Listed document C: 通知 with 一、（一）1. (repealed)
# --------------------------------------------------------------------------------------------
C_TITLE = "福建省商务厅关于做好中欧班列（厦门）运营补贴资金管理工作的通知"
C_NO = "闽商务规〔2020〕1号"
C_PRE = "为规范中欧班列（厦门）运营补贴资金管理，提高资金使用效益，服务“一带一路”国际物流大通道建设，现就有关事项通知如下："
C_ITEMS = [
    "一、补贴对象",
    "（一）在厦门市依法注册，经省商务厅确认承担中欧班列（厦门）组织运营的平台公司。",
    "（二）通过中欧班列（厦门）运输进出口货物、在我省注册的外贸企业。",
    "二、补贴标准",
    "（一）对平台公司按照每标准箱去程1500元、回程2000元给予运营补贴，年度补贴总额不超过当年全程运费的30%。",
    "（二）对外贸企业按照以下标准给予运费补贴：",
    "1.经厦门至欧洲线路运输的，每标准箱补贴800元；",
    "2.经厦门至中亚线路运输的，每标准箱补贴500元。",
    "三、资金申报与拨付",
    "（一）平台公司和外贸企业于每年1月31日前向厦门市商务局提交上一年度补贴申请，厦门市商务局审核后报省商务厅。",
    "（二）省商务厅会同省财政厅按照预算管理有关规定拨付补贴资金。",
    "四、其他事项",
    "本通知自印发之日起施行，有效期5年。此前有关规定与本通知不一致的，以本通知为准。",
]


def make_c():
    doc = Document()
    gb_page(doc)
    red_head(doc, "福建省商务厅文件", C_NO)
    title(doc, ["福建省商务厅关于做好中欧班列（厦门）", "运营补贴资金管理工作的通知"])
    para(doc, "厦门市商务局，省财政厅，各有关企业：", indent=False)
    para(doc, C_PRE)
    for t in C_ITEMS:
        if t[0] in "一二三四" and t[1] == "、":
            para(doc, t, font=HT)
        elif t.startswith("（"):
            n, rest = t.split("）", 1)
            mixed(doc, [(n + "）", KT), (rest, FS)])
        else:
            para(doc, t)
    signoff(doc, "福建省商务厅", "2020年3月10日")
    banji(doc, "商务部外贸司，中国国家铁路集团有限公司。", "福建省商务厅办公室", "2020年3月10日")
    doc.save(os.path.join(HERE, "blind71_fujian_zhongou_butie_notice.docx"))


# --------------------------------------------------------------------------------------------
# 5. 政策解读 of the notice
# --------------------------------------------------------------------------------------------
D_TITLE = "《福建省商务厅关于公布继续有效、修改、废止的规范性文件目录的通知》政策解读"
D_ITEMS = [
    "一、清理背景",
    "按照省政府关于开展行政规范性文件定期清理的部署，为适应共建“一带一路”高质量发展和自由贸易试验区提升战略的新要求，省商务厅对以本厅名义制定的现行规范性文件开展了全面清理。",
    "二、清理结果",
    "本次共清理规范性文件15件，其中继续有效9件（含延长有效期的3件），修改1件，部分条款停止执行1件，废止4件。",
    "三、主要变化",
    "（一）提高境外投资前期费用补助上限。《福建省支持企业参与“一带一路”经贸合作若干措施》（闽商务规〔2021〕3号）第五条规定的补助上限由200万元提高至300万元，有效期延长至2027年6月30日。",
    "（二）调整自贸试验区跨境服务贸易开办补助。《中国（福建）自由贸易试验区跨境服务贸易负面清单管理办法（试行）》（闽商务规〔2019〕5号）第十二条规定的一次性开办补助自2025年1月1日起停止执行，该办法其余条款有效期延长至2026年12月31日。",
    "（三）废止中欧班列（厦门）运营补贴文件。《福建省商务厅关于做好中欧班列（厦门）运营补贴资金管理工作的通知》（闽商务规〔2020〕1号）自2025年1月1日起废止，中欧班列补贴改按《福建省中欧班列高质量发展扶持办法》（闽商务规〔2024〕4号）执行。",
    "四、施行时间",
    "《通知》自2025年1月1日起施行。",
]


def make_d():
    doc = Document()
    s = doc.sections[0]
    s.page_width = Cm(21.0); s.page_height = Cm(29.7)
    s.top_margin = Cm(2.54); s.bottom_margin = Cm(2.54); s.left_margin = Cm(3.0); s.right_margin = Cm(3.0)
    para(doc, D_TITLE, font=XBS, size=20, align="c", indent=False, line=32)
    para(doc, "发布时间：2024-12-18　　来源：福建省商务厅政策法规处　　【字体：大 中 小】", size=10.5, align="c", indent=False, line=18)
    para(doc, "", indent=False)
    for t in D_ITEMS:
        if t[1] == "、":
            para(doc, t, font=HT)
        else:
            para(doc, t)
    para(doc, "", indent=False)
    para(doc, "相关链接：福建省商务厅关于公布继续有效、修改、废止的规范性文件目录的通知", size=12, indent=False)
    para(doc, "【打印本页】　【关闭窗口】", size=10.5, align="c", indent=False)
    doc.save(os.path.join(HERE, "blind71_fujian_qingli_jiedu.docx"))


# --------------------------------------------------------------------------------------------
# expected.json
# --------------------------------------------------------------------------------------------
def expected():
    notice_changes = [
        {"doc_number": "闽商务规〔2021〕3号", "action": "amend", "what": "第五条第一款 200万元→300万元", "from": "2025-01-01", "new_expires": "2027-06-30"},
        {"doc_number": "闽商务规〔2019〕5号", "action": "partial_stop", "what": "第十二条停止执行", "from": "2025-01-01", "new_expires": "2026-12-31"},
        {"doc_number": "闽商务规〔2020〕1号", "action": "repeal", "from": "2025-01-01"},
        {"doc_number": "闽商务规〔2021〕1号", "action": "extend", "new_expires": "2026-03-31"},
        {"doc_number": "闽商务规〔2022〕5号", "action": "extend", "new_expires": "2027-12-31"},
        {"doc_number": "闽商务规〔2018〕2号", "action": "repeal", "from": "2024-12-31"},
        {"doc_number": "闽商务规〔2019〕8号", "action": "repeal", "from": "2025-01-01"},
        {"doc_number": "闽商务规〔2020〕4号", "action": "repeal", "from": "2025-01-01"},
        {"doc_number": "继续有效（不变）", "action": "continue", "list": ["闽商务规〔2020〕6号", "闽商务规〔2021〕7号", "闽商务规〔2019〕2号", "闽商务规〔2022〕2号", "闽商务规〔2021〕9号", "闽商务规〔2023〕1号", "闽商务规〔2023〕3号"]},
    ]
    exp = {}
    exp["blind71_fujian_qingli_notice"] = [{
        "meta": {"title": NOTICE_TITLE, "doc_number": NOTICE_NO, "issuer": "福建省商务厅", "date": "2024-12-16",
                 "level": "provincial", "region": "福建省", "effective": "2025-01-01", "expires": None},
        "analyst": {"changes": notice_changes},
        "clauses": [N_PREAMBLE] + N_ITEMS + [row_text(N_HEAD, r) for r in N_ROWS],
        "_note": ("Furniture: red 发文机关标志 '福建省商务厅文件', the 文号 line, 主送 line (各设区市商务局…直属各单位：), '附件：福建省商务厅规范性文件清理结果目录' "
                  "(tolerable as a clause), signature 福建省商务厅 / 2024年12月16日, '（此件主动公开）', the attachment heading '附件' and attachment title "
                  "(tolerable as a heading/context), the repeated table header row on the second PDF page (must NOT become a row or be glued into row text), "
                  "footer page numbers '— 1 —', 版记 抄送 line and '福建省商务厅办公室 2024年12月16日印发'. "
                  "Table rows: blank 备注 cells omitted in the expected row text (tolerable either way). Long names wrap inside the cells in the PDF: wrap "
                  "must be joined without inserted spaces or newlines (a space would be low). Row 1's 备注 holds the actual amendment; losing it is high. "
                  "Row 15 is the last row on the last page; a row split from its number across the page break would be medium."),
    }]
    exp["blind71_fujian_ydyl_measures"] = [{
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": "福建省商务厅", "date": "2021-06-18", "level": "provincial", "region": "福建省",
                 "effective": "2021-07-01", "expires": "2025-06-30"},
        "analyst": {"effective": "2021-07-01", "expires": "2027-06-30", "changed_by": [{"doc_number": NOTICE_NO, "action": "amend", "what": "第五条第一款 补助上限 200万元→300万元 from 2025-01-01; 有效期延长至2027-06-30"}],
                    "article_5_from_2025-01-01": "对企业在共建“一带一路”国家和地区开展的中方协议投资额在1000万美元以上的境外投资项目，按照前期费用的50%，给予最高不超过300万元的补助。"},
        "clauses": [A_COVER] + [a.replace(" ", "\u3000", 1) for a in A_ART],
        "_note": ("Furniture: red head, 文号 line, 主送, signature and date of the cover notice, '（此件主动公开）', the repeated measures title on page 2, 版记 抄送/印发, page numbers. "
                  "第五条 has two paragraphs (款); expected as one clause with both paragraphs (joined by a newline or nothing); splitting the second 款 into its own clause "
                  "that still carries 第五条 is tolerable (low). Title: the 印发 notice's title; the inner measures title '福建省支持企业参与“一带一路”经贸合作若干措施' is "
                  "tolerable as title (low). Date is the cover notice's 2021-06-18, not 2021-07-01."),
    }]
    b_clauses = []
    for ch, arts in B_CHAPTERS:
        b_clauses += [a.replace(" ", "\u3000", 1) for a in arts]
    exp["blind71_fujian_ftz_fuwumaoyi_banfa"] = [{
        "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": "福建省商务厅", "date": "2019-11-25", "level": "provincial",
                 "region": "中国（福建）自由贸易试验区（福州、厦门、平潭片区）", "effective": "2020-01-01", "expires": "2024-12-31"},
        "analyst": {"effective": "2020-01-01", "expires": "2026-12-31", "changed_by": [{"doc_number": NOTICE_NO, "action": "partial_stop", "what": "第十二条自2025-01-01起停止执行；其余条款有效期延长至2026-12-31"}],
                    "article_12": {"effective": "2020-01-01", "expires": "2024-12-31 (stops 2025-01-01)"}},
        "clauses": b_clauses,
        "_note": ("Furniture: red head, 文号 line, the 审议通过 line in brackets (tolerable as meta/preamble, not as an article), chapter headings 第一章…第四章 (context, not clauses), "
                  "signature/date at the end, page numbers. 有效期5年 from 2020-01-01 → expires 2024-12-31 (2025-01-01 tolerable as off-by-one, low). "
                  "Region: FTZ Fujian; '福建省' alone tolerable (low)."),
    }]
    exp["blind71_fujian_zhongou_butie_notice"] = [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": "福建省商务厅", "date": "2020-03-10", "level": "provincial", "region": "福建省（厦门市）",
                 "effective": "2020-03-10", "expires": "2025-03-09"},
        "analyst": {"effective": "2020-03-10", "expires": "2024-12-31 (repealed from 2025-01-01)", "changed_by": [{"doc_number": NOTICE_NO, "action": "repeal", "from": "2025-01-01", "replaced_by": "闽商务规〔2024〕4号"}]},
        "clauses": [C_PRE] + C_ITEMS,
        "_note": ("Furniture: red head, 文号, 主送 '厦门市商务局，省财政厅，各有关企业：', signature/date, '（此件主动公开）', 版记, page numbers. "
                  "Headings 一、补贴对象 etc. expected as clauses (or as headings carried into their children: tolerable). '（二）对外贸企业按照以下标准给予运费补贴：' followed by 1. 2. "
                  "may be merged with its items (tolerable) but 1./2. must not be lost. 有效期5年 from 印发 2020-03-10 → 2025-03-09 (2025-03-10 tolerable)."),
    }]
    exp["blind71_fujian_qingli_jiedu"] = [{
        "meta": {"title": D_TITLE, "doc_number": None, "issuer": "福建省商务厅", "date": "2024-12-18", "level": "provincial", "region": "福建省",
                 "effective": None, "expires": None},
        "analyst": {"note": "解读, not itself binding; the dates it mentions are those of the notice and the changed documents, not its own effective date."},
        "clauses": D_ITEMS,
        "_note": ("Furniture: the web-page 发布时间/来源/字体 line, '相关链接：…', '【打印本页】【关闭窗口】'. Issuer 福建省商务厅 (政策法规处 tolerable). "
                  "Headings 一、清理背景 etc. as clauses or merged into the following paragraph: tolerable. The 解读 must not take the notice's 文号 or effective date 2025-01-01 "
                  "as its own (medium), and must not be typed as the notice itself."),
    }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_notice()
    make_a()
    make_b()
    make_c()
    make_d()
    expected()
