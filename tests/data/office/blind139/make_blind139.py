# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 139: a city's 惠企政策包 compiled in Word as one big policy table.

Writes next to itself:
  blind139_hefei_waimao.docx / .pdf   合肥市商务局《合肥市2024年稳外贸政策包》: cover (title on two
      paragraphs), typed 目录 (tab + dot leader, page numbers typed by hand), 编制说明 with 落款, then a
      landscape section holding ONE table (序号|政策名称|支持内容|申报条件|兑现部门|政策依据), header row
      repeated on every page, 4 group rows (一、…四、) merged across all 6 columns, 12 policy rows whose
      cells hold several paragraphs each (1.…/（1）…), bold lead-ins, soft line breaks; 注 after the table.
  blind139_qingdao_chuhai.docx / .pdf  青岛片区管委会《“一带一路”企业出海服务包（2024版）》: cover,
      目录 as a real Word TOC field (hyperlinks + PAGEREF to bookmarks inside the group rows), 服务包说明
      with 落款, one portrait table of 10 service rows in 5 merged group rows whose 支持内容 points are
      Word AUTOMATIC numbering (the "1." "2." are not in the text), then 附：服务联系方式, a second table
      with vertically merged 责任单位 / 办公地址 cells, and a 注 line.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind139.py
The 目录 page numbers are found by a first LibreOffice pass, then the files are rebuilt and converted again.
"""
import json
import os
import re
import subprocess
import tempfile

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

# ---------------------------------------------------------------- docx helpers


def set_font(run, east, size, bold=False, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)


def pfmt(p, align=None, indent_chars=0, size=16, line=None, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    pf.line_spacing = line if line is not None else Pt(28.9)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_rich(p, text, east, size, bold=False, bold_east=None):
    """**…** = bold lead-in run; \\n and ⏎ = soft line break (w:br)."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        is_bold = part.startswith("**")
        if is_bold:
            part = part[2:-2]
        chunks = re.split(r"([\n⏎])", part)
        for ch in chunks:
            if ch in ("\n", "⏎"):
                r = p.add_run()
                r.add_break()
                continue
            if not ch:
                continue
            r = p.add_run(ch)
            set_font(r, (bold_east or east) if is_bold else east, size, bold or is_bold)


def para(doc, text="", east=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, line=None, before=0, after=0):
    p = doc.add_paragraph()
    pfmt(p, align, indent, size, line, before, after)
    if text:
        add_rich(p, text, east, size, bold)
    return p


def border(p, side="bottom", sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def add_tabs(p, pos_twips, leader="dot"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="%s" w:pos="%d"/></w:tabs>' % (nsdecls("w"), leader, pos_twips)))


def outline(p, lvl=0):
    p._p.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), lvl)))


_bm = [100]


def bookmark(p, name):
    _bm[0] += 1
    i = _bm[0]
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml('<w:bookmarkStart %s w:id="%d" w:name="%s"/>' % (nsdecls("w"), i, name)))
    p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (nsdecls("w"), i)))


def add_page_field(p, size=14):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
    r("— ")
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            rr._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            rr._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            rr._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    r(" —")


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def base_setup(doc):
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(22)


def number_sections(sec, header_text=None, restart=True):
    """Body section: its own footer “— N —” (centred), page numbers restart at 1, optional running header."""
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    if restart:
        sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    if header_text:
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(header_text)
        set_font(r, ST, 10.5)
        border(hp, "bottom", 6, "000000", 1)


# ---------------------------------------------------------------- tables


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fixed_layout(table, widths_mm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))


class Numberer:
    """Word automatic numbering "1." restarting in every cell (one w:num per cell)."""

    def __init__(self, doc, fmt="%1.", east=FS):
        self.part = doc.part.numbering_part.element
        self.abs_id = 90
        lvl = (
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/></w:rPr></w:lvl>'
        ) % (fmt, east)
        absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>' % (nsdecls("w"), self.abs_id, lvl))
        first_num = self.part.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.part.append(absn)
        self.next_id = 90

    def new(self):
        self.next_id += 1
        num = parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), self.next_id, self.abs_id))
        self.part.append(num)
        return self.next_id


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0 if ppr.find(qn("w:pStyle")) is None else 1,
               parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def fill_cell(cell, paras, size, line, align=WD_ALIGN_PARAGRAPH.JUSTIFY, east=FS, numberer=None, bold=False, trailing_blank=False):
    """paras: list of strings; a leading '#' = automatic-numbered item."""
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    num_id = None
    for t in paras:
        p = cell.add_paragraph()
        pfmt(p, align, 0, size, line)
        if t.startswith("#"):
            if num_id is None:
                num_id = numberer.new()
            apply_num(p, num_id)
            t = t[1:]
        add_rich(p, t, east, size, bold=bold, bold_east=HT)
    if trailing_blank:
        p = cell.add_paragraph()
        pfmt(p, align, 0, size, line)


def clean(t):
    """What the expected clause holds for one cell paragraph."""
    return t.replace("**", "").replace("⏎", "")


def cell_expected(paras):
    out = []
    n = 0
    for t in paras:
        if t.startswith("#"):
            n += 1
            out.append("%d.%s" % (n, clean(t[1:])))
        else:
            out.append(clean(t))
    return "\n".join(out)


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values) if v.strip())


# =================================================================== file 1: 合肥
HF_TITLE_LINES = ["合肥市2024年", "稳外贸政策包"]
HF_TITLE = "合肥市2024年稳外贸政策包"
HF_ISSUER = "合肥市商务局"
HF_HEADER = ["序号", "政策名称", "支持内容", "申报条件", "兑现部门", "政策依据"]

HF_INTRO = [
    "为深入贯彻落实党中央、国务院和省委、省政府关于推动外贸稳规模优结构的决策部署，帮助企业及时了解、充分享受各级稳外贸政策，市商务局会同市财政局、合肥海关、中国人民银行安徽省分行、中国出口信用保险公司安徽分公司等单位，对现行有效的中央、省、市稳外贸政策进行了系统梳理，编制形成《合肥市2024年稳外贸政策包》。",
    "本政策包共收录外贸主体培育、外贸新业态、国际市场开拓、贸易便利化和金融保险四类政策共12项，收录范围为截至2024年3月31日仍在有效期内的政策。各项政策的具体支持标准、申报条件和兑现程序以政策原文及年度申报指南为准。",
    "中国（安徽）自由贸易试验区合肥片区内企业，除享受本政策包所列政策外，还可按规定享受片区专项支持政策；同一事项符合多项政策的，按照“从高、不重复”原则执行，不得重复申报。",
    "本政策包自印发之日起执行，有效期至2024年12月31日。执行期间如遇上级政策调整，按调整后的政策执行。",
    "政策咨询：合肥市商务局对外贸易处，联系电话：0551-63538612；也可拨打合肥市12345政务服务便民热线咨询。",
]
HF_SIGN_DATE = "2024年4月10日"

