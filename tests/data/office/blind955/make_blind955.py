# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 955: 跨境电商公共海外仓 — 省商务厅公布名单通知 ×2 + 市海外仓扶持办法.

Writes blind955_*.docx, blind955_*.pdf and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=Pt(32), line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first
    return p


def par(doc, runs, align=None, first=Pt(32), line=28, before=0, after=0):
    """runs: str or list of (text, font, size[, bold[, color]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16)]
    for r in runs:
        text, name, size = r[:3]
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, align, first, line, before, after)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), first=Pt(0), line=line)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def page_field(p, size=14, left="— ", right=" —"):
    font(p.add_run(left), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = p.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(p.add_run("1"), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(right), SONG, size)


def setup(doc, odd_even=False, dash=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    if odd_even:
        # GB/T 9704: odd pages right (一字 in), even pages left
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp, 14, *dash)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep, 14, *dash)
    else:
        fp.alignment = C
        page_field(fp, 14, *dash)


def cell_text(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def row_props(row, header=False, height=None):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    if header:
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    if height:
        trpr.append(parse_xml('<w:trHeight %s w:val="%d"/>' % (nsdecls("w"), height)))


def col_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def new_page(p):
    """the clerk's way: 段前分页 on the first paragraph of the new page."""
    p.paragraph_format.page_break_before = True
    return p


