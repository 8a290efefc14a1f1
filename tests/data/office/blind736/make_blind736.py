# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 736: 政府采购公开招标公告 (自贸片区跨境电商公共服务平台)."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fix_widths(t, widths):
    """Fixed layout + grid columns so LibreOffice honours the column widths."""
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


class Builder:
    def __init__(self, footer_style="— {} —"):
        self.d = Document()
        self.docs = []  # list of (meta, clauses)
        self.cur = None
        self._absid = 90
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
        self._footer(sec, footer_style)

    # ---------- infrastructure ----------
    def _footer(self, sec, style):
        pre, post = style.split("{}")
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(pre)
        set_run_font(r, "宋体", 14)
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        r._element.append(it)
        r = p.add_run()
        set_run_font(r, "宋体", 14)
        r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
        r = p.add_run("1")
        set_run_font(r, "宋体", 14)
        r = p.add_run()
        r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        r = p.add_run(post)
        set_run_font(r, "宋体", 14)

    def new_numbering(self):
        """Word automatic numbering '1.' with no tab, restarting per call."""
        self._absid += 1
        aid = nid = self._absid
        numbering = self.d.part.numbering_part.element
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), aid, FS)
        )
        absel = parse_xml(absxml)
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absel)
        else:
            numbering.append(absel)
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid)))
        return nid

    def start_doc(self, meta):
        self.cur = []
        self.docs.append((meta, self.cur))

    def _fmt(self, p, align=None, indent=True, line=28, before=0, after=0):
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(32)

    # ---------- content ----------
    def para(self, runs, clause=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
             font=FS, size=16, bold=False, color=None, line=28, num=None, numtext=None,
             container=None):
        """runs: str or list of (text, font, bold). Records clause text if clause."""
        if isinstance(runs, str):
            runs = [(runs, font, bold)]
        p = (container or self.d).add_paragraph()
        self._fmt(p, align, indent and num is None, line)
        for text, f, b in runs:
            r = p.add_run(text)
            set_run_font(r, f, size, b, color)
        if num is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = ppr.get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num
        if clause:
            text = "".join(t for t, _, _ in runs)
            if numtext:
                text = numtext + text
            self.cur.append(text)
        return p

    def lines(self, lines, clause=True, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True, font=FS,
              size=16, bold=False):
        """One paragraph, lines separated by soft line breaks (Shift+Enter)."""
        p = self.d.add_paragraph()
        self._fmt(p, align, indent)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, font, size, bold)
            if i < len(lines) - 1:
                r.add_break()
            if clause:
                self.cur.append(ln)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.d.add_paragraph()
            self._fmt(p, indent=False)

    def heading(self, text, font=HT, bold=False, runs=None):
        if runs is None:
            runs = [(text, font, bold)]
        return self.para(runs, clause=False, font=font, bold=bold)

    def title(self, lines, before_empty=True):
        if before_empty:
            self.empty()
        p = self.d.add_paragraph()
        self._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break()
        self.empty()

    def table(self, headers, rows, widths, size=12, clause=True):
        t = self.d.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(headers):
            c = t.cell(0, ci)
            c.width = Cm(widths[ci])
            p = c.paragraphs[0]
            self._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=20)
            set_run_font(p.add_run(h), HT, size)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                c = t.cell(ri, ci)
                c.width = Cm(widths[ci])
                p = c.paragraphs[0]
                al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                self._fmt(p, al, False, line=20)
                set_run_font(p.add_run(v), FS, size)
            if clause:
                self.cur.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        fix_widths(t, widths)
        return t

    def signoff(self, organ, date, pad_organ="", pad_date=""):
        """落款 typed with manual spaces (not a clause)."""
        self.empty()
        p = self.d.add_paragraph()
        self._fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
        set_run_font(p.add_run(organ + pad_organ), FS, 16)
        p = self.d.add_paragraph()
        self._fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
        set_run_font(p.add_run(date + pad_date), FS, 16)

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def save(self, stem):
        path = OUT / (stem + ".docx")
        self.d.save(str(path))
        return path


