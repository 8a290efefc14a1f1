# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 156: four ordinary 公文 from four offices, typed in Word, printed to PDF.

Writes next to itself:
  blind156_shandong_opinions.docx / .pdf   山东省人民政府办公厅 实施意见 (provincial), 鲁政办发〔2024〕5号,
      SDPR 登记号 above the red 版头, two-paragraph title, 一、（一）1. outline with 责任单位 brackets,
      1. numbering restarting under each （一）, 施行/有效期 sentence, odd/even footers.
  blind156_tianjin_measures.docx / .pdf    天津市商务局 天津市财政局 joint 印发通知 carrying the
      管理办法 (第一章…第十八条, 款 and （一）项), joint 版头 typed as a borderless 2x2 table,
      附件 申报表 (a form with merged cells), 版记 at the very end.
  blind156_zhengding_notice.docx / .pdf    正定县人民政府办公室 通知 (county, 河北) on 中欧班列 集货,
      headings in Word's own Heading 1 style, 乡镇 target table with a 合计 row, 附件 回执 form.
  blind156_heilongjiang_letter.docx / .pdf 黑龙江省商务厅 函 to 哈尔滨海关 (信函格式: organ name without
      文件, red double line, 文号 right-aligned, no page number on page 1), 附件 商品清单 table.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind156.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
L, C, R, J = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY
SAN = 16      # 三号
SI = 14       # 四号
XIAOSI = 12   # 小四
ER = 22       # 二号


class Fonts:
    def __init__(self, fs, ht, kt, xbz, st="宋体"):
        self.fs, self.ht, self.kt, self.xbz, self.st = fs, ht, kt, xbz, st


GB = Fonts("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体")
WIN = Fonts("仿宋", "黑体", "楷体", "方正小标宋_GBK")
WIN2 = Fonts("FangSong", "SimHei", "KaiTi", "方正小标宋简体", "SimSun")


def rfonts(el, east, ascii_font="Times New Roman"):
    rpr = el.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)


