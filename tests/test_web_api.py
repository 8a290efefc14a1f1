"""The JSON API through the ASGI test client, over a real knowledge base."""

from __future__ import annotations

import csv
import inspect
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web tests need the [web] extra")
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from bri_kb.cli import app as cli  # noqa: E402
from bri_kb.web.app import create_app  # noqa: E402

from .conftest import ROOT, SCRIPT_TEXT, decision_folder  # noqa: E402

KTV = "外商独资经营娱乐场所"
STATIC = ROOT / "bri_kb" / "web" / "static"


@pytest.fixture(scope="module")
def client(web_kb: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_kb)) as c:
        yield c


def row_five(client: TestClient) -> dict:
    found = client.get("/api/where", params={"ref": "国发〔2017〕57号", "label": "5"}).json()
    return found["results"][0]


def test_ask_returns_the_same_hits_as_the_cli_json(client: TestClient, web_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    response = client.get("/api/ask", params={"q": KTV, "k": 5, "where": "河南"})
    assert response.status_code == 200
    data = response.json()
    monkeypatch.setenv("BRI_KB_HOME", str(web_kb))
    result = CliRunner().invoke(cli, ["ask", KTV, "--k", "5", "--where", "河南", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert data["results"] == json.loads(result.stdout)["results"]
    top = data["results"][0]
    assert (top["doc_number"], top["label"]) == ("国发〔2017〕57号", "第5项")
    source = top["source"]
    assert top["citation"] == (f"国发〔2017〕57号 第5项（{source['file']} 第{source['page']}页 "
                               f"第{source['line_start']}–{source['line_end']}行）")
    assert "河南" in top["note"]
    assert "娱乐场所" in data["terms"] and all(len(t) >= 2 for t in data["terms"])


def test_filters_narrow_the_results(client: TestClient) -> None:
    five = row_five(client)["clause_id"]
    ids = lambda **f: [h["clause_id"] for h in client.get("/api/ask", params={"q": KTV, "k": 20, **f}).json()["results"]]  # noqa: E731
    assert five in ids()
    assert five not in ids(where="江西")  # no free trade zone in 江西 in 2017
    provincial = client.get("/api/ask", params={"q": KTV, "level": "provincial"}).json()["results"]
    assert provincial and {h["level"] for h in provincial} == {"provincial"}
    assert five not in ids(until="2017-12-31")  # published 2018-01-10


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"q": ""}, 422, "q（问题）：不能为空"),
        ({"q": "   "}, 400, "问题为空"),
        ({"q": "税" * 2001}, 422, "最多 2000 个字"),
        ({"q": "税", "k": 0}, 422, "k（条数）：应不小于 1"),
        ({"q": "税", "k": 1000}, 422, "k（条数）：应不大于 100"),
        ({"q": "税", "k": "ten"}, 422, "k（条数）：应为整数"),
        ({"q": "税", "since": "2017"}, 400, "需要日期"),
        ({"q": "税", "level": "乡镇"}, 400, "未知的层级"),
        ({"q": "税", "where": "河南省会"}, 400, "是不是：河南省"),
        ({"q": "税", "doc": "没有这个文件"}, 400, "没有文件与"),
        ({"k": 3}, 422, "q（问题）：缺少这个参数"),
    ],
)
def test_bad_input_is_a_json_error_with_the_fitting_status(client: TestClient, params: dict, status: int, message: str) -> None:
    response = client.get("/api/ask", params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert message in detail
    # said in Chinese: regression for "topic: Field required", "k: Input should be a valid integer"
    assert not re.search(r"\b(Field|required|Input|should|String|character|no such)\b", detail), detail


def test_the_longest_question_allowed_is_answered(client: TestClient) -> None:
    assert client.get("/api/ask", params={"q": ("外商独资经营娱乐场所" * 200)[:2000], "k": 100}).status_code == 200


def test_clause_by_id_and_unknown_ids(client: TestClient, web_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    five = row_five(client)["clause_id"]
    data = client.get(f"/api/clause/{five}").json()
    monkeypatch.setenv("BRI_KB_HOME", str(web_kb))
    assert data == json.loads(CliRunner().invoke(cli, ["clause", five, "--format", "json"]).stdout)
    for url in ("/api/clause/nope-0001", "/api/document/nope", "/api/no/such/route"):
        response = client.get(url)
        assert response.status_code == 404 and response.json()["detail"], url


def test_document_with_its_clause_tree(client: TestClient) -> None:
    five = row_five(client)
    doc_id = five["clause_id"].rsplit("-", 1)[0]
    doc = client.get(f"/api/document/{doc_id}").json()
    assert doc["doc_number"] == "国发〔2017〕57号"
    labels = [c["label"] for c in doc["clauses"]]
    assert labels.index("第4项") + 1 == labels.index("第5项") == labels.index("第6项") - 1
    zhejiang = client.get("/api/docs").json()["results"]
    regulation = next(d for d in zhejiang if d["title"] == "中国（浙江）自由贸易试验区条例")
    clauses = client.get(f"/api/document/{regulation['doc_id']}").json()["clauses"]
    article = next(c for c in clauses if c["label"] == "第三十二条")
    assert article["depth"] == len(article["path"]) >= 1  # an article sits under its chapter
    headings = [c["label"] for c in clauses if c["depth"] == 0 and c["kind"] == "heading"]
    # (目　录 itself a heading, then its lines, told apart from the chapters)
    assert headings[:3] == ["目录", "目录·第一章", "目录·第二章"]
    assert "第一章" in headings and headings.index("第一章") > headings.index("目录·第八章")


def test_where_docs_and_matrix(client: TestClient) -> None:
    five = row_five(client)
    assert "中国（河南）自由贸易试验区" in five["applies_to"] and five["why"]
    assert client.get("/api/where", params={"ref": "国发〔2017〕57号", "label": "99"}).status_code == 404
    assert client.get("/api/where", params={"ref": "没有这个文件"}).status_code == 404
    docs = client.get("/api/docs").json()["results"]
    assert len(docs) == 32 and sum(d["clauses"] for d in docs) > 1000
    assert any(d["title"] == "关于页面转义检验的通知" for d in docs)
    matrix = client.get("/api/matrix").json()
    assert len(matrix["rows"]) == 16 and len(matrix["header"]) == 2 + 11 + 1
    assert matrix["row_clauses"][4] == five["clause_id"]
    compared = client.get("/api/compare", params={"topic": ["跨境电商=跨境电子商务"], "level": "provincial", "by": "region"}).json()
    assert compared["header"] == ["地区", "跨境电商"] and any(r[0] == "河南省" for r in compared["rows"])


def test_export_results_as_csv_xlsx_and_markdown(client: TestClient) -> None:
    from openpyxl import load_workbook

    params = {"kind": "results", "q": KTV, "k": 3, "where": "河南"}
    response = client.get("/api/export", params={**params, "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    # named after what it holds (the question), with an ASCII name for old clients
    disposition = response.headers["content-disposition"]
    assert 'filename="bri-results.csv"' in disposition and f"filename*=UTF-8''{quote('检索-' + KTV + '.csv')}" in disposition
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["排名", "文号", "文件", "条款", "日期", "条款原文", "适用范围", "依据", "出处", "页", "起行", "止行"]
    assert len(rows) == 4 and rows[1][1] == "国发〔2017〕57号" and rows[1][3] == "第5项"
    xlsx = client.get("/api/export", params={**params, "format": "xlsx"})
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.worksheets[0]["D2"].value == "第5项" and book.worksheets[1]["B2"].value.startswith("《娱乐场所管理条例》")
    # ranks, pages and lines are numbers a spreadsheet can sort and sum, not text
    first = [c.value for c in book.worksheets[0][2]]
    assert first[0] == 1 and all(isinstance(v, int) for v in first[-3:]) and first[-3:] == [4, 221, 241]
    md = client.get("/api/export", params={**params, "format": "md"}).text
    assert md.startswith("| 排名 |") and "第5项" in md


def test_export_comparison_and_matrix(client: TestClient) -> None:
    from openpyxl import load_workbook

    compared = client.get("/api/export", params={"kind": "compare", "topic": ["跨境电商", "金融合作=金融机构"], "level": "provincial",
                                                 "by": "region", "format": "xlsx"})
    assert compared.status_code == 200
    sheet = load_workbook(io.BytesIO(compared.content)).worksheets[0]
    assert [c.value for c in sheet[1]] == ["地区", "跨境电商", "金融合作"]
    assert f"filename*=UTF-8''{quote('对比-跨境电商、金融合作.xlsx')}" in compared.headers["content-disposition"]
    matrix_file = client.get("/api/export", params={"kind": "matrix", "format": "csv"})
    assert len(matrix_file.content.decode("utf-8-sig").splitlines()) == 17
    assert quote("适用矩阵-国发〔2017〕57号.csv") in matrix_file.headers["content-disposition"]
    for bad, status in (({"kind": "results"}, 400), ({"kind": "compare"}, 400), ({"format": "exe", "q": KTV}, 422),
                        ({"kind": "../../etc/passwd"}, 422), ({"kind": "table", "ref": "没有这个文件"}, 400)):
        response = client.get("/api/export", params=bad)
        assert response.status_code == status and response.json()["detail"], bad


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/ask", "/api/clause/{clause_id}", "/api/document/{doc_id}", "/api/where", "/api/docs",
                  "/api/matrix", "/api/compare", "/api/export"):
        assert route in paths, route
    assert {p["name"] for p in paths["/api/ask"]["get"]["parameters"]} >= {"q", "k", "where", "level", "as_of"}


def test_the_page_and_its_assets_are_served_by_the_app(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "政策条款检索" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    for name in ("index.html", "app.js", "app.css"):
        text = (STATIC / name).read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), f"{name} refers to another host"
        assert "@import" not in text and "@font-face" not in text


def test_document_text_reaches_the_page_as_text_not_markup(client: TestClient) -> None:
    hit = client.get("/api/ask", params={"q": "检验页面是否转义原文", "k": 1}).json()["results"][0]
    assert SCRIPT_TEXT in hit["text"]  # the API returns the text as written; the page must escape it
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", script)


def test_a_new_generation_is_picked_up_without_a_restart(tmp_path: Path) -> None:
    from bri_kb.index.kb import build

    home = tmp_path / "kb"
    build([decision_folder(tmp_path / "small")], home)
    with TestClient(create_app(home)) as c:
        assert {h["source"]["file"] for h in c.get("/api/ask", params={"q": "自由贸易试验区"}).json()["results"]} == {"decision.txt"}
        escape = tmp_path / "escape"
        escape.mkdir()
        (escape / "escape_test.txt").write_text("关于页面转义检验的通知\n\n一、页面转义检验。\n", encoding="utf-8")
        build([escape], home)
        files = {h["source"]["file"] for h in c.get("/api/ask", params={"q": "页面转义检验"}).json()["results"]}
        assert files == {"escape_test.txt"}


def test_serve_binds_to_loopback_by_default() -> None:
    from bri_kb.cli import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve).parameters["port"].default == 8765
    assert "127.0.0.1" in CliRunner().invoke(cli, ["serve", "--help"]).stdout


def test_serve_without_the_web_extra_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # what an install without [web] sees
    monkeypatch.delitem(sys.modules, "bri_kb.web.server", raising=False)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "[web]" in result.stderr and "uvicorn" in result.stderr


def test_our_own_bug_is_a_500_not_a_400(web_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ValueError from our code is a bug (500, no traceback in the reply), not the caller's mistake."""
    from bri_kb.query.search import KnowledgeBase
    from bri_kb.web.app import create_app

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("zip() argument 2 is shorter than argument 1")

    client = TestClient(create_app(web_kb), raise_server_exceptions=False)
    monkeypatch.setattr(KnowledgeBase, "ask", broken)
    response = client.get("/api/ask", params={"q": "外资能开KTV吗"})
    assert response.status_code == 500
    assert response.json() == {"detail": "内部错误（服务器日志中有详情）"}


def test_an_english_question_gets_the_hint_to_ask_in_chinese(client: TestClient) -> None:
    from bri_kb.query.render import NOT_CHINESE

    assert client.get("/api/ask", params={"q": "Can foreign investors open a KTV?"}).json()["hint"] == NOT_CHINESE
    assert client.get("/api/ask", params={"q": "外资能开KTV吗"}).json()["hint"] == ""
    assert "data.hint" in (STATIC / "app.js").read_text(encoding="utf-8")
