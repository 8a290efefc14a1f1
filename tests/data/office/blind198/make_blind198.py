# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 198: Word documents typed by a hurried clerk (no template), printed to PDF by LibreOffice.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind198_hekou_notice.docx / .pdf      河口瑶族自治县商务局 通知 (河商发〔2024〕23号) on 边民互市商品落地加工;
      numbering 一. / 一、 / 三、　, （一）/ (二), 1、/ 2. / 3．, （1）/ (2); indents typed with full-width spaces;
      red rule typed as a row of ━; 附件 table whose wrapped cells were typed with w:br / extra paragraphs.
  blind198_chongzuo_fangan.docx / .pdf   崇左市人民政府口岸管理办公室 印发《2024年口岸通关效率提升工作方案》的通知
      (崇口岸发〔2024〕11号); 方案 pushed to the next page with empty paragraphs (no page break); two items
      in ONE paragraph separated by a soft break; one item split by Enter in the middle of a sentence; 版记 as a table.
  blind198_qingbaijiang_yijian.docx / .pdf 成都市青白江区人民政府办公室 实施意见 (青府办发〔2024〕9号);
      title typed over THREE short paragraphs, tab indents, soft breaks inside sentences, empty paragraphs,
      版记 in its own section (next-page section break, no page number).
  blind198_yichang_jiyao.docx / .pdf     中国（湖北）自由贸易试验区宜昌片区管理委员会 专题会议纪要 第7期;
      纪要 版头 (会议纪要 + 期号 + 编发单位/日期 line), no 落款, 出席/列席/记录 lines, 分送 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind198.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SP2 = "\u3000\u3000"        # two full-width spaces: the clerk's "indent"


# ================================================================ helpers
def fnt(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, parts="", align=None, line=None, east=FS, size=16, bold=False, color=None):
    """A paragraph as a hurried clerk types it: no indentation set, text may hold \\n (Shift+Enter → w:br)
    and \\t (w:tab).  parts: a string or a list of (text, east, bold) runs."""
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line is not None:
        pf.line_spacing = line
    if isinstance(parts, str):
        parts = [(parts, east, bold)] if parts else []
    for t, e, b in parts:
        fnt(p.add_run(t), e, size, b, color)
    return p


def empty(container, n=1, line=None):
    for _ in range(n):
        para(container, "", line=line)


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_field(p, size=14, dash="— ", dash2=" —"):
    fnt(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), ST, size)


def new_doc(footer="center", margins=(37, 35, 28, 26), normal_east=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(margins[0]), Mm(margins[1])
    s.left_margin, s.right_margin = Mm(margins[2]), Mm(margins[3])
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), normal_east)
    st.paragraph_format.space_after = Pt(0)
    if footer == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    elif footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        page_field(ep)
    elif footer == "right":
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        page_field(fp)
    return doc


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def cell_write(cell, text, east=FS, size=12, align=C, bold=False):
    """Cell text as the clerk typed it: '\\n' = Shift+Enter (w:br), '\\r' = Enter (a new paragraph in the cell)."""
    chunks = text.split("\r")
    for i, ch in enumerate(chunks):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        fnt(p.add_run(ch), east, size, bold)


def flat(t):
    """What an analyst reads from a typed paragraph: the clerk's space/tab indent dropped, soft breaks joined."""
    return t.replace("\n", "").replace("\r", "").lstrip(" \t\u3000")


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_198", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 河口瑶族自治县商务局 通知
HK_NUM = "河商发〔2024〕23号"
HK_TITLE = "河口瑶族自治县商务局关于做好2024年边民互市商品落地加工申报和监管工作的通知"
HK_TITLE_TYPED = "河口瑶族自治县商务局关于做好2024年边民\n互市商品落地加工申报和监管工作的通知"
HK_MAIN_TO = "各乡镇人民政府，县级有关部门，各有关企业："
HK_INTRO = SP2 + "为贯彻落实《云南省边民互市贸易管理办法》和州商务局关于推进边民互市贸易转型升级的工作部署，依托中国（云南）自由贸易试验区红河片区和河口口岸开放优势，进一步规范我县边民互市进口商品落地加工，\n推动“互市+加工”产业集聚发展，现将有关事项通知如下："
# (heading as typed, [(item as typed, label)])
HK_BODY = [
    ("一.申报主体和范围", [
        (SP2 + "（一）申报主体。在我县依法登记注册、具有独立法人资格、从事边民互市进口商品落地加工的企业，以及与加工企业签订收购协议的边民互助组（合作社）均可申报。", "一、（一）"),
        (SP2 + "(二)支持范围。重点支持以坚果、热带水果、木薯淀粉、中药材等边民互市进口商品为原料，在河口县边民互市落地加工园区（北山片区）和南溪镇农产品加工区开展精深加工的项目。在上述园区外加工的，不纳入本次支持范围。", "一、（二）"),
        (SP2 + "（三）加工比例要求。申报企业2024年使用边民互市进口商品作为原料的金额应占企业原料采购总额的50%以上，且原料须经河口口岸北山互市通道\n或河口公路口岸入境。", "一、（三）"),
    ]),
    ("二、申报程序", [
        (SP2 + "1、企业申报。申报企业于2024年6月30日前向所在乡镇提交申报书、营业执照复印件、互市商品收购协议及加工台账，逾期不予受理。", "二、1"),
        (SP2 + "2.乡镇初审。河口镇、南溪镇、莲花滩乡、桥头苗族壮族乡、瑶山乡、老范寨乡人民政府负责辖区内申报材料初审，于2024年7月10日前将初审意见报县商务局。", "二、2"),
        (SP2 + "3．县级审核。县商务局会同县财政局、县市场监管局和河口海关，对申报项目进行联合审核，审核结果在县人民政府门户网站公示5个工作日。", "二、3"),
    ]),
    ("三、\u3000监管要求", [
        (SP2 + "（1）台账管理。落地加工企业应建立边民互市商品收购、加工、销售台账，做到来源可溯、去向可查，台账保存期限不少于3年。", "三、（1）"),
        (SP2 + "(2)禁止原状转售。边民互市进口商品须在园区内完成加工，不得以原状转售或者运出北山片区，违者取消当年支持资格并移交有关部门依法处理。", "三、（2）"),
        (SP2 + "（3）信息报送。各加工企业每月5日前通过“边民互市贸易服务平台”报送上月加工数据；入驻中国（云南）自由贸易试验区红河片区跨境产业合作区的企业，同时抄报片区管委会。", "三、（3）"),
    ]),
    ("四、工作要求", [
        (SP2 + "各乡镇、各有关部门要高度重视，明确专人负责，严格审核把关，确保申报数据真实准确。对弄虚作假、骗取支持资金的，一经查实，追回已拨付资金，3年内不得申报。", "四、（段1）"),
        (SP2 + "本通知自2024年6月1日起执行，至2025年5月31日止。执行中如有问题，请及时与县商务局对外贸易股联系（联系人：杨春梅，电话：0873-3421156）。", "四、（段2）"),
    ]),
]
HK_ATTACH = "2024年河口县边民互市落地加工重点项目表"
HK_TABLE_HEAD_TYPED = ["序号", "项目名称", "建设\n地点", "主要原料", "责任\n单位", "计划投产\n时间"]
HK_TABLE_ROWS_TYPED = [
    ["1", "河口县坚果精深加工\n生产线项目", "北山片区\n落地加工园区", "腰果、夏威夷果", "县商务局、\n河口镇", "2024年9月"],
    ["2", "热带水果冷链分拣\r及果汁加工项目", "北山片区\n落地加工园区", "火龙果、菠萝蜜", "县商务局、\n河口镇", "2024年10月"],
    ["3", "木薯淀粉加工\n技改项目", "南溪镇农产品\n加工区", "木薯干片", "南溪镇、\n县工业信息化局", "2024年12月"],
    ["4", "中药材初加工\r及仓储项目", "南溪镇农产品\n加工区", "砂仁、草果", "南溪镇、\n县农业农村局", "2024年11月"],
    ["5", "边民互助组互市商品\n收购服务站", "桥头苗族壮族乡\n桥头村", "互市商品收购", "桥头苗族壮族乡、\n县商务局", "2024年8月"],
]
HK_CHAOSONG = "县人民政府办公室，红河州商务局，河口海关，中国（云南）自由贸易试验区红河片区管委会。"


