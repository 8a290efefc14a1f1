# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 406: forum 合作倡议 / 合作宣言 with signer tables."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ----------------------------------------------------------------- helpers
def setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc, text="", name=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, space_after=0):
    """Add a paragraph; '\n' inside text becomes a soft line break."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def runin(doc, head, body, head_font=FS, head_bold=True):
    """Run-in heading paragraph: bold head + normal body (soft breaks allowed)."""
    p = para(doc)
    font(p.add_run(head), head_font, 16, head_bold)
    parts = body.split("\n")
    for i, part in enumerate(parts):
        r = font(p.add_run(part))
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def border2(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color, sz, color)))


def page_number(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, "宋体", 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    font(r3, "宋体", 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    font(r4, "宋体", 14)
    r5 = p.add_run()
    font(r5, "宋体", 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(" —"), "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, name=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=28):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.space_after = Pt(0)
    if text:
        font(p.add_run(text), name, size, bold)


def signer_table(doc, names, cols=3, align=WD_ALIGN_PARAGRAPH.LEFT):
    rows = (len(names) + cols - 1) // cols
    t = doc.add_table(rows=rows, cols=cols)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(rows * cols):
        txt = names[i] if i < len(names) else ""
        cell_text(t.cell(i // cols, i % cols), txt, align=align)
    return t


def grid_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, FS, 14, align=al, line=22)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def add_chinese_numbering(doc, num_id=90):
    """Word auto numbering 一、二、三、 (chineseCounting, no tab after label)."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


CN = "一二三四五六七八九十"


def flat(s):
    return s.replace("\n", "")


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": None, "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None, "recipients": [],
        "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ================================================================ DOC A