# each row: (name, 支持内容 paras, 申报条件 paras, 兑现部门 paras, 政策依据 paras)
HF_GROUPS = [
    ("一、外贸主体培育类", [
        ("外贸企业进出口规模增长奖励",
         ["1.**增量奖励。**对2024年度进出口额达到1000万美元及以上、且同比增长10%以上的企业，按进出口增量每美元0.01元给予奖励，单个企业最高不超过100万元。",
          "2.**突破奖励。**对年度进出口额首次突破1亿美元、5亿美元、10亿美元的企业，分别给予一次性奖励30万元、50万元、100万元。",
          "3.**综合服务奖励。**对进出口额同比增长超过30%的外贸综合服务企业，按其服务中小企业进出口增量每美元0.005元给予奖励，最高不超过50万元。"],
         ["（1）在合肥市（含四县一市）依法注册登记、具有独立法人资格，并在海关备案的对外贸易经营者；",
          "（2）申报年度进出口实绩在合肥海关统计口径内，以海关统计数据为准；",
          "（3）近三年内未被列入严重失信主体名单，无重大违法违规行为。",
          "**申报时间：**2025年3月，通过“合肥市惠企政策兑现平台”申报。"],
         ["市商务局\n各县（市）区商务主管部门"],
         ["《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第一条\n《安徽省商务厅关于做好2024年度外贸促进资金申报工作的通知》（皖商办贸函〔2024〕56号）"]),
        ("外贸新主体培育支持",
         ["1.**首次实绩奖励。**对2023年1月1日以后首次在合肥海关取得进出口实绩、且年度进出口额达到50万美元的企业，给予一次性奖励3万元。",
          "2.**外贸孵化支持。**对经市商务局认定的外贸孵化基地，每新孵化1家年进出口额超过100万美元的企业，给予基地运营机构2万元奖励，单个基地年度奖励最高不超过40万元。"],
         ["（1）在合肥市依法注册登记的企业或外贸孵化基地运营机构；",
          "（2）首次实绩以合肥海关出具的进出口数据为准，通过外贸综合服务企业实现出口的，以代理出口协议及结汇凭证认定；",
          "（3）外贸孵化基地须已列入市级外贸孵化基地名单（2024年认定第一批共8家）。"],
         ["市商务局\n各县（市）区商务主管部门"],
         ["《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第二条、第三条"]),
        ("加工贸易梯度转移⏎承接支持",
         ["1.对从东部沿海地区整体转移至我市、投产后首年加工贸易进出口额达到3000万美元的项目，给予一次性奖励100万元。",
          "2.对加工贸易企业新购置生产设备投资额在2000万元以上的，按设备投资额的5%给予补助，最高不超过300万元。",
          "3.对在合肥综合保税区内开展保税维修、保税研发业务的企业，按年度业务进出口额每美元0.02元给予奖励，最高不超过80万元。"],
         ["（1）加工贸易手（账）册设立在合肥海关；",
          "（2）设备购置发票日期在2023年7月1日至2024年6月30日之间，设备已安装投产；",
          "（3）保税维修业务须在商务部、海关总署等部门公布的保税维修产品目录范围内。"],
         ["市商务局\n市经济和信息化局\n合肥经济技术开发区管委会"],
         ["《安徽省承接产业转移加工贸易发展实施意见》（皖商办贸〔2023〕29号）\n《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第四条"]),
    ]),
    ("二、外贸新业态类", [
        ("跨境电商主体及平台支持",
         ["1.对年度跨境电商进出口额首次超过1000万美元、5000万美元的企业，分别给予一次性奖励20万元、50万元。",
          "2.对在中国（合肥）跨境电子商务综合试验区线上综合服务平台备案、年度服务跨境电商企业超过100家的第三方服务平台，给予最高50万元奖励。",
          "3.对企业入驻亚马逊、速卖通、TikTok Shop等第三方跨境电商平台发生的年费、推广费，按实际支出的50%给予补贴，单个企业最高不超过20万元。"],
         ["（1）跨境电商进出口额以“9610”“9710”“9810”“1210”等跨境电商监管方式统计数据为准；",
          "（2）平台入驻费用须提供合同、发票及境外付汇凭证；",
          "（3）**申报时间：**2024年7月1日至7月31日。"],
         ["市商务局（跨境电商综试区建设办公室）"],
         ["《中国（合肥）跨境电子商务综合试验区发展专项政策》（合商〔2023〕76号）第三条至第五条"]),
        ("海外仓建设支持",
         ["1.对企业在共建“一带一路”国家和地区新建或租赁、面积在5000平方米以上的海外仓，按实际投资额或年度租金的20%给予补助，单个海外仓最高不超过200万元。",
          "2.对认定为省级公共海外仓的，在省级支持基础上，市级再给予一次性奖励50万元。",
          "3.海外仓运营企业为我市企业提供“头程运输＋仓储＋尾程配送”一体化服务、年度服务合肥企业出口货值超过1亿元的，给予30万元奖励。"],
         ["（1）海外仓已正常运营满6个月，具备仓储管理信息系统（WMS）并与合肥跨境电商线上综合服务平台对接；",
          "（2）投资额以境外投资备案证书及境外审计报告为准；租赁的，以租赁合同及付款凭证为准。"],
         ["市商务局\n市财政局"],
         ["《安徽省公共海外仓认定管理办法》（皖商办贸函〔2022〕418号）\n《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第六条"]),
        ("新型离岸国际贸易发展支持",
         ["1.对在中国（安徽）自由贸易试验区合肥片区内注册、开展新型离岸国际贸易的企业，按年度离岸贸易结算额每美元0.005元给予奖励，单个企业最高不超过100万元。",
          "2.支持片区内银行为真实合规的离岸转手买卖业务提供便利化结算服务，对年度结算额超过5亿美元的银行网点，给予20万元工作经费支持。"],
         ["（1）企业注册地及税收户管地均在合肥片区范围内；",
          "（2）离岸贸易结算额以外汇管理部门认可的银行结算数据为准；",
          "（3）企业已列入片区新型离岸国际贸易企业白名单。"],
         ["合肥片区管理机构\n市商务局"],
         ["《中国（安徽）自由贸易试验区合肥片区促进新型离岸国际贸易发展若干措施》（合自贸办〔2023〕5号）"]),
    ]),
    ("三、国际市场开拓类", [
        ("境外展会参展支持",
         ["1.**展位费补贴。**对企业参加《2024年合肥市重点境外展会目录》所列展会的，按展位费的70%给予补贴，单个展位最高不超过5万元；参加共建“一带一路”国家展会的，补贴比例提高至80%。",
          "2.**人员机票补贴。**对企业参展人员的国际往返机票费用，按每个展位1人给予全额补贴（经济舱标准）。",
          "3.**组展补贴。**对组织10家以上企业集中参展的组展机构，按每家企业3000元给予组展补贴。"],
         ["（1）参展企业须为合肥市注册的外贸企业或生产型企业；\n（2）展会结束后3个月内提交参展总结、展位照片、发票及付款凭证；\n（3）同一展会同一企业补贴展位不超过2个。"],
         ["市商务局\n市贸促会"],
         ["《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第八条\n《关于发布2024年合肥市重点境外展会目录的通知》（合商贸函〔2024〕9号）"]),
        ("国际商标注册及产品认证支持",
         ["1.对企业通过马德里体系或单一国家注册取得境外商标注册证的，每件给予5000元补助，单个企业年度最高不超过10万元。",
          "2.对企业取得CE、UL、FDA、GCC、SASO等国际产品认证的，按认证费用的50%给予补助，单个企业年度最高不超过30万元。"],
         ["（1）商标注册证、认证证书取得时间在2023年10月1日至2024年9月30日之间；",
          "（2）认证费用须提供认证机构发票及付款凭证，不含咨询代理费用。"],
         ["市市场监督管理局（市知识产权局）\n市商务局"],
         ["《合肥市知识产权强市建设若干政策》（合政〔2023〕112号）第十一条"]),
    ]),
    ("四、贸易便利化和金融保险类", [
        ("中欧班列及国际物流通道支持",
         ["1.对通过中欧班列（合肥）运输本地货源的企业，按实际发运重箱数给予每标准箱（TEU）1000元运费补贴，单个企业年度补贴最高不超过150万元。",
          "2.对开通合肥至共建“一带一路”国家新线路、年度开行不少于12列的班列运营平台，给予一次性奖励200万元。",
          "3.对通过“合肥—宁波”“合肥—上海”铁海联运班列出口的重箱，按每标准箱300元给予补贴。"],
         ["（1）货物须在合肥北站物流基地或合肥国际陆港始发、终到；",
          "（2）以班列运营平台出具的发运清单、运单及海关报关单为准。"],
         ["市发展改革委（市口岸办）\n合肥国际陆港发展有限公司"],
         ["《合肥市推动中欧班列高质量发展若干措施》（合政办秘〔2023〕41号）"]),
        ("出口信用保险支持",
         ["1.对企业投保短期出口信用保险的，按实缴保费的50%给予补助，单个企业年度最高不超过80万元；对共建“一带一路”国家出口业务投保的，补助比例提高至60%。",
          "2.对年出口额在500万美元以下的小微外贸企业，由市财政出资统一投保“小微企业信保易”，企业免交保费。",
          "3.支持出口信用保险公司开展保单融资，对企业通过保单融资获得的贷款，按贷款市场报价利率（LPR）的50%给予贴息。"],
         ["（1）保单由中国出口信用保险公司安徽分公司或经国家金融监督管理总局批准经营出口信用保险业务的保险公司出具；",
          "（2）保费缴纳时间在2024年1月1日至12月31日之间；",
          "（3）统保平台企业名单由市商务局会同中国信保安徽分公司确定，无需企业申报（免申即享）。"],
         ["市商务局\n市财政局\n中国信保安徽分公司"],
         ["《安徽省外贸促进资金管理办法》（财企〔2022〕512号）第九条\n《合肥市进一步促进外贸稳规模优结构若干政策》（合政办〔2023〕18号）第十条"]),
        ("外贸企业汇率避险支持",
         ["1.对中小微外贸企业首次办理远期结售汇、外汇期权等汇率避险业务的，由政府性融资担保机构提供担保，担保费率不超过0.5%，市财政按担保费的100%给予补贴。",
          "2.对企业年度汇率避险业务签约额超过500万美元的，按签约额的0.1%给予补贴，单个企业最高不超过20万元。"],
         ["（1）年度进出口额在2亿美元以下的外贸企业；",
          "（2）汇率避险业务在合肥市辖内银行办理，以银行出具的交易确认书为准；",
          "（3）不得用于投机性交易。"],
         ["中国人民银行安徽省分行\n市委金融办\n市财政局"],
         ["《关于支持中小微外贸企业汇率避险的通知》（合金融〔2023〕33号）"]),
        ("通关便利化措施",
         ["1.推广“提前申报”“两步申报”“船边直提”“抵港直装”等通关模式，进口、出口整体通关时间分别压缩至30小时、1.2小时以内。",
          "2.对AEO高级认证企业，给予降低查验率、优先办理通关手续、海关协调员服务等便利措施。",
          "3.在合肥经开综合保税区推行“保税展示交易”“分送集报”模式，企业可先出区后报关。"],
         ["（1）第1项、第2项面向全市进出口企业，无需申报；",
          "（2）AEO认证企业以海关总署公布名单为准；",
          "（3）第3项仅限合肥经开综合保税区内企业，须向合肥海关驻经开区办事处备案。"],
         ["合肥海关\n市发展改革委（市口岸办）"],
         ["《合肥海关促进外贸稳规模优结构十条措施》（合关发〔2023〕27号）"]),
    ]),
]
HF_NOTES = [
    "注：1.表中“共建‘一带一路’国家”以中国一带一路网公布的已签署共建“一带一路”合作文件的国家名单为准。",
    "2.各项政策的年度申报指南将在合肥市商务局门户网站和“合肥市惠企政策兑现平台”另行发布，请企业及时关注。",
]
HF_TOC_ITEMS = ["编制说明"] + [g for g, _ in HF_GROUPS]


