# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the fifty-ninth round of blind office files and expected.json.

Theme: policy lists (政策清单) that offices compile as big Word tables.

  (a) blind59_hunan_qingdan.docx / .pdf — 湖南省商务厅 印发《湖南省支持企业参与共建“一带一路”
      政策清单（2024年版）》的通知, 湘商合〔2024〕11号: a one-page notice (red 版头, 三条 一、二、三、),
      then a landscape section holding the 附件: a ruled table of 20 policies over several pages —
      序号/类别/政策名称/文号/发文单位/适用范围/有效期/主要内容 — with 类别 merged down over each group
      of rows, the header row repeated on every page, 主要内容 cells holding several paragraphs or
      manual line breaks, and 版记 under the table.
  (b) blind59_luoyang_duixian.docx — 中国（河南）自由贸易试验区洛阳片区管理委员会 通知 公布 2024年度
      惠企政策兑现清单, 洛自贸管〔2024〕12号: the table sits inside the body under 一、兑现清单 —
      序号/政策事项/兑现标准/申报条件/申报时间/受理部门/适用范围 — with category rows merged across all
      columns, 受理部门 and 申报时间 merged down over some rows, a 注 row merged across the foot;
      then 二、申报方式 / 三、有关要求 （一）（二） (an effective/expiry sentence). docx only.
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
RED = (0xFF, 0, 0)
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}
expected = {}
LINE = 26.5


# ------------------------------------------------------------------ helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    if color: run.font.color.rgb = RGBColor(*color)
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=None, color=None):
    exact = exact or (size * 1.7 if size != 16 else LINE)
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size, color=color)
    return p


def rule_below(p, sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def add_page_field(p, size=14):
    r = p.add_run(); set_run(r, SONG, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def gw_page(doc):
    """GB/T 9704 page: A4, 3.7/3.5/2.8/2.6 cm, '— 1 —' footer."""
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), FS)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_page_field(fp); set_run(fp.add_run(" —"), SONG, 14)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.top_margin = Cm(2.2); s.bottom_margin = Cm(2.2); s.left_margin = Cm(2.5); s.right_margin = Cm(2.5)
    return s


def signature(doc, org, date, right_cm=2.0, blank=True):
    if blank: para(doc, "", indent=False)
    for t in [org, date]:
        p = para(doc, t, FS, 16, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def set_widths(t, widths):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))


def set_cell(cell, text, font=FS, size=10.5, align="c", exact=None):
    """Replace a cell's text; '\n' starts a new paragraph inside the cell, '\v' is a manual line break (w:br)."""
    for p in list(cell.paragraphs)[1:]: p._p.getparent().remove(p._p)
    p = cell.paragraphs[0]
    for r in list(p.runs): r._r.getparent().remove(r._r)
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k: p = cell.add_paragraph()
        p.alignment = AL[align]; p.paragraph_format.line_spacing = Pt(exact or size * 1.4)
        p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
        bits = part.split("\v")
        for j, b in enumerate(bits):
            r = p.add_run(b); set_run(r, font, size)
            if j < len(bits) - 1: r.add_break()


def valign(cell, v="center"):
    tcpr = cell._tc.get_or_add_tcPr(); e = OxmlElement("w:vAlign"); e.set(qn("w:val"), v); tcpr.append(e)


def banji(doc, lines, tab_cm=15.3, size=14):
    """版记: a rule above the first line and below the last line."""
    ps = []
    for l, r in lines:
        p = para(doc, "", FS, size, align="l", indent=False)
        set_run(p.add_run(l), FS, size)
        if r:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), alignment=2)
            set_run(p.add_run("\t" + r), FS, size)
        p.paragraph_format.left_indent = Pt(size); p.paragraph_format.right_indent = Pt(size)
        ps.append(p)
    for i, p in enumerate(ps):
        ppr = p._p.get_or_add_pPr(); b = OxmlElement("w:pBdr")
        for side in ("top", "bottom"):
            e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6" if (side == "top" and i == 0) or (side == "bottom" and i == len(ps) - 1) else "4")
            e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000"); b.append(e)
        ppr.append(b)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo59p_"); tmp = tempfile.mkdtemp(prefix="lo59o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


def joined(cell_text):
    """A cell as printed, its paragraph breaks / manual line breaks joined with nothing."""
    return cell_text.replace("\n", "").replace("\v", "")


