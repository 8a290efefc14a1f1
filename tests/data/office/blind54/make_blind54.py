# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-fourth round of blind office files and expected.json.

Theme: issuers and numbering styles less common than 国发/省政府.

  (a) blind54_nanning_gonggao.docx / .pdf — 直属海关 公告: red 版头
      "中华人民共和国南宁海关", number line 南宁海关公告〔2024〕5号 under it, a two-line
      title, 一、–六、 with （一）（二） under 三、, "自2024年5月1日起施行" and a
      repealed older 公告 (南宁海关公告〔2022〕3号), 特此公告, 附件 line, signature,
      then on a new page the 附件 table of 监管场所 (序号/监管场所名称/地址/所在片区).
  (b) blind54_yunnan_gonggao.docx / .pdf — 国家税务总局云南省税务局公告2024年第3号
      (no 版头; the 公告 number sits under the two-line title), 第一条–第八条, 第五条
      with （一）–（三）, a "保存期限为10年" that is not the expiry, 第八条
      "本公告自2024年4月1日起施行，有效期5年", then the 附件 问答 (问：/答：) after the
      signature, one 答 running into a second paragraph.
  (c) blind54_qingbaijiang_cuoshi.docx — 片区管委会 规范性文件: 登记号 SCCR-2024-0120005
      in the top-left corner, a two-line red 版头 with a manual line break, 文号
      川自贸青管规〔2024〕2号, 一、–四、 bare headings with （一）–（九） numbered
      through, 施行/有效期 in （八）, signature, （此件公开发布）, 版记, then on a new
      page the 政策解读 (own title, 一、–四、 headings, 解读机关 / 联系电话 lines).
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
RED = (0xFF, 0, 0)
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
expected = {}


# ------------------------------------------------------------------ helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, color=None):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, color=color)
    return p


def body(doc, text):
    return para(doc, text)


def head1(doc, text):
    return para(doc, text, HEI, 16)


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def rule_above(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:top")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e); ppr.append(b)


def add_page_field(p, size=14):
    r = p.add_run(); set_run(r, SONG, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def gw_page(doc):
    """GB/T 9704 page: A4, 3.7/3.5/2.8/2.6 cm, '— 1 —' footer."""
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_page_field(fp); set_run(fp.add_run(" —"), SONG, 14)


def signature(doc, org, date, right_cm=2.0, blank=True, keep=False):
    if blank: p = para(doc, "", indent=False); p.paragraph_format.keep_with_next = keep
    orgs = org if isinstance(org, list) else [org]
    for t in orgs + [date]:
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)
        p.paragraph_format.keep_with_next = keep and t != date


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, align="c"):
    p = cell.paragraphs[0]; p.alignment = AL[align]
    p.paragraph_format.line_spacing = Pt(size * 1.4)
    set_run(p.add_run(text), font, size)


def table(doc, head, rows, widths, size=12, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head): cell_text(t.rows[0].cells[i], h, HEI, size)
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals):
            cell_text(t.rows[r].cells[i], v, FS, size, (aligns or ["c"] * len(head))[i])
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
    return t


def rows_as_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo54p_"); tmp = tempfile.mkdtemp(prefix="lo54o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


