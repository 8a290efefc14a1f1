# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 503 blind test documents: cross-border finance notices (人民银行分行)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
D = WD_ALIGN_PARAGRAPH.DISTRIBUTE

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def set_widths(t, widths):
    tbl = t._tbl
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            if ci < len(row.cells):
                row.cells[ci].width = Cm(w)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.next_abs = 80
        self.next_num = 180
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self._footer()
        # python-docx template starts with nothing; body is empty
        self.numbering = self.doc.part.numbering_part.element

    # ------------------------------------------------------------------
    def _footer(self):
        ft = self.doc.sections[0].footer
        p = ft.paragraphs[0]
        p.alignment = C
        r = p.add_run("— ")
        set_font(r, ST, 14)
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                          ("text", "1"), ("end", None)):
            r = p.add_run()
            set_font(r, ST, 14)
            if kind == "instr":
                el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                               % (nsdecls("w"), txt))
                r._element.append(el)
            elif kind == "text":
                r.text = txt
            else:
                el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
                r._element.append(el)
        r = p.add_run(" —")
        set_font(r, ST, 14)

    def abstract(self, fmt, lvltext, font=FS, bold=False):
        aid = self.next_abs
        self.next_abs += 1
        b = "<w:b/>" if bold else ""
        xml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        ) % (nsdecls("w"), aid, fmt, lvltext, font, font, font, b)
        el = parse_xml(xml)
        nums = self.numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(el)
        else:
            self.numbering.append(el)
        return aid

    def num(self, aid):
        nid = self.next_num
        self.next_num += 1
        xml = ('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
               '</w:num>') % (nsdecls("w"), nid, aid)
        self.numbering.append(parse_xml(xml))
        return nid

    # ------------------------------------------------------------------
    def start(self, meta):
        self.objs.append({"meta": meta, "clauses": []})

    def p(self, runs, align=J, indent=True, clause=False, num=None, prefix="",
          size=16, font=FS, color=None, spacing=29, border=None, before=0, after=0,
          left_chars=0):
        if isinstance(runs, str):
            runs = [(runs, font, False)]
        para = self.doc.add_paragraph()
        para.alignment = align
        pf = para.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent and num is None:
            pf.first_line_indent = Pt(size * 2)
        elif not indent:
            pf.first_line_indent = Pt(0)
        if left_chars:
            pf.left_indent = Pt(size * left_chars)
        if num is not None:
            ppr = para._p.get_or_add_pPr()
            ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                 % (nsdecls("w"), num)))
        for item in runs:
            text, f, bold = item[0], item[1], item[2]
            parts = text.split("\n")
            for i, part in enumerate(parts):
                r = para.add_run(part)
                set_font(r, f, size, bold, color)
                if i < len(parts) - 1:
                    r.add_break()
        if border:
            ppr = para._p.get_or_add_pPr()
            edges = "".join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                            % (e, border[1], border[2]) for e in border[0])
            ppr.append(parse_xml("<w:pBdr %s>%s</w:pBdr>" % (nsdecls("w"), edges)))
        if clause:
            txt = prefix + "".join(r[0] for r in runs).replace("\n", "")
            self.objs[-1]["clauses"].append(txt.strip().strip("\u3000").strip())
        return para

    def empty(self, n=1):
        for _ in range(n):
            para = self.doc.add_paragraph()
            para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            para.paragraph_format.line_spacing = Pt(29)

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def redline(self):
        self.p("", align=C, indent=False, spacing=12,
               border=(["bottom"], 18, "FF0000"))

    def table(self, headers, rows, widths=None, clause=True, size=12, font=FS):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(headers):
            cell = t.rows[0].cells[ci]
            cp = cell.paragraphs[0]
            cp.alignment = C
            set_font(cp.add_run(h), HT, size)
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                cell = t.rows[ri + 1].cells[ci]
                cp = cell.paragraphs[0]
                cp.alignment = C if len(v) <= 8 else L
                set_font(cp.add_run(v), font, size)
            if clause:
                self.objs[-1]["clauses"].append(
                    "；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        if widths:
            set_widths(t, widths)
        return t

    def layout_table(self, cells, rows, cols, merges=(), widths=None):
        """Borderless table used for layout only. cells: {(r,c): (text, font, size, color, align)}"""
        t = self.doc.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblpr = t._tbl.tblPr
        tblpr.append(parse_xml(
            '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
            '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
            % nsdecls("w")))
        for (a, b) in merges:
            t.cell(*a).merge(t.cell(*b))
        for (ri, ci), (text, font, size, color, align) in cells.items():
            cell = t.cell(ri, ci)
            cp = cell.paragraphs[0]
            cp.alignment = align
            set_font(cp.add_run(text), font, size, False, color)
        if widths:
            set_widths(t, widths)
        return t

    def banji(self, lines):
        """版记: paragraphs with horizontal rules, 四号仿宋"""
        n = len(lines)
        for i, (runs, align) in enumerate(lines):
            edges = []
            if i == 0:
                edges.append("top")
            edges.append("bottom")
            self.p(runs, align=align, indent=False, size=14, spacing=26,
                   border=(edges, 8 if 0 < i < n - 1 else 12, "000000"))

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# ======================================================================
# Document 1: 福建 跨境融资宏观审慎 (joint notice + 填报说明 attachment)
# ======================================================================
def build_fuzhou():
    b = Builder("blind503_fuzhou_tongzhi")
    recipients = ["中国人民银行福建省内各市分行", "国家外汇管理局福建省内各市分局",
                  "各中资银行福建省分行", "各外资银行福州分行", "各地方法人银行",
                  "中国（福建）自由贸易试验区各片区管理委员会"]
    b.start({
        "title": "中国人民银行福建省分行 国家外汇管理局福建省分局关于优化中国（福建）自由贸易试验区跨境融资宏观审慎管理有关事项的通知",
        "doc_number": "闽银发〔2025〕136号",
        "issuer": ["中国人民银行福建省分行", "国家外汇管理局福建省分局"],
        "date": "2025-11-18",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": "2025-12-01",
        "expires": "2027-11-30",
        "attachments": ["跨境融资风险加权余额情况表填报说明"],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": "《中国人民银行福州中心支行 国家外汇管理局福建省分局关于在福建自贸试验区开展跨境融资便利化试点的通知》（福州银发〔2021〕203号）",
    })
    red = "FF0000"
    # 版头: joint header laid out in a borderless table, "文件" merged over two rows
    b.empty()
    b.layout_table({
        (0, 0): ("中国人民银行福建省分行", XBS, 26, red, D),
        (1, 0): ("国家外汇管理局福建省分局", XBS, 26, red, D),
        (0, 1): ("文件", XBS, 36, red, C),
    }, rows=2, cols=2, merges=[((0, 1), (1, 1))], widths=[12.0, 3.5])
    b.empty()
    b.p("闽银发〔2025〕136号", align=C, indent=False)
    b.redline()
    b.empty()
    # title split: soft break inside paragraph 1, third line is a separate paragraph
    b.p([("中国人民银行福建省分行\n国家外汇管理局福建省分局关于优化中国", XBS, False)],
        align=C, indent=False, size=22, spacing=33)
    b.p([("（福建）自由贸易试验区跨境融资宏观审慎\n管理有关事项的通知", XBS, False)], align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.p("，".join(recipients) + "：", align=J, indent=False)

    cl = dict(clause=True)
    b.p("为深入贯彻落实党中央、国务院关于稳步扩大制度型开放的决策部署，进一步便利中国（福建）自由贸易试验区（以下简称福建自贸试验区）市场主体跨境融资，根据《中国人民银行 国家外汇管理局关于全口径跨境融资宏观审慎管理有关事项的通知》（银发〔2017〕9号）等规定，经中国人民银行、国家外汇管理局同意，现就优化福建自贸试验区跨境融资宏观审慎管理有关事项通知如下：", **cl)

    # top-level headings use Word automatic numbering 一、二、...
    ha = b.abstract("chineseCounting", "%1、", font=HT)
    hn = b.num(ha)

    def head(t):
        b.p([(t, HT, False)], num=hn, indent=False)

    def runin(h, t):
        b.p([(h, KT, True), (t, FS, False)], **cl)

    head("适用范围")
    runin("（一）适用主体。", "本通知适用于在福建自贸试验区福州、厦门、平潭片区内依法注册成立的非金融企业（政府融资平台和房地产企业除外），以及在闽依法设立的银行业金融机构（以下统称试点主体）。")
    runin("（二）业务范围。", "本通知所称跨境融资，是指试点主体从非居民融入本、外币资金的行为，包括表内融资和表外融资。表内融资包括本外币贷款、发行境外债券、贸易融资等；表外融资包括银行对外开立的融资性保函、备用信用证等或有负债。")

    head("跨境融资风险加权余额上限")
    runin("（一）上限公式。", "试点主体跨境融资风险加权余额上限按以下公式计算：")
    b.p([("跨境融资风险加权余额上限＝资本或净资产×跨境融资杠杆率×宏观审慎调节参数", KT, False)],
        align=C, indent=False, **cl)
    runin("（二）资本或净资产。", "非金融企业按最近一期经审计的财务报告所列净资产计算；银行业金融机构按最近一期监管报表所列一级资本计算，外国银行分行按营运资金计算。")
    runin("（三）跨境融资杠杆率。", "非金融企业的跨境融资杠杆率为2；银行业金融机构的跨境融资杠杆率为0.8；经认定的高新技术企业、“专精特新”中小企业，跨境融资杠杆率提高至2.5。")
    runin("（四）宏观审慎调节参数。", "宏观审慎调节参数为1.75。人民银行福建省分行可根据宏观经济形势、国际收支状况和辖内跨境资金流动情况，在总行授权范围内对调节参数进行逆周期调整，单次调整幅度一般为0.25。")
    runin("（五）便利化额度。", "净资产规模较小的高新技术企业、“专精特新”中小企业，按上述公式计算的上限低于等值1000万美元的，可在不超过等值1000万美元的便利化额度内自主借用外债。")
    b.empty()

    head("跨境融资风险加权余额")
    runin("（一）计算公式。", "试点主体跨境融资风险加权余额按以下公式计算：")
    b.p([("跨境融资风险加权余额＝∑本外币跨境融资余额×期限风险转换因子×类别风险转换因子＋∑外币跨境融资余额×汇率风险折算因子", KT, False)],
        align=C, indent=False, **cl)
    runin("（二）期限风险转换因子。", "还款期限在1年（不含）以上的中长期跨境融资的期限风险转换因子为1；还款期限在1年（含）以下的短期跨境融资的期限风险转换因子为1.5。")
    runin("（三）类别风险转换因子。", "表内融资的类别风险转换因子为1；表外融资（或有负债）的类别风险转换因子暂定为1。")
    runin("（四）汇率风险折算因子。", "外币跨境融资的汇率风险折算因子为0.5，人民币跨境融资不计算汇率风险折算部分。")
    runin("（五）不纳入计算的业务。", "下列业务类型不纳入跨境融资风险加权余额计算：")
    for t in ["1．人民币被动负债，包括境外主体存放在银行的人民币存款、境外中央银行类机构在境内的人民币存放等；",
              "2．贸易信贷和人民币贸易融资；",
              "3．集团内跨境资金池项下的资金往来；",
              "4．境外同业存放、联行及附属机构往来；",
              "5．经人民银行、外汇局认可的其他业务类型。"]:
        b.p(t, **cl)

    head("计算示例")
    runin("（一）非金融企业示例。", "A公司为注册在福州片区的非金融企业，最近一期经审计净资产为人民币3.6亿元，按签约当日人民币汇率中间价1美元兑7.2元人民币折算为5000万美元。A公司跨境融资风险加权余额上限＝5000万美元×2×1.75＝17500万美元。")
    b.p("A公司现有跨境融资两笔：一是期限为2年的美元外债3000万美元；二是期限为6个月的境外人民币借款7200万元，折合1000万美元。其跨境融资风险加权余额计算如下表：", **cl)
    b.table(["融资项目", "币种", "余额（万美元）", "期限风险转换因子", "类别风险转换因子",
             "汇率风险折算因子", "风险加权余额（万美元）"],
            [["2年期外债", "美元", "3000", "1", "1", "0.5", "4500"],
             ["6个月期境外借款", "人民币", "1000", "1.5", "1", "—", "1500"],
             ["合计", "—", "4000", "—", "—", "—", "6000"]],
            widths=[3.2, 1.6, 2.2, 2.2, 2.2, 2.2, 2.4], size=10.5)
    b.p("A公司剩余可用跨境融资额度＝17500－6000＝11500万美元。若A公司拟新借入1年期美元外债，其新增风险加权余额为借款金额×1.5×1＋借款金额×0.5＝借款金额×2，最多可新借入5750万美元。", **cl)
    runin("（二）银行业金融机构示例。", "B银行为在闽法人银行，最近一期一级资本为人民币72亿元，折合10亿美元。B银行跨境融资风险加权余额上限＝100000万美元×0.8×1.75＝140000万美元。")
    runin("（三）便利化额度示例。", "C公司为平潭片区经认定的高新技术企业，最近一期经审计净资产为180万美元，按公式计算的上限＝180万美元×2.5×1.75＝787.5万美元，低于1000万美元，C公司可按1000万美元便利化额度借用外债。")

    head("管理要求")
    runin("（一）签约备案。", "试点主体应在跨境融资合同签约后、不晚于提款前3个工作日，通过国家外汇管理局数字外管平台办理跨境融资签约备案。")
    runin("（二）余额控制。", "试点主体应确保任一时点跨境融资风险加权余额不超过其上限。因汇率变动、净资产减少等客观原因导致超限的，应暂停新增跨境融资，并在3个月内调整至上限以内。")
    runin("（三）资金使用。", "跨境融资资金应用于试点主体自身生产经营活动，不得用于购买理财产品、投资有价证券，不得用于房地产开发或转借他人。")
    runin("（四）报送要求。", "试点主体应于每月前5个工作日内，按照附件填报说明，向所在地人民银行分行报送上月末跨境融资风险加权余额情况。银行业金融机构应同时按日报送跨境融资数据。")
    runin("（五）监测评估。", "人民银行福建省分行、国家外汇管理局福建省分局将加强跨境融资监测分析，对跨境融资风险加权余额超过上限80%的试点主体实施重点监测；对违反本通知规定的，依法依规予以处理。")

    head("其他事项")
    b.p("本通知自2025年12月1日起施行，有效期至2027年11月30日。《中国人民银行福州中心支行 国家外汇管理局福建省分局关于在福建自贸试验区开展跨境融资便利化试点的通知》（福州银发〔2021〕203号）同时废止。执行中如遇问题，请及时向人民银行福建省分行、国家外汇管理局福建省分局反映。", **cl)
    b.p("联系人：人民银行福建省分行国际收支管理处 林晓峰，联系电话：0591-87361024；国家外汇管理局福建省分局资本项目管理处 陈雅琴，联系电话：0591-87361158。", **cl)
    b.empty()
    b.p("附件：跨境融资风险加权余额情况表填报说明")
    b.empty(3)
    # 落款 typed with manual full-width spaces
    b.p("中国人民银行福建省分行　　　　国家外汇管理局福建省分局", align=R, indent=False)
    b.p("2025年11月18日　　　　　　", align=R, indent=False)
    b.empty()
    b.p("（此件公开发布）")

    # 附件
    b.page_break()
    b.p([("附件", HT, False)], align=L, indent=False)
    b.empty()
    b.p([("跨境融资风险加权余额情况表填报说明", XBS, False)], align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.p("一、本表由试点主体按月填报，反映截至上月末跨境融资签约、提款及余额情况。", **cl)
    b.p("二、金额单位为万美元，保留两位小数。人民币及其他外币跨境融资按月末最后一个工作日中国外汇交易中心公布的人民币汇率中间价折算为美元。", **cl)
    b.p("三、各字段填报口径如下：", **cl)
    b.table(["字段代码", "字段名称", "填报说明", "校验规则"], [
        ["A01", "主体名称", "填写营业执照或金融许可证所载全称", "必填"],
        ["A02", "统一社会信用代码", "填写18位统一社会信用代码，银行填写金融机构编码", "必填，18位"],
        ["A03", "所在片区", "填写福州片区、厦门片区或平潭片区", "必填"],
        ["A04", "资本或净资产", "企业填写最近一期经审计净资产，银行填写一级资本", "A04＞0"],
        ["A05", "跨境融资杠杆率", "非金融企业填2，高新技术企业、“专精特新”中小企业填2.5，银行填0.8", "取值为2、2.5或0.8"],
        ["A06", "宏观审慎调节参数", "按现行参数填写", "当前取值1.75"],
        ["A07", "风险加权余额上限", "A07＝A04×A05×A06", "系统自动计算"],
        ["B01", "中长期跨境融资余额", "还款期限1年（不含）以上的本外币跨境融资余额", "B01≥0"],
        ["B02", "短期跨境融资余额", "还款期限1年（含）以下的本外币跨境融资余额", "B02≥0"],
        ["B03", "外币跨境融资余额", "B01、B02中以外币计价的部分", "B03≤B01＋B02"],
        ["B04", "风险加权余额", "B04＝B01×1＋B02×1.5＋B03×0.5", "系统自动计算"],
        ["B05", "剩余可用额度", "B05＝A07－B04", "B05＜0时须在备注栏说明原因"],
    ], widths=[1.8, 3.4, 7.0, 3.4], size=12)
    b.p("四、字段B04计算时，表外融资按类别风险转换因子1计入B01或B02；适用便利化额度的试点主体，A07按A04×A05×A06与1000万美元孰高填写。", **cl)
    b.p("五、填报中如有疑问，请联系所在地人民银行分行国际收支管理部门。", **cl)
    b.empty(2)
    b.banji([
        ([("抄送：中国人民银行，国家外汇管理局，福建省人民政府办公厅。", FS, False)], L),
        ([("中国人民银行福建省分行办公室　　　　　2025年11月19日印发", FS, False)], L),
    ])
    return b


# ======================================================================
# Document 2: 海南 印发通知 + 实施细则 (two documents in one file)
# ======================================================================
def build_haikou():
    b = Builder("blind503_haikou_tongzhi")
    recipients = ["中国人民银行三亚市分行", "中国人民银行儋州市分行",
                  "各开办多功能自由贸易账户业务的银行业金融机构"]
    rules_title = "海南自由贸易港多功能自由贸易账户跨境融资管理实施细则"
    b.start({
        "title": "中国人民银行海南省分行关于印发《%s》的通知" % rules_title,
        "doc_number": "琼银发〔2026〕15号",
        "issuer": ["中国人民银行海南省分行"],
        "date": "2026-03-09",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": None,
    })
    red = "FF0000"
    b.empty(2)
    b.p([("中国人民银行海南省分行文件", XBS, False)], align=D, indent=False, size=30,
        color=red, spacing=48)
    b.empty(2)
    b.p("琼银发〔2026〕15号", align=C, indent=False)
    b.redline()
    b.empty()
    b.p([("中国人民银行海南省分行关于印发\n《海南自由贸易港多功能自由贸易账户\n跨境融资管理实施细则》的通知", XBS, False)],
        align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.p("，".join(recipients) + "：", indent=False)
    cl = dict(clause=True)
    b.p("为贯彻落实《海南自由贸易港建设总体方案》和《中华人民共和国海南自由贸易港法》，稳妥推进海南自由贸易港跨境资金流动自由便利，规范多功能自由贸易账户（以下简称EF账户）项下跨境融资业务，人民银行海南省分行制定了《%s》，现印发给你们，请认真贯彻执行。" % rules_title, **cl)
    # soft line break in the middle of a body paragraph
    b.p("各银行业金融机构要高度重视，于2026年3月31日前完成内部制度修订和系统改造，并将落实情况报送人民银行海南省分行。\n执行中如遇问题，请及时向人民银行海南省分行货币信贷管理处和国际收支管理处反映。", **cl)
    b.empty(3)
    # 落款 in a borderless layout table
    b.layout_table({
        (0, 1): ("中国人民银行海南省分行", FS, 16, None, C),
        (1, 1): ("2026年3月9日", FS, 16, None, C),
    }, rows=2, cols=2, widths=[8.5, 7.0])
    b.empty()
    b.p("（此件公开发布）")

    # ---------------- 实施细则 ----------------
    b.start({
        "title": rules_title,
        "doc_number": None,
        "issuer": ["中国人民银行海南省分行"],
        "date": "2026-03-09",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": [],
        "doc_type": "实施细则",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.page_break()
    b.p([("海南自由贸易港多功能自由贸易账户\n跨境融资管理实施细则", XBS, False)],
        align=C, indent=False, size=22, spacing=33)
    b.empty()
    # articles: Word automatic numbering "第X条　"
    aa = b.abstract("chineseCounting", "第%1条　", font=HT)
    an = b.num(aa)
    counter = [0]
    cn = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    def cnum(n):
        if n < 10:
            return cn[n]
        if n < 20:
            return "十" + cn[n - 10]
        return cn[n // 10] + "十" + cn[n % 10]

    def art(t):
        counter[0] += 1
        b.p(t, num=an, prefix="第%s条　" % cnum(counter[0]), **cl)

    def chap(t):
        b.p([(t, HT, False)], align=C, indent=False, before=6, after=6)

    def sub(t):
        b.p(t, **cl)

    chap("第一章　总　　则")
    art("为规范海南自由贸易港多功能自由贸易账户（以下简称EF账户）项下跨境融资业务，防范跨境资金流动风险，根据《中华人民共和国中国人民银行法》《中华人民共和国外汇管理条例》和全口径跨境融资宏观审慎管理有关规定，制定本细则。")
    art("本细则所称跨境融资，是指在海南自由贸易港开立EF账户的境内机构（以下简称账户主体）通过EF账户从境外融入本外币资金的行为。")
    art("EF账户项下跨境融资实行本外币一体化宏观审慎管理，遵循“额度管理、风险为本、便利优先”的原则。")
    art("人民银行海南省分行负责辖内EF账户跨境融资业务的宏观审慎管理和监测分析；人民银行三亚市分行、儋州市分行负责本辖区内业务的日常监测和现场检查。")
    chap("第二章　额度管理")
    art("账户主体EF账户项下跨境融资风险加权余额上限按以下公式计算：跨境融资风险加权余额上限＝资本或净资产×跨境融资杠杆率×宏观审慎调节参数。")
    art("前条所称跨境融资杠杆率和宏观审慎调节参数按以下标准确定：")
    sub("（一）非金融企业跨境融资杠杆率为2，宏观审慎调节参数为1.75；")
    sub("（二）在海南自由贸易港注册的高新技术企业、跨境电商企业和航运物流企业，跨境融资杠杆率为3，宏观审慎调节参数为1.75；")
    sub("（三）银行业金融机构跨境融资杠杆率为0.8，宏观审慎调节参数为1.75；")
    sub("（四）非银行金融机构跨境融资杠杆率为1，宏观审慎调节参数为1.75。")
    art("跨境融资风险加权余额按以下公式计算：跨境融资风险加权余额＝∑本外币跨境融资余额×期限风险转换因子×类别风险转换因子＋∑外币跨境融资余额×汇率风险折算因子。期限风险转换因子、类别风险转换因子和汇率风险折算因子的取值按照全口径跨境融资宏观审慎管理有关规定执行。")
    art("账户主体在海南自由贸易港内实际经营满2年、上年度营业收入不低于人民币5000万元且近2年无外汇违规记录的，可以申请在本细则第五条规定上限的基础上，将跨境融资风险加权余额上限提高至1.5倍。")
    art("账户主体按本细则第五条计算的上限低于等值500万美元的，可以在等值500万美元以内借用跨境融资，但单笔融资期限不得短于6个月。")
    art("计算示例：某跨境电商企业最近一期经审计净资产为800万美元，其跨境融资风险加权余额上限＝800万美元×3×1.75＝4200万美元；如符合本细则第八条规定条件，上限可提高至4200万美元×1.5＝6300万美元。")
    chap("第三章　业务办理")
    art("账户主体办理跨境融资，应当通过EF账户收付资金，并在签约后、提款前通过开户银行向人民银行海南省分行报送签约信息。")
    art("开户银行应当对账户主体跨境融资的真实性、合规性进行审核，审核材料包括：")
    sub("（一）融资合同或协议；")
    sub("（二）最近一期经审计的财务报告；")
    sub("（三）跨境融资风险加权余额及上限计算表；")
    sub("（四）资金用途说明。")
    art("跨境融资资金可以在EF账户与账户主体境内本外币结算账户之间划转，但同一自然日内由EF账户划转至境内结算账户的金额，不得超过等值1000万美元或者该笔融资金额的50%，以二者孰高为准。")
    art("跨境融资资金可以用于账户主体自身生产经营、对外投资和归还境外债务，不得用于证券投资、购买理财产品或者向非关联企业发放贷款。")
    art("账户主体跨境融资风险加权余额超过上限的，开户银行应当暂停为其办理新增跨境融资提款，并于2个工作日内向人民银行海南省分行报告。")
    chap("第四章　监测与管理")
    art("开户银行应当于每日终了后，通过人民币跨境收付信息管理系统（RCPMIS）和金融机构外汇业务数据采集系统报送EF账户跨境融资数据。")
    art("人民银行海南省分行建立EF账户跨境资金流动监测预警机制。辖内EF账户跨境融资净流入连续5个工作日超过等值5亿美元，或者单日超过等值2亿美元的，启动预警。")
    art("出现预警情形时，人民银行海南省分行可以采取下调宏观审慎调节参数、提高期限风险转换因子、暂停部分账户主体新增跨境融资等逆周期调节措施。")
    art("开户银行、账户主体违反本细则规定的，由人民银行海南省分行依据《中华人民共和国中国人民银行法》《中华人民共和国外汇管理条例》等规定予以处理。")
    chap("第五章　附　　则")
    art("本细则下列用语的含义：")
    sub("（一）本外币，是指人民币及可自由兑换的外币；")
    sub("（二）非金融企业，是指在海南自由贸易港依法注册成立并开立EF账户的企业法人，不包括政府融资平台和房地产企业。")
    art("本细则由人民银行海南省分行负责解释。")
    art("本细则自2026年4月1日起施行，有效期至2028年3月31日。")
    b.empty(3)
    # 版记 in a one-column table with rules (layout)
    t = b.doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="6" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    for i, txt in enumerate(["抄送：中国人民银行，国家外汇管理局，海南省人民政府办公厅，中共海南省委金融委员会办公室。",
                             "中国人民银行海南省分行办公室　　　　　2026年3月10日印发"]):
        cp = t.cell(i, 0).paragraphs[0]
        cp.alignment = L
        set_font(cp.add_run(txt), FS, 14)
    return b


# ======================================================================
# Document 3: 广东 南沙 本外币一体化资金池试点 (auto-numbered items)
# ======================================================================
def build_nansha():
    b = Builder("blind503_nansha_tongzhi")
    recipients = ["中国人民银行广东省内各市分行", "国家外汇管理局广东省内各市分局",
                  "各银行业金融机构广东省分行", "广州南沙经济技术开发区管理委员会"]
    b.start({
        "title": "中国人民银行广东省分行 国家外汇管理局广东省分局关于在中国（广东）自由贸易试验区南沙片区开展本外币一体化资金池试点的通知",
        "doc_number": "粤银发〔2026〕33号",
        "issuer": ["中国人民银行广东省分行", "国家外汇管理局广东省分局"],
        "date": "2026-02-26",
        "published": None,
        "level": "provincial",
        "region": "中国（广东）自由贸易试验区南沙片区",
        "effective": "2026-02-26",
        "expires": None,
        "attachments": ["资金池试点运行情况表填报说明", "首批试点主办企业名单"],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": None,
    })
    red = "FF0000"
    b.empty()
    b.p([("中国人民银行广东省分行", XBS, False)], align=D, indent=False, size=30, color=red, spacing=44)
    b.p([("国家外汇管理局广东省分局", XBS, False)], align=D, indent=False, size=30, color=red, spacing=44)
    b.empty()
    b.p("粤银发〔2026〕33号", align=C, indent=False)
    b.redline()
    b.empty()
    b.p([("中国人民银行广东省分行 国家外汇管理局广东省分局关于在中国（广东）自由贸易试验区南沙片区开展本外币一体化资金池试点的通知", XBS, False)],
        align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.p("，".join(recipients) + "：", indent=False)
    cl = dict(clause=True)
    # paragraph indented with typed full-width spaces instead of first-line indent
    b.p("　　为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，便利跨国企业集团统筹使用境内外本外币资金，经中国人民银行、国家外汇管理局同意，在中国（广东）自由贸易试验区南沙片区（以下简称南沙片区）开展本外币一体化资金池试点（以下简称资金池试点）。现将有关事项通知如下：",
        indent=False, **cl)

    ia = b.abstract("chineseCounting", "（%1）", font=FS)
    da = b.abstract("decimal", "%1．", font=FS)
    cn = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    class Seq:
        def __init__(self, aid, fmt):
            self.nid = b.num(aid)
            self.i = 0
            self.fmt = fmt

        def __call__(self, t):
            self.i += 1
            pre = self.fmt(self.i)
            b.p(t, num=self.nid, prefix=pre, **cl)

    def item_seq():
        return Seq(ia, lambda i: "（%s）" % cn[i])

    def dec_seq():
        return Seq(da, lambda i: "%d．" % i)

    def head(t):
        b.p([(t, HT, False)])

    head("一、试点主体和条件")
    it = item_seq()
    it("主办企业应为在南沙片区注册成立的跨国企业集团境内成员企业，或者经集团授权的境内财务公司。")
    it("参加资金池试点的跨国企业集团应当符合以下条件：")
    d = dec_seq()
    d("境内成员企业上年度本外币国际收支规模合计超过等值1亿美元；")
    d("境内外成员企业上年度营业收入合计不低于人民币30亿元；")
    d("近3年无重大外汇及跨境人民币业务违规记录；")
    d("主办企业与境内成员企业之间存在控股或者被控股关系，持股比例不低于20%。")
    it("境内成员企业中的房地产企业、政府融资平台不得参加资金池试点。")

    head("二、额度计算")
    it = item_seq()
    it("资金池跨境资金净流入实行上限管理。计算公式为：")
    b.p([("跨境资金净流入上限＝资金池应计所有者权益×跨境资金净流入调节参数×宏观审慎调节参数", KT, False)],
        align=C, indent=False, **cl)
    it("资金池应计所有者权益按境内成员企业所有者权益与主办企业持股比例乘积之和计算，即：")
    b.p([("资金池应计所有者权益＝∑（境内成员企业所有者权益×持股比例）", KT, False)],
        align=C, indent=False, **cl)
    it("跨境资金净流入调节参数为1，跨境资金净流出调节参数为0.8，宏观审慎调节参数为1。人民银行广东省分行、国家外汇管理局广东省分局可根据跨境资金流动形势对上述参数进行调整。")
    it("资金池跨境资金净流出上限＝资金池应计所有者权益×跨境资金净流出调节参数×宏观审慎调节参数。")
    it("资金池项下期限在1年（含）以内的境外资金，按实际金额的1.5倍计入跨境资金净流入余额。净流入余额达到上限80%的，主办银行应当向人民银行广东省分行报告；超过上限的，应当暂停办理新增净流入业务。")

    head("三、计算示例")
    b.p("　　某跨国企业集团以甲公司为主办企业申请资金池试点，境内成员企业情况如下表：", indent=False, **cl)
    b.table(["成员企业", "所有者权益（亿元）", "持股比例", "应计所有者权益（亿元）"], [
        ["甲公司（主办企业）", "20", "100%", "20"],
        ["乙公司", "8", "60%", "4.8"],
        ["丙公司", "5", "30%", "1.5"],
        ["合计", "33", "—", "26.3"],
    ], widths=[4.5, 3.8, 3.0, 4.3], size=12)
    b.p("　　据此计算，该资金池跨境资金净流入上限＝26.3亿元×1×1＝26.3亿元，按人民币汇率中间价1美元兑7.2元人民币折算，约合36527.78万美元；跨境资金净流出上限＝26.3亿元×0.8×1＝21.04亿元，约合29222.22万美元。", indent=False, **cl)
    b.p("　　若该资金池已从境外归集6个月期资金10亿元，应按15亿元计入净流入余额，剩余可用净流入额度为11.3亿元。", indent=False, **cl)

    head("四、业务管理")
    it = item_seq()
    it("主办企业应选择1至3家具备相应资质的银行作为主办银行，开立资金池本外币主账户，集中办理资金池项下跨境收付和境内划转业务。")
    it("主办银行应按照“展业三原则”审核资金池业务的真实性与合规性，并于每月前10个工作日内报送上月资金池运行情况，填报口径见附件1。")
    it("资金池资金不得用于投资理财产品、房地产及非自用不动产，不得违规用于证券投资。")
    it("人民银行广东省分行、国家外汇管理局广东省分局将定期对资金池试点开展评估，对违反规定的主办企业和主办银行，依法依规予以处理；情节严重的，终止其试点资格。")

    head("五、其他")
    b.p("本通知自印发之日起施行。此前有关规定与本通知不一致的，以本通知为准。", **cl)
    b.empty()
    b.p("附件：1．资金池试点运行情况表填报说明")
    b.p("　　　2．首批试点主办企业名单", indent=True)
    b.empty(3)
    b.p("中国人民银行广东省分行　　　　国家外汇管理局广东省分局", align=R, indent=False)
    b.p("2026年2月26日　　　　　　", align=R, indent=False)
    b.empty()
    b.p("（此件公开发布）")

    b.page_break()
    b.p([("附件1", HT, False)], align=L, indent=False)
    b.empty()
    b.p([("资金池试点运行情况表填报说明", XBS, False)], align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.p("一、本表由主办银行按月填报，金额单位为万元人民币，外币按月末人民币汇率中间价折算。", **cl)
    b.table(["字段代码", "字段名称", "填报口径"], [
        ["C01", "主办企业名称", "填写主办企业营业执照所载全称"],
        ["C02", "资金池编号", "填写外汇局分配的12位资金池编号"],
        ["C03", "应计所有者权益", "按∑（境内成员企业所有者权益×持股比例）计算"],
        ["C04", "净流入调节参数", "当前填1"],
        ["C05", "净流入上限", "C05＝C03×C04×宏观审慎调节参数"],
        ["C06", "净流入余额", "期限1年（含）以内的资金按1.5倍计入"],
        ["C07", "净流入额度使用率", "C07＝C06÷C05×100%，保留两位小数"],
        ["C08", "净流出上限", "C08＝C03×0.8×宏观审慎调节参数"],
    ], widths=[2.2, 3.8, 9.6], size=12)
    b.p("二、字段C07达到80%的，主办银行应在报送时同步附说明材料。", **cl)

    b.page_break()
    b.p([("附件2", HT, False)], align=L, indent=False)
    b.empty()
    b.p([("首批试点主办企业名单", XBS, False)], align=C, indent=False, size=22, spacing=33)
    b.empty()
    b.table(["序号", "企业名称", "所属行业", "主办银行"], [
        ["1", "广州南沙臻海供应链管理有限公司", "供应链管理", "中国银行广东省分行"],
        ["2", "广州湾区航运控股有限公司", "航运物流", "中国工商银行广东省分行"],
        ["3", "南沙明远新能源科技有限公司", "新能源装备制造", "中国建设银行广东省分行"],
    ], widths=[1.4, 6.4, 3.4, 4.4], size=12)
    b.empty(2)
    b.banji([
        ([("抄送：中国人民银行，国家外汇管理局，广东省人民政府办公厅，广州市人民政府。", FS, False)], L),
        ([("中国人民银行广东省分行办公室　　　　　2026年2月26日印发", FS, False)], L),
    ])
    return b


def main():
    expected = {}
    for fn in (build_fuzhou, build_haikou, build_nansha):
        b = fn()
        path = b.save()
        expected[b.stem] = b.objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_503", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
