# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-third round of blind office files and expected.json.

Theme: WHERE and WHEN a rule applies.

  (a) blind43_guofa_tiaozheng.docx / .pdf — fictional 国务院 决定 (国发〔2024〕27号)
      that temporarily adjusts administrative regulations "在上海、广东、天津、福建
      自由贸易试验区" (item 一) and only "在海南自由贸易港" (item 二), with an
      attached 目录 table whose 适用区域 column narrows each row to a subset
      of zones; effective 自印发之日起, repeals 国发〔2021〕19号.
  (b) blind43_zhejiang_banfa.docx — 浙江省人民政府办公厅 印发的 办法 (浙政办发
      〔2024〕18号): some articles for the whole province, some only for 宁波片区
      (one of them only via the scope article 第二条), one for 舟山片区, one for
      杭州市; 自2024年7月1日起施行，有效期至2026年6月30日; repeals 浙政办发〔2021〕12号.
  (c) blind43_xiamen_shixing.docx — 厦门市人民政府 通知 (厦府规〔2024〕7号)
      印发 a 试行办法 for 厦门片区 and 海沧区 only, 试行期两年, effective
      二〇二四年十月一日 (date and signature in Chinese numerals).
Fictional content; real places and organs.  Run again to rebuild.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"; XBS = "方正小标宋简体"; HEI = "黑体"; KAI = "楷体_GB2312"; SONG = "宋体"
FW = "\u3000"
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


def set_run(run, font=FS, size=16, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    run.font.size = Pt(size); run.font.bold = bold
    return run


def para(where, text="", font=FS, size=16, align="j", indent=True, before=0, after=0, exact=28.9):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.line_spacing = Pt(exact)
    if indent: pf.first_line_indent = Pt(size * 2)
    if AL[align] is not None: p.alignment = AL[align]
    if text: set_run(p.add_run(text), font, size)
    return p


def runs(p, parts, size=16):
    for t, f in parts:
        set_run(p.add_run(t), f, size)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)


def border(p, side="bottom", sz=12, color="FF0000"):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); ppr.append(b)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"): rf.set(qn(a), font)


def a4(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5); s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.0)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), SONG, 14); add_field(fp, "PAGE"); set_run(fp.add_run(" —"), SONG, 14)
    return s


def red_head(doc, org_line, no):
    p = para(doc, org_line, XBS, 30, align="c", indent=False, exact=46)
    for r in p.runs: r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xE0, 0, 0)
    para(doc, "", indent=False)
    p = para(doc, no, FS, 16, align="c", indent=False, after=6)
    border(p)
    para(doc, "", indent=False)


def title(doc, t, size=22):
    para(doc, t, XBS, size, align="c", indent=False, exact=36, after=12)


def signature(doc, org, date, right_cm=2.0):
    para(doc, "", indent=False); para(doc, "", indent=False)
    for t in (org, date):
        p = para(doc, t, align="r", indent=False); p.paragraph_format.right_indent = Cm(right_cm)


def banji(doc, lines):
    para(doc, "", indent=False)
    for i, t in enumerate(lines):
        p = para(doc, t, FS, 14, align="l", indent=False, exact=24)
        p.paragraph_format.left_indent = Cm(0.5)
        if i == 0: border(p, "top", 8, "000000")
        border(p, "bottom", 4 if i < len(lines) - 1 else 8, "000000")


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo43p_"); tmp = tempfile.mkdtemp(prefix="lo43o_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True); shutil.rmtree(tmp, ignore_errors=True)


expected = {}
SH = "中国（上海）自由贸易试验区"; GD = "中国（广东）自由贸易试验区"; TJ = "中国（天津）自由贸易试验区"; FJ = "中国（福建）自由贸易试验区"; HN = "海南自由贸易港"
FOUR = [SH, GD, TJ, FJ]

