# ruff: noqa
#!/usr/bin/env python3
"""Blind round 253: government web pages (saved .html) from CMSes not yet tried.

Writes next to itself:
  blind253_guangxi_tongzhi.html     body only inside <iframe srcdoc="...">
  blind253_nanning_fangan.html      body only inside <template>
  blind253_guangxi_banfa.html       <section>/<article>, <dl> metadata, several TRS_Editor divs, span fragments
  blind253_guangxi_shenbao.html     申报条件 table with caption, rowspan/colspan and a nested table
  blind253_guangxi_h5gonggao.html   mobile H5 page: <h3> title, <time datetime>, <p> in one div, <a download>
  expected.json
"""
import html
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
FS = "　"  # full-width space


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# document model: list of blocks
#   ("to", text)            主送 (not a clause)
#   ("p", text[, places])   content paragraph = one clause
#   ("multi", [paras][, places])  one clause of several paragraphs (joined "\n")
#   ("h", text)             heading alone on its line (not a clause)
#   ("sub", text)           title of the enclosed 办法/措施/方案 (not a clause)
#   ("att", text)           附件说明 line (not a clause)
#   ("sign", text)          落款 organ / date (not a clause)
#   ("pub", text)           （此件公开发布）
#   ("table", spec)         table; each body row is a clause
# ---------------------------------------------------------------------------

def clauses_of(blocks):
    out, spec = [], {}
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(b[1])
            if len(b) > 2 and b[2]:
                spec[b[1][:24]] = b[2]
        elif kind == "multi":
            t = "\n".join(b[1])
            out.append(t)
            if len(b) > 2 and b[2]:
                spec[t[:24]] = b[2]
        elif kind == "table":
            for row in b[1]["rows"]:
                if row.get("note"):
                    t = row["note"]
                else:
                    parts = []
                    for col, val in zip(b[1]["cols"], row["cells"]):
                        if isinstance(val, list):  # nested table: cells "，", rows "；"
                            val = "；".join("，".join(r) for r in val)
                        parts.append(f"{col}：{val}")
                    t = "；".join(parts)
                out.append(t)
                if row.get("places"):
                    spec[t[:24]] = row["places"]
    return out, spec


# ============================ Doc A: iframe srcdoc ===========================
A_TITLE = "广西壮族自治区商务厅关于印发《广西壮族自治区促进跨境电子商务高质量发展若干措施》的通知"
A_SUB = "广西壮族自治区促进跨境电子商务高质量发展若干措施"
A_BLOCKS = [
    ("to", "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，自治区有关单位："),
    ("p", "为深入贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，高质量共建“一带一路”，加快建设面向东盟的开放合作高地，我厅制定了《广西壮族自治区促进跨境电子商务高质量发展若干措施》，现印发给你们，请结合实际认真贯彻落实。执行中遇到的问题，请及时向自治区商务厅电子商务处反映。"),
    ("att", "附件：广西壮族自治区促进跨境电子商务高质量发展重点任务分工表"),
    ("sign", "广西壮族自治区商务厅"),
    ("sign", "2024年3月18日"),
    ("pub", "（此件公开发布）"),
    ("sub", A_SUB),
    ("p", "为加快发展跨境电子商务新业态新模式，推动外贸保稳提质，服务构建面向东盟、联通“一带一路”的开放型经济新格局，结合我区实际，制定以下措施。"),
    ("h", "一、培育壮大经营主体"),
    ("p", "（一）引育跨境电商龙头企业。对新引进并在我区注册、年度跨境电商进出口额首次超过1亿元的企业，按其当年跨境电商进出口额的1%给予一次性奖励，单个企业最高不超过300万元。对年度跨境电商进出口额首次超过10亿元的本地企业，给予最高500万元奖励。"),
    ("p", "（二）推动传统外贸企业和制造企业“上线出海”。支持传统外贸企业、生产制造企业利用跨境电商平台开拓国际市场，对企业在第三方跨境电商平台开设店铺、开展品牌推广发生的费用，按不超过实际发生额的50%给予补助，单个企业每年最高不超过50万元。"),
    ("h", "二、完善跨境物流和海外仓网络"),
    ("p", "（三）加快布局海外仓。支持企业在东盟国家和共建“一带一路”国家建设、租赁海外仓，对经认定的自治区级公共海外仓，按其仓储面积和服务企业数量给予最高200万元支持。鼓励海外仓企业与越南、泰国、马来西亚等国物流企业开展合作。"),
    ("p", "（四）畅通跨境物流通道。依托西部陆海新通道，加密北部湾港至东盟主要港口的集装箱班轮航线，支持开行跨境电商中欧班列、中越班列专列。对经南宁吴圩国际机场开通至东盟国家全货机航线并承运跨境电商货物的航空公司，按航线实际执飞班次给予补助。"),
    ("p", "（五）提升口岸通关便利化水平。推广跨境电商B2B直接出口（9710）、出口海外仓（9810）监管模式，在友谊关、东兴、龙邦等口岸推行跨境电商货物“预约通关”“提前申报”。对符合条件的跨境电商出口商品，实行“清单核放、汇总申报”。"),
    ("h", "三、做强平台载体"),
    ("p", "（六）建设跨境电商产业园区。支持各设区市依托现有产业园区建设跨境电商产业园，对经认定的自治区级跨境电商产业园区，给予一次性奖励200万元。"),
    ("p", "（七）支持自贸试验区先行先试。支持中国（广西）自由贸易试验区南宁片区开展跨境电商零售进口药品试点，支持钦州港片区探索跨境电商出口海运拼箱和“跨境电商+市场采购”融合发展模式，支持崇左片区建设面向东盟的跨境电商边境仓。",
     ["中国（广西）自由贸易试验区南宁片区", "中国（广西）自由贸易试验区钦州港片区", "中国（广西）自由贸易试验区崇左片区"]),
    ("p", "（八）发挥综合保税区功能作用。支持南宁综合保税区、钦州综合保税区、凭祥综合保税区开展跨境电商保税备货、保税展示交易和退货中心仓业务，对年度跨境电商业务单量超过100万单的综合保税区运营主体，给予最高100万元奖励。",
     ["南宁综合保税区", "钦州综合保税区", "凭祥综合保税区"]),
    ("h", "四、强化要素保障"),
    ("p", "（九）加大金融支持力度。鼓励银行业金融机构开发“跨境电商贷”等专属产品，对跨境电商企业获得的贷款，按不超过同期贷款市场报价利率（LPR）的50%给予贴息，单个企业每年贴息最高不超过100万元。"),
    ("p", "（十）加强跨境电商人才培养。各地各有关部门要按照以下要求推进人才队伍建设："),
    ("p", "1.支持区内高等院校、职业院校开设跨境电商相关专业，与企业共建实训基地。"),
    ("p", "2.对经认定的跨境电商人才培训基地，年度培训人数超过1000人次的，给予最高30万元补助。"),
    ("p", "3.支持举办中国—东盟跨境电商人才大赛等活动，对获奖团队所在院校给予表彰。"),
    ("p", "（十一）完善统计监测。建立跨境电商统计监测制度，各设区市商务局每季度结束后10个工作日内向自治区商务厅报送本地区跨境电商发展情况。"),
    ("p", "本措施自2024年4月1日起施行，有效期至2026年12月31日。本措施与自治区其他同类政策有重复的，按照“从高、不重复”原则执行。"),
]


