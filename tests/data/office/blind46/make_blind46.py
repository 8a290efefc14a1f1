# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-sixth round of blind office files and expected.json.

  (a) blind46_fabuhui.docx — 四川省人民政府新闻办公室 新闻发布会 transcript on
      the 《中国（四川）自由贸易试验区提升行动方案》: title, 时间/地点 line,
      主持人 / 发布人 lines (发布人 continued on indented lines), then turns
      "主持人（张明远）：…", "省商务厅副厅长　李建华：…", "记者（四川日报）：…",
      answers whose numbered points (一是… / （一）… / 1.…) are separate
      paragraphs, and a closing turn plus a （根据现场记录整理） note.
  (b) blind46_jianghua.docx and blind46_jianghua.pdf — 副省长 speech
      "在全省自由贸易试验区建设推进会上的讲话", "（2024年6月20日）" and
      "四川省副省长　王志强" under the title, 同志们：, parts 一、二、三、 in 黑体,
      bold lead sentences (第一，… / 一是…), inline 一是…二是…, closing.
  (c) blind46_huibian.docx — 政策文件汇编: cover page (title, compiler, month),
      目录 with dot-leader tab and page numbers, then 4 documents each on a
      new page with its title, bracketed 文号, body, signature and date; one
      has an 附件 list, one its own 施行 date.  Running header on body pages.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


def set_run(run, font=FS, size=16, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, bold=False):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact or 28)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold)
    return p


def runs(p, parts, size=16):
    for t, f, b in parts:
        set_run(p.add_run(t), f, size, b)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def a4(section, top=3.7, bottom=3.5, left=2.8, right=2.6):
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = Cm(top); section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left); section.right_margin = Cm(right)
    section.header_distance = Cm(1.5); section.footer_distance = Cm(2.0)


def footer_pageno(section, start=None, size=14):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]; fp.text = ""; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, size); add_field(fp, "PAGE", SONG, size); set_run(fp.add_run(" —"), SONG, size)
    if start is not None:
        pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), str(start)); section._sectPr.append(pg)


def header_text(section, text, size=10.5):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(hp.add_run(text), SONG, size)
    ppr = hp._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    b.append(e); ppr.append(b)