def meta(title, issuer, date, region, published=None, attachments=None, doc_type="公告"):
    return {
        "title": title,
        "doc_number": None,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": "zone",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


PKG_HEAD = ["包号", "标的名称", "数量", "简要技术需求", "预算（万元）"]
PKG_W = [1.4, 3.6, 1.4, 6.6, 2.6]


# ======================================================================
# 1. 福州：CCGP 网页样式，项目概况方框，Word 自动编号，软回车联系信息
# ======================================================================
def make_fuzhou():
    b = Builder()
    agency = "福建闽信招标咨询有限公司"
    title = "中国（福建）自由贸易试验区福州片区管理委员会跨境电商公共服务平台建设项目公开招标公告"
    b.start_doc(meta(title, [agency], "2026-03-10", "中国（福建）自由贸易试验区福州片区",
                     published="2026-03-10"))
    b.title([title], before_empty=False)
    # web-post chrome line under the title
    b.para("发布时间：2026-03-10 09:12　　来源：福建闽信招标咨询有限公司　　【打印】【关闭】",
           clause=False, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=10.5, font="宋体")

    # 项目概况 box: a one-cell table
    box = b.d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    p = cell.paragraphs[0]
    b._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False)
    set_run_font(p.add_run("项目概况"), HT, 16)
    b.para("跨境电商公共服务平台建设项目招标项目的潜在投标人应在福建省政府采购网（zfcg.czt.fujian.gov.cn）"
           "获取招标文件，并于2026年03月31日 09点30分（北京时间）前递交投标文件。", container=cell)
    b.empty()

    b.heading("一、项目基本情况")
    b.para("项目编号：XZFCG-2026-018")
    b.para("项目名称：中国（福建）自由贸易试验区福州片区跨境电商公共服务平台建设项目")
    b.para("采购方式：公开招标")
    b.para("预算金额：700.00万元（人民币）")
    b.para("最高限价（如有）：700.00万元（人民币）")
    b.para("采购需求：本项目分为2个包，具体如下：")
    b.table(PKG_HEAD, [
        ["1", "跨境电商公共服务平台软件开发", "1项",
         "建设通关申报、物流跟踪、跨境支付结算、统计监测等子系统，对接国际贸易“单一窗口”和海关跨境电商统一版系统",
         "486.00"],
        ["2", "平台硬件设备及政务云资源", "1批",
         "提供服务器、网络安全设备及三年政务云资源，满足网络安全等级保护三级要求", "214.00"],
        ["合计", "—", "—", "—", "700.00"],
    ], PKG_W)
    b.para("合同履行期限：包1自合同签订之日起240日历天内完成建设并通过初验，免费运维期3年；"
           "包2自合同签订之日起60日历天内完成交付。")
    b.para("本项目不接受联合体投标。")

    b.heading("二、申请人的资格要求：")
    n1 = b.new_numbering()
    b.para("满足《中华人民共和国政府采购法》第二十二条规定；", num=n1, numtext="1.")
    b.para("落实政府采购政策需满足的资格要求：本项目包2专门面向中小企业采购，供应商应出具《中小企业声明函》；"
           "监狱企业、残疾人福利性单位视同小型、微型企业；", num=n1, numtext="2.")
    b.para("本项目的特定资格要求：", num=n1, numtext="3.")
    b.para("（1）单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一合同项下的政府采购活动；")
    b.para("（2）未被列入“信用中国”网站失信被执行人、重大税收违法失信主体名单和中国政府采购网政府采购严重违法失信行为记录名单；")
    b.para("（3）为本项目提供整体设计、规范编制或者项目管理、监理、检测等服务的供应商，不得再参加本项目投标。")

    b.heading("三、获取招标文件")
    b.para("时间：2026年03月10日至2026年03月17日，每天上午08:30至12:00，下午14:30至17:30"
           "（北京时间，法定节假日除外）")
    b.para("地点：福建省政府采购网（zfcg.czt.fujian.gov.cn）")
    b.para("方式：在线获取。供应商使用CA证书登录福建省政府采购网上公开信息系统下载招标文件。")
    b.para("售价：￥0.00元（人民币）")

    b.heading("四、提交投标文件截止时间、开标时间和地点")
    b.para("2026年03月31日 09点30分（北京时间）")
    b.para("地点：福州市马尾区江滨东大道108号福建省公共资源交易中心马尾分中心开标三室（网上开标同步进行）")

    b.heading("五、公告期限")
    b.para("自本公告发布之日起5个工作日。")

    b.heading("六、其他补充事宜")
    n2 = b.new_numbering()
    b.para("本项目落实节约能源、保护环境、促进中小企业发展等政府采购政策。", num=n2, numtext="1.")
    b.para("投标人应在投标截止时间前通过福建省政府采购网上公开信息系统上传加密的电子投标文件，"
           "逾期上传的，系统将拒收。", num=n2, numtext="2.")
    b.para("供应商对招标文件有异议的，应在获取招标文件之日或者招标文件公告期限届满之日起7个工作日内，"
           "以书面形式向采购代理机构提出质疑。", num=n2, numtext="3.")
    b.para("本公告同时在中国政府采购网、福建省政府采购网发布。", num=n2, numtext="4.")

    b.heading("七、对本次招标提出询问，请按以下方式联系。")
    b.heading("1.采购人信息", font=FS)
    b.lines(["名称：中国（福建）自由贸易试验区福州片区管理委员会",
             "地址：福州市马尾区儒江西路60号",
             "联系方式：林先生，0591-83681234"])
    b.heading("2.采购代理机构信息", font=FS)
    b.lines(["名称：福建闽信招标咨询有限公司",
             "地址：福州市鼓楼区五四路158号环球广场18层",
             "联系方式：陈女士，0591-87654321"])
    b.heading("3.项目联系方式", font=FS)
    b.lines(["项目联系人：陈女士、王先生",
             "电话：0591-87654321"])

    b.signoff(agency, "2026年3月10日", pad_organ="　　", pad_date="　　　　")
    return b, "blind736_fuzhou_zhaobiao"


