# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 162: the most ordinary documents of eastern and central offices.

Four Word files (python-docx), each printed to PDF by LibreOffice:
  blind162_shanghai_lingang.docx   上海市人民政府 通知 印发 临港新片区 若干措施 (通知, then the
                                   措施 with its own two-paragraph title, 一、…五、 headings and
                                   measures 1.–18. numbered straight through), 版头, 版记.
  blind162_beijing_zijin.docx      北京市商务局 北京市财政局 joint 通知 on 自贸试验区 专项资金
                                   申报: joint 版头 drawn as a borderless table, 申报条件 1．–5.,
                                   申报材料 list in Word automatic numbering, 附件 申报表 (a form).
  blind162_anhui_fangan.docx       安徽省人民政府办公厅 印发 实施方案 通知; the plan, then its 附件
                                   重点任务分工表 on a landscape section with a repeated header row;
                                   版记 on a last portrait page.
  blind162_changsha_gonggao.docx   长沙市商务局 公告 2025年第2号 on 中非经贸博览会 参展: no 版头,
                                   a 展区 table in the body, 特此公告, 附件 报名表 (blank grid).
and expected.json.

Run:  . /work/venv/bin/activate && python make_blind162.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XIAOSI = 12
LINE = Pt(28.9)


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, size=SAN, line=LINE):
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False


def para(doc, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line)
    if _BREAK_NEXT[0]:
        p.paragraph_format.page_break_before = True
        _BREAK_NEXT[0] = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def runin(doc, head, body, head_font=KT, bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN, bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def heading(doc, text, font=HT):
    return para(doc, text, font)


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


_BREAK_NEXT = [False]


def page_break(doc):
    """Start the next paragraph on a new page (w:pageBreakBefore), as offices set it in Word."""
    _BREAK_NEXT[0] = True


def page_field(p, size=SI, dash="— %s —"):
    pre, post = dash.split("%s")
    set_font(p.add_run(pre), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = p.add_run()
        set_font(r, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        r._element.append(el)
    set_font(p.add_run(post), ST, size)


def setup(doc, odd_even=True, dash="— %s —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, dash=dash)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep, dash=dash)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, dash=dash)


def banhead(doc, text, size=40):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))


def docnum(doc, number):
    blank(doc, 2)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", 18, "E60012", 8)
    blank(doc)


def title(doc, parts, soft=True):
    if soft:
        p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    blank(doc)


def zhusong(doc, text):
    para(doc, text, indent=0)


def fujian_shuoming(doc, items):
    """附件：…  (hanging indent so a wrapped title aligns after 附件：)."""
    blank(doc)
    for i, t in enumerate(items):
        txt = "附件：" + t if len(items) == 1 else ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = para(doc, txt, indent=0)
        pf = p.paragraph_format
        pf.left_indent = Pt(SAN * 5)
        pf.first_line_indent = Pt(-SAN * 3) if i == 0 else None


def luokuan(doc, organ, date, right=4, public="（此件公开发布）"):
    blank(doc, 3)
    p = para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * right)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * right)
    if public:
        blank(doc)
        para(doc, public, align=WD_ALIGN_PARAGRAPH.LEFT)


