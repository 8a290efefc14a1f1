# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 888: 自贸区改革创新容错免责实施办法及情形清单 — Word + PDF + expected.json.

Run:  /work/venv/bin/python make_blind888.py   (writes next to this script)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


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
    if scale is not None:  # character scaling (字符缩放), common in 红头
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
    """runs: str, or list of (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if _pb[0]:
        p.paragraph_format.page_break_before = True
        _pb[0] = False
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
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


_pb = [False]


def page_break(doc):
    """the next paragraph added gets 'page break before' (段前分页)."""
    _pb[0] = True


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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, scale=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color, scale)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """set both tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_888", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_guangxi():
    """广西自贸办印发《改革创新容错免责实施办法（试行）》的通知 (notice + 办法 = one document)."""
    stem = "blind888_guangxi_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中国（广西）自由贸易试验区工作办公室文件", XBS, 28, False, RED, 72)],
            align=C, indent=False, line=50, before=12, after=18)
    p = add_par(doc, "桂自贸办发〔2025〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("中国（广西）自由贸易试验区工作办公室",
              "关于印发《中国（广西）自由贸易试验区",
              "改革创新容错免责实施办法（试行）》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "南宁市人民政府，钦州市人民政府，崇左市人民政府，自治区自贸试验区工作领导小组各成员单位，中国（广西）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《中国（广西）自由贸易试验区改革创新容错免责实施办法（试行）》已经自治区自贸试验区工作领导小组第十二次会议审议通过，现印发给你们，请结合实际认真贯彻执行。")
    body("各片区、各有关单位要坚持“三个区分开来”，既为改革创新者撑腰鼓劲，也防止容错免责被滥用。执行中遇到的问题，请及时反馈自治区自贸办。")
    empty(doc, 1)
    # 落款 positioned with typed half-width spaces
    add_par(doc, " " * 20 + "中国（广西）自由贸易试验区工作办公室", indent=False)
    add_par(doc, " " * 36 + "2025年12月8日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- the 办法 itself, from a new page
    page_break(doc)
    add_par(doc, [("中国（广西）自由贸易试验区改革创新", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("容错免责实施办法（试行）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, line=26)

    def art(no, text, items=(), breaks=False):
        """article: 第X条 in 黑体 + full-width space + text; items either as
        separate paragraphs or typed with Shift+Enter inside the same paragraph."""
        clause = no + "\u3000" + text + "".join(items)
        clauses.append(clause)
        p = add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)], line=26)
        if items and breaks:
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(it), FS, 16)
        else:
            for it in items:
                add_par(doc, it, line=26)

    chapter("第一章　总　则")
    art("第一条", "为鼓励中国（广西）自由贸易试验区（以下简称自贸试验区）干部大胆闯、自主改，根据《中国（广西）自由贸易试验区条例》等有关规定，结合实际，制定本办法。")
    art("第二条", "本办法所称容错免责，是指自贸试验区各片区管理机构、自治区有关部门及承担改革任务的单位（以下统称改革主体）及其工作人员在改革创新中出现失误错误，符合本办法规定条件的，免除或者减轻相关责任。")
    art("第三条", "容错免责坚持“三个区分开来”，坚持鼓励创新、宽容失误，坚持容纠并举、依规依纪依法。")
    chapter("第二章　容错免责情形")
    art("第四条", "同时符合下列条件的，可以予以容错免责：", [
        "（一）符合党和国家确定的改革方向和自贸试验区改革试点任务要求；",
        "（二）未违反法律法规禁止性规定，或者属于授权开展的先行先试事项；",
        "（三）经过集体研究决策，程序基本合规；",
        "（四）勤勉尽责、未谋取私利，并积极消除影响、挽回损失。"])
    art("第五条", "有下列情形之一，且符合本办法第四条规定的，予以容错免责：", [
        "（一）对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则、开展压力测试中，因缺乏经验出现失误的；",
        "（二）推进面向东盟的跨境贸易、跨境金融、跨境物流等制度创新，因政策界限不明确未达到预期效果的；",
        "（三）在西部陆海新通道建设和重大项目招商中，为落实自治区决策部署特事特办出现程序瑕疵的；",
        "（四）因上级政策调整、国际经贸形势变化等客观原因造成一定损失的；",
        "（五）其他符合容错免责条件的情形。"], breaks=True)
    art("第六条", "有下列情形之一的，不予容错免责：", [
        "（一）违反中央八项规定精神的；",
        "（二）谋取私利或者为他人谋取不正当利益的；",
        "（三）造成重大安全事故或者严重生态环境损害的；",
        "（四）经提醒后拒不纠正的。"])
    chapter("第三章　认定程序")
    art("第七条", "改革主体或者工作人员可以在被问责前，向作出处理决定的党组织、纪检监察机关或者主管部门(以下统称受理机关)提出书面申请。受理机关发现符合容错情形的，也可以主动启动认定程序。")
    art("第八条", "受理机关应当自受理之日起30个工作日内作出认定，并书面反馈申请人;申请人有异议的，可以在15个工作日内申请复核一次。")
    chapter("第四章　结果运用")
    art("第九条", "予以容错免责的，对有关单位在绩效考评中不作负面评价，对有关个人在考核、评优、选拔任用等方面不受影响，并督促其及时纠错整改。")
    art("第十条", "对诬告陷害改革创新干部的，依规依纪依法严肃处理。")
    chapter("第五章　附　则")
    art("第十一条", "本办法由自治区自贸办会同自治区纪委监委机关、自治区党委组织部负责解释。")
    art("第十二条", "本办法自2026年1月1日起施行，有效期至2027年12月31日。《中国（广西）自由贸易试验区鼓励改革创新容错纠错暂行办法》（桂自贸办发〔2021〕7号）同时废止。")

    banji(doc, "抄送：自治区纪委监委机关，自治区党委组织部，自治区司法厅。",
          "中国（广西）自由贸易试验区工作办公室", "2025年12月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区工作办公室关于印发《中国（广西）自由贸易试验区改革创新容错免责实施办法（试行）》的通知",
            "doc_number": "桂自贸办发〔2025〕23号",
            "issuer": ["中国（广西）自由贸易试验区工作办公室"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["南宁市人民政府", "钦州市人民政府", "崇左市人民政府",
                           "自治区自贸试验区工作领导小组各成员单位",
                           "中国（广西）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": "《中国（广西）自由贸易试验区鼓励改革创新容错纠错暂行办法》（桂自贸办发〔2021〕7号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市纪委、市监委、厦门自贸片区管委会联合印发情形清单的通知 (附件: 清单表格, 手工拆分续表)."""
    stem = "blind888_xiamen_qingdan"
    doc = Document()
    setup(doc)
    clauses = []
    ORGS = ["中共厦门市纪律检查委员会", "厦门市监察委员会",
            "中国（福建）自由贸易试验区厦门片区管理委员会"]

    # joint 版头: borderless layout table, organ names left, merged "文件" right
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(ORGS):
        set_cell(t.cell(i, 0), org, XBS, 20, color=RED, scale=70, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    widths(t, [12.0, 3.6])
    empty(doc, 1)
    p = add_par(doc, "厦纪发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("关于印发《中国（福建）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("厦门片区改革创新容错免责情形清单"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026年版）》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=32, after=14)
    add_par(doc, "片区管委会各局（办），湖里区纪委监委、海沧区纪委监委，各有关市属国有企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为进一步细化容错免责情形，为敢于担当、踏实做事、不谋私利的干部撑腰鼓劲，根据《中国（福建）自由贸易试验区条例》有关规定，市纪委监委、厦门自贸片区管委会研究制定了《中国（福建）自由贸易试验区厦门片区改革创新容错免责情形清单（2026年版）》，现印发给你们，并就有关事项通知如下：")
    runin("一、准确把握清单定位。", "本清单是对《中国（福建）自由贸易试验区厦门片区改革创新容错免责办法》所列情形的具体化，清单未列明但符合容错免责条件的，仍可按照有关规定予以认定。")
    runin("二、严格规范认定程序。", "容错免责认定由问责机关或者纪检监察机关按照“申请—核实—认定—反馈”程序办理，认定结果应当在作出之日起5个工作日内书面告知申请人，并抄送片区党工委组织人事部门。")
    runin("三、强化事前备案机制。", "各单位推进重大改革创新事项前，可以将改革方案、决策过程、风险评估等材料报片区改革创新局备案，备案材料作为事后容错免责认定的重要依据。")
    runin("四、加强结果运用。", "对予以容错免责的干部，不影响其考核评价和选拔任用；典型案例经审核后适时公开通报。")
    body("本清单自2026年3月1日起施行，实施过程中根据国家和省、市政策调整情况适时更新。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    A1 = "中国（福建）自由贸易试验区厦门片区改革创新容错免责情形清单（2026年版）"
    # 附件 line: wraps; second line aligned by typed full-width spaces after a manual break
    p = add_par(doc, "附件：中国（福建）自由贸易试验区厦门片区改革创新")
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "容错免责情形清单（2026年版）"), FS, 16)
    # joint 落款 laid out with tab stops
    for line in ("中共厦门市纪律检查委员会\t厦门市监察委员会",):
        p = add_par(doc, [("\t" + line, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0))
        p.paragraph_format.space_before = Pt(28)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会", align=R, indent=False)
    add_par(doc, "2026年2月26日\u3000\u3000\u3000\u3000", align=R, indent=False)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1 on its own page: the 清单 table, split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("改革创新容错免责情形清单（2026年版）", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    HDR = ["序号", "领域", "容错免责情形", "适用条件"]
    rows = [
        ["1", "投资管理", "在外商投资准入、境外投资备案等领域试行“极简审批”“承诺制”，因企业提供虚假承诺导致监管出现偏差的", "已按规定履行告知和核查义务，发现问题后及时采取撤销、追责等措施"],
        ["2", "投资管理", "为推动重大招商项目落地，在国家和省、市政策框架内探索差异化扶持措施，因市场变化未达预期效益的", "经集体研究决策，扶持协议约定了绩效考核和退出条款"],
        ["3", "贸易便利化", "在国际贸易“单一窗口”、进出口货物“两步申报”“船边直提”等便利化改革中，因系统对接、流程再造出现阶段性失误的", "改革事项经主管部门同意或者备案，未造成国家税款重大流失"],
        ["4", "贸易便利化", "探索跨境电商、保税维修、国际中转集拼等新业态监管模式，因缺乏先例出现监管瑕疵的", "事先制定风险防控预案，出现问题后及时整改"],
        ["5", "金融创新", "在跨境贸易投资高水平开放试点、本外币合一银行结算账户体系等金融改革中，因外部风险传导造成一定损失的", "在金融监管部门批准的试点范围内开展，未违反金融监管禁止性规定"],
        ["6", "金融创新", "推动政府性融资担保机构、产业引导基金支持片区创新企业，因正常市场风险导致国有资本出现亏损的", "按照国有资本投资有关规定履行尽职调查和决策程序，未发现利益输送"],
        ["7", "金融创新", "探索开展对台跨境人民币业务、两岸征信合作等创新，因政策边界不明确出现偏差的", "事先请示或者报备上级主管部门，发现偏差后主动纠正"],
        ["8", "对台交流合作", "在台胞台企同等待遇、两岸标准共通、台湾地区职业资格采认等探索中，因法律法规衔接不畅出现失误的", "符合国家对台工作方针政策，及时向上级报告并调整"],
        ["9", "“丝路海运”和航运物流", "推进“丝路海运”品牌建设、国际航行船舶保税油加注、中欧（厦门）班列扩线等工作中，因国际形势变化造成项目中止或者损失的", "项目决策前开展了可行性研究和风险评估"],
        ["10", "“丝路海运”和航运物流", "在国际船舶登记、航运服务集聚区建设中先行先试，因上位政策调整导致已开展工作需要变更的", "严格执行当时有效的政策规定"],
        ["11", "营商环境", "推行“一业一证”“免申即享”“信用承诺容缺受理”等改革，因申请人失信行为导致审批后出现问题的", "已建立事中事后监管机制并依法处置"],
        ["12", "营商环境", "为解决企业紧急诉求，在不违反法律法规的前提下简化内部程序、特事特办出现程序瑕疵的", "事后及时补办相关手续，未造成不良后果"],
    ]
    W = [1.3, 2.6, 7.0, 4.7]

    def part(rws):
        t = doc.add_table(rows=1 + len(rws), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(HDR):
            set_cell(t.cell(0, i), h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rws, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=(C if ci < 2 else L), line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(HDR, row)))
        # merge equal 领域 cells vertically
        ri = 1
        while ri <= len(rws):
            rj = ri
            while rj + 1 <= len(rws) and rws[rj][1] == rws[ri - 1][1]:
                rj += 1
            if rj > ri:
                mc = t.cell(ri, 1).merge(t.cell(rj, 1))
                set_cell(mc, rws[ri - 1][1], FS, 10.5, line=16)
            ri = rj + 1
        widths(t, W)
        return t

    part(rows[:8])
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    part(rows[8:])
    n1 = "注：1．本清单所列情形须同时符合《中国（福建）自由贸易试验区厦门片区改革创新容错免责办法》规定的基本条件。"
    n2 = "2．涉及违纪违法问题的，按照有关规定移送处理，不适用本清单。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    banji(doc, "抄送：市委组织部，市司法局，省自贸办。", "中共厦门市纪委办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（福建）自由贸易试验区厦门片区改革创新容错免责情形清单（2026年版）》的通知",
            "doc_number": "厦纪发〔2026〕6号",
            "issuer": ORGS,
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [A1],
            "doc_type": "通知",
            "recipients": ["片区管委会各局（办）", "湖里区纪委监委", "海沧区纪委监委", "各有关市属国有企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_lianyungang():
    """连云港市人民政府向省政府报送容错免责工作情况的报告 (上行文, 签发人)."""
    stem = "blind888_lianyungang_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000012", HT, 16, False)], indent=False)
    add_par(doc, [("连云港市人民政府文件", XBS, 40, False, RED, 90)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned by typed half-width spaces
    p = add_par(doc, [("连政发〔2026〕21号", FS, 16, False), (" " * 25, FS, 16, False),
                      ("签发人：", FS, 16, False), ("周　强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("连云港市人民政府关于中国（江苏）自由贸易",
              "试验区连云港片区改革创新容错免责工作",
              "开展情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    # this clerk indents with typed full-width spaces, not first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("根据省自贸办工作要求，现将中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）2025年度改革创新容错免责工作开展情况报告如下：")
    head("一、工作开展情况")
    runin("（一）健全制度体系。", "市委、市政府印发《连云港片区鼓励改革创新容错免责实施细则》，市纪委监委、市委组织部、片区管委会联合制定《连云港片区改革创新容错免责情形清单》，明确7大领域26种具体情形，形成“1+1+N”制度框架。")
    runin("（二）建立事前备案机制。", "2025年，片区各部门共报备重大改革创新事项43项，其中涉及中哈（连云港）物流合作基地、上合组织（连云港）国际物流园建设事项11项，海河联运、铁水联运“一单制”改革事项9项。事前备案材料已作为容错免责认定的重要依据。")
    runin("（三）规范开展认定工作。", "全年共受理容错免责申请21件，办结19件，正在核查2件。其中予以容错免责11件，减轻处理5件，不予认定3件。具体情况如下：")
    # caption + unit line (not clauses), then table with two-level merged header
    add_par(doc, [("表1　2025年连云港片区容错免责申请办理情况", HT, 14, False)], align=C, indent=False, line=24, before=6)
    add_par(doc, [("单位：件", FS, 12, False)], align=R, indent=False, line=20)
    rows = [
        ["投资贸易便利化", "6", "3", "2", "1", "0"],
        ["国际物流和多式联运", "5", "3", "1", "0", "1"],
        ["金融服务创新", "3", "1", "1", "1", "0"],
        ["政务服务和营商环境", "4", "3", "0", "1", "0"],
        ["产业发展和招商引资", "3", "1", "1", "0", "1"],
        ["合计", "21", "11", "5", "3", "2"],
    ]
    keys = ["领域", "受理申请", "办理结果／予以容错免责", "办理结果／减轻处理",
            "办理结果／不予认定", "办理结果／正在核查"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "领域", HT, 10.5)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "受理申请", HT, 10.5)
    c = t.cell(0, 2).merge(t.cell(0, 5))
    set_cell(c, "办理结果", HT, 10.5)
    for i, h in enumerate(["予以容错免责", "减轻处理", "不予认定", "正在核查"]):
        set_cell(t.cell(1, 2 + i), h, HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 10.5)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [3.8, 2.0, 3.2, 2.2, 2.2, 2.2])
    note = "注：“减轻处理”指对有关单位和个人从轻、减轻追究责任，不属于完全免责。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    runin("（四）加强跟踪回访。", "对11名予以容错免责的干部全部开展回访谈心，其中2人在年内获得提拔或者晋升职级；通过市纪委监委网站公开通报典型案例4个。")
    head("二、存在的问题")
    body("一是认定标准把握不够统一，不同问责机关在“程序基本合规”“勤勉尽责”等要件认定上尺度不一。二是主动申请意愿不强，部分干部存在“不愿申请、不敢申请”的顾虑。三是对国家和省授权事项之外的自主探索，容错免责边界不够清晰。")
    head("三、下一步工作打算")
    runin("（一）细化认定标准。", "结合实施自贸试验区提升战略，动态修订情形清单，重点做好以下工作：")
    body("1．围绕对接高标准经贸规则，新增数字贸易、跨境数据流动、离岸贸易等领域容错情形；")
    body("2．会同市司法局编制容错免责认定要件指引，统一认定尺度。")
    runin("（二）争取政策支持。", "恳请省政府支持连云港片区围绕新亚欧陆海联运通道建设、中哈物流合作基地能级提升等开展更大力度的先行先试，并将有关探索事项纳入省级授权清单，为基层改革创新提供更明确的容错依据。")
    add_par(doc, IND + "特此报告。", indent=False)
    AT = "连云港片区2025年度改革创新容错免责典型案例"
    add_par(doc, IND + "附件：" + AT, indent=False, before=28)
    empty(doc, 1)
    add_par(doc, "连云港市人民政府" + "\u3000" * 3, align=R, indent=False)
    add_par(doc, "二〇二六年三月十八日" + "\u3000" * 2, align=R, indent=False)
    add_par(doc, IND + "（联系人：市商务局　张明远，联系电话：0518-85823167）", indent=False)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("连云港片区2025年度改革创新容错免责", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("典型案例", XBS, 22, False)], align=C, indent=False, line=34, after=14)
    runin("案例一：海河联运“一单制”改革中单证衔接失误免责案。", "2025年4月，片区综合服务局推行海河联运“一单制”改革，因系统对接不畅导致3批次货物提单信息错配，造成企业滞港费用约12.6万元。该事项已事前备案，相关人员及时处置、未谋取私利，认定予以容错免责。")
    runin("案例二：中亚班列回程货源补贴政策调整免责案。", "片区为培育中亚班列回程货源对进口企业按箱补贴，后因上级政策调整暂停执行，已兑现的186万元中部分企业未达约定货量。该政策经集体研究决定，已追回资金95万元，认定予以容错免责。")
    runin("案例三：招商项目程序瑕疵减轻处理案。", "经办人员为赶工期，在土地评估报告正式出具前签订某跨境电商产业项目投资协议。该行为未造成国有资产损失，但未事前报备，认定予以减轻处理。")

    banji(doc, "抄送：省商务厅（省自贸办），省纪委监委，省委组织部。",
          "连云港市人民政府办公室", "2026年3月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市人民政府关于中国（江苏）自由贸易试验区连云港片区改革创新容错免责工作开展情况的报告",
            "doc_number": "连政发〔2026〕21号",
            "issuer": ["连云港市人民政府"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [AT],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