def build_hekou():
    doc = new_doc("center")
    # 版头 typed: red bold 宋体, a row of ━ as the red rule
    empty(doc, 1)
    para(doc, "河口瑶族自治县商务局文件", C, Pt(48), ST, 34, True, RED)
    empty(doc, 2)
    para(doc, HK_NUM, C)
    para(doc, "━" * 26, C, None, ST, 16, False, RED)
    empty(doc, 1)
    para(doc, HK_TITLE_TYPED, C, Pt(34), XBZ, 21)
    empty(doc, 1)
    para(doc, HK_MAIN_TO, None, Pt(28))
    para(doc, HK_INTRO, J, Pt(28))
    for i, (head, items) in enumerate(HK_BODY):
        para(doc, SP2 + head, J, Pt(28), HT)
        if i == 2:
            empty(doc, 1, Pt(28))            # stray empty paragraph between heading and first item
        for t, _ in items:
            para(doc, t, J, Pt(28))
    empty(doc, 1, Pt(28))
    para(doc, SP2 + "附件：" + HK_ATTACH, J, Pt(28))
    empty(doc, 3, Pt(28))
    para(doc, "\u3000" * 16 + "河口瑶族自治县商务局", None, Pt(28))
    para(doc, "\u3000" * 17 + "2024年5月20日", None, Pt(28))
    empty(doc, 1, Pt(28))
    para(doc, SP2 + "（此件公开发布）", None, Pt(28))
    page_break(doc)
    para(doc, "附件", L, Pt(28), HT)
    empty(doc, 1)
    para(doc, HK_ATTACH, C, Pt(30), XBZ, 18)
    empty(doc, 1)
    tbl = doc.add_table(rows=1 + len(HK_TABLE_ROWS_TYPED), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(HK_TABLE_HEAD_TYPED):
        cell_write(tbl.rows[0].cells[j], h, HT, 12)
    for i, row in enumerate(HK_TABLE_ROWS_TYPED):
        for j, v in enumerate(row):
            cell_write(tbl.rows[i + 1].cells[j], v, FS, 12, C if j in (0, 5) else L)
    set_col_widths(tbl, [12, 36, 30, 26, 30, 22])
    empty(doc, 8)
    p = para(doc, "抄送：" + HK_CHAOSONG, L, Pt(24), FS, 14)
    pborder(p, "top", 8, "000000", 1)
    pborder(p, "bottom", 4, "000000", 1)
    p = para(doc, " 河口瑶族自治县商务局办公室" + "\u3000" * 8 + "2024年5月21日印发", L, Pt(24), FS, 14)
    pborder(p, "bottom", 8, "000000", 1)
    path = os.path.join(HERE, "blind198_hekou_notice.docx")
    doc.save(path)
    return path


# ================================================================ (b) 崇左市口岸办 工作方案
CZ_NUM = "崇口岸发〔2024〕11号"
CZ_PLAN = "崇左市2024年口岸通关效率提升工作方案"
CZ_TITLE = "崇左市人民政府口岸管理办公室关于印发《" + CZ_PLAN + "》的通知"
CZ_TITLE_TYPED = "崇左市人民政府口岸管理办公室关于印发\n《崇左市2024年口岸通关效率提升\n工作方案》的通知"
CZ_MAIN_TO = "凭祥市、宁明县、龙州县、大新县口岸管理部门，市直有关单位，驻崇各口岸查验单位："
CZ_NOTICE = "\t《崇左市2024年口岸通关效率提升工作方案》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。工作中遇到的问题，请及时向市口岸办反馈。"
CZ_INTRO = "\t为深入贯彻落实国务院关于进一步优化营商环境、提升跨境贸易便利化水平的部署，高水平建设中国（广西）自由贸易试验区崇左片区，推动面向东盟的陆路口岸高质量发展，结合我市实际，制定本方案。"
CZ_GOAL = "\t到2024年底，全市口岸进出口整体通关时间较2023年压缩10%以上；友谊关口岸货运通道日均通行能力达到2500辆次以上，\n凭祥（铁路）口岸中欧班列、中越跨境班列开行量较上年增长20%以上；全市口岸进出口货运量突破1200万吨。"
CZ_A1 = "\t1、推进友谊关口岸货运专用通道智能化改造。2024年9月底前完成友谊关口岸货运专用通道（浦寨—新清）智能卡口和自动导引车（AGV）跨境运输系统建设，实现货车“不停车、无人化”通关。（责任单位：凭祥市人民政府、友谊关海关、凭祥出入境边防检查站）"
CZ_A2 = "2.加快凭祥（铁路）口岸扩能改造。配合中国铁路南宁局集团有限公司完成凭祥站换装场二期工程，新增宽轨、准轨换装线各1条。（责任单位：凭祥市人民政府、市发展改革委）"
CZ_A3 = "3．推进爱店口岸提档升级。加快宁明县爱店口岸货运通道和查验设施建设，争取2024年内实现中药材、水果等农产品进口常态化通关。（责任单位：宁明县人民政府、爱店海关）"
CZ_A23_TYPED = "\t" + CZ_A2 + "\n\t" + CZ_A3          # two items in ONE paragraph, separated by Shift+Enter
CZ_B1 = "\t1.全面推广“提前申报”“两步申报”“两段准入”等通关模式，对东盟进口水果、坚果等鲜活农产品实施“即查即放”；在友谊关口岸、水口口岸实行24小时预约通关。（责任单位：南宁海关驻崇各隶属海关，各口岸所在县（市）人民政府）"
CZ_B2 = "\t2、推进“智慧口岸”建设。依托国际贸易“单一窗口”广西标准版，2024年底前在崇左片区实现跨境物流、通关、结算“一网通办”，推动中越跨境通关信息互联互通试点在友谊关口岸率先落地。（责任单位：市口岸办、崇左片区管委会）"
CZ_C1 = "\t1．支持中国（广西）自由贸易试验区崇左片区与凭祥综合保税区联动发展，对在凭祥综合保税区新设立的保税加工、保税物流企业，年进出口额首次突破1亿元的，给予一次性奖励30万元。（责任单位：崇左片区管委会、凭祥综合保税区管理委员会、市财政局）"
CZ_C2_PART1 = "\t2．支持龙州县水口口岸、大新县硕龙口岸开展边民互市商品落地加工试点，对在龙州县水口边民互市落地加工园区和大新县"
CZ_C2_PART2 = "硕龙边民互市落地加工园区新投产、年加工互市商品5000吨以上的企业，按照有关规定优先安排用地指标。（责任单位：龙州县人民政府、大新县人民政府、市商务局）"
CZ_D1 = "\t(1)加强组织领导。市口岸工作领导小组统筹推进方案实施，各责任单位于每月25日前向市口岸办报送工作进展，市口岸办每季度通报一次。"
CZ_D2 = "\t（2）强化要素保障。市财政每年安排口岸发展专项资金不少于2000万元，重点支持口岸基础设施建设和通关便利化改革；2024年口岸收费目录清单在崇左市人民政府门户网站和各口岸现场公示。"
CZ_D3 = "\t（3）严格考核督办。将口岸通关效率提升工作纳入市对各县（市、区）年度绩效考评，对工作推进不力的单位予以通报。"
CZ_CHAOSONG = "自治区口岸办，南宁海关，市委办，市人大办，市政府办，市政协办。"


def build_chongzuo():
    doc = new_doc("oddeven")
    para(doc, "崇左市人民政府口岸管理办公室文件", C, Pt(46), XBZ, 25, False, RED)
    empty(doc, 2)
    p = para(doc, CZ_NUM, C)
    pborder(p, "bottom", 18, "FF0000", 8)
    empty(doc, 1)
    para(doc, CZ_TITLE_TYPED, C, Pt(34), XBZ, 22)
    empty(doc, 1)
    para(doc, CZ_MAIN_TO)
    para(doc, CZ_NOTICE, J)
    empty(doc, 1)
    para(doc, "\t附件：" + CZ_PLAN)
    empty(doc, 3)
    para(doc, "\u3000" * 13 + "崇左市人民政府口岸管理办公室")
    para(doc, "\u3000" * 16 + " 2024年4月8日")
    para(doc, "\t（此件公开发布）")
    # no page break: the clerk pushes the 方案 to the next page with Enter
    empty(doc, 14)
    para(doc, "附件", L, None, HT)
    para(doc, CZ_PLAN, C, Pt(34), XBZ, 22)
    empty(doc, 1)
    para(doc, CZ_INTRO, J)
    para(doc, "\t一、工作目标", J, None, HT)
    para(doc, CZ_GOAL, J)
    para(doc, "\t二．主要任务", J, None, HT)
    para(doc, "\t（一）提升口岸基础设施水平", J, None, KT)
    para(doc, CZ_A1, J)
    para(doc, CZ_A23_TYPED, J)
    para(doc, "\t(二)优化通关监管模式", J, None, KT)
    para(doc, CZ_B1, J)
    para(doc, CZ_B2, J)
    para(doc, "\t（三）推动口岸与片区、园区联动", J, None, KT)
    para(doc, CZ_C1, J)
    para(doc, CZ_C2_PART1, J)
    para(doc, CZ_C2_PART2, J)          # Enter pressed in the middle of the sentence
    para(doc, "\t三、保障措施", J, None, HT)
    para(doc, CZ_D1, J)
    para(doc, CZ_D2, J)
    para(doc, CZ_D3, J)
    empty(doc, 4)
    # 版记 typed in a 2-row table with only horizontal rules
    tbl = doc.add_table(rows=2, cols=1)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="6" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    cell_write(tbl.rows[0].cells[0], "抄送：" + CZ_CHAOSONG, FS, 14, L)
    cell_write(tbl.rows[1].cells[0], "崇左市人民政府口岸管理办公室" + "\u3000" * 6 + "2024年4月9日印发", FS, 14, L)
    set_col_widths(tbl, [156])
    path = os.path.join(HERE, "blind198_chongzuo_fangan.docx")
    doc.save(path)
    return path


# ================================================================ (c) 青白江区政府办 实施意见
QB_NUM = "青府办发〔2024〕9号"
QB_TITLE_LINES = ["成都市青白江区人民政府办公室", "关于支持成都国际铁路港高水平开放", "推动外向型经济高质量发展的实施意见"]
QB_TITLE = "".join(QB_TITLE_LINES)
QB_MAIN_TO = "各镇人民政府、街道办事处，区级有关部门，有关单位："
QB_INTRO = "\t为深入落实共建“一带一路”倡议和成渝地区双城经济圈建设部署，加快建设中国（四川）自由贸易试验区成都青白江铁路港片区，推动成都国际铁路港高水平开放，经区政府同意，现提出如下实施意见。"
QB_GOAL = "\t坚持“港城产”一体发展，以成都国际铁路港综合保税区和铁路港口岸为核心平台，到2027年，全区外贸进出口总额突破800亿元，中欧班列（成都）年开行量稳定在4000列以上，\n集聚外向型企业500家以上。"
QB_T1 = "\t（一）提升国际班列枢纽功能。支持成都国际铁路港扩能提质，推动铁路港口岸大宗商品、整车进口业务扩量。对在青白江铁路港片区新设立的国际班列运营平台企业，给予一次性落户奖励200万元；对新开行至中亚、欧洲的国际班列线路\n并稳定运营6个月以上的，每条线路奖励50万元。"
QB_T2 = "\t（二）做强综合保税区产业。支持成都国际铁路港综合保税区发展保税维修、保税研发、跨境电商等新业态。对综保区内新引进、年进出口额首次超过5000万元的加工贸易企业，按进出口额的0.5%给予奖励，单个企业最高不超过100万元。"
QB_T3_HEAD = "\t（三）推动欧洲产业城开放合作"
QB_T3_1 = "\t1.支持欧洲产业城（弥牟镇、城厢镇）引进欧洲先进制造业项目，对实际到位外资1000万美元以上的新项目，按实际到位外资的1%给予奖励，最高不超过300万元。"
QB_T3_2 = "\t2、对在欧洲产业城建设中欧（成都）国际合作产业园的运营主体，按园区年度运营费用的30%给予补贴，\n连续支持3年。"
QB_T4 = "\t（四）发展临港特色产业。依托铁路港口岸进口肉类、进口粮食指定监管场地，在姚渡镇、清泉镇规划建设冷链食品精深加工园区，2025年底前建成冷库容量10万吨以上；支持福洪镇发展进口木材加工产业。"
QB_T5 = "\t(五)优化跨境贸易服务。推进国际贸易“单一窗口”青白江特色应用建设，2024年12月31日前在大弯街道成都国际铁路港综合服务中心设立“一站式”外贸综合服务窗口，为企业提供报关、结汇、退税、出口信保等服务。"
QB_S1 = "\t1．加强组织领导。成立由区政府主要领导任组长的推动外向型经济高质量发展工作领导小组，领导小组办公室设在区商务局。"
QB_S2 = "\t2．强化资金保障。本意见所需资金由区级财政统筹安排，与区内其他同类政策不重复享受。位于青白江铁路港片区范围内的项目，由片区管委会按现行财政体制分担50%。"
QB_S3 = "\t3．抓好政策兑现。区商务局会同区财政局制定兑现办法，每年分上、下半年两批受理申报。"
QB_END = "\t本意见自2024年11月1日起施行，有效期至2027年10月31日。此前我区出台的有关政策与本意见不一致的，以本意见为准。"
QB_CHAOSONG = "区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，成都国际铁路港经济技术开发区管委会。"


def build_qingbaijiang():
    doc = new_doc("right", normal_east=FS2)
    LS = 1.5
    para(doc, "成都市青白江区人民政府办公室文件", C, Pt(44), ST, 27, True, RED)
    empty(doc, 2)
    p = para(doc, QB_NUM, C)
    pborder(p, "bottom", 24, "FF0000", 6)
    empty(doc, 2)
    for t in QB_TITLE_LINES:                       # title typed as three short paragraphs
        para(doc, t, C, Pt(36), XBZ, 22)
    empty(doc, 1)
    para(doc, QB_MAIN_TO, L, LS)
    para(doc, QB_INTRO, J, LS)
    para(doc, "\t一、总体要求", J, LS, HT)
    para(doc, QB_GOAL, J, LS)
    para(doc, "\t二、重点任务", J, LS, HT)
    empty(doc, 1, LS)                              # stray empty paragraph
    # run-in heading: the clerk bolded （一）…。 in 楷体 and typed the text on
    for t in (QB_T1, QB_T2):
        h, rest = t.split("。", 1)
        para(doc, [(h + "。", KT, True), (rest, FS2, False)], J, LS)
    para(doc, QB_T3_HEAD, J, LS, KT, 16, True)
    para(doc, QB_T3_1, J, LS)
    para(doc, QB_T3_2, J, LS)
    for t in (QB_T4, QB_T5):
        h, rest = t.split("。", 1)
        para(doc, [(h + "。", KT, True), (rest, FS2, False)], J, LS)
    para(doc, "\t三、保障措施", J, LS, HT)
    para(doc, QB_S1, J, LS)
    para(doc, QB_S2, J, LS)
    empty(doc, 1, LS)                              # stray empty paragraph between two items
    para(doc, QB_S3, J, LS)
    para(doc, QB_END, J, LS)
    empty(doc, 3, LS)
    para(doc, "\u3000" * 12 + "成都市青白江区人民政府办公室", None, LS)
    para(doc, "\u3000" * 15 + "2024年10月15日", None, LS)
    para(doc, "\t（此件公开发布）", None, LS)
    # 版记 in its own section (next page), footer unlinked and empty
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    for p in sec.footer.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)
    empty(doc, 22)
    p = para(doc, "抄送：" + QB_CHAOSONG, L, Pt(24), FS, 14)
    pborder(p, "top", 12, "000000", 1)
    pborder(p, "bottom", 6, "000000", 1)
    p = para(doc, "成都市青白江区人民政府办公室\t\t\t2024年10月16日印发", L, Pt(24), FS, 14)
    pborder(p, "bottom", 12, "000000", 1)
    path = os.path.join(HERE, "blind198_qingbaijiang_yijian.docx")
    doc.save(path)
    return path


