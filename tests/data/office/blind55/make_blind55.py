# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-fifth round of blind office files and expected.json.

Theme: local legislation as 人大常委会 and 政府 publish it.

  (a) blind55_yunnan_tiaoli.docx / .pdf — 云南省人民代表大会常务委员会公告
      〔十四届〕第12号 on page 1, then (page break) the 条例 itself: title, 题注
      in brackets, 目录 (第一章…第六章 附则 with 第一节/第二节 under 第三章),
      centred 章 and 节 headings, 第一条–第二十三条 with 款 as separate
      unnumbered paragraphs and 项 （一）（二） inside articles, 施行 article last.
  (b) blind55_xiamen_guizhang.docx — 厦门市人民政府令 第188号 (red), 令 text,
      "市长　陈建伟" and date, then the 规章 with a 修正 history in its 题注
      (令第188号公布 / 根据2024年…令第205号《…决定》修正), 第一条–第十四条, no
      chapters.  docx only.
  (c) blind55_qinzhou_jueding.docx / .pdf — 钦州市人民代表大会常务委员会公告
      〔七届〕第15号 and the 决定 amending a 设区的市 regulation: 题注 with 通过
      and 批准 dates, 一、–五、 amendment items whose quotations hold a whole
      "第十条　…" article running over two paragraphs (each paragraph opens
      with “, only the last closes), 本决定自…起施行, republication note.
