# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-fourth round of blind office files and expected.json.

Theme: drafts and working papers as offices circulate them.

  (a) blind44_qinzhou_zhengqiu.docx/.pdf — 钦州港片区 促进办法（征求意见稿）:
      three-line title whose last line is （征求意见稿）, a large rotated light-grey
      "征求意见稿" text box anchored in the header (so on every page), footer
      "第 N 页 共 M 页" (PAGE / NUMPAGES fields), 第一章–第五章 and 第一条–第十四条
      with 款 and 项; after a page break the 起草说明 (《…（征求意见稿）》起草说明,
      一、起草背景 二、起草过程 三、主要内容), signed by the 管委会.
  (b) blind44_nanning_baogao.docx/.pdf — 南宁市商务局 报告 (南商务报〔2024〕37号) to
      市人民政府, three real Word footnotes (footnotes part), a 单位：亿元 table,
      一、（一）1.（1） levels, 特此报告, signature + contact line, then 附表 on a new
      page: a 33-row table whose header row (w:tblHeader) repeats after the page break.
  (c) blind44_guangxi_peixun.docx/.pdf — 广西壮族自治区商务厅 培训班通知
      (桂商自贸函〔2024〕58号) with 附件1 报名表 (blank 6-column form) and, as the
      last page, 附件2 回执 (label/value form 单位名称 / 联系人 / 电话 / 参会人员).
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def set_run(run, font=FS, size=16, bold=False, color=None, sup=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if sup: run.font.superscript = True
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=28, bold=False):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold)
    return p


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, font=SONG, size=10.5):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def a4_gongwen(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.header_distance = Cm(1.5); s.footer_distance = Cm(2.0)
    return s


def footer_dash(section, size=14):
    fp = section.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, size); add_field(fp, "PAGE", SONG, size); set_run(fp.add_run(" —"), SONG, size)


