# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 403: Word files with watermark, running header (not on first page),
footer "第 X 页"; a 管理办法（征求意见稿） and a 工作方案 with a 分工 table."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

VML_NS = ('xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" ')


# ----------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, first=None, left=None, exact=28.9, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def body(doc, *runs, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw):
    """runs: str (plain 仿宋) or tuples (text, east, bold) or 'BR' for soft break"""
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, **kw)
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            set_font(p.add_run(r))
        else:
            text, east, bold = r
            set_font(p.add_run(text), east=east, bold=bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def heading(doc, text, east=HT, align=None, first=32):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first if align is None else 0)
    p.paragraph_format.keep_with_next = True
    set_font(p.add_run(text), east=east)
    return p


def title(doc, *parts, size=22):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(t), east=XBS, size=size)
    return p


def add_field(p, instr, placeholder="1", east=SONG, size=14):
    r = p.add_run()
    set_font(r, east=east, size=size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, east=east, size=size)
    it = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    r._element.append(it)
    r = p.add_run()
    set_font(r, east=east, size=size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run(placeholder)
    set_font(r, east=east, size=size)
    r = p.add_run()
    set_font(r, east=east, size=size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    set_font(p.add_run("第 "), east=SONG, size=14)
    add_field(p, "PAGE")
    set_font(p.add_run(" 页"), east=SONG, size=14)


def wordart_watermark(paragraph, text, wid):
    """Word's own 'printed watermark' (VML WordArt, PowerPlusWaterMarkObject)."""
    xml = (
        '<w:r %s %s><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:formulas>'
        '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
        '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
        '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
        '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
        '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>'
        '</v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" '
        'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/>'
        '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/>'
        '</v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject%d" o:spid="_x0000_s20%02d" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:415.3pt;height:138.4pt;'
        'rotation:315;z-index:-251654144;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
        '<v:fill opacity=".5"/>'
        '<v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="%s"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        '</v:shape></w:pict></w:r>'
    ) % (nsdecls("w"), VML_NS, wid, wid % 97, text)
    paragraph._p.append(parse_xml(xml))


def textbox_watermark(paragraph, text, wid):
    """A grey text box typed into the header by hand (shape, not WordArt)."""
    xml = (
        '<w:r %s %s><w:rPr><w:noProof/></w:rPr><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBoxWM%d" o:spid="_x0000_s30%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:380pt;height:120pt;'
        'rotation:-30;z-index:-251640000;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
        'mso-position-vertical-relative:margin" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
        '<w:color w:val="D0D0D0"/><w:sz w:val="140"/><w:szCs w:val="140"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox>'
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        '</v:shape></w:pict></w:r>'
    ) % (nsdecls("w"), VML_NS, wid, wid % 97, text)
    paragraph._p.append(parse_xml(xml))


def bottom_border(p, color="000000", sz=6, space=1):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, space, color)))


def running_header(header, text, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = header.paragraphs[0]
    p.alignment = align
    set_font(p.add_run(text), east=KT, size=10.5)
    bottom_border(p, sz=4)
    return p


def setup_page(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.4)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, exact=20)
    set_font(p.add_run(text), east=east, size=size, bold=bold)


def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    xml = '<w:tcBorders %s>' % nsdecls("w")
    for edge in ("top", "left", "bottom", "right"):
        v = edges.get(edge, "nil")
        if v == "nil":
            xml += '<w:%s w:val="nil"/>' % edge
        else:
            xml += '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (edge, v)
    xml += '</w:tcBorders>'
    tcPr.append(parse_xml(xml))


CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_403", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ===================================================== document 1: Xiamen 办法
XM_SHORT = "公共海外仓认定和扶持管理办法（征求意见稿）"
XM_TITLE = "厦门市跨境电子商务公共海外仓认定和扶持管理办法（征求意见稿）"