# ==================================================================== (a)
A_TITLE = "国务院关于在有关自由贸易试验区和海南自由贸易港暂时调整实施有关行政法规规定的决定"
A_NO = "国发〔2024〕27号"
A_ADDR = "上海市、广东省、天津市、福建省、海南省人民政府，国务院各部委、各直属机构："
A_PARAS = [
    ("为进一步深化自由贸易试验区和海南自由贸易港改革开放，推进制度型开放，根据《中华人民共和国立法法》有关规定，国务院决定：", FOUR + [HN]),
    ("一、在上海、广东、天津、福建自由贸易试验区暂时调整实施《中华人民共和国国际海运条例》《旅行社条例》《娱乐场所管理条例》《国内水路运输管理条例》等4部行政法规的有关规定，各项调整的具体适用区域以所附目录为准。", FOUR),
    ("二、在海南自由贸易港暂时调整实施《中华人民共和国船舶登记条例》有关规定，允许外资股比超过50%的企业所有的船舶在洋浦港办理船舶登记，具体办法由交通运输部会同海南省人民政府制定。", [HN]),
    ("三、国务院有关部门和上海市、广东省、天津市、福建省、海南省人民政府要根据上述调整，及时对本部门、本地方制定的规章和规范性文件作相应调整，建立与试点要求相适应的管理制度，加强事中事后监管。", ["上海市", "广东省", "天津市", "福建省", "海南省"]),
    ("四、国务院将根据自由贸易试验区和海南自由贸易港改革开放的实际情况，适时对本决定的内容进行调整。", FOUR + [HN]),
    ("本决定自印发之日起施行。《国务院关于在自由贸易试验区暂时调整实施有关行政法规规定的决定》（国发〔2021〕19号）同时废止。", FOUR + [HN]),
]
A_ORG = "国务院"; A_DATE = "2024年9月12日"
A_ANNEX_TITLE = "国务院决定在有关自由贸易试验区和海南自由贸易港暂时调整实施有关行政法规规定目录"
A_HEAD = ["序号", "有关行政法规规定", "调整实施情况", "适用区域"]
A_ROWS = [
    ["1", "《中华人民共和国国际海运条例》第二十九条第一款：经国务院交通主管部门批准，外商可以依照有关法律、行政法规以及国家其他有关规定，投资设立中外合资经营企业或者中外合作经营企业，经营国际船舶管理业务。",
     "暂时调整实施有关内容，允许设立外商独资国际船舶管理企业。", "上海、广东、天津、福建自由贸易试验区", FOUR],
    ["2", "《旅行社条例》第二十三条：外商投资旅行社不得经营中国内地居民出国旅游业务以及赴香港特别行政区、澳门特别行政区和台湾地区旅游的业务，但是国务院决定或者我国签署的自由贸易协定和内地与香港、澳门关于建立更紧密经贸关系的安排另有规定的除外。",
     "暂时调整实施有关内容，允许在试验区内注册的符合条件的中外合资旅行社从事除台湾地区以外的出境旅游业务。", "上海、天津自由贸易试验区", [SH, TJ]],
    ["3", "《娱乐场所管理条例》第六条：外国投资者可以与中国投资者依法设立中外合资经营、中外合作经营的娱乐场所，不得设立外商独资经营的娱乐场所。",
     "暂时停止实施有关内容，允许设立外商独资经营的娱乐场所，在试验区内提供服务。", "上海自由贸易试验区", [SH]],
    ["4", "《国内水路运输管理条例》第十条第一款第三项：外商投资企业申请经营水路运输业务的，外商的出资比例和表决权不得超过49%。",
     "暂时调整实施有关内容，允许外商投资企业在试验区内开展沿海捎带业务，外商出资比例不作限制。", "广东、福建自由贸易试验区", [GD, FJ]],
    ["5", "《中华人民共和国船舶登记条例》第二条第一款第二项：依据中华人民共和国法律设立的主要营业所在中华人民共和国境内的企业法人的船舶，但是在该法人的注册资本中有外商出资的，中方投资人的出资额不得低于50%。",
     "暂时调整实施有关内容，允许外资股比超过50%的企业所有的船舶在洋浦港办理船舶登记。", "海南自由贸易港", [HN]],
]