def run(p, text, east, size=SAN, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = "Times New Roman"
    rfonts(r._element, east)
    if color is not None:
        r.font.color.rgb = color
    return r


def border(p, side, val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_field(p, east, size=SI, dash=True):
    if dash:
        run(p, "— ", east, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = run(p, "", east, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    if dash:
        run(p, " —", east, size)


class Doc:
    """A clerk's Word file: Normal = 仿宋 三号, 28.95 pt exact line spacing, 2-字 first-line indent."""

    def __init__(self, f, footer="oddeven", first_page_blank=False, line=28.95):
        self.f = f
        self.d = Document()
        self.line = Pt(line)
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.header_distance, s.footer_distance = Mm(15), Mm(28)
        st = self.d.styles["Normal"]
        st.font.size = Pt(SAN)
        st.font.name = "Times New Roman"
        rfonts(st.element, f.fs)
        pf = st.paragraph_format
        pf.line_spacing = self.line
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if footer == "oddeven":
            self.d.settings.odd_and_even_pages_header_footer = True
            fp = s.footer.paragraphs[0]
            fp.alignment = R
            fp.paragraph_format.right_indent = Pt(SI)
            fp.paragraph_format.first_line_indent = Pt(0)
            page_field(fp, f.st)
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            ep.paragraph_format.first_line_indent = Pt(0)
            page_field(ep, f.st)
        else:
            fp = s.footer.paragraphs[0]
            fp.alignment = C
            fp.paragraph_format.first_line_indent = Pt(0)
            page_field(fp, f.st)
        if first_page_blank:
            s.different_first_page_header_footer = True
            s.first_page_footer.paragraphs[0].text = ""

    # ---- paragraphs
    def p(self, text="", east=None, size=SAN, align=J, indent=2, color=None, bold=False, line=None):
        p = self.d.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(size * indent) if indent else Pt(0)
        if line is not None:
            p.paragraph_format.line_spacing = line
        if text:
            run(p, text, east or self.f.fs, size, bold, color)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.p("", indent=0)

    def body(self, text):
        return self.p(text)

    def h1(self, text):  # 一、 heading, 黑体, own paragraph
        return self.p(text, self.f.ht)

    def h2(self, text):  # （一） heading, 楷体, own paragraph
        return self.p(text, self.f.kt)

    def runin(self, head, body, head_east=None, bold=False):
        p = self.p("")
        run(p, head, head_east or self.f.kt, SAN, bold)
        run(p, body, self.f.fs, SAN)
        return p

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ---- furniture
    def banhead(self, text, size=48, rule=True):
        p = self.p("", align=C, indent=0, line=Pt(size * 1.2))
        r = run(p, text, self.f.xbz, size, color=RED)
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="80"/>' % nsdecls("w")))
        return p

    def docnum(self, number, align=C, pre=2):
        self.blank(pre)
        p = self.p(number, align=align, indent=0)
        border(p, "bottom", "single", 18, "FF0000", 12)
        self.blank(1)
        return p

    def title(self, lines, soft=False):
        if soft:
            p = self.p("", align=C, indent=0, line=Pt(35))
            for i, t in enumerate(lines):
                r = run(p, t, self.f.xbz, ER)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            for t in lines:
                self.p(t, self.f.xbz, ER, C, 0, line=Pt(35))
        self.blank(1)

    def zhusong(self, text):
        return self.p(text, align=L, indent=0)

    def attach_note(self, titles):
        self.blank(1)
        if len(titles) == 1:
            p = self.p("附件：" + titles[0])
        else:
            for i, t in enumerate(titles):
                p = self.p(("附件：" if i == 0 else "　　　") + "%d．%s" % (i + 1, t))
        return p

    def signoff(self, issuer, date, blanks=3, right=4, publicity=None):
        prev = self.d.paragraphs[-1]
        prev.paragraph_format.keep_with_next = True
        for _ in range(blanks):
            self.p("", indent=0).paragraph_format.keep_with_next = True
        p = self.p(issuer, align=R, indent=0)
        p.paragraph_format.right_indent = Pt(SAN * right)
        p.paragraph_format.keep_with_next = True
        p = self.p(date, align=R, indent=0)
        p.paragraph_format.right_indent = Pt(SAN * (right + 0.5))
        if publicity:
            p.paragraph_format.keep_with_next = True
            self.p("（%s）" % publicity)  # 附注: the line right under the date

    def banji(self, chaosong, printer, printdate, blanks=0):
        self.blank(blanks)
        p = self.p("", size=SI, align=L, indent=0)
        p.paragraph_format.left_indent = Pt(SI * 4)
        p.paragraph_format.first_line_indent = Pt(-SI * 3)
        p.paragraph_format.right_indent = Pt(SI)
        run(p, "抄送：" + chaosong, self.f.fs, SI)
        border(p, "top", "single", 8, "000000", 3)
        border(p, "bottom", "single", 4, "000000", 3)
        if printer:
            p = self.p("", size=SI, align=L, indent=0)
            p.paragraph_format.left_indent = Pt(SI)
            p.paragraph_format.right_indent = Pt(SI)
            run(p, printer, self.f.fs, SI)
            run(p, "\t" + printdate + "印发", self.f.fs, SI)
            p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8500"/></w:tabs>' % nsdecls("w")))
            border(p, "bottom", "single", 8, "000000", 3)

    # ---- tables
    def table(self, rows, widths, header_rows=1, size=XIAOSI, merges=(), aligns=None, height=None, keep=True):
        t = self.d.add_table(rows=len(rows), cols=len(widths))
        t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Mm(widths[j])
                if val is None:
                    continue
                cp = cell.paragraphs[0]
                cp.paragraph_format.first_line_indent = Pt(0)
                cp.paragraph_format.line_spacing = Pt(size * 1.5)
                cp.alignment = (aligns[j] if aligns else C) if i >= header_rows else C
                for k, part in enumerate(val.split("\n")):
                    if k:
                        cp = cell.add_paragraph()
                        cp.paragraph_format.first_line_indent = Pt(0)
                        cp.paragraph_format.line_spacing = Pt(size * 1.5)
                        cp.alignment = L
                    run(cp, part, self.f.ht if i < header_rows else self.f.fs, size)
            if height:
                t.rows[i].height = Mm(height)
        for i, row in enumerate(t.rows):
            trpr = row._tr.get_or_add_trPr()
            trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
            if i < header_rows:
                trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
            if keep and i < len(t.rows) - 1:
                for cell in row.cells:
                    for cp in cell.paragraphs:
                        cp.paragraph_format.keep_with_next = True
        for (r0, c0, r1, c1) in merges:
            a, b = t.cell(r0, c0), t.cell(r1, c1)
            npar = len(a.paragraphs)
            m = a.merge(b)
            # merge() appends the (empty) paragraphs of the swallowed cells; drop them
            for extra in m.paragraphs[npar:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
        return t

    def save(self, path):
        self.d.save(path)


# =====================================================================================
# 1. 山东省人民政府办公厅 实施意见
# =====================================================================================
SD_TITLE = "山东省人民政府办公厅关于推进中国（山东）自由贸易试验区提升战略的实施意见"
SD_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（山东）自由贸易试验区（以下简称山东自贸试验区）改革开放“试验田”作用，更好服务和融入共建“一带一路”，经省政府同意，现提出如下实施意见。"
SD = [
    ("h1", "一、总体要求"),
    ("body", "坚持以制度创新为核心，以可复制可推广为基本要求，聚焦济南、青岛、烟台3个片区功能定位，对标高标准国际经贸规则，深入开展差别化探索。到2025年，山东自贸试验区累计形成制度创新成果300项以上，其中在全国复制推广30项以上；实际使用外资占全省比重达到15%以上，进出口总额突破6000亿元。到2027年，基本建成贸易投资便利、高端产业集聚、监管安全高效、辐射带动作用突出的高标准高质量自由贸易园区。"),
    ("h1", "二、主要任务"),
    ("h2", "（一）稳步扩大制度型开放。"),
    ("item", "1.", "对接高标准国际经贸规则。在青岛片区开展《区域全面经济伙伴关系协定》（RCEP）原产地规则、海关程序和贸易便利化条款先行先试，全面实施“经核准出口商”制度，2024年底前推动全省经核准出口商数量达到200家以上，RCEP项下享惠进口货值年均增长10%以上。（责任单位：省商务厅、青岛海关、济南海关，青岛市人民政府。列第一位者为牵头单位，下同）"),
    ("item", "2.", "推进服务业扩大开放。支持济南片区在医疗健康、数字服务、文化旅游等领域放宽市场准入，允许在片区内注册的外商投资企业依法开展在线数据处理与交易处理业务（经营类电子商务）；支持境外知名医疗机构在济南片区设立独资医疗机构，2025年底前引进外资医疗机构不少于2家。（责任单位：省发展改革委、省卫生健康委、省通信管理局，济南市人民政府）"),
    ("item", "3.", "深化投资管理制度改革。全面落实外商投资准入前国民待遇加负面清单管理制度，在3个片区推行企业开办“一网通办”“一窗通办”，企业开办时间压缩至1个工作日以内；对片区内外商投资企业实行“一对一”服务专员制度，2024年新设外商投资企业不少于600家。（责任单位：省市场监管局、省商务厅，各片区所在市人民政府）"),
    ("h2", "（二）提升贸易投资便利化水平。"),
    ("item", "1.", "推进通关模式改革。在青岛前湾港区、烟台港芝罘湾港区全面推广“船边直提”“抵港直装”作业模式，进口、出口整体通关时间分别压缩至30小时、1小时以内；2024年6月底前在烟台片区上线国际贸易“单一窗口”跨境电商出口申报功能。（责任单位：青岛海关、济南海关、省交通运输厅，青岛市、烟台市人民政府）"),
    ("item", "2.", "创新跨境贸易结算方式。支持银行为片区内优质企业提供跨境人民币结算“白名单”便利服务，简化经常项目和资本项目收付汇手续，2024年3个片区跨境人民币结算额达到1800亿元，惠及企业1500家以上。（责任单位：人民银行山东省分行、国家外汇管理局山东省分局、省委金融办）"),
    ("item", "3.", "发展离岸贸易和新型国际贸易。支持青岛片区建设离岸贸易中心城市核心区，对真实合规的离岸转手买卖业务，银行可按照展业原则直接办理跨境资金结算；到2025年，青岛片区新型离岸国际贸易结算额突破100亿美元。（责任单位：国家外汇管理局山东省分局、省商务厅，青岛市人民政府）"),
    ("runin", "（三）推动高端产业集聚发展。", "聚焦片区主导产业强链补链延链，每个片区培育2个以上具有国际竞争力的千亿级产业集群。"),
    ("item", "1.", "济南片区重点发展人工智能、生物医药、量子信息、产业金融等产业，建设中国（济南）知识产权保护中心片区分中心，2025年片区生物医药产业规模突破1000亿元。（责任单位：济南市人民政府，省工业和信息化厅、省科技厅）"),
    ("item", "2.", "青岛片区重点发展现代海洋、国际贸易、航运物流、现代金融、先进制造等产业，建设东北亚国际航运枢纽，2025年青岛港集装箱吞吐量达到3000万标准箱。（责任单位：青岛市人民政府，省交通运输厅、省海洋局）"),
    ("item", "3.", "烟台片区重点发展高端装备制造、新材料、新一代信息技术、节能环保、生物医药和生产性服务业，加快建设中韩（烟台）产业园，打造中韩贸易和投资合作先行区。（责任单位：烟台市人民政府，省商务厅、省工业和信息化厅）"),
    ("runin", "（四）深度融入共建“一带一路”。", "支持青岛片区与中国—上海合作组织地方经贸合作示范区联动发展，稳定开行“齐鲁号”欧亚班列至中亚、欧洲线路，2024年全省开行量稳定在2500列以上；支持济南片区建设中欧班列（齐鲁号）济南集结中心；支持片区企业在共建“一带一路”国家布局海外仓，到2025年全省海外仓数量达到400个以上。（责任单位：省商务厅、省交通运输厅、省发展改革委，济南市、青岛市、烟台市人民政府）"),
    ("h1", "三、保障措施"),
    ("runin", "（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进提升战略实施，领导小组办公室（设在省商务厅）每半年调度一次重点任务进展情况，协调解决重大问题。各片区所在市要落实主体责任，制定年度工作计划并于每年1月底前报领导小组办公室备案。"),
    ("runin", "（二）强化要素保障。", "省级财政每年安排自贸试验区发展专项资金3亿元，统筹支持片区制度创新和重大开放平台建设；新增建设用地计划指标对3个片区予以倾斜保障，每年不少于1500亩。"),
    ("runin", "（三）完善评估机制。", "建立制度创新成果第三方评估机制，每年12月底前对各片区开展考核评估，评估结果纳入全省高质量发展综合绩效考核；对评估排名末位的片区，由领导小组办公室约谈片区管委会主要负责同志。"),
    ("runin", "（四）营造良好氛围。", "及时总结推广改革试点经验和典型案例，每年发布山东自贸试验区制度创新十佳案例，健全鼓励创新、宽容失误的容错纠错机制，营造敢闯敢试、敢为人先的良好氛围。"),
    ("body", "本实施意见自2024年4月20日起施行，有效期至2029年4月19日。"),
]


def make_shandong(pad=0):
    d = Doc(GB, footer="oddeven")
    p = d.p("SDPR—2024—0010005", "Times New Roman", SI, L, 0)
    d.blank(1)
    d.banhead("山东省人民政府办公厅文件", 44)
    d.docnum("鲁政办发〔2024〕5号")
    d.title(["山东省人民政府办公厅关于推进中国（山东）", "自由贸易试验区提升战略的实施意见"])
    d.zhusong("各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：")
    d.body(SD_INTRO)
    clauses = [SD_INTRO]
    for it in SD:
        kind = it[0]
        if kind == "h1":
            d.h1(it[1])
        elif kind == "h2":
            d.h2(it[1])
        elif kind == "body":
            d.body(it[1]); clauses.append(it[1])
        elif kind == "item":
            d.body(it[1] + it[2]); clauses.append(it[1] + it[2])
        elif kind == "runin":
            d.runin(it[1], it[2]); clauses.append(it[1] + it[2])
    d.signoff("山东省人民政府办公厅", "2024年3月18日", blanks=2, right=3, publicity="此件公开发布")
    d.blank(pad)
    d.banji("省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，省军区。", "山东省人民政府办公厅", "2024年3月19日")
    d.save(os.path.join(HERE, "blind156_shandong_opinions.docx"))
    meta = {
        "title": SD_TITLE,
        "doc_number": "鲁政办发〔2024〕5号",
        "issuer": ["山东省人民政府办公厅"],
        "date": "2024-03-18",
        "published": "2024-03-19",
        "level": "provincial",
        "region": "山东省",
        "effective": "2024-04-20",
        "expires": "2029-04-19",
        "attachments": [],
        "doc_type": "实施意见",
        "recipients": ["各市人民政府", "各县（市、区）人民政府", "省政府各部门、各直属机构", "各大企业", "各高等院校"],
        "publicity": "此件公开发布",
        "registration_number": "SDPR—2024—0010005",
    }
    applies = {
        "default": "山东省（中国（山东）自由贸易试验区：济南、青岛、烟台片区）",
        "specific": {
            "二、（一）1.": "青岛片区",
            "二、（一）2.": "济南片区",
            "二、（二）1.": "青岛前湾港区、烟台港芝罘湾港区；单一窗口功能：烟台片区",
            "二、（二）3.": "青岛片区",
            "二、（三）1.": "济南片区",
            "二、（三）2.": "青岛片区",
            "二、（三）3.": "烟台片区",
            "二、（四）": "青岛片区、济南片区 (and 全省 for 班列/海外仓 figures)",
        },
        "note": "二、（一）3. and 三、 name all 3 片区 / the whole province: default. 共建“一带一路”国家, 中亚, 欧洲, 韩国 (中韩) do not place a clause abroad. 责任单位 brackets name organs (青岛海关, 济南市人民政府), not places of application — a clause whose only 'place' is 济南市人民政府 in the 责任单位 bracket of a 青岛 item is wrong.",
    }
    note = ("Furniture: the 登记号 line SDPR—2024—0010005 above the 版头 (a Shandong 规范性文件 registration number, NOT the 文号; meta registration_number optional, low if missing, medium if it becomes doc_number or a clause); red 版头 山东省人民政府办公厅文件; 文号 鲁政办发〔2024〕5号 with red rule; the title typed as TWO centred paragraphs (…中国（山东） / 自由贸易试验区提升战略的实施意见) that must be joined into one title; 主送 (→ recipients, 5 items); 落款 山东省人民政府办公厅 / 2024年3月18日; （此件公开发布）; 版记 抄送… / 山东省人民政府办公厅 2024年3月19日印发 (at the foot of page 6, after empty paragraphs); footer “— N —” right on odd pages, left on even pages. "
            "Headings without text of their own: 一、总体要求 / 二、主要任务 / 三、保障措施 (黑体) and 二、（一）稳步扩大制度型开放。 / （二）提升贸易投资便利化水平。 (楷体, own paragraphs) — section headings (tolerable as heading clauses, but must not swallow the items or be glued to the next item). 二、（三） and （四） and 三、（一）…（四） are run-in: 楷体 heading + 仿宋 text in ONE paragraph = one clause. "
            "1. 2. 3. numbering RESTARTS under each （一）（二）（三）: three different clauses are labelled 1. — the reader must keep each under its own parent (path 二、 > （二） > 1.); an item 1. under （二） filed under （一） is a wrong heading (medium). Each item ends with a （责任单位：…） bracket that belongs to the item (not a separate clause, not dropped). "
            "date = 成文日期 2024-03-18 (落款); 2024-03-19 is the 印发 date in the 版记. effective 2024-04-20 and expires 2029-04-19 come from the last body sentence (本实施意见自2024年4月20日起施行，有效期至2029年4月19日。), which is itself a clause. Deadlines (2024年6月底前, 每年1月底前, 12月底前) are not effective dates. No attachments.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "same metadata and clauses as the .docx. In the PDF the title is two centred lines, the SDPR line sits top-left above the red 版头, long clauses wrap over page breaks (items must be re-joined across pages without the page number “— N —” inside them), the footer number alternates right (odd) / left (even). 6 pages: page 5 ends early because the last sentence (本实施意见自…施行) is kept with the 落款 on page 6, where the 版记 sits at the foot."}}


# =====================================================================================
# 2. 天津市商务局 天津市财政局 印发 管理办法
# =====================================================================================
TJ_TITLE = "天津市商务局 天津市财政局关于印发《中国（天津）自由贸易试验区融资租赁业务发展专项资金管理办法》的通知"
TJ_MEASURES = "中国（天津）自由贸易试验区融资租赁业务发展专项资金管理办法"
TJ_FORM = "中国（天津）自由贸易试验区融资租赁业务发展专项资金申报表"
TJ_COVER = "现将《中国（天津）自由贸易试验区融资租赁业务发展专项资金管理办法》印发给你们，请遵照执行。"
CN = "一二三四五六七八九十"


def cnum(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


TJ = [
    ("总则", [
        ["为规范中国（天津）自由贸易试验区（以下简称天津自贸试验区）融资租赁业务发展专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《天津市市级财政专项资金管理暂行办法》等规定，结合本市实际，制定本办法。"],
        ["本办法所称专项资金，是指由市级财政预算安排，用于支持天津自贸试验区内融资租赁企业开展跨境租赁、服务共建“一带一路”国家和地区等业务的资金。专项资金年度规模为8000万元，实行总额控制。"],
        ["专项资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则。"],
        ["市商务局负责专项资金的项目申报、审核和绩效管理，会同市财政局提出资金分配方案。",
         "市财政局负责专项资金的预算管理、资金拨付和监督检查。",
         "天津自贸试验区管委会及天津港片区、天津机场片区、滨海新区中心商务片区管理机构负责本片区项目的受理、初审和日常监管。"],
    ]),
    ("支持范围和标准", [
        ["专项资金支持对象为在天津自贸试验区内依法注册、具有独立法人资格，且符合下列条件的融资租赁企业：",
         "（一）注册资本不低于1.7亿元人民币或者等值外币，且实缴资本不低于注册资本的50%；",
         "（二）近两年未发生重大违法违规行为，未被列入严重失信主体名单；",
         "（三）已按规定接入全国融资租赁企业管理信息系统，并按时报送业务数据。"],
        ["对融资租赁企业开展跨境租赁业务，租赁物为飞机、船舶、海洋工程装备的，按照租赁合同金额的0.5%给予一次性奖励，单架（艘、台）最高不超过300万元；租赁物为大型成套设备等其他租赁物的，按照租赁合同金额的0.3%给予奖励，单个项目最高不超过100万元。",
         "承租人注册地位于共建“一带一路”国家和地区的，奖励标准在前款规定基础上上浮20%。"],
        ["对在天津港片区东疆综合保税区内新设立的飞机、船舶租赁项目公司（SPV），自设立年度起连续3年，按照其对本市地方财力贡献的50%给予补贴。"],
        ["对融资租赁企业通过发行债券、资产证券化等方式在境外融资的，按照实际融资金额的1%给予融资费用补贴，单个企业年度补贴最高不超过200万元。"],
        ["同一企业年度获得专项资金支持总额不超过1000万元。同一项目已获得市级其他财政资金支持的，不得重复申报。"],
    ]),
    ("申报和审核", [
        ["专项资金每年集中申报一次。市商务局每年3月底前发布申报通知，明确申报时间、申报材料和有关要求。"],
        ["申报单位应当提交下列材料，并对材料的真实性负责：",
         "（一）专项资金申报表（见附件）；",
         "（二）营业执照、租赁合同、付款凭证等证明材料复印件；",
         "（三）经会计师事务所审计的上年度财务报告；",
         "（四）信用承诺书。"],
        ["各片区管理机构应当自受理申报之日起15个工作日内完成初审，并将初审意见报送市商务局。"],
        ["市商务局会同市财政局组织专家评审或者委托第三方机构审核，提出资金分配方案，在市商务局门户网站公示，公示期不少于5个工作日。",
         "公示无异议的，由市财政局按照规定程序拨付资金。"],
    ]),
    ("监督管理", [
        ["获得专项资金的单位应当按照国家统一的会计制度进行会计核算，自觉接受财政、审计等部门的监督检查。"],
        ["申报单位有下列情形之一的，由市商务局、市财政局责令改正，追回已拨付资金，5年内不得申报专项资金；涉嫌犯罪的，依法移送司法机关处理：",
         "（一）提供虚假材料骗取专项资金的；",
         "（二）截留、挪用专项资金的；",
         "（三）拒不配合监督检查的。"],
        ["市商务局会同市财政局每年对专项资金使用情况开展绩效评价，评价结果作为以后年度预算安排和资金分配的重要依据。"],
    ]),
    ("附则", [
        ["本办法由市商务局、市财政局负责解释。"],
        ["本办法自2024年8月1日起施行，有效期至2029年7月31日。《中国（天津）自由贸易试验区融资租赁业务发展专项资金管理暂行办法》（津商务规〔2019〕6号）同时废止。"],
    ]),
]


def make_tianjin(pad=0):
    d = Doc(WIN2, footer="oddeven")
    # joint 版头 typed as a borderless table: two organ names left, 文件 right (merged)
    t = d.d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Mm(118), Mm(38)
    for i, name in enumerate(["天津市商务局", "天津市财政局"]):
        c = t.cell(i, 0)
        c.width = Mm(118)
        cp = c.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        cp.paragraph_format.first_line_indent = Pt(0)
        cp.paragraph_format.line_spacing = Pt(46)
        r = run(cp, name, d.f.xbz, 36, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Mm(38)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cp = m.paragraphs[0]
    cp.alignment = C
    cp.paragraph_format.first_line_indent = Pt(0)
    run(cp, "文件", d.f.xbz, 48, color=RED)
    d.docnum("津商务规〔2024〕3号", pre=1)
    d.title(["天津市商务局 天津市财政局关于印发", "《中国（天津）自由贸易试验区融资租赁", "业务发展专项资金管理办法》的通知"], soft=True)
    d.zhusong("各区商务主管部门、财政局，中国（天津）自由贸易试验区管理委员会，各有关单位：")
    d.body(TJ_COVER).paragraph_format.keep_with_next = True
    clauses = [TJ_COVER]
    for _ in range(3):
        d.blank(1)
        d.d.paragraphs[-1].paragraph_format.keep_with_next = True
    p = d.p("天津市商务局　　　　　　天津市财政局", align=R, indent=0)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = d.p("2024年6月20日", align=R, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * 6)
    p.paragraph_format.keep_with_next = True
    d.p("（此件公开发布）")
    d.title([TJ_MEASURES])
    d.d.paragraphs[-2].paragraph_format.page_break_before = True
    n = 0
    for ch_i, (ch_name, arts) in enumerate(TJ):
        d.p("第%s章　%s" % (cnum(ch_i + 1), ch_name), d.f.ht, SAN, C, 0)
        for paras in arts:
            n += 1
            head = "第%s条" % cnum(n)
            d.runin(head + "　", paras[0], head_east=d.f.ht)
            for extra in paras[1:]:
                d.body(extra)
            clauses.append(head + "　" + "\n".join(paras))
    d.blank(1)
    d.p("附件：" + TJ_FORM)
    # 附件 page
    d.p("附件", d.f.ht, SAN, L, 0).paragraph_format.page_break_before = True
    d.blank(1)
    d.p(TJ_FORM, d.f.xbz, 20, C, 0, line=Pt(30))
    d.p("填报日期：　　年　　月　　日", size=XIAOSI, align=R, indent=0)
    rows = [
        ["申报单位名称", "", "统一社会信用代码", ""],
        ["注册地址", "", None, None],
        ["所属片区", "□天津港片区　□天津机场片区　□滨海新区中心商务片区", None, None],
        ["注册资本（万元）", "", "实缴资本（万元）", ""],
        ["申报事项", "□跨境租赁奖励　□项目公司（SPV）补贴　□境外融资费用补贴", None, None],
        ["申请金额（万元）", "", "其中“一带一路”项目（万元）", ""],
        ["联系人", "", "联系电话", ""],
        ["申报单位承诺", "本单位承诺所提交的申报材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n法定代表人（签字）：　　　　　　　（单位盖章）\n　　　　　　　　　　　　　　　　年　　月　　日", None, None],
        ["片区管理机构初审意见", "\n\n（盖章）\n　　　　　　　　　　　　　　　　年　　月　　日", None, None],
    ]
    d.table(rows, [36, 50, 36, 36], header_rows=0, size=XIAOSI,
            merges=[(1, 1, 1, 3), (2, 1, 2, 3), (4, 1, 4, 3), (7, 1, 7, 3), (8, 1, 8, 3)],
            aligns=[C, L, C, L], height=10)
    d.blank(pad)
    d.banji("市人大常委会办公厅，市政协办公厅，天津海关，中国人民银行天津市分行，国家金融监督管理总局天津监管局。", "天津市商务局办公室", "2024年6月24日")
    d.save(os.path.join(HERE, "blind156_tianjin_measures.docx"))
    meta = {
        "title": TJ_TITLE,
        "doc_number": "津商务规〔2024〕3号",
        "issuer": ["天津市商务局", "天津市财政局"],
        "date": "2024-06-20",
        "published": "2024-06-24",
        "level": "provincial",
        "region": "天津市",
        "effective": "2024-08-01",
        "expires": "2029-07-31",
        "attachments": [TJ_FORM],
        "doc_type": "通知（印发 管理办法）",
        "recipients": ["各区商务主管部门、财政局", "中国（天津）自由贸易试验区管理委员会", "各有关单位"],
        "publicity": "此件公开发布",
        "carries": TJ_MEASURES,
        "repeals": "《中国（天津）自由贸易试验区融资租赁业务发展专项资金管理暂行办法》（津商务规〔2019〕6号）",
    }
    applies = {
        "default": "天津市（中国（天津）自由贸易试验区）",
        "specific": {"第七条": "天津港片区东疆综合保税区"},
        "note": "第四条第三款 names all three 片区 (天津港、天津机场、滨海新区中心商务) = the whole 自贸试验区, i.e. default. 共建“一带一路”国家和地区 (第二条、第六条第二款) does not place a clause abroad. 天津海关 etc. in the 抄送 are organs. level: 天津 is a 直辖市 — provincial (municipal tolerable, low).",
    }
    note = ("Furniture: the joint 版头 is a borderless 2x2 TABLE (天津市商务局 / 天津市财政局 in the left cells, 文件 in the merged right cell, red) — it must NOT become a table-row clause (‘天津市商务局：文件’) — medium if it does; 文号 津商务规〔2024〕3号 + red rule; title in one paragraph with a soft line break after 自由贸易试验区 (re-join; the space between the two organ names 天津市商务局 天津市财政局 is part of the real title, with or without it tolerable); 主送 (3 recipients); joint 落款 天津市商务局　　天津市财政局 on one line + 2024年6月20日 → issuer has BOTH organs; （此件公开发布）; the label 附件 and the form title on the 附件 page; 版记 (抄送… / 天津市商务局办公室 2024年6月24日印发) at the very end, after the 申报表. Footer — N — odd right / even left. "
            "Structure: a 1-sentence 印发 notice (现将《…》印发给你们，请遵照执行。), then on a new page the 办法 itself (title centred, not labelled 附件), 第一章…第五章 chapter headings (headings, not clauses), 第一条…第十八条 with run-in 黑体 第X条 + 全角 space. Expected clauses: the cover sentence, then one clause per 条 with its 款 and 项 joined by \\n (第四条 has 3 款; 第五条、第十一条、第十五条 have a lead-in + （一）…项; 第六条、第十三条 have 2 款). Splitting 款/项 into separate clauses is tolerable IF each keeps its 条 (label/path 第五条 > （一）); a 款 with no number (e.g. 第六条第二款 承租人注册地位于共建“一带一路”国家… 上浮20%, 第十三条第二款 公示无异议的…) filed as a separate unlabelled paragraph or glued to the next 条 is medium-high (an analyst cites 第六条第二款). "
            "Modelling the 办法 as a second document (title = 办法 title, issuer both organs, effective 2024-08-01, expires 2029-07-31) is also acceptable; then the notice keeps just the cover clause. "
            "effective/expires come from 第十八条 (2024-08-01 / 2029-07-31), not from 2024-06-20. 3月底前 (第十条) is an annual deadline, not a date of the document. 附件 申报表 is a blank FORM (label cells, check boxes □, signature lines): it carries no policy clause; reading its cells as clauses is low (taste) provided they do not merge into 第十八条; the 附件说明 line (附件：…申报表) → attachments, not a clause. The 2019 repealed 办法 (津商务规〔2019〕6号) must not become this document's doc_number.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "same metadata and clauses as the .docx. In the PDF the joint 版头 is just two red lines of text with 文件 to their right (the table has no borders, so no table is visible — a PDF table detector should find none; if the reader builds a row from it, medium). The 办法 starts on page 2; the 申报表 is a ruled table on the last-but-one/last page, followed by the 版记."}}


# =====================================================================================
# 3. 正定县人民政府办公室 通知 (中欧班列 集货)
# =====================================================================================
ZD_TITLE = "正定县人民政府办公室关于做好2024年中欧班列集货工作的通知"
ZD_ATT = "正定县中欧班列集货工作联络员回执"
ZD_INTRO = "为充分发挥中国（河北）自由贸易试验区正定片区和石家庄国际陆港平台作用，扩大中欧班列本地货源，助力我县企业开拓共建“一带一路”国家市场，经县政府同意，现就做好2024年中欧班列集货工作通知如下："
ZD_TARGET = "2024年全县通过中欧班列（石家庄）发运集装箱不少于2600标箱，其中出口不少于1900标箱、进口不少于700标箱，本地货源占比达到60%以上。各乡镇（区）集货目标见下表。"
ZD_ROWS = [
    ("县经济开发区", 700, 520, 180, "装备制造、电子元器件"),
    ("正定片区（正定综合保税区）", 600, 380, 220, "跨境电商、进口冷链"),
    ("诸福屯镇", 260, 200, 60, "板材家具"),
    ("新城铺镇", 240, 190, 50, "纺织服装"),
    ("正定镇", 200, 150, 50, "文创旅游商品"),
    ("新安镇", 180, 140, 40, "五金建材"),
    ("南牛乡", 140, 110, 30, "农副产品"),
    ("南楼乡", 100, 80, 20, "食品加工"),
    ("西平乐乡", 100, 80, 20, "汽车配件"),
    ("北早现乡", 80, 50, 30, "进口木材加工"),
]
ZD_COLS = ["序号", "乡镇（区）", "全年目标", "其中：出口", "其中：进口", "重点货类"]
ZD_POLICY = [
    ("（一）运费补贴。", "对县内企业通过中欧班列（石家庄）出口的自有货物，按每标箱1500元给予运费补贴；进口货物按每标箱1000元给予补贴。单个企业年度补贴最高不超过80万元。"),
    ("（二）集货奖励。", "对为县内企业组织货源、年度集货量达到100标箱以上的货运代理企业，按每标箱200元给予奖励。"),
    ("（三）通关服务。", "正定片区管委会协调石家庄海关，对班列货物实行“提前申报”“两步申报”，在石家庄国际陆港实现“一次申报、一次查验、一次放行”；在正定综合保税区设立中欧班列集货服务窗口，为企业提供订舱、报关、结算服务。"),
    ("（四）资金保障。", "上述补贴和奖励资金从县级外经贸发展专项资金中列支，2024年安排600万元，按季度申报、按年度清算。"),
]
ZD_REQ = [
    ("1.压实工作责任。", "各乡镇（区）主要负责同志为集货工作第一责任人，要建立重点企业台账，逐企对接，于2024年4月30日前完成辖区内外贸企业摸底。"),
    ("2.加强调度通报。", "县商务局每月10日前汇总上月集货完成情况，每季度在全县通报；对连续两个季度完成进度低于序时进度80%的乡镇（区），由县政府分管负责同志约谈。"),
    ("3.及时报送信息。", "请各乡镇（区）于2024年4月22日前将集货工作联络员回执（见附件）报送县商务局，电子版发送至zdswj_zobl@163.com。"),
]
ZD_CONTACT = "联系人：县商务局外贸股　李娜，电话：0311-88021635。"


def make_zhengding(pad=0):
    d = Doc(WIN, footer="center", line=28)
    # this clerk uses Word's own heading styles, retuned to 黑体 / 楷体 三号
    for name, east in (("Heading 1", d.f.ht), ("Heading 2", d.f.kt)):
        st = d.d.styles[name]
        st.font.size = Pt(SAN)
        st.font.bold = False
        st.font.color.rgb = BLACK
        st.font.name = "Times New Roman"
        rfonts(st.element, east)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = d.line
        pf.first_line_indent = Pt(SAN * 2)
        pf.keep_with_next = True
    d.banhead("正定县人民政府办公室文件", 40)
    d.docnum("正政办字〔2024〕17号")
    d.title([ZD_TITLE])
    d.zhusong("各乡镇人民政府，县经济开发区管委会，中国（河北）自由贸易试验区正定片区管委会，县政府有关部门：")
    d.body(ZD_INTRO)
    clauses = [ZD_INTRO]
    d.d.add_paragraph("一、目标任务", style="Heading 1")
    d.body(ZD_TARGET); clauses.append(ZD_TARGET)
    d.p("正定县2024年中欧班列集货目标分解表", d.f.ht, SAN, C, 0).paragraph_format.keep_with_next = True
    d.p("单位：标箱", size=XIAOSI, align=R, indent=0).paragraph_format.keep_with_next = True
    rows = [ZD_COLS]
    for i, (town, tot, ex, im, goods) in enumerate(ZD_ROWS):
        rows.append([str(i + 1), town, str(tot), str(ex), str(im), goods])
        clauses.append("序号：%d；乡镇（区）：%s；全年目标：%d；其中：出口：%d；其中：进口：%d；重点货类：%s" % (i + 1, town, tot, ex, im, goods))
    tot = [sum(r[k] for r in ZD_ROWS) for k in (1, 2, 3)]
    assert tot == [2600, 1900, 700], tot
    rows.append(["合计", None, str(tot[0]), str(tot[1]), str(tot[2]), ""])
    clauses.append("乡镇（区）：合计；全年目标：2600；其中：出口：1900；其中：进口：700")
    d.table(rows, [12, 44, 17, 17, 17, 49], merges=[(len(rows) - 1, 0, len(rows) - 1, 1)], aligns=[C, L, C, C, C, L])
    d.d.add_paragraph("二、支持政策", style="Heading 1")
    for h, b in ZD_POLICY:
        d.runin(h, b); clauses.append(h + b)
    d.d.add_paragraph("三、工作要求", style="Heading 1")
    for h, b in ZD_REQ:
        d.runin(h, b, head_east=d.f.fs, bold=True); clauses.append(h + b)
    d.body(ZD_CONTACT); clauses.append(ZD_CONTACT)
    d.attach_note([ZD_ATT])
    d.signoff("正定县人民政府办公室", "2024年4月12日", blanks=2, right=3, publicity="此件主动公开")
    d.p("附件", d.f.ht, SAN, L, 0).paragraph_format.page_break_before = True
    d.blank(1)
    d.p(ZD_ATT, d.f.xbz, ER, C, 0, line=Pt(35))
    d.blank(1)
    d.table([["单位（盖章）", "联络员姓名", "职务", "办公电话", "手机号码"]] + [[""] * 5 for _ in range(3)],
            [46, 26, 26, 28, 32], size=SI, height=14)
    d.blank(1)
    d.p("请于2024年4月22日前报送县商务局。", size=SI, indent=2)
    d.blank(pad)
    d.banji("县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", "正定县人民政府办公室", "2024年4月12日")
    d.save(os.path.join(HERE, "blind156_zhengding_notice.docx"))
    meta = {
        "title": ZD_TITLE,
        "doc_number": "正政办字〔2024〕17号",
        "issuer": ["正定县人民政府办公室"],
        "date": "2024-04-12",
        "published": "2024-04-12",
        "level": "county",
        "region": "河北省石家庄市正定县",
        "effective": None,
        "expires": None,
        "attachments": [ZD_ATT],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "县经济开发区管委会", "中国（河北）自由贸易试验区正定片区管委会", "县政府有关部门"],
        "publicity": "此件主动公开",
    }
    spec = {"table row %d" % (i + 1): r[0] for i, r in enumerate(ZD_ROWS)}
    spec["二、（三）"] = "正定片区 / 石家庄国际陆港 / 正定综合保税区"
    applies = {
        "default": "河北省石家庄市正定县",
        "specific": spec,
        "note": "中欧班列（石家庄）and 石家庄国际陆港 are the train/platform; the whole notice applies to 正定县, not to 石家庄市 at large (石家庄市 as region is low). 共建“一带一路”国家 does not place a clause abroad. 石家庄海关 is an organ. Table row 2 is 正定片区 (中国（河北）自由贸易试验区正定片区).",
    }
    note = ("Furniture: red 版头 正定县人民政府办公室文件; 文号 正政办字〔2024〕17号 + red rule; title (one paragraph); 主送 (4 recipients); 附件说明 (附件：正定县中欧班列集货工作联络员回执 → attachments); 落款 正定县人民政府办公室 / 2024年4月12日; （此件主动公开） (publicity — a county wording, not 此件公开发布); the 附件 page (label 附件, 回执 title, a blank 5-column form with 3 empty rows, the line 请于2024年4月22日前报送县商务局。 — the form is not a clause; the reminder line is tolerable either way); 版记 at the end, pushed to the foot of the last page by empty paragraphs (抄送 县委办公室… / 正定县人民政府办公室 2024年4月12日印发); footer — N — centred. "
            "Headings 一、目标任务 / 二、支持政策 / 三、工作要求 use Word's built-in Heading 1 style (retuned to 黑体 三号, black, not bold) — they are headings; the reader must not treat the Heading-1 style as making the next body paragraphs disappear or treat ‘Heading 1’ text as a title. （一）…（四） are run-in 楷体 heads + 仿宋 text (one clause each); 1. 2. 3. under 三、 are run-in with a BOLD 仿宋 head (one clause each). "
            "The table (caption 正定县2024年中欧班列集货目标分解表 + unit line 单位：标箱 are table furniture) sits in the BODY under 一、 — its 10 乡镇 rows must become 10 clauses with the column names; the 合计 row has 序号+乡镇 merged into one cell (合计 as a clause or dropped: tolerable). Column names are 其中：出口 / 其中：进口 (the 其中： prefix may be kept or dropped). Losing the table or gluing it into one clause is HIGH (the 乡镇 targets are the point of the notice). "
            "No effective/expires (a work notice; effective = 2024-04-12 tolerable, low). Deadlines 2024年4月22日 (回执) and 4月30日 (摸底) are not effective dates. The email in 3. (zdswj_zobl@163.com) must stay in the clause.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "same metadata and clauses as the .docx. In the PDF the table is ruled (Table Grid) — rows should come out as clauses; 合计 row spans the first two columns. Page numbers centred. The 附件 回执 form is a ruled table with empty rows."}}


# =====================================================================================
# 4. 黑龙江省商务厅 函 to 哈尔滨海关
# =====================================================================================
HL_TITLE = "黑龙江省商务厅关于商请支持中国（黑龙江）自由贸易试验区互市贸易进口商品落地加工试点扩围的函"
HL_ATT = "拟扩围互市贸易进口商品清单"
HL_INTRO = "为贯彻落实《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）和《边民互市贸易管理办法》有关要求，推动中国（黑龙江）自由贸易试验区（以下简称黑龙江自贸试验区）深度融入共建“一带一路”和中蒙俄经济走廊建设，促进沿边地区互市贸易转型升级，我厅拟会同黑河市、绥芬河市人民政府扩大互市贸易进口商品落地加工试点范围。现就有关事项函商如下："
HL_ITEMS = [
    ("一、支持扩大落地加工商品范围。", "在现有大豆、油菜籽、小麦等粮油类商品基础上，恳请贵关支持将蜂蜜、亚麻籽、松子等8种俄罗斯产农林产品纳入黑龙江自贸试验区黑河片区、绥芬河片区互市贸易进口商品落地加工试点范围（具体商品清单见附件）。"),
    ("二、支持优化监管模式。", "恳请贵关指导黑河海关、绥芬河海关在黑河、绥芬河互市贸易区推行“集中申报、分类查验”监管模式，对落地加工企业实施信用分类管理，对高级认证企业落地加工商品查验率控制在3%以内。"),
    ("三、支持建设集中查验场地。", "绥芬河片区拟于2024年10月底前建成互市贸易进口商品集中查验场地，面积约1.2万平方米，恳请贵关给予业务指导，并按程序开展验收。"),
    ("四、我厅将切实履行主体责任。", "我厅将会同黑河市、绥芬河市人民政府，督促落地加工企业建立进销存电子台账，确保互市商品“来源可溯、去向可查”，力争2024年试点企业落地加工产值达到35亿元，带动边民增收2亿元以上。"),
]
HL_END = "妥否，请函复。"
HL_CONTACT = "联系人：省商务厅对外贸易处　王立新，电话：0451-82626438，传真：0451-82626440。"
HL_ROWS = [
    ("蜂蜜", "0409", "俄罗斯阿穆尔州", "黑河片区"),
    ("亚麻籽", "1204", "俄罗斯阿穆尔州", "黑河片区"),
    ("荞麦", "1008", "俄罗斯阿穆尔州", "黑河片区"),
    ("燕麦", "1004", "俄罗斯阿穆尔州", "黑河片区"),
    ("松子", "0802", "俄罗斯滨海边疆区", "绥芬河片区"),
    ("蓝莓干", "0813", "俄罗斯哈巴罗夫斯克边疆区", "绥芬河片区"),
    ("葵花籽", "1206", "俄罗斯滨海边疆区", "绥芬河片区"),
    ("菜籽油", "1514", "俄罗斯滨海边疆区", "绥芬河片区"),
]
HL_COLS = ["序号", "商品名称", "海关商品编码（前4位）", "主要来源地", "拟落地加工片区"]


def make_heilongjiang(pad=0):
    d = Doc(GB, footer="center", first_page_blank=True, line=28)
    # 信函格式: organ name without 文件, red double rule, 文号 right under it
    p = d.p("", align=C, indent=0, line=Pt(60))
    r = run(p, "黑龙江省商务厅", d.f.xbz, 42, color=RED)
    border(p, "bottom", "thickThinSmallGap", 24, "FF0000", 6)
    p = d.p("黑商函〔2024〕63号", align=R, indent=0)
    p.paragraph_format.right_indent = Pt(SAN)
    d.blank(1)
    d.title(["黑龙江省商务厅关于商请支持中国（黑龙江）", "自由贸易试验区互市贸易进口商品", "落地加工试点扩围的函"])
    d.zhusong("哈尔滨海关：")
    d.body(HL_INTRO)
    clauses = [HL_INTRO]
    for h, b in HL_ITEMS:
        d.runin(h, b, head_east=d.f.ht); clauses.append(h + b)
    d.body(HL_END); clauses.append(HL_END)
    d.body(HL_CONTACT); clauses.append(HL_CONTACT)
    d.attach_note([HL_ATT])
    d.signoff("黑龙江省商务厅", "2024年5月8日", blanks=2, right=3, publicity="此件不予公开")
    d.p("附件", d.f.ht, SAN, L, 0).paragraph_format.page_break_before = True
    d.blank(1)
    d.p(HL_ATT, d.f.xbz, ER, C, 0, line=Pt(35))
    d.blank(1)
    rows = [HL_COLS]
    for i, (g, hs, src, zone) in enumerate(HL_ROWS):
        rows.append([str(i + 1), g, hs, src, zone])
        clauses.append("序号：%d；商品名称：%s；海关商品编码（前4位）：%s；主要来源地：%s；拟落地加工片区：%s" % (i + 1, g, hs, src, zone))
    d.table(rows, [14, 26, 36, 50, 32], size=SI)
    d.blank(pad)
    d.banji("黑河市人民政府，绥芬河市人民政府，中国（黑龙江）自由贸易试验区黑河片区管委会、绥芬河片区管委会。", "黑龙江省商务厅办公室", "2024年5月8日")
    d.save(os.path.join(HERE, "blind156_heilongjiang_letter.docx"))
    meta = {
        "title": HL_TITLE,
        "doc_number": "黑商函〔2024〕63号",
        "issuer": ["黑龙江省商务厅"],
        "date": "2024-05-08",
        "published": "2024-05-08",
        "level": "provincial",
        "region": "黑龙江省",
        "effective": None,
        "expires": None,
        "attachments": [HL_ATT],
        "doc_type": "函",
        "recipients": ["哈尔滨海关"],
        "publicity": "此件不予公开",
    }
    spec = {"table row %d" % (i + 1): r[3] for i, r in enumerate(HL_ROWS)}
    spec.update({"一、": "黑河片区、绥芬河片区", "二、": "黑河互市贸易区、绥芬河互市贸易区", "三、": "绥芬河片区", "四、": "黑河市、绥芬河市"})
    applies = {
        "default": "黑龙江省（中国（黑龙江）自由贸易试验区）",
        "specific": spec,
        "note": "俄罗斯阿穆尔州 / 滨海边疆区 / 哈巴罗夫斯克边疆区 in the 主要来源地 column are where the goods come FROM — a table row must not apply to Russia (medium if it does). 哈尔滨海关 (the addressee), 黑河海关, 绥芬河海关 are organs, not places (a clause placed in 哈尔滨 because of 哈尔滨海关 is wrong, medium). 中蒙俄经济走廊 places nothing.",
    }
    note = ("A 函 in 信函格式: the red organ name 黑龙江省商务厅 (no 文件) with a red thick-thin double rule under it, the 文号 黑商函〔2024〕63号 right-aligned BELOW the rule (not centred above it), no page number on page 1 (different first page footer; later pages — N — centred). Title typed as THREE centred paragraphs (…中国（黑龙江） / 自由贸易试验区互市贸易进口商品 / 落地加工试点扩围的函) — join into one title. 主送 哈尔滨海关： → recipients. "
            "Body: intro (ends 现就有关事项函商如下：), 一、…四、 run-in 黑体 heads + text (one clause each), 妥否，请函复。 (a closing sentence; clause or furniture both tolerable), 联系人 line (a clause — analysts look up the contact; tolerable as contact metadata), 附件说明 → attachments, 落款 黑龙江省商务厅 / 2024年5月8日, （此件不予公开） → publicity (must not be read as 此件公开发布). "
            "附件 拟扩围互市贸易进口商品清单: an 8-row table (序号/商品名称/海关商品编码（前4位）/主要来源地/拟落地加工片区) → 8 row clauses; HS codes like 0409 / 0802 must keep their leading zero (409 is wrong, medium). 版记 (抄送… / 黑龙江省商务厅办公室 2024年5月8日印发) at the foot of the last page after empty paragraphs. "
            "doc_type 函 (商请函); level provincial; no effective/expires (a letter; effective = date tolerable, low). 2024年10月底前 is a construction deadline. The cited 国发〔2019〕16号 is not this document's 文号.")
    return {"meta": meta, "clauses": clauses, "applies_to": applies, "_note": note,
            "_pdf": {"note": "same metadata and clauses as the .docx. Page 1 of the PDF has no page number; pages 2 and 3 (body end + 落款; 附件 table + 版记) show — 2 — / — 3 — centred. The red double rule is a drawn line; 文号 is right-aligned under it."}}


def to_pdf(docx):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_156", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pages(stem):
    import pdfplumber
    with pdfplumber.open(os.path.join(HERE, stem + ".pdf")) as pdf:
        return len(pdf.pages)


def build(stem, maker):
    """The clerk pads the last page with empty paragraphs so that the 版记 sits at its foot:
    find the largest padding that does not push the 版记 onto a page of its own."""
    maker(0); to_pdf(os.path.join(HERE, stem + ".docx"))
    n0 = pages(stem)
    lo, hi = 0, 40
    while lo < hi:
        mid = (lo + hi + 1) // 2
        maker(mid); to_pdf(os.path.join(HERE, stem + ".docx"))
        if pages(stem) == n0:
            lo = mid
        else:
            hi = mid - 1
    res = maker(lo); to_pdf(os.path.join(HERE, stem + ".docx"))
    print(stem, "pages", pages(stem), "padding", lo)
    return res


def main():
    exp = {
        "blind156_shandong_opinions": [build("blind156_shandong_opinions", make_shandong)],
        "blind156_tianjin_measures": [build("blind156_tianjin_measures", make_tianjin)],
        "blind156_zhengding_notice": [build("blind156_zhengding_notice", make_zhengding)],
        "blind156_heilongjiang_letter": [build("blind156_heilongjiang_letter", make_heilongjiang)],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    for k, v in exp.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    assert shutil.which("soffice")
    main()