# (chapter heading as typed, [articles]); an article is str or (lead, [items])
XM_CHAPTERS = [
    ("第一章　总　则", [
        "为贯彻落实国家关于加快发展外贸新业态新模式的决策部署，支持我市跨境电子商务企业和外贸企业布局海外仓，提升公共海外仓服务能力，推动跨境电子商务高质量发展，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）、《中国（厦门）跨境电子商务综合试验区实施方案》等有关规定，结合本市实际，制定本办法。",
        ("BR2", "本办法所称公共海外仓，是指由在本市依法注册的企业在境外投资建设或者租赁运营，面向跨境电子商务企业和其他外贸企业提供仓储、分拣、包装、",
         "配送、退换货、售后维修等服务的海外仓储设施。"),
        "公共海外仓的认定和扶持遵循“企业自愿、公开公正、择优扶持、动态管理”的原则。",
        "市商务局负责公共海外仓的认定、年度评估和动态管理，会同市财政局制定年度扶持资金使用计划；市财政局负责扶持资金的预算安排和拨付；厦门海关、中国（福建）自由贸易试验区厦门片区管理委员会和各区人民政府按照各自职责做好相关工作。",
    ]),
    ("第二章　认定条件", [
        ("申请认定公共海外仓的企业（以下简称申请企业）应当同时符合下列条件：", [
            "（一）在本市依法注册登记，具有独立法人资格，近三年未发生严重失信行为，未被列入失信被执行人名单；",
            "（二）在境外拥有或者租赁使用的单个仓库面积不低于5000平方米，租赁期限自申请之日起不少于2年；",
            "（三）上一年度海外仓服务的本市跨境电子商务企业和外贸企业不少于20家，其中非关联企业不少于10家；",
            "（四）具备仓储管理系统（WMS）、订单管理系统（OMS）等信息化管理系统，能够与中国（厦门）跨境电子商务综合试验区线上综合服务平台实现数据对接；",
            "（五）具有与业务规模相适应的专业运营团队，能够提供清关、仓储、配送、退换货等一站式服务。",
        ]),
        "申请材料弄虚作假，或者近两年内因违反海关、税务、外汇管理等法律法规受到行政处罚且情节严重的，不予认定。",
    ]),
    ("第三章　认定程序", [
        "公共海外仓认定每年组织一次。市商务局于每年第二季度发布申报通知，明确申报时间、申报材料和申报方式。",
        ("申请企业应当通过厦门市商务局门户网站或者“i厦门”政务服务平台提交下列材料：", [
            "（一）厦门市跨境电子商务公共海外仓认定申请表（附件1）；",
            "（二）企业营业执照及境外投资备案或者核准文件；",
            "（三）海外仓产权证明或者租赁合同，以及仓库照片、平面图；",
            "（四）上一年度服务企业名单及服务合同、结算凭证；",
            "（五）经会计师事务所审计的上一年度财务报表；",
            "（六）信用承诺书。",
        ]),
        "各区商务主管部门自收到申报材料之日起10个工作日内完成初审，并将初审意见报送市商务局。市商务局组织专家或者委托第三方机构进行评审，必要时开展视频核查或者实地核查。",
        "市商务局根据评审结果研究确定拟认定名单，在市商务局门户网站公示5个工作日。公示无异议的，认定为“厦门市跨境电子商务公共海外仓”并公布名单；公示有异议的，由市商务局组织核实后作出决定。",
        "公共海外仓认定有效期为3年。有效期届满需要继续认定的，企业应当在有效期届满前3个月内按照本办法重新申请。",
    ]),
    ("第四章　扶持措施", [
        "对新认定的公共海外仓，按照仓库面积给予一次性奖励：面积5000平方米以上不足1万平方米的，奖励50万元；1万平方米以上不足2万平方米的，奖励100万元；2万平方米以上的，奖励150万元。",
        "对公共海外仓上一年度租金、仓储管理系统建设和维护费用，按照不超过实际发生额30%的比例给予补助，单个企业每年补助最高不超过200万元。",
        "公共海外仓服务本市跨境电子商务企业出口货值上一年度达到1亿元的，给予20万元奖励；每增加1亿元，增加奖励10万元，单个企业每年最高不超过100万元。",
        "鼓励公共海外仓企业通过中欧班列（厦门）、海运快船等方式开展头程运输。对通过中欧班列（厦门）运输至海外仓的货物，按照每标准箱1000元给予运费补助，单个企业每年最高不超过50万元。",
        "对公共海外仓企业投保海外投资保险和短期出口信用保险的，按照实际缴纳保费的50%给予补助。",
        "同一项目同时符合本办法和本市其他扶持政策的，按照就高不重复原则给予支持，不得重复申报。",
    ]),
    ("第五章  监督管理", [
        "公共海外仓企业应当于每年3月31日前向市商务局报送上一年度运营情况报告（附件2），如实反映仓库面积、服务企业数量、出口货值、退换货处理量等情况。",
        "市商务局对公共海外仓实行年度评估。年度评估结果分为优秀、合格、不合格三个等次。年度评估不合格的，限期整改；连续两年评估不合格的，撤销认定。",
        ("有下列情形之一的，由市商务局撤销公共海外仓认定，追回已拨付的扶持资金，并按照有关规定将相关信息纳入公共信用信息系统：", [
            "（一）以欺骗、贿赂等不正当手段取得认定或者扶持资金的；",
            "（二）未按照规定报送运营情况报告，经催告后仍不报送的；",
            "（三）海外仓停止运营满6个月的；",
            "（四）发生重大安全生产事故、严重违法失信行为的。",
        ]),
        "扶持资金应当专款专用，任何单位和个人不得截留、挪用。对违反规定的，依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关处理。",
    ]),
    ("第六章　附　则", [
        "本办法由市商务局、市财政局负责解释。",
        "本办法自2026年　月　日起施行，有效期5年。《厦门市跨境电子商务海外仓扶持办法》（厦商务规〔2022〕4号）同时废止。",
    ]),
]

