# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 624 blind test documents: court 民事判决书 / 民事裁定书 (跨境电商平台服务合同纠纷).

Writes, next to this script:
  blind624_pudong_panjueshu.docx / .pdf
  blind624_nansha_caidingshu.docx / .pdf
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"

BODY_PT = 14


# ----------------------------------------------------------------- helpers
def set_font(run, name=FS, size=BODY_PT, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_para(p, align=None, indent=True, line=20, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(BODY_PT * 2) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_field(paragraph, instr, font=FS, size=12):
    r1 = paragraph.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = paragraph.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = paragraph.add_run("1")
    set_font(r4, font, size)
    r5 = paragraph.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def set_cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, font=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold=bold)


def fix_widths(table, widths_cm):
    """Fixed layout with explicit grid, so LibreOffice keeps the narrow layout table."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    table.autofit = False
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def kill_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.6)
    sec.right_margin = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY_PT)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


class Builder:
    """Writes paragraphs into a docx and records the answer-key clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def blank(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, indent=False)

    def para(self, text, clause=True, indent=True, lead_spaces=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             runs=None, font=FS):
        """runs: optional list of (text, bold) pieces; text is then their concatenation."""
        p = self.doc.add_paragraph()
        if lead_spaces:
            # indentation typed by hand with two full-width spaces
            fmt_para(p, align=align, indent=False)
            r = p.add_run("\u3000\u3000")
            set_font(r, font)
        else:
            fmt_para(p, align=align, indent=indent)
        if runs is None:
            runs = [(text, False)]
        full = "".join(t for t, _ in runs)
        for t, b in runs:
            r = p.add_run(t)
            set_font(r, font, bold=b)
        if clause:
            self.clauses.append(full)
        return p

    def table_rows(self, header, rows, widths):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell_text(t.rows[0].cells[i], h, bold=True, font=HT, size=10.5)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.RIGHT if ci >= 2 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell_text(t.rows[ri].cells[ci], v, align=al, size=10.5)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        fix_widths(t, widths)
        return t


# ============================================================ document 1
def make_pudong():
    doc = new_document()
    b = Builder(doc)

    # footer: 第 X 页 共 Y 页
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("第 ")
    set_font(r, FS, 12)
    add_field(fp, "PAGE")
    r = fp.add_run(" 页 共 ")
    set_font(r, FS, 12)
    add_field(fp, "NUMPAGES")
    r = fp.add_run(" 页")
    set_font(r, FS, 12)

    # title in two paragraphs, second one with typed spaces between characters
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("上海市浦东新区人民法院"), XBS, 22)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    set_font(p.add_run("民 事 判 决 书"), XBS, 26)
    b.blank()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("（2025）沪0115民初58217号"), FS, BODY_PT)
    b.blank()

    # parties block
    b.para("原告：上海跨睿供应链管理有限公司，住所地中国（上海）自由贸易试验区富特北路211号3层302室。")
    b.para("法定代表人：沈立诚，执行董事。")
    b.para("委托诉讼代理人：顾晓婷，上海汇泓律师事务所律师。")
    b.para("委托诉讼代理人：陆嘉琪，上海汇泓律师事务所律师。")
    b.para("被告：杭州云帆海购电子商务有限公司，住所地浙江省杭州市滨江区长河街道江南大道588号1幢1508室。")
    b.para("法定代表人：方启明，董事长。")
    b.para("委托诉讼代理人：许文涛，该公司员工。")
    b.para("委托诉讼代理人：章\u3000怡，浙江星澜律师事务所律师。")

    # 审理经过
    b.para("原告上海跨睿供应链管理有限公司（以下简称跨睿公司）与被告杭州云帆海购电子商务有限公司（以下简称云帆公司）"
           "服务合同纠纷一案，本院于2025年9月8日立案后，依法适用普通程序，于2025年11月20日公开开庭进行了审理。"
           "原告跨睿公司的委托诉讼代理人顾晓婷、陆嘉琪，被告云帆公司的委托诉讼代理人许文涛、章怡到庭参加诉讼。"
           "本案现已审理终结。")

    # 原告诉称
    b.para("原告跨睿公司诉称，跨睿公司系在中国（上海）自由贸易试验区内运营“跨睿全球购”跨境电子商务综合服务平台的企业，"
           "为入驻商家提供平台店铺运营、跨境电商零售进口申报、保税仓储及国内配送等一站式服务。2024年3月1日，"
           "跨睿公司与云帆公司签订《跨境电商平台综合服务协议》（以下简称《服务协议》），约定由跨睿公司为云帆公司在平台开设的店铺"
           "提供上述服务，服务期限自2024年3月1日起至2025年3月31日止；跨睿公司于每月1日前向云帆公司推送上一月度服务费账单，"
           "云帆公司应于账单推送之日起15日内付清；逾期付款的，按应付未付金额每日万分之五支付违约金，并承担守约方为实现债权"
           "而支出的律师费等合理费用。协议履行期间，跨睿公司依约提供了服务，但云帆公司自2024年12月起未足额支付服务费，"
           "截至起诉之日尚欠2024年12月至2025年3月服务费共计1,286,450元，经跨睿公司多次催讨未果。为维护自身合法权益，"
           "跨睿公司诉至本院，请求判令：", lead_spaces=True)
    b.para("1.云帆公司支付平台服务费1,286,450元；")
    b.para("2.云帆公司支付逾期付款违约金（以1,286,450元为基数，按每日万分之五的标准，自2025年4月17日起计算至实际清偿之日止）；")
    b.para("3.云帆公司承担跨睿公司为本案支出的律师费80,000元；")
    b.para("4.本案诉讼费、财产保全费由云帆公司负担。")

    # 被告辩称
    b.para("被告云帆公司辩称，对双方签订《服务协议》及跨睿公司主张的账单金额形式上无异议，但不同意跨睿公司的全部诉讼请求，"
           "理由如下：第一，2025年1月下旬至2月上旬，跨睿公司的申报系统出现故障，致使云帆公司共计2,137票跨境电商零售进口订单的"
           "《申报清单》未能及时推送至海关，相应货物在上海外高桥港综合保税区内滞留，跨睿公司却在2025年2月账单中向云帆公司"
           "收取超期仓储费117,520元，该笔费用系因跨睿公司自身原因产生，不应由云帆公司负担；第二，上述延误导致大量消费者退单、"
           "投诉，云帆公司店铺评分下降，损失远超拖欠金额，云帆公司暂缓付款系行使履行抗辩权；第三，《服务协议》约定的每日万分之五"
           "违约金标准过高，请求法院予以调整；第四，律师费80,000元明显过高，且跨睿公司未提供全部实际支付凭证。"
           "云帆公司明确表示，其所称损失本案中不提起反诉。")

    b.blank()
    # 本院查明
    b.para("本院查明：2024年3月1日，跨睿公司（甲方）与云帆公司（乙方）签订《服务协议》一份，主要约定：甲方为乙方在"
           "“跨睿全球购”平台开设的店铺提供店铺运营、跨境电商零售进口申报、保税仓储及国内配送服务，服务期限自2024年3月1日起"
           "至2025年3月31日止（第二条）；服务费由平台技术服务费、订单处理费、仓储费和配送费组成，按月结算，甲方应于每月1日前"
           "通过平台商家后台向乙方推送上一月度服务费账单，乙方应于账单推送之日起15日内付清，逾期未提出书面异议的视为对账单无异议"
           "（第六条）；因甲方系统故障或操作失误导致货物延误通关所产生的仓储费由甲方承担（第八条第三款）；乙方逾期付款的，"
           "每逾期一日按应付未付金额的万分之五向甲方支付违约金，并承担甲方为实现债权所支出的诉讼费、保全费、律师费等合理费用"
           "（第十二条）。")
    b.para("协议履行过程中，跨睿公司按月向云帆公司推送服务费账单。2024年12月至2025年3月的账单金额及付款情况如下：")
    b.table_rows(
        ["账单期间", "账单编号", "账单金额（元）", "已付金额（元）", "未付金额（元）"],
        [
            ["2024年12月", "KR-FW-202412-0386", "412,680.00", "100,000.00", "312,680.00"],
            ["2025年1月", "KR-FW-202501-0041", "356,920.00", "0.00", "356,920.00"],
            ["2025年2月", "KR-FW-202502-0117", "298,330.00", "0.00", "298,330.00"],
            ["2025年3月", "KR-FW-202503-0209", "318,520.00", "0.00", "318,520.00"],
            ["合计", "—", "1,386,450.00", "100,000.00", "1,286,450.00"],
        ],
        [2.7, 4.7, 3.1, 2.9, 3.1],
    )
    b.para("2025年1月24日至2025年2月9日，跨睿公司平台申报系统因版本升级发生故障，未能将包括云帆公司订单在内的部分《申报清单》"
           "按时推送至海关跨境电子商务通关服务平台。跨睿公司于2025年2月10日在平台发布《关于申报系统故障处置情况的公告》，"
           "载明“因我司系统原因造成的滞留期间仓储费用，将由我司承担”。跨睿公司推送的2025年2月账单中列有“超期仓储费”117,520元，"
           "对应的即为上述期间云帆公司滞留货物的仓储费用。云帆公司于2025年3月5日通过商家后台对该笔费用提出书面异议。")
    b.para("2025年6月3日、7月15日，跨睿公司两次向云帆公司发送《催款函》，云帆公司未予付款。2025年8月20日，跨睿公司与上海汇泓"
           "律师事务所签订《委托代理合同》，约定律师费80,000元，跨睿公司已于2025年8月25日支付律师费40,000元并取得相应发票。")
    b.para("另查明，本案审理中，跨睿公司向本院申请财产保全，本院依法裁定冻结云帆公司银行存款1,460,000元或查封、扣押其相应价值的"
           "其他财产。", lead_spaces=True)
    b.para("上述事实，有《服务协议》、服务费账单、平台后台操作记录、公告网页截屏、催款函及快递单、委托代理合同、律师费发票以及"
           "当事人陈述等证据在案佐证，本院予以确认。")

    b.blank()
    # 本院认为
    b.para("本院认为，跨睿公司与云帆公司签订的《服务协议》系双方真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效，"
           "双方均应依约履行。本案的争议焦点在于：一、云帆公司应付的平台服务费数额；二、云帆公司关于暂缓付款系行使履行抗辩权的"
           "主张能否成立；三、违约金及律师费的认定。")
    b.para(None, runs=[
        ("（一）关于云帆公司应付的平台服务费数额。", True),
        ("2024年12月至2025年3月账单所载服务费中，除2025年2月账单所列超期仓储费117,520元外，云帆公司对其余费用未在约定期限内"
         "提出异议，本院予以确认。关于超期仓储费，根据《服务协议》第八条第三款的约定及跨睿公司在平台发布的公告内容，因跨睿公司"
         "系统故障导致货物延误通关而产生的仓储费应由跨睿公司自行承担，云帆公司亦已在约定期限内提出书面异议，故跨睿公司主张的"
         "该笔费用，本院不予支持。据此，云帆公司尚应支付跨睿公司服务费1,168,930元（1,286,450元－117,520元）。", False),
    ])
    b.para(None, runs=[
        ("（二）关于云帆公司的履行抗辩能否成立。", True),
        ("云帆公司主张因跨睿公司系统故障造成其损失，故有权暂缓支付全部服务费。本院认为，跨睿公司申报系统故障仅发生于2025年"
         "1月24日至2月9日期间，影响的仅为部分订单，跨睿公司在此前后均依约提供了服务，并非未履行其主要合同义务；且云帆公司拒付的"
         "款项中包含故障发生前已到期的2024年12月服务费。云帆公司以部分履行瑕疵为由拒付全部服务费，缺乏事实和法律依据，本院"
         "不予采纳。至于云帆公司所称的退单、店铺评分下降等损失，其在本案中明确不提起反诉，可另行主张。", False),
    ])
    b.para(None, runs=[
        ("（三）关于违约金及律师费。", True),
        ("云帆公司未按约支付服务费，构成违约，应当承担违约责任。《服务协议》约定的违约金标准为每日万分之五，折合年利率约18.25%，"
         "云帆公司认为约定的违约金过高并请求调整。本院综合考虑合同的履行情况、跨睿公司的损失主要为资金占用损失以及当事人的过错"
         "程度等因素，根据公平原则和诚信原则，酌情将违约金调整为以未付服务费1,168,930元为基数，按照同期全国银行间同业拆借中心"
         "公布的一年期贷款市场报价利率的1.3倍，自2025年4月17日起计算至实际清偿之日止。关于律师费，《服务协议》明确约定由违约方"
         "承担守约方为实现债权所支出的律师费，跨睿公司提供了委托代理合同及已付律师费的发票，本院结合本案的复杂程度、律师工作量"
         "及跨睿公司诉讼请求的支持程度，酌定云帆公司负担律师费50,000元。", False),
    ])
    b.para("综上所述，依照《中华人民共和国民法典》第五百零九条第一款、第五百二十六条、第五百七十七条、第五百八十五条第一款、"
           "第二款，《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第六十五条，《中华人民共和国民事诉讼法》"
           "第六十七条第一款之规定，判决如下：")
    b.para("一、被告杭州云帆海购电子商务有限公司应于本判决生效之日起十日内支付原告上海跨睿供应链管理有限公司平台服务费1,168,930元；")
    b.para("二、被告杭州云帆海购电子商务有限公司应于本判决生效之日起十日内支付原告上海跨睿供应链管理有限公司逾期付款违约金"
           "（以1,168,930元为基数，自2025年4月17日起至实际清偿之日止，按照同期全国银行间同业拆借中心公布的一年期贷款市场报价利率"
           "的1.3倍计算）；")
    b.para("三、被告杭州云帆海购电子商务有限公司应于本判决生效之日起十日内支付原告上海跨睿供应链管理有限公司律师费50,000元；")
    b.para("四、驳回原告上海跨睿供应链管理有限公司的其余诉讼请求。")
    b.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
           "期间的债务利息。")
    b.para("案件受理费17,937.46元，财产保全费5,000元，合计22,937.46元，由原告上海跨睿供应链管理有限公司负担2,846元，"
           "被告杭州云帆海购电子商务有限公司负担20,091.46元。")
    b.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上海市第一中级"
           "人民法院。", lead_spaces=True)

    b.blank(2)
    # signature block: borderless layout table, names spaced by hand
    t = doc.add_table(rows=3, cols=2)
    kill_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for i, (role, name) in enumerate([("审 判 长", "王\u3000敏"), ("审 判 员", "李东升"), ("人民陪审员", "赵红英")]):
        set_cell_text(t.rows[i].cells[0], role, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, size=BODY_PT)
        set_cell_text(t.rows[i].cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT, size=BODY_PT)
    fix_widths(t, [3.4, 3.2])
    b.blank()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("二〇二六年一月二十日\u3000\u3000"), FS)
    b.blank()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("本件与原本核对无异"), KT)
    b.blank()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("书 记 员\u3000\u3000周\u3000洁\u3000\u3000"), FS)

    stem = "blind624_pudong_panjueshu"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "上海市浦东新区人民法院民事判决书",
        "doc_number": "（2025）沪0115民初58217号",
        "issuer": ["上海市浦东新区人民法院"],
        "date": "2026-01-20",
        "published": None,
        "level": "county",
        "region": "上海市浦东新区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "民事判决书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ============================================================ document 2