def banji(doc, cc_lines, printer, date_txt):
    """版记: 抄送 + 印发 between black rules, at the very end."""
    empty(doc, 2)
    first = None
    for i, t in enumerate(cc_lines):
        p = par(doc, [(t, FS, 14)], first=Pt(0), line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            first = p
    border(first, "top", "000000", 8, 4)
    p2 = par(doc, [(printer, FS, 14), ("\t", FS, 14), (date_txt, FS, 14)], first=Pt(0), line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "top", "000000", 4, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_955", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (（一）… via chineseCounting)
_next_abs = [950]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


def fmt_int(n):
    return str(n)


# ====================================================================== A
# 福建省商务厅 — 公布2025年度公共海外仓名单的通知（附件表格跨页、表头重复）
FJ_ROWS = [
    ("福州海泰国际物流有限公司", "美国", "洛杉矶", 26500),
    ("福建闽商通供应链管理有限公司", "美国", "新泽西", 18200),
    ("福州榕航跨境电子商务有限公司", "英国", "伯明翰", 12800),
    ("福建新丝路云仓科技有限公司", "德国", "法兰克福", 15600),
    ("福清融侨国际贸易有限公司", "马来西亚", "吉隆坡", 9800),
    ("厦门鹭通供应链有限公司", "美国", "达拉斯", 32000),
    ("厦门嘉禾跨境物流有限公司", "墨西哥", "墨西哥城", 11500),
    ("厦门海沧国际货运代理有限公司", "泰国", "曼谷", 8600),
    ("厦门远帆海外仓储有限公司", "阿联酋", "迪拜", 14200),
    ("厦门环宇通达物流有限公司", "波兰", "华沙", 10300),
    ("厦门海丝跨境电商产业发展有限公司", "沙特阿拉伯", "利雅得", 7600),
    ("泉州丝路云商供应链有限公司", "菲律宾", "马尼拉", 6900),
    ("晋江市鞋都国际物流有限公司", "美国", "芝加哥", 21000),
    ("石狮市服装城跨境电商服务有限公司", "越南", "胡志明市", 7200),
    ("泉州刺桐国际物流有限公司", "印度尼西亚", "雅加达", 9100),
    ("南安市石材国际供应链有限公司", "澳大利亚", "悉尼", 8300),
    ("漳州市闽南跨境物流有限公司", "加拿大", "多伦多", 12600),
    ("莆田市鞋业跨境电子商务有限公司", "英国", "曼彻斯特", 6500),
    ("莆田湄洲湾国际物流有限公司", "巴西", "圣保罗", 8800),
    ("三明市绿源国际贸易有限公司", "日本", "大阪", 5200),
    ("龙岩市龙盛供应链管理有限公司", "哈萨克斯坦", "阿拉木图", 6200),
    ("南平市武夷茶业国际贸易有限公司", "俄罗斯", "莫斯科", 5800),
    ("宁德市新能源国际物流有限公司", "匈牙利", "布达佩斯", 13400),
    ("宁德三都澳跨境电商服务有限公司", "德国", "汉堡", 9600),
    ("平潭综合实验区台海跨境物流有限公司", "马来西亚", "槟城", 7400),
    ("福州马尾港跨境供应链有限公司", "智利", "圣地亚哥", 6800),
    ("厦门自贸片区国际物流有限公司", "西班牙", "马德里", 10200),
    ("福建丝路海运供应链有限公司", "意大利", "米兰", 8900),
]
# 共建“一带一路”国家（截至2025年签署合作文件的国家；意大利已于2023年退出）
BRI = {"马来西亚", "泰国", "阿联酋", "波兰", "沙特阿拉伯", "菲律宾", "越南", "印度尼西亚",
       "哈萨克斯坦", "俄罗斯", "匈牙利", "智利", "韩国", "乌兹别克斯坦", "塞尔维亚", "南非", "埃及"}


def doc_fujian():
    stem = "blind955_fj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    # red 版头
    par(doc, [("福建省商务厅文件", XBS, 48, False, RED)], align=C, first=Pt(0), line=64, before=18)
    empty(doc, 1)
    p = par(doc, [("闽商务电商〔2025〕41号", FS, 16)], align=C, first=Pt(0))
    p = par(doc, "", first=Pt(0), line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title wrapped at an odd place (inside 跨境电子商务), two paragraphs
    par(doc, [("福建省商务厅关于公布2025年度福建省跨境", XBS, 22)], align=C, first=Pt(0), line=36)
    par(doc, [("电子商务公共海外仓名单的通知", XBS, 22)], align=C, first=Pt(0), line=36)
    empty(doc, 1)
    par(doc, "各设区市商务局，平潭综合实验区经济发展局：", first=Pt(0))

    total = sum(r[3] for r in FJ_ROWS)
    countries = []
    for r in FJ_ROWS:
        if r[1] not in countries:
            countries.append(r[1])
    n_bri = sum(1 for r in FJ_ROWS if r[1] in BRI)
    assert len(FJ_ROWS) == 28 and total == 321000 and len(countries) == 22 and n_bri == 13, \
        (len(FJ_ROWS), total, len(countries), n_bri)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def runin_head(h, t):  # 一、认定结果。…… (heading words + text)
        clauses.append(h + t)
        par(doc, [(h, HT, 16), (t, FS, 16)])

    def head(t):
        par(doc, [(t, HT, 16)])

    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = par(doc, [(h, KT, 16, True), (t, FS, 16)])
        apply_num(p, n_item)

    body("为进一步完善我省海外仓布局，提升外贸企业境外物流服务能力，根据《福建省跨境电子商务公共海外仓认定管理办法》（闽商务规〔2024〕3号），经企业申报、设区市推荐、专家评审和网上公示，现将2025年度福建省跨境电子商务公共海外仓（以下简称公共海外仓）名单予以公布，并就有关事项通知如下：")
    runin_head("一、认定结果。",
               "福州海泰国际物流有限公司美国洛杉矶海外仓等28个海外仓被认定为2025年度公共海外仓，"
               "总面积约32.1万平方米，分布在22个国家，其中位于共建“一带一路”国家的海外仓13个。"
               "具体名单见附件。")
    head("二、工作要求")
    item("提升公共服务水平。", "各公共海外仓要面向省内中小微外贸企业公平开放，公开服务内容和收费标准，提供仓储、派送、退换货等一站式服务。")
    item("加强动态管理。", "公共海外仓实行“有进有出”的动态管理机制，主要包括：")
    # 1. items: typed by hand, half-width "1." (clerk's habit), indent with spaces
    for t in ["1.运营企业应于每年3月31日前，通过“海外仓信息服务平台”报送上年度运营情况。",
              "2.省商务厅委托第三方机构开展年度绩效评价，评价结果作为政策支持的重要依据。",
              "3.对评价不合格或者存在弄虚作假行为的，取消其公共海外仓资格，三年内不得再次申报。"]:
        clauses.append(t)
        par(doc, [("    " + t, FS, 16)], first=Pt(0))
    item("强化政策支持。", "各设区市商务局要加强跟踪服务，协调解决企业遇到的困难和问题。省商务厅将统筹省级外经贸发展专项资金对公共海外仓给予支持。")
    runin_head("三、联系方式。", "省商务厅电子商务处陈思远，联系电话:0591-87620351。")
    par(doc, "附件：2025年度福建省跨境电子商务公共海外仓名单", before=14)
    empty(doc, 1)
    # 落款 aligned with a right tab stop
    for t in ["福建省商务厅", "2025年12月16日"]:
        p = par(doc, [("\t" + t, FS, 16)], first=Pt(0))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.2 if t.startswith("福") else 13.9),
                                                  WD_TAB_ALIGNMENT.RIGHT)
    par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    new_page(par(doc, [("附件", HT, 16)], align=L, first=Pt(0)))
    empty(doc, 1)
    par(doc, [("2025年度福建省跨境电子商务公共海外仓名单", XBS, 20)], align=C, first=Pt(0), line=32)
    empty(doc, 1, line=14)
    header = ["序号", "企业名称", "海外仓所在国家／城市", "面积（平方米）"]
    t = doc.add_table(rows=1 + len(FJ_ROWS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 11)
        vcenter(t.rows[0].cells[i])
    row_props(t.rows[0], header=True, height=520)
    for ri, (name, ctry, city, area) in enumerate(FJ_ROWS, 1):
        vals = [str(ri), name, "%s／%s" % (ctry, city), fmt_int(area)]
        for ci, v in enumerate(vals):
            cell_text(t.rows[ri].cells[ci], v, FS, 11, align=L if ci == 1 else C)
            vcenter(t.rows[ri].cells[ci])
        row_props(t.rows[ri], height=440)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    col_widths(t, [1.3, 6.2, 4.9, 3.2])
    note = "注：面积为海外仓实际可使用仓储面积，名单排名不分先后。"
    p = par(doc, [(note, KT, 12)], first=Pt(0), line=20, before=6)
    clauses.append(note)

    banji(doc, ["抄送：商务部电子商务司、对外贸易司，福州海关、厦门海关，省财政厅。"],
          "福建省商务厅办公室", "2025年12月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省商务厅关于公布2025年度福建省跨境电子商务公共海外仓名单的通知",
            "doc_number": "闽商务电商〔2025〕41号",
            "issuer": ["福建省商务厅"],
            "date": "2025-12-16",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度福建省跨境电子商务公共海外仓名单"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "平潭综合实验区经济发展局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== B
# 宁波市 — 支持跨境电商海外仓高质量发展办法（仅条，无章；“附则”小标题；施行+有效期+废止）
def doc_ningbo():
    stem = "blind955_nb_banfa"
    doc = Document()
    setup(doc, dash=("- ", " -"))
    clauses = []

    # title: one paragraph with a Shift+Enter break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("宁波市支持跨境电商海外仓"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展办法"), XBS, 22)
    fmt(p, C, Pt(0), 36, before=12)
    empty(doc, 1, line=16)
    par(doc, [("（2026年3月5日宁波市商务局、宁波市财政局印发）", KT, 16)], align=C, first=Pt(0))
    empty(doc, 1)

    def art(no, text, items=None, brk=False):
        """第X条 in 黑体 + full-width space + text; items are separate paragraphs
        (or Shift+Enter lines when brk) but belong to the article's clause."""
        head = "第%s条" % no
        clauses.append(head + "\u3000" + text + "".join(items or []))
        p = par(doc, [(head, HT, 16), ("\u3000" + text, FS, 16)])
        if items and brk:
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
        elif items:
            for it in items:
                par(doc, [("    " + it, FS, 16)], first=Pt(0))

    art("一", "为深入推进中国（宁波）跨境电子商务综合试验区建设，支持企业在共建“一带一路”国家和重点市场布局海外仓，完善跨境电商海外物流服务体系，推动外贸稳规模优结构，根据国家和省有关文件精神，结合我市实际，制定本办法。")
    art("二", "本办法所称海外仓，是指企业在境外自建或者租赁运营，为跨境电商等外贸企业提供仓储、分拣、包装、派送、退换货、维修等服务的仓储设施。本办法所称公共海外仓，是指面向社会开放、为多家外贸企业提供公共服务的海外仓。")
    art("三", "本办法适用于在本市（含各区县（市）、功能园区）依法登记注册、具有独立法人资格，在境外建设或者运营海外仓的企业。")
    art("四", "市商务局负责海外仓扶持政策制定、项目评审和绩效评价等工作；市财政局负责扶持资金的预算安排和监督管理；各区县（市）商务主管部门负责本辖区项目的申报受理、初审推荐和日常管理。")
    art("五", "申报市级公共海外仓，应当同时具备下列条件：", [
        "（一）企业上年度跨境电商相关业务营业收入不低于2000万元，近三年无重大违法违规记录；",
        "（二）单个海外仓自有或者租赁面积不低于5000平方米（位于共建“一带一路”国家和中东欧国家的，不低于3000平方米），租赁期限剩余不少于2年；",
        "（三）具备仓储管理系统(WMS)等信息化管理系统，能够与国内外跨境电商平台、物流企业实现数据对接；",
        "（四）上年度为不少于20家外贸企业提供服务，其中本市企业不少于10家。",
    ])
    art("六", "对新认定的市级公共海外仓，按照海外仓面积给予一次性奖励：", [
        "（一）面积3000平方米（含）至1万平方米的，奖励50万元；",
        "（二）面积1万平方米（含）以上的，奖励100万元。",
        "位于共建“一带一路”国家和中东欧国家的公共海外仓，奖励标准上浮20%。",
    ], brk=True)
    art("七", "对当年新认定为省级公共海外仓的，给予一次性奖励30万元；新认定为国家级海外仓相关示范或者试点项目的，给予一次性奖励50万元。同一海外仓按就高原则给予奖励，不重复享受。")
    art("八", "支持海外仓数字化、智能化改造。对企业实施海外仓智能分拣、自动化立体仓储、信息系统升级等项目，按照项目实际投资额的30%给予补助，单个企业每年补助最高不超过80万元。")
    art("九", "鼓励金融机构开发“海外仓贷”等专属金融产品。对企业用于海外仓建设运营的银行贷款，按照同期贷款市场报价利率（LPR）的50%给予贴息，单个企业每年贴息最高不超过50万元。支持中国出口信用保险公司宁波分公司为海外仓企业提供境外仓储、应收账款等保险服务。")
    art("十", "扶持资金实行年度申报制度。市商务局会同市财政局每年发布申报通知，企业按照属地原则向所在区县（市）商务主管部门提出申请，经初审推荐、市级评审、社会公示后，由市财政局按规定拨付资金。")
    art("十一", "同一企业同一项目已获得市级其他财政资金支持的，不得重复申报。同一企业年度获得本办法扶持资金总额最高不超过300万元。")
    art("十二", "企业通过弄虚作假等手段骗取扶持资金的，由市财政局、市商务局依法追回已拨付资金，该企业三年内不得申报市级商务领域财政扶持资金；涉嫌违法犯罪的，依法移送有关机关处理。")
    par(doc, [("附\u3000\u3000则", HT, 16)], align=C, first=Pt(0), before=6, after=6)
    art("十三", "本办法由市商务局、市财政局负责解释。")
    art("十四", "本办法自2026年4月1日起施行，有效期至2028年3月31日。《宁波市跨境电商海外仓扶持办法（试行）》（甬商务规〔2023〕5号）同时废止。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市支持跨境电商海外仓高质量发展办法",
            "doc_number": None,
            "issuer": ["宁波市商务局", "宁波市财政局"],
            "date": "2026-03-05",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "《宁波市跨境电商海外仓扶持办法（试行）》（甬商务规〔2023〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== C
# 山东省商务厅 山东省财政厅 联合发文 — 2026年度公共海外仓名单（两级表头、手工续表）
SD_ROWS = [
    ("青岛海晟国际供应链有限公司", "美国", "洛杉矶", 28600),
    ("青岛港联跨境物流有限公司", "德国", "杜伊斯堡", 19800),
    ("青岛上合国际物流有限公司", "哈萨克斯坦", "阿拉木图", 8200),
    ("青岛琴岛云仓科技有限公司", "墨西哥", "蒙特雷", 12400),
    ("青岛胶州湾跨境电商服务有限公司", "英国", "利物浦", 9600),
    ("青岛橡胶谷轮胎国际贸易有限公司", "泰国", "罗勇", 15300),
    ("济南泉城跨境电子商务有限公司", "俄罗斯", "莫斯科", 10500),
    ("济南齐鲁国际陆港物流有限公司", "乌兹别克斯坦", "塔什干", 6800),
    ("烟台芝罘国际物流有限公司", "韩国", "仁川", 11200),
    ("烟台蓬莱阁供应链管理有限公司", "日本", "大阪", 5600),
    ("威海威东跨境物流有限公司", "韩国", "平泽", 13800),
    ("威海海达供应链有限公司", "马来西亚", "吉隆坡", 7300),
    ("潍坊鸢都国际贸易有限公司", "越南", "河内", 6400),
    ("潍坊滨海跨境电商产业园运营有限公司", "阿联酋", "迪拜", 8900),
    ("临沂商城国际物流有限公司", "波兰", "罗兹", 16700),
    ("临沂沂蒙跨境电子商务有限公司", "沙特阿拉伯", "吉达", 7700),
    ("日照港通国际物流有限公司", "巴西", "圣保罗", 9100),
    ("淄博齐都陶瓷国际贸易有限公司", "美国", "休斯敦", 14500),
    ("东营黄河口跨境供应链有限公司", "匈牙利", "布达佩斯", 8400),
    ("济宁鲁西南供应链管理有限公司", "塞尔维亚", "贝尔格莱德", 6100),
    ("滨州滨城国际物流有限公司", "智利", "圣地亚哥", 5900),
    ("德州德百跨境电商有限公司", "南非", "约翰内斯堡", 6600),
    ("聊城东昌跨境物流有限公司", "埃及", "开罗", 5400),
    ("泰安泰山国际供应链有限公司", "荷兰", "鹿特丹", 10800),
    ("菏泽牡丹跨境电子商务有限公司", "澳大利亚", "墨尔本", 5300),
]


def sd_table(doc, rows, start, clauses):
    """two-level header: 序号 | 企业名称 | 海外仓所在(国家|城市) | 面积 ; vertical merges."""
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0])
    b = h0[1].merge(h1[1])
    c = h0[2].merge(h0[3])
    d = h0[4].merge(h1[4])
    cell_text(a, "序号", HT, 12)
    cell_text(b, "企业名称", HT, 12)
    cell_text(c, "海外仓所在", HT, 12)
    cell_text(d, "面积", HT, 12)
    cell_text(t.rows[1].cells[2], "国家", HT, 12)
    cell_text(t.rows[1].cells[3], "城市", HT, 12)
    for cc in (a, b, c, d, t.rows[1].cells[2], t.rows[1].cells[3]):
        vcenter(cc)
    row_props(t.rows[0], header=True)
    row_props(t.rows[1], header=True)
    keys = ["序号", "企业名称", "海外仓所在／国家", "海外仓所在／城市", "面积"]
    for ri, (name, ctry, city, area) in enumerate(rows):
        vals = [str(start + ri), name, ctry, city, str(area)]
        row = t.rows[2 + ri]
        for ci, v in enumerate(vals):
            cell_text(row.cells[ci], v, FS, 11, align=L if ci == 1 else C)
            vcenter(row.cells[ci])
        row_props(row, height=440)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, vals)))
    col_widths(t, [1.4, 6.4, 3.0, 2.8, 2.0])
    return t


