"""What a web page or an official account (公众号) prints around the text it carries, copied with it into a Word
file, a PDF or a text file: the site's tools, breadcrumbs and footer, the links to related articles, the account's
chrome (follow, read the original, 在看), photo captions. Patterns and pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

SOCIAL_MEDIA = "social_media"  # an official account's page copied with the text: 关注我们, 阅读原文, 往期推荐 …
BLANK = "blank"  # (the kind of an empty line, which a short line between chrome may stand beside)

# A web page's tools and editor line, printed into a Word or PDF copy: 【字体：大 中 小】 【打印本页】 【关闭窗口】
_TOOL = (r"(?:(?:字体|字體)\s*[:：]?\s*[大中小\s]+|打印本[页頁]|我要打印|打印|(?:关闭|關閉)(?:窗口|本[页頁])?|收藏本页|加入收藏"
         r"|扫一扫在手机(?:上)?(?:打开|查看|浏览)当前页|分享到\s*[:：]?(?:\s*(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ|豆瓣))*|我要纠错"
         r"|(?:责任编辑|责编)\s*[:：]\s*[\u4e00-\u9fff·]{2,4})")
PAGE_TOOLS = re.compile(rf"(?:(?:[【\[]\s*{_TOOL}\s*[】\]]|{_TOOL})\s*)+")
EDITED_BY = re.compile(r"[（(]\s*(?:责任编辑|编辑|责编)\s*[:：][^（）()]{1,20}[）)]")
# A breadcrumb, or the links to the site's previous and next article copied with the page.
# (or a breadcrumb alone, three steps or more from the site's or the organ's name: 厦门市商务局 > 政府信息公开 > 规范性文件)
NAV = re.compile(r"^\s*(?:当前位置|您的位置|您现在的位置|您当前的位置|您当前位置|您当前所在位置|当前所在位置|您所在的?位置|當前位置"
                 r"|(?:首页|主页|网站首页|首頁|主頁)\s*[>|｜│]|(?:上一篇|下一篇)\s*[:：]"
                 r"|[\u4e00-\u9fff][^>＞»。，；：:]{0,23}(?:\s*[>＞»]\s*[\u4e00-\u9fff][^>＞»。，；：:]{0,23}){2,}\s*$)")
# A site's name alone over its breadcrumb (凭祥市人民政府门户网站)
SITE_NAME = re.compile(r"[\u4e00-\u9fff（）]{2,30}(?:门户网站|网站|政府网|网)")
# A page's title as a browser prints it atop the page, its site's name after an underscore (…的通知_行政规范性文件_重庆市人民政府网)
PAGE_TITLE = re.compile(r".{0,80}_[\u4e00-\u9fff]{2,24}(?:网|网站|门户网站|门户)")
# An official account's (公众号) page chrome, copied with the article it carries: the account line with its
# time, the calls to follow, read the original, share or comment, the reading count, the closing END.
_BUTTON = r"(?:点赞|赞|在看|分享|收藏|转发)\s*\d*"  # an account page's button, with its count
_NAME = r"[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3}"  # (a name, perhaps typed spaced out: 刘　畅)
SOCIAL = re.compile(
    r"[^\w\s]{0,4}\s*(?:"  # (after a symbol or two: ▼ 长按识别二维码…, ⭐星标公众号…)
    r"(?:原创\s*.{1,40}?)?\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}\s*(?:发表于|来自).{0,12}"
    r"|原创\s.{1,40}\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}.{0,12}"
    r"|[（(]\s*(?:上下|左右)滑动查看(?:全文|更多|表格|全部)?\s*[)）]"  # (a scroll box's hint over the text it holds)
    r"|[^\w\s]{0,2}点击\s*[“\"]?在看[”\"]?.{0,20}"  # (the call to press 在看)
    r"|(?:继续|向上)滑动看下一个|轻触阅读原文|.{0,12}轻点两下取消赞.*"  # (the app's follow bar, its buttons' labels)
    rf"|收录于(?:合集|话题).{{0,60}}|星标(?:公众号|我们).{{0,30}}|{_BUTTON}(?:\s*{_BUTTON})*"  # (赞 186　在看 42)
    r"|[▲△↑👆\s]*点击上方.{0,16}关注.{0,12}|(?:点击)?阅读原文.{0,20}|点击文末\s*[“\"]?阅读原文.{0,30}|写留言|[-—\s]*END[-—\s]*"
    r"|阅读\s*\d+(?:\.\d+)?万?\+?|长按(?:识别)?(?:图中|下方)?二维码.{0,16}|微信号\s*[:：]\s*[\w-]+"
    r"|[^\u4e00-\u9fff]{0,4}分享.{0,3}点赞.{0,3}在看.{0,20}|(?:发布于.{0,30})?IP\s*属地\s*[:：]?\s*[\u4e00-\u9fff]{2,8}"
    rf"|(?:责任编辑|编辑|责编|审核|校对|美编|初审|复审|终审)\s*[:：|｜]\s*{_NAME}(?:[\s、，]{_NAME}){{0,3}})")
# The heading of the links to earlier posts, and a link (a pointing hand before a post's title, no sentence).
MORE_POSTS = re.compile(r"(?:[▼▲\s]|[^\w\s]{1,2}\s)*(?:往期推荐|往期回顾|推荐阅读|相关阅读|延伸阅读)[▼▲\s:：]*")
# A page's links to related articles copied with the text: the heading, then the headlines under it.
RELATED = re.compile(r"[【\[]?(?:相关报道|相关新闻|相关链接|相关文章|相关稿件|相关解读|附件下载)[】\]]?\s*[:：]?")
HEADLINE = re.compile(r"[^。；！？]{4,60}")
# A site's footer copied with the page: its registration marks (网站标识码, ICP备…号, 公网安备), the share
# buttons, the links to other sites (相关链接：… as a row of names, no sentence).
SITE_FOOTER = re.compile(r"[^。；！？]{0,80}(?:网站标识码|ICP备|ICP证|公网安备|版权所有|主办\s*[:：][^。；！？]{2,40}承办\s*[:：])"
                          r"[^。；！？]{0,80}"
                          r"|分享到\s*[:：]?(?:\s*(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|豆瓣|人民微博|[、|｜]))+"
                          r"|(?:相关链接|友情链接)\s*[:：]\s*[^\s。；！？，]{2,20}(?:\s+[^\s。；！？，]{2,20})+")
LINK = re.compile(r"(?:👉|☞|🔗)\s*[^。；！？]{1,40}")
# (a photo's caption with its credit: ▲钦州港自动化集装箱码头（图片来源：…）)
# (or one that ends with its photographer's credit: 2024年12月6日，…吹风会。图为…。　中国网　陈　晨/摄)
CAPTION = re.compile(r"图为.{2,80}|[▲△]?[^。；！？（）()]{0,40}[（(]\s*(?:图片来源|图源|摄影)\s*[:：][^（）()]{1,40}[）)]"
                     r"|.{0,160}?[\s\u3000][\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3}\s*/\s*摄"
                     r"|[▲△][^。；！？（）()]{1,40}[（(](?:资料图|供图|图片|照片)[)）]"  # (▲成都天府国际机场（资料图）)
                     # (any short line a ▲ points up from, under its picture, that is no sentence: ▲中欧班列（齐鲁号）
                     # …专列首发（资料图）, ▲2024年…对接会现场; a ▲ left alone when its picture went. One that tells what
                     # happened, ▲9月12日，省人民政府新闻办公室举行新闻发布会。, stays: it may say who held it)
                     r"|[▲△]\s*[^▲△。]{0,60}"
                     r"|[\[【［]\s*(?:图片|照片|视频)\s*[\]】］]")  # (a picture's place, left when it went: [图片])


def account_names(stripped: Sequence[str], kinds: list[str | None]) -> None:
    """A short line between two lines of an account page's chrome (长按识别二维码关注 /
    江川商务 / 微信号：…) is the account's name."""
    near = [i for i, k in enumerate(kinds) if k != BLANK]
    for a, i, b in zip(near, near[1:], near[2:], strict=False):
        if (kinds[i] is None and kinds[a] == kinds[b] == SOCIAL_MEDIA and len(stripped[i]) <= 16
                and not re.search(r"[。；，：:！？]", stripped[i])):
            kinds[i] = SOCIAL_MEDIA


# A picture's credit in its caption (（资料图）, （图片来源：…）, 摄): a caption even among ▲ lines
_CREDITED = re.compile(r"资料图|供图|图片|照片|图源|摄")


_NEAR = 4  # lines of text: a heading between two bullets (01  优化海外仓全球布局), or a bullet a PDF wrapped


def triangle_bullets(stripped: Sequence[str]) -> set[int]:
    """The lines that open with ▲ or △ in a run of two or more, each at most _NEAR lines of text from the next, none
    crediting a picture: a list's bullets, not the captions of pictures (▲…对接会现场 / ▲…专列首发（资料图）)."""
    texts = [i for i, s in enumerate(stripped) if s]  # (blank lines apart)
    marked = [n for n, i in enumerate(texts) if stripped[i][:1] in "▲△"]
    runs: list[list[int]] = []
    for n in marked:
        if runs and n - runs[-1][-1] <= _NEAR:
            runs[-1].append(n)
        else:
            runs.append([n])
    return {texts[n] for run in runs if len(run) > 1 and not any(_CREDITED.search(stripped[texts[n]]) for n in run)
            for n in run}
