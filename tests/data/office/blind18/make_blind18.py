# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416
"""Blind generator: three fictional Chinese government documents (DOCX + PDF) and expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF = "Noto Serif CJK SC"   # stands in for 仿宋/宋体/小标宋
SANS = "Noto Sans CJK SC"     # stands in for 黑体
LATIN = "Times New Roman"
LINE = Pt(28.95)              # 22 lines per 225 mm 版心
BODY = 16
TITLE = 22
# 版心 width = exactly 28 full-width 16pt chars (+1pt slack)
PAGE_W = Mm(210)
LEFT = Mm(28)
TEXT_W = Pt(28 * 16 + 1)
RIGHT = PAGE_W - LEFT - TEXT_W


def set_run_font(run, east=SERIF, size=BODY, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = LATIN
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), LATIN)
    rf.set(qn("w:hAnsi"), LATIN)


def add_field(par, instr, east=SERIF, size=14):
    r1 = par.add_run(); set_run_font(r1, east, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._element.append(fc)
    r2 = par.add_run(); set_run_font(r2, east, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2._element.append(it)
    r3 = par.add_run(); set_run_font(r3, east, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._element.append(fc)
    r4 = par.add_run("1"); set_run_font(r4, east, size)
    r5 = par.add_run(); set_run_font(r5, east, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._element.append(fc)


def page_footer(par, odd):
    par.paragraph_format.space_before = Pt(0)
    par.paragraph_format.space_after = Pt(0)
    if odd:
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        par.paragraph_format.right_indent = Pt(14)
    else:
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
        par.paragraph_format.left_indent = Pt(14)
    r = par.add_run("— "); set_run_font(r, SERIF, 14)
    add_field(par, "PAGE")
    r = par.add_run(" —"); set_run_font(r, SERIF, 14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(BODY)
    st.font.name = LATIN
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), SERIF)
    sec = doc.sections[0]
    sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.top_margin = Mm(37); sec.bottom_margin = Mm(35)
    sec.left_margin = LEFT; sec.right_margin = RIGHT
    sec.footer_distance = Mm(28 - 7)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(sec.footer.paragraphs[0], odd=True)
    page_footer(sec.even_page_footer.paragraphs[0], odd=False)
    return doc


class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    def par(self, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, clause=True, size=BODY, line=LINE, before=0):
        """runs: str or list of (text, east_font, bold)."""
        if isinstance(runs, str):
            runs = [(runs, SERIF, False)]
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        pf.space_before = Pt(before); pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
        if indent:
            pf.first_line_indent = Pt(2 * size)
        for text, east, bold in runs:
            r = p.add_run(text); set_run_font(r, east, size, bold)
        if clause:
            self.clauses.append("".join(t for t, _, _ in runs))
        return p

    def title(self, text, clause=False):
        return self.par([(text, SERIF, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                        clause=clause, size=TITLE, line=Pt(35))

    def blank(self):
        return self.par("", indent=False, clause=False)

    def h1(self, text):   # 黑体 一、
        return self.par([(text, SANS, False)])

    def h2lead(self, lead, rest):   # 楷体-ish bold lead + body
        return self.par([(lead, SERIF, True), (rest, SERIF, False)])

    def centered_heading(self, text, east=SANS):
        return self.par([(text, east, east == SERIF)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def signature(self, organ, date_cn):
        self.blank(); self.blank()
        self.par(organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(4 * BODY)
        self.par(date_cn, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(4 * BODY)

    def cell_text(self, cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, east=SERIF):
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(size * 1.6)
        r = p.add_run(text); set_run_font(r, east, size, bold)

    def table(self, rows, widths_mm, size=14):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, txt in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths_mm[j])
                self.cell_text(c, txt, bold=(i == 0), east=SANS if i == 0 else SERIF, size=size)
            self.clauses.append(" | ".join(row))
        return t

    def save(self, stem, meta):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return {"meta": meta, "clauses": self.clauses}


# ---------------------------------------------------------------- a) 规划
def make_plan():
    b = Builder()
    b.par("川府发〔2021〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, clause=False)
    b.blank()
    b.title("中国（四川）自由贸易试验区“十四五”发展规划")
    b.blank()
    b.centered_heading("第一章　发展基础和发展环境")
    b.centered_heading("第一节　发展基础", east=SERIF)
    b.par("自由贸易试验区挂牌运行以来，我省坚持以制度创新为核心，以可复制可推广为基本要求，"
          "累计形成制度创新成果386项，其中42项在全国复制推广，自由贸易试验区以不足全省万分之四的面积，"
          "贡献了全省四分之一的外商投资企业和十分之一的进出口总额。")
    b.h2lead("贸易便利化水平持续提升。", "国际贸易“单一窗口”主要业务应用率达到100%，进口、出口整体通关时间"
             "较2018年分别压缩56.3%和81.7%，中欧班列（成渝）累计开行超过1.2万列。")
    b.h2lead("投资自由化改革不断深化。", "全面落实外商投资准入前国民待遇加负面清单管理制度，"
             "“证照分离”改革实现全覆盖，企业开办时间压缩至1个工作日以内。")
    b.centered_heading("第二节　发展环境", east=SERIF)
    b.par("当前和今后一个时期，世界百年未有之大变局加速演进，经济全球化遭遇逆流，"
          "国际经贸规则加快重构。共建“一带一路”走深走实、新时代西部大开发和成渝地区双城经济圈建设"
          "等国家战略叠加实施，为自由贸易试验区在更高起点上推进改革开放提供了重大机遇。")
    b.centered_heading("第二章　总体要求")
    b.centered_heading("第一节　发展目标", east=SERIF)
    b.par("到2025年，自由贸易试验区制度创新体系更加完善，内陆开放型经济高地建设取得重大进展，主要实现以下目标：")
    b.par([("——加快构建开放型经济新体制。", SERIF, True),
           ("在投资、贸易、金融、人员往来等领域形成一批具有首创性、差异化的制度创新成果，"
            "累计新增制度创新成果200项以上。", SERIF, False)])
    b.par([("——加快建设国际门户枢纽。", SERIF, True),
           ("空港、铁路港“双枢纽”功能全面提升，国际班列、国际航线网络通达欧洲、东盟和南亚主要城市。", SERIF, False)])
    b.par([("——加快培育外向型产业集群。", SERIF, True),
           ("电子信息、装备制造、现代物流等产业国际竞争力明显增强。", SERIF, False)])
    b.par("表1　“十四五”时期自由贸易试验区发展主要指标", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.table([
        ["指标", "2025年目标"],
        ["新增市场主体（万户）", "8"],
        ["实际使用外资（亿美元）", "累计50"],
        ["货物进出口总额（亿元）", "3500"],
        ["对共建“一带一路”国家和地区进出口额占全省比重（%）", "35"],
        ["累计形成制度创新成果（项）", "200"],
    ], [110, 46])
    b.par("注：实际使用外资、货物进出口总额为预期性指标，其余为约束性指标；基期为2020年。",
          indent=False, size=14, line=Pt(24))
    b.centered_heading("第三章　主要任务")
    b.centered_heading("第一节　推动贸易投资自由化便利化", east=SERIF)
    b.par([("——加快推进贸易监管制度创新。", SERIF, True),
           ("深化“两步申报”“提前申报”等通关模式改革，探索建立与国际通行规则衔接的海关监管制度，"
            "推动国际贸易“单一窗口”功能向口岸物流、贸易服务全链条拓展。", SERIF, False)])
    b.par([("——加快扩大服务业对外开放。", SERIF, True),
           ("在金融、电信、医疗、教育等领域争取开展压力测试，支持外资企业平等参与政府采购和标准制定。", SERIF, False)])
    # 专栏: bordered one-cell table
    items = [
        "专栏1　“十四五”自由贸易试验区重大开放平台项目",
        "1. 中欧班列（成都）集结中心扩能项目。新建集装箱作业区12万平方米，年作业能力提升至60万标箱。",
        "2. 天府国际机场临空经济区综合保税区项目。规划面积3.2平方公里，建设保税物流和跨境电商监管中心。",
        "3. 川桂国际铁海联运通道提升项目。",
        "4. 中国—东盟（四川）跨境电商产业园项目。",
        "5. 宜宾港保税物流中心（B型）二期项目。",
        "6. 自由贸易试验区国际商事法律服务中心项目。",
    ]
    t = b.doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0); cell.width = Mm(150)
    for k, txt in enumerate(items):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(22)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(txt); set_run_font(r, SANS if k == 0 else SERIF, 14, k == 0)
        b.clauses.append(txt)
    b.centered_heading("第二节　构建内陆开放门户枢纽", east=SERIF)
    b.par("统筹推进航空、铁路、公路、水运协同发展，完善多式联运体系，"
          "建设辐射东盟、联通欧洲的国际物流大通道，打造服务共建“一带一路”的内陆开放门户。")
    b.signature("四川省人民政府", "2021年11月8日")
    return b.save("blind18_plan", {
        "title": "中国（四川）自由贸易试验区“十四五”发展规划",
        "doc_number": "川府发〔2021〕41号",
        "issuer": "四川省人民政府",
        "date": "2021-11-08",
    })


# ---------------------------------------------------------------- b) 通知 + 方案 + 附件
def make_notice():
    b = Builder()
    fangan = "河南省深度融入共建“一带一路”推进经贸合作三年行动方案（2023—2025年）"
    title = f"河南省人民政府办公厅关于印发{fangan}的通知"
    b.par("豫政办〔2023〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, clause=False)
    b.blank()
    b.title(title)
    b.blank()
    b.par("各省辖市人民政府，济源示范区管委会，省人民政府各部门：", indent=False, clause=False)
    b.par(f"《{fangan}》已经省政府同意，现印发给你们，请认真贯彻执行。")
    b.signature("河南省人民政府办公厅", "2023年5月16日")
    b.par("（此件公开发布）", indent=True, clause=False)
    b.page_break()
    b.title(fangan, clause=True)
    b.blank()
    b.par("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
          "进一步发挥我省枢纽优势，扩大与共建国家经贸合作，制定本方案。")
    b.h1("一、总体要求")
    b.par("坚持“四路协同”，以郑州—卢森堡“空中丝绸之路”为引领，到2025年，全省对共建国家进出口额"
          "达到3200亿元，年均增长8%以上；新增对外直接投资15亿美元。")
    b.h1("二、重点任务")
    b.h2lead("（一）拓展国际物流通道。", "加密郑州至卢森堡、列日等全货机航线，每周航班达到60班以上；"
             "推动中欧班列（中豫号）开行线路拓展至30个以上国家和地区。")
    b.h2lead("（二）培育跨境电商新业态。", "支持郑州跨境电子商务综合试验区建设海外仓50个以上，"
             "打造“跨境电商+产业带”发展模式。")
    b.h2lead("（三）深化产能合作。", "引导装备制造、食品加工、建材等优势产业有序“走出去”，"
             "在共建国家布局建设境外经贸合作区3个以上。")
    b.h1("三、保障措施")
    b.h2lead("（一）加强组织领导。", "建立省推进“一带一路”经贸合作联席会议制度，"
             "各成员单位确定1名联络员，负责日常联系和信息报送。")
    b.h2lead("（二）强化政策支持。", "统筹用好省级外经贸发展专项资金，对符合条件的项目给予支持。")
    b.blank()
    b.par("附件：联络员名单", clause=True)
    b.page_break()
    b.par([("附件", SANS, False)], indent=False)
    b.blank()
    b.title("联络员名单", clause=True)
    b.blank()
    b.table([
        ["单位", "姓名", "职务", "联系电话"],
        ["省发展改革委", "王建华", "二级调研员", "0371-65901234"],
        ["省商务厅", "李红梅", "副处长", "0371-65962210"],
        ["省财政厅", "张志远", "四级调研员", "0371-65808817"],
        ["郑州海关", "赵振国", "科长", "13800000000"],
        ["省交通运输厅", "刘晓琳", "一级主任科员", "0371-66013526"],
        ["中国人民银行河南省分行", "陈雨涵", "副科长", "13800001111"],
        ["省政府外事办公室", "孙立军", "处长", "0371-65506682"],
        ["中国（河南）自由贸易试验区工作办公室", "周文斌", "综合处副处长", "13900002222"],
    ], [62, 24, 36, 38], size=14)
    return b.save("blind18_notice", {
        "title": title,
        "doc_number": "豫政办〔2023〕27号",
        "issuer": "河南省人民政府办公厅",
        "date": "2023-05-16",
    })


# ---------------------------------------------------------------- c) 意见
def make_opinion():
    b = Builder()
    title = "广东省人民政府关于进一步推进中国（广东）自由贸易试验区高水平对外开放的意见"
    b.par("粤府〔2022〕46号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, clause=False)
    b.blank()
    b.title(title)
    b.blank()
    zhusong = ("各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，"
               "中国（广东）自由贸易试验区各片区管委会：")
    assert len(zhusong) > 28
    b.par(zhusong, indent=False, clause=False)
    b.par("为深入贯彻落实国家关于实施自由贸易试验区提升战略的部署要求，推动中国（广东）自由贸易试验区"
          "在更高起点上推进改革开放，现提出如下意见。")
    b.h1("一、总体要求")
    b.par("到2025年，自由贸易试验区货物进出口总额达到3.5万亿元，年均增长12.6%以上，实际使用外资"
          "累计达到280亿美元，形成一批具有国际竞争力的制度创新成果。")
    # exactly fills 26 + 28 = 54 full-width chars: ends exactly at the right margin
    exact = ("各片区要把制度创新摆在更加突出的位置，坚持问题导向和目标导向，"
             "聚焦企业反映强烈的堵点和难点，开展差异化探索。")
    assert len(exact) == 54, len(exact)
    b.par(exact)
    b.par("各地各部门要加强协同配合，形成推进自由贸易试验区建设的工作合力。")
    b.h1("二、主要任务")
    b.h2lead("（一）对标高标准国际经贸规则。", "主动对接RCEP、CPTPP、DEPA等高标准国际经贸规则，"
             "在数字贸易、知识产权、政府采购等领域开展先行先试，推动RCEP原产地累积规则应用，"
             "年度签发RCEP原产地证书金额力争超过260亿元。")
    b.h2lead("（二）发展数字贸易。", "探索数据跨境流动安全管理机制，建设粤港澳大湾区数据跨境服务中心，"
             "数字贸易额占服务贸易总额比重提高到45.8%。")
    b.h2lead("（三）建立重点项目清单管理制度。", "各片区要梳理形成年度重点改革项目清单，具体见附件1。"
             "清单实行动态管理，每半年更新一次。")
    b.h1("三、保障措施")
    b.par("省自由贸易试验区工作领导小组办公室要加强统筹协调和督促检查，重大问题及时向省政府报告。")
    b.signature("广东省人民政府", "2022年9月20日")
    b.par("（此件公开发布）", clause=False)
    return b.save("blind18_opinion", {
        "title": title,
        "doc_number": "粤府〔2022〕46号",
        "issuer": "广东省人民政府",
        "date": "2022-09-20",
    })


def main():
    expected = {}
    for fn in (make_plan, make_notice, make_opinion):
        r = fn()
        stem = [s for s in ("blind18_plan", "blind18_notice", "blind18_opinion") if fn.__name__.split("_")[1] in s][0]
        expected[stem] = r
    for stem in expected:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")], check=True, capture_output=True)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", sorted(os.listdir(HERE)))


if __name__ == "__main__":
    main()