def banji(doc, chaosong, printer, printdate, blanks=0):
    blank(doc, blanks)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=XIAOSI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fmt(p, align, 0, size, Pt(size * 1.5))
        if ln:
            set_font(p.add_run(ln), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def grid_table(doc, ncols, widths_mm):
    t = doc.add_table(rows=0, cols=ncols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
    return t


def add_row(t, values, widths_mm, header=False, east=FS, size=XIAOSI, aligns=None):
    row = t.add_row()
    for i, v in enumerate(values):
        c = row.cells[i]
        c.width = Mm(widths_mm[i])
        al = aligns[i] if aligns else WD_ALIGN_PARAGRAPH.CENTER
        cell_text(c, v, HT if header else east, size, False, WD_ALIGN_PARAGRAPH.CENTER if header else al)
    if header:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    return row


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================ 1 上海
SH_NUM = "沪府规〔2024〕5号"
SH_MEAS_TITLE = ["关于支持中国（上海）自由贸易试验区", "临港新片区进一步提升跨境贸易和", "国际航运能级的若干措施"]
SH_MEAS_NAME = "".join(SH_MEAS_TITLE)
SH_TITLE_PARTS = ["上海市人民政府关于印发《关于支持中国", "（上海）自由贸易试验区临港新片区进一步", "提升跨境贸易和国际航运能级的若干措施》", "的通知"]
SH_TITLE = "".join(SH_TITLE_PARTS)
SH_ZHUSONG = "各区人民政府，市政府各委、办、局，中国（上海）自由贸易试验区临港新片区管理委员会："
SH_NOTICE = [
    "现将《%s》印发给你们，请认真按照执行。" % SH_MEAS_NAME,
    "浦东新区、奉贤区、闵行区人民政府和市有关部门要按照职责分工，加强与临港新片区管委会的协同联动，抓紧制定配套实施细则，确保各项措施落地见效；实施中遇到的重大问题，及时报告市政府。",
]
SH_INTRO = "为深入贯彻落实《中国（上海）自由贸易试验区临港新片区总体方案》，更好服务共建“一带一路”，加快建设具有国际市场影响力和竞争力的特殊经济功能区，推动临港新片区跨境贸易和国际航运高质量发展，制定以下措施。"
SH_SECTIONS = [
    ("一、提升跨境贸易便利化水平", [
        ("1.支持离岸贸易创新发展。", "鼓励临港新片区内企业开展新型离岸国际贸易，对年度离岸贸易结算额首次超过1亿美元、5亿美元、10亿美元的企业，分别给予50万元、150万元、300万元一次性奖励。支持商业银行为真实合规的离岸贸易提供跨境资金结算便利。"),
        ("2.深化洋山特殊综合保税区制度创新。", "在洋山特殊综合保税区深化“一线径予放行、二线单侧申报、区内不设账册”的监管模式，推动保税研发、保税检测维修、保税展示交易等业务扩大规模，到2025年底区内实现进出口总额1800亿元。"),
        ("3.发展跨境电商新业态。", "支持企业在临港新片区设立跨境电商出口海外仓服务中心，对在共建“一带一路”国家新建或租赁面积5000平方米以上公共海外仓的临港新片区企业，按照实际投入的20%给予补贴，单个企业每年最高不超过200万元。"),
        ("4.提升通关效率。", "推进“两步申报”“提前申报”全覆盖，推广进口货物“船边直提”、出口货物“抵港直装”，到2024年底洋山港进口、出口整体通关时间分别压缩至30小时、1.5小时以内。"),
    ]),
    ("二、提升国际航运服务能级", [
        ("5.扩大国际中转集拼业务。", "对在洋山深水港开展国际中转集拼业务、年度集拼箱量超过5000标准箱的企业，按每标准箱100元给予补贴，单个企业每年最高不超过300万元。"),
        ("6.支持航运企业集聚。", "对新落户临港新片区的国际航运企业区域总部，按照实缴注册资本的2%给予一次性开办补贴，最高不超过1000万元；租赁办公用房的，3年内按年租金的30%给予补贴。"),
        ("7.发展国际船舶登记。", "深化“中国洋山港”籍国际船舶登记制度创新，支持符合条件的外资、中外合资船舶在洋山港登记；到2026年底，以“中国洋山港”为船籍港的国际船舶达到100艘。"),
        ("8.推进绿色航运发展。", "支持在临港新片区建设国际航行船舶保税液化天然气（LNG）和绿色甲醇加注中心，对开展绿色燃料加注业务的企业，按加注量每吨给予50元补贴，单个企业每年最高不超过500万元。"),
    ]),
    ("三、提升金融服务能级", [
        ("9.推进跨境贸易投资高水平开放。", "在临港新片区实施经常项目资金收付便利化，符合条件的优质企业可凭收付款指令直接办理跨境贸易人民币结算。"),
        ("10.支持滴水湖金融湾建设。", "对在滴水湖金融湾新设立的持牌金融机构、航运保险机构，按照实缴资本规模给予最高2000万元落户奖励。"),
        ("11.发展航运金融与保险。", "支持保险机构在临港新片区开展国际航运保险、出口信用保险业务，对年度保费规模增长超过20%的航运保险机构，给予最高100万元奖励。"),
        ("12.拓展“一带一路”跨境融资服务。", "鼓励在沪金融机构依托自由贸易账户，为参与共建“一带一路”项目的临港新片区企业提供跨境融资、跨境担保等服务。"),
    ]),
    ("四、强化产业和要素支撑", [
        ("13.加快国际物流枢纽建设。", "支持芦潮港铁路集装箱中心站扩大海铁联运规模，对经芦潮港铁路集装箱中心站开展海铁联运的集装箱，按每标准箱150元给予补贴。"),
        ("14.支持联动区协同发展。", "支持临港新片区奉贤联动区、闵行联动区承接跨境贸易和航运服务配套产业项目，对落户奉贤区、闵行区联动区域的重点项目，按照本措施同等标准给予支持。"),
        ("15.加强人才保障。", "对在临港新片区工作的航运、贸易领域高层次人才，按规定给予人才公寓、子女入学等保障；符合条件的境外人才可在临港新片区办理最长5年的工作类居留许可。"),
    ]),
    ("五、完善组织实施", [
        ("16.加强统筹协调。", "市商务委、市交通委会同临港新片区管委会建立工作协调机制，每半年对措施落实情况开展评估。"),
        ("17.强化资金保障。", "本措施所需资金由临港新片区专项发展资金安排。同一企业同一事项符合本市其他同类政策的，按照“从高、不重复”原则给予支持。"),
        ("18.做好政策解释。", "本措施由临港新片区管委会会同市商务委、市交通委负责解释。"),
    ]),
]
SH_FINAL = "本措施自2024年4月1日起施行，有效期至2028年12月31日。"
SH_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，市高级法院，市检察院，上海警备区，各人民团体。"


def build_shanghai():
    doc = Document()
    setup(doc)
    banhead(doc, "上海市人民政府文件")
    docnum(doc, SH_NUM)
    title(doc, SH_TITLE_PARTS, soft=True)
    zhusong(doc, SH_ZHUSONG)
    for t in SH_NOTICE:
        para(doc, t)
    luokuan(doc, "上海市人民政府", "2024年3月18日")
    page_break(doc)
    # the measures, with their own title typed as two paragraphs
    for t in SH_MEAS_TITLE:
        para(doc, t, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    blank(doc)
    para(doc, SH_INTRO)
    for head, items in SH_SECTIONS:
        heading(doc, head)
        for h, t in items:
            runin(doc, h, t, head_font=FS, bold=True)
    para(doc, SH_FINAL)
    page_break(doc)
    banji(doc, SH_CHAOSONG, "上海市人民政府办公厅", "2024年3月20日", blanks=18)
    out = os.path.join(HERE, "blind162_shanghai_lingang.docx")
    doc.save(out)
    return out


# ================================================================ 2 北京 (joint)
BJ_NUM = "京商自贸字〔2024〕21号"
BJ_TITLE = "北京市商务局　北京市财政局关于组织申报2024年度中国（北京）自由贸易试验区发展专项资金项目的通知"
BJ_ZHUSONG = "各区商务局、财政局，北京经济技术开发区商务金融局、财政审计局，各有关单位："
BJ_INTRO = "为贯彻落实《中国（北京）自由贸易试验区总体方案》和《中国（北京）自由贸易试验区条例》，支持自贸试验区开展首创性、差异化改革探索，根据《北京市外经贸发展资金管理办法》（京商财务字〔2023〕5号）有关规定，现就组织申报2024年度中国（北京）自由贸易试验区发展专项资金（以下简称专项资金）项目有关事项通知如下："
BJ_S1 = [
    ("（一）制度创新项目。", "支持在自贸试验区内率先开展首创性、差异化改革探索并形成可复制推广经验的项目，按照项目实际投资额的30%给予支持，单个项目最高不超过300万元。"),
    ("（二）国际合作平台项目。", "支持在科技创新片区建设面向共建“一带一路”国家的技术转移、检验检测、国际认证等公共服务平台，按照项目实际投资额的40%给予支持，单个项目最高不超过500万元。"),
    ("（三）跨境贸易项目。", "支持在国际商务服务片区，重点是天竺综合保税区、北京大兴国际机场综合保税区内开展跨境电商、保税维修、生物医药研发用物品进口等新业态的项目，单个项目最高不超过200万元。"),
    ("（四）数字贸易项目。", "支持在高端产业片区（北京经济技术开发区）开展数据跨境流动、数字产品贸易试点的项目，单个项目最高不超过300万元。"),
]
BJ_S2_LEAD = "申报单位应同时具备以下条件："
BJ_S2 = [
    "1．在北京市依法注册登记，具有独立法人资格，注册地和主要经营场所位于中国（北京）自由贸易试验区范围内；",
    "2．财务管理制度健全，近三年无重大违法违规行为，未被列入严重失信主体名单；",
    "3．申报项目于2023年1月1日至2024年6月30日期间开工建设或实施，且具备完整的投资和支出凭证；",
    "4．同一项目未获得过其他市级财政资金支持；",
    "5．已按规定报送2023年度外商投资信息报告或对外投资统计数据。",
]
BJ_S3_LEAD = "申报单位须提交以下材料（一式两份，A4纸装订，加盖单位公章）："
BJ_S3 = [  # typed with Word automatic numbering: the "1．" is not in the text
    "2024年度中国（北京）自由贸易试验区发展专项资金项目申报表（附件）；",
    "营业执照复印件；",
    "项目可行性研究报告或实施方案；",
    "项目投资、支出的合同、发票及付款凭证复印件；",
    "经会计师事务所审计的2023年度财务报告；",
    "申报单位信用承诺书（格式自拟，由法定代表人签字并加盖公章）。",
]
BJ_S4 = [
    ("（一）网上申报。", "申报单位于2024年6月3日至7月15日登录“北京市商务局业务系统统一平台”填报项目信息，上传申报材料，逾期不予受理。"),
    ("（二）区级初审。", "各区商务部门会同同级财政部门对本区申报项目进行初审，于2024年7月31日前将初审意见和汇总表报送市商务局自贸试验区处。北京经济技术开发区申报项目由开发区商务金融局、财政审计局负责初审。"),
    ("（三）专家评审。", "市商务局会同市财政局委托第三方机构组织专家评审，评审结果在市商务局网站公示5个工作日。"),
]
BJ_S5 = "申报单位对申报材料的真实性、合法性负责。对弄虚作假、骗取专项资金的，依法追回资金，5年内取消申报资格，并纳入信用记录。各区要切实履行初审责任，确保申报项目符合支持方向和申报条件。"
BJ_CONTACT = "联系人及电话：市商务局自贸试验区处　王磊　010-55579326；市财政局经济建设处　陈晨　010-55592618。"
BJ_ATT = "2024年度中国（北京）自由贸易试验区发展专项资金项目申报表"
BJ_FORM = [  # (label, value, label2, value2) ; None = spans the 3 right cells
    ("申报单位（盖章）", None, "", ""),
    ("统一社会信用代码", "", "注册地址", ""),
    ("所在片区", "□科技创新片区　□国际商务服务片区　□高端产业片区", None, None),
    ("项目名称", None, "", ""),
    ("支持方向", "□制度创新项目　□国际合作平台项目　□跨境贸易项目　□数字贸易项目", None, None),
    ("项目总投资（万元）", "", "申请资金（万元）", ""),
    ("项目起止时间", "", "联系人及电话", ""),
    ("项目主要内容及预期成效", "（不超过500字，可另附页）", None, None),
    ("区商务部门初审意见", "（盖章）\n年　　月　　日", None, None),
    ("区财政部门初审意见", "（盖章）\n年　　月　　日", None, None),
]
BJ_CHAOSONG = "商务部自贸区港建设协调司，财政部北京监管局，市政府办公厅，市审计局。"


def add_numbering(doc):
    """An abstractNum “%1．” (decimal, full-width point) as offices' Word templates have."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1．"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abs_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
    p.paragraph_format.first_line_indent = Pt(SAN * 2)
    return p


def joint_banhead(doc, organs, word="文件", size=36):
    t = doc.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = (Mm(112), Mm(40))
    t.columns[0].width, t.columns[1].width = widths
    for i, org in enumerate(organs):
        c = t.cell(i, 0)
        c.width = widths[0]
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, size, Pt(size * 1.25))
        r = p.add_run(org)
        set_font(r, XBZ, size, color=RED)
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    m.width = widths[1]
    m.text = ""
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, size, Pt(size * 1.25))
    set_font(p.add_run(word), XBZ, size + 6, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for i in range(len(organs)):
        t.cell(i, 1).width = widths[1]


def build_beijing():
    doc = Document()
    setup(doc)
    num_id = add_numbering(doc)
    joint_banhead(doc, ["北京市商务局", "北京市财政局"])
    docnum(doc, BJ_NUM)
    title(doc, [BJ_TITLE], soft=True)
    zhusong(doc, BJ_ZHUSONG)
    para(doc, BJ_INTRO)
    heading(doc, "一、支持方向")
    for h, t in BJ_S1:
        runin(doc, h, t)
    heading(doc, "二、申报条件")
    para(doc, BJ_S2_LEAD)
    for t in BJ_S2:
        para(doc, t)
    heading(doc, "三、申报材料")
    para(doc, BJ_S3_LEAD)
    for t in BJ_S3:
        numbered_para(doc, t, num_id)
    heading(doc, "四、申报程序")
    for h, t in BJ_S4:
        runin(doc, h, t)
    heading(doc, "五、有关要求")
    para(doc, BJ_S5)
    para(doc, BJ_CONTACT)
    fujian_shuoming(doc, [BJ_ATT])
    # joint 落款: the two organs on one line, the date centred under them
    blank(doc, 3)
    p = para(doc, "北京市商务局\t北京市财政局", align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="5200"/></w:tabs>' % nsdecls("w")))
    p.paragraph_format.left_indent = Pt(SAN * 2)
    p = para(doc, "2024年5月22日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * 7)
    blank(doc)
    para(doc, "（此件主动公开）", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_break(doc)
    para(doc, "附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    blank(doc)
    para(doc, BJ_ATT, XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    blank(doc)
    widths = [38, 48, 34, 38]
    t = grid_table(doc, 4, widths)
    for lab, v1, lab2, v2 in BJ_FORM:
        row = t.add_row()
        for i in range(4):
            row.cells[i].width = Mm(widths[i])
        cell_text(row.cells[0], lab, FS, XIAOSI)
        if v1 is None or lab2 is None:
            m = row.cells[1].merge(row.cells[3])
            cell_text(m, v1 or "", FS, XIAOSI, align=WD_ALIGN_PARAGRAPH.LEFT if v1 and "盖章" not in v1 else WD_ALIGN_PARAGRAPH.RIGHT)
            if lab.startswith("项目主要内容"):
                row.height = Mm(50)
            if "初审意见" in lab:
                row.height = Mm(28)
        else:
            cell_text(row.cells[1], v1, FS, XIAOSI)
            cell_text(row.cells[2], lab2, FS, XIAOSI)
            cell_text(row.cells[3], v2, FS, XIAOSI)
    page_break(doc)
    banji(doc, BJ_CHAOSONG, "北京市商务局办公室", "2024年5月23日", blanks=17)
    out = os.path.join(HERE, "blind162_beijing_zijin.docx")
    doc.save(out)
    return out


# ================================================================ 3 安徽
AH_NUM = "皖政办〔2024〕9号"
AH_PLAN = "中国（安徽）自由贸易试验区深度融入共建“一带一路”实施方案（2024—2026年）"
AH_TITLE = "安徽省人民政府办公厅关于印发%s的通知" % AH_PLAN
AH_ZHUSONG = "各市、县人民政府，省政府各部门、各直属机构："
AH_NOTICE = "《%s》已经省政府同意，现印发给你们，请认真组织实施。" % AH_PLAN
AH_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥中国（安徽）自由贸易试验区（以下简称安徽自贸试验区）改革开放试验田作用，推动安徽自贸试验区更深融入共建“一带一路”，制定本实施方案。"
AH_S1 = "以制度创新为核心，以合肥、芜湖、蚌埠三个片区为主要载体，统筹推进通道、贸易、产业、金融和人文合作。到2026年，安徽自贸试验区与共建“一带一路”国家进出口额突破1500亿元，年均增长10%以上；中欧班列（合肥）年开行量稳定在800列以上；累计形成面向共建“一带一路”的制度创新成果30项以上。"
AH_S2 = [
    ("（一）畅通国际物流通道。", "提升中欧班列（合肥）集结中心能级，加密至中亚、欧洲的线路，到2026年开行线路达到15条以上。支持芜湖片区依托芜湖港建设江海联运枢纽，开通至上海洋山港的“联动接卸”航线。"),
    ("（二）拓展对外贸易新空间。", "支持合肥片区建设跨境电子商务综合试验区核心区，在共建“一带一路”国家培育海外仓50个以上；支持蚌埠片区建设硅基新材料进出口基地。"),
    ("（三）推动新能源汽车产业走出去。", "支持合肥片区新能源汽车及零部件企业在共建“一带一路”国家布局生产基地和售后服务网络，到2026年全省汽车出口突破100万辆。"),
    ("（四）深化贸易投资便利化改革。", "推广“提前申报”“两步申报”等通关模式，推进合肥、芜湖、蚌埠片区海关特殊监管区域“一区多功能”改革。"),
    ("（五）加强国际产能合作。", "支持企业在共建“一带一路”国家建设境外经贸合作区，到2026年省级境外经贸合作区达到8个以上。"),
    ("（六）促进金融服务创新。", "在合肥、芜湖、蚌埠片区开展跨境人民币结算便利化试点，支持符合条件的企业开展跨国公司本外币一体化资金池业务。"),
    ("（七）深化科技人文交流。", "依托合肥综合性国家科学中心，与共建“一带一路”国家共建联合实验室10个以上。"),
]
AH_S3 = [
    ("（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进实施方案落实，领导小组办公室（设在省商务厅）负责日常协调，每年对任务落实情况开展评估。"),
    ("（二）强化政策支持。", "省财政统筹现有专项资金，对列入实施方案的重点项目给予支持；各片区所在市要安排配套资金。"),
    ("（三）压实工作责任。", "各牵头单位要会同配合单位制定具体工作举措，于每年12月10日前将年度进展情况报送省商务厅。"),
]
AH_ATT = "重点任务分工表"
AH_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
AH_ROWS = [
    ["1", "提升中欧班列（合肥）集结中心能级，开行线路达到15条以上", "省发展改革委、合肥市政府", "省商务厅、合肥海关、中国铁路上海局集团有限公司合肥货运中心", "2026年底前"],
    ["2", "依托芜湖港建设江海联运枢纽，开通至上海洋山港“联动接卸”航线", "芜湖市政府", "省交通运输厅、芜湖海关", "2025年6月底前"],
    ["3", "建设跨境电子商务综合试验区核心区，培育海外仓50个以上", "省商务厅", "合肥市政府、芜湖市政府、蚌埠市政府", "2026年底前"],
    ["4", "建设蚌埠硅基新材料进出口基地", "蚌埠市政府", "省商务厅、省经济和信息化厅、蚌埠海关", "2025年底前"],
    ["5", "支持新能源汽车企业布局海外生产基地和售后服务网络", "省经济和信息化厅", "省商务厅、合肥市政府", "持续推进"],
    ["6", "推进海关特殊监管区域“一区多功能”改革", "合肥海关", "省商务厅，合肥、芜湖、蚌埠市政府", "2024年12月底前"],
    ["7", "建设省级境外经贸合作区8个以上", "省商务厅", "省发展改革委、省财政厅", "2026年底前"],
    ["8", "开展跨境人民币结算便利化试点和本外币一体化资金池业务", "人民银行安徽省分行", "国家外汇管理局安徽省分局、省委金融办", "2024年12月底前"],
    ["9", "与共建“一带一路”国家共建联合实验室10个以上", "省科技厅", "合肥市政府、中国科学技术大学、中国科学院合肥物质科学研究院", "2026年底前"],
    ["10", "开展实施方案年度评估", "省商务厅", "各牵头单位", "每年12月10日前"],
]
AH_TABLE_NOTE = "注：列在首位的牵头单位为第一责任单位；涉及多个片区的任务，由片区所在市政府分别负责本片区落实。"
AH_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，合肥海关。"


def build_anhui():
    doc = Document()
    setup(doc)
    banhead(doc, "安徽省人民政府办公厅文件", size=36)
    docnum(doc, AH_NUM)
    title(doc, [AH_TITLE], soft=True)
    zhusong(doc, AH_ZHUSONG)
    para(doc, AH_NOTICE)
    luokuan(doc, "安徽省人民政府办公厅", "2024年4月26日")
    page_break(doc)
    para(doc, "中国（安徽）自由贸易试验区深度融入", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "共建“一带一路”实施方案", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "（2024—2026年）", KT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    blank(doc)
    para(doc, AH_INTRO)
    heading(doc, "一、总体要求")
    para(doc, AH_S1)
    heading(doc, "二、重点任务")
    for h, t in AH_S2:
        runin(doc, h, t)
    heading(doc, "三、保障措施")
    for h, t in AH_S3:
        runin(doc, h, t)
    fujian_shuoming(doc, [AH_ATT])
    # landscape section for the 分工表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    sec.footer_distance = Mm(15)
    para(doc, "附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, AH_ATT, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    blank(doc)
    widths = [14, 80, 42, 60, 29]
    t = grid_table(doc, 5, widths)
    add_row(t, AH_HEADER, widths, header=True, size=SI)
    L, C = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER
    for r in AH_ROWS:
        add_row(t, r, widths, size=SI, aligns=[C, L, L, L, C])
    p = para(doc, AH_TABLE_NOTE, FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    # back to portrait for the 版记 page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    sec2.footer_distance = Mm(25)
    banji(doc, AH_CHAOSONG, "安徽省人民政府办公厅", "2024年4月28日", blanks=19)
    out = os.path.join(HERE, "blind162_anhui_fangan.docx")
    doc.save(out)
    return out


# ================================================================ 4 长沙 公告
CS_TITLE = "长沙市商务局关于组织企业参加第四届中国—非洲经贸博览会的公告"
CS_NUM = "2025年第2号"
CS_INTRO = "第四届中国—非洲经贸博览会（以下简称博览会）将于2025年6月12日至15日在湖南省长沙市举办。为组织我市企业积极参展，深化中非经贸合作，服务共建“一带一路”，现将有关事项公告如下："
CS_S1 = "博览会由商务部和湖南省人民政府共同主办，主会场设在长沙国际会展中心，展览面积10万平方米，设置中非合作成果、产业链供应链、非洲特色产品、农业合作等展区，预计邀请非洲国家政府代表团和采购商2000家以上参会。"
CS_S2 = "在长沙市注册登记、具有进出口经营资格或开展对非投资合作业务的企业，重点组织工程机械、轨道交通、电力装备、农业技术、食品加工、轻工纺织等领域企业参展。"
CS_S3_LEAD = "我市组展展位按展区分配如下："
CS_HEADER = ["展区", "展览面积（平方米）", "我市组展展位数（个）", "重点展品"]
CS_ROWS = [
    ["中非合作成果展区", "15000", "60", "工程机械、轨道交通装备、电力装备"],
    ["产业链供应链展区", "25000", "120", "汽车及零部件、新能源装备、电子信息产品"],
    ["非洲特色产品展区", "20000", "40", "咖啡、可可、坚果、手工艺品（我市采购商对接）"],
    ["农业合作展区", "10000", "30", "农机装备、杂交水稻种业、农产品加工设备"],
    ["合计", "70000", "250", "—"],
]
CS_S4 = [
    ("（一）", "对我市参展企业的标准展位费给予全额补贴；特装展位按每平方米500元给予补贴，单个企业最高不超过5万元。"),
    ("（二）", "对注册在中国（湖南）自由贸易试验区长沙片区的企业，展位费补贴标准上浮20%，并优先安排中非合作成果展区展位。"),
    ("（三）", "对在博览会期间签约对非贸易投资项目、合同金额超过1000万美元的企业，给予一次性奖励10万元。"),
    ("（四）", "参展企业发生的展品运输、展台搭建等费用，经审核后按实际发生额的50%给予补贴，单个企业最高不超过3万元。"),
]
CS_S5 = [
    ("（一）", "有意参展企业请于2025年4月15日前向注册地所在区县（市）商务主管部门报名，填写《第四届中国—非洲经贸博览会长沙市参展企业报名表》（见附件）。"),
    ("（二）", "各区县（市）商务主管部门于2025年4月25日前将汇总名单报送市商务局。长沙经济技术开发区、长沙高新技术产业开发区、湖南湘江新区所属企业可直接向市商务局报名。"),
]
CS_S6 = [
    ("（一）", "市商务局根据企业报名情况和展品类别统筹分配展位。报名企业数量超过展位数量的，优先安排对非出口额较大的企业和专精特新企业。"),
    ("（二）", "参展企业须遵守博览会组委会各项管理规定，展品须符合进出境检验检疫要求。"),
]
CS_CONTACT = "联系人及电话：市商务局对外贸易处　李娜　0731-88665123，电子邮箱：cswmc@example.gov.cn。"
CS_ATT = "第四届中国—非洲经贸博览会长沙市参展企业报名表"
CS_FORM_HEADER = ["序号", "企业名称", "统一社会信用代码", "所在区县（市）", "拟参展区", "展位类型及数量", "联系人及电话"]


def build_changsha():
    doc = Document()
    setup(doc, odd_even=False, dash="- %s -")
    blank(doc)
    para(doc, CS_TITLE, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, CS_NUM, FS, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    blank(doc)
    para(doc, CS_INTRO)
    heading(doc, "一、展会基本情况")
    para(doc, CS_S1)
    heading(doc, "二、参展对象")
    para(doc, CS_S2)
    heading(doc, "三、展区及展位安排")
    para(doc, CS_S3_LEAD)
    widths = [40, 30, 30, 56]
    t = grid_table(doc, 4, widths)
    add_row(t, CS_HEADER, widths, header=True)
    for r in CS_ROWS:
        add_row(t, r, widths, aligns=[WD_ALIGN_PARAGRAPH.CENTER] * 3 + [WD_ALIGN_PARAGRAPH.LEFT])
    heading(doc, "四、支持政策")
    for h, x in CS_S4:
        para(doc, h + x)
    heading(doc, "五、报名方式")
    for h, x in CS_S5:
        para(doc, h + x)
    heading(doc, "六、其他事项")
    for h, x in CS_S6:
        para(doc, h + x)
    para(doc, CS_CONTACT)
    para(doc, "特此公告。")
    fujian_shuoming(doc, [CS_ATT])
    luokuan(doc, "长沙市商务局", "2025年3月10日", public=None)
    page_break(doc)
    para(doc, "附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    blank(doc)
    para(doc, CS_ATT, XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "填报单位（盖章）：　　　　　　　　　　　　填报日期：　　年　　月　　日", FS, XIAOSI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    widths = [10, 28, 26, 20, 22, 22, 26]
    t = grid_table(doc, 7, widths)
    add_row(t, CS_FORM_HEADER, widths, header=True, size=10.5)
    for i in range(6):
        r = add_row(t, [""] * 7, widths, size=10.5)
        r.height = Mm(10)
    out = os.path.join(HERE, "blind162_changsha_gonggao.docx")
    doc.save(out)
    return out


# ================================================================ PDFs
def to_pdf(docx):
    prof = "/tmp/lo_162"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    sh_clauses = list(SH_NOTICE) + [SH_INTRO]
    for _, items in SH_SECTIONS:
        sh_clauses += [h + t for h, t in items]
    sh_clauses.append(SH_FINAL)
    sh = {
        "meta": {
            "title": SH_TITLE,
            "doc_number": SH_NUM,
            "issuer": ["上海市人民政府"],
            "date": "2024-03-18",
            "published": "2024-03-20",
            "level": "provincial",
            "region": "上海市",
            "effective": "2024-04-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市政府各委、办、局", "中国（上海）自由贸易试验区临港新片区管理委员会"],
            "publicity": "此件公开发布",
            "issued_document": SH_MEAS_NAME,
        },
        "clauses": sh_clauses,
        "applies_to": {
            "default": "中国（上海）自由贸易试验区临港新片区（上海市）",
            "specific": {
                "通知 第2段": "浦东新区、奉贤区、闵行区 (the district governments told to act; still 临港新片区 business)",
                "2.": "洋山特殊综合保税区",
                "4.": "洋山港",
                "5.": "洋山深水港",
                "7.": "洋山港",
                "10.": "滴水湖金融湾",
                "13.": "芦潮港铁路集装箱中心站",
                "14.": "奉贤区、闵行区（临港新片区奉贤联动区、闵行联动区）",
            },
            "note": "3. (海外仓 in 共建“一带一路”国家) and 12. do not place the clause abroad: the subsidy is for 临港新片区 enterprises. 市商务委/市交通委 are organs. 上海市 alone is too broad for the measures but tolerable (low).",
        },
        "_note": "Furniture: red 版头 上海市人民政府文件; 文号 沪府规〔2024〕5号 + red rule; the title (ONE paragraph with THREE soft line breaks — after 关于支持中国 / 进一步 / 若干措施》 — four printed lines that must be re-joined with no space or newline); 主送 (→ recipients, 3 names); 落款 上海市人民政府 / 2024年3月18日; （此件公开发布）; the measures' own title typed as THREE centred 小标宋 paragraphs (关于支持中国（上海）自由贸易试验区 / 临港新片区进一步提升跨境贸易和 / 国际航运能级的若干措施), starting a new page (pageBreakBefore) — it is the title of the 印发 object, not a clause, and must not be glued to the intro paragraph or become the document title; 版记 (抄送… / 上海市人民政府办公厅 2024年3月20日印发) on the last page after 18 empty paragraphs; footer page numbers “— N —” odd right / even left. Headings 一、…五、 carry no text (tolerable as heading clauses, but they must not swallow measure 1./5./9./13./16.). Measures 1.–18. are numbered straight through across the five headings (numbering does NOT restart at each 一、二、): each measure is ONE clause (bold run-in heading + text) and its label should be 1.…18. with the path under its 一、…五、 heading. The closing paragraph 本措施自2024年4月1日起施行，有效期至2028年12月31日。 is a clause of its own (not part of 18.). No 附件: the 措施 is the thing 印发, typed after the 落款 without an 附件 label; as ONE document (notice + measures) or as TWO documents (the notice, then the measures with title = the measures title, issuer 上海市人民政府, date 2024-03-18, effective 2024-04-01, expires 2028-12-31) both tolerable. date 2024-03-18 (落款); 2024-03-20 is the 印发 date; 2024-04-01 effective; 2028-12-31 expires; 2025/2026 dates in 2., 4., 7. are targets. level provincial (上海市 is a 直辖市: provincial-level; municipal is wrong, medium).",
        "_pdf": {"note": "same expected metadata and clauses as the .docx; PDF furniture: page numbers “— N —” alternating right/left, the 版记 alone on the last page, the title on four lines; the 落款 and （此件公开发布） on page 2 after the end of the notice, the measures from page 3."},
    }

    bj_clauses = [BJ_INTRO] + [h + t for h, t in BJ_S1] + [BJ_S2_LEAD] + BJ_S2 + [BJ_S3_LEAD]
    bj_clauses += ["%d．%s" % (i + 1, t) for i, t in enumerate(BJ_S3)]
    bj_clauses += [h + t for h, t in BJ_S4] + [BJ_S5, BJ_CONTACT]
    bj_clauses += ["所在片区：□科技创新片区　□国际商务服务片区　□高端产业片区", "支持方向：□制度创新项目　□国际合作平台项目　□跨境贸易项目　□数字贸易项目"]
    bj = {
        "meta": {
            "title": BJ_TITLE,
            "doc_number": BJ_NUM,
            "issuer": ["北京市商务局", "北京市财政局"],
            "date": "2024-05-22",
            "published": "2024-05-23",
            "level": "provincial",
            "region": "北京市",
            "effective": None,
            "expires": None,
            "attachments": [BJ_ATT],
            "doc_type": "通知",
            "recipients": ["各区商务局、财政局", "北京经济技术开发区商务金融局、财政审计局", "各有关单位"],
            "publicity": "此件主动公开",
            "deadlines": {"网上申报": "2024-06-03 至 2024-07-15", "区级初审报送": "2024-07-31"},
        },
        "clauses": bj_clauses,
        "applies_to": {
            "default": "中国（北京）自由贸易试验区（北京市）",
            "specific": {
                "一、（二）": "科技创新片区",
                "一、（三）": "国际商务服务片区（天竺综合保税区、北京大兴国际机场综合保税区）",
                "一、（四）": "高端产业片区（北京经济技术开发区）",
                "四、（二）": "北京经济技术开发区 (its own 初审 route; the rest of the clause is 各区)",
            },
            "note": "共建“一带一路”国家 in 一、（二） does not place the clause abroad. 天竺/大兴机场 are inside the 国际商务服务片区. 北京市 alone is tolerable (low) for the un-placed clauses.",
        },
        "_note": "Joint document. Furniture: the joint 版头 is a borderless 2×2 TABLE (北京市商务局 / 北京市财政局 stacked in column 1, 文件 vertically merged in column 2, red) — it must not become a clause/table row, nor the title; 文号 京商自贸字〔2024〕21号 + red rule; the title is one paragraph with a full-width space between the two organs (北京市商务局　北京市财政局关于…; title keeps it or drops it, both fine, but issuer must be TWO organs); 主送; 附件说明 附件：2024年度…申报表 (→ attachments, one title); the joint 落款 “北京市商务局<TAB>北京市财政局” on ONE line with 2024年5月22日 under it (→ issuers/date, not a clause); （此件主动公开）; the label 附件 and the 申报表 title; 版记 (抄送… / 北京市商务局办公室 2024年5月23日印发) alone on the last page; page numbers “— N —”. 一、…五、 are bare headings. 二、申报条件: the lead 申报单位应同时具备以下条件： then 1．–5. typed as text (full-width 1．) — 5 clauses (lead may be merged into 1．or kept separately, low). 三、申报材料: the 6 items use WORD AUTOMATIC NUMBERING (numPr → abstractNum lvlText “%1．”): the “1．…6．” are NOT in the paragraph text; a reader that ignores numbering.xml loses the labels (the item texts survive; label missing = medium, items merged into one = medium, items lost = high). The PDF has the numbers as text. 四、（一）–（三） run-in headings (heading + text = one clause). 五、 is one paragraph. The contact line is a clause (or contact metadata, tolerable). 附件 申报表 is a FORM (4 columns, label cells and mostly blank value cells, merged cells for whole-width values): only the rows with printed content matter (所在片区 and 支持方向 check-box lists); blank label rows (申报单位（盖章）, 统一社会信用代码, 项目名称, …, 初审意见（盖章）年月日) as clauses are noise (low); dropping the whole form is low. date 2024-05-22 (落款); 2024-05-23 is the 印发 date (版记); 2024-06-03/07-15/07-31 are 申报 deadlines, 2023-01-01/2024-06-30 are eligibility dates — none is the 成文日期. No effective/expires (a 申报 notice). level provincial (北京市 bureaus are provincial-level).",
        "_pdf": {"note": "same expected metadata and clauses as the .docx. In the PDF the 版头 is plain text on two lines (北京市商务局 / 北京市财政局 with 文件 beside them — the letters of the distributed organ names are spread out, possibly with spaces between characters), the automatic numbers 1．–6．of 三、 are real text, and the 申报表 form prints as a ruled grid."},
    }

    ah_clauses = [AH_NOTICE, AH_INTRO, AH_S1] + [h + t for h, t in AH_S2] + [h + t for h, t in AH_S3]
    ah_clauses += [row_clause(AH_HEADER, r) for r in AH_ROWS] + [AH_TABLE_NOTE]
    ah = {
        "meta": {
            "title": AH_TITLE,
            "doc_number": AH_NUM,
            "issuer": ["安徽省人民政府办公厅"],
            "date": "2024-04-26",
            "published": "2024-04-28",
            "level": "provincial",
            "region": "安徽省",
            "effective": None,
            "expires": None,
            "attachments": [AH_ATT],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "省政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "issued_document": AH_PLAN,
            "period": "2024—2026年",
        },
        "clauses": ah_clauses,
        "applies_to": {
            "default": "中国（安徽）自由贸易试验区（安徽省）",
            "specific": {
                "一、总体要求": "合肥片区、芜湖片区、蚌埠片区 (all three; equivalent to the default)",
                "二、（一）": "合肥市（中欧班列合肥集结中心）、芜湖片区（芜湖港）",
                "二、（二）": "合肥片区、蚌埠片区",
                "二、（三）": "合肥片区",
                "二、（四）": "合肥片区、芜湖片区、蚌埠片区",
                "二、（六）": "合肥片区、芜湖片区、蚌埠片区",
                "二、（七）": "合肥市",
                "分工表 row 1": "合肥市",
                "分工表 row 2": "芜湖市（芜湖片区）",
                "分工表 row 3": "合肥市、芜湖市、蚌埠市",
                "分工表 row 4": "蚌埠市（蚌埠片区）",
                "分工表 row 5": "合肥市 (配合单位 only; tolerable as 安徽省)",
                "分工表 row 6": "合肥、芜湖、蚌埠",
                "分工表 row 9": "合肥市",
            },
            "note": "上海洋山港 in 二、（一）/row 2 is the destination of a route, NOT a place of application (placing the clause in 上海 is wrong, medium). 共建“一带一路”国家, 中亚、欧洲 are not places of application. 合肥海关/芜湖海关/蚌埠海关 and 中国科学技术大学 are organs — tolerable if they pull in their city, wrong only if they pull in another province.",
        },
        "_note": "Furniture: red 版头 安徽省人民政府办公厅文件; 文号 皖政办〔2024〕9号 + red rule; the title (one paragraph; the plan's name carries “一带一路” in curly quotes and （2024—2026年） — the title must keep both); 主送; 落款 安徽省人民政府办公厅 / 2024年4月26日; （此件公开发布）; the plan's own title typed as two 小标宋 paragraphs + a 楷体 （2024—2026年） line (not clauses; as one document or notice+plan as two documents both tolerable); the plan's 附件说明 附件：重点任务分工表 (→ attachments); label 附件 and the table title; the table note 注：… is a clause (or table note) — tolerable either way but it must not be glued to a row; 版记 on a final PORTRAIT page (section 3) after 19 empty paragraphs; page numbers “— N —” in all three sections. The 分工表 is on a LANDSCAPE section (section 2) with 5 columns 序号/重点任务/牵头单位/配合单位/完成时限, header row marked tblHeader (repeated at the top of each page in the PDF): each of the 10 rows is a clause written 列名：值, and the repeated header on a continuation page must NOT become a row. 二、（一）…（七） and 三、（一）…（三） are run-in (楷体 heading + text, one clause each). 一、总体要求 heading + one paragraph. date 2024-04-26; 2024-04-28 印发; 2024—2026 is the plan period (not effective/expires: a reader that sets effective 2024-01-01 / expires 2026-12-31 from the period is tolerable, low). 2026/2025/2024 deadlines in the table are 完成时限. level provincial.",
        "_pdf": {"note": "same expected metadata and clauses as the .docx; in the PDF the landscape pages are 297 mm wide, the 分工表 may break across two pages with the header row repeated, and the 版记 sits alone on the last (portrait) page."},
    }

    cs_clauses = [CS_INTRO, CS_S1, CS_S2, CS_S3_LEAD] + [row_clause(CS_HEADER, r) for r in CS_ROWS]
    cs_clauses += [h + t for h, t in CS_S4] + [h + t for h, t in CS_S5] + [h + t for h, t in CS_S6] + [CS_CONTACT]
    cs = {
        "meta": {
            "title": CS_TITLE,
            "doc_number": CS_NUM,
            "issuer": ["长沙市商务局"],
            "date": "2025-03-10",
            "published": None,
            "level": "municipal",
            "region": "湖南省长沙市",
            "effective": None,
            "expires": None,
            "attachments": [CS_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "event": "第四届中国—非洲经贸博览会, 2025-06-12 至 2025-06-15, 长沙国际会展中心",
            "deadlines": {"企业报名": "2025-04-15", "区县（市）汇总报送": "2025-04-25"},
        },
        "clauses": cs_clauses,
        "applies_to": {
            "default": "湖南省长沙市",
            "specific": {
                "一、": "长沙国际会展中心（长沙市）",
                "四、（二）": "中国（湖南）自由贸易试验区长沙片区",
                "五、（二）": "长沙经济技术开发区、长沙高新技术产业开发区、湖南湘江新区 (second sentence; first sentence 各区县（市）)",
            },
            "note": "非洲 / 非洲国家 / 中非 do not place any clause in Africa; 湖南省人民政府 and 商务部 are organizers, not places; the 展区 rows are halls of the fair, not places (no specific place; default 长沙市).",
        },
        "_note": "A 公告: NO 版头, no 主送, no 版记, no 公开 mark. Furniture: the title; the number line 2025年第2号 centred under the title (→ doc_number; 长沙市商务局公告2025年第2号 also fine); 特此公告。(closing formula — tolerable as a clause, low); 附件说明 附件：第四届…报名表 (→ attachments); 落款 长沙市商务局 / 2025年3月10日; the label 附件, the 报名表 title, the line 填报单位（盖章）：… 填报日期：年 月 日, and the 报名表 itself — a header row + 6 EMPTY rows: an empty form has no clauses (the header as one clause is tolerable, low; six empty ‘序号：’ rows are noise, low); page numbers “- N -” centred. Headings 一、…六、 are bare headings each followed by paragraph(s). 三、 has a lead sentence then a 4-column table 展区/展览面积（平方米）/我市组展展位数（个）/重点展品 with 4 rows + 合计 (rows as clauses 列名：值; 合计 row as clause or dropped both tolerable). 四、五、六、 items are （一）（二）… items with NO run-in heading (the text follows the number directly): one clause each. The contact line is a clause. date 2025-03-10 (落款); 2025-06-12..15 is the fair, 2025-04-15/04-25 are deadlines. level municipal, region 湖南省长沙市.",
        "_pdf": {"note": "same expected metadata and clauses as the .docx; page numbers “- N -” centred; the empty 报名表 grid prints as ruled lines only."},
    }
    return {
        "blind162_shanghai_lingang": [sh],
        "blind162_beijing_zijin": [bj],
        "blind162_anhui_fangan": [ah],
        "blind162_changsha_gonggao": [cs],
    }


def main():
    outs = [build_shanghai(), build_beijing(), build_anhui(), build_changsha()]
    for f in outs:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *outs)


if __name__ == "__main__":
    main()
