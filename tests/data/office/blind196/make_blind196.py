# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 196: documents whose substance is a long list (Word → PDF by LibreOffice).

  blind196_henan_mingdan.docx / .pdf   河南省商务厅关于公布2024年河南省重点外贸企业名单的通知 (豫商外贸〔2024〕21号);
      附件 名单 over several pages: 序号/企业名称/所在市县/类别, 72 rows, 9 city rows merged across the table,
      header row repeated, names wrapping (two typed with a manual line break inside the cell).
  blind196_nanning_gonggao.docx / .pdf 南宁海关公告2024年第7号 (关于…落地加工商品便利通关清单的公告); 附件 商品清单
      序号/商品编码/商品名称/备注, 40 rows, 8- and 10-digit codes with leading zeros, 备注 merged DOWN over rows.
  blind196_chengdu_touzi.docx / .pdf   成都市发展和改革委员会关于下达…市级预算内投资计划（第二批）的通知
      (成发改投资〔2024〕286号); 附件 项目表 in a landscape section: 合计 row, category rows with subtotals,
      所在区（市）县 column, multi-line 建设内容 cells, rows allowed to break across pages.
  blind196_qinzhou_gongshi.docx / .pdf 钦州港片区管理委员会 …拟支持项目的公示: no 文号, a short notice, an inline
      table (14 rows + 合计), 公示时间, 异议 paragraph, 联系人/联系电话.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind196.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
WH = 10.5  # 五号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN)
    fnt(p.add_run(body), FS, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— ", dash2=" —"):
    fnt(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, centered_numbers=False, dash=("— ", " —")):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, dash=dash[0], dash2=dash[1])
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    return doc


