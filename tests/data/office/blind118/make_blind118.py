# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 118: 横琴粤澳深度合作区 notice published in 繁體 beside its 简体 version, and a 广东省商务厅 转发 notice.

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind118_hengqin_tongzhi_trad.docx  琴執〔2024〕12號  橫琴粵澳深度合作區執行委員會 關於支持合作區企業依託澳門拓展共建「一帶一路」
                                      國家和葡語國家市場的通知 — the 繁體 (Macau-facing, s2hk style, 「」 quotes, 為/審核) version:
                                      版头 橫琴粵澳深度合作區執行委員會文件, 主送, 一、（一）1. items, 附件說明 (2), 落款 執行委員會 with
                                      date 二〇二四年三月十五日, 施行/有效期 in 二〇 numerals, （此件公開發布）, 附件1 table, 附件2 list,
                                      版記 (抄送 / 印發). Runs tagged w:lang eastAsia=zh-MO.
  blind118_hengqin_tongzhi_simp.docx  琴执〔2024〕12号  the same notice in 简体 (“” quotes), same layout.
  blind118_guangdong_zhuanfa.docx     粤商务自贸〔2024〕31号  广东省商务厅 关于转发《橫琴粵澳…的通知》的通知 — 简体 text that quotes the
                                      繁體 title (and 琴執〔2024〕12號) inside 《》 in its title, body and 附件说明; dates in Arabic numerals.
  expected.json  (meta, clauses, _note)
  files/         the three .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people and dates are fictional; the places and organs are real.
