"""jieba tokenisation with the policy-domain user dictionary.

The lexical index and the query share this, so a term is cut the same way on
both sides.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from bri_kb.vocabulary import fold

_KEEP = re.compile(r"[\w\u4e00-\u9fff%]")
STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 在 是 为 对 把 被 将 由 从 以 于 之 其 这 那 有 也 都 就 并 而 且 "
    "吗 呢 吧 啊 么 什么 怎么 怎样 如何 哪些 哪个 哪 多少 几 是否 可以 能 能否 会 要 "
    "我 我们 你 他 它 他们 该 此 本 各 个 一个 中 上 下 内 里 后 前 时 "
    "请问 一下 问 关于 有关 相关".split()
)


def user_dictionary_text() -> str:
    return resources.files("bri_kb").joinpath("data/userdict.txt").read_text(encoding="utf-8")


@cache
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


def tokenize(text: str) -> list[str]:
    """Search-mode cut (a long word also yields its sub-words), minus
    punctuation and stopwords."""
    return _kept(_jieba().cut_for_search(fold(text)))


_RUNS = re.compile(r"[\u3400-\u9fff]+|[a-z0-9][a-z0-9.%]*")


def char_tokens(text: str) -> list[str]:
    """The character view of a text, with no dictionary: each Chinese
    character and each pair of adjacent ones, and whole Latin words and
    numbers. Unigrams and bigrams together are the classic strong index for
    Chinese (Kwok 1997; Luk and Kwok 2002): they match where word
    segmentation cuts a question and a clause differently."""
    out: list[str] = []
    for run in _RUNS.findall(fold(text)):
        if run[0].isascii():
            out.append(run)
            continue
        out += run
        out += [run[i : i + 2] for i in range(len(run) - 1)]
    return out


def _kept(words: Iterable[str]) -> list[str]:
    return [w for w in (w.strip() for w in words) if w and _KEEP.search(w) and w not in STOPWORDS]


def tokenize_query(text: str, cache_dir: Path | None = None) -> list[str]:
    """The same cut as `tokenize`, for a question. With a frequency table in
    cache_dir it starts in milliseconds instead of loading jieba's whole
    dictionary (about 0.6 s, the largest part of a cold `bri ask`)."""
    tok = _query_jieba(frequency_table_path(cache_dir)) if cache_dir else None
    if tok is None:
        return tokenize(text)
    return _kept(tok.cut_for_search(fold(text)))


@cache
def frequency_table_path(cache_dir: Path) -> Path:
    from importlib.metadata import version

    return cache_dir / f"jieba-{version('jieba')}-{dictionary_hash()}.sqlite"


def write_frequency_table(cache_dir: Path) -> Path:
    """jieba's word frequencies, user dictionary included, as a SQLite table."""
    path = frequency_table_path(cache_dir)
    if path.exists():
        return path
    tok = _jieba()
    tok.check_initialized()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    con = sqlite3.connect(tmp)
    try:
        con.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        con.execute("CREATE TABLE total (n INTEGER)")
        con.executemany("INSERT INTO freq VALUES (?, ?)", tok.FREQ.items())
        con.execute("INSERT INTO total VALUES (?)", (tok.total,))
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return path


class FrequencyTable:
    """The part of a dict that jieba's cut reads (in, [], get), answered from
    SQLite one word at a time and remembered."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, int | None] = {}
        self.total = int(self._con.execute("SELECT n FROM total").fetchone()[0])

    def get(self, word: str, default: Any = None) -> Any:
        if word not in self._memo:
            with self._lock:
                row = self._con.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
            self._memo[word] = row[0] if row else None
        found = self._memo[word]
        return default if found is None else found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return int(found)


@cache
def _query_jieba(path: Path) -> Any:
    if not path.exists():
        return None
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    try:
        table = FrequencyTable(path)
    except sqlite3.DatabaseError:
        return None
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = table, table.total, True
    return tok
