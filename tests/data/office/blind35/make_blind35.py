# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Round 35: character-level fidelity in Word-made PDFs.

Writes next to itself (each as .docx and .pdf, LibreOffice for the PDF):
  blind35_tongzhi_items   浙江省商务厅 通知 with 一、（一） items (mixed CJK serif / Times New Roman runs)
  blind35_xize_articles   天津市商务局 天津市财政局 印发通知 + 实施细则 (第一条…) with ≤ ≥ ℃ ‰ ① m³ CO₂ ★ □ √
  blind35_fangan_table    陕西省人民政府办公厅 印发通知 + 工作方案 with a small table of figures
  expected.json
All content is fictional.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SERIF = "Noto Serif CJK SC"   # stands in for 仿宋_GB2312 / 方正小标宋简体
SANS = "Noto Sans CJK SC"     # stands in for 黑体
LATIN = "Times New Roman"     # digits / Latin as Word sets them (LibreOffice substitutes Liberation Serif)
DEJAVU = "DejaVu Serif"       # symbols typed via Insert > Symbol
RED = RGBColor(0xE6, 0x00, 0x12)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


def fonts(run, east=SERIF, latin=LATIN, size=16, bold=False, color=None, sup=False, sub=False,
          underline=False, spacing=None, hint=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:ascii"), latin); rf.set(qn("w:hAnsi"), latin); rf.set(qn("w:cs"), latin)
    rf.set(qn("w:eastAsia"), east)
    if hint:
        rf.set(qn("w:hint"), hint)
    if color is not None:
        run.font.color.rgb = color
    if sup:
        run.font.superscript = True
    if sub:
        run.font.subscript = True
    if underline:
        run.font.underline = True
    if spacing is not None:   # expanded character spacing, in twips
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = d.styles["Normal"]
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:ascii"), LATIN); rf.set(qn("w:hAnsi"), LATIN); rf.set(qn("w:eastAsia"), SERIF)
    pf = st.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.95)
    footer = s.footer.paragraphs[0]
    footer.alignment = C
    r = footer.add_run("— "); fonts(r, size=14)
    r = footer.add_run(); fonts(r, size=14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r = footer.add_run(); fonts(r, size=14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._element.append(it)
    r = footer.add_run(); fonts(r, size=14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r._element.append(e)
    r = footer.add_run("1"); fonts(r, size=14)
    r = footer.add_run(); fonts(r, size=14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._element.append(e)
    r = footer.add_run(" —"); fonts(r, size=14)
    return d


def P(d, align=None, indent=True, size=16, before=0, after=0, exact=None):
    p = d.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(exact)
    return p


def runs(p, spec, size=16):
    """spec: list of (text, opts) or plain strings. opts keys as fonts(); 'br' inserts Shift+Enter."""
    for item in spec:
        if item == "<br>":
            p.add_run().add_break(); continue
        if isinstance(item, str):
            text, o = item, {}
        else:
            text, o = item
        r = p.add_run(text)
        o = dict(o); o.setdefault("size", size)
        fonts(r, **o)
    return p


def line(d, spec, **kw):
    size = kw.get("size", 16)
    return runs(P(d, **kw), spec if isinstance(spec, list) else [spec], size=size)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def red_rule(d):
    p = P(d, align=C, before=6, after=18)
    ppr = p._p.get_or_add_pPr()
    bd = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "18"), ("space", "1"), ("color", "E60012")):
        b.set(qn("w:" + k), v)
    bd.append(b); ppr.append(bd)


def header(d, banner, number):
    size = min(36, int(400 / len(banner)))   # offices shrink a long banner to keep it on one line
    line(d, [(banner, dict(east=SERIF, latin=SERIF, size=size, bold=True, color=RED, spacing=20))], align=C, exact=60, before=40)
    line(d, "", align=C)
    line(d, [(number[:number.index("〔")], {}), ("〔", {}), (number[number.index("〔") + 1:number.index("〕")], {}),
             ("〕", {}), (number[number.index("〕") + 1:], {})], align=C)
    red_rule(d)


def title(d, parts, new_page=False):
    for i, t in enumerate(parts):
        p = line(d, [(t, dict(size=22))] if isinstance(t, str) else t, align=C, size=22, exact=35)
        if i == 0 and new_page:
            p.paragraph_format.page_break_before = True
    line(d, "", align=C)


def sans(t, **o):
    o.setdefault("east", SANS); o.setdefault("latin", SANS)
    return (t, o)


def bold(t, **o):
    o.setdefault("bold", True)
    return (t, o)


def Q(t):  # curly quotes as Word sets them: in the Latin font
    return [("“", {}), t, ("”", {})]


def convert(docx, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/u",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(Path(tmp) / (docx.stem + ".pdf"), pdf)


def save(d, name):
    docx = HERE / (name + ".docx")
    d.save(docx)
    convert(docx, HERE / (name + ".pdf"))


# ---------------------------------------------------------------- 1. 通知 with items
def doc_tongzhi():
    d = new_doc()
    header(d, "浙江省商务厅文件", "浙商务发〔2024〕56号")
    title(d, [[("浙江省商务厅关于加快推进", dict(size=22)), ("“", dict(size=22)), ("丝路电商", dict(size=22)), ("”", dict(size=22)), ("合作", dict(size=22))],
              "先行区建设工作的通知"])
    line(d, "各市、县（市、区）商务主管部门，省级有关单位：", indent=False)
    line(d, ["为贯彻落实国务院关于创设", *Q("丝路电商"), "合作先行区的部署要求", ("1", dict(sup=True)),
             "，按照《浙江省推进跨境电子商务高质量发展行动计划（2023—2027年）》确定的目标任务",
             "，充分发挥我省跨境电子商务综合试验区（以下简称", *Q("综试区"),
             "）优势，深化与RCEP成员国及共建", *Q("一带一路"), "国家的电子商务合作，现就有关事项通知如下："])
    line(d, [sans("一、工作目标", spacing=40)])
    line(d, ["到2026年，全省跨境电商进出口额突破6,000亿元，年均增长10%～20%；培育",
             ("“Silk Road E-commerce”", {}), "品牌企业100家以上，海外仓总面积达到1,200万m", ("2", dict(sup=True)),
             "。2024—2026年，每年举办", *Q("丝路云品"), "电商节不少于2场，线上成交额年均提高3.5个百分点。"])
    line(d, [sans("二、重点任务")])
    line(d, [bold("（一）拓展合作伙伴网络。"),
             "支持杭州、宁波、义乌等地与共建", *Q("一带一路"),
             "国家主要电商平台建立合作关系，办好第五届中国（义乌）国际跨境电商博览会（CIFA），组织企业参加RCEP区域电商对接活动。对成功举办国际性展会的主办单位，按照展位费的30%给予补助，单场最高不超过200万元。鼓励综试区与匈牙利、阿联酋、马来西亚等国家的园区共建境外电商服务中心，为中小企业提供物流、支付、法律等一站式服务，相关服务费用可按照实际发生额的50%予以支持。各地商务主管部门要于每季度末汇总本地区合作项目清单，实行动态管理，对进展缓慢的项目及时约谈督促。"])
    line(d, [bold("（二）建设海外仓服务体系。"),
             "对新建面积≥5,000m²、年发货量≥10", ("4", dict(sup=True)), "单的海外仓，",
             ("按实际投资额的3.5%给予补助", dict(underline=True)),
             "，单个项目最高不超过1,000万元；对已建成的公共海外仓进行智能化改造的，补助比例为10%～20%。海外仓企业应接入浙江省跨境电商公共服务平台（网址：www.zjcbec.gov.cn），按月报送仓储面积、订单量、退货率（‰）等数据。"])
    line(d, [bold("（三）培育专业人才。"),
             "联合浙江大学、浙江工商大学等高校开设", ("“Cross-border E-commerce”", {}),
             "微专业，2024.5.10前完成首批课程备案；", "<br>",
             "各地报名截止日期为2024-05-31，逾期不再受理。每培训1名持证人才，给予培训机构2,000元补助。"])
    line(d, [sans("三、保障措施")])
    line(d, [bold("（一）加强组织领导。"), "各地要", bold("坚持问题导向"),
             "，建立由分管领导牵头的工作专班，定期研究解决先行区建设中的重大问题，确保各项任务按期落地见效。"])
    line(d, [bold("（二）强化资金保障。"),
             "省级商务发展资金对先行区项目给予支持，补助比例为30%～50%，对口支援新疆、四川等地的合作项目可上浮5个百分点。资金使用情况纳入年度绩效评价，评价结果为", *Q("优秀"), "的，次年资金安排上浮10％。"])
    line(d, ["请各地于", ("2024年6月30日前", dict(underline=True)),
             "将工作推进情况报送省商务厅电子商务处（联系人：陈晓明，电话：0571－87051234，邮箱：dzsw@zcom.gov.cn）。"])
    line(d, "")
    line(d, "")
    line(d, "浙江省商务厅", align=R)
    p = line(d, "2024年5月20日", align=R); p.paragraph_format.right_indent = Pt(64)
    line(d, "（此件公开发布）")
    line(d, "")
    line(d, ["抄送：商务部电子商务司，省发展改革委、省财政厅、杭州海关、宁波海关。"], indent=False, size=14)
    line(d, ["浙江省商务厅办公室　　　　　　　　　2024年5月21日印发"], indent=False, size=14)
    save(d, "blind35_tongzhi_items")


# ---------------------------------------------------------------- 2. 印发通知 + 实施细则
XIZE = "中国（天津）自由贸易试验区冷链物流设施建设资金支持实施细则"


def art(d, no, spec):
    line(d, [sans(no), "　", *spec])


def doc_xize():
    d = new_doc()
    header(d, "天津市商务局　天津市财政局", "津商务规〔2024〕4号")
    title(d, ["天津市商务局　天津市财政局关于印发", "《" + XIZE[:12] + "", XIZE[12:] + "》的通知"])
    line(d, "各区商务主管部门、财政局，中国（天津）自由贸易试验区各片区管委会：", indent=False)
    line(d, ["现将《" + XIZE + "》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市商务局（电话：022－58665432）反映。"])
    line(d, "")
    line(d, "附件：" + XIZE)
    line(d, "")
    line(d, "天津市商务局　　　　　天津市财政局", align=R)
    p = line(d, "2024年3月28日", align=R); p.paragraph_format.right_indent = Pt(64)
    line(d, "（此件主动公开）")
    page_break(d)
    line(d, [sans("附件")], indent=False)
    line(d, "")
    title(d, [XIZE[:12], XIZE[12:]])
    art(d, "第一条", ["为贯彻落实共建", *Q("一带一路"), "倡议，推动中国（天津）自由贸易试验区（以下简称", *Q("天津自贸试验区"),
                     "）冷链物流高质量发展，根据《天津市促进冷链物流发展若干措施》等规定，制定本细则。"])
    art(d, "第二条", ["本细则所称冷链物流设施，是指库温", ("≤", dict(latin=DEJAVU)), "-18℃的冷冻库、0℃～10℃的冷藏库及配套的预冷、分拣、包装设施。"])
    art(d, "第三条", ["申请资金支持的项目单位应同时符合下列条件："])
    line(d, ["①在天津自贸试验区注册，具有独立法人资格，近3年无重大违法记录；"])
    line(d, ["②新建或改造冷库容积", ("≥", dict(latin=DEJAVU)), "2×10", ("4", dict(sup=True)), "m", ("3", dict(sup=True)), "；"])
    line(d, ["③单位产品能耗较改造前下降15%以上，年减少CO", ("2", dict(sub=True)), "排放不低于500吨；"])
    line(d, ["④通过HACCP或ISO 22000食品安全管理体系认证。"])
    art(d, "第四条", ["资金支持标准如下："])
    line(d, ["（一）新建冷库按设备投资额的20%给予补助，单个项目最高500万元；改造冷库按改造投资额的15%给予补助，单个项目最高300万元；同一项目单位年度累计获得补助不超过800万元，已享受国家同类资金支持的项目不重复支持；"])
    line(d, ["（二）采用天然工质（NH", ("3", dict(sub=True)), "/CO", ("2", dict(sub=True)), "复叠）制冷系统的，补助比例提高5个百分点；"])
    line(d, ["（三）获得绿色仓库", ("★★★", dict(latin=DEJAVU)), "级认证的，一次性奖励50万元。"])
    art(d, "第五条", ["项目单位应当于每年4月1日至4月30日通过", *Q("天津市商务资金管理系统"),
                     "提交申请，并在对应方框内打", ("“√”", {}), "："])
    line(d, [("□", dict(latin=DEJAVU)), "项目申请表　", ("□", dict(latin=DEJAVU)), "投资发票及合同　", ("□", dict(latin=DEJAVU)), "节能评估报告"])
    art(d, "第六条", ["获得支持的项目，其设施年均利用率应", ("≥", dict(latin=DEJAVU)),
                     "60%，温控记录缺失率不得超过1‰。项目单位存在虚报、冒领等行为的，按照", *Q("谁使用、谁负责"),
                     "原则收回资金，5年内不得再次申请；情节严重的，依法追究相关责任。市商务局会同市财政局于每年第四季度对支持项目开展抽查，抽查比例不低于项目总数的20%，抽查结果在天津市商务局网站公示，公示期不少于7个工作日。对抽查中发现的问题，项目单位应在30日内完成整改并提交整改报告；逾期未整改或整改不到位的，按照已拨付资金的100%收回。"])
    art(d, "第七条", ["本细则由市商务局、市财政局负责解释，自2024年5月1日起施行，有效期至2026年4月30日。"])
    save(d, "blind35_xize_articles")


# ---------------------------------------------------------------- 3. 印发通知 + 工作方案 with table
FANGAN = "中欧班列（西安）集结中心高质量发展工作方案（2024—2026年）"
ROWS = [
    ("序号", "指标名称", "单位", "2023年", "2026年目标", "年均增速"),
    ("1", "中欧班列开行量★", "列", "5,351", "≥6,000", "3.9%"),
    ("2", "货物集结量", "万标箱", "45.6", "60.0", "9.6%"),
    ("3", "回程班列占比", "％", "38.2", "45～50", "—"),
    ("4", "冷链专列开行量", "列", "120", "300", "35.7%"),
    ("5", "单箱综合物流成本", "元/TEU", "—", "下降10%～15%", "—"),
    ("6", "场站仓储面积★", "万m²", "12.5", "20.0", "17.0%"),
]


def cell(c, text, bold_=False):
    c.paragraphs[0].alignment = C
    c.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
    c.paragraphs[0].paragraph_format.line_spacing = Pt(20)
    if text.endswith("m²"):  # set as m + superscript 2, the Word way
        r = c.paragraphs[0].add_run(text[:-1]); fonts(r, size=12, bold=bold_)
        r = c.paragraphs[0].add_run("2"); fonts(r, size=12, bold=bold_, sup=True)
        return
    for ch_run in split_star(text):
        r = c.paragraphs[0].add_run(ch_run); fonts(r, size=12, bold=bold_, latin=DEJAVU if ch_run in ("★", "≥") else LATIN)


def split_star(t):
    out, cur = [], ""
    for ch in t:
        if ch in "★≥":
            if cur: out.append(cur)
            out.append(ch); cur = ""
        else:
            cur += ch
    if cur: out.append(cur)
    return out


def doc_fangan():
    d = new_doc()
    header(d, "陕西省人民政府办公厅文件", "陕政办发〔2024〕11号")
    title(d, ["陕西省人民政府办公厅关于印发中欧班列（西安）", "集结中心高质量发展工作方案", "（2024—2026年）的通知"])
    line(d, "各设区市人民政府，省人民政府各工作部门、各直属机构：", indent=False)
    line(d, ["《" + FANGAN + "》已经省政府同意，现印发给你们，请认真组织实施。"])
    line(d, "")
    line(d, "陕西省人民政府办公厅", align=R)
    p = line(d, "2024年4月15日", align=R); p.paragraph_format.right_indent = Pt(48)
    line(d, "（此件公开发布）")
    title(d, new_page=True, parts=["中欧班列（西安）集结中心", "高质量发展工作方案（2024—2026年）"])
    line(d, ["为深入贯彻共建", *Q("一带一路"), "倡议，巩固提升中欧班列（西安）集结中心（以下简称", *Q("集结中心"),
             "）功能，加快建设内陆改革开放高地，制定本方案。"])
    line(d, [sans("一、主要目标")])
    line(d, ["到2026年，集结中心枢纽功能显著增强，开行线路覆盖亚欧大陆主要货源地，主要指标见表1。"])
    line(d, [("表1　集结中心主要指标", dict(east=SANS, latin=SANS, size=14))], align=C)
    t = d.add_table(rows=len(ROWS), cols=6)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            cell(t.cell(i, j), v, bold_=(i == 0))
    line(d, [("注：", dict(size=12)), ("★", dict(size=12, latin=DEJAVU)), ("为约束性指标，其余为预期性指标；", dict(size=12)),
             ("※", dict(size=12, latin=DEJAVU)), ("2023年数据截至2023.12.31。", dict(size=12))], indent=False, exact=20)
    line(d, [sans("二、重点任务", spacing=60)])
    line(d, [bold("（一）优化线路布局。"), "加密西安至阿拉木图、塔什干、杜伊斯堡、马拉舍维奇等干线班列，稳定开行", *Q("长安号"),
             "跨里海班列，2024年跨里海线路开行量同比增长≥30%。推动与RCEP成员国的海铁联运衔接，开通西安—青岛—东南亚", *Q("班列+海运"), "线路。"])
    line(d, [bold("（二）降低物流成本。"), "推广", *Q("一单制"), "多式联运，单箱综合物流成本较2023年下降10%～15%；对集拼集运货物给予每标箱（TEU）1,500元运费补贴，补贴资金由省级财政与西安市按1∶1比例分担。"])
    line(d, [bold("（三）发展特色班列。"), "开行冷链、跨境电商、汽车整车等特色班列，冷链专列全程温度控制在-25℃～5℃，货损率控制在0.5‰以内。"])
    line(d, [sans("三、保障措施")])
    line(d, [bold("（一）加强统筹协调。"), "省发展改革委、省商务厅、西安市人民政府、国铁集团西安局等建立联席会议制度，每半年召开一次会议，研究解决重大问题。"])
    line(d, [bold("（二）强化监测评估。"), "省商务厅于每年2024-12-15前汇总各项指标完成情况，形成年度评估报告报省政府。"])
    save(d, "blind35_fangan_table")


# ---------------------------------------------------------------- expected
EXPECTED = {
    "blind35_tongzhi_items": [{
        "meta": {"title": "浙江省商务厅关于加快推进“丝路电商”合作先行区建设工作的通知", "doc_number": "浙商务发〔2024〕56号",
                 "issuer": ["浙江省商务厅"], "date": "2024-05-20",
                 "addressees": "各市、县（市、区）商务主管部门，省级有关单位",
                 "cc": "商务部电子商务司，省发展改革委、省财政厅、杭州海关、宁波海关",
                 "printed_by": "浙江省商务厅办公室 2024-05-21"},
        "clauses": [
            "为贯彻落实国务院关于创设“丝路电商”合作先行区的部署要求¹，按照《浙江省推进跨境电子商务高质量发展行动计划（2023—2027年）》确定的目标任务，充分发挥我省跨境电子商务综合试验区（以下简称“综试区”）优势，深化与RCEP成员国及共建“一带一路”国家的电子商务合作，现就有关事项通知如下：",
            "一、工作目标",
            "到2026年，全省跨境电商进出口额突破6,000亿元，年均增长10%～20%；培育“Silk Road E-commerce”品牌企业100家以上，海外仓总面积达到1,200万m²。2024—2026年，每年举办“丝路云品”电商节不少于2场，线上成交额年均提高3.5个百分点。",
            "二、重点任务",
            "（一）拓展合作伙伴网络。支持杭州、宁波、义乌等地与共建“一带一路”国家主要电商平台建立合作关系，办好第五届中国（义乌）国际跨境电商博览会（CIFA），组织企业参加RCEP区域电商对接活动。对成功举办国际性展会的主办单位，按照展位费的30%给予补助，单场最高不超过200万元。鼓励综试区与匈牙利、阿联酋、马来西亚等国家的园区共建境外电商服务中心，为中小企业提供物流、支付、法律等一站式服务，相关服务费用可按照实际发生额的50%予以支持。各地商务主管部门要于每季度末汇总本地区合作项目清单，实行动态管理，对进展缓慢的项目及时约谈督促。",
            "（二）建设海外仓服务体系。对新建面积≥5,000m²、年发货量≥10⁴单的海外仓，按实际投资额的3.5%给予补助，单个项目最高不超过1,000万元；对已建成的公共海外仓进行智能化改造的，补助比例为10%～20%。海外仓企业应接入浙江省跨境电商公共服务平台（网址：www.zjcbec.gov.cn），按月报送仓储面积、订单量、退货率（‰）等数据。",
            "（三）培育专业人才。联合浙江大学、浙江工商大学等高校开设“Cross-border E-commerce”微专业，2024.5.10前完成首批课程备案；各地报名截止日期为2024-05-31，逾期不再受理。每培训1名持证人才，给予培训机构2,000元补助。",
            "三、保障措施",
            "（一）加强组织领导。各地要坚持问题导向，建立由分管领导牵头的工作专班，定期研究解决先行区建设中的重大问题，确保各项任务按期落地见效。",
            "（二）强化资金保障。省级商务发展资金对先行区项目给予支持，补助比例为30%～50%，对口支援新疆、四川等地的合作项目可上浮5个百分点。资金使用情况纳入年度绩效评价，评价结果为“优秀”的，次年资金安排上浮10％。",
            "请各地于2024年6月30日前将工作推进情况报送省商务厅电子商务处（联系人：陈晓明，电话：0571－87051234，邮箱：dzsw@zcom.gov.cn）。",
        ],
        "_note": "Superscripts set as Word superscript runs (部署要求¹, 1,200万m², 10⁴单): '¹'/'1', 'm²'/'m2', '10⁴'/'104' tolerable (104 is misleading but is what plain text gives); the superscript digit must stay in place (not moved to the line end or to another line) and the footnote-like ¹ may also be dropped. Curly quotes and the 〔〕 are in Times New Roman: they must stay where they are. 一、工作目标 has expanded character spacing: no spaces inside it. （一） bold lead and its body: one clause, or lead split off at the first 。 both fine. Shift+Enter inside （三）: joined with no space. A space between Chinese and Latin tolerable; none inside numbers (6,000 / 3.5% / 0571－87051234). Signature, date, （此件公开发布）, 抄送, 印发, page numbers are not clauses.",
    }],
    "blind35_xize_articles": [{
        "meta": {"title": "天津市商务局 天津市财政局关于印发《" + XIZE + "》的通知", "doc_number": "津商务规〔2024〕4号",
                 "issuer": ["天津市商务局", "天津市财政局"], "date": "2024-03-28",
                 "addressees": "各区商务主管部门、财政局，中国（天津）自由贸易试验区各片区管委会",
                 "attachments": [XIZE]},
        "clauses": [
            "现将《" + XIZE + "》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市商务局（电话：022－58665432）反映。",
            "第一条　为贯彻落实共建“一带一路”倡议，推动中国（天津）自由贸易试验区（以下简称“天津自贸试验区”）冷链物流高质量发展，根据《天津市促进冷链物流发展若干措施》等规定，制定本细则。",
            "第二条　本细则所称冷链物流设施，是指库温≤-18℃的冷冻库、0℃～10℃的冷藏库及配套的预冷、分拣、包装设施。",
            "第三条　申请资金支持的项目单位应同时符合下列条件：",
            "①在天津自贸试验区注册，具有独立法人资格，近3年无重大违法记录；",
            "②新建或改造冷库容积≥2×10⁴m³；",
            "③单位产品能耗较改造前下降15%以上，年减少CO₂排放不低于500吨；",
            "④通过HACCP或ISO 22000食品安全管理体系认证。",
            "第四条　资金支持标准如下：",
            "（一）新建冷库按设备投资额的20%给予补助，单个项目最高500万元；改造冷库按改造投资额的15%给予补助，单个项目最高300万元；同一项目单位年度累计获得补助不超过800万元，已享受国家同类资金支持的项目不重复支持；",
            "（二）采用天然工质（NH₃/CO₂复叠）制冷系统的，补助比例提高5个百分点；",
            "（三）获得绿色仓库★★★级认证的，一次性奖励50万元。",
            "第五条　项目单位应当于每年4月1日至4月30日通过“天津市商务资金管理系统”提交申请，并在对应方框内打“√”：",
            "□项目申请表　□投资发票及合同　□节能评估报告",
            "第六条　获得支持的项目，其设施年均利用率应≥60%，温控记录缺失率不得超过1‰。项目单位存在虚报、冒领等行为的，按照“谁使用、谁负责”原则收回资金，5年内不得再次申请；情节严重的，依法追究相关责任。市商务局会同市财政局于每年第四季度对支持项目开展抽查，抽查比例不低于项目总数的20%，抽查结果在天津市商务局网站公示，公示期不少于7个工作日。对抽查中发现的问题，项目单位应在30日内完成整改并提交整改报告；逾期未整改或整改不到位的，按照已拨付资金的100%收回。",
            "第七条　本细则由市商务局、市财政局负责解释，自2024年5月1日起施行，有效期至2026年4月30日。",
        ],
        "_note": "The carried 细则 may be a second document (title = XIZE, issuers the two 局, effective 2024-05-01, expires 2026-04-30) or stay as 附件 clauses of the 通知; either way all 7 articles in order with ①–④ and （一）–（三） as own clauses or folded into their article. Sub/superscripts: 'CO₂'/'CO2', 'NH₃'/'NH3', '10⁴m³'/'104m3' tolerable, nothing moved. ≤ ≥ ★ □ are in DejaVu Serif and must stay in place. The □ checkbox line may be its own clause or folded into 第五条. 第一条 is in a sans font: the label must not be split from its text. Signature (two organs on one line), 附件 label, （此件主动公开）, page numbers are not clauses.",
    }],
    "blind35_fangan_table": [{
        "meta": {"title": "陕西省人民政府办公厅关于印发中欧班列（西安）集结中心高质量发展工作方案（2024—2026年）的通知",
                 "doc_number": "陕政办发〔2024〕11号", "issuer": ["陕西省人民政府办公厅"], "date": "2024-04-15",
                 "addressees": "各设区市人民政府，省人民政府各工作部门、各直属机构"},
        "clauses": [
            "《" + FANGAN + "》已经省政府同意，现印发给你们，请认真组织实施。",
            "为深入贯彻共建“一带一路”倡议，巩固提升中欧班列（西安）集结中心（以下简称“集结中心”）功能，加快建设内陆改革开放高地，制定本方案。",
            "一、主要目标",
            "到2026年，集结中心枢纽功能显著增强，开行线路覆盖亚欧大陆主要货源地，主要指标见表1。",
            "表1　集结中心主要指标",
            "序号：1；指标名称：中欧班列开行量★；单位：列；2023年：5,351；2026年目标：≥6,000；年均增速：3.9%",
            "序号：2；指标名称：货物集结量；单位：万标箱；2023年：45.6；2026年目标：60.0；年均增速：9.6%",
            "序号：3；指标名称：回程班列占比；单位：％；2023年：38.2；2026年目标：45～50；年均增速：—",
            "序号：4；指标名称：冷链专列开行量；单位：列；2023年：120；2026年目标：300；年均增速：35.7%",
            "序号：5；指标名称：单箱综合物流成本；单位：元/TEU；2023年：—；2026年目标：下降10%～15%；年均增速：—",
            "序号：6；指标名称：场站仓储面积★；单位：万m²；2023年：12.5；2026年目标：20.0；年均增速：17.0%",
            "注：★为约束性指标，其余为预期性指标；※2023年数据截至2023.12.31。",
            "二、重点任务",
            "（一）优化线路布局。加密西安至阿拉木图、塔什干、杜伊斯堡、马拉舍维奇等干线班列，稳定开行“长安号”跨里海班列，2024年跨里海线路开行量同比增长≥30%。推动与RCEP成员国的海铁联运衔接，开通西安—青岛—东南亚“班列+海运”线路。",
            "（二）降低物流成本。推广“一单制”多式联运，单箱综合物流成本较2023年下降10%～15%；对集拼集运货物给予每标箱（TEU）1,500元运费补贴，补贴资金由省级财政与西安市按1∶1比例分担。",
            "（三）发展特色班列。开行冷链、跨境电商、汽车整车等特色班列，冷链专列全程温度控制在-25℃～5℃，货损率控制在0.5‰以内。",
            "三、保障措施",
            "（一）加强统筹协调。省发展改革委、省商务厅、西安市人民政府、国铁集团西安局等建立联席会议制度，每半年召开一次会议，研究解决重大问题。",
            "（二）强化监测评估。省商务厅于每年2024-12-15前汇总各项指标完成情况，形成年度评估报告报省政府。",
        ],
        "_note": "The 工作方案 may be a second document (title = 中欧班列（西安）集结中心高质量发展工作方案（2024—2026年）, issuer 陕西省人民政府办公厅) or stay as clauses of the 通知. Table rows: any format that keeps header names with values; every value exactly as printed (5,351 with its comma, ≥6,000, 45～50, —, 下降10%～15%, 万m² or 万m2). The table caption and the 注 line may be clauses or headings; the 注 must not be glued into a row. 二、重点任务 has wide expanded spacing: no spaces inside it. 2024—2026年 in the title must keep its dash. 1∶1 (ratio colon) kept.",
    }],
}


if __name__ == "__main__":
    doc_tongzhi()
    doc_xize()
    doc_fangan()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("written:", sorted(p.name for p in HERE.glob("blind35_*")))
