# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1018: 南沙—香港合作備忘錄 (繁體本 / 简体本) + 南沙区商务局公布通知.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into the
directory of this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
MING = "新細明體"   # HK side
BKAI = "標楷體"     # HK side
RED = RGBColor(0xFF, 0x00, 0x00)

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, ind_pt=32):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(ind_pt)
    return p


def add_par(doc, runs, fname=FS, fsize=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, fname, fsize, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def field(p, instr, name, size):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, normal_font=FS, normal_size=16, margins=(3.7, 3.5, 2.8, 2.6), footer="gb"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = normal_font
    st.font.size = Pt(normal_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), normal_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "gb":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                       # HK style: 第 1 頁，共 3 頁
        font(fp.add_run("第 "), MING, 10)
        field(fp, "PAGE", MING, 10)
        font(fp.add_run(" 頁，共 "), MING, 10)
        field(fp, "NUMPAGES", MING, 10)
        font(fp.add_run(" 頁"), MING, 10)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def project_table(doc, hdr, rows, name, hname, size, widths):
    """Table with a two-level header: 牵头单位 spans 南沙方 / 香港方.
    hdr = (序号, 项目名称, 主要内容, 牵头单位, 南沙方, 香港方, 完成时限)."""
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = [hdr[0], hdr[1], hdr[2], hdr[3], "", hdr[6]]
    for i, h in enumerate(top):
        set_cell(t.rows[0].cells[i], h, hname, size)
    set_cell(t.rows[1].cells[3], hdr[4], hname, size)
    set_cell(t.rows[1].cells[4], hdr[5], hname, size)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, name, size, align=al)
    col_widths(t, widths)
    # merges (after filling so text of the kept cell stays)
    for ci in (0, 1, 2, 5):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 3).merge(t.cell(0, 4))
    for ci in (0, 1, 2, 5):
        c = t.cell(0, ci)
        # merge() concatenates paragraphs; keep only the first
        for extra in c.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    c = t.cell(0, 3)
    for extra in c.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    return t


def row_clause(hdr, row, sep_k="：", sep="；", slash="／"):
    keys = [hdr[0], hdr[1], hdr[2], hdr[3] + slash + hdr[4], hdr[3] + slash + hdr[5], hdr[6]]
    return sep.join("%s%s%s" % (k, sep_k, v) for k, v in zip(keys, row))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1018", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ shared content
# ---- simplified (广东方文本) ----
S_TITLE = "广州南沙经济技术开发区管理委员会与香港特别行政区政府商务及经济发展局深化商贸及专业服务合作备忘录"
S_PRE = ("为贯彻落实《粤港澳大湾区发展规划纲要》和《广州南沙深化面向世界的粤港澳全面合作总体方案》，"
         "进一步发挥中国（广东）自由贸易试验区广州南沙新区片区的平台作用，促进南沙与香港在商贸、专业服务和"
         "共建“一带一路”市场拓展等领域的互利合作，广州南沙经济技术开发区管理委员会（以下简称“南沙开发区管委会”）"
         "与香港特别行政区政府商务及经济发展局（以下简称“商经局”）（以下合称“双方”）本着优势互补、互利共赢的原则，"
         "经友好协商，达成以下合作意向：")
