# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 172: ordinary government web pages saved from the browser as HTML.

Writes next to itself (no Word/PDF this round; the .html files are the deliverable):
  blind172_mofcom_notice.html     national ministry 政策发布 page (商务部 www.mofcom.gov.cn look-alike):
      a joint 通知 of 商务部/海关总署/国家外汇管理局, 附件 download links to .doc/.pdf, a 相关解读 box,
      TRS-style <meta> tags, nav menus, share bar, footer.
  blind172_hunan_zcwjk.html       provincial 政策文件库 page (湖南省人民政府), saved in GB2312/GBK:
      索引号 info table, then the whole text in a <table> with ONE <td> PER PARAGRAPH (empty
      &nbsp; rows, a paragraph split by <br>, a nested table with rowspan for 重点项目).
  blind172_m_xiamen.html          mobile site page (m.xm.gov.cn look-alike): narrow viewport layout,
      title with a <br>, date + 来源 + 字号 on one line under the title, share bar, 上一篇/下一篇 links,
      相关推荐 list; a 印发通知 followed by a 办法 in 第X条 articles.
  blind172_zhengzhou_gongshi.html city 商务局 公示 page (郑州市商务局): 拟认定名单 table (rowspan on the
      district column), 公示期 dates, 联系电话 / 监督电话, footer with the website's own phone.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind172.py
All organisations' documents, numbers, companies and phone numbers are fictional.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row) if v not in ("", None))


# =====================================================================
# 1. 商务部 政策发布 page (national)
# =====================================================================
MOF_TITLE = "商务部 海关总署 国家外汇管理局关于支持自由贸易试验区离岸贸易创新发展的通知"
MOF_NUM = "商自贸发〔2024〕87号"
MOF_RECIP = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，海关总署广东分署、各直属海关，国家外汇管理局各省、自治区、直辖市、计划单列市分局："
MOF_INTRO = "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动自由贸易试验区离岸贸易创新发展，更好服务共建“一带一路”高质量发展，现就有关事项通知如下："
MOF_BODY = [
    ("h", "一、总体要求"),
    ("p", "（一）基本原则。坚持真实合规、风险可控，以服务实体经济为导向，以离岸转手买卖、全球采购、委托境外加工等新型离岸国际贸易业务为重点，在有条件的自由贸易试验区开展先行先试，力争到2026年底，试点地区新型离岸国际贸易收支规模较2023年增长50%以上。"),
    ("p", "（二）试点范围。首批在上海、广东、浙江、福建、海南、山东、重庆7个自由贸易试验区（港）开展试点，其他自由贸易试验区可结合实际申请纳入后续批次。"),
    ("h", "二、主要任务"),
    ("p", "（三）建立试点企业名单制度。各试点地区商务主管部门会同当地海关、外汇管理部门，按照企业自愿申报、地方初审、三部门联合审核的程序，于2024年9月30日前确定首批试点企业名单，名单实行动态管理，每年调整一次。申报材料按附件1格式填报。"),
    ("p", "（四）优化跨境资金结算。支持试点地区银行为名单内企业提供离岸转手买卖资金结算便利，对真实合规的业务，银行可凭企业提交的电子单证审核办理，单笔金额500万美元以下的业务原则上在1个工作日内办结。"),
    ("p", "（五）强化海关数据支持。海关总署依托国际贸易“单一窗口”向试点地区开放物流轨迹、舱单等数据查询服务，为银行开展离岸贸易真实性审核提供支撑。上海洋山特殊综合保税区、海南洋浦经济开发区率先开展离岸货物全程可视化监测试点。"),
    ("p", "（六）支持“一带一路”贸易通道建设。鼓励试点企业依托中欧班列、西部陆海新通道、“丝路海运”等通道，面向共建“一带一路”国家拓展全球采购和分拨业务，重庆、广东自由贸易试验区可探索将中欧班列运单纳入离岸贸易真实性审核单证范围。"),
    ("h", "三、保障措施"),
    ("p", "（七）加强组织实施。各试点地区要建立由商务主管部门牵头，海关、外汇管理、金融监管等部门参加的工作机制，制定试点实施方案，于2024年10月31日前报商务部（自贸区港司）备案。"),
    ("p", "（八）防范化解风险。各试点地区要建立离岸贸易异常交易监测和信息共享机制，对虚构贸易背景、违规跨境转移资金等行为依法严肃查处，并取消相关企业试点资格。"),
    ("p", "（九）做好评估总结。商务部会同海关总署、国家外汇管理局于2025年12月底前对试点工作开展评估，及时复制推广成熟经验。各试点地区每半年报送一次试点进展情况，分别于当年7月15日、次年1月15日前报送。"),
]
MOF_CONTACT = "联系人及电话：商务部自贸区港司 陈晓，010-85093217；海关总署自贸区和特殊区域发展司 王宁，010-65195462；国家外汇管理局经常项目管理司 刘洋，010-68402318。"
MOF_ATT = [
    "自由贸易试验区离岸贸易创新发展试点企业申报表",
    "首批试点地区重点支持业务类型目录",
]