def doc_nanning():
    title = "中国—东盟自贸区城市合作南宁倡议"
    pre = [
        "当前，世界百年变局加速演进，经济全球化遭遇逆流，区域合作的重要性更加凸显。中国—东盟自由贸易区3.0版建设深入推进，为双方深化经贸合作开辟了新的广阔空间。城市是区域合作的重要载体和开放前沿，在推动贸易投资便利化、促进互联互通、密切人文交流方面具有独特作用。",
        "2025年9月17日，来自中国和东盟国家的18个城市代表齐聚广西南宁，出席第五届中国—东盟自贸区城市合作论坛，围绕“共建开放之城、共享发展机遇”主题深入交流，达成广泛共识。",
        "我们认为，深化中国—东盟城市间务实合作，有利于充分释放《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区政策红利，有利于推动共建“一带一路”高质量发展，有利于构建更为紧密的中国—东盟命运共同体。",
    ]
    lead = "为此，我们倡议："
    items = [
        ("一、共同推动贸易畅通。", "用好中国—东盟自由贸易区和RCEP原产地累积规则，扩大农产品、机电产品、消费品等优势产品双向贸易规模。支持各城市互设商品展示中心和海外仓，共同办好中国—东盟博览会等展会平台，推动更多城市特色产品“走出去”“引进来”。"),
        ("二、共同深化投资合作。", "加强城市间投资政策信息交流，相互推介重点产业园区和招商项目。鼓励企业在新能源汽车、电子信息、绿色化工、现代农业等领域开展产业链供应链合作，支持有条件的城市共建跨境产业合作园区和“两国双园”。"),
        ("三、共同提升互联互通水平。", "加快西部陆海新通道建设，推动铁海联运班列、跨境公路班车和中越跨境班列常态化运行。加强港口、机场、陆路口岸城市间合作，拓展国际航线网络，提升跨境物流时效和稳定性。"),
        ("四、共同促进通关便利化。", "推动“智慧海关、智能边境、智享联通”合作，探索开展国际贸易“单一窗口”互联互通和数据交换，\n推进经认证的经营者（AEO）互认。支持口岸城市开展“两国一检”“提前申报”等便利化试点，进一步压缩货物通关时间。"),
        ("五、共同发展数字经济。", "加强跨境电子商务、数字支付、智慧城市等领域合作，支持跨境电商企业建设海外仓和独立站。推动中国—东盟信息港建设，共同培育一批数字贸易示范城市和示范企业。"),
        ("六、共同推动绿色低碳发展。", "加强城市在清洁能源、节能环保、生态保护等领域交流合作，推广绿色建筑和新能源交通，共同应对气候变化，打造绿色发展的城市合作样板。"),
        ("七、共同密切人文交流。", "支持城市间缔结友好城市关系，扩大教育、文化、旅游、卫生、体育等领域交流，便利人员往来。鼓励高校、智库、媒体开展合作，增进民众相互了解和友谊。"),
        ("八、共同完善合作机制。", "依托中国—东盟自贸区城市合作论坛，建立城市间常态化联络机制，每年轮流举办城市合作对话活动，定期梳理合作项目清单，推动本倡议各项内容落地见效。"),
    ]
    closing = "我们呼吁更多中国和东盟国家城市积极响应本倡议，秉持共商共建共享原则，携手把中国—东盟自由贸易区建设得更加开放、包容、普惠、平衡、共赢，为促进地区繁荣发展作出新的更大贡献。"
    cities = [
        "中国南宁市", "越南河内市", "老挝万象市",
        "中国柳州市", "越南海防市", "柬埔寨金边市",
        "中国桂林市", "泰国曼谷市", "缅甸仰光市",
        "中国钦州市", "马来西亚吉隆坡市", "印度尼西亚泗水市",
        "中国昆明市", "菲律宾宿务市", "文莱斯里巴加湾市",
        "中国重庆市", "新加坡", "越南芒街市",
    ]

    doc = Document()
    setup(doc)
    page_number(doc.sections[0])
    para(doc, indent=False)
    para(doc, title, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "（2025年9月17日　第五届中国—东盟自贸区城市合作论坛通过）", KT, 16,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, indent=False)
    for t in pre:
        para(doc, t)
    para(doc, lead)
    for h, b in items:
        runin(doc, h, b)
    para(doc, closing)
    para(doc, indent=False)
    para(doc, "倡议城市（排名不分先后）：", HT, 16, indent=False)
    signer_table(doc, cities)
    para(doc, indent=False)
    para(doc, "2025年9月17日于广西南宁" + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    name = "blind406_nanning_changyi"
    doc.save(os.path.join(HERE, name + ".docx"))
    clauses = pre + [lead] + [h + flat(b) for h, b in items] + [closing]
    return name, [{
        "meta": meta(title=title, issuer=cities, date="2025-09-17", level="municipal",
                     region="中国—东盟自由贸易区", doc_type="倡议"),
        "clauses": clauses,
    }]


# ================================================================ DOC B
def doc_chongqing():
    organ = "重庆市人民政府口岸和物流办公室"
    docno = "渝口岸物流办〔2025〕87号"
    decl_title = "西部陆海新通道沿线城市合作宣言"
    n_title = organ + "关于印发《" + decl_title + "》的通知"
    recipients_line = "各区县（自治县）人民政府，两江新区、西部科学城重庆高新区、万盛经开区管委会，市级有关部门，有关单位："
    recipients = ["各区县（自治县）人民政府", "两江新区、西部科学城重庆高新区、万盛经开区管委会",
                  "市级有关部门", "有关单位"]
    n_p1 = "2025年6月27日，第三届西部陆海新通道沿线城市合作论坛在广西南宁举行，重庆、成都、贵阳、昆明、南宁等18个沿线城市共同发布了《西部陆海新通道沿线城市合作宣言》（以下简称《宣言》）。《宣言》围绕通道共建、物流协同、产业联动、开放合作等方面提出了十项合作倡议，对推动沿线城市深化合作、加快建设内陆开放高地具有重要意义。经市政府同意，现将《宣言》印发给你们，请结合实际认真抓好落实。"
    n_items = [
        ("一、提高思想认识。", "西部陆海新通道是党中央赋予重庆的重大使命任务。各区县、各有关部门要充分认识落实《宣言》对于巩固通道物流和运营组织中心地位的重要作用，把推动沿线城市合作摆在更加突出的位置，主动对接、积极作为。"),
        ("二、细化落实举措。", "各区县、各有关部门要对照《宣言》明确的合作方向，结合职责分工，研究制定本地区、本部门具体落实措施，重点在铁海联运班列扩量增效、跨境公路班车线路拓展、国际物流分拨中心建设、通道经济产业培育等方面加强与沿线城市的对接合作，形成一批可落地、可考核的合作项目。"),
        ("三、加强跟踪问效。", "市口岸物流办将会同有关部门建立《宣言》落实工作台账，定期调度工作进展。各区县、各有关部门请于每年6月30日和12月31日前将落实情况书面报送市口岸物流办（通道建设处），遇重大问题及时报告。"),
    ]
    contact = "联系人：李" + FW + "雯，电话：023-63898215，电子邮箱：tdjsc_kawl@cq.gov.cn。"
    date_n = "2025年7月15日"

    pre = [
        "西部陆海新通道是深化陆海双向开放、推进西部大开发形成新格局的战略通道，是连接“一带”和“一路”的陆海联动通道。自《西部陆海新通道总体规划》实施以来，沿线城市携手共建，铁海联运、国际铁路联运、跨境公路运输三种主要物流组织方式协同发展，通道网络不断向全球延伸，有力促进了西部地区高水平对外开放。",
        "2025年6月27日，西部陆海新通道沿线18个城市的代表在广西南宁举行第三届西部陆海新通道沿线城市合作论坛，共商通道建设大计，共谋开放发展新篇。",
        "我们一致认为，面对新形势新任务，沿线城市应进一步增强“通道+经贸+产业”联动意识，坚持统筹协调、共建共享、市场主导、开放合作，推动通道建设由“连起来”向“强起来”转变，共同打造高质量发展的国际经济走廊。",
    ]
    lead = "为此，我们倡议："
    items = [
        ("一、共建高效便捷的物流网络。", "加快补齐通道基础设施短板，推动干线铁路扩能改造和主要港口集疏运体系建设。加密铁海联运班列开行频次，稳定开行国际铁路联运班列和跨境公路班车，共同提升通道运输组织效率。"),
        ("二、共推多式联运“一单制”。", "推广铁海联运“一单制”和多式联运提单，探索赋予其物权凭证功能，推动运单信息在沿线城市间共享互认，实现“一次委托、一口报价、一单到底、一票结算”。"),
        ("三、共促通关便利化。", "深化沿线海关、港口、铁路合作，推广“铁路快通”“船边直提”“抵港直装”等改革举措，推进国际贸易“单一窗口”数据共享，持续压缩进出口整体通关时间。"),
        ("四、共育通道枢纽经济。", "依托综合保税区、保税物流中心（B型）等海关特殊监管区域和保税监管场所，发展保税加工、保税物流、保税维修等业态，推动通道物流与产业深度融合，培育一批通道经济产业集群。"),
        ("五、共拓国际经贸合作。", "用好《区域全面经济伙伴关系协定》和中国—东盟自由贸易区3.0版规则，加强与东盟国家重点城市的贸易投资对接，共同举办产品推介、招商引资和供需对接活动，扩大通道货源规模。"),
        ("六、共建数字通道。", "推进西部陆海新通道公共信息平台建设和互联互通，打通铁路、港口、海关、物流企业等数据壁垒，推广应用电子运单、电子放货等数字化手段，提升通道智慧化水平。"),
        ("七、共筑中欧班列与陆海新通道联动格局。", "推动中欧班列与西部陆海新通道在重庆、成都、西安、兰州等枢纽城市无缝衔接，开行“陆海新通道—中欧班列”联运线路，构建贯通欧亚、联通东盟的国际物流大通道。"),
        ("八、共同优化营商环境。", "推动沿线城市政务服务“跨省通办”，规范通道运输收费，加强物流企业诚信体系建设，营造市场化、法治化、国际化一流营商环境。"),
        ("九、共同加强人才和智力合作。", "支持沿线高校、科研院所和行业协会开展通道建设研究、物流人才培养和国际交流，建立通道建设专家智库，为沿线城市合作提供智力支撑。"),
        ("十、共同健全协作机制。", "建立沿线城市合作联席会议制度，每年轮流举办城市合作论坛，协调解决通道建设中的重大问题，推动本宣言确定的各项合作事项落地落实。"),
    ]
    closing = "我们真诚欢迎更多沿线城市和国内外合作伙伴加入西部陆海新通道建设，携手共建开放、合作、共赢的国际陆海贸易新通道，为推动构建人类命运共同体作出积极贡献。"
    cities = [
        "重庆市", "成都市", "贵阳市",
        "昆明市", "南宁市", "兰州市",
        "西宁市", "银川市", "乌鲁木齐市",
        "呼和浩特市", "拉萨市", "西安市",
        "钦州市", "北海市", "防城港市",
        "湛江市", "海口市", "怀化市",
    ]

    doc = Document()
    setup(doc)
    page_number(doc.sections[0])
    # ---- 版头
    para(doc, indent=False)
    para(doc, organ + "文件", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=40, color=RED)
    para(doc, indent=False)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    para(doc, indent=False)
    # ---- title on two paragraphs
    para(doc, organ, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "关于印发《" + decl_title + "》的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, indent=False)
    para(doc, recipients_line, indent=False)
    para(doc, n_p1)
    for h, b in n_items:
        runin(doc, h, b, head_font=HT, head_bold=False)
    para(doc, contact)
    para(doc, indent=False)
    para(doc, "附件：" + decl_title)
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, organ + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, date_n + FW * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    # ---- attachment on new page
    p = para(doc, "附件", HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, indent=False)
    para(doc, decl_title, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, indent=False)
    for t in pre:
        para(doc, t)
    para(doc, lead)
    for h, b in items:
        runin(doc, h, b)
    para(doc, closing)
    para(doc, indent=False)
    para(doc, "倡议城市（排名不分先后）：", HT, 16, indent=False)
    signer_table(doc, cities, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, indent=False)
    para(doc, "2025年6月27日于广西南宁" + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    # ---- 版记
    for _ in range(3):
        para(doc, indent=False)
    p = para(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市高法院，市检察院。",
             FS, 14, indent=False)
    border(p, "top", "000000", 8)
    p = para(doc, "重庆市人民政府口岸和物流办公室" + FW * 5 + "2025年7月15日印发", FS, 14,
             indent=False)
    border2(p)

    name = "blind406_chongqing_xuanyan"
    doc.save(os.path.join(HERE, name + ".docx"))
    notice = {
        "meta": meta(title=n_title, doc_number=docno, issuer=[organ], date="2025-07-15",
                     level="provincial", region="重庆市", attachments=[decl_title],
                     doc_type="通知", recipients=recipients, publicity="此件公开发布"),
        "clauses": [n_p1] + [h + b for h, b in n_items] + [contact],
    }
    decl = {
        "meta": meta(title=decl_title, issuer=cities, date="2025-06-27", level="municipal",
                     region="西部陆海新通道沿线地区", doc_type="宣言"),
        "clauses": pre + [lead] + [h + b for h, b in items] + [closing],
    }
    return name, [notice, decl]


# ================================================================ DOC C
def doc_beibuwan():
    title_lines = "北部湾城市群跨境电商和综合保税区\n协同发展合作倡议"
    title = flat(title_lines)
    pre = [
        "北部湾城市群地处华南经济圈、西南经济圈和东盟经济圈的结合部，是我国面向东盟开放合作的重要门户。近年来，城市群内跨境电子商务综合试验区、综合保税区加快建设，南宁、钦州、北海、湛江、海口等城市跨境电商进出口规模持续扩大，“跨境电商+综保区”融合发展态势初步形成。",
        "为抢抓《区域全面经济伙伴关系协定》（RCEP）全面实施和海南自由贸易港全岛封关运作机遇，推动城市群跨境电商和综合保税区错位发展、协同联动，2025年11月20日，北部湾城市群14个城市在广西南宁召开跨境电商协同发展座谈会，共同发起本倡议。",
    ]
    lead = "为此，我们倡议："
    items = [
        ("推动平台共建共享。", "加强各城市跨境电商线上综合服务平台互联互通，推动企业备案、订单、支付、物流等信息互认共享。支持有条件的城市共建跨境电商产业园，共享公共海外仓、集货仓和退货中心仓资源。"),
        ("推动综合保税区协同发展。", "发挥南宁、钦州、北海、凭祥、湛江、海口等综合保税区功能优势，引导各综合保税区围绕电子信息、东盟特色消费品、新能源材料等领域错位布局，开展保税研发、保税维修、保税展示交易等新业态，避免同质化竞争。"),
        ("推动跨境物流联通。", "统筹利用北部湾港、湛江港、洋浦港和南宁吴圩国际机场等枢纽资源，加密至东盟主要港口的集装箱航线和跨境电商货运包机，推广“海运快线+海外仓”模式，提升跨境电商货物“门到门”时效。"),
        ("推动监管模式创新。", "支持城市群内海关特殊监管区域复制推广跨境电商网购保税进口“先出区后报关”、出口商品“跨关区退货”等创新举措，探索跨境电商出口海外仓（9810）和企业对企业直接出口（9710）业务一体化通关。"),
        ("推动品牌和产业培育。", "联合开展“北部湾好物出海”行动，支持外贸企业发展跨境电商自主品牌，培育一批跨境电商龙头企业和产业带。鼓励跨境电商企业与各城市特色产业深度对接，带动农产品、海产品、家居建材等优势产品拓展东盟及全球市场。"),
        ("推动人才和服务协同。", "共建跨境电商人才培训基地，联合高校开展跨境电商专业人才培养；推动跨境电商支付结算、出口信保、法律咨询等服务资源共享，为中小微企业出海提供“一站式”服务。"),
        ("推动风险防控合作。", "加强知识产权保护和产品质量安全监管协作，建立跨境电商企业信用信息共享机制，共同打击走私、侵权假冒等违法行为，营造公平有序的市场环境。"),
        ("推动重点事项落地。", "建立北部湾城市群跨境电商协同发展联席会议机制，由各城市商务主管部门轮值牵头，定期会商推进合作事项。首批重点合作事项如下："),
    ]
    header = ["序号", "合作事项", "牵头城市", "完成时限"]
    rows = [
        ["1", "建设北部湾跨境电商公共服务平台互联模块", "南宁市", "2026年6月"],
        ["2", "开行北部湾港至东盟主要港口跨境电商海运快线", "钦州市", "2026年3月"],
        ["3", "共建东盟公共海外仓联盟", "北海市", "2026年9月"],
        ["4", "开展综合保税区保税维修业务协同试点", "湛江市", "2026年12月"],
        ["5", "举办“北部湾好物出海”专场对接活动", "海口市", "2026年5月"],
    ]
    closing = "我们诚挚欢迎北部湾城市群其他城市以及东盟国家友好城市加入本倡议，共同推动跨境电商和综合保税区高质量协同发展，为建设面向东盟的开放合作高地贡献力量。"
    cities_plain = [
        "南宁市", "北海市", "钦州市",
        "防城港市", "玉林市", "崇左市",
        "湛江市", "茂名市", "阳江市",
        "海口市", "儋州市", "东方市",
        "澄迈县", "临高县",
    ]

    def pad(n):
        return FW.join(n) if len(n) == 3 else n

    doc = Document()
    setup(doc)
    num_id = add_chinese_numbering(doc)
    page_number(doc.sections[0])
    para(doc, indent=False)
    para(doc, title_lines, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, indent=False)
    for t in pre:
        para(doc, t)
    para(doc, lead)
    for h, b in items:
        p = runin(doc, h, b)
        set_num(p, num_id)
    grid_table(doc, header, rows, widths=[1.6, 8.6, 2.6, 2.8])
    para(doc, closing)
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, "倡议城市（排名不分先后）：", HT, 16, indent=False)
    signer_table(doc, [pad(c) for c in cities_plain])
    para(doc, indent=False)
    para(doc, "二〇二五年十一月二十日于广西南宁" + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False)

    name = "blind406_beibuwan_changyi"
    doc.save(os.path.join(HERE, name + ".docx"))
    clauses = pre + [lead]
    clauses += [CN[i] + "、" + h + b for i, (h, b) in enumerate(items)]
    clauses += ["；".join("%s：%s" % (header[j], r[j]) for j in range(len(header))) for r in rows]
    clauses.append(closing)
    return name, [{
        "meta": meta(title=title, issuer=cities_plain, date="2025-11-20", level="municipal",
                     region="北部湾城市群", doc_type="倡议"),
        "clauses": clauses,
    }]


# ================================================================ main
def main():
    expected = {}
    names = []
    for fn in (doc_nanning, doc_chongqing, doc_beibuwan):
        name, docs = fn()
        expected[name] = docs
        names.append(name)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for name in names:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_406", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, name + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    print("wrote", ", ".join(names), "+ expected.json")


if __name__ == "__main__":
    main()