# ================================================================ (d) 宜昌片区管委会 会议纪要
YC_ORG = "中国（湖北）自由贸易试验区宜昌片区管理委员会"
YC_TITLE = "关于推进宜昌综合保税区高质量发展和中欧班列（宜昌）提质扩量的专题会议纪要"
YC_OPEN = "    2024年6月14日下午，片区管委会主任张建华在片区政务服务中心四楼会议室主持召开专题会议，研究推进宜昌综合保税区高质量发展和中欧班列（宜昌）提质扩量有关工作。片区管委会相关部门、宜昌高新区管委会、猇亭区人民政府、枝江市人民政府、宜昌海关、三峡物流园等单位负责同志参加会议。现将会议议定事项纪要如下："
YC_BODY = [
    ("    一、关于宜昌综合保税区二期建设", [
        ("    会议听取了片区经济发展局关于宜昌综合保税区二期建设进展的汇报。会议指出，综保区二期是片区今年的重点工程，必须确保年内封关运行。会议明确：", "一、（段）"),
        (None, None),
        ("    1、由宜昌高新区管委会牵头，2024年8月31日前完成综保区二期卡口、围网和信息化监管系统建设，9月底前向宜昌海关申请预验收。", "一、1"),
        ("    2.片区经济发展局负责对接武汉海关、湖北省商务厅，争取综保区二期2024年11月前通过正式验收。", "一、2"),
        ("    3．对在综保区二期新设立的保税维修、跨境电商企业，前三年按其实际缴纳税收地方留成部分给予全额奖励，\n由片区财政金融局拟定具体办法，7月15日前提交管委会主任办公会审议。", "一、3"),
    ]),
    ("\u3000\u3000二.关于中欧班列（宜昌）提质扩量", [
        ("\u3000\u3000会议认为，中欧班列（宜昌）自2022年开行以来运行平稳，但回程货源不足、运价偏高问题仍较突出。会议要求：", "二、（段）"),
        ("\u3000\u3000(1)猇亭区人民政府负责加快云池港铁水联运二期工程建设，推进云池港铁路专用线与焦柳铁路接轨，2024年12月底前具备开通条件。", "二、（1）"),
        ("\u3000\u3000（2）枝江市人民政府负责协调姚家港化工园区企业组织化肥、磷化工产品出口货源，力争每月稳定开行中欧班列（宜昌）2列以上。", "二、（2）"),
        ("\u3000\u3000（3）片区管委会对中欧班列（宜昌）回程班列给予每标准箱1500元运费补贴，补贴资金由片区和宜昌高新区按6∶4比例分担。", "二、（3）"),
    ]),
    ("    三、关于其他事项", [
        ("    会议同意片区政务服务中心增设“一带一路”企业服务专窗，为企业提供境外投资备案、原产地证签发和涉外法律咨询服务，所需人员由片区综合办公室统筹调剂。", "三、（段1）"),
        ("    会议要求，各牵头单位要对照议定事项，明确时间节点，每月底前将进展情况报片区综合办公室汇总，片区纪工委适时开展督办。", "三、（段2）"),
    ]),
]
YC_PRESENT = [
    "出席：张建华\u3000李志强\u3000王晓燕\u3000刘\u3000波",
    "列席：宜昌高新区管委会、猇亭区人民政府、枝江市人民政府、宜昌海关、三峡物流园有关负责同志",
    "记录：陈\u3000静",
]
YC_FENSONG = "片区管委会领导，片区各部门，宜昌高新区管委会，猇亭区人民政府，枝江市人民政府，宜昌海关。"


