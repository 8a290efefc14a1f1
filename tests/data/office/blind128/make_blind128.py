# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 128: an old provincial notice that an office scanned and OCR'd back into Word.

Writes, next to this script:
  blind128_fujian_ocrtxbx.docx / .pdf  -- 福建省人民政府 notice 闽政〔2016〕21号 as ABBYY-style
      "editable copy": 版头 and title in floating text boxes (wps:txbx inside wp:anchor, with
      the VML fallback Word writes), the red rule a drawn line, every page its own section,
      the page number typed into the body ("一 3 一"), indentation made of spaces, printed
      lines either one paragraph each or joined by manual line breaks (w:br) mid-sentence,
      OCR slips (〇 for 0 in years, 一 for the dashes of page numbers, ASCII "(三)"),
      attachment table with w:br inside cells, 版记 as a two-row ruled table, seal as a picture.
      The .pdf is what LibreOffice makes of it.
  blind128_fujian_ocrframe.docx / .pdf -- the same printed pages as FineReader "exact copy"
      (WPS-style slips: 闽政[2016]21号, "- 2 -"): every block of text in a frame
      (w:framePr with page-absolute x/y), page 1 one frame per printed line with indentation
      shown only by the frame's x, the page-number frame written before the page's text,
      attachment table floating (w:tblpPr), 版记 as bordered frames.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind128.py
