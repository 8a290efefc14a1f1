"""Run the app under uvicorn: what `bri serve` does once its options are parsed.
Importing this module fails with ImportError without the [web] extra."""

from __future__ import annotations

import os
import sys

import uvicorn

from bri_kb.console import ensure_kb
from bri_kb.query.cross_encoder import RERANKER_ENV, with_cross_encoder
from bri_kb.query.search import KnowledgeBase
from bri_kb.web.app import create_app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def run(host: str = "127.0.0.1", port: int = 8765, workers: int = 1, reranker: str | None = None) -> None:
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if host not in LOOPBACK:
        print(f"bri serve：注意：绑定到 {host} 会让其他机器也能访问本页面", file=sys.stderr)
    ensure_kb()
    if reranker:
        os.environ[RERANKER_ENV] = reranker  # the worker processes load it too
    if workers == 1:
        app = create_app(reranker=reranker)
        print(f"bri serve：请打开 http://{host}:{port}/（Ctrl+C 停止）", file=sys.stderr)
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Each worker process opens the knowledge base itself (by $BRI_KB_HOME);
    # open it here once so that a damaged one fails with one clear line.
    with_cross_encoder(KnowledgeBase(), reranker).close()
    print(f"bri serve：请打开 http://{host}:{port}/（{workers} 个进程；Ctrl+C 停止）", file=sys.stderr)
    uvicorn.run("bri_kb.web.app:create_app", factory=True, workers=workers, host=host, port=port, log_level="warning")