def make_nansha():
    doc = new_document()
    b = Builder(doc)

    # footer: - 1 -
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("- ")
    set_font(r, "宋体", 12)
    add_field(fp, "PAGE", "宋体", 12)
    r = fp.add_run(" -")
    set_font(r, "宋体", 12)

    # title: one paragraph, court name and 民 事 裁 定 书 split by a soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    r = p.add_run("广东自由贸易区南沙片区人民法院")
    set_font(r, XBS, 22)
    r.add_break()
    set_font(p.add_run("民  事  裁  定  书"), XBS, 26)
    b.blank()
    # case number pushed right with typed full-width spaces, paragraph itself left-aligned
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("\u3000" * 16 + "（2025）粤0115民初20486号"), FS)
    b.blank()

    b.para("原告：广州南沙跨境通数字贸易服务有限公司，住所地广州市南沙区海滨路171号南沙金融大厦11楼1101房。")
    b.para("法定代表人：黎嘉豪，董事长。")
    b.para("委托诉讼代理人：冯颖，广东南沙明德律师事务所律师。")
    b.para("委托诉讼代理人：邝志斌，广东南沙明德律师事务所实习律师。")
    b.para("被告：义乌市锦程进出口有限公司，住所地浙江省义乌市稠江街道贝村路1058号5楼。")
    b.para("法定代表人：楼国华，总经理。")

    b.para("原告广州南沙跨境通数字贸易服务有限公司（以下简称跨境通公司）与被告义乌市锦程进出口有限公司（以下简称锦程公司）"
           "网络服务合同纠纷一案，本院于2025年11月12日立案。锦程公司在提交答辩状期间对管辖权提出异议，认为：一是本案系锦程公司"
           "通过跨境通公司运营的“湾区跨境通”跨境电商出口服务平台，委托其办理跨境电商B2B直接出口（9710）申报、海外仓头程物流等"
           "服务而产生的纠纷，合同履行地及锦程公司住所地均在浙江省义乌市；二是《湾区跨境通平台商家服务协议》第二十一条关于"
           "由平台运营方住所地人民法院管辖的约定，系跨境通公司单方提供的格式条款，跨境通公司未以合理方式提请锦程公司注意，"
           "该条款对锦程公司不发生效力。故请求将本案移送浙江省义乌市人民法院审理。")
    b.para("跨境通公司对锦程公司的管辖权异议发表意见称，《湾区跨境通平台商家服务协议》系锦程公司在线勾选确认，管辖条款已以"
           "加粗方式作出特别提示，约定合法有效，请求驳回锦程公司的管辖权异议。", lead_spaces=True)
    b.para("本院经审查认为，合同或者其他财产权益纠纷的当事人可以书面协议选择被告住所地、合同履行地、合同签订地、原告住所地、"
           "标的物所在地等与争议有实际联系的地点的人民法院管辖，但不得违反法律对级别管辖和专属管辖的规定。本案中，锦程公司系"
           "通过“湾区跨境通”平台在线勾选同意的方式签订《湾区跨境通平台商家服务协议》（以下简称《商家服务协议》），该协议"
           "第二十一条约定：“因本协议产生的或与本协议有关的任何争议，双方应友好协商解决；协商不成的，任何一方均可向平台运营方"
           "住所地人民法院提起诉讼。”")
    b.para("根据跨境通公司提交的平台注册流程截屏及电子签约记录，上述管辖条款在协议文本中以加粗、加下划线的方式显示，锦程公司在"
           "勾选“我已阅读并同意”前，平台设置了强制阅读10秒的提示页面，并单独列明“争议解决条款”供商家确认，应当认定跨境通公司"
           "已采取合理方式提请锦程公司注意该条款。锦程公司关于该条款系未经提示的格式条款、对其不发生效力的主张，本院不予采纳。")
    b.para("跨境通公司住所地位于广州市南沙区，属于与争议有实际联系的地点，双方的上述约定不违反法律关于级别管辖和专属管辖的"
           "规定，合法有效。本案诉讼标的额为人民币862,300元，未超出本院受理第一审民事案件的级别管辖标准，本院对本案依法享有"
           "管辖权。锦程公司提出的管辖权异议不能成立，本院依法予以驳回。")
    b.para("依照《中华人民共和国民事诉讼法》第三十五条、第一百三十条第一款，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
           "的解释》第三十一条之规定，裁定如下：")
    b.para("驳回被告义乌市锦程进出口有限公司对本案管辖权提出的异议。")
    b.para("如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省广州市"
           "中级人民法院。")

    b.blank(2)
    # signature block: one right-aligned paragraph with soft line breaks
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=30)
    r = p.add_run("审\u3000判\u3000员\u3000\u3000陈\u3000\u3000晓\u3000\u3000")
    set_font(r, FS)
    r.add_break()
    r.add_break()
    set_font(p.add_run("二〇二六年二月十日\u3000\u3000"), FS)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
    set_font(p.add_run("本件与原本核对无异"), KT)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=30)
    r = p.add_run("法 官 助 理\u3000\u3000罗\u3000\u3000琳\u3000\u3000")
    set_font(r, FS)
    r.add_break()
    set_font(p.add_run("书\u3000记\u3000员\u3000\u3000何嘉欣\u3000\u3000"), FS)

    stem = "blind624_nansha_caidingshu"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "广东自由贸易区南沙片区人民法院民事裁定书",
        "doc_number": "（2025）粤0115民初20486号",
        "issuer": ["广东自由贸易区南沙片区人民法院"],
        "date": "2026-02-10",
        "published": None,
        "level": "county",
        "region": "广州市南沙区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "民事裁定书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_624", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


def main():
    expected = {}
    for fn in (make_pudong, make_nansha):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
