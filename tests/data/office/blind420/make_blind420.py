# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 420: party + government office joint notices
issuing 实施意见 on 融入共建“一带一路”."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
             "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
             "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
             "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
             "pPrChange"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd",
              "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd",
               "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def insert_ordered(parent, el, order):
    name = el.tag.split("}")[1]
    old = parent.find(qn("w:" + name))
    if old is not None:
        parent.remove(old)
    idx = order.index(name)
    for child in parent:
        cname = child.tag.split("}")[1]
        if cname in order and order.index(cname) > idx:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def border_el(tag, sides, val="single", sz=4, color="000000"):
    b = OxmlElement(tag)
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        if s not in sides and tag == "w:pBdr":
            continue
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "1" if tag == "w:pBdr" else "0")
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    return b


def R(text, font=FS, size=16, bold=False, color=None, spacing=None):
    return dict(text=text, font=font, size=size, bold=bold, color=color, spacing=spacing)


def fmt_run(run, spec):
    run.font.name = "Times New Roman"
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), spec["font"])
    run.font.size = Pt(spec["size"])
    if spec["bold"]:
        run.font.bold = True
    if spec["color"] is not None:
        run.font.color.rgb = spec["color"]
    if spec.get("spacing") is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spec["spacing"]))
        rpr.append(sp)


def add_runs(par, runs):
    for spec in runs:
        parts = spec["text"].split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                br = par.add_run()
                fmt_run(br, spec)
                br.add_break()  # soft line break (Shift+Enter)
            if part:
                fmt_run(par.add_run(part), spec)


class Builder:
    def __init__(self):
        self.doc = Document()
        self.objs = []
        self._numbering_ready = False
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.5)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        self._footer()

    def _footer(self):
        fp = self.doc.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        spec = R("— ", font="宋体", size=14)
        fmt_run(fp.add_run("— "), spec)
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                          ("t", "1"), ("end", None)):
            r = fp.add_run()
            fmt_run(r, spec)
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
            elif kind == "t":
                r.text = txt
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
        fmt_run(fp.add_run(" —"), spec)

    # ---- objects / clauses
    def new_obj(self, meta):
        self.objs.append({"meta": meta, "clauses": []})

    def add_clause(self, text):
        self.objs[-1]["clauses"].append(text)

    # ---- paragraphs
    def p(self, runs=None, align="justify", indent=0, clause=False, line=28,
          bottom_border=None, top_border=None, page_break_before=False, num=None,
          left_indent=None):
        if runs is None:
            runs = []
        if isinstance(runs, str):
            runs = [R(runs)]
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        pf.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
                        "center": WD_ALIGN_PARAGRAPH.CENTER,
                        "right": WD_ALIGN_PARAGRAPH.RIGHT,
                        "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if indent:
            pf.first_line_indent = Pt(16 * indent)
        if left_indent is not None:
            pf.left_indent = Pt(left_indent)
        if page_break_before:
            pf.page_break_before = True
        if num is not None:
            numId, _n = num
            numPr = par._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = numId
        if bottom_border or top_border:
            sides = []
            if top_border:
                sides.append("top")
            if bottom_border:
                sides.append("bottom")
            color, sz = bottom_border or top_border
            insert_ordered(par._p.get_or_add_pPr(),
                           border_el("w:pBdr", sides, sz=sz, color=color), PPR_ORDER)
        add_runs(par, runs)
        if clause:
            text = "".join(s["text"] for s in runs).replace("\n", "").strip(" \u3000")
            if num is not None:
                text = "%d." % num[1] + text
            self.add_clause(text)
        return par

    def blank(self, n=1, line=28):
        for _ in range(n):
            self.p([], line=line)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    # ---- numbering (Word automatic "1." list, restarted per group)
    def _ensure_numbering(self):
        if self._numbering_ready:
            return
        numbering = self.doc.part.numbering_part.element
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), "420")
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
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
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rf.set(qn("w:eastAsia"), FS)
        rpr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        absn.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        self._numbering_ready = True
        self._next_num = 4200

    def new_list(self):
        self._ensure_numbering()
        numbering = self.doc.part.numbering_part.element
        self._next_num += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self._next_num))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), "420")
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return self._next_num

    # ---- tables
    def table(self, rows, widths, header=True, borders=True, size=12, font=FS,
              clause=True, align_center_cols=(), repeat_header=False):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        if repeat_header:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            trPr.append(th)
        tblPr = t._tbl.tblPr
        if borders:
            insert_ordered(tblPr, border_el("w:tblBorders",
                                            ["top", "left", "bottom", "right",
                                             "insideH", "insideV"]), TBLPR_ORDER)
        else:
            insert_ordered(tblPr, border_el("w:tblBorders", []), TBLPR_ORDER)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                cell.width = Cm(widths[ci])
                par = cell.paragraphs[0]
                par.paragraph_format.space_before = Pt(0)
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                if ri == 0 and header or ci in align_center_cols:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(par, [R(val, font=HT if (ri == 0 and header) else font,
                                 size=size)])
        if clause:
            hdr = rows[0]
            for row in rows[1:]:
                self.add_clause("；".join("%s：%s" % (h, v.replace("\n", ""))
                                         for h, v in zip(hdr, row)))
        return t

    def save(self, name):
        path = os.path.join(HERE, name + ".docx")
        self.doc.save(path)
        return path