Run: python make_blind118.py   (needs python-docx, lxml, Pillow, LibreOffice `soffice`).
"""
import copy
import json
import math
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
LINE = Pt(28.95)  # 22 lines on the 225 mm 版心
SERIF_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
LANG = ["zh-CN"]  # east-Asian language tag for the runs of the document being built


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang"); rpr.append(lang)
    lang.set(qn("w:val"), "en-US"); lang.set(qn("w:eastAsia"), LANG[0])


def fmt(p, align=None, first=None, left=None, right=None, line=LINE, before=0, after=0, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def runs(doc, parts, **kw):
    """parts: list of (text, east)."""
    p = doc.add_paragraph()
    for text, east in parts:
        set_font(p.add_run(text), east, 16)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def border(p, side="bottom", color="FF0000", sz=12, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, east=SONG, size=14):
    r = p.add_run(); set_font(r, east, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); set_font(r2, east, size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = p.add_run(); set_font(r3, east, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); set_font(r4, east, size)
    r5 = p.add_run(); set_font(r5, east, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def page_number_footer(footer, odd=True):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    set_font(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)
    if odd:
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=14, first=0, line=None)
    else:
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=14, first=0, line=None)


def new_doc(title_prop="", author=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(28)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(sec.footer, odd=True)
    page_number_footer(sec.even_page_footer, odd=False)
    cp = doc.core_properties
    cp.title = title_prop
    cp.author = author
    cp.subject = ""
    cp.comments = ""
    cp.language = LANG[0]
    sectpr = sec._sectPr
    grid = sectpr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid"); sectpr.append(grid)
    grid.set(qn("w:type"), "lines"); grid.set(qn("w:linePitch"), "579")
    return doc


def make_seal(path, ring_text, size=600):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (220, 20, 30, 230)
    m = 10
    d.ellipse([m, m, size - m, size - m], outline=red, width=16)
    cx = cy = size / 2
    R, r = size * 0.13, size * 0.05
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype(SERIF_FONT, int(size * 0.095))
    n = len(ring_text)
    span = min(250, 17 * n)
    start = -90 - span / 2
    for i, ch in enumerate(ring_text):
        a = start + span * (i + 0.5) / n
        ar = math.radians(a)
        rr = size / 2 - 16 - size * 0.09
        x, y = cx + rr * math.cos(ar), cy + rr * math.sin(ar)
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    img.save(path)


_pic_id = [100]


def float_picture(paragraph, path, width_cm, x_cm, y_cm):
    """Insert a picture anchored to the paragraph, floating in front of text (a seal)."""
    run = paragraph.add_run()
    run.add_picture(str(path), width=Cm(width_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    cx, cy = extent.get("cx"), extent.get("cy")
    graphic = inline.find(qn("a:graphic"))
    _pic_id[0] += 1
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + _pic_id[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(Cm(x_cm))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(Cm(y_cm))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{_pic_id[0]}" name="印章{_pic_id[0]}"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)


def cell_text(cell, text, east=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), east, size)
    fmt(p, align=align, first=0, line=Pt(22))


def table_borders(tbl, sz=6):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def set_col_widths(tbl, widths_cm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)

# ---------------------------------------------------------------- content
# 简体 version of the 横琴 notice
A = dict(
    banner="横琴粤澳深度合作区执行委员会文件",
    docnum="琴执〔2024〕12号",
    title=["横琴粤澳深度合作区执行委员会关于支持", "合作区企业依托澳门拓展共建“一带一路”", "国家和葡语国家市场的通知"],
    addressee="合作区各工作机构，各有关企业：",
    body=[
        ("p", "为贯彻落实《横琴粤澳深度合作区建设总体方案》，发挥澳门中国与葡语国家商贸合作服务平台作用，支持合作区企业依托澳门拓展共建“一带一路”国家和葡语国家市场，经合作区管理委员会同意，现就有关事项通知如下："),
        ("h1", "一、支持对象"),
        ("p", "（一）在合作区依法登记注册、具有独立法人资格且纳入合作区统计核算的企业。"),
        ("p", "（二）由澳门居民或澳门企业持股25%以上的合作区企业，按本通知规定的支持标准上浮20%，但不得超过单项最高支持额度。"),
        ("h1", "二、支持措施"),
        ("k", "（一）境外参展支持。", "企业参加附件1所列共建“一带一路”国家和葡语国家重点展会的，按展位费和展品运输费的70%给予支持，每家企业每年最高30万元。"),
        ("k", "（二）经澳门转口贸易支持。", "企业经澳门开展对葡语国家转口贸易，年度进出口额达到5000万元以上的，每增加1000万元给予5万元奖励，每家企业每年最高100万元。"),
        ("k", "（三）海外仓建设支持。", "企业在巴西、葡萄牙、安哥拉、莫桑比克等国家新建或租用海外仓，单个海外仓面积达到2000平方米以上的，按实际投入的30%给予一次性支持，最高200万元。"),
        ("h2", "（四）法律和商事服务支持。"),
        ("p", "1.企业委托澳门律师事务所就共建“一带一路”国家和葡语国家投资项目出具法律意见的，按实际费用的50%给予支持，每家企业每年最高10万元。"),
        ("p", "2.企业通过澳门世界贸易中心仲裁中心处理涉外商事纠纷的，按仲裁费用的50%给予支持，每宗最高5万元。"),
        ("h1", "三、申报程序"),
        ("k", "（一）申报时间。", "项目每年集中申报两次，申报时间分别为4月1日至4月30日、10月1日至10月31日，逾期不予受理。"),
        ("k", "（二）申报方式。", "企业通过“合作区企业专项资金申报系统”在线提交申报材料（见附件2），由合作区经济发展局会同金融发展局、商事服务局审核。"),
        ("k", "（三）资金拨付。", "审核结果经公示5个工作日无异议的，由合作区财政局在公示期满后20个工作日内拨付资金。"),
        ("h1", "四、其他事项"),
        ("p", "（一）同一项目已获得合作区其他同类专项资金支持的，不得重复申报。"),
        ("p", "（二）企业提供虚假材料骗取支持资金的，追回已拨付资金，5年内不得申报合作区各类专项资金，并依法追究相关责任。"),
        ("p", "（三）本通知自二〇二四年四月一日起施行，有效期至二〇二六年十二月三十一日。本通知由合作区经济发展局负责解释。"),
    ],
    attachments=["2024年度共建“一带一路”国家和葡语国家重点展会目录", "申报材料清单"],
    org="横琴粤澳深度合作区执行委员会",
    date="二〇二四年三月十五日",
    note="（此件公开发布）",
    att1_title="2024年度共建“一带一路”国家和葡语国家重点展会目录",
    att1_head=["序号", "展会名称", "举办地", "举办时间"],
    att1_rows=[
        ["1", "葡萄牙里斯本国际贸易博览会", "葡萄牙里斯本", "2024年5月"],
        ["2", "巴西圣保罗国际食品饮料展览会", "巴西圣保罗", "2024年6月"],
        ["3", "安哥拉罗安达国际博览会", "安哥拉罗安达", "2024年7月"],
        ["4", "哈萨克斯坦阿斯塔纳国际博览会", "哈萨克斯坦阿斯塔纳", "2024年9月"],
        ["5", "澳门国际贸易投资展览会", "澳门特别行政区", "2024年10月"],
    ],
    att2_title="申报材料清单",
    att2_items=[
        "1.专项资金申报表（系统在线生成）；",
        "2.企业营业执照复印件；",
        "3.项目合同、发票及付款凭证；",
        "4.澳门居民或澳门企业持股证明（适用于本通知第一条第（二）项）；",
        "5.其他需要提供的证明材料。",
    ],
    cc="抄送：广东省商务厅，珠海市人民政府，澳门特别行政区经济及科技发展局。",
    printer="横琴粤澳深度合作区行政事务局",
    printed="2024年3月15日",
)

# 繁體 version (as the 合作區 site publishes it beside the 简体 one: Hong Kong/Macau character forms, 「」 quotes)
T = {'banner': '橫琴粵澳深度合作區執行委員會文件',
 'docnum': '琴執〔2024〕12號',
 'title': ['橫琴粵澳深度合作區執行委員會關於支持', '合作區企業依託澳門拓展共建「一帶一路」', '國家和葡語國家市場的通知'],
 'addressee': '合作區各工作機構，各有關企業：',
 'body': [('p', '為貫徹落實《橫琴粵澳深度合作區建設總體方案》，發揮澳門中國與葡語國家商貿合作服務平台作用，支持合作區企業依託澳門拓展共建「一帶一路」國家和葡語國家市場，經合作區管理委員會同意，現就有關事項通知如下：'),
          ('h1', '一、支持對象'),
          ('p', '（一）在合作區依法登記註冊、具有獨立法人資格且納入合作區統計核算的企業。'),
          ('p', '（二）由澳門居民或澳門企業持股25%以上的合作區企業，按本通知規定的支持標準上浮20%，但不得超過單項最高支持額度。'),
          ('h1', '二、支持措施'),
          ('k', '（一）境外參展支持。', '企業參加附件1所列共建「一帶一路」國家和葡語國家重點展會的，按展位費和展品運輸費的70%給予支持，每家企業每年最高30萬元。'),
          ('k', '（二）經澳門轉口貿易支持。', '企業經澳門開展對葡語國家轉口貿易，年度進出口額達到5000萬元以上的，每增加1000萬元給予5萬元獎勵，每家企業每年最高100萬元。'),
          ('k', '（三）海外倉建設支持。', '企業在巴西、葡萄牙、安哥拉、莫桑比克等國家新建或租用海外倉，單個海外倉面積達到2000平方米以上的，按實際投入的30%給予一次性支持，最高200萬元。'),
          ('h2', '（四）法律和商事服務支持。'),
          ('p', '1.企業委託澳門律師事務所就共建「一帶一路」國家和葡語國家投資項目出具法律意見的，按實際費用的50%給予支持，每家企業每年最高10萬元。'),
          ('p', '2.企業通過澳門世界貿易中心仲裁中心處理涉外商事糾紛的，按仲裁費用的50%給予支持，每宗最高5萬元。'),
          ('h1', '三、申報程序'),
          ('k', '（一）申報時間。', '項目每年集中申報兩次，申報時間分別為4月1日至4月30日、10月1日至10月31日，逾期不予受理。'),
          ('k', '（二）申報方式。', '企業通過「合作區企業專項資金申報系統」在線提交申報材料（見附件2），由合作區經濟發展局會同金融發展局、商事服務局審核。'),
          ('k', '（三）資金撥付。', '審核結果經公示5個工作日無異議的，由合作區財政局在公示期滿後20個工作日內撥付資金。'),
          ('h1', '四、其他事項'),
          ('p', '（一）同一項目已獲得合作區其他同類專項資金支持的，不得重複申報。'),
          ('p', '（二）企業提供虛假材料騙取支持資金的，追回已撥付資金，5年內不得申報合作區各類專項資金，並依法追究相關責任。'),
          ('p', '（三）本通知自二〇二四年四月一日起施行，有效期至二〇二六年十二月三十一日。本通知由合作區經濟發展局負責解釋。')],
 'attachments': ['2024年度共建「一帶一路」國家和葡語國家重點展會目錄', '申報材料清單'],
 'org': '橫琴粵澳深度合作區執行委員會',
 'date': '二〇二四年三月十五日',
 'note': '（此件公開發布）',
 'att1_title': '2024年度共建「一帶一路」國家和葡語國家重點展會目錄',
 'att1_head': ['序號', '展會名稱', '舉辦地', '舉辦時間'],
 'att1_rows': [['1', '葡萄牙里斯本國際貿易博覽會', '葡萄牙里斯本', '2024年5月'],
               ['2', '巴西聖保羅國際食品飲料展覽會', '巴西聖保羅', '2024年6月'],
               ['3', '安哥拉羅安達國際博覽會', '安哥拉羅安達', '2024年7月'],
               ['4', '哈薩克斯坦阿斯塔納國際博覽會', '哈薩克斯坦阿斯塔納', '2024年9月'],
               ['5', '澳門國際貿易投資展覽會', '澳門特別行政區', '2024年10月']],
 'att2_title': '申報材料清單',
 'att2_items': ['1.專項資金申報表（系統在線生成）；', '2.企業營業執照複印件；', '3.項目合同、發票及付款憑證；', '4.澳門居民或澳門企業持股證明（適用於本通知第一條第（二）項）；', '5.其他需要提供的證明材料。'],
 'cc': '抄送：廣東省商務廳，珠海市人民政府，澳門特別行政區經濟及科技發展局。',
 'printer': '橫琴粵澳深度合作區行政事務局',
 'printed': '2024年3月15日'}

# 广东省商务厅 转发 notice (简体, quoting the 繁體 title)
QT = "《橫琴粵澳深度合作區執行委員會關於支持合作區企業依託澳門拓展共建「一帶一路」國家和葡語國家市場的通知》"
C = dict(
    banner="广东省商务厅文件",
    docnum="粤商务自贸〔2024〕31号",
    title=["广东省商务厅关于转发《橫琴粵澳深度", "合作區執行委員會關於支持合作區企業依託", "澳門拓展共建「一帶一路」國家和葡語國家", "市場的通知》的通知"],
    addressee="各地级以上市商务局，中国（广东）自由贸易试验区南沙片区、前海蛇口片区管委会：",
    body=[
        ("p", "现将" + QT + "（琴執〔2024〕12號）转发给你们，并结合我省实际提出以下要求，请一并抓好落实。"),
        ("k1", "一、加强政策宣传解读。", "各地级以上市商务局要通过政策宣讲会、“粤商通”平台等渠道，向有意拓展共建“一带一路”国家和葡语国家市场的企业宣传合作区支持政策，2024年内各市至少举办1场专题宣讲活动。"),
        ("h1", "二、推动珠澳琴联动发展"),
        ("p", "（一）珠海市商务局要会同合作区经济发展局建立“珠澳琴”联动项目库，于2024年6月30日前报送首批入库项目不少于20个。"),
        ("p", "（二）南沙片区、前海蛇口片区管委会要发挥粤港澳合作平台优势，与合作区共同组织企业参加重点展会，联合组团参展企业不少于30家。"),
        ("k1", "三、及时报送工作情况。", "请各单位于2024年12月15日前将贯彻落实情况（含企业获得支持情况、存在问题及建议）报送省商务厅（省自贸办）。"),
        ("p", "联系人：省商务厅自由贸易试验区处林某某，电话：020-38819216。"),
    ],
    attachments=[QT[1:-1]],
    org="广东省商务厅",
    date="2024年4月8日",
    note="（此件公开发布）",
    cc="抄送：横琴粤澳深度合作区执行委员会，省发展改革委、省港澳办，拱北海关。",
    printer="广东省商务厅办公室",
    printed="2024年4月8日",
)


# ---------------------------------------------------------------- rendering
def banner(doc, name, size, scale=100, spacing_pt=0):
    p = doc.add_paragraph()
    r = p.add_run(name)
    set_font(r, XBS, size, False, RED)
    rpr = r._r.get_or_add_rPr()
    if spacing_pt:
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(int(spacing_pt * 20))); rpr.append(sp)
    if scale != 100:
        w = OxmlElement("w:w"); w.set(qn("w:val"), str(scale)); rpr.append(w)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None, before=0, after=0)
    return p


def attach_note(doc, titles):
    """附件说明: 附件：1.… with the following numbers aligned under the first."""
    if len(titles) == 1:
        p = runs(doc, [("附件：" + titles[0], FS)], first=-48, left=80)
        return
    for i, t in enumerate(titles, 1):
        if i == 1:
            runs(doc, [("附件：%d.%s" % (i, t), FS)], first=-64, left=96)
        else:
            runs(doc, [("%d.%s" % (i, t), FS)], first=-16, left=96)


def luokuan(doc, org, date, seal, seal_x, seal_y=-1.0):
    for _ in range(2):
        para(doc, "", first=0)
    width = max(len(org), len(date))
    p = para(doc, org, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64 + 16 * (width - len(org)) / 2)
    p.paragraph_format.keep_with_next = True
    para(doc, date, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64 + 16 * (width - len(date)) / 2)
    float_picture(p, seal, 4.2, seal_x, seal_y)


def banji(doc, cc, printer, printed, yinfa):
    for _ in range(3):
        para(doc, "", first=0)
    p = para(doc, "", first=0, left=14, right=14, line=Pt(26))
    set_font(p.add_run(cc), FS, 14)
    border(p, "top", "000000", 8, space=2)
    border(p, "bottom", "000000", 4, space=2)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14 + 42); p.paragraph_format.first_line_indent = Pt(-42)
    p = doc.add_paragraph()
    set_font(p.add_run(printer), FS, 14)
    set_font(p.add_run("\t" + printed + yinfa), FS, 14)
    fmt(p, first=0, left=14, right=14, line=Pt(26))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)
    border(p, "bottom", "000000", 8, space=2)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=0, line=Pt(12))


def render(cfg, out, seal, banner_size, banner_scale=100, trad=False, core_title=""):
    LANG[0] = "zh-MO" if trad else "zh-CN"
    doc = new_doc(core_title, "")
    # 版头: 发文机关标志 some 35 mm below the top of the 版心, then 文号 and the red rule
    sp = para(doc, "", first=0, line=Pt(12))
    sp.paragraph_format.space_before = Pt(60)
    banner(doc, cfg["banner"], banner_size, banner_scale, spacing_pt=2 if len(cfg["banner"]) < 10 else 0)
    para(doc, "", first=0)
    para(doc, "", first=0)
    p = para(doc, cfg["docnum"], first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "E60012", 18, space=11)
    para(doc, "", first=0)
    for ln in cfg["title"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    para(doc, cfg["addressee"], first=0)
    for item in cfg["body"]:
        kind = item[0]
        if kind == "p":
            para(doc, item[1])
        elif kind == "h1":
            para(doc, item[1], HT)
        elif kind == "h2":
            para(doc, item[1], KT)
        elif kind == "k":
            runs(doc, [(item[1], KT), (item[2], FS)])
        elif kind == "k1":
            runs(doc, [(item[1], HT), (item[2], FS)])
    para(doc, "", first=0)
    attach_note(doc, cfg["attachments"])
    luokuan(doc, cfg["org"], cfg["date"], seal, seal_x=9.2 if len(cfg["org"]) > 8 else 10.0)
    para(doc, "", first=0)
    para(doc, cfg["note"])
    yinfa = "印發" if trad else "印发"
    if "att1_title" in cfg:
        # 附件1: table
        page_break(doc)
        para(doc, "附件1", HT, first=0)
        para(doc, "", first=0)
        para(doc, cfg["att1_title"], XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
        para(doc, "", first=0)
        tbl = doc.add_table(rows=1 + len(cfg["att1_rows"]), cols=4)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(tbl)
        for j, h in enumerate(cfg["att1_head"]):
            cell_text(tbl.rows[0].cells[j], h, HT)
        repeat_header(tbl.rows[0])
        for i, row in enumerate(cfg["att1_rows"], 1):
            for j, v in enumerate(row):
                cell_text(tbl.rows[i].cells[j], v, FS, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        set_col_widths(tbl, [1.6, 6.6, 4.2, 3.2])
        # 附件2: list
        page_break(doc)
        para(doc, "附件2", HT, first=0)
        para(doc, "", first=0)
        para(doc, cfg["att2_title"], XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
        para(doc, "", first=0)
        for it in cfg["att2_items"]:
            para(doc, it)
    banji(doc, cfg["cc"], cfg["printer"], cfg["printed"], yinfa)
    doc.save(out)


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- expected
def clauses_of(cfg):
    out = []
    for item in cfg["body"]:
        if item[0] in ("h1", "h2"):
            continue
        out.append("".join(item[1:]))
    if "att1_rows" in cfg:
        for row in cfg["att1_rows"]:
            out.append("；".join("%s：%s" % (h, v) for h, v in zip(cfg["att1_head"], row)))
        out.extend(cfg["att2_items"])
    return out


HQ_REGION = "横琴粤澳深度合作区"
HQ_APPLIES = {
    "all clauses, incl. 附件1 rows and 附件2 items": HQ_REGION + " (企业 registered in the 合作区; the notice is issued by the 合作区 执委会 for its own territory)",
    "二、（二）经澳门转口贸易 / （四）1. 澳门律师事务所 / 2. 澳门世界贸易中心仲裁中心 / 附件1 row 5 澳门国际贸易投资展览会": "still " + HQ_REGION + "; 澳门 is where the service/trade happens, not where the clause applies (澳门特别行政区 as applies_to = wrong, medium)",
    "二、（三）海外仓 in 巴西、葡萄牙、安哥拉、莫桑比克 / 附件1 foreign fairs": "still " + HQ_REGION + " (foreign countries are destinations, not jurisdictions of the clause)",
}


def expected():
    simp_meta = {
        "title": "".join(A["title"]),
        "doc_number": A["docnum"],
        "issuer": [A["org"]],
        "date": "2024-03-15",
        "level": "provincial (the 合作区 is administered at province level by 广东省 jointly with 澳门; municipal = tolerable-low, county = wrong-medium, national = wrong)",
        "region": HQ_REGION + " (inside 广东省珠海市; 珠海市 = tolerable-low, 广东省 = medium, 澳门特别行政区 = high)",
        "effective": "2024-04-01 (written 二〇二四年四月一日)",
        "expires": "2026-12-31 (written 二〇二六年十二月三十一日)",
        "attachments": list(A["attachments"]),
        "kind": "通知",
        "addressees": ["合作区各工作机构", "各有关企业"],
        "remarks": A["note"],
        "cc": ["广东省商务厅", "珠海市人民政府", "澳门特别行政区经济及科技发展局"],
        "printed_by": A["printer"],
        "printed_date": "2024-03-15",
        "applies": HQ_APPLIES,
    }
    trad_meta = dict(simp_meta)
    trad_meta.update({
        "title": "".join(T["title"]) + "  (繁體 as printed; the 简体 form '" + "".join(A["title"]) + "' = tolerable if the reader normalises)",
        "doc_number": T["docnum"] + "  (as printed; 琴执〔2024〕12号 tolerable; issuer_code 琴執/琴执, year 2024, serial 12)",
        "issuer": [T["org"] + " (= " + A["org"] + "; either script, but it must be recognised as the same organ as in the 简体 file)"],
        "region": HQ_REGION + " (must be the same region as the 简体 version; '橫琴粵澳深度合作區' only acceptable if it is treated as the same place, e.g. --where 横琴 finds it)",
        "attachments": list(T["attachments"]),
        "addressees": ["合作區各工作機構", "各有關企業"],
        "remarks": T["note"],
        "cc": ["廣東省商務廳", "珠海市人民政府", "澳門特別行政區經濟及科技發展局"],
        "printed_by": T["printer"],
        "should_match_simplified": "yes: one document, same date, level, region, effective, expires, same issuer (modulo script), same number of clauses with the same labels (一、（一）1.) and the same applies_to. Only title/文号/clause text differ by script.",
    })
    c_title = "".join(C["title"])
    c_meta = {
        "title": c_title + "  (the 繁體 part inside 《》 kept as printed; a title cut at 《 or one that is the quoted 横琴 title = high)",
        "doc_number": C["docnum"] + "  (NOT 琴執〔2024〕12號, which is quoted in the body)",
        "issuer": ["广东省商务厅  (NOT 横琴粤澳深度合作区执行委员会, which only appears inside 《》 and in 抄送)"],
        "date": "2024-04-08",
        "level": "provincial",
        "region": "广东省",
        "effective": None,
        "expires": None,
        "_effective_note": "no 施行 clause; effective = 2024-04-08 (date of issue) tolerable-low; taking 2024-04-01 / 2026-12-31 from the forwarded notice = medium (they belong to document (a), though a reader that says 'forwarded doc valid until 2026-12-31' is not wrong)",
        "attachments": list(C["attachments"]),
        "kind": "通知 (转发)",
        "forwards": {"title": "".join(T["title"]), "doc_number": T["docnum"], "issuer": T["org"]},
        "addressees": ["各地级以上市商务局", "中国（广东）自由贸易试验区南沙片区、前海蛇口片区管委会"],
        "remarks": C["note"],
        "cc": ["横琴粤澳深度合作区执行委员会", "省发展改革委", "省港澳办", "拱北海关"],
        "printed_by": C["printer"],
        "printed_date": "2024-04-08",
        "applies": {
            "现将…转发给你们 (lead-in)": "广东省",
            "一、加强政策宣传解读 (各地级以上市商务局)": "广东省",
            "二、（一）珠海市商务局…珠澳琴联动项目库": "珠海市 (横琴粤澳深度合作区 also acceptable)",
            "二、（二）南沙片区、前海蛇口片区管委会…": "中国（广东）自由贸易试验区南沙片区, 中国（广东）自由贸易试验区前海蛇口片区 (广州市南沙区/深圳市前海 tolerable)",
            "三、及时报送工作情况 / 联系人": "广东省",
        },
    }
    fur_hq = ("Furniture (not clauses): 版头 '{b}', 文号 line and red rule, the title lines, 主送 '{a}', 一、/二、/三、/四、 headings and '（四）法律和商事服务支持。' "
              "(headings, fine as labelled headings), 附件说明, 落款 organ + date, 附注 {n}, '附件1'/'附件2' labels and attachment titles, the 附件1 table header row, "
              "版记 (抄送 … / {p} {d}{y}), the footer page numbers '— N —', the seal image. Tolerable: headings kept as heading-kind clauses; "
              "（四） heading + its 1./2. labelled as （四）1.; 附件2 items as items of the attachment.")
    return {
        "blind118_hengqin_tongzhi_trad": [{
            "meta": trad_meta,
            "clauses": clauses_of(T),
            "_note": fur_hq.format(b=T["banner"], a=T["addressee"], n=T["note"], p=T["printer"], d=T["printed"], y="印發")
            + " 繁體 specifics: 號 in the 文号, 執行委員會 in 落款, 印發 in 版记, 公開 in 附注, 「」 quotes — none of these may break the parse; "
            "the two dates in 二〇 numerals (落款 and 第四條（三）) must be read. Must give exactly ONE document.",
        }],
        "blind118_hengqin_tongzhi_simp": [{
            "meta": simp_meta,
            "clauses": clauses_of(A),
            "_note": fur_hq.format(b=A["banner"], a=A["addressee"], n=A["note"], p=A["printer"], d=A["printed"], y="印发")
            + " Exactly ONE document; its metadata and clause split are the reference the 繁體 file should match.",
        }],
        "blind118_guangdong_zhuanfa": [{
            "meta": c_meta,
            "clauses": clauses_of(C),
            "_note": "Furniture: 版头 '广东省商务厅文件', 文号 + red rule, the 4 title lines, 主送, heading '二、推动珠澳琴联动发展', 附件说明 (one attachment, its title in 繁體), 落款 广东省商务厅 2024年4月8日, "
            "附注 （此件公开发布）, 版记 (抄送：横琴粤澳深度合作区执行委员会… / 广东省商务厅办公室 2024年4月8日印发), page numbers, seal. "
            "Traps: the quoted 繁體 title contains '關於…的通知' and the quoted 文号 琴執〔2024〕12號 — neither may become this document's title/文号/issuer, and the quoted "
            "title must not split the document into two. The forwarded notice itself is not attached (only named in the 附件说明). '联系人…' as its own clause or merged into 三、 both tolerable. "
            "Exactly ONE document.",
        }],
    }


# ---------------------------------------------------------------- main
def main():
    tmp = Path(tempfile.mkdtemp(prefix="b118seal_"))
    seal_hq = tmp / "seal_hq.png"; make_seal(seal_hq, "横琴粤澳深度合作区执行委员会")
    seal_gd = tmp / "seal_gd.png"; make_seal(seal_gd, "广东省商务厅")
    files = HERE / "files"
    files.mkdir(exist_ok=True)
    jobs = [
        ("blind118_hengqin_tongzhi_trad", T, seal_hq, 26, 100, True),
        ("blind118_hengqin_tongzhi_simp", A, seal_hq, 26, 100, False),
        ("blind118_guangdong_zhuanfa", C, seal_gd, 48, 100, False),
    ]
    for stem, cfg, seal, bsize, bscale, trad in jobs:
        out = HERE / (stem + ".docx")
        render(cfg, out, seal, bsize, bscale, trad)
        to_pdf(out)
        shutil.copy(out, files / out.name)
    (HERE / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print("wrote", ", ".join(j[0] for j in jobs))


if __name__ == "__main__":
    main()