XM_ATTACH = ["厦门市跨境电子商务公共海外仓认定申请表",
             "厦门市跨境电子商务公共海外仓年度运营情况报告（模板）"]


def make_xiamen():
    doc = Document()
    sec = doc.sections[0]
    setup_page(sec)
    sec.different_first_page_header_footer = True
    # first page header: watermark only; other pages: running short title + watermark
    fp = sec.first_page_header.paragraphs[0]
    wordart_watermark(fp, "征求意见稿", 4031)
    hp = running_header(sec.header, XM_SHORT)
    wordart_watermark(hp, "征求意见稿", 4032)
    page_footer(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)
    page_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)

    empty(doc)
    title(doc, "厦门市跨境电子商务公共海外仓", "认定和扶持管理办法")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("（征求意见稿）"), east=KT)
    empty(doc)

    clauses = []
    n = 0
    for ch_i, (chap, arts) in enumerate(XM_CHAPTERS):
        if ch_i:
            empty(doc)
        heading(doc, chap, align=WD_ALIGN_PARAGRAPH.CENTER)
        for art in arts:
            n += 1
            label = "第%s条" % cn_num(n)
            if isinstance(art, str):
                body(doc, (label, HT, False), "　" + art)
                clauses.append(label + "　" + art)
            elif art[0] == "BR2":
                _, a, b = art
                body(doc, (label, HT, False), "　" + a, "BR", b)
                clauses.append(label + "　" + a + b)
            else:
                lead, items = art
                body(doc, (label, HT, False), "　" + lead)
                clauses.append(label + "　" + lead)
                for it in items:
                    body(doc, it)
                    clauses.append(it)

    empty(doc)
    body(doc, "附件：1." + XM_ATTACH[0])
    body(doc, "　　　2." + XM_ATTACH[1])
    empty(doc, 2)

    # joint 落款 typed in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ["厦门市商务局", "厦门市财政局"]):
        cell_text(c, txt, size=16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2026年3月16日　　　　"))

    path = os.path.join(HERE, "blind403_xiamen_banfa.docx")
    doc.save(path)

    meta = {
        "title": XM_TITLE,
        "doc_number": None,
        "issuer": ["厦门市商务局", "厦门市财政局"],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": XM_ATTACH,
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《厦门市跨境电子商务海外仓扶持办法》（厦商务规〔2022〕4号）",
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ================================================ document 2: Xi'an 工作方案
FA_TITLE = "西安国际港务区中欧班列（西安）提质增效工作方案（2026—2027年）"
FA_SHORT = "中欧班列（西安）提质增效工作方案"
TZ_TITLE = "西安国际港务区管理委员会关于印发《%s》的通知" % FA_TITLE

FENGONG_HEAD = ["序号", "重点任务", "工作内容", "牵头单位", "配合单位", "完成时限"]
FENGONG = [
    ("1", "拓展国际通道网络", "新增中欧班列国际线路2条以上", "区商务和口岸局", "西安国际陆港集团有限公司", "2026年12月底"),
    ("2", "拓展国际通道网络", "推动跨里海国际运输走廊班列常态化运行", "西安国际陆港集团有限公司", "区商务和口岸局", "2027年6月底"),
    ("3", "提升集结中心功能", "推进西安综合保税区与西安铁路口岸一体化运营", "区综合保税区管理办公室", "区商务和口岸局", "2026年9月底"),
    ("4", "提升集结中心功能", "推广“一次申报、一次查验、一次放行”通关模式", "区商务和口岸局", "区综合保税区管理办公室", "持续推进"),
    ("5", "促进班列与产业融合", "支持跨境电商企业在班列沿线国家布局海外仓", "区商务和口岸局", "区财政局", "2027年12月底"),
    ("6", "促进班列与产业融合", "发展保税维修、保税展示交易等新业态", "区综合保税区管理办公室", "区经济发展局", "2027年6月底"),
    ("7", "促进班列与产业融合", "扩大进口肉类、木材、粮食等回程货源", "西安国际陆港集团有限公司", "区商务和口岸局", "持续推进"),
    ("8", "优化营商服务环境", "开展铁路运单物权化试点", "区金融服务局", "区商务和口岸局、西安国际陆港集团有限公司", "2026年12月底"),
    ("9", "优化营商服务环境", "吸引境外物流企业在区内设立区域总部", "区投资合作局", "区商务和口岸局", "2027年12月底"),
]


def add_numbering(doc, abs_id, num_id):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls("w"), abs_id)
    first_num = numbering.find(qn("w:num"))
    a = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, abs_id)))
    return num_id