S_ART = [
    ("第一条", "双方同意以“香港所长、南沙所需”为导向，共同在南沙建设香港专业服务集聚区，推动两地规则衔接、机制对接。"
               "双方力争到2027年底，在南沙设立的港资企业累计达到3500家，在南沙提供服务的香港专业服务机构累计达到300家。", []),
    ("第二条", "双方在以下领域开展合作：", [
        "（一）专业服务。支持香港律师事务所、会计师事务所、建筑及相关工程咨询机构在南沙设立代表机构或者分支机构，"
        "推动具有香港执业资格的专业人士经备案后在南沙提供服务；",
        "（二）商贸物流。依托南沙港区和广州南沙综合保税区，推动香港国际机场与南沙港在空海联运、跨境电子商务、冷链物流等方面深化合作；",
        "（三）会展推广。支持香港贸易发展局等机构在南沙举办展览和商贸配对活动，共同打造面向共建“一带一路”国家的经贸交流平台；",
        "（四）青年创业。支持香港青年在南沙创新创业，依托南沙粤港澳（国际）青年创新工场等载体提供办公场地、创业辅导和融资对接服务。",
    ]),
    ("第三条", "南沙开发区管委会为在南沙设立的港资企业提供“一站式”商事登记服务。港资企业设立登记实行“跨境通办”，"
               "香港投资者可以通过设在香港的指定服务点提交申请材料，材料齐全的，办理时限不超过3个工作日。", []),
    ("第四条", "商经局通过香港特别行政区政府驻粤经济贸易办事处和投资推广署，向香港工商界宣传推介南沙营商环境和有关政策，"
               "协助有意在南沙投资的香港企业与南沙有关部门对接。", []),
    ("第五条", "双方共同组织南沙企业与香港企业“组团出海”，联合开拓东盟、中东、中亚等共建“一带一路”国家和地区市场，"
               "每年联合举办境外经贸推介活动不少于2场。", []),
    ("第六条", "双方建立联席会议机制，原则上每年召开一次会议，轮流在南沙和香港举行，总结年度合作成效，研究确定下一年度重点合作项目。"
               "双方各自指定一个联络单位，负责日常沟通协调。南沙开发区管委会的联络单位为广州市南沙区商务局，"
               "商经局的联络单位为香港特别行政区政府驻粤经济贸易办事处。", []),
    ("第七条", "本备忘录是双方合作意向的表述，不构成具有法律约束力的协议，不产生法律上的权利义务。"
               "双方在本备忘录框架下开展的具体合作项目，可以另行签订协议。", []),
    ("第八条", "本备忘录自双方签署之日起生效，有效期至2030年12月31日。有效期届满前6个月，双方可以协商续签事宜。", []),
    ("第九条", "本备忘录的修改和补充，须经双方协商一致并以书面形式确认。本备忘录附件为本备忘录的组成部分，"
               "附件所列项目由双方根据联席会议商定情况逐年更新。", []),
    ("第十条", "本备忘录以中文书就，一式四份，简体中文本和繁体中文本各两份，双方各执简体中文本和繁体中文本各一份，"
               "两种文本具有同等效力。", []),
]
S_ANNEX_TITLE = "2026年度重点合作项目清单"
S_HDR = ("序号", "项目名称", "主要内容", "牵头单位", "南沙方", "香港方", "完成时限")
S_ROWS = [
    ["1", "南沙香港专业服务集聚区建设", "在南沙明珠湾区设立香港专业服务集聚区，首批引进香港专业服务机构30家",
     "区商务局", "投资推广署", "2026年12月"],
    ["2", "商事登记“跨境通办”", "在香港设立南沙商事登记指定服务点2个，实现港资企业设立登记全程网办",
     "区市场监督管理局", "驻粤经济贸易办事处", "2026年6月"],
    ["3", "空海联运合作", "推动香港国际机场与南沙港空海联运常态化运作，年货运量达到5万吨",
     "区交通运输局", "机场管理局", "2026年9月"],
    ["4", "南沙·香港“一带一路”联合推介", "联合赴东盟、中东举办经贸推介活动各1场",
     "区商务局", "香港贸易发展局", "2026年11月"],
    ["5", "香港青年创业支持", "新增孵化香港青年创业团队50个，提供创业资助和人才住房保障",
     "团区委", "民政及青年事务局", "2026年12月"],
    ["6", "专业人士执业备案", "新增香港建筑、工程、法律等领域备案执业专业人士200人",
     "区住房和城乡建设局、区司法局", "发展局、律政司", "2026年12月"],
]
S_NOTE = "注：完成时限为年度目标完成时间，具体以联席会议商定为准。"

# ---- traditional (香港方文本) ----
T_TITLE = "廣州南沙經濟技術開發區管理委員會與香港特別行政區政府商務及經濟發展局深化商貿及專業服務合作備忘錄"
T_PRE = ("為貫徹落實《粵港澳大灣區發展規劃綱要》和《廣州南沙深化面向世界的粵港澳全面合作總體方案》，"
         "進一步發揮中國（廣東）自由貿易試驗區廣州南沙新區片區的平台作用，促進南沙與香港在商貿、專業服務和"
         "共建「一帶一路」市場拓展等領域的互利合作，廣州南沙經濟技術開發區管理委員會（以下簡稱「南沙開發區管委會」）"
         "與香港特別行政區政府商務及經濟發展局（以下簡稱「商經局」）（以下合稱「雙方」）本着優勢互補、互利共贏的原則，"
         "經友好協商，達成以下合作意向：")
