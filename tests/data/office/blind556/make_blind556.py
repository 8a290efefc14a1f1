# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 556: customs 公告 series copied from websites into Word."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

CN_NUM = "一二三四五六七八九十"


def clean(text):
    """Text of a clause as an analyst cites it."""
    t = text.replace("\n", "")
    return t.strip(" \u3000\u00a0\t")


def set_run(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_text_with_breaks(par, text, font, size, bold=False, color=None):
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        r = par.add_run(piece)
        set_run(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r.add_break(WD_BREAK.LINE)


class Builder:
    def __init__(self, stem, header_text, body_font=FS, body_size=16):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.cur = None
        self.body_font = body_font
        self.body_size = body_size
        self.next_num = 90
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        # header with site name
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text_with_breaks(hp, header_text, ST, 9)
        # footer page number  — N —
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_run(r, ST, 14)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        fr = OxmlElement("w:r")
        ft = OxmlElement("w:t")
        ft.text = "1"
        fr.append(ft)
        fld.append(fr)
        fp._p.append(fld)
        r = fp.add_run(" —")
        set_run(r, ST, 14)
        # normal style
        st = self.doc.styles["Normal"]
        st.font.name = body_font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
        st.font.size = Pt(body_size)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)

    # ---------------------------------------------------------------
    def new(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    def make_numbering(self, fmt, text):
        numbering = self.doc.part.numbering_part.element
        nid = self.next_num
        self.next_num += 1
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(nid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absn)
        else:
            numbering.append(absn)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(nid))
        num.append(an)
        numbering.append(num)
        return nid

    def p(self, text="", font=None, size=None, bold=False, align=None, indent=False,
          clause=False, runs=None, num=None, prefix="", color=None, space_after=0,
          line=None, page_break_before=False):
        font = font or self.body_font
        size = size or self.body_size
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if line:
            pf.line_spacing = Pt(line)
        pf.space_after = Pt(space_after)
        if page_break_before:
            pf.page_break_before = True
        if num is not None:
            numpr = par._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num
        if runs:
            full = ""
            for rt, rb in runs:
                add_text_with_breaks(par, rt, font, size, rb, color)
                full += rt
        else:
            add_text_with_breaks(par, text, font, size, bold, color)
            full = text
        if clause:
            self.cur["clauses"].append(prefix + clean(full))
        return par

    def empty(self):
        self.doc.add_paragraph()

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def table(self, header, rows, font=ST, size=10.5, merges=(), title_row=None,
              widths=None, clause=True):
        ncols = len(header)
        extra = 1 if title_row else 0
        t = self.doc.add_table(rows=len(rows) + 1 + extra, cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER

        def fill(cell, text, bold=False):
            cell.text = ""
            par = cell.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text_with_breaks(par, text, font, size, bold)

        if title_row:
            c0 = t.cell(0, 0).merge(t.cell(0, ncols - 1))
            c0.text = ""
            par = c0.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text_with_breaks(par, title_row, HT, 12, False)
        for j, h in enumerate(header):
            fill(t.cell(extra, j), h, True)
        skip = set()
        for (r0, r1, col) in merges:
            for rr in range(r0 + 1, r1 + 1):
                skip.add((rr, col))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if (i, j) in skip:
                    t.cell(i + 1 + extra, j).text = ""
                else:
                    fill(t.cell(i + 1 + extra, j), v)
        for (r0, r1, col) in merges:
            t.cell(r0 + 1 + extra, col).merge(t.cell(r1 + 1 + extra, col))
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        if clause:
            for row in rows:
                self.cur["clauses"].append(
                    "；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def layout_table(self, cells, font=ST, size=9):
        """Metadata table from a 政府信息公开 page (not clauses)."""
        t = self.doc.add_table(rows=len(cells), cols=len(cells[0]))
        t.style = "Table Grid"
        for i, row in enumerate(cells):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                add_text_with_breaks(c.paragraphs[0], v, font, size, j % 2 == 0)
        return t

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def meta(title, doc_number, issuer, date, published, level, region, effective=None,
         expires=None, attachments=(), repeals=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": list(issuer),
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": effective,
        "expires": expires,
        "attachments": list(attachments),
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": repeals,
    }


# =====================================================================
# 1. 海关总署 website: three 公告 pasted one after another (no page breaks)
# =====================================================================
def build_zongshu():
    b = Builder("blind556_haiguanzongshu_gonggao",
                "中华人民共和国海关总署\u3000\u3000www.customs.gov.cn",
                body_font=ST, body_size=12)
    IND = "\u3000\u3000"

    def chrome(pub, src):
        b.p("当前位置：首页 > 信息公开 > 海关总署公告", font=ST, size=9, color="666666")
        return pub, src

    def publine(pub, src):
        b.p("发布时间：%s\u3000\u3000来源：%s\u3000\u3000【字体：大\u3000中\u3000小】\u3000【打印本页】" % (pub, src),
            font=ST, size=9, align="c", color="666666", space_after=6)

    # ---------------- A ----------------
    att_a = "《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》项下部分进口商品2026年协定税率表"
    b.new(meta("关于《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》项下2026年协定税率实施有关事项的公告",
               "海关总署公告2026年第18号", ["海关总署"], "2026-03-06", "2026-03-09",
               "national", "全国", effective="2026-04-01", attachments=[att_a]))
    chrome("2026-03-09", "关税征管司")
    b.p("关于《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》项下2026年协定税率实施有关事项的公告",
        font=XBS, size=16, bold=True, align="c", space_after=6)
    b.p("海关总署公告2026年第18号", font=KT, size=12, align="c")
    publine("2026-03-09", "关税征管司")
    b.p(IND + "为履行《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》（以下简称《协定》）项下降税承诺，"
        "根据国务院关税税则委员会有关公告，现就2026年《协定》项下进口货物适用协定税率有关事项公告如下：",
        clause=True)
    b.p(IND + "一、自2026年4月1日起，原产于塞尔维亚的进口货物，符合《协定》原产地规则且随附有效原产地证明的，"
        "可以按照国务院关税税则委员会公布的2026年《协定》协定税率申报，部分商品协定税率见附件。", clause=True)
    b.p(IND + "二、进口货物收货人或者其代理人在办理进口申报手续时，应当在报关单“优惠贸易协定享受情况”栏目中填报“享惠”，"
        "并按照海关总署公告2021年第34号有关规定填制原产地证明相关信息。", clause=True)
    b.p(IND + "三、进口货物收货人或者其代理人申报时未取得有效原产地证明的，可以在货物征税前就该进口货物是否具备原产资格向海关补充申报，"
        "并按照规定提交税款担保。", clause=True)
    b.p(IND + "四、本公告自2026年4月1日起施行。", clause=True)
    b.p(IND + "特此公告。", clause=True)
    b.empty()
    b.p(IND + "附件：" + att_a, font=ST, size=12)
    b.empty()
    b.p("海关总署\n2026年3月6日", align="r")
    b.empty()
    b.p("附件", font=HT, size=12)
    b.p(att_a, font=XBS, size=14, align="c", space_after=6)
    b.table(["序号", "商品编码", "商品名称", "2026年协定税率（%）"], [
        ["1", "02032900", "其他冻猪肉", "8"],
        ["2", "04069000", "其他奶酪", "4.8"],
        ["3", "08111000", "冷冻草莓", "12"],
        ["4", "08112000", "冷冻覆盆子、黑莓、桑椹、罗甘莓、黑、白或红醋栗及醋栗", "11.2"],
        ["5", "20097190", "其他未发酵及未加酒精的苹果汁", "6"],
        ["6", "22042100", "装入2升及以下容器的葡萄酒", "5.6"],
        ["7", "40111000", "机动小客车用新的充气橡胶轮胎", "3"],
        ["8", "84295212", "上部结构可转360度的履带式挖掘机", "0"],
    ], widths=[1.4, 2.6, 8.5, 3.0])
    b.empty()
    b.empty()

    # ---------------- B (joint) ----------------
    b.new(meta("关于防止吉尔吉斯斯坦小反刍兽疫传入我国的公告",
               "海关总署 农业农村部公告2026年第27号", ["海关总署", "农业农村部"],
               "2026-03-18", "2026-03-18", "national", "全国", effective="2026-03-18"))
    chrome("2026-03-18", "动植物检疫司")
    b.p("关于防止吉尔吉斯斯坦小反刍兽疫传入我国的公告", font=XBS, size=16, bold=True, align="c",
        space_after=6)
    b.p("海关总署\u3000农业农村部公告2026年第27号", font=KT, size=12, align="c")
    publine("2026-03-18", "动植物检疫司")
    b.p(IND + "吉尔吉斯斯坦兽医部门向世界动物卫生组织（WOAH）报告，该国楚河州发生小反刍兽疫疫情。为防止该病传入我国，"
        "保护我国畜牧业安全，根据《中华人民共和国生物安全法》《中华人民共和国动物防疫法》《中华人民共和国进出境动植物检疫法》"
        "及其实施条例等有关法律法规规定，现将有关事项公告如下：", clause=True)
    b.p(IND + "一、禁止直接或间接从吉尔吉斯斯坦输入羊、其他易感动物及其相关产品，停止签发从吉尔吉斯斯坦进口羊、"
        "其他易感动物及其相关产品的《进境动植物检疫许可证》，撤销已经签发的《进境动植物检疫许可证》。", clause=True)
    b.p(IND + "二、对来自吉尔吉斯斯坦的羊、其他易感动物及其相关产品，一律作退回或销毁处理。", clause=True)
    b.p(IND + "三、禁止寄递或携带来自吉尔吉斯斯坦的羊、其他易感动物及其相关产品入境。一经发现，一律作退回或销毁处理。",
        clause=True)
    b.p(IND + "四、来自吉尔吉斯斯坦的入境运输工具、集装箱及其他货物，如装载有羊、其他易感动物及其相关产品的，"
        "在海关的监督下作防疫消毒处理；其所产生的泔水、动植物性废弃物等，在海关的监督下作无害化处理，不得擅自抛弃。",
        clause=True)
    b.p(IND + "五、对边境地区非法入境的来自吉尔吉斯斯坦的羊、其他易感动物及其相关产品，由海关会同边防、公安、"
        "农业农村等部门按照有关规定处理。", clause=True)
    b.p(IND + "六、各级海关、农业农村部门要加强协作配合，密切关注疫情动态，严防该病传入我国。", clause=True)
    b.p(IND + "本公告自发布之日起执行。", clause=True)
    b.p(IND + "特此公告。", clause=True)
    b.empty()
    b.p("海关总署\u3000\u3000\u3000\u3000农业农村部", align="r")
    b.p("2026年3月18日\u3000\u3000", align="r")
    b.empty()
    b.empty()

    # ---------------- C ----------------
    b.new(meta("关于进一步优化中欧班列进出境货物监管有关事项的公告",
               "海关总署公告2026年第41号", ["海关总署"], "2026-04-02", "2026-04-03",
               "national", "全国", effective="2026-05-01", repeals="海关总署公告2020年第115号"))
    chrome("2026-04-03", "监管司")
    b.p("关于进一步优化中欧班列进出境货物监管有关事项的公告", font=XBS, size=16, bold=True, align="c",
        space_after=6)
    b.p("海关总署公告2026年第41号", font=KT, size=12, align="c")
    publine("2026-04-03", "监管司")
    b.p(IND + "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，促进中欧班列安全、稳定、畅通运行，"
        "进一步提升进出境货物通关效率，根据《中华人民共和国海关法》及有关法律法规规定，现就中欧班列进出境货物监管有关事项公告如下：",
        clause=True)
    b.p(IND + "一、适用范围", bold=True)
    b.p(IND + "（一）本公告所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”"
        "国家之间的集装箱等铁路国际联运列车。", clause=True)
    b.p(IND + "（二）中欧班列承运的进出境货物、物品及其舱单，适用本公告。中欧班列运输的跨境电子商务商品、邮件快件另有规定的，从其规定。",
        clause=True)
    b.p(IND + "二、舱单管理", bold=True)
    b.p(IND + "（一）进境中欧班列的舱单传输人，应当在列车抵达境内第一目的站2小时以前，以电子数据形式向海关传输原始舱单主要数据。",
        clause=True)
    # soft line break (<br>) in the middle of a paragraph from the web page
    b.p(IND + "（二）出境中欧班列的舱单传输人，应当在货物装车2小时以前，向海关传输预配舱单主要数据；\n"
        "在列车开行2小时以前，向海关传输装载舱单数据。", clause=True)
    b.p(IND + "（三）舱单传输人需要变更舱单数据的，应当在海关放行前向海关申请变更；货物已经放行的，按照有关规定办理。",
        clause=True)
    b.p(IND + "三、通关便利措施", bold=True)
    b.p(IND + "（一）支持企业采用“提前申报”“两步申报”方式办理进口货物申报手续。对提前申报的货物，列车抵达后符合条件的，可以直接放行。",
        clause=True)
    b.p(IND + "（二）在口岸海关与内陆海关之间推行“铁路快通”模式，对符合条件的中欧班列进出境货物，企业无需在口岸海关办理转关手续。",
        clause=True)
    b.p(IND + "（三）对中欧班列运输的鲜活易腐货物、跨境电子商务商品，海关优先安排查验，实施“即到即查”。", clause=True)
    b.p(IND + "（四）在中欧班列沿线口岸推广“智能卡口”“无感通关”，对具备条件的集装箱实施非侵入式查验。", clause=True)
    b.p(IND + "四、其他事项", bold=True)
    b.p(IND + "（一）中欧班列运营企业、舱单传输人违反本公告规定的，由海关依照《中华人民共和国海关行政处罚实施条例》等有关规定处理。",
        clause=True)
    b.p(IND + "（二）本公告自2026年5月1日起施行。海关总署公告2020年第115号同时废止。", clause=True)
    b.p(IND + "特此公告。", clause=True)
    b.empty()
    b.p("海关总署", align="r")
    b.p("2026年4月2日", align="r")
    b.empty()
    b.p("【打印本页】\u3000\u3000【关闭窗口】", font=ST, size=9, align="c", color="666666")
    return b


# =====================================================================
# 2. 郑州海关: retyped in office format, page break per 公告, Word numbering
# =====================================================================
def build_zhengzhou():
    b = Builder("blind556_zhengzhou_gonggao",
                "郑州海关门户网站\u3000zhengzhou.customs.gov.cn\u3000\u3000海关公告")

    def title_block(title, number, pub):
        b.p(title, font=XBS, size=20, align="c", line=32, space_after=6)
        b.p(number, font=FS, size=16, align="c")
        b.p("发布时间：%s" % pub, font=KT, size=12, align="c")
        b.empty()

    # ---------------- D ----------------
    b.new(meta("郑州海关关于郑州新郑综合保税区二期围网区域正式封关运作的公告",
               "郑州海关公告〔2026〕2号", ["郑州海关"], "2026-02-06", "2026-02-06",
               "provincial", "河南省", effective="2026-02-10"))
    # title typed with a soft line break
    title_block("郑州海关关于郑州新郑综合保税区\n二期围网区域正式封关运作的公告", "郑州海关公告〔2026〕2号",
                "2026-02-06")
    n1 = b.make_numbering("chineseCounting", "%1、")
    b.p("经海关总署、国家发展改革委、财政部、自然资源部、商务部、税务总局、市场监管总局、国家外汇局联合验收，"
        "郑州新郑综合保税区二期围网区域（以下简称“二期区域”）符合综合保税区设立条件，准予封关运作。现将有关事项公告如下：",
        indent=True, clause=True)
    items = [
        "二期区域自2026年2月10日起正式封关运作。",
        "二期区域验收面积1.27平方公里，四至范围为：东至华夏大道，南至郑港十路，西至四港联动大道，北至郑港六路。",
        "二期区域共设置卡口2个，具体如下：",
    ]
    for k, it in enumerate(items):
        b.p(it, num=n1, prefix=CN_NUM[k] + "、", clause=True)
    b.p("（一）二期东卡口，位于华夏大道与郑港八路交叉口西侧，主要承担货物车辆进出区通行任务；", indent=True, clause=True)
    b.p("（二）二期北卡口，位于郑港六路与新港大道交叉口南侧，主要承担人员及非货物车辆进出区通行任务。", indent=True,
        clause=True)
    items2 = [
        "二期区域内企业开展保税加工、保税物流、保税服务等业务，应当按照《中华人民共和国海关综合保税区管理办法》等有关规定办理海关手续。",
        "企业在办理海关业务过程中遇有问题，可咨询郑州海关所属新郑海关，联系电话：0371-62583301。",
        "本公告自2026年2月10日起施行。",
    ]
    for k, it in enumerate(items2):
        b.p(it, num=n1, prefix=CN_NUM[k + 3] + "、", clause=True)
    b.p("特此公告。", indent=True, clause=True)
    b.empty()
    b.empty()
    b.p("郑州海关\u3000\u3000\u3000\u3000")
    b.p("2026年2月6日\u3000\u3000")
    # right alignment typed with spaces instead of paragraph alignment
    b.doc.paragraphs[-2].paragraph_format.left_indent = Pt(16 * 17)
    b.doc.paragraphs[-1].paragraph_format.left_indent = Pt(16 * 16)

    # ---------------- E ----------------
    b.page_break()
    b.new(meta("郑州海关关于中欧班列（郑州）“班列+跨境电商”出口业务监管有关事项的公告",
               "郑州海关公告〔2026〕5号", ["郑州海关"], "2026-03-12", "2026-03-13",
               "provincial", "河南省"))
    title_block("郑州海关关于中欧班列（郑州）\n“班列+跨境电商”出口业务监管有关事项的公告", "郑州海关公告〔2026〕5号",
                "2026-03-13")
    b.p("为支持中欧班列（郑州）与跨境电子商务融合发展，促进河南省跨境电子商务出口业务提质增效，根据《关于跨境电子商务零售进出口商品有关监管事宜的公告》"
        "（海关总署公告2018年第194号）等有关规定，现将“班列+跨境电商”出口业务监管有关事项公告如下：", indent=True, clause=True)
    b.p("一、适用范围和申报方式", font=HT, indent=True)
    b.p(runs=[("（一）适用范围。", True),
              ("本公告适用于在郑州海关关区内，通过中欧班列（郑州）运输出境的跨境电子商务B2B直接出口（监管方式代码9710）、"
               "跨境电子商务出口海外仓（监管方式代码9810）及跨境电子商务零售出口（监管方式代码9610）货物。", False)],
        font=FS, indent=True, clause=True)
    b.p(runs=[("（二）申报方式。", True),
              ("跨境电子商务企业或者其委托的代理报关企业可以按照“清单申报”或者“报关单申报”方式向海关申报；"
               "单票金额超过人民币5000元，或者涉证、涉检、涉税的，应当通过报关单申报。", False)],
        font=FS, indent=True, clause=True)
    b.p("二、监管作业", font=HT, indent=True)
    b.p(runs=[("（一）场所要求。", True),
              ("“班列+跨境电商”出口货物应当在郑州海关核准的跨境电子商务监管作业场所内完成理货、查验和装箱作业。", False)],
        font=FS, indent=True, clause=True)
    b.p(runs=[("（二）集拼出口。", True),
              ("支持不同监管方式的跨境电子商务出口货物在监管作业场所内集拼，海关按照以下要求实施监管：", False)],
        font=FS, indent=True, clause=True)
    n2 = b.make_numbering("decimal", "%1.")
    subs = [
        "企业应当在装箱前向海关传输集拼货物的清单或者报关单数据；",
        "海关对集拼货物实施整箱查验或者按单查验，查验无误的予以放行；",
        "集拼货物放行后，由监管作业场所经营人负责施加海关封志，并在“中欧班列（郑州）”信息平台登记箱号、封志号等信息。",
    ]
    for k, s in enumerate(subs):
        b.p(s, num=n2, prefix="%d." % (k + 1), clause=True)
    b.p(runs=[("（三）转关运输。", True),
              ("以中欧班列（郑州）运输出境的跨境电子商务出口货物，可以在郑州海关办理出口申报，在出境口岸海关办理转关或者“铁路快通”手续。",
               False)],
        font=FS, indent=True, clause=True)
    b.p("三、退货管理", font=HT, indent=True)
    b.p("跨境电子商务出口货物因滞销、退货等原因需要退运进境的，企业可以按照有关规定申请办理退货手续。"
        "退货商品应当在出口放行之日起1年内退运进境。", indent=True, clause=True)
    b.p("四、其他", font=HT, indent=True)
    b.p("企业在办理相关业务过程中如有疑问，可以向郑州海关所属郑州经济技术开发区海关咨询，联系电话：0371-68672315。",
        indent=True, clause=True)
    b.p("特此公告。", indent=True, clause=True)
    b.empty()
    b.empty()
    b.p("郑州海关\u3000\u3000\u3000\u3000", align="r")
    b.p("2026年3月12日\u3000\u3000", align="r")

    # ---------------- F ----------------
    b.page_break()
    att_f = "郑州海关关区跨境电子商务监管作业场所名单（2026年第一批）"
    b.new(meta("郑州海关关于公布关区跨境电子商务监管作业场所名单（2026年第一批）的公告",
               "郑州海关公告〔2026〕7号", ["郑州海关"], "2026-04-20", "2026-04-20",
               "provincial", "河南省", effective="2026-04-20", attachments=[att_f],
               repeals="郑州海关公告〔2024〕11号"))
    title_block("郑州海关关于公布关区跨境电子商务\n监管作业场所名单（2026年第一批）的公告", "郑州海关公告〔2026〕7号",
                "2026-04-20")
    n3 = b.make_numbering("chineseCounting", "%1、")
    b.p("根据《中华人民共和国海关监管区管理暂行办法》（海关总署令第232号）和海关总署有关规定，郑州海关对关区跨境电子商务监管作业场所"
        "进行了验收和复核。现将有关事项公告如下：", indent=True, clause=True)
    items3 = [
        "经验收合格，同意附件所列5个跨境电子商务监管作业场所开展跨境电子商务进出口业务。",
        "监管作业场所经营人应当按照海关监管要求，落实场所设施设备、信息化系统和管理制度等各项要求，接受海关监管。",
        "监管作业场所经营人发生名称、地址、面积等变更的，应当在变更前向主管海关提出申请。",
        "本公告自发布之日起施行。郑州海关公告〔2024〕11号同时废止。",
    ]
    for k, it in enumerate(items3):
        b.p(it, num=n3, prefix=CN_NUM[k] + "、", clause=True)
    b.p("特此公告。", indent=True, clause=True)
    b.empty()
    b.p("附件：" + att_f, indent=True)
    b.empty()
    b.empty()
    b.p("郑州海关\u3000\u3000\u3000\u3000", align="r")
    b.p("2026年4月20日\u3000\u3000", align="r")
    b.page_break()
    b.p("附件", font=HT, size=16)
    b.empty()
    b.p(att_f, font=XBS, size=18, align="c", space_after=12)
    b.table(["序号", "场所名称", "场所编码", "主管海关", "地址"], [
        ["1", "河南保税物流中心跨境电子商务监管作业场所", "4613K001", "郑州经济技术开发区海关",
         "郑州经济技术开发区经北四路与第二十二大街交叉口"],
        ["2", "郑州国际陆港跨境电子商务监管作业场所", "4613K002", "郑州经济技术开发区海关",
         "郑州经济技术开发区航海东路与第十五大街交叉口"],
        ["3", "郑州新郑综合保税区跨境电子商务监管作业场所", "4618K001", "新郑海关",
         "郑州航空港经济综合实验区郑港四路与新港大道交叉口"],
        ["4", "郑州航空港邮件快件跨境电子商务监管作业场所", "4618K002", "新郑海关",
         "郑州航空港经济综合实验区迎宾大道与云港路交叉口"],
        ["5", "洛阳综合保税区跨境电子商务监管作业场所", "4606K001", "洛阳海关",
         "洛阳市洛龙区通达路与关林路交叉口"],
    ], font=FS, size=12, merges=[(0, 1, 3), (2, 3, 3)], widths=[1.2, 4.6, 2.2, 3.0, 4.6])
    return b


# =====================================================================
# 3. 南宁海关 信息公开 pages: metadata table, 文号（标题） heading, blank lines
# =====================================================================
def build_nanning():
    b = Builder("blind556_nanning_gonggao",
                "南宁海关\u3000政府信息公开\nhttp://nanning.customs.gov.cn",
                body_font=FS, body_size=15)
    SP = "    "  # ASCII spaces used as first-line indent

    # ---------------- G ----------------
    att_g = "2026年边民互市贸易进口商品落地加工商品目录"
    b.new(meta("关于公布2026年边民互市贸易进口商品落地加工商品目录的公告",
               "南宁海关公告〔2026〕1号", ["南宁海关"], "2026-01-15", "2026-01-16",
               "provincial", "广西壮族自治区", effective="2026-02-01", attachments=[att_g],
               repeals="南宁海关公告〔2025〕3号"))
    b.layout_table([
        ["索引号：", "000014672/2026-00003", "主题分类：", "海关公告"],
        ["发布机构：", "南宁海关", "成文日期：", "2026年01月15日"],
        ["文号：", "南宁海关公告〔2026〕1号", "发布日期：", "2026年01月16日"],
    ])
    b.empty()
    b.p("南宁海关公告〔2026〕1号（关于公布2026年边民互市贸易进口商品落地加工商品目录的公告）",
        font=XBS, size=18, align="c", space_after=6)
    b.p("【字体：大\u3000中\u3000小】", font=ST, size=9, align="r", color="666666")
    b.p(SP + "为贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》，支持边民互市贸易进口商品落地加工，推动沿边地区产业发展，"
        "根据《边民互市贸易管理办法》和海关总署有关规定，现将2026年广西边民互市贸易进口商品落地加工商品目录（以下简称《目录》）公布如下：",
        clause=True)
    b.empty()
    g_items = [
        "一、《目录》所列商品（见附件），由边民互助组或者边民合作社按照规定组织交易后，可以由落地加工企业收购并在广西壮族自治区内进行深加工。",
        "二、边民互市贸易进口商品落地加工企业应当在主管海关办理备案，如实申报加工商品的品名、数量、成品去向等信息，接受海关监管。",
        "三、列入《目录》的商品，在每人每日8000元人民币免税额度以内的，免征进口关税和进口环节税；超出免税额度的部分，按照附件所列最惠国税率和有关规定征收税款。",
        "四、边民互市贸易进口的食品、农产品，应当符合我国法律法规和食品安全国家标准的要求，由海关按照有关规定实施检疫和监督抽检。",
        "五、本公告自2026年2月1日起施行。南宁海关公告〔2025〕3号同时废止。",
    ]
    for it in g_items:
        b.p(SP + it, clause=True)
        b.empty()
    b.p(SP + "特此公告。", clause=True)
    b.empty()
    b.p(SP + "附件：" + att_g)
    b.empty()
    b.p("南宁海关", align="r")
    b.p("二〇二六年一月十五日", align="r")
    b.empty()
    b.p("附件", font=HT, size=15)
    b.table(["序号", "商品编码", "商品名称", "最惠国税率（%）", "主要来源国"], [
        ["1", "08045020", "鲜或干的芒果", "15", "越南"],
        ["2", "08109030", "鲜火龙果", "20", "越南"],
        ["3", "09011100", "未焙炒未浸除咖啡碱的咖啡", "8", "越南、老挝"],
        ["4", "12024200", "去壳花生", "15", "越南"],
        ["5", "07141020", "冷或冻的木薯", "10", "越南"],
        ["6", "03061790", "冻虾及对虾", "5", "越南"],
        ["7", "44039800", "桉木原木", "0", "越南、老挝"],
    ], font=ST, size=10.5, title_row=att_g, widths=[1.2, 2.4, 6.0, 2.8, 3.0])
    b.empty()
    b.p("相关链接：《关于公布2026年边民互市贸易进口商品落地加工商品目录的公告》政策解读", font=ST, size=9,
        color="1F4E9E")
    b.page_break()

    # ---------------- H ----------------
    b.new(meta("关于推进西部陆海新通道海铁联运“一单制”通关便利化有关事项的公告",
               "南宁海关公告〔2026〕4号", ["南宁海关"], "2026-03-02", "2026-03-04",
               "provincial", "广西壮族自治区", effective="2026-03-10"))
    b.layout_table([
        ["索引号：", "000014672/2026-00019", "主题分类：", "海关公告"],
        ["发布机构：", "南宁海关", "成文日期：", "2026年03月02日"],
        ["文号：", "南宁海关公告〔2026〕4号", "发布日期：", "2026年03月04日"],
    ])
    b.empty()
    b.p("南宁海关公告〔2026〕4号（关于推进西部陆海新通道海铁联运“一单制”通关便利化有关事项的公告）",
        font=XBS, size=18, align="c", space_after=6)
    b.p("【字体：大\u3000中\u3000小】", font=ST, size=9, align="r", color="666666")
    b.p(SP + "为深入推进西部陆海新通道建设，服务高质量共建“一带一路”，促进海铁联运提质增效，南宁海关决定在关区推进海铁联运“一单制”"
        "通关便利化改革。现将有关事项公告如下：", clause=True)
    b.empty()

    def runin(head, body):
        b.p(runs=[(SP + head, True), (body, False)], clause=True)
        b.empty()

    runin("一、定义。", "本公告所称海铁联运“一单制”，是指进出口货物在铁路运输与海上运输之间衔接时，由多式联运经营人签发一份多式联运单证，"
          "实现“一次委托、一单到底、一次结算”的运输组织方式。")
    runin("二、适用范围。", "本公告适用于经钦州港、北海港、防城港口岸进出境，并通过铁路运输往来于关区内外各铁路场站的海铁联运集装箱货物。")
    b.p(runs=[(SP + "三、申报要求。", True),
              ("多式联运经营人应当按照海关要求传输多式联运单证电子数据。进出口货物收发货人或者其代理人可以凭多式联运单证办理进出口申报手续，"
               "具体要求如下：", False)], clause=True)
    b.p(SP + "（一）进口货物，可以在船舶抵港前申报，货物在口岸卸船后，凭海关放行信息直接装车发运至内陆铁路场站；", clause=True)
    b.p(SP + "（二）出口货物，可以在内陆铁路场站完成申报、查验和放行，货物运抵口岸后，凭海关放行信息直接装船出境；", clause=True)
    b.p(SP + "（三）需要在口岸实施检疫处理的，由口岸海关按照有关规定实施。", clause=True)
    b.empty()
    runin("四、监管要求。", "多式联运经营人和场站经营人应当确保集装箱封志完好，运输路线和时限符合海关要求。海关对“一单制”货物运输全程实施"
          "电子物流监控，发现异常的，依法处置。")
    runin("五、信用管理。", "对海关高级认证企业开展的海铁联运“一单制”业务，海关优先办理申报、查验和放行手续。")
    b.p(SP + "六、本公告自2026年3月10日起施行。", clause=True)
    b.empty()
    b.p(SP + "特此公告。", clause=True)
    b.empty()
    b.p("南宁海关", align="r")
    b.p("2026年3月2日", align="r")
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_556", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (build_zongshu, build_zhengzhou, build_nanning):
        b = fn()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
