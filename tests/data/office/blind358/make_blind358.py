# ruff: noqa
#!/usr/bin/env python3
"""Round 358 (blind): one provincial 政策文件汇编 printed as a book.

Writes, next to this script:
  blind358_hunan_huibian.docx  (python-docx)
  blind358_hunan_huibian.pdf   (LibreOffice, private profile /tmp/lo_358)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind358.py
All names, numbers and document numbers are fictional.
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "blind358_hunan_huibian"
BOOK = "湖南省开放型经济政策文件汇编（2026）"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BODY = 10.5          # 五号: the book is reset in a smaller type than the originals
LINE = 15            # exact line spacing, pt

# page numbers of the book body (restart at 1 on the first divider); checked against the PDF
PAGE_OF = {"d1": 2, "d2": 4, "d3": 5, "d4": 7, "d5": 9, "d6": 9}


# ----------------------------------------------------------------- helpers
def set_fonts(run, font):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)


def add_text(p, text, font=FS, size=BODY, bold=False, color=None):
    """Add text to paragraph p; a '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_fonts(r, font)
        r.font.size = Pt(size)
        r.font.bold = bold
        if color is not None:
            r.font.color.rgb = color
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def para(container, segs=(), align=None, first_indent=True, before=0, after=0, line=LINE,
         font=FS, size=BODY, left_indent=None, right_indent=None, keep_next=False):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = left_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if align is not None:
        p.alignment = align
    if keep_next:
        pf.keep_with_next = True
    if isinstance(segs, str):
        segs = [(segs,)]
    for s in segs:
        if isinstance(s, str):
            s = (s,)
        text = s[0]
        f = s[1] if len(s) > 1 and s[1] else font
        sz = s[2] if len(s) > 2 and s[2] else size
        bold = s[3] if len(s) > 3 else False
        color = s[4] if len(s) > 4 else None
        add_text(p, text, f, sz, bold, color)
    return p


