# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1084: county / township notices typed with no styles at all.

Everything in one font size, bold title in body size centred with spaces,
numbering 1、 / (1) / ①, half-width punctuation, 落款 pushed right with
spaces, 附件 typed as tab-separated columns, dates 2026.3.5 / 2026-03-12.
Writes blind1084_*.docx, blind1084_*.pdf and expected.json next to itself.
"""
import json
import math
import os
import subprocess

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

SONG = "宋体"
FS = "仿宋_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


class Typist:
    """A clerk typing into a blank Word document: one font, one size."""

    def __init__(self, fontname, size, margins, line=None, tabstop_twips=420):
        self.doc = Document()
        self.fontname = fontname
        self.size = size
        self.line = line
        s = self.doc.sections[0]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        top, bottom, left, right = margins
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
        s.left_margin, s.right_margin = Cm(left), Cm(right)
        self.text_width = (21 - left - right) / 2.54 * 72.0
        st = self.doc.styles["Normal"]
        st.font.name = fontname
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), fontname)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line is not None:
            pf.line_spacing = line
        # Chinese Word: default tab stop every 2 characters (0.74 cm)
        dts = self.doc.settings.element.find(qn("w:defaultTabStop"))
        dts.set(qn("w:val"), str(tabstop_twips))
        self.tabstop = tabstop_twips / 20.0
        self.clauses = []

    # --- typing
    def para(self, text="", bold=False, color=None, clause=False):
        """text may contain '\n' = manual line break (Shift+Enter)."""
        p = self.doc.add_paragraph()
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, self.fontname, self.size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
        if clause:
            self.clauses.append(text.replace("\n", "").strip(" \u3000"))
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("")

    def page_break(self):
        p = self.doc.add_paragraph()
        r = p.add_run()
        set_font(r, self.fontname, self.size)
        r.add_break(WD_BREAK.PAGE)

    # --- width estimate: CJK/full-width = 1 em, ASCII = 0.5 em
    def width(self, s):
        w = 0.0
        for ch in s:
            w += 0.5 if ord(ch) < 0x2000 else 1.0
        return w * self.size

    def centred(self, text, space=" ", bold=True, color=None):
        """Centre a line by typing spaces in front of it."""
        sw = self.size * (0.5 if space == " " else 1.0)
        n = int((self.text_width - self.width(text)) / 2 / sw)
        return self.para(space * max(n, 0) + text, bold=bold, color=color)

    def pushed_right(self, text, space=" ", spare_chars=3):
        """Push a line to the right by typing spaces (leave a few chars free)."""
        sw = self.size * (0.5 if space == " " else 1.0)
        n = int((self.text_width - self.width(text) - spare_chars * self.size) / sw)
        return self.para(space * max(n, 0) + text)

    # --- tab-typed "tables"
    def tab_rows_default(self, header, rows, indent=""):
        """Columns aligned by pressing Tab repeatedly at the default stops."""
        allrows = [header] + rows
        ncol = len(header)
        starts = [self.width(indent)]
        for c in range(ncol - 1):
            maxw = max(self.width(r[c]) for r in allrows)
            want = starts[c] + maxw + self.size * 0.8
            starts.append(math.ceil(want / self.tabstop) * self.tabstop)
        last = starts[-1] + max(self.width(r[-1]) for r in allrows)
        assert last <= self.text_width, (last, self.text_width, header)
        for r in allrows:
            line = indent
            pos = self.width(indent)
            for c, cell in enumerate(r):
                line += cell
                pos += self.width(cell)
                if c < ncol - 1:
                    while pos < starts[c + 1] - 0.01:
                        pos = (math.floor(pos / self.tabstop + 1e-6) + 1) * self.tabstop
                        line += "\t"
            self.para(line)
        self._row_clauses(header, rows)

    def tab_rows_custom(self, header, rows, stops_pt):
        """Clerk dragged tab stops onto the ruler; one Tab between columns."""
        for r in [header] + rows:
            p = self.para("\t".join(r))
            ppr = p._p.get_or_add_pPr()
            tabs = parse_xml('<w:tabs %s>%s</w:tabs>' % (nsdecls("w"), "".join(
                '<w:tab w:val="left" w:pos="%d"/>' % int(x * 20) for x in stops_pt)))
            ppr.append(tabs)
        self._row_clauses(header, rows)

    def _row_clauses(self, header, rows):
        for r in rows:
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))

    # --- footer page numbers
    def footer(self, before, after, total=False):
        fp = self.doc.sections[0].footer.paragraphs[0]
        fp.alignment = 1  # centre

        def field(instr):
            r = fp.add_run()
            set_font(r, self.fontname, self.size)
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
            r = fp.add_run()
            set_font(r, self.fontname, self.size)
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                                  % (nsdecls("w"), instr)))
            r = fp.add_run()
            set_font(r, self.fontname, self.size)
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
            set_font(fp.add_run("1"), self.fontname, self.size)
            r = fp.add_run()
            set_font(r, self.fontname, self.size)
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))

        set_font(fp.add_run(before), self.fontname, self.size)
        field("PAGE")
        if total:
            set_font(fp.add_run(" 页 共 "), self.fontname, self.size)
            field("NUMPAGES")
        set_font(fp.add_run(after), self.fontname, self.size)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1084", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


expected = {}
IND = "    "          # four half-width spaces typed as paragraph indent
FIND = "\u3000\u3000"  # two full-width spaces typed as paragraph indent


# =================================================================== DOC 1
def doc_zoufang():
    """泗洪县商务局: 宋体 小四 everywhere, 1.5 line spacing, Word default margins."""
    stem = "blind1084_zoufang"
    t = Typist(SONG, 12, (2.54, 2.54, 3.17, 3.17), line=1.5)

    t.centred("泗洪县商务局文件", bold=True, color=RED)
    t.centred("洪商发[2026]8号", bold=False)
    t.blank()
    # title typed in body size, bold, centred with spaces, broken at an odd place
    t.centred("关于开展2026年一季度外贸企业\"稳订单")
    t.centred("拓市场\"走访服务活动的通知")
    t.blank()
    t.para("各乡镇(街道)经济发展办公室,泗洪经济开发区经济发展局,局机关各科室:")
    t.para(IND + "为深入贯彻落实省、市稳外贸工作部署,帮助我县外贸企业稳住存量订单、拓展增量市场,"
           "县商务局决定于2026年3月至4月在全县开展一季度外贸企业\"稳订单拓市场\"走访服务活动."
           "现将有关事项通知如下:", clause=True)
    t.para(IND + "1、走访对象")
    t.para(IND + "(1)2025年度进出口实绩在500万美元以上的生产型外贸企业,共计63家.", clause=True)
    t.para(IND + "(2)2025年新增备案并已产生进出口实绩的企业,共计21家.", clause=True)
    t.para(IND + "(3)主要面向\"一带一路\"沿线国家和RCEP成员国开展业务、2026年1-2月出口同比下降10%以上"
           "的重点企业,由各乡镇(街道)摸排后于3月12日前报县商务局外贸科.", clause=True)
    t.para(IND + "2、走访内容")
    t.para(IND + "(1)了解订单情况.重点了解企业在手订单、二季度订单储备及主要出口市场变化情况,"
           "掌握企业对全年出口形势的预判.", clause=True)
    t.para(IND + "(2)收集问题诉求.主要包括:", clause=True)
    t.para(IND + "①融资、汇率避险及出口信用保险方面的需求;", clause=True)
    t.para(IND + "②物流运输、海外仓使用及通关便利化方面的困难;", clause=True)
    t.para(IND + "③参加境外展会、开拓新兴市场方面的意向;", clause=True)
    t.para(IND + "④用工、用地、用能等其他生产经营问题.", clause=True)
    t.para(IND + "(3)宣传惠企政策.向企业宣讲《江苏省外贸稳规模优结构若干措施》及县级外贸发展专项资金"
           "申报要求,指导企业用好出口信用保险、跨境人民币结算等政策工具.", clause=True)
    t.para(IND + "3、工作安排")
    t.para(IND + "(1)动员部署(3月10日前).各乡镇(街道)、开发区确定1名分管负责同志和1名联络员,"
           "于3月10日前将联络员名单报县商务局外贸科.", clause=True)
    t.para(IND + "(2)集中走访(3月11日-4月10日).按照附件1分组安排开展走访,每家企业走访不少于1次,"
           "走访后3个工作日内填写《企业问题诉求登记表》(附件2).", clause=True)
    t.para(IND + "(3)梳理交办(4月20日前).县商务局对收集的问题诉求进行汇总分类,能当场解决的当场解决,"
           "不能当场解决的按职能交相关部门办理,办理结果在30日内反馈企业.", clause=True)
    t.para(IND + "4、有关要求")
    t.para(IND + "(1)各单位要高度重视,严格落实中央八项规定精神,轻车简从,不得影响企业正常生产经营.",
           clause=True)
    t.para(IND + "(2)走访情况实行周报制度,各乡镇(街道)、开发区于每周五下午4点前将本周走访情况报县商务局"
           "外贸科,电子版发送至邮箱sihongswj_wmk@163.com.", clause=True)
    t.para(IND + "联系人:王晓东,联系电话:0527-80812345.", clause=True)
    t.blank()
    t.para(IND + "附件:1.泗洪县2026年一季度外贸企业走访分组安排表")
    t.para(IND + "     2.企业问题诉求登记表")
    t.blank(2)
    t.pushed_right("泗洪县商务局", spare_chars=3)
    t.pushed_right("2026.3.5", spare_chars=4)

    # 附件1 on its own page, columns typed with repeated Tab presses
    t.page_break()
    t.para("附件1")
    t.blank()
    t.centred("泗洪县2026年一季度外贸企业走访分组安排表")
    t.blank()
    t.tab_rows_default(
        ["组别", "带队领导", "责任科室", "联系乡镇(街道)", "企业数"],
        [["第一组", "陈建国", "外贸科", "青阳街道、经济开发区", "24"],
         ["第二组", "刘敏", "综合科", "双沟镇、上塘镇、魏营镇", "21"],
         ["第三组", "孙立新", "商贸流通科", "半城镇、孙园镇、梅花镇", "19"],
         ["第四组", "周涛", "投资促进科", "龙集镇、界集镇、太平镇", "20"]])
    t.blank()
    t.para("注:各组走访企业名单由外贸科另行通知,各乡镇(街道)联络员负责陪同.", clause=True)

    # 附件2: blank form, header only + note
    t.page_break()
    t.para("附件2")
    t.blank()
    t.centred("企业问题诉求登记表")
    t.blank()
    t.tab_rows_default(["序号", "企业名称", "问题类别", "具体问题诉求", "走访人"], [])
    t.blank(6)
    t.para("注:问题类别按融资、物流、通关、市场开拓、用工、其他分类填写;本表每周五随走访情况一并报送.",
           clause=True)

    t.save(stem)
    expected[stem] = [{
        "meta": meta(
            title="关于开展2026年一季度外贸企业\"稳订单拓市场\"走访服务活动的通知",
            doc_number="洪商发[2026]8号",
            issuer=["泗洪县商务局"],
            date="2026-03-05",
            level="county",
            region="泗洪县",
            attachments=["泗洪县2026年一季度外贸企业走访分组安排表", "企业问题诉求登记表"],
            doc_type="通知",
            recipients=["各乡镇(街道)经济发展办公室", "泗洪经济开发区经济发展局", "局机关各科室"]),
        "clauses": t.clauses}]


# =================================================================== DOC 2
def doc_duijie():
    """义乌市佛堂镇人民政府: 仿宋 四号 everywhere, full-width spaces, custom tab stops."""
    stem = "blind1084_duijie"
    t = Typist(FS, 14, (3.0, 2.8, 2.8, 2.6), line=Pt(26))
    t.footer("- ", " -")

    # title in one paragraph, manual line break, centred with full-width spaces
    l1 = "关于组织辖区企业参加2026年中国(浙江)自由贸易"
    l2 = "试验区金义片区\"一带一路\"市场对接会的通知"
    sw = t.size
    n1 = int((t.text_width - t.width(l1)) / 2 / sw)
    n2 = int((t.text_width - t.width(l2)) / 2 / sw)
    t.para("\u3000" * n1 + l1 + "\n" + "\u3000" * n2 + l2, bold=True)
    t.blank()
    t.para("各村(社区),镇属各单位,辖区各有关企业:")
    t.para(FIND + "为帮助辖区企业用好自贸试验区开放平台,拓展\"一带一路\"沿线市场,根据义乌市商务局"
           "《关于组织参加2026年中国(浙江)自由贸易试验区金义片区\"一带一路\"市场对接会的通知》要求,"
           "现就组织我镇企业参会有关事项通知如下:", clause=True)
    t.para(FIND + "1、活动时间和地点.2026年4月9日-10日,义乌国际博览中心B2馆.", clause=True)
    t.para(FIND + "2、对接内容")
    t.para(FIND + "(1)采购商对接.组织来自哈萨克斯坦、乌兹别克斯坦、沙特阿拉伯、阿联酋、波兰、匈牙利等"
           "18个国家的约120家采购商与参会企业开展一对一洽谈.", clause=True)
    t.para(FIND + "(2)政策宣讲.邀请义乌海关、中国出口信用保险公司浙江分公司、义乌市商务局等单位解读"
           "市场采购贸易方式、中欧班列(义乌)出口拼箱、出口信用保险等支持政策.", clause=True)
    t.para(FIND + "(3)产品展示.每家参会企业免费提供标准展位1个(3m×3m),展期2天.展位按报名先后顺序分配,"
           "我镇共分配40个.", clause=True)
    t.para(FIND + "3、参会条件")
    t.para(FIND + "符合以下条件的企业可报名参会:①在佛堂镇注册并纳税的工业企业或外贸企业;"
           "②2025年有出口实绩或已办理海关进出口货物收发货人备案;③近3年无重大安全生产事故和严重失信记录.",
           clause=True)
    t.para(FIND + "4、报名方式")
    t.para(FIND + "(1)报名时间.即日起至2026年3月25日17:00止,逾期不再受理.", clause=True)
    t.para(FIND + "(2)报名材料.①企业参会报名回执(由镇经济发展办公室统一提供);②企业及主要产品介绍"
           "(中英文对照,不超过2页);③营业执照复印件(加盖公章).以上材料纸质版一式两份报镇经济发展办公室"
           "(镇政府大楼3楼305室),电子版发送至fotangjfb@126.com.", clause=True)
    t.para(FIND + "(3)费用说明.展位费、布展费由主办方承担,企业参会人员交通、食宿费用自理."
           "镇财政对实际参会企业按每家1000元标准给予一次性补助,活动结束后凭参会证明统一拨付.",
           clause=True)
    t.para(FIND + "5、工作要求")
    t.para(FIND + "(1)各村(社区)要加强政策宣传,动员辖区符合条件的企业积极报名,3月20日前将本村(社区)"
           "企业摸排情况报镇经济发展办公室.", clause=True)
    t.para(FIND + "(2)参会企业要精心准备展品和推介材料,确定1名熟悉外贸业务的负责人带队,"
           "严格遵守展会各项管理规定.", clause=True)
    t.para(FIND + "联系人:镇经济发展办公室 楼佳怡,电话:0579-85761234.", clause=True)
    t.para(FIND + "特此通知.")
    t.blank()
    t.para(FIND + "附件:2026年金义片区\"一带一路\"市场对接会日程安排")
    t.blank(2)
    t.pushed_right("义乌市佛堂镇人民政府", space="\u3000", spare_chars=2)
    t.pushed_right("2026-03-12", space=" ", spare_chars=4)
    t.blank()
    t.para(FIND + "(此件公开发布)")

    t.page_break()
    t.para("附件")
    t.blank()
    t.centred("2026年金义片区\"一带一路\"市场对接会日程安排", space="\u3000")
    t.blank()
    t.tab_rows_custom(
        ["时间", "活动内容", "地点"],
        [["4月9日上午", "开幕式暨开放政策推介", "B2馆主会场"],
         ["4月9日上午", "\"一带一路\"采购商洽谈(一)", "B2馆洽谈区"],
         ["4月9日下午", "市场采购贸易政策解读", "B2馆1号会议室"],
         ["4月10日上午", "\"一带一路\"采购商洽谈(二)", "B2馆洽谈区"],
         ["4月10日下午", "出口信保及跨境结算专场", "B2馆2号会议室"]],
        stops_pt=[110, 300])
    t.blank()
    t.para("注:具体日程以主办方最终通知为准.", clause=True)

    t.save(stem)
    expected[stem] = [{
        "meta": meta(
            title="关于组织辖区企业参加2026年中国(浙江)自由贸易试验区金义片区\"一带一路\"市场对接会的通知",
            doc_number=None,
            issuer=["义乌市佛堂镇人民政府"],
            date="2026-03-12",
            level="other",
            region="义乌市佛堂镇",
            attachments=["2026年金义片区\"一带一路\"市场对接会日程安排"],
            doc_type="通知",
            recipients=["各村(社区)", "镇属各单位", "辖区各有关企业"],
            publicity="此件公开发布"),
        "clauses": t.clauses}]


# =================================================================== DOC 3
def doc_banfa():
    """瑞丽市人民政府办公室 issues a 办法: 宋体 四号, 第X条 with (1)/① inside."""
    stem = "blind1084_banfa"
    t = Typist(SONG, 14, (2.54, 2.54, 3.17, 3.17), line=1.0)
    t.footer("第 ", " 页", total=True)

    t.centred("瑞丽市人民政府办公室", bold=True)
    t.centred("瑞政办发[2026]11号", bold=False)
    t.blank()
    t.centred("瑞丽市人民政府办公室关于印发《瑞丽市边民")
    t.centred("互市商品落地加工奖补暂行办法》的通知")
    t.blank()
    t.para("各乡镇人民政府,市直各部门,姐告边境经济合作区管委会:")
    t.para(IND + "《瑞丽市边民互市商品落地加工奖补暂行办法》已经市人民政府2026年第5次常务会议研究通过,"
           "现印发给你们,请结合实际认真贯彻执行.", clause=True)
    t.para(IND + "各有关部门要按照职责分工,加强政策宣传解读,简化申报流程,确保奖补资金及时足额兑现;"
           "执行中遇到的问题,请及时向市商务局反馈.", clause=True)
    t.blank()
    t.pushed_right("瑞丽市人民政府办公室", spare_chars=2)
    t.pushed_right("2026.03.20", spare_chars=4)
    t.para(IND + "(此件主动公开)")
    t.blank()

    t.centred("瑞丽市边民互市商品落地加工奖补暂行办法")
    t.blank()

    def article(*paras):
        """an article typed as several paragraphs; key joins them with no separator"""
        for i, p in enumerate(paras):
            t.para((IND if i == 0 else IND) + p)
        t.clauses.append("".join(p.replace("\n", "") for p in paras))

    article("第一条 为推动边民互市贸易转型升级,促进互市商品在我市落地加工,培育沿边特色产业,"
            "根据国家和省关于推进边民互市贸易创新发展的有关规定,结合我市实际,制定本办法.")
    article("第二条 本办法所称落地加工企业,是指在瑞丽市(含姐告边境经济合作区)依法登记注册、"
            "具有独立法人资格,以边民互市进口商品为主要原料开展生产加工,且互市商品原料占比不低于60%的企业.")
    article("第三条 奖补资金由市财政在年度预算中统筹安排.市商务局负责项目受理和初审,市财政局负责"
            "资金审核拨付,市市场监管局、市税务局等部门按职责做好配合.")
    article("第四条 支持企业扩大加工规模.对年加工互市商品销售额达到1000万元以上的企业,按以下标准给予奖励:",
            "(1)年销售额1000万元(含)至5000万元的,按年销售额的1%给予奖励;",
            "(2)年销售额5000万元(含)以上的,按年销售额的1.5%给予奖励.",
            "单个企业年度奖励最高不超过200万元.")
    article("第五条 支持企业技术改造.对企业新购置用于互市商品加工的生产设备,单台(套)设备投资额在"
            "10万元以上的,按设备投资额的10%给予补助,单个企业年度补助最高不超过100万元.")
    # manual line break typed in the middle of a sentence
    article("第六条 支持企业租用标准厂房.对租用姐告边境经济合作区、瑞丽市工业园区标准厂房开展落地加工的\n"
            "企业,前3年按每月每平方米5元给予租金补贴,单个企业年度补贴最高不超过30万元.")
    article("第七条 降低企业物流成本.对使用互市商品在本市加工的产品,经铁路集装箱发运出省或出口的,"
            "按每标箱300元给予运费补贴,单个企业年度补贴最高不超过50万元.")
    article("第八条 稳定扩大就业.企业新招用本市户籍劳动力,签订1年以上劳动合同并依法缴纳社会保险的,"
            "按每人每年2000元给予奖励,单个企业年度奖励最高不超过20万元.")
    article("第九条 申报程序.",
            "(1)企业于每年3月31日前向市商务局提交上一年度奖补申请,并提供以下材料:①奖补申请表;"
            "②营业执照复印件;③上年度财务审计报告及纳税证明;④互市商品采购及加工台账;⑤其他证明材料.",
            "(2)市商务局会同市财政局等部门在30个工作日内完成审核,审核结果在市人民政府门户网站公示5个工作日.",
            "(3)公示无异议的,由市财政局按程序拨付奖补资金.")
    article("第十条 同一企业同一项目符合本办法和我市其他奖补政策的,按照\"就高不重复\"的原则执行,"
            "不得重复享受.各项奖补标准汇总见附件.")
    article("第十一条 企业通过弄虚作假等手段骗取奖补资金的,由市商务局会同有关部门追回已拨付资金,"
            "3年内取消其申报资格;涉嫌违法犯罪的,依法移送有关机关处理.")
    article("第十二条 本办法由市商务局负责解释.")
    article("第十三条 本办法自2026年4月1日起施行,有效期至2028年3月31日."
            "《瑞丽市边民互市商品落地加工扶持办法(试行)》(瑞政办发[2023]27号)同时废止.")
    t.blank()
    t.para(IND + "附件:瑞丽市边民互市商品落地加工奖补标准表")

    t.page_break()
    t.para("附件")
    t.blank()
    t.centred("瑞丽市边民互市商品落地加工奖补标准表")
    t.blank()
    t.tab_rows_default(
        ["序号", "奖补项目", "奖补标准", "年度上限(万元)"],
        [["1", "加工产值奖励", "年销售额的1%-1.5%", "200"],
         ["2", "设备投资补助", "设备投资额的10%", "100"],
         ["3", "厂房租金补贴", "每月每平方米5元", "30"],
         ["4", "物流运费补贴", "每标箱300元", "50"],
         ["5", "新增就业奖励", "每人每年2000元", "20"]])
    t.blank()
    t.para("注:年度上限指单个企业每个年度可享受该项奖补的最高金额.", clause=True)
    t.blank(3)
    t.para("抄送:市委办公室,市人大常委会办公室,市政协办公室,市纪委监委.")

    t.save(stem)
    expected[stem] = [{
        "meta": meta(
            title="瑞丽市人民政府办公室关于印发《瑞丽市边民互市商品落地加工奖补暂行办法》的通知",
            doc_number="瑞政办发[2026]11号",
            issuer=["瑞丽市人民政府办公室"],
            date="2026-03-20",
            level="county",
            region="瑞丽市",
            effective="2026-04-01",
            expires="2028-03-31",
            attachments=["瑞丽市边民互市商品落地加工奖补标准表"],
            doc_type="通知",
            recipients=["各乡镇人民政府", "市直各部门", "姐告边境经济合作区管委会"],
            publicity="此件主动公开",
            repeals="《瑞丽市边民互市商品落地加工扶持办法(试行)》(瑞政办发[2023]27号)"),
        "clauses": t.clauses}]


if __name__ == "__main__":
    doc_zoufang()
    doc_duijie()
    doc_banfa()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok", sorted(expected))
