# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 669: 广西 中越双语 通告 / 通知 (东兴市、凭祥市)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, latin=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin or (TNR if east in (FS, KT) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, first=0.0, align=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.first_line_indent = Pt(first) if first else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Pt(left)
    if align is not None:
        p.alignment = align


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
    r = p.add_run(" —")
    set_font(r, SONG, 14)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(s)
    return d


def empty(d, n=1):
    for _ in range(n):
        p = d.add_paragraph()
        fmt(p)


def red_header(d, text):
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    r = p.add_run(text)
    set_font(r, XBS, 36, color=RED)
    p2 = d.add_paragraph()
    fmt(p2, line=12)
    border(p2, "bottom", "FF0000", 24)


def title_block(d, zh_lines, vi_title, soft=True):
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12)
    for i, ln in enumerate(zh_lines):
        r = p.add_run(ln)
        set_font(r, XBS, 22)
        if i < len(zh_lines) - 1:
            if soft:
                r.add_break()  # soft line break inside the title
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24, after=6)
    r = p.add_run(vi_title)
    set_font(r, TNR, 15, bold=True, latin=TNR)


def zh_para(d, text, runin=None, runin_font=HT, first=32):
    p = d.add_paragraph()
    fmt(p, first=first, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if runin and text.startswith(runin):
        r = p.add_run(runin)
        set_font(r, runin_font, 16, bold=(runin_font != HT))
        r = p.add_run(text[len(runin):])
        set_font(r, FS, 16)
    else:
        r = p.add_run(text)
        set_font(r, FS, 16)
    return p


def vi_para(d, text, first=32, bold_prefix=None):
    p = d.add_paragraph()
    fmt(p, first=first, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=24, after=4)
    if bold_prefix and text.startswith(bold_prefix):
        r = p.add_run(bold_prefix)
        set_font(r, TNR, 14, bold=True, latin=TNR)
        text = text[len(bold_prefix):]
    r = p.add_run(text)
    set_font(r, TNR, 14, latin=TNR)
    return p


def soft_pair(d, zh, vi, runin=None, runin_font=HT):
    """Chinese and Vietnamese in ONE paragraph, separated by a soft line break."""
    p = zh_para(d, zh, runin=runin, runin_font=runin_font)
    last = p.runs[-1]
    last.add_break()
    r = p.add_run(vi)
    set_font(r, TNR, 14, latin=TNR)
    return p


def heading(d, zh, vi, font=HT):
    p = d.add_paragraph()
    fmt(p, first=32)
    r = p.add_run(zh)
    set_font(r, font, 16, bold=(font == KT))
    p = d.add_paragraph()
    fmt(p, first=32, line=24)
    r = p.add_run(vi)
    set_font(r, TNR, 14, bold=True, latin=TNR)


def set_cell_border(table, color="000000"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, zh, vi, header=False, center=True):
    p = cell.paragraphs[0]
    fmt(p, line=20, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)
    r = p.add_run(zh)
    set_font(r, HT if header else FS, 12)
    if vi:
        if header:
            r.add_break()  # header: soft break between zh / vi
            r2 = p.add_run(vi)
            set_font(r2, TNR, 10.5, bold=True, latin=TNR)
        else:
            p2 = cell.add_paragraph()
            fmt(p2, line=18, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)
            r2 = p2.add_run(vi)
            set_font(r2, TNR, 10.5, latin=TNR)


def data_table(d, headers, rows, widths):
    t = d.add_table(rows=1 + len(rows), cols=len(headers))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_border(t)
    for j, (zh, vi) in enumerate(headers):
        cell_text(t.rows[0].cells[j], zh, vi, header=True)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if isinstance(val, tuple):
                cell_text(t.rows[i + 1].cells[j], val[0], val[1])
            else:
                cell_text(t.rows[i + 1].cells[j], val, None)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    clauses = []
    for row in rows:
        parts = []
        for (hz, _), val in zip(headers, row):
            v = val[0] if isinstance(val, tuple) else val
            parts.append("%s：%s" % (hz, v))
        clauses.append("；".join(parts))
    return clauses


def attachments(d, items_zh, items_vi):
    p = d.add_paragraph()
    fmt(p, first=32, before=14)
    if len(items_zh) == 1:
        r = p.add_run("附件：" + items_zh[0])
        set_font(r, FS, 16)
        p = d.add_paragraph()
        fmt(p, first=32, line=24)
        r = p.add_run("Phụ lục: " + items_vi[0])
        set_font(r, TNR, 14, latin=TNR)
    else:
        r = p.add_run("附件：1．" + items_zh[0])
        set_font(r, FS, 16)
        for k, z in enumerate(items_zh[1:], start=2):
            p = d.add_paragraph()
            fmt(p, left=80)
            r = p.add_run("%d．%s" % (k, z))
            set_font(r, FS, 16)
        p = d.add_paragraph()
        fmt(p, first=32, line=24)
        r = p.add_run("Phụ lục: 1. " + items_vi[0])
        set_font(r, TNR, 14, latin=TNR)
        for k, v in enumerate(items_vi[1:], start=2):
            p = d.add_paragraph()
            fmt(p, left=72, line=24)
            r = p.add_run("%d. %s" % (k, v))
            set_font(r, TNR, 14, latin=TNR)


def signoff(d, organs_zh, date_zh, organs_vi, date_vi):
    empty(d, 2)
    for o in organs_zh:
        p = d.add_paragraph()
        fmt(p)
        r = p.add_run(" " * 26 + o)  # manual spaces for alignment
        set_font(r, FS, 16)
    p = d.add_paragraph()
    fmt(p)
    r = p.add_run(" " * 28 + date_zh)
    set_font(r, FS, 16)
    empty(d)
    for o in organs_vi:
        p = d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=24)
        r = p.add_run(o)
        set_font(r, TNR, 13, bold=True, latin=TNR)
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=24)
    r = p.add_run(date_vi)
    set_font(r, TNR, 13, latin=TNR)


