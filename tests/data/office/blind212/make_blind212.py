# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 212: documents of the 粤港澳 zones (横琴, 前海, 南沙, 河套) written in Word, printed to PDF.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind212_hengqin_banfa.docx / .pdf     横琴粤澳深度合作区执行委员会 印发《…澳资企业跨境经营便利化办法》
      (琴执规〔2024〕6号); 第一章…第五章, 第一条…第二十条; 附则 第十七条 prints 第十六条 again in
      繁體 (a paragraph opening “第十六條”), Portuguese terms in brackets.
  blind212_qianhai_zhinan.docx / .pdf    前海管理局 通知 (深前海〔2024〕97号) on 港澳青年创新创业 funds;
      附件1 申报指南 (一、（一）1., a 支持标准 table with vertically merged cells and a merged 注 row),
      附件2 申报承诺书 (a template with blanks).
  blind212_nansha_cuoshi.docx / .pdf     广州市南沙区人民政府 印发《…港澳居民…若干措施》(穗南府规〔2024〕2号);
      第一章…第六章, 第一条…第二十条 with 黑体 lead phrases, 南沙片区 and its 7 区块, no 附件 label.
  blind212_shenzhen_zhuanfa.docx / .pdf  深圳市商务局 转发 省商务厅 通知 (深商务外经〔2025〕9号 /
      粤商务外经函〔2025〕12号): the forwarded 信函 printed in full (with its own red 版头) between the
      深圳 落款 and the 深圳 版记 — two documents in one file.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind212.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
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
KT2 = "楷体"
ST = "宋体"
TRAD = "PMingLiU"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XSI = 12   # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None, latin="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, left=None):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = Pt(size * left)
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False, body_font=FS):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
    return p


def soft_para(doc, pieces, east=FS, indent=2):
    """One paragraph typed with Shift+Enter line breaks between pieces."""
    p = P(doc, indent=indent)
    for i, t in enumerate(pieces):
        r = fnt(p.add_run(t), east, SAN)
        if i < len(pieces) - 1:
            r.add_break()
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— ", dash2=" —"):
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


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def setup_footer(doc, section, mode):
    """mode: 'alt' odd right / even left; 'center' centred on every page."""
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    if mode == "center":
        fp.alignment = C
        page_field(fp)
        return
    doc.settings.odd_and_even_pages_header_footer = True
    fp.alignment = R
    fp.paragraph_format.right_indent = Pt(SI)
    page_field(fp)
    section.even_page_footer.is_linked_to_previous = False
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = L
    ep.paragraph_format.left_indent = Pt(SI)
    page_field(ep)


def new_doc(footer="alt", body_font=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    setup_footer(doc, s, footer)
    return doc


def banhead(doc, text, size=48, width_scale=None, color=RED, line=None):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=color)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, align=C):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, align, 0)
    pborder(p, "bottom", 18, "E60012", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, east=XBZ, size=ER):
    if soft:
        p = P(doc, "", east, size, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), east, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, east, size, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items):
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", date_more=1):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + date_more))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
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


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def new_section(doc, footer="alt", restart=False):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    if restart:
        sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    return sec


# ================================================================ (a) 横琴 执委会 办法
HQ_NUM = "琴执规〔2024〕6号"
HQ_BANFA = "横琴粤澳深度合作区澳资企业跨境经营便利化办法"
HQ_TITLE = "横琴粤澳深度合作区执行委员会关于印发《" + HQ_BANFA + "》的通知"
HQ_MAIN_TO = "合作区各局（办）、各直属机构，各有关单位："
HQ_NOTICE = "《" + HQ_BANFA + "》已经合作区执行委员会2024年第15次主任会议审议通过，现予印发，请认真贯彻执行。执行过程中遇到的问题，请径向合作区经济发展局反映。"
PT_REG = "Conservatória dos Registos Comercial e de Bens Móveis"
PT_EMP = "empresário comercial"
# (chapter, [(number, text, [follow-on paragraphs (kind, text)])])
HQ_ARTICLES = [
    ("第一章　总　　则", [
        ("第一条", "为贯彻落实《横琴粤澳深度合作区建设总体方案》和《横琴粤澳深度合作区发展促进条例》，便利澳门投资者在横琴粤澳深度合作区（以下简称合作区）投资兴业，促进琴澳一体化发展，结合合作区实际，制定本办法。", []),
        ("第二条", "本办法适用于在合作区依法登记设立并实际经营的澳资企业，以及为其提供跨境服务的有关机构。", []),
        ("第三条", "合作区经济发展局负责本办法的组织实施；合作区商事服务局、金融发展局、财政局按照各自职责做好相关工作。横琴海关、国家税务总局横琴粤澳深度合作区税务局在各自职责范围内予以支持配合。", []),
    ]),
    ("第二章　商事登记便利", [
        ("第四条", "澳门投资者可以通过合作区商事服务局“琴澳跨境通办”窗口，或者设在澳门特别行政区的合作区政务服务专区办理企业设立登记，实行“澳门受理、横琴审批、结果互认”。", []),
        ("第五条", "澳资企业设立登记时，可以直接提交澳门特别行政区商业登记机关出具的商业登记证明，无需另行办理公证认证手续。", []),
        ("第六条", "澳资企业可以使用葡萄牙文或者英文作为企业名称的外文译名。外文译名应当与中文名称相对应，并在营业执照上一并记载。", []),
        ("第七条", "在澳门新街坊、横琴科学城注册的澳资企业办理变更、注销登记的，合作区商事服务局应当在1个工作日内办结。", []),
    ]),
    ("第三章　跨境要素流动", [
        ("第八条", "支持澳资企业通过横琴口岸琴澳跨境车道运送研发设备、样品和办公用品。经“一线”进境的上述物品，按照合作区“分线管理”政策享受免（保）税待遇。", []),
        ("第九条", "澳资企业可以在合作区内的银行机构开立多币种账户，办理澳门元、港币、人民币跨境结算。银行机构应当按照展业原则为其提供便利化结算服务。", []),
        ("第十条", "澳资企业聘用的澳门居民，可以凭澳门居民身份证件办理社会保险参保登记，并可以选择参加合作区社会保险或者继续参加澳门社会保障制度。", []),
        ("第十一条", "对在粤澳合作中医药科技产业园从事中医药研发、生产的澳资企业，合作区卫生健康主管部门在药品、医疗器械注册检验方面给予优先服务。", []),
    ]),
    ("第四章　扶持措施", [
        ("第十二条", "对新设立且实缴注册资本达到1000万元人民币以上的澳资企业，按照实缴注册资本的2%给予一次性落户奖励，最高不超过200万元。", []),
        ("第十三条", "澳资企业租用合作区内自用办公用房的，按照实际租金的50%给予租金补贴，每家企业每年最高不超过50万元，补贴期限不超过3年；租用澳门新街坊、横琴国际科技创新中心等合作区指定载体的，补贴比例提高至70%。", []),
        ("第十四条", "澳资企业符合下列条件之一的，可以申请认定为合作区重点澳资企业：", [
            ("item", "（一）上一年度营业收入达到5000万元人民币以上的；"),
            ("item", "（二）上一年度在合作区缴纳税收达到300万元人民币以上的；"),
            ("item", "（三）在合作区聘用澳门居民达到20人以上的。"),
        ]),
        ("第十五条", "重点澳资企业的高级管理人员可以申请合作区人才住房，并在子女入学、医疗保障等方面享受合作区人才服务待遇。", []),
    ]),
    ("第五章　附　　则", [
        ("第十六条", "本办法所称澳门投资者，是指澳门特别行政区永久性居民，以及依照澳门特别行政区法律设立并在澳门特别行政区商业及动产登记局（" + PT_REG + "）登记的商业企业主（" + PT_EMP + "）。", [
            ("para", "本办法所称澳资企业，是指澳门投资者持股比例不低于25%的企业。"),
        ]),
        ("第十七条", "本办法第十六条同时以繁体中文公布如下，两种文本具有同等效力：", [
            ("trad", "第十六條　本辦法所稱澳門投資者，是指澳門特別行政區永久性居民，以及依照澳門特別行政區法律設立並在澳門特別行政區商業及動產登記局（" + PT_REG + "）登記的商業企業主（" + PT_EMP + "）。"),
            ("trad", "本辦法所稱澳資企業，是指澳門投資者持股比例不低於25%的企業。"),
        ]),
        ("第十八条", "同一事项符合合作区其他扶持政策的，按照“从高、不重复”原则执行。", []),
        ("第十九条", "本办法由合作区经济发展局负责解释。", []),
        ("第二十条", "本办法自2024年11月1日起施行，有效期5年。", []),
    ]),
]
HQ_CHAOSONG = "广东省人民政府办公厅，澳门特别行政区政府经济及科技发展局，珠海市人民政府，拱北海关，横琴海关，国家税务总局横琴粤澳深度合作区税务局。"
HQ_PRINTER = "横琴粤澳深度合作区执行委员会办公厅"
HQ_PRINTDATE = "2024年10月30日"


