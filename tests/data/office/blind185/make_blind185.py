# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 185: working papers of 自贸试验区 offices, written in Word and printed to PDF.

Writes next to itself (python-docx; LibreOffice for the PDFs):
  blind185_anli_notice.docx / .pdf  湖南省自贸办 关于印发第三批制度创新案例的通知 (红头, 文号, 两段标题,
      主送, 一、二、三、 run-in 黑体 requirements, 附件说明, 落款, 附件 = three cases, each
      案例X：… + source line + 一、主要做法（（一）（二）（三）run-in）二、实践效果 三、下一步; 版记 at the end).
  blind185_jianbao.docx / .pdf      长沙市自贸办 自贸试验区工作简报 第9期 (masthead, 编印单位/date in a
      borderless table, 本期要目 in a boxed one-cell table, three pieces with own titles, 编者按,
      供稿 lines, 报/送/发 版记, （共印80份）).
  blind185_zhengqiu.docx / .pdf     岳阳片区 …扶持资金管理办法（征求意见稿） (章/第X条, items, a watermark
      “征求意见稿” in the header) followed on a new page by its 起草说明 (一、二、三、四、 headings on
      their own line, a 新旧标准对照 table, 落款 of the drafting bureau).
  blind185_jiyao.docx / .pdf        郴州市人民政府专题会议纪要 郴府阅〔2024〕31号 (masthead, office + date line,
      会议纪要 title, intro, 议定事项 一、…四、 run-in, （一）（二）（三） under 二、, closing paragraph,
      出席/列席 lists, 分送 版记).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind185.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_185"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
LINE = Pt(28.9)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- docx helpers
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
    return run


def para(doc, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(doc, parts, indent=2, align=J, size=SAN, line=LINE):
    """parts = [(text, font), ...] in one paragraph (run-in headings)."""
    p = para(doc, "", indent=indent, align=align, size=size, line=line)
    for t, f in parts:
        set_font(p.add_run(t), f, size)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = para(doc, "", indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def scale_run(run, pct):
    run._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct)))


def add_page_field(p, dash="— ", size=SI):
    set_font(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = set_font(p.add_run(), ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    set_font(p.add_run(dash[::-1]), ST, size)


def new_doc(footer="alternate"):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "alternate":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        add_page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        add_page_field(fp, dash=footer)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    return doc


def red_head(doc, lines, size=40, pct=None):
    for ln in lines:
        p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
        r = set_font(p.add_run(ln), XBZ, size, color=RED)
        if pct:
            scale_run(r, pct)


def tab_line(doc, left, right, size=SAN, east=FS, rule=None):
    """left text, right-aligned tab, right text (office name + date under a masthead)."""
    p = para(doc, "", indent=0, align=L, size=size)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    set_font(p.add_run(left), east, size)
    set_font(p.add_run("\t" + right), east, size)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8280"/></w:tabs>' % nsdecls("w")))
    if rule:
        border(p, "bottom", rule, "E60012", 6)
    return p


def title_paras(doc, parts, size=ER, east=XBZ):
    for t in parts:
        para(doc, t, east, size, C, 0, line=Pt(size * 1.5))


def signoff(doc, issuer, date, right_chars=4, pub=None, gap=2):
    blank(doc, gap)
    p = para(doc, issuer, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if pub:
        para(doc, pub, FS, SAN, L, 2)


def banji(doc, lines, printer=None, printdate=None, blank_lines=0, extra_right=None):
    """版记: lines = [(label, text)], then optional 印发 line; rules above/below."""
    blank(doc, blank_lines)
    first = True
    for label, text in lines:
        p = para(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI * (1 + len(label)))
        p.paragraph_format.first_line_indent = Pt(-SI * len(label))
        set_font(p.add_run(label + text), FS, SI)
        border(p, "top", 12 if first else 4, "000000", 2)
        p.paragraph_format.keep_with_next = True
        first = False
    if printer:
        p = para(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(printer), FS, SI)
        set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
        border(p, "top", 4, "000000", 2)
        border(p, "bottom", 12, "000000", 2)
    if extra_right:
        p = para(doc, extra_right, FS, SI, R, 0, line=Pt(24))
        p.paragraph_format.right_indent = Pt(SI)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def all_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (s, sz) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), b)))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c_, w in zip(row.cells, widths):
            c_.width = w


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, line=Pt(20), indent=0):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = line
    p.paragraph_format.first_line_indent = Pt(size * indent) if indent else None
    set_font(p.add_run(text), east, size, bold)
    return p


def watermark(section, text):
    """Word's 'confidential'-style text watermark (VML WordArt in the header)."""
    hdr = section.header
    p = hdr.paragraphs[0]
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
        '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
        '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;z-index:-251657216;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" '
        'o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
        '<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape>'
        '</w:pict></w:r>'
    ) % (nsdecls("w"), text)
    p._p.append(parse_xml(xml))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =============================================================== (1) 省自贸办 案例通知
