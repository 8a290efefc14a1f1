# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the forty-second round of blind office files and expected.json.

Theme: Chinese local-government portal pages as their CMSs publish them.

* blind42_xxgk_lianyungang.html (UTF-8): 连云港市人民政府 政府信息公开 page of
  an 实施意见 (连政发〔2024〕38号).  Metadata table with <th>/<td> cells and
  no colons (索引号 / 主题分类 / 发文机关 / 成文日期 / 发文字号 / 发布日期 /
  有效性 / 文件类型), title in <div class="xxgk-title">, centred 文号, body
  paragraphs built from many <span style=...> fragments that cut words in
  half, <br>-separated lines inside one <p> (heading + first paragraph, two
  （n） items, signature + date), a <script> and HTML comments in the body,
  附件 as links to .xlsx / .docx, a 相关解读 link list, 上一篇/下一篇 links,
  【字体：大 中 小】, 打印本页 关闭窗口, share buttons and a footer.
* blind42_ting_jiedu.html (UTF-8): 云南省商务厅 page with a left column of
  相关文件 links (document-like titles with dates, placed BEFORE the main
  content in the source), the notice 云商自贸〔2024〕9号, and below it in a
  separate <div class="zcjd"> its 政策解读 (《…》政策解读, 一、起草背景
  二、主要内容 三、适用范围 四、施行时间), which is a second document.
* blind42_wenda_gbk.html (gb18030 bytes under <meta charset="gb2312">):
  河南省商务厅 政策问答 on 中国（河南）自由贸易试验区 外商投资: 问1：… 答：…
  pairs (one pair inside a single <p> split by <br>), numbered lists in
  answers (own <p>s, <br>-lines, and "•" bullets that need 4 gb18030 bytes),
  GBK-only 赟 in a contact name, ending with
  “（来源：河南省商务厅 发布时间：2024-05-10）”.

All documents are fictional; cities and organs are real, 文号, numbers and
wording are invented.  Run again to rebuild everything.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

STYLES = [
    "font-family:仿宋_GB2312;font-size:16pt",
    "font-family:仿宋_GB2312;font-size:16pt;color:#000000",
    "font-size:16pt;font-family:仿宋",
    "font-family:'Times New Roman';font-size:16pt",
]


def spans(text, cuts, bold_first=0):
    """Cut text at the given character offsets into <span style=...> fragments (no whitespace between them)."""
    pos = [0] + list(cuts) + [len(text)]
    out = []
    for i in range(len(pos) - 1):
        frag = text[pos[i]:pos[i + 1]]
        st = STYLES[i % len(STYLES)]
        if i < bold_first:
            st = "font-family:楷体_GB2312;font-weight:bold;font-size:16pt"
        out.append(f'<span style="{st}">{frag}</span>')
    return "".join(out)


def chrome_top(site, nav, crumbs):
    navs = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    crumb = " &gt; ".join(f'<a href="/c{i}/">{c}</a>' for i, c in enumerate(crumbs))
    return f"""<div class="top-bar"><span>欢迎访问{site}！</span><span id="weather"></span>
<a href="/wza/">无障碍</a> | <a href="/lh/">长者模式</a> | <a href="/en/">English</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul>{navs}</ul></div>
<div class="location">当前位置：{crumb}</div>
"""


def footer(host, org, code, icp, ga):
    return f"""<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/smsm/">隐私声明</a></p>
<p>主办单位：{host}　承办单位：{org}</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　<img src="/images/ga.png" alt="">{ga}</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script>建议使用1920×1080分辨率</p>
</div>
"""