# ==================================================================== (a) 南宁海关公告
A_HEAD = "中华人民共和国南宁海关"
A_NO = "南宁海关公告〔2024〕5号"
A_T1 = "南宁海关关于支持中国（广西）自由贸易"
A_T2 = "试验区中欧班列和西部陆海新通道货物"
A_T3 = "通关便利化的公告"
A_PRE = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和加快建设西部陆海新通道的决策部署，支持中国（广西）自由贸易试验区（以下简称广西自贸试验区）南宁片区、钦州港片区、崇左片区发挥开放平台作用，提升中欧班列、西部陆海新通道海铁联运班列货物通关效率，根据《中华人民共和国海关法》及有关规定，现就有关事项公告如下："
A_ITEMS = [
    "一、适用范围。本公告适用于在广西自贸试验区南宁片区、钦州港片区、崇左片区内海关监管场所（名单见附件）办理进出境手续的中欧班列（含中越跨境班列）货物和西部陆海新通道海铁联运班列货物。",
    "二、推行“铁路快通”模式。对经由南宁国际铁路港、钦州铁路集装箱中心站、凭祥铁路口岸进出境的班列货物，企业可以选择“铁路快通”模式办理海关手续，在口岸站不再办理转关手续，货物在附件所列监管场所一次申报、一次查验、一次放行。",
    "三、实施“提前申报、抵港直装”。",
    "（一）出口货物可以在运抵监管场所前向海关提前申报，货物运抵并经海关确认后即可装车（船）。",
    "（二）进口货物可以在班列抵达前14日内提前申报；对无需查验的货物，实施“车边直提”“船边直提”。",
    "四、优化查验作业。对中欧班列和西部陆海新通道班列货物实施优先查验，查验作业时限原则上不超过24小时；对海关AEO高级认证企业的货物，平均查验率控制在一般信用企业平均查验率的20%以下。",
    "五、支持开展集拼分拨业务。允许在钦州港片区、南宁片区内符合条件的海关监管场所开展“多式联运+集拼”业务，对来自东盟国家、经西部陆海新通道转运至中亚和欧洲的货物，实施“一次申报、分批出区”。",
    "六、本公告自2024年5月1日起施行。《南宁海关关于中欧班列货物转关有关事项的公告》（南宁海关公告〔2022〕3号）同时废止。",
]
A_ATT = "广西自贸试验区片区海关监管场所名单"
A_TH = ["序号", "监管场所名称", "地址", "所在片区"]
A_ROWS = [
    ["1", "南宁国际铁路港海关监管作业场所", "南宁市江南区沙井街道南宁国际铁路港综合服务中心东侧", "南宁片区"],
    ["2", "南宁综合保税区卡口及查验场所", "南宁市良庆区银海大道1218号", "南宁片区"],
    ["3", "钦州铁路集装箱中心站海关监管作业场所", "钦州市钦南区钦州港大榄坪南大街18号", "钦州港片区"],
    ["4", "钦州港东航道集装箱码头海关监管作业场所", "钦州市钦州港经济技术开发区鹿耳环江大道2号", "钦州港片区"],
    ["5", "钦州综合保税区进出境货物查验场所", "钦州市钦南区钦州保税港区八大街1号", "钦州港片区"],
    ["6", "凭祥铁路口岸海关监管作业场所", "崇左市凭祥市凭祥镇友谊大道南段凭祥站货场", "崇左片区"],
    ["7", "凭祥综合保税区卡口及查验场所", "崇左市凭祥市友谊关大道88号", "崇左片区"],
]


def make_a():
    doc = Document(); gw_page(doc)
    para(doc, A_HEAD, XBS, 30, align="c", indent=False, before=12, after=12, exact=44, color=RED)
    p = para(doc, A_NO, FS, 16, align="c", indent=False, after=12); rule_below(p)
    para(doc, A_T1, XBS, 22, align="c", indent=False, before=18, exact=33)
    para(doc, A_T2, XBS, 22, align="c", indent=False, exact=33)
    para(doc, A_T3, XBS, 22, align="c", indent=False, after=18, exact=33)
    body(doc, A_PRE)
    for t in A_ITEMS: body(doc, t)
    body(doc, "特此公告。").paragraph_format.keep_with_next = True
    body(doc, "附件：" + A_ATT).paragraph_format.keep_with_next = True
    signature(doc, "南宁海关", "2024年4月15日", right_cm=3.0, keep=True)
    page_break(doc)
    para(doc, "附件", HEI, 16, align="l", indent=False)
    para(doc, A_ATT, XBS, 20, align="c", indent=False, before=12, after=12, exact=30)
    table(doc, A_TH, A_ROWS, [1.2, 5.2, 6.4, 2.6], 12, ["c", "l", "l", "c"])
    path = os.path.join(HERE, "blind54_nanning_gonggao.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind54_nanning_gonggao.pdf"))
    expected["blind54_nanning_gonggao"] = [{
        "meta": {
            "title": A_T1 + A_T2 + A_T3,
            "doc_number": A_NO,
            "issuer": "南宁海关",
            "date": "2024-04-15",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2024-05-01",
            "repeals": ["南宁海关公告〔2022〕3号"],
            "attachments": [A_ATT],
        },
        "clauses": [A_PRE] + A_ITEMS + rows_as_clauses(A_TH, A_ROWS),
        "_note": (
            "LEVEL judgement: provincial. 南宁海关 is a 直属海关 (正厅级 organ of the vertically managed 海关总署); its 公告 binds only within its 关区, which is the whole of 广西; "
            "it is not national (not 海关总署) and not really ministerial (a ministerial filter should not return a regional customs office's notice; 'ministerial' = medium). "
            "Region 广西壮族自治区 (南宁/钦州/崇左 and the three 片区 as narrower places are fine; a region of 南宁市 alone = high, since the notice covers 钦州港 and 崇左 too). "
            "Furniture: the red 版头 '中华人民共和国南宁海关' (not the title, not the issuer in that form — '中华人民共和国南宁海关' as issuer is tolerable, low), the footer '— 1 —', "
            "'特此公告。' (a clause for it is tolerable; in the PDF it, the 附件 line and the signature sit alone on page 3), the '附件：…' line (an attachment reference, not a clause), the signature '南宁海关' and date, the '附件' label and the table title. "
            "doc_number is the whole line 南宁海关公告〔2024〕5号; '〔2024〕5号' alone = medium; the repealed 南宁海关公告〔2022〕3号 as doc_number = high. "
            "Title: the two title lines joined; a title that swallows the 版头 or the number line = medium. "
            "三、 is a run-in lead sentence; its （一）（二） may be separate clauses (expected) or merged into 三、 (low). "
            "Table: one clause per row 'header：value；…', header row not a clause; 序号 may be dropped (low); a long address wrapping inside its cell in the PDF must be joined. "
            "No expiry is printed (expires must be empty). applies_to for items naming 中亚/欧洲/东盟 should still be 广西 places, not those foreign regions (medium if they appear as where it applies)."
        ),
    }]


