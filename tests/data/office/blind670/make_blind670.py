# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 670: 街道 / 乡镇 level documents."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
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


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_p(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28,
          before=0, after=0):
    """runs: list of (text, font, size, bold) or str; '\n' inside text -> soft break."""
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line, before, after)
    for r in runs:
        if isinstance(r, str):
            r = (r, FS, 16, False)
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, style="dash"):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre = "— " if style == "dash" else "- "
    post = " —" if style == "dash" else " -"
    r = p.add_run(pre)
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, SONG, 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(post)
    set_font(r, SONG, 14)


def set_cell_text(cell, text, font=FS, size=12, bold=False,
                  align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    run = p.add_run(text)
    set_font(run, font, size, bold)


def table_borders(table, spec):
    """spec: dict side -> (val, sz, color)"""
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz, color = spec.get(side, ("nil", 0, "auto"))
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def grid_table(doc, cols, rows, widths, repeat_header=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    line = ("single", 4, "000000")
    table_borders(t, {s: line for s in
                      ("top", "left", "bottom", "right", "insideH", "insideV")})
    for j, c in enumerate(cols):
        set_cell_text(t.cell(0, j), c, HT, 12)
    if repeat_header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        trPr.append(h)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 0 or len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(t.cell(i, j), v, FS, 12, align=al)
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def row_clause(cols, row):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, row))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def save_and_convert(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_670", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


EXPECTED = {}


# ====================================================================
# Document 1: 广州市白云区三元里街道办事处 实施方案
# ====================================================================
def doc_sanyuanli():
    stem = "blind670_guangzhou_sanyuanli_fangan"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []

    empty(doc)
    add_p(doc, [("广州市白云区三元里街道办事处文件", XBS, 26, False, RED)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc)
    p = add_p(doc, [("三元里街办发〔2026〕5号", FS, 16, False)],
              align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc)
    # title typed as two separate paragraphs
    add_p(doc, [("广州市白云区三元里街道办事处关于建设", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_p(doc, [("跨境电商直播基地的实施方案", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    add_p(doc, ["各社区居委会、辖区各企业："], indent=False)

    def P(text):
        add_p(doc, [text])
        clauses.append(text.replace("\n", ""))

    def H(text):
        add_p(doc, [(text, HT, 16, False)])

    def R(head, rest):
        add_p(doc, [(head, KT, 16, True), rest])
        clauses.append((head + rest).replace("\n", ""))

    P("为深入贯彻落实国家、省、市关于加快发展跨境电子商务的决策部署，用好中国（广州）跨境电子商务综合试验区政策优势，推动辖区皮具箱包、服装等传统商贸产业数字化转型，打造“直播+跨境电商”融合发展新场景，结合我街道实际，制定本方案。")
    H("一、总体要求")
    R("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，主动融入共建“一带一路”和粤港澳大湾区建设，立足三元里片区商贸资源禀赋，以建设跨境电商直播基地为抓手，推动专业市场转型升级，助力辖区经济高质量发展。")
    R("（二）工作目标。", "到2026年6月底，建成面积不少于5000平方米的三元里跨境电商直播基地，建设标准化直播间不少于30间；\n到2026年12月底，引进和培育跨境电商企业、直播服务机构不少于50家，孵化跨境电商主播不少于200名，基地实现跨境电商交易额不低于3亿元。")
    empty(doc)
    H("二、基地布局")
    R("（一）选址安排。", "基地依托辖区瑞丰皮具城闲置楼层进行改造，按照“一核多点”布局，以瑞丰皮具城为核心区，以三元里大道沿线专业市场为延伸点，分期分批推进建设。")
    R("（二）功能分区。", "基地设置直播运营区、选品展示区、跨境物流服务区、培训孵化区和综合服务区五大功能区，为入驻企业提供“一站式”服务。")
    empty(doc)
    H("三、主要任务")
    R("（一）搭建直播公共服务平台。", "依托基地核心区集中建设直播公共服务设施，降低中小商户开展跨境直播的门槛。")
    P("1.建设直播间集群。按照“统一标准、分类配置”原则，建设服装、皮具箱包、美妆日化等品类标准化直播间，配备灯光、声卡、提词器等基础设备，以低于市场的价格向入驻主体出租。")
    P("2.完善配套服务。引入跨境支付、海外仓、报关报检、知识产权等第三方服务机构，在基地设立综合服务窗口，为入驻企业提供政策咨询、商事登记、外汇结算等代办服务。")
    R("（二）培育跨境电商经营主体。", "支持辖区专业市场商户通过跨境电商平台拓展海外市场，对首次开展跨境电商业务的中小商户提供免费开店辅导。积极引进头部跨境电商企业和多频道网络（MCN）机构在基地设立运营中心，带动上下游企业集聚发展。")
    R("（三）加强直播人才培训。", "联合区人力资源和社会保障局、辖区职业院校，常态化开展跨境电商运营、外语直播、短视频制作等实操培训，每季度举办不少于2期培训班，对培训合格人员推荐就业或者入驻基地孵化。")
    R("（四）畅通跨境物流通道。", "对接广州白云机场综合保税区、中欧班列（广州）等物流资源，引导物流企业在基地设置集货点，为入驻企业提供集货、分拣、出口申报一体化服务，降低企业物流成本。")
    R("（五）规范经营秩序。", "指导入驻主体依法依规开展直播营销活动，落实商品质量、知识产权、广告宣传等主体责任；会同市场监管、税务等部门建立联合巡查机制，及时查处侵权假冒、虚假宣传等违法违规行为。")
    empty(doc)
    H("四、任务分工")
    P("各项工作任务分工如下：")
    cols = ["任务", "责任科室", "责任社区", "完成时间"]
    rows = [
        ["完成基地场地改造及直播间建设", "经济发展办、城市管理办", "三元里社区", "2026年6月30日"],
        ["引进跨境电商企业及服务机构", "经济发展办", "松柏社区、广园社区", "2026年12月31日"],
        ["开展跨境电商直播人才培训", "公共服务办", "各社区", "每季度"],
        ["对接综合保税区及物流资源", "经济发展办", "机场路社区", "2026年9月30日"],
        ["开展入驻主体联合巡查", "平安建设办、综合行政执法队", "各社区", "长期坚持"],
        ["做好政策宣传和统计监测", "党政综合办、经济发展办", "各社区", "每月"],
    ]
    grid_table(doc, cols, rows, [5.6, 4.2, 3.4, 2.8])
    clauses.extend(row_clause(cols, r) for r in rows)
    empty(doc)
    H("五、保障措施")
    R("（一）加强组织领导。", "成立由街道党工委书记、办事处主任任组长，分管领导任副组长，各相关科室、社区负责人为成员的三元里街道跨境电商直播基地建设工作领导小组，领导小组办公室设在经济发展办，负责统筹协调和日常推进工作。")
    R("（二）强化要素保障。", "积极争取区级跨境电商发展专项资金支持，对符合条件的入驻主体按规定落实租金减免、直播设备补贴等扶持措施；协调解决基地建设中的用电、消防、停车等问题。")
    R("（三）严格督促考核。", "各责任科室、社区要按照任务分工倒排工期、挂图作战，每月25日前将工作进展情况报送领导小组办公室。领导小组办公室定期通报进展情况，并将任务落实情况纳入年度绩效考核。")
    empty(doc)
    add_p(doc, ["附件：三元里街道跨境电商直播基地入驻企业申请表"])
    empty(doc, 3)
    # 落款 aligned with typed spaces
    add_p(doc, [" " * 22 + "广州市白云区三元里街道办事处"], indent=False)
    add_p(doc, [" " * 30 + "2026年3月12日"], indent=False)
    empty(doc)
    add_p(doc, ["（此件公开发布）"])
    empty(doc, 4)
    # 版记
    p = add_p(doc, [("抄送：白云区商务局，白云区市场监督管理局，国家税务总局广州市白云区税务局。", FS, 14, False)],
              indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = add_p(doc, [("广州市白云区三元里街道党政综合办公室" + "　" * 3 + "2026年3月12日印发", FS, 14, False)],
              indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    border(p, "bottom", "000000", 8, 1)

    save_and_convert(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "广州市白云区三元里街道办事处关于建设跨境电商直播基地的实施方案",
            "doc_number": "三元里街办发〔2026〕5号",
            "issuer": ["广州市白云区三元里街道办事处"],
            "date": "2026-03-12",
            "published": None,
            "level": "county",
            "region": "广州市白云区三元里街道",
            "effective": None,
            "expires": None,
            "attachments": ["三元里街道跨境电商直播基地入驻企业申请表"],
            "doc_type": "方案",
            "recipients": ["各社区居委会", "辖区各企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ====================================================================
# Document 2: 宁明县爱店镇人民政府 通知 + 附件 管理办法
# ====================================================================
def doc_aidian():
    stem = "blind670_ningming_aidian_tongzhi"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    c_notice = []
    c_banfa = []

    empty(doc)
    add_p(doc, [("宁明县爱店镇人民政府文件", XBS, 34, False, RED)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc)
    # 文号 inside a one-cell layout table whose bottom border is the red line
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"bottom": ("single", 24, "FF0000")})
    set_cell_text(t.cell(0, 0), "爱镇政发〔2026〕3号", FS, 16)
    t.cell(0, 0).width = Cm(15.6)
    empty(doc)
    # title: one paragraph with a soft line break
    add_p(doc, [("宁明县爱店镇人民政府关于进一步加强\n边民互市点规范管理的通知", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    add_p(doc, ["各村民委员会、社区居民委员会，镇直各单位，各边民互助组："], indent=False)

    def NP(text, head=None):
        # notice paragraphs: typed with two full-width spaces instead of indent
        if head:
            add_p(doc, ["　　", (head, HT, 16, False), text], indent=False)
            c_notice.append(head + text)
        else:
            add_p(doc, ["　　" + text], indent=False)
            c_notice.append(text)

    NP("为进一步规范爱店边民互市点经营秩序，保障边民合法权益，促进边民互市贸易健康发展，根据《边民互市贸易管理办法》及自治区、崇左市、宁明县有关规定，结合我镇实际，镇人民政府制定了《爱店镇边民互市点管理办法》，现印发给你们，并就有关事项通知如下，请认真贯彻执行。")
    NP("各村（社区）要切实履行属地管理职责，指定专人负责本村（社区）边民互市贸易工作，做好辖区边民身份核验、边民证申领初审和参与互市贸易情况登记，每月5日前将上月情况报镇边贸服务中心。",
       head="一、压实属地管理责任。")
    NP("边民互助组是边民参与互市贸易的主要组织形式，各互助组要严格按照章程运行，做到以下几点：",
       head="二、规范边民互助组运行。")
    NP("（一）互助组组长由组员民主推选产生，报镇人民政府备案，组长变更的应当在10个工作日内重新备案；")
    NP("（二）互助组应当建立组员名册和交易台账，如实记录每笔交易的商品名称、数量、金额和参与边民；")
    NP("（三）严禁互助组出借、出租边民证件，严禁为他人代办互市申报或者帮助他人化整为零、变相从事一般贸易。")
    NP("爱店边民互市点管理服务站要配合爱店海关、边境管理派出所等单位，落实互市点进出人员、车辆登记制度，交易时间为每日8:00至18:00，非交易时间禁止货物进出互市点；对互市点内摊位实行统一编号、统一管理，严禁占道经营。",
       head="三、加强互市点现场管理。")
    NP("积极引导互市进口商品在镇内落地加工，支持边民互助组与爱店中药材加工园区内企业开展合作，对互市进口的中药材、坚果、水产品等商品优先就地加工转化。镇经济发展办要会同有关部门做好产销对接服务。",
       head="四、推进互市商品落地加工。")
    NP("对借用边民名义走私、偷逃税款、扰乱互市秩序等行为，镇人民政府将配合海关、公安、市场监管等部门依法从严查处；涉嫌犯罪的，移送司法机关依法处理。对参与违法违规行为的边民，取消其当年度享受边民互市贸易政策的资格。",
       head="五、严厉打击违法违规行为。")
    NP("各村（社区）、各边民互助组要通过村民大会、宣传栏、微信群等方式，广泛宣传边民互市贸易政策和《爱店镇边民互市点管理办法》，引导边民依法依规参与互市贸易。",
       head="六、加强宣传引导。")
    NP("联系人：镇边贸服务中心 农文辉，联系电话：0771-8652013。")
    empty(doc)
    add_p(doc, ["　　附件：爱店镇边民互市点管理办法"], indent=False)
    empty(doc, 3)
    add_p(doc, ["宁明县爱店镇人民政府" + "　" * 2],
          align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_p(doc, ["二〇二六年二月二十六日" + "　" * 2],
          align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # ---- attachment: the 办法
    page_break(doc)
    add_p(doc, [("附件", HT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    add_p(doc, [("爱店镇边民互市点管理办法", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)

    def CH(text):
        add_p(doc, [(text, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def ART(num, text):
        add_p(doc, [(num, HT, 16, False), "　" + text])
        c_banfa.append(num + "　" + text)

    def ITEM(text):
        add_p(doc, [text])
        c_banfa.append(text)

    CH("第一章　总　　则")
    ART("第一条", "为加强爱店边民互市点管理，规范边民互市贸易行为，维护互市贸易秩序，促进边境地区经济社会发展和边民增收，根据国家和自治区有关规定，结合本镇实际，制定本办法。")
    ART("第二条", "本办法适用于爱店边民互市点（以下简称互市点）内的边民互市贸易活动及相关管理服务工作。")
    ART("第三条", "本办法所称边民，是指户籍在本镇边境村（社区），并持有有效边民证件的中国公民。")
    ART("第四条", "镇人民政府负责互市点的统筹管理工作。镇边贸服务中心承担互市点日常管理服务职责，具体负责边民和边民互助组登记备案、交易秩序维护、统计分析等工作。")
    CH("第二章　边民和互助组管理")
    ART("第五条", "边民参与互市贸易，应当向镇边贸服务中心申请登记，并提交下列材料：")
    ITEM("（一）居民身份证、户口簿；")
    ITEM("（二）边民证；")
    ITEM("（三）本人银行结算账户信息；")
    ITEM("（四）参加边民互助组的，提交互助组出具的入组证明。")
    ART("第六条", "边民互助组由20名以上边民自愿组成，以村（社区）为单位组建，每名边民只能参加一个互助组。")
    ART("第七条", "边民互助组应当制定章程，明确组员权利义务、收益分配方式和内部管理制度，并报镇边贸服务中心备案。")
    ART("第八条", "边民有下列情形之一的，镇边贸服务中心应当注销其登记：")
    ITEM("（一）户籍迁出本镇边境村（社区）的；")
    ITEM("（二）本人书面申请退出的；")
    ITEM("（三）死亡或者被宣告失踪的；")
    ITEM("（四）被依法取消互市贸易资格的。")
    CH("第三章　交易管理")
    ART("第九条", "边民互市贸易应当在互市点内进行。边民每人每日免税额度按照国家规定执行，超出部分按照有关规定办理。")
    ART("第十条", "边民应当亲自参与互市交易，不得委托他人申报，不得出让、转借本人边民证件。")
    ART("第十一条", "互市进口商品应当符合国家规定的边民互市商品范围，列入《边民互市进口商品不予免税清单》的商品不享受免税政策。")
    ART("第十二条", "互市点实行摊位统一编号管理。经营户应当在指定区域亮照经营、明码标价，不得占道经营、强买强卖。")
    ART("第十三条", "互市点交易时间为每日8:00至18:00。遇节假日或者特殊情况需要调整交易时间的，由镇边贸服务中心提前公告。")
    CH("第四章　服务保障")
    ART("第十四条", "镇边贸服务中心应当在互市点设立便民服务窗口，为边民提供政策咨询、申报辅导、结算指引等服务。")
    ART("第十五条", "鼓励金融机构在互市点设立服务网点，为边民和互助组提供跨境结算、小额信贷等金融服务。")
    ART("第十六条", "支持边民互助组与落地加工企业签订购销协议，推动互市进口商品在本镇落地加工。")
    CH("第五章　监督管理")
    ART("第十七条", "镇边贸服务中心应当建立边民参与互市贸易诚信档案，对存在违规行为的边民和互助组依法依规实施信用约束。")
    ART("第十八条", "边民、互助组违反本办法规定的，由镇人民政府责令改正，并暂停其参与互市贸易资格1至6个月；情节严重的，提请有关部门依法取消其互市贸易资格；涉嫌违法犯罪的，移送有关部门依法处理。")
    ART("第十九条", "镇人民政府有关工作人员在互市点管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")
    CH("第六章　附　　则")
    ART("第二十条", "本办法由镇人民政府负责解释。")
    ART("第二十一条", "本办法自2026年3月1日起施行，有效期至2029年2月28日。《爱店镇边民互市点管理暂行办法》（爱镇政发〔2023〕11号）同时废止。")
    empty(doc, 3)
    # 版记 as a two-row table with top/bottom rules
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, {"top": ("single", 8, "000000"),
                      "bottom": ("single", 8, "000000"),
                      "insideH": ("single", 4, "000000")})
    set_cell_text(t.cell(0, 0), "抄送：宁明县商务和口岸管理局，宁明县财政局，爱店海关，爱店边境派出所。",
                  FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_text(t.cell(1, 0), "宁明县爱店镇党政综合办公室" + "　" * 6 + "2026年2月27日印发",
                  FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)

    save_and_convert(doc, stem)
    EXPECTED[stem] = [
        {
            "meta": {
                "title": "宁明县爱店镇人民政府关于进一步加强边民互市点规范管理的通知",
                "doc_number": "爱镇政发〔2026〕3号",
                "issuer": ["宁明县爱店镇人民政府"],
                "date": "2026-02-26",
                "published": None,
                "level": "county",
                "region": "宁明县爱店镇",
                "effective": None,
                "expires": None,
                "attachments": ["爱店镇边民互市点管理办法"],
                "doc_type": "通知",
                "recipients": ["各村民委员会", "社区居民委员会", "镇直各单位", "各边民互助组"],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c_notice,
        },
        {
            "meta": {
                "title": "爱店镇边民互市点管理办法",
                "doc_number": None,
                "issuer": ["宁明县爱店镇人民政府"],
                "date": "2026-02-26",
                "published": None,
                "level": "county",
                "region": "宁明县爱店镇",
                "effective": "2026-03-01",
                "expires": "2029-02-28",
                "attachments": [],
                "doc_type": "办法",
                "recipients": [],
                "publicity": None,
                "repeals": "《爱店镇边民互市点管理暂行办法》（爱镇政发〔2023〕11号）",
            },
            "clauses": c_banfa,
        },
    ]


# ====================================================================
# Document 3: 义乌市福田街道办事处 申报通知 (Word auto numbering, layout table)
# ====================================================================
def add_decimal_numbering(doc):
    numbering = doc.part.numbering_part.element
    absid, numid = "670", "670"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede all w:num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), numid)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), absid)
    num.append(a)
    numbering.append(num)
    return numid


def set_num(p, numid):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), numid)
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)


def doc_futian():
    stem = "blind670_yiwu_futian_tongzhi"
    doc = Document()
    page_setup(doc)
    page_number_footer(doc, style="hyphen")
    numid = add_decimal_numbering(doc)
    clauses = []

    empty(doc)
    add_p(doc, [("义乌市福田街道办事处", XBS, 36, False, RED)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc)
    p = add_p(doc, [("福街办〔2026〕9号", FS, 16, False)],
              align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    add_p(doc, [("义乌市福田街道办事处关于开展跨境电商", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_p(doc, [("直播基地首批入驻主体申报工作的通知", XBS, 22, False)],
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    add_p(doc, ["各社区居委会、各村经济合作社，辖区各有关企业："], indent=False)

    def P(text):
        add_p(doc, [text])
        clauses.append(text)

    def H(text):
        # headings typed as bold 黑体 runs, trailing space typed by hand
        add_p(doc, [(text, HT, 16, True), ("  ", FS, 16, False)])

    def N(text, shown_number):
        p = add_p(doc, [text], indent=False)
        set_num(p, numid)
        clauses.append(shown_number + text)

    P("根据《义乌市福田街道跨境电商直播基地建设实施方案》（福街办〔2026〕4号）安排，福田跨境电商直播基地（位于国际商贸城五区东侧）已基本完成改造，具备入驻条件。为做好首批入驻主体遴选工作，现将有关事项通知如下：")
    H("一、申报对象")
    P("在义乌市依法登记注册，从事跨境电商、直播电商及相关配套服务的企业、个体工商户和直播服务机构，优先支持辖区内国际商贸城经营户申报。")
    H("二、申报条件")
    P("申报主体应当同时符合下列条件：")
    N("具有独立法人资格或者为依法登记的个体工商户，近两年无重大违法违规记录，未被列入严重失信主体名单；", "1.")
    N("具备开展跨境电商业务的基本能力，已在亚马逊、速卖通、TikTok Shop等跨境电商平台开设店铺，或者具有明确的跨境电商直播业务计划；", "2.")
    N("拥有不少于3名专职直播运营人员；", "3.")
    N("承诺入驻后在基地内开展经营活动不少于1年，并按要求报送经营数据。", "4.")
    H("三、支持政策")
    P("（一）场地租金：首批入驻主体第一年免收直播间租金，第二年按50%收取。")
    P("（二）设备支持：基地统一配置直播基础设备，入驻主体可免费使用。")
    P("（三）培训服务：入驻主体可免费参加基地组织的跨境电商运营和直播技能培训。")
    H("四、申报程序")
    P("申报工作按以下时间安排进行：")
    cols = ["阶段", "时间", "工作内容"]
    rows = [
        ["企业申报", "2026年4月7日至4月20日", "申报主体向所在社区（村）或者街道经济发展办提交申报材料"],
        ["资格审核", "2026年4月21日至4月30日", "街道经济发展办会同市商务局对申报材料进行审核"],
        ["评审公示", "2026年5月上旬", "组织专家评审，拟入驻名单在街道微信公众号公示5个工作日"],
        ["签约入驻", "2026年5月中旬", "公示无异议的主体与基地运营方签订入驻协议"],
    ]
    grid_table(doc, cols, rows, [2.6, 4.8, 8.4])
    clauses.extend(row_clause(cols, r) for r in rows)
    H("五、工作要求")
    P("（一）各社区、村要做好政策宣传，主动对接辖区经营户，动员符合条件的主体积极申报。")
    P("（二）申报主体应当对申报材料的真实性负责，对弄虚作假的，取消其申报资格，3年内不得再次申报。")
    P("（三）申报材料一式两份，纸质材料加盖公章（个体工商户由经营者签字）后报送，电子版同时发送至邮箱fthjjfzb@163.com。")
    P("联系人：福田街道经济发展办　吴佳琪，联系电话：0579-85126733。")
    empty(doc)
    add_p(doc, ["附件：1.福田街道跨境电商直播基地首批入驻主体申报表"])
    add_p(doc, ["　　　2.入驻主体信用承诺书"])
    empty(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, {})
    set_cell_text(t.cell(0, 1), "义乌市福田街道办事处", FS, 16)
    set_cell_text(t.cell(1, 1), "2026年4月3日", FS, 16)
    for row in t.rows:
        row.cells[0].width = Cm(7.8)
        row.cells[1].width = Cm(8.0)
    add_p(doc, ["（此件公开发布）"])

    save_and_convert(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "义乌市福田街道办事处关于开展跨境电商直播基地首批入驻主体申报工作的通知",
            "doc_number": "福街办〔2026〕9号",
            "issuer": ["义乌市福田街道办事处"],
            "date": "2026-04-03",
            "published": None,
            "level": "county",
            "region": "义乌市福田街道",
            "effective": None,
            "expires": None,
            "attachments": ["福田街道跨境电商直播基地首批入驻主体申报表", "入驻主体信用承诺书"],
            "doc_type": "通知",
            "recipients": ["各社区居委会", "各村经济合作社", "辖区各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


if __name__ == "__main__":
    doc_sanyuanli()
    doc_aidian()
    doc_futian()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("done:", sorted(EXPECTED))
