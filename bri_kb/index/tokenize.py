"""jieba tokenisation with the policy-domain user dictionary.

The lexical index and the query share this, so a term is cut the same way on
both sides.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

_KEEP = re.compile(r"[\w\u4e00-\u9fff%]")
STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 在 是 为 对 把 被 将 由 从 以 于 之 其 这 那 有 也 都 就 并 而 且 "
    "吗 呢 吧 啊 么 什么 怎么 怎样 如何 哪些 哪个 哪 多少 几 是否 可以 能 能否 会 要 "
    "我 我们 你 他 它 他们 该 此 本 各 个 一个 中 上 下 内 里 后 前 时 "
    "请问 一下 问 关于 有关 相关".split()
)


def user_dictionary_text() -> str:
    return resources.files("bri_kb").joinpath("data/userdict.txt").read_text(encoding="utf-8")


def dictionary_hash() -> str:
    return hashlib.sha256(user_dictionary_text().encode("utf-8")).hexdigest()[:16]


@cache
def _jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for line in user_dictionary_text().splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tok.add_word(parts[0], freq)
    return tok


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    """Search-mode cut (a long word also yields its sub-words), minus
    punctuation and stopwords."""
    words = _jieba().cut_for_search(normalise(text))
    return [w for w in (w.strip() for w in words) if w and _KEEP.search(w) and w not in STOPWORDS]