# ============================================================ (1) 信息公开 page
A_TITLE = "连云港市人民政府关于支持中国（江苏）自由贸易试验区连云港片区深度融入共建“一带一路”的实施意见"
A_NO = "连政发〔2024〕38号"
A_ADDR = "各县、区人民政府，市各委、办、局，市各直属单位："
A_INTRO = "为深入贯彻党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，支持中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）更好发挥新亚欧陆海联运通道标杆示范作用，结合我市实际，提出如下实施意见。"
A_H1 = "一、总体要求"
A_P1 = "以习近平新时代中国特色社会主义思想为指导，坚持以制度创新为核心，以陆海联运为特色。到2026年，连云港片区对共建“一带一路”国家进出口额突破600亿元，中欧（中亚）班列年开行量达到1000列以上，形成20项以上可复制推广的制度创新成果。"
A_H2 = "二、重点任务"
A_I1 = "（一）打造新亚欧陆海联运通道枢纽。加快建设连云港港30万吨级航道二期工程，完善中哈物流合作基地、上合组织（连云港）国际物流园功能，推动“连新亚”过境班列稳定开行，对新开通的国际班列线路按照每列最高3万元给予运费补贴。"
A_I2 = "（二）提升贸易投资便利化水平。深化国际贸易“单一窗口”建设，推广“船边直提”“抵港直装”等通关模式，支持企业在共建“一带一路”国家设立海外仓，对经认定的公共海外仓按照实际投资额的10%给予最高200万元奖励。"
A_I3 = "（三）培育特色产业集群。依托石化、医药、新材料等优势产业，支持连云港片区与中亚、西亚国家共建产业合作园区，对在片区新设立的外资研发中心给予最高500万元一次性奖励。"
A_H3 = "三、保障措施"
A_I4 = "（一）加强组织领导。市推进自贸试验区建设工作领导小组统筹协调重大事项，连云港片区管委会负责具体实施，市各有关部门按照职责分工制定配套细则。"
A_I5 = "（二）强化资金保障。市财政每年安排连云港片区发展专项资金3亿元，各县、区按照1∶1比例配套，资金使用情况纳入年度绩效评价。"
A_END = "本意见自2024年9月1日起施行，有效期至2027年8月31日。"
A_ATT = ["连云港片区深度融入共建“一带一路”重点任务清单.xlsx", "连云港片区海外仓奖励申报表.docx"]
A_JD = [("《关于支持中国（江苏）自由贸易试验区连云港片区深度融入共建“一带一路”的实施意见》政策解读", "2024-08-23"),
        ("图解：连云港片区深度融入共建“一带一路”十条举措", "2024-08-24"),
        ("市商务局负责人就《实施意见》答记者问", "2024-08-26")]


def page_a():
    meta_rows = [("索引号", "014046498/2024-00231", "主题分类", "商贸、海关、旅游/对外经贸合作"),
                 ("发文机关", "连云港市人民政府", "成文日期", "2024-08-16"),
                 ("发文字号", A_NO, "发布日期", "2024-08-22"),
                 ("有效性", "有效", "文件类型", "规范性文件")]
    table = "\n".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in meta_rows)
    intro = spans(A_INTRO, [3, 9, 14, 22, 31, 40, 47, 58, 66, 79, 93, 104, 118])
    p1 = spans(A_P1, [5, 11, 20, 28, 37, 45, 53, 60, 72, 85, 99])
    i1 = spans(A_I1, [2, 3, 9, 14, 23, 33, 44, 56, 70, 83, 96], bold_first=2)
    i3 = spans(A_I3, [3, 8, 17, 29, 41, 55, 66, 78])
    # (三) is written with a hard-wrapped source line inside a span (CMS line length)
    i3 = i3.replace("共建产业合作园区", "共建产业\n合作园区")
    body = f"""<!-- 正文开始 -->
<div class="TRS_Editor"><div class="Custom_UnionStyle">
<p style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:16pt">{A_NO}</span></p>
<p><span style="font-family:仿宋_GB2312;font-size:16pt">{A_ADDR}</span></p>
<p style="text-indent:2em">{intro}</p>
<p style="text-indent:2em"><strong><span style="font-family:黑体;font-size:16pt">{A_H1}</span></strong><br/>&#12288;&#12288;{p1}</p>
<p style="text-indent:2em"><span style="font-family:黑体;font-size:16pt">{A_H2[:2]}</span><span style="font-family:黑体;font-size:16pt">{A_H2[2:]}</span></p>
<p style="text-indent:2em">{i1}</p>
<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{A_I2}</span><br>
&#12288;&#12288;{i3}</p>
<script type="text/javascript">var shareTitle = "{A_TITLE}"; var wzws = "连政发";</script>
<p style="text-indent:2em"><span style="font-family:黑体;font-size:16pt">{A_H3}</span></p>
<p style="text-indent:2em"><span style="font-family:楷体_GB2312;font-size:16pt">{A_I4[:7]}</span><span style="font-family:仿宋_GB2312;font-size:16pt">{A_I4[7:]}</span><br />&#12288;&#12288;<span style="font-family:楷体_GB2312;font-size:16pt">{A_I5[:7]}</span><span style="font-family:仿宋_GB2312;font-size:16pt">{A_I5[7:]}</span></p>
<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{A_END}</span></p>
<p>&nbsp;</p>
<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">连云港市人民政府</span><br><span style="font-family:仿宋_GB2312;font-size:16pt">2024年8月16日</span></p>
<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">（此件公开发布）</span></p>
</div></div>
<!-- 正文结束 -->
<div class="fujian"><p>附件：<a href="/attach/P020240822381245.xlsx">1.{A_ATT[0]}</a><br>
&#12288;&#12288;&#12288;<a href="/attach/P020240822381246.docx">2.{A_ATT[1]}</a></p></div>
"""
    jd = "".join(f'<li><a href="/zcjd/{i}.html" title="{t}">{t}</a><span class="date">{d}</span></li>' for i, (t, d) in enumerate(A_JD))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{A_TITLE}_政策文件_连云港市人民政府</title>
