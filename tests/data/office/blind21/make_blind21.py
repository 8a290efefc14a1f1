# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write three fictional Chinese government files (round 21) and expected.json.

blind21_negative_list.pdf  - 公告 + 自贸试验区外商投资准入负面清单, Word -> PDF, landscape,
                             long ruled table with merged 领域 cells and a repeated header row
blind21_joint_notice.docx  - four-organ joint notice with stacked masthead, borderless signature table
blind21_portal.html        - provincial government portal page with info box, rowspan table, widgets

All organs, numbers, people and wording are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE0, 0x00, 0x00)


# ---------------------------------------------------------------- docx helpers
def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", name="仿宋_GB2312", size=16, bold=False, align=None, indent=True,
         color=None, before=0, after=0, line=28, right_indent=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_rule(p, color="E00000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_rule(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    """Footer '— N —' centred, as offices do (PAGE field)."""
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt
            r._r.append(el)
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = txt
            r._r.append(el)
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
    font(fp.add_run(" —"), "宋体", 14)


def table_borders(table, val="single"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val); e.set(qn("w:sz"), "4" if val != "nil" else "0"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(e)
    tblpr.append(b)


def fix_widths(table, widths):
    """Give the table a fixed layout and a real tblGrid so Word and LibreOffice honour column widths."""
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths))); tw.set(qn("w:type"), "dxa")
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:" + tag)
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cell_text(cell, text, name="仿宋_GB2312", size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(line) if line else (Pt(20) if size <= 14 else Pt(30))
    if text:
        font(p.add_run(text), name, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def setup_section(doc, landscape=False):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin = Mm(28); s.bottom_margin = Mm(25); s.left_margin = Mm(30); s.right_margin = Mm(28)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(15)
    return s


def to_pdf(docx_path, keep_docx=False):
    tmp = tempfile.mkdtemp(prefix="b21pdf")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(docx_path))[0]
    out = os.path.join(HERE, stem + ".pdf")
    shutil.move(os.path.join(tmp, stem + ".pdf"), out)
    shutil.rmtree(tmp, ignore_errors=True)
    if not keep_docx:
        os.remove(docx_path)
    return out


# ======================================================= 1. negative list (PDF)
NL_TITLE_1 = "中国（滨海）自由贸易试验区外商投资准入特别管理措施（负面清单）"
NL_TITLE_2 = "（2024年版）"
NL_TITLE = NL_TITLE_1 + NL_TITLE_2
NL_NOTICE_BODY = ("为贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，进一步提升中国（滨海）自由贸易试验区投资自由化便利化水平，"
                  "根据《中华人民共和国外商投资法》及其实施条例等有关规定，经省人民政府同意，现公布《" + NL_TITLE + "》，自2024年8月1日起施行。")
NL_SHUOMING = [
    "一、《" + NL_TITLE + "》（以下简称《自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于中国（滨海）自由贸易试验区。",
    "二、《自贸试验区负面清单》之外的领域，按照内外资一致原则实施管理。境外投资者不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营活动。",
    "三、有关主管部门在依法履行职责过程中，对境外投资者拟投资《自贸试验区负面清单》内领域，但不符合《自贸试验区负面清单》规定的，不予办理许可、企业登记注册等相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。",
    "四、境外投资者在中国境内投资经营，应当遵守我国有关法律法规的规定；《自贸试验区负面清单》中未列出的与国家安全、公共秩序、公共文化、金融审慎、政府采购、补贴、特殊手续和税收相关的特别管理措施，按照现行规定执行。",
    "五、《自贸试验区负面清单》由滨海省商务厅、滨海省发展和改革委员会负责解释，并会同有关部门适时调整。执行中如遇问题，请及时向滨海省商务厅（外国投资管理处）反映。",
    "六、《自贸试验区负面清单》自2024年8月1日起施行。",
]
NL_ROWS = [  # (领域, [措施, ...])
    ("（一）农、林、牧、渔业", [
        "小麦、玉米新品种选育和种子生产的中方股比不低于34%。",
        "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。",
        "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。",
    ]),
    ("（二）采矿业", [
        "禁止投资稀土、放射性矿产、钨勘查、开采及选矿。未经允许，禁止进入稀土矿区或取得矿山地质资料、矿石样品及生产工艺技术。",
    ]),
    ("（三）制造业", [
        "出版物印刷须由中方控股。",
        "禁止投资中药饮片的蒸、炒、炙、煅等炮制技术的应用及中成药保密处方产品的生产。",
    ]),
    ("（四）电力、热力、燃气及水生产和供应业", [
        "核电站的建设、经营须由中方控股。",
    ]),
    ("（五）批发和零售业", [
        "禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。",
    ]),
    ("（六）交通运输、仓储和邮政业", [
        "国内水上运输公司须由中方控股。不得经营或租用中国籍船舶或者舱位等方式变相经营国内水路运输业务及其辅助业务。",
        "公共航空运输公司须由中方控股，且一家外商及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。",
        "通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。",
        "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。",
        "禁止投资邮政公司、信件的国内快递业务。",
    ]),
    ("（七）信息传输、软件和信息技术服务业", [
        "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须由中方控股。",
        "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务。",
    ]),
    ("（八）租赁和商务服务业", [
        "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。",
        "市场调查限于合资，其中广播电视收听、收视调查须由中方控股。",
        "禁止投资社会调查。",
    ]),
    ("（九）科学研究和技术服务业", [
        "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
        "禁止投资人文社会科学研究机构。",
        "禁止投资大地测量、海洋测绘、测绘航空摄影、行政区域界线测绘，地形图、世界政区地图、全国政区地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理等调查。",
    ]),
    ("（十）教育", [
        "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导。校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2。",
        "禁止投资义务教育机构、宗教教育机构。",
    ]),
    ("（十一）卫生和社会工作", [
        "医疗机构限于合资。",
    ]),
    ("（十二）文化、体育和娱乐业", [
        "禁止投资新闻机构（包括但不限于通讯社）。",
        "禁止投资图书、报纸、期刊、音像制品和电子出版物的编辑、出版、制作业务。",
        "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网。",
        "禁止投资广播电视节目制作经营（含引进业务）公司。",
        "禁止投资电影制作公司、发行公司、院线公司以及电影引进业务。",
        "禁止投资文物拍卖的拍卖公司、文物商店和国有文物博物馆。",
        "文艺表演团体须由中方控股。",
    ]),
]


def make_negative_list():
    doc = Document()
    s = setup_section(doc, landscape=True)
    page_number_footer(s)
    # ---- cover page: the 公告
    para(doc, "滨海省商务厅　滨海省发展和改革委员会公告", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    para(doc, "2024年第5号", "仿宋_GB2312", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=16)
    para(doc, NL_NOTICE_BODY)
    para(doc, "特此公告。")
    para(doc, "")
    para(doc, "附件：" + NL_TITLE, indent=True)
    para(doc, "")
    para(doc, "")
    sig = para(doc, "滨海省商务厅　　　　　　　滨海省发展和改革委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=48)
    para(doc, "2024年6月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=96)
    page_break(doc)
    # ---- the list
    para(doc, "附件", "黑体", 16, indent=False)
    para(doc, NL_TITLE_1, "方正小标宋简体", 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=8)
    para(doc, NL_TITLE_2, "楷体_GB2312", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=10)
    para(doc, "说　明", "黑体", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    for t in NL_SHUOMING:
        para(doc, t, size=14, line=24)
    para(doc, "", line=24)
    para(doc, "", line=24)
    nrows = 1 + sum(len(m) for _, m in NL_ROWS)
    table = doc.add_table(rows=nrows, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table, "single")
    fix_widths(table, (Mm(18), Mm(62), Mm(159)))
    hdr = table.rows[0]
    row_flag(hdr, "tblHeader")
    for c, t in zip(hdr.cells, ("序号", "领域", "特别管理措施")):
        cell_text(c, t, "黑体", 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
    r = 1
    n = 1
    for field, measures in NL_ROWS:
        first = r
        for m in measures:
            row = table.rows[r]
            row_flag(row, "cantSplit")
            cell_text(row.cells[0], str(n), "仿宋_GB2312", 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=16)
            cell_text(row.cells[2], m, "仿宋_GB2312", 11, line=16)
            r += 1; n += 1
        last = r - 1
        c = table.cell(first, 1)
        if last > first:
            c = c.merge(table.cell(last, 1))
        cell_text(c, field, "仿宋_GB2312", 11, align=WD_ALIGN_PARAGRAPH.LEFT, line=16)
    path = os.path.join(HERE, "blind21_negative_list.docx")
    doc.save(path)
    to_pdf(path)

    clauses = [NL_NOTICE_BODY] + NL_SHUOMING
    n = 1
    for field, measures in NL_ROWS:
        for m in measures:
            clauses.append("%d | %s | %s" % (n, field, m))
            n += 1
    return {"blind21_negative_list": [{
        "meta": {"title": NL_TITLE, "doc_number": "2024年第5号",
                 "issuer": "滨海省商务厅、滨海省发展和改革委员会", "date": "2024-06-28"},
        "clauses": clauses,
        "_note": ("One document: a two-organ 公告 (cover page, landscape) publishing the list as its 附件. Title: the list's name, which is set on two lines "
                  "(name + （2024年版）) and should be rejoined; '滨海省商务厅　滨海省发展和改革委员会公告' is an acceptable second choice. "
                  "doc_number: the 公告 number '2024年第5号' (with the organ prefix also fine). Issuers are two organs, signed side by side on one line. "
                  "Date: signature date 2024-06-28 (effective 2024-08-01). Not clauses: '特此公告。', the 附件 line, '附件' label, '说　明' heading, the table header row "
                  "(repeated at the top of page 3), page numbers '— N —'. Table rows are written 'N | 领域 | 特别管理措施': each row should be its own clause and "
                  "carry the merged 领域 of its group (the 领域 cell is vertically merged over the group's rows and may continue across the page break); "
                  "rows whose measure has two sentences (4, 9, 12, 23...) must stay whole. The separator format is ours; content and cut are what count.")
    }]}


# =================================================== 2. joint notice (DOCX)
JN_ORGANS = ["滨海省商务厅", "滨海省发展和改革委员会", "滨海省财政厅", "中国人民银行滨海省分行"]
JN_NUMBER = "滨商务联发〔2024〕56号"
JN_TITLE_1 = "关于进一步支持企业高质量参与"
JN_TITLE_2 = "共建“一带一路”若干措施的通知"
JN_TITLE = JN_TITLE_1 + JN_TITLE_2
JN_ADDR = "各设区市商务局、发展改革委、财政局，人民银行各市分行，各有关单位："
JN_INTRO = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持我省企业更好统筹利用国内国际两个市场两种资源，"
            "经省人民政府同意，现就进一步支持企业高质量参与共建“一带一路”有关事项通知如下：")
JN_BODY = [  # (kind, text)   kind: h = 一、 heading, s = （一） sub-item, p = plain paragraph
    ("h", "一、拓展共建国家市场布局"),
    ("s", "（一）支持企业参加境外重点展会。对企业参加省商务厅确定的共建“一带一路”国家重点境外展会，按照展位费的70%给予补助，单个企业年度补助最高不超过50万元。"),
    ("s", "（二）支持建设境外经贸合作区。对通过商务部确认考核的境外经贸合作区，给予实施企业一次性奖励300万元；对新认定的省级境外经贸合作区，给予一次性奖励100万元。"),
    ("s", "（三）培育跨境电商公共海外仓。支持企业在共建国家布局公共海外仓，对年度评价优秀的省级公共海外仓，给予最高200万元支持。所需资金从省级商务发展专项资金中列支。"),
    ("h", "二、强化金融服务支撑"),
    ("s", "（一）加大信贷支持力度。人民银行滨海省分行引导辖内金融机构用好再贷款、再贴现等政策工具，对参与共建“一带一路”的重点项目给予优先信贷支持，合理确定贷款利率和期限。"),
    ("s", "（二）扩大跨境人民币使用。支持企业在对外承包工程、境外投资和大宗商品贸易中使用人民币计价结算，推动优质企业跨境人民币结算便利化政策扩面增效。"),
    ("s", "（三）发挥出口信用保险作用。扩大短期出口信用保险对共建国家出口的覆盖面，对小微企业投保短期出口信用保险的，省级财政按实缴保费的50%给予补助。"),
    ("h", "三、完善重点项目服务机制"),
    ("p", "省发展改革委会同省商务厅建立全省共建“一带一路”重点项目库，实行动态管理、分级服务。对入库项目在境外投资备案、用汇、人员出入境等方面予以优先保障，每半年向省人民政府报告一次项目进展情况。"),
    ("h", "四、加强组织实施"),
    ("s", "（一）健全工作机制。各地要建立由商务部门牵头，发展改革、财政、人民银行等部门参加的工作协调机制，研究解决企业参与共建“一带一路”中遇到的困难和问题。"),
    ("s", "（二）强化资金绩效管理。省财政厅会同省商务厅加强专项资金全过程绩效管理，严禁截留、挤占、挪用。对弄虚作假骗取资金的，依法依规追回并纳入信用记录。"),
    ("p", "本通知自印发之日起施行，有效期至2026年12月31日。此前我省有关规定与本通知不一致的，以本通知为准。"),
]
JN_DATE = "2024年9月12日"
JN_CONTACT = "（联系人：张某某，电话：0571-87654321）"


def make_joint_notice():
    doc = Document()
    s = setup_section(doc)
    page_number_footer(s)
    # masthead: four organs stacked, "文件" beside them (borderless table, the way Word users build it)
    mt = doc.add_table(rows=4, cols=2)
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    mt.autofit = False
    table_borders(mt, "nil")
    fix_widths(mt, (Mm(118), Mm(38)))
    for i, org in enumerate(JN_ORGANS):
        c = mt.cell(i, 0)
        cell_text(c, org, "方正小标宋简体", 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    wen = mt.cell(0, 1).merge(mt.cell(3, 1))
    cell_text(wen, "文件", "方正小标宋简体", 42, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    para(doc, "", line=20)
    p = para(doc, JN_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    bottom_rule(p, sz=18)
    para(doc, "", line=20)
    para(doc, JN_TITLE_1, "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, JN_TITLE_2, "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=16)
    para(doc, JN_ADDR, indent=False)
    para(doc, JN_INTRO)
    for kind, t in JN_BODY:
        if kind == "h":
            para(doc, t, "黑体", 16)
        elif kind == "s":
            # bold 楷体 lead sentence, then the rest in 仿宋 – typical house style
            p = para(doc, "")
            lead, rest = t.split("。", 1)
            font(p.add_run(lead + "。"), "楷体_GB2312", 16, bold=True)
            font(p.add_run(rest), "仿宋_GB2312", 16)
        else:
            para(doc, t)
    para(doc, "")
    para(doc, "")
    st = doc.add_table(rows=3, cols=2)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    st.autofit = False
    table_borders(st, "nil")
    fix_widths(st, (Mm(78), Mm(78)))
    cell_text(st.cell(0, 0), JN_ORGANS[0], size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(0, 1), JN_ORGANS[1], size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(1, 0), JN_ORGANS[2], size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(1, 1), JN_ORGANS[3], size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(2, 1), JN_DATE, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in st.rows:
        row.height = Mm(16)
    para(doc, JN_CONTACT)
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：商务部，国家发展改革委，财政部，中国人民银行。", size=14, indent=False, line=24)
    top_bottom_rule(p)
    p = para(doc, "滨海省商务厅办公室　　　　　　　　　　　　2024年9月13日印发", size=14, indent=False, line=24)
    bottom_rule(p, color="000000", sz=6)
    doc.save(os.path.join(HERE, "blind21_joint_notice.docx"))

    clauses = [JN_INTRO] + [t for _, t in JN_BODY]
    return {"blind21_joint_notice": [{
        "meta": {"title": JN_TITLE, "doc_number": JN_NUMBER, "issuer": "、".join(JN_ORGANS), "date": "2024-09-12"},
        "clauses": clauses,
        "_note": ("Four-organ joint notice. Masthead is a borderless 4x2 table: organs stacked in column 1, '文件' merged down column 2 — the masthead is not a title "
                  "and not a clause. Title is set on two centred lines and must be rejoined (no '滨海省商务厅…' prefix in the title itself). "
                  "Issuers: all four organs (masthead and signature table agree). Date 2024-09-12 from the signature table (third row, right cell); "
                  "2024-09-13 is only the 印发 date in the 版记. Headings '一、…' may be kept as their own clauses or attached to their sub-items; "
                  "item 三 has a plain paragraph under its heading. Not clauses: 主送 line, signature table cells, the 附注 "
                  "'（联系人：张某某，电话：0571-87654321）', 抄送 and 印发 lines, page numbers. Lead sentences of （一） items are bold 楷体 runs in the same paragraph.")
    }]}


# =================================================== 3. portal page (HTML)
HP_TITLE = "滨海省人民政府办公厅关于推进中国（滨海）自由贸易试验区高水平制度型开放服务高质量共建“一带一路”的实施意见"
HP_NUMBER = "滨政办发〔2024〕23号"
HP_ISSUER = "滨海省人民政府办公厅"
HP_ADDR = "各市人民政府，省政府直属各单位："
HP_BODY = [  # (strong_part, rest)
    ("", "为深入实施自由贸易试验区提升战略，更好发挥中国（滨海）自由贸易试验区（以下简称自贸试验区）在服务高质量共建“一带一路”中的开放平台作用，经省人民政府同意，现提出如下实施意见。"),
    ("一、主要目标", ""),
    ("", "到2027年，自贸试验区对接国际高标准经贸规则取得明显进展，累计形成制度创新成果100项以上，与共建“一带一路”国家进出口额年均增长8%以上，建成面向共建国家的投资贸易服务枢纽。"),
    ("二、重点任务", ""),
    ("（一）对接国际高标准经贸规则。", "主动对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护等领域开展压力测试，每年形成一批可复制推广的制度创新成果。"),
    ("（二）提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”等通关模式，将进口、出口整体通关时间分别压缩至30小时、1.5小时以内。"),
    ("（三）深化投资管理制度改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，健全外商投资服务体系；支持区内企业开展境外投资，探索境外投资备案“一窗受理、并联办理”。"),
    ("（四）建设“一带一路”综合服务平台。", "整合法律、金融、物流、信息等服务资源，建设面向共建国家的综合服务平台，为企业提供政策咨询、风险预警、商事纠纷调解等一站式服务。"),
    ("三、保障措施", ""),
    ("（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进各项任务落实，领导小组办公室要加强跟踪督促，重大事项及时向省人民政府报告。"),
    ("（二）强化评估考核。", "将自贸试验区制度创新和开放发展情况纳入对有关市和省级部门的年度考核。具体任务分工见下表。"),
]
HP_TABLE_HEAD = ["序号", "重点任务", "牵头单位", "完成时限"]
HP_TABLE = [  # (no, task, lead, deadline)
    ("1", "开展RCEP等高标准经贸规则压力测试", "省商务厅", "2025年底前"),
    ("2", "深化国际贸易“单一窗口”建设", "省商务厅", "2025年底前"),
    ("3", "优化通关模式压缩整体通关时间", "滨海海关", "持续推进"),
    ("4", "建设“一带一路”综合服务平台", "省发展改革委", "持续推进"),
]
HP_DATE = "2024年5月20日"


def make_portal():
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body_html = ['            <p style="text-indent:2em">' + esc(HP_ADDR) + "</p>"]
    body_html[0] = '            <p>' + esc(HP_ADDR) + "</p>"
    for strong, rest in HP_BODY:
        inner = ("<strong>" + esc(strong) + "</strong>" if strong else "") + esc(rest)
        body_html.append('            <p style="text-indent:2em">' + inner + "</p>")
    # task table with rowspan (牵头单位 1–2 and 完成时限 1–2, 3–4)
    t = ['            <p style="text-align:center"><strong>重点任务分工表</strong></p>',
         '            <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:90%;margin:0 auto">',
         "              <tbody>",
         "                <tr>" + "".join('<td style="text-align:center"><strong>%s</strong></td>' % h for h in HP_TABLE_HEAD) + "</tr>"]
    t.append('                <tr><td>1</td><td>%s</td><td rowspan="2">省商务厅</td><td rowspan="2">2025年底前</td></tr>' % esc(HP_TABLE[0][1]))
    t.append('                <tr><td>2</td><td>%s</td></tr>' % esc(HP_TABLE[1][1]))
    t.append('                <tr><td>3</td><td>%s</td><td>滨海海关</td><td rowspan="2">持续推进</td></tr>' % esc(HP_TABLE[2][1]))
    t.append('                <tr><td>4</td><td>%s</td><td>省发展改革委</td></tr>' % esc(HP_TABLE[3][1]))
    t += ["              </tbody>", "            </table>"]
    body_html += t
    body_html += [
        '            <p style="text-indent:2em">&nbsp;</p>',
        '            <p style="text-align:right">' + HP_ISSUER + "</p>",
        '            <p style="text-align:right">' + HP_DATE + "</p>",
        '            <p style="text-indent:2em">（此件公开发布）</p>',
    ]
    body = "\n".join(body_html)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="滨海省人民政府">
<meta name="SiteDomain" content="www.binhai.gov.cn">
<meta name="SiteIDCode" content="3300000001">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{HP_TITLE}">
<meta name="PubDate" content="2024-05-24 16:35">
<meta name="ContentSource" content="滨海省人民政府办公厅">
<meta name="Keywords" content="自由贸易试验区,一带一路,制度型开放">
<title>{HP_TITLE}_政策文件_滨海省人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script>
  var _hmt = _hmt || [];
  (function() {{ var hm = document.createElement("script"); hm.src = "https://hm.example.cn/hm.js?0a1b2c"; document.head.appendChild(hm); }})();
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <div class="fl">欢迎访问滨海省人民政府门户网站！今天是<span id="today"></span></div>
    <div class="fr"><a href="/col/col1/index.html">无障碍浏览</a> | <a href="/col/col2/index.html">长者模式</a> | <a href="http://en.binhai.gov.cn/">English</a> | <a href="/col/col3/index.html">登录</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="滨海省人民政府"></a></div>
    <div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
  </div>
</div>
<nav class="main-nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/col/col1001/index.html">要闻动态</a></li>
    <li class="on"><a href="/col/col1002/index.html">政务公开</a></li>
    <li><a href="/col/col1003/index.html">政务服务</a></li>
    <li><a href="/col/col1004/index.html">互动交流</a></li>
    <li><a href="/col/col1005/index.html">走进滨海</a></li>
    <li><a href="/col/col1006/index.html">数据开放</a></li>
  </ul>
</nav>
<div class="main w1200">
  <div class="crumbs">
    <span>当前位置：</span><a href="/">首页</a> &gt; <a href="/col/col1002/index.html">政务公开</a> &gt; <a href="/col/col1002/zcwj/index.html">政策文件</a>
  </div>
  <div class="article-wrap">
    <div class="xxgk-info">
      <table class="xxgk-table" cellspacing="0" cellpadding="0">
        <tr>
          <td class="label">索引号：</td><td>002482171/2024-08765</td>
          <td class="label">主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td>
        </tr>
        <tr>
          <td class="label">发布机构：</td><td>滨海省人民政府办公厅</td>
          <td class="label">成文日期：</td><td>2024-05-20</td>
        </tr>
        <tr>
          <td class="label">发文字号：</td><td>{HP_NUMBER}</td>
          <td class="label">发布日期：</td><td>2024-05-24</td>
        </tr>
        <tr>
          <td class="label">标　　题：</td><td colspan="3">{HP_TITLE}</td>
        </tr>
      </table>
    </div>
    <div class="article">
      <div class="article-title">
        <h1>{HP_TITLE}</h1>
        <div class="article-info">
          <span>发布时间：2024-05-24 16:35</span><span>来源：滨海省人民政府办公厅</span><span>浏览次数：<em id="hits">3217</em></span>
          <span class="font-size">字号：<a href="javascript:void(0)" onclick="doZoom(18)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a></span>
        </div>
      </div>
      <div class="article-content" id="zoom">
        <div class="TRS_Editor">
          <div class="Custom_UnionStyle">
            <p style="text-align:center">{HP_NUMBER}</p>
{body}
          </div>
        </div>
      </div>
      <div class="article-attach">
        <p>相关附件：</p>
        <ul>
          <li><a href="/attach/2024/05/24/P020240524563412345678.pdf">1. 中国（滨海）自由贸易试验区制度创新重点任务清单.pdf</a></li>
          <li><a href="/attach/2024/05/24/P020240524563412345679.pdf">2. 面向共建“一带一路”国家投资贸易服务事项目录.pdf</a></li>
        </ul>
      </div>
      <div class="article-related">
        <span>相关解读：</span><a href="/art/2024/5/24/art_1229_5912345.html">图解：一图读懂《关于推进中国（滨海）自由贸易试验区高水平制度型开放服务高质量共建“一带一路”的实施意见》</a>
      </div>
      <div class="article-tools clearfix">
        <div class="share fl">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></div>
        <div class="qrcode fr"><img src="/static/img/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
        <div class="print fr"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="/col/col9001/index.html">关于我们</a> | <a href="/col/col9002/index.html">网站地图</a> | <a href="/col/col9003/index.html">联系我们</a> | <a href="/col/col9004/index.html">隐私声明</a></div>
    <p>主办单位：滨海省人民政府办公厅　承办单位：滨海省大数据发展管理局</p>
    <p>网站标识码：3300000001　<a href="https://beian.miit.gov.cn/">滨ICP备05012345号-1</a>　<img src="/static/img/ga.png" alt="">滨公网安备 33010602001234号</p>
    <p>地址：滨海市中山北路1号　邮编：310025　建议使用1366×768分辨率浏览</p>
  </div>
</div>
<script src="/static/js/common.js"></script>
<script>document.getElementById("today").innerHTML = new Date().toLocaleDateString("zh-CN");</script>
</body>
</html>
"""
    with open(os.path.join(HERE, "blind21_portal.html"), "w", encoding="utf-8") as f:
        f.write(html)

    clauses = [s + r for s, r in HP_BODY]
    for no, task, lead, dl in HP_TABLE:
        clauses.append("%s | %s | %s | %s" % (no, task, lead, dl))
    return {"blind21_portal": [{
        "meta": {"title": HP_TITLE, "doc_number": HP_NUMBER, "issuer": HP_ISSUER, "date": "2024-05-20"},
        "clauses": clauses,
        "_note": ("Portal page. Title from <h1> (page <title> has the '_政策文件_滨海省人民政府' suffix). 文号 in the info box and again centred above the body. "
                  "Date: 成文日期 2024-05-20 = signature date; 发布日期 2024-05-24 is publication. Issuer 滨海省人民政府办公厅. "
                  "Headings '一、主要目标' etc. are whole <strong> paragraphs; （一） items are a <strong> lead sentence + text in one <p> and must stay one clause. "
                  "Task table rows written 'N | task | lead | deadline' with rowspan values filled down (rows 2 and 4 inherit 省商务厅/2025年底前 and 持续推进); "
                  "header row and caption '重点任务分工表' are not clauses. Not clauses: nav, breadcrumb, info-box cells, 主送 line, signature/date, "
                  "'（此件公开发布）', 相关附件 links (they are attachment names), 相关解读, share/QR widget, 【打印本页】【关闭窗口】, footer (网站标识码, 备案号, address).")
    }]}


if __name__ == "__main__":
    expected = {}
    expected.update(make_negative_list())
    expected.update(make_joint_notice())
    expected.update(make_portal())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("wrote", sorted(os.listdir(HERE)))
