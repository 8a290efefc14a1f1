# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-fifth round of blind office files and expected.json.

Three plain-text copies, the way analysts end up with policy text:
  (a) blind45_gongzhonghao.txt — a WeChat 公众号 post pasted as UTF-8 text:
      account chrome, headline, 原创 line with the post date, 收录于合集, a
      lead paragraph quoting the 文号, then the full 自治区商务厅 通知 (two-line
      title, 文号, 主送, 一、–五、, an ▲ image caption between 三、 and 四、,
      signature, date, （此件主动公开）), then the tail chrome (来源/编辑/审核,
      往期推荐 with three 👉 titles — one of them itself a 通知 title —,
      阅读原文, 点赞 在看).
  (b) blind45_zhengce_wenda.txt — 政策问答 in GB18030 bytes with CRLF line
      endings: title, intro naming the policy's 文号, 一、二、三、 group
      headings, 问1–问6 / 答, （一）（二） lists, a tab-separated table
      pasted from Word, GBK-only 镕, closing （来源：南宁市商务局　2024年5月）.
  (c) blind45_banfa_pdfcopy.txt — a 政府规章 copied out of the gazette PDF:
      hard line breaks every ~36 characters, full-width indents at paragraph
      starts only, running header and “— n —” page numbers between pages,
      题注 with 通过/公布/施行 dates wrapped over two lines, 第一章–第六章 with
      spaced 总　　则/附　　则, 第一条–第二十条; a cross-reference
      “第十三条规定” wrapped to a line start, a line ending in “。” inside a
      paragraph, a number split across lines, an article cut mid-sentence
      by a page break, and another page break exactly between paragraphs.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FW = "\u3000"
expected = {}


# ---------------------------------------------------------------- (a) 公众号
A_TITLE_L1 = "广西壮族自治区商务厅关于支持中国（广西）自由贸易试验区"
A_TITLE_L2 = "拓展西部陆海新通道跨境贸易的通知"
A_TITLE = A_TITLE_L1 + A_TITLE_L2
A_NO = "桂商自贸发〔2024〕27号"
A_ADDR = "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会："
A_ORG = "广西壮族自治区商务厅"
A_PARAS = [
    "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，充分发挥中国（广西）自由贸易试验区（以下简称广西自贸试验区）在西部陆海新通道建设中的引领作用，推动跨境贸易提质增效，现将有关事项通知如下。",
    "一、提升通道物流效率。支持钦州港片区加密至东盟国家的集装箱航线，推动“海铁联运＋跨境公路”多式联运“一单制”改革，2024年底前西部陆海新通道海铁联运班列开行量力争突破1万列。",
    "二、发展跨境贸易新业态。支持南宁片区建设跨境电商综合服务平台，鼓励企业在越南、泰国、马来西亚等共建“一带一路”国家布局海外仓。对新认定的自治区级公共海外仓，给予最高100万元一次性补助。",
    "三、深化中越边境贸易创新。支持崇左片区推进边民互市贸易进口商品落地加工，优化凭祥、东兴等口岸“两国一检”通关模式，探索边境贸易跨境人民币结算便利化措施。",
    "四、加强金融服务支撑。鼓励银行机构为片区内外贸企业提供出口信用保险保单融资、运费贷等产品，支持符合条件的跨国公司开展跨境双向人民币资金池业务。",
    "五、强化组织保障。各片区管委会要会同所在设区市商务局制定具体实施方案，于2024年7月31日前报送自治区商务厅（自由贸易试验区工作处）。自治区商务厅将对工作成效明显的片区在专项资金安排上予以倾斜。",
]


