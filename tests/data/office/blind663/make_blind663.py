# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 663: 政策问答 documents (table form and 问/答 paragraph form)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def add_p(*a, **k):
    return _add_p(*a, **k)


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def _add_p(container, parts, font=FS, size=16, align=None, first=32, line=28,
          bold=False, reuse=False, style=None, left=None, color=None):
    """parts: str or list of (text, font, bold) / "\n" for soft break."""
    if reuse:
        p = container.paragraphs[0]
    else:
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fmt(p, align=align, first=first, line=line, left=left)
    if isinstance(parts, str):
        parts = [(parts, font, bold)]
    for part in parts:
        if part == "\n":
            if p.runs:
                p.runs[-1].add_break()
            else:
                p.add_run().add_break()
            continue
        t, f, b = part
        r = p.add_run(t)
        set_font(r, f, size, b, color)
    return p


def empty(container, line=28):
    p = container.add_paragraph()
    fmt(p, line=line)
    return p


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "single")
    bt.set(qn("w:sz"), str(sz))
    bt.set(qn("w:space"), "1")
    bt.set(qn("w:color"), color)
    bdr.append(bt)
    ppr.append(bdr)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def cell_text(cell, paras, size=12, line=18, first=0, bold=False, font=FS,
              align=None, list_style_idx=()):
    """paras: list of items; each item a str, list of parts, or '' (empty para)."""
    for i, para in enumerate(paras):
        style = "List Number" if i in list_style_idx else None
        if i == 0:
            p = cell.paragraphs[0]
            if style:
                p.style = cell.part.document.styles[style]
        else:
            p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        fmt(p, align=align, first=first, line=line)
        if style:
            p.paragraph_format.left_indent = Pt(0)
            p.paragraph_format.first_line_indent = Pt(24)
        if para == "":
            continue
        parts = [(para, font, bold)] if isinstance(para, str) else para
        for part in parts:
            if part == "\n":
                p.runs[-1].add_break()
                continue
            r = p.add_run(part[0])
            set_font(r, part[1], size, part[2])


def flat(parts):
    """Expected text of a paragraph given as str or parts list (soft break joins)."""
    if isinstance(parts, str):
        return parts
    return "".join(p[0] for p in parts if p != "\n")


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="zone", region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None,
                repeals=None)
    base.update(kw)
    return base


# =================================================================== DOC 1
# 厦门片区 跨境电商政策问答（表格式）
XM_TITLE = "中国（福建）自由贸易试验区厦门片区跨境电商政策问答（2026年版）"
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_OLD = "《中国（福建）自由贸易试验区厦门片区跨境电商政策问答（2025年版）》"

XM_SHUOMING = [
    "为帮助企业准确理解和用好《中国（福建）自由贸易试验区厦门片区促进跨境电子商务高质量发展若干措施》（厦自贸委〔2025〕21号，以下简称《若干措施》）及相关配套政策，片区管委会会同厦门海关、国家税务总局厦门市税务局等部门，对企业咨询较为集中的问题进行了梳理，形成本问答。",
    "本问答仅作为政策理解参考，具体以正式发布的政策文件为准。本问答发布后，" + XM_OLD + "同时停止使用。",
]