def banhead(doc, text, size=48, width_scale=None, line=None):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, size=ER):
    if soft:
        p = P(doc, "", XBZ, size, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, size, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items, blank=True):
    if blank:
        P(doc, indent=0)
    for i, t in enumerate(items):
        txt = ("附件：" + t) if len(items) == 1 else (("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t))
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, line=None):
    """Text into a cell; a '\n' in text becomes a manual line break (Shift+Enter) inside the cell."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = fnt(p.add_run(part), east, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    return p


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, mm, rule="atLeast"):
    row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(mm * 56.7), rule)))


def portrait_section(doc, footer_distance=28, grid_kind="lines"):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(footer_distance)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), grid_kind)
    return sec


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(26), Mm(24)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    sec.footer_distance = Mm(12)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    return sec


def row_clause(header, row):
    return "；".join("%s：%s" % (h, str(v).replace("\n", "")) for h, v in zip(header, row) if str(v).strip())


def fmt_amt(x):
    return ("%.1f" % x) if abs(x - round(x)) > 1e-9 else str(int(round(x)))


# ================================================================ (a) 河南省商务厅 重点外贸企业名单
HN_NUM = "豫商外贸〔2024〕21号"
HN_LIST_T = "2024年河南省重点外贸企业名单"
HN_TITLE = "河南省商务厅关于公布2024年河南省重点外贸企业名单的通知"
HN_MAIN_TO = "各省辖市、济源示范区商务主管部门，郑州航空港经济综合实验区经济发展局，各有关企业："
HN_HEADER = ["序号", "企业名称", "所在市县", "类别"]
# (city row, [(name, place, category)]) — '\n' = a manual line break typed inside the cell
HN_GROUPS = [
    ("一、郑州市（含郑州航空港经济综合实验区）（18家）", [
        ("郑州宇联电子科技进出口有限公司", "郑州航空港经济综合实验区", "生产型"),
        ("河南中原国际陆港多式联运进出口贸易有限责任公司", "郑州经济技术开发区", "外贸综合服务"),
        ("郑州嘉禾生物医药有限公司", "郑州高新技术产业开发区", "生产型"),
        ("河南豫欧跨境电子商务有限公司", "郑州经济技术开发区", "跨境电商"),
        ("郑州恒远重型机械股份有限公司", "郑州市上街区", "生产型"),
        ("河南中豫供应链管理有限公司", "郑州市金水区", "流通型"),
        ("郑州航港智能终端制造有限公司", "郑州航空港经济综合实验区", "生产型"),
        ("郑州新丝路国际物流有限公司", "郑州市管城回族区", "服务贸易"),
        ("河南金穗粮油食品进出口有限公司", "中牟县", "生产型"),
        ("郑州鼎盛磨料磨具有限公司", "新密市", "生产型"),
        ("巩义市恒通铝材科技有限公司", "巩义市", "生产型"),
        ("河南云途数字贸易有限公司", "郑州市郑东新区", "跨境电商"),
        ("郑州天信电缆集团有限公司", "荥阳市", "生产型"),
        ("新郑市金枣食品进出口有限公司", "新郑市", "生产型"),
        ("河南航程国际货运代理有限公司", "郑州航空港经济综合实验区", "服务贸易"),
        ("郑州华纺服饰有限公司", "郑州市二七区", "生产型"),
        ("登封市嵩岳耐火材料有限公司", "登封市", "生产型"),
        ("河南优品汇跨境电子商务产业园\n运营管理有限公司", "郑州经济技术开发区", "跨境电商"),
    ]),
    ("二、开封市（6家）", [
        ("开封黄河空分设备有限公司", "开封市禹王台区", "生产型"),
        ("河南汴绣文化创意有限公司", "开封市鼓楼区", "服务贸易"),
        ("开封宋都农产品进出口有限公司", "开封市祥符区", "流通型"),
        ("兰考县华韵乐器有限公司", "兰考县", "生产型"),
        ("开封自贸区国际文化贸易服务有限公司", "中国（河南）自由贸易试验区开封片区", "服务贸易"),
        ("尉氏县鑫源纺织有限公司", "尉氏县", "生产型"),
    ]),
    ("三、洛阳市（10家）", [
        ("洛阳中重矿山机械进出口有限公司", "洛阳市涧西区", "生产型"),
        ("洛阳伊洛轴承股份有限公司", "洛阳市洛龙区", "生产型"),
        ("洛阳钼都新材料科技有限公司", "栾川县", "生产型"),
        ("河南洛阳综保国际贸易有限公司", "洛阳综合保税区", "流通型"),
        ("洛阳牡丹瓷文化发展有限公司", "洛阳市老城区", "生产型"),
        ("洛阳嘉隆摩托车制造有限公司", "洛阳市偃师区", "生产型"),
        ("洛阳天隆农业科技有限公司", "洛阳市孟津区", "生产型"),
        ("洛阳丝路明珠跨境电子商务有限公司", "中国（河南）自由贸易试验区洛阳片区", "跨境电商"),
        ("新安县华美电力器材有限公司", "新安县", "生产型"),
        ("洛阳唐三彩工艺品进出口有限公司", "洛阳市孟津区", "流通型"),
    ]),
    ("四、新乡市（7家）", [
        ("长垣市豫北起重设备有限公司", "长垣市", "生产型"),
        ("新乡航宇汽车零部件有限公司", "新乡市红旗区", "生产型"),
        ("新乡市润华纺织科技有限公司", "新乡经济技术开发区", "生产型"),
        ("获嘉县丰达化工有限公司", "获嘉县", "生产型"),
        ("新乡豫新电池材料有限公司", "新乡高新技术产业开发区", "生产型"),
        ("辉县市百泉食品有限公司", "辉县市", "生产型"),
        ("长垣市医用耗材国际贸易有限公司", "长垣市", "流通型"),
    ]),
    ("五、焦作市（6家）", [
        ("焦作市鑫晟新材料有限公司", "焦作市中站区", "生产型"),
        ("孟州市豫港皮毛制品有限公司", "孟州市", "生产型"),
        ("沁阳市永兴纸业有限公司", "沁阳市", "生产型"),
        ("温县怀药生物科技有限公司", "温县", "生产型"),
        ("焦作瑞丰制动器有限公司", "焦作市山阳区", "生产型"),
        ("武陟县华泰汽车配件有限公司", "武陟县", "生产型"),
    ]),
    ("六、许昌市（9家）", [
        ("许昌恒美发制品有限公司", "许昌市建安区", "生产型"),
        ("河南发制品跨境电子商务有限公司", "许昌市魏都区", "跨境电商"),
        ("禹州市钧瓷文化进出口有限公司", "禹州市", "流通型"),
        ("长葛市天然蜂业进出口有限公司", "长葛市", "生产型"),
        ("许昌豫能电气设备有限公司", "许昌经济技术开发区", "生产型"),
        ("鄢陵县花木进出口有限公司", "鄢陵县", "流通型"),
        ("襄城县华盛硅材料有限公司", "襄城县", "生产型"),
        ("许昌中原发制品国际贸易有限公司", "许昌市建安区", "外贸综合服务"),
        ("长葛市金昌再生金属有限公司", "长葛市", "生产型"),
    ]),
    ("七、漯河市（4家）", [
        ("漯河市中原食品进出口有限公司", "漯河市源汇区", "生产型"),
        ("临颍县麦香食品有限公司", "临颍县", "生产型"),
        ("漯河市豫中宠物食品有限公司", "漯河经济技术开发区", "生产型"),
        ("舞阳县恒锐钢铁制品有限公司", "舞阳县", "生产型"),
    ]),
    ("八、南阳市（8家）", [
        ("南阳卧龙国际贸易有限公司", "南阳卧龙综合保税区", "流通型"),
        ("西峡县伏牛山香菇进出口有限公司", "西峡县", "生产型"),
        ("镇平县玉都工艺品有限公司", "镇平县", "流通型"),
        ("南阳市中南防爆电机有限公司", "南阳市卧龙区", "生产型"),
        ("邓州市金穗农机装备有限公司", "邓州市", "生产型"),
        ("南阳宛城艾草制品进出口有限公司", "南阳市宛城区", "跨境电商"),
        ("淅川县丹江汽车零部件有限公司", "淅川县", "生产型"),
        ("南阳市淯阳光电科技有限公司", "南阳高新技术产业开发区", "生产型"),
    ]),
    ("九、济源示范区（4家）", [
        ("济源市金源有色金属进出口有限公司", "济源示范区", "生产型"),
        ("济源市王屋山食品有限公司", "济源示范区", "生产型"),
        ("济源市愚公机械制造\n有限公司", "济源示范区", "生产型"),
        ("济源市太行锂电材料有限公司", "济源示范区", "生产型"),
    ]),
]
HN_COUNT = sum(len(r) for _, r in HN_GROUPS)
HN_FIRST = HN_GROUPS[0][1][0][0]
HN_INTRO = "为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，加大对重点外贸企业的精准服务力度，根据《河南省商务厅关于开展2024年重点外贸企业认定工作的通知》（豫商外贸函〔2024〕9号）要求，经企业自愿申报、各地商务主管部门审核推荐、第三方机构复核并在厅门户网站公示，确定%s等%d家企业为2024年河南省重点外贸企业，现将名单予以公布（见附件），并就有关事项通知如下：" % (HN_FIRST, HN_COUNT)
HN_ITEMS = [
    ("一、建立常态化联系服务机制。", "各地商务主管部门要对名单内企业逐一明确联系人，每季度至少走访1次，及时协调解决企业在订单、物流、融资、用工等方面的困难和问题，重大问题于每季度末月20日前报省商务厅。"),
    ("二、加大政策支持力度。", "名单内企业优先纳入省级外经贸发展专项资金支持范围，优先推荐参加中国进出口商品交易会、中国国际进口博览会等重点展会。对位于中国（河南）自由贸易试验区郑州、开封、洛阳片区的名单内企业，支持其率先开展“保税+”、跨境电商零售进口退货中心仓等创新业务试点。"),
    ("三、提升通关物流便利化水平。", "省商务厅会同郑州海关推动名单内企业申请海关高级认证企业；对在郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区、南阳卧龙综合保税区开展加工贸易的名单内企业，推行保税料件网上核销等便利措施。依托中欧班列（中豫号）和郑州—卢森堡“空中丝绸之路”，优先保障名单内企业舱位和班列运力。"),
    ("四、强化金融保险服务。", "鼓励各地组织银行、保险机构为名单内企业“一对一”提供出口信用保险、汇率避险和供应链融资服务，2024年出口信用保险对名单内企业覆盖率达到100%。"),
    ("五、实行动态管理。", "名单有效期为2024年7月1日至2026年6月30日。有效期内企业发生重大违法违规行为、被列入严重失信主体名单或者连续两个季度无进出口实绩的，由所在地商务主管部门报省商务厅核实后移出名单。"),
]
HN_CHAOSONG = "商务部对外贸易司，省政府办公厅，省发展改革委、财政厅，人民银行河南省分行，郑州海关，中国出口信用保险公司河南分公司。"
HN_PRINTER = "河南省商务厅办公室"
HN_PRINTDATE = "2024年6月24日"


def build_henan():
    doc = new_doc(odd_even=True)
    banhead(doc, "河南省商务厅文件", 52, width_scale=90)
    docnum_rule(doc, HN_NUM)
    title(doc, ["河南省商务厅关于公布2024年河南省", "重点外贸企业名单的通知"], soft=True)
    P(doc, HN_MAIN_TO, indent=0)
    P(doc, HN_INTRO)
    for h, t in HN_ITEMS:
        runin(doc, h, t, HT)
    attach_note(doc, [HN_LIST_T])
    signoff(doc, "河南省商务厅", "2024年6月21日", right_chars=4, blank=3)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, HN_LIST_T, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(18))
    nrows = 1 + sum(1 + len(rows) for _, rows in HN_GROUPS)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [13, 70, 48, 25])
    for i, h in enumerate(HN_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(20))
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    row_height(tbl.rows[0], 10)
    ri, n = 1, 0
    for city, rows in HN_GROUPS:
        m = tbl.cell(ri, 0).merge(tbl.cell(ri, 3))
        cell_text(m, city, HT, XS, L, line=Pt(20))
        ri += 1
        for name, place, cat in rows:
            n += 1
            vals = [str(n), name, place, cat]
            for ci, v in enumerate(vals):
                cell_text(tbl.cell(ri, ci), v, FS, XS, C if ci in (0, 3) else L, line=Pt(20))
                tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            row_height(tbl.rows[ri], 8)
            ri += 1
    # 版记 on the last page (even) after a page break
    page_break(doc)
    banji(doc, HN_CHAOSONG, HN_PRINTER, HN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind196_henan_mingdan.docx")
    doc.save(out)
    return out


# ================================================================ (b) 南宁海关 公告 + 商品清单
NN_NUM = "南宁海关公告2024年第7号"
NN_LIST_T = "边民互市贸易进口落地加工商品便利通关清单"
NN_TITLE = "关于边民互市贸易进口商品落地加工实施通关便利措施的公告"
NN_INTRO = "为贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》，支持中国（广西）自由贸易试验区崇左片区和沿边地区发展边民互市贸易进口商品落地加工，南宁海关决定对《%s》（以下简称《清单》，见附件）所列商品实施通关便利措施。现将有关事项公告如下：" % NN_LIST_T
NN_ITEMS = [
    "一、本公告适用于从东兴、凭祥（友谊关、弄尧）、龙州（水口）、靖西（龙邦）、那坡（平孟）、大新（硕龙）、宁明（爱店）边民互市贸易区（点）进口，并运往经海关备案的落地加工企业的《清单》所列商品。",
    "二、《清单》所列商品由边民互助组以边民互市方式申报进口的，海关对符合条件的商品实施“先放后检”，检验检疫结果在货物运抵落地加工企业后3个工作日内反馈。",
    "三、落地加工企业应当位于凭祥综合保税区、东兴边境经济合作区、中国（广西）自由贸易试验区崇左片区或者所在县（市、区）依法设立的产业园区内，并向主管海关办理落地加工企业备案。",
    "四、《清单》备注栏注明“限鲜品”的商品，应当在口岸完成检疫后24小时内运抵落地加工企业；注明“仅限原料加工”的商品，不得以原状态销售。",
    "五、海关对落地加工企业实施信用管理。发现企业将边民互市进口商品直接转售或者存在其他违规行为的，依法处理，并取消其适用本公告便利措施的资格。",
    "六、本公告自2024年10月1日起施行，有效期3年。南宁海关公告2022年第3号同时废止。",
]
NN_HEADER = ["序号", "商品编码", "商品名称", "备注"]
# groups of (code, name, remark); remark "^" = part of the vertical merge started above
NN_GROUPS = [
    ("一、水产品", [
        ("03019999", "其他活鱼", "不含鱼苗"),
        ("0302899090", "其他鲜、冷鱼", "限鲜品"),
        ("03038990", "其他冻鱼", ""),
        ("0306171900", "其他冻虾及对虾", ""),
        ("03063300", "活、鲜或冷的蟹", "限鲜品"),
        ("0307919000", "其他活、鲜或冷的软体动物", "限鲜品"),
        ("03061419", "其他冻蟹", ""),
    ]),
    ("二、水果", [
        ("08039000", "鲜香蕉（芭蕉除外）", "限鲜品"),
        ("08045020", "鲜芒果", "^"),
        ("0810600000", "鲜榴莲", "^"),
        ("08109010", "鲜荔枝", "^"),
        ("08109020", "鲜龙眼", "^"),
        ("0810903000", "鲜红毛丹", "^"),
        ("08109050", "鲜火龙果", "^"),
        ("08119090", "其他冷冻水果", ""),
    ]),
    ("三、坚果及农产品", [
        ("08013100", "未去壳腰果", "仅限原料加工"),
        ("08013200", "去壳腰果", "^"),
        ("0802990000", "其他鲜或干的坚果", "^"),
        ("08135000", "什锦坚果或干果", "^"),
        ("07141010", "鲜木薯", "限鲜品"),
        ("07141020", "干木薯", ""),
        ("07108090", "其他冷冻蔬菜", ""),
        ("09011100", "未焙炒未浸除咖啡碱的咖啡", "仅限原料加工"),
        ("09041100", "未磨胡椒", ""),
        ("0906110000", "未磨锡兰肉桂", ""),
        ("09061900", "其他未磨肉桂及肉桂花", ""),
        ("09083100", "未磨豆蔻", ""),
        ("12024200", "去壳花生，不论是否破碎", "仅限原料加工"),
        ("12079999", "其他含油子仁及果实", ""),
        ("1211909999", "其他主要用作香料、药料的植物及其某部分", "需随附输出国官方植物检疫证书"),
    ]),
    ("四、林产品及其他", [
        ("14011000", "竹", ""),
        ("14012000", "藤", ""),
        ("4001100000", "天然胶乳，不论是否预硫化", ""),
        ("40012200", "技术分类天然橡胶（TSNR）", ""),
        ("4403499090", "其他热带原木", "须随附原产地证明"),
        ("4407299090", "其他热带木锯材", "^"),
        ("13019090", "其他天然树胶、树脂", ""),
        ("15119000", "精制棕榈油及其分离品", ""),
        ("20089990", "其他未列名制作或保藏的水果", ""),
        ("05119990", "其他未列名动物产品", "不含濒危野生动物制品"),
    ]),
]
NN_CHAOSONG = "海关总署口岸监管司、自贸区和特殊区域发展司，广西壮族自治区商务厅、口岸办，防城港市、崇左市、百色市人民政府。"
NN_PRINTER = "南宁海关办公室"
NN_PRINTDATE = "2024年9月23日"


def nn_rows():
    """Rows with the vertical merges resolved: each row carries its 备注 value."""
    out, n, last = [], 0, ""
    for _, rows in NN_GROUPS:
        for code, name, rem in rows:
            n += 1
            if rem == "^":
                rem = last
            else:
                last = rem
            out.append([str(n), code, name, rem])
    return out


def build_nanning():
    doc = new_doc(odd_even=False, centered_numbers=True)
    # 公告 版头: organ + 公告 in red, number under it, red rule — no 文件, no 主送
    banhead(doc, "南宁海关公告", 48, width_scale=95)
    P(doc, indent=0)
    p = P(doc, "2024年第7号", FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)
    title(doc, ["关于边民互市贸易进口商品落地加工", "实施通关便利措施的公告"], soft=False)
    P(doc, NN_INTRO)
    for t in NN_ITEMS:
        P(doc, t)
    P(doc, "特此公告。")
    attach_note(doc, [NN_LIST_T])
    signoff(doc, "南宁海关", "2024年9月20日", right_chars=5, blank=3, public=None)
    # the 清单 in its own section (new page), footer numbering continues
    sec = portrait_section(doc, footer_distance=28)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, NN_LIST_T, XBZ, 20, C, 0, line=Pt(32))
    P(doc, indent=0, line=Pt(16))
    nrows = 1 + sum(1 + len(r) for _, r in NN_GROUPS)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 34, 70, 38])
    for i, h in enumerate(NN_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(22))
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])
    ri, n = 1, 0
    for grp, rows in NN_GROUPS:
        m = tbl.cell(ri, 0).merge(tbl.cell(ri, 3))
        cell_text(m, grp, HT, XS, L, line=Pt(22))
        ri += 1
        start = None
        for code, name, rem in rows:
            n += 1
            cell_text(tbl.cell(ri, 0), str(n), ST, XS, C, line=Pt(22))
            cell_text(tbl.cell(ri, 1), code, "Times New Roman", XS, C, line=Pt(22))
            cell_text(tbl.cell(ri, 2), name, ST, XS, L, line=Pt(22))
            if rem == "^":
                pass
            else:
                if start is not None and start[1] < ri - 1:
                    mm = tbl.cell(start[1], 3).merge(tbl.cell(ri - 1, 3))
                    mm.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                start = (rem, ri)
                cell_text(tbl.cell(ri, 3), rem, ST, XS - 1.5, C, line=Pt(18))
            for ci in range(4):
                tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cant_split(tbl.rows[ri])
            ri += 1
        if start is not None and start[1] < ri - 1:
            mm = tbl.cell(start[1], 3).merge(tbl.cell(ri - 1, 3))
            mm.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    page_break(doc)
    banji(doc, NN_CHAOSONG, NN_PRINTER, NN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind196_nanning_gonggao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 成都市发展改革委 下达投资计划
CD_NUM = "成发改投资〔2024〕286号"
CD_PLAN = "2024年国际门户枢纽和开放平台建设市级预算内投资计划（第二批）"
CD_TABLE_T = CD_PLAN + "项目表"
CD_TITLE = "成都市发展和改革委员会关于下达" + CD_PLAN + "的通知"
CD_MAIN_TO = "青白江区、双流区、新津区、简阳市发展改革局，成都高新区、成都天府新区、成都东部新区发展改革部门，市级有关部门，有关项目单位："
CD_HEADER = ["序号", "项目名称", "项目单位", "所在区（市）县", "建设内容及规模", "总投资", "本次下达市级资金", "备注"]   # printed under “单位：万元”
CD_GROUPS = [
    ("一、国际班列及陆港枢纽项目", [
        ("成都国际铁路港多式联运监管中心扩能项目", "成都陆港枢纽建设投资有限公司", "青白江区", "新建集装箱查验平台2.4万平方米、冷链查验库0.6万平方米，购置H986集装箱检查设备2套及配套信息化系统", 38600, 2800, ""),
        ("中欧班列（成渝）成都集结中心二期工程", "成都国际班列物流有限公司", "青白江区", "新建集装箱堆场12万平方米、装卸线4条，改造既有作业区道路3.2公里，年集结能力提升至6000列", 56200, 3000, "续建"),
        ("成都铁路口岸进境肉类指定监管场地", "成都青白江国有资产投资经营有限公司", "青白江区", "新建查验间、冷库及熏蒸消毒场所共8600平方米", 8600, 860, ""),
        ("新津铁路物流港国际班列集散中心", "成都新津国际物流港建设发展有限公司", "新津区", "新建集散仓库3.5万平方米、铁路专用线1.8公里，配套建设海关监管作业场所", 24500, 1200, ""),
        ("成都国际铁路港综合保税区保税仓储中心", "成都国际铁路港综保区运营管理有限公司", "青白江区", "新建保税仓库4.2万平方米，配套建设智能卡口2处", 15800, 900, ""),
    ]),
    ("二、航空枢纽及临空开放平台项目", [
        ("成都天府国际机场国际货站二期", "成都东部新区临空投资发展有限公司", "成都东部新区", "新建国际货站5.6万平方米，配套建设跨境电商、国际快件、冷链、活体动物、危险品等专用处理区及海关查验设施，购置自动化立体库和安检设备，建设智慧货站信息系统，年设计货邮处理能力35万吨，同步建设货运代理服务楼1.2万平方米", 42800, 2400, "续建"),
        ("成都双流国际机场国际货站提升改造项目", "成都双流空港物流有限公司", "双流区", "改造国际货站2.1万平方米，新增自动化分拣系统1套", 12600, 900, ""),
        ("成都天府国际机场综合保税区（一期）基础设施工程", "成都东部新区综保建设投资有限公司", "成都东部新区", "建设围网、卡口、巡关道路及查验场地，新建标准厂房6万平方米", 33400, 1500, ""),
        ("简阳临空经济产业园冷链物流中心", "简阳市空港冷链物流有限公司", "简阳市", "新建冷链仓储2.8万平方米，配套建设进口冷链食品集中监管仓", 9800, 500, ""),
        ("双流综合保税区保税维修检测中心", "成都双流综合保税区开发建设有限公司", "双流区", "新建保税维修检测厂房1.9万平方米，购置航空发动机检测设备", 18200, 800, ""),
    ]),
    ("三、自贸试验区及对外开放平台项目", [
        ("中国（四川）自由贸易试验区天府新区片区国际贸易服务中心", "成都天府新区投资集团有限公司", "成都天府新区", "改造国际贸易服务中心1.2万平方米，建设“单一窗口”综合服务平台和涉外法律服务中心", 6800, 400, ""),
        ("成都高新综合保税区跨境电商监管中心", "成都高新综保区运营管理有限公司", "成都高新区", "新建跨境电商监管中心1.5万平方米，配套建设“1210”“9610”查验线各2条", 7500, 500, ""),
        ("成都高新区“一带一路”国际技术转移中心", "成都高新技术产业开发区科技创新服务中心", "成都高新区", "建设国际技术转移服务平台，改造孵化载体0.8万平方米", 5600, 300, "申请单位为事业单位"),
        ("成都国际铁路港经济技术开发区中欧产业园标准厂房", "成都青白江欧洲产业城投资发展有限公司", "青白江区", "新建标准厂房7.5万平方米及配套道路、管网", 21000, 600, ""),
        ("中国—欧洲中心（成都）会展配套提升工程", "成都高新会展服务有限公司", "成都高新区", "改造展馆及配套会议设施2.6万平方米", 4200, 200, ""),
    ]),
]
CD_TOTAL_INV = sum(r[4] for _, rows in CD_GROUPS for r in rows)
CD_TOTAL_FUND = sum(r[5] for _, rows in CD_GROUPS for r in rows)
CD_NPROJ = sum(len(rows) for _, rows in CD_GROUPS)
CD_INTRO = "为加快建设国际门户枢纽城市，高水平建设中国（四川）自由贸易试验区成都区域和国家级开放平台，根据《成都市市级预算内投资管理办法》（成发改投资规〔2023〕5号），经市政府同意，现将%s下达给你们（详见附件），共安排项目%d个，下达市级预算内资金%d万元。现就有关事项通知如下：" % (CD_PLAN, CD_NPROJ, CD_TOTAL_FUND)
CD_ITEMS = [
    "一、本批计划资金专项用于附件所列项目建设。各项目单位要严格按照下达的计划和建设内容组织实施，不得擅自调整项目建设地点、内容和规模，不得截留、挤占、挪用市级预算内资金。",
    "二、项目所在区（市）县发展改革部门要督促项目单位加快建设进度。尚未开工的项目须于2024年12月31日前开工建设；本批资金应当于2025年6月30日前支付完毕，逾期未支付的，市发展改革委将按规定收回统筹使用。",
    "三、位于成都国际铁路港（青白江区）和成都天府国际机场临空经济区（简阳市、成都东部新区）的项目，要同步做好与口岸功能布局规划的衔接；涉及海关监管作业场所建设的，应当在开工前征求成都海关意见。",
    "四、各区（市）县发展改革部门要于每月5日前通过国家重大建设项目库报送项目开工、投资完成、资金支付等情况，并对报送数据的真实性负责。",
    "五、市发展改革委将会同市财政局、市审计局对项目实施和资金使用情况开展监督检查，对进度滞后、资金闲置的项目予以通报，并相应扣减有关区（市）县下一年度市级预算内投资安排。",
]
CD_CHAOSONG = "市政府办公厅，市财政局，市审计局，市口岸与物流办，成都海关，成都国际铁路港经开区管委会。"
CD_PRINTER = "成都市发展和改革委员会办公室"
CD_PRINTDATE = "2024年8月28日"


def build_chengdu():
    doc = new_doc(odd_even=True)
    banhead(doc, "成都市发展和改革委员会文件", 40, width_scale=72)
    docnum_rule(doc, CD_NUM)
    title(doc, ["成都市发展和改革委员会关于下达2024年", "国际门户枢纽和开放平台建设市级预算内", "投资计划（第二批）的通知"], soft=True)
    P(doc, CD_MAIN_TO, indent=0)
    P(doc, CD_INTRO)
    for t in CD_ITEMS:
        P(doc, t)
    attach_note(doc, [CD_TABLE_T])
    signoff(doc, "成都市发展和改革委员会", "2024年8月26日", right_chars=2, blank=3, public="（此件主动公开）")
    # 附件 in a landscape section
    landscape_section(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, CD_TABLE_T, XBZ, 20, C, 0, line=Pt(32))
    p = P(doc, "单位：万元", FS, XS, R, 0, line=Pt(20))
    nrows = 2 + sum(1 + len(rows) for _, rows in CD_GROUPS)
    tbl = doc.add_table(rows=nrows, cols=8)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [10, 52, 40, 22, 66, 18, 20, 13]
    col_widths(tbl, widths)
    for i, h in enumerate(CD_HEADER):
        cell_text(tbl.cell(0, i), h, HT, WH, C, line=Pt(15))
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    # 合计 row right under the header
    m = tbl.cell(1, 0).merge(tbl.cell(1, 4))
    cell_text(m, "合计（%d个）" % CD_NPROJ, HT, WH, C, line=Pt(15))
    cell_text(tbl.cell(1, 5), str(CD_TOTAL_INV), HT, WH, C, line=Pt(15))
    cell_text(tbl.cell(1, 6), str(CD_TOTAL_FUND), HT, WH, C, line=Pt(15))
    ri, n = 2, 0
    for grp, rows in CD_GROUPS:
        m = tbl.cell(ri, 0).merge(tbl.cell(ri, 4))
        cell_text(m, "%s（%d个）" % (grp, len(rows)), HT, WH, L, line=Pt(15))
        cell_text(tbl.cell(ri, 5), str(sum(r[4] for r in rows)), HT, WH, C, line=Pt(15))
        cell_text(tbl.cell(ri, 6), str(sum(r[5] for r in rows)), HT, WH, C, line=Pt(15))
        ri += 1
        for name, unit, place, content, inv, fund, note in rows:
            n += 1
            vals = [str(n), name, unit, place, content, str(inv), str(fund), note]
            for ci, v in enumerate(vals):
                cell_text(tbl.cell(ri, ci), v, FS, WH, L if ci in (1, 2, 4) else C, line=Pt(15))
                tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            row_height(tbl.rows[ri], 14)
            ri += 1
    portrait_section(doc, footer_distance=28)
    banji(doc, CD_CHAOSONG, CD_PRINTER, CD_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind196_chengdu_touzi.docx")
    doc.save(out)
    return out


# ================================================================ (d) 钦州港片区 公示
QZ_ORGAN = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_TITLE = QZ_ORGAN + "关于2024年度钦州港片区促进开放型经济发展专项资金拟支持项目的公示"
QZ_HEADER = ["序号", "申报单位", "项目名称", "支持类别", "所在区域", "拟支持金额（万元）"]
QZ_ROWS = [
    ("广西钦港海铁联运有限公司", "西部陆海新通道海铁联运班列运营补助", "物流通道类", "大榄坪港区", 180),
    ("钦州东盟冷链物流有限公司", "进口冷链查验仓储能力提升项目", "平台建设类", "钦州综合保税区", 120),
    ("广西中马钦州产业园区燕窝加工有限公司", "进口毛燕原料加工产能扩建项目", "加工贸易类", "中马钦州产业园区", 95),
    ("钦州港片区跨境电商产业园运营有限公司", "跨境电商“9610”“1210”业务增量奖励", "新业态类", "钦州综合保税区", 80),
    ("广西恒通石化贸易有限公司", "原油进口贸易规模奖励", "外贸规模类", "钦州石化产业园", 150),
    ("钦州市金鼓江船舶修造有限公司", "国际航行船舶保税维修业务奖励", "新业态类", "金鼓江作业区", 60),
    ("广西钦州港航国际船舶代理有限公司", "东盟集装箱航线开辟补助（钦州—胡志明、钦州—林查班）", "物流通道类", "勒沟作业区", 100),
    ("广西钦州鑫源新材料有限公司", "出口规模奖励", "外贸规模类", "钦州石化产业园", 75),
    ("钦州中马生物科技有限公司", "东盟中药材进口加工项目", "加工贸易类", "中马钦州产业园区", 40),
    ("广西钦州保税港区供应链管理有限公司", "供应链金融综合服务平台建设", "平台建设类", "钦州综合保税区", 65),
    ("钦州三墩港口物流有限公司", "三墩作业区外贸散货中转奖励", "物流通道类", "三墩作业区", 50),
    ("广西钦州绿洲智能装备有限公司", "进口先进设备贷款贴息", "外贸规模类", "中马钦州产业园区", 35.5),
    ("广西钦州自贸通数字贸易有限公司", "数字贸易综合服务平台建设", "平台建设类", "大榄坪港区", 45),
    ("钦州鹿耳环国际航运有限公司", "内外贸同船运输业务奖励", "物流通道类", "鹿耳环作业区", 30),
]
QZ_TOTAL = sum(r[4] for r in QZ_ROWS)
QZ_INTRO = "根据《中国（广西）自由贸易试验区钦州港片区促进开放型经济发展若干措施》（钦自贸管规〔2023〕2号）和2024年度专项资金申报指南有关要求，经企业申报、部门初审、第三方机构审核和管委会主任办公会议审议，拟对%s等%d个项目给予专项资金支持，拟支持金额合计%s万元。现将拟支持项目予以公示（见下表）。" % (QZ_ROWS[0][0], len(QZ_ROWS), fmt_amt(QZ_TOTAL))
QZ_PERIOD = "公示时间：2024年11月18日至2024年11月22日（5个工作日）。"
QZ_OBJ = "公示期间，任何单位和个人对拟支持项目有异议的，请以书面形式向钦州港片区管委会经济发展局反映。以单位名义反映的应当加盖单位公章，以个人名义反映的应当署真实姓名并提供有效联系方式；逾期或者匿名反映的，不予受理。"
QZ_CONTACT = [
    "联系人：陆女士、黄先生",
    "联系电话：0777-3886215，0777-3886230",
    "电子邮箱：qzgpq_jjfzj@163.com",
    "通讯地址：钦州市钦州港区金海湾大道1号片区管委会办公楼502室",
]


def build_qinzhou():
    doc = new_doc(odd_even=False, centered_numbers=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    grid(s, "default")
    # no 版头, no 文号: a plain 公示 typed in Word; title in three paragraphs (Enter at each line end)
    P(doc, indent=0)
    title(doc, ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于2024年度钦州港片区促进", "开放型经济发展专项资金拟支持项目的公示"], soft=False, size=20)
    P(doc, QZ_INTRO)
    P(doc, indent=0, line=Pt(12))
    tbl = doc.add_table(rows=2 + len(QZ_ROWS), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [9, 44, 50, 20, 22, 15])
    for i, h in enumerate(QZ_HEADER):
        cell_text(tbl.cell(0, i), h, HT, WH, C, line=Pt(16))
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for k, (unit, proj, cat, area, amt) in enumerate(QZ_ROWS, start=1):
        vals = [str(k), unit, proj, cat, area, fmt_amt(amt)]
        for ci, v in enumerate(vals):
            cell_text(tbl.cell(k, ci), v, ST, WH, L if ci in (1, 2) else C, line=Pt(16))
            tbl.cell(k, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    last = 1 + len(QZ_ROWS)
    m = tbl.cell(last, 0).merge(tbl.cell(last, 4))
    cell_text(m, "合　　计", HT, WH, C, line=Pt(16))
    cell_text(tbl.cell(last, 5), fmt_amt(QZ_TOTAL), HT, WH, C, line=Pt(16))
    P(doc, indent=0, line=Pt(12))
    P(doc, QZ_PERIOD)
    P(doc, QZ_OBJ)
    for t in QZ_CONTACT:
        P(doc, t)
    for _ in range(2):
        P(doc, indent=0)
    p = P(doc, "中国（广西）自由贸易试验区", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "钦州港片区管理委员会", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 3)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年11月15日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    out = os.path.join(HERE, "blind196_qinzhou_gongshi.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_196", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 河南 名单
    hn_rows, hn_spec, n = [], {}, 0
    for city, rows in HN_GROUPS:
        cname = city.split("、", 1)[1].split("（", 1)[0]
        for name, place, cat in rows:
            n += 1
            hn_rows.append(row_clause(HN_HEADER, [str(n), name, place, cat]))
            hn_spec["附件 序号%d" % n] = place if place.startswith(cname[:2]) else "%s（%s）" % (place, cname)
    hn_spec["二、"] = "second sentence only: 中国（河南）自由贸易试验区郑州片区、开封片区、洛阳片区 (the first sentence is province-wide)"
    hn_spec["三、"] = "the part after the first semicolon (保税料件网上核销): 郑州新郑综合保税区（郑州航空港经济综合实验区）、郑州经开综合保税区、洛阳综合保税区、南阳卧龙综合保税区; the rest of the item is province-wide"
    out["blind196_henan_mingdan"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["河南省商务厅"],
            "date": "2024-06-21", "published": "2024-06-24", "level": "provincial", "region": "河南省",
            "effective": "2024-07-01", "expires": "2026-06-30", "attachments": [HN_LIST_T], "doc_type": "通知（公布名单）",
            "recipients": ["各省辖市、济源示范区商务主管部门", "郑州航空港经济综合实验区经济发展局", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": [HN_INTRO] + [h + t for h, t in HN_ITEMS] + hn_rows,
        "applies_to": {
            "default": "河南省",
            "specific": hn_spec,
            "note": "Each 名单 row applies to the enterprise's 所在市县; where the cell names only a county or county-level city (中牟县, 新密市, 栾川县, 长垣市 …) the 省辖市 comes from the merged group row above (一、郑州市 … 九、济源示范区) — 中牟县 alone is right, 郑州市中牟县 better; a row tagged only 河南省 is low, a row tagged with the wrong city (the previous group's) is medium. 卢森堡 (三、) and 中欧班列 do not move a clause abroad.",
        },
        "_note": (
            "Red 版头 河南省商务厅文件; 文号 豫商外贸〔2024〕21号 + red rule; title ONE paragraph with a soft break (…2024年河南省 / 重点外贸企业名单的通知) — joined with no space (the PDF shows “2024 年” with spaces around the digits from font fallback; the title is 2024年 with none). "
            "主送 (3 parts); intro paragraph (clause; names the 72 enterprises and 豫商外贸函〔2024〕9号 — the 认定 notice's number, not this document's); 一、…五、 run-in 黑体 item heads (head + text = one clause); 附件说明 附件：2024年河南省重点外贸企业名单; 落款 河南省商务厅 / 2024年6月21日; （此件公开发布）. "
            "After a page break: label 附件, the 名单 title (heading, not a clause), then ONE 4-column Word table 序号/企业名称/所在市县/类别: a header row marked to repeat (w:tblHeader), 9 group rows merged across all 4 columns (一、郑州市（含郑州航空港经济综合实验区）（18家） … 九、济源示范区（4家）) and 72 enterprise rows. Group rows are headings (not clauses; as a row clause tolerable low, but they must not be glued to the next enterprise row or shift its columns). "
            "Each enterprise row = one clause written 序号：N；企业名称：…；所在市县：…；类别：… . Names and places wrap to two lines in their narrow cells (河南中原国际陆港多式联运进出口贸易有限责任公司, 郑州航空港经济综合实验区, 中国（河南）自由贸易试验区开封片区 …) and two names are typed with a manual line break inside the cell (序号18 河南优品汇跨境电子商务产业园⏎运营管理有限公司, 序号71 济源市愚公机械制造⏎有限公司) — all re-joined with no space. "
            "五、: 名单有效期为2024年7月1日至2026年6月30日 → effective 2024-07-01, expires 2026-06-30 (the validity of the list, which is what the notice establishes; effective = 2024-06-21 and expires null is medium). The deadline “每季度末月20日” is not a date. "
            "版记 (抄送… / 河南省商务厅办公室 2024年6月24日印发) alone on the last page after a page break and 16 empty paragraphs."
        ),
        "_pdf": {"note": "9 pages. The 名单 runs over pages 4–8; the header row 序号 企业名称 所在市县 类别 is printed again at the top of pages 5–8 (must not become a row clause or a heading that breaks the table into several). Group rows fall anywhere on a page (五、焦作市（6家） is the second-last row of page 6, its first enterprise the last row). Wrapped cells print as two lines inside one row. Footer “— N —” alternating sides. Same expected meta and clauses."},
    }]
    # ---- (b) 南宁海关 公告
    rows = nn_rows()
    out["blind196_nanning_gonggao"] = [{
        "meta": {
            "title": NN_TITLE, "doc_number": NN_NUM, "issuer": ["南宁海关"],
            "date": "2024-09-20", "published": "2024-09-23", "level": "provincial", "region": "广西壮族自治区",
            "effective": "2024-10-01", "expires": "2027-09-30", "attachments": [NN_LIST_T], "doc_type": "公告",
            "recipients": [], "publicity": None, "repeals": ["南宁海关公告2022年第3号"],
        },
        "clauses": [NN_INTRO] + NN_ITEMS + [row_clause(NN_HEADER, r) for r in rows],
        "applies_to": {
            "default": "广西壮族自治区（南宁海关关区：沿边边民互市贸易区（点））",
            "specific": {
                "一、": "东兴市（防城港市）、凭祥市（友谊关、弄尧）、龙州县（水口）、靖西市（龙邦）、那坡县（平孟）、大新县（硕龙）、宁明县（爱店）— 崇左市 / 百色市 / 防城港市",
                "三、": "凭祥综合保税区、东兴边境经济合作区、中国（广西）自由贸易试验区崇左片区",
            },
            "note": "The 清单 rows name no place; they apply where 一、 says (the border trade points) — tagging them 广西 is right. No clause applies abroad (越南 is not named; 东盟 not either). 崇左片区 in the intro is the purpose, not a restriction of the whole 公告.",
        },
        "_note": (
            "公告 format: red 版头 南宁海关公告 (no 文件), number 2024年第7号 centred under it with the red rule, then the title in two paragraphs (关于边民互市贸易进口商品落地加工 / 实施通关便利措施的公告) — no organ name in the title line; “南宁海关关于边民互市贸易进口商品落地加工实施通关便利措施的公告” is equally good. doc_number 南宁海关公告2024年第7号 (“2024年第7号” alone tolerable low). No 主送 (a 公告 has none). "
            "Clauses: intro (names the 清单) + 一、…六、 as whole paragraphs + the 40 清单 rows; 特此公告。 is the closing formula (furniture; as a clause low). 附件说明 附件：边民互市贸易进口落地加工商品便利通关清单; 落款 南宁海关 / 2024年9月20日 (no （此件公开发布） — publicity null). "
            "六、: 自2024年10月1日起施行，有效期3年 → effective 2024-10-01, expires 2027-09-30 (to be computed); 南宁海关公告2022年第3号同时废止 → repeals (it is not this document's number). "
            "附件 in its own section (new page): label 附件, 清单 title (heading), a 4-column table 序号/商品编码/商品名称/备注 with header row repeated, 4 group rows merged across (一、水产品 / 二、水果 / 三、坚果及农产品 / 四、林产品及其他 — headings, not clauses) and 40 commodity rows. 商品编码 are TEXT with leading zeros, 8 digits (03019999) and 10 digits (0302899090): they must be kept exactly — 3019999 or 302899090 or 3.02899090E9 is high (the code identifies the goods). "
            "备注 is merged DOWN (vertical merge) over rows 8–14 (限鲜品), 16–19 (仅限原料加工) and 35–36 (须随附原产地证明): every row in the span carries the 备注 (expected), giving it to the first row only is medium (rows 9–14, 17–19, 36 lose a condition). Empty 备注 cells are left out of the clause. "
            "版记 (抄送… / 南宁海关办公室 2024年9月23日印发) alone on the last page."
        ),
        "_pdf": {"note": "6 pages; the 清单 runs over pages 3–5 with the header row repeated on 4 and 5. In the PDF a vertically merged 备注 prints ONCE, vertically centred in its span (限鲜品 level with 序号11), so from the PDF alone rows 8–10 and 12–14 show no 备注: expected is the same as for the docx (every row carries it); giving it to row 11 only is medium, attaching it to a wrong row is medium. 序号40's 备注 不含濒危野生动物制品 wraps (…制 / 品) — joined without a space. Same expected meta and clauses."},
    }]
    # ---- (c) 成都 投资计划
    cd_rows, cd_spec, n = [], {}, 0
    for grp, rows_ in CD_GROUPS:
        for name, unit, place, content, inv, fund, note in rows_:
            n += 1
            cd_rows.append(row_clause(CD_HEADER, [str(n), name, unit, place, content, str(inv), str(fund), note]))
            cd_spec["附件 序号%d" % n] = place
    cd_spec["三、"] = "成都国际铁路港（青白江区）；成都天府国际机场临空经济区（简阳市、成都东部新区）"
    out["blind196_chengdu_touzi"] = [{
        "meta": {
            "title": CD_TITLE, "doc_number": CD_NUM, "issuer": ["成都市发展和改革委员会"],
            "date": "2024-08-26", "published": "2024-08-28", "level": "municipal", "region": "四川省成都市",
            "effective": None, "expires": None, "attachments": [CD_TABLE_T], "doc_type": "通知（下达投资计划）",
            "recipients": ["青白江区、双流区、新津区、简阳市发展改革局", "成都高新区、成都天府新区、成都东部新区发展改革部门", "市级有关部门", "有关项目单位"],
            "publicity": "此件主动公开",
        },
        "clauses": [CD_INTRO] + CD_ITEMS + cd_rows,
        "applies_to": {
            "default": "四川省成都市",
            "specific": cd_spec,
            "note": "Each project row applies to its 所在区（市）县 cell (青白江区, 新津区, 双流区, 简阳市, 成都东部新区, 成都天府新区, 成都高新区); 成渝 / 中国—欧洲中心 / “一带一路” / 欧洲产业城 do not move a row to 重庆 or abroad. 主送 names districts but the notice body (一、二、四、五、) is city-wide.",
        },
        "_note": (
            "Red 版头 成都市发展和改革委员会文件 (condensed 72%); 文号 成发改投资〔2024〕286号 + red rule; title ONE paragraph with two soft breaks (…下达2024年 / 国际门户枢纽和开放平台建设市级预算内 / 投资计划（第二批）的通知). 主送 (4 parts); intro paragraph (clause; cites 成发改投资规〔2023〕5号 — another document's number; states 15个 projects and 16860万元); 一、…五、 whole-paragraph items; 附件说明 (wraps over two lines, hanging indent); 落款 成都市发展和改革委员会 / 2024年8月26日 alone on page 3; publicity written （此件主动公开） (not 公开发布). "
            "附件 in a LANDSCAPE section: label 附件, table title (heading), “单位：万元” (right-aligned unit line — furniture, not a clause, but it says the amounts are 万元), then an 8-column table 序号/项目名称/项目单位/所在区（市）县/建设内容及规模/总投资/本次下达市级资金/备注: header row marked to repeat; a 合计（15个） row right under the header (序号…建设内容 merged, 305600 / 16860); 3 category rows with SUBTOTALS (一、国际班列及陆港枢纽项目（5个） 143700 / 8760 …) — cols 1–5 merged, amounts in the amount columns. 合计 and category rows are aggregates, not project clauses (as row clauses tolerable low; they must not be glued to a project row, and their amounts must not be given to a project). "
            "Each project row = one clause 序号：N；项目名称：…；项目单位：…；所在区（市）县：…；建设内容及规模：…；总投资：…；本次下达市级资金：…[；备注：…] (empty 备注 left out). Amounts are plain integers in 万元. Deadlines 2024-12-31 / 2025-06-30 (二、) and 每月5日 are not document dates; no effective/expires (effective = 2024-08-26 tolerable low). "
            "Back to a portrait section for the 版记 (抄送… / 成都市发展和改革委员会办公室 2024年8月28日印发)."
        ),
        "_pdf": {"note": "7 pages: 1–3 portrait notice (落款 alone on 3), 4–6 landscape table, 7 portrait 版记. Header row repeated on pages 5 and 6. Project 6 (成都天府国际机场国际货站二期) BREAKS ACROSS pages 4→5: its 建设内容 cell starts on page 4 and finishes on page 5 under the repeated header — it must come out as one clause with the whole 建设内容 (split into two rows, or the tail glued to project 7, is high). 项目13's 备注 申请单位为事业单位 wraps to 6 short lines in a 13 mm column; 成都东部新区 / 成都高新区 / 成都天府新区 wrap inside their cells. Same expected meta and clauses."},
    }]
    # ---- (d) 钦州港片区 公示
    qz_rows = [row_clause(QZ_HEADER, [str(k), u, p, c, a, fmt_amt(m)]) for k, (u, p, c, a, m) in enumerate(QZ_ROWS, start=1)]
    qz_spec = {"附件 序号%d" % k: r[3] for k, r in enumerate(QZ_ROWS, start=1)}
    out["blind196_qinzhou_gongshi"] = [{
        "meta": {
            "title": QZ_TITLE, "doc_number": None, "issuer": [QZ_ORGAN],
            "date": "2024-11-15", "published": None, "level": "zone", "region": "广西壮族自治区钦州市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "公示",
            "recipients": [], "publicity": None,
        },
        "clauses": [QZ_INTRO] + qz_rows + [QZ_PERIOD, QZ_OBJ],
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西钦州市）",
            "specific": {k.replace("附件 ", "表 "): v for k, v in qz_spec.items()},
            "note": "Rows apply in their 所在区域 (钦州综合保税区, 中马钦州产业园区, 大榄坪港区, 钦州石化产业园, 金鼓江作业区, 勒沟作业区, 三墩作业区, 鹿耳环作业区 — all inside the 钦州港片区); 胡志明 / 林查班 (序号7, the foreign ends of the routes) and 东盟 do not move a row abroad.",
        },
        "_note": (
            "A plain 公示 typed in Word: no 版头, no 文号 (doc_number null — 钦自贸管规〔2023〕2号 in the first paragraph is the 若干措施's number, taking it is high), no 主送, no 版记. Title in THREE paragraphs (…钦州港片区 / 管理委员会关于2024年度钦州港片区促进 / 开放型经济发展专项资金拟支持项目的公示; the first break splits the organ name 钦州港片区|管理委员会) — joined with no space. "
            "Clauses: intro paragraph (14个项目, 1125.5万元), 14 table rows 序号：N；申报单位：…；项目名称：…；支持类别：…；所在区域：…；拟支持金额（万元）：…, the 公示时间 paragraph and the 异议 paragraph. The 合　　计 row (1125.5) is an aggregate (as a row clause tolerable low). "
            "The 4 contact lines (联系人 / 联系电话 0777-… / 电子邮箱 / 通讯地址) are furniture (as clauses tolerable low; the phone numbers must not be read as amounts or dates). "
            "落款 = organ typed over two right-aligned lines (中国（广西）自由贸易试验区 / 钦州港片区管理委员会) + 2024年11月15日: issuer is the full organ name. 公示时间 2024-11-18 to 2024-11-22 is the objection period — NOT effective/expires (effective 2024-11-18 is medium). No 印发 line → published null (2024-11-15 tolerable). Level zone (a 片区管委会). "
            "The table has NO repeated header (the clerk did not set it) and is not marked cantSplit; 金额 is 35.5 in one row (decimal kept)."
        ),
        "_pdf": {"note": "3 pages, “— N —” centred. The table runs from page 1 (rows 1–7) to page 2 (rows 8–14 + 合计) without a repeated header; page 2 must still be read as the same table (rows 8–14 with the same columns), not as a headerless new table with row 8 as its header. Page 3 holds only the 落款 (two organ lines + date). Cells wrap to 2–3 lines (拟支持金额（万元） header wraps to 4 lines). Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_henan(), build_nanning(), build_chengdu(), build_qinzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