T_ART = [
    ("第一條", "雙方同意以「香港所長、南沙所需」為導向，共同在南沙建設香港專業服務集聚區，推動兩地規則銜接、機制對接。"
               "雙方力爭到2027年底，在南沙設立的港資企業累計達到3,500家，在南沙提供服務的香港專業服務機構累計達到300家。", []),
    ("第二條", "雙方在以下領域開展合作：", [
        "（一）專業服務。支持香港律師事務所、會計師事務所、建築及相關工程諮詢機構在南沙設立代表機構或者分支機構，"
        "推動具有香港執業資格的專業人士經備案後在南沙提供服務；",
        "（二）商貿物流。依託南沙港區和廣州南沙綜合保稅區，推動香港國際機場與南沙港在空海聯運、跨境電子商務、冷鏈物流等方面深化合作；",
        "（三）會展推廣。支持香港貿易發展局等機構在南沙舉辦展覽和商貿配對活動，共同打造面向共建「一帶一路」國家的經貿交流平台；",
        "（四）青年創業。支持香港青年在南沙創新創業，依託南沙粵港澳（國際）青年創新工場等載體提供辦公場地、創業輔導和融資對接服務。",
    ]),
    ("第三條", "南沙開發區管委會為在南沙設立的港資企業提供「一站式」商事登記服務。港資企業設立登記實行「跨境通辦」，"
               "香港投資者可以通過設在香港的指定服務點提交申請材料，材料齊全的，辦理時限不超過3個工作日。", []),
    ("第四條", "商經局通過香港特別行政區政府駐粵經濟貿易辦事處和投資推廣署，向香港工商界宣傳推介南沙營商環境和有關政策，"
               "協助有意在南沙投資的香港企業與南沙有關部門對接。", []),
    ("第五條", "雙方共同組織南沙企業與香港企業「組團出海」，聯合開拓東盟、中東、中亞等共建「一帶一路」國家和地區市場，"
               "每年聯合舉辦境外經貿推介活動不少於2場。", []),
    ("第六條", "雙方建立聯席會議機制，原則上每年召開一次會議，輪流在南沙和香港舉行，總結年度合作成效，研究確定下一年度重點合作項目。"
               "雙方各自指定一個聯絡單位，負責日常溝通協調。南沙開發區管委會的聯絡單位為廣州市南沙區商務局，"
               "商經局的聯絡單位為香港特別行政區政府駐粵經濟貿易辦事處。", []),
    ("第七條", "本備忘錄是雙方合作意向的表述，不構成具有法律約束力的協議，不產生法律上的權利義務。"
               "雙方在本備忘錄框架下開展的具體合作項目，可以另行簽訂協議。", []),
    ("第八條", "本備忘錄自雙方簽署之日起生效，有效期至2030年12月31日。有效期屆滿前6個月，雙方可以協商續簽事宜。", []),
    ("第九條", "本備忘錄的修改和補充，須經雙方協商一致並以書面形式確認。本備忘錄附件為本備忘錄的組成部分，"
               "附件所列項目由雙方根據聯席會議商定情況逐年更新。", []),
    ("第十條", "本備忘錄以中文書就，一式四份，簡體中文本和繁體中文本各兩份，雙方各執簡體中文本和繁體中文本各一份，"
               "兩種文本具有同等效力。", []),
]
T_ANNEX_TITLE = "2026年度重點合作項目清單"
T_HDR = ("序號", "項目名稱", "主要內容", "牽頭單位", "南沙方", "香港方", "完成時限")
T_ROWS = [
    ["1", "南沙香港專業服務集聚區建設", "在南沙明珠灣區設立香港專業服務集聚區，首批引進香港專業服務機構30家",
     "區商務局", "投資推廣署", "2026年12月"],
    ["2", "商事登記「跨境通辦」", "在香港設立南沙商事登記指定服務點2個，實現港資企業設立登記全程網辦",
     "區市場監督管理局", "駐粵經濟貿易辦事處", "2026年6月"],
    ["3", "空海聯運合作", "推動香港國際機場與南沙港空海聯運常態化運作，年貨運量達到5萬噸",
     "區交通運輸局", "機場管理局", "2026年9月"],
    ["4", "南沙·香港「一帶一路」聯合推介", "聯合赴東盟、中東舉辦經貿推介活動各1場",
     "區商務局", "香港貿易發展局", "2026年11月"],
    ["5", "香港青年創業支持", "新增孵化香港青年創業團隊50個，提供創業資助和人才住房保障",
     "團區委", "民政及青年事務局", "2026年12月"],
    ["6", "專業人士執業備案", "新增香港建築、工程、法律等領域備案執業專業人士200人",
     "區住房和城鄉建設局、區司法局", "發展局、律政司", "2026年12月"],
]
T_NOTE = "註：完成時限為年度目標完成時間，具體以聯席會議商定為準。"

S_ISSUERS = ["广州南沙经济技术开发区管理委员会", "香港特别行政区政府商务及经济发展局"]
T_ISSUERS = ["廣州南沙經濟技術開發區管理委員會", "香港特別行政區政府商務及經濟發展局"]