def build_mofcom():
    body = []
    body.append(f'<p style="text-align: center;">{MOF_NUM}</p>')
    body.append('<p>&nbsp;</p>')
    body.append(f'<p>{E(MOF_RECIP)}</p>')
    body.append(f'<p style="text-indent: 2em;">{E(MOF_INTRO)}</p>')
    for kind, t in MOF_BODY:
        if kind == "h":
            body.append(f'<p style="text-indent: 2em;"><strong>{E(t)}</strong></p>')
        else:
            head, rest = t.split("。", 1)
            body.append(f'<p style="text-indent: 2em;"><span style="font-family: 楷体, 楷体_GB2312;">{E(head)}。</span>{E(rest)}</p>')
    body.append(f'<p style="text-indent: 2em;">{E(MOF_CONTACT)}</p>')
    body.append('<p>&nbsp;</p>')
    body.append(f'<p style="text-indent: 2em;">附件：1.{E(MOF_ATT[0])}</p>')
    body.append(f'<p style="text-indent: 5em;">2.{E(MOF_ATT[1])}</p>')
    body.append('<p>&nbsp;</p>')
    body.append('<p style="text-align: right;">商务部　海关总署　国家外汇管理局</p>')
    body.append('<p style="text-align: right;">2024年7月8日</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body_html = "\n".join(body)
    nav = "".join(f'<li><a href="https://www.mofcom.gov.cn/{p}/index.html">{n}</a></li>' for p, n in [
        ("", "首页"), ("zwgk", "政务公开"), ("zcfb", "政策发布"), ("xwfb", "新闻发布"), ("hdjl", "互动交流"), ("ywzn", "业务指南"), ("tjsj", "统计数据")])
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.mofcom.gov.cn/zcfb/zcwg/art/2024/art_5b7e2c9d41a04f6f.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="SiteDomain" content="www.mofcom.gov.cn">
<meta name="SiteIDCode" content="bm22000099">
<meta name="ColumnName" content="政策发布">
<meta name="ColumnType" content="部门规章和规范性文件">
<meta name="ArticleTitle" content="{E(MOF_TITLE)}">
<meta name="PubDate" content="2024-07-12 16:05">
<meta name="ContentSource" content="自贸区港司">
<meta name="Keywords" content="自由贸易试验区,离岸贸易,一带一路">
<meta name="Description" content="商务部 海关总署 国家外汇管理局关于支持自由贸易试验区离岸贸易创新发展的通知">
<title>{E(MOF_TITLE)}_中华人民共和国商务部</title>
<link rel="stylesheet" href="./{E(MOF_TITLE)}_中华人民共和国商务部_files/common.css">
<link rel="stylesheet" href="./{E(MOF_TITLE)}_中华人民共和国商务部_files/article.css">
<script src="./{E(MOF_TITLE)}_中华人民共和国商务部_files/jquery.min.js"></script>
<script>var _hmt = _hmt || []; var articleId = "5b7e2c9d41a04f6f"; var pubDate = "2024-07-12 16:05";</script>
<style>.art-con p{{font-size:16px;line-height:2;margin:0}} .jiedu-box{{border:1px solid #d9d9d9;background:#f7f7f7;padding:12px 18px;margin-top:24px}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>中华人民共和国商务部</span><span class="date">2024年7月15日 星期一</span>
<a href="https://www.mofcom.gov.cn/">English</a> | <a href="https://www.mofcom.gov.cn/">无障碍</a> | <a href="https://www.mofcom.gov.cn/">长者模式</a></div></div>
<div class="header"><div class="w1200"><a href="https://www.mofcom.gov.cn/" class="logo"><img src="./{E(MOF_TITLE)}_中华人民共和国商务部_files/logo.png" alt="中华人民共和国商务部 Ministry of Commerce of the People's Republic of China"></a>
<div class="search"><form action="https://search.mofcom.gov.cn/"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="https://www.mofcom.gov.cn/">首页</a> &gt; <a href="https://www.mofcom.gov.cn/zcfb/index.html">政策发布</a> &gt; <a href="https://www.mofcom.gov.cn/zcfb/zcwg/index.html">对外开放</a></div>
<div class="art-box">
<h1 class="art-title">{E(MOF_TITLE)}</h1>
<div class="art-info"><span>发布时间：2024-07-12 16:05</span><span>来源：自贸区港司</span>
<span class="font-size">【字体：<a href="javascript:void(0)" onclick="doZoom(18)">大</a> <a href="javascript:void(0)" onclick="doZoom(16)">中</a> <a href="javascript:void(0)" onclick="doZoom(14)">小</a>】</span>
<span class="print"><a href="javascript:window.print()">打印本页</a></span></div>
<div class="art-con" id="zoom">
<div class="TRS_Editor">
{body_html}
</div>
</div>
<div class="art-fj">
<p><strong>附件下载：</strong></p>
<ul>
<li><a href="https://www.mofcom.gov.cn/zcfb/zcwg/art/2024/P020240712600419876543.doc" target="_blank">附件1.{E(MOF_ATT[0])}.doc</a></li>
<li><a href="https://www.mofcom.gov.cn/zcfb/zcwg/art/2024/P020240712600421234567.pdf" target="_blank">附件2.{E(MOF_ATT[1])}.pdf</a></li>
</ul>
</div>
<div class="jiedu-box">
<div class="jiedu-title">相关解读</div>
<ul>
<li><a href="https://www.mofcom.gov.cn/xwfb/xwfbh/art/2024/art_8c1d.html">商务部自贸区港司负责人就《关于支持自由贸易试验区离岸贸易创新发展的通知》答记者问</a><span>2024-07-12</span></li>
<li><a href="https://www.mofcom.gov.cn/zcjd/art/2024/art_9a2f.html">一图读懂｜自贸试验区离岸贸易创新发展“九条措施”</a><span>2024-07-13</span></li>
</ul>
<p class="jiedu-summary">近日，商务部、海关总署、国家外汇管理局联合印发《关于支持自由贸易试验区离岸贸易创新发展的通知》，在上海、广东等7个自贸试验区（港）开展新型离岸国际贸易试点。一是建立试点企业名单制度；二是优化跨境资金结算，单笔500万美元以下业务1个工作日内办结；三是强化海关数据支持。</p>
</div>
<div class="share-bar">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qq" href="javascript:void(0)">QQ空间</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xglj"><div class="xglj-title">相关链接</div>
<ul><li><a href="https://www.mofcom.gov.cn/zcfb/art/2023/art_77aa.html">商务部关于印发《自由贸易试验区重点工作清单（2023—2025年）》的通知</a></li>
<li><a href="https://www.mofcom.gov.cn/zcfb/art/2024/art_01bc.html">国务院关于印发《全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案》的通知</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.mofcom.gov.cn/">网站地图</a> | <a href="https://www.mofcom.gov.cn/">联系我们</a> | <a href="https://www.mofcom.gov.cn/">网站声明</a></p>
<p>主办单位：中华人民共和国商务部　　承办单位：商务部电子商务和信息化司　　网站标识码：bm22000099</p>
<p>京ICP备05004093号-9　　京公网安备11040102700099号　　地址：北京市东长安街2号　邮编：100731　总机：010-65121919</p>
<p>建议使用1920×1080分辨率 IE10以上版本浏览器</p>
</div></div>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body></html>
"""
    path = os.path.join(HERE, "blind172_mofcom_notice.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    clauses = [MOF_INTRO] + [t for k, t in MOF_BODY if k == "p"] + [MOF_CONTACT]
    exp = {
        "meta": {
            "title": MOF_TITLE,
            "doc_number": MOF_NUM,
            "issuer": ["商务部", "海关总署", "国家外汇管理局"],
            "date": "2024-07-08",
            "published": "2024-07-12",
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": MOF_ATT,
            "doc_type": "通知",
            "recipients": [
                "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门",
                "海关总署广东分署、各直属海关",
                "国家外汇管理局各省、自治区、直辖市、计划单列市分局",
            ],
            "publicity": "此件公开发布",
            "source_url": "https://www.mofcom.gov.cn/zcfb/zcwg/art/2024/art_5b7e2c9d41a04f6f.html",
            "content_source": "自贸区港司 (来源 line / ContentSource meta — the drafting department, not the issuer)",
            "attachment_files": [
                "P020240712600419876543.doc (附件1, link only, not on disk)",
                "P020240712600421234567.pdf (附件2, link only, not on disk)",
            ],
        },
        "clauses": clauses,
        "applies_to": {
            "default": "全国",
            "specific": {
                "（二）": "上海、广东、浙江、福建、海南、山东、重庆自由贸易试验区（港）",
                "（五）": "上海洋山特殊综合保税区、海南洋浦经济开发区 (second sentence; the first sentence is national)",
                "（六）": "重庆、广东自由贸易试验区 (for the 中欧班列运单 part; the rest applies to all 试点地区)",
            },
            "note": "共建“一带一路”国家, 中欧班列, 西部陆海新通道 and “丝路海运” do not place a clause abroad or in a province. 北京市东长安街2号 (footer address) is furniture, not a place of application. 商务部（自贸区港司） in （七） is an organ.",
        },
        "_note": (
            "A browser-saved (Chrome “网页，全部”) ministry article page. Furniture, not clauses: the saved-from comment, <meta> tags (ArticleTitle = title, PubDate 2024-07-12 16:05 = published, ContentSource 自贸区港司), <title> with the suffix “_中华人民共和国商务部” (must not stay in the title), top bar (date 2024年7月15日 星期一 = the day the page was viewed, NOT a document date), logo, search box, nav menu, breadcrumb 当前位置：首页 > 政策发布 > 对外开放, the info line 发布时间：2024-07-12 16:05 / 来源：自贸区港司 / 【字体：大 中 小】 / 打印本页, "
            "the 文号 line 商自贸发〔2024〕87号 (→ doc_number), the 主送 paragraph (→ recipients, 3 groups separated by “，”), the 附件说明 (附件：1.… / 2.… → attachments, no “1.”/“2.” prefixes), the 落款 (商务部　海关总署　国家外汇管理局 separated by ideographic spaces → 3 issuers, not one string) and 2024年7月8日, （此件公开发布）, "
            "the 附件下载 link list (file names with .doc/.pdf extensions and “附件1.” prefixes — the same 2 attachments, must not be counted twice or keep the extension), the 相关解读 box (2 links + a summary paragraph with “一是…二是…三是…” — a press digest, NOT clauses of this document; reading it as clauses is medium, it duplicates/paraphrases the real text), share bar, 【关闭窗口】, 相关链接 (titles of OTHER documents — must not become title/attachments/clauses), footer (主办单位, ICP/公安备案, 网站标识码, address and 总机 010-65121919). "
            "Headings 一、总体要求 / 二、主要任务 / 三、保障措施 carry no text (tolerable as heading clauses). （一）…（九） are run-in headings (楷体 span + text in one <p>): heading + text = ONE clause. The contact paragraph is a clause (low if dropped). "
            "date = 成文日期 2024-07-08 (落款); 2024-07-12 is the publication date; 2024-07-15 is when it was viewed; 2024-09-30 / 2024-10-31 / 2025-12 are deadlines. Joint issuers: all three; issuer = 自贸区港司 (来源) is wrong (medium). No effective/expires (a 通知 without a term)."
        ),
        "_pdf": {"note": "no PDF this round; the .doc/.pdf attachments are links only and are not on disk"},
    }
    return path, exp


# =====================================================================
# 2. 湖南省 政策文件库 page (provincial), GBK, table with one cell per paragraph
# =====================================================================
HN_MEAS = "支持中国（湖南）自由贸易试验区深化中非经贸合作若干措施"
HN_TITLE = f"湖南省人民政府办公厅关于印发《{HN_MEAS}》的通知"
HN_NUM = "湘政办发〔2024〕29号"
HN_RECIP = "各市州、县市区人民政府，省政府各厅委、各直属机构："
HN_COVER = f"《{HN_MEAS}》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
HN_INTRO = "为深入贯彻落实习近平总书记关于中非合作的重要论述和对湖南的重要指示精神，高水平建设中国（湖南）自由贸易试验区，打造中非经贸深度合作先行区，服务共建“一带一路”高质量发展，结合我省实际，制定以下措施。"
HN_M = [
    ("一、支持中非经贸博览会平台建设。", "对在长沙片区举办的中国—非洲经贸博览会期间签约落地的非洲项目，实际到位外资金额1000万美元以上的，按实际到位外资金额的2%给予项目单位奖励，单个项目最高500万元。（责任单位：省商务厅、省财政厅、长沙市人民政府）"),
    ("二、扩大非洲非资源性产品进口。", "支持长沙片区建设非洲非资源性产品集散交易加工中心，对年度自非洲进口咖啡、坚果、可可、干辣椒等非资源性产品货值超过5000万元的企业，按进口货值的1%给予奖励，单个企业最高200万元。（责任单位：省商务厅、长沙海关）"),
    ("三、畅通对非物流通道。", "支持岳阳片区城陵矶港加密至非洲的江海联运航线，对经岳阳城陵矶港中转至非洲港口的外贸集装箱，按每标准箱300元给予补贴；支持长沙黄花国际机场开通至非洲的全货机航线，每开通1条给予运营企业一次性补助300万元。（责任单位：省交通运输厅、省商务厅、岳阳市人民政府、长沙市人民政府）"),
    ("四、推动对非跨境人民币结算。", "鼓励金融机构为中非贸易企业提供跨境人民币结算、汇率避险等服务，对中非贸易跨境人民币结算量年度增长30%以上的企业，按结算量的0.1%给予奖励，单个企业最高50万元。（责任单位：中国人民银行湖南省分行、省地方金融管理局）"),
    ("五、支持郴州片区承接产业转移。", "支持郴州片区建设湘粤非铁海联运通道，对经郴州至广州南沙港、深圳盐田港出海至非洲的铁海联运集装箱，按每标准箱500元给予补贴，单个企业年度最高300万元。（责任单位：省发展改革委、郴州市人民政府）"),
    ("六、加强对非经贸人才培养。", "依托省内高校和职业院校，每年为非洲国家培训经贸、农业、职业技术等领域人才1000人次以上，所需经费从省级中非经贸合作专项资金中列支。（责任单位：省教育厅、省商务厅）"),
    ("七、强化资金保障。", "省财政每年安排中非经贸合作专项资金3亿元，统筹用于本措施所列支持事项。同一项目同时符合本措施和省内其他同类政策的，按照“就高不重复”原则执行。"),
    ("八、抓好重点项目建设。", "2024—2025年重点推进以下项目："),
]
HN_TAB_H = ["序号", "项目名称", "所在片区", "牵头单位", "完成时限"]
HN_TAB = [
    ["1", "中非经贸合作促进创新示范园二期", "长沙片区", "长沙市人民政府", "2025年6月"],
    ["2", "非洲非资源性产品集散交易加工中心", "长沙片区", "省商务厅", "2024年12月"],
    ["3", "城陵矶港对非江海联运航线加密", "岳阳片区", "岳阳市人民政府", "2025年3月"],
    ["4", "湘粤非铁海联运郴州集结中心", "郴州片区", "郴州市人民政府", "2025年12月"],
]
HN_LAST = "九、本措施自2024年9月1日起施行，有效期至2027年8月31日。本措施由省商务厅负责解释。"


def build_hunan():
    def cell(inner, align=None, indent=True):
        st = []
        if align:
            st.append(f"text-align:{align}")
        if indent and not align:
            st.append("text-indent:2em")
        st.append("line-height:30px")
        return f'<tr>\n<td style="{";".join(st)}"><font style="font-size:16px">{inner}</font></td>\n</tr>'

    empty = '<tr>\n<td>&nbsp;</td>\n</tr>'
    rows = []
    rows.append(cell(E(HN_NUM), align="center"))
    rows.append(empty)
    rows.append(cell(E(HN_RECIP), indent=False))
    rows.append(cell(E(HN_COVER)))
    rows.append(empty)
    rows.append(cell("湖南省人民政府办公厅", align="right"))
    rows.append(cell("2024年8月9日", align="right"))
    rows.append(cell("（此件主动公开）"))
    rows.append(empty)
    rows.append(cell(f"<strong>{E(HN_MEAS)}</strong>", align="center"))
    rows.append(empty)
    rows.append(cell(E(HN_INTRO)))
    for i, (h, t) in enumerate(HN_M):
        if i == 2:
            # a paragraph pasted from a PDF: a hard line break mid-sentence
            a, b = t.split("长沙黄花国际机场", 1)
            inner = f"<b>{E(h)}</b>{E(a)}长沙黄花国际机场<br>{E(b)}"
        else:
            inner = f"<b>{E(h)}</b>{E(t)}"
        rows.append(cell(inner))
    # nested table, rowspan on 所在片区 for the two 长沙片区 rows
    nt = ['<table width="92%" border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse">']
    nt.append("<tr>" + "".join(f'<td align="center"><b>{E(h)}</b></td>' for h in HN_TAB_H) + "</tr>")
    for j, r in enumerate(HN_TAB):
        tds = []
        for k, v in enumerate(r):
            if k == 2 and j == 0:
                tds.append(f'<td align="center" rowspan="2">{E(v)}</td>')
            elif k == 2 and j == 1:
                continue
            else:
                tds.append(f'<td align="center">{E(v)}</td>')
        nt.append("<tr>" + "".join(tds) + "</tr>")
    nt.append("</table>")
    rows.append('<tr>\n<td>' + "\n".join(nt) + '</td>\n</tr>')
    rows.append(cell(E(HN_LAST)))
    rows.append(empty)
    table_html = "\n".join(rows)

    info = [
        ("索 引 号：", "000014349/2024-00187", "分　　类：", "商贸、海关、旅游\\通知"),
        ("发文机关：", "湖南省人民政府办公厅", "成文日期：", "2024年08月09日"),
        ("标　　题：", HN_TITLE, None, None),
        ("发文字号：", HN_NUM, "发布日期：", "2024年08月15日"),
        ("主 题 词：", "", "有 效 性：", "有效"),
    ]
    info_rows = []
    for a, b, c, d in info:
        if c is None:
            info_rows.append(f'<tr><td class="tit">{E(a)}</td><td colspan="3">{E(b)}</td></tr>')
        else:
            info_rows.append(f'<tr><td class="tit">{E(a)}</td><td>{E(b)}</td><td class="tit">{E(c)}</td><td>{E(d)}</td></tr>')
    info_html = "\n".join(info_rows)

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0079)http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202408/t20240815_33421876.html -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{E(HN_TITLE)} - 湖南省人民政府门户网站</title>
<meta name="SiteName" content="湖南省人民政府门户网站">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{E(HN_TITLE)}">
<meta name="PubDate" content="2024-08-15 17:42">
<meta name="ContentSource" content="湖南省人民政府办公厅">
<link href="./{E(HN_TITLE)} - 湖南省人民政府门户网站_files/style.css" rel="stylesheet" type="text/css">
<style type="text/css">.xxgk_table td.tit{{width:90px;font-weight:bold;background:#f2f6fb}} .xxgk_table td{{border:1px solid #cbd7e6;padding:4px 8px;font-size:13px}}</style>
</head>
<body>
<div id="top"><div class="w1000"><img src="./{E(HN_TITLE)} - 湖南省人民政府门户网站_files/banner.jpg" alt="湖南省人民政府门户网站"></div></div>
<div id="nav" class="w1000"><a href="http://www.hunan.gov.cn/">首页</a> <a href="http://www.hunan.gov.cn/hnszf/zfsj/">政府领导</a> <a href="http://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a> <a href="http://www.hunan.gov.cn/hnszf/hdjl/">互动交流</a> <a href="http://www.hunan.gov.cn/hnszf/bsfw/">办事服务</a> <a href="http://www.hunan.gov.cn/hnszf/hnyw/">湖南要闻</a></div>
<div class="w1000 position">您当前的位置：<a href="http://www.hunan.gov.cn/">首页</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/">政务公开</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/">政策文件库</a> &gt; <a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/">省政府办公厅文件</a></div>
<div class="w1000 main">
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0" border="0">
<tbody>
{info_html}
</tbody>
</table>
<div class="sp_title" style="text-align:center;font-size:22px;font-weight:bold;margin:24px 0 6px">{E(HN_TITLE)}</div>
<div class="sp_time" style="text-align:center;color:#666">发布时间：2024-08-15 17:42　　信息来源：湖南省人民政府办公厅　　【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom" class="main_content">
<table width="640" border="0" align="center" cellpadding="0" cellspacing="0">
<tbody>
{table_html}
</tbody>
</table>
</div>
<div class="bottom_tools"><span><a href="javascript:window.print()">【打印】</a></span> <span><a href="javascript:window.close()">【关闭】</a></span>
<span class="ewm"><img src="./{E(HN_TITLE)} - 湖南省人民政府门户网站_files/qrcode.png" alt="">扫一扫在手机打开当前页</span></div>
<div class="xgwj"><h3>相关文件</h3><ul>
<li><a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfwj/202108/t20210831_20441122.html">湖南省人民政府关于印发《中国（湖南）自由贸易试验区建设实施方案》的通知</a></li>
<li><a href="http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202305/t20230512_29331001.html">湖南省人民政府办公厅关于支持中非经贸深度合作先行区建设的若干意见</a></li>
</ul></div>
</div>
<div id="footer"><div class="w1000">
<p>主办：湖南省人民政府办公厅　承办：湖南省人民政府发展研究中心　　<a href="http://www.hunan.gov.cn/">网站地图</a></p>
<p>网站标识码：4300000063　湘ICP备05002012号　湘公网安备 43010502000123号</p>
</div></div>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</body></html>
"""
    path = os.path.join(HERE, "blind172_hunan_zcwjk.html")
    with open(path, "wb") as fh:
        fh.write(page.encode("gbk"))
    clauses = [HN_COVER, HN_INTRO] + [h + t for h, t in HN_M] + [row_clause(HN_TAB_H, r) for r in HN_TAB] + [HN_LAST]
    exp = {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["湖南省人民政府办公厅"],
            "date": "2024-08-09",
            "published": "2024-08-15",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2024-09-01",
            "expires": "2027-08-31",
            "attachments": [HN_MEAS],
            "doc_type": "通知",
            "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件主动公开",
            "index_number": "000014349/2024-00187",
            "validity": "有效",
            "encoding": "GB2312/GBK (meta charset=gb2312); bytes are not UTF-8",
            "source_url": "http://www.hunan.gov.cn/hnszf/xxgk/wjk/szfbgt/202408/t20240815_33421876.html",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "一、": "长沙片区",
                "二、": "长沙片区",
                "三、": "岳阳片区（城陵矶港）；长沙（长沙黄花国际机场）",
                "五、": "郴州片区",
                "八、 table row 1": "长沙片区",
                "八、 table row 2": "长沙片区 (from the rowspan cell)",
                "八、 table row 3": "岳阳片区",
                "八、 table row 4": "郴州片区",
            },
            "note": "非洲 / 中国—非洲经贸博览会 / 非洲港口 do not place a clause abroad; 广州南沙港、深圳盐田港 (五、) are transit ports, the clause applies in 郴州片区, not in 广东. 长沙海关, 中国人民银行湖南省分行 and the 责任单位 lists are organs, not places. 长沙市人民政府 as 牵头单位 is an organ too (the place is the 片区 column).",
        },
        "_note": (
            "A provincial 政策文件库 page saved from the browser in its own encoding, GB2312/GBK (meta http-equiv charset=gb2312) — reading it as UTF-8 gives mojibake (HIGH). "
            "Top: the 信息公开 info table (索引号, 分类, 发文机关, 成文日期 2024年08月09日, 标题, 发文字号, 发布日期 2024年08月15日, 主题词 (empty), 有效性 有效) — metadata, NOT clauses; its label/value cells (e.g. “发文机关：|湖南省人民政府办公厅”) must not appear as clauses. "
            "<title> carries the suffix “ - 湖南省人民政府门户网站”. Then the title again, the line 发布时间：2024-08-15 17:42 / 信息来源 / 【大 中 小】. "
            "The text itself sits in a layout <table> with ONE <tr><td> PER PARAGRAPH (old CMS): each non-empty cell is one paragraph; the &nbsp; rows are spacing. Furniture inside it: 文号 cell, 主送 cell, 落款 cells (湖南省人民政府办公厅 / 2024年8月9日, right-aligned), （此件主动公开）, the centred bold title of the measures (= the attachment title, not a clause). "
            "Clauses: the cover sentence, then the measures: intro, 一、…八、 (bold run-in heading + text in ONE cell = one clause), the 4 rows of the nested 重点项目 table, 九、 (which has no heading text). "
            "Traps: item 三、 has a hard <br> inside its cell after “长沙黄花国际机场” (pasted from a PDF): it is ONE clause and must be re-joined with no space/newline (split into two clauses is medium; a newline kept inside the text is low). "
            "The nested <table> inside a <td> of the layout table is the 重点项目 table: the reader must not treat the outer layout table as a data table (every paragraph as a “row” with an empty header is HIGH-ish/medium: labels and structure lost) and must read the nested table's rows as rows; 所在片区 is rowspan=2 over rows 1–2, so row 2 must still carry 长沙片区 (blank is medium — “which projects are in 长沙片区”). "
            "The measures may be appended to the notice's clauses or form a second document (title = the measures title, issuer 湖南省人民政府办公厅, date 2024-08-09) — both tolerable. "
            "date = 2024-08-09; published 2024-08-15; effective 2024-09-01, expires 2027-08-31 (九、). The 相关文件 list (two OTHER documents' titles), 打印/关闭, 扫一扫 QR, nav, breadcrumb 政策文件库 > 省政府办公厅文件, footer (网站标识码, ICP) are furniture."
        ),
        "_pdf": {"note": "no PDF this round"},
    }
    return path, exp


# =====================================================================
# 3. 厦门 mobile page (m.xm.gov.cn look-alike)
# =====================================================================
XM_MEAS = "厦门片区促进“丝路海运”航线发展扶持办法"
XM_ISSUER = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_TITLE = f"{XM_ISSUER}关于印发《{XM_MEAS}》的通知"
XM_NUM = "厦自贸委〔2024〕6号"
XM_RECIP = "片区各部门，各有关单位："
XM_COVER = f"《{XM_MEAS}》已经片区管委会2024年第5次主任办公会议研究通过，现印发给你们，请遵照执行。"
XM_ART = [
    "为深入推进“丝路海运”建设，加快厦门国际航运中心发展，支持共建“一带一路”国家和地区航线开辟，根据《中国（福建）自由贸易试验区条例》等规定，结合厦门片区实际，制定本办法。",
    "本办法适用于在厦门片区注册、具有独立法人资格，从事国际集装箱班轮运输、国际货运代理及港口服务的企业。",
    "本办法所称“丝路海运”航线，是指经“丝路海运”联盟认定、以厦门港为始发港或挂靠港、通达共建“一带一路”国家和地区港口的集装箱班轮航线。",
    "对新开辟“丝路海运”命名航线、连续运营满6个月且月均航次不少于4个的班轮公司，给予一次性奖励80万元；航线通达非洲、南美洲港口的，奖励提高至120万元。",
    "对在海沧港区、东渡港区完成的“丝路海运”航线外贸集装箱吞吐量，按照年度增量部分每标准箱20元给予班轮公司奖励，单个企业年度最高不超过300万元。",
    "对组织货源通过“丝路海运”航线进出口、年度外贸集装箱量达到5000标准箱以上的国际货运代理企业，按每标准箱15元给予奖励，单个企业年度最高不超过100万元。",
    "对经中欧（厦门）班列与厦门港“丝路海运”航线衔接、开展海铁联运中转的集装箱，按每标准箱150元给予补贴。",
    "支持企业应用“丝路海运”电子信息平台，对接入平台并实现全程物流可视化的航线，每条航线给予运营企业10万元信息化补助。",
    "同一企业同一事项符合片区其他扶持政策的，按照就高原则给予支持，不重复享受。",
    "申请扶持的企业应当于每年3月31日前向片区管委会产业发展局提交申请材料，经审核、公示无异议后拨付资金。",
    "企业以虚报、冒领等手段骗取扶持资金的，由片区管委会追回已拨付资金，三年内取消其申请资格；涉嫌犯罪的，依法移送司法机关。",
    "本办法由片区管委会产业发展局负责解释。",
    "本办法自2024年6月1日起施行，有效期三年。",
]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]