# ==================================================================== (b) 云南省税务局公告
B_T1 = "国家税务总局云南省税务局关于优化"
B_T2 = "共建“一带一路”“走出去”企业跨境税费"
B_T3 = "服务若干事项的公告"
B_NO = "国家税务总局云南省税务局公告2024年第3号"
B_PRE = "为深入贯彻落实中共中央办公厅、国务院办公厅《关于进一步深化税收征管改革的意见》，服务高质量共建“一带一路”，支持中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区企业“走出去”，现就优化“走出去”企业跨境税费服务有关事项公告如下："
B_ARTS = [
    "第一条　在云南省内向共建“一带一路”国家（地区）开展境外投资、对外承包工程和跨境服务的企业（以下简称“走出去”企业），可以通过电子税务局“跨境税费服务专区”一站式办理境外所得申报、税收居民身份证明开具、服务贸易等项目对外支付税务备案等涉税事项。",
    "第二条　“走出去”企业申请开具《中国税收居民身份证明》的，主管税务机关应当自受理之日起7个工作日内办结；资料齐全、符合条件的，当场办结。",
    "第三条　省税务局依托中国—东盟税收征管合作机制，每年编制并更新老挝、缅甸、越南、泰国等国家的《“走出去”企业国别（地区）税收指南》，通过国家税务总局云南省税务局网站免费提供。",
    "第四条　“走出去”企业在境外遇到税收争议的，可以向省税务局国际税收管理部门提出相互协商程序申请。省税务局应当自收到申请之日起15日内完成初步审核，符合条件的按程序报送国家税务总局。",
    "第五条　税务机关为“走出去”企业提供以下个性化服务：",
    "（一）对年度境外投资额5000万美元以上的企业，确定专属税收服务专员；",
    "（二）对首次“走出去”的中小企业，开展“一对一”政策辅导；",
    "（三）对在中老铁路沿线开展跨境物流、仓储业务的企业，提供跨境涉税风险提示。",
    "第六条　企业享受境外所得税收抵免政策的，实行“自行判别、申报享受、相关资料留存备查”办理方式，留存备查资料保存期限为10年。",
    "第七条　本公告所称共建“一带一路”国家（地区），以中国一带一路网公布的名单为准。",
    "第八条　本公告自2024年4月1日起施行，有效期5年。《国家税务总局云南省税务局关于做好“走出去”企业税收服务工作的公告》（国家税务总局云南省税务局公告2019年第6号）同时废止。",
]
B_ATT = "“走出去”企业跨境税费服务问答"
B_QA = [
    "问：哪些企业可以通过“跨境税费服务专区”办理业务？",
    "答：在云南省内办理税务登记并开展境外投资、对外承包工程或者跨境服务的企业均可办理。个体工商户和其他个人暂不适用。",
    "问：开具《中国税收居民身份证明》需要多长时间？",
    "答：主管税务机关自受理之日起7个工作日内办结；资料齐全、符合条件的，当场办结。",
    "问：企业在老挝遇到税收争议，可以怎么办？",
    "答：企业可以向省税务局国际税收管理部门提出相互协商程序申请，省税务局自收到申请之日起15日内完成初步审核。",
    "同时，企业也可以通过中国—东盟税收征管合作机制联络点，咨询老挝、缅甸、越南等国家的税收政策和争议解决途径。",
    "问：享受境外所得税收抵免需要报送哪些资料？",
    "答：实行“自行判别、申报享受、相关资料留存备查”办理方式，企业无需报送资料，相关资料留存备查10年。",
    "问：本公告什么时候开始施行？",
    "答：本公告自2024年4月1日起施行，有效期5年。",
]