def cell_borders(cell, sides, color="000000", sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    insert_ordered(tcPr, border_el("w:tcBorders", sides, sz=sz, color=color), TCPR_ORDER)


def meta(title, doc_number, issuer, date, level, region, effective=None, expires=None,
         attachments=None, doc_type="通知", recipients=None, publicity=None,
         repeals=None, published=None):
    return {"title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
            "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires,
            "attachments": attachments or [], "doc_type": doc_type,
            "recipients": recipients or [], "publicity": publicity,
            "repeals": repeals}


# ============================================================ 1. 泉州
def doc_quanzhou():
    b = Builder()
    org = ["中共泉州市委办公室", "泉州市人民政府办公室"]
    yj = "关于深度融入共建“一带一路”推进高水平对外开放的实施意见"
    b.new_obj(meta(
        "中共泉州市委办公室 泉州市人民政府办公室关于印发《%s》的通知" % yj,
        "泉委办发〔2026〕8号", org, "2026-01-15", "municipal", "泉州市",
        recipients=["各县（市、区）党委和人民政府", "泉州开发区、泉州台商投资区党工委和管委会",
                    "市委各部委", "市直各单位", "各人民团体"]))
    # 版头
    b.p([R("000137", font=HT)], align="left")
    b.p([R("秘密★1年", font=HT)], align="left")
    b.p([R("特　急", font=HT)], align="left")
    b.blank(1)
    b.p([R("中共泉州市委办公室文件", font=XBS, size=36, color=RED, spacing=-20)],
        align="center", line=None)
    b.blank(0)
    b.p([R("泉委办发〔2026〕8号")], align="center")
    b.p([R("━━━━━━━━━━━━━━━━━━━━━━━━★━━━━━━━━━━━━━━━━━━━━━━━━", font="宋体", size=14, color=RED)],
        align="center", line=None)
    b.p([R("中共泉州市委办公室　泉州市人民政府办公室", font=XBS, size=22)],
        align="center", line=36)
    b.p([R("关于印发《关于深度融入共建“一带一路”\n推进高水平对外开放的实施意见》的通知",
           font=XBS, size=22)], align="center", line=36)
    b.blank(1)
    b.p([R("各县（市、区）党委和人民政府，泉州开发区、泉州台商投资区党工委和管委会，"
           "市委各部委，市直各单位，各人民团体：")], align="justify")
    b.p([R("经市委、市政府同意，现将《%s》印发给你们，请结合实际认真贯彻落实。"
           "贯彻落实中的重要情况和建议，请及时报告市委、市政府。" % yj)],
        indent=2, clause=True)
    b.blank(2)
    b.p([R("中共泉州市委办公室　　　　　泉州市人民政府办公室")], align="right")
    b.p([R("2026年1月15日　　　　　")], align="right")

    # ---- 实施意见
    b.new_obj(meta(yj, None, org, "2026-01-15", "municipal", "泉州市",
                   effective="2026-02-01", expires="2030-12-31", doc_type="意见"))
    b.p([R("关于深度融入共建“一带一路”\n推进高水平对外开放的实施意见", font=XBS, size=22)],
        align="center", line=36, page_break_before=True)
    b.blank(1)
    b.p([R("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
           "全面落实省委、省政府工作要求，充分发挥泉州作为“海上丝绸之路”起点城市的独特优势，"
           "加快构建更高水平开放型经济新体制，现提出如下实施意见。")], indent=2, clause=True)
    b.p([R("一、总体要求", font=HT)], indent=2)
    b.p([R("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
           "深入贯彻习近平总书记关于共建“一带一路”的重要论述，完整准确全面贯彻新发展理念，"
           "坚持“硬联通”“软联通”“心联通”协同推进，以建设21世纪海上丝绸之路核心区重要支点城市为牵引，"
           "统筹推进通道建设、贸易投资、产业合作和人文交流，努力在服务和融入新发展格局中彰显泉州担当。")],
        indent=2, clause=True)
    b.p([R("到2027年，全市与共建“一带一路”国家进出口额突破1800亿元，年均增长8%以上；"
           "跨境电商进出口额达到600亿元；泉州港集装箱吞吐量达到300万标箱；"
           "“泉州号”中欧（亚）班列累计开行突破1000列。到2030年，"
           "全方位、多层次、复合型的对外开放格局基本形成。")], indent=2, clause=True)
    b.p([R("二、重点任务", font=HT)], indent=2)

    def item(head, body, br=False):
        b.p([R(head, bold=True), R(body)], indent=2, clause=True)

    b.p([R("（一）构建互联互通的国际物流大通道", font=KT)], indent=2)
    item("1.提升港口枢纽能级。", "加快石湖港区、斗尾港区深水泊位和疏港铁路建设，推动泉州港与厦门港、"
         "福州港协同发展，加密至东南亚、南亚、中东的外贸集装箱航线，到2027年外贸航线达到25条以上。")
    item("2.做优中欧（亚）班列。", "支持“泉州号”中欧（亚）班列稳定开行至莫斯科、阿拉木图、"
         "塔什干等线路，拓展海铁联运“一单制”，对符合条件的班列运营企业按实际开行列数给予运营补助，\n"
         "具体办法由市发展改革委会同市财政局另行制定。")
    item("3.拓展国际航空货运。", "推动晋江国际机场开通至东南亚的全货机航线，支持发展“卡车航班”，"
         "培育壮大本土航空物流企业。")
    b.p([R("（二）培育跨境贸易新业态新模式", font=KT)], indent=2)
    item("1.做大跨境电商规模。", "依托中国（泉州）跨境电子商务综合试验区，重点推进以下工作：")
    b.p([R("（1）支持企业在共建“一带一路”国家布局海外仓，对新认定的市级公共海外仓给予一次性奖励，"
           "最高不超过50万元；")], indent=2, clause=True)
    b.p([R("（2）推动鞋服、纺织、建材、食品等传统产业“产业带＋跨境电商”融合发展，"
           "每年培育跨境电商品牌企业30家以上；")], indent=2, clause=True)
    b.p([R("（3）完善跨境电商线上综合服务平台功能，推广“9610”“9710”“9810”监管模式。")],
        indent=2, clause=True)
    item("2.推动市场采购贸易提质增效。", "深化石狮服装城市场采购贸易方式试点，完善“市场采购＋组货拼箱＋海运出口”"
         "服务链条，鼓励外贸综合服务企业为中小微企业提供通关、结汇、退税等一站式服务。")
    item("3.发展保税维修和离岸贸易。", "支持泉州综合保税区内企业开展高技术、高附加值、符合环保要求的保税维修业务，"
         "探索发展新型离岸国际贸易，推动银行为真实合规的离岸贸易提供便利化结算服务。")
    b.p([R("（三）深化国际产能和投资合作", font=KT)], indent=2)
    item("1.引导企业有序“走出去”。", "支持纺织鞋服、石油化工、建材家居等优势产业在东南亚、中东、"
         "非洲等地区建设境外生产基地和经贸合作区，强化境外投资备案、外汇、金融保险等服务保障。")
    item("2.加大外商投资招引力度。", "全面落实外商投资准入前国民待遇加负面清单管理制度，聚焦新能源、"
         "新材料、高端装备等领域，开展“海丝泉州·投资推介”系列活动，对实际到资的重大外资项目按照有关规定给予奖励。")
    item("3.用好华侨华人资源。", "发挥泉州侨乡优势，建立“侨商＋项目”对接机制，支持海外侨商回乡投资兴业，"
         "推动设立“一带一路”侨商服务中心。")
    b.p([R("（四）提升开放平台能级", font=KT)], indent=2)
    item("1.推进综合保税区高质量发展。", "支持泉州综合保税区、晋江陆地港等平台拓展保税研发、保税检测、"
         "跨境电商等功能，力争综合保税区进出口额年均增长10%以上。")
    item("2.复制推广自由贸易试验区改革经验。", "对标中国（福建）自由贸易试验区，系统复制推广投资贸易便利化、"
         "金融开放创新等领域制度创新成果，每年复制推广改革试点经验20项以上。")
    b.p([R("（五）深化海丝人文交流合作。", font=KT),
         R("办好海上丝绸之路国际艺术节、世界闽南文化节等活动，用好“宋元中国·海丝泉州”世界遗产品牌，"
           "推动与共建“一带一路”国家城市缔结友好城市，扩大教育、文化、旅游、卫生等领域交流合作。")],
        indent=2, clause=True)
    b.p([R("三、保障措施", font=HT)], indent=2)

    def runin(head, body):
        b.p([R(head, font=KT, bold=True), R(body)], indent=2, clause=True)

    runin("（一）加强组织领导。", "成立市融入共建“一带一路”工作领导小组，由市委、市政府主要领导任组长，"
          "领导小组办公室设在市发展改革委，负责统筹协调和督促落实。\n各县（市、区）要建立相应工作机制。")
    runin("（二）强化政策支持。", "市财政每年统筹安排专项资金，支持国际物流通道建设、外贸新业态发展和"
          "重大开放平台建设。鼓励金融机构开发“一带一路”专属信贷和保险产品。")
    runin("（三）防范化解风险。", "健全境外投资和对外合作风险评估、预警和应急处置机制，加强境外企业和人员"
          "安全保护，严格落实境外投资合规管理要求。")
    runin("（四）严格督查考核。", "将融入共建“一带一路”工作纳入市委、市政府重点督查事项和年度绩效考核，"
          "领导小组办公室每半年通报一次工作进展。")
    b.p([R("本实施意见自2026年2月1日起施行，有效期至2030年12月31日。")], indent=2, clause=True)
    b.blank(4)
    # 版记 as a table with horizontal rules only
    t = b.doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    insert_ordered(t._tbl.tblPr, border_el("w:tblBorders", []), TBLPR_ORDER)
    c0, c1 = t.cell(0, 0), t.cell(1, 0)
    cell_borders(c0, ["top", "bottom"], sz=8)
    cell_borders(c1, ["bottom"], sz=8)
    p0 = c0.paragraphs[0]
    p0.paragraph_format.left_indent = Pt(14)
    p0.paragraph_format.right_indent = Pt(14)
    add_runs(p0, [R("抄送：市委各部委，市人大常委会办公室，市政协办公室，市监委，市中级法院，"
                    "市检察院，泉州军分区。", size=14)])
    p1 = c1.paragraphs[0]
    p1.paragraph_format.left_indent = Pt(14)
    add_runs(p1, [R("中共泉州市委办公室　　　　　　　　　　　2026年1月16日印发", size=14)])
    return b


# ============================================================ 2. 连云港
def doc_lianyungang():
    b = Builder()
    org = ["中共连云港市委办公室", "连云港市人民政府办公室"]
    yj = "关于深度融入共建“一带一路”加快建设国际枢纽海港城市的实施意见"
    b.new_obj(meta(
        "中共连云港市委办公室 连云港市人民政府办公室关于印发《%s》的通知" % yj,
        "连委办发〔2025〕36号", org, "2025-11-28", "municipal", "连云港市",
        recipients=["各县区委、县区人民政府", "市各开发区（园区）党工委、管委会", "市委各部委",
                    "市各委办局", "市各直属单位"],
        publicity="此件公开发布"))
    b.p([R("00058", font=HT)], align="left")
    b.p([R("特急", font=HT)], align="left")
    b.blank(1)
    # 发文机关标志 typed into a layout table: two organ names + merged 文件
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(11.8)
    t.columns[1].width = Cm(3.6)
    insert_ordered(t._tbl.tblPr, border_el("w:tblBorders", []), TBLPR_ORDER)
    for i, name in enumerate(org):
        c = t.cell(i, 0)
        c.width = Cm(11.8)
        par = c.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_runs(par, [R(name, font=XBS, size=24, color=RED)])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(3.6)
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    insert_ordered(tcPr, va, TCPR_ORDER)
    par = m.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(par, [R("文件", font=XBS, size=40, color=RED)])
    b.blank(1)
    b.p([R("连委办发〔2025〕36号")], align="center", bottom_border=("FF0000", 24))
    b.blank(1)
    b.p([R("中共连云港市委办公室", font=XBS, size=22)], align="center", line=35)
    b.p([R("连云港市人民政府办公室", font=XBS, size=22)], align="center", line=35)
    b.p([R("关于印发《关于深度融入共建“一带一路”\n加快建设国际枢纽海港城市的\n实施意见》的通知",
           font=XBS, size=22)], align="center", line=35)
    b.blank(1)
    b.p([R("各县区委、县区人民政府，市各开发区（园区）党工委、管委会，市委各部委，市各委办局，"
           "市各直属单位：")])
    b.p([R("　　《%s》已经市委、市政府同意，现印发给你们，请认真组织实施。" % yj)], clause=True)
    b.p([R("　　各地各部门贯彻落实情况请于每年6月30日和12月20日前报送市委、市政府，"
           "同时抄送市商务局（联系人：张磊，电话：0518-85823617）。")], clause=True)
    b.blank(3)
    t = b.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    insert_ordered(t._tbl.tblPr, border_el("w:tblBorders", []), TBLPR_ORDER)
    for (ri, ci), txt in {(0, 0): "中共连云港市委办公室", (0, 1): "连云港市人民政府办公室",
                          (1, 0): "", (1, 1): "2025年11月28日"}.items():
        par = t.cell(ri, ci).paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if txt:
            add_runs(par, [R(txt)])
    b.p([R("（此件公开发布）")], indent=2)

    b.new_obj(meta(yj, None, org, "2025-11-28", "municipal", "连云港市", doc_type="意见",
                   publicity="此件公开发布"))
    b.page_break()
    b.p([R("关于深度融入共建“一带一路”\n加快建设国际枢纽海港城市的实施意见", font=XBS, size=22)],
        align="center", line=35)
    b.blank(1)
    b.p([R("　　为深入贯彻习近平总书记对连云港工作的重要指示精神，全面落实省委、省政府关于高质量推进"
           "“一带一路”交汇点建设的部署要求，充分发挥连云港新亚欧大陆桥经济走廊东方起点和上合组织国家"
           "出海基地的功能作用，加快建设国际枢纽海港城市，提出如下实施意见。")], clause=True)
    b.p([R("　　一、总体目标", bold=True)])
    b.p([R("　　到2027年，连云港港货物吞吐量达到4亿吨，集装箱吞吐量突破800万标箱；中欧（亚）班列年开行量"
           "稳定在1000列以上；全市外贸进出口额突破1500亿元，其中对共建“一带一路”国家进出口占比达到55%以上。"
           "到2030年，国际枢纽海港功能全面提升，“一带一路”强支点作用更加凸显。")], clause=True)
    b.p([R("　　二、主要任务", bold=True)])
    b.p([R("　　（一）提升国际物流枢纽功能", font=KT)])
    for s in [
        "　　1．建设国际一流海港。加快推进连云港区30万吨级航道二期、徐圩港区30万吨级原油码头等重大港航项目建设，"
        "拓展至日韩、东南亚、中东等地区的近远洋航线，到2027年集装箱航线总数达到90条以上。",
        "　　2．做强中哈物流合作基地和上合组织（连云港）国际物流园。完善“连新亚”“连新欧”班列线路，"
        "推动海铁联运集装箱运量年均增长10%以上，打造上合组织国家陆海联运主通道。",
        "　　3．推进多式联运“一单制”。推广海铁联运“一箱到底、一单到底”模式，推动国际铁路联运运单物权化试点，"
        "降低综合物流成本。"]:
        b.p([R(s)], clause=True)
    b.p([R("　　（二）促进贸易投资自由化便利化", font=KT)])
    for s in [
        "　　1．发挥自贸试验区引领作用。深化中国（江苏）自由贸易试验区连云港片区制度创新，聚焦“一带一路”"
        "交汇点建设开展差异化探索，每年形成具有全国首创性的制度创新成果5项以上。",
        "　　2．推动综合保税区提质升级。支持连云港综合保税区发展保税加工、保税物流、跨境电商等业态，"
        "推进“智慧综保”建设，力争在全国综合保税区发展绩效评估中进入A类。",
        "　　3．培育跨境电商新动能。加快中国（连云港）跨境电子商务综合试验区建设，支持建设跨境电商产业园和"
        "公共海外仓，对年跨境电商出口额首次突破1亿元的企业给予奖励。",
        "　　4．提升利用外资水平。健全外商投资促进和服务保障体系，聚焦石化新材料、生物医药、新能源等产业链"
        "开展精准招商，落实外商投资企业国民待遇。"]:
        b.p([R(s)], clause=True)
    b.p([R("　　（三）建设重大开放合作平台", font=KT)])
    b.p([R("　　重点推进以下开放合作平台建设：")], clause=True)
    b.table([
        ["序号", "平台名称", "建设重点", "牵头单位", "完成时限"],
        ["1", "上合组织（连云港）国际物流园", "建设陆海联运集疏运中心和国际班列集结中心",
         "连云港经济技术开发区管委会", "2027年12月"],
        ["2", "中哈（连云港）物流合作基地二期", "新增集装箱堆场和铁路装卸线",
         "市交通运输局、连云港港口集团", "2026年12月"],
        ["3", "连云港综合保税区跨境电商产业园", "引进跨境电商企业50家以上", "市商务局", "2026年6月"],
        ["4", "自贸试验区连云港片区国际航运服务中心", "集聚航运金融、船舶代理、海事法律服务机构",
         "自贸试验区连云港片区管委会", "2027年6月"],
    ], widths=[1.2, 4.2, 4.6, 3.6, 2.2], align_center_cols=(0, 4), repeat_header=True)
    b.p([R("　　（四）深化人文交流合作。", font=KT),
         R("持续办好“一带一路”交汇点建设国际合作论坛，推动与哈萨克斯坦、乌兹别克斯坦等国家城市开展友城交流，"
           "扩大留学生教育、职业技能培训和文化旅游合作。")], clause=True)
    b.p([R("　　三、保障措施", bold=True)])
    for head, body in [
        ("　　（一）健全工作机制。", "市推进“一带一路”交汇点建设领导小组统筹推进各项工作，领导小组办公室"
         "设在市发展改革委，建立重点任务清单、责任清单和项目清单，实行月调度、季通报。"),
        ("　　（二）加大要素保障。", "优先保障重大开放平台和港口集疏运项目用地用海需求，统筹市级相关专项资金"
         "支持重点项目建设。"),
        ("　　（三）强化考核评估。", "将本实施意见落实情况纳入高质量发展综合考核，适时开展第三方评估。")]:
        b.p([R(head, bold=True), R(body)], clause=True)
    b.blank(2)
    b.p([R("抄送：市委各部委，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
           "连云港军分区，各民主党派市委。", size=14)], left_indent=14,
        top_border=("000000", 8), bottom_border=("000000", 8))
    b.p([R("　中共连云港市委办公室　　　　　　　　　　2025年11月29日印发", size=14)],
        bottom_border=("000000", 8))
    return b


# ============================================================ 3. 义乌
def doc_yiwu():
    b = Builder()
    org = ["中共义乌市委办公室", "义乌市人民政府办公室"]
    yj = "关于更高水平融入共建“一带一路”打造世界小商品之都的实施意见"
    att = "义乌市融入共建“一带一路”2026年重点任务清单"
    b.new_obj(meta(
        "中共义乌市委办公室 义乌市人民政府办公室关于印发《%s》的通知" % yj,
        "义委办发〔2026〕3号", org, "2026-01-08", "county", "义乌市",
        recipients=["各镇党委和人民政府", "各街道党工委和办事处", "市委各部委", "市级机关各单位",
                    "市属各国有企业"],
        publicity="此件公开发布"))
    b.p([R("特急", font=HT)], align="left")
    b.blank(1)
    b.p([R("中 共 义 乌 市 委 办 公 室 文 件", font=XBS, size=30, color=RED)],
        align="center", line=None)
    b.blank(1)
    b.p([R("义委办发〔2026〕3号")], align="center", bottom_border=("FF0000", 18))
    b.blank(1)
    b.p([R("中共义乌市委办公室　义乌市人民政府办公室关于印发\n《关于更高水平融入共建“一带一路”打造\n"
           "世界小商品之都的实施意见》的通知", font=XBS, size=22)], align="center", line=35)
    b.blank(1)
    b.p([R("各镇党委和人民政府，各街道党工委和办事处，市委各部委，市级机关各单位，市属各国有企业：")])
    b.p([R("经市委、市政府同意，现将《%s》印发给你们，请结合实际认真抓好贯彻落实。" % yj)],
        indent=2, clause=True)
    b.blank(2)
    b.p([R("中共义乌市委办公室　　　　义乌市人民政府办公室")], align="right")
    b.p([R("　　　　　　　　　　　　　　　　2026年1月8日")], align="left")
    b.p([R("（此件公开发布）")], indent=2)

    b.new_obj(meta(yj, None, org, "2026-01-08", "county", "义乌市", effective="2026-01-20",
                   attachments=[att], doc_type="意见", publicity="此件公开发布"))
    b.p([R("关于更高水平融入共建“一带一路”\n打造世界小商品之都的实施意见", font=XBS, size=22)],
        align="center", line=35, page_break_before=True)
    b.blank(1)
    b.p([R("为深入贯彻落实党中央、国务院和省委、省政府关于推动共建“一带一路”高质量发展的决策部署，"
           "持续深化国际贸易综合改革试点，加快打造世界小商品之都，结合义乌实际，提出如下实施意见。")],
        indent=2, clause=True)
    b.p([R("一、总体要求", font=HT)], indent=2)
    b.p([R("坚持以习近平新时代中国特色社会主义思想为指导，以国际贸易综合改革试点为总抓手，"
           "以“义新欧”中欧班列和义乌国际陆港为支撑，推动市场、产业、物流、金融、人文全方位融入共建"
           "“一带一路”。到2028年，全市与共建“一带一路”国家进出口额达到5000亿元，“义新欧”中欧班列"
           "年开行量突破3000列，跨境电商交易额突破1800亿元。")], indent=2, clause=True)
    b.p([R("二、重点任务", font=HT)], indent=2)
    groups = [
        ("（一）建设内陆国际物流枢纽", [
            "提升“义新欧”中欧班列运营质效。稳定开行至马德里、杜伊斯堡、华沙、塔什干等线路，拓展至中亚、"
            "西亚及东欧的新线路，推进班列运贸一体化发展，培育回程货源。",
            "建设义乌国际陆港。推进义乌铁路口岸扩能改造和苏溪国际枢纽港建设，完善海关监管作业场所功能，"
            "推动“义甬舟”开放大通道海铁联运提质扩量。",
            "发展航空货运。加快义乌机场国际货运功能建设，开通至中东、东南亚的国际货运航线。"]),
        ("（二）创新贸易方式和业态", [
            "深化市场采购贸易方式改革。完善市场采购联网信息平台功能，推进市场采购贸易与跨境电商、外贸综合服务"
            "融合发展，优化组货人备案和收结汇管理。",
            "做强跨境电商。依托中国（义乌）跨境电子商务综合试验区，建设跨境电商直播基地和独立站服务平台，"
            "支持企业在共建“一带一路”国家建设海外仓和海外营销网络。",
            "推进海外分市场建设。支持市场经营主体在迪拜、卢旺达、墨西哥等地布局“带路”海外站，"
            "推动义乌商品和标准走出去。"]),
        ("（三）打造高能级开放平台", [
            "用好自贸试验区金义片区政策。全面落实中国（浙江）自由贸易试验区金义片区各项改革举措，"
            "争取更多首创性制度创新在义乌先行先试。",
            "推动义乌综合保税区提质扩能。拓展保税展示交易、保税维修、跨境电商零售进口等业务，"
            "打造进口商品“世界超市”。",
            "加强外商投资服务。优化外籍商人工作、居留等便利化服务，推进外商投资企业设立“一件事”集成办理。"]),
    ]
    for head, items in groups:
        b.p([R(head, font=KT)], indent=2)
        nid = b.new_list()
        for i, s in enumerate(items, 1):
            b.p([R(s)], num=(nid, i), clause=True)
    b.p([R("（四）深化民心相通。", font=KT),
         R("办好中国义乌国际小商品（标准）博览会、中国义乌进口商品博览会，推进国际社区建设，"
           "讲好“世界超市”“一带一路”故事。")], indent=2, clause=True)
    b.p([R("三、保障措施", font=HT)], indent=2)
    for head, body in [
        ("（一）加强统筹协调。", "由市委、市政府主要领导牵头，建立融入共建“一带一路”工作专班，"
         "专班办公室设在市商务局，定期研究解决重大问题。"),
        ("（二）强化要素保障。", "统筹用好国际贸易综合改革试点专项资金，对符合条件的重大项目在用地、"
         "用能等方面予以优先保障。"),
        ("（三）狠抓督查落实。", "各牵头单位要按照附件任务清单细化工作举措，每季度末向专班办公室报送工作进展，"
         "市委、市政府督查室适时开展专项督查。")]:
        b.p([R(head, font=KT, bold=True), R(body)], indent=2, clause=True)
    b.p([R("本实施意见自2026年1月20日起施行。")], indent=2, clause=True)
    b.blank(1)
    b.p([R("附件：%s" % att)], indent=2)
    # attachment
    b.p([R("附件", font=HT)], align="left", page_break_before=True)
    b.blank(1)
    b.p([R(att, font=XBS, size=22)], align="center", line=35)
    b.blank(1)
    b.table([
        ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
        ["1", "“义新欧”中欧班列全年开行2600列以上", "市商务局", "市交通运输局、义乌海关", "2026年12月"],
        ["2", "新增市场采购贸易备案主体2000家以上", "市商务局", "市市场监管局、义乌海关", "2026年12月"],
        ["3", "新建公共海外仓5个以上", "市商务局", "市财政局", "2026年10月"],
        ["4", "苏溪国际枢纽港一期主体工程完工", "市交通运输局", "市自然资源和规划局、市发展改革局",
         "2026年12月"],
        ["5", "义乌综合保税区进出口额增长15%以上", "义乌综合保税区管理中心", "义乌海关", "2026年12月"],
    ], widths=[1.2, 5.6, 3.2, 3.8, 2.2], align_center_cols=(0, 4))
    b.blank(2)
    b.p([R("抄送：市委各部委，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，市人武部。",
           size=14)], left_indent=14, top_border=("000000", 8), bottom_border=("000000", 8))
    b.p([R("　中共义乌市委办公室　　　　　　　　　　　　2026年1月9日印发", size=14)],
        bottom_border=("000000", 8))
    return b


def main():
    expected = {}
    for stem, fn in [("blind420_quanzhou_tongzhi", doc_quanzhou),
                     ("blind420_lianyungang_tongzhi", doc_lianyungang),
                     ("blind420_yiwu_tongzhi", doc_yiwu)]:
        b = fn()
        path = b.save(stem)
        expected[stem] = b.objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_420", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
