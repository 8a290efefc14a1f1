# ruff: noqa
#!/usr/bin/env python3
"""Round 293: spreadsheets that offices send as PDF.

Writes four workbooks with openpyxl (print titles, landscape, fit to width or
not, printed gridlines, header with the sheet name and footer 第 &P 页 共 &N 页,
merged title rows, 填报单位/日期 lines, category rows, wrapped text, 合计 rows,
备注 notes) and prints each to PDF.  The LibreOffice on this machine has no Calc
(only Writer), so `soffice --convert-to pdf` cannot open an .xlsx; the PDF is
therefore produced by a small print engine below that follows Calc's page
logic: scale to fit width, rows broken between pages with the print-title rows
repeated, columns that do not fit printed on further pages *after all rows*
(page order top-to-bottom, then right) with the print-title columns repeated,
gridlines, merged cells clipped at page edges, all sheets of a workbook in one
PDF with continuous page numbers.

Run:  . /work/venv/bin/activate && python make_blind293.py
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- fonts (PDF)
CJK = "DroidSansFallback"
LAT = "LiberationSans"
pdfmetrics.registerFont(TTFont(CJK, "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
pdfmetrics.registerFont(TTFont(LAT, "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
_CJK_MAP = pdfmetrics.getFont(CJK).face.charToGlyph


def font_for(ch):
    return CJK if ord(ch) in _CJK_MAP else LAT


def char_w(ch, size):
    return pdfmetrics.stringWidth(ch, font_for(ch), size)


NO_START = set("，。、；：）》”’！？%…·」』〕】,.;:)")


def wrap(text, width, size):
    out = []
    for para in str(text).split("\n"):
        cur, w = "", 0.0
        for ch in para:
            cw = char_w(ch, size)
            if cur and w + cw > width and ch in NO_START and len(cur) > 1:
                # push the last character down with the closing punctuation
                k = len(cur) - 1
                while k > 1 and cur[k - 1].isascii() and cur[k - 1].isalnum() and cur[k].isascii() and cur[k].isalnum():
                    k -= 1
                out.append(cur[:k])
                cur = cur[k:] + ch
                w = text_w(cur, size)
                continue
            if cur and w + cw > width:
                # keep latin words / numbers together
                if ch.isascii() and ch.isalnum() and cur[-1].isascii() and cur[-1].isalnum():
                    k = len(cur)
                    while k > 0 and cur[k - 1].isascii() and cur[k - 1].isalnum():
                        k -= 1
                    if k > 0:
                        out.append(cur[:k])
                        cur = cur[k:]
                        w = sum(char_w(c, size) for c in cur)
                        cur += ch
                        w += cw
                        continue
                out.append(cur)
                cur, w = ch, cw
            else:
                cur += ch
                w += cw
        out.append(cur)
    return out


def text_w(s, size):
    return sum(char_w(c, size) for c in s)


# ---------------------------------------------------------------- styles
# (xlsx font name, size, bold, horizontal, wrap)
ST = {
    "title": ("方正小标宋简体", 18, False, "center", True),
    "title16": ("方正小标宋简体", 16, False, "center", True),
    "sub": ("黑体", 13, False, "center", False),
    "fujian": ("黑体", 14, False, "left", False),
    "info": ("仿宋_GB2312", 11, False, "left", False),
    "infor": ("仿宋_GB2312", 11, False, "right", False),
    "head": ("黑体", 11, True, "center", True),
    "body": ("仿宋_GB2312", 10.5, False, "left", True),
    "bodyc": ("仿宋_GB2312", 10.5, False, "center", True),
    "num": ("仿宋_GB2312", 10.5, False, "right", False),
    "group": ("黑体", 11, True, "left", False),
    "total": ("黑体", 11, True, "center", False),
    "totaln": ("黑体", 11, True, "right", False),
    "note": ("仿宋_GB2312", 10.5, False, "left", True),
    "gongshi": ("仿宋_GB2312", 12, False, "left", True),
    "luokuan": ("仿宋_GB2312", 12, False, "right", False),
}

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def col_pt(w):
    """Excel column width (characters) -> points."""
    return (7 * w + 5) * 0.75


class Sheet:
    def __init__(self, name, widths, fit_width=True, title_rows=None, title_cols=None):
        self.name = name
        self.widths = widths
        self.ncols = len(widths)
        self.fit_width = fit_width
        self.title_rows = title_rows  # (first, last)
        self.title_cols = title_cols  # (first, last)
        self.cells = {}
        self.merges = []
        self.fixed_h = {}
        self.bordered = set()  # rows with table borders in the xlsx
        self.nrows = 0
        self.freeze = None

    def put(self, r, c, v, st="body", c2=None, r2=None, fmt=None, border=False):
        self.cells[(r, c)] = {"v": v, "st": st, "fmt": fmt}
        c2 = c2 or c
        r2 = r2 or r
        if c2 != c or r2 != r:
            self.merges.append((r, c, r2, c2))
        self.nrows = max(self.nrows, r2)
        if border:
            for rr in range(r, r2 + 1):
                self.bordered.add(rr)

    def display(self, r, c):
        cell = self.cells.get((r, c))
        if not cell or cell["v"] is None:
            return ""
        v, fmt = cell["v"], cell["fmt"]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if fmt == "0.00":
                return f"{v:.2f}"
            if fmt == "0.0":
                return f"{v:.1f}"
            if isinstance(v, float) and v.is_integer():
                return str(int(v))
            return str(v)
        return str(v)

    def merge_of(self, r, c):
        for m in self.merges:
            if m[0] <= r <= m[2] and m[1] <= c <= m[3]:
                return m
        return None

    # ---- row heights (what Excel's autofit would have stored)
    def compute_heights(self):
        X = [None] + [col_pt(w) for w in self.widths]
        self.H = [None]
        for r in range(1, self.nrows + 1):
            h = 16.5
            for c in range(1, self.ncols + 1):
                cell = self.cells.get((r, c))
                if not cell:
                    continue
                m = self.merge_of(r, c)
                if m and m[2] != m[0]:
                    continue  # vertical merges do not drive the height
                c2 = m[3] if m else c
                width = sum(X[cc] for cc in range(c, c2 + 1)) - 6
                font, size, bold, hal, wr = ST[cell["st"]]
                txt = self.display(r, c)
                lines = wrap(txt, width, size) if wr else txt.split("\n")
                h = max(h, len(lines) * size * 1.32 + 4)
            if r in self.fixed_h:
                h = self.fixed_h[r]
            self.H.append(round(h, 1))
        self.X = X

    # ---- xlsx
    def to_ws(self, ws):
        ws.title = self.name
        for i, w in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        for (r, c), cell in self.cells.items():
            font, size, bold, hal, wr = ST[cell["st"]]
            x = ws.cell(row=r, column=c, value=cell["v"])
            x.font = Font(name=font, size=size, bold=bold)
            x.alignment = Alignment(horizontal=hal, vertical="center", wrap_text=wr)
            if cell["fmt"]:
                x.number_format = cell["fmt"]
        for r in self.bordered:
            for c in range(1, self.ncols + 1):
                ws.cell(row=r, column=c).border = BORDER
        for (r1, c1, r2, c2) in self.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for r in range(1, self.nrows + 1):
            ws.row_dimensions[r].height = self.H[r]
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.pageOrder = "downThenOver"
        if self.fit_width:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        else:
            ws.page_setup.scale = 100
        ws.print_options.gridLines = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.6
        ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.oddHeader.center.text = "&A"
        ws.oddHeader.center.size = 10
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
        ws.oddFooter.center.size = 10
        if self.title_rows:
            ws.print_title_rows = f"{self.title_rows[0]}:{self.title_rows[1]}"
        if self.title_cols:
            a, b = self.title_cols
            ws.print_title_cols = f"{get_column_letter(a)}:{get_column_letter(b)}"
        ws.print_area = f"A1:{get_column_letter(self.ncols)}{self.nrows}"
        if self.freeze:
            ws.freeze_panes = self.freeze


# ---------------------------------------------------------------- print engine
PW, PH = 842.0, 595.0
ML = MR = 0.6 * 72
MT = MB = 0.75 * 72
HDR = 0.3 * 72


def paginate(sh):
    aw, ah = PW - ML - MR, PH - MT - MB
    X, H = sh.X, sh.H
    total = sum(X[1:])
    scale = min(1.0, aw / total) if sh.fit_width else 1.0
    awu, ahu = aw / scale, ah / scale
    tc = list(range(sh.title_cols[0], sh.title_cols[1] + 1)) if sh.title_cols else []
    tr = list(range(sh.title_rows[0], sh.title_rows[1] + 1)) if sh.title_rows else []
    colpages, c, first = [], 1, True
    while c <= sh.ncols:
        cur = [] if first else list(tc)
        w = sum(X[x] for x in cur)
        own = 0
        while c <= sh.ncols and (w + X[c] <= awu + 0.01 or own == 0):
            cur.append(c)
            w += X[c]
            c += 1
            own += 1
        colpages.append(cur)
        first = False
    rowpages, r, first = [], 1, True
    while r <= sh.nrows:
        cur = [] if first else [x for x in tr if x < r]
        h = sum(H[x] for x in cur)
        own = 0
        while r <= sh.nrows and (h + H[r] <= ahu + 0.01 or own == 0):
            cur.append(r)
            h += H[r]
            r += 1
            own += 1
        rowpages.append(cur)
        first = False
    pages = [(rp, cp) for cp in colpages for rp in rowpages]  # down, then over
    return scale, pages


def runs(idx):
    out = []
    for i in idx:
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def draw_text_line(cv, s, x, y, size, bold, clip):
    """Draw one line; characters falling outside clip (x0, x1) are not drawn."""
    x0, x1 = clip
    pos = x
    chunk, cx, cfont = "", None, None

    def flush():
        if not chunk:
            return
        t = cv.beginText(cx, y)
        t.setFont(cfont, size)
        if bold:
            t.setTextRenderMode(2)
        t.textOut(chunk)
        cv.drawText(t)

    for ch in s:
        f = font_for(ch)
        w = pdfmetrics.stringWidth(ch, f, size)
        visible = pos >= x0 - 0.5 and pos + w <= x1 + 0.5
        if visible and ch != " " and ch != "\u3000":
            if chunk and f == cfont and abs(cx + text_w(chunk, size) - pos) < 0.01:
                chunk += ch
            else:
                flush()
                chunk, cx, cfont = ch, pos, f
        else:
            flush()
            chunk = ""
        pos += w
    flush()


def draw_page(cv, sh, scale, rows, cols, pageno, npages):
    # header and footer (not scaled)
    cv.setLineWidth(0.5)
    for txt, y in ((sh.name, PH - HDR - 10), (f"第 {pageno} 页 共 {npages} 页", HDR)):
        draw_text_line(cv, txt, PW / 2 - text_w(txt, 10) / 2, y, 10, False, (0, PW))
    X, H = sh.X, sh.H
    cum_x = [0.0]
    for c in range(1, sh.ncols + 1):
        cum_x.append(cum_x[-1] + X[c])
    cum_y = [0.0]
    for r in range(1, sh.nrows + 1):
        cum_y.append(cum_y[-1] + H[r])
    width_u = sum(X[c] for c in cols)
    # horizontally centred, like print_options.horizontalCentered
    left = ML + ((PW - ML - MR) - width_u * scale) / 2
    top = PH - MT

    def col_segments():
        segs, px = [], 0.0
        for run in runs(cols):
            s0 = cum_x[run[0] - 1]
            s1 = cum_x[run[-1]]
            segs.append((run[0], run[-1], s0, s1, px))
            px += s1 - s0
        return segs

    def row_segments():
        segs, py = [], 0.0
        for run in runs(rows):
            s0 = cum_y[run[0] - 1]
            s1 = cum_y[run[-1]]
            segs.append((run[0], run[-1], s0, s1, py))
            py += s1 - s0
        return segs

    csegs, rsegs = col_segments(), row_segments()

    def P(xu, yu):
        return left + xu * scale, top - yu * scale

    # items: merges + single cells
    items = list(sh.merges)
    covered = set()
    for (r1, c1, r2, c2) in sh.merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                covered.add((r, c))
    for r in rows:
        for c in cols:
            if (r, c) not in covered:
                items.append((r, c, r, c))
    cv.setStrokeColorRGB(0, 0, 0)
    cv.setLineWidth(0.4)
    for (r1, c1, r2, c2) in items:
        for (ca, cb, cs0, cs1, cpx) in csegs:
            if cb < c1 or ca > c2:
                continue
            for (ra, rb, rs0, rs1, rpy) in rsegs:
                if rb < r1 or ra > r2:
                    continue
                # full rect of the item in page units
                fx0 = cpx + cum_x[c1 - 1] - cs0
                fx1 = cpx + cum_x[c2] - cs0
                fy0 = rpy + cum_y[r1 - 1] - rs0
                fy1 = rpy + cum_y[r2] - rs0
                # clip rect
                kx0, kx1 = max(fx0, cpx), min(fx1, cpx + cs1 - cs0)
                ky0, ky1 = max(fy0, rpy), min(fy1, rpy + rs1 - rs0)
                # gridlines: the item's own edges that are on this page
                a, b = P(kx0, ky0)
                a2, b2 = P(kx1, ky1)
                if ra <= r1 <= rb:
                    cv.line(a, b, a2, b)
                if ra <= r2 <= rb:
                    cv.line(a, b2, a2, b2)
                if ca <= c1 <= cb:
                    cv.line(a, b, a, b2)
                if ca <= c2 <= cb:
                    cv.line(a2, b, a2, b2)
                cell = sh.cells.get((r1, c1))
                if not cell:
                    continue
                txt = sh.display(r1, c1)
                if not txt:
                    continue
                font, size, bold, hal, wr = ST[cell["st"]]
                width = (fx1 - fx0) - 6
                lines = wrap(txt, width, size) if wr else txt.split("\n")
                lh = size * 1.32
                th = len(lines) * lh
                ty = fy0 + ((fy1 - fy0) - th) / 2  # vertical centre
                for i, ln in enumerate(lines):
                    lw = text_w(ln, size)
                    if hal == "center":
                        tx = fx0 + ((fx1 - fx0) - lw) / 2
                    elif hal == "right":
                        tx = fx1 - 3 - lw
                    else:
                        tx = fx0 + 3
                    base = ty + i * lh + size * 0.98
                    if base < ky0 or base > ky1 + 0.5:
                        continue
                    px, py = P(tx, base)
                    cl0, _ = P(kx0, 0)
                    cl1, _ = P(kx1, 0)
                    cv.saveState()
                    draw_text_line(cv, ln, px, py, size * scale, bold, (cl0, cl1))
                    cv.restoreState()


def print_workbook(sheets, pdf_path, title):
    plans = []
    for sh in sheets:
        scale, pages = paginate(sh)
        plans.append((sh, scale, pages))
    npages = sum(len(p[2]) for p in plans)
    cv = canvas.Canvas(pdf_path, pagesize=(PW, PH))
    cv.setTitle(title)
    cv.setCreator("make_blind293.py (Calc-style sheet print)")
    n = 0
    for sh, scale, pages in plans:
        for rows, cols in pages:
            n += 1
            draw_page(cv, sh, scale, rows, cols, n, npages)
            cv.showPage()
    cv.save()
    return npages


def save_workbook(sheets, stem, title):
    wb = Workbook()
    first = True
    for sh in sheets:
        sh.compute_heights()
        ws = wb.active if first else wb.create_sheet()
        first = False
        sh.to_ws(ws)
    wb.properties.title = title
    wb.properties.creator = "Administrator"
    wb.save(os.path.join(HERE, stem + ".xlsx"))
    return print_workbook(sheets, os.path.join(HERE, stem + ".pdf"), title)


def row_clause(headers, values):
    parts = []
    for h, v in zip(headers, values):
        if v in (None, ""):
            continue
        parts.append(f"{h}：{v}")
    return "；".join(parts)


EXPECTED = {}
PAGES = {}


def key_of(cl):
    return cl[:24]


# =====================================================================
# (1) 湖南 自贸试验区 制度创新案例清单
# =====================================================================
def make_hunan():
    stem = "blind293_hunan_qingdan"
    title = "中国（湖南）自由贸易试验区2024年度第二批制度创新案例清单"
    heads = ["序号", "案例名称", "主要做法", "实施片区", "报送单位"]
    groups = [
        ("一、投资自由化便利化（4项）", [
            ("外商投资企业“一照多址”备案登记改革",
             "在长沙片区范围内，外商投资企业在住所以外增设经营场所的，不再另行办理分支机构登记，由企业通过省企业登记全程电子化平台申报，登记机关在营业执照上直接加注经营场所地址，申报材料由5项精简为1项，办理时限由3个工作日压缩至即时办结；加注信息同步推送商务、税务、海关等部门，实现“一次申报、多部门共享”。",
             "长沙片区", "长沙片区管委会、长沙市市场监管局"),
            ("工程建设项目“拿地即开工”全流程并联审批",
             "对岳阳片区内社会投资一般工业类项目，在土地出让前由片区统筹开展区域评估，将环评、能评、水土保持等评估结果直接运用于具体项目；出让合同签订后同步核发建设用地规划许可证、建设工程规划许可证和施工许可证，推行“桩基先行”和“容缺受理+告知承诺”，项目从摘牌到开工由平均45天压缩至最短1天。",
             "岳阳片区", "岳阳片区管委会"),
            ("境外投资备案“承诺+容缺”办理模式",
             "对在长沙片区、郴州片区注册的企业开展非敏感类境外投资，实行“企业承诺、容缺受理、事后核查”，申请材料由6项减少至3项，备案办理时限由3个工作日压缩至1个工作日；建立境外投资风险提示和“走出去”综合服务清单，对投向共建“一带一路”国家的项目提供政策咨询、法律服务和风险预警“一站式”服务。",
             "长沙片区、郴州片区", "省商务厅"),
            ("外籍高端人才工作许可和居留许可“一窗受理、并联审批”",
             "在三个片区政务服务中心设立外国人工作、居留“单一窗口”，将外国人工作许可、居留许可由“串联”办理调整为“一表申请、一窗受理、并联审批、一次办结”，办理时限由20个工作日压缩至7个工作日；对片区重点企业引进的外籍高端人才，可凭工作许可直接申请有效期最长5年的工作类居留许可。",
             "长沙片区、岳阳片区、郴州片区", "省科技厅、省公安厅"),
        ]),
        ("二、贸易便利化（5项）", [
            ("“湘粤非”铁海联运“一单制”",
             "依托郴州国际陆港，联合船公司和铁路部门推出铁海联运全程提单，货物在郴州完成报关、查验、装箱后，经铁路运至深圳盐田港直接换装出海，运抵非洲蒙巴萨、德班等港口，全程“一次委托、一单到底、一票结算”；出口企业凭铁海联运提单即可办理结汇和出口退税，物流时间平均缩短5天、综合成本下降约15%。",
             "郴州片区", "郴州片区管委会、郴州海关"),
            ("城陵矶港“水运+保税”中转集拼",
             "依托城陵矶港国际集装箱码头设立国际中转集拼中心，允许内外贸货物、进出口货物在同一场所“同船运输、分类监管、集中拼箱”，实行“先入区、后报关”和“分送集报”；依托岳阳至上海洋山港“江海直达”航线，开展长江中游沿线港口出口货物中转集拼，集拼货物平均通关时间压缩至6小时以内。",
             "岳阳片区", "岳阳海关、岳阳片区管委会"),
            ("进口非洲非资源性产品“提前申报、先放后检”",
             "对从非洲进口的咖啡、坚果、干辣椒等非资源性农产品，实行“提前申报、货到验放、先放后检”，符合条件的货物抵港后即可提离至企业仓库存放，检疫合格后再行销售；同步建立非洲输华农产品准入“绿色通道”，为企业提供准入咨询、标准比对和检测预约等服务，平均通关时间缩短60%以上。",
             "长沙片区", "长沙海关"),
            ("跨境电商零售进口退货“区内直退”",
             "对跨境电商零售进口商品发生退货的，允许消费者通过指定物流企业将退货商品直接退回片区内的跨境电商监管仓，由海关在仓内完成退货查验和申报，退货商品经检验合格后可重新上架销售；退货周期由平均15天缩短至5天以内，企业退货物流成本下降约40%。",
             "长沙片区", "长沙海关、长沙片区管委会"),
            ("加工贸易“保税维修+检测”一体化监管",
             "支持片区内加工贸易企业开展自产出口产品的境外返修和检测业务，将保税维修、检测认证纳入同一监管账册，实行“一本账册、全程监管”；对维修用进口料件实行保税，维修后复运出境，维修产生的边角料、坏件按规定集中处置，企业年均节约资金占用成本约800万元。",
             "郴州片区", "郴州海关"),
        ]),
        ("三、金融服务实体经济（3项）", [
            ("中非跨境人民币结算“湘非汇”综合服务",
             "搭建中非跨境人民币结算综合服务平台，联合境内外银行开通对非人民币清算通道，为对非贸易企业提供人民币报价、结算、融资和汇率避险“一站式”服务；对信用良好的企业实行跨境人民币结算“单证后审”，试点以来累计办理对非跨境人民币结算超过120亿元。",
             "长沙片区", "中国人民银行湖南省分行"),
            ("外贸企业“出口信保+融资”批量授信",
             "以出口信用保险保单为基础，由合作银行对中小外贸企业实行批量授信、线上放款，保单项下应收账款可直接办理融资，无需另行提供抵押担保；建立政府、保险、银行风险共担机制，对共建“一带一路”国家出口业务给予保费优惠，已为片区内860余家企业提供融资超过50亿元。",
             "长沙片区、岳阳片区、郴州片区", "中国出口信用保险公司湖南分公司"),
            ("知识产权质押融资“风险补偿池”",
             "设立2000万元知识产权质押融资风险补偿资金池，对合作银行发放的知识产权质押贷款发生的损失，按照最高50%的比例给予补偿；建立专利、商标价值评估“快评”机制，评估时间由15个工作日缩短至5个工作日，累计帮助片区科技型企业获得知识产权质押贷款4.6亿元。",
             "郴州片区", "郴州片区管委会"),
        ]),
        ("四、中非经贸合作和产业链协同（3项）", [
            ("非洲特色农产品“集采分销”公共服务",
             "依托中非经贸博览会永久会址，建设非洲非资源性产品集散交易中心，整合采购、通关、仓储、检测、分销等环节，由平台企业统一向非洲国家采购咖啡、腰果、芝麻等产品，再向国内经销商分销；与埃塞俄比亚、卢旺达等国建立直采基地，带动非洲产品年进口额增长30%以上。",
             "长沙片区", "长沙片区管委会"),
            ("二手工程机械出口“检测认证+整备”服务",
             "设立二手工程机械出口检测认证和整备中心，对出口至共建“一带一路”国家的二手挖掘机、起重机等设备，由第三方机构按照统一标准开展车况检测、评估定级和整备翻新，出具检测报告作为通关和境外销售的依据；建立出口产品“一机一码”追溯体系，推动二手工程机械出口由“散单”向“品牌化”转变。",
             "长沙片区", "省商务厅、长沙海关"),
            ("有色金属“期现结合”供应链综合服务",
             "建设有色金属交割仓库和供应链综合服务平台，为企业提供仓单质押、期货套期保值、基差贸易等服务，打通“矿山—冶炼—加工—贸易”全产业链数据；对进口的非洲铜精矿、铅锌矿实行“先放后检”，平均通关时间压缩至24小时以内，带动片区有色金属产业链年交易额突破300亿元。",
             "郴州片区", "郴州片区管委会"),
        ]),
    ]
    notes = ("备注：1.本清单所列案例由各片区、省直有关部门和中央驻湘单位报送，经第三方机构评估、省自由贸易试验区工作领导小组审定。\n"
             "2.“实施片区”栏为案例首创和先行实施的片区，其他片区可结合实际复制借鉴。\n"
             "3.案例具体操作规程由报送单位负责解释。")
    sh = Sheet("制度创新案例清单", [6, 22, 70, 14, 18], fit_width=True, title_rows=(3, 3))
    sh.put(1, 1, title, "title16", c2=5)
    sh.fixed_h[1] = 40
    sh.put(2, 1, "填报单位：湖南省自由贸易试验区工作办公室（盖章）", "info", c2=3)
    sh.put(2, 4, "填报日期：2024年9月20日", "infor", c2=5)
    for i, h in enumerate(heads, 1):
        sh.put(3, i, h, "head", border=True)
    sh.freeze = "A4"
    r, n = 4, 0
    clauses, specific = [], {}
    all3 = {"长沙片区", "岳阳片区", "郴州片区"}
    for gname, items in groups:
        sh.put(r, 1, gname, "group", c2=5, border=True)
        r += 1
        for name, how, area, unit in items:
            n += 1
            vals = [n, name, how, area, unit]
            for i, v in enumerate(vals, 1):
                sh.put(r, i, v, "bodyc" if i in (1, 4) else "body", border=True)
            cl = row_clause(heads, vals)
            clauses.append(cl)
            areas = area.split("、")
            if set(areas) != all3:
                specific[key_of(cl)] = areas
            r += 1
    sh.put(r, 1, "合计", "total", border=True)
    sh.put(r, 2, f"共{n}项", "total", c2=5, border=True)
    r += 1
    sh.put(r, 1, notes, "note", c2=5)
    sh.nrows = r
    note_lines = notes.split("\n")
    clauses += note_lines
    npages = save_workbook([sh], stem, title)
    PAGES[stem] = npages
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": None, "issuer": ["湖南省自由贸易试验区工作办公室"],
                 "date": "2024-09-20", "published": None, "level": "provincial",
                 "region": "中国（湖南）自由贸易试验区", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "清单", "recipients": [], "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =====================================================================
# (2) 合肥 跨境电商扶持资金 拟安排 公示
# =====================================================================
def make_hefei():
    stem = "blind293_hefei_gongshi"
    title = "关于2024年度合肥市跨境电子商务发展扶持资金拟支持项目的公示"
    heads = ["序号", "企业名称", "所在区县", "项目类别", "拟支持金额（万元）"]
    groups = [
        ("一、跨境电商主体培育（10项）", [
            ("合肥启泓供应链管理有限公司", "蜀山区", "跨境电商出口规模奖励", 80),
            ("安徽巢湖云帆电子商务有限公司", "包河区", "跨境电商出口规模奖励", 65),
            ("合肥鼎晟家居用品有限公司", "肥西县", "跨境电商出口规模奖励", 50),
            ("安徽睿拓新能源科技有限公司", "合肥高新区", "跨境电商出口规模奖励", 50),
            ("合肥长丰瑞禾农产品进出口有限公司", "长丰县", "跨境电商出口规模奖励", 30),
            ("合肥海纳跨境电子商务有限公司", "合肥经开区", "跨境电商进口规模奖励", 40),
            ("安徽庐州优品国际贸易有限公司", "庐阳区", "跨境电商独立站建设", 25.5),
            ("合肥星图户外用品有限公司", "瑶海区", "跨境电商独立站建设", 18.6),
            ("安徽肥东汇通电子科技有限公司", "新站高新区", "跨境电商品牌培育", 35),
            ("合肥极光数码科技有限公司", "蜀山区", "跨境电商品牌培育", 28),
        ]),
        ("二、跨境电商海外仓建设（6项）", [
            ("安徽皖欧国际物流有限公司", "包河区", "公共海外仓建设（德国汉堡）", 120),
            ("合肥中亚通供应链有限公司", "合肥经开区", "公共海外仓建设（哈萨克斯坦阿拉木图）", 100),
            ("安徽瀚海国际货运代理有限公司", "肥东县", "海外仓运营奖励（美国洛杉矶）", 60),
            ("合肥聚源仓储服务有限公司", "庐江县", "海外仓运营奖励（波兰华沙）", 45),
            ("安徽东盟通跨境物流有限公司", "巢湖市", "公共海外仓建设（泰国曼谷）", 80),
            ("合肥驰远智能装备有限公司", "合肥高新区", "海外仓运营奖励（墨西哥蒙特雷）", 38),
        ]),
        ("三、跨境电商园区和公共服务平台（4项）", [
            ("合肥蜀山跨境电子商务产业园运营管理有限公司", "蜀山区", "跨境电商产业园区奖励", 150),
            ("合肥经开综合保税区跨境电商监管中心运营有限公司", "合肥经开区", "跨境电商公共服务平台建设", 90),
            ("安徽包河跨境电商孵化基地管理有限公司", "包河区", "跨境电商孵化基地奖励", 60),
            ("合肥数跨通信息技术有限公司", "庐阳区", "跨境电商公共服务平台建设", 55),
        ]),
        ("四、跨境电商物流和人才培训（4项）", [
            ("合肥新桥国际航空货运代理有限公司", "肥西县", "跨境电商货运包机补贴", 70),
            ("安徽陆港通达物流有限公司", "瑶海区", "中欧班列跨境电商专列补贴", 52.4),
            ("合肥逸行教育科技有限公司", "长丰县", "跨境电商人才培训", 12),
            ("安徽寰宇跨境电商服务有限公司", "瑶海区", "跨境电商人才培训", 8),
        ]),
    ]
    nitems = sum(len(g[1]) for g in groups)
    total = round(sum(x[3] for g in groups for x in g[1]), 2)
    p1 = ("　　根据《合肥市促进跨境电子商务高质量发展若干政策》（合政办秘〔2023〕41号）和《关于组织申报2024年度合肥市跨境电子商务发展扶持资金的通知》（合商电〔2024〕58号）要求，"
          f"经企业申报、县（市）区和开发区初审、第三方机构专项审计、专家评审和市商务局、市财政局联合审核，拟对合肥启泓供应链管理有限公司等{nitems}家企业给予支持，"
          f"拟安排资金合计{total:,.2f}万元（名单附后）。现予以公示，公示期为2024年11月4日至11月8日（5个工作日）。")
    p2 = ("　　公示期间，如对公示内容有异议，请以书面形式实名向市商务局电子商务处反映，单位须加盖公章，个人须签署真实姓名并注明联系方式，逾期或匿名反映的不予受理。"
          "受理电话：0551-63538712（市商务局电子商务处），0551-63538927（市财政局经济建设处）。")
    sh = Sheet("公示名单", [6, 46, 14, 36, 20], fit_width=True, title_rows=(4, 4))
    sh.put(1, 1, title, "title16", c2=5)
    sh.fixed_h[1] = 40
    sh.put(2, 1, p1 + "\n" + p2, "gongshi", c2=5)
    sh.put(3, 1, "填报单位：合肥市商务局（电子商务处）", "info", c2=3)
    sh.put(3, 4, "金额单位：万元", "infor", c2=5)
    for i, h in enumerate(heads, 1):
        sh.put(4, i, h, "head", border=True)
    sh.freeze = "A5"
    clauses = [p1.strip("　"), p2.strip("　")]
    specific = {}
    r, n = 5, 0
    for gname, items in groups:
        sh.put(r, 1, gname, "group", c2=5, border=True)
        r += 1
        for name, area, cat, amt in items:
            n += 1
            sh.put(r, 1, n, "bodyc", border=True)
            sh.put(r, 2, name, "body", border=True)
            sh.put(r, 3, area, "bodyc", border=True)
            sh.put(r, 4, cat, "body", border=True)
            sh.put(r, 5, float(amt), "num", fmt="0.00", border=True)
            cl = row_clause(heads, [n, name, area, cat, f"{amt:.2f}"])
            clauses.append(cl)
            specific[key_of(cl)] = [area]
            r += 1
    sh.put(r, 1, "合计", "total", c2=4, border=True)
    sh.put(r, 5, total, "totaln", fmt="0.00", border=True)
    clauses.append(f"序号：合计；拟支持金额（万元）：{total:.2f}")
    r += 1
    notes = ["备注：",
             "1.拟支持金额为第三方机构专项审计和专家评审核定数，最终以市财政局资金拨付文件为准。",
             "2.同一企业同一年度享受市级跨境电商扶持政策的累计支持金额不超过300万元，超出部分已按上限核减。",
             "3.“所在区县”以企业注册地为准，合肥高新区、合肥经开区、新站高新区单独列示。"]
    for t in notes:
        sh.put(r, 1, t, "note", c2=5)
        r += 1
    clauses += notes[1:]
    sh.put(r, 1, "合肥市商务局　　　　合肥市财政局　　", "luokuan", c2=5)
    sh.fixed_h[r] = 24
    r += 1
    sh.put(r, 1, "2024年11月1日　　　　　", "luokuan", c2=5)
    sh.nrows = r
    npages = save_workbook([sh], stem, title)
    PAGES[stem] = npages
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": None, "issuer": ["合肥市商务局", "合肥市财政局"],
                 "date": "2024-11-01", "published": None, "level": "municipal",
                 "region": "合肥市", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "公示", "recipients": [], "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]
    return total


# =====================================================================
# (3) 重庆 重点项目表 — wider than a page
# =====================================================================
def make_chongqing():
    stem = "blind293_chongqing_xiangmu"
    title = "重庆市2024年高质量共建“一带一路”重点项目推进计划表"
    heads = ["序号", "项目名称", "项目业主", "建设地点", "建设内容及规模", "总投资（亿元）",
             "2024年计划投资（亿元）", "建设起止年限", "前期工作及建设进展", "2024年主要建设目标",
             "存在问题及需协调事项", "市级牵头部门", "区县责任单位"]
    groups = [
        ("一、国际物流通道和枢纽项目（5项）", [
            ("中欧班列（成渝）集结中心扩能工程", "重庆陆港枢纽建设有限公司", "沙坪坝区",
             "新建集装箱作业线4条、海关监管作业场所2.6万平方米及配套堆场、仓储设施，年集结能力提升至5000列",
             28.6, 6.5, "2023—2026年", "已取得项目核准批复，一期作业线主体完工，海关监管作业场所完成招标",
             "建成2条集装箱作业线并投入运营，启动二期仓储设施建设", "二期用地林地占补平衡指标需市级统筹",
             "市发展改革委", "沙坪坝区政府"),
            ("西部陆海新通道江津珞璜铁公水多式联运枢纽", "重庆江津综合保税区开发建设有限公司", "江津区",
             "建设铁路专用线3.2公里、集装箱堆场18万平方米、5000吨级泊位2个，形成铁公水“无缝衔接”多式联运体系",
             19.8, 4.2, "2022—2025年", "铁路专用线完成路基工程，泊位水工结构完成60%",
             "铁路专用线铺轨通车，1号泊位具备靠泊条件", "专用线接轨方案需国铁集团审批",
             "市交通运输委", "江津区政府"),
            ("果园港国家物流枢纽三期工程", "重庆果园枢纽港务有限公司", "两江新区",
             "新建滚装泊位2个、多用途泊位3个及配套铁路装卸线，新增年吞吐能力集装箱80万标箱、商品车30万辆",
             35.2, 7.8, "2024—2027年", "工程可行性研究报告已获批复，正开展初步设计",
             "完成初步设计审批，开工建设滚装泊位", "岸线使用需交通运输部审批",
             "市交通运输委", "两江新区管委会"),
            ("重庆江北国际机场东航站区国际货运设施", "重庆临空货运设施投资有限公司", "渝北区",
             "新建国际货站8.5万平方米、冷链中心1.2万平方米和跨境电商分拣中心，年货邮处理能力60万吨",
             22.4, 5.6, "2023—2026年", "国际货站主体结构封顶，冷链中心完成桩基施工",
             "国际货站投入试运营，冷链中心主体完工", "无",
             "市政府口岸物流办", "渝北区政府"),
            ("陆海新通道铁海联运班列提质增效工程", "重庆陆海通道物流发展有限公司", "沙坪坝区、江津区",
             "新增班列线路6条，开通至东盟主要港口“一单制”铁海联运服务，配套建设集装箱循环共用调度系统",
             6.3, 1.8, "2024—2025年", "已完成线路方案设计，调度系统完成招标",
             "新增线路4条，全年开行班列超过1.2万列", "回程空箱调运成本较高，需延续运费补贴政策",
             "市政府口岸物流办", "沙坪坝区政府、江津区政府"),
        ]),
        ("二、开放平台项目（4项）", [
            ("两路果园港综合保税区跨境电商产业园", "重庆两江保税产业发展有限公司", "两江新区",
             "建设跨境电商监管中心、保税仓储设施和直播电商基地，总建筑面积15万平方米",
             12.5, 3.0, "2023—2025年", "监管中心已通过海关验收，保税仓储设施完成主体施工",
             "保税仓储设施投入使用，引进跨境电商企业50家以上", "无",
             "市商务委", "两江新区管委会"),
            ("西永综合保税区保税维修和研发中心", "重庆西永保税服务有限公司", "沙坪坝区",
             "建设笔记本电脑、服务器等电子产品全球保税维修中心和检测认证中心，厂房及配套设施10万平方米",
             8.6, 2.4, "2024—2026年", "已完成立项备案和环评，正开展施工图设计",
             "开工建设维修中心厂房，完成年度投资", "保税维修产品目录需争取国家部委扩围",
             "市商务委", "沙坪坝区政府"),
            ("万州综合保税区冷链物流中心", "重庆万州临港开发建设有限公司", "万州区",
             "建设冷库8万吨、进口肉类和水果指定监管场地及配套分拨设施",
             6.8, 2.1, "2024—2025年", "冷库主体结构施工中",
             "冷库建成投用，指定监管场地通过验收", "指定监管场地需海关总署验收",
             "市政府口岸物流办", "万州区政府"),
            ("中新（重庆）国际互联网数据专用通道扩容工程", "重庆中新数据通道运营有限公司", "全市",
             "专用通道带宽扩容至400Gbps，新增服务园区12个，建设跨境数据流动服务中心",
             3.2, 1.1, "2024—2025年", "扩容方案已报工业和信息化部",
             "完成一期扩容，服务园区扩大至30个", "扩容需工业和信息化部批复",
             "市大数据发展局", "/"),
        ]),
        ("三、境外合作项目（3项）", [
            ("老挝万象陆海新通道综合物流园", "重庆渝老国际物流有限公司", "老挝万象",
             "建设仓储及分拨中心5万平方米、铁路货场1座，开展中老铁路沿线货物集散分拨",
             9.5, 2.0, "2023—2025年", "一期仓库已投用，铁路货场完成土建",
             "铁路货场投用，年集散货物突破50万吨", "境外项目融资担保需政策性银行支持",
             "市商务委", "/"),
            ("越南河内重庆产品展示交易中心", "重庆渝越贸易发展有限公司", "越南河内",
             "建设展示交易中心1.8万平方米，常年展示摩托车、汽车零部件、日用消费品等重庆产品",
             2.6, 0.8, "2024—2025年", "已完成场地租赁和装修设计",
             "建成开业，入驻重庆企业100家以上", "无",
             "市商务委", "/"),
            ("匈牙利布达佩斯中欧班列海外分拨中心", "重庆渝欧供应链管理有限公司", "匈牙利布达佩斯",
             "建设海外仓及分拨中心3万平方米，配套海关监管区和跨境电商退货处理中心",
             4.1, 1.2, "2023—2025年", "海外仓主体完工，海关监管区完成申请",
             "分拨中心投入运营，辐射中东欧国家", "当地用工许可办理周期较长",
             "市政府口岸物流办", "/"),
        ]),
    ]
    widths = [5, 22, 20, 12, 34, 9, 10, 10, 30, 26, 24, 14, 14]
    sh = Sheet("重点项目表", widths, fit_width=False, title_rows=(4, 4), title_cols=(1, 2))
    sh.put(1, 1, "附件", "fujian", c2=2)
    sh.put(2, 1, title, "title", c2=8)
    sh.fixed_h[2] = 44
    sh.put(3, 1, "填报单位：重庆市发展和改革委员会（盖章）", "info", c2=5)
    sh.put(3, 6, "填报时间：2024年3月15日", "info", c2=8)
    sh.put(3, 12, "金额单位：亿元", "infor", c2=13)
    for i, h in enumerate(heads, 1):
        sh.put(4, i, h, "head", border=True)
    sh.freeze = "C5"
    clauses, specific = [], {}
    foreign = {"老挝万象", "越南河内", "匈牙利布达佩斯"}
    r, n = 5, 0
    t1 = t2 = 0.0
    for gname, items in groups:
        sh.put(r, 1, gname, "group", c2=13, border=True)
        r += 1
        for it in items:
            n += 1
            vals = [n] + list(it)
            for i, v in enumerate(vals, 1):
                if i in (6, 7):
                    sh.put(r, i, float(v), "num", fmt="0.0", border=True)
                else:
                    sh.put(r, i, v, "bodyc" if i in (1, 4, 8, 12, 13) else "body", border=True)
            t1 += it[4]
            t2 += it[5]
            shown = [n] + list(it[:4]) + [f"{it[4]:.1f}", f"{it[5]:.1f}"] + list(it[6:])
            cl = row_clause(heads, shown)
            clauses.append(cl)
            place = it[2]
            if place != "全市" and place not in foreign:
                specific[key_of(cl)] = place.split("、")
            r += 1
    t1, t2 = round(t1, 1), round(t2, 1)
    sh.put(r, 1, "合计", "total", c2=5, border=True)
    sh.put(r, 6, t1, "totaln", fmt="0.0", border=True)
    sh.put(r, 7, t2, "totaln", fmt="0.0", border=True)
    for c in range(8, 14):
        sh.put(r, c, None, "body", border=True)
    clauses.append(f"序号：合计；总投资（亿元）：{t1:.1f}；2024年计划投资（亿元）：{t2:.1f}")
    r += 1
    note = ("注：1.境外项目总投资和年度计划投资按2023年末汇率折算为人民币。\n"
            "2.项目进展情况截至2024年2月底，由市级牵头部门会同区县责任单位于每季度首月10日前更新报送市发展改革委。")
    sh.put(r, 1, note, "note", c2=8)
    clauses += note.split("\n")
    sh.nrows = r
    npages = save_workbook([sh], stem, title)
    PAGES[stem] = npages
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": None, "issuer": ["重庆市发展和改革委员会"],
                 "date": "2024-03-15", "published": None, "level": "provincial",
                 "region": "重庆市", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "计划表", "recipients": [], "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]
    return t1, t2


# =====================================================================
# (4) 钦州港片区 two-sheet workbook: 任务分工 + 主要指标
# =====================================================================
def make_qinzhou():
    stem = "blind293_qinzhou_renwu"
    title = "中国（广西）自由贸易试验区钦州港片区2024年深度融入共建“一带一路”工作任务清单"
    heads1 = ["序号", "重点任务", "具体举措", "实施区域", "牵头单位", "配合单位", "完成时限"]
    G = "片区管委会"
    groups = [
        ("一、建设西部陆海新通道门户港（4项）", [
            ("扩大海铁联运规模",
             "加密钦州港至重庆、成都、昆明等方向海铁联运班列，推动“班列+航线”无缝衔接，全年开行海铁联运班列9800列以上；完善钦州港东站集装箱中心站功能，提高铁路装卸作业效率。",
             "全片区", "片区管委会经济发展局", "钦州港口岸管理办公室、中铁南宁局集团钦州车务段", "2024年12月底"),
            ("提升集装箱码头作业能力",
             "加快自动化集装箱码头二期工程建设，推广应用智能闸口、无人集卡和远程操控设备，年内新增集装箱通过能力100万标箱。",
             "大榄坪港区", "片区管委会规划建设局", "北部湾港钦州码头有限公司", "2024年12月底"),
            ("拓展国际航线网络",
             "新开通至东盟、中东、南亚等共建“一带一路”国家和地区集装箱航线6条以上，稳定运营钦州港至新加坡、越南海防等“天天班”航线，加密RCEP成员国航线班次。",
             "全片区", "钦州港口岸管理办公室", "片区管委会经济发展局", "2024年12月底"),
            ("发展冷链物流",
             "建设冷链查验中心和进口冷链商品集中监管仓，推动东盟水果、冻品等冷链货物“船边直提”“抵港直装”，年内冷链货物吞吐量增长20%以上。",
             "钦州综合保税区", "片区管委会经济发展局", "钦州海关", "2024年10月底"),
        ]),
        ("二、提升贸易投资便利化水平（4项）", [
            ("深化通关模式改革",
             "推广进口货物“两步申报”“提前申报”和“船边直提”，对符合条件的进口货物实行“先放后检”，进口整体通关时间比2023年压缩10%以上。",
             "全片区", "钦州海关", "片区管委会经济发展局", "2024年12月底"),
            ("拓展国际贸易“单一窗口”功能",
             "在国际贸易“单一窗口”标准版基础上，上线“陆海新通道”物流信息服务、港航费用一站式结算等特色应用，主要申报业务应用率保持100%。",
             "全片区", "钦州港口岸管理办公室", "钦州海关、钦州海事局", "2024年9月底"),
            ("开展保税维修和再制造业务",
             "支持区内企业开展航空器材、工程机械、汽车零部件等保税维修和再制造业务，争取将更多产品纳入保税维修目录。",
             "钦州综合保税区", "片区管委会经济发展局", "钦州海关、自治区商务厅", "持续推进"),
            ("优化外商投资服务",
             "落实外商投资准入前国民待遇加负面清单管理制度，设立外商投资“一站式”服务专窗，对重点外资项目实行“专班+专员”跟踪服务，全年新设外商投资企业30家以上。",
             "全片区", "片区管委会投资促进局", "片区管委会行政审批局", "2024年12月底"),
        ]),
        ("三、深化中国—东盟产业合作（4项）", [
            ("推进中马“两国双园”联动发展",
             "推动与马来西亚关丹产业园在产业链、供应链方面协同发展，深化燕窝、榴莲等特色产品加工贸易合作，全年新引进东盟投资企业15家以上。",
             "中马钦州产业园区", "中马钦州产业园区管委会", "片区管委会投资促进局", "2024年12月底"),
            ("打造临港绿色化工产业集群",
             "围绕石化、化工新材料产业链，推动与东盟国家原料互供、产能合作，推进重点项目竣工投产，建设面向东盟的化工新材料生产基地。",
             "金谷港区", "片区管委会经济发展局", "片区管委会规划建设局", "2024年12月底"),
            ("发展跨境电商新业态",
             "建设跨境电商产业园，培育面向东盟的跨境电商企业和海外仓，推动跨境电商“9610”“9710”“9810”“1210”业务模式全覆盖，全年跨境电商交易额突破45亿元。",
             "钦州综合保税区、中马钦州产业园区", "片区管委会经济发展局", "钦州海关、中马钦州产业园区管委会", "2024年12月底"),
            ("推进新能源汽车出口基地建设",
             "建设新能源汽车出口集散中心和滚装码头配套设施，开通至东盟国家的汽车滚装航线，推动整车及零部件出口。",
             "大榄坪港区", "片区管委会经济发展局", "钦州港口岸管理办公室", "2024年11月底"),
        ]),
        ("四、完善跨境金融和法治服务（3项）", [
            ("推进跨境人民币结算便利化",
             "扩大优质企业贸易投资跨境人民币结算便利化试点范围，支持银行为东盟企业提供人民币跨境融资服务，全年跨境人民币结算量增长15%以上。",
             "全片区", "中国人民银行钦州市分行", "片区管委会金融工作办公室", "2024年12月底"),
            ("争取开展合格境外有限合伙人试点",
             "争取开展合格境外有限合伙人（QFLP）试点，引导境外资本投资临港产业和基础设施项目。",
             "全片区", "片区管委会金融工作办公室", "自治区地方金融管理局", "持续推进"),
            ("建设国际商事纠纷多元化解中心",
             "设立国际商事调解和仲裁服务中心，引入东盟国家商事调解员，建立“诉讼+调解+仲裁”多元化纠纷解决机制。",
             "全片区", "片区管委会法制办公室", "钦州市中级人民法院、钦州仲裁委员会", "2024年6月底"),
        ]),
    ]
    sh1 = Sheet("任务分工", [5, 18, 60, 16, 18, 24, 12], fit_width=True, title_rows=(4, 4))
    sh1.put(1, 1, title, "title16", c2=7)
    sh1.fixed_h[1] = 44
    sh1.put(2, 1, "表1　重点任务分工", "sub", c2=7)
    sh1.put(3, 1, "填报单位：中国（广西）自由贸易试验区钦州港片区管理委员会", "info", c2=4)
    sh1.put(3, 5, "填报日期：2024年2月26日", "infor", c2=7)
    for i, h in enumerate(heads1, 1):
        sh1.put(4, i, h, "head", border=True)
    sh1.freeze = "A5"
    clauses, specific = [], {}
    r, n = 5, 0
    for gname, items in groups:
        sh1.put(r, 1, gname, "group", c2=7, border=True)
        r += 1
        for it in items:
            n += 1
            vals = [n] + list(it)
            for i, v in enumerate(vals, 1):
                sh1.put(r, i, v, "bodyc" if i in (1, 4, 7) else "body", border=True)
            cl = row_clause(heads1, vals)
            clauses.append(cl)
            if it[2] != "全片区":
                specific[key_of(cl)] = it[2].split("、")
            r += 1
    sh1.put(r, 1, "合计", "total", border=True)
    sh1.put(r, 2, f"共{n}项重点任务", "total", c2=7, border=True)
    r += 1
    note1 = "备注：各牵头单位于每季度末月25日前将任务进展情况报送片区管委会自贸办，12月25日前报送全年完成情况。"
    sh1.put(r, 1, note1, "note", c2=7)
    clauses.append(note1)
    sh1.nrows = r

    heads2 = ["序号", "指标类别", "指标名称", "单位", "2023年完成值", "2024年目标值", "同比增长（%）", "责任单位"]
    cats = [
        ("通道建设", [
            ("集装箱吞吐量*", "万标箱", 612.4, 680, "片区管委会经济发展局、钦州港口岸管理办公室"),
            ("海铁联运班列开行量", "列", 8860, 9800, "片区管委会经济发展局"),
            ("集装箱航线数量", "条", 72, 78, "钦州港口岸管理办公室"),
        ]),
        ("对外贸易", [
            ("外贸进出口总额*", "亿元", 1280.6, 1400, "片区管委会经济发展局"),
            ("跨境电商交易额", "亿元", 36.2, 45, "片区管委会经济发展局"),
        ]),
        ("双向投资", [
            ("实际使用外资*", "亿美元", 1.85, 2.2, "片区管委会投资促进局"),
            ("新设外商投资企业", "家", 24, 30, "片区管委会投资促进局"),
            ("新引进东盟投资企业", "家", 11, 15, "中马钦州产业园区管委会"),
        ]),
        ("制度创新", [
            ("形成制度创新成果", "项", 12, 15, "片区管委会自贸办"),
            ("复制推广改革试点经验", "项", 20, 25, "片区管委会自贸办"),
        ]),
    ]
    sh2 = Sheet("主要指标", [5, 12, 26, 10, 14, 14, 14, 42], fit_width=True, title_rows=(2, 2))
    sh2.put(1, 1, "表2　主要目标指标", "sub", c2=8)
    sh2.fixed_h[1] = 32
    for i, h in enumerate(heads2, 1):
        sh2.put(2, i, h, "head", border=True)
    sh2.freeze = "A3"
    r, n = 3, 0
    for cat, items in cats:
        r0 = r
        for name, unit, a, b, who in items:
            n += 1
            g = round((b / a - 1) * 100, 1)
            sh2.put(r, 1, n, "bodyc", border=True)
            sh2.put(r, 3, name, "body", border=True)
            sh2.put(r, 4, unit, "bodyc", border=True)
            sh2.put(r, 5, a, "num", border=True)
            sh2.put(r, 6, b, "num", border=True)
            sh2.put(r, 7, g, "num", fmt="0.0", border=True)
            sh2.put(r, 8, who, "body", border=True)
            fa = str(a)
            clauses.append(row_clause(heads2, [n, cat, name, unit, fa, str(b), f"{g:.1f}", who]))
            r += 1
        sh2.put(r0, 2, cat, "bodyc", r2=r - 1, border=True)
    notes2 = ["注：1.带“*”的为约束性指标，其余为预期性指标。",
              "2.同比增长按2023年完成值计算，2023年完成值为统计快报数。"]
    for t in notes2:
        sh2.put(r, 1, t, "note", c2=8)
        r += 1
    clauses += notes2
    sh2.nrows = r - 1
    npages = save_workbook([sh1, sh2], stem, title)
    PAGES[stem] = npages
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": None,
                 "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
                 "date": "2024-02-26", "published": None, "level": "zone",
                 "region": "中国（广西）自由贸易试验区钦州港片区", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "任务清单", "recipients": [], "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


def main():
    make_hunan()
    make_hefei()
    make_chongqing()
    make_qinzhou()
    for stem, docs in EXPECTED.items():
        keys = [key_of(c) for c in docs[0]["clauses"]]
        assert len(keys) == len(set(keys)), stem
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem in EXPECTED:
        d = EXPECTED[stem][0]
        print(f"{stem}: {PAGES[stem]} pages, {len(d['clauses'])} clauses, "
              f"{len(d['applies_to']['specific'])} specific")


if __name__ == "__main__":
    main()