def make_b():
    doc = Document(); gw_page(doc)
    para(doc, B_T1, XBS, 22, align="c", indent=False, before=24, exact=33)
    para(doc, B_T2, XBS, 22, align="c", indent=False, exact=33)
    para(doc, B_T3, XBS, 22, align="c", indent=False, exact=33)
    para(doc, B_NO, KAI, 16, align="c", indent=False, before=6, after=18)
    body(doc, B_PRE)
    for t in B_ARTS:
        if t.startswith("第"):
            num, rest = t.split("　", 1)
            p = para(doc, "", FS, 16); set_run(p.add_run(num), HEI, 16); set_run(p.add_run("　" + rest), FS, 16)
        else:
            body(doc, t)
    body(doc, "特此公告。")
    para(doc, "", indent=False)
    body(doc, "附件：" + B_ATT)
    signature(doc, "国家税务总局云南省税务局", "2024年3月20日", right_cm=2.0)
    page_break(doc)
    para(doc, "附件", HEI, 16, align="l", indent=False)
    para(doc, B_ATT, XBS, 20, align="c", indent=False, before=12, after=12, exact=30)
    for t in B_QA:
        if t[:2] in ("问：", "答："):
            p = para(doc, "", FS, 16); set_run(p.add_run(t[:2]), HEI, 16); set_run(p.add_run(t[2:]), FS, 16)
        else:
            body(doc, t)
    path = os.path.join(HERE, "blind54_yunnan_gonggao.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind54_yunnan_gonggao.pdf"))
    expected["blind54_yunnan_gonggao"] = [{
        "meta": {
            "title": B_T1 + B_T2 + B_T3,
            "doc_number": B_NO,
            "issuer": "国家税务总局云南省税务局",
            "date": "2024-03-20",
            "level": "provincial",
            "region": "云南省",
            "effective": "2024-04-01",
            "expires": "2029-03-31",
            "repeals": ["国家税务总局云南省税务局公告2019年第6号"],
            "attachments": [B_ATT],
        },
        "clauses": [B_PRE] + B_ARTS + B_QA,
        "_note": (
            "LEVEL judgement: provincial. 国家税务总局云南省税务局 is the provincial branch of a ministerial-level administration (vertical management); its 公告 is a 税务规范性文件 "
            "that applies only in 云南省. national = high; ministerial = medium (a search for 总局 documents would wrongly return it). "
            "issuer must be the full 国家税务总局云南省税务局; '国家税务总局' alone = high (wrong organ). "
            "doc_number is the 公告 number printed under the title, 国家税务总局云南省税务局公告2024年第3号 (no 〔〕 brackets in this style); the repealed …公告2019年第6号 as doc_number = high. "
            "No 版头; the title is two lines and must be joined; the 公告 number line must not be glued to the title. "
            "Expiry: 有效期5年 from 2024-04-01 → 2029-03-31 (2029-04-01 tolerable, low). 第六条 '保存期限为10年' is NOT the document's expiry. "
            "第五条 (一)–(三) expected as separate clauses; merged into 第五条 is tolerable (low). "
            "Furniture: footer '— 1 —', '特此公告。' (clause tolerable), the '附件：…' reference line, signature and date, the '附件' label and the 问答 title. "
            "The 问答 is the 附件 of the same 公告: expected as its clauses after 第八条; a separate document for it is tolerable (low) if its meta does not overwrite the 公告's. "
            "Each 问：/答： paragraph is a clause; the paragraph beginning '同时，' continues the third 答 (joining it to that 答 is tolerable). "
            "Pairing a 问 with its 答 in one clause is tolerable (low). 老挝/缅甸/越南/泰国 are countries the service concerns, not where the 公告 applies (applies_to should be 云南省)."
        ),
    }]


