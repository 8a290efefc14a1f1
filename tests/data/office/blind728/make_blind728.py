# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 728: 跨境电子商务统计监测报表制度 test documents (Word + PDF + answer key)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
BR = object()          # soft line break marker
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_page_number(sec)
    return d


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    font(r, "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, "宋体", 14)
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    font(r, "宋体", 14)


def P(d, segs, align="justify", first=2, east=FS, size=16, bold=False, color=None,
      left=None, line=28, before=0, after=0, numid=None):
    """Add a paragraph. segs: str | (text, {overrides}) | BR."""
    p = d.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if first:
        pf.first_line_indent = Pt(size * first)
    if left is not None:
        pf.left_indent = Cm(left)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if numid is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), numid)))
    if isinstance(segs, str):
        segs = [segs]
    last = None
    for s in segs:
        if s is BR:
            if last is None:
                last = p.add_run()
            last.add_break(WD_BREAK.LINE)
            continue
        if isinstance(s, tuple):
            txt, o = s
        else:
            txt, o = s, {}
        last = p.add_run(txt)
        font(last, o.get("east", east), o.get("size", size), o.get("bold", bold), o.get("color", color))
    return p


def text_of(segs):
    if isinstance(segs, str):
        return segs
    out = []
    for s in segs:
        if s is BR:
            continue
        out.append(s[0] if isinstance(s, tuple) else s)
    return "".join(out)


def bottom_border(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    side = "top" if top else "bottom"
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def both_borders(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
        % (nsdecls("w"), sz, sz)))


def empty(d, n=1, size=16):
    for _ in range(n):
        P(d, "", first=0, size=size)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, east=FS, size=12, bold=False, align="center"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.line_spacing = Pt(size + 6)
    r = p.add_run(text)
    font(r, east, size, bold)


def grid_table(d, header, rows, widths=None, size=12, left_col_align="left"):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size, False)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = left_col_align if ci == 0 else "center"
            cell_text(t.rows[ri + 1].cells[ci], v, FS, size, False, al)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            try:
                row.cells[ci].width = Cm(w)
            except IndexError:
                pass


def row_clauses(header, rows):
    out = []
    for row in rows:
        out.append("；".join("%s：%s" % (h, v.strip()) for h, v in zip(header, row)))
    return out


def add_numbering(d, numid=90, lvltext="%1．"):
    numbering = d.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), numid, lvltext))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), numid, numid)))
    return numid