def a_inner():
    P = ('<p style="text-indent:2em;line-height:1.8;font-family:仿宋_GB2312,FangSong;font-size:16pt;margin:0">')
    rows = []
    for b in A_BLOCKS:
        k, t = b[0], b[1]
        if k == "to":
            rows.append(f'<p style="line-height:1.8;font-family:仿宋_GB2312;font-size:16pt;margin:0">{esc(t)}</p>')
        elif k == "p":
            if t.startswith("（") and "。" in t:
                head, rest = t.split("。", 1)
                rows.append(f'{P}<strong>{esc(head)}。</strong>{esc(rest)}</p>')
            else:
                rows.append(f"{P}{esc(t)}</p>")
        elif k == "h":
            rows.append(f'<p style="text-indent:2em;line-height:1.8;font-family:黑体,SimHei;font-size:16pt;margin:0">{esc(t)}</p>')
        elif k == "att":
            label, name = t.split("：", 1)
            rows.append(f'<p style="margin:0"><br></p>{P}{esc(label)}：<a href="/xxgk/zcfg/202403/P020240322546871203915.xls">{esc(name)}</a></p>')
        elif k == "sign":
            rows.append(f'<p style="text-align:right;padding-right:4em;font-family:仿宋_GB2312;font-size:16pt;margin:0">{esc(t)}</p>')
        elif k == "pub":
            rows.append(f'{P}{esc(t)}</p><p style="margin:0"><br></p><p style="margin:0"><br></p>')
        elif k == "sub":
            rows.append(f'<p style="text-align:center;font-family:方正小标宋简体;font-size:22pt;line-height:1.6;margin:0">{esc(t)}</p><p style="margin:0"><br></p>')
    head = ('<p style="text-align:center;color:#d00;font-family:方正小标宋简体;font-size:30pt;margin:0">广西壮族自治区商务厅文件</p>'
            '<p style="text-align:center;font-family:仿宋_GB2312;font-size:16pt;margin:0">桂商电发〔2024〕9号</p>'
            '<hr style="border:0;border-top:2px solid #d00;margin:8px 0 20px">'
            '<p style="text-align:center;font-family:方正小标宋简体;font-size:22pt;line-height:1.6;margin:0">'
            '广西壮族自治区商务厅关于印发《广西壮族自治区<br>促进跨境电子商务高质量发展若干措施》的通知</p><p style="margin:0"><br></p>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;padding:10px 30px;"
            "color:#333}a{color:#0645ad}</style></head><body><div class=\"Custom_UnionStyle\">"
            + head + "\n".join(rows) + "</div></body></html>")


def page_a():
    inner = a_inner()
    src = html.escape(inner, quote=True)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="广西壮族自治区商务厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{html.escape(A_TITLE)}">
