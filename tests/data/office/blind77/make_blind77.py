# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 77: outlines numbered the way technical and planning offices number them.

(a) 云南省发展和改革委员会 印发通知 + 附件《…跨境物流枢纽建设方案》 in 第一部分/第二部分/第三部分,
    decimal numbering typed as text (1 / 1.1 / 1.1.1), 1.2 and 1.2.3 lead-ins ending in "：" followed by
    ①②③ lines, unnumbered paragraphs between numbered ones, a 专栏 box (one-cell bordered table) whose
    project list is numbered "1." "2." like the outline.
(b) 中国（河南）自由贸易试验区郑州片区管理委员会 notice: 一、… items whose body enumerates inline
    (一是…；二是…；三是…, 首先/其次/最后), a ①②③ list, a (1)(2)(3) half-width list, a 联系人 line.
Writes blind77_*.docx, the LibreOffice PDFs, and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HEI = "黑体"; KAI = "楷体_GB2312"; XBS = "方正小标宋简体"
C = WD_ALIGN_PARAGRAPH.CENTER; R = WD_ALIGN_PARAGRAPH.RIGHT


def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size); run.font.bold = bold; run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w")); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None: run.font.color.rgb = color


def para(container, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None, before=0, after=0, line=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(size * 2) if indent else None
    pf.space_before = Pt(before); pf.space_after = Pt(after); pf.line_spacing = Pt(line)
    if text: set_font(p.add_run(text), font, size, bold, color)
    return p


def item(container, head, rest="", head_font=HEI, bold=False, size=16):
    p = para(container, size=size)
    set_font(p.add_run(head), head_font, size, bold)
    if rest: set_font(p.add_run(rest), FS, size)
    return p


def border_para(p, sides=("bottom",), sz=12, color="E60012"):
    ppr = p._p.get_or_add_pPr()
    inner = "".join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % (s, sz, color) for s in sides)
    ppr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def box_table(table):
    tblPr = table._tbl.tblPr
    b = "".join('<w:%s w:val="single" w:sz="8" w:space="0" w:color="000000"/>' % s for s in ("top", "left", "bottom", "right"))
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), b)))


def gb_page(section):
    section.page_height = Cm(29.7); section.page_width = Cm(21.0)
    section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.0)


