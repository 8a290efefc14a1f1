"""The page in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright), against the real server on a loopback port."""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import ROOT, SCRIPT_TEXT

CHROMIUM = Path("/usr/bin/chromium")
# The machine has no network: these keep Chromium from trying to reach Google's services.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("BRI_TEST_ARTIFACTS", ROOT / "tests" / "artifacts"))

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]
pytest.importorskip("playwright", reason="the e2e test needs the playwright package from the [test] extra")
pytest.importorskip("uvicorn", reason="the web tests need the [web] extra")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_kb: Path) -> Iterator[str]:
    """`bri serve`'s app under uvicorn in a thread, as the command runs it."""
    import uvicorn

    from bri_kb.web.app import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(web_kb), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page(server: str) -> Iterator:  # type: ignore[type-arg]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 800}, locale="zh-CN", accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.seen = {"requests": [], "errors": [], "dialogs": []}
        page.on("request", lambda r: page.seen["requests"].append(r.url))
        page.on("console", lambda m: m.type == "error" and page.seen["errors"].append(m.text))
        page.on("pageerror", lambda e: page.seen["errors"].append(str(e)))
        page.on("dialog", lambda d: (page.seen["dialogs"].append(d.message), d.dismiss()))
        yield page
        browser.close()


def ask(page, question: str) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", question)
    page.press("#q", "Enter")
    page.wait_for_selector("#results[data-params*='k=']")


def test_ask_filter_open_the_document_and_export(page, server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(server + "/")
    ask(page, "外商独资经营娱乐场所")
    first = page.locator(".card").first
    expect(first.locator(".label")).to_have_text("第5项")
    expect(first.locator(".docno")).to_have_text("国发〔2017〕57号")
    expect(first.locator(".date")).to_have_text("2018-01-10")
    expect(first.locator(".chip", has_text="河南自贸试验区")).to_have_count(1)
    expect(first.locator("mark", has_text="娱乐场所").first).to_be_visible()
    # the citation as the CLI and the exports write it (the API's `citation`)
    expect(first.locator(".cite")).to_have_text(re.compile(r"^国发〔2017〕57号 第5项（\S+\.txt 第\d+页 第\d+–\d+行）$"))
    five = first.get_attribute("data-clause")

    # A place filter: 河南 keeps the row (its FTZ is a part of 河南); 江西 had no FTZ in 2017.
    page.fill("#where", "河南")
    page.press("#where", "Enter")
    expect(page.locator("#results")).to_have_attribute("data-params", "q=%E5%A4%96%E5%95%86%E7%8B%AC%E8%B5%84%E7%BB%8F%E8%90%A5"
                                                      "%E5%A8%B1%E4%B9%90%E5%9C%BA%E6%89%80&k=10&where=%E6%B2%B3%E5%8D%97")
    expect(first.locator(".note")).to_have_text("适用于中国（河南）自由贸易试验区，属河南省的一部分")
    page.fill("#where", "江西")
    page.press("#where", "Enter")
    expect(page.locator(f".card[data-clause='{five}']")).to_have_count(0)
    # …and the page says what the filter hid, and why
    expect(page.locator("#status")).to_contain_text("筛选条件隐去了")
    expect(page.locator("#status")).to_contain_text("第5项（仅适用于")
    assert page.locator(".card").count() > 0
    page.fill("#where", "河南")
    page.press("#where", "Enter")
    expect(page.locator(".card").first).to_have_attribute("data-clause", five)

    # The export of the current result set.
    with page.expect_download() as download:
        page.click("#export-csv")
    assert download.value.suggested_filename == "检索-外商独资经营娱乐场所.csv"
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["排名", "文号", "文件", "条款"]
    assert rows[1][1:4:2] == ["国发〔2017〕57号", "第5项"] and len(rows) == 11

    # 在原文中查看: the document with the hit highlighted, scrolled into view, between its neighbours.
    page.locator(".card").first.get_by_text("在原文中查看").click()
    hit = page.locator(".clause.hit")
    expect(hit).to_have_count(1)
    expect(hit.locator(".clause-label")).to_have_text("第5项")
    expect(hit).to_be_in_viewport()
    expect(hit.locator("mark").first).to_be_visible()
    expect(page.locator("#doc-head h2")).to_contain_text("国务院关于在自由贸易试验区暂时调整")
    labels = page.locator(".clause .clause-label").all_inner_texts()
    assert labels[labels.index("第5项") - 1] == "第4项" and labels[labels.index("第5项") + 1] == "第6项"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-e2e-document.png"))
    page.go_back()
    expect(page.locator(".card").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "web-e2e-results.png"))
    print(f"screenshots in {ARTIFACTS}")

    # The FTZ matrix: 16 adjustments × 11 FTZs, each row named by what it adjusts;
    # items 1–9 were in force in 上海, 广东, 天津 and 福建 before the decision (●), which extends them (✓).
    page.click("nav >> text=自贸区适用矩阵")
    expect(page.locator("#matrix tbody tr")).to_have_count(16)
    expect(page.locator("#matrix thead th")).to_have_count(14)
    expect(page.locator("#matrix tbody tr").nth(4).locator("td.what")).to_have_text("《娱乐场所管理条例》 第六条")
    expect(page.locator("#matrix td.before")).to_have_count(9 * 4)
    expect(page.locator("#matrix td.extended")).to_have_count(9 * 7)
    expect(page.locator("#matrix-hint")).to_contain_text("此前已适用")

    assert not page.seen["errors"], page.seen["errors"]  # includes any Content-Security-Policy violation
    assert all(url.startswith(server) for url in page.seen["requests"]), "the page asked another host"