# ======================================================================
# 2. 郑州：代理机构红头，两行标题（软回车），手打编号，粗体 run-in 标题，落款放在无框表格
# ======================================================================
def make_zhengzhou():
    b = Builder(footer_style="- {} -")
    agency = "河南中原信达招标代理有限公司"
    purchaser = "中国（河南）自由贸易试验区郑州片区管理委员会"
    title = purchaser + "跨境电商公共服务平台升级改造项目公开招标公告"
    b.start_doc(meta(title, [agency], "2026-04-07", "中国（河南）自由贸易试验区郑州片区",
                     attachments=["中小企业声明函（格式）", "残疾人福利性单位声明函（格式）"]))
    # red letterhead of the agency, typed in the body
    p = b.d.add_paragraph()
    b._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=40)
    set_run_font(p.add_run("河南中原信达招标代理有限公司"), XBS, 26, color=RED)
    p = b.d.add_paragraph()
    b._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=12)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>'
        % nsdecls("w")))
    b.title([purchaser, "跨境电商公共服务平台升级改造项目公开招标公告"])

    b.para("河南中原信达招标代理有限公司受中国（河南）自由贸易试验区郑州片区管理委员会委托，"
           "对跨境电商公共服务平台升级改造项目进行公开招标，欢迎符合条件的供应商参加投标。现将有关事项公告如下：")
    b.empty()
    b.heading(None, runs=[("一、", HT, False), ("项目基本情况", HT, False)])
    b.para("1.项目编号：豫财招标采购-2026-315")
    b.para("2.项目名称：中国（河南）自由贸易试验区郑州片区跨境电商公共服务平台升级改造项目")
    b.para("3.采购方式：公开招标")
    b.para("4.预算金额：1260.00万元")
    b.para("5.最高限价：包1为680.00万元，包2为358.00万元，包3为200.00万元")
    b.para("6.采购需求：")
    b.table(PKG_HEAD, [
        ["1", "跨境电商综合服务平台软件升级", "1项",
         "升级“9610”“9710”“9810”“1210”全模式申报功能，新增海外仓备案、退货监管和风险预警模块，"
         "支持日峰值300万单处理能力", "700.00"],
        ["2", "中欧班列（郑州）跨境电商专列数据对接系统", "1项",
         "实现班列舱位预订、货物追踪与海关、铁路数据实时交换，对接郑州航空港综合保税区、"
         "郑州经开综合保税区辅助管理系统", "360.00"],
        ["3", "平台运营推广服务", "1年",
         "开展企业培训不少于20场次，组织线上线下招商推介活动不少于6场，提交年度运行分析报告", "200.00"],
    ], PKG_W, size=10.5)
    b.para("7.合同履行期限：包1、包2自合同签订之日起180日内完成；包3服务期一年。")
    b.para("8.本项目是否接受联合体投标：否。")
    b.para("9.是否接受进口产品：否。")
    b.empty()

    b.heading(None, runs=[("二、申请人的", HT, False), ("资格要求", HT, False)])
    b.para("1.满足《中华人民共和国政府采购法》第二十二条规定；")
    b.para("2.落实政府采购政策需满足的资格要求：包3专门面向小微企业采购；")
    b.para("3.本项目的特定资格要求：包1、包2投标人须具有有效的ISO27001信息安全管理体系认证证书；包3无。")
    b.para("4.根据《关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）要求，"
           "对列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单的供应商，拒绝其参与政府采购活动。")

    b.heading("三、获取招标文件")
    b.para("1.时间：2026年4月7日至2026年4月14日（北京时间，法定节假日除外）")
    b.para("2.地点：郑州市公共资源交易中心网站（http://zzggzy.zhengzhou.gov.cn）")
    b.para("3.方式：供应商持CA数字证书登录郑州市公共资源交易中心网站下载招标文件")
    b.para("4.售价：0元")

    b.heading("四、提交投标文件截止时间、开标时间和地点")
    b.para("1.提交投标文件截止时间：2026年4月28日9时30分（北京时间）")
    b.para("2.开标时间：同投标截止时间")
    b.para("3.地点：郑州市公共资源交易中心（郑州市郑东新区综合服务中心B区）开标室（具体见电子显示屏）")

    b.heading("五、公告期限")
    b.para("自本公告发布之日起5个工作日。")

    b.heading("六、其他补充事宜")
    b.para([("（一）关于中小企业政策。", KT, True),
            ("本项目对小型和微型企业产品的价格给予10%的扣除，用扣除后的价格参与评审。", FS, False)])
    b.para([("（二）关于电子投标。", KT, True),
            ("本项目实行全流程电子化交易，投标人应在投标截止时间前将加密的电子投标文件上传至郑州市公共资源交易中心"
             "电子交易平台，逾期上传的电子投标文件将被拒收。", FS, False)])
    b.para([("（三）关于信用查询。", KT, True),
            ("采购人或采购代理机构将于投标截止时间后通过“信用中国”网站和中国政府采购网查询投标人信用记录，"
             "查询结果以开标当日截图为准。", FS, False)])
    b.para([("（四）关于质疑。", KT, True),
            ("供应商认为招标文件使其权益受到损害的，可以在获取招标文件之日或者招标文件公告期限届满之日起7个工作日内，"
             "以书面形式向采购人、采购代理机构提出质疑。", FS, False)])

    b.heading("七、对本次招标提出询问，请按以下方式联系。")
    b.heading("1.采购人信息", font=FS)
    b.para("名称：中国（河南）自由贸易试验区郑州片区管理委员会")
    b.para("地址：郑州市郑东新区商务外环路20号")
    b.para("联系方式：赵先生　0371-65501234")
    b.heading("2.采购代理机构信息", font=FS)
    b.para("名称：河南中原信达招标代理有限公司")
    b.para("地址：郑州市金水区农业路东28号中州国际大厦15层")
    b.para("联系方式：孙女士　0371-63981234")
    b.heading("3.项目联系方式", font=FS)
    b.para("项目联系人：孙女士")
    b.para("电话：0371-63981234")
    b.para("特此公告。")
    b.empty()
    # 附件 list with manual space alignment (not clauses)
    b.para("附件：1.中小企业声明函（格式）", clause=False)
    b.para("　　　2.残疾人福利性单位声明函（格式）", clause=False)
    b.empty()
    # 落款 in a borderless layout table
    t = b.d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, txt in enumerate([agency, "2026年4月7日"]):
        t.cell(ri, 0).width = Cm(7)
        t.cell(ri, 1).width = Cm(8.6)
        p = t.cell(ri, 1).paragraphs[0]
        b._fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False)
        set_run_font(p.add_run(txt), FS, 16)
    fix_widths(t, [6.0, 9.6])
    return b, "blind736_zhengzhou_zhaobiao"


