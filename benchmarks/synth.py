"""A synthetic knowledge base of N clauses, made by perturbing the real ones.

    python benchmarks/synth.py --clauses 100000 --home /tmp/kb100k

How it is made (so that vocabulary statistics stay those of real policy text):
- The bundled corpus is parsed as usual; its 1,260 clauses are kept unchanged
  as the first rows, so the dev questions still have their answers.
- Then, until N clauses exist, a real document is copied with a perturbation
  drawn per copy: every province and city name it mentions is replaced by
  another one of the same kind (one mapping per copy, so a copy stays
  coherent), every number is redrawn, every central organ it names is swapped
  for another, and in half of the clauses the sentences are shuffled. The
  title and 文号 are perturbed the same way; applies_to follows the place map.
- Tokens: each real sentence is cut by jieba once; a copy's tokens are those
  of its sentences with the same place/number/organ map applied, so the
  synthetic corpus is indexed by exactly the tokens jieba gives real text
  without cutting a million clauses again.
- Vectors: the real clause's vector plus Gaussian noise (cosine about 0.9 to
  the original), normalised. Encoding a million clauses with the bundled
  encoder would take about two hours on two cores; perturbed vectors keep the
  real distribution of directions, which is what latency, memory and the
  recall of approximate search against flat search depend on.

The result is an ordinary knowledge base directory (same files, manifest and
loader), so queries go through the real `KnowledgeBase.search`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ORGANS = ["商务部", "国家发展改革委", "财政部", "海关总署", "人民银行", "外交部", "教育部", "科技部", "工业和信息化部",
          "交通运输部", "文化和旅游部", "税务总局", "市场监管总局", "质检总局", "外汇局", "银保监会", "证监会", "农业农村部"]
SENTENCE = re.compile(r"[^。；！？]+[。；！？]?")
NUMBER = re.compile(r"\d+")


def place_names() -> tuple[list[str], list[str]]:
    data = json.loads((ROOT / "bri_kb" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    provinces = [s for p in data["provinces"] for s in [p["name"], *p["short"]] if len(s) >= 2]
    cities = [s for c in data["cities"] for s in [c["name"], *c["short"]] if len(s) >= 2]
    return provinces, cities


class Perturber:
    """Applies one copy's place / number / organ map to text and to tokens alike."""

    def __init__(self, rng: random.Random, provinces: list[str], cities: list[str]) -> None:
        self.rng, self.provinces, self.cities = rng, provinces, cities
        self.names = sorted(set(provinces) | set(cities) | set(ORGANS), key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, self.names)))
        self.kind = {**dict.fromkeys(cities, cities), **dict.fromkeys(provinces, provinces), **dict.fromkeys(ORGANS, ORGANS)}

    def swap(self, name: str, mapping: dict[str, str]) -> str:
        if name not in mapping:
            mapping[name] = self.rng.choice(self.kind[name])
        return mapping[name]

    def number(self, digits: str, mapping: dict[str, str]) -> str:
        key = "#" + digits
        if key not in mapping:
            mapping[key] = str(self.rng.randint(1, 10 ** len(digits) - 1))
        return mapping[key]

    def text(self, text: str, mapping: dict[str, str]) -> str:
        text = self.pattern.sub(lambda m: self.swap(m.group(0), mapping), text)
        return NUMBER.sub(lambda m: self.number(m.group(0), mapping), text)

    def tokens(self, tokens: list[str], mapping: dict[str, str], cut) -> list[str]:  # type: ignore[no-untyped-def]
        out: list[str] = []
        for tok in tokens:
            if tok.isdigit():
                out.append(self.number(tok, mapping))
            elif tok in self.kind:
                out += cut(self.swap(tok, mapping))
            else:
                out.append(tok)
        return out


def source_kb(home: Path):  # type: ignore[no-untyped-def]
    from bri_kb.index.kb import build, exists
    from bri_kb.query.search import KnowledgeBase

    if not exists(home):
        build([ROOT / "corpus"], home)
    return KnowledgeBase(home)


