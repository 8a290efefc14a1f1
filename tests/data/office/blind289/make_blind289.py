# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 289: four fictional Chinese government web pages (一带一路 / 自贸试验区 / 跨境电商)
written as HTML+CSS and printed to PDF with headless Chromium, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind289.py
"""
import html
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

# ---------------------------------------------------------------------------
# Block model.  Each article body is a list of blocks; the same list produces
# the HTML and the expected clauses, so the key always matches the page.
#   ("h", text, cls)            heading alone on its line          -> no clause
#   ("c", text, places)         one clause (one <p>)               -> clause
#   ("soft", [part, part], pl)  one clause whose <p> has a <br> inside (CMS paste)
#   ("multi", [p1, p2, ...], pl) one clause over several <p>         -> joined "\n"
#   ("table", caption, headers, rows, row_places, merges)
#        rows: list of lists of cell texts (full values, merged cells repeated)
#        merges: {(row, col): rowspan} – cell starts a vertical merge;
#                covered cells are not emitted in HTML
#   ("raw", html)               non-clause HTML (主送, 落款, 附件说明 ...)
# ---------------------------------------------------------------------------


def render_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            cls = b[2] if len(b) > 2 else "h1"
            out.append(f'<p class="{cls}">{E(b[1])}</p>')
        elif k == "c":
            out.append(f"<p>{E(b[1])}</p>")
        elif k == "soft":
            out.append("<p>" + "<br>".join(E(x) for x in b[1]) + "</p>")
        elif k == "multi":
            for i, para in enumerate(b[1]):
                cls = ' class="item"' if i > 0 and para.startswith("（") else ""
                out.append(f"<p{cls}>{E(para)}</p>")
        elif k == "table":
            _, caption, headers, rows, _pl, merges = b
            t = ['<div class="tbl-wrap">']
            if caption:
                t.append(f'<p class="tbl-cap">{E(caption)}</p>')
            t.append('<table class="data" border="1" cellspacing="0" cellpadding="0">')
            t.append("<thead><tr>" + "".join(f"<th>{E(h)}</th>" for h in headers) + "</tr></thead><tbody>")
            covered = set()
            for (r, c), span in merges.items():
                for rr in range(r + 1, r + span):
                    covered.add((rr, c))
            for r, row in enumerate(rows):
                cells = []
                for c, val in enumerate(row):
                    if (r, c) in covered:
                        continue
                    span = merges.get((r, c))
                    attr = f' rowspan="{span}"' if span else ""
                    cls = ' class="l"' if len(val) > 14 else ""
                    cells.append(f"<td{attr}{cls}>{E(val)}</td>")
                t.append("<tr>" + "".join(cells) + "</tr>")
            t.append("</tbody></table></div>")
            out.append("\n".join(t))
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


def expected_clauses(blocks):
    clauses, specific = [], {}
    for b in blocks:
        k = b[0]
        if k == "c":
            clauses.append(b[1])
            if b[2]:
                specific[b[1][:24]] = b[2]
        elif k == "soft":
            t = "".join(b[1])
            clauses.append(t)
            if b[2]:
                specific[t[:24]] = b[2]
        elif k == "multi":
            t = "\n".join(b[1])
            clauses.append(t)
            if b[2]:
                specific[t[:24]] = b[2]
        elif k == "table":
            _, _cap, headers, rows, row_places, _m = b
            for r, row in enumerate(rows):
                t = "；".join(f"{h}：{v}" for h, v in zip(headers, row))
                clauses.append(t)
                if r in row_places:
                    specific[t[:24]] = row_places[r]
    for key in specific:
        assert len(key) >= 15, key
    return clauses, specific


# ---------------------------------------------------------------------------
# Page template
# ---------------------------------------------------------------------------
BASE_CSS = """
* { margin: 0; padding: 0; box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "SimSun", sans-serif; color: #333; font-size: 14px; background: #fff; }
a { color: #333; text-decoration: none; }
.wrap { width: 100%; max-width: 1000px; margin: 0 auto; }
.topbar { background: #f2f2f2; border-bottom: 1px solid #ddd; font-size: 12px; color: #666; }
.topbar .wrap { display: flex; justify-content: space-between; padding: 4px 10px; }
.header { padding: 14px 10px 10px; border-bottom: 3px solid SITECOLOR; }
.header .logo { font-size: 28px; font-weight: bold; color: SITECOLOR; letter-spacing: 2px; }
.header .logo small { display: block; font-size: 12px; font-weight: normal; color: #888; letter-spacing: 0; }
.nav { background: SITECOLOR; }
.nav ul { list-style: none; display: flex; }
.nav li { padding: 8px 16px; color: #fff; font-size: 15px; }
.nav li a { color: #fff; }
.crumb { padding: 10px; font-size: 13px; color: #666; border-bottom: 1px dashed #ccc; }
.crumb a { color: #666; }
.xxgk { margin: 14px 10px; border: 1px solid #cfdbe8; background: #f7fbff; }
.xxgk table { width: 100%; border-collapse: collapse; font-size: 13px; }
.xxgk td { padding: 5px 8px; border: 1px solid #dfe8f2; }
.xxgk td.k { width: 12%; color: #1f4e8c; font-weight: bold; white-space: nowrap; }
.article { padding: 6px 24px 20px; }
.article h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", serif; font-size: 26px; font-weight: normal; text-align: center; line-height: 1.5; margin: 18px 30px 6px; color: #222; }
.article .wh { text-align: center; font-family: "仿宋_GB2312", "FangSong", serif; font-size: 16px; margin-bottom: 10px; }
.article .tools { text-align: center; font-size: 12px; color: #999; border-bottom: 1px solid #e5e5e5; padding-bottom: 8px; margin-bottom: 14px; }
.content p { font-family: "仿宋_GB2312", "FangSong", "STFangsong", serif; font-size: 16px; line-height: 2; text-indent: 2em; text-align: justify; }
.content p.zs { text-indent: 0; }
.content p.h1 { font-family: "黑体", "SimHei", sans-serif; }
.content p.h2 { font-family: "楷体_GB2312", "KaiTi", serif; }
.content p.ct { text-align: center; text-indent: 0; font-family: "方正小标宋简体", "SimSun", serif; font-size: 20px; margin: 16px 0 8px; }
.content p.zhang { text-align: center; text-indent: 0; font-family: "黑体", "SimHei", sans-serif; }
.content p.item { text-indent: 2em; }
.content .lk { text-align: right; text-indent: 0; padding-right: 3em; }
.content .gk { text-indent: 2em; }
.content .fj { text-indent: 2em; }
.content .fj2 { text-indent: 5em; }
.tbl-wrap { margin: 8px 0 12px; }
.tbl-cap { text-align: center !important; text-indent: 0 !important; font-family: "黑体", "SimHei", sans-serif !important; }
table.data { width: 100%; border-collapse: collapse; font-family: "仿宋_GB2312", "FangSong", serif; font-size: 14px; }
table.data th { background: #eef3f9; font-family: "黑体", "SimHei", sans-serif; font-weight: normal; padding: 6px 4px; border: 1px solid #666; }
table.data td { padding: 6px 6px; border: 1px solid #666; text-align: center; line-height: 1.6; }
table.data td.l { text-align: left; }
table.data tr { page-break-inside: avoid; break-inside: avoid; }
.attach { margin: 10px 24px; padding: 10px 14px; border: 1px dashed #bbb; background: #fafafa; font-size: 14px; }
.attach p { line-height: 1.9; }
.attach a { color: #0645ad; text-decoration: underline; }
.printbar { text-align: right; padding: 4px 24px; font-size: 12px; color: #777; }
.related { margin: 10px 10px 16px; border-top: 2px solid SITECOLOR; }
.related h3 { font-size: 15px; color: SITECOLOR; padding: 8px 4px; }
.related ul { list-style: none; }
.related li { display: flex; justify-content: space-between; padding: 4px 6px; border-bottom: 1px dotted #ddd; font-size: 13px; }
.related li span { color: #999; }
.footer { background: #eaeaea; border-top: 3px solid SITECOLOR; padding: 14px 0; font-size: 12px; color: #555; text-align: center; line-height: 1.9; }
.banner-red { text-align: center; color: #e00; font-family: "方正小标宋简体", "SimSun", serif; font-size: 34px; letter-spacing: 1px; margin: 18px 0 10px; }
.banner-no { text-align: center; font-family: "仿宋_GB2312", "FangSong", serif; font-size: 16px; }
.banner-rule { border: 0; border-top: 2px solid #e00; margin: 8px 0 20px; }
.banji { margin-top: 22px; border-top: 1px solid #000; border-bottom: 1px solid #000; }
.banji p { text-indent: 1em !important; font-size: 15px !important; line-height: 1.9 !important; }
.banji p.bj2 { border-top: 1px solid #000; display: flex; justify-content: space-between; padding-right: 1em; }
@media print {
  .topbar .search, .nav .more { display: none; }
  a { color: #333 !important; }
}
"""


def page_html(p):
    css = BASE_CSS.replace("SITECOLOR", p["color"]) + p.get("extra_css", "")
    nav = "".join(f'<li><a href="#">{E(n)}</a></li>' for n in p["nav"])
    crumb = " &gt; ".join(f'<a href="#">{E(c)}</a>' for c in p["crumb"][:-1]) + " &gt; " + E(p["crumb"][-1])
    # 信息公开 table: 2 pairs per row
    cells = p["xxgk"]
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2]
        tds = "".join(f'<td class="k">{E(k)}：</td><td>{E(v)}</td>' for k, v in pair)
        if len(pair) == 1:
            tds = f'<td class="k">{E(pair[0][0])}：</td><td colspan="3">{E(pair[0][1])}</td>'
        rows.append(f"<tr>{tds}</tr>")
    xxgk = '<div class="xxgk"><table>' + "".join(rows) + "</table></div>"
    att = ""
    if p.get("attach_links"):
        att = '<div class="attach"><p><b>附件下载：</b></p>' + "".join(
            f'<p><a href="{E(href)}">{E(txt)}</a></p>' for txt, href in p["attach_links"]) + "</div>"
    related = '<div class="related"><h3>' + E(p.get("related_title", "相关链接")) + "</h3><ul>" + "".join(
        f'<li><a href="#">{E(t)}</a><span>{E(d)}</span></li>' for t, d in p["related"]) + "</ul></div>"
    footer = '<div class="footer">' + "".join(f"<p>{x}</p>" for x in p["footer"]) + "</div>"
    title_html = "<h1>" + "<br>".join(E(x) for x in p["h1"]) + "</h1>"
    wh = f'<p class="wh">{E(p["wh"])}</p>' if p.get("wh") else ""
    article = (f'<div class="article">{title_html}{wh}'
               f'<p class="tools">发布时间：{E(p["pubtime"])}　来源：{E(p["source"])}　浏览次数：{p["views"]}　'
               f'字号：[ 大 中 小 ]</p>'
               f'<div class="content">{render_blocks(p["blocks"])}</div></div>{att}'
               '<p class="printbar">【打印本页】　【关闭窗口】</p>')
    if p.get("sidebar"):
        main = (f'<div class="wrap cols"><div class="main-col">{xxgk}{article}</div>'
                f'<aside class="side-col">{p["sidebar"]}</aside></div>')
    else:
        main = f'<div class="wrap">{xxgk}{article}</div>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{E(p['site'])}">
<meta name="ArticleTitle" content="{E(p['title_tag'])}">
<title>{E(p['title_tag'])}</title>
<style>{css}</style>
</head>
<body>
<div class="topbar"><div class="wrap"><span>{E(p['topleft'])}</span><span class="search">无障碍浏览　|　长者模式　|　English　|　站内搜索</span></div></div>
<div class="header"><div class="wrap"><div class="logo">{E(p['site'])}<small>{E(p['domain'])}</small></div></div></div>
<div class="nav"><div class="wrap"><ul>{nav}</ul></div></div>
<div class="wrap"><div class="crumb">当前位置：{crumb}</div></div>
{main}
<div class="wrap">{related}</div>
{footer}
</body>
</html>
"""


def lk(*lines):
    return "".join(f'<p class="lk">{E(x)}</p>' for x in lines)


# ===========================================================================
# 1. 福建省 — long page (4+ PDF pages), table cut by page break, browser header/footer ON
# ===========================================================================
FJ_TITLE = "福建省人民政府办公厅关于印发福建省加快跨境电子商务高质量发展助力21世纪海上丝绸之路核心区建设若干措施的通知"
FJ_MEASURE = "福建省加快跨境电子商务高质量发展助力21世纪海上丝绸之路核心区建设若干措施"
fj_rows = [
    ["福州市", "420", "600", "依托福州跨境电商综试区和江阴港区，重点发展跨境电商B2B出口和海外仓，打造面向东盟的跨境电商物流枢纽"],
    ["厦门市", "650", "900", "发挥自贸试验区厦门片区和空港优势，重点发展对台跨境电商、跨境电商零售进口和跨境电商金融服务"],
    ["泉州市", "380", "550", "推进鞋服、箱包产业带“上线出海”，建设鞋服跨境电商选品中心和独立站集聚区"],
    ["漳州市", "110", "160", "重点发展食品、家具、灯具跨境电商出口，培育一批自主品牌"],
    ["莆田市", "95", "140", "推动鞋业、工艺美术产业带数字化转型，建设鞋服跨境电商选品中心"],
    ["三明市", "25", "40", "发展林产品、竹制品跨境电商出口"],
    ["南平市", "30", "45", "发展茶叶、竹木制品跨境电商出口，推动武夷岩茶海外品牌推广"],
    ["龙岩市", "28", "42", "发展机械装备、工艺品跨境电商B2B出口"],
    ["宁德市", "45", "70", "发展水产品、新能源配套产品跨境电商出口"],
    ["平潭综合实验区", "20", "35", "开展跨境电商零售进口药品试点，发展对台跨境电商"],
    ["合计", "1803", "2582", "—"],
]
assert sum(int(r[1]) for r in fj_rows[:-1]) == 1803 and sum(int(r[2]) for r in fj_rows[:-1]) == 2582
fj_blocks = [
    ("raw", '<p class="zs">各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：</p>'),
    ("c", f"《{FJ_MEASURE}》已经省人民政府同意，现印发给你们，请认真组织实施。", None),
    ("raw", lk("福建省人民政府办公厅", "2025年6月18日") + '<p class="gk">（此件主动公开）</p>'),
    ("h", FJ_MEASURE, "ct"),
    ("c", "为深入贯彻落实党中央、国务院关于推动跨境电商健康持续创新发展的决策部署，发挥我省作为21世纪海上丝绸之路核心区的区位优势，推动跨境电商与产业带深度融合，加快建设“丝路电商”合作先行区，制定如下措施。", None),
    ("h", "一、壮大跨境电商经营主体"),
    ("c", "（一）培育跨境电商龙头企业。对上年度跨境电商进出口额首次突破10亿元、5亿元、1亿元的企业，分别给予一次性奖励100万元、50万元、20万元；同一企业按差额补足方式奖励，累计最高100万元。（责任单位：省商务厅、财政厅，各设区市人民政府）", None),
    ("c", "（二）推动传统外贸企业“上线出海”。支持传统外贸和生产企业通过自建独立站、入驻第三方平台等方式开展跨境电商业务，对首次开展跨境电商出口且年出口额超过500万元的企业，按其平台服务费、推广费实际支出的30%给予补助，单家企业最高30万元。（责任单位：省商务厅、财政厅）", None),
    ("c", "（三）打造跨境电商产业带。围绕纺织服装、鞋帽、箱包、茶叶、工艺品、家居建材等优势产业，每年认定10个左右省级“跨境电商+产业带”示范基地，每个给予一次性补助50万元。（责任单位：省商务厅、工业和信息化厅）", None),
    ("c", "（四）支持泉州、莆田建设鞋服跨境电商选品中心。对泉州市、莆田市新建的面积5000平方米以上、入驻企业30家以上的鞋服跨境电商选品中心，按建设投入的20%给予补助，最高200万元。（责任单位：省商务厅，泉州市、莆田市人民政府）", ["泉州市", "莆田市"]),
    ("h", "二、完善跨境物流和海外仓布局"),
    ("c", "（五）建设“丝路海运”跨境电商快线。支持航运企业依托“丝路海运”品牌开行至东南亚、中东、欧洲等共建“一带一路”国家和地区的跨境电商专线，对年运量达到2000标准箱以上的航线运营企业给予每标准箱100元的运费补贴，单条航线每年最高200万元。（责任单位：省交通运输厅、商务厅，福建海事局）", None),
    ("c", "（六）优化海外仓网络。鼓励企业在东盟、中东、拉美等共建“一带一路”国家和地区建设、租用海外仓，对新认定的省级公共海外仓给予一次性奖励100万元；对提供退换货、维修、展示等综合服务的海外仓，按服务费用实际支出的10%给予补助，单个海外仓每年最高50万元。（责任单位：省商务厅、财政厅）", None),
    ("c", "（七）发展跨境电商航空物流。支持我省机场加密至东南亚、日韩的全货机航线，对跨境电商货物占比超过30%的新开全货机航线，按每班次3万元给予航空公司补贴，每条航线每年最高300万元。（责任单位：省发展改革委、商务厅，民航福建安全监管局）", None),
    ("h", "三、提升口岸通关便利化水平"),
    ("c", "（八）全面推广跨境电商出口监管模式。在全省海关特殊监管区域和跨境电商监管作业场所推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，推行“提前申报、到港验放”，实现出口货物“即到即查即放”。（责任单位：福州海关、厦门海关，省商务厅）", None),
    ("c", "（九）开展跨境电商零售进口药品试点。在平潭综合实验区开展跨境电商零售进口部分药品及医疗器械试点，试点药品目录由省药监局会同福州海关研究确定。（责任单位：平潭综合实验区管委会、省药监局、福州海关）", ["平潭综合实验区"]),
    ("c", "（十）推进对台跨境电商通关便利化。支持中国（福建）自由贸易试验区厦门片区开展对台跨境电商海运快件业务，对台小额商品实行“集中申报、分批出区”。（责任单位：厦门海关，厦门自贸片区管委会）", ["中国（福建）自由贸易试验区厦门片区"]),
    ("h", "四、强化金融财税支持"),
    ("c", "（十一）落实出口退税政策。对符合条件的跨境电商出口企业落实增值税、消费税“无票免税”政策和企业所得税核定征收办法，推行出口退税“非接触”办理，一类、二类出口企业正常退税平均办理时间压缩至3个工作日以内。（责任单位：省税务局、财政厅，厦门市税务局）", None),
    ("c", "（十二）创新跨境支付结算。支持银行机构为跨境电商企业提供贸易外汇收支便利化服务，扩大跨境人民币结算在共建“一带一路”国家的使用；对跨境电商企业年度出口信用保险保费给予最高50%的补助。（责任单位：人民银行福建省分行、国家外汇管理局福建省分局、省商务厅，中国信保福建分公司）", None),
    ("h", "五、加强人才和服务保障"),
    ("c", "（十三）培育跨境电商人才。支持高等院校、职业院校开设跨境电商相关专业，对新认定的省级跨境电商人才培训基地给予一次性补助30万元。（责任单位：省教育厅、人力资源社会保障厅、商务厅）", None),
    ("c", "（十四）压实属地责任。各设区市和平潭综合实验区要对照下表明确的发展目标，制定年度工作方案，建立工作台账，每季度末将工作进展报送省商务厅。（责任单位：各设区市人民政府、平潭综合实验区管委会）", None),
    ("table", "各设区市跨境电商发展目标",
     ["地区", "2025年进出口额目标（亿元）", "2027年进出口额目标（亿元）", "重点方向"],
     fj_rows, {i: [r[0]] for i, r in enumerate(fj_rows[:-1])}, {}),
    ("c", "本措施自2025年7月1日起施行，有效期至2027年12月31日。此前我省出台的相关政策与本措施不一致的，以本措施为准；同一事项符合多项支持政策的，按照“就高不重复”原则执行。", None),
]
FJ = dict(
    stem="blind289_fujian_cuoshi", header_footer=True, color="#b3121b",
    site="福建省人民政府门户网站", domain="www.fujian.gov.cn", topleft="2025年6月24日　星期二",
    title_tag=f"{FJ_TITLE}_政府文件_福建省人民政府门户网站",
    nav=["首页", "要闻动态", "政府信息公开", "政务服务", "互动交流", "数据开放", "走进福建"],
    crumb=["首页", "政府信息公开", "政府文件", "闽政办"],
    xxgk=[("索引号", "FJ00100-0201-2025-00087"), ("主题分类", "商贸、海关、旅游\\对外经贸合作"),
          ("发布机构", "福建省人民政府办公厅"), ("发文字号", "闽政办〔2025〕27号"),
          ("成文日期", "2025年06月18日"), ("发布日期", "2025年06月24日"),
          ("标题", FJ_TITLE), ("有效性", "有效")],
    h1=[FJ_TITLE], wh="闽政办〔2025〕27号", pubtime="2025-06-24 17:30", source="省政府办公厅", views=18342,
    blocks=fj_blocks,
    attach_links=[("1.跨境电商龙头企业奖励申报指南.docx", "P020250624.docx"),
                  ("2.省级公共海外仓认定评价指标.xlsx", "P020250624.xlsx")],
    related=[("【政策解读】《福建省加快跨境电子商务高质量发展助力21世纪海上丝绸之路核心区建设若干措施》解读", "2025-06-25"),
             ("福建省人民政府关于印发福建省“十四五”对外贸易发展专项规划的通知", "2021-09-30"),
             ("福建省人民政府办公厅关于加快发展外贸新业态新模式的实施意见", "2022-03-15"),
             ("福州海关　厦门海关关于支持跨境电商出口海外仓发展的公告", "2024-11-08")],
    footer=["主办单位：福建省人民政府办公厅　　承办：福建省数字福建建设领导小组办公室　　联系我们　　网站地图",
            "闽ICP备05013417号-1　　网站标识码：3500000029　　闽公网安备 35010202000871号",
            "建议使用1280×800以上分辨率浏览本站"],
)
FJ_META = {
    "title": FJ_TITLE, "doc_number": "闽政办〔2025〕27号", "issuer": ["福建省人民政府办公厅"],
    "date": "2025-06-18", "published": "2025-06-24", "level": "provincial", "region": "福建省",
    "effective": "2025-07-01", "expires": "2027-12-31",
    "attachments": ["跨境电商龙头企业奖励申报指南", "省级公共海外仓认定评价指标"],
    "doc_type": "通知",
    "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构"],
    "publicity": "此件主动公开", "repeals": None,
}

# ===========================================================================
# 2. 青岛市 — two-column print (sidebar 相关文件 beside the article), no header/footer
# ===========================================================================
QD_TITLE = "青岛市人民政府关于深度融入共建“一带一路”进一步扩大高水平对外开放的实施意见"
SCO = "中国—上海合作组织地方经贸合作示范区"
QD_FTZ = "中国（山东）自由贸易试验区青岛片区"
QD_ZBQ = ["青岛前湾综合保税区", "青岛胶州湾综合保税区"]
qd_rows = [
    ["1", "新开国际集装箱航线", "每条航线给予一次性奖励100万元", "全市"],
    ["2", "中欧班列（齐鲁号）回程班列", "每列给予运费补贴2万元", "全市"],
    ["3", "跨境电商零售进口业务", "按年度进口额的1%给予奖励，最高200万元", "青岛前湾综合保税区、青岛胶州湾综合保税区"],
    ["4", "上合组织国家特色商品进口", "按年度进口额的2%给予奖励，最高100万元", "上合示范区"],
]
qd_blocks = [
    ("raw", '<p class="zs">各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：</p>'),
    ("soft", ["为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述和对山东、对青岛工作的重要指示要求，高水平建设中国—上海合作组织地方经贸合作示范区和中国（山东）自由贸易试验区青岛片区，",
              "打造“一带一路”国际合作新平台，现提出如下实施意见。"], None),
    ("h", "一、总体要求"),
    ("c", "坚持以习近平新时代中国特色社会主义思想为指导，坚持“引进来”和“走出去”并重，以上合示范区、自贸试验区青岛片区、综合保税区等开放平台为依托，推动海陆空铁多式联运和贸易投资自由化便利化。到2027年，全市货物进出口总额突破1万亿元，跨境电商进出口额达到600亿元，对共建“一带一路”国家进出口占比提高到45%以上。", None),
    ("h", "二、重点任务"),
    ("c", "（一）提升国际物流枢纽能级。推动青岛港加密至东南亚、中东、非洲的外贸航线，每年新开航线10条以上；提升中欧班列（齐鲁号）青岛集结中心功能，优化至中亚、欧洲的班列线路，年开行量稳定在800列以上。（责任单位：市交通运输局、市口岸办，山东港口青岛港集团）", None),
    ("c", "（二）高水平建设上合示范区。在上合示范区实施“上合+跨境电商”行动，对在上合示范区新设立的面向上海合作组织国家的跨境电商平台企业，按实际投资额的10%给予最高300万元补助；支持上合示范区建设上合组织国家特色商品进口贸易促进中心。（责任单位：上合示范区管委，市商务局、市财政局）", [SCO]),
    ("c", "（三）深化自贸试验区青岛片区制度创新。支持自贸试验区青岛片区开展国际航行船舶保税燃料油加注、“一单制”多式联运、跨境贸易投资高水平开放试点，每年形成制度创新成果15项以上。（责任单位：青岛自贸片区管委，市商务局、青岛海关）", [QD_FTZ]),
    ("h", "（四）推动跨境电商创新发展。", "h2"),
    ("c", "1.壮大经营主体。对年度跨境电商进出口额首次超过5亿元、1亿元的企业，分别给予一次性奖励80万元、30万元。", None),
    ("c", "2.建设海外仓。鼓励企业在共建“一带一路”国家建设海外仓，对经认定的市级公共海外仓，按照仓储面积给予每平方米50元、最高100万元的一次性补助。", None),
    ("c", "3.发展保税维修和跨境电商零售进口。支持青岛前湾综合保税区、青岛胶州湾综合保税区开展“跨境电商+保税维修”“网购保税+线下自提”业务，对在上述综合保税区内新增跨境电商零售进口业务的企业，按年度进口额的1%给予奖励，最高200万元。", QD_ZBQ),
    ("c", "（五）推动企业“走出去”。支持企业在共建“一带一路”国家投资建设境外经贸合作区，对新认定的省级以上境外经贸合作区，给予实施企业一次性奖励500万元。（责任单位：市商务局、市发展改革委）", None),
    ("c", "（六）加大资金支持力度。市级财政设立开放型经济发展专项资金，重点支持下表所列事项，具体申报程序见附件。（责任单位：市财政局、市商务局）", None),
    ("table", "青岛市开放型经济发展专项资金重点支持事项",
     ["序号", "支持事项", "支持标准", "适用范围"], qd_rows, {2: QD_ZBQ, 3: [SCO]}, {}),
    ("h", "三、保障措施"),
    ("c", "（七）加强组织领导。市推进“一带一路”建设工作领导小组统筹推进本实施意见落实，领导小组办公室设在市发展改革委，负责日常协调和督促检查。", None),
    ("c", "（八）强化考核评估。将本实施意见落实情况纳入对各区（市）和市直部门的综合考核，每年开展一次评估，评估结果向社会公开。", None),
    ("c", "本实施意见自2025年6月1日起施行，有效期至2028年5月31日。", None),
    ("raw", '<p class="fj">附件：青岛市开放型经济发展专项资金申报指南</p>'),
    ("raw", lk("青岛市人民政府", "2025年4月28日") + '<p class="gk">（此件公开发布）</p>'),
]
QD_SIDEBAR = """
<div class="side-box"><h4>相关文件</h4><ul>
<li><a href="#">山东省人民政府关于印发中国（山东）自由贸易试验区深化改革创新方案的通知</a><em>2024-11-12</em></li>
<li><a href="#">青岛市人民政府办公厅关于印发青岛市促进跨境电子商务高质量发展若干政策措施的通知</a><em>2023-08-15</em></li>
<li><a href="#">青岛市人民政府关于印发中国—上海合作组织地方经贸合作示范区建设三年行动计划的通知</a><em>2022-06-30</em></li>
<li><a href="#">青岛市商务局关于组织申报2025年度开放型经济发展专项资金的通知</a><em>2025-05-20</em></li>
</ul></div>
<div class="side-box"><h4>政策解读</h4><ul>
<li><a href="#">《关于深度融入共建“一带一路”进一步扩大高水平对外开放的实施意见》政策解读</a><em>2025-05-06</em></li>
<li><a href="#">图解：青岛深度融入共建“一带一路”20条</a><em>2025-05-07</em></li>
</ul></div>
<div class="side-box"><h4>专题专栏</h4><ul>
<li><a href="#">上合示范区建设</a></li><li><a href="#">自贸试验区青岛片区</a></li><li><a href="#">优化营商环境</a></li>
</ul></div>
"""
QD_CSS = """
.cols { display: grid; grid-template-columns: 70% 30%; }
.main-col { border-right: 1px solid #e3e3e3; }
.side-col { padding: 14px 10px; }
.side-box { border: 1px solid #d9e2ee; margin-bottom: 14px; }
.side-box h4 { background: #1d5fa8; color: #fff; font-size: 15px; padding: 6px 10px; }
.side-box ul { list-style: none; padding: 6px 10px; }
.side-box li { font-size: 13px; line-height: 1.7; padding: 5px 0; border-bottom: 1px dotted #ccc; }
.side-box li em { display: block; font-style: normal; color: #999; font-size: 12px; text-align: right; }
.article { padding: 6px 14px 20px; }
.article h1 { margin: 18px 6px 6px; font-size: 24px; }
@media print { .cols { display: grid !important; grid-template-columns: 70% 30% !important; } }
"""
QD = dict(
    stem="blind289_qingdao_yijian", header_footer=False, color="#1d5fa8",
    site="青岛政务网", domain="www.qingdao.gov.cn", topleft="青岛市人民政府主办",
    title_tag=f"{QD_TITLE} - 市政府文件 - 青岛政务网",
    nav=["首页", "政务公开", "政务服务", "互动交流", "走进青岛", "专题专栏"],
    crumb=["首页", "政务公开", "政策文件", "市政府文件"],
    xxgk=[("索引号", "11370200004228301A/2025-00063"), ("公开方式", "主动公开"),
          ("发布机构", "青岛市人民政府"), ("发文字号", "青政发〔2025〕9号"),
          ("成文日期", "2025-04-28"), ("发布日期", "2025-05-06"),
          ("主题分类", "对外开放"), ("有效性", "有效")],
    h1=[QD_TITLE], wh="青政发〔2025〕9号", pubtime="2025-05-06 10:12", source="青岛市人民政府办公厅", views=9276,
    blocks=qd_blocks, sidebar=QD_SIDEBAR, extra_css=QD_CSS,
    attach_links=[("附件：青岛市开放型经济发展专项资金申报指南.pdf", "P020250506.pdf")],
    related_title="相关稿件",
    related=[("市商务局负责人解读深度融入共建“一带一路”实施意见", "2025-05-06"),
             ("青岛至中亚“齐鲁号”回程班列首发", "2025-03-18")],
    footer=["主办：青岛市人民政府办公厅　　承办：青岛市大数据发展管理局",
            "鲁ICP备05002715号　　网站标识码：3702000001　　鲁公网安备 37020202000134号",
            "地址：青岛市市南区香港中路11号　　邮编：266071"],
)
QD_META = {
    "title": QD_TITLE, "doc_number": "青政发〔2025〕9号", "issuer": ["青岛市人民政府"],
    "date": "2025-04-28", "published": "2025-05-06", "level": "municipal", "region": "青岛市",
    "effective": "2025-06-01", "expires": "2028-05-31",
    "attachments": ["青岛市开放型经济发展专项资金申报指南"],
    "doc_type": "实施意见",
    "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
    "publicity": "此件公开发布", "repeals": None,
}

# ===========================================================================
# 3. 商务部 海关总署 国家外汇管理局 — national joint notice, 版记, header/footer ON
# ===========================================================================
SW_TITLE = "商务部 海关总署 国家外汇管理局关于支持跨境电商海外仓高质量发展服务共建“一带一路”的通知"
sw_blocks = [
    ("raw", '<p class="zs">各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，海关总署广东分署、各直属海关，国家外汇管理局各省、自治区、直辖市、计划单列市分局：</p>'),
    ("c", "海外仓是跨境电商重要的境外节点和新型外贸基础设施。为贯彻落实党中央、国务院决策部署，推动海外仓高质量发展，更好服务共建“一带一路”和贸易强国建设，现就有关事项通知如下：", None),
    ("c", "一、优化海外仓全球布局。引导企业围绕共建“一带一路”国家和地区、《区域全面经济伙伴关系协定》（RCEP）成员国等重点市场，有序建设海外仓，提升在东盟、中东、中东欧、拉美、非洲等新兴市场的覆盖水平。各地商务主管部门要建立海外仓企业名录，动态跟踪建设运营情况，每半年报送商务部（对外贸易司）。", None),
    ("c", "二、提升海外仓智能化水平。支持海外仓企业应用大数据、物联网、人工智能等技术，建设智能仓储管理系统，与国内跨境电商平台、物流企业实现数据互联互通。鼓励海外仓企业开展公共服务，为中小微外贸企业提供仓储、配送、退换货、售后维修等一站式服务。", None),
    ("h", "三、便利海外仓出口通关。"),
    ("c", "（一）全面推广跨境电商出口海外仓（9810）监管模式，企业可按规定选择在出口申报地或货物所在地办理海关手续。", None),
    ("c", "（二）对经海关备案的海外仓出口企业，实施“一次登记、一点对接、便利通关”，优先安排查验，适用更低的查验比例。", None),
    ("c", "（三）对经由阿拉山口、霍尔果斯、满洲里、二连浩特等口岸出境的中欧班列跨境电商海外仓货物，支持采用“铁路快通”模式办理转关手续。", None),
    ("c", "（四）在中国（新疆）自由贸易试验区、中国（广西）自由贸易试验区开展跨境电商出口海外仓商品退货试点，允许符合条件的出口商品在出口之日起1年内原状退运入境，免征进口关税和进口环节增值税、消费税。", ["中国（新疆）自由贸易试验区", "中国（广西）自由贸易试验区"]),
    ("c", "四、便利海外仓外汇结算。支持银行为海外仓企业提供跨境资金收付便利化服务，允许跨境电商企业将出口货物在境外发生的仓储、物流、税费等费用与出口货款轧差结算。符合条件的海外仓企业可申请开展贸易外汇收支便利化试点。", None),
    ("c", "五、加大金融保险支持。鼓励金融机构在依法合规、风险可控的前提下，为海外仓建设提供融资支持；发挥出口信用保险作用，扩大对海外仓企业的承保规模。", None),
    ("c", "六、加强组织保障。各地商务主管部门要会同海关、外汇管理部门建立工作协调机制，及时研究解决海外仓发展中的困难和问题，重大情况及时报告商务部、海关总署、国家外汇管理局。", None),
    ("c", "本通知自印发之日起施行，有效期5年。", None),
    ("raw", '<p class="fj">附件：海外仓企业名录报送表</p>'),
    ("raw", lk("商务部　　　海关总署　　　国家外汇管理局", "2025年9月3日") + '<p class="gk">（此件公开发布）</p>'),
    ("raw", '<div class="banji"><p>抄送：国家发展改革委、财政部、中国人民银行、税务总局、金融监管总局。</p>'
            '<p class="bj2"><span>商务部办公厅</span><span>2025年9月8日印发</span></p></div>'),
]
SW = dict(
    stem="blind289_shangwubu_tongzhi", header_footer=True, color="#9c1c1f",
    site="中华人民共和国商务部", domain="www.mofcom.gov.cn", topleft="商务部网站",
    title_tag="商务部 海关总署 国家外汇管理局关于支持跨境电商海外仓高质量发展服务共建“一带一路”的通知",
    nav=["首页", "新闻发布", "政务公开", "政务服务", "商务数据", "互动交流"],
    crumb=["首页", "政务公开", "政策发布", "对外贸易"],
    xxgk=[("索引号", "000013113/2025-01247"), ("主题分类", "对外贸易\\跨境电商"),
          ("发布机构", "对外贸易司"), ("发文字号", "商贸函〔2025〕118号"),
          ("成文日期", "2025年9月3日"), ("发布日期", "2025年9月8日")],
    h1=["商务部 海关总署 国家外汇管理局", "关于支持跨境电商海外仓高质量发展", "服务共建“一带一路”的通知"],
    wh="商贸函〔2025〕118号", pubtime="2025-09-08 16:00", source="对外贸易司", views=25611,
    blocks=sw_blocks,
    attach_links=[("附件：海外仓企业名录报送表.xlsx", "W020250908.xlsx")],
    related=[("商务部新闻发言人就支持海外仓高质量发展答记者问", "2025-09-09"),
             ("商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见", "2024-06-02"),
             ("海关总署公告2020年第75号（关于开展跨境电子商务企业对企业出口监管试点的公告）", "2020-06-12")],
    footer=["主办单位：中华人民共和国商务部　　版权所有：中华人民共和国商务部",
            "京ICP备05004093号-1　　网站标识码：bm22000001　　京公网安备 11040102700091号",
            "地址：北京市东长安街2号　　邮编：100731"],
)
SW_META = {
    "title": SW_TITLE, "doc_number": "商贸函〔2025〕118号",
    "issuer": ["商务部", "海关总署", "国家外汇管理局"],
    "date": "2025-09-03", "published": "2025-09-08", "level": "national", "region": "全国",
    "effective": "2025-09-08", "expires": "2030-09-07",
    "attachments": ["海外仓企业名录报送表"],
    "doc_type": "通知",
    "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门",
                   "海关总署广东分署、各直属海关",
                   "国家外汇管理局各省、自治区、直辖市、计划单列市分局"],
    "publicity": "此件公开发布", "repeals": None,
}

# ===========================================================================
# 4. 昆明片区管委会 — zone level 办法 with 第X条, red 版头 kept in the HTML, merged-cell table, no header/footer
# ===========================================================================
KM_ORG = "中国（云南）自由贸易试验区昆明片区管理委员会"
KM_BANFA = "昆明片区跨境电商和国际物流通道发展扶持办法"
KM_TITLE = f"{KM_ORG}关于印发《{KM_BANFA}》的通知"
KM_ZBQ = ["昆明综合保税区"]
km_rows = [
    ["跨境电商", "年度进出口额首次超过1亿元", "一次性奖励30万元"],
    ["跨境电商", "年度进出口额首次超过5亿元", "一次性奖励80万元"],
    ["跨境电商", "昆明综合保税区网购保税进口（1210）", "按年度进口额的1.5%奖励，最高150万元"],
    ["国际物流", "中老铁路跨境电商国际货运专列", "每列补贴2万元"],
    ["国际物流", "中老铁路跨境电商货物运输", "每标准箱补贴500元"],
    ["海外布局", "新建或租用海外仓", "按投入的20%补助，最高100万元"],
]
km_blocks = [
    ("raw", f'<div class="banner-red">{E(KM_ORG)}文件</div><p class="banner-no">昆自贸发〔2025〕15号</p><hr class="banner-rule">'),
    ("h", KM_TITLE, "ct"),
    ("raw", '<p class="zs">片区各部门，各街道办事处，各有关企业：</p>'),
    ("c", f"现将《{KM_BANFA}》印发给你们，请遵照执行。", None),
    ("raw", lk(KM_ORG, "2025年10月15日") + '<p class="gk">（此件公开发布）</p>'),
    ("h", KM_BANFA, "ct"),
    ("h", "第一章　总　则", "zhang"),
    ("c", "第一条　为贯彻落实《中国（云南）自由贸易试验区总体方案》，加快建设面向南亚东南亚辐射中心，推动跨境电商和中老铁路国际物流通道发展，结合昆明片区实际，制定本办法。", None),
    ("multi", ["第二条　本办法适用于在昆明片区（含昆明经济技术开发区）依法登记注册、具有独立法人资格、税收征管关系在片区的企业。",
               "享受本办法扶持的企业应当信用良好，近三年无重大违法违规记录，未被列入严重失信主体名单。"], None),
    ("c", "第三条　本办法所需资金由片区产业发展专项资金列支，实行总额控制、按年度兑现。", None),
    ("h", "第二章　扶持内容", "zhang"),
    ("multi", ["第四条　对跨境电商企业按下列标准给予奖励：",
               "（一）年度跨境电商进出口额首次超过1亿元的，给予一次性奖励30万元；",
               "（二）年度跨境电商进出口额首次超过5亿元的，给予一次性奖励80万元；",
               "（三）同一企业按差额补足方式获得奖励，累计不超过80万元。"], None),
    ("c", "第五条　对入驻昆明综合保税区开展跨境电商网购保税进口（1210）业务的企业，按年度进口额的1.5%给予奖励，单家企业每年最高150万元。", KM_ZBQ),
    ("c", "第六条　对依托中老铁路开行至老挝万象、泰国曼谷的跨境电商国际货运专列，按每列2万元给予运营企业补贴；对经中老铁路运输的跨境电商货物，按每标准箱500元给予货主企业补贴。", None),
    ("c", "第七条　对在老挝、泰国、越南等共建“一带一路”国家新建或租用面积2000平方米以上海外仓的企业，按实际租金或建设投入的20%给予补助，单个海外仓最高100万元。", None),
    ("c", "第八条　各项扶持标准汇总见下表。", None),
    ("table", "", ["扶持类别", "扶持事项", "扶持标准"], km_rows, {2: KM_ZBQ}, {(0, 0): 3, (3, 0): 2}),
    ("h", "第三章　申报和管理", "zhang"),
    ("c", "第九条　扶持资金每年申报一次，由片区经济发展局发布申报通知，企业按要求提交附件1、附件2所列材料。", None),
    ("multi", ["第十条　同一项目符合本办法和片区其他扶持政策的，按照“就高不重复”原则执行。",
               "企业通过虚报、伪造材料等方式骗取扶持资金的，由片区管委会追回已拨付资金，并依法依规纳入失信记录。"], None),
    ("h", "第四章　附　则", "zhang"),
    ("c", "第十一条　本办法由片区经济发展局负责解释。", None),
    ("c", "第十二条　本办法自2025年11月1日起施行，有效期至2028年10月31日。《昆明片区跨境电商扶持办法（试行）》（昆自贸发〔2022〕8号）同时废止。", None),
    ("raw", '<p class="fj">附件：1.昆明片区跨境电商扶持资金申报表</p><p class="fj2">2.昆明片区跨境电商扶持资金申报材料清单</p>'),
]
KM = dict(
    stem="blind289_kunming_banfa", header_footer=False, color="#0b6e4f",
    site="中国（云南）自由贸易试验区昆明片区", domain="ftz.km.gov.cn　昆明经济技术开发区",
    topleft="欢迎访问中国（云南）自由贸易试验区昆明片区（昆明经开区）门户网站",
    title_tag=f"{KM_TITLE}-通知公告-中国（云南）自由贸易试验区昆明片区",
    nav=["首页", "片区概况", "政务公开", "投资促进", "政务服务", "自贸动态"],
    crumb=["首页", "政务公开", "通知公告"],
    xxgk=[("索引号", "KMFTZ-2025-0043"), ("公开方式", "主动公开"),
          ("发布机构", KM_ORG), ("发文字号", "昆自贸发〔2025〕15号"),
          ("成文日期", "2025-10-15"), ("发布日期", "2025-10-20")],
    h1=[KM_TITLE], wh="", pubtime="2025-10-20 09:45", source="片区经济发展局", views=3108,
    blocks=km_blocks,
    attach_links=[("附件1：昆明片区跨境电商扶持资金申报表.doc", "a1.doc"),
                  ("附件2：昆明片区跨境电商扶持资金申报材料清单.doc", "a2.doc")],
    related=[("云南省人民政府关于印发中国（云南）自由贸易试验区深化改革开放若干措施的通知", "2024-09-26"),
             ("昆明片区2024年度跨境电商扶持资金拟兑现企业名单公示", "2025-03-12")],
    footer=["主办单位：中国（云南）自由贸易试验区昆明片区管理委员会（昆明经济技术开发区管理委员会）",
            "滇ICP备09003226号　　网站标识码：5301000047　　滇公网安备 53011402000302号",
            "技术支持：昆明经开区融媒体中心"],
)
KM_META = {
    "title": KM_TITLE, "doc_number": "昆自贸发〔2025〕15号", "issuer": [KM_ORG],
    "date": "2025-10-15", "published": "2025-10-20", "level": "zone",
    "region": "中国（云南）自由贸易试验区昆明片区",
    "effective": "2025-11-01", "expires": "2028-10-31",
    "attachments": ["昆明片区跨境电商扶持资金申报表", "昆明片区跨境电商扶持资金申报材料清单"],
    "doc_type": "通知",
    "recipients": ["片区各部门", "各街道办事处", "各有关企业"],
    "publicity": "此件公开发布",
    "repeals": "《昆明片区跨境电商扶持办法（试行）》（昆自贸发〔2022〕8号）",
}

PAGES = [(FJ, FJ_META), (QD, QD_META), (SW, SW_META), (KM, KM_META)]


def print_pdf(html_path, pdf_path, header_footer):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
           f"--user-data-dir=/tmp/chromium_289", f"--print-to-pdf={pdf_path}"]
    if not header_footer:
        # old and new spellings of the same switch
        cmd += ["--print-to-pdf-no-header", "--no-pdf-header-footer"]
    cmd.append("file://" + html_path)
    subprocess.run(cmd, check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for page, meta in PAGES:
        stem = page["stem"]
        src = os.path.join(HERE, stem.replace("blind289_", "blind289_src_") + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page_html(page))
        pdf = os.path.join(HERE, stem + ".pdf")
        if os.path.exists(pdf):
            os.remove(pdf)
        print_pdf(src, pdf, page["header_footer"])
        clauses, specific = expected_clauses(page["blocks"])
        expected[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]
        print(stem, len(clauses), "clauses", file=sys.stderr)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