def doc_shandong():
    stem = "blind955_sd_mingdan"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    # joint red 版头: two organ names stacked, "文件" in a vertically merged cell
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    f = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    for ri, nm in enumerate(["山东省商务厅", "山东省财政厅"]):
        cc = t.rows[ri].cells[0]
        cc.text = ""
        p = cc.paragraphs[0]
        font(p.add_run(nm), XBS, 36, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(48)
    f.text = ""
    p = f.paragraphs[0]
    font(p.add_run("文件"), XBS, 48, False, RED)
    p.alignment = C
    vcenter(f)
    col_widths(t, [11.0, 4.6])
    empty(doc, 1)
    p = par(doc, [("鲁商字〔2026〕63号", FS, 16)], align=C, first=Pt(0))
    border(p, "bottom", "FF0000", 24, 12)
    empty(doc, 1)
    for ln in ["关于公布2026年度山东省", "跨境电商公共海外仓", "名单的通知"]:
        par(doc, [(ln, XBS, 22)], align=C, first=Pt(0), line=36)
    empty(doc, 1)
    par(doc, "各市商务局、各市财政局：", first=Pt(0))

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        par(doc, IND + t, first=Pt(0))

    def head(t):
        par(doc, [(IND + t, HT, 16)], first=Pt(0))

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(IND, FS, 16), (h, KT, 16, True), (t, FS, 16)], first=Pt(0))

    body("为深入贯彻落实党中央、国务院关于拓展跨境电商出口、推进海外仓建设的决策部署，根据《山东省跨境电商公共海外仓认定和管理办法》，经企业申报、各市推荐、专家评审和社会公示，确定青岛海晟国际供应链有限公司美国洛杉矶海外仓等25个海外仓为2026年度山东省跨境电商公共海外仓（名单见附件）。现将有关事项通知如下：")
    head("一、强化公共服务功能")
    runin("（一）面向中小企业开放。", "公共海外仓要向省内中小微外贸企业公平开放，明码标价，提供“头程运输+海外仓储+尾程配送”一体化服务。")
    runin("（二）提升数字化水平。", "推动公共海外仓接入“山东省跨境电商公共服务平台”，实现库存、订单、物流轨迹等数据实时共享。")
    head("二、落实支持政策")
    body("省财政统筹中央外经贸发展专项资金，对本通知公布的公共海外仓给予一次性支持，单个海外仓最高不超过100万元，具体资金分配方案另行下达。")
    head("三、实行动态管理")
    body("运营企业应于每年1月31日前报送上年度运营情况。公共海外仓认定有效期为3年，自本通知公布之日起计算；有效期内年度绩效评价不合格或者停止运营的，撤销其认定。")
    body("联系人：省商务厅对外贸易处王晓东，电话0531-89013526；省财政厅经济建设处刘婷，电话0531-82669871。")
    par(doc, IND + "附件：2026年度山东省跨境电商公共海外仓名单", first=Pt(0), before=14)
    empty(doc, 1)
    # joint 落款 with typed spaces; date in Chinese numerals
    par(doc, "        山东省商务厅                山东省财政厅", first=Pt(0))
    par(doc, "                              二〇二六年七月八日", first=Pt(0))
    par(doc, IND + "（此件公开发布）", first=Pt(0))

    # ---- 附件1
    new_page(par(doc, [("附件", HT, 16)], align=L, first=Pt(0)))
    empty(doc, 1)
    par(doc, [("2026年度山东省跨境电商公共海外仓名单", XBS, 20)], align=C, first=Pt(0), line=32)
    par(doc, [("单位：平方米", FS, 12)], align=R, first=Pt(0), line=20)
    sd_table(doc, SD_ROWS[:18], 1, clauses)
    # manual continuation: new page + 续表 + header typed again
    new_page(par(doc, [("续表", HT, 12)], align=L, first=Pt(0), line=20))
    sd_table(doc, SD_ROWS[18:], 19, clauses)
    total = sum(r[3] for r in SD_ROWS)
    assert len(SD_ROWS) == 25 and total == 260900, total
    note = "注：以上公共海外仓共25个，总面积26.09万平方米；名单按企业所在设区市排列，排名不分先后。"
    par(doc, [(note, KT, 12)], first=Pt(0), line=20, before=6)
    clauses.append(note)

    banji(doc, ["抄送：商务部对外贸易司、电子商务司，济南海关、青岛海关。"],
          "山东省商务厅办公室", "2026年7月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于公布2026年度山东省跨境电商公共海外仓名单的通知",
            "doc_number": "鲁商字〔2026〕63号",
            "issuer": ["山东省商务厅", "山东省财政厅"],
            "date": "2026-07-08",
            "published": None,
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度山东省跨境电商公共海外仓名单"],
            "doc_type": "通知",
            "recipients": ["各市商务局", "各市财政局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_ningbo(), doc_shandong()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