<meta name="PubDate" content="2024-03-22 16:05">
<title>{esc(A_TITLE)}_通知公告_广西壮族自治区商务厅</title>
<link rel="stylesheet" href="./blind253_guangxi_tongzhi_files/xl_main.css">
<style>.xl-main{{width:1000px;margin:0 auto}}.xl-info{{color:#888;font-size:14px;text-align:center}}
.xl-frame{{width:100%;border:0;min-height:1600px}}</style>
</head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a> | 简 | <a href="#">繁</a></div>
<div class="header"><img src="./blind253_guangxi_tongzhi_files/logo.png" alt="广西壮族自治区商务厅"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>
<div class="xl-main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/tzgg/">通知公告</a></div>
  <h1 class="xl-title">广西壮族自治区商务厅关于印发《广西壮族自治区促进跨境电子商务<br>高质量发展若干措施》的通知</h1>
  <div class="xl-info">发布时间：2024-03-22 16:05　　来源：电子商务处　　浏览次数：<span id="hits">2317</span>　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
  <div class="xl-body">
    <iframe class="xl-frame" id="contentFrame" title="正文" scrolling="no" frameborder="0"
      onload="this.style.height=this.contentWindow.document.body.scrollHeight+'px'"
      srcdoc="{src}"></iframe>
  </div>
  <div class="xl-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h4>相关阅读</h4><ul>
    <li><a href="/xxgk/zcjd/202403/t20240325_88213.html">图解：《广西壮族自治区促进跨境电子商务高质量发展若干措施》</a></li>
    <li><a href="/xxgk/tzgg/202402/t20240219_87652.html">关于开展2024年跨境电商“品牌出海”行动的通知</a></li></ul></div>
</div>
<div class="footer">主办单位：广西壮族自治区商务厅　地址：南宁市民族大道137号<br>
网站标识码：4500000012　桂ICP备05009137号　桂公网安备 45010302000123号</div>
</body>
</html>
"""


A_META = {
    "title": A_TITLE, "doc_number": "桂商电发〔2024〕9号", "issuer": ["广西壮族自治区商务厅"],
    "date": "2024-03-18", "published": "2024-03-22", "level": "provincial", "region": "广西壮族自治区",
    "effective": "2024-04-01", "expires": "2026-12-31",
    "attachments": ["广西壮族自治区促进跨境电子商务高质量发展重点任务分工表"], "doc_type": "通知",
    "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会", "自治区有关单位"],
    "publicity": "此件公开发布", "repeals": None,
}
# ============================ Doc E: <template> ==============================
E_TITLE = "南宁市人民政府办公室关于印发南宁市加快建设面向东盟的跨境电商枢纽城市实施方案（2024—2026年）的通知"
E_SUB = "南宁市加快建设面向东盟的跨境电商枢纽城市实施方案（2024—2026年）"
E_BLOCKS = [
    ("to", "各县（市、区）人民政府，市政府各组成部门、各直属机构，各开发区管委会："),
    ("p", "经市人民政府同意，现将《南宁市加快建设面向东盟的跨境电商枢纽城市实施方案（2024—2026年）》印发给你们，请认真组织实施。"),
    ("sign", "南宁市人民政府办公室"),
    ("sign", "2024年4月12日"),
    ("pub", "（此件公开发布）"),
    ("sub", E_SUB),
    ("p", "为深入落实《广西壮族自治区促进跨境电子商务高质量发展若干措施》，发挥中国（南宁）跨境电子商务综合试验区和中国（广西）自由贸易试验区南宁片区政策叠加优势，加快建设面向东盟的跨境电商枢纽城市，制定本方案。"),
    ("h", "一、总体目标"),
    ("p", "到2026年，全市跨境电商进出口额力争突破500亿元，年均增长20%以上；培育年交易额超亿元的跨境电商企业30家以上，建成公共海外仓15个以上，跨境电商产业园区达到5个。"),
    ("h", "二、重点任务"),
    ("p", "（一）建设跨境电商核心集聚区。以中国（广西）自由贸易试验区南宁片区、南宁综合保税区为核心，集中布局跨境电商企业总部、分拨中心和监管场所，对入驻集聚区的跨境电商企业，给予前三年办公用房租金50%的补贴。（牵头单位：市商务局、南宁片区管委会；配合单位：市财政局）",
     ["中国（广西）自由贸易试验区南宁片区", "南宁综合保税区"]),
    ("p", "（二）发展“跨境电商+产业带”。在横州市打造茉莉花（茶）跨境电商产业带，在武鸣区打造沃柑等特色农产品跨境电商出口基地，对产业带内年出口额首次超过1000万元的企业给予20万元奖励。（牵头单位：市商务局；配合单位：横州市、武鸣区人民政府）",
     ["横州市", "武鸣区"]),
    ("p", "（三）畅通空港和陆路物流通道。依托南宁吴圩国际机场，拓展至河内、曼谷、吉隆坡、新加坡等东盟城市的货运航线，支持开行南宁至越南河内的跨境电商公路专线。（牵头单位：市交通运输局、南宁临空经济示范区管委会）"),
    ("p", "（四）推进跨境电商零售进口。支持在南宁综合保税区内开展跨境电商网购保税进口（1210）业务，建设东盟商品进口分拨中心。（牵头单位：市商务局；配合单位：南宁综合保税区管理机构）",
     ["南宁综合保税区"]),
    ("p", "（五）培育跨境电商经营主体。对年度跨境电商进出口额首次超过5000万元、1亿元、5亿元的本市企业，分别给予20万元、50万元、100万元奖励，与自治区奖励政策不重复享受。（牵头单位：市商务局；配合单位：市财政局）"),
    ("p", "（六）完善公共服务体系。建设南宁跨境电商线上综合服务平台，提供通关、物流、金融、退税“一站式”服务。（牵头单位：市商务局）"),
    ("h", "三、保障措施"),
    ("p", "（七）加强组织领导。成立市跨境电商发展工作专班，由分管副市长任组长，统筹推进方案实施。"),
    ("p", "（八）强化资金保障。市本级每年安排跨境电商发展资金不少于5000万元，各县（市、区）按照1∶1比例配套。"),
    ("p", "（九）加强督查考核。将跨境电商发展纳入对各县（市、区）、开发区的年度绩效考评。"),
    ("p", "本方案自2024年5月1日起施行，有效期至2026年12月31日。"),
]


def page_e():
    rows = []
    for b in E_BLOCKS:
        k, t = b[0], b[1]
        if k == "to":
            rows.append(f"<p>{esc(t)}</p>")
        elif k == "p":
            rows.append(f'<p style="text-indent:2em">{esc(t)}</p>')
        elif k == "h":
            rows.append(f'<p style="text-indent:2em"><b>{esc(t)}</b></p>')
        elif k == "sign":
            rows.append(f'<p style="text-align:right">{esc(t)}</p>')
        elif k == "pub":
            rows.append(f'<p style="text-indent:2em">{esc(t)}</p><p>&nbsp;</p>')
        elif k == "sub":
            rows.append(f'<p style="text-align:center"><b>{esc(t)}</b></p>')
    inner = "\n      ".join(rows)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(E_TITLE)}-南宁市人民政府门户网站</title>
<script src="./blind253_nanning_fangan_files/vue.min.js"></script>
</head>
<body>
<header class="g-hd"><a class="logo" href="/">南宁市人民政府门户网站</a>
  <nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjnn/">走进南宁</a></nav></header>
<main class="g-main">
  <div class="position">您的位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 南府办文</div>
  <table class="xxgk-meta">
    <tr><th>索引号：</th><td>000014349/2024-01873</td><th>主题分类：</th><td>商贸、海关、旅游\\对外经贸合作</td></tr>
    <tr><th>发文机关：</th><td>南宁市人民政府办公室</td><th>成文日期：</th><td>2024-04-12</td></tr>
    <tr><th>标　　题：</th><td colspan="3">{esc(E_TITLE)}</td></tr>
    <tr><th>发文字号：</th><td>南府办〔2024〕21号</td><th>发布日期：</th><td>2024-04-16</td></tr>
  </table>
  <h2 class="art-title">{esc(E_TITLE)}</h2>
  <div id="app" class="art-body">
    <div id="zoom" v-cloak></div>
    <template id="art-tpl">
      {inner}
    </template>
  </div>
  <div class="art-foot">【<a href="javascript:void(0)" onclick="window.print()">打印</a>】【<a href="javascript:void(0)" onclick="window.close()">关闭</a>】</div>
</main>
<footer>主办：南宁市人民政府办公室　承办：南宁市大数据发展局　桂ICP备13004011号　政府网站标识码：4501000001</footer>
<script>
  (function () {{
    var tpl = document.getElementById('art-tpl');
    document.getElementById('zoom').appendChild(tpl.content.cloneNode(true));
  }})();
</script>
</body>
</html>
"""


E_META = {
    "title": E_TITLE, "doc_number": "南府办〔2024〕21号", "issuer": ["南宁市人民政府办公室"],
    "date": "2024-04-12", "published": "2024-04-16", "level": "municipal", "region": "南宁市",
    "effective": "2024-05-01", "expires": "2026-12-31", "attachments": [], "doc_type": "通知",
    "recipients": ["各县（市、区）人民政府", "市政府各组成部门、各直属机构", "各开发区管委会"],
    "publicity": "此件公开发布", "repeals": None,
}

# ===================== Doc B: section/article + dl + TRS_Editor ==============
B_TITLE = "广西壮族自治区商务厅 广西壮族自治区财政厅关于印发《广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法》的通知"
B_SUB = "广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法"
B_DIV1 = [
    ("to", "各设区市商务局、财政局，中国（广西）自由贸易试验区各片区管委会："),
    ("p", "为规范和加强我区跨境电子商务综合试验区发展专项资金管理，提高资金使用效益，根据《中华人民共和国预算法》及自治区财政专项资金管理有关规定，自治区商务厅、财政厅制定了《广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法》，现印发给你们，请遵照执行。"),
    ("sign", "广西壮族自治区商务厅" + FS + FS + "广西壮族自治区财政厅"),
    ("sign", "2024年5月10日"),
    ("pub", "（此件公开发布）"),
]
B_ART4 = ["第四条" + FS + "专项资金主要支持以下方面：",
          "（一）综试区线上综合服务平台和线下产业园区建设；",
          "（二）跨境电商公共海外仓、边境仓建设和运营；",
          "（三）跨境电商品牌培育、人才培训和公共服务；",
          "（四）跨境电商物流通道和通关便利化建设；",
          "（五）自治区人民政府确定的其他支持事项。"]
B_ART10 = ["第十条" + FS + "有下列情形之一的，不予支持：",
           "（一）申报单位近三年内有严重违法失信行为的；",
           "（二）项目已获得中央或者自治区其他财政资金支持的；",
           "（三）申报材料弄虚作假的。"]
B_DIV2 = [
    ("sub", B_SUB),
    ("h", "第一章" + FS + "总" + FS + "则"),
    ("p", "第一条" + FS + "为规范广西壮族自治区跨境电子商务综合试验区发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动跨境电子商务高质量发展，根据《中华人民共和国预算法》等有关规定，结合我区实际，制定本办法。"),
    ("p", "第二条" + FS + "本办法所称专项资金，是指自治区本级财政预算安排，用于支持跨境电子商务综合试验区（以下简称综试区）建设和跨境电子商务发展的资金。"),
    ("p", "第三条" + FS + "专项资金的管理和使用遵循“公开透明、突出重点、注重绩效、强化监管”的原则。自治区商务厅负责提出资金分配建议、组织项目申报和绩效管理；自治区财政厅负责专项资金预算管理、下达资金和监督检查。"),
    ("h", "第二章" + FS + "支持范围和标准"),
    ("multi_a", B_ART4[:3]),
]
B_DIV3 = [
    ("multi_b", B_ART4[3:]),
    ("p", "第五条" + FS + "对单个项目的支持金额原则上不超过项目实际投资额的30%，最高不超过500万元。同一项目已获得其他自治区财政资金支持的，不得重复申报。"),
    ("p", "第六条" + FS + "对中国（南宁）跨境电子商务综合试验区、中国（崇左）跨境电子商务综合试验区，根据年度评估结果给予综合奖励：评估结果为优秀的，奖励1000万元；评估结果为良好的，奖励500万元。奖励资金由综试区所在设区市统筹用于跨境电商发展。",
     ["中国（南宁）跨境电子商务综合试验区", "中国（崇左）跨境电子商务综合试验区"]),
    ("p", "第七条" + FS + "对中国（柳州）跨境电子商务综合试验区、中国（贺州）跨境电子商务综合试验区等新设立的综试区，在设立后前三年每年给予300万元建设启动资金。",
     ["中国（柳州）跨境电子商务综合试验区", "中国（贺州）跨境电子商务综合试验区"]),
    ("h", "第三章" + FS + "申报与审核"),
    ("p", "第八条" + FS + "自治区商务厅会同自治区财政厅每年发布申报指南，明确申报条件、支持方向和申报材料。项目单位按属地原则向所在设区市商务局申报。"),
    ("p", "第九条" + FS + "设区市商务局会同同级财政局对申报项目进行初审，并在规定时间内将初审合格的项目报送自治区商务厅。自治区商务厅组织第三方机构或者专家开展评审，提出资金分配建议，经公示无异议后，商自治区财政厅下达资金。"),
    ("multi", B_ART10),
]
B_DIV4 = [
    ("h", "第四章" + FS + "监督管理"),
    ("p", "第十一条" + FS + "专项资金实行全过程绩效管理。项目单位应当按照批复的用途使用资金，不得截留、挤占、挪用。"),
    ("p", "第十二条" + FS + "对弄虚作假、骗取专项资金的，由财政部门依法追回已拨付资金，5年内取消其申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关处理。"),
    ("h", "第五章" + FS + "附" + FS + "则"),
    ("p", "第十三条" + FS + "本办法由自治区商务厅、财政厅负责解释。"),
    ("p", "第十四条" + FS + "本办法自2024年6月1日起施行，有效期5年。2019年8月12日印发的《广西壮族自治区跨境电子商务发展专项资金管理暂行办法》（桂商规〔2019〕5号）同时废止。"),
]


def b_blocks_for_clauses():
    out = []
    for blk in B_DIV1 + B_DIV2 + B_DIV3 + B_DIV4:
        if blk[0] == "multi_a":
            out.append(("multi", B_ART4))
        elif blk[0] == "multi_b":
            continue
        else:
            out.append(blk)
    return out


_rng = random.Random(253)
SP_STYLES = ['style="font-family:仿宋_GB2312;font-size:16pt"',
             'style="font-size:16pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"',
             'lang="EN-US" style="font-family:仿宋_GB2312;font-size:16pt"']


def fragment(text):
    """Split text into <span> fragments at arbitrary points (inside words, labels and numbers)."""
    pieces, i = [], 0
    while i < len(text):
        n = _rng.randint(2, 11)
        pieces.append(text[i:i + n])
        i += n
    out = []
    for j, p in enumerate(pieces):
        if j % 4 == 3:
            out.append(esc(p))  # bare text between spans
        else:
            out.append(f"<span {SP_STYLES[j % 3]}>{esc(p)}</span>")
    return "".join(out)


PSTYLE = ('class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
          'font-family:仿宋_GB2312;font-size:16pt"')


def b_render(blocks):
    rows = []
    for blk in blocks:
        k, t = blk[0], blk[1]
        if k in ("multi_a", "multi_b", "multi"):
            for para in t:
                rows.append(f"<p {PSTYLE}>{fragment(para)}<o:p></o:p></p>")
        elif k == "p":
            rows.append(f"<p {PSTYLE}>{fragment(t)}<o:p></o:p></p>")
        elif k == "to":
            rows.append(f'<p class="MsoNormal" style="line-height:28.0pt;font-family:仿宋_GB2312;font-size:16pt">{fragment(t)}<o:p></o:p></p>')
        elif k == "h":
            rows.append(f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
                        f'<span style="font-family:黑体;font-size:16pt">{esc(t)}</span><o:p></o:p></p>')
        elif k == "sub":
            rows.append(f'<p class="MsoNormal" align="center" style="text-align:center;line-height:30pt">'
                        f'<span style="font-family:方正小标宋简体;font-size:22pt">{esc(t)}</span><o:p></o:p></p>'
                        f'<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
        elif k == "sign":
            rows.append(f'<p class="MsoNormal" align="right" style="text-align:right;margin-right:48pt;line-height:28.0pt">'
                        f'<span style="font-family:仿宋_GB2312;font-size:16pt">{esc(t)}</span></p>')
        elif k == "pub":
            rows.append(f"<p {PSTYLE}>{fragment(t)}</p><p class=\"MsoNormal\"><span lang=\"EN-US\">&nbsp;</span></p>")
    return "\n".join(rows)


def page_b():
    divs = []
    for i, blocks in enumerate([B_DIV1, B_DIV2, B_DIV3, B_DIV4]):
        divs.append(f'<div class="TRS_Editor" id="trs{i + 1}" style="font-family:仿宋_GB2312;font-size:16pt;text-indent:2em">\n'
                    f'<div class="Section1" style="layout-grid:28.9pt">\n{b_render(blocks)}\n</div></div>')
    body = "\n<!-- 分页 -->\n".join(divs)
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>{esc(B_TITLE)}</title>
<meta name="keywords" content="跨境电子商务,综合试验区,专项资金,管理办法">
<style>
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt}}
.TRS_Editor DIV{{margin-top:0;margin-bottom:0}}
dl.doc-meta{{display:grid;grid-template-columns:6em 1fr 6em 1fr}}
</style>
</head>
<body class="page-detail">
<section class="site-head"><div class="w1200"><a href="/" class="logo">广西壮族自治区商务厅</a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div></section>
<section class="crumbs"><div class="w1200">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 规范性文件</div></section>
<section class="main w1200">
  <article class="doc">
    <header>
      <dl class="doc-meta">
        <dt>索 引 号</dt><dd>11450000MB1522874K/2024-00412</dd>
        <dt>分　　类</dt><dd>规范性文件；电子商务</dd>
        <dt>发文机关</dt><dd>广西壮族自治区商务厅　广西壮族自治区财政厅</dd>
        <dt>文　　号</dt><dd>桂商规〔2024〕3号</dd>
        <dt>成文日期</dt><dd>2024年05月10日</dd>
        <dt>发布日期</dt><dd>2024年05月16日</dd>
        <dt>有 效 性</dt><dd>有效</dd>
      </dl>
      <h1 class="doc-title">广西壮族自治区商务厅 广西壮族自治区财政厅关于印发《广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法》的通知</h1>
    </header>
    <section class="doc-body">
{body}
    </section>
    <footer class="doc-foot">
      <p class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></p>
      <p><a href="/xxgk/zcjd/202405/t20240517_91244.html">【政策解读】《广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法》解读</a></p>
    </footer>
  </article>
  <aside class="side"><h4>热点专题</h4><ul><li>中国（广西）自由贸易试验区</li><li>RCEP专栏</li><li>中国—东盟博览会</li></ul></aside>
</section>
<section class="site-foot">版权所有：广西壮族自治区商务厅　桂ICP备05009137号</section>
</body>
</html>
"""


B_META = {
    "title": B_TITLE, "doc_number": "桂商规〔2024〕3号",
    "issuer": ["广西壮族自治区商务厅", "广西壮族自治区财政厅"],
    "date": "2024-05-10", "published": "2024-05-16", "level": "provincial", "region": "广西壮族自治区",
    "effective": "2024-06-01", "expires": "2029-05-31", "attachments": [], "doc_type": "通知",
    "recipients": ["各设区市商务局、财政局", "中国（广西）自由贸易试验区各片区管委会"],
    "publicity": "此件公开发布",
    "repeals": "《广西壮族自治区跨境电子商务发展专项资金管理暂行办法》（桂商规〔2019〕5号）",
}

# ============================ Doc C: table page ==============================
C_TITLE = "广西壮族自治区商务厅关于组织申报2024年度“一带一路”跨境电商公共海外仓和产业园区项目的通知"
C_TABLE = {
    "caption": "表1" + FS + "2024年度跨境电商项目申报条件及支持标准",
    "cols": ["项目类别", "申报主体", "基本条件", "支持标准"],
    "rows": [
        {"cells": ["公共海外仓", "在广西注册、具有独立法人资格的跨境电商企业或者物流企业",
                   "海外仓位于东盟国家或者其他共建“一带一路”国家，已正常运营满1年，自有或者租赁仓储面积不少于3000平方米",
                   [["仓储面积3000（含）—10000平方米", "最高补助100万元"],
                    ["仓储面积10000平方米（含）以上", "最高补助200万元"]]]},
        {"cells": ["公共海外仓", "在广西注册的外贸综合服务企业",
                   "通过自建或者合作海外仓为区内不少于20家中小外贸企业提供仓储、配送服务",
                   "按服务企业数量给予奖励，最高不超过80万元"]},
        {"cells": ["边境仓", "在凭祥市、东兴市注册的跨境电商企业或者物流企业",
                   "仓库位于凭祥市、东兴市边境贸易区域内，面积不少于2000平方米，已与越南相关企业签订合作协议",
                   "按实际投资额的30%给予补助，最高不超过100万元"], "places": ["凭祥市", "东兴市"]},
        {"cells": ["跨境电商产业园区", "设区市、县（市、区）人民政府或者园区运营机构",
                   "园区入驻跨境电商企业不少于30家，2023年园区跨境电商交易额不低于5亿元",
                   "一次性奖励200万元"]},
        {"note": "注：已获得中央财政资金支持的项目不再重复支持；同一项目不得多头申报。"},
    ],
}
C_BLOCKS = [
    ("to", "各设区市商务局，中国（广西）自由贸易试验区各片区管委会："),
    ("p", "为贯彻落实《广西壮族自治区促进跨境电子商务高质量发展若干措施》（桂商电发〔2024〕9号）和《广西壮族自治区跨境电子商务综合试验区发展专项资金管理办法》（桂商规〔2024〕3号），支持企业在共建“一带一路”国家布局海外仓，推动跨境电商产业集聚发展，现就组织申报2024年度跨境电商公共海外仓和产业园区项目有关事项通知如下。"),
    ("h", "一、申报范围"),
    ("p", "本次申报项目分为公共海外仓、边境仓和跨境电商产业园区三类。同一申报主体只能申报一类项目。"),
    ("h", "二、申报条件和支持标准"),
    ("p", "申报主体应当符合下表所列条件，支持资金从2024年度自治区跨境电子商务综合试验区发展专项资金中安排。"),
    ("table", C_TABLE),
    ("h", "三、申报材料"),
    ("p", "（一）企业类申报主体需提交以下材料："),
    ("p", "1.项目申报表（附件1）；"),
    ("p", "2.营业执照复印件，海外仓或者边境仓产权证明、租赁合同；"),
    ("p", "3.经会计师事务所审计的2023年度财务报告；"),
    ("p", "4.项目真实性承诺书（附件2）。"),
    ("p", "（二）园区类申报主体需提交园区建设运营情况报告、入驻企业名单及2023年跨境电商交易额证明材料。"),
    ("h", "四、申报程序"),
    ("p", "（一）企业申报。申报主体于2024年7月31日前通过“广西商务综合业务平台”在线填报，并将纸质材料一式两份报送所在设区市商务局。"),
    ("p", "（二）市级初审。各设区市商务局会同同级财政局于2024年8月20日前完成初审，将初审意见及推荐项目汇总表报送自治区商务厅。中国（广西）自由贸易试验区各片区内的项目由片区管委会直接报送。"),
    ("p", "（三）评审公示。自治区商务厅组织专家评审，评审结果在自治区商务厅门户网站公示5个工作日。"),
    ("h", "五、有关要求"),
    ("p", "（一）各设区市商务局要认真审核申报材料的真实性、完整性，对弄虚作假的申报主体，3年内不再受理其申报。"),
    ("p", "（二）联系方式。自治区商务厅电子商务处，联系电话：0771-2816305，电子邮箱：dzswc@gxswt-example.cn。"),
    ("att", "附件：1.2024年度跨境电商项目申报表"),
    ("att2", "2.项目真实性承诺书"),
    ("sign", "广西壮族自治区商务厅"),
    ("sign", "2024年6月20日"),
    ("pub", "（此件公开发布）"),
]


def c_table_html(t):
    td = 'style="border:1px solid #000;padding:4px 6px;font-family:仿宋_GB2312;font-size:12pt"'
    h = [f'<table class="ke-zeroborder" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">',
         f'<caption style="font-family:黑体;font-size:14pt;padding:6px">{esc(t["caption"])}</caption>',
         "<tbody>",
         f'<tr><td rowspan="2" align="center" {td}><b>项目类别</b></td><td colspan="2" align="center" {td}><b>申报条件</b></td>'
         f'<td rowspan="2" align="center" {td}><b>支持标准</b></td></tr>',
         f'<tr><td align="center" {td}><b>申报主体</b></td><td align="center" {td}><b>基本条件</b></td></tr>']
    rows = t["rows"]
    # row 0 + row 1 share 项目类别 via rowspan
    for i, r in enumerate(rows):
        if r.get("note"):
            h.append(f'<tr><td colspan="4" {td}>{esc(r["note"])}</td></tr>')
            continue
        cells = r["cells"]
        tds = []
        if i == 0:
            tds.append(f'<td rowspan="2" align="center" valign="middle" {td}>{esc(cells[0])}</td>')
        elif i == 1:
            pass
        else:
            tds.append(f'<td align="center" {td}>{esc(cells[0])}</td>')
        tds.append(f'<td {td}><p style="margin:0">{esc(cells[1])}</p></td>')
        tds.append(f'<td {td}><p style="margin:0">{esc(cells[2])}</p></td>')
        if isinstance(cells[3], list):
            inner = ['<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse">']
            for nr in cells[3]:
                inner.append("<tr>" + "".join(f'<td style="border:1px solid #666">{esc(c)}</td>' for c in nr) + "</tr>")
            inner.append("</table>")
            tds.append(f'<td {td}>' + "".join(inner) + "</td>")
        else:
            tds.append(f'<td {td}>{esc(cells[3])}</td>')
        h.append("<tr>" + "".join(tds) + "</tr>")
    h.append("</tbody></table>")
    return "\n".join(h)


def page_c():
    rows = []
    for b in C_BLOCKS:
        k, t = b[0], b[1]
        if k == "to":
            rows.append(f'<p style="text-indent:0">{esc(t)}</p>')
        elif k == "p":
            rows.append(f'<p style="text-indent:2em">{esc(t)}</p>')
        elif k == "h":
            rows.append(f'<p style="text-indent:2em;font-family:黑体">{esc(t)}</p>')
        elif k == "table":
            rows.append(c_table_html(t))
        elif k == "att":
            rows.append(f'<p style="text-indent:2em">附件：<a href="/uploadfiles/202406/20240621094512683.docx">1.2024年度跨境电商项目申报表</a></p>')
        elif k == "att2":
            rows.append(f'<p style="text-indent:5em"><a href="/uploadfiles/202406/20240621094519041.docx">2.项目真实性承诺书</a></p>')
        elif k == "sign":
            rows.append(f'<p style="text-align:right">{esc(t)}</p>')
        elif k == "pub":
            rows.append(f'<p style="text-indent:2em">{esc(t)}</p>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(C_TITLE)} - 广西壮族自治区商务厅</title>
<meta name="description" content="{html.escape(C_TITLE)}">
</head>
<body>
<div id="jcms_top">网站首页 | 设为首页 | 加入收藏 | 手机版</div>
<div class="bt_box">
  <table class="xxgk_table" width="100%" border="0">
    <tr><td>索引号：</td><td>11450000MB1522874K/2024-00733</td><td>信息分类：</td><td>通知公告</td></tr>
    <tr><td>发布机构：</td><td>广西壮族自治区商务厅</td><td>文号：</td><td>桂商电函〔2024〕27号</td></tr>
    <tr><td>成文日期：</td><td>2024-06-20</td><td>发布日期：</td><td>2024-06-21</td></tr>
  </table>
</div>
<div class="main_content">
  <div class="title" style="text-align:center;font-size:24px;font-weight:bold">广西壮族自治区商务厅关于组织申报2024年度<br>“一带一路”跨境电商公共海外仓和产业园区项目的通知</div>
  <div class="info">发布日期：2024-06-21　信息来源：电子商务处　【字体：大 中 小】</div>
  <div id="zoom" class="bt_content">
{body}
  </div>
</div>
<div id="jcms_foot">Copyright © 广西壮族自治区商务厅 All Rights Reserved　桂ICP备05009137号</div>
</body>
</html>
"""


C_META = {
    "title": C_TITLE, "doc_number": "桂商电函〔2024〕27号", "issuer": ["广西壮族自治区商务厅"],
    "date": "2024-06-20", "published": "2024-06-21", "level": "provincial", "region": "广西壮族自治区",
    "effective": None, "expires": None,
    "attachments": ["2024年度跨境电商项目申报表", "项目真实性承诺书"], "doc_type": "通知",
    "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会"],
    "publicity": "此件公开发布", "repeals": None,
}