def border(p, sides=("bottom",), color="000000", sz=6, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr
        succ = [qn(t) for t in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc")]
        for i, child in enumerate(list(ppr)):
            if child.tag in succ:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    for side in sides:
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        bdr.append(e)


def page_break(container):
    p = container.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, font=SONG, size=10.5):
    add_text(p, "— ", font, size)
    r = p.add_run()
    set_fonts(r, font)
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    add_text(p, " —", font, size)


def sect_child(sect, tag, attrs, before=("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                                        "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid")):
    sp = sect._sectPr
    old = sp.find(qn(tag))
    if old is not None:
        sp.remove(old)
    if attrs is None:
        return
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    # insert before the first successor that exists
    for child in sp:
        if child.tag in [qn(b) for b in before]:
            child.addprevious(el)
            return
    sp.append(el)


def setup_section(sect, kind):
    """kind: 'blank' (no header/footer), 'front' (header only), 'body' (header + page number)."""
    sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
    sect.top_margin, sect.bottom_margin = Cm(2.5), Cm(2.2)
    sect.left_margin, sect.right_margin = Cm(2.6), Cm(2.4)
    sect.header_distance, sect.footer_distance = Cm(1.4), Cm(1.3)
    for hf in (sect.header, sect.footer):
        hf.is_linked_to_previous = False
        for p in hf.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        p0 = hf.paragraphs[0]
        for r in list(p0.runs):
            r._r.getparent().remove(r._r)
    if kind in ("front", "body"):
        hp = sect.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(hp, BOOK, SONG, 9)
        border(hp, ("bottom",), "000000", 4, 1)
    if kind == "body":
        fp = sect.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)


# ----------------------------------------------------------------- document content helpers
class Rec:
    """Collects expected clauses while writing."""

    def __init__(self):
        self.clauses = []
        self.specific = {}

    def add(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:24]
            self.specific[key] = places


def clause(doc, rec, head, body, places=None, head_font=KAI, soft=None):
    """A clause paragraph: optional run-in head (in 楷体/黑体) and body (仿宋).
    soft: position in body where a soft line break is inserted (the expected text has none)."""
    b = body
    if soft is not None:
        b = body[:soft] + "\n" + body[soft:]
    segs = []
    if head:
        segs.append((head, head_font))
    segs.append((b, FS))
    para(doc, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    rec.add(head + body, places)


def heading(doc, text, font=HEI):
    para(doc, [(text, font)], keep_next=True)


def title(doc, text, before=6, after=6, size=15):
    para(doc, [(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         before=before, after=after, line=size + 9)


def red_head_single(doc, organ, number):
    para(doc, [(organ, XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         before=18, after=14, line=40)
    p = para(doc, [(number, FS, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=10, line=20)
    border(p, ("bottom",), "FF0000", 18, 8)


def red_head_joint(doc, organs, number):
    t = doc.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = (Cm(9.0), Cm(3.6))
    for i, name in enumerate(organs):
        c = t.cell(i, 0)
        c.width = widths[0]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(27)
        add_text(p, name, XBS, 21, False, RED)
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    m.width = widths[1]
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, "文件", XBS, 27, False, RED)
    for i in range(len(organs)):
        t.cell(i, 1).width = widths[1]
    p = para(doc, [(number, FS, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, before=4,
             after=8, line=20)
    border(p, ("bottom",), "FF0000", 18, 8)


def signature(doc, organs_lines, date_text):
    first = True
    for line in organs_lines:
        para(doc, [(line, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False,
             before=6 if first else 0, right_indent=Cm(1.5))
        first = False
    para(doc, [(date_text, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_indent=Cm(1.1))


def banji(doc, cc, printer, date_text):
    p = para(doc, [("抄送：", FS, 10), (cc, FS, 10)], first_indent=False, before=8,
             left_indent=Cm(0.35), right_indent=Cm(0.35))
    p.paragraph_format.first_line_indent = None
    border(p, ("top", "bottom"), "000000", 6, 2)
    p = para(doc, [(printer + "\t" + date_text, FS, 10)], first_indent=False,
             left_indent=Cm(0.35), right_indent=Cm(0.35))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p, ("bottom",), "000000", 12, 2)


# ----------------------------------------------------------------- the documents
def doc1(doc):
    rec = Rec()
    title(doc, "湖南省人民政府关于深度融入共建“一带一路”\n加快建设内陆地区改革开放高地的若干措施", before=0, after=2)
    para(doc, [("（湘政发〔2025〕7号）", KAI)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=8)
    para(doc, "各市州、县市区人民政府，省政府各厅委、各直属机构：", first_indent=False)
    clause(doc, rec, "", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥我省“一带一部”"
                         "区位优势，加快建设内陆地区改革开放高地，现提出如下措施。")
    heading(doc, "一、拓展开放通道")
    clause(doc, rec, "（一）提升中欧班列运营水平。",
           "稳定开行至中亚、欧洲的常态化线路，拓展经霍尔果斯、二连浩特、满洲里口岸出境的西、中、东通道，力争到2027年"
           "全省中欧班列年开行量达到1500列以上。对新开通的国际线路，按规定给予适当运营补贴。")
    clause(doc, rec, "（二）建设怀化国际陆港。",
           "支持怀化市建设面向东盟的国际陆港，推动西部陆海新通道怀化集结中心扩能提效。对经怀化国际陆港开行的铁海联运"
           "班列，省级财政按每标准箱不超过500元给予补助。", places=["怀化市"])
    clause(doc, rec, "（三）畅通江海联运通道。",
           "支持岳阳市依托城陵矶港加密至上海洋山港和东盟国家港口的近洋直航航线，对新开辟的外贸集装箱航线给予前两年"
           "运营补助，每条航线每年最高不超过300万元。", places=["岳阳市"])
    heading(doc, "二、壮大开放主体")
    clause(doc, rec, "（四）培育外贸经营主体。",
           "实施外贸主体培育行动，对年度进出口额首次突破1亿美元、10亿美元的企业，分别给予50万元、200万元一次性奖励。"
           "支持外贸企业参加境外重点展会，展位费按不超过70%的比例给予补助。", soft=27)
    para(doc, [("（五）深化对外投资合作。", KAI)], keep_next=True)
    clause(doc, rec, "1.",
           "支持有条件的企业在东盟、中亚、非洲等地区建设境外经贸合作区和海外产业园，对经认定的省级境外经贸合作区"
           "给予最高500万元支持。")
    clause(doc, rec, "2.",
           "推动工程机械、轨道交通、电力装备等优势产业“抱团出海”，鼓励企业以带资承包、投建营一体化等方式参与共建"
           "“一带一路”国家基础设施建设。")
    heading(doc, "三、优化开放环境")
    clause(doc, rec, "（六）提升口岸通关效率。",
           "深化“智慧口岸”建设，推广“提前申报”“两步申报”等便利化措施，力争全省进出口整体通关时间较2024年再压缩"
           "10%以上。")
    clause(doc, rec, "（七）强化要素保障。",
           "省级开放型经济发展专项资金每年安排不少于3亿元，重点支持开放通道、开放平台和开放主体建设。")
    clause(doc, rec, "", "各市州人民政府要结合实际制定具体实施办法，省商务厅要会同有关部门加强统筹调度和跟踪评估，"
                         "重大情况及时报告省人民政府。")
    signature(doc, ["湖南省人民政府"], "2025年3月21日")
    para(doc, "（此件公开发布）", before=4)
    meta = {
        "title": "湖南省人民政府关于深度融入共建“一带一路”加快建设内陆地区改革开放高地的若干措施",
        "doc_number": "湘政发〔2025〕7号",
        "issuer": ["湖南省人民政府"],
        "date": "2025-03-21",
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "若干措施",
        "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return meta, rec


def doc2(doc):
    rec = Rec()
    red_head_single(doc, "湖南省商务厅文件", "湘商贸发〔2025〕18号")
    title(doc, "湖南省商务厅关于推动综合保税区\n加工贸易提质升级的通知", before=8, after=8)
    para(doc, "各市州商务主管部门，各综合保税区管委会：", first_indent=False)
    clause(doc, rec, "", "为贯彻落实《湖南省人民政府关于深度融入共建“一带一路”加快建设内陆地区改革开放高地的若干措施》"
                         "（湘政发〔2025〕7号），推动全省综合保税区加工贸易提质升级，现就有关事项通知如下：")
    clause(doc, rec, "一、引导加工贸易梯度转移。",
           "各综合保税区要主动对接粤港澳大湾区、长三角地区加工贸易产业转移，对新引进的年进出口额5000万美元以上的"
           "加工贸易项目，由所在地市州按“一事一议”给予支持。", head_font=HEI)
    clause(doc, rec, "二、支持长沙黄花综合保税区发展保税维修和再制造业务。",
           "在风险可控前提下，支持区内企业开展航空器材、工程机械、医疗器械等产品的全球保税维修业务，推动建设中部地区"
           "保税维修中心。", places=["长沙黄花综合保税区"], head_font=HEI)
    clause(doc, rec, "三、支持岳阳城陵矶综合保税区发展保税物流和大宗商品贸易。",
           "支持区内企业开展进口粮食、肉类、冷链产品分拨配送，探索开展大宗商品期货保税交割业务。",
           places=["岳阳城陵矶综合保税区"], head_font=HEI)
    clause(doc, rec, "四、支持郴州综合保税区承接湘粤港澳产业合作。",
           "支持区内企业发展有色金属精深加工、电子信息加工贸易，对承接转移项目优先保障用地、用能指标。",
           places=["郴州综合保税区"], head_font=HEI)
    clause(doc, rec, "五、加强发展绩效评价。",
           "省商务厅会同长沙海关每年对全省综合保税区开展发展绩效评估，评估结果与省级开放型经济发展专项资金分配挂钩，"
           "对连续两年排名靠后的综合保税区进行约谈。", head_font=HEI)
    clause(doc, rec, "", "各地在执行中遇到的问题，请及时报告省商务厅（对外贸易处）。联系人：刘敏，联系电话：0731-82281956。")
    para(doc, [("附件：2026年度全省综合保税区加工贸易重点项目表（略）", FS)], before=10)
    signature(doc, ["湖南省商务厅"], "2025年6月12日")
    para(doc, "（此件公开发布）", before=4)
    banji(doc, "商务部对外贸易司，长沙海关，省发展改革委、省财政厅。", "湖南省商务厅办公室", "2025年6月13日印发")
    meta = {
        "title": "湖南省商务厅关于推动综合保税区加工贸易提质升级的通知",
        "doc_number": "湘商贸发〔2025〕18号",
        "issuer": ["湖南省商务厅"],
        "date": "2025-06-12",
        "published": "2025-06-13",
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度全省综合保税区加工贸易重点项目表"],
        "doc_type": "通知",
        "recipients": ["各市州商务主管部门", "各综合保税区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return meta, rec


def doc3(doc):
    rec = Rec()
    red_head_joint(doc, ["湖南省商务厅", "湖南省财政厅", "长沙海关"], "湘商贸发〔2025〕41号")
    title(doc, "湖南省商务厅　湖南省财政厅　长沙海关\n关于支持跨境电商和海外仓高质量发展的通知", before=2, after=4)
    para(doc, "各市州商务主管部门、财政局，长沙海关各隶属海关：", first_indent=False)
    clause(doc, rec, "", "为加快发展跨境电商、海外仓等外贸新业态新模式，现就有关事项通知如下。")
    heading(doc, "一、壮大跨境电商经营主体")
    clause(doc, rec, "（一）支持跨境电商综合试验区建设。",
           "支持长沙、岳阳、湘潭、郴州跨境电子商务综合试验区开展监管创新和服务创新，对年度考核评估位列全国第一档的"
           "综合试验区，由省级财政给予一次性奖励300万元。", places=["长沙市", "岳阳市", "湘潭市", "郴州市"])
    clause(doc, rec, "（二）培育跨境电商品牌。",
           "鼓励企业开展境外商标注册和国际认证，对获得境外商标注册的跨境电商企业，按实际发生费用的50%给予补助，"
           "单个企业每年最高不超过30万元。")
    heading(doc, "二、完善海外仓布局")
    para(doc, [("（三）支持建设公共海外仓。", KAI)], keep_next=True)
    clause(doc, rec, "1.", "对经认定的省级公共海外仓，按以下标准给予支持：")
    clause(doc, rec, "（1）", "新建或者改扩建仓储面积5000平方米以上的，按实际投资额的10%给予一次性补助，最高不超过200万元；",
           head_font=FS)
    clause(doc, rec, "（2）", "年度服务省内中小外贸企业超过50家的，给予不超过50万元的运营补助。", head_font=FS)
    clause(doc, rec, "2.", "鼓励海外仓企业在马来西亚、阿联酋、匈牙利等共建“一带一路”国家布局，提供清关、仓储、配送、"
                           "售后等一站式服务。")
    heading(doc, "三、优化监管服务和资金保障")
    clause(doc, rec, "（四）优化跨境电商出口监管。",
           "全面推广跨境电商B2B直接出口（9710）、出口海外仓（9810）监管模式，支持企业使用“清单核放、汇总申报”"
           "方式办理报关手续。")
    clause(doc, rec, "（五）加大资金支持。", "主要支持事项和标准如下：")
    rows = [
        ("跨境电商产业园", "经认定的省级跨境电商产业园，给予一次性奖励100万元", "省级开放型经济发展专项资金"),
        ("公共海外仓", "按本通知第（三）项规定执行", "省级开放型经济发展专项资金"),
        ("跨境电商人才培训", "按实际培训人数给予每人不超过500元补助", "市州财政资金"),
    ]
    hdr = ("支持事项", "支持标准", "资金渠道")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.4), Cm(8.4), Cm(3.8))
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for j, h in enumerate(hdr):
        c = t.cell(0, j)
        c.width = widths[j]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(p, h, HEI, 10)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.paragraphs[0].paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            c.paragraphs[0].paragraph_format.line_spacing = Pt(14)
            c.width = widths[j]
            if i == 2 and j == 2:
                continue  # merged below
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.LEFT
            add_text(p, v, FS, 10)
        rec.add("；".join(f"{h}：{v}" for h, v in zip(hdr, row)))
    m = t.cell(1, 2).merge(t.cell(2, 2))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for i in range(4):
        for j in range(3):
            t.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    clause(doc, rec, "", "本通知自印发之日起施行，有效期至2027年12月31日。")
    signature(doc, ["湖南省商务厅　　　湖南省财政厅", "长沙海关　　　　"], "2025年9月8日")
    para(doc, "（此件公开发布）", before=2)
    banji(doc, "省人民政府办公厅，各市州人民政府。", "湖南省商务厅办公室", "2025年9月10日印发")
    meta = {
        "title": "湖南省商务厅 湖南省财政厅 长沙海关关于支持跨境电商和海外仓高质量发展的通知",
        "doc_number": "湘商贸发〔2025〕41号",
        "issuer": ["湖南省商务厅", "湖南省财政厅", "长沙海关"],
        "date": "2025-09-08",
        "published": "2025-09-10",
        "level": "provincial",
        "region": "湖南省",
        "effective": "2025-09-10",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市州商务主管部门、财政局", "长沙海关各隶属海关"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return meta, rec


def doc4(doc):
    rec = Rec()
    title(doc, "湖南省外商投资促进奖励办法", before=0, after=2)
    para(doc, [("（2025年11月20日湖南省商务厅、湖南省财政厅印发　湘商规〔2025〕4号）", KAI)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=8)
    arts = [
        ("第一条", "为进一步扩大利用外资，稳定外资规模、优化外资结构，根据《中华人民共和国外商投资法》《中华人民共和国"
                  "外商投资法实施条例》等有关规定，结合本省实际，制定本办法。"),
        ("第二条", "本办法适用于在本省行政区域内依法设立的外商投资企业，金融类、房地产类外商投资企业除外。"),
        ("第三条", "对当年新设立且实际使用外资金额达到1000万美元以上的外商投资项目，按其实际使用外资金额的2%给予奖励，"
                  "单个项目最高不超过1000万元人民币。"),
        ("第四条", "跨国公司在本省设立地区总部或者研发中心、结算中心等功能性机构，经省商务厅认定的，给予一次性奖励"
                  "500万元。"),
        ("第五条", ["外商投资企业以利润再投资或者增资扩股方式，当年实际使用外资金额达到500万美元以上的，按其实际使用"
                   "外资金额的1%给予奖励，单个企业最高不超过500万元人民币。",
                   "前款所称实际使用外资金额，以商务部外商投资信息报告系统和国家外汇管理部门统计数据为准。"]),
        ("第六条", "位于中国（湖南）自由贸易试验区内的外商投资项目，奖励标准在本办法第三条、第五条规定基础上提高20%，"
                  "奖励上限相应提高。"),
        ("第七条", "符合条件的企业于每年3月31日前向所在地市州商务主管部门提出申请，由市州商务主管部门会同同级财政部门"
                  "初审后报省商务厅。省商务厅会同省财政厅组织复核，经公示无异议后拨付奖励资金。"),
        ("第八条", "同一项目同时符合本办法和本省其他同类政策的，按照就高不重复原则执行。"),
        ("第九条", "企业通过弄虚作假等方式骗取奖励资金的，由省商务厅追回已拨付资金，并按照有关规定纳入信用记录。"),
        ("第十条", "本办法由省商务厅、省财政厅负责解释。"),
        ("第十一条", "本办法自2026年1月1日起施行，有效期5年。《湖南省鼓励外商投资奖励暂行办法》（湘商外资〔2020〕6号）"
                    "同时废止。"),
    ]
    for label, body in arts:
        places = ["中国（湖南）自由贸易试验区"] if label == "第六条" else None
        if isinstance(body, list):
            para(doc, [(label, HEI), ("　" + body[0], FS)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            for extra in body[1:]:
                para(doc, [(extra, FS)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            rec.add(label + "　" + "\n".join(body), places)
        else:
            para(doc, [(label, HEI), ("　" + body, FS)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            rec.add(label + "　" + body, places)
    meta = {
        "title": "湖南省外商投资促进奖励办法",
        "doc_number": "湘商规〔2025〕4号",
        "issuer": ["湖南省商务厅", "湖南省财政厅"],
        "date": "2025-11-20",
        "published": "2025-11-20",
        "level": "provincial",
        "region": "湖南省",
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《湖南省鼓励外商投资奖励暂行办法》（湘商外资〔2020〕6号）",
    }
    return meta, rec


def doc5(doc):
    rec = Rec()
    p = para(doc, [("编者按：", HEI, 10), ("现将《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》印发通知全文"
                                       "及方案中与片区、联动创新区建设相关的部分节选刊发，供参考。",
                                       KAI, 10)],
             align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6, line=15, left_indent=Cm(0.3), right_indent=Cm(0.3))
    border(p, ("top", "left", "bottom", "right"), "000000", 6, 4)
    title(doc, "湖南省人民政府办公厅关于印发《中国（湖南）自由贸易\n试验区提升战略实施方案（2025—2027年）》的通知（节选）",
          before=2, after=0, size=13)
    para(doc, [("（湘政办发〔2025〕36号）", KAI)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=4)
    para(doc, "各市州人民政府，省政府各厅委、各直属机构：", first_indent=False)
    clause(doc, rec, "", "《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》已经省人民政府同意，现印发给你们，"
                         "请认真组织实施。")
    signature(doc, ["湖南省人民政府办公厅"], "2025年8月15日")
    para(doc, "（此件公开发布）", before=0)
    para(doc, [("中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）", XBS, 12)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, before=6, after=2, line=20)
    para(doc, "……", first_indent=True)
    heading(doc, "三、推动片区差异化发展")
    clause(doc, rec, "（八）长沙片区。", "聚焦高端装备制造、新一代信息技术、生物医药等产业，高水平建设中非经贸深度合作先行区，"
                                      "探索开展非洲非资源性产品进口便利化试点。", places=["长沙片区"])
    clause(doc, rec, "（九）岳阳片区。", "依托城陵矶港和岳阳城陵矶综合保税区，大力发展航运物流、粮食和大宗商品贸易，"
                                      "建设长江中游区域性航运物流中心。", places=["岳阳片区"])
    clause(doc, rec, "（十）郴州片区。", "深化湘粤港澳产业合作，重点发展有色金属精深加工和电子信息产业，建设内陆地区承接"
                                      "产业转移示范区。", places=["郴州片区"])
    para(doc, "……", first_indent=True)
    heading(doc, "五、强化联动发展和组织保障")
    clause(doc, rec, "（十四）建设联动创新区。",
           "支持衡阳高新技术产业开发区、株洲高新技术产业开发区建设自贸试验区联动创新区，复制推广自贸试验区改革试点"
           "经验，联动创新区可参照享受自贸试验区相关支持政策。",
           places=["衡阳高新技术产业开发区", "株洲高新技术产业开发区"])
    clause(doc, rec, "（十五）强化督促落实。",
           "省自贸办要会同有关部门建立任务清单和工作台账，每年对各片区提升行动实施情况开展评估，评估结果报省人民政府。")
    meta = {
        "title": "湖南省人民政府办公厅关于印发《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》的通知",
        "doc_number": "湘政办发〔2025〕36号",
        "issuer": ["湖南省人民政府办公厅"],
        "date": "2025-08-15",
        "published": None,
        "level": "provincial",
        "region": "中国（湖南）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return meta, rec


def doc6(doc):
    rec = Rec()
    title(doc, "《中国（湖南）自由贸易试验区提升战略实施方案\n（2025—2027年）》政策解读", before=6, after=2, size=13)
    para(doc, [("来源：湖南省商务厅　　发布日期：2025年8月22日", KAI, 10)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, after=4)
    heading(doc, "一、出台背景")
    clause(doc, rec, "", "中国（湖南）自由贸易试验区自2020年9月挂牌以来，累计形成制度创新成果160余项，其中12项在全国复制推广。"
                         "为深入实施自贸试验区提升战略，制定了《实施方案》。")
    heading(doc, "二、主要目标")
    clause(doc, rec, "", "《实施方案》提出，到2027年，自贸试验区实际使用外资、进出口额占全省比重分别达到25%、35%以上，"
                         "累计形成省级以上制度创新成果200项以上。")
    heading(doc, "三、重点任务")
    clause(doc, rec, "", "《实施方案》围绕制度型开放、片区差异化发展、联动创新区建设等方面部署了15项重点任务，明确了长沙片区、"
                         "岳阳片区、郴州片区各自的主导产业和发展定位。")
    heading(doc, "四、政策亮点")
    clause(doc, rec, "", "一是首次明确联动创新区可参照享受自贸试验区相关支持政策；二是建立片区年度评估机制，评估结果报省人民政府，"
                         "强化结果运用。")
    meta = {
        "title": "《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》政策解读",
        "doc_number": None,
        "issuer": ["湖南省商务厅"],
        "date": "2025-08-22",
        "published": "2025-08-22",
        "level": "provincial",
        "region": "中国（湖南）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return meta, rec


# ----------------------------------------------------------------- book
TOC = [
    ("一、综合类", [
        ("湖南省人民政府关于深度融入共建“一带一路”加快建设内陆地区改革开放高地的若干措施", "（湘政发〔2025〕7号）", "d1"),
    ]),
    ("二、外贸类", [
        ("湖南省商务厅关于推动综合保税区加工贸易提质升级的通知", "（湘商贸发〔2025〕18号）", "d2"),
        ("湖南省商务厅　湖南省财政厅　长沙海关关于支持跨境电商和海外仓高质量发展的通知", "（湘商贸发〔2025〕41号）", "d3"),
    ]),
    ("三、外资类", [
        ("湖南省外商投资促进奖励办法", "（湘商规〔2025〕4号）", "d4"),
    ]),
    ("四、自贸试验区类", [
        ("湖南省人民政府办公厅关于印发《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》的通知（节选）",
         "（湘政办发〔2025〕36号）", "d5"),
        ("《中国（湖南）自由贸易试验区提升战略实施方案（2025—2027年）》政策解读", "（湖南省商务厅）", "d6"),
    ]),
]


def cover(doc):
    para(doc, [("内部资料　注意保存", HEI, 12)], first_indent=False, line=20)
    for _ in range(5):
        para(doc, "", first_indent=False, line=30)
    para(doc, [("湖南省开放型经济\n政策文件汇编", XBS, 36)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         line=56)
    para(doc, [("（2026）", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, before=16, line=34)
    for _ in range(6):
        para(doc, "", first_indent=False, line=30)
    para(doc, [("湖南省商务厅　编印", KAI, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=30)
    para(doc, [("二〇二六年三月", KAI, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=30)


def front(doc):
    title(doc, "编 印 说 明", before=0, after=6, size=16)
    items = [
        "一、为方便各级商务主管部门、各类开放平台和外经贸企业及时准确掌握开放型经济相关政策，我厅对2025年以来省人民"
        "政府、省商务厅及相关部门出台的开放型经济政策文件进行了梳理，编印本汇编。",
        "二、本汇编共收录政策文件6件，按综合类、外贸类、外资类、自贸试验区类分为四个部分，同一部分内按成文日期先后"
        "排列。",
        "三、收录文件一般全文照录，部分文件保留原版头格式；篇幅较长的文件作节选处理并加编者按；文件附件未收录的，"
        "以“略”标注。",
        "四、本汇编仅供工作参考，具体内容以正式印发的文件为准。如有疑问，请与省商务厅综合处联系（0731-82287305）。",
    ]
    for it in items:
        para(doc, [(it, FS, 10.5)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, [("湖南省商务厅", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, before=6,
         right_indent=Cm(1.2))
    para(doc, [("2026年3月", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_indent=Cm(1.2),
         after=20)
    title(doc, "目　　录", before=8, after=8, size=16)
    for group, entries in TOC:
        para(doc, [(group, HEI, 11)], first_indent=False, before=4, line=20)
        for name, num, key in entries:
            p = para(doc, [(name + "\n" + num + "\t" + str(PAGE_OF[key]), FS, 10.5)], first_indent=False,
                     line=18, left_indent=Cm(1.6))
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.paragraph_format.right_indent = Cm(0.6)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def divider(doc, text):
    para(doc, [(text, XBS, 30)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=48)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    kinds = []

    cover(doc); kinds.append("blank")
    doc.add_section(WD_SECTION.NEW_PAGE)
    front(doc); kinds.append("front")

    docs = []
    groups = [("一、综合类", [doc1]), ("二、外贸类", [doc2, doc3]), ("三、外资类", [doc4]),
              ("四、自贸试验区类", [doc5, doc6])]
    for g, makers in groups:
        doc.add_section(WD_SECTION.NEW_PAGE)
        divider(doc, g); kinds.append("divider")
        doc.add_section(WD_SECTION.NEW_PAGE)
        kinds.append("body")
        for i, mk in enumerate(makers):
            if i and mk is doc3:
                page_break(doc)
            docs.append(mk(doc))

    for i, (sect, kind) in enumerate(zip(doc.sections, kinds)):
        setup_section(sect, "blank" if kind == "divider" else kind)
        sect_child(sect, "w:vAlign", {"w:val": "center"} if kind == "divider" else None)
        first_div = kind == "divider" and kinds.index("divider") == i
        sect_child(sect, "w:pgNumType", {"w:start": "1"} if first_div else None)
    out = HERE / f"{STEM}.docx"
    doc.save(out)
    return docs


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_358", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def main():
    docs = build()
    to_pdf(HERE / f"{STEM}.docx")
    expected = {STEM: []}
    for meta, rec in docs:
        expected[STEM].append({"meta": meta, "clauses": rec.clauses, "applies_to": {"specific": rec.specific}})
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    n = sum(len(d["clauses"]) for d in expected[STEM])
    print(f"wrote {STEM}.docx/.pdf and expected.json: {len(docs)} documents, {n} clauses")


if __name__ == "__main__":
    os.chdir(HERE)
    main()
