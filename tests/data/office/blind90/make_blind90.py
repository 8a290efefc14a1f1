# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 90: rules that define their terms and cite their own articles.

Writes next to itself:
  blind90_xian_zhengfuling.docx/.pdf  西安市人民政府令第192号 publishing 《西安市跨境电子商务海外仓管理办法》
                                      (令 page, page break, 第一章…第五章, 第一条…第二十条, 款 paragraphs,
                                      （一）items, 第二条 definitions, 第十九条 用语含义, cross references, 版记)
  blind90_xian_tongzhi.docx/.pdf      西安市商务局 通知 市商发〔2024〕87号 that abbreviates the 办法 as 《办法》
                                      and cites 《办法》第六条第二款 / 第七条 / 第十条 / 第十二条 …, with a small table
  expected.json
All content is fictional.
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
EN = "Times New Roman"
RED = RGBColor(0xE6, 0x00, 0x12)
LINE = Pt(25)


def set_font(run, east=FS, size=16, bold=False, color=None, latin=EN):
    run.font.name = latin
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True, color=None, line=LINE,
         before=0, after=0, right_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, east=east, size=size, bold=bold, color=color)
    return p


def mixed(doc, parts, indent=True):
    p = para(doc, "", indent=indent)
    for t, f in parts:
        r = p.add_run(t)
        set_font(r, east=f)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def gbt_section(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7); s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = EN; st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def page_number_footer(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— "); set_font(r, east="宋体", size=14, latin="宋体")
    r = p.add_run(); set_font(r, east="宋体", size=14, latin="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —"); set_font(r, east="宋体", size=14, latin="宋体")


def rule_para(p, where="bottom", sz=8, color="000000"):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)


def red_rule(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.line_spacing = Pt(12)
    rule_para(p, "bottom", 18, "E60012")
    return p


def banji(doc, chaosong_lines, org, date):
    """版记: 抄送 and 印发 lines between black rules, 4号仿宋."""
    first = True
    for i, line in enumerate(chaosong_lines):
        p = para(doc, line, size=14, indent=False, line=Pt(26))
        p.paragraph_format.left_indent = Pt(14) if i == 0 else Pt(14 * 4)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            rule_para(p, "top", 12)
    p = para(doc, "", size=14, indent=False, line=Pt(26))
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    rule_para(p, "top", 8); rule_para(p, "bottom", 12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), alignment=2)
    r = p.add_run(org + "\t" + date + "印发"); set_font(r, size=14)


def table_borders(tbl):
    tblPr = tbl._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, size=14, east=FS, bold=False):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(22)
    r = p.add_run(text); set_font(r, east=east, size=size, bold=bold)


