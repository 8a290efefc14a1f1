# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 636: 政府采购招标公告 + 中标（成交）结果公告 (钦州港片区)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

ZONE = "中国（广西）自由贸易试验区钦州港片区"
ORG = ZONE + "管理委员会"
AGENT = "钦州市政府集中采购中心"
PROJ = ZONE + "国际贸易“单一窗口”数据服务平台升级建设项目"
PCODE = "QZZM-2026-GK-017"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=14, bold=False, color=None):
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, line=24, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(28)
    if left is not None:
        pf.left_indent = Pt(left)
    if align is not None:
        p.alignment = align


def para(doc_or_cell, text="", font=FS, size=14, bold=False, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def runin(doc, head, body, head_font=FS, bold=True):
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(head), head_font, 14, bold)
    set_font(p.add_run(body), FS, 14)
    return p


def empty(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    return p


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number footer  "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, indent=False, line=20)
    set_font(p.add_run(text), font, size, bold)


def set_borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def data_table(doc, header, rows, widths, merges=(), clauses=None):
    """rows: list of lists; merges: (r0, r1, col) vertical merges (data-row index)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t, True)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], v, align=al)
    for r0, r1, col in merges:
        a = t.cell(r0 + 1, col)
        b = t.cell(r1 + 1, col)
        # clear duplicate text of lower cells before merge
        for rr in range(r0 + 2, r1 + 2):
            c = t.cell(rr, col)
            for p in c.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            for r in list(c.paragraphs[0].runs):
                r._element.getparent().remove(r._element)
        m = a.merge(b)
        # merge leaves empty paragraphs from lower cells: drop them
        for p in m.paragraphs[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)
    t.autofit = False
    set_grid(t, widths)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    if clauses is not None:
        for row in rows:
            clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    return t


def set_grid(t, widths):
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))


def add_numbering(doc):
    """Create a decimal '%1.' list (Word auto numbering, no tab after number)."""
    numbering = doc.part.numbering_part.element
    abs_id = "636"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "560")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "636")
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), abs_id)
    num.append(aid)
    numbering.append(num)
    return "636"


def numbered(doc, num_id, text):
    p = doc.add_paragraph()
    fmt(p)
    ppr = p._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    set_font(p.add_run(text), FS, 14)
    return p


def heading1(doc, text):
    return para(doc, text, HT, 14)


class Body:
    """Collects clauses while writing paragraphs."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, **kw):
        self.clauses.append(text)
        return para(self.doc, text, **kw)

    def runin(self, head, body, **kw):
        self.clauses.append(head + body)
        return runin(self.doc, head, body, **kw)

    def num(self, num_id, shown_number, text):
        self.clauses.append(f"{shown_number}.{text}")
        return numbered(self.doc, num_id, text)


def title_lines(doc, lines, soft=False):
    if soft:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 20)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for ln in lines:
            para(doc, ln, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)


def contacts(b, purch_phone, agent_phone, proj_people, proj_phone):
    doc = b.doc
    para(doc, "1.采购人信息")
    b.p("名　　称：" + ORG)
    b.p("地　　址：钦州市钦州港区勒沟大道1号钦州港片区综合服务中心")
    b.p("联系方式：覃先生，" + purch_phone)
    para(doc, "2.采购代理机构信息")
    b.p("名　　称：" + AGENT)
    b.p("地　　址：钦州市永福西大街8号市民服务中心5楼")
    b.p("联系方式：黄女士，" + agent_phone)
    para(doc, "3.项目联系方式")
    b.p("项目联系人：" + proj_people)
    b.p("电　　话：" + proj_phone)