AN_ISSUER = "中国（湖南）自由贸易试验区工作领导小组办公室"
AN_NUM = "湘自贸办发〔2024〕8号"
AN_TITLE_PARTS = ["中国（湖南）自由贸易试验区工作领导小组", "办公室关于印发中国（湖南）自由贸易试验区", "第三批制度创新案例的通知"]
AN_TITLE = "".join(AN_TITLE_PARTS)
AN_ATT = "中国（湖南）自由贸易试验区第三批制度创新案例"
AN_TO = "长沙、岳阳、郴州市人民政府，各片区管委会，省自贸试验区工作领导小组各成员单位："
AN_INTRO = "为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快形成更多可复制可推广的制度创新成果，省自贸办组织开展了第三批制度创新案例评选。经各片区申报、省直有关部门初审、专家评审和省自贸试验区工作领导小组第六次会议审定，确定“中非跨境人民币结算‘一站式’服务”等3个案例为中国（湖南）自由贸易试验区第三批制度创新案例，现印发给你们，并就有关事项通知如下。"
AN_REQ = [
    ("一、抓好复制推广。", "各片区要对照案例的主要做法，结合自身实际制定复制推广工作方案，明确责任单位和完成时限，于2024年9月30日前将工作方案报送省自贸办。长沙片区的案例在岳阳片区、郴州片区复制推广，岳阳片区、郴州片区的案例在其他两个片区复制推广。"),
    ("二、加强跟踪评估。", "省自贸办将会同省商务厅、省发展改革委、长沙海关等部门对案例复制推广情况开展跟踪评估，评估结果纳入2024年度自贸试验区建设考核，权重不低于10%。"),
    ("三、深化制度创新。", "各片区要聚焦中非经贸合作、内陆地区开放通道建设和有色金属产业链供应链等特色领域，每年形成省级及以上制度创新成果不少于5项；对被国务院自由贸易试验区工作部际联席会议办公室复制推广的案例，省自贸办按照有关规定给予通报表扬。"),
]
AN_CONTACT = "联系人：省自贸办创新协调处　周敏，联系电话：0731-82287516。"
AN_DATE = "2024年7月18日"
AN_PUB = "（此件主动公开）"
AN_CASES = [
    {
        "title": "案例一：中非跨境人民币结算“一站式”服务",
        "source": "（中国（湖南）自由贸易试验区长沙片区）",
        "zuofa": [
            ("（一）搭建线上服务平台。", "依托中非经贸合作公共服务平台，在长沙片区临空区块（长沙县黄花镇）上线“中非跨境人民币结算服务专区”，集成汇率查询、结算申报、单证审核、融资申请等12项功能，企业办理结算业务由线下5个环节压缩至线上1个环节。"),
            ("（二）创新结算便利措施。", "会同中国人民银行湖南省分行，对信用等级高的对非贸易企业实行“白名单”管理，名单内企业凭《支付指令》即可办理货物贸易人民币结算，单笔业务办理时间由2个工作日缩短至30分钟以内。"),
            ("（三）强化风险防控。", "建立“事前备案、事中监测、事后核查”全流程监管机制，由长沙海关、国家外汇管理局湖南省分局共享报关和结算数据，对异常交易实行自动预警。"),
        ],
        "xiaoguo": "截至2024年5月底，已有386家企业入驻服务专区，累计办理对非跨境人民币结算业务2.7万笔、金额138.6亿元，同比增长46.2%；企业平均汇兑成本降低约1.2个百分点。该做法已在第三届中国—非洲经贸博览会期间向非洲国家经贸部门推介。",
        "xiayibu": "长沙片区将进一步扩大“白名单”企业范围，力争2025年底前入驻企业突破600家，并探索将服务延伸至对非易货贸易和跨境电商领域。",
    },
    {
        "title": "案例二：城陵矶港“启运港退税＋水水中转”监管模式",
        "source": "（中国（湖南）自由贸易试验区岳阳片区）",
        "zuofa": [
            ("（一）扩大启运港退税适用范围。", "经财政部、海关总署、国家税务总局批准，将城陵矶港纳入启运港退税政策适用港口，出口货物自城陵矶港启运、经长江水运至上海洋山港离境的，在启运港即可申请出口退税。"),
            ("（二）推行“水水中转”一体化监管。", "岳阳海关与上海海关建立“联动接卸”机制，中转货物在城陵矶港一次申报、一次查验、一次放行，到达洋山港后直接装船出境，不再重复申报查验。"),
            ("（三）实行退税“即报即审”。", "岳阳市税务部门对启运港退税业务开辟绿色通道，符合条件的退税申报在3个工作日内完成审核并退付。"),
        ],
        "xiaoguo": "政策实施以来，城陵矶港已办理启运港退税业务1460票，涉及货值42.3亿元，企业退税到账时间由平均45天缩短至7天以内，减少企业资金占用成本约6000万元；2023年城陵矶港集装箱吞吐量达到120.6万标箱，同比增长14.8%。",
        "xiayibu": "岳阳片区将推动启运港退税政策由出口拓展至“进口＋出口”双向，争取长沙霞凝港、常德港纳入政策适用范围，打造长江中游国际物流枢纽。",
    },
    {
        "title": "案例三：有色金属“保税＋期货交割”联动监管",
        "source": "（中国（湖南）自由贸易试验区郴州片区）",
        "zuofa": [
            ("（一）设立保税交割库。", "在郴州综合保税区设立白银保税交割仓库，经上海期货交易所批准开展白银期货保税交割业务，核定库容3000吨。"),
            ("（二）创新“一票多车”监管。", "郴州海关对进出保税交割库的有色金属实行“一票多车、分批进出、集中申报”，企业可凭一份报关单分批提离货物。"),
            ("（三）引入第三方检测互认。", "对进口银精矿、铅精矿等矿产品，采信经海关认可的第三方检验机构出具的检测结果，整体通关时间压缩至18小时以内。"),
        ],
        "xiaoguo": "2023年，郴州综合保税区完成白银保税交割125吨，有色金属进出口额达到186.4亿元，同比增长21.3%；带动苏仙区、北湖区新增有色金属精深加工企业17家。",
        "xiayibu": "郴州片区将争取将保税交割品种由白银拓展至铅、锌，建设面向共建“一带一路”国家的有色金属国际采购和分拨中心。",
    },
]
AN_CHAOSONG = "商务部自由贸易区港建设协调司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，长沙海关。"
AN_PRINTER = "湖南省商务厅办公室"
AN_PRINTDATE = "2024年7月19日"