# ==================================================================== (a) 湖南省商务厅 印发 一带一路 政策清单
A_HEAD = "湖南省商务厅文件"
A_NO = "湘商合〔2024〕11号"
A_ATT = "湖南省支持企业参与共建“一带一路”政策清单（2024年版）"
A_T = ["湖南省商务厅关于印发《湖南省支持企业参与", "共建“一带一路”政策清单（2024年版）》的通知"]  # set in 20pt so each fits one line
A_TITLE = "".join(A_T)
A_ISSUER = "湖南省商务厅"
A_TO = "各市州商务主管部门，各片区管委会，省直有关单位："
A_PRE = "为帮助企业用好支持政策，我厅会同有关部门梳理形成《湖南省支持企业参与共建“一带一路”政策清单（2024年版）》（以下简称《清单》），现印发给你们，并通知如下。"
A_ITEMS = [
    "一、加强政策宣传。各地各片区要向辖区外经贸企业精准推送《清单》，推动政策直达快享。",
    "二、做好兑现服务。各责任单位要公开申报条件和办理流程，确保政策应享尽享。",
    "三、实行动态更新。《清单》所列政策以原文件为准；政策调整的，以最新规定为准。",
]
A_DATE = "2024年6月12日"
A_PUB = "（此件主动公开）"
A_CC = "抄送：商务部对外投资和经济合作司，省人民政府办公厅，省发展改革委，省财政厅，长沙海关，中国人民银行湖南省分行。"
A_PRINT = ("湖南省商务厅办公室", "2024年6月13日印发")
A_TH = ["序号", "类别", "政策名称", "文号", "发文单位", "适用范围", "有效期", "主要内容"]
A_W = [0.9, 1.4, 3.8, 2.6, 3.2, 2.4, 2.6, 7.8]
# (类别, 政策名称, 文号, 发文单位, 适用范围, 有效期, 主要内容 ('\n' = new paragraph in the cell, '\v' = manual line break))
A_ROWS = [
    ("财政资金支持", "湖南省外经贸发展专项资金管理办法", "湘财外〔2023〕6号", "湖南省财政厅、湖南省商务厅", "全省", "2023年4月1日至2027年12月31日",
     "1.支持企业赴共建“一带一路”国家参加境外重点展会，按展位费的50%给予补助，单个企业年度补助最高不超过30万元；\n2.对企业开展境外投资前期费用、境外经贸合作区基础设施建设给予适当补助；\n3.支持企业开展境外商标注册、国际认证和专利申请。"),
    ("财政资金支持", "湖南省进一步支持对非经贸合作若干政策措施", "湘政办发〔2023〕24号", "湖南省人民政府办公厅", "全省", "2023年8月1日至2025年12月31日",
     "1.对新开通长沙至非洲国家全货机定期航线的航空公司，按实际执飞航班给予运营补贴；\n2.对经认定的非洲非资源性产品集散交易加工中心，给予最高200万元一次性奖励。"),
    ("财政资金支持", "长沙市促进开放型经济高质量发展若干政策", "长政办发〔2024〕5号", "长沙市人民政府办公厅", "长沙市", "2024年3月1日至2026年12月31日",
     "对年度对共建“一带一路”国家进出口额增量超过1亿元的企业，按每增加1亿元奖励10万元，单个企业最高不超过100万元。"),
    ("财政资金支持", "中国（湖南）自由贸易试验区岳阳片区支持临港产业发展若干措施", "岳自贸管发〔2023〕11号", "中国（湖南）自由贸易试验区岳阳片区管理委员会", "岳阳片区", "2023年10月1日至2025年9月30日",
     "1.对经城陵矶港开展江海联运、至东盟国家近洋直航的集装箱，按每标箱200元给予补助；\n2.对新落户片区的国际货运代理企业，首年给予最高50万元开办补助。"),
    ("财政资金支持", "中国（湖南）自由贸易试验区郴州片区促进加工贸易发展办法", "郴自贸发〔2024〕2号", "中国（湖南）自由贸易试验区郴州片区管理委员会", "郴州片区", "2024年1月1日至2026年12月31日",
     "对从共建“一带一路”国家进口有色金属矿产品开展保税加工的企业，按年度加工贸易进出口额每1亿元给予5万元奖励。"),
    ("金融保险服务", "关于进一步扩大出口信用保险覆盖面支持外贸稳规模优结构的通知", "湘商财〔2024〕3号", "湖南省商务厅、湖南省财政厅、中国出口信用保险公司湖南分公司", "全省", "2024年1月1日至2024年12月31日",
     "1.对上年度出口额1000万美元以下的小微企业，通过统保平台投保短期出口信用保险的保费给予全额支持；\v2.对企业投保海外投资保险的，按实缴保费的50%给予支持，单个企业最高不超过50万元。"),
    ("金融保险服务", "湖南省优化跨境人民币结算服务若干措施", "湘银发〔2024〕8号", "中国人民银行湖南省分行", "全省", "长期",
     "1.优质企业跨境人民币结算可凭收付款指令直接办理，无需事前逐笔提交单证；\n2.支持银行为企业境外项目提供人民币跨境融资。"),
    ("金融保险服务", "关于进一步便利跨境贸易投资外汇管理的通知", "汇发〔2023〕31号", "国家外汇管理局", "全国", "长期",
     "1.扩大贸易外汇收支便利化政策覆盖面，优质企业可凭交易电子信息办理收付；\n2.境外直接投资外汇登记由银行直接办理。"),
    ("金融保险服务", "中国（湖南）自由贸易试验区长沙片区跨境金融服务创新若干措施", "长自贸发〔2023〕15号", "中国（湖南）自由贸易试验区长沙片区管理委员会", "长沙片区", "2023年12月1日至2025年11月30日",
     "对片区企业与非洲国家开展跨境人民币结算的，按结算金额的0.1%给予银行手续费补贴，单个企业年度最高20万元。"),
    ("贸易投资便利化", "长沙海关支持湖南外贸稳规模优结构若干措施", "长关发〔2024〕6号", "长沙海关", "全省", "自2024年2月1日起施行",
     "1.对共建“一带一路”国家原产地证书实行“自助打印、智能审核”；\n2.对鲜活农产品、冰鲜水产品实行“即查即放”；\n3.推广“提前申报”“两步申报”等通关模式。"),
    ("贸易投资便利化", "中欧班列（长沙）高质量发展扶持办法", "长商务发〔2023〕21号", "长沙市商务局、长沙市财政局", "长沙市", "2023年7月1日至2025年6月30日",
     "对经中欧班列（长沙）发运至中亚、欧洲的重箱，按运距分档给予运费补贴；回程重箱补贴标准上浮20%。"),
    ("贸易投资便利化", "怀化国际陆港建设若干支持政策", "怀政发〔2023〕9号", "怀化市人民政府", "怀化市", "2023年9月1日至2026年8月31日",
     "1.对经怀化国际陆港发运的中老（中国—老挝）国际货运班列、西部陆海新通道铁海联运班列，按每标箱500元至1500元给予补贴；\v2.对在陆港新设的东盟商品分拨中心，给予最高100万元建设补助。"),
    ("贸易投资便利化", "湖南省境外经贸合作区建设发展管理办法", "湘商合〔2022〕17号", "湖南省商务厅", "全省", "2022年11月1日至2027年10月31日",
     "对经认定的省级境外经贸合作区，按实际投资额的3%给予一次性奖励，最高不超过500万元。"),
    ("贸易投资便利化", "湘南湘西承接产业转移示范区加工贸易梯度转移支持措施", "湘商贸〔2023〕9号", "湖南省商务厅、湖南省发展和改革委员会", "衡阳市、郴州市、永州市、邵阳市、怀化市、湘西土家族苗族自治州", "2023年6月1日至2025年12月31日",
     "对从粤港澳大湾区梯度转移至示范区、主要面向共建“一带一路”国家市场的加工贸易企业，按设备投资额的10%给予补助。"),
    ("对外投资合作", "湖南省对外承包工程项目贷款贴息办法", "湘商合〔2023〕6号", "湖南省商务厅、湖南省财政厅", "全省", "2023年5月1日至2026年4月30日",
     "对企业在共建“一带一路”国家承揽的对外承包工程项目，按实际贷款利息的50%给予贴息，单个项目年度最高300万元。"),
    ("对外投资合作", "中非经贸深度合作先行区建设若干支持措施", "长政发〔2024〕2号", "长沙市人民政府", "长沙市（中非经贸深度合作先行区）", "2024年1月1日至2026年12月31日",
     "1.对在先行区设立对非贸易、物流、展示交易平台的企业，按年度对非进出口额给予分档奖励；\n2.对经先行区开展对非易货贸易的企业，给予业务量补贴。"),
    ("对外投资合作", "关于支持民营企业参与共建“一带一路”的若干措施", "湘发改外资〔2024〕7号", "湖南省发展和改革委员会", "全省", "2024年4月1日至2026年3月31日",
     "1.建立民营企业境外投资重点项目库，对入库项目优先推荐申报国家政策性金融支持；\n2.支持民营企业组建联合体“抱团出海”。"),
    ("服务保障", "湖南省涉外法律服务业发展若干措施", "湘司发〔2023〕14号", "湖南省司法厅", "全省", "长期",
     "1.建设“一带一路”涉外法律服务中心，为企业提供境外投资法律风险评估；\n2.对企业境外维权发生的律师费用给予适当补助。"),
    ("服务保障", "中国（湖南）自由贸易试验区长沙片区外籍人才服务便利化措施", "长自贸发〔2024〕4号", "中国（湖南）自由贸易试验区长沙片区管理委员会", "长沙片区", "至2025年12月31日",
     "对片区企业聘用的外籍高端人才，可申请办理最长5年有效期的工作类居留许可；设立外籍人才“一站式”服务窗口。"),
    ("服务保障", "关于进一步优化商事证明服务的通知", "湘贸促发〔2024〕3号", "湖南省国际贸易促进委员会", "全省", "长期",
     "对出口至共建“一带一路”国家的货物，原产地证书、商事证明书实行“网上申办、自助打印”。"),
]
# applies_to expected for each row (by its 适用范围 cell)
A_ROW_PLACE = {
    "全省": (["湖南省"], "全省 = 湖南省 (the province of the issuer)"),
    "全国": (["全国"], "全国 = the whole country (中国 / 全国 both fine); 湖南省 alone = medium (narrower than printed)"),
    "长沙市": (["长沙市"], ""),
    "怀化市": (["怀化市"], ""),
    "岳阳片区": (["中国（湖南）自由贸易试验区岳阳片区"], "岳阳片区 (岳阳市 acceptable as the city, low)"),
    "郴州片区": (["中国（湖南）自由贸易试验区郴州片区"], "郴州片区 (郴州市 acceptable as the city, low)"),
    "长沙片区": (["中国（湖南）自由贸易试验区长沙片区"], "长沙片区 (长沙市 acceptable as the city, low)"),
    "衡阳市、郴州市、永州市、邵阳市、怀化市、湘西土家族苗族自治州": (["衡阳市", "郴州市", "永州市", "邵阳市", "怀化市", "湘西土家族苗族自治州"], "all six; any missing = medium; 粤港澳大湾区 (origin of the transferred firms) must NOT be seen"),
    "长沙市（中非经贸深度合作先行区）": (["长沙市"], "长沙市 (the 先行区 as a finer unit fine)"),
}
A_ROW_NOT = {
    1: "共建“一带一路”国家", 2: "长沙 (the row is 全省; 长沙 is only the airport end), 非洲国家", 3: "共建“一带一路”国家",
    4: "东盟国家", 5: "共建“一带一路”国家", 9: "非洲国家", 10: "共建“一带一路”国家", 11: "中亚、欧洲", 12: "老挝, 东盟",
    14: "粤港澳大湾区, 共建“一带一路”国家", 15: "共建“一带一路”国家", 16: "非洲", 20: "共建“一带一路”国家",
}
A_GROUPS = []  # (first_row, last_row) of each 类别
for i, r in enumerate(A_ROWS):
    if not A_GROUPS or A_ROWS[A_GROUPS[-1][0]][0] != r[0]: A_GROUPS.append([i, i])
    else: A_GROUPS[-1][1] = i