# ============================ Doc D: H5 mobile 公告 ===========================
D_TITLE = "广西壮族自治区商务厅关于开展跨境电商出口海外仓企业备案工作的公告"
D_BLOCKS = [
    ("hd", "广西壮族自治区商务厅公告"),
    ("hd", "2024年第5号"),
    ("p", "为贯彻落实《广西壮族自治区促进跨境电子商务高质量发展若干措施》（桂商电发〔2024〕9号），加快构建覆盖东盟和共建“一带一路”国家的海外仓网络，规范海外仓企业管理，自治区商务厅决定开展跨境电商出口海外仓企业备案工作。现将有关事项公告如下："),
    ("p", "一、备案对象。在广西壮族自治区内注册，在境外自建或者租赁海外仓并开展跨境电商出口业务的企业，均可申请备案。"),
    ("p", "二、备案条件。申请备案的企业应当同时具备以下条件："),
    ("p", "（一）具有独立法人资格，近两年无严重违法失信记录；"),
    ("p", "（二）海外仓面积不少于1000平方米，具备信息化管理系统；"),
    ("p", "（三）已在海关办理跨境电子商务企业注册登记。"),
    ("pbr", ("三、备案程序。企业登录“广西商务综合业务平台”，填写《跨境电商出口海外仓企业备案登记表》（附件1）和《海外仓信息表》（附件2），",
             "上传相关证明材料。自治区商务厅自受理之日起10个工作日内完成审核，审核通过的予以备案并在门户网站公布。")),
    ("p", "四、政策衔接。经备案的海外仓企业，可按规定申报自治区级公共海外仓认定和相关专项资金支持；未经备案的，不予受理。"),
    ("p", "五、先行试点。在中国（广西）自由贸易试验区钦州港片区先行开展海外仓备案与出口退（免）税、出口信用保险联动试点，片区内备案企业可享受出口退税“即报即审”服务。",
     ["中国（广西）自由贸易试验区钦州港片区"]),
    ("p", "六、动态管理。已备案企业信息发生变更的，应当自变更之日起30日内办理变更手续。对提供虚假材料或者连续12个月未开展业务的企业，撤销其备案。"),
    ("p", "七、本公告自发布之日起施行，有效期2年。"),
    ("attlinks", [("附件1", "跨境电商出口海外仓企业备案登记表", "docx"), ("附件2", "海外仓信息表", "xlsx")]),
    ("sign", "广西壮族自治区商务厅"),
    ("sign", "2024年8月5日"),
]


