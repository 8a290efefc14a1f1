"""Experiment: sentence-level dense scoring (multi-vector, MaxSim over a clause's
sentences; "MaxP", Dai and Callan, SIGIR 2019) against the shipped one vector per clause.

    python benchmarks/sentence_dense.py --home KB [--variants all|NAME,...] [--cache /tmp/i15c] [--json out.json]

Each clause's text is cut into sentences (bri_kb.index.sentences.split_sentences:
after 。；！？ and at line breaks; pieces under 8 characters join the one before;
a clause under 40 characters stays whole), every sentence is encoded with the
knowledge base's own encoder (cached as .npy), and a clause's sentence score is
the best cosine over its sentences. The variants differ from the shipped first
stage (Settings(rerank=False)) only in the dense channel: its scores replaced,
blended with the whole-clause cosine, or a fourth channel added beside it. The
other channels, the filters, the fusion and the boosts are the engine's own:
the engine's `top_k` is wrapped, nothing else. Scored as benchmarks/quality.py
scores, on the labelled questions' two halves (training.fold_of(q, 2)) by kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.quality import load, run  # noqa: E402
from bri_kb.evaluate import summarise  # noqa: E402
from bri_kb.index.engine import CHANNELS, Probe, Retrieved, RowFilter  # noqa: E402
from bri_kb.index.sentences import split_sentences  # noqa: E402
from bri_kb.query import ranking  # noqa: E402
from bri_kb.query.ranking import Settings  # noqa: E402
from bri_kb.query.search import KnowledgeBase  # noqa: E402
from bri_kb.query.training import fold_of  # noqa: E402

sentences = split_sentences  # the splitter the engine builds with (bri_kb/index/sentences.py)


@dataclass(frozen=True)
class Variant:
    """How the sentence scores enter the fusion."""

    form: str  # "bare": the sentence alone; "ctx": title and headings before it, as the clause vector has;
    # "head": the headings only (no title)
    mode: str  # "none" (the shipped dense channel) | "replace" | "blend" | "max_whole" | "add"
    weight: float = 0.5  # blend: the sentences' share; add: the fourth channel's weight
    alone: bool = False  # the dense channel only (a diagnostic: is the channel itself better?)
    dense_weight: float = 1.0  # the dense channel's weight in the fusion (shipped: 1.0)


VARIANTS: dict[str, Variant] = {
    "dense only: whole clause (shipped vector)": Variant("ctx", "none", alone=True),
    "dense only: max over bare sentences": Variant("bare", "replace", alone=True),
    "dense only: max over ctx sentences": Variant("ctx", "replace", alone=True),
    "dense only: max(whole clause, ctx sentences)": Variant("ctx", "max_whole", alone=True),
    "dense only: max over head sentences": Variant("head", "replace", alone=True),
    "head: dense = max(whole clause, sentences)": Variant("head", "max_whole"),
    "head: dense = 0.5 whole + 0.5 max sentences": Variant("head", "blend", 0.5),
}
for w in (1.25, 1.5):
    VARIANTS[f"ctx: dense = max(whole clause, sentences), dense weight {w}"] = Variant("ctx", "max_whole", dense_weight=w)
    VARIANTS[f"ctx: dense = 0.5 whole + 0.5 max sentences, dense weight {w}"] = Variant("ctx", "blend", 0.5, dense_weight=w)
for form in ("bare", "ctx"):
    VARIANTS[f"{form}: dense = max over sentences"] = Variant(form, "replace")
    VARIANTS[f"{form}: dense = max(whole clause, sentences)"] = Variant(form, "max_whole")
    VARIANTS[f"{form}: dense = 0.5 whole + 0.5 max sentences"] = Variant(form, "blend", 0.5)
    VARIANTS[f"{form}: dense + sentence channel 0.5"] = Variant(form, "add", 0.5)
    VARIANTS[f"{form}: dense + sentence channel 1.0"] = Variant(form, "add", 1.0)


class SentenceEngine:
    """The knowledge base's engine, with the dense channel changed as `variant` says.
    The engine's channels are cached per probe, so each variant costs only the fusion."""

    def __init__(self, inner: Any, vectors: dict[str, np.ndarray], starts: np.ndarray) -> None:
        self.inner, self.vectors, self.starts = inner, vectors, starts
        self.encoder = inner.dense.encoder
        self.variant: Variant | None = None
        self._retrieved: dict[tuple[Probe, RowFilter], Retrieved] = {}
        self._query: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def sentence_scores(self, query: str, form: str) -> np.ndarray:
        if query not in self._query:
            q = self.encoder.encode([query])[0].astype(np.float32)
            self._query[query] = q / (np.linalg.norm(q) or 1.0)
        sims = self.vectors[form] @ self._query[query]
        return np.asarray(np.maximum.reduceat(sims, self.starts), dtype=np.float32)

    def top_k(self, probe: Probe, k: int, filters: RowFilter | None = None,
              channels: Sequence[str] = CHANNELS) -> Retrieved:
        key = (probe, filters or RowFilter())
        if key not in self._retrieved:
            self._retrieved[key] = self.inner.top_k(probe, k, filters, channels)
        base = self._retrieved[key]
        v = self.variant
        if v is None or v.mode == "none":
            return base
        scores = dict(base.channels)
        whole, sent = scores["dense"], self.sentence_scores(probe.dense_query, v.form)
        if v.mode == "replace":
            scores["dense"] = sent
        elif v.mode == "max_whole":
            scores["dense"] = np.maximum(whole, sent)
        elif v.mode == "blend":
            scores["dense"] = (1 - v.weight) * whole + v.weight * sent
        elif v.mode == "add":
            scores["dense_sent"] = sent
        return Retrieved(scores, base.keep)