def save_and_pdf(doc, stem):
    path = HERE / (stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_str(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# ---------------------------------------------------------------- (a) 政府令 + 管理办法

LING_TITLE = "西安市跨境电子商务海外仓管理办法"
LING_NO = "西安市人民政府令第192号"
LING_BODY = "《西安市跨境电子商务海外仓管理办法》已经2024年9月20日市人民政府第58次常务会议通过，现予公布，自2024年11月1日起施行。"

# (chapter heading, [(article number, [paragraphs])])
BANFA = [
    ("第一章　总　　则", [
        ("第一条", ["为了促进跨境电子商务和海外仓健康发展，服务高质量共建“一带一路”和中国（陕西）自由贸易试验区建设，根据《中华人民共和国电子商务法》等法律、法规，结合本市实际，制定本办法。"]),
        ("第二条", ["本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动；所称海外仓，是指本市企业在境外自建或者租赁，为跨境电子商务提供仓储、分拣、配送、退换货等服务的仓储设施。"]),
        ("第三条", ["本市行政区域内跨境电子商务经营主体的培育、海外仓的建设运营及其监督管理，适用本办法。",
                   "中国（陕西）自由贸易试验区西安区域内海外仓的建设运营另有规定的，从其规定。"]),
        ("第四条", ["市人民政府商务主管部门（以下简称市商务主管部门）负责本市跨境电子商务和海外仓发展的统筹协调、指导和监督管理工作。",
                   "发展改革、财政、税务等部门和西安海关按照各自职责，做好相关工作。"]),
        ("第五条", ["本市支持企业在共建“一带一路”国家布局海外仓，推动中欧班列（西安）与海外仓联动发展。"]),
    ]),
    ("第二章　经营主体与海外仓建设", [
        ("第六条", ["跨境电子商务经营主体应当依法办理市场主体登记，并按照海关规定办理跨境电子商务企业注册登记。",
                   "企业建设海外仓的，应当向市商务主管部门备案，并提交下列材料：",
                   "（一）海外仓所有权证明或者租赁合同；",
                   "（二）海外仓运营管理制度；",
                   "（三）所在国家（地区）有关部门出具的经营许可文件。"]),
        ("第七条", ["申请认定市级公共海外仓的，应当具备下列条件：",
                   "（一）仓储面积不少于5000平方米，且位于共建“一带一路”国家；",
                   "（二）上一年度为本市10家以上跨境电子商务企业提供服务；",
                   "（三）具备信息化管理系统，能够与市跨境电子商务公共服务平台实现数据对接。",
                   "海外仓位于中欧班列（西安）沿线节点城市的，前款第（一）项规定的面积条件可以降低至3000平方米。"]),
        ("第八条", ["海外仓运营企业有下列情形之一的，不予认定为市级公共海外仓：",
                   "（一）近3年内有严重违法失信行为的；",
                   "（二）提供虚假材料骗取认定或者补助的；",
                   "（三）发生重大安全生产事故的。",
                   "前款第（三）项所称重大安全生产事故，依照海外仓所在国家（地区）的有关规定认定。"]),
        ("第九条", ["市商务主管部门应当自收到认定申请之日起20个工作日内完成审核；符合条件的，予以认定并公布。",
                   "市级公共海外仓认定有效期为3年。有效期届满需要延续的，应当在届满前60日内依照前款规定重新申请。"]),
        ("第十条", ["海外仓运营企业应当于每年3月31日前，向市商务主管部门报送上一年度运营情况。"]),
    ]),
    ("第三章　支持措施", [
        ("第十一条", ["市人民政府设立跨境电子商务发展专项资金，用于支持海外仓建设和公共服务平台运营。"]),
        ("第十二条", ["对新认定的市级公共海外仓，按照其实际投资额的20%给予一次性补助，单个海外仓最高不超过200万元。",
                     "对位于中欧班列（西安）沿线节点城市的市级公共海外仓，补助比例提高至30%，最高不超过300万元。"]),
        # wording chosen so that "第十二条" (and in 第十六条 "第八条") begins the second printed line of the PDF
        ("第十三条", ["企业依托公共海外仓开展出口的，依照本办法第十二条规定享受补助后，还可以按照年度出口额的1%申请物流费用补贴，单个企业每年最高不超过50万元。"]),
        ("第十四条", ["西安海关、税务部门应当为海外仓企业提供出口退税、通关便利等服务。"]),
    ]),
    ("第四章　监督管理", [
        ("第十五条", ["市商务主管部门应当会同有关部门对市级公共海外仓实施动态管理，每年开展一次运营评估。"]),
        ("第十六条", ["已经认定的市级公共海外仓，经核查有本办法第八条第一款第（二）项情形的，由市商务主管部门撤销认定，追回已拨付的补助资金，3年内不受理其认定申请。"]),
        ("第十七条", ["运营评估不合格的，由市商务主管部门责令限期整改；整改期满仍不合格的，取消其市级公共海外仓资格。",
                     "前款规定的整改期限不超过6个月。"]),
        ("第十八条", ["有关部门及其工作人员在海外仓认定、资金管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"]),
    ]),
    ("第五章　附　　则", [
        ("第十九条", ["本办法下列用语的含义：",
                     "（一）“一带一路”沿线国家，是指与我国签署共建“一带一路”合作文件的国家；",
                     "（二）公共海外仓，是指面向社会提供服务，且服务本市跨境电子商务企业数量不少于10家的海外仓；",
                     "（三）中欧班列（西安）沿线节点城市，是指中欧班列（西安）运行线路途经并设有集结、分拨站点的境外城市。"]),
        ("第二十条", ["本办法自2024年11月1日起施行。"]),
    ]),
]

LING_CC = ["抄送：市委各部门，市人大常委会办公厅，市政协办公厅。"]


def make_ling():
    doc = Document()
    s = gbt_section(doc)
    page_number_footer(s)
    # 令 page
    para(doc, "西安市人民政府令", east=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(50))
    para(doc, "第192号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=12)
    para(doc, LING_BODY)
    para(doc, "", indent=False)
    para(doc, "市长　李明远", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "2024年9月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "", indent=False)
    # 办法 (follows the 令 on the same page, as in the 政府公报 print)
    para(doc, LING_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36), after=12)
    for chap, arts in BANFA:
        para(doc, chap, east=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for num, paras in arts:
            mixed(doc, [(num + "　", HT), (paras[0], FS)])
            for ptxt in paras[1:]:
                para(doc, ptxt)
    para(doc, "", indent=False)
    banji(doc, LING_CC, "西安市人民政府办公厅", "2024年9月27日")
    save_and_pdf(doc, "blind90_xian_zhengfuling")

    clauses = []
    for chap, arts in BANFA:
        for num, paras in arts:
            clauses.append(num + "　" + "\n".join(paras))
    return [{
        "meta": {
            "title": LING_TITLE,
            "doc_number": LING_NO,
            "issuer": "西安市人民政府",
            "date": "2024-09-26",
            "level": "municipal",
            "region": "西安市（陕西省）",
            "effective": "2024-11-01",
        },
        "preamble_tolerated": LING_BODY,
        "clauses": clauses,
        "_note": ("One document: the 令 page publishes the 办法, so title = the 办法 title (the 令 heading '西安市人民政府令' is the issuing mark, "
                  "not a title), doc_number = 西安市人民政府令第192号 (printed as '第192号' under the 令 heading), issuer 西安市人民政府, "
                  "signed 2024-09-26 (令 date; the 常务会议 date 2024-09-20 is not the signed date), effective 2024-11-01 (令 text and 第二十条). "
                  "Clauses are the 20 articles, each with all its 款 paragraphs and （一）items joined in order (paragraphs shown joined with \\n; whitespace ignored). "
                  "Tolerable: the 令 sentence ('preamble_tolerated') as a first clause; 款/项 split into sub-clauses if every piece is kept and correctly labelled "
                  "(e.g. 第八条第一款第（二）项); chapter headings as labels or heading-only clauses. "
                  "Furniture, never clause text: '西安市人民政府令', '第192号', '市长　李明远', the 令 date, page numbers '— N —', the 版记 (抄送 lines, "
                  "'西安市人民政府办公厅 2024年9月27日印发'). Cross references inside articles (本办法第十二条, 第八条第一款第（二）项, 前款) are text, "
                  "must never start a new article. Applies: 西安市 throughout; 第三条第二款 narrows to 中国（陕西）自由贸易试验区西安区域; "
                  "“一带一路”/共建国家/中欧班列沿线 are not places where the rule applies."),
    }]


# ---------------------------------------------------------------- (b) 通知 citing 《办法》

TZ_TITLE = "西安市商务局关于做好《西安市跨境电子商务海外仓管理办法》贯彻实施工作的通知"
TZ_NO = "市商发〔2024〕87号"
TZ_ADDR = "各区县商务主管部门，西咸新区、各开发区商务主管部门，中国（陕西）自由贸易试验区西安各片区管委会，有关企业："
TZ_PRE = "《西安市跨境电子商务海外仓管理办法》（西安市人民政府令第192号，以下简称《办法》）自2024年11月1日起施行。为做好《办法》贯彻实施工作，助力高质量共建“一带一路”，现就有关事项通知如下："
TZ_ITEMS = [
    ("一、做好海外仓备案。", "已在境外建设或者租赁海外仓的企业，应当于2024年12月31日前按照《办法》第六条第二款规定完成备案；新建海外仓的，应当自投入使用之日起30日内备案。"),
    ("二、组织公共海外仓认定申报。", "符合《办法》第七条规定条件的企业，可以按照下表时间向所在区县商务主管部门提出认定申请，中国（陕西）自由贸易试验区西安各片区内企业向片区管委会提出申请："),
]
TZ_TABLE_H = ["批次", "申报时间", "重点方向"]
TZ_TABLE = [
    ["第一批", "2024年11月1日至11月30日", "共建“一带一路”国家海外仓"],
    ["第二批", "2025年3月1日至3月31日", "中欧班列（西安）沿线节点城市海外仓"],
]
TZ_ITEMS2 = [
    ("三、落实运营情况报送。", "海外仓运营企业应当按照《办法》第十条规定，于2025年3月31日前报送2024年度运营情况，报送材料通过西安市跨境电子商务公共服务平台提交。"),
    ("四、兑现支持政策。", "市商务局将会同市财政局按照《办法》第十二条、第十三条规定，于每年第二季度集中受理补助申请。申请企业有《办法》第八条第一款第（二）项情形的，不予受理。"),
    ("五、联系方式。", "市商务局对外贸易发展处，联系电话：029-86786520。"),
]


def make_tongzhi():
    doc = Document()
    s = gbt_section(doc)
    page_number_footer(s)
    para(doc, "", indent=False)
    para(doc, "西安市商务局文件", east=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(60))
    para(doc, "", indent=False)
    para(doc, TZ_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(doc)
    para(doc, "", indent=False)
    para(doc, TZ_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
    para(doc, "", indent=False)
    para(doc, TZ_ADDR, indent=False)
    para(doc, TZ_PRE)
    for head, body in TZ_ITEMS:
        mixed(doc, [(head, HT), (body, FS)])
    tbl = doc.add_table(rows=1 + len(TZ_TABLE), cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    for j, h in enumerate(TZ_TABLE_H):
        cell_text(tbl.rows[0].cells[j], h, east=HT)
    for i, row in enumerate(TZ_TABLE):
        for j, v in enumerate(row):
            cell_text(tbl.rows[i + 1].cells[j], v)
    for j, w in enumerate((Cm(2.5), Cm(6.0), Cm(7.0))):
        for row in tbl.rows:
            row.cells[j].width = w
    for head, body in TZ_ITEMS2:
        mixed(doc, [(head, HT), (body, FS)])
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "西安市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "2024年10月15日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, "（此件公开发布）")
    para(doc, "", indent=False)
    banji(doc, ["抄送：商务部外贸司，省商务厅，西安海关，市财政局。"], "西安市商务局办公室", "2024年10月16日")
    save_and_pdf(doc, "blind90_xian_tongzhi")

    clauses = [TZ_PRE] + [h + b for h, b in TZ_ITEMS] + [row_str(TZ_TABLE_H, r) for r in TZ_TABLE] + [h + b for h, b in TZ_ITEMS2]
    return [{
        "meta": {
            "title": TZ_TITLE,
            "doc_number": TZ_NO,
            "issuer": "西安市商务局",
            "date": "2024-10-15",
            "level": "municipal",
            "region": "西安市（陕西省）",
        },
        "clauses": clauses,
        "_note": ("Furniture: masthead '西安市商务局文件', the 文号 line, addressee line (metadata, not a clause), signature '西安市商务局' + date "
                  "(tolerable as 落款 signature clauses if labelled so), '（此件公开发布）', page numbers, 版记 (抄送, '西安市商务局办公室 2024年10月16日印发'). "
                  "The two table rows belong after item 二 and may be attached to it or be separate row clauses. "
                  "No effective date is printed for the notice itself (2024-11-01 is the 办法's; tolerable: effective = date). "
                  "References 《办法》第六条第二款 / 第七条 / 第十条 / 第十二条、第十三条 / 第八条第一款第（二）项 are text inside the items and point to "
                  "西安市人民政府令第192号; they must not split items or become article clauses of this notice. "
                  "Applies: 西安市; item 二 also names 中国（陕西）自由贸易试验区西安各片区; 共建“一带一路”国家 / 中欧班列沿线 are destinations, not places of application."),
    }]


if __name__ == "__main__":
    exp = {}
    exp["blind90_xian_zhengfuling"] = make_ling()
    exp["blind90_xian_tongzhi"] = make_tongzhi()
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok")
