# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 858: 人民法院服务保障自贸试验区建设（意见、通知+实施意见、情况报告），Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _page_field(fp, size=14, dash="— "):
    font(fp.add_run(dash), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash[::-1]), SONG, size)


def setup(doc, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if odd_even:
        # 公文式页码：单页居右、双页居左，各空一字
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        _page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        _page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def textbox_para(doc, lines, left_pt=236, width_pt=200, height_pt=66):
    """落款 typed into a VML text box (no border) anchored to an empty paragraph."""
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=t)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuoKuan1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:2pt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, 2)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_858", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_zhejiang():
    """浙江高院 意见（下行文，红头“……文件”，页码单右双左，附件典型案例另页）。"""
    stem = "blind858_zhejiang_yijian"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("浙江省高级人民法院文件"), XBS, 36, False, RED, scale=85)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "浙高法〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for t in ("浙江省高级人民法院关于为中国（浙江）", "自由贸易试验区高质量发展提供司法",
              "服务和保障的意见"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "全省各级人民法院，本院各部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # first paragraph with a manual line break (Shift+Enter) in the middle
    a1 = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
    a2 = "充分发挥审判职能作用，为中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）舟山、宁波、杭州、金义四个片区高质量发展提供有力司法服务和保障，结合全省法院工作实际，提出如下意见。"
    p = doc.add_paragraph()
    font(p.add_run(a1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(a2), FS, 16)
    fmt(p)
    clauses.append(a1 + a2)

    head("一、总体要求")
    body("坚持以习近平新时代中国特色社会主义思想为指导，立足浙江自贸试验区“以油气为核心的大宗商品资源配置基地、新型国际贸易中心、国际航运和物流枢纽、数字经济发展示范区和先进制造业集聚区”的战略定位，着力打造公正高效、透明可预期的国际化法治化营商环境。力争到2027年底，全省法院涉自贸试验区案件平均审理周期压缩至90天以内，涉外商事案件调解撤诉率达到40%以上。")
    head("二、依法平等保护中外市场主体合法权益")
    runin("（一）加强外商投资权益保护。", "准确适用《中华人民共和国外商投资法》及其实施条例，对外商投资准入负面清单以外领域的投资合同，当事人以合同未经有关行政主管部门批准、登记为由主张合同无效的，人民法院不予支持。")
    runin("（二）依法保护各类经营主体产权。", "审慎采取查封、扣押、冻结等强制措施，能采取“活封”“活扣”措施的，尽量不进行“死封”“死扣”。")
    head("三、提升涉外商事海事审判质效")
    runin("（一）准确适用国际条约和国际惯例。", "依法适用《联合国国际货物销售合同公约》等我国缔结或者参加的国际条约，尊重当事人依法选择适用国际惯例的权利；依托最高人民法院域外法查明平台，建立域外法查明协作机制。")
    runin("（二）服务保障油气全产业链和国际航运发展。", "支持宁波海事法院舟山法庭、宁波法庭依法审理保税燃料油加注、船舶融资租赁、国际海上货物运输等案件，妥善处理涉“一单制”多式联运提单、电子提单的权利争议，为宁波舟山港建设世界一流强港提供司法保障。")
    head("四、完善国际商事纠纷多元化解机制")
    runin("（一）健全“一站式”国际商事纠纷多元化解机制。", "支持各相关中级人民法院与国际商事仲裁机构、调解组织建立诉调、诉仲对接机制，2026年底前实现四个片区诉调对接工作站全覆盖。")
    runin("（二）依法支持仲裁发展。", "依法支持自贸试验区内注册企业之间约定在特定地点、按照特定仲裁规则、由特定人员仲裁，准确把握撤销和不予执行仲裁裁决的审查标准。")
    head("五、强化组织保障")
    runin("（一）加强专业化审判队伍建设。", "各相关中级人民法院要选配熟悉国际经贸规则、通晓外语的审判人员办理涉自贸试验区案件。")
    runin("（二）加强案例指导和调查研究。", "全省法院要定期发布服务保障自贸试验区建设典型案例和白皮书。各中级人民法院应于每年12月20日前将本意见贯彻落实情况报送省法院研究室。")
    add_par(doc, "附件：浙江法院服务保障自贸试验区建设典型案例")
    empty(doc, 1)
    # 落款 typed with ordinary spaces, date in Chinese numerals
    add_par(doc, " " * 36 + "浙江省高级人民法院", indent=False)
    add_par(doc, " " * 36 + "二〇二六年三月十六日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=26).paragraph_format.page_break_before = True
    add_par(doc, [("浙江法院服务保障自贸试验区建设典型案例", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, after=8)

    def case_head(t):
        add_par(doc, [(t, HT, 16, False)], line=26)

    def case_par(tag, t):
        clauses.append(tag + t)
        add_par(doc, [(tag, KT, 16, True), (t, FS, 16, False)], line=26)

    case_head("案例一　新加坡某公司诉舟山某石化公司买卖合同纠纷案")
    case_par("【基本案情】", "新加坡某公司与舟山某石化公司签订低硫燃料油买卖合同，后因货物硫含量是否符合约定发生争议，新加坡某公司诉请支付货款及利息共计1268万美元。舟山市中级人民法院依照《联合国国际货物销售合同公约》，判决舟山某石化公司支付货款及利息。")
    case_par("【典型意义】", "本案准确适用国际公约，平等保护中外当事人合法权益。")
    case_head("案例二　某瑞士公司申请承认和执行外国仲裁裁决案")
    case_par("【基本案情】", "某瑞士公司与义乌某贸易公司因小商品采购合同发生争议，经新加坡国际仲裁中心裁决后，某瑞士公司向金华市中级人民法院申请承认和执行，法院经审查裁定予以承认和执行。")
    case_par("【典型意义】", "本案体现了人民法院依法支持仲裁、严格履行国际公约义务的司法立场。")

    banji(doc, "抄送：最高人民法院，省委政法委，省人大常委会办公厅，省政府办公厅，省商务厅（省自贸办）。",
          "浙江省高级人民法院办公室", "2026年3月17日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省高级人民法院关于为中国（浙江）自由贸易试验区高质量发展提供司法服务和保障的意见",
            doc_number="浙高法〔2026〕21号",
            issuer=["浙江省高级人民法院"],
            date="2026-03-16",
            level="provincial",
            region="浙江省",
            attachments=["浙江法院服务保障自贸试验区建设典型案例"],
            doc_type="意见",
            recipients=["全省各级人民法院", "本院各部门"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门中院 印发实施意见的通知（通知+章条式意见为附件1，典型案例一览表附件2带续表）。"""
    stem = "blind858_xiamen_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市中级人民法院", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    # 文号 "centred" by typing full-width spaces
    p = add_par(doc, "\u3000" * 9 + "厦中法〔2026〕37号", indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # notice title: one paragraph with manual line breaks
    p = doc.add_paragraph()
    parts = ["厦门市中级人民法院关于印发《服务保障", "中国（福建）自由贸易试验区厦门片区",
             "高水平开放的实施意见》的通知"]
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, after=14)
    add_par(doc, "本市各基层人民法院，本院各部门：", indent=False)

    t = ("为深入实施自由贸易试验区提升战略，本院制定了《服务保障中国（福建）自由贸易试验区厦门片区高水平开放的实施意见》，已经本院审判委员会2026年第9次全体会议讨论通过，"
         "现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时报告本院研究室。")
    clauses.append(t)
    add_par(doc, t)
    add_par(doc, "特此通知。")
    # 附件 list with hanging alignment done by full-width spaces
    add_par(doc, "附件：1.服务保障中国（福建）自由贸易试验区厦门片区高水平开放的实施意见")
    add_par(doc, "\u3000\u3000\u30002.厦门法院涉自贸试验区典型案例（2025年度）")
    empty(doc, 1)
    for t in ("厦门市中级人民法院", "2026年4月8日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if len(t) > 9 else 72)

    # ---- 附件1: the 实施意见 (章/条)
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("服务保障中国（福建）自由贸易试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=6)
    add_par(doc, [("厦门片区高水平开放的实施意见", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, after=10)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(no, t, items=()):
        clauses.append(no + "\u3000" + t + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + t, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　　则")
    article("第一条", "为充分发挥人民法院审判职能作用，服务保障中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）高水平开放，根据《中华人民共和国民事诉讼法》《中华人民共和国涉外民事关系法律适用法》等法律规定，结合本院工作实际，制定本意见。")
    article("第二条", "服务保障厦门片区建设，应当坚持依法平等保护、对标国际规则、深化两岸融合、强化改革创新的原则，营造市场化、法治化、国际化一流营商环境。")
    chapter("第二章　加强涉外涉台商事审判")
    article("第三条", "依法审理涉“一带一路”、金砖国家新工业革命伙伴关系创新基地建设相关的国际贸易、跨境投资、国际物流等案件。准确适用《区域全面经济伙伴关系协定》(RCEP)等国际经贸规则，依法认定原产地证明、跨境电子单证的效力。")
    article("第四条", "依法妥善审理涉台商事案件，平等保护台湾同胞投资权益。选聘台湾地区居民担任特邀调解员、人民陪审员，参与涉台案件审理和纠纷化解。")
    article("第五条", "本院涉外商事审判庭集中审理下列案件：", (
        "（一）厦门片区内标的额5000万元以上的第一审涉外、涉港澳台商事案件；",
        "（二）申请承认和执行外国法院民商事判决、裁定及外国仲裁裁决的案件；",
        "（三）不服基层人民法院涉外商事案件判决、裁定提起上诉的案件。"))
    chapter("第三章　完善多元解纷机制")
    article("第六条", "依托厦门片区国际商事纠纷多元化解中心，推进诉讼与调解、仲裁有机衔接。对当事人在诉前达成的调解协议，依法及时进行司法确认；2026年内诉前调解成功率力争达到35%以上。")
    article("第七条", "推行跨境诉讼服务“一网通办”，为境外当事人提供网上立案、跨境视频身份认证、在线庭审和电子送达服务。")
    chapter("第四章　附　　则")
    article("第八条", "本意见由本院审判委员会负责解释。")
    article("第九条", "本意见自2026年5月1日起施行。《厦门市中级人民法院关于为中国（福建）自由贸易试验区厦门片区建设提供司法保障的若干意见》（厦中法〔2019〕56号）同时废止。")

    # ---- 附件2: 案例一览表, split manually with 续表
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("厦门法院涉自贸试验区典型案例（2025年度）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=6, after=10)
    header = ["序号", "案件名称", "审理法院", "案号", "典型意义"]
    rows = [
        ["1", "某香港物流公司诉厦门某供应链公司国际货运代理合同纠纷案", "厦门市中级人民法院", "（2025）闽02民终2186号", "明确电子提单项下交付责任"],
        ["2", "台商林某诉厦门某科技公司股权转让纠纷案", "厦门市湖里区人民法院", "（2025）闽0206民初5471号", "平等保护台胞投资权益"],
        ["3", "某印度尼西亚公司申请承认和执行外国仲裁裁决案", "厦门市中级人民法院", "（2025）闽02协外认3号", "支持仲裁友好型司法环境建设"],
        ["4", "厦门某融资租赁公司诉某飞机维修公司融资租赁合同纠纷案", "厦门市湖里区人民法院", "（2025）闽0206民初7735号", "明确出租人取回权行使条件"],
        ["5", "某德国公司诉厦门某贸易公司国际货物买卖合同纠纷案", "厦门市中级人民法院", "（2025）闽02民初367号", "适用RCEP原产地规则认定损失"],
        ["6", "厦门某跨境电商公司诉某支付机构委托合同纠纷案", "厦门市思明区人民法院", "（2025）闽0203民初10925号", "厘清跨境支付机构审核义务"],
    ]
    widths = [1.1, 5.6, 2.7, 3.4, 2.8]

    def make_table(rws):
        tb = doc.add_table(rows=1 + len(rws), cols=len(header))
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(tb.rows[0].cells[i], h, HT, 10.5)
        repeat_header(tb.rows[0])
        for ri, row in enumerate(rws, 1):
            for ci, v in enumerate(row):
                set_cell(tb.rows[ri].cells[ci], v, FS, 10.5,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        col_widths(tb, widths)
        return tb

    make_table(rows)
    t = "注：案号中“闽02”为厦门市中级人民法院代字，“闽0206”为厦门市湖里区人民法院代字；以上案件裁判文书均已发生法律效力。"
    clauses.append(t)
    add_par(doc, [(t, FS, 10.5, False)], indent=False, line=18, before=4)

    banji(doc, "抄送：福建省高级人民法院，中共厦门市委政法委员会，厦门市人大常委会办公厅，中国（福建）自由贸易试验区厦门片区管理委员会。",
          "厦门市中级人民法院办公室", "2026年4月9日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市中级人民法院关于印发《服务保障中国（福建）自由贸易试验区厦门片区高水平开放的实施意见》的通知",
            doc_number="厦中法〔2026〕37号",
            issuer=["厦门市中级人民法院"],
            date="2026-04-08",
            level="municipal",
            region="厦门市",
            effective="2026-05-01",
            attachments=["服务保障中国（福建）自由贸易试验区厦门片区高水平开放的实施意见",
                         "厦门法院涉自贸试验区典型案例（2025年度）"],
            doc_type="通知",
            recipients=["本市各基层人民法院", "本院各部门"],
            repeals="《厦门市中级人民法院关于为中国（福建）自由贸易试验区厦门片区建设提供司法保障的若干意见》（厦中法〔2019〕56号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州中院 情况报告（上行文：份号、特急、签发人；自动编号；合并表头统计表；落款文本框）。"""
    stem = "blind858_qinzhou_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("000015", FS, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("钦州市中级人民法院文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("钦中法〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("钦州市中级人民法院关于服务保障中国", "（广西）自由贸易试验区钦州港片区",
              "建设工作情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "自治区高级人民法院：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head_auto(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]
    CN = "一二三四五六七八九十"

    def item_auto(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    def item_typed(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《广西壮族自治区高级人民法院关于报送服务保障自由贸易试验区建设工作情况的通知》（桂高法明传〔2026〕3号）要求，现将我院2025年服务保障中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）建设工作情况报告如下：")
    head_auto("主要工作及成效")
    item_auto("专业化审判机制不断健全。", "2025年3月，经自治区高级人民法院批准，我院在钦州港片区设立自由贸易试验区法庭，集中管辖片区内第一审涉外民商事、金融和知识产权案件。全年自贸区法庭共受理案件1127件，审结1068件。")
    item_auto("涉外商事审判质效稳步提升。", "2025年，全市两级法院共受理涉钦州港片区各类案件2816件，同比增长37.7%；审结2657件，结案率94.4%。具体情况如下：")

    add_par(doc, [("表1　2024—2025年涉钦州港片区案件收结案情况（单位：件）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6, after=4)
    data = [
        ["涉外（涉东盟）商事", "168", "152", "241", "226"],
        ["国际货物运输及港口物流", "412", "398", "536", "511"],
        ["金融借款及融资租赁", "705", "687", "1103", "1046"],
        ["知识产权", "89", "84", "127", "118"],
        ["其他民商事", "671", "640", "809", "756"],
        ["合计", "2045", "1961", "2816", "2657"],
    ]
    tb = doc.add_table(rows=2 + len(data), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(tb.cell(0, 0), "案件类型", HT, 12)
    set_cell(tb.cell(0, 1), "2024年", HT, 12)
    set_cell(tb.cell(0, 3), "2025年", HT, 12)
    for c, h in zip(range(1, 5), ["收案", "结案", "收案", "结案"]):
        set_cell(tb.cell(1, c), h, HT, 12)
    a = tb.cell(0, 0).merge(tb.cell(1, 0))
    set_cell(a, "案件类型", HT, 12)
    b = tb.cell(0, 1).merge(tb.cell(0, 2))
    set_cell(b, "2024年", HT, 12)
    c = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(c, "2025年", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    flat = ["案件类型", "2024年／收案", "2024年／结案", "2025年／收案", "2025年／结案"]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    t = "注：数据来源于全市法院审判管理系统，统计截至2025年12月31日；“其他民商事”含劳动争议、建设工程等案件。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    item_auto("服务西部陆海新通道建设。", "围绕钦州港国际集装箱干线港建设，依法审理海铁联运、港口作业、仓储物流等纠纷，审结“一单制”提单纠纷案件9件。")
    item_auto("多元解纷机制日益完善。", "联合钦州市商务局、中国国际贸易促进委员会钦州市支会设立中国—东盟商事纠纷调解工作室，选聘越南、泰国、马来西亚等东盟国家籍特邀调解员8名，全年诉前化解涉外商事纠纷163件，调解成功率41.2%。")
    head_auto("存在的问题")
    body("一是熟悉东盟国家法律和国际航运规则的审判人员较少;二是域外法查明渠道有限，查明周期较长、成本较高;三是涉外送达周期长，部分案件超过6个月。")
    head_auto("下一步工作打算")
    item_typed("（一）推动自贸区法庭提质增效。", "争取将钦州港片区内除海事海商案件以外的涉外民商事案件全部纳入自贸区法庭集中管辖，探索建立涉东盟案件专业合议庭。")
    item_typed("（二）加强域外法查明和涉外送达工作。", "与广西大学等高校共建东盟国家法律查明研究基地，力争涉外送达平均周期压缩至90天以内。")
    item_typed("（三）加强涉外法治人才培养。", "每年选派不少于5名审判人员参加涉外审判业务培训。")
    add_par(doc, "特此报告。")
    add_par(doc, "附件：钦州法院服务保障自贸试验区建设典型案例")
    empty(doc, 1)
    textbox_para(doc, ["钦州市中级人民法院", "2026年1月20日"])
    add_par(doc, "（联系人：韦海燕　联系电话：0777-2868153）")

    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("钦州法院服务保障自贸试验区建设典型案例", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=6, after=10)
    body("1.越南某公司诉钦州某贸易公司国际货物买卖合同纠纷案。越南某公司向钦州某贸易公司出口木薯干2.6万吨，双方因货物质量发生争议。自贸区法庭邀请东盟籍特邀调解员参与调解，双方当庭达成分期付款协议，案件从立案到调解结案仅用时21天。")
    body("2.某新加坡航运公司与钦州某物流公司海铁联运合同纠纷案。法院认定多式联运经营人签发的“一单制”提单可以作为提取货物的凭证，判决钦州某物流公司向持单人交付货物，为陆海新通道“一单制”改革提供了司法支持。")
    body("3.某银行钦州分行诉某能源公司金融借款合同纠纷案。法院依法支持以自由贸易账户内保证金设立的质押，判决银行就保证金账户内资金优先受偿，稳定了跨境金融创新的市场预期。")

    banji(doc, "抄送：中共钦州市委政法委员会。", "钦州市中级人民法院办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="钦州市中级人民法院关于服务保障中国（广西）自由贸易试验区钦州港片区建设工作情况的报告",
            doc_number="钦中法〔2026〕6号",
            issuer=["钦州市中级人民法院"],
            date="2026-01-20",
            level="municipal",
            region="钦州市",
            attachments=["钦州法院服务保障自贸试验区建设典型案例"],
            doc_type="报告",
            recipients=["自治区高级人民法院"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