def generate(n_clauses: int, home: Path, source_home: Path, seed: int = 1, noise: float = 0.5,
             engine: str = "embedded") -> dict[str, float]:
    """The synthetic knowledge base in `home`, indexed by `engine` ('embedded'
    or milvus://HOST:PORT/ALIAS); the same seed gives the same clauses."""
    from functools import cache

    from bri_kb.index.encoders import load_encoder
    from bri_kb.index.kb import _builder, _switch, write_manifest
    from bri_kb.index.tokenize import tokenize
    from bri_kb.index.writer import GenerationWriter

    start = time.perf_counter()
    kb = source_kb(source_home)
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    provinces, cities = place_names()
    pert = Perturber(rng, provinces, cities)
    cut = cache(lambda s: tuple(tokenize(s)))
    real_vectors = np.load(kb.directory / "vectors.npy", mmap_mode="r")
    by_doc: dict[str, list[tuple[int, object]]] = {}
    for row, clause in enumerate(kb.store.all_clauses()):
        by_doc.setdefault(clause.doc_id, []).append((row, clause))
    docs = [kb.documents[d] for d in by_doc]
    sentences = {row: [s for s in SENTENCE.findall(c.text) if s.strip()] or [c.text]  # type: ignore[attr-defined]
                 for rows in by_doc.values() for row, c in rows}
    encoder = load_encoder(kb.manifest["encoder"])
    gen = f"gen-synthetic-{n_clauses}"
    (home / gen).mkdir(parents=True)
    builder = _builder(engine, encoder, gen, home / gen)
    writer = GenerationWriter(home / gen, encoder, engine=builder)
    copy = 0
    while writer.count < n_clauses:
        src = docs[copy % len(docs)] if copy < len(docs) else rng.choice(docs)
        mapping: dict[str, str] = {}  # this copy's place / number / organ map
        real = copy < len(docs)  # the first pass keeps the real corpus unchanged
        doc_id = src.doc_id if real else f"syn{copy:07d}"
        title = src.title if real else pert.text(src.title, mapping)
        number = src.doc_number
        if number is not None and not real:
            number = dataclasses.replace(number, text=pert.text(number.text, mapping), serial=str(rng.randint(1, 300)))
        doc = src if real else dataclasses.replace(
            src, doc_id=doc_id, title=title, doc_number=number, file="synthetic",
            region=pert.text(src.region, mapping) if src.region else src.region, repeals=(), repealed_by=None)
        title_tokens = list(cut(title))
        first = True
        for row, clause in by_doc[src.doc_id]:
            if writer.count >= n_clauses:
                break
            parts = sentences[row]
            if not real and rng.random() < 0.5:
                parts = rng.sample(parts, len(parts))
            text = "".join(parts) if real else "".join(pert.text(s, mapping) for s in parts)
            tokens = title_tokens + [t for p in clause.path for t in cut(p)]  # type: ignore[attr-defined]
            for s in parts:
                tokens += list(cut(s)) if real else pert.tokens(list(cut(s)), mapping, cut)
            vec = np.asarray(real_vectors[row], dtype=np.float32)
            if not real:
                vec = vec + noise * nrng.standard_normal(vec.shape).astype(np.float32) / np.sqrt(vec.size)
            new = clause if real else dataclasses.replace(  # type: ignore[type-var]
                clause, clause_id=f"{doc_id}-{clause.ordinal:04d}", doc_id=doc_id, text=text,  # type: ignore[attr-defined]
                applies_to=tuple(pert.text(p, mapping) for p in clause.applies_to))  # type: ignore[attr-defined]
            writer.add([doc] if first else [], [new], vec[None, :], [tokens])  # type: ignore[list-item]
            first = False
        copy += 1
    generated = time.perf_counter() - start
    writer.finish([("synthetic", f"seed {seed}", "utf-8", {"file": "synthetic", "clauses": writer.count})])
    counts = {"files": 1, "documents": len(writer.documents), "clauses": writer.count}
    write_manifest(home / gen, encoder.id, {"synthetic": f"seed {seed}"}, counts, writer.engine_entry,
                   {"synthetic": {"clauses": n_clauses, "seed": seed, "vector_noise": noise, "source": str(source_home)}})
    builder.publish()
    _switch(home, gen)
    return {"clauses": writer.count, "documents": len(writer.documents), "generate_s": round(generated, 1),
            "build_s": round(time.perf_counter() - start, 1), "dense": writer.engine_entry["dense"],
            "index_bytes": sum(f.stat().st_size for f in (home / gen).rglob("*") if f.is_file()),
            "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clauses", type=int, default=100_000)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--source", type=Path, default=None, help="KB of the bundled corpus (built if missing)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    source = args.source or Path(tempfile.mkdtemp(prefix="bri-src-"))
    print(json.dumps(generate(args.clauses, args.home, source, args.seed), indent=1))


if __name__ == "__main__":
    main()
