# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 149: the numbering schemes offices really type (no Word auto-numbering).

Writes next to itself:
  blind149_sc_guide.docx / .pdf     四川自贸办 印发《企业境外投资备案办事指南（2024年版）》的通知;
      the 附件 guide has Roman Ⅰ、…Ⅶ、 sections, ①②③ conditions, A. B. C. materials with
      a) b) sub-items, 第一步/第二步/第三步 steps with 步骤1、步骤2、 inside, a run-in Ⅵ、,
      a 3-row 受理窗口 table (one row per 片区).
  blind149_zz_points.docx / .pdf    郑州市政府办公厅 印发 2024年 工作要点 (印发 text follows the 落款,
      no 附件 label); 一是…；二是… run in inside paragraphs, half-bracket 一）二）三）四）,
      items 1) 2) 3), paragraphs opening 其一，其二，其三，, and 首先，其次，再次，最后， paragraphs.
  blind149_fz_plan.docx / .pdf      福州片区管委会 印发 实施方案; body 一、（一）with ①②③ run in, a bare
      四、 with no heading; the 方案's 附件 任务清单 is a decimal outline 1 / 1.1 / 1.1.1 / 1.1.2.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind149.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16  # 三号
ER = 22  # 二号
SI = 14  # 四号
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


# ------------------------------------------------------------------ docx helpers
def fonts(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi"):
        rf.set(qn(a), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


class Builder:
    """Writes paragraphs and records, for expected.json, every clause with its label and heading path."""

    def __init__(self):
        self.doc = Document()
        self.clauses = []
        self.cite = []
        self.path = []  # list of (level, heading)
        self._setup()

    # page, styles, footer
    def _setup(self):
        d = self.doc
        s = d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.footer_distance = Mm(25)
        st = d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(SAN)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        d.settings.odd_and_even_pages_header_footer = True
        for fp, al in ((s.footer.paragraphs[0], R), (s.even_page_footer.paragraphs[0], L)):
            fp.alignment = al
            if al == R:
                fp.paragraph_format.right_indent = Pt(SI)
            else:
                fp.paragraph_format.left_indent = Pt(SI)
            self._page_field(fp)

    def _page_field(self, p):
        r = p.add_run("— ")
        fonts(r, ST, SI)
        for kind in ("begin", "instr", "separate", "text", "end"):
            rr = p.add_run()
            fonts(rr, ST, SI)
            if kind == "instr":
                el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
            elif kind == "text":
                el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
            else:
                el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
            rr._element.append(el)
        r = p.add_run(" —")
        fonts(r, ST, SI)

    def p(self, runs=(), align=J, indent=2, size=SAN, line=LINE, left=None, hanging=None):
        """runs: list of (text, font, bold) or a str (仿宋)."""
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        para = self.doc.add_paragraph()
        pf = para.paragraph_format
        if getattr(self, "_pb", False):
            pf.page_break_before = True
            self._pb = False
        para.alignment = align
        pf.line_spacing = line
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.widow_control = False
        if hanging is not None:
            pf.left_indent = Pt(size * hanging)
            pf.first_line_indent = Pt(-size * hanging)
        elif indent:
            pf.first_line_indent = Pt(size * indent)
        if left is not None:
            pf.left_indent = Pt(size * left)
        for t, f, b in runs:
            r = para.add_run(t)
            fonts(r, f, size, b)
        return para

    def blank(self, n=1):
        for _ in range(n):
            self.p("", indent=0)

    def border(self, para, side, sz, color, space=1):
        ppr = para._p.get_or_add_pPr()
        bdr = ppr.find(qn("w:pBdr"))
        if bdr is None:
            bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
            ppr.append(bdr)
        bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))

    def page_break(self):
        """Next paragraph starts a new page (page-break-before, so no empty page when page 1 is full)."""
        self._pb = True

    # 公文 furniture
    def banhead(self, lines, size=36, scale=None):
        for ln in lines:
            para = self.p("", align=C, indent=0, size=size, line=Pt(size * 1.2))
            r = para.add_run(ln)
            fonts(r, XBZ, size, color=RED)
            if scale:
                r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
        self.blank(2)

    def docnum(self, num):
        para = self.p(num, align=C, indent=0)
        self.border(para, "bottom", 18, "E60012", 8)
        self.blank(1)

    def title(self, parts, soft=True):
        if soft:
            para = self.p("", align=C, indent=0, size=ER, line=Pt(33))
            for i, t in enumerate(parts):
                r = para.add_run(t)
                fonts(r, XBZ, ER)
                if i < len(parts) - 1:
                    r.add_break()
        else:
            for t in parts:
                self.p([(t, XBZ, False)], align=C, indent=0, size=ER, line=Pt(33))
        self.blank(1)

    def signoff(self, organ, date, public=True, right=4, blanks=2):
        self.blank(blanks)
        para = self.p(organ, align=R, indent=0)
        para.paragraph_format.right_indent = Pt(SAN * right)
        para = self.p(date, align=R, indent=0)
        para.paragraph_format.right_indent = Pt(SAN * right)
        if public:
            self.blank(1)
            self.p("（此件公开发布）", align=L, indent=2)

    def banji(self, chaosong, printer, printdate, blanks=6):
        self.blank(blanks)
        para = self.p("抄送：" + chaosong, align=L, indent=0, size=SI, line=Pt(24), hanging=3)
        para.paragraph_format.left_indent = Pt(SI * 4)
        para.paragraph_format.right_indent = Pt(SI)
        self.border(para, "top", 12, "000000", 2)
        para.paragraph_format.keep_with_next = True
        para = self.p("", align=L, indent=0, size=SI, line=Pt(24), left=1)
        para.paragraph_format.right_indent = Pt(SI)
        r = para.add_run(printer)
        fonts(r, FS, SI)
        r = para.add_run("\t" + printdate + "印发")
        fonts(r, FS, SI)
        para._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
        self.border(para, "top", 4, "000000", 2)
        self.border(para, "bottom", 12, "000000", 2)

    # headings and clauses
    def heading(self, level, text, font=HT, indent=2, runin_body=None, label=None, run_in=None, bold=False, name=None):
        """A heading paragraph. With runin_body the heading and its text are one clause."""
        self.path = [(lv, h) for lv, h in self.path if lv < level] + [(level, name or text.rstrip("。：:"))]
        if runin_body is None:
            self.p([(text, font, bold)], indent=indent)
            return
        self.p([(text, font, bold), (runin_body, FS, False)], indent=indent)
        self._record(text + runin_body, label, run_in, heading_is_self=True)

    def leave(self, level):
        self.path = [(lv, h) for lv, h in self.path if lv < level]

    def clause(self, text, label=None, run_in=None, indent=2, hanging=None, left=None, head=None):
        runs = [(text, FS, False)]
        if head:  # bold run-in head typed in the same font family
            runs = [(head, FS, True), (text[len(head):], FS, False)]
        self.p(runs, indent=indent, hanging=hanging, left=left)
        self._record(text, label, run_in)

    def _record(self, text, label, run_in, heading_is_self=False):
        self.clauses.append(text)
        under = [h for _, h in self.path]
        if heading_is_self:
            under = under[:-1]
        c = {"label": label, "under": " › ".join(under) if under else None}
        if run_in:
            c["run_in"] = run_in
        self.cite.append(c)

    def table_rows(self, header, rows, widths_mm, under, labels=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        for i, row in enumerate([header] + rows):
            for j, v in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Mm(widths_mm[j])
                para = cell.paragraphs[0]
                para.alignment = C if (i == 0 or j != 1) else L
                para.paragraph_format.line_spacing = Pt(22)
                r = para.add_run(v)
                fonts(r, HT if i == 0 else FS, 12)
        for k, row in enumerate(rows):
            text = "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v.strip())
            self.clauses.append(text)
            self.cite.append({"label": labels[k] if labels else None, "under": under, "table_row": k + 1})
        return t

    def save(self, path):
        self.doc.save(path)


# ================================================================== 1. 四川 办事指南
SC_TITLE = "中国（四川）自由贸易试验区工作办公室关于印发《中国（四川）自由贸易试验区企业境外投资备案办事指南（2024年版）》的通知"
SC_GUIDE = "中国（四川）自由贸易试验区企业境外投资备案办事指南（2024年版）"
SC_NUM = "川自贸办〔2024〕14号"
SC_ROWS = [
    ["1", "成都天府新区片区", "天府新区政务服务中心B区12号窗口（成都市天府新区华阳街道正西街88号）", "028-68002317"],
    ["2", "成都青白江铁路港片区", "铁路港片区政务服务中心3号窗口（成都市青白江区香岛大道1509号）", "028-83661245"],
    ["3", "川南临港片区", "川南临港片区政务服务中心5号窗口（泸州市龙马潭区蜀泸大道三段1号）", "0830-2561078"],
]
SC_HEADER = ["序号", "片区", "受理窗口", "咨询电话"]


def build_sc():
    b = Builder()
    b.banhead(["中国（四川）自由贸易试验区工作办公室文件"], size=30, scale=72)
    b.docnum(SC_NUM)
    b.title(["中国（四川）自由贸易试验区工作办公室", "关于印发《中国（四川）自由贸易试验区", "企业境外投资备案办事指南（2024年版）》的通知"])
    b.p("成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会，各协同改革先行区所在市（州）商务主管部门：", indent=0)
    b.clause("根据《四川省人民政府关于向中国（四川）自由贸易试验区下放一批省级管理事项的决定》（川府发〔2023〕21号），企业境外投资备案（非金融类）事项自2024年8月1日起由各片区管委会实施。为规范办理流程、统一办理标准，我办制定了《中国（四川）自由贸易试验区企业境外投资备案办事指南（2024年版）》，现印发给你们，请在片区政务服务中心窗口和四川政务服务网同步公布，认真组织实施。")
    b.blank(1)
    b.p("附件：" + SC_GUIDE, indent=2, hanging=None)
    b.signoff("中国（四川）自由贸易试验区工作办公室", "2024年7月22日", right=2)
    b.page_break()
    b.p([("附件", HT, False)], align=L, indent=0)
    b.blank(1)
    b.title(["中国（四川）自由贸易试验区企业境外投资", "备案办事指南（2024年版）"])
    b.path = [(0, "附件")]
    b.heading(1, "Ⅰ、事项名称和设定依据")
    b.clause("事项名称：企业境外投资备案（非金融类）。适用于片区内注册的地方企业中方投资额3亿美元以下、且不涉及敏感国家和地区、敏感行业的境外投资。", label="事项名称")
    b.clause("设定依据：《境外投资管理办法》（商务部令2014年第3号）第六条、第九条；《四川省人民政府关于向中国（四川）自由贸易试验区下放一批省级管理事项的决定》（川府发〔2023〕21号）。", label="设定依据")
    b.heading(1, "Ⅱ、实施主体")
    b.clause("实施主体为企业注册地所在片区管委会：注册在成都天府新区片区的企业，由成都天府新区片区管委会办理；注册在成都青白江铁路港片区的企业，由成都青白江铁路港片区管委会办理；注册在川南临港片区的企业，由川南临港片区管委会办理。协同改革先行区内企业仍向所在市（州）商务主管部门申请。")
    b.heading(1, "Ⅲ、申请条件")
    b.clause("申请人应当同时符合下列条件：")
    b.clause("①在片区内依法登记注册，具有独立法人资格，成立满1年；", label="①")
    b.clause("②最近2年内无重大违法违规记录，未被列入严重失信主体名单；", label="②")
    b.clause("③境外投资项目已完成尽职调查和可行性研究，投资资金来源合法。", label="③")
    b.heading(1, "Ⅳ、申请材料")
    b.clause("A.《境外投资备案表》1份（通过境外投资管理系统在线填报后打印，加盖企业公章）；", label="A.")
    b.clause("B.企业营业执照复印件1份（加盖企业公章）；", label="B.")
    b.clause("C.投资资金来源说明1份，并按资金来源分别提供：", label="C.")
    b.path.append((2, "C."))
    b.clause("a)以自有资金投资的，提供最近一期经审计的财务报表；", label="a)", indent=4)
    b.clause("b)以境内银行贷款投资的，提供贷款银行出具的贷款意向书或授信证明。", label="b)", indent=4)
    b.heading(1, "Ⅴ、办理流程")
    b.heading(2, "第一步：", font=FS, bold=True, name="第一步：网上填报", runin_body="网上填报。申请人登录商务部业务系统统一平台，进入“境外投资管理系统”，按以下步骤填报：", label="第一步")
    b.clause("步骤1、首次办理的企业使用统一社会信用代码注册账号，并选择注册地所在片区管委会作为备案机关；", label="步骤1")
    b.clause("步骤2、在线填写《境外投资备案表》，上传本指南Ⅳ所列材料的扫描件后提交。", label="步骤2")
    b.heading(2, "第二步：", font=FS, bold=True, name="第二步：窗口受理", runin_body="窗口受理。申请人将纸质材料提交至注册地所在片区政务服务中心窗口。材料齐全、符合法定形式的，当场出具受理通知书；材料不齐全的，一次性告知需要补正的全部内容。", label="第二步")
    b.heading(2, "第三步：", font=FS, bold=True, name="第三步：审核发证", runin_body="审核发证。片区管委会按以下步骤办结：", label="第三步")
    b.clause("步骤1、片区管委会经济发展部门在受理之日起2个工作日内完成审核，对符合条件的予以备案；", label="步骤1")
    b.clause("步骤2、申请人可选择窗口领取或免费邮寄方式获取《企业境外投资证书》，证书有效期2年。", label="步骤2")
    b.heading(1, "Ⅵ、", name="Ⅵ、办理时限和收费标准", runin_body="办理时限和收费标准。法定办结时限3个工作日，承诺办结时限2个工作日；不收取任何费用。", label="Ⅵ、")
    b.heading(1, "Ⅶ、受理窗口和咨询电话")
    b.table_rows(SC_HEADER, SC_ROWS, [14, 38, 70, 32], under="附件 › Ⅶ、受理窗口和咨询电话", labels=["1", "2", "3"])
    b.leave(1)
    b.clause("本指南由中国（四川）自由贸易试验区工作办公室负责解释，自2024年8月1日起施行，有效期至2026年7月31日。")
    b.cite[-1]["under"] = "附件 (closing paragraph after the Ⅶ table; placing it under Ⅶ is tolerable)"
    b.banji("省商务厅，省发展改革委，省市场监管局，国家外汇管理局四川省分局。", "中国（四川）自由贸易试验区工作办公室", "2024年7月23日", blanks=4)
    return b


# ================================================================== 2. 郑州 工作要点
ZZ_TITLE = "郑州市人民政府办公厅关于印发郑州市2024年深度融入共建“一带一路”工作要点的通知"
ZZ_NUM = "郑政办〔2024〕19号"
ZZ_POINTS = "郑州市2024年深度融入共建“一带一路”工作要点"


def build_zz():
    b = Builder()
    b.banhead(["郑州市人民政府办公厅文件"], size=40, scale=90)
    b.docnum(ZZ_NUM)
    b.title(["郑州市人民政府办公厅", "关于印发郑州市2024年深度融入共建", "“一带一路”工作要点的通知"])
    b.p("各区县（市）人民政府，市人民政府各部门，各有关单位：", indent=0)
    b.clause("《郑州市2024年深度融入共建“一带一路”工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。各责任单位于每季度末月25日前将工作进展报送市发展改革委（市“一带一路”建设工作领导小组办公室）。")
    b.signoff("郑州市人民政府办公厅", "2024年3月12日", right=4)
    b.page_break()
    b.title(["郑州市2024年深度融入共建“一带一路”", "工作要点"], soft=False)
    b.path = [(0, ZZ_POINTS)]
    b.clause("2024年是共建“一带一路”进入高质量发展新阶段的关键之年。为深入落实省委、省政府关于推进“四路协同”的部署，加快建设郑州国际综合枢纽，制定本工作要点。")
    b.heading(1, "一、主要目标")
    b.clause("全年对共建“一带一路”国家进出口额力争增长8%以上。具体来说，一是中欧班列（中豫号）全年开行3000列以上，其中回程班列占比不低于45%；二是郑州新郑国际机场货邮吞吐量突破70万吨，国际地区货运航线达到50条；三是跨境电商进出口交易额达到1500亿元；四是铁海联运集装箱发运量达到6万标箱。",
             run_in=["一是", "二是", "三是", "四是"])
    b.heading(1, "二、重点任务")
    b.heading(2, "一）建设“空中丝绸之路”。", font=KT, runin_body="深化郑州—卢森堡“空中丝绸之路”合作。一是加密郑州至卢森堡、列日、布达佩斯全货机航班，每周航班量达到45班以上；二是支持郑州航空港经济综合实验区建设航空物流园二期，新增货站面积5万平方米；三是推进“空中丝路”电子货运平台上线运行，实现航空货运“一单到底”。（责任单位：郑州航空港区管委会、市交通运输局、郑州海关）",
              label="一）", run_in=["一是", "二是", "三是"])
    b.heading(2, "二）建设“陆上丝绸之路”。", font=KT, runin_body="加快中欧班列（郑州）集结中心建设，重点抓好以下工作：", label="二）")
    b.clause("1)稳定开行郑州至汉堡、布达佩斯、莫斯科、阿拉木图等主干线路，新开郑州至伊斯坦布尔、塔什干线路2条以上；", label="1)")
    b.clause("2)支持郑州国际陆港开发建设有限公司在郑州经开区建设国际陆港第二节点，年内建成投用多式联运监管中心；", label="2)")
    b.clause("3)推动中欧班列运贸一体化发展，培育班列货源企业30家以上，全年新增“班列+贸易”项目10个。（责任单位：郑州经开区管委会、市发展改革委、市商务局）", label="3)")
    b.heading(2, "三）建设“网上丝绸之路”。", font=KT, runin_body="深化中国（郑州）跨境电子商务综合试验区建设，推动跨境电商与本地产业带深度融合。", label="三）")
    b.clause("其一，扩大跨境电商进口。推进郑州新郑综合保税区、郑州经开综合保税区跨境电商进口业务，年内新增进口品类500个以上。", label="其一")
    b.clause("其二，建设海外仓网络。支持企业在共建“一带一路”国家新建海外仓10个以上，对新认定的市级公共海外仓给予一次性奖励50万元。", label="其二")
    b.clause("其三，发展“丝路电商”。与哈萨克斯坦、乌兹别克斯坦等国开展“丝路电商”合作，办好第八届全球跨境电子商务大会。（责任单位：市商务局、郑州海关、郑州新郑综合保税区管理局）", label="其三")
    b.heading(2, "四）建设“海上丝绸之路”。", font=KT, runin_body="推进郑州国际陆港与青岛港、连云港港、宁波舟山港合作，加密“郑州—青岛”“郑州—连云港”铁海联运班列，全年开行1200列以上，推动在郑州国际陆港设立沿海港口内陆港功能区。（责任单位：市交通运输局、郑州国际陆港开发建设有限公司）", label="四）")
    b.heading(1, "三、保障措施")
    b.clause("各区县（市）、各部门要把深度融入共建“一带一路”作为全局性工作，按照以下要求抓好落实：")
    b.clause("首先，强化统筹调度。市“一带一路”建设工作领导小组每半年召开1次全体会议，领导小组办公室按月调度重点任务进展。", label="首先")
    b.clause("其次，加大资金支持。市财政2024年安排“一带一路”建设专项资金3亿元，重点支持中欧班列、国际航线和海外仓建设。", label="其次")
    b.clause("再次，完善考核评价。将本要点任务完成情况纳入市政府年度目标考核，考核结果与专项资金分配挂钩。", label="再次")
    b.clause("最后，加强宣传引导。及时总结推广各区县（市）融入共建“一带一路”的典型经验，每季度编发工作简报1期。", label="最后")
    b.banji("市委各部门，郑州警备区，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。", "郑州市人民政府办公厅", "2024年3月13日", blanks=2)
    return b


# ================================================================== 3. 福州片区 实施方案
FZ_TITLE = "中国（福建）自由贸易试验区福州片区管理委员会关于印发《福州片区深化“丝路海运”港航贸一体化发展实施方案》的通知"
FZ_NUM = "榕自贸管〔2024〕23号"
FZ_PLAN = "福州片区深化“丝路海运”港航贸一体化发展实施方案"
FZ_LIST = "福州片区深化“丝路海运”港航贸一体化发展重点任务清单"
SP = "\u3000"  # the ideographic space offices type after a decimal number


def build_fz():
    b = Builder()
    b.banhead(["中国（福建）自由贸易试验区", "福州片区管理委员会文件"], size=34, scale=85)
    b.docnum(FZ_NUM)
    b.title(["中国（福建）自由贸易试验区福州片区", "管理委员会关于印发《福州片区深化", "“丝路海运”港航贸一体化发展", "实施方案》的通知"])
    b.p("片区各部门，马尾区、福清市有关部门，福州港务集团有限公司，各有关企业：", indent=0)
    b.clause("现将《福州片区深化“丝路海运”港航贸一体化发展实施方案》印发给你们，请认真贯彻执行。")
    b.signoff("中国（福建）自由贸易试验区福州片区管理委员会", "2024年9月18日", right=2, blanks=1)
    b.page_break()
    b.title(["福州片区深化“丝路海运”港航贸", "一体化发展实施方案"], soft=False)
    b.path = [(0, FZ_PLAN)]
    b.clause("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，落实福建省推进“丝路海运”高质量发展的工作要求，推动福州片区港口、航运、贸易一体化发展，制定本方案。")
    b.heading(1, "一、工作目标")
    b.clause("到2025年底，片区“丝路海运”港航贸一体化发展取得明显成效：①福州港“丝路海运”命名航线达到32条，其中至共建“一带一路”国家航线不少于20条；②福州港集装箱吞吐量达到420万标箱；③片区跨境贸易投资额突破800亿元。到2026年底，基本建成“丝路海运”港航贸一体化发展示范区。",
             run_in=["①", "②", "③"])
    b.heading(1, "二、重点任务")
    b.heading(2, "（一）提升港口航线能级。", font=KT, runin_body="以江阴港区为核心，拓展至东南亚、中东、非洲外贸航线，推动福州港与厦门港、宁德港集装箱航线“多港联动”。", label="（一）")
    b.heading(2, "（二）促进港航贸深度融合。", font=KT, runin_body="依托马尾区福州港国际航运服务中心，集聚航运金融、船舶交易、海事法律等高端航运服务业态。", label="（二）")
    b.heading(2, "（三）优化口岸营商环境。", font=KT, runin_body="推广“提前申报”“两步申报”等通关模式，进口、出口整体通关时间分别压缩至30小时、1小时以内。", label="（三）")
    b.heading(2, "（四）强化政策要素保障。", font=KT, runin_body="对新开辟“丝路海运”命名航线、新引进航运企业给予资金扶持。各项任务的责任单位和完成时限见附件。", label="（四）")
    b.heading(1, "三、保障措施")
    b.clause("片区管委会成立“丝路海运”港航贸一体化发展工作专班，由分管副主任任组长，片区经济发展局牵头，每季度召开1次推进会。各责任单位要于每季度结束后10日内报送任务进展情况。")
    b.heading(1, "四、", name="四、", runin_body="本方案自印发之日起实施，有效期至2026年12月31日。", label="四、")
    b.blank(1)
    b.p("附件：" + FZ_LIST, indent=2)
    b.page_break()
    b.p([("附件", HT, False)], align=L, indent=0)
    b.blank(1)
    b.title(["福州片区深化“丝路海运”港航贸一体化发展", "重点任务清单"])
    b.path = [(0, FZ_PLAN), (0.5, "附件")]

    def h1(num, text):
        b.heading(1, num + SP + text, font=HT, indent=0)

    def h2(num, text, body=None):
        if body is None:
            b.heading(2, num + SP + text, font=KT, indent=0)
        else:
            b.heading(2, num + SP + text + "。", font=KT, indent=0, runin_body=body, label=num)

    def item(num, text):
        b.clause(num + SP + text, label=num, indent=0, left=2)

    h1("1", "提升港口航线能级")
    h2("1.1", "拓展“丝路海运”航线")
    item("1.1.1", "新开通江阴港区至越南胡志明、泰国林查班、阿联酋杰贝阿里等外贸集装箱航线4条以上，其中“丝路海运”命名航线不少于3条。（责任单位：片区港航发展局、福州港务集团；完成时限：2025年6月）")
    item("1.1.2", "推动江阴港区与厦门港、宁德港开展内支线“公共驳船”运输，年内开行内支线航线2条。（责任单位：片区港航发展局；完成时限：2024年12月）")
    h2("1.2", "提升港口作业效率", "江阴港区集装箱船舶平均在港时间压缩至24小时以内。")
    item("1.2.1", "建成江阴港区智慧码头一期，新增自动化轨道吊8台。（责任单位：福州港务集团；完成时限：2025年12月）")
    item("1.2.2", "推行集装箱“船边直提”“抵港直装”模式，覆盖率达到60%以上。（责任单位：片区口岸办、马尾海关、福清海关；完成时限：2025年6月）")
    h1("2", "促进港航贸深度融合")
    h2("2.1", "集聚高端航运服务")
    item("2.1.1", "在马尾区设立福州港国际航运服务中心，引进船舶管理、船舶代理、航运经纪企业20家以上。（责任单位：片区经济发展局、马尾区人民政府；完成时限：2025年12月）")
    item("2.1.2", "支持设立航运产业基金，首期规模10亿元。（责任单位：片区金融服务局；完成时限：2025年3月）")
    h2("2.2", "发展“丝路海运+”贸易", "对经福州港进出口且使用“丝路海运”命名航线的企业，按每标准箱100元给予运费补贴，单个企业年度补贴不超过200万元。（责任单位：片区经济发展局；完成时限：长期）")
    h1("3", "优化口岸营商环境")
    item("3.1", "推进“丝路海运”电子信息平台与国际贸易“单一窗口”对接，实现船舶、货物、单证信息“一次申报、多方共享”。（责任单位：片区口岸办；完成时限：2025年6月）")
    item("3.2", "在福州保税港区开展进口货物“先放后检”试点，试点品类扩大至冻品、水果等6类。（责任单位：福州海关；完成时限：2025年12月）")
    b.banji("福州市人民政府，福州市商务局，福州市交通运输局，福州海关，马尾区人民政府，福清市人民政府。", "福州片区管委会综合办公室", "2024年9月19日", blanks=1)
    return b


# ------------------------------------------------------------------ PDF
def to_pdf(docx_path):
    prof = tempfile.mkdtemp(prefix="lo_149_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ expected.json
def expected(sc, zz, fz):
    common_pdf = {"note": "same expected metadata and clauses as the .docx; the PDF has no styles, so headings are recognisable only by their typed labels and position. Footer page numbers “— N —” alternate right (odd) / left (even) and are furniture."}
    sc_doc = {
        "meta": {
            "title": SC_TITLE,
            "doc_number": SC_NUM,
            "issuer": ["中国（四川）自由贸易试验区工作办公室"],
            "date": "2024-07-22",
            "published": "2024-07-23",
            "level": "provincial",
            "region": "四川省（中国（四川）自由贸易试验区）",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "attachments": [SC_GUIDE],
            "doc_type": "通知",
            "recipients": ["成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会", "各协同改革先行区所在市（州）商务主管部门"],
            "publicity": "此件公开发布",
        },
        "clauses": sc.clauses,
        "cite": sc.cite,
        "applies_to": {
            "default": "中国（四川）自由贸易试验区（四川省：成都天府新区片区、成都青白江铁路港片区、川南临港片区）",
            "specific": {
                "Ⅶ table row 1": "成都天府新区片区（成都市天府新区）",
                "Ⅶ table row 2": "成都青白江铁路港片区（成都市青白江区）",
                "Ⅶ table row 3": "川南临港片区（泸州市龙马潭区）",
            },
            "note": "Ⅱ、实施主体 names all three 片区 (each for its own companies) — default scope, or all three, both fine; it must not be pinned to one 片区. 敏感国家和地区 / 境外 do not place anything abroad. 商务部 / 省商务厅 are organs.",
        },
        "_note": (
            "Furniture, not clauses: red 版头 中国（四川）自由贸易试验区工作办公室文件 (one line, characters scaled 72%); 文号 line + red rule; the title (one paragraph, two soft line breaks — rejoin without stray spaces); 主送 line (→ recipients; splitting 成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会 into three 管委会 is fine); 附件说明 附件：… (→ attachments, 1 title); 落款 organ + 2024年7月22日; （此件公开发布）; the label 附件 and the guide's own title (two lines, one paragraph with a soft break); 版记 抄送：… / …2024年7月23日印发; footer “— N —”. "
            "Numbering to get right in the 附件 guide: Ⅰ、…Ⅶ、 are U+2160-block Roman numerals + 、 (section headings in 黑体; Ⅰ–Ⅴ and Ⅶ carry no text of their own → not clauses, but every clause under them must carry the heading in its path). Ⅵ、 is a RUN-IN Roman heading: ‘Ⅵ、办理时限和收费标准。法定办结时限…’ is ONE clause. Under Ⅲ the lead-in ‘申请人应当同时符合下列条件：’ is followed by ①②③ paragraphs — three separate items (merging the lead-in into ① is tolerable, low; merging ①②③ into one clause is medium). Under Ⅳ: A. B. C. (ASCII letter + ASCII dot, no space) are separate items; a) b) (half bracket) are sub-items of C. and should stand under C. (or at least under Ⅳ); merging a) b) into C. is tolerable (low) if the text is whole. Under Ⅴ: 第一步：/第二步：/第三步： have bold run-in step names (第一步：网上填报。…) — each step with its text is one clause; 步骤1、步骤2、 occur TWICE (under 第一步 and under 第三步) — the two 步骤1 must stay separate clauses under their own step (attaching the 第三步 步骤1/2 to 第一步, or losing the step in the path, is medium: an analyst citing ‘第三步步骤1’ (2个工作日审核) needs it). The 3-row table (序号/片区/受理窗口/咨询电话) → one clause per row. The closing sentence (解释/施行/有效期) gives effective 2024-08-01 and expires 2026-07-31 (also stated in the cover notice). date = 2024-07-22 (落款), published = 2024-07-23 (版记 印发); 2024-08-01 is the effective date, not the 成文日期. A reader that treats the 附件 guide as a second document (title = the guide title, same issuer/date) is tolerable."
        ),
        "_pdf": common_pdf,
    }
    zz_doc = {
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": ZZ_NUM,
            "issuer": ["郑州市人民政府办公厅"],
            "date": "2024-03-12",
            "published": "2024-03-13",
            "level": "municipal",
            "region": "河南省郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "printed_document": ZZ_POINTS,
        },
        "clauses": zz.clauses,
        "cite": zz.cite,
        "applies_to": {
            "default": "河南省郑州市",
            "specific": {
                "二、› 一）": "郑州航空港经济综合实验区（郑州新郑国际机场）",
                "二、› 二） 2)": "郑州经济技术开发区（郑州国际陆港第二节点）",
                "二、› 三） 其一": "郑州新郑综合保税区、郑州经开综合保税区",
                "二、› 四）": "郑州国际陆港（郑州经开区）",
            },
            "note": "卢森堡、列日、布达佩斯、汉堡、莫斯科、阿拉木图、伊斯坦布尔、塔什干、哈萨克斯坦、乌兹别克斯坦 are destinations/partners, not where a clause applies; 青岛港、连云港港、宁波舟山港 (四）) are partner ports in Shandong/Jiangsu/Zhejiang — placing 四） in 青岛/连云港/宁波 is wrong (medium). Whole-city default for the rest is fine. 郑州海关 is an organ.",
        },
        "_note": (
            "Furniture: red 版头 郑州市人民政府办公厅文件; 文号 line + red rule; title (one paragraph, two soft breaks); 主送; 落款 郑州市人民政府办公厅 2024年3月12日; （此件公开发布）; 版记 (抄送… / 郑州市人民政府办公厅 2024年3月13日印发). The 工作要点 itself is 印发 text that FOLLOWS the 落款 on a new page with its own title typed as two centred paragraphs (郑州市2024年深度融入共建“一带一路” / 工作要点) — there is no 附件 label and no 附件说明, so attachments = [] (listing the 要点 title as an attachment is tolerable, low); its title must not replace the notice title, and its clauses belong to this document (splitting it off as a second document with the same 文号/date is tolerable). "
            "Numbering to get right: 一、二、三、 are 黑体 section headings with no text of their own (not clauses). Under 二、 the sub-sections are typed with a HALF bracket: 一）二）三）四） (楷体 run-in heading + text = one clause; a reader that does not know ‘一）’ may glue it to the previous clause or lose the label — medium). The 主要目标 paragraph and 一） each carry RUN-IN points 一是…；二是…；三是…(；四是…) inside ONE paragraph: the paragraph is the clause; splitting at 一是/二是 is acceptable only if no text is lost and each piece keeps its heading (the sentence before 一是 must not vanish). Under 二） the items 1) 2) 3) (ASCII digit + half bracket, no space) are three separate clauses under 二、重点任务 › 二）建设“陆上丝绸之路”; the （责任单位：…） at the end of 3) covers all of 二） but is typed at the end of 3). Under 三） three paragraphs open with 其一，其二，其三， — separate clauses under 三）. Under 三、保障措施 a lead-in is followed by four paragraphs opening 首先，其次，再次，最后， — four separate clauses (labels 首先/其次/再次/最后 are a bonus; no label is fine). No effective/expires stated (a 工作要点 for 2024; expires 2024-12-31 would be an inference, tolerable). date = 2024-03-12; 2024-03-13 is the 印发 date."
        ),
        "_pdf": common_pdf,
    }
    fz_doc = {
        "meta": {
            "title": FZ_TITLE,
            "doc_number": FZ_NUM,
            "issuer": ["中国（福建）自由贸易试验区福州片区管理委员会"],
            "date": "2024-09-18",
            "published": "2024-09-19",
            "level": "municipal",
            "region": "福建省福州市（中国（福建）自由贸易试验区福州片区）",
            "effective": "2024-09-18",
            "expires": "2026-12-31",
            "attachments": [FZ_LIST],
            "doc_type": "通知",
            "recipients": ["片区各部门", "马尾区、福清市有关部门", "福州港务集团有限公司", "各有关企业"],
            "publicity": "此件公开发布",
            "printed_document": FZ_PLAN,
        },
        "clauses": fz.clauses,
        "cite": fz.cite,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区福州片区（福建省福州市）",
            "specific": {
                "二、› （一）": "江阴港区（福清市，福州保税港区）",
                "二、› （二）": "马尾区",
                "附件 1.1.1": "江阴港区（福清市）",
                "附件 1.1.2": "江阴港区（福清市）",
                "附件 1.2": "江阴港区（福清市）",
                "附件 1.2.1": "江阴港区（福清市）",
                "附件 2.1.1": "马尾区",
                "附件 3.2": "福州保税港区（福清市江阴）",
            },
            "note": "厦门港、宁德港 (（一）, 1.1.2) are partner ports in other cities of Fujian, not where the item applies (placing 1.1.2 in 厦门 is wrong, medium). 越南胡志明、泰国林查班、阿联酋杰贝阿里、东南亚、中东、非洲 are destinations. 马尾海关、福清海关、福州海关 are organs (a place read from 马尾海关 → 马尾区 is harmless). Whole-片区 default for the rest is fine.",
        },
        "_note": (
            "Furniture: two-line red 版头 (中国（福建）自由贸易试验区 / 福州片区管理委员会文件 — must not leak into title or issuer with a line break); 文号 + red rule; title (one paragraph, three soft breaks); 主送; 落款 + 2024年9月18日; （此件公开发布）; the 实施方案 title (two centred paragraphs) that follows the 落款 on a new page (印发 text, no 附件 label); the 方案's own 附件说明 ‘附件：福州片区…重点任务清单’ (→ attachments); the label 附件 and the 清单 title; 版记 (…综合办公室 2024年9月19日印发); footer “— N —”. "
            "Numbering to get right: body 一、…三、 headings; （一）–（四） run-in 楷体 headings (heading + text = one clause); 一、工作目标 carries ①②③ RUN IN inside one paragraph (one clause; splitting at ①②③ acceptable only if nothing is lost, including the closing sentence ‘到2026年底…’). ‘四、本方案自印发之日起实施，有效期至2026年12月31日。’ is a bare number with no heading text — one clause labelled 四、 (effective = 2024-09-18 by 自印发之日; expires 2026-12-31). "
            "The 附件 清单 is a DECIMAL OUTLINE typed with an ideographic space after the number: ‘1　提升港口航线能级’ / ‘2　…’ / ‘3　…’ are level-1 headings (no text, not clauses); ‘1.1　拓展“丝路海运”航线’ and ‘2.1　集聚高端航运服务’ are level-2 headings with no text (not clauses); ‘1.2　提升港口作业效率。江阴港区…24小时以内。’ and ‘2.2　发展“丝路海运+”贸易。对经福州港…’ are level-2 headings WITH their own text → clauses (1.2 has children 1.2.1/1.2.2; 2.2 has none); 1.1.1, 1.1.2, 1.2.1, 1.2.2, 2.1.1, 2.1.2 are level-3 items, and 3.1, 3.2 are level-2 items with no level-3 under them — all clauses. Each must keep its full label (1.1.1 not ‘1.’ or ‘1’, 3.1 not ‘3.’) and stand under its parents (1.1.2 under 1 › 1.1). Traps: reading ‘1.1.1’ as label ‘1.’ + text ‘1.1 …’; treating ‘3.1’/‘3.2’ as numbers rather than labels; gluing heading-only lines (1　…, 1.1　…) to the next item (tolerable, low, if the item text stays intact); the decimal headings losing their parent so that e.g. 2.1.1 is filed under 1.2. The whitespace between label and text (ideographic space) may be kept, normalised to one space, or dropped — taste. date = 2024-09-18; 2024-09-19 is the 印发 date; 2025/2026 dates are targets and deadlines, not dates of the document."
        ),
        "_pdf": common_pdf,
    }
    return {"blind149_sc_guide": [sc_doc], "blind149_zz_points": [zz_doc], "blind149_fz_plan": [fz_doc]}


def main():
    out = []
    built = {}
    for stem, fn in (("blind149_sc_guide", build_sc), ("blind149_zz_points", build_zz), ("blind149_fz_plan", build_fz)):
        b = fn()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        built[stem] = b
        out.append(path)
    for p in out:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(built["blind149_sc_guide"], built["blind149_zz_points"], built["blind149_fz_plan"]), fh, ensure_ascii=False, indent=1)
    for stem, b in built.items():
        print(stem, len(b.clauses), "clauses")


if __name__ == "__main__":
    main()