def auto_item(doc, text, num_id):
    p = body(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    # numPr must come right after pStyle / keepNext etc.; put it first
    ppr.insert(0, numpr)
    return p


def make_xian():
    doc = Document()
    sec = doc.sections[0]
    setup_page(sec)
    sec.different_first_page_header_footer = True
    doc.settings.odd_and_even_pages_header_footer = True
    textbox_watermark(sec.first_page_header.paragraphs[0], "内部资料", 4041)
    hp = running_header(sec.header, FA_SHORT, align=WD_ALIGN_PARAGRAPH.CENTER)
    textbox_watermark(hp, "内部资料", 4042)
    hp = running_header(sec.even_page_header, FA_SHORT, align=WD_ALIGN_PARAGRAPH.CENTER)
    textbox_watermark(hp, "内部资料", 4043)
    page_footer(sec.first_page_footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # 版头
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None)
    set_font(p.add_run("西安国际港务区管理委员会文件"), east=XBS, size=32, color="FF0000", scale=85)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("西港管发〔2026〕7号"))
    bottom_border(p, color="FF0000", sz=18, space=8)
    empty(doc)

    title(doc, "西安国际港务区管理委员会关于印发", "《西安国际港务区中欧班列（西安）",
          "提质增效工作方案（2026—2027年）》", "的通知")
    empty(doc)
    body(doc, "区属各部门，各直属单位：", first=0)
    tz1 = ("现将《%s》印发给你们，请结合工作实际，认真抓好贯彻落实。执行中遇到的问题，请及时向区商务和口岸局反映。" % FA_TITLE)
    body(doc, tz1)
    tz2 = "联系人：王晓峰，联系电话：029-83387516。"
    body(doc, tz2)
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("西安国际港务区管理委员会　　　"))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2026年2月27日　　　　　"))
    tz_clauses = [tz1, tz2]

    # ------------------------------------------------ 方案 on a new page
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)
    title(doc, "西安国际港务区中欧班列（西安）提质增效", "工作方案（2026—2027年）")
    empty(doc)
    fa = []

    def run_in(head, text):
        body(doc, (head, KT, True), text)
        fa.append(head + text)

    intro = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快中欧班列（西安）集结中心建设，推动中欧班列提质增效，服务构建新发展格局，结合港务区实际，制定本方案。")
    body(doc, intro)
    fa.append(intro)

    heading(doc, "一、总体要求")
    run_in("（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深度融入共建“一带一路”大格局，以中欧班列（西安）集结中心建设为牵引，推动班列运行由“规模速度型”向“质量效益型”转变，为建设内陆改革开放高地提供有力支撑。")
    run_in("（二）主要目标。", "到2027年底，中欧班列（西安）年开行量稳定在5000列以上，重箱率保持在98%以上，回程班列占比提升至45%；培育年货值超10亿元的班列运营和物流企业5家以上，“班列+跨境电商”“班列+综合保税区”等融合发展模式取得明显成效。")

    heading(doc, "二、重点任务")
    n1 = add_numbering(doc, 90, 90)
    n2 = add_numbering(doc, 91, 91)
    body(doc, ("（一）拓展国际通道网络。", KT, True))
    # a run-in heading standing alone on its line: a heading, not a clause
    for t in ["巩固提升西安至汉堡、杜伊斯堡、罗兹等主干线路，加密至中亚五国的“点对点”直达班列，年内新增国际线路2条以上。",
              "推动跨里海国际运输走廊常态化运行，打造经阿塞拜疆、格鲁吉亚至土耳其和东南欧的南向通道。"]:
        auto_item(doc, t, n1)
    fa.append("1.巩固提升西安至汉堡、杜伊斯堡、罗兹等主干线路，加密至中亚五国的“点对点”直达班列，年内新增国际线路2条以上。")
    fa.append("2.推动跨里海国际运输走廊常态化运行，打造经阿塞拜疆、格鲁吉亚至土耳其和东南欧的南向通道。")
    run_in("（二）提升集结中心功能。", "推进西安综合保税区、西安铁路口岸一体化运营，完善多式联运海关监管中心功能，推广“一次申报、一次查验、一次放行”通关模式，压缩班列货物通关时间。")
    body(doc, ("（三）促进班列与产业融合。", KT, True))
    items3 = ["支持跨境电商企业利用中欧班列开展跨境电商B2B直接出口（9710）、出口海外仓（9810）业务，鼓励企业在班列沿线国家布局海外仓。",
              "依托西安综合保税区发展保税维修、保税展示交易等新业态，引导汽车、光伏、装备制造等本地优势产业通过班列出口。",
              "大力发展“班列+贸易”模式，扩大进口肉类、木材、粮食等回程货源。"]
    for i, t in enumerate(items3, 1):
        auto_item(doc, t, n2)
        fa.append("%d.%s" % (i, t))
    run_in("（四）优化营商服务环境。", "开展铁路运单物权化试点，探索铁路运输单证融资业务；落实外商投资准入前国民待遇加负面清单管理制度，吸引境外物流企业在区内设立区域总部。")

    heading(doc, "三、保障措施")
    run_in("（一）加强组织领导。", "成立由管委会主要负责同志任组长的中欧班列提质增效工作专班，专班办公室设在区商务和口岸局，统筹推进各项任务落实。")
    run_in("（二）强化政策支持。", "统筹用好省、市中欧班列发展专项资金和区级产业扶持资金，对新开线路、回程班列和“班列+”融合项目给予支持。")
    run_in("（三）严格督导考核。", "将重点任务纳入区属各部门年度目标责任考核，区商务和口岸局每季度汇总工作进展，报管委会。")

    heading(doc, "四、任务分工")
    s = "各责任单位要按照下表明确的分工，细化工作措施，确保按期完成。"
    body(doc, s)
    fa.append(s)

    t = doc.add_table(rows=1 + len(FENGONG), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(2.4), Cm(4.4), Cm(2.8), Cm(2.8), Cm(2.0)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    hdr = t.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for c, h in zip(hdr.cells, FENGONG_HEAD):
        cell_text(c, h, east=HT, size=12)
    for r_i, row in enumerate(FENGONG, 1):
        cells = t.rows[r_i].cells
        for c_i, val in enumerate(row):
            if c_i == 1:
                continue
            cell_text(cells[c_i], val, size=12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c_i == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        fa.append("；".join("%s：%s" % (h, v) for h, v in zip(FENGONG_HEAD, row)))
    # vertically merge 重点任务 column over groups
    start = 1
    while start <= len(FENGONG):
        end = start
        while end + 1 <= len(FENGONG) and FENGONG[end][1] == FENGONG[start - 1][1]:
            end += 1
        top = t.cell(start, 1)
        if end > start:
            top = top.merge(t.cell(end, 1))
            for extra in top.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
        cell_text(top, FENGONG[start - 1][1], size=12)
        start = end + 1

    # 版记 (a bordered two-row table at the very end)
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = bj.rows[0].cells[0], bj.rows[1].cells[0]
    cell_text(c0, "抄送：市商务局，市发展改革委，西安海关。", size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(c1, "西安国际港务区管理委员会办公室　　　　　　2026年2月27日印发", size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_borders(c0, top=12, bottom=4)
    set_cell_borders(c1, top=4, bottom=12)

    path = os.path.join(HERE, "blind403_xian_fangan.docx")
    doc.save(path)

    meta_tz = {
        "title": TZ_TITLE,
        "doc_number": "西港管发〔2026〕7号",
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2026-02-27",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["区属各部门", "各直属单位"],
        "publicity": None,
        "repeals": None,
    }
    meta_fa = dict(meta_tz)
    meta_fa.update({"title": FA_TITLE, "doc_number": None, "doc_type": "方案", "recipients": []})
    return path, [{"meta": meta_tz, "clauses": tz_clauses}, {"meta": meta_fa, "clauses": fa}]


def main():
    expected = {}
    for maker in (make_xiamen, make_xian):
        path, docs = maker()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
