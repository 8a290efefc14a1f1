# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the sixty-second round of blind office files and expected.json.

Theme: agreements and memoranda that government offices sign with partners abroad or at home.

  (a) blind62_shaanxi_beiwanglu.docx / .pdf — 中华人民共和国陕西省商务厅 与 哈萨克斯坦共和国江布尔州政府
      合作备忘录 (signed 2024-05-20 in 西安): four-line title, '（中文文本）' under it, preamble defining
      甲方/乙方, 第一条–第八条 with the article heading on its own 黑体 line and the body below
      (第二条 has （一）–（五）, 第三条/第七条/第八条 have several 款), 生效 '自双方签字之日起生效，有效期五年'
      with automatic renewal, '（以下无正文）', then a 签字页 (own page) with a borderless two-column
      table: 甲方/乙方, 甲方代表/乙方代表 (签字), 姓名, 职务, 日期, 签署地点.  '— N —' footers.
  (b) blind62_qingbaijiang_kuangjia.docx — 中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会 与
      成都国际铁路班列有限公司 战略合作框架协议, 协议编号 top right, party block (甲方/地址/负责人,
      乙方/地址/法定代表人), preamble, 一、合作目标 (paragraph + 2024–2026 annual-target table + 注),
      二、合作内容 （一）–（五） run-in, 三、保障机制 （一）–（三）, 四、其他 1.–5. (生效: 签字并加盖公章之日,
      有效期三年), '（以下无正文）', two-column signature table with DIFFERENT dates (甲方 2024-06-12,
      乙方 2024-06-14).  Running header with a rule, '第 X 页 共 Y 页' footer.  docx only.
  (c) blind62_chuangui_xieyi.docx / .pdf — 四川省商务厅 广西壮族自治区商务厅 省际协议 on 西部陆海新通道:
      two issuers on one title line, preamble defining 双方, 一、–四、 headings, （一）–（四） under 二、 with
      （二） split into 1.–3., 四、附则 three unnumbered paragraphs (有效期至2027年12月31日; 签署 2024-08-26
      in 南宁), signature block laid out with TAB stops (no table).
Fictional content; real places and organs, fictional people.  Run again to rebuild.
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
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


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


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, bold=False):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold=bold)
    return p


def runin(doc, t, head_font=KAI, stop="。", size=16):
    """Run-in heading: words up to the first stop in head_font, the rest in 仿宋."""
    p = para(doc, "", size=size); i = t.index(stop) + 1
    set_run(p.add_run(t[:i]), head_font, size)
    if t[i:]: set_run(p.add_run(t[i:]), FS, size)
    return p