def signature(where, lines, size=16, right_cm=1.2):
    for t in lines:
        p = para(where, t, FS, size, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def set_cell(cell, text, font=SONG, size=10.5, align="c", bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if AL[align] is not None: p.alignment = AL[align]
    p.paragraph_format.line_spacing = Pt(size * 1.35)
    if text: set_run(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trpr.append(h)


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(cm * 567))); h.set(qn("w:hRule"), "atLeast"); trpr.append(h)


def table(doc, head, rows, widths, size=10.5, header_repeat=False, aligns=None, min_h=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(head)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate([head] + rows):
        for c, v in enumerate(row):
            cell = t.cell(r, c); cell.width = widths[c]
            al = "c" if (r == 0 or aligns is None) else aligns[c]
            set_cell(cell, v, HEI if r == 0 else SONG, size, al)
        if min_h: row_height(t.rows[r], min_h)
        if r > 0: cant_split(t.rows[r])
    if header_repeat: repeat_header(t.rows[0])
    return t


def to_pdf(docx_path, out_dir):
    prof = tempfile.mkdtemp(prefix="lo44p_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def build(doc, name):
    dx = os.path.join(HERE, name + ".docx"); doc.save(dx)
    to_pdf(dx, HERE)


# ---------------------------------------------------------------- watermark
WM_XML = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <w:drawing>
  <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">
   <wp:simplePos x="0" y="0"/>
   <wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>
   <wp:positionV relativeFrom="page"><wp:align>center</wp:align></wp:positionV>
   <wp:extent cx="5760000" cy="1620000"/>
   <wp:effectExtent l="0" t="0" r="0" b="0"/>
   <wp:wrapNone/>
   <wp:docPr id="%(id)d" name="PowerPlusWaterMarkObject%(id)d"/>
   <wp:cNvGraphicFramePr/>
   <a:graphic>
    <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
     <wps:wsp>
      <wps:cNvSpPr txBox="1"/>
      <wps:spPr>
       <a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="5760000" cy="1620000"/></a:xfrm>
       <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
       <a:noFill/>
       <a:ln><a:noFill/></a:ln>
      </wps:spPr>
      <wps:txbx>
       <w:txbxContent>
        <w:p>
         <w:pPr><w:jc w:val="center"/></w:pPr>
         <w:r>
          <w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:color w:val="D9D9D9"/><w:sz w:val="144"/><w:szCs w:val="144"/></w:rPr>
          <w:t>征求意见稿</w:t>
         </w:r>
        </w:p>
       </w:txbxContent>
      </wps:txbx>
      <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr>
     </wps:wsp>
    </a:graphicData>
   </a:graphic>
  </wp:anchor>
 </w:drawing>
</w:r>
"""


def watermark_header(section):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp._p.append(parse_xml(WM_XML % {"id": 901}))


# ---------------------------------------------------------------- footnotes
FN_HEAD = ('<w:footnotes xmlns:w="%s">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>') % W_NS
FN_ONE = ('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
          '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>')


def add_footnotes(doc, notes):
    xml = FN_HEAD + "".join(FN_ONE % (i + 1, t) for i, t in enumerate(notes)) + "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def fn_ref(p, n, size=16):
    r = p.add_run(); set_run(r, FS, size)
    r.font.superscript = True
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(n)); r._element.append(ref)


def para_fn(where, parts, size=16):
    """parts: str pieces and int footnote ids."""
    p = para(where, "", FS, size)
    for x in parts:
        if isinstance(x, int): fn_ref(p, x, size)
        else: set_run(p.add_run(x), FS, size)
    return p


def strip_fn(parts):
    return "".join(x for x in parts if isinstance(x, str))


expected = {}

# ==================================================================== (a) 征求意见稿
A_T1 = "中国（广西）自由贸易试验区钦州港片区"
A_T2 = "西部陆海新通道物流枢纽建设促进办法"
A_T3 = "（征求意见稿）"
A_TITLE = A_T1 + A_T2 + A_T3
A_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "第一条", ["为了加快推进西部陆海新通道物流枢纽建设，提升中国（广西）自由贸易试验区钦州港片区（以下简称片区）服务共建“一带一路”的能力，根据《中国（广西）自由贸易试验区总体方案》和有关规定，结合片区实际，制定本办法。"]),
    ("art", "第二条", ["本办法适用于在片区内从事港口航运、海铁联运、国际中转、冷链物流和供应链服务的企业及相关机构。"]),
    ("art", "第三条", ["片区管理委员会（以下简称管委会）负责统筹推进物流枢纽建设，组织实施本办法。",
                      "管委会经济发展部门负责政策兑现的受理、审核和资金拨付；海关、海事、边检等单位按照各自职责做好通关便利化工作。"]),
    ("ch", "第二章　通道建设"),
    ("art", "第四条", ["管委会应当会同有关部门加快推进下列设施建设：",
                      "（一）钦州港东航道扩建和30万吨级油码头配套工程；",
                      "（二）钦州铁路集装箱中心站扩能和港区铁路专用线；",
                      "（三）自动化集装箱码头和智慧港口信息平台。"]),
    ("art", "第五条", ["鼓励航运企业开通至东盟国家主要港口的直航航线，加密至新加坡、巴生、胡志明、林查班等港口的班轮航班，构建覆盖东盟、辐射全球的航线网络。"]),
    ("art", "第六条", ["支持重庆、四川、贵州、甘肃等沿线省（区、市）企业在片区设立区域分拨中心，推动海铁联运班列“一单制”全程物流服务。"]),
    ("ch", "第三章　支持措施"),
    ("art", "第七条", ["对新开通并连续运营满6个月的东盟直航航线，每条航线按照每航次2万元给予补助，每条航线每年补助不超过100万元。"]),
    ("art", "第八条", ["对经片区开行的海铁联运班列，按照每标准箱300元给予运营企业补助；回程班列每标准箱补助标准提高至400元。",
                      "同一企业年度补助总额不超过500万元。"]),
    ("art", "第九条", ["对在片区新设立的国际中转集拼、冷链物流企业，自设立之年起3年内，按照其对片区经济发展贡献的50%给予奖励。"]),
    ("art", "第十条", ["对建设冷库、保税仓等物流设施的项目，按照设备投资额的10%给予最高300万元补助。"]),
    ("ch", "第四章　服务保障"),
    ("art", "第十一条", ["管委会应当建立物流枢纽重点项目“一事一议”机制，对投资额10亿元以上的项目实行专人跟踪服务。"]),
    ("art", "第十二条", ["企业以虚报、冒领等手段骗取补助资金的，由管委会追回已拨付资金，五年内不再受理其申请；涉嫌犯罪的，依法移送司法机关处理。"]),
    ("ch", "第五章　附　　则"),
    ("art", "第十三条", ["本办法由管委会负责解释。"]),
    ("art", "第十四条", ["本办法自　　年　　月　　日起施行，有效期5年。"]),
]
A_SM_T1 = "《中国（广西）自由贸易试验区钦州港片区"
A_SM_T2 = "西部陆海新通道物流枢纽建设促进办法"
A_SM_T3 = "（征求意见稿）》起草说明"
A_SM_TITLE = A_SM_T1 + A_SM_T2 + A_SM_T3
A_SM = [
    ("h", "一、起草背景"),
    "西部陆海新通道是国家重大战略通道。2023年，钦州港完成集装箱吞吐量802万标准箱，海铁联运班列开行9580列，但仍存在航线密度不高、回程货源不足、物流成本偏高等问题。为落实自治区关于加快建设西部陆海新通道的部署，管委会研究起草了《中国（广西）自由贸易试验区钦州港片区西部陆海新通道物流枢纽建设促进办法（征求意见稿）》（以下简称《办法》）。",
    ("h", "二、起草过程"),
    "2024年5月以来，管委会组织开展专题调研，赴北部湾港集团、中铁集装箱钦州分公司等15家单位座谈，梳理企业诉求42条；参考了重庆、成都、青岛等地的支持政策，形成《办法》初稿。7月，书面征求片区各部门和钦州市有关单位意见，共收到意见建议23条，采纳18条。",
    ("h", "三、主要内容"),
    "《办法》共5章14条，主要内容如下：",
    "（一）明确适用范围和职责分工。第一条至第三条规定了立法目的、适用范围以及管委会和各部门的职责。",
    "（二）突出通道设施建设。第四条至第六条提出码头、铁路中心站和航线网络等重点建设任务。",
    "（三）加大政策支持力度。第七条至第十条对航线、海铁联运班列、国际中转集拼和物流设施明确了支持标准。",
    "第八条规定的回程班列补助标准高于去程，主要考虑回程货源不足的实际，引导企业组织回程货源。",
    "（四）强化服务保障。第十一条、第十二条建立重点项目跟踪服务机制，并明确骗取补助资金的处理措施。",
]
A_SM_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"; A_SM_DATE = "2024年9月12日"


def make_a():
    doc = Document(); east_asian_normal(doc)
    s = a4_gongwen(doc)
    watermark_header(s)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("第 "), SONG, 10.5); add_field(fp, "PAGE"); set_run(fp.add_run(" 页 共 "), SONG, 10.5); add_field(fp, "NUMPAGES"); set_run(fp.add_run(" 页"), SONG, 10.5)
    para(doc, A_T1, XBS, 22, align="c", indent=False, exact=34)
    para(doc, A_T2, XBS, 22, align="c", indent=False, exact=34)
    para(doc, A_T3, KAI, 16, align="c", indent=False, exact=30, after=12)
    for it in A_BODY:
        if it[0] == "ch":
            para(doc, it[1], HEI, 16, align="c", indent=False, before=6, after=6)
        else:
            _, lab, kuan = it
            p = para(doc, "")
            set_run(p.add_run(lab), HEI, 16); set_run(p.add_run(FW + kuan[0]), FS, 16)
            for k in kuan[1:]: para(doc, k)
    page_break(doc)
    para(doc, A_SM_T1, XBS, 20, align="c", indent=False, exact=32)
    para(doc, A_SM_T2, XBS, 20, align="c", indent=False, exact=32)
    para(doc, A_SM_T3, XBS, 20, align="c", indent=False, exact=32, after=12)
    for t in A_SM:
        if isinstance(t, tuple): para(doc, t[1], HEI, 16)
        else: para(doc, t)
    para(doc, "")
    signature(doc, [A_SM_ORG, A_SM_DATE])
    build(doc, "blind44_qinzhou_zhengqiu")


def art_clauses(body):
    out = []
    for it in body:
        if it[0] != "art": continue
        _, lab, kuan = it
        out.append(lab + FW + kuan[0]); out.extend(kuan[1:])
    return out


_a_note = ("Draft for comment (征求意见稿), two documents in one file. (1) the draft: title printed on three centred lines, the third '（征求意见稿）' in 楷体; "
           "joined title = '%s' — keeping （征求意见稿） in the title or carrying it as a draft/status note are both fine; losing it entirely is medium. "
           "No 文号, no issuer line, no signature, no date: 第十四条 has a blank 施行 date '自　　年　　月　　日起施行' which is NOT a date (inheriting the 起草说明's 2024-09-12 or issuer is tolerable). "
           "Watermark: a rotated light-grey text box '征求意见稿' anchored in the header, on every page — must not become a clause, must not be glued into any clause or title. "
           "Footer '第 N 页 共 M 页' is furniture. Chapter headings 第一章…第五章 (spaced '总　　则') are headings, not clauses. "
           "Each 款/项 its own string; first 款 carries the article label; 第四条's （一）（二）（三） are 项 of 第四条." % A_TITLE)
_a2_note = ("(2) the 起草说明, after a page break: a separate document titled '%s' (three lines joined). Signed by %s, %s. "
            "Headings 一、起草背景 / 二、起草过程 / 三、主要内容 are headings (their own strings or attached to the next paragraph are both fine). "
            "TRAP: the paragraph starting '第八条规定的回程班列补助标准…' is explanation text, not an article; it must not become 第八条 or move into the draft. "
            "It must not be merged into the draft's 第十四条 either." % (A_SM_TITLE, A_SM_ORG, A_SM_DATE))
expected["blind44_qinzhou_zhengqiu"] = [
    {"meta": {"title": A_TITLE, "doc_number": "", "issuer": "", "date": "", "status": "征求意见稿"},
     "clauses": art_clauses(A_BODY), "_note": _a_note},
    {"meta": {"title": A_SM_TITLE, "doc_number": "", "issuer": A_SM_ORG, "date": "2024-09-12"},
     "clauses": [t for t in A_SM if not isinstance(t, tuple)], "_note": _a2_note},
]

# ==================================================================== (b) 报告 with footnotes
B_NO = "南商务报〔2024〕37号"
B_T1 = "南宁市商务局关于2024年上半年中国"
B_T2 = "（广西）自由贸易试验区南宁片区建设"
B_T3 = "推进情况的报告"
B_TITLE = B_T1 + B_T2 + B_T3
B_ADDR = "市人民政府："
B_NOTES = [
    "地区生产总值为南宁片区统计口径初步核算数，下同。",
    "其中在全国复制推广4项，在自治区复制推广19项。",
    "中国—东盟跨境数据服务中心由南宁片区管委会与中国电信广西分公司共建，2024年3月投入试运行。",
]
B_TBL_CAP = "表1　南宁片区2024年上半年主要经济指标"
B_TBL_UNIT = "单位：亿元"
B_TBL_HEAD = ["指标", "2024年上半年", "2023年上半年", "同比增长（%）"]
B_TBL_ROWS = [
    ["地区生产总值", "218.6", "204.7", "6.8"],
    ["外贸进出口总额", "356.2", "318.9", "11.7"],
    ["其中：对东盟进出口", "162.4", "139.5", "16.4"],
    ["固定资产投资", "97.3", "91.8", "6.0"],
    ["跨境人民币结算量", "412.5", "350.1", "17.8"],
]
# body: ("h", text) headings; ("p", parts) paragraphs (parts may include footnote ids)
B_BODY = [
    ("p", ["按照市人民政府工作部署，现将2024年上半年中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）建设推进情况报告如下。"]),
    ("h", "一、总体情况"),
    ("p", ["上半年，南宁片区实现地区生产总值218.6亿元", 1, "，同比增长6.8%；外贸进出口总额356.2亿元，同比增长11.7%，其中对东盟进出口162.4亿元，占比45.6%。主要指标见表1。"]),
    ("table",),
    ("h", "二、主要工作进展"),
    ("p", ["（一）制度创新取得新突破。上半年新形成制度创新成果12项，累计达到86项", 2, "，“跨境金融服务平台+东盟”等3项案例入选全国自贸试验区最佳实践案例。"]),
    ("p", ["1．跨境金融创新。推动中国—东盟金融城新增入驻金融机构26家，累计达到355家；开展跨境人民币结算便利化试点，上半年试点企业结算量同比增长32.5%。"]),
    ("p", ["2．贸易便利化改革。主要做法包括："]),
    ("p", ["（1）推行“两段准入”“提前申报”等通关模式，进口整体通关时间压缩至31.2小时；"]),
    ("p", ["（2）建成国际贸易“单一窗口”东盟专区，实现与越南、老挝等国海关数据互换。"]),
    ("p", ["（二）中国—东盟开放合作平台加快建设。中国—东盟跨境数据服务中心投入试运行", 3, "，上半年为区内企业提供跨境数据合规咨询服务156次；中国—东盟商品交易所新增东盟会员企业41家。"]),
    ("p", ["（三）重点项目加快推进。纳入调度的33个重点项目完成投资54.7亿元，完成年度计划的52.3%，具体见附表。"]),
    ("h", "三、存在的问题"),
    ("p", ["一是外贸增长主要依靠少数大企业，前10家企业进出口额占比超过60%；二是高端物流、专业服务等领域人才短缺；三是部分项目受用地指标制约，开工进度滞后。"]),
    ("h", "四、下半年工作打算"),
    ("p", ["（一）深化制度创新。围绕数字贸易、跨境金融等领域，力争全年新形成制度创新成果25项以上。"]),
    ("p", ["（二）扩大对东盟开放合作。办好第21届中国—东盟博览会南宁片区专场推介活动，力争签约项目30个以上。"]),
    ("p", ["（三）强化项目要素保障。建立重点项目用地、用能清单化调度机制，确保全年完成投资110亿元。"]),
    ("p", ["特此报告。"]),
]
B_ATT = "附表：南宁片区2024年上半年重点项目推进情况表"
B_ORG = "南宁市商务局"; B_DATE = "2024年7月12日"
B_CONTACT = "（联系人：黄伟，联系电话：0771-5512368）"
B_AX_TITLE = "南宁片区2024年上半年重点项目推进情况表"
B_AX_HEAD = ["序号", "项目名称", "建设单位", "总投资（亿元）", "上半年完成投资（亿元）", "进展情况"]
_proj = [
    ("中国—东盟金融城三期", "南宁五象新区建设投资集团", "48.0", "6.2", "主体结构施工"),
    ("中国—东盟跨境数据服务中心", "南宁片区管委会", "12.5", "3.1", "已投入试运行"),
    ("南宁国际铁路港二期", "南宁国际铁路港公司", "36.8", "4.5", "站场土建施工"),
    ("东盟跨境电商产业园", "广西数字东盟公司", "9.6", "1.8", "厂房装修"),
    ("中国—东盟商品交易所扩容", "广西北部湾投资集团", "7.2", "1.2", "系统升级"),
    ("五象新区总部基地二期", "五象新区开发公司", "25.0", "3.6", "主体封顶"),
    ("南宁临空经济示范区冷链中心", "南宁空港发展公司", "8.4", "1.5", "设备安装"),
    ("东盟国际口腔医疗器械产业园", "广西医药工业集团", "15.3", "2.0", "桩基施工"),
    ("中国—东盟新能源汽车零部件基地", "广西汽车集团", "30.0", "4.2", "一期投产"),
    ("跨境人民币结算服务中心", "广西北部湾银行", "3.5", "0.9", "已完工"),
    ("南宁片区人才公寓", "南宁城市建设投资集团", "11.2", "1.7", "主体施工"),
    ("东盟特色食品加工园", "广西农垦集团", "6.8", "1.1", "设备调试"),
    ("五象湖东盟会展配套区", "南宁威宁投资集团", "18.6", "2.3", "基础施工"),
    ("中国—东盟技术转移中心新址", "广西科技厅直属单位", "4.2", "0.8", "装修施工"),
    ("南宁片区综合保税物流中心", "南宁综合保税区公司", "9.9", "1.4", "仓库建设"),
    ("东盟商务区地下综合管廊", "南宁五象新区建设投资集团", "14.7", "2.0", "管廊施工"),
    ("中国—东盟数字经济产业园二期", "中国电信广西分公司", "10.4", "1.6", "机房建设"),
    ("南宁国际空港物流园", "广西机场管理集团", "22.0", "2.9", "土建施工"),
    ("东盟跨境生鲜供应链中心", "广西供销集团", "5.6", "0.9", "设备采购"),
    ("五象新区智慧交通项目", "南宁轨道交通集团", "7.8", "1.0", "系统联调"),
    ("中国—东盟法律服务中心", "广西律师协会", "1.8", "0.4", "已完工"),
    ("南宁片区企业服务中心", "南宁片区管委会", "2.6", "0.5", "装修施工"),
    ("东盟进口商品集散中心", "广西物资集团", "13.5", "1.9", "主体施工"),
    ("中国—东盟跨境电商物流枢纽", "南宁国际铁路港公司", "16.2", "2.1", "站台施工"),
    ("五象新区污水处理厂扩建", "南宁建宁水务集团", "4.9", "0.8", "设备安装"),
    ("东盟国际会展酒店", "南宁威宁投资集团", "8.8", "1.2", "装饰施工"),
    ("中国—东盟人工智能创新中心", "广西数字东盟公司", "6.3", "1.0", "平台搭建"),
    ("南宁片区跨境金融大厦", "广西金融投资集团", "19.5", "2.4", "主体施工"),
    ("东盟跨境医疗服务中心", "广西医科大学附属医院", "9.1", "1.3", "前期工作"),
    ("中国—东盟青年创业园", "共青团广西区委直属单位", "2.2", "0.4", "已投运"),
    ("五象新区能源站", "广西能源集团", "5.4", "0.7", "设备安装"),
    ("南宁片区海关监管作业场所", "南宁海关", "3.1", "0.6", "验收准备"),
    ("东盟大宗商品交易结算中心", "广西北部湾投资集团", "4.0", "0.6", "系统开发"),
]
B_AX_ROWS = [[str(i + 1)] + list(r) for i, r in enumerate(_proj)]


def make_b():
    doc = Document(); east_asian_normal(doc)
    s = a4_gongwen(doc); footer_dash(s)
    para(doc, B_NO, FS, 16, align="c", indent=False, after=16)
    para(doc, B_T1, XBS, 22, align="c", indent=False, exact=34)
    para(doc, B_T2, XBS, 22, align="c", indent=False, exact=34)
    para(doc, B_T3, XBS, 22, align="c", indent=False, exact=34, after=16)
    para(doc, B_ADDR, FS, 16, align=None, indent=False)
    for it in B_BODY:
        if it[0] == "h": para(doc, it[1], HEI, 16)
        elif it[0] == "table":
            para(doc, B_TBL_CAP, HEI, 14, align="c", indent=False, before=6)
            para(doc, B_TBL_UNIT, FS, 12, align="r", indent=False)
            table(doc, B_TBL_HEAD, B_TBL_ROWS, [Cm(5.0), Cm(3.4), Cm(3.4), Cm(3.4)], 12, aligns=["l", "c", "c", "c"])
            para(doc, "", exact=10)
        else:
            para_fn(doc, it[1])
    para(doc, B_ATT, FS, 16, before=14)
    para(doc, "", exact=20)
    signature(doc, [B_ORG, B_DATE], right_cm=2.0)
    para(doc, B_CONTACT, FS, 16, indent=True)
    add_footnotes(doc, B_NOTES)
    page_break(doc)
    para(doc, "附表", HEI, 16, align=None, indent=False)
    para(doc, B_AX_TITLE, XBS, 18, align="c", indent=False, after=8)
    table(doc, B_AX_HEAD, B_AX_ROWS, [Cm(1.2), Cm(5.4), Cm(4.2), Cm(1.8), Cm(2.2), Cm(2.2)], 10.5, header_repeat=True,
          aligns=["c", "l", "l", "c", "c", "c"], min_h=0.9)
    build(doc, "blind44_nanning_baogao")


def row_clause(head, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(head, row) if v)


_b_note = ("Report (报告) to 市人民政府; 文号 '%s' centred above a three-line title (joined). 主送 '市人民政府：' is an addressee. "
           "Three REAL Word footnotes (footnotes part): reference marks 1/2/3 are superscripts right after '218.6亿元', '86项' and '投入试运行'. Clauses are given WITHOUT the marks; "
           "a mark kept inline is low, but the mark must not be read as part of the number (e.g. '218.6亿元1' or '86项2' changing a figure is medium). "
           "The footnote texts (listed under 'footnotes') must not be lost (they may be notes, or clauses at the end) and must NOT be spliced into a body clause mid-sentence (high). "
           "一、二、三、四、 headings are headings. （一）/1．/（1） paragraphs are each one clause; '2．贸易便利化改革。主要做法包括：' is a lead-in clause for its （1）（2）. "
           "Table 1: caption '表1　…' and '单位：亿元' are captions (not clauses; unit may be attached to rows); each data row is one clause, given here as 'header：value；…'. "
           "'特此报告。' is a closing formula (clause or dropped both fine). '附表：…' line is an attachment list. Signature, date 2024-07-12, contact line, footer '— N —' are not clauses. "
           "附表 on a new page: label '附表', its title, and a 33-row table whose header row repeats on the next page (w:tblHeader): 33 row clauses, header not repeated as a row, no row lost/duplicated at the page break. "
           "Treating the 附表 as a second document or a part of this one are both fine." % B_NO)
expected["blind44_nanning_baogao"] = [
    {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-07-12"},
     "clauses": ([strip_fn(B_BODY[0][1]), strip_fn(B_BODY[2][1])] + [row_clause(B_TBL_HEAD, r) for r in B_TBL_ROWS]
                 + [strip_fn(it[1]) for it in B_BODY[5:] if it[0] == "p"]
                 + [row_clause(B_AX_HEAD, r) for r in B_AX_ROWS]),
     "footnotes": B_NOTES, "_note": _b_note},
]

# ==================================================================== (c) 通知 + 报名表 + 回执
C_NO = "桂商自贸函〔2024〕58号"
C_T1 = "广西壮族自治区商务厅关于举办2024年"
C_T2 = "中国—东盟自由贸易区3.0版政策解读"
C_T3 = "培训班的通知"
C_TITLE = C_T1 + C_T2 + C_T3
C_ADDR = "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，有关企业："
C_BODY = [
    ("p", "为帮助各地和企业用好中国—东盟自由贸易区3.0版升级成果，更好服务共建“一带一路”，我厅定于2024年10月举办政策解读培训班。现将有关事项通知如下："),
    ("h", "一、培训时间和地点"),
    ("p", "2024年10月15日至16日（14日下午报到），地点在南宁市青秀区民族大道的广西商务培训中心。"),
    ("h", "二、培训内容"),
    ("p", "（一）中国—东盟自由贸易区3.0版升级议定书主要内容；"),
    ("p", "（二）数字经济、绿色经济等新领域规则解读；"),
    ("p", "（三）原产地规则与关税减让政策运用实务。"),
    ("h", "三、参训人员"),
    ("p", "各设区市商务局分管负责同志及业务科室人员1至2名，各片区管委会相关人员2名，重点外贸企业业务负责人1名。"),
    ("h", "四、有关要求"),
    ("p", "1．请各单位于2024年9月30日前将报名表和参会回执发送至电子邮箱gxswt_zmc@163.com。"),
    ("p", "2．培训期间食宿统一安排，费用由主办方承担，往返交通费自理。"),
]
C_CONTACT = "联系人：自贸处　韦丽娟，联系电话：0771-2618735。"
C_ATTS = ["附件：1．2024年中国—东盟自由贸易区3.0版政策解读培训班报名表", "2．参会回执"]
C_ORG = "广西壮族自治区商务厅"; C_DATE = "2024年9月10日"
C_RELEASE = "（此件公开发布）"
C_A1_TITLE = "2024年中国—东盟自由贸易区3.0版政策解读培训班报名表"
C_A1_HEAD = ["序号", "姓名", "性别", "单位及职务", "手机号码", "是否住宿"]
C_A1_NOTE = "注：此表可复制，请于2024年9月30日前报送。"
C_A2_TITLE = "参会回执"
C_A2_ROWS = [("单位名称", ""), ("联系人", ""), ("电话", ""), ("参会人员", "")]


def make_c():
    doc = Document(); east_asian_normal(doc)
    s = a4_gongwen(doc); footer_dash(s)
    para(doc, C_NO, FS, 16, align="r", indent=False, after=16)
    para(doc, C_T1, XBS, 22, align="c", indent=False, exact=34)
    para(doc, C_T2, XBS, 22, align="c", indent=False, exact=34)
    para(doc, C_T3, XBS, 22, align="c", indent=False, exact=34, after=16)
    para(doc, C_ADDR, FS, 16, align=None, indent=False)
    for k, t in C_BODY:
        para(doc, t, HEI if k == "h" else FS, 16)
    para(doc, C_CONTACT)
    para(doc, "", exact=16)
    para(doc, C_ATTS[0])
    p = para(doc, C_ATTS[1], indent=False); p.paragraph_format.left_indent = Pt(16 * 5)
    para(doc, "", exact=20)
    signature(doc, [C_ORG, C_DATE], right_cm=2.0)
    para(doc, C_RELEASE)
    # 附件1 报名表
    page_break(doc)
    para(doc, "附件1", HEI, 16, align=None, indent=False)
    para(doc, C_A1_TITLE, XBS, 18, align="c", indent=False, after=8, exact=30)
    p = para(doc, "填报单位（盖章）：" + FW * 12 + "填报日期：" + FW * 2 + "年" + FW + "月" + FW + "日", FS, 12, indent=False)
    table(doc, C_A1_HEAD, [[""] * 6 for _ in range(6)], [Cm(1.2), Cm(2.2), Cm(1.3), Cm(5.4), Cm(3.0), Cm(2.0)], 12, min_h=1.0)
    para(doc, C_A1_NOTE, FS, 12, indent=False, before=4)
    # 附件2 回执 (last page)
    page_break(doc)
    para(doc, "附件2", HEI, 16, align=None, indent=False)
    para(doc, C_A2_TITLE, XBS, 22, align="c", indent=False, after=12, exact=34)
    t = doc.add_table(rows=len(C_A2_ROWS), cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (lab, val) in enumerate(C_A2_ROWS):
        set_cell(t.cell(r, 0), lab, FS, 16); t.cell(r, 0).width = Cm(4.0)
        set_cell(t.cell(r, 1), val, FS, 16); t.cell(r, 1).width = Cm(11.0)
        row_height(t.rows[r], 3.2 if lab == "参会人员" else 1.6)
    build(doc, "blind44_guangxi_peixun")


_c_note = ("Training notice; 文号 right-aligned above a three-line title (joined). 主送 is an addressee. 一、–四、 headings followed by own paragraphs/items. "
           "Contact line, 附件 list (two lines, second indented), signature, date 2024-09-10 and （此件公开发布） are not clauses (contact kept as a clause is low). "
           "The '2024年9月30日' deadline and '10月15日' training dates are not the document date. Footer '— N —' is furniture.")
expected["blind44_guangxi_peixun"] = [
    {"meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG, "date": "2024-09-10"},
     "clauses": [t for k, t in C_BODY if k == "p"], "_note": _c_note},
    {"meta": {"title": C_A1_TITLE, "doc_number": "", "issuer": "", "date": ""},
     "clauses": [C_A1_NOTE],
     "_note": "附件1: a blank 报名表. '附件1' label, title. '填报单位（盖章）：…填报日期：　年　月　日' is a form line (not a date, not an issuer). "
              "Header row 序号|姓名|性别|单位及职务|手机号码|是否住宿 with six EMPTY rows: empty rows must not yield clauses; the header alone is at most one form clause. "
              "The 注 line is a note (clause or note both fine). May be a separate document or a part of the notice."},
    {"meta": {"title": C_A2_TITLE, "doc_number": "", "issuer": "", "date": ""},
     "clauses": [],
     "_note": "附件2 (last page): 参会回执, a label/value form 单位名称 / 联系人 / 电话 / 参会人员 with empty value cells. Must not be read as a header row "
              "('单位名称：联系人'), must not yield empty clauses; label-only clauses (e.g. '单位名称：') are tolerable (low). "
              "The 回执's '联系人/电话' labels must not be taken as the notice's contact or glued into the notice's last clause."},
]


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