def empty_header_footer(section):
    section.header.is_linked_to_previous = False; section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = ""; section.footer.paragraphs[0].text = ""


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def signature(where, org, date, size=16, right_cm=2.0, before=0):
    for i, t in enumerate((org, date)):
        p = para(where, t, FS, size, align="r", indent=False, before=before if i == 0 else 0)
        p.paragraph_format.right_indent = Cm(right_cm)


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def to_pdf(docx_path, out_dir):
    prof = tempfile.mkdtemp(prefix="lo46p_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


expected = {}

# ==================================================================== (a) 新闻发布会
A_TITLE = "四川省人民政府新闻办公室举行《中国（四川）自由贸易试验区提升行动方案》新闻发布会"
A_WHEN = "时间：2024年5月16日（星期四）上午10:00" + FW * 2 + "地点：四川省人民政府新闻发布厅"
A_HOST_LINE = "主持人：省政府新闻办副主任" + FW + "张明远"
A_PUB_LINES = [
    "发布人：省商务厅副厅长、省自由贸易试验区工作办公室常务副主任" + FW + "李建华",
    FW * 4 + "省发展改革委副主任" + FW + "陈" + FW + "立",
    FW * 4 + "成都海关副关长" + FW + "刘海波",
]
# turns: (speaker prefix, [paragraphs]); the first paragraph carries the prefix
A_TURNS = [
    ("主持人（张明远）：", [
        "各位记者朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。近日，省政府印发了《中国（四川）自由贸易试验区提升行动方案》（以下简称《行动方案》）。今天，我们邀请到省商务厅副厅长、省自由贸易试验区工作办公室常务副主任李建华，省发展改革委副主任陈立，成都海关副关长刘海波，请他们介绍《行动方案》有关情况，并回答大家关心的问题。首先，请李建华副厅长介绍有关情况。",
    ]),
    ("省商务厅副厅长" + FW + "李建华：", [
        "各位记者朋友，大家上午好！中国（四川）自由贸易试验区自2017年4月挂牌以来，累计形成制度创新成果900余项，其中12项在全国复制推广，新设企业超过28万户，以不到全省万分之四的面积贡献了全省四分之一的外商投资企业。为贯彻落实国家实施自由贸易试验区提升战略的部署，省政府制定出台了《行动方案》，主要包括以下四个方面内容：",
        "一是对标国际高标准经贸规则。围绕服务贸易、数字贸易、知识产权保护等领域，开展压力测试，到2027年形成50项以上具有四川特色的制度创新成果。",
        "二是打造内陆开放门户枢纽。依托中欧班列（成渝）和西部陆海新通道，推动成都国际铁路港、天府国际机场综合保税区联动发展，提升面向共建“一带一路”国家的物流组织能力。",
        "三是培育开放型产业集群。支持自贸试验区发展跨境电商、保税维修、国际中转集拼等新业态，加快建设面向东盟和中亚的特色商品集散中心。",
        "四是强化协同联动发展。深化川渝自贸试验区协同开放示范区建设，推动自贸试验区与21个协同改革先行区共享改革红利。",
        "下一步，我们将会同有关部门和各片区，细化工作清单，建立定期调度机制，确保《行动方案》各项任务落地见效。谢谢大家！",
    ]),
    ("主持人（张明远）：", [
        "谢谢李建华副厅长。下面进入提问环节，请各位记者围绕今天的发布主题提问，提问前请先通报所在新闻机构。",
    ]),
    ("记者（四川日报）：", [
        "请问《行动方案》在推动中欧班列（成渝）高质量发展、服务共建“一带一路”方面有哪些具体举措？",
    ]),
    ("省发展改革委副主任" + FW + "陈" + FW + "立：", [
        "感谢您的提问。围绕中欧班列（成渝）高质量发展，《行动方案》主要提出了三个方面的举措：",
        "（一）拓展国际通道网络。稳定开行至波兰罗兹、德国杜伊斯堡等主要线路，加密至中亚五国和土耳其的班列，2024年力争开行5000列以上。",
        "（二）提升枢纽集散能力。支持成都国际铁路港建设国际班列集结中心，推动“班列+口岸+保税”一体化运营，降低企业综合物流成本10%以上。",
        "（三）深化运贸一体发展。支持企业依托班列开展“铁路运输单证+金融”创新，探索铁路提单物权化应用，扩大沿线国家特色商品进口。",
    ]),
    ("记者（中央广播电视总台）：", [
        "请问在通关便利化方面，海关将采取哪些措施支持四川自贸试验区提升发展？",
    ]),
    ("成都海关副关长" + FW + "刘海波：", [
        "谢谢您的提问。成都海关将重点做好以下三项工作：",
        "1.深化“智慧海关”建设，在自贸试验区全面推广“提前申报”“两步申报”等通关模式，进口整体通关时间再压缩10%。",
        "2.支持综合保税区发展保税维修、保税研发等业务，对自贸试验区内企业开展的“两头在外”保税维修实施便利化监管。",
        "3.加强与共建“一带一路”国家海关的“经认证的经营者”（AEO）互认合作，让更多四川企业享受对方海关通关便利。",
    ]),
    ("主持人（张明远）：", [
        "由于时间关系，今天的新闻发布会到此结束。谢谢各位发布人，谢谢各位记者朋友！",
    ]),
]
A_NOTE = "（根据发布会现场记录整理）"


def make_a():
    doc = Document(); east_asian_normal(doc)
    s = doc.sections[0]; a4(s); footer_pageno(s)
    para(doc, A_TITLE, XBS, 22, align="c", indent=False, after=12, exact=34)
    para(doc, A_WHEN, KAI, 16, align="c", indent=False, after=6)
    para(doc, A_HOST_LINE, FS, 16, align=None, indent=False)
    for t in A_PUB_LINES: para(doc, t, FS, 16, align=None, indent=False)
    para(doc, "", indent=False)
    for who, ps in A_TURNS:
        for i, t in enumerate(ps):
            p = para(doc, "", FS, 16)
            if i == 0:
                runs(p, [(who, HEI, True), (t, FS, False)])
            else:
                runs(p, [(t, FS, False)])
    para(doc, A_NOTE, KAI, 16, align="r", indent=False, before=12)
    doc.save(os.path.join(HERE, "blind46_fabuhui.docx"))


a_clauses = []
for who, ps in A_TURNS:
    for i, t in enumerate(ps):
        a_clauses.append((who + t) if i == 0 else t)
expected["blind46_fabuhui"] = [
    {"meta": {"title": A_TITLE, "doc_number": "", "issuer": "四川省人民政府新闻办公室", "date": "2024-05-16",
              "host": "张明远（省政府新闻办副主任）",
              "speakers": ["李建华（省商务厅副厅长、省自由贸易试验区工作办公室常务副主任）", "陈立（省发展改革委副主任）", "刘海波（成都海关副关长）"]},
     "clauses": a_clauses,
     "_note": "Transcript, not a policy; issuer is the 新闻办 named in the title, date from the 时间 line (not the 2017 / 2027 / 2024年 figures in the text). "
              "The 时间/地点 line and the 主持人/发布人 lines (发布人 continued on lines indented with full-width spaces) are metadata, never clauses. "
              "Each turn starts with its speaker prefix ('主持人（张明远）：', '省商务厅副厅长　李建华：', '记者（四川日报）：'); the speaker must stay attached to the turn's text (prefix kept in text or as label). "
              "Numbered points of an answer (一是…, （一）…, 1.…) are separate paragraphs; they may be separate clauses but should still be attributed to the same speaker, and must not be merged into the next turn. "
              "The closing turn '由于时间关系…' is a clause; '（根据发布会现场记录整理）' is furniture. The footer '— 1 —' is not a clause."},
]

# ==================================================================== (b) 领导讲话
B_TITLE = "在全省自由贸易试验区建设推进会上的讲话"
B_DATE_LINE = "（2024年6月20日）"
B_SPEAKER = "四川省副省长" + FW + "王志强"
B_SALUT = "同志们："
# ("h", text) heading; ("lead", bold, rest) bold lead sentence; plain str paragraph
B_BODY = [
    "今天，省政府召开全省自由贸易试验区建设推进会，主要任务是深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，总结交流近年来自贸试验区建设经验，安排部署下一阶段重点工作。刚才，成都天府新区片区、成都青白江铁路港片区、川南临港片区作了交流发言，讲得很好，大家要相互借鉴。下面，我讲三点意见。",
    ("h", "一、充分肯定自贸试验区建设取得的积极成效"),
    "挂牌七年来，全省上下坚持以制度创新为核心，大胆试、大胆闯、自主改，自贸试验区建设取得明显成效。",
    ("lead", "第一，制度创新成果丰硕。", "累计形成制度创新成果900余项，“中欧班列集拼集运模式”“铁路运输单证金融服务”等12项成果在全国复制推广，改革试验田作用充分彰显。"),
    ("lead", "第二，开放通道加快拓展。", "中欧班列（成渝）累计开行超过2.5万列，西部陆海新通道班列通达全球120个国家和地区的490余个港口，四川由内陆腹地加速走向开放前沿。"),
    ("lead", "第三，市场主体活力迸发。", "自贸试验区新设企业超过28万户，其中外商投资企业3000余户，实际使用外资占全省比重超过四分之一。"),
    "同时也要清醒看到，对标国际高标准经贸规则，我们在首创性、集成性改革方面还有差距，部分片区产业支撑不够有力，各片区之间发展还不平衡，必须采取有力措施加以解决。",
    ("h", "二、准确把握实施提升战略的目标任务"),
    "实施自由贸易试验区提升战略，是新时代推进高水平对外开放的重大举措。各地各部门要紧紧围绕《中国（四川）自由贸易试验区提升行动方案》，重点抓好以下工作。",
    ("lead", "一是深化制度型开放。", "主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在服务贸易、数字贸易、政府采购等领域开展先行先试。"),
    ("lead", "二是建设内陆开放门户。", "统筹中欧班列（成渝）、西部陆海新通道和国际航空枢纽建设，推动“空铁公水”多式联运一单制，打造服务共建“一带一路”的国际物流枢纽。"),
    ("lead", "三是壮大开放型产业。", "聚焦电子信息、装备制造、生物医药等优势产业，大力发展跨境电商、保税维修、离岸贸易等新业态新模式，推动自贸试验区产业链与共建国家供应链深度融合。"),
    ("h", "三、切实加强组织保障"),
    "自贸试验区建设是一项系统工程，必须强化统筹、协同推进。一是压实工作责任，省自贸试验区工作领导小组要加强统筹协调，各片区所在市（州）要落实属地责任；二是强化要素保障，省级有关部门要在用地、资金、人才等方面给予倾斜支持；三是完善考核评估，建立以制度创新为导向的评估体系，对工作成效突出的片区给予表扬激励。",
    "同志们，今年是实施自贸试验区提升战略的关键之年。我们要以更大的决心、更实的举措推进自贸试验区高质量发展，为谱写中国式现代化四川新篇章作出新的更大贡献！",
]


def make_b():
    doc = Document(); east_asian_normal(doc)
    s = doc.sections[0]; a4(s); footer_pageno(s)
    para(doc, B_TITLE, XBS, 22, align="c", indent=False, after=6, exact=34)
    para(doc, B_DATE_LINE, KAI, 16, align="c", indent=False)
    para(doc, B_SPEAKER, KAI, 16, align="c", indent=False, after=12)
    para(doc, B_SALUT, FS, 16, align=None, indent=False)
    for t in B_BODY:
        if isinstance(t, str):
            para(doc, t)
        elif t[0] == "h":
            para(doc, t[1], HEI, 16)
        else:
            p = para(doc, ""); runs(p, [(t[1], KAI, True), (t[2], FS, False)])
    doc.save(os.path.join(HERE, "blind46_jianghua.docx"))
    to_pdf(os.path.join(HERE, "blind46_jianghua.docx"), HERE)
    # (the transcript and the 汇编 as PDFs too: the reader's test found more to fix there)
    to_pdf(os.path.join(HERE, "blind46_fabuhui.docx"), HERE)
    to_pdf(os.path.join(HERE, "blind46_huibian.docx"), HERE)


b_clauses = []
for t in B_BODY:
    if isinstance(t, str): b_clauses.append(t)
    elif t[0] == "lead": b_clauses.append(t[1] + t[2])
b_doc = {"meta": {"title": B_TITLE, "doc_number": "", "issuer": "王志强", "speaker_title": "四川省副省长", "date": "2024-06-20"},
         "clauses": b_clauses,
         "_note": "Speech. '（2024年6月20日）' and '四川省副省长　王志强' under the title are metadata (date, speaker), never clauses and never glued to the title. "
                  "'同志们：' is a salutation (addressee or dropped; as a clause it is low). 一、二、三、 in 黑体 are headings (heading kind tolerable, never glued into text). "
                  "Bold lead sentences '第一，制度创新成果丰硕。' / '一是深化制度型开放。' belong to their paragraph (splitting the lead off is tolerable if nothing is lost). "
                  "The inline 一是…二是…三是… paragraph of part 三 is one clause (splitting at 一是/二是/三是 is tolerable). The last paragraph is the closing and is a clause. No signature block; the footer '— 1 —' is not a clause. "
                  "The .docx and .pdf must read the same."}
expected["blind46_jianghua"] = [b_doc]

# ==================================================================== (c) 政策汇编
C_COVER_TITLE = "中国（四川）自由贸易试验区政策文件汇编"
C_COVER_SUB = "（2023年）"
C_COMPILER = "四川省自由贸易试验区工作办公室" + FW + "编"
C_MONTH = "二〇二四年一月"
C_HEAD = "中国（四川）自由贸易试验区政策文件汇编（2023年）"

C_DOCS = [
    {"title": "四川省人民政府关于推进中国（四川）自由贸易试验区贸易投资便利化改革创新的若干措施",
     "no": "川府发〔2023〕8号",
     "addr": "各市（州）人民政府，省政府各部门、各直属机构，有关单位：",
     "body": [
         "为深入推进中国（四川）自由贸易试验区（以下简称自贸试验区）贸易投资便利化改革创新，更好服务共建“一带一路”和西部陆海新通道建设，现提出以下措施。",
         "一、深化国际贸易“单一窗口”建设，推动铁路、航空、公路口岸物流信息互联共享，2023年底前主要业务应用率达到100%。",
         "二、在自贸试验区开展外商投资准入前国民待遇加负面清单管理模式改革试点，对负面清单以外领域按照内外资一致原则实施管理。",
         "三、支持自贸试验区内企业开展跨境人民币结算和本外币合一银行结算账户体系试点，便利共建“一带一路”国家经贸往来。",
         "四、对自贸试验区内新设立的跨国公司地区总部，按照实缴注册资本的1%给予最高300万元一次性奖励。",
         "五、本措施自印发之日起施行，有效期至2025年12月31日。",
     ],
     "org": "四川省人民政府", "date": "2023年3月15日", "iso": "2023-03-15", "page": "1",
     "extra": {"effective": "2023-03-15", "expires": "2025-12-31"}},
    {"title": "四川省人民政府办公厅关于支持中欧班列（成渝）高质量发展的实施意见",
     "no": "川办发〔2023〕27号",
     "addr": "各市（州）人民政府，省政府各部门、各直属机构：",
     "body": [
         "为加快推动中欧班列（成渝）高质量发展，打造服务共建“一带一路”的国际物流大通道，经省政府同意，提出以下实施意见。",
         "（一）优化线路布局。巩固提升至欧洲主要城市的骨干线路，拓展至中亚、西亚、东南亚的新线路，重点线路详见附件1。",
         "（二）提升运营质效。推动班列去回程均衡发展，2025年回程班列占比达到45%以上，重点任务分工详见附件2。",
         "（三）加强政策支持。省级财政对新开通的国际班列线路给予一次性运营补贴，补贴标准由省财政厅会同省发展改革委另行制定。",
     ],
     "attach": ["附件：1.中欧班列（成渝）重点线路清单", FW * 3 + "2.中欧班列（成渝）高质量发展重点任务分工表"],
     "attachments": ["中欧班列（成渝）重点线路清单", "中欧班列（成渝）高质量发展重点任务分工表"],
     "org": "四川省人民政府办公厅", "date": "2023年6月8日", "iso": "2023-06-08", "page": "3",
     "extra": {}},
    {"title": "四川省商务厅　四川省财政厅关于印发《中国（四川）自由贸易试验区发展专项资金管理办法》的通知",
     "no": "川商自贸〔2023〕12号",
     "addr": "各市（州）商务主管部门、财政局：",
     "body": [
         "现将《中国（四川）自由贸易试验区发展专项资金管理办法》印发给你们，请遵照执行。",
     ],
     "org": "四川省商务厅　四川省财政厅", "date": "2023年8月25日", "iso": "2023-08-25", "page": "4",
     "sub": "中国（四川）自由贸易试验区发展专项资金管理办法",
     "articles": [
         "第一条　为规范和加强中国（四川）自由贸易试验区发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》等有关规定，制定本办法。",
         "第二条　专项资金由省级财政预算安排，用于支持自贸试验区制度创新、开放平台建设和服务共建“一带一路”重点项目。",
         "第三条　省商务厅负责提出专项资金分配建议，省财政厅负责审核并下达资金，各市（州）负责项目组织实施和绩效管理。",
         "第四条　专项资金实行项目法人负责制，任何单位和个人不得截留、挤占、挪用。",
         "第五条　本办法自2023年10月1日起施行，有效期5年。",
     ],
     "extra": {"effective": "2023-10-01"}},
    {"title": "中国（四川）自由贸易试验区工作办公室关于开展首批“一带一路”制度创新优秀案例评选工作的通知",
     "no": "川自贸办〔2023〕5号",
     "addr": "各片区管委会，各协同改革先行区，省直有关部门：",
     "body": [
         "为及时总结自贸试验区服务共建“一带一路”的改革经验，现就开展首批“一带一路”制度创新优秀案例评选工作通知如下。",
         "一、评选范围。2021年以来各片区、各协同改革先行区在国际物流通道、跨境贸易投资、国际产能合作等方面形成的制度创新成果。",
         "二、评选程序。各单位于2023年12月15日前报送案例材料，省自贸试验区工作办公室组织专家评审，评选结果报省自贸试验区工作领导小组审定后公布。",
         "三、联系方式。省自贸试验区工作办公室综合处，联系电话：028-86701234。",
     ],
     "org": "中国（四川）自由贸易试验区工作办公室", "date": "2023年11月20日", "iso": "2023-11-20", "page": "6",
     "extra": {}},
]


def toc_line(doc, text, page):
    p = para(doc, "", FS, 14, align=None, indent=False, exact=26, after=4)
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.left_indent = Pt(28); p.paragraph_format.first_line_indent = Pt(-28)
    set_run(p.add_run(text + "\t" + page), FS, 14)


def make_c():
    doc = Document(); east_asian_normal(doc)
    s = doc.sections[0]; a4(s); empty_header_footer(s)
    # cover
    for _ in range(5): para(doc, "", indent=False)
    para(doc, C_COVER_TITLE, XBS, 26, align="c", indent=False, exact=44)
    para(doc, C_COVER_SUB, XBS, 22, align="c", indent=False, exact=40)
    for _ in range(10): para(doc, "", indent=False)
    para(doc, C_COMPILER, KAI, 18, align="c", indent=False, exact=34)
    para(doc, C_MONTH, KAI, 18, align="c", indent=False, exact=34)
    # 目录 in its own section without page numbers
    s2 = doc.add_section(WD_SECTION.NEW_PAGE); empty_header_footer(s2)
    para(doc, "目" + FW * 2 + "录", HEI, 22, align="c", indent=False, after=18, exact=34)
    for i, d in enumerate(C_DOCS):
        toc_line(doc, "%d．%s" % (i + 1, d["title"]), d["page"])
    # documents, page numbering restarts at 1
    for i, d in enumerate(C_DOCS):
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        for pg in sec._sectPr.findall(qn("w:pgNumType")): sec._sectPr.remove(pg)
        if i == 0:
            header_text(sec, C_HEAD); footer_pageno(sec, start=1)
        para(doc, d["title"], XBS, 22, align="c", indent=False, after=6, exact=34)
        para(doc, "（" + d["no"] + "）", KAI, 16, align="c", indent=False, after=12)
        para(doc, d["addr"], FS, 16, align=None, indent=False)
        for t in d["body"]: para(doc, t)
        if d.get("attach"):
            para(doc, "", indent=False)
            for j, t in enumerate(d["attach"]):
                p = para(doc, t, FS, 16, align=None, indent=False)
                p.paragraph_format.left_indent = Pt(32)
        signature(doc, d["org"], d["date"], before=16)
        if d.get("sub"):
            para(doc, d["sub"], XBS, 18, align="c", indent=False, before=18, after=12, exact=32)
            for t in d["articles"]:
                lab, rest = t.split(FW, 1)
                p = para(doc, ""); runs(p, [(lab, HEI, False), (FW + rest, FS, False)])
        para(doc, "（此件公开发布）", FS, 16)
    doc.save(os.path.join(HERE, "blind46_huibian.docx"))


c_list = []
for d in C_DOCS:
    meta = {"title": d["title"], "doc_number": d["no"], "issuer": d["org"], "date": d["iso"]}
    meta.update(d["extra"])
    if d.get("attachments"): meta["attachments"] = d["attachments"]
    c_list.append({"meta": meta, "clauses": d["body"] + d.get("articles", [])})
c_list[0]["_note"] = ("汇编 of four documents. The cover (汇编 title, （2023年）, compiler '四川省自由贸易试验区工作办公室　编', '二〇二四年一月') and the 目录 page (four titles with dot leaders and page numbers 1/3/4/6) are not clauses and not documents of their own (an empty container document is tolerable). "
                      "The running header '中国（四川）自由贸易试验区政策文件汇编（2023年）' and '— 1 —' footers are furniture. Each document starts on a new page with its title and bracketed 文号; the 主送 line is an addressee; signature org/date and （此件公开发布） are not clauses. "
                      "Doc 1: effective at 印发 (2023-03-15), expires 2025-12-31.")
c_list[1]["_note"] = "附件 list (two lines, second indented) is attachments metadata, not clauses. Date 2023-06-08, must not take doc 1's or doc 3's 文号/date."
c_list[2]["_note"] = "Joint 印发 notice: issuer both organs (first only is medium). The 办法 is reprinted after the signature under its own sub-title (heading, not a clause): 第一条–第五条 belong to this document. Effective 2023-10-01 (from 第五条), signed 2023-08-25."
c_list[3]["_note"] = "Last document; 2023年12月15日 in item 二 is a deadline, not the document date (2023-11-20). The phone number stays in its clause."
expected["blind46_huibian"] = c_list


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok")