def build_hefei(path, pages):
    doc = Document()
    base_setup(doc)
    # --- cover (section 1, no page number)
    for _ in range(3):
        para(doc, "", indent=0)
    p = para(doc, "（企业服务版）", KT, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    for _ in range(2):
        para(doc, "", indent=0)
    for t in HF_TITLE_LINES:
        para(doc, t, XBZ, 36, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(54))
    for _ in range(9):
        para(doc, "", indent=0)
    para(doc, "合肥市商务局　编印", KT, 18, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "二〇二四年四月", KT, 18, WD_ALIGN_PARAGRAPH.CENTER, 0)
    page_break(doc)
    # --- 目录 typed by hand with a dot-leader tab
    para(doc, "目　　录", XBZ, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(40), after=12)
    for item in HF_TOC_ITEMS:
        p = para(doc, "", FS, 16, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(36))
        add_tabs(p, int(156 * 56.7) - 20)
        add_rich(p, item + "\t" + str(pages.get(item, 1)), HT if item != "编制说明" else HT, 16)
    # --- section 2: 编制说明 (portrait, pages restart at 1)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    number_sections(s2)
    para(doc, "编制说明", XBZ, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(40), after=12)
    for t in HF_INTRO:
        para(doc, t)
    p = para(doc, HF_ISSUER, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = para(doc, HF_SIGN_DATE, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(16 * 3)
    # --- section 3: landscape table, numbering continues
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    for el in s3._sectPr.findall(qn("w:pgNumType")):  # add_section copies it: numbering must CONTINUE here
        s3._sectPr.remove(el)
    s3.orientation = WD_ORIENT.LANDSCAPE
    s3.page_width, s3.page_height = Mm(297), Mm(210)
    s3.top_margin, s3.bottom_margin = Mm(25), Mm(22)
    s3.left_margin, s3.right_margin = Mm(25), Mm(25)
    s3.header_distance, s3.footer_distance = Mm(12), Mm(12)
    s3.header.is_linked_to_previous = False
    hp = s3.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(HF_TITLE)
    set_font(r, ST, 10.5)
    border(hp, "bottom", 6, "000000", 1)
    para(doc, "合肥市2024年稳外贸政策一览表", XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30), after=6)
    widths = [12, 34, 84, 56, 27, 34]  # 247 mm
    tbl = doc.add_table(rows=0, cols=6)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(tbl, widths)
    SZ, LN = 12, Pt(17)
    row = tbl.add_row()
    header_repeat(row)
    for c, h, w in zip(row.cells, HF_HEADER, widths):
        set_cell_width(c, w)
        fill_cell(c, [h], 12, LN, WD_ALIGN_PARAGRAPH.CENTER, HT, bold=True)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(c, "D9D9D9")
    n = 0
    for gi, (gname, rows) in enumerate(HF_GROUPS):
        row = tbl.add_row()
        for c, w in zip(row.cells, widths):
            set_cell_width(c, w)
        m = row.cells[0].merge(row.cells[5])
        fill_cell(m, [gname], 14, Pt(22), WD_ALIGN_PARAGRAPH.LEFT, HT, bold=True)
        shade(m, "F2F2F2")
        for name, sup, cond, dept, basis in rows:
            n += 1
            row = tbl.add_row()
            cells = row.cells
            for c, w in zip(cells, widths):
                set_cell_width(c, w)
            fill_cell(cells[0], [str(n)], SZ, LN, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[1], [name], SZ, LN, WD_ALIGN_PARAGRAPH.CENTER, HT)
            fill_cell(cells[2], sup, SZ, LN, trailing_blank=(n % 4 == 2))
            fill_cell(cells[3], cond, SZ, LN)
            fill_cell(cells[4], dept, SZ, LN, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[5], basis, SZ, LN, WD_ALIGN_PARAGRAPH.LEFT)
            for k in (0, 1, 4):
                cells[k].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "", indent=0, line=Pt(12))
    for t in HF_NOTES:
        p = para(doc, t, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, line=Pt(20))
        if not t.startswith("注"):
            p.paragraph_format.left_indent = Pt(36)
    save(doc, path)


# =================================================================== file 2: 青岛片区
QD_TITLE_LINES = ["中国（山东）自由贸易试验区青岛片区", "“一带一路”企业出海服务包", "（2024版）"]
QD_TITLE = "中国（山东）自由贸易试验区青岛片区“一带一路”企业出海服务包（2024版）"
QD_ISSUER = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_HEADER = ["序号", "政策名称", "支持内容", "申报条件", "兑现部门", "政策依据"]
QD_INTRO = [
    "为深入贯彻落实共建“一带一路”倡议，服务企业高水平“走出去”，中国（山东）自由贸易试验区青岛片区管理委员会会同青岛西海岸新区商务局、黄岛海关、中国出口信用保险公司青岛分公司等单位，梳理形成本服务包，集中提供境外投资、出海金融、国际物流、合规风控、人才出入境等5类10项服务。",
    "本服务包面向在青岛片区（含青岛前湾综合保税区）注册登记、开展或拟开展境外投资、对外承包工程和国际贸易业务的企业。注册在青岛西海岸新区其他区域的企业，可参照享受第9、10项服务。",
    "各项服务的支持标准以政策依据所列文件为准；涉及资金支持的，每年集中受理一次，受理时间另行通知。同一项目已获得省级及以上同类资金支持的，片区不再重复支持。",
    "本服务包自2024年8月1日起实施，有效期至2026年7月31日。",
]
QD_SIGN_DATE = "2024年7月18日"
QD_GROUPS = [
    ("一、境外投资服务类", [
        ("境外投资备案⏎“一站式”服务",
         ["#**帮办代办。**片区政务服务中心设立“企业出海服务专窗”，对境外投资项目的发展改革部门备案、商务部门备案（核准）和外汇登记提供全程帮办代办，材料齐全的，商务备案3个工作日内办结。",
          "#**联审联办。**对中方投资额1亿美元以上的项目，由片区组织发展改革、商务、外汇等部门召开联审会，一次性告知办理要求。",
          "#**信息服务。**每季度发布《共建“一带一路”国家投资环境简报》，免费向企业提供目标国政策法规、税收、劳工等信息。"],
         ["（1）在青岛片区注册登记的企业；",
          "（2）拟开展境外新设、并购、增资等投资活动，且不涉及敏感国家和地区、敏感行业；",
          "（3）通过“青岛片区企业服务平台”或现场专窗提出申请。"],
         ["片区管委会投资促进部\n片区政务服务中心"],
         ["《企业境外投资管理办法》（国家发展改革委令第11号）\n《境外投资管理办法》（商务部令2014年第3号）"]),
        ("境外投资项目⏎前期费用补助",
         ["#对企业赴共建“一带一路”国家开展境外投资项目发生的可行性研究、资产评估、法律咨询、尽职调查等前期费用，按实际支出的50%给予补助，单个项目最高不超过100万元。",
          "#对中方实际投资额达到1000万美元以上的境外投资项目，按中方实际投资额的1%给予一次性奖励，单个企业年度最高不超过300万元。"],
         ["（1）项目已取得境外投资备案（核准）文件，且中方投资已实际汇出；",
          "（2）前期费用发生时间在备案前12个月至备案后6个月之间；",
          "（3）**申报材料：**申请表、备案证书、外汇业务登记凭证、费用合同及发票。"],
         ["片区管委会投资促进部\n片区管委会财政金融局"],
         ["《中国（山东）自由贸易试验区青岛片区支持企业“走出去”若干措施》（青自贸管发〔2024〕9号）第二条、第三条"]),
        ("境外经贸合作区⏎建设支持",
         ["#对片区企业在共建“一带一路”国家投资建设、通过商务部确认考核的境外经贸合作区，给予一次性奖励500万元；经省商务厅认定的省级境外经贸合作区，给予一次性奖励200万元。",
          "#对带动片区企业入驻境外经贸合作区的园区运营企业，每带动1家入驻且实际投资额超过200万美元的，给予20万元奖励。",
          "#支持合作区在片区设立“海外园区青岛服务中心”，按实际租金给予最长3年的全额补贴。"],
         ["（1）合作区建设运营主体为片区注册企业或其控股的境外企业；",
          "（2）入驻企业须提供境外投资备案证书及合作区出具的入驻证明。"],
         ["片区管委会投资促进部"],
         ["《中国（山东）自由贸易试验区青岛片区支持企业“走出去”若干措施》（青自贸管发〔2024〕9号）第四条"]),
    ]),
    ("二、出海金融服务类", [
        ("“出海贷”专项⏎金融产品",
         ["#片区联合青岛银行、中国银行青岛市分行等6家银行推出“出海贷”，为企业境外投资、对外承包工程提供单户最高5000万元、期限最长5年的中长期贷款。",
          "#对企业获得的“出海贷”，按实际支付利息的30%给予贴息，贴息期限最长2年，单个企业年度贴息最高不超过100万元。",
          "#政府性融资担保机构为“出海贷”提供担保的，担保费率降至0.8%以下，片区按担保费的50%给予补贴。"],
         ["（1）企业在片区注册且纳税满1年，信用状况良好；",
          "（2）贷款资金用于境外投资、对外承包工程或海外仓建设，不得挪作他用；",
          "（3）贴息于每年3月集中申报上一年度利息。"],
         ["片区管委会财政金融局\n各合作银行"],
         ["《青岛片区“出海贷”业务实施方案》（青自贸管办〔2024〕14号）"]),
        ("海外投资保险及⏎跨境人民币结算支持",
         ["#**海外投资保险。**对企业投保海外投资保险的，按实缴保费的40%给予补贴，单个企业年度最高不超过60万元。",
          "#**跨境人民币结算。**支持企业在对外投资、对外承包工程中使用人民币计价结算，对年度跨境人民币结算量首次超过1亿元的企业，给予一次性奖励10万元。",
          "#**本外币一体化资金池。**符合条件的跨国公司可在片区开展本外币一体化资金池试点，集中运营管理境内外成员企业资金。"],
         ["（1）保单由中国出口信用保险公司青岛分公司出具；",
          "（2）跨境人民币结算量以人民币跨境收付信息管理系统（RCPMIS）数据为准；",
          "（3）资金池试点须经国家外汇管理局青岛市分局备案。"],
         ["片区管委会财政金融局\n中国信保青岛分公司\n国家外汇管理局青岛市分局"],
         ["《关于在青岛片区开展本外币一体化资金池试点的通知》（青汇发〔2023〕21号）\n《中国（山东）自由贸易试验区青岛片区支持企业“走出去”若干措施》（青自贸管发〔2024〕9号）第六条"]),
    ]),
    ("三、国际物流通道类", [
        ("中欧班列（齐鲁号）⏎集货支持",
         ["#对通过上合示范区多式联运中心发运的中欧班列（齐鲁号），按本地货源重箱给予每标准箱（TEU）1500元集货补贴。",
          "#对“日韩—青岛—中亚”海铁联运过境班列，按每标准箱800元给予补贴。"],
         ["（1）发货企业或货代企业在青岛片区或上合示范区注册；",
          "（2）以班列平台公司出具的运单、舱单及结算凭证为准；",
          "（3）补贴按季度申报，每季度结束后15日内提交。"],
         ["片区管委会口岸物流部\n中国—上海合作组织地方经贸合作示范区管委会"],
         ["《山东省推动中欧班列高质量发展实施方案》（鲁政办字〔2023〕88号）\n《青岛片区国际物流通道建设专项资金管理办法》（青自贸管发〔2023〕31号）"]),
        ("“一带一路”集装箱⏎航线拓展支持",
         ["#对在前湾港区新开辟至共建“一带一路”国家港口的外贸集装箱干线航线，运营满1年且年航次不少于40个的，给予航线运营企业一次性奖励150万元。",
          "#对在董家口港区开展大宗散货“散改集”业务的，按每标准箱100元给予补贴，单个企业年度最高不超过200万元。"],
         ["（1）航线运营企业或其代理企业在青岛片区注册；",
          "（2）航线开通时间在2024年1月1日以后，以港口集团出具的靠泊记录为准。"],
         ["片区管委会口岸物流部\n山东港口青岛港集团"],
         ["《青岛片区国际物流通道建设专项资金管理办法》（青自贸管发〔2023〕31号）第七条"]),
    ]),
    ("四、合规与风险防控类", [
        ("境外合规体系⏎建设补助",
         ["#对企业建立境外合规管理体系并通过ISO 37301合规管理体系认证的，给予一次性补助20万元。",
          "#对企业聘请律师事务所、会计师事务所开展境外项目合规审查、出口管制和反制裁风险评估的，按服务费用的50%给予补助，单个企业年度最高不超过30万元。",
          "#片区每年组织不少于6场“出海合规大讲堂”，企业免费参加。"],
         ["（1）在青岛片区注册、已开展境外投资或对外承包工程业务的企业；",
          "（2）服务合同签订时间在2024年1月1日以后，服务机构须在中国境内依法设立；",
          "（3）同一企业同一事项只能享受一次补助。"],
         ["片区管委会法治服务部"],
         ["《企业境外经营合规管理指引》（发改外资〔2018〕1916号）\n《中国（山东）自由贸易试验区青岛片区支持企业“走出去”若干措施》（青自贸管发〔2024〕9号）第八条"]),
        ("涉外法律服务与⏎国际商事调解",
         ["#依托青岛片区国际商事调解中心，为企业提供涉外商事纠纷调解服务，调解成功的，首次调解费用由片区全额承担。",
          "#组建由60名涉外律师、仲裁员组成的“出海法律服务团”，为企业提供免费法律咨询，每家企业每年不超过10次。"],
         ["（1）争议一方为青岛西海岸新区注册企业；",
          "（2）通过“青岛片区企业服务平台”预约，或拨打服务热线0532-86890633。"],
         ["片区管委会法治服务部\n青岛片区国际商事调解中心"],
         ["《青岛片区涉外法律服务体系建设工作方案》（青自贸管办〔2023〕40号）"]),
    ]),
    ("五、人才与出入境服务类", [
        ("外派人员出入境⏎便利服务",
         ["#对因公赴共建“一带一路”国家开展商务活动的企业人员，优先推荐申办APEC商务旅行卡，审核时限压缩至10个工作日。",
          "#对外派劳务和对外承包工程人员，开通护照、签证“绿色通道”，急需出境的当日受理、加急办理。",
          "#对企业聘用的外籍技术人员来青，提供口岸签证、工作许可“一窗受理、并联审批”服务，工作许可审批时限压缩至5个工作日。"],
         ["（1）企业须在青岛西海岸新区注册，并已在商务部门备案对外承包工程或对外劳务合作业务；",
          "（2）申请人须为企业正式员工，并提供企业出具的出访任务说明。"],
         ["青岛市公安局西海岸分局出入境管理大队\n片区管委会人才服务部"],
         ["《关于为外派人员提供出入境便利的若干措施》（青公出入〔2024〕3号）"]),
    ]),
]
QD_CONTACT_HEADER = ["序号", "服务事项", "责任单位", "联系人", "联系电话", "办公地址"]
QD_ADDR_A = "青岛西海岸新区长江中路216号片区服务中心A座507室"
QD_ADDR_B = "青岛西海岸新区长江中路216号片区服务中心B座3楼"
QD_CONTACTS = [
    ["1", "境外投资备案“一站式”服务（第1项）", "片区管委会投资促进部", "孙晓", "0532-86890217", QD_ADDR_A],
    ["2", "境外投资项目前期费用补助、境外经贸合作区建设支持（第2、3项）", "片区管委会投资促进部", "刘畅", "0532-86890226", QD_ADDR_A],
    ["3", "“出海贷”、跨境人民币结算（第4、5项）", "片区管委会财政金融局", "高原", "0532-86890331", "青岛西海岸新区长江中路216号片区服务中心A座612室"],
    ["4", "海外投资保险（第5项）", "中国出口信用保险公司青岛分公司", "陈静", "0532-85729108", "青岛市市南区香港中路59号"],
    ["5", "中欧班列集货、集装箱航线拓展（第6、7项）", "片区管委会口岸物流部", "赵海", "0532-86890415", "青岛西海岸新区前湾港路77号口岸服务大厅3楼"],
    ["6", "境外合规体系建设补助（第8项）", "片区管委会法治服务部", "周宁", "0532-86890520", QD_ADDR_B],
    ["7", "涉外法律服务与国际商事调解（第9项）", "青岛片区国际商事调解中心", "吴娟", "0532-86890633", QD_ADDR_B],
    ["8", "外派人员出入境便利服务（第10项）", "青岛市公安局西海岸分局出入境管理大队", "郑伟", "0532-86990110", "青岛西海岸新区峨眉山路396号"],
]
QD_CONTACT_NOTE = "注：受理时间为工作日上午9:00—12:00、下午13:30—17:30（法定节假日除外）；企业也可通过“青岛片区企业服务平台”在线提交服务诉求。"
QD_TOC_ITEMS = ["服务包说明"] + [g for g, _ in QD_GROUPS] + ["附：服务联系方式"]


def toc_field(doc, items, pages, tab_pos):
    """A Word TOC field whose cached result lists items with PAGEREF to bookmarks _Toc1391xx."""
    W = nsdecls("w")
    for i, item in enumerate(items):
        p = para(doc, "", FS, 16, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(36))
        add_tabs(p, tab_pos)
        if i == 0:
            for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                        '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>',
                        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>'):
                p._p.append(parse_xml(xml % W))
        bm = "_Toc1391%02d" % (i + 1)
        rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>' % FS
        hl = (
            '<w:hyperlink %s w:anchor="%s" w:history="1">'
            '<w:r>%s<w:t>%s</w:t></w:r>'
            '<w:r>%s<w:tab/></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>%d</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            '</w:hyperlink>'
        ) % (W, bm, rpr, item, rpr, rpr, rpr, bm, rpr, rpr, pages.get(item, 1), rpr)
        p._p.append(parse_xml(hl))
        if i == len(items) - 1:
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W))


