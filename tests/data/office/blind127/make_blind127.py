# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 127: lists kept per place (workbooks and Word tables).

Writes, next to this script:
  blind127_guangdong_achievements.xlsx  -- 省自贸办 workbook: 汇总 + one sheet per 片区 + hidden 字典
  blind127_guangdong_policylist.docx    -- 广东省商务厅 notice (portrait) + landscape 附件 政策清单 table
  blind127_guangdong_policylist.pdf     -- LibreOffice PDF of the .docx
  blind127_guangdong_policylist_table.xlsx -- the 附件 table alone, exported by LibreOffice
                                            (Writer HTML -> Calc -> xlsx; Writer has no xlsx filter)
  expected.json

All names of places and organs are real; numbers, 文号, people, phone numbers and details are fictional.
Run:  . /work/venv/bin/activate && python make_blind127.py
"""
import json
import os
import shutil
import subprocess
import tempfile
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

# ---------------------------------------------------------------- (a) workbook
HEADER = ["序号", "成果名称", "主要内容", "牵头单位", "形成时间", "推广范围", "备注"]
SCOPE_OPTS = ["全国复制推广（已报商务部）", "建议全省复制推广", "片区内推广"]

ZONES = [
    {
        "sheet": "南沙片区",
        "title": "中国（广东）自由贸易试验区广州南沙新区片区2024年制度创新成果清单",
        "filler": "填报单位（盖章）：中国（广东）自由贸易试验区广州南沙新区片区管理委员会",
        "date": "填报日期：2024年12月20日",
        "who": "填报人：李嘉欣          审核人：周  涛          联系电话：020-84986317",
        "region": "广州市南沙区",
        "rows": [
            ["中欧班列（南沙）“铁海联运”一单制改革",
             ("依托南沙港铁路和中欧班列南沙站，推行“一次委托、一单到底、一票结算”的铁海联运全程提单模式。主要做法：\n"
             "(1)由多式联运经营人签发全程联运提单，提单可作为信用证项下结汇单据使用；\n"
             "(2)海关对铁海联运货物实行“船边直提、抵港直装”，平均通关时间压缩至12小时以内；\n"
             "(3)与共建“一带一路”国家沿线3个铁路口岸建立数据交换机制。\n"
             "截至2024年10月，累计签发全程提单1860票，带动货值21.4亿元。"),
             "南沙区商务局\n南沙海关", "2024年6月", "建议全省复制推广", ""],
            ["国际商事调解“一站通”服务机制",
             ("设立南沙国际商事调解中心“一站通”服务窗口，面向共建“一带一路”国家和地区企业提供调解、仲裁、公证衔接服务。\n"
             "(1)建立由78名港澳及外籍调解员组成的调解员名册；\n"
             "(2)调解协议可申请司法确认，平均办理周期由45天缩短至18天；\n"
             "(3)支持以中文、英文、葡萄牙文三种语言开展线上调解。"),
             "南沙区司法局", "2024年3月", "片区内推广", "与南沙区人民法院联合推进"],
            ["跨境电商出口海外仓“离境即退税”试点",
             ("对通过9810模式出口至海外仓的货物，在货物离境并完成报关单结关后，即可申报出口退税，无需等待海外仓实际销售。\n"
             "企业需满足以下条件：\n"
             "(1)纳税信用级别为A级或B级；\n"
             "(2)海外仓位于共建“一带一路”国家且已在商务部门备案。\n"
             "试点以来办理退税2.37亿元，平均退税时间3.5个工作日。"),
             "国家税务总局广州市南沙区税务局", "2024年9月", "建议全省复制推广", "需报国家税务总局同意"],
            ["国际航行船舶保税LNG加注“一船多供”监管模式",
             "允许同一艘保税LNG加注船在一个航次内为多艘国际航行船舶加注，海关按航次实施集中申报、汇总核销。2024年累计加注LNG 4.6万吨。",
             "南沙海关\n广州港集团有限公司", "2024年11月", "片区内推广", ""],
        ],
    },
    {
        "sheet": "前海蛇口片区",
        "title": "中国（广东）自由贸易试验区深圳前海蛇口片区2024年制度创新成果清单",
        "filler": "填报单位（盖章）：深圳市前海深港现代服务业合作区管理局（中国（广东）自由贸易试验区深圳前海蛇口片区管理委员会）",
        "date": "填报日期：2024年12月18日",
        "who": "填报人：吴思远          联系电话：0755-88985140",
        "region": "深圳市",
        "rows": [
            ["深港跨境数据验证平台“数据不出境、结果可互认”机制",
             ("依托前海深港国际服务城建设跨境数据验证平台，为开展跨境贸易的企业提供身份、资质、信用等数据的核验服务。\n"
             "(1)原始数据保留在境内，仅跨境传输验证结果；\n"
             "(2)已接入香港地区2家银行和4家征信机构；\n"
             "(3)累计为与共建“一带一路”国家开展贸易的企业提供核验服务3100余次。"),
             "前海管理局\n深圳市政务服务和数据管理局", "2024年5月", "全国复制推广（已报商务部）", "已报送商务部，待审定"],
            ["港澳律师事务所与内地律师事务所合伙联营“负面清单+承诺制”管理",
             ("对港澳律师事务所与内地律师事务所在前海合伙联营实行负面清单管理，除清单所列事项外，联营所可自主约定合作方式。\n"
             "(1)申请材料由11项精简为5项；\n"
             "(2)审批时限由20个工作日压缩至7个工作日。"),
             "深圳市司法局\n前海管理局", "2024年4月", "建议全省复制推广", ""],
            ["蛇口邮轮母港“海上丝路”航线国际邮轮旅客“一站式”通关",
             ("对停靠蛇口邮轮母港、往来共建“一带一路”国家的国际邮轮，实行“预先申报、船边查验、自助通关”模式。\n"
             "(1)邮轮旅客通关时间平均缩短至25分钟；\n"
             "(2)推动外国人144小时过境免签政策与邮轮入境免签政策衔接。"),
             "深圳蛇口海关\n招商局集团有限公司", "2024年8月", "片区内推广", ""],
            ["跨境贸易投资高水平开放外汇管理改革“前海版”",
             ("(1)优质企业经常项目资金收付实行“凭指令办理”；\n"
             "(2)非金融企业外债便利化额度提高至1000万美元；\n"
             "(3)支持企业以跨境人民币结算参与共建“一带一路”项目融资。\n"
             "试点企业已达430家。"),
             "国家外汇管理局深圳市分局", "2024年2月", "建议全省复制推广", "已在南沙片区同步试点"],
        ],
    },
    {
        "sheet": "横琴片区",
        "title": "横琴粤澳深度合作区（中国（广东）自由贸易试验区珠海横琴新区片区）2024年制度创新成果清单",
        "filler": "填报单位（盖章）：横琴粤澳深度合作区执行委员会",
        "date": "填报日期：2024年12月23日",
        "who": "填报人：梁颖琪          联系电话：0756-8841256",
        "region": "珠海市",
        "rows": [
            ["琴澳跨境商事登记“一地通办”",
             ("澳门投资者在合作区设立企业，可通过澳门商业及动产登记局窗口远程提交申请，琴澳两地同步办理。\n"
             "(1)设立登记全程不超过1个工作日；\n"
             "(2)支持使用澳门特区政府电子签名证书签署文件；\n"
             "(3)已办理澳资企业登记620户。"),
             "合作区商事服务局", "2024年7月", "建议全省复制推广", ""],
            ["葡语国家产品经澳门进入合作区“一次检验、琴澳互认”",
             ("对原产于葡语国家的食品、酒类经澳门进入合作区，实行“一次检验、琴澳互认”。\n"
             "(1)建立葡语国家产品溯源数据库，收录产品2100余种；\n"
             "(2)查验比例由10%下调至3%。"),
             "横琴海关\n合作区经济发展局", "2024年10月", "片区内推广", "拟申请纳入第二批试点\n待海关总署批复"],
            ["澳门专业人士跨境执业“备案即执业”",
             "对取得澳门执业资格的建筑、规划、旅游专业人士，经备案后可在合作区直接提供服务。累计备案澳门专业人士1380名。",
             "合作区经济发展局", "2024年12月", "片区内推广", ""],
        ],
    },
]

SUM_TITLE = "中国（广东）自由贸易试验区2024年制度创新成果清单（汇总表）"
SUM_HEADER = ["序号", "片区", "成果数量（项）", "其中：全国或全省复制推广（项）", "其中：片区内推广（项）", "备注"]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _sheet_setup(ws, last_col, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddHeader.right.text = "&A"


def make_workbook(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "汇总"
    # dictionary sheet (hidden), referenced by data validation
    wd = wb.create_sheet("字典")
    wd["A1"] = "推广范围"
    wd["B1"] = "片区"
    wd["C1"] = "单位类型"
    for i, v in enumerate(SCOPE_OPTS):
        wd.cell(row=2 + i, column=1, value=v)
    for i, z in enumerate(ZONES):
        wd.cell(row=2 + i, column=2, value=z["sheet"])
    for i, v in enumerate(["省直部门", "中直驻粤单位", "片区管理机构", "区（市）直部门", "企业"]):
        wd.cell(row=2 + i, column=3, value=v)
    wd.sheet_state = "hidden"

    for z in ZONES:
        ws = wb.create_sheet(z["sheet"], index=len(wb.sheetnames) - 1)
        ws.merge_cells("A1:G1")
        ws["A1"] = z["title"]
        ws["A1"].font = Font(name="方正小标宋简体", size=16)
        ws["A1"].alignment = CENTER
        ws.row_dimensions[1].height = 42
        ws.merge_cells("A2:E2")
        ws["A2"] = z["filler"]
        ws.merge_cells("F2:G2")
        ws["F2"] = z["date"]
        for c in ("A2", "F2"):
            ws[c].font = Font(name="仿宋_GB2312", size=11)
        ws["A2"].alignment = Alignment(vertical="center", wrap_text=True)
        ws["F2"].alignment = Alignment(horizontal="right", vertical="center")
        ws.row_dimensions[2].height = 30
        for j, h in enumerate(HEADER):
            c = ws.cell(row=3, column=j + 1, value=h)
            c.font = Font(name="黑体", size=12)
            c.alignment = CENTER
            c.border = BOX
            c.fill = PatternFill("solid", fgColor="D9D9D9")
        for i, r in enumerate(z["rows"]):
            rr = 4 + i
            vals = [i + 1] + r
            for j, v in enumerate(vals):
                c = ws.cell(row=rr, column=j + 1, value=(v if v != "" else None))
                c.font = Font(name="仿宋_GB2312", size=11)
                c.border = BOX
                c.alignment = CENTER if j in (0, 4, 5) else WRAP_TOP
            lines = max(len(str(v)) // 22 + str(v).count("\n") + 1 for v in vals)
            ws.row_dimensions[rr].height = min(409, 16 * lines + 6)
        end = 4 + len(z["rows"]) - 1
        dv = DataValidation(type="list", formula1="=字典!$A$2:$A$4", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("F4:F%d" % (end + 20))
        ws.merge_cells("A%d:G%d" % (end + 2, end + 2))
        ws["A%d" % (end + 2)] = z["who"]
        ws["A%d" % (end + 2)].font = Font(name="仿宋_GB2312", size=11)
        ws.freeze_panes = "A4"
        ws.print_title_rows = "3:3"
        _sheet_setup(ws, 7, [6, 26, 60, 20, 11, 16, 18])

    # 汇总 sheet, with COUNTIF formulas over the 片区 sheets
    ws = ws0
    ws.merge_cells("A1:F1")
    ws["A1"] = SUM_TITLE
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 42
    ws.merge_cells("A2:D2")
    ws["A2"] = "填报单位（盖章）：广东省自由贸易试验区工作办公室"
    ws.merge_cells("E2:F2")
    ws["E2"] = "填报日期：2024年12月26日"
    ws["E2"].alignment = Alignment(horizontal="right")
    for j, h in enumerate(SUM_HEADER):
        c = ws.cell(row=3, column=j + 1, value=h)
        c.font = Font(name="黑体", size=12)
        c.alignment = CENTER
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    notes = ["", "含1项已报送商务部", ""]
    for i, z in enumerate(ZONES):
        r = 4 + i
        sh = z["sheet"]
        n = len(z["rows"])
        vals = [i + 1, sh,
                "=COUNTA('%s'!B4:B%d)" % (sh, 3 + n),
                "=COUNTIF('%s'!F4:F%d,\"全国*\")+COUNTIF('%s'!F4:F%d,\"建议全省*\")" % (sh, 3 + n, sh, 3 + n),
                "=COUNTIF('%s'!F4:F%d,\"片区内*\")" % (sh, 3 + n),
                notes[i] or None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            c.border = BOX
            c.alignment = CENTER
            c.font = Font(name="仿宋_GB2312", size=12)
    r = 4 + len(ZONES)
    ws.merge_cells("A%d:B%d" % (r, r))
    ws["A%d" % r] = "合计"
    for col in "CDE":
        ws["%s%d" % (col, r)] = "=SUM(%s4:%s%d)" % (col, col, r - 1)
    for col in "ABCDEF":
        ws["%s%d" % (col, r)].border = BOX
        ws["%s%d" % (col, r)].alignment = CENTER
        ws["%s%d" % (col, r)].font = Font(name="黑体", size=12)
    ws.merge_cells("A%d:F%d" % (r + 1, r + 1))
    ws["A%d" % (r + 1)] = "说明：各片区成果明细见对应工作表；推广范围以省自贸办审定意见为准。"
    ws["A%d" % (r + 1)].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r + 1].height = 30
    ws.merge_cells("A%d:F%d" % (r + 3, r + 3))
    ws["A%d" % (r + 3)] = "填报人：陈晓林          联系电话：020-38819526"
    _sheet_setup(ws, 6, [8, 18, 16, 22, 20, 24])
    wb.active = 0
    wb.save(path)

    # Excel would have cached the formula results; let LibreOffice recalculate and save,
    # the way a clerk re-saves the file in an office suite.
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)
    wbv = load_workbook(path, data_only=True)
    assert wbv["汇总"]["C7"].value == 11, wbv["汇总"]["C7"].value
    assert wbv["字典"].sheet_state == "hidden"


# ---------------------------------------------------------------- (b) docx
RED = RGBColor(0xFF, 0x00, 0x00)
FS, HEI, KAI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"


def font(run, east, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc_or_cell, text="", east=FS, size=16, align=None, indent=2, bold=False, color=None, line=28.95,
         before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), east, size, bold, color)
    return p


def border(p, side, sz, color="FF0000", space=1):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        pPr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    b.append(e)


def page_field(p, size=14):
    def r(text=None, fld=None, instr=None):
        run = p.add_run()
        font(run, "宋体", size)
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            run._r.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            run._r.append(e)
        else:
            run.text = text
    r("— ")
    r(fld="begin")
    r(instr=" PAGE ")
    r(fld="separate")
    r("1")
    r(fld="end")
    r(" —")


def footers(section):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    page_field(p)
    ef = section.even_page_footer
    ef.is_linked_to_previous = False
    p = ef.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(14)
    page_field(p)


def make_seal(path, name):
    W = 600
    im = Image.new("RGBA", (W, W), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (230, 0, 0, 215)
    d.ellipse((10, 10, W - 10, W - 10), outline=red, width=16)
    fnt = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 62)
    import math
    n = len(name)
    span = 230.0
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * i / (n - 1))
        x = W / 2 + 215 * math.cos(ang)
        y = W / 2 + 215 * math.sin(ang)
        ci = Image.new("RGBA", (90, 90), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((14, 4), ch, font=fnt, fill=red)
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(ci, (int(x - 45), int(y - 45)))
    cx, cy, R = W / 2, W / 2, 95
    pts = []
    for k in range(10):
        rr = R if k % 2 == 0 else R * 0.38
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    im.save(path)


def float_picture(run, path, width, dx, dy):
    """Insert picture then turn the inline into a floating anchor, behind text."""
    run.add_picture(path, width=width)
    drawing = run._r.find(qn("w:drawing"))
    inline = drawing.find(qn("wp:inline"))
    anchor = OxmlElement("wp:anchor")
    for k, v in dict(distT="0", distB="0", distL="0", distR="0", simplePos="0", relativeHeight="251659264",
                     behindDoc="1", locked="0", layoutInCell="1", allowOverlap="1").items():
        anchor.set(k, v)
    sp = OxmlElement("wp:simplePos")
    sp.set("x", "0")
    sp.set("y", "0")
    anchor.append(sp)
    for tag, rel, off in (("wp:positionH", "column", dx), ("wp:positionV", "paragraph", dy)):
        e = OxmlElement(tag)
        e.set("relativeFrom", rel)
        o = OxmlElement("wp:posOffset")
        o.text = str(int(off))
        e.append(o)
        anchor.append(e)
    anchor.append(deepcopy(inline.find(qn("wp:extent"))))
    ee = OxmlElement("wp:effectExtent")
    for k in ("l", "t", "r", "b"):
        ee.set(k, "0")
    anchor.append(ee)
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        e = inline.find(qn(tag))
        if e is not None:
            anchor.append(deepcopy(e))
    drawing.remove(inline)
    drawing.append(anchor)


DOC_TITLE = "广东省商务厅关于印发《中国（广东）自由贸易试验区支持企业参与共建“一带一路”政策清单（2024年版）》的通知"
DOC_NO = "粤商务自贸〔2024〕12号"
LIST_TITLE = "中国（广东）自由贸易试验区支持企业参与共建“一带一路”政策清单（2024年版）"
ZHUSONG = "广州市、深圳市、珠海市人民政府，横琴粤澳深度合作区执行委员会，各片区管委会，省有关单位："

BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥自由贸易试验区改革开放试验田作用，支持企业更好参与共建“一带一路”，省商务厅（省自贸办）会同各片区梳理形成了《中国（广东）自由贸易试验区支持企业参与共建“一带一路”政策清单（2024年版）》（以下简称《清单》），现印发给你们，并就有关事项通知如下。"),
    ("h1", "一、抓好政策落实"),
    ("h2", "（一）明确责任分工。", "各片区管委会是本片区政策兑现的责任主体，要逐项明确受理部门、办理时限和联系方式，于2024年12月31日前在片区门户网站公开。"),
    ("h2", "（二）简化兑现流程。", "推行“免申即享”“即申即享”，具体要求如下："),
    ("h3", "1.对《清单》中标注“免申即享”的事项，", "由受理部门依托数据共享主动比对、直接兑现，企业无需提出申请。"),
    ("h3", "2.对确需企业申报的事项，", "应当实行网上受理、限时办结："),
    ("h4", "（1）申报材料原则上不超过5项；"),
    ("h4", "（2）审核时限自受理之日起不超过15个工作日。"),
    ("h1", "二、加强宣传解读"),
    ("p", "各片区要通过政策宣讲会、“政企面对面”等方式，每季度至少组织1次面向外经贸企业的《清单》解读活动；省商务厅将《清单》纳入“粤商通”涉企政策专区集中发布。"),
    ("h1", "三、实行动态更新"),
    ("p", "《清单》自印发之日起实施，有效期至2026年12月31日。各片区政策调整的，应当在调整后10个工作日内报省自贸办，由省自贸办统一更新发布。"),
    ("p", "执行中遇到的问题，请及时向省商务厅（省自贸办）反映。"),
]

# policy table: (片区, [rows]) ; row = [政策事项, 支持内容(paragraphs), 政策依据, 受理部门]
POLICY = [
    ("南沙片区", [
        ["海外仓建设运营补贴",
         ["对在共建“一带一路”国家新建或租用海外仓的南沙企业给予补贴：",
          "1.新建海外仓面积达到3000平方米以上的，按建设投入的20%给予补贴，单个企业最高300万元；",
          "2.租用海外仓的，按实际租金的30%给予补贴，每年最高100万元，连续支持不超过2年。",
          "同一海外仓不得重复享受上述两项支持。"],
         "《广州南沙新区（自贸片区）促进跨境电子商务高质量发展若干措施》（穗南开管办规〔2023〕4号）",
         "南沙区商务局\n020-39078215"],
        ["国际物流通道建设支持",
         ["（1）对经南沙港铁路发运中欧班列的企业，按每标准箱1500元给予运费补贴；",
          "（2）对开通至共建“一带一路”国家新航线并稳定运营满6个月的航运企业，每条航线一次性奖励50万元。"],
         "《广州南沙新区（自贸片区）促进航运物流高质量发展若干措施》（穗南开管办规〔2024〕1号）",
         "南沙区交通运输局\n020-39079632"],
        ["涉外法律服务补助（免申即享）",
         ["企业参与境外投资项目，聘请在南沙注册的涉外律师事务所提供尽职调查、合规审查服务的，按服务费用的50%给予补助，每家企业每年最高20万元。"],
         "《广州南沙新区（自贸片区）支持涉外法律服务业发展办法》（穗南开管办规〔2022〕9号）",
         "南沙区司法局\n020-39083306"],
    ]),
    ("前海蛇口片区", [
        ["跨境人民币结算奖励",
         ["1.对以跨境人民币结算与共建“一带一路”国家开展货物贸易，年结算额达到1亿元以上的企业，按结算额的万分之五给予奖励，最高100万元；",
          "2.对首次开展跨境人民币结算的企业，一次性奖励5万元。"],
         "《深圳市前海深港现代服务业合作区支持跨境金融发展若干措施》（深前海规〔2024〕2号）",
         "前海管理局金融处\n0755-88988471"],
        ["境外投资项目前期费用支持",
         ["对在前海注册、在共建“一带一路”国家开展实际投资的企业：",
          "（1）按项目可行性研究、境外法律咨询等前期费用的40%给予支持；",
          "（2）单个项目最高200万元，单个企业每年最高500万元。",
          "已享受国家、省同类支持的，按“就高不重复”原则执行。"],
         "《深圳市前海深港现代服务业合作区支持企业“走出去”若干措施》（深前海规〔2023〕7号）",
         "前海管理局投资促进处\n0755-88988120"],
        ["国际商事仲裁费用补贴",
         ["合作区企业选择深圳国际仲裁院处理与共建“一带一路”国家企业间商事争议的，按仲裁费用的30%给予补贴，每件最高30万元。"],
         "《深圳市前海深港现代服务业合作区支持企业“走出去”若干措施》（深前海规〔2023〕7号）",
         "前海管理局法治建设处\n0755-88988356"],
    ]),
    ("横琴片区", [
        ["葡语国家产品进口贴息",
         ["对经澳门进口葡语国家产品的合作区企业：",
          "1.按进口额的2%给予贴息，每家企业每年最高150万元；",
          "2.进口额同比增长超过20%的，贴息比例提高至3%。"],
         "《横琴粤澳深度合作区促进葡语国家商品进口若干措施》（琴执规〔2024〕6号）",
         "合作区经济发展局\n0756-8868102"],
        ["琴澳企业联合“出海”奖励",
         ["琴澳企业组成联合体承接共建“一带一路”国家工程项目的，按合同额的1%给予奖励，单个项目最高500万元。"],
         "《横琴粤澳深度合作区支持琴澳企业联合拓展国际市场办法》（琴执规〔2024〕3号）",
         "合作区经济发展局\n0756-8868102"],
    ]),
    ("各片区通用", [
        ["省级自贸试验区发展专项资金",
         ["对在自贸试验区内注册、参与共建“一带一路”的重点项目，通过省级促进经济高质量发展专项资金（自贸试验区发展）予以支持：",
          "1.项目实际投资额的10%以内，单个项目最高1000万元；",
          "2.同一项目在同一年度只能申报一个省级专项资金。"],
         "《广东省促进经济高质量发展专项资金（自贸试验区发展）管理办法》（粤商务规字〔2023〕5号）",
         "省商务厅自贸处\n020-38819526"],
    ]),
]
TABLE_HEADER = ["片区", "序号", "政策事项", "支持内容", "政策依据", "受理部门及电话"]
NOTES = [
    "注：1.本清单所列金额除特别注明外均为人民币。",
    "2.政策的具体申报条件、程序以政策依据原文为准；政策依据失效或者修订的，按照新规定执行。",
    "3.标注“免申即享”的事项由受理部门主动兑现，企业无需申报。",
]
ISSUE_DATE = "2024年11月18日"
PRINT_DATE = "2024年11月19日"
CC = "抄送：商务部自由贸易试验区港建设协调司，省发展改革委、司法厅、财政厅，人民银行广东省分行，海关总署广东分署，国家外汇管理局广东省分局。"
YINFA = ("广东省商务厅办公室", PRINT_DATE + "印发")


def cell_text(cell, paras, east=FS, size=12, align=None, bold=False):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.line_spacing = 1.15
        if align is not None:
            p.alignment = align
        font(p.add_run(t), east, size, bold)


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


WIDTHS = [20, 11, 34, 86, 50, 31]


def add_policy_table(doc):
    nrows = 1 + sum(len(r) for _, r in POLICY)
    t = doc.add_table(rows=nrows, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t)
    for j, h in enumerate(TABLE_HEADER):
        c = t.cell(0, j)
        cell_text(c, [h], HEI, 12, WD_ALIGN_PARAGRAPH.CENTER)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    r = 1
    no = 1
    for zone, rows in POLICY:
        top = r
        for row in rows:
            cell_text(t.cell(r, 1), [str(no)], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(r, 2), [row[0]], FS, 12)
            cell_text(t.cell(r, 3), row[1], FS, 12)
            cell_text(t.cell(r, 4), [row[2]], FS, 12)
            cell_text(t.cell(r, 5), row[3].split("\n"), FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            for j in (1, 2, 5):
                t.cell(r, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            r += 1
            no += 1
        m = t.cell(top, 0).merge(t.cell(r - 1, 0)) if r - 1 > top else t.cell(top, 0)
        cell_text(m, [zone], HEI, 12, WD_ALIGN_PARAGRAPH.CENTER)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(WIDTHS[j] / 25.4 * 1440)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            set_cell_width(c, WIDTHS[j])
    tblW = t._tbl.tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        t._tbl.tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(WIDTHS) / 25.4 * 1440)))
    return t


def attachment_part(doc):
    para(doc, "附件", HEI, 16, indent=0)
    para(doc, LIST_TITLE, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=35, before=10, after=14)
    add_policy_table(doc)
    for i, n in enumerate(NOTES):
        p = para(doc, n, FS, 14, indent=0, line=24, before=8 if i == 0 else 0)
        if i > 0:
            p.paragraph_format.left_indent = Pt(28)


def a4_portrait(s):
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.orientation = WD_ORIENT.PORTRAIT
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)


def a4_landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(28), Mm(26), Mm(33), Mm(32)
    s.header_distance, s.footer_distance = Mm(12), Mm(14)


def make_docx(path, seal_png):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    doc.settings.odd_and_even_pages_header_footer = True
    s = doc.sections[0]
    a4_portrait(s)
    footers(s)
    body = doc.element.body
    body.remove(doc.paragraphs[0]._p) if doc.paragraphs else None

    # 版头
    p = para(doc, "广东省商务厅文件", XBS, 48, WD_ALIGN_PARAGRAPH.CENTER, indent=0, color=RED, line=None, before=12)
    p.runs[0].font.spacing = Pt(2)
    para(doc, "", indent=0, line=28.95)
    p = para(doc, DOC_NO, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", 18, "FF0000", space=10)
    para(doc, "", indent=0)
    para(doc, DOC_TITLE, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=35)
    para(doc, "", indent=0)
    para(doc, ZHUSONG, FS, 16, indent=0)
    for item in BODY:
        kind = item[0]
        if kind == "p":
            para(doc, item[1])
        elif kind == "h1":
            para(doc, item[1], HEI)
        elif kind in ("h2", "h3"):
            p = para(doc)
            font(p.add_run(item[1]), KAI if kind == "h2" else FS, 16, bold=(kind == "h3"))
            font(p.add_run(item[2]), FS, 16)
        elif kind == "h4":
            para(doc, item[1])
    para(doc, "", indent=0)
    p = para(doc, "附件：", FS, 16)
    font(p.add_run(LIST_TITLE), FS, 16)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "广东省商务厅", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(64)
    float_picture(p.add_run(), seal_png, Mm(42), Mm(88), -Mm(24))
    p = para(doc, ISSUE_DATE, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）")
    para(doc, "（联系人：黄志远，电话：020-38819526）")

    # 附件: landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s2)
    attachment_part(doc)

    # 版记 at the end, after the attachment
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, CC, FS, 14, indent=0, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 8, "000000", space=4)
    border(p, "bottom", 4, "000000", space=4)
    p = para(doc, "", FS, 14, indent=0, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(232 - 10), alignment=2)
    font(p.add_run(YINFA[0] + "\t" + YINFA[1]), FS, 14)
    border(p, "bottom", 8, "000000", space=4)
    doc.core_properties.title = ""
    doc.core_properties.author = "hzy"
    doc.save(path)


def make_table_only_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4_landscape(doc.sections[0])
    body = doc.element.body
    attachment_part(doc)
    doc.save(path)


def soffice(args, cwd):
    subprocess.run(["soffice", "--headless"] + args, cwd=cwd, check=True, capture_output=True, timeout=240)


# ---------------------------------------------------------------- expected.json
def row_clause(headers, values):
    parts = []
    for h, v in zip(headers, values):
        v = "" if v is None else str(v).replace("\n", "")
        if v:
            parts.append("%s：%s" % (h, v))
    return "；".join(parts)


def expected():
    exp = {}
    # (a)
    cl = []
    applies = []
    counts = []
    for i, z in enumerate(ZONES):
        n = len(z["rows"])
        a = sum(1 for r in z["rows"] if not r[4].startswith("片区内"))
        counts.append((n, a, n - a))
    notes = ["", "含1项已报送商务部", ""]
    for i, z in enumerate(ZONES):
        c = row_clause(SUM_HEADER, [i + 1, z["sheet"], *counts[i], notes[i]])
        cl.append(c)
        applies.append({"clause": c[:40], "applies_to": [z["sheet"] + "（" + z["region"] + "）"]})
    tot = [sum(x[k] for x in counts) for k in range(3)]
    c = row_clause(SUM_HEADER, ["合计", "", *tot, ""])
    cl.append(c)
    applies.append({"clause": c, "applies_to": ["中国（广东）自由贸易试验区 / 广东省"]})
    cl.append("说明：各片区成果明细见对应工作表；推广范围以省自贸办审定意见为准。")
    for z in ZONES:
        for i, r in enumerate(z["rows"]):
            c = row_clause(HEADER, [i + 1] + r)
            cl.append(c)
            tol = [z["region"]]
            if r[4].startswith("建议全省"):
                tol.append("广东省（推广范围：建议全省复制推广）")
            if r[4].startswith("全国"):
                tol.append("广东省/全国（推广范围：全国复制推广，尚待审定）")
            applies.append({"clause": c[:40], "sheet": z["sheet"], "applies_to": [z["sheet"]],
                            "tolerable": tol})
    exp["blind127_guangdong_achievements"] = [{
        "meta": {"title": "中国（广东）自由贸易试验区2024年制度创新成果清单",
                 "doc_number": None,
                 "issuer": ["广东省自由贸易试验区工作办公室"],
                 "date": "2024-12-26",
                 "level": "provincial", "region": "广东省",
                 "effective": None, "expires": None, "attachments": [],
                 "sheets": ["汇总", "南沙片区", "前海蛇口片区", "横琴片区", "字典 (hidden)"]},
        "clauses": cl,
        "applies": applies,
        "_note": ("Furniture: every sheet's merged title row, the 填报单位/填报日期 row, the header row, the 填报人/审核人/联系电话 line, "
                  "print header (&A sheet name) and footer (第 &P 页，共 &N 页), and the whole hidden sheet '字典' (dropdown lists: its values "
                  "'全国复制推广（已报商务部）/建议全省复制推广/片区内推广', 片区 names, 单位类型 must NOT appear as clauses). "
                  "汇总 C/D/E are formulas (COUNTA/COUNTIF over the 片区 sheets) with cached values 4/3/4 (=11), 2/3/1 (=6), 2/1/2 (=5): "
                  "the clause must carry the numbers, not the formula text. Cells with Alt+Enter breaks hold one item; the (1)(2)(3) "
                  "sub-points inside 主要内容 belong to the row and must not become separate clauses nor be torn from their row; "
                  "any joiner (newline, nothing, space) is tolerable. Empty 备注 may be omitted or printed empty. "
                  "Tolerable: one document per visible sheet (4 documents) with the sheet's own title (e.g. '中国（广东）自由贸易试验区广州南沙新区片区2024年制度创新成果清单'), "
                  "issuer = that sheet's 填报单位 and date = its 填报日期 (南沙 2024-12-20, 前海蛇口 2024-12-18, 横琴 2024-12-23); level provincial for 汇总, "
                  "municipal/provincial for the 片区 sheets (片区 are parts of the provincial FTZ). Labels: 序号 1..n per sheet (repeating across sheets), "
                  "so a sheet prefix (e.g. 南沙片区-1) is welcome. applies_to: every 片区 row -> that sheet's 片区 (its city is tolerable); "
                  "'建议全省复制推广' rows may additionally carry 广东省; the 合计 row and 说明 -> the whole FTZ / 广东省. "
                  "No clause must apply to a 片区 other than its sheet's (e.g. the 前海 row whose 备注 says '已在南沙片区同步试点' must still apply to 前海蛇口片区, 南沙 tolerable only as an extra)."),
    }]

    # (b)(c)
    body_cl = []
    for item in BODY:
        if item[0] in ("p", "h4"):
            body_cl.append(item[1])
        elif item[0] in ("h2", "h3"):
            body_cl.append(item[1] + item[2])
    trows = []
    tapplies = []
    no = 1
    for zone, rows in POLICY:
        for row in rows:
            c = row_clause(TABLE_HEADER, [zone, no, row[0], "".join(row[1]), row[2], row[3]])
            trows.append(c)
            tgt = {"南沙片区": "南沙片区（广州市南沙区）", "前海蛇口片区": "前海蛇口片区（深圳市）", "横琴片区": "横琴片区（珠海市横琴粤澳深度合作区）",
                   "各片区通用": "中国（广东）自由贸易试验区全域 / 广东省"}[zone]
            tapplies.append({"no": no, "policy": row[0], "applies_to": [tgt], "from": "merged 片区 cell (first column)"})
            no += 1
    notes_cl = NOTES[:]
    meta_notice = {"title": DOC_TITLE, "doc_number": DOC_NO, "issuer": ["广东省商务厅"],
                   "date": "2024-11-18", "level": "provincial", "region": "广东省",
                   "effective": "2024-11-18", "expires": "2026-12-31",
                   "attachments": [LIST_TITLE], "main_recipients": ZHUSONG.rstrip("："),
                   "cc": CC, "printed": "2024-11-19 广东省商务厅办公室印发"}
    note_docx = ("One document: the notice (portrait, pages 1-2) whose 附件 is a landscape section (pages 3+) holding the 政策清单 table "
                 "and its 注; the 版记 (抄送/印发 with rules) comes last, after the table and 注. Also tolerable: two documents "
                 "(notice + 附件 with title '%s', same issuer/文号/dates, level provincial, region 广东省). "
                 "Furniture, never clauses: 版头 '广东省商务厅文件', 文号 line, red rule, title, 主送, heading lines "
                 "'一、抓好政策落实'/'二、加强宣传解读'/'三、实行动态更新' (may be kept as heading clauses, tolerable), 附件说明 line, 落款 "
                 "'广东省商务厅' + date, seal image (text '广东省商务厅' in a ring; must not be OCR'd into a clause), '（此件公开发布）', "
                 "'（联系人：黄志远，电话：020-38819526）' (tolerable as a clause, low), the word '附件' above the 清单 title, the repeated table header "
                 "on every landscape page, footer '— N —' (odd right / even left), the 版记 lines '抄送：…' and '广东省商务厅办公室 2024年11月19日印发'. "
                 "Labels: 一、→（一）→1.→（1）: '（一）明确责任分工' etc. carry label （一）/（二）; '1.对《清单》…' label 1 (under （二）); "
                 "'（1）申报材料…' label （1） under 2. Table rows are labelled by 序号 1..9; the merged first-column value (片区) must be "
                 "repeated for every row it spans (rows 1-3 南沙片区, 4-6 前海蛇口片区, 7-8 横琴片区, 9 各片区通用). Inside 支持内容 the "
                 "'1./2.' and '（1）/（2）' lines are sub-points of the row: keeping the whole cell in one clause (any joiner) or splitting "
                 "into row-scoped sub-clauses that still carry the row's 片区 and 政策事项 is tolerable; merging two table rows, or "
                 "letting a table sub-point '1.新建海外仓…' be read as body item 1. of the notice, is not. The 注 items 1-3 are "
                 "kept as clauses (or one 注 clause) and apply to the whole 清单. applies_to: notice body -> 广东省 (provincial, all 片区); "
                 "table rows -> their merged 片区 cell; row 9 (各片区通用) -> all of the Guangdong FTZ / 广东省. Row 5/6 mention "
                 "'前海' only; row 7 says '经澳门' — Macao must NOT become the applies_to (only 横琴). effective = 2024-11-18 (自印发之日起实施, "
                 "印发 date of the notice is the 成文日期; 2024-11-19 is the 印发日期 in the 版记, tolerable as date only if flagged), "
                 "expires 2026-12-31. The 12-31 deadline in （一） (2024年12月31日前公开) is NOT the expiry." % LIST_TITLE)
    exp["blind127_guangdong_policylist"] = [{
        "meta": meta_notice,
        "clauses": body_cl + trows + notes_cl,
        "applies": tapplies,
        "_note": note_docx + " PDF (same stem): same expectations; the table crosses page breaks (rows may split across pages, "
                 "header row repeated), page numbers and the repeated header must not enter clauses; the 片区 merged cell "
                 "text is printed once per page-part only, so the reader must still attach every row to its 片区.",
    }]
    exp["blind127_guangdong_policylist_table"] = [{
        "meta": {"title": LIST_TITLE, "doc_number": None, "issuer": [], "date": None,
                 "level": "provincial", "region": "广东省", "effective": None, "expires": None, "attachments": []},
        "clauses": trows + notes_cl,
        "applies": tapplies,
        "_note": ("LibreOffice export of the 附件 alone (Writer -> HTML -> Calc -> .xlsx, since Writer has no xlsx export): one sheet, "
                  "A1 '附件', A2 the 清单 title, then the table; merged 片区 cells become vertically merged ranges in column A; each "
                  "paragraph of a multi-paragraph cell becomes its own spreadsheet row (D6, D8, D10, D12 for item 1, with blank rows between), "
                  "while 片区/序号/政策事项/政策依据 are merged vertically over those rows and the 受理部门 name and phone land in different "
                  "rows (F6 '南沙区商务局', F8 '020-39078215'); the sheet is called 'Sheet1'. Rows must still be rebuilt per 序号: "
                  "one clause per 序号 (or row-scoped sub-clauses that carry 序号/政策事项/片区); a '1.新建海外仓…' row read as a "
                  "clause with no 片区/政策事项 is a medium error, read as a new item of another row a high one. No 文号, no issuer, no date in this file: issuer empty/unknown and date null are right; "
                  "'广东省商务厅' would be a guess (tolerable only if marked as such). '附件' and the title are furniture; 注 lines are clauses. "
                  "applies_to as for the .docx table rows."),
    }]
    return exp


def main():
    tmp = tempfile.mkdtemp()
    seal = os.path.join(tmp, "seal.png")
    make_seal(seal, "广东省商务厅")
    make_workbook(P("blind127_guangdong_achievements.xlsx"))
    make_docx(P("blind127_guangdong_policylist.docx"), seal)
    soffice(["--convert-to", "pdf", "--outdir", HERE, P("blind127_guangdong_policylist.docx")], HERE)
    # the table alone: Writer -> HTML -> Calc -> xlsx
    tdoc = os.path.join(tmp, "blind127_guangdong_policylist_table.docx")
    make_table_only_docx(tdoc)
    soffice(["--convert-to", "html", "--outdir", tmp, tdoc], tmp)
    soffice(["--infilter=calc_HTML_WebQuery", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", HERE,
             os.path.join(tmp, "blind127_guangdong_policylist_table.html")], tmp)
    with open(P("expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    shutil.rmtree(tmp)
    for n in sorted(os.listdir(HERE)):
        print(n)


if __name__ == "__main__":
    main()
