# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 559: 外经贸发展专项资金项目申报指南 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), font)
    if font in (FS, KT):
        rFonts.set(qn("w:ascii"), "Times New Roman")
        rFonts.set(qn("w:hAnsi"), "Times New Roman")
    else:
        rFonts.set(qn("w:ascii"), font)
        rFonts.set(qn("w:hAnsi"), font)
    if color is not None:
        run.font.color.rgb = color


def para(doc, runs, align=None, indent=True, font=FS, size=16, bold=False,
         color=None, spacing=28, left=None, container=None):
    """runs: str or list of (text, opts). text may contain '\n' => soft break."""
    target = container if container is not None else doc
    p = target.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if spacing:
        pf.line_spacing = Pt(spacing)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, o in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            r = p.add_run(part)
            set_font(r, o.get("font", font), o.get("size", size),
                     o.get("bold", bold), o.get("color", color))
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(28)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", sz=18, color="FF0000", space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        pPr.append(pbdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    # order inside pBdr: top, left, bottom, right
    if side == "top":
        pbdr.insert(0, el)
    else:
        pbdr.append(el)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(part)
        set_font(r, font, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def data_table(doc, header_cells, rows, merge_col0=False, widths=None, size=12):
    """header_cells: texts as typed; rows: list of value lists.
    merge_col0: vertically merge equal consecutive values in column 0."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header_cells))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header_cells):
        c = t.rows[0].cells[j]
        cell_text(c, h, HT, size)
        shade(c)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, size,
                      align="c" if j in (0, len(row) - 1) or len(row) == 3 else "l")
    if merge_col0:
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
                k += 1
            if k > i:
                top = t.cell(i + 1, 0)
                merged = top.merge(t.cell(k + 1, 0))
                cell_text(merged, rows[i][0], FS, size)
            i = k + 1
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def row_clauses(colnames, rows):
    return ["；".join("%s：%s" % (c, v.replace("\n", "")) for c, v in zip(colnames, r))
            for r in rows]


def add_word_numbering(doc):
    """decimal '%1.' at level 0, lowerLetter '%2)' at level 1, no tab after."""
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="640" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), FS, FS))
    abs_el = parse_xml(abs_xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    numbering.append(parse_xml(
        '<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w")))
    return 90


def numbered(doc, text, num_id, ilvl):
    p = para(doc, text, indent=False)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), ilvl, num_id)))
    # paragraph indents come from the numbering level
    return p


def meta(title, doc_number, issuer, date, level, region, attachments, doc_type,
         recipients, publicity):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region, "effective": None,
        "expires": None, "attachments": attachments, "doc_type": doc_type,
        "recipients": recipients, "publicity": publicity, "repeals": None,
    }


# ================================================================ 湖南
def build_hunan():
    doc = new_doc()
    notice, guide = [], []

    # joint red header laid out with a borderless table
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["湖南省商务厅", "湖南省财政厅"]):
        c = ht.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        set_font(r, XBS, 30, False, RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 48, False, RED)
    m.vertical_alignment = 1
    for row in ht.rows:
        row.cells[0].width = Mm(110)
        row.cells[1].width = Mm(40)
    empty(doc)
    p = para(doc, "湘商财发〔2026〕6号", align="c", indent=False)
    border(p, "bottom", 18, "FF0000", 6)
    empty(doc)
    para(doc, "湖南省商务厅 湖南省财政厅\n关于印发《2026年湖南省外经贸发展专项资金项目申报指南》的通知",
         align="c", indent=False, font=XBS, size=22, spacing=36)
    empty(doc)
    para(doc, "各市州商务主管部门，各市州财政局，省直有关单位：", indent=False)

    def N(text, runs=None):
        para(doc, runs if runs else text)
        notice.append(text)

    N("为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，加快建设内陆地区改革开放高地，"
      "根据《湖南省外经贸发展专项资金管理办法》（湘财企〔2024〕15号）有关规定，省商务厅、省财政厅研究制定了"
      "《2026年湖南省外经贸发展专项资金项目申报指南》，现印发给你们，并就有关事项通知如下：")
    N("一、请各市州商务主管部门会同财政部门，认真做好政策宣传解读，及时将申报指南传达至辖区内相关企业，"
      "组织符合条件的企业按要求申报。")
    N("二、各市州商务主管部门、财政局要切实履行初审职责，对申报材料的真实性、完整性和合规性进行审核，"
      "严禁出具虚假审核意见。对初审把关不严、造成专项资金损失的，将视情况核减该地区下一年度资金分配额度。")
    N("三、省直有关单位所属企业直接向省商务厅申报，申报材料一式两份，并同步在“湖南省商务厅专项资金管理系统”"
      "完成网上填报。")
    N("四、申报过程中如有问题，请及时与省商务厅财务处、省财政厅企业处联系。")
    N("省商务厅财务处联系人：陈立新，电话：0731-82281536。")
    N("省财政厅企业处联系人：周敏，电话：0731-85165290。")
    empty(doc)
    para(doc, "附件：2026年湖南省外经贸发展专项资金项目申报指南", indent=True, left=None)
    empty(doc, 3)
    # two organs side by side with manual spaces (two seals)
    para(doc, "    湖南省商务厅                    湖南省财政厅", indent=False)
    empty(doc)
    para(doc, "2026年5月12日        ", align="r", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)

    # ------------------------------------------------------------ 附件：指南
    page_break(doc)
    para(doc, "附件", indent=False, font=HT)
    empty(doc)
    para(doc, "2026年湖南省外经贸发展专项资金项目申报指南", align="c", indent=False,
         font=XBS, size=22, spacing=36)
    empty(doc)

    def G(text, runs=None, **kw):
        para(doc, runs if runs else text, **kw)
        guide.append(text)

    def H1(text):
        para(doc, text, font=HT)

    def H2(text):
        para(doc, text, font=KT, bold=True)

    def RI(head, body, hfont=KT):
        G(head + body, [(head, {"font": hfont, "bold": True}), (body, {})])

    G("为用好外经贸发展专项资金，支持我省企业稳订单、拓市场、优结构，推动对外贸易和双向投资高质量发展，"
      "根据《湖南省外经贸发展专项资金管理办法》，制定本指南。")
    H1("一、支持方向")
    RI("（一）外贸新业态发展。", "支持跨境电商综合试验区、海外仓、市场采购贸易等新业态新模式发展，培育外贸新动能。")
    RI("（二）对外贸易通道建设。", "支持中欧班列（长沙）、湘粤非铁海联运等国际物流通道稳定运营，提升国际物流服务能力。")
    RI("（三）开放平台提升。", "支持中国（湖南）自由贸易试验区、综合保税区等开放平台招商引资和功能拓展。")
    RI("（四）“一带一路”经贸合作。", "支持企业在共建“一带一路”国家开展境外投资、对外承包工程和境外经贸合作区建设。")
    empty(doc)
    H1("二、申报条件")
    H2("（一）基本条件")
    G("1.申报主体应当符合以下要求：")
    G("（1）在湖南省内依法注册登记，具有独立法人资格，财务管理制度健全；")
    G("（2）近三年内无重大违法违规行为，未被列入严重失信主体名单，信用状况良好；")
    G("（3）依法履行统计报表报送义务，按时报送商务部门相关业务统计数据；")
    G("（4）同一项目未获得其他省级财政资金支持，存在以下情形之一的，不得申报：")
    G("①已享受省级其他专项资金同类支持的；", left=32)
    G("②项目实施主体与申报主体不一致的；", left=32)
    G("③项目尚未实施或实施进度不足50%的。", left=32)
    G("2.申报项目应当于2025年1月1日至2025年12月31日期间实施并取得实际成效，相关费用已实际支付。")
    H2("（二）专项条件")
    RI("1.外贸新业态类项目。", "申报企业应满足以下条件：", hfont=FS)
    G("（1）跨境电商企业：2025年度通过跨境电商方式实现进出口额500万美元以上，且在“单一窗口”完成备案；")
    G("（2）海外仓企业：在境外自建或租赁海外仓面积达到5000平方米以上，并满足以下条件之一：")
    G("①年度为省内企业提供海外仓服务货值达到1000万美元以上；", left=32)
    G("②接入省级跨境电商公共服务平台并实现数据实时对接；", left=32)
    G("③获评省级及以上公共海外仓。", left=32)
    G("（3）市场采购贸易经营主体：在高桥大市场市场采购贸易试点备案，2025年度市场采购贸易出口额300万美元以上。")
    RI("2.国际物流通道类项目。", "申报主体应为中欧班列（长沙）、湘粤非铁海联运等通道的平台运营公司或实际承运企业，"
       "2025年度开行班列或组织货运量达到省商务厅核定计划的80%以上。", hfont=FS)
    RI("3.开放平台类项目。", "申报主体为省内综合保税区管理机构或自贸试验区片区管理机构，项目需符合以下要求：", hfont=FS)
    G("（1）项目已列入所在平台年度重点工作计划；")
    G("（2）项目总投资不低于300万元，且具有下列情形之一：")
    G("①引进世界500强企业或行业龙头企业投资项目；", left=32)
    G("②新设保税维修、保税研发等新业态项目；", left=32)
    G("③建设公共服务平台，服务企业20家以上。", left=32)
    RI("4.“一带一路”经贸合作类项目。", "申报企业2025年度在共建“一带一路”国家实际完成境外投资额1000万美元以上，"
       "或对外承包工程完成营业额5000万美元以上。", hfont=FS)
    empty(doc)
    H1("三、支持标准")
    G("专项资金采取事后奖补方式，按照以下标准予以支持，同一企业年度累计支持金额不超过500万元。")
    cols = ["项目类别", "支持内容", "支持标准", "单个项目上限"]
    rows = [
        ["外贸新业态", "跨境电商进出口", "按2025年度跨境电商进出口额每100万美元给予1万元奖励", "100万元"],
        ["外贸新业态", "海外仓建设", "按海外仓实际租赁或建设费用的30%给予补助", "200万元"],
        ["外贸新业态", "市场采购贸易", "按市场采购贸易出口额每100万美元给予0.5万元奖励", "50万元"],
        ["国际物流通道", "中欧班列、铁海联运开行", "按实际开行列数给予运营补助，每列不超过3万元", "300万元"],
        ["开放平台", "综合保税区、自贸试验区项目", "按项目实际投资额的20%给予补助", "200万元"],
        ["“一带一路”经贸合作", "境外投资、对外承包工程", "按项目前期费用、保险费用的50%给予补助", "150万元"],
    ]
    data_table(doc, cols, rows, merge_col0=True, widths=[30, 38, 60, 28])
    guide.extend(row_clauses(cols, rows))
    G("上述支持标准中涉及美元的，按2025年12月31日中国人民银行公布的人民币汇率中间价折算。")
    empty(doc)
    H1("四、申报材料")
    G("申报单位应按以下顺序装订申报材料（A4纸，左侧装订），并加盖单位公章：")
    # hand-typed numbering with full-width dots
    G("1．专项资金申请文件（由申报单位出具，需注明申请事项、申请金额及项目情况）；")
    G("2．《2026年湖南省外经贸发展专项资金项目申报表》；")
    G("3．申报主体资格证明材料，包括：")
    G("a)营业执照复印件；", left=32)
    G("b)法定代表人身份证复印件；", left=32)
    G("c)信用中国（湖南）网站出具的信用查询记录。", left=32)
    # item 4 and its sub-items typed in ONE paragraph with soft line breaks
    items4 = ["4．项目实施及费用支出证明材料，包括：",
              "a)项目合同、协议复印件；",
              "b)发票、银行付款凭证等费用支付凭证；",
              "c)由具有资质的会计师事务所出具的专项审计报告。"]
    para(doc, "\n    ".join(items4))
    guide.extend(items4)
    G("5．对申报材料真实性负责的承诺书；")
    G("6．其他需要提供的证明材料。")
    empty(doc)
    H1("五、申报时间和方式")
    RI("（一）申报时间。", "2026年6月1日—6月30日，逾期不予受理。")
    RI("（二）申报方式。", "申报单位登录“湖南省商务厅专项资金管理系统”在线填报，并将纸质材料报送所在市州商务主管部门；"
       "省直有关单位所属企业直接报送省商务厅财务处。")
    RI("（三）审核程序。", "各市州商务主管部门会同同级财政部门于2026年7月15日前完成初审，将初审意见、项目汇总表及申报材料"
       "报送省商务厅。省商务厅会同省财政厅组织专家评审，评审结果在省商务厅门户网站公示5个工作日。")
    empty(doc)
    H1("六、联系方式")
    G("各市州商务主管部门联系方式如下：")
    hdr = ["市  别", "联 系 人", "电  话"]   # manual spaces in header
    cols = ["市别", "联系人", "电话"]
    rows = [
        ["长沙市", "刘海波", "0731-88665012"],
        ["株洲市", "谭晓燕", "0731-28685236"],
        ["湘潭市", "彭志刚", "0731-58579061"],
        ["衡阳市", "罗春华", "0734-8868125"],
        ["邵阳市", "曾庆林", "0739-5369078"],
        ["岳阳市", "李文斌", "0730-8881653"],
        ["常德市", "龚丽娟", "0736-7252107"],
        ["张家界市", "向红梅", "0744-8228716"],
        ["益阳市", "夏建国", "0737-4226630"],
        ["郴州市", "何立平", "0735-2882751"],
        ["永州市", "蒋慧敏", "0746-8223605"],
        ["怀化市", "杨开宇", "0745-2714168"],
        ["娄底市", "邓卫东", "0738-8312557"],
        ["湘西州", "田秀英", "0743-8225049"],
    ]
    data_table(doc, hdr, rows, widths=[40, 50, 60], size=14)
    guide.extend(row_clauses(cols, rows))
    empty(doc)
    H1("七、其他事项")
    RI("（一）", "申报单位对申报材料的真实性、合法性负责。对弄虚作假、骗取套取专项资金的，一经查实，全额收回已拨付资金，"
       "5年内取消其申报资格，并依法依规追究相关责任。", hfont=FS)
    G("（二）专项资金实行绩效管理，获得支持的企业应当按要求报送资金使用绩效自评报告。")
    G("（三）本指南由省商务厅、省财政厅负责解释。")
    empty(doc, 2)

    # 版记
    p = para(doc, "抄送：商务部财务司，财政部湖南监管局。", indent=False, size=14, left=14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    p = para(doc, " 湖南省商务厅办公室                          2026年5月12日印发", indent=False, size=14)
    border(p, "bottom", 8, "000000")

    m1 = meta("湖南省商务厅 湖南省财政厅关于印发《2026年湖南省外经贸发展专项资金项目申报指南》的通知",
              "湘商财发〔2026〕6号", ["湖南省商务厅", "湖南省财政厅"], "2026-05-12", "provincial", "湖南省",
              ["2026年湖南省外经贸发展专项资金项目申报指南"], "通知",
              ["各市州商务主管部门", "各市州财政局", "省直有关单位"], "此件公开发布")
    m2 = meta("2026年湖南省外经贸发展专项资金项目申报指南", None, ["湖南省商务厅", "湖南省财政厅"],
              "2026-05-12", "provincial", "湖南省", [], "指南", [], None)
    return doc, [{"meta": m1, "clauses": notice}, {"meta": m2, "clauses": guide}]


# ================================================================ 广西
def build_guangxi():
    doc = new_doc()
    num_id = add_word_numbering(doc)
    cl = []

    empty(doc)
    para(doc, "广西壮族自治区商务厅文件", align="c", indent=False, font=XBS, size=36,
         color=RED, spacing=None)
    empty(doc)
    p = para(doc, "桂商务发〔2026〕21号", align="c", indent=False)
    border(p, "bottom", 24, "FF0000", 8)
    empty(doc)
    para(doc, "广西壮族自治区商务厅关于\n组织申报2026年度外经贸发展专项资金项目的通知",
         align="c", indent=False, font=XBS, size=22, spacing=36)
    empty(doc)
    para(doc, "各设区市商务局，自治区有关单位：", indent=False)

    def C(text, runs=None, **kw):
        para(doc, runs if runs else text, **kw)
        cl.append(text)

    def H1(text):
        para(doc, text, font=HT)

    def H2(text):
        para(doc, text, font=KT)

    def RI(head, body, hfont=KT, bold=False):
        C(head + body, [(head, {"font": hfont, "bold": bold}), (body, {})])

    C("根据《广西壮族自治区外经贸发展专项资金管理办法》（桂财企〔2024〕38号）和自治区财政厅关于下达2026年中央外经贸发展"
      "专项资金预算的有关要求，为加快推进西部陆海新通道建设，支持面向东盟的开放合作，现就组织申报2026年度外经贸发展专项资金"
      "项目有关事项通知如下。")
    H1("一、支持重点")
    RI("（一）西部陆海新通道建设。", "支持经北部湾港的海铁联运班列、跨境公路班车、中越跨境班列稳定开行。")
    RI("（二）中国（广西）自由贸易试验区和综合保税区发展。", "支持南宁、钦州港、崇左片区及南宁综合保税区、钦州综合保税区、"
       "凭祥综合保税区等开展加工贸易、保税物流、跨境金融等业务创新。")
    RI("（三）跨境电商和边境贸易创新发展。", "支持跨境电子商务综合试验区、边民互市贸易落地加工等业务发展。")
    RI("（四）企业开拓国际市场。", "支持企业参加中国—东盟博览会以及境外重点展会，开展境外商标注册和国际认证。")
    H1("二、申报条件")
    H2("（一）基本条件")
    C("1.申报单位须具备以下条件：")
    C("（1）在广西境内依法注册、具有独立法人资格的企业或事业单位；")
    C("（2）财务管理制度健全，会计核算规范，按规定报送外经贸业务统计数据；")
    C("（3）近三年在外经贸、财政、税务、海关、外汇、市场监管等领域无违法违规记录，且不属于以下情形：")
    C("①被列入严重失信主体名单的；")
    C("②存在拖欠财政资金或专项资金被收回尚未归还的；")
    C("③法定代表人或实际控制人存在严重失信行为的。")
    C("2.申报项目须在2025年1月1日至2025年12月31日期间实施完成（跨年度项目以合同约定的完成时间为准）。")
    H2("（二）分类条件")
    C("1.通道建设类：申报单位为海铁联运班列、跨境公路班车或中越跨境班列的平台公司、货代企业，且符合以下要求：")
    C("（1）2025年度组织开行班列不少于50列，或组织跨境公路运输不少于500车次；")
    C("（2）运输货物中，广西本地货源占比不低于30%，并同时满足：")
    C("①运输单据、报关单据齐全，可追溯；")
    C("②运费结算通过境内银行账户完成。")
    C("2.平台发展类：申报单位为自贸试验区片区管委会、综合保税区管理机构或其认定的运营企业，2025年度进出口额同比增长不低于10%。")
    C("3.跨境电商和边贸类：申报单位应符合以下条件之一：")
    C("（1）跨境电商企业2025年度跨境电商进出口额不低于300万美元；")
    C("（2）边民互市贸易商品落地加工企业年度加工互市进口商品货值不低于2000万元。")
    C("4.市场开拓类：申报企业上年度进出口额在6500万美元以下，参展项目须为《2026年度广西重点支持境外展会目录》内展会。")
    H1("三、支持标准")
    cols = ["支持类别", "支持内容", "支持标准", "上限"]
    rows = [
        ["通道建设", "海铁联运班列", "每标准箱补助300元", "单个企业不超过300万元"],
        ["通道建设", "中越跨境班列、跨境公路班车", "每列补助2万元；每车次补助1000元", "单个企业不超过200万元"],
        ["平台发展", "自贸试验区、综合保税区业务创新", "按项目实际投入的30%给予补助", "单个项目不超过150万元"],
        ["跨境电商和边贸", "跨境电商进出口", "按进出口额每100万美元补助1.5万元", "单个企业不超过100万元"],
        ["跨境电商和边贸", "互市商品落地加工", "按加工货值的1%给予补助", "单个企业不超过80万元"],
        ["市场开拓", "境外展会、国际认证", "按展位费、认证费的50%给予补助", "单个企业不超过30万元"],
    ]
    data_table(doc, cols, rows, merge_col0=True, widths=[28, 42, 50, 36])
    cl.extend(row_clauses(cols, rows))
    C("注：同一企业同一项目不得重复申报，同一企业年度获得支持总额原则上不超过500万元。")
    H1("四、申报材料")
    C("申报单位须提供以下材料（一式三份）：")
    # Word automatic numbering: the numbers are NOT in the text runs
    mats = [
        (0, "项目申报表（见附件1）；"),
        (0, "申报单位营业执照、统一社会信用代码证复印件；"),
        (0, "项目证明材料："),
        (1, "通道建设类提供班列开行清单、运输合同、运费结算凭证；"),
        (1, "平台发展类提供项目实施方案、投入资金凭证；"),
        (1, "跨境电商和边贸类提供海关统计数据、落地加工合同及发票；"),
        (1, "市场开拓类提供参展合同、展位费发票及付款凭证。"),
        (0, "会计师事务所出具的专项审计报告；"),
        (0, "申报单位信用承诺书（见附件2）。"),
    ]
    n0, n1 = 0, 0
    for lvl, text in mats:
        numbered(doc, text, num_id, lvl)
        if lvl == 0:
            n0 += 1
            n1 = 0
            cl.append("%d.%s" % (n0, text))
        else:
            n1 += 1
            cl.append("%s)%s" % ("abcdefgh"[n1 - 1], text))
    H1("五、申报时间及程序")
    RI("（一）申报时间：", "2026年6月1日—6月30日。", hfont=FS)
    RI("（二）申报程序：", "申报单位向所在设区市商务局提交申报材料，各设区市商务局会同财政局审核后，于2026年7月10日前将审核意见"
       "及申报材料报送自治区商务厅。自治区有关单位直接报送自治区商务厅。", hfont=FS)
    RI("（三）评审公示：", "自治区商务厅委托第三方机构开展评审，评审结果在自治区商务厅网站公示7天。", hfont=FS)
    H1("六、联系方式")
    C("自治区商务厅财务处：黄文杰，0771-2052518；规划发展处：韦丽萍，0771-2052706。")
    C("各设区市商务局联系方式见下表：")
    cols = ["市别", "联系人", "电话"]
    rows = [
        ["南宁市", "梁志强", "0771-5512306"],
        ["柳州市", "覃美玲", "0772-2821635、2821630"],
        ["桂林市", "蒋国华", "0773-2825419"],
        ["梧州市", "陈丽芳", "0774-5833027"],
        ["北海市", "吴海生", "0779-3051682"],
        ["防城港市", "黄春燕", "0770-2828315"],
        ["钦州市", "莫振宇", "0777-2821976"],
        ["贵港市", "甘建新", "0775-4561238"],
        ["玉林市", "庞晓敏", "0775-2683504"],
        ["百色市", "农永红", "0776-2824871"],
        ["贺州市", "邓秀兰", "0774-5136209"],
        ["河池市", "韦德明", "0778-2285513"],
        ["来宾市", "蓝桂英", "0772-4212756"],
        ["崇左市", "黄少峰", "0771-7965830"],
    ]
    data_table(doc, cols, rows, widths=[40, 45, 70], size=14)
    cl.extend(row_clauses(cols, rows))
    H1("七、有关要求")
    C("（一）各设区市商务局要加强组织协调，严格审核把关，确保申报项目真实、合规。")
    C("（二）申报单位对申报材料真实性负责，凡弄虚作假的，取消其3年内申报资格，并按《财政违法行为处罚处分条例》等有关规定处理。")
    empty(doc)
    # attachment list: number 2 continued with a soft break + manual spaces
    para(doc, "附件：1.2026年度外经贸发展专项资金项目申报表\n          2.申报单位信用承诺书")
    empty(doc, 3)
    para(doc, "广西壮族自治区商务厅　　　　", align="r", indent=False)
    para(doc, "2026年5月20日　　　　　", align="r", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 3)
    p = para(doc, "抄送：自治区财政厅。", indent=False, size=14, left=14)
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    p = para(doc, " 广西壮族自治区商务厅办公室                  2026年5月21日印发", indent=False, size=14)
    border(p, "bottom", 8, "000000")

    m = meta("广西壮族自治区商务厅关于组织申报2026年度外经贸发展专项资金项目的通知", "桂商务发〔2026〕21号",
             ["广西壮族自治区商务厅"], "2026-05-20", "provincial", "广西壮族自治区",
             ["2026年度外经贸发展专项资金项目申报表", "申报单位信用承诺书"], "通知",
             ["各设区市商务局", "自治区有关单位"], "此件公开发布")
    return doc, [{"meta": m, "clauses": cl}]


def main():
    expected = {}
    for stem, fn in [("blind559_hunan_zhinan", build_hunan),
                     ("blind559_guangxi_tongzhi", build_guangxi)]:
        doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_559", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