def build_yichang():
    doc = new_doc("center", margins=(35, 33, 27, 26))
    LS = Pt(30)
    para(doc, YC_ORG, C, Pt(36), XBZ, 20, False, RED)
    para(doc, "会\u3000议\u3000纪\u3000要", C, Pt(60), XBZ, 42, False, RED)
    empty(doc, 1)
    para(doc, "第7期", C, LS)
    p = para(doc, "宜昌片区管委会办公室" + "\u3000" * 9 + "2024年6月18日", L, LS)
    pborder(p, "bottom", 18, "FF0000", 6)
    empty(doc, 1)
    para(doc, YC_TITLE, C, Pt(34), XBZ, 20)
    empty(doc, 1)
    para(doc, YC_OPEN, J, LS)
    for head, items in YC_BODY:
        para(doc, head, J, LS, HT)
        for t, _ in items:
            if t is None:
                empty(doc, 1, LS)              # stray empty paragraph after the lead-in
            else:
                para(doc, t, J, LS)
    empty(doc, 2, LS)
    for t in YC_PRESENT:
        para(doc, "    " + t, J, LS)
    empty(doc, 6, LS)
    p = para(doc, "分送：" + YC_FENSONG, L, Pt(24), FS, 14)
    pborder(p, "top", 12, "000000", 1)
    pborder(p, "bottom", 6, "000000", 1)
    p = para(doc, "宜昌片区管委会办公室" + "\u3000" * 10 + "2024年6月18日印发", L, Pt(24), FS, 14)
    pborder(p, "bottom", 12, "000000", 1)
    path = os.path.join(HERE, "blind198_yichang_jiyao.docx")
    doc.save(path)
    return path


