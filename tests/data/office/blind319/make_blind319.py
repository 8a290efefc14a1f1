# ruff: noqa
#!/usr/bin/env python
"""Round 319 blind test documents.

One ordinary provincial notice with three attachments, in two forms:
  (a) blind319_shaanxi_tongzhi.docx / .pdf  -- the notice as the office prints it, with
      附件1 实施方案, 附件2 任务分工表 (landscape, merged cells) and 附件3 申报指南, 版记 at the end;
  (b) blind319_shaanxi_wangye.html           -- the same notice as the provincial government
      portal shows it: 信息公开 box, text, 附件 as download links, page furniture.

Everything (organ's document number, dates, names, phone numbers) is invented.
Writes every file next to this script plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind319.py
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM_DOC = "blind319_shaanxi_tongzhi"
STEM_WEB = "blind319_shaanxi_wangye"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = "⏎"  # soft line break (w:br) inside a paragraph

BODY = Pt(16)
TS = Pt(11)  # table text, squeezed so the 分工表 stays on one page
LINE = Pt(28.95)  # 22 lines in a 225 mm type area

# ======================================================================
# content (shared by the Word file, the HTML page and expected.json)
# ======================================================================
ISSUER = "陕西省商务厅"
DOCNO = "陕商发〔2025〕43号"
TITLE = "陕西省商务厅关于印发《陕西省跨境电子商务产业园区提质升级实施方案（2025—2027年）》的通知"
TITLE_LINES = ["陕西省商务厅关于印发", "《陕西省跨境电子商务产业园区提质升级", "实施方案（2025—2027年）》的通知"]
DATE_CN = "2025年6月16日"
PRINT_DATE_CN = "2025年6月18日"
ZHUSONG = "各设区市商务主管部门，杨凌示范区、西咸新区、韩城市商务主管部门，中国（陕西）自由贸易试验区各片区管理机构："
RECIPIENTS = ["各设区市商务主管部门", "杨凌示范区、西咸新区、韩城市商务主管部门", "中国（陕西）自由贸易试验区各片区管理机构"]

ATT = [
    "陕西省跨境电子商务产业园区提质升级实施方案（2025—2027年）",
    "陕西省跨境电子商务产业园区提质升级重点任务分工表",
    "2025年度省级跨境电子商务示范园区申报指南",
]

# notice body: (run-in label or None, text)
NOTICE = [
    (None, "为深入贯彻落实省委、省政府关于深度融入共建“一带一路”大格局、加快建设内陆改革开放高地的决策部署，"
           "推动全省跨境电子商务产业园区提质升级、集聚发展，省商务厅研究制定了《陕西省跨境电子商务产业园区提质升级实施方案"
           "（2025—2027年）》，现印发给你们，并就有关事项通知如下："),
    ("一、抓好贯彻落实。", "各地商务主管部门要对照《陕西省跨境电子商务产业园区提质升级重点任务分工表》（附件2），"
                      "结合本地实际细化工作举措，明确责任分工和时间节点，于每季度结束后10日内将工作进展情况报送省商务厅电子商务处。"),
    ("二、组织示范园区申报。", "2025年度省级跨境电子商务示范园区申报工作同步启动。请各设区市商务主管部门按照"
                        "《2025年度省级跨境电子商务示范园区申报指南》（附件3）要求，组织辖区内园区运营主体做好申报工作，"
                        "于2025年8月15日前将推荐文件和申报材料报送省商务厅。"),
    ("三、加强跟踪问效。", "省商务厅将会同有关部门对方案落实情况开展年度评估，评估结果作为省级外经贸发展专项资金分配的重要参考。"
                      "执行中遇到的问题，请及时向省商务厅反映。"),
]

# 附件1 实施方案 -- a list of blocks
#   ("p", text)                    unnumbered paragraph
#   ("h1", text)                   heading alone (黑体)
#   ("h2", text)                   heading alone (楷体)
#   ("run", label, text, font)     run-in item; label in `font` (bold 仿宋 for 1.)
FANGAN = [
    ("p", "为加快推动全省跨境电子商务产业园区（以下简称园区）由“集聚企业”向“集聚产业”转变，"
          "更好服务共建“一带一路”和内陆改革开放高地建设，结合我省实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，以中国（西安）、中国（延安）、"
          "中国（宝鸡）跨境电子商务综合试验区为引领，以提升园区主体集聚、服务供给和产业带动能力为主线，"
          "推动园区错位发展、特色发展，为全省外贸稳规模、优结构提供有力支撑。"),
    ("h1", "二、发展目标"),
    ("p", "到2027年，全省培育省级跨境电子商务示范园区15家以上，园区入驻跨境电商企业超过2000家，"
          "带动全省跨境电商进出口额年均增长15%以上；在共建“一带一路”国家和地区布局公共海外仓30个以上，"
          "形成一批具有陕西特色的跨境电商产业带。"),
    ("h1", "三、重点任务"),
    ("h2", "（一）推动园区特色化发展"),
    ("run", "1.强化综试区核心园区引领。", "支持西安市以西安国际港务区、西安高新区跨境电商产业园为核心，"
            "集聚平台企业、服务商和品牌卖家，打造西北地区跨境电商总部基地。", "b"),
    ("run", "2.培育县域跨境电商产业带。", "在眉县、周至县（猕猴桃），洛川县、白水县（苹果），富平县（柿饼）开展县域跨境电商"
            "产业带培育试点，每个试点县建设1个跨境电商公共服务中心，提供选品、培训、视觉设计、代运营等服务。", "b"),
    ("h2", "（二）提升园区开放平台功能"),
    ("run", "1.推动综保区与园区联动发展。", "在西安综合保税区、陕西西咸空港综合保税区开展跨境电商网购保税进口（1210）"
            "与保税展示交易、保税维修融合发展试点，支持区内企业建设跨境电商保税仓储分拨中心。", "b"),
    ("run", "2.发挥自贸试验区先行先试作用。", "支持中国（陕西）自由贸易试验区西安国际港务区片区探索跨境电商"
            "“中欧班列+海外仓”一体化运营模式，支持杨凌示范区片区开展农产品跨境电商出口检验检疫便利化改革试点。", "b"),
    ("run", "3.提升口岸通关效率。", "依托西安咸阳国际机场口岸和西安铁路口岸，推广跨境电商出口统一版系统应用，"
            "对园区企业申报的跨境电商零售出口商品实行“7×24小时”预约通关。", "b"),
    ("h2", "（三）拓展共建“一带一路”市场"),
    ("run", "1.布局公共海外仓。", "支持园区企业在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干、俄罗斯莫斯科及中东欧等"
            "共建“一带一路”国家和地区建设或租用公共海外仓，对经认定的省级公共海外仓按规定给予支持。", "b"),
    ("run", "2.开拓新兴市场。", "组织园区企业参加丝绸之路国际博览会、中国—中亚合作论坛配套展会等活动，"
            "支持企业入驻中亚、东盟等区域主流电商平台，扩大特色产品出口。", "b"),
    ("h1", "四、保障措施"),
    ("run", "（一）加强组织领导。", "省商务厅会同省发展改革委、省财政厅、西安海关等部门建立工作协调机制，"
            "统筹推进园区提质升级工作；各设区市要建立相应工作机制，抓好任务落实。", "k"),
    ("run", "（二）加大资金支持。", "统筹省级外经贸发展专项资金，对认定的省级示范园区给予一次性最高200万元支持；"
            "对年度评估结果为优秀的园区，次年再给予最高100万元奖励。", "k"),
    ("run", "（三）强化监测评估。", "建立园区统计监测制度，实行动态管理，对连续两年评估不合格的省级示范园区撤销称号。", "k"),
    ("p", "本方案自印发之日起施行，有效期至2027年12月31日。《陕西省跨境电子商务产业园区建设指引（试行）》"
          "（陕商函〔2022〕118号）同时废止。"),
]

# 附件2 分工表
TABLE_HEAD = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
TABLE_ROWS = [
    ["1", "推动园区特色化发展", "支持西安市以西安国际港务区、西安高新区跨境电商产业园为核心，打造西北地区跨境电商总部基地",
     "西安市人民政府", "省商务厅、省发展改革委", "2027年底前"],
    ["2", "推动园区特色化发展", "在眉县、周至县、洛川县、白水县、富平县开展县域跨境电商产业带培育试点，每个试点县建设1个跨境电商公共服务中心",
     "宝鸡市、西安市、延安市、渭南市人民政府", "省商务厅、省农业农村厅", "2026年6月底前"],
    ["3", "提升园区开放平台功能", "在西安综合保税区、陕西西咸空港综合保税区开展跨境电商网购保税进口（1210）与保税展示交易、保税维修融合发展试点",
     "西安市人民政府、西咸新区管委会", "西安海关、省商务厅", "2025年底前"],
    ["4", "提升园区开放平台功能", "在西安国际港务区片区探索跨境电商“中欧班列+海外仓”一体化运营模式；在杨凌示范区片区开展农产品跨境电商出口检验检疫便利化改革试点",
     "西安国际港务区片区管委会、杨凌示范区片区管委会", "省自贸办、西安海关", "2025年底前"],
    ["5", "提升园区开放平台功能", "推广跨境电商出口统一版系统应用，对园区企业跨境电商零售出口商品实行“7×24小时”预约通关",
     "西安海关", "省商务厅", "持续推进"],
    ["6", "拓展共建“一带一路”市场", "在共建“一带一路”国家和地区新增公共海外仓30个以上",
     "省商务厅", "各设区市人民政府", "2027年底前"],
    ["7", "拓展共建“一带一路”市场", "组织园区企业参加丝绸之路国际博览会等展会，支持企业入驻中亚、东盟等区域主流电商平台",
     "省商务厅", "省贸促会", "持续推进"],
]
# vertical merges: (column, first row index, last row index) in TABLE_ROWS
TABLE_MERGES = [(1, 0, 1), (1, 2, 4), (1, 5, 6), (5, 2, 3)]
TABLE_NOTE = "注：各设区市人民政府包括杨凌示范区管委会、西咸新区管委会和韩城市人民政府；排在首位的牵头单位负责统筹协调。"

# 附件3 申报指南
ZHINAN = [
    ("h1", "一、申报主体"),
    ("p", "在陕西省内依法登记注册、具有独立法人资格的跨境电子商务产业园区运营主体（以下简称运营主体）。"),
    ("h1", "二、申报条件"),
    ("p", "申报园区应同时具备以下条件："),
    ("run", "1.", "园区规划面积不低于1万平方米，具备办公、仓储、物流、展示等配套设施，已正式运营满1年。", "n"),
    ("run", "2.", "2024年园区入驻跨境电商企业不少于50家，园区企业跨境电商进出口额不低于5亿元。", "n"),
    ("run", "3.", "园区具备通关、物流、支付、结汇、退税等公共服务功能。", "n"),
    ("run", "4.", "运营主体近三年无重大违法违规记录。", "n"),
    ("h1", "三、支持政策"),
    ("p", "经认定的省级跨境电子商务示范园区，由省级外经贸发展专项资金给予一次性最高200万元支持，"
          "主要用于公共服务平台建设、人才培训和市场开拓等。" + BR + "示范园区认定有效期3年，期满复核。"),
    ("h1", "四、申报程序"),
    ("run", "（一）园区申报。", "运营主体于2025年7月31日前网上申报。", "k"),
    ("run", "（二）市级推荐。", "各设区市商务主管部门会同同级财政部门审核后择优推荐，每个设区市推荐不超过3家。", "k"),
    ("run", "（三）评审认定。", "省商务厅组织评审，公示后认定。", "k"),
    ("h1", "五、申报材料"),
    ("p", "申报材料一式两份，并附电子版："),
    ("run", "1.", "申报书（格式见申报平台）。", "n"),
    ("run", "2.", "证明材料，包括：", "n"),
    ("run", "（1）", "运营主体营业执照复印件；", "n"),
    ("run", "（2）", "园区土地或房屋产权（租赁）证明复印件；", "n"),
    ("run", "（3）", "2024年度入驻企业名单及进出口额统计表。", "n"),
    ("run", "3.", "信用承诺书。", "n"),
    ("h1", "六、联系方式"),
    ("p", "联系人：张楠（省商务厅电子商务处），电话：029-63916872；" + BR + "刘一鸣（省商务厅财务处），电话：029-63916875。"),
]

CHAOSONG = "抄送：商务部电子商务和信息化司，省发展改革委，省财政厅，西安海关。"
YINFA_ORGAN = "陕西省商务厅办公室"

# ======================================================================
# docx helpers
# ======================================================================


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font=FS, size=BODY, bold=False, color=None):
    for i, part in enumerate(text.split(BR)):
        if i:
            r = par.add_run()
            set_font(r, font, size, bold, color)
            r.add_break()
        if part:
            r = par.add_run(part)
            set_font(r, font, size, bold, color)


def fmt(par, align=None, first=None, left=None, line=LINE, before=0, after=0, keep_next=False):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if keep_next:
        pf.keep_with_next = True
    return par


def border(par, side, sz, color="000000", space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def body_par(doc, text, font=FS, first=True):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32) if first else None)
    add_text(p, text, font)
    return p


def run_in(doc, label, text, kind):
    """kind: 'b' bold 仿宋 run-in head, 'k' 楷体 run-in head, 'h' 黑体 run-in, 'n' plain label"""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32))
    if kind == "b":
        add_text(p, label, FS, bold=True)
    elif kind == "k":
        add_text(p, label, KT)
    elif kind == "h":
        add_text(p, label, HT)
    else:
        add_text(p, label, FS)
    add_text(p, text, FS)
    return p


def blocks(doc, items):
    for it in items:
        if it[0] == "p":
            body_par(doc, it[1])
        elif it[0] == "h1":
            p = doc.add_paragraph()
            fmt(p, first=Pt(32), keep_next=True)
            add_text(p, it[1], HT)
        elif it[0] == "h2":
            p = doc.add_paragraph()
            fmt(p, first=Pt(32), keep_next=True)
            add_text(p, it[1], KT)
        elif it[0] == "run":
            run_in(doc, it[1], it[2], it[3])


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=Pt(2))
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(par, instr, font, size):
    r = par.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = par.add_run()
    set_font(r, font, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r._element.append(t)
    r = par.add_run()
    set_font(r, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = par.add_run("1")
    set_font(r, font, size)
    r = par.add_run()
    set_font(r, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)


def page_footer(footer, odd):
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    if odd:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("— ")
    set_font(r, SONG, Pt(14))
    add_field(p, "PAGE", SONG, Pt(14))
    r = p.add_run(" —")
    set_font(r, SONG, Pt(14))


def portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(25)


def landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(26), Mm(26)
    sec.left_margin, sec.right_margin = Mm(34), Mm(34)
    sec.header_distance, sec.footer_distance = Mm(12), Mm(15)


def cell_text(cell, text, font=FS, size=TS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.text = ""
    fmt(p, align=align, line=Pt(16))
    add_text(p, text, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def attachment_head(doc, label, title_lines, new_page=False):
    p = doc.add_paragraph()
    fmt(p)
    p.paragraph_format.page_break_before = new_page
    add_text(p, label, HT)
    p = doc.add_paragraph()
    fmt(p, line=Pt(28.95))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), after=14)
    add_text(p, BR.join(title_lines), XBS, Pt(22))


# ======================================================================
# build the Word file
# ======================================================================


def build_docx(path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = BODY
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    portrait(sec)
    page_footer(sec.footer, True)
    page_footer(sec.even_page_footer, False)

    # ---- 版头
    p = doc.add_paragraph()
    fmt(p, line=Pt(28.95))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(72), before=12)
    add_text(p, "陕西省商务厅文件", XBS, Pt(50), color=RED)
    p = doc.add_paragraph()
    fmt(p)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    add_text(p, DOCNO, FS)
    border(p, "bottom", 18, "FF0000", space=10)
    p = doc.add_paragraph()
    fmt(p)
    # ---- title
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    add_text(p, BR.join(TITLE_LINES), XBS, Pt(22))
    p = doc.add_paragraph()
    fmt(p)
    # ---- 主送
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, ZHUSONG)
    # ---- body
    for label, text in NOTICE:
        if label is None:
            body_par(doc, text)
        else:
            run_in(doc, label, text, "h")
    # ---- 附件说明 (one line left blank, hanging indents so the names line up)
    p = doc.add_paragraph()
    fmt(p)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=Pt(-72), left=Pt(32 + 48 + 24))
    add_text(p, f"附件：1．{ATT[0]}")
    for i, a in enumerate(ATT[1:], 2):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=Pt(-24), left=Pt(32 + 48 + 24))
        add_text(p, f"{i}．{a}")
    # ---- 落款
    for _ in range(2):
        p = doc.add_paragraph()
        fmt(p)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4 + 8)
    add_text(p, ISSUER)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    add_text(p, DATE_CN)
    p = doc.add_paragraph()
    fmt(p, first=Pt(32))
    add_text(p, "（此件公开发布）")

    # ---- 附件1
    attachment_head(doc, "附件1", ["陕西省跨境电子商务产业园区提质升级", "实施方案（2025—2027年）"], new_page=True)
    blocks(doc, FANGAN)

    # ---- 附件2 (landscape section)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec2)
    p = doc.add_paragraph()
    fmt(p)
    add_text(p, "附件2", HT)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), after=10)
    add_text(p, "陕西省跨境电子商务产业园区提质升级重点任务分工表", XBS, Pt(22))
    tbl = doc.add_table(rows=1 + len(TABLE_ROWS), cols=len(TABLE_HEAD))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    widths = [Mm(12), Mm(30), Mm(92), Mm(40), Mm(32), Mm(23)]
    for col, w in zip(tbl.columns, widths):
        col.width = w
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    for j, h in enumerate(TABLE_HEAD):
        cell_text(tbl.cell(0, j), h, HT, TS)
    repeat_header(tbl.rows[0])
    for i, row in enumerate(TABLE_ROWS, 1):
        cant_split(tbl.rows[i])
        for j, v in enumerate(row):
            if j in (1, 5) and any(c == j and a < i - 1 <= b for c, a, b in TABLE_MERGES):
                continue  # lower cell of a vertical merge stays empty
            al = WD_ALIGN_PARAGRAPH.JUSTIFY if j == 2 else (WD_ALIGN_PARAGRAPH.LEFT if j in (3, 4) else WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(tbl.cell(i, j), v, FS, TS, align=al)
    for c, a, b in TABLE_MERGES:
        top = tbl.cell(a + 1, c)
        txt = TABLE_ROWS[a][c]
        m = top.merge(tbl.cell(b + 1, c))
        # merge() concatenates paragraphs; rewrite the merged cell
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        al = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(m, txt, FS, TS, align=al)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=Pt(22), before=6)
    add_text(p, TABLE_NOTE, FS, TS)

    # ---- 附件3 (portrait section)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec3)
    attachment_head(doc, "附件3", ["2025年度省级跨境电子商务示范园区", "申报指南"])
    blocks(doc, ZHINAN)

    # ---- 版记
    p = doc.add_paragraph()
    fmt(p, line=Pt(14))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14 + 42), first=Pt(-42), line=Pt(26))
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, CHAOSONG, FS, Pt(14))
    border(p, "top", 8, space=4)
    border(p, "bottom", 4, space=4)
    p = doc.add_paragraph()
    fmt(p, left=Pt(14), line=Pt(26))
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    add_text(p, YINFA_ORGAN + "\t" + PRINT_DATE_CN + "印发", FS, Pt(14))
    border(p, "bottom", 8, space=4)

    doc.core_properties.title = TITLE
    doc.core_properties.author = "sxswt"
    doc.save(path)


# ======================================================================
# the HTML page
# ======================================================================
WEB_PUB = "2025-06-20"


def build_html(path):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = [f'<p style="text-indent:0">{esc(ZHUSONG)}</p>']
    for label, text in NOTICE:
        body.append(f'<p style="text-indent:2em">{esc((label or "") + text)}</p>')
    atts = [
        ("P020250620573184216390.docx", f"附件1.{ATT[0]}.docx"),
        ("P020250620573184216391.xlsx", f"附件2.{ATT[1]}.xlsx"),
        ("P020250620573184216392.docx", f"附件3.{ATT[2]}.docx"),
    ]
    att_html = "\n".join(
        f'            <li><a href="./W020250620/{href}" target="_blank" appendix="true">{esc(name)}</a></li>'
        for href, name in atts)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="陕西省人民政府">
<meta name="SiteDomain" content="www.shaanxi.gov.cn">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-06-20 16:42">
<meta name="ContentSource" content="陕西省商务厅">
<title>{TITLE}_部门文件_陕西省人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f4f4f4;color:#333}}
.top-bar{{background:#a40000;color:#fff;font-size:13px;padding:4px 40px}}
.top-bar a{{color:#fff;margin-right:14px;text-decoration:none}}
.header{{background:#c00;color:#fff;padding:18px 40px;font-size:30px;font-weight:bold}}
.nav{{background:#8b0000;padding:0 40px}}
.nav a{{display:inline-block;color:#fff;padding:10px 18px;text-decoration:none}}
.wrap{{width:1100px;margin:16px auto;background:#fff;padding:20px 40px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.xxgk{{width:100%;border-collapse:collapse;margin:18px 0;font-size:14px;background:#f9f9f9}}
table.xxgk td{{border:1px solid #e0e0e0;padding:7px 10px}}
table.xxgk td.t{{width:90px;color:#a40000;font-weight:bold;text-align:right}}
h1.art-title{{font-size:24px;text-align:center;color:#a40000;line-height:1.6;margin:24px 40px 8px}}
.art-info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.TRS_Editor p{{font-size:17px;line-height:2;margin:0}}
.fujian{{margin-top:18px;font-size:15px}}
.tools{{text-align:right;font-size:13px;margin-top:30px}}
.qr{{float:left;font-size:12px;color:#666;text-align:center}}
.related{{clear:both;margin-top:30px;border-top:2px solid #c00}}
.related h3{{color:#c00;font-size:16px}}
.footer{{background:#5a0000;color:#ddd;font-size:12px;text-align:center;padding:18px;line-height:1.9}}
</style>
</head>
<body>
<div class="top-bar"><a href="/">首页</a><a href="/wza/">无障碍</a><a href="/en/">English</a><span>2025年6月20日 星期五</span><a href="/sso/login">登录</a><a href="/sso/reg">注册</a></div>
<div class="header">陕西省人民政府<span style="font-size:14px;margin-left:20px">www.shaanxi.gov.cn</span>
  <form style="float:right" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><a href="/">首页</a><a href="/xw/">要闻动态</a><a href="/zfxxgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/sq/">走进陕西</a><a href="/zt/">专题专栏</a></div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政务公开</a> &gt; <a href="/zfxxgk/zcwj/">政策文件</a> &gt; <a href="/zfxxgk/zcwj/bmwj/">部门文件</a></div>
  <table class="xxgk">
    <tr><td class="t">索引号：</td><td>11610000MB1937201T/2025-00537</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
    <tr><td class="t">发文机关：</td><td>陕西省商务厅</td><td class="t">成文日期：</td><td>2025年06月16日</td></tr>
    <tr><td class="t">标　　题：</td><td colspan="3">{TITLE}</td></tr>
    <tr><td class="t">文　　号：</td><td>{DOCNO}</td><td class="t">发布日期：</td><td>2025年06月20日</td></tr>
  </table>
  <h1 class="art-title">{TITLE}</h1>
  <div class="art-info">发布时间：2025-06-20 16:42　　来源：陕西省商务厅　　浏览次数：<span id="hits">1086</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="TRS_Editor" id="zoom">
{chr(10).join('    ' + b for b in body)}
    <p style="text-align:right;padding-right:4em">{ISSUER}</p>
    <p style="text-align:right;padding-right:4em">{DATE_CN}</p>
    <p style="text-indent:2em">（此件公开发布）</p>
  </div>
  <div class="fujian">
    <span>附件：</span>
    <ul>
{att_html}
    </ul>
  </div>
  <div class="tools">
    <div class="qr"><img src="/images/qrcode_article.png" width="90" height="90" alt="二维码"><br>扫一扫在手机打开当前页</div>
    <a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a>　<a href="#">【分享】</a>
  </div>
  <div class="related">
    <h3>相关解读</h3>
    <ul>
      <li><a href="/zfxxgk/zcjd/202506/t20250620_2398761.html">一图读懂《陕西省跨境电子商务产业园区提质升级实施方案（2025—2027年）》</a></li>
      <li><a href="/zfxxgk/zcjd/202506/t20250621_2398990.html">省商务厅负责同志就《陕西省跨境电子商务产业园区提质升级实施方案（2025—2027年）》答记者问</a></li>
    </ul>
    <h3>相关文件</h3>
    <ul>
      <li><a href="/zfxxgk/zcwj/bmwj/202403/t20240312_2331204.html">陕西省商务厅关于开展2024年度省级跨境电子商务示范园区认定工作的通知</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <a href="/wzdt/" style="color:#ddd">网站地图</a> | <a href="/lxwm/" style="color:#ddd">联系我们</a> | <a href="/sm/" style="color:#ddd">使用帮助</a><br>
  主办：陕西省人民政府办公厅　承办：陕西省大数据中心<br>
  网站标识码：6100000037　陕ICP备05004896号-1　陕公网安备 61010302000127号
</div>
</body>
</html>
"""
    Path(path).write_text(html, encoding="utf-8")


