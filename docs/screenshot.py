"""Take docs/web.png: the page answering a real question on the bundled corpus.

    python docs/screenshot.py [--out docs/web.png]

Uses the knowledge base in $BRI_KB_HOME (built from corpus/ if missing), the
app under uvicorn on a free loopback port, and Debian's chromium through
Playwright. CJK text needs a CJK font on the machine (fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

QUESTION = "河南自贸试验区允许外商独资开加油站吗？"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--lang=zh-CN"]


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from bri_kb.console import ensure_kb
    from bri_kb.web.app import create_app

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "web.png")
    args = ap.parse_args()
    ensure_kb()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        page.goto(f"http://127.0.0.1:{port}/")
        page.fill("#where", "河南")
        page.fill("#q", QUESTION)
        page.press("#q", "Enter")
        page.wait_for_selector("#results[data-params*='where=']")
        page.screenshot(path=str(args.out))
        browser.close()
    server.should_exit = True
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