# (question parts, answer paragraphs, indices of answer paras typed with Word numbering)
XM_ROWS = [
    ("一、申报条件类", None),
    (("1.哪些企业可以申报片区跨境电商扶持资金？"), [
        "申报企业应同时符合以下条件：",
        "（1）在厦门片区（含象屿综合保税区、海沧港区、东渡港区等区域）依法登记注册，具有独立法人资格，且税收征管关系和统计关系在片区内；",
        "（2）已在厦门海关办理跨境电商企业注册登记或备案，通过跨境电商进出口统一版信息化系统开展业务；",
        "（3）申报年度内跨境电商进出口额（9610、9710、9810、1210监管方式合计）不低于500万元人民币；",
        "（4）近三年内未发生重大安全生产、环境污染、产品质量事故，未被列入严重失信主体名单。",
        "个体工商户、分支机构不属于申报主体，但其所属法人企业符合上述条件的，可由法人企业统一申报。",
    ]),
    ("2.企业注册地在片区外，但货物在象屿综合保税区内监管仓存储和申报，能否申报？", [
        "不能以该企业名义申报。根据《若干措施》第三条，扶持对象须在片区内登记注册并纳入片区统计。",
        "此类企业可考虑以下两种方式：",
        "1.在片区内新设具有独立法人资格的子公司，由子公司作为经营主体开展跨境电商业务，子公司设立当年产生的进出口额可按规定申报；",
        "2.将注册地迁入片区，迁入后发生的业务额可纳入申报范围，迁入前发生的业务额不予计算。",
    ]),
    ("3.新设立企业在申报年度内经营不满一年的，进出口额门槛如何把握？", [
        "对申报年度内新设立的企业，进出口额门槛按实际经营月份折算，计算公式为：500万元×实际经营月数÷12。实际经营月数自营业执照登记之月起计算，不足一个月的按一个月计。",
        "例如：某企业2025年4月18日登记注册，则2025年度实际经营月数为9个月，其进出口额门槛为375万元。",
    ]),
    ("二、扶持标准类", None),
    ([("4.跨境电商进出口额奖励", FS, False), "\n", ("如何计算？", FS, False)], [
        "按企业申报年度跨境电商进出口额分档给予奖励：",
        "（1）进出口额500万元（含）至2000万元的，按每100万元奖励5000元；",
        "（2）进出口额2000万元（含）至1亿元的，超出2000万元部分按每100万元奖励8000元；",
        "（3）进出口额1亿元（含）以上的，超出1亿元部分按每100万元奖励1万元。",
        "单个企业年度奖励最高不超过200万元。进出口额以厦门海关跨境电商统计数据为准，以人民币计价，不足100万元的部分不予计算。",
        "",
        "进出口额比上年度增长超过30%的企业，另按增量部分每100万元给予2000元的增长奖励，最高不超过50万元。",
    ]),
    ("5.在境外建设或租用海外仓的企业，可以获得哪些支持？", [
        "对片区企业在境外自建或租用的海外仓，符合以下条件的，按其实际投入给予支持：",
        "（1）海外仓面积不低于2000平方米，且已投入运营满6个月；",
        "（2）海外仓年度服务片区跨境电商企业不少于5家，或年度出库货值不低于3000万元人民币；",
        "（3）已接入厦门市跨境电商公共服务平台，按要求报送仓储运营数据。",
        "自建海外仓的，按建设投入（不含土地购置费用）的20%给予一次性补助，最高300万元；租用海外仓的，按年度租金的30%给予补助，最高100万元，同一海外仓补助期限不超过3年。",
        "被认定为省级公共海外仓的，再给予一次性奖励50万元。",
    ]),
    ("6.同一项目能否同时享受片区政策和市级、省级政策？", [
        "同一项目同时符合片区和市级、省级相关政策的，按照“从优、就高、不重复”的原则执行，企业可自主选择申报，不得重复享受。",
        "企业已获得上级资金支持的，片区可按“差额补足”方式给予支持，即片区支持额度扣除上级已支持额度后予以拨付。",
        "企业申报时须如实填报项目获得其他财政资金支持的情况，并签署《不重复申报承诺书》。",
    ]),
    ("三、申报流程类", None),
    ("7.申报需要提交哪些材料？", [
        "企业通过“厦门片区惠企服务平台”在线提交以下材料（纸质材料无需另行报送）：",
        "《厦门片区跨境电商扶持资金申报表》；",
        "营业执照副本及法定代表人身份证明；",
        "厦门海关出具的跨境电商进出口数据统计证明；",
        "申报年度财务审计报告或经税务部门确认的纳税申报表；",
        "申报海外仓支持的，另需提供海外仓产权证明或租赁合同、租金支付凭证及运营情况说明；",
        "《不重复申报承诺书》及《信用承诺书》。",
        "材料为外文的，须附加盖企业公章的中文译本。",
    ], (1, 2, 3, 4, 5, 6)),
    ("8.2026年度申报的时间安排是怎样的？", [
        "2026年度申报工作分两批组织：",
        "第一批：2026年3月1日至3月31日，受理2025年度跨境电商进出口额奖励、增长奖励申报；",
        "第二批：2026年8月1日至8月31日，受理海外仓支持及2025年度未及时申报的补报事项。",
        "逾期未申报的，视为自动放弃当年度申报资格。如遇系统调整等特殊情况，具体时间以片区管委会官方网站发布的申报通知为准。",
    ]),
    ("9.审核通过后，资金多久能拨付到账？", [
        "片区管委会自申报截止之日起30个工作日内完成初审、部门联审和专家评审，评审结果在片区管委会官方网站公示5个工作日。",
        "公示无异议的，片区财政部门在15个工作日内将资金直接拨付至企业基本账户。企业名称、开户行或账号发生变更的，应在公示期内书面告知片区管委会经济发展局。",
    ]),
    ("四、监督管理类", None),
    ("10.哪些情形将被取消扶持资格或追回已拨付资金？", [
        "企业有下列情形之一的，取消其当年度扶持资格；已拨付资金的，予以全额追回，并视情节将其列入失信主体名单，3年内不得申报片区各类扶持资金：",
        "（1）通过虚假交易、刷单、拆分订单等方式虚增进出口额的；",
        "（2）提供虚假材料或隐瞒重要事实骗取扶持资金的；",
        "（3）获得扶持后5年内将注册地或统计关系迁离片区的；",
        "（4）违反跨境电商零售进口“不得二次销售”规定，被海关立案处罚的。",
        "涉嫌违法犯罪的，依法移送有关部门处理。",
    ]),
]