def build_anli():
    doc = new_doc("alternate")
    red_head(doc, ["中国（湖南）自由贸易试验区", "工作领导小组办公室文件"], size=36, pct=90)
    blank(doc, 2)
    p = para(doc, AN_NUM, FS, SAN, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    blank(doc)
    title_paras(doc, AN_TITLE_PARTS)
    blank(doc)
    para(doc, AN_TO, FS, SAN, J, 0)
    para(doc, AN_INTRO)
    for h, t in AN_REQ:
        runs(doc, [(h, HT), (t, FS)])
    para(doc, AN_CONTACT)
    blank(doc)
    p = para(doc, "附件：" + AN_ATT, FS, SAN, J, 2)
    signoff(doc, AN_ISSUER, AN_DATE, right_chars=2, pub=AN_PUB, gap=1)
    # --- 附件
    page_break(doc)
    para(doc, "附件", HT, SAN, L, 0)
    blank(doc)
    title_paras(doc, ["中国（湖南）自由贸易试验区", "第三批制度创新案例"])
    blank(doc)
    for i, cs in enumerate(AN_CASES):
        if i:
            blank(doc)
        para(doc, cs["title"], HT, SAN, C, 0)
        para(doc, cs["source"], KT, SAN, C, 0)
        para(doc, "一、主要做法", HT)
        for h, t in cs["zuofa"]:
            runs(doc, [(h, KT), (t, FS)])
        para(doc, "二、实践效果", HT)
        para(doc, cs["xiaoguo"])
        para(doc, "三、下一步", HT)
        para(doc, cs["xiayibu"])
    blank(doc, 3)
    banji(doc, [("抄送：", AN_CHAOSONG)], AN_PRINTER, AN_PRINTDATE)
    out = os.path.join(HERE, "blind185_anli_notice.docx")
    doc.save(out)
    return out


def anli_clauses():
    cl = [AN_INTRO] + [h + t for h, t in AN_REQ] + [AN_CONTACT]
    for cs in AN_CASES:
        cl += [h + t for h, t in cs["zuofa"]] + [cs["xiaoguo"], cs["xiayibu"]]
    return cl


# =============================================================== (2) 市自贸办 工作简报
JB_MAST = "自贸试验区工作简报"
JB_ISSUE = "第9期"
JB_EDITOR = "长沙市自由贸易试验区工作办公室编印"
JB_ISSUER = "长沙市自由贸易试验区工作办公室"
JB_DATE = "2024年9月27日"
JB_PIECES = [
    {
        "title": "长沙片区首单中非易货贸易在临空区块落地",
        "note": None,
        "paras": [
            "9月12日，一批价值约860万元的坦桑尼亚芝麻运抵长沙片区临空区块（长沙县）中非易货贸易服务中心，与此前出口坦桑尼亚的湖南产工程机械配件完成货值对冲，标志着长沙片区首单中非易货贸易正式落地。",
            "此次业务采用“以进抵出、差额结算”模式，由湖南一家供应链企业作为易货主体，长沙海关对进出口两端货物实行“两段准入、合并核销”，企业仅需就差额部分约120万元办理跨境结算，节约换汇成本约9万元。",
            "下一步，临空区块将联合中非经贸合作研究院制定易货贸易操作指引，力争2024年底前完成易货贸易额1亿元以上。",
        ],
        "source": "（长沙县自贸办供稿）",
    },
    {
        "title": "雨花区块跨境电商“保税＋直播”业务前8个月交易额突破40亿元",
        "note": "【编者按】跨境电商是长沙片区培育外贸新动能的重要抓手。现将雨花区块有关做法刊发，供各区块学习借鉴。",
        "paras": [
            "今年以来，长沙片区雨花区块（雨花区）依托高铁会展新城跨境电商产业园，推行“保税备货＋直播销售”模式，入园直播机构达到73家。1—8月，区块跨境电商交易额完成41.6亿元，同比增长38.7%，其中面向共建“一带一路”国家的出口占比达到44%。",
            "雨花区主要采取三项措施：一是设立2000平方米的公共保税直播间，对入驻企业前两年免收场地租金；二是联合长沙黄花综合保税区开展“区内备货、区外展示、即买即提”；三是设立5000万元跨境电商产业基金，重点支持海外仓和独立站建设。",
        ],
        "source": "（雨花区商务局供稿）",
    },
    {
        "title": "市自贸办召开第三季度片区建设调度会",
        "note": None,
        "paras": [
            "9月24日，市自贸办召开第三季度长沙片区建设调度会，通报了片区各区块1—8月主要指标完成情况。1—8月，长沙片区实际使用外资4.2亿美元，占全市的37.5%；完成进出口总额1126亿元，同比增长12.6%；新设企业5218家。",
            "会议要求，经开区块要加快推进工程机械二手设备出口试点，10月底前完成首批500台出口业务；临空区块要抓好中非经贸博览会永久会址配套项目建设；雨花区块要加快跨境电商综合服务平台二期上线。各区块要对照年度目标任务，于每月5日前将上月进展情况报送市自贸办。",
            "会议还研究了长沙片区第四批制度创新案例申报工作，确定重点培育“工程机械再制造产品进口”“中非农产品检验结果互认”等6个案例。",
        ],
        "source": None,
    },
]
JB_BANJI = [
    ("报：", "省自贸办，市委、市人民政府领导。"),
    ("送：", "市自贸试验区工作领导小组各成员单位，各区县（市）人民政府。"),
    ("发：", "长沙片区各区块管理机构。"),
]
JB_COPIES = "（共印80份）"


def build_jianbao():
    doc = new_doc("- ")
    blank(doc)
    red_head(doc, [JB_MAST], size=40, pct=95)
    para(doc, JB_ISSUE, FS, SAN, C, 0)
    blank(doc)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Mm(100), Mm(56)])
    cell_text(t.cell(0, 0), JB_EDITOR, FS, SI, L)
    cell_text(t.cell(0, 1), JB_DATE, FS, SI, R)
    p = para(doc, "", indent=0, line=Pt(8))
    border(p, "bottom", 24, "E60012", 1)
    blank(doc)
    # 本期要目 in a boxed one-cell table
    box = doc.add_table(rows=1, cols=1)
    all_borders(box, 8)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = box.cell(0, 0)
    cell_text(cell, "【本期要目】", HT, SAN, C, line=Pt(26))
    for pc in JB_PIECES:
        q = cell.add_paragraph()
        q.paragraph_format.line_spacing = Pt(26)
        q.paragraph_format.left_indent = Pt(SAN)
        set_font(q.add_run("★" + pc["title"]), KT, SAN)
    blank(doc)
    for pc in JB_PIECES:
        para(doc, pc["title"], XBZ, 18, C, 0, line=Pt(30), before=6, after=6)
        if pc["note"]:
            para(doc, pc["note"], KT, SAN)
        for t_ in pc["paras"]:
            para(doc, t_)
        if pc["source"]:
            para(doc, pc["source"], KT, SAN, R, 0)
        blank(doc)
    blank(doc, 2)
    banji(doc, JB_BANJI, extra_right=JB_COPIES)
    out = os.path.join(HERE, "blind185_jianbao.docx")
    doc.save(out)
    return out


def jianbao_clauses():
    cl = []
    for pc in JB_PIECES:
        if pc["note"]:
            cl.append(pc["note"])
        cl += pc["paras"]
    return cl