def make_a():
    L = []
    add = L.append
    add("点击上方蓝字关注我们")
    add("")
    add("重磅｜自治区商务厅出台5条措施，助力西部陆海新通道跨境贸易提质增效！")
    add("")
    add("原创 钦州商务 2024-06-18 09:30 广西")
    add("")
    add("钦州商务")
    add("钦州市商务局官方公众号，发布商务政策、自贸试验区建设动态。")
    add("")
    add("收录于合集 #自贸试验区 26个 #政策解读 14个")
    add("")
    add("⭐星标公众号，第一时间获取最新政策⭐")
    add("")
    add("　　6月18日，记者从自治区商务厅获悉，《广西壮族自治区商务厅关于支持中国（广西）自由贸易试验区拓展西部陆海新通道跨境贸易的通知》（桂商自贸发〔2024〕27号）日前印发，从通道物流、跨境电商、边境贸易、金融服务、组织保障等五个方面推出硬核举措。一起来看👇👇👇")
    add("")
    add("——————————")
    add("📄政策原文")
    add("——————————")
    add("")
    add(A_TITLE_L1)
    add(A_TITLE_L2)
    add("")
    add(A_NO)
    add("")
    add(A_ADDR)
    add("")
    for i, p in enumerate(A_PARAS):
        add(("　　" if i == 0 else "") + p)
        add("")
        if p.startswith("三、"):
            add("▲钦州港自动化集装箱码头（图片来源：钦州港片区管委会）")
            add("")
    add(A_ORG)
    add("2024年6月12日")
    add("")
    add("（此件主动公开）")
    add("")
    add("— END —")
    add("")
    add("来源：广西商务厅")
    add("编辑：黄丽")
    add("审核：韦明")
    add("")
    add("——————————")
    add("往期推荐")
    add("")
    add("👉关于印发《中国（广西）自由贸易试验区钦州港片区跨境电商扶持办法》的通知")
    add("")
    add("👉一图读懂｜西部陆海新通道建设2024年工作要点")
    add("")
    add("👉钦州港片区前5个月外贸进出口同比增长18.6%")
    add("")
    add("——————————")
    add("")
    add("▼ 长按识别二维码关注我们")
    add("")
    add("阅读原文")
    add("")
    add("点赞 在看")
    add("分享")
    with open(os.path.join(HERE, "blind45_gongzhonghao.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


expected["blind45_gongzhonghao"] = [
    {"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-06-12",
              "addressees": A_ADDR.rstrip("：")},
     "clauses": A_PARAS,
     "_note": "One document: the 通知 inside the 公众号 post. Title is printed on two lines and must be joined; the post headline (重磅｜…) is NOT the title. The 文号 also appears in the lead paragraph (same value). Date is the signature date 2024年6月12日, not the post date 2024-06-18 in the '原创 钦州商务 2024-06-18 09:30 广西' line. Not clauses and not a second document: 点击上方蓝字关注我们, headline, 原创 line, account name/description, 收录于合集, ⭐星标 line, the lead paragraph (editor's text, ends with 👇👇👇), ——— lines, 📄政策原文, 主送 line, the ▲ image caption between 三、 and 四、 (must not be glued to 三、 or 四、), signature, date, （此件主动公开）, — END —, 来源/编辑/审核, 往期推荐 and its three 👉 titles (the first looks like a 通知 title: taking it as a document or title is high), ▼ 长按识别二维码, 阅读原文, 点赞 在看, 分享. 一、–五、 have run-in headings; splitting the heading sentence off is tolerable."},
]


# ---------------------------------------------------------------- (b) 政策问答
B_TITLE = "南宁市支持跨境电商和海外仓高质量发展若干措施政策问答"
B_INTRO = "为帮助企业准确理解和用好《南宁市支持跨境电商和海外仓高质量发展若干措施》（南府规〔2024〕5号，以下简称《若干措施》），市商务局梳理了企业普遍关心的问题，解答如下。"
TAB = "\t"
B_LINES = [  # (kind, text); kind: h heading, q, a, i item, t table row (cells), n plain
    ("h", "一、适用范围"),
    ("q", "问1：《若干措施》适用于哪些企业？"),
    ("a", "答：适用于在南宁市（含中国（广西）自由贸易试验区南宁片区）依法登记注册、具有独立法人资格、近三年内无严重失信记录的跨境电商企业、海外仓运营企业和跨境电商综合服务企业。"),
    ("q", "问2：在南宁片区以外注册的企业能否申报？"),
    ("a", "答：可以。《若干措施》在全市范围内适用，但第三条“片区叠加支持”仅适用于在南宁片区内注册的企业。"),
    ("h", "二、支持标准"),
    ("q", "问3：建设海外仓可以获得哪些支持？"),
    ("a", "答：按照海外仓类型分档给予补助，具体标准如下："),
    ("t", ["类别", "认定条件", "补助标准"]),
    ("t", ["公共海外仓", "面积5000平方米以上，服务企业20家以上", "按实际投资额的10%给予补助，最高200万元"]),
    ("t", ["自营海外仓", "面积2000平方米以上", "按实际投资额的8%给予补助，最高100万元"]),
    ("t", ["东盟国家海外仓", "位于东盟国家或其他共建“一带一路”国家", "在上述标准基础上上浮20%"]),
    ("n", "同一企业年度补助总额不超过300万元。"),
    ("q", "问4：跨境电商企业开展出口业务有哪些奖励？"),
    ("a", "答：主要包括以下两个方面："),
    ("i", "（一）规模奖励。对年度跨境电商出口额首次突破1000万美元、5000万美元的企业，分别给予30万元、80万元一次性奖励。"),
    ("i", "（二）物流补助。对通过中欧班列、西部陆海新通道班列运输跨境电商货物的企业，按照实际运费的20%给予补助，单家企业年度最高50万元。"),
    ("h", "三、申报流程"),
    ("q", "问5：如何申报？需要提交哪些材料？"),
    ("a", "答：企业于每年3月1日至4月30日通过南宁市商务局网站“政策兑现”专栏在线申报，提交以下材料："),
    ("i", "（一）申报表及信用承诺书；"),
    ("i", "（二）营业执照复印件；"),
    ("i", "（三）海外仓租赁合同或产权证明、投资额专项审计报告；"),
    ("i", "（四）海关出口报关数据等跨境电商出口额证明材料。"),
    ("q", "问6：申报结果何时公布？"),
    ("a", "答：市商务局会同市财政局组织审核，审核结果在市商务局网站公示5个工作日，公示无异议后按程序拨付资金。咨询电话：0771-5588123，联系人：陈镕。"),
]
B_SOURCE = "（来源：南宁市商务局　2024年5月）"


def make_b():
    L = [B_TITLE, "", "　　" + B_INTRO, ""]
    for kind, t in B_LINES:
        if kind == "h":
            L += ["", t]
        elif kind == "t":
            L.append(TAB.join(t))
        elif kind in ("a", "i", "n"):
            L.append("　　" + t if kind != "a" else t)
        else:
            L.append(t)
    L += ["", B_SOURCE]
    text = "\r\n".join(L) + "\r\n"
    data = text.encode("gb18030")
    assert data.decode("gbk") == text  # GBK-compatible bytes (镕 is GBK, not GB2312)
    with open(os.path.join(HERE, "blind45_zhengce_wenda.txt"), "wb") as f:
        f.write(data)


def _b_clauses():
    out = [B_INTRO]
    header = None
    for kind, t in B_LINES:
        if kind == "t":
            if header is None:
                header = t
                continue
            out.append(" | ".join(t))
        else:
            out.append(t)
    return out


expected["blind45_zhengce_wenda"] = [
    {"meta": {"title": B_TITLE, "doc_number": None, "issuer": "南宁市商务局", "date": "2024-05"},
     "clauses": _b_clauses(),
     "_note": "GB18030/GBK bytes with CRLF: mojibake, '?' for 镕, or stray \\r in text is high. No 文号: 南府规〔2024〕5号 in the intro is the 文号 of the policy being explained, not of this 问答 (taking it is medium). Issuer/date only from the closing （来源：南宁市商务局　2024年5月） line (month only: 2024-05; a made-up day is low; the line itself is not a clause). 一、二、三、 are group headings (heading kind or own clause both fine, never glued to 问n). 问n and 答 may be separate clauses or one clause per pair; （一）（二）… items one clause each (lead-in with items as one clause tolerable). The tab-separated table: header row 类别/认定条件/补助标准, then one clause per row with all three cells (header-named cells like '类别：公共海外仓；…' equally fine); rows glued together or cells lost is medium/high; the tab header row as a clause is low. '同一企业年度补助总额不超过300万元。' is its own clause after the table."},
]


# ---------------------------------------------------------------- (c) 规章 PDF copy
C_TITLE = "钦州市西部陆海新通道跨境物流促进办法"
C_NOTE = "（2024年5月28日钦州市人民政府第38次常务会议通过　2024年6月3日钦州市人民政府令第12号公布　自2024年7月1日起施行）"
C_HEAD = "钦州市人民政府公报　　　　　　　　　　　　2024年第6期"
C_BODY = [  # ("ch", heading) or ("p", paragraph)
    ("ch", "第一章　总　　则"),
    ("p", "第一条　为了促进西部陆海新通道跨境物流发展，提升中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）服务共建“一带一路”的能力，根据《中华人民共和国对外贸易法》《中国（广西）自由贸易试验区条例》等法律、法规，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法适用于本市行政区域内西部陆海新通道跨境物流的规划建设、运营服务、促进保障及其相关管理活动。"),
    ("p", "第三条　跨境物流促进工作应当坚持政府引导、市场主导、开放合作、安全便捷的原则，推动海铁联运、跨境公路运输和国际航运协同发展。"),
    ("p", "第四条　市人民政府应当加强对跨境物流促进工作的领导，建立健全工作协调机制，研究解决跨境物流发展中的重大问题。"),
    ("p", "市商务主管部门负责跨境物流促进工作的统筹协调和指导监督。发展改革、交通运输、财政、自然资源等部门和海关、海事等单位按照各自职责做好相关工作。"),
    ("p", "钦州港片区管理委员会负责片区内跨境物流促进的具体实施工作。"),
    ("ch", "第二章　通道建设"),
    ("p", "第五条　市人民政府应当依据国土空间规划，统筹港口、铁路、公路和物流园区布局，推进钦州港东航道扩建、大榄坪南作业区自动化码头和钦州铁路集装箱中心站扩能等重大项目建设。"),
    ("p", "第六条　市交通运输主管部门应当会同有关部门推动港口与铁路无缝衔接，完善铁路进港专用线，实现集装箱“船边直提”“抵港直装”和“港站一体化”作业。"),
    ("p", "第七条　鼓励航运企业开辟和加密至东盟、南亚、中东等共建“一带一路”国家和地区的集装箱航线。对新开通并稳定运营一年以上的国际班轮航线，依照本办法第十三条规定给予支持。"),
    ("ch", "第三章　运营服务"),
    ("p", "第八条　市人民政府应当支持培育多式联运经营主体，推广多式联运“一单制”，推动铁路运单、海运提单在物流、贸易、金融等环节互认互通。"),
    ("p", "第九条　海关、海事、边检等口岸查验单位应当在钦州港片区推行下列便利措施："),
    ("p", "（一）进口货物“提前申报、货到验放”；"),
    ("p", "（二）出口货物“先放行、后改单”；"),
    ("p", "（三）国际航行船舶“联合登临检查”；"),
    ("p", "（四）符合条件的企业适用“两段准入”监管模式。"),
    ("p", "第十条　市商务主管部门应当依托国际贸易“单一窗口”建设跨境物流公共信息平台，汇集港口作业、班列运行、通关状态等信息，为企业提供货物全程可视化追踪服务。"),
    ("p", "第十一条　支持企业在越南、泰国、马来西亚、新加坡等国家建设海外仓和物流分拨中心，完善境外物流节点网络。"),
    ("ch", "第四章　促进措施"),
    ("p", "第十二条　市人民政府设立西部陆海新通道跨境物流发展专项资金，纳入年度财政预算，用于支持通道基础设施建设、航线班列培育、多式联运发展和公共服务平台建设。"),
    ("p", "专项资金的具体管理办法由市财政部门会同市商务主管部门另行制定。"),
    ("p", "第十三条　对依照本办法第七条规定开通的国际集装箱班轮航线，按照下列标准给予支持："),
    ("p", "（一）每周一班及以上的，每条航线每年给予最高200万元补助；"),
    ("p", "（二）每两周一班的，每条航线每年给予最高100万元补助。"),
    ("p", "同一航线享受补助的期限累计不超过3年。"),
    ("p", "第十四条　对在钦州港片区新设立的区域性物流总部企业，按照其实缴注册资本的1%给予一次性奖励，奖励资金分三年拨付，单个企业奖励金额最高不超过500万元。"),
    ("p", "第十五条　鼓励金融机构开发运费贷、仓单质押、多式联运提单融资等金融产品，为跨境物流企业提供融资支持。"),
    ("p", "第十六条　市人民政府应当加强跨境物流人才引进和培养，对引进的国际航运、多式联运等领域高层次人才，在住房、子女入学、医疗等方面按照有关规定给予保障。"),
    ("ch", "第五章　监督管理"),
    ("p", "第十七条　市商务主管部门应当会同有关部门建立跨境物流企业信用评价制度，对守信企业在通关便利、资金支持等方面给予激励，对失信企业依法实施惩戒。"),
    ("p", "第十八条　专项资金使用单位应当按照规定用途使用资金。以虚报、冒领等手段骗取专项资金的，由有关部门依法追回，并依照有关规定处理；构成犯罪的，依法追究刑事责任。"),
    ("ch", "第六章　附　　则"),
    ("p", "第十九条　本办法下列用语的含义："),
    ("p", "（一）海铁联运，是指以集装箱为载体，通过海运与铁路运输衔接完成的货物全程运输；"),
    ("p", "（二）“一单制”，是指在多式联运全程使用一份运输单证，实现一次委托、一单到底、一票结算。"),
    ("p", "第二十条　本办法自2024年7月1日起施行。"),
]
# where to force a line break inside a paragraph: (paragraph start, break before this substring)
FORCE = {
    "第七条": "第十三条规定",      # cross-reference wrapped to a line start
    "市商务主管部门负责": "发展改革、",  # line ends with 。 inside a paragraph
    "第十四条": "00万元",          # number split 5|00
    "第一条": "《中国（广西）",
    "第十条": "息平台",            # page break goes here (inside the word 信息)
}
CLOSE = "，。、；：）”》！？"
W = 36


OPEN = "（“《"


def wrap(text, force=None):
    lines, i = [], 0
    fpos = text.find(force) if force else -1
    while i < len(text):
        j = min(i + W, len(text))
        if fpos > i and i + W - 8 <= fpos <= i + W + 2:
            j = fpos
        else:
            while j < len(text) and text[j] in CLOSE:
                j += 1  # 避头: closing punctuation pulled onto the line
            while j < len(text) and text[j - 1] in OPEN:
                j -= 1  # 避尾: opening bracket pushed to the next line
        lines.append(text[i:j]); i = j
    return lines


def c_lines():
    out = [C_TITLE]
    out.extend(wrap(C_NOTE, "3日钦州市"))
    for kind, t in C_BODY:
        if kind == "ch":
            out.append(t)
        else:
            force = next((v for k, v in FORCE.items() if t.startswith(k)), None)
            out.extend(wrap(FW + FW + t, force))
    return out


PAGE = 27


def make_c():
    """No blank lines (as a PDF viewer's copy gives them); a page holds at most
    PAGE lines; page breaks forced before '息平台…' (inside 信息, 第十条) and before
    第十七条 (its chapter heading 第五章 stays at the foot of the previous page)."""
    body = c_lines()
    forced = {k for k, ln in enumerate(body) if ln.startswith("息平台") or ln.startswith(FW + FW + "第十七条")}
    out = [C_HEAD]
    page, n, brk = 3, 0, []
    for k, ln in enumerate(body):
        if k in forced or n == PAGE:
            out += ["— %d —" % page, C_HEAD]
            brk.append(ln[:12]); page += 1; n = 0
        out.append(ln); n += 1
    out.append("— %d —" % page)
    with open(os.path.join(HERE, "blind45_banfa_pdfcopy.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    return body, brk


expected["blind45_banfa_pdfcopy"] = [
    {"meta": {"title": C_TITLE, "doc_number": "钦州市人民政府令第12号", "issuer": "钦州市人民政府",
              "date": "2024-06-03", "adopted": "2024-05-28", "effective": "2024-07-01"},
     "clauses": [t for kind, t in C_BODY if kind == "p"],
     "_note": "政府规章 copied out of a gazette PDF. Hard line breaks every ~36 characters must be joined with no space; a new paragraph starts only at a line beginning with two full-width spaces (or a 第N章 heading). Traps: in 第七条 the cross-reference '第十三条规定给予支持。' is wrapped to the start of a line (no indent) — it is NOT a new article (a clause '第十三条规定给予支持。' or 第七条 cut there is medium; a second 第十三条 is high); in 第四条's second 款 a line ends with '指导监督。' and the paragraph continues with '发展改革、…' on the next line (splitting there is medium); in 第十四条 '500万元' is split '5|00万元' across lines (a space inside is low). The 题注 wraps over two lines, splitting the 公布 date '2024年6月' | '3日…': doc_number '钦州市人民政府令第12号' (or '第12号'), date = 公布 2024-06-03 (taking the 通过 date 2024-05-28 is a wrong date: high), effective 2024-07-01; the 题注 is not a clause. Running header '钦州市人民政府公报　…　2024年第6期' (top of each page) and '— 3 —'…'— 6 —' (foot of each page) are not clauses. Page breaks: (1) after 第七条, before the 第三章 heading; (2) inside the word 信息 in 第十条 ('…公共信' | — 4 — | header | '息平台，汇集…'): must be rejoined as '公共信息平台' (header/page number glued inside is high, two pieces is medium); (3) after the 第五章 heading left at the foot of page 5, before 第十七条 (the heading must not be glued to 第十六条 or 第十七条). The file has no blank lines at all. Chapter headings 第一章　总　　则 … 第六章　附　　则 are headings, not clauses, never glued to articles. Each 款 and each 项 its own string, first 款 carrying the 第N条 label; 项 glued into their lead-in is tolerable (low)."},
]


if __name__ == "__main__":
    make_a(); make_b(); body, brk = make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok", brk)