def build_hengqin():
    doc = new_doc(footer="alt")
    banhead(doc, "横琴粤澳深度合作区执行委员会文件", 40, width_scale=62)
    docnum_rule(doc, HQ_NUM, blank_before=2)
    # one paragraph, two soft breaks; the second break splits 跨境|经营
    title(doc, ["横琴粤澳深度合作区执行委员会关于印发", "《横琴粤澳深度合作区澳资企业跨境", "经营便利化办法》的通知"], soft=True)
    P(doc, HQ_MAIN_TO, indent=0)
    P(doc, HQ_NOTICE)
    attach_note(doc, [HQ_BANFA])
    signoff(doc, "横琴粤澳深度合作区执行委员会", "2024年10月28日", right_chars=2, blank=3, date_more=3)
    # the 办法 starts in a new section (next page), numbering continues
    sec = new_section(doc)
    grid(sec)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["横琴粤澳深度合作区澳资企业", "跨境经营便利化办法"], soft=False)
    for chap, arts in HQ_ARTICLES:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, txt, extra in arts:
            runin(doc, num + "　", txt, HT)
            for kind, t in extra:
                if kind == "trad":
                    p = P(doc, t, TRAD, SAN, J, 2, left=2)
                    for r in p.runs:
                        r._element.get_or_add_rPr().append(parse_xml('<w:lang %s w:eastAsia="zh-TW"/>' % nsdecls("w")))
                else:
                    P(doc, t)
    page_break(doc)
    banji(doc, HQ_CHAOSONG, HQ_PRINTER, HQ_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind212_hengqin_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (b) 前海管理局 通知 + 申报指南
QH_NUM = "深前海〔2024〕97号"
QH_TITLE = "深圳市前海深港现代服务业合作区管理局关于组织申报2024年度前海港澳青年创新创业专项扶持资金的通知"
QH_ZHINAN = "2024年度前海港澳青年创新创业专项扶持资金申报指南"
QH_CHENGNUO = "申报承诺书"
QH_MAIN_TO = "各有关单位："
QH_INTRO = "为贯彻落实《全面深化前海深港现代服务业合作区改革开放方案》，支持港澳青年在前海合作区创新创业，根据《深圳市前海深港现代服务业合作区支持港澳青年创新创业办法》（深前海规〔2023〕4号），现组织开展2024年度前海港澳青年创新创业专项扶持资金申报工作。有关事项通知如下："
QH_BODY = [
    ("一、申报时间", ["2024年7月1日9:00至7月31日17:30，逾期不予受理。"]),
    ("二、申报方式", ["申报单位登录“前海e站通”服务平台在线填报，并将纸质材料一式两份报送至前海深港青年梦工场（深圳市南山区前海路3099号）综合服务窗口。"]),
    ("三、申报要求", ["申报单位应当对申报材料的真实性、准确性、完整性负责。同一事项已获得市、区其他财政资金支持的，不得重复申报；弄虚作假骗取资金的，依法追回资金并纳入信用记录。"]),
    ("四、联系方式", ["前海管理局港澳青年服务处，联系人：林女士、黄先生，联系电话：0755-36891234、0755-36891235。"]),
]
QH_SCOPE = "本指南所称前海合作区，包括桂湾、前湾、妈湾片区，蛇口及大小南山片区，大铲湾片区，宝安中心区，会展新城及海洋新城片区，机场及周边片区。"
QH_ONE = [
    ("（一）港澳青年创业团队。", "同时符合下列条件：", [
        "1．团队核心成员中至少1名为18至45周岁的港澳居民，且港澳居民合计持股比例不低于30%；",
        "2．在前海合作区注册，且注册时间不超过5年；",
        "3．实际办公场所位于前海合作区范围内。",
    ]),
    ("（二）港澳青年创新创业载体。", "在前海合作区内运营、入驻港澳青年创业团队不少于10个的孵化器和众创空间，包括前海深港青年梦工场（南山区南山街道）、前海深港青年梦工场北区（宝安区西乡街道）、蛇口网谷港澳青创基地（南山区招商街道）等。", []),
]
QH_TBL_HEAD = ["支持类别", "支持事项", "支持标准", "单个主体年度最高限额"]
QH_TBL = [
    ["创业启动", "落户启动资助", "对新注册的港澳青年创业团队给予一次性启动资助", "10万元"],
    ["创业启动", "场地租金补贴", "按实际租金的50%给予补贴，补贴期限不超过2年", "20万元"],
    ["融资支持", "股权融资奖励", "按获得股权融资额的10%给予奖励", "50万元"],
    ["融资支持", "贷款贴息", "按贷款实际支付利息的50%给予贴息", "30万元"],
    ["载体运营", "运营资助", "按入驻港澳青年创业团队数量，每个团队给予2万元运营资助", "100万元"],
    ["载体运营", "活动资助", "举办港澳青年创新创业活动的，按活动实际支出的30%给予资助", "100万元"],
]
QH_TBL_NOTE = "注：同一主体同一事项不重复支持；大铲湾片区、机场及周边片区等宝安区范围内的项目，由宝安区按1∶1比例给予配套支持。"
QH_COND = [
    "1．申报主体在前海合作区依法登记注册，具有独立法人资格；",
    "2．申报主体及其法定代表人未被列入严重失信主体名单；",
    "3．申报事项发生在2023年1月1日至2023年12月31日期间；",
    "4．申请股权融资奖励的，投资机构应当已在中国证券投资基金业协会完成备案，或者为经香港证券及期货事务监察委员会发牌的机构。",
]
QH_MATERIALS = [
    "1．专项扶持资金申请表；",
    "2．营业执照、港澳居民身份证明文件复印件；",
    "3．场地租赁合同、租金支付凭证或者融资协议、资金到账凭证；",
]
QH_MATERIALS_LAST = "4．申报承诺书（见附件2）。"
QH_FLOW = [
    ("（一）受理。", "前海管理局对申报材料进行形式审查；材料不齐全的，一次性告知补正。"),
    ("（二）审核。", "委托第三方机构进行专项审计，必要时开展实地核查。"),
    ("（三）公示与拨付。", "审核结果在前海管理局门户网站公示5个工作日，公示无异议的，按程序拨付资金。"),
]
QH_PROMISE = "本单位郑重承诺：所提交的2024年度前海港澳青年创新创业专项扶持资金申报材料真实、准确、完整，不存在重复申报、虚假申报等情形。如有违反，自愿退回已获资助资金，并承担相应法律责任。"
QH_CHAOSONG = "深圳市财政局，深圳市人力资源和社会保障局，深圳市港澳事务办公室，南山区人民政府，宝安区人民政府。"
QH_PRINTER = "前海管理局综合办公室"
QH_PRINTDATE = "2024年6月17日"


def build_qianhai():
    doc = new_doc(footer="center", body_font=FS2)
    banhead(doc, "深圳市前海深港现代服务业合作区管理局文件", 32, width_scale=58)
    docnum_rule(doc, QH_NUM, blank_before=1)
    # title typed as three centred paragraphs
    title(doc, ["深圳市前海深港现代服务业合作区管理局", "关于组织申报2024年度前海港澳青年", "创新创业专项扶持资金的通知"], soft=False)
    P(doc, QH_MAIN_TO, indent=0)
    P(doc, QH_INTRO)
    for head, paras in QH_BODY:
        P(doc, head, HT, SAN)
        for t in paras:
            P(doc, t)
    attach_note(doc, [QH_ZHINAN, QH_CHENGNUO])
    signoff(doc, "深圳市前海深港现代服务业合作区管理局", "2024年6月14日", right_chars=1, blank=3, public="（此件主动公开）", date_more=5)
    page_break(doc)
    # ---- 附件1 申报指南
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["2024年度前海港澳青年创新创业专项", "扶持资金申报指南"], soft=True)
    P(doc, "一、支持范围", HT, SAN)
    P(doc, QH_SCOPE)
    for h, t, items in QH_ONE:
        runin(doc, h, t, KT2, body_font=FS2)
        for it in items:
            P(doc, it)
    P(doc, "二、支持内容和标准", HT, SAN)
    cap = P(doc, "表1　前海港澳青年创新创业专项扶持资金支持标准", HT, SI, C, 0, line=Pt(28))
    cap.paragraph_format.keep_with_next = True
    tbl = doc.add_table(rows=1 + len(QH_TBL) + 1, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [26, 32, 72, 26])
    for i, h in enumerate(QH_TBL_HEAD):
        cell_text(tbl.cell(0, i), h, HT, XSI, C, line=Pt(20))
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(QH_TBL, start=1):
        for ci, v in enumerate(row):
            if ci == 0 and ri % 2 == 0:
                continue      # covered by the vertical merge
            if ci == 3 and ri == 6:
                continue      # 100万元 merged over both 载体运营 rows
            cell_text(tbl.cell(ri, ci), v, FS2, XSI, C if ci in (0, 3) else L, line=Pt(20))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[ri])
    for top in (1, 3, 5):
        m = tbl.cell(top, 0).merge(tbl.cell(top + 1, 0))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = tbl.cell(5, 3).merge(tbl.cell(6, 3))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    nr = len(QH_TBL) + 1
    m = tbl.cell(nr, 0).merge(tbl.cell(nr, 3))
    cell_text(m, QH_TBL_NOTE, FS2, XSI, L, line=Pt(20))
    P(doc, indent=0, line=Pt(12))
    P(doc, "三、申报条件", HT, SAN)
    for t in QH_COND:
        P(doc, t)
    P(doc, "四、申报材料", HT, SAN)
    for t in QH_MATERIALS:
        P(doc, t)
    P(doc, QH_MATERIALS_LAST)
    P(doc, "五、办理流程", HT, SAN)
    for h, t in QH_FLOW:
        runin(doc, h, t, KT2, body_font=FS2)
    # ---- 附件2 承诺书 (template)
    page_break(doc)
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [QH_CHENGNUO], soft=False)
    P(doc, QH_PROMISE)
    P(doc, indent=0)
    P(doc, indent=0)
    for t in ("申报单位（盖章）：", "法定代表人（签字）：", "年　　月　　日"):
        p = P(doc, t, FS2, SAN, L, 0, left=9)
    page_break(doc)
    banji(doc, QH_CHAOSONG, QH_PRINTER, QH_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind212_qianhai_zhinan.docx")
    doc.save(out)
    return out


# ================================================================ (c) 南沙区政府 若干措施
NS_NUM = "穗南府规〔2024〕2号"
NS_CS = "广州南沙支持港澳居民就业创业和安居生活若干措施"
NS_TITLE = "广州市南沙区人民政府关于印发《" + NS_CS + "》的通知"
NS_MAIN_TO = "各镇人民政府、街道办事处，区政府各部门、各直属机构，南沙开发区（自贸区南沙片区）管委会各局（办）："
NS_NOTICE = "现将《" + NS_CS + "》印发给你们，请认真贯彻执行。执行中遇到的问题，请径向区港澳事务局反映。"
NS_INTRO = "为深入贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，进一步便利港澳居民在南沙就业创业、安居生活，打造港澳居民“第二家园”，结合南沙实际，制定以下措施。"
NS_QUJIAN = "海港区块、明珠湾起步区区块、南沙枢纽区块、庆盛枢纽区块、南沙湾区块、蕉门河中心区区块和万顷沙保税港加工制造业区块"
# (chapter, [(number, lead phrase or "", text, [follow-on paragraphs], soft-break pieces or None)])
NS_ARTICLES = [
    ("第一章　适用范围", [
        ("第一条", "", "本措施适用于在广州市南沙区（以下简称南沙）就业、创业或者居住的香港特别行政区、澳门特别行政区居民（以下简称港澳居民），以及港澳居民持股比例不低于25%的企业。", [], None),
        ("第二条", "", "本措施所称南沙片区，是指中国（广东）自由贸易试验区广州南沙新区片区，包括" + NS_QUJIAN + "；所称先行启动区，是指《广州南沙深化面向世界的粤港澳全面合作总体方案》确定的南沙湾、庆盛枢纽、南沙枢纽3个区块。", [], None),
    ]),
    ("第二章　就业支持", [
        ("第三条", "支持港澳青年来南沙就业。", "对在南沙企业、社会组织就业并连续缴纳社会保险满6个月的18至45周岁港澳青年，给予每人每月2000元就业补贴，补贴期限最长3年。", [], None),
        ("第四条", "支持港澳居民报考事业单位。", "区属事业单位公开招聘时，每年安排不少于20个岗位面向港澳居民，港澳居民可以凭港澳居民居住证报名。", [], None),
        ("第五条", "推进港澳职业资格认可。", "港澳建筑、规划、医疗、旅游、会计等领域专业人士经备案后，可以在南沙片区内提供专业服务，其在港澳取得的执业经历视同内地执业经历。", [], None),
        ("第六条", "建设港澳青年实习基地。", "在粤港澳（国际）青年创新工场（南沙街道）、庆盛枢纽区块“创享湾”等载体设立港澳青年实习基地，每年提供实习岗位不少于1000个，按每人每月3000元标准给予实习补贴。", [], None),
    ]),
    ("第三章　创业扶持", [
        ("第七条", "给予创业启动资助。", "港澳居民在南沙首次创办企业并正常经营满1年的，给予一次性创业启动资助10万元；企业注册在先行启动区的，资助标准提高至15万元。", [], None),
        ("第八条", "提供创业场地支持。", "港澳青年创业团队入驻区认定的港澳青年创新创业基地的，3年内免收场地租金；在南沙自行租赁办公场地的，按实际租金的50%给予补贴，每年最高不超过10万元。", [],
         ["港澳青年创业团队入驻区认定的港澳青年创新创业基地的，3年内免收场地租金；", "在南沙自行租赁办公场地的，按实际租金的50%给予补贴，每年最高不超过10万元。"]),
        ("第九条", "加强创业金融服务。", "区属金融机构和在南沙片区内设立的银行机构应当为港澳居民创办的企业提供下列服务：", [
            "（一）创业担保贷款，贷款额度最高不超过500万元，由区财政按贷款市场报价利率（LPR）给予全额贴息；",
            "（二）跨境人民币结算和跨境融资便利，支持通过“跨境理财通”开展投资；",
            "（三）内地银行账户“见证开户”服务，港澳居民可以在香港、澳门的合作银行网点办理。",
        ], None),
        ("第十条", "支持港澳企业参与共建“一带一路”。", "对港澳居民在南沙创办的企业通过南沙港区开拓共建“一带一路”国家市场、年度出口额首次突破1000万元的，给予一次性奖励20万元。", [], None),
    ]),
    ("第四章　安居保障", [
        ("第十一条", "提供人才公寓。", "在明珠湾起步区区块、蕉门河中心区区块筹集不少于2000套人才公寓，面向在南沙就业创业的港澳居民配租，租金不高于同地段市场租金的50%。", [
            "前款规定的人才公寓，由区住房城乡建设局会同横沥镇、黄阁镇、南沙街道统一组织配租。",
        ], None),
        ("第十二条", "给予购房支持。", "港澳居民在南沙购买首套自住商品住房的，享受本区户籍居民同等待遇，并按购房款的1%给予购房补贴，最高不超过10万元。", [], None),
        ("第十三条", "便利港澳居民往来。", "支持港澳单牌机动车经港珠澳大桥、南沙大桥进入南沙，推动南沙客运港至香港、澳门航线加密至每日不少于30个班次。", [], None),
    ]),
    ("第五章　社会服务", [
        ("第十四条", "保障港澳居民子女教育。", "区教育局为在南沙就业创业的港澳居民子女统筹安排公办学校学位，支持在南沙湾区块、庆盛枢纽区块举办港澳子弟学校（班）。", [], None),
        ("第十五条", "便利港澳居民就医。", "推动广州市第一人民医院南沙医院、南沙区中心医院开通港澳医疗费用跨境直接结算，港澳居民可以使用“港澳药械通”政策指定的药品和医疗器械。", [], None),
        ("第十六条", "建设湾区融合社区。", "在南沙街道、东涌镇、大岗镇试点建设“湾区融合社区”，配备港澳社工，为港澳居民提供政务、法律和社区“一站式”服务。", [], None),
    ]),
    ("第六章　附　　则", [
        ("第十七条", "", "本措施规定的补贴、资助与本区其他同类政策重复的，按照“从高、不重复”原则执行，所需资金由区财政统筹安排。", [], None),
        ("第十八条", "", "申报补贴、资助的具体程序，由区港澳事务局会同区人力资源社会保障局、区住房城乡建设局另行制定申报指南。", [], None),
        ("第十九条", "", "本措施由区港澳事务局负责解释。", [], None),
        ("第二十条", "", "本措施自2024年5月1日起施行，有效期3年。本区此前发布的有关规定与本措施不一致的，以本措施为准。", [], None),
    ]),
]
NS_CHAOSONG = "市政府办公厅，市港澳办，区委各部委办局，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院，南沙海关。"
NS_PRINTER = "广州市南沙区人民政府办公室"
NS_PRINTDATE = "2024年4月12日"


def build_nansha():
    doc = new_doc(footer="alt")
    banhead(doc, "广州市南沙区人民政府文件", 44, width_scale=78)
    docnum_rule(doc, NS_NUM, blank_before=2)
    title(doc, ["广州市南沙区人民政府关于印发", "《广州南沙支持港澳居民就业创业和安居", "生活若干措施》的通知"], soft=True)
    P(doc, NS_MAIN_TO, indent=0)
    P(doc, NS_NOTICE)
    signoff(doc, "广州市南沙区人民政府", "2024年4月10日", right_chars=3, blank=3)
    # the 若干措施 follows in a new section, no 附件 label
    sec = new_section(doc)
    grid(sec)
    title(doc, ["广州南沙支持港澳居民就业创业", "和安居生活若干措施"], soft=False)
    P(doc, NS_INTRO)
    for chap, arts in NS_ARTICLES:
        P(doc, chap, HT, SAN, C, 0)
        for num, lead, txt, extra, soft in arts:
            p = P(doc)
            fnt(p.add_run(num + "　" + lead), HT, SAN)
            if soft:
                for i, piece in enumerate(soft):
                    r = fnt(p.add_run(piece), FS, SAN)
                    if i < len(soft) - 1:
                        r.add_break()
            else:
                fnt(p.add_run(txt), FS, SAN)
            for t in extra:
                P(doc, t)
    page_break(doc)
    banji(doc, NS_CHAOSONG, NS_PRINTER, NS_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind212_nansha_cuoshi.docx")
    doc.save(out)
    return out


# ================================================================ (d) 深圳市商务局 转发 省商务厅 通知
GD_NUM = "粤商务外经函〔2025〕12号"
GD_TITLE = "广东省商务厅关于做好2025年共建“一带一路”对外投资合作和境外经贸合作区建设工作的通知"
SZ_NUM = "深商务外经〔2025〕9号"
SZ_TITLE = "深圳市商务局关于转发《" + GD_TITLE + "》的通知"
SZ_MAIN_TO = "各区商务主管部门，前海管理局，深汕特别合作区管委会，河套深港科技创新合作区深圳园区发展署，各有关企业："
SZ_OPEN = "现将《" + GD_TITLE + "》（" + GD_NUM + "）转发给你们，请结合实际认真贯彻落实，并做好以下工作："
SZ_ITEMS = [
    "一、做好境外投资备案服务。各区商务主管部门要依托市、区两级境外投资备案服务专窗，将企业境外投资备案办理时限压缩至2个工作日以内。前海合作区内企业的境外投资备案，由前海管理局按照省商务厅授权办理。",
    "二、推动重点区域先行先试。支持河套深港科技创新合作区深圳园区（福田区福保街道）内科技企业以“深港联合”方式开拓共建“一带一路”国家市场；支持南山区、宝安区在前海合作区建设企业“出海”综合服务中心，为企业提供法律、税务、金融等一站式服务。",
    "三、强化境外经贸合作区建设。支持中国·越南（深圳—海防）经济贸易合作区扩区提质，龙华区、坪山区要组织区内电子信息、新能源企业赴合作区考察对接，2025年内新增入区企业不少于10家。",
    "四、及时报送工作信息。请各区商务主管部门、前海管理局、深汕特别合作区管委会于2025年6月30日、12月20日前，将工作进展情况报送市商务局对外投资和经济合作处。",
]
GD_MAIN_TO = "各地级以上市商务主管部门，横琴粤澳深度合作区经济发展局："
GD_INTRO = "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府工作要求，做好2025年全省对外投资合作和境外经贸合作区建设工作，现就有关事项通知如下："
GD_SECTIONS = [
    ("一、提升对外投资备案便利化水平", [
        ("（一）推行境外投资备案“全程网办”。", "各地级以上市商务主管部门要全面使用商务部境外投资管理系统，实现企业境外投资备案申请、受理、发证全流程线上办理，办理时限不超过3个工作日。"),
        ("（二）扩大备案权限下放试点。", "在广州南沙、深圳前海蛇口、珠海横琴自贸片区和横琴粤澳深度合作区，开展中方投资额3亿美元以下境外投资备案权限下放试点。"),
    ]),
    ("二、推动境外经贸合作区高质量发展", [
        ("（一）支持合作区提质升级。", "支持中国·越南（深圳—海防）经济贸易合作区等我省企业建设的境外经贸合作区完善基础设施和公共服务；对通过商务部、财政部确认考核的境外经贸合作区，省财政按规定给予支持。"),
        ("（二）拓展产业链合作园区。", "鼓励湛江、茂名、阳江等粤西地区市依托临港产业基础，与东盟国家共建产业链合作园区。"),
    ]),
    ("三、强化风险防控和服务保障", [
        ("（一）压实境外安全责任。", "各地级以上市商务主管部门要督促企业落实境外安全生产主体责任，每季度开展1次境外项目安全风险排查。"),
        ("（二）加强重点企业服务。", "省商务厅会同中国出口信用保险公司广东分公司，为年度对外投资额超过1亿美元的重点企业提供“一对一”风险保障服务。"),
    ]),
]
GD_CLOSE = "请各地级以上市商务主管部门于2025年12月15日前将全年工作总结报送省商务厅对外投资和经济合作处。"
GD_CONTACT = "（联系人：陈慧敏，联系电话：020-38819266）"
SZ_CHAOSONG = "广东省商务厅，市政府办公厅，市发展改革委，市财政局，市港澳办，深圳海关。"
SZ_PRINTER = "深圳市商务局办公室"
SZ_PRINTDATE = "2025年2月27日"


def build_shenzhen():
    doc = new_doc(footer="alt")
    banhead(doc, "深圳市商务局文件", 52, width_scale=90)
    docnum_rule(doc, SZ_NUM, blank_before=2)
    # one paragraph, two soft breaks; the second splits 境外|经贸合作区
    title(doc, ["深圳市商务局关于转发《广东省商务厅关于", "做好2025年共建“一带一路”对外投资", "合作和境外经贸合作区建设工作的", "通知》的通知"], soft=True)
    P(doc, SZ_MAIN_TO, indent=0)
    P(doc, SZ_OPEN)
    for t in SZ_ITEMS:
        P(doc, t)
    signoff(doc, "深圳市商务局", "2025年2月26日", right_chars=4, blank=3)
    # ---- the forwarded 信函 printed in full, with its own red header
    page_break(doc)
    banhead(doc, "广东省商务厅", 44, width_scale=100)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    p = P(doc, GD_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, ["广东省商务厅关于做好2025年共建", "“一带一路”对外投资合作和境外经贸", "合作区建设工作的通知"], soft=True)
    P(doc, GD_MAIN_TO, indent=0)
    P(doc, GD_INTRO)
    for head, items in GD_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            runin(doc, h, t, KT)
    P(doc, GD_CLOSE)
    signoff(doc, "广东省商务厅", "2025年2月18日", right_chars=4, blank=2, public=None)
    P(doc, GD_CONTACT, FS, SAN, L, 2)
    # 深圳 版记 closes the file
    banji(doc, SZ_CHAOSONG, SZ_PRINTER, SZ_PRINTDATE, blank=6)
    out = os.path.join(HERE, "blind212_shenzhen_zhuanfa.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_212", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 横琴
    hq_cl = [HQ_NOTICE]
    for chap, arts in HQ_ARTICLES:
        for num, txt, extra in arts:
            hq_cl.append(num + "　" + txt)
            hq_cl.extend(t for _, t in extra)
    out["blind212_hengqin_banfa"] = [{
        "meta": {
            "title": HQ_TITLE, "doc_number": HQ_NUM, "issuer": ["横琴粤澳深度合作区执行委员会"],
            "date": "2024-10-28", "published": "2024-10-30", "level": "zone", "region": "广东省珠海市横琴粤澳深度合作区",
            "effective": "2024-11-01", "expires": "2029-10-31", "attachments": [HQ_BANFA], "doc_type": "通知（印发办法）",
            "recipients": ["合作区各局（办）、各直属机构", "各有关单位"], "publicity": "此件公开发布",
        },
        "clauses": hq_cl,
        "applies_to": {
            "default": "横琴粤澳深度合作区（广东省珠海市）",
            "specific": {
                "第四条": "合作区（商事服务局窗口）and the 合作区政务服务专区 in 澳门 — the measure is 合作区's; tagging 澳门 too is tolerable, ONLY 澳门 is wrong",
                "第七条": "澳门新街坊、横琴科学城 (both inside 合作区)",
                "第八条": "横琴口岸（琴澳跨境车道）",
                "第十一条": "粤澳合作中医药科技产业园",
                "第十三条": "合作区; the 70% rate: 澳门新街坊、横琴国际科技创新中心",
            },
            "note": "澳门 / 澳门特别行政区 appear in nearly every article as the investors' home (第四条, 第五条, 第九条, 第十条, 第十六条, 第十七条) — they do not move a clause to 澳门. Level: 执委会 is the 合作区's governing body (zone; provincial tolerable low).",
        },
        "_note": (
            "Furniture: red 版头 横琴粤澳深度合作区执行委员会文件 (condensed 62%); 文号 琴执规〔2024〕6号 + red rule; title ONE paragraph with two soft breaks (…关于印发 / 《横琴粤澳深度合作区澳资企业跨境 / 经营便利化办法》的通知 — the second break splits 跨境|经营), joined without spaces; 主送; 1 notice paragraph (clause); 附件说明; 落款 横琴粤澳深度合作区执行委员会 / 2024年10月28日; （此件公开发布）. "
            "The 办法 starts in a NEW SECTION (next page; page numbering continues): label 附件, title in two paragraphs, 第一章…第五章 centred 黑体 headings (headings, not clauses), 第一条…第二十条 run-in (黑体 number + full-width space + 仿宋 text = one clause). "
            "第十四条 lead-in + items （一）（二）（三） as own paragraphs (separate clauses; merged into the article equally good). 第十六条 has a second, unnumbered paragraph (本办法所称澳资企业…) — part of 第十六条 (separate paragraph clause with path 第十六条 or merged: both fine; glued to 第十五条/第十七条 or lost is serious). "
            "第十七条 (附则) announces that 第十六条 is published in 繁體 as well; the next two paragraphs (indented 2 chars, font PMingLiU, lang zh-TW) are the 繁體 text: the first OPENS WITH “第十六條　” (traditional 條). They belong to 第十七条 (expected as two paragraph clauses after 第十七条; merged into 第十七条 equally good). Reading “第十六條” as a new article — a second 第十六条, or a 第十六条 that then swallows the rest — is medium; dropping the 繁體 text or converting it to simplified is medium; losing/garbling the Portuguese (Conservatória dos Registos Comercial e de Bens Móveis, empresário comercial — accents ó/á) is medium. "
            "第二十条: 自2024年11月1日起施行，有效期5年 → effective 2024-11-01, expires 2029-10-31 (2029-11-01 tolerable low; null medium). date = 2024-10-28 (落款); published 2024-10-30 (版记 印发). "
            "版记 on its own last page after a page break and 16 empty paragraphs. Footer “— N —” odd right / even left."
        ),
        "_pdf": {"note": "The 办法 begins on a new page (section break). The 繁體 paragraphs print in a substitute CJK font (no PMingLiU installed) — the characters are traditional in the text layer. Portuguese words with ó/á print in Times New Roman. Same expected meta and clauses."},
    }]
    # ---- (b) 前海
    qh_cl = [QH_INTRO] + [t for _, paras in QH_BODY for t in paras]
    qh_cl.append(QH_SCOPE)
    for h, t, items in QH_ONE:
        qh_cl.append(h + t)
        qh_cl.extend(items)
    qh_cl.extend(row_clause(QH_TBL_HEAD, r) for r in QH_TBL)
    qh_cl.append(QH_TBL_NOTE)
    qh_cl.extend(QH_COND)
    qh_cl.extend(QH_MATERIALS + [QH_MATERIALS_LAST])
    qh_cl.extend(h + t for h, t in QH_FLOW)
    qh_cl.append(QH_PROMISE)
    out["blind212_qianhai_zhinan"] = [{
        "meta": {
            "title": QH_TITLE, "doc_number": QH_NUM, "issuer": ["深圳市前海深港现代服务业合作区管理局"],
            "date": "2024-06-14", "published": "2024-06-17", "level": "zone", "region": "广东省深圳市前海深港现代服务业合作区",
            "effective": None, "expires": None, "attachments": [QH_ZHINAN, QH_CHENGNUO], "doc_type": "通知（申报）",
            "recipients": ["各有关单位"], "publicity": "此件主动公开",
        },
        "clauses": qh_cl,
        "applies_to": {
            "default": "前海深港现代服务业合作区（深圳市南山区、宝安区）",
            "specific": {
                "二、申报方式": "前海深港青年梦工场（南山区前海路） — the submission window; the clause still concerns the whole 前海合作区 (tagging 南山区 too is fine)",
                "附件1 一、 intro": "桂湾、前湾、妈湾片区，蛇口及大小南山片区，大铲湾片区，宝安中心区，会展新城及海洋新城片区，机场及周边片区 (this DEFINES 前海合作区; all of them = 前海合作区)",
                "附件1 一、（二）": "前海深港青年梦工场（南山区南山街道）、前海深港青年梦工场北区（宝安区西乡街道）、蛇口网谷港澳青创基地（南山区招商街道）",
                "附件1 表1 注": "the 1∶1 配套 applies to 大铲湾片区、机场及周边片区 (宝安区) only",
            },
            "note": "港澳 / 香港 (证监会 licence, 附件1 三、4．) do not move a clause to 香港. 深前海规〔2023〕4号 in the intro is the cited 办法's number, not this document's.",
        },
        "_note": (
            "Furniture: red 版头 深圳市前海深港现代服务业合作区管理局文件 (condensed 58%); 文号 深前海〔2024〕97号 + red rule; title typed as THREE centred paragraphs (…合作区管理局 / 关于组织申报2024年度前海港澳青年 / 创新创业专项扶持资金的通知) joined without spaces; 主送 各有关单位; 落款 + （此件主动公开）; 版记 alone on the last page; page numbers “— N —” centred on every page. "
            "Notice: intro + 一、…四、 黑体 headings on their own lines each followed by ONE body paragraph (the heading is not a clause; the paragraph is — as heading+paragraph merged into one clause equally good). 四、联系方式 is a contact paragraph (as a clause fine; dropped tolerable low). "
            "附件说明 two lines (附件：1．… / 2．申报承诺书). 附件1 指南 (after a page break): label 附件1, title one paragraph with a soft break (…创新创业专项 / 扶持资金申报指南), 一、 intro paragraph defining 前海合作区, （一） run-in 楷体 heading + lead-in ending “：” then items 1．2．3． (full-width ．) — path 一、/（一）/1．; （二） run-in. "
            "二、 has table 表1 (caption line 表1　… is a heading, not a clause) 4 columns 支持类别/支持事项/支持标准/单个主体年度最高限额; 支持类别 is VERTICALLY MERGED over pairs of rows (创业启动 ×2, 融资支持 ×2, 载体运营 ×2) and 最高限额 100万元 is vertically merged over the two 载体运营 rows — each row clause must carry the merged value (expected writes it in each row); a final 注 row merged across all 4 columns = one clause (not glued to the last row, no column labels). Header row marked repeat. "
            "三、 items 1．…4． directly under the 一、-level heading (no （一）); 四、 items 1．…4．; 五、 run-in （一）（二）（三）. "
            "附件2 申报承诺书: label, title, one 承诺 paragraph (clause), then template lines 申报单位（盖章）： / 法定代表人（签字）： / 年　　月　　日 — blanks, furniture (as clauses low; as the document's date/issuer wrong). "
            "No effective/expires: 申报时间 2024-07-01 … 2024-07-31 is a filing window, not effectiveness (effective = 2024-07-01 is medium); 2023-01-01…2023-12-31 is the eligible period. date 2024-06-14, published 2024-06-17."
        ),
        "_pdf": {"note": "Centred page numbers. The table prints on one page with the merged 支持类别 cells centred vertically (each category name appears once, beside two rows) and 100万元 once beside the two 载体运营 rows. The 承诺书 is on its own page. Same expected meta and clauses."},
    }]
    # ---- (c) 南沙
    ns_cl = [NS_NOTICE, NS_INTRO]
    for chap, arts in NS_ARTICLES:
        for num, lead, txt, extra, soft in arts:
            ns_cl.append(num + "　" + lead + txt)
            ns_cl.extend(extra)
    out["blind212_nansha_cuoshi"] = [{
        "meta": {
            "title": NS_TITLE, "doc_number": NS_NUM, "issuer": ["广州市南沙区人民政府"],
            "date": "2024-04-10", "published": "2024-04-12", "level": "county", "region": "广东省广州市南沙区",
            "effective": "2024-05-01", "expires": "2027-04-30", "attachments": [NS_CS], "doc_type": "通知（印发若干措施）",
            "recipients": ["各镇人民政府、街道办事处", "区政府各部门、各直属机构", "南沙开发区（自贸区南沙片区）管委会各局（办）"],
            "publicity": "此件公开发布",
        },
        "clauses": ns_cl,
        "applies_to": {
            "default": "广东省广州市南沙区",
            "specific": {
                "第二条": "南沙片区: 海港区块、明珠湾起步区区块、南沙枢纽区块、庆盛枢纽区块、南沙湾区块、蕉门河中心区区块、万顷沙保税港加工制造业区块; 先行启动区: 南沙湾、庆盛枢纽、南沙枢纽区块 (a definition)",
                "第五条": "南沙片区 only",
                "第六条": "粤港澳（国际）青年创新工场（南沙街道）、庆盛枢纽区块“创享湾”",
                "第七条": "南沙 (10万元); 先行启动区 = 南沙湾、庆盛枢纽、南沙枢纽区块 (15万元)",
                "第九条": "南沙片区 (banks set up there); item （三） mentions 香港、澳门 bank branches — the service is still 南沙's",
                "第十条": "南沙港区",
                "第十一条": "明珠湾起步区区块、蕉门河中心区区块; its 2nd paragraph: 横沥镇、黄阁镇、南沙街道",
                "第十三条": "港珠澳大桥、南沙大桥、南沙客运港",
                "第十四条": "南沙湾区块、庆盛枢纽区块 (子弟学校)",
                "第十五条": "广州市第一人民医院南沙医院、南沙区中心医院",
                "第十六条": "南沙街道、东涌镇、大岗镇",
            },
            "note": "香港特别行政区、澳门特别行政区 / 港澳 are where the beneficiaries come from — never a place of application. 共建“一带一路”国家 (第十条) is the export market.",
        },
        "_note": (
            "Furniture: red 版头 广州市南沙区人民政府文件; 文号 穗南府规〔2024〕2号 + red rule; title ONE paragraph with two soft breaks (…关于印发 / 《广州南沙支持港澳居民就业创业和安居 / 生活若干措施》的通知 — the second splits 安居|生活), joined without spaces; 主送 (3 groups); notice paragraph (clause); NO 附件说明 and NO 附件 label — the 若干措施 follows the 落款 + （此件公开发布） in a NEW SECTION (next page) with its own two-paragraph title; attachments = [the 若干措施] ([] tolerable low). "
            "若干措施: intro paragraph (clause), 第一章…第六章 centred 黑体 headings (not clauses; path of 第X条 should carry its 章), 第一条…第二十条: article number + full-width space + (for 第三条–第十六条) a 黑体 lead phrase ending in 。, then 仿宋 text — number + lead + text = ONE clause. "
            "第八条 is ONE paragraph with a manual line break (Shift+Enter) after “…免收场地租金；” — one clause, joined without a space. 第九条 lead-in + items （一）（二）（三） (separate clauses; merged equally good). 第十一条 has a second unnumbered paragraph (前款规定的人才公寓…) — part of 第十一条. "
            "第二十条: 自2024年5月1日起施行，有效期3年 → effective 2024-05-01, expires 2027-04-30 (2027-05-01 tolerable low; null medium). date 2024-04-10 (落款), published 2024-04-12 (版记). Level county (district government), region 广东省广州市南沙区. "
            "版记 alone on the last page after a page break and 15 empty paragraphs; footer “— N —” odd right / even left."
        ),
        "_pdf": {"note": "The 若干措施 starts on a new page; 第八条 prints with its line break at “…免收场地租金；”. Same expected meta and clauses."},
    }]
    # ---- (d) 深圳 转发
    gd_cl = [GD_INTRO] + [h + t for _, items in GD_SECTIONS for h, t in items] + [GD_CLOSE]
    out["blind212_shenzhen_zhuanfa"] = [
        {
            "meta": {
                "title": SZ_TITLE, "doc_number": SZ_NUM, "issuer": ["深圳市商务局"],
                "date": "2025-02-26", "published": "2025-02-27", "level": "municipal", "region": "广东省深圳市",
                "effective": None, "expires": None, "attachments": [], "doc_type": "通知（转发）",
                "recipients": ["各区商务主管部门", "前海管理局", "深汕特别合作区管委会", "河套深港科技创新合作区深圳园区发展署", "各有关企业"],
                "publicity": "此件公开发布", "forwards": GD_TITLE + "（" + GD_NUM + "）",
            },
            "clauses": [SZ_OPEN] + SZ_ITEMS,
            "applies_to": {
                "default": "广东省深圳市",
                "specific": {
                    "一、": "深圳市; second sentence: 前海合作区",
                    "二、": "河套深港科技创新合作区深圳园区（福田区福保街道）; 南山区、宝安区 / 前海合作区",
                    "三、": "龙华区、坪山区 — 中国·越南（深圳—海防）经济贸易合作区 is abroad (越南海防), not a place of application",
                },
                "note": "深汕特别合作区 appears only in 主送 and 四、 (reporting).",
            },
        },
        {
            "meta": {
                "title": GD_TITLE, "doc_number": GD_NUM, "issuer": ["广东省商务厅"],
                "date": "2025-02-18", "published": None, "level": "provincial", "region": "广东省",
                "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
                "recipients": ["各地级以上市商务主管部门", "横琴粤澳深度合作区经济发展局"], "publicity": None,
            },
            "clauses": gd_cl,
            "applies_to": {
                "default": "广东省",
                "specific": {
                    "一、（二）": "广州南沙、深圳前海蛇口、珠海横琴自贸片区；横琴粤澳深度合作区",
                    "二、（一）": "(中国·越南（深圳—海防）经济贸易合作区 — abroad; the clause is 广东省's)",
                    "二、（二）": "湛江市、茂名市、阳江市",
                },
                "note": "东盟国家 (二、（二）) is the partner, not the place.",
            },
        },
    ]
    out["blind212_shenzhen_zhuanfa"][0]["_note"] = (
        "How counted: TWO documents. The 转发 notice (深圳市商务局, 深商务外经〔2025〕9号) and the forwarded 广东省商务厅 通知 (粤商务外经函〔2025〕12号) have their own 文号, issuer, date, level and 主送; the forwarded text is printed in full, not summarised. "
        "A reader that keeps ONE document is tolerable only if its meta are the 深圳 notice's (title/文号/issuer/date/level municipal) and the 省 clauses are still present in order (then: medium, the 省 document's meta lost). Taking the 省 title/文号/issuer/date for the file is serious. "
        "File layout: red 版头 深圳市商务局文件; 文号 + red rule; title ONE paragraph with THREE soft breaks (…关于转发《广东省商务厅关于 / 做好2025年共建“一带一路”对外投资 / 合作和境外经贸合作区建设工作的 / 通知》的通知 — breaks fall inside 关于|做好, 投资|合作, 的|通知); 主送 (5 groups); the 转发 paragraph ending “：” (clause) then 一、…四、 whole-paragraph items (number + heading sentence + text = one clause); 落款 深圳市商务局 / 2025年2月26日; （此件公开发布）. "
        "After a PAGE BREAK: the forwarded 信函 reproduced with ITS OWN red header 广东省商务厅 (no 文件), red thick-thin double rule, 文号 粤商务外经函〔2025〕12号 right-aligned under the rule, title one paragraph with two soft breaks (…2025年共建 / “一带一路”对外投资合作和境外经贸 / 合作区建设工作的通知 — splits 经贸|合作区), 主送 (2), intro, 一、二、三、 黑体 headings with run-in 楷体 （一）（二） items, a closing request paragraph (clause), 落款 广东省商务厅 / 2025年2月18日 (no 此件公开发布), a contact line （联系人：陈慧敏，联系电话：020-38819266） (furniture). "
        "Then the 深圳 版记 (抄送 … / 深圳市商务局办公室 2025年2月27日印发) closes the FILE but belongs to the 深圳 notice: published 2025-02-27 is the 深圳 notice's; the 省 document's published is unknown (null). 广东省商务厅 in the 抄送 is an organ, not an issuer. "
        "The 省 document's 落款 date 2025-02-18 must not become the 深圳 notice's date, and 深圳 2025-02-26 must not be taken as the 省 date. No effective/expires; 2025-06-30, 12-20, 12-15 are reporting deadlines."
    )
    out["blind212_shenzhen_zhuanfa"][0]["_pdf"] = {"note": "The 深圳 notice fills pages 1–2; the forwarded 省 信函 starts on a new page with its own red header and ends with the 深圳 版记 at the foot of the last page. Footer “— N —” odd right / even left, numbering continuous through both documents. Same expected meta and clauses."}
    return out


def main():
    files = [build_hengqin(), build_qianhai(), build_nansha(), build_shenzhen()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
