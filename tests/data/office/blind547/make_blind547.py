# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 547 blind test documents: Word files re-typed from paper originals.

Each printed line of the paper original is typed as its own Word paragraph
(hard return mid-sentence), the paper's page numbers are typed inline as
"－3－" paragraphs, digits are full-width, and the 附件 table is re-typed as
tab-separated text.  Also writes a LibreOffice PDF of each file and
expected.json.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

LINE = 28          # characters per printed line of the original
PAGE1 = 14         # body lines on page 1 (after 版头)
PAGEN = 22         # body lines on later pages

NO_START = set("，。、；：？！）》”’…％〕】")
NO_END = set("（《“‘〔【")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"


def wrap(text, indent=2, width=LINE):
    """Split a paragraph into printed lines the way the paper original was set."""
    lines = []
    i = 0
    first = True
    n = len(text)
    while i < n:
        cap = width - (indent if first else 0)
        j = min(n, i + cap)
        # 避头：pull closing punctuation up onto this line
        while j < n and text[j] in NO_START:
            j += 1
        # 避尾：do not end a line with an opening bracket
        while j < n and j - 1 > i and text[j - 1] in NO_END:
            j -= 1
        lines.append((i, j))
        i = j
        first = False
    return lines


class Typist:
    """Re-types a paper document line by line into python-docx."""

    def __init__(self, pagenum_fmt):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(33), Mm(30)
        sec.left_margin, sec.right_margin = Mm(24), Mm(20)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.pagenum_fmt = pagenum_fmt
        self.page = 1
        self.lines_on_page = 0
        self.capacity = PAGE1

    # ---- low level -------------------------------------------------
    def para(self, align=None, spacing=28):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
        if align is not None:
            p.alignment = align
        return p

    @staticmethod
    def run(p, text, font=FS, size=16, bold=False, color=None):
        r = p.add_run(text)
        r.font.name = font
        r.font.size = Pt(size)
        r.bold = bold
        rpr = r._element.get_or_add_rPr()
        rpr.rFonts.set(qn("w:eastAsia"), font)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def empty(self, n=1):
        for _ in range(n):
            self.para()
            self.count(1)

    def count(self, k):
        self.lines_on_page += k
        if self.lines_on_page >= self.capacity:
            self.page_break_number()

    def page_break_number(self):
        """The typist keeps the paper's page number as a line of text."""
        p = self.para(WD_ALIGN_PARAGRAPH.CENTER)
        self.run(p, self.pagenum_fmt(self.page), font=ST, size=14)
        self.page += 1
        self.lines_on_page = 0
        self.capacity = PAGEN

    def end_page(self):
        if self.lines_on_page:
            self.page_break_number()

    # ---- document pieces --------------------------------------------
    def red_head(self, names, docno, docno_align=WD_ALIGN_PARAGRAPH.CENTER):
        for nm in names:
            p = self.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=44)
            self.run(p, nm, font=XBS, size=30, color="FF0000")
        self.para()
        p = self.para(docno_align)
        self.run(p, docno)
        p = self.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=20)
        self.run(p, "━" * 26, font=ST, size=12, color="FF0000")
        self.para()

    def title(self, lines):
        for ln in lines:
            p = self.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
            self.run(p, ln, font=XBS, size=22)
        self.para()
        self.count(len(lines) + 1)

    def plain_lines(self, text, indent=0, font=FS, bold=False):
        """A block typed over several printed lines (主送 etc.)."""
        for (a, b) in wrap(text, indent=indent):
            p = self.para()
            self.run(p, ("　" * indent if a == 0 else "") + text[a:b],
                     font=font, bold=bold)
            self.count(1)

    def heading(self, text, font=HT):
        p = self.para()
        self.run(p, "　　" + text, font=font)
        self.count(1)

    def body(self, text, lead=None, lead_font=KT, lead_bold=False):
        """A body paragraph; `lead` is a run-in heading at its start."""
        lead_len = len(lead) if lead else 0
        if lead:
            assert text.startswith(lead), (lead, text)
        for (a, b) in wrap(text):
            p = self.para()
            if a == 0:
                self.run(p, "　　")
            if a < lead_len:
                cut = min(b, lead_len)
                self.run(p, text[a:cut], font=lead_font, bold=lead_bold)
                if b > cut:
                    self.run(p, text[cut:b])
            else:
                self.run(p, text[a:b])
            self.count(1)

    def right_lines(self, lines):
        """落款 typed with manual full-width spaces, not right alignment."""
        if self.lines_on_page and self.lines_on_page + len(lines) > self.capacity:
            self.page_break_number()
        for ln in lines:
            p = self.para()
            self.run(p, ln)
            self.count(1)

    def tab_lines(self, lines, font=FS, size=14, stops_mm=None):
        for ln in lines:
            p = self.para(spacing=24)
            for x in stops_mm or []:
                p.paragraph_format.tab_stops.add_tab_stop(Mm(x))
            self.run(p, ln, font=font, size=size)
            self.count(1)

    def hard_page_break(self):
        p = self.para()
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(26), Mm(24)
            sec.left_margin, sec.right_margin = Mm(30), Mm(26)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(33), Mm(30)
            sec.left_margin, sec.right_margin = Mm(24), Mm(20)

    def save(self, path):
        self.doc.save(path)