# ==================================================================== (c) 青白江铁路港片区管委会 规范性文件 + 解读
C_REG = "登记号：SCCR-2024-0120005"
C_HEAD1 = "中国（四川）自由贸易试验区"
C_HEAD2 = "成都青白江铁路港片区管理委员会文件"
C_NO = "川自贸青管规〔2024〕2号"
C_ISSUER = "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"
C_T1 = "成都青白江铁路港片区管理委员会关于支持"
C_T2 = "中欧班列（成渝）拓展共建“一带一路”"
C_T3 = "国际市场的若干措施"
C_PRE = "为深入落实《中国（四川）自由贸易试验区总体方案》，发挥成都国际铁路港经济技术开发区和中欧班列（成渝）集结中心优势，推动中欧班列（成渝）高质量拓展共建“一带一路”国际市场，结合片区实际，制定以下措施。"
C_BODY = [
    ("h", "一、拓展班列线路网络"),
    ("p", "（一）支持开行新线路。对新开行至共建“一带一路”国家的中欧班列（成渝）线路，且年度开行不少于12列的，给予运营平台企业每列5万元奖励，单条线路年度奖励最高不超过100万元。"),
    ("p", "（二）支持回程班列。对组织进口货源、年度回程班列开行量同比增长20%以上的平台企业，按照增量部分每列2万元给予奖励。"),
    ("h", "二、培育班列贸易主体"),
    ("p", "（三）支持贸易企业落户。对新落户片区、年度通过中欧班列（成渝）进出口额超过1亿元的贸易企业，给予一次性落户奖励50万元。"),
    ("p", "（四）支持“班列+”产业发展。对依托班列开展整车进口、跨境电商、冷链物流等业务的企业，按照其年度物流费用的10%给予补贴，最高不超过200万元。"),
    ("h", "三、提升通道服务能力"),
    ("p", "（五）支持海外仓建设。对在共建“一带一路”国家新建或者租用海外仓、面积不低于2000平方米的企业，按照实际投入的30%给予补助，最高不超过300万元。"),
    ("p", "（六）推进铁路运输单证金融服务。鼓励金融机构开展铁路提单、铁路运单融资业务，对年度融资额超过5000万元的金融机构给予20万元奖励。"),
    ("h", "四、附则"),
    ("p", "（七）同一企业同一事项符合片区其他扶持政策的，按照就高不重复原则执行。"),
    ("p", "（八）本措施自2024年7月1日起施行，有效期至2026年12月31日。《成都青白江铁路港片区管理委员会关于支持中欧班列发展的若干措施》（川自贸青管规〔2022〕4号）同时废止。"),
    ("p", "（九）本措施由片区管委会经济发展局负责解释。"),
]
C_JD_T = "《关于支持中欧班列（成渝）拓展共建“一带一路”国际市场的若干措施》政策解读"
C_JD = [
    ("h", "一、制定背景"),
    ("p", "中欧班列（成渝）是共建“一带一路”的重要载体。为巩固成都国际铁路港枢纽地位，片区管委会在深入调研班列运营平台和片区企业的基础上，制定了《关于支持中欧班列（成渝）拓展共建“一带一路”国际市场的若干措施》（川自贸青管规〔2024〕2号，以下简称《若干措施》）。"),
    ("h", "二、主要内容"),
    ("p", "《若干措施》共4个部分9条，从拓展班列线路网络、培育班列贸易主体、提升通道服务能力三个方面提出6条支持措施，并对政策衔接、施行时间和解释权限作出规定。"),
    ("h", "三、适用对象"),
    ("p", "在中国（四川）自由贸易试验区成都青白江铁路港片区内注册登记、具有独立法人资格的班列运营平台企业、贸易企业、物流企业和金融机构。"),
    ("h", "四、施行时间"),
    ("p", "《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。原《关于支持中欧班列发展的若干措施》（川自贸青管规〔2022〕4号）同时废止。"),
]
C_JD_ORG = "解读机关：成都青白江铁路港片区管理委员会经济发展局"
C_JD_TEL = "联系电话：028-83618720"