# ======================================================================
# 3. 青岛：一份文件两份公告（招标公告 + 更正公告），仿宋加粗标题，“1、”手打编号，软回车字段
# ======================================================================
def contacts_qd(b):
    b.heading("1.采购人信息", font=FS, bold=True)
    b.para("名称：中国（山东）自由贸易试验区青岛片区管理委员会")
    b.para("地址：青岛市黄岛区前湾港路567号")
    b.para("联系方式：0532-86881234")
    b.heading("2.采购代理机构信息", font=FS, bold=True)
    b.para("名称：青岛鲁海招标代理有限公司")
    b.para("地址：青岛市市南区香港中路76号颐和国际大厦A座20层")
    b.para("联系方式：0532-85901234")
    b.heading("3.项目联系方式", font=FS, bold=True)
    b.para("项目联系人：刘工")
    b.para("电话：0532-85901234")


def make_qingdao():
    b = Builder()
    agency = "青岛鲁海招标代理有限公司"
    region = "中国（山东）自由贸易试验区青岛片区"
    purchaser = "中国（山东）自由贸易试验区青岛片区管理委员会"
    proj = "跨境电商公共服务平台（二期）建设项目"
    t1 = purchaser + proj + "公开招标公告"
    b.start_doc(meta(t1, [agency], "2026-05-11", region))
    b.title([t1], before_empty=False)

    b.heading("项目概况", font=FS, bold=True)
    b.para("跨境电商公共服务平台（二期）建设项目的潜在投标人应在青岛市公共资源交易电子服务系统获取招标文件，"
           "并于2026年6月2日9点30分（北京时间）前递交投标文件。")
    b.heading("一、项目基本情况", font=FS, bold=True)
    b.para("项目编号：SDGP370200000202605000123")
    b.para("项目编号（代理机构内部编号）：QDLH-2026-Z018")
    b.para("项目名称：中国（山东）自由贸易试验区青岛片区跨境电商公共服务平台（二期）建设项目")
    b.para("预算金额：980.00万元")
    b.para("最高限价：980.00万元")
    b.para("采购需求：本项目共2个包，详见下表。")
    b.table(PKG_HEAD, [
        ["1", "跨境电商公共服务平台（二期）软件", "1套",
         "新增跨境电商B2B出口监管、海外仓数据服务、跨境物流公共信息服务等功能模块，"
         "实现与青岛前湾综合保税区、青岛胶州湾综合保税区辅助管理系统数据互通", "720.00"],
        ["2", "数据中心扩容及安全防护设备", "1批",
         "存储扩容不少于500TB，配置下一代防火墙、数据库审计、日志审计等安全设备", "260.00"],
    ], PKG_W)
    b.para("合同履行期限：自合同签订之日起10个月。")
    b.para("本项目不接受联合体投标。")

    b.heading("二、申请人的资格要求", font=FS, bold=True)
    b.para("1、满足《中华人民共和国政府采购法》第二十二条规定；")
    b.para("2、落实政府采购政策需满足的资格要求：无；")
    b.para("3、本项目的特定资格要求：包2投标人须为所投网络安全设备的制造商或取得制造商授权的代理商。")

    b.heading("三、获取招标文件", font=FS, bold=True)
    b.lines(["时间：2026年5月11日至2026年5月18日，每天上午9:00至11:30，下午13:30至17:00（北京时间，法定节假日除外）",
             "地点：青岛市公共资源交易电子服务系统",
             "方式：网上下载",
             "售价：0元"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    b.heading("四、提交投标文件截止时间、开标时间和地点", font=FS, bold=True)
    b.lines(["2026年6月2日9点30分（北京时间）",
             "地点：青岛市公共资源交易中心（青岛市市北区敦化路309号）开标室（具体以现场安排为准）"])

    b.heading("五、公告期限", font=FS, bold=True)
    b.para("自本公告发布之日起5个工作日。")

    b.heading("六、其他补充事宜", font=FS, bold=True)
    b.para("1、本项目执行促进中小企业发展、支持监狱企业发展、促进残疾人就业等政府采购政策。")
    b.para("2、本项目采用电子招标投标方式，投标人须提前办理CA数字证书。")
    b.para("3、本项目采购需求已于2026年4月28日在青岛市政府采购网进行需求公开。")

    b.heading("七、对本次招标提出询问，请按以下方式联系。", font=FS, bold=True)
    contacts_qd(b)
    b.signoff(agency, "2026年5月11日", pad_organ="　", pad_date="　　　")

    # ---------------- 更正公告 ----------------
    b.page_break()
    t2 = purchaser + proj + "更正公告"
    b.start_doc(meta(t2, [agency], "2026-05-20", region))
    b.title([t2], before_empty=False)
    b.heading("一、项目基本情况", font=FS, bold=True)
    b.para("原公告的采购项目编号：SDGP370200000202605000123")
    b.para("原公告的采购项目名称：中国（山东）自由贸易试验区青岛片区跨境电商公共服务平台（二期）建设项目")
    b.para("首次公告日期：2026年5月11日")
    b.heading("二、更正信息", font=FS, bold=True)
    b.para("更正事项：采购公告、采购文件")
    b.para("更正内容：对原招标公告及招标文件作如下更正：")
    b.table(["序号", "更正项", "原内容", "更正后内容"], [
        ["1", "提交投标文件截止时间及开标时间", "2026年6月2日9点30分", "2026年6月9日9点30分"],
        ["2", "包2存储扩容要求", "存储扩容不少于500TB", "存储扩容不少于300TB，并预留扩展至500TB的能力"],
        ["3", "投标有效期", "投标截止之日起60日", "投标截止之日起90日"],
    ], [1.2, 4.4, 4.4, 5.6])
    b.para("更正日期：2026年5月20日")
    b.heading("三、其他补充事宜", font=FS, bold=True)
    b.para("1、除上述更正内容外，原公告及招标文件其他内容不变。")
    b.para("2、已获取招标文件的供应商请自行登录青岛市公共资源交易电子服务系统下载更正后的招标文件，"
           "因未及时下载造成的后果由供应商自行承担。")
    b.heading("四、凡对本次公告内容提出询问，请按以下方式联系。", font=FS, bold=True)
    contacts_qd(b)
    b.signoff(agency, "2026年5月20日", pad_organ="　", pad_date="　　　")
    return b, "blind736_qingdao_zhaobiao"


def main():
    expected = {}
    for fn in (make_fuzhou, make_zhengzhou, make_qingdao):
        b, stem = fn()
        path = b.save(stem)
        expected[stem] = [dict(meta=m, clauses=c) for m, c in b.docs]
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_736", "--headless",
                        "--convert-to", "pdf", "--outdir", str(OUT), str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(OUT / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
