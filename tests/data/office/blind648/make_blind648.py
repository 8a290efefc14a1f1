# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 648: bilingual 合作备忘录 / 框架协议 in two-column tables.

Writes next to itself:
  blind648_fuzhou_beiwanglu.docx / .pdf
  blind648_qingdao_tongzhi.docx / .pdf   (notice + attached bilingual framework agreement)
  blind648_chongqing_beiwanglu.docx / .pdf
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
TNR = "Times New Roman"
SP = "\u3000"  # full-width space

CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五"]


# --------------------------------------------------------------------------
# low level helpers
# --------------------------------------------------------------------------
def set_font(run, east=FS, west=TNR, size=16, bold=False, color=None):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), west)
    rf.set(qn("w:hAnsi"), west)
    rf.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_runs(par, runs, default):
    """runs: list of str or (text, fontdict). '\n' inside text = soft line break."""
    for item in runs:
        if isinstance(item, str):
            text, fmt = item, {}
        else:
            text, fmt = item
        f = dict(default)
        f.update(fmt)
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            r = par.add_run(piece)
            set_font(r, **f)
            if i < len(pieces) - 1:
                r.add_break(WD_BREAK.LINE)


def fmt_par(par, align=None, first=None, left=None, line=None, before=0, after=0,
            exact=False):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if line is not None:
        pf.line_spacing = Pt(line)
        if exact:
            from docx.enum.text import WD_LINE_SPACING
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(container, runs, default=None, **kw):
    default = default or {"east": FS, "west": TNR, "size": 16}
    par = container.add_paragraph()
    add_runs(par, runs, default)
    fmt_par(par, **kw)
    return par


def red_rule(par, color="FF0000", sz=18):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), str(sz))
    bt.set(qn("w:space"), "4")
    bt.set(qn("w:color"), color)
    b.append(bt)
    pPr.append(b)


def add_field(par, instr, font):
    def r():
        run = par.add_run()
        set_font(run, **font)
        return run
    r1 = r()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = r()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = r()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    r4 = r()
    t = OxmlElement("w:t")
    t.text = "1"
    r4._r.append(t)
    r5 = r()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def footer_page(doc, style="dash"):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font = {"east": "宋体", "west": "宋体", "size": 14}
    if style == "dash":
        add_runs(fp, ["— "], font)
        add_field(fp, "PAGE", font)
        add_runs(fp, [" —"], font)
    else:
        font = {"east": FS, "west": TNR, "size": 10.5}
        add_runs(fp, ["第 "], font)
        add_field(fp, "PAGE", font)
        add_runs(fp, [" 页 共 "], font)
        add_field(fp, "NUMPAGES", font)
        add_runs(fp, [" 页"], font)


def page_setup(doc, top=37, bottom=35, left=28, right=26):
    s = doc.sections[0]
    s.page_height = Mm(297)
    s.page_width = Mm(210)
    s.top_margin = Mm(top)
    s.bottom_margin = Mm(bottom)
    s.left_margin = Mm(left)
    s.right_margin = Mm(right)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def cell_write(cell, paras, default, **kw):
    """paras: list of run-lists (or (run-list, extra_kw))."""
    first = True
    out = []
    for spec in paras:
        extra = {}
        if isinstance(spec, tuple):
            spec, extra = spec
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        pre = extra.pop("pre", None)
        if pre:
            pre(p)
        add_runs(p, spec, default)
        k = dict(kw)
        k.update(extra)
        fmt_par(p, **k)
        out.append(p)
    return out


def table_borders(table, top=True, bottom=True, insideH=True, others=False, sz=8):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for name in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + name)
        on = {"top": top, "bottom": bottom, "insideH": insideH}.get(name, others)
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


# --------------------------------------------------------------------------
# bilingual table builder
# --------------------------------------------------------------------------
ZH = {"east": FS, "west": TNR, "size": 14}
ZH_B = {"east": HT, "west": TNR, "size": 14}
EN = {"east": FS, "west": TNR, "size": 11.5}
EN_B = {"east": HT, "west": TNR, "size": 11.5, "bold": True}


