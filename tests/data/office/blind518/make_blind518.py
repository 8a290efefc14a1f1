# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 518: 政协提案答复 / 人大代表建议答复 (商务局, 自贸试验区). Fictional content."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # ideographic space


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def fmt(p, indent=True, align=None, line=28, right_indent=None, left_indent=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if right_indent is not None:
        pf.right_indent = right_indent
    if left_indent is not None:
        pf.left_indent = left_indent


STYLE = {
    "fs": (FS, 16, False),
    "fsb": (FS, 16, True),
    "kt": (KT, 16, False),
    "ktb": (KT, 16, True),
    "ht": (HT, 16, False),
}


class Builder:
    def __init__(self):
        self.doc = Document()
        self.clauses = []
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)

    # generic paragraph from segments [(text, style) | "BR"]
    def para(self, segs, clause=False, indent=True, align=None, numbered=None,
             label="", right_indent=None, line=28):
        p = self.doc.add_paragraph()
        fmt(p, indent=indent, align=align, right_indent=right_indent, line=line)
        if numbered is not None:
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = numbered
        text = ""
        for s in segs:
            if s == "BR":
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
                continue
            t, sty = s if isinstance(s, tuple) else (s, "fs")
            name, size, bold = STYLE[sty]
            r = p.add_run(t)
            set_run_font(r, name, size, bold)
            text += t
        if clause:
            self.clauses.append(label + text)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def heading(self, text):
        self.para([(text, "ht")])

    def title(self, parts, size=22):
        p = self.doc.add_paragraph()
        fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        for i, t in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(t)
            set_run_font(r, XBS, size)
        return p

    def red_head(self, text, size=42):
        p = self.doc.add_paragraph()
        fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
        r = p.add_run(text)
        set_run_font(r, XBS, size, color=RED)
        return p

    def red_line(self):
        p = self.doc.add_paragraph()
        fmt(p, indent=False, line=12)
        border(p, "bottom", "FF0000", 18)
        return p

    def table(self, header, rows, widths=None, clause=True, font_size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, row in enumerate([header] + rows):
            for ci, val in enumerate(row):
                c = t.cell(ri, ci)
                c.text = ""
                p = c.paragraphs[0]
                fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
                r = p.add_run(val)
                set_run_font(r, HT if ri == 0 else FS, font_size)
                if widths:
                    c.width = widths[ci]
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w.twips)))
            for ci, w in enumerate(widths):
                t.columns[ci].width = w
        if clause:
            for row in rows:
                self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.empty(2)
        p = self.doc.add_paragraph()
        fmt(p, indent=False, line=28, left_indent=Pt(14), right_indent=Pt(14))
        border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 4)
        # 抄送 with hanging indent
        p.paragraph_format.left_indent = Pt(14 + 14 * 3)
        p.paragraph_format.first_line_indent = Pt(-14 * 3)
        r = p.add_run(chaosong)
        set_run_font(r, FS, 14)
        p = self.doc.add_paragraph()
        fmt(p, indent=False, line=28, left_indent=Pt(14), right_indent=Pt(14))
        border(p, "bottom", "000000", 8)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(yinfa_org + "\t" + yinfa_date)
        set_run_font(r, FS, 14)

    def footer_page(self, style="dash"):
        sec = self.doc.sections[0]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = ("— ", " —") if style == "dash" else ("-", "-")
        r = fp.add_run(pre)
        set_run_font(r, "宋体", 14)
        r = fp.add_run()
        set_run_font(r, "宋体", 14)
        add_field(r, "PAGE")
        r = fp.add_run(post)
        set_run_font(r, "宋体", 14)

    def save(self, path):
        self.doc.save(path)