# ---------------------------------------------------------------- doc 1
def make_zhaobiao():
    doc = Document()
    setup(doc)
    b = Body(doc)
    title_lines(doc, [ZONE, "国际贸易“单一窗口”数据服务平台", "升级建设项目公开招标公告"])
    para(doc, "发布时间：2026年4月7日", KT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    b.p("项目编号：" + PCODE)
    b.p("项目名称：" + PROJ)
    # 项目概况 box: 1x1 layout table
    box = doc.add_table(rows=1, cols=1)
    set_borders(box, True)
    c = box.rows[0].cells[0]
    set_grid(box, [15.6])
    c.width = Cm(15.6)
    cp = c.paragraphs[0]
    fmt(cp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(cp.add_run("项目概况"), HT, 14, True)
    gk = ("国际贸易“单一窗口”数据服务平台升级建设项目招标项目的潜在投标人应在广西政府采购云平台"
          "（https://www.zcygov.cn）获取招标文件，并于2026年4月28日9点30分（北京时间）前递交投标文件。")
    b.clauses.append(gk)
    para(c, gk, FS, 14)
    empty(doc)

    heading1(doc, "一、项目基本情况")
    b.p("1.采购方式：公开招标")
    b.p("2.预算金额：386.00万元（人民币叁佰捌拾陆万元整）")
    b.p("3.最高限价：第1包236.00万元，第2包150.00万元；投标报价超过所投分包最高限价的，其投标无效。")
    b.p("4.采购需求：本项目共分2个包，各包采购内容如下表（详细技术要求见招标文件第三章“采购需求”）：")
    header = ["包号", "标的名称", "数量", "技术参数摘要", "最高限价（万元）"]
    rows = [
        ["1", "“单一窗口”数据服务平台软件升级开发", "1项",
         "完成报关、舱单、运输工具申报等12个业务子系统与国家标准版对接，新增中欧班列、西部陆海新通道海铁联运数据看板；"
         "支持不低于2000个并发用户，页面平均响应时间不超过2秒", "236.00"],
        ["1", "数据交换服务器及存储设备", "6台",
         "国产化CPU，单台不少于64核、512GB内存；分布式存储可用容量不少于200TB，支持SM2/SM3/SM4国密算法", "236.00"],
        ["2", "平台运维及网络安全等级保护测评服务", "1项",
         "提供7×24小时运维值守，重大故障30分钟内响应、4小时内恢复；按网络安全等级保护第三级要求完成年度测评并出具测评报告",
         "150.00"],
    ]
    data_table(doc, header, rows, [1.3, 3.6, 1.4, 7.0, 2.3], merges=[(0, 1, 0), (0, 1, 4)],
               clauses=b.clauses)
    b.p("5.合同履行期限：第1包自合同签订之日起180日内完成开发、部署并通过初步验收；第2包服务期自合同签订之日起12个月。")
    b.p("6.本项目不接受联合体投标，不接受进口产品投标。")
    empty(doc)

    heading1(doc, "二、申请人的资格要求")
    nid = add_numbering(doc)
    b.num(nid, 1, "满足《中华人民共和国政府采购法》第二十二条规定，并提供下列材料：")
    b.p("（1）具有独立承担民事责任的能力：提供有效的营业执照（或事业单位法人证书等）复印件；")
    b.p("（2）具有良好的商业信誉和健全的财务会计制度：提供2025年度经审计的财务报告或者基本开户银行出具的资信证明；")
    b.p("（3）参加政府采购活动前三年内，在经营活动中没有重大违法记录：提供书面声明。")
    b.num(nid, 2, "落实政府采购政策需满足的资格要求：第2包专门面向中小企业采购，投标人应为中小企业，并提供《中小企业声明函》；"
                  "监狱企业、残疾人福利性单位视同小型、微型企业。")
    b.num(nid, 3, "本项目的特定资格要求：第2包投标人须具有有效的网络安全等级测评与检测评估机构服务认证证书；"
                  "单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一合同项下的政府采购活动。")
    b.num(nid, 4, "投标人未被列入“信用中国”网站（www.creditchina.gov.cn）失信被执行人、重大税收违法失信主体名单，"
                  "未被列入中国政府采购网（www.ccgp.gov.cn）政府采购严重违法失信行为记录名单。")
    empty(doc)

    heading1(doc, "三、获取招标文件")
    b.p("时间：2026年04月08日 至 2026年04月15日，每天上午09:00至12:00，下午15:00至17:30（北京时间，法定节假日除外）")
    b.p("地点：广西政府采购云平台（https://www.zcygov.cn）")
    b.p("方式：供应商登录广西政府采购云平台，进入“项目采购”应用，在“获取采购文件”菜单中选择本项目，在线申请获取招标文件。")
    b.p("售价：0元")
    empty(doc)

    heading1(doc, "四、提交投标文件截止时间、开标时间和地点")
    b.p("1.提交投标文件截止时间：2026年4月28日9点30分（北京时间）。")
    b.p("2.开标时间：同投标截止时间。")
    b.p("3.提交投标文件地点：广西政府采购云平台（电子投标文件须在投标截止时间前通过“政采云电子交易客户端”加密上传）。")
    b.p("4.开标地点：钦州市公共资源交易中心开标三室（钦州市永福西大街8号市民服务中心4楼），投标人可通过“不见面开标大厅”在线参加开标、解密。")
    empty(doc)

    heading1(doc, "五、公告期限")
    b.p("自本公告发布之日起5个工作日。")
    empty(doc)

    heading1(doc, "六、其他补充事宜")
    b.runin("（一）政府采购政策。", "本项目落实节约能源、保护环境、扶持不发达和少数民族地区、促进中小企业发展等政府采购政策，"
            "第1包对符合条件的小微企业投标报价给予10%的价格扣除。", head_font=KT, bold=False)
    b.runin("（二）投标保证金。", "本项目不收取投标保证金。", head_font=KT, bold=False)
    b.runin("（三）电子投标。", "投标人应当在投标截止时间前完成电子投标文件的编制、签章和上传；因投标人自身原因导致电子投标文件"
            "未能按时上传或者无法解密的，视为撤回投标文件。", head_font=KT, bold=False)
    b.runin("（四）信息发布媒体。", "本公告同时在中国政府采购网、广西壮族自治区政府采购网、钦州市公共资源交易中心网站和"
            + ORG + "门户网站发布。", head_font=KT, bold=False)
    b.runin("（五）数据对接要求。", "中标供应商应当在合同签订后10日内向采购人提交项目实施方案；涉及与海关、海事、边检等部门系统"
            "对接的，应当符合国际贸易“单一窗口”标准版数据规范。", head_font=KT, bold=False)
    empty(doc)

    heading1(doc, "七、对本次招标提出询问，请按以下方式联系。")
    contacts(b, "0777-3886126", "0777-2829105", "黄女士、李先生", "0777-2829105、0777-2829117")
    empty(doc)

    para(doc, "附件：1.国际贸易“单一窗口”数据服务平台升级建设项目采购需求书")
    para(doc, "　　　2.政府采购供应商质疑函范本")
    empty(doc)
    empty(doc)
    para(doc, ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, AGENT + "　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年4月7日　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    stem = "blind636_qinzhou_zhaobiao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": PROJ + "公开招标公告",
        "doc_number": None,
        "issuer": [ORG, AGENT],
        "date": "2026-04-07",
        "published": "2026-04-07",
        "level": "zone",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": ["国际贸易“单一窗口”数据服务平台升级建设项目采购需求书", "政府采购供应商质疑函范本"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ---------------------------------------------------------------- doc 2
def make_zhongbiao():
    doc = Document()
    setup(doc)
    b = Body(doc)
    title_lines(doc, [ZONE, "国际贸易“单一窗口”数据服务平台升级", "建设项目中标（成交）结果公告"], soft=True)
    empty(doc)
    b.runin("一、项目编号：", PCODE + "（政采云平台编号：GXZC2026-G1-001873-QZZC）", head_font=HT, bold=False)
    b.runin("二、项目名称：", PROJ, head_font=HT, bold=False)
    heading1(doc, "三、中标（成交）信息")
    header = ["包号", "中标（成交）供应商名称", "供应商地址", "中标（成交）金额（元）"]
    rows = [
        ["1", "广西北部湾数字港科技有限公司", "南宁市良庆区秋月路18号中国—东盟信息港大厦B座12层", "2,285,600.00"],
        ["2", "广西云盾信息安全测评有限公司", "南宁市青秀区民族大道136-2号华润大厦C座2208室", "1,396,000.00"],
    ]
    data_table(doc, header, rows, [1.3, 4.6, 6.0, 3.7], clauses=b.clauses)
    empty(doc)

    heading1(doc, "四、主要标的信息")
    para(doc, "（一）货物类", KT, 14)
    header = ["包号", "名称", "品牌", "规格型号", "数量", "单价（元）"]
    rows = [
        ["1", "数据交换服务器", "北数云", "BSY-R6400", "4台", "168,500.00"],
        ["1", "分布式存储设备", "北数云", "BSY-S2200", "2台", "243,000.00"],
    ]
    data_table(doc, header, rows, [1.3, 3.6, 2.2, 3.2, 1.6, 3.6], merges=[(0, 1, 0)], clauses=b.clauses)
    para(doc, "（二）服务类", KT, 14)
    header = ["包号", "名称", "服务范围", "服务要求", "服务时间", "服务标准"]
    rows = [
        ["1", "“单一窗口”数据服务平台软件升级开发", "12个业务子系统对接改造及海铁联运数据看板开发",
         "按招标文件第三章要求完成开发、部署、联调和培训", "自合同签订之日起180日", "符合招标文件要求"],
        ["2", "平台运维及网络安全等级保护测评服务", "平台7×24小时运维及年度等级保护测评",
         "重大故障30分钟内响应、4小时内恢复", "12个月", "符合招标文件要求"],
    ]
    data_table(doc, header, rows, [1.2, 3.4, 3.4, 3.4, 2.2, 2.0], clauses=b.clauses)
    empty(doc)

    b.runin("五、评审专家（单一来源采购人员）名单：", "黄　伟、覃海燕、李　娜、陆建明、韦　东（采购人代表）",
            head_font=HT, bold=False)
    empty(doc)
    heading1(doc, "六、代理服务收费标准及金额：")
    b.p("1.代理服务收费标准：本项目由政府集中采购机构代理，不收取代理服务费。")
    b.p("2.代理服务收费金额（元）：0")
    empty(doc)
    heading1(doc, "七、公告期限")
    b.p("自本公告发布之日起1个工作日。")
    empty(doc)
    heading1(doc, "八、其他补充事宜")
    b.p("1.本项目于2026年4月28日9时30分在钦州市公共资源交易中心开标三室开标，第1包共有5家、第2包共有4家供应商递交投标文件。"
        "经评标委员会评审，按照招标文件规定的综合评分法推荐中标候选人，采购人依法确定中标供应商。")
    b.p("2.各有关当事人对中标结果有异议的，可以在中标公告期限届满之日起7个工作日内，以书面形式向采购人或者采购代理机构提出质疑，逾期不予受理。")
    b.p("3.中标供应商请于本公告发布之日起5个工作日内通过政采云平台下载电子中标通知书，并在中标通知书发出之日起30日内与采购人签订政府采购合同。")
    b.p("4.未中标供应商的评审得分及排序情况，由采购代理机构以书面形式另行告知。")
    empty(doc)
    heading1(doc, "九、凡对本次公告内容提出询问，请按以下方式联系。")
    contacts(b, "0777-3886126", "0777-2829105", "黄女士", "0777-2829105")
    empty(doc)
    heading1(doc, "十、附件")
    para(doc, "1.招标文件")
    para(doc, "2.中标通知书")
    empty(doc)
    empty(doc)
    # 落款 in a borderless 1x2 layout table
    t = doc.add_table(rows=1, cols=2)
    set_borders(t, False)
    cell_text(t.rows[0].cells[0], ORG, FS, 14)
    cell_text(t.rows[0].cells[1], AGENT, FS, 14)
    set_grid(t, [9.0, 6.6])
    t.rows[0].cells[0].width = Cm(9.0)
    t.rows[0].cells[1].width = Cm(6.6)
    para(doc, "2026年5月6日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    stem = "blind636_qinzhou_zhongbiao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": PROJ + "中标（成交）结果公告",
        "doc_number": None,
        "issuer": [ORG, AGENT],
        "date": "2026-05-06",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": ["招标文件", "中标通知书"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_zhaobiao, make_zhongbiao):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_636", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