def d_clause_blocks():
    out = []
    for b in D_BLOCKS:
        if b[0] == "pbr":
            out.append(("p", "".join(b[1])))
        else:
            out.append(b)
    return out


def page_d():
    rows = []
    for b in D_BLOCKS:
        k = b[0]
        if k == "hd":
            rows.append(f'<p style="text-align:center">{esc(b[1])}</p>')
        elif k == "p":
            rows.append(f"<p>　　{esc(b[1])}</p>")
        elif k == "pbr":
            rows.append(f"<p>　　{esc(b[1][0])}<br>{esc(b[1][1])}</p>")
        elif k == "attlinks":
            rows.append("<p>　　附件：</p>")
            for lab, name, ext in b[1]:
                fn = f"{lab}：{name}.{ext}"
                rows.append(f'<p>　　<a href="/uploadfiles/202408/20240806{lab[-1]}.{ext}" download="{html.escape(fn)}">{esc(lab + "：" + name)}</a></p>')
        elif k == "sign":
            rows.append(f'<p style="text-align:right">{esc(b[1])}</p>')
    body = "\n      ".join(rows)
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(D_TITLE)}</title>
<link rel="stylesheet" href="./blind253_guangxi_h5gonggao_files/m_article.css">
<style>.m-content p{{font-size:17px;line-height:1.75;margin:0 0 .6em;word-break:break-all}}</style>
</head>
<body class="m-body">
<div class="m-top"><a class="back" href="javascript:history.back()">&lt;</a><span>广西商务</span><a class="home" href="/m/">首页</a></div>
<div class="m-article">
  <h3 class="m-title">广西壮族自治区商务厅关于开展跨境电商出口<br>海外仓企业备案工作的公告</h3>
  <div class="m-info"><span class="src">来源：电子商务处</span> <time datetime="2024-08-06T10:30:00+08:00">2024-08-06 10:30</time> <span class="read">阅读 1,056</span></div>
  <div class="m-content" id="mContent">
      {body}
  </div>
  <div class="m-share">分享：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
  <div class="m-pc"><a href="/xxgk/tzgg/202408/t20240806_93157.html">查看电脑版</a></div>