<meta name="SiteName" content="连云港市人民政府">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="{A_TITLE}">
<meta name="PubDate" content="2024-08-22 16:30">
<meta name="ContentSource" content="市政府办公室">
<style>.xxgk-table th{{background:#f3f3f3;width:100px}} .xxgk-title{{font-size:22px;text-align:center}}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
{chrome_top("连云港市人民政府", ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进港城"], ["首页", "政务公开", "政策文件"])}
<div class="main">
<div class="xxgk-table"><table width="100%" border="1" cellspacing="0" cellpadding="0">
<tbody>
{table}
</tbody></table></div>
<div class="xxgk-title">{A_TITLE}</div>
<div class="article-tool"><span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="share">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina" title="分享到新浪微博">微博</a><a class="bds_qzone" title="分享到QQ空间">QQ空间</a></span></div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="article-print"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="prev-next"><p>上一篇：<a href="/zcwj/prev.html">连云港市人民政府关于印发连云港市加快建设现代化海港城市三年行动计划（2024—2026年）的通知</a></p>
<p>下一篇：<a href="/zcwj/next.html">连云港市人民政府办公室关于进一步促进外贸稳规模优结构的若干措施</a></p></div>
<div class="xgjd"><h3>相关解读</h3><ul>{jd}</ul></div>
</div>
{footer("连云港市人民政府办公室", "连云港市大数据管理局", "3207000013", "苏ICP备05006873号", "苏公网安备 32070602010155号")}
</body>
</html>
"""


A_EXPECTED = [{
    "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": ["连云港市人民政府"], "date": "2024-08-16",
             "published": "2024-08-22", "addressees": A_ADDR.rstrip("："),
             "attachments": [x.rsplit(".", 1)[0] for x in A_ATT], "effective": "2024-09-01", "expires": "2027-08-31"},
    "clauses": [A_INTRO, A_H1, A_P1, A_H2, A_I1, A_I2, A_I3, A_H3, A_I4, A_I5, A_END],
    "_note": "Info table uses <th> labels without colons; 成文日期 2024-08-16 = date, 发布日期 2024-08-22 = published; 有效性/文件类型/索引号 are metadata, not clauses. Body paragraphs are built from abutting <span> fragments cutting words (intro, 一、 body, （一）, （三）): text must be rejoined with no spaces. （三） also has a hard-wrapped source newline inside 共建产业合作园区 (a space there is low). 一、总体要求 and its paragraph are one <p> split by <br/>: two clauses (heading may be kind heading). 二、重点任务 is two spans. （二）/（三） and 三、 （一）/（二） are pairs of <br>-separated lines: one clause each. <script> var text, comments, 【字体：大 中 小】, 分享到, 打印本页/关闭窗口, 上一篇/下一篇 titles, 相关解读 list and the footer are not clauses. Signature + date are one <p> split by <br> (not clauses). Attachments: .xlsx/.docx names (extension tolerable), not clauses.",
}]


# ============================================================ (2) 厅 page: notice + 政策解读
B_TITLE = "云南省商务厅关于推动中国（云南）自由贸易试验区与南亚东南亚国家深化跨境产能合作的通知"
B_NO = "云商自贸〔2024〕9号"
B_ADDR = "各州、市商务局，中国（云南）自由贸易试验区昆明、红河、德宏片区管委会："
B_P = [
    "为贯彻落实省委、省政府关于主动服务和融入国家重大战略、高质量共建“一带一路”的部署要求，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）与南亚东南亚国家深化跨境产能合作，现将有关事项通知如下。",
    "一、明确合作重点。昆明片区重点发展跨境金融、数字贸易和生物医药合作，红河片区重点建设中越跨境电商和加工贸易基地，德宏片区重点推进中缅边境经济合作区和跨境物流通道建设。",
    "二、加大支持力度。对在云南自贸试验区内新设立、面向南亚东南亚开展产能合作的企业，实际到位外资达到1000万美元以上的，按照实际到位外资的2%给予最高300万元奖励。",
    "三、优化跨境服务。各片区要依托中老铁路、中缅陆水联运通道，完善边境口岸“一站式”服务，推行跨境运输车辆“一次查验、一次放行”，2024年底前实现主要口岸通关时间压缩20%。",
    "四、做好组织实施。各州、市商务局要会同片区管委会于每季度首月10日前报送上季度合作项目进展情况，省商务厅将适时开展督促检查。",
    "联系人：省商务厅自贸处　杨立新，电话：0871-63135421。",
]
B_JD_TITLE = f"《{B_TITLE}》政策解读"
B_JD = [
    ("一、起草背景", ["云南自贸试验区挂牌以来，三个片区累计形成制度创新成果120余项，与南亚东南亚国家贸易额年均增长15.3%。为进一步发挥云南面向南亚东南亚辐射中心作用，省商务厅研究起草了《通知》。"]),
    ("二、主要内容", ["《通知》共四个部分：",
                     "1.明确昆明、红河、德宏三个片区的跨境产能合作重点方向；",
                     "2.对新设立的产能合作企业按实际到位外资给予奖励；",
                     "3.提出口岸通关便利化和跨境物流方面的具体措施；",
                     "4.明确项目进展报送和督促检查要求。"]),
    ("三、适用范围", ["《通知》适用于在云南自贸试验区昆明、红河、德宏片区内依法登记注册、面向南亚东南亚国家开展跨境产能合作的企业。"]),
    ("四、施行时间", ["《通知》自印发之日起施行，有效期至2026年12月31日。"]),
]
B_SIDE = [("云南省人民政府关于印发中国（云南）自由贸易试验区提升战略实施方案的通知", "2024-06-20"),
          ("云南省商务厅 云南省财政厅关于印发《云南省外经贸发展专项资金管理办法》的通知（云商财〔2024〕3号）", "2024-04-02"),
          ("云南省人民政府办公厅关于支持中老铁路沿线开发开放的若干措施", "2024-03-18"),
          ("云南省商务厅关于开展2024年度边境贸易创新发展试点申报工作的通知", "2024-02-27")]


def page_b():
    side = "\n".join(f'<li><a href="/zcwj/{i}.html" title="{t}">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(B_SIDE))
    paras = "\n".join(f'<p style="text-indent:2em;line-height:2">{p}</p>' for p in B_P)
    jd_parts = []
    for h, ps in B_JD:
        jd_parts.append(f'<p style="text-indent:2em"><strong>{h}</strong></p>')
        for p in ps:
            jd_parts.append(f'<p style="text-indent:2em">{p}</p>')
    jd = "\n".join(jd_parts)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{B_TITLE}-云南省商务厅</title>
<meta name="keywords" content="自由贸易试验区,跨境产能合作,南亚东南亚">
</head>
<body>
{chrome_top("云南省商务厅", ["首页", "机构概况", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏"], ["首页", "政务公开", "政策文件"])}
<div class="container">
<div class="left-col">
<div class="col-title"><h3>相关文件</h3></div>
<ul class="xgwj">
{side}
</ul>
<div class="col-title"><h3>热点专题</h3></div>
<ul><li><a href="/zt/zmq/">中国（云南）自由贸易试验区建设</a></li><li><a href="/zt/ydyl/">高质量共建“一带一路”</a></li></ul>
</div>
<div class="right-col">
<div class="art">
<h1 class="art-title">{B_TITLE}</h1>
<div class="art-info">发布日期：2024-07-12 10:30　来源：云南省商务厅　浏览次数：<span id="views"></span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-con" id="zoom">
<p style="text-align:center">{B_NO}</p>
<p>{B_ADDR}</p>
{paras}
<p style="text-align:right">云南省商务厅</p>
<p style="text-align:right">2024年7月10日</p>
</div>
</div>
<div class="zcjd">
<div class="zcjd-head">政策解读</div>
<h2 class="jd-title">{B_JD_TITLE}</h2>
<div class="jd-info">发布时间：2024-07-12　来源：云南省商务厅自贸处</div>
<div class="jd-con">
{jd}
</div>
</div>
<div class="art-tool"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a>　分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
</div>
</div>
{footer("云南省商务厅", "云南省商务厅信息中心", "5300000041", "滇ICP备05000713号", "滇公网安备 53010202000521号")}
</body>
</html>
"""


B_EXPECTED = [
    {"meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": ["云南省商务厅"], "date": "2024-07-10",
              "published": "2024-07-12", "addressees": B_ADDR.rstrip("：")},
     "clauses": B_P,
     "_note": "The left column of 相关文件 (document-like titles with dates, one with 云商财〔2024〕3号) comes BEFORE the main content in the source: none of it is the title, 文号 or a clause. art-info line (发布日期/来源/浏览次数/字体) not a clause. 一、–四、 have run-in headings; splitting heading sentence off is tolerable. 联系人 line as clause or tail tolerable. The 政策解读 below is a separate document: nothing of it may be glued into the notice's clauses."},
    {"meta": {"title": B_JD_TITLE, "doc_number": None, "issuer": ["云南省商务厅"], "date": "2024-07-12"},
     "clauses": [x for h, ps in B_JD for x in [h] + ps],
     "_note": "解读 in its own <div class=zcjd> with heading 政策解读 and an <h2> title. It has no 文号 (taking 云商自贸〔2024〕9号 is medium). Issuer 云南省商务厅 / 云南省商务厅自贸处 both fine. 一、–四、 are headings. 1.–4. items are one clause each. Dropping the 解读 entirely is high (text lost); gluing it into the notice is high (wrong split). 打印本页/关闭窗口/分享 and footer not clauses."},
]


# ============================================================ (3) 政策问答, GB18030 bytes
C_TITLE = "中国（河南）自由贸易试验区外商投资政策问答"
C_QA = [
    ("问1：外国投资者在河南自贸试验区投资，哪些领域有准入限制？",
     ["答：外国投资者在河南自贸试验区投资，适用《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》。负面清单之外的领域，按照内外资一致原则实施管理。外国投资者不得投资负面清单中禁止投资的领域；投资限制类领域的，须符合负面清单规定的股权比例等要求。"]),
    ("问2：外商投资企业在河南自贸试验区设立登记，需要办理哪些手续？",
     ["答：外商投资企业设立登记实行“一口受理、一网通办”，主要包括以下步骤：",
      "（1）通过河南政务服务网“企业开办一件事”专区填报设立登记信息；",
      "（2）市场监管部门在1个工作日内完成营业执照核发，同步推送外商投资信息报告；",
      "（3）企业领取营业执照后，可同步办理银行开户、税务登记和社保登记，无需另行提交材料。"]),
    ("问3：外商投资企业能否享受河南自贸试验区的招商引资奖励政策？",
     ["答：可以。外商投资企业与内资企业同等适用我省各项招商引资奖励政策。对在河南自贸试验区新设立、当年实际到位外资达到5000万美元以上的制造业项目，按照实际到位外资的2%给予最高1000万元奖励。"]),
    ("问4：共建“一带一路”国家的投资者在郑州、开封、洛阳片区投资有哪些便利措施？",
     ["答：主要有以下便利措施：",
      "1.外籍高层次人才及其家属可办理有效期最长5年的居留许可；",
      "2.企业可通过中欧班列（中豫号）、郑州—卢森堡“空中丝绸之路”开展国际物流合作；",
      "3.跨境人民币结算业务实行“白名单”管理，优质企业可凭收付款指令直接办理。"]),
    ("问5：外商投资企业的合法权益受到侵害，可以通过哪些渠道反映？",
     ["答：可以通过以下渠道反映：",
      "• 向所在片区外商投资企业投诉工作机构提出投诉；",
      "• 拨打12345政务服务便民热线反映诉求；",
      "• 向河南省商务厅外商投资企业投诉中心提出投诉，联系人：王赟，电话：0371-63576039。"]),
]
C_SRC = "（来源：河南省商务厅 发布时间：2024-05-10）"


def page_c():
    parts = []
    for n, (q, ans) in enumerate(C_QA):
        if n == 2:  # 问3 and its answer in one <p>, separated by <br>
            parts.append(f"<p><b>{q}</b><br>　　{ans[0]}</p>")
            continue
        parts.append(f'<p style="text-indent:2em"><strong>{q}</strong></p>')
        if n == 3:  # numbered items as <br>-lines inside one <p>
            parts.append(f'<p style="text-indent:2em">{ans[0]}</p>')
            parts.append('<p style="text-indent:2em">' + "<br>\n　　".join(ans[1:]) + "</p>")
            continue
        for a in ans:
            parts.append(f'<p style="text-indent:2em">{a}</p>')
    body = "\n".join(parts)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gb2312">
<title>{C_TITLE}</title>
</head>
<body>
{chrome_top("河南省商务厅", ["首页", "商务要闻", "政务公开", "办事服务", "互动交流", "数据发布"], ["首页", "政务公开", "政策文件"])}
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="bt">{C_TITLE}</div>
<div class="xx">发布时间：2024-05-10 09:12:36　　来源：河南省商务厅　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="content" id="zoom">
{body}
<p style="text-align:right">{C_SRC}</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</td></tr></table>
{footer("河南省商务厅", "河南省商务厅电子商务与信息化处", "4100000047", "豫ICP备05017283号-1", "豫公网安备 41010502002163号")}
</body>
</html>
"""


C_EXPECTED = [{
    "meta": {"title": C_TITLE, "doc_number": None, "issuer": ["河南省商务厅"], "date": "2024-05-10"},
    "clauses": [x for q, ans in C_QA for x in [q] + ans],
    "_note": "gb18030 bytes under <meta charset=gb2312> (browsers read gb2312 as GBK/gb18030): 赟 (GBK, not GB2312) and the • bullets (4-byte gb18030, not in GBK) must survive; mojibake or '?' is high. 问n and its 答 may be separate clauses or one clause per pair, but all texts in order, none lost. 问3 and its 答 are in ONE <p> split by <br>. The 问4 list items are <br>-lines in one <p>: one clause each (items glued to each other is medium). 答 lead-ins with their list items as one clause is tolerable. The closing （来源：… 发布时间：…） line gives issuer and date and is not a clause (tail tolerable). No 文号.",
}]


def main():
    with open(os.path.join(HERE, "blind42_xxgk_lianyungang.html"), "w", encoding="utf-8") as f:
        f.write(page_a())
    with open(os.path.join(HERE, "blind42_ting_jiedu.html"), "w", encoding="utf-8") as f:
        f.write(page_b())
    with open(os.path.join(HERE, "blind42_wenda_gbk.html"), "wb") as f:
        f.write(page_c().encode("gb18030"))
    exp = {"blind42_xxgk_lianyungang": A_EXPECTED, "blind42_ting_jiedu": B_EXPECTED, "blind42_wenda_gbk": C_EXPECTED}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