# ================================================================ expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (flat(h), flat(v)) for h, v in zip(header, row) if flat(v))


def expected():
    out = {}
    # ---- (a) 河口
    hk_cl = [flat(HK_INTRO)] + [flat(t) for _, items in HK_BODY for t, _ in items]
    hk_cl += [row_clause(HK_TABLE_HEAD_TYPED, r) for r in HK_TABLE_ROWS_TYPED]
    out["blind198_hekou_notice"] = [{
        "meta": {
            "title": HK_TITLE, "doc_number": HK_NUM, "issuer": ["河口瑶族自治县商务局"],
            "date": "2024-05-20", "published": "2024-05-21", "level": "county",
            "region": "云南省红河哈尼族彝族自治州河口瑶族自治县",
            "effective": "2024-06-01", "expires": "2025-05-31",
            "attachments": [HK_ATTACH], "doc_type": "通知",
            "recipients": ["各乡镇人民政府", "县级有关部门", "各有关企业"], "publicity": "此件公开发布",
        },
        "clauses": hk_cl,
        "applies_to": {
            "default": "云南省红河州河口瑶族自治县",
            "specific": {
                "一、（二）": "河口县边民互市落地加工园区（北山片区，河口镇）、南溪镇农产品加工区",
                "一、（三）": "河口口岸北山互市通道 / 河口公路口岸 (place of entry of the raw material)",
                "二、2": "河口镇、南溪镇、莲花滩乡、桥头苗族壮族乡、瑶山乡、老范寨乡 (= all 乡镇 of the county; county-wide is right too)",
                "三、（2）": "北山片区",
                "三、（3）": "second sentence: 中国（云南）自由贸易试验区红河片区跨境产业合作区; the first sentence is county-wide",
                "附件 序号1": "北山片区落地加工园区（河口镇）",
                "附件 序号2": "北山片区落地加工园区（河口镇）",
                "附件 序号3": "南溪镇（农产品加工区）",
                "附件 序号4": "南溪镇（农产品加工区）",
                "附件 序号5": "桥头苗族壮族乡桥头村",
            },
            "note": "越南 is not named; 腰果/夏威夷果 etc. are goods. 红河州 in 抄送 and 云南省 in the cited 办法 are not places of application. 红河片区 in the intro is the platform the county relies on — intro stays county-wide.",
        },
        "_note": (
            "Typed, not from a template. 版头 河口瑶族自治县商务局文件 in red bold 宋体; the red rule under the 文号 is a PARAGRAPH of 26 red ━ characters (furniture, not a clause, not part of the title); 文号 河商发〔2024〕23号 centred. "
            "Title ONE paragraph with a soft break inside the word 边民|互市商品 — joined with no space. 主送 各乡镇人民政府，县级有关部门，各有关企业： . "
            "All body paragraphs have NO paragraph indent: each starts with two typed full-width spaces (　　) — the clause text is given without them. Intro has a soft break mid-sentence (…落地加工，|推动…); 一、（三） has a soft break inside the sentence (…北山互市通道|或河口公路口岸入境). "
            "Headings typed inconsistently: 一.申报主体和范围 (ASCII dot, no space), 二、申报程序, 三、　监管要求 (full-width space after 、), 四、工作要求 — all four are level-1 headings (heading, not clause; as heading clauses tolerable low). "
            "Items: （一）/ (二) half-width / （三） under 一.; 1、/ 2. / 3． under 二、; （1）/ (2) / （3） under 三、 — (二) and (2) must be read as items like their neighbours (taken as body text glued to the previous item: high). An EMPTY paragraph sits between 三、 and its first item. "
            "四、 has two unnumbered paragraphs (two clauses). The validity sentence 本通知自2024年6月1日起执行，至2025年5月31日止 → effective 2024-06-01, expires 2025-05-31. "
            "附件说明 附件：2024年河口县边民互市落地加工重点项目表 (typed with the leading spaces); 落款 pushed right with 16/17 full-width spaces (河口瑶族自治县商务局 / 2024年5月20日) — not a clause; （此件公开发布）. "
            "After a page break: label 附件, the table title (heading), a 6-column Word table. Header cells typed with Shift+Enter where they wrap (建设|地点, 责任|单位, 计划投产|时间) → column names 建设地点 / 责任单位 / 计划投产时间. Body cells typed with Shift+Enter (北山片区|落地加工园区, 南溪镇农产品|加工区, 县商务局、|河口镇) and in rows 2 and 4 the 项目名称 cell is TWO paragraphs (热带水果冷链分拣 / 及果汁加工项目) — all joined without a space. Each row = one clause 序号：N；项目名称：…；建设地点：…；主要原料：…；责任单位：…；计划投产时间：… . "
            "版记 after the table (8 empty paragraphs): 抄送：… between rules, then 河口瑶族自治县商务局办公室 + 8 full-width spaces + 2024年5月21日印发 → published 2024-05-21. 河口海关 / 红河片区管委会 in 抄送 are organs. Deadlines 2024-06-30 / 2024-07-10 and 计划投产时间 are not document dates."
        ),
        "_pdf": {"note": "3 pages. Page 1: 版头, ━ rule, title (2 lines), 主送, body to 二、; page 2: rest of body, 附件说明, 落款 (spaces make it sit right), （此件公开发布）; page 3: 附件 table (cells wrap where the clerk broke them) and the 版记 at the foot. Footer “— N —” centred. Same expected meta and clauses."},
    }]
    # ---- (b) 崇左
    cz_cl = [flat(CZ_NOTICE), flat(CZ_INTRO), flat(CZ_GOAL), flat(CZ_A1), CZ_A2, CZ_A3, flat(CZ_B1), flat(CZ_B2), flat(CZ_C1),
             flat(CZ_C2_PART1) + CZ_C2_PART2, flat(CZ_D1), flat(CZ_D2), flat(CZ_D3)]
    out["blind198_chongzuo_fangan"] = [{
        "meta": {
            "title": CZ_TITLE, "doc_number": CZ_NUM, "issuer": ["崇左市人民政府口岸管理办公室"],
            "date": "2024-04-08", "published": "2024-04-09", "level": "municipal", "region": "广西壮族自治区崇左市",
            "effective": None, "expires": None, "attachments": [CZ_PLAN], "doc_type": "通知（印发工作方案）",
            "recipients": ["凭祥市、宁明县、龙州县、大新县口岸管理部门", "市直有关单位", "驻崇各口岸查验单位"],
            "publicity": "此件公开发布",
        },
        "clauses": cz_cl,
        "applies_to": {
            "default": "广西壮族自治区崇左市",
            "specific": {
                "一、（工作目标）": "city-wide target; names 友谊关口岸 / 凭祥（铁路）口岸 (tagging them too is fine)",
                "二、（一）1": "友谊关口岸货运专用通道（浦寨—新清），凭祥市",
                "二、（一）2": "凭祥（铁路）口岸 / 凭祥站，凭祥市",
                "二、（一）3": "爱店口岸，宁明县",
                "二、（二）1": "first half city-wide; 24小时预约通关 at 友谊关口岸（凭祥市）、水口口岸（龙州县）",
                "二、（二）2": "中国（广西）自由贸易试验区崇左片区; 友谊关口岸 (pilot)",
                "二、（三）1": "凭祥综合保税区 (with 崇左片区)",
                "二、（三）2": "龙州县水口边民互市落地加工园区、大新县硕龙边民互市落地加工园区 (水口口岸, 硕龙口岸)",
            },
            "note": "东盟 / 中越 / 越南 side (新清) do not move a clause abroad; 南宁海关 / 南宁局 are organs, not places. 各县（市、区） in 三、（3） is city-wide.",
        },
        "_note": (
            "Typed 印发通知 + 方案 as ONE document (the 方案 is the 附件; its clauses follow the notice paragraph). 版头 崇左市人民政府口岸管理办公室文件 (red), 文号 崇口岸发〔2024〕11号 with a red bottom border. Title ONE paragraph with two soft breaks (…关于印发 | 《崇左市2024年口岸通关效率提升 | 工作方案》的通知) — joined with no space. "
            "Paragraph indents are TABS (\\t) typed at the start of the paragraph, not paragraph indentation; clause text is given without the tab. "
            "落款 pushed right with full-width spaces (崇左市人民政府口岸管理办公室 / 2024年4月8日); （此件公开发布）; NO page break before the 附件: 14 empty paragraphs push label 附件 + 方案 title to the next page. "
            "方案: intro; 一、工作目标 (heading) + goal paragraph with a soft break mid-sentence (…2500辆次以上，|凭祥（铁路）口岸…); 二．主要任务 (full-width dot ．); sub-headings （一）/ (二) half-width / （三） on their own lines (headings, not clauses). "
            "Items 1、 / 2. / 3． / 1. / 2、 / 1． / 2． — the numbering style changes from item to item. Items 2. and 3． of （一） are in ONE paragraph separated by a Shift+Enter (w:br) and a tab: they are TWO clauses (2. 凭祥（铁路）口岸 and 3． 爱店口岸) — gluing 3． into 2. puts 宁明县/爱店口岸 into the 凭祥 item (high). "
            "Item （三）2． was split by Enter in the MIDDLE of a sentence (…落地加工园区和大新县 ¶ 硕龙边民互市落地加工园区新投产…): the second paragraph has no number and no indent; it is the rest of item 2． (one clause; as a separate clause: medium, content split). "
            "三、保障措施 items (1) half-width / （2） / （3）. 版记 is a 1-column table with horizontal rules only: 抄送：… / 崇左市人民政府口岸管理办公室 2024年4月9日印发 — furniture, not table rows; published 2024-04-09. "
            "No effective/expires (a 年度工作方案; 2024年底 targets, 9月底 deadlines are not validity; effective = 2024-04-08 tolerable low)."
        ),
        "_pdf": {"note": "Page 1: 版头, title (3 lines), 主送, notice, 附件说明, 落款, （此件公开发布） and the run of empty lines; the 方案 starts on page 2 (label 附件 at the top) — if the empty paragraphs spill, a few blank lines lead page 2. Footer “— N —” right on odd pages, left on even pages. The 版记 table sits after the last item. Same expected meta and clauses."},
    }]
    # ---- (c) 青白江
    def runin(t):
        return flat(t)
    qb_cl = [flat(QB_INTRO), flat(QB_GOAL), runin(QB_T1), runin(QB_T2), flat(QB_T3_1), flat(QB_T3_2), runin(QB_T4), runin(QB_T5),
             flat(QB_S1), flat(QB_S2), flat(QB_S3), flat(QB_END)]
    out["blind198_qingbaijiang_yijian"] = [{
        "meta": {
            "title": QB_TITLE, "doc_number": QB_NUM, "issuer": ["成都市青白江区人民政府办公室"],
            "date": "2024-10-15", "published": "2024-10-16", "level": "county", "region": "四川省成都市青白江区",
            "effective": "2024-11-01", "expires": "2027-10-31", "attachments": [], "doc_type": "实施意见",
            "recipients": ["各镇人民政府、街道办事处", "区级有关部门", "有关单位"], "publicity": "此件公开发布",
        },
        "clauses": qb_cl,
        "applies_to": {
            "default": "四川省成都市青白江区",
            "specific": {
                "二、（一）": "中国（四川）自由贸易试验区成都青白江铁路港片区 / 成都国际铁路港（铁路港口岸）",
                "二、（二）": "成都国际铁路港综合保税区",
                "二、（三）1": "欧洲产业城（弥牟镇、城厢镇）",
                "二、（三）2": "欧洲产业城（中欧（成都）国际合作产业园）",
                "二、（四）": "姚渡镇、清泉镇（冷链食品精深加工园区）；福洪镇（进口木材加工）",
                "二、（五）": "大弯街道（成都国际铁路港综合服务中心）",
                "三、2": "second sentence only: 青白江铁路港片区范围内的项目",
            },
            "note": "中亚、欧洲 (二、（一）) and 欧洲 in 欧洲产业城 are not places of application; 成渝地区双城经济圈 in the intro is context. The level is a 区 (county-level) document: level county.",
        },
        "_note": (
            "Typed without a template, 1.5 line spacing, Normal font 仿宋. 版头 成都市青白江区人民政府办公室文件 (red bold 宋体), 文号 青府办发〔2024〕9号 with a thick red bottom border. "
            "TITLE typed as THREE short centred paragraphs (成都市青白江区人民政府办公室 / 关于支持成都国际铁路港高水平开放 / 推动外向型经济高质量发展的实施意见) — one title, joined with no space; the first line alone (the organ name) is not the title and not a second 版头. "
            "主送; every body paragraph starts with a typed TAB (no paragraph indent). Soft breaks mid-sentence in 一、 goal (…4000列以上，|集聚…), in （一） (…国际班列线路|并稳定运营…) and in （三）2、 (…30%给予补贴，|连续支持3年。). "
            "Headings 一、总体要求 / 二、重点任务 / 三、保障措施 (黑体, own lines). An EMPTY paragraph right after 二、重点任务 and another between 三、2． and 3．. "
            "（一）（二）（四）(五) are run-in: a bold 楷体 run （一）提升国际班列枢纽功能。 then the text in the same paragraph — heading + text = ONE clause; (五) typed with half-width parentheses. （三）推动欧洲产业城开放合作 is a heading on its own line (no full stop) followed by items 1. and 2、 (labels （三）1 / （三）2). "
            "三、 items 1．2．3． ; the final unnumbered paragraph 本意见自2024年11月1日起施行，有效期至2027年10月31日 → effective 2024-11-01, expires 2027-10-31 (a clause). "
            "落款 pushed right with full-width spaces (成都市青白江区人民政府办公室 / 2024年10月15日); （此件公开发布）. Then a NEXT-PAGE SECTION BREAK: the last section has an empty footer (no page number) and holds only 22 empty paragraphs + the 版记 (抄送：… / 成都市青白江区人民政府办公室 <tabs> 2024年10月16日印发) → published 2024-10-16. 成都国际铁路港经济技术开发区管委会 in 抄送 is an organ."
        ),
        "_pdf": {"note": "The body runs over 3 pages; the 版记 is alone on the last page, which has no page number. Footer “— N —” on the right. Title printed as three centred lines. Same expected meta and clauses."},
    }]
    # ---- (d) 宜昌
    yc_cl = [flat(YC_OPEN)] + [flat(t) for _, items in YC_BODY for t, _ in items if t]
    out["blind198_yichang_jiyao"] = [{
        "meta": {
            "title": YC_TITLE, "doc_number": "第7期", "issuer": [YC_ORG],
            "date": "2024-06-18", "published": "2024-06-18", "level": "zone", "region": "湖北省宜昌市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "会议纪要",
            "recipients": [], "publicity": None,
            "meeting_date": "2024-06-14",
        },
        "clauses": yc_cl,
        "applies_to": {
            "default": "中国（湖北）自由贸易试验区宜昌片区（湖北省宜昌市）",
            "specific": {
                "一、（段）": "宜昌综合保税区（二期）",
                "一、1": "宜昌综合保税区二期；宜昌高新区",
                "一、2": "宜昌综合保税区二期",
                "一、3": "宜昌综合保税区二期",
                "二、（1）": "猇亭区（云池港）",
                "二、（2）": "枝江市（姚家港化工园区）",
                "二、（3）": "宜昌片区、宜昌高新区 (cost sharing)",
            },
            "note": "武汉海关 / 湖北省商务厅 (一、2) are organs to be approached, not places; 焦柳铁路 is a railway line. 中欧班列 does not move a clause to Europe.",
        },
        "_note": (
            "会议纪要 版头: red 中国（湖北）自由贸易试验区宜昌片区管理委员会 over a big red 会　议　纪　要 (typed with full-width spaces), 期号 第7期, then the line 宜昌片区管委会办公室 + spaces + 2024年6月18日 with a red rule under it — issuer is the 管委会 (the 办公室 only edits; [管委会, 办公室] tolerable low, the 办公室 alone medium). doc_number = 第7期 (〔2024〕第7期 / 宜昌片区会议纪要第7期 equally fine); no 文号 of the usual kind. "
            "Title one paragraph, centred, wrapping naturally (no soft break). NO 主送, NO 落款, NO 此件公开发布: date = 2024-06-18 from the header line; 2024-06-14 is the meeting date (as date: medium). "
            "Opening paragraph (meeting, chair, participants, 现将…纪要如下：) is a clause. Indents are typed: four ASCII spaces in 一、/三、 and their paragraphs, two full-width spaces in 二.. Headings 一、关于… / 二.关于… (ASCII dot) / 三、关于… (黑体, own lines; heading not clause). "
            "一、 has a lead-in paragraph (…会议明确：), an EMPTY paragraph, then items 1、 / 2. / 3． (3． has a soft break mid-sentence). 二. has a lead-in (…会议要求：) and items (1) half-width / （2） / （3）. 三、 has two unnumbered paragraphs (two clauses). "
            "出席：… / 列席：… / 记录：… after two empty paragraphs are attendance furniture (as clauses low; names are not places). 版记: 分送：… / 宜昌片区管委会办公室 2024年6月18日印发 between rules (分送 is distribution, not 主送). "
            "No effective/expires; deadlines 2024-08-31, 9月底, 2024-11, 7月15日, 2024-12 are not document dates."
        ),
        "_pdf": {"note": "2 pages; footer “— N —” centred. The 版头 block (two red lines, 第7期, 办公室/date line with red rule) heads page 1; 出席/列席/记录 and the 分送 版记 end page 2. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_hekou(), build_chongzuo(), build_qingbaijiang(), build_yichang()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