def make_a():
    doc = Document(); east_asian_normal(doc); a4(doc)
    red_head(doc, "国　务　院　文　件", A_NO)
    title(doc, A_TITLE)
    para(doc, A_ADDR, indent=False)
    for t, _ in A_PARAS: para(doc, t)
    signature(doc, A_ORG, A_DATE, right_cm=3.0)
    para(doc, "（此件公开发布）")
    page_break(doc)
    para(doc, "附件", HEI, 16, align="l", indent=False)
    para(doc, "", indent=False)
    title(doc, A_ANNEX_TITLE, 18)
    tbl = doc.add_table(rows=1 + len(A_ROWS), cols=4); tbl.style = "Table Grid"; tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(6.8), Cm(5.2), Cm(2.4)]
    tbl.autofit = False
    for i, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))): gc.set(qn("w:w"), str(int(widths[i].twips)))
    for r, row in enumerate([A_HEAD] + [x[:4] for x in A_ROWS]):
        for c, v in enumerate(row):
            cell = tbl.cell(r, c); cell.width = widths[c]; cell.text = ""
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or c in (0, 3)) else WD_ALIGN_PARAGRAPH.JUSTIFY
            set_run(p.add_run(v), HEI if r == 0 else FS, 11)
    banji(doc, ["抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院。",
                "国务院办公厅" + FW * 6 + "2024年9月13日印发"])
    dx = os.path.join(HERE, "blind43_guofa_tiaozheng.docx"); doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind43_guofa_tiaozheng.pdf"))


A_DOC = {"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-09-12", "level": "national",
                  "region": "全国", "effective": "2024-09-12", "expires": None, "repeals": ["国发〔2021〕19号"]},
         "clauses": [{"text": t, "applies_to": w} for t, w in A_PARAS]
                    + [{"text": "%s | %s | %s | %s" % tuple(r[:4]), "applies_to": r[4], "table_row": True} for r in A_ROWS],
         "_note": "红头 '国　务　院　文　件', 文号 under it, 主送, 署名 '国务院', date, （此件公开发布）, 版记 (抄送/印发) are not clauses. "
                  "Item 一 names four FTZs in the short form '上海、广东、天津、福建自由贸易试验区' — each should expand to its 中国（X）自由贸易试验区. "
                  "Item 二 applies ONLY to 海南自由贸易港. Item 三 obliges the five provincial governments. "
                  "The annex table's 适用区域 column narrows each row: row 2 only 上海/天津, row 3 only 上海, row 4 only 广东/福建, row 5 only 海南; a row read as a clause should carry the zones of its own row, not of the whole decision. "
                  "effective = 印发 date (自印发之日起施行) = 2024-09-12 (the 版记 '2024年9月13日印发' is the printing date, not the 成文日期). Repeals 国发〔2021〕19号. "
                  "level: national (the CLI calls it state_council)."}
expected["blind43_guofa_tiaozheng"] = [A_DOC]