# =============================================================== (3) 片区管理办法 征求意见稿 + 起草说明
ZQ_NAME = "中国（湖南）自由贸易试验区岳阳片区国际物流发展扶持资金管理办法"
ZQ_TITLE_PARTS = ["中国（湖南）自由贸易试验区岳阳片区", "国际物流发展扶持资金管理办法"]
ZQ_DRAFT = "（征求意见稿）"
# (chapter, [(article label, text, [items], tail)])
ZQ_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为加快建设长江中游国际物流枢纽，推动中国（湖南）自由贸易试验区岳阳片区（以下简称片区）国际物流高质量发展，规范国际物流发展扶持资金（以下简称扶持资金）管理，提高资金使用效益，根据《中国（湖南）自由贸易试验区总体方案》《湖南省省级财政专项资金管理办法》等规定，结合片区实际，制定本办法。", [], None),
        ("第二条", "本办法所称扶持资金，是指片区管委会在年度预算中安排，用于支持片区国际物流通道建设、物流主体培育和物流服务创新的专项资金。扶持资金年度规模原则上不低于5000万元。", [], None),
        ("第三条", "本办法适用于在片区内（含城陵矶综合保税区、城陵矶港区和岳阳临港高新技术产业开发区）依法注册登记、具有独立法人资格、从事国际物流相关业务的企业。", [], None),
        ("第四条", "扶持资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则。", [], None),
    ]),
    ("第二章　支持范围和标准", [
        ("第五条", "支持国际航线开辟。对在城陵矶港新开辟直达共建“一带一路”国家港口的江海直达航线或近洋航线，且开通后12个月内航次不少于20个的，给予航线运营企业一次性奖励150万元。", [], None),
        ("第六条", "支持集装箱运输。对经城陵矶港进出口的外贸集装箱，按照下列标准给予货主企业或其委托的货运代理企业补贴：", [
            "（一）经“水水中转”至上海洋山港的，每标准箱补贴100元；",
            "（二）经“铁水联运”至广西北部湾港、经西部陆海新通道出境的，每标准箱补贴300元；",
            "（三）经岳阳—东盟、岳阳—中亚等国际班列出境的，每标准箱补贴500元。",
        ], "单个企业年度集装箱运输补贴最高不超过300万元。"),
        ("第七条", "支持冷链物流发展。对在城陵矶综合保税区新建冷库容量达到1万吨以上的企业，按照设备投资额的15%给予一次性补助，最高不超过500万元。", [], None),
        ("第八条", "支持物流主体培育。对新引进的全球货代50强、全国物流百强企业在片区设立区域总部的，给予一次性落户奖励300万元；对年度国际物流营业收入首次突破1亿元、5亿元的片区企业，分别给予50万元、100万元奖励。", [], None),
        ("第九条", "支持物流服务创新。对在片区首次开展启运港退税、多式联运“一单制”、保税维修等创新业务并形成可复制推广经验的企业，每项给予20万元奖励。", [], None),
        ("第十条", "同一企业同一事项符合本办法和片区其他扶持政策的，按照“就高不重复”原则予以支持。单个企业年度获得扶持资金总额不超过1000万元。", [], None),
    ]),
    ("第三章　申报和审核", [
        ("第十一条", "扶持资金实行年度申报制。片区管委会经济发展局（以下简称经发局）每年3月发布申报通知，企业应于4月30日前提交申报材料。", [], None),
        ("第十二条", "经发局会同片区财政局对申报材料进行审核，必要时委托第三方机构进行专项审计，审核结果经片区管委会主任办公会议审定后在片区门户网站公示，公示期不少于5个工作日。", [], None),
        ("第十三条", "公示无异议的，由片区财政局在公示期满后20个工作日内将扶持资金拨付至企业账户。", [], None),
    ]),
    ("第四章　监督管理", [
        ("第十四条", "获得扶持资金的企业应当按照规定用途使用资金，自觉接受财政、审计等部门的监督检查。", [], None),
        ("第十五条", "企业有下列情形之一的，由经发局追回已拨付的扶持资金，3年内不再受理其申报；涉嫌犯罪的，依法移送司法机关处理：", [
            "（一）提供虚假材料骗取扶持资金的；",
            "（二）获得落户奖励后5年内将注册地迁出片区的；",
            "（三）拒不配合监督检查的。",
        ], None),
    ]),
    ("第五章　附　　则", [
        ("第十六条", "本办法所称标准箱，是指20英尺国际标准集装箱；40英尺集装箱按2个标准箱计算。", [], None),
        ("第十七条", "本办法由片区管委会经济发展局负责解释。", [], None),
        ("第十八条", "本办法自2025年1月1日起施行，有效期3年。《中国（湖南）自由贸易试验区岳阳片区促进航运物流发展暂行办法》（岳自贸管发〔2021〕6号）同时废止。", [], None),
    ]),
]
QC_TITLE_PARTS = ["关于《中国（湖南）自由贸易试验区岳阳片区", "国际物流发展扶持资金管理办法", "（征求意见稿）》的起草说明"]
QC_TITLE = "".join(QC_TITLE_PARTS)
QC_INTRO = "为进一步发挥财政资金对国际物流发展的引导作用，片区管委会经济发展局起草了《中国（湖南）自由贸易试验区岳阳片区国际物流发展扶持资金管理办法（征求意见稿）》（以下简称《办法》）。现将有关情况说明如下："
QC_SECTIONS = [
    ("一、起草背景", [
        "2021年片区出台的《中国（湖南）自由贸易试验区岳阳片区促进航运物流发展暂行办法》已于2023年12月31日到期。三年来，该办法累计兑现扶持资金1.36亿元，支持企业87家，城陵矶港集装箱吞吐量由2020年的50.1万标箱增长至2023年的120.6万标箱。",
        "随着岳阳—东盟国际班列常态化开行和城陵矶综合保税区冷链查验设施建成投用，原办法已不能适应片区国际物流发展的新形势，有必要制定新的扶持办法。",
    ]),
    ("二、起草过程", [
        "2024年6月以来，经发局先后赴武汉、重庆、南京等地学习考察，召开企业座谈会4场，书面征求了岳阳海关、岳阳市商务局、城陵矶港务集团等12家单位意见，经片区管委会主任办公会议研究，形成了《办法》征求意见稿。",
    ]),
    ("三、主要内容", [
        "《办法》共五章十八条，主要包括：一是明确扶持资金年度规模原则上不低于5000万元（第二条）；二是将支持范围由原来的航线、集装箱2项扩大至航线、集装箱、冷链、主体培育和服务创新5个方面（第五条至第九条）；三是新增经西部陆海新通道和国际班列出境集装箱补贴，标准分别为每标准箱300元、500元（第六条）；四是设定单个企业年度扶持总额上限1000万元（第十条）。主要标准调整情况如下：",
    ]),
    ("四、需要说明的问题", [
        "（一）关于补贴标准。经测算，按2023年业务量，《办法》实施后年度扶持资金需求约4800万元，在片区财政承受能力范围内。",
        "（二）关于过渡衔接。原办法到期后至本办法施行前（2024年1月1日至2024年12月31日）发生的业务，按原办法标准执行，申报时间另行通知。",
        "社会各界可于2024年11月11日前，通过电子邮箱yyftz_jfj@163.com或信函方式（岳阳市城陵矶新港区通海路9号片区管委会经济发展局，邮编414002）反馈意见建议。",
    ]),
]
QC_TABLE_TITLE = "新旧扶持标准对照表"
QC_HEADER = ["支持事项", "原暂行办法标准", "《办法》标准", "变化情况"]
QC_ROWS = [
    ["国际航线开辟", "一次性奖励100万元", "一次性奖励150万元", "提高"],
    ["“水水中转”集装箱", "每标准箱80元", "每标准箱100元", "提高"],
    ["经西部陆海新通道出境集装箱", "—", "每标准箱300元", "新增"],
    ["国际班列出境集装箱", "—", "每标准箱500元", "新增"],
    ["冷库建设", "—", "设备投资额的15%，最高500万元", "新增"],
]
QC_ISSUER = "中国（湖南）自由贸易试验区岳阳片区管理委员会经济发展局"
QC_DATE = "2024年10月12日"