def make_c():
    doc = Document(); gw_page(doc)
    para(doc, C_REG, HEI, 14, align="l", indent=False, after=6)
    p = para(doc, "", XBS, 24, align="c", indent=False, before=6, after=12, exact=38)
    set_run(p.add_run(C_HEAD1), XBS, 24, color=RED)
    r = p.add_run(); r.add_break()
    set_run(p.add_run(C_HEAD2), XBS, 24, color=RED)
    p = para(doc, C_NO, FS, 16, align="c", indent=False, after=12); rule_below(p)
    para(doc, C_T1, XBS, 22, align="c", indent=False, before=18, exact=33)
    para(doc, C_T2, XBS, 22, align="c", indent=False, exact=33)
    para(doc, C_T3, XBS, 22, align="c", indent=False, after=18, exact=33)
    body(doc, C_PRE)
    for k, t in C_BODY:
        (head1 if k == "h" else body)(doc, t)
    signature(doc, ["中国（四川）自由贸易试验区", "成都青白江铁路港片区管理委员会"], "2024年6月12日", right_cm=1.0)
    para(doc, "（此件公开发布）", FS, 16, align="j", indent=True)
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, "抄送：省自贸试验区工作办公室，成都市商务局，青白江区政府。", FS, 14, align=None, indent=False); rule_above(p)
    p = para(doc, "青白江铁路港片区管委会党政办公室" + FW * 3 + "2024年6月12日印发", FS, 14, align=None, indent=False)
    rule_above(p); rule_below(p, 6, "000000")
    page_break(doc)
    para(doc, C_JD_T, XBS, 20, align="c", indent=False, before=12, after=18, exact=32)
    for k, t in C_JD:
        (head1 if k == "h" else body)(doc, t)
    para(doc, "", indent=False)
    body(doc, C_JD_ORG)
    body(doc, C_JD_TEL)
    path = os.path.join(HERE, "blind54_qingbaijiang_cuoshi.docx"); doc.save(path)
    expected["blind54_qingbaijiang_cuoshi"] = [
        {
            "meta": {
                "title": C_T1 + C_T2 + C_T3,
                "doc_number": C_NO,
                "registration_number": "SCCR-2024-0120005",
                "issuer": C_ISSUER,
                "date": "2024-06-12",
                "level": "county",
                "region": "四川省成都市青白江区",
                "effective": "2024-07-01",
                "expires": "2026-12-31",
                "repeals": ["川自贸青管规〔2022〕4号"],
            },
            "clauses": [C_PRE] + [t for k, t in C_BODY if k == "p"],
            "_note": (
                "片区管委会 规范性文件. Level: county (the 青白江铁路港片区 is administered at 青白江区 level; the 管委会 is a 派出机构, not the provincial 自贸办) — 'other' tolerable (low), "
                "municipal = medium, provincial = high (the '中国（四川）自由贸易试验区' prefix does not make it provincial). Region 青白江区 / 成都青白江铁路港片区 (成都市 alone = medium; 四川省 alone = high). "
                "doc_number 川自贸青管规〔2024〕2号; the 登记号 SCCR-2024-0120005 is a registration number, NOT the doc_number (as doc_number = high), and not a clause or title. "
                "The 版头 is one paragraph with a manual line break '中国（四川）自由贸易试验区' / '成都青白江铁路港片区管理委员会文件': furniture, never the title; the issuer is the 管委会 "
                "(short form 成都青白江铁路港片区管理委员会 tolerable, low). Title = the two title lines joined. "
                "一、–四、 are bare 黑体 headings: not clauses (as clauses: low; glued to the first item: medium). （一）–（九） run through the sections: each one clause. "
                "Furniture: the signature (two right-aligned lines 中国（四川）自由贸易试验区 / 成都青白江铁路港片区管理委员会), date, （此件公开发布）, 抄送, 印发 line, footer. The 政策解读 after the page break is a separate document (next entry); its paragraphs must not be clauses of the 措施 (high), "
                "and the 川自贸青管规〔2022〕4号 it quotes must not become any doc_number."
            ),
        },
        {
            "meta": {
                "title": C_JD_T,
                "doc_number": None,
                "issuer": "成都青白江铁路港片区管理委员会经济发展局",
                "date": None,
                "level": "county",
                "region": "四川省成都市青白江区",
            },
            "clauses": [t for k, t in C_JD if k == "p"],
            "_note": (
                "The 解读 has its own title, no 文号 and no date (inheriting 2024-06-12 or 川自贸青管规〔2024〕2号 from the 措施 is tolerable, low — it is about that file; "
                "川自贸青管规〔2022〕4号 as its doc_number = high). 解读机关 gives the issuer (the 管委会 itself tolerable, low). 一、–四、 headings are not clauses (low if they are). "
                "The 解读机关 and 联系电话 lines are furniture (as clauses: low). Effective/expires may be empty or copied from the 措施 (the 解读 restates them). "
                "Dropping the 解读 entirely = high (text lost); merging it into the 措施 = high."
            ),
        },
    ]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("done")
