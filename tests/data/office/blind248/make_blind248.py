# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 248: plain-text (.txt) policy documents as offices and analysts save them.

Writes, next to this script:
  blind248_yunnan_tongzhi.txt    PDF-viewer copy (hard line breaks, page headers, page numbers, box table)
  blind248_guangxi_xize.txt      Word "Save As plain text", GBK + CRLF, tab table, full-width-space 落款
  blind248_chengdu_tongzhi.txt   web page select-all copy (nav, breadcrumb, 信息公开 table, links, footer)
  blind248_neimenggu_gonggao.txt three 公告 pasted one after another, separated by dashes
  expected.json
All content is fictional.
"""
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = {}


def dw(s):
    """display width: East Asian wide/fullwidth (and ambiguous box chars) = 2"""
    w = 0
    for ch in s:
        ea = unicodedata.east_asian_width(ch)
        w += 2 if ea in ("W", "F", "A") else 1
    return w


NO_LINE_START = set("，。、；：？！）》”’〕】」…%")
NO_LINE_END = set("（《“‘〔【「")


def tokens(text):
    """split into breakable units: CJK chars single, ASCII runs kept together"""
    out, buf = [], ""
    for ch in text:
        if ord(ch) < 128 and ch != " ":
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(text, width):
    """hard-wrap text to display width, with 避头 punctuation kept on previous line"""
    lines, cur = [], ""
    for t in tokens(text):
        if cur and dw(cur + t) > width:
            if t in NO_LINE_START:
                cur += t  # hang punctuation
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    # 避尾: an opening bracket or quote never ends a line
    for i in range(len(lines) - 1):
        while lines[i] and lines[i][-1] in NO_LINE_END:
            lines[i + 1] = lines[i][-1] + lines[i + 1]
            lines[i] = lines[i][:-1]
    return lines


def clause_items(items):
    """expected clauses + applies_to from an item list"""
    clauses, specific = [], {}
    for it in items:
        kind = it[0]
        if kind == "c":
            clauses.append(it[1])
            if len(it) > 2 and it[2]:
                specific[it[1][:24]] = it[2]
    return clauses, specific


def table_clauses(header, rows, places=None):
    out, specific = [], {}
    for i, r in enumerate(rows):
        c = "；".join(f"{h}：{v}" for h, v in zip(header, r))
        out.append(c)
        if places and i in places:
            specific[c[:24]] = places[i]
    return out, specific


# ---------------------------------------------------------------------------
# 1. 云南 通知 copied out of a PDF viewer
# ---------------------------------------------------------------------------
YN_ORG = "云南省人民政府办公厅"
YN_TITLE = "云南省人民政府办公厅关于加快沿边口岸跨境电子商务高质量发展的通知"
KM = "中国（云南）自由贸易试验区昆明片区"
YN_ITEMS = [
    ("c", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥我省面向南亚东南亚辐射中心区位优势，推动沿边口岸与跨境电子商务融合发展，经省人民政府同意，现就有关事项通知如下："),
    ("h", "一、总体要求"),
    ("c", "（一）工作目标。到2026年，全省跨境电子商务进出口额力争突破300亿元，年均增长20%以上；培育年进出口额超过1亿元的跨境电商经营主体30家以上，建成省级跨境电商产业园15个以上，沿边口岸跨境电商通关便利化水平明显提升。"),
    ("h", "二、提升口岸通关便利化水平"),
    ("c", "（一）拓展监管业务模式。推动河口、磨憨、瑞丽、天保等陆路口岸全面开通跨境电商企业对企业直接出口（9710）、跨境电商出口海外仓（9810）监管方式，支持具备条件的口岸开展网购保税进口（1210）业务。（昆明海关、省商务厅、省口岸办按职责分工负责）"),
    ("c", "（二）优化通关作业流程。推行跨境电商进出口商品“提前申报”“抵港直装”“抵达即提”等便利措施，对跨境电商出口商品实行“简化申报、清单核放、汇总统计”。口岸查验单位要合理安排查验时间，确保跨境电商货物查验作业在24小时内完成。（昆明海关、省公安厅、省交通运输厅按职责分工负责）"),
    ("c", "（三）完善口岸基础设施。加快沿边口岸跨境电商监管中心（站）建设，2025年底前实现国家一类陆路口岸跨境电商监管设施全覆盖。对新建跨境电商监管中心（站）的，省级财政按照核定投资额的30%给予补助，单个项目最高不超过500万元。（省口岸办、省财政厅、省发展改革委按职责分工负责）"),
    ("h", "三、培育跨境电商经营主体"),
    ("c", "（一）建设跨境电商集聚区。支持中国（云南）自由贸易试验区昆明片区建设面向南亚东南亚的跨境电商集聚区，对集聚区内新引进的年进出口额超过5000万元的跨境电商企业，给予一次性奖励100万元。（昆明市人民政府、省商务厅负责）", [KM]),
    ("c", "（二）开展边民互市与跨境电商融合试点。在德宏傣族景颇族自治州开展边民互市贸易进口商品落地加工与跨境电商融合发展试点，允许试点企业通过跨境电商渠道销售以互市进口商品为原料加工的产品，试点期限为2年。（德宏州人民政府、省商务厅、昆明海关负责）", ["德宏傣族景颇族自治州"]),
    ("c", "（三）布局海外仓网络。鼓励企业在老挝、泰国、越南、缅甸等共建“一带一路”国家布局海外仓，重点支持在万象、曼谷等中心城市建设公共海外仓。对经认定的省级公共海外仓，按照仓储面积给予每平方米不超过200元的一次性补助，单个海外仓最高不超过300万元。（省商务厅、省财政厅负责）"),
    ("h", "四、强化要素保障"),
    ("c", "（一）加大金融支持力度。引导金融机构开发“跨境电商贷”“海外仓贷”等产品，支持企业使用人民币开展跨境电商结算。鼓励出口信用保险机构扩大跨境电商企业承保规模，对小微跨境电商企业短期出口信用保险保费给予50%补贴。（人民银行云南省分行、省地方金融管理局按职责分工负责）"),
    ("c", "（二）强化人才和物流支撑。支持省内高校、职业院校开设跨境电子商务相关专业，每年培训跨境电商从业人员1万人次以上。支持开行中老铁路“跨境电商专列”，对跨境电商货物运输给予运费补贴，具体办法由省交通运输厅会同省财政厅另行制定。（省教育厅、省人力资源社会保障厅、省交通运输厅按职责分工负责）"),
    ("h", "五、抓好组织实施"),
    ("c", "（一）压实工作责任。各州、市人民政府要将跨境电商发展纳入本地区经济社会发展重要内容，制定具体实施方案，于每年1月15日前将上一年度工作进展情况报送省商务厅，由省商务厅汇总后报省人民政府。"),
    ("c", "（二）明确执行期限。本通知自2024年7月1日起施行，有效期至2027年6月30日。《云南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（云政办发〔2019〕63号）同时废止。"),
]
YN_T_HEADER = ["序号", "重点任务", "具体内容", "牵头单位", "完成时限"]
YN_T_ROWS = [
    ["1", "拓展监管业务模式", "河口、磨憨、瑞丽、天保口岸开通9710、9810监管方式", "昆明海关", "2024年底前"],
    ["2", "优化通关作业流程", "跨境电商货物查验作业24小时内完成", "昆明海关", "2024年底前"],
    ["3", "完善口岸基础设施", "国家一类陆路口岸跨境电商监管设施全覆盖", "省口岸办", "2025年底前"],
    ["4", "建设跨境电商集聚区", "昆明片区新引进年进出口额超5000万元的跨境电商企业20家以上", "昆明市人民政府", "持续推进"],
    ["5", "布局海外仓网络", "认定省级公共海外仓10个以上", "省商务厅", "持续推进"],
]
# vertical merges: (column, first_row, last_row)
YN_T_MERGES = [(3, 0, 1), (4, 3, 4)]
YN_T_WIDTHS = [6, 14, 26, 14, 12]


def box_table(header, rows, widths, merges):
    """render a table with box-drawing characters; cells wrap; vertical merges."""
    allrows = [header] + rows
    nrows = len(allrows)
    ncols = len(header)
    # merges are given on data rows; shift by 1 for header
    span_of = {}  # (r,c) -> (first,last)
    for c, a, b in merges:
        for r in range(a + 1, b + 2):
            span_of[(r, c)] = (a + 1, b + 1)
    cell_lines = {}
    for r in range(nrows):
        for c in range(ncols):
            cell_lines[(r, c)] = wrap(allrows[r][c], widths[c])
    heights = []
    for r in range(nrows):
        h = 1
        for c in range(ncols):
            if (r, c) in span_of:
                continue
            h = max(h, len(cell_lines[(r, c)]))
        heights.append(h)
    # make sure merged cells fit
    for (r, c), (a, b) in span_of.items():
        if r != a:
            continue
        need = len(cell_lines[(a, c)])
        avail = sum(heights[a:b + 1]) + (b - a)
        if need > avail:
            heights[b] += need - avail
    # build per-line content grid: for each table line, for each column, text or rule
    out = []

    def seg(c, drawn):
        return ("─" * (widths[c] // 2)) if drawn else ("　" * (widths[c] // 2))

    def rule_line(r_above, r_below):
        if r_above is None:
            return "┌" + "┬".join("─" * (w // 2) for w in widths) + "┐"
        if r_below is None:
            return "└" + "┴".join("─" * (w // 2) for w in widths) + "┘"
        drawn = []
        for c in range(ncols):
            sa = span_of.get((r_above, c))
            sb = span_of.get((r_below, c))
            drawn.append(not (sa is not None and sa == sb))
        s = "├" if drawn[0] else "│"
        for c in range(ncols):
            s += seg(c, drawn[c])
            if c == ncols - 1:
                s += "┤" if drawn[c] else "│"
            else:
                l, rgt = drawn[c], drawn[c + 1]
                s += "┼" if (l and rgt) else ("┤" if l else ("├" if rgt else "│"))
        return s

    # vertical positions of rows in "table line" units
    row_start = []
    y = 0
    for r in range(nrows):
        row_start.append(y)
        y += heights[r] + 1
    total = y - 1
    grid = {}  # (y, c) -> text

    def place(c, y0, y1, lines):
        """vertically centre lines in [y0, y1]"""
        room = y1 - y0 + 1
        off = (room - len(lines)) // 2
        for i, ln in enumerate(lines):
            grid[(y0 + off + i, c)] = ln

    for r in range(nrows):
        for c in range(ncols):
            if (r, c) in span_of:
                a, b = span_of[(r, c)]
                if r != a:
                    continue
                y0 = row_start[a]
                y1 = row_start[b] + heights[b] - 1
            else:
                y0 = row_start[r]
                y1 = y0 + heights[r] - 1
            place(c, y0, y1, cell_lines[(r, c)])
    out.append(rule_line(None, 0))
    for r in range(nrows):
        for yy in range(row_start[r], row_start[r] + heights[r]):
            s = "│"
            for c in range(ncols):
                t = grid.get((yy, c), "")
                pad = widths[c] - dw(t)
                left = pad // 2
                s += " " * left + t + " " * (pad - left) + "│"
            out.append(s)
        if r < nrows - 1:
            # separator; merged columns may carry text on the separator line
            sep = rule_line(r, r + 1)
            ysep = row_start[r] + heights[r]
            parts = sep
            if any((ysep, c) in grid for c in range(ncols)):
                # rebuild with text inside merged columns
                drawn = []
                for c in range(ncols):
                    sa = span_of.get((r, c))
                    sb = span_of.get((r + 1, c))
                    drawn.append(not (sa is not None and sa == sb))
                s = "├" if drawn[0] else "│"
                for c in range(ncols):
                    if drawn[c]:
                        s += "─" * (widths[c] // 2)
                    else:
                        t = grid.get((ysep, c), "")
                        pad = widths[c] - dw(t)
                        left = pad // 2
                        s += " " * left + t + " " * (pad - left)
                    if c == ncols - 1:
                        s += "┤" if drawn[c] else "│"
                    else:
                        l, rgt = drawn[c], drawn[c + 1]
                        s += "┼" if (l and rgt) else ("┤" if l else ("├" if rgt else "│"))
                parts = s
            out.append(parts)
    out.append(rule_line(nrows - 1, None))
    return out


def make_yunnan():
    W = 56  # 28 Chinese characters a line
    PAGE = 22
    header = YN_ORG + "文件"
    page_lines = [[]]
    first_page_room = 13  # 版头 and title take the top of page 1

    def room(pno):
        return first_page_room if pno == 0 else PAGE

    def add(line):
        if len(page_lines[-1]) >= room(len(page_lines) - 1):
            page_lines.append([])
        page_lines[-1].append(line)

    top = [header, "云政办发〔2024〕47号", "云南省人民政府办公厅关于加快沿边口岸", "跨境电子商务高质量发展的通知"]
    add("各州、市人民政府，省直各委、办、厅、局：")
    for it in YN_ITEMS:
        if it[0] == "h":
            add(it[1])
        else:
            for ln in wrap(it[1], W):
                add(ln)
    add("附件：云南省沿边口岸跨境电子商务发展重点任务分工表")
    add(YN_ORG)
    add("2024年6月14日")
    add("（此件公开发布）")
    # attachment on a fresh page
    att = ["附件", "云南省沿边口岸跨境电子商务发展重点任务分工表"]
    att += box_table(YN_T_HEADER, YN_T_ROWS, YN_T_WIDTHS, YN_T_MERGES)
    page_lines.append(att)
    banji = ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，",
             "省检察院，昆明海关，各民主党派省委。",
             "云南省人民政府办公厅　　　　　　　　2024年6月17日印发"]
    page_lines.append(banji)
    out = top[:]
    for i, pl in enumerate(page_lines):
        if i > 0:
            out.append(header)
        out.extend(pl)
        out.append(f"— {i + 1} —")
    text = "\n".join(out) + "\n"
    (HERE / "blind248_yunnan_tongzhi.txt").write_text(text, encoding="utf-8")

    clauses, spec = clause_items(YN_ITEMS)
    tc, tspec = table_clauses(YN_T_HEADER, [
        [r[0], r[1], r[2], r[3], r[4]] for r in YN_T_ROWS], {3: [KM]})
    clauses += tc
    spec.update(tspec)
    EXPECTED["blind248_yunnan_tongzhi"] = [{
        "meta": {
            "title": YN_TITLE,
            "doc_number": "云政办发〔2024〕47号",
            "issuer": [YN_ORG],
            "date": "2024-06-14",
            "published": "2024-06-17",
            "level": "provincial",
            "region": "云南省",
            "effective": "2024-07-01",
            "expires": "2027-06-30",
            "attachments": ["云南省沿边口岸跨境电子商务发展重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": "《云南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（云政办发〔2019〕63号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]
    return len(page_lines)


# ---------------------------------------------------------------------------
# 2. 广西 钦州港片区 实施细则: Word "另存为 纯文本", GBK, CRLF
# ---------------------------------------------------------------------------
QZ_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_ZONE = "中国（广西）自由贸易试验区钦州港片区"
QZ_TITLE = "中国（广西）自由贸易试验区钦州港片区跨境电子商务零售进口退货中心仓管理实施细则"
QZ_T_HEADER = ["退货情形", "处置时限", "处置方式", "责任主体"]
QZ_T_ROWS = [
    ["可二次销售商品", "入仓后7个工作日内", "重新上架销售", "退货中心仓经营企业"],
    ["可维修商品", "入仓后30日内", "经海关同意后区内维修", "退货中心仓经营企业"],
    ["不可销售商品", "入仓后60日内", "退运或者销毁", "退货中心仓经营企业、跨境电商企业境内代理人"],
    ["涉嫌侵权商品", "—", "移交海关处理", "钦州港海关"],
]
QZ_ITEMS = [
    ("h", "一、总则"),
    ("c", "（一）为规范跨境电子商务零售进口退货中心仓（以下简称“退货中心仓”）管理，提升跨境电商零售进口退货效率，根据《海关总署关于全面推广跨境电子商务零售进口退货中心仓模式的公告》等规定，结合钦州港片区实际，制定本细则。"),
    ("c", "（二）本细则适用于在钦州港片区内开展跨境电商零售进口业务，并申请在海关特殊监管区域内设置退货中心仓的跨境电商企业境内代理人或者其委托的海关特殊监管区域内仓储企业（以下统称“退货中心仓经营企业”）。"),
    ("c", "（三）中国（广西）自由贸易试验区钦州港片区管理委员会（以下简称“片区管委会”）负责统筹协调退货中心仓建设和管理工作；片区商务局负责企业备案、统计监测；钦州港海关依法对退货中心仓实施监管。"),
    ("h", "二、设立条件和程序"),
    ("c", "（四）设立退货中心仓应当具备下列条件："),
    ("c", "1.退货中心仓应当设在钦州综合保税区内，仓储面积不少于500平方米，并与区内其他作业场地物理隔离；", ["钦州综合保税区"]),
    ("c", "2.经营企业在钦州港片区依法注册登记，具有独立法人资格，近一年内无走私违法记录；"),
    ("c", "3.配备符合海关监管要求的视频监控系统和计算机管理系统，视频监控资料保存不少于3个月；"),
    ("c", "4.建立退货商品台账，如实记录退货商品的品名、数量、来源订单及处置情况。"),
    ("h", "（五）设立程序。"),
    ("c", "1.申请。退货中心仓经营企业向片区商务局提交设立申请，并附营业执照、场地权属证明、仓库平面图和管理制度等材料。"),
    ("c", "2.审核。片区商务局应当自收到完整申请材料之日起10个工作日内会同钦州港海关完成现场核查，符合条件的出具审核意见。"),
    ("c", "3.备案。经审核同意的，由经营企业向钦州港海关办理退货中心仓备案手续；备案信息发生变化的，应当在5个工作日内办理变更手续。"),
    ("h", "三、退货作业管理"),
    ("c", "（六）退货中心仓经营企业应当按照下列要求开展退货作业："),
    ("c", "1.退货商品应当在原跨境电商零售进口商品放行之日起30日内申请退货，并在45日内运抵退货中心仓。"),
    ("c", "2.退货商品进入退货中心仓后，经营企业应当按照下列方式分拣处置："),
    ("c", "（1）符合二次销售要求的，重新上架销售，纳入保税库存管理；"),
    ("c", "（2）不符合二次销售要求但可以维修的，经海关同意后在区内开展维修；"),
    ("c", "（3）无法二次销售且无维修价值的，按照海关规定办理退运或者销毁手续。"),
    ("c", "3.经营企业应当于每月10日前向片区商务局报送上月退货商品数量、货值及处置情况。"),
    ("c", "（七）退货商品处置时限按照下表执行："),
    ("table",),
    ("h", "四、监督管理"),
    ("c", "（八）片区商务局会同钦州港海关对退货中心仓实行分类管理，对年度内未发生违规情形、退货处置及时率达到95%以上的经营企业，在通关便利、资金扶持等方面给予优先支持。"),
    ("c", "（九）经营企业有下列情形之一的，由片区管委会责令限期整改，整改期间暂停受理其新的退货申请："),
    ("c", "（1）未按规定报送退货统计数据的；"),
    ("c", "（2）退货台账记录不实的；"),
    ("c", "（3）视频监控系统连续中断超过24小时未报告的。"),
    ("c", "（十）对在中马钦州产业园区内设立退货中心仓配套分拨中心的经营企业，按照分拨中心实际投资额的10%给予一次性补助，单个企业最高不超过200万元。", ["中马钦州产业园区"]),
    ("h", "五、附则"),
    ("c", "（十一）本细则由片区管委会负责解释。"),
    ("c", "（十二）本细则自2024年6月1日起施行，有效期5年。"),
]


def make_guangxi():
    ind = "　　"
    L = []
    L.append(QZ_ORG + "文件")
    L.append("")
    L.append("钦港自贸管规〔2024〕3号")
    L.append("")
    L.append("")
    L.append("中国（广西）自由贸易试验区钦州港片区")  # manual line break inside the title
    L.append("跨境电子商务零售进口退货中心仓管理实施细则")
    L.append("")
    for it in QZ_ITEMS:
        if it[0] == "table":
            L.append("\t".join(QZ_T_HEADER))
            for r in QZ_T_ROWS:
                L.append("\t".join(r))
        else:
            L.append(ind + it[1])
    L.append("")
    L.append("")
    # 落款 pushed right with full-width spaces (two organ lines, date under it)
    L.append("　" * 12 + "中国（广西）自由贸易试验区")
    L.append("　" * 12 + "钦州港片区管理委员会")
    L.append("　" * 14 + "2024年5月20日")
    L.append(ind + "（此件主动公开）")
    L.append("")
    L.append("")
    L.append("")
    # 版记 was a Word table: rows -> lines, cells -> tabs
    L.append("抄送：南宁海关，自治区商务厅，自治区自贸办，钦州市人民政府。")
    L.append("钦州港片区管理委员会办公室\t2024年5月22日印发")
    text = "\r\n".join(L) + "\r\n"
    (HERE / "blind248_guangxi_xize.txt").write_bytes(text.encode("gbk"))

    clauses, spec = [], {}
    for it in QZ_ITEMS:
        if it[0] == "table":
            tc, _ = table_clauses(QZ_T_HEADER, QZ_T_ROWS)
            clauses += tc
        elif it[0] == "c":
            clauses.append(it[1])
            if len(it) > 2:
                spec[it[1][:24]] = it[2]
    EXPECTED["blind248_guangxi_xize"] = [{
        "meta": {
            "title": QZ_TITLE,
            "doc_number": "钦港自贸管规〔2024〕3号",
            "issuer": [QZ_ORG],
            "date": "2024-05-20",
            "published": "2024-05-22",
            "level": "zone",
            "region": QZ_ZONE,
            "effective": "2024-06-01",
            "expires": "2029-05-31",
            "attachments": [],
            "doc_type": "实施细则",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# ---------------------------------------------------------------------------
# 3. 成都 web page, select-all copy
# ---------------------------------------------------------------------------
CD_ORG = "成都市人民政府办公厅"
CD_MEAS = "成都市推动中欧班列与跨境电商融合发展若干措施"
CD_TITLE = f"成都市人民政府办公厅关于印发《{CD_MEAS}》的通知"
CD_ITEMS = [
    ("c", f"《{CD_MEAS}》已经市政府同意，现印发给你们，请认真贯彻执行。"),
    ("luokuan",),
    ("h", CD_MEAS),
    ("c", "为深入贯彻共建“一带一路”倡议，发挥中欧班列（成渝）通道优势和中国（四川）自由贸易试验区成都区域制度创新优势，推动中欧班列与跨境电子商务深度融合，加快建设内陆开放高地，制定以下措施。"),
    ("h", "一、拓展跨境电商班列运输通道"),
    ("c", "（一）加密跨境电商班列线路。支持班列平台公司开行跨境电商专列，拓展至波兰罗兹、德国杜伊斯堡、荷兰蒂尔堡等节点城市的跨境电商运输线路，对每开行1列满载跨境电商货物的专列给予平台公司不超过5万元奖励。"),
    ("c", "（二）发展“班列+海外仓”模式。鼓励企业在中欧班列沿线国家主要节点城市布局海外仓，对经认定的市级公共海外仓，按照实际投资额的20%给予补助，单个海外仓最高不超过200万元。"),
    ("h", "二、提升通关和物流效率"),
    ("c", "（三）推广多式联运“一单制”。在青白江区（成都国际铁路港经济技术开发区）开展跨境电商货物多式联运“一单制”改革试点，推动铁路运单物权化，试点企业可凭多式联运提单向金融机构申请融资。", ["青白江区"]),
    ("c", "（四）优化班列通关模式。推行跨境电商班列货物“铁路快通”模式，实现“口岸—内陆”一体化通关；依托天府国际机场口岸和双流国际机场口岸，推动跨境电商货物“空铁联运”。"),
    ("h", "三、强化主体培育和平台支撑"),
    ("c", "（五）支持综合保税区开展网购保税进口。支持成都高新综合保税区双流园区扩大跨境电商网购保税进口（1210）业务规模，对年度进口额同比增长超过20%的企业，按照增量部分的1%给予奖励，单个企业每年最高不超过100万元。", ["成都高新综合保税区双流园区"]),
    ("c", "（六）培育龙头企业。对年度通过中欧班列（成渝）运输的跨境电商货值首次超过1亿元、5亿元、10亿元的企业，分别给予30万元、80万元、150万元一次性奖励。"),
    ("c", "（七）建设公共服务平台。依托成都跨境电商公共服务平台，实现班列舱位预订、报关报检、物流追踪、结汇退税“一站式”服务，2024年底前接入平台的企业不少于500家。"),
    ("h", "四、保障措施"),
    ("c", "（八）本措施所需资金从市级外经贸发展专项资金中列支。同一企业同一项目同时符合本措施和本市其他同类政策的，按照“从高不重复”原则给予支持。"),
    ("c", "（九）本措施由市商务局会同市口岸物流办负责解释，自2024年5月1日起施行，有效期3年。"),
]


def make_chengdu():
    ind = "　　"
    L = [
        "成都市人民政府",
        "网站地图 | 无障碍 | 长者模式 | 繁體 | 登录",
        "",
        "首页",
        "政务公开",
        "政务服务",
        "互动交流",
        "数据开放",
        "走进成都",
        "请输入关键字",
        "搜索",
        "",
        "当前位置：首页 > 政务公开 > 政策文件",
        "",
        "索  引  号：\t11510100MB1520170X/2024-00218\t主题分类：\t商贸、海关、旅游",
        "发布机构：\t成都市人民政府办公厅\t成文日期：\t2024-04-12",
        "发文字号：\t成办发〔2024〕18号\t发布日期：\t2024-04-19",
        f"标　　题：\t{CD_TITLE}",
        "有  效  性：\t有效",
        "",
        CD_TITLE,
        "发布时间：2024-04-19 16:30　　来源：市政府办公厅　　浏览次数：4186",
        "【字体：大 中 小】【打印】【关闭】",
        "",
        "成办发〔2024〕18号",
        "",
        "各区（市）县人民政府，市政府各部门：",
    ]
    for it in CD_ITEMS:
        if it[0] == "luokuan":
            L += ["", "成都市人民政府办公厅", "2024年4月12日", "", "（此件公开发布）", ""]
        elif it[0] == "h":
            if it[1] == CD_MEAS:
                L.append(it[1])
                L.append("")
            else:
                L.append(ind + it[1])
        else:
            L.append(ind + it[1])
    L += [
        "",
        "扫一扫在手机打开当前页",
        "【打印本页】　【关闭窗口】",
        "",
        "上一篇：成都市人民政府关于印发成都市2024年国民经济和社会发展计划的通知",
        "下一篇：成都市人民政府办公厅关于进一步做好稳就业工作的通知",
        "",
        "相关链接",
        "四川省人民政府办公厅关于加快发展外贸新业态新模式的实施意见\t2023-09-28",
        "成都市人民政府关于进一步扩大对外开放积极利用外资的若干政策措施\t2023-06-15",
        "【图解】成都市推动中欧班列与跨境电商融合发展若干措施\t2024-04-22",
        "",
        "网站地图 | 联系我们 | 使用帮助 | 隐私声明 | 网站纠错",
        "主办：成都市人民政府办公厅　承办：成都市大数据中心",
        "网站标识码：5101000001　蜀ICP备05003612号-1　川公网安备 51019002000318号",
        "建议使用1920×1080分辨率浏览",
    ]
    text = "\r\n".join(L) + "\r\n"
    (HERE / "blind248_chengdu_tongzhi.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    clauses, spec = clause_items(CD_ITEMS)
    EXPECTED["blind248_chengdu_tongzhi"] = [{
        "meta": {
            "title": CD_TITLE,
            "doc_number": "成办发〔2024〕18号",
            "issuer": [CD_ORG],
            "date": "2024-04-12",
            "published": "2024-04-19",
            "level": "municipal",
            "region": "成都市",
            "effective": "2024-05-01",
            "expires": "2027-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（市）县人民政府", "市政府各部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# ---------------------------------------------------------------------------
# 4. 内蒙古: three 公告 in one text file
# ---------------------------------------------------------------------------
NM_DOCS = [
    {
        "title": "内蒙古自治区商务厅关于开展2024年度跨境电子商务公共海外仓认定工作的公告",
        "number": "内商务公告〔2024〕6号",
        "org": "内蒙古自治区商务厅",
        "date_cn": "2024年3月8日", "date": "2024-03-08",
        "level": "provincial", "region": "内蒙古自治区", "effective": None,
        "items": [
            ("c", "为贯彻落实国家和自治区关于推动共建“一带一路”高质量发展和加快外贸新业态发展的部署，支持企业建设面向俄罗斯、蒙古国及中东欧市场的公共海外仓，现就2024年度自治区跨境电子商务公共海外仓认定工作有关事项公告如下："),
            ("c", "一、认定对象。在自治区境内依法注册、具有独立法人资格，在境外自建或者租赁海外仓并为跨境电商企业提供仓储、配送、退换货等公共服务的企业。"),
            ("c", "二、认定条件。申报企业海外仓仓储面积原则上不少于2000平方米，2023年度服务自治区跨境电商企业不少于10家，且近三年未发生严重失信行为。"),
            ("c", "三、申报程序。符合条件的企业于2024年4月30日前向所在盟市商务主管部门提交申报材料，各盟市商务主管部门审核后于2024年5月15日前报送自治区商务厅。联系电话：0471-6945213。"),
            ("c", "四、支持政策。经认定的自治区跨境电子商务公共海外仓，按照有关规定享受自治区外经贸发展专项资金支持，认定有效期为3年。"),
        ],
    },
    {
        "title": "呼和浩特市商务局关于申报2024年度跨境电子商务发展专项资金的公告",
        "number": "呼商务公告〔2024〕4号",
        "org": "呼和浩特市商务局",
        "date_cn": "2024年4月2日", "date": "2024-04-02",
        "level": "municipal", "region": "呼和浩特市", "effective": None,
        "items": [
            ("c", "根据《呼和浩特市促进跨境电子商务发展若干措施》，现将2024年度跨境电子商务发展专项资金申报有关事项公告如下："),
            ("c", "一、支持对象为在呼和浩特市依法注册、2023年度跨境电商进出口额不低于500万元的企业。"),
            ("c", "二、对在呼和浩特综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按照年度进口额的0.5%给予奖励，单个企业最高不超过50万元。", ["呼和浩特综合保税区"]),
            ("c", "三、对通过二连浩特、满洲里口岸发运跨境电商货物的企业，按照每标准箱1000元给予物流补贴。"),
            ("c", "四、申报截止时间为2024年5月31日，逾期不予受理。"),
        ],
    },
    {
        "title": "满洲里综合保税区管理委员会关于在满洲里综合保税区开展保税维修业务的公告",
        "number": "满综保管公告〔2024〕1号",
        "org": "满洲里综合保税区管理委员会",
        "date_cn": "2024年5月15日", "date": "2024-05-15",
        "level": "zone", "region": "满洲里综合保税区", "effective": "2024-06-01",
        "items": [
            ("c", "为落实中蒙俄经济走廊建设有关部署，推动综合保税区发展保税维修等新业态，经研究，决定在满洲里综合保税区开展保税维修业务。现将有关事项公告如下："),
            ("c", "一、区内企业可以对自俄罗斯、蒙古国等共建“一带一路”国家进境的工程机械、汽车零部件、电子产品开展保税维修，维修后复运出境。"),
            ("c", "二、开展保税维修业务的企业应当建立维修账册，对待维修货物、维修后货物、维修用料件和维修产生的旧件实行分类管理。"),
            ("c", "三、维修产生的旧件、坏件原则上复运出境；确需境内处置的，按照固体废物管理有关规定办理。"),
            ("c", "四、本公告自2024年6月1日起施行。"),
        ],
    },
]


def make_neimenggu():
    parts = []
    for d in NM_DOCS:
        L = [d["title"], d["number"], ""]
        for it in d["items"]:
            L.append("　　" + it[1])
        L += ["　　特此公告。", "", "　" * 16 + d["org"], "　" * 18 + d["date_cn"]]
        parts.append("\n".join(L))
    sep = "\n\n" + "-" * 60 + "\n\n"
    text = sep.join(parts) + "\n"
    (HERE / "blind248_neimenggu_gonggao.txt").write_text(text, encoding="utf-8")
    docs = []
    for d in NM_DOCS:
        clauses, spec = clause_items(d["items"])
        docs.append({
            "meta": {
                "title": d["title"],
                "doc_number": d["number"],
                "issuer": [d["org"]],
                "date": d["date"],
                "published": None,
                "level": d["level"],
                "region": d["region"],
                "effective": d["effective"],
                "expires": None,
                "attachments": [],
                "doc_type": "公告",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
            "applies_to": {"specific": spec},
        })
    EXPECTED["blind248_neimenggu_gonggao"] = docs


if __name__ == "__main__":
    pages = make_yunnan()
    make_guangxi()
    make_chengdu()
    make_neimenggu()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    for k, v in EXPECTED.items():
        print(k, [len(d["clauses"]) for d in v])
    print("yunnan pages:", pages)