# ==================================================================== (b)
B_TITLE = "浙江省人民政府办公厅关于印发浙江省推进自由贸易试验区跨境贸易投资高水平开放办法的通知"
B_NO = "浙政办发〔2024〕18号"
B_ADDR = "各市、县（市、区）人民政府，省政府直属各单位："
B_LEAD = "《浙江省推进自由贸易试验区跨境贸易投资高水平开放办法》已经省政府同意，现印发给你们，请认真贯彻执行。"
B_ORG = "浙江省人民政府办公厅"; B_DATE = "2024年6月3日"
B_SUB = "浙江省推进自由贸易试验区跨境贸易投资高水平开放办法"
ZJ = "浙江省"; NB = "中国（浙江）自由贸易试验区宁波片区"; ZS = "中国（浙江）自由贸易试验区舟山片区"; HZ = "杭州市"
B_ARTS = [
    ("第一条　为深入推进共建“一带一路”和中国（浙江）自由贸易试验区建设，促进跨境贸易投资高水平开放，根据《中华人民共和国外商投资法》《中国（浙江）自由贸易试验区条例》等法律法规，结合本省实际，制定本办法。", [ZJ]),
    ("第二条　本办法适用于本省行政区域内的跨境贸易投资促进活动。其中，第五条、第六条仅在中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）实施，第七条仅在中国（浙江）自由贸易试验区舟山片区（以下简称舟山片区）实施，第八条仅在杭州市实施。", [ZJ]),
    ("第三条　全面推广宁波片区、舟山片区在通关便利化、跨境结算等方面形成的制度创新成果，在全省范围内推行国际贸易“单一窗口”标准版全覆盖，进出口货物整体通关时间比2023年压缩10%以上。", [ZJ]),
    ("第四条　县级以上人民政府应当建立外商投资企业服务专员制度，对总投资1亿美元以上的外资项目实行“一项目一专班”服务，依法保护外商投资企业的合法权益。", [ZJ]),
    ("第五条　支持宁波片区建设大宗商品资源配置枢纽，开展铁矿石、原油、铜精矿等大宗商品期货保税交割和仓单质押融资业务，对年保税交割量超过100万吨的交割仓库，按照每吨1元给予最高200万元奖励。", [NB]),
    ("第六条　符合条件的企业开展新型离岸国际贸易的，银行可以凭企业提交的电子单证直接办理跨境资金结算；对上一年度离岸贸易结算额超过1亿美元的企业，给予最高50万元奖励。", [NB]),
    ("第七条　在舟山片区开展国际航行船舶保税液化天然气加注业务的企业，可以申请“一船多供”“跨关区直供”模式；对年加注量超过10万吨的企业，给予每吨5元、最高300万元的补助。", [ZS]),
    ("第八条　在杭州市开展跨境电子商务“9610”“9710”“9810”出口业务的企业，其海外仓面积超过5000平方米的，按照实际租金的20%给予最高100万元补助；所需资金由杭州市和省财政按照1∶1比例分担。", [HZ]),
    ("第九条　设区的市人民政府可以根据本办法制定实施细则。省商务厅会同省财政厅、省发展改革委等部门负责本办法的组织实施和督促检查。", [ZJ]),
    ("第十条　本办法自2024年7月1日起施行，有效期至2026年6月30日。《浙江省人民政府办公厅关于推进跨境贸易便利化的若干意见》（浙政办发〔2021〕12号）同时废止。", [ZJ]),
]


def make_b():
    doc = Document(); east_asian_normal(doc); a4(doc)
    red_head(doc, "浙江省人民政府办公厅文件", B_NO)
    title(doc, B_TITLE)
    para(doc, B_ADDR, indent=False)
    para(doc, B_LEAD)
    signature(doc, B_ORG, B_DATE)
    para(doc, "（此件公开发布）")
    page_break(doc)
    title(doc, B_SUB)
    for t, _ in B_ARTS:
        n, rest = t.split("　", 1)
        p = para(doc); runs(p, [(n, HEI), ("　" + rest, FS)])
    banji(doc, ["抄送：省委各部门，省人大常委会、省政协办公厅，省监委，省法院，省检察院。",
                "浙江省人民政府办公厅" + FW * 5 + "2024年6月4日印发"])
    doc.save(os.path.join(HERE, "blind43_zhejiang_banfa.docx"))


B_DOC = {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-06-03", "level": "provincial",
                  "region": "浙江省", "effective": "2024-07-01", "expires": "2026-06-30", "repeals": ["浙政办发〔2021〕12号"]},
         "clauses": [{"text": B_LEAD, "applies_to": [ZJ]}] + [{"text": t, "applies_to": w} for t, w in B_ARTS],
         "_note": "印发通知 + 办法 on the next page (subtitle is a heading, not a clause). "
                  "第二条 is the scope article: whole province, but 第五条、第六条 only 宁波片区, 第七条 only 舟山片区, 第八条 only 杭州市. "
                  "第六条 names no place itself — its scope comes only from 第二条 (hard; a reader that gives 浙江省 there is wrong but the miss is explainable). "
                  "第三条 names 宁波片区/舟山片区 only as the source of experience to copy province-wide: it applies to all of 浙江省, not only to the two 片区. "
                  "effective 2024-07-01 (not the 成文日期 2024-06-03), expires 2026-06-30; repeals 浙政办发〔2021〕12号."}