def publicity(d, zh, vi):
    p = d.add_paragraph()
    fmt(p, first=32, before=10)
    r = p.add_run(zh)
    set_font(r, FS, 16)
    p = d.add_paragraph()
    fmt(p, first=32, line=24)
    r = p.add_run(vi)
    set_font(r, TNR, 13, latin=TNR)


def banji(d, cc, printer, date):
    empty(d, 3)
    p = d.add_paragraph()
    fmt(p, line=28, left=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    r = p.add_run(cc)
    set_font(r, FS, 14)
    p = d.add_paragraph()
    fmt(p, line=28, left=14)
    border(p, "bottom", "000000", 8)
    r = p.add_run(printer + " " * max(4, 30 - 2 * len(printer)) + date + "印发")
    set_font(r, FS, 14)


def docnum(d, zh, vi):
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    r = p.add_run(zh)
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run(vi)
    set_font(r, TNR, 13, latin=TNR)


# ---------------------------------------------------------------- doc 1
def doc_dongxing(path):
    d = new_doc()
    clauses = []
    red_header(d, "东兴市人民政府")
    docnum(d, "东政通〔2025〕5号", "Số: 05/TB-UBND")
    title_block(d, ["东兴市人民政府关于进一步规范", "中越边民互市贸易秩序的通告"],
                "THÔNG BÁO của Ủy ban Nhân dân thành phố Đông Hưng về việc tiếp tục "
                "chấn chỉnh trật tự thương mại trao đổi cư dân biên giới Trung Quốc – Việt Nam")
    empty(d)

    def pv(zh, vi, runin=None, runin_font=HT, vbold=None):
        zh_para(d, zh, runin=runin, runin_font=runin_font)
        vi_para(d, vi, bold_prefix=vbold)
        clauses.append(zh)

    pv("为进一步规范中越边民互市贸易秩序，促进边境贸易健康发展，维护边境地区和谐稳定，"
       "根据《边民互市贸易管理办法》《广西壮族自治区边民互市贸易管理办法》等有关规定，"
       "结合我市实际，现将有关事项通告如下：",
       "Nhằm tiếp tục chấn chỉnh trật tự thương mại trao đổi cư dân biên giới Trung Quốc – Việt Nam, "
       "thúc đẩy thương mại biên giới phát triển lành mạnh, giữ gìn sự hài hòa và ổn định ở khu vực "
       "biên giới, căn cứ “Biện pháp quản lý thương mại trao đổi cư dân biên giới”, “Biện pháp quản lý "
       "thương mại trao đổi cư dân biên giới Khu tự trị dân tộc Choang Quảng Tây” và các quy định liên "
       "quan, kết hợp với tình hình thực tế của thành phố, nay thông báo các vấn đề liên quan như sau:")

    heading(d, "一、适用范围", "1. Phạm vi áp dụng")
    pv("本通告适用于在东兴市行政区域内经批准设立的边民互市贸易区（点）开展的边民互市贸易活动。",
       "Thông báo này áp dụng đối với hoạt động thương mại trao đổi cư dân biên giới được tiến hành "
       "tại các khu (điểm) trao đổi cư dân biên giới được phê duyệt thành lập trong địa giới hành chính "
       "thành phố Đông Hưng.")
    pv("本通告所称边民，是指持有效边境地区居民身份证件的中越两国边境地区居民。",
       "Cư dân biên giới nêu trong Thông báo này là cư dân khu vực biên giới của hai nước Trung Quốc "
       "và Việt Nam có giấy tờ tùy thân cư dân biên giới còn hiệu lực.")

    heading(d, "二、互市主体", "2. Chủ thể tham gia trao đổi")
    pv("（一）参与互市贸易的我方边民应当在常住户口所在地乡镇（街道）完成边民身份备案，"
       "并加入边民互助组或者边民合作社。",
       "a) Cư dân biên giới phía Trung Quốc tham gia trao đổi phải hoàn thành đăng ký thân phận cư dân "
       "biên giới tại xã, thị trấn (phường) nơi đăng ký hộ khẩu thường trú, đồng thời tham gia tổ hỗ trợ "
       "cư dân biên giới hoặc hợp tác xã cư dân biên giới.")
    pv("（二）越方边民应当持有效的《中越边境地区居民出入境通行证》或者其他有效证件，"
       "经口岸边检机关查验后进入互市贸易区（点）。",
       "b) Cư dân biên giới phía Việt Nam phải xuất trình “Giấy thông hành xuất nhập cảnh vùng biên giới "
       "Việt Nam – Trung Quốc” hoặc giấy tờ hợp lệ khác còn hiệu lực, sau khi được cơ quan biên phòng "
       "cửa khẩu kiểm tra mới được vào khu (điểm) trao đổi.")
    pv("（三）边民每人每日通过互市贸易进口的生活用品，价值在人民币8000元以下的，"
       "免征进口关税和进口环节税；超出部分按照规定征收。",
       "c) Hàng hóa sinh hoạt do mỗi cư dân biên giới nhập khẩu qua trao đổi mỗi ngày có trị giá từ "
       "8.000 nhân dân tệ trở xuống được miễn thuế nhập khẩu và thuế khâu nhập khẩu; phần vượt quá "
       "sẽ bị thu thuế theo quy định.")
    pv("（四）任何单位和个人不得冒用、借用边民身份开展互市贸易，不得组织边民“背货”“代购”。",
       "d) Không tổ chức, cá nhân nào được mạo danh, mượn danh cư dân biên giới để tiến hành trao đổi, "
       "không được tổ chức cư dân biên giới “cõng hàng”, “mua hộ”.")

    heading(d, "三、互市商品", "3. Hàng hóa trao đổi")
    pv("（一）边民互市进口商品应当符合《边民互市进口商品不予免税清单》的规定，"
       "列入清单的商品不得以互市方式免税进口。",
       "a) Hàng hóa nhập khẩu qua trao đổi cư dân biên giới phải phù hợp với quy định của “Danh mục hàng "
       "hóa nhập khẩu trao đổi cư dân biên giới không được miễn thuế”; hàng hóa thuộc danh mục không được "
       "nhập khẩu miễn thuế theo hình thức trao đổi.")
    pv("（二）进口食品、农产品应当符合国家检验检疫要求。具体要求如下：",
       "b) Thực phẩm, nông sản nhập khẩu phải đáp ứng yêu cầu kiểm nghiệm, kiểm dịch của Nhà nước. "
       "Yêu cầu cụ thể như sau:")
    pv("1.水果、蔬菜应当来自越方已获准输华的果园和包装厂；",
       "- Trái cây, rau củ phải có nguồn gốc từ vườn trồng và cơ sở đóng gói phía Việt Nam đã được cấp "
       "phép xuất khẩu sang Trung Quốc;")
    pv("2.冻品、水产品应当随附越方官方出具的卫生证书；",
       "- Hàng đông lạnh, thủy sản phải kèm theo giấy chứng nhận vệ sinh do cơ quan chính thức phía "
       "Việt Nam cấp;")
    pv("3.中药材应当在指定的查验场所接受检疫。",
       "- Dược liệu phải được kiểm dịch tại địa điểm kiểm tra được chỉ định.")
    pv("（三）严禁通过互市渠道进出境枪支弹药、毒品、濒危野生动植物及其制品等禁止进出境物品。",
       "c) Nghiêm cấm lợi dụng kênh trao đổi để đưa vào, đưa ra vũ khí, đạn dược, ma túy, động thực vật "
       "hoang dã nguy cấp và sản phẩm của chúng cùng các vật phẩm cấm xuất nhập cảnh khác.")

    heading(d, "四、互市贸易区（点）及开放时间", "4. Khu (điểm) trao đổi và thời gian mở cửa")
    pv("我市边民互市贸易区（点）及开放时间如下：",
       "Các khu (điểm) trao đổi cư dân biên giới của thành phố và thời gian mở cửa như sau:")
    headers = [("序号", "STT"), ("互市贸易区（点）名称", "Tên khu (điểm) trao đổi"),
               ("对应越方口岸", "Cửa khẩu đối diện phía Việt Nam"), ("开放时间", "Thời gian mở cửa")]
    rows = [
        ["1", ("东兴边民互市贸易区", "Khu trao đổi cư dân biên giới Đông Hưng"), ("芒街", "Móng Cái"),
         "8:00—18:00"],
        ["2", ("竹山边民互市点", "Điểm trao đổi Trúc Sơn"), ("茶古", "Trà Cổ"), "8:00—17:30"],
        ["3", ("北仑河二桥边民互市点", "Điểm trao đổi Cầu Bắc Luân 2"), ("芒街", "Móng Cái"),
         "8:30—17:30"],
    ]
    clauses += data_table(d, headers, rows, [1.5, 5.5, 4.0, 3.5])
    pv("遇国家法定节假日、越南传统节日或者口岸临时管控的，开放时间以口岸管理部门公告为准。",
       "Trường hợp gặp ngày lễ theo luật định, ngày lễ truyền thống của Việt Nam hoặc cửa khẩu bị kiểm "
       "soát tạm thời, thời gian mở cửa thực hiện theo thông báo của cơ quan quản lý cửa khẩu.")

    heading(d, "五、监督管理", "5. Giám sát quản lý")
    pv("（一）东兴海关、东兴出入境边防检查站、市商务和口岸管理局、市市场监督管理局等部门"
       "按照职责分工，加强对互市贸易的联合监管。",
       "a) Hải quan Đông Hưng, Trạm kiểm soát biên phòng xuất nhập cảnh Đông Hưng, Cục Thương mại và "
       "Cửa khẩu thành phố, Cục Quản lý giám sát thị trường thành phố và các cơ quan liên quan theo "
       "chức năng, nhiệm vụ tăng cường giám sát liên ngành đối với hoạt động trao đổi.")
    pv("（二）对违反本通告规定的，由有关部门依法予以处理；构成犯罪的，依法追究刑事责任。",
       "b) Trường hợp vi phạm quy định của Thông báo này sẽ bị cơ quan liên quan xử lý theo pháp luật; "
       "trường hợp cấu thành tội phạm sẽ bị truy cứu trách nhiệm hình sự theo pháp luật.")
    pv("（三）欢迎社会各界监督举报。举报电话：0770-7688123。",
       "c) Hoan nghênh các tầng lớp xã hội giám sát, tố giác. Điện thoại tố giác: 0770-7688123.")

    pv("六、本通告由东兴市商务和口岸管理局负责解释。",
       "6. Cục Thương mại và Cửa khẩu thành phố Đông Hưng chịu trách nhiệm giải thích Thông báo này.",
       runin="六、", vbold="6.")
    pv("七、本通告自2025年4月1日起施行，有效期至2027年3月31日。《东兴市人民政府关于加强"
       "边民互市贸易管理的通告》（东政通〔2021〕3号）同时废止。",
       "7. Thông báo này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 đến hết ngày 31 tháng 3 "
       "năm 2027. “Thông báo của Ủy ban Nhân dân thành phố Đông Hưng về việc tăng cường quản lý thương "
       "mại trao đổi cư dân biên giới” (Đông Chính Thông [2021] số 3) đồng thời hết hiệu lực.",
       runin="七、", vbold="7.")

    pv("特此通告。", "Nay thông báo.")

    attachments(d, ["东兴市边民互市贸易举报受理渠道一览表"],
                ["Bảng danh sách kênh tiếp nhận tố giác về thương mại trao đổi cư dân biên giới "
                 "thành phố Đông Hưng"])
    signoff(d, ["东兴市人民政府"], "2025年3月18日",
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÔNG HƯNG"], "Ngày 18 tháng 3 năm 2025")
    publicity(d, "（此件公开发布）", "(Văn bản này được công bố công khai)")
    banji(d, "抄送：防城港市人民政府，东兴海关，东兴出入境边防检查站。",
          "东兴市人民政府办公室", "2025年3月18日")
    d.save(path)

    meta = {
        "title": "东兴市人民政府关于进一步规范中越边民互市贸易秩序的通告",
        "doc_number": "东政通〔2025〕5号",
        "issuer": ["东兴市人民政府"],
        "date": "2025-03-18",
        "published": None,
        "level": "county",
        "region": "东兴市",
        "effective": "2025-04-01",
        "expires": "2027-03-31",
        "attachments": ["东兴市边民互市贸易举报受理渠道一览表"],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《东兴市人民政府关于加强边民互市贸易管理的通告》（东政通〔2021〕3号）",
    }
    return [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2
def doc_pingxiang_tonggao(path):
    d = new_doc()
    clauses = []
    red_header(d, "凭祥市人民政府")
    docnum(d, "凭政通〔2026〕2号", "Số: 02/TB-UBND")
    title_block(d, ["凭祥市人民政府", "关于做好中越跨境劳务合作管理工作的通告"],
                "THÔNG BÁO của Ủy ban Nhân dân thành phố Bằng Tường về việc làm tốt công tác "
                "quản lý hợp tác lao động qua biên giới Trung Quốc – Việt Nam")
    empty(d)

    def pv(zh, vi, runin=None, runin_font=HT, vbold=None, soft=False):
        if soft:
            soft_pair(d, zh, vi, runin=runin, runin_font=runin_font)
        else:
            zh_para(d, zh, runin=runin, runin_font=runin_font)
            vi_para(d, vi, bold_prefix=vbold)
        clauses.append(zh)

    pv("为规范中越跨境劳务合作，保障跨境务工人员和用工单位合法权益，服务中国（广西）自由贸易试验区"
       "崇左片区和凭祥综合保税区产业发展，根据《中华人民共和国出境入境管理法》《外国人在中国就业管理"
       "规定》及自治区跨境劳务合作试点有关规定，现就有关事项通告如下：",
       "Nhằm quy phạm hợp tác lao động qua biên giới Trung Quốc – Việt Nam, bảo đảm quyền và lợi ích "
       "hợp pháp của người lao động qua biên giới và đơn vị sử dụng lao động, phục vụ phát triển công "
       "nghiệp của Phân khu Sùng Tả thuộc Khu thương mại tự do thí điểm Trung Quốc (Quảng Tây) và Khu "
       "bảo thuế tổng hợp Bằng Tường, căn cứ “Luật Quản lý xuất cảnh, nhập cảnh nước Cộng hòa Nhân dân "
       "Trung Hoa”, “Quy định quản lý người nước ngoài làm việc tại Trung Quốc” và các quy định liên "
       "quan về thí điểm hợp tác lao động qua biên giới của Khu tự trị, nay thông báo các vấn đề liên "
       "quan như sau:")

    pv("一、合作范围。在我市行政区域内依法登记注册的企业，可以按照本通告规定聘用越南谅山省等"
       "边境省份的越南籍边民从事跨境务工。",
       "1. Phạm vi hợp tác. Doanh nghiệp đăng ký hợp pháp trong địa giới hành chính thành phố có thể "
       "tuyển dụng cư dân biên giới quốc tịch Việt Nam thuộc tỉnh Lạng Sơn và các tỉnh biên giới khác "
       "sang làm việc qua biên giới theo quy định của Thông báo này.",
       runin="一、合作范围。", vbold="1. Phạm vi hợp tác.")

    heading(d, "二、办理条件", "2. Điều kiện thực hiện")
    pv("（一）用工单位。应当在凭祥市依法登记注册、正常经营，近两年内无重大劳动保障违法记录，"
       "并在市人力资源和社会保障局完成用工备案。",
       "a) Đơn vị sử dụng lao động. Phải đăng ký hợp pháp và hoạt động bình thường tại thành phố Bằng "
       "Tường, không có vi phạm nghiêm trọng về bảo đảm lao động trong hai năm gần nhất, và đã hoàn "
       "thành đăng ký sử dụng lao động tại Cục Nhân lực và Bảo đảm xã hội thành phố.",
       runin="（一）用工单位。", runin_font=KT, vbold="a) Đơn vị sử dụng lao động.")
    pv("（二）务工人员。应当年满18周岁、未满55周岁，身体健康，无犯罪记录，持有有效的越南边境地区"
       "居民证件。",
       "b) Người lao động. Phải đủ 18 tuổi và chưa đủ 55 tuổi, có sức khỏe tốt, không có tiền án, "
       "có giấy tờ cư dân biên giới Việt Nam còn hiệu lực.",
       runin="（二）务工人员。", runin_font=KT, soft=True)
    pv("（三）合同签订。用工单位应当与务工人员依法签订书面劳动合同或者劳务协议，合同期限一般不超过"
       "1年，期满可以续签。",
       "c) Ký kết hợp đồng. Đơn vị sử dụng lao động phải ký kết hợp đồng lao động hoặc thỏa thuận lao "
       "động bằng văn bản với người lao động theo pháp luật, thời hạn hợp đồng thông thường không quá "
       "01 năm, khi hết hạn có thể ký tiếp.",
       runin="（三）合同签订。", runin_font=KT, vbold="c) Ký kết hợp đồng.")

    heading(d, "三、办理流程", "3. Quy trình thực hiện")
    pv("跨境务工人员入境务工，按照下列程序办理：",
       "Người lao động qua biên giới nhập cảnh làm việc thực hiện theo trình tự sau:")
    pv("1.用工单位向市人力资源和社会保障局提交用工备案申请；",
       "(1) Đơn vị sử dụng lao động nộp hồ sơ đăng ký sử dụng lao động tại Cục Nhân lực và Bảo đảm "
       "xã hội thành phố;", soft=True)
    pv("2.务工人员到指定机构进行健康体检；",
       "(2) Người lao động khám sức khỏe tại cơ sở được chỉ định;", soft=True)
    pv("3.市公安局出入境管理大队办理跨境务工证件；",
       "(3) Đội Quản lý xuất nhập cảnh Công an thành phố cấp giấy tờ lao động qua biên giới;",
       soft=True)
    pv("4.用工单位组织岗前培训后安排上岗。",
       "(4) Đơn vị sử dụng lao động tổ chức đào tạo trước khi bố trí làm việc.", soft=True)
    pv("各环节办理部门、地点及时限见下表：",
       "Cơ quan, địa điểm và thời hạn giải quyết từng khâu xem bảng dưới đây:")
    headers = [("序号", "STT"), ("办理事项", "Nội dung công việc"),
               ("受理部门", "Cơ quan tiếp nhận"), ("办理地点", "Địa điểm"),
               ("办理时限", "Thời hạn")]
    rows = [
        ["1", ("用工备案", "Đăng ký sử dụng lao động"),
         ("凭祥市人力资源和社会保障局", "Cục Nhân lực và Bảo đảm xã hội thành phố Bằng Tường"),
         ("凭祥市政务服务中心二楼", "Tầng 2, Trung tâm Dịch vụ hành chính thành phố Bằng Tường"),
         ("3个工作日", "03 ngày làm việc")],
        ["2", ("健康体检", "Khám sức khỏe"),
         ("凭祥国际旅行卫生保健中心", "Trung tâm Chăm sóc sức khỏe du lịch quốc tế Bằng Tường"),
         ("友谊关口岸联检大楼", "Tòa nhà liên kiểm cửa khẩu Hữu Nghị Quan"),
         ("当日", "Trong ngày")],
        ["3", ("跨境务工证件", "Giấy tờ lao động qua biên giới"),
         ("凭祥市公安局出入境管理大队", "Đội Quản lý xuất nhập cảnh Công an thành phố Bằng Tường"),
         ("凭祥市政务服务中心一楼", "Tầng 1, Trung tâm Dịch vụ hành chính thành phố Bằng Tường"),
         ("5个工作日", "05 ngày làm việc")],
    ]
    clauses += data_table(d, headers, rows, [1.2, 2.8, 4.0, 4.2, 2.4])
    empty(d)

    heading(d, "四、权益保障", "4. Bảo đảm quyền lợi")
    pv("（一）工资支付。用工单位应当按月以货币形式足额支付工资，工资标准不得低于我市最低工资标准，"
       "不得克扣或者无故拖欠。",
       "a) Trả lương. Đơn vị sử dụng lao động phải trả đủ lương hằng tháng bằng tiền, mức lương không "
       "thấp hơn mức lương tối thiểu của thành phố, không được cắt xén hoặc nợ lương vô cớ.",
       runin="（一）工资支付。", runin_font=KT, vbold="a) Trả lương.")
    pv("（二）保险保障。用工单位应当按照规定为务工人员参加工伤保险或者购买商业意外伤害保险。",
       "b) Bảo hiểm. Đơn vị sử dụng lao động phải tham gia bảo hiểm tai nạn lao động hoặc mua bảo hiểm "
       "thương mại tai nạn cho người lao động theo quy định.",
       runin="（二）保险保障。", runin_font=KT, vbold="b) Bảo hiểm.")
    pv("（三）住宿管理。用工单位提供集体宿舍的，应当符合消防安全要求，并在务工人员入住后24小时内"
       "向所在地公安派出所办理住宿登记。",
       "c) Quản lý lưu trú. Đơn vị sử dụng lao động bố trí ký túc xá tập thể phải đáp ứng yêu cầu an "
       "toàn phòng cháy chữa cháy, và trong vòng 24 giờ sau khi người lao động vào ở phải đăng ký lưu "
       "trú tại đồn công an nơi cư trú.",
       runin="（三）住宿管理。", runin_font=KT, vbold="c) Quản lý lưu trú.")

    heading(d, "五、禁止性规定", "5. Các quy định cấm")
    pv("（一）任何单位和个人不得非法介绍、容留越南籍人员在我市非法就业；",
       "a) Không tổ chức, cá nhân nào được môi giới trái phép, chứa chấp người quốc tịch Việt Nam "
       "làm việc bất hợp pháp tại thành phố;")
    pv("（二）用工单位不得扣押务工人员身份证件；",
       "b) Đơn vị sử dụng lao động không được giữ giấy tờ tùy thân của người lao động;")
    pv("（三）务工人员不得超出备案的用工单位和区域务工。",
       "c) Người lao động không được làm việc ngoài đơn vị sử dụng lao động và khu vực đã đăng ký.")

    pv("六、违反本通告规定的，由公安、人力资源社会保障等部门依法予以处理。",
       "6. Trường hợp vi phạm quy định của Thông báo này sẽ bị cơ quan công an, nhân lực và bảo đảm xã "
       "hội và các cơ quan liên quan xử lý theo pháp luật.", runin="六、", vbold="6.")
    pv("七、本通告自2026年2月1日起施行，有效期至2028年1月31日。",
       "7. Thông báo này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2026 đến hết ngày 31 tháng "
       "01 năm 2028.", runin="七、", vbold="7.")
    pv("咨询电话：凭祥市人力资源和社会保障局0771-8522316；凭祥市公安局出入境管理大队0771-8526110。",
       "Điện thoại tư vấn: Cục Nhân lực và Bảo đảm xã hội thành phố Bằng Tường 0771-8522316; Đội Quản "
       "lý xuất nhập cảnh Công an thành phố Bằng Tường 0771-8526110.")

    attachments(d, ["凭祥市跨境劳务用工单位备案表", "越南籍跨境务工人员健康承诺书"],
                ["Tờ khai đăng ký đơn vị sử dụng lao động qua biên giới thành phố Bằng Tường",
                 "Bản cam kết sức khỏe của người lao động quốc tịch Việt Nam qua biên giới"])
    signoff(d, ["凭祥市人民政府"], "2026年1月20日",
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẰNG TƯỜNG"], "Ngày 20 tháng 01 năm 2026")
    publicity(d, "（此件公开发布）", "(Văn bản này được công bố công khai)")
    banji(d, "抄送：崇左市人民政府，凭祥海关，友谊关出入境边防检查站。",
          "凭祥市人民政府办公室", "2026年1月20日")
    d.save(path)

    meta = {
        "title": "凭祥市人民政府关于做好中越跨境劳务合作管理工作的通告",
        "doc_number": "凭政通〔2026〕2号",
        "issuer": ["凭祥市人民政府"],
        "date": "2026-01-20",
        "published": None,
        "level": "county",
        "region": "凭祥市",
        "effective": "2026-02-01",
        "expires": "2028-01-31",
        "attachments": ["凭祥市跨境劳务用工单位备案表", "越南籍跨境务工人员健康承诺书"],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3
def doc_pingxiang_tongzhi(path):
    """Joint 通知; body laid out in a borderless 2-column table (中文 | Tiếng Việt)."""
    d = new_doc()
    clauses = []
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    r = p.add_run("凭祥市商务和口岸管理局\n凭祥市人力资源和社会保障局")
    set_font(r, XBS, 26, color=RED)
    p = d.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("凭商口发〔2026〕8号")
    set_font(r, FS, 16)
    border(p, "bottom", "FF0000", 18)
    title_block(d, ["凭祥市商务和口岸管理局", "凭祥市人力资源和社会保障局",
                    "关于开展2026年度中越跨境劳务", "用工需求摸底调查的通知"],
                "THÔNG BÁO về việc khảo sát nhu cầu sử dụng lao động qua biên giới Trung Quốc – "
                "Việt Nam năm 2026")
    p = d.add_paragraph()
    fmt(p)
    r = p.add_run("各乡（镇）人民政府，市直有关单位，凭祥综合保税区各入区企业：")
    set_font(r, FS, 16)

    rows = []  # (zh, vi, kind)  kind: 'h' heading, 'p' clause

    def P(zh, vi):
        rows.append((zh, vi, "p"))
        clauses.append(zh)

    def H(zh, vi):
        rows.append((zh, vi, "h"))

    P("为做好2026年度中越跨境劳务合作工作，准确掌握我市企业跨境用工需求，现就开展用工需求"
      "摸底调查有关事项通知如下：",
      "Nhằm làm tốt công tác hợp tác lao động qua biên giới Trung Quốc – Việt Nam năm 2026, nắm "
      "chính xác nhu cầu sử dụng lao động qua biên giới của doanh nghiệp trên địa bàn, nay thông báo "
      "các vấn đề liên quan đến việc khảo sát như sau:")
    H("一、调查对象", "1. Đối tượng khảo sát")
    P("在凭祥市行政区域内（含凭祥综合保税区、中国（广西）自由贸易试验区崇左片区凭祥区块）"
      "有跨境用工需求的各类企业。",
      "Các loại hình doanh nghiệp có nhu cầu sử dụng lao động qua biên giới trong địa giới hành "
      "chính thành phố Bằng Tường (bao gồm Khu bảo thuế tổng hợp Bằng Tường, khu vực Bằng Tường thuộc "
      "Phân khu Sùng Tả, Khu thương mại tự do thí điểm Trung Quốc (Quảng Tây)).")
    H("二、调查内容", "2. Nội dung khảo sát")
    P("（一）企业基本情况，包括企业名称、统一社会信用代码、所属行业、现有员工人数等；",
      "a) Thông tin cơ bản của doanh nghiệp, gồm tên doanh nghiệp, mã số tín dụng xã hội thống nhất, "
      "ngành nghề, số lao động hiện có, v.v.;")
    P("（二）2026年度跨境用工需求，包括岗位、人数、用工期限、薪酬水平等；",
      "b) Nhu cầu sử dụng lao động qua biên giới năm 2026, gồm vị trí, số lượng, thời hạn sử dụng, "
      "mức lương, v.v.;")
    P("（三）企业在跨境用工中遇到的困难和意见建议。",
      "c) Khó khăn và ý kiến, kiến nghị của doanh nghiệp trong quá trình sử dụng lao động qua biên giới.")
    H("三、时间安排", "3. Thời gian thực hiện")
    P("（一）3月20日前，各乡（镇）、各有关单位组织辖区企业填报《2026年度跨境劳务用工需求统计表》"
      "（见附件）；",
      "a) Trước ngày 20/3, các xã (thị trấn) và đơn vị liên quan tổ chức doanh nghiệp trên địa bàn "
      "điền “Bảng thống kê nhu cầu sử dụng lao động qua biên giới năm 2026” (xem Phụ lục);")
    P("（二）3月31日前，各乡（镇）、各有关单位将统计表汇总后报送市人力资源和社会保障局；",
      "b) Trước ngày 31/3, các xã (thị trấn) và đơn vị liên quan tổng hợp bảng thống kê và gửi về "
      "Cục Nhân lực và Bảo đảm xã hội thành phố;")
    P("（三）4月15日前，市商务和口岸管理局会同市人力资源和社会保障局形成调查报告，报市人民政府。",
      "c) Trước ngày 15/4, Cục Thương mại và Cửa khẩu thành phố phối hợp với Cục Nhân lực và Bảo đảm "
      "xã hội thành phố hoàn thành báo cáo khảo sát, trình Ủy ban Nhân dân thành phố.")
    H("四、工作要求", "4. Yêu cầu công tác")
    P("（一）高度重视。各单位要明确专人负责，确保调查数据真实、准确、完整。",
      "a) Coi trọng cao độ. Các đơn vị phải phân công người phụ trách cụ thể, bảo đảm số liệu khảo sát "
      "trung thực, chính xác, đầy đủ.")
    P("（二）加强宣传。要结合调查工作，向企业宣传解读跨境劳务合作政策，引导企业依法规范用工。",
      "b) Tăng cường tuyên truyền. Kết hợp với công tác khảo sát, tuyên truyền, giải thích chính sách "
      "hợp tác lao động qua biên giới cho doanh nghiệp, hướng dẫn doanh nghiệp sử dụng lao động đúng "
      "pháp luật.")
    P("（三）按时报送。请于2026年3月31日前将统计表电子版发送至邮箱pxrsjldk@163.com，纸质版加盖"
      "公章后报送市人力资源和社会保障局劳动关系科。",
      "c) Gửi báo cáo đúng hạn. Đề nghị gửi bản điện tử của bảng thống kê đến hộp thư "
      "pxrsjldk@163.com trước ngày 31/3/2026, bản giấy có đóng dấu gửi về Phòng Quan hệ lao động, Cục "
      "Nhân lực và Bảo đảm xã hội thành phố.")
    P("联系人：黄海燕，联系电话：0771-8525316。",
      "Người liên hệ: Hoàng Hải Yến, điện thoại: 0771-8525316.")

    t = d.add_table(rows=len(rows), cols=2)
    no_borders(t)
    for i, (zh, vi, kind) in enumerate(rows):
        c0, c1 = t.rows[i].cells
        c0.width, c1.width = Cm(8.2), Cm(7.4)
        p = c0.paragraphs[0]
        fmt(p, first=0 if kind == "h" else 24, line=24, after=4)
        run_text = zh
        if kind == "p" and zh.startswith("（") and "。" in zh[:10] and zh.index("。") < 10:
            k = zh.index("。") + 1
            r = p.add_run(zh[:k])
            set_font(r, KT, 12, bold=True)
            run_text = zh[k:]
        r = p.add_run(run_text)
        set_font(r, HT if kind == "h" else FS, 12)
        p = c1.paragraphs[0]
        fmt(p, first=0 if kind == "h" else 18, line=22, after=4)
        r = p.add_run(vi)
        set_font(r, TNR, 11, bold=(kind == "h"), latin=TNR)

    attachments(d, ["2026年度跨境劳务用工需求统计表"],
                ["Bảng thống kê nhu cầu sử dụng lao động qua biên giới năm 2026"])
    # 落款: two organs side by side in a layout table
    empty(d, 2)
    lt = d.add_table(rows=3, cols=2)
    no_borders(lt)
    cells = [("凭祥市商务和口岸管理局", "凭祥市人力资源和社会保障局"),
             ("CỤC THƯƠNG MẠI VÀ CỬA KHẨU\nTHÀNH PHỐ BẰNG TƯỜNG",
              "CỤC NHÂN LỰC VÀ BẢO ĐẢM XÃ HỘI\nTHÀNH PHỐ BẰNG TƯỜNG")]
    for i, (a, b) in enumerate(cells):
        for j, txt in enumerate((a, b)):
            p = lt.rows[i].cells[j].paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
            r = p.add_run(txt)
            if i == 0:
                set_font(r, FS, 16)
            else:
                set_font(r, TNR, 11, bold=True, latin=TNR)
    merged = lt.rows[2].cells[0].merge(lt.rows[2].cells[1])
    p = merged.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=24)
    r = p.add_run("2026年3月5日")
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run("Ngày 05 tháng 3 năm 2026    ")
    set_font(r, TNR, 12, latin=TNR)
    banji(d, "抄送：凭祥市人民政府办公室，崇左市人力资源和社会保障局。",
          "凭祥市人力资源和社会保障局办公室", "2026年3月5日")
    d.save(path)

    meta = {
        "title": "凭祥市商务和口岸管理局 凭祥市人力资源和社会保障局关于开展2026年度中越跨境劳务"
                 "用工需求摸底调查的通知",
        "doc_number": "凭商口发〔2026〕8号",
        "issuer": ["凭祥市商务和口岸管理局", "凭祥市人力资源和社会保障局"],
        "date": "2026-03-05",
        "published": None,
        "level": "county",
        "region": "凭祥市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度跨境劳务用工需求统计表"],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府", "市直有关单位", "凭祥综合保税区各入区企业"],
        "publicity": None,
        "repeals": None,
    }
    return [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- main
def main():
    jobs = [
        ("blind669_dongxing_tonggao", doc_dongxing),
        ("blind669_pingxiang_tonggao", doc_pingxiang_tonggao),
        ("blind669_pingxiang_tongzhi", doc_pingxiang_tongzhi),
    ]
    expected = {}
    for stem, fn in jobs:
        path = os.path.join(HERE, stem + ".docx")
        expected[stem] = fn(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_669", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