def make_a():
    doc = Document(); gw_page(doc)
    para(doc, A_HEAD, XBS, 34, align="c", indent=False, before=0, after=6, exact=46, color=RED)
    p = para(doc, A_NO, FS, 16, align="c", indent=False, after=4); rule_below(p)
    for i, t in enumerate(A_T):
        para(doc, t, XBS, 20, align="c", indent=False, before=12 if i == 0 else 0, after=10 if i == len(A_T) - 1 else 0, exact=30)
    para(doc, A_TO, indent=False, align="j")
    para(doc, A_PRE)
    for t in A_ITEMS:
        p = para(doc, ""); k = t.index("。") + 1
        set_run(p.add_run(t[:2]), HEI, 16); set_run(p.add_run(t[2:k]), HEI, 16); set_run(p.add_run(t[k:]), FS, 16)
    para(doc, "")
    p = para(doc, "附件：" + A_ATT, indent=True, align="l")
    p.paragraph_format.left_indent = Pt(80); p.paragraph_format.first_line_indent = Pt(-48)
    signature(doc, A_ISSUER, A_DATE, right_cm=2.0, blank=True)
    para(doc, A_PUB, indent=True, align="l")
    # ---- 附件 in a landscape section
    landscape_section(doc)
    para(doc, "附件", HEI, 16, align="l", indent=False)
    para(doc, A_ATT, XBS, 20, align="c", indent=False, before=6, after=10, exact=30)
    t = doc.add_table(rows=1 + len(A_ROWS), cols=len(A_TH)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A_TH):
        set_cell(t.rows[0].cells[i], h, HEI, 10.5, exact=14); valign(t.rows[0].cells[i])
    mark_header(t.rows[0])
    for r, row in enumerate(A_ROWS, 1):
        cat, name, no, org, scope, valid, content = row
        vals = [str(r), cat, name, no, org, scope, valid, content]
        for i, v in enumerate(vals):
            if i == 1: continue
            set_cell(t.rows[r].cells[i], v, FS, 10, "j" if i == 7 else "c", exact=13.5)
            valign(t.rows[r].cells[i])
    for a, b in A_GROUPS:
        m = t.cell(a + 1, 1).merge(t.cell(b + 1, 1)) if b > a else t.cell(a + 1, 1)
        set_cell(m, A_ROWS[a][0], HEI, 10, "c", exact=13.5); valign(m)
    set_widths(t, A_W)
    para(doc, "", FS, 14, indent=False)
    banji(doc, [(A_CC, None), A_PRINT], tab_cm=24.0)
    path = os.path.join(HERE, "blind59_hunan_qingdan.docx"); doc.save(path)
    to_pdf(path, os.path.join(HERE, "blind59_hunan_qingdan.pdf"))