</div>
<div class="m-foot">广西壮族自治区商务厅 主办<br>桂ICP备05009137号</div>
</body>
</html>
"""


D_META = {
    "title": D_TITLE, "doc_number": "2024年第5号", "issuer": ["广西壮族自治区商务厅"],
    "date": "2024-08-05", "published": "2024-08-06", "level": "provincial", "region": "广西壮族自治区",
    "effective": "2024-08-06", "expires": "2026-08-05",
    "attachments": ["跨境电商出口海外仓企业备案登记表", "海外仓信息表"], "doc_type": "公告",
    "recipients": [], "publicity": None, "repeals": None,
}


def entry(meta, blocks):
    cl, spec = clauses_of(blocks)
    return [{"meta": meta, "clauses": cl, "applies_to": {"specific": spec}}]


def main():
    pages = {
        "blind253_guangxi_tongzhi": (page_a(), A_META, A_BLOCKS),
        "blind253_nanning_fangan": (page_e(), E_META, E_BLOCKS),
        "blind253_guangxi_banfa": (page_b(), B_META, b_blocks_for_clauses()),
        "blind253_guangxi_shenbao": (page_c(), C_META, C_BLOCKS),
        "blind253_guangxi_h5gonggao": (page_d(), D_META, d_clause_blocks()),
    }
    expected = {}
    for stem, (text, meta, blocks) in pages.items():
        (HERE / f"{stem}.html").write_text(text, encoding="utf-8")
        expected[stem] = entry(meta, blocks)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2), encoding="utf-8")
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses", len(docs[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