# =================================================================== DOC A
def doc_fanti():
    """繁體中文本, typed on the Hong Kong side (新細明體/標楷體, 12pt, 「」quotes)."""
    stem = "blind1018_memo_fanti"
    doc = Document()
    setup(doc, MING, 12, margins=(2.54, 2.54, 3.0, 2.8), footer="hk")
    clauses = []

    # small label top right, HK style
    add_par(doc, [("（繁體中文本）", MING, 10, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=18)
    empty(doc, 1, line=18)
    # title: one paragraph, manual line breaks
    p = doc.add_paragraph()
    font(p.add_run("廣州南沙經濟技術開發區管理委員會"), BKAI, 18, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("與"), BKAI, 18, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("香港特別行政區政府商務及經濟發展局"), BKAI, 18, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("深化商貿及專業服務合作備忘錄"), BKAI, 18, True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=12)
    empty(doc, 1, line=18)

    add_par(doc, [(T_PRE, MING, 12, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            line=22, ind_pt=24, after=6)
    clauses.append(T_PRE)

    for num, text, items in T_ART:
        p = add_par(doc, [(num, MING, 12, True), ("　" + text, MING, 12, False)],
                    align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False, line=22, after=6)
        # hanging indent: 第X條 sticks out, text aligned under it
        p.paragraph_format.left_indent = Pt(48)
        p.paragraph_format.first_line_indent = Pt(-48)
        if items:
            p.paragraph_format.space_after = Pt(0)
        for it in items:
            q = add_par(doc, [(it, MING, 12, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                        indent=False, line=22)
            q.paragraph_format.left_indent = Pt(84)
            q.paragraph_format.first_line_indent = Pt(-36)
        if items:
            doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
        clauses.append(num + "　" + text + "".join(items))

    empty(doc, 2, line=18)
    # signature block: borderless two-column table
    t = doc.add_table(rows=5, cols=2)
    no_borders(t)
    left = ["廣州南沙經濟技術開發區管理委員會", "代表簽署：", "", "＿＿＿＿＿＿＿＿＿＿＿＿", "梁志遠　副主任"]
    right = ["香港特別行政區政府商務及經濟發展局", "代表簽署：", "", "＿＿＿＿＿＿＿＿＿＿＿＿", "何婉儀　副秘書長"]
    for i in range(5):
        set_cell(t.rows[i].cells[0], left[i], MING, 12, bold=(i == 0), line=22)
        set_cell(t.rows[i].cells[1], right[i], MING, 12, bold=(i == 0), line=22)
    empty(doc, 1, line=18)
    add_par(doc, [("\t簽署日期：二〇二五年十二月十九日", MING, 12, False)], indent=False, line=22)
    add_par(doc, [("\t簽署地點：香港", MING, 12, False)], indent=False, line=22)
    for par in doc.paragraphs[-2:]:
        par.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))

    # 附件 on a new page
    page_break(doc)
    add_par(doc, [("附件", MING, 12, True)], indent=False, line=22)
    add_par(doc, [(T_ANNEX_TITLE, BKAI, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=28, before=6, after=10)
    project_table(doc, T_HDR, T_ROWS, MING, MING, 10.5, [1.3, 2.9, 4.6, 2.3, 2.3, 1.8])
    for r in T_ROWS:
        clauses.append(row_clause(T_HDR, r))
    add_par(doc, [(T_NOTE, MING, 10.5, False)], indent=False, line=20, before=6)
    clauses.append(T_NOTE)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": T_TITLE,
            "doc_number": None,
            "issuer": T_ISSUERS,
            "date": "2025-12-19",
            "published": None,
            "level": "other",
            "region": "廣州市南沙區",
            "effective": "2025-12-19",
            "expires": "2030-12-31",
            "attachments": [T_ANNEX_TITLE],
            "doc_type": "備忘錄",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jianti():
    """简体中文本, typed on the 南沙 side as 附件1 of the publishing notice."""
    stem = "blind1018_memo_jianti"
    doc = Document()
    setup(doc, margins=(2.54, 2.54, 2.8, 2.6))
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for seg in ("广州南沙经济技术开发区管理委员会与香港",
                "特别行政区政府商务及经济发展局深化商贸",
                "及专业服务合作备忘录"):
        add_par(doc, [(seg, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)

    add_par(doc, [(IND + S_PRE, FS, 16, False)], indent=False)
    clauses.append(S_PRE)

    for num, text, items in S_ART:
        p = doc.add_paragraph()
        font(p.add_run(IND), FS, 16)
        font(p.add_run(num), HT, 16)
        font(p.add_run("　" + text), FS, 16)
        for it in items:
            # Shift+Enter inside the article, indent typed with full-width spaces
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND + it), FS, 16)
        fmt(p, indent=False)
        clauses.append(num + "　" + text + "".join(items))

    empty(doc, 1)
    # signature blocks typed with spaces, one under the other
    SP = " " * 16
    add_par(doc, SP + "广州南沙经济技术开发区管理委员会", indent=False)
    add_par(doc, SP + "代表（签字）：梁志远", indent=False)
    add_par(doc, SP + "香港特别行政区政府商务及经济发展局", indent=False)
    add_par(doc, SP + "代表（签字）：何婉仪", indent=False)
    add_par(doc, SP + "签署日期：2025年12月19日", indent=False)
    add_par(doc, SP + "签署地点：香港", indent=False)

    # 附件 of the memo on a new page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(S_ANNEX_TITLE, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, after=8)
    project_table(doc, S_HDR, S_ROWS, FS, HT, 12, [1.4, 2.8, 4.6, 2.4, 2.2, 2.2])
    for r in S_ROWS:
        clauses.append(row_clause(S_HDR, r))
    add_par(doc, [(S_NOTE, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(S_NOTE)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": S_TITLE,
            "doc_number": None,
            "issuer": S_ISSUERS,
            "date": "2025-12-19",
            "published": None,
            "level": "other",
            "region": "广州市南沙区",
            "effective": "2025-12-19",
            "expires": "2030-12-31",
            "attachments": [S_ANNEX_TITLE],
            "doc_type": "备忘录",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_tongzhi():
    """广州市南沙区商务局 notice publishing the memo (红头, 文号, 附件 list, 版记)."""
    stem = "blind1018_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("广州市南沙区商务局文件", XBS, 38, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=30)
    empty(doc, 2)
    p = add_par(doc, "穗南商务〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("广州市南沙区商务局关于公布南沙与香港"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("深化商贸及专业服务合作备忘录的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、各街道办事处，区各有关单位，各有关行业协会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("2025年12月19日，广州南沙经济技术开发区管理委员会与香港特别行政区政府商务及经济发展局在香港签署"
         "《广州南沙经济技术开发区管理委员会与香港特别行政区政府商务及经济发展局深化商贸及专业服务合作备忘录》"
         "（以下简称《备忘录》）。《备忘录》以简体中文和繁体中文书就，两种文本具有同等效力。经区管委会同意，"
         "现将《备忘录》简体中文本和繁体中文本予以公布，并就有关事项通知如下：")
    items = [
        ("一、抓好项目落实。", "《备忘录》附件所列2026年度重点合作项目涉及的区各牵头单位，要对照完成时限细化工作措施，"
                          "于2026年2月27日前将具体工作方案报送区商务局。"),
        ("二、做好联络服务。", "区商务局作为《备忘录》确定的南沙方联络单位，负责联席会议机制日常工作，定期汇总各项目进展情况。"
                          "联系人：黄晓琳，联系电话：020-39078216。"),
        ("三、加强宣传推介。", "各镇（街）、各行业协会要通过多种渠道向辖区企业和会员企业宣传《备忘录》有关内容，"
                          "引导企业用好“跨境通办”等便利措施，积极参与南沙与香港“组团出海”活动。"),
    ]
    for h, t in items:
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])
    body("执行中遇到的问题，请及时向区商务局反映。")
    empty(doc, 1)
    # 附件 list: second item aligned with typed full-width spaces
    a1 = S_TITLE + "（简体中文本）"
    a2 = T_TITLE + "（繁體中文本）"
    p = add_par(doc, "附件：1." + a1)
    p.paragraph_format.left_indent = Pt(0)
    p = add_par(doc, "　　　2." + a2)
    empty(doc, 2)
    p = add_par(doc, "广州市南沙区商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年1月9日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件主动公开）")
    empty(doc, 3)
    # 版记
    p = add_par(doc, [("抄送：区管委会办公室，广州市商务局，香港特别行政区政府驻粤经济贸易办事处。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("广州市南沙区商务局办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年1月9日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广州市南沙区商务局关于公布南沙与香港深化商贸及专业服务合作备忘录的通知",
            "doc_number": "穗南商务〔2026〕3号",
            "issuer": ["广州市南沙区商务局"],
            "date": "2026-01-09",
            "published": None,
            "level": "county",
            "region": "广州市南沙区",
            "effective": None,
            "expires": None,
            "attachments": [a1, a2],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "各街道办事处", "区各有关单位", "各有关行业协会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fanti(), doc_jianti(), doc_tongzhi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
