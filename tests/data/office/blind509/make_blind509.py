# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 509: odd-whitespace copy-paste documents (实施方案 + 通知)."""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

NBSP = "\u00a0"
IDS = "\u3000"
ZW = "\u200b"
LS = "\u2028"

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


def clean(s):
    """What an analyst would cite: drop copy-paste whitespace, keep punctuation."""
    s = s.replace(ZW, "").replace(LS, "")
    s = re.sub(r"[\s\u00a0\u3000]+", "", s)
    return s


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=False, spacing=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)


def border(p, side, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def add_runs(p, parts):
    """parts: list of (text, font, size, bold[, color])."""
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number footer: "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fr = OxmlElement("w:r")
    ft = OxmlElement("w:t")
    ft.text = "1"
    fr.append(ft)
    fld.append(fr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return d


def para(d, text="", font=FS, size=16, bold=False, align=None, indent=False,
         color=None, spacing=28):
    p = d.add_paragraph()
    fmt(p, align, indent, spacing)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(d, n=1):
    for _ in range(n):
        para(d)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def heading1(d, raw):
    """一、\t总体要求  (黑体, own line, not a clause)."""
    para(d, raw, font=HT, indent=True)


def heading2(d, raw):
    """（一）培育…  (楷体, own line, not a clause)."""
    para(d, raw, font=KT, indent=True)


class Clauses(list):
    def body(self, d, raw, indent=True):
        para(d, raw, indent=indent)
        self.append(clean(raw))

    def runin(self, d, head, rest, head_font=KT, bold=False, indent=True):
        """Run-in heading typed in its own (bold / 楷体) run."""
        p = para(d, indent=indent)
        add_runs(p, [(head, head_font, 16, bold), (rest, FS, 16, False)])
        self.append(clean(head + rest))

    def table(self, d, header, rows, widths):
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.autofit = False
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.width = Cm(widths[i])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(h)
            set_font(r, HT, 12)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].width = Cm(widths[i])
                p = cells[i].paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i != 1 else WD_ALIGN_PARAGRAPH.LEFT
                r = p.add_run(v)  # "\n" -> soft line break, "\t" -> tab
                set_font(r, FS, 12)
            self.append("；".join(clean(h) + "：" + clean(v) for h, v in zip(header, row)))
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        return t


def banji(d, cc, printer, date):
    empty(d, 2)
    p = para(d, cc, size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p = para(d, printer + "\t" + date, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)  # right tab
    border(p, "bottom", sz=8)


# ---------------------------------------------------------------- document 1
def make_chongqing():
    d = new_doc()
    stem = "blind509_chongqing_tongzhi"

    empty(d)
    para(d, "重庆市人民政府办公厅文件", font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, spacing=40)
    empty(d)
    para(d, "渝府办发〔2025〕" + NBSP + "38号", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(d, spacing=12)
    border(p, "bottom", color="FF0000", sz=18)
    empty(d)
    notice_title_raw = ("重庆市人民政府办公厅\n关于印发重庆市加快跨境电子商务综合试验区\n高质量发展" + NBSP
                        + "实施方案（2025—2027年）的通知")
    para(d, notice_title_raw, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=34)
    empty(d)
    para(d, "各区县（自治县）人民政府，" + NBSP + "市政府各部门，有关单位：")

    n = Clauses()
    n.body(d, IDS * 2 + "经市政府同意，现将《重庆市加快跨境" + ZW + "电子商务综合试验区高质量发展实施方案（2025—2027年）》"
           "印发给你们，请认真贯彻执行。", indent=False)
    n.body(d, IDS * 2 + "各区县（自治县）政府、市级有关部门要将跨境电商综试区建设纳入本地区本部门重点工作，"
           "明确责任分工,细化工作举措，于每年12月10日前将年度工作推进情况报送市商务委，"
           + LS + "由市商务委汇总后报市政府。", indent=False)
    n.body(d, IDS * 2 + "《重庆市人民政府办公厅关于印发重庆市跨境电子商务发展三年行动计划（2022—2024年）的通知》"
           "（渝府办发〔2022〕56号）" + NBSP + "自本通知印发之日起废止。", indent=False)
    empty(d, 2)
    para(d, IDS * 8 + "重庆市人民政府办公厅")
    para(d, IDS * 9 + "\t2025年6月18日")
    empty(d)
    para(d, IDS * 2 + "（此件公开发布）")

    # ---- the 实施方案 itself
    page_break(d)
    plan_title_raw = "重庆市加快跨境电子商务综合试验区\n高质量发展实施方案" + NBSP + "（2025—2027年）"
    para(d, plan_title_raw, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=34)
    empty(d)

    c = Clauses()
    c.body(d, ZW + "为深入贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，"
           "高水平建设中国（重庆）跨境电子商务综合试验区（以下简称重庆跨境电商综试区），"
           "更好服务共建\"一带一路\"和西部陆海新通道建设，结合我市实际，制定本方案。")
    heading1(d, "一、\t总体要求")
    c.runin(d, "（一）\t指导思想。",
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
            "深入落实习近平总书记对重庆所作重要讲话和系列重要指示批示精神，以制度创新为核心，"
            "以数字化赋能为主线，推动跨境电商与内陆开放高地建设深度融合，" + IDS
            + "为建设内陆开放综合枢纽提供有力支撑。")
    c.runin(d, "（二）\t发展目标。",
            "到2027年，全市跨境电商经营主体活力明显增强，跨境物流、海外仓、支付结算等支撑体系更加完善，"
            + LS + "“跨境电商+产业带”模式在重点区县全面推开，跨境电商进出口额年均增长15%以上。"
            "主要发展指标如下：")
    c.table(d, ["序号", "指标名称", "2024年基数", "2027年目标"], [
        ["1", "跨境电商进出口额\n（亿元）", "470" + NBSP, "720"],
        ["2", "跨境电商经营主体数量（家）", "3200", NBSP + "5000"],
        ["3", "公共海外仓数量（个）", "28", "45"],
        ["4", "跨境电商产业园区" + IDS + "（个）", "9", "15"],
        ["5", "中欧班列（成渝）跨境电商\n专列（列/年）", "260", "400"],
    ], [1.5, 7.0, 3.0, 3.0])
    heading1(d, "二、\t重点任务")
    heading2(d, "（一）培育壮大经营主体")
    c.body(d, "1.\t引育龙头企业。聚焦全球知名跨境电商平台和头部卖家，实施“引平台、育卖家”专项行动，"
           "对新引进并在我市设立区域总部或结算中心的跨境电商平台企业，按照有关规定给予支持。"
           "到2027年，培育年进出口额超10亿元的跨境电商企业10家以上。")
    c.body(d, "2.\t支持传统外贸企业转型。组织开展“跨境电商+产业带”对接活动,推动汽车摩托车、电子信息、"
           "装备制造、特色消费品等产业带企业开展跨境电商业务，每年举办专题培训不少于20场.")
    c.body(d, "3.\t培育服务生态。引进培育一批代运营、品牌营销、知识产权、法律咨询等跨境电商专业服务机构，"
           "鼓励服务机构为中小企业提供“一站式”" + NBSP + "服务。")
    heading2(d, "（二）完善跨境物流体系")
    c.body(d, "4.\t提升中欧班列（成渝）跨境电商运力。支持中欧班列（成渝）开行跨境电商专列和“点对点”精品班列，"
           "探索跨境电商货物“一单到底”全程运输模式，推动与哈萨克斯坦、波兰、德国等沿线国家重要节点城市"
           + LS + "建立物流合作机制。")
    c.body(d, "5.\t拓展西部陆海新通道跨境电商功能。依托果园港、重庆国际物流枢纽园区，发展“跨境电商+海铁联运”业务，"
           "加快布局面向东盟的跨境电商分拨中心。")
    c.body(d, "6.\t加快海外仓布局。支持企业在“一带一路”" + IDS + "共建国家和RCEP成员国建设、租赁海外仓，"
           "对经认定的公共海外仓，按照实际投入给予不超过30%、最高200万元的支持。")
    heading2(d, "（三）提升通关便利化水平")
    c.body(d, "7.\t深化监管模式创新。推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，"
           "扩大跨境电商零售进口“网购保税+线下自提”试点范围，支持符合条件的综合保税区开展跨境电商退货中心仓业务。")
    c.body(d, "8.\t优化“单一窗口”功能。依托国际贸易\"单一窗口\"重庆跨境电商公共服务平台，"
           "实现申报、物流、支付、结汇、退税等数据“一次录入、多方共享”。")
    heading2(d, "（四）强化金融和人才支撑")
    c.body(d, "9.\t创新金融服务。鼓励银行机构开发“跨境电商贷”等线上融资产品，支持持牌支付机构为跨境电商企业"
           "提供合规、便捷的跨境收付汇服务，扩大出口信用保险覆盖面。")
    c.body(d, "10.\t加强人才培养。支持在渝高校、职业院校开设跨境电商相关专业，共建10个以上跨境电商人才实训基地，"
           "每年培训跨境电商从业人员1万人次以上。")
    heading1(d, "三、\t保障措施")
    c.runin(d, "（一）\t加强组织领导。",
            "依托市跨境电商综试区建设工作领导小组，统筹推进综试区建设重大事项，领导小组办公室设在市商务委，"
            "负责日常协调和督促落实。", head_font=FS, bold=True)
    c.runin(d, "（二）\t强化政策保障。",
            "市级有关部门要统筹用好中央外经贸发展专项资金和市级商务发展专项资金，加大对跨境电商重点项目的支持力度,"
            "各区县（自治县）可结合实际制定配套措施。", head_font=FS, bold=True)
    c.runin(d, "（三）\t做好监测评估。",
            "建立跨境电商统计监测制度，市商务委会同市统计局、重庆海关等部门开展季度监测和年度评估，" + ZW
            + "评估结果作为资金安排的重要参考。", head_font=FS, bold=True)

    banji(d, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市高法院，市检察院。",
          "重庆市人民政府办公厅", "2025年6月18日印发")

    d.save(os.path.join(HERE, stem + ".docx"))

    common = {
        "issuer": ["重庆市人民政府办公厅"],
        "date": "2025-06-18",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "expires": None,
        "effective": None,
    }
    notice = {"meta": dict(common,
                           title=clean(notice_title_raw),
                           doc_number="渝府办发〔2025〕38号",
                           attachments=[],
                           doc_type="通知",
                           recipients=["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
                           publicity="此件公开发布",
                           repeals="《重庆市人民政府办公厅关于印发重庆市跨境电子商务发展三年行动计划"
                                   "（2022—2024年）的通知》（渝府办发〔2022〕56号）"),
              "clauses": list(n)}
    plan = {"meta": dict(common,
                         title=clean(plan_title_raw),
                         doc_number=None,
                         attachments=[],
                         doc_type="方案",
                         recipients=[],
                         publicity=None,
                         repeals=None),
            "clauses": list(c)}
    return stem, [notice, plan]


# ---------------------------------------------------------------- document 2
def make_xiamen():
    d = new_doc()
    stem = "blind509_xiamen_tongzhi"
    zone = "中国（福建）自由贸易试验区厦门片区管理委员会"

    # joint 版头 typed as a borderless layout table
    empty(d)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Cm(12.6)
        row.cells[1].width = Cm(2.8)
    for i, org in enumerate([zone, "厦门市商务局"]):
        cell = t.cell(i, 0)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        set_font(r, XBS, 16 if i == 0 else 24, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 36, False, RED)
    empty(d)
    para(d, "厦自贸委〔2025〕21号", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(d, spacing=12)
    border(p, "bottom", color="FF0000", sz=18)
    empty(d)

    plan_title = "中国（福建）自由贸易试验区厦门片区综合保税区保税维修业务提质增效实施方案"
    notice_title_raw = ("关于印发《中国（福建）自由贸易试验区\n厦门片区综合保税区保税维修" + NBSP
                        + "业务\n提质增效实施方案》的通知")
    para(d, notice_title_raw, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=34)
    empty(d)
    para(d, "片区各有关部门，各综合保税区运营公司，" + IDS + "各有关企业：")

    n = Clauses()
    n.body(d, "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》和商务部等部门"
           "关于支持综合保税区内企业开展维修业务的有关要求，推动片区综合保税区保税维修业务提质增效，"
           "片区管委会、市商务局研究制定了《" + plan_title + "》，" + NBSP + "现印发给你们，请结合实际认真抓好落实。")
    n.body(d, "各有关部门要按照职责分工,加强协同配合，及时研究解决保税维修业务发展中遇到的困难和问题。"
           + LS + "执行中如有意见建议，请及时反馈片区管委会产业发展局。")
    n.body(d, "联系人：陈思远，联系电话：0592-6035172。")
    empty(d)
    p = para(d, "附件：" + plan_title)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(d, 3)
    # joint 落款 typed in a borderless layout table
    st = d.add_table(rows=1, cols=2)
    st.autofit = False
    for i, (org, w) in enumerate([(zone, 10.4), ("厦门市商务局", 5.0)]):
        cell = st.rows[0].cells[i]
        cell.width = Cm(w)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(org)
        set_font(r, FS, 15)
    para(d, IDS * 16 + "2025年9月12日")
    empty(d)
    para(d, "（此件主动公开）", indent=True)

    # ---- attachment: the 实施方案
    page_break(d)
    para(d, "附件", font=HT)
    empty(d)
    plan_title_raw = "中国（福建）自由贸易试验区" + IDS + "厦门片区\n综合保税区保税维修业务提质增效实施方案"
    para(d, plan_title_raw, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=34)
    empty(d)

    c = Clauses()
    c.body(d, "为深入贯彻落实国家关于推动综合保税区高水平开放高质量发展的部署要求，发挥中国（福建）自由贸易试验区"
           "厦门片区（以下简称片区）制度创新优势，做大做强象屿综合保税区、" + NBSP + "海沧港综合保税区保税维修业务，"
           "打造\"全球维修\"产业集聚区，制定本方案。")
    heading1(d, "一、\t工作目标")
    c.body(d, "到2027年，片区综合保税区保税维修业务规模和质量显著提升，保税维修企业达到25家以上，"
           "年维修货值突破150亿元，航空器材、船舶、工程机械、电子信息产品等重点领域维修能力达到国内先进水平，"
           + ZW + "形成一批可复制可推广的监管创新成果。")
    heading1(d, "二、\t主要任务")
    c.runin(d, "（一）\t扩大维修业务范围。",
            "支持区内企业按照《综合保税区维修产品目录》开展保税维修业务，积极争取将更多产品纳入目录；"
            "支持企业开展“两头在外”的全球维修和国产出口产品返区维修业务。")
    c.runin(d, "（二）\t创新海关监管模式。",
            "推动实施保税维修“一企一策”监管方案,探索维修物料“分送集报”、维修不良品“集中处置”等便利化措施，"
            "压缩维修货物通关时间。")
    heading2(d, "（三）" + NBSP + "培育重点维修产业")
    c.body(d, "1.\t航空维修。依托象屿综合保税区航空维修产业基础，支持企业开展飞机起落架、发动机、航电部件等"
           "航空器材保税维修，积极引进国际知名航空维修企业设立区域维修中心。")
    c.body(d, "2.\t船舶及海工装备维修。支持企业依托海沧港区码头资源开展船舶及船用设备保税维修，"
           "探索开展海工装备“保税+维修+再出口”" + IDS + "业务。")
    c.body(d, "3.\t电子信息产品维修。支持笔记本电脑、服务器、通信设备等电子信息产品企业开展全球维修业务，"
           "严格落实维修废弃物处置和环境保护要求.")
    c.runin(d, "（四）\t强化要素保障。",
            "对新引进并投产的保税维修项目，按照片区产业扶持政策给予厂房租金补助；" + LS
            + "对年维修货值首次突破1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元一次性奖励。")
    c.runin(d, "（五）\t加强风险防控。",
            "建立保税维修业务联合监管机制，片区管委会会同厦门海关、市生态环境局等部门加强对维修货物、"
            "维修废料的全流程监管，防范\"洋垃圾\"借道入境等风险。")
    heading1(d, "三、\t任务分工")
    c.table(d, ["序号", "重点任务", "牵头单位", "完成时限"], [
        ["1", "争取扩大维修产品目录", "市商务局", "2026年6月"],
        ["2", "推动实施“一企一策”监管方案", "片区管委会", "2025年12月"],
        ["3", "引进国际知名航空维修企业", "片区管委会、\n湖里区人民政府", "2027年12月"],
        ["4", "建立联合监管" + NBSP + "机制", "片区管委会、市生态环境局", "2025年\t12月"],
    ], [1.5, 6.5, 4.5, 3.0])
    empty(d)
    c.body(d, IDS + "本方案自印发之日起实施，有效期至2027年12月31日。实施期间如国家、省有新规定的，从其规定。")

    banji(d, "抄送：厦门海关，市发展改革委，市财政局，市生态环境局。",
          "厦门片区管委会综合办公室", "2025年9月12日印发")

    d.save(os.path.join(HERE, stem + ".docx"))

    common = {
        "issuer": [zone, "厦门市商务局"],
        "date": "2025-09-12",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "repeals": None,
    }
    notice = {"meta": dict(common,
                           title=clean(notice_title_raw),
                           doc_number="厦自贸委〔2025〕21号",
                           effective=None,
                           expires=None,
                           attachments=[plan_title],
                           doc_type="通知",
                           recipients=["片区各有关部门", "各综合保税区运营公司", "各有关企业"],
                           publicity="此件主动公开"),
              "clauses": list(n)}
    assert clean(plan_title_raw) == plan_title
    plan = {"meta": dict(common,
                         title=plan_title,
                         doc_number=None,
                         effective="2025-09-12",
                         expires="2027-12-31",
                         attachments=[],
                         doc_type="方案",
                         recipients=[],
                         publicity=None),
            "clauses": list(c)}
    return stem, [notice, plan]


KEYS = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
        "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]


def main():
    expected = {}
    for fn in (make_chongqing, make_xiamen):
        stem, docs = fn()
        for doc in docs:
            doc["meta"] = {k: doc["meta"][k] for k in KEYS}
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_509", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
