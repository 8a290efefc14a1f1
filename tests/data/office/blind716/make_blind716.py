# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 716 blind test documents: 贺信 / 致辞 / 感谢信 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=True):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- doc 1: 贺信
def make_hexin():
    stem = "blind716_shaanxi_hexin"
    doc = new_doc()
    empty(doc, 1)
    # title split over two separate paragraphs, black, same size
    para(doc, "陕西省人民政府", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "致中欧班列（西安）开行第10000列的贺信", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    para(doc, "中欧班列（西安）运营有限公司并全体干部职工：", indent=False)

    body = [
        "值此中欧班列（西安）第10000列从西安国际港站鸣笛启程之际，省人民政府谨向你们表示热烈的祝贺！向长期以来奋战在班列组织、场站作业、通关服务一线的全体干部职工致以诚挚的问候！向关心支持中欧班列（西安）发展的海关、铁路、口岸等有关单位和国内外合作伙伴表示衷心的感谢！",
        "中欧班列（西安）自2013年11月首发以来，始终坚持服务共建“一带一路”大局，从开行初期的“一月一列”发展到如今的“一日多列”，开行线路由1条拓展至18条，辐射欧亚大陆45个国家和地区，年开行量连续多年稳居全国前列。特别是2025年，全年开行班列1986列，同比增长11.3%，运送货值突破520亿元，为稳定国际产业链供应链作出了积极贡献。",
        "10000列的背后，是一代代班列人披星戴月、攻坚克难的不懈奋斗。你们坚持改革创新，率先探索“中欧班列+跨境电商”“中欧班列+综合保税区”等融合发展模式，推动西安国际港站与西安综合保税区、中国（陕西）自由贸易试验区西安国际港务区片区联动发展，开通“跨境电商专列”“新能源汽车专列”等特色线路，打造了集货、集散、集成的国际物流枢纽，为我省建设内陆改革开放高地提供了有力支撑。",
        "当前，共建“一带一路”进入高质量发展新阶段。希望你们以开行第10000列为新的起点，坚持稳中求进、守正创新，持续优化线路网络和运输组织，加快数字化、智能化转型，深化与沿线国家和地区的务实合作，推动“班列+贸易+产业”一体化发展，着力提升中欧班列（西安）的品牌影响力和综合竞争力，在服务构建新发展格局中展现新担当、实现新作为。",
        "省级有关部门和西安市要一如既往关心支持中欧班列（西安）发展，在通关便利、运力保障、要素支撑等方面加大协调力度，共同营造更加良好的发展环境。",
        "衷心祝愿中欧班列（西安）越开越稳、越开越远、越开越好！祝全体干部职工工作顺利、身体健康、阖家幸福！",
    ]
    for i, t in enumerate(body):
        if i == 2:
            # office quirk: indent typed as two full-width spaces, no first-line indent
            para(doc, "\u3000\u3000" + t, indent=False)
        else:
            para(doc, t)
    empty(doc, 2)
    # 落款 aligned with manual spaces, date after a soft line break in the same paragraph
    p = doc.add_paragraph()
    r = p.add_run("\u3000" * 16 + "陕西省人民政府")
    set_font(r, FS, 16)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("\u3000" * 16 + "2026年3月18日")
    set_font(r2, FS, 16)
    empty(doc, 1)
    save(doc, stem)

    meta = {
        "title": "陕西省人民政府致中欧班列（西安）开行第10000列的贺信",
        "doc_number": None,
        "issuer": ["陕西省人民政府"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "贺信",
        "recipients": ["中欧班列（西安）运营有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": body}]


# ---------------------------------------------------------------- doc 2: 致辞
def make_zhici():
    stem = "blind716_xian_zhici"
    doc = new_doc()
    # title with a soft line break inside one paragraph
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("在2026中国（陕西）“一带一路”")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("经贸合作论坛开幕式上的致辞"), XBS, 22)
    empty(doc, 1)
    para(doc, "陕西省人民政府副省长\u3000\u3000赵立群", KT, 16,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "（2026年4月16日）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    for s in ("尊敬的商务部王副部长，", "尊敬的各位使节、各位嘉宾，", "女士们、先生们、朋友们："):
        para(doc, s, indent=False)

    clauses = []

    def plain(t, typed_indent=False):
        if typed_indent:
            para(doc, "\u3000\u3000" + t, indent=False)
        else:
            para(doc, t)
        clauses.append(t)

    def runin(head, tail):
        # bold run-in heading split across two runs, as people retype it
        cut = len(head) // 2
        runs(doc, [(head[:cut], FS, True), (head[cut:], FS, True), (tail, FS, False)])
        clauses.append(head + tail)

    plain("大家上午好！春和景明，万物勃发。很高兴与各位新老朋友相聚古都西安，共同出席2026中国（陕西）“一带一路”经贸合作论坛。在此，我谨代表陕西省人民政府，对论坛的隆重开幕表示热烈的祝贺！向出席论坛的各位领导、各位嘉宾表示诚挚的欢迎！向长期以来关心支持陕西开放发展的各界朋友表示衷心的感谢！")
    plain("陕西是古丝绸之路的起点，也是共建“一带一路”的重要节点。近年来，我们深入贯彻落实党中央、国务院决策部署，主动融入和服务共建“一带一路”大局，加快建设内陆改革开放高地，对外开放的广度和深度不断拓展。2025年，全省货物贸易进出口总值达到5100亿元，同比增长6.8%；实际使用外资18.6亿美元；对共建“一带一路”国家进出口占全省比重提高到39.2%。中欧班列（西安）累计开行突破1万列，中国（陕西）自由贸易试验区累计形成制度创新成果近千项，西安、宝鸡、延安等地综合保税区进出口规模持续扩大，跨境电子商务综合试验区建设稳步推进。", typed_indent=True)
    plain("当前，世界百年变局加速演进，经济全球化遭遇逆风，但和平发展、合作共赢的时代潮流不可阻挡。共建“一带一路”已经成为深受欢迎的国际公共产品和国际合作平台。借此机会，我提三点倡议：")
    runin("第一，携手畅通互联互通大通道。",
          "我们将持续提升中欧班列（西安）集结中心功能，加密“长安号”至中亚、欧洲的线路，推进西安咸阳国际机场三期工程建成投用，构建陆空内外联动、东西双向互济的国际物流网络，欢迎各国企业共享陕西通道优势。")
    runin("第二，携手拓展经贸投资新空间。",
          "我们将全面落实外商投资准入前国民待遇加负面清单管理制度，持续放宽服务业市场准入，打造市场化、法治化、国际化一流营商环境，支持各国企业在能源化工、装备制造、现代农业、数字经济等领域来陕投资兴业，同时鼓励陕西企业“走出去”，在共建国家建设境外经贸合作区。")
    runin("第三，携手深化制度型开放新探索。",
          "我们将依托中国（陕西）自由贸易试验区，主动对接高标准国际经贸规则，在跨境服务贸易、数据跨境流动、知识产权保护等领域先行先试，推动“丝路电商”合作走深走实，为各国企业提供更加便利、透明、可预期的制度环境。")
    plain("朋友们，陕西是一片开放包容、充满活力的热土。本届论坛以“共建丝路通道\u3000共享发展机遇”为主题，安排了主旨演讲、专题对话、项目签约、企业对接等系列活动。我们真诚希望各位嘉宾多走走、多看看，深入了解陕西、投资陕西，共同书写共建“一带一路”高质量发展的新篇章。")
    plain("最后，预祝本次论坛取得圆满成功！祝各位嘉宾身体健康、工作顺利、在陕期间生活愉快！")
    plain("谢谢大家！")
    empty(doc, 2)
    save(doc, stem)

    meta = {
        "title": "在2026中国（陕西）“一带一路”经贸合作论坛开幕式上的致辞",
        "doc_number": None,
        "issuer": ["陕西省人民政府副省长赵立群"],
        "date": "2026-04-16",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "致辞",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3: 感谢信
def make_ganxiexin():
    stem = "blind716_xian_ganxiexin"
    doc = new_doc()
    # red letterhead (no 文号) with a red rule under it
    p = para(doc, "西安市商务局", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED)
    bottom_border(p)
    empty(doc, 1)
    para(doc, "致陕西丝路通达国际物流有限公司的感谢信", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    para(doc, "陕西丝路通达国际物流有限公司：", indent=False)

    clauses = []
    g1 = "2026中国（陕西）“一带一路”经贸合作论坛于4月16日至17日在西安成功举办。论坛期间，贵公司作为展品物流和跨境通关服务保障单位，主动担当、密切配合、连续奋战，圆满完成了各项保障任务，为论坛顺利举办作出了重要贡献。在此，我局谨向贵公司及参与保障工作的全体员工表示衷心的感谢和崇高的敬意！"
    g2 = "论坛筹备期间，贵公司抽调业务骨干组建专班，提前制定展品运输、报关报检、仓储配送全流程保障方案，与西安海关、西安国际港务区管委会等单位建立“日对接、日调度”工作机制，依托中欧班列（西安）和西安综合保税区保税展示功能，高效完成了来自23个共建“一带一路”国家参展展品的进境运输和通关手续。主要保障情况如下："
    para(doc, g1)
    clauses.append(g1)
    para(doc, g2)
    clauses.append(g2)

    header = ["序号", "保障事项", "完成情况"]
    rows = [
        ["1", "展品进境运输", "组织中欧班列回程专列2列、国际航空货运12批次，运送展品386吨"],
        ["2", "报关与保税展示", "协助办理暂时进境ATA单证册及保税展示手续146票，平均通关时间压缩至4.5小时"],
        ["3", "跨境电商直播专区物流", "为论坛跨境电商直播专区提供前置仓配送服务，完成订单配送2.1万单"],
        ["4", "展后复运及转保税仓储", "已完成复运出境展品91吨，其余展品转入西安综合保税区保税仓储"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(15), Mm(42), Mm(99)]
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 14)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    t.autofit = False
    set_grid(t, widths)

    g3 = "贵公司在保障工作中展现出的专业素养、责任担当和高效作风，得到了参展企业、境外嘉宾和论坛组委会的一致好评，充分体现了陕西外贸物流企业服务共建“一带一路”的良好形象。"
    g4 = "希望贵公司继续发挥在国际物流和跨境供应链服务方面的优势，积极参与中欧班列（西安）集结中心和跨境电子商务综合试验区建设，为推动我市高水平对外开放作出新的更大贡献。我局将一如既往支持企业发展，做好政策服务和协调保障工作。"
    g5 = "特此致谢！"
    empty(doc, 1)
    for g in (g3, g4, g5):
        para(doc, g)
        clauses.append(g)
    empty(doc, 1)

    # 落款 in a borderless layout table (right column)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    for i, txt in enumerate(("西安市商务局", "二〇二六年四月二十八日")):
        c = lt.rows[i].cells[1]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(txt), FS, 16)
    lt.autofit = False
    set_grid(lt, [Mm(80), Mm(76)])
    lt.rows[0].cells[1].paragraphs[0].paragraph_format.keep_with_next = True
    save(doc, stem)

    meta = {
        "title": "致陕西丝路通达国际物流有限公司的感谢信",
        "doc_number": None,
        "issuer": ["西安市商务局"],
        "date": "2026-04-28",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "感谢信",
        "recipients": ["陕西丝路通达国际物流有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- main
def main():
    expected = {}
    for fn in (make_hexin, make_zhici, make_ganxiexin):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_716", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