def field(p, instr, font=SONG, size=10.5):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def page_setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        set_run(fp.add_run("— "), SONG, 14); field(fp, "PAGE", SONG, 14); set_run(fp.add_run(" —"), SONG, 14)
    else:
        set_run(fp.add_run("第 "), SONG, 10.5); field(fp, "PAGE"); set_run(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES"); set_run(fp.add_run(" 页"), SONG, 10.5)
    return s


def rule_below(p, sz=6, color="000000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))


def set_cell(cell, text, font=FS, size=12, align="c", spacing=None):
    for p in list(cell.paragraphs)[1:]: p._p.getparent().remove(p._p)
    p = cell.paragraphs[0]
    for r in list(p.runs): r._r.getparent().remove(r._r)
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k: p = cell.add_paragraph()
        p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(spacing or size * 1.45)
        if part: set_run(p.add_run(part), font, size)


def grid_table(doc, head, rows, widths, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head): set_cell(t.rows[0].cells[i], h, HEI, size)
    for r, vals in enumerate(rows, 1):
        for i, v in enumerate(vals): set_cell(t.rows[r].cells[i], v, FS, size)
    set_widths(t, widths)
    return t


def sign_table(doc, rows, widths=(7.8, 7.8), size=16, spacing=30):
    """Borderless two-column signature block."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (l, rr) in enumerate(rows):
        set_cell(t.rows[r].cells[0], l, FS, size, "l", spacing)
        set_cell(t.rows[r].cells[1], rr, FS, size, "l", spacing)
    no_borders(t); set_widths(t, list(widths))
    return t


def rows_as_clauses(head, rows):
    return ["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in rows]


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo62p_"); tmp = tempfile.mkdtemp(prefix="lo62o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


# ==================================================================== (a) 陕西—江布尔 合作备忘录
A_T = ["中华人民共和国陕西省商务厅", "与哈萨克斯坦共和国江布尔州政府", "关于深化共建“一带一路”经贸合作的", "合作备忘录"]
A_TITLE = "".join(A_T)
A_PRE = ("中华人民共和国陕西省商务厅（以下简称“甲方”）与哈萨克斯坦共和国江布尔州政府（以下简称“乙方”），以下合称“双方”，"
         "为落实中哈两国元首关于共建“一带一路”倡议与“光明之路”新经济政策对接合作的重要共识，深化陕西省与江布尔州在经贸、物流和产能领域的务实合作，"
         "本着平等互利、优势互补、合作共赢的原则，经友好协商，达成如下共识：")
A_ART = [
    ("第一条", "合作宗旨", ["双方同意在各自职权范围内，依照两国法律法规和两国共同参加的国际条约，建立长期稳定的经贸合作关系，推动陕西省与江布尔州之间的贸易投资便利化，共同服务中国—中亚合作机制建设。"]),
    ("第二条", "合作领域", ["双方将在以下领域开展合作：",
                      "（一）货物贸易。扩大陕西省机电产品、汽车及零部件、日用消费品对江布尔州出口，支持江布尔州小麦、葵花籽油、牛羊肉等优质农产品经霍尔果斯、阿拉山口口岸输华。",
                      "（二）物流通道。依托中欧班列（西安）“长安号”，加密西安国际港站至塔拉兹、阿拉木图的班列线路，推动在江布尔州建设中欧班列货物集结分拨中心。",
                      "（三）产能与投资合作。支持陕西省企业在江布尔州投资建设农产品加工、化肥、建材等项目，乙方为入驻塔拉兹工业园区的陕西省企业在用地、税收等方面提供便利。",
                      "（四）农业合作。依托杨凌农业高新技术产业示范区和上海合作组织农业技术交流培训示范基地，在江布尔州共建农业科技示范园，开展旱作农业、节水灌溉技术培训。",
                      "（五）跨境电子商务。支持双方企业利用“丝路电商”合作机制，在西安、塔拉兹设立海外仓和线上国家馆。"]),
    ("第三条", "合作机制", ["双方建立经贸合作联络机制。甲方指定陕西省商务厅对外投资和经济合作处、乙方指定江布尔州企业发展和工业创新局为联络单位，负责本备忘录的具体执行。",
                      "双方原则上每年轮流在陕西省和江布尔州举行一次工作会晤，总结合作进展，研究确定下一年度合作重点。"]),
    ("第四条", "交流与推介", ["双方鼓励和支持本地区企业、商协会参加对方举办的经贸活动。甲方支持乙方组团参加丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会，乙方支持甲方组织企业赴江布尔州举办经贸推介活动。"]),
    ("第五条", "信息交流", ["双方定期交换经贸政策、投资项目和市场需求信息，并为对方企业在本地区开展商务考察提供必要协助。"]),
    ("第六条", "费用", ["双方因执行本备忘录所发生的费用，除另有约定外，由各方自行承担。"]),
    ("第七条", "争议解决", ["本备忘录在解释或者执行过程中出现的任何分歧，由双方通过友好协商解决。",
                      "本备忘录不创设国际法意义上的权利和义务。"]),
    ("第八条", "生效、修改和终止", ["本备忘录自双方签字之日起生效，有效期五年。如任何一方未在有效期届满前六个月以书面形式通知另一方终止本备忘录，本备忘录有效期自动延长五年。",
                           "经双方书面同意，可以对本备忘录进行修改和补充。修改和补充的内容构成本备忘录的组成部分。",
                           "本备忘录于2024年5月20日在西安签署，一式两份，每份均用中文、哈萨克文和俄文写成，三种文本同等作准。如对解释发生分歧，以俄文文本为准。"]),
]
A_SIGN = [
    ("甲方：中华人民共和国陕西省商务厅", "乙方：哈萨克斯坦共和国江布尔州政府"),
    ("甲方代表（签字）：", "乙方代表（签字）："),
    ("", ""),
    ("姓名：赵明远", "姓名：叶尔兰·托克塔罗夫"),
    ("职务：厅长", "职务：副州长"),
    ("日期：2024年5月20日", "日期：2024年5月20日"),
    ("签署地点：中国·西安", "签署地点：中国·西安"),
]


def make_a():
    doc = Document(); page_setup(doc, "dash")
    for i, t in enumerate(A_T):
        para(doc, t, XBS, 22, align="c", indent=False, exact=36, before=24 if i == 0 else 0)
    para(doc, "（中文文本）", KAI, 16, align="c", indent=False, before=6, after=12)
    para(doc, A_PRE, exact=26)
    for lab, head, ps in A_ART:
        h = para(doc, lab + FW + head, HEI, 16, exact=26); h.paragraph_format.keep_with_next = True
        for t in ps: para(doc, t, exact=26)
    para(doc, "（以下无正文）", FS, 16, align="c", indent=False, before=6)
    page_break(doc)
    para(doc, "（本页无正文，为《" + A_TITLE + "》签字页）", KAI, 14, align="l", indent=False, after=24)
    sign_table(doc, A_SIGN)
    doc.save(os.path.join(HERE, "blind62_shaanxi_beiwanglu.docx"))


def art_clause(lab, head, ps):
    return lab + FW + head + "\n" + "\n".join(ps)


# ==================================================================== (b) 青白江铁路港片区 战略合作框架协议
B_PARTY_A = "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"
B_PARTY_B = "成都国际铁路班列有限公司"
B_TITLE = B_PARTY_A + "与" + B_PARTY_B + "战略合作框架协议"
B_NO = "QBJZMQ-ZL-2024-06"
B_PARTIES = [("甲方：", B_PARTY_A), ("地址：", "四川省成都市青白江区香岛大道1509号"), ("负责人：", "陈立新"),
             ("乙方：", B_PARTY_B), ("地址：", "四川省成都市青白江区物流大道88号"), ("法定代表人：", "刘建军")]
B_PRE = ("为深入贯彻落实共建“一带一路”倡议和《中国（四川）自由贸易试验区总体方案》，推动中欧班列（成渝）高质量发展，加快打造内陆开放门户和国际班列枢纽，"
         "甲乙双方本着“优势互补、资源共享、互利共赢、共同发展”的原则，经友好协商，就开展战略合作达成如下协议：")
B_GOAL = ("双方围绕建设国际班列集结中心和内陆国际物流枢纽，共同提升中欧班列（成渝）开行质量和综合效益，力争到2026年，以成都国际铁路港为始发的中欧班列年开行量稳定在5000列以上，"
          "回程班列占比提高到45%以上。双方确定2024—2026年度合作目标如下：")
B_TAB_HEAD = ["年度", "中欧班列开行量（列）", "回程班列占比", "进出口货值（亿元）", "新增境外集结分拨中心（个）"]
B_TAB_ROWS = [["2024年", "4600", "40%", "1200", "2"], ["2025年", "4800", "42%", "1350", "2"], ["2026年", "5000", "45%", "1500", "3"]]
B_TAB_NOTE = "注：开行量含中欧班列和中亚班列，不含西部陆海新通道铁海联运班列。"
B_CONTENT = [
    "（一）共建国际班列集结中心。甲方统筹片区内土地、仓储和口岸资源，支持乙方在成都国际铁路港建设集结分拨中心和海外仓前置仓；乙方优化班列线路布局，加密至波兰罗兹、德国纽伦堡、荷兰蒂尔堡等欧洲节点城市的班列。",
    "（二）推动通关和贸易便利化。甲方会同海关、边检等口岸单位推广“铁路快通”“两段准时”等模式，推动“一单制”铁路提单在片区内先行先试；乙方提供全程物流信息数据，配合开展铁路提单物权化试点。",
    "（三）发展“班列+产业”。双方共同招引汽车整车及零部件、电子信息、木材加工等依托班列运输的产业项目落户片区，乙方对落户片区企业的班列运输需求予以运力优先保障。",
    "（四）拓展中亚及共建“一带一路”国家市场。乙方依托在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干设立的境外站点，为片区企业开拓中亚市场提供通关、仓储和分拨服务；甲方支持乙方参与片区跨境贸易综合服务平台建设。",
    "（五）加强金融和数据合作。双方共同推动金融机构开发基于铁路运单、铁路提单的融资产品，探索建设中欧班列数据共享平台，在依法合规前提下实现片区企业物流、通关和结算数据互通。",
]
B_GUAR = [
    "（一）建立联席会议制度。双方成立由甲方分管负责人和乙方主要负责人任召集人的战略合作领导小组，每半年召开一次联席会议，协调解决合作中的重大问题。",
    "（二）明确工作对接。甲方指定片区管委会综合协调局、乙方指定市场营销部作为日常联络部门，负责具体合作事项的沟通对接。",
    "（三）强化政策支持。甲方在符合国家和省、市有关规定的前提下，对乙方新开通的国际班列线路和回程班列给予政策支持，具体支持方式另行约定。",
]
B_OTHER = [
    "1.本协议为双方开展战略合作的框架性文件，具体合作项目由双方另行签订协议予以约定。",
    "2.双方对在合作过程中获悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。",
    "3.本协议未尽事宜，由双方协商解决并签订补充协议。补充协议与本协议具有同等效力。",
    "4.本协议自双方签字并加盖公章之日起生效，有效期三年。有效期届满前三个月，双方可以协商续签事宜。",
    "5.本协议一式四份，甲乙双方各执两份，具有同等效力。",
]
B_SIGN = [
    ("甲方（盖章）：\n" + B_PARTY_A, "乙方（盖章）：\n" + B_PARTY_B),
    ("负责人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
    ("", ""),
    ("签订日期：2024年6月12日", "签订日期：2024年6月14日"),
    ("签订地点：成都市青白江区", "签订地点：成都市青白江区"),
]


def make_b():
    doc = Document(); s = page_setup(doc, "pages")
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_run(hp.add_run("青白江铁路港片区管委会—成都国际铁路班列有限公司战略合作框架协议"), SONG, 9); rule_below(hp)
    para(doc, "协议编号：" + B_NO, SONG, 12, align="r", indent=False, exact=20)
    para(doc, "中国（四川）自由贸易试验区", XBS, 20, align="c", indent=False, exact=34, before=18)
    para(doc, "成都青白江铁路港片区管理委员会", XBS, 20, align="c", indent=False, exact=34)
    para(doc, "与", XBS, 20, align="c", indent=False, exact=34)
    para(doc, B_PARTY_B, XBS, 20, align="c", indent=False, exact=34)
    para(doc, "战略合作框架协议", XBS, 22, align="c", indent=False, exact=40, after=18)
    for k, v in B_PARTIES:
        p = para(doc, "", indent=False, exact=26)
        set_run(p.add_run(k), HEI if k in ("甲方：", "乙方：") else FS, 16); set_run(p.add_run(v), FS, 16)
        if k == "乙方：": p.paragraph_format.space_before = Pt(8)
    para(doc, "", exact=12)
    para(doc, B_PRE)
    para(doc, "一、合作目标", HEI, 16).paragraph_format.keep_with_next = True
    para(doc, B_GOAL)
    grid_table(doc, B_TAB_HEAD, B_TAB_ROWS, [2.2, 3.6, 2.8, 3.4, 3.6], 12)
    para(doc, B_TAB_NOTE, FS, 12, align="l", indent=False, exact=20, before=4)
    para(doc, "二、合作内容", HEI, 16).paragraph_format.keep_with_next = True
    for t in B_CONTENT: runin(doc, t)
    para(doc, "三、保障机制", HEI, 16).paragraph_format.keep_with_next = True
    for t in B_GUAR: runin(doc, t)
    para(doc, "四、其他", HEI, 16).paragraph_format.keep_with_next = True
    for t in B_OTHER: para(doc, t)
    para(doc, "（以下无正文）", FS, 16, align="c", indent=False, before=6, after=18)
    sign_table(doc, B_SIGN, widths=(7.8, 7.8), size=14, spacing=26)
    doc.save(os.path.join(HERE, "blind62_qingbaijiang_kuangjia.docx"))


# ==================================================================== (c) 川桂 省际合作协议
C_T = ["四川省商务厅　广西壮族自治区商务厅", "关于携手共建西部陆海新通道", "深化川桂经贸合作的协议"]
C_TITLE = "四川省商务厅 广西壮族自治区商务厅关于携手共建西部陆海新通道深化川桂经贸合作的协议"
C_PRE = ("为深入贯彻落实《西部陆海新通道总体规划》和《“十四五”推进西部陆海新通道高质量建设实施方案》，发挥四川省作为西部陆海新通道重要起点和广西壮族自治区作为通道陆海交汇门户的优势，"
         "四川省商务厅、广西壮族自治区商务厅（以下简称“双方”）经友好协商，就携手共建西部陆海新通道、深化川桂经贸合作达成如下协议。")
C_BODY = [
    ("h", "一、合作原则"),
    ("p", "双方坚持政府引导、市场运作、优势互补、互利共赢，发挥各自区位、产业和口岸优势，共同推动西部陆海新通道由“连通”向“畅通”“融通”转变，携手打造面向东盟的开放合作高地。"),
    ("h", "二、合作内容"),
    ("r", "（一）共同提升通道运行效率。支持成都国际铁路港、宜宾港、泸州港与广西北部湾港开展港口、场站合作，加密成都—钦州港铁海联运班列，力争到2027年川桂间铁海联运班列年开行量达到3000列以上。"),
    ("r", "（二）共同拓展东盟市场。"),
    ("p", "1.联合举办“川货出海·东盟行”等经贸活动，组织四川企业参加中国—东盟博览会，双方在对方举办的重点展会中互设展区。"),
    ("p", "2.支持四川企业依托凭祥综合保税区、东兴国家重点开发开放试验区开展面向越南的加工贸易和边境贸易。"),
    ("p", "3.共同推动川桂企业在越南、泰国、马来西亚等东盟国家建设海外仓和分拨中心。"),
    ("r", "（三）共同推进自贸试验区联动发展。推动中国（四川）自由贸易试验区与中国（广西）自由贸易试验区钦州港片区、南宁片区开展制度创新合作，联合复制推广“铁海联运一单制”等改革试点经验。"),
    ("r", "（四）共同优化营商环境。推动两地国际贸易“单一窗口”数据互联互通，在进出口通关、原产地证书签发、贸易摩擦应对等方面加强协作。"),
    ("h", "三、合作机制"),
    ("p", "（一）建立川桂商务合作联席会议制度，由双方主要负责同志担任召集人，原则上每年轮流在四川省、广西壮族自治区召开一次会议。"),
    ("p", "（二）双方分别指定四川省商务厅对外贸易处、广西壮族自治区商务厅对外贸易处作为联络处室，负责日常联络和工作推进。"),
    ("h", "四、附则"),
    ("p", "本协议未尽事宜，由双方协商解决。"),
    ("p", "本协议自双方签署之日起生效，有效期至2027年12月31日。"),
    ("p", "本协议于2024年8月26日在广西南宁签署，一式两份，双方各执一份，具有同等效力。"),
]
C_SIGN = [("四川省商务厅（盖章）", "广西壮族自治区商务厅（盖章）"), ("代表（签字）：", "代表（签字）："), ("", ""), ("2024年8月26日", "2024年8月26日")]


def make_c():
    doc = Document(); page_setup(doc, "dash")
    for i, t in enumerate(C_T):
        para(doc, t, XBS, 22, align="c", indent=False, exact=36, before=24 if i == 0 else 0, after=24 if i == len(C_T) - 1 else 0)
    para(doc, C_PRE)
    for kind, t in C_BODY:
        if kind == "h": para(doc, t, HEI, 16).paragraph_format.keep_with_next = True
        elif kind == "r": runin(doc, t)
        else: para(doc, t)
    para(doc, "", exact=28); para(doc, "", exact=28)
    for l, r in C_SIGN:
        p = para(doc, "", indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7.6))
        if l or r: set_run(p.add_run(l + "\t" + r), FS, 16)
    doc.save(os.path.join(HERE, "blind62_chuangui_xieyi.docx"))


# ==================================================================== expected.json
def build_expected():
    exp = {}
    a_clauses = [A_PRE] + [art_clause(l, h, ps) for l, h, ps in A_ART]
    exp["blind62_shaanxi_beiwanglu"] = [{
        "meta": {
            "title": A_TITLE,
            "doc_number": None,
            "issuer": "陕西省商务厅",
            "parties": [{"role": "甲方", "name": "中华人民共和国陕西省商务厅", "representative": "赵明远（厅长）"},
                        {"role": "乙方", "name": "哈萨克斯坦共和国江布尔州政府", "representative": "叶尔兰·托克塔罗夫（副州长）"}],
            "kind": "合作备忘录",
            "date": "2024-05-20",
            "signed_at": "中国·西安",
            "level": "provincial",
            "region": "陕西省",
            "region_partner": "哈萨克斯坦共和国江布尔州 (foreign partner region)",
            "effective": "2024-05-20",
            "expires": "2029-05-19",
            "renewal": "automatic, five more years unless terminated in writing six months before expiry",
        },
        "clauses": a_clauses,
        "places": [
            {"clause": "preamble / 第一条 / 第三条 / 第五条–第八条", "applies_to": ["陕西省", "江布尔州"], "why": "the agreement binds a 陕西 organ and a Kazakh regional government; 陕西省 alone is fine; 江布尔州 alone or 哈萨克斯坦 alone = medium; 中国 (national) = medium"},
            {"clause": "第二条", "applies_to": ["陕西省", "江布尔州"], "also_fine": ["西安", "塔拉兹", "杨凌"], "must_not_see": ["霍尔果斯 / 阿拉山口 (only the ports goods pass through; low)", "阿拉木图 (a rail destination; low)"]},
            {"clause": "第四条", "applies_to": ["陕西省", "江布尔州"]},
        ],
        "_note": ("docx + LibreOffice PDF, 3 pages (signature page alone on page 3). No 文号 (doc_number None; any invented number = medium). "
                  "Issuer 陕西省商务厅 (with or without '中华人民共和国'); the Kazakh 江布尔州政府 is the other party — listing both as issuers is fine, "
                  "listing only the Kazakh side = high. Level provincial (a 厅 of a province; national/ministerial = high, 'other' = medium). "
                  "Region 陕西省 (the partner region 江布尔州 in addition is fine; 哈萨克斯坦/中国 alone = high). "
                  "Date = signing 2024-05-20 (printed in 第八条 and twice in the signature block). Effective 2024-05-20 ('自双方签字之日起生效'); "
                  "expires five years on: 2029-05-19 (2029-05-20 tolerable, low; None = medium; an auto-renewed 2034 date = low). "
                  "Clauses: the preamble, then one per 条 — the 条 heading line ('第一条　合作宗旨') joined to its body; 第二条's （一）–（五） and the 款 of 第三、七、八条 "
                  "stay inside their 条 (split out as child items in order is fine; a heading alone with the body as a separate unlabelled clause = medium). "
                  "Furniture, never clauses: the three-line title, '（中文文本）' under it, '（以下无正文）', the 签字页 line '（本页无正文，为《…》签字页）', "
                  "the whole two-column signature table (甲方/乙方 names, 代表（签字）, 姓名, 职务, 日期, 签署地点), '— N —' footers. "
                  "Signature-kind entries for the signature block are tolerable; as ordinary clauses = medium; signature cells glued into 第八条 = high (wrong text in a clause)."),
    }]
    b_clauses = [B_PRE, B_GOAL] + rows_as_clauses(B_TAB_HEAD, B_TAB_ROWS) + [B_TAB_NOTE] + B_CONTENT + B_GUAR + B_OTHER
    exp["blind62_qingbaijiang_kuangjia"] = [{
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NO,
            "issuer": B_PARTY_A,
            "parties": [{"role": "甲方", "name": B_PARTY_A, "representative": "负责人 陈立新"},
                        {"role": "乙方", "name": B_PARTY_B, "representative": "法定代表人 刘建军"}],
            "kind": "战略合作框架协议",
            "date": "2024-06-14",
            "dates_signed": {"甲方": "2024-06-12", "乙方": "2024-06-14"},
            "signed_at": "成都市青白江区",
            "level": "county",
            "region": "四川省成都市青白江区（中国（四川）自由贸易试验区成都青白江铁路港片区）",
            "effective": "2024-06-14",
            "expires": "2027-06-13",
        },
        "clauses": b_clauses,
        "places": [
            {"clause": "all", "applies_to": ["成都青白江铁路港片区 / 成都市青白江区"], "also_fine": ["成都市", "成都国际铁路港"],
             "must_not_see": ["四川省 alone (from 《中国（四川）自由贸易试验区总体方案》) = medium", "波兰罗兹/德国纽伦堡/荷兰蒂尔堡 (train destinations)", "哈萨克斯坦阿拉木图/乌兹别克斯坦塔什干 (the company's overseas stations)"]},
        ],
        "_note": ("docx only, 3 pages. '协议编号：QBJZMQ-ZL-2024-06' top right is the agreement's number (doc_number; None = low, garbage = medium). "
                  "Title: the five centred lines joined (片区管委会 + '与' + company + '战略合作框架协议'); only '战略合作框架协议' = medium. "
                  "Issuer: the 片区管委会 (government side); the company is the other party — both as issuers fine, company only = high. "
                  "Level: the 片区 is run at 区/县 level under 成都市 — county or municipal both fine, 'other' low, provincial (from '中国（四川）自由贸易试验区') = medium, national = high. "
                  "Region 成都市青白江区 / 成都市 fine; 四川省 alone = medium. "
                  "Signatures carry different dates: 甲方 2024-06-12, 乙方 2024-06-14. The agreement takes effect when both have signed and sealed → 2024-06-14; "
                  "date 2024-06-12 = low, effective 2024-06-12 = medium; expires three years on: 2027-06-13 (2027-06-14 low; None = medium). "
                  "Clauses: preamble; under 一、 the goal paragraph, the three table rows (header：value；…) and the '注：' line; （一）–（五） under 二、; （一）–（三） under 三、 "
                  "(the numbering restarts: dropping or merging the second run = high); 1.–5. under 四、. Section headings 一、–四、 are headings (heading entries fine, glued to the first item = low). "
                  "Furniture, never clauses: running header '青白江铁路港片区管委会—成都国际铁路班列有限公司战略合作框架协议', '第 X 页 共 Y 页' footers, the 协议编号 line, "
                  "the title lines, the party block (甲方：…/地址：…/负责人：…/乙方：…/地址：…/法定代表人：…) = medium if clauses, '（以下无正文）', "
                  "the signature table (甲方（盖章）/乙方（盖章）, 签字, 签订日期, 签订地点; signature-kind fine)."),
    }]
    c_clauses = [C_PRE] + [t for k, t in C_BODY if k != "h" and t != "（二）共同拓展东盟市场。"]
    exp["blind62_chuangui_xieyi"] = [{
        "meta": {
            "title": C_TITLE,
            "doc_number": None,
            "issuer": ["四川省商务厅", "广西壮族自治区商务厅"],
            "parties": [{"role": "一方", "name": "四川省商务厅"}, {"role": "一方", "name": "广西壮族自治区商务厅"}],
            "kind": "省际合作协议",
            "date": "2024-08-26",
            "signed_at": "广西南宁",
            "level": "provincial",
            "region": ["四川省", "广西壮族自治区"],
            "effective": "2024-08-26",
            "expires": "2027-12-31",
        },
        "clauses": c_clauses,
        "places": [
            {"clause": "preamble / 一、 / 二、（四） / 三、 / 四、", "applies_to": ["四川省", "广西壮族自治区"], "why": "joint agreement; one province only = medium"},
            {"clause": "二、（一）", "applies_to": ["四川省", "广西壮族自治区"], "also_fine": ["成都国际铁路港", "宜宾港", "泸州港", "北部湾港", "钦州港", "成都市", "宜宾市", "泸州市", "钦州市"]},
            {"clause": "二、（二）2.", "applies_to": ["凭祥综合保税区", "东兴国家重点开发开放试验区"], "also_fine": ["凭祥市", "东兴市", "广西壮族自治区", "四川省"], "must_not_see": ["越南 = medium"]},
            {"clause": "二、（二）3.", "applies_to": ["四川省", "广西壮族自治区"], "must_not_see": ["越南/泰国/马来西亚 as applies_to = low (the warehouses are built there, but the agreement binds the two provinces)"]},
            {"clause": "二、（三）", "applies_to": ["中国（四川）自由贸易试验区", "中国（广西）自由贸易试验区钦州港片区", "南宁片区"], "also_fine": ["四川省", "广西壮族自治区", "钦州市", "南宁市"]},
        ],
        "_note": ("docx + LibreOffice PDF, 2–3 pages. No 文号 (None). Two issuers on the first title line separated by a full-width space: issuer must list both "
                  "四川省商务厅 and 广西壮族自治区商务厅 (one only = high). Level provincial; region both provinces (one only = medium). "
                  "Title: three centred lines joined; the space between the two organs may be kept or dropped. "
                  "Date 2024-08-26 (signing, printed in 附则 and twice in the tab-laid signature lines); effective 2024-08-26 ('自双方签署之日起生效'); expires 2027-12-31. "
                  "Clauses: preamble; 一、's paragraph; （一）; （二）'s run-in heading '（二）共同拓展东盟市场。' is a heading (fine as a heading entry or glued to 1.; 1.–3. must stay separate or together in order); "
                  "（三）（四）; 三、's （一）（二） (numbering restarts; dropping = high); 四、附则's three unnumbered paragraphs. 一、–四、 are headings. "
                  "Furniture: title lines, the tab-laid signature block ('四川省商务厅（盖章）⇥广西壮族自治区商务厅（盖章）', '代表（签字）：⇥代表（签字）：', "
                  "'2024年8月26日⇥2024年8月26日'; signature-kind fine, ordinary clauses = medium, glued into the last 附则 paragraph = high), '— N —' footers."),
    }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_a(); make_b(); make_c(); build_expected()
    for stem in ("blind62_shaanxi_beiwanglu", "blind62_chuangui_xieyi"):
        to_pdf(os.path.join(HERE, stem + ".docx"), os.path.join(HERE, stem + ".pdf"))
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("blind62_") or f == "expected.json"))
