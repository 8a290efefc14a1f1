# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 188: government web pages saved from the browser as "网页，全部".

Writes next to itself (each page = NAME.html + NAME_files/ with the css, js and
pictures the browser saved; linked downloads are NOT saved, as in a real save):

  blind188_henan_fgw.html   河南省发展和改革委员会 通知 page. The text sits in
      <div class="article-content"> with every paragraph a <div> (no <p>); the
      numbered items are <strong> run-in headings; 附件1 (申报名额分配表) is given
      only as a PNG picture inside the article plus a "附件下载" block whose links
      point to the remote site (the .xlsx/.docx are not on disk).
  blind188_lyg_plan.html    连云港市人民政府 page: 印发通知 + the 规划 itself
      (第一章…第四章 / 第一节…), long paragraphs with inline footnote markers
      <sup>①</sup>… and the 注释 at the end. Saved in GB2312/GBK (meta charset=gb2312).
  blind188_xmpq_notice.html 中国（福建）自贸试验区厦门片区 page holding TWO documents
      separated by <hr>: the 印发通知 with its 若干措施, then the 政策解读.
  blind188_hekou_m.html     河口瑶族自治县人民政府 mobile page (m.hekou.gov.cn): the date
      shown is "2小时前" (relative, rendered by script at save time) with the
      absolute time only in a hidden <span style="display:none">.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind188.py
"""
import datetime as _dt
import html
import json
import os
import random
import shutil

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def font(path, size):
    return ImageFont.truetype(path, size, index=2)  # SC face


def esc(s):
    return html.escape(s, quote=False)


def saved_from(url):
    # what Chrome writes at the top of a page saved as "网页，全部"
    return "<!-- saved from url=(%04d)%s -->" % (len(url), url)


def files_dir(stem):
    d = os.path.join(HERE, stem + "_files")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


def write_text(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


def logo_png(path, text, sub, color=(180, 20, 20), w=520, h=80):
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((6, 8, 70, 72), outline=color, width=4)
    d.text((22, 22), "徽", font=font(FONT_SANS_B, 30), fill=color)
    d.text((86, 6), text, font=font(FONT_SERIF, 34), fill=color)
    d.text((88, 52), sub, font=font(FONT_SANS, 14), fill=(120, 120, 120))
    im.save(path)


def qr_png(path, seed):
    rnd = random.Random(seed)
    n, c = 25, 6
    im = Image.new("RGB", (n * c + 20, n * c + 20), "white")
    d = ImageDraw.Draw(im)
    for y in range(n):
        for x in range(n):
            finder = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if finder:
                on = x in (0, 6, n - 7, n - 1) or y in (0, 6, n - 7, n - 1) or (2 <= x % (n - 7 if x >= n - 7 else 100) <= 4 and 2 <= y % (n - 7 if y >= n - 7 else 100) <= 4)
            else:
                on = rnd.random() < 0.5
            if on:
                d.rectangle((10 + x * c, 10 + y * c, 10 + x * c + c - 1, 10 + y * c + c - 1), fill="black")
    im.save(path)


def table_png(path, title, unit, header, rows, widths, note=None):
    """A table drawn as an office would scan/screenshot it: the only copy of its text is pixels."""
    ft = font(FONT_SANS_B, 30)
    fh = font(FONT_SANS_B, 20)
    fb = font(FONT_SERIF, 20)
    rowh = 44
    W = sum(widths) + 80
    H = 150 + rowh * (len(rows) + 1) + (60 if note else 20)
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    tw = d.textlength(title, font=ft)
    d.text(((W - tw) / 2, 30), title, font=ft, fill="black")
    d.text((W - 40 - d.textlength(unit, font=fb), 95), unit, font=fb, fill="black")
    y0 = 130
    x = 40
    xs = [x]
    for w in widths:
        x += w
        xs.append(x)
    for r, cells in enumerate([header] + rows):
        y = y0 + r * rowh
        for i, cell in enumerate(cells):
            f = fh if r == 0 else fb
            cw = d.textlength(cell, font=f)
            d.text((xs[i] + (widths[i] - cw) / 2, y + 10), cell, font=f, fill="black")
    yb = y0 + rowh * (len(rows) + 1)
    for r in range(len(rows) + 2):
        d.line((xs[0], y0 + r * rowh, xs[-1], y0 + r * rowh), fill="black", width=2 if r in (0, len(rows) + 1) else 1)
    for xv in xs:
        d.line((xv, y0, xv, yb), fill="black", width=2 if xv in (xs[0], xs[-1]) else 1)
    if note:
        d.text((xs[0], yb + 14), note, font=font(FONT_SERIF, 18), fill="black")
    im.save(path)


COMMON_JS = """/* jquery.min.js (stub saved by the browser) */
(function(){window.jQuery=window.$=function(){return{ready:function(f){f&&f();},on:function(){},text:function(){}}};})();
"""

# ============================================================ page 1: 河南省发展改革委
P1_STEM = "blind188_henan_fgw"
P1_URL = "https://fgw.henan.gov.cn/2024/06-14/3016827.html"
P1_TITLE = "河南省发展和改革委员会关于组织申报2024年度河南省“一带一路”建设重点项目的通知"
P1_NO = "豫发改外资〔2024〕412号"
P1_RECIP = "各省辖市、济源示范区发展改革委，郑州航空港经济综合实验区经济发展局，有关省属企业："
P1_ATT = [
    "2024年度河南省“一带一路”建设重点项目申报名额分配表",
    "2024年度河南省“一带一路”建设重点项目申报表",
]
# (kind, head, text): kind "p" plain paragraph, "h" strong run-in heading + text
P1_BODY = [
    ("p", "", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快推进空中、陆上、网上、海上“四条丝路”协同发展，根据《河南省“一带一路”建设重点项目管理办法》（豫发改外资〔2022〕156号），现就组织申报2024年度河南省“一带一路”建设重点项目有关事项通知如下。"),
    ("h", "一、申报范围。", "本次申报的项目应为我省企业在共建“一带一路”国家（地区）投资建设，或者在省内建设、服务“四条丝路”建设的项目，且符合下列条件之一："),
    ("p", "", "（一）境外投资项目中方投资额不低于1000万美元，或者对外承包工程项目合同额不低于5000万美元；"),
    ("p", "", "（二）省内枢纽设施项目总投资不低于2亿元，包括郑州航空港货运设施、中欧班列（中豫号）集结中心、跨境电商监管场站等；"),
    ("p", "", "（三）已于2024年6月30日前开工或者计划于2024年12月31日前开工，且用地、环评等前期手续齐备。"),
    ("h", "二、申报名额。", "各地申报名额按照附件1分配。郑州市、洛阳市和郑州航空港区可在分配名额基础上，各增报不超过3个海外仓或者境外经贸合作区项目。有关省属企业申报不受名额限制，但每家企业不超过5个。"),
    ("h", "三、申报材料。", "项目单位应当通过河南省投资项目在线审批监管平台填报项目信息，并提交以下材料："),
    ("p", "", "（一）项目申报表（附件2）；"),
    ("p", "", "（二）项目核准、备案文件或者境外投资备案（核准）证明文件复印件；"),
    ("p", "", "（三）项目单位对申报材料真实性负责的承诺书。"),
    ("h", "四、支持政策。", "列入2024年度省“一带一路”建设重点项目的，省发展改革委在安排省级服务业发展专项资金时予以优先支持，单个项目补助最高不超过500万元；对境外项目，协调国家开发银行河南省分行、中国进出口银行河南省分行等政策性金融机构给予融资支持，并优先推荐申报国家“一带一路”重点项目库。"),
    ("h", "五、时间安排。", "请各地、各单位于2024年7月15日前完成网上填报，并将纸质材料（一式两份）报送省发展改革委利用外资和境外投资处，逾期不予受理。省发展改革委将于2024年8月底前组织专家评审，评审结果在委门户网站公示5个工作日。"),
    ("h", "六、工作要求。", "各省辖市发展改革委要切实履行初审职责，对项目真实性、合规性严格把关，不得重复申报已列入2023年度省“一带一路”建设重点项目清单的项目。对提供虚假材料的项目单位，3年内取消其申报资格。"),
    ("p", "", "联系人：利用外资和境外投资处　王磊，联系电话：0371-69691258，电子邮箱：hnfgw_wzc@163.com。"),
]
P1_QUOTA = [  # 地区, 名额, 其中境外, 备注
    ("郑州市", 12, 4, "可增报不超过3个海外仓或境外经贸合作区项目"),
    ("开封市", 4, 1, ""), ("洛阳市", 8, 3, "可增报不超过3个海外仓或境外经贸合作区项目"),
    ("平顶山市", 3, 1, ""), ("安阳市", 3, 1, ""), ("鹤壁市", 2, 0, ""), ("新乡市", 4, 1, ""),
    ("焦作市", 3, 1, ""), ("濮阳市", 2, 0, ""), ("许昌市", 4, 2, ""), ("漯河市", 2, 0, ""),
    ("三门峡市", 3, 1, ""), ("南阳市", 4, 1, ""), ("商丘市", 3, 1, ""), ("信阳市", 3, 1, ""),
    ("周口市", 3, 1, ""), ("驻马店市", 3, 1, ""), ("济源示范区", 2, 1, ""),
    ("郑州航空港区", 6, 2, "可增报不超过3个海外仓或境外经贸合作区项目"),
]
P1_HDR = ["序号", "地区", "申报名额（个）", "其中：境外项目（个）", "备注"]


def p1_rows():
    rows = [[str(i + 1), a, str(b), str(c), e] for i, (a, b, c, e) in enumerate(P1_QUOTA)]
    rows.append(["合计", "", str(sum(q[1] for q in P1_QUOTA)), str(sum(q[2] for q in P1_QUOTA)), ""])
    return rows


def p1_row_clauses():
    out = []
    for r in p1_rows():
        parts = ["%s：%s" % (h, v) for h, v in zip(P1_HDR, r) if v]
        out.append("；".join(parts))
    return out


def page1():
    fd = files_dir(P1_STEM)
    rel = "./%s_files/" % P1_STEM
    img = "W020240614384521673902.png"
    table_png(os.path.join(fd, img), "附件1  " + P1_ATT[0], "单位：个", P1_HDR, p1_rows(), [80, 170, 170, 220, 480],
              note="注：境外项目指境外投资项目和对外承包工程项目；省属企业申报不占各地名额。")
    logo_png(os.path.join(fd, "logo.png"), "河南省发展和改革委员会", "HENAN PROVINCIAL DEVELOPMENT AND REFORM COMMISSION")
    qr_png(os.path.join(fd, "ewm.png"), 188)
    write_text(os.path.join(fd, "jquery.min.js"), COMMON_JS)
    write_text(os.path.join(fd, "common.js"), "var hitsUrl='/hits.do';$(function(){$('#hits').text('2386');});\n")
    write_text(os.path.join(fd, "style.css"), """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f3f3f3}
