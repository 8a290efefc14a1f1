# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 367: sloppily typed Word documents (mixed numbering, web-pasted text,
accidental Enter, Word footnotes). Writes .docx, .pdf and expected.json next to itself."""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# --------------------------------------------------------------------------- helpers
class Builder:
    def __init__(self):
        self.doc = Document()
        self.footnotes = []  # list of footnote texts, id = index+1
        self.clauses = []
        self.num_ids = 0
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self._footer()

    # ---- runs
    @staticmethod
    def font(run, name, size=16, bold=False, color=None):
        run.font.name = name
        rpr = run._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), name)
        run.font.size = Pt(size)
        if bold:
            run.bold = True
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return run

    def par(self, segs, font=FS, size=16, bold=False, align=None, indent=True,
            color=None, line=26, border_bottom=None, border_top=None, left_chars=0):
        """segs: str | list of (str | ('b', txt) | ('k', txt) | ('h', txt) | ('br',) | ('fn', text))"""
        p = self.doc.add_paragraph()
        if border_bottom or border_top:
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            for side, col in (("top", border_top), ("bottom", border_bottom)):
                if col:
                    e = OxmlElement("w:" + side)
                    e.set(qn("w:val"), "single")
                    e.set(qn("w:sz"), col[1])
                    e.set(qn("w:space"), "1")
                    e.set(qn("w:color"), col[0])
                    bdr.append(e)
            pPr.append(bdr)
        pf = p.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if left_chars:
            pf.left_indent = Pt(size * left_chars)
        if align:
            p.alignment = align
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                self.font(p.add_run(s), font, size, bold, color)
            elif s[0] == "b":
                self.font(p.add_run(s[1]), font, size, True, color)
            elif s[0] == "k":
                self.font(p.add_run(s[1]), KT, size, False, color)
            elif s[0] == "h":
                self.font(p.add_run(s[1]), HT, size, False, color)
            elif s[0] == "br":
                p.add_run().add_break()
            elif s[0] == "fn":
                self.footnote_ref(p, s[1])
        return p

    def footnote_ref(self, p, text):
        self.footnotes.append(text)
        fid = len(self.footnotes)
        r = p.add_run()
        rpr = r._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r._r.append(ref)

    def blank(self, text=""):
        p = self.doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        if text:
            self.font(p.add_run(text), FS)
        return p

    def auto_list(self):
        """Word automatic numbering '1.' (decimal, no tab) — returns numId."""
        self.num_ids += 1
        nid = 900 + self.num_ids
        numbering = self.doc.part.numbering_part.element
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        from docx.oxml import parse_xml
        absn = parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{nid}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{FS}" w:hAnsi="{FS}" w:eastAsia="{FS}"/><w:sz w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>')
        numbering.append(num)
        return nid

    def numbered(self, nid, segs):
        p = self.par(segs)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = nid
        return p

    def table(self, header, rows, widths):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for ri, data in enumerate([header] + rows):
            for ci, val in enumerate(data):
                c = t.cell(ri, ci)
                c.width = Cm(widths[ci])
                p = c.paragraphs[0]
                p.paragraph_format.line_spacing = Pt(22)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (ri == 0 or ci in (0, len(header) - 1)) \
                    else WD_ALIGN_PARAGRAPH.LEFT
                self.font(p.add_run(val), HT if ri == 0 else FS, 12)
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        t.autofit = False
        for r in rows:
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, r)))
        return t

    def _footer(self):
        sec = self.doc.sections[0]
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.font(p.add_run("— "), SONG, 14)
        r = p.add_run()
        self.font(r, SONG, 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r = p.add_run(); self.font(r, SONG, 14)
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        r._r.append(it)
        r = p.add_run(); self.font(r, SONG, 14)
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
        self.font(p.add_run("1"), SONG, 14)
        r = p.add_run(); self.font(r, SONG, 14)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
        self.font(p.add_run(" —"), SONG, 14)

    def save(self, path):
        if self.footnotes:
            W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<w:footnotes xmlns:w="{W}">'
                     '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                     '<w:r><w:separator/></w:r></w:p></w:footnote>'
                     '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                     '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
            rf = f'<w:rFonts w:ascii="{FS}" w:hAnsi="{FS}" w:eastAsia="{FS}"/>'
            for i, txt in enumerate(self.footnotes, 1):
                parts.append(
                    f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="280" w:lineRule="exact"/></w:pPr>'
                    f'<w:r><w:rPr>{rf}<w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr>{rf}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(txt)}</w:t></w:r>'
                    '</w:p></w:footnote>')
            parts.append("</w:footnotes>")
            blob = "".join(parts).encode("utf-8")
            fpart = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
            self.doc.part.relate_to(fpart, RT.FOOTNOTES)
        self.doc.save(path)


def clause_text(segs):
    if isinstance(segs, str):
        segs = [segs]
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] in ("b", "k", "h"):
            out.append(s[1])
    return "".join(out).replace(NBSP, "").strip()


def C(b, segs, **kw):
    """Body paragraph that is a clause."""
    p = b.par(segs, **kw)
    b.clauses.append(clause_text(segs))
    return p


# =========================================================================== doc 1
def make_zhengzhou():
    b = Builder()
    R = "FF0000"
    # red header
    b.blank()
    b.par("郑州市商务局文件", font=XBS, size=52, color=R, align=WD_ALIGN_PARAGRAPH.CENTER,
          indent=False, line=60)
    b.blank()
    b.par("郑商务〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
          border_bottom=(R, "24"))
    b.blank()
    # title split into two paragraphs by hand (trailing space on first line)
    b.par("郑州市商务局关于做好2026年跨境电子商务 ", font=XBS, size=22,
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    b.par("综合试验区建设重点工作的通知", font=XBS, size=22,
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    b.blank()
    b.par("各区县（市）商务主管部门，各开发区管委会，市直有关单位：", indent=False)

    C(b, "为深入贯彻落实国务院关于跨境电子商务综合试验区建设的决策部署和《河南省推动跨境电商高质量发展行动方案》"
         "有关要求，加快推进中国（郑州）跨境电子商务综合试验区提质升级，巩固“买全球、卖全球”发展优势，"
         "现就做好2026年我市跨境电商综合试验区建设重点工作通知如下。")

    b.par([("h", "一、总体要求   ")])
    C(b, ["坚持以制度创新为核心、以产业融合为路径，聚焦跨境电商主体培育、产业带转型、海外仓布局和监管服务创新，"
          "推动跨境电商与中欧班列（郑州）、郑州航空口岸、郑州新郑综合保税区联动发展。2026年，力争全市跨境电商交易额突破"
          "1500亿元，新培育年交易额超亿元企业20家以上，新增公共海外仓",
          ("fn", "公共海外仓，是指由企业在境外建设运营、向社会开放，为多家跨境电商企业提供仓储、分拣、配送、退换货等服务的海外仓。"),
          "10个以上。"])

    b.par([("h", "二、重点任务 　")])
    C(b, [("k", "（一）培育壮大跨境电商经营主体。"),
          "实施跨境电商主体“育苗壮苗”行动，分类建立重点企业培育库，对入库企业实行“一企一策”跟踪服务。"])
    C(b, ["1、支持传统外贸企业和生产企业开展跨境电商业务，对首次通过“9610”",
          ("fn", "“9610”全称“跨境贸易电子商务”，适用于境内个人或电子商务企业通过电子商务交易平台实现交易，"
                 "并采用“清单核放、汇总申报”模式办理通关手续的跨境电商零售进出口商品。"),
          "、“9710”“9810”",
          ("fn", "“9710”为跨境电子商务企业对企业直接出口监管方式代码，“9810”为跨境电子商务出口海外仓监管方式代码。"),
          "模式开展出口的企业给予业务辅导和通关便利。"])
    C(b, "2、引进培育一批跨境电商平台企业、综合服务企业和专业服务商，支持其在郑设立区域总部、运营中心和结算中心。")
    C(b, "3、鼓励高校、职业院校与企业共建跨境电商人才实训基地，全年培训跨境电商从业人员5000人次以上。")

    C(b, [("k", "（二）推进跨境电商产业带数字化转型。"),
          "立足我市服装、食品、装备制造、汽车零部件等优势产业，打造一批“跨境电商+产业带”示范项目。"])
    C(b, "1.组织产业带企业与跨境电商平台开展精准对接，每季度至少举办1场对接活动。")
    C(b, "2．支持企业运用大数据、人工智能等技术开展选品、营销和售后服务，培育一批跨境电商自主品牌。")
    C(b, "3.推动产业带企业入驻郑州跨境电商产业园区，实现集聚发展。")

    C(b, [("k", "（三）完善海外仓和国际物流网络。"),
          "强化跨境电商物流通道支撑，提升海外仓综合服务能力。"])
    C(b, "(1)支持企业在共建“一带一路”国家和RCEP成员国重点城市建设、租赁海外仓，鼓励海外仓向集中展示、售后维修、退换货等综合服务延伸。")
    C(b, "(2)发挥中欧班列（郑州）和郑州—卢森堡“空中丝绸之路”通道优势，推广“跨境电商+中欧班列”“跨境电商+航空货运”模式，稳定开行跨境电商专列。")
    C(b, "(3)支持物流企业开通至欧洲、中亚、东南亚的跨境电商物流专线，提升国际物流时效。")

    C(b, [("k", "（四）创新监管服务模式。"), "深化跨境电商监管服务创新，重点做好以下工作："])
    C(b, "①配合郑州海关推广跨境电商零售进口退货中心仓模式，提高退货处理效率；")
    C(b, "②优化国际贸易“单一窗口”跨境电商功能，推动申报、查验、退税、结汇等环节全流程线上办理；")
    C(b, ["③依托郑州新郑综合保税区扩大“1210”",
          ("fn", "“1210”全称“保税跨境贸易电子商务”，适用于在海关认可的海关特殊监管区域或保税监管场所内开展的跨境电商零售进出口业务。"),
          "网购保税进口业务，探索保税展示交易与跨境电商融合发展。"])

    # ---- section pasted from a web page: bold-run heading, NBSP indents, a line break after every sentence
    b.blank()
    b.par([("b", "三、保障措施  ")], indent=False, left_chars=0)
    b.blank(NBSP)
    for head, sents in [
        ("（一）加强组织领导。", ["市商务局牵头建立跨境电商综试区建设工作专班，定期研究解决重大问题。",
                          "各区县（市）、各开发区要明确分管领导和责任科室，制定本地区年度工作计划。"]),
        ("（二）强化政策支持。", ["统筹用好中央外经贸发展专项资金和市级商务发展专项资金，对符合条件的跨境电商企业、公共海外仓和人才培训项目给予支持。",
                          "具体支持标准按照市级商务发展专项资金管理办法执行。"]),
        ("（三）做好统计监测。", ["各地要按月报送跨境电商重点企业运行数据，及时反映企业诉求。",
                          "市商务局将会同郑州海关、市统计局等部门做好跨境电商交易额统计核算工作。"]),
    ]:
        segs = [NBSP * 4 + head, ("br",)]
        for i, s in enumerate(sents):
            segs.append(s)
            if i < len(sents) - 1:
                segs.append(("br",))
        segs.append(NBSP)
        C(b, segs, indent=False)
        b.blank()

    b.par([("h", "四、有关要求")])
    # accidental Enter in the middle of a word
    p1 = ("请各区县（市）商务主管部门、各开发区管委会于2026年4月15日前，将2026年跨境电商综合试验区建设重点任务申报表（附件1）"
          "和跨境电商企业海外仓信息统计表（附件2）加盖公章后报送市商务")
    p2 = "局电子商务处，电子版同时发送至电子邮箱zzsswj_dsc@163.com。"
    b.par(p1)
    b.par(p2)
    b.clauses.append(p1 + p2)
    C(b, "联系人：刘晓宁，联系电话：0371-67186205。")
    b.blank()

    b.par("附件：1.2026年跨境电商综合试验区建设重点任务申报表")
    b.par("      2.跨境电商企业海外仓信息统计表", left_chars=0)
    b.blank(); b.blank(); b.blank()
    b.par("郑州市商务局        ", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.par("2026年3月12日      ", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.blank()
    b.par("（此件公开发布）")
    b.blank(); b.blank()
    # 版记
    b.par(" 抄送：河南省商务厅，郑州海关。", size=14, indent=False,
          border_top=("000000", "8"), border_bottom=("000000", "4"))
    b.par(" 郑州市商务局办公室                      2026年3月12日印发", size=14, indent=False,
          border_bottom=("000000", "8"))

    meta = {
        "title": "郑州市商务局关于做好2026年跨境电子商务综合试验区建设重点工作的通知",
        "doc_number": "郑商务〔2026〕9号",
        "issuer": ["郑州市商务局"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年跨境电商综合试验区建设重点任务申报表", "跨境电商企业海外仓信息统计表"],
        "doc_type": "通知",
        "recipients": ["各区县（市）商务主管部门", "各开发区管委会", "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, meta


# =========================================================================== doc 2
def make_qingbaijiang():
    b = Builder()
    b.blank()
    b.par("中国（四川）自由贸易试验区成都青白江", font=XBS, size=22,
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    b.par("铁路港片区2026年工作要点  ", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    b.par([("k", "（2026年2月26日片区管理局局务会审议通过）")], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.blank()

    C(b, "2026年是“十五五”开局之年，也是片区深化改革开放、建设国际门户枢纽的关键之年。为全面落实《中国（四川）自由贸易试验区总体方案》"
         "和省、市关于实施自贸试验区提升战略的部署要求，持续深化以铁路港为核心的陆上开放制度创新，制定本工作要点。")

    b.par([("h", "一、总体思路    ")])
    C(b, "坚持以制度创新为核心，以服务共建“一带一路”和西部陆海新通道建设为主线，突出“铁路港+自贸区+综保区”联动，"
         "着力在陆上贸易规则、国际物流通道、开放型产业和营商环境等方面形成一批标志性成果，加快建设内陆开放型经济高地和国际铁路港枢纽。")

    b.par([("h", "二、主要目标 ")])
    C(b, "2026年，片区力争实现以下目标：")
    C(b, "①中欧班列（成渝）（成都）全年开行4800列以上，回程班列占比稳定在40%以上；")
    C(b, "②片区外贸进出口总额同比增长8%以上，其中成都国际铁路港综合保税区进出口额突破600亿元；")
    C(b, "③新设外商投资企业30家以上，实际使用外资1.5亿美元以上；")
    C(b, "④形成制度创新成果10项以上，力争2项以上在全国复制推广。")

    b.par([("h", "三、重点任务")])
    C(b, [("k", "（一）深化陆上贸易规则探索。"),
          "围绕铁路运输单证金融属性和多式联运规则衔接，持续开展首创性、差异化改革探索。"])
    C(b, ["1．扩大铁路运单物权化",
          ("fn", "铁路运单物权化，是指通过赋予铁路运输单证（铁路提单）物权凭证属性，使其可用于货物控制、转让和融资质押。"),
          "试点范围，推动更多银行、保险机构参与基于铁路提单的贸易融资业务，全年办理铁路提单融资业务20亿元以上。"])
    C(b, "2.推广多式联运“一单制”，推进铁路、公路、海运单证信息互认，探索“一次委托、一单到底、一次结算”的全程服务模式。")
    C(b, "3、参与国际铁路联运规则研究，配合有关部门推动中欧班列运输规则与国际贸易规则衔接。")

    C(b, [("k", "（二）提升中欧班列综合服务能级。"), "优化通道布局和运营组织，提高班列开行质量和效益。"])
    nid = b.auto_list()  # Word automatic numbering 1. 2. 3.
    items = [
        ["加密至波兰罗兹、德国纽伦堡、荷兰蒂尔堡等城市的班列线路，稳定开行中亚、南亚国际班列。"],
        ["拓展中欧班列“两国双园”",
         ("fn", "“两国双园”是指在我国和共建“一带一路”国家分别建设产业园区，以中欧班列等国际物流通道为纽带，实现两地园区产业协同、互利共赢的合作模式。"),
         "合作，推动与境外园区在产业对接、物流集散、贸易服务等方面深度合作。"],
        ["推动班列运输与跨境电商、冷链物流、汽车整车进口等业务融合，提升回程货源组织能力。"],
    ]
    for i, segs in enumerate(items, 1):
        b.numbered(nid, segs)
        b.clauses.append(f"{i}." + clause_text(segs))

    C(b, [("k", "（三）推动综合保税区提质增效。"),
          "发挥成都国际铁路港综合保税区政策功能，推动保税业务向高端化、多元化发展。"])
    C(b, "(1)积极发展保税研发、保税维修、保税检测等新业态，支持区内企业开展全球维修业务。")
    C(b, "(2)深化“保税+展示交易”“保税+跨境电商”等业务模式，拓展平行进口汽车保税仓储业务。")
    C(b, "(3)配合海关推进综合保税区智慧监管平台建设，提高货物通关和物流效率。")

    C(b, [("k", "（四）做大跨境电商和外贸新业态。"), "推动跨境电商与班列物流深度融合，培育外贸增长新动能。"])
    C(b, ["（1）依托综合保税区扩大跨境电商“1210”",
          ("fn", "“1210”即保税跨境贸易电子商务监管方式，指跨境电商企业将商品批量运入海关特殊监管区域，消费者下单后以个人物品方式申报出区。"),
          "网购保税进口规模，引进培育跨境电商进口龙头企业。"])
    C(b, "（2）支持跨境电商企业利用中欧班列开展出口海外仓业务，在班列沿线节点城市布局海外仓。")
    C(b, "（3）推进市场采购贸易与跨境电商、中欧班列联动发展，培育外贸综合服务企业。")

    C(b, [("k", "（五）持续稳外资扩开放。"),
          "全面落实外商投资准入前国民待遇加负面清单管理制度，做好外商投资促进和服务保障。"])
    C(b, "①围绕智能制造、现代物流、商贸服务等领域开展精准招商，每季度至少举办1场境外招商推介活动。")
    C(b, "②建立重点外资企业和项目“服务专员”制度，协调解决企业用地、用工、融资等问题。")
    C(b, "③落实外商投资企业投诉工作机制，依法保护外商投资合法权益。")

    # ---- section pasted from the web
    b.blank()
    b.par([("h", "四、保障措施 ")], indent=False)
    b.blank(NBSP)
    for head, sents in [
        ("（一）强化组织推进。", ["片区管理局统筹推进年度重点任务落实，实行清单化、项目化管理。",
                          "各牵头部门要细化工作举措，明确时间节点和责任人。"]),
        ("（二）强化要素保障。", ["统筹用好省、市自贸试验区建设专项资金，优先支持制度创新和重大开放平台项目。",
                          "加强自贸试验区专业人才引进和培训。"]),
    ]:
        segs = [NBSP * 4 + head, ("br",)]
        for i, s in enumerate(sents):
            segs.append(s)
            if i < len(sents) - 1:
                segs.append(("br",))
        C(b, segs, indent=False)
        b.blank()
    # accidental Enter mid-word
    p1 = NBSP * 4 + "（三）强化督查评估。各牵头部门要于每季度末月25日前将重点任务进展情况报送片区管理局综合"
    p2 = "协调部，片区管理局将定期通报任务推进情况，并将评估结果纳入年度目标考核。"
    b.par(p1, indent=False)
    b.par(p2, indent=False)
    b.clauses.append(p1.replace(NBSP, "") + p2)
    b.blank()

    b.par([("h", "五、重点任务分工")])
    C(b, "各项重点任务分工如下：")
    header = ["序号", "重点任务", "牵头部门", "配合部门", "完成时限"]
    rows = [
        ["1", "扩大铁路运单物权化试点范围", "片区管理局金融服务部", "成都国际铁路港投资发展集团有限公司", "2026年12月"],
        ["2", "推广多式联运“一单制”", "片区管理局综合协调部", "成都国际陆港运营有限公司", "2026年10月"],
        ["3", "拓展中欧班列“两国双园”合作", "片区管理局开放合作部", "成都国际铁路港投资发展集团有限公司", "2026年12月"],
        ["4", "推进综合保税区智慧监管平台建设", "片区管理局综保区服务中心", "铁路港海关", "2026年9月"],
        ["5", "开展境外招商推介活动", "片区管理局投资促进部", "青白江区商务局", "2026年12月"],
    ]
    b.table(header, rows, [1.4, 5.2, 3.6, 3.8, 2.4])
    b.blank(); b.blank()
    b.par("中国（四川）自由贸易试验区成都青白江铁路港片区管理局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.par("2026年2月26日         ", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    meta = {
        "title": "中国（四川）自由贸易试验区成都青白江铁路港片区2026年工作要点",
        "doc_number": None,
        "issuer": ["中国（四川）自由贸易试验区成都青白江铁路港片区管理局"],
        "date": "2026-02-26",
        "published": None,
        "level": "zone",
        "region": "中国（四川）自由贸易试验区成都青白江铁路港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "工作要点",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, meta


def main():
    expected = {}
    for stem, fn in [("blind367_zhengzhou_tongzhi", make_zhengzhou),
                     ("blind367_qingbaijiang_gongzuoyaodian", make_qingbaijiang)]:
        b, meta = fn()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = [{"meta": meta, "clauses": b.clauses}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
