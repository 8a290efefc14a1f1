# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 459 blind documents: 自贸片区 government procurement notices."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_para(p, indent=True, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def set_cell_border_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + b)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """Write text into a cell; '\n' in text becomes a soft line break."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


class Doc:
    def __init__(self, header_text=None):
        self.d = Document()
        sec = self.d.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        add_page_number(sec)
        if header_text:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
            r = hp.add_run(header_text)
            set_font(r, "宋体", 10.5)
        self.clauses = []
        self._num_abstract = None

    # plain body paragraph; clause recorded unless clause=False
    def para(self, text, clause=True, indent=True, font=FS, size=16, bold=False,
             align=None, lead=""):
        p = self.d.add_paragraph()
        fmt_para(p, indent=indent, align=align)
        if lead:  # manual leading spaces typed by hand
            r = p.add_run(lead)
            set_font(r, font, size)
        r = p.add_run(text)
        set_font(r, font, size, bold)
        if clause:
            self.clauses.append(text)
        return p

    # label run in bold followed by value
    def label(self, lab, val, clause=True, bold_label=False, font=FS):
        p = self.d.add_paragraph()
        fmt_para(p)
        r = p.add_run(lab)
        set_font(r, font, 16, bold_label)
        r = p.add_run(val)
        set_font(r, font, 16)
        if clause:
            self.clauses.append(lab + val)
        return p

    # run-in heading: bold/heiti head + text; whole thing is a clause
    def runin(self, head, text, font=HT):
        p = self.d.add_paragraph()
        fmt_para(p)
        r = p.add_run(head)
        set_font(r, font, 16, font == FS)
        r = p.add_run(text)
        set_font(r, FS, 16)
        self.clauses.append(head + text)
        return p

    def heading(self, text, font=HT, bold=False):
        p = self.d.add_paragraph()
        fmt_para(p)
        r = p.add_run(text)
        set_font(r, font, 16, bold)
        return p

    def empty(self):
        p = self.d.add_paragraph()
        fmt_para(p, indent=False)
        return p

    def soft_lines(self, lines, clause=True):
        """One paragraph, lines separated by soft line breaks (Shift+Enter)."""
        p = self.d.add_paragraph()
        fmt_para(p)
        for i, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, FS, 16)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
            if clause:
                self.clauses.append(line)
        return p

    def title(self, lines):
        p = self.d.add_paragraph()
        fmt_para(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=12)
        for i, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        return p

    def data_table(self, header, rows, merge_first_col=None, widths=None,
                   clause_rows=True):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, HT, 12)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if merge_first_col and j == 0 and i in merge_first_col.get("skip", []):
                    continue
                al = WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(t.rows[i + 1].cells[j], v, FS, 10.5, align=al)
        if merge_first_col:
            for (a, b) in merge_first_col["spans"]:
                t.cell(a + 1, 0).merge(t.cell(b + 1, 0))
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        if clause_rows:
            names = [h.replace("\n", "") for h in header]
            for row in rows:
                self.clauses.append("；".join("%s：%s" % (n, v.replace("\n", ""))
                                             for n, v in zip(names, row)))
        return t

    def box(self, head, text):
        """单格边框表格 '项目概况' box (财政部范本)."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(head)
        set_font(r, HT, 14)
        p2 = c.add_paragraph()
        fmt_para(p2, line=26)
        r = p2.add_run(text)
        set_font(r, FS, 14)
        self.clauses.append(text)
        return t

    # Word automatic numbering ("%1." decimal), separate num per list
    def _ensure_abstract(self):
        if self._num_abstract is not None:
            return
        numbering = self.d.part.numbering_part.element
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), "459")
        ml = OxmlElement("w:multiLevelType")
        ml.set(qn("w:val"), "singleLevel")
        an.append(ml)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:suff", "nothing"), ("w:lvlText", "%1."),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        self._num_abstract = "459"
        self._next_num = 4590

    def auto_list(self, items):
        self._ensure_abstract()
        numbering = self.d.part.numbering_part.element
        self._next_num += 1
        nid = str(self._next_num)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), nid)
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), self._num_abstract)
        num.append(a)
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        num.append(lo)
        numbering.append(num)
        for i, text in enumerate(items, 1):
            p = self.d.add_paragraph()
            fmt_para(p, indent=False)
            ppr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), nid)
            numpr.append(il)
            numpr.append(ni)
            ppr.insert(0, numpr)
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "0")
            ind.set(qn("w:firstLine"), "640")
            ppr.append(ind)
            r = p.add_run(text)
            set_font(r, FS, 16)
            self.clauses.append("%d.%s" % (i, text))

    def signoff_table(self, left, right, date):
        """落款 typed into a borderless two-column layout table."""
        t = self.d.add_table(rows=2, cols=2)
        set_cell_border_none(t)
        cell_text(t.cell(0, 0), left, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(0, 1), right, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1, 1), date, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.d.save(path)
        return path


# ---------------------------------------------------------------- doc 1
def doc_xiamen_zhaobiao():
    D = Doc(header_text="福建省政府采购网")
    D.title(["厦门片区跨境电商公共服务平台运营及",
             "中欧班列数据服务采购项目公开招标公告"])
    D.box("项目概况",
          "厦门片区跨境电商公共服务平台运营及中欧班列数据服务采购项目招标项目的潜在投标人应在"
          "福建省政府采购网（zfcg.czt.fujian.gov.cn）获取招标文件，并于2026年4月2日9点30分"
          "（北京时间）前递交投标文件。")
    D.empty()
    D.heading("一、项目基本情况")
    D.para("项目编号：[350200]HXZB[GK]2026007")
    D.para("项目名称：厦门片区跨境电商公共服务平台运营及中欧班列数据服务采购项目")
    D.para("采购方式：公开招标")
    D.para("预算金额：5,840,000.00元")
    D.para("最高限价（如有）：5,710,000.00元")
    D.para("采购需求：", clause=False)
    D.data_table(
        ["包号", "标的名称", "数量", "预算金额\n（元）", "最高限价\n（元）"],
        [["1", "跨境电商公共服务平台运营服务", "1项", "3,200,000.00", "3,150,000.00"],
         ["2", "中欧班列（厦门）运行数据采集与分析服务", "1项", "1,660,000.00", "1,600,000.00"],
         ["3", "厦门象屿综合保税区监管仓储信息系统运维服务", "1项", "980,000.00", "960,000.00"]],
        widths=[1.3, 6.4, 1.4, 3.2, 3.2])
    D.para("合同履行期限：自合同签订之日起12个月。")
    D.para("本项目各合同包均不接受联合体投标。")
    D.empty()
    D.heading("二、申请人的资格要求：")
    D.para("1.满足《中华人民共和国政府采购法》第二十二条规定；")
    D.para("2.落实政府采购政策需满足的资格要求：本项目合同包2、合同包3专门面向中小企业采购，"
           "投标人应为中小企业；监狱企业、残疾人福利性单位视同小型、微型企业；")
    D.para("3.本项目的特定资格要求：合同包1投标人须具有有效的增值电信业务经营许可证"
           "（业务种类含在线数据处理与交易处理业务）；合同包2、合同包3无特定资格要求；")
    D.para("4.投标人未被列入“信用中国”网站（www.creditchina.gov.cn）失信被执行人、"
           "重大税收违法失信主体名单，未被列入中国政府采购网（www.ccgp.gov.cn）"
           "政府采购严重违法失信行为记录名单。")
    D.heading("三、获取招标文件")
    D.para("时间：2026年3月10日至2026年3月17日，每天上午8:30至12:00，下午14:30至17:30"
           "（北京时间，法定节假日除外）")
    D.para("地点：福建省政府采购网（zfcg.czt.fujian.gov.cn）")
    D.para("方式：在线获取。潜在投标人应使用CA证书登录福建省政府采购网上公开信息系统，"
           "按项目下载招标文件。")
    D.para("售价：0元")
    D.heading("四、提交投标文件截止时间、开标时间和地点")
    D.para("提交投标文件截止时间：2026年4月2日9点30分（北京时间）")
    D.para("开标时间：2026年4月2日9点30分（北京时间）")
    D.para("地点：厦门市湖里区象屿路97号厦门国际航运中心D栋8层开标室"
           "（采用远程不见面开标，投标人无需到达现场）")
    D.heading("五、公告期限")
    D.para("自本公告发布之日起5个工作日。")
    D.heading("六、其他补充事宜")
    D.para("1.本项目落实节约能源、保护环境、扶持中小企业、促进残疾人就业、支持监狱企业发展等"
           "政府采购政策，具体详见招标文件。")
    D.para("2.投标保证金：本项目不收取投标保证金。")
    D.para("3.本项目实行电子化招投标。投标人应在投标截止时间前通过福建省政府采购网上公开信息系统"
           "上传加密的电子投标文件，逾期上传的投标文件，系统将拒收。")
    D.para("4.合同包1服务内容包括跨境电商公共服务平台日常运营、“9610”“9710”“9810”及“1210”"
           "业务数据对接、企业备案辅导与线上咨询服务；合同包2服务内容包括中欧班列（厦门）"
           "开行、货源、运价及通关时效数据采集、月度分析报告编制；合同包3服务内容详见招标文件"
           "第五章“采购需求”。")
    D.para("5.本公告同时在福建省政府采购网、中国（福建）自由贸易试验区厦门片区门户网站发布，"
           "其他媒介转载无效。")
    D.heading("七、联系方式")
    D.para("凡对本次招标提出询问，请按以下方式联系。")
    D.heading("1.采购人信息", font=FS, bold=True)
    D.para("名　　称：中国（福建）自由贸易试验区厦门片区管理委员会")
    D.para("地　　址：厦门市湖里区象屿路93号厦门国际航运中心C栋")
    D.para("联系方式：0592-5603817")
    D.heading("2.采购代理机构信息", font=FS, bold=True)
    D.para("名　　称：厦门海峡建设工程招标咨询有限公司")
    D.para("地　　址：厦门市思明区湖滨北路68号12层")
    D.para("联系方式：0592-5311620")
    D.heading("3.项目联系方式", font=FS, bold=True)
    D.para("项目联系人：陈工、林工")
    D.para("电　　话：0592-5311620转8012")
    D.empty()
    D.empty()
    D.signoff_table("采购人：中国（福建）自由贸易试验区厦门片区管理委员会",
                    "采购代理机构：厦门海峡建设工程招标咨询有限公司",
                    "2026年3月9日")
    stem = "blind459_xiamen_zhaobiao"
    meta = {
        "title": "厦门片区跨境电商公共服务平台运营及中欧班列数据服务采购项目公开招标公告",
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会",
                   "厦门海峡建设工程招标咨询有限公司"],
        "date": "2026-03-09",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, D, [{"meta": meta, "clauses": D.clauses}]


# ---------------------------------------------------------------- doc 2
def doc_nansha_cuoshang():
    D = Doc(header_text="广州市南沙区政府采购")
    D.title(["南沙片区2026年外商投资促进及综合保税区", "招商推介服务项目竞争性磋商公告"])
    p = D.para("项目概况：南沙片区2026年外商投资促进及综合保税区招商推介服务项目采购项目的潜在供应商"
               "应在广州公共资源交易中心网站（www.gzggzy.cn）获取采购文件，并于2026年4月24日"
               "14点30分（北京时间）前提交响应文件。", font=KT)
    D.heading("一、项目基本情况")
    D.label("项目编号：", "NSCG2026-C0318", bold_label=True)
    D.label("项目名称：", "南沙片区2026年外商投资促进及综合保税区招商推介服务项目", bold_label=True)
    D.label("采购方式：", "竞争性磋商", bold_label=True)
    D.label("预算金额：", "2,100,000.00元（合同包1：1,660,000.00元；合同包2：440,000.00元）",
            bold_label=True)
    D.label("采购需求：", "", bold_label=True, clause=False)
    D.data_table(
        ["包号", "标的名称", "数量", "最高限价\n（元）", "服务期限"],
        [["1", "外商投资促进活动策划执行服务", "1项", "1,280,000.00",
          "合同签订之日起至2026年12月31日"],
         ["1", "南沙综合保税区招商推介材料编制及多语种翻译服务", "1项", "360,000.00",
          "合同签订之日起至2026年12月31日"],
         ["2", "跨境电商及中欧班列（南沙）政策宣讲培训服务", "1项", "420,000.00",
          "合同签订之日起6个月"]],
        merge_first_col={"spans": [(0, 1)], "skip": [1]},
        widths=[1.3, 5.6, 1.4, 3.2, 4.0])
    D.label("合同履行期限：", "详见上表“服务期限”。", bold_label=True)
    D.label("本项目是否接受联合体：", "否。", bold_label=True)
    D.heading("二、申请人的资格要求：")
    D.auto_list([
        "具有独立承担民事责任的能力，在中华人民共和国境内注册的法人、其他组织或者自然人"
        "（提供营业执照或事业单位法人证书等证明文件）；",
        "具有良好的商业信誉和健全的财务会计制度；",
        "具有履行合同所必需的设备和专业技术能力；",
        "有依法缴纳税收和社会保障资金的良好记录；",
        "参加政府采购活动前三年内，在经营活动中没有重大违法记录；",
        "供应商未被列入失信被执行人、重大税收违法失信主体、政府采购严重违法失信行为记录名单"
        "（以采购代理机构于响应文件提交截止时间当天在“信用中国”网站及中国政府采购网查询结果为准）；",
        "本项目专门面向中小企业采购，供应商应为中小企业，并提供《中小企业声明函》；",
        "单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一合同项下的"
        "政府采购活动。",
    ])
    D.heading("三、获取采购文件")
    D.soft_lines([
        "时间：2026年4月13日至2026年4月20日，每天上午9:00至12:00，下午14:00至17:30"
        "（北京时间，法定节假日除外）",
        "地点：广州公共资源交易中心网站（www.gzggzy.cn）",
        "方式：供应商登录广州公共资源交易中心网站“政府采购”栏目免费下载",
        "售价：免费",
    ])
    D.heading("四、响应文件提交")
    D.para("截止时间：2026年4月24日14点30分（北京时间）")
    D.para("地点：广州公共资源交易中心南沙分中心（广州市南沙区进港大道8号南沙区政务服务中心三楼）"
           "第2开标室")
    D.heading("五、开启")
    D.para("时间：2026年4月24日14点30分（北京时间）")
    D.para("地点：同响应文件提交地点")
    D.heading("六、公告期限")
    D.para("自本公告发布之日起5个工作日。")
    D.heading("七、其他补充事宜")
    D.auto_list([
        "本项目不收取磋商保证金。",
        "供应商对磋商文件有疑问的，应于2026年4月17日17:00前以书面形式向采购代理机构提出，"
        "逾期不予受理。",
        "合同包1主要服务内容：策划执行“南沙·湾区投资推介会”境内外专场活动不少于6场，"
        "其中境外专场不少于2场，邀请外商投资企业及境外商协会代表不少于300家次；"
        "编制南沙综合保税区招商推介手册（中、英、日、韩四个语种）。",
        "合同包2主要服务内容：围绕跨境电商、中欧班列（南沙）、综合保税区保税研发与保税维修等"
        "政策，面向辖区企业开展宣讲培训不少于10期，累计培训不少于800人次。",
        "成交供应商确定后，采购人将在中国政府采购网、广东省政府采购网发布成交结果公告。",
    ])
    D.heading("八、联系方式")
    D.para("凡对本次采购提出询问，请按以下方式联系。")
    D.heading("1.采购人信息", font=FS, bold=True)
    D.label("名称：", "广州南沙经济技术开发区商务局", bold_label=True)
    D.label("地址：", "广州市南沙区凤凰大道1号", bold_label=True)
    D.label("联系方式：", "020-39078526", bold_label=True)
    D.heading("2.采购代理机构信息", font=FS, bold=True)
    D.label("名称：", "广东中穗招标代理有限公司", bold_label=True)
    D.label("地址：", "广州市天河区黄埔大道西100号富力盈泰广场A座1907室", bold_label=True)
    D.label("联系方式：", "020-38820416", bold_label=True)
    D.heading("3.项目联系方式", font=FS, bold=True)
    D.label("项目联系人：", "黄小姐、梁先生", bold_label=True)
    D.label("电话：", "020-38820416", bold_label=True)
    D.empty()
    # 附件 list, second line aligned by hand with full-width spaces
    D.para("附件：1.南沙片区2026年外商投资促进及综合保税区招商推介服务项目采购需求书",
           clause=False)
    D.para("　　　2.竞争性磋商响应文件格式", clause=False)
    D.empty()
    D.empty()
    # 落款 right-aligned with manual spaces
    D.para("广州南沙经济技术开发区商务局", clause=False, indent=False,
           lead="　" * 5)
    D.para("广东中穗招标代理有限公司", clause=False, indent=False,
           lead="　" * 7)
    D.para("2026年4月10日", clause=False, indent=False, lead="　" * 9)
    # The 项目概况 paragraph (楷体) is body text -> kept as first clause (already recorded)
    stem = "blind459_nansha_cuoshang"
    meta = {
        "title": "南沙片区2026年外商投资促进及综合保税区招商推介服务项目竞争性磋商公告",
        "doc_number": None,
        "issuer": ["广州南沙经济技术开发区商务局", "广东中穗招标代理有限公司"],
        "date": "2026-04-10",
        "published": None,
        "level": "zone",
        "region": "中国（广东）自由贸易试验区广州南沙新区片区",
        "effective": None,
        "expires": None,
        "attachments": ["南沙片区2026年外商投资促进及综合保税区招商推介服务项目采购需求书",
                        "竞争性磋商响应文件格式"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, D, [{"meta": meta, "clauses": D.clauses}]


# ---------------------------------------------------------------- doc 3
def doc_xiamen_zhongbiao():
    D = Doc(header_text="福建省政府采购网")
    D.title(["厦门片区跨境电商公共服务平台运营及",
             "中欧班列数据服务采购项目中标结果公告"])
    D.runin("一、项目编号：", "[350200]HXZB[GK]2026007")
    D.runin("二、项目名称：", "厦门片区跨境电商公共服务平台运营及中欧班列数据服务采购项目")
    D.heading("三、中标信息")
    D.data_table(
        ["包号", "供应商名称", "供应商地址", "中标金额\n（元）"],
        [["1", "厦门云港数智科技有限公司", "厦门市湖里区象屿路99号厦门国际航运中心E栋6层",
          "3,086,000.00"],
         ["2", "福建丝路通供应链研究院有限公司", "福州市鼓楼区五四路158号环球广场21层",
          "1,548,000.00"]],
        widths=[1.3, 5.0, 6.0, 3.3])
    D.para("合同包3因提交投标文件截止时间后参加投标的供应商不足三家，根据《中华人民共和国政府采购法》"
           "第三十六条规定予以废标，采购人将另行组织采购。")
    D.heading("四、主要标的信息")
    D.data_table(
        ["包号", "名称", "服务范围", "服务时间"],
        [["1", "跨境电商公共服务平台运营服务", "平台日常运营、跨境电商业务数据对接、企业备案辅导及线上咨询",
          "自合同签订之日起12个月"],
         ["2", "中欧班列（厦门）运行数据采集与分析服务", "班列开行、货源、运价及通关时效数据采集与月度分析",
          "自合同签订之日起12个月"]],
        widths=[1.3, 4.8, 6.5, 3.0])
    D.runin("五、评审专家名单：", "李明华、王佩珊、郑国栋、吴晓岚、蔡志强（采购人代表）")
    D.runin("六、代理服务收费标准及金额：",
            "参照原国家计委《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）规定的服务招标"
            "收费标准下浮20%收取，由中标人支付。合同包1：25,350.40元；合同包2：15,507.20元。")
    D.heading("七、公告期限")
    D.para("自本公告发布之日起1个工作日。")
    D.heading("八、其他补充事宜")
    D.para("1.各有关当事人对中标结果有异议的，可以在中标结果公告期限届满之日起7个工作日内，"
           "以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。")
    D.para("2.中标人应在中标通知书发出之日起30日内，按照招标文件和中标人投标文件的约定与采购人"
           "签订政府采购合同。")
    D.para("3.合同包1、合同包2中标人均为小型企业，其《中小企业声明函》随本公告一并公开。")
    D.heading("九、联系方式")
    D.para("凡对本次公告内容提出询问，请按以下方式联系。")
    D.heading("1.采购人信息", font=FS, bold=True)
    D.para("名　　称：中国（福建）自由贸易试验区厦门片区管理委员会")
    D.para("地　　址：厦门市湖里区象屿路93号厦门国际航运中心C栋")
    D.para("联系方式：0592-5603817")
    D.heading("2.采购代理机构信息", font=FS, bold=True)
    D.para("名　　称：厦门海峡建设工程招标咨询有限公司")
    D.para("地　　址：厦门市思明区湖滨北路68号12层")
    D.para("联系方式：0592-5311620")
    D.heading("3.项目联系方式", font=FS, bold=True)
    D.para("项目联系人：陈工、林工")
    D.para("电　　话：0592-5311620转8012")
    D.empty()
    D.para("附件：1.招标文件", clause=False)
    D.para("　　　2.中标供应商中小企业声明函", clause=False)
    D.empty()
    D.signoff_table("", "厦门海峡建设工程招标咨询有限公司", "2026年4月9日")
    stem = "blind459_xiamen_zhongbiao"
    meta = {
        "title": "厦门片区跨境电商公共服务平台运营及中欧班列数据服务采购项目中标结果公告",
        "doc_number": None,
        "issuer": ["厦门海峡建设工程招标咨询有限公司"],
        "date": "2026-04-09",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": ["招标文件", "中标供应商中小企业声明函"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, D, [{"meta": meta, "clauses": D.clauses}]


def main():
    expected = {}
    for fn in (doc_xiamen_zhaobiao, doc_nansha_cuoshang, doc_xiamen_zhongbiao):
        stem, D, docs = fn()
        path = D.save(stem)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_459",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