def page_footer(section):
    p = section.footer.paragraphs[0]; p.alignment = C
    def r(xml): p._p.append(parse_xml(xml))
    rpr = '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
    set_font(p.add_run("— "), "宋体", 14)
    r('<w:r %s>%s<w:fldChar w:fldCharType="begin"/></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="separate"/></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:t>1</w:t></w:r>' % (nsdecls("w"), rpr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="end"/></w:r>' % (nsdecls("w"), rpr))
    set_font(p.add_run(" —"), "宋体", 14)


def red_head(doc, organ, docno, size=30):
    para(doc, organ, XBS, size, C, False, color=RED, before=40, line=size + 10)
    para(doc, "", line=20)
    p = para(doc, docno, FS, 16, C, False, after=6)
    border_para(p, ("bottom",), 18)
    para(doc, "", line=20)


def banji(doc, cc, printed):
    para(doc, "", line=28)
    p = para(doc, cc, FS, 14, None, False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border_para(p, ("top", "bottom"), 8, "000000")
    p = para(doc, printed, FS, 14, None, False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border_para(p, ("bottom",), 8, "000000")


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def new_doc():
    doc = Document(); gb_page(doc.sections[0]); page_footer(doc.sections[0])
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


# ====================================================================== (a) Yunnan plan
YN_TITLE = "云南省发展和改革委员会关于印发《云南省中老铁路沿线跨境物流枢纽建设方案（2024—2026年）》的通知"
YN_PLAN = "云南省中老铁路沿线跨境物流枢纽建设方案（2024—2026年）"
YN_NOTICE = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设面向南亚东南亚辐射中心，充分发挥中老铁路国际黄金通道作用，我委会同有关部门研究制定了《云南省中老铁路沿线跨境物流枢纽建设方案（2024—2026年）》，现印发给你们，请结合实际认真抓好贯彻落实。"
YN_INTRO = "为充分发挥中老铁路国际大通道作用，推动沿线跨境物流枢纽提质增效，服务和融入“一带一路”建设和中国（云南）自由贸易试验区高质量发展，制定本方案。"
# (kind, label/head, rest, cite)   kinds: part, h1, h2, num, circ, plain, box
YN_BODY = [
    ("part", "第一部分  总体要求", "", "第一部分"),
    ("num", "1.1 指导思想。", "以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，以中老铁路为主轴，以昆明、磨憨、玉溪为重要节点，统筹口岸、通道、园区建设，推动通道经济向枢纽经济转变。", "第一部分 1.1"),
    ("num", "1.2 发展目标。", "到2026年，中老铁路沿线跨境物流枢纽体系基本形成，具体目标如下：", "第一部分 1.2"),
    ("circ", "①", "中老铁路国际货物列车年开行量达到5000列以上；", "第一部分 1.2 ①"),
    ("circ", "②", "磨憨铁路口岸进出口货运量年均增长15%以上；", "第一部分 1.2 ②"),
    ("circ", "③", "建成3个以上国家级示范物流园区。", "第一部分 1.2 ③"),
    ("plain", "", "展望2030年，建成功能完善、辐射南亚东南亚的国际物流枢纽，跨境物流综合成本明显下降。", "第一部分 1.2 之后的段落（第一部分 第4段）"),
    ("part", "第二部分  重点任务", "", "第二部分"),
    ("h1", "1 提升通道能力", "", "第二部分 1"),
    ("h2", "1.1 完善口岸功能", "", "第二部分 1.1"),
    ("num", "1.1.1 ", "加快磨憨铁路口岸扩能改造，推进查验场地和海关监管作业场所建设，2025年底前完成二期工程。", "第二部分 1.1.1"),
    ("num", "1.1.2 ", "支持河口、瑞丽口岸开展“铁路快通”模式试点，压缩货物通关时间。", "第二部分 1.1.2"),
    ("h2", "1.2 发展多式联运", "", "第二部分 1.2"),
    ("num", "1.2.1 ", "推动中老铁路与西部陆海新通道衔接，开行“中老铁路+中欧班列”国际联运班列。", "第二部分 1.2.1"),
    ("num", "1.2.2 ", "在昆明王家营铁路物流中心建设国际货运集结中心，完善冷链、分拨等功能。", "第二部分 1.2.2"),
    ("num", "1.2.3 ", "推进多式联运“一单制”改革。重点开展以下工作：", "第二部分 1.2.3"),
    ("circ", "①", "推广使用多式联运提单，探索赋予提单物权凭证功能；", "第二部分 1.2.3 ①"),
    ("circ", "②", "依托中国（云南）自由贸易试验区昆明片区开展铁路运输单证金融服务试点；", "第二部分 1.2.3 ②"),
    ("circ", "③", "建立与老挝、泰国铁路部门的运单信息共享机制。", "第二部分 1.2.3 ③"),
    ("plain", "", "各州（市）要结合本地实际，细化通道能力提升任务清单，于每年1月底前报省发展改革委备案。", "第二部分 1.2.3 之后的段落"),
    ("box", "专栏1  2024—2026年跨境物流枢纽重点项目", ["1.昆明国际陆港（昆明市）", "2.磨憨国际物流产业园（西双版纳州）", "3.玉溪研和物流园（玉溪市）", "4.万象南站中老物流合作园（老挝万象）"], "第二部分 专栏1"),
    ("h1", "2 培育枢纽经济", "", "第二部分 2"),
    ("num", "2.1 发展临港产业。", "支持磨憨—磨丁经济合作区承接东部产业转移，发展跨境加工和保税仓储。", "第二部分 2.1"),
    ("num", "2.2 壮大物流主体。", "培育5家以上年营业收入超10亿元的跨境物流企业，对新认定的国家5A级物流企业给予一次性奖励100万元。", "第二部分 2.2"),
    ("part", "第三部分  保障措施", "", "第三部分"),
    ("num", "1 加强组织领导。", "省发展改革委牵头建立跨部门协调机制，定期调度重点项目进展。", "第三部分 1"),
    ("num", "2 强化资金支持。", "统筹省级预算内投资、地方政府专项债券等资金，支持纳入专栏的重点项目建设。", "第三部分 2"),
    ("num", "3 做好监测评估。", "建立跨境物流运行监测指标体系，每年开展一次实施效果评估。", "第三部分 3"),
]


def make_yunnan():
    doc = new_doc()
    red_head(doc, "云南省发展和改革委员会文件", "云发改开放〔2024〕389号")
    para(doc, YN_TITLE, XBS, 22, C, False, line=34, after=16)
    para(doc, "各州、市发展改革委，滇中新区经济发展局，省直有关部门：", indent=False)
    para(doc, YN_NOTICE)
    para(doc, "附件：" + YN_PLAN, before=14)
    para(doc, "")
    p = para(doc, "云南省发展和改革委员会", align=R, indent=False); p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2024年6月18日", align=R, indent=False); p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件公开发布）")
    para(doc, "附件", HEI, 16, None, False).paragraph_format.page_break_before = True
    para(doc, YN_PLAN, XBS, 22, C, False, line=34, before=12, after=16)
    para(doc, YN_INTRO)
    for kind, head, rest, cite in YN_BODY:
        if kind == "part":
            para(doc, head, HEI, 16, C, False, before=8, after=4)
        elif kind == "h1":
            item(doc, head, "", KAI, True)
        elif kind == "h2":
            item(doc, head, "", FS, True)
        elif kind == "num":
            item(doc, head, rest, FS, True)
        elif kind == "circ":
            para(doc, head + rest)
        elif kind == "plain":
            para(doc, rest)
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1); box_table(t)
            cell = t.rows[0].cells[0]
            p = cell.paragraphs[0]; p.alignment = C
            set_font(p.add_run(head), HEI, 14)
            for ln in rest:
                q = cell.add_paragraph(); q.paragraph_format.line_spacing = Pt(24)
                set_font(q.add_run(ln), FS, 14)
    banji(doc, "抄送：国家发展改革委，省委办公厅、省政府办公厅。", "云南省发展和改革委员会办公室                2024年6月19日印发")
    path = os.path.join(HERE, "blind77_yunnan_fagaiwei.docx"); doc.save(path); return path


def yunnan_expected():
    clauses = [YN_NOTICE, YN_INTRO]; cites = ["通知正文", "方案 前言"]
    for kind, head, rest, cite in YN_BODY:
        if kind == "box":
            clauses.append(head.replace("  ", " ") + "：" + "；".join(rest)); cites.append(cite)
        else:
            clauses.append((head + rest).replace("  ", " ") if kind != "circ" else head + rest); cites.append(cite)
    return [{
        "meta": {"title": YN_TITLE, "doc_number": "云发改开放〔2024〕389号", "issuer": "云南省发展和改革委员会",
                 "date": "2024-06-18", "level": "provincial", "region": "云南省"},
        "clauses": clauses, "cites": cites,
        "attachment_title": YN_PLAN,
        "places_by_cite": {"第一部分 1.1": ["昆明", "磨憨", "玉溪"], "第二部分 1.1.1": ["磨憨"], "第二部分 1.1.2": ["河口", "瑞丽"],
                           "第二部分 1.2.2": ["昆明"], "第二部分 1.2.3 ②": ["中国（云南）自由贸易试验区昆明片区"],
                           "第二部分 1.2.3 ③": ["老挝", "泰国"], "第二部分 专栏1": ["昆明市", "西双版纳州", "玉溪市", "老挝万象"],
                           "第二部分 2.1": ["磨憨—磨丁经济合作区"], "(whole document)": ["云南省"]},
        "_note": ("Furniture, never clauses: the 版头 '云南省发展和改革委员会文件', the 文号 line, the title, the 主送 line, '附件：…' line under the notice, "
                  "落款 '云南省发展和改革委员会' / '2024年6月18日', '（此件公开发布）', the '附件' mark and the repeated plan title on page 2 (tolerable as a heading), "
                  "页脚 '— 1 —' etc., 版记 '抄送：…' and '云南省发展和改革委员会办公室 2024年6月19日印发'. "
                  "Date is the signing date 2024-06-18, not the 印发 date 06-19. No effective/expires printed. "
                  "Tolerable: the attachment emitted as a second document titled by the plan title (then the clauses from '方案 前言' on belong to it, level/issuer/region inherited); "
                  "part headings (第一部分 总体要求) and heading-only items ('1 提升通道能力', '1.1 完善口岸功能') as own clauses or folded into their children as heading context; "
                  "①②③ lines as own clauses (children of 1.2 / 1.2.3) or merged into their lead-in item; the double space inside '第一部分  总体要求' / '专栏1  2024…' collapsed. "
                  "NOT tolerable: a decimal label lost or replaced (an analyst cites '第二部分 1.2.3 ②', so the reader must keep 1.2.3 distinct from 第一部分 1.2 and from 第三部分 1/2/3 — "
                  "'第三部分 1' must not be confused with '第二部分 1'); the unnumbered paragraphs (展望2030年…, 各州（市）要…) glued into ③; the 专栏 project lines '1.昆明国际陆港…' read as "
                  "outline items 1/2/3/4 of 第二部分 (they restart the numbering inside a box) or lost; the 专栏 glued into 1.2.3 ③. The 专栏 may be one clause (title + lines) or a title clause plus one per project line."),
    }]


# ====================================================================== (b) Zhengzhou notice
ZZ_ORGAN = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_TITLE = ZZ_ORGAN + "关于推动“空中丝绸之路”与“陆上丝绸之路”联动发展的通知"
ZZ_INTRO = "为深入落实高质量共建“一带一路”部署，发挥郑州—卢森堡“空中丝绸之路”和中欧班列（中豫号）双枢纽优势，推进自贸试验区制度创新成果集成应用，现就有关事项通知如下："
ZZ_BODY = [
    ("一、强化空陆联运衔接。", "一是支持航空货运企业与中欧班列运营平台共建“空铁联运”中转仓，实现货物一次申报、一次查验、一次放行；二是推动郑州新郑综合保税区与郑州国际陆港互设作业点，开展保税货物跨关区流转；三是鼓励企业开行郑州至卢森堡、列日的定期全货机航线，对新开航线给予运营补贴。", "一"),
    ("二、推进制度创新复制推广。", "首先，梳理片区“空中丝绸之路”建设中形成的跨境电商零售进口退货中心仓、多式联运“一单到底”等创新案例；其次，对成效明显的案例报请省自贸办向全省复制推广；最后，每半年组织一次制度创新成果评估，评估结果纳入功能区年度考核。", "二"),
    ("三、加大政策支持力度。", "对符合条件的企业按以下标准给予支持：", "三"),
    ("", "①对经郑州机场出境、经中欧班列（中豫号）回程的空铁联运货物，每标准箱补贴2000元；", "三①"),
    ("", "②对在卢森堡、匈牙利等共建“一带一路”国家新设海外仓的企业，按实际投资额的10%给予补助，最高200万元；", "三②"),
    ("", "③对获评国家级多式联运示范工程的项目，一次性奖励100万元。", "三③"),
    ("四、规范申报程序。", "企业应于每季度首月15日前通过片区政务服务平台提交申报材料，主要包括：", "四"),
    ("", "(1)项目申报表及承诺书；", "四(1)"),
    ("", "(2)运输合同、报关单等业务凭证复印件；", "四(2)"),
    ("", "(3)第三方审计机构出具的专项审计报告。", "四(3)"),
    ("五、其他事项。", "本通知自2024年10月1日起施行，有效期至2026年9月30日。本通知由片区管委会经济发展局负责解释。", "五"),
    ("", "联系人：经济发展局 刘晓明，联系电话：0371-56781234。", "五 联系人"),
]


def make_zhengzhou():
    doc = new_doc()
    red_head(doc, ZZ_ORGAN + "文件", "郑自贸管〔2024〕21号", size=24)
    para(doc, ZZ_TITLE, XBS, 22, C, False, line=34, after=16)
    para(doc, "片区各功能区、各相关部门，各有关企业：", indent=False)
    para(doc, ZZ_INTRO)
    for head, rest, cite in ZZ_BODY:
        if head: item(doc, head, rest, HEI)
        else: para(doc, rest)
    para(doc, ""); para(doc, "")
    p = para(doc, ZZ_ORGAN, align=R, indent=False); p.paragraph_format.right_indent = Pt(16)
    p = para(doc, "2024年9月12日", align=R, indent=False); p.paragraph_format.right_indent = Pt(80)
    para(doc, "（此件主动公开）")
    banji(doc, "抄送：河南省自由贸易试验区工作领导小组办公室，郑州市人民政府办公厅。", "郑州片区管委会综合办公室                    2024年9月13日印发")
    path = os.path.join(HERE, "blind77_zhengzhou_guanweihui.docx"); doc.save(path); return path


def zhengzhou_expected():
    return [{
        "meta": {"title": ZZ_TITLE, "doc_number": "郑自贸管〔2024〕21号", "issuer": ZZ_ORGAN, "date": "2024-09-12",
                 "level": "municipal", "region": "河南省郑州市", "effective": "2024-10-01", "expires": "2026-09-30"},
        "clauses": [ZZ_INTRO] + [h + r for h, r, c in ZZ_BODY],
        "cites": ["导语"] + [c for h, r, c in ZZ_BODY],
        "places_by_cite": {"导语": ["郑州", "卢森堡"], "一": ["郑州新郑综合保税区", "郑州国际陆港", "郑州", "卢森堡", "列日"],
                           "三①": ["郑州机场"], "三②": ["卢森堡", "匈牙利"], "(whole document)": ["河南省郑州市", "中国（河南）自由贸易试验区郑州片区"]},
        "_note": ("Furniture, never clauses: 版头 '…郑州片区管理委员会文件', 文号 line, title, 主送 '片区各功能区、各相关部门，各有关企业：', 落款 (organ + '2024年9月12日'), "
                  "'（此件主动公开）', 页脚 '— 1 —', 版记 抄送 line and '郑州片区管委会综合办公室 2024年9月13日印发'. Date is 2024-09-12 (not 印发 09-13). "
                  "Analysts cite '一' / '二' for the inline-enumerating items (and speak of '第一项一是…' inside them); items 一 and 二 are each ONE paragraph and must stay whole: "
                  "splitting at 一是/二是/三是 or 首先/其次/最后 is tolerable only as children that keep all the text in order; splitting them into unrelated top-level clauses, or treating "
                  "'一是' as a new 一、 item, is wrong. ①②③ (三①…) and (1)(2)(3) (四(1)…) may be own clauses (children of 三/四) or merged into 三/四. The '联系人' line is not a provision: "
                  "tolerable as its own trailing clause, merged into 五, or dropped as furniture (low); it must not be mistaken for the 落款 or swallow it. "
                  "Level municipal (片区管委会 is an organ of 郑州市); region 河南省郑州市 ('郑州市' alone tolerable, low)."),
    }]


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    a = make_yunnan(); to_pdf(a)
    b = make_zhengzhou(); to_pdf(b)
    exp = {"blind77_yunnan_fagaiwei": yunnan_expected(), "blind77_zhengzhou_guanweihui": zhengzhou_expected()}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    print("wrote", a, b)