XM_TAIL = [
    "咨询电话：0592-5603326（政策咨询）、0592-5603518（申报系统）",
    "受理地址：厦门市湖里区象屿路97号厦门国际航运中心D栋8楼片区政务服务中心",
]


def qa_table(doc, rows, head, widths, repeat=True, hsize=12):
    n = len(rows) + 1
    t = doc.add_table(rows=n, cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    for i, h in enumerate(head):
        cell_text(hdr.cells[i], [h], size=hsize, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    if repeat:
        repeat_header(hdr)
    clauses = []
    for k, row in enumerate(rows, start=1):
        tr = t.rows[k]
        q, ans = row[0], row[1]
        if ans is None:
            c = tr.cells[0].merge(tr.cells[1])
            cell_text(c, [q], size=12, font=HT, bold=True)
            shade(c)
            continue
        listidx = row[2] if len(row) > 2 else ()
        qparts = q if isinstance(q, list) else [(q, FS, True)]
        cell_text(tr.cells[0], [qparts], size=12, bold=True)
        cell_text(tr.cells[1], ans, size=12, first=24, list_style_idx=listidx)
        # expected: numbering of Word-numbered paragraphs is shown as "n."
        shown, num = [], 0
        for i, a in enumerate(ans):
            if a == "":
                continue
            if i in listidx:
                num += 1
                shown.append("%d.%s" % (num, a))
            else:
                shown.append(flat(a))
        qtxt = flat(qparts)
        clauses.append("%s：%s；%s：%s" % (head[0].replace("\u3000", "").replace(" ", ""), qtxt,
                                         head[1].replace("\u3000", "").replace(" ", ""),
                                         "\n".join(shown)))
    set_widths(t, widths)
    return clauses


def make_xiamen():
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0])
    # title split over two paragraphs
    add_p(doc, "中国（福建）自由贸易试验区厦门片区", font=XBS, size=22,
          align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=33)
    add_p(doc, "跨境电商政策问答（2026年版）", font=XBS, size=22,
          align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=33)
    empty(doc)
    add_p(doc, "说　　明", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    for s in XM_SHUOMING:
        add_p(doc, s)
    empty(doc, line=14)
    clauses = list(XM_SHUOMING)
    clauses += qa_table(doc, XM_ROWS, ["问　　题", "解　　答"], [Cm(4.6), Cm(11.0)])
    empty(doc, line=14)
    for s in XM_TAIL:
        add_p(doc, s, first=0)
    clauses += XM_TAIL
    empty(doc)
    empty(doc)
    add_p(doc, "\u3000" * 4 + XM_ORG, first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_p(doc, "\u3000" * 10 + "二〇二六年一月二十日", first=0)
    stem = "blind663_xiamen_wenda"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{
        "meta": meta(title=XM_TITLE, issuer=[XM_ORG], date="2026-01-20",
                     region="中国（福建）自由贸易试验区厦门片区", doc_type="问答",
                     repeals=XM_OLD),
        "clauses": clauses,
    }]


# =================================================================== DOC 2
# 郑州片区 外商投资政策问答（段落式 问/答）
ZZ_TITLE = "中国（河南）自由贸易试验区郑州片区外商投资政策问答（2026年版）"
ZZ_ORG1 = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_ORG2 = "郑州市商务局"

ZZ_SHUOMING = "说明：为贯彻落实《中华人民共和国外商投资法》及其实施条例，持续打造市场化、法治化、国际化一流营商环境，郑州片区管委会、郑州市商务局围绕外商投资准入、投资便利、要素保障和权益保护等方面，梳理了外商投资企业普遍关心的9个问题，形成本问答，供外国投资者和外商投资企业参考。政策依据如有调整，以最新规定为准。"

ZZ_QA = [
    ("一、市场准入类", [
        ("外商投资准入负面清单之外的领域，外国投资者在郑州片区投资设立企业需要办理哪些手续？", [
            "对外商投资准入负面清单之外的领域，按照内外资一致的原则实施管理。外国投资者在郑州片区设立外商投资企业，直接向片区市场监督管理部门申请办理登记注册，商务部门不再办理设立审批或备案。",
            "外国投资者或者外商投资企业应当通过企业登记系统以及国家企业信用信息公示系统，向商务主管部门报送投资信息。其中，初始报告在办理设立登记时一并报送，年度报告通过年报公示一并报送，企业无需另行提交。",
        ]),
        ("外商投资准入负面清单之内的领域，外国投资者可以投资吗？", [
            "外商投资准入负面清单规定禁止投资的领域，外国投资者不得投资；规定限制投资的领域，外国投资者进行投资应当符合负面清单规定的股权要求、高级管理人员要求等限制性准入特别管理措施。",
            "在郑州片区投资的，适用《自由贸易试验区外商投资准入特别管理措施（负面清单）》。自贸试验区版负面清单的特别管理措施少于全国版，对自贸试验区以外地区已经放开的领域，片区一律放开。",
            "外国投资者投资负面清单之内的非禁止投资领域，须经有关主管部门许可的，依法办理相关许可手续。",
        ]),
        ("外商投资企业可以享受哪些“证照分离”改革便利？", [
            "郑州片区对涉企经营许可事项全面实行清单管理，按照直接取消审批、审批改为备案、实行告知承诺、优化审批服务四种方式分类推进改革，内外资企业同等适用。对外商投资企业有以下便利措施：",
            "（1）实行告知承诺的事项，企业书面承诺符合许可条件并提交相关材料的，当场办理许可；",
            "（2）国际货运代理、进出口货物收发货人等事项实行“多证合一”，企业在办理登记时一并完成备案；",
            "（3）对外资企业办理经营许可事项，提供外语导办和“一对一”帮办代办服务。",
        ]),
    ]),
    ("二、投资便利类", [
        ("境外投资者以分配利润在片区再投资，能否享受优惠政策？", [
            "可以。对境外投资者以其从中国境内居民企业分配的利润直接投资于非禁止外商投资的项目和领域，符合规定条件的，实行递延纳税政策，暂不征收预提所得税。",
            "在此基础上，郑州片区对外国投资者以分配利润在片区内再投资，且单笔实际到资额不低于1000万美元的，按实际到资额的1%给予奖励，单个企业年度最高奖励500万元人民币。申请奖励须同时满足以下条件：",
            "（1）再投资企业在郑州片区登记注册，且实际从事生产经营活动；",
            "（2）再投资资金已按外汇管理规定完成登记，并取得验资或银行入账证明；",
            "（3）企业承诺自到资之日起5年内不撤资、不迁离片区。",
        ]),
        ("外籍高管和技术人员来片区工作，在工作许可和居留方面有哪些便利措施？", [
            "郑州片区设立外国人来华工作和居留许可“一窗通办”窗口，外国人工作许可与居留许可实行“一窗受理、并联审批”，办理时限由原来的22个工作日压缩至10个工作日以内。",
            "对片区重点外资企业聘雇的外籍高级管理人员和专业技术人员，提供以下便利：（1）符合外国高端人才（A类）标准的，可实行“容缺受理”，并可申请有效期最长5年的工作许可；（2）符合条件的，可申请办理有效期最长5年的工作类居留许可；（3）外籍人员随行配偶及未满18周岁子女，可一并申请相应期限的居留许可。",
        ]),
        ("外商投资企业跨境资金结算有哪些便利化措施？", [
            "在郑州片区开展的跨境资金便利化措施主要包括：",
            "一是资本项目收入支付便利化。符合条件的外商投资企业资本金、外债等资本项目收入用于境内支付时，可凭《资本项目账户资金支付命令函》直接在银行办理，无需事前逐笔提交真实性证明材料。",
            "二是外债便利化额度试点。符合条件的高新技术和“专精特新”企业，可在不超过等值1000万美元额度内自主借用外债。",
            "三是跨境人民币结算便利化。优质企业可凭收付款指令直接办理货物贸易、服务贸易跨境人民币结算业务。",
        ]),
    ]),
    ("三、要素保障类", [
        ("外资研发中心可以享受哪些支持政策？", [
            "对在郑州片区新设立或经认定的外资研发中心，给予以下支持：",
            "（1）经认定为省级外资研发中心的，给予一次性奖励100万元；经认定为国家级外资研发中心的，给予一次性奖励300万元；",
            "（2）外资研发中心进口科技开发用品，符合国家规定条件的，免征进口关税和进口环节增值税、消费税；采购国产设备符合条件的，全额退还增值税；",
            "（3）外资研发中心引进的外籍研发人员，可按规定享受郑州市人才公寓、子女入学等服务保障。",
        ]),
    ]),
    ("四、权益保护类", [
        ("外商投资企业遇到困难和诉求，可以通过哪些渠道反映？", [
            "外商投资企业可以通过以下渠道反映诉求：",
            "（1）到郑州片区外商投资企业服务中心（郑州市郑东新区商务外环路17号）现场反映；",
            "（2）拨打12345政务服务便民热线，选择“外资企业诉求”专席；",
            "（3）登录“河南省外商投资企业投诉服务平台”在线提交。",
            "片区对外资企业诉求实行“受理—办理—反馈—回访”闭环管理，一般诉求在5个工作日内答复，复杂诉求在15个工作日内答复。",
        ]),
        ("政府部门未履行向外商投资企业依法作出的政策承诺，企业应如何维权？", [
            "根据《中华人民共和国外商投资法》第二十五条，地方各级人民政府及其有关部门应当履行向外国投资者、外商投资企业依法作出的政策承诺以及依法订立的各类合同。因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并依法对外国投资者、外商投资企业因此受到的损失予以补偿。",
            [("外商投资企业认为片区有关部门未履行政策承诺的，可以向郑州市外商投资企业投诉工作机构申请协调解决，", FS, False), "\n",
             ("也可以依法申请行政复议、提起行政诉讼。", FS, False)],
        ]),
    ]),
]

ZZ_TAIL = [
    "咨询电话：0371-86186506（郑州片区管委会投资促进局）；0371-67181163（郑州市商务局外国投资管理处）",
    "投诉受理邮箱：wzts@zzftz.gov.cn",
]


def make_zhengzhou():
    def add_p(*a, **k):  # this office types the 问答 in 四号仿宋, 24pt line spacing
        base = dict(size=14, line=24, first=28)
        base.update(k)
        return _add_p(*a, **base)

    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0])
    # title in one paragraph with a soft line break
    add_p(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, False), "\n",
                ("外商投资政策问答（2026年版）", XBS, False)],
          size=20, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=30)
    add_p(doc, "（2026年3月修订）", font=KT, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    empty(doc)
    add_p(doc, [("说明：", HT, False), (ZZ_SHUOMING[3:], FS, False)])
    clauses = [ZZ_SHUOMING]
    n = 0
    for head, qas in ZZ_QA:
        empty(doc)
        add_p(doc, head, font=HT)
        for q, ans in qas:
            n += 1
            # question: Word auto-numbering (List Number), 问 in bold
            p = add_p(doc, [("问：", HT, True), (q, FS, True)], style="List Number",
                      first=28, left=0)
            clauses.append("%d.问：%s" % (n, q))
            for i, a in enumerate(ans):
                parts = [(a, FS, False)] if isinstance(a, str) else a
                if i == 0:
                    parts = [("答：", HT, False)] + parts
                    add_p(doc, parts, first=0)  # 答 typed with full-width spaces
                    doc.paragraphs[-1].runs[0].text = "\u3000\u3000答："
                    clauses.append("答：" + flat(a))
                else:
                    add_p(doc, parts)
                    clauses.append(flat(a))
            if n in (2, 5, 7):
                empty(doc)
    empty(doc)
    for s in ZZ_TAIL:
        add_p(doc, s)
    clauses += ZZ_TAIL
    empty(doc)
    empty(doc)
    add_p(doc, "\u3000" * 8 + ZZ_ORG1, first=0)
    add_p(doc, "\u3000" * 16 + ZZ_ORG2, first=0)
    add_p(doc, "\u3000" * 15 + "2026年3月16日", first=0)
    stem = "blind663_zhengzhou_wenda"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{
        "meta": meta(title=ZZ_TITLE, issuer=[ZZ_ORG1, ZZ_ORG2], date="2026-03-16",
                     region="中国（河南）自由贸易试验区郑州片区", doc_type="问答"),
        "clauses": clauses,
    }]


