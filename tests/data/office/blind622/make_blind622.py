# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 622: Yanbian Korean-Chinese bilingual notice + Hunchun bilingual 公告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
KR = "Batang"          # Korean typeface as set in the office template
KRB = "Dotum"
RED = RGBColor(0xE6, 0x00, 0x12)


# ----------------------------------------------------------------- helpers
def font(run, name, size=16, bold=False, color=None):
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
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28,
         before=0, after=0):
    """parts: list of (text, fontname, size, bold) ; text '\n' => soft break"""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for part in parts:
        text, fn, sz, b = part[:4]
        col = part[4] if len(part) > 4 else None
        if text == "\n":
            r = p.add_run()
            r.add_break()
            continue
        font(p.add_run(text), fn, sz, b, col)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, False, line)


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if not on:
            continue
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    font(r, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None),
                       (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._r.append(t)
    font(fp.add_run(" —"), "宋体", 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    p = cell.paragraphs[0]
    fmt(p, align, False, line)
    for part in parts:
        text, fn, sz, b = part
        if text == "\n":
            p.add_run().add_break()
            continue
        font(p.add_run(text), fn, sz, b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_622", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


def split_runin(cn):
    """return (numbering+heading, rest) for run-in headings like （一）XXX。rest"""
    i = cn.index("。")
    return cn[: i + 1], cn[i + 1:]


# =================================================================== FILE 1
# 延边州商务局 / 珲春市人民政府 联合通知 — 조선문 먼저, 한문 뒤
F1 = "blind622_yanbian_tongzhi"

T1_KR = ("연변조선족자치주상무국 훈춘시인민정부", "중로조 변경호시무역구 운영관리를 진일보 규범화하고 "
         "변민호시무역의 질적발전을 추동할데 관한 통지")
T1_CN = ("延边朝鲜族自治州商务局 珲春市人民政府",
         "关于进一步规范中俄朝边境互市贸易区运营管理",
         "推动边民互市贸易高质量发展的通知")
TITLE1 = ("延边朝鲜族自治州商务局 珲春市人民政府关于进一步规范中俄朝边境互市贸易区"
          "运营管理推动边民互市贸易高质量发展的通知")

# entries: (kind, korean, chinese)
#  kind: 'h1' standalone heading (not clause); 'p' plain para; 'r' run-in (kaiti bold);
#        'i' numbered item (plain); 'sb' Korean + soft break + Chinese in ONE paragraph
BODY1 = [
    ("p",
     "《국무원판공청 변경무역의 혁신발전을 촉진할데 관한 지도의견》과 《변민호시무역관리방법》을 "
     "깊이 있게 관철, 실행하고 중로조 변경호시무역구(이하 호시무역구로 략칭)의 운영관리를 진일보 "
     "규범화하며 호시상품의 현지가공을 확대하고 변민호시무역의 질적발전을 추동하여 연변주가 "
     "\u201c일대일로\u201d 공동건설과 중몽로경제회랑 건설에 더욱 잘 융합되도록 하기 위하여 연구를 거쳐 "
     "관련 사항을 아래와 같이 통지한다.",
     "为深入贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》和《边民互市贸易管理办法》，"
     "进一步规范中俄朝边境互市贸易区（以下简称互市贸易区）运营管理，扩大互市商品落地加工，"
     "推动边民互市贸易高质量发展，助力延边州更好融入共建\u201c一带一路\u201d和中蒙俄经济走廊建设，"
     "经研究，现就有关事项通知如下。"),
    ("h1", "1. 총체적요구", "一、总体要求"),
    ("p",
     "습근평 새시대 중국특색 사회주의사상을 지도로 하고 \u201c정부인도, 시장운영, 변민참여, 규범관리\u201d "
     "원칙을 견지하며 훈춘중로호시무역구와 권하중조변민호시점을 중점으로 호시거래, 감독관리, 결산, "
     "현지가공 전반 사슬의 관리를 완비한다. 2027년말까지 전 주 변민호시무역액이 30억원에 달하도록 "
     "노력하고 호시상품 현지가공률을 60% 이상으로 제고하며 호시상품 현지가공기업을 20개 이상 육성한다.",
     "以习近平新时代中国特色社会主义思想为指导，坚持\u201c政府引导、市场运作、边民参与、规范管理\u201d原则，"
     "以珲春中俄互市贸易区和圈河中朝边民互市点为重点，完善互市交易、监管、结算、落地加工全链条管理。"
     "到2027年底，全州边民互市贸易额力争达到30亿元，互市商品落地加工率提高到60%以上，"
     "培育互市商品落地加工企业20家以上。"),
    ("h1", "2. 중점임무", "二、重点任务"),
    ("r",
     "(1) 호시무역구 운영주체를 규범화한다. 훈춘시인민정부는 호시무역구 운영주체를 확정하며 운영주체는 "
     "독립법인자격을 갖추고 필요한 검사장소, 창고시설과 정보화시스템을 구비하며 호시거래대장을 건립하고 "
     "달마다 훈춘시상무국에 운영상황을 보고하여야 한다.",
     "（一）规范互市贸易区运营主体。珲春市人民政府负责确定互市贸易区运营主体，运营主体应当具备独立法人资格，"
     "配备必要的查验场地、仓储设施和信息化系统，建立互市交易台账，按月向珲春市商务局报送运营情况。"),
    ("r",
     "(2) 변민등록관리를 강화한다. 훈춘시상무국은 관련 향(진)인민정부와 함께 변민등록정보고를 "
     "건립하고 동태관리를 실시하여야 한다.",
     "（二）加强边民备案管理。珲春市商务局要会同有关乡（镇）人民政府建立边民备案信息库，实行动态管理。"),
    ("i",
     "1) 호시무역에 참여하는 변민은 본인의 주민신분증과 변경지역 주민증명을 소지하고 훈춘시상무국 "
     "또는 그 위탁을 받은 향(진)인민정부에서 등록수속을 하여야 한다.",
     "1.参与互市贸易的边民应当持本人居民身份证和边境地区居民证明，在珲春市商务局或者其委托的乡（镇）"
     "人民政府办理备案。"),
    ("i",
     "2) 변민은 자원적으로 변민호조조를 무을수 있으며 매개 호조조의 성원은 20명 이상이여야 한다. "
     "호조조는 소재지 향(진)인민정부에 등기하고 조장과 련락원을 명확히 하여야 한다.",
     "2.边民可以自愿组建边民互助组，每个互助组成员不少于20人。互助组应当在所在地乡（镇）人民政府登记，"
     "并明确组长和联络员。"),
    ("i",
     "3) 변민합작사는 법에 따라 등기하여야 하며 현지가공기업과 구매판매계약을 체결한 경우 "
     "호시상품 현지가공 시점에 우선 포함시킬수 있다.",
     "3.边民合作社应当依法登记，与落地加工企业签订购销合同的，可以优先纳入互市商品落地加工试点。"),
    ("r",
     "(3) 거래한도와 상품명세서를 엄격히 집행한다. 변민이 호시무역을 통하여 수입하는 생활용품은 "
     "1인당 매일 가치가 인민페 8000원 이하인 경우 수입관세와 수입단계세를 면제한다. "
     "《훈춘 중로조 변경호시무역구 상품진입 네거티브리스트(2026년판)》에 포함된 상품은 "
     "호시무역을 통하여 수입할수 없다.",
     "（三）严格执行交易额度和商品清单。边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，"
     "免征进口关税和进口环节税。列入《珲春中俄朝边境互市贸易区商品准入负面清单（2026年版）》的商品，"
     "不得通过互市贸易进口。"),
    ("r",
     "(4) 호시상품 현지가공을 추진한다. \u201c변민호시+현지가공\u201d 방향을 견지하고 호시상품이 "
     "\u201c변경에서 들어와 현지에서 가공\u201d되도록 인도한다.",
     "（四）推进互市商品落地加工。坚持\u201c边民互市+落地加工\u201d方向，引导互市商品\u201c边境进口、就地加工\u201d。"),
    ("i",
     "1) 현지가공기업이 훈춘국경경제합작구, 훈춘종합보세구에 집결하여 발전하도록 지지하며 가공생산라인을 "
     "신설 또는 개조, 확장하는 경우 설비투자액의 10%에 따라 일차성 보조금을 지급하되 단일 기업에 대하여 "
     "최고 200만원을 초과하지 않는다.",
     "1.支持落地加工企业在珲春边境经济合作区、珲春综合保税区集聚发展，对新建或者改扩建加工生产线的，"
     "按照设备投资额的10%给予一次性补助，单个企业最高不超过200万元。"),
    ("i",
     "2) 현지가공기업이 호시상품을 수매하는 경우 호시무역봉사플래트홈을 통하여 거래하고 거래증빙, "
     "자금결산증빙과 가공기록을 보존하여야 하며 보존기한은 3년 이상이여야 한다.",
     "2.落地加工企业收购互市商品，应当通过互市贸易服务平台进行交易，并留存交易凭证、资金结算凭证和加工记录，"
     "保存期限不少于3年。"),
    ("i",
     "3) 아래의 정형중 하나에 해당되는 경우 본 통지에서 규정한 보조정책을 향수하지 못한다.",
     "3.有下列情形之一的，不得享受本通知规定的补助政策："),
    ("sb",
     "① 수매한 호시상품이 실제로 가공단계에 들어가지 않고 직접 전매된 경우;",
     "（1）收购的互市商品未实际进入加工环节，直接转售的；"),
    ("sb",
     "② 거래를 허위로 꾸미거나 거래를 분할하거나 변민의 신분을 도용하여 거래한 경우;",
     "（2）虚构交易、拆分交易或者冒用边民身份交易的；"),
    ("sb",
     "③ 최근 3년내 엄중한 위법실신기록이 있는 경우.",
     "（3）近三年内有严重违法失信记录的。"),
    ("r",
     "(5) 결산과 금융봉사를 혁신한다. 은행업 금융기구가 호시무역구에 봉사망점을 설립하고 인민페와 "
     "루블 직접결산업무를 전개하여 변민과 호조조에 편리한 계좌개설, 국경간 결산 봉사를 제공하도록 "
     "격려한다. 보험기구가 호시상품 운수보험상품을 개발하도록 지지한다.",
     "（五）创新结算和金融服务。鼓励银行业金融机构在互市贸易区设立服务网点，开展人民币与卢布直接结算业务，"
     "为边民和互助组提供便捷的账户开立、跨境结算服务。支持保险机构开发互市商品运输保险产品。"),
    ("r",
     "(6) 호시무역과 중국—유럽 화물렬차, 국경간 전자상거래의 융합발전을 추동한다. 훈마철도와 "
     "\u201c훈춘—자루비노항\u201d 륙해련합운수통로에 의거하여 \u201c호시무역+국경간 전자상거래\u201d, "
     "\u201c호시무역+중국—유럽 화물렬차\u201d 등 모식을 탐색하고 조건에 부합되는 호시상품이 현지가공을 "
     "거쳐 국경간 전자상거래와 중국—유럽 화물렬차를 통하여 국내외 시장을 개척하도록 지지한다.",
     "（六）推动互市贸易与中欧班列、跨境电商融合发展。依托珲马铁路和\u201c珲春—扎鲁比诺港\u201d陆海联运通道，"
     "探索\u201c互市贸易+跨境电商\u201d\u201c互市贸易+中欧班列\u201d等模式，支持符合条件的互市商品经落地加工后"
     "通过跨境电商和中欧班列拓展国内外市场。"),
    ("h1", "3. 보장조치", "三、保障措施"),
    ("r",
     "(1) 조직령도를 강화한다. 주상무국은 훈춘시인민정부와 함께 사업협조기제를 건립하고 호시무역 "
     "발전중의 중대한 문제를 정기적으로 연구, 해결한다. 훈춘시인민정부는 속지관리 주체책임을 진다.",
     "（一）加强组织领导。州商务局会同珲春市人民政府建立工作协调机制，定期研究解决互市贸易发展中的重大问题。"
     "珲春市人民政府承担属地管理主体责任。"),
    ("r",
     "(2) 부문협동을 강화한다. 상무, 세관, 변방검사, 세무, 시장감독관리 등 부문은 정보공유와 "
     "련합감독관리를 강화하고 허위거래, 밀수 등 위법행위를 법에 따라 엄하게 타격하여야 한다.",
     "（二）强化部门协同。商务、海关、边检、税务、市场监管等部门要加强信息共享和联合监管，"
     "对虚构交易、走私等违法行为依法严厉打击。"),
    ("r",
     "(3) 선전인도를 잘한다. 각 관련 단위는 조선어, 한어 2중언어 등 방식을 취하여 변민들에게 "
     "호시무역정책을 선전, 해석하고 변민들이 법과 규정에 따라 호시무역에 참여하도록 인도하여야 한다.",
     "（三）做好宣传引导。各有关单位要采取朝汉双语等方式，向边民宣讲互市贸易政策，"
     "引导边民依法依规参与互市贸易。"),
    ("p",
     "본 통지는 2026년 4월 1일부터 시행하며 유효기한은 2028년 3월 31일까지이다. "
     "《연변조선족자치주상무국 훈춘중로호시무역구 관리사업을 강화할데 관한 통지》"
     "(연주상발〔2023〕15호)는 동시에 폐지한다.",
     "本通知自2026年4月1日起施行，有效期至2028年3月31日。《延边朝鲜族自治州商务局关于加强珲春中俄互市贸易区"
     "管理工作的通知》（延州商发〔2023〕15号）同时废止。"),
    ("p",
     "집행과정에서 부딪친 문제는 제때에 주상무국 대외무역과에 반영하기 바란다"
     "(련계인: 박미란, 련계전화: 0433-2513086).",
     "执行中遇到的问题，请及时向州商务局对外贸易科反映（联系人：朴美兰，联系电话：0433-2513086）。"),
]

ATT1_CN = ["珲春中俄朝边境互市贸易区商品准入负面清单（2026年版）",
           "互市商品落地加工企业补助申请表"]
ATT1_KR = ["훈춘 중로조 변경호시무역구 상품진입 네거티브리스트(2026년판)",
           "호시상품 현지가공기업 보조금 신청표"]


def build_file1():
    doc = Document()
    page_setup(doc)

    # ---- 版头 (joint issuance: two organ names stacked, "文件" to the right)
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(11.8), Cm(3.6)])
    for i, (cn, kr) in enumerate((("延边朝鲜族自治州商务局", "연변조선족자치주상무국"),
                                  ("珲春市人民政府", "훈춘시인민정부"))):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
        font(p.add_run(cn), XBS, 26, False, RED)
        p2 = c.add_paragraph()
        fmt(p2, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 22)
        font(p2.add_run(kr), KRB, 15, True, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 46, before=20)
    font(p.add_run("文件"), XBS, 36, False, RED)
    p = m.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 24)
    font(p.add_run("문건"), KRB, 18, True, RED)

    empty(doc, 1)
    p = para(doc, [("延州商发〔2026〕8号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p)
    empty(doc, 1)

    # ---- title: Korean first, then Chinese (each line soft-broken)
    p = para(doc, [(T1_KR[0], KRB, 18, True), ("\n", 0, 0, 0), (T1_KR[1], KRB, 18, True)],
             WD_ALIGN_PARAGRAPH.CENTER, False, 32)
    p = para(doc, [(T1_CN[0], XBS, 22, False), ("\n", 0, 0, 0), (T1_CN[1], XBS, 22, False),
                   ("\n", 0, 0, 0), (T1_CN[2], XBS, 22, False)],
             WD_ALIGN_PARAGRAPH.CENTER, False, 36, before=6)
    empty(doc, 1)

    # ---- 主送 both scripts
    para(doc, [("훈춘시상무국, 훈춘국경경제합작구관리위원회, 주직 관련 부문, 훈춘시정부 각 관련 부문:",
                KR, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, [("珲春市商务局，珲春边境经济合作区管委会，州直有关部门，珲春市政府各有关部门：",
                FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)

    clauses = []
    for kind, kr, cn in BODY1:
        if kind == "h1":
            para(doc, [(kr, KRB, 15, True)], WD_ALIGN_PARAGRAPH.LEFT, True)
            para(doc, [(cn, HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
            continue
        clauses.append(cn)
        if kind == "r":
            # Korean run-in heading is the first sentence
            idx = kr.index("다. ") + 2
            para(doc, [(kr[:idx], KRB, 14, True), (kr[idx:], KR, 14, False)], line=25)
            h, rest = split_runin(cn)
            para(doc, [(h, KT, 16, True), (rest, FS, 16, False)])
        elif kind == "sb":
            # one paragraph: Korean, soft line break, Chinese
            para(doc, [(kr, KR, 14, False), ("\n", 0, 0, 0), (cn, FS, 16, False)],
                 WD_ALIGN_PARAGRAPH.LEFT)
        else:
            para(doc, [(kr, KR, 14, False)], line=25)
            para(doc, [(cn, FS, 16, False)])

    # ---- 附件 (Korean list first, then Chinese; continuation lines aligned by spaces)
    empty(doc, 1)
    para(doc, [("부건: 1. " + ATT1_KR[0], KR, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
    para(doc, [("      2. " + ATT1_KR[1], KR, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
    para(doc, [("附件：1." + ATT1_CN[0], FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
    para(doc, [("　　　2." + ATT1_CN[1], FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc, 2)

    # ---- 落款: borderless layout table, two organs side by side
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    rows = (("연변조선족자치주상무국", "훈춘시인민정부", KR, 15),
            ("延边朝鲜族自治州商务局", "珲春市人民政府", FS, 16))
    for i, (a, b, fn, sz) in enumerate(rows):
        cell_text(t.cell(i, 0), [(a, fn, sz, False)], WD_ALIGN_PARAGRAPH.CENTER, 28)
        cell_text(t.cell(i, 1), [(b, fn, sz, False)], WD_ALIGN_PARAGRAPH.CENTER, 28)
    para(doc, [("2026년 3월 9일　　　　", KR, 15, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, [("2026年3月9日　　　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, [("(이 문건은 공개 발표함)", KR, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, True)
    para(doc, [("（此件公开发布）", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, True)

    # ---- 版记 on a new page
    doc.add_page_break()
    empty(doc, 14)
    p = para(doc, [("抄送：州人民政府办公室，珲春海关，延边边境管理支队，国家税务总局珲春市税务局。",
                    FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p, True, True)
    p = para(doc, [(" 延边朝鲜族自治州商务局办公室", FS, 14, False),
                   ("　　　　　　　　　2026年3月10日印发", FS, 14, False)],
             WD_ALIGN_PARAGRAPH.LEFT, False)
    top_bottom_border(p, False, True)

    out = os.path.join(HERE, F1 + ".docx")
    doc.save(out)

    meta = {
        "title": TITLE1,
        "doc_number": "延州商发〔2026〕8号",
        "issuer": ["延边朝鲜族自治州商务局", "珲春市人民政府"],
        "date": "2026-03-09",
        "published": None,
        "level": "municipal",
        "region": "延边朝鲜族自治州",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ATT1_CN,
        "doc_type": "通知",
        "recipients": ["珲春市商务局", "珲春边境经济合作区管委会", "州直有关部门", "珲春市政府各有关部门"],
        "publicity": "此件公开发布",
        "repeals": "《延边朝鲜族自治州商务局关于加强珲春中俄互市贸易区管理工作的通知》（延州商发〔2023〕15号）",
    }
    return out, [{"meta": meta, "clauses": clauses}]


# =================================================================== FILE 2
# 珲春市人民政府公告 — 한문 먼저, 조선문 뒤 ; bilingual table
F2 = "blind622_hunchun_gonggao"
TITLE2 = "珲春市人民政府关于调整中俄朝边境互市贸易区开放时间和交易管理有关事项的公告"
TITLE2_KR = "훈춘시인민정부 중로조 변경호시무역구 개방시간과 거래관리 관련 사항을 조정할데 관한 공고"

BODY2_A = [
    ("为贯彻落实《延边朝鲜族自治州商务局 珲春市人民政府关于进一步规范中俄朝边境互市贸易区运营管理"
     "推动边民互市贸易高质量发展的通知》（延州商发〔2026〕8号），方便边民和中外客商开展互市贸易，"
     "经市政府研究决定，现将中俄朝边境互市贸易区各互市贸易点开放时间和交易管理有关事项公告如下：",
     "《연변조선족자치주상무국 훈춘시인민정부 중로조 변경호시무역구 운영관리를 진일보 규범화하고 "
     "변민호시무역의 질적발전을 추동할데 관한 통지》(연주상발〔2026〕8호)를 관철, 실행하고 변민과 "
     "중외 상인들이 호시무역을 전개하는데 편리를 도모하기 위하여 시정부의 연구, 결정을 거쳐 "
     "중로조 변경호시무역구 각 호시무역점의 개방시간과 거래관리 관련 사항을 아래와 같이 공고한다."),
    ("一、各互市贸易点开放时间及对应口岸按下表执行，遇国家法定节假日和口岸闭关日另行公告。",
     "1. 각 호시무역점의 개방시간 및 대응통상구는 아래 표에 따라 집행하며 국가 법정 명절, "
     "휴일과 통상구 페관일에는 따로 공고한다."),
]

TABLE2_HEAD = [("序号", "번호"), ("互市贸易点", None), (None, "호시무역점"),
               ("对应口岸", None), (None, "대응통상구"), ("开放时间", "개방시간")]
TABLE2_ROWS = [
    ("1", "珲春中俄互市贸易区", "훈춘중로호시무역구", "珲春公路口岸", "훈춘도로통상구",
     "周一至周六 8:30—16:30"),
    ("2", "圈河中朝边民互市点", "권하중조변민호시점", "圈河口岸", "권하통상구",
     "周一至周五 9:00—15:30"),
    ("3", "沙坨子中朝边民互市点", "사타자중조변민호시점", "沙坨子口岸", "사타자통상구",
     "周二、周四 9:00—15:00"),
    ("4", "珲春铁路口岸互市商品查验点", "훈춘철도통상구 호시상품검사점", "珲春铁路口岸", "훈춘철도통상구",
     "按班列到发时间安排"),
    ("5", "珲春综合保税区互市商品交易服务中心", "훈춘종합보세구 호시상품거래봉사중심", "珲春公路口岸",
     "훈춘도로통상구", "周一至周五 8:30—17:00"),
]

BODY2_B = [
    ("注：口岸临时闭关或者班列时刻调整的，以口岸管理部门和运营主体发布的通知为准。",
     "주: 통상구를 림시 페관하거나 화물렬차 시각을 조정하는 경우 통상구 관리부문과 운영주체가 "
     "발포한 통지를 기준으로 한다."),
    ("二、边民凭本人居民身份证和边民备案证明参与互市交易，每人每日互市进口商品价值不超过人民币8000元。"
     "超出部分按照一般贸易有关规定办理。",
     "2. 변민은 본인의 주민신분증과 변민등록증명으로 호시거래에 참여하며 1인당 매일 호시수입상품 "
     "가치는 인민페 8000원을 초과하지 못한다. 초과부분은 일반무역 관련 규정에 따라 처리한다."),
    ("三、互市商品交易应当通过珲春边民互市贸易服务平台申报，资金结算应当通过边民本人银行账户办理，"
     "不得由他人代收代付。",
     "3. 호시상품 거래는 훈춘변민호시무역봉사플래트홈을 통하여 신고하여야 하며 자금결산은 변민 본인의 "
     "은행계좌를 통하여 처리하여야 하고 타인이 대리 수금, 지불할수 없다."),
    ("四、边民互助组组织集中交易的，应当提前1个工作日通过服务平台预约，互助组组长对组员交易的真实性负责。",
     "4. 변민호조조가 집중거래를 조직하는 경우 1개 사업일 앞당겨 봉사플래트홈을 통하여 예약하여야 하며 "
     "호조조 조장은 조원 거래의 진실성에 대하여 책임진다."),
    ("五、进入互市贸易区的境外边民和客商，应当遵守我国法律法规，服从现场管理，"
     "凭有效出入境证件进出互市贸易区。",
     "5. 호시무역구에 들어오는 경외 변민과 상인은 우리 나라 법률, 법규를 준수하고 현장관리에 복종하여야 "
     "하며 유효한 출입경증건으로 호시무역구에 출입한다."),
    ("六、对虚构交易、拆分交易、冒用他人身份交易等行为，由有关部门依法处理；涉嫌走私的，移交海关缉私部门处理。",
     "6. 허위거래, 분할거래, 타인의 신분을 도용한 거래 등 행위에 대하여서는 관련 부문에서 법에 따라 "
     "처리하며 밀수혐의가 있는 경우 세관 밀수단속부문에 이송하여 처리한다."),
    ("七、本公告自2026年4月1日起施行。《珲春市人民政府关于珲春中俄互市贸易区开放时间的公告》"
     "（珲政告〔2024〕5号）同时废止。",
     "7. 본 공고는 2026년 4월 1일부터 시행한다. 《훈춘시인민정부 훈춘중로호시무역구 개방시간에 관한 공고》"
     "(훈정고〔2024〕5호)는 동시에 폐지한다."),
    ("八、咨询电话：珲春市商务局0433-7512345，珲春中俄互市贸易区管理服务中心0433-7568800。",
     "8. 문의전화: 훈춘시상무국 0433-7512345, 훈춘중로호시무역구 관리봉사중심 0433-7568800."),
]


def build_file2():
    doc = Document()
    page_setup(doc)
    empty(doc, 1)
    p = para(doc, [("珲春市人民政府", XBS, 34, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 46)
    p = para(doc, [("훈춘시인민정부", KRB, 20, True, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    empty(doc, 1)
    p = para(doc, [("珲政告〔2026〕3号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p)
    empty(doc, 1)
    # title: Chinese first then Korean, Chinese title broken with soft break
    para(doc, [("珲春市人民政府", XBS, 22, False), ("\n", 0, 0, 0),
               ("关于调整中俄朝边境互市贸易区开放时间", XBS, 22, False), ("\n", 0, 0, 0),
               ("和交易管理有关事项的公告", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [(TITLE2_KR, KRB, 16, True)], WD_ALIGN_PARAGRAPH.CENTER, False, 28, before=6)
    empty(doc, 1)

    clauses = []
    for cn, kr in BODY2_A:
        clauses.append(cn)
        if cn.startswith("一、"):
            para(doc, [(cn[:2], HT, 16, False), (cn[2:], FS, 16, False)])
        else:
            para(doc, [(cn, FS, 16, False)])
        para(doc, [(kr, KR, 14, False)], line=25)

    # ---- bilingual table
    t = doc.add_table(rows=1 + len(TABLE2_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(3.4), Cm(3.0), Cm(2.4), Cm(2.3), Cm(3.1)]
    for j, (cn, kr) in enumerate(TABLE2_HEAD):
        parts = []
        if cn:
            parts.append((cn, HT, 12, False))
        if cn and kr:
            parts.append(("\n", 0, 0, 0))
        if kr:
            parts.append((kr, KRB, 11, True))
        cell_text(t.cell(0, j), parts)
    repeat_header(t.rows[0])
    for i, row in enumerate(TABLE2_ROWS, start=1):
        for j, v in enumerate(row):
            fn, sz = (KR, 11) if j in (2, 4) else (FS, 12)
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3, 4, 5) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(i, j), [(v, fn, sz, False)], al)
    set_widths(t, widths)
    for row in TABLE2_ROWS:
        clauses.append("序号：%s；互市贸易点：%s；对应口岸：%s；开放时间：%s" %
                       (row[0], row[1], row[3], row[5]))

    for cn, kr in BODY2_B:
        clauses.append(cn)
        if cn.startswith("注："):
            para(doc, [(cn, FS, 14, False)], line=24)
            para(doc, [(kr, KR, 13, False)], line=24)
            continue
        para(doc, [(cn[:2], HT, 16, False), (cn[2:], FS, 16, False)])
        para(doc, [(kr, KR, 14, False)], line=25)

    empty(doc, 3)
    para(doc, [("珲春市人民政府　　　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, [("훈춘시인민정부　　　　", KR, 15, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, [("2026年3月16日　　　　", FS, 16, False), ("\n", 0, 0, 0),
               ("2026년 3월 16일　　　 ", KR, 15, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)

    out = os.path.join(HERE, F2 + ".docx")
    doc.save(out)
    meta = {
        "title": TITLE2,
        "doc_number": "珲政告〔2026〕3号",
        "issuer": ["珲春市人民政府"],
        "date": "2026-03-16",
        "published": None,
        "level": "county",
        "region": "珲春市",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《珲春市人民政府关于珲春中俄互市贸易区开放时间的公告》（珲政告〔2024〕5号）",
    }
    return out, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for build, stem in ((build_file1, F1), (build_file2, F2)):
        path, docs = build()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
