# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, C416, UP031, UP032, E731
"""Blind round 201: ordinary pages of four 政务服务 / 政策兑现 sites, saved from the browser as
"网页，全部" (Web Page, Complete): the .html plus its _files/ folder (css, js, images, one saved iframe).

  blind201_nanning_duixian.html   南宁市惠企政策兑现平台: the 兑现 page of ONE measure of the 南宁片区
      (政策依据 with 文号, 兑现条件 as a bulleted list with a nested list, 兑现标准 as a table with a
      colspan note row, 申报材料 as an <ol>, 申报时间, 受理部门, 办理流程 steps, form downloads).
  blind201_xiamen_mianshen.html   厦门市人民政府 site: 厦发改〔2024〕301号, a joint 通知 publishing the
      2024年第二批“免申即享”清单 — body pasted from Word (MsoNormal spans), the 清单 a 6-column table
      with rowspan 主管部门 cells, footer in an <iframe> saved as _files/saved_resource.html.
  blind201_zhengzhou_fenye.html   郑州市人民政府 site, GB2312-declared page: 郑政〔2024〕15号 印发通知 + 方案,
      the CMS split into 第1页/第2页/第3页, all three present with a pager between them; the first
      split cuts a paragraph (and a place name) in two.
  blind201_qingdao_shipin.html    青岛市人民政府 site, 政策解读 › 视频解读: a Vue-rendered page built around a
      <video> player (poster, control bar, fallback text), 文字实录 under it, one answer holding four
      points separated by <br>.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind201.py     (standard library only)
"""
import json
import os
import struct
import zlib
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))


# ================================================================ helpers
def png(w=4, h=4, rgb=(200, 0, 0)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def motw(url):
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def e(t):
    return escape(t, quote=False)


def write_page(stem, html, assets, encoding="utf-8"):
    fdir = os.path.join(HERE, stem + "_files")
    os.makedirs(fdir, exist_ok=True)
    for name, data in assets.items():
        with open(os.path.join(fdir, name), "wb") as fh:
            fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(HERE, stem + ".html"), "wb") as fh:
        fh.write(html.encode(encoding))
    return stem


JQ = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{on:function(){},click:function(){},hide:function(){},show:function(){}}}});\n"


def row_clause(headers, cells):
    return "；".join("%s：%s" % (h, c) for h, c in zip(headers, cells))


# ================================================================ (a) 南宁 政策兑现 page
NN = "blind201_nanning_duixian"
NN_URL = "https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/t20240625_5823117.html"
NN_TITLE = "中国（广西）自由贸易试验区南宁片区跨境电子商务企业进出口业务奖励"
NN_BASIS = "《中国（广西）自由贸易试验区南宁片区促进跨境电子商务高质量发展若干措施》（南自贸管发〔2024〕12号）第五条、第六条。"
NN_SUMMARY = "政策摘要：对注册在南宁片区、年度跨境电子商务进出口额达到1000万元及以上的企业，按进出口额分档给予一次性奖励；对在南宁综合保税区开展“1210”保税进口业务且年度申报单量达到10万单以上的企业，另按单量给予奖励。"
NN_COND = [
    "在中国（广西）自由贸易试验区南宁片区（含南宁综合保税区）依法注册登记，具有独立法人资格，且税收征管关系和统计关系均在南宁片区；",
    "已在南宁海关完成跨境电子商务企业备案，申报年度内通过“9610”“9710”“9810”“1210”任一监管方式开展跨境电子商务进出口业务；",
    "申报年度内跨境电子商务进出口额（以南宁海关统计数据为准）达到1000万元人民币及以上；",
    "申请保税进口单量奖励的，须在南宁综合保税区内设有仓储作业场所，且申报年度内“1210”进口申报单量不少于10万单；",
    "有下列情形之一的，不予兑现：",
]
NN_COND_SUB = [
    "申报材料弄虚作假的；",
    "同一事项已享受南宁市、良庆区同类奖励的（按“就高不重复”原则执行）；",
    "申报年度内被列入严重失信主体名单，或存在未结案的海关、税务违法案件的。",
]
NN_STD_H = ["档次", "年度跨境电商进出口额", "奖励标准", "备注"]
NN_STD = [
    ["第一档", "1000万元（含）至5000万元", "一次性奖励10万元", "—"],
    ["第二档", "5000万元（含）至1亿元", "一次性奖励30万元", "—"],
    ["第三档", "1亿元（含）以上", "一次性奖励50万元", "每增加1亿元另奖励10万元，最高不超过100万元"],
    ["保税进口单量奖励", "南宁综合保税区内“1210”进口申报单量10万单（含）以上", "按每单0.3元给予奖励", "单家企业年度最高100万元"],
]
NN_STD_NOTE = "注：同一企业同一年度可同时享受进出口额奖励和单量奖励，合计不超过200万元；奖励资金由南宁片区财政金融局直接拨付至企业对公账户。"
NN_MAT = [
    "《南宁片区跨境电子商务企业进出口业务奖励申请表》（平台在线填写，加盖企业公章后上传）；",
    "营业执照、海关跨境电子商务企业备案回执；",
    "南宁海关出具的申报年度跨境电子商务进出口数据证明，或会计师事务所出具的专项审计报告；",
    "申请保税进口单量奖励的，另附南宁综合保税区内仓储场所租赁合同或不动产权证书；",
    "企业信用承诺书（平台提供模板）。",
]
NN_TIME = "2024年7月1日至2024年12月31日。每季度首月1日至20日集中受理上一季度业务，2024年第一、二季度业务于2024年7月1日至7月31日一并受理，逾期不予受理。"
NN_WAY = "登录南宁市惠企政策兑现平台在线申报；也可到南宁片区政务服务中心（南宁市良庆区五象大道401号）综合受理窗口提交纸质材料。"
NN_DEPT = "中国（广西）自由贸易试验区南宁片区管理委员会经济发展局（地址：南宁市良庆区五象大道401号南宁片区综合服务中心3楼；咨询电话：0771-5582316；受理时间：工作日9:00—12:00、13:30—17:00）"
NN_FLOW = [
    "第一步：企业登录平台在线填写申请表、上传申报材料。",
    "第二步：南宁片区管理委员会经济发展局自受理之日起10个工作日内完成初审。",
    "第三步：南宁海关、南宁片区税务部门对企业进出口数据和纳税情况进行核验。",
    "第四步：拟兑现企业名单在南宁片区门户网站公示5个工作日。",
    "第五步：公示无异议的，由南宁片区财政金融局于公示期满后15个工作日内拨付奖励资金。",
]
NN_FILES = ["南宁片区跨境电子商务企业进出口业务奖励申请表", "企业信用承诺书（模板）"]


