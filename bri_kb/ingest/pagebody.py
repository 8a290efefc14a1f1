"""Where a saved web page keeps its article: the element that holds it, and the page's furniture around it."""

from __future__ import annotations

import re
from typing import Any

# Page furniture: the dateline, font-size and print buttons, share bars, the
# editor's name, related links, the site footer. A line holding any of these is
# the page's, not the document's.
FURNITURE = re.compile(
    r"【?字体[:：]?\s*【?大】?\s*【?中】?\s*【?小|【(?:我要)?打印】|打印本页|【?关闭(?:本页|窗口)】?|分享到|【收藏】|"
    r"收藏本页|加入收藏|扫一扫|浏览次数|阅读次数|访问量|点击数|^\s*(?:责任编辑|编辑|责编|审核|校对)\s*[:：]|"
    r"^\s*(?:相关链接|相关文件|相关阅读|相关新闻)|^\s*(?:信息|文章)?来源\s*[:：][^。]{0,30}$|"
    r"版权所有|ICP备|网站标识码|网站地图|联系我们|"
    r"^\s*(?:点击)?[“\"]?阅读原文[”\"]?"  # (a 公众号 article's link to the original: 点击“阅读原文”查看通知原文)
)

_NEARLY = 0.95  # (an inner element holding this share of the best's score is the article without its chrome)

# What a reader of the page does not see as its text: an element set not to display (a profile card, a toast), one
# marked hidden, and the readers' comments under an article (评论区; its class or id names it). (visibility:hidden is
# read: a 公众号 page sets its article so until its script shows it.)
_NO_DISPLAY = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_COMMENTS = re.compile(r"^comments?(?:[-_](?:area|list|box|item|items|section|wrap|wrapper|panel|container))?$", re.IGNORECASE)


def unseen(el: Any) -> bool:
    """Whether a reader of the page does not see this element (not displayed, hidden, readers' comments)."""
    names = (el.get("class") or "").split() + [el.get("id") or ""]
    return bool(_NO_DISPLAY.search(el.get("style") or "")) or el.get("hidden") is not None or any(
        _COMMENTS.match(n) for n in names)


def text_len(el: Any) -> int:
    """The element's text length, white space left out."""
    return len(re.sub(r"\s+", "", el.text_content()))


def link_len(el: Any) -> int:
    """How much of the element's text is inside links."""
    return sum(text_len(a) for a in el.iter("a"))


def article_body(root: Any) -> Any:
    """The element that holds the article: the most text outside links
    (menus are mostly links), preferring the innermost such element; in a
    公众号 article saved from the browser, its content block (#js_content), not
    the byline, tags, toolbar and readers' comments around it."""
    if (wechat := root.find(".//*[@id='js_content']")) is not None and text_len(wechat) >= 50:
        return wechat
    scored = []
    for el in root.iter("div", "article", "section", "td", "main", "body"):
        text = text_len(el)
        if text < 50:
            continue
        furniture = sum(len(m.group(0)) + 20 for m in FURNITURE.finditer(el.text_content()))
        scored.append((text - 3 * link_len(el) - 2 * furniture - 0.2 * sum(1 for _ in el.iter("div")), el))
    if not scored:
        return root
    best_score, best = max(scored, key=lambda x: x[0])
    # (an element inside the best that holds nearly all of it: the article, without the page's chrome around it,
    # a follow bar's 继续滑动看下一个 under a 公众号's article)
    inner = [el for score, el in scored if score >= _NEARLY * best_score and el is not best and best in el.iterancestors()]
    return max(inner, key=lambda el: sum(1 for _ in el.iterancestors()), default=best)