# ==================================================================== (b) 洛阳片区管委会 惠企政策兑现清单
B_HEAD = ["中国（河南）自由贸易试验区洛阳片区", "管理委员会文件"]
B_NO = "洛自贸管〔2024〕12号"
B_T = ["中国（河南）自由贸易试验区洛阳片区", "管理委员会关于公布2024年度", "惠企政策兑现清单的通知"]
B_TITLE = "".join(B_T)
B_ISSUER = "中国（河南）自由贸易试验区洛阳片区管理委员会"
B_TO = "片区各部门，各有关企业："
B_PRE = "为进一步优化营商环境，推动惠企政策快速兑现、应享尽享，片区管委会对现行惠企政策进行了梳理，形成了2024年度惠企政策兑现清单，现予以公布，有关事项通知如下。"
B_H1 = "一、兑现清单"
B_TH = ["序号", "政策事项", "兑现标准", "申报条件", "申报时间", "受理部门", "适用范围"]
B_W = [1.0, 2.2, 4.2, 3.3, 1.9, 1.6, 1.4]
# category rows are ("cat", text); item rows are lists of 7; None = covered by a vertical merge from the row above
B_ROWS = [
    ("cat", "一、开放型经济类"),
    ["1", "外贸进出口奖励", "对年度进出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予10万元、30万元、50万元一次性奖励。", "在片区注册并纳入统计的外贸企业", "2024年4月1日—4月30日", "片区经济发展局", "片区全域"],
    ["2", "中欧班列运费补贴", "1.经中欧班列（洛阳）发运至共建“一带一路”国家的重箱，每标箱补贴1000元；\n2.回程重箱每标箱补贴1500元；\n3.单个企业年度补贴最高100万元。", "与班列平台公司签订运输协议的片区企业", "每季度结束后15个工作日内", None, "片区全域"],
    ["3", "跨境电商保税进口补贴", "对开展跨境电商“1210”保税进口业务的企业，按年度单量每单补贴0.5元，单个企业最高50万元。", "在洛阳综合保税区内开展业务的跨境电商企业", "2024年4月1日—4月30日", None, "洛阳综合保税区"],
    ("cat", "二、产业发展类"),
    ["4", "新落户企业开办补助", "对新落户的总部企业、区域性功能总部，按实缴注册资本的1%给予开办补助，最高200万元。", "2024年1月1日后新注册落户片区的企业", "2024年7月1日—7月31日", "片区招商服务局", "片区全域"],
    ["5", "首台（套）装备奖励", "对研制的装备产品首次被认定为国家、省首台（套）重大技术装备的，分别给予100万元、50万元奖励。", "片区内装备制造企业", None, "片区科技创新局", "片区及偃师区联动创新区"],
    ["6", "物流企业奖励", "对年度营业收入首次突破1亿元、5亿元的物流企业，分别给予20万元、50万元奖励。", "在片区注册的A级以上物流企业", "2024年9月1日—9月30日", "片区经济发展局", "片区全域"],
    ("cat", "三、人才与科技类"),
    ["7", "外籍高端人才奖励", "对片区企业聘用的外籍高端人才（A类），按其年度个人所得税片区留成部分给予全额奖励。", "持有外国人工作许可证（A类）且在片区企业连续工作满1年", "2024年5月1日—5月31日", "片区人力资源服务中心", "片区全域"],
    ["8", "青年人才生活补贴", "对新引进的博士、硕士，分别按每月3000元、1500元给予生活补贴，最长36个月。", "2024年1月1日后与片区企业签订3年以上劳动合同", None, None, "片区全域"],
    ["9", "研发费用补助", "对上年度研发费用加计扣除额超过500万元的企业，按加计扣除额的5%给予补助，最高100万元。", "片区内高新技术企业、科技型中小企业", "2024年6月1日—6月30日", "片区科技创新局", "片区全域"],
    ("note", "注：同一企业同一事项符合片区多项政策的，按“就高不重复”原则兑现；奖补资金由片区财政统筹安排。"),
]
B_AFTER = [
    ("h", "二、申报方式"),
    ("c", "企业通过“洛阳片区惠企政策兑现平台”在线申报并上传申报材料；受理部门自受理之日起15个工作日内完成审核，审核结果公示5个工作日无异议后拨付资金。"),
    ("h", "三、有关要求"),
    ("c", "（一）申报企业应对申报材料的真实性负责，对弄虚作假骗取奖补资金的，依法追回资金并纳入信用记录。"),
    ("c", "（二）本清单自发布之日起施行，有效期至2024年12月31日。"),
]
B_DATE = "2024年3月8日"
B_PUB = "（此件公开发布）"
B_CC = "抄送：洛阳市人民政府办公室，市商务局，市财政局。"
B_PRINT = ("洛阳片区管委会综合办公室", "2024年3月8日印发")
B_ROW_PLACE = {
    "片区全域": (["中国（河南）自由贸易试验区洛阳片区"], "the whole 片区 (洛阳片区; 洛阳市 alone = low, coarser than printed)"),
    "洛阳综合保税区": (["洛阳综合保税区"], "洛阳综合保税区 (洛阳片区 or 洛阳市 alone = low)"),
    "片区及偃师区联动创新区": (["中国（河南）自由贸易试验区洛阳片区", "偃师区"], "the 片区 and 偃师区 (洛阳市偃师区); 偃师区 missing = medium"),
}