expected["blind43_zhejiang_banfa"] = [B_DOC]

# ==================================================================== (c)
C_TITLE = "厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区和海沧区跨境数据流动便利化试行办法的通知"
C_NO = "厦府规〔2024〕7号"
C_ADDR = "各区人民政府，市直各委、办、局，各开发区管委会："
C_LEAD = "现将《中国（福建）自由贸易试验区厦门片区和海沧区跨境数据流动便利化试行办法》印发给你们，请认真贯彻执行。"
C_ORG = "厦门市人民政府"; C_DATE = "二〇二四年九月十日"
C_SUB = "中国（福建）自由贸易试验区厦门片区和海沧区跨境数据流动便利化试行办法"
XM = "中国（福建）自由贸易试验区厦门片区"; HC = "海沧区"
C_ARTS = [
    ("第一条　为促进数据依法有序自由流动，支持共建“一带一路”数字经济合作，根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《促进和规范数据跨境流动规定》等规定，结合本市实际，制定本办法。", [XM, HC]),
    ("第二条　本办法适用于中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）和海沧区行政区域内数据处理者向境外提供数据的活动。本市其他区不适用本办法。", [XM, HC]),
    ("第三条　厦门片区管委会会同市委网信办制定厦门片区数据出境负面清单，负面清单以外的数据出境，免予申报数据出境安全评估、订立个人信息出境标准合同和通过个人信息保护认证。", [XM]),
    ("第四条　海沧区人民政府应当在海沧区设立数据出境服务站，为区内航运物流、生物医药企业提供数据出境合规咨询、风险评估等“一站式”服务。", [HC]),
    ("第五条　数据处理者应当建立数据出境安全管理制度，每年1月31日前向所在区网信部门报送上一年度数据出境情况；发现数据出境安全风险的，应当立即采取补救措施并报告。", [XM, HC]),
    ("第六条　违反本办法规定的，由网信部门依照有关法律、法规的规定处理。", [XM, HC]),
    ("第七条　本办法自二〇二四年十月一日起施行，试行期两年。", [XM, HC]),
]


def make_c():
    doc = Document(); east_asian_normal(doc); a4(doc)
    red_head(doc, "厦门市人民政府文件", C_NO)
    title(doc, C_TITLE)
    para(doc, C_ADDR, indent=False)
    para(doc, C_LEAD)
    signature(doc, C_ORG, C_DATE)
    para(doc, "（此件主动公开）")
    page_break(doc)
    title(doc, C_SUB)
    for t, _ in C_ARTS:
        n, rest = t.split("　", 1)
        p = para(doc); runs(p, [(n, HEI), ("　" + rest, FS)])
    banji(doc, ["抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。",
                "厦门市人民政府办公厅" + FW * 5 + "二〇二四年九月十一日印发"])
    doc.save(os.path.join(HERE, "blind43_xiamen_shixing.docx"))


C_DOC = {"meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG, "date": "2024-09-10", "level": "municipal",
                  "region": "厦门市", "effective": "2024-10-01", "expires": "2026-09-30", "repeals": []},
         "clauses": [{"text": C_LEAD, "applies_to": [XM, HC]}] + [{"text": t, "applies_to": w} for t, w in C_ARTS],
         "_note": "成文日期 and 施行日期 are written in Chinese numerals (二〇二四年九月十日, 二〇二四年十月一日). "
                  "试行期两年 from 2024-10-01 -> last day 2026-09-30. Applies only to 厦门片区 and 海沧区 (第二条: 本市其他区不适用); "
                  "第三条 only 厦门片区, 第四条 only 海沧区. Region 厦门市, but a question about 思明区 or 翔安区 should not get these rules unmarked."}
expected["blind43_xiamen_shixing"] = [C_DOC]


if __name__ == "__main__":
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("written:", sorted(x for x in os.listdir(HERE) if x.startswith("blind43_")))