def border(p, side, color, sz):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        # pBdr must precede shd/tabs/spacing/ind/jc; insert right after numPr/pStyle if any
        anchor = None
        for tag in ("w:spacing", "w:ind", "w:jc", "w:tabs", "w:shd"):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pBdr)
        else:
            pPr.append(pBdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    pBdr.append(e)


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = f" {instr} "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for x in (b, i, s, t, e):
        run._r.append(x)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def add_numbering(doc, abs_id, num_id, numfmt, lvltext, font, bold):
    numbering = doc.part.numbering_part.element
    b = "<w:b/>" if bold else ""
    absxml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{numfmt}"/><w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="{lvltext}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>{b}'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    )
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numel = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'
    )
    numbering.append(numel)


def cell_para(cell, text, align=WD_ALIGN_PARAGRAPH.LEFT, first=True, font=FS, size=16):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    fmt(p, indent=False, align=align)
    r = p.add_run(text)
    set_run_font(r, font, size)
    return p


# ---------------------------------------------------------------- doc 1: 合肥 政协提案答复 (A类)
def doc_hefei():
    B = Builder()
    d = B.doc
    d.core_properties.title = "关于2024年度建议提案办理工作的通知"
    d.core_properties.author = "Administrator"

    B.para([("办理结果：A类", "ht")], indent=False)
    B.red_head("合肥市商务局")
    B.para([("合商函〔2025〕112号" + SP * 8 + "签发人：", "fs"), ("周立新", "kt")], indent=False)
    B.red_line()
    B.empty()
    B.title(["关于市政协十四届四次会议第0123号提案的答复"])
    B.empty()
    B.para([("王建华委员：", "fs")], indent=False)
    B.para(["您提出的《关于加快中国（安徽）自由贸易试验区合肥片区跨境电商高质量发展的提案》收悉。"
            "该提案由我局主办，市财政局、合肥海关会办。经认真研究并征求会办单位意见，现答复如下："],
           clause=True)
    B.heading("一、关于完善跨境电商公共服务体系")
    B.para(["您在提案中提出的“推动跨境", "电商线上综合服务平台与国际贸易‘单一窗口’深度融合”的建议，"
            "对优化我市跨境电商营商环境具有重要参考价值。2024年以来，我局会同合肥海关、市数据资源局，"
            "依托中国（合肥）跨境电子商务综合试验区线上综合服务平台，推动与国际贸易“单一窗口”安徽标准版数据互联互通，"
            "企业备案、申报、查验、结汇、退税等12项业务已实现“一网通办”。"], clause=True)
    B.para([("（一）推动跨境电商监管模式全覆盖。", "ktb"),
            "合肥片区依托合肥高新技术产业开发区综合保税区，已全面开展跨境电商B2B直接出口（9710）、"
            "跨境电商出口海外仓（9810）、跨境电商零售进口（1210）等业务。2024年，片区跨境电商进出口额达186.4亿元，"
            "同比增长23.7%。"], clause=True)
    B.para([("（二）", "ktb"), ("优化跨境电商出口退税办理流程。", "ktb"),
            "市税务局在片区推行跨境电商出口退（免）税“无纸化申报”“容缺办理”，一类、二类出口企业正常退税平均办理时间"
            "压缩至3个工作日以内。对符合条件的跨境电商企业，落实无票免税和核定征收政策，企业所得税应税所得率统一按4%确定。"],
           clause=True)
    B.heading("二、关于加大跨境电商企业政策扶持力度")
    B.para(["2024年，我市出台《合肥市促进跨境电子商务高质量发展若干政策》（合政办〔2024〕9号），"
            "从市场主体培育、海外仓建设、品牌出海、人才引育等方面给予支持。2024年度共兑现跨境电商专项资金2930万元，"
            "惠及企业56家（次），具体情况如下："], clause=True)
    B.table(["序号", "支持事项", "支持企业（家）", "兑现资金（万元）"],
            [["1", "跨境电商海外仓建设", "14", "1260"],
             ["2", "跨境电商平台及服务商引育", "9", "850"],
             ["3", "跨境电商品牌培育", "27", "640"],
             ["4", "跨境电商人才培训", "6", "180"]],
            widths=[Cm(1.4), Cm(6.2), Cm(3.6), Cm(4.2)])
    B.para(["关于您提出的“对新建公共海外仓给予一次性补助”的建议，我局已会同市财政局在2025年政策修订中予以采纳："
            "对在合肥片区注册的企业新建或租赁面积达到5000平方米以上的公共海外仓，经认定后按实际投资额的20%给予一次性补助，"
            "单个企业最高不超过300万元。"], clause=True)
    B.heading("三、关于加强跨境电商人才培养")
    B.para(["我局高度重视跨境电商人才队伍建设，会同市人社局、市教育局持续推进产教融合，主要开展了以下工作："],
           clause=True)
    B.para([("1.建设人才培训基地。", "fsb"),
            "依托合肥职业技术学院、安徽国际商务职业学院等院校，认定市级跨境电商人才培训基地8家，2024年累计开展实操培训126期、"
            "培训学员5800余人次。"], clause=True)
    B.para([("2", "fsb"), (".举办跨境电商专题活动。", "fsb"),
            "连续两年举办“跨境电商合肥行”暨产业带对接会，组织亚马逊、阿里巴巴国际站、TikTok Shop等平台开展政策宣讲和选品对接，"
            "服务本地企业1200余家次。"], clause=True)
    B.para([("3.完善人才评价激励机制。", "fsb"),
            "将跨境电商运营、数字营销等岗位纳入《合肥市紧缺人才需求目录》，符合条件的高层次人才可按规定享受购房补贴、"
            "子女入学等政策。"], clause=True)
    B.para(["下一步，我局将认真吸纳您的意见建议，持续推动合肥片区跨境电商与综合保税区、中欧班列（合肥）联动发展，"
            "加快建设“跨境电商+产业带”示范区，力争2025年片区跨境电商进出口额突破220亿元。"], clause=True)
    B.para(["感谢您对我市自贸试验区建设的关心和支持。"], clause=True)
    B.empty()
    B.para(["联系人：李文静"], clause=True)
    B.para(["联系电话：0551-63538012"], clause=True)
    B.empty(2)
    B.para([SP * 17 + "合肥市商务局"], indent=False)
    B.para([SP * 16 + "2025年6月20日"], indent=False)
    B.empty()
    B.para(["（此件公开发布）"], indent=True)
    B.banji("抄送：市政协提案委，市政府督查室，市财政局，合肥海关。", "合肥市商务局办公室", "2025年6月20日印发")
    B.footer_page("dash")

    meta = {
        "title": "关于市政协十四届四次会议第0123号提案的答复",
        "doc_number": "合商函〔2025〕112号",
        "issuer": ["合肥市商务局"],
        "date": "2025-06-20",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答复",
        "recipients": ["王建华委员"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return B, [{"meta": meta, "clauses": B.clauses}]


# ---------------------------------------------------------------- doc 2: 长沙 人大建议答复 (B类)
def doc_changsha():
    B = Builder()
    d = B.doc
    # layout table: 办理结果 / 签发人
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_para(t.cell(0, 0), "办理结果：B类", font=HT)
    cell_para(t.cell(0, 1), "签发人：谭志刚", align=WD_ALIGN_PARAGRAPH.RIGHT)
    B.red_head("长沙市商务局")
    B.para(["长商务函〔2025〕204号"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    B.red_line()
    B.empty()
    B.title(["长沙市商务局关于市十六届人大四次会议", "第0286号建议的答复"])
    B.empty()
    B.para(["刘红梅代表："], indent=False)
    B.para(["您提出的《关于依托中欧班列（长沙）提升自贸试验区长沙片区开放通道能级的建议》收悉。"
            "经认真研究，并商市发展改革委、长沙海关、湖南自贸试验区长沙片区工作办公室，现将办理情况答复如下："],
           clause=True)
    B.heading("一、中欧班列（长沙）和长沙片区开放通道建设基本情况")
    B.para(["近年来，我市坚持把中欧班列（长沙）作为融入共建“一带一路”的重要抓手，依托长沙片区制度创新优势，"
            "推动“班列+口岸+综保区”联动发展。目前，中欧班列（长沙）已开通至德国杜伊斯堡、汉堡，波兰马拉舍维奇，"
            "俄罗斯莫斯科，乌兹别克斯坦塔什干等境外站点的线路15条，辐射亚欧30余个国家和地区。近三年运行情况如下："],
           clause=True)
    B.table(["年度", "开行列数（列）", "进出口货值（亿元）", "回程班列占比"],
            [["2022年", "1016", "142.6", "38.5%"],
             ["2023年", "1139", "158.3", "41.2%"],
             ["2024年", "1207", "171.9", "44.6%"]],
            widths=[Cm(3.0), Cm(4.0), Cm(4.4), Cm(4.0)])
    B.para(["2024年，长沙片区实现进出口总额956.8亿元，占全市的比重达到51.3%；新设外商投资企业127家，"
            "实际使用外资6.2亿美元。"], clause=True)
    B.empty()
    B.heading("二、关于您所提建议的办理情况")
    B.para([("（一）关于“推动中欧班列运邮和跨境电商专列常态化开行”的建议。", "ktb"),
            "今年以来，我局会同长沙海关、中国邮政集团有限公司湖南省分公司，积极争取中欧班列（长沙）国际邮包运输试点，",
            "BR",
            "目前已完成测试班列开行2列，正在推进常态化运营相关手续。同时，支持平台企业开行跨境电商专列，"
            "2025年1—6月共开行跨境电商专列23列，货值4.7亿元。"], clause=True)
    B.para([("（二）关于“在长沙片区设立中欧班列集结中心海关监管作业场所”的建议。", "ktb"),
            "长沙海关已在霞凝港区设立海关监管作业场所，实行“铁路快通”“两段准入”等便利化监管模式，"
            "进口货物通关时间压缩至24小时以内。下一步，我局将配合长沙海关研究在长沙片区内增设铁路监管作业场所的可行性，"
            "目前该事项尚需报请海关总署审批。"], clause=True)
    B.para([("（三）关于“加大中欧班列运营补贴”的建议。", "ktb"),
            "根据国家有关部门关于规范中欧班列地方补贴的要求，各地补贴标准逐年退坡。我市将严格落实相关要求，"
            "统筹用好省、市开放型经济发展专项资金，重点支持回程班列、定制班列和冷链班列开行，"
            "推动中欧班列由“补贴驱动”向“市场驱动”转变。"], clause=True)
    B.empty()
    B.heading("三、下一步工作")
    B.para(["您的建议涉及的部分事项需要多部门协调推进，有的还需报请国家有关部委支持，我们将列入年度工作计划逐步落实。"
            "下一步，重点做好以下工作："], clause=True)
    B.para(["1.拓展班列线路网络。加密至中亚、俄罗斯方向的线路，积极开辟至中东欧、土耳其等方向的跨里海国际运输走廊线路，"
            "力争2025年新增境外线路2条以上。"], clause=True)
    B.para(["2.深化“班列+自贸”联动。支持长沙片区企业利用中欧班列开展进口商品展示交易、保税维修、跨境电商等新业态，"
            "推动平行进口汽车通过中欧班列回程运输。"], clause=True)
    B.para(["3.提升综合服务能力。推动长沙国际铁路港与金霞保税物流中心（B型）、长沙黄花综合保税区协同联动，"
            "推广中欧班列“一单制”铁路运单物权化试点，为企业提供融资、结算、保险等一站式服务。"], clause=True)
    B.para(["4.加强跟踪问效。我局将建立建议办理跟踪台账，定期向您通报办理进展，确保建议落到实处。"], clause=True)
    B.para(["感谢您对我市自贸试验区建设和中欧班列发展的关心和支持，欢迎继续对我们的工作提出宝贵意见和建议。"],
           clause=True)
    B.para(["联系人：赵敏，联系电话：0731-88665432。"], clause=True)
    B.empty(3)
    B.para(["长沙市商务局"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(80))
    B.para(["2025年7月15日"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    B.banji("抄送：市人大常委会代表工作委员会，市人民政府办公厅，市发展改革委，长沙海关。",
            "长沙市商务局办公室", "2025年7月15日印发")
    B.footer_page("hyphen")

    meta = {
        "title": "长沙市商务局关于市十六届人大四次会议第0286号建议的答复",
        "doc_number": "长商务函〔2025〕204号",
        "issuer": ["长沙市商务局"],
        "date": "2025-07-15",
        "published": None,
        "level": "municipal",
        "region": "长沙市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答复",
        "recipients": ["刘红梅代表"],
        "publicity": None,
        "repeals": None,
    }
    return B, [{"meta": meta, "clauses": B.clauses}]


# ---------------------------------------------------------------- doc 3: 南宁 政协提案答复 (A类, Word numbering, 附件)
def doc_nanning():
    B = Builder()
    d = B.doc
    add_numbering(d, 91, 91, "chineseCounting", "（%1）", KT, True)
    add_numbering(d, 92, 92, "decimal", "%1.", FS, False)

    B.red_head("南宁市商务局", size=40)
    p = B.para(["南商务提字〔2026〕17号\t签发人：韦明华"], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    B.red_line()
    B.para([("办理结果：A类", "ht")], indent=False)
    B.empty()
    B.title(["关于对市政协十三届五次会议第0087号提案的答复"])
    B.empty()
    B.para(["黄志强委员："], indent=False)
    B.para(["您提出的《关于加快中国（广西）自由贸易试验区南宁片区面向东盟开放合作吸引外商投资的提案》收悉。"
            "感谢您对我市利用外资工作的关心。我局会同市投资促进局、南宁综合保税区管委会对提案进行了认真研究，现答复如下："],
           clause=True)
    B.heading("一、南宁片区利用外资基本情况")
    B.para(["中国（广西）自由贸易试验区南宁片区自2019年8月挂牌以来，坚持以制度创新为核心，"
            "全面落实外商投资准入前国民待遇加负面清单管理制度，外资准入“非禁即入”。2025年，片区新设外商投资企业213家，"
            "实际使用外资4.8亿美元，同比增长15.6%，其中来自东盟国家的投资占比达到37.2%。"], clause=True)
    B.heading("二、关于提案所提建议的采纳落实情况")
    items2 = [
        ("关于“编制面向东盟的外资招商产业图谱”的建议。",
         "已采纳。我局已会同市投资促进局编制完成《南宁片区面向东盟招商引资产业图谱（2026年版）》，聚焦电子信息、"
         "新能源汽车零部件、跨境金融、数字经济等重点产业链，梳理目标企业清单320家，实行“一链一专班”精准招商。"),
        ("关于“提升外商投资企业服务保障水平”的建议。",
         "已采纳。片区设立外商投资企业服务中心，推行外资企业设立登记“一窗通办”，开办时间压缩至1个工作日；"
         "建立重点外资项目“服务专员”制度，2025年协调解决外资企业用地、用工、通关等诉求86项。"),
        ("关于“用好综合保税区政策吸引外资加工制造项目”的建议。",
         "已采纳。南宁综合保税区积极落实增值税一般纳税人资格试点、“保税+”维修再制造等政策，2025年新引进越南、"
         "泰国等东盟国家投资的加工制造项目11个，合同外资1.3亿美元。"),
        ("关于“深化中国—东盟跨境投资便利化”的建议。",
         "已部分采纳。在中国人民银行广西壮族自治区分行的支持下，片区开展跨境贸易投资高水平开放试点，"
         "外商投资企业资本项目收入支付便利化业务实现全覆盖，2025年办理相关业务1.2万笔、金额28.6亿美元。"),
    ]
    for i, (h, body) in enumerate(items2):
        B.para([(h, "ktb"), body], clause=True, numbered=91, label="（" + "一二三四"[i] + "）")
    B.heading("三、下一步工作打算")
    B.para(["下一步，我局将把您的建议纳入2026年度利用外资工作要点，重点抓好以下工作："], clause=True)
    items3 = [
        "持续开展“投资南宁·东盟行”系列招商活动，全年赴东盟国家开展专题招商推介不少于6场。",
        "积极争取国家和自治区支持，推动在南宁片区率先试点放宽电信、医疗等领域外资准入限制。",
        "完善外商投资企业投诉工作机制，依法保护外商投资合法权益，打造市场化、法治化、国际化一流营商环境。",
        "建立提案办理“回头看”机制，适时邀请您实地调研指导，共同推动各项建议落地见效。",
    ]
    for i, body in enumerate(items3):
        B.para([body], clause=True, numbered=92, label=f"{i + 1}.")
    B.para(["再次感谢您对我市自贸试验区建设和利用外资工作的关心和支持！"], clause=True)
    B.empty()
    B.para(["附件：南宁片区2025年新引进外商投资重点项目清单"], indent=True)
    B.empty(2)
    # layout table for 落款
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    t.cell(0, 0).width = Cm(8.0)
    t.cell(0, 1).width = Cm(7.6)
    cell_para(t.cell(0, 1), "南宁市商务局", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(t.cell(1, 1), "2026年6月10日", align=WD_ALIGN_PARAGRAPH.CENTER)
    B.empty()
    B.para(["（此件公开发布）"])
    B.para(["（联系人：黄丽萍，联系电话：0771-5568123）"])
    # attachment on a new page
    p = B.doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    B.para([("附件", "ht")], indent=False)
    B.empty()
    B.title(["南宁片区2025年新引进外商投资重点项目清单"], size=20)
    B.empty()
    B.table(["序号", "项目名称", "投资方国别", "合同外资（万美元）", "所在区域"],
            [["1", "年产50万套新能源汽车电池结构件项目", "泰国", "3200", "南宁综合保税区"],
             ["2", "东盟跨境数字贸易结算中心项目", "新加坡", "2500", "五象新区核心区"],
             ["3", "智能终端精密零部件加工项目", "越南", "1800", "南宁综合保税区"],
             ["4", "冷链食品进口分拨加工项目", "马来西亚", "1200", "南宁综合保税区"],
             ["5", "跨境医疗器械研发生产项目", "新加坡", "900", "五象新区核心区"]],
            widths=[Cm(1.2), Cm(5.4), Cm(2.4), Cm(3.6), Cm(3.2)], font_size=10.5)
    B.banji("抄送：市政协提案委，市人民政府办公室，市投资促进局。", "南宁市商务局办公室", "2026年6月10日印发")
    B.footer_page("dash")

    meta = {
        "title": "关于对市政协十三届五次会议第0087号提案的答复",
        "doc_number": "南商务提字〔2026〕17号",
        "issuer": ["南宁市商务局"],
        "date": "2026-06-10",
        "published": None,
        "level": "municipal",
        "region": "南宁市",
        "effective": None,
        "expires": None,
        "attachments": ["南宁片区2025年新引进外商投资重点项目清单"],
        "doc_type": "答复",
        "recipients": ["黄志强委员"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return B, [{"meta": meta, "clauses": B.clauses}]


def main():
    expected = {}
    for stem, fn in [("blind518_hefei_tiandafu", doc_hefei),
                     ("blind518_changsha_jianyidafu", doc_changsha),
                     ("blind518_nanning_tiandafu", doc_nanning)]:
        B, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        B.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_518", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