def build_zhengqiu():
    doc = new_doc("— ")
    watermark(doc.sections[0], "征求意见稿")
    blank(doc)
    title_paras(doc, ZQ_TITLE_PARTS)
    para(doc, ZQ_DRAFT, KT, SAN, C, 0)
    blank(doc)
    for chap, arts in ZQ_CHAPTERS:
        para(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for lab, txt, items, tail in arts:
            runs(doc, [(lab, HT), ("　" + txt, FS)])
            for it in items:
                para(doc, it)
            if tail:
                para(doc, tail)
    # --- 起草说明 on a new page
    page_break(doc)
    title_paras(doc, QC_TITLE_PARTS)
    blank(doc)
    para(doc, QC_INTRO)
    for head, ps in QC_SECTIONS:
        para(doc, head, HT)
        for t in ps:
            if t.startswith("（一）") or t.startswith("（二）"):
                runs(doc, [(t[:t.index("。") + 1], KT), (t[t.index("。") + 1:], FS)])
            else:
                para(doc, t)
        if head.startswith("三、"):
            para(doc, QC_TABLE_TITLE, HT, SI, C, 0, line=Pt(24))
            tb = doc.add_table(rows=1 + len(QC_ROWS), cols=4)
            all_borders(tb)
            col_widths(tb, [Mm(42), Mm(36), Mm(50), Mm(24)])
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(QC_HEADER):
                cell_text(tb.cell(0, j), h, HT, 12)
            for i, row in enumerate(QC_ROWS, start=1):
                for j, v in enumerate(row):
                    cell_text(tb.cell(i, j), v, FS, 12, L if j in (0, 2) else C)
            blank(doc)
    signoff(doc, QC_ISSUER, QC_DATE, right_chars=0)
    out = os.path.join(HERE, "blind185_zhengqiu.docx")
    doc.save(out)
    return out


def banfa_clauses():
    cl = []
    for _chap, arts in ZQ_CHAPTERS:
        for lab, txt, items, tail in arts:
            cl.append(lab + "　" + txt)
            cl += items
            if tail:
                cl.append(tail)
    return cl


def qicao_clauses():
    cl = [QC_INTRO]
    for head, ps in QC_SECTIONS:
        cl += ps
        if head.startswith("三、"):
            cl += [row_clause(QC_HEADER, r) for r in QC_ROWS]
    return cl


# =============================================================== (4) 专题会议纪要
JY_MAST = "郴州市人民政府专题会议纪要"
JY_NUM = "郴府阅〔2024〕31号"
JY_OFFICE = "郴州市人民政府办公室"
JY_DATE = "2024年8月20日"
JY_TITLE = "关于加快推进中国（湖南）自由贸易试验区郴州片区湘南国际物流园建设的会议纪要"
JY_TITLE_PARTS = ["关于加快推进中国（湖南）自由贸易试验区", "郴州片区湘南国际物流园建设的会议纪要"]
JY_INTRO = "2024年8月16日下午，市委常委、副市长刘振宇在市政府三楼第二会议室主持召开专题会议，研究加快推进中国（湖南）自由贸易试验区郴州片区湘南国际物流园建设有关工作。会议听取了郴州片区管委会关于物流园建设进展情况的汇报，市发展改革委、市商务局、郴州海关等单位作了发言。现将会议议定事项纪要如下："
JY_ITEMS = [
    ("一、关于湘南国际物流园二期建设。", "会议原则同意郴州片区管委会提出的物流园二期建设方案。二期项目位于苏仙区白露塘镇，规划用地386亩，总投资约12.8亿元，建设保税仓储、冷链分拨和铁路专用线等设施。由郴州片区管委会牵头，市自然资源和规划局、苏仙区人民政府配合，于2024年10月31日前完成用地报批，确保年底前开工建设。", []),
    ("二、关于湘粤非铁海联运班列常态化开行。", "会议要求，要依托郴州国际陆港，推动湘粤非铁海联运班列由每周2列加密至每周4列。具体分工如下：", [
        "（一）由市商务局牵头，会同郴州片区管委会制定班列运营补贴办法，按照每标准箱不超过400元的标准给予补贴，所需资金由市级财政和片区按6:4比例分担。",
        "（二）由郴州海关负责，推行“铁路快通”模式，实现郴州国际陆港与深圳盐田港、广州南沙港“一次申报、一次查验、一次放行”。",
        "（三）由北湖区人民政府负责，于2024年9月30日前完成郴州国际陆港进港道路改造。",
    ]),
    ("三、关于物流园招商引资。", "会议明确，郴州片区要聚焦有色金属、电子信息和农产品冷链物流，年内引进规模以上物流企业不少于5家。市商务局要会同市自贸办在2024年11月举办的湘南—粤港澳大湾区产业对接活动期间开展专场推介。", []),
    ("四、关于要素保障。", "市财政局要在2025年预算中安排湘南国际物流园建设专项资金不少于1亿元；市发展改革委要积极争取将物流园二期纳入国家物流枢纽建设和中央预算内投资支持范围。", []),
]
JY_CLOSE = "会议强调，各责任单位要严格按照议定事项和时间节点抓好落实，每月底前将进展情况报市政府督查室，市政府督查室要加强跟踪督办。"
JY_CHUXI = "刘振宇，王磊（市政府），陈建国（郴州片区管委会），李红梅（市发展改革委），周伟（市商务局），何志强（市财政局），谭斌（市自然资源和规划局），曹勇（郴州海关）"
JY_LIEXI = "唐小兵（苏仙区人民政府），邓辉（北湖区人民政府），罗佳（郴州国际陆港运营公司）"
JY_FENSONG = "市委办公室，市人大常委会办公室，市政协办公室，郴州片区管委会，各有关单位。"


def build_jiyao():
    doc = new_doc("alternate")
    red_head(doc, [JY_MAST], size=36, pct=80)
    blank(doc)
    para(doc, JY_NUM, FS, SAN, C, 0)
    tab_line(doc, JY_OFFICE, JY_DATE, rule=18)
    blank(doc)
    title_paras(doc, JY_TITLE_PARTS, size=ER)
    blank(doc)
    para(doc, JY_INTRO)
    for h, t, subs in JY_ITEMS:
        runs(doc, [(h, HT), (t, FS)])
        for s in subs:
            runs(doc, [(s[:3], KT), (s[3:], FS)])
    para(doc, JY_CLOSE)
    blank(doc)
    for lab, names in (("出席：", JY_CHUXI), ("列席：", JY_LIEXI)):
        p = para(doc, "", indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 3)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        set_font(p.add_run(lab), HT, SAN)
        set_font(p.add_run(names), FS, SAN)
    blank(doc, 4)
    banji(doc, [("分送：", JY_FENSONG)], JY_OFFICE, JY_DATE)
    out = os.path.join(HERE, "blind185_jiyao.docx")
    doc.save(out)
    return out


def jiyao_clauses():
    cl = [JY_INTRO]
    for h, t, subs in JY_ITEMS:
        cl.append(h + t)
        cl += subs
    cl.append(JY_CLOSE)
    return cl


# =============================================================== expected.json
def expected():
    an = {
        "meta": {
            "title": AN_TITLE,
            "doc_number": AN_NUM,
            "issuer": [AN_ISSUER],
            "date": "2024-07-18",
            "published": "2024-07-19",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [AN_ATT],
            "doc_type": "通知",
            "recipients": ["长沙市人民政府", "岳阳市人民政府", "郴州市人民政府", "各片区管委会", "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件主动公开",
            "cases": [c["title"] for c in AN_CASES],
        },
        "clauses": anli_clauses(),
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区：长沙、岳阳、郴州三个片区）",
            "specific": {
                "一、抓好复制推广": "长沙片区、岳阳片区、郴州片区 (all three; 湖南省 acceptable)",
                "案例一 (all 5 clauses)": "中国（湖南）自由贸易试验区长沙片区（长沙市；（一） names 临空区块／长沙县黄花镇）",
                "案例二 (all 5 clauses)": "中国（湖南）自由贸易试验区岳阳片区（岳阳市，城陵矶港）",
                "案例三 (all 5 clauses)": "中国（湖南）自由贸易试验区郴州片区（郴州市，郴州综合保税区；二、实践效果 names 苏仙区、北湖区）",
            },
            "note": "The 片区 of each case is stated ONLY in the source line under the case title (（中国（湖南）自由贸易试验区长沙片区）etc.) and in the case text; 上海洋山港 (案例二（一）（二）), 长沙霞凝港/常德港 (案例二 三、下一步: places the policy is to be extended to) and 共建“一带一路”国家 do not move a clause out of its 片区. 长沙海关/岳阳海关/郴州海关/上海期货交易所 are organs, not places.",
        },
        "_note": (
            "Furniture, not clauses: the two-line red 版头 (中国（湖南）自由贸易试验区 / 工作领导小组办公室文件 — must not become title/issuer with a break); 文号 line 湘自贸办发〔2024〕8号 with the red rule; "
            "the title typed as TWO paragraphs (…工作领导小组办公室关于印发 / 中国（湖南）自由贸易试验区第三批制度创新案例的通知) to be joined into one title; 主送 line (→ recipients; “长沙、岳阳、郴州市人民政府” kept as one recipient is a matter of taste); "
            "附件说明 附件：… (→ attachments); 落款 (issuer + 2024年7月18日); （此件主动公开） (→ publicity); the label 附件 and the attachment title on the first attachment page; each case title 案例X：… and its source line （中国（湖南）自由贸易试验区X片区） (headings: they belong in each clause's path/label, not as clauses); "
            "the headings 一、主要做法 / 二、实践效果 / 三、下一步 which REPEAT three times (once per case) — a reader that keeps only the last heading loses which case a clause belongs to (path must include 案例X); headings alone as clauses are tolerable (low). "
            "（一）（二）（三） under 主要做法 are run-in 楷体 headings: heading + text = ONE clause; the cover's 一、二、三、 are run-in 黑体 headings, also one clause each. The contact line is a clause (tolerable as furniture, low). "
            "版记 at the very end after the attachment: 抄送：… / 湖南省商务厅办公室 2024年7月19日印发 — 湖南省商务厅 is the 印发 office, NOT the issuer; 2024-07-19 is the 印发 date (published), not the 成文日期. "
            "Footer page numbers “— N —” (odd right, even left). date = 2024-07-18. A 印发 notice has no effective/expires (2024-07-18 as effective is tolerable, low). "
            "Critical: the cover notice's 一、二、三、 and each case's 一、二、三、 must not collide (e.g. 案例一's “一、主要做法” read as a continuation of the cover's 一、; or case clauses labelled 一/二/三 with no case in the path), and case clauses must not be dropped as if the 附件 were furniture."
        ),
        "_pdf": {"pages": 6, "note": "same expected metadata and clauses. 6 pages: cover notice pp.1–2 (落款, date and （此件主动公开） at the foot of p.2), 附件 pp.3–6, 版记 at the foot of p.6. Page numbers “— N —” alternate right (odd) / left (even) — not text. Clauses broken by page ends and to be re-joined: 案例一 二、实践效果 (p.3→p.4), 案例二（三） (p.4→p.5, “…3个工作日内完 / 成审核并退付。”), 案例三（三） (p.5→p.6). The two-line 版头 and the three-line title are separate lines; the 附件 title is two centred lines."},
    }
    jb = {
        "meta": {
            "title": "自贸试验区工作简报（第9期）",
            "doc_number": None,
            "issue": JB_ISSUE,
            "issuer": [JB_ISSUER],
            "date": "2024-09-27",
            "published": None,
            "level": "municipal",
            "region": "湖南省长沙市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "简报",
            "recipients": [],
            "distribution": {"报": "省自贸办，市委、市人民政府领导", "送": "市自贸试验区工作领导小组各成员单位，各区县（市）人民政府", "发": "长沙片区各区块管理机构"},
            "publicity": None,
            "pieces": [p["title"] for p in JB_PIECES],
        },
        "clauses": jianbao_clauses(),
        "applies_to": {
            "default": "湖南省长沙市（中国（湖南）自由贸易试验区长沙片区）",
            "specific": {
                "piece 1 (3 clauses)": "长沙片区临空区块（长沙县）",
                "piece 2 (编者按 + 2 clauses)": "长沙片区雨花区块（雨花区）; the 2nd paragraph also names 长沙黄花综合保税区",
                "piece 3 paragraph 2": "经开区块 / 临空区块 / 雨花区块 (one instruction each)",
            },
            "note": "坦桑尼亚 (piece 1) and 共建“一带一路”国家 (piece 2) are trade partners, not where the clause applies. 长沙海关 is an organ.",
        },
        "_note": (
            "A 简报 is one document with three pieces. Furniture: the red masthead 自贸试验区工作简报, the issue line 第9期, the line under it (长沙市自由贸易试验区工作办公室编印 | 2024年9月27日) which is a ONE-ROW BORDERLESS TABLE (two cells) — it gives issuer and date and must not become a clause/table row; "
            "the red rule; the boxed 【本期要目】 (a one-cell bordered table whose paragraphs repeat the three piece titles with ★) — a table of contents, not clauses and not a table row; each piece's own title (a heading: it belongs in the path of the piece's paragraphs); "
            "the 供稿 lines （长沙县自贸办供稿） / （雨花区商务局供稿） (attributions, right-aligned; as a clause tolerable, low; glued to the next piece's title or to the last paragraph is medium); "
            "版记 报：/送：/发： between rules and （共印80份）; footer page numbers “- N -” centred. The 【编者按】 paragraph is the editor's text: a clause of piece 2 (or furniture: tolerable, low). "
            "Title: no formal title exists; the masthead + issue (自贸试验区工作简报（第9期）, possibly with the 编印 office) is the title; taking the first piece title or the 本期要目 as the document title is medium. No 文号: 第9期 is an issue number (as doc_number tolerable, low). "
            "date 2024-09-27 (the date in the masthead table); 9月12日 / 9月24日 are event dates inside pieces. The inline 一是…二是…三是… in piece 2 stays ONE clause (split is tolerable). "
            "Piece paragraphs have no numbers: the clause label/path should identify the piece (its title)."
        ),
        "_pdf": {"pages": 4, "note": "same expected metadata and clauses. 4 pages: the 编印 table prints as one line (长沙市自由贸易试验区工作办公室编印 … 2024年9月27日); the 本期要目 box is a framed block whose 2nd entry wraps (…交易额突破 / 40亿元); page numbers centred “- N -”. Clause broken by a page end: piece 2 paragraph 2 (p.2→p.3, “…独立站建 / 设。”); piece 1's title and first paragraph are on p.1 under the 要目 box. p.4 holds ONLY the 版记 (报：/送：/发： and （共印80份）) — nothing on it is a clause."},
    }
    bf = {
        "meta": {
            "title": ZQ_NAME + ZQ_DRAFT,
            "doc_number": None,
            "issuer": ["中国（湖南）自由贸易试验区岳阳片区管理委员会"],
            "date": None,
            "published": None,
            "level": "municipal",
            "region": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区）",
            "effective": None,
            "expires": None,
            "proposed_effective": "2025-01-01",
            "proposed_expires": "2027-12-31",
            "status": "征求意见稿 (draft for comment, not in force)",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": ["《中国（湖南）自由贸易试验区岳阳片区促进航运物流发展暂行办法》（岳自贸管发〔2021〕6号）"],
            "comment_deadline": "2024-11-11",
        },
        "clauses": banfa_clauses(),
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区岳阳片区（湖南省岳阳市）",
            "specific": {
                "第三条": "岳阳片区 incl. 城陵矶综合保税区、城陵矶港区、岳阳临港高新技术产业开发区",
                "第五条, 第六条": "城陵矶港",
                "第七条": "城陵矶综合保税区",
            },
            "note": "上海洋山港, 广西北部湾港 (第六条 items) and 共建“一带一路”国家 / 东盟 / 中亚 are destinations, not where a clause applies; placing 第六条（二） in 广西 is medium.",
        },
        "_note": (
            "This file holds TWO documents: the draft 办法 and, after a page break, its 起草说明 (separate title, own 落款). Reading them as one document with the 起草说明 paragraphs appended is tolerable only if the clauses are intact (medium: the analyst can no longer tell rule from explanation); "
            "the 起草说明 title read as a clause or as a 第十八条 continuation is high. "
            "Furniture: the title typed as two paragraphs (中国（湖南）自由贸易试验区岳阳片区 / 国际物流发展扶持资金管理办法) plus a third line （征求意见稿） in 楷体; the chapter headings 第一章　总　　则 … 第五章　附　　则 (with spacing inside 总　　则/附　　则 — headings, not clauses; path should read 第一章 总则); "
            "a WordArt watermark “征求意见稿” in the header (VML textpath) — furniture, must not be a clause, but it (and the title line) tells the reader this is a DRAFT: status should say so; effective 2025-01-01 reported as if in force is medium (it is only proposed); "
            "footer “— N —” centred. Articles: 第X条 (黑体) + full-width space + text in one paragraph; 第六条 and 第十五条 have items （一）（二）（三） in separate paragraphs (expected as separate clauses; merged into their article is tolerable, low), "
            "and 第六条 has a TAIL paragraph after its items (单个企业年度集装箱运输补贴最高不超过300万元。) which belongs to 第六条 — attached to item （三） or to 第六条 is fine; lost or attached to 第七条 is medium. "
            "No 文号, no 成文日期 (2024-10-12 is the 起草说明's date; as date of the 办法 tolerable, low). 岳自贸管发〔2021〕6号 is the REPEALED old measure's number (第十八条): as doc_number it is HIGH (it names another document). "
            "issuer: the draft names no issuer; 片区管委会 (from the text) or the drafting 经济发展局 both tolerable; empty tolerable (low)."
        ),
        "_pdf": {"pages": "1–4 of 7", "note": "same expected metadata and clauses. The 办法 fills pp.1–4; the grey diagonal watermark 征求意见稿 is drawn as a shape on every page (LibreOffice leaves no glyphs of it in the text layer, so the draft status is only in the title line （征求意见稿）). Articles broken by page ends: 第八条 (p.2→p.3), 第十五条 (p.3→p.4, lead-in split after “追回已拨付 / 的扶持资金”). Chapter headings print as 第一章 总 则 (spaced)."},
    }
    qc = {
        "meta": {
            "title": QC_TITLE,
            "doc_number": None,
            "issuer": [QC_ISSUER],
            "date": "2024-10-12",
            "published": None,
            "level": "municipal",
            "region": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "起草说明",
            "recipients": [],
            "publicity": None,
        },
        "clauses": qicao_clauses(),
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区岳阳片区（湖南省岳阳市）",
            "specific": {},
            "note": "武汉、重庆、南京 (二、起草过程) are places visited, not where the text applies; placing that clause in 湖北/重庆/江苏 is medium.",
        },
        "_note": (
            "Title typed as three centred paragraphs (关于《中国（湖南）自由贸易试验区岳阳片区 / 国际物流发展扶持资金管理办法（征求意见稿）》 / 的起草说明) → one title. Section headings 一、起草背景 二、起草过程 三、主要内容 四、需要说明的问题 stand on their own lines (headings, not clauses). "
            "（一）（二） under 四、 are run-in 楷体 headings (one clause each). The comment-deadline paragraph (2024年11月11日前 … yyftz_jfj@163.com …) is a clause. The 对照表 title 新旧扶持标准对照表 is a table caption; the table's 5 rows are clauses "
            "(header cells as names; “—” cells kept or dropped both fine). 落款: 中国（湖南）自由贸易试验区岳阳片区管理委员会经济发展局 / 2024年10月12日 (→ issuer, date). 一是…二是…三是…四是… inside 三、 stays one clause."
        ),
        "_pdf": {"pages": "5–7 of 7", "note": "same expected metadata and clauses. The 起草说明 starts on p.5 (its title is three centred lines); the 对照表 on p.6 is drawn with rules and several cells wrap inside their row (一次性奖励100 / 万元; 经西部陆海新通道出 / 境集装箱; 设备投资额的15%，最 / 高500万元) — each row is still one clause; 四、 and the 落款 are on p.7."},
    }
    jy = {
        "meta": {
            "title": JY_TITLE,
            "doc_number": JY_NUM,
            "issuer": ["郴州市人民政府"],
            "date": "2024-08-20",
            "published": "2024-08-20",
            "meeting_date": "2024-08-16",
            "level": "municipal",
            "region": "湖南省郴州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "纪要",
            "recipients": [],
            "distribution": ["市委办公室", "市人大常委会办公室", "市政协办公室", "郴州片区管委会", "各有关单位"],
            "publicity": None,
            "presided_by": "刘振宇（市委常委、副市长）",
            "attendees": ["刘振宇", "王磊（市政府）", "陈建国（郴州片区管委会）", "李红梅（市发展改革委）", "周伟（市商务局）", "何志强（市财政局）", "谭斌（市自然资源和规划局）", "曹勇（郴州海关）"],
            "in_attendance": ["唐小兵（苏仙区人民政府）", "邓辉（北湖区人民政府）", "罗佳（郴州国际陆港运营公司）"],
        },
        "clauses": jiyao_clauses(),
        "applies_to": {
            "default": "湖南省郴州市（中国（湖南）自由贸易试验区郴州片区）",
            "specific": {
                "一、": "苏仙区（白露塘镇）",
                "二、（三）": "北湖区",
                "三、": "郴州片区",
            },
            "note": "深圳盐田港、广州南沙港 (二、（二）) and 粤港澳大湾区 (三、) are partner ports/regions, not where the decision applies; placing those clauses in 广东 is medium.",
        },
        "_note": (
            "Furniture: red masthead 郴州市人民政府专题会议纪要 (one line, condensed); number line 郴府阅〔2024〕31号 (→ doc_number; 府阅 numbering is how 纪要 are numbered); the line 郴州市人民政府办公室 [tab] 2024年8月20日 above the red rule (→ issuing office and date); "
            "the title in two centred paragraphs (关于加快推进…郴州片区 / 湘南国际物流园建设的会议纪要) → one title; no 主送 and no 落款/seal (a 纪要 has none — absent recipients is correct); "
            "出席：/列席： lists with hanging indent after the body (→ attendees; as clauses tolerable, low; glued onto the closing paragraph or onto 四、 is medium); "
            "版记 分送：… / 郴州市人民政府办公室 2024年8月20日印发; footer “— N —” alternating. Body: the intro paragraph (meeting date 2024-08-16, chair, 现将会议议定事项纪要如下：) is a clause; "
            "一、…四、 are run-in 黑体 headings (关于…。) + text = one clause each; （一）（二）（三） under 二、 are separate paragraphs (separate clauses; merged into 二、 tolerable, low); the closing 会议强调… paragraph is a clause. "
            "date = 2024-08-20 (the 纪要's date under the masthead, same as 印发); 2024-08-16 is the meeting date — as date it is medium. issuer: 郴州市人民政府 (masthead) or 郴州市人民政府办公室 (the line under it) both tolerable. "
            "Deadlines 2024-10-31 / 2024-09-30 are task deadlines, not effective/expires. Ratio “6:4” must survive intact."
        ),
        "_pdf": {"pages": 3, "note": "same expected metadata and clauses. The office/date line is one line with the date at the right margin, above the red rule. Clause broken by the page end: 一、 (p.1→p.2, “…2024年10月 / 31日前完成用地报批”). the closing 会议强调… paragraph is the last text of p.2; p.3 holds only 出席/列席 (wrapped lines start under the names — hanging indent) and the 版记. Page numbers “— N —” alternate right/left."},
    }
    return {
        "blind185_anli_notice": [an],
        "blind185_jianbao": [jb],
        "blind185_zhengqiu": [bf, qc],
        "blind185_jiyao": [jy],
    }


def main():
    outs = [build_anli(), build_jianbao(), build_zhengqiu(), build_jiyao()]
    for f in outs:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *outs)


if __name__ == "__main__":
    main()