def bilingual_rows(table, rows):
    """rows: list of dicts {zh: [paras], en: [paras], merge: bool}"""
    for r in rows:
        row = table.add_row()
        if r.get("merge"):
            c = row.cells[0].merge(row.cells[1])
            cell_write(c, r["zh"], ZH, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
            continue
        cell_write(row.cells[0], r["zh"], ZH, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                   first=r.get("zh_first", 0), line=r.get("line", 24))
        cell_write(row.cells[1], r["en"], EN, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                   first=0, line=r.get("line_en", 16), after=2)


# --------------------------------------------------------------------------
# Document 1: Fuzhou – Piraeus MoU
# --------------------------------------------------------------------------
def doc_fuzhou():
    stem = "blind648_fuzhou_beiwanglu"
    doc = Document()
    page_setup(doc, top=25, bottom=25, left=22, right=22)
    footer_page(doc, "dash")

    zh_title = ("中国（福建）自由贸易试验区福州片区管理委员会"
                "与比雷埃夫斯港务局股份有限公司"
                "关于深化港航物流合作的谅解备忘录")
    # title typed as three separate paragraphs (quirk)
    for line in ("中国（福建）自由贸易试验区福州片区管理委员会",
                 "与比雷埃夫斯港务局股份有限公司",
                 "关于深化港航物流合作的谅解备忘录"):
        para(doc, [line], {"east": XBS, "west": TNR, "size": 20},
             align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, [""], align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, ["Memorandum of Understanding on Deepening Port and Shipping Logistics "
               "Cooperation between the Administrative Committee of Fuzhou Area, "
               "China (Fujian) Pilot Free Trade Zone and Piraeus Port Authority S.A."],
         {"east": FS, "west": TNR, "size": 14, "bold": True},
         align=WD_ALIGN_PARAGRAPH.CENTER, line=20, after=10)

    pre = [
        "中国（福建）自由贸易试验区福州片区管理委员会（以下简称“福州片区管委会”）与比雷埃夫斯港务局股份有限公司（以下简称“比港务局”），以下单独称“一方”，合称“双方”；",
        "鉴于福州港与比雷埃夫斯港同为21世纪海上丝绸之路重要节点港口，双方在港口运营、航运物流、临港产业和贸易便利化等领域具有良好的合作基础和广阔的合作前景；为落实共建“一带一路”倡议，推动中希两国港口城市间互利合作，双方本着平等互利、优势互补、共同发展的原则，经友好协商，达成如下谅解：",
    ]
    pre_en = [
        "The Administrative Committee of Fuzhou Area, China (Fujian) Pilot Free Trade Zone (hereinafter referred to as “Fuzhou Area Committee”) and Piraeus Port Authority S.A. (hereinafter referred to as “PPA”), each hereinafter referred to as a “Party” and collectively as the “Parties”;",
        "Whereas the Port of Fuzhou and the Port of Piraeus are both important nodes of the 21st Century Maritime Silk Road, and the Parties enjoy a sound basis and broad prospects for cooperation in port operation, shipping logistics, port-related industries and trade facilitation; in order to implement the Belt and Road Initiative and promote mutually beneficial cooperation between port cities of China and Greece, the Parties, following the principles of equality, mutual benefit, complementarity and common development, have reached the following understanding through friendly consultations:",
    ]

    # (number, zh heading, zh body, [zh items], en heading, en body, [en items])
    arts = [
        (1, "合作目的", "双方旨在建立长期、稳定、务实的合作关系，推动福州港与比雷埃夫斯港之间航线互联、物流互通、信息互享，共同打造连接中国东南沿海与欧洲南部的海上物流通道。", [],
         "Purpose", "The Parties aim to establish a long-term, stable and pragmatic cooperative relationship, promote the interconnection of shipping routes, logistics and information between the Port of Fuzhou and the Port of Piraeus, and jointly build a maritime logistics corridor linking the southeast coast of China and southern Europe.", []),
        (2, "合作原则", "双方遵循平等自愿、互利共赢、循序渐进的原则开展合作，遵守各自所在国家的法律法规，尊重国际通行规则和惯例。", [],
         "Principles", "The Parties shall carry out cooperation under the principles of equality, voluntariness, mutual benefit and gradual progress, comply with the laws and regulations of their respective countries, and respect generally accepted international rules and practices.", []),
        (3, "合作领域", "双方同意在以下领域开展合作：", [
            "（一）航线开发。支持航运企业开辟或加密福州港至比雷埃夫斯港的集装箱直航航线，探索“海运+中欧陆海快线”多式联运服务，提升货物中转效率。",
            "（二）港口运营。在码头管理、智慧港口建设、绿色低碳港口技术等方面交流经验，开展岸电设施、自动化装卸等技术合作。",
            "（三）贸易便利化。推动双方港口在通关信息交换、电子单证互认等方面开展合作，共同研究提升跨境贸易便利化水平的措施。",
            "（四）临港产业。鼓励双方企业在福州片区和比雷埃夫斯港区投资设立物流分拨、冷链仓储和加工配送项目，支持跨境电商企业在比雷埃夫斯港周边布局海外仓。",
            "（五）双方共同确定的其他合作领域。"],
         "Areas of Cooperation", "The Parties agree to cooperate in the following areas:", [
            "(1) Shipping routes. Supporting shipping companies in opening or increasing the frequency of direct container services between the Port of Fuzhou and the Port of Piraeus, and exploring “sea + China-Europe Land-Sea Express Line” multimodal services to improve transshipment efficiency.",
            "(2) Port operation. Exchanging experience in terminal management, smart port development and green and low-carbon port technologies, and carrying out technical cooperation in shore power facilities and automated handling.",
            "(3) Trade facilitation. Promoting cooperation between the ports in customs-related information exchange and mutual recognition of electronic documents, and jointly studying measures to further facilitate cross-border trade.",
            "(4) Port-related industries. Encouraging enterprises of both sides to invest in logistics distribution, cold-chain warehousing and processing and delivery projects in Fuzhou Area and the Piraeus port area, and supporting cross-border e-commerce enterprises in establishing overseas warehouses around the Port of Piraeus.",
            "(5) Other areas jointly identified by the Parties."]),
        (4, "合作机制", "双方同意建立联络协调机制，各自指定一个联络部门负责本备忘录的日常联络和落实工作。福州片区管委会指定其综合协调局，比港务局指定其商务发展部。双方原则上每年至少举行一次工作会谈，轮流在福州和比雷埃夫斯举行，会谈形式可以为线上或线下。", [],
         "Cooperation Mechanism", "The Parties agree to establish a liaison and coordination mechanism, with each Party designating a liaison department responsible for day-to-day communication and implementation of this MoU. Fuzhou Area Committee designates its Comprehensive Coordination Bureau, and PPA designates its Commercial Development Department. In principle, the Parties shall hold at least one working meeting each year, alternately in Fuzhou and Piraeus, either online or in person.", []),
        (5, "信息交流", "双方定期交流港口吞吐量、航线变化、投资政策和贸易便利化举措等方面的公开信息，并为对方组织的招商推介、经贸考察等活动提供必要协助。", [],
         "Information Exchange", "The Parties shall regularly exchange public information on port throughput, changes in shipping routes, investment policies and trade facilitation measures, and provide necessary assistance to investment promotion events and business delegations organized by the other Party.", []),
        (6, "人员交流与培训", "双方鼓励管理人员和技术人员互访交流，可根据需要共同举办港口管理、航运物流等领域的专题培训和研讨活动。", [],
         "Personnel Exchange and Training", "The Parties encourage mutual visits of managerial and technical personnel and may, as needed, jointly hold seminars and training programmes on port management, shipping logistics and related fields.", []),
        (7, "费用", "除双方另有书面约定外，双方各自承担因执行本备忘录所发生的费用。具体合作项目所需经费，由参与方在项目协议中另行约定。", [],
         "Expenses", "Unless otherwise agreed in writing, each Party shall bear its own expenses incurred in implementing this MoU. Funding for specific cooperation projects shall be separately agreed by the participants in project agreements.", []),
        (8, "保密", "未经对方事先书面同意，任何一方不得向第三方披露在合作过程中获得的对方非公开信息。本条规定在本备忘录终止后继续有效。", [],
         "Confidentiality", "Neither Party shall disclose to any third party any non-public information of the other Party obtained in the course of cooperation without the prior written consent of the other Party. This Article shall survive the termination of this MoU.", []),
        (9, "法律效力", "本备忘录是双方合作意向的表述，不构成任何一方在国际法或国内法下的法律义务。具体合作项目由双方或有关企业另行签订协议予以明确。", [],
         "Legal Effect", "This MoU is an expression of the Parties’ intention to cooperate and does not create any legal obligation for either Party under international or domestic law. Specific cooperation projects shall be set out in separate agreements concluded by the Parties or the enterprises concerned.", []),
        (10, "争议解决", "双方因解释或执行本备忘录产生的任何分歧，应通过友好协商解决。", [],
         "Settlement of Differences", "Any difference arising from the interpretation or implementation of this MoU shall be settled through friendly consultations between the Parties.", []),
        (11, "生效、修改和终止", "本备忘录自双方授权代表签字之日起生效，有效期至2028年12月31日。经双方书面同意，本备忘录可以修改或者延期。任何一方可提前三个月书面通知对方终止本备忘录，终止不影响双方已经开展的合作项目的执行。", [],
         "Entry into Force, Amendment and Termination", "This MoU shall enter into force on the date of signature by the authorized representatives of both Parties and shall remain valid until 31 December 2028. This MoU may be amended or extended by mutual written consent of the Parties. Either Party may terminate this MoU by giving three months’ written notice to the other Party, and such termination shall not affect the implementation of cooperation projects already under way.", []),
        (12, "文本", "本备忘录一式四份，中英文各两份，两种文本同等作准。双方各执中文文本和英文文本各一份。", [],
         "Counterparts", "This MoU is made in four originals, two in Chinese and two in English, both texts being equally authentic. Each Party shall keep one Chinese original and one English original.", []),
    ]

    clauses = list(pre)
    rows = [{"zh": [[p] for p in pre], "en": [[p] for p in pre_en], "zh_first": 28}]
    for n, zh_h, zh_b, zh_items, en_h, en_b, en_items in arts:
        lab = "第%s条" % CN_NUM[n]
        # run-in heading: 黑体 label + heading, body in 仿宋
        zh_paras = [[(lab + SP + zh_h, ZH_B), SP + zh_b]]
        clauses.append(lab + SP + zh_h + SP + zh_b)
        for it in zh_items:
            zh_paras.append(([it], {"first": 28}))
            clauses.append(it)
        en_paras = [[("Article %d  %s" % (n, en_h), EN_B)], [en_b]] + [[x] for x in en_items]
        rows.append({"zh": zh_paras, "en": en_paras})

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    cell_write(hdr.cells[0], [[("中文文本", ZH_B)]], ZH, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(hdr.cells[1], [[("English Text", EN_B)]], EN, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(hdr)
    bilingual_rows(table, rows)

    # empty spacer row (quirk)
    table.add_row()

    uline = "＿" * 10
    sig = [
        {"zh": [["签署地点：希腊比雷埃夫斯"]], "en": [["Place of signature: Piraeus, Greece"]]},
        {"zh": [[("代表中国（福建）自由贸易试验区福州片区管理委员会", ZH_B)]],
         "en": [[("For and on behalf of the Administrative Committee of Fuzhou Area, China (Fujian) Pilot Free Trade Zone", EN_B)]]},
        {"zh": [["签　　字：" + uline], ["姓　　名：林志远"], ["职　　务：主任"], ["日　　期：2025年11月18日"]],
         "en": [["Signature: ______________"], ["Name:        LIN Zhiyuan"], ["Title:         Director"], ["Date:          18 November 2025"]]},
        {"zh": [[("代表比雷埃夫斯港务局股份有限公司", ZH_B)]],
         "en": [[("For and on behalf of Piraeus Port Authority S.A.", EN_B)]]},
        {"zh": [["签　　字：" + uline], ["姓　　名：扬尼斯·卡拉古尼斯"], ["职　　务：首席执行官"], ["日　　期：2025年11月18日"]],
         "en": [["Signature: ______________"], ["Name:        Ioannis Karagounis"], ["Title:         Chief Executive Officer"], ["Date:          18 November 2025"]]},
    ]
    bilingual_rows(table, sig)
    set_col_widths(table, [83, 83])

    meta = {
        "title": zh_title,
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区福州片区管理委员会", "比雷埃夫斯港务局股份有限公司"],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区福州片区",
        "effective": "2025-11-18",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "谅解备忘录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# --------------------------------------------------------------------------
# Document 2: Qingdao notice + Hamburg framework agreement
# --------------------------------------------------------------------------
def doc_qingdao():
    stem = "blind648_qingdao_tongzhi"
    doc = Document()
    page_setup(doc)
    footer_page(doc, "dash")

    body = {"east": FS, "west": TNR, "size": 16}
    L = 28  # fixed line spacing

    # red header
    hp = para(doc, ["中国（山东）自由贸易试验区青岛片区管理委员会文件"],
              {"east": XBS, "west": TNR, "size": 20, "color": "FF0000"},
              align=WD_ALIGN_PARAGRAPH.CENTER, line=40, before=30)
    for r in hp.runs:  # squeeze characters the way offices do (字符缩放)
        w = OxmlElement("w:w")
        w.set(qn("w:val"), "85")
        r._element.get_or_add_rPr().append(w)
    para(doc, [""], body, line=L, exact=True)
    p = doc.add_paragraph()
    red_rule(p)
    add_runs(p, ["青自贸片管发〔2026〕3号"], body)
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=L, exact=True, after=6)
    para(doc, [""], body, line=L, exact=True)

    notice_title = ("中国（山东）自由贸易试验区青岛片区管理委员会关于印发"
                    "《青岛片区与汉堡港营销协会合作框架协议》的通知")
    para(doc, ["中国（山东）自由贸易试验区青岛片区\n管理委员会关于印发《青岛片区与汉堡港\n营销协会合作框架协议》的通知"],
         {"east": XBS, "west": TNR, "size": 22},
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, exact=True)
    para(doc, [""], body, line=L, exact=True)
    para(doc, ["片区各部门、各功能区管理机构，各有关驻区单位："], body, line=L, exact=True)

    clauses = []

    def bp(runs, text_for_key=None, key=True):
        para(doc, runs, body, first=32, line=L, exact=True,
             align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if key:
            clauses.append(text_for_key if text_for_key is not None else
                           "".join(r if isinstance(r, str) else r[0] for r in runs))

    bp(["为深入贯彻落实高质量共建“一带一路”决策部署，推动青岛片区与德国汉堡港在中欧班列、海铁联运和港航物流等领域开展务实合作，2025年12月9日，青岛片区管委会与汉堡港营销协会在德国汉堡签署了合作框架协议。经片区管委会主任办公会议研究同意，现将框架协议印发给你们，并就抓好落实有关事项通知如下："])
    hd = {"east": HT, "west": TNR, "size": 16}
    bp([("一、压实工作责任。", hd), "片区经济发展部（自贸创新局）作为框架协议的牵头落实部门，负责与汉堡港营销协会的日常联络、年度工作会谈筹备和合作事项统筹推进；各责任部门要按照分工抓好具体任务落实。重点任务分工如下："])

    cols = ["序号", "重点任务", "责任部门", "完成时限"]
    tasks = [
        ["1", "推动开行青岛至汉堡中欧班列常态化线路，力争全年开行不少于120列", "片区口岸物流部", "2026年12月底前"],
        ["2", "推动“海铁联运+中欧班列”全程提单试点", "片区口岸物流部", "2026年9月底前"],
        ["3", "支持片区企业在汉堡港周边布局跨境电商海外仓1个以上", "片区招商促进部", "2026年12月底前"],
        ["4", "组织片区企业赴德国开展经贸交流活动", "片区招商促进部、片区经济发展部（自贸创新局）", "2026年10月底前"],
        ["5", "建立与汉堡港营销协会的季度信息交流机制", "片区经济发展部（自贸创新局）", "2026年3月底前"],
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    th = {"east": HT, "west": TNR, "size": 12}
    td = {"east": FS, "west": TNR, "size": 12}
    for i, c in enumerate(cols):
        cell_write(t.rows[0].cells[i], [[c]], th, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for row in tasks:
        r = t.add_row()
        for i, v in enumerate(row):
            cell_write(r.cells[i], [[v]], td,
                       align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (cols[i], row[i]) for i in range(4)))
    set_col_widths(t, [14, 72, 44, 26])

    bp([("二、加快项目落地。", hd), "各责任部门要加强与汉堡港营销协会及其会员企业的对接，梳理形成合作项目清单，实行清单化管理、项目化推进。对条件成熟的项目，要及时推动签订具体合作协议。"])
    bp([("三、强化政策支持。", hd), "对符合条件的中欧班列、海铁联运和海外仓项目，按照片区现行支持政策给予支持。"])
    bp(["（一）对在青岛片区注册、开行青岛至欧洲中欧班列的平台企业，按照有关规定给予运营补贴。"])
    bp(["（二）对片区企业在汉堡港周边新建并投入运营的跨境电商海外仓，按照实际投资额给予一定比例的补助，具体标准另行制定。"])
    bp([("四、做好信息报送。", hd), "各责任部门于每季度结束后5个工作日内，将框架协议落实进展情况报送片区经济发展部（自贸创新局），由其汇总后报片区管委会。"])
    bp(["联系人：片区经济发展部（自贸创新局）王晓萌，联系电话：0532-86761234。"])

    para(doc, [""], body, line=L, exact=True)
    agr_title = ("中国（山东）自由贸易试验区青岛片区管理委员会与汉堡港营销协会"
                 "关于中欧班列与海铁联运合作的框架协议")
    # attachment line wrapped by hand with a soft break and spaces
    # attachment line with hanging indent so the title wraps under itself
    para(doc, ["附件：" + agr_title], body, left=80, first=-48, line=L, exact=True)
    para(doc, [""], body, line=L, exact=True)
    para(doc, [""], body, line=L, exact=True)
    para(doc, ["中国（山东）自由贸易试验区青岛片区管理委员会" + SP * 2], body,
         align=WD_ALIGN_PARAGRAPH.RIGHT, line=L, exact=True)
    para(doc, [SP * 14 + "2026年1月16日" + SP * 4], body, align=WD_ALIGN_PARAGRAPH.RIGHT,
         line=L, exact=True)
    para(doc, [""], body, line=L, exact=True)
    para(doc, ["（此件公开发布）"], body, first=32, line=L, exact=True)

    # ---- attachment: the framework agreement
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_runs(p, ["附件"], {"east": HT, "west": TNR, "size": 16})
    fmt_par(p, line=L, exact=True)
    para(doc, [""], body, line=L, exact=True)
    para(doc, ["中国（山东）自由贸易试验区青岛片区管理委员会\n与汉堡港营销协会\n关于中欧班列与海铁联运合作的框架协议"],
         {"east": XBS, "west": TNR, "size": 18}, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, ["Framework Agreement on China-Europe Railway Express and Sea-Rail Intermodal "
               "Cooperation between the Administrative Committee of Qingdao Area, China (Shandong) "
               "Pilot Free Trade Zone and Hafen Hamburg Marketing e.V."],
         {"east": FS, "west": TNR, "size": 13, "bold": True},
         align=WD_ALIGN_PARAGRAPH.CENTER, line=18, after=8)

    pre = "中国（山东）自由贸易试验区青岛片区管理委员会（以下简称“甲方”）与汉堡港营销协会（以下简称“乙方”），为发挥青岛港和汉堡港作为欧亚大陆两端重要枢纽港的优势，推动中欧班列与海铁联运高质量发展，促进中德经贸往来，经友好协商，就开展合作达成如下框架协议："
    pre_en = "The Administrative Committee of Qingdao Area, China (Shandong) Pilot Free Trade Zone (hereinafter referred to as “Party A”) and Hafen Hamburg Marketing e.V. (hereinafter referred to as “Party B”), with a view to leveraging the strengths of the Port of Qingdao and the Port of Hamburg as major hub ports at both ends of the Eurasian continent, promoting the high-quality development of the China-Europe Railway Express and sea-rail intermodal transport and facilitating economic and trade exchanges between China and Germany, have reached the following framework agreement through friendly consultations:"
    arts = [
        ("双方同意在平等互利、优势互补的基础上建立长期稳定的合作伙伴关系，共同推动青岛港与汉堡港之间中欧班列和海铁联运通道建设。", [],
         "The Parties agree to establish a long-term and stable partnership on the basis of equality, mutual benefit and complementary advantages, and jointly promote the development of China-Europe Railway Express and sea-rail intermodal corridors between the Port of Qingdao and the Port of Hamburg.", None),
        ("双方同意重点在以下领域开展合作：", [
            "（一）推动开行青岛至汉堡中欧班列常态化线路，提升班列开行频次和回程货源组织能力；",
            "（二）推动“海运+铁路”多式联运，探索海铁联运全程提单和“一单制”服务；",
            "（三）支持双方企业在青岛片区、汉堡港区建设物流分拨中心、海外仓和冷链设施；",
            "（四）开展港口物流数字化合作，推动物流信息平台数据对接；",
            "（五）共同举办经贸推介、企业对接和专业培训活动。"],
         "The Parties agree to focus their cooperation on the following areas:",
         "(1) promoting regular China-Europe Railway Express services between Qingdao and Hamburg, and improving service frequency and the sourcing of return cargo;\n"
         "(2) promoting “sea + rail” multimodal transport and exploring through bills of lading and “single document” services for sea-rail intermodal transport;\n"
         "(3) supporting enterprises of both Parties in building logistics distribution centres, overseas warehouses and cold-chain facilities in Qingdao Area and the Port of Hamburg;\n"
         "(4) carrying out digital cooperation in port logistics and promoting data connectivity between logistics information platforms;\n"
         "(5) jointly organizing trade promotion events, business matchmaking and professional training."),
        ("甲方负责协调青岛片区相关部门和企业，为乙方及其会员企业在片区开展业务提供政策咨询、项目落地和通关便利等服务。", [],
         "Party A shall coordinate the relevant departments and enterprises of Qingdao Area and provide Party B and its member companies with policy consultation, project implementation and customs clearance facilitation services for their business in Qingdao Area.", None),
        ("乙方负责向其会员企业推介青岛片区营商环境和合作机会，协助甲方组织企业赴汉堡开展经贸交流，并为青岛片区企业对接汉堡港相关物流企业提供协助。", [],
         "Party B shall introduce the business environment of and cooperation opportunities in Qingdao Area to its member companies, assist Party A in organizing business delegations to Hamburg, and assist enterprises from Qingdao Area in connecting with logistics companies at the Port of Hamburg.", None),
        ("双方建立年度会谈机制，原则上每年举行一次工作会谈，总结上一年度合作情况，确定下一年度合作重点。双方各自指定联络人负责日常沟通。", [],
         "The Parties shall establish an annual meeting mechanism. In principle, a working meeting shall be held once a year to review the cooperation of the previous year and identify priorities for the following year. Each Party shall designate a contact person for day-to-day communication.", None),
        ("双方因履行本协议产生的费用，除另有约定外，由各自承担。", [],
         "Unless otherwise agreed, each Party shall bear its own expenses incurred in performing this Agreement.", None),
        ("本协议为框架性协议，双方在具体领域的合作，由双方或双方推荐的企业另行签订具体协议。本协议不构成双方之间具有法律约束力的权利义务。", [],
         "This Agreement is a framework agreement. Cooperation in specific areas shall be subject to specific agreements to be concluded separately by the Parties or enterprises recommended by them. This Agreement does not create legally binding rights or obligations between the Parties.", None),
        ("本协议执行过程中如有未尽事宜，由双方友好协商解决，必要时可以签订补充协议。补充协议与本协议具有同等效力。", [],
         "Matters not covered in this Agreement shall be settled by the Parties through friendly consultations, and a supplementary agreement may be concluded where necessary. Any supplementary agreement shall have the same effect as this Agreement.", None),
        ("本协议自双方授权代表签字之日起生效，有效期至2030年12月31日。任何一方如需提前终止本协议，应当提前六个月书面通知对方。", [],
         "This Agreement shall enter into force on the date of signature by the authorized representatives of both Parties and shall remain valid until 31 December 2030. Either Party wishing to terminate this Agreement early shall notify the other Party in writing six months in advance.", None),
        ("本协议一式四份，中英文各两份，双方各执中英文本各一份，两种文本具有同等效力。", [],
         "This Agreement is made in four originals, two in Chinese and two in English. Each Party shall keep one Chinese and one English original, and both texts shall have equal effect.", None),
    ]
    a_clauses = [pre]
    rows = [{"zh": [[pre]], "en": [[pre_en]], "zh_first": 28}]
    for i, (zb, zitems, eb, eitems) in enumerate(arts, 1):
        lab = "第%s条" % CN_NUM[i]
        zp = [[(lab, ZH_B), SP + zb]]
        a_clauses.append(lab + SP + zb)
        for it in zitems:
            zp.append(([it], {"first": 28}))
            a_clauses.append(it)
        ep = [[("Article %d" % i, EN_B), "  " + eb]]
        if eitems:
            ep.append([eitems])
        rows.append({"zh": zp, "en": ep})
    rows.append({"merge": True, "zh": [["（以下无正文）\n(No text below)"]]})

    at = doc.add_table(rows=0, cols=2)
    at.style = "Table Grid"
    at.alignment = WD_TABLE_ALIGNMENT.CENTER
    bilingual_rows(at, rows)
    uline = "＿" * 6
    sig = [
        {"zh": [[("甲方：中国（山东）自由贸易试验区青岛片区管理委员会", ZH_B)]],
         "en": [[("Party A: Administrative Committee of Qingdao Area, China (Shandong) Pilot Free Trade Zone", EN_B)]]},
        {"zh": [["授权代表（签字）：" + uline], ["姓名：刘振华" + SP * 2 + "职务：副主任"], ["日期：2025年12月9日"]],
         "en": [["Authorized Representative (Signature): ________"], ["Name: LIU Zhenhua    Title: Deputy Director"], ["Date: 9 December 2025"]]},
        {"zh": [[("乙方：汉堡港营销协会", ZH_B)]],
         "en": [[("Party B: Hafen Hamburg Marketing e.V.", EN_B)]]},
        {"zh": [["授权代表（签字）：" + uline], ["姓名：马蒂亚斯·施罗德"], ["职务：执行董事"], ["日期：2025年12月9日"]],
         "en": [["Authorized Representative (Signature): ________"], ["Name: Matthias Schröder    Title: Executive Board Member"], ["Date: 9 December 2025"]]},
        {"zh": [["签署地点：德国汉堡"]], "en": [["Place of Signing: Hamburg, Germany"]]},
    ]
    bilingual_rows(at, sig)
    set_col_widths(at, [80, 76])

    # ---- 版记
    para(doc, [""], body, line=L, exact=True)
    para(doc, [""], body, line=L, exact=True)
    bj = doc.add_table(rows=2, cols=2)
    table_borders(bj, top=True, bottom=True, insideH=True, sz=8)
    f14 = {"east": FS, "west": TNR, "size": 14}
    c0 = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    cell_write(c0, [["抄送：青岛市商务局，青岛市交通运输局，青岛海关。"]], f14,
               left=14, line=26)
    cell_write(bj.rows[1].cells[0], [["青岛自贸片区管委会党政办公室"]], f14, left=14, line=26)
    cell_write(bj.rows[1].cells[1], [["2026年1月19日印发"]], f14,
               align=WD_ALIGN_PARAGRAPH.RIGHT, line=26)
    set_col_widths(bj, [100, 56])

    notice_meta = {
        "title": notice_title,
        "doc_number": "青自贸片管发〔2026〕3号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-01-16",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": [agr_title],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各功能区管理机构", "各有关驻区单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    agr_meta = {
        "title": agr_title,
        "doc_number": None,
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会", "汉堡港营销协会"],
        "date": "2025-12-09",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2025-12-09",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "框架协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": notice_meta, "clauses": clauses},
                       {"meta": agr_meta, "clauses": a_clauses}]


# --------------------------------------------------------------------------
# Document 3: Chongqing Xiyong – duisport MoU (Word auto numbering 第X条)
# --------------------------------------------------------------------------
def add_article_numbering(doc):
    numbering = doc.part.numbering_part.element
    absid, numid = 648, 648
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="第%%1条\u3000"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体" w:hint="eastAsia"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls("w"), absid)
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), numid, absid)))
    return numid


def numpr(numid):
    def f(p):
        pPr = p._p.get_or_add_pPr()
        n = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(numid))
        n.append(il)
        n.append(ni)
        pPr.append(n)
    return f