def build_qingdao(path, pages):
    doc = Document()
    base_setup(doc)
    numberer = Numberer(doc)
    # --- cover
    for _ in range(4):
        para(doc, "", indent=0)
    for i, t in enumerate(QD_TITLE_LINES):
        para(doc, t, XBZ, 26 if i < 2 else 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(44))
    for _ in range(10):
        para(doc, "", indent=0)
    para(doc, QD_ISSUER, KT, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "2024年7月", KT, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    page_break(doc)
    # --- 目录 as a TOC field
    para(doc, "目　录", XBZ, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(40), after=12)
    toc_field(doc, QD_TOC_ITEMS, pages, int(156 * 56.7) - 20)
    # --- section 2
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    number_sections(s2, header_text="青岛片区“一带一路”企业出海服务包（2024版）")
    bms = {it: "_Toc1391%02d" % (i + 1) for i, it in enumerate(QD_TOC_ITEMS)}
    p = para(doc, "服务包说明", XBZ, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(40), after=12)
    outline(p)
    bookmark(p, bms["服务包说明"])
    for t in QD_INTRO:
        para(doc, t)
    para(doc, "", indent=0)
    p = para(doc, QD_ISSUER, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p = para(doc, QD_SIGN_DATE, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(16 * 6)
    page_break(doc)
    para(doc, "“一带一路”企业出海服务事项清单", XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30), after=6)
    widths = [10, 24, 50, 34, 19, 19]  # 156 mm
    tbl = doc.add_table(rows=0, cols=6)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(tbl, widths)
    SZ, LN = 10.5, Pt(16)
    row = tbl.add_row()
    header_repeat(row)
    for c, h, w in zip(row.cells, QD_HEADER, widths):
        set_cell_width(c, w)
        fill_cell(c, [h], 10.5, LN, WD_ALIGN_PARAGRAPH.CENTER, HT, bold=True)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(c, "DEEAF6")
    n = 0
    for gname, rows in QD_GROUPS:
        row = tbl.add_row()
        for c, w in zip(row.cells, widths):
            set_cell_width(c, w)
        m = row.cells[0].merge(row.cells[5])
        fill_cell(m, [gname], 12, Pt(20), WD_ALIGN_PARAGRAPH.LEFT, HT, bold=True)
        outline(m.paragraphs[0])
        bookmark(m.paragraphs[0], bms[gname])
        shade(m, "F2F2F2")
        for name, sup, cond, dept, basis in rows:
            n += 1
            row = tbl.add_row()
            cells = row.cells
            for c, w in zip(cells, widths):
                set_cell_width(c, w)
            fill_cell(cells[0], [str(n)], SZ, LN, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[1], [name], SZ, LN, WD_ALIGN_PARAGRAPH.CENTER, HT)
            fill_cell(cells[2], sup, SZ, LN, numberer=numberer)
            fill_cell(cells[3], cond, SZ, LN)
            fill_cell(cells[4], dept, SZ, LN, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[5], basis, SZ, LN, WD_ALIGN_PARAGRAPH.LEFT)
            for k in (0, 1, 4):
                cells[k].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # --- 附：服务联系方式
    para(doc, "", indent=0, line=Pt(16))
    p = para(doc, "附：服务联系方式", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(30), after=6)
    outline(p)
    bookmark(p, bms["附：服务联系方式"])
    cw = [10, 44, 30, 14, 24, 34]  # 156 mm
    ct = doc.add_table(rows=0, cols=6)
    ct.style = doc.styles["Table Grid"]
    ct.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(ct, cw)
    row = ct.add_row()
    header_repeat(row)
    for c, h, w in zip(row.cells, QD_CONTACT_HEADER, cw):
        set_cell_width(c, w)
        fill_cell(c, [h], 10.5, LN, WD_ALIGN_PARAGRAPH.CENTER, HT, bold=True)
        shade(c, "DEEAF6")
    rows = []
    for vals in QD_CONTACTS:
        row = ct.add_row()
        rows.append(row)
        for k, (c, v, w) in enumerate(zip(row.cells, vals, cw)):
            set_cell_width(c, w)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # vertically merged cells: 责任单位 rows 1-2, 办公地址 rows 1-2 and 6-7 (text only in the top cell)
    merges = {(0, 2): 1, (0, 5): 1, (5, 5): 1}
    skip = set()
    for (r0, col), extra in merges.items():
        for k in range(1, extra + 1):
            skip.add((r0 + k, col))
    for ri, (row, vals) in enumerate(zip(rows, QD_CONTACTS)):
        for col, v in enumerate(vals):
            c = row.cells[col]
            if (ri, col) in skip:
                fill_cell(c, [""], 10.5, LN)
            else:
                fill_cell(c, [v], 10.5, LN, WD_ALIGN_PARAGRAPH.CENTER if col in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT)
    for (r0, col), extra in merges.items():
        top = rows[r0].cells[col]
        top.merge(rows[r0 + extra].cells[col])
    # python-docx merge appends the (empty) lower cell's paragraph to the top cell: drop trailing empties
    for (r0, col), extra in merges.items():
        top = rows[r0].cells[col]
        ps = top.paragraphs
        for p in ps[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
    p = para(doc, QD_CONTACT_NOTE, FS, 10.5, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, line=Pt(18), before=6)
    save(doc, path)


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
             "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing",
               "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]
TRPR_ORDER = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"]


def fix_order(root):
    """Put property children in schema order (Word refuses some out-of-order files)."""
    for tag, order in (("pPr", PPR_ORDER), ("tcPr", TCPR_ORDER), ("tblPr", TBLPR_ORDER), ("trPr", TRPR_ORDER)):
        for el in root.iter(qn("w:" + tag)):
            kids = list(el)
            kids.sort(key=lambda k: order.index(k.tag.split("}")[1]) if k.tag.split("}")[1] in order else len(order))
            for k in kids:
                el.remove(k)
            for k in kids:
                el.append(k)


def save(doc, path):
    fix_order(doc.element)
    for s in doc.sections:
        for hf in (s.header, s.footer):
            if not hf.is_linked_to_previous:
                fix_order(hf._element)
    doc.save(path)


# =================================================================== PDF + pages


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_139", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def find_pages(pdf_path, items, front_pages=2):
    """Printed page number (— N —) of the page where each item first appears after the front matter."""
    out = {}
    with pdfplumber.open(pdf_path) as pdf:
        texts = [(pg.extract_text() or "").replace(" ", "") for pg in pdf.pages]
    for item in items:
        key = item.replace(" ", "")
        for i, t in enumerate(texts):
            if i < front_pages:
                continue
            if key in t:
                out[item] = i - front_pages + 1
                break
    return out, len(texts)


# =================================================================== expected.json


def policy_clauses(groups, header):
    out = []
    n = 0
    for _, rows in groups:
        for name, sup, cond, dept, basis in rows:
            n += 1
            vals = [str(n), clean(name), cell_expected(sup), cell_expected(cond), cell_expected(dept), cell_expected(basis)]
            out.append(row_clause(header, vals))
    return out


def expected(hf_pages, qd_pages, hf_info, qd_info):
    hf_rows = policy_clauses(HF_GROUPS, HF_HEADER)
    hf = {
        "meta": {
            "title": HF_TITLE,
            "doc_number": None,
            "issuer": [HF_ISSUER],
            "date": "2024-04-10",
            "published": "2024-04",
            "level": "municipal",
            "region": "安徽省合肥市",
            "effective": "2024-04-10",
            "expires": "2024-12-31",
            "attachments": [],
            "doc_type": "政策包（政策汇编）",
            "recipients": [],
            "publicity": None,
            "groups": [g for g, _ in HF_GROUPS],
            "toc_pages": hf_pages,
            "policy_rows": 12,
        },
        "clauses": HF_INTRO + hf_rows + HF_NOTES,
        "applies_to": {
            "default": "安徽省合肥市",
            "specific": {
                "编制说明 3rd paragraph": "中国（安徽）自由贸易试验区合肥片区",
                "序号3 (point 3 only)": "合肥综合保税区",
                "序号6": "中国（安徽）自由贸易试验区合肥片区",
                "序号9": "合肥北站物流基地 / 合肥国际陆港 (within 合肥市; 合肥市 is fine)",
                "序号12 (point 3 only)": "合肥经开综合保税区",
            },
            "note": "共建“一带一路”国家 (rows 5, 7, 9, 10) do not place a row abroad; 东部沿海地区 (row 3) is where projects come FROM; “合肥—宁波”“合肥—上海” (row 9) are train routes — tagging 宁波/上海 is wrong (medium); 合肥海关 / 中国人民银行安徽省分行 / 中国信保安徽分公司 are organs, not places; 四县一市 (row 1) = all of 合肥市.",
        },
        "_note": (
            "A 政策包 booklet, not a 公文: no 版头, no 发文字号 (doc_number null — the many 文号 in the 政策依据 column, e.g. 合政办〔2023〕18号, are CITATIONS and must not become this document's doc_number: high if one does), no 主送, no 版记. "
            "Title: the cover types it as TWO paragraphs (合肥市2024年 / 稳外贸政策包) in 36-pt 小标宋 — must be joined to 合肥市2024年稳外贸政策包; （企业服务版） above it is an edition label (tolerable in the title, low); "
            "the cover's 合肥市商务局　编印 → issuer 合肥市商务局 (not “合肥市商务局编印”); 二〇二四年四月 is the cover month (published 2024-04); the 成文日期 is the 编制说明 落款 2024年4月10日 → date 2024-04-10. "
            "effective 2024-04-10 (自印发之日起执行), expires 2024-12-31 (有效期至2024年12月31日). 2024年3月31日 is the 收录截止 date, not a date of the document; 2025年3月 / 2024年7月1日 etc. are 申报时间 inside rows. "
            "Furniture (not clauses): cover (（企业服务版）, title lines, 编印 line, 二〇二四年四月); the page 目录 with its 5 typed lines (“编制说明<tab>1”, “一、外贸主体培育类<tab>N” … with a dot-leader tab; a TOC line read as a clause is medium — five junk clauses with page numbers); the heading 编制说明; the 落款 合肥市商务局 / 2024年4月10日; "
            "the table caption 合肥市2024年稳外贸政策一览表 (heading, tolerable as heading); the table header row 序号|政策名称|支持内容|申报条件|兑现部门|政策依据 (marked repeat-as-header-row); the running header 合肥市2024年稳外贸政策包 (sections 3) and the footer “— N —” (sections 2–3; pages restart at 1 in section 2, the cover and 目录 carry no number). "
            "The 4 group rows (一、外贸主体培育类 … 四、贸易便利化和金融保险类) are single cells merged across all 6 columns (gridSpan=6): they are group HEADINGS — each following policy row should carry its group in its path/heading; a group row read as a policy clause or glued to the next row is medium. "
            "Each of the 12 policy rows is ONE clause written 列名：值；… with every cell's points kept in order; inside a cell, the points are separate paragraphs (1./2./3. in 支持内容, （1）（2）（3） in 申报条件) — the expected text joins them with \\n; any whitespace separator is taste, but losing a point, reordering points, moving a point to another column or merging two rows is HIGH; the 支持内容 of rows 1, 2 and 7 carries bold lead-ins (增量奖励。/首次实绩奖励。/展位费补贴。…) — they are part of the text, not headings; row 1 申报条件 ends with a bold “申报时间：” paragraph and row 4 申报条件 （3） starts with a bold 申报时间：, still part of the cell. "
            "Row 7's 申报条件 is ONE paragraph with soft line breaks (w:br) between （1）（2）（3）; 兑现部门 cells separate departments with soft line breaks (市商务局↵各县（市）区商务主管部门) — glued without a separator (市商务局各县（市）区商务主管部门) is low; 政策依据 cells separate two cited documents with a soft line break. "
            "Row 3's 政策名称 has a soft line break INSIDE the name (加工贸易梯度转移↵承接支持): the name is 加工贸易梯度转移承接支持 (a space or newline there is low). Rows 2, 6, 10 have a trailing empty paragraph in 支持内容 (no effect). "
            "The two 注 paragraphs after the table (注：1.… / 2.…) are clauses (or one clause; both fine). "
            "What the analyst must get right: which 兑现部门 pays which row, the amounts/caps (e.g. row 1 最高不超过100万元; row 9 每标准箱1000元), and the cited 文号 per row."
        ),
        "_pdf": {
            "pages": hf_info,
            "note": (
                "Same expected metadata and clauses. PDF furniture: cover page, 目录 page (dot leaders), running header 合肥市2024年稳外贸政策包 on the landscape pages, footer “— N —” (N restarts at 1 on the 编制说明 page; the cover and 目录 carry none), "
                "and the table header row REPEATED at the top of every landscape page — a repeated header read as a row or glued into a policy clause is medium. "
                "Policy rows run over page breaks: a row whose cells continue on the next page must be re-joined into one clause (a row split into two clauses, or its second half glued to the next row, is high). "
                "PDF pages 1–3 (cover, 目录, 编制说明 = — 1 —) are portrait, pages 4–9 (— 2 — … — 7 —, the table and the 注) landscape. The 目录's page numbers (1, 2, 3, 5, 5) are the printed numbers, not PDF page indexes."
            ),
        },
    }
    qd_rows = policy_clauses(QD_GROUPS, QD_HEADER)
    qd_contacts = [row_clause(QD_CONTACT_HEADER, v) for v in QD_CONTACTS]
    qd = {
        "meta": {
            "title": QD_TITLE,
            "doc_number": None,
            "issuer": [QD_ISSUER],
            "date": "2024-07-18",
            "published": "2024-07",
            "level": "municipal",
            "region": "山东省青岛市（中国（山东）自由贸易试验区青岛片区）",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "attachments": [],
            "doc_type": "服务包（政策汇编）",
            "recipients": [],
            "publicity": None,
            "groups": [g for g, _ in QD_GROUPS],
            "toc_pages": qd_pages,
            "policy_rows": 10,
            "contact_rows": 8,
        },
        "clauses": QD_INTRO + qd_rows + qd_contacts + [QD_CONTACT_NOTE],
        "applies_to": {
            "default": "中国（山东）自由贸易试验区青岛片区（山东省青岛市）",
            "specific": {
                "服务包说明 2nd paragraph": "青岛片区（含青岛前湾综合保税区）; 青岛西海岸新区 for 第9、10项",
                "序号6": "上合示范区（胶州市）多式联运中心 — outside the 片区 (the row names it as the place of departure); 青岛片区 too",
                "序号7": "前湾港区 (point 1); 董家口港区 (point 2)",
                "序号9": "青岛西海岸新区 (争议一方为青岛西海岸新区注册企业 — wider than the 片区)",
                "序号10": "青岛西海岸新区",
            },
            "note": "共建“一带一路”国家 (rows 1–3, 7, 10) and “日韩—青岛—中亚” (row 6) do not place a row abroad (tagging 日本/韩国/中亚 is medium). The 联系方式 rows' 办公地址 (青岛市市南区香港中路59号 in contact row 4, 峨眉山路396号 …) are office addresses, not where a service applies — tagging contact row 4 with 市南区 is low. 黄岛海关, 国家外汇管理局青岛市分局 are organs.",
        },
        "_note": (
            "A 服务包 booklet: no 版头, no 发文字号 (doc_number null; 青自贸管发〔2024〕9号 etc. in the 政策依据 column are citations — high if one becomes the doc_number), no 主送, no 版记. "
            "Title: the cover types it as THREE paragraphs (中国（山东）自由贸易试验区青岛片区 / “一带一路”企业出海服务包 / （2024版）) → 中国（山东）自由贸易试验区青岛片区“一带一路”企业出海服务包（2024版） (without （2024版） is low; only the first line is high). "
            "issuer = the 片区管理委员会 (cover line and 落款); date = 落款 2024年7月18日; cover month 2024年7月; effective 2024-08-01, expires 2026-07-31 (服务包说明, 4th paragraph). "
            "Furniture: cover; 目录 page — a real Word TOC field (fldChar begin … TOC \\o \"1-1\" \\h \\z \\u … separate) whose cached result is 7 hyperlinked lines each ending in a PAGEREF field to a bookmark (_Toc139101…_Toc139107) placed in the heading 服务包说明, in each group row and in 附：服务联系方式; TOC lines read as clauses are medium; "
            "the heading 服务包说明; the 落款 (片区管委会 / 2024年7月18日); the table caption “一带一路”企业出海服务事项清单; both tables' header rows (repeat-as-header); the 附：服务联系方式 heading (a heading, tolerable as heading); running header 青岛片区“一带一路”企业出海服务包（2024版） and footer “— N —” (restart at 1 in section 2). "
            "The 5 group rows (一、境外投资服务类 … 五、人才与出入境服务类) are cells merged across 6 columns and carry outline level 1 (they are what the TOC lists): headings, not clauses. "
            "TRAP: the 支持内容 points are Word AUTOMATIC numbering (w:numPr → a decimal “%1.” list, restarted in every cell by its own w:num with startOverride): document.xml holds no “1.”/“2.”/“3.” — the expected text carries them (1.帮办代办。…) as Word and the PDF show them; "
            "losing the numbers while keeping the points as separate lines is low; gluing the points into one run-on string without any separator is medium (the analyst can no longer cite “第2点”). Bold lead-ins (帮办代办。/海外投资保险。…) are part of the point. "
            "Every 政策名称 cell has a soft line break INSIDE the name (境外投资备案↵“一站式”服务): the name is one string (space/newline there is low). 兑现部门 and 政策依据 separate items with soft line breaks. "
            "Each of the 10 policy rows is ONE clause 列名：值；…. The 联系方式 table: 8 rows, each a clause 序号：…；服务事项：…；责任单位：…；联系人：…；联系电话：…；办公地址：…. 责任单位 is vertically merged over rows 1–2 (片区管委会投资促进部) and 办公地址 over rows 1–2 (A座507室) and 6–7 (B座3楼): each row must still carry the merged value (blank on row 2/7 is medium: the analyst asks ‘where do I go for 第3项’). "
            "The 注 line after the contact table is a clause (or table note). The contact phone numbers must stay with their rows (a phone number attached to the wrong 服务事项 is high)."
        ),
        "_pdf": {
            "pages": qd_info,
            "note": (
                "Same expected metadata and clauses. In the PDF the automatic numbers 1./2./3. ARE in the text layer (LibreOffice prints the list labels). "
                "Furniture: cover, 目录 page (the TOC lines with dot leaders and page numbers), running header and “— N —” footer; the table header row repeated at the top of every page the table runs over (not a row); "
                "policy rows that run over a page break must be re-joined (split = high); the 联系方式 table's merged 责任单位/办公地址 print once, vertically centred across the merged rows — each row must still carry them. "
                "Worst case: 联系方式 row 2 starts on — 6 — and its 服务事项 ends on — 7 — (建设支持（第2、3项）), while its merged 责任单位 (片区管委会投资促进部) and 办公地址 (…A座507室) are printed only on — 6 —, in the cell shared with row 1: the page-7 fragment has an empty 序号, 责任单位, 联系人, 联系电话 and 办公地址. "
                "Row 2 must come out whole (序号 2, 刘畅, 0532-86890226, with 投资促进部 and A座507室); the fragment read as its own row, or glued to row 3 (出海贷), is high."
            ),
        },
    }
    return {"blind139_hefei_waimao": [hf], "blind139_qingdao_chuhai": [qd]}


def page_report(pdf_path, front_pages=2):
    """Page layout of the PDF, and which table rows run over a page break (found from pdfplumber's tables)."""
    out = []
    last = None
    with pdfplumber.open(pdf_path) as pdf:
        for i, pg in enumerate(pdf.pages):
            printed = i - front_pages + 1
            for t in pg.extract_tables():
                if not t or not t[0] or (t[0][0] or "").replace("\n", "") != "序号":
                    continue
                body = t[1:]
                if body and not (body[0][0] or "").strip() and any((c or "").strip() for c in body[0][1:]) and last:
                    cont = "; ".join("%s" % (c or "").replace("\n", "")[:18] for c in body[0][1:] if (c or "").strip())
                    which = "policy table" if t[0][1].replace("\n", "") == "政策名称" else "联系方式 table"
                    out.append("%s row %s runs over the break from page — %d — to — %d — (continued part: %s…); the header row is repeated on — %d —" % (
                        which, last, printed - 1, printed, cont[:60], printed))
                for r in body:
                    if (r[0] or "").strip().isdigit():
                        last = r[0].strip()
            if i >= front_pages and pg.width > pg.height:
                pass
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        hf_tmp = os.path.join(tmp, "blind139_hefei_waimao.docx")
        qd_tmp = os.path.join(tmp, "blind139_qingdao_chuhai.docx")
        build_hefei(hf_tmp, {})
        build_qingdao(qd_tmp, {})
        hf_pages, _ = find_pages(to_pdf(hf_tmp, tmp), HF_TOC_ITEMS)
        qd_pages, _ = find_pages(to_pdf(qd_tmp, tmp), QD_TOC_ITEMS)
    hf = os.path.join(HERE, "blind139_hefei_waimao.docx")
    qd = os.path.join(HERE, "blind139_qingdao_chuhai.docx")
    build_hefei(hf, hf_pages)
    build_qingdao(qd, qd_pages)
    hf_pdf = to_pdf(hf, HERE)
    qd_pdf = to_pdf(qd, HERE)
    hf_check, _ = find_pages(hf_pdf, HF_TOC_ITEMS)
    qd_check, _ = find_pages(qd_pdf, QD_TOC_ITEMS)
    assert hf_check == hf_pages and qd_check == qd_pages, (hf_check, hf_pages, qd_check, qd_pages)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(hf_pages, qd_pages, page_report(hf_pdf), page_report(qd_pdf)), fh, ensure_ascii=False, indent=1)
    print("wrote", hf, qd, hf_pages, qd_pages)


if __name__ == "__main__":
    main()
