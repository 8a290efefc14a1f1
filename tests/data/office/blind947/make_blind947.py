# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 947: 海关行政处罚决定书 + 市场监管 不予行政处罚决定书 (自贸试验区), Word + PDF + expected.json."""
import json
import os
import subprocess
from decimal import Decimal as D, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:  # character spacing in twentieths of a point
        sp = parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(sp)
        else:
            rpr.append(sp)
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def field(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer_style == "hyphen":      # - 1 -
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)
    else:                               # 第 1 页 共 2 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 6)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    tw.set(qn("w:type"), "dxa")
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for ci, w in enumerate(widths):
            if ci < len(row.cells):
                row.cells[ci].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cantsplit(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_947", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


def money(x):
    return "{:,.2f}".format(x)


# =================================================================== DOC A
# 郑州海关 行政处罚决定书（跨境电商 1210 申报不实 影响税款征收）
GOODS = [
    ("婴幼儿配方奶粉（3段，800克/罐）", "荷兰", 2316, "612480.00", "798350.00"),
    ("婴幼儿配方奶粉（1段，900克/罐）", "新西兰", 1482, "436920.00", "571600.00"),
    ("深海鱼油软胶囊（400粒/瓶）", "澳大利亚", 1875, "281250.00", "390560.00"),
    ("复合维生素片（150片/瓶）", "美国", 964, "127248.00", "176410.00"),
    ("婴儿润肤乳（200毫升/瓶）", "英国", 738, "191880.00", "254320.00"),
    ("保湿修护面霜（50毫升/瓶）", "法国", 1126, "315280.00", "412870.00"),
    ("氨基酸洁面乳（120克/支）", "日本", 847, "67760.00", "94350.00"),
    ("婴儿纸尿裤（L码，54片/包）", "日本", 1390, "166800.00", "231540.00"),
    ("声波电动牙刷（含2支刷头）", "德国", 512, "153600.00", "198720.00"),
    ("益生菌粉剂（30袋/盒）", "丹麦", 633, "120270.00", "164580.00"),
    ("叶黄素酯软糖（60粒/瓶）", "美国", 405, "40500.00", "57960.00"),
    ("胶原蛋白肽口服液（10瓶/盒）", "日本", 298, "89400.00", "118220.00"),
    ("儿童钙镁锌液体饮品（450毫升/瓶）", "澳大利亚", 867, "95370.00", "133150.00"),
    ("橄榄油精华护手霜（75毫升/支）", "意大利", 326, "48900.00", "65860.00"),
]


def goods_rows():
    rows = []
    tk, ta, tb, td, tt = 0, D(0), D(0), D(0), D(0)
    for i, (name, origin, k, a, b) in enumerate(GOODS, 1):
        a, b = D(a), D(b)
        d = b - a
        t = (d * D("0.091")).quantize(D("0.01"), ROUND_HALF_UP)
        rows.append([str(i), name, origin, str(k), money(a), money(b), money(d), money(t)])
        tk += k
        ta += a
        tb += b
        td += d
        tt += t
    total = ["合计", "—", "—", str(tk), money(ta), money(tb), money(td), money(tt)]
    return rows, total, (tk, ta, tb, td, tt)


def doc_zhengzhou():
    stem = "blind947_zhengzhou_cf"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    rows, total, (tk, ta, tb, td, tt) = goods_rows()

    # red organ mark + red rule
    add_par(doc, [("中华人民共和国郑州海关", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title with widened character spacing
    p = doc.add_paragraph()
    font(p.add_run("行政处罚决定书"), XBS, 26, spacing=200)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    # 文号 flush right
    add_par(doc, "郑关缉违字〔2026〕0021号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1, line=14)

    def body(t, **kw):
        clauses.append(t)
        kw.setdefault("line", 26)
        return add_par(doc, t, **kw)

    body("当事人：河南豫欧跨境电子商务有限公司")
    body("统一社会信用代码：91410100MA9K7R3D9Q")
    body("海关编码：4101964BQ7")
    body("住所：河南省郑州市郑州航空港经济综合实验区新港大道与云港路交叉口兴港大厦B座1608室")
    body("法定代表人：王振宇")
    empty(doc, 1, line=14)
    body("经查，2025年3月1日至2025年9月30日期间，当事人作为香港豫欧环球贸易有限公司的跨境电子商务企业境内代理人，以网购保税进口（监管方式代码：1210）方式，向本关申报跨境电子商务零售进口商品申报清单共计%d票，涉及婴幼儿配方奶粉、保健食品、护肤品、电动牙刷等%d种商品。当事人在其运营的“豫欧全球购”电商平台上将上述商品的销售价格拆分为“商品价格”和“跨境直邮服务费”两部分向消费者收取，在向海关传输订单数据和申报时仅以“商品价格”部分作为申报价格，未将消费者实际支付的“跨境直邮服务费”计入跨境电子商务零售进口商品实际交易价格。" % (tk, len(GOODS)))
    body("经本关计核，上述申报清单申报总价为人民币%s元，实际交易总价为人民币%s元，低报价格共计人民币%s元，漏缴税款共计人民币%s元（明细详见附件）。2026年1月9日，当事人已向本关补缴全部漏缴税款。" % (ta, tb, td, tt))
    body("以上事实，有下列证据为证：")
    body("1.当事人营业执照、海关注册登记信息及与香港豫欧环球贸易有限公司签订的跨境电子商务企业境内代理委托协议；")
    body("2.涉案跨境电子商务零售进口商品申报清单电子数据%d票；" % tk)
    body("3.“豫欧全球购”电商平台订单、支付、物流电子数据及平台后台交易记录；")
    body("4．当事人关于“跨境直邮服务费”收费规则的书面说明及平台页面截图；")
    body("5.当事人法定代表人王振宇、运营总监刘倩的询问笔录；")
    body("6.本关《涉嫌违规案件计核资料》（郑关计核〔2026〕003号）；")
    body("7.海关专用缴款书及当事人补缴税款的银行缴款凭证。")
    body("本关认为，当事人未按照实际交易价格申报跨境电子商务零售进口商品，违反了《中华人民共和国海关法》第二十四条第一款的规定，构成申报不实影响国家税款征收的违规行为。")
    body("2026年2月27日，本关向当事人送达了《行政处罚告知单》（郑关缉告字〔2026〕0019号）。当事人于2026年3月3日提出书面陈述、申辩，称其系对完税价格构成理解偏差所致，且已足额补缴税款，请求从轻处罚。经复核，本关对其已补缴税款、积极配合调查的情况予以采纳；政策理解偏差不能免除其如实申报义务，该项理由不予采纳。")
    body("鉴于当事人在调查期间如实说明情况，主动补缴全部漏缴税款，主动减轻了违法行为危害后果，依法可以从轻处罚。根据《中华人民共和国海关法》第八十六条第（三）项、《中华人民共和国海关行政处罚实施条例》第十五条第（四）项、《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本关决定对当事人作出如下行政处罚：")
    clauses.append("科处罚款人民币3.4万元。")
    add_par(doc, [("科处罚款人民币3.4万元。", FS, 16, True)])
    body("当事人应当自本处罚决定书送达之日起15日内，到指定的银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，本关可以每日按罚款数额的百分之三加处罚款。")
    body("当事人如不服本处罚决定，可以自收到本处罚决定书之日起60日内向海关总署申请行政复议，或者自收到本处罚决定书之日起6个月内直接向郑州市中级人民法院提起行政诉讼。当事人逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，本关将依法申请人民法院强制执行。")
    empty(doc, 1, line=26)
    p = add_par(doc, "附件：涉案跨境电子商务零售进口商品价格计核明细表", indent=True, line=26)
    empty(doc, 2, line=26)
    # 落款 with a centre tab stop
    for t in ("\t中华人民共和国郑州海关", "\t二〇二六年三月十六日"):
        p = add_par(doc, t, indent=False, line=26)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.keep_with_next = True

    # ---------- 附件 on its own (landscape) page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=14)
    add_par(doc, [("涉案跨境电子商务零售进口商品价格计核明细表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=10)

    h0 = ["序号", "商品名称", "原产国（地区）", "申报情况", "申报情况",
          "实际交易总价（元）", "低报金额（元）", "漏缴税款（元）"]
    h1 = ["序号", "商品名称", "原产国（地区）", "清单票数（票）", "申报总价（元）",
          "实际交易总价（元）", "低报金额（元）", "漏缴税款（元）"]
    keys = [a if a == b else a + "／" + b for a, b in zip(h0, h1)]
    t = doc.add_table(rows=2 + len(rows) + 1, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.2), Cm(6.6), Cm(2.2), Cm(2.0), Cm(2.9), Cm(2.9), Cm(2.7), Cm(2.5)])
    for ci in range(8):
        set_cell(t.cell(0, ci), h0[ci], HT, 10.5)
        set_cell(t.cell(1, ci), h1[ci], HT, 10.5)
    for ci in (0, 1, 2, 5, 6, 7):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h0[ci], HT, 10.5)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "申报情况", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows + [total], 2):
        for ci, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else (
                WD_ALIGN_PARAGRAPH.RIGHT if ci >= 4 else WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al)
        cantsplit(t.rows[ri])
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, r)))
    n1 = "注：1.本表数据来源于本关《涉嫌违规案件计核资料》（郑关计核〔2026〕003号）。"
    n2 = "2.跨境电子商务零售进口商品关税税率暂设为0%，进口环节增值税按法定应纳税额的70%征收，即按低报金额的9.1%计核。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="行政处罚决定书", doc_number="郑关缉违字〔2026〕0021号",
                     issuer=["中华人民共和国郑州海关"], date="2026-03-16",
                     level="other", region="河南省",
                     attachments=["涉案跨境电子商务零售进口商品价格计核明细表"],
                     doc_type="决定书"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 成都市青白江区市场监督管理局 不予行政处罚决定书（自贸试验区铁路港片区，广告“最佳”用语）
def doc_qingbaijiang():
    stem = "blind947_qingbaijiang_buyu"
    doc = Document()
    setup(doc, "pages")
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("成都市青白江区市场监督管理局"), XBS, 28, False, RED, spacing=-20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46, before=6)
    empty(doc, 1, line=16)
    p = add_par(doc, "青白江市监不罚〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, [("不予行政处罚决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    # 当事人 block: no first-line indent, as in the 总局 template
    for t in ("当事人：成都蓉欧丝路跨境电子商务有限公司",
              "主体资格证照名称：营业执照",
              "统一社会信用代码：91510113MA6C8WQ48X",
              "住所（主要经营场所）：中国（四川）自由贸易试验区成都市青白江区香岛大道1509号现代物流大厦A区8楼806号",
              "法定代表人（负责人、经营者）：赵思远"):
        clauses.append(t)
        add_par(doc, t, indent=False)
    empty(doc, 1, line=14)
    body("2026年1月8日，本局执法人员在开展网络交易监测时发现，当事人在其经营的“蓉欧丝路优选”微信小程序店铺中发布的进口商品广告涉嫌违反《中华人民共和国广告法》的规定。经本局负责人批准，本局于2026年1月9日对当事人立案调查。本案现已调查终结。")
    head("一、违法事实")
    body("经查，当事人成立于2021年6月，主要从事跨境电子商务及进口商品批发零售业务，其进口商品主要经中欧班列（成渝）自欧洲运抵成都国际铁路港。2025年12月22日起，当事人在“蓉欧丝路优选”微信小程序店铺中，为推销其自格鲁吉亚进口的“卡赫季”牌萨佩拉维干红葡萄酒（750毫升/瓶），在商品详情页发布了含有“顶级酒庄臻选”“全网最佳口感”等内容的广告。上述广告由当事人运营人员自行设计制作并发布，未委托广告经营者、广告发布者，广告费用无法计算。")
    body("截至2026年1月8日本局执法人员发现时，上述广告共发布18天，期间该商品通过小程序店铺销售47瓶，销售金额人民币7238元。2026年1月9日，本局向当事人送达《责令改正通知书》后，当事人当日即删除了上述广告内容，并对店铺内其他商品页面进行了全面自查，未发现其他违法广告。经查询，当事人此前未因违反广告管理法律法规受到过行政处罚；在案证据未显示上述广告引发消费者投诉或者造成其他危害后果。")
    head("二、相关证据")
    body("上述事实，主要有以下证据证明：")
    hdr = ["序号", "证据名称", "证明事项"]
    ev = [
        ["1", "当事人营业执照复印件、法定代表人身份证明", "当事人的主体资格"],
        ["2", "2026年1月8日网络交易监测截图及电子数据取证记录", "当事人在小程序店铺发布涉案广告的事实"],
        ["3", "2026年1月9日现场笔录", "涉案广告由当事人自行设计制作、发布的事实"],
        ["4", "当事人委托代理人赵一鸣的询问笔录", "涉案广告发布时间、商品销售及改正情况"],
        ["5", "涉案商品海关进口货物报关单、中欧班列铁路运单", "涉案商品的来源"],
        ["6", "小程序后台销售数据及当事人书面说明", "涉案商品的销售数量和销售金额"],
        ["7", "当事人整改后的店铺页面截图", "当事人已及时改正违法行为"],
    ]
    t = doc.add_table(rows=1 + len(ev), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(7.6), Cm(6.4)])
    for ci, h in enumerate(hdr):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(ev, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    note = "注：以上证据均经当事人核对无误，并签字（盖章）确认。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)
    head("三、不予行政处罚的理由和依据")
    body("本局认为，当事人在其微信小程序店铺中发布含有“顶级”“最佳”等用语的商品广告的行为，违反了《中华人民共和国广告法》第九条第（三）项的规定，依据《中华人民共和国广告法》第五十七条第（一）项的规定，应予行政处罚。")
    body("鉴于当事人系初次违法，违法广告发布时间较短、影响范围较小，危害后果轻微，且在本局责令改正后立即删除了违法广告内容，符合《中华人民共和国行政处罚法》第三十三条第一款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的规定，亦属于《四川省市场监管领域轻微违法行为不予行政处罚清单》第24项规定的情形。")
    body("依据《中华人民共和国行政处罚法》第三十三条第一款、《市场监督管理行政处罚程序规定》第六十条第一款第（二）项的规定，本局决定对当事人不予行政处罚。")
    body("同时，依据《中华人民共和国行政处罚法》第三十三条第三款的规定，本局已对当事人进行了教育，告诫当事人严格遵守《中华人民共和国广告法》等法律法规，依法诚信经营，杜绝同类违法行为再次发生。")
    body("当事人如对本决定不服，可以在收到本决定书之日起六十日内向成都市青白江区人民政府申请行政复议；也可以在收到本决定书之日起六个月内依法向成都铁路运输第一法院提起行政诉讼。")
    empty(doc, 3)
    # 落款 right-aligned with right indent
    for t in ("成都市青白江区市场监督管理局", "2026年2月10日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(32 if len(t) > 12 else 64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="不予行政处罚决定书", doc_number="青白江市监不罚〔2026〕12号",
                     issuer=["成都市青白江区市场监督管理局"], date="2026-02-10",
                     level="county", region="成都市青白江区", doc_type="决定书"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 福州市马尾区市场监督管理局 两份不予行政处罚决定书 (one Word file, section break)
def doc_mawei():
    stem = "blind947_mawei_buyu2"
    doc = Document()
    setup(doc, "hyphen")
    docs = []

    def header(number):
        add_par(doc, [("福州市马尾区市场监督管理局", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        add_par(doc, [("不予行政处罚决定书", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        empty(doc, 1, line=16)
        # 文号 pushed right with typed spaces
        add_par(doc, " " * 30 + number, indent=False)
        empty(doc, 1, line=16)

    def signoff(date):
        empty(doc, 1)
        p = add_par(doc, " " * 34 + "福州市马尾区市场监督管理局", indent=False)
        p.paragraph_format.keep_with_next = True
        add_par(doc, " " * 40 + date, indent=False)

    # ---------- C1 (当事人 block typed with Shift+Enter, half-width punctuation)
    cl = []
    header("马市监不罚〔2026〕5号")
    lines = ["当事人：福州丝路云仓跨境电子商务有限公司",
             "统一社会信用代码:91350105MA8T2LJ66G",
             "住所：福州市马尾区湖里路27号1#楼2层Z-117室(自贸试验区内)",
             "法定代表人：陈鸿斌"]
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), FS, 16)
    fmt(p, indent=False)
    cl.extend(lines)
    empty(doc, 1, line=14)

    def body(lst, t):
        lst.append(t)
        add_par(doc, IND + t, indent=False)

    body(cl, "2026年3月10日，本局执法人员在开展网络交易监测时发现，当事人在某第三方跨境电商平台开设的“丝路云仓海外旗舰店”网店首页未公示营业执照信息或者该信息的链接标识。本局于当日对当事人立案调查。")
    body(cl, "经查，当事人成立于2025年7月，主要经营从马来西亚、印度尼西亚、泰国等共建“一带一路”国家进口的燕窝制品、白咖啡、榴莲干等食品。当事人于2025年11月3日开设上述网店，至本局检查时，网店首页一直未公示当事人营业执照信息或者该信息的链接标识，违法行为持续约4个月。经本局执法人员指出后，当事人于2026年3月11日在网店首页显著位置添加了营业执照电子链接标识，并已持续公示。经查询，当事人此前未因同类违法行为受到行政处罚，本次违法行为未造成消费者投诉等危害后果。")
    body(cl, "上述事实，有当事人营业执照复印件、网店页面截图及电子数据取证记录、询问笔录、当事人整改说明及整改后网店页面截图等证据证实。")
    body(cl, "本局认为，当事人作为电子商务经营者，未在其网店首页显著位置持续公示营业执照信息或者该信息的链接标识，违反了《中华人民共和国电子商务法》第十五条第一款的规定，依据《中华人民共和国电子商务法》第七十六条第一款第（一）项的规定，应当责令限期改正，可以处一万元以下的罚款。鉴于当事人系初次违法，危害后果轻微，且在本局指出后及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。")
    body(cl, "本局已对当事人进行了批评教育。当事人应当引以为戒，严格遵守电子商务相关法律法规，依法诚信经营。")
    body(cl, "如不服本决定，可以在收到本决定书之日起六十日内向福州市马尾区人民政府申请行政复议；也可以在收到本决定书之日起六个月内直接向福州市马尾区人民法院提起行政诉讼。")
    signoff("2026年4月8日")
    docs.append({
        "meta": meta(title="不予行政处罚决定书", doc_number="马市监不罚〔2026〕5号",
                     issuer=["福州市马尾区市场监督管理局"], date="2026-04-08",
                     level="county", region="福州市马尾区", doc_type="决定书"),
        "clauses": cl,
    })

    # ---------- C2 on a new section, page numbers restart
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    cl = []
    header("马市监不罚〔2026〕6号")
    for t in ("当事人：福州闽台海峡跨境供应链管理有限公司",
              "统一社会信用代码：91350105MA34E7NK1C",
              "住所：福州市马尾区江滨东大道108号福建留学人员创业园1#楼7层706室（自贸试验区内）",
              "法定代表人：林雅婷"):
        cl.append(t)
        add_par(doc, t, indent=False)
    empty(doc, 1, line=14)
    body(cl, "2026年3月17日，本局执法人员对当事人位于福州市马尾区的“海丝跨境商品展示交易中心”进行检查，发现当事人销售的马来西亚进口“怡保旧街场”牌三合一白咖啡（规格：600克/袋，生产日期：2025年10月12日）中文标签存在以下问题：一是营养成分表中“能量”的计量单位标示为“KJ”，不符合《食品安全国家标准 预包装食品营养标签通则》（GB 28050—2011）中应标示为“kJ”的要求；二是标示的进口商联系电话缺少一位数字。")
    body(cl, "经查，当事人于2025年12月以一般贸易方式进口上述白咖啡共计300袋，已取得海关出具的进口货物报关单及相关检验检疫证明，中文标签由当事人委托印刷后加贴。截至检查时，当事人已销售该批白咖啡174袋，销售金额人民币12354元，库存126袋。经抽样检验，该批白咖啡所检项目均符合食品安全国家标准要求。2026年3月19日，当事人对库存商品全部加贴了更正后的中文标签。")
    body(cl, "上述事实，有现场笔录、涉案商品中文标签照片、进口货物报关单、检验报告、销售记录、询问笔录及整改材料等证据证实。")
    body(cl, "本局认为，当事人销售的进口预包装食品中文标签存在上述问题，属于《中华人民共和国食品安全法》第一百二十五条第二款规定的标签存在瑕疵但不影响食品安全且不会对消费者造成误导的情形，依法应当责令改正，拒不改正的，处二千元以下罚款。当事人在本局执法人员指出后已及时改正，不属于拒不改正的情形。依据《中华人民共和国食品安全法》第一百二十五条第二款、《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。")
    body(cl, "当事人应当加强进口食品标签管理，确保所销售的进口预包装食品中文标签符合法律法规和食品安全国家标准的要求。")
    body(cl, "如不服本决定，可以在收到本决定书之日起六十日内向福州市马尾区人民政府申请行政复议；也可以在收到本决定书之日起六个月内直接向福州市马尾区人民法院提起行政诉讼。")
    signoff("2026年4月15日")
    docs.append({
        "meta": meta(title="不予行政处罚决定书", doc_number="马市监不罚〔2026〕6号",
                     issuer=["福州市马尾区市场监督管理局"], date="2026-04-15",
                     level="county", region="福州市马尾区", doc_type="决定书"),
        "clauses": cl,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhengzhou(), doc_qingbaijiang(), doc_mawei()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