def filled_b_rows():
    """Item rows with vertically merged cells filled from the row above (what each row should read)."""
    out = []; last = None
    for r in B_ROWS:
        if isinstance(r, tuple): last = None if r[0] == "cat" else last; out.append(r); continue
        vals = [v if v is not None else last[i] for i, v in enumerate(r)]
        out.append(vals); last = vals
    return out


def make_b():
    doc = Document(); gw_page(doc)
    for i, h in enumerate(B_HEAD):
        para(doc, h, XBS, 26, align="c", indent=False, before=0, after=12 if i == len(B_HEAD) - 1 else 0, exact=38, color=RED)
    p = para(doc, B_NO, FS, 16, align="c", indent=False, after=6); rule_below(p)
    for i, t in enumerate(B_T):
        para(doc, t, XBS, 22, align="c", indent=False, before=14 if i == 0 else 0, after=14 if i == len(B_T) - 1 else 0, exact=32)
    para(doc, B_TO, indent=False, align="j")
    para(doc, B_PRE)
    para(doc, B_H1, HEI, 16)
    t = doc.add_table(rows=1 + len(B_ROWS), cols=len(B_TH)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(B_TH):
        set_cell(t.rows[0].cells[i], h, HEI, 10.5); valign(t.rows[0].cells[i])
    mark_header(t.rows[0])
    set_widths(t, B_W)
    for r, row in enumerate(B_ROWS, 1):
        if isinstance(row, tuple):
            m = t.rows[r].cells[0].merge(t.rows[r].cells[len(B_TH) - 1])
            set_cell(m, row[1], HEI if row[0] == "cat" else FS, 10.5, "l")
            continue
        for i, v in enumerate(row):
            if v is None: continue
            set_cell(t.rows[r].cells[i], v, FS, 10.5, "j" if i in (2, 3) else "c"); valign(t.rows[r].cells[i])
    # vertical merges: a None cell joins the cell above it
    for r, row in enumerate(B_ROWS, 1):
        if isinstance(row, tuple): continue
        for i, v in enumerate(row):
            if v is None:
                top = r - 1
                while B_ROWS[top - 1][i] is None: top -= 1
                m = t.cell(top, i).merge(t.cell(r, i))
                prev = B_ROWS[top - 1][i]
                set_cell(m, prev, FS, 10.5, "c"); valign(m)
    para(doc, "", FS, 8, indent=False, exact=10)
    for k, x in B_AFTER:
        para(doc, x, HEI if k == "h" else FS, 16)
    signature(doc, B_ISSUER, B_DATE, right_cm=0.5, blank=True)
    para(doc, B_PUB, indent=True, align="l")
    for _ in range(2): para(doc, "", FS, 14, indent=False)
    banji(doc, [(B_CC, None), B_PRINT])
    path = os.path.join(HERE, "blind59_luoyang_duixian.docx"); doc.save(path)


# ==================================================================== expected.json
def row_clause(head, vals):
    return "；".join("%s：%s" % (h, joined(v)) for h, v in zip(head, vals))


def build_expected():
    # ---------------- (a)
    a_clauses = [A_PRE] + list(A_ITEMS)
    n0 = len(a_clauses)
    a_places = [{"unit": "通知正文", "clause_index": list(range(n0)), "适用范围": None, "reader_should_see": ["湖南省"],
                 "note": "the notice itself: 湖南省 (the issuer's province)"}]
    a_rows = []
    for i, r in enumerate(A_ROWS, 1):
        cat, name, no, org, scope, valid, content = r
        vals = [str(i), cat, name, no, org, scope, valid, content]
        a_clauses.append(row_clause(A_TH, vals))
        see, why = A_ROW_PLACE[scope]
        a_places.append({"unit": "row %d %s" % (i, name), "clause_index": [len(a_clauses) - 1], "适用范围": scope,
                         "reader_should_see": see, "note": why, "must_not_see": A_ROW_NOT.get(i, "")})
        a_rows.append({"序号": str(i), "类别": cat, "政策名称": name, "文号": no, "发文单位": org, "适用范围": scope, "有效期": valid,
                       "主要内容": joined(content), "主要内容_as_laid_out": content.replace("\v", "↵").split("\n")})
    pdf_splits = ("PDF (LibreOffice rendering): the table runs over pages 2–4 with the header row repeated at the top of pages 3 and 4 (docx: w:tblHeader on row 1). "
                  "Row 6 (湘商财〔2024〕3号) is split across the page 2/3 break: its 主要内容 item 2 ends '…按实缴保费的' on page 2 and '50%给予支持，单个企业最高不超过50万元。' continues on page 3 together with the last line '司' of its 发文单位 ('…中国出口信用保险公司湖南分公' / '司'); "
                  "row 14 (湘商贸〔2023〕9号) is split across the page 3/4 break: its 适用范围 cell '衡阳市、郴州市、永州市、邵阳市、怀化市、湘西土家族苗族自治州' ends on page 4 ('市、湘西土' / '家族苗族自' / '治州'). "
                  "The continuation fragments belong to rows 6 and 14 — a new row made of them, or them glued onto row 7 / row 15, = high (text lands in the wrong row), lost = high. "
                  "The repeated header lines on pages 3 and 4 (序号/类别/政策名称/…/主要内容, with '序' '号' on two lines) are furniture: a row or clause made of them = medium. "
                  "The 类别 cells are merged down (vMerge) over rows 1–5, 6–9, 10–14, 15–17, 18–20; in the PDF each label is printed once, vertically centred in its group (e.g. '财政' '资金' '支持' on three lines beside rows 2–3; '贸易' '投资' '便利' '化' beside row 10 etc.), and the 金融保险服务 group begins at the foot of page 2 so its label is printed beside row 6 only. "
                  "Every row's 类别 must be its group's label (a row with an empty 类别, or with the label glued into 政策名称 / another column, = medium; a label split into '财政资金' + '支持' across rows = medium). "
                  "Narrow cells wrap in the PDF: '湘财外' / '〔2023〕6' / '号'; '2023年4月' / '1日至2027' / '年12月31' / '日'; '中国（湖南）自' / '由贸易试验区岳' / '阳片区管理委员' / '会' — join without spaces: 文号 must read 湘财外〔2023〕6号 (a 文号 cut at the wrap = medium), 有效期 must read '2023年4月1日至2027年12月31日'. "
                  "Row 6 in the PDF has a LibreOffice-justified line '给 予 全 额 支 持 ；' with spaces between the characters — spaces inside Chinese text should be removed (left in = low).")
    expected["blind59_hunan_qingdan"] = [{
        "meta": {
            "title": A_TITLE, "doc_number": A_NO, "issuer": A_ISSUER, "date": "2024-06-12",
            "level": "provincial", "region": "湖南省", "effective": None, "expires": None,
            "addressees": A_TO.rstrip("："), "attachments": [A_ATT],
            "cc": A_CC[3:].rstrip("。"), "printed_by": A_PRINT[0], "printed": "2024-06-13",
        },
        "clauses": a_clauses,
        "table": {"header": A_TH, "rows": a_rows},
        "headings_not_clauses": ["附件", A_ATT, "the table header row (序号｜类别｜…｜主要内容), once"],
        "places": a_places,
        "_note": (
            "Provincial 商务厅 印发通知 (level provincial, region 湖南省). Red 版头 '湖南省商务厅文件' (发文机关标志, not a title). Title = the two centred title lines joined: " + A_TITLE + " (the 《》 and “” are part of the title). "
            "doc_number 湘商合〔2024〕11号 (the 20 文号 in the table's 文号 column are the listed policies' numbers: any of them as the document's doc_number = high). Issuer 湖南省商务厅 (the 发文单位 cells — 湖南省财政厅, 国家外汇管理局, 长沙海关 … — are the listed policies' issuers, never the document's: high). "
            "Date 2024-06-12 (signature); 2024-06-13 is the 印发 date in the 版记. No effective/expires for the notice: the 有效期 column belongs to each listed policy — a row's dates (e.g. 2023-04-01, 2027-12-31, 2024-02-01) as the document's effective/expires = high. "
            "Furniture, never clauses: 版头, 文号 line, 主送 '各市州商务主管部门，各片区管委会，省直有关单位：', the 附件说明 line '附件：湖南省支持企业参与共建“一带一路”政策清单（2024年版）' (wraps: the 2nd line '（2024年版）' is hanging-indented), signature '湖南省商务厅' and date, '（此件主动公开）', the label '附件' at the top of the landscape section, the 附件 title (a heading), 版记 under the table ('抄送：商务部对外投资和经济合作司，…，中国人民银行湖南省分行。' wrapping to 2 lines in the PDF, and '湖南省商务厅办公室　2024年6月13日印发'), footers '— n —'. "
            "Clauses: the opening paragraph and the three 一、二、三、 items (each a run-in heading + sentence in one paragraph: one clause each), then the table. "
            "TABLE: 8 columns 序号/类别/政策名称/文号/发文单位/适用范围/有效期/主要内容, 20 rows, one clause per row as 'header：value；…' (the reader's own separator, e.g. newline between 'header：value' pairs, is fine). The header row itself: as a table_header entry fine; as a row clause = low. "
            "主要内容 cells hold several paragraphs ('1.…；' / '2.…；' / '3.…') — rows 6 and 12 instead use a manual line break (w:br) between '1.…；' and '2.…'. Expected text joins them with nothing; a newline or space between the items is fine; items lost or moved to another column/row = high. "
            "类别 is merged down (vMerge) over each group: the docx has the label only in the group's first row — every row must still carry it (empty 类别 on rows 2–5, 7–9, 11–14, 16–17, 19–20 = medium). "
            + pdf_splits +
            " applies_to: see 'places' — each row applies where its 适用范围 cell says (全省 → 湖南省; 全国 → 全国; 长沙市; 怀化市; 岳阳片区 / 郴州片区 / 长沙片区 → the 片区 (its city tolerable, low); row 14 → all six cities/州; row 16 '长沙市（中非经贸深度合作先行区）' → 长沙市). "
            "Places in 主要内容 or 政策名称 that are not the scope — 非洲, 东盟, 老挝, 中亚, 欧洲, 粤港澳大湾区, 共建“一带一路”国家; 长沙 in row 2 (a 全省 policy about flights from 长沙) — must not become applies_to (medium; 粤港澳大湾区 on row 14 = medium). A row applying only to 湖南省 when its cell names a city/州 = high (a filter for 长沙市 then misses rows 3/11/16, and one for 株洲市 wrongly returns them); a 片区 cell read as its city = low; 全国 read as 湖南省 = medium; a row taking the previous/next row's place = high."
        ),
    }]
    # ---------------- (b)
    filled = filled_b_rows()
    b_clauses = [B_PRE]
    b_places = [{"unit": "通知正文 (preamble)", "clause_index": [0], "适用范围": None, "reader_should_see": ["中国（河南）自由贸易试验区洛阳片区"], "note": "the 片区 (洛阳市 fine)"}]
    b_rows = []; heads = [B_H1]; cat = None
    for r in filled:
        if isinstance(r, tuple):
            if r[0] == "cat": heads.append(r[1]); cat = r[1]
            else: b_clauses.append(r[1]); b_places.append({"unit": "注 row", "clause_index": [len(b_clauses) - 1], "适用范围": None, "reader_should_see": ["中国（河南）自由贸易试验区洛阳片区"], "note": "no place printed; the 片区"})
            continue
        b_clauses.append(row_clause(B_TH, r))
        see, why = B_ROW_PLACE[r[6]]
        b_places.append({"unit": "row %s %s" % (r[0], r[1]), "category": cat, "clause_index": [len(b_clauses) - 1], "适用范围": r[6], "reader_should_see": see, "note": why})
        d = dict(zip(B_TH, [joined(v) for v in r])); d["_category"] = cat; b_rows.append(d)
    n_tab = len(b_clauses)
    heads += [x for k, x in B_AFTER if k == "h"]
    b_clauses += [x for k, x in B_AFTER if k == "c"]
    b_places.append({"unit": "二、申报方式 / 三、有关要求", "clause_index": list(range(n_tab, len(b_clauses))), "适用范围": None, "reader_should_see": ["中国（河南）自由贸易试验区洛阳片区"], "note": "洛阳市 fine"})
    expected["blind59_luoyang_duixian"] = [{
        "meta": {
            "title": B_TITLE, "doc_number": B_NO, "issuer": B_ISSUER, "date": "2024-03-08",
            "level": "municipal", "region": "洛阳市", "effective": "2024-03-08", "expires": "2024-12-31",
            "addressees": B_TO.rstrip("："), "attachments": [],
            "cc": B_CC[3:].rstrip("。"), "printed_by": B_PRINT[0], "printed": "2024-03-08",
        },
        "clauses": b_clauses,
        "table": {"header": B_TH, "rows": b_rows, "category_rows": [r[1] for r in B_ROWS if isinstance(r, tuple) and r[0] == "cat"],
                  "note_row": next(r[1] for r in B_ROWS if isinstance(r, tuple) and r[0] == "note")},
        "headings_not_clauses": heads,
        "places": b_places,
        "_note": (
            "片区管委会 通知 (the 片区 is a 洛阳市 body: level municipal, region 洛阳市 — 河南省洛阳市 fine; 河南省 alone = medium). Two-line red 版头 '中国（河南）自由贸易试验区洛阳片区' / '管理委员会文件' (one 发文机关标志, not a title). "
            "Title = the three centred title lines joined: " + B_TITLE + " (the issuer's name wraps across the first line break). doc_number 洛自贸管〔2024〕12号. Issuer " + B_ISSUER + " (洛阳片区管委会 fine, low; a 受理部门 such as 片区经济发展局 = high). "
            "Date 2024-03-08. effective 2024-03-08 from '（二）本清单自发布之日起施行' (发布 = the document's date; null = medium), expires 2024-12-31 from '有效期至2024年12月31日' (null or wrong = high). The 申报时间 cells (2024年4月1日—4月30日 etc.) are application windows: as the document's effective/expires = high. "
            "Furniture: 版头, 文号 line, 主送 '片区各部门，各有关企业：', signature (the issuer name) and date, '（此件公开发布）', 版记 ('抄送：洛阳市人民政府办公室，市商务局，市财政局。', '洛阳片区管委会综合办公室　2024年3月8日印发'), footers. "
            "Headings (heading-kind entries fine; as plain clauses low; glued to the next clause low): 一、兑现清单, 二、申报方式, 三、有关要求. "
            "TABLE inside the body, under 一、兑现清单: 7 columns 序号/政策事项/兑现标准/申报条件/申报时间/受理部门/适用范围; 9 item rows, one clause per row 'header：value；…'. "
            "Three category rows '一、开放型经济类' / '二、产业发展类' / '三、人才与科技类' are ONE cell merged across all 7 columns (gridSpan=7): they are headings over the rows below — as a heading or as a 类别 carried on each row, fine; as a row clause 'header：一、开放型经济类' repeated under each column = medium; as a plain one-line clause = low; the 一、二、三 of these rows confused with the body's 一、兑现清单 / 二、申报方式 / 三、有关要求 (e.g. 二、申报方式 nested under the table's 二、产业发展类, or the category rows taken as the document's own 一、二、三 sections) = medium. "
            "Vertical merges (vMerge): 受理部门 '片区经济发展局' spans rows 1–3; 申报时间 '2024年7月1日—7月31日' spans rows 4–5; 申报时间 '2024年5月1日—5月31日' and 受理部门 '片区人力资源服务中心' span rows 7–8. Each row must carry the merged value (empty = medium; the value of another row = high). "
            "Row 2's 兑现标准 holds three paragraphs '1.…；' '2.…；' '3.…。' (joined with nothing; newline/space fine). "
            "The last row is a 注 merged across all 7 columns: '注：同一企业…统筹安排。' — expected as its own clause (or a note attached to the table), not as a row with 7 copies, not lost (lost = high). "
            "After the table: 二、申报方式 (one paragraph clause), 三、有关要求 （一）（二）. "
            "applies_to (see 'places'): rows say 片区全域 → 洛阳片区; row 3 洛阳综合保税区 (洛阳片区/洛阳市 alone = low); row 5 '片区及偃师区联动创新区' → 洛阳片区 + 偃师区 (偃师区 missing = medium). 共建“一带一路”国家 in row 2 is a destination, not a scope (medium)."
        ),
    }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_a(); make_b(); build_expected()