# ======================================================================
# expected.json
# ======================================================================


def strip_br(s):
    return s.replace(BR, "\n")


def block_clauses(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(strip_br(it[1]))
        elif it[0] == "run":
            out.append(strip_br(it[1] + it[2]))
    return out


def notice_clauses():
    return [(l or "") + t for l, t in NOTICE]


def table_clauses():
    return ["；".join(f"{h}：{v}" for h, v in zip(TABLE_HEAD, row)) for row in TABLE_ROWS] + [TABLE_NOTE]


def build_expected():
    base_meta = {
        "title": TITLE,
        "doc_number": DOCNO,
        "issuer": [ISSUER],
        "date": "2025-06-16",
        "level": "provincial",
        "region": "陕西省",
        "attachments": ATT,
        "doc_type": "通知",
        "recipients": RECIPIENTS,
        "publicity": "此件公开发布",
    }
    doc_clauses = notice_clauses() + block_clauses(FANGAN) + table_clauses() + block_clauses(ZHINAN)
    spec_doc = {
        "1.强化综试区核心园区引领。支持西安市以西安国际港务区": ["西安市"],
        "2.培育县域跨境电商产业带。在眉县、周至县（猕猴桃）": ["眉县", "周至县", "洛川县", "白水县", "富平县"],
        "1.推动综保区与园区联动发展。在西安综合保税区、陕西西咸空港": ["西安综合保税区", "陕西西咸空港综合保税区"],
        "2.发挥自贸试验区先行先试作用。支持中国（陕西）自由贸易试验区西安国际港务区片区": ["西安国际港务区片区", "杨凌示范区片区"],
        "序号：1；重点任务：推动园区特色化发展；具体措施：支持西安市": ["西安市"],
        "序号：2；重点任务：推动园区特色化发展；具体措施：在眉县": ["眉县", "周至县", "洛川县", "白水县", "富平县"],
        "序号：3；重点任务：提升园区开放平台功能；具体措施：在西安综合保税区": ["西安综合保税区", "陕西西咸空港综合保税区"],
        "序号：4；重点任务：提升园区开放平台功能；具体措施：在西安国际港务区片区": ["西安国际港务区片区", "杨凌示范区片区"],
    }
    for k in spec_doc:
        assert sum(c.startswith(k) for c in doc_clauses) == 1, k
    doc_meta = dict(base_meta, published="2025-06-18", effective="2025-06-18", expires="2027-12-31",
                    repeals="《陕西省跨境电子商务产业园区建设指引（试行）》（陕商函〔2022〕118号）")
    web_meta = dict(base_meta, published=WEB_PUB, effective=None, expires=None, repeals=None)
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective", "expires",
             "attachments", "doc_type", "recipients", "publicity", "repeals"]
    exp = {
        STEM_DOC: [{"meta": {k: doc_meta[k] for k in order}, "clauses": doc_clauses,
                    "applies_to": {"specific": spec_doc}}],
        STEM_WEB: [{"meta": {k: web_meta[k] for k in order}, "clauses": notice_clauses(),
                    "applies_to": {"specific": {}}}],
    }
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    return exp


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_319", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    d = HERE / f"{STEM_DOC}.docx"
    build_docx(d)
    to_pdf(d)
    build_html(HERE / f"{STEM_WEB}.html")
    exp = build_expected()
    for k, v in exp.items():
        print(k, [len(x["clauses"]) for x in v])


if __name__ == "__main__":
    main()