# =================================================================== DOC 3
# 青岛片区 印发通知 + 综合保税区政策问答（表格式附件）
QD_ORG = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_WD_TITLE = "中国（山东）自由贸易试验区青岛片区综合保税区政策问答（2026年版）"
QD_TITLE = "关于印发《" + QD_WD_TITLE + "》的通知"
QD_NO = "青自贸片管发〔2026〕3号"
QD_OLD = "《中国（山东）自由贸易试验区青岛片区综合保税区政策问答（2024年版）》"
QD_ZHUSONG = "片区各部门、各功能区管理机构，各有关企业："
QD_BODY = [
    "为深入落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2022〕1号）和海关总署关于综合保税区监管改革的有关要求，帮助区内企业准确把握综合保税区业务、监管和税收政策，片区管委会会同青岛海关、国家税务总局青岛市税务局等单位，对"
    + QD_OLD + "进行了修订，形成《" + QD_WD_TITLE + "》，现印发给你们，请结合实际做好宣传解读工作。",
    "各功能区管理机构要将政策问答纳入企业服务“一张清单”，通过政策宣讲会、“企业服务专员”走访等方式推送至区内企业；执行中遇到的问题，请及时反馈片区管委会经济发展部。",
    QD_OLD + "同时废止。",
]
QD_SHUOMING = [
    "1.本问答依据截至2026年1月31日现行有效的法律法规和政策文件编制，相关政策如有调整，以最新规定为准。",
    "2.本问答所称综合保税区（以下简称综保区），是指位于青岛片区内的青岛前湾综合保税区。",
    "3.本问答自2026年3月1日起执行，有效期至2028年2月29日。",
]
QD_ROWS = [
    ("一、业务资质类", None),
    ("1.综保区内可以开展哪些业务？", [
        "根据《中华人民共和国海关综合保税区管理办法》（海关总署令第256号），区内可以开展以下业务：",
        "（1）研发、加工、制造、再制造；",
        "（2）检测、维修；",
        "（3）货物存储；",
        "（4）物流分拨；",
        "（5）融资租赁；",
        "（6）跨境电商；",
        "（7）商品展示；",
        "（8）国际转口贸易；",
        "（9）国际中转；",
        "（10）港口作业；",
        "（11）期货保税交割；",
        "（12）国家规定可以在区内开展的其他业务。",
        "区内不得建立营业性住宅和商业零售网点，但为区内人员提供生活服务的设施除外。法律法规对开展相关业务有准入要求的，企业应当依法取得相应资质。",
    ]),
    ("2.区外企业能否以区内企业名义在综保区开展保税维修业务？", [
        "不能。在综保区开展保税维修业务的，应当由在区内依法登记注册并已办理海关注册登记的企业实施。区外企业有意开展相关业务的，可在区内设立独立法人企业或与区内企业合作，由区内企业作为经营主体。",
        "区内企业开展保税维修业务，应当符合以下要求：",
        "1.维修产品应当列入《综合保税区维修产品目录》，且不属于国家禁止进出口的货物；",
        "2.建立符合海关监管要求的管理制度和计算机管理系统，实现对维修耗用等信息的全程跟踪；",
        "3.维修后的货物应当复运出境或复运回原区外委托方，待维修货物及维修替换下的坏件、旧件原则上复运出境。",
        "",
        "维修替换下的坏件、旧件属于国家禁止进口的固体废物的，应当按照固体废物管理有关规定处理。",
    ]),
    ("3.新入区企业如何办理海关注册登记？", [
        "区内企业可通过“中国国际贸易单一窗口”或“互联网+海关”一体化网上办事平台在线申请办理报关单位备案，海关审核通过后即时生效，无需提交纸质材料。",
        "企业开展保税业务的，还应当向主管海关申请设立电子账册，并按要求建立符合海关监管要求的计算机管理系统，与海关进行联网。",
    ]),
    ("二、货物监管类", None),
    ("4.货物从境外直接进入综保区，需要办理哪些海关手续？", [
        "境外货物进入综保区，区内企业应当向海关申报进境备案清单，按“一线”进境管理，除法律法规另有规定外，不实行进口配额、许可证件管理。",
        "对区内企业从境外进口的自用机器设备、基建物资等，除法律法规另有规定外，予以免税；对进口的保税加工料件和保税存储货物，予以保税。",
        "境外进入综保区的货物属于检疫范围的，应当实施检疫；在青岛片区，对符合条件的货物实行“先入区、后检测”模式，企业可在入区后再进行检验，缩短通关时间。",
    ]),
    ("5.区内货物能否出区进行检测、维修或外发加工？", [
        "可以。区内企业可以将保税货物运往区外进行检测、维修、外发加工等，但应当在规定期限内运回综保区。具体要求如下：",
        "（1）出区检测、维修的，向海关办理出区手续，期限原则上不超过60日；因特殊情况需要延期的，应当在期限届满前向海关申请延期，延长期限不超过30日；",
        "（2）外发加工的，期限不超过合同有效期，加工完毕的货物应当按期运回综保区；",
        "（3）出区期间货物的所有权不发生转移，不得在区外擅自销售或改变用途。",
    ]),
    ("6.区内保税货物有没有存储期限？", [
        "没有。综保区内保税存储货物不设存储期限。区内企业应当依照海关规定，定期向海关报送货物进出、存储、使用等情况，并接受海关核查。",
        "对长期存储、无法正常处置的货物，企业可按规定申请退运、放弃或销毁。",
    ]),
    ("三、税收政策类", None),
    ("7.综保区增值税一般纳税人资格试点有什么好处？", [
        "获得试点资格的区内企业，可以按照规定对内销货物开具增值税专用发票，区外企业从试点企业购买货物可以抵扣进项税额，实现区内外企业间的“同等待遇”。试点企业主要有以下优势：",
        "（1）可以同时开展保税业务和非保税业务，充分利用国际、国内两个市场；",
        "（2）试点企业从区外采购货物用于生产的，可以取得增值税专用发票并抵扣；",
        "（3）试点企业进口自用设备（包括机器设备、基建物资和办公用品）时，暂免征收进口关税和进口环节增值税、消费税。",
        "青岛前湾综合保税区已纳入试点范围，区内企业可向主管税务机关和海关申请备案。",
    ]),
    ("8.区内企业将加工制造的货物内销，可以选择按料件还是按成品缴纳关税？", [
        "可以选择。综合保税区内销选择性征收关税政策已推广至全国所有综合保税区。区内企业生产、加工并经“二线”内销的货物，可根据企业申请，按其对应进口料件或按实际报验状态征收关税，进口环节增值税、消费税照章征收。",
        "企业选择按进口料件征收关税的，应当在内销申报前向主管海关提出申请；同一批货物不得在申报后变更征税方式。",
    ]),
]
QD_TAIL = [
    "咨询电话：0532-86887316（片区管委会经济发展部）、0532-86759021（黄岛海关综保区业务科）、12366（国家税务总局青岛市税务局纳税服务热线）",
]