def banji(d, chaosong, yinfa_left, yinfa_date):
    """版记: 抄送 + 印发 lines between rules."""
    p = P(d, chaosong, align="left", first=0, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    both_borders(p, 8)
    gap = "　" * max(2, 19 - len(yinfa_left) - len(yinfa_date) // 2)
    p = P(d, yinfa_left + gap + yinfa_date, align="left", first=0, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_728", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="provincial", region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ====================================================================== 1. 浙江
def make_zhejiang():
    d = new_doc()
    notice, zhidu = [], []

    # --- 版头: layout table, two organs + 文件
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["浙江省商务厅", "浙江省统计局"]):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        font(p.add_run(org), XBS, 36, False, RED)
    set_widths(t, [11.0, 4.6])
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("文件"), XBS, 36, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(d, 1)
    p = P(d, "浙商务联发〔2026〕6号", align="center", first=0)
    bottom_border(p, "E60012", 24)
    empty(d, 1)

    title_segs = ["浙江省商务厅　浙江省统计局关于印发", BR, "《浙江省跨境电子商务统计监测报表制度", BR,
                  "（2026年统计年报和定期报表）》的通知"]
    P(d, title_segs, align="center", first=0, east=XBS, size=22, line=34)
    empty(d, 1)
    P(d, "各设区市商务局，各设区市统计局，中国（浙江）自由贸易试验区各片区管委会，"
         "省跨境电子商务综合试验区建设工作领导小组各成员单位：", align="justify", first=0)

    def body(segs, store=notice, **kw):
        P(d, segs, **kw)
        store.append(text_of(segs))

    body("为贯彻落实国家和省关于推动跨境电子商务高质量发展的决策部署，全面、准确反映全省跨境电子商务发展规模、"
         "结构和质量效益，根据《中华人民共和国统计法》《中华人民共和国统计法实施条例》和《部门统计调查项目管理办法》"
         "有关规定，省商务厅制定了《浙江省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）》（以下简称《制度》），"
         "经省统计局批准（浙统制〔2026〕5号），现印发给你们，请认真组织实施。有关事项通知如下：")
    body([("一、提高思想认识。", {"east": HT}),
          "跨境电子商务统计监测是评估跨境电子商务综合试验区建设成效、服务“一带一路”经贸合作和外贸新业态发展的重要基础性工作。"
          "各地要将统计监测工作纳入综试区建设考核内容，明确分管领导和专职统计人员，确保《制度》落地见效。"])
    body([("二、明确职责分工。", {"east": HT}),
          "省商务厅负责《制度》的组织实施、平台维护和全省数据汇总；省统计局负责《制度》的审批管理和执行情况监督检查；"
          "各设区市商务局会同同级统计局负责本地区调查对象的组织发动、数据采集、审核验收和质量核查工作。"])
    P(d, "三、规范报送流程", east=HT)   # heading on its own line
    body([("（一）报送方式。", {"east": KT}),
          "调查对象通过“浙江省跨境电子商务统计监测平台”（以下简称监测平台）在线填报，各设区市商务局在监测平台完成审核后"
          "报送省商务厅，原则上不再报送纸质报表。"])
    body([("（二）报送时间。", {"east": KT}),
          "KJ102表于月后10日前报送；KJ103表于季后15日前报送；KJ101表于2027年3月15日前报送。遇法定节假日顺延。"])
    body([("（三）名录更新。", {"east": KT}),
          "各设区市商务局应于每季度首月5日前完成本地区跨境电商重点企业名录的增补和核销，新纳入名录的企业自次月起报送统计资料。"])
    body([("四、强化数据质量。", {"east": HT}),
          "各地要建立健全数据审核、查询、核查制度，加强与海关、税务、外汇管理等部门行政记录的比对，对数据异常波动的企业开展实地核查。"
          "对虚报、瞒报、伪造、篡改统计资料的，依照《中华人民共和国统计法》有关规定严肃处理。"])
    body([("五、做好服务保障。", {"east": HT}),
          "省商务厅将于2026年3月底前组织开展全省业务培训，各地要及时组织调查对象参加培训，确保填报人员熟悉指标口径和填报要求。"
          "《制度》执行中遇到的问题，请及时反馈省商务厅电子商务处。"])
    body("联系人：省商务厅电子商务处　周晓岚，电话：0571-87057326；省统计局贸易外经统计处　严文斌，电话：0571-85126413。")
    empty(d, 1)
    P(d, "附件：浙江省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）", first=2)
    empty(d, 2)
    # 落款 typed with manual spaces
    P(d, "　　　浙江省商务厅　　　　　　　　浙江省统计局", align="left", first=0)
    P(d, "　　　　　　　　　　　　　　　　　2026年1月23日", align="left", first=0)
    empty(d, 1)
    P(d, "（此件公开发布）", first=2)

    # --- 附件: the 制度
    page_break(d)
    P(d, "附件", align="left", first=0, east=HT)
    empty(d, 1)
    P(d, "浙江省跨境电子商务统计监测报表制度", align="center", first=0, east=XBS, size=22, line=34)
    P(d, "（2026年统计年报和定期报表）", align="center", first=0, east=KT, size=16)
    empty(d, 1)
    P(d, "一、总说明", east=HT)

    def zb(segs, **kw):
        body(segs, store=zhidu, **kw)

    zb("1．为全面、准确、及时掌握全省跨境电子商务发展情况，科学评价中国（杭州）跨境电子商务综合试验区等12个综试区建设成效，"
       "为省委、省政府决策和行业管理提供依据，根据《中华人民共和国统计法》及其实施条例的规定，制定本制度。")
    zb("2．调查对象和统计范围。本制度的调查对象为在浙江省行政区域内依法登记注册、开展跨境电子商务进出口业务并列入全省跨境电商"
       "重点企业名录的企业，包括跨境电商平台企业、卖家企业、物流企业、支付企业和海外仓企业（以下统称跨境电商企业）。")
    zb("3．主要内容。本制度主要包括跨境电商企业基本情况、跨境电商进出口情况和海外仓建设运营情况。")
    # soft line break in the middle of a sentence
    zb(["4．调查频率和时间。本制度分为年报、季报和月报。年报统计时间为2026年1月1日至12月31日，季", BR,
        "报、月报统计时间为报告期内。"])
    zb("5．调查方法。本制度采用全面调查方法，对列入名录的跨境电商企业逐家填报。海关监管方式代码为9610、9710、9810和1210的"
       "进出口数据以海关统计为准，由省商务厅统一对接，企业不再重复填报。")
    zb("6．质量控制。调查对象对所报数据的真实性、准确性负责；各设区市商务局对本地区数据进行审核，省商务厅对全省数据进行复核，"
       "并按不低于5%的比例开展抽样核查。")
    zb("7．统计资料公布和共享。省商务厅于每季度结束后30日内、每年4月底前分别公布全省跨境电商季度和年度主要统计数据，并与省统计局、"
       "杭州海关、宁波海关共享汇总数据。对调查中知悉的调查对象的商业秘密和个人信息，应当予以保密。")
    zb("8．本制度由省商务厅负责解释，自2026年2月1日起执行，有效期至2028年12月31日。原《浙江省跨境电子商务统计监测报表制度"
       "（2024年统计年报和定期报表）》同时废止。")
    empty(d, 1)
    P(d, "二、报表目录", east=HT)
    hdr = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期及方式"]
    rows = [
        ["KJ101表", "跨境电子商务企业基本情况", "年报", "列入名录的跨境电商企业", "跨境电商企业", "次年3月15日前，监测平台报送"],
        ["KJ102表", "跨境电子商务进出口情况", "月报", "同上", "同上", "月后10日前，监测平台报送"],
        ["KJ103表", "海外仓建设运营情况", "季报", "在境外设立海外仓的跨境电商企业", "海外仓企业", "季后15日前，监测平台报送"],
    ]
    grid_table(d, hdr, rows, widths=[1.8, 3.4, 1.6, 3.4, 2.2, 3.2], size=10.5)
    zhidu.extend(row_clauses(hdr, rows))
    empty(d, 1)
    P(d, "三、调查表式", east=HT)

    forms = [
        ("跨境电子商务企业基本情况", "KJ101表",
         ["指标名称", "计量单位", "代码", "本年实际"],
         [["企业名称", "—", "101", ""],
          ["企业类型", "—", "102", ""],
          ["从业人员期末人数", "人", "103", ""],
          ["营业收入", "万元", "104", ""],
          ["跨境电商进出口额", "万元", "105", ""],
          ["　其中：出口额", "万元", "106", ""]],
         "说明：本表由列入名录的跨境电商企业填报；企业类型按平台企业、卖家企业、物流企业、支付企业、海外仓企业填写，可多选。"),
        ("跨境电子商务进出口情况", "KJ102表",
         ["指标名称", "计量单位", "代码", "本月", "本年累计"],
         [["跨境电商进出口额", "万元", "01", "", ""],
          ["　其中：出口额", "万元", "02", "", ""],
          ["　　　　进口额", "万元", "03", "", ""],
          ["出口额中：B2B直接出口（9710）", "万元", "04", "", ""],
          ["　　　　　跨境电商出口海外仓（9810）", "万元", "05", "", ""],
          ["对“一带一路”共建国家进出口额", "万元", "06", "", ""]],
         "说明：本表进出口额按人民币计价；以外币结算的，按报告期中国人民银行公布的人民币汇率中间价的月平均价折算。"),
        ("海外仓建设运营情况", "KJ103表",
         ["指标名称", "计量单位", "代码", "本季", "本年累计"],
         [["海外仓个数", "个", "01", "", ""],
          ["海外仓面积", "万平方米", "02", "", ""],
          ["　其中：位于“一带一路”共建国家", "万平方米", "03", "", ""],
          ["海外仓出库订单量", "万单", "04", "", ""],
          ["海外仓营业收入", "万元", "05", "", ""]],
         "说明：海外仓个数和面积填报报告期末数，其他指标填报报告期数。"),
    ]
    for i, (name, no, fh, fr, note) in enumerate(forms):
        if i:
            page_break(d)
        P(d, name, align="center", first=0, east=HT, size=18, line=30)
        corner = ["表　号：" + no, "制定机关：浙江省商务厅", "批准机关：浙江省统计局",
                  "批准文号：浙统制〔2026〕5号", "有效期至：2028年12月"]
        for c in corner:
            P(d, c, align="left", first=0, size=10.5, left=10.5, line=16)
            zhidu.append(c)
        grid_table(d, fh, fr, widths=[6.4, 2.2, 1.6, 2.7, 2.7][:len(fh)] if len(fh) == 5 else [7.5, 2.6, 2.0, 3.5], size=10.5)
        zhidu.extend(row_clauses(fh, fr))
        P(d, note, align="left", first=0, size=10.5, line=16, before=4)
        zhidu.append(note)
    page_break(d)
    P(d, "四、主要指标解释", east=HT)
    for seg in [
        "1．跨境电子商务：指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的一种国际商业活动。",
        "2．跨境电商进出口额：指报告期内调查对象以跨境电子商务方式实现的货物进出口金额，包括企业对企业（B2B）和企业对消费者（B2C）两种模式。",
        "3．B2B直接出口（9710）：指境内企业通过跨境电商平台与境外企业达成交易后，通过跨境物流将货物直接出口送达境外企业的出口方式。",
        "4．跨境电商出口海外仓（9810）：指境内企业将出口货物通过跨境物流送达海外仓，通过跨境电商平台实现交易后从海外仓送达境外购买者的出口方式。",
        "5．海外仓：指跨境电商企业在境外自建、租赁或合作运营，为跨境电商商品提供仓储、分拣、包装、派送及退换货等服务的仓储设施。",
    ]:
        zb(seg)
    empty(d, 3)
    banji(d, "抄送：商务部电子商务和信息化司，国家统计局浙江调查总队，杭州海关，宁波海关。",
          "浙江省商务厅办公室", "2026年1月26日印发")

    stem = "blind728_zhejiang_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    zd_title = "浙江省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）"
    key = [
        {"meta": meta(
            title="浙江省商务厅　浙江省统计局关于印发《浙江省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）》的通知",
            doc_number="浙商务联发〔2026〕6号", issuer=["浙江省商务厅", "浙江省统计局"], date="2026-01-23",
            region="浙江省", attachments=[zd_title], doc_type="通知",
            recipients=["各设区市商务局", "各设区市统计局", "中国（浙江）自由贸易试验区各片区管委会",
                        "省跨境电子商务综合试验区建设工作领导小组各成员单位"],
            publicity="此件公开发布"),
         "clauses": notice},
        {"meta": meta(
            title=zd_title, issuer=["浙江省商务厅", "浙江省统计局"], date="2026-01-23", region="浙江省",
            effective="2026-02-01", expires="2028-12-31", doc_type="制度",
            repeals="浙江省跨境电子商务统计监测报表制度（2024年统计年报和定期报表）"),
         "clauses": zhidu},
    ]
    return stem, path, key


# ====================================================================== 2. 河南
def make_henan():
    d = new_doc()
    cl = []
    nid = add_numbering(d, 90, "%1．")

    empty(d, 1)
    P(d, "河南省跨境电子商务统计监测报表制度", align="center", first=0, east=XBS, size=22, line=34)
    P(d, "（2026年统计年报和定期报表）", align="center", first=0, east=XBS, size=18, line=30)
    P(d, "（2026年2月10日河南省商务厅　河南省统计局印发）", align="center", first=0, east=KT, size=16)
    empty(d, 1)
    P(d, "目　　录", align="center", first=0, east=HT)
    for line in ["一、总说明…………………………………………………………1",
                 "二、报表目录………………………………………………………2",
                 "三、调查表式………………………………………………………3",
                 "　　（一）跨境电子商务进出口情况（KJ101表）…………………3",
                 "　　（二）跨境电子商务企业经营情况（KJ102表）………………4",
                 "四、主要指标解释…………………………………………………5"]:
        P(d, line, align="left", first=0, size=14, line=26)
    page_break(d)

    P(d, "一、总说明", east=HT, first=2)
    for t in [
        "为及时准确反映全省跨境电子商务发展状况，服务郑州、洛阳、南阳等跨境电子商务综合试验区和中国（河南）自由贸易试验区建设，"
        "根据《中华人民共和国统计法》及其实施条例，制定本制度。",
        "本制度的调查对象为在河南省行政区域内开展跨境电子商务进出口业务的企业，以及中欧班列（中豫号）运营平台、"
        "郑州新郑综合保税区等海关特殊监管区域内开展跨境电商业务的企业。",
        "本制度包括跨境电子商务进出口情况月报和跨境电子商务企业经营情况年报两张调查表，采用全面调查方法。",
        "各省辖市、济源示范区商务主管部门负责组织本地区调查对象按时报送；郑州航空港经济综合实验区商务主管部门直接向省商务厅报送。",
        "调查对象应当依法真实、准确、完整、及时地提供统计资料。省商务厅依法对统计资料进行审核，对调查对象的商业秘密和个人信息予以保密。",
        "本制度由河南省商务厅负责解释，自2026年3月1日起执行，有效期至2028年12月31日。",
    ]:
        P(d, t, first=0, numid=nid)
    # clauses for auto-numbered items (number is rendered by Word)
    items = [p.text for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:numPr")) is not None]
    cl.extend("%d．%s" % (i + 1, t) for i, t in enumerate(items))

    P(d, "二、报表目录", east=HT, first=2, before=6)
    hdr = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期及方式"]
    rows = [
        ["KJ101表", "跨境电子商务进出口情况", "月报", "辖区内开展跨境电商进出口业务的企业",
         "省辖市、济源示范区、航空港区商务主管部门", "月后8日前，河南省商务运行监测系统报送"],
        ["KJ102表", "跨境电子商务企业经营情况", "年报", "辖区内跨境电商重点企业",
         "跨境电商重点企业", "次年2月底前，河南省商务运行监测系统报送"],
    ]
    grid_table(d, hdr, rows, widths=[1.8, 2.9, 1.5, 3.3, 3.1, 3.0], size=10.5)
    cl.extend(row_clauses(hdr, rows))

    # landscape section for forms
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    P(d, "三、调查表式", east=HT, first=2)

    forms = [
        ("（一）跨境电子商务进出口情况", "KJ101表", "2026年　月",
         ["指标名称", "计量单位", "代码", "本月", "本年累计"],
         [["跨境电商进出口额", "万元", "01", "", ""],
          ["其中：出口额", "万元", "02", "", ""],
          ["　　　进口额", "万元", "03", "", ""],
          ["进口额中：网购保税进口（1210）", "万元", "04", "", ""],
          ["跨境电商包裹量", "万件", "05", "", ""],
          ["经中欧班列（中豫号）运输货值", "万元", "06", "", ""]],
         "2026年",
         "说明：本表由开展跨境电商进出口业务的企业按月填报。审核关系：代码01＝02＋03。"),
        ("（二）跨境电子商务企业经营情况", "KJ102表", "2026年",
         ["指标名称", "计量单位", "代码", "2026年", "2025年"],
         [["从业人员期末人数", "人", "01", "", ""],
          ["营业收入", "万元", "02", "", ""],
          ["跨境电商交易额", "万元", "03", "", ""],
          ["自有品牌出口额", "万元", "04", "", ""],
          ["海外仓数量", "个", "05", "", ""],
          ["海外仓面积", "平方米", "06", "", ""]],
         "2027年",
         "说明：海外仓数量、海外仓面积填报年末数；2025年数据与上年报送数不一致的，应另附说明。"),
    ]
    for i, (name, no, period, fh, fr, ryear, note) in enumerate(forms):
        if i:
            page_break(d)
        P(d, name, align="center", first=0, east=HT, size=16, line=28)
        corner = ["表　号：" + no, "制定机关：河南省商务厅", "批准机关：河南省统计局",
                  "批准文号：豫统制〔2026〕3号", "有效期至：2028年12月"]
        segs = []
        for j, c in enumerate(corner):
            if j:
                segs.append(BR)
            segs.append(c)
        P(d, segs, align="left", first=0, size=10.5, left=17.5, line=15)   # one paragraph, soft breaks
        cl.extend(corner)
        fill = "填报单位（盖章）：" + "　" * 22 + period
        P(d, fill, align="left", first=0, size=10.5, line=18)
        cl.append(fill)
        grid_table(d, fh, fr, widths=[8.0, 2.5, 1.8, 4.5, 4.5], size=10.5)
        cl.extend(row_clauses(fh, fr))
        sign = "单位负责人：　　　　统计负责人：　　　　填表人：　　　　报出日期：" + ryear + "　月　日"
        P(d, sign, align="left", first=0, size=10.5, line=18, before=4)
        cl.append(sign)
        P(d, note, align="left", first=0, size=10.5, line=16)
        cl.append(note)

    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    P(d, "四、主要指标解释", east=HT, first=2)
    for term, defi in [
        ("1．跨境电商进出口额：", "指报告期内企业通过跨境电子商务方式实现的货物进出口总值，包括海关监管方式代码为9610、9710、9810、1210的进出口额。"),
        ("2．网购保税进口（1210）：", "指跨境电商企业将境外商品批量运入海关特殊监管区域或保税物流中心（B型），境内消费者通过跨境电商平台下单后，商品从区域或中心出区配送的进口方式。"),
        ("3．跨境电商包裹量：", "指报告期内通过跨境电子商务方式进出境的邮件、快件及其他包裹件数。"),
        ("4．自有品牌出口额：", "指企业以自有或独占许可使用的商标出口商品的金额。"),
        ("5．海外仓面积：", "指企业在境外自建、租赁的海外仓建筑面积，按年末实有面积填报。"),
    ]:
        segs = [(term, {"bold": True}), defi]
        P(d, segs)
        cl.append(text_of(segs))
    empty(d, 2)

    stem = "blind728_henan_zhidu"
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    key = [{"meta": meta(
        title="河南省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）",
        issuer=["河南省商务厅", "河南省统计局"], date="2026-02-10", region="河南省",
        effective="2026-03-01", expires="2028-12-31", doc_type="制度"),
        "clauses": cl}]
    return stem, path, key


# ====================================================================== 3. 四川
def make_sichuan():
    d = new_doc()
    cl = []
    empty(d, 1)
    P(d, "四川省统计局", align="center", first=0, east=XBS, size=42, color=RED, line=60)
    empty(d, 1)
    p = P(d, "川统制〔2026〕4号", align="center", first=0)
    bottom_border(p, "E60012", 24)
    empty(d, 1)
    P(d, ["四川省统计局关于《四川省跨境电子商务", BR, "统计监测报表制度（2026年统计年报和", BR, "定期报表）》的批复"],
      align="center", first=0, east=XBS, size=22, line=34)
    empty(d, 1)
    P(d, "四川省商务厅：", first=0)

    def body(segs, **kw):
        P(d, segs, **kw)
        cl.append(text_of(segs))

    body("你厅《关于报请审批〈四川省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）〉的函》"
         "（川商电商函〔2025〕187号）收悉。经审查，现批复如下：")
    body("一、同意你厅实施《四川省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）》（以下简称《制度》）。"
         "《制度》属部门统计调查项目，批准文号为川统制〔2026〕4号，有效期至2028年12月。")
    body("二、本次批准的调查表共3张，具体如下：")
    hdr = ["表号", "表名", "报告期别", "调查对象"]
    rows = [
        ["KJ101表", "跨境电子商务进出口情况", "月报", "列入名录的跨境电商企业"],
        ["KJ102表", "跨境电子商务企业基本情况", "年报", "列入名录的跨境电商企业"],
        ["KJ103表", "中欧班列跨境电商运输情况", "季报", "中欧班列（成渝）运营平台公司"],
    ]
    t = grid_table(d, hdr, rows, widths=[2.2, 5.6, 2.0, 5.6], size=12)
    # vertically merge the identical 调查对象 cells (typed once)
    m = t.rows[1].cells[3].merge(t.rows[2].cells[3])
    cell_text(m, "列入名录的跨境电商企业", FS, 12)
    cl.extend(row_clauses(hdr, rows))
    empty(d, 1, size=10)
    body("三、请你厅严格按照批准的调查内容、调查对象、调查频率和报送时间组织实施，不得擅自扩大调查范围、增加调查内容。"
         "确需调整的，应当按程序重新报批。")
    body("四、调查表右上角应当标明表号、制定机关、批准机关、批准文号和有效期限。未标明上述法定标识或者超过有效期限的调查表，"
         "调查对象有权拒绝填报。")
    body("五、要充分利用成都海关、国家外汇管理局四川省分局、中国（四川）自由贸易试验区等单位和区域的行政记录和已有统计资料，"
         "避免重复调查，切实减轻基层和企业负担。")
    body("六、调查取得的统计资料应当按照《制度》规定的时间和渠道公布。对调查中知悉的调查对象的商业秘密、个人信息，"
         "应当依法予以保密，不得用于统计以外的目的。")
    body("七、《制度》执行期满需继续实施的，请于有效期满前3个月向我局提出申请。")
    body("此复。")
    empty(d, 2)
    P(d, "四川省统计局", align="right", first=0).paragraph_format.right_indent = Pt(64)
    P(d, "2026年1月28日", align="right", first=0).paragraph_format.right_indent = Pt(48)
    empty(d, 1)
    P(d, "（此件主动公开）", first=2)
    empty(d, 4)
    banji(d, "抄送：国家统计局四川调查总队，省司法厅，成都海关。", "四川省统计局办公室", "2026年1月29日印发")

    stem = "blind728_sichuan_pifu"
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    key = [{"meta": meta(
        title="四川省统计局关于《四川省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）》的批复",
        doc_number="川统制〔2026〕4号", issuer=["四川省统计局"], date="2026-01-28", region="四川省",
        doc_type="批复", recipients=["四川省商务厅"], publicity="此件主动公开"),
        "clauses": cl}]
    return stem, path, key


def main():
    expected = {}
    for fn in (make_zhejiang, make_henan, make_sichuan):
        stem, path, key = fn()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