Run again to rebuild (LibreOffice converts one file at a time).
"""

import json
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(doc, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=28, color=None, bold=False, right=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if right is not None: pf.right_indent = Pt(right)
    p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, bold, color)
    return p


def page_break(doc):
    p = doc.add_paragraph(); p.paragraph_format.line_spacing = Pt(4)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2); r._element.append(t); r._element.append(f3)


def setup(doc, top=37, bottom=35, left=28, right=26, footer=True):
    s = doc.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(top); s.bottom_margin = Mm(bottom)
    s.left_margin = Mm(left); s.right_margin = Mm(right)
    s.footer_distance = Mm(18)
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer:
        fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE"); set_run(fp.add_run(" —"), SONG, 14)


def article(doc, num, paras, size=16, exact=28):
    """num like '第一条'; paras[0] is the first 款, the rest 款 or 项 paragraphs."""
    p = para(doc, "", size=size, exact=exact)
    set_run(p.add_run(num), HEI, size)
    set_run(p.add_run(FW + paras[0]), FS, size)
    for t in paras[1:]:
        para(doc, t, size=size, exact=exact)


def to_pdf(path):
    out = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", out, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def art_text(num, paras):
    return "\n".join([num + FW + paras[0]] + list(paras[1:]))


# ---------------------------------------------------------------- (a) 云南 条例
YN_TITLE = "云南省服务和融入共建“一带一路”促进条例"
YN_NOTICE = "《云南省服务和融入共建“一带一路”促进条例》已由云南省第十四届人民代表大会常务委员会第八次会议于2024年3月28日审议通过，现予公布，自2024年7月1日起施行。"
YN_TOC = [("第一章　总　　则", 0), ("第二章　互联互通", 0), ("第三章　经贸合作", 0), ("第一节　贸易便利化", 1), ("第二节　投资合作", 1),
          ("第四章　人文交流", 0), ("第五章　保障措施", 0), ("第六章　附　　则", 0)]
YN_BODY = [
    ("chap", "第一章　总　　则"),
    ("art", "第一条", ["为了推动本省服务和融入共建“一带一路”，建设面向南亚东南亚辐射中心，促进高水平对外开放，根据有关法律、行政法规，结合本省实际，制定本条例。"]),
    ("art", "第二条", ["本省行政区域内服务和融入共建“一带一路”的促进、保障等活动，适用本条例。"]),
    ("art", "第三条", ["服务和融入共建“一带一路”应当坚持共商共建共享原则，坚持政府引导、市场主导、社会参与，聚焦面向南亚东南亚和环印度洋地区开放，推动政策沟通、设施联通、贸易畅通、资金融通、民心相通。"]),
    ("art", "第四条", ["县级以上人民政府应当加强对服务和融入共建“一带一路”工作的领导，将其纳入国民经济和社会发展规划，建立健全协调推进机制，所需经费列入本级预算。",
                     "省发展改革部门负责统筹协调本省服务和融入共建“一带一路”工作。商务、交通运输、外事、财政等部门和海关等单位按照各自职责做好相关工作。"]),
    ("art", "第五条", ["中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区应当发挥改革开放试验田作用，在跨境贸易、跨境金融、跨境物流等领域开展先行先试，形成可复制可推广的制度创新成果。"]),
    ("chap", "第二章　互联互通"),
    ("art", "第六条", ["省人民政府应当统筹推进中老铁路、中越国际通道、中缅国际通道建设，完善铁路、公路、航空、水运、管道等综合交通网络，提升国际通道运输能力。"]),
    ("art", "第七条", ["省人民政府及其有关部门应当推动中老铁路沿线开发，支持昆明、玉溪、普洱、西双版纳等州（市）建设物流枢纽和产业园区。",
                     "支持开行中老铁路国际货物列车和“澜湄快线”，推动中老铁路与西部陆海新通道、中欧班列衔接。"]),
    ("art", "第八条", ["县级以上人民政府应当加强口岸基础设施建设，推进磨憨、河口、瑞丽等口岸智慧化改造，提高通关效率。"]),
    ("art", "第九条", ["省人民政府应当推动与周边国家在电力、通信、数据等领域的互联互通，建设面向南亚东南亚的区域性国际通信枢纽。"]),
    ("chap", "第三章　经贸合作"),
    ("sec", "第一节　贸易便利化"),
    ("art", "第十条", ["省人民政府及其有关部门应当深化国际贸易“单一窗口”建设，推广应用下列便利化措施：",
                     "（一）“提前申报”“两步申报”等通关模式；",
                     "（二）进出口货物“船边直提”“抵港直装”；",
                     "（三）边民互市贸易进口商品落地加工；",
                     "（四）跨境电子商务零售进出口监管便利化措施。"]),
    ("art", "第十一条", ["支持发展跨境电子商务、市场采购贸易、保税维修等新业态新模式，支持企业在共建“一带一路”国家建设海外仓。"]),
    ("art", "第十二条", ["金融机构应当扩大跨境人民币结算，推动人民币与老挝基普、越南盾等周边国家货币直接交易。",
                       "自由贸易试验区内的企业开展跨境贸易投资的，可以按照国家规定办理资本项目收入支付便利化业务。"]),
    ("sec", "第二节　投资合作"),
    ("art", "第十三条", ["县级以上人民政府应当支持企业在共建“一带一路”国家开展境外投资，在农业、能源、矿产、制造业等领域开展国际产能合作。"]),
    ("art", "第十四条", ["省人民政府应当推进境外经济贸易合作区和跨境经济合作区建设，推动中国老挝磨憨—磨丁经济合作区、中国越南河口—老街跨境经济合作区发展。"]),
    ("art", "第十五条", ["外国投资者在本省投资的，享受国民待遇；国家另有规定的，从其规定。",
                       "县级以上人民政府应当建立外商投资企业投诉工作机制，依法保护外国投资者和外商投资企业的合法权益。"]),
    ("chap", "第四章　人文交流"),
    ("art", "第十六条", ["县级以上人民政府应当支持开展与南亚东南亚国家在教育、科技、文化、旅游、卫生健康等领域的交流合作。"]),
    ("art", "第十七条", ["支持高等学校和职业院校招收共建“一带一路”国家留学生，开展中文教育和职业技能培训。"]),
    ("chap", "第五章　保障措施"),
    ("art", "第十八条", ["县级以上人民政府应当加强服务和融入共建“一带一路”人才队伍建设，对引进的高层次人才在住房、子女教育、医疗等方面按照规定给予保障。"]),
    ("art", "第十九条", ["省人民政府应当建立健全涉外法律服务体系，支持仲裁机构、调解组织为共建“一带一路”提供商事争议解决服务。"]),
    ("art", "第二十条", ["省人民政府应当建立服务和融入共建“一带一路”工作评估制度，每年向省人民代表大会常务委员会报告本条例第五条、第十条规定事项的推进情况。"]),
    ("art", "第二十一条", ["国家机关及其工作人员在服务和融入共建“一带一路”工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"]),
    ("chap", "第六章　附　　则"),
    ("art", "第二十二条", ["本条例下列用语的含义：",
                         "（一）共建“一带一路”国家，是指与我国签署共建“一带一路”合作文件的国家；",
                         "（二）南亚东南亚，是指南亚国家和东南亚国家。"]),
    ("art", "第二十三条", ["本条例自2024年7月1日起施行。"]),
]


def make_yunnan():
    doc = Document(); setup(doc, top=28, bottom=26, left=28, right=26)
    # page 1: the 公告
    para(doc, "", exact=28)
    para(doc, "云南省人民代表大会常务委员会公告", XBS, 22, "c", False, exact=36, after=6)
    para(doc, "〔十四届〕第12号", FS, 16, "c", False, exact=28, after=20)
    para(doc, YN_NOTICE, FS, 16, exact=28)
    para(doc, "", exact=28); para(doc, "", exact=28)
    para(doc, "云南省人民代表大会常务委员会", FS, 16, "r", False, exact=28, right=16)
    para(doc, "2024年3月28日", FS, 16, "r", False, exact=28, right=48)
    page_break(doc)
    # the 条例, 四号 body
    S, E = 14, 21
    para(doc, YN_TITLE, XBS, 20, "c", False, exact=32, after=4)
    para(doc, "（2024年3月28日云南省第十四届人民代表大会常务委员会第八次会议通过）", KAI, 14, "c", False, exact=E, after=8)
    para(doc, "目　　录", HEI, 14, "c", False, exact=E)
    for t, lvl in YN_TOC:
        p = para(doc, t, KAI, 14, "l", False, exact=E)
        p.paragraph_format.left_indent = Pt(14 * (4 if lvl else 2))
    para(doc, "", exact=6)
    for item in YN_BODY:
        if item[0] == "chap":
            para(doc, item[1], HEI, 14, "c", False, before=3, after=0, exact=E)
        elif item[0] == "sec":
            para(doc, item[1], KAI, 14, "c", False, exact=E, bold=True)
        else:
            article(doc, item[1], item[2], S, E)
    path = os.path.join(HERE, "blind55_yunnan_tiaoli.docx"); doc.save(path)
    return path


def expected_yunnan():
    arts = [art_text(i[1], i[2]) for i in YN_BODY if i[0] == "art"]
    return [
        {"meta": {"title": "云南省人民代表大会常务委员会公告", "doc_number": "〔十四届〕第12号",
                  "issuer": "云南省人民代表大会常务委员会", "date": "2024-03-28", "level": "provincial", "region": "云南省",
                  "effective": "2024-07-01",
                  "dates": {"通过": "2024-03-28", "公布": "2024-03-28 (公告 date)", "施行": "2024-07-01"}},
         "clauses": [YN_NOTICE],
         "_note": "Page 1 is the 公告 alone: the heading 云南省人民代表大会常务委员会公告 (title), the number line 〔十四届〕第12号 (doc_number; '云南省人民代表大会常务委员会公告〔十四届〕第12号' as one string is equally fine), one announcing paragraph (the clause), signature 云南省人民代表大会常务委员会 and date 2024年3月28日 (furniture). Reading the 公告 and the 条例 as ONE document is tolerable (low) if that document carries the 条例's title (the 公告 heading as the title of the whole = medium), the 条例's articles as clauses, doc_number 〔十四届〕第12号, date 2024-03-28 and effective 2024-07-01. The 公告's own clause may then be its first clause or be dropped (low)."},
        {"meta": {"title": YN_TITLE, "doc_number": None, "issuer": "云南省人民代表大会常务委员会", "date": "2024-03-28",
                  "level": "provincial", "region": "云南省", "effective": "2024-07-01",
                  "dates": {"通过": "2024-03-28 (题注; 第十四届人大常委会第八次会议)", "公布": "2024-03-28 (the 公告)", "施行": "2024-07-01 (第二十三条 and the 公告)"}},
         "clauses": arts,
         "_note": "地方性法规 (provincial 人大常委会). Title on one line, then the 题注 in brackets '（2024年3月28日云南省第十四届人民代表大会常务委员会第八次会议通过）': furniture/metadata (it gives the 通过 date), never a clause and not part of the title (glued to the title = medium). The 目录 ('目　　录' and the eight 章/节 lines) is furniture: as clauses = medium (they duplicate the headings). 章 headings '第一章　总　　则' … and 节 headings '第一节　贸易便利化' are structure, not clauses (as clauses: low; glued into the next article's text: medium). Each 条 is one clause; its 款 (second unnumbered paragraph in 第四条, 第七条, 第十二条, 第十五条) and its 项 （一）… (第十条, 第二十二条) are expected inside it (joined with newlines here); separate clauses for 款/项 are tolerable (low) as long as they stay in order after their 条; a 款 landing in the wrong 条 or lost = high. '第二十条' mentions '本条例第五条、第十条' inside its text: these are cross-references, not article starts (a split there = high). The issuer is the 常委会, not 云南省人民政府 (= high); level provincial; region 云南省 (昆明/红河/德宏 片区 narrower is fine for single clauses; 老挝/越南/缅甸 are foreign partners, not places where it applies). doc_number: the 条例 has none of its own; carrying the 公告's 〔十四届〕第12号 is tolerable. Footer '— N —' is furniture. No expiry printed."},
    ]


# ---------------------------------------------------------------- (b) 厦门 规章
XM_LING = "《厦门市促进“丝路海运”发展办法》已经2021年6月8日市人民政府第136次常务会议通过，现予公布，自2021年8月1日起施行。"
XM_TITLE = "厦门市促进“丝路海运”发展办法"
XM_TIZHU = "（2021年6月18日厦门市人民政府令第188号公布　根据2024年5月20日厦门市人民政府令第205号《厦门市人民政府关于修改和废止部分市政府规章的决定》修正）"
XM_ARTS = [
    ("第一条", ["为了促进“丝路海运”发展，推进东南国际航运中心建设，服务21世纪海上丝绸之路核心区建设，根据有关法律、法规，结合本市实际，制定本办法。"]),
    ("第二条", ["本市行政区域内促进“丝路海运”发展的相关活动，适用本办法。",
               "本办法所称“丝路海运”，是指以厦门港为枢纽，联通共建“一带一路”国家和地区港口的集装箱航线、港航服务和相关合作机制。"]),
    ("第三条", ["市人民政府应当加强对“丝路海运”发展工作的领导，建立联席会议制度，协调解决重大问题。",
               "市港口管理部门负责“丝路海运”发展的组织推进工作。发展改革、商务、财政、交通运输、自然资源和规划等部门以及厦门海关、厦门海事局等单位按照各自职责做好相关工作。"]),
    ("第四条", ["中国（福建）自由贸易试验区厦门片区管理委员会应当在航运服务、港口物流、通关监管等领域开展制度创新，复制推广成熟经验。"]),
    ("第五条", ["市港口管理部门应当会同有关部门制定“丝路海运”命名航线服务标准。申请命名的航线应当符合下列条件：",
               "（一）在厦门港挂靠的集装箱班轮航线；",
               "（二）航线船期准班率不低于85%；",
               "（三）承诺提供“丝路海运”服务标准规定的通关、装卸、转运等服务。"]),
    ("第六条", ["对新开辟的“丝路海运”命名航线，市人民政府可以按照规定给予资金扶持。具体办法由市港口管理部门会同市财政部门制定，报市人民政府批准后实施。"]),
    ("第七条", ["市港口管理部门应当推动建设“丝路海运”信息化平台，实现港口、航运、物流、海关、海事等信息共享。"]),
    ("第八条", ["厦门海关、厦门海事局等单位应当在各自职责范围内，为“丝路海运”命名航线货物提供优先查验、优先靠泊、优先引航等便利。"]),
    ("第九条", ["支持厦门港与共建“一带一路”国家港口建立友好港关系，开展港口建设、运营管理、人员培训等合作。"]),
    ("第十条", ["鼓励航运企业、物流企业、港口企业组建“丝路海运”联盟，推动联盟成员在标准制定、信息共享、市场开拓等方面开展合作。"]),
    ("第十一条", ["支持发展海铁联运，推动“丝路海运”与中欧（厦门）班列衔接，拓展经厦门港中转的多式联运业务。"]),
    ("第十二条", ["市人民政府应当促进航运金融、海事法律、船舶交易等航运服务业发展，支持设立航运保险、船舶融资租赁等机构。",
                 "鼓励仲裁机构、调解组织依法为“丝路海运”相关主体提供海事海商纠纷解决服务。"]),
    ("第十三条", ["有关部门及其工作人员在促进“丝路海运”发展工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分。"]),
    ("第十四条", ["本办法自2021年8月1日起施行。"]),
]


def make_xiamen():
    doc = Document(); setup(doc)
    para(doc, "", exact=28)
    para(doc, "厦门市人民政府令", XBS, 36, "c", False, exact=50, color="FF0000", after=8)
    para(doc, "第188号", FS, 16, "c", False, exact=28, after=16)
    para(doc, XM_LING, FS, 16, exact=28)
    para(doc, "", exact=28)
    # 市长 name right-aligned; the name is in its own run after a full-width space
    p = para(doc, "", FS, 16, "r", False, exact=28, right=32)
    set_run(p.add_run("市长"), FS, 16); set_run(p.add_run(FW), FS, 16); set_run(p.add_run("陈建伟"), KAI, 16)
    para(doc, "2021年6月18日", FS, 16, "r", False, exact=28, right=32)
    para(doc, "", exact=28); para(doc, "", exact=28)
    para(doc, XM_TITLE, XBS, 22, "c", False, exact=36, after=6)
    para(doc, XM_TIZHU, KAI, 16, "j", False, exact=28, after=12)
    for num, ps in XM_ARTS:
        article(doc, num, ps)
    path = os.path.join(HERE, "blind55_xiamen_guizhang.docx"); doc.save(path)
    return path


def expected_xiamen():
    return [
        {"meta": {"title": XM_TITLE, "doc_number": "厦门市人民政府令第188号", "issuer": "厦门市人民政府", "date": "2021-06-18",
                  "level": "municipal", "region": "福建省厦门市", "effective": "2021-08-01",
                  "dates": {"通过": "2021-06-08 (市政府第136次常务会议)", "公布": "2021-06-18 (令第188号, signed by the 市长)", "施行": "2021-08-01",
                            "修正": "2024-05-20 (令第205号《厦门市人民政府关于修改和废止部分市政府规章的决定》)"}},
         "clauses": [XM_LING] + [art_text(n, ps) for n, ps in XM_ARTS],
         "_note": "政府规章 published by 令. '厦门市人民政府令' (red) + '第188号' is the 令 heading: the doc_number is 厦门市人民政府令第188号 ('第188号' alone tolerable, low); '厦门市人民政府令' as the TITLE = medium (the title is the 规章's, 厦门市促进“丝路海运”发展办法). The 令 sentence is expected as the first clause (dropping it = low). '市长　陈建伟' (name in its own run) and '2021年6月18日' are the signature/date: furniture; the 市长 name must not become the issuer or a clause (= medium). Date is the 公布 date 2021-06-18 (signed by the 市长); 2021-06-08 (常务会议) = low; 2024-05-20 (the 修正 date) as the date = high (it is the date of 令第205号, not of this text's promulgation) — an amended/修正 date recorded separately is welcome. The 题注 '（2021年6月18日…令第188号公布　根据2024年5月20日…令第205号《…决定》修正）' is metadata, not a clause and not part of the title; 令第205号 must NOT become the doc_number (= high) and 《厦门市人民政府关于修改和废止部分市政府规章的决定》 is not the title (= high). 第一条–第十四条, no chapters; 款 (第二条, 第三条, 第十二条) and 项 (第五条 （一）–（三）) inside their 条 as for (a). Effective 2021-08-01 (第十四条 and the 令); no expiry. Level municipal, region 厦门市 (福建省). 中国（福建）自由贸易试验区厦门片区 narrower is fine."},
    ]


# ---------------------------------------------------------------- (c) 钦州 修改决定
QZ_NOTICE = "《钦州市人民代表大会常务委员会关于修改〈钦州市西部陆海新通道建设促进条例〉的决定》已由钦州市第七届人民代表大会常务委员会第二十一次会议于2024年6月28日通过，广西壮族自治区第十四届人民代表大会常务委员会第十次会议于2024年7月26日批准，现予公布，自2024年9月1日起施行。"
QZ_TITLE = ["钦州市人民代表大会常务委员会关于修改", "《钦州市西部陆海新通道建设促进条例》", "的决定"]
QZ_TIZHU = ["（2024年6月28日钦州市第七届人民代表大会常务委员会第二十一次会议通过", "2024年7月26日广西壮族自治区第十四届人民代表大会常务委员会第十次会议批准）"]
QZ_PARAS = [
    "钦州市第七届人民代表大会常务委员会第二十一次会议决定对《钦州市西部陆海新通道建设促进条例》作如下修改：",
    "一、将第十条修改为：“第十条　市人民政府应当推动中国（广西）自由贸易试验区钦州港片区与北部湾港防城港域、北海港域协同发展，完善海铁联运、跨境公路运输和国际班轮航线网络。",
    "“支持开行钦州港至东盟国家和其他共建‘一带一路’国家的国际集装箱班轮航线。”",
    "二、在第十二条中增加一款，作为第二款：“海关、海事、边检等单位应当推行‘提前申报’‘两段准入’等监管方式，压缩货物整体通关时间。”",
    "三、将第十八条第一款第三项修改为：“（三）对新开通的海铁联运班列线路给予运营补贴；”。",
    "四、删去第二十一条。",
    "五、将第二十四条中的“自由贸易港”修改为“自由贸易试验区”。",
    "本决定自2024年9月1日起施行。",
    "《钦州市西部陆海新通道建设促进条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。",
]


def make_qinzhou():
    doc = Document(); setup(doc)
    para(doc, "钦州市人民代表大会常务委员会公告", XBS, 22, "c", False, exact=36, after=6)
    para(doc, "〔七届〕第15号", FS, 16, "c", False, exact=28, after=12)
    para(doc, QZ_NOTICE, FS, 16, exact=28)
    para(doc, "", exact=28)
    para(doc, "钦州市人民代表大会常务委员会", FS, 16, "r", False, exact=28, right=16)
    para(doc, "2024年8月2日", FS, 16, "r", False, exact=28, right=48)
    para(doc, "", exact=28); para(doc, "", exact=28)
    for t in QZ_TITLE:
        para(doc, t, XBS, 22, "c", False, exact=36)
    p = para(doc, "", KAI, 16, "c", False, exact=28, before=6, after=12)
    set_run(p.add_run(QZ_TIZHU[0]), KAI, 16)
    p.add_run().add_break()  # Shift+Enter between 通过 and 批准
    set_run(p.add_run(QZ_TIZHU[1]), KAI, 16)
    for t in QZ_PARAS:
        para(doc, t, FS, 16, exact=28)
    path = os.path.join(HERE, "blind55_qinzhou_jueding.docx"); doc.save(path)
    return path


def expected_qinzhou():
    jd = [QZ_PARAS[0], QZ_PARAS[1] + "\n" + QZ_PARAS[2]] + QZ_PARAS[3:]
    return [
        {"meta": {"title": "钦州市人民代表大会常务委员会公告", "doc_number": "〔七届〕第15号",
                  "issuer": "钦州市人民代表大会常务委员会", "date": "2024-08-02", "level": "municipal", "region": "广西壮族自治区钦州市",
                  "effective": "2024-09-01",
                  "dates": {"通过": "2024-06-28", "批准": "2024-07-26 (广西壮族自治区人大常委会)", "公布": "2024-08-02 (公告 date)", "施行": "2024-09-01"}},
         "clauses": [QZ_NOTICE],
         "_note": "The 公告 (title line, number line 〔七届〕第15号, one announcing paragraph, signature, date 2024年8月2日) is followed on the same page, after two blank lines, by the 决定. Two documents expected; one document carrying the 决定's title, the 公告's number and date 2024-08-02 (or 2024-06-28), effective 2024-09-01 and the 决定's items as clauses is tolerable (low). The 公告 heading as the title of the whole = medium. Date 2024-07-26 (the 自治区 批准) as the 公告's date = medium. Signature and date are furniture."},
        {"meta": {"title": "".join(QZ_TITLE), "doc_number": None, "issuer": "钦州市人民代表大会常务委员会", "date": "2024-06-28",
                  "level": "municipal", "region": "广西壮族自治区钦州市", "effective": "2024-09-01",
                  "amends": "《钦州市西部陆海新通道建设促进条例》",
                  "dates": {"通过": "2024-06-28 (题注, line 1)", "批准": "2024-07-26 (题注, line 2 after a Shift+Enter break)", "公布": "2024-08-02 (the 公告)", "施行": "2024-09-01 (本决定自…起施行)"}},
         "clauses": jd,
         "_note": "设区的市 人大常委会 决定 amending its own 地方性法规, approved by the 自治区 人大常委会. Title is three centred lines (…关于修改 / 《钦州市西部陆海新通道建设促进条例》 / 的决定), must be joined (《钦州市西部陆海新通道建设促进条例》 alone as the title = high: that is the amended regulation, not this document). The 题注 is ONE paragraph with a Shift+Enter break between the 通过 and 批准 parts: metadata, never a clause, not part of the title. Issuer is 钦州市人民代表大会常务委员会 only: the 广西壮族自治区 人大常委会 that approved it is not an issuer (as issuer / level provincial = high). Date: 通过 2024-06-28 (2024-07-26 批准 or 2024-08-02 公布 tolerable, low, if the other dates are not lost). Clauses: the lead sentence, 一、–五、, '本决定自2024年9月1日起施行。' and the republication note. Item 一、 quotes a whole article: '“第十条　市人民政府…' — this '第十条' is INSIDE a quotation and must not start an article clause (a clause '第十条' split off from 一、 = high: a search for 第十条 would find an article that this document does not have); its second quoted paragraph '“支持开行…。”' (opening quote only on the first line of each quoted paragraph, closing at the end, the usual 人大 convention) belongs to item 一、 (as its own clause: medium; attached to 二、 or lost = high). '第十二条' '第十八条' '第二十一条' '第二十四条' are references, never article starts. Effective 2024-09-01; no expiry; no doc_number of its own (carrying 〔七届〕第15号 tolerable). Region 钦州市 in 广西; 北部湾港 / 防城港域 / 北海港域 / 东盟 mentioned in the quoted article are not where this 决定 applies (防城港市/北海市 as applies_to = medium). Footer '— N —' furniture."},
    ]


if __name__ == "__main__":
    files = [make_yunnan(), make_xiamen(), make_qinzhou()]
    for f in files:
        if "xiamen" in f: continue
        to_pdf(f)
    exp = {"blind55_yunnan_tiaoli": expected_yunnan(), "blind55_xiamen_guizhang": expected_xiamen(), "blind55_qinzhou_jueding": expected_qinzhou()}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("\n".join(files))