def test_markup_in_a_document_is_shown_as_text(page, server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(server + "/")
    ask(page, "检验页面是否转义原文")
    card = page.locator(".card", has_text="关于页面转义检验的通知").first
    expect(card.locator(".text")).to_contain_text(SCRIPT_TEXT)
    expect(card.locator(".text")).to_contain_text("<b>加粗</b>")
    assert page.locator("#results script, #results b").count() == 0
    card.get_by_text("在原文中查看").click()
    expect(page.locator(".clause.hit .clause-text")).to_contain_text(SCRIPT_TEXT)
    assert page.locator("#doc-body script").count() == 0
    assert page.seen["dialogs"] == []


def test_errors_are_shown_to_the_reader(page, server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.fill("#where", "河南省会")
    page.fill("#q", "加油站")
    page.press("#q", "Enter")
    expect(page.locator("#status")).to_contain_text("是不是：河南省")
    expect(page.locator("#status")).to_have_class("error")


def test_concurrent_clients_get_consistent_answers(server: str) -> None:
    import httpx

    def top(question: str) -> str:
        with httpx.Client(base_url=server, timeout=30) as c:
            r = c.get("/api/ask", params={"q": question, "k": 3})
            r.raise_for_status()
            return str(r.json()["results"][0]["label"])

    questions = ["外商独资经营娱乐场所", "浙江自贸试验区船舶登记的船籍港"] * 20
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(top, questions))
    assert answers == ["第5项", "第三十二条"] * 20


# ---- the page's state in the URL, the matrix, the comparison, contrast, phone width ----



def contrast(fg: str, bg: str) -> float:
    """WCAG 2.1 contrast ratio of two CSS rgb()/rgba() colours."""
    def luminance(css: str) -> float:
        r, g, b = (float(x) / 255 for x in css[css.index("(") + 1:].rstrip(")").split(",")[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def shoot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def test_the_url_holds_the_search_reload_and_back_keep_it(page, server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1366, "height": 700})
    page.goto(server + "/")
    page.fill("#where", "河南")
    ask(page, "外商独资经营娱乐场所")
    assert "#search?q=" in page.url and "where=%E6%B2%B3%E5%8D%97" in page.url
    first = page.locator(".card").first.get_attribute("data-clause")

    # a shared or bookmarked address shows the same search, filters filled in
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_selector("#results[data-params*='k=']")
    expect(other.locator("#q")).to_have_value("外商独资经营娱乐场所")
    expect(other.locator("#where")).to_have_value("河南")
    assert other.locator(".card").first.get_attribute("data-clause") == first
    other.close()

    # reload keeps it
    page.reload()
    page.wait_for_selector("#results[data-params*='k=']")
    expect(page.locator("#q")).to_have_value("外商独资经营娱乐场所")
    assert page.locator(".card").first.get_attribute("data-clause") == first

    # Back from a document returns to the same place in the list
    card = page.locator(".card").nth(6)
    card.scroll_into_view_if_needed()
    page.mouse.wheel(0, 120)
    page.wait_for_timeout(200)
    before = page.evaluate("window.scrollY")
    assert before > 300
    card.get_by_text("在原文中查看").click()
    expect(page.locator(".clause.hit")).to_have_count(1)
    page.go_back()
    expect(page.locator(".card").first).to_be_visible()
    page.wait_for_function(f"Math.abs(window.scrollY - {before}) < 5")

    # every search (a filter changed, a new question) is a history entry: Back steps through them
    page.fill("#where", "")
    page.fill("#q", "浙江自贸试验区船舶登记的船籍港")
    page.press("#q", "Enter")
    expect(page.locator(".card").first.locator(".label")).to_have_text("第三十二条")
    page.go_back()
    expect(page.locator("#q")).to_have_value("外商独资经营娱乐场所")
    expect(page.locator("#where")).to_have_value("")  # clearing the place was a search of its own
    page.go_back()
    expect(page.locator("#where")).to_have_value("河南")
    expect(page.locator(".card").first).to_have_attribute("data-clause", first)

    # dates typed as people write them
    page.fill("#as_of", "2018年6月1日")
    page.press("#as_of", "Enter")
    page.wait_for_selector("#results[data-params*='as_of=']")
    expect(page.locator("#status")).not_to_have_class("error")
    assert page.locator(".card").count() > 0
    assert not page.seen["errors"], page.seen["errors"]


def test_comparison_links_its_cells_and_is_legible(page, server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(server + "/#compare")
    page.click("#compare-form button[type=submit]")
    expect(page.locator("#compare tbody tr").first).to_be_visible()
    links = page.locator("#compare td a.cite")
    assert links.count() > 3
    # each excerpt stops at a pause or at the clause's end, never in the middle of a word
    for text in page.locator("#compare td span").all_inner_texts():
        if text.endswith("…"):
            assert text[-2] in "，。；：、", text
    # 未涉及 (and every grey text) is legible: WCAG AA 4.5:1
    none = page.locator("#compare td.none").first
    expect(none).to_have_text("未涉及")
    fg, bg = none.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e.closest('.table-wrap')).backgroundColor]")
    assert contrast(fg, bg) >= 4.5, (fg, bg)
    shoot(page, "web-1366-compare.png")
    # a cell's citation opens the clause in its document
    href = links.first.get_attribute("href")
    assert "#compare?topic=" in page.url and "by=region" in page.url  # the comparison is in the address
    compared = page.url
    links.first.click()
    expect(page.locator(".clause.hit")).to_have_count(1)
    assert page.url.endswith(href)
    page.go_back()  # …and Back draws it again
    expect(page.locator("#compare a.cite").first).to_have_attribute("href", href)
    assert page.url == compared
    fresh = page.context.new_page()  # a shared address of a comparison shows it
    fresh.goto(compared)
    expect(fresh.locator("#compare a.cite").first).to_have_attribute("href", href)
    fresh.close()
    page.click("nav >> text=自贸区适用矩阵")
    expect(page.locator("#matrix tbody tr")).to_have_count(16)
    for cls in ("no", "before", "extended"):
        cells = page.locator(f"#matrix td.{cls}")
        if cells.count():
            fg, bg = cells.first.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e.closest('.table-wrap')).backgroundColor]")
            assert contrast(fg, bg) >= 4.5, (cls, fg, bg)
    shoot(page, "web-1366-matrix.png")


def test_a_phone_width_page_is_usable(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN", device_scale_factor=2)
        page.set_default_timeout(20_000)
        page.goto(server + "/")
        # the four tabs on one line
        tops = [box["y"] for box in (t.bounding_box() for t in page.locator(".tabs a").all()) if box]
        assert len(tops) == 4 and max(tops) - min(tops) < 2, tops
        ask(page, "外商独资经营娱乐场所")
        expect(page.locator(".card").first.locator(".label")).to_have_text("第5项")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone
        shoot(page, "web-390-results.png")
        # the comparison scrolls sideways instead of setting one character per line
        page.goto(server + "/#compare")
        page.click("#compare-form button[type=submit]")
        expect(page.locator("#compare tbody tr").first).to_be_visible()
        widths = page.locator("#compare td").evaluate_all("cells => cells.map(c => c.getBoundingClientRect().width)")
        assert min(widths) >= 120, min(widths)
        shoot(page, "web-390-compare.png")
        page.click("nav >> text=自贸区适用矩阵")
        expect(page.locator("#matrix tbody tr")).to_have_count(16)
        shoot(page, "web-390-matrix.png")
        browser.close()