def doc_chongqing():
    stem = "blind648_chongqing_beiwanglu"
    doc = Document()
    page_setup(doc, top=28, bottom=25, left=25, right=25)
    footer_page(doc, "of")
    numid = add_article_numbering(doc)

    zh_title = ("中国（重庆）自由贸易试验区西永片区管理委员会与杜伊斯堡港务集团"
                "关于深化中欧班列物流合作的备忘录")
    pre = "中国（重庆）自由贸易试验区西永片区管理委员会（以下简称“西永片区管委会”）与杜伊斯堡港务集团（Duisburger Hafen AG，以下简称“杜伊斯堡港”）（以下合称“双方”），回顾双方自2014年以来在中欧班列（渝新欧）运营方面的良好合作，为进一步发挥重庆西永综合保税区和杜伊斯堡港的枢纽功能，促进中欧班列高质量发展，经友好协商，达成如下合作意向："
    pre_en = "The Administrative Committee of Xiyong Area, China (Chongqing) Pilot Free Trade Zone (hereinafter referred to as “Xiyong Area Committee”) and Duisburger Hafen AG (hereinafter referred to as “duisport”) (collectively the “Parties”), recalling their sound cooperation in the operation of the China-Europe Railway Express (Chongqing-Xinjiang-Europe) since 2014, and with a view to further leveraging the hub functions of Chongqing Xiyong Comprehensive Bonded Zone and the Port of Duisburg and promoting the high-quality development of the China-Europe Railway Express, have reached the following understanding on cooperation through friendly consultations:"

    arts = [
        ("合作基础", "双方确认，中欧班列（渝新欧）是连接中国西部地区与欧洲的重要国际物流通道，杜伊斯堡港是中欧班列在欧洲的重要枢纽节点。双方愿以本备忘录签署为契机，推动合作从通道运营向产业联动、贸易促进拓展。", [],
         "Basis of Cooperation", "The Parties confirm that the China-Europe Railway Express (Chongqing-Xinjiang-Europe) is an important international logistics corridor connecting western China and Europe, and that the Port of Duisburg is an important hub of the China-Europe Railway Express in Europe. The Parties wish to take the signing of this Memorandum as an opportunity to extend their cooperation from corridor operation to industrial linkage and trade promotion.", None),
        ("合作内容", "双方同意重点推进以下合作：", [
            "（一）班列运营。共同提升中欧班列（渝新欧）去回程开行质量，推动重庆至杜伊斯堡班列稳定运行，探索开行冷链、跨境电商等特色专列。",
            "（二）综保区联动。支持杜伊斯堡港及其关联企业在重庆西永综合保税区设立分拨、检测维修和保税仓储项目，推动“班列+综保区”业务模式创新。",
            "（三）跨境电商。支持双方企业利用中欧班列开展跨境电商出口业务，在杜伊斯堡港区建设和运营海外仓，畅通跨境电商退换货渠道。",
            "（四）数字物流。推动双方物流信息系统对接，探索运单、舱单等物流数据电子化交换，提高通关和转运效率。",
            "（五）投资促进。双方互相推介投资环境和合作项目，为对方组织的企业考察、项目洽谈活动提供便利。"],
         "Areas of Cooperation", "The Parties agree to focus on the following cooperation:",
         "(1) Train operation. Jointly improving the quality of outbound and inbound services of the China-Europe Railway Express (Chongqing-Xinjiang-Europe), ensuring the stable operation of Chongqing-Duisburg services, and exploring dedicated trains for cold-chain and cross-border e-commerce cargo.\n"
         "(2) Linkage with the Comprehensive Bonded Zone. Supporting duisport and its affiliated companies in establishing distribution, testing and maintenance, and bonded warehousing projects in Chongqing Xiyong Comprehensive Bonded Zone, and promoting innovation in the “railway express + bonded zone” business model.\n"
         "(3) Cross-border e-commerce. Supporting enterprises of both sides in using the China-Europe Railway Express for cross-border e-commerce exports, building and operating overseas warehouses in the Port of Duisburg area, and facilitating returns and exchanges for cross-border e-commerce.\n"
         "(4) Digital logistics. Promoting the connection of the Parties’ logistics information systems and exploring the electronic exchange of logistics data such as waybills and manifests to improve the efficiency of customs clearance and transshipment.\n"
         "(5) Investment promotion. Promoting each other’s investment environment and cooperation projects, and facilitating business visits and project negotiations organized by the other Party."),
        ("工作机制", "双方建立高层会晤和工作层对接机制。高层会晤原则上每两年举行一次；工作层由西永片区管委会投资促进局和杜伊斯堡港中国业务部负责，每半年至少沟通一次合作进展。", [],
         "Working Mechanism", "The Parties shall establish a mechanism of high-level meetings and working-level contacts. High-level meetings shall in principle be held every two years. At the working level, the Investment Promotion Bureau of Xiyong Area Committee and the China Business Department of duisport shall communicate on the progress of cooperation at least once every six months.", None),
        ("项目推进", "双方在本备忘录框架下确定的具体合作项目，由双方或双方指定的机构另行签署合作协议，明确各方权利义务。", [],
         "Project Implementation", "Specific cooperation projects identified under this Memorandum shall be subject to separate cooperation agreements to be signed by the Parties or institutions designated by them, specifying the rights and obligations of each party.", None),
        ("费用承担", "双方各自承担执行本备忘录所发生的费用，另有约定的除外。", [],
         "Expenses", "Each Party shall bear its own expenses incurred in implementing this Memorandum, unless otherwise agreed.", None),
        ("信息保密", "双方对在合作中获知的对方商业秘密和其他非公开信息负有保密义务，未经对方书面同意，不得向任何第三方披露。", [],
         "Confidentiality", "Each Party shall keep confidential the trade secrets and other non-public information of the other Party obtained in the course of cooperation and shall not disclose such information to any third party without the written consent of the other Party.", None),
        ("合规经营", "双方在合作中应当遵守中华人民共和国、德意志联邦共和国和欧洲联盟的有关法律法规，以及双方均适用的国际规则。", [],
         "Compliance", "In the course of cooperation, the Parties shall comply with the relevant laws and regulations of the People’s Republic of China, the Federal Republic of Germany and the European Union, as well as international rules applicable to both Parties.", None),
        ("性质", "本备忘录仅表达双方的合作意向，不产生具有法律约束力的权利和义务。", [],
         "Nature", "This Memorandum expresses only the Parties’ intention to cooperate and does not give rise to any legally binding rights or obligations.", None),
        ("修改与终止", "本备忘录经双方协商一致，可以书面形式修改。本备忘录长期有效，任何一方可提前六个月书面通知另一方终止本备忘录。", [],
         "Amendment and Termination", "This Memorandum may be amended in writing upon mutual agreement of the Parties. This Memorandum shall remain in force indefinitely, provided that either Party may terminate it by giving six months’ written notice to the other Party.", None),
        ("生效", "本备忘录自双方签字之日起生效。", [],
         "Entry into Force", "This Memorandum shall enter into force on the date of its signature by both Parties.", None),
        ("文本", "本备忘录一式四份，中英文各两份，双方各执中英文本各一份，两种文本同等作准。如两种文本出现解释分歧，双方应友好协商解决。", [],
         "Languages and Counterparts", "This Memorandum is made in four originals, two in Chinese and two in English. Each Party shall keep one original in each language, and both texts shall be equally authentic. In case of any divergence of interpretation between the two texts, the Parties shall resolve it through friendly consultations.", None),
    ]

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    # title inside the table, merged row (quirk)
    row = table.add_row()
    c = row.cells[0].merge(row.cells[1])
    cell_write(c, [[(zh_title, {"east": XBS, "west": TNR, "size": 18})],
                   [("Memorandum between the Administrative Committee of Xiyong Area, China (Chongqing) "
                     "Pilot Free Trade Zone and Duisburger Hafen AG on Deepening China-Europe Railway "
                     "Express Logistics Cooperation", {"east": FS, "west": TNR, "size": 13, "bold": True})]],
               ZH, align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=4, after=4)

    clauses = [pre]
    rows = [{"zh": [[pre]], "en": [[pre_en]], "zh_first": 28}]
    for i, (zh_h, zh_b, zitems, en_h, en_b, eitems) in enumerate(arts, 1):
        zp = [([(zh_h, ZH_B), SP + zh_b], {"pre": numpr(numid)})]
        clauses.append("第%s条" % CN_NUM[i] + SP + zh_h + SP + zh_b)
        for it in zitems:
            zp.append(([it], {"first": 28}))
            clauses.append(it)
        ep = [[("Article %d  %s" % (i, en_h), EN_B)], [en_b]]
        if eitems:
            ep.append([eitems])
        rows.append({"zh": zp, "en": ep})
    bilingual_rows(table, rows)

    uline = "＿" * 9
    sig = [
        {"zh": [["签署地点：中国重庆"]], "en": [["Place of Signing: Chongqing, China"]]},
        {"zh": [[("中国（重庆）自由贸易试验区西永片区管理委员会", ZH_B)], ["代表：" + uline], ["姓名：张建军"], ["职务：常务副主任"]],
         "en": [[("For and on behalf of the Administrative Committee of Xiyong Area, China (Chongqing) Pilot Free Trade Zone", EN_B)],
                ["By: ______________"], ["Name: ZHANG Jianjun"], ["Title: Executive Deputy Director"]]},
        {"zh": [["日期：二〇二六年三月二十六日"]], "en": [["Date: 26 March 2026"]]},
        {"zh": [[("杜伊斯堡港务集团", ZH_B)], ["代表：" + uline], ["姓名：斯特凡·霍夫曼"], ["职务：首席运营官"]],
         "en": [[("For and on behalf of Duisburger Hafen AG", EN_B)],
                ["By: ______________"], ["Name: Stefan Hoffmann"], ["Title: Chief Operating Officer"]]},
        {"zh": [["日期：二〇二六年三月二十六日"]], "en": [["Date: 26 March 2026"]]},
    ]
    bilingual_rows(table, sig)
    set_col_widths(table, [82, 78])

    meta = {
        "title": zh_title,
        "doc_number": None,
        "issuer": ["中国（重庆）自由贸易试验区西永片区管理委员会", "杜伊斯堡港务集团"],
        "date": "2026-03-26",
        "published": None,
        "level": "zone",
        "region": "中国（重庆）自由贸易试验区西永片区",
        "effective": "2026-03-26",
        "expires": None,
        "attachments": [],
        "doc_type": "备忘录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_qingdao, doc_chongqing):
        stem, doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_648", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