def build_xiamen():
    ps = []
    ps.append(f'<p style="text-align:center">{E(XM_NUM)}</p>')
    ps.append(f'<p>{E(XM_RECIP)}</p>')
    ps.append(f'<p style="text-indent:2em">{E(XM_COVER)}</p>')
    ps.append(f'<p style="text-align:right">{E(XM_ISSUER)}</p>')
    ps.append('<p style="text-align:right">2024年5月24日</p>')
    ps.append('<p style="text-indent:2em">（此件主动公开）</p>')
    ps.append('<p><br></p>')
    ps.append(f'<p style="text-align:center"><strong>{E(XM_MEAS)}</strong></p>')
    for n, t in zip(CN_NUM, XM_ART):
        ps.append(f'<p style="text-indent:2em"><strong>第{n}条</strong>　{E(t)}</p>')
    body = "\n".join(ps)
    t1, t2 = XM_TITLE.split("关于印发", 1)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0058)https://m.xm.gov.cn/zwgk/zcwj/202405/t20240528_2876543.htm -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{E(XM_TITLE)}_厦门市人民政府</title>
<meta name="ArticleTitle" content="{E(XM_TITLE)}">
<meta name="PubDate" content="2024-05-28 10:12">
<meta name="ContentSource" content="厦门片区管委会">
<link rel="stylesheet" href="./{E(XM_TITLE)}_厦门市人民政府_files/m-common.css">
<style>
body{{max-width:750px;margin:0 auto;font-size:16px;background:#f5f5f5}}
.m-header{{height:44px;line-height:44px;background:#c40d0d;color:#fff;text-align:center;position:relative}}
.m-header .back{{position:absolute;left:10px;color:#fff}}
.m-art{{background:#fff;padding:15px}}
.m-art h1{{font-size:20px;line-height:1.5}}
.m-info{{color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}}
.m-info span{{margin-right:10px}}
.m-con p{{line-height:1.9;margin:8px 0}}
.m-share{{display:flex;justify-content:space-around;padding:12px 0}}
.m-pn{{background:#fff;margin-top:10px;padding:10px 15px;font-size:14px}}
</style>
</head>
<body>
<div class="m-header"><a class="back" href="javascript:history.back()">&lt;</a><span>厦门市人民政府</span><a class="menu" href="https://m.xm.gov.cn/nav.htm">☰</a></div>
<div class="m-crumb"><a href="https://m.xm.gov.cn/">首页</a> &gt; <a href="https://m.xm.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://m.xm.gov.cn/zwgk/zcwj/">政策文件</a></div>
<div class="m-art">
<h1>{E(t1)}关于印发<br>{E(t2)}</h1>
<div class="m-info"><span>2024-05-28 10:12</span><span>来源：厦门片区管委会</span><span class="zh">字号：<a href="javascript:void(0)" data-size="18">大</a> <a href="javascript:void(0)" data-size="16">中</a> <a href="javascript:void(0)" data-size="14">小</a></span></div>
<div class="m-con" id="zoom">
{body}
</div>
<div class="m-share"><span>分享到：</span><a class="s-wx" href="javascript:void(0)"><img src="./{E(XM_TITLE)}_厦门市人民政府_files/wx.png" alt="">微信</a><a class="s-pyq" href="javascript:void(0)"><img src="./{E(XM_TITLE)}_厦门市人民政府_files/pyq.png" alt="">朋友圈</a><a class="s-wb" href="javascript:void(0)"><img src="./{E(XM_TITLE)}_厦门市人民政府_files/wb.png" alt="">微博</a><a class="s-copy" href="javascript:void(0)">复制链接</a></div>
</div>
<div class="m-pn">
<p>上一篇：<a href="https://m.xm.gov.cn/zwgk/zcwj/202405/t20240527_2876101.htm">厦门市人民政府办公厅关于印发厦门市进一步优化营商环境若干措施的通知</a></p>
<p>下一篇：<a href="https://m.xm.gov.cn/zwgk/zcwj/202405/t20240529_2877002.htm">厦门市商务局关于组织开展2024年外贸企业境外参展补助资金申报工作的通知</a></p>
</div>
<div class="m-pn m-tj"><h3>相关推荐</h3>
<ul><li><a href="https://m.xm.gov.cn/zwgk/zcwj/202312/t20231220_2801234.htm">厦门市人民政府关于加快建设“丝路海运”核心区的实施意见</a><span>2023-12-20</span></li>
<li><a href="https://m.xm.gov.cn/zwgk/zcwj/202403/t20240315_2850011.htm">中国（福建）自由贸易试验区厦门片区跨境电商扶持办法</a><span>2024-03-15</span></li></ul></div>
<div class="m-footer"><a href="#top">返回顶部</a> | <a href="https://www.xm.gov.cn/">电脑版</a><p>主办：厦门市人民政府办公厅</p><p>闽ICP备05022024号</p></div>
<script>document.querySelectorAll('.zh a').forEach(function(a){{a.onclick=function(){{document.getElementById('zoom').style.fontSize=a.dataset.size+'px';}};}});</script>
</body></html>
"""
    path = os.path.join(HERE, "blind172_m_xiamen.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    clauses = [XM_COVER] + [f"第{n}条　{t}" for n, t in zip(CN_NUM, XM_ART)]
    exp = {
        "meta": {
            "title": XM_TITLE,
            "doc_number": XM_NUM,
            "issuer": [XM_ISSUER],
            "date": "2024-05-24",
            "published": "2024-05-28",
            "level": "municipal",
            "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
            "effective": "2024-06-01",
            "expires": "2027-05-31",
            "attachments": [XM_MEAS],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各有关单位"],
            "publicity": "此件主动公开",
            "source_url": "https://m.xm.gov.cn/zwgk/zcwj/202405/t20240528_2876543.htm",
            "content_source": "厦门片区管委会 (来源 on the info line; a short name of the issuer)",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
            "specific": {
                "第五条": "海沧港区、东渡港区",
            },
            "note": "共建“一带一路”国家和地区, 非洲、南美洲港口 (第四条) do not place a clause abroad; 中欧（厦门）班列 / 厦门港 (第七条) are in 厦门 (default is fine). 福建省 as a whole is too broad (low).",
        },
        "_note": (
            "A page of a mobile government site (m.xm.gov.cn look-alike) saved from the browser: viewport meta, 750px layout, red header bar with a back arrow “<”, the site name 厦门市人民政府 and a ☰ menu link, breadcrumb 首页 > 政务公开 > 政策文件. "
            "The <h1> title has a <br> after “关于印发” (mobile editors wrap long titles): the title must be re-joined without a space/newline (split title or title cut at the <br> is medium). <title> has the suffix “_厦门市人民政府”. "
            "Under the title ONE info line holds 2024-05-28 10:12 / 来源：厦门片区管委会 / 字号：大 中 小 in three spans — 2024-05-28 is the publication date, not the 成文日期; 来源 is not the full issuer name. "
            "Body: 文号 line, 主送, cover sentence (clause), 落款 (issuer + 2024年5月24日), （此件主动公开）, the centred bold 办法 title (= attachment title, not a clause), then 第一条…第十三条 (bold “第X条” + ideographic space + text in one <p>): each article is one clause, label 第X条. "
            "Furniture after the text: share bar (分享到：微信 朋友圈 微博 复制链接, with icon <img>s), 上一篇：/下一篇： links whose anchor texts are titles of OTHER documents (must not become the title, attachments or clauses — HIGH if one becomes the title, medium if they appear as clauses), 相关推荐 list (two other titles with dates 2023-12-20 / 2024-03-15 — must not become dates), footer 返回顶部 | 电脑版, 主办, ICP. "
            "date = 2024-05-24; published 2024-05-28; effective 2024-06-01; expires = 2027-05-31 (“有效期三年” from 2024-06-01 — the reader must compute it; None is low/medium, 2027-06-01 is low). The meeting (2024年第5次主任办公会议) is not a date. 3月31日 in 第十条 is a yearly deadline."
        ),
        "_pdf": {"note": "no PDF this round"},
    }
    return path, exp


# =====================================================================
# 4. 郑州市商务局 公示 page
# =====================================================================
ZZ_TITLE = "郑州市商务局关于2024年度郑州市“一带一路”公共海外仓拟认定名单的公示"
ZZ_LIST = "2024年度郑州市“一带一路”公共海外仓拟认定名单"
ZZ_P = [
    "根据《郑州市公共海外仓认定和管理办法》（郑商〔2023〕18号）和《关于开展2024年度郑州市公共海外仓认定工作的通知》要求，经企业自愿申报、县（市、区）商务主管部门初审、专家评审和实地核查，拟认定河南中欧物流有限公司等10家企业为2024年度郑州市“一带一路”公共海外仓（名单附后），现予以公示。",
    "一、公示时间：2024年10月14日至2024年10月18日（5个工作日）。",
    "二、公示期间，任何单位和个人对拟认定名单有异议的，可通过书面、电话或电子邮件等方式向郑州市商务局反映。反映问题应实事求是，以单位名义反映的应加盖单位公章，以个人名义反映的应署真实姓名并提供联系方式，匿名反映不予受理。",
]
ZZ_CONTACT_H = "三、联系方式"
ZZ_CONTACT = [
    "受理部门：郑州市商务局对外贸易处",
    "联系电话：0371-67181234",
    "监督电话：0371-67185678（驻市商务局纪检监察组）",
    "电子邮箱：zzswj_wmc@zhengzhou.gov.cn",
    "通讯地址：郑州市郑东新区商务外环路17号郑州市商务局1208室，邮编450046",
]
ZZ_H = ["序号", "企业名称", "所在县（市、区）", "海外仓所在国家（城市）", "仓储面积（平方米）"]
ZZ_ROWS = [
    ["1", "河南中欧物流有限公司", "郑州经济技术开发区", "匈牙利（布达佩斯）", "32000"],
    ["2", "郑州陆港国际供应链有限公司", "郑州经济技术开发区", "德国（汉堡）", "18500"],
    ["3", "河南航空港跨境电商服务有限公司", "郑州航空港经济综合实验区", "比利时（列日）", "25600"],
    ["4", "郑州豫欧通跨境贸易有限公司", "郑州航空港经济综合实验区", "波兰（华沙）", "12000"],
    ["5", "河南中原丝路供应链管理有限公司", "金水区", "哈萨克斯坦（阿拉木图）", "9800"],
    ["6", "郑州万邦海外仓储有限公司", "中原区", "俄罗斯（莫斯科）", "15300"],
    ["7", "河南大象出海科技有限公司", "郑州高新技术产业开发区", "阿联酋（迪拜）", "8600"],
    ["8", "郑州新丝路国际物流有限公司", "新郑市", "马来西亚（吉隆坡）", "11200"],
    ["9", "河南豫货全球仓储有限公司", "荥阳市", "泰国（曼谷）", "7500"],
    ["10", "郑州中原跨境电商产业园运营有限公司", "中牟县", "沙特阿拉伯（利雅得）", "10400"],
]


def build_zhengzhou():
    ps = []
    ps.append(f'<p style="text-indent:2em">{E(ZZ_P[0])}</p>')
    for p in ZZ_P[1:]:
        ps.append(f'<p style="text-indent:2em">{E(p)}</p>')
    ps.append(f'<p style="text-indent:2em">{E(ZZ_CONTACT_H)}</p>')
    for p in ZZ_CONTACT:
        ps.append(f'<p style="text-indent:2em">{E(p)}</p>')
    ps.append('<p>&nbsp;</p>')
    ps.append('<p style="text-align:right">郑州市商务局</p>')
    ps.append('<p style="text-align:right">2024年10月12日</p>')
    ps.append('<p>&nbsp;</p>')
    ps.append(f'<p style="text-align:center"><strong>{E(ZZ_LIST)}</strong></p>')
    t = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">']
    t.append("<thead><tr>" + "".join(f'<th style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p align="center"><b><span>{E(h)}</span></b></p></th>' for h in ZZ_H) + "</tr></thead><tbody>")
    for i, r in enumerate(ZZ_ROWS):
        tds = []
        for k, v in enumerate(r):
            if k == 2 and i in (0, 2):
                tds.append(f'<td rowspan="2" style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p align="center"><span>{E(v)}</span></p></td>')
            elif k == 2 and i in (1, 3):
                continue
            else:
                al = "left" if k == 1 else "center"
                tds.append(f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p align="{al}"><span>{E(v)}</span></p></td>')
        t.append("<tr>" + "".join(tds) + "</tr>")
    t.append("</tbody></table>")
    ps.append("\n".join(t))
    body = "\n".join(ps)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://public.zhengzhou.gov.cn/swj/tzgg/20241014/6124583.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{E(ZZ_TITLE)}-郑州市商务局</title>
<meta name="keywords" content="公共海外仓,一带一路,公示">
<meta name="description" content="{E(ZZ_TITLE)}">
<link rel="stylesheet" type="text/css" href="./{E(ZZ_TITLE)}-郑州市商务局_files/index.css">
<script type="text/javascript" src="./{E(ZZ_TITLE)}-郑州市商务局_files/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="head"><div class="head-top"><div class="wrap"><span>欢迎访问郑州市商务局网站</span><span class="fr"><a href="https://swj.zhengzhou.gov.cn/">设为首页</a> | <a href="https://swj.zhengzhou.gov.cn/">加入收藏</a> | <a href="https://swj.zhengzhou.gov.cn/">无障碍浏览</a></span></div></div>
<div class="logo wrap"><img src="./{E(ZZ_TITLE)}-郑州市商务局_files/logo.png" alt="郑州市商务局"></div>
<div class="nav"><ul class="wrap"><li><a href="https://swj.zhengzhou.gov.cn/">首页</a></li><li><a href="https://swj.zhengzhou.gov.cn/jggk/">机构概况</a></li><li><a href="https://swj.zhengzhou.gov.cn/zwgk/">政务公开</a></li><li><a href="https://swj.zhengzhou.gov.cn/tzgg/">通知公告</a></li><li><a href="https://swj.zhengzhou.gov.cn/ywgz/">业务工作</a></li><li><a href="https://swj.zhengzhou.gov.cn/hdjl/">互动交流</a></li></ul></div></div>
<div class="wrap content">
<div class="location">当前位置：<a href="https://swj.zhengzhou.gov.cn/">首页</a> &gt; <a href="https://swj.zhengzhou.gov.cn/tzgg/">通知公告</a></div>
<div class="news-box">
<div class="news-title"><h2>{E(ZZ_TITLE)}</h2></div>
<div class="news-info">发布日期：2024-10-14 09:30　　信息来源：对外贸易处　　浏览次数：<span id="hits">1286</span>　　<a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
<div class="news-con" id="zoom">
{body}
</div>
<div class="news-fj"><p>附件：<a href="https://public.zhengzhou.gov.cn/swj/tzgg/20241014/6124583/P020241014309125471234.xlsx">{E(ZZ_LIST)}.xlsx</a></p></div>
</div>
</div>
<div class="foot"><div class="wrap">
<p><a href="https://swj.zhengzhou.gov.cn/">关于我们</a> | <a href="https://swj.zhengzhou.gov.cn/">网站地图</a> | <a href="https://swj.zhengzhou.gov.cn/">联系我们</a></p>
<p>主办单位：郑州市商务局　地址：郑州市郑东新区商务外环路17号　邮编：450046</p>
<p>网站联系电话：0371-67189000　　豫ICP备10201023号-3　　网站标识码：4101000041　　豫公网安备 41010502003456号</p>
</div></div>
</body></html>
"""
    path = os.path.join(HERE, "blind172_zhengzhou_gongshi.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    clauses = ZZ_P + ZZ_CONTACT + [row_clause(ZZ_H, r) for r in ZZ_ROWS]
    exp = {
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": None,
            "issuer": ["郑州市商务局"],
            "date": "2024-10-12",
            "published": "2024-10-14",
            "level": "municipal",
            "region": "河南省郑州市",
            "effective": None,
            "expires": None,
            "attachments": [ZZ_LIST],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "publicity_period": {"start": "2024-10-14", "end": "2024-10-18"},
            "contact_phone": "0371-67181234",
            "supervision_phone": "0371-67185678",
            "source_url": "https://public.zhengzhou.gov.cn/swj/tzgg/20241014/6124583.html",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "河南省郑州市",
            "specific": {f"名单 row {r[0]}": r[2] for r in ZZ_ROWS},
            "note": "The 海外仓所在国家（城市） column (布达佩斯, 汉堡, 列日, 华沙, 阿拉木图, 莫斯科, 迪拜, 吉隆坡, 曼谷, 利雅得) names where the warehouse stands abroad — the 认定 applies to the Zhengzhou enterprise in its 县（市、区）, NOT to a foreign city (placing a row in 匈牙利 etc. is medium). Rows 2 and 4 get their district from rowspan cells. 郑东新区 in the 通讯地址 and in the footer is an address, not a place of application.",
        },
        "_note": (
            "A city 商务局 通知公告 page holding a 公示 (no 文号, no 主送). Furniture: <title> suffix “-郑州市商务局”, head bar (欢迎访问… 设为首页 | 加入收藏 | 无障碍浏览), logo, nav, 当前位置：首页 > 通知公告, the info line 发布日期：2024-10-14 09:30 / 信息来源：对外贸易处 / 浏览次数：1286 / 【打印】【关闭】 (1286 is a hit counter, not a figure of the document), 落款 郑州市商务局 / 2024年10月12日, the centred bold list title (= table title / attachment title, not a clause), the 附件：….xlsx link (same list as the table; attachment title without .xlsx), footer (address, 网站联系电话：0371-67189000 — the WEBSITE's phone, which must NOT be taken as the 公示's 联系电话, ICP, 网站标识码). "
            "Clauses: the opening paragraph, 一、公示时间 (with the dates), 二、异议 paragraph, the contact lines under the text-less heading 三、联系方式 (受理部门 / 联系电话 / 监督电话 / 电子邮箱 / 通讯地址 — five <p>s; as 5 clauses or merged into one 三、 clause both fine; LOSING 联系电话 or 监督电话 is medium), and the 10 rows of the 拟认定名单 table as `列名：值` clauses. "
            "The table header is in <thead> with <th> cells whose text sits in <p><b><span>; 所在县（市、区） is rowspan=2 for rows 1–2 (郑州经济技术开发区) and rows 3–4 (郑州航空港经济综合实验区): rows 2 and 4 must still carry the district (blank is medium — “which firms in 航空港区”). "
            "date = 2024-10-12 (落款); published 2024-10-14; the 公示期 2024-10-14 to 2024-10-18 is NOT effective/expires of a policy (expires = 2024-10-18 is tolerable, low; effective = 2024-10-14 likewise). "
            "doc_type 公示 (通知 is wrong, low). The document cited in the first paragraph (郑商〔2023〕18号) is NOT this page's doc_number (HIGH if taken as it — it would make the 公示 look like the 办法)."
        ),
        "_pdf": {"note": "no PDF this round; the .xlsx attachment is a link only and is not on disk"},
    }
    return path, exp


def main():
    out = {}
    files = []
    for fn in (build_mofcom, build_hunan, build_xiamen, build_zhengzhou):
        path, exp = fn()
        files.append(path)
        out[os.path.splitext(os.path.basename(path))[0]] = [exp]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    for f in files:
        print("wrote", f)


if __name__ == "__main__":
    main()