def build_nanning():
    F = "./%s_files/" % NN
    cond = "".join("<li>%s</li>\n" % e(t) for t in NN_COND[:-1])
    cond += "<li>%s\n<ul class=\"sub\">\n%s</ul>\n</li>\n" % (e(NN_COND[-1]), "".join("<li>%s</li>\n" % e(t) for t in NN_COND_SUB))
    rows = ""
    for r in NN_STD:
        rows += "<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>\n"
    rows += "<tr class=\"note\"><td colspan=\"4\" style=\"text-align:left\">%s</td></tr>\n" % e(NN_STD_NOTE)
    mats = "".join("<li>%s</li>\n" % e(t) for t in NN_MAT)
    flow = ""
    for t in NN_FLOW:
        a, b = t.split("：", 1)
        flow += "<li><em class=\"step-no\">%s：</em><span class=\"step-txt\">%s</span><i class=\"arrow\"></i></li>\n" % (e(a), e(b))
    side = ["南宁综合保税区加工贸易企业物流费用补贴", "南宁片区新设外商投资企业落户奖励",
            "中国—东盟跨境电商平台企业入驻奖励", "南宁片区金融机构落户奖励", "南宁市外贸企业出口信用保险保费扶持"]
    sidehtml = "".join("<li><a href=\"https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/t2024062%d_58231%02d.html\" target=\"_blank\" title=\"%s\">%s</a></li>\n" % (i % 9, 20 + i, e(t), e(t)) for i, t in enumerate(side))
    html = f"""<!DOCTYPE html>
{motw(NN_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="南宁市惠企政策兑现平台">
<meta name="SiteDomain" content="zwfw.nanning.gov.cn">
<meta name="SiteIDCode" content="4501000034">
<meta name="ColumnName" content="片区政策">
<meta name="ColumnType" content="政策兑现">
<meta name="ArticleTitle" content="{e(NN_TITLE)}">
<meta name="PubDate" content="2024-06-25 16:42">
<meta name="ContentSource" content="中国（广西）自由贸易试验区南宁片区管理委员会">
<meta name="Keywords" content="跨境电商,奖励,南宁片区,政策兑现">
<title>{e(NN_TITLE)}-南宁市惠企政策兑现平台</title>
<link rel="stylesheet" href="{F}common.css">
<link rel="stylesheet" href="{F}detail.css">
<script src="{F}jquery.min.js"></script>
<script src="{F}common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
  <span class="welcome">您好，欢迎访问南宁市惠企政策兑现平台！</span>
  <span class="links"><a href="https://zwfw.gxzf.gov.cn/" target="_blank">广西数字政务一体化平台</a> | <a href="https://www.nanning.gov.cn/" target="_blank">南宁市人民政府</a> | <a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | <a href="https://zwfw.nanning.gov.cn/login">登录</a> | <a href="https://zwfw.nanning.gov.cn/register">注册</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="https://zwfw.nanning.gov.cn/hqzc/"><img src="{F}logo.png" alt="南宁市惠企政策兑现平台"></a>
  <div class="search"><input type="text" placeholder="请输入政策名称、关键词"><button>搜索</button></div>
</div></div>
<div class="nav"><ul class="w1200">
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/">首页</a></li>
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/zck/">政策库</a></li>
  <li class="on"><a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/">政策兑现</a></li>
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/msjx/">免申即享</a></li>
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/zcjd/">政策解读</a></li>
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/zcjsq/">政策计算器</a></li>
  <li><a href="https://zwfw.nanning.gov.cn/hqzc/qysq/">企业诉求</a></li>
</ul></div>
<div class="w1200 crumb">当前位置：<a href="https://zwfw.nanning.gov.cn/hqzc/">首页</a> &gt; <a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/">政策兑现</a> &gt; <a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/">片区政策</a> &gt; <span>事项详情</span></div>
<div class="w1200 main clearfix">
<div class="left-con">
  <div class="sx-head">
    <h1 class="sx-title">{e(NN_TITLE)}</h1>
    <div class="sx-tags"><span class="tag tag-blue">依申请兑现</span><span class="tag tag-green">资金奖励</span><span class="tag tag-orange">申报中</span></div>
    <table class="sx-info">
      <tbody><tr><th>事项编码</th><td>NNZMQ-DX-2024-0012</td><th>政策级别</th><td>片区级</td></tr>
      <tr><th>发布单位</th><td>中国（广西）自由贸易试验区南宁片区管理委员会</td><th>兑现方式</th><td>依申请兑现（线上申报）</td></tr>
      <tr><th>适用对象</th><td>注册在南宁片区的跨境电子商务企业</td><th>发布日期</th><td>2024-06-25</td></tr>
      <tr><th>政策有效期</th><td>2024年5月1日至2026年4月30日</td><th>浏览次数</th><td><span id="viewCount">1286</span></td></tr>
    </tbody></table>
    <div class="sx-btns"><a class="btn-apply" href="https://zwfw.nanning.gov.cn/hqzc/apply?itemCode=NNZMQ-DX-2024-0012" target="_blank">在线申报</a><a class="btn-fav" href="javascript:void(0)">☆ 收藏</a><a class="btn-print" href="javascript:window.print()">打印</a>
      <span class="share">分享到：<a class="wx" href="javascript:void(0)" title="微信">微信</a><a class="wb" href="javascript:void(0)" title="微博">微博</a><a class="qq" href="javascript:void(0)" title="QQ空间">QQ空间</a></span></div>
  </div>
  <div class="sx-tab" id="sxTab"><a href="#zcyj" class="cur">政策依据</a><a href="#dxtj">兑现条件</a><a href="#dxbz">兑现标准</a><a href="#sbcl">申报材料</a><a href="#sbsj">申报时间</a><a href="#sldw">受理部门</a><a href="#bllc">办理流程</a></div>

  <div class="sx-block" id="zcyj"><div class="sx-tit"><span>政策依据</span></div>
    <div class="sx-con"><p><a href="https://zwfw.nanning.gov.cn/hqzc/zck/pqzc/202404/t20240426_5790021.html" target="_blank">{e(NN_BASIS[:NN_BASIS.index("（南自贸")])}</a>{e(NN_BASIS[NN_BASIS.index("（南自贸"):])}</p>
    <p><b>政策摘要：</b>{e(NN_SUMMARY[len("政策摘要："):])}</p></div></div>

  <div class="sx-block" id="dxtj"><div class="sx-tit"><span>兑现条件</span></div>
    <div class="sx-con"><ul class="dot-list">
{cond}</ul></div></div>

  <div class="sx-block" id="dxbz"><div class="sx-tit"><span>兑现标准</span></div>
    <div class="sx-con"><table class="std-table" cellspacing="0" cellpadding="0">
<thead><tr>{"".join("<th>%s</th>" % e(h) for h in NN_STD_H)}</tr></thead>
<tbody>
{rows}</tbody></table></div></div>

  <div class="sx-block" id="sbcl"><div class="sx-tit"><span>申报材料</span></div>
    <div class="sx-con"><ol class="num-list">
{mats}</ol>
    <div class="downloads"><span>表格下载：</span>
      <a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/P020240625564312887401.docx">{e(NN_FILES[0])}.docx</a>
      <a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/P020240625564312887402.docx">{e(NN_FILES[1])}.docx</a></div></div></div>

  <div class="sx-block" id="sbsj"><div class="sx-tit"><span>申报时间</span></div>
    <div class="sx-con"><p>{e(NN_TIME)}</p></div></div>

  <div class="sx-block" id="sbfs"><div class="sx-tit"><span>申报方式</span></div>
    <div class="sx-con"><p>{e(NN_WAY)}</p></div></div>

  <div class="sx-block" id="sldw"><div class="sx-tit"><span>受理部门</span></div>
    <div class="sx-con"><p>{e(NN_DEPT)}</p></div></div>

  <div class="sx-block" id="bllc"><div class="sx-tit"><span>办理流程</span></div>
    <div class="sx-con"><ol class="flow">
{flow}</ol></div></div>

  <div class="art-foot"><span>【<a href="javascript:window.print()">打印本页</a>】</span><span>【<a href="javascript:window.close()">关闭窗口</a>】</span><span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span></div>
  <div class="prev-next"><p>上一篇：<a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/t20240621_5820044.html">南宁片区跨境人民币结算业务奖励</a></p><p>下一篇：<a href="https://zwfw.nanning.gov.cn/hqzc/zcdx/ptzc/202406/t20240628_5825310.html">南宁综合保税区新引进加工贸易项目设备补助</a></p></div>
</div>
<div class="right-con">
  <div class="side-box"><div class="side-tit">相关政策</div><ul>
    <li><a href="https://zwfw.nanning.gov.cn/hqzc/zck/pqzc/202404/t20240426_5790021.html" target="_blank">中国（广西）自由贸易试验区南宁片区促进跨境电子商务高质量发展若干措施</a></li>
    <li><a href="https://zwfw.nanning.gov.cn/hqzc/zck/szc/202403/t20240315_5770102.html" target="_blank">南宁市加快发展外贸新业态新模式若干措施</a></li>
  </ul></div>
  <div class="side-box"><div class="side-tit">相关解读</div><ul>
    <li><a href="https://zwfw.nanning.gov.cn/hqzc/zcjd/202404/t20240428_5791178.html" target="_blank">一图读懂｜南宁片区促进跨境电商高质量发展若干措施</a></li>
  </ul></div>
  <div class="side-box"><div class="side-tit">热门兑现事项</div><ul>
{sidehtml}  </ul></div>
  <div class="side-box qr"><img src="{F}qrcode.png" alt="扫码手机查看"><p>扫一扫在手机上查看当前页面</p></div>
</div>
</div>
<div class="footer"><div class="w1200">
  <div class="f-links">友情链接：<a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.gxzf.gov.cn/">广西壮族自治区人民政府</a> <a href="https://www.nanning.gov.cn/">南宁市人民政府</a> <a href="https://www.gxftz.gov.cn/">中国（广西）自由贸易试验区</a></div>
  <p>主办单位：南宁市人民政府办公室　承办单位：南宁市大数据发展局　技术支持：南宁市信息中心</p>
  <p>网站标识码：4501000034　<a href="https://beian.miit.gov.cn/">桂ICP备05001254号</a>　<img src="{F}gongan.png" alt="">桂公网安备 45010302000001号</p>
  <p>建议使用1366×768分辨率　IE10以上版本浏览器</p>
  <div class="dzjg"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A4B1E2C3D4F5A6B"><img src="{F}red.png" alt="党政机关"></a><a href="https://zfwzzc.www.gov.cn/"><img src="{F}jiucuo.png" alt="政府网站找错"></a></div>
</div></div>
<div class="gotop" style="display:none">返回顶部</div>
<script type="text/javascript">
$(function(){{ $('#sxTab a').click(function(){{ $(this).addClass('cur').siblings().removeClass('cur'); }}); }});
var shareTitle = "{e(NN_TITLE)}";
</script>

</body></html>"""
    assets = {
        "common.css": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.w1200{width:1200px;margin:0 auto}.topbar{background:#f5f5f5;height:36px}.nav{background:#1765c1}.nav li{display:inline-block}.nav a{color:#fff;padding:0 26px;line-height:48px}\n.footer{background:#1f3f6e;color:#cfd8e6;text-align:center;padding:20px 0}\n",
        "detail.css": ".sx-title{font-size:26px;color:#1765c1;text-align:center}.sx-info{width:100%;border-collapse:collapse}.sx-info th{background:#f2f7fd;width:110px}.sx-tit span{border-left:4px solid #1765c1;padding-left:10px;font-weight:bold;font-size:18px}\n.dot-list li{list-style:disc;margin-left:20px}.dot-list .sub li{list-style:circle}.std-table{width:100%;border-collapse:collapse}.std-table td,.std-table th{border:1px solid #d6e2f0;padding:8px;text-align:center}\n.flow li{display:inline-block;width:200px;vertical-align:top}.flow .step-no{display:block;font-style:normal;color:#1765c1;font-weight:bold}\n",
        "jquery.min.js": JQ,
        "common.js": "/* site common */\n$(function(){ var n = parseInt($('#viewCount').text()||'0'); });\n",
        "logo.png": png(8, 4, (23, 101, 193)),
        "qrcode.png": png(6, 6, (0, 0, 0)),
        "gongan.png": png(2, 2, (200, 160, 0)),
        "red.png": png(4, 4, (220, 0, 0)),
        "jiucuo.png": png(4, 2, (0, 90, 170)),
    }
    write_page(NN, html, assets)
    return NN


# ================================================================ (b) 厦门 免申即享 清单 page
XM = "blind201_xiamen_mianshen"
XM_URL = "https://www.xm.gov.cn/zwgk/zcdx/mssx/202409/t20240920_2879436.htm"
XM_TITLE = "厦门市发展和改革委员会　厦门市财政局关于公布2024年第二批“免申即享”惠企政策清单的通知"
XM_NUM = "厦发改〔2024〕301号"
XM_TO = "各区人民政府，各管委会，市直各有关部门，各有关企业："
XM_BODY = [
    "为贯彻落实《厦门市进一步优化营商环境推动惠企政策直达快享工作方案》（厦府办〔2023〕58号）要求，深化惠企政策“免申即享”改革，推动政策资金“直达快享”，经各主管部门梳理、市惠企政策兑现工作专班审核，现将2024年第二批“免申即享”惠企政策清单（共16项）予以公布，并就有关事项通知如下：",
    "一、纳入清单的政策事项，由主管部门依托厦门市惠企政策兑现平台“免申即享”模块，通过部门间数据共享比对主动确定兑现对象和兑现金额，企业无需提出申请、无需提交材料。",
    "二、兑现对象确定后，主管部门应在5个工作日内通过“i厦门”平台、短信等方式向企业推送兑现信息；企业在线确认收款账户后，主管部门应在10个工作日内完成资金拨付。兑现方式为“自动享受”的，由税务部门在企业申报纳税时直接落实。",
    "三、拟兑现名单在主管部门门户网站公示5个工作日。企业对兑现结果有异议的，可在公示期内向主管部门提出复核申请，主管部门应在5个工作日内予以答复。",
    "四、适用范围为中国（福建）自由贸易试验区厦门片区或厦门象屿综合保税区的政策事项，由厦门片区管委会会同所在区人民政府做好企业名单比对，避免重复兑现。",
    "五、本清单自发布之日起施行，有效期至2025年12月31日。清单内政策事项依据文件修订或废止的，按照新规定执行。",
]
XM_ATT = "2024年第二批“免申即享”惠企政策清单"
XM_H = ["序号", "政策事项", "政策依据", "主管部门", "兑现方式", "适用范围"]
# rows: (事项, [依据 paragraphs], 主管部门 or None when covered by rowspan above, rowspan, 方式, 范围)
XM_ROWS = [
    ("出口信用保险保费扶持", ["《厦门市促进外贸稳规模优结构若干措施》（厦商务规〔2024〕2号）第三条"], "厦门市商务局", 4, "直接拨付", "全市"),
    ("跨境电商海外仓建设扶持", ["厦商务规〔2024〕2号第七条"], None, 0, "直接拨付", "全市"),
    ("自共建“一带一路”国家进口奖励", ["厦商务规〔2024〕2号第五条"], None, 0, "直接拨付", "全市"),
    ("服务外包企业国际资质认证补助", ["《厦门市服务贸易创新发展若干措施》（厦商务规〔2023〕6号）第四条；", "《厦门市商务发展专项资金管理办法》（厦财企〔2023〕12号）"], None, 0, "直接拨付", "全市"),
    ("新设外商投资企业落户奖励", ["《中国（福建）自由贸易试验区厦门片区促进外商投资若干措施》（厦自贸委〔2024〕9号）第二条"], "中国（福建）自由贸易试验区厦门片区管理委员会", 3, "直接拨付", "厦门片区"),
    ("融资租赁企业资产规模奖励", ["厦自贸委〔2024〕9号第六条"], None, 0, "直接拨付", "厦门片区（含象屿综合保税区）"),
    ("保税维修业务发展奖励", ["《厦门象屿综合保税区高质量发展扶持办法》（厦自贸委〔2023〕21号）第八条"], None, 0, "直接拨付", "厦门象屿综合保税区"),
    ("集装箱海铁联运运费补贴", ["《厦门市港口口岸物流发展扶持办法》（厦港口规〔2024〕1号）第五条"], "厦门港口管理局", 2, "直接拨付", "海沧港区、东渡港区"),
    ("“丝路海运”命名航线新开航奖励", ["厦港口规〔2024〕1号第三条"], None, 0, "直接拨付", "全市"),
    ("国际全货机航线运营补贴", ["《厦门市促进航空物流发展若干措施》（厦发改规〔2024〕3号）第四条"], "厦门市发展和改革委员会", 1, "免申即享（企业在线确认后拨付）", "厦门高崎国际机场"),
    ("技术先进型服务企业所得税优惠", ["《财政部 税务总局 商务部 科技部 国家发展改革委关于将技术先进型服务企业所得税政策推广至全国实施的通知》（财税〔2017〕79号）"], "国家税务总局厦门市税务局", 2, "自动享受", "全市"),
    ("出口退（免）税“即报即退”", ["《国家税务总局厦门市税务局关于推行出口退税“即报即退”的公告》（2024年第3号）"], None, 0, "自动享受", "全市"),
    ("海沧区外贸企业通关物流费用补贴", ["《海沧区促进外贸高质量发展扶持办法》（海政规〔2024〕2号）第四条"], "海沧区商务局", 1, "直接拨付", "海沧区"),
    ("集美区跨境电商产业园入驻企业租金补贴", ["《集美区促进跨境电子商务发展若干措施》（集政规〔2023〕4号）第三条"], "集美区商务局", 1, "直接拨付", "集美区（集美跨境电商产业园）"),
    ("翔安区新引进外资制造业项目扶持", ["《翔安区招商引资扶持办法》（翔政规〔2024〕1号）第六条"], "翔安区发展和改革局", 1, "直接拨付", "翔安区（翔安火炬产业区）"),
    ("同安区外贸企业境外展会补贴", ["《同安区促进商贸发展若干措施》（同政规〔2023〕3号）第五条"], "同安区工业和信息化局", 1, "直接拨付", "同安区"),
]


def xm_row_texts():
    out, dept = [], None
    for i, (item, basis, d, span, way, scope) in enumerate(XM_ROWS, 1):
        if d:
            dept = d
        out.append(row_clause(XM_H, [str(i), item, "".join(basis), dept, way, scope]))
    return out


def mso_p(text, indent=True, align=None, size="16.0pt", font="仿宋_GB2312", bold=False):
    st = "text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly" if indent else "line-height:28.0pt;mso-line-height-rule:exactly"
    al = ' align="%s"' % align if align else ""
    if align:
        st = "text-align:%s;" % align + st
    b = ("<b>", "</b>") if bold else ("", "")
    return ('<p class="MsoNormal"%s style="%s"><span style="font-size:%s;font-family:%s;mso-ascii-font-family:\'Times New Roman\'">%s%s%s</span>'
            '<span lang="EN-US" style="font-size:%s;font-family:%s"><o:p></o:p></span></p>\n') % (al, st, size, font, b[0], e(text), b[1], size, font)


def mso_cell(paras, align="center", width=None, rowspan=0):
    rs = ' rowspan="%d"' % rowspan if rowspan > 1 else ""
    w = ' width="%d"' % width if width else ""
    inner = "".join('<p class="MsoNormal" align="%s" style="text-align:%s;line-height:16.0pt;mso-line-height-rule:exactly"><span style="font-size:10.5pt;font-family:宋体">%s</span></p>' % (align, align, e(p)) for p in paras)
    return '<td%s%s valign="middle" style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt">%s</td>' % (w, rs, inner)


def build_xiamen():
    F = "./%s_files/" % XM
    body = mso_p(XM_TO, indent=False)
    for t in XM_BODY:
        body += mso_p(t)
    body += '<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p>&nbsp;</o:p></span></p>\n'
    body += mso_p("附件：" + XM_ATT)
    body += '<p class="MsoNormal" style="line-height:28.0pt"><span lang="EN-US" style="font-size:16.0pt"><o:p>&nbsp;</o:p></span></p>\n' * 2
    body += mso_p("厦门市发展和改革委员会　　　　厦门市财政局", indent=False, align="right")
    body += mso_p("2024年9月18日", indent=False, align="right")
    body += mso_p("（此件主动公开）", indent=True)
    body += '<br clear="all" style="page-break-before:always">\n'
    body += mso_p("附件", indent=False, font="黑体")
    body += mso_p(XM_ATT, indent=False, align="center", size="22.0pt", font="方正小标宋简体")
    # table
    tb = '<div class="table-wrap" style="overflow-x:auto"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">\n<tbody>'
    tb += '<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:30.0pt">' + "".join(
        mso_cell([h], width=w) for h, w in zip(XM_H, [40, 170, 300, 150, 110, 130])).replace('font-family:宋体">', 'font-family:黑体">') + "</tr>\n"
    for i, (item, basis, d, span, way, scope) in enumerate(XM_ROWS, 1):
        tb += '<tr style="mso-yfti-irow:%d;height:36.0pt">' % i
        tb += mso_cell([str(i)]) + mso_cell([item], "left") + mso_cell(basis, "left")
        if d:
            tb += mso_cell([d], rowspan=span)
        tb += mso_cell([way]) + mso_cell([scope])
        tb += "</tr>\n"
    tb += "</tbody></table></div>\n"
    body += tb
    body += mso_p("注：清单所列政策事项的具体兑现标准以政策依据文件为准。", indent=False, size="12.0pt")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{motw(XM_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="SiteName" content="厦门市人民政府">
<meta name="SiteDomain" content="www.xm.gov.cn">
<meta name="SiteIDCode" content="3502000006">
<meta name="ColumnName" content="免申即享">
<meta name="ColumnType" content="政策兑现">
<meta name="ArticleTitle" content="{e(XM_TITLE)}">
<meta name="PubDate" content="2024-09-20 17:05">
<meta name="ContentSource" content="厦门市发展和改革委员会">
<meta name="Keywords" content="免申即享,惠企政策,清单">
<meta name="Description" content="现将2024年第二批“免申即享”惠企政策清单（共16项）予以公布">
<title>{e(XM_TITLE)}_免申即享_厦门市人民政府</title>
<link href="{F}base.css" rel="stylesheet" type="text/css">
<link href="{F}xxgk.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{F}jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{F}share.js"></script>
</head>
<body>
<div id="header">
  <div class="top-links"><a href="https://www.xm.gov.cn/">厦门市人民政府</a>　<a href="https://www.xm.gov.cn/en/">English</a>　<a href="javascript:void(0)">繁體</a>　<a href="javascript:void(0)" id="assist">无障碍浏览</a>　<a href="javascript:void(0)">关怀版</a></div>
  <div class="banner"><img src="{F}xm_logo.png" alt="厦门市人民政府"><div class="sch"><input id="q" type="text" value="" placeholder="搜索"><a href="javascript:void(0)">搜索</a></div></div>
  <ul class="mainnav">
    <li><a href="https://www.xm.gov.cn/">首页</a></li><li><a href="https://www.xm.gov.cn/xmyw/">要闻动态</a></li><li><a href="https://www.xm.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.xm.gov.cn/zwfw/">政务服务</a></li><li class="cur"><a href="https://www.xm.gov.cn/zwgk/zcdx/">政策兑现</a></li><li><a href="https://www.xm.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.xm.gov.cn/zjxm/">走进厦门</a></li>
  </ul>
</div>
<div class="position">您现在的位置：<a href="https://www.xm.gov.cn/">首页</a> &gt; <a href="https://www.xm.gov.cn/zwgk/zcdx/">政策兑现</a> &gt; <a href="https://www.xm.gov.cn/zwgk/zcdx/mssx/">免申即享</a> &gt; 政策清单</div>
<div class="xxgk-box">
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tbody><tr><td class="t">索 引 号：</td><td>XM00108-0304-2024-00112</td><td class="t">主题分类：</td><td>财政、金融、审计\\其他</td></tr>
<tr><td class="t">发布机构：</td><td>厦门市发展和改革委员会　厦门市财政局</td><td class="t">成文日期：</td><td>2024-09-18</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{e(XM_TITLE)}</td></tr>
<tr><td class="t">文　　号：</td><td>{e(XM_NUM)}</td><td class="t">发布日期：</td><td>2024-09-20</td></tr>
<tr><td class="t">有 效 性：</td><td colspan="3">有效</td></tr>
</tbody></table>
</div>
<div class="article">
  <h1 class="art-title">{e(XM_TITLE)}</h1>
  <div class="art-info"><span>来源：厦门市发展和改革委员会</span><span>发布时间：2024-09-20 17:05</span><span>字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span><span class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_sqq" title="分享到QQ好友"></a></span></div>
  <div class="TRS_Editor" id="Zoom">
<div class="WordSection1" style="layout-grid:15.6pt">
{body}</div>
  </div>
  <div class="fj">相关附件：<a href="https://www.xm.gov.cn/zwgk/zcdx/mssx/202409/P020240920623871055921.xlsx" oldsrc="W020240920623871055921.xlsx">{e(XM_ATT)}.xlsx</a></div>
  <div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h3>相关链接</h3><ul>
    <li><a href="https://www.xm.gov.cn/zwgk/zcdx/mssx/202405/t20240517_2861320.htm">厦门市发展和改革委员会 厦门市财政局关于公布2024年第一批“免申即享”惠企政策清单的通知</a><span>2024-05-17</span></li>
    <li><a href="https://www.xm.gov.cn/zwgk/zcjd/202409/t20240923_2879702.htm">《2024年第二批“免申即享”惠企政策清单》政策解读</a><span>2024-09-23</span></li>
    <li><a href="https://www.xm.gov.cn/zwgk/zcdx/">厦门市惠企政策兑现平台</a></li>
  </ul></div>
</div>
<iframe id="footerFrame" src="{F}saved_resource.html" width="100%" height="190" frameborder="0" scrolling="no"></iframe>
<script type="text/javascript">window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>

</body></html>"""
    footer = """<!DOCTYPE html>
<!-- saved from url=(0043)https://www.xm.gov.cn/include/footer_2023.htm -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>footer</title>
<link href="./base.css" rel="stylesheet" type="text/css"></head>
<body><div class="footer">
<p><a href="https://www.xm.gov.cn/wzdt/">网站地图</a> | <a href="https://www.xm.gov.cn/lxwm/">联系我们</a> | <a href="https://www.xm.gov.cn/sybz/">使用帮助</a></p>
<p>主办：厦门市人民政府办公厅　承办：厦门市信息中心</p>
<p>网站标识码：3502000006　<a href="https://beian.miit.gov.cn/">闽ICP备05003126号</a>　闽公网安备 35020302000240号</p>
<p><img src="./dzjg.png" alt="党政机关"><img src="./zhaocuo.png" alt="政府网站找错"></p>
</div></body></html>"""
    assets = {
        "base.css": "body{font-family:'微软雅黑';font-size:14px}#header{background:#b5151b}.mainnav li{float:left}.position{width:1200px;margin:10px auto}.footer{text-align:center;color:#666}\n",
        "xxgk.css": ".xxgk-table{width:1000px;margin:0 auto;border:1px solid #ddd}.xxgk-table td.t{font-weight:bold;width:90px}.art-title{text-align:center;font-size:24px;color:#b5151b}.TRS_Editor{width:1000px;margin:0 auto}\n",
        "jquery-1.12.4.min.js": JQ,
        "share.js": "/* baidu share */window._bd_share_main={};\n",
        "xm_logo.png": png(8, 3, (181, 21, 27)),
        "dzjg.png": png(4, 4, (220, 0, 0)),
        "zhaocuo.png": png(4, 2, (0, 90, 170)),
        "saved_resource.html": footer,
    }
    write_page(XM, html, assets)
    return XM


# ================================================================ (c) 郑州 分页 政策文件 (GB2312)
ZZ = "blind201_zhengzhou_fenye"
ZZ_URL = "https://www.zhengzhou.gov.cn/zfwj/4938527.jhtml"
ZZ_PLAN = "中国（河南）自由贸易试验区郑州片区提升发展行动方案（2024—2026年）"
ZZ_TITLE = "郑州市人民政府关于印发" + ZZ_PLAN + "的通知"
ZZ_NUM = "郑政〔2024〕15号"
ZZ_TO = "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："
ZZ_NOTICE = "现将《" + ZZ_PLAN + "》印发给你们，请结合实际认真贯彻落实。"
ZZ_INTRO = "为深入实施自由贸易试验区提升战略，推动中国（河南）自由贸易试验区郑州片区（以下简称郑州片区）在更高起点上推进改革开放，更好服务共建“一带一路”和“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”（以下简称“四路”）协同发展，结合我市实际，制定本方案。"
ZZ_GOAL = "到2026年，郑州片区制度创新能力显著增强，累计形成制度创新成果80项以上，其中在全国复制推广5项以上；片区进出口总额突破1500亿元，实际使用外资年均增长10%以上；“四路”协同发展格局基本形成，建成具有国际影响力的内陆开放高地。"
ZZ_TASKS = [
    ("（一）提升“空中丝绸之路”枢纽能级。", "支持郑州航空港经济综合实验区（以下简称航空港区）加快郑州新郑国际机场三期工程建设，2025年底前建成北货运区；新开和加密至共建“一带一路”国家的国际全货机航线，到2026年国际地区货运航线达到55条。推动航空港区与郑州片区联动开展航空物流制度创新，复制推广“空空中转”“空陆联运”等监管模式。"),
    ("（二）做强“陆上丝绸之路”集结中心。", "支持郑州国际陆港建设中欧班列（中豫号）郑州集结中心，拓展至中亚、欧洲线路和中老铁路、西部陆海新通道衔接线路，到2026年年开行班列达到3500列。推进郑州铁路集装箱中心站扩能改造，在经开区建设多式联运海关监管中心。"),
    ("（三）扩大“网上丝绸之路”规模。", "支持郑东新区、金水区、经开区建设跨境电子商务产业带，推广“跨境电商+产业带”模式；支持郑州经开综合保税区、郑州新郑综合保税区开展跨境电商保税进口、保税出口和网购保税零售进口药品试点业务，到2026年全市跨境电商交易额突破2000亿元。"),
    ("（四）推进“海上丝绸之路”无缝衔接。", "加强与青岛港、连云港港、宁波舟山港合作，推进铁海联运班列常态化开行，支持沿海港口在郑州国际陆港设立内陆港，实现“一单到底、一票结算”。"),
    ("（五）深化贸易投资便利化改革。", "全面实施外商投资准入前国民待遇加负面清单管理制度，在郑州片区试行外商投资企业设立“一件事”集成办理，办理时间压缩至3个工作日以内。推动郑州片区与航空港区开展“区港联动”，实现通关数据互认共享。"),
    ("（六）培育特色开放型产业集群。", "支持郑东新区建设中原金融岛，发展跨境人民币结算、合格境外有限合伙人（QFLP）等业务；支持经开区发展汽车及零部件、智能装备出口产业集群；支持中牟县汽车产业集聚区与经开区协同打造新能源汽车出口基地。"),
    ("（七）打造一流营商环境。", "在郑州片区推行企业“承诺即入制”，建设涉外法律服务中心和国际商事调解中心，为企业“走出去”提供法律查明、商事调解和风险预警服务。"),
    ("（八）加强制度创新成果复制推广。", "建立郑州片区制度创新成果评估机制，每年组织申报河南省制度创新成果，对入选国家级最佳实践案例的单位给予通报表扬；成熟经验在航空港区、上街区、荥阳市等地复制推广。"),
]
ZZ_GUAR = [
    ("（一）加强组织领导。", "市推进自由贸易试验区建设领导小组统筹推进方案实施，领导小组办公室设在市商务局，负责日常协调和督促检查。"),
    ("（二）强化要素保障。", "市财政每年安排自贸试验区发展专项资金不低于3亿元；对郑州片区重大项目在用地、用能、融资等方面优先保障。"),
    ("（三）严格评估考核。", "将方案落实情况纳入对相关开发区、区县（市）和部门的年度目标考核，每年12月底前开展一次评估。"),
    ("（四）明确实施期限。", "本方案自2024年6月1日起施行，有效期至2026年12月31日。"),
]
ZZ_CUT = "郑州新郑综合"   # page 1 ends after this (inside the place name 郑州新郑综合保税区)


def zz_p(head, body, cls="p_text"):
    h = "<strong>%s</strong>" % e(head) if head else ""
    return '<p class="%s" style="text-indent: 2em; text-align: justify;">%s%s</p>\n' % (cls, h, e(body))


def zz_pager(cur):
    parts = ['<div class="fenye" align="center"><span class="fy-info">第%d页/共3页</span>' % cur]
    parts.append('<a href="https://www.zhengzhou.gov.cn/zfwj/4938527.jhtml">首页</a>')
    parts.append('<a href="%s">上一页</a>' % ("javascript:void(0)" if cur == 1 else "https://www.zhengzhou.gov.cn/zfwj/4938527%s.jhtml" % ("" if cur == 2 else "_2")))
    for n in (1, 2, 3):
        if n == cur:
            parts.append('<span class="cur">%d</span>' % n)
        else:
            parts.append('<a href="https://www.zhengzhou.gov.cn/zfwj/4938527%s.jhtml">%d</a>' % ("" if n == 1 else "_%d" % n, n))
    parts.append('<a href="%s">下一页</a>' % ("javascript:void(0)" if cur == 3 else "https://www.zhengzhou.gov.cn/zfwj/4938527_%d.jhtml" % (cur + 1)))
    parts.append('<a href="https://www.zhengzhou.gov.cn/zfwj/4938527_3.jhtml">尾页</a></div>')
    return "\n".join(parts) + "\n"


def build_zhengzhou():
    F = "./%s_files/" % ZZ
    p1 = '<p class="p_text" style="text-align: justify;">%s</p>\n' % e(ZZ_TO)
    p1 += zz_p("", ZZ_NOTICE)
    p1 += '<p style="text-align: right;">郑州市人民政府</p>\n<p style="text-align: right;">2024年5月20日</p>\n'
    p1 += '<p style="text-indent: 2em;">（此件公开发布）</p>\n<p>&nbsp;</p>\n'
    p1 += '<p style="text-align: center;"><strong>%s</strong></p>\n<p>&nbsp;</p>\n' % e(ZZ_PLAN)
    p1 += zz_p("", ZZ_INTRO)
    p1 += '<p style="text-indent: 2em;"><span style="font-family: 黑体;">一、总体目标</span></p>\n'
    p1 += zz_p("", ZZ_GOAL)
    p1 += '<p style="text-indent: 2em;"><span style="font-family: 黑体;">二、重点任务</span></p>\n'
    for h, b in ZZ_TASKS[:2]:
        p1 += zz_p(h, b)
    h3, b3 = ZZ_TASKS[2]
    k = b3.index(ZZ_CUT) + len(ZZ_CUT)
    p1 += zz_p(h3, b3[:k])
    p2 = '<p class="p_text" style="text-align: justify;">%s</p>\n' % e(b3[k:])
    for h, b in ZZ_TASKS[3:]:
        p2 += zz_p(h, b)
    p3 = '<p style="text-indent: 2em;"><span style="font-family: 黑体;">三、保障措施</span></p>\n'
    for h, b in ZZ_GUAR:
        p3 += zz_p(h, b)
    content = ('<div class="page-con" id="page_1">\n%s</div>\n%s<div class="page-con" id="page_2">\n%s</div>\n%s<div class="page-con" id="page_3">\n%s</div>\n%s'
               % (p1, zz_pager(1), p2, zz_pager(2), p3, zz_pager(3)))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{motw(ZZ_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">

<meta name="SiteName" content="郑州市人民政府">
<meta name="SiteDomain" content="www.zhengzhou.gov.cn">
<meta name="SiteIDCode" content="4101000015">
<meta name="ColumnName" content="市政府文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{e(ZZ_TITLE)}">
<meta name="PubDate" content="2024-05-24 10:18">
<meta name="ContentSource" content="郑州市人民政府办公厅">
<title>{e(ZZ_TITLE)}-郑州市人民政府</title>
<link type="text/css" rel="stylesheet" href="{F}style.css">
<link type="text/css" rel="stylesheet" href="{F}content.css">
<script type="text/javascript" src="{F}jquery.js"></script>
<script type="text/javascript" src="{F}jquery.SuperSlide.2.1.js"></script>
</head>
<body>
<div class="head">
  <div class="head-top"><span class="date">2024年5月24日 星期五</span><a href="https://www.zhengzhou.gov.cn/">郑州市人民政府门户网站</a><a href="javascript:void(0)">无障碍</a><a href="javascript:void(0)">长者版</a><a href="https://www.zhengzhou.gov.cn/english/">English</a></div>
  <div class="logo"><img src="{F}logo_zz.png" alt="郑州市人民政府"></div>
  <div class="menu"><ul>
    <li><a href="https://www.zhengzhou.gov.cn/">首页</a></li><li class="on"><a href="https://www.zhengzhou.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.zhengzhou.gov.cn/zwfw/">政务服务</a></li><li><a href="https://www.zhengzhou.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.zhengzhou.gov.cn/sjkf/">数据开放</a></li><li><a href="https://www.zhengzhou.gov.cn/zjzz/">走进郑州</a></li>
  </ul></div>
</div>
<div class="wz">您当前的位置：<a href="https://www.zhengzhou.gov.cn/">首页</a> &gt; <a href="https://www.zhengzhou.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.zhengzhou.gov.cn/zcwj/">政策文件</a> &gt; <a href="https://www.zhengzhou.gov.cn/zfwj/">市政府文件</a></div>
<div class="content-box">
  <table class="xl-table" width="100%" border="0" cellspacing="1" cellpadding="0">
    <tbody><tr><th>索引号：</th><td>11410100005252571P/2024-00215</td><th>主题分类：</th><td>商贸、海关、旅游</td></tr>
    <tr><th>发布机构：</th><td>郑州市人民政府</td><th>生成日期：</th><td>2024-05-20</td></tr>
    <tr><th>文　　号：</th><td>{e(ZZ_NUM)}</td><th>发布日期：</th><td>2024-05-24</td></tr>
    <tr><th>名　　称：</th><td colspan="3">{e(ZZ_TITLE)}</td></tr>
  </tbody></table>
  <div class="xl-title">{e(ZZ_TITLE)}</div>
  <div class="xl-num">{e(ZZ_NUM)}</div>
  <div class="xl-tools">发布时间：2024-05-24 10:18　　来源：郑州市人民政府办公厅　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">【打印】</a></div>
  <div class="TRS_Editor" id="zoom">
{content}  </div>
  <div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qq">QQ</a></div>
  <div class="xgjd"><span>相关解读：</span><a href="https://www.zhengzhou.gov.cn/zcjd/4938901.jhtml">《{e(ZZ_PLAN)}》政策解读</a>　<a href="https://www.zhengzhou.gov.cn/zcjd/4938902.jhtml">图解：郑州片区提升发展行动方案</a></div>
  <div class="xgwj"><div class="tit">相关文件</div><ul>
    <li><a href="https://www.zhengzhou.gov.cn/zfwj/4710332.jhtml">郑州市人民政府关于印发郑州市加快建设国际消费中心城市实施方案的通知</a></li>
    <li><a href="https://www.zhengzhou.gov.cn/zfwj/4826115.jhtml">郑州市人民政府办公厅关于加快发展外贸新业态新模式的实施意见</a></li>
  </ul></div>
</div>
<div class="foot">
  <div class="foot-link"><a href="https://www.zhengzhou.gov.cn/wzdt/">网站地图</a> | <a href="https://www.zhengzhou.gov.cn/lxwm/">联系我们</a> | <a href="https://www.zhengzhou.gov.cn/wzsm/">网站声明</a></div>
  <p>主办：郑州市人民政府办公厅　承办：郑州市大数据管理局</p>
  <p>网站标识码：4101000015　<a href="https://beian.miit.gov.cn/">豫ICP备05016520号</a>　豫公网安备 41010202002318号</p>
  <p><img src="{F}dzjg.png" alt="党政机关"> <img src="{F}jiucuo.png" alt="政府网站找错"></p>
</div>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize=size+'px'; }}
</script>

</body></html>"""
    assets = {
        "style.css": "body{margin:0;font:14px/1.8 '宋体'}.head{background:#c00}.menu li{float:left}.wz{width:1100px;margin:0 auto}.foot{text-align:center;background:#eee}\n",
        "content.css": ".xl-title{font-size:24px;text-align:center;font-weight:bold;color:#c00}.xl-num{text-align:center}.fenye{margin:20px 0;text-align:center}.fenye a,.fenye span{border:1px solid #ccc;padding:2px 8px;margin:0 2px}.fenye .cur{background:#c00;color:#fff}\n",
        "jquery.js": JQ,
        "jquery.SuperSlide.2.1.js": "/*! SuperSlide v2.1 */jQuery.fn.slide=function(){return this};\n",
        "logo_zz.png": png(8, 3, (204, 0, 0)),
        "dzjg.png": png(4, 4, (220, 0, 0)),
        "jiucuo.png": png(4, 2, (0, 90, 170)),
    }
    write_page(ZZ, html, assets, encoding="gb18030")
    return ZZ


# ================================================================ (d) 青岛 视频解读 page
QD = "blind201_qingdao_shipin"
QD_URL = "https://www.qingdao.gov.cn/zwgk/zcjd/spjd/202411/t20241108_8421765.shtml"
QD_POLICY = "中国（山东）自由贸易试验区青岛片区关于支持跨境贸易新业态新模式发展的若干措施"
QD_TITLE = "视频解读：《" + QD_POLICY + "》"
QD_T = [
    ("主持人：", "各位网友大家好，欢迎收看“政策面对面”。近日，中国（山东）自由贸易试验区青岛片区管理委员会印发了《关于支持跨境贸易新业态新模式发展的若干措施》。今天我们邀请到青岛片区管委会副主任刘晓东，为大家解读这项政策。刘主任，请您先介绍一下出台这项政策的背景。"),
    ("刘晓东：", "好的。青岛片区是山东自贸试验区三个片区中开放平台最集中的片区，区内有青岛前湾综合保税区、青岛西海岸综合保税区两个海关特殊监管区域和前湾港区。近年来，片区跨境电商、市场采购贸易、保税维修等新业态发展很快，2023年片区新业态进出口额达到486亿元，增长了31%。为了进一步巩固这一势头，更好服务共建“一带一路”，我们研究制定了这项措施。"),
    ("主持人：", "这项措施主要包括哪些内容？"),
    ("刘晓东：", ["措施一共12条，可以概括为“四个支持”。",
                 "一是支持跨境电商做大做强。对在青岛片区新设立的跨境电商独立站、海外仓企业，按实际投资额的10%给予补助，最高200万元；对通过“9710”“9810”模式出口额首次突破1亿元的企业，一次性奖励50万元。",
                 "二是支持保税维修和再制造。在青岛前湾综合保税区开展航空发动机、船舶关键部件、工程机械等保税维修业务的企业，按年度维修货值的2%给予奖励，单个企业每年最高300万元。",
                 "三是支持市场采购贸易联动发展。支持片区外贸综合服务企业为即墨国际商贸城市场采购贸易试点商户提供报关、物流、收结汇服务，按服务出口额的0.5%给予奖励，单个企业每年最高100万元。",
                 "四是支持国际物流通道建设。对从前湾港区经上合示范区多式联运中心开行、衔接中欧班列的海铁联运班列，按每标箱200元给予运费补贴。"]),
    ("主持人：", "哪些企业可以享受这些政策？"),
    ("刘晓东：", "措施的适用范围是青岛片区，实施范围52平方公里，包括青岛前湾综合保税区和青岛西海岸综合保税区。注册在片区内、税收和统计关系在片区的企业都可以申报。需要特别说明的是，第七条保税维修奖励只适用于青岛前湾综合保税区内的企业。"),
    ("主持人：", "企业什么时候可以申报？怎么申报？"),
    ("刘晓东：", "措施自2024年11月1日起施行，有效期3年。奖励资金按年度兑现，每年3月份集中受理上一年度的申报。企业可以登录青岛市“政策兑现一网通”平台在线申报，也可以到青岛片区政务服务中心办理。其中，跨境电商出口奖励和海铁联运运费补贴两项纳入了“免申即享”清单，符合条件的企业不用申请，我们会根据海关、铁路部门的数据主动兑现。"),
    ("主持人：", "好的，感谢刘主任的解读。各位网友如果对政策还有疑问，可以拨打青岛片区企业服务热线0532-86887000进行咨询。本期“政策面对面”就到这里，我们下期再见。"),
]


def qd_clauses():
    out = []
    for who, t in QD_T:
        if isinstance(t, list):
            out.append(who + t[0])
            out.extend(t[1:])
        else:
            out.append(who + t)
    return out


def build_qingdao():
    F = "./%s_files/" % QD
    V = 'data-v-3c8a5b1e=""'
    tr = ""
    for who, t in QD_T:
        if isinstance(t, list):
            inner = e(t[0]) + "".join("<br>" + e(x) for x in t[1:])
        else:
            inner = e(t)
        tr += '<p %s style="text-indent:2em"><span style="font-weight:bold">%s</span>%s</p>\n' % (V, e(who), inner)
    rel = [("视频解读：《青岛市推动外贸稳规模优结构若干政策措施》", "2024-09-12"),
           ("图解：青岛片区支持跨境贸易新业态新模式发展若干措施", "2024-11-05"),
           ("文字解读：《关于支持跨境贸易新业态新模式发展的若干措施》", "2024-11-01"),
           ("视频解读：《中国—上海合作组织地方经贸合作示范区建设三年行动计划》", "2024-07-19")]
    relhtml = "".join('<li %s><a %s href="https://www.qingdao.gov.cn/zwgk/zcjd/spjd/202411/t2024110%d_84217%02d.shtml" target="_blank">%s</a><span %s>%s</span></li>\n' % (V, V, i, i + 10, e(t), V, d) for i, (t, d) in enumerate(rel))
    qd_js_title = QD_TITLE.replace('"', '\\"')
    html = f"""<!DOCTYPE html>
{motw(QD_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="SiteName" content="青岛市人民政府">
<meta name="SiteDomain" content="www.qingdao.gov.cn">
<meta name="SiteIDCode" content="3702000001">
<meta name="ColumnName" content="视频解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{e(QD_TITLE)}">
<meta name="PubDate" content="2024-11-08 10:30">
<meta name="ContentSource" content="中国（山东）自由贸易试验区青岛片区管理委员会">
<meta name="Image" content="https://www.qingdao.gov.cn/zwgk/zcjd/spjd/202411/W020241108403125660013.jpg">
<title>{e(QD_TITLE)}-政策解读-青岛市人民政府门户网站</title>
<link href="{F}chunk-vendors.2f4e1a.css" rel="stylesheet">
<link href="{F}app.8c1d3b.css" rel="stylesheet">
<link href="{F}video-js.min.css" rel="stylesheet">
</head>
<body><div id="app" data-server-rendered="true"><div {V} class="page-detail">
<header {V} class="gov-header"><div {V} class="header-inner">
  <div {V} class="top-util"><a {V} href="https://www.qingdao.gov.cn/">青岛市人民政府门户网站</a><a {V} href="javascript:void(0)">无障碍</a><a {V} href="javascript:void(0)">关怀版</a><a {V} href="https://www.qingdao.gov.cn/english/">English</a><a {V} href="https://www.qingdao.gov.cn/zhzx/">智能问答</a></div>
  <a {V} class="logo" href="https://www.qingdao.gov.cn/"><img {V} src="{F}qd_logo.png" alt="青岛市人民政府"></a>
  <div {V} class="search-box"><input {V} type="text" placeholder="请输入关键词"><button {V}>搜索</button></div>
</div>
<nav {V} class="main-nav"><ul {V}>
  <li {V}><a {V} href="https://www.qingdao.gov.cn/">首页</a></li><li {V}><a {V} href="https://www.qingdao.gov.cn/ywdt/">要闻动态</a></li><li {V} class="active"><a {V} href="https://www.qingdao.gov.cn/zwgk/">政务公开</a></li><li {V}><a {V} href="https://www.qingdao.gov.cn/zwfw/">政务服务</a></li><li {V}><a {V} href="https://www.qingdao.gov.cn/hdjl/">互动交流</a></li><li {V}><a {V} href="https://www.qingdao.gov.cn/zjqd/">走进青岛</a></li>
</ul></nav></header>
<div {V} class="breadcrumb"><span {V}>当前位置：</span><a {V} href="https://www.qingdao.gov.cn/">首页</a><i {V}>&gt;</i><a {V} href="https://www.qingdao.gov.cn/zwgk/">政务公开</a><i {V}>&gt;</i><a {V} href="https://www.qingdao.gov.cn/zwgk/zcjd/">政策解读</a><i {V}>&gt;</i><a {V} href="https://www.qingdao.gov.cn/zwgk/zcjd/spjd/">视频解读</a></div>
<div {V} class="detail-wrap"><div {V} class="detail-main">
  <h1 {V} class="detail-title">{e(QD_TITLE)}</h1>
  <div {V} class="detail-meta"><span {V}>来源：中国（山东）自由贸易试验区青岛片区管理委员会</span><span {V}>发布时间：2024-11-08 10:30</span><span {V}>浏览量：<em {V} id="hits">3417</em></span>
    <span {V} class="font-size">字号：<a {V} href="javascript:void(0)">大</a><a {V} href="javascript:void(0)">中</a><a {V} href="javascript:void(0)">小</a></span>
    <span {V} class="tools"><a {V} href="javascript:window.print()">打印</a><a {V} href="javascript:void(0)" class="share-wx">微信</a><a {V} href="javascript:void(0)" class="share-wb">微博</a></span></div>
  <div {V} class="video-box"><div {V} id="qdPlayer" class="video-js vjs-default-skin vjs-paused vjs-controls-enabled vjs-big-play-centered" style="width:860px;height:484px">
    <video {V} id="qdPlayer_html5_api" class="vjs-tech" preload="none" poster="{F}poster_20241108.png" src="https://vod.qingdao.gov.cn/zcjd/2024/11/08/qdpq_xtyxms_jd.mp4" tabindex="-1">
      <source {V} src="https://vod.qingdao.gov.cn/zcjd/2024/11/08/qdpq_xtyxms_jd.mp4" type="video/mp4">
      <p {V} class="vjs-no-js">您的浏览器不支持HTML5视频播放，请升级浏览器或下载<a {V} href="https://vod.qingdao.gov.cn/zcjd/2024/11/08/qdpq_xtyxms_jd.mp4">视频文件</a>观看。</p>
    </video>
    <div {V} class="vjs-poster" tabindex="-1" aria-disabled="false" style="background-image: url(&quot;{F}poster_20241108.png&quot;);"></div>
    <button {V} class="vjs-big-play-button" type="button" title="播放视频" aria-disabled="false"><span class="vjs-icon-placeholder" aria-hidden="true"></span><span class="vjs-control-text" aria-live="polite">播放视频</span></button>
    <div {V} class="vjs-control-bar" dir="ltr"><button class="vjs-play-control vjs-control vjs-button" type="button" title="播放"><span class="vjs-control-text" aria-live="polite">播放</span></button><div class="vjs-current-time vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">当前时间&nbsp;</span><span class="vjs-current-time-display">0:00</span></div><div class="vjs-time-control vjs-time-divider"><div><span>/</span></div></div><div class="vjs-duration vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">时长&nbsp;</span><span class="vjs-duration-display">9:46</span></div><div class="vjs-playback-rate vjs-menu-button vjs-control"><div class="vjs-playback-rate-value">1x</div></div><button class="vjs-fullscreen-control vjs-control vjs-button" type="button" title="全屏"><span class="vjs-control-text" aria-live="polite">全屏</span></button></div>
  </div></div>
  <div {V} class="video-info">
    <p {V}><span {V} class="label">解读嘉宾：</span>中国（山东）自由贸易试验区青岛片区管理委员会副主任　刘晓东</p>
    <p {V}><span {V} class="label">视频时长：</span>09:46</p>
    <p {V}><span {V} class="label">相关文件：</span><a {V} href="https://www.qingdao.gov.cn/zwgk/xxgk/qdpq/gkml/gwfg/202410/t20241028_8409932.shtml" target="_blank">《{e(QD_POLICY)}》（青自贸管发〔2024〕27号）</a></p>
  </div>
  <div {V} class="wzsl"><div {V} class="wzsl-tit"><span {V}>文字实录</span></div>
{tr}  </div>
  <div {V} class="detail-source"><p {V}>（视频来源：青岛片区管委会、青岛广播电视台联合制作）</p><p {V}>责任编辑：孙宁</p></div>
  <div {V} class="detail-tools"><a {V} href="javascript:window.print()">【打印本页】</a><a {V} href="javascript:window.close()">【关闭窗口】</a><span {V} class="share">分享：<a {V} class="wx" href="javascript:void(0)">微信</a><a {V} class="wb" href="javascript:void(0)">微博</a><a {V} class="qq" href="javascript:void(0)">QQ</a></span></div>
  <div {V} class="qr-pop" style="display:none"><img {V} src="{F}qr_wx.png" alt=""><p {V}>打开微信“扫一扫”，打开网页后点击屏幕右上角分享按钮</p></div>
</div>
<aside {V} class="detail-side"><div {V} class="side-tit">相关解读</div><ul {V}>
{relhtml}</ul>
<div {V} class="side-tit">专题专栏</div><ul {V}><li {V}><a {V} href="https://www.qingdao.gov.cn/ztzl/zmq/">中国（山东）自由贸易试验区青岛片区</a></li><li {V}><a {V} href="https://www.qingdao.gov.cn/ztzl/shsfq/">上合示范区建设</a></li></ul>
</aside></div>
<footer {V} class="gov-footer"><div {V} class="footer-inner">
  <p {V}><a {V} href="https://www.qingdao.gov.cn/wzdt/">网站地图</a> | <a {V} href="https://www.qingdao.gov.cn/lxwm/">联系我们</a> | <a {V} href="https://www.qingdao.gov.cn/wzsm/">网站声明</a></p>
  <p {V}>主办：青岛市人民政府办公厅　承办：青岛市大数据发展管理局</p>
  <p {V}>网站标识码：3702000001　<a {V} href="https://beian.miit.gov.cn/">鲁ICP备05001633号</a>　鲁公网安备 37020202000101号</p>
  <p {V}><img {V} src="{F}dzjg.png" alt="党政机关"><img {V} src="{F}zc.png" alt="政府网站找错"></p>
</div></footer>
<div {V} class="back-top" style="display:none">顶部</div>
</div></div>
<script>window.__INITIAL_STATE__={{"detail":{{"id":8421765,"title":"{qd_js_title}","pubDate":"2024-11-08 10:30","source":"中国（山东）自由贸易试验区青岛片区管理委员会","videoUrl":"https://vod.qingdao.gov.cn/zcjd/2024/11/08/qdpq_xtyxms_jd.mp4"}}}};</script>
<script src="{F}video.min.js"></script>
<script src="{F}chunk-vendors.7b2a90.js"></script>
<script src="{F}app.5d31c4.js"></script>

</body></html>"""
    assets = {
        "chunk-vendors.2f4e1a.css": ".page-detail{font-family:'PingFang SC','Microsoft YaHei'}\n",
        "app.8c1d3b.css": ".detail-title[data-v-3c8a5b1e]{font-size:28px;text-align:center}.wzsl-tit span[data-v-3c8a5b1e]{font-size:18px;font-weight:bold;border-bottom:2px solid #0b5fb5}\n",
        "video-js.min.css": ".video-js{position:relative}.vjs-control-text{position:absolute;clip:rect(0 0 0 0)}\n",
        "video.min.js": "/*! @name video.js @version 7.20.3 @license Apache-2.0 */window.videojs=function(){return{ready:function(){}}};\n",
        "chunk-vendors.7b2a90.js": "(window.webpackJsonp=window.webpackJsonp||[]).push([[1],{}]);\n",
        "app.5d31c4.js": "(function(){var p=window.videojs&&window.videojs('qdPlayer');})();\n",
        "qd_logo.png": png(8, 3, (11, 95, 181)),
        "poster_20241108.png": png(16, 9, (30, 60, 120)),
        "qr_wx.png": png(6, 6, (0, 0, 0)),
        "dzjg.png": png(4, 4, (220, 0, 0)),
        "zc.png": png(4, 2, (0, 90, 170)),
    }
    write_page(QD, html, assets)
    return QD


# ================================================================ expected.json
def expected():
    out = {}
    nn_clauses = [NN_BASIS, NN_SUMMARY] + NN_COND + NN_COND_SUB + [row_clause(NN_STD_H, r) for r in NN_STD] + [NN_STD_NOTE] + NN_MAT + [NN_TIME, NN_WAY, NN_DEPT] + NN_FLOW
    out[NN] = [{
        "meta": {
            "title": NN_TITLE, "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
            "date": None, "published": "2024-06-25", "level": "zone",
            "region": "广西壮族自治区南宁市（中国（广西）自由贸易试验区南宁片区）",
            "effective": "2024-05-01", "expires": "2026-04-30",
            "attachments": NN_FILES, "doc_type": "政策兑现事项（申报指南）",
            "recipients": [], "publicity": None,
            "basis": "《中国（广西）自由贸易试验区南宁片区促进跨境电子商务高质量发展若干措施》（南自贸管发〔2024〕12号）",
        },
        "clauses": nn_clauses,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区南宁片区（广西壮族自治区南宁市）",
            "specific": {
                "政策摘要": "南宁片区; the 单量 part in 南宁综合保税区",
                "兑现条件 4": "南宁综合保税区",
                "兑现标准 保税进口单量奖励 row": "南宁综合保税区",
                "申报材料 4": "南宁综合保税区",
            },
            "note": "良庆区 in 兑现条件 5(2) names another government's award (not a place of application); 良庆区五象大道401号 in 申报方式/受理部门 is an office address — neither moves a clause to 良庆区 (tagging 良庆区 low). 南宁海关 is an authority, not a place.",
        },
        "_note": (
            "One measure's 兑现 page on a 政策兑现 platform — ONE document. Title = the h1 (the <title> adds “-南宁市惠企政策兑现平台”). "
            "doc_number: none of its own — 南自贸管发〔2024〕12号 is the 政策依据 (the measure document the page implements); taking it as this page's 文号 is medium. "
            "Issuer = 发布单位 in the info table (中国（广西）自由贸易试验区南宁片区管理委员会); the 受理部门 (its 经济发展局) is not the issuer. published = 发布日期 2024-06-25; "
            "effective/expires = 政策有效期 2024年5月1日至2026年4月30日 in the info table. 申报时间 2024-07-01…2024-12-31 is an application window, not validity. "
            "Clauses (28): 政策依据 paragraph, 政策摘要 paragraph (with its bold label), 兑现条件 <ul> 5 bullets + the nested <ul> 3 bullets under the 5th "
            "(separate clauses; nested items merged into bullet 5 equally good — but they must not be glued onto bullet 4 or the 兑现标准 table), 兑现标准 table 4 rows written 档次：…；年度跨境电商进出口额：…；奖励标准：…；备注：… "
            "(备注 “—” may be dropped) + the colspan=4 注 row (as its own clause, or appended to row 4 tolerable low), 申报材料 <ol> 5 items (numbers come from the <ol>, a “1.” prefix is fine), "
            "申报时间, 申报方式, 受理部门 paragraphs (each under its own section heading, the heading not part of the text), 办理流程 5 steps (each <li> = <em>第N步：</em> + text; joined with no space). "
            "Furniture: topbar, header, search, nav, breadcrumb, tags 依申请兑现/资金奖励/申报中, the info table, the buttons 在线申报/收藏/打印/分享, the anchor tab bar (政策依据…办理流程 — a row of headings, not a clause), "
            "section headings, 表格下载 links (→ attachments), 打印本页/关闭窗口/字体, 上一篇/下一篇, sidebar 相关政策/相关解读/热门兑现事项 (titles of OTHER measures — not clauses, not this title), QR box, footer, hidden 返回顶部, inline script."
        ),
    }]

    xm_clauses = XM_BODY + xm_row_texts()
    out[XM] = [{
        "meta": {
            "title": XM_TITLE, "doc_number": XM_NUM,
            "issuer": ["厦门市发展和改革委员会", "厦门市财政局"],
            "date": "2024-09-18", "published": "2024-09-20", "level": "municipal",
            "region": "福建省厦门市",
            "effective": "2024-09-20", "expires": "2025-12-31",
            "attachments": [XM_ATT], "doc_type": "通知",
            "recipients": ["各区人民政府", "各管委会", "市直各有关部门", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": xm_clauses,
        "applies_to": {
            "default": "福建省厦门市",
            "specific": {
                "四、": "中国（福建）自由贸易试验区厦门片区；厦门象屿综合保税区",
                "序号5": "厦门片区",
                "序号6": "厦门片区（含象屿综合保税区）",
                "序号7": "厦门象屿综合保税区",
                "序号8": "海沧港区、东渡港区（海沧区、湖里区）",
                "序号10": "厦门高崎国际机场（湖里区）",
                "序号13": "海沧区",
                "序号14": "集美区（集美跨境电商产业园）",
                "序号15": "翔安区（翔安火炬产业区）",
                "序号16": "同安区",
            },
            "note": "Rows whose 适用范围 is 全市 stay 厦门市. 共建“一带一路”国家 in 序号3 and “丝路海运” in 序号9 do not move a row abroad. A row's place must come from ITS OWN 适用范围 cell — with the rowspan 主管部门 cells the columns must not shift (a row tagged with the next row's place is wrong).",
        },
        "_note": (
            "Joint 通知 published on the 厦门市人民政府 site's 免申即享 column. Info table (索引号/主题分类/发布机构/成文日期/标题/文号/发布日期/有效性) gives 文号 厦发改〔2024〕301号, 成文 2024-09-18, 发布 2024-09-20; "
            "issuers are the two organs of the 发布机构 cell and of the 落款 (厦门市发展和改革委员会　　　　厦门市财政局 on ONE right-aligned line). Title contains a full-width space between the two organs (keep it or drop it; not two titles). "
            "Effective = 自发布之日起 = 2024-09-20, expires 2025-12-31 (五、). The body was pasted from Word: MsoNormal paragraphs with spans and <o:p>, empty &nbsp; paragraphs, a <br clear=all style=page-break-before> before 附件. "
            "Clauses (22): the opening paragraph, 一、…五、 (each a whole paragraph, no headings) and the 16 rows of the 清单 table written 序号：N；政策事项：…；政策依据：…；主管部门：…；兑现方式：…；适用范围：… . "
            "主管部门 cells span rows (rowspan 4/3/2/2): every row under a rowspan carries that 主管部门 (a row with the cell missing is medium; a SHIFT of 兑现方式/适用范围 into the wrong column is high). "
            "序号4's 政策依据 cell has two <p> (…第四条；/《厦门市商务发展专项资金管理办法》…) joined with no space. The header row is <td> not <th> (not a clause). "
            "Furniture: 主送 (→ recipients), 附件：… line (→ attachments), 落款 + date, （此件主动公开） (→ publicity), the 附件 label and the table title, the 注 line under the table (as a clause tolerable low), "
            "相关附件 xlsx link (the same attachment), 打印/关闭, 相关链接 (other 通知 — its 2024年第一批 title must not become the title), the footer inside the <iframe> (saved as _files/saved_resource.html — never a clause)."
        ),
    }]

    zz_tasks = [h + b for h, b in ZZ_TASKS]
    zz_guar = [h + b for h, b in ZZ_GUAR]
    out[ZZ] = [{
        "meta": {
            "title": ZZ_TITLE, "doc_number": ZZ_NUM, "issuer": ["郑州市人民政府"],
            "date": "2024-05-20", "published": "2024-05-24", "level": "municipal",
            "region": "河南省郑州市",
            "effective": "2024-06-01", "expires": "2026-12-31",
            "attachments": [ZZ_PLAN], "doc_type": "通知",
            "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": [ZZ_NOTICE, ZZ_INTRO, ZZ_GOAL] + zz_tasks + zz_guar,
        "applies_to": {
            "default": "河南省郑州市（中国（河南）自由贸易试验区郑州片区）",
            "specific": {
                "二、（一）": "郑州航空港经济综合实验区（郑州新郑国际机场）",
                "二、（二）": "郑州国际陆港；经开区（郑州铁路集装箱中心站 / 多式联运海关监管中心）",
                "二、（三）": "郑东新区、金水区、经开区；郑州经开综合保税区、郑州新郑综合保税区",
                "二、（四）": "郑州国际陆港 — NOT 青岛港/连云港港/宁波舟山港 (partners in other provinces)",
                "二、（五）": "郑州片区；航空港区",
                "二、（六）": "郑东新区（中原金融岛）；经开区；中牟县（汽车产业集聚区）",
                "二、（八）": "航空港区、上街区、荥阳市 (复制推广)",
            },
            "note": "中亚、欧洲、中老铁路、西部陆海新通道 (二、（二）) and 共建“一带一路”国家 (二、（一）) do not move a clause abroad. 二、（三） must carry 郑州新郑综合保税区 — the page split cuts that name into 郑州新郑综合 | 保税区.",
        },
        "_note": (
            "Page declared charset=gb2312 (bytes are GBK/GB18030, as the site serves them). The CMS split the text into three pages — all three are in the saved page, in div#page_1/#page_2/#page_3, "
            "each followed by a pager (第N页/共3页 首页 上一页 1 2 3 下一页 尾页) — the pagers are furniture and must not end up in a clause, and pages 2–3 must not be dropped. "
            "The FIRST split cuts 二、（三） in the middle of the place name: page 1 ends “…支持郑州经开综合保税区、郑州新郑综合”, page 2 begins with a <p> (no indent, no label) “保税区开展跨境电商保税进口…” — "
            "the two parts are ONE clause joined with no space (a separate clause “保税区开展…” is high: content detached from its item and a place name broken). The second split falls between paragraphs (after （八）). "
            "Title from the h1-like div.xl-title / 名称 cell / ArticleTitle; 文号 in the info table and under the title; 生成日期 2024-05-20 (= 落款 date), 发布日期 2024-05-24. "
            "The notice (主送, 1 paragraph, 落款 郑州市人民政府 / 2024年5月20日, （此件公开发布）) is followed directly by the 方案 (centred bold title, no 附件 label): ONE document whose clauses include the 方案's; "
            "attachments = the 方案 title (an empty list tolerable low). Clauses (15): notice paragraph, 方案 intro, 一、总体目标 paragraph (the heading 一、总体目标 is a heading), （一）…（八） under 二、重点任务 (bold run-in heading + text = one clause), "
            "（一）…（四） under 三、保障措施. Effective 2024-06-01, expires 2026-12-31 (三、（四）). "
            "Furniture: header date line (2024年5月24日 星期五), nav, breadcrumb, info table, 发布时间/来源/字体/打印 line, pagers, share, 相关解读/相关文件 links, footer, doZoom script."
        ),
    }]

    out[QD] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": None,
            "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
            "date": None, "published": "2024-11-08", "level": "zone",
            "region": "山东省青岛市（中国（山东）自由贸易试验区青岛片区）",
            "effective": None, "expires": None,
            "attachments": [], "doc_type": "政策解读（视频）",
            "recipients": [], "publicity": None,
            "interprets": "《" + QD_POLICY + "》（青自贸管发〔2024〕27号）",
        },
        "clauses": qd_clauses(),
        "applies_to": {
            "default": "中国（山东）自由贸易试验区青岛片区（山东省青岛市黄岛区）",
            "specific": {
                "刘晓东 answer 1 (背景)": "青岛前湾综合保税区、青岛西海岸综合保税区、前湾港区 (description of the 片区)",
                "二是…": "青岛前湾综合保税区",
                "三是…": "青岛片区 (the 外贸综合服务企业) + 即墨区（即墨国际商贸城市场采购贸易试点）",
                "四是…": "前湾港区；上合示范区（胶州市）多式联运中心",
                "适用范围 answer": "青岛片区（含青岛前湾综合保税区、青岛西海岸综合保税区）; the 第七条 exception → 青岛前湾综合保税区",
            },
            "note": "中欧班列 / 共建“一带一路” do not move a clause abroad. 即墨国际商贸城 and 上合示范区 are outside the 片区 but the measures there are real places of the clause (tagging only 青岛片区 there is low).",
        },
        "_note": (
            "A 政策解读 page built around a video — ONE document of type 解读. Title = the h1 “视频解读：《…若干措施》” (the <title> adds -政策解读-青岛市人民政府门户网站; dropping the 视频解读： prefix is tolerable low). "
            "No 文号 of its own: 青自贸管发〔2024〕27号 is the interpreted policy's (in the 相关文件 link) — as this page's doc_number is medium. Issuer = 来源 青岛片区管委会; published 2024-11-08 (发布时间 10:30). "
            "effective/expires: none for the 解读; the policy's 2024-11-01 / 3 years (→2027-10-31) is said in the transcript — reporting them as the page's is low. "
            "Clauses (13): every paragraph of the 文字实录 in order with its bold speaker label (主持人：/刘晓东：, joined with no space); the 4th paragraph holds five lines separated by <br> — "
            "“刘晓东：措施一共12条…” and 一是…/二是…/三是…/四是… — each line one clause (the five merged into one clause tolerable low, but 一是…四是 must not be glued onto the next 主持人 paragraph). "
            "Host questions are clauses too (dropping them is low). "
            "Furniture: header/nav/breadcrumb (Vue data-v-* attributes everywhere), meta line (来源/发布时间/浏览量/字号/打印/微信/微博), the video.js player: <video> with poster, "
            "the fallback text 您的浏览器不支持HTML5视频播放…, 播放视频/播放/当前时间 0:00/时长 9:46/1x/全屏 control texts (none is a clause), the video-info lines 解读嘉宾/视频时长/相关文件, "
            "（视频来源：…联合制作）, 责任编辑：孙宁, 打印本页/关闭窗口/分享, hidden QR popup text, sidebar 相关解读 (other 解读 titles) and 专题专栏, footer, window.__INITIAL_STATE__ JSON."
        ),
    }]
    return out


def main():
    files = [build_nanning(), build_xiamen(), build_zhengzhou(), build_qingdao()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[f + ".html" for f in files])


if __name__ == "__main__":
    main()