def make_qingdao():
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0])
    # red head
    add_p(doc, "中国（山东）自由贸易试验区", font=XBS, size=30,
          align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=40, color=RED)
    add_p(doc, "青岛片区管理委员会文件", font=XBS, size=30,
          align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=40, color=RED)
    empty(doc)
    p = add_p(doc, QD_NO, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    bottom_border(p, sz=18)
    empty(doc)
    # title broken by hand with a soft break after 《
    add_p(doc, [("关于印发《中国（山东）自由贸易试验区", XBS, False), "\n",
                ("青岛片区综合保税区政策问答", XBS, False), "\n",
                ("（2026年版）》的通知", XBS, False)],
          size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=33)
    empty(doc)
    add_p(doc, QD_ZHUSONG, first=0)
    for s in QD_BODY:
        add_p(doc, s)
    empty(doc)
    add_p(doc, [("附件：", FS, False), (QD_WD_TITLE, FS, False)], first=32)
    empty(doc)
    empty(doc)
    add_p(doc, "\u3000" * 2 + QD_ORG, first=0)
    add_p(doc, "\u3000" * 10 + "2026年2月9日", first=0)
    empty(doc)
    add_p(doc, "（此件公开发布）", first=32)
    notice_clauses = list(QD_BODY)

    # attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, "附件", font=HT, first=0)
    empty(doc)
    add_p(doc, [("中国（山东）自由贸易试验区青岛片区", XBS, False), "\n",
                ("综合保税区政策问答（2026年版）", XBS, False)],
          size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=33)
    empty(doc)
    add_p(doc, "说　明", font=KT, size=16, first=32, bold=True)
    for s in QD_SHUOMING:
        add_p(doc, s)
    empty(doc, line=14)
    wd_clauses = list(QD_SHUOMING)
    wd_clauses += qa_table(doc, QD_ROWS, ["问题", "政策解答"], [Cm(4.2), Cm(11.4)],
                           repeat=False)
    empty(doc, line=14)
    for s in QD_TAIL:
        add_p(doc, s, first=0)
    wd_clauses += QD_TAIL

    # 版记 at the very end, laid out in a borderless 2-row table with rules
    empty(doc)
    empty(doc)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom", "insideH"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)
    cell_text(bj.rows[0].cells[0],
              ["抄送：青岛海关，市商务局，市财政局，国家税务总局青岛市税务局。"],
              size=14, line=24)
    cell_text(bj.rows[1].cells[0],
              ["青岛片区管理委员会办公室" + "\u3000" * 9 + "2026年2月10日印发"],
              size=14, line=24)
    set_widths(bj, [Cm(15.6)])

    stem = "blind663_qingdao_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    region = "中国（山东）自由贸易试验区青岛片区"
    return stem, [
        {
            "meta": meta(title=QD_TITLE, doc_number=QD_NO, issuer=[QD_ORG], date="2026-02-09",
                         region=region, attachments=[QD_WD_TITLE], doc_type="通知",
                         recipients=["片区各部门", "各功能区管理机构", "各有关企业"],
                         publicity="此件公开发布", repeals=QD_OLD),
            "clauses": notice_clauses,
        },
        {
            "meta": meta(title=QD_WD_TITLE, issuer=[QD_ORG], date="2026-02-09",
                         region=region, effective="2026-03-01", expires="2028-02-29",
                         doc_type="问答"),
            "clauses": wd_clauses,
        },
    ]


def main():
    expected = {}
    files = []
    for fn in (make_xiamen, make_zhengzhou, make_qingdao):
        stem, docs = fn()
        expected[stem] = docs
        files.append(os.path.join(HERE, stem + ".docx"))
    for f in files:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_663", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, f],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