def encoded(encoder: Any, texts: list[str], cache: Path, name: str) -> np.ndarray:
    """The texts' unit vectors, from the cache when the same texts were encoded before."""
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:12]
    path = cache / f"{name}-{digest}.npy"
    if path.exists():
        return np.asarray(np.load(path), dtype=np.float32)
    start = time.perf_counter()
    vecs = np.asarray(encoder.encode(texts), dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    print(f"encoded {len(texts)} {name} texts in {time.perf_counter() - start:.0f} s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vecs)
    return vecs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--variants", default="all")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/i15c"))
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    clauses = kb.store.clauses_at(range(len(kb.engine)))
    cut = [sentences(c.text) for c in clauses]
    counts = np.array([len(s) for s in cut])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    print(f"{len(clauses)} clauses, {counts.sum()} sentences: {counts.mean():.2f} per clause "
          f"(median {np.median(counts):.0f}, max {counts.max()}; {np.mean(counts > 1):.0%} cut)", flush=True)
    titles = {d.doc_id: d.title for d in kb.documents.values()}
    bare = [s for ss in cut for s in ss]
    ctx = ["\n".join([titles[c.doc_id], *c.path, s]) for c, ss in zip(clauses, cut, strict=True) for s in ss]
    head = ["\n".join([*c.path, s]) for c, ss in zip(clauses, cut, strict=True) for s in ss]
    encoder = kb.engine.dense.encoder  # type: ignore[attr-defined]  # the embedded engine's
    vectors = {name: encoded(encoder, texts, args.cache, name) for name, texts in
               (("bare", bare), ("ctx", ctx), ("head", head))}
    engine = SentenceEngine(kb.engine, vectors, starts)
    kb.engine = engine
    ranking.FLOORS["dense_sent"] = 0.0

    questions = load(ROOT / "benchmarks" / "questions_labelled.jsonl")
    parts = {f"{half} {kind}": [q for q in questions if fold_of(q, 2) == h and q.get("kind", "?") == kind]
             for h, half in enumerate(("A", "B")) for kind in ("colloquial", "formal")}
    base = Settings(rerank=False)
    chosen: dict[str, Variant | None] = {"baseline (shipped first stage)": None}
    chosen |= VARIANTS if args.variants == "all" else {k: VARIANTS[k] for k in args.variants.split("|")}
    table: dict[str, Any] = {}
    for name, variant in chosen.items():
        engine.variant = variant
        settings = base
        if variant is not None and variant.mode == "add":
            settings = replace(base, weights=(*base.weights, ("dense_sent", variant.weight)))
        if variant is not None and variant.dense_weight != 1.0:
            settings = replace(settings, weights=tuple((n, variant.dense_weight if n == "dense" else w)
                                                       for n, w in settings.weights))
        if variant is not None and variant.alone:
            settings = replace(base, weights=(("dense", 1.0),))
        start = time.perf_counter()
        row = {part: summarise(run(kb, qs, settings)[0]) for part, qs in parts.items()}
        table[name] = row
        cells = "  ".join(f"{k}: {v['R@1']:.3f}/{v['MRR']:.3f}" for k, v in row.items())
        print(f"{name} ({time.perf_counter() - start:.0f} s)\n    {cells}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
