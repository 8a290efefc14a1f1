# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test round 75: FTZ Q&A documents (政策问答 / 政策解读) and the notice explained.
Writes blind75_*.docx (+ .pdf for the 片区 Q&A via LibreOffice) and expected.json next to itself."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"

def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    st = d.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28); pf.space_before = Pt(0); pf.space_after = Pt(0)
    return d

def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font; r.font.size = Pt(size); r.bold = bold
    r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color: r.font.color.rgb = RGBColor(*color)
    return r

def para(d, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, line=28):
    p = d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(line)
    if text: run(p, text, font, size, bold, color)
    return p

def border(p, side="bottom", color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); pPr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)

def page_field(p):
    r = p.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); r._r.append(f)
    r = p.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "; r._r.append(t)
    r = p.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r._r.append(f)
    for r in p.runs:
        r.font.size = Pt(14); r.font.name = "宋体"; r._element.get_or_add_rPr()

def footers(d):
    """GB/T 9704 page numbers: — 1 —, odd pages right, even pages left."""
    d.settings.odd_and_even_pages_header_footer = True
    s = d.sections[0]
    for ft, al in ((s.footer, WD_ALIGN_PARAGRAPH.RIGHT), (s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ft.paragraphs[0]; p.alignment = al
        run(p, "— ", "宋体", 14); page_field(p); run(p, " —", "宋体", 14)

def cell_text(c, text, bold=False, size=12):
    c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = None; p.paragraph_format.line_spacing = Pt(20)
    run(p, text, HT if bold else FS, size, False)

# ---------------------------------------------------------------- (a) 片区政策问答
QA_ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QA_TITLE = "中国（广西）自由贸易试验区钦州港片区外商投资政策问答"
QA_PREFACE = "为便于境外投资者了解中国（广西）自由贸易试验区钦州港片区（以下简称片区）投资政策和办事流程，片区管委会梳理了外资企业关注度较高的问题，形成本问答，供参考。具体事项以现行法律法规和政策文件为准。"
TABLE_HDR = ["事项", "承诺时限", "办理窗口"]
TABLE_ROWS = [["外商投资企业设立登记", "1个工作日", "政务服务中心A区综合窗口"],
              ["外国人工作许可", "5个工作日", "政务服务中心B区人才窗口"],
              ["港口经营许可", "10个工作日", "政务服务中心C区交通窗口"]]
# (group heading, [(num, question, [answer paragraphs], table?)])
QA = [
 ("一、企业设立", [
  (1, "外资企业在片区设立需要哪些材料？", ["答：可通过广西数字政务一体化平台或片区政务服务中心综合窗口提交以下材料：",
      "（1）公司登记（备案）申请书；", "（2）公司章程；",
      "（3）投资者主体资格证明或自然人身份证明，境外形成的证明材料须经公证认证，或按照《取消外国公文书认证要求的公约》办理附加证明书；",
      "（4）法定代表人、董事、监事和经理的任职文件及身份证明；", "（5）住所（经营场所）使用证明。"], False),
  (2, "外国投资者可以用人民币出资吗？", ["答：可以。外国投资者可以使用在境外合法取得的人民币利润或其他人民币资金出资，也可以使用外汇出资。以人民币出资的，应当通过外商直接投资人民币专用存款账户办理。"], False),
  (3, "片区对外资企业注册资本有没有最低要求？", ["答：除法律、行政法规另有规定外，不设最低限额，实行认缴登记制。外资企业应当在公司章程中载明认缴出资额和出资期限，有限责任公司全体股东认缴的出资额应当自公司成立之日起五年内缴足。"], False),
  (4, "哪些行业外资不能进入？", ["片区执行《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》。负面清单之外的领域，按照内外资一致原则实施管理；负面清单之内的禁止投资领域，外国投资者不得投资；限制投资领域，须符合股权比例等特别管理措施要求。"], False),
  (5, "外资企业设立后还需要到商务部门备案吗？", ["答：不需要单独办理。自2020年1月1日起，外国投资者或者外商投资企业通过企业登记系统以及国家企业信用信息公示系统报送投资信息，商务部门不再单独办理外商投资企业设立及变更备案。"], False),
 ]),
 ("二、办事时限与服务", [
  (6, "在片区办理外资企业相关事项分别要多久？", ["答：主要事项的承诺办结时限见下表："], True),
  (7, "外籍员工来片区工作怎么办手续？", ["答：用人单位先在线申请《外国人工作许可通知》，外籍员工持Z字签证入境后15日内申请《外国人工作许可证》，并在入境后30日内向公安出入境管理部门申请工作类居留许可。片区对外国高端人才（A类）实行“告知承诺＋容缺受理”。"], False),
  (8, "有没有专门为外资企业服务的窗口或专员？", ["答：有。片区设立外商投资服务中心，实行“一企一专员”服务，专员负责政策咨询、项目跟踪和问题协调。服务电话：0777-3888123（工作日8:30—12:00，15:00—18:00）。"], False),
  (9, "外资企业遇到行政机关侵权可以找谁投诉？", ["答：可向片区外商投资企业投诉工作机构提出，投诉机构应当自受理之日起30个工作日内办结。投诉处理依照《外商投资企业投诉工作办法》执行。"], False),
 ]),
 ("三、扶持政策", [
  (10, "新落户的外资企业能拿到哪些奖励？", ["答：根据《中国（广西）自由贸易试验区钦州港片区促进外商投资若干办法》第十二条，新设外资企业当年实际到资（不含外方股东贷款）1000万美元以上的，按实际到资额的1%给予奖励，单个企业最高不超过500万元人民币。"], False),
  (11, "世界500强企业在片区设立区域总部有额外支持吗？", ["答：有。经认定的跨国公司地区总部，给予一次性落户奖励300万元；租赁自用办公用房的，前三年按租金的50%给予补贴，每年最高100万元。"], False),
  (12, "外资企业的利润汇出有限制吗？", ["答：没有。外国投资者在中国境内的出资、利润、资本收益、资产处置所得、知识产权许可使用费、依法获得的补偿或者赔偿、清算所得等，可以依法以人民币或者外汇自由汇入、汇出。"], False),
  (13, "境外投资者用分得的利润在片区再投资，能享受什么税收政策？", ["答：境外投资者以中国境内居民企业分配的利润直接投资于鼓励类投资项目，凡符合规定条件的，实行递延纳税政策，暂不征收预提所得税。"], False),
 ]),
 ("四、“一带一路”与东盟合作", [
  (14, "做东盟贸易的企业通关有什么便利？", ["答：片区依托西部陆海新通道，推行以下便利措施：",
      "（1）对自东盟国家进口的水果、粮食等农产品实施“提前申报、抵港直装”；",
      "（2）推广“船边直提”作业模式，进口集装箱平均通关时间压缩至24小时以内；",
      "（3）RCEP原产地证书实行自助打印，“即报即审”。"], False),
  (15, "片区对参与“一带一路”建设的企业“走出去”有什么支持？", ["答：对在共建“一带一路”国家开展境外投资并在片区设立结算中心的企业，按其年度结算额给予最高200万元的奖励；同时提供境外投资备案指导、法律咨询和风险预警服务。"], False),
 ]),
]
QA_CLOSING = "本问答仅供参考，如遇政策调整，以最新规定为准。"
QA_DATE_CN = "2024年5月20日"

def make_qa(path):
    d = new_doc(); footers(d)
    para(d, QA_TITLE, XBS, 22, align="c", line=36)
    para(d, QA_PREFACE, line=24)
    for head, items in QA:
        para(d, head, HT, 16, line=24)
        for num, q, ans, tbl in items:
            para(d, f"{num}. {q}", KT, 16, bold=True, line=24)
            for a in ans:
                para(d, a, line=24)
            if tbl:
                t = d.add_table(rows=1 + len(TABLE_ROWS), cols=3); t.style = "Table Grid"
                for j, h in enumerate(TABLE_HDR): cell_text(t.cell(0, j), h, bold=True)
                for i, r in enumerate(TABLE_ROWS):
                    for j, v in enumerate(r): cell_text(t.cell(i + 1, j), v)
    para(d, QA_CLOSING, line=24)
    para(d, "")
    p = para(d, QA_ISSUER, align="r"); p.paragraph_format.right_indent = Pt(32)
    p = para(d, QA_DATE_CN, align="r"); p.paragraph_format.right_indent = Pt(64)
    d.save(path)

def qa_clauses():
    out = [QA_PREFACE]
    for head, items in QA:
        for num, q, ans, tbl in items:
            out.append(f"{num}. {q}" + "".join(ans))
            if tbl:
                for r in TABLE_ROWS:
                    out.append("；".join(f"{h}：{v}" for h, v in zip(TABLE_HDR, r)))
    out.append(QA_CLOSING)
    return out

# ---------------------------------------------------------------- (c) 通知 (red header)
N_ISSUER = "广西壮族自治区商务厅"
N_NO = "桂商自贸发〔2024〕5号"
N_TITLE = "广西壮族自治区商务厅关于进一步支持中国（广西）自由贸易试验区高质量发展若干措施的通知"
N_ADDR = "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会："
N_PRE = "为深入实施自由贸易试验区提升战略，更好服务共建“一带一路”和西部陆海新通道建设，推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）高质量发展，经研究，现就有关事项通知如下："
N_BODY = [
 ("h1", "一、支持扩大外资准入"),
 ("h2", "（一）落实准入负面清单。", "各片区严格执行自由贸易试验区外商投资准入特别管理措施，负面清单之外的领域按照内外资一致原则实施管理，不得对外资企业设置歧视性准入条件。"),
 ("h2", "（二）支持设立外资地区总部。", "对在片区新设立并经认定的跨国公司地区总部，自治区商务发展专项资金按其当年实际到资额的2%给予奖励，单个企业最高不超过1000万元。"),
 ("h1", "二、提升贸易便利化水平"),
 ("h2", "（三）深化对东盟通关合作。", "支持钦州港片区、崇左片区与东盟国家口岸开展“两国一检”“联动通关”试点，推进中越边境口岸货物通关“一次申报、一次查验、一次放行”。"),
 ("h2", "（四）发展新型离岸国际贸易。", "支持片区企业开展离岸转手买卖等新型离岸国际贸易业务："),
 ("h3", "1. 对年度离岸贸易结算额首次超过1亿美元的企业，给予一次性奖励50万元；"),
 ("h3", "2. 鼓励银行机构为真实合规的离岸贸易提供跨境资金结算便利，对结算额增长显著的银行机构予以通报表扬。"),
 ("h1", "三、强化要素保障"),
 ("h2", "（五）保障重大项目用地。", "对列入自治区层面统筹推进重大项目清单的自贸试验区外资项目，优先安排用地计划指标。"),
 ("h2", "（六）加强人才支撑。", "片区引进的外籍高层次人才，按规定享受八桂人才服务“一卡通”待遇，在子女入学、医疗保障等方面给予便利。"),
 ("h1", "四、其他事项"),
 ("p", "本通知自印发之日起施行，有效期至2026年12月31日。此前自治区商务厅有关规定与本通知不一致的，以本通知为准。"),
]
N_DATE_CN = "2024年3月8日"

def make_notice(path):
    d = new_doc(); footers(d)
    para(d, "广西壮族自治区商务厅文件", XBS, 36, align="c", color=(0xE0, 0, 0), line=60)
    para(d, "")
    p = para(d, N_NO, align="c"); border(p, "bottom", "FF0000", 18)
    para(d, "")
    para(d, "广西壮族自治区商务厅关于进一步支持中国（广西）", XBS, 22, align="c", line=36)
    para(d, "自由贸易试验区高质量发展若干措施的通知", XBS, 22, align="c", line=36)
    para(d, "")
    para(d, N_ADDR, indent=False)
    para(d, N_PRE)
    for it in N_BODY:
        if it[0] == "h1": para(d, it[1], HT)
        elif it[0] == "h2":
            p = para(d); run(p, it[1], KT, 16); run(p, it[2])
        else: para(d, it[1])
    para(d, ""); para(d, "")
    p = para(d, N_ISSUER, align="r"); p.paragraph_format.right_indent = Pt(64)
    p = para(d, N_DATE_CN, align="r"); p.paragraph_format.right_indent = Pt(64)
    para(d, "（此件公开发布）")
    para(d, ""); para(d, "")
    p = para(d, "抄送：商务部自由贸易试验区港建设协调司，自治区人民政府办公厅。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14); border(p, "top", "000000", 8); border(p, "bottom", "000000", 4)
    p = para(d, "广西壮族自治区商务厅办公室　　　　　　　　　2024年3月8日印发", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14); border(p, "bottom", "000000", 8)
    d.save(path)

def notice_clauses():
    out = [N_PRE]
    for it in N_BODY:
        if it[0] == "h1": continue
        out.append(it[1] + it[2] if it[0] == "h2" else it[1])
    return out

# ---------------------------------------------------------------- (b) 政策解读 (问：/答：)
J_TITLE = "《关于进一步支持中国（广西）自由贸易试验区高质量发展若干措施的通知》政策解读"
J_SRC = "发布单位：广西壮族自治区商务厅　　发布时间：2024-03-12　　【字体：大 中 小】"
J_QA = [
 ("问：《通知》出台的背景是什么？", ["答：2023年以来，广西自贸试验区对接东盟、服务共建“一带一路”的作用持续增强，但仍存在外资总部集聚不足、离岸贸易规模偏小等短板。为贯彻落实国家自由贸易试验区提升战略部署，自治区商务厅研究制定了《通知》。"]),
 ("问：《通知》适用于哪些地区？", ["答：《通知》适用于中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区。", "各设区市可参照《通知》精神，结合本地实际支持自贸试验区协同发展区建设。"]),
 ("问：外资地区总部奖励怎么计算？", ["答：对在片区新设立并经认定的跨国公司地区总部，按其当年实际到资额的2%给予奖励，单个企业最高不超过1000万元，资金从自治区商务发展专项资金中安排。"]),
 ("问：对离岸贸易企业有哪些支持？", ["答：年度离岸贸易结算额首次超过1亿美元的企业，可获得一次性奖励50万元；同时鼓励银行机构为真实合规的离岸贸易提供跨境资金结算便利。"]),
 ("问：《通知》什么时候开始执行？", ["答：《通知》自2024年3月8日印发之日起施行，有效期至2026年12月31日。"]),
 ("问：企业申请奖励向哪个部门咨询？", ["答：企业可向所在片区管委会经济发展部门咨询，也可拨打自治区商务厅自由贸易试验区工作处电话0771-5522618咨询。"]),
]
J_DATE_CN = "2024年3月12日"

def make_jiedu(path):
    d = new_doc(); footers(d)
    para(d, "《关于进一步支持中国（广西）自由贸易试验区高质量", XBS, 22, align="c", line=36)
    para(d, "发展若干措施的通知》政策解读", XBS, 22, align="c", line=36)
    para(d, J_SRC, size=12, align="c")
    para(d, "")
    for q, ans in J_QA:
        para(d, q, HT, 16)
        for a in ans: para(d, a)
    para(d, "")
    p = para(d, N_ISSUER, align="r"); p.paragraph_format.right_indent = Pt(32)
    p = para(d, J_DATE_CN, align="r"); p.paragraph_format.right_indent = Pt(48)
    d.save(path)

def jiedu_clauses():
    return [q + "".join(a) for q, a in J_QA]

# ---------------------------------------------------------------- build
def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    f_qa = HERE / "blind75_qinzhougang_qa.docx"; make_qa(f_qa); to_pdf(f_qa)
    f_jd = HERE / "blind75_guangxi_jiedu.docx"; make_jiedu(f_jd)
    f_n = HERE / "blind75_guangxi_notice.docx"; make_notice(f_n)
    exp = {
     "blind75_qinzhougang_qa": [{
      "meta": {"title": QA_TITLE, "doc_number": None, "issuer": QA_ISSUER, "date": "2024-05-20",
               "level": "other", "region": "广西/钦州（中国（广西）自由贸易试验区钦州港片区）",
               "effective": None, "expires": None},
      "clauses": qa_clauses(),
      "_note": ("A Q&A clause = the numbered question together with its whole answer (incl. 答：, sub-items （1）…, and the intro line of the table); "
                "table rows of Q6 follow as 'header：value；…' (tolerated: rows inside the Q6 clause, or rows as separate clauses as long as they stay under Q6). "
                "Group headings 一、企业设立 etc. are headings, not clauses (tolerated as heading/context prefixes, not as clauses of their own holding only the heading). "
                "Furniture: page numbers '— 1 —', the signature block (管委会 name + 2024年5月20日). "
                "Tolerated: preface and closing line as preamble/unlabelled clauses or dropped-from-clauses-but-kept-as-text; sub-items （1）（2） split into sub-clauses if each is labelled under its question (e.g. 1（1）) and the question text reaches the retrieval text; "
                "level 'other' or 'municipal' (管委会 is a 钦州市/自治区 dispatched body; 'provincial' is wrong-ish but tolerated less); date as published. "
                "No 文号 printed: doc_number must be null. Not tolerated: questions split from their answers with the answer losing the question, question as its own clause, text lost.")}],
     "blind75_guangxi_jiedu": [{
      "meta": {"title": J_TITLE, "doc_number": None, "issuer": N_ISSUER, "date": "2024-03-12",
               "level": "provincial", "region": "广西", "effective": None, "expires": None},
      "clauses": jiedu_clauses(),
      "_note": ("A clause = one '问：' line together with all following '答：' paragraphs up to the next '问：' (Q2's answer has two paragraphs). "
                "Title is split over two centred lines and must be joined. Furniture: the web source line '发布单位：…【字体：大 中 小】', signature block. "
                "Tolerated: effective 2024-03-08 / expires 2026-12-31 taken from the explained notice (they are printed, in Q5), but ideally null for the 解读 itself; "
                "title without the 《》. doc_number must be null (the 解读 has none; the notice's 文号 is not printed here). Not tolerated: 问 and 答 in separate clauses, question lost.")}],
     "blind75_guangxi_notice": [{
      "meta": {"title": N_TITLE, "doc_number": N_NO, "issuer": N_ISSUER, "date": "2024-03-08",
               "level": "provincial", "region": "广西", "effective": "2024-03-08", "expires": "2026-12-31"},
      "clauses": notice_clauses(),
      "_note": ("Clauses: preamble (通知如下), each （一）… item with its lead-in, items 1./2. under （四）, and the final 本通知… paragraph. "
                "Headings 一、二、 are headings, not clauses. Furniture: red 版头 '广西壮族自治区商务厅文件', 文号 line, 主送 line (addressees), signature, date, '（此件公开发布）' 附注, "
                "版记 lines 抄送：… and 印发 line, page numbers. Tolerated: （四）'s lead-in merged with items 1./2. in one clause; preamble dropped from clauses if kept as preamble. "
                "Title is split over two lines and must be joined. Addressees/cc/printed_by should be read into metadata where the reader has fields for them.")}],
    }
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")

if __name__ == "__main__":
    main()