def pad_to(text, width=LINE, right=4):
    """Manual alignment with full-width spaces (落款 / 日期)."""
    n = max(0, width - right - len(text))
    return "　" * n + text


# =====================================================================
# Document A: 重庆 — 中欧班列（成渝）开行服务保障通知
# =====================================================================
def build_chongqing():
    stem = "blind547_chongqing_tongzhi"
    t = Typist(lambda n: "－%d－" % n)
    t.red_head(["重庆市人民政府口岸和物流办公室", "重庆市商务委员会"],
               "渝口岸物流发〔2026〕7号")
    t.title(["关于做好中欧班列（成渝）开行服务", "保障工作的通知"])
    recips = ("各区县（自治县）口岸物流、商务主管部门，两江新区、重庆高新区、"
              "万盛经开区管委会有关部门，中欧班列（成渝）平台公司，有关企业：")
    t.plain_lines(recips)

    clauses = []

    def P(text, lead=None, **kw):
        clauses.append(text)
        t.body(text, lead, **kw)

    P("为深入贯彻落实国家关于推进中欧班列高质量发展的决策部署，巩固中欧班列"
      "（成渝）开行规模和质量，更好服务共建“一带一路”和西部陆海新通道建设，"
      "经研究，现就做好２０２６年中欧班列（成渝）开行服务保障工作通知如下。")
    t.heading("一、总体目标")
    P("２０２６年，力争中欧班列（成渝）全年开行２４００列以上，其中回程班列"
      "占比不低于４５％，重箱率保持在９５％以上；新开辟至中亚、西亚及欧洲方向"
      "线路不少于３条，定制化专列开行不少于１５０列，全程时效较２０２５年压缩"
      "１０％以上。")
    t.heading("二、重点任务")
    P("（一）稳定骨干线路运行。依托团结村中心站、鱼嘴铁路货运站，稳定开行重庆"
      "至杜伊斯堡、汉堡、罗兹、布达佩斯等骨干线路，推动图定线路常态化开行。"
      "中欧班列（成渝）平台公司要会同铁路部门每月制定开行计划，并于每月２５日前"
      "报市口岸物流办备案。", lead="（一）稳定骨干线路运行。")
    P("（二）拓展多式联运通道。推动中欧班列与西部陆海新通道、长江黄金水道无缝"
      "衔接，扩大“铁海联运”“铁公铁”运输规模。支持企业开展经满洲里、二连浩特、"
      "霍尔果斯、阿拉山口等口岸的多口岸分流，缓解口岸拥堵。",
      lead="（二）拓展多式联运通道。")
    P("（三）提升口岸通关效率。重庆海关、铁路口岸要持续推广“提前申报”“两段"
      "准入”等通关模式，对中欧班列运输货物实施优先查验。推进班列运单数字化，"
      "全面实现铁路运单与报关单数据共享，进口货物整体通关时间压缩至２４小时以内。",
      lead="（三）提升口岸通关效率。")
    P("（四）培育班列产业集群。各区县要围绕笔记本电脑、汽车及零部件、跨境电商、"
      "冷链食品等货源，引导企业就近使用中欧班列（成渝）出口，打造“班列＋产业”"
      "“班列＋贸易”发展模式。鼓励企业在沿线国家设立海外仓和分拨中心。",
      lead="（四）培育班列产业集群。")
    P("（五）做好回程货源组织。支持平台公司与沿线国家铁路、物流企业合作，扩大"
      "进口汽车、木材、粮食、葡萄酒、奶制品等回程货源，推动在团结村中心站设立"
      "进口商品分拨集散中心。", lead="（五）做好回程货源组织。")
    t.heading("三、保障措施")
    P("（一）加强统筹协调。市口岸物流办牵头建立中欧班列（成渝）开行保障联席会议"
      "制度，每季度召开一次会议，协调解决班列开行中的重大问题。市商务委、重庆海关、"
      "中国铁路成都局集团有限公司重庆货运中心等单位要按照职责分工密切配合。",
      lead="（一）加强统筹协调。")
    P("（二）规范资金使用。严格执行国家关于中欧班列补贴逐年退坡的有关要求，"
      "市级资金重点用于支持新线路开辟、数字化平台建设和回程货源组织，不得以"
      "低于成本价格竞争揽货。", lead="（二）规范资金使用。")
    P("（三）强化安全管理。各有关单位要落实班列运输安全主体责任，严禁夹带危险品"
      "和违禁品，加强境外段运输风险监测预警，及时处置突发情况。",
      lead="（三）强化安全管理。")
    P("（四）做好信息报送。各区县主管部门、平台公司于每季度结束后１０个工作日内，"
      "将班列开行、货源组织和问题建议等情况书面报送市口岸物流办、市商务委。",
      lead="（四）做好信息报送。")
    P("联系人：市口岸物流办通道处　刘洋，电话：０２３－６３８９××××；"
      "市商务委对外贸易处　陈静，电话：０２３－６２６６××××。")

    t.empty()
    att_title = "中欧班列（成渝）重点线路开行计划表"
    t.plain_lines("附件：" + att_title, indent=2)
    t.empty(2)
    # two organs signed side by side, typed with spaces
    t.right_lines(["　　重庆市人民政府口岸　　　　　重庆市商务委员会",
                   "　　　和物流办公室",
                   pad_to("２０２６年３月６日", right=3)])
    t.empty()
    t.right_lines(["　　（此件公开发布）"])
    t.end_page()
    t.new_section(landscape=True)

    # ---- 附件: table retyped with tabs ----
    p = t.para()
    t.run(p, "附件", font=HT)
    t.count(1)
    t.empty()
    p = t.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    t.run(p, att_title, font=XBS, size=20)
    t.count(1)
    t.empty()
    header = ["序号", "线路名称", "始发站", "境外目的地", "计划开行（列）", "责任单位"]
    rows = [
        ["１", "重庆—杜伊斯堡", "团结村站", "德国杜伊斯堡", "６００", "平台公司"],
        ["２", "重庆—汉堡", "团结村站", "德国汉堡", "２８０", "平台公司"],
        ["３", "重庆—罗兹", "团结村站", "波兰罗兹", "３２０", "平台公司"],
        ["４", "重庆—布达佩斯", "鱼嘴站", "匈牙利布达佩斯", "２００", "平台公司、两江新区"],
        ["５", "重庆—阿拉木图", "团结村站", "哈萨克斯坦阿拉木图", "４５０", "平台公司"],
        ["６", "重庆—塔什干", "鱼嘴站", "乌兹别克斯坦塔什干", "２２０", "平台公司、两江新区"],
        ["７", "重庆—伊斯坦布尔（跨里海）", "团结村站", "土耳其伊斯坦布尔", "８０", "平台公司"],
        ["８", "定制化专列", "团结村站、鱼嘴站", "—", "１５０", "各区县、平台公司"],
    ]
    typed = ["\t".join(header)]
    for r in rows:
        if r[0] == "７":
            # the printed cell wrapped: typist put the rest on the next line
            first = list(r)
            first[1] = "重庆—伊斯坦布尔"
            typed.append("\t".join(first))
            typed.append("\t（跨里海）")
        else:
            typed.append("\t".join(r))
    t.tab_lines(typed, size=14, stops_mm=[14, 62, 104, 152, 192])
    t.end_page()
    t.new_section(landscape=False)
    for r in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))

    # 版记
    t.empty()
    t.right_lines(["━━━━━━━━━━━━━━━━━━━━━━━━━━",
                   "　抄送：重庆海关，中国铁路成都局集团有限公司重庆货运中心。",
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━",
                   "　重庆市人民政府口岸和物流办公室　　２０２６年３月６日印发",
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━"])
    t.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "关于做好中欧班列（成渝）开行服务保障工作的通知",
        "doc_number": "渝口岸物流发〔2026〕7号",
        "issuer": ["重庆市人民政府口岸和物流办公室", "重庆市商务委员会"],
        "date": "2026-03-06",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）口岸物流、商务主管部门",
                       "两江新区、重庆高新区、万盛经开区管委会有关部门",
                       "中欧班列（成渝）平台公司", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# =====================================================================
# Document B: 郑州 — 印发跨境电商综试区提质升级行动方案（通知 + 方案）
# =====================================================================
def build_zhengzhou():
    stem = "blind547_zhengzhou_fangan"
    t = Typist(lambda n: "－%s－" % str(n).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")))
    t.red_head(["郑州市人民政府办公室文件"], "郑政办〔2025〕41号")
    t.title(["郑州市人民政府办公室", "关于印发郑州市跨境电子商务综合试验区",
             "提质升级行动方案的通知"])
    recips = "各开发区管委会，各县（市、区）人民政府，市人民政府各部门，各有关单位："
    t.plain_lines(recips)
    notice_clauses = []
    fa_clauses = []

    n1 = ("《郑州市跨境电子商务综合试验区提质升级行动方案》已经市人民政府同意，"
          "现印发给你们，请结合实际，认真贯彻落实。")
    notice_clauses.append(n1)
    t.body(n1)
    t.empty(2)
    t.right_lines([pad_to("郑州市人民政府办公室", right=4),
                   pad_to("２０２５年９月１８日", right=5)])
    t.empty()
    t.right_lines(["　　（此件公开发布）"])
    t.end_page()
    t.hard_page_break()

    # ---- the 方案 itself ----
    t.title(["郑州市跨境电子商务综合试验区", "提质升级行动方案"])

    def P(text, lead=None, **kw):
        fa_clauses.append(text)
        t.body(text, lead, **kw)

    P("为深入贯彻落实国务院关于推动跨境电商健康持续创新发展的决策部署，巩固提升"
      "中国（郑州）跨境电子商务综合试验区发展水平，加快建设“买全球、卖全球”的"
      "跨境电商枢纽城市，结合我市实际，制定本方案。")
    t.heading("一、发展目标")
    P("到２０２７年，全市跨境电商交易额突破３０００亿元，年均增长１０％以上；"
      "培育跨境电商交易额超１０亿元的龙头企业２０家以上，建设省级以上跨境电商"
      "产业园区１０个以上，公共海外仓面积达到１２０万平方米；跨境电商“网购保税＋"
      "实体新零售”模式在全国保持领先。")
    t.heading("二、重点任务")
    t.heading("（一）壮大市场主体", font=KT)
    P("１．引育龙头企业。聚焦跨境电商平台、品牌、服务等领域，每年引进培育跨境电商"
      "头部企业５家以上。对新落户的跨境电商企业，年度跨境电商进出口额首次突破"
      "１亿元的，按有关政策给予一次性奖励。", lead="１．引育龙头企业。",
      lead_font=FS, lead_bold=True)
    P("２．推动传统企业触网。组织开展“跨境电商＋产业带”对接活动，每年培训传统"
      "外贸和生产企业１０００家次以上，支持发制品、服装、机械装备、食品等特色产业"
      "开展跨境电商出口。", lead="２．推动传统企业触网。", lead_font=FS, lead_bold=True)
    t.heading("（二）创新业务模式", font=KT)
    P("３．做强进口业务。支持郑州新郑综合保税区、郑州经开综合保税区扩大“１２１０”"
      "网购保税进口规模，探索开展跨境电商零售进口药品、医疗器械试点，推进进口退货"
      "中心仓常态化运作。", lead="３．做强进口业务。", lead_font=FS, lead_bold=True)
    P("４．做大出口业务。推广“９６１０”“9710”“９８１０”出口监管模式，支持企业"
      "开展跨境电商出口海外仓业务。鼓励企业利用中欧班列（中豫号）、郑州—卢森堡"
      "“空中丝绸之路”开展跨境电商货物运输。", lead="４．做大出口业务。",
      lead_font=FS, lead_bold=True)
    P("５．发展“丝路电商”。深化与“一带一路”共建国家电子商务合作，支持企业在"
      "共建国家开设品牌店铺和海外仓，积极对接丝路电商合作先行区建设。",
      lead="５．发展“丝路电商”。", lead_font=FS, lead_bold=True)
    t.heading("（三）完善服务体系", font=KT)
    P("６．提升线上综合服务平台功能。迭代升级跨境电商线上综合服务平台，实现海关、"
      "税务、外汇、市场监管等部门数据互联互通，为企业提供“一站式”通关、退税、"
      "结汇服务。", lead="６．提升线上综合服务平台功能。", lead_font=FS, lead_bold=True)
    P("７．加强人才培养。支持在郑高校开设跨境电商相关专业，建设跨境电商人才实训"
      "基地５个以上，每年培训跨境电商从业人员２万人次以上。",
      lead="７．加强人才培养。", lead_font=FS, lead_bold=True)
    P("８．强化金融支持。鼓励金融机构开发“跨境电商贷”“海外仓贷”等产品，推广"
      "出口信用保险保单融资，降低中小跨境电商企业融资成本。",
      lead="８．强化金融支持。", lead_font=FS, lead_bold=True)
    t.heading("三、保障措施")
    P("（一）加强组织领导。充分发挥市跨境电商综试区建设工作领导小组作用，领导小组"
      "办公室设在市商务局，负责统筹推进本方案实施，协调解决重大问题。",
      lead="（一）加强组织领导。")
    P("（二）加大政策支持。统筹用好省、市商务发展专项资金，对符合条件的跨境电商"
      "园区、海外仓、服务平台予以支持，具体办法由市商务局会同市财政局另行制定。",
      lead="（二）加大政策支持。")
    P("（三）强化监测评估。建立跨境电商统计监测制度，按季度通报各县（市、区）、"
      "开发区跨境电商发展情况，将综试区建设工作纳入年度目标考核。",
      lead="（三）强化监测评估。")
    P("本方案自印发之日起施行。")
    t.empty()
    att_title = "郑州市跨境电子商务综合试验区提质升级重点任务分工表"
    t.plain_lines("附件：" + att_title, indent=2)
    t.end_page()
    t.new_section(landscape=True)

    # ---- 附件 table typed with tabs ----
    p = t.para()
    t.run(p, "附件", font=HT)
    t.count(1)
    p = t.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    t.run(p, att_title, font=XBS, size=18)
    t.count(1)
    t.empty()
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["１", "引育龙头企业", "市商务局", "各县（市、区）政府、各开发区管委会", "２０２７年１２月"],
        ["２", "推动传统企业触网", "市商务局", "市工业和信息化局、各县（市、区）政府", "持续推进"],
        ["３", "做强进口业务", "郑州海关", "市商务局、航空港区管委会、经开区管委会", "２０２６年１２月"],
        ["４", "做大出口业务", "市商务局", "郑州海关、市交通运输局、郑州国际陆港公司", "持续推进"],
        ["５", "发展“丝路电商”", "市商务局", "市外办、市贸促会", "持续推进"],
        ["６", "提升线上综合服务平台功能", "市商务局",
         "郑州海关、市税务局、国家外汇管理局河南省分局", "２０２６年６月"],
        ["７", "加强人才培养", "市教育局", "市人力资源社会保障局、市商务局", "持续推进"],
        ["８", "强化金融支持", "市委金融办",
         "中国人民银行河南省分行、国家金融监督管理总局河南监管局", "持续推进"],
    ]
    typed = ["\t".join(header)]
    for r in rows:
        if r[0] == "６":
            a = list(r)
            a[3] = "郑州海关、市税务局、"
            typed.append("\t".join(a))
            typed.append("\t\t\t国家外汇管理局河南省分局")
        elif r[0] == "８":
            a = list(r)
            a[3] = "中国人民银行河南省分行、"
            typed.append("\t".join(a))
            typed.append("\t\t\t国家金融监督管理总局河南监管局")
        else:
            typed.append("\t".join(r))
    t.tab_lines(typed, size=12, stops_mm=[12, 70, 100, 200])
    for r in rows:
        fa_clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    t.end_page()
    t.new_section(landscape=False)

    # 版记 of the covering notice, printed at the very end
    t.empty(2)
    t.right_lines(["━━━━━━━━━━━━━━━━━━━━━━━━━━",
                   "　抄送：市委各部门，郑州警备区，各人民团体。",
                   "　　　　市人大常委会办公厅，市政协办公厅，市法院，市检察院。",
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━",
                   "　郑州市人民政府办公室　　　　　２０２５年９月１９日印发",
                   "━━━━━━━━━━━━━━━━━━━━━━━━━━"])
    t.save(os.path.join(HERE, stem + ".docx"))

    notice_meta = {
        "title": "郑州市人民政府办公室关于印发郑州市跨境电子商务综合试验区提质升级行动方案的通知",
        "doc_number": "郑政办〔2025〕41号",
        "issuer": ["郑州市人民政府办公室"],
        "date": "2025-09-18",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各开发区管委会", "各县（市、区）人民政府",
                       "市人民政府各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    fa_meta = {
        "title": "郑州市跨境电子商务综合试验区提质升级行动方案",
        "doc_number": None,
        "issuer": ["郑州市人民政府办公室"],
        "date": "2025-09-18",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": "2025-09-18",
        "expires": None,
        "attachments": [att_title],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": notice_meta, "clauses": notice_clauses},
                  {"meta": fa_meta, "clauses": fa_clauses}]


# =====================================================================
# Document C: 青岛片区 — 综合保税区保税维修业务公告
# =====================================================================
def build_qingdao():
    stem = "blind547_qingdao_gonggao"
    t = Typist(lambda n: "－ %s －" % str(n).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")))
    t.para()
    t.title(["中国（山东）自由贸易试验区",
             "青岛片区管理委员会关于片区综合保税区",
             "保税维修业务管理有关事项的公告"])
    p = t.para(WD_ALIGN_PARAGRAPH.CENTER)
    t.run(p, "青自贸管公告〔２０２４〕４号", font=KT)
    t.count(1)
    t.empty()
    clauses = []

    def P(text, lead=None, **kw):
        clauses.append(text)
        t.body(text, lead, **kw)

    P("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》和"
      "海关总署、商务部、生态环境部关于支持综合保税区内企业开展维修业务的有关规定，"
      "规范中国（山东）自由贸易试验区青岛片区（以下简称片区）综合保税区保税维修"
      "业务管理，促进“两头在外”检测维修产业发展，现将有关事项公告如下：")
    P("一、本公告所称保税维修，是指片区内青岛前湾综合保税区、青岛西海岸综合保税区"
      "（以下统称综保区）内企业，以保税方式将存在部件损坏、功能失效、质量缺陷等"
      "问题的货物从境外或境内区外运入综保区进行检测、维修后复运出境或复运回境内"
      "区外的经营活动。")
    P("二、综保区内企业开展保税维修业务，应当符合下列条件：")
    P("（一）在综保区内依法注册，具有独立法人资格，已办理海关备案手续；")
    P("（二）具备开展维修业务所需的场所、设备、技术人员和检测能力；")
    P("（三）建立符合海关监管要求的维修管理信息系统，能够对维修货物的入区、维修、"
      "出区及旧件、坏件处置实施全流程记录；")
    P("（四）近两年内未发生走私违法行为，海关信用等级不为失信企业。")
    P("三、保税维修产品实行目录管理。首批纳入目录的产品见附件，目录内产品不涉及"
      "禁止进口的固体废物和国家禁止开展维修的产品。片区管委会将会同青岛海关根据"
      "产业发展需要对目录实行动态调整。")
    P("四、保税维修业务按照以下程序办理：")
    P("１．企业向片区管委会经济发展部提交保税维修业务申请材料，包括申请表、营业"
      "执照、场所及设备清单、维修管理制度等；")
    P("２．片区管委会会同青岛海关所属黄岛海关在１０个工作日内完成现场核查，符合"
      "条件的出具书面意见；")
    P("３．企业凭书面意见向主管海关办理账册设立或变更手续，开展保税维修业务。")
    P("五、维修过程中产生的坏件、旧件和维修边角料，应当复运出境；确需在境内处置"
      "的，按照固体废物管理有关规定办理，不得擅自内销。")
    P("六、企业应当于每年１月３１日前向片区管委会报送上一年度保税维修业务开展情况，"
      "包括维修货物品种、数量、货值、维修后去向及环境保护措施落实情况等。")
    P("七、片区管委会对开展保税维修业务的企业实施“双随机、一公开”监管，发现企业"
      "不再符合本公告第二项规定条件的，会同海关责令限期整改；逾期未整改的，停止"
      "其保税维修业务。")
    P("八、本公告自２０２４年１２月１日起施行，有效期至２０２６年１１月３０日。"
      "《青岛前湾综合保税区保税维修业务操作指引（试行）》（青前综保发〔2022〕5号）"
      "同时废止。")
    P("九、本公告由片区管委会经济发展部负责解释。联系人：王磊，联系电话："
      "０５３２－８６８８××××。")
    t.empty()
    att_title = "青岛片区综合保税区保税维修产品目录（第一批）"
    t.plain_lines("附件：" + att_title, indent=2)
    t.empty(2)
    t.right_lines(["　　　　中国（山东）自由贸易试验区青岛片区管理委员会",
                   pad_to("２０２４年１１月１５日", right=6)])
    t.end_page()
    t.hard_page_break()

    p = t.para()
    t.run(p, "附件", font=HT)
    t.count(1)
    t.empty()
    p = t.para(WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    t.run(p, att_title, font=XBS, size=18)
    t.count(1)
    t.empty()
    header = ["序号", "产品名称", "商品编码", "备注"]
    rows = [
        ["１", "航空器及其零部件", "８８０２、８８０３", "含发动机及机载设备"],
        ["２", "船舶用柴油发动机及汽轮机", "８４０８、８４０６", "—"],
        ["３", "工业机器人", "８４７９５０", "—"],
        ["４", "数控机床", "８４５７、８４５８、８４５９", "含数控系统"],
        ["５", "医疗影像设备", "９０１８、９０２２", "不含放射源"],
        ["６", "集成电路及电子元器件", "８５４１、８５４２", "—"],
        ["７", "笔记本电脑及平板电脑", "８４７１３０", "—"],
        ["８", "新能源汽车动力电池", "８５０７６０", "限区内企业自产产品"],
    ]
    # the typist aligned the columns with double tabs
    typed = ["\t\t".join(header)] + ["\t\t".join(r) for r in rows]
    t.tab_lines(typed, size=10.5)
    for r in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    t.end_page()
    t.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于片区综合保税区保税维修业务管理有关事项的公告",
        "doc_number": "青自贸管公告〔2024〕4号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2024-11-15",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2024-12-01",
        "expires": "2026-11-30",
        "attachments": [att_title],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《青岛前湾综合保税区保税维修业务操作指引（试行）》（青前综保发〔2022〕5号）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (build_chongqing, build_zhengzhou, build_qingdao):
        stem, docs = fn()
        expected[stem] = docs
        src = os.path.join(HERE, stem + ".docx")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_547",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
