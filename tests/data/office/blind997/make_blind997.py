# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 997: 外资企业座谈会发言摘要 / 会议记录 + 情况报告 (Word + PDF + expected.json)."""
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


# ---------------------------------------------------------------- helpers
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, multiple=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if multiple is not None:
        pf.line_spacing = multiple
    else:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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


def _field_page(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", pn_font=SONG, pn_align=WD_ALIGN_PARAGRAPH.CENTER):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    fp.alignment = pn_align
    font(fp.add_run(left), pn_font, 14)
    _field_page(fp, pn_font, 14)
    font(fp.add_run(right), pn_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, tab=True):
    """版记: 抄送 + 印发 between black rules."""
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if tab:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    else:
        p2 = add_par(doc, [(printer, FS, 14, False), (" " * 18, FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def textbox(doc, lines, left_pt=250, width_pt=180, height_pt=84):
    """Anchor a borderless VML text box (used by clerks to place the 落款)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=t)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="tb_luokuan" type="#_x0000_t202" stroked="f" filled="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;'
           'z-index:1;mso-position-horizontal-relative:margin">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    empty(doc, 2)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_997", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_fayan():
    """宁波：座谈会发言摘要 (no 红头, 内部资料 mark, speakers inline)."""
    stem = "blind997_ningbo_fayan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("内部资料　注意保存", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("宁波市外资企业共建“一带一路”", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("投资合作座谈会发言摘要"), XBS, 22)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def line(t):
        clauses.append(t)
        add_par(doc, t)

    line("时　　间：2026年3月12日（星期四）下午2:30")
    line("地　　点：市行政中心2号楼2409会议室")
    line("主 持 人：刘　明　市商务局党组成员、副局长")
    line("参加人员：市发展改革委、市经信局、市财政局、市人力社保局、宁波海关、国家外汇管理局宁波市分局、中国出口信用保险公司宁波分公司有关负责同志，宁波施泰因精密传动有限公司、浙江港联国际物流有限公司、宁波金峰新材料科技有限公司、宁波日昇电子有限公司、宁波华韩汽车部件有限公司等12家外资企业负责人。")
    body("会议围绕外资企业参与共建“一带一路”投资合作、拓展海外市场等内容进行了座谈交流。现将主要发言摘要整理如下：")

    def speaker(name, text):
        clauses.append(name + text)
        add_par(doc, [(name, HT, 16, False), (text, FS, 16, False)])

    def more(t):
        # continuation paragraph indented with typed full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    speaker("张伟（宁波施泰因精密传动有限公司总经理）：",
            "我们公司是德国施泰因集团在华全资子公司，2007年落户宁波经济技术开发区，主要生产工业机器人用精密减速机，2025年实现销售收入18.6亿元，其中出口占比约35%。近两年，集团把宁波工厂定位为亚太区制造和研发中心，正在筹划以宁波公司为主体到匈牙利、塞尔维亚投资设立组装工厂，就近服务中东欧客户。")
    more("在推进过程中我们遇到两个问题：一是外资企业以境内再投资方式开展境外投资，在发改、商务备案环节需要提交的材料较多，集团总部的决议文件需要公证认证，前后花了将近两个月；二是中欧班列回程货源不稳定，设备、零部件从欧洲运回来有时要等舱。希望政府部门能够进一步简化外资企业境外投资备案手续，推行“一窗受理、并联办理”。")

    speaker("李慧敏（浙江港联国际物流有限公司副总经理）：",
            "港联物流是新加坡港联集团与宁波本地企业合资设立的物流企业，主要从事海铁联运和国际货运代理业务。2025年我们依托宁波舟山港组织海铁联运集装箱12.4万标准箱，开通了宁波至西安、至乌鲁木齐再转中欧班列的海铁联运线路，货物最远到达哈萨克斯坦阿拉木图和乌兹别克斯坦塔什干。")
    more("我们有三点建议:第一，希望继续加大海铁联运补贴力度，特别是对“一带一路”沿线国家新开线路给予培育期支持；第二，希望海关在“一单制”“提单质押”等方面扩大试点，提高多式联运单证的金融属性；第三，中亚国家的铁路轨距不同，换装时间较长，希望通过政府间合作机制推动口岸通关协调。")

    # speaker 3: second paragraph typed after a manual line break (Shift+Enter)
    n3 = "陈国栋（宁波金峰新材料科技有限公司董事长）："
    t3a = "金峰新材料是港资企业，主要生产锂电池用铝塑膜和涂碳铝箔。2025年我们在印度尼西亚中苏拉威西省投资1.2亿美元建设年产8000万平方米铝塑膜项目，目前一期已经投产。"
    t3b = "境外投资最大的难题是资金和风险。一方面，境外项目融资难，境内银行对境外资产不认可抵押，希望能够推广“内保外贷”“跨境担保”等业务；另一方面，当地政策、劳工、税收等方面的风险我们心里没底，希望中国出口信用保险公司能提供更多海外投资保险产品，商务部门能多组织一些国别投资环境的培训。"
    p = doc.add_paragraph()
    font(p.add_run(n3), HT, 16)
    font(p.add_run(t3a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t3b), FS, 16)
    fmt(p)
    clauses.extend([n3 + t3a, t3b])

    speaker("王晓蕾（宁波日昇电子有限公司财务总监）：",
            "日昇电子是日资企业，在宁波已经发展了二十多年。去年我们在越南北宁省设立了一家子公司，主要做电子元器件的后道封装。从财务角度讲，我们关心的主要是跨境资金管理，比如境外子公司利润汇回、集团内资金池调拨等，手续还比较繁琐。另外，RCEP生效以后，原产地规则对我们很有用，但企业对累积规则吃得不透，希望海关多开展一些“一对一”的辅导。")

    speaker("郑海涛（宁波华韩汽车部件有限公司总经理）：",
            "华韩汽车部件是韩资企业，主要为新能源整车企业配套生产座椅骨架。随着国内整车企业到匈牙利、土耳其、泰国等地建厂，主机厂要求我们跟随配套出海。目前，我们正在泰国罗勇府选址，计划投资约6000万美元。")
    more("我们最担心的是人员出境和用工问题。派驻海外的技术人员办理签证和工作许可时间长，有时候要三四个月；同时，熟悉当地语言、法律的复合型人才很难招。建议政府牵头搭建“出海”服务平台，把律师、会计师、咨询机构等资源整合起来，为企业提供一站式服务。")

    body("会上，市发展改革委、宁波海关、国家外汇管理局宁波市分局等部门负责同志就企业关心的问题进行了现场解答。")
    body("会议最后，刘明副局长作总结讲话。他指出，外资企业是我市开放型经济的重要组成部分，也是参与共建“一带一路”的重要力量。2025年，全市实际使用外资32.8亿美元，外资企业进出口额占全市的21.6%；全市经备案的境外投资企业中，由外资企业设立的有47家，中方投资额合计6.3亿美元。")
    body("刘明强调，对企业今天提出的问题，市商务局将逐条梳理、建立清单，会同有关部门逐项研究解决，能马上办的马上办，一时难以解决的要做好解释说明，并在一个月内向企业反馈办理情况。下一步，市商务局将重点做好三方面工作：一是优化境外投资服务，推行境外投资备案“一件事”集成办理；二是加强风险防范，联合中国出口信用保险公司宁波分公司开展国别风险培训；三是完善常态化政企沟通机制，每季度召开一次外资企业座谈会，及时回应企业关切。")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 36 + "宁波市商务局", indent=False)
    add_par(doc, " " * 33 + "二〇二六年三月十三日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="宁波市外资企业共建“一带一路”投资合作座谈会发言摘要",
                     issuer=["宁波市商务局"], date="2026-03-13", region="宁波市",
                     doc_type="发言摘要"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_baogao():
    """宁波：座谈会情况报告 (红头, 签发人, 附件 table with merged cells, 版记 at end)."""
    stem = "blind997_ningbo_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("宁波市商务局", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=12, after=18)
    p = add_par(doc, [("甬商务〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周海峰", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("宁波市商务局关于外资企业共建“一带一路”", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("投资合作座谈会有关情况的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2026年3月12日，我局召开全市外资企业共建“一带一路”投资合作座谈会，市发展改革委、宁波海关、国家外汇管理局宁波市分局等7个部门（单位）和12家外资企业负责人参加会议。现将有关情况报告如下：")
    head("一、基本情况")
    body("参会企业涵盖德国、新加坡、日本、韩国及中国香港等5个国家和地区，涉及高端装备、汽车零部件、新材料、电子信息、现代物流等行业，2025年合计实现营业收入126.7亿元、进出口额58.3亿美元。12家企业中，已在共建“一带一路”国家投资设立企业的有7家，正在筹划的有4家，投资目的地主要集中在东南亚、中东欧和中亚地区。")
    body("会上，5家企业作了重点发言，其余企业作了书面交流，各有关部门负责同志对企业关心的政策问题作了现场解答。会议共收集企业问题诉求15条，现场解答7条，其余8条已梳理形成问题诉求清单（见附件）。")
    head("二、企业反映的主要问题")
    runin("（一）境外投资备案手续仍较繁琐。", "外资企业以境内再投资方式开展境外投资，需提交境外母公司决议等材料并办理公证认证，备案周期较长，企业希望推行境外投资备案“一窗受理、并联办理”。")
    runin("（二）跨境融资和资金管理需求迫切。", "企业反映境外项目融资难，境内银行对境外资产认可度低；境外子公司利润汇回、跨国公司资金池调拨等业务手续较多，希望进一步提升跨境资金结算便利度。")
    runin("（三）海外风险防控能力不足。", "部分企业对投资目的地的法律、税收、劳工政策了解不够，海外投资保险覆盖面不宽，希望加强国别风险培训和保险支持。")
    runin("（四）人员出境和人才保障存在短板。", "企业派驻海外人员办理签证和工作许可周期长，熟悉当地语言和法律的复合型人才紧缺。")
    runin("（五）国际物流通道有待完善。", "中欧班列回程货源不够稳定，中亚方向换装时间较长，企业希望加大海铁联运支持力度，扩大多式联运“一单制”试点。")
    head("三、下一步工作建议")
    runin("（一）建立诉求闭环办理机制。", "对清单所列问题实行“一企一档、逐项销号”，由我局牵头跟踪督办，各责任单位于2026年4月15日前将办理情况反馈我局，我局汇总后报市政府。")
    runin("（二）推行境外投资“一件事”集成办理。", "建议市发展改革委、市商务局依托浙江政务服务网，联合推行境外投资项目备案、企业境外投资备案“一窗受理、并联办理”，力争备案时限压缩至5个工作日。")
    runin("（三）打造企业“出海”综合服务平台。", "建议依托中国（浙江）自由贸易试验区宁波片区，整合法律、会计、金融、保险、咨询等专业服务资源，为企业提供政策咨询、风险预警、纠纷调解等一站式服务。")
    runin("（四）常态化开展政企沟通。", "每季度召开一次外资企业专题座谈会，邀请相关部门现场办公，及时回应企业关切。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    att = "宁波市外资企业共建“一带一路”投资合作座谈会企业问题诉求清单"
    p = add_par(doc, "附件：" + att, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    p = add_par(doc, "宁波市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（联系人：林晓东，电话：0574-87187523）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = add_par(doc, [("宁波市外资企业共建“一带一路”投资合作座谈会", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业问题诉求清单"), XBS, 20)
    empty(doc, 1, line=14)

    header = ["序号", "企业名称", "问题诉求", "责任单位"]
    rows = [
        ["1", "宁波施泰因精密传动有限公司", "简化外资企业以境内再投资方式开展境外投资的备案材料，推行境外投资备案“一窗受理、并联办理”。", "市发展改革委、市商务局"],
        ["2", "宁波金峰新材料科技有限公司", "支持银行为企业境外项目办理“内保外贷”等跨境担保业务，缓解境外项目融资难问题。", "国家外汇管理局宁波市分局"],
        ["3", "宁波日昇电子有限公司", "简化境外子公司利润汇回手续，支持企业开展跨国公司本外币一体化资金池业务。", "国家外汇管理局宁波市分局"],
        ["4", "宁波金峰新材料科技有限公司", "扩大海外投资保险覆盖面，针对印度尼西亚等重点国别开发专项保险产品。", "中国出口信用保险公司宁波分公司"],
        ["5", "宁波日昇电子有限公司", "开展RCEP原产地累积规则“一对一”辅导。", "宁波海关"],
        ["6", "宁波华韩汽车部件有限公司", "协助办理APEC商务旅行卡，缩短派驻海外技术人员出境手续办理周期。", "市外办"],
        ["7", "宁波华韩汽车部件有限公司", "搭建企业“出海”综合服务平台，整合律师、会计师、咨询机构等专业服务资源。", "市商务局、宁波片区管委会"],
        ["8", "浙江港联国际物流有限公司", "加大对共建“一带一路”国家新开海铁联运线路的培育期补贴，扩大多式联运“一单制”试点。", "市交通运输局、市财政局、宁波海关"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 3:
                set_cell(t.rows[ri].cells[ci], "", FS, 12)  # merged with the cell above
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 4.0, 7.0, 3.2])
    for row in t.rows:
        for c in row.cells:
            for cp in c.paragraphs:
                cp.paragraph_format.line_spacing = Pt(17)
    t.cell(2, 3).merge(t.cell(3, 3))
    p = add_par(doc, [("注：现场已解答的7条问题诉求未列入本清单。", FS, 14, False)],
                indent=False, line=24, before=6)
    clauses.append("注：现场已解答的7条问题诉求未列入本清单。")
    empty(doc, 1, line=12)
    banji(doc, "抄送：市委办公厅，市发展改革委，市财政局，宁波海关。",
          "宁波市商务局办公室", "2026年3月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="宁波市商务局关于外资企业共建“一带一路”投资合作座谈会有关情况的报告",
                     doc_number="甬商务〔2026〕21号", issuer=["宁波市商务局"],
                     date="2026-03-18", region="宁波市", attachments=[att],
                     doc_type="报告", recipients=["市人民政府"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_jilu():
    """厦门：会议记录 (odd title wrap, merged-header table, mixed punctuation, text-box 落款)."""
    stem = "blind997_xiamen_jilu"
    doc = Document()
    setup(doc, left="- ", right=" -", pn_font="Times New Roman")
    clauses = []
    ML = 1.5

    p = add_par(doc, [("厦门市共建“一带一路”外资企业座", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("谈会会议记录"), XBS, 22)
    empty(doc, 1)

    def body(t, first=True):
        clauses.append(t)
        add_par(doc, t, multiple=ML, indent=first)

    def labeled(lab, t):
        clauses.append(lab + t)
        add_par(doc, [(lab, HT, 16, False), (t, FS, 16, False)], multiple=ML)

    labeled("会议时间：", "2026年4月16日(星期四)上午9:30—11:45")
    labeled("会议地点：", "中国（福建）自由贸易试验区厦门片区管委会3楼第一会议室")
    labeled("主 持 人：", "黄志坚（市商务局副局长）")
    labeled("记 录 人：", "许雅婷（市商务局外资处）")
    labeled("参加人员：", "市发展改革委、厦门海关、国家税务总局厦门市税务局、厦门片区管委会有关处室负责同志，以及下列外资企业代表：")

    # participants table with a two-level header
    header = ["序号", "企业名称", "投资来源地", "参会代表／姓名", "参会代表／职务"]
    rows = [
        ["1", "厦门宏泰精密工业有限公司", "中国台湾", "林志强", "副总经理"],
        ["2", "厦门南洋嘉利粮油有限公司", "新加坡", "吴佩玲", "总经理"],
        ["3", "厦门伊藤精密模具有限公司", "日本", "山田健一", "董事长"],
        ["4", "厦门海翔国际航运有限公司", "中国香港", "陈家豪", "执行董事"],
        ["5", "厦门艾德曼医疗器械有限公司", "美国", "周敏", "财务总监"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["序号", "企业名称", "投资来源地", "参会代表", ""]):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for i, h in enumerate(["", "", "", "姓名", "职务"]):
        set_cell(t.rows[1].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.3, 6.3, 2.7, 2.5, 2.8])
    t.cell(0, 3).merge(t.cell(0, 4))
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    empty(doc, 1, line=12)

    add_par(doc, [("会议内容：", HT, 16, False)], multiple=ML)
    body("会议由黄志坚副局长主持。黄志坚介绍了今年以来全市利用外资和对外投资情况：1—3月，全市新设外商投资企业286家，实际使用外资4.1亿美元，同比增长6.8%；全市企业对共建“一带一路”国家非金融类直接投资2.3亿美元，同比增长12.4%。随后，参会企业代表依次发言。")

    def speaker(name, text):
        clauses.append(name + text)
        add_par(doc, [(name, KT, 16, True), (text, FS, 16, False)], multiple=ML)

    speaker("林志强（厦门宏泰精密工业有限公司副总经理）：",
            "宏泰是台资企业，主要生产笔记本电脑结构件。为应对客户供应链调整，我们2025年在越南海防投资4500万美元设立了新工厂，目前厦门总部负责研发、模具和高端产品生产，越南工厂负责组装。建议：一是支持台资企业以厦门为总部开展“两岸+东盟”布局，在总部企业认定、研发费用加计扣除等方面给予政策倾斜；二是希望厦门海关对往来越南的模具、半成品进出境给予通关便利。")
    speaker("吴佩玲(厦门南洋嘉利粮油有限公司总经理):",
            "我们的原料大豆、棕榈油主要从巴西、印度尼西亚、马来西亚进口，依托“丝路海运”航线运到厦门港。目前“丝路海运”命名航线已经覆盖了我们的主要进口来源地，运输时效比较稳定。希望进一步扩大“丝路海运”信息服务平台与海关、港口的数据共享，实现提单、舱单、报关信息“一次录入、全程共享”。")
    body("另外，我们计划在马来西亚柔佛州投资建设一个棕榈油精炼厂，总投资约8000万美元，希望商务部门能够帮助对接当地工业园区和中资企业商会。")
    speaker("山田健一（厦门伊藤精密模具有限公司董事长）：",
            "（翻译转述）伊藤模具来厦门已经18年了，公司在厦门的员工有860人。我们看好金砖国家市场，准备以厦门公司为平台，到印度、巴西拓展业务。希望厦门进一步发挥金砖国家新工业革命伙伴关系创新基地的作用，多组织企业参加金砖国家的展会和对接活动。")
    speaker("陈家豪（厦门海翔国际航运有限公司执行董事）：",
            "海翔航运主要经营厦门至东南亚、中东的集装箱航线，现有船舶14艘。2025年我们新开通厦门至阿联酋杰贝阿里、沙特达曼的航线，已纳入“丝路海运”命名航线。当前国际运价波动较大，新航线经营压力不小，希望政府在航线培育补贴方面给予一定支持，同时支持航运企业在厦门片区开展国际船舶登记。")
    speaker("周敏（厦门艾德曼医疗器械有限公司财务总监）：",
            "我们关注的是税收问题。公司正在筹划到沙特阿拉伯设立销售公司，希望税务部门就我国与共建“一带一路”国家签订的税收协定开展专题辅导，帮助企业用好境外所得税收抵免政策，避免双重征税。")
    body("厦门海关、国家税务总局厦门市税务局、厦门片区管委会有关负责同志分别就通关便利化、税收协定待遇、自贸片区政策等问题作了回应。")

    add_par(doc, [("主持人总结：", HT, 16, False)], multiple=ML)
    body("黄志坚副局长对各企业提出的意见建议表示感谢，并就下一步工作提出三点意见：")
    body("1.梳理形成问题清单。会后由市商务局外资处对企业诉求逐条梳理，按职责分工转交相关部门办理，办理结果于5月底前反馈企业。")
    body("2.强化“出海”服务保障。依托“丝路海运”、金砖创新基地等平台，为企业提供国别政策、投资对接、法律咨询等服务，年内组织不少于4场“一带一路”国别投资环境说明会。")
    body("3.健全常态化沟通机制。用好外资企业“首席服务专员”制度，对重点外资企业实行“一企一专员”，及时协调解决企业在境外投资中遇到的问题。")
    empty(doc, 1)
    textbox(doc, ["厦门市商务局", "2026年4月17日"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="厦门市共建“一带一路”外资企业座谈会会议记录",
                     issuer=["厦门市商务局"], date="2026-04-17", region="厦门市",
                     doc_type="会议记录"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fayan(), doc_baogao(), doc_jilu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