"""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')

# ---------------------------------------------------------------- the printed document
FS, HT, KT, XBS = '仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体'
RED = 'FF0000'

HEAD = '福建省人民政府文件'
TITLE_LINES = ['福建省人民政府关于进一步推进', '21世纪海上丝绸之路核心区建设', '若干措施的通知']
TITLE = ''.join(TITLE_LINES)
ATT_TITLE_LINES = ['福建省21世纪海上丝绸之路核心区建设', '2016年重点项目表']
ATT_TITLE = ''.join(ATT_TITLE_LINES)

# blocks of the body as printed; text carries the OCR slips of the editable (text-box) copy
BLOCKS = [
    ('plain', [('各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校：', FS)]),
    ('para', [('为深入贯彻落实国家《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》，加快推进21世纪海上丝绸之路核心区建设，经省政府同意，现就有关事项通知如下：', FS)]),
    ('h1', [('一、总体要求', HT)]),
    ('para', [('以设施互联互通、经贸合作、海洋合作和人文交流为重点，发挥我省对外开放先行先试优势，到2〇20年，全省与海上丝绸之路沿线国家和地区进出口额力争达到1800亿美元，双向投资累计超过120亿美元，基本建成海上丝绸之路互联互通的重要枢纽、经贸合作的前沿平台和人文交流的重要纽带。', FS)]),
    ('h1', [('二、重点措施', HT)]),
    ('h2', [('（一）加快海上通道建设。', KT)]),
    ('para', [('1.支持厦门港、福州港拓展至东南亚、南亚、中东和非洲的集装箱航线，对新开通并稳定运营满一年的远洋国际集装箱航线，省级财政按每条航线给予不超过300万元的一次性奖励。', FS)]),
    ('para', [('2.推进福州长乐、厦门高崎、泉州晋江机场扩能，对新开通至海上丝绸之路沿线国家和地区国际客运航线的航空公司，按实际执飞航班给予每班次最高8万元补助，每条航线补助期限不超过3年。', FS)]),
    ('h2', [('（二）促进经贸合作。', KT)]),
    ('para', [('1.对在沿线国家和地区新设境外经贸合作区并通过省级认定的企业，给予最高500万元的一次性补助。', FS)]),
    ('para', [('2.鼓励企业参加沿线国家和地区重点展会，省级外经贸发展专项资金按展位费的70%给予补助，单个企业年度补助不超过50万元。', FS)]),
    ('para', [('(三)深化海洋合作。', KT), ('支持漳州、宁德等地建设远洋渔业基地，对在沿线国家新建海外渔业综合基地的企业，按项目实际投资额的10%给予补助，最高不超过1000万元。', FS)]),
    ('para', [('（四）加强人文交流。', KT), ('设立“海上丝绸之路”政府奖学金，每年资助沿线国家来闽留学生不少于300名；支持泉州建设海上丝绸之路国际艺术节永久举办地。', FS)]),
    ('h1', [('三、保障措施', HT)]),
    ('para', [('（一）加强组织领导。', KT), ('省推进21世纪海上丝绸之路核心区建设领导小组负责统筹协调，领导小组办公室设在省发展改革委，承担日常工作。', FS)]),
    ('para', [('（二）强化资金保障。', KT), ('2016—2〇20年，省级财政每年安排海上丝绸之路核心区建设专项资金10亿元，由省发展改革委会同省财政厅制定具体管理办法。', FS)]),
    ('para', [('（三）落实工作责任。', KT), ('各地各部门要按照附件所列项目分工，于每年6月底和12月底前将推进情况报送领导小组办公室。', FS)]),
    ('para', [('（四）加强督查考核。', KT), ('省政府督查室会同领导小组办公室每年对各地各部门落实情况开展专项督查，督查结果纳入年度绩效考评，对工作推进不力的地方和部门予以通报批评并责令限期整改。', FS)]),
    ('para', [('本通知自2016年4月1日起施行，有效期至2〇20年12月31日。此前我省有关规定与本通知不一致的，以本通知为准。', FS)]),
    ('blank', []),
    ('attach', [('附件：' + ATT_TITLE, FS)]),
    ('blank', []), ('blank', []), ('blank', []),
    ('sign', [('福建省人民政府', FS)]),
    ('date', [('2〇16年3月18日', FS)]),
    ('blank', []),
    ('para', [('（此件公开发布）', FS)]),
]

TABLE_HEAD = ['序号', '项目名称', '建设内容', '责任单位', '完成\n时限']
# "\n" = where the printed cell broke its line (kept by the OCR as w:br)
TABLE_ROWS = [
    ['1', '厦门港海沧港区集装箱\n码头扩建工程', '新建10万吨级集装箱泊位\n2个，新增年吞吐能力\n160万标准箱', '厦门市人民政府', '2017年\n12月'],
    ['2', '福州港江阴港区国际\n集装箱航线拓展', '新开通海上丝绸之路沿线\n集装箱航线4条', '福州市人民政府、\n省交通运输厅', '2016年\n12月'],
    ['3', '中国—东盟海产品\n交易所建设', '年交易额突破300亿元，\n设立东盟国家分中心3个', '省海洋与渔业厅、\n福州市人民政府', '2016年\n12月'],
    ['4', '海上丝绸之路国际\n艺术节', '举办第三届海上丝绸之路\n国际艺术节', '省文化厅、\n泉州市人民政府', '2016年\n11月'],
    ['5', '远洋渔业海外综合\n基地建设', '在印度尼西亚、缅甸新建\n远洋渔业综合基地2个', '漳州市人民政府', '2018年\n6月'],
]

CC = '抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省法院，省检察院。'
PRINTER = '福建省人民政府办公厅'
PRINTED = '2016年3月21日印发'


def fix_ocr(s):
    return (s.replace('2〇', '20').replace('(三)', '（三）').replace('[2016]', '〔2016〕'))


# ---------------------------------------------------------------- line breaking (28-char grid, kept a bit short)
NO_START = set('，。、；：？！）》」”’%')
NO_END = set('（《「“‘')
CAP = 26


def width(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def break_lines(chars, first_cap, cap):
    """chars: list of (ch, font). Returns list of lists of (ch, font)."""
    lines, cur, w, c = [], [], 0.0, first_cap
    i = 0
    while i < len(chars):
        ch = chars[i][0]
        if w + width(ch) > c and cur:
            if ch in NO_START:
                cur.append(chars[i]); i += 1
            else:
                # do not cut inside an ASCII alnum run
                j = len(cur)
                if ch.isascii() and ch.isalnum():
                    while j > 0 and cur[j - 1][0].isascii() and cur[j - 1][0].isalnum():
                        j -= 1
                    if j == 0:
                        j = len(cur)
                while j > 1 and cur[j - 1][0] in NO_END:
                    j -= 1
                i -= len(cur) - j
                cur = cur[:j]
            lines.append(cur); cur, w, c = [], 0.0, cap
            continue
        cur.append(chars[i]); w += width(ch); i += 1
    if cur:
        lines.append(cur)
    return lines


def layout():
    """Printed lines of the body: list of dicts {kind, block, first, last, chars}."""
    out = []
    for bi, (kind, segs) in enumerate(BLOCKS):
        chars = [(ch, f) for t, f in segs for ch in t]
        if kind == 'blank':
            out.append(dict(kind=kind, block=bi, first=True, last=True, chars=[])); continue
        if kind in ('para', 'h1', 'h2'):
            ls = break_lines(chars, CAP - 2, CAP)
        elif kind == 'attach':
            ls = break_lines(chars, CAP - 2, CAP - 5)
        else:
            ls = break_lines(chars, CAP, CAP)
        for k, l in enumerate(ls):
            out.append(dict(kind=kind, block=bi, first=k == 0, last=k == len(ls) - 1, chars=l))
    return out


PAGE1_CAP, PAGE_CAP = 9, 20


def paginate(lines):
    pages, cur, cap = [], [], PAGE1_CAP
    for ln in lines:
        if len(cur) >= cap:
            pages.append(cur); cur, cap = [], PAGE_CAP
        cur.append(ln)
    pages.append(cur)
    # do not start a page with a blank line
    for p in pages[1:]:
        while p and p[0]['kind'] == 'blank':
            p.pop(0)
    return pages


# ---------------------------------------------------------------- XML helpers
def rpr(font, sz, color=None, bold=False, spacing=None, ascii_font=None):
    af = ascii_font or 'Times New Roman'
    s = f'<w:rPr><w:rFonts w:ascii="{af}" w:hAnsi="{af}" w:eastAsia="{font}" w:cs="{af}" w:hint="eastAsia"/>'
    if bold: s += '<w:b/>'
    if color: s += f'<w:color w:val="{color}"/>'
    if spacing is not None: s += f'<w:spacing w:val="{spacing}"/>'
    s += f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
    return s


def run(text, font=FS, sz=16, **kw):
    if text == '':
        return ''
    return f'<w:r>{rpr(font, sz, **kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def br_run(font=FS, sz=16):
    return f'<w:r>{rpr(font, sz)}<w:br/></w:r>'


def runs_for(chars, sz=16, color=None):
    """OCR-style runs: split where the font changes and between CJK and ASCII text."""
    out, cur, key = [], '', None
    for ch, f in chars:
        k = (f, ch.isascii() and ch != ' ')
        if key is not None and k != key:
            out.append(run(cur, key[0], sz, color=color)); cur = ''
        cur += ch; key = k
    if cur:
        out.append(run(cur, key[0], sz, color=color))
    return ''.join(out)


def ppr(jc=None, line=578, before=0, after=0, extra='', sect='', frame=''):
    s = '<w:pPr>'
    s += frame
    s += extra
    s += f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'
    if jc: s += f'<w:jc w:val="{jc}"/>'
    s += sect
    s += '</w:pPr>'
    return s


def para(body, **kw):
    return f'<w:p>{ppr(**kw)}{body}</w:p>'


def sectpr(last=False):
    t = '' if last else ''
    return ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="720"/><w:docGrid w:type="lines" w:linePitch="579" w:charSpace="0"/></w:sectPr>')


MM = 36000  # EMU per mm
_ids = [100]


def nid():
    _ids[0] += 1
    return _ids[0]


def textbox(paras_xml, w_mm, h_mm, x_mm, name):
    """A floating text box as Word 2010+ writes it: wps in mc:Choice, VML in mc:Fallback."""
    i = nid()
    cx, cy = int(w_mm * MM), int(h_mm * MM)
    wps = (f'<wp:anchor distT="0" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251650000 + i}" '
           f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_mm * MM)}</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{i}" name="{name}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor>')
    pt = 72 / 25.4
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="{name}" o:spid="_x0000_s{1024 + i}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{x_mm * pt:.1f}pt;margin-top:0;width:{w_mm * pt:.1f}pt;height:{h_mm * pt:.1f}pt;'
           f'z-index:{i};mso-position-horizontal-relative:page;mso-position-vertical-relative:text" filled="f" stroked="f">'
           f'<v:textbox inset="0,0,0,0"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict>')
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{wps}</w:drawing></mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


def redline(w_mm, x_mm):
    i = nid()
    cx = int(w_mm * MM)
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251650000 + i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_mm * MM)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(4 * MM)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="0"/><wp:effectExtent l="0" t="9525" r="0" b="9525"/><wp:wrapNone/>'
            f'<wp:docPr id="{i}" name="Line {i}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>'
            f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="28575"><a:solidFill><a:srgbClr val="{RED}"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def seal_pic(rid, x_mm, y_mm, rel_v='paragraph', rel_h='page', d_mm=42):
    i = nid()
    c = int(d_mm * MM)
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{251640000 + i}" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{int(x_mm * MM)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{int(y_mm * MM)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{c}" cy="{c}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{i}" name="图片 {i}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{i}" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{c}" cy="{c}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f'</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def make_seal(path):
    S = 500
    im = Image.new('RGBA', (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (220, 30, 30, 200)
    d.ellipse([10, 10, S - 10, S - 10], outline=red, width=16)
    import math
    cx = cy = S / 2
    r, R = 55, 22
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else R
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 62)
    txt = '福建省人民政府'
    n = len(txt)
    for k, ch in enumerate(txt):
        ang = math.radians(-150 + k * (120 / (n - 1)))
        x = cx + 175 * math.cos(ang); y = cy + 175 * math.sin(ang)
        g = Image.new('RGBA', (80, 80), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((9, -4), ch, font=font, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - 40), int(y - 40)))
    im.save(path)


# ---------------------------------------------------------------- (a) editable copy with text boxes
SP = ' '


def line_text_prefix(ln):
    k = ln['kind']
    if k in ('para', 'h1', 'h2') and ln['first']:
        return SP * 8
    if k == 'attach':
        return SP * 8 if ln['first'] else SP * 20
    if k == 'sign':
        return SP * 56
    if k == 'date':
        return SP * 52
    return ''


def pageno_line(n, style):
    txt = f'一 {n} 一' if style == 'a' else f'- {n} -'
    return txt


def build_txbx(path, seal_png):
    doc = Document()
    rid, _ = doc.part.get_or_add_image(seal_png)
    lines = layout()
    pages = paginate(lines)
    parts = []
    # --- page 1 furniture
    head_p = para(run(HEAD, XBS, 40, color=RED, spacing=20), jc='center', line=900)
    parts.append(para(textbox(head_p, 150, 17, 30, 'Text Box 2'), line=578))
    parts.append(para(run(SP * 38 + '闽政〔2〇16〕21号', FS, 16)))
    parts.append(para(redline(156, 28)))
    title_ps = ''.join(para(run(t, XBS, 22), jc='center', line=640) for t in TITLE_LINES)
    parts.append(para(textbox(title_ps, 156, 34, 28, 'Text Box 3'), line=578))
    modes = ['lines', 'br', 'lines', 'br', 'lines']
    for pi, pg in enumerate(pages):
        mode = modes[pi % len(modes)]
        if mode == 'lines':
            for ln in pg:
                body = run(line_text_prefix(ln), FS, 16) + runs_for(ln['chars'])
                if ln['kind'] == 'sign':
                    body += seal_pic(rid, 118, -14)
                parts.append(para(body))
        else:
            # group consecutive lines of the same block into one paragraph, lines joined by w:br
            groups = []
            for ln in pg:
                if groups and groups[-1][0]['block'] == ln['block'] and ln['kind'] != 'blank':
                    groups[-1].append(ln)
                else:
                    groups.append([ln])
            for g in groups:
                body = ''
                for k, ln in enumerate(g):
                    if k: body += br_run()
                    body += run(line_text_prefix(ln), FS, 16) + runs_for(ln['chars'])
                    if ln['kind'] == 'sign':
                        body += seal_pic(rid, 118, -14)
                parts.append(para(body))
        # pad so that the typed page number sits near the foot of the page
        used = len(pg)
        cap = PAGE1_CAP if pi == 0 else PAGE_CAP
        for _ in range(cap - used):
            parts.append(para(''))
        n = pi + 1
        pn = pageno_line(n, 'a')
        pn_txt = (SP * 92 + pn) if n % 2 else (SP * 4 + pn)
        parts.append(para(run(pn_txt, FS, 14, ascii_font='Times New Roman'), sect=sectpr()))
    # --- attachment page
    n = len(pages) + 1
    parts.append(para(run('附件', HT, 16)))
    parts.append(para(''))
    for t in ATT_TITLE_LINES:
        parts.append(para(run(t, XBS, 22), jc='center', line=640))
    parts.append(para(''))
    parts.append(att_table(floating=False))
    for _ in range(3):
        parts.append(para(''))
    parts.append(banji_table())
    pn = pageno_line(n, 'a')
    pn_txt = (SP * 92 + pn) if n % 2 else (SP * 4 + pn)
    parts.append(para(run(pn_txt, FS, 14)))
    body = parse_xml(f'<w:body {NS}>' + ''.join(parts) + '</w:body>')
    b = doc.element.body
    last = b[-1]
    for el in list(body):
        last.addprevious(el)
    b.remove(last)
    b.append(parse_xml(sectpr().replace('<w:sectPr>', f'<w:sectPr {NS}>').replace('<w:type w:val="nextPage"/>', '')))
    set_core(doc)
    doc.save(path)


def cell(text_lines_xml, w_tw, extra=''):
    return f'<w:tc><w:tcPr><w:tcW w:w="{w_tw}" w:type="dxa"/>{extra}<w:vAlign w:val="center"/></w:tcPr>{text_lines_xml}</w:tc>'


COLW = [560, 2360, 2800, 2080, 1044]


def cell_para(text, font=FS, sz=10.5, jc='center'):
    parts = text.split('\n')
    body = ''
    for k, t in enumerate(parts):
        if k: body += br_run(font, sz)
        body += runs_for([(ch, font) for ch in t], sz=sz)
    return para(body, jc=jc, line=300, extra='<w:snapToGrid w:val="0"/>')


def att_table(floating=False, y_tw=4300):
    tblppr = (f'<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="page" w:horzAnchor="page" '
              f'w:tblpX="1588" w:tblpY="{y_tw}"/>') if floating else ''
    b = '<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
    s = f'<w:tbl><w:tblPr>{tblppr}<w:tblW w:w="{sum(COLW)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr>'
    s += '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{w}"/>' for w in COLW) + '</w:tblGrid>'
    s += '<w:tr><w:trPr><w:trHeight w:val="600"/></w:trPr>' + ''.join(cell(cell_para(h, HT), w) for h, w in zip(TABLE_HEAD, COLW)) + '</w:tr>'
    for row in TABLE_ROWS:
        s += '<w:tr><w:trPr><w:trHeight w:val="700"/></w:trPr>' + ''.join(
            cell(cell_para(v, jc='center' if j in (0, 4) else 'left'), w) for j, (v, w) in enumerate(zip(row, COLW))) + '</w:tr>'
    s += '</w:tbl>'
    return s


def banji_table():
    b = ('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
         '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
         '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>')
    s = f'<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid>'
    cc_lines = ['抄送：省委各部门，省军区，省人大常委会办公厅，', '省政协办公厅，省法院，省检察院。']
    body = run(SP * 4 + cc_lines[0], FS, 14) + br_run(FS, 14) + run(SP * 18 + cc_lines[1], FS, 14)
    s += '<w:tr>' + cell(para(body, line=520), 8844) + '</w:tr>'
    s += '<w:tr>' + cell(para(run(SP * 4 + PRINTER + SP * 44 + PRINTED, FS, 14), line=520), 8844) + '</w:tr>'
    s += '</w:tbl>'
    return s


def set_core(doc):
    cp = doc.core_properties
    cp.title = ''
    cp.author = 'Administrator'
    cp.comments = 'Converted by ABBYY FineReader'
    cp.last_modified_by = 'Administrator'


# ---------------------------------------------------------------- (b) exact copy with frames
PITCH = 579
LEFT, TOPM = 1588, 2098
TW = 8844


def frame(x, y, w, h):
    return (f'<w:framePr w:w="{w}" w:h="{h}" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
            f'w:x="{x}" w:y="{y}"/>')


def fpara(body, x, y, w, h, jc=None, line=578, extra=''):
    return para(body, frame=frame(x, y, w, h), jc=jc, line=line, extra=extra)


def build_frames(path, seal_png):
    doc = Document()
    rid, _ = doc.part.get_or_add_image(seal_png)
    lines = layout()
    pages = paginate(lines)
    parts = []

    def pnum_frame(n):
        txt = pageno_line(n, 'b')
        y = 16838 - 1984 + 300
        if n % 2:
            return fpara(run(txt, FS, 14), 11906 - 1474 - 1900, y, 1600, 420, jc='right', line=400)
        return fpara(run(txt, FS, 14), LEFT + 280, y, 1600, 420, jc='left', line=400)

    def xoff(ln):
        k = ln['kind']
        if k in ('para', 'h1', 'h2') and ln['first']: return 640
        if k == 'attach': return 640 if ln['first'] else 640 + 960
        if k == 'sign': return 4400
        if k == 'date': return 4100
        return 0

    for pi, pg in enumerate(pages):
        n = pi + 1
        parts.append(pnum_frame(n))  # FineReader writes the page-number block first
        y = TOPM
        if pi == 0:
            parts.append(fpara(run(HEAD, XBS, 40, color=RED, spacing=20), LEFT, 2500, TW, 1000, jc='center', line=900))
            parts.append(fpara(run('闽政[2016]21号', FS, 16), LEFT + 3000, 4200, 2900, 480, jc='center'))
            parts.append(fpara('', LEFT, 4750, TW, 120, line=120,
                               extra=f'<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="{RED}"/></w:pBdr>'))
            for k, t in enumerate(TITLE_LINES):
                parts.append(fpara(run(t, XBS, 22), LEFT, 5300 + k * 640, TW, 620, jc='center', line=620))
            y = 5300 + 3 * 640 + 500
            # page 1: one frame per printed line; indentation only in the frame's x
            for ln in pg:
                if ln['kind'] != 'blank':
                    x = LEFT + xoff(ln)
                    parts.append(fpara(runs_for(ln['chars']), x, y, TW - (x - LEFT), PITCH))
                y += PITCH
        else:
            groups = []
            for ln in pg:
                if groups and groups[-1][0]['block'] == ln['block'] and ln['kind'] != 'blank':
                    groups[-1].append(ln)
                else:
                    groups.append([ln])
            for g in groups:
                if g[0]['kind'] == 'blank':
                    y += PITCH; continue
                if g[0]['kind'] in ('sign', 'date'):
                    x = LEFT + xoff(g[0])
                    body = runs_for(g[0]['chars'])
                    if g[0]['kind'] == 'sign':
                        body += seal_pic(rid, 118, -14)
                    parts.append(fpara(body, x, y, TW - (x - LEFT), PITCH))
                    y += PITCH; continue
                body = ''
                for k, ln in enumerate(g):
                    if k: body += br_run()
                    pre = '　　' if (ln['first'] and ln['kind'] in ('para', 'h1', 'h2', 'attach')) else ('　　　　　' if ln['kind'] == 'attach' else '')
                    body += run(pre, FS, 16) + runs_for(ln['chars'])
                parts.append(fpara(body, LEFT, y, TW, PITCH * len(g)))
                y += PITCH * len(g)
        parts.append(para('', sect=sectpr()))
    # --- attachment page
    n = len(pages) + 1
    parts.append(pnum_frame(n))
    parts.append(para(''))  # an ordinary empty paragraph opens the section (FineReader does this when a page holds a table)
    parts.append(fpara(run('附件', HT, 16), LEFT, TOPM, 1500, PITCH))
    for k, t in enumerate(ATT_TITLE_LINES):
        parts.append(fpara(run(t, XBS, 22), LEFT, TOPM + 800 + k * 640, TW, 620, jc='center', line=620))
    parts.append(att_table(floating=True, y_tw=TOPM + 800 + 2 * 640 + 400))
    yb = 16838 - 1984 - 2 * 560 - 200
    parts.append(fpara(run('抄送：省委各部门，省军区，省人大常委会办公厅，', FS, 14) + br_run(FS, 14)
                       + run('　　　省政协办公厅，省法院，省检察院。', FS, 14), LEFT, yb, TW, 1040, line=500,
                       extra='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr><w:ind w:left="160"/>'))
    parts.append(fpara(run(PRINTER, FS, 14) + run(SP * 40, FS, 14) + run(PRINTED, FS, 14), LEFT, yb + 1120, TW, 520, line=500,
                       extra='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr><w:ind w:left="160"/>'))
    parts.append(para(''))
    body = parse_xml(f'<w:body {NS}>' + ''.join(parts) + '</w:body>')
    b = doc.element.body
    last = b[-1]
    for el in list(body):
        last.addprevious(el)
    b.remove(last)
    b.append(parse_xml(sectpr().replace('<w:sectPr>', f'<w:sectPr {NS}>').replace('<w:type w:val="nextPage"/>', '')))
    set_core(doc)
    doc.core_properties.comments = ''
    doc.save(path)


# ---------------------------------------------------------------- expected.json
def expected():
    clauses = []
    for kind, segs in BLOCKS:
        t = fix_ocr(''.join(s for s, _ in segs))
        if kind == 'para' and t != '（此件公开发布）':
            clauses.append(t)
    for row in TABLE_ROWS:
        clauses.append('；'.join(f'{h.replace(chr(10), "")}：{v.replace(chr(10), "")}' for h, v in zip(TABLE_HEAD, row)))
    meta = {
        'title': TITLE,
        'doc_number': '闽政〔2016〕21号',
        'issuer': ['福建省人民政府'],
        'date': '2016-03-18',
        'level': 'provincial',
        'region': '福建省',
        'effective': '2016-04-01',
        'expires': '2020-12-31',
        'attachments': [ATT_TITLE],
        'doc_type': '通知',
        'recipients': ['各市、县（区）人民政府', '平潭综合实验区管委会', '省人民政府各部门、各直属机构', '各大企业', '各高等院校'],
        'printed': '2016-03-21',
        'printed_by': PRINTER,
        'cc': CC,
        'publicity': '此件公开发布',
        'issuing_mark': HEAD,
    }
    applies = {
        'default': '福建省',
        'rows': {
            '1': '厦门市（海沧港区）', '2': '福州市（江阴港区）', '3': '福州市 (or 福建省)', '4': '泉州市', '5': '漳州市',
        },
        'note': 'A provincial notice: every body clause applies to 福建省. Clauses that name places (二（一）1 厦门港/福州港, 二（一）2 福州长乐/厦门高崎/泉州晋江机场, 二（三） 漳州、宁德, 二（四） 泉州) may tolerably be narrowed to those cities, but 福建省 is right. Table rows may follow the 责任单位 city (tolerable: 福建省); a row whose 责任单位 is only a 省厅 stays 福建省.',
    }
    note = ('Furniture: 版头 福建省人民政府文件 (text box, plus its VML fallback copy — the title/版头 must not be read twice), red rule (drawn line / '
            'bordered empty frame), 主送 (metadata, not a clause), typed page numbers "一 N 一" / "- N -" (in the body text, each ending a section), '
            'the 落款 福建省人民政府 + 2016年3月18日 and seal picture, （此件公开发布）, 附件 page heading "附件" and its 2-line title, table header row, '
            '版记 (抄送… / 福建省人民政府办公厅 2016年3月21日印发), whether a table (txbx copy) or bordered frames (frame copy). '
            'Standalone headings 一、总体要求 / 二、重点措施 / 三、保障措施 / （一）加快海上通道建设。 / （二）促进经贸合作。 are headings, not clauses (tolerable as heading entries or prefixed to the next clause). '
            'Every clause must be rejoined across printed lines (separate paragraphs or w:br) and across page breaks: the body breaks mid-sentence at every page end, with the page number between the halves. '
            'OCR slips: 〇 for 0 in 2〇16/2〇20 (文号 and 落款 date in the txbx copy, body years in both), "(三)" with ASCII brackets, 闽政[2016]21号 in the frame copy; '
            'a careful reader gives 闽政〔2016〕21号, 2016-03-18, expires 2020-12-31; keeping 〇 inside clause text is low severity, but a wrong/missing date or 文号 is high. '
            'effective 2016-04-01 comes from the last body paragraph, not from the 成文日期; 2016-03-21 is the 印发 date. '
            'The .pdf of each .docx should give the same document.')
    doc = [{'meta': meta, 'clauses': clauses, 'applies_to': applies, '_note': note}]
    return {'blind128_fujian_ocrtxbx': doc, 'blind128_fujian_ocrframe': doc}


def main():
    seal = os.path.join(HERE, '_seal128.png')
    make_seal(seal)
    a = os.path.join(HERE, 'blind128_fujian_ocrtxbx.docx')
    b = os.path.join(HERE, 'blind128_fujian_ocrframe.docx')
    build_txbx(a, seal)
    build_frames(b, seal)
    os.remove(seal)
    for f in (a, b):
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', HERE, f], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print('ok')


if __name__ == '__main__':
    main()