.header{background:#b3120e;height:110px}.nav li{display:inline-block;padding:0 22px;color:#fff}
.article{width:1100px;margin:0 auto;background:#fff;padding:30px 60px}
.article-title{font-size:26px;text-align:center;color:#b3120e;line-height:40px}
.article-info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding:10px}
.article-content{font-size:18px;line-height:2;font-family:"FangSong","仿宋_GB2312"}
.article-attach{margin-top:20px;border-top:1px solid #eee}.footer{background:#444;color:#ccc;text-align:center;padding:20px}
""")
    body_divs = []
    for kind, head, text in P1_BODY:
        if kind == "h":
            body_divs.append('<div style="text-indent: 2em;"><strong><span style="font-family: 黑体;">%s</span></strong><span style="font-family: 仿宋_GB2312;">%s</span></div>' % (esc(head), esc(text)))
        else:
            body_divs.append('<div style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312;">%s</span></div>' % esc(text))
    # the editor wrapped item 三 and its sub-items in one extra <div>
    i3 = [i for i, (k, h, t) in enumerate(P1_BODY) if h.startswith("三、")][0]
    body_divs[i3:i3 + 4] = ["<div>\n" + "\n".join(body_divs[i3:i3 + 4]) + "\n</div>"]
    content = "\n".join([
        '<div style="text-align: center;"><span style="font-family: 仿宋_GB2312;">%s</span></div>' % P1_NO,
        "<div><br></div>",
        '<div><span style="font-family: 仿宋_GB2312;">%s</span></div>' % esc(P1_RECIP),
        *body_divs,
        "<div><br></div>",
        '<div style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312;">附件：1．%s<br>　　　　2．%s</span></div>' % (esc(P1_ATT[0]), esc(P1_ATT[1])),
        "<div><br></div>",
        "<div><br></div>",
        '<div style="text-align: right; padding-right: 4em;"><span style="font-family: 仿宋_GB2312;">河南省发展和改革委员会</span></div>',
        '<div style="text-align: right; padding-right: 5em;"><span style="font-family: 仿宋_GB2312;">2024年6月12日</span></div>',
        '<div style="text-indent: 2em;"><span style="font-family: 仿宋_GB2312;">（此件公开发布）</span></div>',
        "<div><br></div>",
        '<div><span style="font-family: 黑体;">附件1</span></div>',
        '<div style="text-align: center;"><img src="%s%s" title="" alt="" width="860" style="max-width:100%%;" oldsrc="W020240614384521673902.png"></div>' % (rel, img),
    ])
    page = f"""<!DOCTYPE html>
{saved_from(P1_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{P1_TITLE}-通知公告-河南省发展和改革委员会</title>
<meta name="SiteName" content="河南省发展和改革委员会">
<meta name="SiteDomain" content="fgw.henan.gov.cn">
<meta name="SiteIdcode" content="4100000061">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{P1_TITLE}">
<meta name="PubDate" content="2024-06-14 10:30">
<meta name="ContentSource" content="利用外资和境外投资处">
<meta name="Keywords" content="一带一路,重点项目,申报">
<meta name="Description" content="河南省发展和改革委员会关于组织申报2024年度河南省“一带一路”建设重点项目的通知">
<meta name="Url" content="{P1_URL}">
<link rel="stylesheet" type="text/css" href="{rel}style.css">
<script type="text/javascript" src="{rel}jquery.min.js"></script>
<script type="text/javascript" src="{rel}common.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：2024年6月14日 星期五</span><a href="https://fgw.henan.gov.cn/">无障碍</a> | <a href="https://fgw.henan.gov.cn/">长者模式</a> | <a href="https://fgw.henan.gov.cn/">English</a></div></div>
<div class="header"><div class="w1200"><img src="{rel}logo.png" alt="河南省发展和改革委员会"></div>
<ul class="nav"><li><a href="https://fgw.henan.gov.cn/">首页</a></li><li><a href="https://fgw.henan.gov.cn/jggk/">机构概况</a></li><li><a href="https://fgw.henan.gov.cn/zwgk/">政务公开</a></li><li><a href="https://fgw.henan.gov.cn/zwfw/">政务服务</a></li><li><a href="https://fgw.henan.gov.cn/hdjl/">互动交流</a></li><li><a href="https://fgw.henan.gov.cn/ztzl/">专题专栏</a></li></ul></div>
<div class="position w1200">当前位置：<a href="https://fgw.henan.gov.cn/">首页</a> &gt; <a href="https://fgw.henan.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://fgw.henan.gov.cn/zwgk/tzgg/">通知公告</a></div>
<div class="xxgk-head w1200"><table class="xxgk-tb">
<tbody><tr><td class="t1">索&nbsp;引&nbsp;号：</td><td>005184329/2024-00158</td><td class="t1">发布机构：</td><td>利用外资和境外投资处</td></tr>
<tr><td class="t1">生成日期：</td><td>2024-06-14</td><td class="t1">文　　号：</td><td>{P1_NO}</td></tr>
<tr><td class="t1">主题分类：</td><td>对外开放</td><td class="t1">公开方式：</td><td>主动公开</td></tr></tbody></table></div>
<div class="article w1200">
<h1 class="article-title">{P1_TITLE}</h1>
<div class="article-info"><span>发布时间：2024-06-14 10:30</span>　<span>来源：利用外资和境外投资处</span>　<span>浏览次数：<em id="hits">2386</em></span>　<span class="zh">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(16)">小</a></span></div>
<div class="article-content">
{content}
</div>
<div class="article-attach">
<div class="fj-title">附件下载：</div>
<ul>
<li><a href="https://fgw.henan.gov.cn/2024/06-14/P020240614384529115872.xlsx" target="_blank">附件1.{P1_ATT[0]}.xlsx</a></li>
<li><a href="https://fgw.henan.gov.cn/2024/06-14/P020240614384531248806.docx" target="_blank">附件2.{P1_ATT[1]}.docx</a></li>
</ul></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="https://fgw.henan.gov.cn/2024/03-22/2954113.html">河南省发展和改革委员会关于公布2023年度河南省“一带一路”建设重点项目清单的通知</a><span>2024-03-22</span></li>
<li><a href="https://fgw.henan.gov.cn/2024/01-09/2890457.html">关于征集2024年中欧班列（中豫号）运营需求的公告</a><span>2024-01-09</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办：河南省发展和改革委员会　地址：郑州市郑东新区省直机关办公区　邮编：450018</p>
<p>网站标识码：4100000061　<a href="https://beian.miit.gov.cn/">豫ICP备05012345号</a>　豫公网安备 41010502003456号</p>
<p><img src="{rel}ewm.png" width="90" alt="扫一扫在手机打开当前页"> 扫一扫在手机打开当前页</p>
</div></div>
</body></html>
"""
    write_text(os.path.join(HERE, P1_STEM + ".html"), page)


def p1_expected():
    body = [(h + t) for k, h, t in P1_BODY]
    rows = p1_row_clauses()
    return [{
        "meta": {
            "title": P1_TITLE,
            "doc_number": P1_NO,
            "issuer": ["河南省发展和改革委员会"],
            "date": "2024-06-12",
            "published": "2024-06-14",
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": P1_ATT,
            "doc_type": "通知",
            "recipients": ["各省辖市、济源示范区发展改革委", "郑州航空港经济综合实验区经济发展局", "有关省属企业"],
            "publicity": "此件公开发布",
            "source_url": P1_URL,
            "publishing_unit_on_page": "利用外资和境外投资处 (发布机构/来源 — an internal 处室, not the issuer)",
        },
        "clauses": body + rows,
        "applies_to": {
            "default": "河南省",
            "specific": {
                "二、申报名额": "郑州市、洛阳市、郑州航空港区 (the extra 3 海外仓/境外经贸合作区 projects); the rest of the item is province-wide",
                "一、(二)": "郑州航空港区 is named as an example of 枢纽设施 only — province-wide clause (either tolerable)",
                **{"附件1 row %d" % (i + 1): q[0] for i, q in enumerate(P1_QUOTA)},
            },
            "note": "共建“一带一路”国家（地区） does not place a clause abroad. 国家开发银行河南省分行 / 中国进出口银行河南省分行 are organs. 附件1 rows exist only as pixels (see _html).",
        },
        "_note": (
            "Page furniture, not clauses: saved-from comment, <title> (title + “-通知公告-河南省发展和改革委员会” suffix: the suffix must not be in the title), top bar (今天是…/无障碍/长者模式/English), header logo, nav, breadcrumb 当前位置, the 信息公开 table (索引号 005184329/2024-00158, 发布机构 利用外资和境外投资处, 生成日期 2024-06-14, 文号, 主题分类, 公开方式), the h1 title, the info line (发布时间 2024-06-14 10:30 / 来源 / 浏览次数 2386 / 字号 大中小), 【打印本页】【关闭窗口】, 相关文章 (two other documents' titles and dates — must not become titles, clauses or dates), footer (主办/地址/网站标识码/ICP/公网安备/扫一扫). "
            "Inside <div class=\"article-content\"> every paragraph is a <div> (no <p>): the first div repeats the 文号 centred (→ doc_number, not a clause); 主送 div (→ recipients); the 附件说明 is ONE div with a <br> between the two attachment lines (→ 2 attachment titles without “1．”/“2．”, not a clause); 落款 河南省发展和改革委员会 + 2024年6月12日 (right-aligned divs) and （此件公开发布） are furniture; the label div 附件1 and the picture are the attachment. "
            "Items 一、…六、 are <strong><span>一、申报范围。</span></strong><span>text</span> run-in headings: heading + text = ONE clause (a heading split from its text, or text with the heading lost, is medium). Item 三、 and its (一)(二)(三) are wrapped in one extra <div> by the editor: they must still be 4 clauses (merging the sub-items into 三、 is low; losing them is high). (一)(二)(三) under 一、 and 三、 are separate items (merging into the parent is low). The contact line is a clause (or contact metadata; both fine). "
            "Dates: 成文日期 = 2024-06-12 (落款); 2024-06-14 is the web publication date (PubDate meta, 生成日期, 发布时间) → published; 2024-06-30 / 2024-12-31 / 2024-07-15 / 2024-08 are conditions and deadlines, not dates of the document. No effective/expires. "
            "issuer = 河南省发展和改革委员会 (落款, title); 利用外资和境外投资处 (发布机构/来源/ContentSource) is the publishing 处室 — as issuer it is medium. level provincial, region 河南省. "
            "附件1 (申报名额分配表: 19 rows + 合计) is ONLY a PNG (./blind188_henan_fgw_files/W020240614384521673902.png, alt=\"\"); the 附件下载 links point to the remote .xlsx/.docx which a browser's “网页，全部” does not save. Without OCR the 19 区域 quotas are lost: tolerable only if the reader reports the image-only attachment / unreachable downloads; OCR rows are a bonus. The download link texts (附件1.….xlsx) are furniture, but they confirm the attachment titles."
        ),
        "_html": {
            "clauses_only_in_image": rows,
            "attachment_links_not_saved": [
                "https://fgw.henan.gov.cn/2024/06-14/P020240614384529115872.xlsx",
                "https://fgw.henan.gov.cn/2024/06-14/P020240614384531248806.docx",
            ],
        },
        "_pdf": {"note": "no PDF this round; the saved HTML page (with its _files folder) is the deliverable"},
    }]


# ============================================================ page 2: 连云港市人民政府 规划
P2_STEM = "blind188_lyg_plan"
P2_URL = "https://www.lyg.gov.cn/zglygzfmhwz/szfwj/content/e5b2c1d8a7f04b0fb4a1f1d26c3e9a71.html"
P2_PLAN = "连云港市“一带一路”强支点建设规划（2024—2030年）"
P2_TITLE = "连云港市人民政府关于印发%s的通知" % P2_PLAN
P2_NO = "连政发〔2024〕38号"
P2_RECIP = "各县、区人民政府，市各委、办、局，市各直属单位："
P2_COVER = "现将《%s》印发给你们，请结合实际认真贯彻落实。" % P2_PLAN
P2_PREFACE = "连云港市地处我国沿海经济带与陆桥通道交汇点，是新亚欧大陆桥经济走廊重要节点城市和中国（江苏）自由贸易试验区连云港片区所在地。为深入贯彻习近平总书记关于连云港建设“一带一路”强支点的重要指示精神，落实省委、省政府关于高质量推进“一带一路”交汇点建设的部署要求，编制本规划。规划期为2024—2030年，展望到2035年。"
# (chapter, section, paragraph) ; markers written as {1} {2} ... → <sup>①</sup> in HTML, ① in clause text
P2_SECTIONS = [
    ("第一章　发展基础", "第一节　发展成效",
     "共建“一带一路”倡议提出十年来，我市对外开放门户地位持续巩固。2023年，连云港港完成货物吞吐量3.21亿吨，集装箱吞吐量613万标准箱，分别比2013年增长64.6%和2.2倍；中哈（连云港）物流合作基地{1}累计完成货物进出库量4860万吨，上合组织（连云港）国际物流园{2}累计开行中欧（亚）班列3600列。中国（江苏）自由贸易试验区连云港片区自2019年8月设立以来，累计形成制度创新成果98项，其中12项在全省复制推广；2023年片区实际使用外资3.6亿美元，占全市的41.8%。"),
    ("第一章　发展基础", "第二节　面临形势",
     "当前，共建“一带一路”进入高质量发展新阶段，《区域全面经济伙伴关系协定》（RCEP）全面生效实施，为我市拓展与日韩、东盟及中亚国家经贸合作带来新机遇。同时，我市港口集疏运体系仍不完善，海铁联运比例仅为11.2%，低于周边主要港口；外贸航线密度不高，临港产业与通道经济融合不够，强支点的辐射带动作用有待进一步增强。"),
    ("第二章　总体要求", "第一节　指导思想",
     "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整、准确、全面贯彻新发展理念，以建设“一带一路”强支点为统领，以连云港片区制度创新为牵引，统筹推进设施联通、贸易畅通、资金融通和人文交流，加快打造新亚欧陆海联运通道{3}标杆示范项目和东中西区域合作示范区。"),
    ("第二章　总体要求", "第二节　发展目标",
     "到2026年，连云港港货物吞吐量达到3.6亿吨，集装箱吞吐量达到700万标准箱，海铁联运量达到100万标准箱；中欧（亚）班列年开行量稳定在800列以上；连云港片区累计形成制度创新成果120项以上。到2030年，基本建成服务中西部、辐射中亚的国际枢纽海港，集装箱吞吐量突破900万标准箱，海铁联运比例提升至18%以上，对共建“一带一路”国家进出口额占全市比重达到45%。"),
    ("第三章　重点任务", "第一节　建设国际枢纽海港",
     "加快连云港区30万吨级航道二期工程和徐圩港区10万吨级航道建设，2025年底前建成徐圩港区六港池64号、65号泊位，推进赣榆港区通用码头改造提升。加密至日韩、东南亚的近洋航线，力争到2026年外贸集装箱航线达到80条，其中至共建“一带一路”国家的航线不少于50条。"),
    ("第三章　重点任务", "第二节　畅通陆海联运通道",
     "深化中哈（连云港）物流合作基地建设，推动基地二期扩能，新增铁路装卸线4条、堆场面积20万平方米。提升上合组织（连云港）国际物流园功能，做大“连新亚”“连云港—阿拉木图”等班列品牌，拓展至中亚五国及经跨里海国际运输走廊{4}至阿塞拜疆、格鲁吉亚的线路，2026年前实现中欧（亚）班列经霍尔果斯、阿拉山口、二连浩特“三口岸”常态化开行。"),
    ("第三章　重点任务", "第三节　提升连云港片区开放能级",
     "支持中国（江苏）自由贸易试验区连云港片区对标国际高标准经贸规则开展首创性、差异化探索，推进“连云港—霍尔果斯”陆海联运“一单制”改革，争取开展国际航行船舶保税加油业务。到2026年，片区新增外资企业150家，实际使用外资年均增长10%，跨境电商交易额突破50亿元。"),
    ("第三章　重点任务", "第四节　深化国际产能合作",
     "依托徐圩新区国家石化产业基地和连云港经济技术开发区，引导医药、新材料等领域龙头企业在共建“一带一路”国家布局生产基地和研发中心；支持企业参与中哈霍尔果斯国际边境合作中心和中国—东盟港口城市合作网络建设。到2030年，全市企业在共建“一带一路”国家累计投资额达到30亿美元。"),
    ("第四章　保障措施", "第一节　加强组织领导",
     "市推进“一带一路”强支点建设领导小组统筹推进规划实施，领导小组办公室设在市发展改革委，负责年度任务分解、督查考核和评估。各县区、各部门要制定具体实施方案，于每年1月底前报送上年度工作进展情况。"),
    ("第四章　保障措施", "第二节　强化要素保障",
     "市财政每年安排“一带一路”强支点建设专项资金2亿元，重点支持海铁联运、国际航线开辟和境外园区建设；优先保障重大港口、物流项目用地用海需求，对列入省重大项目清单的项目，新增建设用地计划指标应保尽保。"),
    ("第四章　保障措施", "第三节　开展评估督查",
     "建立规划实施年度监测和中期评估制度，2027年开展中期评估，评估结果向市人民政府报告并向社会公布。"),
]
P2_NOTES = [
    "中哈（连云港）物流合作基地：2014年5月正式启用，是共建“一带一路”倡议提出后首个落地的实体平台项目，由中哈两国企业合资建设运营。",
    "上合组织（连云港）国际物流园：位于连云区，规划面积22.6平方公里，是面向上海合作组织成员国的国际物流合作平台。",
    "新亚欧陆海联运通道：指以连云港为东方起点，经陇海、兰新铁路连接中亚、欧洲的陆海联运大通道。",
    "跨里海国际运输走廊：指经哈萨克斯坦、里海、阿塞拜疆、格鲁吉亚至土耳其及欧洲的国际运输线路。",
]
CIRC = "①②③④⑤⑥"


def marks(text, mode):
    for i in range(1, 7):
        text = text.replace("{%d}" % i, ('<sup>%s</sup>' % CIRC[i - 1]) if mode == "html" else CIRC[i - 1])
    return text


def page2():
    fd = files_dir(P2_STEM)
    rel = "./%s_files/" % P2_STEM
    logo_png(os.path.join(fd, "logo_lyg.png"), "连云港市人民政府", "www.lyg.gov.cn", color=(0, 82, 160))
    qr_png(os.path.join(fd, "qrcode.png"), 1882)
    write_text(os.path.join(fd, "jquery-1.11.3.min.js"), COMMON_JS)
    write_text(os.path.join(fd, "main.css"), """body{font:14px/1.8 "SimSun";margin:0}.wrap{width:1000px;margin:0 auto}
.xxgk_table{width:100%;border-collapse:collapse}.xxgk_table td{border:1px solid #cfdff0;padding:4px 8px}
.TRS_Editor p{font-size:16px;line-height:30px;margin:0 0 8px}.zhushi p{font-size:14px;color:#333}
""")
    paras = []
    paras.append('<p style="text-align: center;">%s</p>' % P2_NO)
    paras.append('<p>%s</p>' % esc(P2_RECIP))
    paras.append('<p style="text-indent: 2em;">%s</p>' % esc(P2_COVER))
    paras.append('<p style="text-align: right;">连云港市人民政府</p>')
    paras.append('<p style="text-align: right;">2024年5月8日</p>')
    paras.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    paras.append('<p><br></p>')
    paras.append('<p style="text-align: center;"><strong><span style="font-size: 22px;">%s</span></strong></p>' % esc(P2_PLAN))
    paras.append('<p><br></p>')
    paras.append('<p style="text-indent: 2em;">%s</p>' % esc(P2_PREFACE))
    last_ch = None
    for ch, sec, text in P2_SECTIONS:
        if ch != last_ch:
            paras.append('<p style="text-align: center;"><strong><span style="font-family: 黑体;">%s</span></strong></p>' % ch)
            last_ch = ch
        paras.append('<p style="text-indent: 2em;"><strong><span style="font-family: 楷体_GB2312;">%s</span></strong></p>' % sec)
        paras.append('<p style="text-indent: 2em;">%s</p>' % marks(esc(text), "html"))
    notes = "\n".join('<p style="text-indent: 2em;">%s%s</p>' % (CIRC[i], esc(n)) for i, n in enumerate(P2_NOTES))
    content = "\n".join(paras)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(P2_URL)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">

<title>{P2_TITLE}</title>
<meta name="SiteName" content="连云港市人民政府">
<meta name="SiteDomain" content="www.lyg.gov.cn">
<meta name="SiteIdcode" content="3207000015">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{P2_TITLE}">
<meta name="PubDate" content="2024-05-13 17:20">
<meta name="ContentSource" content="市政府办公室">
<link href="{rel}main.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="{rel}jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="head"><div class="wrap"><img src="{rel}logo_lyg.png" alt="连云港市人民政府"><div class="search"><input type="text" value="请输入关键字"><a>搜索</a></div></div></div>
<div class="menu wrap"><a href="https://www.lyg.gov.cn/">首页</a><a>走进港城</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a></div>
<div class="wrap location">您当前的位置：<a href="https://www.lyg.gov.cn/">首页</a>&gt;<a>政务公开</a>&gt;<a>政策文件</a>&gt;<a>市政府文件</a></div>
<div class="wrap">
<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tbody><tr><td width="12%">索引号：</td><td width="38%">014016842/2024-00219</td><td width="12%">主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td>发文机关：</td><td>连云港市人民政府</td><td>成文日期：</td><td>2024-05-08</td></tr>
<tr><td>标　　题：</td><td colspan="3">{P2_TITLE}</td></tr>
<tr><td>发文字号：</td><td>{P2_NO}</td><td>发布日期：</td><td>2024-05-13</td></tr>
<tr><td>有效性：</td><td colspan="3">有效</td></tr>
</tbody></table>
<div class="article">
<h2 class="title">{P2_TITLE}</h2>
<div class="info">发布日期：2024-05-13　　来源：市政府办公室　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor" id="zoom">
{content}
<div class="zhushi">
<p style="text-indent: 2em;"><strong>注释：</strong></p>
{notes}
</div>
</div>
<div class="bottom-tools"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
<div class="jdlink">相关解读：<a href="https://www.lyg.gov.cn/zglygzfmhwz/zcjd/content/9c0e.html">图解：一图读懂《{P2_PLAN}》</a></div>
</div>
</div>
<div class="foot"><div class="wrap">
<p>主办单位：连云港市人民政府办公室　承办单位：连云港市大数据管理局</p>
<p>网站标识码：3207000015　苏ICP备05006532号-1　苏公网安备 32070302010123号　责任编辑：王喆</p>
<p><img src="{rel}qrcode.png" width="80" alt=""> 手机版</p>
</div></div>
</body></html>
"""
    # gb2312 is declared; the bytes are GBK/GB18030 as real "gb2312" sites are (责任编辑 王喆: 喆 is not in GB2312)
    write_text(os.path.join(HERE, P2_STEM + ".html"), page, encoding="gb18030")


def p2_expected():
    clauses = [P2_COVER, P2_PREFACE] + [marks(t, "text") for _, _, t in P2_SECTIONS] + [CIRC[i] + n for i, n in enumerate(P2_NOTES)]
    return [{
        "meta": {
            "title": P2_TITLE,
            "doc_number": P2_NO,
            "issuer": ["连云港市人民政府"],
            "date": "2024-05-08",
            "published": "2024-05-13",
            "level": "municipal",
            "region": "江苏省连云港市",
            "effective": None,
            "expires": None,
            "plan_period": "2024—2030年（展望到2035年）",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
            "publicity": "此件公开发布",
            "validity_on_page": "有效",
            "source_url": P2_URL,
            "encoding": "declared gb2312, bytes GBK/GB18030 (a GBK-only character 喆 sits in the footer)",
        },
        "clauses": clauses,
        "clause_paths": ["(cover notice)", "(前言)"] + ["%s > %s" % (c, s) for c, s, _ in P2_SECTIONS] + ["注释"] * len(P2_NOTES),
        "applies_to": {
            "default": "江苏省连云港市",
            "specific": {
                "第一章第一节 / 第三章第三节": "中国（江苏）自由贸易试验区连云港片区 (第三章第三节 wholly; 第一章第一节 only in part — city-wide is fine)",
                "第三章第一节": "连云港区、徐圩港区、赣榆港区 (port areas; 徐圩新区/赣榆区/连云区 acceptable)",
                "第三章第四节": "徐圩新区、连云港经济技术开发区",
                "第三章第二节": "中哈（连云港）物流合作基地、上合组织（连云港）国际物流园 (连云区); 霍尔果斯/阿拉山口/二连浩特 are route points in Xinjiang/Inner Mongolia — placing the clause there is wrong (medium)",
                "注释②": "连云区 (tolerable either way: a note, not an obligation)",
            },
            "note": "中亚/日韩/东盟/阿塞拜疆/格鲁吉亚/哈萨克斯坦/土耳其 are partners and route points, not places where the plan applies. 江苏省 as a whole is too broad (low).",
        },
        "_note": (
            "One document: the 印发通知 (连政发〔2024〕38号, 2024-05-08) whose 规划 follows inline on the same page — the reader may also split it into notice + 规划 (tolerable; then the 规划's issuer/date are the city government / 2024-05-08). "
            "Furniture: saved-from comment; <title>; header/search/menu; location bar; the 信息公开 table (索引号, 主题分类 综合政务\\其他, 发文机关, 成文日期 2024-05-08, 标题, 发文字号, 发布日期 2024-05-13, 有效性 有效 — a good source for metadata, not clauses); h2 title; info line (发布日期/来源 市政府办公室/字体); the centred 文号 paragraph; 主送 (→ recipients); 落款 连云港市人民政府 + 2024年5月8日 which sits in the MIDDLE of the page, between the cover notice and the 规划 — the 规划 after it must not be dropped as 版记/trailing furniture; （此件公开发布）; the centred 规划 title (a title, not a clause); 打印本页/关闭窗口; 相关解读 link (another item's title); footer (主办/承办/网站标识码/ICP/公网安备/责任编辑 王喆/手机版). "
            "Headings 第一章…第四章 (centred, bold 黑体) and 第一节… (bold 楷体, own paragraph) carry no text: they are headings (path), not clauses; each 节 holds ONE long paragraph, which must stay one clause (not split at 。 or at the footnote marker) and carry 第X章 > 第X节 in its path/label. A paragraph glued to the next 节 heading, or a heading taken as the paragraph's first sentence, is medium. "
            "Footnote markers: the paragraphs carry <sup>①</sup>…<sup>④</sup> inline (物流合作基地①, 国际物流园②, 联运通道③, 运输走廊④). Expected text keeps the marker glued to the word with no space; dropping the marker is low; turning it into a separate clause, a stray line break, or a space inside the sentence is low–medium; reading ① as an item number that splits the paragraph is high. "
            "注释 at the end: the heading 注释： is furniture; the four notes ①…④ are clauses (definitions an analyst cites) — attaching each to the paragraph that cites it is a bonus; dropping them is medium; gluing them into 第四章第三节 is medium. "
            "Dates: 成文日期 2024-05-08 (落款 and table); published 2024-05-13; 2026/2027/2030/2035 are targets, not dates. No effective/expires (规划期 2024—2030 as expires 2030-12-31 is tolerable, low). "
            "Encoding: the page declares charset=gb2312 but, as on real sites, the bytes are GBK (one GBK-only character 喆 in the footer). A reader that decodes strictly as gb2312 may crash or mangle the page: high if the page fails or text is mojibake; a gb2312 decoder with errors=replace also turns the dash of 2024—2030 into U+2015 ― (low)."
        ),
        "_pdf": {"note": "no PDF this round; the saved HTML page (with its _files folder) is the deliverable"},
    }]


# ============================================================ page 3: 厦门片区 (two documents)
P3_STEM = "blind188_xmpq_notice"
P3_URL = "http://www.xmftz.gov.cn/xxgk/tzgg/202407/t20240726_2871945.htm"
P3_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
P3_MEAS = "厦门片区促进“丝路海运”高质量发展若干措施"
P3_TITLE = "%s关于印发《%s》的通知" % (P3_ORG, P3_MEAS)
P3_NO = "厦自贸委〔2024〕31号"
P3_RECIP = "片区各部门，各有关单位："
P3_COVER = "为深入贯彻落实《“丝路海运”高质量发展行动方案》，加快建设“丝路海运”核心区，经片区管委会研究同意，现将《%s》印发给你们，请认真组织实施。" % P3_MEAS
P3_ITEMS = [
    ("一、支持开辟“丝路海运”命名航线。", "对在海沧港区、东渡港区新开辟并经“丝路海运”联盟命名的外贸集装箱航线，开通后12个月内航次不少于40个的，给予航线经营人一次性奖励50万元；至共建“一带一路”国家港口的，奖励提高至80万元。"),
    ("二、支持集装箱吞吐量增长。", "对在片区注册的船公司或其代理企业，年度在厦门港完成的外贸集装箱吞吐量较上年增长5万标准箱以上的，按每增长1标准箱10元给予奖励，单家企业年度奖励最高300万元。"),
    ("三、支持海铁联运发展。", "对经厦门港以海铁联运方式进出口的外贸集装箱，按每标准箱150元给予货主或货代企业补贴；经“丝路海运”与中欧班列（厦门）联动运输的，每标准箱再补贴100元。"),
    ("四、支持港航企业集聚。", "对新落户片区且实缴注册资本1亿元以上的航运企业，给予一次性落户奖励300万元；世界排名前20位的班轮公司在片区设立区域总部的，落户奖励提高至500万元。"),
    ("五、支持国际船舶登记和保税燃料加注。", "对在片区办理国际船舶登记的船舶，按船舶净吨位每吨5元给予船东补贴，单艘最高20万元；对在东渡港区开展保税燃料油加注业务、年度加注量超过20万吨的企业，给予一次性奖励100万元。"),
    ("六、支持航运服务业发展。", "对在片区新设立的船舶管理、船舶经纪、航运金融、海事法律等航运服务企业，年营业收入首次超过5000万元的，给予一次性奖励50万元。"),
    ("七、提升“丝路海运”智慧化水平。", "支持企业接入“丝路海运”信息化平台和国际贸易“单一窗口”，对实现港口作业、通关、物流数据全程上链的项目，按项目实际投资额的30%给予补助，单个项目最高200万元。"),
    ("八、优化通关服务。", "会同厦门海关推广“提前申报”“两步申报”和“船边直提”“抵港直装”模式，2024年底前片区进口整体通关时间压缩至30小时以内，出口整体通关时间压缩至1.2小时以内。"),
    ("九、申报与兑现。", "符合本措施规定的企业，于每年3月31日前向片区管委会港航物流局申报上一年度奖补资金。同一事项同时符合片区其他政策的，按照“从高、不重复”原则执行。"),
    ("十、", "本措施自2024年8月1日起施行，有效期至2026年12月31日，由片区管委会港航物流局负责解释。"),
]
P3B_TITLE = "《%s》政策解读" % P3_MEAS
P3B_BLOCKS = [  # (heading, [paragraphs]) heading-only lines are not clauses
    ("一、出台背景", ["厦门是“丝路海运”发起城市。截至2023年底，“丝路海运”命名航线已达120条，通达全球43个国家和地区的146座港口，其中从厦门港始发的航线占比超过六成。为进一步巩固厦门片区在“丝路海运”建设中的核心区地位，片区管委会在总结2021年出台的港航扶持政策实施情况的基础上，制定了《若干措施》。"]),
    ("二、主要内容", ["《若干措施》共10条，围绕航线拓展、箱量增长、海铁联运、企业集聚、航运服务、智慧港口和通关便利等方面提出具体支持举措。与原政策相比，主要有三方面变化：",
                     "（一）提高航线奖励标准。至共建“一带一路”国家港口的新命名航线，一次性奖励由50万元提高至80万元。",
                     "（二）新增海铁联运叠加补贴。经“丝路海运”与中欧班列（厦门）联动运输的外贸集装箱，在每标准箱150元补贴的基础上再补贴100元。",
                     "（三）新增国际船舶登记补贴。按船舶净吨位每吨5元给予船东补贴，单艘最高20万元。"]),
    ("三、适用对象", ["在厦门片区（含海沧港区、东渡港区和象屿综合保税区）依法注册登记、具有独立法人资格的船公司、航运服务企业、货主及货代企业。"]),
    ("四、申报时间", ["企业应于每年3月31日前通过厦门片区政务服务平台申报上一年度奖补资金。2024年度奖补按照2024年8月1日至12月31日实际发生的业务计算。"]),
    ("五、咨询方式", ["厦门片区管委会港航物流局，联系电话：0592-6859615。"]),
]


def page3():
    fd = files_dir(P3_STEM)
    rel = "./%s_files/" % P3_STEM
    logo_png(os.path.join(fd, "top_logo.png"), "中国（福建）自由贸易试验区厦门片区", "www.xmftz.gov.cn", color=(0, 102, 153), w=760)
    write_text(os.path.join(fd, "jquery.js"), COMMON_JS)
    write_text(os.path.join(fd, "share.js"), "/* share widget */ window._bd_share_config={common:{bdText:document.title}};\n")
    write_text(os.path.join(fd, "article.css"), """.view{font-size:16px;line-height:2}.view p{margin:0}
hr.doc-sep{border:0;border-top:2px dashed #9bb;margin:30px 0}.jd-title{font-size:22px;text-align:center;font-weight:bold}
""")
    a = []
    a.append('<p style="text-align: center;">%s</p>' % P3_NO)
    a.append('<p>%s</p>' % esc(P3_RECIP))
    a.append('<p style="text-indent: 2em;">%s</p>' % esc(P3_COVER))
    a.append('<p style="text-align: right;">%s</p>' % P3_ORG)
    a.append('<p style="text-align: right;">2024年7月22日</p>')
    a.append('<p style="text-align: center;"><br></p>')
    a.append('<p style="text-align: center;"><strong>%s</strong></p>' % esc(P3_MEAS))
    for h, t in P3_ITEMS:
        a.append('<p style="text-indent: 2em;"><strong>%s</strong>%s</p>' % (esc(h), esc(t)) if h != "十、" else '<p style="text-indent: 2em;">%s%s</p>' % (h, esc(t)))
    b = []
    b.append('<p class="jd-title">%s</p>' % esc(P3B_TITLE))
    b.append('<p style="text-align: center; color: #666;">解读单位：厦门片区管委会港航物流局　　解读日期：2024年7月25日</p>')
    for h, ps in P3B_BLOCKS:
        b.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % h)
        for p in ps:
            b.append('<p style="text-indent: 2em;">%s</p>' % esc(p))
    page = f"""<!DOCTYPE html>
{saved_from(P3_URL)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{P3_TITLE}</title>
<meta name="SiteName" content="中国（福建）自由贸易试验区厦门片区">
<meta name="SiteDomain" content="www.xmftz.gov.cn">
<meta name="SiteIdcode" content="3502000039">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{P3_TITLE}">
<meta name="PubDate" content="2024-07-26 16:05">
<meta name="ContentSource" content="厦门片区管委会">
<link rel="stylesheet" href="{rel}article.css">
<script src="{rel}jquery.js"></script>
</head>
<body>
<div class="header"><img src="{rel}top_logo.png" alt=""><div class="nav"><a>首页</a><a>片区概况</a><a>政务公开</a><a>投资厦门</a><a>制度创新</a><a>丝路海运</a></div></div>
<div class="crumbs">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>
<div class="main">
<div class="detail">
<div class="tit">{P3_TITLE}</div>
<div class="attr"><span>来源：厦门片区管委会</span><span>发布时间：2024-07-26 16:05</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span><span><a href="javascript:window.print()">打印</a></span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{chr(10).join(a)}
<hr class="doc-sep">
{chr(10).join(b)}
</div>
<div class="share">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="prevnext"><p>上一篇：<a>厦门片区2024年第二季度新设企业情况</a></p><p>下一篇：<a>关于举办2024“丝路海运”国际合作论坛的公告</a></p></div>
</div></div>
<div class="footer"><p>主办：{P3_ORG}　地址：厦门市湖里区象屿路93号</p><p>网站标识码：3502000039　闽ICP备12345678号-2</p></div>
<script src="{rel}share.js"></script>
</body></html>
"""
    write_text(os.path.join(HERE, P3_STEM + ".html"), page)


def p3_expected():
    a_cl = [P3_COVER] + [h + t for h, t in P3_ITEMS]
    b_cl = [p for _, ps in P3B_BLOCKS for p in ps]
    default = "福建省厦门市（中国（福建）自由贸易试验区厦门片区）"
    return [
        {
            "meta": {
                "title": P3_TITLE,
                "doc_number": P3_NO,
                "issuer": [P3_ORG],
                "date": "2024-07-22",
                "published": "2024-07-26",
                "level": "municipal",
                "region": default,
                "effective": "2024-08-01",
                "expires": "2026-12-31",
                "attachments": [P3_MEAS + " (printed inline after the 落款; no 附件 line)"],
                "doc_type": "通知",
                "recipients": ["片区各部门", "各有关单位"],
                "publicity": None,
                "source_url": P3_URL,
            },
            "clauses": a_cl,
            "applies_to": {
                "default": default,
                "specific": {"一、": "海沧港区、东渡港区", "五、": "东渡港区 (the 保税燃料 part; 国际船舶登记 part is the whole 片区)"},
                "note": "厦门港 (二、三、) is the port of the 片区 — default. 共建“一带一路”国家港口 / 中欧班列（厦门） do not move a clause abroad. 厦门海关 is an organ.",
            },
            "_note": (
                "The page holds TWO documents in one <div class=\"view\">, separated by <hr class=\"doc-sep\">: (1) this 印发通知 with the 若干措施 printed inline after its 落款, (2) the 政策解读. They must come out as two documents (one document holding both, with the 解读's 一、…五、 continuing the measures, is HIGH: the 解读's 一、出台背景 etc. become wrong clauses of the 措施 and the 解读 restates figures (50→80万元) that an analyst would then cite as policy). "
                "Furniture: saved-from comment; <title> and .tit (the notice title); header/nav; crumbs; .attr line (来源 厦门片区管委会 / 发布时间 2024-07-26 16:05 / 字号 / 打印); centred 文号 paragraph; 主送; 落款 " + P3_ORG + " + 2024年7月22日 (mid-page: the measures follow it and must not be dropped); the blank centred <p><br></p>; the centred bold measures title (a heading/sub-title, not a clause); share bar; 上一篇/下一篇 (other items' titles); footer. "
                "Measures 一、…九、 are <strong>run-in headings</strong> + text in one <p>: heading + text = ONE clause; 十、 has no heading (just the number). effective 2024-08-01 and expires 2026-12-31 come from 十、 (本措施自…起施行，有效期至…); date = 2024-07-22 (落款), published = 2024-07-26. level municipal (a 片区 管委会; ‘provincial’ because of 中国（福建） is medium)."
            ),
            "_pdf": {"note": "no PDF this round"},
        },
        {
            "meta": {
                "title": P3B_TITLE,
                "doc_number": None,
                "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会港航物流局"],
                "issuer_as_printed": "厦门片区管委会港航物流局 (解读单位)",
                "date": "2024-07-25",
                "published": "2024-07-26",
                "level": "municipal",
                "region": default,
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "政策解读",
                "recipients": [],
                "interprets": P3_TITLE + "（" + P3_NO + "）",
                "source_url": P3_URL,
            },
            "clauses": b_cl,
            "applies_to": {
                "default": default,
                "specific": {"三、适用对象": "海沧港区、东渡港区、象屿综合保税区 (listed as parts of the 片区; default is fine)"},
                "note": "Same place as the notice.",
            },
            "_note": (
                "Second document on the page, after the <hr>. Its title is the bold centred line 《…若干措施》政策解读 (not the page title, which is the notice's). The line 解读单位：厦门片区管委会港航物流局　　解读日期：2024年7月25日 is metadata (issuer + date), not a clause. Headings 一、出台背景 … 五、咨询方式 are bold paragraphs of their own with no text: headings (path), not clauses; the paragraphs under them are the clauses, (一)(二)(三) separate under 二、. "
                "The 解读 has no 文号 (inheriting 厦自贸委〔2024〕31号 from the notice is medium: a citation would point at the wrong document), no effective/expires (inheriting 2024-08-01/2026-12-31 from the notice is low–medium). issuer: the 港航物流局 of the 片区管委会; the 管委会 itself is tolerable (low). date 2024-07-25; 2024-07-26 (page) as date is low."
            ),
            "_pdf": {"note": "no PDF this round"},
        },
    ]


# ============================================================ page 4: 河口县 mobile page
P4_STEM = "blind188_hekou_m"
P4_URL = "https://m.hekou.gov.cn/xxgk/zcwj/xzgfxwj/202408/t20240821_8812.html"
P4_MEAS = "河口县支持边民互市贸易进口商品落地加工若干措施"
P4_TITLE = "河口瑶族自治县人民政府办公室关于印发%s的通知" % P4_MEAS
P4_NO = "河政办发〔2024〕45号"
P4_RECIP = "各乡（镇）人民政府，县直各部门，河口边境经济合作区管委会："
P4_COVER = "《%s》已经县人民政府第48次常务会议研究同意，现印发给你们，请认真贯彻执行。" % P4_MEAS
P4_INTRO = "为深入贯彻落实国务院关于促进边境贸易创新发展的部署，发挥中国（云南）自由贸易试验区红河片区和河口国家一类口岸优势，推动边民互市贸易进口商品由“通道经济”向“口岸经济”转变，服务面向南亚东南亚辐射中心建设和共建“一带一路”，结合我县实际，制定本措施。"
P4_ITEMS = [
    ("一、适用范围。", "本措施适用于在河口县依法注册、从事边民互市贸易进口商品落地加工的企业（以下简称落地加工企业）。边民互市贸易进口商品落地加工，是指边民互助组通过边民互市贸易方式进口的商品，经二级市场交易后由落地加工企业在县域内进行实质性加工的经营活动。"),
    ("二、支持落地加工园区建设。", "在北山片区规划建设占地800亩的边民互市贸易进口商品落地加工园，对入园企业新建标准厂房的，按实际投资额的20%给予补助，单个企业最高300万元；租赁园区标准厂房的，前3年免收租金。"),
    ("三、支持企业扩大加工规模。", "落地加工企业年度使用边民互市贸易进口商品货值达到1000万元的，给予奖励20万元；每增加1000万元，增加奖励15万元，单个企业年度奖励最高100万元。"),
    ("四、支持边民互助组规范发展。", "对年度互市交易额达到500万元且全部交售落地加工企业的边民互助组，按每个互助组2万元给予奖励，资金由所在乡（镇）人民政府统筹用于互助组成员分红。"),
    ("五、降低物流成本。", "对落地加工企业经河口口岸进口越南木薯干、坚果、水果等原料，运至北山国际货场或落地加工园的，按每吨30元给予运输补贴，单个企业年度补贴最高50万元。"),
    ("六、强化金融支持。", "县财政安排2000万元设立边贸融资风险补偿资金池，对合作银行向落地加工企业发放的流动资金贷款，按贷款本金损失的50%给予风险补偿；对按时还本付息的企业，按贷款市场报价利率（LPR）的50%给予贴息，贴息期限不超过2年。"),
    ("七、支持用工和人才引进。", "落地加工企业吸纳本县户籍劳动力就业并签订1年以上劳动合同的，按每人每年2000元给予企业奖励；对引进越南籍持证技术工人的，协助办理入境、居留和就业手续。"),
    ("八、提升通关便利化水平。", "会同河口海关、河口边境管理大队推行边民互市“互市＋落地加工”一体化监管，在坝洒边民互市点试行“预申报＋集中查验”模式，互市商品通关时间压缩至2小时以内。"),
    ("九、资金申报和管理。", "奖补资金每半年申报一次，由县商务局会同县财政局审核后兑现。对弄虚作假骗取奖补资金的，全额追回并取消其3年内享受本措施的资格。"),
    ("十、", "本措施自2024年9月1日起施行，有效期3年，由县商务局负责解释。"),
]
P4_PUB = _dt.datetime(2024, 8, 21, 9, 35, 12, tzinfo=_dt.timezone(_dt.timedelta(hours=8)))


def page4():
    fd = files_dir(P4_STEM)
    rel = "./%s_files/" % P4_STEM
    ts = int(P4_PUB.timestamp())
    write_text(os.path.join(fd, "zepto.min.js"), COMMON_JS)
    write_text(os.path.join(fd, "reltime.js"), """// turns data-time (unix seconds) into 刚刚 / N分钟前 / N小时前 / MM-DD
(function(){var n=Math.floor(Date.now()/1000);var els=document.querySelectorAll('.m-time[data-time]');
for(var i=0;i<els.length;i++){var t=+els[i].getAttribute('data-time'),d=n-t;
els[i].textContent=d<60?'刚刚':d<3600?Math.floor(d/60)+'分钟前':d<86400?Math.floor(d/3600)+'小时前':new Date(t*1000).toISOString().slice(5,10);}})();
""")
    write_text(os.path.join(fd, "m_style.css"), """html{font-size:16px}body{margin:0;background:#f5f5f5;font-family:-apple-system,"PingFang SC",sans-serif}
.m-head{position:fixed;top:0;width:100%;height:44px;background:#c8161d;color:#fff}.m-article{margin-top:44px;background:#fff;padding:12px 15px}
.m-title{font-size:1.25rem;line-height:1.5}.m-info{color:#999;font-size:.8rem}.m-content p{font-size:1.05rem;line-height:1.9;margin:.6em 0;text-align:justify}
.m-tab{position:fixed;bottom:0;width:100%;display:flex}.m-tab a{flex:1;text-align:center}
""")
    logo = os.path.join(fd, "m_banner.png")
    im = Image.new("RGB", (750, 200), (200, 22, 29))
    d = ImageDraw.Draw(im)
    d.text((40, 60), "河口瑶族自治县人民政府", font=font(FONT_SERIF, 56), fill="white")
    im.save(logo)
    ps = []
    ps.append('<p style="text-align:center;"><span>%s</span></p>' % P4_NO)
    ps.append('<p><span>%s</span></p>' % esc(P4_RECIP))
    ps.append('<p style="text-indent:2em;"><span>%s</span></p>' % esc(P4_COVER))
    ps.append('<p style="text-align:right;"><span>河口瑶族自治县人民政府办公室</span></p>')
    ps.append('<p style="text-align:right;"><span>2024年8月19日</span></p>')
    ps.append('<p style="text-indent:2em;"><span>（此件公开发布）</span></p>')
    ps.append('<p style="text-align:center;"><strong><span>%s</span></strong></p>' % esc(P4_MEAS))
    ps.append('<p style="text-indent:2em;"><span>%s</span></p>' % esc(P4_INTRO))
    for h, t in P4_ITEMS:
        if h == "十、":
            ps.append('<p style="text-indent:2em;"><span>%s%s</span></p>' % (h, esc(t)))
        else:
            ps.append('<p style="text-indent:2em;"><strong><span>%s</span></strong><span>%s</span></p>' % (esc(h), esc(t)))
    page = f"""<!DOCTYPE html>
{saved_from(P4_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{P4_TITLE}</title>
<meta name="SiteName" content="河口瑶族自治县人民政府">
<meta name="SiteDomain" content="m.hekou.gov.cn">
<meta name="SiteIdcode" content="5325320001">
<meta name="ColumnName" content="行政规范性文件">
<meta name="ArticleTitle" content="{P4_TITLE}">
<meta name="ContentSource" content="县政府办公室">
<link rel="stylesheet" href="{rel}m_style.css">
<script src="{rel}zepto.min.js"></script>
</head>
<body>
<header class="m-head"><a class="back" href="javascript:history.back()">＜</a><span class="m-site">河口县人民政府</span><a class="m-search">搜索</a></header>
<div class="m-banner"><img src="{rel}m_banner.png" alt="" width="100%"></div>
<div class="m-crumb">首页 &gt; 信息公开 &gt; 政策文件 &gt; 行政规范性文件</div>
<article class="m-article">
<h1 class="m-title">{P4_TITLE}</h1>
<div class="m-info"><span class="m-src">来源：县政府办公室</span>　<span class="m-time" data-time="{ts}">2小时前</span><span class="pubtime" style="display:none">2024-08-21 09:35:12</span>　<span class="m-read">阅读 1263</span></div>
<div class="m-fontsize">字号：<a>A+</a> <a>A-</a></div>
<div class="m-content" id="content">
{chr(10).join(ps)}
</div>
</article>
<div class="m-prevnext"><a>上一篇：河口县2024年第二季度重点项目建设进展情况</a><a>下一篇：关于2024年河口县边民互助组评定结果的公示</a></div>
<div class="m-related"><div class="m-related-h">相关推荐</div>
<ul><li><a>红河州边民互市贸易落地加工企业认定办法解读</a><span class="m-time" data-time="1724115600">08-20</span></li>
<li><a>河口口岸上半年进出口货运量同比增长18.6%</a><span class="m-time" data-time="1723453200">08-12</span></li></ul></div>
<footer class="m-foot"><p>河口瑶族自治县人民政府办公室主办</p><p>网站标识码：5325320001　滇ICP备11003456号-1</p><p><a href="https://www.hekou.gov.cn/">电脑版</a></p></footer>
<nav class="m-tab"><a>首页</a><a>政务</a><a>服务</a><a>互动</a><a>我的</a></nav>
<script src="{rel}reltime.js"></script>
</body></html>
"""
    write_text(os.path.join(HERE, P4_STEM + ".html"), page)


def p4_expected():
    return [{
        "meta": {
            "title": P4_TITLE,
            "doc_number": P4_NO,
            "issuer": ["河口瑶族自治县人民政府办公室"],
            "date": "2024-08-19",
            "published": "2024-08-21",
            "published_time": "2024-08-21T09:35:12+08:00",
            "level": "county",
            "region": "云南省红河哈尼族彝族自治州河口瑶族自治县",
            "effective": "2024-09-01",
            "expires": "2027-08-31",
            "attachments": [P4_MEAS + " (printed inline after the 落款; no 附件 line)"],
            "doc_type": "通知",
            "recipients": ["各乡（镇）人民政府", "县直各部门", "河口边境经济合作区管委会"],
            "publicity": "此件公开发布",
            "source_url": P4_URL,
        },
        "clauses": [P4_COVER, P4_INTRO] + [h + t for h, t in P4_ITEMS],
        "applies_to": {
            "default": "云南省红河哈尼族彝族自治州河口瑶族自治县",
            "specific": {
                "二、": "北山片区（河口县）",
                "五、": "河口口岸 / 北山国际货场（河口县）",
                "八、": "坝洒边民互市点（河口县）",
                "引言": "mentions 中国（云南）自由贸易试验区红河片区 — the county is the place; 红河片区 as an extra place is tolerable",
            },
            "note": "越南 (五、 七、) is the origin of goods/workers, not a place of application. 南亚东南亚 is a direction. 红河州 alone is too broad (low); 云南省 alone is medium.",
        },
        "_note": (
            "Mobile page (m.hekou.gov.cn). The only visible date beside the title is “2小时前”, the text a script (reltime.js, from data-time=" + str(int(P4_PUB.timestamp())) + ") wrote at save time; the absolute time is in the hidden <span class=\"pubtime\" style=\"display:none\">2024-08-21 09:35:12</span>. published = 2024-08-21 (from the hidden span or data-time); a published/date computed from “2小时前” relative to the run date (today) is HIGH; none at all is medium (the 落款 still gives the 成文日期). date = 2024-08-19 (落款). There is no PubDate meta. "
            "The 相关推荐 list carries other items' relative dates (08-20, 08-12) and titles: furniture. 上一篇/下一篇 titles: furniture. Header (＜ 河口县人民政府 搜索), banner picture, crumb, 字号 A+ A-, 阅读 1263, footer (主办/网站标识码/ICP/电脑版), bottom tab bar (首页 政务 服务 互动 我的): furniture. "
            "Body: centred 文号 (→ doc_number), 主送 (→ recipients), the cover sentence (clause), 落款 河口瑶族自治县人民政府办公室 + 2024年8月19日 and （此件公开发布） mid-page (the measures follow: must not be dropped), the centred bold measures title (heading), the intro (clause), 一、…九、 <strong> run-in headings + text (ONE clause each), 十、 without heading. "
            "expires: 十、 says 自2024年9月1日起施行，有效期3年 → effective 2024-09-01, expires 2027-08-31 (must be computed; null is medium, 2027-09-01 low). issuer = 县人民政府办公室 (the 县人民政府 is low). level county."
        ),
        "_pdf": {"note": "no PDF this round"},
    }]


def main():
    page1(); page2(); page3(); page4()
    exp = {
        P1_STEM: p1_expected(),
        P2_STEM: p2_expected(),
        P3_STEM: p3_expected(),
        P4_STEM: p4_expected(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        for d in v:
            n = len(d["clauses"])
            print(k, d["meta"]["title"][:40], n, "clauses")


if __name__ == "__main__":
    main()
